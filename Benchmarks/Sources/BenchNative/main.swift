import BenchSupport
import CYAMLScan
import Foundation
import SupportDirectory
import YAMLDecoding

/// bench-native: the corpus generator and every benchmark that runs supportdir's own code or the
/// raw libyaml scan. Each mode prints one `BENCH {json}` line (see BenchSupport).
///
///   bench-native corpus COUNT OUT --vocabulary DIR [--seed S]
///   bench-native scan DIR            raw libyaml event scan of every profile file, one core
///   bench-native decode DIR [--digest]  YAMLDecoding into ProfileFile, one core
///   bench-native load DIR            Registry.load(folders: [DIR])
///   bench-native indexed DIR --cache CACHE [--cold]   Registry.loadIndexed

var arguments = Array(CommandLine.arguments.dropFirst())

@MainActor func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    let value = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
    return value
}

@MainActor func flag(_ name: String) -> Bool {
    guard let i = arguments.firstIndex(of: name) else { return false }
    arguments.remove(at: i)
    return true
}

guard let mode = arguments.first else { fail("usage: bench-native corpus|scan|decode|load|indexed ...") }
arguments.removeFirst()

switch mode {
case "corpus": runCorpus()
case "version": print(CorpusGenerator.version)
case "scan": runScan()
case "decode": runDecode()
case "load": runLoad()
case "indexed": runIndexed()
default: fail("unknown mode '\(mode)'")
}

// MARK: - corpus

@MainActor func runCorpus() {
    let seed = UInt64(option("--seed") ?? "20261122") ?? 20261122
    guard let vocabularyDir = option("--vocabulary") else { fail("corpus needs --vocabulary DIR (Merchants/_vocabulary)") }
    guard arguments.count == 2, let count = Int(arguments[0]) else { fail("usage: bench-native corpus COUNT OUT --vocabulary DIR") }
    let out = arguments[1]
    let fm = FileManager.default

    // The shipped vocabulary, decoded by the library itself, so routes name real issues and templates.
    let vocabularyFiles = try! fm.contentsOfDirectory(atPath: vocabularyDir).filter { $0.hasSuffix(".yaml") }.sorted()
        .map { URL(fileURLWithPath: vocabularyDir + "/" + $0) }
    let (vocabulary, errors) = ProfileLoader().loadVocabulary(vocabularyFiles)
    if !errors.isEmpty { fail("the vocabulary has errors:\n" + errors.map(\.description).joined(separator: "\n")) }
    let ids = VocabularyIDs(issues: vocabulary.issues.map(\.id), preparations: vocabulary.preparations.map(\.id),
                            templates: vocabulary.templates.map(\.id))
    guard ids.issues.count >= 10, !ids.preparations.isEmpty, !ids.templates.isEmpty else {
        fail("the vocabulary has too few issues, preparations or templates to build routes")
    }

    try? fm.removeItem(atPath: out)
    try! fm.createDirectory(atPath: out, withIntermediateDirectories: true)
    try! fm.copyItem(atPath: vocabularyDir, toPath: out + "/_vocabulary")

    var digest = FNV1a()
    var bytes = 0
    var files = 0
    let generator = CorpusGenerator(count: count, seed: seed, vocabulary: ids)
    let decoder = YAMLDecoding.YAMLDecoder()
    var problems: [String] = []
    let timed = measure {
        generator.generate { name, text in
            let data = Data(text.utf8)
            digest.add(name)
            digest.add(data)
            bytes += data.count
            files += 1
            // Every generated profile must decode with no error (else the corpus measures error paths).
            do {
                let document = try decoder.parse(data, path: name)
                let (_, errors) = decoder.decodeCollectingErrors(ProfileFile.self, from: document)
                problems += errors.prefix(3).map(\.description)
            } catch {
                problems.append("\(error)")
            }
            if problems.count > 20 { fail("generated profiles do not decode:\n" + problems.joined(separator: "\n")) }
            try! data.write(to: URL(fileURLWithPath: out + "/" + name))
        }
    }
    if !problems.isEmpty { fail("generated profiles do not decode:\n" + problems.joined(separator: "\n")) }
    let stamp = "corpus v\(CorpusGenerator.version) seed \(seed) count \(count) bytes \(bytes) digest \(digest.hex)\n"
    try! stamp.write(toFile: out + "/.corpus-stamp", atomically: true, encoding: .utf8)
    BenchReport(name: "corpus", seconds: timed.seconds, bytes: bytes, files: files, items: files, digest: digest.hex,
                cpuSeconds: timed.cpu, notes: ["seed": String(seed), "vocabularyIssues": String(ids.issues.count)]).emit()
}

