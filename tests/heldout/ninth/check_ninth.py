#!/usr/bin/env python3
"""Check a folder written by generate_ninth.py.

    python3 check_ninth.py DIR

Parses initiatives.csv and actors.csv as register-format.md describes them (as read by the
author of this script: see README.md for the questions), checks the required columns, the
accepted value and date forms, the ids, and the labels (planted_pairs.csv, hard_negatives.csv,
truth_identities.csv), then prints counts.  Exit status 1 if any error was found.
Python 3 standard library only.
"""
import calendar
import csv
import io
import os
import re
import sys
from collections import Counter, defaultdict

# ---------------------------------------------------------------------------
# Value vocabularies, from register-format.md
# ---------------------------------------------------------------------------
INVISIBLE = "\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007"


def clean(v):
    if v is None:
        return ""
    return v.strip(" \t\r\n" + INVISIBLE)


def norm(v):
    """Case, '&' for 'and', apostrophes, and spaces/hyphens/underscores/slashes (and other punctuation) between words."""
    v = clean(v).lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    v = re.sub(r"[^0-9a-z]+", " ", v)
    return v.strip()


def vocab(table):
    out = {}
    for canon, alts in table.items():
        out[norm(canon)] = canon
        for a in alts:
            out[norm(a)] = canon
    return out


