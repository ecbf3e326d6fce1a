#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic audit register of health innovation programmes, with planted duplicates and hard negatives.

    python3 generate_ninth.py --rows N --seed S --out DIR

Story: a cross-government (NAO-style) audit of health innovation funding.  About fifteen bodies
(DHSC, NHS England, NIHR, Innovate UK, OLS, NICE, MHRA, the Health Innovation Networks, the Welsh and
Scottish Governments, the Department of Health NI, Wellcome, the Health Foundation, BHF and three ICBs)
each returned a spreadsheet of the programmes they run or fund, in their own template, house style
and id scheme; the audit team pasted the returns, one after another, into the Innoscape
initiatives register template.

Writes DIR/initiatives.csv and DIR/actors.csv (registers as register-format.md describes them) and
the labels DIR/planted_pairs.csv, DIR/hard_negatives.csv (id_a,id_b,kind) and
DIR/truth_identities.csv (id,identity).  Deterministic for a seed; Python 3 standard library only.
See README.md.
"""
import argparse
import bisect
import csv
import os
import random
import re
import sys
import time


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
# Health Innovation Networks (formerly AHSNs): key, new name, old name, acronym, places
HINS = [
    ("NENC", "Health Innovation North East and North Cumbria", "AHSN North East and North Cumbria", "HI NENC",
     ["Newcastle", "Gateshead", "Sunderland", "County Durham", "Teesside", "North Cumbria", "Northumberland"]),
    ("YH", "Health Innovation Yorkshire & Humber", "Yorkshire & Humber AHSN", "HIYH",
     ["West Yorkshire", "South Yorkshire", "Humber", "North Yorkshire", "Bradford", "Leeds"]),
    ("EM", "Health Innovation East Midlands", "East Midlands AHSN", "HIEM",
     ["Nottinghamshire", "Derbyshire", "Leicestershire", "Lincolnshire", "Northamptonshire"]),
    ("WM", "Health Innovation West Midlands", "West Midlands AHSN", "HIWM",
     ["Birmingham and Solihull", "the Black Country", "Coventry and Warwickshire", "Staffordshire", "Shropshire", "Herefordshire and Worcestershire"]),
    ("EAST", "Health Innovation East", "Eastern AHSN", "HIE",
     ["Norfolk and Waveney", "Suffolk", "Cambridgeshire and Peterborough", "Hertfordshire", "Mid and South Essex", "Bedfordshire"]),
    ("OX", "Health Innovation Oxford and Thames Valley", "Oxford AHSN", "HIOTV",
     ["Oxfordshire", "Buckinghamshire", "Berkshire West", "Milton Keynes", "Frimley"]),
    ("WX", "Health Innovation Wessex", "Wessex AHSN", "HIW",
     ["Hampshire", "Dorset", "Isle of Wight", "Southampton", "Portsmouth"]),
    ("SW", "Health Innovation South West", "South West AHSN", "HISW",
     ["Cornwall", "Devon", "Somerset", "Plymouth", "Torbay"]),
    ("WE", "Health Innovation West of England", "West of England AHSN", "HIWE",
     ["Bristol", "Gloucestershire", "Swindon", "Bath and North East Somerset", "Wiltshire"]),
    ("KSS", "Health Innovation Kent Surrey Sussex", "KSS AHSN", "HIKSS",
     ["Kent and Medway", "Sussex", "Surrey Heartlands", "East Kent", "Brighton and Hove"]),
    ("UCLP", "UCLPartners", "UCLPartners", "UCLP",
     ["North Central London", "North East London", "Essex", "Hertfordshire and West Essex"]),
    ("ICHP", "Imperial College Health Partners", "Imperial College Health Partners", "ICHP",
     ["North West London", "Hillingdon", "Ealing", "Brent"]),
    ("SL", "Health Innovation Network South London", "Health Innovation Network", "HIN South London",
     ["South East London", "South West London", "Lambeth", "Croydon"]),
    ("GMH", "Health Innovation Manchester", "Health Innovation Manchester", "HInM",
     ["Greater Manchester", "Salford", "Stockport", "Bolton", "Wigan"]),
    ("NWC", "Health Innovation North West Coast", "Innovation Agency", "HINWC",
     ["Cheshire and Merseyside", "Lancashire and South Cumbria", "Liverpool", "Blackpool"]),
]

# Integrated care boards that sent their own return: key, name, acronym, id prefix, places, hin key
ICBS = [
    ("ICB_NENC", "NHS North East and North Cumbria Integrated Care Board", "NENC ICB", "NENC",
     ["Newcastle", "Gateshead", "Sunderland", "County Durham", "Teesside", "North Cumbria", "Northumberland", "South Tyneside", "Darlington"], "NENC"),
    ("ICB_GM", "NHS Greater Manchester Integrated Care", "NHS GM", "GMIC",
     ["Greater Manchester", "Salford", "Stockport", "Bolton", "Wigan", "Oldham", "Tameside", "Rochdale", "Bury", "Trafford"], "GMH"),
    ("ICB_CIOS", "NHS Cornwall and Isles of Scilly Integrated Care Board", "CIOS ICB", "CIOS",
     ["Cornwall", "the Isles of Scilly", "West Cornwall", "North Cornwall", "Truro", "Penwith"], "SW"),
]

# Towns / sites per place (for site lists).  Keys are places; fallback uses the place itself.
TOWNS = {
    "Newcastle": ["Freeman Hospital", "Royal Victoria Infirmary", "Benwell PCN"],
    "Gateshead": ["Queen Elizabeth Hospital Gateshead", "Blaydon"],
    "Sunderland": ["Sunderland Royal Hospital", "Washington PCN"],
    "County Durham": ["University Hospital of North Durham", "Bishop Auckland", "Durham Dales PCN"],
    "Teesside": ["James Cook University Hospital", "Stockton", "Hartlepool"],
    "North Cumbria": ["Cumberland Infirmary", "West Cumberland Hospital", "Whitehaven"],
    "Northumberland": ["Hexham", "Alnwick", "Cramlington"],
    "Greater Manchester": ["Salford Royal", "Wythenshawe Hospital", "Oldham", "Bolton"],
    "Salford": ["Salford Royal", "Eccles PCN"],
    "Stockport": ["Stepping Hill Hospital", "Marple"],
    "Bolton": ["Royal Bolton Hospital", "Farnworth"],
    "Wigan": ["Royal Albert Edward Infirmary", "Leigh"],
    "Cornwall": ["Royal Cornwall Hospital (Treliske)", "Bodmin", "Camborne", "St Austell"],
    "Devon": ["Royal Devon and Exeter", "North Devon District Hospital", "Barnstaple"],
    "Bristol": ["Southmead Hospital", "Bristol Royal Infirmary"],
    "Hampshire": ["Basingstoke", "Winchester", "Andover"],
    "Dorset": ["Dorset County Hospital", "Poole", "Bournemouth"],
    "Kent and Medway": ["Medway Maritime Hospital", "Maidstone", "Ashford"],
    "Sussex": ["Royal Sussex County Hospital", "Eastbourne", "Worthing"],
    "Leeds": ["St James's University Hospital", "Leeds General Infirmary"],
    "Bradford": ["Bradford Royal Infirmary", "Airedale"],
    "West Yorkshire": ["Calderdale", "Kirklees", "Wakefield", "Pinderfields"],
    "South Yorkshire": ["Sheffield", "Rotherham", "Barnsley", "Doncaster"],
    "Birmingham and Solihull": ["Queen Elizabeth Hospital Birmingham", "Heartlands", "Solihull"],
    "Nottinghamshire": ["Queen's Medical Centre", "Mansfield", "Bassetlaw"],
    "Norfolk and Waveney": ["Norfolk and Norwich University Hospital", "Great Yarmouth", "King's Lynn"],
    "Cheshire and Merseyside": ["Aintree", "Warrington", "Wirral", "Crewe"],
    "Liverpool": ["Royal Liverpool", "Alder Hey"],
    "North West London": ["St Mary's", "Hillingdon Hospital", "Northwick Park"],
    "South East London": ["King's College Hospital", "Guy's and St Thomas'", "Lewisham"],
    "North Central London": ["UCLH", "Royal Free", "Whittington"],
    "Oxfordshire": ["John Radcliffe", "Banbury", "Witney"],
}

ENGLAND_PLACES = []  # (place, hin_key)
for _k, _n, _o, _a, _pl in HINS:
    for _p in _pl:
        ENGLAND_PLACES.append((_p, _k))

PLACE_SHORT = {
    "North East and North Cumbria": "NENC", "Greater Manchester": "GM", "Cheshire and Merseyside": "C&M",
    "Kent and Medway": "K&M", "Norfolk and Waveney": "N&W", "Birmingham and Solihull": "BSol",
    "North West London": "NWL", "South East London": "SEL", "North Central London": "NCL",
    "North East London": "NEL", "South West London": "SWL", "Cambridgeshire and Peterborough": "C&P",
    "Lancashire and South Cumbria": "L&SC", "Mid and South Essex": "MSE", "the Black Country": "Black Country",
    "Coventry and Warwickshire": "C&W", "Bath and North East Somerset": "BaNES",
}

WALES_PLACES = ["Betsi Cadwaladr", "Hywel Dda", "Swansea Bay", "Cwm Taf Morgannwg", "Cardiff and Vale",
                "Aneurin Bevan", "Powys", "North Wales", "West Wales", "South East Wales"]
SCOT_PLACES = ["NHS Highland", "NHS Grampian", "NHS Tayside", "NHS Fife", "NHS Lothian",
               "NHS Greater Glasgow and Clyde", "NHS Lanarkshire", "NHS Ayrshire and Arran",
               "NHS Dumfries and Galloway", "NHS Borders", "NHS Forth Valley", "NHS Western Isles",
               "the Highlands and Islands", "the North of Scotland"]
NI_PLACES = ["Belfast HSC Trust", "Northern HSC Trust", "South Eastern HSC Trust", "Southern HSC Trust",
             "Western HSC Trust", "the Western Trust area", "Derry/Londonderry"]

NATION = {
    "England": dict(country_forms=["England", "England", "England", "ENG", "GB-ENG", "england"],
                    scope=["England", "the NHS in England", "English ICSs", "all 42 ICSs", "the English NHS"],
                    boards="ICBs and trusts"),
    "UK": dict(country_forms=["UK", "UK", "United Kingdom", "GB", "uk"],
               scope=["the UK", "all four nations", "the UK health systems", "the four UK nations"],
               boards="health systems across the UK"),
    "Wales": dict(country_forms=["Wales", "Wales", "GB-WLS", "WLS"],
                  scope=["Wales", "NHS Wales", "all seven Welsh health boards", "the Welsh NHS"],
                  boards="the seven health boards and three NHS trusts in Wales"),
    "Scotland": dict(country_forms=["Scotland", "Scotland", "GB-SCT", "SCT"],
                     scope=["Scotland", "NHSScotland", "all 14 territorial boards", "NHS Scotland"],
                     boards="territorial and national boards in Scotland"),
    "Northern Ireland": dict(country_forms=["Northern Ireland", "Northern Ireland", "GB-NIR", "NIR"],
                             scope=["Northern Ireland", "HSC in Northern Ireland", "the five HSC trusts", "HSCNI"],
                             boards="the five HSC trusts"),
}

# ---------------------------------------------------------------------------
# Conditions and populations
# ---------------------------------------------------------------------------
CONDITIONS = {
    "lung_cancer": ["lung cancer", "lung cancer"],
    "breast_cancer": ["breast cancer"],
    "bowel_cancer": ["bowel cancer", "colorectal cancer"],
    "prostate_cancer": ["prostate cancer"],
    "ovarian_cancer": ["ovarian cancer"],
    "pancreatic_cancer": ["pancreatic cancer"],
    "skin_cancer": ["skin cancer", "melanoma and other skin cancers"],
    "blood_cancer": ["blood cancers", "haematological cancers"],
    "stroke": ["stroke", "acute stroke"],
    "fracture": ["fractures", "missed fractures"],
    "copd": ["COPD", "chronic obstructive pulmonary disease"],
    "asthma": ["asthma"],
    "ild": ["interstitial lung disease", "ILD"],
    "heart_failure": ["heart failure", "heart failure"],
    "hypertension": ["hypertension", "high blood pressure"],
    "af": ["atrial fibrillation", "AF"],
    "cholesterol": ["high cholesterol", "familial hypercholesterolaemia"],
    "type1": ["type 1 diabetes", "T1 diabetes"],
    "type2": ["type 2 diabetes", "T2DM"],
    "depression": ["depression", "low mood and depression"],
    "anxiety": ["anxiety", "anxiety disorders"],
    "eating_disorders": ["eating disorders"],
    "psychosis": ["psychosis", "first-episode psychosis"],
    "self_harm": ["self-harm"],
    "dementia": ["dementia", "Alzheimer's and other dementias"],
    "frailty": ["frailty", "moderate and severe frailty"],
    "falls": ["falls", "falls and fragility fractures"],
    "back_pain": ["low back pain", "back pain"],
    "osteoarthritis": ["osteoarthritis", "hip and knee osteoarthritis"],
    "uti": ["urinary tract infection", "UTI"],
    "sepsis": ["sepsis"],
    "ckd": ["chronic kidney disease", "CKD"],
    "glaucoma": ["glaucoma"],
    "amd": ["wet AMD", "age-related macular degeneration"],
    "retinopathy": ["diabetic retinopathy"],
    "liver": ["liver disease", "cirrhosis and fatty liver disease"],
    "hep_c": ["hepatitis C", "HCV"],
    "rare": ["rare diseases", "rare genetic conditions"],
    "sickle": ["sickle cell disease", "sickle cell"],
    "epilepsy": ["epilepsy"],
    "parkinsons": ["Parkinson's disease", "Parkinson's"],
    "ms": ["multiple sclerosis", "MS"],
    "long_covid": ["long COVID", "post-COVID syndrome"],
    "obesity": ["obesity", "severe obesity"],
    "hearing": ["hearing loss"],
    "flu": ["seasonal flu", "influenza"],
    "preeclampsia": ["pre-eclampsia"],
    "gdm": ["gestational diabetes"],
    "cardiomyopathy": ["inherited cardiac conditions", "cardiomyopathy"],
    "pain": ["chronic pain", "persistent pain"],
}

POPULATIONS = [
    ("cyp", ["children and young people", "CYP", "under-18s", "children and young people"]),
    ("older", ["older people", "people over 65", "older adults"]),
    ("carehome", ["care home residents", "people living in care homes"]),
    ("ld", ["people with a learning disability", "people with learning disabilities and autistic people"]),
    ("homeless", ["people experiencing homelessness", "homeless people"]),
    ("veterans", ["armed forces veterans", "veterans"]),
    ("perinatal", ["pregnant women and new mothers", "women in the perinatal period"]),
    ("justice", ["people in contact with the criminal justice system", "people in prison"]),
    ("grt", ["Gypsy, Roma and Traveller communities"]),
    ("coastal", ["rural and coastal communities", "coastal communities"]),
    ("ethnic", ["people from ethnic minority backgrounds", "Black and minority ethnic communities"]),
    ("smi", ["people with severe mental illness", "people with SMI"]),
    ("carers", ["unpaid carers", "carers"]),
    ("staff", ["NHS staff", "the NHS workforce"]),
    ("core20", ["people living in the most deprived 20% of areas", "Core20 populations"]),
    ("refugees", ["asylum seekers and refugees"]),
    ("students", ["students"]),
    ("women", ["women", "women and girls"]),
]

# ---------------------------------------------------------------------------
# Topics: key, name stems, phrases, technology area variants, conditions, focus, productivity
# ---------------------------------------------------------------------------
TOPICS = [
    ("ai_imaging", ["AI Imaging", "AI Diagnostics", "Imaging AI", "AI in Radiology"],
     ["AI for diagnostic imaging", "artificial intelligence in radiology", "AI-supported image reporting", "imaging AI tools"],
     ["AI / machine learning; diagnostic imaging", "Artificial intelligence (radiology)", "AI, imaging", "imaging AI"],
     ["lung_cancer", "breast_cancer", "stroke", "prostate_cancer", "fracture"], "clinical", False),
    ("pathology", ["Digital Pathology", "Pathology Digitisation"],
     ["digital pathology", "whole-slide imaging", "digitised pathology services"],
     ["digital pathology", "pathology; AI", "digital pathology & image analysis"],
     ["breast_cancer", "prostate_cancer", "bowel_cancer"], "clinical", True),
    ("remote_monitoring", ["Remote Monitoring", "Remote Patient Monitoring", "Home Monitoring"],
     ["remote monitoring", "remote patient monitoring (RPM)", "monitoring at home", "tech-enabled home monitoring"],
     ["remote monitoring; wearables", "Remote patient monitoring", "RPM / telehealth", "home monitoring"],
     ["copd", "heart_failure", "hypertension", "type2", "long_covid"], "clinical", True),
    ("virtual_wards", ["Virtual Wards", "Hospital at Home", "Virtual Ward"],
     ["virtual wards", "hospital at home", "virtual ward and hospital-at-home services"],
     ["virtual wards / hospital at home", "Virtual wards; remote monitoring", "hospital at home"],
     ["frailty", "copd", "heart_failure"], "clinical", True),
    ("genomics", ["Genomics", "Genomic Medicine", "Whole Genome Sequencing"],
     ["genomic medicine", "genomic testing", "whole genome sequencing in routine care"],
     ["genomics", "Genomics; sequencing", "genomic medicine"],
     ["rare", "blood_cancer", "sickle", "cardiomyopathy"], "clinical", False),
    ("pgx", ["Pharmacogenomics", "PGx"],
     ["pharmacogenomic testing", "PGx testing in primary care", "pharmacogenomics"],
     ["pharmacogenomics", "PGx", "genomics / prescribing"],
     ["depression", "af", "pain"], "clinical", False),
    ("digital_mh", ["Digital Mental Health", "Digital Therapies", "Online Therapy"],
     ["digital mental health tools", "digitally enabled therapies", "online CBT and digital therapeutics"],
     ["digital therapeutics; mental health apps", "Digital mental health", "DMH / DTx"],
     ["depression", "anxiety", "eating_disorders", "psychosis"], "clinical", False),
    ("poc_dx", ["Point-of-Care Testing", "Rapid Diagnostics", "Near-Patient Testing"],
     ["point-of-care diagnostics", "near-patient testing", "rapid diagnostic tests"],
     ["in vitro diagnostics; point of care", "POCT", "IVD / point-of-care testing"],
     ["sepsis", "uti", "flu", "type2"], "clinical", True),
    ("cdc", ["Community Diagnostics", "Community Diagnostic Centres", "Diagnostic Capacity"],
     ["community diagnostic centres (CDCs)", "diagnostics in community settings", "diagnostic capacity outside acute sites"],
     ["diagnostics capacity", "CDCs", "imaging, endoscopy, physiological measurement"],
     ["lung_cancer", "heart_failure", "bowel_cancer"], "clinical", True),
    ("early_cancer", ["Early Cancer Diagnosis", "Cancer Early Detection", "Early Diagnosis"],
     ["early cancer detection tests", "cancer early detection technology", "multi-cancer early detection"],
     ["screening; early diagnosis", "early cancer diagnosis", "cancer detection / screening tech"],
     ["lung_cancer", "bowel_cancer", "breast_cancer", "prostate_cancer", "ovarian_cancer", "pancreatic_cancer", "skin_cancer"], "clinical", False),
    ("cvd", ["CVD Prevention", "Cardiovascular Prevention", "Heart Health"],
     ["CVD prevention tools (BP, lipids, AF)", "CVD risk detection", "cardiovascular prevention technology"],
     ["CVD prevention", "cardiovascular; diagnostics", "cardiology / prevention"],
     ["hypertension", "af", "cholesterol", "heart_failure"], "clinical", False),
    ("diabetes_tech", ["Diabetes Technology", "Diabetes Tech", "Glucose Monitoring"],
     ["diabetes technology (CGM, hybrid closed loop)", "continuous glucose monitoring", "digital diabetes care"],
     ["diabetes technology", "CGM / HCL", "medtech (diabetes)"],
     ["type1", "type2", "gdm"], "clinical", False),
    ("respiratory", ["Respiratory", "Respiratory Care", "Breathing Space"],
     ["digital respiratory tools", "respiratory diagnostics", "digital pulmonary rehab"],
     ["respiratory", "spirometry; pulmonary rehab", "respiratory digital"],
     ["copd", "asthma", "ild"], "clinical", False),
    ("maternity", ["Digital Maternity", "Maternity Innovation", "Maternity"],
     ["digital maternity tools", "maternity monitoring technology", "digital maternity records"],
     ["maternity digital", "maternity / neonatal", "digital maternity"],
     ["preeclampsia", "gdm"], "clinical", False),
    ("frailty", ["Frailty", "Falls Prevention", "Ageing Well"],
     ["frailty identification tools", "falls prevention technology", "proactive care models for older people"],
     ["frailty; falls detection", "ageing well", "assistive technology / frailty"],
     ["frailty", "falls"], "clinical", False),
    ("dementia", ["Dementia", "Dementia Diagnosis", "Dementia Care"],
     ["dementia diagnosis tools", "assistive technology for dementia", "digital memory assessment"],
     ["dementia", "neurodegeneration; diagnostics", "assistive tech (dementia)"],
     ["dementia"], "clinical", False),
    ("stroke", ["Stroke", "Stroke Pathway", "Stroke Imaging"],
     ["stroke imaging AI", "thrombectomy pathway tools", "acute stroke technology"],
     ["stroke", "stroke imaging; AI", "acute stroke"],
     ["stroke"], "clinical", False),
    ("msk", ["MSK", "Musculoskeletal", "MSK Digital"],
     ["digital MSK physiotherapy", "MSK triage tools", "MSK self-management apps"],
     ["MSK", "musculoskeletal; digital physio", "MSK pathways"],
     ["back_pain", "osteoarthritis", "pain"], "clinical", True),
    ("amr", ["AMR", "Antimicrobial Stewardship", "Antimicrobial Resistance"],
     ["AMR diagnostics", "antimicrobial stewardship tools", "rapid tests for antibiotic prescribing"],
     ["AMR", "diagnostics (AMR)", "antimicrobial stewardship"],
     ["uti", "sepsis"], "clinical", False),
    ("deterioration", ["Deterioration", "Early Warning", "Deteriorating Patient"],
     ["digital early warning (NEWS2) systems", "deterioration detection tools", "e-observations"],
     ["patient safety; early warning scores", "deterioration / NEWS2", "e-obs"],
     ["sepsis"], "clinical", False),
    ("sde", ["Secure Data Environment", "Health Data", "Trusted Research Environment"],
     ["secure data environments for research", "linked health data for research", "trusted research environments"],
     ["data platforms; TREs", "secure data environment", "health data / data access"],
     [], "non-clinical", False),
    ("cds", ["Clinical Decision Support", "Decision Support", "Clinical Algorithms"],
     ["clinical decision support", "decision support tools", "algorithm-based decision support"],
     ["CDS", "clinical decision support software", "decision support / AI"],
     ["sepsis", "af", "ckd"], "clinical", False),
    ("epr", ["EPR", "Electronic Patient Records", "Frontline Digitisation"],
     ["electronic patient records", "EPR implementation", "frontline digitisation"],
     ["EPR; frontline digitisation", "electronic patient record", "digital records"],
     [], "both", True),
    ("interop", ["Interoperability", "Shared Care Records", "Data Sharing"],
     ["interoperability and shared care records", "data sharing between care settings", "shared care records"],
     ["interoperability; shared care records", "interoperability / FHIR", "data sharing"],
     [], "non-clinical", True),
    ("cyber", ["Cyber Security", "Cyber Resilience"],
     ["cyber security", "cyber resilience of NHS systems", "cyber security of connected devices"],
     ["cyber security", "cyber", "information security"],
     [], "non-clinical", False),
    ("automation", ["Automation", "Intelligent Automation", "RPA"],
     ["robotic process automation in back-office functions", "intelligent automation", "automation of administrative tasks"],
     ["RPA; automation", "intelligent automation", "robotic process automation"],
     [], "non-clinical", True),
    ("workforce_tech", ["E-Rostering", "Workforce Digital", "Digital Staff Passport"],
     ["e-rostering and e-job planning", "digital workforce deployment", "digital staff passports"],
     ["workforce systems", "e-rostering / e-job planning", "workforce tech"],
     [], "non-clinical", True),
    ("patient_apps", ["Digital Front Door", "Patient-Facing Digital", "NHS App"],
     ["patient-facing digital services", "the digital front door", "NHS App-integrated services"],
     ["patient-facing apps", "PFDS / NHS App", "digital front door"],
     [], "both", True),
    ("online_consult", ["Online Consultation", "Digital Primary Care", "Video Consultation"],
     ["online and video consultation", "digital-first primary care", "remote consultation"],
     ["online consultation", "digital primary care", "video consultation"],
     [], "both", True),
    ("medtech", ["MedTech", "Medical Technology", "HealthTech"],
     ["medical technologies", "proven medtech", "medical devices and diagnostics"],
     ["medical devices", "medtech", "devices & diagnostics"],
     ["heart_failure", "type1", "copd", "osteoarthritis"], "clinical", False),
    ("robotics", ["Robotic Surgery", "Surgical Robotics", "Robot-Assisted Surgery"],
     ["robot-assisted surgery", "surgical robotics", "robotic surgical systems"],
     ["surgical robotics", "robotics", "robot-assisted surgery"],
     ["prostate_cancer", "bowel_cancer"], "clinical", True),
    ("theatres", ["Theatre Productivity", "Elective Recovery", "Surgical Hubs"],
     ["theatre scheduling tools", "waiting list management software", "elective hub productivity tools"],
     ["theatre scheduling software", "elective recovery; scheduling", "waiting list validation"],
     [], "non-clinical", True),
    ("phm", ["Population Health Management", "PHM", "Population Health"],
     ["population health management tools", "risk stratification tools", "population health analytics"],
     ["PHM; analytics", "population health management", "risk stratification"],
     ["type2", "hypertension", "frailty"], "both", False),
    ("social_rx", ["Social Prescribing", "Community Connectors"],
     ["social prescribing", "link worker schemes", "social prescribing platforms"],
     ["social prescribing", "non-clinical community support", "link workers"],
     [], "non-clinical", False),
    ("inclusion", ["Digital Inclusion", "Digital Access"],
     ["digital inclusion support", "digital skills support for patients", "assisted digital access"],
     ["digital inclusion", "digital skills", "access / inclusion"],
     [], "non-clinical", False),
    ("net_zero", ["Net Zero", "Greener NHS", "Sustainable Healthcare"],
     ["low-carbon care models", "net zero innovations", "sustainable healthcare products"],
     ["sustainability / net zero", "low carbon", "green healthcare"],
     ["asthma"], "non-clinical", False),
    ("inequalities", ["Health Inequalities", "Core20PLUS5", "Health Equity"],
     ["targeted outreach for under-served groups", "Core20PLUS5 interventions", "approaches that reduce healthcare inequalities"],
     ["health inequalities", "HI / Core20PLUS5", "equity"],
     ["hypertension", "copd", "ckd"], "both", False),
    ("cyp_mh", ["CYP Mental Health", "Children's Mental Health", "Youth Mental Health"],
     ["CYP mental health support", "digital support for young people's mental health", "school-based mental health support"],
     ["CYP mental health", "mental health (children)", "youth MH"],
     ["anxiety", "eating_disorders", "self_harm"], "clinical", False),
    ("care_homes", ["Digital Social Care", "Care Home Technology", "Care Tech"],
     ["technology in care homes", "digital social care records", "care technology"],
     ["social care tech", "DSCR / care home tech", "care technology"],
     ["falls", "dementia"], "both", True),
    ("eol", ["End of Life Care", "Palliative Care"],
     ["palliative care innovations", "digital advance care planning", "palliative care at home"],
     ["palliative care", "EoLC", "end of life"],
     [], "clinical", False),
    ("renal", ["Kidney Care", "Renal", "Home Dialysis"],
     ["home dialysis technology", "CKD detection tools", "renal remote monitoring"],
     ["renal", "kidney", "dialysis technology"],
     ["ckd"], "clinical", False),
    ("eye", ["Eye Care", "Ophthalmology", "Eye Health"],
     ["AI retinal screening", "community eye care technology", "ophthalmic imaging"],
     ["ophthalmology", "eye care; AI", "retinal imaging"],
     ["glaucoma", "amd", "retinopathy"], "clinical", True),
    ("derm", ["Teledermatology", "Dermatology", "Skin Lesion"],
     ["teledermatology", "AI triage of skin lesions", "dermatology pathways"],
     ["teledermatology", "dermatology AI", "dermoscopy"],
     ["skin_cancer"], "clinical", True),
    ("liver", ["Liver Health", "Hepatology", "Liver Disease"],
     ["liver disease detection tools", "community liver scanning", "liver health checks"],
     ["hepatology", "liver diagnostics", "fibroscan / liver"],
     ["liver", "hep_c"], "clinical", False),
    ("rare", ["Rare Diseases", "Rare Conditions"],
     ["rare disease diagnostics", "tools for rare conditions", "rare disease registries"],
     ["rare disease", "rare diseases; genomics", "RD"],
     ["rare", "sickle"], "clinical", False),
    ("vaccines", ["Vaccination", "Immunisation", "Vaccine Uptake"],
     ["vaccine delivery innovations", "immunisation call/recall tools", "vaccine uptake tools"],
     ["vaccines", "immunisation", "vaccine delivery"],
     ["flu"], "clinical", False),
    ("uec", ["Urgent and Emergency Care", "Ambulance Innovation", "UEC"],
     ["urgent care innovations", "ambulance and 111 technology", "same-day emergency care models"],
     ["UEC", "ambulance / 111", "urgent care"],
     [], "both", True),
    ("medicines", ["Medicines Optimisation", "Pharmacy Innovation", "Medicines Safety"],
     ["medicines optimisation tools", "structured medication reviews", "community pharmacy services"],
     ["medicines optimisation", "pharmacy", "prescribing"],
     ["hypertension", "asthma", "pain"], "clinical", True),
    ("ai_reg", ["AI Regulation", "Software as a Medical Device", "AI Assurance"],
     ["AI and software as a medical device", "AI as a medical device (AIaMD)", "software as a medical device"],
     ["SaMD / AIaMD", "AI regulation", "software as a medical device"],
     [], "both", False),
    ("evidence", ["Real-World Evidence", "Evidence Generation", "Health Economics"],
     ["real-world evidence tools", "health economic modelling for innovators", "evidence generation methods"],
     ["RWE", "health economics; evidence", "real world evidence"],
     [], "both", False),
    ("safety", ["Patient Safety", "Safety Improvement", "Medication Safety"],
     ["patient safety tools", "safety improvement approaches", "medication safety technology"],
     ["patient safety", "safety improvement", "PSIRF"],
     ["sepsis", "falls"], "clinical", False),
    ("estates", ["Estates and Facilities", "Smart Hospitals", "Hospital Logistics"],
     ["smart estates technology", "hospital logistics systems", "facilities management technology"],
     ["estates / FM", "smart hospital", "logistics"],
     [], "non-clinical", True),
    ("supply", ["Supply Chain", "Procurement Innovation", "Value-Based Procurement"],
     ["supply chain technology", "value-based procurement", "e-procurement systems"],
     ["procurement", "supply chain", "VBP"],
     [], "non-clinical", True),
    ("trials", ["Clinical Trials Delivery", "Decentralised Trials", "Commercial Research"],
     ["decentralised trial technology", "digital trial recruitment tools", "trial delivery platforms"],
     ["clinical trials", "DCTs", "research delivery"],
     [], "both", True),
    ("atmp", ["Advanced Therapies", "Cell and Gene Therapy", "ATMP"],
     ["advanced therapy medicinal products (ATMPs)", "cell and gene therapies", "advanced therapies"],
     ["ATMPs", "cell & gene therapy", "advanced therapies"],
     ["rare", "blood_cancer"], "clinical", False),
    ("printing", ["3D Printing", "Additive Manufacturing", "Point-of-Care Manufacturing"],
     ["3D printing at point of care", "additive manufacturing for implants and guides", "point-of-care manufacturing"],
     ["3D printing", "additive manufacturing", "PoC manufacturing"],
     [], "clinical", False),
    ("rehab", ["Rehabilitation Technology", "Assistive Technology", "Rehab Tech"],
     ["rehabilitation and assistive technology", "robotic and VR rehabilitation", "assistive technology"],
     ["rehab tech; VR", "assistive technology", "rehabilitation"],
     ["stroke", "ms", "parkinsons"], "clinical", False),
    ("oral", ["Oral Health", "Dental Innovation", "Dentistry"],
     ["dental innovations", "oral health technology", "teledentistry"],
     ["dental", "oral health", "dentistry"],
     [], "clinical", False),
    ("audiology", ["Hearing", "Audiology", "Hearing Health"],
     ["hearing technology", "community audiology tools", "hearing loss screening"],
     ["audiology", "hearing tech", "hearing"],
     ["hearing"], "clinical", False),
    ("obesity", ["Weight Management", "Obesity", "Healthy Weight"],
     ["digital weight management", "weight management services", "obesity treatments"],
     ["weight management", "obesity; digital", "DWMP"],
     ["obesity", "type2"], "clinical", False),
    ("long_covid", ["Long COVID", "Post-COVID Services", "Post-COVID Recovery"],
     ["long COVID rehabilitation tools", "post-COVID assessment services", "digital long COVID support"],
     ["long COVID", "post-COVID", "rehab (long COVID)"],
     ["long_covid"], "clinical", False),
    ("ai_general", ["AI", "Artificial Intelligence", "AI in Health and Care"],
     ["artificial intelligence", "AI and data-driven technologies", "machine learning"],
     ["AI / ML", "artificial intelligence", "data-driven technology"],
     [], "both", True),
    ("wearables", ["Wearables", "Connected Devices", "Sensor Technology"],
     ["wearable sensors", "connected medical devices", "wearable technology"],
     ["wearables", "sensors; IoT", "connected devices"],
     ["af", "parkinsons", "epilepsy"], "clinical", False),
    ("neuro", ["Neurology", "Epilepsy Care", "Neurosciences"],
     ["neurology technology", "epilepsy monitoring devices", "neuro-rehabilitation tools"],
     ["neurology", "neuro", "neurosciences"],
     ["epilepsy", "parkinsons", "ms"], "clinical", False),
    ("ppie", ["Patient Involvement", "Public Engagement", "Co-production"],
     ["patient and public involvement methods", "co-production with patients", "public engagement tools"],
     ["PPIE", "public involvement", "co-production"],
     [], "both", False),
    ("skills", ["Digital Skills", "Digital Leadership", "Informatics Workforce"],
     ["digital skills training", "informatics leadership development", "data skills training for staff"],
     ["digital skills", "informatics", "workforce development"],
     [], "non-clinical", False),
    ("innovation", ["Health Innovation", "Innovation", "HealthTech"],
     ["health innovation", "healthtech", "innovation in health and care"],
     ["health innovation (general)", "healthtech", "cross-cutting"],
     [], "both", False),
    ("life_sci", ["Life Sciences", "Life Sciences Growth", "Bioscience"],
     ["life sciences products", "medtech and bioscience products", "UK-made health technologies"],
     ["life sciences", "bioscience", "life sciences / manufacturing"],
     [], "both", False),
    ("sickle_cell", ["Sickle Cell", "Haemoglobinopathies"],
     ["sickle cell care innovations", "haemoglobinopathy diagnostics", "sickle cell self-management apps"],
     ["haematology", "sickle cell", "haemoglobinopathies"],
     ["sickle"], "clinical", False),
]
TOPIC_INDEX = {t[0]: i for i, t in enumerate(TOPICS)}

# ---------------------------------------------------------------------------
# Programme models.
# key, nouns, activity types (slugs), instrument types (slugs), offers funding, recipients,
# stage keys, driver keys, group keys, default role, scale, budget (lo, hi), participants,
# has rounds, mechanism sentences, class for uniqueness
# ---------------------------------------------------------------------------
MODELS = [
    dict(key="accelerator", nouns=["Accelerator", "Accelerator Programme", "Innovation Accelerator", "Scale-up Accelerator"],
         acts=["networking-and-brokerage", "training-and-skills", "information-and-signposting"],
         instr=["technology-extension-and-advisory-services", "networking-and-collaborative-platforms"],
         funding="partly", recip="innovators", stages=["comm", "adopt"], drivers=["rel", "skills"],
         groups=["innovators", "industry"], role="deliverer", budget=(400000, 15000000), who="innovators",
         rounds=True, cls="support",
         mech=["Supports {who} with proven {tp} to scale across {scope}: mentoring, peer learning and brokered introductions to NHS buyers.",
               "A year of tailored support for high-potential {tp} innovations{cond_for}, covering market access, evidence and procurement.",
               "Helps small firms get {tp} products NHS-ready (evidence, DTAC, pricing) and into first contracts.",
               "Each innovator gets a bursary, a named mentor and access to an expert panel of commissioners and clinicians."]),
    dict(key="fellowship", nouns=["Fellowship", "Fellowship Programme", "Fellowships", "Clinical Fellowship Scheme"],
         acts=["training-and-skills", "funding"], instr=["fellowships-and-scholarships"],
         funding="yes", recip="innovators", stages=["early", "late"], drivers=["skills"],
         groups=["clinicians", "researchers"], role="funder", budget=(200000, 8000000), who="fellows",
         rounds=True, cls="people",
         mech=["Funds protected time for clinicians and other NHS staff to lead {tp} projects{place_in}.",
               "Fellows spend up to two days a week on an innovation project, with a bursary, mentoring and an academic supervisor.",
               "Fellowships for early-career researchers and clinicians working on {tp}{cond_for}.",
               "Salary support plus research costs for up to three years; host organisation must release the fellow."]),
    dict(key="test_bed", nouns=["Test Bed", "Test Beds", "Testbed Programme", "Real-World Test Bed"],
         acts=["infrastructure", "evaluation-and-evidence", "funding"],
         instr=["research-infrastructure-support", "networking-and-collaborative-platforms"],
         funding="yes", recip="both", stages=["rwe", "adopt"], drivers=["evidence", "rel"],
         groups=["innovators", "adopters"], role="deliverer", budget=(1000000, 20000000), who="partnerships",
         rounds=True, cls="test",
         mech=["Real-world testing of combinations of {tp} technologies in live NHS settings{place_in}, with independent evaluation.",
               "Brings NHS organisations and industry together to test {tp} at scale before wider adoption.",
               "Sites trial several products side by side to generate real-world evidence on outcomes, workforce impact and cost.",
               "Test bed sites host innovators, provide clinical leads and data, and share learning through a national network."]),
    dict(key="challenge", nouns=["Challenge Fund", "Challenge", "Innovation Challenge", "Grand Challenge"],
         acts=["funding"], instr=["challenges-prizes-and-awards", "grants-for-business-rnd-and-innovation"],
         funding="yes", recip="innovators", stages=["early", "late"], drivers=["funding"],
         groups=["innovators", "industry"], role="funder", budget=(250000, 25000000), who="applicants",
         rounds=True, cls="fund",
         mech=["Competitive funding for solutions to a defined NHS problem in {tp}{cond_for}.",
               "Applicants respond to challenge statements co-written with clinicians and patients.",
               "Two-phase challenge: feasibility awards, then a smaller number of development contracts.",
               "Funds collaborative projects between industry, academia and the NHS on {tp}."]),
    dict(key="award", nouns=["Award", "Awards", "Innovation Award", "Development Award"],
         acts=["funding", "evaluation-and-evidence"], instr=["grants-for-business-rnd-and-innovation", "challenges-prizes-and-awards"],
         funding="yes", recip="innovators", stages=["late", "rwe", "adopt"], drivers=["funding", "evidence"],
         groups=["innovators", "adopters"], role="funder", budget=(1000000, 140000000), who="award holders",
         rounds=True, cls="fund",
         mech=["Phased awards taking {tp} from feasibility through real-world testing to deployment.",
               "Awards support late-stage development and real-world evaluation of {tp}{cond_for}.",
               "Winners get funding plus support to gather the evidence NICE and commissioners need.",
               "Phase 4 awards fund deployment and evaluation in several NHS sites at once."]),
    dict(key="adoption_fund", nouns=["Adoption Fund", "Adoption and Spread Fund", "Transformation Fund", "Uptake Fund"],
         acts=["funding", "procurement-and-commissioning"], instr=["procurement-for-rnd-and-innovation", "institutional-funding-for-public-research"],
         funding="yes", recip="adopters", stages=["adopt"], drivers=["funding"],
         groups=["adopters", "managers"], role="funder", budget=(500000, 30000000), who="NHS organisations",
         rounds=True, cls="fund",
         mech=["Pump-priming money for NHS organisations to adopt {tp}{cond_for}, covering double running, backfill and training.",
               "Non-recurrent funding to help systems take up proven {tp}; recipients must commit to recurrent funding after year two.",
               "Helps providers overcome practical obstacles to adopting {tp} (kit, training, pathway redesign).",
               "Matched funding for ICBs to scale {tp} that already has NICE or national endorsement."]),
    dict(key="sbri", nouns=["SBRI Competition", "SBRI Challenge", "Small Business Research Initiative competition", "SBRI"],
         acts=["procurement-and-commissioning", "funding"], instr=["procurement-for-rnd-and-innovation"],
         funding="yes", recip="innovators", stages=["early", "late"], drivers=["funding"],
         groups=["innovators", "industry"], role="funder", budget=(300000, 10000000), who="companies",
         rounds=True, cls="fund",
         mech=["Pre-commercial procurement: 100% funded contracts for companies to develop {tp}{cond_for}.",
               "Phase 1 feasibility contracts (up to 6 months) followed by Phase 2 prototype development contracts.",
               "Contracts, not grants: the NHS sets the problem and companies keep the IP.",
               "Open to organisations of any size, though most contracts go to SMEs."]),
    dict(key="catalyst", nouns=["Catalyst", "Catalyst Fund", "Technology Catalyst", "Innovation Catalyst"],
         acts=["funding"], instr=["grants-for-business-rnd-and-innovation"],
         funding="yes", recip="innovators", stages=["early", "late", "comm"], drivers=["funding"],
         groups=["innovators", "industry", "researchers"], role="funder", budget=(2000000, 60000000), who="businesses and researchers",
         rounds=True, cls="fund",
         mech=["Match-funds development of {tp} by SMEs and academics, from feasibility to late-stage projects.",
               "Grant funding for business-led R&D in {tp}; SMEs can claim up to 70% of eligible costs.",
               "Supports companies to establish the evidence needed to get {tp} products into the NHS.",
               "Feasibility, primer and late-stage award strands, each with its own competition."]),
    dict(key="research_call", nouns=["Research Programme", "Themed Call", "Research Call", "Funding Call"],
         acts=["funding", "evaluation-and-evidence"], instr=["project-grants-for-public-research"],
         funding="yes", recip="innovators", stages=["early", "rwe"], drivers=["evidence"],
         groups=["researchers", "clinicians"], role="funder", budget=(500000, 40000000), who="research teams",
         rounds=True, cls="research",
         mech=["Commissions research on the effectiveness and cost-effectiveness of {tp}{cond_for}.",
               "Researcher-led and commissioned streams; applications assessed by an independent funding committee.",
               "Funds applied health research into {tp}, with a requirement for PPIE throughout.",
               "Highlight notice inviting applications on {tp}{pop_for}."]),
    dict(key="infrastructure", nouns=["Research Centre", "HealthTech Research Centre", "MedTech Co-operative", "Innovation Centre", "Research Hub"],
         acts=["infrastructure", "evaluation-and-evidence"], instr=["research-infrastructure-support", "institutional-funding-for-public-research", "centres-of-excellence-grants"],
         funding="yes", recip="innovators", stages=["early", "late"], drivers=["evidence", "rel"],
         groups=["researchers", "innovators"], role="funder", budget=(1500000, 90000000), who="host institutions",
         rounds=False, cls="infra",
         mech=["Infrastructure funding for a centre of expertise in {tp}, hosted by an NHS trust with university partners.",
               "Provides clinical and methodological expertise to companies developing {tp}{cond_for}.",
               "Core funding for staff, facilities and a pipeline of projects with industry.",
               "Five-year infrastructure award; host must demonstrate patient benefit and leverage."]),
    dict(key="evaluation", nouns=["Rapid Evaluation Centre", "Evaluation Unit", "Evaluation Programme", "Evidence Review Service"],
         acts=["evaluation-and-evidence"], instr=["policy-intelligence"],
         funding="no", recip=None, stages=["rwe", "cross"], drivers=["evidence"],
         groups=["adopters", "managers"], role="deliverer", budget=(500000, 8000000), who="evaluation teams",
         rounds=False, cls="eval",
         mech=["Rapid evaluations of service innovations and {tp}, reporting in months rather than years.",
               "Independent evaluation of national programmes, with interim findings shared with policy leads as they emerge.",
               "Combines quantitative analysis of routine data with qualitative fieldwork across sites.",
               "Evidence reviews on {tp} commissioned by national bodies, turned round in 6-12 weeks."]),
    dict(key="network", nouns=["Network", "Innovation Network", "Clinical Network", "Community of Practice", "Collaborative"],
         acts=["networking-and-brokerage", "information-and-signposting"], instr=["networking-and-collaborative-platforms"],
         funding="no", recip=None, stages=["adopt", "cross"], drivers=["rel"],
         groups=["clinicians", "managers", "innovators"], role="deliverer", budget=(100000, 3000000), who="members",
         rounds=False, cls="network",
         mech=["Brings together clinicians, managers and innovators working on {tp} to share practice and spread what works.",
               "Network of leads in each organisation, with regular events, an online forum and shared resources.",
               "Connects local and regional {tp} activity with national policy leads.",
               "Members co-design improvement work and host site visits."]),
    dict(key="pathfinder", nouns=["Pathfinder", "Pathfinders", "Pathfinder Programme", "Vanguard"],
         acts=["funding", "evaluation-and-evidence"], instr=["procurement-for-rnd-and-innovation", "networking-and-collaborative-platforms"],
         funding="yes", recip="adopters", stages=["adopt", "rwe"], drivers=["funding", "evidence"],
         groups=["adopters", "managers"], role="deliverer", budget=(500000, 25000000), who="sites",
         rounds=True, cls="test",
         mech=["Selected systems test new models of care using {tp}{cond_for}, with evaluation built in from the start.",
               "Pathfinder sites receive funding and support to redesign pathways around {tp}.",
               "Learning from the sites will inform national guidance and a wider roll-out.",
               "Sites chosen through an expression-of-interest process; each has a clinical and a digital lead."]),
    dict(key="exemplar", nouns=["Exemplar", "Exemplars", "Digital Exemplar Programme", "Fast Follower Programme"],
         acts=["funding", "infrastructure"], instr=["procurement-for-rnd-and-innovation"],
         funding="yes", recip="adopters", stages=["adopt"], drivers=["funding", "skills"],
         groups=["adopters", "managers"], role="funder", budget=(2000000, 120000000), who="trusts",
         rounds=True, cls="test",
         mech=["Funds digitally advanced organisations to become exemplars in {tp} and share blueprints with fast followers.",
               "Exemplars and fast followers paired to speed up adoption of {tp}.",
               "Match funding for trusts to reach a defined level of digital maturity in {tp}.",
               "Blueprints published so other organisations can reuse what worked."]),
    dict(key="payment", nouns=["Payment", "Tariff", "Funding Mandate", "Reimbursement Scheme"],
         acts=["procurement-and-commissioning", "funding"], instr=["procurement-for-rnd-and-innovation"],
         funding="yes", recip="adopters", stages=["adopt"], drivers=["funding"],
         groups=["adopters", "innovators"], role="policy", budget=(3000000, 60000000), who="providers",
         rounds=True, cls="pay",
         mech=["Removes financial barriers by funding the adoption of selected {tp} products centrally.",
               "Products selected through a competitive process; providers order at zero cost to them.",
               "Commissioners are expected to fund technologies that meet the criteria; NHS organisations report uptake.",
               "Targets low-cost innovations that save money and improve outcomes."]),
    dict(key="regulatory", nouns=["Sandbox", "Regulatory Sandbox", "Innovation Pathway", "Licensing and Access Pathway", "Innovation Passport"],
         acts=["regulatory-advice"], instr=["emerging-technology-regulation", "regulatory-oversight-and-ethics-bodies"],
         funding="no", recip=None, stages=["late", "comm"], drivers=["evidence", "motiv"],
         groups=["innovators", "industry"], role="policy", budget=(300000, 6000000), who="developers",
         rounds=True, cls="reg",
         mech=["Regulatory sandbox in which developers of {tp} test products with the regulator before approval.",
               "Joined-up route to market combining regulatory, HTA and NHS input for {tp}.",
               "Products that enter the pathway get a target development profile and a named contact.",
               "Findings feed into future regulatory guidance for {tp}."]),
    dict(key="advice", nouns=["Advice Service", "Support Service", "Navigator", "Innovation Service", "Helpdesk"],
         acts=["information-and-signposting", "regulatory-advice"], instr=["technology-extension-and-advisory-services", "information-services-and-datasets"],
         funding="no", recip=None, stages=["late", "comm", "adopt"], drivers=["evidence"],
         groups=["innovators"], role="deliverer", budget=(150000, 4000000), who="innovators",
         rounds=False, cls="support",
         mech=["Single point of access for innovators with questions about regulation, evidence, commissioning and procurement for {tp}.",
               "Free signposting and one-to-one advice; enquiries triaged within five working days.",
               "Online service plus specialist advisers seconded from partner organisations.",
               "Advice covers DTAC, NICE evidence standards, data protection and MHRA classification."]),
    dict(key="guidance", nouns=["Evidence Standards Framework", "Early Value Assessment", "Evaluation Framework", "Assessment Programme", "Guidance Programme"],
         acts=["evaluation-and-evidence", "regulatory-advice"], instr=["standards-and-certification", "policy-intelligence"],
         funding="no", recip=None, stages=["rwe", "adopt"], drivers=["evidence"],
         groups=["innovators", "adopters", "commissioners"], role="policy", budget=(200000, 5000000), who="developers",
         rounds=False, cls="reg",
         mech=["Sets out the evidence developers of {tp} should provide for commissioners to judge value.",
               "Rapid assessments of promising {tp}, with conditional recommendations while evidence is generated.",
               "Guidance used by commissioners and developers; updated after public consultation.",
               "Assessments focus on unmet need and identify evidence gaps to be filled within three years."]),
    dict(key="training", nouns=["Academy", "Training Programme", "Leadership Programme", "Skills Programme", "Bootcamp"],
         acts=["training-and-skills"], instr=["fellowships-and-scholarships", "technology-extension-and-advisory-services"],
         funding="no", recip=None, stages=["cross", "adopt"], drivers=["skills"],
         groups=["clinicians", "managers"], role="deliverer", budget=(100000, 6000000), who="participants",
         rounds=True, cls="people",
         mech=["Builds the skills NHS staff need to lead adoption of {tp}: change management, evaluation, procurement.",
               "Blended learning over six months, with action learning sets and a work-based project.",
               "Places for clinicians, managers and analysts; fully funded by the programme.",
               "Participants complete an improvement project in their own organisation."]),
    dict(key="strategy", nouns=["Strategy", "Plan", "Delivery Plan", "Framework", "Roadmap"],
         acts=["other"], instr=["national-strategies-and-plans"],
         funding="no", recip=None, stages=["cross"], drivers=["motiv"],
         groups=["managers", "commissioners"], role="policy", budget=(0, 0), who="system leaders",
         rounds=False, cls="policy",
         mech=["Sets the national direction for {tp}, with commitments for the next five years.",
               "Cross-government plan with milestones for {tp}, owned by a senior responsible officer.",
               "Defines priorities, roles and success measures for {tp} across the system.",
               "Published after engagement with patients, clinicians and industry; progress reported annually."]),
    dict(key="data_service", nouns=["Data Service", "Data Hub", "Registry", "Observatory", "Dashboard"],
         acts=["infrastructure", "information-and-signposting"], instr=["information-services-and-datasets"],
         funding="no", recip=None, stages=["rwe", "cross"], drivers=["evidence"],
         groups=["researchers", "managers", "innovators"], role="deliverer", budget=(300000, 30000000), who="users",
         rounds=False, cls="data",
         mech=["Provides curated data on {tp} to researchers, innovators and NHS planners through a secure platform.",
               "National dataset and dashboards tracking uptake of {tp} by organisation.",
               "Access via an approvals process; data linked to HES and primary care records.",
               "Publishes quarterly uptake figures so systems can benchmark themselves."]),
    dict(key="voucher", nouns=["Voucher Scheme", "Innovation Vouchers", "Voucher Programme"],
         acts=["funding", "information-and-signposting"], instr=["innovation-vouchers"],
         funding="yes", recip="innovators", stages=["early", "late"], drivers=["funding", "rel"],
         groups=["innovators", "industry"], role="funder", budget=(100000, 3000000), who="SMEs",
         rounds=True, cls="fund",
         mech=["Small vouchers for SMEs to buy expert help (clinical input, health economics, usability testing) on {tp}.",
               "Vouchers of up to £5,000 redeemable with approved providers.",
               "Quick, light-touch application; decisions within four weeks.",
               "Aimed at first-time innovators who have not worked with the NHS before."]),
    dict(key="prize", nouns=["Prize", "Challenge Prize", "Inducement Prize"],
         acts=["funding"], instr=["challenges-prizes-and-awards"],
         funding="yes", recip="innovators", stages=["early"], drivers=["funding", "ppie"],
         groups=["innovators", "patients and public"], role="funder", budget=(100000, 10000000), who="teams",
         rounds=False, cls="fund",
         mech=["Challenge prize rewarding the team that best solves a problem in {tp}{cond_for}.",
               "Finalists receive development grants; the winner takes the main prize.",
               "Judged by a panel including patients, clinicians and investors.",
               "Open to anyone: companies, universities, charities and individuals."]),
    dict(key="horizon", nouns=["Horizon Scanning Programme", "Horizon Scanning Service", "Innovation Observatory", "Intelligence Unit"],
         acts=["evaluation-and-evidence", "information-and-signposting"], instr=["policy-intelligence"],
         funding="no", recip=None, stages=["early", "cross"], drivers=["evidence"],
         groups=["managers", "commissioners"], role="deliverer", budget=(200000, 4000000), who="policy leads",
         rounds=False, cls="eval",
         mech=["Identifies emerging {tp} likely to affect the NHS in the next 2-5 years.",
               "Horizon scanning reports shared with commissioners, NICE and policy teams.",
               "Tracks the pipeline of {tp} products and flags those ready for assessment.",
               "Uses databases, expert panels and company engagement."]),
    dict(key="procurement", nouns=["Procurement Framework", "Dynamic Purchasing System", "Buying Framework", "Commercial Framework"],
         acts=["procurement-and-commissioning"], instr=["procurement-for-rnd-and-innovation", "standards-and-certification"],
         funding="no", recip=None, stages=["comm", "adopt"], drivers=["funding"],
         groups=["adopters", "innovators"], role="deliverer", budget=(0, 0), who="suppliers",
         rounds=False, cls="pay",
         mech=["Compliant route for NHS organisations to buy {tp} without running a full tender.",
               "Suppliers pre-assessed against clinical, technical and information governance standards.",
               "Call-off contracts with standard terms; savings tracked centrally.",
               "Lots cover software, hardware and implementation services."]),
    dict(key="investment", nouns=["Investment Fund", "Venture Fund", "Co-investment Fund", "Loan Fund"],
         acts=["funding"], instr=["equity-financing", "loans-and-credits-for-innovation"],
         funding="yes", recip="innovators", stages=["comm"], drivers=["funding"],
         groups=["innovators", "industry"], role="funder", budget=(5000000, 200000000), who="companies",
         rounds=False, cls="fund",
         mech=["Equity investment alongside private investors in growth-stage {tp} companies.",
               "Patient capital for UK companies scaling {tp}; investments of £1m to £10m.",
               "Loans for late-stage development where private finance is not available.",
               "Fund managed at arm's length by an FCA-regulated manager."]),
    dict(key="ktp", nouns=["Knowledge Transfer Partnership", "Secondment Scheme", "Knowledge Exchange Programme", "Industry Placement Scheme"],
         acts=["networking-and-brokerage", "training-and-skills"], instr=["labour-mobility-regulation"],
         funding="yes", recip="innovators", stages=["late", "comm"], drivers=["rel", "skills"],
         groups=["innovators", "researchers"], role="funder", budget=(200000, 5000000), who="associates",
         rounds=True, cls="people",
         mech=["Places graduates or NHS staff in companies working on {tp}, jointly supervised with a university.",
               "Two-way secondments between the NHS and industry to build understanding of {tp}.",
               "Part-funded placements of 12-36 months.",
               "Partnerships must show a strategic project with measurable business benefit."]),
    dict(key="improvement", nouns=["Improvement Programme", "Quality Improvement Collaborative", "Spread Programme", "Adoption and Spread Programme", "Scale-up Programme"],
         acts=["training-and-skills", "networking-and-brokerage", "evaluation-and-evidence"], instr=["networking-and-collaborative-platforms"],
         funding="partly", recip="adopters", stages=["adopt"], drivers=["skills", "rel"],
         groups=["adopters", "clinicians", "managers"], role="deliverer", budget=(300000, 12000000), who="teams",
         rounds=True, cls="support",
         mech=["Supports teams to spread {tp} that has worked elsewhere, using QI methods and implementation support.",
               "Collaborative of teams, each with a small grant, coaching and a measurement plan.",
               "National spread of proven {tp}{cond_for}, with a local implementation lead in each system.",
               "Teams share data monthly and meet at learning events."]),
    dict(key="pilot", nouns=["Pilot", "Pilot Programme", "Demonstrator", "Proof of Concept", "Trailblazer"],
         acts=["funding", "evaluation-and-evidence"], instr=["procurement-for-rnd-and-innovation", "grants-for-business-rnd-and-innovation"],
         funding="yes", recip="adopters", stages=["rwe", "adopt"], drivers=["evidence"],
         groups=["adopters", "patients and public"], role="deliverer", budget=(80000, 4000000), who="sites",
         rounds=False, cls="test",
         mech=["Time-limited pilot of {tp}{cond_for}{pop_for}, evaluated before any decision on roll-out.",
               "Small number of practices and services testing {tp} in routine care.",
               "Pilot will report on uptake, patient experience, clinical outcomes and cost.",
               "Tests whether {tp} can be implemented with existing staff."]),
    dict(key="rollout", nouns=["Programme", "National Programme", "Service", "Roll-out"],
         acts=["procurement-and-commissioning", "infrastructure"], instr=["procurement-for-rnd-and-innovation", "institutional-funding-for-public-research"],
         funding="partly", recip="adopters", stages=["adopt"], drivers=["funding", "motiv"],
         groups=["adopters", "patients and public"], role="deliverer", budget=(3000000, 250000000), who="systems",
         rounds=False, cls="service",
         mech=["National roll-out of {tp}{cond_for}, with central procurement and regional implementation teams.",
               "Funds systems to make {tp} available to all eligible patients{pop_for}.",
               "Implementation support, data collection and national monitoring of uptake.",
               "Delivered through regional teams and ICBs, with a national clinical director."]),
    dict(key="engagement", nouns=["Citizens' Panel", "Public Engagement Programme", "Involvement Programme", "Awareness Campaign"],
         acts=["information-and-signposting", "other"], instr=["public-awareness-and-outreach", "stakeholder-consultation"],
         funding="no", recip=None, stages=["cross"], drivers=["ppie"],
         groups=["patients and public"], role="deliverer", budget=(50000, 3000000), who="members of the public",
         rounds=False, cls="ppie",
         mech=["Involves patients and the public in shaping {tp}, from priority setting to evaluation.",
               "Public dialogue on {tp}, with deliberative workshops in several regions.",
               "Campaign to raise awareness of {tp} among groups less likely to use it.",
               "Paid involvement roles and training for lay members."]),
    dict(key="review", nouns=["Review", "Independent Review", "Call for Evidence", "Expert Panel"],
         acts=["evaluation-and-evidence"], instr=["stakeholder-consultation", "policy-intelligence"],
         funding="no", recip=None, stages=["cross"], drivers=["motiv", "evidence"],
         groups=["managers", "commissioners"], role="policy", budget=(0, 0), who="stakeholders",
         rounds=False, cls="policy",
         mech=["Independent review of barriers to adoption of {tp}, with recommendations to ministers.",
               "Call for evidence and roundtables with industry, clinicians and patient groups.",
               "Review reports to the Secretary of State; government response to follow.",
               "Expert panel convened to advise on {tp}."]),
    dict(key="body", nouns=["Collaborative", "Partnership", "Taskforce", "Office", "Board"],
         acts=["networking-and-brokerage", "other"], instr=["governance-structure-or-public-body", "horizontal-sti-coordination-bodies"],
         funding="no", recip=None, stages=["cross"], drivers=["rel", "motiv"],
         groups=["managers", "innovators"], role="policy", budget=(500000, 20000000), who="partners",
         rounds=False, cls="body",
         mech=["Partnership of national bodies that sets priorities and coordinates support for {tp}.",
               "Brings arm's-length bodies, industry and patients around one table on {tp}.",
               "Oversees selection of products for accelerated uptake and tracks delivery.",
               "Small secretariat; decisions by a board of chief executives."]),
    dict(key="incubator", nouns=["Incubator", "Launchpad", "Innovation Hub", "Living Lab", "Innovation Space"],
         acts=["infrastructure", "networking-and-brokerage"], instr=["technology-extension-and-advisory-services", "research-infrastructure-support"],
         funding="partly", recip="innovators", stages=["early", "late"], drivers=["rel"],
         groups=["innovators", "clinicians"], role="deliverer", budget=(150000, 6000000), who="start-ups",
         rounds=True, cls="support",
         mech=["Physical and virtual space where start-ups work alongside clinicians on {tp}.",
               "Provides desk space, access to clinical environments and a programme of workshops.",
               "Hospital-based hub helping staff turn ideas into products, including IP and licensing support.",
               "Cohorts of six to ten companies, each with a clinical sponsor."]),
    dict(key="scouts", nouns=["Innovation Scouts", "Champions Network", "Innovation Ambassadors", "Digital Champions"],
         acts=["networking-and-brokerage", "training-and-skills"], instr=["networking-and-collaborative-platforms"],
         funding="no", recip=None, stages=["adopt", "cross"], drivers=["rel", "skills"],
         groups=["clinicians", "managers"], role="deliverer", budget=(30000, 1500000), who="scouts",
         rounds=False, cls="people",
         mech=["Staff volunteers trained to spot and champion {tp} in their own organisations.",
               "Network of champions with training, a community of practice and small project budgets.",
               "Scouts link frontline teams with the regional innovation pipeline.",
               "Recognition scheme and protected time agreed with line managers."]),
    dict(key="ip", nouns=["IP Support Service", "Commercialisation Service", "Innovation and IP Hub", "Technology Transfer Service"],
         acts=["information-and-signposting", "other"], instr=["intellectual-property-regulation", "technology-extension-and-advisory-services"],
         funding="no", recip=None, stages=["late", "comm"], drivers=["rel"],
         groups=["innovators", "clinicians"], role="deliverer", budget=(100000, 2500000), who="staff innovators",
         rounds=False, cls="support",
         mech=["Helps NHS staff protect and commercialise ideas in {tp}: IP advice, licensing and spin-outs.",
               "Shared IP and commercialisation service for trusts without their own team.",
               "Revenue from licences shared with inventors and their departments.",
               "Assessment of disclosures within 20 working days."]),
    dict(key="standards", nouns=["Standards Programme", "Assurance Framework", "Certification Scheme", "Technical Standards"],
         acts=["regulatory-advice", "information-and-signposting"], instr=["standards-and-certification"],
         funding="no", recip=None, stages=["comm", "adopt"], drivers=["evidence"],
         groups=["innovators", "adopters"], role="policy", budget=(100000, 5000000), who="suppliers",
         rounds=False, cls="reg",
         mech=["Baseline standards for {tp} products sold to the NHS: clinical safety, data protection, interoperability.",
               "Assessment criteria used by buyers; suppliers self-assert with evidence.",
               "Standards developed with suppliers and clinical safety officers.",
               "Compliance checked at procurement and on renewal."]),
]
MODEL_INDEX = {m["key"]: i for i, m in enumerate(MODELS)}

# ---------------------------------------------------------------------------
# Stages, drivers, target groups as written in the returns (several spellings)
# ---------------------------------------------------------------------------
STAGES = {
    "early": ["Research and early development", "Early development", "Research & early development", "Discovery"],
    "late": ["Later-stage development", "Late-stage development", "Development"],
    "comm": ["Commercialisation and launch", "Commercialisation & launch", "Market launch"],
    "adopt": ["Adoption, diffusion and scale-up", "Adoption and spread", "Adoption", "Spread and scale-up"],
    "rwe": ["Real-world monitoring and evaluation", "Real world evaluation", "Evaluation"],
    "cross": ["Cross-cutting", "Cross-cutting evaluation", "All stages"],
}
DRIVERS = {
    "skills": ["Skills, capabilities and leadership", "Skills & leadership", "Skills, capabilities & leadership"],
    "motiv": ["Motivations and accountabilities", "Motivations & accountabilities"],
    "evidence": ["Information and evidence environment", "Information & evidence", "The information and evidence environment"],
    "rel": ["Relationships and networks", "Relationships & networks", "Networks and relationships"],
    "ppie": ["Patient and public involvement and engagement", "Patient & public involvement", "PPIE"],
    "funding": ["Funding and commissioning", "Funding & commissioning", "Funding, commissioning"],
}
GROUPS = {
    "innovators": ["Innovators", "innovators"],
    "adopters": ["Adopters", "adopters", "NHS adopters"],
    "clinicians": ["Clinicians", "clinicians", "Clinical staff"],
    "managers": ["Managers", "managers", "NHS managers"],
    "patients and public": ["Patients and the public", "Patients & public", "patients and the public"],
    "researchers": ["Researchers", "researchers", "Academic researchers"],
    "industry": ["Industry", "industry", "SMEs"],
    "commissioners": ["Commissioners", "commissioners"],
}

# Activity types: slug -> list of ways to write it
ACT_FORMS = {
    "funding": ["funding", "Funding", "grants", "Grant funding", "finance", "financial support"],
    "training-and-skills": ["training-and-skills", "Training and skills", "Training & skills", "training", "skills", "education", "leadership development"],
    "networking-and-brokerage": ["networking-and-brokerage", "Networking and brokerage", "Networking & brokerage", "networking", "brokerage", "convening"],
    "evaluation-and-evidence": ["evaluation-and-evidence", "Evaluation and evidence", "Evaluation & evidence", "evaluation", "evidence generation", "real world evaluation"],
    "regulatory-advice": ["regulatory-advice", "Regulatory advice", "regulatory support", "regulatory guidance"],
    "information-and-signposting": ["information-and-signposting", "Information and signposting", "Information & signposting", "signposting", "advice and guidance", "information"],
    "procurement-and-commissioning": ["procurement-and-commissioning", "Procurement and commissioning", "Procurement & commissioning", "procurement", "commissioning"],
    "infrastructure": ["infrastructure", "Infrastructure", "facilities", "test beds"],
    "other": ["other", "Other"],
}

INSTR_LABELS = {
    "centres-of-excellence-grants": "Centres of excellence grants",
    "corporate-tax-relief": "Corporate tax relief for R&D and innovation",
    "governance-structure-or-public-body": "Creation or reform of governance structure or public body",
    "debt-guarantees-and-risk-sharing": "Debt guarantees and risk sharing schemes",
    "research-infrastructure-support": "Dedicated support to research infrastructures",
    "emerging-technology-regulation": "Emerging technology regulation",
    "equity-financing": "Equity financing",
    "fellowships-and-scholarships": "Fellowships and postgraduate loans and scholarships",
    "stakeholder-consultation": "Formal consultation of stakeholders or experts",
    "grants-for-business-rnd-and-innovation": "Grants for business R&D and innovation",
    "horizontal-sti-coordination-bodies": "Horizontal STI coordination bodies",
    "information-services-and-datasets": "Information services and access to datasets",
    "innovation-vouchers": "Innovation vouchers",
    "institutional-funding-for-public-research": "Institutional funding for public research",
    "intellectual-property-regulation": "Intellectual property regulation and incentives",
    "labour-mobility-regulation": "Labour mobility regulation and incentives",
    "loans-and-credits-for-innovation": "Loans and credits for innovation in firms",
    "national-strategies-and-plans": "National strategies, agendas and plans",
    "networking-and-collaborative-platforms": "Networking and collaborative platforms",
    "policy-intelligence": "Policy intelligence (e.g. evaluations, benchmarking and forecasts)",
    "procurement-for-rnd-and-innovation": "Procurement programmes for R&D and innovation",
    "project-grants-for-public-research": "Project grants for public research",
    "public-awareness-and-outreach": "Public awareness campaigns and other outreach activities",
    "regulatory-oversight-and-ethics-bodies": "Regulatory oversight and ethical advice bodies",
    "challenges-prizes-and-awards": "Science and innovation challenges, prizes and awards",
    "standards-and-certification": "Standards and certification for technology development and adoption",
    "technology-extension-and-advisory-services": "Technology extension and business advisory services",
    "tax-relief-for-individuals": "Tax relief for individuals supporting R&D and innovation",
}
INSTR_ALT = {
    "national-strategies-and-plans": "Strategies, agendas and plans",
    "emerging-technology-regulation": "Science and technology regulation and soft law",
    "research-infrastructure-support": "Dedicated support to research and technical infrastructures",
}

# ---------------------------------------------------------------------------
# Other actors that appear as partners (all written to actors.csv)
# ---------------------------------------------------------------------------
UNIVERSITIES = ["University of Manchester", "University of Leeds", "Newcastle University", "University of Birmingham",
                "University of Bristol", "University of Exeter", "University of Oxford", "University of Cambridge",
                "Imperial College London", "King's College London", "University College London", "University of Sheffield",
                "University of Nottingham", "University of Southampton", "Swansea University", "Cardiff University",
                "University of Edinburgh", "University of Glasgow", "University of Aberdeen", "Queen's University Belfast",
                "Ulster University", "University of Plymouth", "University of Warwick", "Lancaster University",
                "University of York", "University of East Anglia", "University of Liverpool", "Keele University"]
OTHER_ACTORS = [
    # name, acronym, kind, level
    ("NHS Digital", "NHSD", "arms-length-body", "national"),
    ("NHSX", "NHSX", "other", "national"),
    ("Health Education England", "HEE", "arms-length-body", "national"),
    ("UK Research and Innovation", "UKRI", "research-funder", "national"),
    ("Medical Research Council", "MRC", "research-funder", "national"),
    ("Engineering and Physical Sciences Research Council", "EPSRC", "research-funder", "national"),
    ("Department for Science, Innovation and Technology", "DSIT", "government-department", "national"),
    ("Department for Business, Energy and Industrial Strategy", "BEIS", "government-department", "national"),
    ("Accelerated Access Collaborative", "AAC", "network", "national"),
    ("Genomics England", "GEL", "other", "national"),
    ("Health Data Research UK", "HDR UK", "research-funder", "national"),
    ("NHS Supply Chain", "NHSSC", "other", "national"),
    ("Care Quality Commission", "CQC", "regulator", "national"),
    ("Health Research Authority", "HRA", "regulator", "national"),
    ("UK Health Security Agency", "UKHSA", "arms-length-body", "national"),
    ("Health Technology Wales", "HTW", "arms-length-body", "national"),
    ("Life Sciences Hub Wales", "LSHW", "other", "national"),
    ("Digital Health and Care Wales", "DHCW", "arms-length-body", "national"),
    ("Health and Care Research Wales", "HCRW", "research-funder", "national"),
    ("Bevan Commission", "", "other", "national"),
    ("Chief Scientist Office", "CSO", "research-funder", "national"),
    ("Digital Health & Care Innovation Centre", "DHI", "other", "national"),
    ("NHS National Services Scotland", "NSS", "arms-length-body", "national"),
    ("Healthcare Improvement Scotland", "HIS", "arms-length-body", "national"),
    ("Scottish Health Technologies Group", "SHTG", "arms-length-body", "national"),
    ("HSC R&D Division", "", "research-funder", "national"),
    ("HSC Innovation", "", "other", "national"),
    ("Invest Northern Ireland", "Invest NI", "other", "national"),
    ("Cancer Research UK", "CRUK", "charity", "national"),
    ("Alzheimer's Society", "", "charity", "national"),
    ("Diabetes UK", "", "charity", "national"),
    ("Nesta", "", "charity", "national"),
    ("Asthma + Lung UK", "", "charity", "national"),
    ("Macmillan Cancer Support", "Macmillan", "charity", "national"),
    ("Local Government Association", "LGA", "other", "national"),
    ("Association of British HealthTech Industries", "ABHI", "industry", "national"),
    ("Association of the British Pharmaceutical Industry", "ABPI", "industry", "national"),
    ("techUK", "", "industry", "national"),
    ("National Voices", "", "patient-public-group", "national"),
    ("Healthwatch England", "", "patient-public-group", "national"),
    ("James Lind Alliance", "JLA", "patient-public-group", "national"),
]
TRUSTS = ["Manchester University NHS Foundation Trust", "Newcastle upon Tyne Hospitals NHS Foundation Trust",
          "Leeds Teaching Hospitals NHS Trust", "University Hospitals Birmingham NHS Foundation Trust",
          "Royal Cornwall Hospitals NHS Trust", "Guy's and St Thomas' NHS Foundation Trust",
          "Oxford University Hospitals NHS Foundation Trust", "Sheffield Teaching Hospitals NHS Foundation Trust",
          "Northumbria Healthcare NHS Foundation Trust", "University Hospitals Plymouth NHS Trust",
          "Cambridge University Hospitals NHS Foundation Trust", "Imperial College Healthcare NHS Trust",
          "Liverpool University Hospitals NHS Foundation Trust", "Nottingham University Hospitals NHS Trust",
          "University Hospital Southampton NHS Foundation Trust", "Cornwall Partnership NHS Foundation Trust",
          "South London and Maudsley NHS Foundation Trust", "Northern Care Alliance NHS Foundation Trust",
          "Cwm Taf Morgannwg University Health Board", "Hywel Dda University Health Board",
          "NHS Greater Glasgow and Clyde", "NHS Highland", "Belfast Health and Social Care Trust",
          "Western Health and Social Care Trust"]
COMPANIES = ["Medivue Ltd", "CardioSense Ltd", "Aptiva Health", "Kinetic Diagnostics Ltd", "Northlight AI",
             "Quillon Medical", "Restwell Digital", "Tidewater Health Ltd", "Orbis Genomics", "Sentra Care Ltd",
             "Helix Path Ltd", "BrightWard Ltd", "Lumara Analytics", "Pulsewise Ltd", "Calibre Medtech"]

BRAND_A = ["Beacon", "Lumen", "Kite", "Compass", "Horizon", "Bridge", "Pulse", "Spark", "Keystone", "Lighthouse",
           "Northstar", "Meridian", "Springboard", "Ascent", "Harbour", "Relay", "Foundry", "Thrive", "Elevate",
           "Momentum", "Nexus", "Catalina", "Waypoint", "Evergreen", "Tandem", "Kestrel", "Heron", "Ember",
           "Orbit", "Fathom", "Lodestar", "Granite", "Willow", "Tributary", "Signal", "Anchor", "Vantage",
           "Cairn", "Osprey", "Linden", "Aurora", "Bramble", "Cobalt", "Driftwood", "Falcon", "Garnet", "Hawthorn",
           "Ironbridge", "Juniper", "Kingfisher", "Larch", "Marigold", "Nightingale", "Oakwood", "Pennine", "Quarry",
           "Rowan", "Saltire", "Thistle", "Upland", "Valley", "Wren", "Yarrow", "Zephyr", "Acorn", "Bluebell",
           "Clover", "Dovetail", "Estuary", "Fernhill", "Goldcrest", "Heather", "Islay", "Jubilee", "Kelpie", "Lantern"]
BRAND_B = ["", "", "", " Health", "+", " Connect", " Pathway", " Lab", " Works", " 360", " Digital", " Care", " Direct"]

# settings that make sense for a topic (topics not listed: any setting)
TOPIC_SETTINGS = {
    "online_consult": ["primary", "community", "pharmacy"], "patient_apps": ["primary", "community", "acute", "mh"],
    "uec": ["ambulance", "acute", "community"], "maternity": ["acute", "community"], "cyp_mh": ["mh", "community", "primary"],
    "care_homes": ["carehomes", "community"], "eol": ["hospice", "community", "carehomes", "acute"],
    "theatres": ["acute"], "robotics": ["acute"], "pathology": ["acute"], "ai_imaging": ["acute", "community"],
    "stroke": ["acute", "ambulance", "community"], "medicines": ["pharmacy", "primary", "acute", "carehomes"],
    "digital_mh": ["mh", "primary", "community"], "cdc": ["community", "acute"], "virtual_wards": ["acute", "community", "carehomes"],
    "deterioration": ["acute", "carehomes", "ambulance", "community"], "epr": ["acute", "community", "mh", "ambulance"],
    "frailty": ["community", "carehomes", "primary", "ambulance"], "dementia": ["primary", "community", "carehomes", "mh"],
    "printing": ["acute"], "oral": ["primary", "community"], "audiology": ["community", "primary", "acute"],
    "renal": ["acute", "community"], "eye": ["community", "acute", "primary"], "derm": ["primary", "community", "acute"],
    "vaccines": ["primary", "pharmacy", "community", "carehomes"], "atmp": ["acute"], "trials": ["acute", "primary", "community"],
}

# ===========================================================================
# Generator
# ===========================================================================

AUDIT_DATE = (2024, 3, 31)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


class WChoice(object):
    """Weighted choice with precomputed cumulative weights."""
    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = []
        t = 0.0
        for p in pairs:
            t += p[1]
            self.cum.append(t)
        self.total = t

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


# ---------------------------------------------------------------------------
# Returning bodies (each sent its own spreadsheet in its own template)
# ---------------------------------------------------------------------------
def _b(**kw):
    return kw


BODIES = [
    _b(key="DHSC", name="Department of Health and Social Care", acr="DHSC", kind="government-department", level="national",
       owners=[("DHSC", 5), ("Department of Health and Social Care", 4), ("Department of Health & Social Care", 1)],
       nation="England", weight=6, voice="formal",
       dates=[("d_month_y", 6), ("mon_y", 2), ("y", 2)], budget=[("gbp_comma", 8), ("gbp_plain", 2)],
       yn=("Yes", "No", "Partly"), status=("Active", "Concluded", "Planned", "Proposed"),
       acts="words", instr="label", focus="words", title="title",
       models=[("strategy", 4), ("review", 3), ("adoption_fund", 3), ("payment", 2), ("rollout", 3), ("body", 2),
               ("pathfinder", 2), ("research_call", 1), ("data_service", 1), ("investment", 1), ("exemplar", 2)],
       fill={"stages": .4, "drivers": .7, "instrument_type": .8, "budget": .8},
       source=["DHSC return (Annex A)", "DHSC_Innovation_Audit_Return_FINAL.xlsx", "DHSC return v2 – Programmes tab"]),
    _b(key="NHSE", name="NHS England", acr="NHSE", kind="arms-length-body", level="national",
       owners=[("NHS England", 6), ("NHSE", 3.4), ("NHS England and NHS Improvement", 0.6)],
       nation="England", weight=14, voice="bullets",
       dates=[("dmy_slash", 7), ("m_slash_y", 1.5), ("y", 1.5)], budget=[("plain", 7), ("comma", 3)],
       yn=("Y", "N", "Partly"), status=("Live", "Closed", "Planned", "Draft"),
       acts="syn", instr="slug", focus="syn", title="sentence",
       models=[("accelerator", 3), ("test_bed", 3), ("adoption_fund", 3), ("payment", 2), ("pathfinder", 3),
               ("exemplar", 2), ("improvement", 3), ("rollout", 4), ("network", 2), ("training", 2), ("scouts", 1),
               ("sbri", 2), ("award", 2), ("data_service", 2), ("procurement", 1), ("standards", 1), ("horizon", 1),
               ("fellowship", 2), ("engagement", 1), ("pilot", 2), ("body", 1)],
       fill={"description": .85, "drivers": .3, "currency": .1},
       source=["NHSE return – Transformation Directorate", "NHSE_innovation_programmes_v4.xlsx", "NHSE (AAC) return"]),
    _b(key="NIHR", name="National Institute for Health and Care Research", acr="NIHR", kind="research-funder", level="national",
       owners=[("NIHR", 6), ("National Institute for Health and Care Research", 3), ("National Institute for Health Research", 1)],
       nation="England", weight=13, voice="academic",
       dates=[("iso", 8), ("isom", 1.5), ("y", .5)], budget=[("gbp_comma_dec", 6), ("plain", 2), ("comma", 2)],
       yn=("yes", "no", "partly"), status=("Open", "Closed", "Upcoming", "Proposal"),
       acts="slug", instr="label", focus="words", title="title",
       models=[("research_call", 6), ("fellowship", 4), ("infrastructure", 4), ("evaluation", 3), ("award", 2),
               ("challenge", 1), ("horizon", 1), ("engagement", 1), ("training", 1), ("data_service", 1)],
       fill={"stages": .8, "target_groups": .8, "evaluated": .7},
       source=["NIHR return", "NIHR_programmes_for_audit.xlsx", "NIHR CCF extract"]),
    _b(key="IUK", name="Innovate UK", acr="IUK", kind="research-funder", level="national",
       owners=[("Innovate UK", 8), ("UKRI Innovate UK", 0.6), ("IUK", 1.4)],
       nation="UK", weight=11, voice="competition",
       dates=[("iso_t", 5), ("d_mon_y", 4), ("iso", 1)], budget=[("upto", 3), ("range", 2), ("plain", 5)],
       yn=("TRUE", "FALSE", "partly"), status=("Open", "Closed", "Forthcoming", "Draft"),
       acts="words", instr="label", focus="words", title="title",
       models=[("sbri", 3), ("catalyst", 4), ("challenge", 4), ("ktp", 2), ("voucher", 2), ("investment", 1),
               ("accelerator", 2), ("award", 1), ("prize", 1), ("regulatory", 1)],
       fill={"budget": .9, "currency": .7, "evaluated": .3},
       source=["Innovate UK data extract", "IUK competitions list (health)", "Innovate UK return"]),
    _b(key="OLS", name="Office for Life Sciences", acr="OLS", kind="government-department", level="national",
       owners=[("Office for Life Sciences", 6), ("OLS", 4)],
       nation="UK", weight=4, voice="formal",
       dates=[("mon_y", 6), ("y", 3), ("d_month_y", 1)], budget=[("gbp_comma", 7), ("gbp_plain", 3)],
       yn=("Yes", "No", "Partly"), status=("Ongoing", "Complete", "Announced", "Proposed"),
       acts="amp", instr="alt", focus="words", title="title",
       models=[("strategy", 3), ("catalyst", 2), ("investment", 2), ("body", 2), ("challenge", 2), ("trials_body", 0),
               ("review", 2), ("infrastructure", 1), ("award", 1)],
       fill={"stages": .5},
       source=["OLS return", "OLS – programme list for NAO", "OLS return (rev.)"]),
    _b(key="NICE", name="National Institute for Health and Care Excellence", acr="NICE", kind="arms-length-body", level="national",
       owners=[("NICE", 7), ("National Institute for Health and Care Excellence", 3)],
       nation="England", weight=4, voice="formal",
       dates=[("isom", 6), ("iso", 3), ("y", 1)], budget=[("comma", 8), ("plain", 2)],
       yn=("Yes", "No", "Partly"), status=("active", "concluded", "planned", "proposed"),
       acts="slug", instr="slug", focus="words", title="sentence",
       models=[("guidance", 6), ("advice", 3), ("horizon", 2), ("evaluation", 2), ("standards", 1), ("engagement", 1), ("regulatory", 1)],
       fill={"budget": .5},
       source=["NICE return", "NICE – audit return Jan 2024"]),
    _b(key="MHRA", name="Medicines and Healthcare products Regulatory Agency", acr="MHRA", kind="regulator", level="national",
       owners=[("MHRA", 7), ("Medicines and Healthcare products Regulatory Agency", 3)],
       nation="UK", weight=3, voice="formal",
       dates=[("dmy_dot", 6), ("dmy_slash", 2), ("y", 2)], budget=[("plain", 8), ("comma", 2)],
       yn=("Y", "N", "Partly"), status=("Running", "Ended", "Planned", "Proposed"),
       acts="words", instr="label", focus="syn", title="title",
       models=[("regulatory", 6), ("advice", 3), ("standards", 2), ("guidance", 1), ("engagement", 1)],
       fill={"budget": .45, "target_groups": .4},
       source=["MHRA return", "MHRA innovation office return"]),
    _b(key="HIN", name="Health Innovation Networks", acr="HINs", kind="network", level="regional",
       owners=None, nation="England", weight=14, voice="we",
       dates=[("mon_y", 4), ("m_slash_y", 2.5), ("dmy_slash", 2.5), ("y", 1)], budget=[("gbp_comma", 6), ("plain", 4)],
       yn=("Yes", "No", "Partly"), status=("Live", "Completed", "Upcoming", "Proposed"),
       acts="syn", instr="blank", focus="syn", title="title",
       models=[("improvement", 5), ("accelerator", 2), ("network", 3), ("scouts", 2), ("pilot", 4), ("training", 3),
               ("advice", 2), ("incubator", 2), ("engagement", 1), ("evaluation", 1), ("voucher", 1), ("sbri", 1),
               ("test_bed", 1), ("adoption_fund", 1)],
       fill={"instrument_type": .15, "budget": .55, "stages": .7},
       source=["HIN Network consolidated return", "HIN return ({net})", "AHSN/HIN return – {net} tab"]),
    _b(key="WG", name="Welsh Government", acr="WG", kind="government-department", level="national",
       owners=[("Welsh Government", 8.5), ("Llywodraeth Cymru / Welsh Government", 0.5), ("WG", 1)],
       nation="Wales", weight=5, voice="formal",
       dates=[("y", 4), ("d_month_y", 4), ("mon_y", 2)], budget=[("gbp_comma", 9), ("plain", 1)],
       yn=("yes", "no", "partly"), status=("In progress", "Complete", "Planned", "Proposal"),
       acts="words", instr="label", focus="words", title="title",
       models=[("strategy", 2), ("adoption_fund", 3), ("sbri", 2), ("accelerator", 2), ("pathfinder", 2),
               ("improvement", 2), ("research_call", 2), ("fellowship", 1), ("network", 1), ("rollout", 2), ("pilot", 2)],
       fill={"stages": .3, "drivers": .3, "target_groups": .4},
       source=["Welsh Government return", "WG – Health & Social Services Group return"]),
    _b(key="SG", name="Scottish Government", acr="SG", kind="government-department", level="national",
       owners=[("Scottish Government", 9), ("The Scottish Government", 1)],
       nation="Scotland", weight=5, voice="formal",
       dates=[("dmy_slash", 5), ("dmy_dash", 3), ("y", 2)], budget=[("gbp_plain", 8), ("comma", 2)],
       yn=("Y", "N", "Partly"), status=("Current", "Finished", "Forthcoming", "Draft"),
       acts="syn", instr="lower", focus="words", title="title",
       models=[("strategy", 2), ("test_bed", 2), ("challenge", 3), ("sbri", 2), ("research_call", 2), ("adoption_fund", 2),
               ("rollout", 2), ("pilot", 2), ("network", 1), ("data_service", 1), ("fellowship", 1)],
       fill={"drivers": .3},
       source=["Scottish Government return", "SG DHCD return"]),
    _b(key="DOHNI", name="Department of Health (Northern Ireland)", acr="DoH NI", kind="government-department", level="national",
       owners=[("Department of Health (Northern Ireland)", 5), ("DoH NI", 4.4), ("Department of Health NI", 0.6)],
       nation="Northern Ireland", weight=3, voice="formal",
       dates=[("dmy_slash_nopad", 5), ("m_dot_y", 2), ("y", 3)], budget=[("comma", 9), ("plain", 1)],
       yn=("1", "0", "partly"), status=("Underway", "Closed", "Planned", "Proposed"),
       acts="words", instr="slug", focus="words", title="title",
       models=[("strategy", 2), ("sbri", 2), ("research_call", 2), ("pilot", 3), ("rollout", 2), ("network", 1),
               ("adoption_fund", 1), ("training", 1)],
       fill={"stages": .3, "drivers": .2, "instrument_type": .4},
       source=["DoH NI return", "Department of Health NI – innovation return"]),
    _b(key="WT", name="Wellcome", acr="Wellcome", kind="charity", level="international",
       owners=[("Wellcome", 8), ("Wellcome Trust", 2)],
       nation="UK", weight=2.5, voice="academic",
       dates=[("iso", 7), ("dmy_time", 3)], budget=[("plain_dec", 8), ("plain", 2)],
       yn=("TRUE", "FALSE", "partly"), status=("Active", "Completed", "Planned", "Proposed"),
       acts="slug", instr="label", focus="words", title="sentence",
       models=[("research_call", 4), ("fellowship", 3), ("infrastructure", 2), ("award", 2), ("prize", 1), ("data_service", 1), ("engagement", 1)],
       fill={"stages": .4, "drivers": .2},
       source=["Wellcome return", "Wellcome grants extract (health innovation)"]),
    _b(key="THF", name="The Health Foundation", acr="THF", kind="charity", level="national",
       owners=[("The Health Foundation", 7), ("Health Foundation", 3)],
       nation="UK", weight=2.5, voice="we",
       dates=[("d_month_y", 5), ("mon_y", 5)], budget=[("gbp_comma", 9), ("comma", 1)],
       yn=("Yes", "No", "Partly"), status=("ongoing", "finished", "upcoming", "draft"),
       acts="syn", instr="blank", focus="syn", title="sentence",
       models=[("improvement", 4), ("evaluation", 3), ("research_call", 2), ("fellowship", 2), ("network", 2), ("award", 2), ("data_service", 1), ("training", 1)],
       fill={"instrument_type": .1},
       source=["Health Foundation return", "THF return"]),
    _b(key="BHF", name="British Heart Foundation", acr="BHF", kind="charity", level="national",
       owners=[("British Heart Foundation", 6), ("BHF", 4)],
       nation="UK", weight=2.5, voice="we",
       dates=[("dmy_slash", 6), ("y", 4)], budget=[("gbp_comma", 9), ("plain", 1)],
       yn=("y", "n", "partly"), status=("Open", "Closed", "Announced", "Proposal"),
       acts="words", instr="blank", focus="words", title="title",
       models=[("research_call", 4), ("fellowship", 3), ("infrastructure", 2), ("challenge", 2), ("engagement", 1), ("pilot", 1), ("improvement", 1)],
       fill={"instrument_type": .1, "stages": .4},
       topics=["cvd", "stroke", "remote_monitoring", "wearables", "genomics", "ai_imaging", "inequalities", "cds", "evidence", "medtech", "diabetes_tech"],
       source=["BHF return", "British Heart Foundation – research strategy return"]),
    _b(key="ICB", name=None, acr=None, kind="commissioner", level="regional",
       owners=None, nation="England", weight=7, voice="local",
       dates=[("dmy_slash", 5), ("dmy_time", 2), ("mon_y", 2), ("y", 1)], budget=[("comma", 6), ("range", 2), ("plain", 2)],
       yn=("Yes", "No", "Partly"), status=("In progress", "Completed", "Planned", "Proposed"),
       acts="syn", instr="blank", focus="syn", title="sentence",
       models=[("pilot", 6), ("improvement", 3), ("pathfinder", 2), ("adoption_fund", 2), ("scouts", 1), ("network", 1),
               ("rollout", 2), ("training", 1), ("incubator", 1), ("engagement", 1)],
       fill={"instrument_type": .05, "drivers": .2, "stages": .35},
       source=["{icb} return", "ICB return – {icb}"]),
]
BODY = {b["key"]: b for b in BODIES}
for _bd in BODIES:
    _bd["date_w"] = WChoice(_bd["dates"])
    _bd["budget_w"] = WChoice(_bd["budget"])
    _bd["model_w"] = WChoice([(m, w) for m, w in _bd["models"] if w > 0 and m in MODEL_INDEX])
    if _bd["owners"]:
        _bd["owner_w"] = WChoice(_bd["owners"])
BODY_W = WChoice([(b["key"], b["weight"]) for b in BODIES])

HIN_BY_KEY = {h[0]: h for h in HINS}
ICB_BY_KEY = {i[0]: i for i in ICBS}
PLACE_HIN = {}
for _p, _h in ENGLAND_PLACES:
    PLACE_HIN.setdefault(_p, _h)
PLACE_ICB = {}
for _i in ICBS:
    for _p in _i[4]:
        PLACE_ICB.setdefault(_p, _i[0])
        PLACE_HIN.setdefault(_p, _i[5])
ALL_ENGLAND_PLACES = []
for _p, _h in ENGLAND_PLACES:
    if _p not in ALL_ENGLAND_PLACES:
        ALL_ENGLAND_PLACES.append(_p)
for _i in ICBS:
    for _p in _i[4]:
        if _p not in ALL_ENGLAND_PLACES:
            ALL_ENGLAND_PLACES.append(_p)
DEVOLVED_PLACES = {"Wales": WALES_PLACES, "Scotland": SCOT_PLACES, "Northern Ireland": NI_PLACES}
DEVOLVED_BODY = {"Wales": "WG", "Scotland": "SG", "Northern Ireland": "DOHNI"}

SETTINGS = [
    ("primary", ["primary care", "general practice", "primary care networks"]),
    ("acute", ["acute hospitals", "acute trusts", "secondary care"]),
    ("community", ["community services", "community health services"]),
    ("mh", ["mental health services", "mental health trusts"]),
    ("carehomes", ["care homes", "care home settings"]),
    ("ambulance", ["ambulance services", "ambulance trusts"]),
    ("pharmacy", ["community pharmacy", "community pharmacies"]),
    ("hospice", ["hospices", "hospice care"]),
]
SETTING_TITLE = {"primary": "Primary Care", "acute": "Acute Care", "community": "Community", "mh": "Mental Health",
                 "carehomes": "Care Home", "ambulance": "Ambulance", "pharmacy": "Community Pharmacy", "hospice": "Hospice"}

HOOKS = {
    "England": ["NHS Long Term Plan", "Life Sciences Vision", "Accelerated Access Review", "Plan for Digital Health and Social Care",
                "Five Year Forward View", "elective recovery plan", "Major Conditions Strategy", "NHS Long Term Workforce Plan",
                "Core20PLUS5 approach", "Delivering a Net Zero NHS report", "Data Saves Lives strategy", "Topol Review"],
    "UK": ["Life Sciences Vision", "Life Sciences Industrial Strategy", "UK Rare Diseases Framework", "Innovation Strategy",
           "Accelerated Access Review", "Saving and Improving Lives (clinical research vision)"],
    "Wales": ["A Healthier Wales", "Digital Strategy for Wales", "Life Sciences Hub Wales remit", "Welsh NHS Planning Framework"],
    "Scotland": ["Digital Health and Care Strategy", "Health and Social Care Innovation Strategy", "National Innovation Strategy",
                 "Care and Wellbeing Portfolio"],
    "Northern Ireland": ["Health and Wellbeing 2026: Delivering Together", "Bengoa reforms", "Digital Strategy for HSC",
                         "Encompass programme"],
}
REVIEWS = ["Accelerated Access Review", "Carter Review", "Topol Review", "Wachter Review", "Naylor Review",
           "Goldacre Review", "Hewitt Review", "Fuller stocktake", "Sudlow Review"]
AIM_SHORT = ["earlier diagnosis", "care closer to home", "productivity", "health inequalities", "life sciences growth",
             "workforce pressures", "elective recovery", "prevention", "patient safety", "digital maturity", "net zero"]
BENEFITS = ["fewer avoidable admissions", "shorter waits", "better patient experience", "released clinical time",
            "lower carbon emissions", "cash-releasing savings", "earlier diagnosis", "less unwarranted variation",
            "jobs and investment", "fairer access", "fewer outpatient follow-ups", "reduced length of stay"]
FUND_SOURCES = ["SR21 settlement", "Service Development Funding (SDF)", "the NIHR programme budget", "the Industrial Strategy Challenge Fund",
                "charitable funds", "capital (CDEL)", "revenue (RDEL) baseline", "Spending Review 2020 allocation",
                "Life Sciences Vision funding", "the Tech Transformation fund", "recurrent baseline"]
EVAL_ORGS = ["RAND Europe", "York Health Economics Consortium", "Ipsos", "the Strategy Unit", "Unity Insights",
             "the Nuffield Trust", "an NIHR rapid evaluation team", "an independent evaluator (tbc)",
             "the University of {city}", "the local Applied Research Collaboration", "PA Consulting", "Cordis Bright"]
EVAL_CITIES = ["Manchester", "Birmingham", "Exeter", "Leeds", "Sheffield", "Kent", "Warwick", "Nottingham", "Oxford", "Bristol",
               "Southampton", "York", "Swansea", "Stirling", "Ulster", "East Anglia", "Plymouth", "Lancaster"]
SROS = ["Director of Innovation", "Deputy Director, Life Sciences", "National Director of Transformation", "Chief Scientific Adviser",
        "Director of Research Programmes", "Head of Health Technology", "Deputy Chief Medical Officer", "Director of Digital",
        "Chief Executive", "Director of Strategy"]
SUPPORTS = ["one-to-one coaching", "market access advice", "health economics support", "clinical mentoring", "peer learning",
            "help with DTAC and DCB0129", "introductions to buyers", "evaluation design support", "procurement advice",
            "communications support", "data analysis", "PPIE support", "regulatory signposting", "implementation toolkits"]
STRANDS = ["Phase 1 feasibility", "Phase 2 development", "real-world evaluation", "adoption support", "skills and training",
           "capital", "small grants", "mental health", "primary care", "data and digital", "regulatory support",
           "patient and public involvement", "children's", "workforce", "evaluation"]
ROUND_WORDS = ["Round", "Wave", "Cohort", "Phase", "Call", "Competition"]
SUCC_PREFIX = ["Next Generation", "New", "Future", "Phase II", "National"]
MISSPELL = [("programme", "programe"), ("receive", "recieve"), ("commissioning", "commisioning"), ("government", "goverment"),
            ("separate", "seperate"), ("implementation", "implmentation"), ("accommodate", "accomodate"),
            ("occurred", "occured"), ("management", "managment"), ("successful", "succesful"), ("necessary", "neccessary"),
            ("independent", "independant"), ("environment", "enviroment"), ("committee", "commitee"),
            ("evaluation", "evalution"), ("organisations", "organsiations"), ("innovation", "inovation"),
            ("across", "accross"), ("until", "untill"), ("which", "whcih"), ("the ", "teh "), ("and ", "adn ")]
AMERICAN = [("programme", "program"), ("organisation", "organization"), ("optimis", "optimiz"), ("centre", "center"),
            ("prioritis", "prioritiz"), ("utilis", "utiliz"), ("behaviour", "behavior")]


# ---------------------------------------------------------------------------
# Programme (one real-world programme = one identity)
# ---------------------------------------------------------------------------
class Prog(object):
    __slots__ = ("pid", "model", "topic", "tstem", "noun", "cond", "cond_txt", "pop", "pop_txt", "place", "setting",
                 "country", "rnd", "rword", "lead", "bodies", "roles", "start", "end", "budget", "n_proj", "n_sites",
                 "cohort", "award_max", "brand", "acr", "gen", "stage", "strand", "parent", "rel", "must", "generic",
                 "hook", "hook_i", "host", "hin", "icb", "formal", "formal_facts", "key", "succ_name", "currency",
                 "name_tpl", "evaluated", "rapid", "n_patients", "prefix", "ckind", "crowded")

    def __init__(self):
        for s in self.__slots__:
            setattr(self, s, None)
        self.bodies = []
        self.roles = {}
        self.rel = []
        self.must = []
        self.gen = 0


DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def add_months(ymd, k):
    y, m, d = ymd
    t = y * 12 + (m - 1) + k
    y2, m2 = t // 12, t % 12 + 1
    lim = DIM[m2 - 1] + (1 if (m2 == 2 and y2 % 4 == 0 and (y2 % 100 != 0 or y2 % 400 == 0)) else 0)
    return (y2, m2, min(d, lim))


def months_between(a, b):
    return (b[0] * 12 + b[1]) - (a[0] * 12 + a[1])


class Universe(object):
    def __init__(self, rng):
        self.rng = rng
        self.progs = []
        self.keys = {}
        self.generic_used = {}
        self.groups = {}

    # -- attribute helpers -------------------------------------------------
    def key_of(self, p):
        return (p.topic[0], p.model["cls"], p.place, p.cond, p.pop, p.setting, p.rnd, p.country, p.stage, p.strand,
                p.gen, p.generic, p.lead if p.generic else None)

    def register(self, p):
        k = self.key_of(p)
        if k in self.keys:
            return False
        self.keys[k] = p.pid
        p.key = k
        return True

    def unregister(self, p):
        if p.key is not None and self.keys.get(p.key) == p.pid:
            del self.keys[p.key]
        p.key = None

    def rekey(self, p):
        """Re-register after a change; False (and old key restored) if it collides."""
        old = p.key
        self.unregister(p)
        if self.register(p):
            return True
        if old is not None:
            self.keys[old] = p.pid
            p.key = old
        return False

    def random_dates(self, model_key):
        rng = self.rng
        y = WCH_YEAR.pick(rng)
        r = rng.random()
        m = 4 if r < 0.25 else (10 if r < 0.33 else (1 if r < 0.4 else rng.randint(1, 12)))
        d = 1 if rng.random() < 0.6 else rng.randint(2, 28)
        lo, hi = DURATION.get(model_key, (18, 60))
        dur = rng.randint(lo, hi)
        if rng.random() < 0.5:
            dur = int(round(dur / 12.0)) * 12 or 12
        dur = max(dur, 12)
        start = (y, m, d)
        end = add_months(start, dur)
        if d == 1:
            e = add_months(end, -1)
            end = add_months((e[0], e[1], 31), 0)
        else:
            end = (end[0], end[1], d - 1)
        if rng.random() < 0.4:
            end = (end[0], 3, 31)  # financial year end
            if months_between(start, end) < 12:
                end = (end[0] + 1, 3, 31)
        return start, end

    def random_budget(self, model, scale):
        rng = self.rng
        lo, hi = model["budget"]
        if hi <= 0:
            return None
        import math
        v = math.exp(rng.uniform(math.log(lo), math.log(hi))) * scale
        r = rng.random()
        if r < 0.35:
            g = 100000 if v > 2000000 else 10000
        elif r < 0.7:
            g = 1000
        elif r < 0.85:
            g = 50000 if v > 500000 else 5000
        else:
            g = 1
        v = max(g, int(round(v / g)) * g)
        return int(v)

    def new_prog(self, lead=None, model_key=None, topic_key=None, nation=None, place=None, allow_place=True):
        rng = self.rng
        for attempt in range(60):
            p = Prog()
            p.pid = len(self.progs) + 1
            body_key = lead or BODY_W.pick(rng)
            b = BODY[body_key]
            p.lead = body_key
            mk = model_key or b["model_w"].pick(rng)
            p.model = MODELS[MODEL_INDEX[mk]]
            if topic_key:
                p.topic = TOPICS[TOPIC_INDEX[topic_key]]
            elif b.get("topics") and rng.random() < 0.85:
                p.topic = TOPICS[TOPIC_INDEX[rng.choice(b["topics"])]]
            else:
                p.topic = rng.choice(TOPICS)
            p.tstem = rng.choice(p.topic[1])
            p.noun = rng.choice(p.model["nouns"])
            p.country = nation or b["nation"]
            if p.country == "UK" and rng.random() < 0.15:
                p.country = "England"
            scale = 1.0
            # place
            if place:
                p.place = place
            elif allow_place:
                if body_key == "HIN":
                    h = rng.choice(HINS)
                    p.hin = h[0]
                    if rng.random() < 0.75:
                        p.place = rng.choice(h[4])
                elif body_key == "ICB":
                    i = rng.choice(ICBS)
                    p.icb = i[0]
                    p.place = i[4][0] if rng.random() < 0.35 else rng.choice(i[4])
                elif p.country in DEVOLVED_PLACES:
                    if rng.random() < 0.3:
                        p.place = rng.choice(DEVOLVED_PLACES[p.country])
                elif rng.random() < 0.12:
                    p.place = rng.choice(ALL_ENGLAND_PLACES)
                    if p.country == "UK":
                        p.country = "England"
            if p.place:
                scale = rng.uniform(0.05, 0.3)
            if p.country in DEVOLVED_PLACES:
                scale *= rng.uniform(0.15, 0.5)
            if p.place and p.country in ("England", "UK"):
                p.country = "England"
                if p.hin is None:
                    p.hin = PLACE_HIN.get(p.place)
                if p.icb is None and body_key == "ICB":
                    p.icb = PLACE_ICB.get(p.place)
            if body_key == "ICB" and p.icb is None:
                p.icb = rng.choice(ICBS)[0]
                p.place = rng.choice(ICB_BY_KEY[p.icb][4])
            if body_key == "HIN" and p.hin is None:
                p.hin = rng.choice(HINS)[0]
            # facets
            conds = p.topic[4]
            if conds and rng.random() < 0.4:
                p.cond = rng.choice(conds)
            if rng.random() < 0.14:
                p.pop = rng.randrange(len(POPULATIONS))
            if rng.random() < 0.22 and p.model["key"] not in NO_SETTING:
                p.setting = rng.choice(TOPIC_SETTINGS.get(p.topic[0]) or [s[0] for s in SETTINGS])
            if p.model["rounds"] and rng.random() < 0.35:
                p.rnd = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])
            p.rword = rng.choice(ROUND_WORDS) if p.model["key"] != "sbri" else rng.choice(["Competition", "Round", "Call"])
            # many programmes of the same kind on the same topic: later ones carry a qualifier in their name
            gk = (p.topic[0], p.model["cls"], p.country if p.country in DEVOLVED_PLACES else "EUK")
            crowd = self.groups.get(gk, 0)
            if crowd >= 2:
                p.crowded = True
                if p.cond is None and p.pop is None and p.place is None and p.setting is None and p.rnd is None:
                    opts = []
                    if p.model["rounds"]:
                        opts.append("rnd")
                    if conds:
                        opts.append("cond")
                    if p.model["key"] not in NO_SETTING:
                        opts.append("setting")
                    opts.append("pop")
                    o = rng.choice(opts)
                    if o == "rnd":
                        p.rnd = rng.choice([2, 3, 4, 5])
                    elif o == "cond":
                        p.cond = rng.choice(conds)
                    elif o == "setting":
                        p.setting = rng.choice(TOPIC_SETTINGS.get(p.topic[0]) or [s[0] for s in SETTINGS])
                    else:
                        p.pop = rng.randrange(len(POPULATIONS))
            p.start, p.end = self.random_dates(p.model["key"])
            lo_y = TOPIC_MIN_YEAR.get(p.topic[0])
            if lo_y and p.start[0] < lo_y:
                k = 12 * (lo_y - p.start[0] + rng.randint(0, 2))
                p.start = add_months(p.start, k)
                p.end = add_months(p.end, k) if p.end else None
            if rng.random() < 0.07 and p.model["key"] in ("strategy", "network", "data_service", "body", "advice", "standards"):
                p.end = None  # open-ended
            p.budget = self.random_budget(p.model, scale)
            p.n_proj = rng.choice([3, 4, 5, 6, 8, 9, 10, 12, 14, 15, 18, 20, 24, 27, 30, 36, 41, 50, 62, 80])
            p.n_sites = rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 23, 30, 42])
            p.cohort = rng.choice([6, 8, 10, 11, 12, 15, 16, 20, 24, 25, 30, 40])
            p.n_patients = rng.choice([120, 250, 400, 650, 900, 1200, 1800, 2500, 4000, 7500, 12000, 30000])
            if p.budget:
                p.award_max = max(5000, int(round(p.budget / rng.choice([4, 6, 8, 10, 15, 20]) / 5000.0)) * 5000)
                p.n_proj = max(2, min(p.n_proj, int(p.budget / (p.award_max * 0.6))))
            if rng.random() < 0.07:
                p.brand = self.make_brand()
            p.hook_i = rng.randrange(100)
            p.host = None
            p.evaluated = rng.random()
            p.rapid = rng.random()
            p.currency = "GBP"
            if body_key in ("IUK", "WT") and rng.random() < 0.02:
                p.currency = "EUR"
            p.prefix = rng.random()
            p.bodies = [body_key]
            p.roles = {body_key: p.model["role"] if rng.random() < 0.65 else rng.choice(["funder", "deliverer", "policy"])}
            if self.register(p):
                self.progs.append(p)
                self.groups[gk] = crowd + 1
                return p
        raise RuntimeError("could not create a distinct programme")

    def new_generic_name(self, model_key):
        """A name general enough for two bodies to use it for unrelated things; each used by one programme only."""
        rng = self.rng
        nouns = GENERIC_NAMES.get(model_key, GENERIC_DEFAULT)
        for _ in range(200):
            if rng.random() < 0.25:
                nm = rng.choice(nouns)
            else:
                nm = "%s %s" % (rng.choice(BRAND_A), rng.choice(nouns))
            if nm not in self.generic_used:
                self.generic_used[nm] = 1
                return nm
        nm = "%s %s %d" % (rng.choice(BRAND_A), rng.choice(nouns), len(self.generic_used))
        self.generic_used[nm] = 1
        return nm

    def make_brand(self):
        """A programme brand; brands are not reused by chance (deliberate reuse is a labelled hard negative)."""
        rng = self.rng
        for _ in range(30):
            a = rng.choice(BRAND_A)
            r = rng.random()
            if r < 0.25:
                b = "Project " + a
            elif r < 0.45:
                b = a + rng.choice(BRAND_B)
            elif r < 0.55:
                b = a.upper()
            elif r < 0.8:
                b = "%s %s" % (a, rng.choice([x for x in BRAND_A if x != a]))
            else:
                b = "Project %s %s" % (a, rng.choice([x for x in BRAND_A if x != a]))
            if b not in self.generic_used and b.upper() not in self.generic_used:
                self.generic_used[b] = 1
                self.generic_used[b.upper()] = 1
                return b
        return b


TOPIC_MIN_YEAR = {"long_covid": 2020, "virtual_wards": 2019, "sde": 2020, "cdc": 2020, "net_zero": 2019, "ai_reg": 2018,
                  "ai_general": 2016, "ai_imaging": 2016, "patient_apps": 2018, "pgx": 2018, "inequalities": 2016,
                  "workforce_tech": 2015, "cyber": 2015}
WCH_YEAR = WChoice([(2012, 1), (2013, 2), (2014, 3), (2015, 4), (2016, 5), (2017, 6), (2018, 8), (2019, 9), (2020, 9),
                    (2021, 10), (2022, 10), (2023, 9), (2024, 5), (2025, 2)])
DURATION = {"strategy": (48, 120), "pilot": (12, 24), "fellowship": (24, 60), "infrastructure": (48, 72),
            "review": (12, 18), "prize": (12, 36), "voucher": (12, 36), "investment": (60, 120), "body": (36, 96),
            "network": (24, 84), "data_service": (36, 96), "rollout": (24, 60), "payment": (12, 48),
            "evaluation": (36, 60), "sbri": (12, 30), "challenge": (18, 48), "test_bed": (24, 48)}

# ---------------------------------------------------------------------------
# Partnership patterns for planted duplicates
# ---------------------------------------------------------------------------
PATTERNS = [
    # (weight, [(body, role)], models, kind, nation)
    (5, [("NHSE", "deliverer"), ("NIHR", "funder")], ["award", "evaluation", "test_bed", "research_call", "pathfinder", "improvement", "fellowship"], "co_run", None),
    (4, [("OLS", "policy"), ("IUK", "funder")], ["catalyst", "challenge", "investment", "award", "ktp", "accelerator"], "co_fund", None),
    (5, [("NHSE", "funder"), ("HIN", "host")], ["accelerator", "sbri", "improvement", "adoption_fund", "scouts", "network", "pilot"], "hosted", None),
    (3, [("NICE", "deliverer"), ("MHRA", "policy")], ["regulatory", "guidance", "advice", "standards"], "co_run", None),
    (4, [("DHSC", "policy"), ("NHSE", "deliverer")], ["rollout", "payment", "strategy", "body", "pathfinder", "exemplar", "adoption_fund"], "co_run", None),
    (4, [("ICB", "deliverer"), ("HIN", "host")], ["pilot", "improvement", "pathfinder", "scouts", "incubator", "network"], "hosted", None),
    (3, [("CHARITY", "funder"), ("NIHR", "funder")], ["research_call", "fellowship", "infrastructure", "award", "challenge"], "co_fund", None),
    (2, [("THF", "funder"), ("NHSE", "deliverer")], ["evaluation", "improvement", "training", "data_service"], "co_fund", None),
    (2, [("WG", "funder"), ("IUK", "funder")], ["sbri", "challenge", "accelerator", "catalyst"], "co_fund", "Wales"),
    (2, [("SG", "funder"), ("IUK", "funder")], ["sbri", "challenge", "accelerator", "test_bed"], "co_fund", "Scotland"),
    (1, [("DOHNI", "funder"), ("IUK", "funder")], ["sbri", "challenge", "accelerator"], "co_fund", "Northern Ireland"),
    (1, [("WG", "policy"), ("CHARITY", "funder")], ["research_call", "improvement", "fellowship"], "co_fund", "Wales"),
    (3, [("IUK", "funder"), ("NIHR", "funder")], ["sbri", "award", "challenge", "catalyst"], "co_fund", None),
    (2, [("OLS", "policy"), ("NIHR", "funder")], ["infrastructure", "award", "research_call"], "co_fund", None),
    (2, [("DHSC", "funder"), ("NIHR", "deliverer")], ["evaluation", "research_call", "horizon", "data_service"], "co_run", None),
    (2, [("NHSE", "policy"), ("NICE", "deliverer")], ["guidance", "payment", "horizon"], "co_run", None),
    (1, [("MHRA", "deliverer"), ("IUK", "funder")], ["regulatory"], "co_fund", None),
    (4, [("NHSE", "policy"), ("NIHR", "funder"), ("HIN", "deliverer")], ["award", "test_bed", "improvement", "pathfinder"], "co_run", None),
    (2, [("OLS", "policy"), ("IUK", "funder"), ("NIHR", "funder")], ["catalyst", "challenge", "award"], "co_fund", None),
    (2, [("NICE", "deliverer"), ("MHRA", "policy"), ("NHSE", "host")], ["regulatory", "guidance", "body"], "co_run", None),
    (3, [("DHSC", "policy"), ("NHSE", "deliverer"), ("HIN", "host")], ["rollout", "adoption_fund", "improvement", "payment"], "co_run", None),
    (2, [("CHARITY", "funder"), ("NHSE", "deliverer"), ("HIN", "host")], ["improvement", "training", "evaluation"], "hosted", None),
    (2, [("ICB", "deliverer"), ("HIN", "host"), ("NIHR", "funder")], ["pilot", "test_bed", "evaluation"], "hosted", None),
]
PATTERN_W = WChoice([(i, p[0]) for i, p in enumerate(PATTERNS)])
CHARITIES = ["WT", "THF", "BHF"]

HN_KINDS = [("successor_or_predecessor", 14), ("next_round", 16), ("strand_vs_whole", 13), ("devolved_counterpart", 12),
            ("same_name_other_body", 12), ("pilot_vs_scaleup", 10), ("other_condition", 9), ("other_population", 7),
            ("other_place", 7)]
HN_W = WChoice(HN_KINDS)


def build_universe(rng, n_rows):
    U = Universe(rng)
    rows_used = [0]
    clusters = []
    planted_pairs = [0]

    def make_cluster(pattern_i=None, base=None):
        pat = PATTERNS[pattern_i if pattern_i is not None else PATTERN_W.pick(rng)]
        members = []
        for bk, role in pat[1]:
            if bk == "CHARITY":
                bk = rng.choice(CHARITIES)
            members.append((bk, role))
        if len(set(m[0] for m in members)) < len(members):
            return None
        lead = members[0][0]
        nation = pat[4]
        mk = rng.choice(pat[2])
        place = None
        if any(m[0] == "ICB" for m in members):
            i = rng.choice(ICBS)
            place = rng.choice(i[4])
        topic = None
        if any(m[0] == "BHF" for m in members):
            topic = rng.choice(BODY["BHF"]["topics"])
        try:
            p = U.new_prog(lead=lead, model_key=mk, topic_key=topic, nation=nation, place=place,
                           allow_place=any(m[0] in ("HIN", "ICB") for m in members) or rng.random() < 0.1)
        except RuntimeError:
            return None
        if place:
            p.icb = PLACE_ICB.get(place)
            p.hin = PLACE_HIN.get(place)
        if any(m[0] == "HIN" for m in members) and p.hin is None:
            p.hin = rng.choice(HINS)[0]
        if any(m[0] == "ICB" for m in members) and p.icb is None:
            p.icb = rng.choice(ICBS)[0]
        if nation is None and p.country not in ("England", "UK"):
            p.country = "England"
        p.bodies = [m[0] for m in members]
        p.roles = dict(members)
        if p.brand is None and rng.random() < 0.35:
            p.brand = U.make_brand()
        host = [m[0] for m in members if m[1] == "host"]
        p.host = host[0] if host else None
        p.ckind = pat[3]
        U.rekey(p)
        return p

    def rows_of(p):
        return len(p.bodies)

    target_cluster_rows = max(4, int(round(0.0175 * n_rows)))
    cluster_rows = 0
    guard = 0
    while cluster_rows < target_cluster_rows and guard < 100000 and cluster_rows < n_rows // 3:
        guard += 1
        p = make_cluster()
        if p is None:
            continue
        if len(p.bodies) == 3 and rng.random() < 0.2:
            # most clusters are pairs; drop the third body sometimes
            p.bodies = p.bodies[:2]
        clusters.append(p)
        cluster_rows += len(p.bodies)
        k = len(p.bodies)
        planted_pairs[0] += k * (k - 1) // 2
    pair_target = 5 * planted_pairs[0]
    hn_pairs = 0
    hn_rel = []  # (P, Q, kind)
    # hard negatives around planted clusters first, then around single-return programmes
    order = list(clusters)
    rng.shuffle(order)
    bases = []
    for p in order:
        nvar = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
        for _ in range(nvar):
            bases.append(p)
    bi = 0
    guard = 0
    used_rows = cluster_rows
    while hn_pairs < pair_target and guard < 200000 and used_rows < n_rows - 8:
        guard += 1
        if bi < len(bases) and rng.random() < 0.55:
            P = bases[bi]
            bi += 1
        else:
            P = U.new_prog()
            used_rows += 1
        kind = HN_W.pick(rng)
        Q = make_variant(U, P, kind)
        if Q is None:
            continue
        if len(P.bodies) > 1 and rng.random() < 0.12 and kind not in ("same_name_other_body", "devolved_counterpart"):
            # the variant itself was also returned by a second body
            others = [b for b in P.bodies if b != Q.lead]
            if others:
                Q.bodies = [Q.lead, others[0]]
                Q.roles = {Q.lead: P.roles.get(Q.lead, Q.model["role"]), others[0]: P.roles.get(others[0], "funder")}
                Q.host = P.host if P.host in Q.bodies else None
                Q.ckind = P.ckind or "co_run"
                clusters.append(Q)
                planted_pairs[0] += 1
                pair_target = 5 * planted_pairs[0]
                cluster_rows += 2
        hn_rel.append((P, Q, kind))
        hn_pairs += len(P.bodies) * len(Q.bodies)
        used_rows += len(Q.bodies)
    # singletons to fill up
    total = sum(len(p.bodies) for p in U.progs)
    while total < n_rows:
        U.new_prog()
        total += 1
    return U, clusters, hn_rel


def make_variant(U, P, kind):
    rng = U.rng
    Q = Prog()
    for s in Prog.__slots__:
        setattr(Q, s, getattr(P, s))
    Q.pid = len(U.progs) + 1
    Q.key = None
    Q.rel = []
    Q.must = []
    Q.bodies = [P.lead]
    Q.roles = {P.lead: P.roles.get(P.lead, P.model["role"])}
    Q.host = None
    Q.formal = None
    Q.brand = P.brand if rng.random() < 0.5 else None
    Q.evaluated = rng.random()
    Q.hook_i = rng.randrange(100)
    changed_p = []

    def setp(attr, val):
        changed_p.append((attr, getattr(P, attr)))
        setattr(P, attr, val)

    def undo_p():
        for attr, val in reversed(changed_p):
            setattr(P, attr, val)

    if P.formal is not None:
        return None  # already rendered (never happens: rendering comes later)
    ok = True
    if kind == "successor_or_predecessor":
        if P.end is None:
            setp("end", add_months(P.start, 36))
        if months_between(P.start, P.end) < 12:
            setp("end", add_months(P.start, 12))
        later = rng.random() < 0.7
        dur = rng.randint(24, 60)
        if later:
            s = add_months(P.end, rng.randint(1, 6))
            s = (s[0], s[1], 1)
            Q.start, Q.end = s, add_months(s, dur)
            Q.gen = P.gen + 1
        else:
            e = add_months(P.start, -rng.randint(0, 4))
            Q.end = e
            Q.start = add_months(e, -dur)
            Q.gen = P.gen - 1
        Q.generic = None
        Q.noun = rng.choice([n for n in P.model["nouns"] if n != P.noun] or P.model["nouns"])
        if rng.random() < 0.5:
            Q.tstem = rng.choice(P.topic[1])
        Q.brand = U.make_brand() if rng.random() < 0.35 else None
        Q.succ_name = rng.choice(SUCC_PREFIX) if (later and rng.random() < 0.5) else None
        Q.rnd = None
        Q.must = ["dates", "succession"]
        P.must = P.must + ["dates"]
        Q.rel = [("succ", P, "later" if later else "earlier")]
    elif kind == "next_round":
        if not P.model["rounds"]:
            return None
        if P.rnd is None:
            setp("rnd", rng.choice([1, 2, 3]))
        d = rng.choice([1, 1, 1, 2, -1]) if P.rnd > 1 else rng.choice([1, 1, 2])
        Q.rnd = P.rnd + d
        shift = d * rng.randint(11, 16)
        Q.start = add_months(P.start, shift)
        Q.end = add_months(P.end, shift) if P.end else None
        if P.budget:
            Q.budget = int(round(P.budget * rng.uniform(0.7, 1.4) / 1000.0)) * 1000
        Q.must = ["dates"]
        P.must = P.must + ["dates"]
    elif kind == "strand_vs_whole":
        if P.strand is not None or P.parent is not None:
            return None
        Q.strand = rng.choice(STRANDS)
        Q.generic = None
        Q.parent = P
        if P.budget:
            Q.budget = int(round(P.budget * rng.uniform(0.08, 0.4) / 1000.0)) * 1000
        if P.end:
            Q.start = add_months(P.start, rng.randint(0, 6))
            if months_between(Q.start, P.end) >= 12:
                Q.end = add_months(Q.start, rng.randint(12, max(12, months_between(Q.start, P.end))))
            else:
                Q.end = P.end
        if len(P.bodies) > 1 and rng.random() < 0.5:
            b = rng.choice(P.bodies[1:])
            Q.lead = b
            Q.bodies = [b]
            Q.roles = {b: P.roles.get(b, "funder")}
        Q.rnd = None
        Q.must = ["strand"]
    elif kind == "devolved_counterpart":
        if P.country not in ("England", "UK") or P.lead in ("IUK", "MHRA", "OLS", "WT", "THF", "BHF"):
            return None
        if P.country == "UK":
            setp("country", "England")
        nat = rng.choice(["Wales", "Wales", "Scotland", "Scotland", "Northern Ireland"])
        Q.country = nat
        Q.lead = DEVOLVED_BODY[nat]
        Q.bodies = [Q.lead]
        Q.roles = {Q.lead: rng.choice(["funder", "policy", "deliverer"])}
        Q.place = rng.choice(DEVOLVED_PLACES[nat]) if rng.random() < 0.25 else None
        Q.hin = None
        Q.icb = None
        s = add_months(P.start, rng.randint(-18, 30))
        Q.start = s
        Q.end = add_months(s, max(12, months_between(P.start, P.end) if P.end else 36))
        if P.budget:
            Q.budget = int(round(P.budget * rng.uniform(0.05, 0.2) / 1000.0)) * 1000
        Q.must = ["country"]
        P.must = P.must + ["country"]
    elif kind == "same_name_other_body":
        # a generic name, reused by another body for something unrelated
        if not P.generic:
            if P.strand or P.parent is not None:
                return None
            setp("generic", U.new_generic_name(P.model["key"]))
        Q.generic = P.generic
        other_bodies = [b["key"] for b in BODIES if b["key"] not in P.bodies]
        ob = rng.choice(other_bodies)
        Q.lead = ob
        Q.bodies = [ob]
        Q.roles = {ob: rng.choice(["funder", "deliverer", "policy"])}
        Q.country = BODY[ob]["nation"]
        Q.topic = rng.choice([t for t in TOPICS if t[0] != P.topic[0]])
        Q.tstem = rng.choice(Q.topic[1])
        if rng.random() < 0.5:
            mk = BODY[ob]["model_w"].pick(rng)
            Q.model = MODELS[MODEL_INDEX[mk]]
        Q.cond = rng.choice(Q.topic[4]) if Q.topic[4] and rng.random() < 0.4 else None
        Q.pop = None
        Q.setting = None
        Q.hin = rng.choice(HINS)[0] if ob == "HIN" else None
        Q.icb = rng.choice(ICBS)[0] if ob == "ICB" else None
        if ob in ("HIN", "ICB"):
            Q.place = rng.choice(HIN_BY_KEY[Q.hin][4]) if ob == "HIN" else rng.choice(ICB_BY_KEY[Q.icb][4])
            Q.country = "England"
        elif Q.country in DEVOLVED_PLACES:
            Q.place = None
        else:
            Q.place = None
        Q.start, Q.end = U.random_dates(Q.model["key"])
        Q.budget = U.random_budget(Q.model, 0.3 if Q.place else 1.0)
        Q.rnd = None
        Q.strand = None
        Q.stage = None
        Q.brand = None
        Q.must = ["owner"]
        P.must = P.must + ["owner"]
    elif kind == "pilot_vs_scaleup":
        if P.stage is not None or P.strand is not None or P.model["key"] not in PILOTABLE:
            return None
        if P.place and P.country == "England":
            setp("stage", "pilot")
            Q.stage = "scaleup"
            Q.place = None
            Q.hin = None
            Q.icb = None
            if P.lead in ("HIN", "ICB"):
                Q.lead = rng.choice(["NHSE", "NHSE", "DHSC"])
                Q.bodies = [Q.lead]
                Q.roles = {Q.lead: "deliverer"}
            Q.start = add_months(P.end or add_months(P.start, 18), rng.randint(0, 8))
            Q.end = add_months(Q.start, rng.randint(24, 48))
            if P.budget:
                Q.budget = int(round(P.budget * rng.uniform(4, 20) / 10000.0)) * 10000
            P.must = P.must + ["dates", "place"]
        elif P.place is None and P.country in ("England", "UK") and P.lead not in ("HIN", "ICB"):
            if P.country == "UK":
                setp("country", "England")
            setp("stage", "scaleup")
            Q.stage = "pilot"
            Q.place = rng.choice(ALL_ENGLAND_PLACES)
            Q.hin = PLACE_HIN.get(Q.place)
            Q.icb = PLACE_ICB.get(Q.place)
            if rng.random() < 0.5:
                if Q.icb and rng.random() < 0.5:
                    Q.lead = "ICB"
                else:
                    Q.lead = "HIN"
                Q.bodies = [Q.lead]
                Q.roles = {Q.lead: "deliverer"}
                if Q.lead == "ICB" and not Q.icb:
                    Q.lead = "HIN"
                    Q.bodies = ["HIN"]
                    Q.roles = {"HIN": "deliverer"}
            Q.end = add_months(P.start, -rng.randint(0, 6))
            Q.start = add_months(Q.end, -rng.randint(12, 24))
            if P.budget:
                Q.budget = max(20000, int(round(P.budget * rng.uniform(0.02, 0.15) / 1000.0)) * 1000)
            Q.must = ["place"]
            P.must = P.must + ["dates"]
        else:
            return None
        Q.rnd = None
        Q.must = Q.must + ["dates", "stage"]
        P.must = P.must + ["stage"]
    elif kind == "other_condition":
        conds = P.topic[4]
        if len(conds) < 2:
            return None
        if P.cond is None:
            setp("cond", rng.choice(conds))
        Q.cond = rng.choice([c for c in conds if c != P.cond])
        Q.start = add_months(P.start, rng.randint(-6, 12))
        Q.end = add_months(Q.start, max(12, months_between(P.start, P.end))) if P.end else None
        Q.must = ["cond"]
        P.must = P.must + ["cond"]
    elif kind == "other_population":
        if P.pop is None:
            setp("pop", rng.randrange(len(POPULATIONS)))
        Q.pop = rng.choice([i for i in range(len(POPULATIONS)) if i != P.pop])
        Q.start = add_months(P.start, rng.randint(-6, 12))
        Q.end = add_months(Q.start, max(12, months_between(P.start, P.end))) if P.end else None
        Q.must = ["pop"]
        P.must = P.must + ["pop"]
    elif kind == "other_place":
        if P.stage == "scaleup" or P.generic:
            return None
        if P.place is None:
            if P.country in DEVOLVED_PLACES:
                setp("place", rng.choice(DEVOLVED_PLACES[P.country]))
            else:
                if P.lead == "HIN":
                    setp("place", rng.choice(HIN_BY_KEY[P.hin][4]))
                elif P.lead == "ICB":
                    setp("place", rng.choice(ICB_BY_KEY[P.icb][4]))
                else:
                    setp("place", rng.choice(ALL_ENGLAND_PLACES))
                    setp("hin", P.hin or PLACE_HIN.get(P.place))
                if P.country == "UK":
                    setp("country", "England")
        if P.country in DEVOLVED_PLACES:
            cands = [x for x in DEVOLVED_PLACES[P.country] if x != P.place]
            Q.place = rng.choice(cands)
        elif P.lead == "ICB" and P.icb:
            cands = [x for x in ICB_BY_KEY[P.icb][4] if x != P.place]
            Q.place = rng.choice(cands)
        elif P.lead == "HIN":
            h = rng.choice(HINS)
            cands = [x for x in h[4] if x != P.place]
            Q.place = rng.choice(cands)
            Q.hin = h[0]
        else:
            Q.place = rng.choice([x for x in ALL_ENGLAND_PLACES if x != P.place])
            Q.hin = PLACE_HIN.get(Q.place)
        Q.start = add_months(P.start, rng.randint(-8, 14))
        Q.end = add_months(Q.start, max(12, months_between(P.start, P.end))) if P.end else None
        Q.must = ["place"]
        P.must = P.must + ["place"]
    else:
        return None
    if Q.lead not in Q.roles:
        Q.roles = {Q.lead: Q.model["role"]}
        Q.bodies = [Q.lead]
    if Q.end is not None and months_between(Q.start, Q.end) < 12:
        Q.end = add_months(Q.start, 12)
    if P.end is not None and months_between(P.start, P.end) < 12:
        setp("end", add_months(P.start, 12))
    if changed_p and not U.rekey(P):
        undo_p()
        return None
    if not U.register(Q):
        undo_p()
        U.rekey(P)
        return None
    U.progs.append(Q)
    Q.rel = Q.rel or []
    return Q


GENERIC_NAMES = {
    "accelerator": ["Innovation Accelerator", "Accelerator Programme", "Health Accelerator"],
    "test_bed": ["Test Bed Programme", "Test Beds", "Innovation Test Bed"],
    "pathfinder": ["Pathfinder Programme", "Digital Pathfinders", "Innovation Pathfinders"],
    "catalyst": ["Catalyst Fund", "Innovation Catalyst", "Health Catalyst"],
    "challenge": ["Innovation Challenge", "Challenge Fund", "Health Challenge Fund"],
    "exemplar": ["Digital Exemplars", "Exemplar Programme"],
    "incubator": ["Innovation Hub", "Launchpad", "Innovation Hub Programme"],
    "network": ["Innovation Exchange", "Innovation Network", "Innovation Collaborative"],
    "improvement": ["Spread and Adoption Programme", "Scale-up Programme", "Adoption Programme"],
    "fellowship": ["Innovation Fellowships", "Clinical Fellowship Programme", "Fellowship Scheme"],
    "award": ["Innovation Awards", "Innovation Award"],
    "adoption_fund": ["Innovation Fund", "Transformation Fund", "Adoption Fund"],
    "training": ["Innovation Academy", "Leadership Academy", "Digital Academy"],
    "scouts": ["Innovation Scouts", "Innovation Champions"],
    "pilot": ["Innovation Pilots", "Demonstrator Programme"],
    "regulatory": ["Innovation Pathway", "Sandbox"],
    "data_service": ["Innovation Observatory", "Insights Hub"],
}
NO_SETTING = ["strategy", "body", "review", "regulatory", "guidance", "standards", "investment", "horizon", "procurement",
              "ip", "catalyst", "ktp", "voucher", "prize"]
PILOTABLE = ["pilot", "pathfinder", "test_bed", "rollout", "improvement", "adoption_fund", "exemplar", "payment", "network",
             "scouts", "training", "advice", "data_service", "accelerator", "incubator", "engagement", "voucher", "standards"]
GENERIC_NAMES.update({
    "payment": ["Innovation Payment", "Technology Payment"], "sbri": ["Innovation Challenge", "SBRI Programme"],
    "research_call": ["Research Programme", "Innovation Research Programme"], "infrastructure": ["Innovation Centre", "Innovation Hub"],
    "evaluation": ["Evaluation Programme", "Insight Programme"], "rollout": ["Transformation Programme", "Innovation Programme"],
    "engagement": ["Innovation Conversation", "People's Panel"], "review": ["Innovation Review", "Independent Review"],
    "body": ["Innovation Collaborative", "Innovation Board"], "horizon": ["Horizon Scanning Programme", "Innovation Observatory"],
    "procurement": ["Innovation Framework", "Buying Framework"], "investment": ["Innovation Fund", "Growth Fund"],
    "ktp": ["Innovation Placements", "Secondment Programme"], "advice": ["Innovation Service", "Navigator"],
    "guidance": ["Evidence Framework", "Evaluation Framework"], "strategy": ["Innovation Strategy", "Innovation Plan"],
    "standards": ["Innovation Standards", "Assurance Framework"], "voucher": ["Innovation Vouchers"],
    "prize": ["Innovation Prize", "Challenge Prize"], "ip": ["Innovation Hub", "Commercialisation Service"],
})
GENERIC_DEFAULT = ["Innovation Programme", "Innovation Fund", "Accelerator", "Catalyst", "Pathfinder Programme", "Exemplar Programme"]


# ===========================================================================
# Rendering: one programme as seen by one returning body = one register row
# ===========================================================================
SMALL_WORDS = ("and", "for", "of", "the", "in", "to", "at", "on", "with", "&", "a", "-", "–", ":")


def title_to_sentence(s):
    out = []
    for i, w in enumerate(s.split(" ")):
        if i > 0 and len(w) > 1 and w[0].isupper() and w[1:].islower() and w not in ("NHS", "Wales", "Scotland", "England"):
            out.append(w.lower())
        else:
            out.append(w)
    return " ".join(out)


def make_acr(words_text):
    ws = [w for w in words_text.replace("-", " ").replace(":", " ").split() if w.lower() not in SMALL_WORDS]
    a = "".join(w[0].upper() for w in ws if w[0].isalpha())
    return a


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


def core_name(p):
    """The programme's own core title (no qualifiers); cached."""
    if p.formal is not None:
        return p.formal
    rng_val = p.prefix or 0.0
    if p.generic:
        core = p.generic
    elif p.strand:
        par = p.parent
        ps = core_name(par)
        r = int(rng_val * 4)
        st = p.strand
        if r == 0:
            core = "%s – %s strand" % (ps, st)
        elif r == 1:
            core = "%s: %s strand" % (ps, cap1(st))
        elif r == 2:
            core = "%s strand (%s)" % (cap1(st), par.acr or ps)
        else:
            core = "%s (%s stream)" % (ps, st)
    else:
        r = int(rng_val * 10)
        if r <= 5:
            core = "%s %s" % (p.tstem, p.noun)
        elif r <= 7:
            core = "%s for %s" % (p.noun, p.tstem) if not p.noun.endswith("s") else "%s %s" % (p.tstem, p.noun)
        elif r == 8:
            core = "%s: %s" % (p.tstem, p.noun)
        else:
            core = "%s %s Programme" % (p.tstem, p.noun) if "Programme" not in p.noun else "%s %s" % (p.tstem, p.noun)
        if p.succ_name:
            core = "%s %s" % (p.succ_name, core)
        if (p.place or p.stage == "pilot") and "National " in core:
            core = core.replace("National ", "")
    p.formal = core
    a = make_acr(core if not p.strand else core_name(p.parent))
    if p.strand:
        a = (p.parent.acr or a) + "-" + make_acr(p.strand)[:2]
    if len(a) < 2 or len(a) > 7:
        a = make_acr(p.tstem + " " + p.noun)
    if p.country in ("Wales", "Scotland", "Northern Ireland") and rng_val > 0.5:
        a = a + {"Wales": "W", "Scotland": "S", "Northern Ireland": "NI"}[p.country]
    p.acr = a
    return core


