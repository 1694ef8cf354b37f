import Foundation
import Mustache
import SupportDirectory
@testable import SupportDirectorySite
import Testing

/// The site's content type escapes as Mustache's own HTML content type does, byte for byte, and every template uses it.
@Suite("Site HTML escaping")
struct SiteHTMLTests {
    @Test("the same text as Mustache's HTML escaping; a < before a combining mark is escaped too")
    func sameAsMustache() throws {
        let samples = ["", "plain", "<script>alert('x')</script>", "a & b \"quoted\" 'single' > <", "&amp; already", "아마존 <b>환불</b>",
                       "返品 & 交換 “引用” ‘ ’", "line\nbreak\r\ntab\t", "emoji 👩‍👩‍👧 <", "\u{0}\u{7F}\u{85}", "\"onload=alert(1)", "javascript:alert(1)"]
        let mustache = try MustacheTemplate(string: "{{x}}")
        for text in samples {
            #expect(SiteHTML.escape(text) == mustache.render(["x": text]), "\(text.debugDescription)")
        }
        #expect(SiteHTML.escape("<\u{338}script>") == "&lt;\u{338}script&gt;")
    }

    @Test("every template that writes values starts in the site's content type")
    func templatesUseIt() throws {
        for template in [SiteTemplates.layout, SiteTemplates.channel, SiteTemplates.escalationItem, SiteTemplates.root] {
            #expect(template.hasPrefix("{{% CONTENT_TYPE: \(SiteHTML.name)}}"))
        }
        // The pages extend the layout, whose content type their blocks are rendered in.
        for template in [SiteTemplates.home, SiteTemplates.merchants, SiteTemplates.plan, SiteTemplates.merchant, SiteTemplates.countries, SiteTemplates.add] {
            #expect(template.hasPrefix("{{<layout}}"))
        }
        // A < before a combining mark tells the two apart: escaped in the layout and in the page's block alike.
        let library = try SiteTemplates.library(words: SitePage.words(lang: "en", root: "../../", today: CalendarDate(year: 2026, month: 1, day: 1)!, countries: ["JP"]))
        let page = library.render(["title": "<\u{338}t", "heading": "<\u{338}h", "rest": "_add/"], withTemplate: "add") ?? ""
        #expect(page.contains("<title>&lt;\u{338}t</title>") && page.contains("&lt;\u{338}h"), "\(page.prefix(600))")
    }
}
