/// No two profiles share an id, in any of the loaded folders.
struct UniqueIDRule: ValidationRule {
    static let id = "unique-id"
    static let description = "Profile ids are unique across every loaded folder (built-in, SUPPORTDIR_PATH, --merchants)."
    static let defaultSeverity = Severity.error
    static let readsDirectory = true

    static let triggeringExamples = [
        RuleExample("""
            id: ↓market
            kind: marketplace
            names: Another market
            domains: [example.com]
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile, let files = context.filesByID[profile.id], files.count > 1 else { return [] }
        let others = files.filter { $0 != file.displayPath }
        guard !others.isEmpty else { return [] }
        // Name a few; a copied template can share its id with dozens of files.
        let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? " and \(others.count - 3) more files" : "")
        return [finding("the id '\(profile.id)' is also used by \(shown); ids must be unique across all folders, so pick another id (and file name)",
                        in: file, at: [PK.id])]
    }
}
