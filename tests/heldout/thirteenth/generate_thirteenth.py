#!/usr/bin/env python3
"""Duplicate-detection test data: a parliamentary research service's inventory of
health innovation programmes in the devolved nations and English regions, compiled
from three feeds (written answers, annual reports, a funder's open-data file).

usage: python3 generate_thirteenth.py --rows N --seed S --out DIR [--stats]

Writes DIR/actors.csv, DIR/initiatives.csv, DIR/planted_pairs.csv, DIR/hard_negatives.csv.
Deterministic for a given --rows and --seed (string-seeded random.Random, no set or
hash ordering reaches the output).  --stats prints survival shares of the planted pairs.
"""
import argparse
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bodies_thirteenth import BODIES, KIND_SPELLINGS, LEVEL_SPELLINGS  # noqa: E402
from places_thirteenth import NATIONS  # noqa: E402
from latent_thirteenth import World, wpick  # noqa: E402
from lookalike_thirteenth import KINDS, compatible, make_base, siblings  # noqa: E402
from render_feeds_thirteenth import FeedRenderer  # noqa: E402

CLUSTER_SHARE = 0.02
HN_PER_PLANTED = 5
FEED_W = [("WA", 30), ("AR", 40), ("OD", 30)]
SIB_FEED_W = {
    "next_phase": [("AR", 70), ("WA", 15), ("OD", 15)],
    "evaluation_contract": [("OD", 45), ("WA", 35), ("AR", 20)],
    "same_town_same_condition": [("AR", 60), ("WA", 20), ("OD", 20)],
    "template_twin": [("OD", 40), ("WA", 40), ("AR", 20)],
    "renamed_body_new_scheme": [("AR", 50), ("OD", 30), ("WA", 20)],
    "programme_and_strand": [("WA", 40), ("OD", 40), ("AR", 20)],
}
PAIR_FEEDS = [("WA", "AR"), ("WA", "OD"), ("AR", "OD")]

COLUMNS = [  # (row key, header as written: any spelling the register format accepts)
    ("id", "ID"), ("name", "Name"), ("owner", "Owner"), ("partners", "Partners"),
    ("description", "Description"), ("activity_types", "Activity Types"),
    ("instrument_type", "Instrument type"), ("focus", "Focus"), ("offers_funding", "Offers funding"),
    ("funding_recipients", "Funding recipients"), ("technology_area", "Technology area"),
    ("budget", "Budget"), ("currency", "Currency"), ("budget_period", "Budget period"),
    ("start_date", "Start date"), ("end_date", "End date"), ("status", "Status"),
    ("evaluated", "Evaluated"), ("source", "Source"), ("country", "Country"), ("region", "Region"),
    ("clinical_area", "Clinical area"), ("budget_stated", "Budget as stated"),
    ("dates_stated", "Dates as stated"), ("feed", "Feed"),
]
ACTOR_COLUMNS = ["id", "name", "acronym", "kind", "level", "member_of", "description", "source", "country"]


def feed_ok(L, feed):
    return not (feed == "OD" and L.family == "strategy")


def pick_feed(rng, L, weights=FEED_W):
    for _ in range(10):
        f = wpick(rng, weights)
        if feed_ok(L, f):
            return f
    return "AR"


