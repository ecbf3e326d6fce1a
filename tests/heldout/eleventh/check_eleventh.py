#!/usr/bin/env python3
"""check_eleventh.py DIR -- verify an output folder of generate_eleventh.py.

Cluster checks: ids unique; every id in the pair files exists; no self pairs or repeated pairs;
every pair within a planted cluster is listed (clusters are the connected components of
planted_pairs.csv); no hard-negative pair is planted or falls inside one planted cluster.

Format checks (a re-reading of register-format.md, independent of the generator): header names,
required cells, enumerations and their synonyms, yes/no cells, dates and end >= start, budgets,
currencies, funding recipients only with funding offered, owners/partners/member_of resolving to
actors.csv, no cell starting with = + - @, no actor name/acronym clash.

Prints counts; exits 1 if any check fails.
"""
import csv
import datetime as dt
import os
import re
import sys
from collections import Counter, defaultdict

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MON3 = {k[:3]: v for k, v in MONTHS.items()}


def nk(s):
    """Value / header key: case, &/and, spaces, hyphens, underscores, slashes do not matter."""
    s = s.lower().replace("&", " and ")
    return re.sub(r"[^a-z0-9']+", " ", s).replace("'", "").strip()


def ref_key(s):
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    out = []
    for t in s.split():
        if t in ("and", "of"):
            continue
        if len(t) > 4 and t.endswith("s"):
            t = t[:-1]
        out.append(t)
    return "".join(out)


def words(*xs):
    return set(nk(x) for x in xs)


ACTIVITY = {
    "funding": words("funding", "grants", "grant funding", "finance", "financial support"),
    "training-and-skills": words("training and skills", "training", "skills", "education", "fellowships", "leadership development"),
    "networking-and-brokerage": words("networking and brokerage", "networking", "brokerage", "brokering", "convening"),
    "evaluation-and-evidence": words("evaluation and evidence", "evaluation", "evidence", "evidence generation", "real world evaluation"),
    "regulatory-advice": words("regulatory advice", "regulatory support", "regulation advice", "regulatory guidance"),
    "information-and-signposting": words("information and signposting", "information", "signposting", "advice and guidance"),
    "procurement-and-commissioning": words("procurement and commissioning", "procurement", "commissioning", "purchasing"),
    "infrastructure": words("infrastructure", "facilities", "test beds", "testbeds"),
    "other": words("other"),
}
INSTRUMENT_LABELS = {
    "centres-of-excellence-grants": "Centres of excellence grants",
    "corporate-tax-relief": "Corporate tax relief for R&D and innovation",
    "governance-structure-or-public-body": "Creation or reform of governance structure or public body",
    "debt-guarantees-and-risk-sharing": "Debt guarantees and risk sharing schemes",
    "research-infrastructure-support": "Dedicated support to research infrastructures",
    "emerging-technology-regulation": "Emerging technology regulation",
    "equity-financing": "Equity financing",
    "fellowships-and-scholarships": "Fellowships and postgraduate loans and scholarships",
    "stakeholder-consultation": "Formal consultation of stakeholders or experts",
    "grants-for-business-rnd-and-innovation": "Grants for business R&D and innovation",
    "horizontal-sti-coordination-bodies": "Horizontal STI coordination bodies",
    "information-services-and-datasets": "Information services and access to datasets",
    "innovation-vouchers": "Innovation vouchers",
    "institutional-funding-for-public-research": "Institutional funding for public research",
    "intellectual-property-regulation": "Intellectual property regulation and incentives",
    "labour-mobility-regulation": "Labour mobility regulation and incentives",
    "loans-and-credits-for-innovation": "Loans and credits for innovation in firms",
    "national-strategies-and-plans": "National strategies, agendas and plans",
    "networking-and-collaborative-platforms": "Networking and collaborative platforms",
    "policy-intelligence": "Policy intelligence (e.g. evaluations, benchmarking and forecasts)",
    "procurement-for-rnd-and-innovation": "Procurement programmes for R&D and innovation",
    "project-grants-for-public-research": "Project grants for public research",
    "public-awareness-and-outreach": "Public awareness campaigns and other outreach activities",
    "regulatory-oversight-and-ethics-bodies": "Regulatory oversight and ethical advice bodies",
    "challenges-prizes-and-awards": "Science and innovation challenges, prizes and awards",
    "standards-and-certification": "Standards and certification for technology development and adoption",
    "technology-extension-and-advisory-services": "Technology extension and business advisory services",
    "tax-relief-for-individuals": "Tax relief for individuals supporting R&D and innovation",
}
INSTRUMENT_OK = set(nk(k) for k in INSTRUMENT_LABELS) | set(nk(v) for v in INSTRUMENT_LABELS.values())
FOCUS_OK = words("clinical", "non-clinical", "both", "non clinical", "administrative", "operational", "back office",
                 "nonclinical", "clinical and non clinical", "clinical and administrative", "mixed")
