#!/usr/bin/env python3
"""Check a generated folder against register-format.md (standard library only).

    python3 check_outputs.py DIR [--rows N]

Parses the CSVs with the csv module and checks: header/row count, unique ids, planted and
hard-negative ids exist, enumerations use only accepted spellings (slug, product words, '&',
case, separators, documented synonyms), yes/no cells, dates and end >= start, budget formats,
currency, no formula-like leading characters, owner/partner references resolve to actors.csv
(by id, name or acronym, ignoring case and punctuation), funding recipients only with funding,
stage/driver/group names resolve to the names used, actor kinds/levels valid, member_of resolves.
"""
import csv
import re
import sys
from collections import Counter


def norm(s):
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[-_/]", " ", s)
    s = re.sub(r"[^a-z0-9 ]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def refkey(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("&", "and"))


ACT = {"funding": ["grants", "grant funding", "finance", "financial support"],
       "training and skills": ["training", "skills", "education", "fellowships", "leadership development"],
       "networking and brokerage": ["networking", "brokerage", "brokering", "convening"],
       "evaluation and evidence": ["evaluation", "evidence", "evidence generation", "real world evaluation"],
       "regulatory advice": ["regulatory support", "regulation advice", "regulatory guidance"],
       "information and signposting": ["information", "signposting", "advice and guidance"],
       "procurement and commissioning": ["procurement", "commissioning", "purchasing"],
       "infrastructure": ["facilities", "test beds"], "other": []}
FOCUS = {"clinical": [], "non clinical": ["administrative", "operational", "back office"],
         "both": ["clinical and non clinical", "clinical and administrative", "mixed"]}
RECIP = {"innovators": ["innovators only", "innovator", "developers", "suppliers"],
         "adopters": ["adopters only", "adopter", "nhs organisations", "health and care providers"],
         "both": ["innovators and adopters"], "none": ["no funding", "neither", "not funded"]}
STATUS = {"proposed": ["proposal", "draft"], "planned": ["upcoming", "forthcoming", "announced"],
          "active": ["ongoing", "underway", "live", "running", "open", "current", "in progress"],
          "concluded": ["closed", "ended", "completed", "finished"]}
KIND = {"government department": ["government", "department", "ministry"], "arms length body": ["alb", "ndpb", "public body", "arm s length body", "arms length body"],
        "regulator": [], "research funder": ["funder", "funding body"], "network": [],
        "healthcare provider": ["provider", "nhs trust", "trust"], "commissioner": ["ccg", "icb", "integrated care board"],
        "industry": ["company", "business", "firm", "sme", "private sector"], "academia": ["university", "academic", "higher education"],
        "charity": ["third sector", "voluntary sector", "foundation", "non profit"],
        "patient public group": ["patient group", "patients and public", "public"], "other": []}
LEVEL = {"national": ["nationwide"], "regional": ["region", "sub national"], "local": ["locality", "place"],
         "international": ["global", "supranational"]}
INSTR_OK = {norm(x) for x in [
    "Grants for business R&D and innovation", "grants-for-business-rnd-and-innovation", "Project grants for public research",
    "Centres of excellence grants", "Procurement programmes for R&D and innovation", "Fellowships and postgraduate loans and scholarships",
    "Networking and collaborative platforms", "Information services and access to datasets", "Technology extension and business advisory services",
    "Science and innovation challenges, prizes and awards", "Dedicated support to research infrastructures", "National strategies, agendas and plans",
    "Strategies, agendas and plans", "Emerging technology regulation", "Public awareness campaigns and other outreach activities",
    "Standards and certification for technology development and adoption", "Innovation vouchers", "Loans and credits for innovation in firms",
    "Creation or reform of governance structure or public body"]}
YES = {"yes", "no", "y", "n", "true", "false", "1", "0", "partly"}
STAGES = ["Idea generation", "Development", "Testing and evaluation", "Adoption", "Spread"]
DRIVERS = ["Skills, capabilities and leadership", "Motivations and accountabilities", "Information and evidence",
           "Relationships and networks", "Patient and public involvement and engagement", "Funding and commissioning"]
GROUPS = ["Innovators", "Adopters", "Clinicians", "Managers", "Patients and the public"]


def accepted(table):
    ok = set()
    for k, syn in table.items():
        ok.add(norm(k))
        for x in syn:
            ok.add(norm(x))
    return ok


ACT_OK, FOCUS_OK, RECIP_OK, STATUS_OK, KIND_OK, LEVEL_OK = map(accepted, (ACT, FOCUS, RECIP, STATUS, KIND, LEVEL))


def canon(table, v):
    n = norm(v)
    for k, syn in table.items():
        if n == norm(k) or n in {norm(x) for x in syn}:
            return k
    return None


def ref_ok(name, names):
    k = refkey(name)
    if k in names:
        return True
    words = set(norm(name).split())
    hits = [n for n in names.values() if words <= set(norm(n).split())]
    return len(hits) == 1


DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def span(s, end=False):
    m = DATE.match(s)
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return (y, 12, 31) if end else (y, 1, 1)
    mo = int(mo)
    if d is None:
        return (y, mo, 31) if end else (y, mo, 1)
    return (y, mo, int(d))


def main():
    folder = sys.argv[1]
    want = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else None
    errs = Counter()
    examples = {}

    def bad(kind, msg):
        errs[kind] += 1
        examples.setdefault(kind, msg)

    with open(folder + "/initiatives.csv", encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        header = rd.fieldnames
        rows = list(rd)
    with open(folder + "/actors.csv", encoding="utf-8", newline="") as f:
        actors = list(csv.DictReader(f))
    with open(folder + "/planted_pairs.csv", encoding="utf-8", newline="") as f:
        pairs = list(csv.DictReader(f))
    try:
        with open(folder + "/hard_negatives.csv", encoding="utf-8", newline="") as f:
            negs = list(csv.DictReader(f))
    except FileNotFoundError:
        negs = []
    if want is not None and len(rows) != want:
        bad("row count", "%d != %d" % (len(rows), want))
    ids = Counter(r["id"] for r in rows)
    for i, c in ids.items():
        if c > 1 or not i:
            bad("duplicate/empty id", i)
    byid = {r["id"]: r for r in rows}
    # actors
    names = {}
    aid = set()
    for a in actors:
        aid.add(a["id"])
        for k in (a["id"], a["name"], a["acronym"]):
            if k:
                if refkey(k) in names and names[refkey(k)] != a["name"]:
                    bad("ambiguous actor key", k)
                names[refkey(k)] = a["name"]
        if norm(a["kind"]) not in KIND_OK:
            bad("actor kind", a["kind"])
        if a["level"] and norm(a["level"]) not in LEVEL_OK:
            bad("actor level", a["level"])
    for a in actors:
        if a["member_of"] and not ref_ok(a["member_of"], names):
            bad("member_of unresolved", a["member_of"])
    seps = re.compile(r"\s*;\s*")
    refnames = {refkey(x): x for x in STAGES + DRIVERS + GROUPS}
    n_desc0 = n_title_only = 0
    for r in rows:
        for k, v in r.items():
            if v and v[0] in "=+-@":
                bad("formula-like cell", "%s=%r" % (k, v[:30]))
            if v and len(v) > 100000:
                bad("cell too long", k)
        if not r["name"]:
            bad("empty name", r["id"])
        if not r["description"]:
            n_desc0 += 1
        if all(not r[c] for c in header if c not in ("id", "name", "source")):
            n_title_only += 1
        for col, ok in (("activity_types", ACT_OK),):
            if r[col]:
                for v in seps.split(r[col]):
                    if norm(v) not in ok:
                        bad(col, v)
        for col, ok in (("focus", FOCUS_OK), ("funding_recipients", RECIP_OK), ("status", STATUS_OK)):
            if r[col] and norm(r[col]) not in ok:
                bad(col, r[col])
        if r["instrument_type"] and norm(r["instrument_type"]) not in INSTR_OK:
            bad("instrument_type", r["instrument_type"])
        for col in ("productivity_focus", "offers_funding", "evaluated", "rapid_evaluation"):
            if r[col] and r[col] not in YES:
                bad(col, r[col])
        of = r["offers_funding"]
        rc = canon(RECIP, r["funding_recipients"]) if r["funding_recipients"] else None
        if rc:
            if of in ("yes", "y", "true", "1") and rc == "none":
                bad("recipients none with funding", r["id"])
            if of not in ("yes", "y", "true", "1") and rc != "none":
                bad("recipients without funding", r["id"])
        for col in ("stages", "drivers", "target_groups"):
            if r[col]:
                for v in seps.split(r[col]):
                    if not ref_ok(v, refnames):
                        bad(col, v)
        for col in ("owner",):
            if r[col] and not ref_ok(r[col], names):
                bad("owner unresolved", r[col])
        if r["partners"]:
            for v in seps.split(r["partners"]):
                if not ref_ok(v, names):
                    bad("partner unresolved", v)
        b = r["budget"]
        if b:
            m = re.match(r"^(\d+)$|^(\d+) - (\d+)$|^up to (\d+)$", b)
            if not m:
                bad("budget format", b)
            elif m.group(2) and int(m.group(2)) > int(m.group(3)):
                bad("budget range reversed", b)
        if r["currency"] and not re.match(r"^[A-Z]{3}$", r["currency"]):
            bad("currency", r["currency"])
        for col in ("start_date", "end_date"):
            if r[col] and not DATE.match(r[col]):
                bad("date format", r[col])
        if r["start_date"] and r["end_date"] and DATE.match(r["start_date"]) and DATE.match(r["end_date"]):
            if span(r["end_date"], True) < span(r["start_date"]) or span(r["end_date"]) < span(r["start_date"]):
                bad("end before start", "%s %s..%s" % (r["id"], r["start_date"], r["end_date"]))
    pk = set()
    kinds = Counter()
    for p in pairs:
        for k in ("id_a", "id_b"):
            if p[k] not in byid:
                bad("planted id missing", p[k])
        if p["id_a"] == p["id_b"]:
            bad("self pair", p["id_a"])
        key = frozenset((p["id_a"], p["id_b"]))
        if key in pk:
            bad("repeated pair", str(key))
        pk.add(key)
        kinds[p["kind"]] += 1
    nk = Counter()
    for p in negs:
        for k in ("id_a", "id_b"):
            if p[k] not in byid:
                bad("negative id missing", p[k])
        if frozenset((p["id_a"], p["id_b"])) in pk:
            bad("negative is planted", str(p))
        nk[p["kind"]] += 1
    in_pairs = set()
    for p in pairs:
        in_pairs.update((p["id_a"], p["id_b"]))
    print("%s: rows=%d actors=%d planted_pairs=%d (ids in pairs=%d) hard_negatives=%d" % (folder, len(rows), len(actors), len(pairs), len(in_pairs), len(negs)))
    print("  pair kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("  hard-negative kinds: " + ", ".join("%s=%d" % kv for kv in sorted(nk.items())))
    print("  rows without description: %.1f%%, title-only rows: %.1f%%" % (100.0 * n_desc0 / len(rows), 100.0 * n_title_only / len(rows)))
    if errs:
        print("  PROBLEMS:")
        for k, c in errs.most_common():
            print("    %-32s %6d  e.g. %s" % (k, c, examples[k]))
        sys.exit(1)
    print("  all checks passed")


if __name__ == "__main__":
    main()
