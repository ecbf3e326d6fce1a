"""Actors (bodies) of the inventory: national, regional and local, with renames.

Every actor gets an opaque register id (A0001...) in definition order, so the
actors register is identical for every --rows/--seed.  Renamed or merged bodies
are separate actors linked by `succ` (successor) and `pred` (single predecessor);
`at(key, ym)` gives the body that existed at a month (ym = year*12 + month-1).
"""
import random

from places_thirteenth import AREAS, REGIONS

# key|name|acronym|kind|level|nation|other-language name|from|until|successor|member_of|roles|region
_NATIONAL = """
dhsc|Department of Health and Social Care|DHSC|government-department|national|ENG||||||gov|
nhsei|NHS England and NHS Improvement|NHSEI|arms-length-body|national|ENG|||2022-06|nhse||alb;funder|
nhse|NHS England|NHSE|arms-length-body|national|ENG||2022-07||||alb;funder|
nhsx|NHSX||arms-length-body|national|ENG||2019-07|2022-01|nhstd||digital;funder|
nhstd|NHS Transformation Directorate|NHS TD|arms-length-body|national|ENG||2022-02|||nhse|digital|
nhsd|NHS Digital|NHSD|arms-length-body|national|ENG|||2023-01|nhse||digital|
hee|Health Education England|HEE|arms-length-body|national|ENG|||2023-03|nhse||workforce|
nice|National Institute for Health and Care Excellence|NICE|arms-length-body|national|ENG||||||evidence|
mhra|Medicines and Healthcare products Regulatory Agency|MHRA|regulator|national|UK||||||regulator|
nihrold|National Institute for Health Research||research-funder|national|ENG|||2022-03|nihr||evaluator;funder|
nihr|National Institute for Health and Care Research|NIHR|research-funder|national|ENG||2022-04||||evaluator;funder|
aac|Accelerated Access Collaborative|AAC|network|national|ENG|||||nhse|alb;funder|
ols|Office for Life Sciences|OLS|government-department|national|UK||||||gov;funder|
ukri|UK Research and Innovation|UKRI|research-funder|national|UK||||||funder|
iuk|Innovate UK|IUK|research-funder|national|UK|||||ukri|funder|
mrc|Medical Research Council|MRC|research-funder|national|UK|||||ukri|funder;evaluator|
sbri|SBRI Healthcare||research-funder|national|ENG|||||aac|funder|
ahsnn|The AHSN Network|AHSNs|network|national|ENG|||2023-09|hinnet||network|
hinnet|Health Innovation Network||network|national|ENG||2023-10||||network|
phe|Public Health England|PHE|arms-length-body|national|ENG|||2021-09|ukhsa||alb|
ukhsa|UK Health Security Agency|UKHSA|arms-length-body|national|UK||2021-10||||alb|
beis|Department for Business, Energy and Industrial Strategy|BEIS|government-department|national|UK|||2023-01|dsit||gov;funder|
dsit|Department for Science, Innovation and Technology|DSIT|government-department|national|UK||2023-02||||gov;funder|
thf|The Health Foundation|THF|charity|national|UK||||||funder;evaluator|
nesta|Nesta||charity|national|UK||||||funder|
nhsa|Northern Health Science Alliance|NHSA|network|regional|ENG||||||network|
wg|Welsh Government|WG|government-department|national|WLS|Llywodraeth Cymru|||||gov;funder|
heiw|Health Education and Improvement Wales|HEIW|arms-length-body|national|WLS|Addysg a Gwella Iechyd Cymru|||||workforce|
nwis|NHS Wales Informatics Service|NWIS|arms-length-body|national|WLS|Gwasanaeth Gwybodeg GIG Cymru||2021-03|dhcw||digital|
dhcw|Digital Health and Care Wales|DHCW|arms-length-body|national|WLS|Iechyd a Gofal Digidol Cymru|2021-04||||digital|
phw|Public Health Wales|PHW|arms-length-body|national|WLS|Iechyd Cyhoeddus Cymru|||||alb|
lshw|Life Sciences Hub Wales|LSHW|network|national|WLS|Hwb Gwyddorau Bywyd Cymru|||||network;funder|
hcrw|Health and Care Research Wales|HCRW|research-funder|national|WLS|Ymchwil Iechyd a Gofal Cymru||||wg|evaluator;funder|
bevan|Bevan Commission||charity|national|WLS|Comisiwn Bevan|||||network;workforce|
nwssp|NHS Wales Shared Services Partnership|NWSSP|other|national|WLS|Partneriaeth Cydwasanaethau GIG Cymru|||||procurement|
whssc|Welsh Health Specialised Services Committee|WHSSC|commissioner|national|WLS|Pwyllgor Gwasanaethau Iechyd Arbenigol Cymru||2024-03|nwjcc||commissioner|
nwjcc|NHS Wales Joint Commissioning Committee|NWJCC|commissioner|national|WLS||2024-04||||commissioner|
wefo|Welsh European Funding Office|WEFO|research-funder|national|WLS|Swyddfa Cyllid Ewropeaidd Cymru||||wg|funder|
velindre|Velindre University NHS Trust||healthcare-provider|national|WLS|Ymddiriedolaeth GIG Prifysgol Felindre|||||provider|
wast|Welsh Ambulance Services NHS Trust|WAST|healthcare-provider|national|WLS|Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru|||||provider|
nhswales|NHS Wales||network|national|WLS|GIG Cymru|||||umbrella|
sewahsp|South East Wales Academic Health Science Partnership|SEWAHSP|network|regional|WLS||||||network|sewal
sg|Scottish Government|SG|government-department|national|SCT|Riaghaltas na h-Alba|||||gov;funder|
cso|Chief Scientist Office|CSO|research-funder|national|SCT|||||sg|evaluator;funder|
his|Healthcare Improvement Scotland|HIS|arms-length-body|national|SCT||||||alb;evidence|
nes|NHS Education for Scotland|NES|arms-length-body|national|SCT||||||workforce|
nss|NHS National Services Scotland|NSS|arms-length-body|national|SCT||||||digital;procurement|
nhshs|NHS Health Scotland||arms-length-body|national|SCT|||2020-03|phs||alb|
phs|Public Health Scotland|PHS|arms-length-body|national|SCT|Slàinte Poblach Alba|2020-04||||alb|
dhiold|Digital Health & Care Institute||network|national|SCT|||2019-12|dhi||digital;network|
dhi|Digital Health & Care Innovation Centre|DHI|network|national|SCT||2020-01||||digital;network|
shil|Scottish Health Innovations Ltd|SHIL|network|national|SCT|||2022-05|innoscot||network;funder|
innoscot|InnoScot Health||network|national|SCT||2022-06||||network;funder|
scoent|Scottish Enterprise||arms-length-body|national|SCT||||||funder|
hie|Highlands and Islands Enterprise|HIE|arms-length-body|regional|SCT|Iomairt na Gàidhealtachd 's nan Eilean|||||funder|nsct
nhs24|NHS 24||healthcare-provider|national|SCT|NHS 24|||||provider|
sas|Scottish Ambulance Service|SAS|healthcare-provider|national|SCT||||||provider|
nhsscot|NHS Scotland||network|national|SCT||||||umbrella|
ship|Scottish Health and Industry Partnership|SHIP|network|national|SCT|||||sg|network|
hubw|West of Scotland Innovation Hub||network|regional|SCT||||||network|wsct
hubn|North of Scotland Innovation Hub|NoSIH|network|regional|SCT||||||network|nsct
hube|South East Scotland Innovation Hub|SESIH|network|regional|SCT||||||network|esct
dohni|Department of Health (Northern Ireland)|DoH NI|government-department|national|NIR||||||gov;funder|
pha|Public Health Agency|PHA|arms-length-body|national|NIR||||||alb|
hscrd|HSC Research and Development Division|HSC R&D|research-funder|national|NIR|||||pha|evaluator;funder|
hscb|Health and Social Care Board|HSCB|commissioner|national|NIR|||2022-03|sppg||commissioner|
sppg|Strategic Planning and Performance Group|SPPG|commissioner|national|NIR||2022-04|||dohni|commissioner|
investni|Invest Northern Ireland|Invest NI|arms-length-body|national|NIR||||||funder|
hscni|HSC Northern Ireland||network|national|NIR||||||umbrella|
bso|Business Services Organisation|BSO|other|national|NIR||||||procurement;digital|
"""

