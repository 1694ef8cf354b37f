import Foundation

/// The plan's own words (headings, labels, notes) in English, Korean, Japanese and Chinese.
/// Profile text comes from the profiles; only the frame around it is here.
public enum PlanStrings {
    /// key -> [en, ko, ja, zh]; `%1`, `%2`, `%3` are filled by ``format(_:_:_:)``.
    static let table: [String: [String]] = [
        // Headings
        "h.understood": ["Understood", "이해한 내용", "理解した内容", "已识别"],
        "h.plan": ["Contact plan", "연락 계획", "連絡プラン", "联系方案"],
        "h.prepare": ["Have ready", "미리 준비할 것", "用意するもの", "提前准备"],
        "h.message": ["Message to send", "보낼 메시지", "送るメッセージ", "要发送的消息"],
        "h.deadlines": ["Deadlines", "기한", "期限", "期限"],
        "h.escalation": ["If that fails", "해결되지 않으면", "解決しない場合", "如果仍未解决"],
        "h.sources": ["Sources", "출처", "出典", "来源"],
        "h.warnings": ["Warnings", "주의", "注意", "注意"],
        "h.tips": ["Tips", "팁", "ヒント", "小贴士"],
        "h.notes": ["Notes", "참고", "補足", "说明"],
        "h.candidates": ["Did you mean", "혹시 이것인가요", "もしかして", "您是不是要找"],
        // Understood facts
        "f.merchant": ["Merchant", "상점", "ショップ", "商家"],
        "f.seller": ["Seller", "판매자", "販売者", "卖家"],
        "f.issue": ["Issue", "문제", "問題", "问题"],
        "f.intent": ["Request", "요청", "ご用件", "请求"],
        "f.order_number": ["Order number", "주문 번호", "注文番号", "订单号"],
        "f.country": ["Country", "국가", "国", "国家"],
        "f.language": ["Language", "언어", "言語", "语言"],
        "f.time_zone": ["Time zone", "시간대", "タイムゾーン", "时区"],
        "src.text": ["from your words", "입력한 말에서", "入力した言葉から", "来自您的描述"],
        "src.option": ["from the option", "옵션에서", "オプションから", "来自选项"],
        "src.order-number": ["from the order number's shape", "주문 번호 형식에서", "注文番号の形式から", "根据订单号格式"],
        "src.locale": ["from the locale", "로캘 설정에서", "ロケール設定から", "来自区域设置"],
        "src.script": ["from the script you typed in", "입력한 문자에서", "入力した文字から", "根据输入的文字"],
        "src.sells-on": ["where the seller sells", "판매자의 판매처에서", "販売者の販売先から", "根据卖家所在平台"],
        "src.default": ["default", "기본값", "既定値", "默认"],
        "src.examples": ["like what other shoppers wrote, e.g.", "다른 쇼핑객이 쓴 문장과 비슷함, 예:", "ほかの利用者が書いた文に近い、例:", "与其他顾客的描述相似，例如"],
        "src.slips": ["%1 typing slip(s) forgiven", "오타 %1개 허용", "入力ミス%1か所を許容", "已容忍%1处拼写错误"],
        "seller.third_party": ["a third-party seller", "제3자 판매자", "マーケットプレイスの出品者", "第三方卖家"],
        "seller.unknown": ["not given", "지정 안 함", "指定なし", "未指定"],
        // Parties
        "party.merchant": ["the merchant", "상점", "ショップ", "商家"],
        "party.seller": ["the seller", "판매자", "出品者", "卖家"],
        "party.brand": ["the brand", "브랜드(제조사)", "メーカー", "品牌方"],
        "party.carrier": ["the carrier", "택배사", "配送業者", "快递公司"],
        "party.payment-provider": ["your card issuer or payment provider", "카드사·결제 대행사", "カード会社・決済事業者", "发卡行或支付机构"],
        "party.consumer-agency": ["a consumer agency", "소비자 기관", "消費者機関", "消费者保护机构"],
        // Plan labels
        "l.step": ["Step %1", "%1단계", "ステップ%1", "第%1步"],
        "l.contact": ["Contact %1", "%1에 연락", "%1に連絡", "联系%1"],
        "l.why": ["Why", "이유", "理由", "原因"],
        "l.path": ["Path", "경로", "手順", "路径"],
        "l.human": ["To reach a person", "상담원 연결", "担当者につなぐには", "转人工"],
        "l.hours": ["Hours", "운영 시간", "受付時間", "服务时间"],
        "l.open_until": ["open now, until %1", "지금 운영 중, %1까지", "受付中（%1まで）", "现在可联系，至%1"],
        "l.closed_opens": ["closed now; opens %1", "지금 운영 안 함, %1 시작", "受付時間外（%1から）", "现在不在服务时间，%1开始"],
        "l.open_always": ["open now (24/7)", "지금 이용 가능(24시간)", "受付中（24時間）", "现在可联系（全天候）"],
        "l.login": ["sign-in needed", "로그인 필요", "ログインが必要", "需要登录"],
        "l.response": ["Typical answer", "응답 시간", "返信の目安", "通常回复时间"],
        "l.drawbacks": ["Drawback", "단점", "注意点", "缺点"],
        "l.disagreement": ["Sources disagree", "출처 간 차이", "情報源による違い", "来源说法不一"],
        "l.wait": ["Give them %1 hours (until %2).", "%1시간을 기다리세요(%2까지).", "%1時間待ちましょう（%2まで）。", "给对方%1小时（至%2）。"],
        "l.wait_plain": ["Give them %1 hours.", "%1시간을 기다리세요.", "%1時間待ちましょう。", "给对方%1小时。"],
        "l.wait_business": ["Give them %1 business days, Monday to Friday (until %2; a public holiday adds a day).", "영업일(월-금) %1일을 기다리세요(%2까지, 공휴일이 끼면 하루씩 늦어집니다).", "%1営業日（月～金）待ちましょう（%2まで。祝日を挟むとその分延びます）。", "给对方%1个工作日（周一至周五，至%2；遇公众假期顺延）。"],
        "l.wait_business_plain": ["Give them %1 business days, Monday to Friday.", "영업일(월-금) %1일을 기다리세요.", "%1営業日（月～金）待ちましょう。", "给对方%1个工作日（周一至周五）。"],
        "l.if_no_answer": ["If no answer", "응답이 없으면", "返事がなければ", "如果没有回复"],
        "l.given": ["you gave: %1", "입력값: %1", "入力済み: %1", "已提供：%1"],
        "l.follow_up": ["Follow-up", "후속 메시지", "フォローアップ", "跟进"],
        "l.closing": ["Closing", "마무리", "締め", "结束语"],
        "l.opening": ["Opening", "첫 메시지", "最初のメッセージ", "首条消息"],
        "l.template_language": ["(no %1 version of this template; shown in %2)", "(이 템플릿의 %1 버전이 없어 %2로 표시)", "（このテンプレートの%1版がないため%2で表示）", "（此模板没有%1版本，以%2显示）"],
        "l.fill": ["Fill in the parts in [brackets].", "[대괄호] 부분을 채우세요.", "［角かっこ］の部分を埋めてください。", "请填写[方括号]中的内容。"],
        "l.phone": ["Phone", "전화", "電話", "电话"],
        "l.email": ["Email", "이메일", "メール", "邮箱"],
        "l.web": ["Web", "웹", "Web", "网址"],
        "l.when": ["When", "언제", "いつ", "何时"],
        "l.consequence": ["Note", "유의", "注意", "注意"],
        "l.seen": ["seen %1", "%1 확인", "%1確認", "%1查看"],
        "l.stale": ["more than a year old: check it is still right", "1년 이상 지난 정보: 여전히 맞는지 확인하세요", "1年以上前の情報です。今も正しいか確認してください", "超过一年的信息：请确认是否仍然有效"],
        "l.today": ["today", "오늘", "今日", "今天"],
        "l.tomorrow": ["tomorrow", "내일", "明日", "明天"],
        "l.yesterday": ["yesterday", "어제", "昨日", "昨天"],
        "l.in_days": ["in %1 days", "%1일 후", "%1日後", "%1天后"],
        "l.days_ago": ["%1 days ago", "%1일 전", "%1日前", "%1天前"],
        "l.opens_on": ["from %1", "%1부터", "%1から", "自%1起"],
        "l.closes_on": ["until %1", "%1까지", "%1まで", "截至%1"],
        "l.assumed_today": ["counted from today as the first contact; give --contacted DATE if you wrote earlier", "오늘을 첫 연락일로 계산; 이미 연락했다면 --contacted DATE", "今日を最初の連絡日として計算。既に連絡済みなら --contacted DATE", "按今天为首次联系日计算；如已联系过请用 --contacted DATE"],
        "l.needs": ["give %1 to compute this", "%1을(를) 주면 계산합니다", "%1 を指定すると計算します", "提供 %1 即可计算"],
        // supportdir show
        "show.aliases": ["also known as", "다른 이름", "別名", "别名"],
        "show.domains": ["official domains", "공식 도메인", "公式ドメイン", "官方域名"],
        "show.regions": ["regions", "지역", "地域", "地区"],
        "show.storefront": ["storefront", "스토어", "ストア", "站点"],
        "show.sells_on": ["sells on", "판매처", "出品先", "销售平台"],
        "show.profile": ["profile", "프로필 파일", "プロフィール", "档案文件"],
        "show.third_party": ["Third-party sellers", "제3자 판매자", "マーケットプレイスの出品者", "第三方卖家"],
        "show.seller_first": ["seller first", "판매자에게 먼저", "まず出品者へ", "先找卖家"],
        "show.marketplace_first": ["marketplace first", "마켓플레이스에 바로", "まずマーケットプレイスへ", "直接找平台"],
        "show.channels": ["Channels", "연락 채널", "連絡手段", "联系渠道"],
        "show.routes": ["Routes", "문제별 경로", "問題別の手順", "问题处理路线"],
        "show.escalation": ["Escalation", "상위 단계", "エスカレーション", "升级途径"],
        "show.warnings": ["Warnings", "주의", "注意", "警告"],
        "l.day_after": ["the day after %2", "%2 다음 날", "%2の翌日", "%2的次日"],
        "l.days_after": ["%1 days after %2", "%2로부터 %1일", "%2から%1日", "%2后%1天"],
        "l.months_after": ["%1 months after %2", "%2로부터 %1개월", "%2から%1か月", "%2后%1个月"],
        "l.months_days_after": ["%1 months and %2 days after %3", "%3로부터 %1개월 %2일", "%3から%1か月と%2日", "%3后%1个月零%2天"],
        "anchor.ordered": ["the order date", "주문일", "注文日", "下单日"],
        "anchor.delivered": ["delivery", "배송 완료일", "配達日", "签收日"],
        "anchor.expected": ["the latest estimated delivery", "최종 도착 예정일", "お届け予定日の最終日", "最晚预计送达日"],
        "anchor.first-contact": ["your first contact", "첫 연락일", "最初の連絡日", "首次联系日"],
        "anchor.disputed": ["the day you opened the dispute", "분쟁을 연 날", "紛争を開いた日", "发起纠纷之日"],
        "hours.always": ["24/7", "24시간 연중무휴", "24時間年中無休", "全天候"],
        "hours.daily": ["Daily", "매일", "毎日", "每天"],
        // Channel ranking reasons
        "reason.urgent": ["answers fast, and this issue is urgent", "빠르게 답하며 이 문제는 급합니다", "すぐ返事があり、急ぎの問題です", "回复快，而此问题紧急"],
        "reason.record": ["leaves a written record, which this issue needs", "이 문제에 필요한 기록이 남습니다", "この問題に必要な記録が残ります", "会留下此问题所需的书面记录"],
        "reason.evidence": ["you can attach photos and files", "사진과 파일을 첨부할 수 있습니다", "写真やファイルを添付できます", "可以附上照片和文件"],
        "reason.claim": ["the formal claim step", "공식 신청 단계입니다", "正式な申請の手段です", "正式申诉步骤"],
        "reason.order": ["the profile's choice for this step", "이 단계에 프로필이 권하는 채널", "このステップでプロフィールが勧める手段", "资料为此步骤推荐的渠道"],
        "reason.closed": ["closed right now", "지금은 운영 시간이 아닙니다", "今は受付時間外です", "现在不在服务时间"],
        // Notes
        "note.text_cut": ["Only the first %1 characters of your words were read; the other %2 were ignored. Put the problem in the first sentences.", "입력하신 글 중 앞의 %1자만 읽고 나머지 %2자는 읽지 않았습니다. 문제를 첫 문장들에 적어 주세요.", "入力の最初の%1文字だけを読み、残りの%2文字は読んでいません。問題は最初の数文で書いてください。", "只读取了您输入的前%1个字符，其余%2个字符未读。请把问题写在前几句。"],
        "note.seller_unknown": ["No profile for the seller '%1': the plan uses the marketplace's general way to reach sellers.", "판매자 '%1'의 프로필이 없어 마켓플레이스의 일반 판매자 연락 방법을 씁니다.", "出品者「%1」のプロフィールがないため、マーケットプレイスの一般的な出品者への連絡方法を使います。", "没有卖家“%1”的资料，方案使用平台联系卖家的通用方式。"],
        "note.order_conflict": ["The order number %1 looks like a %2 order, but the plan is for %3 as you named it.", "주문 번호 %1은(는) %2 주문 형식이지만, 입력하신 대로 %3 기준으로 안내합니다.", "注文番号 %1 は %2 の形式ですが、指定どおり %3 のプランを示します。", "订单号 %1 像是 %2 的订单，但按您指定的 %3 给出方案。"],
        "note.marketplace_missing": ["Where you bought it is not known: the plan uses %1's own support. Add --merchant (e.g. amazon) to include the shop's steps.", "구매처를 알 수 없어 %1 자체 고객지원으로 안내합니다. 구매처 단계를 넣으려면 --merchant(예: amazon)를 주세요.", "購入先が分からないため、%1 自身のサポートで案内します。購入先の手順も含めるには --merchant（例: amazon）を指定してください。", "不知道在哪里购买，方案使用%1自己的客服。加上 --merchant（如 amazon）可包含商城的步骤。"],
        "note.seller_not_on": ["%1 does not list %2 among the shops it sells on.", "%1의 판매처 목록에 %2이(가) 없습니다.", "%1 の販売先に %2 は含まれていません。", "%1 的销售平台中没有 %2。"],
        "note.han_undecided": ["Written in Han letters only, which Chinese and Japanese share: read as Chinese. Add --lang ja for Japanese.", "한자로만 쓰여 있어 중국어와 일본어를 구별할 수 없으므로 중국어로 읽었습니다. 일본어라면 --lang ja를 붙이세요.", "漢字だけで書かれていて中国語か日本語か判別できないため、中国語として読みました。日本語なら --lang ja を付けてください。", "仅由汉字组成，无法区分中文和日文，已按中文理解。如为日文，请加 --lang ja。"],
        "note.other_issues": ["Your words also mention: %1. The plan is for %2; give --issue ID to choose another.", "다음 내용도 언급되었습니다: %1. %2 기준으로 안내하며, 다른 문제는 --issue ID로 고르세요.", "次の内容にも触れています: %1。%2 のプランです。別の問題は --issue ID で選べます。", "您还提到了：%1。方案针对 %2；可用 --issue ID 选择其他问题。"],
        "note.group_country": ["%1 chosen for country %2; for another storefront use --country (also: %3).", "국가 %2 기준으로 %1을(를) 골랐습니다. 다른 스토어는 --country로 지정하세요(그 외: %3).", "国 %2 に合わせて %1 を選びました。別のストアは --country で指定できます（他: %3）。", "根据国家 %2 选择了 %1；其他站点请用 --country（另有：%3）。"],
        "note.group_default": ["%1 chosen: no storefront for country %2; for another use --country (also: %3).", "국가 %2의 스토어가 없어 %1을(를) 골랐습니다. 다른 스토어는 --country로 지정하세요(그 외: %3).", "国 %2 のストアがないため %1 を選びました。別のストアは --country で（他: %3）。", "国家 %2 没有对应站点，选择了 %1；其他站点请用 --country（另有：%3）。"],
        "note.more_candidates": ["%1 more merchants match these words; name the one you mean with --merchant ID (supportdir search NAME lists them).", "이 단어와 맞는 판매처가 %1곳 더 있습니다. --merchant ID로 하나를 지정하세요(supportdir search 이름 으로 목록을 볼 수 있습니다).", "この言葉に合う販売元がほかに %1 件あります。--merchant ID で指定してください（supportdir search 名前 で一覧できます）。", "还有 %1 个商家与这些词相符；请用 --merchant ID 指定（supportdir search 名称 可列出）。"],
        "note.group_no_country": ["%1 chosen (your country is not known); for another storefront use --country (also: %2).", "국가를 알 수 없어 %1을(를) 골랐습니다. 다른 스토어는 --country로 지정하세요(그 외: %2).", "国が分からないため %1 を選びました。別のストアは --country で（他: %2）。", "不知道您的国家，选择了 %1；其他站点请用 --country（另有：%2）。"],
        "note.assumed_marketplace": ["Who sold the item was not given: the plan assumes %1 sold it. If a third-party seller did, add --seller third-party.", "판매자가 지정되지 않아 %1이(가) 직접 판매한 것으로 가정합니다. 제3자 판매자라면 --seller third-party를 추가하세요.", "販売者の指定がないため、%1 の販売と仮定しています。出品者の商品なら --seller third-party を付けてください。", "未说明卖家，方案假定由%1自营。如果是第三方卖家，请加 --seller third-party。"],
        "note.no_route": ["The profiles have no specific route for this issue: these are the general ways to reach %1.", "이 문제에 대한 구체적인 경로가 프로필에 없어 %1의 일반 연락 방법을 안내합니다.", "この問題専用の手順がプロフィールにないため、%1 への一般的な連絡方法を示します。", "资料中没有针对此问题的具体流程，以下是联系%1的通用方式。"],
        "note.no_country": ["No escalation outside the merchant is recorded for country %1.", "국가 %1의 외부 구제 절차 정보가 없습니다.", "国 %1 の外部相談先の情報はありません。", "没有国家 %1 的外部投诉渠道信息。"],
        "note.no_country_given": ["Give --country to see agencies and card disputes outside the merchant.", "외부 기관과 카드 이의 제기를 보려면 --country를 주세요.", "外部の相談先やカードの異議申立てを見るには --country を指定してください。", "提供 --country 可查看外部机构和信用卡争议渠道。"],
        "note.seller_first": ["The marketplace asks you to contact the seller first for this issue.", "이 문제는 마켓플레이스가 판매자에게 먼저 연락하라고 안내합니다.", "この問題は、まず出品者に連絡するようマーケットプレイスが求めています。", "对于此问题，平台要求先联系卖家。"],
        "note.brand_first": ["%1 handles this issue itself, ahead of the shop.", "이 문제는 상점보다 %1이(가) 직접 처리합니다.", "この問題はショップより先に %1 が対応します。", "此问题由%1直接处理，优先于商城。"],
        // Contact plans (reach a person)
        "h.contact": ["How to reach a person", "상담원에게 연결하는 방법", "担当者につながる方法", "如何联系到人工客服"],
        "contact.why": ["The ways to reach a person at %1, fastest now first.", "%1의 상담원에게 닿는 방법을 지금 가장 빠른 순서로 정리했습니다.", "%1 の担当者につながる方法を、今いちばん早い順に並べています。", "联系%1人工客服的方式，按现在最快的顺序排列。"],
        "contact.why_then": ["Then %1, fastest now first.", "그다음 %1, 지금 가장 빠른 순서입니다.", "次に %1（今いちばん早い順）。", "其次是%1，按现在最快的顺序排列。"],
        "contact.door": ["%1 handles these itself: %2. For anything about the order itself (delivery, cancellation, returns, refunds, payment), %3, where you bought it, is the right door.", "%1이(가) 직접 처리하는 것: %2. 주문 자체(배송, 취소, 반품, 환불, 결제)는 구매한 곳인 %3이(가) 맞는 창구입니다.", "%1 が自ら対応するもの: %2。注文そのもの（配送、キャンセル、返品、返金、支払い）は、購入先の %3 が正しい窓口です。", "%1自己处理：%2。订单本身的问题（配送、取消、退货、退款、付款）应找购买平台%3。"],
        "contact.door_plain": ["For the order itself (delivery, cancellation, returns, refunds, payment), %2, where you bought it, is the right door rather than %1.", "주문 자체(배송, 취소, 반품, 환불, 결제)는 %1보다 구매한 곳인 %2이(가) 맞는 창구입니다.", "注文そのもの（配送、キャンセル、返品、返金、支払い）は、%1 より購入先の %2 が正しい窓口です。", "订单本身的问题（配送、取消、退货、退款、付款）应找购买平台%2，而不是%1。"],
        "contact.third_party": ["If a seller on %1 sold the item, the seller may be the right door for the order itself: add --seller third-party (or the seller's name) for its channels.", "%1의 입점 판매자가 판매한 상품이라면 주문 자체는 판매자가 맞는 창구일 수 있습니다. 판매자 연락 방법은 --seller third-party(또는 판매자 이름)를 추가하세요.", "%1 の出品者・ショップが販売した商品なら、注文そのものは出品者が正しい窓口の場合があります。連絡方法は --seller third-party（または販売者名）を付けてください。", "如果商品由%1上的卖家出售，订单本身可能应找卖家：加上 --seller third-party（或卖家名称）查看联系方式。"],
        "hint.sharper": ["For a sharper plan, say what happened: e.g. supportdir resolve \"%1 %2\" (supportdir issues lists the problems it knows).", "더 구체적인 계획을 원하면 무슨 일인지 적어 주세요. 예: supportdir resolve \"%1 %2\" (아는 문제 목록: supportdir issues)", "より具体的なプランには、何があったかを書いてください。例: supportdir resolve \"%1 %2\"（問題の一覧: supportdir issues）", "想要更具体的方案，请说明发生了什么，例如 supportdir resolve \"%1 %2\"（问题列表：supportdir issues）"],
        "hint.example_issue": ["refund", "환불", "返金", "退款"],
        "choice.merchant": ["Which merchant did you mean?", "어느 상점인가요?", "どのショップですか？", "是哪个商家？"],
        "choice.issue": ["Which problem is it?", "어떤 문제인가요?", "どの問題ですか？", "是哪种问题？"],
        "choice.prompt": ["Type its number and press Enter (Enter alone stops): ", "번호를 입력하고 Enter를 누르세요(Enter만 누르면 그만둡니다): ", "番号を入力してEnterを押してください（Enterだけで終了）: ", "输入编号后按回车（直接回车则结束）: "],
        "choice.not_a_number": ["“%1” is not one of the numbers 1-%2; stopping here.", "“%1”은(는) 1-%2 중 하나가 아닙니다. 여기서 멈춥니다.", "“%1” は 1〜%2 の番号ではありません。ここで終了します。", "“%1” 不是 1-%2 中的编号，到此结束。"],
        "reach.live_open": ["a person answers live, and it is open now", "상담원이 실시간으로 응대하며 지금 운영 중입니다", "担当者がその場で対応し、今は受付中です", "人工实时接待，现在可联系"],
        "reach.live_no_hours": ["a person answers live; the profile gives no hours", "상담원이 실시간으로 응대합니다. 운영 시간 정보는 없습니다", "担当者がその場で対応します。受付時間の情報はありません", "人工实时接待；资料中没有服务时间"],
        "reach.live_closed": ["a person answers live, but it is closed now", "상담원이 실시간으로 응대하지만 지금은 운영 시간이 아닙니다", "担当者がその場で対応しますが、今は受付時間外です", "人工实时接待，但现在不在服务时间"],
        "reach.written": ["written: send it now, a person answers later", "글로 문의: 지금 보내면 나중에 답을 받습니다", "文面での問い合わせ: 今送れば後で返事が来ます", "书面联系：现在发送，稍后回复"],
        "reach.self_service": ["help pages: no person, but may answer it at once", "도움말: 상담원은 없지만 바로 답을 찾을 수도 있습니다", "ヘルプ: 担当者はいませんが、すぐ答えが見つかることもあります", "帮助页面：没有人工，但可能马上找到答案"],
        // The general plan (a shop without a profile)
        "generic.no_profile": ["supportdir has no profile for %1: this is the general plan that works with any shop.", "supportdir에 %1의 프로필이 없습니다. 어느 상점에나 통하는 일반 계획입니다.", "supportdir には %1 のプロフィールがありません。どのショップにも使える一般的なプランです。", "supportdir 没有%1的资料：以下是适用于任何商家的通用方案。"],
        "generic.this_shop": ["this shop", "이 상점", "このショップ", "这家商家"],
        "generic.write": ["Write to the shop (on a marketplace: the seller) first, in writing: from the order page, or the contact address on the shop's own site or in the order confirmation email. Attach what you prepared and keep every reply.", "먼저 상점(마켓플레이스라면 판매자)에 글로 연락하세요. 주문 페이지, 또는 상점 공식 사이트나 주문 확인 메일에 있는 연락처를 이용하고, 준비한 자료를 첨부하고 답장은 모두 보관하세요.", "まずショップ（マーケットプレイスなら出品者）に文面で連絡します。注文ページ、またはショップ公式サイトや注文確認メールにある連絡先から。用意したものを添え、返信はすべて保存しましょう。", "先以书面方式联系商家（在平台购买则联系卖家）：通过订单页面，或商家官网、订单确认邮件中的联系方式。附上准备好的材料，保存每一条回复。"],
        "generic.write_next": ["If the shop does not answer or refuses, go to the next step; keep the date you wrote.", "상점이 답하지 않거나 거절하면 다음 단계로 가세요. 연락한 날짜를 기록해 두세요.", "返事がない、または断られたら次のステップへ。連絡した日付を控えておきましょう。", "如果商家不回复或拒绝，进入下一步；记下您联系的日期。"],
        "generic.protection": ["If you bought it on a marketplace, or paid through a service with buyer protection (PayPal and similar), open a claim there: from your account on its own site or app, within the time its own pages give.", "마켓플레이스에서 샀거나 구매자 보호가 있는 결제 서비스(PayPal 등)로 결제했다면 그곳에 신청하세요. 해당 서비스 공식 사이트나 앱의 계정에서, 그곳 안내에 나온 기한 안에 하세요.", "マーケットプレイスで買った、または購入者保護のある決済サービス（PayPalなど）で払ったなら、そこで申請します。公式サイトやアプリのアカウントから、そのサービスが示す期限内に。", "如果是在平台购买，或用有买家保障的支付服务（如 PayPal）付款，请在那里申请：从其官网或 App 的账户中提交，并在其页面写明的期限内。"],
        "generic.protection_named": ["You paid with %1: open a buyer-protection claim from your %1 account (its own site or app, never a link in an email), within the time %1's own pages give.", "%1(으)로 결제하셨다면 %1 계정(공식 사이트나 앱, 메일 속 링크는 사용 금지)에서 구매자 보호를 신청하세요. 기한은 %1 공식 안내를 따르세요.", "%1 で支払ったなら、%1 のアカウント（公式サイトかアプリ。メール内のリンクは使わない）から購入者保護を申請します。期限は %1 自身の案内に従います。", "您用%1付款：请从%1账户（官网或 App，切勿使用邮件中的链接）申请买家保障，期限以%1官方页面为准。"],
        "generic.card": ["Ask your card issuer to dispute the charge (chargeback)", "카드사에 결제 이의 제기(차지백) 요청", "カード会社に請求の異議申立て（チャージバック）を依頼", "向发卡行申请争议退款（拒付）"],
        "generic.card_when": ["When the shop and any buyer protection did not help. No deadline rule is recorded here for country %1: your card's terms and the issuer say how long you have, so ask soon.", "상점과 구매자 보호로 해결되지 않았을 때. 국가 %1의 기한 규정은 여기에 기록되어 있지 않으니 카드 약관과 카드사에 기한을 바로 확인하세요.", "ショップや購入者保護で解決しなかったとき。国 %1 の期限のルールはここに記録がありません。期限はカードの規約とカード会社が示すので、早めに問い合わせましょう。", "当商家和买家保障都未解决时。此处没有国家 %1 的期限规定：期限以您的信用卡条款和发卡行为准，请尽早询问。"],
        "generic.find": ["Find the shop's own contact page: type the shop's address yourself, or use the link in your order confirmation email; the contact or help link is usually at the foot of the page. Do not call numbers from search ads or 'helpline' sites.", "상점의 공식 연락처 페이지를 찾으세요. 주소를 직접 입력하거나 주문 확인 메일의 링크를 쓰세요. 고객센터·도움말 링크는 보통 페이지 맨 아래에 있습니다. 검색 광고나 '고객센터 안내' 사이트의 번호로는 전화하지 마세요.", "ショップ自身のお問い合わせページを探します。アドレスを自分で入力するか、注文確認メールのリンクから。お問い合わせやヘルプのリンクは多くの場合ページ下部にあります。検索広告や「サポート番号」サイトの番号には電話しないでください。", "找到商家自己的联系页面：自己输入网址，或使用订单确认邮件中的链接；联系或帮助链接通常在页面底部。不要拨打搜索广告或“客服电话”网站上的号码。"],
        "generic.warning": ["Fake support numbers and look-alike sites are common: use only contact details shown on the shop's own site, app or order emails, and never pay, give a password or install an app for someone who contacts you.", "가짜 고객센터 번호와 비슷한 가짜 사이트가 많습니다. 상점 공식 사이트·앱·주문 메일에 나온 연락처만 쓰고, 연락해 온 사람에게 돈을 보내거나 비밀번호를 알려 주거나 앱을 설치하지 마세요.", "偽のサポート番号やそっくりなサイトがよくあります。ショップの公式サイト・アプリ・注文メールに載っている連絡先だけを使い、連絡してきた相手に支払い、パスワードの伝達、アプリのインストールをしないでください。", "假客服电话和仿冒网站很常见：只使用商家官网、App 或订单邮件中的联系方式；不要给联系您的人付款、提供密码或安装 App。"],
        "generic.add": ["To add this shop to the directory: supportdir new ID --kind KIND, then fill it in from the shop's own pages (see CONTRIBUTING.md).", "이 상점을 디렉터리에 추가하려면: supportdir new ID --kind KIND 후 상점 공식 페이지를 보고 채우세요(CONTRIBUTING.md 참고).", "このショップをディレクトリに追加するには: supportdir new ID --kind KIND を実行し、ショップ自身のページをもとに記入します（CONTRIBUTING.md 参照）。", "要把这家商家加入目录：运行 supportdir new ID --kind KIND，再根据商家官方页面填写（见 CONTRIBUTING.md）。"],
        "f.generic": ["General plan", "일반 계획", "一般プラン", "通用方案"],
        "f.contact": ["Reach a person", "상담원 연결", "担当者への連絡", "联系人工客服"],
        "deadline.not_received_from": ["Counts as not received (then: supportdir resolve --issue not-received)", "미수령으로 처리 가능(그때: supportdir resolve --issue not-received)", "未着として扱える（その後: supportdir resolve --issue not-received）", "可按未收到货处理（届时：supportdir resolve --issue not-received）"],
        // Unresolved
        "u.merchant-unknown": ["Could not tell which merchant this is about.", "어느 상점에 관한 것인지 알 수 없습니다.", "どのショップの話か分かりませんでした。", "无法判断是哪个商家。"],
        "u.merchant-ambiguous": ["Several merchants match; say which one.", "여러 상점이 해당됩니다. 하나를 골라 주세요.", "複数のショップが該当します。どれか指定してください。", "匹配到多个商家，请指明是哪一个。"],
        "u.issue-unknown": ["Could not tell what the problem is.", "어떤 문제인지 알 수 없습니다.", "どんな問題か分かりませんでした。", "无法判断是什么问题。"],
        "u.issue-ambiguous": ["Several issues fit your words; say which one.", "여러 문제가 해당될 수 있습니다. 하나를 골라 주세요.", "複数の問題が該当しそうです。どれか指定してください。", "可能涉及多个问题，请指明是哪一个。"],
        "u.hint.merchant": ["Name the merchant, e.g. --merchant amazon (supportdir list shows them all).", "상점을 지정하세요. 예: --merchant amazon (전체 목록: supportdir list)", "ショップを指定してください。例: --merchant amazon（一覧: supportdir list）", "请指定商家，例如 --merchant amazon（全部列表：supportdir list）"],
        "u.hint.issue": ["Name the issue, e.g. --issue refund (supportdir issues shows them all).", "문제를 지정하세요. 예: --issue refund (전체 목록: supportdir issues)", "問題を指定してください。例: --issue refund（一覧: supportdir issues）", "请指定问题，例如 --issue refund（全部列表：supportdir issues）"],
        "u.none": ["(nothing close)", "(비슷한 항목 없음)", "（近いものなし）", "（没有相近的项）"],
        "u.not_found": ["not found", "찾지 못함", "見つかりません", "未找到"],
        "u.ambiguous": ["several", "여러 개", "複数", "多个"],
        "placeholder.order_number": ["order number", "주문 번호", "注文番号", "订单号"],
        "placeholder.item": ["item", "상품명", "商品名", "商品名称"],
        "placeholder.seller": ["seller", "판매자", "出品者", "卖家"],
        "placeholder.merchant": ["shop", "상점", "ショップ", "商家"],
        "placeholder.ordered_date": ["order date", "주문일", "注文日", "下单日期"],
        "placeholder.delivered_date": ["delivery date", "배송 완료일", "配達日", "签收日期"],
        "placeholder.expected_date": ["latest estimated delivery date", "도착 예정일", "お届け予定日", "预计送达日期"],
        "placeholder.outcome": ["what you want", "원하는 해결", "希望する対応", "希望的处理方式"],
        "placeholder.issue": ["the problem", "문제", "問題", "问题"],
    ]

