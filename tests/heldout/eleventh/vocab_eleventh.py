"""Vocabulary for generate_eleventh.py (places, organisations, conditions, services).

Everything here is plain data. Names of national bodies, schemes and places are public; the
suppliers, local charities and most brand names are invented.
"""

# --------------------------------------------------------------------------------------------
# Places: (NHS region or nation, ICS / health board, abbreviation, [(town, county), ...])
# --------------------------------------------------------------------------------------------
ICS_DATA = [
    ("North West", "Greater Manchester", "GM", [
        ("Manchester", "Greater Manchester"), ("Salford", "Greater Manchester"),
        ("Bolton", "Greater Manchester"), ("Wigan", "Greater Manchester"),
        ("Stockport", "Greater Manchester"), ("Oldham", "Greater Manchester"),
        ("Rochdale", "Greater Manchester"), ("Bury", "Greater Manchester"),
        ("Trafford", "Greater Manchester"), ("Tameside", "Greater Manchester")]),
    ("North West", "Cheshire and Merseyside", "C&M", [
        ("Liverpool", "Merseyside"), ("Wirral", "Merseyside"), ("St Helens", "Merseyside"),
        ("Knowsley", "Merseyside"), ("Southport", "Merseyside"), ("Warrington", "Cheshire"),
        ("Chester", "Cheshire"), ("Crewe", "Cheshire"), ("Macclesfield", "Cheshire")]),
    ("North West", "Lancashire and South Cumbria", "L&SC", [
        ("Preston", "Lancashire"), ("Blackpool", "Lancashire"), ("Blackburn", "Lancashire"),
        ("Burnley", "Lancashire"), ("Lancaster", "Lancashire"), ("Barrow-in-Furness", "Cumbria"),
        ("Kendal", "Cumbria")]),
    ("North East and Yorkshire", "North East and North Cumbria", "NENC", [
        ("Newcastle upon Tyne", "Tyne and Wear"), ("Sunderland", "Tyne and Wear"),
        ("Gateshead", "Tyne and Wear"), ("Durham", "County Durham"),
        ("Darlington", "County Durham"), ("Middlesbrough", "North Yorkshire"),
        ("Carlisle", "Cumbria"), ("Hexham", "Northumberland")]),
    ("North East and Yorkshire", "West Yorkshire", "WY", [
        ("Leeds", "West Yorkshire"), ("Bradford", "West Yorkshire"), ("Wakefield", "West Yorkshire"),
        ("Huddersfield", "West Yorkshire"), ("Halifax", "West Yorkshire")]),
    ("North East and Yorkshire", "South Yorkshire", "SY", [
        ("Sheffield", "South Yorkshire"), ("Doncaster", "South Yorkshire"),
        ("Rotherham", "South Yorkshire"), ("Barnsley", "South Yorkshire")]),
    ("North East and Yorkshire", "Humber and North Yorkshire", "HNY", [
        ("Hull", "East Riding of Yorkshire"), ("York", "North Yorkshire"),
        ("Scarborough", "North Yorkshire"), ("Harrogate", "North Yorkshire"),
        ("Grimsby", "Lincolnshire"), ("Beverley", "East Riding of Yorkshire")]),
    ("Midlands", "Birmingham and Solihull", "BSol", [
        ("Birmingham", "West Midlands"), ("Solihull", "West Midlands"), ("Sutton Coldfield", "West Midlands")]),
    ("Midlands", "Black Country", "BC", [
        ("Wolverhampton", "West Midlands"), ("Dudley", "West Midlands"), ("Walsall", "West Midlands"),
        ("Sandwell", "West Midlands")]),
    ("Midlands", "Coventry and Warwickshire", "C&W", [
        ("Coventry", "West Midlands"), ("Warwick", "Warwickshire"), ("Nuneaton", "Warwickshire"),
        ("Rugby", "Warwickshire")]),
    ("Midlands", "Nottingham and Nottinghamshire", "N&N", [
        ("Nottingham", "Nottinghamshire"), ("Mansfield", "Nottinghamshire"), ("Newark", "Nottinghamshire"),
        ("Worksop", "Nottinghamshire")]),
    ("Midlands", "Derby and Derbyshire", "DDICS", [
        ("Derby", "Derbyshire"), ("Chesterfield", "Derbyshire"), ("Buxton", "Derbyshire")]),
    ("Midlands", "Leicester, Leicestershire and Rutland", "LLR", [
        ("Leicester", "Leicestershire"), ("Loughborough", "Leicestershire"), ("Oakham", "Rutland"),
        ("Hinckley", "Leicestershire")]),
    ("Midlands", "Lincolnshire", "Lincs", [
        ("Lincoln", "Lincolnshire"), ("Boston", "Lincolnshire"), ("Grantham", "Lincolnshire"),
        ("Skegness", "Lincolnshire")]),
    ("Midlands", "Staffordshire and Stoke-on-Trent", "SSOT", [
        ("Stoke-on-Trent", "Staffordshire"), ("Stafford", "Staffordshire"),
        ("Burton upon Trent", "Staffordshire"), ("Tamworth", "Staffordshire")]),
    ("Midlands", "Shropshire, Telford and Wrekin", "STW", [
        ("Shrewsbury", "Shropshire"), ("Telford", "Shropshire"), ("Oswestry", "Shropshire")]),
    ("Midlands", "Herefordshire and Worcestershire", "H&W", [
        ("Worcester", "Worcestershire"), ("Hereford", "Herefordshire"), ("Redditch", "Worcestershire"),
        ("Kidderminster", "Worcestershire")]),
    ("Midlands", "Northamptonshire", "Northants", [
        ("Northampton", "Northamptonshire"), ("Kettering", "Northamptonshire"), ("Corby", "Northamptonshire")]),
    ("East of England", "Norfolk and Waveney", "N&W", [
        ("Norwich", "Norfolk"), ("Great Yarmouth", "Norfolk"), ("King's Lynn", "Norfolk"),
        ("Lowestoft", "Suffolk")]),
    ("East of England", "Suffolk and North East Essex", "SNEE", [
        ("Ipswich", "Suffolk"), ("Bury St Edmunds", "Suffolk"), ("Colchester", "Essex")]),
    ("East of England", "Cambridgeshire and Peterborough", "C&P", [
        ("Cambridge", "Cambridgeshire"), ("Peterborough", "Cambridgeshire"), ("Huntingdon", "Cambridgeshire"),
        ("Wisbech", "Cambridgeshire")]),
    ("East of England", "Bedfordshire, Luton and Milton Keynes", "BLMK", [
        ("Bedford", "Bedfordshire"), ("Luton", "Bedfordshire"), ("Milton Keynes", "Buckinghamshire")]),
    ("East of England", "Hertfordshire and West Essex", "HWE", [
        ("Watford", "Hertfordshire"), ("Stevenage", "Hertfordshire"), ("Harlow", "Essex"),
        ("St Albans", "Hertfordshire")]),
    ("East of England", "Mid and South Essex", "MSE", [
        ("Southend-on-Sea", "Essex"), ("Chelmsford", "Essex"), ("Basildon", "Essex"), ("Thurrock", "Essex")]),
    ("London", "North Central London", "NCL", [
        ("Camden", "Greater London"), ("Islington", "Greater London"), ("Barnet", "Greater London"),
        ("Enfield", "Greater London"), ("Haringey", "Greater London")]),
    ("London", "North East London", "NEL", [
        ("Hackney", "Greater London"), ("Tower Hamlets", "Greater London"), ("Newham", "Greater London"),
        ("Barking and Dagenham", "Greater London"), ("Redbridge", "Greater London")]),
    ("London", "South East London", "SEL", [
        ("Lambeth", "Greater London"), ("Southwark", "Greater London"), ("Lewisham", "Greater London"),
        ("Greenwich", "Greater London"), ("Bromley", "Greater London")]),
    ("London", "South West London", "SWL", [
        ("Croydon", "Greater London"), ("Wandsworth", "Greater London"), ("Merton", "Greater London"),
        ("Sutton", "Greater London"), ("Kingston upon Thames", "Greater London")]),
    ("London", "North West London", "NWL", [
        ("Ealing", "Greater London"), ("Brent", "Greater London"), ("Hillingdon", "Greater London"),
        ("Harrow", "Greater London"), ("Hammersmith and Fulham", "Greater London")]),
    ("South East", "Kent and Medway", "K&M", [
        ("Maidstone", "Kent"), ("Canterbury", "Kent"), ("Medway", "Kent"), ("Dover", "Kent"),
        ("Margate", "Kent"), ("Ashford", "Kent")]),
    ("South East", "Sussex", "Sussex", [
        ("Brighton and Hove", "East Sussex"), ("Hastings", "East Sussex"), ("Crawley", "West Sussex"),
        ("Eastbourne", "East Sussex"), ("Worthing", "West Sussex"), ("Chichester", "West Sussex")]),
    ("South East", "Surrey Heartlands", "SH", [
        ("Guildford", "Surrey"), ("Woking", "Surrey"), ("Epsom", "Surrey"), ("Redhill", "Surrey")]),
    ("South East", "Frimley", "Frimley", [
        ("Frimley", "Surrey"), ("Slough", "Berkshire"), ("Farnborough", "Hampshire"), ("Bracknell", "Berkshire")]),
    ("South East", "Hampshire and Isle of Wight", "HIOW", [
        ("Southampton", "Hampshire"), ("Portsmouth", "Hampshire"), ("Winchester", "Hampshire"),
        ("Basingstoke", "Hampshire"), ("Newport (Isle of Wight)", "Isle of Wight")]),
    ("South East", "Buckinghamshire, Oxfordshire and Berkshire West", "BOB", [
        ("Oxford", "Oxfordshire"), ("Reading", "Berkshire"), ("Aylesbury", "Buckinghamshire"),
        ("Banbury", "Oxfordshire"), ("High Wycombe", "Buckinghamshire")]),
    ("South West", "Cornwall and the Isles of Scilly", "CIOS", [
        ("Truro", "Cornwall"), ("Penzance", "Cornwall"), ("Falmouth", "Cornwall"), ("Bodmin", "Cornwall")]),
    ("South West", "Devon", "Devon", [
        ("Exeter", "Devon"), ("Plymouth", "Devon"), ("Torquay", "Devon"), ("Barnstaple", "Devon")]),
    ("South West", "Somerset", "Somerset", [
        ("Taunton", "Somerset"), ("Yeovil", "Somerset"), ("Bridgwater", "Somerset")]),
    ("South West", "Bristol, North Somerset and South Gloucestershire", "BNSSG", [
        ("Bristol", "Bristol"), ("Weston-super-Mare", "Somerset"), ("Yate", "Gloucestershire")]),
    ("South West", "Gloucestershire", "Glos", [
        ("Gloucester", "Gloucestershire"), ("Cheltenham", "Gloucestershire"), ("Stroud", "Gloucestershire")]),
    ("South West", "Bath and North East Somerset, Swindon and Wiltshire", "BSW", [
        ("Bath", "Somerset"), ("Swindon", "Wiltshire"), ("Salisbury", "Wiltshire"), ("Chippenham", "Wiltshire")]),
    ("South West", "Dorset", "Dorset", [
        ("Bournemouth", "Dorset"), ("Poole", "Dorset"), ("Dorchester", "Dorset"), ("Weymouth", "Dorset")]),
    # other UK nations: the "region" is the nation, the "ICS" a health board / trust area
    ("Wales", "Cardiff and Vale", "C&V", [("Cardiff", "South Glamorgan"), ("Barry", "Vale of Glamorgan")]),
    ("Wales", "Swansea Bay", "SB", [("Swansea", "West Glamorgan"), ("Neath", "West Glamorgan")]),
    ("Wales", "Betsi Cadwaladr", "BCU", [("Wrexham", "Clwyd"), ("Bangor", "Gwynedd"), ("Rhyl", "Denbighshire")]),
    ("Wales", "Aneurin Bevan", "ABUHB", [("Cwmbran", "Torfaen"), ("Caerphilly", "Gwent")]),
    ("Wales", "Hywel Dda", "HDUHB", [("Carmarthen", "Carmarthenshire"), ("Aberystwyth", "Ceredigion")]),
    ("Scotland", "Greater Glasgow and Clyde", "GGC", [("Glasgow", "Glasgow City"), ("Paisley", "Renfrewshire")]),
    ("Scotland", "Lothian", "Lothian", [("Edinburgh", "City of Edinburgh"), ("Livingston", "West Lothian")]),
    ("Scotland", "Grampian", "Grampian", [("Aberdeen", "Aberdeenshire"), ("Elgin", "Moray")]),
    ("Scotland", "Tayside", "Tayside", [("Dundee", "Angus"), ("Perth", "Perth and Kinross")]),
    ("Scotland", "Highland", "Highland", [("Inverness", "Highland")]),
    ("Northern Ireland", "Belfast", "BHSCT", [("Belfast", "County Antrim")]),
    ("Northern Ireland", "Western", "WHSCT", [("Derry~Londonderry", "County Londonderry"), ("Enniskillen", "County Fermanagh")]),
    ("Northern Ireland", "Southern", "SHSCT", [("Newry", "County Down"), ("Craigavon", "County Armagh")]),
]

