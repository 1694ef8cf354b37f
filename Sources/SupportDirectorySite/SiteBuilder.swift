import Dispatch
import Foundation
import Mustache
import SupportDirectory

/// How to build the site.
public struct SiteOptions: Sendable {
    /// The day plans are made for and the site is dated; nil: the newest `seen` date in the directory,
    /// so the same profiles always give the same bytes.
    public var today: CalendarDate?
    /// The repository the "add a shop" page links to (CONTRIBUTING.md, the profile format).
    public var repositoryURL: String

    public init(today: CalendarDate? = nil, repositoryURL: String = "https://github.com/supportdir/supportdir") {
        self.today = today
        self.repositoryURL = repositoryURL
    }
}

/// The static site and JSON API of a directory: pages in en, ko, ja and zh rendered from the
/// library's plans and profiles, the API under `api/v1/`, the search index, the assets.
///
/// ```swift
/// let site = try SiteBuilder(registry: registry).build()
/// try site.write(to: URL(fileURLWithPath: "_site"))
/// ```
public struct SiteBuilder: Sendable {
    public let registry: Registry
    public var options: SiteOptions

    public init(registry: Registry, options: SiteOptions = SiteOptions()) {
        self.registry = registry
        self.options = options
    }

    /// The whole site in memory, sorted by path.
    public func build() throws -> SiteFiles { try prepare().files() }

    /// The general plans made, and the site ready to be made and written (``PreparedSite/write(to:)``) or collected
    /// (``PreparedSite/files()``); the shops' plans are made then, a batch of shops at a time. Throws when a word of
    /// the site cannot be written into the templates.
    public func prepare() throws -> PreparedSite {
        let today = options.today ?? SiteBuilder.newestSeen(registry) ?? CalendarDate(year: 2026, month: 1, day: 1)!
        let clock = SiteClock()
        let catalog = SiteCatalog(registry: registry, today: today, repositoryURL: options.repositoryURL)
        clock.mark("general plans")
        let libraries = try SiteLibraries(catalog: catalog)
        return PreparedSite(catalog: catalog, libraries: libraries, parts: SiteFragments(libraries: libraries), clock: clock)
    }
}

/// A site whose general plans are made, ready to make the shops' plans, render and write.
public struct PreparedSite: Sendable {
    let catalog: SiteCatalog
    let libraries: SiteLibraries
    let parts: SiteFragments
    let clock: SiteClock
    public var merchants: Int { catalog.profiles.count }
    public var today: CalendarDate { catalog.today }

    /// Shops whose plans are made and written together: at most this many shops' plans are held at once (at 10,000
    /// profiles all of them took 6.4 GB), enough for both cores to share the work of a batch. The site's bytes do not
    /// depend on it (the tests set it small).
    var batchSize = 64

    /// Every file, in memory, sorted by path.
    public func files() -> SiteFiles {
        var files: [SiteFile] = []
        let plans = make { jobs, _ in
            let texts = SiteCatalog.parallelMap(jobs) { $0.make() }
            files += zip(jobs, texts).map { SiteFile(path: $0.path, text: $1) }
        }
        clock.mark("plans, pages, API")
        return SiteFiles(files: files.sorted { $0.path < $1.path }, merchants: merchants, plans: plans, today: today)
    }

    /// Writes the site into `folder` as ``SiteFiles/write(to:)`` does (the same files, bytes and checks of the
    /// folder), each file written as soon as it is made and each batch of shops' plans let go once written, so neither
    /// the site nor its plans are ever held in memory whole.
    public func write(to folder: URL) throws -> SiteWriteSummary {
        // Every path a plan could have; those that end up with no plan are taken away again as their batch is written.
        let base = try SiteFiles.prepare(folder, paths: candidatePaths())
        var files = 0, bytes = 0
        let plans = try make { jobs, unpublished in
            files += jobs.count
            bytes += try SiteFiles.save(count: jobs.count, under: base) { SiteFile(path: jobs[$0].path, text: jobs[$0].make()) }
            try SiteFiles.remove(unpublished, under: base)
        }
        clock.mark("plans, pages, API, written")
        return SiteWriteSummary(files: files, byteCount: bytes, plans: plans)
    }

