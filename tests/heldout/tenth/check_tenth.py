#!/usr/bin/env python3
"""Check a folder written by generate_tenth.py.  usage: check_tenth.py DIR   (exit 1 on any problem)"""
import csv, os, re, sys
from collections import Counter, defaultdict
from itertools import combinations

REQ_INIT = ["id", "name"]
REQ_ACT = ["id", "name", "kind"]
DATE_RE = re.compile(r"^(\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{2}/\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]{2} \d{4})$")
BUDGET_RE = re.compile(r"^(£?[\d,]+(\.\d+)?|\d+ - \d+|up to \d+)$")
ENUM = {"focus": {"clinical", "non-clinical", "both"}, "offers_funding": {"yes", "no", "partly"},
        "evaluated": {"yes", "no", "partly"},
        "funding_recipients": {"innovators", "adopters", "both", "none"},
        "status": {"proposed", "planned", "active", "concluded", "ongoing", "running", "closed", "completed"}}
KINDS = {"government-department", "arms-length-body", "regulator", "research-funder", "network", "healthcare-provider",
         "commissioner", "industry", "academia", "charity", "patient-public-group", "other"}


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return [h.strip().lower() for h in rows[0]], rows[1:]


def main(d):
    errs = []

    def err(m):
        if len(errs) < 50:
            print("ERROR:", m)
        errs.append(m)

    hdr, rows = read(os.path.join(d, "initiatives.csv"))
    for c in REQ_INIT:
        if c not in hdr:
            err(f"initiatives.csv lacks column {c}")
    ix = {h: i for i, h in enumerate(hdr)}
    ids = []
    for n, row in enumerate(rows, start=2):
        if len(row) != len(hdr):
            err(f"initiatives row {n}: {len(row)} cells, header has {len(hdr)}")
            continue
        v = {h: row[i].strip() for h, i in ix.items()}
        if not v["id"] or not v["name"]:
            err(f"initiatives row {n}: empty id or name")
        ids.append(v["id"])
        for col, ok in ENUM.items():
            if v.get(col) and v[col] not in ok:
                err(f"row {n}: {col}={v[col]!r}")
        if v.get("offers_funding") == "no" and v.get("funding_recipients") not in ("", "none"):
            err(f"row {n}: recipients without funding")
        for col in ("start_date", "end_date"):
            if v.get(col) and not DATE_RE.match(v[col]):
                err(f"row {n}: {col}={v[col]!r}")
        if v.get("start_date") and v.get("end_date"):
            sy = int(re.findall(r"\d{4}", v["start_date"])[0])
            if int(v["end_date"][:4]) < sy:
                err(f"row {n}: end before start")
        if v.get("budget") and not BUDGET_RE.match(v["budget"]):
            err(f"row {n}: budget {v['budget']!r}")
        if v.get("budget") and not v.get("currency"):
            err(f"row {n}: budget without currency")
        for col, val in v.items():
            if val and val[0] in "=+-@":
                err(f"row {n}: {col} starts with a formula character")
    dup = [k for k, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"{len(dup)} duplicate ids, e.g. {dup[:3]}")
    idset = set(ids)

    ahdr, arows = read(os.path.join(d, "actors.csv"))
    for c in REQ_ACT:
        if c not in ahdr:
            err(f"actors.csv lacks column {c}")
    aix = {h: i for i, h in enumerate(ahdr)}
    names = set()
    aids = [r[aix["id"]] for r in arows]
    if len(set(aids)) != len(aids):
        err("duplicate actor ids")
    for r in arows:
        if r[aix["kind"]] not in KINDS:
            err(f"actor {r[0]} kind {r[aix['kind']]!r}")
        names.update(x.lower() for x in (r[aix["id"]], r[aix["name"]], r[aix["acronym"]]) if x)
    for row in rows:
        for col in ("owner", "partners"):
            for ref in filter(None, row[ix[col]].split(";")):
                if ref.strip().lower() not in names:
                    err(f"initiative {row[0]}: {col} {ref!r} not in actors.csv")

    _, trows = read(os.path.join(d, "truth_identities.csv"))
    ident = {}
    for r in trows:
        if r[0] in ident:
            err(f"truth: id {r[0]} twice")
        ident[r[0]] = r[1]
    if set(ident) != idset:
        err("truth_identities ids differ from initiatives ids")
    groups = defaultdict(list)
    for i, g in ident.items():
        groups[g].append(i)
    truth_pairs = {frozenset(p) for g in groups.values() if len(g) > 1 for p in combinations(g, 2)}

    def pairs(fn):
        h, rs = read(os.path.join(d, fn))
        if h != ["id_a", "id_b", "kind"]:
            err(f"{fn}: header {h}")
        out = []
        for r in rs:
            if r[0] not in idset or r[1] not in idset:
                err(f"{fn}: unknown id in {r}")
            if r[0] == r[1]:
                err(f"{fn}: self pair {r}")
            out.append((frozenset(r[:2]), r[2]))
        return out

    planted = pairs("planted_pairs.csv")
    negs = pairs("hard_negatives.csv")
    pset = {p for p, _ in planted}
    if len(pset) != len(planted):
        err("planted pairs repeated")
    if pset != truth_pairs:
        err(f"planted pairs ({len(pset)}) != pairs of identities with several records ({len(truth_pairs)})")
    for p, k in negs:
        a, b = tuple(p)
        if ident.get(a) == ident.get(b):
            err(f"hard negative {a},{b} ({k}) shares an identity")
        if p in pset:
            err(f"hard negative {a},{b} is also planted")
    sizes = Counter(len(g) for g in groups.values())
    in_clusters = sum(len(g) for g in groups.values() if len(g) > 1)
    print(f"initiatives: {len(rows)}  actors: {len(arows)}  identities: {len(groups)}")
    print(f"clusters: pairs={sizes.get(2, 0)} triples={sizes.get(3, 0)} (rows in clusters {in_clusters} = {100 * in_clusters / max(1, len(rows)):.1f}%)")
    print(f"planted pairs: {len(planted)}  hard negatives: {len(negs)}  ({len(negs) / max(1, len(planted)):.1f} per planted pair)")
    print("hard negative kinds:", dict(sorted(Counter(k for _, k in negs).items())))
    print("countries:", dict(Counter(r[ix["country"]] for r in rows).most_common(8)), "...")
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
