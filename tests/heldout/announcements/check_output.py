#!/usr/bin/env python3
"""Check a generated register folder against the rules of docs/register-format.md.

Usage: python3 check_output.py DIR [--strict-refs]

Checks initiatives.csv, actors.csv, planted_pairs.csv and hard_negatives.csv:
 - files parse as CSV (UTF-8, optional BOM), header uses commas, every row has the header's width;
 - register recognition: initiatives header has id+name and initiative-only columns; actors header
   has id, name, kind;
 - ids present and unique per register; names present; actor kind present;
 - enumerated values (activity types, instrument type, focus, funding recipients, status, actor
   kind and level) match a slug, the shown words or a documented synonym after the documented
   normalisation (case, &/and, spaces, hyphens, underscores, slashes);
 - yes/no columns hold yes/no/y/n/true/false/1/0/partly (or are empty);
 - funding_recipients other than none only where offers_funding is not no;
 - budget is an amount, "a - b" (a <= b) or "up to n"; currency is an ISO 4217 code;
 - dates are yyyy, yyyy-mm or yyyy-mm-dd and real calendar dates; the end is not before the
   start under any reading of partial dates;
 - no cell longer than 100,000 characters; no cell starting with = + - @ (they would need the
   apostrophe escape);
 - owner, partners and member_of name an actor of actors.csv by id, name or acronym (normalised);
   with --strict-refs a miss is an error, otherwise a warning (the importer creates the actor);
 - planted/negative pair files: header id_a,id_b,kind; both ids exist; a != b; no pair listed twice
   or in both files;
 - share of rows in planted pairs is reported (warning if far from 2 %).
Exits 1 with the list of violations, 0 otherwise.
"""
import csv
import datetime
import io
import os
import re
import sys

MAX_CELL = 100_000


def norm(s):
    s = s.strip().lower().replace("&", " and ")
    s = re.sub(r"[\s\-_/]+", " ", s)
    return " ".join(s.split())


def refkey(s):
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def vocab(table):
    out = {}
    for slug, alts in table.items():
        for a in [slug, slug.replace("-", " ")] + alts:
            out[norm(a)] = slug
    return out


