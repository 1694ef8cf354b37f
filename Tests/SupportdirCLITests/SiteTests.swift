import Foundation
import SupportDirectory
@testable import SupportDirectorySite
import Testing

/// Issue 13: `supportdir site` writes the site and API from the shipped profiles, the same bytes
/// every time, with the plans `resolve` prints, and nothing from a profile reaching a page as markup.
@Suite("The directory on the web: site and API")
struct SiteTests {
    static let merchants = CLI.packageRoot.appendingPathComponent("Merchants")
    static let support = CLI.packageRoot.appendingPathComponent("Tests/SupportdirCLITests/Support")

    /// The site built in memory from the shipped profiles, once for every test here.
    static let shipped: SiteFiles = try! SiteBuilder(registry: Registry.load(folders: [merchants])).build()

    static func text(_ site: SiteFiles, _ path: String) -> String? {
        site.file(path).map { String(decoding: $0.data, as: UTF8.self) }
    }

    struct Missing: Error, CustomStringConvertible { var description: String }

    static func data(_ site: SiteFiles, _ path: String) throws -> Data {
        guard let file = site.file(path) else { throw Missing(description: "\(path) was not written") }
        return file.data
    }

    static func object(_ site: SiteFiles, _ path: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: try data(site, path)) as? [String: Any] else {
            throw Missing(description: "\(path) is not a JSON object")
        }
        return object
    }

    static func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-site-\(name)-\(getpid())-\(UUID().uuidString)")
        return url
    }

    /// A folder with the shipped vocabulary and the given profiles only (a small registry, quick to build).
    static func folder(with profiles: [URL]) throws -> URL {
        let folder = temporaryFolder("fixture")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("_vocabulary"),
                                                   withDestinationURL: merchants.appendingPathComponent("_vocabulary"))
        for p in profiles { try FileManager.default.copyItem(at: p, to: folder.appendingPathComponent(p.lastPathComponent)) }
        return folder
    }

    @Test("site --out writes the same bytes as a second build, in another process")
    func deterministic() throws {
        let out = Self.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLI.run(["site", "--out", out.path, "--merchants", Self.merchants.path, "--no-builtin"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("site: wrote \(Self.shipped.files.count) files"), "\(run.stdout)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { path in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path, isDirectory: &folder) && !folder.boolValue
        }.sorted()
        #expect(written == Self.shipped.files.map(\.path))
        var differing: [String] = []
        for file in Self.shipped.files where (try? Data(contentsOf: out.appendingPathComponent(file.path))) != file.data {
            differing.append(file.path)
        }
        #expect(differing.isEmpty, "files differ between two builds: \(differing.prefix(5))")
        if PlanSchemaTests.available {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", CLI.packageRoot.appendingPathComponent("Scripts/check-site-api").path, out.path]
            let pipe = Pipe()
            p.standardOutput = pipe
            p.standardError = pipe
            try p.run()
            let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "the API does not match the schemas in docs/: \(report.prefix(2000))")
            #expect(report.contains(" 0 errors"))
        }
        // A second build into the same folder replaces it (the folder carries the site's marker).
        let again = try CLI.run(["site", "--out", out.path, "--merchants", Self.merchants.path, "--no-builtin"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("every merchant has a page in each language; plan pages have one URL per language")
    func pages() throws {
        let site = Self.shipped
        for lang in ["en", "ko", "ja", "zh"] {
            for id in ["amazon", "aliexpress", "amazon-jp"] {
                #expect(site.file("\(lang)/\(id)/index.html") != nil, "\(lang)/\(id)/")
            }
            let plan = try #require(Self.text(site, "\(lang)/amazon/refund/third-party/index.html"))
            #expect(plan.contains("<html lang=\"\(lang)\""))
            for other in ["en", "ko", "ja", "zh"] {
                #expect(plan.contains("hreflang=\"\(other)\" href=\"../../../../\(other)/amazon/refund/third-party/\""))
            }
            #expect(site.file("\(lang)/_general/refund/index.html") != nil)
            #expect(site.file("\(lang)/_add/index.html") != nil)
            #expect(site.file("\(lang)/index.html") != nil)
        }
        let korean = try #require(Self.text(site, "ko/amazon/refund/third-party/index.html"))
        #expect(korean.contains("판매자"), "the Korean plan is worded in Korean")
        let add = try #require(Self.text(site, "en/_add/index.html"))
        #expect(add.contains("https://github.com/supportdir/supportdir/blob/main/CONTRIBUTING.md"))
    }

    @Test("a plan's JSON document is what resolve --format json prints for the same request")
    func planJSONMatchesResolve() throws {
        let site = Self.shipped
        let noon = "\(site.today)T12:00:00Z"
        for (path, args) in [
            ("api/v1/plans/amazon/not-received.third-party.en.json", ["--merchant", "amazon", "--seller", "third-party", "--issue", "not-received", "--lang", "en", "--country", "US"]),
            ("api/v1/plans/amazon/refund.ko.json", ["--merchant", "amazon", "--issue", "refund", "--lang", "ko", "--country", "US"]),
            ("api/v1/plans/_general/refund.ja.json", ["--issue", "refund", "--lang", "ja", "--country", "JP"]),
        ] {
            let run = try CLI.run(["resolve"] + args + ["--format", "json", "--now", noon, "--tz", "UTC", "--merchants", Self.merchants.path, "--no-builtin"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(Self.text(site, path) == run.stdout, "\(path) differs from resolve \(args.joined(separator: " "))")
        }
    }

    @Test("every shop has a plan for every issue: one its profile has no route for is its general ways in, as resolve gives it")
    func planForEveryIssue() throws {
        let registry = try Registry.load(folders: [Self.merchants])
        let site = Self.shipped
        let issues = registry.vocabulary.issues.map(\.id)
        var unrouted: [(String, String)] = []
        for id in registry.ids {
            guard let p = registry.profile(id: id), p.kind != .seller else { continue }
            for issue in issues {
                #expect(site.file("en/\(id)/\(issue)/index.html") != nil, "en/\(id)/\(issue)/ missing")
                if p.route(for: issue, soldBy: .marketplace) == nil && p.route(for: issue, soldBy: .thirdParty) == nil { unrouted.append((id, issue)) }
            }
        }
        // The shipped profiles leave some issues to the shop's general ways in (Temu has no route for a double charge).
        let (id, issue) = try #require(unrouted.first { $0.0 == "temu" } ?? unrouted.first, "every shipped profile routes every issue")
        let page = try #require(Self.text(site, "en/\(id)/\(issue)/index.html"))
        #expect(page.contains("no specific route for this issue"), "the page says the plan is the shop's general ways in")
        let shop = try #require(Self.text(site, "en/\(id)/index.html"))
        #expect(shop.contains("<a href=\"../../en/\(id)/\(issue)/\">Contact plan (its general ways in)</a>"))
        let noon = "\(site.today)T12:00:00Z", country = registry.profile(id: id)?.regions.first ?? "US"
        let run = try CLI.run(["resolve", "--merchant", id, "--issue", issue, "--lang", "en", "--country", country, "--format", "json",
                               "--now", noon, "--tz", "UTC", "--merchants", Self.merchants.path, "--no-builtin"])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(Self.text(site, "api/v1/plans/\(id)/\(issue).en.json"))
        #expect(document == run.stdout, "the page's plan is resolve's")
    }

    /// What a merchant page's plan link says in each language when the plan is the shop's general ways in.
    static let generalMarks = ["en": "general ways in)", "ko": "(일반 연락 방법)", "ja": "（一般的な連絡方法）", "zh": "（通用联系方式）"]

    /// Every plan link on every merchant page, with whether its words say "general ways in" and the `route` of the plan
    /// it opens (nil: the plan's document is missing or has no route).
    static func planLinks(_ site: SiteFiles) throws -> [(page: String, href: String, saysGeneral: Bool, route: String?)] {
        let link = try Regex(#"<a href="\.\./\.\./(en|ko|ja|zh)/([a-z0-9-]+)/([a-z0-9-]+)/(third-party/)?">([^<]*)</a>"#)
        var links: [(page: String, href: String, saysGeneral: Bool, route: String?)] = []
        for file in site.files where file.path.split(separator: "/").count == 3 && file.path.hasSuffix("/index.html") {
            let html = String(decoding: file.data, as: UTF8.self)
            for match in html.matches(of: link) {
                let lang = String(match.output[1].substring!), id = String(match.output[2].substring!)
                let issue = String(match.output[3].substring!), third = match.output[4].substring != nil
                let text = String(match.output[5].substring!)
                let api = "api/v1/plans/\(id)/\(issue)" + (third ? ".third-party" : "") + ".\(lang).json"
                let route = (try? object(site, api))?["route"] as? String
                links.append((file.path, String(match.output[0].substring!), text.contains(generalMarks[lang]!), route))
            }
        }
        return links
    }

    @Test("a merchant page's link says 'general ways in' exactly when the plan it opens says its route is general")
    func linkWordsFollowThePlan() throws {
        // Profiles that route refunds only for third-party sales: a shop without a third-party policy (one page, the
        // shop's general ways in) and a marketplace with sellers (its own sale general, a seller's sale routed).
        let fixtures = ["third-only-shop", "third-only-market", "third-only-market-sellers"]
        let folder = try Self.folder(with: fixtures.map { Self.support.appendingPathComponent("site-route/\($0).yaml") })
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try SiteBuilder(registry: Registry.load(folders: [folder])).build()
        for (id, third, route) in [("third-only-shop", false, "general"), ("third-only-market", false, "general"),
                                   ("third-only-market", true, "specific")] {
            let api = "api/v1/plans/\(id)/refund" + (third ? ".third-party" : "") + ".en.json"
            let plan = try Self.object(site, api)
            #expect(plan["route"] as? String == route, "\(api)")
            let notes = plan["notes"] as? [String] ?? []
            #expect(notes.contains { $0.contains("no specific route for this issue") } == (route == "general"), "\(api): \(notes)")
        }
        #expect(site.file("api/v1/plans/third-only-shop/refund.third-party.en.json") == nil, "a shop without sellers has one refund page")
        let shop = try #require(Self.text(site, "en/third-only-shop/index.html"))
        #expect(shop.contains("<a href=\"../../en/third-only-shop/refund/\">Contact plan (its general ways in)</a>"))
        #expect(shop.contains("<a href=\"../../en/third-only-shop/return/\">Contact plan</a>"))
        let market = try #require(Self.text(site, "en/third-only-market/index.html"))
        #expect(market.contains("<a href=\"../../en/third-only-market/refund/\">sold by Third Only Market (its general ways in)</a>"))
        #expect(market.contains("<a href=\"../../en/third-only-market/refund/third-party/\">sold by a third-party seller</a>"))
        // Every link on the fixtures' pages and on the shipped site's, in every language.
        for (name, built) in [("fixtures", site), ("shipped", Self.shipped)] {
            let links = try Self.planLinks(built)
            #expect(links.count > (name == "fixtures" ? 100 : 1_000), "\(name): \(links.count) links read")
            #expect(links.contains { $0.saysGeneral } && links.contains { !$0.saysGeneral }, "\(name): both kinds of link")
            for l in links where l.route == nil || l.saysGeneral != (l.route == "general") {
                Issue.record("\(name) \(l.page): \(l.href) but the plan's route is \(l.route ?? "missing")")
            }
        }
    }

    @Test("the third-party refund plan starts with the seller; the page shows the plan's steps in order")
    func sellerFirst() throws {
        let page = try #require(Self.text(Self.shipped, "en/amazon/refund/third-party/index.html"))
        #expect(page.contains("data-party-first=\"seller\""))
        let plan = try JSONDecoder().decode(ContactPlan.self, from: try Self.data(Self.shipped, "api/v1/plans/amazon/refund.third-party.en.json"))
        let titles = plan.plan.map { PlanWording.stepTitle($0, "en") }
        var rest = Substring(page)
        for title in titles {
            let escaped = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
            let found = try #require(rest.range(of: "<h3>\(escaped)</h3>"), "step \(title) missing or out of order")
            rest = rest[found.upperBound...]
        }
    }

    @Test("every deadline's anchor has a field in the plan page's date form, and its rule in the page")
    func dateFormAnchors() throws {
        var checked = 0
        for file in Self.shipped.files where file.path.hasPrefix("api/v1/plans/") && file.path.hasSuffix(".en.json") {
            let plan = try JSONDecoder().decode(ContactPlan.self, from: file.data)
            let name = String(file.path.dropFirst("api/v1/plans/".count).dropLast(".en.json".count))
            let parts = name.split(separator: "/")
            let issue = parts[1].replacingOccurrences(of: ".third-party", with: "")
            let page = try #require(Self.text(Self.shipped, "en/\(parts[0])/\(issue)/" + (parts[1].hasSuffix(".third-party") ? "third-party/" : "") + "index.html"))
            for d in plan.deadlines {
                #expect(page.contains("data-anchor=\"\(d.from)\""), "\(file.path): no date field for \(d.from)")
                #expect(page.contains("data-id=\"\(d.id)\""), "\(file.path): deadline \(d.id) not on the page")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test("API documents carry schema_version and stable URLs derived from ids")
    func api() throws {
        let json = try Self.object(Self.shipped, "api/v1/merchants.json")
        #expect(json["schema_version"] as? Int == 1)
        let merchants = try #require(json["merchants"] as? [[String: Any]])
        #expect(merchants.count == Self.shipped.merchants)
        let amazon = try #require(merchants.first { $0["id"] as? String == "amazon" })
        #expect(amazon["url"] as? String == "api/v1/merchants/amazon.json")
        #expect((amazon["aliases"] as? [String])?.contains("아마존") == true)
        let doc = try Self.object(Self.shipped, "api/v1/merchants/amazon.json")
        #expect(doc["schema_version"] as? Int == 1)
        let plans = try #require(doc["plans"] as? [[String: Any]])
        let refund = try #require(plans.first { $0["issue"] as? String == "refund" && $0["sold_by"] as? String == "third-party" })
        let documents = try #require(refund["documents"] as? [String: String])
        #expect(documents["ko"] == "api/v1/plans/amazon/refund.third-party.ko.json")
        for path in documents.values { #expect(Self.shipped.file(path) != nil, "\(path) is listed but not written") }
    }

    @Test("the search index is split: a meta file and merchant files of at most 1,000 merchants")
    func searchIndex() throws {
        let meta = try Self.object(Self.shipped, "api/v1/search/meta.json")
        #expect(meta["merchant_files"] as? Int == 1)
        let issues = try #require(meta["issues"] as? [[Any]])
        #expect(issues.count == 21)
        let chunk = try Self.object(Self.shipped, "api/v1/search/merchants-0.json")
        let entries = try #require(chunk["merchants"] as? [[Any]])
        #expect(entries.count == Self.shipped.merchants)
        // Field 6: the issues with a third-party page, or null for a shop with no plan page; every other shop has a
        // page for every issue (so the index need not list them).
        let ids = issues.compactMap { $0.first as? String }
        var withThird = 0, without = 0
        for entry in entries {
            let id = try #require(entry.first as? String)
            let own = ids.filter { Self.shipped.file("en/\(id)/\($0)/index.html") != nil }
            let third = ids.indices.filter { Self.shipped.file("en/\(id)/\(ids[$0])/third-party/index.html") != nil }
            #expect(own.isEmpty || own == ids, "\(id) has a page for every issue or none: \(own)")
            if own.isEmpty {
                #expect(entry[6] is NSNull, "\(id): no plan page"); without += 1
            } else {
                #expect(entry[6] as? [Int] == third, "\(id): \(entry[6])"); if !third.isEmpty { withThird += 1 }
            }
        }
        #expect(withThird > 0 && without > 0, "both cases are in the shipped profiles")
        let home = try #require(Self.text(Self.shipped, "en/index.html"))
        #expect(!home.contains("merchants-0.json"), "the start page does not load the index until a search")
    }

    @Test("templates never write a value unescaped")
    func templatesEscape() {
        for template in SiteTemplates.all {
            #expect(!template.contains("{{{") && !template.contains("{{&"), "an unescaped tag in a template")
            #expect(!template.contains("[[{") && !template.contains("[[&"), "an unescaped word in a template")
            // Parts rendered once are kept as templates with the delimiters <% %>, which no template's text may hold.
            #expect(!template.contains("<%") && !template.contains("%>"))
        }
    }

    /// Every start tag in `html`: no event-handler attribute, no `javascript:` link, and the only script the site's own.
    static func expectInert(_ html: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tag = try! NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
        let attribute = try! NSRegularExpression(pattern: "([^\\s=\"'/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?")
        let ns = html as NSString
        for m in tag.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: m.range(at: 1)).lowercased()
            let attrs = ns.substring(with: m.range(at: 2))
            if ["iframe", "img", "svg", "object", "embed", "b", "textarea"].contains(name) {
                Issue.record("\(what): a <\(name)> tag from a profile", sourceLocation: sourceLocation)
            }
            if name == "script", !attrs.contains("assets/site.js"), attrs.range(of: #"assets/strings\.[a-z]+\.js""#, options: .regularExpression) == nil {
                Issue.record("\(what): a script that is not the site's: <script\(attrs)>", sourceLocation: sourceLocation)
            }
            let a = attrs as NSString
            for am in attribute.matches(in: attrs, range: NSRange(location: 0, length: a.length)) {
                let key = a.substring(with: am.range(at: 1)).lowercased()
                let value = am.range(at: 2).location == NSNotFound ? "" : a.substring(with: am.range(at: 2)).lowercased()
                if key.hasPrefix("on") { Issue.record("\(what): event attribute \(key) in <\(name)>", sourceLocation: sourceLocation) }
                if ["href", "src"].contains(key), value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).hasPrefix("javascript:") {
                    Issue.record("\(what): a javascript: link in <\(name)>", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test("a profile whose text holds <script>, \"onload= and javascript: renders inert on every page")
    func hostileText() throws {
        let folder = try Self.folder(with: [Self.support.appendingPathComponent("site-hostile/hostile-shop.yaml"),
                                            Self.support.appendingPathComponent("site-hostile-url/hostile-url.yaml")])
        defer { try? FileManager.default.removeItem(at: folder) }
        // Built without validation (which refuses the javascript: URL), so the pages' own escaping is what is tested.
        let site = try SiteBuilder(registry: Registry.load(folders: [folder])).build()
        let pages = site.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.contains { $0.path == "en/hostile-shop/refund/index.html" })
        for page in pages { Self.expectInert(String(decoding: page.data, as: UTF8.self), page.path) }
        let plan = try #require(Self.text(site, "en/hostile-shop/refund/index.html"))
        #expect(plan.contains("Hostile &lt;script&gt;window.__pwned=1&lt;/script&gt; Shop"), "the text is shown, escaped")
        #expect(plan.contains("&quot;onload=&quot;window.__pwned=1"))
        let urlPage = try #require(Self.text(site, "en/hostile-url/index.html"))
        #expect(urlPage.contains("<span class=\"inert\">javascript:window.__pwned=1</span>"), "a javascript: URL is shown as text, not linked")
        // JSON in a data attribute and the search index keep the text as data.
        let index = try #require(Self.text(site, "api/v1/search/merchants-0.json"))
        #expect(try JSONSerialization.jsonObject(with: Data(index.utf8)) is [String: Any])
    }

    @Test("the inert check itself catches an event attribute, a javascript: link and a foreign script")
    func inertCheckCatches() {
        for markup in ["<p onload=\"x()\">", "<a href=\"javascript:x()\">", "<script>x()</script>", "<img src=x>"] {
            withKnownIssue("\(markup) must be reported") { Self.expectInert(markup, "sample") }
        }
    }

    @Test("site refuses to write when a profile is invalid, and names the file, line and column")
    func invalidProfile() throws {
        let out = Self.temporaryFolder("invalid")
        let run = try CLI.run(["site", "--out", out.path, "--merchants", Self.support.appendingPathComponent("site-hostile-url").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("hostile-url.yaml:11:8: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("site: not written"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }

    @Test("site refuses a folder it did not write, and a bad --today")
    func refusals() throws {
        let folder = Self.temporaryFolder("foreign")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["site", "--out", folder.path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("was not written by `supportdir site`"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        let badDay = try CLI.run(["site", "--out", folder.path, "--today", "2026-13-01"])
        #expect(badDay.status == 64)
        #expect(badDay.stderr.contains("is not a date"))
    }

    @Test("no page prints a list of values in place of one (a channel without notes once showed the plan's notes as [\"…\"])")
    func noLeakedLists() throws {
        var leaked: [String] = []
        for file in Self.shipped.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            // In text, not in attributes (data-hours holds JSON lists): right after a tag.
            if html.contains(">[&quot;") { leaked.append(file.path) }
        }
        let count = leaked.count
        #expect(count == 0, "\(count) pages, e.g. \(leaked.prefix(3))")
        // The Amazon Japan plans carry a note; their channels without notes of their own show none.
        let page = try #require(Self.text(Self.shipped, "en/amazon-jp/refund/index.html"))
        let note = "This plan is for an item Amazon Japan sold itself."
        #expect(page.components(separatedBy: note).count - 1 == 1, "the plan's note is shown once, at the top")
    }

    @Test("a plan page weighs under 30 KB compressed")
    func pageWeight() throws {
        var heaviest = (path: "", size: 0)
        // The largest plan pages before compression (gzip of every page would take longer than it tells).
        let plans = Self.shipped.files.filter { $0.path.hasSuffix("index.html") && $0.path.split(separator: "/").count >= 4 }
        #expect(plans.count > 500)
        for file in plans.sorted(by: { $0.data.count > $1.data.count }).prefix(5) {
            let size = try Self.gzipSize(file.data)
            if size > heaviest.size { heaviest = (file.path, size) }
        }
        #expect(heaviest.size > 0)
        #expect(heaviest.size < 30 * 1024, "the heaviest plan page, \(heaviest.path), is \(heaviest.size) bytes gzipped")
    }

    static func gzipSize(_ data: Data) throws -> Int {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["gzip", "-9", "-c"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return out.count
    }
}
