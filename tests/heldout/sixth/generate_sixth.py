#!/usr/bin/env python3
"""Synthetic programme registers (NHS England innovation landscape) with planted
duplicates and hard negatives, for testing duplicate detection.

python3 generate_sixth.py --rows N --seed S --out DIR  (check: python3 check_sixth.py DIR)
writes DIR/initiatives.csv, actors.csv, planted_pairs.csv, hard_negatives.csv
"""
import argparse, csv, os, random, re, unicodedata

# ---------------------------------------------------------------- vocabulary
NATIONAL = [  # name, acronym, kind, level
    ("Department of Health and Social Care", "DHSC", "government-department"),
    ("NHS England", "NHSE", "arms-length-body"),
    ("NHS England and Improvement", "NHSEI", "arms-length-body"),
    ("NHS Digital", "NHSD", "arms-length-body"),
    ("NHSX", "", "arms-length-body"),
    ("Health Education England", "HEE", "arms-length-body"),
    ("National Institute for Health and Care Research", "NIHR", "research-funder"),
    ("National Institute for Health and Care Excellence", "NICE", "arms-length-body"),
    ("Medicines and Healthcare products Regulatory Agency", "MHRA", "regulator"),
    ("UK Research and Innovation", "UKRI", "research-funder"),
    ("Innovate UK", "IUK", "research-funder"),
    ("Office for Life Sciences", "OLS", "government-department"),
    ("Accelerated Access Collaborative", "AAC", "arms-length-body"),
    ("Care Quality Commission", "CQC", "regulator"),
    ("Public Health England", "PHE", "arms-length-body"),
    ("Department for Business, Energy and Industrial Strategy", "BEIS", "government-department"),
    ("Small Business Research Initiative Healthcare", "SBRI Healthcare", "research-funder"),
    ("Health Research Authority", "HRA", "regulator"),
    ("AHSN Network", "", "network"),
    ("NHS Confederation", "", "network"),
]
NETWORKS = [  # regional health innovation networks: name, acronym, region
    ("Eastern Academic Health Science Network", "Eastern AHSN", "East of England"),
    ("Oxford Academic Health Science Network", "Oxford AHSN", "South East"),
    ("Wessex Academic Health Science Network", "Wessex AHSN", "South East"),
    ("Kent Surrey Sussex Academic Health Science Network", "KSS AHSN", "South East"),
    ("UCLPartners", "UCLP", "London"),
    ("Imperial College Health Partners", "ICHP", "London"),
    ("Health Innovation Network South London", "HIN", "London"),
    ("East Midlands Academic Health Science Network", "EMAHSN", "East Midlands"),
    ("West Midlands Academic Health Science Network", "WMAHSN", "West Midlands"),
    ("Yorkshire and Humber Academic Health Science Network", "Y&H AHSN", "Yorkshire and the Humber"),
    ("Health Innovation Manchester", "HInM", "North West"),
    ("Innovation Agency North West Coast", "Innovation Agency", "North West"),
    ("North East and North Cumbria Academic Health Science Network", "NENC AHSN", "North East"),
    ("South West Academic Health Science Network", "SWAHSN", "South West"),
    ("West of England Academic Health Science Network", "WEAHSN", "South West"),
]
CHARITIES = [
    ("The Health Foundation", "THF"), ("The King's Fund", "TKF"), ("Nuffield Trust", ""),
    ("Nesta", ""), ("Wellcome Trust", "Wellcome"), ("British Heart Foundation", "BHF"),
    ("Diabetes UK", ""), ("Alzheimer's Society", ""), ("Macmillan Cancer Support", "Macmillan"),
    ("Mind", ""), ("Age UK", ""), ("Asthma and Lung UK", "ALUK"), ("Mencap", ""),
    ("Stroke Association", ""), ("Marie Curie", ""), ("National Voices", ""),
    ("Race Equality Foundation", "REF"), ("Carers UK", ""), ("Healthwatch England", "HWE"),
    ("Kidney Research UK", "KRUK"),
]
UNIVERSITIES = ["Leeds", "Manchester", "Birmingham", "Bristol", "Sheffield", "Newcastle",
                "Nottingham", "Exeter", "Southampton", "Oxford", "Cambridge", "Warwick",
                "York", "Leicester", "Liverpool", "East Anglia", "Kent", "Sussex",
                "Plymouth", "Hull", "Lancaster", "Keele", "Bath", "Surrey", "Durham"]
CO_A = ["Medi", "Cura", "Vita", "Neuro", "Cardio", "Pulse", "Nova", "Thera", "Clini", "Onco",
        "Derm", "Sana", "Orto", "Resp", "Gluco", "Aero", "Lumi", "Bio", "Kine", "Pharma",
        "Vox", "Qure", "Helix", "Evo", "Axon", "Sense", "Omni", "Zen", "Tele", "Cogni"]