# AHSNs: key|name|acronym|successor name|successor acronym  (rename 2023-10)
_AHSNS = """
nenc|Academic Health Science Network for the North East and North Cumbria|AHSN NENC|Health Innovation North East and North Cumbria|HI NENC
yh|Yorkshire & Humber Academic Health Science Network|Y&H AHSN|Health Innovation Yorkshire & Humber|HIYH
hinm|Health Innovation Manchester|HInM||
ia|Innovation Agency|||
wmahsn|West Midlands Academic Health Science Network|WMAHSN|Health Innovation West Midlands|HIWM
emahsn|East Midlands Academic Health Science Network|EMAHSN|Health Innovation East Midlands|HIEM
eahsn|Eastern Academic Health Science Network|Eastern AHSN|Health Innovation East|
uclp|UCLPartners|UCLP||
hin|Health Innovation Network South London|HIN South London||
ichp|Imperial College Health Partners|ICHP||
kss|Kent Surrey Sussex Academic Health Science Network|KSS AHSN|Health Innovation Kent Surrey Sussex|HI KSS
wessex|Wessex Academic Health Science Network|Wessex AHSN|Health Innovation Wessex|HI Wessex
oxford|Oxford Academic Health Science Network|Oxford AHSN|Health Innovation Oxford and Thames Valley|HIOTV
woe|West of England Academic Health Science Network|WEAHSN|Health Innovation West of England|HIWE
swahsn|South West Academic Health Science Network|SW AHSN|Health Innovation South West|HISW
"""