// MARK: - raw libyaml scan (the floor)

/// Parses every event of one buffer with libyaml and builds nothing; returns the event count.
func scanEvents(_ buffer: UnsafeRawBufferPointer) -> Int {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { fail("yaml_parser_initialize failed") }
    defer { yaml_parser_delete(&parser) }
    var empty: UInt8 = 0
    let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? withUnsafePointer(to: &empty) { $0 }
    yaml_parser_set_input_string(&parser, base, buffer.count)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    var event = yaml_event_t()
    var events = 0
    while true {
        guard yaml_parser_parse(&parser, &event) == 1 else { fail("libyaml could not parse a corpus file") }
        let type = event.type
        yaml_event_delete(&event)
        events += 1
        if type == YAML_STREAM_END_EVENT { return events }
    }
}

func loadCorpus(_ dir: String) -> (paths: [String], data: [Data], bytes: Int) {
    let paths = try! profileFiles(in: dir)
    if paths.isEmpty { fail("no profile files in \(dir)") }
    let data = try! readFiles(paths)
    return (paths, data, data.reduce(0) { $0 + $1.count })
}

@MainActor func runScan() {
    guard let dir = arguments.first else { fail("usage: bench-native scan DIR") }
    let corpus = loadCorpus(dir)
    let timed = measure {
        var events = 0
        for data in corpus.data { events += data.withUnsafeBytes(scanEvents) }
        return events
    }
    BenchReport(name: "scan", seconds: timed.seconds, bytes: corpus.bytes, files: corpus.paths.count, items: timed.value,
                cpuSeconds: timed.cpu).emit()
}

// MARK: - YAMLDecoding

@MainActor func runDecode() {
    let digest = flag("--digest")
    guard let dir = arguments.first else { fail("usage: bench-native decode DIR") }
    let corpus = loadCorpus(dir)
    let decoder = YAMLDecoding.YAMLDecoder()
    let timed = measure {
        var profiles: [ProfileFile] = []
        profiles.reserveCapacity(corpus.data.count)
        for (path, data) in zip(corpus.paths, corpus.data) {
            do {
                profiles.append(try decoder.decode(ProfileFile.self, from: data, path: path))
            } catch {
                fail("\(error)")
            }
        }
        return profiles
    }
    BenchReport(name: "decode", seconds: timed.seconds, bytes: corpus.bytes, files: corpus.paths.count,
                items: timed.value.count, digest: digest ? profileDigest(timed.value) : "", cpuSeconds: timed.cpu).emit()
}

/// Sorted-key JSON of every profile, hashed: equal digests mean equal decoded values.
func profileDigest(_ profiles: [ProfileFile]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var fnv = FNV1a()
    for profile in profiles { fnv.add(try! encoder.encode(profile)) }
    return fnv.hex
}

// MARK: - Registry

@MainActor func runLoad() {
    guard let dir = arguments.first else { fail("usage: bench-native load DIR") }
    let bytes = try! profileFiles(in: dir).reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    let timed = measure { Registry.load(folders: [URL(fileURLWithPath: dir)]) }
    let registry = timed.value
    if !registry.problems.isEmpty { fail("registry problems: \(registry.problems.prefix(3))") }
    BenchReport(name: "load", seconds: timed.seconds, bytes: bytes, files: registry.entries.count, items: registry.entries.count,
                cpuSeconds: timed.cpu).emit()
    withExtendedLifetime(registry) {}
}

@MainActor func runIndexed() {
    let cold = flag("--cold")
    guard let cacheDir = option("--cache") else { fail("indexed needs --cache DIR") }
    guard let dir = arguments.first else { fail("usage: bench-native indexed DIR --cache CACHE [--cold]") }
    if cold { try? FileManager.default.removeItem(atPath: cacheDir) }
    let bytes = try! profileFiles(in: dir).reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    let cache = IndexCache(directory: URL(fileURLWithPath: cacheDir))
    let timed = measure { Registry.loadIndexed(folders: [URL(fileURLWithPath: dir)], cache: cache) }
    let registry = timed.value
    if !registry.problems.isEmpty { fail("registry problems: \(registry.problems.prefix(3))") }
    BenchReport(name: cold ? "indexed-cold" : "indexed-warm", seconds: timed.seconds, bytes: bytes, files: registry.entries.count,
                items: registry.entries.count, cpuSeconds: timed.cpu).emit()
    withExtendedLifetime(registry) {}
}
