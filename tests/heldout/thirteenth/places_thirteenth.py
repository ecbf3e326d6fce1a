"""Places of the four nations, as plain data (no randomness here).

Hierarchy used by the generator: nation > region > area > (county, town).
  England : ONS region > ICB area (with predecessor CCGs) > county / town
  Wales   : Welsh region > health board area > county / town (English|Welsh)
  Scotland: planning region > NHS board area > council area / town
  N. Ireland: one region > HSC trust area > county / town
Names are those in everyday use; the programmes built on them are synthetic.
"""

NATIONS = {
    # key: (English name, ISO 3166-2, short code, GSS code, adjective, Welsh, Gaelic)
    "ENG": ("England", "GB-ENG", "ENG", "E92000001", "English", "Lloegr", "Sasainn"),
    "WLS": ("Wales", "GB-WLS", "WLS", "W92000004", "Welsh", "Cymru", "a' Chuimrigh"),
    "SCT": ("Scotland", "GB-SCT", "SCT", "S92000003", "Scottish", "Yr Alban", "Alba"),
    "NIR": ("Northern Ireland", "GB-NIR", "NIR", "N92000002", "Northern Ireland", "Gogledd Iwerddon", "Èirinn a Tuath"),
    "UK": ("United Kingdom", "GB", "UK", "K02000001", "UK", "Y Deyrnas Unedig", "An Rìoghachd Aonaichte"),
}

# region key | nation | name | alt name (Welsh name, NHS region...) | GSS code (England only)
_REGIONS = """
ne|ENG|North East|North East and Yorkshire|E12000001
nw|ENG|North West|North West|E12000002
yh|ENG|Yorkshire and the Humber|North East and Yorkshire|E12000003
em|ENG|East Midlands|Midlands|E12000004
wm|ENG|West Midlands|Midlands|E12000005
ee|ENG|East of England|East of England|E12000006
ln|ENG|London|London|E12000007
se|ENG|South East|South East|E12000008
sw|ENG|South West|South West|E12000009
nwal|WLS|North Wales|Gogledd Cymru|
mwal|WLS|Mid Wales|Canolbarth Cymru|
swwal|WLS|South West Wales|De-orllewin Cymru|
sewal|WLS|South East Wales|De-ddwyrain Cymru|
nsct|SCT|North of Scotland|the North|
esct|SCT|East of Scotland|the South East|
wsct|SCT|West of Scotland|the West|
ni|NIR|Northern Ireland|the Province|
"""

