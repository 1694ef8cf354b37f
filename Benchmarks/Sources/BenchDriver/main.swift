import BenchSupport
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// bench: runs every benchmark of issue 6 in its own process, several times, interleaved (so a burst of
/// load from elsewhere on the machine hits every contender alike), takes medians, prints the table and the
/// targets, and exits 1 naming each missed target. Scripts/bench builds everything and calls this.
///
///   bench --bin DIR --supportdir PATH --merchants DIR --work DIR [--sizes 1000,10000] [--reps 3]
///         [--yams-sizes 1000] [--markdown FILE] [--only GROUP,...]

struct Options {
    var bin = ""
    var supportdir = ""
    var merchants = ""
    var work = ""
    var sizes = [1000, 10000]
    var yamsSizes = [1000]
    var reps = 3
    var markdown: String?
    var only: Set<String>?
    var seed = "20261122"
    /// Files of the 1,000 corpus measured under callgrind (instruction counts: stable on a busy machine); 0 skips it.
    var callgrindFiles = 100

    static func parse(_ args: [String]) -> Options {
        var o = Options()
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func sizes(_ text: String) -> [Int] {
            var out: [Int] = []
            for part in text.split(separator: ",") {
                guard let n = Int(part), n > 0 else { fail("bad size '\(part)'") }
                out.append(n)
            }
            return out
        }
        while i < args.count {
            switch args[i] {
            case "--bin": o.bin = value()
            case "--supportdir": o.supportdir = value()
            case "--merchants": o.merchants = value()
            case "--work": o.work = value()
            case "--sizes": o.sizes = sizes(value())
            case "--yams-sizes": o.yamsSizes = value() == "none" ? [] : sizes(args[i])
            case "--reps": o.reps = max(1, Int(value()) ?? 3)
            case "--markdown": o.markdown = value()
            case "--only": o.only = Set(value().split(separator: ",").map(String.init))
            case "--seed": o.seed = value()
            case "--callgrind-files": o.callgrindFiles = Int(value()) ?? 100
            default: fail("unknown option \(args[i])")
            }
            i += 1
        }
        for (name, v) in [("--bin", o.bin), ("--supportdir", o.supportdir), ("--merchants", o.merchants), ("--work", o.work)]
        where v.isEmpty { fail("\(name) is required") }
        return o
    }

    func wants(_ group: String) -> Bool { only.map { $0.contains(group) } ?? true }
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))

// The children see no SUPPORTDIR_PATH (only the folders we name) and their own index cache.
let cacheRoot = options.work + "/cache"
let baseEnvironment: [String: String?] = ["SUPPORTDIR_PATH": nil, "SUPPORTDIR_CACHE_DIR": cacheRoot + "/cli"]

func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
}

// MARK: - Corpus

func corpusDir(_ n: Int) -> String { options.work + "/corpus-\(n)" }

