#!/usr/bin/env python3
"""What a screen reader is given on the built site (issue 13): Chromium's own accessibility tree
(CDP Accessibility.getFullAXTree, the tree assistive technology reads), not the HTML.

    site_screen_reader_test.py SITE_DIR START_PAGE PLAN_PAGE

START_PAGE (en/) and PLAN_PAGE (a plan with deadlines, en/amazon/not-received/third-party/) are paths below
SITE_DIR. Checks, on each page:
  - one main landmark;
  - headings in order: one level 1 first, and no level more than one below the heading before it (also on the
    merchant page, en/amazon/, where the channels sit under an h2);
  - the start page's search box is a searchbox (or textbox) named by its visible label, and the search
    button a button with a name;
  - every input of the plan page's date form is named by its visible label (role Date, or textbox), and
    the form's button is a button with a name.
Then the same checks on copies of the two pages with one label removed (the search box's, one date
field's): each must be reported, so these checks cannot pass whatever the page holds.
Prints one line per check and "N passed, N failed"; exit 1 on any failure, 2 when it cannot run.
"""
import os, re, sys

try:
    from selenium.webdriver.common.by import By
except ImportError:
    print("selenium is not installed (pip install selenium)", file=sys.stderr)
    sys.exit(2)
from site_harness import serve, start_chromium

if len(sys.argv) != 4:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
SITE, START, PLAN = sys.argv[1:]


BASE, server = serve(SITE)
driver = start_chromium()
results = []


def check(name, ok, detail=""):
    ok = bool(ok)
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))


def normal(text):
    return " ".join(str(text or "").split())


def tree(path):
    """The page's accessibility tree as Chromium exposes it: the nodes not ignored, in reading (depth-first) order."""
    driver.get(BASE + path)
    driver.execute_script("return document.readyState")
    nodes = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    by_id = {n["nodeId"]: n for n in nodes}
    roots = [n for n in nodes if not n.get("parentId") or n["parentId"] not in by_id]
    order, stack = [], list(reversed(roots))
    while stack:
        n = stack.pop()
        if not n.get("ignored"):
            order.append(n)
        stack.extend(by_id[c] for c in reversed(n.get("childIds", [])) if c in by_id)
    return order


def role(n):
    return (n.get("role") or {}).get("value", "")


def name(n):
    return normal((n.get("name") or {}).get("value", ""))


def level(n):
    for p in n.get("properties", []):
        if p["name"] == "level":
            return p["value"].get("value")
    return None


def landmarks_and_headings(nodes):
    """What is wrong with the page's main landmark and heading order (empty: nothing)."""
    problems = []
    mains = [n for n in nodes if role(n) == "main"]
    if len(mains) != 1:
        problems.append(f"{len(mains)} main landmarks")
    levels = [(level(n), name(n)) for n in nodes if role(n) == "heading"]
    if not levels or levels[0][0] != 1:
        problems.append(f"the first heading is not level 1: {levels[:1]}")
    if sum(1 for lv, _ in levels if lv == 1) != 1:
        problems.append(f"{sum(1 for lv, _ in levels if lv == 1)} level-1 headings")
    for (before, _), (lv, text) in zip(levels, levels[1:]):
        if lv is None or before is None or lv > before + 1:
            problems.append(f"heading {text!r} is level {lv} after a level {before}")
    return problems, levels


def labelled(nodes, roles, labels):
    """For each visible label text, whether a node of one of `roles` carries exactly that name; and the unnamed ones."""
    named = [name(n) for n in nodes if role(n) in roles]
    return [t for t in labels if t not in named], [r for r in named if not r]