    /// Every path ``make(_:)`` may give a file: its fixed files, the shops' pages and documents, a page and document
    /// for every plan a shop may have, the search index.
    func candidatePaths() -> [String] {
        var paths = fixedJobs().map(\.path)
        for key in SiteCatalog.generalKeys(issues: catalog.issues) { paths += [key.pagePath + "index.html", key.apiPath] }
        for p in catalog.profiles {
            paths += SiteCatalog.languages.map { SitePaths.merchantPage(p.id, $0) + "index.html" } + [SitePaths.merchantAPI(p.id)]
        }
        for key in SiteCatalog.candidateKeys(profiles: catalog.profiles, issues: catalog.issues) {
            paths += [key.pagePath + "index.html", key.apiPath]
        }
        return paths + SiteSearchIndex.paths(catalog: catalog)
    }

    /// The page at `path` (its folder, `ko/amazon/refund/`) in its language, from the templates with that language's words.
    func render(_ template: String, _ path: String, _ lang: String, _ context: [String: Any]) -> String {
        libraries.library(lang: lang, root: SitePaths.root(from: path)).render(context, withTemplate: template) ?? ""
    }

    /// The files that show no shop's plan: the start pages, the lists of shops, the ladders, the assets.
    func fixedJobs() -> [SiteJob] {
        let site = self
        var jobs: [SiteJob] = []
        let others = OtherPages(catalog: catalog)
        jobs.append(SiteJob("index.html") { site.render("root", "", "en", others.root()) })
        for lang in SiteCatalog.languages {
            let add = "\(lang)/\(SitePaths.addFolder)/"
            jobs.append(SiteJob("\(lang)/index.html") { site.render("home", "\(lang)/", lang, others.home(lang: lang)) })
            jobs.append(SiteJob(add + "index.html") { site.render("add", add, lang, others.add(lang: lang)) })
            let countries = SitePaths.countriesPage(lang)
            jobs.append(SiteJob(countries + "index.html") { site.render("countries", countries, lang, others.countries(lang: lang)) })
            for page in 1...others.pageCount {
                let path = SitePaths.merchantsPage(lang, page: page)
                jobs.append(SiteJob(path + "index.html") { site.render("merchants", path, lang, others.merchants(lang: lang, page: page)) })
            }
        }
        jobs += SiteAPI(catalog: catalog).fixedJobs()
        jobs += SiteCatalog.languages.map { lang in SiteJob(SiteAssets.stringsPath(lang)) { SiteAssets.strings(lang) } }
        jobs += [SiteJob("assets/site.css") { SiteAssets.css }, SiteJob("assets/site.js") { SiteAssets.script },
                 SiteJob("assets/icon.svg") { SiteAssets.icon }, SiteJob(".nojekyll") { "" },
                 SiteJob(SiteFiles.marker) { "Written by `supportdir site`; the folder is replaced on the next build.\n" }]
        return jobs
    }

    /// The pages and documents of the plans in `catalog` whose keys are `keys`.
    func planJobs(_ keys: [PlanKey], in catalog: SiteCatalog) -> [SiteJob] {
        let site = self
        return keys.map { key in
            SiteJob(key.pagePath + "index.html") {
                site.render("plan", key.pagePath, key.language, PlanPage(catalog: catalog, key: key, plan: catalog.plans[key]!, parts: site.parts).context())
            }
        } + SiteAPI(catalog: catalog).planJobs(keys: keys)
    }