NATION_OF_REGION = {"Wales": "Wales", "Scotland": "Scotland", "Northern Ireland": "Northern Ireland"}

# Health Innovation Networks (formerly AHSNs), by NHS region; (name, acronym or None)
HINS = {
    "North West": [("Health Innovation Manchester", None), ("Health Innovation North West Coast", "HINWC")],
    "North East and Yorkshire": [("Health Innovation North East and North Cumbria", "HI NENC"),
                                 ("Health Innovation Yorkshire and Humber", "HIYH")],
    "Midlands": [("Health Innovation East Midlands", "HIEM"), ("Health Innovation West Midlands", "HIWM")],
    "East of England": [("Health Innovation East", None)],
    "London": [("UCLPartners", "UCLP"), ("Health Innovation Network South London", None),
               ("Imperial College Health Partners", "ICHP")],
    "South East": [("Health Innovation Kent Surrey Sussex", "HIKSS"),
                   ("Health Innovation Oxford and Thames Valley", "HIOTV"), ("Health Innovation Wessex", None)],
    "South West": [("Health Innovation South West", None), ("Health Innovation West of England", None)],
    "Wales": [("Life Sciences Hub Wales", "LSHW")],
    "Scotland": [("Digital Health and Care Innovation Centre", "DHI")],
    "Northern Ireland": [("HSC Innovation", None)],
}
# which HIN covers which ICS when a region has several (by ICS name); default: first of the region
HIN_OF_ICS = {
    "Cheshire and Merseyside": "Health Innovation North West Coast",
    "Lancashire and South Cumbria": "Health Innovation North West Coast",
    "West Yorkshire": "Health Innovation Yorkshire and Humber",
    "South Yorkshire": "Health Innovation Yorkshire and Humber",
    "Humber and North Yorkshire": "Health Innovation Yorkshire and Humber",
    "Birmingham and Solihull": "Health Innovation West Midlands",
    "Black Country": "Health Innovation West Midlands",
    "Coventry and Warwickshire": "Health Innovation West Midlands",
    "Staffordshire and Stoke-on-Trent": "Health Innovation West Midlands",
    "Shropshire, Telford and Wrekin": "Health Innovation West Midlands",
    "Herefordshire and Worcestershire": "Health Innovation West Midlands",
    "North East London": "UCLPartners", "North Central London": "UCLPartners",
    "South East London": "Health Innovation Network South London",
    "South West London": "Health Innovation Network South London",
    "North West London": "Imperial College Health Partners",
    "Buckinghamshire, Oxfordshire and Berkshire West": "Health Innovation Oxford and Thames Valley",
    "Frimley": "Health Innovation Oxford and Thames Valley",
    "Hampshire and Isle of Wight": "Health Innovation Wessex", "Dorset": "Health Innovation Wessex",
    "Bristol, North Somerset and South Gloucestershire": "Health Innovation West of England",
    "Gloucestershire": "Health Innovation West of England",
    "Bath and North East Somerset, Swindon and Wiltshire": "Health Innovation West of England",
}

