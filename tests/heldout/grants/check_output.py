#!/usr/bin/env python3
"""Sanity checks for a directory written by generate_grants.py.

    python3 check_output.py DIR

Parses the CSVs back and checks: ids unique; pair files refer to existing ids; no pair is both a planted
duplicate and a hard negative; dates are yyyy / yyyy-mm / yyyy-mm-dd with end >= start; enumerated cells use
values (or synonyms) from docs/register-format.md; no cell starts with = + - @; budgets are an amount, a range
or "up to"; share of planted copies. Prints word-overlap statistics (title and description Jaccard) for planted
pairs, hard negatives and random pairs, so one can see how hard the negatives are.
"""
import csv
import random
import re
import sys
from collections import Counter, defaultdict

ENUMS = {
    "status": {"proposed", "planned", "active", "concluded", "proposal", "draft", "upcoming", "forthcoming", "announced",
               "ongoing", "underway", "live", "running", "open", "current", "in progress", "under way", "closed",
               "ended", "completed", "finished", "complete"},
    "focus": {"clinical", "non-clinical", "both", "non clinical", "administrative", "operational", "back office",
              "nonclinical", "clinical and non clinical", "clinical and administrative", "mixed"},
    "funding_recipients": {"innovators", "adopters", "both", "none", "innovators only", "innovator", "developers",
                           "suppliers", "adopters only", "adopter", "nhs organisations", "health and care providers",
                           "innovators and adopters", "adopters and innovators", "no funding", "neither", "not funded"},
    "yesno": {"yes", "no", "y", "n", "true", "false", "1", "0", "partly"},
    "activity_types": {"funding", "training and skills", "training-and-skills", "networking and brokerage",
                       "evaluation and evidence", "regulatory advice", "information and signposting",
                       "procurement and commissioning", "infrastructure", "other", "grants", "grant funding", "finance",
                       "financial support", "training", "skills", "education", "fellowships", "leadership development",
                       "networking", "brokerage", "brokering", "convening", "evaluation", "evidence",
                       "evidence generation", "real world evaluation", "procurement", "commissioning", "purchasing",
                       "facilities", "test beds", "testbeds", "networking & brokerage", "evaluation & evidence"},
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BUDGET_RE = re.compile(r"^(\d+|\d+ - \d+|up to \d+)$")


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def toks(s):
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def jac(a, b):
    a, b = toks(a), toks(b)
    return len(a & b) / max(1, len(a | b))


def main(d):
    rows = list(csv.DictReader(open(d + "/initiatives.csv", encoding="utf-8")))
    ids = [r["id"] for r in rows]
    byid = {r["id"]: r for r in rows}
    problems = []
    dupl = [i for i, c in Counter(ids).items() if c > 1]
    if dupl:
        problems.append("duplicate ids: %s" % dupl[:5])
    for r in rows:
        for k, v in r.items():
            if v and v[0] in "=+-@":
                problems.append("cell starts with formula char: %s %s" % (r["id"], k))
        if not r["id"] or not r["name"]:
            problems.append("missing id/name: %r" % r["id"])
        for c in ("start_date", "end_date"):
            if r[c] and not DATE_RE.match(r[c]):
                problems.append("bad date %s %s %r" % (r["id"], c, r[c]))
        if r["start_date"] and r["end_date"]:
            n = min(len(r["start_date"]), len(r["end_date"]))
            if r["end_date"][:n] < r["start_date"][:n]:
                problems.append("end before start %s" % r["id"])
        if r["budget"] and not BUDGET_RE.match(r["budget"]):
            problems.append("bad budget %s %r" % (r["id"], r["budget"]))
        for col in ("status", "focus", "funding_recipients"):
            if r[col] and norm(r[col]) not in ENUMS[col]:
                problems.append("bad %s %s %r" % (col, r["id"], r[col]))
        for col in ("productivity_focus", "offers_funding", "evaluated", "rapid_evaluation"):
            if r[col] and norm(r[col]) not in ENUMS["yesno"]:
                problems.append("bad %s %s %r" % (col, r["id"], r[col]))
        for v in filter(None, (x.strip() for x in r["activity_types"].split(";"))):
            if norm(v) not in ENUMS["activity_types"]:
                problems.append("bad activity %s %r" % (r["id"], v))
    actors = list(csv.DictReader(open(d + "/actors.csv", encoding="utf-8")))
    aids = Counter(a["id"] for a in actors)
    if any(c > 1 for c in aids.values()):
        problems.append("duplicate actor ids")
    pairs = {}
    for fn in ("planted_pairs", "hard_negatives"):
        ps = list(csv.DictReader(open("%s/%s.csv" % (d, fn), encoding="utf-8")))
        for p in ps:
            for k in ("id_a", "id_b"):
                if p[k] not in byid:
                    problems.append("%s: unknown id %s" % (fn, p[k]))
            if p["id_a"] == p["id_b"]:
                problems.append("%s: self pair %s" % (fn, p["id_a"]))
        pairs[fn] = ps
    pk = {frozenset((p["id_a"], p["id_b"])) for p in pairs["planted_pairs"]}
    hk = {frozenset((p["id_a"], p["id_b"])) for p in pairs["hard_negatives"]}
    if pk & hk:
        problems.append("%d pairs are both planted and hard negatives" % len(pk & hk))
    copies = set()
    # a copy is every id that appears as id_b of a non-chain planted pair
    for p in pairs["planted_pairs"]:
        if "+" not in p["kind"]:
            copies.add(p["id_b"])
    print("rows: %d  actors: %d  planted pairs: %d  hard negatives: %d" % (
        len(rows), len(actors), len(pairs["planted_pairs"]), len(pairs["hard_negatives"])))
    print("planted copies: %d (%.2f%% of rows)" % (len(copies), 100.0 * len(copies) / len(rows)))
    print("rows per source:")
    for s, c in Counter(r["source"] for r in rows).most_common():
        print("   %6d  %s" % (c, s))
    for fn in ("planted_pairs", "hard_negatives"):
        print("%s by kind:" % fn)
        for k, c in sorted(Counter(p["kind"] for p in pairs[fn]).items()):
            print("   %5d  %s" % (c, k))
    # hardness
    rnd = random.Random(0)
    randp = [(rnd.choice(ids), rnd.choice(ids)) for _ in range(2000)]

    def stats(plist, label):
        tj = [jac(byid[a]["name"], byid[b]["name"]) for a, b in plist]
        dj = [jac(byid[a]["description"], byid[b]["description"]) for a, b in plist
              if byid[a]["description"] and byid[b]["description"]]
        same_owner = sum(1 for a, b in plist if byid[a]["owner"] and byid[a]["owner"] == byid[b]["owner"])
        same_title = sum(1 for a, b in plist if norm(byid[a]["name"]) == norm(byid[b]["name"]))
        med = lambda x: sorted(x)[len(x) // 2] if x else 0
        print("   %-26s n=%5d  title-jaccard median %.2f  desc-jaccard median %.2f  same owner %4.0f%%  same title %4.0f%%" % (
            label, len(plist), med(tj), med(dj), 100.0 * same_owner / max(1, len(plist)),
            100.0 * same_title / max(1, len(plist))))
    print("word overlap:")
    stats(randp, "random pairs")
    by = defaultdict(list)
    for p in pairs["planted_pairs"]:
        by["dup:" + p["kind"].split("+")[0] if "+" not in p["kind"] else "dup:chain"].append((p["id_a"], p["id_b"]))
    for p in pairs["hard_negatives"]:
        by["neg:" + p["kind"]].append((p["id_a"], p["id_b"]))
    for k in sorted(by):
        stats(by[k], k)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:40]:
            print("   " + p)
        sys.exit(1)
    print("OK: no problems found")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
