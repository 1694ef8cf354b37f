import Foundation

extension ValidationContext {
    /// The context every rule example runs in: today is 2026-11-22, and besides the example there are
    ///
    /// - a marketplace `market` (domain `market.example.com`, sellers described by `market-sellers`),
    /// - a seller profile `market-sellers` with the channel `contact-seller`,
    /// - a marketplace `amazon` (names Amazon, 아마존, アマゾン; alias amzn; domains amazon.com, amazon.co.jp) and a
    ///   brand `anker` (names Anker, 앵커; domain anker.com), for the impersonation rules,
    /// - a vocabulary with the issues `refund`, `not-received` and `warranty`, the preparations
    ///   `order-number` and `photos`, and the template `refund`.
    public static func forExamples(adding example: ValidatedFile? = nil, strict: Bool = false) -> ValidationContext {
        var context = ValidationContext(today: CalendarDate(year: 2026, month: 11, day: 22)!, strict: strict)
        let vocabularyFile = ValidatedFile.read(url: URL(fileURLWithPath: "/examples/_vocabulary/issues.yaml"),
                                                text: exampleVocabulary, role: .vocabulary)
        context.vocabulary = vocabularyFile.vocabulary ?? Vocabulary()
        for (name, text) in [("market", exampleMarket), ("market-sellers", exampleSellers), ("amazon", exampleAmazon), ("anker", exampleAnker)] {
            let file = ValidatedFile.read(url: URL(fileURLWithPath: "/examples/other-folder/\(name).yaml"), text: text, role: .profile)
            if let profile = file.profile {
                context.profiles[profile.id] = profile
                context.filesByID[profile.id, default: []].append(file.displayPath)
            }
        }
        if let example, let profile = example.profile {
            if context.profiles[profile.id] == nil { context.profiles[profile.id] = profile }
            context.filesByID[profile.id, default: []].append(example.displayPath)
        }
        if let example, let vocabulary = example.vocabulary { context.vocabulary.merge(vocabulary) }
        context.identities = IdentityIndex(context)
        return context
    }

    static let exampleVocabulary = """
        issues:
          - {id: refund, names: Refund, prepare: [order-number], template: refund}
          - {id: not-received, names: Not received}
          - {id: warranty, names: Warranty}
        preparations:
          - {id: order-number, label: Order number}
          - {id: photos, label: Photos}
        templates:
          - {id: refund, opening: "Please refund order {order_number}."}
        """

    static let exampleMarket = """
        id: market
        kind: marketplace
        names: Market
        domains: [market.example.com]
        third_party: {seller_profile: market-sellers, seller_first: [refund]}
        """

    static let exampleAmazon = """
        id: amazon
        kind: marketplace
        names: {en: Amazon, ko: 아마존, ja: アマゾン}
        aliases: [amzn, amazon.com]
        domains: [amazon.com, amazon.co.jp]
        """

    static let exampleAnker = """
        id: anker
        kind: brand
        names: {en: Anker, ko: 앵커}
        aliases: [soundcore]
        domains: [anker.com]
        sells_on: [amazon]
        """

    static let exampleSellers = """
        id: market-sellers
        kind: seller
        names: Sellers on Market
        domains: [market.example.com]
        sells_on: [market]
        channels:
          - id: contact-seller
            kind: order-messages
            path: [Your orders, the order, Contact seller]
        """
}
