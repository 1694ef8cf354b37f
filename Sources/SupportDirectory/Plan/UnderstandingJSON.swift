/// The `understanding` object of an unresolved outcome (docs/contact-plan.schema.json): every key is always
/// written, `null` when there is nothing (`merchant`, `seller`, `issue`, `order_number`, `country`), so a reader
/// never has to tell a missing key from an empty value. Keys are snake_case, spelled here (the JSON renderer converts no key).
extension Understanding {
    enum JSONKeys: String, CodingKey, CaseIterable {
        case merchant, merchantStatus = "merchant_status", merchantCandidates = "merchant_candidates", seller, issue
        case issueStatus = "issue_status", issueCandidates = "issue_candidates", intent, orderNumber = "order_number"
        case language, country, timeZone = "time_zone", facts, notes
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKeys.self)
        try c.encode(merchant, forKey: .merchant)
        try c.encode(merchantStatus, forKey: .merchantStatus)
        try c.encode(merchantCandidates, forKey: .merchantCandidates)
        try c.encode(seller, forKey: .seller)
        try c.encode(issue, forKey: .issue)
        try c.encode(issueStatus, forKey: .issueStatus)
        try c.encode(issueCandidates, forKey: .issueCandidates)
        try c.encode(intent, forKey: .intent)
        try c.encode(orderNumber, forKey: .orderNumber)
        try c.encode(language, forKey: .language)
        try c.encode(country, forKey: .country)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(facts, forKey: .facts)
        try c.encode(notes, forKey: .notes)
    }
}
