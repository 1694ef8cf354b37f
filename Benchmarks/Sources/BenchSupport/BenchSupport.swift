import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
let RUSAGE_SELF_WHO = RUSAGE_SELF.rawValue
#else
let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Monotonic time in seconds.
public func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// User and system CPU seconds of this process so far (all threads).
public func cpuSeconds() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF_WHO), &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
}

/// The profile files of a corpus folder: `*.yaml` directly in it, not `_*` or `.*`, sorted by name
/// (the same rule as `MerchantFolders.profileFiles`).
public func profileFiles(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder)
        .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
        .sorted()
        .map { folder + "/" + $0 }
}

/// Reads every file into memory, so that what is timed afterwards is parsing, not I/O.
public func readFiles(_ paths: [String]) throws -> [Data] {
    try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
}

/// One benchmark process's answer, printed as a single line `BENCH {json}` on standard output
/// and read by the driver. `seconds` is the timed section only (work, no process start or file reads).
public struct BenchReport: Codable, Sendable {
    public var name: String
    public var seconds: Double
    public var bytes: Int
    public var files: Int
    /// Work items counted (events, profiles...), to check that two runs did the same work.
    public var items: Int
    /// A digest of the result (deterministic across processes), to check that two decoders agree.
    public var digest: String
    /// CPU seconds of the timed section (user + system, all threads).
    public var cpuSeconds: Double
    public var notes: [String: String]

    public init(name: String, seconds: Double, bytes: Int, files: Int, items: Int, digest: String = "",
                cpuSeconds: Double, notes: [String: String] = [:]) {
        self.name = name
        self.seconds = seconds
        self.bytes = bytes
        self.files = files
        self.items = items
        self.digest = digest
        self.cpuSeconds = cpuSeconds
        self.notes = notes
    }

    public func emit() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try! encoder.encode(self), as: UTF8.self)
        print("BENCH " + json)
        fflush(nil)
    }

    public static func parse(line: Substring) -> BenchReport? {
        guard line.hasPrefix("BENCH ") else { return nil }
        return try? JSONDecoder().decode(BenchReport.self, from: Data(line.dropFirst(6).utf8))
    }
}

/// Times `body`: wall and CPU seconds.
public func measure<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double, cpu: Double) {
    let cpu0 = cpuSeconds()
    let t0 = monotonicSeconds()
    let value = try body()
    let t1 = monotonicSeconds()
    let cpu1 = cpuSeconds()
    return (value, t1 - t0, (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system))
}

/// FNV-1a 64, for deterministic digests (Swift's Hasher is seeded per process).
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    public init() {}
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    public mutating func add(_ string: String) { add(string.utf8); add(CollectionOfOne(0)) }
    public var hex: String { String(value, radix: 16) }
}

/// Prints to standard error and exits with status 2.
public func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    exit(2)
}