# --------------------------------------------------------------------------------------------
# National and devolved bodies: (key, name, acronym, kind as written, level as written, nation)
# --------------------------------------------------------------------------------------------
NATIONAL_BODIES = [
    ("dhsc", "Department of Health and Social Care", "DHSC", "government department", "national", "England"),
    ("nhse", "NHS England", "NHSE", "arm's length body", "national", "England"),
    ("nhsx", "NHSX", None, "ALB", "national", "England"),
    ("nhsd", "NHS Digital", None, "arms length", "nationwide", "England"),
    ("nihr", "National Institute for Health and Care Research", "NIHR", "research funder", "national", "England"),
    ("iuk", "Innovate UK", None, "funder", "national", "UK"),
    ("ukri", "UK Research and Innovation", "UKRI", "research-funder", "national", "UK"),
    ("ols", "Office for Life Sciences", "OLS", "govt department", "national", "UK"),
    ("mhra", "Medicines and Healthcare products Regulatory Agency", "MHRA", "regulator", "national", "UK"),
    ("nice", "National Institute for Health and Care Excellence", "NICE", "NDPB", "national", "England"),
    ("hee", "Health Education England", "HEE", "non departmental public body", "national", "England"),
    ("sbrih", "SBRI Healthcare", None, "funding body", "national", "England"),
    ("aac", "Accelerated Access Collaborative", "AAC", "other", "national", "England"),
    ("hinnet", "Health Innovation Network (national)", None, "network", "national", "England"),
    ("ukhsa", "UK Health Security Agency", "UKHSA", "public body", "national", "UK"),
    ("ohid", "Office for Health Improvement and Disparities", "OHID", "government", "national", "England"),
    ("thf", "The Health Foundation", None, "charity", "national", "UK"),
    ("nesta", "Nesta", None, "foundation", "national", "UK"),
    ("wellcome", "Wellcome Trust", None, "research funder", "international", "UK"),
    ("cruk", "Cancer Research UK", "CRUK", "charity", "national", "UK"),
    ("bhf", "British Heart Foundation", "BHF", "third sector", "national", "UK"),
    ("diabuk", "Diabetes UK", None, "voluntary sector", "national", "UK"),
    ("alzsoc", "Alzheimer's Society", None, "charity", "national", "UK"),
    ("macmillan", "Macmillan Cancer Support", None, "non profit", "national", "UK"),
    ("eu", "European Commission", "EC", "other", "international", "EU"),
    ("welshgov", "Welsh Government", None, "government department", "national", "Wales"),
    ("hcrw", "Health and Care Research Wales", "HCRW", "research funder", "national", "Wales"),
    ("scotgov", "Scottish Government", None, "ministry", "national", "Scotland"),
    ("cso", "Chief Scientist Office", "CSO", "funder", "national", "Scotland"),
    ("doh_ni", "Department of Health (Northern Ireland)", "DoH NI", "department", "national", "Northern Ireland"),
    ("hscrd", "HSC Research and Development Division", "HSC R&D", "funding body", "national", "Northern Ireland"),
]

