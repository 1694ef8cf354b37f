#!/usr/bin/env python3
"""Browser tests of the built site (issue 13), in headless Chromium driven by Selenium.

    site_browser_test.py SITE_DIR SUPPORTDIR_BINARY [--merchants DIR ...] [--screenshots DIR]

Serves SITE_DIR on 127.0.0.1 (http.server, a free port), and checks what a shopper would see, each
against what the CLI answers for the same input where there is one:
  - searching "Amazon third-party seller refund" opens the plan resolve gives, whose first step is the seller;
  - ?q=아마존 환불 opens a Korean plan (the one resolve gives for those words);
  - an unknown shop ("zalando refund") opens the general plan;
  - the date form turns an expected-delivery date into the A-to-z deadlines resolve computes;
  - "open now" follows the browser's time zone (CDP Emulation.setTimezoneOverride), equal to resolve --tz;
  - the hostile-text profile renders inert (no script of its runs, its text shown as text);
  - no page logs a JavaScript error;
  - with JavaScript off (a second browser): the root page's language list leads to each language, merchant and
    plan pages show everything their API documents hold, and neither overflows a phone's or a desktop's width.
Prints one line per check and "N passed, N failed"; exit 1 on any failure, 2 when it cannot run.
"""
import json, os, subprocess, sys, tempfile, time, urllib.parse

try:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("selenium is not installed (pip install selenium)", file=sys.stderr)
    sys.exit(2)
from site_harness import open_chromium, serve, start_chromium

args = sys.argv[1:]
if len(args) < 2:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
SITE, BINARY = args[0], args[1]
extra, SHOTS = [], None
rest = args[2:]
while rest:
    if rest[0] == "--merchants":
        extra += ["--merchants", rest[1]]; rest = rest[2:]
    elif rest[0] == "--screenshots":
        SHOTS = rest[1]; rest = rest[2:]
    else:
        print(f"unknown argument {rest[0]}", file=sys.stderr); sys.exit(2)

CACHE = tempfile.mkdtemp(prefix="supportdir-browser-cache-")


def cli(*words):
    env = {"PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "TZ": "UTC", "NO_COLOR": "1", "SUPPORTDIR_CACHE_DIR": CACHE,
           "HOME": os.environ.get("HOME", "/tmp")}
    run = subprocess.run([BINARY, "resolve", *words, "--format", "json", *extra], capture_output=True, text=True, env=env, timeout=60)
    return json.loads(run.stdout)


BASE, server = serve(SITE)
driver = start_chromium(console_log=True)
wait = WebDriverWait(driver, 20)
results = []
console_errors = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))


def collect_console(where):
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            console_errors.append(f"{where}: {entry.get('message')}")


def open_page(path):
    driver.get(BASE + path)
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def page_path():
    return urllib.parse.urlparse(driver.current_url).path.lstrip("/")


def expected_path(plan):
    """The page of a plan resolve printed: LANG/MERCHANT/ISSUE/[third-party/], or LANG/_general/ISSUE/."""
    who = plan["merchant"]["id"] if plan.get("merchant") else "_general"
    third = plan.get("seller") and plan["seller"]["kind"] == "third-party" and not plan.get("generic")
    path = f"{plan['language']}/{who}/{plan['issue']['id']}/"
    return path + ("third-party/" if third else "")


def search(words, start="en/"):
    open_page(start)
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(words)
    box.submit()
    before = BASE + start
    wait.until(lambda d: d.current_url.split("?")[0] != before)
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    collect_console(f"search {words}")


# 1. Search as resolve does: the same words open the page of the plan resolve prints.
for words in ["Amazon third-party seller refund", "zalando refund", "aliexpress damaged", "速卖通 没收到货", "Amazonの出品者に返金してほしい",
              "아마존 제3자 판매자 환불"]:
    plan = cli(words)
    try:
        search(words)
        check(f"search {words!r} opens {expected_path(plan)}", page_path() == expected_path(plan), f"opened {page_path()}")
    except Exception as e:
        check(f"search {words!r}", False, repr(e))

try:
    search("Amazon third-party seller refund")
    first = driver.find_element(By.CSS_SELECTOR, "li.step").get_attribute("data-party")
    check("the third-party refund plan's first step is the seller", first == "seller", f"first step {first}")
    heading = driver.find_element(By.CSS_SELECTOR, "li.step h3").text
    check("the first step names the seller", "seller" in heading.lower(), heading)
