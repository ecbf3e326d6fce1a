"""Render one latent programme as a row of one feed.

  WA  written answers to parliamentary questions (Westminster, Senedd, Holyrood, NI Assembly)
  AR  annual / impact reports of ICBs, health boards, AHSNs, hubs, national bodies
  OD  a funder's 360Giving-style open-data grants spreadsheet (extract January 2025)

Each renderer returns (row, facts): row maps column keys to cell text, facts
records what the row states about the latent (for the survival statistics).
"""
from bodies_thirteenth import BODIES
from places_thirteenth import AREAS, REGIONS, NATIONS
from vocab_thirteenth import (CONDITIONS, TECHS, FAMILIES, ACTIVITY_SPELLINGS, INSTRUMENT_LABELS,
                              RECIPIENT_SPELLINGS, FOCUS_SPELLINGS, STATUS_SPELLINGS, MONTHS, WA_OPENERS,
                              WA_VERBS, WA_CLOSERS, AR_OPENERS, OD_DESCR)
from textutil_thirteenth import (pick, spell, fmt_date, date_precision, excel_serial, fy_label, season,
                                 years_words, fmt_amount, money_words, money_short, sci, typo, mojibake,
                                 abbreviate, truncate60, strip_prefix, sentence_join)
from latent_thirteenth import strip_board

INVENTORY_YM = 2025 * 12 + 1      # latest reference month (February 2025)
OD_EXTRACT_YM = 2025 * 12         # open-data extract, January 2025
GOV_WORDS = {"ENG": "The Department", "UK": "The Government", "WLS": "The Welsh Government",
             "SCT": "The Scottish Government", "NIR": "The Department of Health"}
ADOPTERS = {"ENG": "NHS organisations", "UK": "NHS organisations", "WLS": "health boards and trusts",
            "SCT": "NHS boards", "NIR": "HSC trusts"}
PURPOSE = {
    "adopt": "supports {adopters} to adopt {tech}{cond}",
    "fund": "provides grant funding to innovators developing {tech}{cond}",
    "comp": "invites businesses to develop {tech}{cond} through a competitive call",
    "pilot": "is testing {tech}{cond}",
    "skills": "develops the skills of clinicians and managers in {tech}",
    "hub": "brings together NHS, academic and industry partners working on {tech}",
    "eval": "is evaluating the use of {tech}{cond}",
    "pathway": "is establishing a new pathway using {tech}{cond}",
    "strategy": "sets out the approach to {tech}",
}


def status_at(L, ym):
    if ym < L.start_ym:
        return "planned"
    if L.end is not None and ym > L.end_ym:
        return "concluded"
    return "active"


def short_name(a):
    if a["kind"] == "healthcare-provider" and a["nation"] == "WLS" and a["area"]:
        return strip_board(a["name"]) + (" UHB" if "University" in a["name"] else " HB")
    if a["key"].startswith("icb_"):
        return "NHS " + AREAS[a["area"]]["name"]
    if a["key"].startswith("hb_"):
        return a["acr"] if a["acr"] else a["name"]
    return a["acr"] or a["name"]