    static func index(_ language: String) -> Int {
        switch PlanLanguage.supportedCode(language) ?? "en" {
        case "ko": return 1
        case "ja": return 2
        case "zh": return 3
        default: return 0
        }
    }

    /// The string for `key` in `language` (English when missing; the key itself when unknown).
    public static func text(_ key: String, _ language: String) -> String {
        guard let row = table[key] else { return key }
        let i = index(language)
        return i < row.count && !row[i].isEmpty ? row[i] : row[0]
    }

    public static func format(_ key: String, _ language: String, _ args: String...) -> String {
        var s = text(key, language)
        for (i, arg) in args.enumerated().reversed() { s = fill("%\(i + 1)", in: s, with: arg) }
        return index(language) == 1 && !args.isEmpty ? KoreanParticles.settle(s) : s
    }

    /// `text` with each `placeholder` (`%1`) replaced by `value`, left to right, comparing UTF-8 bytes: what
    /// `replacingOccurrences(of:with:)` gives for these ASCII placeholders, several times faster (the site
    /// formats hundreds of thousands of strings).
    public static func fill(_ placeholder: String, in text: String, with value: String) -> String {
        let target = Array(placeholder.utf8)
        guard let first = target.first, text.utf8.contains(first) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + value.utf8.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == first, i + target.count <= bytes.count, bytes[i..<(i + target.count)].elementsEqual(target) {
                out.append(contentsOf: value.utf8)
                i += target.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
