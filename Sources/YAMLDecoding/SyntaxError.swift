internal import CLibYAML

/// Turns libyaml's reader, scanner and parser errors into messages for people who do not know
/// YAML's grammar, keeping libyaml's position and its original wording in parentheses.
enum SyntaxError {
    static func make(_ parser: yaml_parser_t, composer: Composer) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { String(cString: $0) }
        let source = composer.source

        if parser.error == YAML_READER_ERROR {
            let offset = Int(parser.problem_offset)
            let at = source.location(byteOffset: offset)
            let value = parser.problem_value
            let message: String
            switch problem {
            case "control characters are not allowed" where value == 0:
                message = "a NUL byte (0x00) is not allowed in a YAML file; remove it"
            case "control characters are not allowed":
                message = "the control character U+\(hex(value, width: 4)) is not allowed in a YAML file; remove it"
            case let p where p.contains("UTF-8"):
                let byte = offset < source.bytes.count ? " 0x" + hex(Int32(source.bytes[offset]), width: 2) : ""
                message = "the file is not valid UTF-8 (byte\(byte) here); save it as UTF-8 (\(problem))"
            default:
                message = "the file cannot be read as UTF-8 text (\(problem))"
            }
            return composer.error(message, at: at)
        }

        let mark = parser.problem_mark
        let at = composer.location(mark)
        let contextAt = composer.location(parser.context_mark)
        let character = characterAt(mark, source: source)
        let original = context.map { "\($0): \(problem)" } ?? problem
        let friendly: String

        switch problem {
        case _ where problem.contains("tab"):
            friendly = "tabs are not allowed for indentation; use spaces"
        case "found character that cannot start any token" where character == "\t":
            friendly = "tabs are not allowed for indentation; use spaces"
        case "found character that cannot start any token" where character == "@" || character == "`":
            friendly = "a value cannot start with '\(character!)'; put the value in quotes"
        case "found character that cannot start any token":
            friendly = "this character cannot start a value here; put the value in quotes"
        case "found unexpected end of stream" where context?.contains("quoted scalar") == true:
            let quote = characterAt(parser.context_mark, source: source) ?? "\""
            friendly = "the quoted text that starts on line \(contextAt.line), column \(contextAt.column) is never closed; add the closing \(quote)"
        case "found unexpected document indicator" where context?.contains("quoted scalar") == true:
            let quote = characterAt(parser.context_mark, source: source) ?? "\""
            friendly = "the quoted text that starts on line \(contextAt.line), column \(contextAt.column) is never closed; add the closing \(quote)"
        case "mapping values are not allowed in this context":
            friendly = "a ':' inside an unquoted value is not allowed here; quote the value, or check the indentation of the line"
        case "did not find expected key":
            friendly = "this line does not line up with the keys of the mapping started on line \(contextAt.line); check its indentation"
        case "did not find expected '-' indicator":
            friendly = "this line does not line up with the list items started on line \(contextAt.line); check its indentation"
        case "could not find expected ':'":
            friendly = "expected a ':' after the key that starts on line \(contextAt.line); write 'key: value', or quote text that spans lines"
        case "block sequence entries are not allowed in this context":
            friendly = "a '- ' list item is not allowed here; put the list on its own lines under the key, indented"
        case "did not find expected node content":
            friendly = "a value is missing here"
        case "did not find expected ',' or ']'":
            friendly = "the list in [ ] that starts on line \(contextAt.line) is missing a ',' or its closing ']'"
        case "did not find expected ',' or '}'":
            friendly = "the mapping in { } that starts on line \(contextAt.line) is missing a ',' or its closing '}'"
        case "found unknown escape character":
            friendly = "unknown escape sequence in double-quoted text; write \\\\ for a backslash, or use single quotes"
        case "did not find expected alphabetic or numeric character" where context?.contains("anchor") == true || context?.contains("alias") == true:
            friendly = "'&' and '*' start anchors and aliases; put the value in quotes if the character is meant literally"
        case "found undefined tag handle", "did not find expected tag URI", "did not find URI escaped octet":
            friendly = "'!' starts a tag; put the value in quotes if the character is meant literally"
        case "found unexpected end of stream":
            friendly = "the file ends in the middle of a value"
        case "did not find expected <document start>":
            friendly = "unexpected content after the end of the document; check the indentation of this line"
        case "found a comment without a space before it":
            friendly = "a '#' comment needs a space before it"
        default:
            friendly = "invalid YAML"
        }
        return composer.error("\(friendly) (\(original))", at: at)
    }

    private static func characterAt(_ mark: yaml_mark_t, source: SourceText) -> Character? {
        guard let line = source.line(Int(mark.line) + 1) else { return nil }
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: Int(mark.column), limitedBy: scalars.endIndex),
              index < scalars.endIndex else { return nil }
        return Character(scalars[index])
    }

    private static func hex(_ value: Int32, width: Int) -> String {
        let digits = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
