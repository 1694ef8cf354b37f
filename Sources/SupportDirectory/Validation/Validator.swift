import Foundation
import YAMLDecoding

/// What to check and how strictly.
public struct ValidationOptions: Sendable {
    /// The rules to run (all by default; `--only`/`--except` narrow it).
    public var ruleIDs: [String]
    /// Warnings fail the run, and sources older than two years are errors.
    public var strict: Bool
    public var today: CalendarDate
    /// Paths in findings are shown relative to this folder when they are inside it.
    public var relativeTo: URL?

    public init(ruleIDs: [String] = ValidationRules.ids, strict: Bool = false,
                today: CalendarDate = CalendarDate(Date(), in: TimeZone(identifier: "UTC")!), relativeTo: URL? = nil) {
        self.ruleIDs = ruleIDs
        self.strict = strict
        self.today = today
        self.relativeTo = relativeTo
    }

    /// Rule ids from `--only` and `--except`; throws naming the valid ids when one is unknown.
    public static func ruleIDs(only: [String], except: [String]) throws(ValidationToolError) -> [String] {
        let known = ValidationRules.ids
        let unknown = (only + except).filter { !known.contains($0) }
        if !unknown.isEmpty {
            throw ValidationToolError("unknown rule id\(unknown.count == 1 ? "" : "s") \(unknown.map { "'\($0)'" }.joined(separator: ", ")); valid ids: \(known.joined(separator: ", "))", usage: true)
        }
        return known.filter { (only.isEmpty || only.contains($0)) && !except.contains($0) }
    }
}

/// The result of a validation run.
public struct ValidationReport: Sendable {
    public var findings: [Finding]
    /// How many files were checked.
    public var fileCount: Int
    public var strict: Bool

    public init(findings: [Finding], fileCount: Int, strict: Bool = false) {
        self.findings = findings
        self.fileCount = fileCount
        self.strict = strict
    }

    /// Adds findings (review notices), keeping them ordered by file (in the order files were checked), line and column.
    public mutating func add(_ more: [Finding]) {
        var rank: [String: Int] = [:]
        for f in findings + more where rank[f.location.path] == nil { rank[f.location.path] = rank.count }
        findings = (findings + more).enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            return (rank[x.path]!, x.line, x.column, a.offset) < (rank[y.path]!, y.line, y.column, b.offset)
        }.map(\.element)
    }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// Errors, or (with strict) warnings too.
    public var failed: Bool {
        findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// "2 errors, 1 warning in 5 files".
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [plural(count(.error), "error"), plural(count(.warning), "warning")]
        if count(.notice) > 0 { parts.append(plural(count(.notice), "review notice")) }
        return parts.joined(separator: ", ") + " in " + plural(fileCount, "file")
    }
}

/// Validates profile and vocabulary files: loads them (in parallel), builds the context of every
/// loaded profile, runs the rules per file (in parallel) and collects the findings.
public struct Validator: Sendable {
    public var options: ValidationOptions
    public var decoder: YAMLDecoder

    public init(options: ValidationOptions = ValidationOptions(), loader: ProfileLoader = ProfileLoader()) {
        self.options = options
        self.decoder = loader.decoder
    }

    /// Validates `targets` (folders or files); `directory` are the folders whose profiles and vocabulary
    /// form the context (ids, marketplaces, issue kinds) without being reported on themselves.
    /// With `changedSince`, adds a review notice for every contact point added or changed since that git revision.
    /// `vocabularyFallback` is a folder whose `_vocabulary` is read when neither the targets nor `directory` have one
    /// (the built-in vocabulary, for a copy of the profiles elsewhere).
    public func validate(targets: [URL], directory: [URL], vocabularyFallback: URL? = nil,
                         changedSince: String? = nil) throws(ValidationToolError) -> ValidationReport {
        let (targetFiles, contextFolders) = try expand(targets)
        var folders: [URL] = []
        var seenFolders = Set<String>()
        for folder in directory + contextFolders where MerchantFolders.isDirectory(folder) {
            if seenFolders.insert(Self.key(folder)).inserted { folders.append(folder) }
        }
        var candidates: [(URL, ValidatedFile.Role)] = []
        for folder in folders {
            for url in (try? MerchantFolders.vocabularyFiles(in: folder)) ?? [] { candidates.append((url, .vocabulary)) }
            for url in (try? MerchantFolders.profileFiles(in: folder)) ?? [] { candidates.append((url, .profile)) }
        }
        if let vocabularyFallback, !(candidates + targetFiles).contains(where: { $0.1 == .vocabulary }) {
            for url in (try? MerchantFolders.vocabularyFiles(in: vocabularyFallback)) ?? [] { candidates.append((url, .vocabulary)) }
        }
        candidates += targetFiles
        // One file reached twice (a target inside a context folder, a symbolic link) is read once. Resolving
        // a path costs a system call per component: once per file, on all cores.
        let keys = Self.keys(candidates.map(\.0))
        let targetKeys = Set(keys.suffix(targetFiles.count))
        var all: [(URL, ValidatedFile.Role)] = []
        var isTarget: [Bool] = []
        var seen = Set<String>()
        for (candidate, key) in zip(candidates, keys) where seen.insert(key).inserted {
            all.append(candidate)
            isTarget.append(targetKeys.contains(key))
        }
        let unread = options.ruleIDs.contains(FileNameRule.id) ? unreadFiles(in: targets) : []
        return try run(all, isTarget: isTarget, changedSince: changedSince, extra: unread)
    }