    /// Makes the site's files in turns, each given to `take` with the candidate plans that turned out to have none
    /// (``candidatePaths()`` has their paths): the fixed files and the general plans; then each batch of shops, its
    /// plans made, with the shops' pages, documents and plans (let go when `take` returns); then the search index,
    /// which lists every shop's plans. Returns how many plans the site has.
    func make(_ take: (_ jobs: [SiteJob], _ unpublished: [PlanKey]) throws -> Void) rethrows -> Int {
        let general = catalog.plans.keys.sorted()
        try take(fixedJobs() + planJobs(general, in: catalog), SiteCatalog.generalKeys(issues: catalog.issues).filter { catalog.plans[$0] == nil })
        var plans = general.count
        var published: [String: [Int]] = [:]
        for start in stride(from: 0, to: catalog.profiles.count, by: batchSize) {
            let shops = catalog.profiles[start..<min(start + batchSize, catalog.profiles.count)]
            let batch = catalog.withPlans(of: shops)
            let others = OtherPages(catalog: batch), api = SiteAPI(catalog: batch)
            var jobs: [SiteJob] = []
            for p in shops {
                for lang in SiteCatalog.languages {
                    let path = SitePaths.merchantPage(p.id, lang)
                    jobs.append(SiteJob(path + "index.html") { render("merchant", path, lang, others.merchant(p, lang: lang)) })
                }
                jobs.append(api.merchantJob(p))
                published[p.id] = SiteSearchIndex.thirdPartyPlans(p, in: batch)
            }
            let keys = batch.plans.keys.filter { $0.merchant != nil }.sorted()
            plans += keys.count
            // Unpublished third-party pages first: their folder is empty once the page is gone, and may then go too.
            let unpublished = SiteCatalog.candidateKeys(profiles: Array(shops), issues: catalog.issues).filter { batch.plans[$0] == nil }
            try take(jobs + planJobs(keys, in: batch), unpublished.filter(\.thirdParty) + unpublished.filter { !$0.thirdParty })
        }
        try take(SiteSearchIndex(catalog: catalog, published: published).files().map { file in SiteJob(file.path) { file.text } }, [])
        return plans
    }
}

/// A file of the site to make: its path and how to make its text (on any thread).
struct SiteJob: Sendable {
    let path: String
    let make: @Sendable () -> String

    init(_ path: String, _ make: @escaping @Sendable () -> String) {
        self.path = path
        self.make = make
    }
}

/// What ``PreparedSite/write(to:)`` wrote (the merchants and date are the ``PreparedSite``'s).
public struct SiteWriteSummary: Sendable {
    public var files: Int
    public var byteCount: Int
    /// The plans made and written (a page and a document each, in each language counted apart).
    public var plans: Int
}

/// The templates with each language's words written in (``SiteTemplates/library(words:)``), one library per
/// language and depth of folder (the way up to the root differs), made when first asked for.
final class SiteLibraries: @unchecked Sendable {
    private let catalog: SiteCatalog
    private var made: [String: MustacheLibrary] = [:]
    private let lock = NSLock()

    /// Makes the libraries of the start pages, so a word that cannot be written into the templates fails the build here.
    init(catalog: SiteCatalog) throws {
        self.catalog = catalog
        for lang in SiteCatalog.languages { _ = try make(lang: lang, root: "../") }
    }

    func library(lang: String, root: String) -> MustacheLibrary {
        // The words are the site's own, the same at every depth: the first library of a language was made without error.
        try! make(lang: lang, root: root)
    }

    private func make(lang: String, root: String) throws -> MustacheLibrary {
        let key = lang + "|" + root
        lock.lock()
        defer { lock.unlock() }
        if let library = made[key] { return library }
        let library = try SiteTemplates.library(words: SitePage.words(lang: lang, root: root, today: catalog.today,
                                                                              countries: catalog.countryLadders[lang]?.map(\.country) ?? []))
        made[key] = library
        return library
    }
}

/// Parts of plan pages that many pages show alike: the escalation ladder outside the shop, the same on every plan
/// made for that country (at 200 profiles 3,900 plan pages show 124 ladders), and a shop's channels, which read
/// alike on most of its plans (every shop has a plan for every issue). Each is rendered once per language by
/// Mustache, escaping every value as on the page, and kept as a template of that text alone (the delimiters set to
/// `<% %>`, which no template's text holds and escaped text cannot: a value's `<` is `&lt;`); a page's `{{steps}}`
/// or channel renders it as it stands. At most `limit` parts are kept (the pages are made in the order of their
/// paths, a shop's together), so memory stays bounded at 10,000 profiles.
final class SiteFragments: @unchecked Sendable {
    enum Key: Hashable, Sendable {
        case ladder(lang: String, [PlanEscalation])
        case channel(lang: String, PlanChannelView)
    }

