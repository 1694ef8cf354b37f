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
    public init(error: YAMLError) { self.error = error }
    public var description: String { error.description }
}

/// All known merchant profiles and the shared vocabulary, with lookup by id or alias.
///
/// ```swift
/// var registry = Registry.load(folders: MerchantFolders.all(extra: []))
/// try registry.register(MyShopProfile())     // a profile written in Swift
/// let amazon = registry.lookup("アマゾン").first
/// ```
///
/// A registry made by ``load(folders:loader:)`` holds every profile decoded. One made by
/// ``loadIndexed(folders:cache:loader:)`` answers lookups from the on-disk index as read (ids,
/// names, aliases, kind, group, marketplaces, in sorted tables), builds an ``Entry`` only when
/// asked for one, and decodes a profile the first time it is asked for. `entries`, `profiles`,
/// `ids` and `lookupTable` list every profile, so on a large indexed registry they cost in
/// proportion to it; `lookup`, `profile(id:)`, `members(ofGroup:)` and `sellers(on:)` do not.
public struct Registry: Sendable {
    /// One registered profile.
    public struct Entry: Sendable {
        public let id: String
        public let kind: MerchantKind
        public let group: String?
        public let sellsOn: [String]
        public let origin: ProfileOrigin
        /// Folded names, sorted, without repeats.
        let keys: [String]
        let slot: ProfileSlot

        /// The profile; nil only if its file changed into something undecodable since it was indexed.
        public var profile: (any MerchantProfile)? { slot.value }
    }

    /// Every profile, in the order added: those of the on-disk index, then those added one by one.
    public var entries: [Entry] { (indexed?.entries ?? []) + added }
    public var vocabulary: Vocabulary
    /// Files that could not be used and ids that clash. The other profiles still serve lookups.
    public internal(set) var problems: [RegistryProblem] = []
    /// The profiles read through the on-disk index (``loadIndexed(folders:cache:loader:)``), served from it.
    var indexed: IndexedProfiles?
    /// Profiles added one by one (``load(folders:loader:)``, ``register(_:name:)``), after the indexed ones.
    private var added: [Entry] = []
    private var byID: [String: Int] = [:]
    private var byKey: [String: [Int]] = [:]
    /// Every (folded name, id) of `added`, in the order profiles were added (folders in order, files by
    /// name), each profile's names sorted: the same order in every process, with no sort of the whole table.
    private var table: [(key: String, id: String)] = []

    public init(vocabulary: Vocabulary = Vocabulary()) { self.vocabulary = vocabulary }

    /// Loads and decodes every profile and vocabulary file of `folders`, in order (see ``MerchantFolders``).
    public static func load(folders: [URL], loader: ProfileLoader = ProfileLoader()) -> Registry {
        var registry = Registry()
        let listing = registry.list(folders)
        registry.loadVocabulary(listing.vocabularyFiles, loader: loader)
        let loader = loader.sharing(registry.vocabulary.parts)
        loader.forEachLoaded(listing.profileFiles.map { URL(fileURLWithPath: $0) }) { _, file in
            registry.problems += file.errors.map(RegistryProblem.init)
            if let profile = file.cleanValue, let document = file.document {
                registry.add(IndexedProfile(profile, path: file.url.path), slot: ProfileSlot(loaded: profile)) {
                    document.error($0, at: document.location(of: [ProfileFile.CodingKeys.id]))
                }
            }
        }
        return registry
    }

    /// Lists the profile and vocabulary files of `folders`, recording unreadable folders as problems.
    /// Profile files are paths (a URL per file costs more than the rest of a warm indexed load), each
    /// with the position of its folder in `folders`.
    mutating func list(_ folders: [URL]) -> (profileFiles: [String], profileFolders: [Int], vocabularyFiles: [URL]) {
        var profileFiles: [String] = []
        var profileFolders: [Int] = []
        var vocabularyFiles: [URL] = []
        for (i, folder) in folders.enumerated() {
            do {
                let paths = try MerchantFolders.profileFilePaths(in: folder)
                profileFiles += paths
                profileFolders += repeatElement(i, count: paths.count)
                vocabularyFiles += try MerchantFolders.vocabularyFiles(in: folder)
            } catch {
                problems.append(RegistryProblem(error: YAMLError(
                    path: folder.path, line: 1, column: 1,
                    message: "cannot read the folder: \(FileProblem.describe(error)); check the path given")))
            }
        }
        return (profileFiles, profileFolders, vocabularyFiles)
    }

    mutating func loadVocabulary(_ files: [URL], loader: ProfileLoader) {
        let (vocabulary, errors) = loader.loadVocabulary(files)
        self.vocabulary = vocabulary
        problems += errors.map(RegistryProblem.init)
    }

    /// Adds a profile written in Swift. Throws when its id is taken.
    public mutating func register(_ profile: some MerchantProfile, name: String? = nil) throws {
        let name = name ?? String(describing: type(of: profile))
        if let taken = origin(of: profile.id) {
            throw RegistryProblem(error: YAMLError(
                path: name, line: 1, column: 1,
                message: "the id '\(profile.id)' is already used by \(taken); choose another id"))
        }
        insert(IndexedProfile(profile, origin: .code(name)), slot: ProfileSlot(loaded: profile))
    }

    /// Adds an indexed profile unless its id is taken; a clash becomes a problem built by `clash`.
    mutating func add(_ indexed: IndexedProfile, slot: ProfileSlot, clash: (String) -> YAMLError) {
        if let taken = origin(of: indexed.id) {
            problems.append(RegistryProblem(error: clash(
                "the id '\(indexed.id)' is already used by \(taken); ids must be unique across all folders")))
            return
        }
        insert(indexed, slot: slot)
    }