CO_B = ["Tech", "Sense", "Logic", "Data", "Path", "Link", "Wave", "Labs", "Works", "Metrics",
        "Scan", "Care", "Flow", "Bridge", "Point", "Cloud", "Mind", "Gen", "Vue", "Dx"]
CO_C = ["", "", " Health", " Digital", " Diagnostics", " Solutions", " Systems", " Analytics",
        " Medical", " Therapeutics", " Innovations", " Software"]
CO_SUFFIX = ["Ltd", "Ltd", "Ltd", "Limited", "Limited", "plc", "LLP", "CIC"]

PLACES = [  # place, region
    ("Newcastle", "North East"), ("Sunderland", "North East"), ("Durham", "North East"),
    ("Middlesbrough", "North East"), ("Manchester", "North West"), ("Liverpool", "North West"),
    ("Lancashire", "North West"), ("Cumbria", "North West"), ("Cheshire", "North West"),
    ("Bolton", "North West"), ("Leeds", "Yorkshire and the Humber"),
    ("Sheffield", "Yorkshire and the Humber"), ("Bradford", "Yorkshire and the Humber"),
    ("Hull", "Yorkshire and the Humber"), ("Wakefield", "Yorkshire and the Humber"),
    ("Nottingham", "East Midlands"), ("Leicester", "East Midlands"), ("Derby", "East Midlands"),
    ("Lincolnshire", "East Midlands"), ("Northamptonshire", "East Midlands"),
    ("Birmingham", "West Midlands"), ("Coventry", "West Midlands"), ("Wolverhampton", "West Midlands"),
    ("Stoke-on-Trent", "West Midlands"), ("Herefordshire", "West Midlands"),
    ("Cambridgeshire", "East of England"), ("Norfolk", "East of England"), ("Suffolk", "East of England"),
    ("Essex", "East of England"), ("Hertfordshire", "East of England"), ("Luton", "East of England"),
    ("Camden", "London"), ("Tower Hamlets", "London"), ("Southwark", "London"), ("Lambeth", "London"),
    ("Croydon", "London"), ("North West London", "London"), ("Barking and Dagenham", "London"),
    ("Kent", "South East"), ("Surrey", "South East"), ("Sussex", "South East"), ("Oxfordshire", "South East"),
    ("Buckinghamshire", "South East"), ("Hampshire", "South East"), ("Portsmouth", "South East"),
    ("Isle of Wight", "South East"), ("Bristol", "South West"), ("Devon", "South West"),
    ("Cornwall", "South West"), ("Somerset", "South West"), ("Dorset", "South West"),
    ("Gloucestershire", "South West"), ("Plymouth", "South West"), ("Wiltshire", "South West"),
]
CONDITIONS = ["diabetes", "type 2 diabetes", "heart failure", "atrial fibrillation", "hypertension",
              "chronic obstructive pulmonary disease", "asthma", "dementia", "stroke", "frailty",
              "falls prevention", "sepsis", "cancer", "lung cancer", "bowel cancer", "breast cancer",
              "prostate cancer", "skin cancer", "depression", "anxiety", "psychosis", "eating disorders",
              "chronic kidney disease", "long COVID", "obesity", "musculoskeletal pain", "back pain",
              "epilepsy", "Parkinson's disease", "multiple sclerosis", "sickle cell disease",
              "cardiovascular disease", "maternity care", "neonatal care", "wound care", "hip fracture",
              "osteoarthritis", "glaucoma", "hearing loss", "antimicrobial resistance", "pain management",
              "alcohol misuse", "smoking cessation", "self-harm", "liver disease"]
GROUPS = ["older people", "children and young people", "people with learning disabilities",
          "autistic people", "Black, Asian and minority ethnic communities", "South Asian communities",
          "Gypsy, Roma and Traveller communities", "pregnant women", "new mothers", "carers",
          "people experiencing homelessness", "veterans", "people in deprived areas", "rural communities",
          "people with severe mental illness", "adolescents", "working-age adults", "refugees and asylum seekers",
          "care home residents", "people living alone"]
SETTINGS = ["GP practices", "community pharmacies", "acute hospitals", "A&E departments", "care homes",
            "hospices", "ambulance services", "community services", "mental health trusts", "outpatient clinics",
            "urgent treatment centres", "patients' homes", "schools", "primary care networks", "NHS 111"]
TOPICS = ["remote monitoring", "digital triage", "artificial intelligence", "virtual wards", "medicines optimisation",
          "point-of-care testing", "genomic testing", "patient activation", "social prescribing", "wearable sensors",
          "robotic process automation", "electronic patient records", "video consultations", "early diagnosis",
          "shared decision making", "workforce redesign", "population health management", "clinical decision support",
          "home-based rehabilitation", "digital therapeutics"]

