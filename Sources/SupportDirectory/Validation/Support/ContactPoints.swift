/// A phone number, email address or URL in a file, with where it is and the source that vouches for it.
struct ContactPoint {
    enum Field: String { case phone, email, url }

    var field: Field
    var value: String
    /// Coding path of the value.
    var path: [any CodingKey]
    /// Coding path of the channel or step holding it.
    var ownerPath: [any CodingKey]
    /// "channel 'chat'", "escalation step 'a-to-z'".
    var owner: String
    var source: Source?
    /// Domains the value and its source must sit on (or under).
    var allowedDomains: [String]
    /// Agency steps of the vocabulary: checked against their source's own domain.
    var isAgency: Bool
}

/// A source of a contact point or a deadline.
struct SourceReference {
    var source: Source
    var path: [any CodingKey]
    var owner: String
    var allowedDomains: [String]
    var isAgency: Bool
    /// The phone number this source vouches for, if any (secondary quality is not enough for one).
    var phone: String?
}

extension ValidatedFile {
    /// Every phone, email and url of channels and escalation steps (profiles) or of country steps (vocabulary).
    var contactPoints: [ContactPoint] {
        var points: [ContactPoint] = []
        if let profile {
            let usable = Domains.usable(profile.domains)
            for (i, channel) in profile.channels.enumerated() {
                let owner: [any CodingKey] = [PK.channels, Index(i)]
                for (field, value) in channel.contactPoints {
                    points.append(ContactPoint(
                        field: ContactPoint.Field(rawValue: field)!, value: value, path: owner + [key(field)], ownerPath: owner,
                        owner: "channel '\(channel.id)'", source: channel.source, allowedDomains: usable, isAgency: false))
                }
            }
            for (i, step) in profile.escalation.enumerated() {
                let owner: [any CodingKey] = [PK.escalation, Index(i)]
                points += step.points(owner: owner, domains: usable, agency: false)
            }
        }
        if let vocabulary {
            for (c, country) in vocabulary.countries.enumerated() {
                for (i, step) in country.steps.enumerated() {
                    let owner: [any CodingKey] = [VK.countries, Index(c), key("steps"), Index(i)]
                    let domains = step.source.flatMap { Domains.host(ofURL: $0.url) }.map { [Domains.registrable($0)] } ?? []
                    points += step.points(owner: owner, domains: domains, agency: true)
                }
            }
        }
        return points
    }

    /// Every source: of channels, escalation steps and deadlines.
    var sourceReferences: [SourceReference] {
        var refs: [SourceReference] = []
        if let profile {
            let usable = Domains.usable(profile.domains)
            for (i, channel) in profile.channels.enumerated() {
                guard let source = channel.source, source.reference == nil else { continue }
                refs.append(SourceReference(source: source, path: [PK.channels, Index(i), CK.source],
                                            owner: "channel '\(channel.id)'", allowedDomains: usable,
                                            isAgency: false, phone: channel.phone))
            }
            for (i, step) in profile.escalation.enumerated() {
                guard let source = step.source, source.reference == nil else { continue }
                refs.append(SourceReference(source: source, path: [PK.escalation, Index(i), EK.source],
                                            owner: "escalation step '\(step.id)'", allowedDomains: usable,
                                            isAgency: false, phone: step.phone))
            }
            forEachWrittenDeadline(of: profile) { deadline, path in
                guard let source = deadline.source, source.reference == nil else { return }
                refs.append(SourceReference(source: source, path: path() + [DK.source],
                                            owner: "deadline '\(deadline.id)'", allowedDomains: usable, isAgency: false, phone: nil))
            }
            for (i, named) in profile.parts.sources.enumerated() {
                refs.append(SourceReference(source: named.source, path: [PK.sources, Index(i)],
                                            owner: "source '\(named.id)'", allowedDomains: usable, isAgency: false, phone: nil))
            }
            for (i, text) in profile.parts.texts.enumerated() {
                guard let source = text.source, source.reference == nil else { continue }
                refs.append(SourceReference(source: source, path: [PK.texts, Index(i), key("source")],
                                            owner: "text '\(text.id)'", allowedDomains: usable, isAgency: false, phone: nil))
            }
        }
        if let vocabulary {
            for (c, country) in vocabulary.countries.enumerated() {
                for (i, step) in country.steps.enumerated() {
                    guard let source = step.source else { continue }
                    let domains = Domains.host(ofURL: source.url).map { [Domains.registrable($0)] } ?? []
                    refs.append(SourceReference(
                        source: source, path: [VK.countries, Index(c), key("steps"), Index(i), EK.source],
                        owner: "escalation step '\(step.id)' (\(country.country))", allowedDomains: domains,
                        isAgency: true, phone: step.phone))
                }
            }
        }
        return refs
    }
}

extension EscalationStep {
    func points(owner: [any CodingKey], domains: [String], agency: Bool) -> [ContactPoint] {
        contactPoints.map { field, value in
            ContactPoint(field: ContactPoint.Field(rawValue: field)!, value: value, path: owner + [key(field)], ownerPath: owner,
                         owner: "escalation step '\(id)'", source: source, allowedDomains: domains, isAgency: agency)
        }
    }
}