# Welsh regional partnership boards: key|name|region|area keys
_RPBS = """
rpbnw|North Wales Regional Partnership Board|nwal|bcu
rpbpow|Powys Regional Partnership Board|mwal|pthb
rpbww|West Wales Care Partnership|swwal|hdd
rpbwg|West Glamorgan Regional Partnership|swwal|sb
rpbctm|Cwm Taf Morgannwg Regional Partnership Board|sewal|ctm
rpbcv|Cardiff and Vale Regional Partnership Board|sewal|cav
rpbg|Gwent Regional Partnership Board|sewal|abb
"""

# English provider trusts: key|name|acronym|area
_TRUSTS = """
mft|Manchester University NHS Foundation Trust|MFT|gm
gmmh|Greater Manchester Mental Health NHS Foundation Trust|GMMH|gm
ltht|Leeds Teaching Hospitals NHS Trust|LTHT|wy
sth|Sheffield Teaching Hospitals NHS Foundation Trust|STH|sy
nuth|The Newcastle upon Tyne Hospitals NHS Foundation Trust|NUTH|nenc
uhb|University Hospitals Birmingham NHS Foundation Trust|UHB|bsol
nuh|Nottingham University Hospitals NHS Trust|NUH|nn
cuh|Cambridge University Hospitals NHS Foundation Trust|CUH|cp
ouh|Oxford University Hospitals NHS Foundation Trust|OUH|bob
ohft|Oxford Health NHS Foundation Trust|OHFT|bob
gstt|Guy's and St Thomas' NHS Foundation Trust|GSTT|sel
slam|South London and Maudsley NHS Foundation Trust|SLaM|sel
uhbw|University Hospitals Bristol and Weston NHS Foundation Trust|UHBW|bnssg
rduh|Royal Devon University Healthcare NHS Foundation Trust|RDUH|devon
luht|Liverpool University Hospitals NHS Foundation Trust|LUHFT|cm
lthtr|Lancashire Teaching Hospitals NHS Foundation Trust|LTHTR|lsc
uhl|University Hospitals of Leicester NHS Trust|UHL|llr
nnuh|Norfolk and Norwich University Hospitals NHS Foundation Trust|NNUH|nw_
uhs|University Hospital Southampton NHS Foundation Trust|UHS|hiow
ekh|East Kent Hospitals University NHS Foundation Trust|EKHUFT|km
rcht|Royal Cornwall Hospitals NHS Trust|RCHT|cios
uhdb|University Hospitals of Derby and Burton NHS Foundation Trust|UHDB|dd
ulht|United Lincolnshire Hospitals NHS Trust|ULHT|lincs
uhnm|University Hospitals of North Midlands NHS Trust|UHNM|ssot
rwt|The Royal Wolverhampton NHS Trust|RWT|bc
esht|East Sussex Healthcare NHS Trust|ESHT|sx
"""

