import Mustache

/// The site's HTML as Mustache templates. Every `{{value}}` is HTML-escaped by Mustache (`&<>"'`),
/// in text and in attributes alike; no template uses the unescaped `{{{ }}}` or `{{& }}` forms
/// (a test checks), so nothing from a profile reaches a page as markup. Pages extend `layout`.
/// Each template that renders values starts with `{{% CONTENT_TYPE: SITEHTML}}`: Mustache's HTML escaping
/// (the same five characters, `&<>"'`) done over the UTF-8 bytes instead of one `Character` at a time.
enum SiteTemplates {
    static let layout = """
        {{% CONTENT_TYPE: SITEHTML}}<!doctype html>
        <html lang="[[lang]]" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{title}}</title>
        <meta name="description" content="{{description}}">
        <link rel="icon" href="[[root]]assets/icon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="[[root]]assets/site.css">
        [[#alternates]]<link rel="alternate" hreflang="[[code]]" href="[[root]][[code]]/{{rest}}">
        [[/alternates]]<script src="[[root]]assets/strings.[[lang]].js" defer></script>
        <script src="[[root]]assets/site.js" defer></script>
        </head>
        <body data-root="[[root]]" data-lang="[[lang]]">
        <header class="top">
        <a class="brand" href="[[root]][[lang]]/">supportdir</a>
        <nav aria-label="[[navLabel]]">
        <a href="[[root]][[lang]]/">[[navHome]]</a>
        <a href="[[root]][[lang]]/_shops/">[[navMerchants]]</a>
        <a href="[[root]][[lang]]/_add/">[[navAdd]]</a>
        </nav>
        <nav class="langs" aria-label="[[navLanguage]]">
        [[#alternates]][[#current]]<span aria-current="page" lang="[[code]]">[[name]]</span>[[/current]][[^current]]<a href="[[root]][[code]]/{{rest}}" hreflang="[[code]]" lang="[[code]]">[[name]]</a>[[/current]]
        [[/alternates]]</nav>
        </header>
        <main id="main">
        {{$main}}{{/main}}
        </main>
        <footer>
        <p>[[footerData]] <a href="[[root]]api/v1/merchants.json">api/v1/merchants.json</a></p>
        <p>[[footerAsOf]]</p>
        </footer>
        </body>
        </html>

        """

    static let home = """
        {{<layout}}{{$main}}
        <h1>{{heading}}</h1>
        <p class="lead">{{tagline}}</p>
        <form class="search" role="search" action="" method="get" id="search">
        <label for="q">{{searchLabel}}</label>
        <div class="searchrow">
        <input type="search" id="q" name="q" autocomplete="off" placeholder="{{searchPlaceholder}}" aria-describedby="q-help">
        <button type="submit">{{searchButton}}</button>
        </div>
        <p id="q-help" class="help">{{searchHelp}}</p>
        </form>
        <noscript><p class="help">{{noscript}}</p></noscript>
        <section id="results" aria-live="polite"></section>
        <section>
        <h2>{{merchantsHeading}}</h2>
        <ul class="cards">
        {{#merchants}}<li><a href="{{href}}">{{name}}</a> <span class="meta">{{kind}} · {{regions}}</span></li>
        {{/merchants}}</ul>
        {{#more}}<p><a href="{{href}}">{{text}}</a></p>{{/more}}
        </section>
        <section>
        <h2>{{unknownHeading}}</h2>
        <p>{{unknownText}}</p>
        <ul class="inline">
        {{#generalPlans}}<li><a href="{{href}}">{{name}}</a></li>
        {{/generalPlans}}</ul>
        <p><a href="{{addHref}}">{{addText}}</a></p>
        </section>
        {{/main}}{{/layout}}
        """

    static let merchants = """
        {{<layout}}{{$main}}
        <h1>{{heading}}</h1>
        <p>{{pageLabel}}</p>
        <ul class="cards">
        {{#merchants}}<li><a href="{{href}}">{{name}}</a> <span class="meta">{{kind}} · {{regions}}</span></li>
        {{/merchants}}</ul>
        <nav class="pages" aria-label="{{pageLabel}}">{{#pages}}{{#current}}<span aria-current="page">{{number}}</span>{{/current}}{{^current}}<a href="{{href}}">{{number}}</a>{{/current}} {{/pages}}</nav>
        {{/main}}{{/layout}}
        """