    private mutating func insert(_ indexed: IndexedProfile, slot: ProfileSlot) {
        let index = added.count
        added.append(Entry(id: indexed.id, kind: indexed.kind, group: indexed.group, sellsOn: indexed.sellsOn,
                           origin: indexed.origin, keys: indexed.keys, slot: slot))
        byID[indexed.id] = index
        for key in indexed.keys {
            byKey[key, default: []].append(index)
            table.append((key: key, id: indexed.id))
        }
    }

    /// The entry whose id is `id`: its kind, group and marketplaces, from the index, without decoding the profile.
    public func entry(id: String) -> Entry? {
        if let indexed, let e = indexed.entry(id: id) { return indexed.entry(e) }
        return byID[id].map { added[$0] }
    }

    /// `indexed` entries (by number) and `added` ones, decoded and sorted by id.
    private func profiles(_ indexedEntries: [Int], _ addedEntries: [Entry]) -> [any MerchantProfile] {
        let fromIndex = indexed.map { indexed in indexedEntries.map { indexed.entry($0) } } ?? []
        return (fromIndex + addedEntries).sorted { $0.id < $1.id }.compactMap(\.profile)
    }

    /// Every profile, decoded, sorted by id. On an indexed registry this decodes them all.
    public var profiles: [any MerchantProfile] {
        entries.sorted { $0.id < $1.id }.compactMap(\.profile)
    }

    public var ids: [String] { ((indexed?.ids ?? []) + added.map(\.id)).sorted() }

    public func profile(id: String) -> (any MerchantProfile)? {
        if let indexed, let e = indexed.entry(id: id) { return indexed.slot(of: e).value }
        return byID[id].flatMap { added[$0].profile }
    }

    public func origin(of id: String) -> ProfileOrigin? {
        if let indexed, let e = indexed.entry(id: id) { return .file(indexed.path(of: e)) }
        return byID[id].map { added[$0].origin }
    }

    /// Profiles whose id, name, alias or domain equals `name` once folded
    /// (case, width, accents and spacing ignored), sorted by id.
    public func lookup(_ name: String) -> [any MerchantProfile] {
        if let exact = entry(id: name) { return exact.profile.map { [$0] } ?? [] }
        let key = SearchKey.fold(name)
        return profiles(indexed?.entries(named: key) ?? [], (byKey[key] ?? []).map { added[$0] })
    }

    /// Every folded name of every profile, with the profile id (for fuzzy matching), in a stable order:
    /// profiles in the order they were added, each profile's names sorted.
    public var lookupTable: [(key: String, id: String)] {
        (indexed?.lookupTable ?? []) + table
    }

    /// The part of ``lookupTable`` that `query` may contain (``QueryText/find(folded:phrase:)`` finds
    /// nothing in `query` for the rest), in the same order. On an indexed registry only those names are read.
    func names(possiblyIn query: QueryText) -> [(key: String, id: String)] {
        (indexed?.names(possiblyIn: query) ?? []) + table
    }

    /// The sellers and brands that name `marketplace` in `sells_on`, sorted by id.
    public func sellers(on marketplace: String) -> [any MerchantProfile] {
        profiles(indexed?.sellers(on: marketplace) ?? [], added.filter { $0.sellsOn.contains(marketplace) })
    }

    /// The profiles of `group`, sorted by id: those naming it as their `group`, and a profile whose id
    /// is the group's name and that names no other group. Found from the index; only members are decoded.
    public func members(ofGroup group: String) -> [any MerchantProfile] {
        profiles(indexed?.members(ofGroup: group) ?? [], added.filter { ($0.group ?? $0.id) == group })
    }
}

/// What the registry keeps about a profile without decoding all of it.
struct IndexedProfile: Sendable, Hashable {
    var id: String
    var kind: MerchantKind
    var group: String?
    var sellsOn: [String]
    /// Folded names, sorted, without repeats.
    var keys: [String]
    var origin: ProfileOrigin

    init(id: String, kind: MerchantKind, group: String?, sellsOn: [String], keys: [String], origin: ProfileOrigin) {
        self.id = id
        self.kind = kind
        self.group = group
        self.sellsOn = sellsOn
        self.keys = keys
        self.origin = origin
    }

    init(_ profile: any MerchantProfile, origin: ProfileOrigin) {
        var names: [String] = [profile.id]
        names.append(contentsOf: profile.aliases)
        names.append(contentsOf: profile.names.allTexts)
        names.append(contentsOf: profile.domains)
        names.append(contentsOf: profile.storefronts.map(\.domain))
        let keys = Set(names.map(SearchKey.fold).filter { !$0.isEmpty }).sorted()
        self.init(id: profile.id, kind: profile.kind, group: profile.group, sellsOn: profile.sellsOn,
                  keys: keys, origin: origin)
    }

    init(_ profile: any MerchantProfile, path: String) { self.init(profile, origin: .file(path)) }
}

/// A profile decoded now or on first use.
final class ProfileSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: (any MerchantProfile)?
    private var attempted = false
    private let path: String?
    private let loader: ProfileLoader?

    init(loaded: any MerchantProfile) {
        self.loaded = loaded
        self.attempted = true
        self.path = nil
        self.loader = nil
    }

    init(path: String, loader: ProfileLoader) {
        self.path = path
        self.loader = loader
    }

    /// Whether the profile has been decoded (for tests of laziness).
    var isLoaded: Bool { lock.withLock { attempted } }

    var value: (any MerchantProfile)? {
        lock.withLock {
            if !attempted, let path, let loader {
                attempted = true
                loaded = loader.loadOne(URL(fileURLWithPath: path)).cleanValue
            }
            return loaded
        }
    }
}