# Universities: key|name|acronym|area|other-language name|until|successor name
_UNIS = """
cardiff|Cardiff University||cav|Prifysgol Caerdydd||
swansea|Swansea University||sb|Prifysgol Abertawe||
bangor|Bangor University||bcu|Prifysgol Bangor||
aber|Aberystwyth University||hdd|Prifysgol Aberystwyth||
usw|University of South Wales|USW|ctm|Prifysgol De Cymru||
cmet|Cardiff Metropolitan University|Cardiff Met|cav|Prifysgol Metropolitan Caerdydd||
wgu|Wrexham Glyndŵr University||bcu|Prifysgol Glyndŵr Wrecsam|2023-06|Wrexham University
uwtsd|University of Wales Trinity Saint David|UWTSD|hdd|Prifysgol Cymru Y Drindod Dewi Sant||
glasgow|University of Glasgow||ggc|Oilthigh Ghlaschu||
edinburgh|University of Edinburgh||lot|||
aberdeen|University of Aberdeen||gram|||
dundee|University of Dundee||tay|||
strath|University of Strathclyde||ggc|||
uhi|University of the Highlands and Islands|UHI|high|Oilthigh na Gàidhealtachd agus nan Eilean||
gcu|Glasgow Caledonian University|GCU|ggc|||
rgu|Robert Gordon University|RGU|gram|||
stirling|University of Stirling||fv|||
qub|Queen's University Belfast|QUB|bel|||
ulster|Ulster University||nor|||
manchester|University of Manchester||gm|||
leeds|University of Leeds||wy|||
sheffield|University of Sheffield||sy|||
newcastle|Newcastle University||nenc|||
bham|University of Birmingham||bsol|||
nottingham|University of Nottingham||nn|||
exeter|University of Exeter||devon|||
bristol|University of Bristol||bnssg|||
oxfordu|University of Oxford||bob|||
cam|University of Cambridge||cp|||
kcl|King's College London|KCL|sel|||
icl|Imperial College London||nwl|||
ucl|University College London|UCL|ncl|||
soton|University of Southampton||hiow|||
lancaster|Lancaster University||lsc|||
leicester|University of Leicester||llr|||
uea|University of East Anglia|UEA|nw_|||
york|University of York||hny|||
plymouth|University of Plymouth||devon|||
"""

# Charities: key|name|acronym|nation|other name
_CHARITIES = """
macmillan|Macmillan Cancer Support||UK|
bhf|British Heart Foundation|BHF|UK|
alu|Asthma + Lung UK||UK|
diabuk|Diabetes UK||UK|
mind|Mind||ENG|
mindcymru|Mind Cymru||WLS|
agecymru|Age Cymru||WLS|
tenovus|Tenovus Cancer Care||WLS|Gofal Canser Tenovus
carersw|Carers Wales||WLS|Gofalwyr Cymru
alzscot|Alzheimer Scotland||SCT|
chss|Chest Heart & Stroke Scotland|CHSS|SCT|
samh|Scottish Association for Mental Health|SAMH|SCT|
niamh|Northern Ireland Association for Mental Health|NIAMH|NIR|
mariecurie|Marie Curie||UK|
versus|Versus Arthritis||UK|
strokea|Stroke Association||UK|
"""

_CO_PREFIX = {
    "WLS": "Draig Morlais Celyn Tywi Eryri Gwawr Seren Afon Mynydd Teifi".split(),
    "SCT": "Clyde Lomond Cairn Saltire Forth Ness Thistle Solas Caledon Tayside".split(),
    "NIR": "Lagan Foyle Mourne Causeway Sperrin".split(),
    "ENG": ("Aurora Clearwave Medibyte Vitalis Kinetic Lumen Synapse Helix Corvus Nova Pulse "
            "Cardinal Tidal Harbour Nimbus Orbit Verity Caldera Brightpath Cygnus Quill Meridian "
            "Sentinel Amber Kestrel").split(),
}
_CO_SUFFIX = ["Health Ltd", "Diagnostics Ltd", "Medical Ltd", "Digital Health Ltd", "Analytics Ltd",
              "MedTech Ltd", "Care Technologies Ltd", "Therapeutics Ltd", "Sensing Ltd", "Health AI Ltd"]

KIND_SPELLINGS = {
    "government-department": ["government department", "government-department", "Government", "govt department"],
    "arms-length-body": ["arms-length-body", "ALB", "arm's length body", "NDPB", "public body"],
    "regulator": ["regulator"],
    "research-funder": ["research funder", "funder", "Research Funder", "funding body"],
    "network": ["network", "Network"],
    "healthcare-provider": ["healthcare provider", "NHS trust", "provider", "Healthcare-Provider"],
    "commissioner": ["commissioner", "Commissioner"],
    "industry": ["industry", "SME", "company", "private sector"],
    "academia": ["academia", "university", "Higher Education"],
    "charity": ["charity", "third sector", "voluntary sector", "Charity"],
    "other": ["other", "Other"],
}
LEVEL_SPELLINGS = {"national": ["national", "National", "nationwide"], "regional": ["regional", "Regional", "sub national"],
                   "local": ["local", "Local", "place", "locality"], "international": ["international"]}


