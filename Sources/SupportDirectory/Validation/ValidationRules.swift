/// Every validation rule, in the order they run. Adding a rule: one file in `Rules/` plus one line here
/// (a test fails naming any rule file missing from this list).
public enum ValidationRules {
    public static let all: [any ValidationRule.Type] = [
        SchemaRule.self,
        FileNameRule.self,
        UniqueIDRule.self,
        NameCollisionRule.self,
        LookalikeDomainRule.self,
        MerchantClaimRule.self,
        PhoneRule.self,
        HTTPSURLRule.self,
        OfficialDomainRule.self,
        ContactSourceRule.self,
        DeadlineSourceRule.self,
        SourceAgeRule.self,
        TimeZoneRule.self,
        OpeningHoursRule.self,
        LanguageTagRule.self,
        RegionCodeRule.self,
        RouteReferenceRule.self,
        PartReferenceRule.self,
        ProfileReferenceRule.self,
        TemplatePlaceholderRule.self,
        HiddenCharacterRule.self,
        MeaningfulValueRule.self,
        FillInRule.self,
        VocabularyRule.self,
    ]

    public static var ids: [String] { all.map { $0.id } }

    public static func rule(id: String) -> (any ValidationRule.Type)? { all.first { $0.id == id } }
}