RECIP_OK = words("innovators", "adopters", "both", "none", "innovators only", "innovator", "developers", "suppliers",
                 "adopters only", "adopter", "NHS organisations", "health and care providers", "innovators and adopters",
                 "adopters and innovators", "no funding", "neither", "not funded")
RECIP_NONE = words("none", "no funding", "neither", "not funded")
STATUS_OK = words("proposed", "planned", "active", "concluded", "ongoing", "underway", "live", "running", "open", "current",
                  "in progress", "under way", "closed", "ended", "completed", "finished", "complete", "upcoming",
                  "forthcoming", "announced", "proposal", "draft")
YN_YES = {"yes", "y", "true", "1"}
YN_NO = {"no", "n", "false", "0"}
YN_OK = YN_YES | YN_NO | {"partly"}
KIND_OK = words("government department", "arms length body", "regulator", "research funder", "network",
                "healthcare provider", "commissioner", "industry", "academia", "charity", "patient public group", "other",
                "government", "department", "ministry", "govt department", "ALB", "NDPB", "public body", "arms length",
                "non departmental public body", "funder", "funding body", "provider", "NHS trust", "trust", "NHS provider",
                "health care provider", "CCG", "ICB", "integrated care board", "commissioning body", "company", "business",
                "firm", "SME", "private sector", "university", "academic", "higher education", "third sector",
                "voluntary sector", "foundation", "non profit", "patient group", "patients and public", "public",
                "patient and public group", "arm's length body")
LEVEL_OK = words("international", "national", "regional", "local", "nationwide", "country", "region", "sub national",
                 "locality", "place", "global", "supranational")

INIT_COLS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
             "productivity_focus", "offers_funding", "evaluated", "rapid_evaluation", "funding_recipients", "stages",
             "drivers", "target_groups", "technology_area", "budget", "currency", "budget_period", "start_date",
             "end_date", "status", "source", "country", "jurisdiction", "region"]
ACTOR_COLS = ["id", "name", "acronym", "kind", "level", "member_of", "description", "source"]


def header_key(h):
    k = re.sub(r"[^a-z0-9]+", "_", h.strip().lower()).strip("_")
    if k in ("stage", "driver", "target_group"):
        k += "s"
    if k == "activity_type":
        k = "activity_types"
    return k


def read_register(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    first = text.split("\n", 1)[0]
    sep = max([",", ";", "\t"], key=lambda c: first.count(c))
    rows = list(csv.reader(text.splitlines(True), delimiter=sep))
    header = [header_key(h) for h in rows[0]]
    return header, rows[1:]


def parse_date(s):
    """Returns (lo, hi) dates or raises ValueError.  Accepted forms per register-format.md."""
    s = s.strip()
    s = re.sub(r"T\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)?$", "", s)
    s = re.sub(r"\s+\d{1,2}:\d\d(:\d\d)?(\s*[AP]M)?$", "", s, flags=re.I)
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        y = int(m.group(1))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s) or None
    if m:
        return _month(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d, d
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s)
    if m:
        d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d, d
    m = re.fullmatch(r"(\d{1,2})[/.](\d{4})", s)
    if m:
        return _month(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})", s)
    if m:
        mo = _mon(m.group(2))
        d = dt.date(int(m.group(3)), mo, int(m.group(1)))
        return d, d
    m = re.fullmatch(r"([A-Za-z]+) (\d{4})", s)
    if m:
        return _month(int(m.group(2)), _mon(m.group(1)))
    raise ValueError("not a date the format accepts")


def _mon(w):
    w = w.lower()
    if w in MONTHS:
        return MONTHS[w]
    if w in MON3:
        return MON3[w]
    raise ValueError("month word")


def _month(y, m):
    lo = dt.date(y, m, 1)
    hi = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return lo, hi


BUDGET_AMT = re.compile(r"£?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")