# NHS England regional teams (commission and fund region-wide work)
NHSE_REGION_NAME = "NHS England {region}"

# --------------------------------------------------------------------------------------------
# Conditions / populations
#   g: grants-system terse terms; c: procurement terms; n: narrative; pop: contract population;
#   brands: marketed programme names; ph: a council (public health) might commission it;
#   y0: earliest plausible start year
# --------------------------------------------------------------------------------------------
CONDITIONS = [
    dict(key="diabetes", g=["T2DM", "diabetes", "T2D"], c=["diabetes", "type 2 diabetes"],
         n=["people living with type 2 diabetes", "people at risk of diabetes"],
         pop=["adults with type 2 diabetes", "people with diabetes"],
         brands=["Healthy Living", "Sugar Smart", "Know Your Sugar", "DiabetesWise", "Sweet Spot"], ph=True),
    dict(key="copd", g=["COPD", "COPD/resp"], c=["respiratory", "COPD"],
         n=["people with COPD", "people living with lung conditions"],
         pop=["patients with COPD", "adults with chronic obstructive pulmonary disease"],
         brands=["Breathe Easy", "Better Breathing", "Breathe Well", "Lung Health Together"]),
    dict(key="heart_failure", g=["HF", "heart failure"], c=["heart failure", "cardiology"],
         n=["people living with heart failure"], pop=["patients with heart failure"],
         brands=["Healthy Hearts", "HeartWatch", "Heart Smart", "Strong Hearts"]),
    dict(key="af", g=["AF", "atrial fib."], c=["atrial fibrillation detection", "AF"],
         n=["people with an irregular heartbeat"], pop=["people at risk of atrial fibrillation"],
         brands=["Detect AF", "Pulse Check", "Beat the Beat"]),
    dict(key="hypertension", g=["HTN", "BP"], c=["hypertension", "blood pressure"],
         n=["people with high blood pressure"], pop=["patients with hypertension"],
         brands=["Know Your Numbers", "Blood Pressure at Home", "Pressure Points"], ph=True),
    dict(key="ckd", g=["CKD", "renal"], c=["chronic kidney disease", "renal"],
         n=["people with kidney disease"], pop=["patients with chronic kidney disease"],
         brands=["Kidney Check", "Protect Your Kidneys"]),
    dict(key="dementia", g=["dementia"], c=["dementia", "memory assessment"],
         n=["people living with dementia and their carers"], pop=["people with dementia"],
         brands=["Memory Matters", "Living Well with Dementia", "Forget Me Not"]),
    dict(key="frailty", g=["frailty", "older ppl"], c=["frailty", "older people's"],
         n=["older people living with frailty"], pop=["frail older adults"],
         brands=["Ageing Well", "Stay Well at Home", "Later Life Together"]),
    dict(key="cyp_mh", g=["CYP MH", "CYPMH"], c=["children and young people's mental health", "CAMHS"],
         n=["children and young people struggling with their mental health"],
         pop=["children and young people aged 11 to 25"],
         brands=["MindSpace", "Open Door", "Thrive Together"]),
    dict(key="adult_mh", g=["MH", "common MH"], c=["adult mental health", "talking therapies"],
         n=["adults with anxiety and depression"], pop=["adults with common mental health problems"],
         brands=["Mind Matters", "Talking Together", "Clear Heads"]),
    dict(key="perinatal", g=["perinatal MH"], c=["perinatal mental health"],
         n=["new and expectant parents"], pop=["women in the perinatal period"],
         brands=["Bump Start", "Parent Minds"]),
    dict(key="maternity", g=["maternity"], c=["maternity", "antenatal"],
         n=["pregnant women and birthing people"], pop=["pregnant women"],
         brands=["Better Births", "Safer Starts", "Healthy Pregnancy"]),
    dict(key="cancer", g=["cancer ED", "early dx cancer", "Ca"], c=["cancer early diagnosis", "suspected cancer"],
         n=["people with possible cancer symptoms"], pop=["patients referred with suspected cancer"],
         brands=["Catch It Early", "Faster Diagnosis", "Spot It Early"]),
    dict(key="msk", g=["MSK"], c=["musculoskeletal", "MSK physiotherapy"],
         n=["people with back, joint and muscle pain"], pop=["patients with musculoskeletal conditions"],
         brands=["Get Moving", "Move Well", "Joint Effort"]),
    dict(key="stroke", g=["stroke"], c=["stroke", "stroke rehabilitation"],
         n=["stroke survivors"], pop=["stroke patients"],
         brands=["Step Forward", "Stroke Recovery Pathway", "Life After Stroke"]),
    dict(key="falls", g=["falls"], c=["falls prevention"],
         n=["older people at risk of falling"], pop=["people at risk of falls"],
         brands=["Steady Steps", "Stand Tall", "Falls Free"], ph=True),
    dict(key="asthma", g=["asthma", "paed asthma"], c=["paediatric asthma", "asthma"],
         n=["children with asthma"], pop=["children and young people with asthma"],
         brands=["Asthma Right Care", "Breathe Kids"]),
    dict(key="obesity", g=["weight mgmt", "obesity"], c=["tier 2 weight management", "weight management"],
         n=["people who want to reach a healthier weight"], pop=["adults living with obesity"],
         brands=["Weigh Forward", "Healthy Weight", "Shape Up"], ph=True),
    dict(key="smoking", g=["smoking cess.", "tobacco"], c=["stop smoking", "smoking cessation"],
         n=["smokers who want to quit"], pop=["smokers"],
         brands=["Quit Together", "Smokefree Starts", "Stub It Out"], ph=True),
    dict(key="sepsis", g=["sepsis"], c=["sepsis", "deteriorating patient"],
         n=["patients at risk of deterioration"], pop=["acute inpatients"],
         brands=["Spot Sepsis", "Sepsis Alert"]),
    dict(key="eating", g=["ED", "eating dis."], c=["eating disorders"],
         n=["young people with eating disorders"], pop=["young people with eating disorders"],
         brands=["First Step", "Early Help ED"]),
    dict(key="ld_autism", g=["LDA", "LD&A"], c=["learning disability and autism"],
         n=["autistic people and people with a learning disability"],
         pop=["people with a learning disability and autistic people"],
         brands=["Right Support", "My Voice"]),
    dict(key="eol", g=["EoLC", "palliative"], c=["end of life care", "palliative care"],
         n=["people in the last year of life"], pop=["patients approaching end of life"],
         brands=["Compassionate Communities", "Last Years of Life"]),
    dict(key="wounds", g=["wound care", "leg ulcers"], c=["wound care", "tissue viability"],
         n=["people with leg ulcers and chronic wounds"], pop=["patients with chronic wounds"],
         brands=["Wound Healing Pathway", "Legs Matter Locally"]),
    dict(key="long_covid", g=["long COVID", "PCS"], c=["post-COVID syndrome", "long COVID"],
         n=["people with long COVID"], pop=["adults with post-COVID syndrome"],
         brands=["Recover Together", "Long Covid Hub"], y0=2020),
    dict(key="amr", g=["AMR", "antimicrobial"], c=["antimicrobial stewardship"],
         n=["prescribers and patients"], pop=["primary care prescribers"],
         brands=["Antibiotic Guardians Local", "Stop Unnecessary Antibiotics"]),
    dict(key="uec", g=["UEC"], c=["urgent and emergency care"],
         n=["people needing urgent care"], pop=["patients attending urgent care"],
         brands=["Right Care Right Place", "Hospital at Home"]),
    dict(key="elective", g=["elective recovery"], c=["elective care", "surgical waiting list"],
         n=["people waiting for planned operations"], pop=["patients on surgical waiting lists"],
         brands=["Wait Well", "Prep to Recover", "Fit for Surgery"], y0=2020),
]

