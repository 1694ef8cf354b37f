import Foundation
import Testing

/// `resolve` at a terminal: an unclear merchant or problem becomes a numbered question and the plan follows
/// the answer; with --no-input, --format json or a pipe it never waits. Runs on a pseudo-terminal
/// (Support/tty_run.py), as a person would type.
@Suite("CLI: resolve asks at a terminal")
struct ResolveChoiceTests {
    static let now = "2026-11-22T18:00:00Z"

    /// What the terminal showed, and the exit status; nil when python3 is missing.
    static func atTerminal(typing input: String, _ arguments: [String], lang: String = "en_US.UTF-8") throws -> (String, Int32)? {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            Issue.record("python3 is needed to run supportdir on a pseudo-terminal; install it (it is on CI machines)")
            return nil
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/tty_run.py")
        let run = try CLI.run([script.path, input, "--", CLI.binary.path, "resolve"] + arguments + ["--now", now],
                              environment: ["LANG": lang], executable: URL(fileURLWithPath: python))
        var lines = run.stdout.components(separatedBy: "\n")
        while lines.last == "" { lines.removeLast() }
        let status = lines.last.flatMap { $0.hasPrefix("exit ") ? Int32($0.dropFirst(5)) : nil }
        #expect(status != nil, "no exit line: \(run.stdout) \(run.stderr)")
        return (lines.dropLast().joined(separator: "\n"), status ?? -1)
    }

    @Test("the number typed picks the problem, and the plan for it follows")
    func choosesIssue() throws {
        guard let (screen, status) = try Self.atTerminal(typing: "2\n", ["amazon refund return"]) else { return }
        #expect(screen.contains("Which problem is it?\n  1  Refund [refund]\n  2  Return an item [return]\n"), "\(screen)")
        #expect(screen.contains("Amazon - Return an item"), "\(screen)")
        #expect(status == 0)
        // The candidates are read once, in the question: no "Did you mean" list and no --issue hint before it.
        let beforeQuestion = screen.components(separatedBy: "Which problem is it?")[0]
        #expect(!beforeQuestion.contains("Did you mean") && !beforeQuestion.contains("--issue"), "\(screen)")
        #expect(beforeQuestion.contains("Several issues fit your words"), "the reason for the question is still said: \(screen)")
    }

    @Test("in --format markdown at a terminal, the candidates are also listed once, in the question")
    func markdownListsCandidatesOnce() throws {
        guard let (screen, status) = try Self.atTerminal(typing: "2\n", ["amazon refund return", "--format", "markdown"]) else { return }
        let beforeQuestion = screen.components(separatedBy: "Which problem is it?")[0]
        #expect(beforeQuestion.contains("Several issues fit your words"), "\(screen)")
        #expect(!beforeQuestion.contains("Did you mean") && !beforeQuestion.contains("--issue"), "\(screen)")
        #expect(screen.contains("Return an item"), "\(screen)")
        #expect(status == 0)
    }

    @Test("the merchant, then the problem, in Korean, with a full-width digit")
    func choosesMerchantThenIssue() throws {
        guard let (screen, status) = try Self.atTerminal(typing: "２\n1\n", ["아마존이랑 알리 환불 반품"], lang: "ko_KR.UTF-8") else { return }
        #expect(screen.contains("어느 상점인가요?\n  1  알리익스프레스 [aliexpress]\n  2  아마존 [amazon]\n"), "\(screen)")
        #expect(screen.contains("어떤 문제인가요?"), "\(screen)")
        #expect(screen.contains("아마존 - 환불"), "\(screen)")
        #expect(status == 0)
    }

    @Test("Enter alone, the end of input, or a number not offered stops with the usual status")
    func stops() throws {
        for (input, said) in [("\n", nil), ("", nil), ("7\n", "“7” is not one of the numbers 1-2"), ("refund\n", "“refund” is not one")] {
            guard let (screen, status) = try Self.atTerminal(typing: input, ["amazon refund return"]) else { return }
            #expect(screen.contains("Which problem is it?"), "\(input): \(screen)")
            #expect(!screen.contains("Contact plan"), "\(input): \(screen)")
            if let said { #expect(screen.contains(said), "\(input): \(screen)") }
            #expect(status == 4, "\(input)")
        }
    }

    @Test("--no-input and --format json never ask, even at a terminal; a pipe never asks")
    func neverAsks() throws {
        for extra in [["--no-input"], ["--format", "json"]] {
            guard let (screen, status) = try Self.atTerminal(typing: "1\n", ["amazon refund return"] + extra) else { return }
            #expect(!screen.contains("Which problem is it?"), "\(extra): \(screen)")
            #expect(status == 4, "\(extra)")
        }
        let piped = try CLI.run(["resolve", "amazon refund return", "--now", Self.now], stdin: "1\n")
        #expect(!piped.stdout.contains("Which problem is it?"))
        #expect(piped.status == 4)
    }
}