    let libraries: SiteLibraries
    private let made = SiteMemo<Key, MustacheTemplate>(limit: SiteFragments.limit)
    static let limit = 20_000

    init(libraries: SiteLibraries) { self.libraries = libraries }

    /// `template` rendered with `values` (made only the first time `key` is asked for) in `lang`.
    func part(_ key: Key, template: String, lang: String, values: () -> [String: Any]) -> MustacheTemplate {
        made.value(key) { _ in
            let html = libraries.library(lang: lang, root: "").render(values(), withTemplate: template) ?? ""
            // Text only: rendering it gives it back byte for byte (checked, so a part can never change a page).
            guard let part = try? MustacheTemplate(string: "{{=<% %>=}}" + html), part.render([String: Any]()) == html else {
                preconditionFailure("a rendered part of a page reads as a Mustache tag")
            }
            return part
        }
    }
}

/// Where the build's time goes, on standard error when SUPPORTDIR_SITE_TIMING=1 (for Scripts/bench-site).
final class SiteClock: @unchecked Sendable {
    var last = Date()
    let on = ProcessInfo.processInfo.environment["SUPPORTDIR_SITE_TIMING"] == "1"

    func mark(_ what: String) {
        guard on else { return }
        let now = Date()
        FileHandle.standardError.write(Data("site timing: \(what) \(String(format: "%.2f", now.timeIntervalSince(last))) s\n".utf8))
        last = now
    }
}

extension SiteBuilder {
    /// The newest day any source of the directory was seen.
    static func newestSeen(_ registry: Registry) -> CalendarDate? {
        var newest: CalendarDate?
        func see(_ s: Source?) { if let d = s?.seen, newest.map({ d > $0 }) ?? true { newest = d } }
        for id in registry.ids {
            guard let p = registry.profile(id: id) else { continue }
            p.channels.forEach { see($0.source) }
            p.escalation.forEach { see($0.source) }
            p.routes.forEach { $0.deadlines.forEach { see($0.source) } }
        }
        return newest
    }
}

public struct SiteFile: Sendable, Hashable {
    /// Relative to the site's folder, `/`-separated.
    public var path: String
    /// The bytes, kept as the text they were rendered as (the UTF-8 of a Swift string is contiguous: written as it is,
    /// with no copy of the site's hundreds of megabytes into `Data`), or as bytes.
    private var content: Content

    private enum Content: Sendable, Hashable {
        case text(String)
        case bytes(Data)
    }

    public init(path: String, data: Data) {
        self.path = path
        content = .bytes(data)
    }

    /// A text file: its UTF-8.
    public init(path: String, text: String) {
        self.path = path
        content = .text(text)
    }

    public var data: Data {
        get {
            switch content {
            case let .text(text): return Data(text.utf8)
            case let .bytes(data): return data
            }
        }
        set { content = .bytes(newValue) }
    }

    public var count: Int {
        switch content {
        case let .text(text): return text.utf8.count
        case let .bytes(data): return data.count
        }
    }

    /// Calls `body` with the file's bytes, without copying them.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch content {
        case var .text(text):
            if let r = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) { return r }
            text.makeContiguousUTF8()
            return text.utf8.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }!
        case let .bytes(data):
            return data.withUnsafeBytes(body)
        }
    }
}

/// The built site, in memory, sorted by path.
public struct SiteFiles: Sendable {
    public var files: [SiteFile]
    public var merchants: Int
    public var plans: Int
    public var today: CalendarDate

    /// The file that marks a folder as a site this tool wrote (and may therefore replace).
    public static let marker = ".supportdir-site"

    public var byteCount: Int { files.reduce(0) { $0 + $1.count } }