# England: key | area name | ICB acronym | region | AHSN key | towns | counties | CCGs (name:town indexes)
_ICBS = """
nenc|North East and North Cumbria|NENC ICB|ne|nenc|Newcastle upon Tyne;Sunderland;Durham;Middlesbrough;Gateshead;Carlisle;Darlington|Tyne and Wear;County Durham;Northumberland;Cumbria|Newcastle Gateshead:0,4;Sunderland:1;County Durham:2,6
wy|West Yorkshire|WY ICB|yh|yh|Leeds;Bradford;Wakefield;Huddersfield;Halifax|West Yorkshire|Leeds:0;Bradford District and Craven:1;Wakefield:2;Kirklees:3
sy|South Yorkshire|SY ICB|yh|yh|Sheffield;Rotherham;Doncaster;Barnsley|South Yorkshire|Sheffield:0;Rotherham:1;Doncaster:2
hny|Humber and North Yorkshire|HNY ICB|yh|yh|Hull;York;Scarborough;Grimsby;Harrogate|East Riding of Yorkshire;North Yorkshire;North East Lincolnshire|Hull:0;Vale of York:1;North Yorkshire:2,4
gm|Greater Manchester|GM ICB|nw|hinm|Manchester;Salford;Stockport;Bolton;Wigan;Oldham;Rochdale|Greater Manchester|Manchester:0;Salford:1;Stockport:2;Bolton:3
cm|Cheshire and Merseyside|C&M ICB|nw|ia|Liverpool;Warrington;Chester;Birkenhead;St Helens;Southport|Merseyside;Cheshire|Liverpool:0;Wirral:3;Cheshire:2
lsc|Lancashire and South Cumbria|L&SC ICB|nw|ia|Preston;Blackpool;Blackburn;Lancaster;Burnley;Kendal;Barrow-in-Furness|Lancashire;Cumbria|Blackpool:1;Morecambe Bay:3,5,6;Greater Preston:0
bsol|Birmingham and Solihull|BSol ICB|wm|wmahsn|Birmingham;Solihull;Sutton Coldfield|West Midlands|Birmingham and Solihull:0,1,2
bc|Black Country|BC ICB|wm|wmahsn|Wolverhampton;Dudley;Walsall;West Bromwich|West Midlands|Black Country and West Birmingham:0,1,2,3
ssot|Staffordshire and Stoke-on-Trent|SSOT ICB|wm|wmahsn|Stoke-on-Trent;Stafford;Burton upon Trent;Newcastle-under-Lyme|Staffordshire|Stoke-on-Trent:0;North Staffordshire:3
nn|Nottingham and Nottinghamshire|NN ICB|em|emahsn|Nottingham;Mansfield;Newark|Nottinghamshire|Nottingham and Nottinghamshire:0,1,2
llr|Leicester, Leicestershire and Rutland|LLR ICB|em|emahsn|Leicester;Loughborough;Oakham;Hinckley|Leicestershire;Rutland|Leicester City:0;West Leicestershire:1,3
lincs|Lincolnshire|Lincs ICB|em|emahsn|Lincoln;Boston;Grantham;Skegness|Lincolnshire|Lincolnshire:0,1,2,3
dd|Derby and Derbyshire|DDICB|em|emahsn|Derby;Chesterfield;Buxton|Derbyshire|Derby and Derbyshire:0,1,2
nw_|Norfolk and Waveney|N&W ICB|ee|eahsn|Norwich;Great Yarmouth;King's Lynn;Lowestoft|Norfolk;Suffolk|Norfolk and Waveney:0,1,2,3
cp|Cambridgeshire and Peterborough|C&P ICB|ee|eahsn|Cambridge;Peterborough;Huntingdon;Ely|Cambridgeshire|Cambridgeshire and Peterborough:0,1,2,3
snee|Suffolk and North East Essex|SNEE ICB|ee|eahsn|Ipswich;Colchester;Bury St Edmunds|Suffolk;Essex|Ipswich and East Suffolk:0;North East Essex:1
ncl|North Central London|NCL ICB|ln|uclp|Camden;Islington;Barnet;Enfield;Haringey|Greater London|North Central London:0,1,2,3,4
sel|South East London|SEL ICB|ln|hin|Lewisham;Greenwich;Southwark;Lambeth;Bromley|Greater London|South East London:0,1,2,3,4
nwl|North West London|NWL ICB|ln|ichp|Ealing;Brent;Hillingdon;Hammersmith|Greater London|North West London:0,1,2,3
km|Kent and Medway|K&M ICB|se|kss|Maidstone;Canterbury;Ashford;Margate;Chatham;Dover|Kent|Kent and Medway:0,1,2,3,4,5
sx|Sussex|Sussex ICB|se|kss|Brighton;Hastings;Eastbourne;Worthing;Crawley;Chichester|East Sussex;West Sussex|Brighton and Hove:0;East Sussex:1,2;West Sussex:3,4,5
hiow|Hampshire and Isle of Wight|HIOW ICB|se|wessex|Southampton;Portsmouth;Winchester;Basingstoke;Newport|Hampshire;Isle of Wight|Southampton City:0;Portsmouth:1;Isle of Wight:4
bob|Buckinghamshire, Oxfordshire and Berkshire West|BOB ICB|se|oxford|Oxford;Reading;Aylesbury;Banbury;High Wycombe|Oxfordshire;Buckinghamshire;Berkshire|Oxfordshire:0,3;Buckinghamshire:2,4;Berkshire West:1
bnssg|Bristol, North Somerset and South Gloucestershire|BNSSG ICB|sw|woe|Bristol;Weston-super-Mare;Yate|Bristol;North Somerset;South Gloucestershire|Bristol, North Somerset and South Gloucestershire:0,1,2
devon|Devon|Devon ICB|sw|swahsn|Exeter;Plymouth;Torquay;Barnstaple|Devon|Devon:0,1,2,3
cios|Cornwall and the Isles of Scilly|CIOS ICB|sw|swahsn|Truro;Penzance;St Austell;Bodmin|Cornwall|Kernow:0,1,2,3
glos|Gloucestershire|Glos ICB|sw|woe|Gloucester;Cheltenham;Stroud|Gloucestershire|Gloucestershire:0,1,2
"""

