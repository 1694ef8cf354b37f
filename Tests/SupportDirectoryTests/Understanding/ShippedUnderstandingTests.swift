import Foundation
import Testing
@testable import SupportDirectory

/// The understanding layer on the shipped directory: the sentences of issues 10 and 17, the
/// recognisers one by one, and the development part of the labelled corpus.
@Suite("Understanding: real sentences on the shipped directory")
struct ShippedUnderstandingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let registry = Registry.load(folders: [root.appendingPathComponent("Merchants")])

    static func understand(_ text: String) -> Understanding {
        QueryUnderstanding(registry: registry).understand(
            ResolveRequest(text: text, timeZone: TimeZone(identifier: "UTC")!, now: Date(timeIntervalSince1970: 1_796_000_000)))
    }

    struct Example: Sendable, CustomStringConvertible {
        var text: String
        var merchant: String?
        var seller: String?
        /// An issue id, or `contact`.
        var issue: String
        /// A kind the example may also be asked back against, the expected kind leading: a power bank that broke
        /// may be defective or a warranty claim, and a question between them is no wrong plan.
        var orAskedWith: String? = nil
        var description: String { text }
    }

    static let examples: [Example] = [
        // Issue 10: not understood before.
        .init(text: "amazon package says delivered but it's not here", merchant: "amazon", issue: "not-received"),
        .init(text: "amazon charged my card twice for one order", merchant: "amazon", issue: "billing-dispute"),
        .init(text: "aliexpress package never showed up", merchant: "aliexpress", issue: "not-received"),
        .init(text: "the aliexpress store sent a different color", merchant: "aliexpress", seller: "third-party", issue: "wrong-item"),
        .init(text: "Amazonで注文した商品が配達されない", merchant: "amazon-jp", issue: "not-received"),
        .init(text: "アマゾンで二重に請求された", merchant: "amazon-jp", issue: "billing-dispute"),
        .init(text: "アマゾンで買った商品が壊れて届いた", merchant: "amazon-jp", issue: "damaged"),
        .init(text: "アマゾンを名乗るSMSが届いた", merchant: "amazon-jp", issue: "suspicious-contact"),
        .init(text: "아마존에서 결제가 두 번 됐어요", merchant: "amazon", issue: "billing-dispute"),
        .init(text: "아마존에서 산 물건이 박살나서 왔어요", merchant: "amazon", issue: "damaged"),
        .init(text: "앤커 보조배터리 고장 났어요", merchant: "anker", seller: "anker", issue: "defective", orAskedWith: "warranty"),
        .init(text: "亚马逊扣了我两次钱", merchant: "amazon", issue: "billing-dispute"),
        .init(text: "速卖通的包裹一个月了还没到", merchant: "aliexpress", issue: "not-received"),
        // Issue 10: confidently wrong before.
        .init(text: "amazon.com refund", merchant: "amazon", issue: "refund"),
        .init(text: "I bought on amazon.co.jp and want a refund", merchant: "amazon-jp", issue: "refund"),
        .init(text: "anker warranty claim for a dead charger", merchant: "anker", seller: "anker", issue: "warranty"),
        .init(text: "got a text saying my amazon account is locked, is it real?", merchant: "amazon", issue: "suspicious-contact"),
        .init(text: "아마존에서 산 앤커 충전기 고장", merchant: "amazon", seller: "anker", issue: "defective"),
        // Issue 17: reach a person.
        .init(text: "아마존 고객센터 전화번호", merchant: "amazon", issue: "contact"),
        .init(text: "알리익스프레스 상담원 연결", merchant: "aliexpress", issue: "contact"),
        .init(text: "Amazonカスタマーサービスに連絡する方法", merchant: "amazon-jp", issue: "contact"),
        .init(text: "アマゾンの担当者と話したい", merchant: "amazon-jp", issue: "contact"),
        .init(text: "速卖通 人工客服", merchant: "aliexpress", issue: "contact"),
        .init(text: "亚马逊客服电话", merchant: "amazon", issue: "contact"),
        .init(text: "how do I talk to a human at amazon", merchant: "amazon", issue: "contact"),
        .init(text: "amazon customer service phone number", merchant: "amazon", issue: "contact"),
        .init(text: "contact aliexpress", merchant: "aliexpress", issue: "contact"),
        .init(text: "amazon", merchant: "amazon", issue: "contact"),
        // Issue 17: customer-service English (merchant given by the text here).
        .init(text: "amazon: I'm having trouble canceling my order", merchant: "amazon", issue: "cancel-order"),
        .init(text: "amazon: a question about my forgotten password", merchant: "amazon", issue: "account-access"),
        .init(text: "amazon: please help me track my order", merchant: "amazon", issue: "order-status"),
        .init(text: "amazon: I can't track my package", merchant: "amazon", issue: "order-status"),
        .init(text: "amazon: how soon can I expect my item?", merchant: "amazon", issue: "order-status"),
        .init(text: "amazon: I need help reporting a problem with my payment", merchant: "amazon", issue: "payment-failed"),
        .init(text: "amazon: I don't know how to report a sign-up problem", merchant: "amazon", issue: "account-access"),
        .init(text: "amazon: can I chat with a person", merchant: "amazon", issue: "contact"),
        .init(text: "amazon: transfer me to someone please", merchant: "amazon", issue: "contact"),
        // A fault of a way in is a wish to reach a person another way; a fault of the product stays the issue.
        .init(text: "my amazon live chat is not working, is there a phone number?", merchant: "amazon", issue: "contact"),
        .init(text: "楽天の窓口に電話が繋がらない。ほかの連絡先は？", merchant: "rakuten", issue: "contact"),
        .init(text: "ankerのイヤホン、bluetoothが繋がらない", merchant: "anker", seller: "anker", issue: "technical-fault", orAskedWith: "defective"),
        // A seller's word that says nothing about who sold the item.
        .init(text: "went to my local walmart and the store manager would not take my return", merchant: "walmart", issue: "return"),
        .init(text: "楽天って領収書はショップごとに出すの？", merchant: "rakuten", issue: "invoice"),
        // Past-tense "set up" is a story, not a set-up fault; "a number I can ring" asks for a person.
        .init(text: "My grandson set up this eBay account for me and I would like to speak with someone on the telephone. Is there a number I can ring?",
              merchant: "ebay", issue: "contact"),
        // "wheres" without its apostrophe; 人工 alone asks for a person.
        .init(text: "wheres my amazon order", merchant: "amazon", issue: "order-status"),
        .init(text: "速卖通 人工", merchant: "aliexpress", issue: "contact"),
        // A storefront named by its own name keeps it when the group's plain name comes up again.
        .init(text: "일본 아마존에서 아마존이 직접 판매하는 상품인데 배송완료라는데 없어요", merchant: "amazon-jp", issue: "not-received"),
        // "price" is no slip of the subscription word "prime".
        .init(text: "overcharged on my amazon order, it shows full price not the sale price", merchant: "amazon", issue: "billing-dispute"),
        // The money after a return is a refund.
        .init(text: "退货沃尔玛已经收到了，钱呢", merchant: "walmart", issue: "refund"),
        // Taking an online order back to a shop's own store says nothing about who sold it.
        .init(text: "can i bring my walmart online order back to the store for a return", merchant: "walmart", issue: "return"),
        // A storefront named with its country in Chinese; a date to move is a change to the order.
        .init(text: "eBay英国 人工客服", merchant: "ebay-uk", issue: "contact"),
        .init(text: "need to change the delivery date on my ebay order", merchant: "ebay", issue: "change-order"),
        // A screen that flickers is a fault of the product, not damage in transit; a frame bent on arrival is damage.
        .init(text: "the monitor I got from amazon keeps flickering", merchant: "amazon", issue: "defective"),
        .init(text: "Amazonで買ったモニターの画面がちらつく", merchant: "amazon-jp", issue: "defective"),
        .init(text: "沃尔玛买的电视闪屏", merchant: "walmart", issue: "defective"),
        .init(text: "the walmart bike came with the wheel bent", merchant: "walmart", issue: "damaged"),
        // A day named for delivery that passed, a date that keeps moving, a long wait: late. "Has it shipped?" asks the status.
        .init(text: "Amazonで頼んだ本、指定日に届かなかった", merchant: "amazon-jp", issue: "late-delivery"),
        .init(text: "아마존 배송 예정일이 또 바뀌었어요", merchant: "amazon", issue: "late-delivery"),
        .init(text: "速卖通买的耳机好久了还没到", merchant: "aliexpress", issue: "late-delivery"),
        .init(text: "이베이 주문한 거 발송됐나요", merchant: "ebay", issue: "order-status"),
        // Messaging a seller is reaching a person.
        .init(text: "how do i dm a seller on ebay", merchant: "ebay", seller: "third-party", issue: "contact"),
        .init(text: "煤炉卖家怎么私信", merchant: "mercari", seller: "third-party", issue: "contact"),
        // プライム names Amazon Japan (the alias プライム会員 was never found: its 員 is read as 员 before names are matched).
        .init(text: "プライム会員の自動更新を止めるには", merchant: "amazon-jp", issue: "subscription"),
        // A comma inside a number is no clause break.
        .init(text: "네이버페이에서 모르는 12,500원 결제가 있어요", merchant: "naver-pay", issue: "billing-dispute"),
        // The words beside an issue's words (IssueAsides): a reply that has not come is no parcel.
        .init(text: "楽天のショップに連絡したけど返事が来ません", merchant: "rakuten", seller: "third-party", issue: "contact"),
        .init(text: "I never received a reply from the aliexpress seller", merchant: "aliexpress", seller: "third-party", issue: "contact"),
        .init(text: "테무에 문의했는데 답장이 안 와요", merchant: "temu", issue: "contact"),
        // ... but what did not come after one is the parcel: "予定日を過ぎても連絡がない" is late (reply_after is en/zh).
        .init(text: "楽天で頼んだ棚、予定日を過ぎても連絡がない", merchant: "rakuten", issue: "late-delivery"),
        // What the shopper has not done is not what happened.
        .init(text: "can I ask the ebay seller something without starting a return request", merchant: "ebay", seller: "third-party", issue: "contact"),
        // A wish told as one yields to the problem told beside it.
        .init(text: "temu parcel never came, I just want my money back", merchant: "temu", issue: "not-received", orAskedWith: "refund"),
        .init(text: "temu I just want my money back", merchant: "temu", issue: "refund"),
        // A person is a way in: not reaching one is no fault of the order.
        .init(text: "楽天のチャットがずっと自動応答で人につながらない", merchant: "rakuten", issue: "contact"),
        // The shopper's own shop, and "not the shop but", are no seller of the order.
        .init(text: "저희 가게에서 쓸 물건 테무에서 샀는데 영수증 발행되나요", merchant: "temu", issue: "invoice"),
        .init(text: "ショップじゃなくて楽天に直接問い合わせたい", merchant: "rakuten", issue: "contact"),
        .init(text: "aliexpress chat", merchant: "aliexpress", issue: "contact"),
        // An answer that has not come, with no problem told: reach someone else.
        .init(text: "알리 판매자가 답장을 안 해요", merchant: "aliexpress", seller: "third-party", issue: "contact"),
        .init(text: "the temu seller keeps ignoring my messages", merchant: "temu", seller: "third-party", issue: "contact"),
        .init(text: "メルカリの出品者に既読スルーされてる", merchant: "mercari", seller: "third-party", issue: "contact"),
    ]

    @Test(arguments: examples)
    func readsTheExample(_ e: Example) {
        let u = Self.understand(e.text)
        #expect(u.merchantStatus == .found && u.merchant == e.merchant, "merchant: \(u.merchant ?? u.merchantStatus.rawValue)")
        if e.issue == "contact" {
            #expect(u.intent == .contact && u.issueStatus != .found, "issue: \(u.issue ?? "-")")
        } else if let other = e.orAskedWith, u.issueStatus == .ambiguous {
            #expect(u.issueCandidates.map(\.id) == [e.issue, other], "asked: \(u.issueCandidates.map(\.id))")
        } else {
            #expect(u.issueStatus == .found && u.issue == e.issue, "issue: \(u.issue ?? u.issueStatus.rawValue)")
        }
        switch e.seller {
        case nil: #expect(u.seller == nil || u.seller?.kindLabel != "third-party", "no third-party reading: \(String(describing: u.seller))")
        case "third-party": #expect(u.seller?.kindLabel == "third-party")
        case let brand?: #expect(u.seller?.profileID == brand)
        }
    }

    /// A katakana name never starts inside a katakana word ("テム" in "システム" is no Temu), as a Latin name never
    /// starts inside a word; it may start a compound ("アマゾンプライム") or follow a comma ("シート、アマゾン").
    @Test func aKatakanaNameStartsAWord() {
        let fee = Self.understand("ヤフオクで落札したらシステム利用料が高く請求された")
        #expect(fee.merchantStatus != .found, "merchant: \(fee.merchant ?? "-")")
        #expect(fee.issue == "billing-dispute")
        #expect(Self.understand("アマゾンプライムの自動更新を止めたい").merchant == "amazon-jp")
        #expect(Self.understand("未開封のチャイルドシート、アマゾンに返品したいです").merchant == "amazon-jp")
    }

    @Test func aJapaneseVerbIsFoundInEveryPoliteAndPlainForm() throws {
        let stemmer = EnglishStemmer()
        let readings = Self.registry.vocabulary.understanding
        let pattern = try #require(PhrasePattern("届 {neg}", readings: readings, stemmer: stemmer))
        for form in ["届かない", "届きません", "届いてない", "届いていない", "まだ届いていません"] {
            #expect(pattern.bestMatch(in: ShopperText(form, readings: readings, stemmer: stemmer)) != nil, "\(form)")
        }
        // A phrase never reaches across a clause break: it arrived, and something else does not work.
        #expect(pattern.bestMatch(in: ShopperText("届いたけど、動かない", readings: readings, stemmer: stemmer)) == nil)
        // A comma or point inside a number is part of it; after it, the clause break stays.
        let amounts = ShopperText("19,800원, 14.99. ok", readings: readings, stemmer: stemmer).tokens
        #expect(amounts.map(\.text) == ["19800", "원", "1499", "ok"])
        #expect(amounts.map(\.breakBefore) == [false, false, true, true])
    }

    @Test func englishWordsMatchByTheirStem() throws {
        let stemmer = EnglishStemmer()
        #expect(stemmer.stem("canceling") == stemmer.stem("cancel"))
        #expect(stemmer.stem("tracking") == "track")
        #expect(stemmer.stem("charged") == stemmer.stem("charge"))
    }

    @Test func aContractionWithoutItsApostropheReadsAsWritten() {
        let readings = Self.registry.vocabulary.understanding
        func tokens(_ text: String) -> [String] { ShopperText(text, readings: readings, stemmer: EnglishStemmer()).tokens.map(\.text) }
        #expect(tokens("wheres my stuff") == tokens("where's my stuff"))
        #expect(tokens("Whats up with my refund") == ["what", "s", "up", "with", "my", "refund"])
        #expect(tokens("its box was torn") == ["its", "box", "was", "torn"], "'its' is a word of its own")
    }

    @Test func hanOnlyTextIsToldApartByItsLettersAndWords() {
        #expect(Self.understand("楽天 返金").language == "ja", "楽 is a Japanese form")
        #expect(Self.understand("亚马逊 退款").language == "zh")
        #expect(Self.understand("amazon.co.jp 返品").language == "ja", "返品 is a Japanese word")
        let shared = Self.understand("亚马逊 客服")
        #expect(shared.language == "zh")
    }

    /// A word the vocabulary itself uses is meant as written, never read as a slip of a merchant's name; a slip
    /// that is no such word still finds the merchant.
    @Test func anOrdinaryWordIsNoSlipOfAName() {
        let priceMatch = Self.understand("Target price dropped 2 days after I bought it, do they price match?")
        #expect(priceMatch.merchant != "amazon", "'price' is not 'prime': \(priceMatch.merchant ?? "-")")
        #expect(priceMatch.issue == "price-drop")
        let slip = Self.understand("amazn refund please")
        #expect(slip.merchant == "amazon" && slip.issue == "refund", "\(slip.merchant ?? "-") \(slip.issue ?? "-")")
        // A word shoppers wrote in the example sentences is a word too: "kindly" is no slip of Amazon's "kindle".
        let kindly = Self.understand("Could you kindly tell me who to call about a parcel that never came from my local shop")
        #expect(kindly.merchant != "amazon", "'kindly' is not 'kindle': \(kindly.merchant ?? "-")")
    }

    /// An ordinary word one letter from a word of the phrases (`as_written` in understanding.yaml) is read as written:
    /// "out of stock" is not "stuck"; a slip that is no such word is still forgiven.
    @Test func anOrdinaryWordIsNoSlipOfAPhrase() {
        let vocabulary = Self.registry.vocabulary
        let compiled = RecogniserCache.recognisers(for: vocabulary)
        func kinds(_ text: String) -> [String] {
            compiled.issues.readings(in: ShopperText(text, readings: vocabulary.understanding, stemmer: EnglishStemmer(),
                                                     exactWords: compiled.ordinaryWords)).map(\.issue)
        }
        #expect(!kinds("half of it was out of stock").contains("late-delivery"), "\(kinds("half of it was out of stock"))")
        #expect(!kinds("the jacket is too small").contains("defective"), "\(kinds("the jacket is too small"))")
        #expect(!kinds("no truck, no call").contains("order-status"), "\(kinds("no truck, no call"))")
        #expect(kinds("my parcel is stcuk").contains("late-delivery"), "\(kinds("my parcel is stcuk"))")
    }

    /// A payment that failed and took the money anyway is a failed payment (as sets 5, 13 and 16 label it): the phrases
    /// read it so, where the billing word alone (빠져나갔, charged) tied with it. The examples may still doubt it.
    @Test func aFailedPaymentThatTookTheMoneyIsAFailedPayment() {
        let vocabulary = Self.registry.vocabulary
        let compiled = RecogniserCache.recognisers(for: vocabulary)
        for text in ["결제 실패 떴는데 돈은 빠져나갔어요", "the payment failed but i was charged anyway"] {
            let readings = compiled.issues.readings(in: ShopperText(text, readings: vocabulary.understanding, stemmer: EnglishStemmer(),
                                                                    exactWords: compiled.ordinaryWords))
            guard case let .found(top, _) = compiled.issues.decide(readings) else {
                Issue.record("\(text): not one reading: \(readings.map { "\($0.issue) \($0.score)" })")
                continue
            }
            #expect(top.issue == "payment-failed", "\(text): \(top.issue)")
        }
    }

    /// A word for a seller is no slip of a merchant's name: a shop outside the directory is not offered the
    /// seller profiles of marketplaces the shopper never named.
    @Test func aSellerWordSuggestsNoMarketplace() {
        for text in ["11번가 판매자 문의는 어디서 해요", "拼多多卖家不发货", "Qoo10の出品者に連絡したい"] {
            let u = Self.understand(text)
            #expect(u.merchantStatus == .unknown, "\(text): \(u.merchant ?? "-")")
            #expect(!u.merchantCandidates.contains { $0.id.hasSuffix("-sellers") }, "\(text): \(u.merchantCandidates.map(\.id))")
        }
        // A slip of a name beside a seller word is still offered.
        let slip = Self.understand("amazno seller never shipped")
        #expect(slip.merchant == "amazon" || slip.merchantCandidates.contains { $0.id == "amazon" }, "\(slip.merchantCandidates.map(\.id))")
    }

    @Test func closeReadingsAreAskedBackWithTheirScores() {
        let u = Self.understand("amazon refund or return")
        #expect(u.issueStatus == .ambiguous)
        #expect(Set(u.issueCandidates.map(\.id)) == ["refund", "return"])
        #expect(u.issueCandidates.allSatisfy { ($0.score ?? 0) > 0 })
    }

    /// The parts of the corpus the vocabulary was tuned on, held to the accuracy reached (the development part,
    /// and held-out parts 1 to 12 once they had been measured and tuned on, their sentences now examples of the
    /// issue recogniser, see docs/understanding.md).
    @Test(arguments: [("understanding-dev.jsonl", 0.98, 1), ("understanding-heldout.jsonl", 0.95, 2),
                      ("understanding-heldout2.jsonl", 0.98, 2), ("understanding-heldout3.jsonl", 0.98, 1),
                      ("understanding-heldout4.jsonl", 0.98, 2), ("understanding-heldout5.jsonl", 0.93, 3),
                      ("understanding-heldout6.jsonl", 0.94, 2), ("understanding-heldout7.jsonl", 0.94, 1),
                      ("understanding-heldout8.jsonl", 0.93, 1), ("understanding-heldout9.jsonl", 0.95, 1),
                      // Sets 10 and 11: measured blind (94.7% and 93.1% correct), then tuned on and made examples.
                      ("understanding-heldout10.jsonl", 0.98, 0), ("understanding-heldout11.jsonl", 0.99, 0),
                      // Set 12 (400, a harder mix): measured blind at 89.0% correct, 2.2% wrong, then tuned on.
                      ("understanding-heldout12.jsonl", 0.985, 1),
                      // Set 13 (400): measured blind at 86.0% correct, 5.2% wrong, then tuned on.
                      ("understanding-heldout13.jsonl", 0.955, 2),
                      // Set 14 (400): measured blind at 93.8% correct, 1.8% wrong, then tuned on.
                      ("understanding-heldout14.jsonl", 0.985, 0),
                      // Set 15 (400): measured blind at 87.0% correct, 3.8% wrong, then tuned on. Most wrongs left are
                      // seller labels for shops outside the directory and on Rakuten (see CORPUS-heldout15.md).
                      ("understanding-heldout15.jsonl", 0.93, 8),
                      // Set 16 (400): measured blind at 90.0% correct, 1.5% wrong, then tuned on.
                      ("understanding-heldout16.jsonl", 0.96, 2),
                      // Set 17 (400): measured blind at 93.5% correct, 1.0% wrong, then tuned on.
                      ("understanding-heldout17.jsonl", 0.965, 2),
                      // Set 18 (400): measured blind at 88.8% correct, 5.0% wrong, then tuned on. Eight of the nine
                      // wrongs left are seller labels for shops outside the directory (see CORPUS-heldout18.md).
                      ("understanding-heldout18.jsonl", 0.945, 9),
                      // Set 19 (400): measured blind at 92.5% correct, 1.0% wrong, then tuned on (phrases 95.8 / 3.5 /
                      // 0.8, then made examples). Twelve of the fifteen left are sellers on eBay, Mercari and Rakuten
                      // that the text does not name (see CORPUS-heldout19.md).
                      ("understanding-heldout19.jsonl", 0.96, 2),
                      // Blind sets 20 and 21 (measured once at 1c46c9f: 93.2 / 4.2 / 2.5 and 90.2 / 6.2 / 3.5), then made
                      // examples. The wrong readings left are mostly who sold it and a failed way in read as the order's
                      // problem (see CORPUS-heldout20.md and 21.md).
                      ("understanding-heldout20.jsonl", 0.965, 5), ("understanding-heldout21.jsonl", 0.95, 8),
                      // Blind sets 22 and 23 (measured once at 76fcd02: 81.5 / 16.5 / 2.0 and 95.0 / 4.0 / 1.0), then tuned
                      // on and made examples (342 / 54 / 4 and 392 / 6 / 2). Most of set 22's questions left are shops its
                      // texts do not name (see CORPUS-heldout22.md).
                      ("understanding-heldout22.jsonl", 0.85, 4), ("understanding-heldout23.jsonl", 0.975, 2),
                      // Blind sets 24 and 25 (measured once at 222dfc0: 91.8 / 6.2 / 2.0 and 92.2 / 5.5 / 2.2), then tuned
                      // on (the words beside an issue's words, IssueAsides) and made examples (387 / 11 / 2 and 389 / 9 / 2).
                      ("understanding-heldout24.jsonl", 0.96, 2), ("understanding-heldout25.jsonl", 0.97, 2)])
    func tunedCorpusKeepsItsAccuracy(file: String, correctShare: Double, maxWrong: Int) throws {
        let url = Self.root.appendingPathComponent("Evaluation/\(file)")
        let judgements = try UnderstandingEvaluation.load(url).map(UnderstandingEvaluation(registry: Self.registry).judge)
        #expect(judgements.count >= 200)
        let correct = judgements.filter { $0.overall == .correct }.count
        let wrong = judgements.filter { $0.overall == .wrong }
        #expect(Double(correct) / Double(judgements.count) >= correctShare, "correct \(correct) of \(judgements.count)")
        #expect(wrong.count <= maxWrong, "wrong: \(wrong.map { "\($0.query.id) \($0.read)" })")
    }
}
