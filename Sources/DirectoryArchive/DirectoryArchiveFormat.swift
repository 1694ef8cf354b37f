import Crypto
import Foundation
import SupportDirectory

/// The published directory as one signed file, served next to the site's JSON API (`api/v1/directory.sda`).
///
/// ```
/// supportdir-directory-archive 1\n          format line (signed)
/// key <16 hex digits>\n                     id of the Ed25519 public key that signed it
/// signature <base64 of 64 bytes>\n          Ed25519 over the format line followed by the body
/// body:
/// manifest <n>\n<n bytes of JSON>\n         DirectoryManifest: format, published, dataDate, files (path, size, sha256)
/// file <n> <path>\n<n bytes>\n              once per profile, then per _vocabulary/ file, in manifest order
/// end\n
/// ```
/// Every size is checked before anything is read, every path is a profile or vocabulary name
/// (``ArchivePath``), and nothing of the body is trusted before the signature verifies.
public enum DirectoryArchiveFormat {
    public static let formatLine = "supportdir-directory-archive 1\n"
    /// An archive larger than this is refused before it is read (the shipped directory is well under 1 MB).
    public static let maximumBytes = 64 << 20
    public static let maximumFiles = 100_000

    /// The archive of the YAML files of `folder`, signed with `key`.
    public static func write(folder: URL, key: SigningKey, published: Date = Date()) throws -> Data {
        let paths = try DirectoryManifest.relativeYAMLPaths(in: folder)
        var contents: [(String, Data)] = []
        for path in paths {
            guard ArchivePath(path) != nil else { throw ArchiveError("\(path): not a profile or vocabulary file name") }
            contents.append((path, try Data(contentsOf: folder.appendingPathComponent(path))))
        }
        var manifest = try DirectoryManifest.make(folder: folder, published: published)
        manifest.files = contents.map { DirectoryManifest.File(path: $0.0, size: $0.1.count, sha256: sha256($0.1)) }
        var body = Data()
        let json = try manifest.encoded()
        body += Data("manifest \(json.count)\n".utf8) + json + Data("\n".utf8)
        for (path, data) in contents {
            body += Data("file \(data.count) \(path)\n".utf8) + data + Data("\n".utf8)
        }
        body += Data("end\n".utf8)
        let signed = Data(formatLine.utf8) + body
        let signature = try key.sign(signed)
        return Data(formatLine.utf8) + Data("key \(key.publicKey.id)\nsignature \(signature.base64EncodedString())\n".utf8) + body
    }

    /// A verified archive: its manifest and files, in order.
    public struct Contents: Sendable {
        public var manifest: DirectoryManifest
        public var files: [(path: ArchivePath, data: Data)]
        /// The key that signed it.
        public var keyID: String
    }

    /// Checks the signature against `trusted`, then reads the body. Throws what is wrong, in words.
    public static func read(_ data: Data, trusted: [TrustedKey]) throws(ArchiveError) -> Contents {
        guard data.count <= maximumBytes else { throw ArchiveError("the archive is \(data.count) bytes, over the \(maximumBytes)-byte limit") }
        var reader = ByteReader(data)
        guard let format = reader.line(max: 64), format + "\n" == formatLine else {
            if data.isEmpty { throw ArchiveError("the download is empty") }
            throw ArchiveError("not a supportdir directory archive (it does not start with '\(formatLine.dropLast())')")
        }
        guard let keyLine = reader.line(max: 64), keyLine.hasPrefix("key "),
              let signatureLine = reader.line(max: 200), signatureLine.hasPrefix("signature ") else {
            throw ArchiveError("the archive is not signed (no 'key' and 'signature' lines); refusing it")
        }
        let keyID = String(keyLine.dropFirst(4))
        guard let signature = Data(base64Encoded: String(signatureLine.dropFirst(10))), signature.count == 64 else {
            throw ArchiveError("the archive's signature line is not an Ed25519 signature (base64 of 64 bytes)")
        }
        guard let key = trusted.first(where: { $0.id == keyID }) else {
            throw ArchiveError("the archive is signed by key \(keyID), which this supportdir does not trust (trusted: \(trusted.map(\.id).joined(separator: ", ")))")
        }
        let body = data[reader.offset...]
        guard key.verifies(signature, of: Data(formatLine.utf8) + body) else {
            // Say why if the body shows it: a download cut short is the common case.
            if let shortBy = try? parseBody(body).missing, shortBy > 0 {
                throw ArchiveError("the archive is incomplete (it ends \(shortBy)+ bytes early: a truncated download?), so its signature does not verify")
            }
            throw ArchiveError("the archive's signature does not verify with key \(keyID): it was altered after signing or signed by another key")
        }
        let parsed = try parseBody(body)
        guard parsed.missing == 0, let manifest = parsed.manifest else {
            throw ArchiveError("the signed archive is incomplete")   // cannot happen for an archive the writer made
        }
        try check(manifest, against: parsed.files)
        return Contents(manifest: manifest, files: parsed.files, keyID: keyID)
    }