# Wales: key | board name | acronym | Welsh name | region | towns en:cy | counties en:cy | predecessor name:acronym:until
_LHBS = """
bcu|Betsi Cadwaladr University Health Board|BCUHB|Bwrdd Iechyd Prifysgol Betsi Cadwaladr|nwal|Bangor:Bangor;Wrexham:Wrecsam;Rhyl:Y Rhyl;Llandudno:Llandudno;Caernarfon:Caernarfon;Holyhead:Caergybi;Mold:Yr Wyddgrug|Gwynedd:Gwynedd;Isle of Anglesey:Ynys Môn;Conwy:Conwy;Denbighshire:Sir Ddinbych;Flintshire:Sir y Fflint;Wrexham:Wrecsam|
pthb|Powys Teaching Health Board|PTHB|Bwrdd Iechyd Addysgu Powys|mwal|Brecon:Aberhonddu;Newtown:Y Drenewydd;Llandrindod Wells:Llandrindod;Welshpool:Y Trallwng|Powys:Powys|
hdd|Hywel Dda University Health Board|HDUHB|Bwrdd Iechyd Prifysgol Hywel Dda|swwal|Carmarthen:Caerfyrddin;Llanelli:Llanelli;Aberystwyth:Aberystwyth;Haverfordwest:Hwlffordd;Cardigan:Aberteifi|Carmarthenshire:Sir Gaerfyrddin;Ceredigion:Ceredigion;Pembrokeshire:Sir Benfro|
sb|Swansea Bay University Health Board|SBUHB|Bwrdd Iechyd Prifysgol Bae Abertawe|swwal|Swansea:Abertawe;Neath:Castell-nedd;Port Talbot:Port Talbot;Morriston:Treforys|Swansea:Abertawe;Neath Port Talbot:Castell-nedd Port Talbot|Abertawe Bro Morgannwg University Health Board:ABMU:2019-03
ctm|Cwm Taf Morgannwg University Health Board|CTMUHB|Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg|sewal|Merthyr Tydfil:Merthyr Tudful;Pontypridd:Pontypridd;Bridgend:Pen-y-bont ar Ogwr;Aberdare:Aberdâr|Rhondda Cynon Taf:Rhondda Cynon Taf;Merthyr Tydfil:Merthyr Tudful;Bridgend:Pen-y-bont ar Ogwr|Cwm Taf University Health Board:CTUHB:2019-03
cav|Cardiff and Vale University Health Board|CAVUHB|Bwrdd Iechyd Prifysgol Caerdydd a'r Fro|sewal|Cardiff:Caerdydd;Barry:Y Barri;Penarth:Penarth|Cardiff:Caerdydd;Vale of Glamorgan:Bro Morgannwg|
abb|Aneurin Bevan University Health Board|ABUHB|Bwrdd Iechyd Prifysgol Aneurin Bevan|sewal|Newport:Casnewydd;Cwmbran:Cwmbrân;Abergavenny:Y Fenni;Ebbw Vale:Glynebwy;Caerphilly:Caerffili|Newport:Casnewydd;Torfaen:Tor-faen;Monmouthshire:Sir Fynwy;Blaenau Gwent:Blaenau Gwent;Caerphilly:Caerffili|
"""

