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
        if createFolder {
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw ValidationToolError("cannot create the folder '\(folder.path)': \(FileProblem.whyCannotWrite(into: folder, error: error)) (nothing was written)")
            }
        }
        do {
            let text = render(id: id, kind: kind, today: today, schemaPath: schemaPath(from: folder), inCheckout: checkout(above: folder) != nil)
            // withoutOverwriting: a file created between the check and the write is not clobbered.
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            let why = FileProblem.whyCannotWrite(into: folder, error: error)
            if why == FileProblem.exists {
                throw ValidationToolError("'\(file.path)' already exists; edit it, or pick another id (nothing was written)")
            }
            // withoutOverwriting created the file, so a part written before the failure (a full disk) is ours to remove.
            try? FileManager.default.removeItem(at: file)
            throw ValidationToolError("cannot write '\(file.path)': \(why) (nothing was written)")
        }
        return file
    }

    /// The supportdir checkout holding `folder` (the folder with Package.swift and docs/merchant-profile.schema.json), if any.
    public static func checkout(above folder: URL) -> URL? {
        var dir = folder.standardizedFileURL
        for _ in 0..<64 {
            let schema = dir.appendingPathComponent("docs/merchant-profile.schema.json").path
            if FileManager.default.fileExists(atPath: schema),
               FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
        return nil
    }

    /// The schema's path relative to `folder` when `folder` is inside a checkout; nil outside one (the
    /// `$schema` line is then left out rather than pointing nowhere).
    public static func schemaPath(from folder: URL) -> String? {
        guard let root = checkout(above: folder) else { return nil }
        let depth = folder.standardizedFileURL.pathComponents.count - root.pathComponents.count
        return String(repeating: "../", count: max(depth, 0)) + "docs/merchant-profile.schema.json"
    }

    /// The command that checks the file: `swift run supportdir validate` in a checkout (as CONTRIBUTING.md
    /// says), `supportdir validate` elsewhere.
    public static func validateCommand(for file: String, inCheckout: Bool) -> String {
        (inCheckout ? "swift run supportdir validate " : "supportdir validate ") + file
    }

    public static func render(id: String, kind: MerchantKind, today: CalendarDate,
                              schemaPath: String? = "../docs/merchant-profile.schema.json", inCheckout: Bool = true) -> String {
        let party: String, issue: String, why: String
        switch kind {
        case .seller:
            party = "seller"; issue = "not-received"; why = "one sentence on why shoppers start here"
        case .brand:
            party = "brand"; issue = "warranty"; why = "one sentence on why warranty claims go to the brand"
        case .marketplace, .retailer:
            party = "merchant"; issue = "not-received"; why = "one sentence on why shoppers start here"
        }
        let schemaLine = schemaPath.map { "# yaml-language-server: $schema=\($0)\n" }
            ?? "# (Inside a supportdir checkout, a first line `# yaml-language-server: $schema=../docs/merchant-profile.schema.json`\n# lets your editor check fields as you type.)\n"
        var out = schemaLine + """
            #
            # A new \(kind.rawValue) profile. Replace every FILL-IN value (and delete the comments you do not
            # need), then check it with:
            #
            #   \(validateCommand(for: "Merchants/\(id).yaml", inCheckout: inCheckout))
            #
            # Field reference: docs/profile-format.md. Rules for contact points: CONTRIBUTING.md.
            # Copy every phone number, email, URL, window and limit from the merchant's OWN site (a domain
            # listed under `domains`), never from a "helpline" or directory site: those spread scam numbers.
            # Say each fact once: a source, deadline or step used twice goes under `sources:`, `deadlines:`
            # or `steps:` with an id, and routes name it (docs/profile-format.md, "Say it once").

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
                # Regional shops: [{domain: example.co.jp, region: JP, languages: [ja]}]
                # storefronts: []
                # How third-party sellers are reached (a profile of kind seller, made with
                # `supportdir new \(id)-sellers --kind seller`), and who goes first per issue:
                # third_party:
                #   seller_profile: \(id)-sellers
                #   seller_first: [not-received, damaged, return, refund]
                #   marketplace_first: [billing-dispute, account-access]
                #   note: Why, in one sentence the plan shows.

                # Pages cited more than once: name them here, cite them as `source: ID`.
                # sources:
                #   - {id: guarantee-page, url: https://www.example.com/help/guarantee, seen: \(today), quality: official-page}

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
                # languages: [en, ko]           # BCP 47 tags of the languages it answers in, if the page says
                login_required: false
                # good_for ranks channels: urgent, complex, written-record, evidence, self-service, formal-claim
                good_for: [self-service]
                source:
                  url: "FILL-IN: the official page where you saw it, like https://www.example.com/help"
                  seen: \(today)              # the day you read that page (YYYY-MM-DD)
                  quality: official-page        # official-page, in-app (seen signed in), or secondary
              # A chat with opening hours (a `close` at or before `open` runs past midnight):
              # - id: chat
              #   kind: chat
              #   url: https://www.example.com/help/chat
              #   hours:
              #     timezone: America/New_York  # an IANA zone, where the hours are kept
              #     weekly:
              #       - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "18:00"}
              #       - {days: [sat], open: "10:00", close: "16:00"}
              #     note: Closed on public holidays.
              #   languages: [en]
              #   login_required: true
              #   response_time: usually minutes
              #   good_for: [urgent, written-record]
              #   source: {url: https://www.example.com/help/chat, seen: \(today), quality: official-page}
              # A phone line (only from an official page; `secondary` sources are not enough for a number):
              # - id: phone
              #   kind: phone
              #   phone: "+18005550100"         # E.164: +, country code, digits only
              #   hours: always                 # or {timezone, weekly} as above
              #   source: {url: https://www.example.com/contact, seen: \(today), quality: official-page}

            """
        if kind == .marketplace {
            out += """
                  # The guarantee or dispute form shoppers file when a seller does not help:
                  # - id: claim
                  #   kind: claim
                  #   url: https://www.example.com/help/guarantee
                  #   path: [Your orders, the order, Request refund]
                  #   login_required: true
                  #   good_for: [formal-claim, written-record]
                  #   source: guarantee-page

                # Deadlines, written once: from ordered, delivered, expected (latest estimated delivery),
                # first-contact (the day the shopper first writes), disputed (the day a dispute was opened with
                # the marketplace); days, months and/or hours; opens or closes; a source, always (the page
                # that states the length and what it counts from).
                # deadlines:
                #   - id: return-window
                #     label: {en: Return window ends, ko: 반품 기간 종료, ja: 返品期限}
                #     from: delivered
                #     days: 30                    # the number the source states
                #     kind: closes
                #     source: {url: https://www.example.com/help/returns, seen: \(today), quality: official-page}
                #   - {id: claim-closes, label: Last day for a guarantee claim, from: expected, days: 90, kind: closes, source: guarantee-page}
                # Steps several routes share, written once (routes list the id, or `use:` it and change a field):
                # steps:
                #   - id: seller-first
                #     party: seller               # merchant, seller, brand, carrier, payment-provider, consumer-agency
                #     channels: [contact-seller]  # channel ids of the seller profile
                #     why: A third-party seller sold this; the marketplace asks you to write to it first.
                #     wait_hours: 48               # or wait_business_days: 2 when the page says business days
                #   - {id: guarantee, party: merchant, channels: [claim], why: The guarantee refunds you when the seller does not help.}
                # What third-party routes inherit (drop with `drop: [ids]`, or all with `inherit: false`):
                # route_defaults:
                #   - {sold_by: third-party, first_steps: [seller-first], last_steps: [guarantee], last_deadlines: [claim-closes]}

                """
        }
        out += """
            # What to do per issue (issue ids: `supportdir issues`, or Merchants/_vocabulary/).
            routes:
              - issue: \(issue)
                steps:
                  - party: \(party)
                    channels: [help]
                    why: "FILL-IN: \(why)"
                    # prepare: [order-number, photos]   # preparation ids from Merchants/_vocabulary/
                    # if_no_answer: What to do next, in one sentence.

            """
        if kind == .marketplace {
            out += """
                  # - issue: damaged
                  #   sold_by: third-party          # marketplace, third-party or any (default)
                  #   steps: [{use: seller-first, template: damaged, prepare: [order-number, photos]}]
                  #   deadlines: [return-window]

                """
        }
        return out
    }
}
