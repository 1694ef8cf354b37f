import Foundation
import YAMLDecoding

/// One profile file read from disk: its parsed document (for positions) and the
/// decoded profile, or the problems that kept it from decoding.
public struct LoadedProfileFile: Sendable {
    public let url: URL
    public let document: YAMLDocument?
    public let profile: ProfileFile?
    /// Syntax and schema errors, each at its file:line:column.
    public let errors: [YAMLError]
}

/// Reads profile and vocabulary files, several at a time.
public struct ProfileLoader: Sendable {
    public var decoder: YAMLDecoder

    public init(decoder: YAMLDecoder = YAMLDecoder()) { self.decoder = decoder }

    /// Reads and decodes `files`, using every core; results are in the order of `files`.
    public func load(_ files: [URL]) -> [LoadedProfileFile] {
        let results = UnsafeResults<LoadedProfileFile>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            results[i] = loadOne(files[i])
        }
        return results.values
    }

    /// Reads one file, reporting every unknown key rather than the first.
    public func loadOne(_ url: URL) -> LoadedProfileFile {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let failure = YAMLError(path: path, line: 1, column: 1, message: "cannot read the file: \(error.localizedDescription)")
            return LoadedProfileFile(url: url, document: nil, profile: nil, errors: [failure])
        }
        let document: YAMLDocument
        do {
            document = try decoder.parse(data, path: path)
        } catch let error as YAMLError {
            return LoadedProfileFile(url: url, document: nil, profile: nil, errors: [error])
        } catch {
            let failure = YAMLError(path: path, line: 1, column: 1, message: "\(error)")
            return LoadedProfileFile(url: url, document: nil, profile: nil, errors: [failure])
        }
        let (profile, errors) = decoder.decodeCollectingErrors(ProfileFile.self, from: document)
        return LoadedProfileFile(url: url, document: document, profile: errors.isEmpty ? profile : nil, errors: errors)
    }

    /// Reads vocabulary files and merges them in order.
    public func loadVocabulary(_ files: [URL]) -> (vocabulary: Vocabulary, errors: [YAMLError]) {
        var vocabulary = Vocabulary()
        var errors: [YAMLError] = []
        for url in files {
            do {
                let data = try Data(contentsOf: url)
                let document = try decoder.parse(data, path: url.path)
                let (value, found) = decoder.decodeCollectingErrors(Vocabulary.self, from: document)
                errors += found
                if found.isEmpty, let value { vocabulary.merge(value) }
            } catch let error as YAMLError {
                errors.append(error)
            } catch {
                errors.append(YAMLError(path: url.path, line: 1, column: 1, message: "cannot read the file: \(error.localizedDescription)"))
            }
        }
        return (vocabulary, errors)
    }
}

/// Fixed-size storage written from `concurrentPerform`, each index by one thread.
final class UnsafeResults<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
