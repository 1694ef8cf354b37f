/// Message templates only use placeholders the plan can fill (`{order_number}`, `{merchant}`...).
struct TemplatePlaceholderRule: ValidationRule {
    static let id = "template-placeholder"
    static let description = "Placeholders in message templates are known ones such as {order_number} and {merchant}, with balanced braces."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            templates:
              - id: refund
                opening: "My order ↓{order_no} arrived broken."
            """),
        RuleExample("""
            templates:
              - id: refund
                opening: {en: "Order {order_number}", ko: "주문 ↓{주문번호}"}
            """, fileName: "templates.yaml", vocabulary: true),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            templates:
              - id: refund
                opening: "My order ↓{order_number arrived broken."
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            templates:
              - id: refund
                opening: {en: "Order {order_number} from {merchant}", ko: "{order_number} 주문", ja: "注文番号 {order_number}"}
                follow_up: "I wrote on {today} and want {outcome}."
            """),
    ]

    /// Placeholder names in `text` with their tokens (`{name}`); an unclosed `{` (no `}` before the next `{` or
    /// the end) as a nil name with the text from it. Read on UTF-8 bytes: braces are ASCII, and walking
    /// Characters through Korean or Japanese text cost more than the rest of the rules together.
    static func placeholders(in text: String) -> [(name: String?, token: String)] {
        var out: [(String?, String)] = []
        let utf8 = text.utf8
        var from = utf8.startIndex
        while let open = utf8[from...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = utf8.index(after: open)
            if let close = utf8[afterOpen...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }),
               utf8[close] == UInt8(ascii: "}") {
                let name = String(decoding: utf8[afterOpen..<close], as: UTF8.self)
                out.append((name, "{" + name + "}"))
                from = utf8.index(after: close)
            } else {
                out.append((nil, String(text[open...].prefix(20))))
                from = afterOpen
            }
        }
        return out
    }

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let templates: [(MessageTemplate, [any CodingKey])] =
            (file.profile?.templates.enumerated().map { ($1, [PK.templates, Index($0)]) } ?? [])
            + (file.vocabulary?.templates.enumerated().map { ($1, [VK.templates, Index($0)]) } ?? [])
        // Listed only in a message, so worked out only when there is one.
        var known: String { MessageTemplate.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ") }
        for (template, path) in templates {
            let parts: [(LocalizedText?, any CodingKey)] = [(template.opening, TK.opening), (template.followUp, TK.followUp), (template.closing, TK.closing)]
            for (text, field) in parts {
                guard let text else { continue }
                for (language, body) in text.entries where body.utf8.contains(UInt8(ascii: "{")) {
                    // Where the token sits is looked up only for a finding.
                    func location(of token: String) -> SourceLocation {
                        let base = file.node(at: path + [field])
                        let node: YAMLNodeRef = base.flatMap { n in if case .mapping = n.kind { return n[language] } else { return n } }
                        return node.map { file.location(of: token, in: $0) } ?? file.location(of: path + [field])
                    }
                    for (name, token) in Self.placeholders(in: body) {
                        if let name {
                            guard !MessageTemplate.placeholders.contains(name) else { continue }
                            findings.append(finding("the template '\(template.id)' uses the unknown placeholder \(token); known placeholders: \(known)",
                                                    in: file, at: location(of: token)))
                        } else {
                            findings.append(finding("the template '\(template.id)' has a '{' without its '}' near \"\(token)\"; close the placeholder, e.g. {order_number}",
                                                    in: file, at: location(of: token)))
                        }
                    }
                }
            }
        }
        return findings
    }
}

import YAMLDecoding
typealias YAMLNodeRef = YAMLNode?