# Clinical services / technologies.  only: restrict to some conditions.
SERVICES = [
    dict(key="rpm", g=["RPM", "remote monitoring", "remote mon."], c=["remote patient monitoring", "technology enabled care"],
         n=["home monitoring with connected devices",
            "home monitoring, with readings reviewed by a clinical team"],
         tech=["remote monitoring", "telehealth", "connected devices"], acts=["infrastructure", "evaluation"],
         instr="technology-extension-and-advisory-services"),
    dict(key="app", g=["self-mgmt app", "digital self-mgmt", "app"], c=["digital self-management platform", "self-management application"],
         n=["an app that helps people manage their condition day to day"],
         tech=["mobile app", "digital self-management", "digital therapeutics"], acts=["information and signposting"],
         instr="public-awareness-and-outreach"),
    dict(key="ai_cds", g=["AI decision support", "ML risk tool", "AI triage"], c=["clinical decision support software", "AI-enabled triage"],
         n=["artificial intelligence that spots people at risk earlier"],
         tech=["AI", "machine learning", "decision support"], acts=["evaluation and evidence", "test beds"],
         instr="procurement-for-rnd-and-innovation"),
    dict(key="phm", g=["risk strat", "PHM analytics"], c=["population health management analytics", "risk stratification"],
         n=["joined-up data to find people who need support sooner"],
         tech=["data analytics", "population health management"], acts=["evaluation", "networking"],
         instr="information-services-and-datasets"),
    dict(key="poct", g=["POCT", "POC testing"], c=["point of care testing", "near-patient testing"],
         n=["quick tests in pharmacies and GP surgeries"],
         tech=["diagnostics", "point of care testing"], acts=["infrastructure", "procurement"],
         instr="procurement-for-rnd-and-innovation"),
    dict(key="education", g=["struct. educ.", "education prog", "structured ed"], c=["structured education", "patient education"],
         n=["courses and group sessions"], tech=["education", "behaviour change"],
         acts=["training", "information & signposting"], instr="public-awareness-and-outreach"),
    dict(key="virtual_ward", g=["virtual ward", "hosp at home", "VW"], c=["virtual ward (hospital at home)", "virtual ward"],
         n=["hospital-level care at home"], tech=["virtual wards", "remote monitoring"],
         acts=["infrastructure", "commissioning"], instr="technology-extension-and-advisory-services", y0=2020,
         only=["copd", "heart_failure", "frailty", "uec", "long_covid", "asthma", "eol", "sepsis"]),
    dict(key="case_finding", g=["case finding", "case-finding"], c=["community case finding and screening", "targeted case finding"],
         n=["pop-up health checks in local communities"], tech=["screening", "community outreach"],
         acts=["networking and brokerage", "evaluation"], instr="public-awareness-and-outreach"),
    dict(key="coaching", g=["health coaching", "peer support"], c=["health coaching and peer support", "peer support"],
         n=["trained health coaches and peer supporters"], tech=["health coaching", "peer support"],
         acts=["training and skills", "networking"], instr="networking-and-collaborative-platforms"),
    dict(key="home_testing", g=["home testing", "home kits"], c=["home testing kits and results management"],
         n=["tests people can do at home"], tech=["home testing", "diagnostics"],
         acts=["infrastructure", "purchasing"], instr="procurement-for-rnd-and-innovation"),
    dict(key="wearables", g=["wearables", "wearable sensors"], c=["wearable monitoring devices"],
         n=["wearable sensors"], tech=["wearables", "sensors"], acts=["test beds", "evaluation"],
         instr="procurement-for-rnd-and-innovation"),
    dict(key="video", g=["video consults", "VC platform"], c=["video consultation platform", "video consultation"],
         n=["appointments by video"], tech=["video consultation", "telemedicine"],
         acts=["infrastructure"], instr="technology-extension-and-advisory-services"),
    dict(key="training", g=["workforce training", "staff upskilling"], c=["clinical training and education", "workforce development"],
         n=["training for frontline staff"], tech=["workforce", "training"],
         acts=["training and skills", "leadership development"], instr="fellowships-and-scholarships"),
    dict(key="dcbt", g=["dCBT", "online therapy"], c=["digital psychological therapy", "online CBT"],
         n=["online therapy and support"], tech=["digital therapy", "online CBT"], acts=["evaluation", "commissioning"],
         instr="procurement-for-rnd-and-innovation",
         only=["cyp_mh", "adult_mh", "perinatal", "eating", "long_covid"]),
    dict(key="imaging_ai", g=["AI imaging", "AI radiology"], c=["AI imaging software", "AI image analysis"],
         n=["AI that helps read scans"], tech=["AI", "medical imaging"], acts=["real world evaluation", "test beds"],
         instr="procurement-for-rnd-and-innovation", y0=2017, only=["cancer", "stroke", "msk", "copd", "heart_failure"]),
    dict(key="social_rx", g=["social prescribing", "SP link workers"], c=["social prescribing link worker", "social prescribing"],
         n=["link workers connecting people to community support"], tech=["social prescribing", "community assets"],
         acts=["networking and brokerage", "signposting"], instr="networking-and-collaborative-platforms"),
    dict(key="care_plan", g=["shared care plan", "digital care plan"], c=["shared care planning system", "digital care planning"],
         n=["a shared care plan everyone involved can see"], tech=["shared care record", "interoperability"],
         acts=["infrastructure", "information"], instr="information-services-and-datasets"),
    dict(key="meds", g=["med opt", "meds review", "SMR"], c=["medicines optimisation", "structured medication review"],
         n=["reviews of people's medicines"], tech=["medicines optimisation", "pharmacy"],
         acts=["advice and guidance", "training"], instr="technology-extension-and-advisory-services"),
    dict(key="telecare", g=["telecare", "AT sensors"], c=["telecare and assistive technology", "assistive technology"],
         n=["sensors and alarms at home"], tech=["telecare", "assistive technology"],
         acts=["infrastructure", "purchasing"], instr="procurement-for-rnd-and-innovation",
         only=["dementia", "frailty", "falls", "ld_autism", "eol", "stroke"]),
    dict(key="genomics", g=["genomic testing", "genomics"], c=["genomic testing services"],
         n=["genetic testing"], tech=["genomics"], acts=["infrastructure", "evidence generation"],
         instr="research-infrastructure-support", only=["cancer", "cyp_mh", "heart_failure", "diabetes", "ckd"]),
]

