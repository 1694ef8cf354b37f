/// A stand-in until query understanding recognises requests to reach a person itself: when the
/// merchant is known, no issue was found, and the words either name nothing close to an issue or
/// use one of the few words of issue 17 for contacting, the request is read as `.contact`.
///
/// Deliberately tiny; the recognisers replace it (then `intent` arrives already set and this does nothing).
enum ProvisionalContactIntent {
    static let words = [
        "contact", "human", "person", "agent", "customer service", "phone number", "call", "chat",
        "고객센터", "상담원", "연결", "전화", "채팅",
        "問い合わせ", "連絡", "電話", "担当者", "カスタマーサービス",
        "客服", "人工", "联系", "電話",
    ]

    static func apply(to u: inout Understanding, request: ResolveRequest) {
        guard u.intent == .problem, u.merchantStatus == .found, u.issueStatus == .unknown, request.issue == nil else { return }
        let text = request.text.lowercased()
        let nothingClose = u.issueCandidates.allSatisfy { $0.matched == nil }
        if nothingClose || words.contains(where: { text.contains($0) }) { u.intent = .contact }
    }
}