def plan(rows, seed):
    rng = random.Random("thirteenth-plan|%s|%d" % (seed, rows))
    W = World(random.Random("thirteenth-world|%s|%d" % (seed, rows)))
    items = []        # (latent, feed)
    clusters = []     # [latent, [item index...]]
    groups = []       # (kind, [latent...])
    target = int(round(CLUSTER_SHARE * rows))
    used = 0
    while target - used >= 2:
        size = 3 if rng.random() < 0.35 and target - used >= 3 else 2
        L = W.new_latent()
        if L.family == "strategy":
            feeds = ["WA", "AR"]
        elif size == 3:
            feeds = ["WA", "AR", "OD"]
        else:
            feeds = list(PAIR_FEEDS[rng.randrange(3)])
        idx = []
        for f in feeds:
            idx.append(len(items))
            items.append((L, f))
        clusters.append([L, idx])
        used += len(feeds)
    planted = sum(len(c[1]) * (len(c[1]) - 1) // 2 for c in clusters)
    hn_target = HN_PER_PLANTED * planted
    rows_of = {c[0].lid: len(c[1]) for c in clusters}
    free = list(range(len(clusters)))
    rng.shuffle(free)
    hn = 0
    while hn < hn_target and len(items) < rows:
        kind = wpick(rng, KINDS)
        base = None
        if rng.random() < 0.3:
            for _ in range(8):
                if not free:
                    break
                j = free[rng.randrange(len(free))]
                if compatible(kind, clusters[j][0]):
                    base = clusters[j][0]
                    free.remove(j)
                    break
        fresh = base is None
        if fresh:
            base = make_base(W, kind)
        sibs = siblings(W, kind, base)
        if not sibs:
            continue
        if len(items) + len(sibs) + (1 if fresh else 0) > rows:
            break
        if fresh:
            items.append((base, pick_feed(rng, base)))
            rows_of[base.lid] = 1
        for S in sibs:
            items.append((S, pick_feed(rng, S, SIB_FEED_W.get(kind, FEED_W))))
            rows_of[S.lid] = 1
        group = [base] + sibs
        groups.append((kind, group))
        counts = [rows_of[x.lid] for x in group]
        hn += sum(counts[i] * counts[j] for i in range(len(counts)) for j in range(i + 1, len(counts)))
    while len(items) < rows:
        L = W.new_latent()
        items.append((L, pick_feed(rng, L)))
    return items, clusters, groups


def render(items, seed, rows):
    R = FeedRenderer(random.Random("thirteenth-render|%s|%d" % (seed, rows)))
    out = []
    for L, f in items:
        if f == "WA":
            row, facts = R.written_answer(L)
        elif f == "AR":
            row, facts = R.annual_report(L)
        else:
            row, facts = R.open_data(L)
        facts["lid"] = L.lid
        out.append((row, facts, f))
    return out


def assign_ids(rendered, seed, rows):
    rng = random.Random("thirteenth-order|%s|%d" % (seed, rows))
    order = list(range(len(rendered)))
    rng.shuffle(order)
    counters = {"WA": 0, "AR": 0, "OD": 0}
    ids = [None] * len(rendered)
    for i in order:
        f = rendered[i][2]
        counters[f] += 1
        ids[i] = "%s-%06d" % (f, counters[f])
        rendered[i][0]["id"] = ids[i]
    return order, ids


def pair_rows(items, clusters, groups, ids, rendered):
    by_lid = {}
    for i, (L, f) in enumerate(items):
        by_lid.setdefault(L.lid, []).append(i)
    planted, hard = [], []
    for L, idx in clusters:
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                i, j = idx[a], idx[b]
                fa, fb = sorted((items[i][1], items[j][1]))
                kind = "same_programme_%s_%s" % (fa, fb)
                oa, ob = rendered[i][1]["owner"], rendered[j][1]["owner"]
                if oa != ob and BODIES.get(oa)["lineage"] == BODIES.get(ob)["lineage"]:
                    kind += "_renamed_body"
                x, y = sorted((ids[i], ids[j]))
                planted.append((x, y, kind))
    for kind, group in groups:
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                for i in by_lid.get(group[a].lid, []):
                    for j in by_lid.get(group[b].lid, []):
                        x, y = sorted((ids[i], ids[j]))
                        hard.append((x, y, kind))
    return sorted(set(planted)), sorted(set(hard))


def write_actors(path):
    rng = random.Random("thirteenth-actors")
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]

    def when(s):
        y, m = s.split("-")
        return "%s %s" % (months[int(m) - 1], y)

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(ACTOR_COLUMNS)
        for k in BODIES.order:
            a = BODIES.get(k)
            kind = a["kind_hint"] if a["kind_hint"] and rng.random() < 0.6 else \
                KIND_SPELLINGS[a["kind"]][rng.randrange(len(KIND_SPELLINGS[a["kind"]]))]
            level = LEVEL_SPELLINGS[a["level"]][rng.randrange(len(LEVEL_SPELLINGS[a["level"]]))]
            member = ""
            if a["member"]:
                m = BODIES.get(a["member"])
                member = m["name"] if rng.random() < 0.6 else m["id"]
            notes = []
            if a["other"]:
                notes.append("Also known as %s." % a["other"])
            if a["from_s"]:
                notes.append("Established %s." % when(a["from_s"]))
            if a["preds_all"]:
                notes.append("Took over from %s." % "; ".join(BODIES.get(p)["name"] for p in a["preds_all"]))
            if a["until_s"]:
                notes.append("Until %s." % when(a["until_s"]))
            if a["succ"]:
                notes.append("Succeeded by %s." % BODIES.get(a["succ"])["name"])
            w.writerow([a["id"], a["name"], a["acr"], kind, level, member, " ".join(notes),
                        "Research service actor list, February 2025", NATIONS[a["nation"]][0]])


def write_initiatives(path, rendered, order):
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([h for _, h in COLUMNS])
        for i in order:
            row = rendered[i][0]
            w.writerow([row.get(k, "") or "" for k, _ in COLUMNS])


def write_pairs(path, pairs):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id_a", "id_b", "kind"])
        w.writerows(pairs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true", help="print survival shares of planted pairs")
    args = ap.parse_args(argv)
    if args.rows < 10:
        ap.error("--rows must be at least 10")
    os.makedirs(args.out, exist_ok=True)
    items, clusters, groups = plan(args.rows, args.seed)
    rendered = render(items, args.seed, args.rows)
    order, ids = assign_ids(rendered, args.seed, args.rows)
    planted, hard = pair_rows(items, clusters, groups, ids, rendered)
    write_actors(os.path.join(args.out, "actors.csv"))
    write_initiatives(os.path.join(args.out, "initiatives.csv"), rendered, order)
    write_pairs(os.path.join(args.out, "planted_pairs.csv"), planted)
    write_pairs(os.path.join(args.out, "hard_negatives.csv"), hard)
    in_clusters = sum(len(c[1]) for c in clusters)
    print("rows %d (in planted clusters %d = %.1f%%), clusters %d, planted pairs %d, hard negatives %d"
          % (len(items), in_clusters, 100.0 * in_clusters / len(items), len(clusters), len(planted), len(hard)))
    if args.stats:
        from stats_thirteenth import report
        report(rendered, ids, planted, hard)


if __name__ == "__main__":
    main()