ACTIVITY = vocab({
    "funding": ["grants", "grant funding", "finance", "financial support"],
    "training-and-skills": ["training and skills", "training", "skills", "education", "fellowships", "leadership development"],
    "networking-and-brokerage": ["networking and brokerage", "networking", "brokerage", "brokering", "convening"],
    "evaluation-and-evidence": ["evaluation and evidence", "evaluation", "evidence", "evidence generation", "real world evaluation"],
    "regulatory-advice": ["regulatory advice", "regulatory support", "regulation advice", "regulatory guidance"],
    "information-and-signposting": ["information and signposting", "information", "signposting", "advice and guidance"],
    "procurement-and-commissioning": ["procurement and commissioning", "procurement", "commissioning", "purchasing"],
    "infrastructure": ["facilities", "test beds", "testbeds"],
    "other": [],
})
FOCUS = vocab({
    "clinical": [],
    "non-clinical": ["non clinical", "administrative", "operational", "back office", "nonclinical"],
    "both": ["clinical and non clinical", "clinical and administrative", "mixed"],
})
RECIPIENTS = vocab({
    "innovators": ["innovators only", "innovator", "developers", "suppliers"],
    "adopters": ["adopters only", "adopter", "NHS organisations", "health and care providers"],
    "both": ["innovators and adopters", "adopters and innovators"],
    "none": ["no funding", "neither", "not funded"],
})
STATUS = vocab({
    "active": ["ongoing", "underway", "live", "running", "open", "current", "in progress", "under way"],
    "concluded": ["closed", "ended", "completed", "finished", "complete"],
    "planned": ["upcoming", "forthcoming", "announced"],
    "proposed": ["proposal", "draft"],
})
YESNO = vocab({"yes": ["y", "true", "1"], "no": ["n", "false", "0"], "partly": []})
ACTOR_KIND = vocab({
    "government-department": ["government department", "government", "department", "ministry", "govt department"],
    "arms-length-body": ["arms length body", "arm's length body", "ALB", "NDPB", "public body", "arms length",
                         "non departmental public body"],
    "regulator": [],
    "research-funder": ["research funder", "funder", "funding body"],
    "network": [],
    "healthcare-provider": ["healthcare provider", "provider", "NHS trust", "trust", "NHS provider", "health care provider"],
    "commissioner": ["CCG", "ICB", "integrated care board", "commissioning body"],
    "industry": ["company", "business", "firm", "SME", "private sector"],
    "academia": ["university", "academic", "higher education"],
    "charity": ["third sector", "voluntary sector", "foundation", "non profit"],
    "patient-public-group": ["patient/public group", "patient group", "patients and public", "public", "patient and public group"],
    "other": [],
})
ACTOR_LEVEL = vocab({
    "national": ["nationwide", "country"], "regional": ["region", "sub national"],
    "local": ["locality", "place"], "international": ["global", "supranational"],
})
INSTR_2019 = {
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
INSTR_LATER = {
    "national-strategies-and-plans": ["Strategies, agendas and plans"],
    "corporate-tax-relief": ["Tax or social contributions relief for firms investing in R&D and innovation"],
    "emerging-technology-regulation": ["Science and technology regulation and soft law", "Science and technology regulation"],
    "research-infrastructure-support": ["Dedicated support to research and technical infrastructures"],
}
INSTRUMENT = vocab({s: [lab] + INSTR_LATER.get(s, []) for s, lab in INSTR_2019.items()})

COUNTRY_OK = {norm(x) for x in [
    "UK", "United Kingdom", "GB", "GBR", "England", "ENG", "GB-ENG", "Wales", "WLS", "GB-WLS", "Scotland", "SCT",
    "GB-SCT", "Northern Ireland", "NIR", "GB-NIR"]}
NATION_OF = {}
for _n, _forms in [("England", ["England", "ENG", "GB-ENG"]), ("Wales", ["Wales", "WLS", "GB-WLS"]),
                   ("Scotland", ["Scotland", "SCT", "GB-SCT"]), ("Northern Ireland", ["Northern Ireland", "NIR", "GB-NIR"]),
                   ("UK", ["UK", "United Kingdom", "GB", "GBR"])]:
    for _f in _forms:
        NATION_OF[norm(_f)] = _n
CURRENCIES = {"GBP", "EUR", "USD", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK"}

INITIATIVE_COLS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
                   "productivity_focus", "offers_funding", "evaluated", "rapid_evaluation", "funding_recipients",
                   "stages", "drivers", "target_groups", "technology_area", "budget", "currency", "budget_period",
                   "start_date", "end_date", "status", "source"]
ANALYSIS_PROPS = ["country", "jurisdiction", "region"]
HEADER_ALIASES = {"stage": "stages", "driver": "drivers", "target_group": "target_groups", "activity_type": "activity_types"}

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------
MONTHS = {}
for _i in range(1, 13):
    MONTHS[calendar.month_name[_i].lower()] = _i
    MONTHS[calendar.month_abbr[_i].lower()] = _i
MONTHS["sept"] = 9
TIME_TAIL = re.compile(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)$")
FY = re.compile(r"^(?:fy\s*)?\d{4}\s*[/-]\s*\d{2}$", re.I)


def valid_day(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def parse_date(s):
    """Return (earliest, latest) as (y, m, d) tuples, or raise ValueError with a reason."""
    s = clean(s)
    if FY.match(s) and not re.match(r"^\d{4}-\d{2}$", s):
        raise ValueError("financial year is not a date")
    if re.match(r"^\d{4}-\d{2}$", s) and int(s[5:7]) > 12:
        raise ValueError("financial year is not a date")
    t = TIME_TAIL.sub("", s).strip()
    m = re.match(r"^(\d{4})$", t)
    if m:
        y = int(m.group(1))
        return (y, 1, 1), (y, 12, 31), "y"
    m = re.match(r"^(\d{4})-(\d{1,2})$", t)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise ValueError("bad month")
        return (y, mo, 1), (y, mo, calendar.monthrange(y, mo)[1]), "m"
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", t)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not valid_day(y, mo, d):
            raise ValueError("no such day")
        return (y, mo, d), (y, mo, d), "d"
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if mo > 12:
            raise ValueError("month above 12: written month first?")
        if not valid_day(y, mo, d):
            raise ValueError("no such day")
        return (y, mo, d), (y, mo, d), "d"
    m = re.match(r"^(\d{1,2})[/.](\d{4})$", t)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise ValueError("bad month")
        return (y, mo, 1), (y, mo, calendar.monthrange(y, mo)[1]), "m"
    m = re.match(r"^(\d{1,2})[\s-]([A-Za-z]+)\.?[\s-](\d{4})$", t)
    if m and m.group(2).lower() in MONTHS:
        d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        if not valid_day(y, mo, d):
            raise ValueError("no such day")
        return (y, mo, d), (y, mo, d), "d"
    m = re.match(r"^([A-Za-z]+)\.?[\s-](\d{4})$", t)
    if m and m.group(1).lower() in MONTHS:
        mo, y = MONTHS[m.group(1).lower()], int(m.group(2))
        return (y, mo, 1), (y, mo, calendar.monthrange(y, mo)[1]), "m"
    raise ValueError("not a date form the format reads")


# ---------------------------------------------------------------------------
# Budget
# ---------------------------------------------------------------------------
AMOUNT = r"£?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
BUDGET_RE = re.compile(r"^(?:(?:up to\s+)?%s|%s\s*-\s*%s)$" % (AMOUNT, AMOUNT, AMOUNT), re.I)


def amount_value(a):
    return float(a.replace("£", "").replace(",", "").strip())


def check_budget(v):
    v = clean(v)
    if not BUDGET_RE.match(v):
        raise ValueError("not an amount, range or 'up to' amount")
    if " - " in v or re.search(r"\d\s*-\s*£?\d", v):
        lo, hi = [amount_value(x) for x in re.split(r"\s*-\s*", v)]
        if hi < lo:
            raise ValueError("range reversed")


# ---------------------------------------------------------------------------
def read_csv(path):
    with open(path, "r", encoding="utf-8-sig", newline="") as f:
        text = f.read()
    first = text.split("\n", 1)[0]
    counts = {",": first.count(","), ";": first.count(";"), "\t": first.count("\t")}
    sep = max(counts, key=lambda k: counts[k])
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    return sep, rows


def header_key(h):
    k = norm(h).replace(" ", "_")
    return HEADER_ALIASES.get(k, k)


class Report(object):
    def __init__(self):
        self.errors = Counter()
        self.examples = defaultdict(list)
        self.info = Counter()

    def err(self, what, example):
        self.errors[what] += 1
        if len(self.examples[what]) < 3:
            self.examples[what].append(example)


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    d = argv[1]
    R = Report()
    # ----------------------------------------------------------------- actors
    actor_keys = {}
    actor_ids = set()
    p_act = os.path.join(d, "actors.csv")
    n_actors = 0
    if os.path.exists(p_act):
        sep, rows = read_csv(p_act)
        hdr = [header_key(h) for h in rows[0]]
        for req in ("id", "name", "kind"):
            if req not in hdr:
                R.err("actors: required column missing", req)
        idx = {h: i for i, h in enumerate(hdr)}
        members = []
        for rn, r in enumerate(rows[1:], start=2):
            if not any(clean(x) for x in r):
                continue
            n_actors += 1
            g = lambda c: clean(r[idx[c]]) if c in idx and idx[c] < len(r) else ""
            aid, name = g("id"), g("name")
            if not aid or not name:
                R.err("actors: id or name empty", rn)
            if aid in actor_ids:
                R.err("actors: duplicate id", aid)
            actor_ids.add(aid)
            for k in (aid, name, g("acronym")):
                if k:
                    actor_keys.setdefault(norm(k), aid)
            if g("kind") and norm(g("kind")) not in ACTOR_KIND:
                R.err("actors: kind not accepted", g("kind"))
            if g("level") and norm(g("level")) not in ACTOR_LEVEL:
                R.err("actors: level not accepted", g("level"))
            for m in g("member_of").split(";"):
                if clean(m):
                    members.append((rn, clean(m)))
        for rn, m in members:
            if norm(m) not in actor_keys:
                R.err("actors: member_of names no actor", "%s (row %d)" % (m, rn))
    # ------------------------------------------------------------ initiatives
    p_ini = os.path.join(d, "initiatives.csv")
    sep, rows = read_csv(p_ini)
    raw_hdr = rows[0]
    hdr = [header_key(h) for h in raw_hdr]
    for req in ("id", "name"):
        if req not in hdr:
            R.err("initiatives: required column missing", req)
    known = set(INITIATIVE_COLS)
    extra = [raw_hdr[i] for i, h in enumerate(hdr) if h not in known]
    if len(set(hdr)) != len(hdr):
        R.err("initiatives: header names a column twice", hdr)
    idx = {h: i for i, h in enumerate(hdr)}
    recs = {}
    order = []
    n_rows = 0
    unresolved = Counter()
    subset_resolved = Counter()
    fill = Counter()
    form_counts = defaultdict(Counter)
    word_index = defaultdict(set)
    if os.path.exists(p_act):
        _, arows = read_csv(p_act)
        ah = [header_key(h) for h in arows[0]]
        ai = {h: i for i, h in enumerate(ah)}
        for r in arows[1:]:
            if len(r) > ai["name"]:
                for w in set(norm(r[ai["name"]]).split()):
                    word_index[w].add(r[ai["id"]])
    for rn, r in enumerate(rows[1:], start=2):
        if not any(clean(x) for x in r):
            continue
        n_rows += 1
        if len(r) != len(raw_hdr):
            R.err("initiatives: row has a different number of cells from the header", rn)
        rec = {}
        for h, i in idx.items():
            v = r[i] if i < len(r) else ""
            if len(v) > 100000:
                R.err("cell longer than 100,000 characters", "row %d %s" % (rn, h))
            if v[:1] in ("=", "+", "-", "@", "'"):
                R.err("cell starts with a formula character or apostrophe", "row %d %s: %r" % (rn, h, v[:30]))
            rec[h] = clean(v)
            if rec[h]:
                fill[h] += 1
        rid = rec.get("id", "")
        if not rid:
            R.err("initiatives: id empty", rn)
        if not rec.get("name"):
            R.err("initiatives: name empty", rn)
        if rid in recs:
            R.err("initiatives: duplicate id", rid)
        recs[rid] = rec
        order.append(rid)
        # enumerations
        for c, voc in (("focus", FOCUS), ("status", STATUS), ("instrument_type", INSTRUMENT)):
            v = rec.get(c, "")
            if v:
                if norm(v) not in voc:
                    R.err("%s value not accepted" % c, v)
                else:
                    form_counts[c][v] += 1
        for c in ("productivity_focus", "offers_funding", "evaluated", "rapid_evaluation"):
            v = rec.get(c, "")
            if v:
                if norm(v) not in YESNO:
                    R.err("%s: not a yes/no value" % c, v)
                form_counts["yes/no"][v] += 1
        v = rec.get("activity_types", "")
        if v:
            for item in v.split(";"):
                item = clean(item)
                if not item:
                    continue
                if norm(item) not in ACTIVITY:
                    R.err("activity_types value not accepted", item)
                form_counts["activity_types"][item] += 1
        v = rec.get("funding_recipients", "")
        if v:
            if norm(v) not in RECIPIENTS:
                R.err("funding_recipients value not accepted", v)
            else:
                rv = RECIPIENTS[norm(v)]
                of = YESNO.get(norm(rec.get("offers_funding", "")), "")
                if of == "no" and rv != "none":
                    R.err("recipients named although offers_funding is no", rid)
                if of == "yes" and rv == "none":
                    R.err("funding offered but recipients none (model validator)", rid)
        # dates
        spans = {}
        for c in ("start_date", "end_date"):
            v = rec.get(c, "")
            if v:
                try:
                    e, l, prec = parse_date(v)
                    spans[c] = (e, l)
                    form_counts["date precision"][prec] += 1
                except ValueError as ex:
                    R.err("%s: %s" % (c, ex), v)
        if "start_date" in spans and "end_date" in spans:
            if spans["end_date"][1] < spans["start_date"][0]:
                R.err("end before start", rid)
            elif spans["end_date"][0] < spans["start_date"][0]:
                R.info["end span starts before start span starts (allowed when compared as spans)"] += 1
        # budget
        v = rec.get("budget", "")
        if v:
            try:
                check_budget(v)
                kind = "up to" if v.lower().startswith("up to") else ("range" if re.search(r"\d\s*-\s*£?\d", v) else "amount")
                form_counts["budget form"][kind + (" with £" if "£" in v else "") + (" with commas" if "," in v else "")] += 1
            except ValueError as ex:
                R.err("budget: %s" % ex, v)
        v = rec.get("currency", "")
        if v and (not re.match(r"^[A-Z]{3}$", v) or v not in CURRENCIES):
            R.err("currency is not an ISO 4217 code", v)
        if v and not rec.get("budget"):
            R.info["currency given without a budget"] += 1
        v = rec.get("country", "")
        if v and norm(v) not in COUNTRY_OK:
            R.err("country not read as a country", v)
        # references
        for c in ("owner", "partners"):
            for ref in rec.get(c, "").split(";"):
                ref = clean(ref)
                if not ref:
                    continue
                if norm(ref) in actor_keys:
                    continue
                ws = norm(ref).split()
                cands = None
                for w in ws:
                    s = word_index.get(w, set())
                    cands = s if cands is None else (cands & s)
                if cands is not None and len(cands) == 1:
                    subset_resolved[ref] += 1
                else:
                    unresolved[ref] += 1
    # ------------------------------------------------------------------ labels
    def read_pairs(fn):
        p = os.path.join(d, fn)
        with open(p, encoding="utf-8-sig", newline="") as f:
            rr = list(csv.reader(f))
        if not rr or [h.strip() for h in rr[0]] != ["id_a", "id_b", "kind"]:
            R.err("%s: header is not id_a,id_b,kind" % fn, rr[0] if rr else None)
        out = []
        seen = set()
        for r in rr[1:]:
            if len(r) != 3:
                R.err("%s: row without three cells" % fn, r)
                continue
            a, b, k = r
            if a not in recs or b not in recs:
                R.err("%s: id not in initiatives.csv" % fn, (a, b))
            if a == b:
                R.err("%s: pair of an id with itself" % fn, a)
            key = (min(a, b), max(a, b))
            if key in seen:
                R.err("%s: pair listed twice" % fn, key)
            seen.add(key)
            out.append((a, b, k))
        return out, seen

    planted, planted_set = read_pairs("planted_pairs.csv")
    hard, hard_set = read_pairs("hard_negatives.csv")
    for k in planted_set & hard_set:
        R.err("pair is both planted and hard negative", k)
    ident = {}
    with open(os.path.join(d, "truth_identities.csv"), encoding="utf-8-sig", newline="") as f:
        tr = list(csv.reader(f))
    if [h.strip() for h in tr[0]] != ["id", "identity"]:
        R.err("truth_identities.csv: header is not id,identity", tr[0])
    for r in tr[1:]:
        if r[0] in ident:
            R.err("truth: id listed twice", r[0])
        ident[r[0]] = r[1]
    missing = [i for i in recs if i not in ident]
    if missing:
        R.err("truth: ids without identity", missing[:3])
    for i in ident:
        if i not in recs:
            R.err("truth: id not in initiatives.csv", i)
    groups = defaultdict(list)
    for i in order:
        if i in ident:
            groups[ident[i]].append(i)
    multi = {g: ids for g, ids in groups.items() if len(ids) > 1}
    expected = set()
    for g, ids in multi.items():
        if len(ids) > 3:
            R.err("identity with more than three rows", g)
        owners = [norm(recs[i].get("owner", "")) for i in ids]
        nonempty = [o for o in owners if o]
        if len(set(nonempty)) < len(nonempty):
            R.err("planted cluster rows with the same owner", ids)
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                expected.add((min(ids[x], ids[y]), max(ids[x], ids[y])))
    if expected != planted_set:
        R.err("planted pairs are not exactly the rows sharing an identity",
              "%d expected, %d listed, %d in common" % (len(expected), len(planted_set), len(expected & planted_set)))
    for a, b, k in hard:
        if a in ident and b in ident and ident[a] == ident[b]:
            R.err("hard negative shares an identity", (a, b))
    # the difference a hard negative states
    rn_re = re.compile(r"\b(round|wave|cohort|phase|call|competition)\s+(\d+)", re.I)

    def text(i):
        r = recs[i]
        return " ".join([r.get("name", ""), r.get("description", ""), r.get("region", ""), r.get("technology_area", "")])

    stated_fail = Counter()
    for a, b, k in hard:
        if a not in recs or b not in recs:
            continue
        ra, rb = recs[a], recs[b]
        ok = True
        if k == "devolved_counterpart":
            na, nb = NATION_OF.get(norm(ra.get("country", ""))), NATION_OF.get(norm(rb.get("country", "")))
            dev = {"Wales", "Scotland", "Northern Ireland"}
            ok = bool(na and nb and na != nb and ((na in dev) != (nb in dev)))
        elif k in ("successor_or_predecessor", "next_round"):
            da, db = ra.get("start_date"), rb.get("start_date")
            ok = False
            if da and db:
                try:
                    ok = parse_date(da)[0][:2] != parse_date(db)[0][:2]
                except ValueError:
                    ok = False
            if k == "next_round":
                ra_n = {m[1] for m in rn_re.findall(text(a))}
                rb_n = {m[1] for m in rn_re.findall(text(b))}
                ok = ok or bool(ra_n and rb_n and ra_n != rb_n)
        elif k == "same_name_other_body":
            ok = bool(ra.get("owner") and rb.get("owner") and norm(ra["owner"]) != norm(rb["owner"]))
        elif k == "pilot_vs_scaleup":
            ta, tb = text(a).lower(), text(b).lower()
            pil = lambda t: "pilot" in t
            sc = lambda t: any(w in t for w in ("roll-out", "rolled out", "scale-up", "roll out"))
            ok = (pil(ta) and sc(tb)) or (pil(tb) and sc(ta))
        elif k == "strand_vs_whole":
            ok = any(w in (text(a) + " " + text(b)).lower() for w in ("strand", "stream", "sub-programme"))
        else:
            ok = text(a) != text(b)
        if not ok:
            stated_fail[k] += 1
    # ------------------------------------------------------------------ report
    print("== %s" % d)
    print("initiatives.csv: %d rows, separator %r, %d columns (%d not register columns, kept as properties: %s)"
          % (n_rows, sep, len(raw_hdr), len(extra), ", ".join(extra)))
    print("actors.csv: %d actors" % n_actors)
    print("ids unique: %s" % ("yes" if len(recs) == n_rows else "NO"))
    print("filled cells per column: " + ", ".join("%s %d%%" % (h, round(100.0 * fill[h] / max(1, n_rows))) for h in hdr))
    refs = sum(unresolved.values()) + sum(subset_resolved.values())
    print("owner/partner references not found by id, name or acronym: %d (of which %d found by the 'all words in one name' rule; the rest would be created as new actors with a warning)"
          % (refs, sum(subset_resolved.values())))
    for k, v in unresolved.most_common(8):
        print("   new actor: %-60s x%d" % (k, v))
    for c in ("date precision", "budget form", "status", "yes/no"):
        print("%s: %s" % (c, ", ".join("%s %d" % kv for kv in form_counts[c].most_common(12))))
    sizes = Counter(len(v) for v in multi.values())
    rows_in = sum(len(v) for v in multi.values())
    print("planted clusters: %d (%s); rows taking part: %d (%.2f%% of rows); planted pairs: %d (%s)"
          % (len(multi), ", ".join("%d of size %d" % (n, s) for s, n in sorted(sizes.items())), rows_in,
             100.0 * rows_in / max(1, n_rows), len(planted), ", ".join("%s %d" % kv for kv in Counter(k for _, _, k in planted).most_common())))
    hk = Counter(k for _, _, k in hard)
    print("hard-negative pairs: %d (%.1f per planted pair): %s" % (len(hard), len(hard) / max(1, len(planted)),
                                                                 ", ".join("%s %d" % kv for kv in hk.most_common())))
    rows_hn = len({x for a, b, _ in hard for x in (a, b)})
    print("rows in at least one hard-negative pair: %d; identities: %d" % (rows_hn, len(groups)))
    print("hard negatives whose stated difference this script could not find: %d %s"
          % (sum(stated_fail.values()), dict(stated_fail) if stated_fail else ""))
    for k, v in R.info.items():
        print("note: %s: %d" % (k, v))
    if R.errors:
        print("ERRORS:")
        for k, v in R.errors.most_common():
            print("  %-70s %6d   e.g. %s" % (k, v, R.examples[k]))
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