/// Generates the corpus unless a stamp for the same generator version, seed and count is there.
func ensureCorpus(_ n: Int) -> (bytes: Int, digest: String) {
    let dir = corpusDir(n)
    if let stamp = try? String(contentsOfFile: dir + "/.corpus-stamp", encoding: .utf8) {
        let f = stamp.split(separator: " ").map(String.init)
        // corpus vV seed S count N bytes B digest D
        if f.count >= 10, f[3] == options.seed, f[5] == String(n), f[1] == "v\(corpusVersion())", let bytes = Int(f[7]) {
            return (bytes, f[9].trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
    print("generating corpus of \(n) profiles in \(dir) ...")
    let run = Spawn.run([options.bin + "/bench-native", "corpus", String(n), dir, "--vocabulary",
                         options.merchants + "/_vocabulary", "--seed", options.seed])
    guard run.status == 0, let report = run.report else { fail("corpus generation failed:\n\(run.stderr)") }
    return (report.bytes, report.digest)
}

func corpusVersion() -> String {
    let run = Spawn.run([options.bin + "/bench-native", "version"])
    return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

// MARK: - Measurements

/// One benchmark: a command run once per repetition.
struct Bench {
    var id: String
    var group: String
    var n: Int?
    var command: [String]
    var environment: [String: String?] = [:]
    /// Run before the repetitions, untimed (to warm an index).
    var prepare: [String]? = nil
    var expectReport = true
    var bytes: Int = 0
    var reps: Int
    /// Exit statuses accepted.
    var okStatus: Set<Int32> = [0]
}

/// A run longer than this is not repeated (its one time is reported); one longer than `timeLimit` is killed.
let repeatLimit = 90.0
let timeLimit = 900.0

struct Stats {
    var runs: [ProcessRun] = []

    static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return .nan }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    var wall: Double { Self.median(runs.map(\.wall)) }
    var cpu: Double { Self.median(runs.map(\.cpu)) }
    var maxRSS: Double { Self.median(runs.map { Double($0.maxRSS) }) }
    /// The timed section inside the process (no start-up, no file reads), wall and CPU.
    var inner: Double { Self.median(runs.compactMap { $0.report?.seconds }) }
    var innerCPU: Double { Self.median(runs.compactMap { $0.report?.cpuSeconds }) }
    var spread: Double {
        let xs = runs.compactMap { $0.report?.cpuSeconds ?? $0.cpu }
        guard let lo = xs.min(), let hi = xs.max(), lo > 0 else { return 0 }
        return hi / lo - 1
    }
}

var benches: [Bench] = []
var corpusBytes: [Int: Int] = [:]
var corpusDigests: [Int: String] = [:]
let native = options.bin + "/bench-native"
let yams = options.bin + "/bench-yams"
let today = ["--today", "2026-11-22"]

print("supportdir benchmarks: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage())")
for n in options.sizes {
    let (bytes, digest) = ensureCorpus(n)
    corpusBytes[n] = bytes
    corpusDigests[n] = digest
    let dir = corpusDir(n)
    let slowReps = n >= 10000 ? max(1, options.reps) : options.reps
    if options.wants("scan") {
        benches.append(Bench(id: "scan", group: "scan", n: n, command: [native, "scan", dir], bytes: bytes, reps: slowReps))
    }
    if options.wants("decode") {
        benches.append(Bench(id: "decode", group: "decode", n: n, command: [native, "decode", dir], bytes: bytes, reps: slowReps))
    }
    if options.wants("yams"), options.yamsSizes.contains(n) {
        benches.append(Bench(id: "yams", group: "yams", n: n, command: [yams, "decode", dir], bytes: bytes,
                             reps: n >= 10000 ? 1 : slowReps))
    }
    if options.wants("registry") {
        let cache = cacheRoot + "/registry-\(n)"
        benches.append(Bench(id: "load", group: "registry", n: n, command: [native, "load", dir], bytes: bytes, reps: slowReps))
        benches.append(Bench(id: "indexed-cold", group: "registry", n: n,
                             command: [native, "indexed", dir, "--cache", cache + "-cold", "--cold"],
                             bytes: bytes, reps: slowReps))
        benches.append(Bench(id: "indexed-warm", group: "registry", n: n, command: [native, "indexed", dir, "--cache", cache],
                             prepare: [native, "indexed", dir, "--cache", cache], bytes: bytes, reps: slowReps))
    }
    if options.wants("validate") {
        benches.append(Bench(id: "validate", group: "validate", n: n,
                             command: [options.supportdir, "validate", "--no-builtin", "--merchants", dir] + today,
                             environment: baseEnvironment, expectReport: false, bytes: bytes, reps: slowReps))
    }
}
if options.wants("resolve") {
    benches.append(Bench(id: "resolve", group: "resolve", n: nil, command: [options.supportdir, "resolve", "amazon refund"],
                         environment: baseEnvironment, prepare: [options.supportdir, "resolve", "amazon refund"],
                         expectReport: false, reps: max(5, options.reps)))
    for n in options.sizes {
        let command = [options.supportdir, "resolve", "amazon refund", "--merchants", corpusDir(n)]
        benches.append(Bench(id: "resolve", group: "resolve", n: n, command: command, environment: baseEnvironment,
                             prepare: command, expectReport: false, bytes: corpusBytes[n] ?? 0, reps: max(5, options.reps)))
    }
}

var results: [String: Stats] = [:]
func key(_ b: Bench) -> String { b.id + "/" + (b.n.map(String.init) ?? "shipped") }

for bench in benches {
    guard let prepare = bench.prepare else { continue }
    let run = Spawn.run(prepare, environment: bench.environment)
    if !bench.okStatus.contains(run.status) {
        fail("\(prepare.joined(separator: " ")) exited \(run.status):\n\(run.stderr.prefix(2000))")
    }
}

// Interleaved: repetition r of every benchmark before repetition r + 1 of any.
let maxReps = benches.map(\.reps).max() ?? 0
var firstOutput: [String: String] = [:]
var timedOut: Set<String> = []
for rep in 0..<maxReps {
    for bench in benches where rep < bench.reps {
        if rep > 0, let first = results[key(bench)]?.runs.first, first.wall > repeatLimit { continue }
        let run = Spawn.run(bench.command, environment: bench.environment, timeLimit: timeLimit)
        if run.timedOut {
            print("  [\(rep + 1)/\(bench.reps)] \(key(bench)): killed after \(Int(timeLimit)) s")
            timedOut.insert(key(bench))
            results[key(bench), default: Stats()].runs.append(run)
            continue
        }
        if !bench.okStatus.contains(run.status) {
            let shown = (run.stderr + run.stdout).split(separator: "\n").prefix(15).joined(separator: "\n")
            fail("\(bench.command.joined(separator: " ")) exited \(run.status):\n\(shown)")
        }
        if bench.expectReport && run.report == nil { fail("\(bench.command.joined(separator: " ")) printed no BENCH line") }
        if firstOutput[key(bench)] == nil { firstOutput[key(bench)] = run.stdout }
        results[key(bench), default: Stats()].runs.append(run)
        let shownTime = run.report.map { String(format: "%.3f s inner cpu", $0.cpuSeconds) } ?? String(format: "%.3f s wall", run.wall)
        print("  [\(rep + 1)/\(bench.reps)] \(key(bench)): \(shownTime), \(String(format: "%.0f", Double(run.maxRSS) / 1e6)) MB peak")
        fflush(nil)
    }
}

// MARK: - Instruction counts

/// Instructions executed inside the timed section (BenchSupport.measure) under callgrind: unlike seconds, the
/// same for the same binary and input whatever else the machine runs.
struct InstructionCount { var name: String; var instructions: Int; var bytes: Int }
var instructionCounts: [InstructionCount] = []
func hasValgrind() -> Bool { Spawn.run(["/usr/bin/env", "valgrind", "--version"]).status == 0 }
if options.callgrindFiles > 0, let base = options.sizes.min(), hasValgrind(),
   options.wants("scan") || options.wants("decode") || options.wants("yams") {
    // A fixed subset: the first files of the smallest corpus, by name.
    let subset = options.work + "/corpus-\(base)-first\(options.callgrindFiles)"
    try? FileManager.default.removeItem(atPath: subset)
    try! FileManager.default.createDirectory(atPath: subset, withIntermediateDirectories: true)
    let files = try! profileFiles(in: corpusDir(base)).prefix(options.callgrindFiles)
    var bytes = 0
    for file in files {
        let name = (file as NSString).lastPathComponent
        try! FileManager.default.createSymbolicLink(atPath: subset + "/" + name, withDestinationPath: file)
        bytes += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    }
    var runs: [(String, [String])] = []
    if options.wants("scan") { runs.append(("scan", [native, "scan", subset])) }
    if options.wants("decode") { runs.append(("decode", [native, "decode", subset])) }
    if options.wants("yams") { runs.append(("yams", [yams, "decode", subset])) }
    for (name, command) in runs {
        // valgrind 3.19 gives up on the debug info of bench-yams ("possibly corrupted debuginfo file"): run copies
        // without debug info (the symbol table, which --toggle-collect needs, stays; the instructions are the same).
        var command = command
        let stripped = options.work + "/stripped-" + (command[0] as NSString).lastPathComponent
        if Spawn.run(["/usr/bin/env", "objcopy", "--strip-debug", command[0], stripped]).status == 0 { command[0] = stripped }
        let run = Spawn.run(["/usr/bin/env", "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                             "--toggle-collect=$s12BenchSupport7measure*"] + command)
        let collected = run.stderr.split(separator: "\n").first { $0.contains("Collected :") }
            .flatMap { Int($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) }
        guard run.status == 0, let collected else {
            print("  callgrind \(name): failed (\(run.stderr.suffix(300)))")
            continue
        }
        print("  callgrind \(name) (\(files.count) files): \(collected) instructions")
        instructionCounts.append(InstructionCount(name: name, instructions: collected, bytes: bytes))
    }
}

// MARK: - Report

func mb(_ bytes: Int) -> Double { Double(bytes) / 1e6 }
func f(_ x: Double, _ digits: Int = 3) -> String { x.isNaN ? "-" : String(format: "%.\(digits)f", x) }

struct Row { var cells: [String] }
var rows: [[String]] = []
let header = ["benchmark", "N", "corpus MB", "time s (median)", "what is timed", "CPU s", "MB/s", "peak RSS MB", "RSS / corpus", "runs"]
for bench in benches {
    guard let s = results[key(bench)] else { continue }
    let n = bench.n.map(String.init) ?? "shipped"
    let single = ["scan", "decode", "yams"].contains(bench.id)
    // Single-core work is compared on CPU time of the timed section (robust to other load on the machine);
    // whole commands on wall time.
    let time = single ? s.innerCPU : (bench.expectReport ? s.inner : s.wall)
    let what = single ? "CPU, in-process, 1 core" : (bench.expectReport ? "wall, in-process" : "wall, whole process")
    let cpu = bench.expectReport ? s.innerCPU : s.cpu
    let rate = bench.bytes > 0 && time > 0 ? f(mb(bench.bytes) / time, 1) : "-"
    let rssRatio = bench.bytes > 0 ? f(s.maxRSS / Double(bench.bytes), 2) : "-"
    let killed = timedOut.contains(key(bench)) ? "> " : ""
    rows.append([bench.id, n, bench.bytes > 0 ? f(mb(bench.bytes), 1) : "-", killed + f(time), what, f(cpu), rate,
                 f(s.maxRSS / 1e6, 1), rssRatio, String(s.runs.count)])
}

func render(_ header: [String], _ rows: [[String]], markdown: Bool) -> String {
    if markdown {
        let line = { (c: [String]) in "| " + c.joined(separator: " | ") + " |" }
        return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
    }
    var widths = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    let line = { (c: [String]) in
        c.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.count) }.joined(separator: "  ")
    }
    return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
}

// MARK: - Targets

struct Target {
    var name: String
    var measured: Double
    var limit: Double
    /// true: measured must be <= limit; false: >=.
    var atMost: Bool
    var detail: String
    var met: Bool { atMost ? measured <= limit : measured >= limit }
}

var targets: [Target] = []
@MainActor func stat(_ id: String, _ n: Int?) -> Stats? { results[id + "/" + (n.map(String.init) ?? "shipped")] }

for n in options.sizes {
    if let scan = stat("scan", n), let decode = stat("decode", n) {
        targets.append(Target(name: "decode <= 1.5x raw libyaml scan (N=\(n))", measured: decode.innerCPU / scan.innerCPU,
                              limit: 1.5, atMost: true,
                              detail: "YAMLDecoding \(f(decode.innerCPU)) s vs scan \(f(scan.innerCPU)) s, CPU of the timed section"))
    }
    if let decode = stat("decode", n), let y = stat("yams", n) {
        targets.append(Target(name: ">= 4x faster than Yams (N=\(n))", measured: y.innerCPU / decode.innerCPU, limit: 4, atMost: false,
                              detail: "Yams \(f(y.innerCPU)) s vs YAMLDecoding \(f(decode.innerCPU)) s"))
    }
}
if let n = options.sizes.max() {
    if let v = stat("validate", n) {
        targets.append(Target(name: "validate uses both cores: wall <= 0.6x CPU (N=\(n))", measured: v.wall / v.cpu, limit: 0.6, atMost: true,
                              detail: "wall \(f(v.wall)) s, user+sys \(f(v.cpu)) s"))
        if let scan = stat("scan", n) {
            // The floor as a whole process: one core's CPU time to read and scan the same files.
            targets.append(Target(name: "validate wall <= single-core raw scan + 30% (N=\(n))", measured: v.wall / scan.cpu, limit: 1.3,
                                  atMost: true, detail: "validate wall \(f(v.wall)) s vs scan process CPU \(f(scan.cpu)) s"))
        }
    }
    if let shipped = stat("resolve", nil), let big = stat("resolve", n) {
        targets.append(Target(name: "resolve with \(n) <= 3x resolve with the shipped profiles", measured: big.wall / shipped.wall,
                              limit: 3, atMost: true, detail: "\(f(big.wall)) s vs \(f(shipped.wall)) s, warm index, wall"))
    }
    if let load = stat("load", n), let bytes = corpusBytes[n] {
        targets.append(Target(name: "peak memory loading \(n) (Registry.load) <= 4x corpus on disk", measured: load.maxRSS / Double(bytes),
                              limit: 4, atMost: true, detail: "\(f(load.maxRSS / 1e6, 1)) MB peak for \(f(mb(bytes), 1)) MB of YAML"))
    }
}

// The same ratios in instructions (a cross-check that load on the machine cannot move; not the verdict).
var instructionRows: [[String]] = []
if let scanCount = instructionCounts.first(where: { $0.name == "scan" }) {
    let decodeCount = instructionCounts.first { $0.name == "decode" }
    for c in instructionCounts {
        let perByte = Double(c.instructions) / Double(max(1, c.bytes))
        instructionRows.append([c.name, String(options.callgrindFiles), f(mb(c.bytes), 2), String(c.instructions), f(perByte, 1),
                                f(Double(c.instructions) / Double(scanCount.instructions), 2) + "x",
                                decodeCount.map { f(Double(c.instructions) / Double($0.instructions), 2) + "x" } ?? "-"])
    }
}
let instructionHeader = ["benchmark (callgrind)", "files", "MB", "instructions", "per byte", "vs raw scan", "vs YAMLDecoding"]

let targetHeader = ["target", "measured", "limit", "met", "detail"]
let targetRows = targets.map { t in
    [t.name, f(t.measured, 2) + "x", (t.atMost ? "<= " : ">= ") + f(t.limit, 1) + "x", t.met ? "yes" : "NO", t.detail]
}

// Sanity checks that are not targets: the decoders agree; resolve gives the same plan with the big corpus.
var checks: [String] = []
for n in options.sizes where options.wants("yams") && options.yamsSizes.contains(n) && options.wants("decode") {
    let a = Spawn.run([native, "decode", corpusDir(n), "--digest"]).report?.digest ?? "?"
    let b = Spawn.run([yams, "decode", corpusDir(n), "--digest"]).report?.digest ?? "?"
    checks.append(a == b ? "YAMLDecoding and Yams decode the \(n) profiles to equal values (digest \(a))"
                         : "WARNING: YAMLDecoding (\(a)) and Yams (\(b)) decode the \(n) profiles to different values")
}
if let shipped = firstOutput["resolve/shipped"] {
    for n in options.sizes {
        guard let big = firstOutput["resolve/\(n)"] else { continue }
        checks.append(big == shipped ? "resolve prints the same plan with and without the \(n) extra profiles"
                                     : "note: resolve's output differs with the \(n) extra profiles")
    }
}
// A lookup must not parse every profile: count the corpus profile files a warm `resolve` opens (strace, if present).
if options.wants("resolve"), let n = options.sizes.max(), Spawn.run(["/usr/bin/env", "strace", "-V"]).status == 0 {
    let trace = options.work + "/resolve-\(n).strace"
    let run = Spawn.run(["/usr/bin/env", "strace", "-f", "-e", "trace=openat", "-o", trace, options.supportdir, "resolve",
                         "amazon refund", "--merchants", corpusDir(n)], environment: baseEnvironment)
    let text = (try? String(contentsOfFile: trace, encoding: .utf8)) ?? ""
    let opened = Set(text.split(separator: "\n").filter { !$0.contains("ENOENT") }.compactMap { line -> Substring? in
        guard let start = line.range(of: "\"" + corpusDir(n) + "/")?.upperBound, let end = line[start...].firstIndex(of: "\"")
        else { return nil }
        let name = line[start..<end]
        return name.hasPrefix("_") || name.contains("/") ? nil : name
    })
    if run.status == 0 {
        checks.append("resolve with the \(n) extra profiles (warm index) opened \(opened.count) of their \(n) profile files")
    }
}
for n in options.sizes { if let d = corpusDigests[n] { checks.append("corpus \(n): \(f(mb(corpusBytes[n] ?? 0), 1)) MB, digest \(d), seed \(options.seed)") } }

let date = ISO8601DateFormatter().string(from: Date())
let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(f(Double(ProcessInfo.processInfo.physicalMemory) / 1073741824, 0)) GiB"
print("")
print("Results (\(date), \(machine), load average now \(loadAverage()))")
print(render(header, rows, markdown: false))
print("")
if !instructionRows.isEmpty {
    print(render(instructionHeader, instructionRows, markdown: false))
    print("")
}
print(render(targetHeader, targetRows, markdown: false))
print("")
for c in checks { print(c) }

if let path = options.markdown {
    var md = "Run of \(date) on this machine (\(machine)); load average at the end: \(loadAverage()).\n\n"
    md += render(header, rows, markdown: true) + "\n\n"
    if !instructionRows.isEmpty { md += render(instructionHeader, instructionRows, markdown: true) + "\n\n" }
    md += render(targetHeader, targetRows, markdown: true) + "\n\n"
    md += checks.map { "- " + $0 }.joined(separator: "\n") + "\n"
    try? md.write(toFile: path, atomically: true, encoding: .utf8)
}

let missed = targets.filter { !$0.met }
if !missed.isEmpty {
    print("")
    for t in missed {
        print("MISSED: \(t.name): \(f(t.measured, 2))x, limit \(t.atMost ? "<=" : ">=") \(f(t.limit, 1))x (\(t.detail))")
    }
    exit(1)
}
print("all \(targets.count) targets met")