def start_page(path):
    nodes = tree(path)
    problems, levels = landmarks_and_headings(nodes)
    labels = [normal(e.text) for e in driver.find_elements(By.CSS_SELECTOR, "label[for=q]")]
    boxes = [n for n in nodes if role(n) in ("searchbox", "textbox")]
    box_names = [name(n) for n in boxes]
    if len(boxes) != 1:
        problems.append(f"{len(boxes)} search boxes")
    if not labels or box_names != labels:
        problems.append(f"the search box is named {box_names}, its visible label says {labels}")
    button = normal(driver.find_element(By.CSS_SELECTOR, "form#search button").text)
    buttons = [name(n) for n in nodes if role(n) == "button"]
    if not button or button not in buttons:
        problems.append(f"the search button {button!r} is not a named button: buttons {buttons}")
    return problems, levels, box_names, buttons


def plan_page(path):
    nodes = tree(path)
    problems, levels = landmarks_and_headings(nodes)
    inputs = driver.find_elements(By.CSS_SELECTOR, "form#dates input")
    labels = []
    for i in inputs:
        found = driver.find_elements(By.CSS_SELECTOR, f"label[for='{i.get_attribute('id')}']")
        labels.append(normal(found[0].text) if found else "")
    fields = [n for n in nodes if role(n) in ("Date", "date", "textbox")]
    names = [name(n) for n in fields]
    if not inputs:
        problems.append("the page has no date form")
    if len(fields) != len(inputs):
        problems.append(f"{len(inputs)} date inputs, {len(fields)} date fields in the tree")
    if "" in labels or names != labels:
        problems.append(f"the date fields are named {names}, their visible labels say {labels}")
    go = driver.find_elements(By.CSS_SELECTOR, "form#dates button")
    text = normal(go[0].text) if go else ""
    buttons = [name(n) for n in nodes if role(n) == "button"]
    if not go or not text or text not in buttons:
        problems.append(f"the date form's button {text!r} is not a named button: buttons {buttons}")
    return problems, levels, names, buttons


def without(path, pattern, suffix):
    """A copy of the page at `path` beside it (so its links still work) with the first match of `pattern` removed."""
    folder = os.path.join(SITE, os.path.dirname(os.path.join(path, "index.html")))
    html = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    cut, n = re.subn(pattern, "", html, count=1)
    if n != 1:
        return None
    with open(os.path.join(folder, f"index-{suffix}.html"), "w", encoding="utf-8") as f:
        f.write(cut)
    return path + f"index-{suffix}.html"


try:
    problems, levels, boxes, buttons = start_page(START)
    check(f"{START}: one main landmark, headings in order {[lv for lv, _ in levels]}, the search box named {boxes}, buttons {buttons}",
          not problems, "; ".join(problems))
    problems, levels, fields, buttons = plan_page(PLAN)
    check(f"{PLAN}: one main landmark, headings in order {[lv for lv, _ in levels]}, date fields named {fields}, buttons {buttons}",
          not problems, "; ".join(problems))

    merchant = "/".join(PLAN.split("/")[:2]) + "/"  # en/amazon/not-received/third-party/ -> en/amazon/
    problems, levels = landmarks_and_headings(tree(merchant))
    check(f"{merchant}: one main landmark, headings in order {[lv for lv, _ in levels]} (a channel under the h2 of the channels is an h3)",
          not problems, "; ".join(problems))

    # The same checks must see a label taken away.
    cut = without(START, r'<label for="q">[^<]*</label>', "no-label")
    found = start_page(cut)[0] if cut else ["could not remove the label"]
    check("the start page without the search box's label is reported", cut and any("search box is named" in p for p in found), f"{found}")
    cut = without(PLAN, r'<label for="date-[^"]*">[^<]*</label>', "no-label")
    found = plan_page(cut)[0] if cut else ["could not remove the label"]
    check("the plan page without a date field's label is reported", cut and any("date fields are named" in p for p in found), f"{found}")
    cut = without(PLAN, r'<main id="main">', "no-main")
    found = plan_page(cut)[0] if cut else ["could not remove main"]
    check("the plan page without its main landmark is reported", cut and any("main landmarks" in p for p in found), f"{found}")
except Exception as e:
    check("the accessibility tree", False, repr(e))
finally:
    driver.quit()
    server.shutdown()
failed = results.count(False)
print(f"{len(results) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
