import csv, sys, collections
d = sys.argv[1]
rows = list(csv.DictReader(open(d + "/initiatives.csv", encoding="utf-8", newline="")))
ids = {r["id"]: r for r in rows}
assert len(ids) == len(rows), "duplicate ids"
acts = list(csv.DictReader(open(d + "/actors.csv", encoding="utf-8", newline="")))
names = {a["name"] for a in acts}
for fn in ("planted_pairs.csv", "hard_negatives.csv"):
    ps = list(csv.DictReader(open(d + "/" + fn, encoding="utf-8", newline="")))
    for p in ps:
        assert p["id_a"] in ids and p["id_b"] in ids, p
    c = collections.Counter()
    for p in ps:
        for k in p["kind"].split("+"): c[k] += 1
    print(fn, len(ps), dict(c.most_common()))
pp = list(csv.DictReader(open(d + "/planted_pairs.csv")))
inpairs = {x for p in pp for x in (p["id_a"], p["id_b"])}
print("rows", len(rows), "in planted pairs %.2f%%" % (100 * len(inpairs) / len(rows)))
canon = [r for r in rows if r["owner"] in names]
print("owners resolving to actors.csv names: %d/%d (non-empty %d)" % (len(canon), len(rows), sum(1 for r in rows if r["owner"])))
print("empty desc", sum(1 for r in rows if not r["description"]), "long(>2000)", sum(1 for r in rows if len(r["description"]) > 2000),
      "short(<30)", sum(1 for r in rows if 0 < len(r["description"]) < 30), "no start", sum(1 for r in rows if not r["start_date"]))
