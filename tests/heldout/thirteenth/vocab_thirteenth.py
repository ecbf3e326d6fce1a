"""Words of the domain: conditions, technologies, programme types, brands, phrases.

Each condition and technology has the forms the three feeds use:
  formal (written answers) | report variants (annual reports) | code (open data) |
  Welsh | word used in programme names | short form.
"""

# key|formal|report variants|code|Welsh|name word|short
_CONDITIONS = """
copd|chronic obstructive pulmonary disease (COPD)|COPD;lung health;breathing problems;respiratory conditions|RESP|Anadlol|Respiratory|COPD
asthma|asthma|asthma;children's asthma;respiratory conditions|RESP-ASTH|Asthma|Asthma|Asthma
diab|type 2 diabetes|diabetes;type 2 diabetes;diabetes prevention|DIAB|Diabetes|Diabetes|Diabetes
hf|heart failure|heart failure;heart health;cardiac care|CARD-HF|Methiant y Galon|Heart Failure|HF
af|atrial fibrillation (AF)|AF;irregular heart rhythm;atrial fibrillation|CARD-AF|Ffibriliad Atrïaidd|Atrial Fibrillation|AF
htn|hypertension|high blood pressure;blood pressure;hypertension|CARD-BP|Pwysedd Gwaed|Blood Pressure|BP
stroke|stroke|stroke;stroke recovery;stroke rehabilitation|STRK|Strôc|Stroke|Stroke
cancer|cancer (early diagnosis)|cancer;early cancer diagnosis;suspected cancer|ONC|Canser|Cancer|Cancer
lungca|lung cancer|lung cancer;lung health checks|ONC-LUNG|Canser yr Ysgyfaint|Lung Cancer|Lung Ca
bowelca|bowel cancer|bowel cancer;colorectal cancer|ONC-CRC|Canser y Coluddyn|Bowel Cancer|Bowel Ca
skinca|skin cancer|skin cancer;dermatology;skin lesions|DERM|Canser y Croen|Skin Cancer|Derm
dementia|dementia|dementia;memory assessment;people living with dementia|DEM|Dementia|Dementia|Dementia
frailty|frailty in older people|frailty;older people;ageing well|FRAIL|Eiddilwch|Frailty|Frailty
falls|falls prevention|falls;falls prevention;falls in care homes|FALLS|Atal Cwympiadau|Falls Prevention|Falls
mh|adult mental health|mental health;anxiety and depression;wellbeing|MH|Iechyd Meddwl|Mental Health|MH
camhs|children and young people's mental health|young people's mental health;CAMHS;emotional wellbeing|MH-CYP|Iechyd Meddwl Plant|Young People's Mental Health|CAMHS
msk|musculoskeletal (MSK) conditions|MSK;back pain;joint pain;physiotherapy|MSK|Cyhyrysgerbydol|MSK|MSK
mat|maternity care|maternity;pregnancy;perinatal care|MAT|Mamolaeth|Maternity|Maternity
sepsis|sepsis|sepsis;deteriorating patients|SEPS|Sepsis|Sepsis|Sepsis
ckd|chronic kidney disease (CKD)|kidney disease;CKD;renal care|RENAL|Clefyd yr Arennau|Kidney Care|CKD
lcovid|long COVID|long COVID;post-COVID syndrome|LCOV|COVID Hir|Long COVID|LCOVID
obes|obesity|weight management;healthy weight;obesity|OBES|Gordewdra|Weight Management|Obesity
eye|eye care (glaucoma and macular disease)|eye care;glaucoma;ophthalmology|OPHTH|Gofal Llygaid|Eye Care|Eye
pall|palliative and end of life care|end of life care;palliative care|PALL|Gofal Lliniarol|End of Life Care|EoLC
uec|urgent and emergency care|urgent care;A&E;emergency department|UEC|Gofal Brys|Urgent Care|UEC
pain|chronic pain|chronic pain;pain management|PAIN|Poen Cronig|Chronic Pain|Pain
"""

