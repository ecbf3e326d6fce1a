#!/usr/bin/env python3
"""Generate an international health-innovation policy-survey register (STIP-Compass-like) with planted
duplicates and labelled hard negatives.  Python 3 standard library only.

usage: generate_tenth.py --rows N --seed S --out DIR
writes DIR/initiatives.csv, DIR/actors.csv, DIR/planted_pairs.csv, DIR/hard_negatives.csv, DIR/truth_identities.csv
"""
import argparse, csv, os, random, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vocab_tenth import (COUNTRIES, UK_NATIONS, ACTORS, MODELS, TOPICS, BRANDS, TARGET_GROUPS, EUR_RATE, CONNECT)

WAVES = [2019, 2021, 2023]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
CTRY = list(COUNTRIES)
MODEL_KEYS = list(MODELS)
TOPIC_KEYS = list(TOPICS)
NEG_KINDS = ["same_model_other_country", "successor_phase", "sister_target_group", "sister_condition",
             "national_vs_regional", "same_name_other_country"]
STOP = {"for", "and", "of", "in", "the", "on", "to", "a", "at", "with"}
INIT_COLS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
             "offers_funding", "funding_recipients", "target_groups", "technology_area", "budget", "currency",
             "budget_period", "start_date", "end_date", "status", "evaluated", "source", "country", "region",
             "name_original_language", "survey_wave"]


def overlaps(c1, c2):
    if c1 == c2:
        return True
    return (c1 == "United Kingdom" and c2 in UK_NATIONS) or (c2 == "United Kingdom" and c1 in UK_NATIONS)


