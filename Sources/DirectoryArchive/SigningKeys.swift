import Crypto
import Foundation
import SupportDirectory

/// An Ed25519 public key that `update` trusts, named by a short id (the first 8 bytes of its SHA-256).
public struct TrustedKey: Sendable, Equatable {
    public let raw: Data

    public init?(base64 text: String) {
        guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), raw.count == 32,
              (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else { return nil }
        self.raw = raw
    }

    public init(_ key: Curve25519.Signing.PublicKey) { raw = key.rawRepresentation }

    public var id: String { KeyID.of(raw) }
    public var base64: String { raw.base64EncodedString() }

    func verifies(_ signature: Data, of message: Data) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: message)
    }

    /// The keys of the published directory. Only the public half is here; the private half is a secret of the
    /// site's publishing workflow (SUPPORTDIR_SIGNING_KEY) and never in the repository.
    public static let published: [TrustedKey] = [
        // supportdir directory key 1 (id shown by `supportdir archive`), made 2026-12-02.
        "qRevApkEE1k+nyKQ/auMGpSpXI6jHVTk+GnWeL6oAvA=",
    ].compactMap { TrustedKey(base64: $0) }

    /// The published keys, plus one given in `SUPPORTDIR_UPDATE_PUBLIC_KEY` (a mirror signing with its own key).
    public static func trusted(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ArchiveError) -> [TrustedKey] {
        guard let extra = environment["SUPPORTDIR_UPDATE_PUBLIC_KEY"], !extra.isEmpty else { return published }
        guard let key = TrustedKey(base64: extra) else {
            throw ArchiveError("SUPPORTDIR_UPDATE_PUBLIC_KEY is not an Ed25519 public key (base64 of 32 bytes)")
        }
        return published + [key]
    }
}

enum KeyID {
    static func of(_ publicKey: Data) -> String {
        SHA256.hash(data: publicKey).prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}

/// The private key that signs an archive. Its file holds one line, `supportdir-signing-key <base64 of the
/// 32-byte seed>`; the same text (or the bare base64) can come from an environment variable.
public struct SigningKey: Sendable {
    let key: Curve25519.Signing.PrivateKey

    public static let fileHeader = "supportdir-signing-key"

    /// A new random key (tests, and `supportdir archive --new-key`).
    public init() { key = Curve25519.Signing.PrivateKey() }

    public init(text: String) throws(ArchiveError) {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.hasPrefix(Self.fileHeader) { body = String(body.dropFirst(Self.fileHeader.count)).trimmingCharacters(in: .whitespaces) }
        guard let seed = Data(base64Encoded: body), seed.count == 32,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
            throw ArchiveError("not a signing key: expected '\(Self.fileHeader) ' and the base64 of a 32-byte Ed25519 seed")
        }
        self.key = key
    }

    /// A key file holds one short line; anything past a few KB is not one.
    static let fileLimit = 4096

    public init(contentsOf url: URL) throws(ArchiveError) {
        let path = OutputEscaping.clean(url.path)
        let hint = "a key file is made with `supportdir archive --new-key FILE`"
        let outcome: BoundedFileRead.Outcome
        do { outcome = try BoundedFileRead.read(url, limit: Self.fileLimit) } catch {
            throw ArchiveError("cannot read the signing key \(path): \(error.reason); \(hint)")
        }
        guard case let .data(data) = outcome else {
            throw ArchiveError("\(path) is not a signing key: it is larger than \(Self.fileLimit) bytes; \(hint)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ArchiveError("\(path) is not a signing key: it is not UTF-8 text; \(hint)")
        }
        do { try self.init(text: text) } catch {
            throw ArchiveError("\(path) is \(error.message); \(hint)")
        }
    }

    /// The key file's text.
    public var fileText: String { "\(Self.fileHeader) \(key.rawRepresentation.base64EncodedString())\n" }

    public var publicKey: TrustedKey { TrustedKey(key.publicKey) }

    func sign(_ message: Data) throws -> Data { try key.signature(for: message) }
}

/// Why an archive could not be written, read or installed, in words for the user.
public struct ArchiveError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
