#!/usr/bin/env python3
"""Eleventh test-data generator for Innoscape's duplicate detection: a merged grants-and-contracts
ledger.

A regional finance team merged three systems into one initiatives register:
  GMS   grants management system: award records, terse titles, exact amounts, award/end dates
  PROC  procurement contracts register: "Provision of ... services", frameworks and lots, VAT notes
  PMO   programme office tracker: marketed programme names, narrative, approximate dates

A planted duplicate is one real programme recorded in two or three of the systems, each in its own
vocabulary.  Hard negatives are look-alike records of different programmes.

Usage: generate_eleventh.py --rows N --seed S --out DIR [--no-bom] [--quiet]
Writes DIR/initiatives.csv, DIR/actors.csv, DIR/planted_pairs.csv, DIR/hard_negatives.csv.
Python 3 standard library only; deterministic for a seed.
"""
import argparse
import csv
import datetime as dt
import math
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab_eleventh as V  # noqa: E402

AS_AT = dt.date(2025, 10, 1)          # the day the ledger was merged (drives status)
Y_MIN, Y_MAX = 2012, 2026
PLANTED_ROW_SHARE = 0.02
HN_PER_PLANTED_PAIR = 5
MON3 = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# Output columns: (internal key, header as written).  Header spellings are variants the format
# accepts ("Activity Types", "Start date"...): names are matched without regard to case, spaces or
# underscores.  The last group is not part of the register: kept by the importer as properties.
COLUMNS = [
    ("id", "ID"), ("name", "Name"), ("owner", "Owner"), ("partners", "Partners"),
    ("description", "Description"), ("activity_types", "Activity Types"),
    ("instrument_type", "Instrument type"), ("focus", "Focus"), ("productivity_focus", "Productivity focus"),
    ("offers_funding", "Offers funding"), ("funding_recipients", "Funding recipients"),
    ("evaluated", "Evaluated"), ("rapid_evaluation", "Rapid evaluation"),
    ("technology_area", "Technology area"), ("budget", "Budget"), ("currency", "Currency"),
    ("budget_period", "Budget period"), ("start_date", "Start date"), ("end_date", "End date"),
    ("status", "Status"), ("source", "Source"), ("country", "Country"), ("region", "Region"),
    # properties
    ("ledger_system", "Ledger system"), ("system_ref", "System ref"), ("framework_ref", "Framework ref"),
    ("lot", "Lot"), ("vat", "VAT treatment"), ("period_note", "Period note"), ("cost_centre", "Cost centre"),
]
ACTOR_COLUMNS = [("id", "ID"), ("name", "Name"), ("acronym", "Acronym"), ("kind", "Kind"),
                 ("level", "Level"), ("member_of", "Member of"), ("description", "Description"),
                 ("source", "Source")]

SYSTEM_LABEL = {"GMS": "grant", "PROC": "contract", "PMO": "programme_office"}
SVC_BY_KEY = dict((s["key"], s) for s in V.SERVICES + V.NONCLIN)
COND_BY_KEY = dict((c["key"], c) for c in V.CONDITIONS)


# ============================================================================================
# small helpers
# ============================================================================================
def wchoice(rng, items):
    """items: list of (value, weight)"""
    total = 0.0
    for _, w in items:
        total += w
    x = rng.random() * total
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def month_last(y, m):
    return add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)


def norm_key(s):
    """Reference key in the spirit of the format's matching rules (case, &/and, punctuation,
    spacing, a missing and/of, a plural -s on longer words do not matter)."""
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = []
    for t in s.split():
        if t in ("and", "of"):
            continue
        if len(t) > 4 and t.endswith("s"):
            t = t[:-1]
        toks.append(t)
    return "".join(toks)


TYPO_WORDS = {
    "Provision": "Provison", "provision": "provison", "services": "serivces", "service": "sevice",
    "diabetes": "diabetis", "Diabetes": "Diabetis", "monitoring": "monitering", "programme": "programe",
    "Programme": "Program", "respiratory": "respiratry", "management": "managment",
    "Management": "Managment", "implementation": "implementaion", "assessment": "assesment",
    "technology": "techology", "Technology": "Techology", "community": "comunity", "dementia": "demenita",
    "pathway": "pathwya", "prevention": "prevntion", "digital": "digtal", "Digital": "Digitial",
    "development": "developement", "evaluation": "evalution", "patients": "pateints",
}
ABBREV = [("Integrated Care Board", "ICB"), (" and ", " & "), ("services", "svcs"), ("management", "mgmt"),
          ("programme", "prog."), ("Hospital", "Hosp"), ("development", "dev"), ("evaluation", "eval"),
          ("implementation", "impl."), ("Greater Manchester", "GM"), ("mental health", "MH"),
          ("University", "Univ."), ("community", "comm.")]


def typo(rng, s):
    words = s.split(" ")
    cands = [i for i, w in enumerate(words) if w in TYPO_WORDS]
    if cands and rng.random() < 0.6:
        i = rng.choice(cands)
        words[i] = TYPO_WORDS[words[i]]
        return " ".join(words)
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cands:
        return s
    i = rng.choice(cands)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.7:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def abbreviate(rng, s):
    cands = [(a, b) for a, b in ABBREV if a in s]
    if not cands:
        return s
    a, b = rng.choice(cands)
    return s.replace(a, b, 1)


def years_text(p):
    n = max(1, int(round((p.end - p.start).days / 365.25)))
    return "%d year%s" % (n, "" if n == 1 else "s")


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


