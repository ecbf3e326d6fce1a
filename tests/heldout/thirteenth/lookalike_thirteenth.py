"""Hard negatives: look-alike programmes that are NOT the same programme.

Each kind has: a test whether an existing latent can be its base, a recipe for a
fresh base, and a recipe for 1-3 siblings.  Every pair of rows taken from two
different latents of one look-alike group is a hard negative of that kind.
"""
from places_thirteenth import AREAS, AREA_KEYS, county_of_town
from bodies_thirteenth import BODIES
from vocab_thirteenth import CONDITIONS, TECHS, COND_KEYS, CLIN_TECHS, BRANDS, BRAND_SUFFIXES, TECH_CONDS
from latent_thirteenth import CCG_END, pick, wpick

KINDS = [("brand_other_nation", 15), ("evaluation_contract", 15), ("next_phase", 15),
         ("same_town_same_condition", 14), ("local_rollout", 14), ("template_twin", 10),
         ("renamed_body_new_scheme", 8), ("programme_and_strand", 9)]

SWAP_NATIONS = ["ENG", "WLS", "SCT", "NIR"]


def compatible(kind, L):
    if kind == "brand_other_nation":
        return L.nation != "UK" and L.family != "strategy" and (L.brand is None or L.brand_root in BRANDS["ENG"])
    if kind == "evaluation_contract":
        return L.family not in ("eval", "strategy")
    if kind == "next_phase":
        return L.family in ("adopt", "pilot", "fund", "hub", "pathway", "skills") and L.end is not None \
            and L.end_ym < 2026 * 12 and L.strand_of is None
    if kind == "same_town_same_condition":
        return L.level == "local" and L.cond is not None
    if kind == "local_rollout":
        return L.level == "local" and L.family not in ("comp", "skills")
    if kind == "template_twin":
        return L.family in ("comp", "skills")
    if kind == "programme_and_strand":
        return L.family in ("fund", "adopt", "comp") and L.level != "local" and L.end is not None
    return False  # renamed_body_new_scheme always gets a fresh base


