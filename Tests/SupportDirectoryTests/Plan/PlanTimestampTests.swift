import Foundation
@testable import SupportDirectory
import Testing

@Suite("generated_at without a formatter")
struct PlanTimestampTests {
    @Test("the same text as ISO8601DateFormatter for whole seconds, fractions and the ends of the range")
    func sameAsFormatter() {
        let formatter = ISO8601DateFormatter()
        var moments: [Double] = [0, -1, 1, 59, 60, 86_399, 86_400, 951_782_400 /* 2000-02-29 */, 1_796_299_200, 1.5, -0.25,
                                 -62_135_596_800 /* 0001-01-01 */, -62_135_596_801, 253_402_300_799 /* 9999-12-31T23:59:59 */,
                                 253_402_300_800, -2_208_988_800 /* 1900-01-01 */]
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            moments.append(Double(Int64(bitPattern: x >> 20) % 9_000_000_000))
        }
        for s in moments {
            let date = Date(timeIntervalSince1970: s)
            #expect(PlanTimestamp.string(date) == formatter.string(from: date), "\(s)")
        }
    }
}
