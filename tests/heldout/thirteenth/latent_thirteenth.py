"""Latent programmes: the real programmes behind the inventory rows.

A Latent holds the truth (place, bodies, condition, technology, dates, budget,
names).  Feeds render it into rows (render_thirteenth.py).  `World` draws
background programmes and builds the look-alike siblings used for hard negatives.
All randomness comes from the World's own random.Random.
"""
import re

from places_thirteenth import AREAS, REGIONS, AREA_KEYS, REGION_KEYS, NATIONS, county_of_town
from bodies_thirteenth import BODIES
from vocab_thirteenth import (CONDITIONS, TECHS, COND_KEYS, CLIN_TECHS, NONCLIN_TECHS, TECH_KEYS,
                              FAMILIES, FAMILY_KEYS, FAMILY_WEIGHTS, BRANDS, BRAND_SUFFIXES, STOPWORDS,
                              NUMBER_WORDS, TECH_CONDS, FUNDERS, NATION_PREFIXES)

NATION_W = [("ENG", 45), ("WLS", 20), ("SCT", 20), ("NIR", 7), ("UK", 8)]
START_YEARS = [(2016, 3), (2017, 5), (2018, 8), (2019, 12), (2020, 12), (2021, 14), (2022, 14), (2023, 12),
               (2024, 8)]
DURATION = {"comp": (9, 24), "pilot": (6, 24), "fund": (24, 60), "adopt": (18, 48), "skills": (10, 36),
            "hub": (24, 60), "eval": (12, 36), "pathway": (12, 48), "strategy": (36, 72)}
BUDGET = {"fund": (1e6, 40e6), "comp": (5e5, 8e6), "adopt": (2e6, 60e6), "skills": (3e5, 5e6),
          "hub": (5e5, 10e6), "eval": (1e5, 2e6), "pilot": (3e5, 8e6), "pathway": (1e6, 20e6),
          "strategy": (5e6, 2e8)}
LEVEL_SCALE = {"national": 1.0, "regional": 0.25, "local": 0.08}
OWNER_ROLES = {"fund": ["funder"], "comp": ["funder"], "skills": ["workforce", "network"], "hub": ["network"],
               "eval": ["evaluator"], "adopt": ["alb", "network", "digital", "funder"], "pilot": ["digital", "alb"],
               "pathway": ["alb", "commissioner"], "strategy": ["gov"]}
CCG_END = 2022 * 12 + 5  # June 2022
BRAND_SCOPE = {"UK": "ENG"}  # UK-wide and English programmes draw on the same brand words


def ym_of(d):
    return d[0] * 12 + d[1] - 1