def budget_ok(s):
    if BUDGET_AMT.fullmatch(s):
        return True
    m = re.fullmatch(r"(\d+) - (\d+)", s)
    if m:
        return int(m.group(1)) <= int(m.group(2))
    return bool(re.fullmatch(r"up to \d+", s))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    d = sys.argv[1]
    problems = []

    def bad(msg):
        if len(problems) < 60:
            print("PROBLEM:", msg)
        problems.append(msg)

    # ---------------- actors
    ah, arows = read_register(os.path.join(d, "actors.csv"))
    for c in ("id", "name", "kind"):
        if c not in ah:
            bad("actors.csv lacks column %s" % c)
    ai = {c: ah.index(c) for c in ah}
    actor_keys = {}
    actor_ids = set()
    for n, r in enumerate(arows, start=2):
        rec = dict(zip(ah, r))
        if not rec.get("id") or not rec.get("name") or not rec.get("kind"):
            bad("actors.csv row %d: id/name/kind missing" % n)
        if rec["id"] in actor_ids:
            bad("actors.csv row %d: duplicate id %s" % (n, rec["id"]))
        actor_ids.add(rec["id"])
        for v in (rec["id"], rec["name"], rec.get("acronym", "")):
            if not v:
                continue
            k = ref_key(v)
            if k in actor_keys and actor_keys[k] != rec["id"]:
                bad("actors.csv row %d: %r clashes with actor %s" % (n, v, actor_keys[k]))
            actor_keys[k] = rec["id"]
        if nk(rec["kind"]) not in KIND_OK:
            bad("actors.csv row %d: kind %r" % (n, rec["kind"]))
        if rec.get("level") and nk(rec["level"]) not in LEVEL_OK:
            bad("actors.csv row %d: level %r" % (n, rec["level"]))
    for n, r in enumerate(arows, start=2):
        rec = dict(zip(ah, r))
        for v in filter(None, (x.strip() for x in rec.get("member_of", "").split(";"))):
            if ref_key(v) not in actor_keys:
                bad("actors.csv row %d: member_of %r unknown" % (n, v))

    # ---------------- initiatives
    ih, irows = read_register(os.path.join(d, "initiatives.csv"))
    known = [h for h in ih if h in INIT_COLS]
    props = [h for h in ih if h not in INIT_COLS]
    if "id" not in ih or "name" not in ih:
        bad("initiatives.csv lacks id or name")
    if len(set(known)) != len(known):
        bad("initiatives.csv: a register column appears twice: %s" % known)
    ids = {}
    sys_count = Counter()
    for n, r in enumerate(irows, start=2):
        if len(r) != len(ih):
            bad("initiatives.csv row %d: %d cells for %d columns" % (n, len(r), len(ih)))
            continue
        rec = {h: v.strip(" \t\u00a0\u200b\ufeff") for h, v in zip(ih, r)}
        for h, v in zip(ih, r):
            if v[:1] in ("=", "+", "-", "@"):
                bad("row %d column %s starts with %r" % (n, h, v[:1]))
            if len(v) > 100000:
                bad("row %d column %s too long" % (n, h))
        i = rec["id"]
        if not i:
            bad("row %d: empty id" % n)
        if i in ids:
            bad("row %d: id %s repeats row %d" % (n, i, ids[i]))
        ids[i] = n
        sys_count[rec.get("ledger_system", "?")] += 1
        if not rec["name"]:
            bad("row %d: empty name" % n)
        for col in ("owner", "partners"):
            for v in filter(None, (x.strip() for x in rec.get(col, "").split(";"))):
                if ref_key(v) not in actor_keys:
                    bad("row %d %s: %r is no actor" % (n, col, v))
        for v in filter(None, (x.strip() for x in rec.get("activity_types", "").split(";"))):
            if not any(nk(v) in s for s in ACTIVITY.values()):
                bad("row %d activity_types: %r" % (n, v))
        v = rec.get("instrument_type", "")
        if v and nk(v) not in INSTRUMENT_OK:
            bad("row %d instrument_type: %r" % (n, v))
        v = rec.get("focus", "")
        if v and nk(v) not in FOCUS_OK:
            bad("row %d focus: %r" % (n, v))
        v = rec.get("status", "")
        if v and nk(v) not in STATUS_OK:
            bad("row %d status: %r" % (n, v))
        for col in ("productivity_focus", "offers_funding", "evaluated", "rapid_evaluation"):
            v = rec.get(col, "")
            if v and v.lower() not in YN_OK:
                bad("row %d %s: %r" % (n, col, v))
        rc = rec.get("funding_recipients", "")
        if rc:
            if nk(rc) not in RECIP_OK:
                bad("row %d funding_recipients: %r" % (n, rc))
            of = rec.get("offers_funding", "").lower()
            if of in YN_NO and nk(rc) not in RECIP_NONE:
                bad("row %d: recipients %r with offers_funding %r" % (n, rc, of))
            if of not in YN_YES:
                bad("row %d: recipients %r without offers_funding yes (stricter than the format)" % (n, rc))
        v = rec.get("budget", "")
        if v and not budget_ok(v):
            bad("row %d budget: %r" % (n, v))
        v = rec.get("currency", "")
        if v and not re.fullmatch(r"[A-Z]{3}", v):
            bad("row %d currency: %r" % (n, v))
        spans = {}
        for col in ("start_date", "end_date"):
            v = rec.get(col, "")
            if v:
                try:
                    spans[col] = parse_date(v)
                except ValueError as e:
                    bad("row %d %s %r: %s" % (n, col, v, e))
        if len(spans) == 2 and spans["end_date"][0] < spans["start_date"][1]:
            bad("row %d: end %r not after start %r (strict span check)" % (n, rec["end_date"], rec["start_date"]))
        for col in ("stages", "drivers", "target_groups"):
            if rec.get(col):
                bad("row %d: %s given (the generator never writes it)" % (n, col))

    # ---------------- pairs
    def read_pairs(name):
        out = []
        with open(os.path.join(d, name), encoding="utf-8", newline="") as f:
            rd = csv.DictReader(f)
            if rd.fieldnames != ["id_a", "id_b", "kind"]:
                bad("%s header %s" % (name, rd.fieldnames))
            for r in rd:
                out.append((r["id_a"], r["id_b"], r["kind"]))
        return out

    planted = read_pairs("planted_pairs.csv")
    hard = read_pairs("hard_negatives.csv")
    for name, pairs in (("planted_pairs.csv", planted), ("hard_negatives.csv", hard)):
        seen = set()
        for a, b, k in pairs:
            for x in (a, b):
                if x not in ids:
                    bad("%s: id %s not in initiatives.csv" % (name, x))
            if a == b:
                bad("%s: self pair %s" % (name, a))
            key = frozenset((a, b))
            if key in seen:
                bad("%s: pair %s,%s listed twice" % (name, a, b))
            seen.add(key)
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pset = set()
    for a, b, _ in planted:
        parent[find(a)] = find(b)
        pset.add(frozenset((a, b)))
    comps = defaultdict(list)
    for x in list(parent):
        comps[find(x)].append(x)
    for members in comps.values():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                if frozenset((members[i], members[j])) not in pset:
                    bad("cluster %s: pair %s,%s not listed" % (sorted(members), members[i], members[j]))
        if len(members) > 3:
            bad("cluster %s has %d members" % (sorted(members), len(members)))
    for a, b, k in hard:
        if frozenset((a, b)) in pset:
            bad("hard negative %s,%s is also planted" % (a, b))
        elif a in parent and b in parent and find(a) == find(b):
            bad("hard negative %s,%s lies inside one planted cluster" % (a, b))

    # ---------------- counts
    n_rows = len(ids)
    sizes = Counter(len(m) for m in comps.values())
    in_clusters = sum(len(m) for m in comps.values())
    print("initiatives rows: %d  (%s)" % (n_rows, ", ".join("%s %d" % kv for kv in sorted(sys_count.items()))))
    print("actors rows: %d" % len(arows))
    print("property columns (not register columns): %s" % ", ".join(props))
    print("planted clusters: %d (%s); rows in clusters: %d = %.2f%% of rows" % (
        len(comps), ", ".join("size %d: %d" % kv for kv in sorted(sizes.items())), in_clusters,
        100.0 * in_clusters / max(1, n_rows)))
    print("planted pairs: %d" % len(planted))
    for k, v in sorted(Counter(k for _, _, k in planted).items()):
        print("  %-40s %d" % (k, v))
    print("hard negative pairs: %d (%.2f x planted)" % (len(hard), len(hard) / max(1, len(planted))))
    for k, v in sorted(Counter(k for _, _, k in hard).items()):
        print("  %-40s %d" % (k, v))
    hn_touching = sum(1 for a, b, _ in hard if a in parent or b in parent)
    print("hard negative pairs touching a planted cluster: %d" % hn_touching)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