# key|formal|report variants|code|Welsh|name word|focus
_TECHS = """
rpm|remote patient monitoring|home monitoring;tech-enabled care at home;remote monitoring|RPM|Monitro o Bell|Remote Monitoring|clinical
vw|virtual wards|hospital at home;virtual ward;care at home|VW|Wardiau Rhithwir|Virtual Ward|clinical
aiimg|artificial intelligence in diagnostic imaging|AI-assisted imaging;AI radiology;AI image analysis|AI-IMG|Deallusrwydd Artiffisial|AI Imaging|clinical
cds|clinical decision support software|decision support;AI triage;risk stratification tools|CDS|Cymorth Penderfyniadau|Decision Support|clinical
dtx|digital therapeutics|apps;app-based support;digital therapies|DTX|Therapiwteg Ddigidol|Digital Therapeutics|clinical
vc|video consultation|video appointments;virtual clinics;online consultations|VC|Ymgynghori Fideo|Video Consultation|both
poct|point-of-care testing|near-patient testing;rapid testing|POCT|Profi Pwynt Gofal|Point of Care Testing|clinical
gen|genomic medicine|genomics;genetic testing|GEN|Genomeg|Genomics|clinical
wear|wearable sensors|wearables;smartwatches;sensor technology|WEAR|Synwyryddion Gwisgadwy|Wearables|clinical
scr|shared care records|joined-up records;shared records;integrated records|SCR|Cofnodion a Rennir|Shared Care Record|both
epma|electronic prescribing and medicines administration (ePMA)|e-prescribing;electronic prescribing;digital prescribing|EPMA|Presgripsiynu Electronig|E-Prescribing|both
rpa|robotic process automation|automation;digital workers;intelligent automation|RPA|Awtomeiddio Prosesau|Automation|non-clinical
tec|technology enabled care|telecare;TEC;assistive technology|TEC|Gofal Technoleg|Technology Enabled Care|both
medtech|medical devices|med tech;new devices;medical technology|MEDTECH|Dyfeisiau Meddygol|MedTech|clinical
ras|robotic-assisted surgery|surgical robots;robotic surgery|RAS|Llawdriniaeth Robotig|Robotic Surgery|clinical
dpath|digital pathology|digitised pathology;AI pathology|DPATH|Patholeg Ddigidol|Digital Pathology|clinical
pfds|patient-facing digital services|digital front door;patient app;online services|PFDS|Gwasanaethau Digidol|Digital Front Door|both
phm|population health management analytics|population health;data-driven care;analytics|PHM|Iechyd Poblogaeth|Population Health|both
erost|e-rostering and e-job planning|digital rostering;workforce scheduling|EROST|E-rostro|E-Rostering|non-clinical
proc|digital procurement and supply chain|supply chain;procurement systems|PROC|Caffael Digidol|Procurement|non-clinical
nlp|natural language processing of clinical letters|AI for clinical letters;ambient voice technology;digital dictation|NLP|Prosesu Iaith|Clinical Letters AI|non-clinical
"""


def _table(block, fields):
    out = {}
    for ln in block.strip().splitlines():
        f = ln.split("|")
        d = dict(zip(fields, f))
        d["variants"] = d["variants"].split(";")
        out[d["key"]] = d
    return out


CONDITIONS = _table(_CONDITIONS, ["key", "formal", "variants", "code", "cy", "word", "short"])
TECHS = _table(_TECHS, ["key", "formal", "variants", "code", "cy", "word", "focus"])
COND_KEYS = list(CONDITIONS)
TECH_KEYS = list(TECHS)
NONCLIN_TECHS = [k for k in TECH_KEYS if TECHS[k]["focus"] == "non-clinical"]
CLIN_TECHS = [k for k in TECH_KEYS if TECHS[k]["focus"] != "non-clinical"]

