import Foundation
import Testing

/// The labelled corpora in Evaluation/ pass Evaluation/check-corpus.py (keys, unique ids and texts, profile ids
/// that exist, kinds of the vocabulary, each blind set's mix), and the checker names a broken record's line.
@Suite("Evaluation corpora pass their checker")
struct CorpusCheckTests {
    static let script = CLI.packageRoot.appendingPathComponent("Evaluation/check-corpus.py")

    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script.path] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func everyCorpusPasses() throws {
        let run = try Self.run([])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("ok: 30 corpora"), "\(run.output)")
    }

    @Test func aBrokenRecordIsNamedByItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("understanding-heldout9.jsonl")
        try """
            {"id": "h9-en-001", "lang": "en", "text": "where is my parcel", "merchant": "amazon-sellers", "storefront": null, "seller": null, "issue": "order-status"}
            {"id": "h9-en-002", "lang": "en", "text": "charger died", "merchant": "anker", "storefront": null, "seller": null, "issue": "lost"}

            """.write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.run([file.path])
        #expect(run.status == 1)
        #expect(run.output.contains("understanding-heldout9.jsonl:1: merchant 'amazon-sellers' is not"), "\(run.output)")
        #expect(run.output.contains(":2: an Anker record's seller is brand"), "\(run.output)")
        #expect(run.output.contains(":2: issue 'lost' is not a kind"), "\(run.output)")
        #expect(run.output.contains("en has 2 records, written as 80"), "\(run.output)")
    }
}
