#!/usr/bin/env python3
"""Validate understanding-heldout6.jsonl (held-out set 6).

Usage: python3 check-heldout6.py [path/to/understanding-heldout6.jsonl] [path/to/Merchants]
Defaults: the jsonl next to this script and /work/main/Merchants.
Only the *.yaml file NAMES in the Merchants directory are read, never their contents.
Exit status 0 when every check passes, 1 otherwise (each problem is printed with its line number).
"""
import collections
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "understanding-heldout6.jsonl")
MERCHANTS_DIR = sys.argv[2] if len(sys.argv) > 2 else "/work/main/Merchants"

LANGS = ("en", "ko", "ja", "zh")
PER_LANG = 80
KINDS = ["not-received", "late-delivery", "damaged", "defective", "wrong-item", "not-as-described",
         "return", "refund", "cancel-order", "price-drop", "billing-dispute", "subscription",
         "account-access", "technical-fault", "warranty", "suspicious-contact", "order-status",
         "change-order", "invoice", "payment-failed", "close-account"]
EXTRA = ["not-received", "refund", "damaged", "defective", "late-delivery", "wrong-item", "return",
         "cancel-order", "order-status", "account-access", "billing-dispute", "suspicious-contact",
         "change-order", "payment-failed", "invoice"]
EXPECTED = {k: 2 + (1 if k in EXTRA else 0) for k in KINDS}
EXPECTED["contact"] = 20
EXPECTED[None] = 3
assert sum(EXPECTED.values()) == PER_LANG
ALLOWED_ISSUES = set(EXPECTED)
SELLERS = {None, "third-party", "marketplace", "brand"}
REQUIRED = ["id", "lang", "text", "merchant", "storefront", "seller", "issue"]
OPTIONAL = ["shop", "note"]
# storefront id -> the merchant it belongs to
STOREFRONT_OF = {"amazon-uk": "amazon", "amazon-de": "amazon", "amazon-jp": "amazon", "ebay-uk": "ebay"}

problems = []


def bad(line, msg):
    problems.append(f"{os.path.basename(DATA)}:{line}: {msg}")


try:
    ids_on_disk = {n[:-5] for n in os.listdir(MERCHANTS_DIR) if n.endswith(".yaml")}
except OSError as e:
    print(f"cannot list {MERCHANTS_DIR}: {e}")
    sys.exit(1)
if not ids_on_disk:
    print(f"no *.yaml file names in {MERCHANTS_DIR}")
    sys.exit(1)
FORBIDDEN = {m for m in ids_on_disk if m.endswith("-sellers")} | {"rakuten-shops"}
for sf, m in STOREFRONT_OF.items():
    if sf not in ids_on_disk or m not in ids_on_disk:
        problems.append(f"storefront map names {sf}/{m}, which is not among the YAML file names")


def norm(t):
    return " ".join(unicodedata.normalize("NFKC", t).casefold().split())


records = []
try:
    fh = open(DATA, encoding="utf-8")
except OSError as e:
    print(f"cannot open {DATA}: {e}")
    sys.exit(1)
with fh:
    for n, raw in enumerate(fh, 1):
        if not raw.strip():
            bad(n, "blank line")
            continue
        try:
            r = json.loads(raw)
        except json.JSONDecodeError as e:
            bad(n, f"not JSON: {e}")
            continue
        if not isinstance(r, dict):
            bad(n, "not a JSON object")
            continue
        records.append((n, r))

seen_ids, seen_texts = {}, {}
counts = {l: collections.Counter() for l in LANGS}
for n, r in records:
    missing = [k for k in REQUIRED if k not in r]
    extra = [k for k in r if k not in REQUIRED + OPTIONAL]
    if missing:
        bad(n, f"missing keys {missing}")
        continue
    if extra:
        bad(n, f"unknown keys {extra}")
    rid, lang, text = r["id"], r["lang"], r["text"]
    m, sf, seller, issue = r["merchant"], r["storefront"], r["seller"], r["issue"]
    if lang not in LANGS:
        bad(n, f"lang {lang!r} not in {LANGS}")
        continue
    if not isinstance(rid, str) or not rid.startswith(f"h6-{lang}-") or not rid[len(f"h6-{lang}-"):].isdigit():
        bad(n, f"id {rid!r} is not h6-{lang}-<nnn>")
    if rid in seen_ids:
        bad(n, f"duplicate id {rid} (first on line {seen_ids[rid]})")
    seen_ids.setdefault(rid, n)
    if not isinstance(text, str) or not text.strip():
        bad(n, "empty text")
    else:
        key = norm(text)
        if key in seen_texts:
            bad(n, f"duplicate text (same as line {seen_texts[key]})")
        seen_texts.setdefault(key, n)
    if issue not in ALLOWED_ISSUES:
        bad(n, f"issue {issue!r} not allowed")
    else:
        counts[lang][issue] += 1
    if m is not None:
        if m not in ids_on_disk:
            bad(n, f"merchant {m!r} is not a YAML file name")
        if m in FORBIDDEN or m in STOREFRONT_OF:
            bad(n, f"merchant {m!r} must not be used as merchant")
    if sf is not None:
        if sf not in STOREFRONT_OF or sf not in ids_on_disk:
            bad(n, f"storefront {sf!r} is not a known storefront id")
        elif STOREFRONT_OF[sf] != m:
            bad(n, f"storefront {sf} needs merchant {STOREFRONT_OF[sf]}, got {m!r}")
    if seller not in SELLERS:
        bad(n, f"seller {seller!r} not in {sorted(s for s in SELLERS if s)} or null")
    if m == "anker" and seller != "brand":
        bad(n, "anker record must have seller brand")
    if seller == "brand" and m != "anker":
        bad(n, "seller brand is used only for anker")
    if "shop" in r:
        if m is not None:
            bad(n, "shop given but merchant is not null")
        if not isinstance(r["shop"], str) or not r["shop"].strip():
            bad(n, "shop must be a non-empty string")
    if "note" in r and (not isinstance(r["note"], str) or not r["note"].strip()):
        bad(n, "note must be a non-empty string")

for lang in LANGS:
    total = sum(counts[lang].values())
    if total != PER_LANG:
        problems.append(f"{lang}: {total} records with a valid issue, expected {PER_LANG}")
    for k, want in EXPECTED.items():
        got = counts[lang][k]
        if got != want:
            problems.append(f"{lang}: issue {k!r}: {got}, expected {want}")

if problems:
    for p in problems:
        print(p)
    print(f"FAIL: {len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: {len(records)} records, {PER_LANG} per language; "
      f"contact 20, 15 kinds x3, 6 kinds x2, null 3 in each of {', '.join(LANGS)}")