# Programme families: type words (English | Welsh), activity types, instrument, recipients, weight.
FAMILIES = {
    "adopt": {"types": ["Programme", "Adoption Programme", "Spread Programme", "Scale-up Programme"],
              "cy": "Rhaglen", "acts": ["networking", "funding", "information"],
              "instr": ["networking-and-collaborative-platforms", "technology-extension-and-advisory-services"],
              "recip": "adopters", "funds": 0.6, "weight": 22},
    "fund": {"types": ["Fund", "Innovation Fund", "Challenge Fund", "Investment Fund"],
             "cy": "Cronfa", "acts": ["funding"], "instr": ["grants-for-business-rnd-and-innovation"],
             "recip": "innovators", "funds": 1.0, "weight": 14},
    "comp": {"types": ["Challenge", "Competition", "Call"], "cy": "Her", "acts": ["funding", "procurement"],
             "instr": ["procurement-for-rnd-and-innovation", "challenges-prizes-and-awards"],
             "recip": "innovators", "funds": 1.0, "weight": 9},
    "pilot": {"types": ["Pilot", "Project", "Test Bed", "Demonstrator"], "cy": "Prosiect",
              "acts": ["evaluation", "infrastructure"], "instr": ["project-grants-for-public-research",
                                                                 "research-infrastructure-support"],
              "recip": "adopters", "funds": 0.3, "weight": 24},
    "skills": {"types": ["Fellowship", "Academy", "Leadership Programme", "Scholars Programme"],
               "cy": "Cymrodoriaeth", "acts": ["training"], "instr": ["fellowships-and-scholarships"],
               "recip": "none", "funds": 0.2, "weight": 9},
    "hub": {"types": ["Hub", "Network", "Collaborative", "Partnership"], "cy": "Hwb",
            "acts": ["networking", "information"], "instr": ["networking-and-collaborative-platforms"],
            "recip": "none", "funds": 0.1, "weight": 10},
    "eval": {"types": ["Evaluation", "Real World Evaluation", "Evaluation Programme"], "cy": "Gwerthusiad",
             "acts": ["evaluation"], "instr": ["policy-intelligence"], "recip": "none", "funds": 0.0, "weight": 5},
    "pathway": {"types": ["Pathway", "Service", "Model of Care"], "cy": "Llwybr",
                "acts": ["procurement", "other"], "instr": ["technology-extension-and-advisory-services"],
                "recip": "adopters", "funds": 0.2, "weight": 6},
    "strategy": {"types": ["Strategy", "Plan", "Framework"], "cy": "Strategaeth", "acts": ["other"],
                 "instr": ["national-strategies-and-plans"], "recip": "none", "funds": 0.0, "weight": 1},
}
FAMILY_KEYS = list(FAMILIES)
FAMILY_WEIGHTS = [FAMILIES[k]["weight"] for k in FAMILY_KEYS]

# Activity types: key -> spellings the format accepts (slug, words, synonyms)
ACTIVITY_SPELLINGS = {
    "funding": ["funding", "Funding", "grants", "grant funding", "finance", "financial support"],
    "training": ["training-and-skills", "training and skills", "Training & skills", "training", "skills",
                 "fellowships", "leadership development", "education"],
    "networking": ["networking-and-brokerage", "networking", "Networking & brokerage", "brokerage", "convening"],
    "evaluation": ["evaluation-and-evidence", "evaluation", "evidence generation", "real world evaluation",
                   "Evaluation and evidence"],
    "information": ["information-and-signposting", "signposting", "advice and guidance", "information"],
    "procurement": ["procurement-and-commissioning", "procurement", "commissioning", "Procurement & commissioning"],
    "infrastructure": ["infrastructure", "test beds", "testbeds", "facilities"],
    "regulatory": ["regulatory-advice", "regulatory support", "regulatory guidance"],
    "other": ["other", "Other"],
}

# Instrument types: slug -> STIP Compass label (the words the product shows)
INSTRUMENT_LABELS = {
    "networking-and-collaborative-platforms": "Networking and collaborative platforms",
    "technology-extension-and-advisory-services": "Technology extension and business advisory services",
    "grants-for-business-rnd-and-innovation": "Grants for business R&D and innovation",
    "procurement-for-rnd-and-innovation": "Procurement programmes for R&D and innovation",
    "challenges-prizes-and-awards": "Science and innovation challenges, prizes and awards",
    "project-grants-for-public-research": "Project grants for public research",
    "research-infrastructure-support": "Dedicated support to research infrastructures",
    "fellowships-and-scholarships": "Fellowships and postgraduate loans and scholarships",
    "policy-intelligence": "Policy intelligence (e.g. evaluations, benchmarking and forecasts)",
    "national-strategies-and-plans": "National strategies, agendas and plans",
}

