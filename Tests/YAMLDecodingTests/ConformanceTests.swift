import Foundation
import Testing
@testable import YAMLDecoding

/// Runs every case of the official YAML test suite (github.com/yaml/yaml-test-suite, data branch).
///
/// The data lives beside the checkout (`../shared/yaml-test-suite`), found by walking up from this
/// file; `YAML_TEST_SUITE` overrides. Single-document cases with `in.json` must decode to the same
/// data; cases marked `error` must throw a YAMLError (not crash). Multi-document cases and cases
/// without `in.json` are skipped (this decoder accepts exactly one document).
@Suite struct ConformanceTests {
    static let suite: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["YAML_TEST_SUITE"], !env.isEmpty {
            return fm.fileExists(atPath: env) ? URL(fileURLWithPath: env) : nil
        }
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared/yaml-test-suite")
            if fm.fileExists(atPath: candidate.appendingPathComponent("README.md").path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    /// Cases libyaml 0.2.5 (or this decoder's deliberate strictness) gets "wrong", with the reason.
    /// A listed case that starts passing is reported, so the list stays honest.
    static let knownFailures: [String: String] = {
        var known: [String: String] = [:]
        func add(_ reason: String, _ ids: [String]) { for id in ids { known[id] = reason } }
        add("libyaml 0.2.5 rejects reserved and future directives (%FOO, %YAML 1.3)",
            ["2LFX", "6LVF", "MUS6/05", "MUS6/06", "BEC7"])
        add("libyaml 0.2.5 ends an anchor name at ':' or rejects non-alphanumeric anchor characters",
            ["2SXE", "Y2GN", "8XYN", "W5VH"])
        add("libyaml 0.2.5 needs the ':' of a flow mapping entry on the key's line, and single-line flow keys",
            ["4MUZ/00", "4MUZ/01", "4MUZ/02", "5MUD", "K3WX", "9SA2", "NJ66", "VJP3/01"])
        add("libyaml 0.2.5 rejects plain scalars starting with ':' inside flow collections",
            ["58MP", "5T43", "DBG4", "HM87/00"])
        add("libyaml 0.2.5 reads '?' at the start of a flow scalar as a complex-key indicator",
            ["652Z", "HM87/01"])
        add("libyaml 0.2.5 rejects tabs used as separation whitespace (allowed by YAML 1.2)",
            ["6BCT", "6CA3", "A2M4", "DK95/00", "DK95/03", "DK95/04", "Q5MG", "Y79Y/010", "96NN/00", "96NN/01", "R4YG", "Y79Y/001"])
        add("libyaml 0.2.5 rejects zero-indented block scalars at the top level",
            ["DK3J", "FP8R"])
        add("libyaml 0.2.5 drops trailing space-only lines of a kept (|+) or literal block scalar",
            ["JEF9/02", "L24T/01"])
        add("libyaml 0.2.5 accepts this invalid input (error case)",
            ["9C9N", "9JBA", "CVW2", "DK95/01", "G5U8", "MUS6/00", "QB6E", "S98Z", "SU5Z", "X4QW", "Y79Y/003", "YJV2"])
        return known
    }()

    @Test(.enabled(if: suite != nil, "YAML test suite not found: set YAML_TEST_SUITE or check out the data at ../shared/yaml-test-suite"))
    func yamlTestSuite() throws {
        let root = try #require(Self.suite)
        let fm = FileManager.default
        var cases: [(id: String, dir: URL)] = []
        for name in try fm.contentsOfDirectory(atPath: root.path).sorted() {
            let dir = root.appendingPathComponent(name)
            if fm.fileExists(atPath: dir.appendingPathComponent("in.yaml").path) {
                cases.append((name, dir))
            } else if let subs = try? fm.contentsOfDirectory(atPath: dir.path) {
                for sub in subs.sorted() where fm.fileExists(atPath: dir.appendingPathComponent("\(sub)/in.yaml").path) {
                    cases.append(("\(name)/\(sub)", dir.appendingPathComponent(sub)))
                }
            }
        }
        #expect(cases.count > 300, "expected the full suite, found \(cases.count) cases")

        var jsonPassed = 0, jsonKnown = 0, errorThrew = 0, errorKnown = 0, skippedMulti = 0, skippedNoJSON = 0
        var unexpected: [String] = []
        var nowPassing: [String] = []
        let decoder = YAMLDecoder()

        for (id, dir) in cases {
            let title = (try? String(contentsOf: dir.appendingPathComponent("==="), encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let input = try Data(contentsOf: dir.appendingPathComponent("in.yaml"))
            let isError = fm.fileExists(atPath: dir.appendingPathComponent("error").path)
            let known = Self.knownFailures[id]

            if isError {
                let threw: Bool
                do { _ = try decoder.parse(input, path: "in.yaml"); threw = false } catch is YAMLError { threw = true }
                if threw {
                    errorThrew += 1
                    if known != nil { nowPassing.append(id) }
                } else if known != nil {
                    errorKnown += 1
                } else {
                    unexpected.append("\(id) (\(title)): error case was accepted")
                }
                continue
            }

            let events = (try? String(contentsOf: dir.appendingPathComponent("test.event"), encoding: .utf8)) ?? ""
            let documents = events.split(separator: "\n").filter { $0.hasPrefix("+DOC") }.count
            if documents != 1 { skippedMulti += 1; continue }
            let jsonURL = dir.appendingPathComponent("in.json")
            guard fm.fileExists(atPath: jsonURL.path) else { skippedNoJSON += 1; continue }

            let expected = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: jsonURL))
            let outcome: String?
            do {
                let actual = JSONValue(try decoder.parse(input, path: "in.yaml").root)
                outcome = actual == expected ? nil : "decoded \(actual), expected \(expected)"
            } catch {
                outcome = "threw \(error)"
            }
            switch (outcome, known) {
            case (nil, nil): jsonPassed += 1
            case (nil, _?): jsonPassed += 1; nowPassing.append(id)
            case (_?, _?): jsonKnown += 1
            case (let problem?, nil): unexpected.append("\(id) (\(title)): \(problem)")
            }
        }

        print("""
            yaml-test-suite (\(cases.count) cases):
              in.json cases: \(jsonPassed) passed, \(jsonKnown) known failures
              error cases:   \(errorThrew) threw, \(errorKnown) known failures (accepted)
              skipped:       \(skippedMulti) multi-document (or no document), \(skippedNoJSON) without in.json
            """)
        for problem in unexpected { Issue.record("unexpected: \(problem)") }
        for id in nowPassing { Issue.record("known failure \(id) now passes; remove it from knownFailures") }
    }
}

/// The data model of JSON, for comparing with the suite's in.json.
enum JSONValue: Equatable, Decodable, CustomStringConvertible {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// A node as YAML 1.2 core-schema data: plain scalars resolve to null, bool, number or string;
    /// quoted and block scalars (and `!`) are strings; standard tags force their type; local tags are ignored.
    init(_ node: YAMLNode) {
        switch node.kind {
        case .sequence(let items):
            self = .array(items.map(JSONValue.init))
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs { object[pair.key.scalar ?? "\(JSONValue(pair.key))"] = JSONValue(pair.value) }
            self = .object(object)
        case .scalar(let text, let style):
            switch node.tag {
            case "!", CoreSchema.strTag?: self = .string(text); return
            case CoreSchema.nullTag?: self = .null; return
            case CoreSchema.boolTag?: self = CoreSchema.bool(text).map(JSONValue.bool) ?? .string(text); return
            case CoreSchema.intTag?, CoreSchema.floatTag?: self = CoreSchema.double(text).map(JSONValue.number) ?? .string(text); return
            default: break
            }
            if style != .plain { self = .string(text); return }
            if CoreSchema.isNull(text) { self = .null }
            else if let value = CoreSchema.bool(text) { self = .bool(value) }
            else if let value = CoreSchema.double(text) { self = .number(value) }
            else { self = .string(text) }
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "\(n)"
        case .string(let s): return "\"\(s.debugDescription.dropFirst().dropLast())\""
        case .array(let a): return "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}
