import Testing
@testable import SupportDirectory

@Suite("OutputEscaping.json's byte prefilter misses no scalar it escapes")
struct JSONEscapePrefilterTests {
    @Test("every scalar of Unicode, alone and between other text: the prefilter says maybe whenever the scalar is escaped")
    func everyScalar() {
        var missed: [UInt32] = []
        var flagged = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }   // surrogates
            let needs = OutputEscaping.needsJSONEscape(scalar)
            for text in [String(Character(scalar)), "é한" + String(Character(scalar)) + "x"] {
                var copy = text
                let maybe = copy.withUTF8 { OutputEscaping.mayNeedJSONEscape($0) }
                if needs && !maybe { missed.append(v) }
                if maybe && !needs { flagged += 1 }
            }
        }
        #expect(missed.isEmpty, "scalars the prefilter lets through unescaped: \(missed.prefix(10).map { String($0, radix: 16) })")
        // It flags exactly those scalars (the rule then looks at the scalars anyway).
        #expect(flagged == 0, "\(flagged) scalars flagged that need no escape")
    }

    @Test("documents: escaped as before, with and without text in other scripts")
    func documents() {
        #expect(OutputEscaping.json("{\"a\" : \"아마존 환불\"}") == "{\"a\" : \"아마존 환불\"}")
        #expect(OutputEscaping.json("{\"a\" : \"x\u{202E}y \u{85} \u{2028}\"}") == "{\"a\" : \"x\\u202ey \\u0085 \\u2028\"}")
        #expect(OutputEscaping.json("\"\u{1FFFE}\"") == "\"\\ud83f\\udffe\"")
    }
}
