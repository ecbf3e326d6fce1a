#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate a directory written by generate_seventh.py against docs/register-format.md.

python3 check_seventh.py DIR [--rows N] [--examples K]

Checks (errors make the exit status 1):
  * initiatives.csv / actors.csv parse, the separator is the one the header uses most, required columns exist;
  * ids present (after removing spaces and invisible characters), unique (also case-insensitively), names present;
  * every owner / partner / member_of resolves to exactly one actor by id, name or acronym, using the
    format doc's matching (case, &/and, punctuation and spacing, a missing "and"/"of", plural -s on longer words);
  * enumerations (activity types, instrument type, focus, funding recipients, status, yes/no columns, actor
    kind and level) are values or synonyms the doc accepts;
  * dates are in a form the doc reads (never month-first), end not before start; budgets are an amount, a range
    or "up to"; currency is a three-letter code; funding recipients only where offers_funding is not "no";
  * no cell starts with = + - @ (would be read back differently), no cell longer than 100,000 characters;
  * planted_pairs.csv / hard_negatives.csv: header id_a,id_b,kind, ids exist, no self pairs or repeats, every
    duplicate cluster lists all its pairs, no hard negative joins two records of one cluster;
  * the row count equals --rows when given;
  * hard negatives whose names, descriptions, dates, places (region) and populations (beneficiaries) carry no
    difference: everything one record says (ignoring stop words, typos and re-log marks) is also said by the other and
    the dates are within six months;
  * with truth_identities.csv / truth_forms.csv (written by the generator: the identity of each record's programme):
    every record has one identity row; records of one programme are exactly the planted clusters; every fact the
    generator says a record states (stated axes) can be read in its name, description, region or beneficiaries;
    no two records of different programmes share what (product / programme) and where (site, owner, company, country)
    -- or a national programme's product and a local adoption of it at that site -- without a visible difference
    (an axis both state in words only their own value could mean, or dates > 6 months apart for phase / round / wave),
    nor do records whose place words also fit another site of the same programme; and every hard negative shows
    such a difference.
It prints counts (rows, actors, planted pairs, hard negatives, kinds) and the fraction of empty cells per column.
"""
import argparse
import collections
import csv
import os
import html
import re
import sys

INVISIBLE = "\u00a0\u200b\u200c\u200d\u2060\ufeff\u2009\u202f\u2007\u3000"


def clean(v):
    if v is None:
        return ""
    return v.strip().strip(INVISIBLE).strip()


def words_key(s):
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[\s\-_/]+", " ", s).strip()
    return s


def enum_key(s):
    return re.sub(r"[^a-z0-9' ]", "", words_key(s)).replace("'", "")


def ref_keys(s):
    """Exact-ish key and a plural-insensitive key for actor references."""
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = [t for t in s.split() if t not in ("and", "of")]
    k1 = " ".join(toks)
    k2 = " ".join(t[:-1] if (len(t) > 4 and t.endswith("s")) else t for t in toks)
    return k1, k2


def vocab(pairs):
    out = {}
    for value, syns in pairs.items():
        for s in [value, value.replace("-", " ")] + syns:
            out[enum_key(s)] = value
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
INSTRUMENT_SLUGS = {
    "centres-of-excellence-grants": ["Centres of excellence grants"],
    "corporate-tax-relief": ["Corporate tax relief for R&D and innovation", "Tax or social contributions relief for firms investing in R&D and innovation"],
    "governance-structure-or-public-body": ["Creation or reform of governance structure or public body"],
    "debt-guarantees-and-risk-sharing": ["Debt guarantees and risk sharing schemes"],
    "research-infrastructure-support": ["Dedicated support to research infrastructures", "Dedicated support to research and technical infrastructures"],
    "emerging-technology-regulation": ["Emerging technology regulation", "Science and technology regulation and soft law", "Science and technology regulation"],
    "equity-financing": ["Equity financing"],
    "fellowships-and-scholarships": ["Fellowships and postgraduate loans and scholarships"],
    "stakeholder-consultation": ["Formal consultation of stakeholders or experts"],
    "grants-for-business-rnd-and-innovation": ["Grants for business R&D and innovation"],
    "horizontal-sti-coordination-bodies": ["Horizontal STI coordination bodies"],
    "information-services-and-datasets": ["Information services and access to datasets"],
    "innovation-vouchers": ["Innovation vouchers"],
    "institutional-funding-for-public-research": ["Institutional funding for public research"],
    "intellectual-property-regulation": ["Intellectual property regulation and incentives"],
    "labour-mobility-regulation": ["Labour mobility regulation and incentives"],
    "loans-and-credits-for-innovation": ["Loans and credits for innovation in firms"],
    "national-strategies-and-plans": ["National strategies, agendas and plans", "Strategies, agendas and plans"],
    "networking-and-collaborative-platforms": ["Networking and collaborative platforms"],
    "policy-intelligence": ["Policy intelligence (e.g. evaluations, benchmarking and forecasts)"],
    "procurement-for-rnd-and-innovation": ["Procurement programmes for R&D and innovation"],
    "project-grants-for-public-research": ["Project grants for public research"],
    "public-awareness-and-outreach": ["Public awareness campaigns and other outreach activities"],
    "regulatory-oversight-and-ethics-bodies": ["Regulatory oversight and ethical advice bodies"],
    "challenges-prizes-and-awards": ["Science and innovation challenges, prizes and awards"],
    "standards-and-certification": ["Standards and certification for technology development and adoption"],
    "technology-extension-and-advisory-services": ["Technology extension and business advisory services"],
    "tax-relief-for-individuals": ["Tax relief for individuals supporting R&D and innovation"],
}
INSTRUMENT = vocab(INSTRUMENT_SLUGS)
FOCUS = vocab({"clinical": [], "non-clinical": ["non clinical", "administrative", "operational", "back office", "nonclinical"],
               "both": ["clinical and non clinical", "clinical and administrative", "mixed"]})
RECIPIENTS = vocab({"innovators": ["innovators only", "innovator", "developers", "suppliers"],
                    "adopters": ["adopters only", "adopter", "NHS organisations", "health and care providers"],
                    "both": ["innovators and adopters", "adopters and innovators"],
                    "none": ["no funding", "neither", "not funded"]})
STATUS = vocab({"active": ["ongoing", "underway", "live", "running", "open", "current", "in progress", "under way"],
                "concluded": ["closed", "ended", "completed", "finished", "complete"],
                "planned": ["upcoming", "forthcoming", "announced"], "proposed": ["proposal", "draft"]})
YESNO = {"yes": "yes", "no": "no", "y": "yes", "n": "no", "true": "yes", "false": "no", "1": "yes", "0": "no", "partly": "partly"}
KIND = vocab({"government-department": ["government", "department", "ministry", "govt department"],
              "arms-length-body": ["ALB", "NDPB", "public body", "arms length", "non departmental public body", "arm's length body"],
              "regulator": [], "research-funder": ["funder", "funding body"],
              "network": [], "healthcare-provider": ["provider", "NHS trust", "trust", "NHS provider", "health care provider"],
              "commissioner": ["CCG", "ICB", "integrated care board", "commissioning body"],
              "industry": ["company", "business", "firm", "SME", "private sector"],
              "academia": ["university", "academic", "higher education"],
              "charity": ["third sector", "voluntary sector", "foundation", "non profit"],
              "patient-public-group": ["patient group", "patients and public", "public", "patient and public group", "patient/public group"],
              "other": []})
LEVEL = vocab({"national": ["nationwide", "country"], "regional": ["region", "sub national"], "local": ["locality", "place"],
               "international": ["global", "supranational"]})

MONTHS = {m.lower(): i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                                   "September", "October", "November", "December"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
DIM = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def last_day(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return DIM[m - 1]


def parse_date(v):
    """Return (first, last) as (y, m, d) tuples, or None if not a form the format doc reads."""
    s = v.strip()
    s = re.sub(r"(T|\s)\d{1,2}:\d{2}(:\d{2})?(\.\d+)?\s*(AM|PM|am|pm)?\s*(Z|[+-]\d{2}:?\d{2})?$", "", s).strip()
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        y = int(m.group(1))
        return (y, 1, 1), (y, 12, 31)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return (y, mo, 1), (y, mo, last_day(y, mo))
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", s)
        if m:
            d, mo, y = map(int, m.groups())
        else:
            m = re.fullmatch(r"(\d{1,2})[/.](\d{4})", s)
            if m:
                mo, y = int(m.group(1)), int(m.group(2))
                if 1 <= mo <= 12:
                    return (y, mo, 1), (y, mo, last_day(y, mo))
                return None
            m = re.fullmatch(r"(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})", s)
            if m and m.group(2).lower() in MONTHS:
                d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
            else:
                m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{4})", s)
                if m and m.group(1).lower() in MONTHS:
                    y, mo = int(m.group(2)), MONTHS[m.group(1).lower()]
                    return (y, mo, 1), (y, mo, last_day(y, mo))
                return None
    if not (1 <= mo <= 12) or not (1 <= d <= last_day(y, mo)):
        return None
    return (y, mo, d), (y, mo, d)


# ---------------------------------------------------------------- label truth: reading facts back out of records
# (this block is repeated word for word in check_seventh.py, which must not import the generator)
# How records are read for the identity and visible-difference checks: the generator's own reading (one copy of it),
# imported from the generator beside this file.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_seventh import form_tokens, has_form, record_tokens, surface_same, visible_difference  # noqa: E402

BUDGET_RE = re.compile(r"^(?:up to\s+)?\d+(?:\.\d+)?$|^\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?$", re.I)


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        text = fh.read()
    first = text.split("\n", 1)[0]
    sep = max([",", ";", "\t"], key=lambda c: first.count(c))
    rdr = csv.reader(text.splitlines(True), delimiter=sep)
    rows = list(rdr)
    header = [re.sub(r"[\s\-/]+", "_", clean(h).lower()) for h in rows[0]]
    return header, rows[1:], sep


class Report(object):
    def __init__(self):
        self.errors = collections.OrderedDict()
        self.warnings = collections.OrderedDict()

    def err(self, kind, msg):
        self.errors.setdefault(kind, []).append(msg)

    def warn(self, kind, msg):
        self.warnings.setdefault(kind, []).append(msg)


def read_truth(d):
    """{id: (programme, what, where, implies, {axis: (value, formset)}, stated)}, {formset: [forms]} or (None, None)."""
    import os
    if not (os.path.exists(d + "/truth_identities.csv") and os.path.exists(d + "/truth_forms.csv")):
        return None, None
    forms = {}
    with open(d + "/truth_forms.csv", newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        next(rd)
        for r in rd:
            forms[int(r[0])] = r[1].split(" | ") if r[1] else []
    out = {}
    with open(d + "/truth_identities.csv", newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        for r in rd:
            ax = {}
            for part in r["axes"].split(";"):
                if part:
                    k, v = part.split("=", 1)
                    v, fid = v.rsplit("@", 1)
                    ax[k] = (v, int(fid))
            out[r["id"]] = (r["programme"], r["what"], r["where"], [x for x in r["implies"].split(";") if x], ax,
                            set(x for x in r["stated"].split(";") if x), r)
    return out, forms


def check_identities(d, R, ids, rows_by_id, toks, planted, hard, find, parent):
    truth, forms = read_truth(d)
    if truth is None:
        R.warn("no truth_identities.csv / truth_forms.csv", "identity checks skipped")
        return None
    for rid in ids:
        if rid not in truth:
            R.err("record without identity row", rid)
    for rid in truth:
        if rid not in ids:
            R.err("identity row for unknown record", rid)
    ids_ok = [rid for rid in ids if rid in truth]
    # records of one programme are exactly the planted clusters
    by_prog = collections.defaultdict(list)
    for rid in ids_ok:
        by_prog[truth[rid][0]].append(rid)
    pset = set((min(a, b), max(a, b)) for a, b, _ in planted)
    for prog, mem in by_prog.items():
        for i in range(len(mem)):
            for j in range(i + 1, len(mem)):
                if (min(mem[i], mem[j]), max(mem[i], mem[j])) not in pset:
                    R.err("records of one programme not planted", "%s / %s (%s)" % (mem[i], mem[j], prog))
    for a, b, _ in planted:
        if a in truth and b in truth and truth[a][0] != truth[b][0]:
            R.err("planted pair of two programmes", "%s / %s" % (a, b))
    # every fact a record is said to state can be read in it
    not_readable = 0
    for rid in ids_ok:
        prog, what, where, implies, ax, stated, _ = truth[rid]
        miss = [a for a in sorted(stated) if a in ax and not any(has_form(toks(rid), f) for f in forms.get(ax[a][1], []))]
        if miss:
            not_readable += 1
            R.err("stated fact not readable in the record", "%s: %s in %r" % (rid, ",".join(miss), rows_by_id[rid]["name"][:70]))

    def differs(x, y, drop_what=False):
        ax, ay = truth[x][4], truth[y][4]
        if drop_what:
            ax = dict((k, v) for k, v in ax.items() if k != "what")
            ay = dict((k, v) for k, v in ay.items() if k != "what")
        return visible_difference(toks(x), toks(y), ax, ay, forms, rows_by_id[x], rows_by_id[y])

    def describe(x):
        return "%s %r" % (x, rows_by_id[x]["name"][:60])

    # records of different programmes at the same what and where
    groups = collections.defaultdict(list)
    for rid in ids_ok:
        groups[(truth[rid][1], truth[rid][2])].append(rid)
    same_site = 0
    recs = set()
    seen = set()

    def collide(x, y, drop_what, label):
        key = (min(x, y), max(x, y))
        if key in seen:
            return 0
        seen.add(key)
        if differs(x, y, drop_what):
            return 0
        if label.startswith("unlabelled duplicate"):
            recs.update(key)
        R.err(label, "%s / %s" % (describe(x), describe(y)))
        return 1

    for (what, where), mem in groups.items():
        if len(mem) < 2:
            continue
        for i in range(len(mem)):
            for j in range(i + 1, len(mem)):
                if truth[mem[i]][0] != truth[mem[j]][0]:
                    same_site += collide(mem[i], mem[j], False, "unlabelled duplicate: same programme and site, no visible difference")
    for rid in ids_ok:
        for p in truth[rid][3]:
            for other in groups.get((p, truth[rid][2]), ()):
                if truth[other][0] != truth[rid][0]:
                    same_site += collide(rid, other, True, "unlabelled duplicate: same programme and site, no visible difference")
    # place words that fit another site of the same programme
    wheres = collections.defaultdict(dict)
    for rid in ids_ok:
        ax = truth[rid][4]
        if "where" in ax:
            wheres[truth[rid][1]][ax["where"][0]] = ax["where"][1]
    other_site = 0
    by_what = collections.defaultdict(list)
    for rid in ids_ok:
        by_what[truth[rid][1]].append(rid)
    for what, mem in by_what.items():
        wmap = wheres.get(what, {})
        if len(wmap) < 2:
            continue
        idx = collections.defaultdict(set)
        for wv, fid in wmap.items():
            for f in forms.get(fid, []):
                ft = form_tokens(f)
                for j in range(1, len(ft) + 1):
                    idx[ft[:j]].add(wv)
        for rid in mem:
            wv, fid = truth[rid][4]["where"]
            found = [form_tokens(f) for f in forms.get(fid, []) if has_form(toks(rid), f)]
            if not found:
                continue            # reported above when the place is a stated fact
            fits = None
            for ft in found:
                fits = set(idx.get(ft, ())) if fits is None else fits & idx.get(ft, set())
            for w2 in sorted((fits or set()) - {wv}):
                for other in groups.get((what, w2), ()):
                    if truth[other][0] != truth[rid][0]:
                        other_site += collide(rid, other, False, "unlabelled look-alike: place words fit another site of the same programme, no visible difference")
    # hard negatives
    hard_blind = 0
    for a, b, k in hard:
        if a in truth and b in truth and not differs(a, b):
            hard_blind += 1
            R.err("hard negative with no visible difference", "%s / %s (%s)" % (describe(a), describe(b), k))
    return len(by_prog), same_site, len(recs), other_site, not_readable, hard_blind


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--rows", type=int, help="expected number of initiative rows")
    ap.add_argument("--examples", type=int, default=5, help="examples printed per error kind (default 5)")
    args = ap.parse_args(argv)
    R = Report()
    d = args.dir.rstrip("/")

    # ------------------------------------------------------------------ actors
    ah, arows, asep = read_csv(d + "/actors.csv")
    for col in ("id", "name", "kind"):
        if col not in ah:
            R.err("actors header", "missing column %s" % col)
    ai = {c: i for i, c in enumerate(ah)}
    actor_ids = {}
    key_index = {}
    key_index2 = {}

    def index(k, aid, idx):
        if k in idx and idx[k] != aid:
            idx[k] = None     # ambiguous
        else:
            idx[k] = aid

    for n, r in enumerate(arows, start=2):
        r = r + [""] * (len(ah) - len(r))
        aid = clean(r[ai["id"]])
        if not aid:
            R.err("actor id missing", "row %d" % n)
            continue
        if aid in actor_ids:
            R.err("actor id repeated", "%s rows %d and %d" % (aid, actor_ids[aid], n))
        actor_ids[aid] = n
        if not clean(r[ai["name"]]):
            R.err("actor name missing", "row %d" % n)
        kind = clean(r[ai["kind"]])
        if not kind:
            R.warn("actor kind empty", "row %d" % n)
        elif enum_key(kind) not in KIND:
            R.err("actor kind not accepted", "row %d: %r" % (n, kind))
        if "level" in ai:
            lv = clean(r[ai["level"]])
            if lv and enum_key(lv) not in LEVEL:
                R.err("actor level not accepted", "row %d: %r" % (n, lv))
        for col in ("id", "name", "acronym"):
            if col in ai and clean(r[ai[col]]):
                k1, k2 = ref_keys(clean(r[ai[col]]))
                index(k1, aid, key_index)
                index(k2, aid, key_index2)

    def resolve(v):
        k1, k2 = ref_keys(v)
        if k1 in key_index:
            return key_index[k1], "exact"
        if k2 in key_index2:
            return key_index2[k2], "plural"
        return None, "none"

    amb = [k for k, v in key_index.items() if v is None]
    for k in amb:
        R.err("ambiguous actor key", repr(k))
    for n, r in enumerate(arows, start=2):
        r = r + [""] * (len(ah) - len(r))
        if "member_of" in ai:
            for v in [clean(x) for x in r[ai["member_of"]].split(";") if clean(x)]:
                aid, how = resolve(v)
                if not aid:
                    R.err("member_of does not resolve", "row %d: %r" % (n, v))

    # ------------------------------------------------------------------ initiatives
    ih, irows, isep = read_csv(d + "/initiatives.csv")
    for col in ("id", "name"):
        if col not in ih:
            R.err("initiatives header", "missing column %s" % col)
    ii = {c: i for i, c in enumerate(ih)}
    ids = {}
    ids_ci = {}
    rows_by_id = {}
    empty = collections.Counter()
    used_actors = set()
    for n, r in enumerate(irows, start=2):
        if len(r) != len(ih):
            R.err("ragged row", "row %d has %d cells (header %d)" % (n, len(r), len(ih)))
            r = r + [""] * (len(ih) - len(r))
        cell = {c: clean(r[i]) for c, i in ii.items()}
        for c in ih:
            if not cell[c]:
                empty[c] += 1
        for c, i in ii.items():
            raw = r[i]
            if len(raw) > 100000:
                R.err("cell too long", "row %d column %s" % (n, c))
            if cell[c][:1] in ("=", "+", "-", "@"):
                R.err("formula-like cell", "row %d column %s: %r" % (n, c, cell[c][:40]))
        rid = cell["id"]
        if not rid:
            R.err("initiative id missing", "row %d" % n)
        else:
            if rid in ids:
                R.err("initiative id repeated", "%s rows %d and %d" % (rid, ids[rid], n))
            ids[rid] = n
            rows_by_id[rid] = cell
            lk = rid.lower()
            if lk in ids_ci and ids_ci[lk] != rid:
                R.err("initiative ids differ only by case", "%s / %s" % (rid, ids_ci[lk]))
            ids_ci[lk] = rid
        if not cell["name"]:
            R.err("initiative name missing", "row %d" % n)
        for col in ("owner", "partners"):
            if col in cell and cell[col]:
                for v in [clean(x) for x in cell[col].split(";")]:
                    if not v:
                        R.err("empty reference in list", "row %d %s: %r" % (n, col, cell[col]))
                        continue
                    aid, how = resolve(v)
                    if not aid:
                        R.err("%s does not resolve" % col, "row %d: %r" % (n, v))
                    else:
                        used_actors.add(aid)
                        if how == "plural":
                            R.warn("%s resolves only ignoring a plural" % col, "row %d: %r" % (n, v))
        if cell.get("activity_types"):
            for v in cell["activity_types"].split(";"):
                if clean(v) and enum_key(clean(v)) not in ACTIVITY:
                    R.err("activity type not accepted", "row %d: %r" % (n, v))
        if cell.get("instrument_type") and enum_key(cell["instrument_type"]) not in INSTRUMENT:
            R.err("instrument type not accepted", "row %d: %r" % (n, cell["instrument_type"]))
        if cell.get("focus") and enum_key(cell["focus"]) not in FOCUS:
            R.err("focus not accepted", "row %d: %r" % (n, cell["focus"]))
        if cell.get("status") and enum_key(cell["status"]) not in STATUS:
            R.err("status not accepted", "row %d: %r" % (n, cell["status"]))
        yn = {}
        for col in ("productivity_focus", "offers_funding", "evaluated", "rapid_evaluation"):
            if cell.get(col):
                v = YESNO.get(cell[col].lower())
                if v is None:
                    R.err("yes/no value not accepted", "row %d %s: %r" % (n, col, cell[col]))
                yn[col] = v
        if cell.get("funding_recipients"):
            rv = RECIPIENTS.get(enum_key(cell["funding_recipients"]))
            if rv is None:
                R.err("funding recipients not accepted", "row %d: %r" % (n, cell["funding_recipients"]))
            elif rv != "none" and yn.get("offers_funding") == "no":
                R.err("recipients named though no funding offered", "row %d" % n)
            elif rv == "none" and yn.get("offers_funding") == "yes":
                R.err("recipients none though funding offered", "row %d" % n)
            elif rv != "none" and yn.get("offers_funding") is None:
                R.warn("recipients with offers_funding not stated", "row %d" % n)
        if cell.get("budget"):
            b = cell["budget"]
            if not BUDGET_RE.match(b):
                R.err("budget not an amount/range/up to", "row %d: %r" % (n, b))
            elif "-" in b:
                lo, hi = [float(x) for x in b.split("-")]
                if lo > hi:
                    R.err("budget range reversed", "row %d: %r" % (n, b))
        if cell.get("currency") and not re.fullmatch(r"[A-Z]{3}", cell["currency"]):
            R.err("currency not a three-letter code", "row %d: %r" % (n, cell["currency"]))
        sp = ep = None
        for col in ("start_date", "end_date"):
            if cell.get(col):
                p = parse_date(cell[col])
                if p is None:
                    R.err("date not readable", "row %d %s: %r" % (n, col, cell[col]))
                if col == "start_date":
                    sp = p
                else:
                    ep = p
        if sp and ep:
            if ep[1] < sp[0]:
                R.err("end before start", "row %d: %r .. %r" % (n, cell["start_date"], cell["end_date"]))
            elif ep[0] < sp[0]:
                R.warn("end span starts before start span", "row %d: %r .. %r" % (n, cell["start_date"], cell["end_date"]))
    if args.rows is not None and len(irows) != args.rows:
        R.err("row count", "%d rows, expected %d" % (len(irows), args.rows))

    # ------------------------------------------------------------------ pairs
    def read_pairs(fname):
        h, rows, _ = read_csv(d + "/" + fname)
        if h[:3] != ["id_a", "id_b", "kind"]:
            R.err(fname + " header", "got %r" % (h,))
        out = []
        seen = set()
        for n, r in enumerate(rows, start=2):
            if len(r) < 3:
                R.err(fname + " short row", "row %d" % n)
                continue
            a, b, k = clean(r[0]), clean(r[1]), clean(r[2])
            for x in (a, b):
                if x not in ids:
                    R.err(fname + " unknown id", "row %d: %r" % (n, x))
            if a == b:
                R.err(fname + " self pair", "row %d" % n)
            key = (min(a, b), max(a, b))
            if key in seen:
                R.err(fname + " repeated pair", "row %d: %s %s" % (n, a, b))
            seen.add(key)
            if not k:
                R.err(fname + " kind missing", "row %d" % n)
            out.append((a, b, k))
        return out

    planted = read_pairs("planted_pairs.csv")
    hard = read_pairs("hard_negatives.csv")
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b, _ in planted:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    clusters = collections.defaultdict(list)
    for x in list(parent):
        clusters[find(x)].append(x)
    pset = set((min(a, b), max(a, b)) for a, b, _ in planted)
    sizes = collections.Counter()
    for root, mem in clusters.items():
        sizes[len(mem)] += 1
        for i in range(len(mem)):
            for j in range(i + 1, len(mem)):
                if (min(mem[i], mem[j]), max(mem[i], mem[j])) not in pset:
                    R.err("planted cluster not closed", "%s / %s" % (mem[i], mem[j]))
    for a, b, _ in hard:
        if a in parent and b in parent and find(a) == find(b):
            R.err("hard negative inside a duplicate cluster", "%s / %s" % (a, b))
        if (min(a, b), max(a, b)) in pset:
            R.err("pair both planted and hard negative", "%s / %s" % (a, b))

    # ------------------------------------------------------------------ hard negatives readable as different
    tok_cache = {}

    def toks(rid):
        t = tok_cache.get(rid)
        if t is None:
            t = tok_cache[rid] = record_tokens(rows_by_id[rid])
        return t

    n_same_surface = 0
    for a, b, k in hard:
        if a in rows_by_id and b in rows_by_id and surface_same(rows_by_id[a], rows_by_id[b], toks(a), toks(b)):
            n_same_surface += 1
            R.err("hard negative: names, descriptions, dates, places and populations carry no difference",
                  "%s / %s (%s): %r / %r" % (a, b, k, rows_by_id[a]["name"][:60], rows_by_id[b]["name"][:60]))

    # ------------------------------------------------------------------ identities (truth files)
    truth = check_identities(d, R, ids, rows_by_id, toks, planted, hard, find, parent)

    # ------------------------------------------------------------------ report
    nrows = len(irows)
    print("initiatives: %d rows (separator %r), actors: %d (%d referenced by owner/partners)"
          % (nrows, isep, len(actor_ids), len(used_actors)))
    print("planted pairs: %d in %d clusters (sizes %s); records involved: %d (%.2f%% of rows)"
          % (len(planted), len(clusters), dict(sorted(sizes.items())), len(parent), 100.0 * len(parent) / max(1, nrows)))
    print("hard negatives: %d (%.1f per planted pair)" % (len(hard), len(hard) / max(1, len(planted))))
    print("hard negatives reading the same (names, descriptions, dates, places, populations): %d" % n_same_surface)
    if truth:
        print("identities: %d programmes; unlabelled look-alike pairs with no visible difference: %d at the same site "
              "(%d records), %d where the place words fit another site; stated facts not readable: %d records; "
              "hard negatives with no visible difference: %d" % truth)
    for label, pairs in (("planted", planted), ("hard negative", hard)):
        c = collections.Counter(k for _, _, k in pairs)
        print("  %s kinds: %s" % (label, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    print("empty cells per column (initiatives):")
    for c in ih:
        print("  %-20s %5.1f%%" % (c, 100.0 * empty[c] / max(1, nrows)))
    for kind, msgs in R.warnings.items():
        print("WARNING %s: %d (e.g. %s)" % (kind, len(msgs), "; ".join(msgs[:3])))
    if R.errors:
        for kind, msgs in R.errors.items():
            print("ERROR %s: %d (e.g. %s)" % (kind, len(msgs), "; ".join(msgs[:args.examples])))
        print("FAILED")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