    static let channel = """
        {{% CONTENT_TYPE: SITEHTML}}<li class="channel">
        <h{{channelLevel}}>{{title}} <span class="kind">{{kind}}</span></h{{channelLevel}}>
        {{#reason}}<p class="meta">{{.}}</p>{{/reason}}
        {{#points}}<p class="point">{{label}}: {{#link}}<a href="{{href}}" rel="noopener">{{text}}</a>{{/link}}{{^link}}<span class="inert">{{text}}</span>{{/link}}</p>
        {{/points}}{{#path}}<p>[[pathLabel]]: <span class="path">{{.}}</span></p>{{/path}}
        {{#hours}}<p class="hours">[[hoursLabel]]: {{summary}}{{#data}} <span class="now" data-hours="{{.}}">[[nowUnknown]]</span>{{/data}}</p>{{/hours}}
        {{#human}}<p>[[humanLabel]]: {{.}}</p>{{/human}}
        {{#facts}}<p class="meta">{{.}}</p>{{/facts}}
        {{#notes}}<p class="meta">{{.}}</p>{{/notes}}
        {{#drawbacks}}<p class="meta">[[drawbackLabel]]: {{text}}</p>
        {{/drawbacks}}{{#disagreement}}<p class="warn">[[disagreementLabel]]: {{.}}</p>{{/disagreement}}
        {{#source}}<p class="meta">[[sourceLabel]]: <a href="{{href}}" rel="noopener">{{url}}</a> ({{quality}}, {{seen}})</p>{{/source}}
        </li>
        """

    static let escalationItem = """
        {{% CONTENT_TYPE: SITEHTML}}<li><strong>{{name}}</strong>{{#when}}<br>[[whenLabel]]: {{.}}{{/when}}
        {{#points}}<br>{{label}}: {{#link}}<a href="{{href}}" rel="noopener">{{text}}</a>{{/link}}{{^link}}<span class="inert">{{text}}</span>{{/link}}{{/points}}
        {{#consequence}}<br><span class="warn">[[consequenceLabel]]: {{.}}</span>{{/consequence}}</li>
        """

    /// The ladder outside the shop, rendered once for all the plan pages that show it (``SiteFragments``): a plan
    /// page's `{{steps}}` is that part.
    static let ladder = """
        {{% CONTENT_TYPE: SITEHTML}}{{#steps}}{{> escalation}}{{/steps}}
        """

