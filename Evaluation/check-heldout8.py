#!/usr/bin/env python3
"""Validate understanding-heldout8.jsonl (held-out set 8). Exit 1 with located faults."""
import glob, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'understanding-heldout8.jsonl')
MERCHANT_DIR = os.environ.get('MERCHANT_DIR', '/work/main/Merchants')

LANGS = ('en', 'ko', 'ja', 'zh')
THREE = ['not-received', 'refund', 'damaged', 'defective', 'late-delivery', 'wrong-item', 'return',
         'cancel-order', 'order-status', 'account-access', 'billing-dispute', 'suspicious-contact',
         'change-order', 'payment-failed', 'invoice']
TWO = ['not-as-described', 'price-drop', 'subscription', 'technical-fault', 'warranty', 'close-account']
WANT = {'contact': 20, None: 3}
WANT.update({k: 3 for k in THREE})
WANT.update({k: 2 for k in TWO})
ALLOWED_ISSUES = set(WANT)
REQUIRED = ['id', 'lang', 'text', 'merchant', 'storefront', 'seller', 'issue']
OPTIONAL = {'shop', 'note'}
SELLERS = {None, 'third-party', 'marketplace', 'brand'}

ids = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(MERCHANT_DIR, '*.yaml'))}
valid = {i for i in ids if not i.endswith('-sellers') and i != 'rakuten-shops'}
faults = []
def fault(n, msg): faults.append(f'{DATA}:{n}: {msg}')

if not valid:
    print(f'no merchant YAML file names found under {MERCHANT_DIR}', file=sys.stderr); sys.exit(1)

seen_ids, seen_texts = {}, {}
per_lang = Counter(); dist = {l: Counter() for l in LANGS}
try:
    lines = open(DATA, encoding='utf-8').read().split('\n')
except OSError as e:
    print(f'cannot read {DATA}: {e}', file=sys.stderr); sys.exit(1)
if lines and lines[-1] == '': lines.pop()
for n, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        fault(n, f'not JSON: {e}'); continue
    if not isinstance(r, dict):
        fault(n, 'not a JSON object'); continue
    missing = [k for k in REQUIRED if k not in r]
    extra = set(r) - set(REQUIRED) - OPTIONAL
    if missing: fault(n, f'missing keys {missing}')
    if extra: fault(n, f'unknown keys {sorted(extra)}')
    rid, lang, text = r.get('id'), r.get('lang'), r.get('text')
    if lang not in LANGS: fault(n, f'lang {lang!r} not in {LANGS}')
    if not isinstance(rid, str) or not rid.startswith(f'h8-{lang}-') or not rid[len(f"h8-{lang}-"):].isdigit():
        fault(n, f'id {rid!r} is not h8-{lang}-<nnn>')
    if rid in seen_ids: fault(n, f'duplicate id {rid!r} (first on line {seen_ids[rid]})')
    else: seen_ids[rid] = n
    if not isinstance(text, str) or not text.strip(): fault(n, 'empty or non-string text')
    else:
        key = text.strip()
        if key in seen_texts: fault(n, f'duplicate text (first on line {seen_texts[key]})')
        else: seen_texts[key] = n
    m, sf, s, issue = r.get('merchant'), r.get('storefront'), r.get('seller'), r.get('issue')
    if m is not None and m not in valid: fault(n, f'merchant {m!r} is not a usable merchant id')
    if sf is not None:
        if sf not in valid: fault(n, f'storefront {sf!r} is not a usable merchant id')
        elif m is None or not sf.startswith(m + '-'): fault(n, f'storefront {sf!r} does not belong to merchant {m!r}')
    if s not in SELLERS: fault(n, f'seller {s!r} not in {sorted(x for x in SELLERS if x)} or null')
    if m == 'anker' and s != 'brand': fault(n, 'anker record must carry seller "brand"')
    if 'shop' in r:
        if m is not None: fault(n, 'shop given with a non-null merchant')
        if not isinstance(r['shop'], str) or not r['shop'].strip(): fault(n, 'shop must be a non-empty string')
    if 'note' in r and (not isinstance(r['note'], str) or not r['note'].strip()): fault(n, 'note must be a non-empty string')
    if issue not in ALLOWED_ISSUES: fault(n, f'issue {issue!r} not allowed')
    if lang in LANGS:
        per_lang[lang] += 1
        if issue in ALLOWED_ISSUES: dist[lang][issue] += 1

for l in LANGS:
    if per_lang[l] != 80: fault('-', f'{l}: {per_lang[l]} records, want 80')
    for k, want in WANT.items():
        if dist[l][k] != want: fault('-', f'{l}: issue {k!r} has {dist[l][k]}, want {want}')

if faults:
    print('\n'.join(faults), file=sys.stderr)
    print(f'{len(faults)} fault(s)', file=sys.stderr); sys.exit(1)
print(f'ok: {len(lines)} records, ' + ', '.join(f'{l} {per_lang[l]}' for l in LANGS))
