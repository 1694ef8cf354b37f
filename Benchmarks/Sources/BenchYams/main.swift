import BenchSupport
import Foundation
import Yams

/// bench-yams: Yams' YAMLDecoder decoding the corpus into the same model (the files of
/// Sources/SupportDirectory/Model, compiled into this executable through symlinks), one core.
///
///   bench-yams decode DIR [--digest]

var arguments = Array(CommandLine.arguments.dropFirst())
let digest = arguments.contains("--digest")
arguments.removeAll { $0 == "--digest" }
guard arguments.count == 2, arguments[0] == "decode" else { fail("usage: bench-yams decode DIR [--digest]") }
let dir = arguments[1]

let paths = try profileFiles(in: dir)
if paths.isEmpty { fail("no profile files in \(dir)") }
let data = try readFiles(paths)
let bytes = data.reduce(0) { $0 + $1.count }
let decoder = Yams.YAMLDecoder()
let timed = measure {
    var profiles: [ProfileFile] = []
    profiles.reserveCapacity(data.count)
    for (path, file) in zip(paths, data) {
        do {
            profiles.append(try decoder.decode(ProfileFile.self, from: file))
        } catch {
            fail("\(path): \(error)")
        }
    }
    return profiles
}

var digestText = ""
if digest {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var fnv = FNV1a()
    for profile in timed.value { fnv.add(try encoder.encode(profile)) }
    digestText = fnv.hex
}
BenchReport(name: "yams", seconds: timed.seconds, bytes: bytes, files: paths.count, items: timed.value.count,
            digest: digestText, cpuSeconds: timed.cpu).emit()