def fmt_date(ymd, style):
    y, m, d = ymd
    if style == "y":
        return "%d" % y
    if style == "isom":
        return "%d-%02d" % (y, m)
    if style == "mon_y":
        return "%s %d" % (MON3[m - 1], y)
    if style == "m_slash_y":
        return "%02d/%d" % (m, y)
    if style == "m_dot_y":
        return "%02d.%d" % (m, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "iso_t":
        return "%d-%02d-%02dT00:00:00+00:00" % (y, m, d)
    if style == "dmy_slash":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "dmy_slash_nopad":
        return "%d/%d/%d" % (d, m, y)
    if style == "dmy_dot":
        return "%d.%d.%d" % (d, m, y)
    if style == "dmy_dash":
        return "%02d-%02d-%d" % (d, m, y)
    if style == "d_month_y":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == "d_mon_y":
        return "%02d-%s-%d" % (d, MON3[m - 1], y)
    if style == "dmy_time":
        return "%02d/%02d/%d 00:00" % (d, m, y)
    raise ValueError(style)


def fy_of(ymd):
    y = ymd[0] if ymd[1] >= 4 else ymd[0] - 1
    return "%d/%02d" % (y, (y + 1) % 100)


def money_txt(v, rng, cur="GBP"):
    if v is None:
        return "tbc"
    sym = "£" if cur == "GBP" else "€"
    r = rng.random()
    if v >= 1000000:
        mval = v / 1000000.0
        ms = ("%.1f" % mval).rstrip("0").rstrip(".") if mval < 100 else "%d" % round(mval)
        if r < 0.35:
            return "%s%sm" % (sym, ms)
        if r < 0.55:
            return "%s%s million" % (sym, ms)
        if r < 0.75:
            return "%s%s" % (sym, format(v, ","))
        if r < 0.82:
            return "%s%sM" % (sym, ms)
        if r < 0.88:
            return "c.%s%sm" % (sym, ms)
        if r < 0.94:
            return "%s %sm" % (cur, ms)
        return "%s%sk" % (sym, format(int(round(v / 1000.0)), ","))
    if v >= 1000:
        if r < 0.5:
            return "%s%dk" % (sym, int(round(v / 1000.0)))
        return "%s%s" % (sym, format(v, ","))
    return "%s%d" % (sym, v)


def budget_cell(v, style, rng):
    if style == "plain":
        return "%d" % v
    if style == "comma":
        return format(v, ",")
    if style == "gbp_comma":
        return "£" + format(v, ",")
    if style == "gbp_plain":
        return "£%d" % v
    if style == "gbp_comma_dec":
        return "£" + format(v, ",") + ".00"
    if style == "plain_dec":
        return "%d.00" % v
    if style == "upto":
        return "up to " + rng.choice(["%d" % v, format(v, ","), "£" + format(v, ",")])
    if style == "range":
        lo = int(v * rng.choice([0.5, 0.6, 0.75, 0.8]) / 10000) * 10000
        if lo <= 0:
            lo = 0
        hi = v
        if rng.random() < 0.5:
            return "%d - %d" % (lo, hi)
        return "%s - %s" % (format(lo, ","), format(hi, ","))
    raise ValueError(style)


YN_TRUTH = {"yes": 0, "no": 1, "partly": 2}


class Slots(dict):
    """Lazily computed template slots; records which facts a description states."""

    def __init__(self, rc):
        dict.__init__(self)
        self.rc = rc

    def __missing__(self, k):
        rc = self.rc
        v = rc.slot(k, self)
        self[k] = v
        return v


class RowCtx(object):
    __slots__ = ("p", "b", "bk", "role", "rng", "stated", "name_facts", "thin", "partners_b", "start", "end",
                 "cur", "owner_str", "cluster", "hin", "icb")

    def __init__(self, p, bk, role, rng, thin, cluster):
        self.p = p
        self.bk = bk
        self.b = BODY[bk]
        self.role = role
        self.rng = rng
        self.stated = set()
        self.thin = thin
        self.cluster = cluster
        self.partners_b = [x for x in p.bodies if x != bk]
        self.start = p.start
        self.end = p.end
        self.cur = p.currency

    # -- slot values ---------------------------------------------------------
    def slot(self, k, S):
        p = self.p
        rng = self.rng
        if k == "tp":
            return rng.choice(p.topic[2])
        if k == "Tp":
            return cap1(S["tp"])
        if k == "who":
            return p.model["who"]
        if k == "scope":
            if p.place:
                self.stated.add("place")
                return p.place
            return rng.choice(NATION[p.country]["scope"])
        if k == "scope_place":
            if p.place:
                self.stated.add("place")
                return p.place
            return rng.choice(NATION[p.country]["scope"])
        if k in ("cond_for", "cond", "Cond"):
            if not p.cond:
                return ""
            self.stated.add("cond")
            c = p.cond_txt or rng.choice(CONDITIONS[p.cond])
            if k == "cond":
                return c
            if k == "Cond":
                return cap1(c)
            return rng.choice([" for people with %s", " in %s", " (%s)", " for %s"]) % c
        if k in ("pop_for", "pop"):
            if p.pop is None:
                return ""
            self.stated.add("pop")
            t = rng.choice(POPULATIONS[p.pop][1])
            return t if k == "pop" else rng.choice([" for %s", " among %s", ", focused on %s,"]) % t
        if k in ("place_in", "place"):
            if not p.place:
                return ""
            self.stated.add("place")
            return p.place if k == "place" else rng.choice([" in %s", " across %s", " in the %s area"]) % p.place
        if k in ("setting_in", "setting", "setting_pl"):
            if not p.setting:
                return "" if k != "setting_pl" else rng.choice(["sites", "organisations", "teams"])
            self.stated.add("setting")
            t = rng.choice(dict(SETTINGS)[p.setting])
            return t if k != "setting_in" else rng.choice([" in %s", " within %s"]) % t
        if k == "nation":
            self.stated.add("country")
            return p.country if p.country != "UK" else "the UK"
        if k == "boards":
            return NATION[p.country]["boards"]
        if k == "Nm":
            r = rng.random()
            if p.brand and r < 0.25:
                return p.brand
            if r < 0.45 and p.acr:
                return p.acr
            return rng.choice(["The programme", "The scheme", "The programme", "This initiative", "It"])
        if k == "money":
            return money_txt(p.budget, rng, self.cur)
        if k == "money_share":
            return money_txt(int(p.budget * rng.choice([0.3, 0.4, 0.5, 0.6])) if p.budget else None, rng, self.cur)
        if k == "award_max":
            return money_txt(p.award_max, rng, self.cur)
        if k == "award_lo":
            return money_txt(max(5000, (p.award_max or 50000) // rng.choice([4, 5, 10])), rng, self.cur)
        if k == "spent_pct":
            return str(rng.choice([38, 45, 52, 61, 70, 74, 83, 90, 96]))
        if k == "match":
            return str(rng.choice([20, 25, 30, 50]))
        if k == "lev":
            return "%.1f" % rng.choice([0.8, 1.2, 1.5, 2.1, 2.7, 3.4, 4.0])
        if k == "years":
            if p.end:
                return str(max(1, int(round(months_between(p.start, p.end) / 12.0))))
            return "five"
        if k == "y1":
            return str(self.start[0])
        if k == "y2":
            return str(self.end[0]) if self.end else "tbc"
        if k == "my0":
            return "%s %d" % (MON3[(self.start[1] - 3) % 12], self.start[0] if self.start[1] > 2 else self.start[0] - 1)
        if k == "my1":
            return rng.choice(["%s %d", "%s %d"]) % (rng.choice([MONTHS, MON3])[self.start[1] - 1], self.start[0])
        if k == "my2":
            e = self.end or add_months(self.start, 24)
            return "%s %d" % (MONTHS[e[1] - 1], e[0])
        if k == "fy_range":
            e = self.end or add_months(self.start, 36)
            return "%s to %s" % (fy_of(self.start), fy_of(add_months(e, -1)))
        if k == "fy_last":
            e = self.end or add_months(self.start, 36)
            return fy_of(add_months(e, -1))
        if k == "fy1":
            return fy_of(self.start)
        if k == "fy2":
            return fy_of(add_months(self.start, 12))
        if k == "money_y1":
            return money_txt(int(p.budget * 0.3) if p.budget else None, rng, self.cur)
        if k == "money_y2":
            return money_txt(int(p.budget * 0.45) if p.budget else None, rng, self.cur)
        if k == "n_proj":
            return str(p.n_proj)
        if k == "n_rounds":
            return str(p.rnd or rng.choice([2, 3, 4]))
        if k == "n_sites":
            return str(p.n_sites)
        if k == "n_sites_m1":
            return str(max(1, p.n_sites - 1))
        if k == "n_sites_small":
            return str(min(p.n_sites, rng.choice([2, 3, 4, 5])))
        if k == "cohort":
            return str(p.cohort)
        if k == "n_patients":
            return format(p.n_patients, ",")
        if k == "n_apps":
            return str(p.cohort * rng.choice([3, 4, 5, 7]))
        if k == "n_events":
            return str(rng.choice([4, 6, 8, 10, 12]))
        if k == "n_members":
            return str(rng.choice([150, 240, 400, 650, 1100, 2300]))
        if k == "wte":
            return rng.choice(["2", "3.5", "4", "6.2", "8", "11"])
        if k == "n_products":
            return str(max(1, p.n_proj // rng.choice([2, 3, 4])))
        if k == "n_jobs":
            return str(p.n_proj * rng.choice([2, 3, 5]))
        if k == "succ":
            return str(rng.choice([18, 22, 25, 31, 40]))
        if k == "partner":
            return self.partner_name(rng)
        if k == "partner_list":
            a = self.partner_name(rng)
            pool = HOSTS_BY_NATION[p.country]
            b2 = rng.choice(pool)
            c2 = rng.choice(pool)
            if c2 == b2 or rng.random() < 0.7:
                return "%s and %s" % (a, b2)
            return "%s, %s and %s" % (a, b2, c2)
        if k == "host_name":
            if p.host == "HIN" or (p.host is None and p.hin and rng.random() < 0.5):
                return HIN_BY_KEY[p.hin or "UCLP"][1]
            return rng.choice(HOSTS_BY_NATION[p.country])
        if k == "chair":
            return rng.choice(SROS)
        if k == "sro":
            return rng.choice(SROS)
        if k == "fund_source":
            return rng.choice(FUND_SOURCES)
        if k == "eval_org":
            return rng.choice(EVAL_ORGS).replace("{city}", rng.choice(EVAL_CITIES))
        if k == "eval_status":
            return rng.choice(["final report published", "interim report received", "due to report %d" % (self.start[0] + 3),
                               "fieldwork under way", "procurement of evaluator in progress"])
        if k == "elig":
            return rng.choice(["UK-registered SMEs", "NHS trusts and ICBs", "clinicians at Band 6 and above",
                               "universities with an NHS partner", "health boards", "charities and social enterprises",
                               "GP practices and PCNs", "any organisation with an NHS partner", "companies of any size",
                               "NHS and social care staff"])
        if k in ("site_a", "site_b"):
            a = self.site(rng)
            b2 = a
            for _ in range(4):
                b2 = self.site(rng)
                if b2 != a:
                    break
            S["site_a"], S["site_b"] = a, b2
            return S[k]
        if k == "site_list":
            n = rng.choice([2, 3, 4])
            out = []
            for _ in range(n):
                x = self.site(rng)
                if x not in out:
                    out.append(x)
            return ", ".join(out)
        if k in ("support_a", "support_b", "support_c"):
            sa = rng.sample(SUPPORTS, 3)
            S["support_a"], S["support_b"], S["support_c"] = sa
            return S[k]
        if k == "hook":
            hs = HOOKS[p.country]
            return hs[p.hook_i % len(hs)]
        if k == "review":
            return rng.choice(REVIEWS)
        if k == "aim_short":
            return rng.choice(AIM_SHORT)
        if k in ("benefit_a", "benefit_b", "benefit_c"):
            sa = rng.sample(BENEFITS, 3)
            S["benefit_a"], S["benefit_b"], S["benefit_c"] = sa
            return S[k]
        if k == "rword":
            if p.rnd:
                self.stated.add("round")
            return p.rword
        if k == "rword_cap":
            return p.rword
        if k == "rnd":
            if p.rnd:
                self.stated.add("round")
            return str(p.rnd or 1)
        if k == "strand":
            self.stated.add("strand")
            return p.strand or ""
        if k == "parent":
            par = p.parent
            if par is None:
                return "the wider programme"
            return core_name(par) if rng.random() < 0.7 else (par.acr or core_name(par))
        if k == "parent_budget":
            par = p.parent
            return money_txt(par.budget if par else None, rng)
        if k == "mech":
            return rng.choice(p.model["mech"]).format_map(S)
        if k == "mech_short":
            return rng.choice(MECH_SHORT.get(p.model["key"], ["support"]))
        if k == "tstem":
            return p.tstem
        if k == "acr":
            return p.acr or core_name(p)
        if k == "aim_short2":
            return rng.choice([x for x in AIM_SHORT if x != S["aim_short"]])
        if k == "elig_adopt":
            return rng.choice(["bids must be signed off by the ICB", "one bid per system", "match funding not required",
                               "providers must commit to recurrent funding"])
        if k == "verb_we":
            return rng.choice(["adopt", "use", "scale up", "get the most out of"])
        if k == "lead":
            return self.owner_plain(p.lead, rng)
        raise KeyError(k)

    def site(self, rng):
        p = self.p
        if p.place and p.place in TOWNS:
            return rng.choice(TOWNS[p.place])
        if p.place:
            return "%s %s" % (p.place, rng.choice(["community hub", "PCN", "hospital", "GP federation"]))
        if p.country in DEVOLVED_PLACES:
            return rng.choice(DEVOLVED_PLACES[p.country])
        return rng.choice(TRUSTS[:18])

    def partner_name(self, rng):
        if self.partners_b:
            bk = rng.choice(self.partners_b)
            return self.owner_plain(bk, rng)
        pool = DESC_PARTNERS[self.p.country]
        x = rng.choice(pool)
        if x == self.owner_plain(self.bk, rng):
            x = rng.choice(pool)
        return x

    def owner_plain(self, bk, rng):
        p = self.p
        if bk == "HIN":
            h = HIN_BY_KEY[p.hin or "UCLP"]
            return rng.choice([h[1], h[3]])
        if bk == "ICB":
            i = ICB_BY_KEY[p.icb or "ICB_NENC"]
            return rng.choice([i[1], i[2]])
        b = BODY[bk]
        return rng.choice([b["name"], b["acr"]]) if b["acr"] not in ("Wellcome",) else b["name"]


DESC_PARTNERS = {
    "England": ["NHS England", "NIHR", "Innovate UK", "NICE", "MHRA", "the Office for Life Sciences", "the AAC", "NHS Supply Chain",
                "the regional HIN", "the local ICB", "Health Education England", "UKHSA", "Genomics England", "HDR UK",
                "NHS Digital", "DHSC", "the NHS Confederation", "the Royal College of GPs"],
    "UK": ["UKRI", "the MRC", "EPSRC", "NIHR", "Innovate UK", "the Office for Life Sciences", "MHRA", "HDR UK", "DSIT",
           "the devolved administrations", "ABHI", "the ABPI", "Genomics England", "Cancer Research UK"],
    "Wales": ["Health Technology Wales", "Life Sciences Hub Wales", "Digital Health and Care Wales", "Health and Care Research Wales",
              "the Bevan Commission", "the Welsh health boards", "NHS Wales Shared Services Partnership", "Improvement Cymru"],
    "Scotland": ["the Chief Scientist Office", "the Digital Health & Care Innovation Centre", "NHS National Services Scotland",
                 "Healthcare Improvement Scotland", "the Scottish Health Technologies Group", "NHS Education for Scotland",
                 "the InnoScot Health team", "Scottish Enterprise"],
    "Northern Ireland": ["HSC R&D Division", "HSC Innovation", "Invest Northern Ireland", "the Business Services Organisation",
                         "the Public Health Agency", "the Strategic Planning and Performance Group"],
}
HOSTS_BY_NATION = {
    "England": TRUSTS[:18] + UNIVERSITIES[:14] + UNIVERSITIES[21:],
    "UK": TRUSTS[:18] + UNIVERSITIES,
    "Wales": ["Swansea University", "Cardiff University", "Cwm Taf Morgannwg University Health Board", "Hywel Dda University Health Board",
              "Cardiff and Vale University Health Board", "Velindre University NHS Trust"],
    "Scotland": ["University of Edinburgh", "University of Glasgow", "University of Aberdeen", "NHS Greater Glasgow and Clyde",
                 "NHS Highland", "NHS Lothian", "University of Strathclyde"],
    "Northern Ireland": ["Queen's University Belfast", "Ulster University", "Belfast Health and Social Care Trust",
                         "Western Health and Social Care Trust", "Southern Health and Social Care Trust"],
}

MECH_SHORT = {
    "accelerator": ["support for SMEs", "scale-up support", "mentoring + bursary"],
    "fellowship": ["fellowships", "protected time for clinicians", "bursaries"],
    "test_bed": ["real-world testing", "test bed sites", "RWE generation"],
    "challenge": ["challenge funding", "competitive grants"],
    "award": ["phased awards", "late-stage funding", "awards + evaluation"],
    "adoption_fund": ["adoption funding", "pump-priming", "non-recurrent funding for providers"],
    "sbri": ["SBRI contracts", "pre-commercial procurement", "Ph1/Ph2 contracts"],
    "catalyst": ["match-funded grants", "R&D grants"],
    "research_call": ["research grants", "commissioned research", "themed call"],
    "infrastructure": ["infrastructure award", "centre funding"],
    "evaluation": ["rapid evaluation", "independent evaluation"],
    "network": ["network/CoP", "convening"],
    "pathfinder": ["pathfinder sites", "new care model sites"],
    "exemplar": ["exemplar funding", "blueprinting"],
    "payment": ["central funding of products", "zero-cost adoption"],
    "regulatory": ["regulatory sandbox", "joint regulatory route"],
    "advice": ["signposting", "advice service"],
    "guidance": ["evidence standards", "early assessment"],
    "training": ["training places", "leadership course"],
    "strategy": ["strategy", "national plan"],
    "data_service": ["data platform", "dashboards"],
    "voucher": ["vouchers", "small vouchers for SMEs"],
    "prize": ["challenge prize"],
    "horizon": ["horizon scanning"],
    "procurement": ["framework", "DPS"],
    "investment": ["equity", "co-investment"],
    "ktp": ["placements", "secondments"],
    "improvement": ["QI collaborative", "spread support"],
    "pilot": ["pilot", "test of change"],
    "rollout": ["national roll-out", "implementation support"],
    "engagement": ["public engagement", "PPIE"],
    "review": ["review", "call for evidence"],
    "body": ["partnership board", "coordination"],
    "incubator": ["incubator space", "hub"],
    "scouts": ["champions network", "scouts"],
    "ip": ["IP/commercialisation advice"],
    "standards": ["standards", "assurance"],
}

# ---------------------------------------------------------------------------
# Clause banks (own wording; slots in braces)
# ---------------------------------------------------------------------------
# Tags in square brackets say what a template needs from the programme:
# money (a budget), grants (gives grants/contracts to innovators or researchers), sites (delivered in
# NHS sites), patients (touches patients directly), cohort (recruits cohorts of people or firms),
# past (programme has ended), future (still running or planned).
AIM = [
    "Aims to speed up adoption of {tp}{cond_for}{place_in} so that patients benefit sooner.",
    "Objective: reduce unwarranted variation in access to {tp}{pop_for}.",
    "Intended to deliver the {hook} commitment on {tp}.",
    "[future]The policy aim is to make {tp} business as usual across {scope} by {y2}.",
    "Supports the ambitions of the {hook}, in particular on {aim_short}.",
    "Designed to tackle barriers identified in the {review} – evidence, procurement and capacity to implement.",
    "Seeks to build a sustainable market for {tp} by giving suppliers clearer signals of NHS demand.",
    "Policy intent is twofold: improve outcomes{cond_for} and release capacity.",
    "Part of the wider approach to {aim_short}.",
    "Ministerial priority, announced {my1}.",
    "To make sure the system can identify, test and scale {tp} quickly and safely.",
    "Expected benefits: {benefit_a}, {benefit_b} and {benefit_c}.",
    "Aligned with the {hook} and the outcome delivery plan.",
    "Responds to the recommendation that the system should prioritise {tp}{cond_for}.",
    "Rationale: {tp} is proven but uptake is patchy{place_in}.",
    "Links to departmental priorities on {aim_short} and {aim_short2}.",
]
AIM_WE = [
    "We want to make sure that {who} can {verb_we} {tp}.",
    "Our aim is simple: more people{pop_for} benefiting from {tp}.",
    "We set this up because uptake of {tp}{place_in} lagged behind other areas.",
    "This is part of our strategy to support {aim_short}.",
]
FUND = [
    "[money]{money} over {years} years.",
    "[money]Total committed: {money} ({fy_range}).",
    "[money]Allocation {money}; {spent_pct}% spent by end of {fy_last}.",
    "Funded from {fund_source}.",
    "[money,cofund]Our contribution of {money_share} goes to the {partner}-led programme.",
    "[cofund]Co-funded with {partner}.",
    "[money]Spend profile {money_y1} in {fy1}, rising to {money_y2} in {fy2}.",
    "Value for money assessed through an evaluation by {eval_org}.",
    "[money]Funding ringfenced for {fy_range}.",
    "[money]Budget {money} (revenue), no capital element.",
    "[grants]Grants of up to {award_max} per project; {n_proj} projects funded to date.",
    "[grants]{n_proj} awards made across {n_rounds} competitions, total value {money}.",
    "[biz]Industry partners must provide {match}% match funding.",
    "[biz]Outputs to date: {n_proj} projects, {n_products} products to market, {n_jobs} jobs created or safeguarded.",
    "[grants]KPIs: number of awards, leverage, adoption in NHS sites, follow-on investment.",
    "[grants]Paid by milestone; final payment held until the evaluation report is accepted.",
    "[grants]Awards typically {award_lo}–{award_max}, lasting 12-24 months.",
    "[biz]Leverage to date £1 : £{lev} private co-investment.",
    "[adopt]Non-recurrent funding to {n_sites} NHS organisations; recurrent costs to be picked up locally.",
    "[adopt]Allocations made to systems on a fair-shares basis.",
]
FUND_ACAD = [
    "[grants]The funding committee has met {n_rounds} times; success rate around {succ}%.",
    "[grants]Commissioned and researcher-led workstreams; {n_proj} studies funded ({money}).",
    "[grants]Applications are peer reviewed and assessed against importance, value for money and quality of PPIE.",
    "[grants]Award holders report outputs via Researchfish annually.",
    "[grants]Portfolio of {n_proj} projects across {n_sites} institutions.",
    "Findings are published in the NIHR Journals Library or equivalent open-access outlets.",
]
FUND_COMP = [
    "[grants]This competition is for UK-registered businesses; project costs between {award_lo} and {award_max}.",
    "[grants]SMEs can claim up to 70% of eligible costs; large businesses up to 50%.",
    "[grants]Competition opened {my1}; {n_proj} projects funded.",
    "[grants]Collaborations must include an NHS or academic partner.",
    "[grants]Up to {award_max} per project for projects of 6 to 24 months.",
    "Assessed by independent experts; applicants get written feedback.",
]
DELIV = [
    "[sites]Delivered in {n_sites} sites across {scope_place}, including {site_a} and {site_b}.",
    "[cohort]{rword_cap} {rnd}: {cohort} {who} started {my1}, with workshops, one-to-one mentoring and a showcase event.",
    "[cohort]First cohort of {cohort} {who} recruited {my1}.",
    "Working with {partner_list} on {tp}{setting_in}.",
    "[sites]First site went live {my1}; the remaining {n_sites_m1} sites are due by {my2}.",
    "[sites]Clinical lead in each site; project management by a central PMO.",
    "[patients]{n_patients} patients supported to date.",
    "Support offer: {support_a}, {support_b} and {support_c}.",
    "Small central team ({wte} WTE) plus secondees from partner organisations.",
    "[sites]Implementation support includes clinical backfill, training and an evaluation partner.",
    "[sites]Sites: {site_list}.",
    "Runs {n_events} events a year and an online community of practice with {n_members} members.",
    "[cohort]Open call; {n_apps} applications for {cohort} places.",
    "Delivery partner: {partner}.",
    "[sites]Onboarding continues; uptake has been slower in smaller {setting_pl}.",
    "Delivery plan agreed with {partner}; milestones reported monthly.",
]
DELIV_WE = [
    "[sites]We are working with {n_sites} {setting_pl} in {scope_place} to roll out {tp}.",
    "We support {who} with {tp}{cond_for}, offering {support_a} and {support_b}.",
    "We host the programme team and run the regional events.",
    "[patients]Our team has onboarded {n_patients} patients so far.",
    "[grants]We fund {n_proj} projects a year, each up to {award_max}.",
    "We commissioned {eval_org} to evaluate the work.",
    "[cohort]So far we have worked with {cohort} {who}.",
    "[sites]So far we have worked with {n_sites} NHS sites.",
]
DELIV_LOCAL = [
    "[sites]System-wide roll-out across {scope_place}; {n_sites} practices/PCNs signed up.",
    "Led by the ICB digital team with provider collaborative partners.",
    "[sites]Go-live {my1} at {site_a}.",
    "Part of the ICS digital plan; reported through the system transformation board.",
    "Interim results show {benefit_a}.",
    "[sites]Backfill funded for clinical champions at {site_a} and {site_b}.",
]
POLICY_GOV = [
    "SRO: {sro}.",
    "Governance through a programme board chaired by the {chair}.",
    "Business case (OBC) approved {my1}.",
    "MoU in place with {partner}.",
    "Quarterly progress reported to ministers.",
    "Reports to the {hook} delivery board.",
    "Oversight by a joint steering group with {partner}.",
]
HOST = [
    "Hosted by {host_name} on behalf of {partner}.",
    "{host_name} provides the programme office, contracting and finance.",
    "Programme board chaired by the {chair}, reporting to {partner}.",
    "Host organisation for the national team; staff employed by {host_name}.",
    "Steering group meets quarterly; members include {partner_list}.",
]
ELIG = ["[grants]Eligibility: {elig}.", "[grants]Open to {elig}.", "[grants]Applicants: {elig}.",
        "[adopt]Open to NHS organisations; {elig_adopt}."]
EVAL = ["Independent evaluation by {eval_org} ({eval_status}).", "Not formally evaluated.", "[past]Rapid evaluation reported {my2}.",
        "[future]Evaluation in progress.", "[future]Evaluation by {eval_org}; report due {y2}.", "Internal review only.",
        "[past]Evaluation by {eval_org} published {y2}."]
STATUS_TXT = ["[grants,future]Closed to new applications.", "[future]Live.", "[cohort,past]Final cohort completed {my2}.",
              "[past]Funding ended {fy_last}; activity continues locally.", "Extended by 12 months.",
              "Paused during COVID-19, restarted later."]
ACAD_MECH = [
    "[grants]The programme funds high-quality research on {tp}{cond_for}, with an emphasis on implementation.",
    "Research must be co-produced with patients and the public.",
    "Studies use mixed methods, including health economic evaluation.",
]


def _tagged(lst):
    out = []
    for t in lst:
        tags = ()
        if t.startswith("["):
            j = t.index("]")
            tags = tuple(t[1:j].split(","))
            t = t[j + 1:]
        out.append((t, tags))
    return out


for _nm in ("AIM", "AIM_WE", "FUND", "FUND_ACAD", "FUND_COMP", "DELIV", "DELIV_WE", "DELIV_LOCAL", "POLICY_GOV", "HOST",
            "ELIG", "EVAL", "STATUS_TXT", "ACAD_MECH"):
    globals()[_nm] = _tagged(globals()[_nm])
MECH_T = [("{mech}", ())]

GRANT_MODELS = ["fellowship", "challenge", "award", "sbri", "catalyst", "research_call", "infrastructure", "voucher", "prize",
                "investment", "ktp"]
ADOPT_MODELS = ["adoption_fund", "payment", "exemplar", "pathfinder", "rollout"]
SITE_MODELS = ["test_bed", "pathfinder", "exemplar", "pilot", "rollout", "improvement", "adoption_fund", "payment", "scouts"]
PATIENT_MODELS = ["pilot", "rollout", "pathfinder", "test_bed", "improvement", "exemplar", "payment", "adoption_fund"]
BIZ_MODELS = ["challenge", "award", "sbri", "catalyst", "voucher", "prize", "investment", "ktp", "accelerator"]
COHORT_MODELS = ["accelerator", "fellowship", "training", "incubator", "ktp", "scouts", "improvement", "test_bed", "pathfinder"]


def caps_of(rc):
    p = rc.p
    k = p.model["key"]
    c = set()
    if p.budget:
        c.add("money")
    if k in GRANT_MODELS and p.budget:
        c.add("grants")
    if k in ADOPT_MODELS and p.budget:
        c.add("adopt")
    if k in SITE_MODELS:
        c.add("sites")
    if k in PATIENT_MODELS and p.topic[5] != "non-clinical":
        c.add("patients")
    if k in COHORT_MODELS:
        c.add("cohort")
    if k in BIZ_MODELS and p.budget:
        c.add("biz")
    if rc.partners_b:
        c.add("cofund")
    if rc.end is not None and (rc.end[0], rc.end[1]) < (AUDIT_DATE[0], AUDIT_DATE[1]):
        c.add("past")
    else:
        c.add("future")
    return c


FACT_CLAUSES = {
    "cond": ["Condition focus: {cond}.", "Focus on {cond}.", "Specifically for people with {cond}.", "{Cond} only."],
    "pop": ["Target population: {pop}.", "Aimed at {pop}.", "For {pop}."],
    "place": ["Covers {place} only.", "Delivered in {place}.", "Geography: {place}.", "Local to {place}."],
    "setting": ["Setting: {setting}.", "Delivered in {setting}."],
    "round": ["This is {rword} {rnd} ({y1} intake).", "{rword_cap} {rnd} of the scheme.", "{rword_cap} {rnd}; applications closed {my0}."],
    "strand": ["One of several strands of {parent}; this line covers the {strand} strand only.",
               "The {strand} strand of the wider {parent} ({parent_budget} overall).",
               "Sub-programme of {parent}: {strand} strand."],
    "country_dev": ["Covers {nation} only.", "{nation} programme, delivered with {boards}.", "Applies in {nation}."],
    "country_eng": ["England only.", "Applies in England.", "English NHS only.", "Covers England."],
}


def render_name(rc, form, quals_p):
    """Build the row's name: a name form plus some qualifiers; record facts shown."""
    p = rc.p
    rng = rc.rng
    b = rc.b
    core = core_name(p)
    if b["title"] == "sentence" and not p.generic:
        core_c = title_to_sentence(core)
    else:
        core_c = core
    if form == "formal_acr" and p.acr:
        nm = "%s (%s)" % (core_c, p.acr)
    elif form == "acr" and p.acr:
        nm = p.acr if rng.random() < 0.6 else "%s %s" % (p.acr, rng.choice(["programme", "Programme", "scheme", "fund", "initiative"]))
    elif form == "brand" and p.brand:
        nm = p.brand if rng.random() < 0.6 else "%s: %s" % (p.brand, core_c)
    elif form == "line":
        ba = b["acr"] if b["acr"] else "ICB"
        if rc.bk == "HIN":
            ba = HIN_BY_KEY[p.hin or "UCLP"][3]
        if rc.bk == "ICB":
            ba = ICB_BY_KEY[p.icb or "ICB_NENC"][2]
        r = rng.random()
        if r < 0.3:
            nm = "%s %s" % (ba, core_c)
        elif r < 0.55:
            nm = "%s – %s funding" % (core_c, ba)
        elif r < 0.8:
            nm = "%s contribution to %s" % (ba, p.acr or core_c)
        else:
            nm = "%s (%s-funded)" % (core_c, ba)
    elif form == "descriptive" and not p.generic and not p.strand:
        tp = rng.choice(p.topic[2])
        ms = rng.choice(MECH_SHORT.get(p.model["key"], ["support"]))
        r = rng.random()
        if r < 0.3:
            nm = "%s – %s" % (cap1(ms), tp)
        elif r < 0.5:
            nm = "%s: %s" % (cap1(tp), ms)
        elif r < 0.7:
            nm = "%s on %s" % (p.noun, tp)
        elif r < 0.85:
            nm = "%s (%s)" % (cap1(tp), ms)
        else:
            nm = "%s programme" % cap1(tp)
    else:
        nm = core_c
    # qualifiers: at most one word in front, the rest after the title
    if p.crowded and form != "brand":
        quals_p = 1.0
    prefixed = False
    has_for = " for " in nm
    if p.stage == "pilot" and rng.random() < quals_p:
        nm = rng.choice(["%s Pilot", "%s (pilot)", "%s – pilot phase", "%s pilot"]) % nm
        rc.stated.add("stage")
    elif p.stage == "scaleup" and rng.random() < quals_p and "national" in nm.lower():
        nm = rng.choice(["%s – scale-up phase", "%s (roll-out)", "%s: roll-out"]) % nm
        rc.stated.add("stage")
    elif p.stage == "scaleup" and rng.random() < quals_p:
        if rng.random() < 0.3:
            nm = "National roll-out: %s" % nm
            prefixed = True
        else:
            nm = rng.choice(["%s – national scale-up", "%s National Roll-out", "%s (national roll-out)"]) % nm
        rc.stated.add("stage")
    if p.cond and rng.random() < quals_p and not (words_of(CONDITIONS[p.cond][0]) & words_of(core)):
        c = p.cond_txt or rng.choice(CONDITIONS[p.cond])
        if not has_for and rng.random() < 0.6:
            nm = "%s for %s" % (nm, c)
            has_for = True
        else:
            nm = "%s (%s)" % (nm, c)
        rc.stated.add("cond")
    if p.pop is not None and rng.random() < quals_p:
        t = rng.choice(POPULATIONS[p.pop][1])
        if not has_for:
            nm = "%s for %s" % (nm, t)
            has_for = True
        else:
            nm = "%s – %s" % (nm, t)
        rc.stated.add("pop")
    if p.setting and rng.random() < quals_p:
        t = rng.choice(dict(SETTINGS)[p.setting])
        if not prefixed and rng.random() < 0.2:
            nm = "%s %s" % (SETTING_TITLE[p.setting], nm)
            prefixed = True
        else:
            nm = "%s in %s" % (nm, t)
        rc.stated.add("setting")
    if p.place and rng.random() < quals_p:
        pl = p.place
        if pl in PLACE_SHORT and rng.random() < 0.3:
            pl = PLACE_SHORT[pl]
        r = rng.random()
        if r < 0.4 and not prefixed:
            nm = "%s %s" % (cap1(pl), nm)
            prefixed = True
        else:
            nm = ("%s – %s" % (nm, pl)) if r < 0.75 else ("%s (%s)" % (nm, pl))
        rc.stated.add("place")
    if p.country in DEVOLVED_PLACES and rng.random() < quals_p * 0.8:
        c = p.country
        forms = {"Wales": ["%s Wales", "%s (Wales)", "%s Cymru", "%s – Wales"],
                 "Scotland": ["%s Scotland", "%s (Scotland)", "%s – Scotland"],
                 "Northern Ireland": ["%s NI", "%s (Northern Ireland)", "%s – Northern Ireland"]}[c]
        if not prefixed and rng.random() < 0.25:
            nm = {"Wales": "Welsh %s", "Scotland": "Scottish %s", "Northern Ireland": "Northern Ireland %s"}[c] % nm
        else:
            nm = rng.choice(forms) % nm
        rc.stated.add("country")
    if p.rnd and rng.random() < quals_p:
        w = p.rword
        nm = rng.choice(["%s – %s %d", "%s %s %d", "%s (%s %d)", "%s: %s %d"]) % (nm, w, p.rnd)
        rc.stated.add("round")
    return nm


def words_of(t):
    return set(w for w in re.split(r"[^a-z0-9]+", t.lower()) if len(w) > 3)


def needed_facts(p):
    need = []
    if p.cond:
        need.append("cond")
    if p.pop is not None:
        need.append("pop")
    if p.place:
        need.append("place")
    if p.setting:
        need.append("setting")
    if p.rnd:
        need.append("round")
    if p.strand:
        need.append("strand")
    if p.stage:
        need.append("stage")
    if p.country in DEVOLVED_PLACES or "country" in p.must:
        need.append("country")
    if "succession" in p.must:
        need.append("succession")
    return need


def typo(text, rng):
    r = rng.random()
    if r < 0.5:
        for right, wrong in MISSPELL[rng.randrange(len(MISSPELL)):] + MISSPELL:
            if right in text:
                return text.replace(right, wrong, 1)
        return text
    # character-level slip in a random longer word
    ws = text.split(" ")
    idx = [i for i, w in enumerate(ws) if len(w) > 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = ws[i]
    j = rng.randrange(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.7:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    ws[i] = w
    return " ".join(ws)


def americanise(text, rng):
    for a, b in AMERICAN:
        if a in text and rng.random() < 0.7:
            text = text.replace(a, b)
    return text


def pick_clauses(rc, n):
    """Choose n clause templates suited to the programme, the body's role and its voice."""
    rng = rc.rng
    role = rc.role
    voice = rc.b["voice"]
    p = rc.p
    if role == "funder":
        pools = [(FUND, 4), (MECH_T, 2), (ELIG, 1), (EVAL, 1), (AIM, 1)]
        if voice == "academic":
            pools += [(FUND_ACAD, 3), (ACAD_MECH, 1)]
        if voice == "competition":
            pools.append((FUND_COMP, 4))
    elif role == "deliverer":
        pools = [(DELIV, 4), (MECH_T, 2), (EVAL, 1), (STATUS_TXT, 0.5)]
        if voice == "we":
            pools.append((DELIV_WE, 4))
        if voice == "local":
            pools.append((DELIV_LOCAL, 4))
    elif role == "policy":
        pools = [(AIM, 4), (MECH_T, 2), (POLICY_GOV, 1.5), (EVAL, 0.5)]
        if voice == "we":
            pools.append((AIM_WE, 2))
    else:  # host
        pools = [(HOST, 4), (MECH_T, 2), (DELIV, 1.5), (POLICY_GOV, 0.5)]
    caps = caps_of(rc)
    ok_pools = []
    for pl, w in pools:
        keep = [t for t, tags in pl if all(tg in caps for tg in tags) and (p.rnd or "{rnd}" not in t)]
        if keep:
            ok_pools.append((keep, w))
    first_pool = ok_pools[0][0] if rng.random() < 0.45 else ["{mech}"]
    chosen = [rng.choice(first_pool)]
    wc = WChoice(ok_pools)
    guard = 0
    while len(chosen) < n and guard < 20:
        guard += 1
        t = rng.choice(wc.pick(rng))
        if t not in chosen:
            chosen.append(t)
    if any("{eval_org}" in t or "{eval_status}" in t for t in chosen):
        chosen = [t for t in chosen if t not in ("Not formally evaluated.", "Internal review only.")] or chosen
    return chosen


def fragment(rc, S):
    rng = rc.rng
    p = rc.p
    bits = []
    bits.append(rng.choice(["{tstem} – {mech_short}", "{mech_short} ({tp})", "{mech_short}", "{Tp}: {mech_short}"]))
    k = p.model["key"]
    extra = [("{money}", 0.4 if p.budget else 0), ("{n_sites} sites", 0.25 if k in SITE_MODELS else 0), ("{fy_range}", 0.25),
             ("joint w/ {partner}", 0.25 if rc.partners_b else 0.05), ("eval: {eval_org}", 0.12),
             ("{n_proj} projects", 0.2 if k in GRANT_MODELS else 0), ("{cohort} {who}", 0.15 if k in COHORT_MODELS else 0),
             ("see {lead} website", 0.05), ("tbc", 0.04)]
    for t, pr in extra:
        if rng.random() < pr:
            bits.append(t)
    sep = rng.choice([" – ", "; ", ". ", " | ", ", "])
    return sep.join(b.format_map(S) for b in bits)


def describe(rc, S, mode):
    rng = rc.rng
    p = rc.p
    if mode == "none":
        parts = []
    elif mode == "fragment":
        parts = [fragment(rc, S)]
    elif mode == "quirk":
        parts = [rng.choice(["See attached business case.", "As per previous return.", "N/A", "TBC",
                             "Details held by programme team.", "Figures provisional – to be confirmed."])]
    else:
        n = {"short": rng.choice([1, 2]), "medium": rng.choice([2, 3, 3]), "long": rng.choice([4, 5, 6])}[mode]
        parts = [t.format_map(S) for t in pick_clauses(rc, n)]
    return parts


def finish_description(rc, S, parts, style):
    rng = rc.rng
    p = rc.p
    if parts and rng.random() < 0.12:
        i = rng.randrange(len(parts))
        parts[i] = typo(parts[i], rng)
        if rng.random() < 0.2:
            i = rng.randrange(len(parts))
            parts[i] = typo(parts[i], rng)
    need = needed_facts(p)
    for f in need:
        if f in rc.stated:
            continue
        if f == "stage":
            if p.stage == "pilot":
                t = rng.choice(["Pilot phase in {n_sites_small} sites, {y1}–{y2}.", "Pilot only – any wider roll-out depends on the evaluation.",
                                "Time-limited pilot ({y1}–{y2})."])
            else:
                t = rng.choice(["National roll-out following an earlier pilot.", "Scale-up phase across {scope}, building on the pilot sites.",
                                "Now being rolled out nationally after the pilot."])
            parts.append(t.format_map(S))
            rc.stated.add("stage")
        elif f == "succession":
            if rng.random() < 0.8:
                rel = [r for r in p.rel if r[0] == "succ"]
                if rel:
                    other, direction = rel[0][1], rel[0][2]
                    on = core_name(other)
                    if direction == "later":
                        t = rng.choice(["Successor to the %s (%d–%s)." % (on, other.start[0], other.end[0] if other.end else "?"),
                                        "Replaces the %s, which closed in %s." % (on, other.end[0] if other.end else "?"),
                                        "Builds on the former %s." % on])
                    else:
                        t = rng.choice(["Closed %s; superseded by the %s." % (p.end[0] if p.end else "?", on),
                                        "Predecessor programme, later replaced by the %s." % on,
                                        "Ended %s; work continued under a successor programme." % (S["my2"],)])
                    parts.append(t)
            rc.stated.add("succession")
        elif f == "country":
            if p.country in DEVOLVED_PLACES:
                parts.append(rng.choice(FACT_CLAUSES["country_dev"]).format_map(S))
            elif rng.random() < 0.3:
                parts.append(rng.choice(FACT_CLAUSES["country_eng"]))
            rc.stated.add("country")
        else:
            parts.append(rng.choice(FACT_CLAUSES[f]).format_map(S))
            rc.stated.add(f)
    if not parts:
        return ""
    if len(parts) > 1:
        parts = [x + "." if x[-1:].isalnum() else x for x in parts]
    if style == "bullets" and len(parts) > 1:
        lead = rng.choice(["• ", "* ", ""])
        sep = rng.choice(["\n• ", "\n- ", "\n* "])
        text = lead + sep.join(x.rstrip(".") for x in parts)
    elif style == "semi" and len(parts) > 1:
        text = "; ".join(x.rstrip(".") for x in parts)
    elif style == "lines" and len(parts) > 1:
        text = "\n".join(parts)
    else:
        text = " ".join(parts)
    if rng.random() < 0.04:
        text = americanise(text, rng)
    if rng.random() < 0.03:
        text = text + "  "  # stray trailing spaces (taken off on import)
    return text


# ===========================================================================
# Columns, ids, files
# ===========================================================================
COLUMNS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
           "productivity_focus", "offers_funding", "funding_recipients", "stages", "drivers", "target_groups",
           "technology_area", "budget", "currency", "budget_period", "start_date", "end_date", "status",
           "evaluated", "rapid_evaluation", "source", "country", "region", "budget_notes"]

BASE_FILL = {"partners": .45, "activity_types": .85, "instrument_type": .6, "focus": .75, "productivity_focus": .5,
             "offers_funding": .8, "funding_recipients": .75, "stages": .6, "drivers": .5, "target_groups": .6,
             "technology_area": .7, "budget": .7, "currency": .35, "budget_period": .55, "start_date": .9,
             "end_date": .78, "status": .85, "evaluated": .5, "rapid_evaluation": .3, "source": .93, "country": .85,
             "region": .9, "budget_notes": .2, "owner": .96, "description": .93}
REC_FORMS = {"innovators": ["innovators", "Innovators", "innovators only", "developers", "suppliers", "Innovators"],
             "adopters": ["adopters", "Adopters", "NHS organisations", "health and care providers", "adopters only"],
             "both": ["both", "Both", "innovators and adopters", "adopters and innovators"],
             "none": ["none", "not funded", "neither", "None"]}
FOCUS_FORMS = {"words": {"clinical": ["Clinical"], "non-clinical": ["Non-clinical"], "both": ["Both"]},
               "syn": {"clinical": ["clinical", "Clinical"], "non-clinical": ["non clinical", "operational", "administrative", "back office", "Non-clinical"],
                       "both": ["both", "Clinical and non clinical", "mixed", "clinical and administrative"]}}
DESC_MODES = [("none", 6), ("quirk", 2), ("fragment", 15), ("short", 25), ("medium", 33), ("long", 19)]
DESC_W = WChoice(DESC_MODES)
DESC_W_BULLETS = WChoice([("none", 7), ("quirk", 2), ("fragment", 30), ("short", 25), ("medium", 24), ("long", 12)])
DESC_W_ACAD = WChoice([("none", 4), ("quirk", 1), ("fragment", 6), ("short", 18), ("medium", 38), ("long", 33)])
DESC_W_THIN = WChoice([("none", 25), ("quirk", 5), ("fragment", 45), ("short", 25)])
PERIOD_FORMS = ["{years} years", "{years} yrs", "{fy_range}", "{y1}-{y2}", "total", "lifetime", "over {years} years",
                "multi-year", "SR period"]

for _i, _bd in enumerate(BODIES):
    _bd["style_i"] = _i


def listing(forms_by_key, keys, style_i, rng, sep):
    out = []
    for k in keys:
        vs = forms_by_key[k]
        out.append(vs[style_i % len(vs)] if rng.random() < 0.85 else rng.choice(vs))
    return sep.join(out)


class IdGen(object):
    def __init__(self, rng):
        self.rng = rng
        self.counters = {}
        self.used = set()

    def bump(self, key, start, step):
        c = self.counters.get(key)
        if c is None:
            c = start
        else:
            c += self.rng.randint(1, step)
        self.counters[key] = c
        return c

    def new(self, bk, p):
        rng = self.rng
        for _ in range(1000):
            if bk == "DHSC":
                d = rng.choice(["IHW", "LS", "ITD", "RD", "PRP"])
                i = "DHSC/%s/%04d" % (d, self.bump("DHSC" + d, rng.randint(1, 40), 3))
            elif bk == "NHSE":
                t = rng.choice(["TD", "AAC", "IRL", "PCD", "MED"])
                i = "NHSE-%s-%05d" % (t, self.bump("NHSE" + t, rng.randint(1, 200), 4))
            elif bk == "NIHR":
                i = "NIHR%d" % self.bump("NIHR", 130001, 97)
            elif bk == "IUK":
                i = "IUK-%d" % self.bump("IUK", 10000000 + rng.randint(0, 50000), 700)
            elif bk == "OLS":
                yy = p.start[0] % 100
                i = "OLS-%02d-%03d" % (yy, self.bump("OLS%d" % yy, 1, 2))
            elif bk == "NICE":
                i = "NICE-IP-%04d" % self.bump("NICE", rng.randint(1, 30), 3)
            elif bk == "MHRA":
                i = "MHRA/INN/%04d" % self.bump("MHRA", rng.randint(1, 30), 3)
            elif bk == "HIN":
                h = p.hin or "UCLP"
                i = "%s-%04d" % (h, self.bump("HIN" + h, rng.randint(1, 20), 3))
            elif bk == "WG":
                i = "WG-HSS-%05d" % self.bump("WG", rng.randint(100, 900), 5)
            elif bk == "SG":
                d = rng.choice(["CSO", "DHC", "HSC"])
                i = "SG/%s/%04d" % (d, self.bump("SG" + d, rng.randint(1, 50), 3))
            elif bk == "DOHNI":
                i = "DOH-NI-%04d" % self.bump("DOHNI", rng.randint(1, 50), 3)
            elif bk == "WT":
                yy = p.start[0] % 100
                i = "%d/Z/%02d/Z" % (self.bump("WT", 200000 + rng.randint(0, 999), 60), yy)
            elif bk == "THF":
                g = rng.choice(["IMP", "DAT", "EVA", "RES"])
                i = "THF-%s-%04d" % (g, self.bump("THF" + g, rng.randint(1, 90), 3))
            elif bk == "BHF":
                t = rng.choice(["PG", "SP", "RG", "FS", "AA"])
                i = "%s/%02d/%d" % (t, p.start[0] % 100, self.bump("BHF", 10000 + rng.randint(0, 900), 40))
            elif bk == "ICB":
                pre = ICB_BY_KEY[p.icb or "ICB_NENC"][3]
                i = "%s-INN-%04d" % (pre, self.bump("ICB" + pre, rng.randint(1, 60), 3))
            else:
                raise ValueError(bk)
            if i not in self.used:
                self.used.add(i)
                return i
        raise RuntimeError("id space exhausted")


def owner_string(rc, rng):
    p = rc.p
    bk = rc.bk
    if bk == "HIN":
        h = HIN_BY_KEY[p.hin or "UCLP"]
        r = rng.random()
        old_p = 0.35 if p.start[0] < 2023 else 0.05
        if r < old_p and h[2] != h[1]:
            return h[2]
        if r < old_p + 0.25:
            return h[3]
        return h[1]
    if bk == "ICB":
        i = ICB_BY_KEY[p.icb or "ICB_NENC"]
        return i[1] if rng.random() < 0.5 else i[2]
    return rc.b["owner_w"].pick(rng)


def other_owner_string(p, bk, rng):
    if bk == "HIN":
        h = HIN_BY_KEY[p.hin or "UCLP"]
        return rng.choice([h[1], h[3]])
    if bk == "ICB":
        i = ICB_BY_KEY[p.icb or "ICB_NENC"]
        return rng.choice([i[1], i[2]])
    b = BODY[bk]
    return b["owner_w"].pick(rng)


_ENG_OTHER = [a for a in OTHER_ACTORS[:15]] + [a for a in OTHER_ACTORS[28:]]
PARTNER_POOL_BY_NATION = {
    "England": [a[1] or a[0] for a in _ENG_OTHER] + [a[0] for a in _ENG_OTHER] + UNIVERSITIES[:14] + UNIVERSITIES[21:] +
               TRUSTS[:18] + COMPANIES + ["NHS England", "NIHR", "Innovate UK", "NICE", "MHRA", "Office for Life Sciences", "DHSC",
                                          "Wellcome", "The Health Foundation", "British Heart Foundation"],
    "Wales": ["Health Technology Wales", "HTW", "Life Sciences Hub Wales", "Digital Health and Care Wales", "DHCW",
              "Health and Care Research Wales", "Bevan Commission", "Swansea University", "Cardiff University",
              "Cwm Taf Morgannwg University Health Board", "Hywel Dda University Health Board", "Innovate UK"] + COMPANIES[:5],
    "Scotland": ["Chief Scientist Office", "CSO", "Digital Health & Care Innovation Centre", "DHI", "NHS National Services Scotland",
                 "Healthcare Improvement Scotland", "Scottish Health Technologies Group", "University of Edinburgh",
                 "University of Glasgow", "University of Aberdeen", "NHS Greater Glasgow and Clyde", "NHS Highland", "Innovate UK"] + COMPANIES[5:10],
    "Northern Ireland": ["HSC R&D Division", "HSC Innovation", "Invest Northern Ireland", "Invest NI", "Queen's University Belfast",
                         "Ulster University", "Belfast Health and Social Care Trust", "Western Health and Social Care Trust",
                         "Innovate UK"] + COMPANIES[10:],
}
PARTNER_POOL_BY_NATION["UK"] = PARTNER_POOL_BY_NATION["England"] + ["UK Research and Innovation", "UKRI", "Medical Research Council",
                                                                    "MRC", "EPSRC", "Welsh Government", "Scottish Government"]

NAME_FORMS_SINGLE = WChoice([("formal", 62), ("formal_acr", 14), ("acr", 4), ("brand", 10), ("descriptive", 5), ("line", 5)])
ROLE_FORMS = {"funder": ["formal", "line", "acr", "formal_acr", "descriptive"],
              "deliverer": ["brand", "descriptive", "formal", "acr", "formal_acr"],
              "policy": ["formal", "formal_acr", "descriptive", "brand"],
              "host": ["brand", "formal_acr", "acr", "formal", "descriptive"]}


def status_of(start, end, vocab, rng):
    a = AUDIT_DATE
    if (start[0], start[1]) > (a[0], a[1]):
        s = 3 if rng.random() < 0.1 else 2
    elif end is not None and (end[0], end[1]) < (a[0], a[1]):
        s = 1 if rng.random() > 0.04 else 0
    else:
        s = 0
    return vocab[s]


def render_row(p, bk, role, rng, idgen, thin, cluster_pos, name_form):
    rc = RowCtx(p, bk, role, rng, thin, cluster_pos is not None)
    b = rc.b
    S = Slots(rc)
    fill = dict(BASE_FILL)
    fill.update(b["fill"])
    if thin:
        for k in fill:
            if k not in ("owner", "source", "country", "region", "start_date"):
                fill[k] *= 0.5
    must = p.must
    # dates (a second or third return of the same programme: its own dates, a little shifted)
    start, end = p.start, p.end
    if cluster_pos:
        if rng.random() < 0.55:
            start = add_months(start, rng.choice([-3, -2, -1, 1, 2, 3]))
        if end is not None and rng.random() < 0.45:
            end = add_months(end, rng.choice([1, 2, 3, 6, -1]))
        if end is not None and months_between(start, end) < 12:
            end = add_months(start, 12)
    rc.start, rc.end = start, end
    core_name(p)
    name = render_name(rc, name_form, 1.0 if thin else 0.55)
    row = dict.fromkeys(COLUMNS, "")
    row["id"] = idgen.new(bk, p)
    row["name"] = name
    # owner
    if rng.random() < fill["owner"] or "owner" in must:
        o = owner_string(rc, rng)
        if rc.partners_b and rng.random() < 0.1:
            o = o + "; " + other_owner_string(p, rng.choice(rc.partners_b), rng)
        row["owner"] = o
    # partners
    partners = []
    if rc.partners_b and rng.random() < 0.5:
        for ob in rc.partners_b:
            if rng.random() < 0.8:
                partners.append(other_owner_string(p, ob, rng))
    if rng.random() < fill["partners"] * (0.6 if partners else 1.0):
        for _ in range(rng.choice([1, 1, 2, 3])):
            x = rng.choice(PARTNER_POOL_BY_NATION[p.country])
            if x not in partners and x != row["owner"]:
                partners.append(x)
    row["partners"] = (";" if rng.random() < 0.3 else "; ").join(partners)
    # columns that state facts
    cset = rc.stated
    if p.place and (rng.random() < fill["region"] or ("place" in must and rng.random() < 0.7)):
        pl = p.place
        if pl in PLACE_SHORT and rng.random() < 0.25:
            pl = PLACE_SHORT[pl]
        row["region"] = pl
        cset.add("place")
    nat = NATION[p.country]
    if p.country in DEVOLVED_PLACES or "country" in must or rng.random() < fill["country"]:
        c = p.country
        if c == "England" and b["nation"] == "UK" and rng.random() < 0.3 and "country" not in must:
            c = "UK"
        elif c == "UK" and b["nation"] == "England" and rng.random() < 0.3:
            c = "England"
        row["country"] = rng.choice(NATION[c]["country_forms"])
        if p.country in DEVOLVED_PLACES or "country" in must:
            cset.add("country")
    # description
    if thin:
        mode = DESC_W_THIN.pick(rng)
    elif b["voice"] == "bullets":
        mode = DESC_W_BULLETS.pick(rng)
    elif b["voice"] == "academic":
        mode = DESC_W_ACAD.pick(rng)
    else:
        mode = DESC_W.pick(rng)
    parts = describe(rc, S, mode)
    if b["voice"] == "bullets":
        style = "bullets" if rng.random() < 0.5 else ("semi" if rng.random() < 0.3 else "plain")
    elif b["voice"] == "local":
        style = "semi" if rng.random() < 0.3 else ("bullets" if rng.random() < 0.2 else "plain")
    else:
        style = "lines" if rng.random() < 0.08 else ("bullets" if rng.random() < 0.08 else "plain")
    row["description"] = finish_description(rc, S, parts, style)
    # activity types
    m = p.model
    acts = list(m["acts"])
    if role == "funder" and m["funding"] != "no" and "funding" not in acts[:1]:
        acts = ["funding"] + [a for a in acts if a != "funding"]
    if role == "policy" and rng.random() < 0.2:
        acts = acts + ["other"]
    if rng.random() < fill["activity_types"]:
        k = rng.randint(1, min(3, len(acts)))
        chosen = acts[:k]
        st = b["acts"]
        vals = []
        for a in chosen:
            f = ACT_FORMS[a]
            if st == "slug":
                v = f[0]
            elif st == "words":
                v = f[1]
            elif st == "amp":
                v = f[2] if len(f) > 2 and "&" in f[2] else f[1]
            else:
                v = rng.choice(f[2:]) if len(f) > 2 else f[1]
            vals.append(v)
        row["activity_types"] = (";" if rng.random() < 0.4 else "; ").join(vals)
    # instrument type
    ist = b["instr"]
    if rng.random() < fill["instrument_type"] * (0.2 if ist == "blank" else 1.0):
        slug = rng.choice(m["instr"])
        if ist == "slug":
            row["instrument_type"] = slug
        elif ist == "lower":
            row["instrument_type"] = INSTR_LABELS[slug].lower()
        elif ist == "alt":
            row["instrument_type"] = INSTR_ALT.get(slug, INSTR_LABELS[slug])
        else:
            row["instrument_type"] = INSTR_LABELS[slug]
    # focus, productivity
    if rng.random() < fill["focus"]:
        fv = p.topic[5] if rng.random() < 0.88 else "both"
        ff = FOCUS_FORMS["syn" if b["focus"] == "syn" else "words"][fv]
        row["focus"] = rng.choice(ff)
    yn = b["yn"]
    if rng.random() < fill["productivity_focus"]:
        row["productivity_focus"] = yn[0] if (p.topic[6] and rng.random() < 0.75) or rng.random() < 0.08 else yn[1]
    # funding
    fund = m["funding"]
    if role == "funder" and fund != "no":
        fund = "yes"
    elif role in ("deliverer", "host") and fund == "yes" and rc.cluster and rng.random() < 0.3:
        fund = "partly"
    if rng.random() < fill["offers_funding"]:
        row["offers_funding"] = {"yes": yn[0], "no": yn[1], "partly": yn[2]}[fund]
        offered = fund
    else:
        offered = None
    if rng.random() < fill["funding_recipients"]:
        rec = m["recip"]
        if offered == "no" or fund == "no":
            if rng.random() < 0.3:
                row["funding_recipients"] = rng.choice(REC_FORMS["none"])
        else:
            if rec is None:
                rec = "innovators"
            if rng.random() < 0.1:
                rec = "both"
            row["funding_recipients"] = rng.choice(REC_FORMS[rec])
    # stages, drivers, groups
    si = b["style_i"]
    if rng.random() < fill["stages"]:
        ks = m["stages"][:rng.randint(1, len(m["stages"]))]
        row["stages"] = listing(STAGES, ks, si, rng, "; ")
    if rng.random() < fill["drivers"]:
        ks = m["drivers"][:rng.randint(1, len(m["drivers"]))]
        row["drivers"] = listing(DRIVERS, ks, si, rng, "; ")
    if rng.random() < fill["target_groups"]:
        ks = m["groups"][:rng.randint(1, len(m["groups"]))]
        row["target_groups"] = listing(GROUPS, ks, si, rng, ";" if si % 2 else "; ")
    if rng.random() < fill["technology_area"]:
        ta = rng.choice(p.topic[3])
        if p.cond and rng.random() < 0.3:
            ta = "%s (%s)" % (ta, CONDITIONS[p.cond][0])
            cset.add("cond")
        row["technology_area"] = ta
    # budget
    amount = p.budget
    note = ""
    if amount and rc.cluster and role == "funder" and sum(1 for x in p.bodies if p.roles.get(x) == "funder") > 1:
        share = rng.choice([0.3, 0.4, 0.5, 0.6, 0.7])
        amount = int(round(amount * share / 1000.0)) * 1000
        note = rng.choice(["%s share only", "%s contribution; partner funds the rest", "Our share of a jointly funded programme"])
        if "%s" in note:
            note = note % (b["acr"] or "Our")
    if amount and rng.random() < fill["budget"]:
        years = max(1, int(round(months_between(start, end) / 12.0))) if end else None
        per_year = years and years > 1 and rng.random() < 0.18
        if per_year:
            amount = int(round(amount / years / 1000.0)) * 1000
            row["budget_period"] = rng.choice(["per year", "per annum", "p.a.", "annual"])
        elif rng.random() < fill["budget_period"]:
            row["budget_period"] = rng.choice(PERIOD_FORMS).format_map(S)
        style = b["budget_w"].pick(rng)
        row["budget"] = budget_cell(amount, style, rng)
        if p.currency != "GBP":
            row["currency"] = p.currency
            if row["budget"].startswith("£") or "£" in row["budget"]:
                row["budget"] = row["budget"].replace("£", "")
        elif rng.random() < fill["currency"]:
            row["currency"] = "GBP"
        if rng.random() < fill["budget_notes"] or note:
            if note:
                row["budget_notes"] = note
            else:
                row["budget_notes"] = rng.choice([
                    "%s over %s yrs" % (money_txt(p.budget, rng), S["years"]), "Indicative only",
                    "Includes match funding", "Excludes staff costs", "Figure from annual report",
                    "Converted from £m by audit team", "Provisional – subject to SR outcome",
                    "Figure as returned; not verified"])
    elif rng.random() < 0.12:
        row["budget_notes"] = rng.choice(["Not separately identifiable", "Commercially sensitive – not provided",
                                          "Within baseline allocation", "n/a", "tbc"])
    # dates
    dstyle = b["date_w"].pick(rng)
    if rng.random() < 0.08:
        dstyle = "y"
    if rng.random() < fill["start_date"] or "dates" in must or "stage" in must:
        row["start_date"] = fmt_date(start, dstyle)
    if end is not None and (rng.random() < fill["end_date"] or "dates" in must):
        row["end_date"] = fmt_date(end, dstyle)
    if rng.random() < fill["status"]:
        row["status"] = status_of(start, end, b["status"], rng)
    # evaluation flags
    ev = p.evaluated
    if m["key"] == "evaluation":
        ev = ev * 0.3
    if rng.random() < fill["evaluated"]:
        row["evaluated"] = yn[0] if ev < 0.35 else (yn[2] if ev < 0.45 else yn[1])
    if rng.random() < fill["rapid_evaluation"]:
        row["rapid_evaluation"] = yn[0] if (m["key"] == "evaluation" or p.rapid < 0.08) else yn[1]
    # source
    if rng.random() < fill["source"]:
        src = rng.choice(b["source"])
        if "{net}" in src:
            src = src.replace("{net}", HIN_BY_KEY[p.hin or "UCLP"][3])
        if "{icb}" in src:
            src = src.replace("{icb}", ICB_BY_KEY[p.icb or "ICB_NENC"][2])
        if rng.random() < 0.4:
            src = "%s, row %d" % (src, rng.randint(2, 900))
        row["source"] = src
    return row


def actors_rows(rng):
    rows = []
    n = [0]

    def add(name, acr, kind, level, member_of="", desc="", src="Audit team actor list"):
        n[0] += 1
        rows.append({"id": "ORG-%03d" % n[0], "name": name, "acronym": acr, "kind": kind, "level": level,
                     "member_of": member_of, "description": desc, "source": src})

    kind_words = {"government-department": ["government department", "government-department", "govt department"],
                  "arms-length-body": ["arms-length-body", "ALB", "arm's length body", "NDPB"],
                  "research-funder": ["research-funder", "funder", "research funder"],
                  "regulator": ["regulator"], "network": ["network"],
                  "commissioner": ["commissioner", "ICB", "integrated care board"],
                  "charity": ["charity", "third sector", "foundation"],
                  "academia": ["academia", "university", "higher education"],
                  "healthcare-provider": ["healthcare-provider", "NHS trust", "provider"],
                  "industry": ["industry", "SME", "company"],
                  "patient-public-group": ["patient-public-group", "patient group"], "other": ["other"]}
    level_words = {"national": ["national", "national", "nationwide"], "regional": ["regional", "region"],
                   "local": ["local", "locality"], "international": ["international", "global"]}

    def kw(k):
        return rng.choice(kind_words[k])

    def lw(l):
        return rng.choice(level_words[l])

    add("Department of Health and Social Care", "DHSC", kw("government-department"), lw("national"))
    add("Department for Science, Innovation and Technology", "DSIT", kw("government-department"), lw("national"))
    add("NHS England", "NHSE", kw("arms-length-body"), lw("national"), "", "Absorbed NHS Improvement (2022), NHSX and NHS Digital (2023)")
    add("National Institute for Health and Care Research", "NIHR", kw("research-funder"), lw("national"), "DHSC",
        "Funded by DHSC; known as the National Institute for Health Research until 2022")
    add("UK Research and Innovation", "UKRI", kw("research-funder"), lw("national"))
    add("Innovate UK", "IUK", kw("research-funder"), lw("national"), "UKRI")
    add("Office for Life Sciences", "OLS", kw("government-department"), lw("national"), "DHSC;DSIT", "Joint unit of DHSC and DSIT")
    add("National Institute for Health and Care Excellence", "NICE", kw("arms-length-body"), lw("national"))
    add("Medicines and Healthcare products Regulatory Agency", "MHRA", kw("regulator"), lw("national"))
    add("Health Innovation Networks", "HINs", kw("network"), lw("national"), "",
        "The 15 Health Innovation Networks in England (Academic Health Science Networks until October 2023)")
    for h in HINS:
        desc = "Formerly %s (renamed 2023)" % h[2] if h[2] != h[1] else ""
        add(h[1], h[3], kw("network"), lw("regional"), "Health Innovation Networks" if rng.random() < 0.5 else "HINs", desc)
    for i in ICBS:
        add(i[1], i[2], kw("commissioner"), lw("regional"))
    add("Welsh Government", "WG", kw("government-department"), lw("national"))
    add("Scottish Government", "SG", kw("government-department"), lw("national"))
    add("Department of Health (Northern Ireland)", "DoH NI", kw("government-department"), lw("national"))
    add("Wellcome", "", kw("charity"), lw("international"), "", "Global charitable foundation")
    add("The Health Foundation", "THF", kw("charity"), lw("national"))
    add("British Heart Foundation", "BHF", kw("charity"), lw("national"))
    for name, acr, kind, level in OTHER_ACTORS:
        mo = ""
        if name in ("Medical Research Council", "Engineering and Physical Sciences Research Council"):
            mo = "UKRI"
        if name == "Chief Scientist Office":
            mo = "Scottish Government"
        if name == "NHSX":
            mo = "NHS England"
        add(name, acr, kw(kind), lw(level), mo)
    for u in UNIVERSITIES:
        add(u, "", kw("academia"), lw("national") if rng.random() < 0.3 else lw("regional"))
    for t in TRUSTS:
        add(t, "", kw("healthcare-provider"), lw("local"))
    for c in COMPANIES:
        add(c, "", kw("industry"), lw("national"))
    return rows


def write_csv(path, header, rows, bom):
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate an audit register of health innovation programmes with planted duplicates and hard negatives.")
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    if a.rows < 50:
        ap.error("--rows must be at least 50")
    t0 = time.time()
    rng = random.Random(a.seed)
    U, clusters, hn_rel = build_universe(rng, a.rows)
    idgen = IdGen(rng)
    rows_by_body = {}
    ids_of = {}
    for p in U.progs:
        core_name(p)
        if len(p.bodies) > 1:
            thin_i = rng.randrange(1, len(p.bodies)) if rng.random() < 0.35 else -1
            used = []
            order = list(p.bodies)
            for pos, bk in enumerate(order):
                role = p.roles.get(bk, "funder")
                forms = [f for f in ROLE_FORMS[role] if f not in used and (f != "brand" or p.brand) and (f != "acr" or p.acr)
                         and (f != "descriptive" or not (p.generic or p.strand))]
                if not forms:
                    forms = ["formal"]
                f = forms[0] if rng.random() < 0.6 else rng.choice(forms)
                used.append(f)
                row = render_row(p, bk, role, rng, idgen, pos == thin_i, pos, f)
                rows_by_body.setdefault(bk, []).append(row)
                ids_of.setdefault(p.pid, []).append(row["id"])
        else:
            bk = p.bodies[0]
            f = NAME_FORMS_SINGLE.pick(rng)
            if p.rel or p.generic or p.strand or p.parent is not None:
                f = "formal" if rng.random() < 0.75 else f
            if f == "brand" and not p.brand:
                f = "formal"
            thin = rng.random() < 0.05
            row = render_row(p, bk, p.roles.get(bk, p.model["role"]), rng, idgen, thin, None, f)
            rows_by_body.setdefault(bk, []).append(row)
            ids_of.setdefault(p.pid, []).append(row["id"])
    # the audit team pasted the returns one after another, in the order they arrived
    order = [b["key"] for b in BODIES]
    rng.shuffle(order)
    all_rows = []
    for bk in order:
        rs = rows_by_body.get(bk, [])
        if bk not in ("HIN", "ICB", "DHSC"):
            rs.sort(key=lambda r: r["id"])
        else:
            rs.sort(key=lambda r: r["id"].split("-")[0] if bk != "DHSC" else r["id"].split("/")[1])
        all_rows.extend(rs)
    assert len(all_rows) == a.rows, (len(all_rows), a.rows)
    os.makedirs(a.out, exist_ok=True)
    write_csv(os.path.join(a.out, "initiatives.csv"), COLUMNS, all_rows, bom=True)
    write_csv(os.path.join(a.out, "actors.csv"), ["id", "name", "acronym", "kind", "level", "member_of", "description", "source"],
              actors_rows(rng), bom=True)
    # labels
    planted = []
    for p in clusters:
        ids = ids_of[p.pid]
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                planted.append({"id_a": ids[i], "id_b": ids[j], "kind": p.ckind or "co_run"})
    hard = []
    for P, Q, kind in hn_rel:
        for x in ids_of[P.pid]:
            for y in ids_of[Q.pid]:
                hard.append({"id_a": x, "id_b": y, "kind": kind})
    write_csv(os.path.join(a.out, "planted_pairs.csv"), ["id_a", "id_b", "kind"], planted, bom=False)
    write_csv(os.path.join(a.out, "hard_negatives.csv"), ["id_a", "id_b", "kind"], hard, bom=False)
    truth = []
    for p in U.progs:
        for i in ids_of[p.pid]:
            truth.append({"id": i, "identity": "PROG-%06d" % p.pid})
    write_csv(os.path.join(a.out, "truth_identities.csv"), ["id", "identity"], truth, bom=False)
    dt = time.time() - t0
    sys.stderr.write("wrote %d rows (%d planted pairs, %d hard-negative pairs) to %s in %.1fs\n"
                     % (len(all_rows), len(planted), len(hard), a.out, dt))


if __name__ == "__main__":
    main()
