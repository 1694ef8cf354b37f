import Foundation
import Testing

/// Runs the built `supportdir` binary, as a user would, and captures what it prints.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The folder holding the test bundle; `swift build` puts the `supportdir` binary beside it.
    static var productsDirectory: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    static var binary: URL { productsDirectory.appendingPathComponent("supportdir") }

    /// The checkout's root (where Package.swift and Merchants/ are).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `supportdir arguments...` with a clean, fixed environment plus `environment`.
    /// A cache folder of this test run only, so a directory downloaded by `supportdir update` on this machine
    /// never takes the place of the checkout's `Merchants/` in a test.
    static let cacheDirectory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-cli-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func run(_ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil,
                    stdin: String? = nil, executable: URL? = nil) throws -> CLIRun {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "TZ": "UTC", "NO_COLOR": "1"]
        if let home = ProcessInfo.processInfo.environment["HOME"] { env["HOME"] = home }
        env["SUPPORTDIR_CACHE_DIR"] = cacheDirectory.path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Compares `actual` with the golden file `Golden/<name>`; with `SUPPORTDIR_RECORD=1`
/// the golden file in the source tree is rewritten instead.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let sourceGolden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SUPPORTDIR_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: sourceGolden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: sourceGolden, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: sourceGolden, encoding: .utf8) else {
        Issue.record("missing golden file Golden/\(name); run with SUPPORTDIR_RECORD=1 to create it", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "output differs from Golden/\(name) (SUPPORTDIR_RECORD=1 re-records)", sourceLocation: sourceLocation)
}
