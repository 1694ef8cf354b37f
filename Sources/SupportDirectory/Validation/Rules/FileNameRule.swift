/// A profile's id is lowercase `a-z0-9-` and equals its file name, so `Merchants/amazon.yaml` holds `id: amazon`.
struct FileNameRule: ValidationRule {
    static let id = "file-name"
    static let description = "The id is lowercase a-z, 0-9 and '-', and the file is named after it (<id>.yaml)."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: ↓shop
            kind: retailer
            names: Shop
            domains: [example.com]
            """, fileName: "other-shop.yaml"),
        RuleExample("""
            id: ↓My_Shop
            kind: retailer
            names: Shop
            domains: [example.com]
            """, fileName: "My_Shop.yaml"),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop-2
            kind: retailer
            names: Shop
            domains: [example.com]
            """, fileName: "shop-2.yaml"),
    ]

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// An id the rule accepts, made from `id`: lowercase, accents dropped (`Ä` -> `a`), every run of other
    /// characters one `-`, none at the ends (`-Shop-` -> `shop`, `Shop__x` -> `shop-x`, `Amazon Shop!` -> `amazon-shop`);
    /// nil when nothing usable is left.
    static func suggestedID(for id: String) -> String? {
        var out = ""
        var pendingDash = false
        for scalar in SearchKey.normalize(id).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? nil : out
    }

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        if !Self.isValidID(profile.id) {
            let example = Self.suggestedID(for: profile.id).map { "e.g. '\($0)'" } ?? "e.g. 'example-shop'"
            return [finding("the id '\(profile.id)' may only hold lowercase letters a-z, digits and single '-' between them (\(example))",
                            in: file, at: [PK.id])]
        }
        if profile.id != file.baseName {
            return [finding("the id '\(profile.id)' does not match the file name '\(file.url.lastPathComponent)'; rename the file to '\(profile.id).yaml' or change the id to '\(file.baseName)'",
                            in: file, at: [PK.id])]
        }
        return []
    }
}
