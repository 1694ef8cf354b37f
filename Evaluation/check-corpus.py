#!/usr/bin/env python3
"""Checks labelled corpora of shopper queries (Evaluation/understanding-*.jsonl) before they are used:

    python3 Evaluation/check-corpus.py [FILE...]        (default: every understanding-*.jsonl here)

For every record: it parses; the keys are id, lang, text, merchant, storefront, seller, issue (and optionally shop,
note); ids and texts are unique; the id starts with the file's prefix and its language (h6-en-..., ta-ko-...);
merchant and storefront are profile ids of ../Merchants that are not seller profiles, and a storefront belongs to
its merchant; seller is third-party, marketplace, brand or null, and brand for every Anker record; shop only with
no merchant; issue is a kind of ../Merchants/_vocabulary/issues.yaml, "contact" or null. The blind sets 5 to 9 are
also held to the mix of kinds they were written to (CORPUS-heldout*.md). Exit 1 naming each fault's line."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MERCHANTS = os.path.join(HERE, "..", "Merchants")
LANGS = ("en", "ko", "ja", "zh")
KEYS, OPTIONAL = {"id", "lang", "text", "merchant", "storefront", "seller", "issue"}, {"shop", "note"}
SELLERS = {None, "third-party", "marketplace", "brand"}
ISSUES = re.findall(r"^  - id: ([a-z-]+)$", open(os.path.join(MERCHANTS, "_vocabulary", "issues.yaml"), encoding="utf-8").read(), re.M)
COMMON = ["not-received", "refund", "damaged", "defective", "late-delivery", "wrong-item", "return", "cancel-order",
          "order-status", "account-access", "billing-dispute", "suspicious-contact", "change-order", "payment-failed", "invoice"]
# The mix each blind set was written to, per language: set 5 two of every kind; sets 6 to 11 three of the common ones;
# sets 12 to 21 (100 per language) four of the common ones.
MIX = {"5": (60, {"contact": 15, None: 3, **{k: 2 for k in ISSUES}}),
       **{n: (80, {"contact": 20, None: 3, **{k: 2 for k in ISSUES}, **{k: 3 for k in COMMON}}) for n in ["6", "7", "8", "9", "10", "11"]},
       **{n: (100, {"contact": 24, None: 4, **{k: 2 for k in ISSUES}, **{k: 4 for k in COMMON}}) for n in ["12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"]}}
PREFIX = {"dev": "", "heldout": "", "train-a": "ta-", "train-b": "tb-", **{f"heldout{n}": f"h{n}-" for n in ["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"]}}

profiles = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(MERCHANTS, "*.yaml"))}
usable = {p for p in profiles if not p.endswith("-sellers") and p != "rakuten-shops"}


def check(path):
    name = re.sub(r"^understanding-|\.jsonl$", "", os.path.basename(path))
    prefix = PREFIX.get(name, "")
    faults, ids, texts, mix = [], {}, {}, {lang: Counter() for lang in LANGS}
    for n, line in enumerate(open(path, encoding="utf-8").read().splitlines(), 1):
        def fault(message): faults.append(f"{path}:{n}: {message}")
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            fault(f"not JSON: {e}"); continue
        if not isinstance(r, dict):
            fault("not an object"); continue
        if KEYS - set(r): fault(f"missing {sorted(KEYS - set(r))}")
        if set(r) - KEYS - OPTIONAL: fault(f"unknown keys {sorted(set(r) - KEYS - OPTIONAL)}; allowed: {sorted(KEYS | OPTIONAL)}")
        rid, lang, text = r.get("id"), r.get("lang"), r.get("text")
        if lang not in LANGS: fault(f"lang {lang!r} is not one of {LANGS}")
        if not isinstance(rid, str) or not re.fullmatch(re.escape(f"{prefix}{lang}-") + r"\d+", rid):
            fault(f"id {rid!r} should be {prefix}{lang}-<number>")
        if rid in ids: fault(f"id {rid!r} also on line {ids[rid]}")
        ids.setdefault(rid, n)
        if not isinstance(text, str) or not text.strip():
            fault("empty text")
        elif text.strip() in texts:
            fault(f"the same text as line {texts[text.strip()]}")
        else:
            texts[text.strip()] = n
        m, sf, seller = r.get("merchant"), r.get("storefront"), r.get("seller")
        if m is not None and m not in usable: fault(f"merchant {m!r} is not a marketplace, shop or brand profile in Merchants/")
        if sf is not None and (sf not in usable or m is None or (sf != m and not sf.startswith(m + "-"))):
            fault(f"storefront {sf!r} is not a storefront profile of merchant {m!r}")
        if seller not in SELLERS: fault(f"seller {seller!r} is not one of third-party, marketplace, brand, null")
        if m == "anker" and seller != "brand": fault("an Anker record's seller is brand")
        if r.get("shop") is not None and m is not None: fault("shop is for a shop not in the directory: the merchant must be null")
        issue = r.get("issue")
        if issue is not None and issue != "contact" and issue not in ISSUES: fault(f"issue {issue!r} is not a kind of the vocabulary, contact or null")
        if lang in LANGS: mix[lang][issue] += 1
    number = name[len("heldout"):] if name.startswith("heldout") else ""
    if number in MIX:
        total, want = MIX[number]
        for lang in LANGS:
            if sum(mix[lang].values()) != total: faults.append(f"{path}: {lang} has {sum(mix[lang].values())} records, written as {total}")
            faults += [f"{path}: {lang} has {mix[lang][k]} of {k!r}, written as {w}" for k, w in want.items() if mix[lang][k] != w]
    return faults


files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "understanding-*.jsonl")))
faults = [f for path in files for f in check(path)]
print("\n".join(faults) if faults else f"ok: {len(files)} corpora")
sys.exit(1 if faults else 0)
