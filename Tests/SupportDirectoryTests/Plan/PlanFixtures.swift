import Foundation
@testable import SupportDirectory

/// The fixture profiles of Fixtures/plan, loaded once.
enum PlanFixtures {
    static let folder: URL = {
        if let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/plan"),
           FileManager.default.fileExists(atPath: url.path) { return url }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/plan")
    }()

    static let registry: Registry = Registry.load(folders: [folder])

    /// Sunday 2026-11-22 10:00 in Los Angeles.
    static let now = iso("2026-11-22T18:00:00Z")
    static let la = TimeZone(identifier: "America/Los_Angeles")!

    static func iso(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func request(_ text: String = "", merchant: String? = nil, seller: String? = nil, issue: String? = nil,
                        order: String? = nil, expected: String? = nil, delivered: String? = nil, country: String? = nil,
                        language: String? = nil, now: Date = now, zone: TimeZone = la,
                        locale: String = "en_US.UTF-8") -> ResolveRequest {
        ResolveRequest(text: text, merchant: merchant, seller: seller, issue: issue, orderNumber: order,
                       delivered: delivered.flatMap { CalendarDate($0) }, expected: expected.flatMap { CalendarDate($0) },
                       country: country, language: language, timeZone: zone, now: now, environment: ["LANG": locale])
    }

    static func understand(_ request: ResolveRequest) -> Understanding {
        QueryUnderstanding(registry: registry).understand(request)
    }

    static func plan(_ request: ResolveRequest) -> ContactPlan? {
        if case let .plan(plan, _) = ContactPlanner(registry: registry).resolve(request) { return plan }
        return nil
    }
}