class Renderer:
    def __init__(self, rng):
        self.rng = rng

    def ref(self, key, style):
        a = BODIES.get(key)
        if style == "id":
            return a["id"]
        if style == "acr" and a["acr"]:
            return a["acr"]
        if style == "other" and a["other"]:
            return a["other"]
        if style == "short":
            return short_name(a)
        if style == "typo":
            return typo(self.rng, a["name"])
        if style == "upper":
            return a["name"].upper()
        return a["name"]

    def _common(self, L, row, p_acts, p_instr, p_focus, p_offer, p_eval, instr_label):
        rng = self.rng
        if rng.random() < p_acts:
            row["activity_types"] = "; ".join(spell(rng, ACTIVITY_SPELLINGS, k) for k in L.acts)
        if rng.random() < p_instr:
            row["instrument_type"] = INSTRUMENT_LABELS[L.instr] if rng.random() < instr_label else L.instr
        if rng.random() < p_focus:
            row["focus"] = spell(rng, FOCUS_SPELLINGS, L.focus)
        if rng.random() < p_offer:
            yes = L.offers_funding
            row["offers_funding"] = pick(rng, ["yes", "Yes", "y"] if yes else ["no", "No", "n"])
            if yes and rng.random() < 0.6:
                row["funding_recipients"] = spell(rng, RECIPIENT_SPELLINGS, L.recipients)
        if L.evaluated and rng.random() < p_eval:
            row["evaluated"] = L.evaluated

    def _place_facts(self, L, levels):
        f = set()
        for lv in levels:
            if lv == "nation":
                f.add(("nation", L.nation))
            elif lv == "region" and L.region:
                f.add(("region", L.region))
            elif lv == "area" and L.area:
                f.add(("area", L.area))
            elif lv == "town" and L.area:
                f.add(("town", (L.area, L.town)))
            elif lv == "county" and L.area and L.county is not None:
                f.add(("county", (L.area, L.county)))
        return f

    # ------------------------------------------------------------------ WA
    def written_answer(self, L):
        rng = self.rng
        hi_end = (L.end_ym if L.end is not None else L.start_ym + 36) + 12
        lo, hi = max(2017 * 12, L.start_ym - 12), min(INVENTORY_YM, hi_end)
        if lo > hi:
            lo = hi = min(INVENTORY_YM, max(2017 * 12, L.start_ym - 6))
        t = lo + rng.randrange(hi - lo + 1)
        row, facts = {"feed": "written answer"}, {}
        y, m = t // 12, t % 12 + 1
        dstr = "%d %s %d" % (1 + rng.randrange(28), MONTHS[m - 1], y)
        nat = L.nation
        if nat in ("ENG", "UK"):
            row["source"] = ("House of Commons written answer UIN %d, %s" % (rng.randrange(100000, 260000), dstr)
                             if rng.random() < 0.8 else "House of Lords written answer HL%d, %s" % (rng.randrange(1000, 9999), dstr))
        elif nat == "WLS":
            row["source"] = "Senedd written question WQ%d, answered %s" % (rng.randrange(70000, 99999), dstr)
        elif nat == "SCT":
            row["source"] = "Scottish Parliament written answer %s-%05d, %s" % (
                "S5W" if t < 2021 * 12 + 4 else "S6W", rng.randrange(1000, 40000), dstr)
        else:
            row["source"] = "NI Assembly written answer AQW %d/%s, %s" % (
                rng.randrange(100, 9999), "17-22" if t < 2022 * 12 + 4 else "22-27", dstr)
        # name
        name = L.formal
        if L.cy_name and rng.random() < 0.10:
            name = L.cy_name
        elif L.acr and rng.random() < 0.65:
            name = "%s (%s)" % (name, L.acr)
        if rng.random() < 0.04:
            name = "the " + name
        if rng.random() < 0.04:
            name = typo(rng, name)
        row["name"] = name
        facts["acr"] = L.acr if (L.acr and ("(%s)" % L.acr) in name) else None
        # bodies
        owner_t, funder_t = BODIES.at(L.owner, t), BODIES.at(L.funder, t)
        own = owner_t if rng.random() < 0.65 else funder_t
        row["owner"] = self.ref(own, "acr" if rng.random() < 0.3 else "name")
        parts = []
        if own != owner_t and rng.random() < 0.7:
            parts.append(owner_t)
        if L.partners and rng.random() < 0.4:
            parts.append(BODIES.at(pick(rng, L.partners), t))
        parts = [p for p in dict.fromkeys(parts) if p != own]
        row["partners"] = "; ".join(self.ref(p, "acr" if rng.random() < 0.3 else "name") for p in parts)
        facts["owner"], facts["partners"] = own, parts
        # money
        bud = ""
        if rng.random() < 0.7:
            words, val = money_words(L.budget)
            if L.budget_kind == "upto":
                bud = "up to " + words
                row["budget"] = "up to " + fmt_amount(val, pick(rng, ["plain", "plain", "commas"]))
            elif L.budget_kind == "range":
                w1, v1 = money_words(L.budget * 0.5)
                bud = "between %s and %s" % (w1, words)
                row["budget"] = "%d - %d" % (v1, val)
                val = (v1 + val) / 2
            else:
                bud = words
                row["budget"] = fmt_amount(val, pick(rng, ["plain", "commas", "pound"]))
            if L.years > 1 and L.budget_kind == "exact" and rng.random() < 0.6:
                bud += " over %s years" % years_words(L.years)
                row["budget_period"] = "%d years" % L.years
            if L.currency_od == "EUR":
                bud += " of EU structural funding"
            row["currency"] = "GBP" if rng.random() < 0.3 else ""
            facts["budget"] = (val, False)
        elif rng.random() < 0.1:
            bud = "TBC"
        row["budget_stated"] = bud
        # dates
        ds, de = "", ""
        sy, sm, _ = L.start
        if rng.random() < 0.75:
            r = rng.random()
            if r < 0.45:
                lab, fys = fy_label(sy, sm, pick(rng, [0, 0, 0, 1, 2]))
                ds = pick(rng, ["from %s", "in %s", "during %s"]) % lab
                if rng.random() < 0.5:
                    row["start_date"], facts["start"] = "%d-04" % fys, (fys, 4)
                else:
                    row["start_date"], facts["start"] = "%d" % fys, (fys, None)
            elif r < 0.6:
                ds = "from %s %d" % (season(sm), sy)
                row["start_date"], facts["start"] = "%d" % sy, (sy, None)
            elif r < 0.85:
                ds = "from %s %d" % (MONTHS[sm - 1], sy)
                row["start_date"], facts["start"] = fmt_date(L.start, pick(rng, ["ym", "Mon y", "Month y"])), (sy, sm)
            else:
                ds = ("since %d" if t >= L.start_ym else "from %d") % sy
                row["start_date"], facts["start"] = "%d" % sy, (sy, None)
        if L.end is not None and rng.random() < 0.35:
            ey, em, _ = L.end
            if rng.random() < 0.5:
                de = "until %s %d" % (MONTHS[em - 1], ey)
                row["end_date"], facts["end"] = fmt_date(L.end, pick(rng, ["ym", "Month y"])), (ey, em)
            else:
                lab, fys = fy_label(ey, em)
                de = "to %s" % lab
                row["end_date"], facts["end"] = "%d-03" % (fys + 1), (fys + 1, 3)
        row["dates_stated"] = "; ".join(x for x in (ds, de) if x)
        # place
        pl = {"nation"}
        if L.level == "national":
            where = "across the UK" if nat == "UK" else "across %s" % NATIONS[nat][0]
        elif L.level == "regional":
            where = "in %s" % REGIONS[L.region]["name"]
            pl.add("region")
        else:
            if rng.random() < 0.5:
                where = "in %s" % AREAS[L.area]["towns"][L.town][0]
                pl.add("town")
            else:
                where = "in the %s area" % strip_board(AREAS[L.area]["name"])
                pl.add("area")
        if rng.random() < 0.9:
            row["country"] = ("UK" if rng.random() < 0.6 else "United Kingdom") if nat == "UK" else \
                (NATIONS[nat][0] if rng.random() < 0.8 else NATIONS[nat][1])
        if L.level != "national" and rng.random() < 0.6:
            if L.level == "regional":
                row["region"] = REGIONS[L.region]["name"]
            else:
                row["region"] = strip_board(AREAS[L.area]["name"])
                pl.add("area")
        facts["place"] = self._place_facts(L, pl)
        # topic
        T, C = TECHS[L.tech], (CONDITIONS[L.cond] if L.cond else None)
        cphr = (" in %s" % C["formal"]) if C else ""
        purpose = PURPOSE[L.family].format(adopters=ADOPTERS[nat], tech=T["formal"], cond=cphr)
        if rng.random() < 0.7:
            row["technology_area"] = T["formal"]
            facts["tech"] = T["formal"]
        if C and rng.random() < 0.6:
            row["clinical_area"] = C["formal"]
            facts["cond"] = C["formal"]
        elif C:
            facts["cond"] = C["formal"]  # always named in the prose
        facts["tech"] = T["formal"]
        facts["tech_key"], facts["cond_key"] = L.tech, L.cond
        who = GOV_WORDS[nat] if BODIES.get(funder_t)["roles"] and "gov" in BODIES.get(funder_t)["roles"] \
            else BODIES.get(funder_t)["name"]
        pname = L.formal + ((" (%s)" % L.acr) if L.acr else "")
        if bud and bud != "TBC":
            verb, prep = pick(rng, WA_VERBS)
            s = "%s %s %s%s %s the %s, which %s %s." % (who, verb, bud, (" " + ds) if ds else "", prep,
                                                       pname, purpose, where)
        else:
            s = "%s is supporting the %s%s, which %s %s." % (who, pname, (" " + ds) if ds else "", purpose, where)
        extra = ""
        if own != owner_t or rng.random() < 0.3:
            extra = " The programme is delivered by %s" % BODIES.get(owner_t)["name"]
            if parts and rng.random() < 0.5:
                extra += " working with %s" % sentence_join([BODIES.get(p)["name"] for p in parts if p != owner_t])
            extra += "."
        if de:
            extra += " Funding is confirmed %s." % de
        opener = pick(rng, WA_OPENERS)
        if nat not in ("ENG", "UK"):
            opener = opener.replace("hon. Member", "Member")
        row["description"] = " ".join(x for x in (opener, s + extra, pick(rng, WA_CLOSERS)) if x)
        row["status"] = spell(rng, STATUS_SPELLINGS, status_at(L, t))
        self._common(L, row, 0.8, 0.6, 0.5, 0.7, 0.3, 0.7)
        facts["name"] = row["name"]
        return row, facts