    public func file(_ path: String) -> SiteFile? { files.first { $0.path == path } }

    /// Writes the site into `folder`: created when missing; replaced when a previous build wrote it;
    /// refused when it holds anything else, so a mistyped `--out` never deletes someone's files.
    /// A previous build is replaced in place: what this build no longer has (and every symbolic link) is
    /// removed, the rest is overwritten, so the folder ends holding exactly these files (making tens of
    /// thousands of files anew costs the file system far more than truncating them).
    public func write(to folder: URL) throws {
        let base = try Self.prepare(folder, paths: files.map(\.path))
        let files = self.files
        _ = try Self.save(count: files.count, under: base) { files[$0] }
    }

    /// Makes files `0..<count` (`file(i)`, on any thread) and saves each under `base` as soon as it is made, on
    /// ``writers`` threads. Returns the bytes written; throws the first file that could not be written.
    static func save(count: Int, under base: String, _ file: @Sendable (Int) -> SiteFile) throws -> Int {
        let results = ResultSlots<(bytes: Int, failure: String?)>(count: writers)
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            var bytes = 0, failure: String?
            for i in stride(from: w, to: count, by: writers) where failure == nil {
                let made = file(i)
                bytes += made.count
                failure = SiteFileWriter.save(made, to: base + made.path)
            }
            results.set(w, (bytes, failure))
        }
        let written = results.values
        if let failure = written.lazy.compactMap(\.failure).first { throw SiteWriteError(description: failure) }
        return written.reduce(0) { $0 + $1.bytes }
    }

    /// Removes under `base` the page and document of each of `keys` (plans ``PreparedSite/candidatePaths()`` listed that
    /// have none), and their folders when that leaves them empty, so the folder holds exactly the site's files.
    static func remove(_ keys: [PlanKey], under base: String) throws {
        for key in keys {
            for path in [key.pagePath + "index.html", key.apiPath] where unlink(base + path) != 0 && errno != ENOENT {
                throw SiteWriteError(description: SiteFileWriter.failure("could not remove", base + path))
            }
            // Still holding files (the page sold by a third-party seller, the shop's other plans): kept.
            let apiFolder = String(key.apiPath[..<key.apiPath.lastIndex(of: "/")!])
            for folder in [key.pagePath, apiFolder] where rmdir(base + folder) != 0 && errno != ENOENT && errno != ENOTEMPTY {
                throw SiteWriteError(description: SiteFileWriter.failure("could not remove", base + folder))
            }
        }
    }

    /// Makes `folder` ready for a site of files at `paths`: created when missing; refused when it holds anything but
    /// a site this tool wrote; else what the new site will not have (and every symbolic link) removed, and every folder
    /// of the new site made. Returns the folder's path ending in `/`.
    static func prepare(_ folder: URL, paths: [String]) throws -> String {
        let fm = FileManager.default
        // Each folder of the site once (sorted, so a parent comes before its children).
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
        }
        if fm.fileExists(atPath: folder.path) {
            let contents = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            if !contents.isEmpty {
                guard contents.contains(Self.marker) else { throw SiteError.notASite(folder.path) }
                try SiteFileWriter.removeStale(in: folder.path, keepingFiles: Set(paths), folders: folders)
            }
        }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for relative in folders.sorted() where !SiteFileWriter.isDirectory(folder.path + "/" + relative) {
            try fm.createDirectory(at: folder.appendingPathComponent(relative), withIntermediateDirectories: true)
        }
        return folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    }

    /// Threads writing files (the build machine and CI have two cores; more only wait on the disk).
    static let writers = 4
}

/// A file of the site that could not be written: the path and the system's reason.
public struct SiteWriteError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public var description: String
    public var errorDescription: String? { description }
}

public enum SiteError: Error, CustomStringConvertible, Sendable {
    case notASite(String)

    public var description: String {
        switch self {
        case let .notASite(path):
            return "\(OutputEscaping.quoted(path)) is not empty and was not written by `supportdir site`; give an empty or new folder"
        }
    }
}
