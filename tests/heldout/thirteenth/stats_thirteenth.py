"""Survival shares: what two records of one programme still have in common.

For each pair the facts the renderers recorded are compared:
  stated in both    the particular is stated (column or prose) in both rows
  agrees            ... and says the same thing (same year for dates, budgets within 10%,
                    same body lineage for owners/partners, renamed bodies included)
  verbatim          ... in the same words (same normalised text, same actor, same y-m)
Printed for planted pairs and, for comparison, for hard negatives.
"""
import re

from bodies_thirteenth import BODIES
from vocab_thirteenth import STOPWORDS
from places_thirteenth import AREAS, REGIONS, county_of_town

LEVELS = ["town", "county", "area", "region", "nation"]


def _tokens(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOPWORDS}


def implied(fs):
    """Place facts plus what they imply (a town lies in its county, area, region and nation)."""
    out = set(fs)
    for lv, k in fs:
        if lv in ("town", "county"):
            a = k[0]
            if lv == "town":
                c = county_of_town(a, k[1])
                if c is not None:
                    out.add(("county", (a, c)))
            out |= {("area", a), ("region", AREAS[a]["region"]), ("nation", AREAS[a]["nation"])}
        elif lv == "area":
            out |= {("region", AREAS[k]["region"]), ("nation", AREAS[k]["nation"])}
        elif lv == "region":
            out.add(("nation", REGIONS[k]["nation"]))
    return out


def _norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


def compare(fa, fb):
    r = {}
    na, nb = fa["name"].lstrip("'"), fb["name"].lstrip("'")
    ta, tb = _tokens(na), _tokens(nb)
    jac = len(ta & tb) / max(1, len(ta | tb))
    r["name"] = (True, jac >= 0.5, _norm(na) == _norm(nb))
    a, b = fa.get("acr"), fb.get("acr")
    r["acronym"] = (bool(a and b), bool(a and b and a == b), bool(a and b and a == b))
    pa, pb = fa.get("place", set()), fb.get("place", set())
    shared = {lv for lv, _ in (pa & pb)}
    best = next((lv for lv in LEVELS if lv in shared), None)
    r["place"] = (bool(pa) and bool(pb), best is not None, best in ("town", "county", "area"))
    r["place_level"] = best or "none"
    ia, ib = implied(pa), implied(pb)
    ishared = {lv for lv, _ in (ia & ib)}
    ibest = next((lv for lv in LEVELS if lv in ishared), None)
    r["place_implied"] = (bool(pa) and bool(pb), ibest is not None, ibest in ("town", "county", "area"))
    r["implied_level"] = ibest or "none"
    for k in ("cond", "tech"):
        a, b = fa.get(k), fb.get(k)
        both = bool(a) and bool(b)
        same = both and fa.get(k + "_key") == fb.get(k + "_key")
        r[k] = (both, same, same and a.lower() == b.lower())
    for k in ("start", "end"):
        a, b = fa.get(k), fb.get(k)
        both = a is not None and b is not None
        r[k] = (both, both and a[0] == b[0], both and a == b and a[1] is not None)
    a, b = fa.get("budget"), fb.get("budget")
    both = a is not None and b is not None
    agree = both and a[1] == b[1] and abs(a[0] - b[0]) <= 0.1 * max(a[0], b[0])
    r["budget"] = (both, agree, both and abs(a[0] - b[0]) < 0.5)
    oa, ob = fa.get("owner"), fb.get("owner")
    la, lb = BODIES.get(oa)["lineage"], BODIES.get(ob)["lineage"]
    r["owner"] = (True, la == lb, oa == ob)
    pa = {BODIES.get(p)["lineage"] for p in fa.get("partners", [])} | {la}
    pb = {BODIES.get(p)["lineage"] for p in fb.get("partners", [])} | {lb}
    pa_only = {BODIES.get(p)["lineage"] for p in fa.get("partners", [])}
    pb_only = {BODIES.get(p)["lineage"] for p in fb.get("partners", [])}
    r["partner"] = (bool(pa_only) and bool(pb_only), bool(pa_only & pb_only), False)
    r["any_body"] = (True, bool(pa & pb), False)
    return r


ATTRS = ["name", "acronym", "place", "place_implied", "cond", "tech", "start", "end", "budget", "owner", "partner", "any_body"]
LABELS = {"name": "name (token Jaccard >= .5 / identical)", "acronym": "programme acronym in both names",
          "place": "place, literally: a shared level / below region",
          "place_implied": "place, towns placed: shared level / below region", "cond": "condition", "tech": "technology",
          "start": "start (same year / same y-m)", "end": "end (same year / same y-m)",
          "budget": "budget (within 10% / equal)", "owner": "owner (same lineage / same actor)",
          "partner": "a partner in common", "any_body": "owner or partner in common"}


def table(pairs, fid, title):
    n = len(pairs)
    if not n:
        print("%s: none" % title)
        return
    acc = {a: [0, 0, 0] for a in ATTRS}
    lv, ilv = {}, {}
    for x, y, _ in pairs:
        r = compare(fid[x], fid[y])
        for a in ATTRS:
            for i in range(3):
                acc[a][i] += 1 if r[a][i] else 0
        lv[r["place_level"]] = lv.get(r["place_level"], 0) + 1
        ilv[r["implied_level"]] = ilv.get(r["implied_level"], 0) + 1
    print("\n%s (%d pairs): stated in both / agrees / verbatim" % (title, n))
    for a in ATTRS:
        s, g, v = acc[a]
        vt = "" if a in ("partner", "any_body") else "%5.1f%%" % (100.0 * v / n)
        print("  %-46s %5.1f%%  %5.1f%%  %s" % (LABELS[a], 100.0 * s / n, 100.0 * g / n, vt))
    print("  finest place level stated in both: " + ", ".join(
        "%s %.1f%%" % (k, 100.0 * lv.get(k, 0) / n) for k in LEVELS + ["none"]))
    print("  ... once towns are placed in county/area/region: " + ", ".join(
        "%s %.1f%%" % (k, 100.0 * ilv.get(k, 0) / n) for k in LEVELS + ["none"]))


def report(rendered, ids, planted, hard):
    fid = {ids[i]: rendered[i][1] for i in range(len(rendered))}
    table(planted, fid, "PLANTED PAIRS")
    by = {}
    for p in planted:
        by.setdefault(p[2].replace("_renamed_body", ""), []).append(p)
    for k in sorted(by):
        print("  %s: %d" % (k, len(by[k])))
    print("  with a renamed owner: %d" % sum(1 for p in planted if p[2].endswith("_renamed_body")))
    table(hard, fid, "HARD NEGATIVES")
    kinds = {}
    for p in hard:
        kinds[p[2]] = kinds.get(p[2], 0) + 1
    for k in sorted(kinds):
        print("  %s: %d" % (k, kinds[k]))