KINDS = {  # key: (noun variants, instrument_type, activity_types, focus, offers funding, recipients)
    "fellowship": (["Fellowship", "Fellowship Programme", "Clinical Fellowship Scheme"],
                   "fellowships-and-scholarships", "training-and-skills", "clinical", "yes", "innovators"),
    "testbed": (["Test Bed", "Testbed", "Test Bed Programme"], "research-infrastructure-support",
                "infrastructure;evaluation-and-evidence", "both", "yes", "both"),
    "accelerator": (["Accelerator", "Innovation Accelerator", "Accelerator Programme"],
                    "technology-extension-and-advisory-services", "training-and-skills;networking-and-brokerage",
                    "both", "partly", "innovators"),
    "fund": (["Innovation Fund", "Challenge Fund", "Development Fund"], "grants-for-business-rnd-and-innovation",
             "funding", "clinical", "yes", "innovators"),
    "adoption": (["Adoption Programme", "Spread and Adoption Programme", "Rapid Uptake Programme"],
                 "procurement-for-rnd-and-innovation", "procurement-and-commissioning;funding", "clinical", "yes",
                 "adopters"),
    "network": (["Learning Network", "Community of Practice", "Improvement Collaborative"],
                "networking-and-collaborative-platforms", "networking-and-brokerage", "both", "no", ""),
    "evaluation": (["Evaluation", "Real-World Evaluation", "Evaluation Programme"], "policy-intelligence",
                   "evaluation-and-evidence", "both", "no", ""),
    "competition": (["Competition", "Innovation Competition", "Challenge Competition"],
                    "procurement-for-rnd-and-innovation", "funding;procurement-and-commissioning", "clinical",
                    "yes", "innovators"),
    "pilot": (["Pilot", "Pilot Programme", "Demonstrator"], "grants-for-business-rnd-and-innovation",
              "funding;evaluation-and-evidence", "clinical", "yes", "adopters"),
    "training": (["Training Programme", "Skills Academy", "Leadership Programme"], "fellowships-and-scholarships",
                 "training-and-skills", "non-clinical", "no", ""),
    "signposting": (["Support Service", "Innovation Exchange", "Information Hub"],
                    "information-services-and-datasets", "information-and-signposting", "non-clinical", "no", ""),
    "awards": (["Awards", "Innovation Prize", "Challenge Prize"], "challenges-prizes-and-awards",
               "funding", "both", "yes", "innovators"),
}
STAGES = ["Research and early development", "Later-stage development", "Commercialisation",
          "Adoption, diffusion and scale-up", "Real-world monitoring and evaluation"]
SOURCES = ["Health Foundation programme mapping", "AHSN Network catalogue", "NIHR funding register",
           "NHS Innovation Service listing", "Regional innovation directory", "Local ICS spreadsheet",
           "Innovate UK award list", "Desk research 2023"]

NAME_TEMPLATES = [
    "{cond_t} {noun} for {group_t}",
    "{place} {cond_t} {noun}",
    "{noun}: {cond_t} in {setting_t}",
    "{place} {topic_t} {noun} for {setting}",
    "Improving {cond} care for {group} in {setting}",
    "{topic_t} for {cond} {noun} ({place})",
    "{owner_s} {topic_t} {noun}",
    "{cond_t} and {topic} {noun} in {setting_t}",
    "{noun} in {topic_t}: {group_t}",
    "Better {cond} outcomes for {group}: {topic_t} in {setting}",
]
DESC_SENT = [
    "The {kindw} supports {setting} in {where} to test and adopt {topic} for people with {cond}.",
    "It is aimed at {group} and the staff who care for them.",
    "Run by {owner}, the {kindw} brings together clinicians, patients and industry partners.",
    "Funding of up to £{money} is available to successful applicants.",
    "Participants receive mentoring, evaluation support and help with procurement and commissioning.",
    "The aim is to reduce unwarranted variation and improve outcomes for {group}.",
    "Evidence from the {kindw} will be shared through the regional health innovation network.",
    "Projects must show how {topic} can be spread beyond the first site.",
    "A rapid evaluation will look at safety, affordability, effectiveness and patient and staff experience.",
    "Applications open in {year} and projects run for up to {dur} months.",
    "This work focuses on {cond} in {setting} and on reducing inequalities for {group}.",
    "Innovators are matched with NHS organisations that are ready to adopt.",
    "Clinical backfill is funded so that staff can take part.",
    "Patient and public involvement is built into every stage of the {kindw}.",
]
SHORT_DESC = ["See website.", "Funding scheme.", "TBC", "Pilot.", "Details to follow.", "{cond}.", "Local programme."]
PARAPHRASE = [("supports", "helps"), ("to test and adopt", "to trial and take up"), ("is aimed at", "targets"),
              ("brings together", "convenes"), ("successful applicants", "funded projects"),
              ("The aim is to", "It seeks to"), ("will be shared", "is to be disseminated"),
              ("Participants receive", "Those taking part get"), ("must show", "need to demonstrate"),
              ("people with", "patients with"), ("Applications open", "Applications are open"),
              ("is built into", "runs through"), ("reduce", "cut"), ("improve", "raise"),
              ("staff", "workforce"), ("programme", "scheme"), ("Innovators", "Companies")]