    struct ParsedBody {
        var manifest: DirectoryManifest?
        var files: [(path: ArchivePath, data: Data)] = []
        /// Bytes known to be missing at the end (0: the body is whole).
        var missing = 0
    }

    static func parseBody(_ body: Data) throws(ArchiveError) -> ParsedBody {
        var reader = ByteReader(body)
        var parsed = ParsedBody()
        guard let header = reader.line(max: 64) else { parsed.missing = 1; return parsed }
        guard header.hasPrefix("manifest "), let size = Int(header.dropFirst(9)), size >= 0, size <= maximumBytes else {
            throw ArchiveError("the archive has no manifest where one belongs")
        }
        guard let json = reader.bytes(size, thenNewline: true) else { parsed.missing = size + 1 - reader.remaining; return parsed }
        do {
            parsed.manifest = try JSONDecoder().decode(DirectoryManifest.self, from: json)
        } catch {
            throw ArchiveError("the archive's manifest is not readable JSON: \(error)")
        }
        while true {
            guard let line = reader.line(max: 400) else { parsed.missing = 1; return parsed }
            if line == "end" { break }
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, parts[0] == "file", let size = Int(parts[1]), size >= 0, size <= maximumBytes else {
                throw ArchiveError("unexpected line in the archive: '\(String(line.prefix(80)))'")
            }
            guard let path = ArchivePath(String(parts[2])) else {
                throw ArchiveError("the archive holds '\(String(parts[2].prefix(80)))', which is not a profile or vocabulary file name")
            }
            guard parsed.files.count < maximumFiles else { throw ArchiveError("the archive holds more than \(maximumFiles) files") }
            guard let data = reader.bytes(size, thenNewline: true) else { parsed.missing = size + 1 - reader.remaining; return parsed }
            parsed.files.append((path, data))
        }
        guard reader.remaining == 0 else { throw ArchiveError("the archive has \(reader.remaining) bytes after its end") }
        return parsed
    }

    static func check(_ manifest: DirectoryManifest, against files: [(path: ArchivePath, data: Data)]) throws(ArchiveError) {
        guard manifest.format <= DirectoryManifest.currentFormat else {
            throw ArchiveError("the archive's directory format \(manifest.format) is newer than this supportdir reads (\(DirectoryManifest.currentFormat)); update supportdir itself")
        }
        guard manifest.files.map(\.path) == files.map(\.path.value) else {
            throw ArchiveError("the archive's files are not those its manifest lists")
        }
        guard Set(files.map(\.path)).count == files.count else { throw ArchiveError("the archive holds a file twice") }
        for (entry, file) in zip(manifest.files, files) {
            guard entry.size == file.data.count, entry.sha256 == nil || entry.sha256 == sha256(file.data) else {
                throw ArchiveError("\(entry.path) in the archive does not match its manifest entry (size or SHA-256)")
            }
        }
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

/// Reads lines and counted bytes from untrusted data, never past its end.
struct ByteReader {
    let data: Data
    var offset: Data.Index

    init(_ data: Data) { self.data = data; offset = data.startIndex }

    var remaining: Int { data.endIndex - offset }

    /// The next line without its newline; nil at the end, when there is no newline within `max` bytes, or
    /// when it is not UTF-8.
    mutating func line(max: Int) -> String? {
        let end = data.index(offset, offsetBy: min(max, remaining))
        guard let newline = data[offset..<end].firstIndex(of: 0x0A) else { return nil }
        guard let text = String(data: data[offset..<newline], encoding: .utf8) else { return nil }
        offset = newline + 1
        return text
    }

    /// `count` bytes, then a newline; nil when the data ends first.
    mutating func bytes(_ count: Int, thenNewline: Bool) -> Data? {
        guard remaining >= count + 1, data[offset + count] == 0x0A else { return nil }
        let result = data[offset..<(offset + count)]
        offset += count + 1
        return Data(result)
    }
}