    static let plan = """
        {{<layout}}{{$main}}
        <article class="plan" data-party-first="{{firstParty}}">
        <h1>{{heading}}</h1>
        <p class="meta">[[sellerLabel]]: {{sellerLine}}</p>
        {{#sellerSwitch}}<nav class="switch" aria-label="{{label}}"><span>{{label}}</span> {{#options}}{{#current}}<span aria-current="page">{{text}}</span>{{/current}}{{^current}}<a href="{{href}}">{{text}}</a>{{/current}} {{/options}}</nav>{{/sellerSwitch}}
        {{#notes}}<p class="note">{{.}}</p>
        {{/notes}}{{#any_candidates}}<h2>[[candidatesHeading]]</h2><ul>{{#candidates}}<li>{{#href}}<a href="{{href}}">{{name}}</a>{{/href}}{{^href}}{{name}}{{/href}}</li>{{/candidates}}</ul>{{/any_candidates}}
        <h2>{{planHeading}}</h2>
        <ol class="steps">
        {{#steps}}<li class="step" data-party="{{party}}">
        <h3>{{title}}</h3>
        {{#why}}<p>{{.}}</p>{{/why}}
        <ol class="channels">{{#channels}}{{.}}{{/channels}}</ol>
        {{#wait}}<p>{{.}}</p>{{/wait}}
        {{#ifNoAnswer}}<p><strong>[[ifNoAnswerLabel]]</strong>: {{.}}</p>{{/ifNoAnswer}}
        </li>
        {{/steps}}</ol>
        {{#any_prepare}}<h2>[[prepareHeading]]</h2>
        <ul class="check">{{#prepare}}<li>{{.}}</li>{{/prepare}}</ul>{{/any_prepare}}
        {{#message}}<h2>[[messageHeading]]</h2>
        {{#otherLanguage}}<p class="meta">{{.}}</p>{{/otherLanguage}}
        <div class="message" id="message">
        <p>{{opening}}</p>
        {{#followUp}}<p class="meta">[[followUpLabel]]</p><p>{{.}}</p>{{/followUp}}
        {{#closing}}<p class="meta">[[closingLabel]]</p><p>{{.}}</p>{{/closing}}
        </div>
        <button type="button" class="copy" data-copy="{{copyText}}" data-done="[[copiedLabel]]" hidden>[[copyLabel]]</button>
        {{#fill}}<p class="meta">{{.}}</p>{{/fill}}{{/message}}
        {{#any_deadlines}}<h2>[[deadlinesHeading]]</h2>
        <form class="dates" id="dates" aria-describedby="dates-help">
        <fieldset><legend>[[datesTitle]]</legend>
        <p id="dates-help" class="help">[[datesHelp]]</p>
        {{#anchors}}<label for="date-{{id}}">{{label}}</label> <input type="date" id="date-{{id}}" name="{{id}}" data-anchor="{{id}}">
        {{/anchors}}</fieldset>
        <button type="submit" hidden>[[datesButton]]</button>
        </form>
        <ul class="deadlines" aria-live="polite">
        {{#deadlines}}<li data-deadline="{{data}}" data-id="{{id}}"><strong>{{label}}</strong>: <output class="date" for="{{anchorInput}}">[[pending]]</output> <span class="meta">({{basis}})</span>{{#disagreement}}<br><span class="warn">[[disagreementLabel]]: {{.}}</span>{{/disagreement}}</li>
        {{/deadlines}}</ul>{{/any_deadlines}}
        {{#escalationShown}}<h2>[[escalationHeading]]</h2>
        <ol class="ladder">{{#escalation}}{{> escalation}}{{/escalation}}</ol>
        {{#country}}<section class="country" id="outside" data-country="{{code}}" data-lang="[[lang]]">
        <h3 id="outside-heading">{{heading}}</h3>
        <p class="countrypick"><label for="country" hidden>[[countryLabel]]</label> <select id="country" data-for="outside" hidden>[[#countries]]<option value="[[.]]">[[.]]</option>[[/countries]]</select>
        <a href="{{allHref}}">[[allText]]</a></p>
        <ol class="ladder" id="outside-steps">{{steps}}</ol>
        </section>{{/country}}{{/escalationShown}}
        {{#any_warnings}}<h2>[[warningsHeading]]</h2><ul class="warnings">{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>{{/any_warnings}}
        {{#any_tips}}<h2>[[tipsHeading]]</h2><ul>{{#tips}}<li>{{.}}</li>{{/tips}}</ul>{{/any_tips}}
        {{#any_sources}}<h2>[[sourcesHeading]]</h2><ul class="sources">{{#sources}}<li><a href="{{href}}" rel="noopener">{{url}}</a> <span class="meta">({{quality}}, {{seen}})</span></li>{{/sources}}</ul>{{/any_sources}}
        {{#hints}}<p class="meta">{{.}}</p>{{/hints}}
        <p class="meta"><a href="{{jsonHref}}">[[planJSONLabel]]</a> · {{cli}}</p>
        </article>
        {{/main}}{{/layout}}
        """

    static let merchant = """
        {{<layout}}{{$main}}
        <article class="merchant">
        <h1>{{heading}}</h1>
        <dl class="facts">
        <dt>[[kindLabel]]</dt><dd>{{kind}}</dd>
        {{#regions}}<dt>[[regionsLabel]]</dt><dd>{{.}}</dd>{{/regions}}
        {{#domains}}<dt>[[domainsLabel]]</dt><dd>{{.}}</dd>{{/domains}}
        </dl>
        {{#any_warnings}}<ul class="warnings">{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>{{/any_warnings}}
        <h2>[[issuesHeading]]</h2>
        {{#any_issues}}<ul class="issues">{{#issues}}<li>{{name}}: {{#links}}<a href="{{href}}">{{text}}</a> {{/links}}</li>
        {{/issues}}</ul>{{/any_issues}}{{^any_issues}}<p>[[noPlans]]</p>{{/any_issues}}
        <h2>[[channelsHeading]]</h2>
        <ol class="channels">{{#channels}}{{> channel}}{{/channels}}</ol>
        {{#any_tips}}<h2>[[tipsHeading]]</h2><ul>{{#tips}}<li>{{.}}</li>{{/tips}}</ul>{{/any_tips}}
        <p class="meta"><a href="{{jsonHref}}">[[merchantJSONLabel]]</a></p>
        </article>
        {{/main}}{{/layout}}
        """

    static let countries = """
        {{<layout}}{{$main}}
        <h1>{{heading}}</h1>
        <p>{{text}}</p>
        <nav class="inline" aria-label="{{heading}}">{{#countries}}<a href="#{{code}}">{{code}}</a> {{/countries}}</nav>
        {{#countries}}<section class="country" id="{{code}}">
        <h2>{{heading}}</h2>
        <ol class="ladder">{{#steps}}{{> escalation}}{{/steps}}</ol>
        </section>
        {{/countries}}
        {{/main}}{{/layout}}
        """