ABBREV = [("Academic Health Science Network", "AHSN"), ("chronic obstructive pulmonary disease", "COPD"),
          ("artificial intelligence", "AI"), ("Artificial Intelligence", "AI"), ("atrial fibrillation", "AF"),
          ("Atrial Fibrillation", "AF"), ("cardiovascular disease", "CVD"), ("Cardiovascular Disease", "CVD"),
          ("chronic kidney disease", "CKD"), ("Chronic Kidney Disease", "CKD"),
          ("people with learning disabilities", "people with LD"), ("A&E departments", "accident and emergency departments"),
          ("GP practices", "general practices"), ("Black, Asian and minority ethnic", "BAME"),
          ("Programme", "Prog."), ("Programme", "Programme"), ("Innovation", "Innov."), ("Department", "Dept"),
          ("Evaluation", "Eval."), ("and", "&"), ("children and young people", "CYP"),
          ("Children and Young People", "CYP"), ("NHS 111", "NHS One One One"),
          ("primary care networks", "PCNs"), ("musculoskeletal", "MSK"), ("Musculoskeletal", "MSK"),
          ("severe mental illness", "SMI"), ("electronic patient records", "EPR"), ("Electronic Patient Records", "EPR"),
          ("Fellowship", "Fellowship"), ("Test Bed", "Testbed"), ("Centre", "Ctr"),
          ("Community of Practice", "CoP"), ("Accident and Emergency", "A&E"), ("Test Bed", "TB"),
          ("Programme", "Prog"), ("National Health Service", "NHS"), ("General Practice", "GP"),
          ("Long COVID", "post-COVID syndrome"), ("Type 2 Diabetes", "T2D"), ("Heart Failure", "HF"),
          ("Multiple Sclerosis", "MS"), ("Antimicrobial Resistance", "AMR"), ("Urgent Treatment Centres", "UTCs"),
          ("Primary Care Networks", "PCNs"), ("Video Consultations", "video consults"),
          ("Virtual Wards", "Hospital at Home"), ("Point-of-Care Testing", "POCT"),
          ("Innovation", "Innovn"), ("Improvement", "Impr."), ("Development", "Dev."), ("Artificial Intelligence", "A.I.")]
LABEL_PRE = ["[CLOSED] ", "[ARCHIVED] ", "NEW: ", "CLOSED - ", "(Open) ", "* "]
LABEL_SUF = [" - apply now", " (closed)", " – now open", " [pilot phase]", " (see website)", " - deadline passed",
             " {year}", " ({year})", " {year}/{yy}"]
ACCENTED = {"e": "é", "E": "É", "a": "à", "o": "ö", "u": "ü", "i": "ï", "c": "ç"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def title(s):
    return " ".join(w if (w.isupper() or w[:1].isupper() or (i and w in SMALL)) else w[:1].upper() + w[1:]
                    for i, w in enumerate(s.split(" ")))


SMALL = {"and", "of", "in", "for", "the", "with", "to"}


# ---------------------------------------------------------------- actors
class Actors:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []  # dicts
        self.by_name = {}
        n = 0
        for name, acr, kind in NATIONAL:
            self.add(name, acr, kind, "national", "national", None)
        for name, acr, region in NETWORKS:
            self.add(name, acr, "network", "regional", "network", region)
        for name, acr in CHARITIES:
            self.add(name, acr, "charity", "national", "charity", None)
        for u in UNIVERSITIES:
            self.add("University of " + u, "", "academia", "regional", "university", None)
        self.companies = []

    def add(self, name, acr, kind, level, cat, region):
        if name in self.by_name:
            return self.by_name[name]
        a = {"id": "A%04d" % (len(self.rows) + 1), "name": name, "acronym": acr, "kind": kind,
             "level": level, "cat": cat, "region": region}
        self.rows.append(a)
        self.by_name[name] = a
        return a

    def company(self):
        r = self.rng
        while True:
            base = r.choice(CO_A) + r.choice(CO_B).lower() + r.choice(CO_C)
            name = base + " " + r.choice(CO_SUFFIX)
            if name not in self.by_name:
                a = self.add(name, "", "industry", "national", "company", None)
                a["base"] = base
                return a

    def pick(self, cat=None):
        r = self.rng
        if cat is None:
            cat = r.choices(["national", "network", "charity", "university", "company"], [30, 30, 10, 10, 20])[0]
        if cat == "company":
            if len(self.companies) < 40 or r.random() < 0.3:
                self.companies.append(self.company())
            return r.choice(self.companies)
        if not hasattr(self, "_cat"):
            self._cat = {}
            for a in self.rows:
                self._cat.setdefault(a["cat"], []).append(a)
        return r.choice(self._cat[cat])


# ---------------------------------------------------------------- programmes
def fmt_date(rng, y, m, d, style):
    if style == 0:
        return "%d" % y
    if style == 1:
        return "%d-%02d" % (y, m)
    if style == 2:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 3:
        return "%02d/%02d/%d" % (d, m, y)
    if style == 4:
        return "%s %d" % (MONTHS[m - 1], y)
    return "%d %s %d" % (d, MONTHS[m - 1], y)


class Prog:
    """Parameters of one programme; render() makes a register row."""
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def copy(self, **kw):
        d = dict(self.__dict__)
        d.update(kw)
        return Prog(**d)


def new_prog(rng, actors):
    kind = rng.choice(list(KINDS))
    owner = actors.pick()
    if owner["cat"] == "network":
        plc = rng.choice([p for p in PLACES if p[1] == owner["region"]] or PLACES)
    else:
        plc = rng.choice(PLACES)
    national = owner["cat"] in ("national", "charity") and rng.random() < 0.6
    y = rng.randint(2014, 2025)
    return Prog(kind=kind, noun=rng.choice(KINDS[kind][0]), tmpl=rng.randrange(len(NAME_TEMPLATES)),
                cond=rng.choice(CONDITIONS), group=rng.choice(GROUPS), setting=rng.choice(SETTINGS),
                topic=rng.choice(TOPICS), place=plc[0], region=plc[1], national=national, owner=owner,
                partners=[actors.pick()["name"] for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))],
                year=y, sm=rng.randint(1, 12), sd=rng.randint(1, 28), dur=rng.choice([6, 12, 18, 24, 36, 48, 60]),
                rnd="", pilot_of="", datestyle=rng.choice([0, 1, 1, 2, 2, 2, 3, 4, 5]),
                sents=rng.sample(range(len(DESC_SENT)), rng.randint(2, 5)),
                desc_mode=rng.choices(["normal", "short", "long", "none"], [80, 7, 5, 8])[0],
                money=rng.choice(["50,000", "100,000", "250,000", "500,000", "1 million", "2.5 million"]),
                miss_owner=rng.random() < 0.05, miss_dates=rng.random() < 0.1,
                status=rng.choice(["active", "concluded", "planned", "ongoing", "closed", "live", ""]),
                stages=rng.sample(STAGES, rng.randint(0, 3)), tgroups=rng.random() < 0.7,
                source=rng.choice(SOURCES), comp_owner=None)


