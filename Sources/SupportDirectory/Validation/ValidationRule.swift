import Foundation
import YAMLDecoding

/// A check run on every profile and vocabulary file. One type per file under `Validation/Rules/`,
/// listed in ``ValidationRules/all``.
public protocol ValidationRule: Sendable {
    /// Stable kebab-case id, used by `--only`/`--except` and printed after each message.
    static var id: String { get }
    /// One sentence: what the rule checks.
    static var description: String { get }
    static var defaultSeverity: Severity { get }
    /// Small files the rule must flag; `↓` marks where the first finding must point.
    static var triggeringExamples: [RuleExample] { get }
    /// Small files the rule must accept.
    static var nonTriggeringExamples: [RuleExample] { get }

    /// Whether the rule reads the rest of the directory (`context.profiles`, `filesByID` or `vocabulary`).
    /// Rules that do not (the default) run on each file as soon as it is decoded, while it is still in
    /// the cache, with a context holding only `today` and `strict`. The others run once every file is read,
    /// first on the file without its node tree (`document` is nil; they decide from the decoded profile)
    /// and, only when they report something, again on the file parsed anew, for the positions.
    static var readsDirectory: Bool { get }

    init()
    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding]
}

extension ValidationRule {
    public static var readsDirectory: Bool { false }
}

/// An example file for a rule. `↓` in the text marks where the first finding must point;
/// the marker is removed before the text is read.
public struct RuleExample: Sendable, CustomStringConvertible {
    public var yaml: String
    /// The file name; by default `<id>.yaml` (profiles) from the example's `id:` line.
    public var fileName: String?
    /// Whether the example is a vocabulary file (`_vocabulary/NAME.yaml`).
    public var isVocabulary: Bool
    /// Validate as with `--strict`.
    public var strict: Bool

    public init(_ yaml: String, fileName: String? = nil, vocabulary: Bool = false, strict: Bool = false) {
        self.yaml = yaml
        self.fileName = fileName
        self.isVocabulary = vocabulary
        self.strict = strict
    }

    public static let marker: Character = "↓"

    /// The text without the marker, and the marker's 1-based line and column.
    public var unmarked: (text: String, marker: SourceLocation?) {
        var line = 1, column = 1
        var found: SourceLocation?
        var out = ""
        for character in yaml {
            if character == RuleExample.marker, found == nil {
                found = SourceLocation(line: line, column: column)
                continue
            }
            out.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (out, found)
    }

    public var description: String { fileName ?? String(yaml.prefix(60)) }
}

extension ValidationRule {
    public var id: String { Self.id }

    /// A finding of this rule at `keys` (coding keys, then list indexes) in `file`.
    func finding(_ message: String, in file: ValidatedFile, at keys: [any CodingKey], severity: Severity? = nil) -> Finding {
        file.finding(ruleID: Self.id, severity: severity ?? Self.defaultSeverity, message: message, at: file.location(of: keys))
    }

    func finding(_ message: String, in file: ValidatedFile, at location: SourceLocation, severity: Severity? = nil) -> Finding {
        file.finding(ruleID: Self.id, severity: severity ?? Self.defaultSeverity, message: message, at: location)
    }
}

/// One file being validated: where it is, its parsed document (for positions) and what it decoded to.
public struct ValidatedFile: Sendable {
    public enum Role: Sendable { case profile, vocabulary }

    public let url: URL
    /// The path printed in findings.
    public let displayPath: String
    public let role: Role
    /// The file's bytes as read (for characters no node holds, such as those in comments).
    public let bytes: Data
    /// The raw text, decoded from `bytes` when asked for (invalid UTF-8 repaired); rules that only search
    /// it use `bytes`, which costs no decoding.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Nil when the file is not valid YAML.
    public let document: YAMLDocument?
    /// The decoded profile (profiles only); nil when a type error or missing key stopped decoding.
    public let profile: ProfileFile?
    /// The decoded vocabulary (vocabulary files only).
    public let vocabulary: Vocabulary?
    /// Everything the decoder reported: syntax, types, missing and unknown keys, duplicates.
    public let decodingErrors: [YAMLError]

    public init(url: URL, displayPath: String? = nil, role: Role, text: String, document: YAMLDocument?,
                profile: ProfileFile?, vocabulary: Vocabulary?, decodingErrors: [YAMLError]) {
        self.init(url: url, displayPath: displayPath, role: role, bytes: Data(text.utf8), document: document,
                  profile: profile, vocabulary: vocabulary, decodingErrors: decodingErrors)
    }

    public init(url: URL, displayPath: String? = nil, role: Role, bytes: Data, document: YAMLDocument?,
                profile: ProfileFile?, vocabulary: Vocabulary?, decodingErrors: [YAMLError]) {
        self.url = url
        self.displayPath = displayPath ?? url.path
        self.role = role
        self.bytes = bytes
        self.document = document
        self.profile = profile
        self.vocabulary = vocabulary
        self.decodingErrors = decodingErrors
    }

