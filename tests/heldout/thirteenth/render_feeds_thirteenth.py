"""Annual-report and open-data renderers (written answers: render_thirteenth.py)."""
from bodies_thirteenth import BODIES
from places_thirteenth import AREAS, REGIONS, NATIONS
from vocab_thirteenth import (CONDITIONS, TECHS, ACTIVITY_SPELLINGS, RECIPIENT_SPELLINGS, FOCUS_SPELLINGS,
                              STATUS_SPELLINGS, MONTHS, AR_CLAIMS, AR_OPENERS, OD_DESCR, CLAIM_GROUPS)
from textutil_thirteenth import (pick, spell, fmt_date, excel_serial, fmt_amount, money_short, sci, typo,
                                 mojibake, abbreviate, truncate60, strip_prefix, sentence_join)
from latent_thirteenth import strip_board
from render_thirteenth import Renderer, status_at, INVENTORY_YM, OD_EXTRACT_YM


class FeedRenderer(Renderer):

    # ------------------------------------------------------------------ AR
    def annual_report(self, L):
        rng = self.rng
        row, facts = {"feed": "annual report"}, {}
        fy_s = L.start[0] if L.start[1] >= 4 else L.start[0] - 1
        if L.end is not None:
            fy_e = L.end[0] if L.end[1] >= 4 else L.end[0] - 1
        else:
            fy_e = fy_s + 3
        lo, hi = min(fy_s, 2023), min(fy_e + 1, 2023)
        Y = lo + rng.randrange(max(1, hi - lo + 1))
        t = min(INVENTORY_YM, (Y + 1) * 12 + 2)
        owner_t, funder_t = BODIES.at(L.owner, t), BODIES.at(L.funder, t)
        reporter = owner_t
        partners_t = [BODIES.at(p, t) for p in L.partners]
        regional = [p for p in partners_t if BODIES.get(p)["level"] != "national"
                    and BODIES.get(p)["kind"] in ("network", "healthcare-provider", "commissioner")]
        if regional and (BODIES.get(owner_t)["level"] == "national" and rng.random() < 0.5 or rng.random() < 0.1):
            reporter = pick(rng, regional)
        rep = BODIES.get(reporter)
        yy = "%d-%02d" % (Y, (Y + 1) % 100)
        if rep["nation"] == "WLS" and rep["other"] and rng.random() < 0.15:
            row["source"] = "%s, Adroddiad Blynyddol %s, t. %d" % (rep["other"], yy, 3 + rng.randrange(80))
        else:
            row["source"] = "%s %s %s, p. %d" % (rep["name"], pick(rng, ["Annual Report", "Impact Report",
                                                 "Annual Review", "Annual Report and Accounts"]), yy, 3 + rng.randrange(80))
        # name
        r = rng.random()
        if L.brand_name and r < 0.7:
            name = L.brand_name
            if L.acr and rng.random() < 0.35:
                name += " (%s)" % L.acr
        elif L.acr and r < 0.25:
            name = pick(rng, ["%s programme", "%s", "The %s Programme"]) % L.acr
        else:
            name = L.formal
            if L.acr and rng.random() < 0.4:
                name += " (%s)" % L.acr
            if L.level != "national" and rng.random() < 0.35:
                for p in (strip_board(AREAS[L.area]["name"]) if L.area else None,
                          AREAS[L.area]["towns"][L.town][0] if L.area else None,
                          REGIONS[L.region]["name"] if L.region else None):
                    if p and name.startswith(p + " "):
                        name = strip_prefix(name, p)
                        break
        plain_name = name
        if L.cy_name and rng.random() < 0.3:
            name = pick(rng, ["%s / %s" % (name, L.cy_name), "%s (%s)" % (L.cy_name, name), L.cy_name])
        if rng.random() < 0.05:
            name = typo(rng, name)
        if rng.random() < 0.02:
            name = "'" + name
        row["name"] = name
        facts["acr"] = L.acr if (L.acr and L.acr in name) else None
        # bodies
        st = rng.random()
        style = "name" if st < 0.72 else ("acr" if st < 0.82 else ("other" if st < 0.9 else ("short" if st < 0.96 else "typo")))
        if style == "other" and rep["nation"] != "WLS" and rep["nation"] != "SCT":
            style = "name"
        row["owner"] = self.ref(reporter, style)
        plist = []
        if reporter != owner_t:
            plist.append(owner_t)
        if rng.random() < 0.6:
            plist.append(funder_t)
        plist += partners_t
        plist = [p for p in dict.fromkeys(plist) if p != reporter][: 2 + rng.randrange(4)]
        row["partners"] = "; ".join(self.ref(p, "acr" if rng.random() < 0.2 else "name") for p in plist)
        facts["owner"], facts["partners"] = reporter, plist
        # place
        pl = set()
        where = ""
        if L.level == "local":
            a = AREAS[L.area]
            towns = [L.town]
            if len(a["towns"]) > 1 and rng.random() < 0.4:
                other = rng.randrange(len(a["towns"]))
                if other != L.town:
                    towns.append(other)
            welsh = a["nation"] == "WLS" and rng.random() < 0.3
            tn = [(a["towns"][i][1] or a["towns"][i][0]) if welsh else a["towns"][i][0] for i in towns]
            bits = list(tn)
            pl.add("town")
            if L.county is not None and rng.random() < 0.4:
                c = a["counties"][L.county]
                bits.append((c[1] or c[0]) if welsh else c[0])
                pl.add("county")
            bits = list(dict.fromkeys(bits))
            where = sentence_join(bits)
            r2 = rng.random()
            if r2 < 0.45:
                row["region"] = where if rng.random() < 0.5 else tn[0]
            elif r2 < 0.75:
                row["region"] = strip_board(a["name"])
                pl.add("area")
        elif L.level == "regional":
            where = REGIONS[L.region]["name"] if not (L.nation == "WLS" and rng.random() < 0.3) else REGIONS[L.region]["alt"]
            pl.add("region")
            if rng.random() < 0.6:
                row["region"] = where
        else:
            where = "across the UK" if L.nation == "UK" else "across " + NATIONS[L.nation][0]
        if rng.random() < 0.7:
            row["country"] = "UK" if L.nation == "UK" else NATIONS[L.nation][0]
            pl.add("nation")
        facts["place"] = self._place_facts(L, pl)
        # topic
        T, C = TECHS[L.tech], (CONDITIONS[L.cond] if L.cond else None)
        tv = pick(rng, T["variants"])
        cv = pick(rng, C["variants"]) if C else ""
        if rng.random() < 0.75:
            row["technology_area"] = tv if rng.random() > 0.04 else "N/A"
        if C and rng.random() < 0.7:
            row["clinical_area"] = cv
        facts["tech"], facts["cond"] = tv, (cv or None)
        facts["tech_key"], facts["cond_key"] = L.tech, L.cond
        # money and dates
        money = ""
        if rng.random() < 0.5:
            if rng.random() < 0.7 or L.years <= 1:
                words, val = money_short(L.budget)
                money = "a %s investment" % words
                facts["budget"] = (val, False)
            else:
                words, val = money_short(L.budget / L.years)
                money = "%s this year" % words
                row["budget_period"] = pick(rng, ["per year", "annual", "per annum"])
                facts["budget"] = (val, True)
            row["budget"] = fmt_amount(val, pick(rng, ["plain", "commas", "pound", "pound"]))
        row["budget_stated"] = money
        dtxt = []
        sy, sm, _ = L.start
        if rng.random() < 0.55:
            form = pick(rng, ["Month y", "Mon y", "ym", "y", "y"])
            row["start_date"] = fmt_date(L.start, form)
            facts["start"] = (sy, None if form == "y" else sm)
            dtxt.append("launched in %s" % (("%s %d" % (MONTHS[sm - 1], sy)) if form != "y" else str(sy)))
        if L.end is not None and rng.random() < 0.25:
            ey, em, _ = L.end
            form = pick(rng, ["y", "Month y"])
            row["end_date"] = fmt_date(L.end, form)
            facts["end"] = (ey, None if form == "y" else em)
            dtxt.append("runs until %s" % row["end_date"])
        row["dates_stated"] = "; ".join(dtxt)
        # prose
        brand = L.brand or plain_name.lstrip("'")
        fmt = dict(n=L.n_comp, k="{:,}".format(L.n_pat), s=L.n_sites, b="{:,}".format(L.beddays), p=L.pct, m=L.mins,
                   r=round(L.n_comp * 0.4, 1))
        groups = [g for g in CLAIM_GROUPS[L.family] if not (g == "patient" and L.focus == "non-clinical")] or ["staff"]
        claims = [pick(rng, AR_CLAIMS[pick(rng, groups)]).format(**fmt) for _ in range(2)]
        openers = AR_OPENERS if L.brand else [o for o in AR_OPENERS if "{brand}" not in o]
        op = pick(rng, openers).format(brand=brand, fy=yy)
        s1 = "%s, %s." % (op, " and ".join(dict.fromkeys(claims)))
        s2 = "%s uses %s%s." % (brand, tv, (pick(rng, [", focusing on %s", " for %s", " in %s"]) % cv)
                                 if cv else "")
        s3 = ("We are delivering the programme %s%s." % ("" if where.startswith("across") else "in ", where)) \
            if where else ""
        s4 = ("We work in partnership with %s." % sentence_join([BODIES.get(p)["name"] for p in plist])) if plist else ""
        if funder_t != reporter and rng.random() < 0.6:
            s5 = "Funded by %s%s." % (BODIES.get(funder_t)["name"], (", " + money) if money else "")
        elif money:
            s5 = "This represents %s." % money
        else:
            s5 = ""
        s6 = ("; ".join(dtxt) + ".") if dtxt else ""
        s6 = s6[:1].upper() + s6[1:]
        if rng.random() < 0.08:
            desc = "\n".join("- " + x for x in (s1, s2, s3, s4, s5) if x)
            if rng.random() < 0.5:
                desc = "'" + desc
        else:
            desc = " ".join(x for x in (s2, s1, s3, s4, s5, s6) if x)
        row["description"] = desc
        row["status"] = spell(rng, STATUS_SPELLINGS, status_at(L, t))
        self._common(L, row, 0.6, 0.2, 0.4, 0.4, 0.4, 0.5)
        facts["name"] = name
        return row, facts

    # ------------------------------------------------------------------ OD
    def open_data(self, L):
        rng = self.rng
        row, facts = {"feed": "open data"}, {}
        award = L.start
        aym = L.start_ym
        if rng.random() < 0.3:
            aym = max(2015 * 12, L.start_ym - rng.randrange(1, 4))
            award = (aym // 12, aym % 12 + 1, 1 + rng.randrange(28))
        funder = BODIES.get(BODIES.at(L.funder, aym))
        rec = BODIES.at(L.owner, aym)
        code = (funder["acr"] or "".join(w[0] for w in funder["name"].split() if w[0].isupper())).replace(" ", "")
        ref = "360G-%s-%d-%04d" % (code.upper(), award[0], rng.randrange(10000))
        row["source"] = "%s grants open data, extract January 2025, ref %s" % (funder["name"], ref)
        # name
        r = rng.random()
        base = L.brand_name if (L.brand_name and r < 0.2) else (L.acr + " " + L.formal if L.acr and r < 0.5 else L.formal)
        if L.cy_name and rng.random() < 0.15:
            base = L.cy_name
        elif rng.random() < 0.7:
            base = abbreviate(base)
        if rng.random() < 0.5:
            base += " - " + (BODIES.get(rec)["acr"] or strip_board(BODIES.get(rec)["name"]))
        if L.phase > 1 and rng.random() < 0.5:
            base += " PH%d" % L.phase
        base = truncate60(base)
        c = rng.random()
        base = base.upper() if c < 0.55 else (base.lower() if c < 0.8 else base)
        if any(ord(ch) > 127 for ch in base) and rng.random() < 0.5:
            base = mojibake(base)
        if rng.random() < 0.03:
            base = "'" + base
        row["name"] = base
        facts["acr"] = L.acr if (L.acr and L.acr.lower() in base.lower().split()) else None
        # bodies
        st = rng.random()
        row["owner"] = self.ref(rec, "id" if st < 0.75 else ("acr" if st < 0.9 else "upper"))
        plist = []
        if L.partners and rng.random() < 0.15:
            plist = [BODIES.at(pick(rng, L.partners), aym)]
            row["partners"] = self.ref(plist[0], "id")
        facts["owner"], facts["partners"] = rec, plist
        row["description"] = pick(rng, OD_DESCR).format(rec=BODIES.get(rec)["name"].upper(), code=code,
                                                        ph=L.phase)
        # money
        eur = L.currency_od == "EUR"
        amount = round(L.budget / 0.86) if eur else L.budget
        d = rng.random()
        if d < 0.05:
            s, v = sci(amount)
            row["budget_stated"], row["budget"] = s, "%d" % v
            facts["budget"] = (v * (0.86 if eur else 1), False)
        elif d < 0.09:
            row["budget_stated"] = pick(rng, ["TBC", "N/A", "n/a"])
        else:
            row["budget"] = fmt_amount(amount, pick(rng, ["plain", "plain", "commas", "decimals", "commas_dec"]
                                                   + ([] if eur else ["pound"])))
            facts["budget"] = (L.budget, False)
        if "budget" in row and (eur or rng.random() < 0.8):
            row["currency"] = "EUR" if eur else "GBP"
        # dates
        stated = []
        for key, dt in (("start", award), ("end", L.end)):
            if dt is None:
                if key == "end" and rng.random() < 0.3:
                    stated.append(pick(rng, ["TBC", "N/A"]))
                continue
            d = rng.random()
            if d < 0.09:
                stated.append("%d" % excel_serial(dt))
            elif d < 0.13:
                stated.append(pick(rng, ["N/A", "TBC"]))
            else:
                form = pick(rng, ["ymd", "ymd", "ymd", "dmy/", "dmy/", "d-Mon-y", "isoT", "dmy time", "dmy.", "isoTZ"])
                row[key + "_date"] = fmt_date(dt, form)
                facts[key] = (dt[0], dt[1])
        row["dates_stated"] = "; ".join(stated)
        row["status"] = pick(rng, {"planned": ["planned", "upcoming"], "active": ["Live", "Open", "live"],
                                   "concluded": ["Closed", "Complete", "closed"]}[status_at(L, OD_EXTRACT_YM)])
        # place
        pl = set()
        if rng.random() < 0.85:
            row["country"] = ("GB" if rng.random() < 0.5 else "UK") if L.nation == "UK" else \
                (NATIONS[L.nation][1] if rng.random() < 0.7 else NATIONS[L.nation][2])
            pl.add("nation")
        g = rng.random()
        if L.nation == "ENG" and L.region and g < 0.5:
            row["region"] = REGIONS[L.region]["gss"]
            pl.add("region")
        elif L.nation not in ("ENG", "UK") and g < 0.4:
            row["region"] = NATIONS[L.nation][3]
            pl.add("nation")
        elif L.area and L.county is not None and g < 0.8:
            cty = AREAS[L.area]["counties"][L.county]
            txt = cty[0].upper()
            if any(ord(ch) > 127 for ch in (cty[1] or "")) and rng.random() < 0.5:
                txt = mojibake(cty[1].upper())
            row["region"] = txt
            pl.add("county")
        facts["place"] = self._place_facts(L, pl)
        # topic
        T, C = TECHS[L.tech], (CONDITIONS[L.cond] if L.cond else None)
        facts["tech_key"], facts["cond_key"] = L.tech, L.cond
        if rng.random() < 0.5:
            row["technology_area"] = T["code"]
            facts["tech"] = T["code"]
        if C and rng.random() < 0.5:
            row["clinical_area"] = C["code"]
            facts["cond"] = C["code"]
        row["activity_types"] = pick(rng, ["funding", "grants", "Funding", "GRANTS"]) if rng.random() < 0.85 else ""
        if rng.random() < 0.4:
            row["instrument_type"] = L.instr
        if rng.random() < 0.2:
            row["focus"] = spell(rng, {"clinical": ["CLINICAL", "clinical"], "non-clinical": ["NON CLINICAL"],
                                       "both": ["MIXED", "both"]}, L.focus)
        yes = L.offers_funding
        row["offers_funding"] = pick(rng, ["Y", "yes", "TRUE", "1"] if yes else ["N", "no", "FALSE", "0"])
        if yes and rng.random() < 0.5:
            row["funding_recipients"] = pick(rng, {"innovators": ["innovators", "suppliers", "developers"],
                                                   "adopters": ["adopters", "NHS organisations"],
                                                   "both": ["both"], "none": [""]}[L.recipients])
        facts["name"] = row["name"]
        return row, facts