def maybe_round(p, rng):
    if rng.random() < 0.08:
        p.rnd = rng.choice(["Wave %d", "Phase %d", "(Cohort %d)", "Round %d"]) % rng.randint(1, 6)
    elif rng.random() < 0.04:
        p.rnd = "%d/%02d" % (p.year, (p.year + 1) % 100)
    return p


def name_of(p):
    where = p.place
    owner_s = p.owner["acronym"] or p.owner["name"]
    if p.owner["cat"] == "company":
        owner_s = p.owner.get("base", p.owner["name"])
    if p.comp_owner is not None:  # competition award row: "<competition>: award to <company>"
        comp = NAME_TEMPLATES[p.tmpl].format(
            cond_t=title(p.cond), cond=p.cond, noun=p.noun, group_t=title(p.group), group=p.group,
            place=where, setting=p.setting, setting_t=title(p.setting), topic_t=title(p.topic), topic=p.topic,
            owner_s="SBRI Healthcare")
        n = comp + " – " + p.comp_owner["base"]
    else:
        n = NAME_TEMPLATES[p.tmpl].format(
            cond_t=title(p.cond), cond=p.cond, noun=p.noun, group_t=title(p.group), group=p.group,
            place=("National" if p.national and "{place}" in NAME_TEMPLATES[p.tmpl] else where),
            setting=p.setting, setting_t=title(p.setting), topic_t=title(p.topic), topic=p.topic, owner_s=owner_s)
    if p.rnd:
        n += " " + p.rnd
    if p.pilot_of:
        n += " – " + p.pilot_of + " pilot"
    n = n.replace(" care care ", " care ")
    return n[:1].upper() + n[1:]


def desc_of(p, rng):
    if p.desc_mode == "none":
        return ""
    owner = p.comp_owner["name"] if p.comp_owner else p.owner["name"]
    vals = dict(kindw=KINDS[p.kind][0][0].lower(), setting=p.setting, topic=p.topic, cond=p.cond, group=p.group,
                owner=owner, money=p.money, year=p.year, dur=p.dur,
                where=("England" if p.national and not p.pilot_of else p.place))
    if p.desc_mode == "short":
        return rng.choice(SHORT_DESC).format(**vals)
    sents = [DESC_SENT[i].format(**vals) for i in p.sents]
    if p.pilot_of:
        sents.insert(0, "Local pilot in %s of the national %s." % (p.place, p.pilot_of_name))
    if p.rnd:
        sents.append("This is %s of the %s." % (p.rnd.strip("()").lower(), vals["kindw"]))
    if p.desc_mode == "long":
        extra = [DESC_SENT[i].format(**vals) for i in range(len(DESC_SENT))]
        sents = sents + extra * rng.randint(3, 12)
    return " ".join(sents)


