#!/usr/bin/env python3
"""Validate understanding-heldout9.jsonl. Exit 1 with line numbers on any fault."""
import json, os, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "understanding-heldout9.jsonl")
MERCHANT_DIR = "/work/main/Merchants"
LANGS = ("en", "ko", "ja", "zh")
KINDS3 = ["not-received", "refund", "damaged", "defective", "late-delivery", "wrong-item", "return",
          "cancel-order", "order-status", "account-access", "billing-dispute", "suspicious-contact",
          "change-order", "payment-failed", "invoice"]
KINDS2 = ["not-as-described", "price-drop", "subscription", "technical-fault", "warranty", "close-account"]
EXPECTED = {"contact": 20, None: 3, **{k: 3 for k in KINDS3}, **{k: 2 for k in KINDS2}}
ALLOWED_ISSUES = set(EXPECTED)
KEYS = {"id", "lang", "text", "merchant", "storefront", "seller", "issue"}
OPTIONAL = {"shop", "note"}
SELLERS = {None, "third-party", "marketplace", "brand"}

ids = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(MERCHANT_DIR, "*.yaml"))}
usable = {i for i in ids if not i.endswith("-sellers") and i != "rakuten-shops"}
faults = []
def fault(n, msg): faults.append(f"line {n}: {msg}")

seen_ids, seen_texts = {}, {}
per_lang = Counter()
dist = {l: Counter() for l in LANGS}
try:
    lines = open(DATA, encoding="utf-8").read().splitlines()
except OSError as e:
    print(f"cannot read {DATA}: {e}"); sys.exit(1)
for n, line in enumerate(lines, 1):
    if not line.strip():
        fault(n, "empty line"); continue
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        fault(n, f"does not parse: {e}"); continue
    if not isinstance(r, dict):
        fault(n, "not an object"); continue
    keys = set(r)
    if not KEYS <= keys: fault(n, f"missing keys {sorted(KEYS - keys)}")
    if keys - KEYS - OPTIONAL: fault(n, f"unknown keys {sorted(keys - KEYS - OPTIONAL)}")
    rid, lang, text = r.get("id"), r.get("lang"), r.get("text")
    if lang not in LANGS: fault(n, f"bad lang {lang!r}")
    if not isinstance(rid, str) or not rid.startswith(f"h9-{lang}-") or not rid[len(f'h9-{lang}-'):].isdigit():
        fault(n, f"id {rid!r} lacks prefix h9-{lang}-<nnn>")
    if rid in seen_ids: fault(n, f"duplicate id {rid!r} (first on line {seen_ids[rid]})")
    else: seen_ids[rid] = n
    if not isinstance(text, str) or not text.strip(): fault(n, "empty text")
    else:
        key = text.strip()
        if key in seen_texts: fault(n, f"duplicate text (first on line {seen_texts[key]})")
        else: seen_texts[key] = n
    m, sf, sel = r.get("merchant"), r.get("storefront"), r.get("seller")
    if m is not None and m not in usable: fault(n, f"merchant {m!r} is not a usable merchant id")
    if sf is not None:
        if sf not in usable: fault(n, f"storefront {sf!r} is not a usable id")
        if m is None: fault(n, "storefront without merchant")
        elif not sf.startswith(m + "-"): fault(n, f"storefront {sf!r} does not belong to merchant {m!r}")
    if sel not in SELLERS: fault(n, f"bad seller {sel!r}")
    if m == "anker" and sel != "brand": fault(n, "anker record must carry seller brand")
    if "shop" in r:
        if m is not None: fault(n, "shop given with a non-null merchant")
        if not isinstance(r["shop"], str) or not r["shop"].strip(): fault(n, "empty shop")
    if "note" in r and (not isinstance(r["note"], str) or not r["note"].strip()): fault(n, "empty note")
    issue = r.get("issue")
    if issue not in ALLOWED_ISSUES: fault(n, f"issue {issue!r} not allowed")
    if lang in LANGS:
        per_lang[lang] += 1
        dist[lang][issue] += 1
for l in LANGS:
    if per_lang[l] != 80: faults.append(f"{l}: {per_lang[l]} records, expected 80")
    for k, want in EXPECTED.items():
        if dist[l][k] != want: faults.append(f"{l}: issue {k!r} has {dist[l][k]}, expected {want}")
if faults:
    print("\n".join(faults)); print(f"{len(faults)} fault(s)"); sys.exit(1)
print(f"ok: {len(lines)} records, 80 per language, distribution as specified")