# Non-clinical (operational) programmes: no condition
NONCLIN = [
    dict(key="epr", g=["EPR", "EPR implementation"], c=["electronic patient record system", "EPR"],
         n=["a new electronic patient record"], pop=["acute and community trusts"], tech=["EPR", "digital infrastructure"],
         brands=["Digital Care Record", "One Record"], acts=["infrastructure"], instr="research-infrastructure-support"),
    dict(key="rpa", g=["RPA", "automation"], c=["robotic process automation", "intelligent automation"],
         n=["software robots that take on routine admin"], pop=["back office teams"], tech=["automation", "RPA"],
         brands=["Automate to Care", "Time to Care"], acts=["infrastructure", "evaluation"], instr="technology-extension-and-advisory-services"),
    dict(key="rostering", g=["e-rostering"], c=["e-rostering and job planning", "workforce deployment system"],
         n=["smarter rotas for staff"], pop=["NHS staff"], tech=["workforce systems"],
         brands=["Right Staff Right Time", "Rota Ready"], acts=["infrastructure"], instr="technology-extension-and-advisory-services"),
    dict(key="portal", g=["patient portal", "digital front door"], c=["patient engagement portal", "digital front door"],
         n=["a single online front door for patients"], pop=["registered patients"], tech=["patient portal", "digital access"],
         brands=["Digital Front Door", "My Care Online"], acts=["information and signposting"], instr="information-services-and-datasets"),
    dict(key="cyber", g=["cyber", "cyber security"], c=["cyber security services", "security operations centre"],
         n=["protection for systems against cyber attack"], pop=["NHS organisations"], tech=["cyber security"],
         brands=["Cyber Secure", "Safe Systems"], acts=["advice and guidance", "training"], instr="standards-and-certification"),
    dict(key="inclusion", g=["digital inclusion"], c=["digital inclusion support", "digital skills"],
         n=["support for people to get online"], pop=["digitally excluded residents"], tech=["digital inclusion"],
         brands=["Get Online", "Digital Champions"], acts=["training", "signposting"], instr="public-awareness-and-outreach"),
    dict(key="fellowship", g=["fellowships", "innovation fellows"], c=["innovation fellowship programme"],
         n=["fellowships for clinicians with ideas"], pop=["clinicians and managers"], tech=["innovation skills"],
         brands=["Innovation Fellows", "Clinical Innovators"], acts=["fellowships", "networking"], instr="fellowships-and-scholarships"),
    dict(key="netzero", g=["net zero", "green"], c=["sustainability and carbon reduction"],
         n=["practical ways to cut the carbon footprint of care"], pop=["NHS estates"], tech=["sustainability"],
         brands=["Greener Together", "Net Zero Care"], acts=["networking", "evaluation"], instr="networking-and-collaborative-platforms"),
    dict(key="speech", g=["speech recog."], c=["speech recognition and digital dictation"],
         n=["speech recognition for clinic letters"], pop=["outpatient services"], tech=["speech recognition", "AI"],
         brands=["Letters in a Day", "Clear Letters"], acts=["infrastructure"], instr="procurement-for-rnd-and-innovation"),
    dict(key="scheduling", g=["theatre scheduling", "scheduling AI"], c=["theatre scheduling optimisation"],
         n=["smarter theatre scheduling"], pop=["surgical services"], tech=["scheduling", "AI"],
         brands=["Theatre Smart", "Every Minute Counts"], acts=["infrastructure", "evaluation"], instr="procurement-for-rnd-and-innovation"),
    dict(key="interop", g=["interoperability", "data integration"], c=["integration engine and interoperability services"],
         n=["links between systems so that data flows"], pop=["health and care organisations"], tech=["interoperability", "data"],
         brands=["Joined Up Data", "Connected Care"], acts=["infrastructure"], instr="information-services-and-datasets"),
    dict(key="referral", g=["referral mgmt", "A&G"], c=["referral management and advice and guidance"],
         n=["support to get referrals right first time"], pop=["GP practices"], tech=["referral management"],
         brands=["Right First Time", "Refer Well"], acts=["information"], instr="technology-extension-and-advisory-services"),
]

