import Foundation
import YAMLDecoding

/// A YAML file read from disk: its parsed document (for positions), what it decoded to, and the
/// problems found, each at its file:line:column.
public struct LoadedFile<Value: Sendable>: Sendable {
    public let url: URL
    /// Nil when the file could not be read or is not valid YAML.
    public let document: YAMLDocument?
    /// The decoded value; present even when unknown keys were reported (validation still checks
    /// it), nil when a syntax error, a type error or a missing key stopped decoding.
    public let value: Value?
    public let errors: [YAMLError]

    /// The value only when the file had no problem at all: what the registry serves.
    public var cleanValue: Value? { errors.isEmpty ? value : nil }
}

public typealias LoadedProfileFile = LoadedFile<ProfileFile>

/// Reads profile and vocabulary files, several at a time.
public struct ProfileLoader: Sendable {
    public var decoder: YAMLDecoder

    public init(decoder: YAMLDecoder = YAMLDecoder()) { self.decoder = decoder }

    /// This loader, with profiles resolving the parts they do not define against `parts` (the vocabulary's).
    public func sharing(_ parts: ProfileParts) -> ProfileLoader {
        var copy = self
        if parts.isEmpty { copy.decoder.userInfo[ProfileFile.sharedPartsKey] = nil } else { copy.decoder.userInfo[ProfileFile.sharedPartsKey] = parts }
        return copy
    }

    /// Reads and decodes `files` as profiles, using every core; results are in the order of `files`.
    public func load(_ files: [URL]) -> [LoadedProfileFile] {
        let results = Slots<LoadedProfileFile>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            results[i] = loadOne(files[i])
        }
        return Array(results.values)
    }

    /// Reads `files` a chunk at a time (each chunk on every core) and hands each result to `body` in
    /// order, so that only one chunk's documents (node trees and source bytes) are alive at once.
    public func forEachLoaded(_ files: [URL], chunkSize: Int = 256, _ body: (Int, LoadedProfileFile) -> Void) {
        var start = 0
        while start < files.count {
            let end = min(start + chunkSize, files.count)
            for (offset, file) in load(Array(files[start..<end])).enumerated() { body(start + offset, file) }
            start = end
        }
    }

    /// Reads one profile file, reporting every unknown key rather than the first.
    public func loadOne(_ url: URL) -> LoadedProfileFile { read(url, as: ProfileFile.self) }

    /// Reads one file as `Value`. The bytes go to the decoder untouched, so invalid UTF-8 is
    /// reported at its position. `path` is what messages show (default: the file's path).
    public func read<Value: Decodable & Sendable>(_ url: URL, as type: Value.Type, path: String? = nil) -> LoadedFile<Value> {
        let shown = path ?? url.path
        switch bytes(of: url, path: shown) {
        case .success(let data): return read(data, url: url, as: type, path: shown)
        case .failure(let failure): return LoadedFile(url: url, document: nil, value: nil, errors: [failure])
        }
    }

    /// The bytes of a file for the decoder, its size checked before reading (``BoundedFileRead``): a file over the
    /// decoder's limit, or one that cannot be read (a pipe, a device, no permission), is an error at 1:1 in the
    /// user's words, and memory stays within the limit whatever the file's size.
    public func bytes(of url: URL, path: String) -> Result<Data, YAMLError> {
        let limit = decoder.limits.maxInputBytes
        do {
            switch try BoundedFileRead.read(url, limit: limit) {
            case .data(let data): return .success(data)
            case .tooLarge(let size):
                let what = size.map { "is \($0) bytes" } ?? "is more than \(limit) bytes"
                return .failure(YAMLError(path: path, line: 1, column: 1, message: "the file \(what); the limit is \(limit) bytes (limit maxInputBytes)"))
            }
        } catch {
            return .failure(YAMLError(path: path, line: 1, column: 1, message: "cannot read the file: \(error.reason)"))
        }
    }

    /// Decodes bytes already in memory as `Value`; never throws, problems become `errors`.
    public func read<Value: Decodable & Sendable>(_ data: Data, url: URL, as type: Value.Type, path: String) -> LoadedFile<Value> {
        let document: YAMLDocument
        do {
            document = try decoder.parse(data, path: path)
        } catch let error as YAMLError {
            var first = error
            first.others = []
            return LoadedFile(url: url, document: nil, value: nil, errors: [first] + error.others)
        } catch {
            return LoadedFile(url: url, document: nil, value: nil,
                              errors: [YAMLError(path: path, line: 1, column: 1, message: "\(error)")])
        }
        let (value, errors) = decoder.decodeCollectingErrors(type, from: document)
        return LoadedFile(url: url, document: document, value: value, errors: errors)
    }

    /// Reads vocabulary files and merges them in order; a file with problems adds nothing.
    public func loadVocabulary(_ files: [URL]) -> (vocabulary: Vocabulary, errors: [YAMLError]) {
        var vocabulary = Vocabulary()
        var errors: [YAMLError] = []
        for url in files {
            let file = read(url, as: Vocabulary.self)
            errors += file.errors
            if let value = file.cleanValue { vocabulary.merge(value) }
        }
        return (vocabulary, errors)
    }
}

/// One value per index, each written and read by one worker at a time (`concurrentPerform` iterations touch
/// only their own index; its end orders them before what follows), so no lock is needed, and freeing a
/// value happens on the worker that frees it.
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    init(_ values: some Collection<Value>) {
        storage = .allocate(capacity: values.count)
        _ = storage.initialize(from: values.lazy.map { Optional($0) })
    }

    var count: Int { storage.count }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Drops the value at `index` here, on the calling thread.
    func free(_ index: Int) {
        storage[index] = nil
    }

    /// The values present, in index order.
    var values: some Sequence<Value> { storage.lazy.compactMap { $0 } }
}
