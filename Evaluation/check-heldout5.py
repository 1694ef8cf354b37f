"""Checks Evaluation/understanding-heldout5.jsonl: ids, merchants, issues and the per-language counts."""
import json,glob,os,collections,sys
here=os.path.dirname(os.path.abspath(__file__))
ids=set(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(here,"..","Merchants","*.yaml")))
bad={i for i in ids if i.endswith("-sellers") or i=="rakuten-shops"}
kinds="not-received late-delivery damaged defective wrong-item not-as-described return refund cancel-order price-drop billing-dispute subscription account-access technical-fault warranty suspicious-contact order-status change-order invoice payment-failed close-account".split()
allowed=set(kinds)|{"contact",None}
seen=set(); per=collections.defaultdict(collections.Counter); err=[]; mnull=collections.Counter(); texts=set()
for n,line in enumerate(open(os.path.join(here,"understanding-heldout5.jsonl"),encoding="utf-8"),1):
    r=json.loads(line)
    if r["id"] in seen: err.append(("dup id",r["id"]))
    seen.add(r["id"])
    if r["text"] in texts: err.append(("dup text",r["id"]))
    texts.add(r["text"])
    if not r["id"].startswith(f"h5-{r['lang']}-"): err.append(("id/lang",r["id"]))
    m=r["merchant"]
    if m is not None and (m not in ids or m in bad): err.append(("merchant",r["id"],m))
    s=r["storefront"]
    if s is not None and (s not in ids or s in bad): err.append(("storefront",r["id"],s))
    if r["seller"] not in (None,"third-party","marketplace","brand"): err.append(("seller",r["id"]))
    if m=="anker" and r["seller"]!="brand": err.append(("anker brand",r["id"]))
    if r["issue"] not in allowed: err.append(("issue",r["id"],r["issue"]))
    if "shop" in r and m is not None: err.append(("shop with merchant",r["id"]))
    per[r["lang"]][r["issue"]]+=1
    if m is None: mnull[r["lang"]]+=1
for lang in ("en","ko","ja","zh"):
    c=per[lang]
    if sum(c.values())!=60: err.append(("total",lang,sum(c.values())))
    if c["contact"]!=15 or c[None]!=3 or any(c[k]!=2 for k in kinds): err.append(("dist",lang,dict(c)))
print("errors:",err); print("merchant null:",dict(mnull)); print("records:",len(seen))
sys.exit(1 if err else 0)