def date_of(ym, day):
    return (ym // 12, ym % 12 + 1, day)


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def strip_board(name):
    for suf in (" University Health Board", " Teaching Health Board", " Health and Social Care Trust"):
        if name.endswith(suf):
            return name[: -len(suf)]
    return name[4:] if name.startswith("NHS ") else name


def norm_key(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


class Latent:
    def __init__(self, lid):
        self.lid = lid
        self.phase = 1
        self.comp_no = None
        self.brand = None
        self.brand_name = None
        self.acr = None
        self.cy_name = None
        self.related = None  # (kind, lid) for siblings
        self.eval_of = None
        self.strand_of = None
        self.brand_root = None
        self.custom_formal = None
        self.custom_cy = None

    # places -----------------------------------------------------------
    def area_rec(self):
        return AREAS[self.area] if self.area else None

    def town_pair(self):
        a = self.area_rec()
        return a["towns"][self.town] if a else None

    def county_pair(self):
        a = self.area_rec()
        return a["counties"][self.county] if a else None


class World:
    def __init__(self, rng):
        self.rng = rng
        self.next_lid = 1
        self.used = set()
        self.used_brands = set()

    # ------------------------------------------------------------------
    def _new(self):
        L = Latent(self.next_lid)
        self.next_lid += 1
        return L

    def _place(self, L, nation, level, area=None, town=None):
        rng = self.rng
        L.nation, L.level = nation, level
        L.region = L.area = L.town = L.county = None
        if nation == "UK":
            L.level = "national"
            return
        if nation == "NIR" and level == "regional":
            L.level = level = "national"
        if level == "regional":
            L.region = pick(rng, REGION_KEYS[nation])
        elif level == "local":
            L.area = area or pick(rng, AREA_KEYS[nation])
            a = AREAS[L.area]
            L.region = a["region"]
            L.town = town if town is not None else rng.randrange(len(a["towns"]))
            L.county = county_of_town(L.area, L.town)

    def _owner(self, L, avoid=()):
        rng, B = self.rng, BODIES
        sym = L.start_ym
        key = None
        if L.level == "national":
            for role in OWNER_ROLES[L.family]:
                if rng.random() < 0.7:
                    key = B.pick(rng, L.nation, role)
                    if key:
                        break
            key = key or B.pick(rng, L.nation, "funder") or B.pick(rng, L.nation, "gov")
        elif L.level == "regional":
            if L.nation == "ENG":
                areas = [k for k in AREA_KEYS["ENG"] if AREAS[k]["region"] == L.region]
                key = B.ahsn_of_area[pick(rng, areas)] if rng.random() < 0.85 else "nhsa"
            else:
                key = B.pick(rng, L.region, "network") or B.pick(rng, L.region, "regional")
                if not key or rng.random() < 0.2:
                    areas = [k for k in AREA_KEYS[L.nation] if AREAS[k]["region"] == L.region]
                    key = B.pick(rng, pick(rng, areas), "area")
        else:
            r = rng.random()
            if r < 0.68:
                if L.nation == "ENG" and sym <= CCG_END:
                    key = B.pick(rng, L.area, "ccg")
                else:
                    key = B.pick(rng, L.area, "area")
            elif r < 0.82 and L.nation == "ENG":
                key = B.pick(rng, L.area, "provider")
            elif r < 0.93:
                key = B.pick(rng, L.area, "university") or B.pick(rng, L.nation, "university")
            else:
                key = B.pick(rng, L.area, "company") or B.pick(rng, L.nation, "company")
            key = key or B.pick(rng, L.area, "area")
        if key in avoid:
            key = B.pick(rng, L.nation if L.nation != "UK" else "UK", "funder") or key
        L.owner = B.at(key, sym)

    def _funder_partners(self, L, keep_partners=None):
        rng, B = self.rng, BODIES
        nat = L.nation
        side = "enterprise" if (FAMILIES[L.family]["recip"] == "innovators" and rng.random() < 0.7) \
            or rng.random() < 0.12 else "health"
        if nat == "WLS" and L.start[0] <= 2020 and rng.random() < 0.1:
            f = "wefo"
        elif nat == "ENG" and L.level == "local" and rng.random() < 0.3:
            f = L.owner
        else:
            f = pick(rng, FUNDERS[nat][side])
        L.funder = B.at(f, L.start_ym)
        L.currency_od = "EUR" if B.get(L.funder)["lineage"] == "wefo" else "GBP"
        cands = []
        sc = L.area or L.region or nat
        for scope, role, p in ((sc, "university", 0.6), (nat, "university", 0.3), (sc, "company", 0.4),
                               (nat, "company", 0.35), (nat, "charity", 0.3), ("UK", "charity", 0.2),
                               (nat, "alb", 0.3), (nat, "digital", 0.2), (L.region, "network", 0.3),
                               (L.region, "area", 0.35), (L.region, "regional", 0.3)):
            if scope and rng.random() < p:
                k = B.pick(rng, scope, role)
                if k:
                    cands.append(k)
        if L.nation == "ENG" and L.area and rng.random() < 0.5:
            cands.append(B.ahsn_of_area[L.area])
        lin_skip = {B.get(L.owner)["lineage"], B.get(L.funder)["lineage"]}
        out = list(keep_partners or [])
        for k in cands:
            lk = B.get(k)["lineage"]
            if lk not in lin_skip and lk not in [B.get(x)["lineage"] for x in out]:
                out.append(k)
        rng.shuffle(out)
        L.partners = out[: 1 + rng.randrange(5)]

    def _dates(self, L, start_ym=None, dur=None):
        rng = self.rng
        if start_ym is None:
            start_ym = wpick(rng, START_YEARS) * 12 + rng.randrange(12)
        L.start_ym = start_ym
        L.start = date_of(start_ym, 1 + rng.randrange(28))
        lo, hi = DURATION[L.family]
        d = dur or (lo + rng.randrange(hi - lo + 1))
        if L.family in ("hub", "strategy", "pathway", "adopt") and rng.random() < 0.08 and dur is None:
            L.end = None
            L.end_ym = None
        else:
            L.end_ym = start_ym + d - 1
            L.end = date_of(L.end_ym, 1 + rng.randrange(28))
        L.years = max(1, round(d / 12))

    def _money(self, L, scale=None):
        rng = self.rng
        lo, hi = BUDGET[L.family]
        f = scale if scale is not None else LEVEL_SCALE[L.level]
        lo, hi = max(20000.0, lo * f), max(40000.0, hi * f)
        v = lo * (hi / lo) ** rng.random()
        gran = pick(rng, [1, 10, 10, 50, 1000, 1000, 5000])
        L.budget = int(round(v / gran) * gran) or 20000
        L.budget_kind = "exact"
        if L.family in ("fund", "comp") and L.level == "national":
            r = rng.random()
            L.budget_kind = "upto" if r < 0.3 else ("range" if r < 0.36 else "exact")
        fam = FAMILIES[L.family]
        L.offers_funding = rng.random() < fam["funds"]
        if L.offers_funding:
            L.recipients = fam["recip"] if fam["recip"] != "none" else pick(rng, ["adopters", "innovators", "both"])
            if rng.random() < 0.12:
                L.recipients = "both"
        else:
            L.recipients = "none"

    def _topic(self, L, cond=None, tech=None):
        rng = self.rng
        if tech is None:
            tech = pick(rng, NONCLIN_TECHS) if rng.random() < 0.12 else pick(rng, CLIN_TECHS)
        L.tech = tech
        if cond is None:
            if TECHS[tech]["focus"] == "non-clinical":
                cond = ""
            elif TECHS[tech]["focus"] == "both" and rng.random() < 0.35:
                cond = ""
            else:
                cond = pick(rng, TECH_CONDS[tech] or COND_KEYS)
        L.cond = cond or None
        f = TECHS[tech]["focus"]
        L.focus = "both" if (f == "both" or rng.random() < 0.12) else f
        fam = FAMILIES[L.family]
        acts = list(fam["acts"])
        rng.shuffle(acts)
        L.acts = acts[: 1 + rng.randrange(len(acts))]
        if L.offers_funding and "funding" not in L.acts:
            L.acts.append("funding")
        if rng.random() < 0.15:
            L.acts.append(pick(rng, ["evaluation", "training", "information", "regulatory"]))
        L.acts = list(dict.fromkeys(L.acts))
        L.instr = pick(rng, fam["instr"])
        L.evaluated = wpick(rng, [("yes", 30), ("no", 30), ("partly", 10), (None, 30)])
        L.n_comp = 5 + rng.randrange(115)
        L.n_pat = 100 + rng.randrange(20000)
        L.n_sites = 2 + rng.randrange(58)
        L.pct = 5 + rng.randrange(40)
        L.mins = 2 + rng.randrange(14)
        L.beddays = 100 + rng.randrange(9000)

    # names --------------------------------------------------------------
    def place_prefix(self, L, welsh=False):
        rng = self.rng
        if L.level == "national":
            return L.nat_pfx
        if L.level == "regional":
            r = REGIONS[L.region]
            if welsh and L.nation == "WLS":
                return r["alt"]
            return r["name"]
        a = AREAS[L.area]
        en, cy = a["towns"][L.town]
        if L.name_place == "town":
            return (cy or en) if welsh else en
        if a["kind"] == "lhb" and welsh:
            return strip_board(a["other"]).replace("Bwrdd Iechyd Prifysgol ", "").replace("Bwrdd Iechyd Addysgu ", "")
        return strip_board(a["name"])

    def build_names(self, L):
        rng = self.rng
        T = TECHS[L.tech]
        C = CONDITIONS[L.cond] if L.cond else None
        cw = C["word"] if C else ""
        tw = T["word"]
        ty = L.type_word
        pfx = self.place_prefix(L)
        pat = L.pattern
        if getattr(L, "custom_formal", None):
            name = L.custom_formal
        elif L.family == "comp":
            fb = BODIES.get(L.funder)
            fshort = fb["acr"] or fb["name"]
            forms = ["%s Competition %d: %s %s" % (fshort, L.comp_no, cw, tw),
                     "%s %s Challenge Round %d" % (pfx, tw, L.comp_no),
                     "%s Innovation Challenge %d: %s" % (pfx, L.comp_no, cw or tw)]
            name = forms[pat % 3]
        elif L.family == "skills":
            fb = BODIES.get(L.owner)
            forms = ["%s %s %s (cohort %d)" % (pfx, tw, ty, L.comp_no),
                     "%s Clinical Innovation %s Cohort %d" % (fb["acr"] or pfx, ty, L.comp_no),
                     "%s Digital %s %s" % (pfx, cw or "Health", ty)]
            name = forms[pat % 3]
        elif L.family == "strategy":
            name = "%s %s %s %d-%d" % (pfx, tw, ty, L.start[0], L.start[0] + L.years)
        else:
            if not cw:
                forms = ["%s %s %s" % (pfx, tw, ty), ("%s %s %s" if tw.startswith("Digital") else "%s Digital %s %s") % (pfx, tw, ty),
                         "%s %s %s" % (tw, ty, "(" + pfx + ")"), "%s %s and Productivity %s" % (pfx, tw, ty),
                         "%s for %s" % (ty, tw)]
            else:
                forms = ["%s %s %s %s" % (pfx, cw, tw, ty), "%s %s %s (%s)" % (pfx, tw, ty, cw),
                         "%s %s Innovation %s" % (pfx, cw, ty), "%s %s %s" % (cw, tw, ty + " - " + pfx),
                         "%s for %s %s" % (ty, cw, tw)]
            name = forms[pat % 5]
        name = re.sub(r"\s+", " ", name).replace(" :", ":").strip()
        if L.phase > 1:
            st = L.phase_style
            name += [" Phase %d" % L.phase, " (Phase %d)" % L.phase, " %d.0" % L.phase,
                     ": Wave %d" % L.phase, " - phase %s" % NUMBER_WORDS[min(L.phase, 10)]][st]
        if L.strand_of:
            name += L.strand_suffix
        L.formal = name
        core = name.split(":")[0]
        if L.level != "national":
            core = core.replace(pfx, " ")
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'&.-]*", core)
                 if w.lower() not in STOPWORDS and w[0].isupper()]
        acr = "".join(w[0] for w in words).upper()
        if L.acr_wanted and 3 <= len(acr) <= 5 and L.family not in ("comp",):
            L.acr = acr
        if L.brand:
            bs = L.brand_style
            L.brand_name = [L.brand, "Project %s" % L.brand, "%s: %s %s" % (L.brand, cw or tw, ty.lower()),
                            "%s %s" % (L.brand, cw or tw)][bs]
            if L.phase > 1:
                L.brand_name += " %d.0" % L.phase if L.phase_style == 2 else " phase %d" % L.phase
        if getattr(L, "custom_cy", None):
            L.cy_name = L.custom_cy
        elif L.nation == "WLS":
            parts = [FAMILIES[L.family]["cy"], T["cy"]]
            if C:
                parts.append(C["cy"])
            if L.level != "national":
                parts.append(self.place_prefix(L, welsh=True))
            cy = " ".join(parts)
            if L.phase > 1:
                cy += " Cam %d" % L.phase
            L.cy_name = cy

    # construction -------------------------------------------------------
    def new_latent(self, family=None, nation=None, level=None, area=None, town=None, cond=None, tech=None,
                   start_ym=None, brand=None, owner=None, unique=True):
        rng = self.rng
        for attempt in range(6):
            L = self._new() if attempt == 0 else L
            L.family = family or FAMILY_KEYS[self._wi(FAMILY_WEIGHTS)]
            nat = nation or wpick(rng, NATION_W)
            lev = level or wpick(rng, [("national", 25), ("regional", 25), ("local", 50)])
            if L.family == "strategy":
                lev = "national"
            self._place(L, nat, lev, area, town)
            L.type_word = pick(rng, FAMILIES[L.family]["types"])
            self._dates(L, start_ym)
            self._money(L)
            self._topic(L, cond, tech)
            if owner:
                L.owner = BODIES.at(owner, L.start_ym)
            else:
                self._owner(L)
            self._funder_partners(L)
            L.nat_pfx = pick(rng, NATION_PREFIXES[L.nation])
            L.pattern = rng.randrange(15)
            L.name_place = "town" if rng.random() < 0.45 else "area"
            L.phase_style = rng.randrange(5)
            L.comp_no = 1 + rng.randrange(40)
            L.acr_wanted = rng.random() < 0.62
            bp = {"national": 0.3, "regional": 0.45, "local": 0.35}[L.level]
            if brand is not None:
                L.brand = brand or None
            elif rng.random() < bp:
                L.brand_root = pick(rng, BRANDS[L.nation])
                L.brand = L.brand_root + pick(rng, BRAND_SUFFIXES)
            L.brand_style = rng.randrange(4)
            self.build_names(L)
            if not unique or norm_key(L.formal) not in self.used:
                break
        if unique and L.brand:
            self._unique_brand(L)
        self.used.add(norm_key(L.formal))
        return L

    def _unique_brand(self, L):
        """Background brands are not reused within a nation (look-alikes are made on purpose only)."""
        for style in [L.brand_style] + [s for s in range(4) if s != L.brand_style]:
            L.brand_style = style
            self.build_names(L)
            if (BRAND_SCOPE.get(L.nation, L.nation), norm_key(L.brand_name)) not in self.used_brands:
                break
        else:
            L.brand_name = "%s %s" % (L.brand_name, self.place_prefix(L))
            if (BRAND_SCOPE.get(L.nation, L.nation), norm_key(L.brand_name)) in self.used_brands:
                L.brand = L.brand_name = L.brand_root = None
                self.build_names(L)
                return
        self.used_brands.add((BRAND_SCOPE.get(L.nation, L.nation), norm_key(L.brand_name)))

    def _wi(self, weights):
        x = self.rng.random() * sum(weights)
        for i, w in enumerate(weights):
            x -= w
            if x < 0:
                return i
        return len(weights) - 1

    def clone(self, base):
        L = self._new()
        for k, v in base.__dict__.items():
            if k != "lid":
                setattr(L, k, list(v) if isinstance(v, list) else v)
        L.acr = None
        return L

    def finish(self, L):
        self.build_names(L)
        self.used.add(norm_key(L.formal))
        if L.brand_name:
            self.used_brands.add((BRAND_SCOPE.get(L.nation, L.nation), norm_key(L.brand_name)))
        return L
