import Foundation

/// The commented starting file `supportdir new` writes. Every value to replace contains ``marker``;
/// the `fill-in` rule reports each one, and other rules stay quiet on those lines, so an untouched
/// file fails only with "fill in" findings.
public enum ProfileTemplate {
    public static let marker = "FILL-IN"

    /// Why an id cannot be used, or nil.
    public static func problem(withID id: String) -> String? {
        FileNameRule.isValidID(id) ? nil
            : "the id '\(id)' may only hold lowercase letters a-z, digits and single '-' between them (e.g. 'example-shop')"
    }

    /// The kinds `new` offers.
    public static let kinds: [MerchantKind] = [.marketplace, .seller, .brand, .retailer]

    /// Writes `<id>.yaml` into `folder` (created only with `createFolder`); refuses to overwrite.
    public static func write(id: String, kind: MerchantKind, into folder: URL, createFolder: Bool = true,
                             today: CalendarDate = CalendarDate(Date(), in: TimeZone(identifier: "UTC")!)) throws(ValidationToolError) -> URL {
        if let problem = problem(withID: id) { throw ValidationToolError(problem) }
        let file = folder.appendingPathComponent("\(id).yaml")
        if FileManager.default.fileExists(atPath: file.path) {
            throw ValidationToolError("'\(file.path)' already exists; edit it, or pick another id (nothing was written)")
        }
        do {
            if createFolder { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            // withoutOverwriting: a file created between the check and the write is not clobbered.
            try Data(render(id: id, kind: kind, today: today).utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            throw ValidationToolError("cannot write '\(file.path)': \(error.localizedDescription)")
        }
        return file
    }

    public static func render(id: String, kind: MerchantKind, today: CalendarDate) -> String {
        let party: String, issue: String, why: String
        switch kind {
        case .seller:
            party = "seller"; issue = "not-received"; why = "one sentence on why shoppers start here"
        case .brand:
            party = "brand"; issue = "warranty"; why = "one sentence on why warranty claims go to the brand"
        case .marketplace, .retailer:
            party = "merchant"; issue = "not-received"; why = "one sentence on why shoppers start here"
        }
        var out = """
            # yaml-language-server: $schema=../docs/merchant-profile.schema.json
            #
            # A new \(kind.rawValue) profile. Replace every FILL-IN value (and delete the comments you do not
            # need), then check it with:
            #
            #   supportdir validate Merchants/\(id).yaml
            #
            # Field reference: docs/profile-format.md. Rules for contact points: CONTRIBUTING.md.
            # Copy every phone number, email and URL from the merchant's OWN site (a domain listed under
            # `domains`), never from a "helpline" or directory site: those spread scam numbers.

            id: \(id)
            kind: \(kind.rawValue)
            names:
              en: "FILL-IN: the name shoppers know, in English"
              # ko: 한국어 이름
              # ja: 日本語の名前
            # Other names people type, in any script: [아마존, アマゾン, 亚马逊]
            aliases: []
            # Official domains; every url, email and source below must be on one of them or a subdomain.
            domains:
              - "FILL-IN: the official domain, like example.com"
            # Countries served, ISO 3166-1 codes (US, KR, JP, GB...).
            regions:
              - "FILL-IN: a country code such as US"

            """
        if kind == .seller || kind == .brand {
            out += """
                # Ids of the marketplace profiles it sells on (see `supportdir list`).
                sells_on:
                  - "FILL-IN: a marketplace id such as amazon"

                """
        }
        if kind == .marketplace {
            out += """
                # How third-party sellers are reached (a profile of kind seller, e.g. `supportdir new \(id)-sellers --kind seller`):
                # third_party:
                #   seller_profile: \(id)-sellers
                #   seller_first: [return, wrong-item]
                #   marketplace_first: [billing-dispute]

                """
        }
        out += """

            channels:
              - id: help
                # phone, callback, chat, email, contact-form, order-messages, claim, help-center,
                # community, social, in-person, screen-sharing
                kind: help-center
                url: "FILL-IN: the https page where shoppers start, like https://www.example.com/help"
                # path: [Help, Contact us]      # the click path inside the site or app
                languages: [en]
                login_required: false
                good_for: [self-service]
                source:
                  url: "FILL-IN: the official page where you saw it, like https://www.example.com/help"
                  seen: \(today)              # the day you read that page
                  quality: official-page        # official-page, in-app (seen signed in), or secondary
              # A phone line (only from an official page; `secondary` sources are not enough for a number):
              # - id: phone
              #   kind: phone
              #   phone: "+18005550100"         # E.164: +, country code, digits only
              #   hours:
              #     timezone: America/New_York  # an IANA zone
              #     weekly:
              #       - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "18:00"}
              #   languages: [en]
              #   source: {url: https://www.example.com/contact, seen: \(today), quality: official-page}

            # What to do per issue (issue ids: `supportdir issues`, or Merchants/_vocabulary/).
            routes:
              - issue: \(issue)
                steps:
                  - party: \(party)
                    channels: [help]
                    why: "FILL-IN: \(why)"

            """
        return out
    }
}
