/// A parsed document as JSON text, each plain scalar resolved by the YAML 1.2 core schema: what a JSON Schema
/// tool that reads YAML (an editor's language server, a CI check) sees. `+81500000000` is the integer
/// 81500000000, `true` a boolean, `~` null, `2026-11-01` text (the core schema has no timestamps); quoted and
/// block scalars, and scalars tagged `!!str`, are text. Aliases are written out (the parser's limits already
/// bound their expansion); a merge key `<<` stays an ordinary key, as YAML 1.2 has no merge keys.
extension YAMLDocument {
    /// The JSON text of the whole document (object keys in document order). Throws a located error for what
    /// JSON cannot hold: a key that is not a scalar, a repeated key, `.inf` or `.nan`.
    public func jsonText() throws -> String {
        var out = ""
        try JSONWriter(document: self).write(root, into: &out)
        return out
    }
}

private struct JSONWriter {
    let document: YAMLDocument

    func write(_ node: YAMLNode, into out: inout String) throws {
        switch node.kind {
        case .scalar(let text, let style):
            try writeScalar(text, style: style, tag: node.tag, at: node, into: &out)
        case .sequence(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                try write(item, into: &out)
            }
            out.append("]")
        case .mapping(let pairs):
            out.append("{")
            var seen = Set<String>()
            for (i, pair) in pairs.enumerated() {
                guard let key = pair.key.scalar else {
                    throw document.error("JSON keys are text: this key is a list or a mapping", at: pair.key.location)
                }
                guard seen.insert(key).inserted else {
                    throw document.error("duplicate key '\(key)': JSON keeps only one of them", at: pair.key.location)
                }
                if i > 0 { out.append(",") }
                Self.appendString(key, to: &out)
                out.append(":")
                try write(pair.value, into: &out)
            }
            out.append("}")
        }
    }

    func writeScalar(_ text: String, style: YAMLNode.ScalarStyle, tag: String?, at node: YAMLNode, into out: inout String) throws {
        let resolved: String?
        switch tag {
        case nil where style == .plain: resolved = nil
        case nil, "!", CoreSchema.strTag?: Self.appendString(text, to: &out); return
        case CoreSchema.nullTag?: out.append("null"); return
        default: resolved = tag
        }
        if resolved == nil || resolved == CoreSchema.nullTag, CoreSchema.isNull(text) { out.append("null"); return }
        if resolved == nil || resolved == CoreSchema.boolTag, let value = CoreSchema.bool(text) {
            out.append(value ? "true" : "false"); return
        }
        if resolved == nil || resolved == CoreSchema.intTag || resolved == CoreSchema.floatTag, let number = try number(text, at: node) {
            out.append(number); return
        }
        // Any other tag (!!timestamp, a local tag) or a plain scalar that is none of the above: text.
        Self.appendString(text, to: &out)
    }

    /// A JSON number for a core-schema integer or float, nil when the text is neither.
    func number(_ text: String, at node: YAMLNode) throws -> String? {
        switch CoreSchema.integer(text, as: Int64.self) {
        case .value(let v): return String(v)
        case .overflow:
            // Decimal digits beyond 64 bits are still a JSON number; write them without a leading '+'.
            let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
            if digits.hasPrefix("0x") || digits.hasPrefix("0o") { return nil }
            return digits
        case .notAnInteger:
            guard CoreSchema.isFloat(text), let value = CoreSchema.double(text) else { return nil }
            guard value.isFinite else {
                throw document.error("'\(text)' is a YAML float that JSON cannot hold; quote it if it is text", at: node.location)
            }
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : String(value)
        }
    }

    static func appendString(_ text: String, to out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