def dates_of(p):
    if p.miss_dates:
        return "", ""
    y2 = p.year + (p.sm - 1 + p.dur) // 12
    m2 = (p.sm - 1 + p.dur) % 12 + 1
    st = p.datestyle
    return fmt_date(None, p.year, p.sm, p.sd, st), fmt_date(None, y2, m2, min(p.sd, 28), st)


def render(p, rid, rng):
    k = KINDS[p.kind]
    s, e = dates_of(p)
    owner = "" if p.miss_owner else (p.comp_owner or p.owner)["name"]
    offers = k[4]
    return {
        "id": rid, "name": name_of(p), "owner": owner, "partners": ";".join(x for x in p.partners if x != owner),
        "description": desc_of(p, rng), "activity_types": k[2], "instrument_type": k[1], "focus": k[3],
        "offers_funding": offers, "funding_recipients": k[5] if offers != "no" else "",
        "stages": ";".join(p.stages), "target_groups": title(p.group) if p.tgroups else "",
        "technology_area": p.topic, "start_date": s, "end_date": e, "status": p.status,
        "country": "England", "region": "" if (p.national and not p.pilot_of) else p.region,
        "source": p.source,
    }


COLS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
        "offers_funding", "funding_recipients", "stages", "target_groups", "technology_area", "start_date",
        "end_date", "status", "country", "region", "source"]


# ---------------------------------------------------------------- hard negatives
def sister(p, rng, actors):
    """A different programme written from the same template. Returns (prog, kind) or None."""
    t = NAME_TEMPLATES[p.tmpl]
    opts = ["round"]
    if "{cond" in t: opts += ["condition"] * 2
    if "{group" in t: opts += ["patient_group"] * 2
    if "{setting" in t: opts += ["setting"] * 2
    if "{place}" in t and not p.national: opts += ["place"] * 2
    if p.national or p.owner["cat"] in ("national",): opts += ["national_vs_local_pilot"]
    if p.kind in ("competition", "fund", "awards"): opts += ["company_owner"] * 3
    kind = rng.choice(opts)
    q = p.copy(sents=list(p.sents), source=rng.choice(SOURCES), status=rng.choice(["active", "concluded", p.status]))
    if kind == "condition":
        q.cond = rng.choice([c for c in CONDITIONS if c != p.cond])
    elif kind == "patient_group":
        q.group = rng.choice([g for g in GROUPS if g != p.group])
    elif kind == "setting":
        q.setting = rng.choice([s for s in SETTINGS if s != p.setting])
    elif kind == "place":
        near = [x for x in PLACES if x[0] != p.place and (p.owner["cat"] != "network" or x[1] == p.region)]
        pl = rng.choice(near or [x for x in PLACES if x[0] != p.place])
        q.place, q.region = pl
    elif kind == "round":
        style = rng.randrange(4)
        n = rng.randint(1, 5)
        if style == 0:
            p.rnd, q.rnd = "Wave %d" % n, "Wave %d" % (n + 1)
        elif style == 1:
            p.rnd, q.rnd = "Phase %d" % n, "Phase %d" % (n + 1)
        elif style == 2:
            p.rnd, q.rnd = "(Cohort %d)" % n, "(Cohort %d)" % (n + rng.randint(1, 2))
        else:
            p.rnd, q.rnd = "%d/%02d" % (p.year, (p.year + 1) % 100), "%d/%02d" % (p.year + 1, (p.year + 2) % 100)
        q.year = p.year + rng.randint(1, 2)
    elif kind == "company_owner":
        if p.comp_owner is None:
            p.comp_owner = actors.company()
        q.comp_owner = actors.company()
        q.money = rng.choice(["50,000", "100,000", "250,000", p.money])
    elif kind == "national_vs_local_pilot":
        p.national = True
        base_name = name_of(p)
        net = rng.choice(actors.rows[len(NATIONAL):len(NATIONAL) + len(NETWORKS)])
        pl = rng.choice([x for x in PLACES if x[1] == net["region"]])
        q.owner, q.place, q.region = net, pl[0], pl[1]
        q.pilot_of, q.pilot_of_name = rng.choice(["local", pl[0]]), base_name
        if q.pilot_of == "local":
            q.pilot_of = pl[0]
        q.national = True
        q.year = p.year + rng.randint(0, 1)
    return q, kind


# ---------------------------------------------------------------- planted duplicates
def typo(s, rng):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 4:
        return s
    i = rng.choice(idx[1:])
    op = rng.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice("aeiourstnl") + s[i + 1:]


def cut_words(s, rng):
    ws = s.split(" ")
    cand = [i for i, w in enumerate(ws) if len(w) > 7 and w.isalpha()]
    if not cand:
        return s
    for i in rng.sample(cand, min(len(cand), rng.randint(1, 2))):
        ws[i] = ws[i][:rng.randint(3, 5)] + rng.choice([".", "", "."])
    return " ".join(ws)


