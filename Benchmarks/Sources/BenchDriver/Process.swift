import BenchSupport
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one child process did: its wall time as seen by the driver, its CPU and peak memory from
/// `wait4`'s rusage (the child alone, not the driver), its exit status and output.
struct ProcessRun {
    var wall: Double
    var user: Double
    var system: Double
    /// ru_maxrss of the child, in bytes (Linux reports KiB).
    var maxRSS: Int
    var status: Int32
    var stdout: String
    var stderr: String
    var report: BenchReport?
    /// Killed after the time limit.
    var timedOut = false

    var cpu: Double { user + system }
}

enum Spawn {
    /// Runs `arguments[0]` with `arguments[1...]`, stdout and stderr to temporary files, and waits for it.
    static func run(_ arguments: [String], environment: [String: String?] = [:], timeLimit: Double = .infinity) -> ProcessRun {
        let tmp = FileManager.default.temporaryDirectory.path
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let outPath = "\(tmp)/bench-\(token).out"
        let errPath = "\(tmp)/bench-\(token).err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }  // nil removes the variable
        let envStrings = env.map { "\($0.key)=\($0.value)" }

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }

        var pid: pid_t = 0
        let start = monotonicSeconds()
        let rc = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        if rc != 0 { fail("cannot start \(arguments[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let r = wait4(pid, &status, timeLimit.isFinite ? WNOHANG : 0, &usage)
            if r == pid { break }
            if r < 0 {
                if errno == EINTR { continue }
                fail("wait4 failed: \(String(cString: strerror(errno)))")
            }
            // Still running (WNOHANG).
            if monotonicSeconds() - start > timeLimit, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2000)
        }
        let wall = monotonicSeconds() - start

        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        let code: Int32 = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        #if canImport(Darwin)
        let rss = Int(usage.ru_maxrss)
        #else
        let rss = Int(usage.ru_maxrss) * 1024
        #endif
        let report = out.split(separator: "\n").lazy.compactMap { BenchReport.parse(line: $0) }.first
        return ProcessRun(wall: wall, user: seconds(usage.ru_utime), system: seconds(usage.ru_stime), maxRSS: rss,
                          status: code, stdout: out, stderr: err, report: report, timedOut: timedOut)
    }
}
