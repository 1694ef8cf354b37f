import Foundation
import Testing
@testable import SupportDirectory

/// `understandBeforeIssue` + `understanding(_:issue:)` (one reading for every issue of a request, as the site makes
/// its plans) give exactly what `understand` gives for the request with that issue id, and the same plan.
@Suite("Understanding read once for every issue")
struct UnderstandingBeforeIssueTests {
    static let registry = ShippedUnderstandingTests.registry

    static func request(_ text: String = "", merchant: String? = nil, seller: String? = nil, issue: String? = nil,
                        country: String? = nil, language: String? = nil, order: String? = nil) -> ResolveRequest {
        ResolveRequest(text: text, merchant: merchant, seller: seller, issue: issue, orderNumber: order, country: country, language: language,
                       timeZone: TimeZone(identifier: "UTC")!, timeZoneName: "UTC", now: Date(timeIntervalSince1970: 1_796_299_200),
                       environment: ["LANG": "ko_KR.UTF-8"])
    }

    @Test("equal to understand for options, text, sellers, unknown shops and every issue id of the vocabulary")
    func sameAsUnderstand() {
        let reader = QueryUnderstanding(registry: Self.registry)
        let planner = ContactPlanner(registry: Self.registry)
        let requests: [ResolveRequest] = [
            Self.request(merchant: "amazon", seller: "third-party", country: "US", language: "en"),
            Self.request(merchant: "rakuten", language: "ja"),
            Self.request(merchant: "amazon-jp", seller: "some shop", country: "JP", language: "ko"),
            Self.request(merchant: "no-such-shop", language: "zh"),
            Self.request(language: "en"),
            Self.request("아마존 제3자 판매자"),
            Self.request("速卖通 订单 8123456789012345", order: nil),
            Self.request("zalando"),
        ]
        var compared = 0
        for base in requests {
            let before = reader.understandBeforeIssue(base)
            for issue in Self.registry.vocabulary.issues {
                var request = base
                request.issue = issue.id
                let whole = reader.understand(request)
                #expect(reader.understanding(before, issue: issue.id) == whole, "\(base.text) \(base.merchant ?? "-") \(issue.id)")
                let planned = planner.resolve(request, understood: whole)
                #expect(String(describing: planned) == String(describing: planner.resolve(request)), "\(issue.id)")
                compared += 1
            }
        }
        #expect(compared == requests.count * Self.registry.vocabulary.issues.count)
        #expect(reader.understanding(reader.understandBeforeIssue(requests[0]), issue: "no-such-issue") == nil)
    }
}