except Exception as e:
    check("the third-party refund plan's first step is the seller", False, repr(e))

# 2. ?q= opens directly, in the query's language.
try:
    open_page("en/?q=" + urllib.parse.quote("아마존 환불"))
    wait.until(lambda d: "/amazon/" in d.current_url)
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    plan = cli("아마존 환불")
    check("?q=아마존 환불 opens a Korean plan", lang == "ko" and page_path() == expected_path(plan),
          f"lang {lang}, page {page_path()}, resolve {expected_path(plan)}")
    check("the Korean plan is worded in Korean", "연락" in driver.find_element(By.TAG_NAME, "main").text)
    collect_console("?q=")
except Exception as e:
    check("?q=아마존 환불 opens a Korean plan", False, repr(e))

# 3. An unknown shop: the general plan.
try:
    search("zalando refund")
    h1 = driver.find_element(By.TAG_NAME, "h1").text
    check("an unknown shop shows the general plan", page_path().startswith("en/_general/refund/") and "General plan" in h1, f"{page_path()} {h1}")
except Exception as e:
    check("an unknown shop shows the general plan", False, repr(e))

# 4. The date form agrees with resolve for the same dates.
try:
    open_page("en/amazon/not-received/third-party/")
    driver.execute_script("""
        for (const [id, v] of [['date-expected', '2026-11-20'], ['date-first-contact', '2026-11-24']]) {
          const el = document.getElementById(id); if (!el) continue;
          el.value = v; el.dispatchEvent(new Event('input', {bubbles: true}));
        }""")
    plan = cli("--merchant", "amazon", "--seller", "third-party", "--issue", "not-received", "--expected", "2026-11-20",
               "--contacted", "2026-11-24", "--lang", "en", "--country", "US")
    shown = {li.get_attribute("data-id"): li.find_element(By.TAG_NAME, "output").get_attribute("data-date")
             for li in driver.find_elements(By.CSS_SELECTOR, "[data-deadline]")}
    wanted = {d["id"]: d["date"] for d in plan["deadlines"] if d.get("date")}
    a_to_z = [d for d in plan["deadlines"] if d["from"] == "expected" and d["kind"] == "closes"]
    check("resolve gives an A-to-z deadline from the expected date", bool(a_to_z), json.dumps(plan["deadlines"])[:300])
    for d in a_to_z:
        check(f"date form: {d['id']} = {d['date']} as resolve", shown.get(d["id"]) == d["date"], f"page {shown.get(d['id'])}")
    check("date form: every dated deadline equals resolve", all(shown.get(k) == v for k, v in wanted.items()), f"page {shown} resolve {wanted}")
    collect_console("date form")
except Exception as e:
    check("date form agrees with resolve", False, repr(e))

# 5. Open now in the browser's time zone equals resolve --tz for the same moment.
moments = ["2026-11-23T01:00:00Z", "2026-11-23T12:00:00Z"]
seen = set()
for zone in ["Asia/Seoul", "America/New_York"]:
    try:
        driver.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": zone})
        for moment in moments:
            open_page(f"en/rakuten/refund/?now={urllib.parse.quote(moment)}")
            plan = cli("--merchant", "rakuten", "--issue", "refund", "--tz", zone, "--now", moment, "--lang", "en", "--country", "JP")
            hours = next(c["hours"] for s in plan["plan"] for c in s["channels"] if c["id"] == "ichiba-chat")
            el = driver.find_element(By.CSS_SELECTOR, "[data-hours]")
            want = hours.get("open_until") if hours["open_now"] else hours.get("next_open")
            got_open = el.get_attribute("data-open") == "true"
            check(f"open now in {zone} at {moment}: {'open until' if hours['open_now'] else 'opens'} {want}",
                  got_open == hours["open_now"] and el.get_attribute("data-when") == want,
                  f"page open={got_open} when={el.get_attribute('data-when')!r}")
            seen.add(el.get_attribute("data-when"))
            # Worded in the page's language from assets/strings.en.js (without those words the text is empty).
            worded = ("open now, until " if hours["open_now"] else "closed now; opens ") + str(want)
            check(f"open now in {zone} at {moment} is worded {worded!r}", el.text == worded, f"page says {el.text!r}")
        collect_console(f"open now {zone}")
    except Exception as e:
        check(f"open now in {zone}", False, repr(e))
