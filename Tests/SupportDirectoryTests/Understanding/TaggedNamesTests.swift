import Foundation
import Testing
@testable import SupportDirectory

/// A merchant's name run together with other words in a hashtag or a handle is set apart.
@Suite("Understanding: names inside hashtags and handles")
struct TaggedNamesTests {
    static let tagged = TaggedNames(registry: ShippedUnderstandingTests.registry)

    @Test func aNameAtTheStartOfATagIsSetApart() {
        #expect(Self.tagged.separated("parcel crushed #amazonfail 😡") == "parcel crushed #amazon fail 😡")
        #expect(Self.tagged.separated("@AmazonHelp where is my refund") == "@Amazon Help where is my refund")
        #expect(Self.tagged.separated("#ebaysucks #walmartfail") == "#ebay sucks #walmart fail")
    }

    @Test func aTagThatIsNoNameOrOnlyTheNameIsLeftAlone() {
        for text in ["#blessed #ootd", "#amazon refund", "#amaz0nn", "no tags here", "#", "@"] {
            #expect(Self.tagged.separated(text) == text, "\(text)")
        }
    }

    @Test func anEmailAddressIsNoHandle() {
        let text = "they wrote from help@amazonsecure-mail.com"
        #expect(Self.tagged.separated(text) == text)
    }

    @Test func theWorkIsBoundedForAnyInput() {
        let many = String(repeating: "#amazonfail ", count: 1_000)
        let separated = Self.tagged.separated(many)
        #expect(separated.components(separatedBy: "#amazon fail").count - 1 == TaggedNames.maximumTags)
        let long = "#amazon" + String(repeating: "x", count: 10_000)
        #expect(Self.tagged.separated(long) == long, "a tag longer than \(TaggedNames.maximumTagLength) letters is not read")
    }

    @Test func theMerchantIsReadFromTheTag() {
        let u = ShippedUnderstandingTests.understand("the lamp glass arrived in pieces #amazonfail")
        #expect(u.merchant == "amazon" && u.issue == "damaged", "\(u.merchant ?? "-") \(u.issue ?? "-")")
    }
}
