/// The language a text is written in, judged by its letters: Hangul is Korean, kana Japanese;
/// Han letters alone are Japanese or Chinese by the letters only one of them writes (楽, 発, 売
/// are Japanese forms; 乐, 发, 卖 Chinese), listed in `understanding.han_only`.
struct LanguageRecogniser {
    struct Reading: Equatable {
        var language: String
        /// Han letters only, none of them telling Japanese from Chinese: the language is a guess.
        var undecided: Bool
    }

    let hanOnly: [String: Set<Unicode.Scalar>]

    init(readings: TextReadings) { hanOnly = readings.hanOnly }

    /// nil for text without Hangul, kana or Han.
    func reading(of text: String) -> Reading? {
        var han = false
        var japanese = 0
        var chinese = 0
        let ja = hanOnly["ja"] ?? []
        let zh = hanOnly["zh"] ?? []
        for s in text.unicodeScalars {
            switch s.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: return Reading(language: "ko", undecided: false)
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return Reading(language: "ja", undecided: false)
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF:
                han = true
                if ja.contains(s) { japanese += 1 }
                if zh.contains(s) { chinese += 1 }
            default: break
            }
        }
        guard han else { return nil }
        if japanese > chinese { return Reading(language: "ja", undecided: false) }
        return Reading(language: "zh", undecided: chinese == 0)
    }
}
