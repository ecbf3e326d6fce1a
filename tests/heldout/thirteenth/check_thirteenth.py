#!/usr/bin/env python3
"""Check a generated folder: usage  python3 check_thirteenth.py DIR

Errors (exit status 1): missing/duplicate ids, values the register format would
refuse, pair files naming unknown rows, incomplete planted clusters, hard negatives
inside a planted cluster.  Warnings: references that match no actor (the import
would create them), ambiguous actor names.  Prints counts.
"""
import csv
import io
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkvalues_thirteenth as V  # noqa: E402

MAX_CELL = 100000


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = Counter()
        self.samples = defaultdict(list)

    def error(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, kind, sample):
        self.warnings[kind] += 1
        if len(self.samples[kind]) < 5:
            self.samples[kind].append(sample)


def read_register(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    first = text.split("\n", 1)[0]
    sep = max([",", ";", "\t"], key=lambda c: first.count(c))
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    return sep, rows[0], rows[1:]


def check_actors(path, R):
    sep, header, rows = read_register(path)
    cols = [V.header_key(h) for h in header]
    if not {"kind", "level", "member_of"} & set(cols):
        R.error(path, "no kind/level/member_of column: not recognised as an actors register")
    for c in ("id", "name", "kind"):
        if c not in cols:
            R.error(path, "required column %s missing" % c)
    props = [h for h, c in zip(header, cols) if c not in V.ACTOR_COLUMNS]
    actors, index, seen = [], defaultdict(set), {}
    for n, raw in enumerate(rows, start=2):
        if not any(x.strip() for x in raw):
            continue
        r = {c: V.clean(v) for c, v in zip(cols, raw)}
        where = "%s row %d" % (os.path.basename(path), n)
        if not r.get("id"):
            R.error(where, "id missing")
            continue
        if r["id"] in seen:
            R.error(where, "id %s also on row %d" % (r["id"], seen[r["id"]]))
        seen[r["id"]] = n
        if not r.get("name"):
            R.error(where, "name missing")
        if not r.get("kind") or not V.enum_value(r["kind"], V.ACTOR_KIND):
            R.error(where, "kind %r not an actor kind" % r.get("kind"))
        if r.get("level") and not V.enum_value(r["level"], V.ACTOR_LEVEL):
            R.error(where, "level %r not an actor level" % r["level"])
        actors.append(r)
        for k in V.ref_keys(r["id"]) | V.ref_keys(r.get("name", "")) | (V.ref_keys(r["acronym"]) if r.get("acronym") else set()):
            index[k].add(r["id"])
    for r in actors:
        for part in filter(None, (p.strip() for p in r.get("member_of", "").split(";"))):
            if not resolve(part, index):
                R.warn("actors: member_of names no actor", part)
    amb = sorted(k for k, ids in index.items() if len(ids) > 1)
    for k in amb:
        R.warn("actors: a name/acronym key shared by two actors", k)
    return actors, index, props


def resolve(ref, index):
    hits = set()
    for k in V.ref_keys(ref):
        hits |= index.get(k, set())
    return hits


def check_initiatives(path, index, R):
    sep, header, rows = read_register(path)
    cols = [V.header_key(h) for h in header]
    if {"source", "target"} <= set(cols):
        R.error(path, "source+target header: would be read as relationships")
    if not V.INITIATIVE_ONLY & set(cols):
        R.error(path, "no initiative-only column: not recognised as an initiatives register")
    props = [h for h, c in zip(header, cols) if c not in V.INITIATIVE_COLUMNS]
    ids, forms, feeds, names = {}, Counter(), Counter(), defaultdict(list)
    unresolved = 0
    for n, raw in enumerate(rows, start=2):
        if not any(x.strip() for x in raw):
            continue
        where = "%s row %d" % (os.path.basename(path), n)
        if len(raw) != len(header):
            R.error(where, "%d cells, header has %d" % (len(raw), len(header)))
        r = {}
        for h, c, v in zip(header, cols, raw):
            if len(v) > MAX_CELL:
                R.error(where, "cell %s longer than %d characters" % (h, MAX_CELL))
            r[c] = V.clean(v)
        rid = r.get("id", "")
        if not rid:
            R.error(where, "id missing")
            continue
        if rid in ids:
            R.error(where, "id %s also on row %d" % (rid, ids[rid]))
        ids[rid] = n
        if not r.get("name"):
            R.error(where, "name missing")
        names[" ".join(re.findall(r"[a-z0-9]+", r.get("name", "").lower()))].append(rid)
        feeds[r.get("feed") or rid.split("-")[0]] += 1
        for c in ("owner", "partners"):
            for part in filter(None, (p.strip() for p in r.get(c, "").split(";"))):
                if not resolve(part, index):
                    unresolved += 1
                    R.warn("initiatives: %s names no actor (import creates it, with a warning)" % c, part)
        for a in filter(None, (p.strip() for p in r.get("activity_types", "").split(";"))):
            if not V.enum_value(a, V.ACTIVITY):
                R.error(where, "activity type %r" % a)
        if r.get("instrument_type") and V.key(r["instrument_type"]) not in V.INSTRUMENT_KEYS:
            R.error(where, "instrument type %r" % r["instrument_type"])
        if r.get("focus") and not V.enum_value(r["focus"], V.FOCUS):
            R.error(where, "focus %r" % r["focus"])
        if r.get("status") and not V.enum_value(r["status"], V.STATUS):
            R.error(where, "status %r" % r["status"])
        yn = {}
        for c in ("offers_funding", "evaluated", "productivity_focus", "rapid_evaluation"):
            if r.get(c):
                yn[c] = V.yes_no(r[c])
                if not yn[c]:
                    R.error(where, "%s %r is not yes/no" % (c, r[c]))
                forms["yes/no " + r[c]] += 1
        rec = r.get("funding_recipients")
        if rec:
            canon = V.enum_value(rec, V.RECIPIENTS)
            if not canon:
                R.error(where, "funding recipients %r" % rec)
            elif canon != "none" and yn.get("offers_funding") == "no":
                R.error(where, "recipients %r where offers_funding is no" % rec)
            elif canon == "none" and yn.get("offers_funding") == "yes":
                R.warn("initiatives: funding offered but recipients none (model validator)", rid)
        if r.get("budget"):
            try:
                kind, lo, hi = V.parse_budget(r["budget"])
                forms["budget " + kind + (" (commas)" if "," in r["budget"] else "") +
                      (" (£)" if "£" in r["budget"] else "") + (" (decimals)" if "." in r["budget"] else "")] += 1
            except ValueError as e:
                R.error(where, "budget %r: %s" % (r["budget"], e))
        if r.get("currency"):
            if not re.fullmatch(r"[A-Za-z]{3}", r["currency"]) or r["currency"].upper() not in V.CURRENCIES:
                R.error(where, "currency %r" % r["currency"])
            forms["currency " + r["currency"]] += 1
        spans = {}
        for c in ("start_date", "end_date"):
            if r.get(c):
                try:
                    form, first, last = V.parse_date(r[c])
                    spans[c] = (first, last)
                    forms["date " + form] += 1
                except ValueError as e:
                    R.error(where, "%s %r: %s" % (c, r[c], e))
        if len(spans) == 2 and spans["end_date"][1] < spans["start_date"][0]:
            R.error(where, "end %s before start %s" % (r["end_date"], r["start_date"]))
        for c in ("country", "jurisdiction"):
            if r.get(c):
                if not V.country_ok(r[c]):
                    R.error(where, "%s %r is not a country name or code" % (c, r[c]))
                forms["country " + r[c]] += 1
    return ids, forms, feeds, props, unresolved, names


def read_pairs(path, ids, R):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != ["id_a", "id_b", "kind"]:
        R.error(path, "header must be id_a,id_b,kind")
        return []
    out, seen = [], set()
    for n, r in enumerate(rows[1:], start=2):
        where = "%s row %d" % (os.path.basename(path), n)
        if len(r) != 3:
            R.error(where, "expected 3 cells")
            continue
        a, b, k = r
        for x in (a, b):
            if x not in ids:
                R.error(where, "id %s is not a row of initiatives.csv" % x)
        if a == b:
            R.error(where, "a row paired with itself")
        pk = tuple(sorted((a, b)))
        if pk in seen:
            R.error(where, "pair listed twice")
        seen.add(pk)
        if not k:
            R.error(where, "kind missing")
        out.append((a, b, k))
    return out


def components(pairs):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in pairs:
        parent[find(a)] = find(b)
    comp = defaultdict(list)
    for x in list(parent):
        comp[find(x)].append(x)
    return {x: find(x) for x in parent}, comp


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    d = argv[1]
    R = Report()
    actors, index, aprops = check_actors(os.path.join(d, "actors.csv"), R)
    ids, forms, feeds, iprops, unresolved, names = check_initiatives(os.path.join(d, "initiatives.csv"), index, R)
    planted = read_pairs(os.path.join(d, "planted_pairs.csv"), ids, R)
    hard = read_pairs(os.path.join(d, "hard_negatives.csv"), ids, R)
    root, comp = components(planted)
    pset = {tuple(sorted(p[:2])) for p in planted}
    for members in comp.values():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                if tuple(sorted((members[i], members[j]))) not in pset:
                    R.error("planted_pairs.csv", "cluster incomplete: %s and %s not listed" % (members[i], members[j]))
    for a, b, k in hard:
        if a in root and b in root and root[a] == root[b]:
            R.error("hard_negatives.csv", "%s and %s are in one planted cluster" % (a, b))
    hset = {tuple(sorted(p[:2])) for p in hard}
    same = Counter()
    for ids_ in names.values():
        for i in range(len(ids_)):
            for j in range(i + 1, len(ids_)):
                t = tuple(sorted((ids_[i], ids_[j])))
                same["planted" if t in pset else "hard negative" if t in hset else "not listed"] += 1
    sizes = Counter(len(m) for m in comp.values())
    in_cl = sum(len(m) for m in comp.values())
    n = len(ids)
    print("actors: %d (extra columns kept as properties: %s)" % (len(actors), ", ".join(aprops) or "none"))
    print("initiatives: %d rows; by feed: %s" % (n, ", ".join("%s %d" % kv for kv in sorted(feeds.items()))))
    print("  extra columns kept as properties: %s" % ", ".join(iprops))
    print("planted pairs: %d in %d clusters (%s); rows in clusters %d = %.2f%% of rows"
          % (len(planted), len(comp), ", ".join("size %d: %d" % kv for kv in sorted(sizes.items())),
             in_cl, 100.0 * in_cl / max(1, n)))
    for k, c in sorted(Counter(p[2] for p in planted).items()):
        print("    %-40s %d" % (k, c))
    print("hard negatives: %d pairs (%.2f per planted pair)" % (len(hard), len(hard) / max(1, len(planted))))
    for k, c in sorted(Counter(p[2] for p in hard).items()):
        print("    %-40s %d" % (k, c))
    print("value forms:")
    for pre in ("date", "budget", "currency", "country", "yes/no"):
        items = sorted(((k, c) for k, c in forms.items() if k.startswith(pre + " ")), key=lambda kv: -kv[1])
        print("  %-8s %s" % (pre, "; ".join("%s %d" % (k[len(pre) + 1:], c) for k, c in items)))
    print("pairs of rows with the same normalised name: %s" % ", ".join("%s %d" % kv for kv in sorted(same.items())))
    print("references to no actor (owner/partners): %d" % unresolved)
    for kind, c in sorted(R.warnings.items()):
        print("WARNING %s: %d (e.g. %s)" % (kind, c, "; ".join(R.samples[kind])))
    if R.errors:
        for e in R.errors[:40]:
            print("ERROR " + e)
        print("%d errors" % len(R.errors))
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