def abbrev(s, rng):
    """Write an abbreviation out or introduce one (either direction, case-insensitive)."""
    pairs = list(ABBREV)
    rng.shuffle(pairs)
    for a, b in pairs:
        dirs = [(a, b), (b, a)]
        rng.shuffle(dirs)
        for x, y in dirs:
            if x == y:
                continue
            m = re.search(r"(?<![\w&])" + re.escape(x) + r"(?![\w&])", s, re.I)
            if m:
                return s[:m.start()] + y + s[m.end():]
    return None


def unicode_mess(s, rng):
    op = rng.randrange(4)
    if op == 0:  # accent + combining form
        out = []
        for c in s:
            if c in ACCENTED and rng.random() < 0.15:
                out.append(unicodedata.normalize("NFD", ACCENTED[c]))
            else:
                out.append(c)
        return "".join(out)
    if op == 1:
        return s.replace(" ", "\u00a0", rng.randint(1, 3))
    if op == 2:
        return s.replace("'", "\u2019").replace(" - ", " \u2013 ").replace("–", "-") + ("\u200b" if rng.random() < .5 else "")
    return s.replace("e", unicodedata.normalize("NFD", "é"), 1)


def reorder(s, rng):
    for sep in (": ", " – ", " for ", " in "):
        if sep in s:
            a, b = s.split(sep, 1)
            if sep in (": ", " – "):
                return b[:1].upper() + b[1:] + rng.choice([" – ", ": ", " - "]) + a
            return b[:1].upper() + b[1:] + " " + a.lower() if rng.random() < .3 else a + " (" + b + ")"
    ws = s.split(" ")
    if len(ws) > 2:
        i = rng.randrange(len(ws) - 1)
        ws[i], ws[i + 1] = ws[i + 1], ws[i]
    return " ".join(ws)


def punct(s, rng):
    op = rng.randrange(5)
    if op == 0:
        return "  " + s.replace(" ", "  ", 1) + " "
    if op == 1:
        return s.replace(":", " -").replace("–", "-").replace("(", "- ").replace(")", "")
    if op == 2:
        return s.upper() if rng.random() < .3 else s.lower()
    if op == 3:
        return s + rng.choice([".", " .", ";", "\t"])
    return s.replace(" and ", " & ") if " and " in s else s.replace("-", " ")


def owner_variant(a, rng):
    n = a["name"]
    if a["cat"] == "company":
        base = a.get("base", n)
        return rng.choice([base, base + " Ltd.", base + " Limited", base.upper() + " LTD", base + " plc",
                           base.replace(" ", "")])
    opts = []
    if a["acronym"]:
        opts += [a["acronym"], a["acronym"], n + " (" + a["acronym"] + ")"]
    opts += [n.replace(" and ", " & "), "the " + n, n.upper(), typo(n, rng)]
    return rng.choice(opts)


def paraphrase(d, rng):
    if not d:
        return d
    sents = [x for x in d.split(". ") if x]
    if len(sents) > 1 and rng.random() < 0.5:
        rng.shuffle(sents)
    d = ". ".join(sents)
    if not d.endswith("."):
        d += "."
    for a, b in PARAPHRASE:
        if a in d and rng.random() < 0.6:
            d = d.replace(a, b)
    return d