RECIPIENT_SPELLINGS = {
    "innovators": ["innovators", "innovators only", "developers", "suppliers", "Innovators"],
    "adopters": ["adopters", "NHS organisations", "health and care providers", "Adopters"],
    "both": ["both", "innovators and adopters", "Both"],
    "none": ["none", "not funded", "no funding"],
}
FOCUS_SPELLINGS = {
    "clinical": ["clinical", "Clinical", "CLINICAL"],
    "non-clinical": ["non-clinical", "non clinical", "administrative", "operational", "Non-clinical"],
    "both": ["both", "mixed", "clinical and non clinical", "Clinical and administrative"],
}
STATUS_SPELLINGS = {
    "planned": ["planned", "announced", "upcoming", "forthcoming"],
    "active": ["active", "live", "ongoing", "in progress", "open", "running", "Live", "Active"],
    "concluded": ["concluded", "closed", "completed", "ended", "Closed", "Complete"],
}

BRANDS = {
    "ENG": ("Spark Catalyst Ignite Pathfinder Horizon Elevate Propel Compass Beacon Kickstart Momentum "
            "Launchpad Bridge Lighthouse Thrive Evolve Connect Ascend Pioneer Vanguard Nexus Amplify "
            "Fusion Bloom Anchor Keystone Summit Trailblazer Northstar Waymark").split(),
    "WLS": ["Cyflymu", "Arloesi", "Sbarduno", "Ysbrydoli", "Cysylltu", "Tyfu", "Camu Ymlaen", "Gwella",
            "Dyfodol", "Goleudy", "Pontio", "Gwreiddiau", "Egin", "Adnewyddu", "Dragon", "Cymru Well"],
    "SCT": ["Saltire", "Thistle", "Solas", "Dòchas", "Ceum", "Slàinte", "Caledonia", "Kelpie", "Cairn",
            "Bothy", "Greenlight", "Lodestar", "Tartan"],
    "NIR": ["Causeway", "Lagan", "Mourne", "Foyle", "Linen", "Lough"],
}
BRANDS["UK"] = BRANDS["ENG"]
BRAND_SUFFIXES = ["", "", "", " Health", " Plus", " 360", " Care", " Digital"]

STOPWORDS = {"of", "for", "and", "the", "in", "a", "to", "on", "with", "&", "-", "at"}

# Open-data abbreviations (upper-case keys)
ABBREV = {
    "PROGRAMME": "PROG", "DIGITAL": "DIG", "INNOVATION": "INNOV", "MANAGEMENT": "MGMT", "REMOTE": "REM",
    "MONITORING": "MON", "RESPIRATORY": "RESP", "DEVELOPMENT": "DEV", "SERVICE": "SVC", "SERVICES": "SVCS",
    "AND": "&", "TRANSFORMATION": "TRANSF", "ACCELERATOR": "ACCEL", "UNIVERSITY": "UNIV", "HEALTH": "HLTH",
    "BOARD": "BD", "INTELLIGENCE": "INTEL", "ARTIFICIAL": "ART", "NATIONAL": "NATL", "EVALUATION": "EVAL",
    "PARTNERSHIP": "PSHIP", "COLLABORATIVE": "COLLAB", "PREVENTION": "PREV", "TECHNOLOGY": "TECH",
    "FELLOWSHIP": "FELL", "COMPETITION": "COMP", "CHALLENGE": "CHALL", "PATHWAY": "PATHWY", "PROJECT": "PROJ",
    "ENABLED": "EN", "WEARABLES": "WEAR", "CARE": "CARE", "PRIMARY": "PRIM", "COMMUNITY": "COMM",
}

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SEASONS = {3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer", 9: "autumn",
           10: "autumn", 11: "autumn", 12: "winter", 1: "winter", 2: "winter"}

WA_OPENERS = [
    "I refer the hon. Member to the answer given previously.",
    "The Government is committed to supporting the adoption of proven innovation.",
    "Officials continue to work closely with partners on this matter.",
    "Ministers keep this programme under review.",
    "",
    "",
]
WA_VERBS = [("is investing", "in"), ("has committed", "to"), ("is providing", "for"), ("has allocated", "to"),
            ("will invest", "in")]
