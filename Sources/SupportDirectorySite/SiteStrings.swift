import SupportDirectory

/// The site's own words (navigation, search, the date form) in English, Korean, Japanese and
/// Chinese. The plan's words come from the library (`PlanStrings`); profile text from the profiles.
enum SiteStrings {
    /// key -> [en, ko, ja, zh]; `%1`, `%2` are filled by ``format(_:_:_:)``.
    static let table: [String: [String]] = [
        "site.name": ["supportdir", "supportdir", "supportdir", "supportdir"],
        "site.tagline": [
            "Whom to contact about an order, how, with what, and what to do when nobody answers.",
            "주문 문제로 누구에게, 어떻게, 무엇을 준비해 연락하고, 답이 없으면 어떻게 할지 알려 드립니다.",
            "注文のトラブルで、誰に・どうやって・何を用意して連絡し、返事がないときどうするかを示します。",
            "订单出了问题：联系谁、怎么联系、准备什么，没人回应时怎么办。"],
        "lang.name": ["English", "한국어", "日本語", "中文"],
        "nav.home": ["Search", "검색", "検索", "搜索"],
        "nav.merchants": ["All shops", "전체 상점", "すべてのショップ", "全部商家"],
        "nav.add": ["Add a shop", "상점 추가", "ショップを追加", "添加商家"],
        "nav.language": ["Language", "언어", "言語", "语言"],
        "search.label": ["Describe what happened", "무슨 일이 있었는지 적어 주세요", "何があったか書いてください", "描述发生了什么"],
        "search.placeholder": ["e.g. Amazon third-party seller refund", "예: 아마존 제3자 판매자 환불", "例：Amazon 出品者 返金", "例如：速卖通 没收到货"],
        "search.button": ["Find the plan", "계획 찾기", "プランを探す", "查找方案"],
        "search.help": [
            "The shop, the problem and, if you know it, who sold the item. Works in English, Korean, Japanese and Chinese.",
            "상점, 문제, 그리고 알면 판매자를 적어 주세요. 영어·한국어·일본어·중국어로 검색할 수 있습니다.",
            "ショップ、問題、わかれば販売者を書いてください。英語・韓国語・日本語・中国語で検索できます。",
            "写出商家、问题，如果知道的话再写卖家。支持英文、韩文、日文和中文。"],
        "search.loading": ["Searching…", "검색 중…", "検索中…", "正在搜索…"],
        "search.open": ["Opening the plan: %1", "계획을 엽니다: %1", "プランを開きます：%1", "正在打开方案：%1"],
        "search.no_route": [
            "%1 has no plan of its own for this problem yet: its ways to reach a person, and the general plan for the problem.",
            "%1에는 아직 이 문제에 맞춘 계획이 없습니다. 상담원에게 연락하는 방법과 이 문제의 일반 계획을 보세요.",
            "%1 にはこの問題専用のプランがまだありません。担当者への連絡方法と、この問題の一般プランをご覧ください。",
            "%1 还没有针对这个问题的专门方案：请看联系人工的方式，以及这个问题的通用方案。",
        ],
        "search.none": [
            "No shop or problem recognised. Try the shop's name and a word for the problem (refund, not received).",
            "상점이나 문제를 알아보지 못했습니다. 상점 이름과 문제(환불, 미배송)를 함께 적어 보세요.",
            "ショップも問題も見つかりませんでした。ショップ名と問題（返金、届かない）を書いてみてください。",
            "未识别出商家或问题。请写上商家名称和问题（退款、没收到货）。"],
        "search.merchants": ["Shops that match", "일치하는 상점", "一致するショップ", "匹配的商家"],
        "search.issues": ["Problems that match", "일치하는 문제", "一致する問題", "匹配的问题"],
        "search.failed": ["The search index could not be loaded; the list of shops below still works.",
                          "검색 색인을 불러오지 못했습니다. 아래 상점 목록은 그대로 쓸 수 있습니다.",
                          "検索インデックスを読み込めませんでした。下のショップ一覧は使えます。",
                          "无法加载搜索索引；下方的商家列表仍可使用。"],
        "home.merchants": ["Shops in the directory", "디렉터리의 상점", "ディレクトリのショップ", "目录中的商家"],
        "home.more": ["All %1 shops", "상점 %1곳 모두 보기", "全%1ショップ", "全部 %1 家商家"],
        "home.unknown": ["Shop not listed?", "찾는 상점이 없나요?", "ショップが見つからない？", "找不到商家？"],
        "home.unknown_text": [
            "The general plan works with any shop: write to the seller, then buyer protection, your card issuer and the consumer agency.",
            "일반 계획은 어떤 상점에도 통합니다: 판매자에게 연락하고, 구매자 보호, 카드사, 소비자 기관 순서로 진행하세요.",
            "一般プランはどのショップにも使えます。販売者に連絡し、購入者保護、カード会社、消費者機関へと進みます。",
            "通用方案适用于任何商家：先联系卖家，再找买家保障、发卡行和消费者保护机构。"],
        "merchants.title": ["All shops", "전체 상점", "すべてのショップ", "全部商家"],
        "merchants.page": ["Page %1 of %2", "%2쪽 중 %1쪽", "%1 / %2 ページ", "第 %1 页，共 %2 页"],
        "merchant.kind": ["Kind", "종류", "種類", "类型"],
        "merchant.regions": ["Regions", "지역", "地域", "地区"],
        "merchant.domains": ["Official domains", "공식 도메인", "公式ドメイン", "官方域名"],
        "merchant.channels": ["How to reach them", "연락 방법", "連絡方法", "联系方式"],
        "merchant.issues": ["Plans by problem", "문제별 계획", "問題別のプラン", "按问题查看方案"],
        "merchant.sold_by_market": ["sold by %1", "%1 판매", "%1が販売", "由%1销售"],
        "merchant.general_route": ["Contact plan (its general ways in)", "연락 계획 (일반 연락 방법)", "連絡プラン（一般的な連絡方法）", "联系方案（通用联系方式）"],
        "merchant.sold_by_third": ["sold by a third-party seller", "제3자 판매자 판매", "出品者が販売", "由第三方卖家销售"],
        "merchant.sold_by_market_general": ["sold by %1 (its general ways in)", "%1 판매 (일반 연락 방법)", "%1が販売（一般的な連絡方法）",
                                            "由%1销售（通用联系方式）"],
        "merchant.sold_by_third_general": ["sold by a third-party seller (the general ways in)", "제3자 판매자 판매 (일반 연락 방법)",
                                           "出品者が販売（一般的な連絡方法）", "由第三方卖家销售（通用联系方式）"],
        "merchant.no_plans": ["This profile has no plan for a problem yet; use the channels above.",
                              "이 프로필에는 아직 문제별 계획이 없습니다. 위의 연락 방법을 이용하세요.",
                              "このプロフィールにはまだ問題別のプランがありません。上の連絡方法を使ってください。",
                              "此档案尚无按问题的方案；请使用上面的联系方式。"],
        "merchant.json": ["This profile as JSON", "이 프로필의 JSON", "このプロフィールのJSON", "此档案的 JSON"],
        "merchant.source": ["Source", "출처", "出典", "来源"],
        "hours.now_unknown": ["Open now? Needs JavaScript to check in your time zone.",
                              "지금 운영 중인지는 JavaScript로 사용자의 시간대에서 확인합니다.",
                              "今受付中かどうかは JavaScript であなたのタイムゾーンで確認します。",
                              "是否正在服务需要 JavaScript 按您的时区判断。"],
        "plan.seller_switch": ["Who sold the item?", "누가 판매했나요?", "誰が販売しましたか？", "谁卖的？"],
        "plan.other_seller_market": ["%1 itself", "%1 직접", "%1 本体", "%1 自营"],
        "plan.other_seller_third": ["A third-party seller", "제3자 판매자", "出品者（マーケットプレイス）", "第三方卖家"],
        "plan.assumed_market": ["This plan is for an item %1 sold itself.", "이 계획은 %1가 직접 판매한 상품용입니다.",
                                "このプランは %1 が自ら販売した商品向けです。", "此方案适用于%1自营的商品。"],
        "plan.for_third": ["This plan is for an item a third-party seller sold on %1.", "이 계획은 %1의 제3자 판매자가 판매한 상품용입니다.",
                           "このプランは %1 の出品者が販売した商品向けです。", "此方案适用于第三方卖家在%1上销售的商品。"],
        "plan.copy": ["Copy the message", "메시지 복사", "メッセージをコピー", "复制消息"],
        "plan.copied": ["Copied", "복사했습니다", "コピーしました", "已复制"],
        "plan.json": ["This plan as JSON", "이 계획의 JSON", "このプランのJSON", "此方案的 JSON"],
        "plan.general": ["General plan", "일반 계획", "一般プラン", "通用方案"],
        "plan.cli": ["The same plan in a terminal: %1", "터미널에서 같은 계획: %1", "ターミナルで同じプラン：%1", "在终端中查看同一方案：%1"],
        "dates.title": ["Your dates", "내 날짜", "あなたの日付", "您的日期"],
        "dates.help": ["Enter the dates you know; the deadlines become calendar dates (worked out in this browser, nothing is sent).",
                       "아는 날짜를 넣으면 기한이 달력 날짜로 바뀝니다(이 브라우저에서 계산하며 아무것도 전송하지 않습니다).",
                       "わかる日付を入れると期限が日付になります（このブラウザで計算し、何も送信しません）。",
                       "填入已知日期，期限会换算成具体日期（在本浏览器中计算，不会发送任何内容）。"],
        "dates.ordered": ["Order date", "주문일", "注文日", "下单日期"],
        "dates.delivered": ["Delivery date", "배송 완료일", "配達日", "签收日期"],
        "dates.expected": ["Latest estimated delivery date", "최종 도착 예정일", "お届け予定日（最終日）", "最晚预计送达日期"],
        "dates.first-contact": ["First contact with the seller or shop (empty: today)", "판매자·상점에 처음 연락한 날(비우면 오늘)",
                                "販売者・ショップに最初に連絡した日（空欄なら今日）", "首次联系卖家或商家的日期（留空为今天）"],
        "dates.disputed": ["The day you opened the dispute", "분쟁을 연 날", "紛争を開いた日", "发起纠纷的日期"],
        "dates.button": ["Work out the dates", "날짜 계산하기", "日付を計算する", "计算日期"],
        "dates.pending": ["enter the date above", "위에 날짜를 입력하세요", "上に日付を入力", "请在上方填写日期"],
        "escalation.country": ["Your country", "국가", "国", "国家"],
        "escalation.outside": ["Outside the shop, in %1", "상점 밖에서 (%1)", "ショップの外で（%1）", "商家之外（%1）"],
        "escalation.all": ["Other countries", "다른 국가", "ほかの国", "其他国家"],
        "countries.title": ["If the shop does not help: by country", "상점이 해결하지 않으면: 국가별", "ショップが解決しないとき：国別", "商家不解决时：按国家"],
        "countries.text": [
            "Card disputes and consumer agencies, from each country's official pages.",
            "카드 이의 제기와 소비자 기관. 각국 공식 페이지에서 확인했습니다.",
            "カードの異議申し立てと消費者機関。各国の公式ページによります。",
            "信用卡争议和消费者保护机构，均来自各国官方页面。"],
        "add.title": ["Add a shop to the directory", "디렉터리에 상점 추가하기", "ディレクトリにショップを追加する", "向目录添加商家"],
        "add.text": [
            "Each shop is one YAML file in Merchants/, with every phone number, address and page taken from the shop's own official pages, with the address and the date seen. Validation checks each file and points at the line to fix.",
            "상점마다 Merchants/에 YAML 파일 하나가 있고, 모든 전화번호·주소·페이지는 상점의 공식 페이지에서 가져와 그 주소와 확인한 날짜를 적습니다. 검증이 파일마다 고칠 줄을 알려 줍니다.",
            "ショップごとに Merchants/ に YAML ファイルが1つあり、電話番号・アドレス・ページはすべてショップ自身の公式ページから、そのアドレスと確認日とともに記載します。検証が直すべき行を示します。",
            "每个商家是 Merchants/ 中的一个 YAML 文件，所有电话、地址和页面都取自商家自己的官方页面，并注明网址和查看日期。校验会指出需要修改的行。"],
        "add.steps": [
            "Start a profile with supportdir new ID, fill it in from the official pages, run supportdir validate, then open a pull request.",
            "supportdir new ID로 프로필을 만들고 공식 페이지를 보며 채운 뒤 supportdir validate를 실행하고 풀 리퀘스트를 여세요.",
            "supportdir new ID でプロフィールを作り、公式ページを見ながら埋めて、supportdir validate を実行し、プルリクエストを開きます。",
            "用 supportdir new ID 创建档案，依据官方页面填写，运行 supportdir validate，然后提交拉取请求。"],
        "add.guide": ["The contributor's guide (CONTRIBUTING.md)", "기여 안내(CONTRIBUTING.md)", "貢献ガイド（CONTRIBUTING.md）", "贡献指南（CONTRIBUTING.md）"],
        "add.format": ["The profile format", "프로필 형식", "プロフィールの形式", "档案格式"],
        "footer.data": ["Data: the directory's profiles, each fact with its official source and the date seen. API: %1",
                        "데이터: 디렉터리의 프로필. 모든 정보에 공식 출처와 확인 날짜가 있습니다. API: %1",
                        "データ：ディレクトリのプロフィール。各情報に公式の出典と確認日があります。API：%1",
                        "数据：目录中的档案，每条信息都有官方来源和查看日期。API：%1"],
        "footer.asof": ["Built from the directory as of %1.", "%1 기준 디렉터리로 만들었습니다.", "%1 時点のディレクトリから作成。", "依据截至 %1 的目录生成。"],
        "noscript.search": ["Search needs JavaScript; every shop and plan is also listed below and on the shops page.",
                            "검색에는 JavaScript가 필요합니다. 모든 상점과 계획은 아래와 상점 목록에도 있습니다.",
                            "検索には JavaScript が必要です。すべてのショップとプランは下とショップ一覧にもあります。",
                            "搜索需要 JavaScript；所有商家和方案也列在下方和商家页面中。"],
        "root.choose": ["Choose your language", "언어를 선택하세요", "言語を選んでください", "请选择语言"],
    ]

    static func text(_ key: String, _ language: String) -> String {
        guard let row = table[key] else { return key }
        let i = PlanLanguage.supported.firstIndex(of: language) ?? 0
        return i < row.count ? row[i] : row[0]
    }

    static func format(_ key: String, _ language: String, _ args: String...) -> String {
        var s = text(key, language)
        for (i, arg) in args.enumerated().reversed() { s = PlanStrings.fill("%\(i + 1)", in: s, with: arg) }
        return s
    }
}