def duplicate(p, row, rng, actors):
    """Same programme recorded by another source. Returns (row, kinds)."""
    r = dict(row)
    kinds = []
    r["source"] = rng.choice([s for s in SOURCES if s != row["source"]])
    name = r["name"]
    nops = rng.choices([1, 2, 3, 4], [30, 35, 25, 10])[0]
    ops = rng.sample(["typo", "cut", "abbrev", "label", "unicode", "reorder", "punct", "owner"] * 1, nops)
    for op in ops:
        if op == "typo":
            name = typo(name, rng)
            if rng.random() < .3:
                name = typo(name, rng)
        elif op == "cut":
            name2 = cut_words(name, rng)
            if name2 == name:
                continue
            name = name2
        elif op == "abbrev":
            name2 = abbrev(name, rng)
            if not name2:
                continue
            name = name2
        elif op == "label":
            lab = rng.choice(LABEL_PRE + LABEL_SUF).format(year=p.year, yy="%02d" % ((p.year + 1) % 100))
            name = lab + name if lab in LABEL_PRE else name + lab
        elif op == "unicode":
            name = unicode_mess(name, rng)
        elif op == "reorder":
            name = reorder(name, rng)
        elif op == "punct":
            name = punct(name, rng)
        elif op == "owner":
            a = p.comp_owner or p.owner
            if not r["owner"]:
                r["owner"] = a["name"]
            else:
                r["owner"] = owner_variant(a, rng) if rng.random() < .85 else ""
        kinds.append(op)
    r["name"] = name
    # description
    dm = rng.choices(["same", "paraphrase", "truncate", "missing", "unicode"], [25, 35, 20, 12, 8])[0]
    d = r["description"]
    if d and dm != "same":
        if dm == "paraphrase":
            d = paraphrase(d, rng)
        elif dm == "truncate":
            d = d[:max(20, int(len(d) * rng.uniform(.3, .7)))].rstrip() + rng.choice(["...", "…", "", " [more]"])
        elif dm == "missing":
            d = ""
        else:
            d = unicode_mess(d, rng)
        kinds.append("desc_" + dm)
        r["description"] = d
    # dates
    dm = rng.choices(["same", "shift", "missing", "reformat"], [45, 25, 15, 15])[0]
    if dm != "same" and (r["start_date"] or r["end_date"]):
        if dm == "missing":
            if rng.random() < .5:
                r["end_date"] = ""
            else:
                r["start_date"] = r["end_date"] = ""
        else:
            q = p.copy()
            if dm == "shift":
                dd = rng.choice([-2, -1, 1, 1, 2])
                q.sm = p.sm + dd
                if q.sm < 1:
                    q.sm += 12
                    q.year -= 1
                elif q.sm > 12:
                    q.sm -= 12
                    q.year += 1
                q.sd = rng.randint(1, 28)
                q.datestyle = max(1, p.datestyle)
            else:
                q.datestyle = rng.choice([s for s in range(6) if s != p.datestyle])
            q.miss_dates = False
            r["start_date"], r["end_date"] = dates_of(q)
        kinds.append("dates_" + dm)
    # other fields another source may not record
    for c in ("partners", "stages", "target_groups", "technology_area", "status"):
        if rng.random() < .3:
            r[c] = ""
    if not kinds:
        r["name"] = typo(name, rng)
        kinds.append("typo")
    return r, kinds


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--dup-rate", type=float, default=0.02)
    ap.add_argument("--neg-rate", type=float, default=0.04)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    actors = Actors(rng)
    N = a.rows
    n_dup = max(1, round(N * a.dup_rate / 2))
    n_neg = max(1, round(N * a.neg_rate / 2))
    n_single = max(0, N - 2 * n_dup - 2 * n_neg)

    items = []  # (prog, row-dict-without-id, group tag)
    seen = set()

    def fresh():
        while True:
            p = new_prog(rng, actors)
            key = (p.kind, p.tmpl, p.cond, p.group, p.setting, p.topic, p.place, p.owner["id"])
            if key not in seen:
                seen.add(key)
                return p

    pairs, negs = [], []
    for _ in range(n_single):
        p = maybe_round(fresh(), rng)
        items.append((p, None))
    for _ in range(n_neg):
        p = fresh()
        q, kind = sister(p, rng, actors)
        items.append((p, ("neg", len(negs), 0)))
        items.append((q, ("neg", len(negs), 1)))
        negs.append([None, None, kind])
    for _ in range(n_dup):
        p = maybe_round(fresh(), rng)
        items.append((p, ("dup", len(pairs), 0)))
        pairs.append([None, None, None])
    # ids in shuffled order so pairs are scattered
    order = list(range(len(items)))
    rng.shuffle(order)
    prefixes = ["PRG", "REG", "HF", "AHSN", "NIHR"]
    rows = [None] * len(items)
    dup_src = {}
    for pos, i in enumerate(order):
        p, tag = items[i]
        rid = "%s-%06d" % (rng.choice(prefixes), pos + 1)
        row = render(p, rid, rng)
        rows[pos] = row
        if tag and tag[0] == "neg":
            negs[tag[1]][tag[2]] = rid
        elif tag and tag[0] == "dup":
            dup_src[tag[1]] = (p, row)
    # planted duplicates: inserted at random positions with their own ids
    for k, (p, row) in sorted(dup_src.items()):
        ids = len(rows) + 1
        r, kinds = duplicate(p, row, rng, actors)
        r["id"] = "DUP-%06d" % ids if rng.random() < 0.2 else "%s-%06d" % (rng.choice(prefixes), ids)
        rows.append(r)
        pairs[k] = [row["id"], r["id"], "+".join(kinds)]
    # shuffle row order in file
    rng.shuffle(rows)

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "initiatives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        for r in rows:
            r = {k: ("'" + v if v and v[0] in "=+-@" else v) for k, v in r.items()}
            w.writerow(r)
    used = {r["owner"] for r in rows} | {x for r in rows for x in r["partners"].split(";")}
    with open(os.path.join(a.out, "actors.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "acronym", "kind", "level", "description"])
        for ac in actors.rows:
            if ac["name"] in used or ac["cat"] != "company":
                w.writerow([ac["id"], ac["name"], ac["acronym"], ac["kind"], ac["level"],
                            ("Regional health innovation network for " + ac["region"]) if ac["region"] else ""])
    for fn, data in (("planted_pairs.csv", pairs), ("hard_negatives.csv", negs)):
        with open(os.path.join(a.out, fn), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id_a", "id_b", "kind"])
            w.writerows(data)
    print("rows=%d planted_pairs=%d hard_negatives=%d actors=%d" % (len(rows), len(pairs), len(negs), len(actors.rows)))


if __name__ == "__main__":
    main()