WA_CLOSERS = [
    "An evaluation will be published in due course.",
    "Further details will be set out in the usual way.",
    "Progress is reported to Ministers on a quarterly basis.",
    "The programme is subject to the usual business case approvals.",
    "",
    "",
    "",
]
AR_CLAIMS = {
    "innovator": ["we have supported {n} companies", "we have worked with {n} innovators",
                  "{n} SMEs have received funding", "{n} products have been tested in NHS settings",
                  "companies we supported have raised £{r}m of follow-on investment"],
    "patient": ["{k} patients have benefited", "more than {k} patients are now using the service",
                "we estimate {b} bed days have been saved", "emergency admissions fell by {p}%",
                "{p}% of patients said they felt more confident managing their condition"],
    "staff": ["clinicians saved an average of {m} minutes per consultation", "{s} GP practices have signed up",
              "{s} sites are now live", "{b} staff hours have been released"],
    "skills": ["{n} fellows have completed the programme", "{s} NHS organisations have taken part",
               "{n} staff have been trained"],
    "eval": ["{s} sites have taken part in the evaluation", "interim findings were shared with {s} organisations"],
}
CLAIM_GROUPS = {"fund": ["innovator"], "comp": ["innovator"], "hub": ["innovator", "staff"], "skills": ["skills"],
                "adopt": ["patient", "staff"], "pilot": ["patient", "staff"], "pathway": ["patient", "staff"],
                "eval": ["eval"], "strategy": ["staff"]}
AR_OPENERS = ["This year", "Through our {brand} programme", "Working with our partners", "Since launch",
              "In {fy}", "Through our flagship {brand} work", "Over the last 12 months"]
OD_DESCR = ["N/A", "n/a", "", "", "", "See grant ref", "TBC", "Award to {rec}", "{code} grant", "Phase {ph} award"]

# Plausible conditions per clinical technology (a robot for asthma is not a programme anyone runs).
TECH_CONDS = {
    "rpm": "copd asthma hf htn diab ckd lcovid frailty mat af",
    "vw": "copd hf frailty uec pall lcovid sepsis",
    "aiimg": "cancer lungca bowelca skinca stroke eye msk hf",
    "cds": "sepsis uec af htn ckd cancer frailty mh",
    "dtx": "mh camhs diab obes msk pain copd lcovid",
    "vc": "mh camhs msk pall mat dementia diab eye pain",
    "poct": "af ckd diab sepsis uec htn",
    "gen": "cancer bowelca lungca hf ckd diab",
    "wear": "falls af hf dementia frailty stroke msk mat diab",
    "scr": "pall frailty dementia uec mh",
    "epma": "sepsis uec ckd",
    "tec": "falls dementia frailty stroke pall",
    "medtech": "af stroke diab hf msk eye mat copd",
    "ras": "cancer bowelca lungca msk",
    "dpath": "cancer bowelca lungca skinca ckd",
    "pfds": "mh msk mat diab eye camhs",
    "phm": "diab htn obes copd frailty hf",
}
TECH_CONDS = {k: v.split() for k, v in TECH_CONDS.items()}
for _t in TECHS:
    TECH_CONDS.setdefault(_t, [])

# Funders a programme of a given nation may draw on: health-side and enterprise-side bodies.
FUNDERS = {
    "ENG": {"health": ["nhse", "aac", "nihr", "dhsc", "nhstd"], "enterprise": ["sbri", "iuk", "ols"]},
    "WLS": {"health": ["wg", "wg", "hcrw"], "enterprise": ["lshw", "wg"]},
    "SCT": {"health": ["sg", "sg", "cso"], "enterprise": ["innoscot", "scoent", "cso"]},
    "NIR": {"health": ["dohni", "hscrd", "sppg"], "enterprise": ["investni", "hscrd"]},
    "UK": {"health": ["mrc", "thf", "nesta", "ukri"], "enterprise": ["iuk", "ukri", "dsit", "ols"]},
}
NATION_PREFIXES = {
    "ENG": ["National", "NHS", "England"], "WLS": ["Welsh", "All-Wales", "National", "Wales"],
    "SCT": ["Scottish", "National", "Scotland"], "NIR": ["Northern Ireland", "Regional", "NI"],
    "UK": ["UK", "National"],
}