ACTIVITY = vocab({
    "funding": ["grants", "grant funding", "finance", "financial support"],
    "training-and-skills": ["training", "skills", "education", "fellowships", "leadership development"],
    "networking-and-brokerage": ["networking", "brokerage", "brokering", "convening"],
    "evaluation-and-evidence": ["evaluation", "evidence", "evidence generation", "real world evaluation"],
    "regulatory-advice": ["regulatory support", "regulation advice", "regulatory guidance"],
    "information-and-signposting": ["information", "signposting", "advice and guidance"],
    "procurement-and-commissioning": ["procurement", "commissioning", "purchasing"],
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
ACTOR_KIND = vocab({
    "government-department": ["government", "department", "ministry", "govt department"],
    "arms-length-body": ["arm's length body", "ALB", "NDPB", "public body", "arms length",
                         "non departmental public body"],
    "regulator": [],
    "research-funder": ["funder", "funding body"],
    "network": [],
    "healthcare-provider": ["provider", "NHS trust", "trust", "NHS provider", "health care provider"],
    "commissioner": ["CCG", "ICB", "integrated care board", "commissioning body"],
    "industry": ["company", "business", "firm", "SME", "private sector"],
    "academia": ["university", "academic", "higher education"],
    "charity": ["third sector", "voluntary sector", "foundation", "non profit"],
    "patient-public-group": ["patient/public group", "patient group", "patients and public", "public",
                             "patient and public group"],
    "other": [],
})
LEVEL = vocab({"national": ["nationwide", "country"], "regional": ["region", "sub national"],
               "local": ["locality", "place"], "international": ["global", "supranational"]})
# STIP Compass 2019 labels (27) plus the 2021/2023 renamings listed in the format doc, and the
# slug the doc quotes.  Anything else is reported.
INSTRUMENT_LABELS = [
    "Centres of excellence grants", "Corporate tax relief for R&D and innovation",
    "Creation or reform of governance structure or public body",
    "Debt guarantees and risk sharing schemes", "Dedicated support to research infrastructures",
    "Emerging technology regulation", "Equity financing",
    "Fellowships and postgraduate loans and scholarships",
    "Formal consultation of stakeholders or experts", "Grants for business R&D and innovation",
    "Horizontal STI coordination bodies", "Information services and access to datasets",
    "Innovation vouchers", "Institutional funding for public research",
    "Intellectual property regulation and incentives", "Labour mobility regulation and incentives",
    "Loans and credits for innovation in firms", "National strategies, agendas and plans",
    "Networking and collaborative platforms",
    "Policy intelligence (e.g. evaluations, benchmarking and forecasts)",
    "Procurement programmes for R&D and innovation", "Project grants for public research",
    "Public awareness campaigns and other outreach activities",
    "Regulatory oversight and ethical advice bodies",
    "Science and innovation challenges, prizes and awards",
    "Standards and certification for technology development and adoption",
    "Technology extension and business advisory services",
    "Strategies, agendas and plans",
    "Tax or social contributions relief for firms investing in R&D and innovation",
    "Tax relief for individuals supporting R&D and innovation",
    "Science and technology regulation and soft law", "Science and technology regulation",
    "Dedicated support to research and technical infrastructures",
    "grants-for-business-rnd-and-innovation",
]
INSTRUMENT = {norm(x): x for x in INSTRUMENT_LABELS}
YESNO = {"yes", "no", "y", "n", "true", "false", "1", "0", "partly"}
NO_VALUES = {"no", "n", "false", "0"}
CURRENCIES = {"GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "JPY", "CAD", "AUD"}

INITIATIVE_ONLY = {"owner", "partners", "activity_types", "instrument_type", "focus",
                   "productivity_focus", "offers_funding", "evaluated", "rapid_evaluation",
                   "funding_recipients", "stages", "drivers", "target_groups", "technology_area",
                   "budget", "currency", "budget_period", "start_date", "end_date", "status"}
INITIATIVE_COLS = ["id", "name", "owner", "partners", "description", "activity_types",
                   "instrument_type", "focus", "productivity_focus", "offers_funding", "evaluated",
                   "rapid_evaluation", "funding_recipients", "stages", "drivers", "target_groups",
                   "technology_area", "budget", "currency", "budget_period", "start_date",
                   "end_date", "status", "source"]
ACTOR_COLS = ["id", "name", "acronym", "kind", "level", "member_of", "description", "source"]


class Checker:
    def __init__(self, folder, strict_refs):
        self.folder = folder
        self.strict = strict_refs
        self.errors = []
        self.warnings = []

    def err(self, f, row, col, val, why):
        if len(self.errors) < 500:
            self.errors.append("%s row %s column %s value %r: %s" % (f, row, col, val[:80], why))
        elif len(self.errors) == 500:
            self.errors.append("... more errors suppressed")

    def read(self, name):
        path = os.path.join(self.folder, name)
        if not os.path.exists(path):
            self.errors.append("%s: missing" % name)
            return None, []
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
        first = text.split("\n", 1)[0]
        counts = {",": first.count(","), ";": first.count(";"), "\t": first.count("\t")}
        if max(counts, key=counts.get) != ",":
            self.errors.append("%s: header does not use commas most" % name)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not rows:
            self.errors.append("%s: empty" % name)
            return None, []
        header = rows[0]
        body = []
        for i, r in enumerate(rows[1:], start=2):
            if r == []:
                continue
            if len(r) != len(header):
                self.err(name, i, "*", "", "has %d cells, header has %d" % (len(r), len(header)))
                continue
            body.append((i, dict(zip([h.strip().lower() for h in header], r))))
            for h, v in zip(header, r):
                if len(v) > MAX_CELL:
                    self.err(name, i, h, v, "cell longer than 100,000 characters")
                if v and v[0] in "=+-@":
                    self.err(name, i, h, v, "starts with = + - or @ (needs the apostrophe escape)")
        return [h.strip().lower() for h in header], body

    def check_enum(self, f, i, col, val, table, multi=False):
        if not val.strip():
            return []
        parts = val.split(";") if multi else [val]
        out = []
        for p in parts:
            if not p.strip():
                self.err(f, i, col, val, "empty item in list")
                continue
            k = norm(p)
            if k not in table:
                self.err(f, i, col, p, "not an accepted value")
            else:
                out.append(table[k])
        return out

    def parse_date(self, f, i, col, val):
        if not val:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", val.strip())
        if not m:
            self.err(f, i, col, val, "not yyyy, yyyy-mm or yyyy-mm-dd")
            return None
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        try:
            if d is not None:
                lo = hi = datetime.date(y, mo, d)
            elif mo is not None:
                lo = datetime.date(y, mo, 1)
                hi = (datetime.date(y + (mo == 12), mo % 12 + 1, 1) - datetime.timedelta(days=1))
            else:
                lo, hi = datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        except ValueError:
            self.err(f, i, col, val, "not a calendar date")
            return None
        return lo, hi

    def run(self):
        # ---- actors
        ah, actors = self.read("actors.csv")
        ref = {}
        if ah is not None:
            for c in ("id", "name", "kind"):
                if c not in ah:
                    self.errors.append("actors.csv: required column %s missing" % c)
            if not ({"kind", "level", "member_of"} & set(ah)):
                self.errors.append("actors.csv: header not recognised as actors register")
            extra = [h for h in ah if h not in ACTOR_COLS]
            if extra:
                self.warnings.append("actors.csv: extra columns kept as properties: %s" % extra)
            ids = {}
            for i, r in actors:
                if not r.get("id", "").strip():
                    self.err("actors.csv", i, "id", "", "required")
                elif r["id"] in ids:
                    self.err("actors.csv", i, "id", r["id"], "duplicate of row %d" % ids[r["id"]])
                else:
                    ids[r["id"]] = i
                if not r.get("name", "").strip():
                    self.err("actors.csv", i, "name", "", "required")
                if not r.get("kind", "").strip():
                    self.err("actors.csv", i, "kind", "", "required")
                self.check_enum("actors.csv", i, "kind", r.get("kind", ""), ACTOR_KIND)
                self.check_enum("actors.csv", i, "level", r.get("level", ""), LEVEL)
                for key in (r.get("id", ""), r.get("name", ""), r.get("acronym", "")):
                    k = refkey(key)
                    if not k:
                        continue
                    if k in ref and ref[k] != r["id"]:
                        self.err("actors.csv", i, "name/acronym", key,
                                 "ambiguous: also names actor %s" % ref[k])
                    ref[k] = r["id"]
            for i, r in actors:
                for m in [x for x in r.get("member_of", "").split(";") if x.strip()]:
                    if refkey(m) not in ref:
                        self.err("actors.csv", i, "member_of", m, "names no actor")
        # ---- initiatives
        ih, inits = self.read("initiatives.csv")
        init_ids = {}
        missing_refs = {}
        if ih is not None:
            for c in ("id", "name"):
                if c not in ih:
                    self.errors.append("initiatives.csv: required column %s missing" % c)
            if not (INITIATIVE_ONLY & set(ih)):
                self.errors.append("initiatives.csv: header not recognised as initiatives register")
            if "source" in ih and "target" in ih:
                self.errors.append("initiatives.csv: source+target would make it a relationships register")
            extra = [h for h in ih if h not in INITIATIVE_COLS]
            if extra:
                self.warnings.append("initiatives.csv: extra columns kept as properties: %s" % extra)
            f = "initiatives.csv"
            for i, r in inits:
                rid = r.get("id", "").strip()
                if not rid:
                    self.err(f, i, "id", "", "required")
                elif rid in init_ids:
                    self.err(f, i, "id", rid, "duplicate of row %d" % init_ids[rid])
                else:
                    init_ids[rid] = i
                if not r.get("name", "").strip():
                    self.err(f, i, "name", "", "required")
                self.check_enum(f, i, "activity_types", r.get("activity_types", ""), ACTIVITY, True)
                self.check_enum(f, i, "instrument_type", r.get("instrument_type", ""), INSTRUMENT)
                self.check_enum(f, i, "focus", r.get("focus", ""), FOCUS)
                self.check_enum(f, i, "status", r.get("status", ""), STATUS)
                rec = self.check_enum(f, i, "funding_recipients", r.get("funding_recipients", ""),
                                      RECIPIENTS, True)
                for c in ("productivity_focus", "offers_funding", "evaluated", "rapid_evaluation"):
                    v = r.get(c, "").strip()
                    if v and v.lower() not in YESNO:
                        self.err(f, i, c, v, "not a yes/no value")
                of = r.get("offers_funding", "").strip().lower()
                if of in NO_VALUES and any(x != "none" for x in rec):
                    self.err(f, i, "funding_recipients", r["funding_recipients"],
                             "recipients named although offers_funding is no")
                b = r.get("budget", "").strip()
                if b:
                    m1 = re.fullmatch(r"\d+", b)
                    m2 = re.fullmatch(r"(\d+) - (\d+)", b)
                    m3 = re.fullmatch(r"up to \d+", b)
                    if not (m1 or m2 or m3):
                        self.err(f, i, "budget", b, "not an amount, a range or 'up to'")
                    if m2 and int(m2.group(1)) > int(m2.group(2)):
                        self.err(f, i, "budget", b, "range low above high")
                cur = r.get("currency", "").strip()
                if cur and (not re.fullmatch(r"[A-Z]{3}", cur) or cur not in CURRENCIES):
                    self.err(f, i, "currency", cur, "not an ISO 4217 code we expect")
                s = self.parse_date(f, i, "start_date", r.get("start_date", "").strip())
                e = self.parse_date(f, i, "end_date", r.get("end_date", "").strip())
                # strictest reading: earliest day the end can mean vs latest day the start can mean
                if s and e and e[0] < s[1] and r["start_date"].strip() != r["end_date"].strip():
                    self.err(f, i, "end_date", r["end_date"],
                             "may be read as before start %s" % r["start_date"])
                for col in ("stages", "drivers", "target_groups"):
                    for item in r.get(col, "").split(";"):
                        if r.get(col, "").strip() and not item.strip():
                            self.err(f, i, col, r[col], "empty item in list")
                for col in ("owner", "partners"):
                    for item in [x for x in r.get(col, "").split(";") if x.strip()]:
                        if refkey(item) not in ref:
                            missing_refs.setdefault(item.strip(), (i, col))
            for item, (i, col) in missing_refs.items():
                if self.strict:
                    self.err(f, i, col, item, "names no actor in actors.csv")
            if missing_refs and not self.strict:
                self.warnings.append("%d owner/partner names are not in actors.csv (would be created)"
                                     % len(missing_refs))
        # ---- pairs
        seen = {}
        in_pairs = set()
        for name in ("planted_pairs.csv", "hard_negatives.csv"):
            ph, pairs = self.read(name)
            if ph is None:
                continue
            if ph != ["id_a", "id_b", "kind"]:
                self.errors.append("%s: header is %s, expected id_a,id_b,kind" % (name, ph))
                continue
            kinds = {}
            for i, r in pairs:
                a, b, k = r["id_a"], r["id_b"], r["kind"]
                for col, v in (("id_a", a), ("id_b", b)):
                    if v not in init_ids:
                        self.err(name, i, col, v, "not an initiative id")
                if a == b:
                    self.err(name, i, "id_b", b, "pairs an id with itself")
                if not k.strip():
                    self.err(name, i, "kind", k, "empty")
                key = tuple(sorted((a, b)))
                if key in seen:
                    self.err(name, i, "id_a", a, "pair already listed in %s" % seen[key])
                seen[key] = name
                kinds[k] = kinds.get(k, 0) + 1
                if name == "planted_pairs.csv":
                    in_pairs.update((a, b))
            print("%s: %d pairs; kinds: %s" % (name, len(pairs), ", ".join(
                "%s=%d" % kv for kv in sorted(kinds.items()))))
        if init_ids:
            share = 100.0 * len(in_pairs) / len(init_ids)
            print("initiatives: %d rows, actors: %d rows, rows in planted pairs: %d (%.2f%%)"
                  % (len(init_ids), len(actors), len(in_pairs), share))
            if not 1.0 <= share <= 3.0:
                self.warnings.append("share of rows in planted pairs %.2f%% is far from 2%%" % share)
        for w in self.warnings:
            print("warning: " + w)
        if self.errors:
            print("FAILED: %d violation(s)" % len(self.errors))
            for e in self.errors:
                print("  " + e)
            return 1
        print("OK: all checks passed")
        return 0


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    return Checker(args[0], "--strict-refs" in sys.argv).run()


if __name__ == "__main__":
    sys.exit(main())