check("the times shown change with the browser's time zone", len(seen) >= 3, f"{seen}")
try:
    open_page(f"ko/rakuten/refund/?now={urllib.parse.quote(moments[0])}")
    text = driver.find_element(By.CSS_SELECTOR, "[data-hours]").text
    check("open now on a Korean page is worded in Korean (assets/strings.ko.js)", text.startswith("지금 운영"), f"page says {text!r}")
except Exception as e:
    check("open now on a Korean page", False, repr(e))
driver.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": "UTC"})

# 6. The hostile-text profile renders inert.
for path in ["en/hostile-shop/", "en/hostile-shop/refund/"]:
    try:
        open_page(path)
        pwned = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")
        h1 = driver.find_element(By.TAG_NAME, "h1").text
        check(f"{path}: no script of the profile runs, its text is shown as text",
              pwned is None and "<script>window.__pwned=1</script>" in h1, f"pwned={pwned!r} h1={h1!r}")
        collect_console(path)
    except Exception as e:
        check(f"{path} inert", False, repr(e))
try:
    search("hostile shop")
    pwned = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")
    check("searching the hostile shop runs none of its text", pwned is None and "hostile-shop" in page_path(), f"{pwned} {page_path()}")
except Exception as e:
    check("searching the hostile shop", False, repr(e))

# 7. Screenshots (start page and a plan page, phone and desktop, light and dark), when asked.
if SHOTS:
    os.makedirs(SHOTS, exist_ok=True)
    for scheme in ["light", "dark"]:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        for width, label in [(390, "phone"), (1280, "desktop")]:
            for name, path in [("start", "en/"), ("plan", "en/amazon/not-received/third-party/"), ("plan-ko", "ko/amazon/refund/third-party/")]:
                driver.set_window_size(width, 900)
                open_page(path)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(max(height, 900), 2600))
                time.sleep(0.2)
                driver.save_screenshot(os.path.join(SHOTS, f"{name}-{label}-{scheme}.png"))
                collect_console(f"screenshot {path}")

# 8. No JavaScript errors on any page visited.
for path in ["", "en/", "ko/", "en/_shops/", "en/amazon/", "en/_countries/", "en/_add/", "ja/amazon-jp/"]:
    try:
        open_page(path)
        collect_console(path or "/")
    except Exception as e:
        console_errors.append(f"{path}: {e!r}")
check("no JavaScript errors in the console", not console_errors, "; ".join(console_errors[:5]))

driver.quit()


# 9. Without JavaScript: a browser that runs no script at all reads every merchant and plan page fully.
def normal(text):
    return " ".join(str(text).split())


def api(path):
    with open(os.path.join(SITE, path), encoding="utf-8") as f:
        return json.load(f)


def fits(where):
    """The page is no wider than the window (nothing pushes it sideways) and the site's stylesheet is applied."""
    width = driver.execute_script("return window.innerWidth")
    wide = driver.execute_script("return document.documentElement.scrollWidth")
    styled = driver.find_element(By.TAG_NAME, "main").value_of_css_property("max-width")
    check(f"no JavaScript: {where} fits its width ({wide} <= {width}) and is styled", wide <= width and styled.endswith("px"),
          f"scrollWidth {wide}, innerWidth {width}, main max-width {styled}")


def root_without_js():
    # Its script would send the browser on to a language; without it the list stays, and leads to each.
    open_page("")
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a[hreflang]") if a.is_displayed()]
    codes = [a.get_attribute("hreflang") for a in links]
    check("no JavaScript: the root page stays and shows the four languages", page_path() == "" and codes == ["en", "ko", "ja", "zh"],
          f"at {page_path()!r}, languages shown {codes}")
    for code in codes:
        open_page("")
        driver.find_element(By.CSS_SELECTOR, f"main a[hreflang='{code}']").click()
        wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
        lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        check(f"no JavaScript: the root page's {code} link opens the {code} start page",
              page_path() == f"{code}/" and lang == code and driver.find_element(By.TAG_NAME, "h1").is_displayed(),
              f"at {page_path()}, lang {lang}")