def _ym(s):
    if not s:
        return None
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


class Bodies:
    def __init__(self):
        self.by_key = {}
        self.order = []
        self._build()
        self._link()
        self._pools()

    def _add(self, key, name, acr, kind, level, nation, other="", frm=None, until=None, succ=None,
             member=None, roles=(), region=None, area=None, desc="", kind_hint=None):
        a = {"key": key, "name": name, "acr": acr, "kind": kind, "level": level, "nation": nation,
             "other": other, "from": _ym(frm), "until": _ym(until), "from_s": frm, "until_s": until,
             "succ": succ, "pred": None, "member": member, "roles": list(roles), "region": region,
             "area": area, "desc": desc, "kind_hint": kind_hint}
        self.by_key[key] = a
        self.order.append(key)
        return a

    def _build(self):
        for ln in _NATIONAL.strip().splitlines():
            f = ln.split("|")
            key, name, acr, kind, level, nat, other, frm, until, succ, member, roles, reg = f
            self._add(key, name, acr, kind, level, nat, other, frm or None, until or None, succ or None,
                      member or None, roles.split(";") if roles else (), reg or None)
        for ln in _AHSNS.strip().splitlines():
            key, name, acr, sname, sacr = ln.split("|")
            regs = sorted({AREAS[k]["region"] for k in AREAS if AREAS[k]["ahsn"] == key})
            areas = [k for k in AREAS if AREAS[k]["ahsn"] == key]
            if sname:
                self._add("ahsn_" + key, name, acr, "network", "regional", "ENG", until="2023-09",
                          succ="hi_" + key, member="ahsnn", roles=("network", "regional"), region=regs[0])
                self._add("hi_" + key, sname, sacr, "network", "regional", "ENG", frm="2023-10",
                          member="hinnet", roles=("network", "regional"), region=regs[0])
            else:
                self._add("ahsn_" + key, name, acr, "network", "regional", "ENG", member="ahsnn",
                          roles=("network", "regional"), region=regs[0])
            self.by_key["ahsn_" + key]["areas"] = areas
        for ln in _RPBS.strip().splitlines():
            key, name, reg, area = ln.split("|")
            self._add(key, name, "", "network", "regional", "WLS", roles=("regional",), region=reg, area=area)
        # local commissioners and boards
        for k, a in AREAS.items():
            if a["kind"] == "icb":
                self._add("icb_" + k, "NHS %s Integrated Care Board" % a["name"], a["acr"], "commissioner",
                          "local", "ENG", frm="2022-07", roles=("area",), region=a["region"], area=k,
                          kind_hint="ICB")
                for cname, towns in a["ccgs"]:
                    ck = "ccg_%s_%s" % (k, cname.split()[0].lower().strip(","))
                    words = cname.replace(",", "").split()
                    cacr = ("".join(w[0] for w in words if w not in ("and", "of", "the")).upper() + " CCG"
                            if len(words) >= 3 else cname + " CCG")
                    c = self._add(ck, "NHS %s Clinical Commissioning Group" % cname, cacr, "commissioner",
                                  "local", "ENG", until="2022-06", succ="icb_" + k, roles=("area", "ccg"),
                                  region=a["region"], area=k, kind_hint="CCG")
                    c["towns"] = towns
            elif a["kind"] == "lhb":
                if a["pred"]:
                    pn, pa, until = a["pred"]
                    self._add("lhbold_" + k, pn, pa, "healthcare-provider", "local", "WLS", until=until,
                              succ="lhb_" + k, member="nhswales", roles=("area",), region=a["region"], area=k)
                self._add("lhb_" + k, a["name"], a["acr"], "healthcare-provider", "local", "WLS", a["other"],
                          frm=("2019-04" if a["pred"] else None), member="nhswales", roles=("area",),
                          region=a["region"], area=k)
            elif a["kind"] == "board":
                self._add("hb_" + k, a["name"], a["acr"], "healthcare-provider", "local", "SCT", a["other"],
                          member="nhsscot", roles=("area",), region=a["region"], area=k)
            else:
                self._add("hsct_" + k, a["name"], a["acr"], "healthcare-provider", "local", "NIR",
                          member="hscni", roles=("area",), region=a["region"], area=k)
        for ln in _TRUSTS.strip().splitlines():
            key, name, acr, area = ln.split("|")
            self._add("tr_" + key, name, acr, "healthcare-provider", "local", "ENG", roles=("provider",),
                      region=AREAS[area]["region"], area=area)
        for ln in _UNIS.strip().splitlines():
            key, name, acr, area, other, until, sname = ln.split("|")
            nat = AREAS[area]["nation"]
            if until:
                self._add("uni_" + key, name, acr, "academia", "local", nat, other, until=until,
                          succ="uni_" + key + "2", roles=("university",), region=AREAS[area]["region"], area=area)
                self._add("uni_" + key + "2", sname, "", "academia", "local", nat, "Prifysgol Wrecsam",
                          frm="2023-07", roles=("university",), region=AREAS[area]["region"], area=area)
            else:
                self._add("uni_" + key, name, acr, "academia", "local", nat, other, roles=("university",),
                          region=AREAS[area]["region"], area=area)
        for ln in _CHARITIES.strip().splitlines():
            key, name, acr, nat, other = ln.split("|")
            self._add("ch_" + key, name, acr, "charity", "national", nat, other, roles=("charity",))
        rng = random.Random("thirteenth-companies")
        for nat in ("ENG", "WLS", "SCT", "NIR"):
            combos = [(p, s) for p in _CO_PREFIX[nat] for s in _CO_SUFFIX]
            rng.shuffle(combos)
            n = {"ENG": 60, "WLS": 24, "SCT": 24, "NIR": 10}[nat]
            for i, (p, s) in enumerate(combos[:n]):
                areas = [k for k in AREAS if AREAS[k]["nation"] == nat]
                ar = areas[rng.randrange(len(areas))]
                self._add("co_%s_%02d" % (nat.lower(), i), "%s %s" % (p, s), "", "industry", "local", nat,
                          roles=("company",), region=AREAS[ar]["region"], area=ar)

    def _link(self):
        for i, k in enumerate(self.order):
            self.by_key[k]["id"] = "A%04d" % (i + 1)
        preds = {}
        for k in self.order:
            s = self.by_key[k]["succ"]
            if s:
                preds.setdefault(s, []).append(k)
        for s, ps in preds.items():
            if len(ps) == 1:
                self.by_key[s]["pred"] = ps[0]
            else:  # a merger: the predecessor is the body whose end meets the successor's start
                frm = self.by_key[s]["from"]
                meet = [p for p in ps if frm is not None and self.by_key[p]["until"] == frm - 1]
                if len(meet) == 1:
                    self.by_key[s]["pred"] = meet[0]
        for k in self.order:
            a = self.by_key[k]
            x = a
            while x["succ"]:
                x = self.by_key[x["succ"]]
            a["lineage"] = x["key"]
            a["preds_all"] = preds.get(k, [])

    def _pools(self):
        """Pools of current (end-state) actors per nation and role, used to pick owners."""
        self.pool = {}
        for k in self.order:
            a = self.by_key[k]
            if a["succ"]:
                continue  # pick lineage ends; at() walks back to the body of the day
            for r in a["roles"]:
                self.pool.setdefault((a["nation"], r), []).append(k)
                if a["area"]:
                    self.pool.setdefault((a["area"], r), []).append(k)
                if a["region"]:
                    self.pool.setdefault((a["region"], r), []).append(k)
        # CCGs are picked explicitly (they have successors)
        for k in self.order:
            a = self.by_key[k]
            if "ccg" in a["roles"]:
                self.pool.setdefault((a["area"], "ccg"), []).append(k)
        self.ahsn_of_area = {}
        for k in self.order:
            a = self.by_key[k]
            for ar in a.get("areas", []):
                self.ahsn_of_area[ar] = k

    def get(self, key):
        return self.by_key[key]

    def at(self, key, ym):
        """The body of this lineage that existed at month ym."""
        a = self.by_key[key]
        guard = 0
        while a["until"] is not None and ym > a["until"] and a["succ"] and guard < 6:
            a = self.by_key[a["succ"]]
            guard += 1
        while a["from"] is not None and ym < a["from"] and a["pred"] and guard < 12:
            a = self.by_key[a["pred"]]
            guard += 1
        return a["key"]

    def pick(self, rng, scope, role, default=None):
        lst = self.pool.get((scope, role))
        if not lst:
            return default
        return lst[rng.randrange(len(lst))]


BODIES = Bodies()
