import Foundation
import Testing
@testable import SupportDirectory

@Suite("PlanStrings.fill replaces placeholders as replacingOccurrences does")
struct PlanStringsFillTests {
    @Test(arguments: [
        ("open now, until %1", "%1", "Mon 09:00", "open now, until Mon 09:00"),
        ("지금 운영 중, %1까지", "%1", "17:30", "지금 운영 중, 17:30까지"),
        ("受付中（%1まで）", "%1", "月 9:00", "受付中（月 9:00まで）"),
        ("%2 days after %1", "%2", "90", "90 days after %1"),
        ("%1%1 and %10", "%1", "x", "xx and x0"),          // every occurrence, left to right, as Foundation does
        ("no placeholder", "%1", "x", "no placeholder"),
        ("50% off %1", "%1", "", "50% off "),
        ("%", "%1", "x", "%"),
        ("%1", "%1", "a%1b", "a%1b"),                      // a value is not searched again
    ])
    func fills(_ text: String, _ placeholder: String, _ value: String, _ expected: String) {
        #expect(PlanStrings.fill(placeholder, in: text, with: value) == expected)
        #expect(PlanStrings.fill(placeholder, in: text, with: value) == text.replacingOccurrences(of: placeholder, with: value))
    }

    @Test("format fills the last placeholder first, then the earlier ones, in the language's string")
    func format() {
        #expect(PlanStrings.format("l.days_after", "en", "90", "the latest estimated delivery") == "90 days after the latest estimated delivery")
        #expect(PlanStrings.format("l.open_until", "ko", "17:30").contains("17:30까지"))
    }
}
