#!/usr/bin/env python3
"""Validate understanding-heldout7.jsonl (supportdir held-out evaluation set 7).

Usage: python3 check-heldout7.py [FILE] [--merchants DIR]
Defaults: FILE = understanding-heldout7.jsonl next to this script,
          DIR  = /work/main/Merchants (only the *.yaml file names are used, never their contents).
Prints every fault as 'line N: ...' and exits 1 if there is any; prints a summary and exits 0 otherwise.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

LANGS = ("en", "ko", "ja", "zh")
PER_LANG = 80
THREE = ["not-received", "refund", "damaged", "defective", "late-delivery", "wrong-item", "return",
         "cancel-order", "order-status", "account-access", "billing-dispute", "suspicious-contact",
         "change-order", "payment-failed", "invoice"]
TWO = ["not-as-described", "price-drop", "subscription", "technical-fault", "warranty", "close-account"]
EXPECTED = {"contact": 20, None: 3}
EXPECTED.update({k: 3 for k in THREE})
EXPECTED.update({k: 2 for k in TWO})
ALLOWED_ISSUES = set(EXPECTED)
assert sum(EXPECTED.values()) == PER_LANG
REQUIRED_KEYS = ["id", "lang", "text", "merchant", "storefront", "seller", "issue"]
OPTIONAL_KEYS = {"shop", "note"}
SELLERS = {None, "third-party", "marketplace", "brand"}
STOREFRONT_OF = {"amazon": {"amazon-jp", "amazon-uk", "amazon-de"}, "ebay": {"ebay-uk"}}


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "understanding-heldout7.jsonl")
    mdir = "/work/main/Merchants"
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--merchants":
            if not args:
                print("--merchants needs a directory")
                return 2
            mdir = args.pop(0)
        else:
            path = a
    ids_on_disk = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(mdir, "*.yaml"))}
    if not ids_on_disk:
        print(f"no *.yaml file names found in {mdir}")
        return 2
    usable = {m for m in ids_on_disk if not m.endswith("-sellers") and m != "rakuten-shops"}

    faults = []
    seen_ids = {}
    seen_texts = {}
    counts = {lang: Counter() for lang in LANGS}
    try:
        lines = open(path, encoding="utf-8").read().split("\n")
    except OSError as e:
        print(f"cannot read {path}: {e}")
        return 2
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        def fault(msg):
            faults.append(f"line {n}: {msg}")
        if not line.strip():
            fault("empty line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            fault(f"not JSON ({e})")
            continue
        if not isinstance(r, dict):
            fault("not a JSON object")
            continue
        missing = [k for k in REQUIRED_KEYS if k not in r]
        if missing:
            fault(f"missing keys {missing}")
            continue
        extra = set(r) - set(REQUIRED_KEYS) - OPTIONAL_KEYS
        if extra:
            fault(f"unknown keys {sorted(extra)}")
        rid, lang, text = r["id"], r["lang"], r["text"]
        if lang not in LANGS:
            fault(f"lang {lang!r} not one of {LANGS}")
        if not isinstance(rid, str) or not re.fullmatch(r"h7-(en|ko|ja|zh)-\d{3}", rid):
            fault(f"id {rid!r} is not h7-<lang>-<nnn>")
        elif rid.split("-")[1] != lang:
            fault(f"id {rid} does not carry its language {lang!r}")
        if rid in seen_ids:
            fault(f"id {rid} already used on line {seen_ids[rid]}")
        else:
            seen_ids[rid] = n
        if not isinstance(text, str) or not text.strip():
            fault("text empty or not a string")
        else:
            key = text.strip()
            if key in seen_texts:
                fault(f"text duplicates line {seen_texts[key]}")
            else:
                seen_texts[key] = n
        m, sf, seller, issue = r["merchant"], r["storefront"], r["seller"], r["issue"]
        if m is not None:
            if m not in ids_on_disk:
                fault(f"merchant {m!r} is not a Merchants/*.yaml name")
            elif m not in usable:
                fault(f"merchant {m!r} is a seller profile, never used as a label")
        if sf is not None:
            if sf not in ids_on_disk:
                fault(f"storefront {sf!r} is not a Merchants/*.yaml name")
            elif sf not in usable:
                fault(f"storefront {sf!r} is a seller profile")
            if m is None or sf not in STOREFRONT_OF.get(m, set()):
                fault(f"storefront {sf!r} does not belong to merchant {m!r}")
        if m in {"amazon-jp", "amazon-uk", "amazon-de", "ebay-uk"}:
            fault(f"merchant {m!r} should be written as its parent plus storefront")
        if seller not in SELLERS:
            fault(f"seller {seller!r} not one of {sorted(s for s in SELLERS if s)} or null")
        if (m == "anker") != (seller == "brand"):
            fault(f"anker records carry seller 'brand' and only they do (merchant {m!r}, seller {seller!r})")
        if "shop" in r:
            if m is not None:
                fault("shop given although merchant is not null")
            if not isinstance(r["shop"], str) or not r["shop"].strip():
                fault("shop empty")
        if "note" in r and (not isinstance(r["note"], str) or not r["note"].strip()):
            fault("note empty")
        if issue not in ALLOWED_ISSUES:
            fault(f"issue {issue!r} not allowed")
        if lang in counts:
            counts[lang][issue] += 1

    for lang in LANGS:
        total = sum(counts[lang].values())
        if total != PER_LANG:
            faults.append(f"line -: {lang} has {total} records, expected {PER_LANG}")
        for issue, want in EXPECTED.items():
            got = counts[lang][issue]
            if got != want:
                faults.append(f"line -: {lang} issue {issue!r}: {got} records, expected {want}")
    if faults:
        print("\n".join(faults))
        print(f"{len(faults)} fault(s) in {path}")
        return 1
    print(f"ok: {len(lines)} records, " + ", ".join(f"{l} {sum(counts[l].values())}" for l in LANGS)
          + f"; {len(seen_texts)} distinct texts; distribution 20 contact / 15x3 / 6x2 / 3 null per language")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