# Scotland: key | board name | acronym | other name | region | towns | council areas
_BOARDS = """
ggc|NHS Greater Glasgow and Clyde|NHSGGC||wsct|Glasgow;Paisley;Clydebank;Greenock|Glasgow City;Renfrewshire;Inverclyde;West Dunbartonshire
lot|NHS Lothian|NHSL||esct|Edinburgh;Livingston;Musselburgh;Dalkeith|City of Edinburgh;West Lothian;Midlothian;East Lothian
gram|NHS Grampian|NHSG||nsct|Aberdeen;Elgin;Peterhead;Inverurie|Aberdeen City;Aberdeenshire;Moray
tay|NHS Tayside|NHST||nsct|Dundee;Perth;Arbroath;Forfar|Dundee City;Perth and Kinross;Angus
high|NHS Highland|NHSH||nsct|Inverness;Fort William;Oban;Wick;Portree|Highland;Argyll and Bute
fife|NHS Fife|NHSF||esct|Kirkcaldy;Dunfermline;Glenrothes;St Andrews|Fife
lan|NHS Lanarkshire|NHSLan||wsct|Hamilton;Motherwell;East Kilbride;Airdrie|North Lanarkshire;South Lanarkshire
aa|NHS Ayrshire & Arran|NHSAA||wsct|Ayr;Kilmarnock;Irvine|East Ayrshire;North Ayrshire;South Ayrshire
fv|NHS Forth Valley|NHSFV||wsct|Stirling;Falkirk;Alloa|Stirling;Falkirk;Clackmannanshire
dg|NHS Dumfries and Galloway|NHSDG||wsct|Dumfries;Stranraer;Castle Douglas|Dumfries and Galloway
bord|NHS Borders|NHSB||esct|Galashiels;Hawick;Melrose|Scottish Borders
ork|NHS Orkney|NHSO||nsct|Kirkwall;Stromness|Orkney Islands
shet|NHS Shetland|NHSS||nsct|Lerwick;Scalloway|Shetland Islands
wi|NHS Western Isles|NHSWI|Bòrd SSN nan Eilean Siar|nsct|Stornoway:Steòrnabhagh;Balivanich:Baile a' Mhanaich|Na h-Eileanan Siar
"""

# Northern Ireland: key | trust name | acronym | region | towns | counties
_TRUSTS = """
bel|Belfast Health and Social Care Trust|BHSCT|ni|Belfast|Antrim;Down
nor|Northern Health and Social Care Trust|NHSCT|ni|Antrim;Ballymena;Coleraine;Larne|Antrim;Londonderry
sea|South Eastern Health and Social Care Trust|SEHSCT|ni|Lisburn;Bangor;Downpatrick;Newtownards|Down;Antrim
sou|Southern Health and Social Care Trust|SHSCT|ni|Craigavon;Newry;Armagh;Dungannon|Armagh;Down;Tyrone
wes|Western Health and Social Care Trust|WHSCT|ni|Derry~Londonderry;Enniskillen;Omagh;Limavady|Londonderry;Fermanagh;Tyrone
"""


def _lines(block):
    return [ln.split("|") for ln in block.strip().splitlines() if ln.strip()]


def _pairs(cell):
    """'Cardiff:Caerdydd;Barry:Y Barri' -> [('Cardiff', 'Caerdydd'), ...]; one name -> (name, '')."""
    out = []
    for part in cell.split(";"):
        if not part:
            continue
        en, _, other = part.partition(":")
        out.append((en, other))
    return out


REGIONS = {}
for k, nat, name, alt, gss in _lines(_REGIONS):
    REGIONS[k] = {"key": k, "nation": nat, "name": name, "alt": alt, "gss": gss}

# An area: the unit one local commissioner or board covers.
AREAS = {}
for k, name, acr, reg, ahsn, towns, counties, ccgs in _lines(_ICBS):
    tl = towns.split(";")
    ccg_list = []
    for c in ccgs.split(";"):
        cname, _, idx = c.partition(":")
        ccg_list.append((cname, [tl[int(i)] for i in idx.split(",")]))
    AREAS[k] = {"key": k, "nation": "ENG", "kind": "icb", "name": name, "acr": acr,
                "region": reg, "ahsn": ahsn, "towns": [(t, "") for t in tl],
                "counties": [(c, "") for c in counties.split(";")], "ccgs": ccg_list,
                "other": "", "pred": None}