# ----- dates --------------------------------------------------------------------------------
def fmt_day(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "dmy_dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "dmy_dot":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "d_mon_y":
        return "%d-%s-%d" % (d.day, MON3[d.month], d.year)
    if style == "words":
        return "%d %s %d" % (d.day, MONTHS[d.month], d.year)
    if style == "iso_t":
        return d.isoformat() + "T00:00:00+00:00"
    if style == "dmy_time":
        return "%02d/%02d/%d 00:00" % (d.day, d.month, d.year)
    if style == "dmy_ampm":
        return "%02d/%02d/%d 12:00 AM" % (d.day, d.month, d.year)
    raise ValueError(style)


def fmt_month(y, m, style):
    if style == "iso":
        return "%d-%02d" % (y, m)
    if style == "slash":
        return "%02d/%d" % (m, y)
    if style == "dot":
        return "%02d.%d" % (m, y)
    if style == "mon":
        return "%s %d" % (MON3[m], y)
    if style == "month":
        return "%s %d" % (MONTHS[m], y)
    raise ValueError(style)


class PDate:
    """A partial date as written: precision 'd', 'm' or 'y'."""
    __slots__ = ("y", "m", "d", "p")

    def __init__(self, y, m=None, d=None):
        self.y, self.m, self.d = y, m, d
        self.p = "d" if d else ("m" if m else "y")

    @staticmethod
    def of(date, p):
        if p == "d":
            return PDate(date.year, date.month, date.day)
        if p == "m":
            return PDate(date.year, date.month)
        return PDate(date.year)

    def lo(self):
        return dt.date(self.y, self.m or 1, self.d or 1)

    def hi(self):
        if self.p == "d":
            return dt.date(self.y, self.m, self.d)
        if self.p == "m":
            return month_last(self.y, self.m)
        return dt.date(self.y, 12, 31)

    def render(self, style):
        if self.p == "d":
            return fmt_day(dt.date(self.y, self.m, self.d), style)
        if self.p == "m":
            return fmt_month(self.y, self.m, style if style in ("iso", "slash", "dot", "mon", "month") else "iso")
        return str(self.y)


def fmt_amount(x, style):
    if style == "plain":
        return str(int(round(x)))
    if style == "commas":
        return "{:,}".format(int(round(x)))
    if style == "pound":
        return "£{:,}".format(int(round(x)))
    if style == "pound_dec":
        return "£{:,.2f}".format(x)
    if style == "dec":
        return "{:.2f}".format(x)
    raise ValueError(style)


# ============================================================================================
# places and actors
# ============================================================================================
class Place:
    __slots__ = ("town", "county", "ics", "abbr", "region", "nation", "ics_idx")

    def __init__(self, town, county, ics, abbr, region, nation, ics_idx):
        self.town, self.county, self.ics, self.abbr = town, county, ics, abbr
        self.region, self.nation, self.ics_idx = region, nation, ics_idx


class Actor:
    __slots__ = ("id", "key", "name", "acronym", "kind", "level", "member_of", "description", "short", "cat")

    def __init__(self, aid, key, name, acronym, kind, level, member_of="", description="", short=None, cat=""):
        self.id, self.key, self.name, self.acronym = aid, key, name, acronym
        self.kind, self.level, self.member_of, self.description = kind, level, member_of, description
        self.short = short or name
        self.cat = cat


class World:
    def __init__(self, rng):
        self.rng = rng
        self.places = []
        self.ics_list = []          # (region, ics, abbr, [places])
        for idx, (region, ics, abbr, towns) in enumerate(V.ICS_DATA):
            nation = V.NATION_OF_REGION.get(region, "England")
            ps = [Place(t, c, ics, abbr, region, nation, idx) for t, c in towns]
            self.places.extend(ps)
            self.ics_list.append((region, ics, abbr, ps))
        self.eng_places = [p for p in self.places if p.nation == "England"]
        self.other_places = [p for p in self.places if p.nation != "England"]
        self.regions = sorted(set(p.region for p in self.eng_places))
        self.actors = []
        self.by_key = {}
        self._keys = {}
        self._n = 0
        self._build_actors()

    # ---- actors ----
    def _add(self, key, name, acronym, kind, level, member_of="", description="", short=None, cat=""):
        for k in (norm_key(name),) + ((norm_key(acronym),) if acronym else ()):
            if k in self._keys:
                raise ValueError("actor name clash: %r vs %r" % (name, self._keys[k]))
        self._n += 1
        a = Actor("ORG%04d" % self._n, key, name, acronym, kind, level, member_of, description, short, cat)
        self._keys[norm_key(name)] = name
        if acronym:
            self._keys[norm_key(acronym)] = name
        self._keys[norm_key(a.id)] = name
        self.actors.append(a)
        self.by_key[key] = a
        return a

    def _build_actors(self):
        rng = self.rng
        for key, name, acr, kind, level, nation in V.NATIONAL_BODIES:
            cat = "national"
            if key in ("thf", "nesta", "wellcome", "cruk", "bhf", "diabuk", "alzsoc", "macmillan"):
                cat = "charity_funder"
            self._add(key, name, acr, kind, level, description="National body (%s)" % nation,
                      short=acr or name, cat=cat)
        hinnet = self.by_key["hinnet"]
        nhse = self.by_key["nhse"]
        for region in self.regions:
            self._add("nhse:" + region, "NHS England %s" % region, None,
                      rng.choice(["arm's length body", "arms-length-body", "ALB"]),
                      rng.choice(["regional", "region"]), member_of=nhse.id,
                      description="NHS England regional team", short="NHSE %s" % region, cat="nhse_region")
        for region, hins in V.HINS.items():
            for name, acr in hins:
                self._add("hin:" + name, name, acr, rng.choice(["network", "Network"]),
                          rng.choice(["regional", "sub national", "region"]),
                          member_of=hinnet.id if region not in V.NATION_OF_REGION else "",
                          description="Health innovation network (%s)" % region, short=acr or name, cat="hin")
        for region, ics, abbr, ps in self.ics_list:
            nation = ps[0].nation
            if nation == "England":
                self._add("icb:" + ics, "NHS %s Integrated Care Board" % ics, None,
                          rng.choice(["commissioner", "ICB", "integrated care board", "commissioning body"]),
                          rng.choice(["regional", "local"]), member_of=self.by_key["nhse:" + region].id,
                          description="Integrated care board (from July 2022)", short="%s ICB" % abbr, cat="icb")
                for p in ps:
                    self._add("ccg:" + p.town, "NHS %s CCG" % p.town, None,
                              rng.choice(["CCG", "commissioner"]), rng.choice(["local", "place"]),
                              description="Clinical commissioning group (until June 2022)",
                              short="%s CCG" % p.town, cat="ccg")
            elif nation == "Wales":
                self._add("icb:" + ics, "%s University Health Board" % ics if ics in ("Cardiff and Vale", "Swansea Bay", "Betsi Cadwaladr", "Aneurin Bevan", "Hywel Dda") else "%s Health Board" % ics,
                          abbr, rng.choice(["healthcare provider", "NHS provider"]), "regional",
                          description="Local health board (Wales)", short=abbr, cat="icb")
            elif nation == "Scotland":
                self._add("icb:" + ics, "NHS %s" % ics, None, "healthcare provider", "regional",
                          description="NHS board (Scotland)", short="NHS %s" % ics, cat="icb")
            else:
                self._add("icb:" + ics, "%s Health and Social Care Trust" % ics, abbr, "health care provider",
                          "regional", description="HSC trust (Northern Ireland)", short=abbr, cat="icb")
        # trusts: an acute trust for about two thirds of English towns, one community/MH trust per ICS
        for region, ics, abbr, ps in self.ics_list:
            if ps[0].nation != "England":
                continue
            for p in ps:
                if rng.random() < 0.65:
                    pat = rng.choice(["%s Teaching Hospitals NHS Foundation Trust", "University Hospitals of %s NHS Trust",
                                      "%s Hospitals NHS Foundation Trust", "%s and District NHS Foundation Trust"])
                    nm = pat % p.town
                    self._add("trust:" + p.town, nm, None, rng.choice(["NHS trust", "healthcare provider", "trust", "provider"]),
                              "local", description="Acute trust", short="%s FT" % p.town, cat="trust")
            nm = rng.choice(["%s Partnership NHS Foundation Trust", "%s Community Health NHS Trust",
                             "%s Care NHS Foundation Trust"]) % ics
            self._add("ctrust:" + ics, nm, None, rng.choice(["NHS provider", "healthcare-provider"]),
                      rng.choice(["regional", "local"]), description="Community and mental health trust",
                      short="%s community trust" % abbr, cat="trust")
        # councils for a share of places (public health commissioning)
        seen_c = set()
        for p in self.eng_places:
            if p.county in seen_c or rng.random() < 0.3:
                continue
            seen_c.add(p.county)
            nm = ("%s County Council" % p.county) if p.county not in ("Greater London", "Greater Manchester", "West Midlands",
                                                                     "Merseyside", "Tyne and Wear", "West Yorkshire",
                                                                     "South Yorkshire", "Bristol") \
                else ("%s Council" % p.town)
            if norm_key(nm) in self._keys:
                continue
            self._add("council:" + p.county, nm, None, rng.choice(["commissioner", "other"]), "local",
                      description="Local authority (public health)", short=nm, cat="council")
        # universities
        for c in V.UNIVERSITY_CITIES:
            self._add("uni:" + c, "University of %s" % c, None, rng.choice(["academia", "university", "higher education"]),
                      rng.choice(["national", "regional"]), short="Univ. of %s" % c, cat="uni")
        # suppliers
        used = set()
        n_sup = 0
        while n_sup < 160:
            a = rng.choice(V.SUPPLIER_A)
            b = rng.choice(V.SUPPLIER_B)
            if (a, b) in used:
                continue
            used.add((a, b))
            nm = "%s %s %s" % (a, b, rng.choice(V.SUPPLIER_C))
            if norm_key(nm) in self._keys or norm_key("%s %s" % (a, b)) in self._keys:
                continue
            n_sup += 1
            self._add("sup:%d" % n_sup, nm, None, rng.choice(["industry", "SME", "company", "private sector", "business"]),
                      rng.choice(["national", "regional", "local", "international"]),
                      description="Supplier", short="%s %s" % (a, b), cat="supplier")
        # local charities
        for p in rng.sample(self.eng_places, 40):
            nm = rng.choice(["%s Community Action", "%s Wellbeing Trust", "%s Carers Centre", "%s Voluntary Services"]) % p.town
            if norm_key(nm) in self._keys:
                continue
            self._add("char:" + p.town, nm, None, rng.choice(["charity", "voluntary sector", "third sector"]),
                      "local", short=nm, cat="charity")
        self.suppliers = [a for a in self.actors if a.cat == "supplier"]
        self.unis = [a for a in self.actors if a.cat == "uni"]
        self.charities = [a for a in self.actors if a.cat == "charity"]

    # ---- lookups ----
    def hin_for(self, place):
        name = V.HIN_OF_ICS.get(place.ics)
        if name is None:
            name = V.HINS[place.region][0][0]
        return self.by_key["hin:" + name]

    def icb_for(self, place):
        return self.by_key["icb:" + place.ics]

    def commissioner_for(self, place, scope, start):
        """Who contracts for it: CCG before July 2022 for town-level English work, ICB after."""
        if place.nation != "England":
            if scope == "national":
                return self.by_key[{"Wales": "welshgov", "Scotland": "scotgov", "Northern Ireland": "doh_ni"}[place.nation]]
            return self.icb_for(place)
        if scope == "national":
            return self.by_key["nhse"]
        if scope == "region":
            return self.by_key["nhse:" + place.region]
        if start < dt.date(2022, 7, 1):
            if scope == "town" or self.rng.random() < 0.5:
                return self.by_key["ccg:" + place.town]
            return self.by_key["ccg:" + self.rng.choice([p for p in self.ics_list[place.ics_idx][3]]).town]
        return self.icb_for(place)

    def trust_for(self, place):
        a = self.by_key.get("trust:" + place.town)
        if a is None:
            a = self.by_key.get("ctrust:" + place.ics)
        if a is None:
            a = self.icb_for(place)
        return a

    def council_for(self, place):
        return self.by_key.get("council:" + place.county)


# ============================================================================================
# programmes (the truth) and their records
# ============================================================================================
class KeyCollision(Exception):
    """A look-alike programme would coincide with one already generated: the group is redrawn."""


class Prog:
    __slots__ = ("cond", "svc", "place", "scope", "funder", "commissioner", "network", "lead", "start",
                 "end", "amount", "brand", "framework", "lot", "scheme", "nonclin", "extra_partner", "key")


def year_weighted(rng, y0=Y_MIN, y1=Y_MAX):
    ys = list(range(max(y0, Y_MIN), min(y1, Y_MAX) + 1))
    ws = [0.5 if y < 2016 else 1.0 if y < 2019 else 1.6 if y < 2025 else 0.9 for y in ys]
    return wchoice(rng, list(zip(ys, ws)))


class Generator:
    def __init__(self, rows, seed):
        self.N = rows
        self.rng = random.Random(seed)
        self.world = World(random.Random(seed * 7919 + 17))
        self.records = []
        self.used_keys = set()
        self.planted = []      # (rec_a, rec_b, kind)
        self.hard = []         # (rec_a, rec_b, kind)
        self.clusters = []
        self.pair_stats = []
        self.key_collisions = 0
        self.hn_redrawn = 0

    # ---------------------------------------------------------------- truth
    def new_prog(self, nation_mix=True, clinical=None, scope=None, place=None, cond=None, svc=None,
                 start=None, reserve=True, tries=25, strict=False):
        rng, W = self.rng, self.world
        for attempt in range(tries):
            p = Prog()
            if place is None:
                pl = rng.choice(W.other_places) if (nation_mix and rng.random() < 0.08) else rng.choice(W.eng_places)
            else:
                pl = place
            p.place = pl
            p.scope = scope or wchoice(rng, [("town", 0.35), ("ics", 0.42), ("region", 0.14), ("national", 0.09)])
            if pl.nation != "England" and p.scope == "region":
                p.scope = "ics"
            is_clin = clinical if clinical is not None else (rng.random() < 0.8)
            if is_clin:
                p.nonclin = False
                c = cond
                if c is None:
                    c = COND_BY_KEY[rng.choice(svc["only"])] if (svc and "only" in svc) else rng.choice(V.CONDITIONS)
                s = svc
                if s is None:
                    for _ in range(20):
                        s = rng.choice(V.SERVICES)
                        if "only" not in s or c["key"] in s["only"]:
                            break
                    else:
                        s = V.SERVICES[0]
                p.cond, p.svc = c, s
                y0 = max(c.get("y0", Y_MIN), s.get("y0", Y_MIN))
            else:
                p.nonclin = True
                p.cond = None
                p.svc = svc or rng.choice(V.NONCLIN)
                y0 = p.svc.get("y0", Y_MIN)
            if start is None:
                y = year_weighted(rng, y0)
                p.start = dt.date(y, rng.randint(1, 12), 1)
            else:
                p.start = start
                if p.start.year > Y_MAX or p.start.year < Y_MIN:
                    p.start = dt.date(min(max(p.start.year, Y_MIN), Y_MAX), p.start.month, 1)
            months = wchoice(rng, [(12, 2), (18, 1), (24, 3), (36, 3), (48, 1.2), (60, 0.6)])
            p.end = add_months(p.start, months) - dt.timedelta(days=1)
            area_key = pl.town if p.scope == "town" else pl.ics if p.scope == "ics" else pl.region if p.scope == "region" else pl.nation
            p.key = (p.cond["key"] if p.cond else "-", p.svc["key"], p.scope, area_key, p.start.year)
            if reserve and p.key in self.used_keys and attempt < tries - 1:
                continue        # the unspecified particulars are drawn again
            break
        if reserve:
            if p.key in self.used_keys:
                if strict:
                    raise KeyCollision(p.key)
                self.key_collisions += 1
            self.used_keys.add(p.key)
        med = {"town": 140000, "ics": 600000, "region": 1800000, "national": 6000000}[p.scope]
        p.amount = max(5000, int(med * math.exp(rng.gauss(0, 0.8))))
        if rng.random() < 0.3:
            p.amount = int(round(p.amount, -3))       # some agreed values are round
        self._assign_orgs(p)
        p.brand = self._brand(p)
        p.framework = None
        p.lot = None
        if rng.random() < 0.35:
            p.framework = self._framework(p)
        p.scheme = self._scheme(p)
        p.extra_partner = rng.choice(W.charities + W.unis) if rng.random() < 0.3 else None
        return p

    def _assign_orgs(self, p):
        rng, W = self.rng, self.world
        pl = p.place
        p.network = W.hin_for(pl)
        p.commissioner = W.commissioner_for(pl, p.scope, p.start)
        r = rng.random()
        if pl.nation != "England":
            nat = {"Wales": ["welshgov", "hcrw"], "Scotland": ["scotgov", "cso"], "Northern Ireland": ["doh_ni", "hscrd"]}[pl.nation]
            p.funder = W.by_key[rng.choice(nat)] if r < 0.6 else p.commissioner
        elif p.scope == "national":
            p.funder = W.by_key[rng.choice(["nhse", "nihr", "iuk", "dhsc", "ols", "sbrih", "thf", "ukri"])]
        elif r < 0.42:
            keys = ["nihr", "iuk", "nhse", "sbrih", "thf", "ols", "nesta"]
            if p.cond:
                keys += [k for k, conds in V.CHARITY_FIELDS.items() if p.cond["key"] in conds] * 2
            if 2019 <= p.start.year <= 2022 and rng.random() < 0.2:
                keys = ["nhsx"]
            p.funder = W.by_key[rng.choice(keys)]
        elif r < 0.78:
            p.funder = p.commissioner
        elif r < 0.88:
            p.funder = W.by_key["nhse:" + pl.region]
        else:
            c = W.council_for(pl) if (p.cond and p.cond.get("ph")) else None
            p.funder = c or p.commissioner
        r = rng.random()
        if p.nonclin:
            p.lead = rng.choice(W.suppliers) if r < 0.75 else W.trust_for(pl)
        elif r < 0.58:
            p.lead = rng.choice(W.suppliers)
        elif r < 0.82:
            p.lead = W.trust_for(pl)
        elif r < 0.93:
            p.lead = rng.choice(W.unis)
        else:
            p.lead = rng.choice(W.charities)

    def _brand(self, p):
        rng = self.rng
        pool = p.cond["brands"] if p.cond else p.svc["brands"]
        b = rng.choice(pool)
        r = rng.random()
        if r < 0.15:
            b = b + rng.choice([" Programme", " Project", " Partnership", " Network", " Plus", " Initiative"])
        return b

    def _framework(self, p, min_lots=1):
        """(framework name, reference, lot index, lot titles): a lot that buys this service."""
        rng = self.rng
        cands = []
        for fw in V.FRAMEWORKS:
            if len(fw[2]) < min_lots:
                continue
            for i, (title, keys) in enumerate(fw[2]):
                if p.svc["key"] in keys:
                    cands.append(((fw, i), 4.0))
                elif "*" in keys:
                    cands.append(((fw, i), 0.5))
        fw, lotn = wchoice(rng, cands)
        yy = min(p.start.year, Y_MAX) - rng.choice([0, 0, 1, 1, 2])
        owner_tag = rng.choice(["NHSE", "NHS-SBS", "CCS", "NOE", "LPP", "ICB"])
        ref = "%s/%s/%d/%02d" % (owner_tag, fw[1], yy, rng.randint(1, 40))
        return (fw[0], ref, lotn, [t for t, _ in fw[2]])

    def _lot_keys(self, fw_name, lot):
        for fw in V.FRAMEWORKS:
            if fw[0] == fw_name:
                return fw[2][lot][1]
        return ["*"]

    def _scheme(self, p):
        rng = self.rng
        y = p.start.year
        f = p.funder
        cands = [s for s in V.SCHEMES if V.NATIONAL_BODIES and s[0] == f.key and s[5] <= y <= s[6]]
        if cands:
            return rng.choice(cands)
        lab, instr = rng.choice(V.LOCAL_SCHEMES)
        return (f.key, lab, "".join(w[0] for w in lab.split()).upper(), instr, rng.choice(["adopters", "both", "innovators"]),
                Y_MIN, Y_MAX, "GBP")

    # ---------------------------------------------------------------- place wording
    def place_name(self, p, level, style=None):
        rng = self.rng
        pl = p.place if not isinstance(p, Place) else p
        if level == "town":
            return pl.town
        if level == "county":
            return pl.county
        if level == "ics":
            st = style if style is not None else rng.random()
            if pl.nation != "England":
                return pl.ics if st < 0.6 else (pl.abbr if st < 0.8 else "%s area" % pl.ics)
            if st < 0.45:
                return pl.ics
            if st < 0.65:
                return "%s ICS" % pl.ics
            if st < 0.82:
                return "%s ICS" % pl.abbr
            return "NHS %s" % pl.ics
        if level == "region":
            if pl.nation != "England":
                return pl.nation
            st = style if style is not None else rng.random()
            return pl.region if st < 0.7 else ("NHS England %s" % pl.region if st < 0.85 else "%s region" % pl.region)
        if level == "nation":
            return pl.nation
        raise ValueError(level)

    def served_level(self, p):
        return {"town": "town", "ics": "ics", "region": "region", "national": "nation"}[p.scope]

    def pick_level(self, p, sys_name):
        """The level at which one system names the area (may differ from the area served)."""
        rng = self.rng
        s = self.served_level(p)
        if s == "nation":
            return wchoice(rng, [("nation", 0.7), ("region", 0.15), ("ics", 0.15)])
        if s == "region":
            return wchoice(rng, [("region", 0.65), ("ics", 0.15), ("county", 0.1), ("town", 0.1)])
        if s == "ics":
            if sys_name == "PROC":
                return wchoice(rng, [("ics", 0.5), ("town", 0.25), ("county", 0.15), ("region", 0.1)])
            return wchoice(rng, [("ics", 0.45), ("county", 0.25), ("town", 0.15), ("region", 0.15)])
        return wchoice(rng, [("town", 0.6), ("county", 0.2), ("ics", 0.15), ("region", 0.05)])

    # ---------------------------------------------------------------- owner references
    def ref(self, a):
        """An owner/partner reference the importer resolves: acronym, register id, or the name
        in another case or with & for "and" (the format says these do not matter)."""
        rng = self.rng
        if a.acronym and rng.random() < 0.35:
            return a.acronym
        r = rng.random()
        if r < 0.10:
            return a.id
        if r < 0.17:
            return a.name.lower()
        if r < 0.25 and " and " in a.name:
            return a.name.replace(" and ", " & ")
        if r < 0.29 and len(a.name) < 30:
            return a.name.upper()
        return a.name

    # ---------------------------------------------------------------- modes (what survives)
    def draw_modes(self, sys_name, planted=False):
        """Per-record choices of how each particular of the programme is recorded.  Planted and
        background records draw from the same distributions (planted is only informative)."""
        rng = self.rng
        m = {}
        m["start"] = wchoice(rng, [("same", 0.62), ("shift", 0.24),
                                   ("missing", {"GMS": 0.02, "PROC": 0.06, "PMO": 0.14}[sys_name]),
                                   ("typo", 0.025)])
        m["end"] = wchoice(rng, [("same", 0.55), ("shift", 0.2),
                                 ("missing", {"GMS": 0.08, "PROC": 0.12, "PMO": 0.55}[sys_name])])
        m["place_in_name"] = rng.random() < {"GMS": 0.35, "PROC": 0.6, "PMO": 0.55}[sys_name]
        m["place_in_desc"] = rng.random() < {"GMS": 0.3, "PROC": 0.7, "PMO": 0.8}[sys_name]
        m["region_col"] = rng.random() < {"GMS": 0.45, "PROC": 0.75, "PMO": 0.8}[sys_name]
        m["wrong_region"] = rng.random() < 0.02
        m["cond_named"] = rng.random() < {"GMS": 0.85, "PROC": 0.8, "PMO": 0.7}[sys_name]
        if sys_name == "GMS":
            m["amount"] = wchoice(rng, [("full", 0.63), ("part", 0.28), ("missing", 0.06), ("typo", 0.03)])
        elif sys_name == "PROC":
            m["amount"] = wchoice(rng, [("full", 0.4), ("vat", 0.2), ("part", 0.18), ("ceiling", 0.08),
                                        ("missing", 0.1), ("typo", 0.03)])
        else:
            m["amount"] = wchoice(rng, [("rounded", 0.34), ("range", 0.12), ("total", 0.12), ("missing", 0.38),
                                        ("full", 0.04)])
        m["typo_name"] = rng.random() < 0.05
        m["abbrev_name"] = rng.random() < 0.12
        m["typo_desc"] = rng.random() < 0.03
        m["desc_missing"] = rng.random() < {"GMS": 0.28, "PROC": 0.12, "PMO": 0.05}[sys_name]
        return m

    # ---------------------------------------------------------------- record assembly
    def _area_text(self, p, m, sys_name, force_level=None):
        lvl = force_level or self.pick_level(p, sys_name)
        return lvl, self.place_name(p, lvl)

    def _region_cell(self, p, m, sys_name, facts, level=None):
        rng, W = self.rng, self.world
        if not m["region_col"]:
            return ""
        lvl = level or self.pick_level(p, sys_name)
        pl = p.place
        if m["wrong_region"]:
            # data-entry error: another area altogether (another ICS, usually another NHS region)
            other = rng.choice(W.eng_places)
            for _ in range(10):
                if other.ics != pl.ics:
                    break
                other = rng.choice(W.eng_places)
            pl = other
            facts["errors"].append("wrong_region")
        if lvl == "nation":
            lvl = "region" if pl.nation == "England" and rng.random() < 0.5 else "nation"
            if lvl == "nation":
                return ""   # the nation goes in the country column, not the region column
        txt = self.place_name(pl, lvl)
        if lvl == "town" and rng.random() < 0.3:
            txt = "%s, %s" % (pl.town, pl.county) if pl.county != pl.town else pl.town
        facts["places"].append((lvl, pl))
        return txt

    def _country_cell(self, p, sys_name):
        rng = self.rng
        pl = p.place
        r = rng.random()
        blank = {"GMS": 0.55, "PROC": 0.6, "PMO": 0.35}[sys_name]
        if r < blank:
            return ""
        if pl.nation == "England":
            if p.scope == "national" and rng.random() < 0.4:
                return rng.choice(["UK", "United Kingdom", "GB"])
            return wchoice(rng, [("England", 0.6), ("ENG", 0.1), ("GB-ENG", 0.15), ("UK", 0.15)])
        code = {"Wales": "GB-WLS", "Scotland": "GB-SCT", "Northern Ireland": "GB-NIR"}[pl.nation]
        return rng.choice([pl.nation, pl.nation, code, "UK"])

    def _start_date(self, p, m, sys_name, facts, base=None):
        """Returns (PDate or None).  base: the system's own reference date."""
        rng = self.rng
        s = base or p.start
        mode = m["start"]
        if mode == "missing":
            return None
        if mode == "same":
            d = dt.date(s.year, s.month, rng.randint(1, 28)) if sys_name == "GMS" else \
                (s if rng.random() < 0.75 else dt.date(s.year, s.month, rng.randint(2, 28)))
        else:
            delta = rng.randint(7, 56) * rng.choice([-1, 1])
            d = s + dt.timedelta(days=delta)
            if sys_name == "PROC" and rng.random() < 0.6:
                d = dt.date(d.year, d.month, 1)
        if d.year < Y_MIN:
            d = dt.date(Y_MIN, 1, min(d.day, 28))
        elif d.year > Y_MAX:
            d = dt.date(Y_MAX, 12, min(d.day, 28))
        if mode == "typo":
            y = d.year
            cand = [y + 1, y - 1]
            sw = int(str(y)[:2] + str(y)[3] + str(y)[2])
            if Y_MIN - 2 <= sw <= Y_MAX + 1 and sw != y:
                cand.append(sw)
            ny = rng.choice(cand)
            try:
                d = d.replace(year=ny)
            except ValueError:
                d = d.replace(year=ny, day=28)
            facts["errors"].append("start_year_typo")
        return d

    def _end_date(self, p, m, sys_name):
        rng = self.rng
        mode = m["end"]
        if mode == "missing":
            return None
        e = p.end
        if mode == "shift":
            e = add_months(e + dt.timedelta(days=1), rng.choice([-6, -3, 3, 6, 12, 12, 24])) - dt.timedelta(days=1)
        return e

    def _amount(self, p, m, sys_name, facts):
        """Returns (budget cell, currency cell, vat note)."""
        rng = self.rng
        mode = m["amount"]
        T = p.amount
        cur = "GBP"
        if sys_name == "GMS" and p.scheme[7] == "EUR":
            cur = "EUR"
            T = int(T * 1.16)
        if mode == "missing":
            facts["amount"] = None
            return "", "", ""
        vat = ""
        if mode == "full":
            val = T
        elif mode == "vat":
            val = round(T * 1.2, 2)
            vat = rng.choice(["inc VAT", "incl. VAT @ 20%", "including VAT", "gross (inc VAT)"])
        elif mode == "part":
            val = int(T * rng.uniform(0.25, 0.75))
        elif mode == "ceiling":
            val = int(round(T * rng.choice([1.0, 1.25, 1.5, 2.0]), -4))
        elif mode == "typo":
            s = str(T)
            if len(s) > 3:
                i = rng.randrange(1, len(s) - 1)
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:] if rng.random() < 0.5 else s + "0"
            val = int(s)
            facts["errors"].append("amount_typo")
        elif mode == "rounded":
            val = int(round(T, -4 if T < 2000000 else -5)) or T
        elif mode == "total":
            val = int(round(T * rng.uniform(1.3, 2.2), -4))
        elif mode == "range":
            lo = int(round(T * 0.8, -4 if T > 100000 else -3))
            hi = int(round(T * 1.3, -4 if T > 100000 else -3))
            facts["amount"] = (lo + hi) / 2.0
            facts["amount_mode"] = mode
            return "%d - %d" % (lo, hi), cur if rng.random() < 0.5 else "", ""
        else:
            raise ValueError(mode)
        facts["amount"] = float(val)
        facts["amount_mode"] = mode
        if sys_name == "PROC" and not vat:
            vat = rng.choice(["ex VAT", "excl. VAT", "net of VAT", "VAT exempt", "", ""])
        if mode == "ceiling":
            cell = "up to %d" % val
        elif mode == "vat":
            cell = fmt_amount(val, rng.choice(["pound_dec", "dec", "commas"])) if val != int(val) else fmt_amount(val, "commas")
        elif sys_name == "GMS":
            cell = fmt_amount(val, rng.choice(["plain", "commas", "pound", "pound_dec", "dec"]))
        elif sys_name == "PROC":
            cell = fmt_amount(val, rng.choice(["plain", "commas", "pound", "commas"]))
        else:
            cell = fmt_amount(val, rng.choice(["plain", "commas", "pound"]))
        currency = cur if (cur != "GBP" or rng.random() < 0.55) else ""
        return cell, currency, vat

    def _yn(self, v):
        rng = self.rng
        if v is None:
            return ""
        if v == "partly":
            return "partly"
        yes = rng.choice(["yes", "Yes", "Y", "TRUE", "1", "yes"]) if v else rng.choice(["no", "No", "N", "FALSE", "0", "no"])
        return yes

    def _acts(self, items):
        return "; ".join(items)

    def _status(self, sd, ed, sys_name):
        rng = self.rng
        if rng.random() < {"GMS": 0.25, "PROC": 0.2, "PMO": 0.3}[sys_name]:
            return ""
        s = sd.lo() if sd else None
        e = ed.hi() if ed else None
        if s and s > AS_AT:
            return rng.choice(["planned", "upcoming", "forthcoming", "announced", "planned"])
        if e and e < AS_AT:
            return rng.choice(["concluded", "closed", "completed", "ended", "finished", "concluded"])
        if s is None and e is None:
            return rng.choice(["active", "proposed", "draft"])
        return rng.choice(["active", "live", "ongoing", "in progress", "open", "current", "active"])

    def _finish_dates(self, row, facts, sd, ed, sstyle, estyle):
        """sd/ed: PDate or None.  Guarantees end is not before start (strictly, as spans)."""
        if sd and ed and ed.lo() < sd.hi():
            # widen to day precision and check again; else the end is dropped (data-entry style gap)
            ed2 = PDate.of(ed.hi(), "d")
            sd2 = PDate.of(sd.lo(), "d")
            if ed2.lo() >= sd2.hi():
                sd, ed = sd2, ed2
                sstyle = sstyle if sstyle in ("iso", "dmy", "dmy_dash", "dmy_dot", "d_mon_y", "words") else "iso"
                estyle = estyle if estyle in ("iso", "dmy", "dmy_dash", "dmy_dot", "d_mon_y", "words") else "iso"
            else:
                ed = None
                facts["errors"].append("end_dropped")
        row["start_date"] = sd.render(sstyle) if sd else ""
        row["end_date"] = ed.render(estyle) if ed else ""
        facts["start"] = sd
        facts["end"] = ed
        return sd, ed

    # ------------------------------------------------------------------------ GMS
    def render_gms(self, p, m=None, style=None):
        rng, W = self.rng, self.world
        m = m or self.draw_modes("GMS")
        st = style or {}
        facts = {"sys": "GMS", "places": [], "errors": [], "cond": False, "amount": None, "amount_mode": None}
        row = {"ledger_system": "GMS"}
        scheme = p.scheme
        fkey, slabel, scode, instr, recips = scheme[0], scheme[1], scheme[2], scheme[3], scheme[4]
        svc_g = rng.choice(p.svc["g"])
        cond_g = rng.choice(p.cond["g"]) if (p.cond and m["cond_named"]) else ""
        facts["cond"] = bool(cond_g)
        lvl, area = self._area_text(p, m, "GMS")
        if m["place_in_name"]:
            facts["places"].append((lvl, p.place))
        lead = p.lead
        tpl = st.get("gms_tpl", rng.randrange(6))
        core = ("%s %s" % (svc_g, cond_g)).strip() if rng.random() < 0.5 else ("%s %s" % (cond_g, svc_g)).strip()
        if tpl == 0:
            name = core
        elif tpl == 1:
            name = "%s (%s)" % (core, lead.short)
        elif tpl == 2:
            name = "%s: %s" % (scode, core)
        elif tpl == 3:
            name = "%s - %s" % (lead.short, core)
        elif tpl == 4:
            name = "%s %s" % (cap1(svc_g), ("for " + cond_g) if cond_g else "")
        else:
            name = "%s %s award" % (core, scode)
        name = name.strip()
        if m["place_in_name"]:
            name = rng.choice(["%s - %s", "%s (%s)", "%s %s"]) % (name, area)
        if m["abbrev_name"]:
            name = abbreviate(rng, name)
        if m["typo_name"]:
            name = typo(rng, name)
        row["name"] = cap1(name)
        # owner = funder (sometimes the network that administers the fund)
        owner = p.funder if rng.random() < 0.85 else p.network
        owners = [owner]
        if rng.random() < 0.04 and owner.key != "nihr":
            owners.append(W.by_key["nihr"])
        partners = [lead]
        if p.extra_partner and p.extra_partner is not lead and rng.random() < 0.4:
            partners.append(p.extra_partner)
        facts["owners"] = [a.id for a in owners]
        facts["partners"] = [a.id for a in partners]
        row["owner"] = "; ".join(self.ref(a) for a in owners)
        row["partners"] = "; ".join(self.ref(a) for a in partners) if rng.random() < 0.8 else ""
        if not row["partners"]:
            facts["partners"] = []
        # description: terse
        ref_code = self._gms_ref(fkey, p.start.year)
        if m["desc_missing"]:
            row["description"] = ""
        else:
            bits = []
            r = rng.random()
            if r < 0.4:
                bits.append("Award to %s under %s." % (lead.name, slabel))
            elif r < 0.7:
                bits.append("%s award. Lead applicant: %s." % (slabel, lead.short))
            else:
                bits.append("Dev & eval of %s%s." % (svc_g, (" for " + cond_g) if cond_g else ""))
            if m["place_in_desc"]:
                dl, dtxt = self._area_text(p, m, "GMS")
                facts["places"].append((dl, p.place))
                bits.append(rng.choice(["Site: %s.", "Area: %s.", "Delivered in %s."]) % dtxt)
            if rng.random() < 0.35:
                bits.append(rng.choice(["Match funded.", "Milestone payments quarterly.", "Phase 1 only.",
                                        "Claims in arrears.", "No cost extension agreed.", "Final report due."]))
            if rng.random() < 0.4:
                bits.append("Ref %s." % ref_code)
            d = " ".join(bits)
            if m["typo_desc"]:
                d = typo(rng, d)
            row["description"] = d
        acts = rng.choice([["funding"], ["grants"], ["grant funding"], ["funding", "evaluation"], ["Funding"],
                           ["financial support"], ["funding", "evidence generation"]])
        row["activity_types"] = self._acts(acts)
        row["instrument_type"] = instr if rng.random() < 0.8 else ""
        row["focus"] = rng.choice(["", "", "clinical", "Clinical"]) if not p.nonclin else rng.choice(["", "non-clinical", "operational", "back office"])
        row["productivity_focus"] = self._yn(None if rng.random() < 0.75 else (p.nonclin or rng.random() < 0.2))
        row["offers_funding"] = self._yn(True) if rng.random() < 0.85 else ""
        if row["offers_funding"] and rng.random() < 0.85:
            row["funding_recipients"] = {"innovators": rng.choice(["innovators", "innovator", "developers", "suppliers"]),
                                         "adopters": rng.choice(["adopters", "NHS organisations", "adopter"]),
                                         "both": rng.choice(["both", "innovators and adopters"])}[
                recips if lead.cat in ("supplier", "uni") or recips != "innovators" else "adopters"]
        else:
            row["funding_recipients"] = ""
        row["evaluated"] = self._yn(None if rng.random() < 0.7 else rng.random() < 0.4)
        row["rapid_evaluation"] = ""
        row["technology_area"] = rng.choice(p.svc["tech"]) if rng.random() < 0.5 else ""
        cell, cur, vat = self._amount(p, m, "GMS", facts)
        row["budget"], row["currency"], row["vat"] = cell, cur, ""
        row["budget_period"] = rng.choice(["", "", "per award", "%d months" % max(6, round((p.end - p.start).days / 30.4)), "total"])
        sd = self._start_date(p, m, "GMS", facts, base=p.start)
        ed = self._end_date(p, m, "GMS")
        sstyle = st.get("gms_date", rng.choice(["iso", "dmy", "iso_t", "dmy_time", "dmy", "iso", "dmy_ampm"]))
        sdp = PDate.of(sd, "d") if sd else None
        edp = PDate.of(ed, "d") if ed else None
        sdp, edp = self._finish_dates(row, facts, sdp, edp, sstyle, sstyle)
        row["status"] = self._status(sdp, edp, "GMS")
        row["source"] = rng.choice(["GMS award export", "GMS export %d-03-31" % rng.randint(2019, 2025),
                                    "Grants ledger (GMS)", "GMS"])
        row["country"] = self._country_cell(p, "GMS")
        row["region"] = self._region_cell(p, m, "GMS", facts)
        row["system_ref"] = ref_code
        row["framework_ref"] = ""
        row["lot"] = ""
        row["period_note"] = ""
        row["cost_centre"] = "CC%04d" % rng.randint(1000, 9999) if rng.random() < 0.5 else ""
        facts["id_year"] = (sd or p.start).year
        return row, facts

    def _gms_ref(self, fkey, y):
        rng = self.rng
        if fkey == "nihr":
            return "NIHR%06d" % rng.randint(200000, 209999)
        if fkey in ("iuk", "ukri"):
            return "%d" % rng.randint(10000000, 10999999)
        if fkey == "sbrih":
            return "SBRIH%02dP%03d" % (y % 100, rng.randint(1, 400))
        if fkey == "eu":
            return "GA %d" % rng.randint(700000, 999999)
        return "%s-%02d-%04d" % (rng.choice(["APP", "AWD", "G"]), y % 100, rng.randint(1, 9999))

    # ------------------------------------------------------------------------ PROC
    def render_proc(self, p, m=None, style=None, lot=None):
        rng, W = self.rng, self.world
        m = m or self.draw_modes("PROC")
        st = style or {}
        facts = {"sys": "PROC", "places": [], "errors": [], "cond": False, "amount": None, "amount_mode": None}
        row = {"ledger_system": "PROC"}
        svc_c = st.get("svc_c") or rng.choice(p.svc["c"])
        cond_c = (st.get("cond_c") or rng.choice(p.cond["c"])) if (p.cond and m["cond_named"]) else ""
        pop = (st.get("pop") or rng.choice(p.cond["pop"])) if p.cond else rng.choice(p.svc["pop"])
        facts["cond"] = bool(cond_c)
        lvl = st.get("proc_level") or self.pick_level(p, "PROC")
        area = self.place_name(p, lvl, st.get("place_style"))
        fw = p.framework
        tpl = st.get("proc_tpl", rng.randrange(7 if fw else 6))
        in_name = m["place_in_name"] or tpl in (0, 2, 5)
        if tpl == 0:
            name = "Provision of %s services for %s in %s" % (svc_c, pop if not cond_c or rng.random() < 0.5 else "people with " + cond_c, area)
        elif tpl == 1:
            name = "Provision of a %s%s service" % ((cond_c + " ") if cond_c else "", svc_c)
            if m["place_in_name"]:
                name += " - %s" % area
        elif tpl == 2:
            name = "%s %s%s service" % (area, (cond_c + " ") if cond_c else "", svc_c)
        elif tpl == 3:
            name = "Supply and implementation of %s%s" % (svc_c, (" (%s)" % cond_c) if cond_c else "")
            if m["place_in_name"]:
                name += " for %s" % area
        elif tpl == 4:
            name = "Contract for %s%s" % (svc_c, (" - %s pathway" % cond_c) if cond_c else "")
            if m["place_in_name"]:
                name += ", %s" % area
        elif tpl == 5:
            name = "%s: %s%s" % (area, cap1(svc_c), (" for " + pop) if rng.random() < 0.5 else "")
        else:
            lotn = fw[2] if lot is None else lot
            name = "Call-off under %s Lot %d (%s): %s" % (fw[0], lotn + 1, fw[3][lotn], svc_c)
            if m["place_in_name"]:
                name += " - %s" % area
        if in_name:
            facts["places"].append((lvl, p.place))
        if m["abbrev_name"]:
            name = abbreviate(rng, name)
        if m["typo_name"]:
            name = typo(rng, name)
        row["name"] = cap1(name)
        # contracting authority: usually the commissioner; supplier as partner
        owner = st.get("owner")
        if owner is None:
            # the contracting authority: the commissioner, or the funder when it is a body that procures
            procures = p.funder.cat in ("icb", "ccg", "nhse_region", "council", "trust") or \
                p.funder.key in ("nhse", "dhsc", "sbrih", "nhsx", "welshgov", "scotgov", "doh_ni")
            owner = p.funder if (procures and rng.random() < 0.25) else p.commissioner
        facts["owners"] = [owner.id]
        row["owner"] = self.ref(owner)
        partners = [p.lead]
        if rng.random() < 0.15 and p.network is not owner:
            partners.append(p.network)
        facts["partners"] = [a.id for a in partners]
        row["partners"] = "; ".join(self.ref(a) for a in partners) if rng.random() < 0.85 else ""
        if not row["partners"]:
            facts["partners"] = []
        cell, cur, vat = self._amount(p, m, "PROC", facts)
        row["budget"], row["currency"], row["vat"] = cell, cur, vat
        if m["desc_missing"]:
            row["description"] = ""
        else:
            bits = []
            bits.append(rng.choice([
                "Contract for the provision of %s to %s" % (svc_c, pop),
                "The provider will deliver %s for %s" % (svc_c, pop),
                "Service specification: %s%s" % (svc_c, (" (" + cond_c + ")") if cond_c else ""),
            ]))
            if m["place_in_desc"]:
                dl = self.pick_level(p, "PROC")
                bits[-1] += " registered with GP practices in %s" % self.place_name(p, dl) if rng.random() < 0.5 \
                    else " across %s" % self.place_name(p, dl)
                facts["places"].append((dl, p.place))
            bits[-1] += "."
            if rng.random() < 0.7:
                bits.append("Supplier: %s." % p.lead.name)
            if fw and rng.random() < 0.7:
                lotn = fw[2] if lot is None else lot
                bits.append("Awarded via %s (%s) Lot %d." % (fw[0], fw[1], lotn + 1))
            elif rng.random() < 0.4:
                bits.append(rng.choice(["Open procedure.", "Direct award (PSR).", "Competitive tender under the Light Touch Regime.",
                                        "Further competition.", "Single tender waiver approved."]))
            if cell and rng.random() < 0.5:
                bits.append("Contract value %s %s." % (cell if not cell.startswith("up to") else cell, vat or "ex VAT"))
            if rng.random() < 0.5:
                bits.append(rng.choice(["Initial term %d years with option to extend by 12 months." % rng.randint(2, 4),
                                        "2+1+1 years.", "KPIs reported quarterly to the contract board.",
                                        "TUPE may apply.", "Mobilisation period of 3 months."]))
            d = " ".join(bits)
            if m["typo_desc"]:
                d = typo(rng, d)
            row["description"] = d
        row["activity_types"] = self._acts(rng.choice([["procurement"], ["commissioning"], ["procurement and commissioning"],
                                                       ["Procurement & Commissioning"], ["purchasing"],
                                                       ["commissioning", "infrastructure"], ["procurement"]]))
        row["instrument_type"] = rng.choice(["", "", "procurement-for-rnd-and-innovation",
                                             "Procurement programmes for R&D and innovation"]) if rng.random() < 0.6 else ""
        row["focus"] = rng.choice(["clinical", "", "Clinical"]) if not p.nonclin else rng.choice(["non-clinical", "operational", "administrative", ""])
        row["productivity_focus"] = self._yn(None if rng.random() < 0.85 else p.nonclin)
        row["offers_funding"] = self._yn(False) if rng.random() < 0.5 else ""
        row["funding_recipients"] = ""
        row["evaluated"] = ""
        row["rapid_evaluation"] = ""
        row["technology_area"] = rng.choice(p.svc["c"]) if rng.random() < 0.3 else ""
        row["budget_period"] = rng.choice(["", "contract term", years_text(p),
                                           "3 years + 1", "2+1+1 years", "per annum", ""])
        sd = self._start_date(p, m, "PROC", facts, base=st.get("start") or p.start)
        ed = self._end_date(p, m, "PROC")
        if ed and rng.random() < 0.5:
            ed = month_last(ed.year, ed.month)
        sstyle = st.get("proc_date", rng.choice(["dmy", "d_mon_y", "iso", "words", "dmy_dot", "dmy_dash", "dmy"]))
        sdp = PDate.of(sd, "d") if sd else None
        edp = PDate.of(ed, "d") if ed else None
        sdp, edp = self._finish_dates(row, facts, sdp, edp, sstyle, sstyle)
        row["status"] = self._status(sdp, edp, "PROC")
        row["source"] = rng.choice(["Contracts register", "Contracts Finder extract", "Procurement contracts register",
                                    "Atamis contract export", "Contracts register (PROC)"])
        row["country"] = self._country_cell(p, "PROC")
        row["region"] = self._region_cell(p, m, "PROC", facts)
        row["system_ref"] = rng.choice(["DN%06d" % rng.randint(100000, 799999), "C%06d" % rng.randint(1, 999999),
                                        "%06d-%d" % (rng.randint(1, 999999), p.start.year)])
        if fw:
            lotn = fw[2] if lot is None else lot
            row["framework_ref"] = fw[1]
            row["lot"] = rng.choice(["Lot %d", "L%d", "%d"]) % (lotn + 1)
        else:
            row["framework_ref"] = ""
            row["lot"] = ""
        row["period_note"] = ""
        row["cost_centre"] = "CC%04d" % rng.randint(1000, 9999) if rng.random() < 0.3 else ""
        facts["id_year"] = (sd or p.start).year
        return row, facts

    # ------------------------------------------------------------------------ PMO
    def render_pmo(self, p, m=None, style=None, brand=None):
        rng, W = self.rng, self.world
        m = m or self.draw_modes("PMO")
        st = style or {}
        facts = {"sys": "PMO", "places": [], "errors": [], "cond": False, "amount": None, "amount_mode": None}
        row = {"ledger_system": "PMO"}
        b = brand or p.brand
        lvl = self.pick_level(p, "PMO")
        if lvl == "nation":
            lvl = "region" if rng.random() < 0.3 and p.place.nation == "England" else lvl
        area = self.place_name(p, lvl)
        if lvl == "town" and p.scope != "town":
            lvl2 = "county"
            area = self.place_name(p, lvl2)
            lvl = lvl2
        tpl = st.get("pmo_tpl", rng.randrange(6))
        if m["place_in_name"] and lvl != "nation":
            name = [("%s %s" % (b, area)), ("%s %s" % (area, b)), ("%s (%s)" % (b, area)), ("%s - %s" % (b, area)),
                    ("%s %s" % (b, area)), ("%s %s" % (area, b))][tpl]
            facts["places"].append((lvl, p.place))
        else:
            name = b
        if m["abbrev_name"]:
            name = abbreviate(rng, name)
        if m["typo_name"] and rng.random() < 0.5:
            name = typo(rng, name)
        row["name"] = name
        # owner = lead body (network or ICB); funder often shown as a partner
        r = rng.random()
        if r < 0.45:
            owner = p.network
        elif r < 0.8:
            owner = p.commissioner if p.commissioner.cat != "ccg" or rng.random() < 0.3 else W.icb_for(p.place) if p.place.nation == "England" and ("icb:" + p.place.ics) in W.by_key else p.commissioner
        else:
            owner = p.funder
        partners = []
        for a in (p.funder, p.commissioner, p.lead, p.extra_partner, p.network):
            if a is not None and a is not owner and a not in partners and rng.random() < 0.6:
                partners.append(a)
        facts["owners"] = [owner.id]
        facts["partners"] = [a.id for a in partners]
        row["owner"] = self.ref(owner)
        row["partners"] = "; ".join(self.ref(a) for a in partners)
        # dates: approximate
        sd, sstyle, snote = self._pmo_date(p.start, m["start"], facts, is_start=True)
        ed, estyle, enote = self._pmo_date(self._end_date(p, m, "PMO"), "same", facts, is_start=False)
        sd, ed = self._finish_dates(row, facts, sd, ed, sstyle, estyle)
        notes = [n for n in (snote, ("to " + enote) if enote and ed else "") if n]
        row["period_note"] = " ".join(notes)
        cond_n = rng.choice(p.cond["n"]) if (p.cond and m["cond_named"]) else ""
        facts["cond"] = bool(cond_n)
        svc_n = rng.choice(p.svc["n"])
        if m["desc_missing"]:
            row["description"] = ""
        else:
            who = cond_n or rng.choice(["local people", "patients", "residents", "people who need it most",
                                        p.svc.get("pop", ["patients"])[0]])
            place_bit = ""
            if m["place_in_desc"]:
                dl = self.pick_level(p, "PMO")
                if dl == "nation":
                    place_bit = " across %s" % p.place.nation
                else:
                    place_bit = " across %s" % self.place_name(p, dl) if dl != "town" else " in %s" % self.place_name(p, dl)
                facts["places"].append((dl, p.place))
            when = ""
            if snote and rng.random() < 0.6:
                when = rng.choice(["Launched in %s.", "Went live %s.", "Started %s."]) % snote
            elif sd and rng.random() < 0.4:
                when = rng.choice(["Running since %s.", "Live since %s."]) % (
                    MONTHS[sd.m] + " " + str(sd.y) if sd.m else str(sd.y))
            s1 = rng.choice([
                "%s supports %s%s with %s." % (b, who, place_bit, svc_n),
                "Our %s programme offers %s to %s%s." % (b, svc_n, who, place_bit),
                "Helping %s%s through %s." % (who, place_bit, svc_n),
                "%s brings %s to %s%s." % (b, svc_n, who, place_bit),
            ])
            s1 = cap1(s1)
            if when:
                s1 = (when + " " + s1) if rng.random() < 0.5 else (s1 + " " + when)
            s2 = rng.choice([
                "Delivered by %s in partnership with %s." % (p.lead.short, owner.short),
                "A partnership between %s and %s." % (owner.short, p.lead.short),
                "Part of the %s ambition to reduce health inequalities." % owner.short,
                "Aims: earlier intervention, fewer admissions and better experience.",
                "Real-world evaluation under way with %s." % (p.extra_partner.short if p.extra_partner else "the local university"),
                "",
            ])
            s3 = rng.choice(["", "", "Phase 2 business case in development.", "Now recruiting practices.",
                             "Featured in the NHS Long Term Plan delivery update.", "Funded by %s." % p.funder.short,
                             "Over %d people supported so far." % (rng.randint(2, 400) * 50)])
            d = " ".join(x for x in (s1, s2, s3) if x)
            if m["typo_desc"]:
                d = typo(rng, d)
            row["description"] = d
        acts = list(p.svc["acts"])
        rng.shuffle(acts)
        acts = acts[:rng.randint(1, len(acts))]
        offers = None
        if rng.random() < 0.25:
            acts.append(rng.choice(["funding", "grants"]))
            offers = True
        elif rng.random() < 0.4:
            offers = False
        row["activity_types"] = self._acts(acts)
        row["instrument_type"] = p.svc["instr"] if rng.random() < 0.55 else ""
        row["focus"] = (rng.choice(["clinical", "clinical", "both", "mixed", "clinical and administrative"])
                        if not p.nonclin else rng.choice(["non-clinical", "non clinical", "administrative", "operational", "both"]))
        row["productivity_focus"] = self._yn(p.nonclin or rng.random() < 0.25) if rng.random() < 0.6 else ""
        row["offers_funding"] = self._yn(offers)
        row["funding_recipients"] = rng.choice(["adopters", "both", "adopters only", "health and care providers"]) if offers and rng.random() < 0.7 else ""
        row["evaluated"] = rng.choice(["yes", "no", "partly", "", "Yes", "No"])
        row["rapid_evaluation"] = rng.choice(["", "", "no", "yes", "N"])
        row["technology_area"] = rng.choice(p.svc["tech"]) + ((" for " + (rng.choice(p.cond["c"]))) if p.cond and rng.random() < 0.4 else "")
        cell, cur, vat = self._amount(p, m, "PMO", facts)
        row["budget"], row["currency"], row["vat"] = cell, cur, ""
        row["budget_period"] = rng.choice(["", "3 years", "per year", "programme total", "2 years", "over the programme"]) if cell else ""
        row["status"] = self._status(sd, ed, "PMO")
        row["source"] = rng.choice(["Programme office tracker", "PMO tracker v%d" % rng.randint(3, 27), "PMO portfolio sheet",
                                    "Programme board highlight report"])
        row["country"] = self._country_cell(p, "PMO")
        row["region"] = self._region_cell(p, m, "PMO", facts)
        row["system_ref"] = ""
        row["framework_ref"] = ""
        row["lot"] = ""
        row["cost_centre"] = ""
        facts["id_year"] = sd.y if sd else p.start.year
        return row, facts

    def _pmo_date(self, d, mode, facts, is_start):
        """Approximate programme-office date.  Returns (PDate|None, style, note)."""
        rng = self.rng
        if d is None or mode == "missing":
            return None, "iso", ""
        if mode == "shift":
            d = d + dt.timedelta(days=rng.randint(7, 56) * rng.choice([-1, 1]))
            if d.year < Y_MIN:
                d = dt.date(Y_MIN, 1, 1)
            elif d.year > Y_MAX:
                d = dt.date(Y_MAX, 12, 1)
        if mode == "typo":
            ny = d.year + rng.choice([-1, 1])
            d = d.replace(year=ny, day=min(d.day, 28))
            facts["errors"].append("start_year_typo")
        kind = wchoice(rng, [("month", 0.4), ("year", 0.25), ("quarter", 0.12), ("fyq", 0.08), ("season", 0.08), ("fy", 0.07)])
        mstyle = rng.choice(["iso", "mon", "month", "slash", "iso", "dot"])
        y, mth = d.year, d.month
        if kind == "month":
            return PDate(y, mth), mstyle, ""
        if kind == "year":
            return PDate(y), "iso", ""
        if kind == "quarter":
            q = (mth - 1) // 3 + 1
            note = "Q%d %d" % (q, y)
            return (PDate(y, 3 * q - 2) if rng.random() < 0.6 else PDate(y)), mstyle, note
        if kind == "fyq":
            fy = y if mth >= 4 else y - 1
            fq = ((mth - 4) % 12) // 3 + 1
            note = "Q%d %d/%02d" % (fq, fy, (fy + 1) % 100)
            m0 = 4 + 3 * (fq - 1)
            yy = fy if m0 <= 12 else fy + 1
            m0 = m0 if m0 <= 12 else m0 - 12
            return (PDate(yy, m0) if rng.random() < 0.6 else PDate(yy)), mstyle, note
        if kind == "season":
            if mth in (3, 4, 5):
                note, md = "Spring %d" % y, (y, 4)
            elif mth in (6, 7, 8):
                note, md = "Summer %d" % y, (y, 7)
            elif mth in (9, 10, 11):
                note, md = "Autumn %d" % y, (y, 10)
            else:
                wy = y if mth == 12 else y - 1
                note, md = "Winter %d/%02d" % (wy, (wy + 1) % 100), ((wy, 12) if rng.random() < 0.5 else (wy + 1, 1))
            return (PDate(*md) if rng.random() < 0.6 else PDate(md[0])), mstyle, note
        fy = y if mth >= 4 else y - 1
        note = "%d/%02d" % (fy, (fy + 1) % 100)
        return (PDate(fy, 4) if rng.random() < 0.5 else PDate(fy)), mstyle, note

    # ------------------------------------------------------------------------ records
    def add(self, sys_name, p, m=None, style=None, origin="background", **kw):
        if sys_name == "GMS":
            row, facts = self.render_gms(p, m, style)
        elif sys_name == "PROC":
            row, facts = self.render_proc(p, m, style, **kw)
        else:
            row, facts = self.render_pmo(p, m, style, **kw)
        rec = {"sys": sys_name, "row": row, "facts": facts, "prog": p, "origin": origin}
        self.records.append(rec)
        return rec

    # ------------------------------------------------------------------------ planted clusters
    def make_cluster(self, size):
        rng = self.rng
        p = self.new_prog(nation_mix=False if rng.random() < 0.9 else True)
        systems = ["GMS", "PROC", "PMO"] if size == 3 else rng.choice([["GMS", "PROC"], ["GMS", "PMO"], ["PROC", "PMO"]])
        recs = [self.add(s, p, self.draw_modes(s, planted=True), origin="planted") for s in systems]
        tag = "dup%d" % size
        for i in range(len(recs)):
            for j in range(i + 1, len(recs)):
                a, b = recs[i], recs[j]
                kind = "%s:%s~%s" % (tag, SYSTEM_LABEL[a["sys"]], SYSTEM_LABEL[b["sys"]])
                self.planted.append((a, b, kind))
                self.pair_stats.append(pair_survival(a, b))
        self.clusters.append(recs)
        return recs, p

    # ------------------------------------------------------------------------ hard negatives
    def hn_template_other_area(self, anchor=None):
        """Same contract template let by another area (same framework, service, population)."""
        rng, W = self.rng, self.world
        p1 = self.new_prog(strict=True, nation_mix=False, clinical=rng.random() < 0.85)
        # the other area: another ICS, usually in the same NHS region
        same_region = [pl for pl in W.eng_places if pl.region == p1.place.region and pl.ics != p1.place.ics]
        other = rng.choice(same_region if same_region and rng.random() < 0.7 else W.eng_places)
        while other.ics == p1.place.ics:
            other = rng.choice(W.eng_places)
        p2 = self.new_prog(strict=True, clinical=not p1.nonclin, scope=p1.scope if p1.scope in ("town", "ics") else "ics", place=other,
                           cond=p1.cond, svc=p1.svc, start=add_months(p1.start, rng.choice([0, 0, 1, 2, 3, 6, 12])))
        p1.scope = p2.scope
        p2.framework = p1.framework
        p2.lead = p1.lead if rng.random() < 0.5 else p2.lead
        p2.amount = int(p1.amount * rng.uniform(0.7, 1.4))
        style = {"proc_tpl": rng.choice([0, 1, 2, 3, 5] + ([6] if p1.framework else [])),
                 "svc_c": rng.choice(p1.svc["c"]), "proc_date": rng.choice(["dmy", "iso", "d_mon_y"]),
                 "cond_c": rng.choice(p1.cond["c"]) if p1.cond else None,
                 "pop": rng.choice(p1.cond["pop"]) if p1.cond else rng.choice(p1.svc["pop"]),
                 "proc_level": rng.choice(["ics", "town", "county"]) if p1.scope != "region" else "region",
                 "place_style": rng.random()}
        recs = []
        for p in (p1, p2):
            m = self.draw_modes("PROC")
            m["place_in_name"] = True        # the title differs in its area, and nowhere else
            m["wrong_region"] = False
            recs.append(self.add("PROC", p, m, style=style, origin="hardneg"))
        return [(recs[0], recs[1], "template_other_area")]

    def hn_reprocurement(self, anchor=None):
        """Next cycle's re-procurement of the same service in the same area (new start)."""
        rng = self.rng
        if anchor is not None:
            p1, a = anchor
        else:
            p1 = self.new_prog(strict=True, nation_mix=True)
            a = None
        p2 = self.new_prog(strict=True, clinical=not p1.nonclin, scope=p1.scope, place=p1.place, cond=p1.cond, svc=p1.svc,
                           start=p1.end + dt.timedelta(days=1) if rng.random() < 0.7 else add_months(p1.end + dt.timedelta(days=1), rng.choice([1, 3, 6])))
        if p2.start.year > Y_MAX:
            p2.start = dt.date(Y_MAX, rng.randint(1, 12), 1)
            p2.end = add_months(p2.start, 24) - dt.timedelta(days=1)
        p2.framework = p1.framework if rng.random() < 0.3 else p2.framework
        p2.lead = p1.lead if rng.random() < 0.55 else p2.lead
        p2.amount = int(p1.amount * rng.uniform(0.85, 1.25))
        p2.brand = p1.brand
        style = {"proc_tpl": rng.choice([0, 1, 2, 3, 5]), "svc_c": rng.choice(p1.svc["c"]),
                 "cond_c": rng.choice(p1.cond["c"]) if p1.cond else None,
                 "pop": rng.choice(p1.cond["pop"]) if p1.cond else rng.choice(p1.svc["pop"]),
                 "proc_level": self.pick_level(p1, "PROC"), "place_style": rng.random()}
        if p2.commissioner.cat == "icb" and p1.commissioner.cat == "ccg":
            pass  # the CCG's contract re-let by the ICB: the owner changes too
        else:
            style["owner"] = p1.commissioner
        if a is None:
            a = self.add("PROC", p1, style=style, origin="hardneg")
        b = self.add("PROC", p2, style=style, origin="hardneg")
        return [(a, b, "reprocurement_next_cycle")]

    def hn_grant_vs_contract(self, anchor=None):
        """A grant and a contract for the same condition in the same area, different services."""
        rng = self.rng
        p1 = self.new_prog(strict=True, nation_mix=True, clinical=True)
        for _ in range(20):
            s2 = rng.choice(V.SERVICES)
            if s2["key"] != p1.svc["key"] and ("only" not in s2 or p1.cond["key"] in s2["only"]):
                break
        p2 = self.new_prog(strict=True, clinical=True, scope=p1.scope, place=p1.place, cond=p1.cond, svc=s2,
                           start=add_months(p1.start, rng.choice([-6, -3, 0, 0, 2, 4, 9])))
        if rng.random() < 0.5:
            p2.funder = p1.funder
        p2.commissioner = p1.commissioner
        a = self.add("GMS", p1, origin="hardneg")
        m2 = self.draw_modes("PROC")
        m2["cond_named"] = True
        b = self.add("PROC", p2, m2, origin="hardneg")
        return [(a, b, "grant_vs_contract_same_condition_area")]

    def hn_framework_lots(self, anchor=None):
        """Two or three lots of one framework call-off: same framework, owner, area and dates;
        each lot buys a different service."""
        rng = self.rng
        p1 = self.new_prog(strict=True, nation_mix=False, clinical=rng.random() < 0.7)
        p1.framework = self._framework(p1, min_lots=3)
        fw = p1.framework
        nlots = len(fw[3])
        nl = 3 if rng.random() < 0.3 else 2
        others = [i for i in range(nlots) if i != fw[2]]
        lots = [fw[2]] + rng.sample(others, nl - 1)
        style = {"proc_tpl": 6, "proc_date": rng.choice(["dmy", "iso", "d_mon_y", "words"]),
                 "proc_level": self.pick_level(p1, "PROC"), "place_style": rng.random(), "owner": p1.commissioner}
        base_m = self.draw_modes("PROC")
        base_m["start"] = "same"
        base_m["end"] = "same"
        base_m["wrong_region"] = False
        progs = []
        used_svcs = [p1.svc["key"]]
        for k, lot in enumerate(lots):
            if k == 0:
                p = p1
            else:
                # the service this lot buys, if it names any; else any other service
                keys = [x for x in self._lot_keys(fw[0], lot) if x != "*" and x not in used_svcs]
                if keys:
                    svc = SVC_BY_KEY[rng.choice(keys)]
                else:
                    pool = V.NONCLIN if p1.nonclin else V.SERVICES
                    svc = rng.choice([x for x in pool if x["key"] not in used_svcs])
                used_svcs.append(svc["key"])
                clin = svc in V.SERVICES
                cond = None
                if clin:
                    if p1.cond and ("only" not in svc or p1.cond["key"] in svc["only"]) and rng.random() < 0.6:
                        cond = p1.cond
                    elif "only" in svc:
                        cond = COND_BY_KEY[rng.choice(svc["only"])]
                p = self.new_prog(strict=True, clinical=clin, scope=p1.scope, place=p1.place, svc=svc, cond=cond, start=p1.start)
                p.end = p1.end
                p.commissioner = p1.commissioner
                p.amount = int(p1.amount * rng.uniform(0.4, 1.6))
            p.framework = (fw[0], fw[1], lot, fw[3])
            progs.append((p, lot))
        recs = []
        for p, lot in progs:
            m = dict(base_m)
            m["amount"] = rng.choice(["full", "ceiling", "full"])
            recs.append(self.add("PROC", p, m, style=dict(style), origin="hardneg", lot=lot))
        out = []
        for i in range(len(recs)):
            for j in range(i + 1, len(recs)):
                out.append((recs[i], recs[j], "framework_lots"))
        return out

    def hn_same_name_regions(self, anchor=None):
        """The same marketed programme name used in two regions."""
        rng, W = self.rng, self.world
        if anchor is not None:
            p1, a = anchor
        else:
            p1 = self.new_prog(strict=True, nation_mix=False)
            a = None
        other = rng.choice([pl for pl in W.eng_places if pl.region != p1.place.region])
        p2 = self.new_prog(strict=True, clinical=not p1.nonclin, scope=p1.scope if p1.scope != "national" else "region", place=other,
                           cond=p1.cond if rng.random() < 0.8 else None, svc=p1.svc if rng.random() < 0.5 else None,
                           start=add_months(p1.start, rng.choice([-18, -12, -6, 0, 3, 6, 12, 24])) if rng.random() < 0.8 else None)
        if p2.start.year > Y_MAX:
            p2.start = dt.date(Y_MAX, p2.start.month, 1)
            p2.end = add_months(p2.start, 24) - dt.timedelta(days=1)
        p2.brand = p1.brand
        if a is None:
            a = self.add("PMO", p1, origin="hardneg")
        b = self.add("PMO", p2, origin="hardneg")
        return [(a, b, "same_name_other_region")]

    def hn_pilot_scaleup(self, anchor=None):
        """A town pilot and its later ICS- or region-wide scale-up."""
        rng, W = self.rng, self.world
        if anchor is not None:
            p2, b = anchor          # the planted programme is the scale-up
            if p2.scope == "town":
                p2.scope = "ics"
        else:
            p2 = None
            b = None
        if p2 is None:
            pl = rng.choice(W.eng_places)
            y = year_weighted(rng, 2014, 2025)
            p1 = self.new_prog(strict=True, clinical=rng.random() < 0.85, scope="town", place=pl, start=dt.date(y, rng.randint(1, 12), 1))
            p1.end = add_months(p1.start, rng.choice([6, 9, 12, 12, 18])) - dt.timedelta(days=1)
            p2 = self.new_prog(strict=True, clinical=not p1.nonclin, scope=rng.choice(["ics", "ics", "region"]), place=pl, cond=p1.cond,
                               svc=p1.svc, start=add_months(p1.end + dt.timedelta(days=1), rng.choice([-3, 0, 0, 3, 6, 12])))
            if p2.start.year > Y_MAX:
                p2.start = dt.date(Y_MAX, rng.randint(1, 12), 1)
                p2.end = add_months(p2.start, 24) - dt.timedelta(days=1)
        else:
            start = add_months(p2.start, -rng.choice([12, 18, 24, 30]))
            if start.year < Y_MIN:
                start = dt.date(Y_MIN, 1, 1)
            p1 = self.new_prog(strict=True, clinical=not p2.nonclin, scope="town", place=p2.place, cond=p2.cond, svc=p2.svc, start=start)
            p1.end = min(add_months(p1.start, rng.choice([6, 9, 12, 12, 18])) - dt.timedelta(days=1),
                         p2.start + dt.timedelta(days=rng.choice([-1, 30, 60])))
            if p1.end <= p1.start:
                p1.end = add_months(p1.start, 6)
        p1.amount = max(10000, int(p2.amount * rng.uniform(0.05, 0.25)))
        p2.amount = max(p2.amount, p1.amount * 3)
        p1.brand = p2.brand = (p2.brand if b is not None else p1.brand)
        p1.lead = p2.lead if rng.random() < 0.7 else p1.lead
        s1 = rng.choice(["GMS", "PMO", "PMO"])
        m1 = self.draw_modes(s1)
        st1 = {}
        a = self.add(s1, p1, m1, style=st1, origin="hardneg")
        if s1 == "PMO":
            a["row"]["name"] = rng.choice(["%s pilot", "%s Pilot", "%s (pilot)", "%s - pilot phase", "%s test and learn"]) % a["row"]["name"]
        else:
            a["row"]["name"] = rng.choice(["Pilot: %s", "%s pilot", "%s - pilot"]) % a["row"]["name"]
        if b is None:
            s2 = rng.choice(["PROC", "PMO", "PMO", "GMS"])
            b = self.add(s2, p2, origin="hardneg")
            if s2 == "PMO":
                b["row"]["name"] = rng.choice(["%s roll-out", "%s Scale-up", "%s Phase 2", "%s: system-wide roll out", "%s"]) % b["row"]["name"]
            elif s2 == "PROC":
                b["row"]["name"] = b["row"]["name"] + rng.choice([" (scale-up)", " - roll-out", " phase 2", ""])
        return [(a, b, "pilot_vs_scaleup")]

    # ------------------------------------------------------------------------ main
    def run(self):
        rng = self.rng
        N = self.N
        target_rows = max(2, int(round(PLANTED_ROW_SHARE * N)))
        planted_rows = 0
        cluster_progs = []
        while planted_rows < target_rows:
            left = target_rows - planted_rows
            size = 3 if (left == 3 or (left >= 5 and rng.random() < 0.3)) else 2
            if left == 1:
                size = 2    # only when the target itself is odd and small
            recs, p = self.make_cluster(size)
            planted_rows += size
            cluster_progs.append((recs, p))
        hn_target = HN_PER_PLANTED_PAIR * len(self.planted)
        # anchored hard negatives: look-alikes of planted programmes (about a quarter of clusters)
        for recs, p in cluster_progs:
            if len(self.hard) >= hn_target:
                break
            if rng.random() >= 0.27:
                continue
            by_sys = {r["sys"]: r for r in recs}
            opts = []
            if "PROC" in by_sys:
                opts.append(("reproc", by_sys["PROC"]))
            if "PMO" in by_sys:
                opts.append(("name", by_sys["PMO"]))
            opts.append(("pilot", rng.choice(recs)))
            what, rec = rng.choice(opts)
            try:
                if what == "reproc":
                    self.hard.extend(self.hn_reprocurement(anchor=(p, rec)))
                elif what == "name":
                    self.hard.extend(self.hn_same_name_regions(anchor=(p, rec)))
                else:
                    self.hard.extend(self.hn_pilot_scaleup(anchor=(p, rec)))
            except KeyCollision:
                self.hn_redrawn += 1
        makers = [(self.hn_template_other_area, 1.0), (self.hn_reprocurement, 1.0), (self.hn_grant_vs_contract, 1.0),
                  (self.hn_framework_lots, 0.8), (self.hn_same_name_regions, 1.0), (self.hn_pilot_scaleup, 0.9)]
        while len(self.hard) < hn_target:
            f = wchoice(rng, makers)
            try:
                self.hard.extend(f())
            except KeyCollision:
                self.hn_redrawn += 1
        # background
        n_bg = N - len(self.records)
        if n_bg < 0:
            raise SystemExit("--rows %d is too small for the planted clusters and hard negatives" % N)
        for _ in range(n_bg):
            s = wchoice(rng, [("GMS", 0.35), ("PROC", 0.35), ("PMO", 0.30)])
            p = self.new_prog(nation_mix=True)
            self.add(s, p)
        self.assign_ids()

    def assign_ids(self):
        rng = self.rng
        groups = {"GMS": {}, "PROC": {}, "PMO": []}
        for r in self.records:
            y = r["facts"]["id_year"]
            if r["sys"] == "PMO":
                groups["PMO"].append(r)
            else:
                groups[r["sys"]].setdefault(y, []).append(r)
        for sysn in ("GMS", "PROC"):
            for y in sorted(groups[sysn]):
                lst = groups[sysn][y]
                rng.shuffle(lst)
                width = max(4, len(str(len(lst) + 99)))
                seqs = rng.sample(range(1, max(len(lst) * 3, 10 ** width // 10) + 1), len(lst))
                seqs.sort()
                for r, q in zip(lst, seqs):
                    r["id"] = ("GMS/%02d/%0*d" % (y % 100, width, q)) if sysn == "GMS" else ("CR-%d-%0*d" % (y, width, q))
        lst = groups["PMO"]
        rng.shuffle(lst)
        width = max(4, len(str(len(lst))))
        for i, r in enumerate(lst):
            r["id"] = "PMO-%0*d" % (width, i + 1)
        for r in self.records:
            r["row"]["id"] = r["id"]


# ============================================================================================
# survival statistics for planted pairs
# ============================================================================================
def pair_survival(a, b):
    fa, fb = a["facts"], b["facts"]
    out = {}
    sa, sb = fa.get("start"), fb.get("start")
    out["start_both"] = bool(sa and sb)
    out["start_same_month"] = bool(sa and sb and sa.p != "y" and sb.p != "y" and (sa.y, sa.m) == (sb.y, sb.m))
    out["start_same_year"] = bool(sa and sb and sa.y == sb.y)
    out["start_within_8_weeks"] = bool(sa and sb and sa.p != "y" and sb.p != "y" and abs((sa.lo() - sb.lo()).days) <= 62)
    ea, eb = fa.get("end"), fb.get("end")
    out["end_both"] = bool(ea and eb)
    out["end_same_month"] = bool(ea and eb and ea.p != "y" and eb.p != "y" and (ea.y, ea.m) == (eb.y, eb.m))
    out["end_same_year"] = bool(ea and eb and ea.y == eb.y)
    pa, pb = fa["places"], fb["places"]
    out["place_both"] = bool(pa and pb)
    names_a = set((l, Gen_place_label(pl, l)) for l, pl in pa)
    names_b = set((l, Gen_place_label(pl, l)) for l, pl in pb)
    out["place_same_level_same_area"] = bool(names_a & names_b)
    out["place_same_ics_any_level"] = bool(pa and pb and any(x.ics == y.ics for _, x in pa for _, y in pb))
    out["condition_both"] = fa["cond"] and fb["cond"]
    out["clinical_programme"] = a["prog"].cond is not None
    am, bm = fa["amount"], fb["amount"]
    out["amount_both"] = am is not None and bm is not None
    out["amount_equal"] = bool(out["amount_both"] and abs(am - bm) < 1)
    out["amount_within_25pct"] = bool(out["amount_both"] and max(am, bm) > 0 and abs(am - bm) / max(am, bm) <= 0.25)
    out["amount_vat_ratio"] = bool(out["amount_both"] and min(am, bm) > 0 and abs(max(am, bm) / min(am, bm) - 1.2) < 0.001)
    oa, ob = set(fa["owners"]), set(fb["owners"])
    out["owner_same"] = bool(oa & ob)
    out["owner_as_partner"] = bool((oa & set(fb["partners"])) or (ob & set(fa["partners"])))
    out["owner_or_partner_shared"] = bool((oa | set(fa["partners"])) & (ob | set(fb["partners"])))
    out["data_entry_error"] = bool(fa["errors"] or fb["errors"])
    sim_words = _shared_name_words(a["row"]["name"], b["row"]["name"])
    out["name_shares_a_word"] = sim_words > 0
    out["signals"] = sum([out["start_same_year"] or out["start_within_8_weeks"], out["end_same_year"],
                          out["place_same_ics_any_level"], out["condition_both"], out["amount_within_25pct"],
                          out["owner_or_partner_shared"]])
    return out


STOP = set("a an and the of for in to with on at by - – & services service programme contract provision".split())


def _shared_name_words(x, y):
    wx = set(w for w in re.findall(r"[a-z0-9]+", x.lower()) if w not in STOP and len(w) > 2)
    wy = set(w for w in re.findall(r"[a-z0-9]+", y.lower()) if w not in STOP and len(w) > 2)
    return len(wx & wy)


def Gen_place_label(pl, level):
    return {"town": pl.town, "county": pl.county, "ics": pl.ics, "region": pl.region, "nation": pl.nation}[level]


# ============================================================================================
# writing
# ============================================================================================
BAD_LEAD = ("=", "+", "-", "@")


def clean_cell(v, rng, allow_nbsp):
    if v is None:
        return ""
    v = str(v)
    v = v.replace(";;", ";").strip()
    while v and v[0] in BAD_LEAD:
        v = v[1:].lstrip()
    if allow_nbsp and v and rng.random() < 0.004:
        v = v + "\u00a0"          # stray no-break space: the importer trims it
    return v


def write_outputs(gen, out, bom=True):
    os.makedirs(out, exist_ok=True)
    enc = "utf-8-sig" if bom else "utf-8"
    rng = random.Random(gen.N * 31 + 7)
    order = {"GMS": 0, "PROC": 1, "PMO": 2}
    recs = sorted(gen.records, key=lambda r: (order[r["sys"]], r["id"]))
    with open(os.path.join(out, "initiatives.csv"), "w", newline="", encoding=enc) as f:
        w = csv.writer(f)
        w.writerow([h for _, h in COLUMNS])
        for r in recs:
            row = r["row"]
            cells = []
            for k, _ in COLUMNS:
                v = row.get(k, "")
                cells.append(clean_cell(v, rng, allow_nbsp=k in ("name", "description", "technology_area")))
            w.writerow(cells)
    with open(os.path.join(out, "actors.csv"), "w", newline="", encoding=enc) as f:
        w = csv.writer(f)
        w.writerow([h for _, h in ACTOR_COLUMNS])
        for a in gen.world.actors:
            w.writerow([a.id, a.name, a.acronym or "", a.kind, a.level, a.member_of, a.description,
                        "eleventh generator (synthetic)"])
    def dump(path, pairs):
        rows = []
        for a, b, kind in pairs:
            x, y = sorted((a["id"], b["id"]))
            rows.append((x, y, kind))
        rows.sort()
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id_a", "id_b", "kind"])
            w.writerows(rows)
        return len(rows)
    n_p = dump(os.path.join(out, "planted_pairs.csv"), gen.planted)
    n_h = dump(os.path.join(out, "hard_negatives.csv"), gen.hard)
    return n_p, n_h


def summarise(gen, n_p, n_h, elapsed, out):
    from collections import Counter
    lines = []
    lines.append("rows %d (GMS %d, PROC %d, PMO %d); actors %d" % (
        len(gen.records), *(sum(1 for r in gen.records if r["sys"] == s) for s in ("GMS", "PROC", "PMO")), len(gen.world.actors)))
    sizes = Counter(len(c) for c in gen.clusters)
    inrows = sum(len(c) for c in gen.clusters)
    lines.append("planted clusters %d (%s), rows in clusters %d (%.2f%%), planted pairs %d" % (
        len(gen.clusters), ", ".join("size %d: %d" % kv for kv in sorted(sizes.items())), inrows,
        100.0 * inrows / max(1, len(gen.records)), n_p))
    lines.append("hard negative pairs %d (%.2fx planted)" % (n_h, n_h / max(1, n_p)))
    for k, v in sorted(Counter(k for _, _, k in gen.hard).items()):
        lines.append("  hn %-40s %d" % (k, v))
    for k, v in sorted(Counter(k for _, _, k in gen.planted).items()):
        lines.append("  planted %-35s %d" % (k, v))
    if gen.pair_stats:
        ps = gen.pair_stats
        lines.append("planted pair survival (share of planted pairs):")
        for k in ps[0]:
            if k == "signals":
                continue
            lines.append("  %-28s %.2f" % (k, sum(1 for s in ps if s[k]) / len(ps)))
        clin = [s for s in ps if s["clinical_programme"]]
        if clin:
            lines.append("  %-28s %.2f" % ("condition_both (clinical)", sum(1 for s in clin if s["condition_both"]) / len(clin)))
        hist = Counter(s["signals"] for s in ps)
        lines.append("  shared signals per pair (start, end, place, condition, amount, organisation): " +
                     ", ".join("%d: %.2f" % (k, hist[k] / len(ps)) for k in range(7)))
    lines.append("programme keys reused after retries: %d; look-alike groups redrawn: %d" % (gen.key_collisions, gen.hn_redrawn))
    lines.append("wrote %s in %.1fs" % (out, elapsed))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-bom", action="store_true", help="write the CSV registers without a UTF-8 byte-order mark")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.rows < 60:
        ap.error("--rows must be at least 60")
    t0 = time.time()
    gen = Generator(args.rows, args.seed)
    gen.run()
    n_p, n_h = write_outputs(gen, args.out, bom=not args.no_bom)
    if not args.quiet:
        print(summarise(gen, n_p, n_h, time.time() - t0, args.out))


if __name__ == "__main__":
    main()