# Grant schemes: (funder key, scheme label, short code, instrument, typical recipients, y0, y1, currency)
SCHEMES = [
    ("nihr", "i4i Product Development Award", "i4i PDA", "grants-for-business-rnd-and-innovation", "innovators", 2012, 2026, "GBP"),
    ("nihr", "i4i Challenge Award", "i4i CA", "challenges-prizes-and-awards", "innovators", 2014, 2026, "GBP"),
    ("nihr", "AI in Health and Care Award", "AI Award", "challenges-prizes-and-awards", "both", 2020, 2024, "GBP"),
    ("nihr", "Research for Patient Benefit", "RfPB", "project-grants-for-public-research", "adopters", 2012, 2026, "GBP"),
    ("nihr", "Applied Research Collaboration", "ARC", "project-grants-for-public-research", "adopters", 2019, 2026, "GBP"),
    ("iuk", "Smart grant", "Smart", "grants-for-business-rnd-and-innovation", "innovators", 2012, 2025, "GBP"),
    ("iuk", "Biomedical Catalyst", "BMC", "Grants for business R&D and innovation", "innovators", 2012, 2026, "GBP"),
    ("ukri", "Digital Health Technology Catalyst", "DHTC", "grants-for-business-rnd-and-innovation", "innovators", 2016, 2021, "GBP"),
    ("sbrih", "SBRI Healthcare competition", "SBRI", "Procurement programmes for R&D and innovation", "innovators", 2012, 2026, "GBP"),
    ("nhse", "Test Beds programme", "Test Bed", "technology-extension-and-advisory-services", "both", 2016, 2021, "GBP"),
    ("nhse", "Innovation and Technology Payment", "ITP", "procurement-for-rnd-and-innovation", "adopters", 2017, 2020, "GBP"),
    ("nhse", "Innovation for Healthcare Inequalities Programme", "InHIP", "project-grants-for-public-research", "adopters", 2022, 2025, "GBP"),
    ("nhsx", "Digital Productivity fund", "DPP", "grants-for-business-rnd-and-innovation", "adopters", 2019, 2022, "GBP"),
    ("thf", "Innovating for Improvement", "IfI", "project-grants-for-public-research", "adopters", 2012, 2020, "GBP"),
    ("thf", "Advancing Applied Analytics", "AAA", "project-grants-for-public-research", "adopters", 2017, 2024, "GBP"),
    ("nesta", "Health and care innovation fund", "Nesta HCIF", "grants-for-business-rnd-and-innovation", "both", 2013, 2019, "GBP"),
    ("eu", "Horizon 2020", "H2020", "project-grants-for-public-research", "both", 2014, 2021, "EUR"),
    ("eu", "Interreg France (Channel) England", "Interreg FCE", "Project grants for public research", "both", 2016, 2023, "EUR"),
    ("cruk", "Early Detection and Diagnosis award", "CRUK EDD", "project-grants-for-public-research", "adopters", 2018, 2026, "GBP"),
    ("bhf", "Data Science Centre award", "BHF DSC", "project-grants-for-public-research", "both", 2019, 2026, "GBP"),
    ("welshgov", "Health Technology and Digital Fund", "HTDF", "grants-for-business-rnd-and-innovation", "adopters", 2018, 2025, "GBP"),
    ("cso", "CSO Catalyst grant", "CSO Catalyst", "project-grants-for-public-research", "adopters", 2015, 2025, "GBP"),
    ("hscrd", "HSC R&D Health and Social Care Research award", "HSC R&D", "project-grants-for-public-research", "adopters", 2013, 2025, "GBP"),
]
# local schemes (funder is an ICB / NHSE region / HIN / council): label, instrument
LOCAL_SCHEMES = [
    ("Transformation fund", "grants-for-business-rnd-and-innovation"),
    ("Innovation fund", "innovation-vouchers"),
    ("Health inequalities fund", "project-grants-for-public-research"),
    ("Digital innovation small grants", "Innovation vouchers"),
    ("Public health innovation grant", "project-grants-for-public-research"),
    ("Winter pressures fund", "grants-for-business-rnd-and-innovation"),
]

