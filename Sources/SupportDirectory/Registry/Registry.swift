import Foundation
import YAMLDecoding

/// Where a registered profile came from.
public enum ProfileOrigin: Sendable, Hashable, CustomStringConvertible {
    case file(String)
    /// Registered in code by an app embedding the library.
    case code(String)

    public var description: String {
        switch self {
        case let .file(path): return path
        case let .code(name): return "\(name) (registered in code)"
        }
    }
}

/// A problem found while loading: a broken file, a clashing id.
public struct RegistryProblem: Error, Sendable, CustomStringConvertible {
    public let error: YAMLError
    public var description: String { error.description }
}

/// All known merchant profiles and the shared vocabulary, with lookup by id or alias.
///
/// ```swift
/// var registry = Registry.load(folders: MerchantFolders.all(extra: []))
/// try registry.register(MyShopProfile())     // a profile written in Swift
/// let amazon = registry.lookup("アマゾン").first
/// ```
public struct Registry: Sendable {
    public struct Entry: Sendable {
        public let profile: any MerchantProfile
        public let origin: ProfileOrigin
    }

    public private(set) var entries: [Entry] = []
    public var vocabulary: Vocabulary
    /// Files that could not be used and ids that clash. The other profiles still serve lookups.
    public private(set) var problems: [RegistryProblem] = []
    private var byID: [String: Int] = [:]
    private var byKey: [String: [Int]] = [:]

    public init(vocabulary: Vocabulary = Vocabulary()) { self.vocabulary = vocabulary }

    /// Loads every profile and vocabulary file of `folders`, in order (see ``MerchantFolders``).
    public static func load(folders: [URL], loader: ProfileLoader = ProfileLoader()) -> Registry {
        var registry = Registry()
        var profileFiles: [URL] = []
        var vocabularyFiles: [URL] = []
        for folder in folders {
            do {
                profileFiles += try MerchantFolders.profileFiles(in: folder)
                vocabularyFiles += try MerchantFolders.vocabularyFiles(in: folder)
            } catch {
                registry.problems.append(RegistryProblem(error: YAMLError(
                    path: folder.path, line: 1, column: 1,
                    message: "cannot read the folder: \(error.localizedDescription)")))
            }
        }
        let (vocabulary, vocabularyErrors) = loader.loadVocabulary(vocabularyFiles)
        registry.vocabulary = vocabulary
        registry.problems += vocabularyErrors.map(RegistryProblem.init)
        for file in loader.load(profileFiles) {
            registry.problems += file.errors.map(RegistryProblem.init)
            if let profile = file.profile, let document = file.document {
                registry.add(profile, origin: .file(file.url.path), document: document)
            }
        }
        return registry
    }

    /// Adds a profile written in Swift. Throws when its id is taken.
    public mutating func register(_ profile: some MerchantProfile, name: String? = nil) throws {
        if let taken = byID[profile.id] {
            throw RegistryProblem(error: YAMLError(
                path: name ?? String(describing: type(of: profile)), line: 1, column: 1,
                message: "the id '\(profile.id)' is already used by \(entries[taken].origin)"))
        }
        insert(Entry(profile: profile, origin: .code(name ?? String(describing: type(of: profile)))))
    }

    private mutating func add(_ profile: ProfileFile, origin: ProfileOrigin, document: YAMLDocument) {
        if let taken = byID[profile.id] {
            let idKey = [ProfileFile.CodingKeys.id] as [any CodingKey]
            problems.append(RegistryProblem(error: document.error(
                "the id '\(profile.id)' is already used by \(entries[taken].origin); ids must be unique across all folders",
                at: document.location(of: idKey))))
            return
        }
        insert(Entry(profile: profile, origin: origin))
    }

    private mutating func insert(_ entry: Entry) {
        let index = entries.count
        entries.append(entry)
        byID[entry.profile.id] = index
        for key in Registry.lookupKeys(of: entry.profile) {
            byKey[key, default: []].append(index)
        }
    }

    static func lookupKeys(of profile: any MerchantProfile) -> Set<String> {
        var names = [profile.id] + profile.aliases + profile.names.allTexts + profile.domains
        names += profile.storefronts.map(\.domain)
        return Set(names.map(SearchKey.fold).filter { !$0.isEmpty })
    }

    public var profiles: [any MerchantProfile] { entries.map(\.profile).sorted { $0.id < $1.id } }

    public func profile(id: String) -> (any MerchantProfile)? { byID[id].map { entries[$0].profile } }

    public func origin(of id: String) -> ProfileOrigin? { byID[id].map { entries[$0].origin } }

    /// Profiles whose id, name, alias or domain equals `name` once folded
    /// (case, width, accents and spacing ignored), sorted by id.
    public func lookup(_ name: String) -> [any MerchantProfile] {
        let key = SearchKey.fold(name)
        if let exact = byID[name] { return [entries[exact].profile] }
        return (byKey[key] ?? []).map { entries[$0].profile }.sorted { $0.id < $1.id }
    }

    /// Every folded name of every profile, with the profile id (for fuzzy matching).
    public var lookupTable: [(key: String, id: String)] {
        byKey.flatMap { key, indices in indices.map { (key, entries[$0].profile.id) } }.sorted { $0.key < $1.key }
    }

    /// The sellers and brands that name `marketplace` in `sells_on`.
    public func sellers(on marketplace: String) -> [any MerchantProfile] {
        profiles.filter { $0.sellsOn.contains(marketplace) }
    }
}