    static let add = """
        {{<layout}}{{$main}}
        <h1>{{heading}}</h1>
        <p>{{text}}</p>
        <p>{{steps}}</p>
        <pre><code>supportdir new my-shop --kind seller
        supportdir validate</code></pre>
        <ul>
        <li><a href="{{guideHref}}" rel="noopener">{{guide}}</a></li>
        <li><a href="{{formatHref}}" rel="noopener">{{format}}</a></li>
        </ul>
        {{/main}}{{/layout}}
        """

    static let root = """
        {{% CONTENT_TYPE: SITEHTML}}<!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>supportdir</title>
        <link rel="icon" href="assets/icon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="assets/site.css">
        <script src="assets/site.js" defer></script>
        </head>
        <body data-root="" data-lang="" data-languages="{{codes}}">
        <main id="main">
        <h1>supportdir</h1>
        <ul class="cards">
        {{#languages}}<li lang="{{code}}"><a href="{{code}}/" hreflang="{{code}}">{{name}}</a> <span class="meta">{{choose}}</span></li>
        {{/languages}}</ul>
        </main>
        </body>
        </html>

        """

    /// The templates and their names.
    static let named = [("layout", layout), ("home", home), ("merchants", merchants), ("channel", channel),
                        ("escalation", escalationItem), ("ladder", ladder), ("plan", plan), ("countries", countries), ("merchant", merchant), ("add", add),
                        ("root", root)]

    /// All templates for pages of one language at one depth, parsed once.
    ///
    /// The words a language's pages share (labels, headings, the browser's strings) and the way up to the site's
    /// root are the same on thousands of pages, so they are not looked up on each: they are written into the
    /// templates first, as `[[name]]` tags rendered by Mustache itself (delimiters `[[ ]]`, the same SITEHTML
    /// escaping as every `{{value}}`), from `words` (``SitePage/words(lang:root:today:countries:)``). What is left is a
    /// template of the page's own values only. A word that would read as a tag in that second template is refused.
    static func library(words: [String: Any]) throws -> MustacheLibrary {
        _ = SiteHTML.registered
        var library = MustacheLibrary()
        let blank = blanked(words)
        func count(_ text: String, _ mark: String) -> Int { text.components(separatedBy: mark).count }
        for (name, text) in named {
            let first = try MustacheTemplate(string: "{{=[[ ]]=}}[[% CONTENT_TYPE: \(SiteHTML.name)]]" + text)
            let written = first.render(words)
            // The same tags as when every word is empty: no word opened, closed or joined a tag.
            let bare = first.render(blank)
            guard !written.contains("{{{"), !written.contains("}}}"), !written.contains("[["),
                  count(written, "{{") == count(bare, "{{"), count(written, "}}") == count(bare, "}}")
            else { throw SiteTemplateError(template: name) }
            try library.register(written, named: name)
        }
        return library
    }

    /// `words` with every text empty (the same sections, lists and flags).
    static func blanked(_ value: Any) -> Any {
        switch value {
        case is String: return ""
        case let list as [Any]: return list.map(blanked)
        case let map as [String: Any]: return map.mapValues(blanked)
        default: return value
        }
    }

    /// Every template's text, for the test that none writes a value unescaped (`{{{ }}}`, `{{& }}`, `[[{ ]]`, `[[& ]]`).
    static let all = [layout, home, merchants, channel, escalationItem, ladder, plan, merchant, add, root, countries]
}

/// A word of the site that would have changed a template's tags when written into it.
struct SiteTemplateError: Error, CustomStringConvertible {
    var template: String
    var description: String { "a word of the site written into the template '\(template)' reads as a Mustache tag" }
}

/// Mustache's HTML content type (`&<>"'` replaced by `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`, everything else as it is),
/// over UTF-8 bytes: the five are ASCII, so no other character can hold one. (Mustache's own goes `Character` by
/// `Character` and so leaves a `<` alone when a combining mark follows it; this escapes that one too.)
struct SiteHTML: MustacheContentType {
    static let name = "SITEHTML"
    /// Registered with Mustache once, before the first template that names it is parsed.
    static let registered: Void = MustacheContentTypes.register(SiteHTML(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        func special(_ b: UInt8) -> Bool { b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 }
        // Looked for in the contiguous bytes when the string has them (a native string always does).
        let any = utf8.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? utf8.contains(where: special)
        guard any else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])            // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                  // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                  // &gt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])      // &quot;
            case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])            // &#39;
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A text value renders as itself (the escaping is the content type's, as before). Mustache otherwise writes a value
/// with `String(describing:)` after trying it as a template and a lambda, which for the few hundred texts of each of
/// tens of thousands of pages was a good part of the build: a text known as renderable skips those casts.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