def merchant_without_js(merchant):
    # Every channel of its API document, with its hours and source, and a link to each plan.
    doc = api(f"api/v1/merchants/{merchant}.json")
    open_page(f"en/{merchant}/")
    main = driver.find_element(By.TAG_NAME, "main")
    shown = normal(main.text)
    channels = driver.find_elements(By.CSS_SELECTOR, "li.channel")
    check(f"no JavaScript: en/{merchant}/ shows every channel",
          len(channels) == len(doc["channels"]) and all(c.is_displayed() for c in channels), f"{len(channels)} of {len(doc['channels'])}")
    missing = [c["source"]["url"] for c in doc["channels"] if c.get("source") and normal(c["source"]["url"]) not in shown]
    hours = [h for h in driver.find_elements(By.CSS_SELECTOR, "li.channel p.hours") if h.is_displayed()]
    if len(hours) != sum(1 for c in doc["channels"] if c.get("hours")):
        missing.append(f"{len(hours)} hours shown")
    check(f"no JavaScript: en/{merchant}/ shows each channel's source and hours", not missing, f"missing {missing[:5]}")
    links = {a.get_attribute("href").split(BASE, 1)[-1] for a in main.find_elements(By.TAG_NAME, "a") if a.is_displayed()}
    pages = {f"en/{merchant}/{p['issue']}/" + ("third-party/" if p["sold_by"] == "third-party" else "") for p in doc["plans"]}
    check(f"no JavaScript: en/{merchant}/ links every plan of its API document", pages <= links, f"missing {sorted(pages - links)[:5]}")
    for width in [390, 1280]:
        driver.set_window_size(width, 900)
        fits(f"en/{merchant}/ at {width} px")


def plan_without_js(page, document):
    # Every step, channel, message, deadline, escalation step and source of the plan's JSON is on the page.
    plan = api(document)
    open_page(page)
    shown = normal(driver.find_element(By.TAG_NAME, "main").text)
    steps = driver.find_elements(By.CSS_SELECTOR, "li.step")
    parts = [c["title"] for st in plan["plan"] for c in st["channels"]]
    parts += [x for x in [(plan.get("message") or {}).get("opening")] if x]
    parts += [d["label"] for d in plan["deadlines"]] + [e["name"] for e in plan["escalation"]] + [src["url"] for src in plan["sources"]]
    absent = [x for x in parts if normal(x) not in shown]
    check(f"no JavaScript: {page} shows its {len(plan['plan'])} steps and all {len(parts)} parts of its plan",
          len(steps) == len(plan["plan"]) and all(st.is_displayed() for st in steps) and not absent,
          f"{len(steps)} steps, shown: {[st.is_displayed() for st in steps]}; missing {absent[:3]}")
    shown_controls = [b for b in driver.find_elements(By.CSS_SELECTOR, "button.copy, select#country, form#dates button") if b.is_displayed()]
    check(f"no JavaScript: {page} shows no control that needs a script", not shown_controls, f"{len(shown_controls)} shown")
    for width in [390, 1280]:
        driver.set_window_size(width, 900)
        fits(f"{page} at {width} px")


try:
    driver = open_chromium(javascript=False)
    wait = WebDriverWait(driver, 20)
    for name, part in [("the root page", root_without_js), ("en/amazon/", lambda: merchant_without_js("amazon")),
                       ("en/rakuten/", lambda: merchant_without_js("rakuten")),
                       ("en/amazon/refund/third-party/", lambda: plan_without_js("en/amazon/refund/third-party/", "api/v1/plans/amazon/refund.third-party.en.json")),
                       ("ko/rakuten/refund/", lambda: plan_without_js("ko/rakuten/refund/", "api/v1/plans/rakuten/refund.ko.json")),
                       ("ja/_general/not-received/", lambda: plan_without_js("ja/_general/not-received/", "api/v1/plans/_general/not-received.ja.json"))]:
        try:
            part()
        except Exception as e:
            check(f"no JavaScript: {name}", False, repr(e))
    driver.quit()
except Exception as e:
    check("pages without JavaScript: a browser with scripts off", False, repr(e))
server.shutdown()
failed = results.count(False)
print(f"{len(results) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