    /// Decodes `text` as a profile or vocabulary file (rule examples and tests). Never throws.
    public static func read(url: URL, text: String, role: Role, displayPath: String? = nil,
                            decoder: YAMLDecoder = YAMLDecoder()) -> ValidatedFile {
        read(url: url, data: Data(text.utf8), role: role, displayPath: displayPath, loader: ProfileLoader(decoder: decoder))
    }

    /// Decodes the file's bytes as a profile or vocabulary file. The bytes reach the decoder
    /// untouched, so invalid UTF-8 is reported at its position. Never throws: problems become `decodingErrors`.
    public static func read(url: URL, data: Data, role: Role, displayPath: String? = nil,
                            loader: ProfileLoader = ProfileLoader()) -> ValidatedFile {
        let path = displayPath ?? url.path
        switch role {
        case .profile:
            let file = loader.read(data, url: url, as: ProfileFile.self, path: path)
            return ValidatedFile(url: url, displayPath: path, role: role, bytes: data, document: file.document,
                                 profile: file.value, vocabulary: nil, decodingErrors: file.errors)
        case .vocabulary:
            let file = loader.read(data, url: url, as: Vocabulary.self, path: path)
            return ValidatedFile(url: url, displayPath: path, role: role, bytes: data, document: file.document,
                                 profile: nil, vocabulary: file.value, decodingErrors: file.errors)
        }
    }

    /// The position of the node at `keys`, or of its nearest existing ancestor.
    public func location(of keys: [any CodingKey]) -> SourceLocation {
        document?.location(of: keys) ?? SourceLocation(line: 1, column: 1)
    }

    public func node(at keys: [any CodingKey]) -> YAMLNode? { document?.node(at: keys) }

    public func finding(ruleID: String, severity: Severity, message: String, at location: SourceLocation) -> Finding {
        Finding(ruleID: ruleID, severity: severity,
                location: FindingLocation(path: displayPath, line: location.line, column: location.column),
                message: message, sourceLine: document?.sourceLine(location.line) ?? sourceLine(location.line))
    }

    /// Line `line` (1-based) of the bytes, found with memchr rather than by splitting the whole text.
    private func sourceLine(_ line: Int) -> String? {
        guard line >= 1 else { return nil }
        return bytes.withUnsafeBytes { raw -> String? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return line == 1 ? "" : nil }
            let count = raw.count
            var start = 0
            for _ in 1..<line {
                guard start <= count, let hit = memchr(base + start, 0x0A, count - start) else { return nil }
                start = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base + 1
            }
            guard start <= count else { return nil }
            let end = memchr(base + start, 0x0A, count - start).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? count
            return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
        }
    }

    /// The file without its node tree and bytes: what a rule reading the directory needs to decide, in far
    /// less memory (read the file again for positions).
    var decodedOnly: ValidatedFile {
        ValidatedFile(url: url, displayPath: displayPath, role: role, bytes: Data(), document: nil, profile: profile,
                      vocabulary: vocabulary, decodingErrors: decodingErrors)
    }

    /// Whether the file's bytes hold `needle` (UTF-8, byte for byte).
    func contains(_ needle: String) -> Bool {
        bytes.withUnsafeBytes { ByteSearch.contains($0.bindMemory(to: UInt8.self), needle) }
    }

    /// The file name without `.yaml`/`.yml`.
    public var baseName: String {
        let name = url.lastPathComponent
        for ext in [".yaml", ".yml"] where name.hasSuffix(ext) { return String(name.dropLast(ext.count)) }
        return name
    }
}

/// What every rule may consult: all loaded profiles (across every folder), the merged vocabulary, today.
public struct ValidationContext: Sendable {
    /// Profile id -> the files declaring it (more than one is a clash).
    public var filesByID: [String: [String]]
    /// Profile id -> the first decoded profile with that id.
    public var profiles: [String: ProfileFile]
    public var vocabulary: Vocabulary
    public var today: CalendarDate
    /// `--strict`: sources older than two years are errors.
    public var strict: Bool
    /// Every profile's names, aliases and brand labels, for the impersonation rules (built once per run).
    public var identities: IdentityIndex?

    public init(filesByID: [String: [String]] = [:], profiles: [String: ProfileFile] = [:],
                vocabulary: Vocabulary = Vocabulary(), today: CalendarDate, strict: Bool = false) {
        self.filesByID = filesByID
        self.profiles = profiles
        self.vocabulary = vocabulary
        self.today = today
        self.strict = strict
    }
}

/// A coding key for a list position.
struct Index: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue!)" }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

/// Shorthands for coding paths into a profile or vocabulary document.
typealias PK = ProfileFile.CodingKeys
typealias CK = Channel.CodingKeys
typealias SK = Source.CodingKeys
typealias RK = IssueRoute.CodingKeys
typealias StepK = RouteStep.CodingKeys
typealias DK = Deadline.CodingKeys
typealias EK = EscalationStep.CodingKeys
typealias TK = MessageTemplate.CodingKeys
typealias VK = Vocabulary.CodingKeys
typealias IK = IssueKind.CodingKeys

func key(_ name: String) -> any CodingKey { AnyKey(name) }