def make_base(W, kind):
    rng = W.rng
    if kind == "brand_other_nation":
        nat = pick(rng, SWAP_NATIONS)
        fam = pick(rng, ["adopt", "fund", "pilot", "hub", "pathway", "skills", "comp"])
        brand = pick(rng, BRANDS["ENG"]) + pick(rng, BRAND_SUFFIXES) if rng.random() < 0.7 else ""
        L = W.new_latent(family=fam, nation=nat, brand=brand)
        if brand:
            L.brand_root = brand.split()[0]
        return L
    if kind == "evaluation_contract":
        return W.new_latent(family=pick(rng, ["adopt", "pilot", "fund", "pathway", "hub"]))
    if kind == "next_phase":
        return W.new_latent(family=pick(rng, ["adopt", "pilot", "fund", "hub", "pathway"]),
                            start_ym=(2016 + rng.randrange(7)) * 12 + rng.randrange(12))
    if kind == "same_town_same_condition":
        tech = pick(rng, [t for t in CLIN_TECHS if TECHS[t]["focus"] == "clinical"])
        L = W.new_latent(family=pick(rng, ["pilot", "adopt", "pathway"]), nation=pick(rng, SWAP_NATIONS),
                         level="local", tech=tech, cond=pick(rng, TECH_CONDS[tech]))
        L.name_place = "town"
        return W.finish(L)
    if kind == "local_rollout":
        return W.new_latent(family=pick(rng, ["adopt", "pilot", "pathway"]), nation=pick(rng, SWAP_NATIONS),
                            level="local")
    if kind == "template_twin":
        return W.new_latent(family=pick(rng, ["comp", "comp", "skills"]),
                            nation=wpick(rng, [("ENG", 40), ("WLS", 20), ("SCT", 20), ("NIR", 8), ("UK", 12)]))
    if kind == "renamed_body_new_scheme":
        fam = pick(rng, ["fund", "pilot", "adopt", "pathway"])
        if rng.random() < 0.75:
            area = pick(rng, AREA_KEYS["ENG"])
            ccg = pick(rng, BODIES.pool[(area, "ccg")])
            start = (2016 + rng.randrange(5)) * 12 + rng.randrange(12)
            L = W.new_latent(family=fam, nation="ENG", level="local", area=area, start_ym=start, owner=ccg,
                             brand="")
            towns = BODIES.get(ccg)["towns"]
            L.town = [t for t, _ in AREAS[area]["towns"]].index(pick(rng, towns))
            L.county = county_of_town(area, L.town)
            cap = CCG_END
        else:
            area = pick(rng, ["sb", "ctm"])
            start = 2016 * 12 + rng.randrange(30)
            L = W.new_latent(family=fam, nation="WLS", level="local", area=area, start_ym=start,
                             owner="lhbold_" + area, brand="")
            cap = 2019 * 12 + 2
        if L.end is None or L.end_ym > cap:
            L.end_ym = max(L.start_ym + 6, cap - rng.randrange(6))
            L.end = (L.end_ym // 12, L.end_ym % 12 + 1, 1 + rng.randrange(28))
            L.years = max(1, round((L.end_ym - L.start_ym + 1) / 12))
        L.name_place = "town"
        return W.finish(L)
    if kind == "programme_and_strand":
        L = W.new_latent(family=pick(rng, ["fund", "adopt", "comp"]), level=pick(rng, ["national", "regional"]))
        if L.end is None:
            L.end_ym = L.start_ym + 36
            L.end = (L.end_ym // 12, L.end_ym % 12 + 1, 28)
        return L
    raise ValueError(kind)


def _redate(W, L, start_ym, dur=None):
    rng = W.rng
    L.start_ym = start_ym
    L.start = (start_ym // 12, start_ym % 12 + 1, 1 + rng.randrange(28))
    if dur is None:
        L.end = L.end_ym = None
    else:
        L.end_ym = start_ym + dur - 1
        L.end = (L.end_ym // 12, L.end_ym % 12 + 1, 1 + rng.randrange(28))
        L.years = max(1, round(dur / 12))


def _dur(L):
    return (L.end_ym - L.start_ym + 1) if L.end is not None else None


def _rebody(W, L, base_lineages=(), keep_partners=None):
    """Owner/funder/partners re-read for the sibling's own dates (renames apply)."""
    L.owner = BODIES.at(L.owner, L.start_ym)
    W._funder_partners(L, keep_partners)
    L.partners = [p for p in L.partners if BODIES.get(p)["lineage"] not in base_lineages] or L.partners


def siblings(W, kind, base):
    rng = W.rng
    out = []
    if kind == "brand_other_nation":
        others = [n for n in SWAP_NATIONS if n != base.nation]
        rng.shuffle(others)
        for nat in others[: 1 if rng.random() < 0.75 else 2]:
            lev = base.level if not (nat == "NIR" and base.level == "regional") else "national"
            st = max(2016 * 12, base.start_ym + rng.randrange(-12, 19))
            L = W.new_latent(family=base.family, nation=nat, level=lev, cond=base.cond or "", tech=base.tech,
                             start_ym=st, brand=base.brand or "", unique=False)
            for k in ("pattern", "type_word", "brand_style", "name_place", "acr_wanted", "comp_no", "brand_root"):
                setattr(L, k, getattr(base, k))
            out.append(W.finish(L))
    elif kind == "evaluation_contract":
        L = W.clone(base)
        L.family, L.type_word, L.acts, L.instr = "eval", "Evaluation", ["evaluation"], "policy-intelligence"
        L.strand_of = None
        L.offers_funding, L.recipients, L.evaluated = False, "none", None
        st = base.start_ym + 3 + rng.randrange(13)
        end = (base.end_ym if base.end is not None else base.start_ym + 36) + 3 + rng.randrange(10)
        _redate(W, L, st, max(6, end - st + 1))
        L.budget = max(40000, int(base.budget * (0.03 + 0.07 * rng.random()) / 10) * 10)
        L.budget_kind = "exact"
        ev = BODIES.pick(rng, base.nation if base.nation != "UK" else "ENG", "evaluator") or "nihr"
        uni = BODIES.pick(rng, base.area or base.nation, "university") or BODIES.pick(rng, "ENG", "university")
        if rng.random() < 0.5:
            L.owner, L.funder, L.partners = BODIES.at(uni, st), BODIES.at(ev, st), [base.owner]
        else:
            L.owner, L.funder, L.partners = BODIES.at(ev, st), BODIES.at(ev, st), [uni]
        L.currency_od = "GBP"
        L.brand, L.brand_name, L.acr_wanted = None, None, False
        subj = base.brand_name if (base.brand_name and rng.random() < 0.5) else base.formal
        L.custom_formal = pick(rng, ["Independent evaluation of the %s" % subj, "Evaluation of %s" % subj,
                                     "%s: process and impact evaluation" % subj,
                                     "Realist evaluation of the %s" % subj, "%s evaluation" % subj])
        if base.cy_name:
            L.custom_cy = "Gwerthusiad o %s" % base.cy_name
        L.eval_of = base.lid
        out.append(W.finish(L))
    elif kind == "next_phase":
        L = W.clone(base)
        L.phase = base.phase + 1
        st = (base.end_ym if base.end is not None else base.start_ym + 24) + 1 + rng.randrange(4)
        _redate(W, L, st, max(6, int((_dur(base) or 24) * (0.7 + 0.8 * rng.random()))))
        L.budget = int(base.budget * (0.6 + 1.2 * rng.random()) / 10) * 10 or 20000
        keep = base.partners[: max(1, len(base.partners) // 2)]
        _rebody(W, L, keep_partners=keep)
        W.finish(L)
        L.acr = base.acr
        out.append(L)
    elif kind == "same_town_same_condition":
        techs = [t for t in CLIN_TECHS if t != base.tech and base.cond in TECH_CONDS[t]] or \
            [t for t in CLIN_TECHS if t != base.tech]
        fam = pick(rng, [f for f in ("pilot", "adopt", "pathway", "hub") if f != base.family])
        lin = BODIES.get(base.owner)["lineage"]
        L = W.new_latent(family=fam, nation=base.nation, level="local", area=base.area, town=base.town,
                         cond=base.cond, tech=pick(rng, techs))
        for _ in range(4):
            if BODIES.get(L.owner)["lineage"] != lin:
                break
            role = pick(rng, ["university", "company", "provider", "charity"])
            k = BODIES.pick(rng, base.area, role) or BODIES.pick(rng, base.nation, role)
            if k:
                L.owner = BODIES.at(k, L.start_ym)
        L.name_place = "town"
        out.append(W.finish(L))
    elif kind == "local_rollout":
        areas = [a for a in AREA_KEYS[base.nation] if a != base.area]
        rng.shuffle(areas)
        n = wpick(rng, [(1, 60), (2, 30), (3, 10)])
        for area in areas[:n]:
            L = W.clone(base)
            a = AREAS[area]
            L.area, L.region = area, a["region"]
            L.town = rng.randrange(len(a["towns"]))
            L.county = county_of_town(area, L.town)
            _redate(W, L, max(2016 * 12, base.start_ym + rng.randrange(-6, 7)), _dur(base))
            L.budget = int(base.budget * (0.5 + 1.5 * rng.random()) / 10) * 10 or 20000
            if base.nation == "ENG" and L.start_ym <= CCG_END:
                k = BODIES.pick(rng, area, "ccg")
            else:
                k = BODIES.pick(rng, area, "area")
            L.owner = BODIES.at(k, L.start_ym)
            W._funder_partners(L)
            L.funder = base.funder
            out.append(W.finish(L))
    elif kind == "template_twin":
        used = {base.comp_no}
        for _ in range(1 if rng.random() < 0.7 else 2):
            L = W.clone(base)
            n = base.comp_no
            while n in used:
                n = max(1, base.comp_no + pick(rng, [-4, -3, -2, -1, 1, 2, 3, 4]))
            used.add(n)
            L.comp_no = n
            if rng.random() < 0.5:
                L.tech = pick(rng, [t for t in CLIN_TECHS if t != base.tech])
            L.cond = pick(rng, [c for c in TECH_CONDS[L.tech] if c != base.cond] or [None])
            _redate(W, L, base.start_ym + pick(rng, [-12, -6, 6, 12]) + rng.randrange(3), _dur(base))
            L.budget = int(base.budget * (0.8 + 0.45 * rng.random()) / 10) * 10 or 20000
            _rebody(W, L)
            L.owner = BODIES.at(base.owner, L.start_ym)
            out.append(W.finish(L))
    elif kind == "renamed_body_new_scheme":
        L = W.clone(base)
        succ = BODIES.get(base.owner)["lineage"]
        st = (CCG_END + 1 if base.nation == "ENG" else 2019 * 12 + 3) + rng.randrange(30)
        _redate(W, L, st, _dur(base))
        L.owner = BODIES.at(succ, st)
        W._money(L)
        W._funder_partners(L)
        if rng.random() < 0.5 and TECH_CONDS[L.tech]:
            L.cond = pick(rng, TECH_CONDS[L.tech])
        out.append(W.finish(L))
    elif kind == "programme_and_strand":
        L = W.clone(base)
        L.strand_of = base.lid
        L.cond = pick(rng, [c for c in TECH_CONDS[L.tech] if c != base.cond] or
                      [c for c in COND_KEYS if c != base.cond])
        cw, tw = CONDITIONS[L.cond]["word"], TECHS[L.tech]["word"]
        L.strand_suffix = pick(rng, [": %s strand" % cw, " - %s call" % cw, " (%s stream)" % cw,
                                     ": %s %s strand" % (cw, tw), " - %s workstream" % cw])
        st = base.start_ym + rng.randrange(12)
        end = min(base.end_ym, st + 6 + rng.randrange(24))
        _redate(W, L, st, max(3, end - st + 1))
        L.budget = int(base.budget * (0.08 + 0.27 * rng.random()) / 10) * 10 or 20000
        L.budget_kind = "exact"
        L.acr_wanted = False
        keep = base.partners[:2]
        _rebody(W, L, keep_partners=keep)
        L.owner = BODIES.at(base.owner, st)
        W.finish(L)
        L.formal = base.formal + L.strand_suffix
        L.brand_name = (base.brand_name + L.strand_suffix) if base.brand_name else None
        L.cy_name = (base.cy_name + " - " + CONDITIONS[L.cond]["cy"]) if base.cy_name else None
        out.append(L)
    return out
