/// The site's stylesheet and script, served as files (no inline script or style, so a strict
/// Content-Security-Policy can be used). The script only computes what depends on the visitor:
/// search, open now in their time zone, the dates they type, their country.
enum SiteAssets {
    static let css = #"""
    :root { --bg: #fff; --fg: #1b1b1f; --muted: #5a5d66; --line: #d9dbe0; --accent: #0b57d0; --card: #f5f6f8; --warn: #8a4b00; }
    @media (prefers-color-scheme: dark) {
      :root { --bg: #131417; --fg: #e8e9ec; --muted: #a5a9b3; --line: #353841; --accent: #8ab4f8; --card: #1d1f24; --warn: #f0b45a; }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans CJK SC", sans-serif; overflow-wrap: break-word; }
    :lang(ko) { word-break: keep-all; }
    a, .inert, .point, .sources li { overflow-wrap: anywhere; }
    a { color: var(--accent); }
    header.top { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
    header.top .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
    header.top nav { display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
    header.top nav.langs { margin-left: auto; font-size: .9rem; }
    main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
    footer { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); margin-top: 2rem; padding-bottom: 2rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .5rem; }
    h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
    h3 { font-size: 1.05rem; margin: .25rem 0; }
    h4, .channel h3 { font-size: 1rem; margin: 0 0 .25rem; }
    .lead { font-size: 1.05rem; }
    .meta, .help { color: var(--muted); font-size: .9rem; }
    .warn { color: var(--warn); }
    .note { background: var(--card); border-left: 3px solid var(--accent); padding: .5rem .75rem; margin: .5rem 0; }
    form.search label { display: block; font-weight: 600; margin: 1rem 0 .35rem; }
    .searchrow { display: flex; gap: .5rem; flex-wrap: wrap; }
    input, select, button { font: inherit; color: inherit; }
    input[type=search], input[type=date], select { background: var(--bg); border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .7rem; min-height: 2.75rem; }
    input[type=search] { flex: 1 1 14rem; min-width: 0; }
    button { background: var(--accent); color: var(--bg); border: 0; border-radius: .5rem; padding: .6rem 1rem; min-height: 2.75rem; cursor: pointer; font-weight: 600; }
    ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .5rem; }
    ul.cards li { background: var(--card); border-radius: .5rem; padding: .6rem .75rem; }
    ul.inline { padding-left: 1.2rem; columns: 2 12rem; }
    ol.steps { padding-left: 0; list-style: none; }
    li.step { border: 1px solid var(--line); border-radius: .75rem; padding: .75rem; margin: .75rem 0; }
    ol.channels { padding-left: 1.25rem; }
    li.channel { margin: .6rem 0; }
    li.channel p { margin: .15rem 0; }
    .kind { font-size: .75rem; color: var(--muted); border: 1px solid var(--line); border-radius: 1rem; padding: 0 .45rem; white-space: nowrap; font-weight: 400; }
    .now { display: inline-block; font-weight: 600; }
    .now.open { color: #137333; } .now.closed { color: var(--warn); }
    @media (prefers-color-scheme: dark) { .now.open { color: #81c995; } }
    .message { background: var(--card); border-radius: .5rem; padding: .1rem .9rem; }
    .message p { white-space: pre-wrap; margin: .6rem 0; }
    .message p.meta { margin-bottom: 0; }
    nav.switch { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin: .5rem 0; }
    nav.switch a, nav.switch span[aria-current] { border: 1px solid var(--line); border-radius: 2rem; padding: .3rem .8rem; text-decoration: none; }
    nav.switch span[aria-current] { background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; }
    header.top nav.langs span[aria-current] { font-weight: 700; }
    button.copy { margin-top: .5rem; }
    form.dates fieldset { border: 1px solid var(--line); border-radius: .75rem; padding: .5rem .9rem .9rem; display: grid; gap: .35rem; }
    form.dates label { font-weight: 600; margin-top: .35rem; }
    ul.deadlines li { margin: .4rem 0; }
    output.date { font-weight: 700; }
    .country { margin-top: .5rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dl.facts dd { margin: 0; }
    #results ul { padding-left: 1.2rem; }
    pre { background: var(--card); padding: .75rem; border-radius: .5rem; overflow-x: auto; }
    .inert { font-family: ui-monospace, monospace; }
    """#

    static let script = SiteScript.text

    /// Where a language's words for the browser are: one file per language instead of the same 1.3 KB on every page.
    static func stringsPath(_ lang: String) -> String { "assets/strings.\(lang).js" }

    /// A language's words for the browser (``SitePage/browserStrings(_:)``, JSON, which is also a script's
    /// expression), set where assets/site.js reads them. No markup: the file is loaded by `<script src>` alone.
    static func strings(_ lang: String) -> String {
        "'use strict';\nwindow.supportdirStrings = \(SitePage.browserStrings(lang));\n"
    }

    static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b57d0"/>\
        <path d="M9 11h14M9 16h10M9 21h6" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>

        """
}