for k, name, acr, cy, reg, towns, counties, pred in _lines(_LHBS):
    p = None
    if pred:
        pn, pa, until = pred.split(":")
        p = (pn, pa, until)
    AREAS[k] = {"key": k, "nation": "WLS", "kind": "lhb", "name": name, "acr": acr,
                "region": reg, "ahsn": None, "towns": _pairs(towns), "counties": _pairs(counties),
                "ccgs": [], "other": cy, "pred": p}
for k, name, acr, other, reg, towns, councils in _lines(_BOARDS):
    AREAS[k] = {"key": k, "nation": "SCT", "kind": "board", "name": name, "acr": acr,
                "region": reg, "ahsn": None, "towns": _pairs(towns),
                "counties": [(c, "") for c in councils.split(";")], "ccgs": [],
                "other": other, "pred": None}
for k, name, acr, reg, towns, counties in _lines(_TRUSTS):
    AREAS[k] = {"key": k, "nation": "NIR", "kind": "hsct", "name": name, "acr": acr,
                "region": reg, "ahsn": None, "towns": [(t, "") for t in towns.split(";")],
                "counties": [(c, "") for c in counties.split(";")], "ccgs": [],
                "other": "", "pred": None}

AREA_KEYS = {n: [k for k, a in AREAS.items() if a["nation"] == n] for n in ("ENG", "WLS", "SCT", "NIR")}
REGION_KEYS = {n: [k for k, r in REGIONS.items() if r["nation"] == n] for n in ("ENG", "WLS", "SCT", "NIR")}
AREAS_BY_REGION = {}
for k, a in AREAS.items():
    AREAS_BY_REGION.setdefault(a["region"], []).append(k)

# Town names that exist in more than one nation (deliberate confounders).
SHARED_TOWN_NAMES = ("Newport", "Bangor")

# County / council area / local authority of each town (index into the area's county list;
# None where the town's county is not in the list).  Areas with one county map every town to it.
_TOWN_COUNTY = {
    "nenc": [0, 0, 1, None, 0, 3, 1], "hny": [0, 1, 1, 2, 1], "cm": [0, 1, 1, 0, 0, 0],
    "lsc": [0, 0, 0, 0, 0, 1, 1], "llr": [0, 0, 1, 0], "nw_": [0, 0, 0, 1], "snee": [0, 1, 0],
    "sx": [0, 0, 0, 1, 1, 1], "hiow": [0, 0, 0, 0, 1], "bob": [0, 2, 1, 0, 1], "bnssg": [0, 1, 2],
    "bcu": [0, 5, 3, 2, 0, 1, 4], "hdd": [0, 0, 1, 2, 1], "sb": [0, 1, 1, 0], "ctm": [1, 0, 2, 0],
    "cav": [0, 1, 1], "abb": [0, 1, 2, 3, 4],
    "ggc": [0, 1, 3, 2], "lot": [0, 1, 3, 2], "gram": [0, 2, 1, 1], "tay": [0, 1, 2, 2],
    "high": [0, 0, 1, 0, 0], "lan": [1, 0, 1, 0], "aa": [2, 0, 1], "fv": [0, 1, 2],
    "bel": [0], "nor": [0, 0, 1, 0], "sea": [1, 0, 0, 0], "sou": [0, 1, 0, 2], "wes": [0, 1, 2, 0],
}


def county_of_town(area, town):
    a = AREAS[area]
    m = _TOWN_COUNTY.get(area)
    if m is None:
        return 0 if len(a["counties"]) == 1 else None
    return m[town]


for _k, _a in AREAS.items():
    assert _k in _TOWN_COUNTY or len(_a["counties"]) == 1, _k
    assert _k not in _TOWN_COUNTY or len(_TOWN_COUNTY[_k]) == len(_a["towns"]), _k