# Procurement frameworks: (name, ref tag, [(lot title, [service keys the lot buys, "*" = any])])
FRAMEWORKS = [
    ("Digital Health Technology framework", "DHT", [
        ("Remote monitoring", ["rpm", "wearables", "virtual_ward"]), ("Digital self-management", ["app", "dcbt", "education"]),
        ("Clinical decision support", ["ai_cds", "imaging_ai", "phm"]), ("Patient engagement", ["portal", "video", "care_plan"])]),
    ("Health Systems Support Framework", "HSSF", [
        ("Population health management", ["phm", "case_finding"]), ("Transformation support", ["*"]),
        ("Digital and technology", ["epr", "interop", "rpa", "care_plan"]), ("Evaluation", ["*"])]),
    ("Remote Monitoring DPS", "RM-DPS", [
        ("Respiratory", ["rpm", "wearables", "virtual_ward"]), ("Cardiology", ["rpm", "wearables", "poct"]),
        ("Care homes", ["telecare", "rpm", "video"]), ("Mental health", ["dcbt", "app"])]),
    ("Community Diagnostics framework", "CDX", [
        ("Point of care testing", ["poct", "home_testing"]), ("Imaging", ["imaging_ai"]),
        ("Physiological measurement", ["wearables", "case_finding", "genomics"])]),
    ("Technology Enabled Care Services framework", "TECS", [
        ("Telecare", ["telecare"]), ("Telehealth", ["rpm", "video"]), ("Assistive technology", ["telecare", "wearables"]),
        ("Monitoring centre", ["telecare", "rpm"])]),
    ("Insourcing of Clinical Services framework", "ICSF", [
        ("Outpatients", ["video", "meds"]), ("Diagnostics", ["poct", "imaging_ai", "genomics"]),
        ("Therapies", ["coaching", "education", "social_rx"])]),
    ("Digital Capabilities for Health framework", "DCfH", [
        ("Digital strategy", ["portal", "inclusion", "epr"]), ("Data and analytics", ["phm", "interop", "scheduling"]),
        ("Cyber", ["cyber"]), ("Automation", ["rpa", "speech", "rostering", "referral"])]),
    ("Clinical Digital Services framework", "CDS", [
        ("Virtual wards", ["virtual_ward", "rpm"]), ("Video consultation", ["video"]),
        ("Online consultation", ["portal", "referral"]), ("Digital therapies", ["dcbt", "app"])]),
    ("Healthy Lifestyles framework", "HLS", [
        ("Weight management", ["education", "coaching", "app"]), ("Stop smoking", ["coaching", "app", "education"]),
        ("Physical activity", ["coaching", "social_rx"]), ("Health checks", ["case_finding", "poct"])]),
    ("Innovation Services DPS", "ISDPS", [
        ("Innovation support", ["*"]), ("Real-world evaluation", ["*"]), ("Health economics", ["*"])]),
    ("Workforce Solutions framework", "WSF", [
        ("Training and education", ["training", "fellowship"]), ("Rostering", ["rostering"]),
        ("Leadership development", ["training", "fellowship"])]),
]

# charities fund only in their own field
CHARITY_FIELDS = {"bhf": ["heart_failure", "af", "hypertension", "stroke"], "diabuk": ["diabetes"],
                  "alzsoc": ["dementia"], "cruk": ["cancer"], "macmillan": ["cancer", "eol"]}

# Suppliers (invented): built from these parts
SUPPLIER_A = ["Aster", "Brightpath", "Carewise", "Clearview", "Corvid", "Dovetail", "Elmfield", "Evergreen",
              "Fernhill", "Greystone", "Halcyon", "Harbourside", "Ivybridge", "Juniper", "Kestrel", "Larkspur",
              "Lumen", "Meridian", "Northgate", "Oakwell", "Orchard", "Pennant", "Quayside", "Redwing",
              "Riverbank", "Saltire", "Skylark", "Stonebridge", "Tamarind", "Thistle", "Umbra", "Vantage",
              "Wayfarer", "Willowmere", "Yarrow", "Zephyr", "Beacon", "Cobalt", "Helix", "Nimbus", "Pulsewise",
              "Quantis", "Sentinel", "Tidal", "Vireo", "Wren"]
SUPPLIER_B = ["Health", "Digital", "Care", "Medical", "Diagnostics", "Analytics", "Solutions", "Technologies",
              "Labs", "Connect", "Healthcare", "MedTech", "Systems", "Consulting", "Therapeutics"]
SUPPLIER_C = ["Ltd", "Limited", "plc", "LLP", "Ltd", "Limited", "CIC", "Group Ltd"]

UNIVERSITY_CITIES = ["Manchester", "Liverpool", "Leeds", "Sheffield", "Newcastle", "Birmingham", "Nottingham",
                     "Leicester", "Warwick", "Oxford", "Cambridge", "Bristol", "Exeter", "Southampton", "York",
                     "Hull", "Lancaster", "Plymouth", "Kent", "Sussex", "Surrey", "East Anglia", "Bath",
                     "Cardiff", "Swansea", "Glasgow", "Edinburgh", "Dundee", "Aberdeen"]