def translit(s):
    s = s.replace("ø", "oe").replace("Ø", "Oe").replace("æ", "ae").replace("Æ", "Ae").replace("å", "aa").replace("Å", "Aa")
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def acronym(words):
    out = "".join(w[0].upper() for w in words.replace("-", " ").split() if w.lower() not in STOP and w[0].isalpha())
    return out


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.coarse = set()
        self.identities = []  # list of dicts
        self.actor_rows = []
        self.actor_by_country = {}   # country -> list of actor dicts
        self.regional_actor = {}     # (country, region) -> actor dict
        self._build_actors()

    # ---------------------------------------------------------------- actors
    def _build_actors(self):
        for c in CTRY:
            iso = COUNTRIES[c]["iso"].replace("GB-", "")
            lst = []
            for key, name, acr, kind, role in ACTORS[c]:
                a = dict(id=f"{iso}-{key}", name=name, acronym=acr, kind=kind, level="national", role=role, country=c, member_of="")
                lst.append(a)
            ministry = next(a for a in lst if a["role"] == "ministry")
            for a in lst:
                if a["role"] != "ministry" and a["kind"] != "government-department" and self.r.random() < 0.5:
                    a["member_of"] = ministry["id"]
            self.actor_by_country[c] = lst
            self.actor_rows.extend(lst)
            for i, reg in enumerate(COUNTRIES[c]["regions"]):
                nm = reg if reg.lower().startswith(("region", "nhs")) else f"{reg} regional health authority"
                if c == "England":
                    nm = f"Health Innovation {reg}"
                a = dict(id=f"{iso}-R{i + 1:02d}", name=nm, acronym="", kind="commissioner" if c != "England" else "network",
                         level="regional", role="regional", country=c, member_of="")
                self.regional_actor[(c, reg)] = a
                self.actor_rows.append(a)

    def actor(self, c, roles):
        cand = [a for a in self.actor_by_country[c] if a["role"] in roles] or self.actor_by_country[c]
        return self.r.choice(cand)

    # ---------------------------------------------------------------- identities
    def _coarse(self, d):
        return (d["country"], d["region"], d["model"], d["topic"], d["brand"], d["place"], d["phase"], tuple(d["tg"]))

    def new_identity(self, base=None, register=True, tries=60, **over):
        r = self.r
        for _ in range(tries):
            if base is None:
                c = r.choice(CTRY)
                m = r.choice(MODEL_KEYS)
                d = dict(country=c, model=m, topic=r.choice(TOPIC_KEYS), region="", place="", brand="", old_brand="",
                         phase=1, tg=sorted(r.sample(MODELS[m]["tg"], k=min(len(MODELS[m]["tg"]), r.randint(1, 2)))),
                         name_override="", note="")
                if COUNTRIES[c]["regions"] and r.random() < 0.25:
                    d["region"] = r.choice(COUNTRIES[c]["regions"])
                if r.random() < 0.55:
                    d["brand"] = r.choice(BRANDS)
                if r.random() < 0.45 or not d["brand"]:
                    d["place"] = r.choice(COUNTRIES[c]["places"])
                y = r.randint(2008, 2022)
                d["start"] = (y, r.randint(1, 12), r.randint(1, 28))
                d["end"] = y + r.randint(2, 7) if r.random() < 0.75 else None
                d["eur"] = r.choice([80_000, 250_000, 600_000, 1_500_000, 3_000_000, 8_000_000, 15_000_000, 40_000_000]) * r.choice([1, 1.3, 1.7, 2.4])
            else:
                d = dict(base)
                d["tg"] = list(base["tg"])
                d["note"] = ""
                d["name_override"] = ""
                d["old_brand"] = ""
            d.update(over)
            if d["region"]:
                d["place"] = ""
            if not d["brand"] and not d["place"] and not d["region"]:
                d["place"] = r.choice(COUNTRIES[d["country"]]["places"])
            if d["region"]:
                d["owner"] = self.regional_actor[(d["country"], d["region"])]
                d["ministry"] = d["owner"]
            elif base is None or "country" in over or "region" in over:
                d["owner"] = self.actor(d["country"], ("agency", "funder", "hta"))
                d["ministry"] = self.actor(d["country"], ("ministry",))
            if d["end"] is not None and d["end"] <= d["start"][0]:
                d["end"] = d["start"][0] + r.randint(2, 5)
            k = self._coarse(d)
            if not register or k not in self.coarse:
                if register:
                    self.coarse.add(k)
                d["ident"] = f"T{len(self.identities) + 1:06d}"
                self.identities.append(d)
                return d
            if base is not None:  # perturb sibling so it stays unique
                over = dict(over)
                over["brand"] = r.choice(BRANDS)
        raise RuntimeError("could not draw a unique identity")

    def mutate_neg(self, a, kind):
        r = self.r
        c = a["country"]
        if kind == "same_model_other_country":
            c2 = r.choice([x for x in CTRY if not overlaps(x, c)])
            y = a["start"][0] + r.randint(-3, 3)
            d = self.new_identity(a, country=c2, region="", place=r.choice(COUNTRIES[c2]["places"]) if a["place"] else "",
                                  start=(y, r.randint(1, 12), r.randint(1, 28)))
            d["note"] = r.choice([f"Modelled on a scheme of the same type in {c}, but run separately in {c2}.",
                                  f"{COUNTRIES[c2]['adj']} scheme; a similar instrument exists in {c} and is not this one.",
                                  f"{COUNTRIES[c2]['adj']} counterpart of a comparable {COUNTRIES[c]['adj']} scheme; separate budget and eligibility."])
        elif kind == "successor_phase":
            y0 = a["end"] or a["start"][0] + 3
            d = self.new_identity(a, phase=a["phase"] + 1, start=(y0, r.randint(1, 12), r.randint(1, 28)), end=y0 + r.randint(2, 5))
            d["note"] = r.choice([f"Successor phase, launched when the earlier programme (started {a['start'][0]}) closed.",
                                  f"Phase {d['phase']}: follows on from the {a['start'][0]} programme with a new budget.",
                                  f"Second generation of the programme that began in {a['start'][0]}; new call and rules."])
        elif kind == "sister_target_group":
            pool = [g for g in TARGET_GROUPS if g not in a["tg"]]
            tg = sorted(r.sample(pool, k=r.randint(1, 2)))
            d = self.new_identity(a, tg=tg)
            d["note"] = f"Sister instrument of the same agency for {', '.join(tg)}; the other strand serves {', '.join(a['tg'])}."
        elif kind == "sister_condition":
            t2 = r.choice([t for t in TOPIC_KEYS if t != a["topic"]])
            d = self.new_identity(a, topic=t2)
            d["note"] = f"Parallel call of the same agency on {TOPICS[t2][0]}, run alongside the one on {TOPICS[a['topic']][0]}."
        elif kind == "national_vs_regional":
            if a["region"]:
                d = self.new_identity(a, country=c, region="", place="")
                d["note"] = f"The national programme; regional schemes (such as the one in {a['region'] or 'the regions'}) are separate."
            else:
                c = c if COUNTRIES[c]["regions"] else "England"  # a UK-wide programme and an English region's own
                reg = r.choice(COUNTRIES[c]["regions"])
                d = self.new_identity(a, country=c, region=reg)
                d["note"] = f"Regional scheme of {reg}, funded and run by the region, separate from the national programme."
        elif kind == "same_name_other_country":
            c2 = r.choice([x for x in CTRY if not overlaps(x, c)])
            m2 = r.choice([m for m in MODEL_KEYS if m != a["model"]])
            t2 = r.choice([t for t in TOPIC_KEYS if t != a["topic"]])
            d = self.new_identity(a, country=c2, model=m2, topic=t2, region="", place="",
                                  tg=sorted(r.sample(MODELS[m2]["tg"], k=1)))
            d["name_override"] = "SAME_AS_ANCHOR"
            d["note"] = f"Same name as an unrelated programme in {c}; this one is a different instrument in {c2}."
        # own budget; own start except for the successor (already set) and the other-country case (already moved)
        d["eur"] = r.choice([80_000, 250_000, 600_000, 1_500_000, 3_000_000, 8_000_000]) * r.choice([1, 1.5, 2.2])
        if kind in ("sister_target_group", "sister_condition", "national_vs_regional", "same_name_other_country"):
            y = a["start"][0] + r.randint(-2, 2)
            d["start"] = (y, r.randint(1, 12), r.randint(1, 28))
            if d["end"] is not None and d["end"] <= y:
                d["end"] = y + r.randint(2, 5)
        return d

    # ---------------------------------------------------------------- rendering
    def country_text(self, c):
        r = self.r
        info = COUNTRIES[c]
        if c in UK_NATIONS:
            return r.choice([c, c, info["iso"]])
        if c == "United Kingdom":
            return r.choice(["United Kingdom", "UK", "GB"])
        return c if r.random() < 0.8 else info["iso"]

    def english_name(self, d, alt=False, brand=None):
        r = self.r
        M, T = MODELS[d["model"]], TOPICS[d["topic"]]
        brand = d["brand"] if brand is None else brand
        mname = M["alt"] if alt else M["en"]
        tname = T[1] if alt else T[0]
        if d["tg"] and d.get("note", "").startswith("Sister instrument"):
            core = f"{mname} for {d['tg'][0]}: {tname}"
        else:
            core = r.choice([f"{mname} for {tname}", f"{mname}: {tname}", f"{tname[0].upper() + tname[1:]} {mname}"])
        if d["place"]:
            core = f"{d['place']} {core}" if r.random() < 0.5 else f"{core} ({d['place']})"
        if d["region"] and r.random() < 0.6:
            core = f"{core} – {d['region']}"
        if brand:
            core = f"{brand} {core}" if r.random() < 0.5 else f"{brand}: {core}"
        if d["phase"] > 1:
            core += r.choice([f" {'II' if d['phase'] == 2 else 'III'}", f" – Phase {d['phase']}", f" {d['phase']}.0"])
        return core

    def orig_name(self, d, brand=None):
        lang = COUNTRIES[d["country"]]["lang"]
        if not lang:
            return ""
        r = self.r
        brand = d["brand"] if brand is None else brand
        conn = r.choice(CONNECT[lang])
        nm = f"{MODELS[d['model']]['tr'][lang]} {conn} {TOPICS[d['topic']][3][lang]}".replace("  ", " ")
        if d["place"]:
            nm = f"{nm} {d['place']}"
        if brand:
            nm = f"{brand} – {nm}"
        if d["phase"] > 1:
            nm += f" {d['phase']}"
        return nm

    def date_text(self, ymd, prec):
        y, m, dd = ymd
        r = self.r
        if prec == 0:
            return str(y)
        if prec == 1:
            return r.choice([f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}", f"{m:02d}/{y}", f"{y}-{m:02d}"])
        return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{dd}.{m}.{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{dd:02d}"])

    def budget_cells(self, d, mode):
        r = self.r
        cur = COUNTRIES[d["country"]]["cur"]
        if mode == "none":
            return "", "", ""
        if mode == "range_eur":
            eur = d["eur"]
            bands = [(0, 1_000_000), (1_000_000, 5_000_000), (5_000_000, 20_000_000), (20_000_000, 50_000_000), (50_000_000, 100_000_000)]
            lo, hi = next(((a, b) for a, b in bands if a <= eur < b), (50_000_000, 100_000_000))
            return (f"{lo} - {hi}" if lo else f"up to {hi}"), "EUR", "per year"
        amt = int(round(d["eur"] * EUR_RATE[cur], -3))
        years = (d["end"] - d["start"][0]) if d["end"] else None
        if years and r.random() < 0.4:
            amt_t = amt * years
            per = f"{years} years"
        else:
            amt_t, per = amt, r.choice(["per year", "annual", "per year"])
        txt = f"{amt_t:,}" if r.random() < 0.5 else str(amt_t)
        if cur == "GBP" and r.random() < 0.3:
            txt = "£" + txt
        return txt, cur, per

    def status(self, d, wave):
        if d["start"][0] > wave:
            return "planned"
        if d["end"] and d["end"] < wave:
            return self.r.choice(["concluded", "closed", "completed"])
        return self.r.choice(["active", "ongoing", "active", "running"])

    def description(self, d, voice, what_i, owner_name):
        r = self.r
        M, T = MODELS[d["model"]], TOPICS[d["topic"]]
        what = M["what"][what_i % 3]
        c = d["country"]
        where = d["place"] or d["region"] or c
        tg = " and ".join(g.lower() if g not in ("SMEs",) else g for g in d["tg"])
        y, m, _ = d["start"]
        if voice == 0:
            s = (f"{COUNTRIES[c]['adj']} public initiative introduced in {y} and steered by {owner_name}: {what}. "
                 f"It is aimed at {tg} and concentrates on {T[0]}" + (f" in {where}" if where != c else "") + ".")
        elif voice == 1:
            s = (f"Since {MONTHS[m - 1]} {y} {owner_name} has run this {M['en'].lower()}: {what}. Eligible: {tg}. "
                 f"Priority area: {T[1]}" + (f"; delivered from {where}" if where != c else "") + ".")
        elif voice == 2:
            s = (f"Entry updated for this survey wave. {what[0].upper() + what[1:]}. Theme: {T[1]}. Who can take part: {tg}. "
                 f"Start: {y}." + (f" Location: {where}." if where != c else ""))
        else:
            s = f"{what[0].upper() + what[1:]} ({T[0]}, {c}, from {y})."
        if d["note"]:
            s = s + " " + d["note"] if r.random() < 0.7 else d["note"] + " " + s
        return s

    def render(self, d, rid, wave, form, voice, what_i, prec, drop, correspondent, anchor_name=None, brand_use=None):
        r = self.r
        c = d["country"]
        M = MODELS[d["model"]]
        owner = d["ministry"] if correspondent == "ministry" else d["owner"]
        owner_name = owner["name"] if (not owner["acronym"] or r.random() < 0.6) else owner["acronym"]
        orig = self.orig_name(d, brand_use)
        if d["name_override"] == "SAME_AS_ANCHOR" and anchor_name:
            name = anchor_name
        elif form == "orig" and orig:
            name = orig
        elif form == "translit" and orig:
            name = translit(orig) if translit(orig) != orig else orig.lower()
        elif form == "acronym":
            en = self.english_name(d, brand="")
            a = acronym(en)
            name = f"{a}" if r.random() < 0.4 else f"{a} – {(brand_use if brand_use is not None else d['brand']) or d['place'] or TOPICS[d['topic']][0]}"
        elif form == "en_alt":
            name = self.english_name(d, alt=True, brand=brand_use)
        else:
            name = self.english_name(d, brand=brand_use)
        budget, cur, per = self.budget_cells(d, "none" if "budget" in drop else r.choice(["exact", "range_eur", "exact"]))
        partners_pool = [a for a in self.actor_by_country[c] if a is not owner]
        partners = ""
        if "partners" not in drop and partners_pool and r.random() < 0.45:
            p = d["owner"] if owner is d["ministry"] else d["ministry"]
            if p is owner or r.random() < 0.4:
                p = r.choice(partners_pool)
            partners = p["name"] if not p["acronym"] or r.random() < 0.5 else p["acronym"]
        instr = M["instr"] if r.random() < 0.65 else (M["slug"] if r.random() < 0.5 else M["instr"].lower())
        row = dict(
            id=rid, name=name, owner=owner_name, partners=partners,
            description="" if "description" in drop else self.description(d, voice, what_i, owner_name),
            activity_types="" if "activity_types" in drop else M["act"],
            instrument_type="" if "instrument_type" in drop else instr,
            focus="" if "focus" in drop else M["focus"],
            offers_funding=M["fund"] if "offers_funding" not in drop else "",
            funding_recipients="" if ("funding_recipients" in drop or M["fund"] == "no") else M["recip"],
            target_groups="" if "target_groups" in drop else ";".join(d["tg"] if len(d["tg"]) < 2 or r.random() < 0.7 else d["tg"][:1]),
            technology_area="" if "technology_area" in drop else TOPICS[d["topic"]][2],
            budget=budget, currency=cur, budget_period=per,
            start_date=self.date_text(d["start"], prec),
            end_date="" if ("end_date" in drop or not d["end"]) else str(d["end"]),
            status=self.status(d, wave), evaluated=r.choice(["", "", "yes", "no", "partly"]),
            source=f"STIP Compass survey {wave}, {correspondent} correspondent",
            country=self.country_text(c), region=d["region"],
            name_original_language=orig if (orig and name != orig and r.random() < 0.3) else "",
            survey_wave=str(wave))
        if row["funding_recipients"] and row["offers_funding"] == "no":
            row["funding_recipients"] = ""
        return row

    def wave_for(self, d):
        ok = [w for w in WAVES if w >= d["start"][0] - 1]
        return self.r.choice(ok) if ok else WAVES[-1]


def generate(rows, seed, out):
    g = Gen(seed)
    r = g.r
    # plan clusters
    target = max(2, round(0.02 * rows))
    sizes, tot = [], 0
    while tot < target:
        s = 3 if (r.random() < 0.15 and target - tot >= 3) else 2
        sizes.append(s)
        tot += s
    records = []   # (row, ident)
    planted, negs = [], []
    optional = ["budget", "partners", "end_date", "technology_area", "focus", "target_groups", "activity_types", "offers_funding", "instrument_type"]

    def drops(n_extra):
        return set(r.sample(optional, k=n_extra))

    def simple_render(d, anchor_name=None):
        wave = g.wave_for(d)
        corr = r.choice(["ministry", "agency", "agency"])
        form = r.choice(["en", "en", "en", "en_alt", "orig", "acronym"]) if COUNTRIES[d["country"]]["lang"] else r.choice(["en", "en", "en", "en_alt", "acronym"])
        row = g.render(d, None, wave, form, r.randrange(4), r.randrange(3), r.choice([0, 0, 1, 2]),
                       drops(r.randint(0, 2)), corr, anchor_name=anchor_name)
        return row

    for s in sizes:
        d = g.new_identity()
        if r.random() < 0.3 and d["brand"]:
            d["old_brand"] = r.choice([b for b in BRANDS if b != d["brand"]])
        lang = COUNTRIES[d["country"]]["lang"]
        forms = ["en", "orig", "translit", "acronym", "en_alt"] if lang else ["en", "acronym", "en_alt"]
        r.shuffle(forms)
        if lang and "orig" not in forms[:s]:
            forms[r.randrange(s)] = "orig"
        voices = r.sample(range(4), s)
        whats = r.sample(range(3), s)
        precs = r.sample([0, 1, 2], s) if s <= 3 else [0] * s
        w0 = g.wave_for(d)
        if w0 == WAVES[-1] and s > 1:
            w0 = WAVES[-2]
        corrs = ["ministry", "agency", "next-wave"][:s]
        r.shuffle(corrs)
        members = []
        for i in range(s):
            wave = w0 + 2 if corrs[i] == "next-wave" else w0
            brand_use = None
            if d["old_brand"]:
                brand_use = d["old_brand"] if wave == w0 else d["brand"]
            dr = drops(r.randint(1, 3) if i == 0 else r.randint(0, 2))
            row = g.render(d, None, wave, forms[i], voices[i], whats[i], precs[i], dr,
                           "ministry" if corrs[i] == "ministry" else "agency", brand_use=brand_use)
            if corrs[i] == "next-wave":
                row["source"] = f"STIP Compass survey {wave}, re-entered by another correspondent"
            records.append((row, d["ident"]))
            members.append(row)
        for i in range(s):
            for j in range(i + 1, s):
                planted.append((members[i], members[j], "same_initiative"))
        n_neg = 5 * (s * (s - 1) // 2)  # about five per planted pair
        kinds = list(NEG_KINDS)
        r.shuffle(kinds)
        for k in range(n_neg):
            kind = kinds[k % len(kinds)]
            if r.random() < 0.6:
                anchor_row, a = r.choice(members), d
            else:
                a = g.new_identity()
                anchor_row = simple_render(a)
                records.append((anchor_row, a["ident"]))
            sib = g.mutate_neg(a, kind)
            row = simple_render(sib, anchor_name=anchor_row["name"])
            records.append((row, sib["ident"]))
            negs.append((anchor_row, row, kind))
    if len(records) > rows:
        sys.exit(f"--rows {rows} too small for the planted structure ({len(records)} rows needed)")
    while len(records) < rows:
        d = g.new_identity()
        records.append((simple_render(d), d["ident"]))
    # ids: wave/country/serial, serials shuffled so order tells nothing
    serials = list(range(1, rows + 1))
    r.shuffle(serials)
    for (row, _), sn in zip(records, serials):
        row["id"] = f"W{row['survey_wave']}-{sn:06d}"
    r.shuffle(records)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "initiatives.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.DictWriter(f, fieldnames=INIT_COLS)
        w.writeheader()
        for row, _ in records:
            w.writerow(row)
    with open(os.path.join(out, "actors.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "acronym", "kind", "level", "member_of", "description", "source", "country"])
        for a in g.actor_rows:
            w.writerow([a["id"], a["name"], a["acronym"], a["kind"], a["level"], a["member_of"],
                        f"{a['role'].capitalize()} body in {a['country']}", "country correspondent list", a["country"]])
    with open(os.path.join(out, "planted_pairs.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id_a", "id_b", "kind"])
        for a, b, k in planted:
            w.writerow([a["id"], b["id"], k])
    with open(os.path.join(out, "hard_negatives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id_a", "id_b", "kind"])
        for a, b, k in negs:
            w.writerow([a["id"], b["id"], k])
    with open(os.path.join(out, "truth_identities.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "identity"])
        for row, ident in records:
            w.writerow([row["id"], ident])
    return len(records), len(planted), len(negs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    n, p, h = generate(a.rows, a.seed, a.out)
    print(f"wrote {n} initiatives, {p} planted pairs, {h} hard negatives to {a.out}")


if __name__ == "__main__":
    main()