    /// Whether `folder` is a folder with no YAML file in it or in its subfolders (a mistyped path in CI, the wrong
    /// checkout): "validation passed in 0 files" would then pass a pull request that was never checked.
    public static func holdsNoYAML(_ folder: URL) -> Bool {
        guard MerchantFolders.isDirectory(folder),
              let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return false }
        var visited = 0
        for case let url as URL in walker {
            visited += 1
            if visited > 20_000 { return false }  // bounded for a huge tree
            if ["yaml", "yml"].contains(url.pathExtension.lowercased()) { return false }
        }
        return true
    }

    /// A YAML file in a subfolder of a target folder is never loaded (not by validate, list or resolve): each
    /// is reported, so a pull request whose profile sits in `Merchants/jp/` cannot pass unread.
    func unreadFiles(in targets: [URL]) -> [Finding] {
        let paths = PathDisplay(relativeTo: options.relativeTo)
        var findings: [Finding] = []
        let fm = FileManager.default
        for target in targets where MerchantFolders.isDirectory(target) && target.lastPathComponent != "_vocabulary" {
            guard let walker = fm.enumerator(at: target, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]) else { continue }
            var visited = 0
            for case let url as URL in walker {
                visited += 1
                if visited > 20_000 { break }  // bounded for a huge tree
                let relative = url.pathComponents.dropFirst(target.pathComponents.count)
                if relative.count == 1 { continue }                     // directly in the folder: read
                if relative.count == 2 && relative.first == "_vocabulary" { continue }  // vocabulary: read
                guard ["yaml", "yml"].contains(url.pathExtension.lowercased()) else { continue }
                let display = paths.path(of: url)
                let folder = paths.path(of: target)
                findings.append(Finding(ruleID: FileNameRule.id, severity: .error,
                                        location: FindingLocation(path: display, line: 1, column: 1),
                                        message: "this YAML file is in a subfolder of \(folder), and profiles are read only directly from the folder (vocabulary from its _vocabulary/): validate, list and resolve never load it; move it to \(folder)/\(url.lastPathComponent)",
                                        sourceLine: nil))
                if findings.count >= 1_000 { return findings }
            }
        }
        return findings
    }

    static func keys(_ urls: [URL]) -> [String] {
        let keys = Slots<String>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { keys[$0] = key(urls[$0]) }
        return Array(keys.values)
    }

    /// Reads every file and checks the targets, on all cores, in two passes. The first reads each file and
    /// runs the rules that need nothing but the file, while it is still in the cache, then keeps only what
    /// the second pass needs: the profile or vocabulary, not the bytes or the node tree (a tree takes
    /// several times the file's size; 10,000 of them took 2.2 GB). The second, once every profile is known,
    /// runs the rules that read the directory; a file they report on is read and parsed again so that the
    /// findings point at the right line and column. Files are dropped on the worker that checked them.
    private func run(_ all: [(URL, ValidatedFile.Role)], isTarget: [Bool], changedSince: String?,
                     extra: [Finding] = []) throws(ValidationToolError) -> ValidationReport {
        let rules = ValidationRules.all.filter { options.ruleIDs.contains($0.id) }
        let fileRules = rules.filter { !$0.readsDirectory }.map { $0.init() }
        let directoryRules = rules.filter { $0.readsDirectory }.map { $0.init() }
        let fileOnly = ValidationContext(today: options.today, strict: options.strict)
        let files = Slots<ValidatedFile>(count: all.count)
        let findings = Slots<[Finding]>(count: all.count)
        // Profiles resolve the parts they do not define against the vocabulary's (a few small files, read first).
        let sharedParts = ProfileLoader(decoder: decoder).loadVocabulary(all.filter { $0.1 == .vocabulary }.map(\.0)).vocabulary.parts
        let loader = ProfileLoader(decoder: decoder).sharing(sharedParts)
        let paths = PathDisplay(relativeTo: options.relativeTo)
        // `--changed-since` reads the node trees of the files checked once the rules are done.
        let keepTrees = changedSince != nil
        DispatchQueue.concurrentPerform(iterations: all.count) { i in
            let file = read(all[i].0, role: all[i].1, loader: loader, paths: paths)
            if isTarget[i] { findings[i] = fileRules.flatMap { $0.validate(file, in: fileOnly) } }
            // A file still holding `new`'s fill-in values keeps its tree: `finish` needs it to drop other
            // rules' findings on those lines.
            let keep = isTarget[i] && (keepTrees || !FillInRule.fillInLines(in: file).isEmpty)
            files[i] = keep ? file : file.decodedOnly
        }
        let retired: Slots<ProfileFile>
        do {
            let context = makeContext(files.values)
            DispatchQueue.concurrentPerform(iterations: all.count) { i in
                if isTarget[i], var file = files[i] {
                    var more = directoryRules.flatMap { $0.validate(file, in: context) }
                    if !more.isEmpty && file.document == nil {
                        // Read again for the positions (kept as they are if the file can no longer be parsed).
                        let full = read(file.url, role: file.role, loader: loader, paths: paths)
                        if full.document != nil {
                            file = full
                            more = directoryRules.flatMap { $0.validate(file, in: context) }
                        }
                    }
                    findings[i] = Self.finish(findings[i]! + more, on: file)
                }
                if !(keepTrees && isTarget[i]) { files.free(i) }
            }
            retired = Slots(context.profiles.values)
        }
        // The context held the last copy of every decoded profile: let them go on all cores too, not one by
        // one on this thread as the context goes out of scope.
        DispatchQueue.concurrentPerform(iterations: retired.count) { retired.free($0) }
        let targets = all.indices.filter { isTarget[$0] }
        var report = ValidationReport(findings: targets.flatMap { findings[$0] ?? [] }, fileCount: targets.count, strict: options.strict)
        if !extra.isEmpty { report.add(extra) }
        if let changedSince {
            let notices = try ChangedContactPoints.notices(in: targets.compactMap { files[$0] }, since: changedSince)
            // Who the profiles say they are comes first, then URLs and numbers with the other findings.
            report.add(notices.filter { $0.ruleID != ChangedContactPoints.identityRuleID })
            report.findings.insert(contentsOf: notices.filter { $0.ruleID == ChangedContactPoints.identityRuleID }, at: 0)
        }
        return report
    }

    /// Runs the rules on `files`, with `context` (which should include `files`) giving every loaded profile.
    public func validate(_ files: [ValidatedFile], among context: [ValidatedFile]) -> ValidationReport {
        let ruleContext = makeContext(context)
        let rules = ValidationRules.all.filter { options.ruleIDs.contains($0.id) }.map { $0.init() }
        let results = Slots<[Finding]>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            results[i] = Self.run(rules, on: files[i], in: ruleContext)
        }
        let findings = (0..<files.count).flatMap { results[$0] ?? [] }
        return ValidationReport(findings: findings, fileCount: files.count, strict: options.strict)
    }

    /// All rules on one file; findings on lines holding `new`-template values are left to the fill-in rule.
    static func run(_ rules: [any ValidationRule], on file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        finish(rules.flatMap { $0.validate(file, in: context) }, on: file)
    }

    /// The findings of every rule on one file, in order; those on lines holding `new`-template values are
    /// left to the fill-in rule.
    static func finish(_ findings: [Finding], on file: ValidatedFile) -> [Finding] {
        var findings = findings
        let templateLines = FillInRule.fillInLines(in: file)
        if !templateLines.isEmpty {
            findings.removeAll { $0.ruleID != FillInRule.id && templateLines.contains($0.location.line) }
        }
        return findings.sorted { ($0.location.line, $0.location.column, $0.ruleID) < ($1.location.line, $1.location.column, $1.ruleID) }
    }

    func makeContext(_ files: some Sequence<ValidatedFile>) -> ValidationContext {
        var context = ValidationContext(today: options.today, strict: options.strict)
        for file in files {
            if let vocabulary = file.vocabulary { context.vocabulary.merge(vocabulary) }
            if let profile = file.profile {
                context.filesByID[profile.id, default: []].append(file.displayPath)
                if context.profiles[profile.id] == nil { context.profiles[profile.id] = profile }
            }
        }
        if options.ruleIDs.contains(where: IdentityIndex.ruleIDs.contains) { context.identities = IdentityIndex(context) }
        return context
    }

    /// Reads files in parallel.
    public func load(_ files: [(URL, ValidatedFile.Role)]) -> [ValidatedFile] {
        let results = Slots<ValidatedFile>(count: files.count)
        let sharedParts = ProfileLoader(decoder: decoder).loadVocabulary(files.filter { $0.1 == .vocabulary }.map(\.0)).vocabulary.parts
        let loader = ProfileLoader(decoder: decoder).sharing(sharedParts)
        let paths = PathDisplay(relativeTo: options.relativeTo)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            results[i] = read(files[i].0, role: files[i].1, loader: loader, paths: paths)
        }
        return Array(results.values)
    }

    /// One file, read and decoded; a file that cannot be read becomes a file with that one error.
    func read(_ url: URL, role: ValidatedFile.Role, loader: ProfileLoader, paths: PathDisplay) -> ValidatedFile {
        let display = paths.path(of: url)
        switch loader.bytes(of: url, path: display) {
        case .success(let data):
            return ValidatedFile.read(url: url, data: data, role: role, displayPath: display, loader: loader)
        case .failure(let error):
            return ValidatedFile(url: url, displayPath: display, role: role, text: "", document: nil, profile: nil, vocabulary: nil,
                                 decodingErrors: [error])
        }
    }

    /// Target files with their roles, and the folders they imply as context.
    func expand(_ targets: [URL]) throws(ValidationToolError) -> ([(URL, ValidatedFile.Role)], [URL]) {
        var files: [(URL, ValidatedFile.Role)] = []
        var folders: [URL] = []
        let fm = FileManager.default
        for target in targets {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: target.path, isDirectory: &isDir) else {
                throw ValidationToolError("cannot read '\(target.path)': no such file or folder")
            }
            if isDir.boolValue {
                do {
                    if target.lastPathComponent == "_vocabulary" {
                        files += try MerchantFolders.yamlFiles(in: target).map { ($0, .vocabulary) }
                        folders.append(target.deletingLastPathComponent())
                    } else {
                        files += try MerchantFolders.vocabularyFiles(in: target).map { ($0, .vocabulary) }
                        files += try MerchantFolders.profileFiles(in: target).map { ($0, .profile) }
                        folders.append(target)
                    }
                } catch {
                    throw ValidationToolError("cannot read the folder '\(target.path)': \(FileProblem.describe(error))")
                }
            } else {
                guard fm.isReadableFile(atPath: target.path) else { throw ValidationToolError("cannot read '\(target.path)': permission denied") }
                let parent = target.deletingLastPathComponent()
                if parent.lastPathComponent == "_vocabulary" {
                    files.append((target, .vocabulary))
                    folders.append(parent.deletingLastPathComponent())
                } else {
                    files.append((target, .profile))
                    folders.append(parent)
                }
            }
        }
        return (files, folders)
    }

    static func key(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }

    /// `url`'s path relative to `base` when inside it, else absolute.
    public static func displayPath(_ url: URL, relativeTo base: URL?) -> String {
        PathDisplay(relativeTo: base).path(of: url)
    }
}

/// Paths as findings show them: relative to a folder when inside it (as written, or once symbolic links are
/// resolved), else absolute. The folder's two spellings are worked out once, not once per file.
struct PathDisplay: Sendable {
    private let prefixes: [String]

    init(relativeTo base: URL?) {
        guard let base else { prefixes = []; return }
        prefixes = [base.standardizedFileURL.path, Validator.key(base)].map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    func path(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        guard !prefixes.isEmpty else { return path }
        var resolved: String?
        for prefix in prefixes {
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
            let real = resolved ?? Validator.key(url)
            resolved = real
            if real.hasPrefix(prefix) { return String(real.dropFirst(prefix.count)) }
        }
        return path
    }
}
