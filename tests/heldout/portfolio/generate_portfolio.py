#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""generate_portfolio.py - synthetic health-innovation programme portfolio for Innoscape.

    python3 generate_portfolio.py --rows N --seed S [--dup-rate 0.02] --out DIR

Writes DIR/initiatives.csv, DIR/actors.csv, DIR/planted_pairs.csv (id_a,id_b,kind) and
DIR/hard_negatives.csv (look-alike pairs that are NOT duplicates).  Standard library only,
deterministic for a given seed.  See README.md for the recipe.
"""
import argparse
import copy
import csv
import os
import random
import re
import sys
import time


# ============================================================== 1. vocabulary
"""Vocabulary (pure data).

Written from scratch from register-format.md, model.md and the two seed texts
(Health Foundation programme-mapping blog, RAND/Manchester report on the
innovating health system).  British spelling throughout.
"""

# --------------------------------------------------------------------------
# Places: the 42 integrated care systems of England with a few towns each,
# their NHS region and the Academic Health Science Network that covers them.
# (name, code, nhs_region, ahsn_key, towns)
# --------------------------------------------------------------------------
ICS_TABLE = [
    ("Bath and North East Somerset, Swindon and Wiltshire", "BSW", "South West", "WEAHSN", ["Bath", "Swindon", "Salisbury", "Chippenham", "Trowbridge"]),
    ("Bedfordshire, Luton and Milton Keynes", "BLMK", "East of England", "EAHSN", ["Bedford", "Luton", "Milton Keynes", "Dunstable"]),
    ("Birmingham and Solihull", "BSOL", "Midlands", "WMAHSN", ["Birmingham", "Solihull", "Sutton Coldfield"]),
    ("Black Country", "BLACKC", "Midlands", "WMAHSN", ["Wolverhampton", "Dudley", "Walsall", "West Bromwich"]),
    ("Bristol, North Somerset and South Gloucestershire", "BNSSG", "South West", "WEAHSN", ["Bristol", "Weston-super-Mare", "Yate"]),
    ("Buckinghamshire, Oxfordshire and Berkshire West", "BOB", "South East", "OAHSN", ["Oxford", "Reading", "Aylesbury", "High Wycombe", "Banbury", "Newbury"]),
    ("Cambridgeshire and Peterborough", "CAP", "East of England", "EAHSN", ["Cambridge", "Peterborough", "Huntingdon", "Ely", "Wisbech"]),
    ("Cheshire and Merseyside", "CM", "North West", "IA", ["Liverpool", "Chester", "Warrington", "St Helens", "Birkenhead", "Crewe", "Southport"]),
    ("Cornwall and the Isles of Scilly", "CIOS", "South West", "SWAHSN", ["Truro", "Camborne", "Penzance", "Bodmin", "St Austell"]),
    ("Coventry and Warwickshire", "CW", "Midlands", "WMAHSN", ["Coventry", "Warwick", "Nuneaton", "Rugby"]),
    ("Derby and Derbyshire", "DDER", "Midlands", "EMAHSN", ["Derby", "Chesterfield", "Buxton", "Ilkeston"]),
    ("Devon", "DEVON", "South West", "SWAHSN", ["Exeter", "Plymouth", "Torquay", "Barnstaple"]),
    ("Dorset", "DORSET", "South West", "WESSEX", ["Bournemouth", "Poole", "Dorchester", "Weymouth"]),
    ("Frimley", "FRIMLEY", "South East", "KSS", ["Frimley", "Slough", "Farnborough", "Camberley", "Bracknell"]),
    ("Gloucestershire", "GLOS", "South West", "WEAHSN", ["Gloucester", "Cheltenham", "Stroud", "Cirencester"]),
    ("Greater Manchester", "GM", "North West", "HINM", ["Manchester", "Salford", "Stockport", "Bolton", "Wigan", "Oldham", "Rochdale"]),
    ("Hampshire and Isle of Wight", "HIOW", "South East", "WESSEX", ["Southampton", "Portsmouth", "Winchester", "Basingstoke", "Newport"]),
    ("Herefordshire and Worcestershire", "HW", "Midlands", "WMAHSN", ["Hereford", "Worcester", "Redditch", "Kidderminster"]),
    ("Hertfordshire and West Essex", "HWE", "East of England", "EAHSN", ["Watford", "Stevenage", "Harlow", "St Albans", "Hemel Hempstead"]),
    ("Humber and North Yorkshire", "HNY", "North East and Yorkshire", "YHAHSN", ["Hull", "York", "Scarborough", "Grimsby", "Harrogate", "Scunthorpe"]),
    ("Kent and Medway", "KM", "South East", "KSS", ["Maidstone", "Canterbury", "Ashford", "Chatham", "Margate", "Dartford"]),
    ("Lancashire and South Cumbria", "LSC", "North West", "IA", ["Preston", "Blackpool", "Blackburn", "Lancaster", "Burnley", "Barrow-in-Furness"]),
    ("Leicester, Leicestershire and Rutland", "LLR", "Midlands", "EMAHSN", ["Leicester", "Loughborough", "Hinckley", "Oakham"]),
    ("Lincolnshire", "LINCS", "Midlands", "EMAHSN", ["Lincoln", "Boston", "Grantham", "Skegness"]),
    ("Mid and South Essex", "MSE", "East of England", "EAHSN", ["Southend-on-Sea", "Chelmsford", "Basildon", "Thurrock"]),
    ("Norfolk and Waveney", "NW", "East of England", "EAHSN", ["Norwich", "King's Lynn", "Great Yarmouth", "Lowestoft"]),
    ("North Central London", "NCL", "London", "UCLP", ["Camden", "Islington", "Barnet", "Enfield", "Haringey"]),
    ("North East and North Cumbria", "NENC", "North East and Yorkshire", "NENC", ["Newcastle upon Tyne", "Sunderland", "Durham", "Middlesbrough", "Carlisle", "Gateshead", "Darlington"]),
    ("North East London", "NEL", "London", "UCLP", ["Tower Hamlets", "Newham", "Hackney", "Barking", "Romford"]),
    ("North West London", "NWL", "London", "ICHP", ["Hammersmith", "Ealing", "Brent", "Hillingdon", "Harrow"]),
    ("Northamptonshire", "NHANTS", "Midlands", "EMAHSN", ["Northampton", "Kettering", "Corby", "Wellingborough"]),
    ("Nottingham and Nottinghamshire", "NOTTS", "Midlands", "EMAHSN", ["Nottingham", "Mansfield", "Newark", "Worksop"]),
    ("Shropshire, Telford and Wrekin", "STW", "Midlands", "WMAHSN", ["Shrewsbury", "Telford", "Oswestry"]),
    ("Somerset", "SOM", "South West", "SWAHSN", ["Taunton", "Yeovil", "Bridgwater"]),
    ("South East London", "SEL", "London", "HIN", ["Lambeth", "Southwark", "Lewisham", "Greenwich", "Bromley", "Bexley"]),
    ("South West London", "SWL", "London", "HIN", ["Croydon", "Kingston", "Sutton", "Wandsworth", "Merton", "Richmond"]),
    ("South Yorkshire", "SY", "North East and Yorkshire", "YHAHSN", ["Sheffield", "Doncaster", "Rotherham", "Barnsley"]),
    ("Staffordshire and Stoke-on-Trent", "SSOT", "Midlands", "WMAHSN", ["Stoke-on-Trent", "Stafford", "Burton upon Trent", "Tamworth"]),
    ("Suffolk and North East Essex", "SNEE", "East of England", "EAHSN", ["Ipswich", "Colchester", "Bury St Edmunds", "Clacton-on-Sea"]),
    ("Surrey Heartlands", "SURREY", "South East", "KSS", ["Guildford", "Woking", "Epsom", "Redhill"]),
    ("Sussex", "SUSSEX", "South East", "KSS", ["Brighton", "Hastings", "Eastbourne", "Worthing", "Crawley", "Chichester"]),
    ("West Yorkshire", "WY", "North East and Yorkshire", "YHAHSN", ["Leeds", "Bradford", "Wakefield", "Huddersfield", "Halifax"]),
]

# AHSN key -> (name, acronym or None, area label used in prose)
AHSNS = {
    "NENC": ("Academic Health Science Network for the North East and North Cumbria", "AHSN NENC", "the North East and North Cumbria"),
    "IA": ("Innovation Agency", None, "the North West Coast"),
    "HINM": ("Health Innovation Manchester", "HInM", "Greater Manchester"),
    "YHAHSN": ("Yorkshire and Humber Academic Health Science Network", "Y&H AHSN", "Yorkshire and the Humber"),
    "EMAHSN": ("East Midlands Academic Health Science Network", "EMAHSN", "the East Midlands"),
    "WMAHSN": ("West Midlands Academic Health Science Network", "WMAHSN", "the West Midlands"),
    "EAHSN": ("Eastern Academic Health Science Network", "Eastern AHSN", "the East of England"),
    "OAHSN": ("Oxford Academic Health Science Network", "Oxford AHSN", "the Thames Valley"),
    "UCLP": ("UCLPartners", None, "north and east London"),
    "ICHP": ("Imperial College Health Partners", "ICHP", "north west London"),
    "HIN": ("Health Innovation Network South London", "HIN", "south London"),
    "KSS": ("Kent Surrey Sussex Academic Health Science Network", "KSS AHSN", "Kent, Surrey and Sussex"),
    "WESSEX": ("Wessex Academic Health Science Network", "Wessex AHSN", "Wessex"),
    "WEAHSN": ("West of England Academic Health Science Network", "WEAHSN", "the West of England"),
    "SWAHSN": ("South West Academic Health Science Network", "SW AHSN", "the South West peninsula"),
}

# NIHR Applied Research Collaborations by AHSN footprint (rough match)
ARCS = {
    "NENC": "NIHR ARC North East and North Cumbria", "IA": "NIHR ARC North West Coast",
    "HINM": "NIHR ARC Greater Manchester", "YHAHSN": "NIHR ARC Yorkshire and Humber",
    "EMAHSN": "NIHR ARC East Midlands", "WMAHSN": "NIHR ARC West Midlands",
    "EAHSN": "NIHR ARC East of England", "OAHSN": "NIHR ARC Oxford and Thames Valley",
    "UCLP": "NIHR ARC North Thames", "ICHP": "NIHR ARC Northwest London",
    "HIN": "NIHR ARC South London", "KSS": "NIHR ARC Kent, Surrey and Sussex",
    "WESSEX": "NIHR ARC Wessex", "WEAHSN": "NIHR ARC West", "SWAHSN": "NIHR ARC South West Peninsula",
}

AMBULANCE = {
    "North West": ("North West Ambulance Service NHS Trust", "NWAS"),
    "North East and Yorkshire": ("Yorkshire Ambulance Service NHS Trust", "YAS"),
    "Midlands": ("West Midlands Ambulance Service University NHS Foundation Trust", "WMAS"),
    "East of England": ("East of England Ambulance Service NHS Trust", "EEAST"),
    "London": ("London Ambulance Service NHS Trust", "LAS"),
    "South East": ("South East Coast Ambulance Service NHS Foundation Trust", "SECAmb"),
    "South West": ("South Western Ambulance Service NHS Foundation Trust", "SWASFT"),
}

# Universities by ICS code
UNIVERSITIES = [
    ("University of Leeds", None, "WY"), ("University of Bradford", None, "WY"), ("Leeds Beckett University", None, "WY"),
    ("University of Huddersfield", None, "WY"), ("University of Sheffield", None, "SY"), ("Sheffield Hallam University", None, "SY"),
    ("University of York", None, "HNY"), ("University of Hull", None, "HNY"), ("Newcastle University", None, "NENC"),
    ("Durham University", None, "NENC"), ("Northumbria University", None, "NENC"), ("Teesside University", None, "NENC"),
    ("University of Sunderland", None, "NENC"), ("University of Manchester", None, "GM"), ("Manchester Metropolitan University", "MMU", "GM"),
    ("University of Salford", None, "GM"), ("University of Bolton", None, "GM"), ("University of Liverpool", None, "CM"),
    ("Liverpool John Moores University", "LJMU", "CM"), ("University of Chester", None, "CM"), ("Edge Hill University", None, "LSC"),
    ("Lancaster University", None, "LSC"), ("University of Central Lancashire", "UCLan", "LSC"), ("University of Nottingham", None, "NOTTS"),
    ("Nottingham Trent University", "NTU", "NOTTS"), ("University of Leicester", None, "LLR"), ("De Montfort University", "DMU", "LLR"),
    ("Loughborough University", None, "LLR"), ("University of Lincoln", None, "LINCS"), ("University of Derby", None, "DDER"),
    ("University of Birmingham", None, "BSOL"), ("Aston University", None, "BSOL"), ("Birmingham City University", "BCU", "BSOL"),
    ("University of Warwick", None, "CW"), ("Coventry University", None, "CW"), ("Keele University", None, "SSOT"),
    ("Staffordshire University", None, "SSOT"), ("University of Wolverhampton", None, "BLACKC"), ("Harper Adams University", None, "STW"),
    ("University of Worcester", None, "HW"), ("University of Oxford", None, "BOB"), ("Oxford Brookes University", None, "BOB"),
    ("University of Reading", None, "BOB"), ("University of Buckingham", None, "BOB"), ("University of Cambridge", None, "CAP"),
    ("Anglia Ruskin University", "ARU", "CAP"), ("University of East Anglia", "UEA", "NW"), ("University of Essex", None, "SNEE"),
    ("University of Hertfordshire", None, "HWE"), ("University of Bedfordshire", None, "BLMK"), ("Cranfield University", None, "BLMK"),
    ("University College London", "UCL", "NCL"), ("City, University of London", None, "NCL"),
    ("London School of Hygiene & Tropical Medicine", "LSHTM", "NCL"), ("Imperial College London", None, "NWL"),
    ("Brunel University London", None, "NWL"), ("King's College London", "KCL", "SEL"), ("Queen Mary University of London", "QMUL", "NEL"),
    ("St George's, University of London", None, "SWL"), ("Kingston University", None, "SWL"), ("University of Southampton", None, "HIOW"),
    ("University of Portsmouth", None, "HIOW"), ("University of Winchester", None, "HIOW"), ("Bournemouth University", None, "DORSET"),
    ("University of Bristol", None, "BNSSG"), ("University of the West of England", "UWE Bristol", "BNSSG"), ("University of Bath", None, "BSW"),
    ("University of Gloucestershire", None, "GLOS"), ("University of Exeter", None, "DEVON"), ("University of Plymouth", None, "DEVON"),
    ("Falmouth University", None, "CIOS"), ("University of Surrey", None, "SURREY"), ("Royal Holloway, University of London", None, "FRIMLEY"),
    ("University of Sussex", None, "SUSSEX"), ("University of Brighton", None, "SUSSEX"), ("University of Kent", None, "KM"),
    ("Canterbury Christ Church University", "CCCU", "KM"), ("University of Northampton", None, "NHANTS"), ("Anglia Ruskin University (Chelmsford)", None, "MSE"),
]

# National / international bodies: key -> (name, acronym, kind, level, member_of key, description)
NATIONAL = [
    ("DHSC", "Department of Health and Social Care", "DHSC", "government-department", "national", None, "Government department responsible for health and adult social care policy in England."),
    ("BEIS", "Department for Business, Energy and Industrial Strategy", "BEIS", "government-department", "national", None, "Former government department with responsibility for science and innovation funding."),
    ("DSIT", "Department for Science, Innovation and Technology", "DSIT", "government-department", "national", None, "Government department for science, innovation and technology (from 2023)."),
    ("OLS", "Office for Life Sciences", "OLS", "government-department", "national", "DHSC", "Joint unit supporting the life sciences sector and the Life Sciences Vision."),
    ("NHSE", "NHS England", "NHSE", "arms-length-body", "national", "DHSC", "Leads the NHS in England; merged with NHS Improvement and later NHSX and NHS Digital."),
    ("NHSX", "NHSX", None, "arms-length-body", "national", "DHSC", "Joint unit for digital transformation of health and care (2019-2022)."),
    ("NHSD", "NHS Digital", None, "arms-length-body", "national", "DHSC", "National provider of information, data and IT systems for health and social care."),
    ("NHSAI", "NHS AI Lab", None, "other", "national", "NHSX", "Programme bringing together government, health and care providers, academics and technology companies on AI."),
    ("AAC", "Accelerated Access Collaborative", "AAC", "network", "national", "NHSE", "Umbrella organisation for health innovation partnerships between industry, government, regulators, patients and the NHS."),
    ("NIHR", "National Institute for Health and Care Research", "NIHR", "research-funder", "national", "DHSC", "National research funder for health and care (named National Institute for Health Research until 2022)."),
    ("UKRI", "UK Research and Innovation", "UKRI", "research-funder", "national", None, "Non-departmental public body bringing together the research councils and Innovate UK."),
    ("IUK", "Innovate UK", None, "research-funder", "national", "UKRI", "The UK's innovation agency, funding business-led innovation."),
    ("MRC", "Medical Research Council", "MRC", "research-funder", "national", "UKRI", "Research council funding medical research."),
    ("EPSRC", "Engineering and Physical Sciences Research Council", "EPSRC", "research-funder", "national", "UKRI", "Research council funding engineering and physical sciences, including healthcare technologies."),
    ("ESRC", "Economic and Social Research Council", "ESRC", "research-funder", "national", "UKRI", "Research council for economic and social research."),
    ("MHRA", "Medicines and Healthcare products Regulatory Agency", "MHRA", "regulator", "national", "DHSC", "Regulator of medicines, medical devices and blood components."),
    ("NICE", "National Institute for Health and Care Excellence", "NICE", "arms-length-body", "national", "DHSC", "Provides guidance and technology appraisal for the NHS in England."),
    ("CQC", "Care Quality Commission", "CQC", "regulator", "national", "DHSC", "Independent regulator of health and social care in England."),
    ("HEE", "Health Education England", "HEE", "arms-length-body", "national", "DHSC", "Responsible for education, training and workforce development (merged into NHS England in 2023)."),
    ("PHE", "Public Health England", "PHE", "arms-length-body", "national", "DHSC", "Former executive agency for public health (to 2021)."),
    ("UKHSA", "UK Health Security Agency", "UKHSA", "arms-length-body", "national", "DHSC", "Agency responsible for health protection and security."),
    ("NHSBSA", "NHS Business Services Authority", "NHSBSA", "arms-length-body", "national", "DHSC", "Provides central services to NHS organisations."),
    ("SBRIH", "SBRI Healthcare", None, "research-funder", "national", "AHSNNET", "NHS England initiative, delivered with the AHSN Network, funding innovators through the Small Business Research Initiative."),
    ("AHSNNET", "The AHSN Network", None, "network", "national", None, "National network of the 15 Academic Health Science Networks."),
    ("AHSNS", "Academic Health Science Networks", "AHSNs", "network", "national", "AHSNNET", "The 15 regional Academic Health Science Networks, taken together."),
    ("KTN", "Knowledge Transfer Network", "KTN", "network", "national", "IUK", "Connects businesses, researchers and funders (later Innovate UK KTN)."),
    ("HF", "The Health Foundation", None, "charity", "national", None, "Independent charity committed to bringing about better health and health care."),
    ("WELL", "Wellcome Trust", None, "charity", "international", None, "Global charitable foundation funding health research."),
    ("NESTA", "Nesta", None, "charity", "national", None, "Innovation foundation running challenge prizes and programmes."),
    ("CRUK", "Cancer Research UK", "CRUK", "charity", "national", None, "Cancer research charity."),
    ("BHF", "British Heart Foundation", "BHF", "charity", "national", None, "Heart and circulatory disease research charity."),
    ("DUK", "Diabetes UK", None, "charity", "national", None, "Diabetes charity funding research and support."),
    ("ALZ", "Alzheimer's Society", None, "charity", "national", None, "Dementia charity funding research and an innovation accelerator."),
    ("ALUK", "Asthma + Lung UK", None, "charity", "national", None, "Lung health charity."),
    ("MIND", "Mind", None, "charity", "national", None, "Mental health charity."),
    ("IAU", "Improvement Analytics Unit", "IAU", "other", "national", None, "Partnership between NHS England and the Health Foundation providing rapid evaluation of complex changes."),
    ("RSET", "Rapid Service Evaluation Team", "RSET", "academia", "national", "NIHR", "NIHR-funded rapid evaluation team (UCL and Nuffield Trust)."),
    ("BRACE", "Birmingham RAND and Cambridge Evaluation Centre", "BRACE", "academia", "national", "NIHR", "NIHR-funded rapid evaluation centre."),
    ("RAND", "RAND Europe", None, "other", "international", None, "Not-for-profit policy research organisation."),
    ("EITH", "EIT Health", None, "network", "international", None, "European network of health innovators supported by the European Institute of Innovation and Technology."),
    ("EC", "European Commission", "EC", "government-department", "international", None, "Executive body of the European Union; runs Horizon Europe."),
    ("ABHI", "Association of British HealthTech Industries", "ABHI", "industry", "national", None, "Trade association for the health technology industry."),
    ("HWE", "Healthwatch England", None, "patient-public-group", "national", None, "Independent champion for people who use health and social care services."),
    ("NV", "National Voices", None, "patient-public-group", "national", None, "Coalition of health and care charities."),
    ("NHSCONF", "NHS Confederation", None, "network", "national", None, "Membership body for organisations that commission and provide NHS services."),
    ("GDA", "NHS Digital Academy", None, "academia", "national", "NHSX", "Virtual academy developing digital leaders in health and care."),
]

# NHS England regional teams and HEE regional offices
NHS_REGIONS = ["North East and Yorkshire", "North West", "Midlands", "East of England", "London", "South East", "South West"]

# --------------------------------------------------------------------------
# Conditions: key -> (name, short/abbreviation or None, category, population band)
# --------------------------------------------------------------------------
CONDITIONS = {
    "lung_ca": ("lung cancer", None, "cancer", "adult"), "bowel_ca": ("bowel cancer", "colorectal cancer", "cancer", "adult"),
    "breast_ca": ("breast cancer", None, "cancer", "adult"), "prostate_ca": ("prostate cancer", None, "cancer", "adult"),
    "melanoma": ("skin cancer", "melanoma", "cancer", "adult"), "ovarian_ca": ("ovarian cancer", None, "cancer", "adult"),
    "pancreatic_ca": ("pancreatic cancer", None, "cancer", "adult"), "oeso_ca": ("oesophageal cancer", None, "cancer", "adult"),
    "hn_ca": ("head and neck cancer", None, "cancer", "adult"), "bladder_ca": ("bladder cancer", None, "cancer", "adult"),
    "kidney_ca": ("kidney cancer", None, "cancer", "adult"), "leuk": ("childhood leukaemia", None, "blood", "child"),
    "lymphoma": ("lymphoma", None, "blood", "adult"), "copd": ("chronic obstructive pulmonary disease", "COPD", "resp", "adult"),
    "asthma": ("asthma", None, "resp", "adult"), "bronchiectasis": ("bronchiectasis", None, "resp", "adult"),
    "ild": ("interstitial lung disease", "ILD", "resp", "adult"), "osa": ("obstructive sleep apnoea", "OSA", "resp", "adult"),
    "long_covid": ("long COVID", None, "resp", "adult"), "cf": ("cystic fibrosis", "CF", "resp", "any"),
    "af": ("atrial fibrillation", "AF", "cardio", "adult"), "hf": ("heart failure", None, "cardio", "adult"),
    "htn": ("hypertension", "high blood pressure", "cardio", "adult"), "chd": ("coronary heart disease", "CHD", "cardio", "adult"),
    "stroke": ("stroke", None, "cardio", "adult"), "pad": ("peripheral arterial disease", "PAD", "cardio", "adult"),
    "aortic": ("aortic stenosis", None, "cardio", "adult"), "fh": ("familial hypercholesterolaemia", "FH", "cardio", "any"),
    "t2d": ("type 2 diabetes", "T2D", "metab", "adult"), "t1d": ("type 1 diabetes", "T1D", "metab", "any"),
    "obesity": ("obesity", None, "metab", "adult"), "gdm": ("gestational diabetes", "GDM", "maternity", "maternity"),
    "nafld": ("non-alcoholic fatty liver disease", "NAFLD", "gi", "adult"), "depression": ("depression", None, "mental", "adult"),
    "anxiety": ("anxiety", None, "mental", "adult"), "psychosis": ("psychosis", None, "mental", "adult"),
    "eating": ("eating disorders", None, "mental", "young"), "selfharm": ("self-harm", None, "mental", "young"),
    "pmh": ("perinatal mental health problems", None, "mental", "maternity"), "ptsd": ("post-traumatic stress disorder", "PTSD", "mental", "adult"),
    "bipolar": ("bipolar disorder", None, "mental", "adult"), "insomnia": ("insomnia", None, "mental", "adult"),
    "dementia": ("dementia", None, "neuro", "older"), "parkinsons": ("Parkinson's disease", None, "neuro", "older"),
    "ms": ("multiple sclerosis", "MS", "neuro", "adult"), "epilepsy": ("epilepsy", None, "neuro", "any"),
    "mnd": ("motor neurone disease", "MND", "neuro", "adult"), "migraine": ("migraine", None, "neuro", "adult"),
    "tbi": ("traumatic brain injury", "TBI", "neuro", "adult"), "oa": ("osteoarthritis", None, "msk", "older"),
    "ra": ("rheumatoid arthritis", "RA", "msk", "adult"), "lbp": ("low back pain", None, "msk", "adult"),
    "hipfx": ("hip fracture", None, "msk", "older"), "osteoporosis": ("osteoporosis", None, "msk", "older"),
    "sepsis": ("sepsis", None, "infect", "any"), "uti": ("urinary tract infection", "UTI", "infect", "adult"),
    "amr": ("respiratory tract infection", "RTI", "infect", "adult"), "hepc": ("hepatitis C", "hep C", "infect", "adult"),
    "hiv": ("HIV", None, "infect", "adult"), "tb": ("tuberculosis", "TB", "infect", "adult"),
    "covid": ("COVID-19", None, "infect", "any"), "ssi": ("surgical site infection", "SSI", "infect", "adult"),
    "preeclampsia": ("pre-eclampsia", None, "maternity", "maternity"), "preterm": ("preterm birth", None, "maternity", "maternity"),
    "stillbirth": ("stillbirth", None, "maternity", "maternity"), "bronchiolitis": ("bronchiolitis", None, "child", "child"),
    "autism": ("autism", None, "child", "young"), "adhd": ("ADHD", "attention deficit hyperactivity disorder", "child", "young"),
    "cp": ("cerebral palsy", None, "child", "child"), "child_obesity": ("childhood obesity", None, "child", "child"),
    "ckd": ("chronic kidney disease", "CKD", "renal", "adult"), "aki": ("acute kidney injury", "AKI", "renal", "adult"),
    "dr": ("diabetic retinopathy", None, "eye", "adult"), "glaucoma": ("glaucoma", None, "eye", "older"),
    "amd": ("age-related macular degeneration", "AMD", "eye", "older"), "psoriasis": ("psoriasis", None, "skin", "adult"),
    "eczema": ("eczema", None, "skin", "any"), "leg_ulcer": ("leg ulcers", None, "wound", "older"),
    "pressure_ulcer": ("pressure ulcers", None, "wound", "older"), "dfu": ("diabetic foot ulcers", None, "wound", "adult"),
    "frailty": ("frailty", None, "frailty", "older"), "falls": ("falls", None, "frailty", "older"),
    "delirium": ("delirium", None, "frailty", "older"), "incontinence": ("urinary incontinence", None, "frailty", "older"),
    "ibd": ("inflammatory bowel disease", "IBD", "gi", "adult"), "coeliac": ("coeliac disease", None, "gi", "any"),
    "ibs": ("irritable bowel syndrome", "IBS", "gi", "adult"), "barretts": ("Barrett's oesophagus", None, "gi", "adult"),
    "chronic_pain": ("chronic pain", None, "pain", "adult"), "endometriosis": ("endometriosis", None, "pain", "adult"),
    "alcohol": ("alcohol dependence", None, "substance", "adult"), "opioid": ("opioid dependence", None, "substance", "adult"),
    "smoking": ("smoking", "tobacco dependence", "substance", "adult"), "sickle": ("sickle cell disease", None, "blood", "any"),
    "haemophilia": ("haemophilia", None, "blood", "any"), "anaemia": ("anaemia", None, "blood", "adult"),
}

CAT_OUTCOMES = {
    "cancer": ["earlier diagnosis", "faster diagnosis against the 28-day Faster Diagnosis Standard", "more cancers diagnosed at stage 1 or 2", "fewer unnecessary urgent referrals"],
    "resp": ["fewer exacerbations", "fewer emergency admissions", "better inhaler technique", "earlier and more accurate diagnosis"],
    "cardio": ["fewer strokes and heart attacks", "better blood pressure control", "earlier diagnosis", "fewer unplanned admissions"],
    "metab": ["better glycaemic control", "sustained weight loss", "fewer long-term complications", "remission for more people"],
    "mental": ["shorter waits for therapy", "higher recovery rates", "fewer crisis presentations", "better continuity of care"],
    "neuro": ["earlier diagnosis", "fewer falls and admissions", "better quality of life", "more people supported to live at home"],
    "msk": ["less pain and better function", "fewer unnecessary orthopaedic referrals", "a faster return to work", "fewer fractures"],
    "infect": ["earlier treatment", "fewer unnecessary antibiotic prescriptions", "fewer hospital-acquired infections", "lower mortality"],
    "maternity": ["safer births", "fewer preterm births", "earlier identification of risk", "fewer stillbirths"],
    "child": ["fewer A&E attendances", "shorter waits for assessment", "earlier diagnosis", "fewer days missed from school"],
    "renal": ["slower progression of kidney disease", "fewer cases of acute kidney injury", "earlier referral", "fewer emergency admissions"],
    "eye": ["fewer people losing their sight", "shorter waits for treatment", "fewer unnecessary hospital appointments", "earlier detection"],
    "skin": ["fewer unnecessary dermatology referrals", "faster access to specialist advice", "better quality of life", "earlier treatment of flares"],
    "wound": ["faster healing", "fewer amputations", "fewer wound infections", "better quality of life"],
    "frailty": ["fewer falls", "fewer emergency admissions", "shorter hospital stays", "more people living independently at home"],
    "gi": ["faster diagnosis", "fewer unnecessary endoscopies", "fewer flare-ups", "better self-management"],
    "pain": ["less reliance on opioids", "better day-to-day function", "faster access to specialist support"],
    "substance": ["more people completing treatment", "fewer alcohol-related admissions", "higher quit rates"],
    "blood": ["fewer painful crises", "faster access to treatment", "fewer transfusion-related complications"],
}
CAT_MEASURE = {
    "cancer": "stage at diagnosis and time to diagnosis", "resp": "exacerbation and admission rates", "cardio": "blood pressure and cardiovascular events",
    "metab": "HbA1c and weight", "mental": "PHQ-9 and GAD-7 scores", "neuro": "quality-of-life scores", "msk": "patient-reported outcome measures (PROMs)",
    "infect": "antibiotic prescribing and infection rates", "maternity": "maternal and neonatal outcomes", "child": "A&E attendances and waiting times",
    "renal": "eGFR decline and admissions", "eye": "referral accuracy and waiting times", "skin": "referral rates and quality of life", "wound": "healing rates", "frailty": "non-elective admissions and bed days",
    "gi": "time to diagnosis and endoscopy use", "pain": "pain scores and opioid prescribing", "substance": "treatment completion", "blood": "admissions and length of stay",
}
CAT_GAPS = {
    "cancer": ["too many cancers are still diagnosed at a late stage", "diagnostic waits have lengthened since the pandemic", "uptake of screening is lowest in the most deprived areas"],
    "resp": ["many people are diagnosed late or misdiagnosed", "exacerbations drive a large share of winter admissions", "access to pulmonary rehabilitation is patchy"],
    "cardio": ["many cases go undetected until a stroke or heart attack", "control rates vary widely between practices", "echocardiography waiting lists are long"],
    "metab": ["fewer than half of people meet all recommended treatment targets", "access to structured education is limited", "complications are concentrated in deprived communities"],
    "mental": ["waiting times for talking therapies remain long", "demand has risen sharply since 2020", "people from minority ethnic groups are less likely to be referred"],
    "neuro": ["diagnosis often takes many months", "specialist capacity is stretched", "care is fragmented between hospital and community"],
    "msk": ["orthopaedic waiting lists have grown", "many referrals to secondary care could be managed in the community", "people in manual work lose significant time off"],
    "infect": ["inappropriate antibiotic prescribing remains common", "early recognition is difficult outside hospital", "testing uptake is low among under-served groups"],
    "maternity": ["outcomes vary markedly between units", "risk is often identified too late", "women from minority ethnic groups face poorer outcomes"],
    "child": ["waits for assessment can exceed two years", "many attendances at A&E could be avoided", "services differ widely between areas"],
    "renal": ["most people with early disease are undiagnosed", "monitoring in primary care is inconsistent", "late referral limits treatment options"],
    "eye": ["ophthalmology is one of the busiest outpatient specialties", "many people are referred unnecessarily", "follow-up appointments are often delayed"],
    "skin": ["dermatology referrals exceed specialist capacity", "waits for a dermatology opinion are long", "access to specialist advice varies between practices"],
    "wound": ["wounds often take months to heal", "care is inconsistent between community teams", "wound care accounts for a large share of community nursing time"],
    "frailty": ["frail older people are frequently admitted in crisis", "community services struggle to respond quickly", "falls are a leading cause of injury-related admissions"],
    "gi": ["endoscopy capacity is under pressure", "diagnosis is frequently delayed", "many people are referred who do not need a procedure"],
    "pain": ["long-term opioid prescribing remains high", "specialist pain services have long waits", "support is rarely joined up"],
    "substance": ["only a minority of people who need treatment receive it", "relapse after discharge is common", "services have seen funding reductions"],
    "blood": ["people often wait many hours for pain relief in A&E", "specialist expertise is concentrated in a few centres", "care plans are not shared across settings"],
}

# --------------------------------------------------------------------------
# Technologies (clinical).  key -> (long, short, abbreviation or None,
#   what it does, condition keys, technology area, stage hint)
# --------------------------------------------------------------------------
CLIN_TECH = {
    "ai_cxr": ("AI-supported chest X-ray reporting", "AI chest X-ray triage", None, "prioritises abnormal chest X-rays for same-day reporting", ["lung_ca", "tb", "ild", "hf"], "AI; imaging"),
    "ai_derm": ("AI analysis of skin lesion images", "AI dermatology triage", None, "assesses photographs of skin lesions taken in primary care and picks out those needing urgent review", ["melanoma"], "AI; dermatology"),
    "ai_ret": ("automated grading of retinal images", "AI retinal screening", None, "grades retinal photographs and refers only sight-threatening cases", ["dr", "amd", "glaucoma"], "AI; ophthalmology"),
    "ai_ecg": ("AI-enhanced ECG analysis", "AI ECG", None, "detects signs of heart disease on routine electrocardiograms", ["af", "hf", "aortic"], "AI; cardiology"),
    "mobile_ecg": ("handheld single-lead ECG devices", "mobile ECG", None, "lets clinicians pick up irregular heart rhythms during routine appointments", ["af"], "medical devices"),
    "rpm": ("remote patient monitoring", "remote monitoring", "RPM", "lets people record symptoms and vital signs at home, with readings reviewed by a clinical hub", ["copd", "hf", "htn", "asthma", "long_covid", "ckd", "ild"], "digital health; remote monitoring"),
    "vw": ("a technology-enabled virtual ward", "virtual ward", None, "provides hospital-level care at home with remote monitoring and daily clinical review", ["copd", "hf", "frailty", "covid", "bronchiolitis"], "remote monitoring; service redesign"),
    "crp": ("point-of-care CRP testing", "CRP testing", "POCT", "gives a result within minutes to guide antibiotic prescribing", ["amr", "copd", "bronchiolitis"], "in vitro diagnostics"),
    "poct": ("point-of-care blood testing", "point-of-care testing", "POCT", "provides results during the consultation rather than days later", ["hf", "ckd", "aki", "hepc", "hiv", "anaemia"], "in vitro diagnostics"),
    "cgm": ("continuous glucose monitoring", "CGM", "CGM", "gives real-time glucose readings and alerts without finger-prick testing", ["t1d", "t2d", "gdm"], "medical devices; diabetes technology"),
    "closed_loop": ("hybrid closed-loop insulin delivery", "closed-loop systems", None, "automatically adjusts insulin doses using sensor readings", ["t1d"], "medical devices; diabetes technology"),
    "dcbt": ("digital cognitive behavioural therapy", "online CBT", "CBT", "delivers guided self-help modules with regular support from a therapist", ["depression", "anxiety", "insomnia", "ptsd", "pmh", "ibs", "chronic_pain"], "digital therapeutics"),
    "selfman_app": ("a self-management smartphone app", "self-management app", None, "helps people understand and manage their condition day to day", ["asthma", "copd", "t2d", "ibd", "epilepsy", "ms", "hf", "ckd", "endometriosis", "sickle"], "digital health; apps"),
    "wearables": ("wearable sensors", "wearables", None, "continuously track movement, sleep and heart rate", ["parkinsons", "epilepsy", "falls", "hf", "ms"], "wearables; remote monitoring"),
    "falls_sensor": ("ambient home sensors with falls detection", "falls sensors", None, "detect changes in daily activity that signal rising risk", ["falls", "frailty", "dementia"], "assistive technology"),
    "wgs": ("rapid whole genome sequencing", "rapid WGS", "WGS", "identifies genetic causes and guides treatment choices", ["leuk", "breast_ca", "lung_ca", "bowel_ca", "fh", "sepsis"], "genomics"),
    "pgx": ("pharmacogenomic testing", "PGx testing", None, "checks how a person's genes affect their response to commonly prescribed medicines", ["stroke", "depression", "chd"], "genomics; medicines optimisation"),
    "liquid_biopsy": ("blood-based liquid biopsy", "liquid biopsy", None, "detects tumour DNA in a simple blood sample", ["lung_ca", "bowel_ca", "pancreatic_ca", "ovarian_ca"], "diagnostics; genomics"),
    "capsule_sponge": ("capsule sponge testing", "capsule sponge", None, "collects cells from the oesophagus without the need for endoscopy", ["barretts", "oeso_ca"], "diagnostics"),
    "cce": ("colon capsule endoscopy", "colon capsule endoscopy", "CCE", "lets patients swallow a camera capsule instead of having a colonoscopy", ["bowel_ca", "ibd"], "diagnostics; medical devices"),
    "fit": ("faecal immunochemical testing", "FIT", "FIT", "measures hidden blood in a stool sample to prioritise referrals", ["bowel_ca"], "in vitro diagnostics"),
    "dig_path": ("digital pathology with AI decision support", "digital pathology", None, "digitises slides so they can be reported remotely and analysed by algorithms", ["prostate_ca", "breast_ca", "bowel_ca", "lymphoma"], "AI; pathology"),
    "ai_mri": ("AI-supported MRI analysis", "AI MRI reporting", None, "speeds up reporting of MRI scans and highlights suspicious areas", ["prostate_ca", "ms", "stroke", "dementia"], "AI; imaging"),
    "ai_stroke": ("AI decision support for stroke imaging", "AI stroke imaging", None, "highlights blocked vessels on CT scans so that patients can be transferred for thrombectomy sooner", ["stroke"], "AI; imaging"),
    "pocus": ("handheld point-of-care ultrasound", "handheld ultrasound", "POCUS", "lets trained staff scan patients at the bedside or at home", ["hf", "aortic", "aki"], "medical devices; imaging"),
    "dsteth": ("digital stethoscopes with murmur detection", "digital stethoscopes", None, "record heart sounds, flagging murmurs with an algorithm", ["aortic", "hf"], "medical devices; AI"),
    "home_spiro": ("home spirometry", "home spirometry", None, "allows lung function to be measured at home and shared with the care team", ["copd", "asthma", "ild", "cf"], "remote monitoring; respiratory diagnostics"),
    "feno": ("FeNO testing", "FeNO testing", "FeNO", "measures airway inflammation to help confirm a diagnosis", ["asthma"], "diagnostics"),
    "smart_inh": ("connected smart inhalers", "smart inhalers", None, "record when and how inhalers are used, prompting better technique", ["asthma", "copd"], "connected devices"),
    "vr": ("virtual reality therapy", "VR therapy", "VR", "uses immersive scenarios to build confidence and reduce distress", ["psychosis", "ptsd", "chronic_pain", "anxiety"], "digital therapeutics; VR"),
    "sym_check": ("an online symptom checker and triage tool", "online triage", None, "directs people to the most appropriate service first time", ["lbp", "uti", "depression"], "digital front door"),
    "video": ("video consultations", "video consultations", None, "replace routine face-to-face follow-up appointments", ["ibd", "epilepsy", "t1d", "ckd", "eating", "prostate_ca"], "digital health; telehealth"),
    "telederm": ("teledermatology with advice and guidance", "teledermatology", None, "allows GPs to send images to consultants for advice before referring", ["melanoma", "psoriasis", "eczema"], "telehealth; dermatology"),
    "rehab_robot": ("robot-assisted rehabilitation", "rehab robotics", None, "supports intensive arm and hand therapy", ["stroke", "tbi", "cp"], "robotics; rehabilitation"),
    "digi_physio": ("a digital physiotherapy programme", "digital physio", None, "provides tailored exercise plans with remote physiotherapist support", ["oa", "lbp", "hipfx"], "digital health; MSK"),
    "wound_app": ("digital wound assessment using smartphone imaging", "digital wound imaging", None, "measures wounds from photographs and tracks healing over time", ["leg_ulcer", "pressure_ulcer", "dfu"], "digital health; wound care"),
    "npwt": ("single-use negative pressure wound therapy", "NPWT", "NPWT", "promotes healing of surgical and chronic wounds", ["ssi", "dfu", "leg_ulcer"], "medical devices; wound care"),
    "ews": ("an electronic early warning and sepsis alert", "sepsis e-alert", None, "identifies deteriorating patients from observations recorded at the bedside", ["sepsis", "aki"], "clinical decision support"),
    "deterioration": ("machine learning prediction of deterioration", "deterioration prediction", "ML", "predicts which patients are likely to deteriorate over the next 48 hours", ["sepsis", "aki", "covid", "delirium"], "AI; decision support"),
    "risk_strat": ("population risk stratification using linked records", "risk stratification", None, "uses linked primary and secondary care data to find people at highest risk", ["af", "htn", "fh", "ckd", "frailty", "t2d", "copd"], "data; population health"),
    "soc_presc": ("a digital social prescribing platform", "social prescribing platform", None, "connects people with community groups, activities and practical support", ["depression", "frailty", "chronic_pain", "obesity"], "digital health; social prescribing"),
    "behav": ("a digital behaviour change programme", "digital behaviour change", None, "combines health coaching, education and goal setting", ["t2d", "obesity", "htn", "child_obesity", "smoking", "alcohol"], "digital health; prevention"),
    "remote_therapy": ("therapy delivered remotely by text and video", "remote therapy", None, "offers therapy outside clinic hours and closer to home", ["eating", "selfharm", "anxiety", "bipolar"], "digital mental health"),
    "qbtest": ("objective computer-based assessment for ADHD", "QbTest", None, "measures attention, impulsivity and activity to support diagnosis", ["adhd"], "medical devices; diagnostics"),
    "plgf": ("placental growth factor testing", "PlGF testing", "PlGF", "helps rule out pre-eclampsia in women with suspected symptoms", ["preeclampsia"], "in vitro diagnostics"),
    "cctg": ("computerised CTG interpretation", "computerised CTG", "CTG", "supports midwives and obstetricians to interpret fetal heart monitoring", ["stillbirth", "preterm"], "decision support; maternity"),
    "pill_disp": ("automated medication dispensers", "smart pill dispensers", None, "remind people to take medicines, alerting carers to missed doses", ["dementia", "parkinsons", "frailty", "epilepsy"], "assistive technology"),
    "print3d": ("3D-printed patient-specific surgical guides", "3D printing", None, "lets surgeons plan operations using a printed model of the patient's anatomy", ["hn_ca", "oa", "hipfx"], "advanced manufacturing"),
    "robotic_surg": ("robot-assisted surgery", "robotic surgery", None, "enables minimally invasive operations with shorter recovery", ["prostate_ca", "bowel_ca", "kidney_ca", "bladder_ca"], "robotics; surgery"),
    "ams": ("an antimicrobial stewardship decision support tool", "AMS decision support", "AMS", "advises prescribers on the right antibiotic, dose and duration", ["amr", "uti", "sepsis"], "decision support; medicines optimisation"),
    "test_treat": ("community testing with same-day treatment", "test and treat", None, "brings testing and treatment to places people already visit", ["hepc", "hiv", "tb"], "service redesign; diagnostics"),
    "bp_home": ("home blood pressure monitoring", "BP@home", None, "lets patients send blood pressure readings to their practice", ["htn", "preeclampsia", "ckd"], "remote monitoring"),
    "ai_mammo": ("AI as a second reader in breast screening", "AI breast screening", None, "supports radiologists reading screening mammograms", ["breast_ca"], "AI; imaging"),
    "lhc": ("targeted lung health checks with low-dose CT", "lung health checks", None, "invites current and former smokers for a scan in a mobile unit", ["lung_ca", "copd"], "screening; imaging"),
    "med_review": ("pharmacist-led structured medication review supported by a search tool", "structured medication review", "SMR", "finds patients on risky combinations of medicines and prompts a review", ["frailty", "ckd", "af", "chronic_pain"], "medicines optimisation"),
    "crisis_line": ("a digitally supported 24/7 crisis line", "crisis line", None, "routes calls to trained staff and shares notes with community teams", ["selfharm", "psychosis", "depression"], "digital mental health; service redesign"),
}

# Operational / administrative technologies (no condition).
# key -> (long, short, what it does, process, staff, ops metric, technology area, focus)
OPS_TECH = {
    "rpa": ("robotic process automation", "RPA", "automates repetitive back-office tasks such as registering referrals", "referral processing", "administrative staff", "time taken to process a referral", "automation", "non-clinical"),
    "nlp": ("natural language processing of clinic letters", "NLP coding", "extracts coded information from clinic letters and referrals", "clinical coding", "clinical coders", "coding backlog", "AI; natural language processing", "non-clinical"),
    "booking": ("automated appointment booking and text reminders", "automated booking", "lets patients book, change and cancel appointments online", "outpatient booking", "booking teams", "did-not-attend rate", "digital front door", "non-clinical"),
    "eroster": ("electronic rostering and job planning", "e-rostering", "matches staffing to demand across wards and services", "workforce deployment", "ward managers", "agency spend", "workforce systems", "non-clinical"),
    "theatre": ("AI-assisted theatre scheduling", "theatre scheduling", "predicts case durations and builds fuller theatre lists", "elective surgery", "theatre teams", "theatre utilisation", "AI; operational planning", "non-clinical"),
    "flow": ("a real-time bed management and patient flow system", "patient flow system", "gives teams a live view of bed capacity and planned discharges", "patient flow", "site managers", "delayed discharges", "operational systems", "non-clinical"),
    "speech": ("speech recognition and digital dictation", "speech recognition", "turns dictated letters into text without typing", "clinical correspondence", "medical secretaries", "letter turnaround time", "speech technology", "non-clinical"),
    "ambient": ("ambient voice technology", "ambient AI scribes", "drafts clinical notes from the consultation conversation", "clinical documentation", "clinicians", "time spent on documentation", "AI; ambient voice", "both"),
    "shcr": ("a shared care record", "shared care record", "brings together information from GP, hospital, community and social care systems", "information sharing", "health and care staff", "duplicate tests", "interoperability", "both"),
    "epma": ("electronic prescribing and medicines administration", "ePMA", "replaces paper drug charts on wards", "medicines management", "nurses and pharmacists", "prescribing errors", "electronic patient records", "both"),
    "pifu": ("a patient-initiated follow-up platform", "PIFU", "lets patients arrange follow-up when they need it instead of at fixed intervals", "outpatient follow-up", "outpatient teams", "routine follow-up appointments", "digital outpatients", "both"),
    "scan4safety": ("barcode scanning for implant and stock tracking", "point-of-care scanning", "tracks products and patients at the point of care", "procurement and supply chain", "theatre and supplies staff", "stock waste", "supply chain", "non-clinical"),
    "phm": ("a population health management platform", "PHM platform", "links data across organisations so that services can be planned around need", "population health planning", "planners and analysts", "time to produce a needs analysis", "data; population health", "non-clinical"),
    "sde": ("a secure data environment for research", "secure data environment", "gives approved researchers safe access to de-identified data", "data access for research", "researchers and analysts", "time to data access", "data infrastructure", "non-clinical"),
    "econsent": ("digital consent", "e-consent", "lets patients read information and give consent electronically before procedures", "pre-operative preparation", "surgical teams", "on-the-day cancellations", "digital outpatients", "both"),
    "chatbot": ("a conversational chatbot for patient queries", "patient chatbot", "answers common questions about appointments, parking and directions", "patient enquiries", "switchboard and PALS staff", "call volumes", "AI; conversational agents", "non-clinical"),
    "cyber": ("cyber security monitoring", "cyber security monitoring", "detects and responds to threats on local networks", "IT resilience", "IT teams", "time to detect incidents", "cyber security", "non-clinical"),
    "ers_ag": ("electronic advice and guidance before referral", "advice and guidance", "lets GPs seek specialist advice before referring", "referral management", "GPs and consultants", "avoidable outpatient referrals", "digital outpatients", "both"),
    "staff_app": ("a staff wellbeing and communications app", "staff app", "gives staff access to rotas, training and wellbeing support in one place", "staff retention", "nurses and healthcare assistants", "staff turnover", "workforce systems", "non-clinical"),
    "wl_valid": ("automated waiting list validation", "waiting list validation", "contacts patients to check they still need their appointment", "elective recovery", "validation teams", "waiting list size", "automation", "non-clinical"),
    "sched_comm": ("route-optimised scheduling for community nursing", "community scheduling", "plans visits so that nurses spend less time travelling", "community nursing visits", "district nurses", "travel time per visit", "operational planning", "non-clinical"),
    "digital_pathway": ("a digital pre-assessment pathway", "digital pre-assessment", "collects health questionnaires online before surgery", "pre-operative assessment", "pre-assessment nurses", "face-to-face pre-assessment appointments", "digital outpatients", "both"),
}

# Populations: (text, band)
POPULATIONS = [
    ("older people living with frailty", "older"), ("people over 65", "older"), ("care home residents", "older"),
    ("children and young people", "young"), ("adolescents aged 11 to 18", "young"), ("young adults", "young"),
    ("children under five", "child"), ("babies and young children", "child"), ("school-age children", "child"),
    ("pregnant women", "maternity"), ("women in the postnatal period", "maternity"), ("new and expectant parents", "maternity"),
    ("people in the most deprived neighbourhoods", "adult"), ("people from Black, Asian and minority ethnic communities", "adult"),
    ("people living in rural and coastal areas", "adult"), ("people experiencing homelessness", "adult"),
    ("people with learning disabilities", "adult"), ("people with severe mental illness", "adult"), ("unpaid carers", "adult"),
    ("veterans", "adult"), ("people in contact with the criminal justice system", "adult"), ("working-age adults", "adult"),
    ("Gypsy, Roma and Traveller communities", "adult"), ("asylum seekers and refugees", "adult"), ("housebound patients", "older"),
    ("people with multiple long-term conditions", "adult"), ("people who do not speak English as a first language", "adult"),
    ("students", "young"), ("shift workers", "adult"), ("people with limited digital skills", "adult"),
]

# Care settings: (text, site noun)
SETTINGS = [
    ("general practice", "GP practices"), ("primary care networks", "PCNs"), ("community pharmacy", "community pharmacies"),
    ("care homes", "care homes"), ("acute hospitals", "hospital sites"), ("emergency departments", "emergency departments"),
    ("outpatient clinics", "outpatient clinics"), ("community services", "community teams"), ("mental health services", "community mental health teams"),
    ("ambulance services", "ambulance stations"), ("maternity units", "maternity units"), ("home-based care", "neighbourhood teams"),
    ("schools", "schools"), ("prisons", "prisons"), ("hospices", "hospices"), ("urgent treatment centres", "urgent treatment centres"),
    ("community diagnostic centres", "diagnostic centres"), ("dental practices", "dental practices"), ("optometry practices", "optometry practices"),
    ("NHS 111 and clinical assessment services", "call centres"),
]

# Work-force / skills topics
SKILLS = [
    ("digital leadership", "digital leaders"), ("AI literacy", "clinicians"), ("quality improvement", "frontline teams"),
    ("clinical entrepreneurship", "clinicians and healthcare scientists"), ("health economics", "NHS managers"),
    ("regulatory science", "innovators"), ("data science and analytics", "NHS analysts"), ("genomic medicine", "nurses and midwives"),
    ("innovation adoption and spread", "innovation leads"), ("patient and public involvement", "researchers"),
    ("clinical informatics", "chief clinical information officers"), ("procurement of innovative products", "procurement teams"),
    ("implementation science", "allied health professionals"), ("service evaluation", "improvement teams"),
    ("simulation-based education", "educators"), ("virtual ward clinical leadership", "nurses and AHPs"),
]

EVAL_METHODS = [
    "a pragmatic randomised controlled trial (RCT)", "a stepped-wedge cluster RCT", "a mixed-methods process evaluation",
    "an interrupted time series analysis of routine data", "a health economic evaluation (cost per QALY)", "a realist evaluation",
    "a rapid evaluation", "a propensity-matched cohort study", "a before-and-after service evaluation",
    "qualitative interviews with patients and staff", "a budget impact analysis", "a feasibility study with embedded qualitative work",
    "a non-inferiority trial", "a diagnostic accuracy study",
]

OUTPUTS = [
    "a UKCA-marked product ready for NHS adoption", "an implementation toolkit", "a real-world evidence report",
    "a business case template for commissioners", "a training package for staff", "an evidence submission to NICE",
    "peer-reviewed publications", "an openly available algorithm", "a plan for regional roll-out", "a health economic model",
    "patient-facing information in several languages", "a validated clinical pathway", "a data dashboard for commissioners",
    "a procurement specification other trusts can reuse", "a case study for the AHSN Network",
]

RESULT_TEMPLATES = [
    "a {pct}% reduction in {target}", "{pct}% fewer {target2}", "an average saving of {mins} minutes per patient",
    "high satisfaction, with {pct2}% of patients rating the service good or very good",
]
REDUCTION_TARGETS = ["emergency admissions", "outpatient appointments", "unnecessary referrals", "bed days", "GP appointments", "waiting times", "ambulance call-outs"]

# Abbreviation pairs used when one register spells a phrase out and another contracts it.
ABBREVIATIONS = [
    ("artificial intelligence", "AI"), ("machine learning", "ML"), ("randomised controlled trial", "RCT"),
    ("integrated care system", "ICS"), ("integrated care board", "ICB"), ("general practitioner", "GP"),
    ("general practitioners", "GPs"), ("emergency department", "ED"), ("accident and emergency", "A&E"),
    ("primary care network", "PCN"), ("primary care networks", "PCNs"), ("allied health professionals", "AHPs"),
    ("small and medium-sized enterprises", "SMEs"), ("chronic obstructive pulmonary disease", "COPD"),
    ("atrial fibrillation", "AF"), ("chronic kidney disease", "CKD"), ("musculoskeletal", "MSK"),
    ("children and young people", "CYP"), ("severe mental illness", "SMI"), ("patient-reported outcome measures", "PROMs"),
    ("natural language processing", "NLP"), ("robotic process automation", "RPA"), ("electronic patient record", "EPR"),
    ("point-of-care testing", "POCT"), ("continuous glucose monitoring", "CGM"), ("virtual reality", "VR"),
    ("cognitive behavioural therapy", "CBT"), ("urgent and emergency care", "UEC"),
    ("patient and public involvement and engagement", "PPIE"), ("multidisciplinary team", "MDT"),
    ("long-term conditions", "LTCs"), ("Academic Health Science Network", "AHSN"), ("National Institute for Health and Care Research", "NIHR"),
    ("NHS England", "NHSE"), ("quality-adjusted life year", "QALY"), ("whole genome sequencing", "WGS"),
    ("Health Education England", "HEE"), ("Small Business Research Initiative", "SBRI"), ("type 2 diabetes", "T2D"),
    ("inflammatory bowel disease", "IBD"), ("antimicrobial resistance", "AMR"), ("multiple sclerosis", "MS"),
    ("Faster Diagnosis Standard", "FDS"), ("clinical commissioning group", "CCG"), ("health and wellbeing", "H&WB"),
]

# Word-level paraphrase pairs (applied both ways, carefully chosen not to change facts)
SYNONYMS = [
    ("aims to", "seeks to"), ("improve", "enhance"), ("reduce", "cut"), ("support", "help"), ("develop", "build"),
    ("evaluate", "assess"), ("deliver", "provide"), ("uptake", "adoption"), ("roll out", "deploy"),
    ("across", "throughout"), ("people", "individuals"), ("pilot", "trial"), ("clinicians", "clinical staff"),
    ("outcomes", "results"), ("project", "initiative"), ("patients", "service users"), ("quickly", "rapidly"),
    ("expected", "anticipated"), ("will be", "is to be"), ("help", "assist"), ("identify", "pick up"),
    ("programme", "scheme"), ("team", "group"), ("around", "approximately"), ("partnership", "collaboration"),
    ("introduce", "bring in"), ("faster", "quicker"), ("demand", "pressure"),
    ("including", "such as"), ("waiting lists", "waiting times"),
]

COMPANY_PRE = ["Medi", "Cura", "Vita", "Neuro", "Cardio", "Pulmo", "Derma", "Ortho", "Sensa", "Opti", "Thera", "Clini", "Aura",
               "Nova", "Kine", "Lumi", "Vero", "Heal", "Puls", "Resp", "Onco", "Gluco", "Retin", "Hepa", "Nephro", "Myo", "Immu",
               "Cogni", "Soma", "Ceph", "Hema", "Osteo", "Axon", "Cyto", "Gen", "Bio", "Lyra", "Zen", "Vox", "Quant", "Tide", "Arden",
               "Hale", "Brook", "Kestrel", "Wren", "Fenn", "Lark", "Oak", "Ember"]
COMPANY_MID = ["", "", "", "a", "o", "i", "ex", "is", "en"]
COMPANY_SUF = ["sense", "logic", "ware", "flow", "path", "scan", "care", "metrics", "gen", "labs", "tech", "nostics", "bit",
               "wave", "mind", "ify", "ly", "iq", "sight", "track", "link", "cell", "dx", "io", "form", "print", "assist", "hub",
               "field", "well", "stone", "bridge"]
COMPANY_WORD = ["", "", "", "", "Health", "Medical", "Diagnostics", "Robotics", "Analytics", "Systems", "Bio", "Digital",
                "Care", "Devices", "Therapeutics", "Imaging", "Labs"]
COMPANY_FORM = ["Ltd", "Ltd", "Ltd", "Limited", "Ltd.", "plc", "(UK) Ltd", "LLP"]

PROJECT_ACRO_WORDS = ["ASSIST", "ENABLE", "TRACK", "FOCUS", "SPRINT", "BRIDGE", "CONNECT", "RAPID", "SAFE", "ACCESS", "PRIME",
                      "EARLY", "SMART", "REACH", "THRIVE", "PATHFINDER", "DETECT", "SENTINEL", "HORIZON", "COMPASS", "BEACON",
                      "ANCHOR", "CLEAR", "STRIDE", "NAVIGATE", "TIMELY", "HOME", "AWARE", "INSIGHT", "PULSE", "RESTORE", "RESET"]

STAGES = ["Idea generation", "Development", "Testing and evaluation", "Adoption", "Spread"]
DRIVERS = ["Skills, capabilities and leadership", "Motivations and accountabilities", "Information and evidence",
           "Relationships and networks", "Patient and public involvement and engagement", "Funding and commissioning"]
GROUPS = ["Innovators", "Adopters", "Clinicians", "Managers", "Patients and the public"]

# Accepted spellings (register-format.md: slug, product words, '&' for 'and', case, separators, synonyms)
ACT_FORMS = {
    "funding": ["funding", "Funding", "grants", "grant funding", "financial support", "finance", "FUNDING"],
    "training-and-skills": ["training-and-skills", "training and skills", "Training & skills", "training", "skills", "education",
                            "fellowships", "leadership development", "Training_and_Skills"],
    "networking-and-brokerage": ["networking-and-brokerage", "networking and brokerage", "Networking & Brokerage", "networking",
                                 "brokerage", "brokering", "convening"],
    "evaluation-and-evidence": ["evaluation-and-evidence", "evaluation and evidence", "Evaluation & evidence", "evaluation",
                                "evidence", "evidence generation", "real world evaluation"],
    "regulatory-advice": ["regulatory-advice", "regulatory advice", "Regulatory Advice", "regulatory support", "regulation advice",
                          "regulatory guidance"],
    "information-and-signposting": ["information-and-signposting", "information and signposting", "Information & Signposting",
                                    "information", "signposting", "advice and guidance"],
    "procurement-and-commissioning": ["procurement-and-commissioning", "procurement and commissioning", "Procurement & commissioning",
                                      "procurement", "commissioning", "purchasing"],
    "infrastructure": ["infrastructure", "Infrastructure", "facilities", "test beds"],
    "other": ["other", "Other"],
}
FOCUS_FORMS = {
    "clinical": ["clinical", "Clinical", "CLINICAL"],
    "non-clinical": ["non-clinical", "non clinical", "Non-clinical", "administrative", "operational", "back office", "non_clinical"],
    "both": ["both", "Both", "clinical and non clinical", "clinical & non-clinical", "mixed", "clinical and administrative"],
}
RECIP_FORMS = {
    "innovators": ["innovators", "Innovators", "innovators only", "innovator", "developers", "suppliers"],
    "adopters": ["adopters", "Adopters", "adopters only", "adopter", "NHS organisations", "health and care providers", "health & care providers"],
    "both": ["both", "Both", "innovators and adopters", "innovators & adopters"],
    "none": ["none", "none", "no funding", "neither", "not funded", "None"],
}
STATUS_FORMS = {
    "active": ["active", "Active", "ongoing", "underway", "live", "running", "open", "current", "in progress", "Live"],
    "concluded": ["concluded", "Concluded", "closed", "ended", "completed", "finished", "Completed"],
    "planned": ["planned", "Planned", "upcoming", "forthcoming", "announced"],
    "proposed": ["proposed", "proposal", "draft"],
}
YESNO_FORMS = {
    "yes": ["yes", "y", "true", "1"],
    "no": ["no", "n", "false", "0"],
    "partly": ["partly"],
}
KIND_FORMS = {
    "government-department": ["government-department", "government department", "Government Department", "government", "department"],
    "arms-length-body": ["arms-length-body", "arm's length body", "ALB", "NDPB", "public body"],
    "regulator": ["regulator", "Regulator"],
    "research-funder": ["research-funder", "research funder", "funder", "funding body", "Research Funder"],
    "network": ["network", "Network"],
    "healthcare-provider": ["healthcare-provider", "healthcare provider", "provider", "NHS trust", "trust"],
    "commissioner": ["commissioner", "Commissioner", "ICB", "integrated care board", "CCG"],
    "industry": ["industry", "company", "business", "firm", "SME", "private sector"],
    "academia": ["academia", "university", "academic", "higher education", "Academia"],
    "charity": ["charity", "Charity", "third sector", "voluntary sector", "foundation", "non profit"],
    "patient-public-group": ["patient-public-group", "patient/public group", "patient group", "patients and public"],
    "other": ["other", "Other"],
}
LEVEL_FORMS = {
    "national": ["national", "National", "nationwide"],
    "regional": ["regional", "Regional", "region", "sub national"],
    "local": ["local", "Local", "locality", "place"],
    "international": ["international", "International", "global", "supranational"],
}

# STIP Compass instrument labels (2019 codebook wording) used here; plus one documented slug.
INSTR = {
    "bizgrant": ["Grants for business R&D and innovation", "grants-for-business-rnd-and-innovation", "Grants for business R&D and innovation"],
    "pubgrant": ["Project grants for public research"],
    "coe": ["Centres of excellence grants"],
    "procure": ["Procurement programmes for R&D and innovation"],
    "fellow": ["Fellowships and postgraduate loans and scholarships"],
    "network": ["Networking and collaborative platforms"],
    "info": ["Information services and access to datasets"],
    "advisory": ["Technology extension and business advisory services"],
    "prize": ["Science and innovation challenges, prizes and awards"],
    "infra": ["Dedicated support to research infrastructures"],
    "strategy": ["National strategies, agendas and plans", "Strategies, agendas and plans"],
    "regulation": ["Emerging technology regulation"],
    "awareness": ["Public awareness campaigns and other outreach activities"],
    "standards": ["Standards and certification for technology development and adoption"],
    "vouchers": ["Innovation vouchers"],
    "loans": ["Loans and credits for innovation in firms"],
    "governance": ["Creation or reform of governance structure or public body"],
}

# What a technology is for (drives verbs such as "improve diagnosis of" vs "improve treatment of")
TECH_PURPOSE = {
    "ai_cxr": "dx", "ai_derm": "dx", "ai_ret": "dx", "ai_ecg": "dx", "mobile_ecg": "dx", "rpm": "mon", "vw": "svc", "crp": "dx",
    "poct": "dx", "cgm": "mon", "closed_loop": "tx", "dcbt": "tx", "selfman_app": "mon", "wearables": "mon", "falls_sensor": "mon",
    "wgs": "dx", "pgx": "tx", "liquid_biopsy": "dx", "capsule_sponge": "dx", "cce": "dx", "fit": "dx", "dig_path": "dx",
    "ai_mri": "dx", "ai_stroke": "dx", "pocus": "dx", "dsteth": "dx", "home_spiro": "mon", "feno": "dx", "smart_inh": "mon",
    "vr": "tx", "sym_check": "svc", "video": "svc", "telederm": "dx", "rehab_robot": "tx", "digi_physio": "tx", "wound_app": "mon",
    "npwt": "tx", "ews": "dx", "deterioration": "dx", "risk_strat": "dx", "soc_presc": "svc", "behav": "tx", "remote_therapy": "tx",
    "qbtest": "dx", "plgf": "dx", "cctg": "mon", "pill_disp": "mon", "print3d": "tx", "robotic_surg": "tx", "ams": "tx",
    "test_treat": "dx", "bp_home": "mon", "ai_mammo": "dx", "lhc": "dx", "med_review": "tx", "crisis_line": "svc",
}
PURPOSE_VP = {
    "dx": ["improve diagnosis of", "speed up diagnosis of", "support earlier detection of", "improve detection of"],
    "tx": ["improve treatment of", "improve care for", "transform treatment of"],
    "mon": ["support management of", "improve monitoring of", "support self-management of"],
    "svc": ["improve care for", "redesign services for", "improve access to care for"],
}
# Where a technology is actually used (overrides the condition-based settings)
TECH_SETTINGS = {
    "ai_cxr": ["acute hospitals", "community diagnostic centres"], "ai_mri": ["acute hospitals", "community diagnostic centres"],
    "ai_stroke": ["acute hospitals"], "dig_path": ["acute hospitals"], "robotic_surg": ["acute hospitals"], "print3d": ["acute hospitals"],
    "ews": ["acute hospitals", "emergency departments"], "deterioration": ["acute hospitals", "emergency departments", "care homes"],
    "wgs": ["acute hospitals"], "cctg": ["maternity units"], "plgf": ["maternity units"], "ai_mammo": ["community diagnostic centres", "acute hospitals"],
    "lhc": ["community diagnostic centres", "general practice"], "qbtest": ["mental health services", "community services"],
    "vw": ["home-based care", "community services"], "rpm": ["home-based care", "general practice", "community services"],
    "cce": ["community diagnostic centres", "outpatient clinics"], "capsule_sponge": ["general practice", "community diagnostic centres"],
    "liquid_biopsy": ["outpatient clinics", "acute hospitals"], "rehab_robot": ["acute hospitals", "community services"],
    "npwt": ["community services", "acute hospitals"], "pocus": ["home-based care", "emergency departments", "general practice"],
    "closed_loop": ["outpatient clinics", "home-based care"], "smart_inh": ["general practice", "home-based care"],
    "home_spiro": ["home-based care", "general practice"], "ai_ret": ["optometry practices", "outpatient clinics"],
    "telederm": ["general practice", "outpatient clinics"], "ai_derm": ["general practice", "outpatient clinics"],
    "crisis_line": ["mental health services", "NHS 111 and clinical assessment services"], "remote_therapy": ["mental health services", "schools"],
    "dcbt": ["mental health services", "general practice"], "video": ["outpatient clinics", "mental health services"],
    "test_treat": ["community pharmacy", "prisons", "community services"], "med_review": ["general practice", "primary care networks", "care homes"],
    "mobile_ecg": ["general practice", "community pharmacy"], "fit": ["general practice"], "feno": ["general practice", "primary care networks"],
    "crp": ["general practice", "community pharmacy", "care homes"], "pill_disp": ["home-based care"], "falls_sensor": ["home-based care", "care homes"],
}
# Condition-specific outcomes where the category list would read oddly
COND_OUTCOMES = {
    "amr": ["fewer unnecessary antibiotic prescriptions", "better-targeted antibiotic use"],
    "hepc": ["more people diagnosed and starting treatment", "higher cure rates"], "hiv": ["earlier diagnosis", "more people starting treatment"],
    "tb": ["earlier diagnosis", "fewer onward transmissions"], "covid": ["earlier treatment", "fewer hospital admissions"],
    "long_covid": ["faster access to rehabilitation", "a quicker return to work"], "ild": ["earlier diagnosis", "slower decline in lung function"],
    "osa": ["faster diagnosis", "better adherence to CPAP"], "cf": ["fewer exacerbations", "fewer hospital visits"],
    "bronchiectasis": ["fewer exacerbations", "fewer hospital visits"], "sepsis": ["earlier antibiotics", "lower mortality"],
    "ssi": ["fewer surgical site infections", "shorter stays"], "stroke": ["faster treatment", "less disability after stroke"],
    "aki": ["fewer cases of acute kidney injury", "earlier recognition"], "preterm": ["fewer preterm births", "better outcomes for babies"],
    "stillbirth": ["fewer stillbirths", "earlier identification of risk"], "preeclampsia": ["earlier identification of risk", "fewer unnecessary admissions"],
    "hipfx": ["faster surgery", "a quicker return home"], "falls": ["fewer falls", "fewer injuries from falls"],
    "smoking": ["higher quit rates"], "alcohol": ["fewer alcohol-related admissions", "more people completing treatment"],
}
# Acute conditions: described as cases per year, not as people living with them
ACUTE = {"sepsis", "uti", "amr", "covid", "ssi", "stroke", "hipfx", "bronchiolitis", "delirium", "preterm", "stillbirth", "preeclampsia",
         "falls", "aki", "tbi", "selfharm"}
# Not before this year (real-world plausibility)
MIN_YEAR = {"covid": 2020, "long_covid": 2020, "ambient": 2022, "vw": 2019, "ai_mammo": 2017, "deterioration": 2016}

# What results are reported against, per condition category (plural nouns: "fewer X", "a reduction in X")
CAT_TARGETS = {
    "cancer": ["unnecessary urgent referrals", "days to diagnosis"], "resp": ["emergency admissions", "exacerbations", "GP appointments"],
    "cardio": ["emergency admissions", "strokes", "outpatient appointments"], "metab": ["emergency admissions", "hypoglycaemic episodes", "GP appointments"],
    "mental": ["crisis presentations", "days waiting for therapy", "A&E attendances"], "neuro": ["emergency admissions", "falls", "outpatient appointments"],
    "msk": ["orthopaedic referrals", "GP appointments", "days off work"], "infect": ["antibiotic prescriptions", "hospital-acquired infections", "emergency admissions"],
    "maternity": ["unplanned antenatal admissions", "emergency caesarean sections"], "child": ["A&E attendances", "school days missed", "unplanned admissions"],
    "renal": ["emergency admissions", "cases of acute kidney injury"], "eye": ["unnecessary hospital appointments", "referrals to ophthalmology"],
    "skin": ["dermatology referrals", "outpatient appointments"], "wound": ["amputations", "community nursing visits", "wound infections"], "frailty": ["emergency admissions", "ambulance call-outs", "bed days"],
    "gi": ["unnecessary colonoscopies", "outpatient appointments"], "pain": ["opioid prescriptions", "GP appointments"],
    "substance": ["alcohol-related admissions", "A&E attendances"], "blood": ["emergency admissions", "bed days"],
}

# Technology-specific verb phrases and outcomes where the generic purpose would be wrong
TECH_VP = {
    "crp": ["guide antibiotic prescribing for", "target antibiotic use in"], "ams": ["improve antibiotic prescribing for"],
    "pgx": ["personalise prescribing for"], "med_review": ["optimise medicines for"], "test_treat": ["find and treat"],
    "plgf": ["speed up assessment of suspected"], "feno": ["improve diagnosis of"], "lhc": ["detect earlier"],
    "behav": ["prevent or manage", "support lifestyle change in"], "soc_presc": ["support people with"],
}
TECH_OUTCOMES = {
    "crp": ["fewer unnecessary antibiotic prescriptions", "better-targeted antibiotic use"],
    "ams": ["fewer unnecessary antibiotic prescriptions", "shorter antibiotic courses"],
    "smart_inh": ["better inhaler technique", "fewer exacerbations"], "feno": ["more accurate diagnosis", "fewer people on unnecessary treatment"],
    "home_spiro": ["earlier detection of decline", "fewer clinic visits"], "pgx": ["fewer adverse drug reactions", "faster response to treatment"],
    "med_review": ["fewer medicines-related admissions", "fewer inappropriate prescriptions"], "closed_loop": ["better glycaemic control", "fewer hypoglycaemic episodes"],
    "npwt": ["faster healing", "fewer wound infections"], "wound_app": ["faster healing", "more consistent wound care"],
    "pill_disp": ["fewer missed doses", "more people living independently at home"], "falls_sensor": ["fewer falls", "faster response after a fall"],
    "robotic_surg": ["shorter hospital stays", "fewer complications"], "print3d": ["shorter operations", "more accurate implant placement"],
    "rehab_robot": ["better recovery of arm function", "more therapy time"], "video": ["fewer hospital visits", "better continuity of care"],
}
MASS_HEADS = {"therapy", "surgery", "endoscopy", "rehabilitation", "teledermatology", "analysis", "interpretation", "automation",
              "technology", "security", "consent", "validation", "guidance", "physio", "imaging", "triage", "CBT", "AI", "WGS", "FIT"}
DX_WORDS = ("diagnos", "detect", "referral", "identif", "accurate")

# Technologies that patients use themselves (vs tools used by clinicians)
PATIENT_FACING = {"rpm", "vw", "cgm", "closed_loop", "dcbt", "selfman_app", "wearables", "falls_sensor", "home_spiro", "smart_inh",
                  "vr", "sym_check", "video", "digi_physio", "soc_presc", "behav", "remote_therapy", "pill_disp", "bp_home", "lhc",
                  "test_treat", "crisis_line", "capsule_sponge", "cce", "fit"}

# Groups used only as an equity focus ("particular attention on ..."), never as the patient population
POP2_LIST = ["people in the most deprived neighbourhoods", "people from Black, Asian and minority ethnic communities",
             "people living in rural and coastal areas", "people experiencing homelessness", "people with learning disabilities",
             "people with severe mental illness", "unpaid carers", "veterans", "people in contact with the criminal justice system",
             "Gypsy, Roma and Traveller communities", "asylum seekers and refugees", "people who do not speak English as a first language",
             "people with limited digital skills"]
NOT_PATIENT_POP = {"unpaid carers", "shift workers", "students", "working-age adults"}
COND_GAPS = {
    "amr": ["antimicrobial resistance is rising", "inappropriate antibiotic prescribing remains common"],
    "hepc": ["testing uptake is low among under-served groups", "many people are unaware they are infected"],
    "hiv": ["testing uptake is low among under-served groups", "late diagnosis remains common"],
    "tb": ["testing uptake is low among under-served groups", "diagnosis is often delayed in under-served groups"],
    "covid": ["services needed new ways to monitor patients safely at home", "hospital capacity was under severe pressure"],
    "long_covid": ["access to specialist assessment is uneven", "many people wait months for rehabilitation"],
    "sepsis": ["early recognition is difficult outside hospital", "delays to antibiotics increase mortality"],
    "ssi": ["surgical site infections prolong stays and cost the NHS millions", "infection rates vary between units"],
    "stroke": ["time to treatment varies widely between hospitals", "access to thrombectomy is uneven"],
}

# Which technologies small local organisations plausibly lead (others: any)
SMALL_LEAD_TECH = {
    "pcn": {"mobile_ecg", "feno", "crp", "poct", "bp_home", "med_review", "risk_strat", "telederm", "rpm", "fit", "soc_presc",
            "behav", "selfman_app", "dcbt", "sym_check", "capsule_sponge", "video", "home_spiro", "ai_derm", "test_treat"},
    "council": {"soc_presc", "behav", "test_treat", "falls_sensor", "pill_disp", "selfman_app", "risk_strat"},
    "charity": {"soc_presc", "behav", "test_treat", "falls_sensor", "pill_disp", "crisis_line", "selfman_app", "remote_therapy", "dcbt"},
}
SMALL_LEAD_OPS = {
    "pcn": {"booking", "chatbot", "staff_app", "ers_ag", "ambient", "rpa", "wl_valid"},
    "council": {"phm", "shcr", "sched_comm", "chatbot"},
    "charity": {"chatbot", "staff_app", "booking"},
}

# ============================================================== 2. portfolio catalogue (schemes, roll-outs, calls, national programmes)
"""Funding schemes, national roll-out programmes, recurring calls and national
programmes: the 'portfolio catalogue' that drives generate_portfolio.py."""

# Each awards/phased scheme: what it funds, who records it, how it is described.
# leads: weights over lead-organisation types.
SCHEMES = {
    "i4i_pda": dict(name="Invention for Innovation (i4i) Product Development Awards", short="i4i PDA",
                    alt=["NIHR i4i Product Development Awards", "i4i Product Development Award"], funder="NIHR", cofund=[],
                    src="nihr", mode="clin", fam="awards", leads=[("company", 4), ("univ", 4), ("trust", 2)],
                    budget=(450000, 1600000), dur=(24, 36), years=(2014, 2024), acts=["funding", "evaluation-and-evidence"],
                    instr="bizgrant", offers="yes", recip="innovators", stages=["Development", "Testing and evaluation"],
                    drivers=["Funding and commissioning", "Information and evidence"], groups=["Innovators"],
                    round="Call {n}", round_base=2006, rapid=0.0,
                    boiler=["The NIHR Invention for Innovation (i4i) programme supports the development of medical devices, active implantable devices and in vitro diagnostics for increased patient benefit. Product Development Awards fund collaborative projects that take a prototype towards clinical use and NHS adoption.",
                            "Funded through NIHR i4i Product Development Awards, which support late-stage translational research on medical technologies with a clear route to patient benefit and uptake in the NHS."]),
    "i4i_chal": dict(name="i4i Challenge Awards", short="i4i Challenge", alt=["NIHR Invention for Innovation Challenge Awards"],
                     funder="NIHR", cofund=[], src="nihr", mode="clin", fam="awards", leads=[("univ", 5), ("company", 3), ("trust", 2)],
                     budget=(400000, 1000000), dur=(24, 30), years=(2017, 2024), acts=["funding", "evaluation-and-evidence"],
                     instr="bizgrant", offers="yes", recip="innovators", stages=["Development", "Testing and evaluation"],
                     drivers=["Funding and commissioning"], groups=["Innovators", "Clinicians"], round="Challenge {n}", round_base=2014, rapid=0.0,
                     boiler=["i4i Challenge Awards fund innovative medical technologies that address a defined area of unmet clinical need, with the expectation that projects generate the evidence needed for real-world evaluation.",
                             "The i4i Challenge Awards call invites proposals for technologies tackling a specific health challenge set by the NIHR each year."]),
    "ai_award": dict(name="Artificial Intelligence in Health and Care Award", short="AI Award",
                     alt=["AI in Health and Care Award", "NHS AI Award"], funder="NIHR", cofund=["AAC", "NHSAI"], src="nihr",
                     mode="clin", fam="phased", leads=[("company", 7), ("trust", 2), ("univ", 1)], years=(2020, 2023),
                     phases=[("Phase 1", (50000, 150000), (9, 12), ["Idea generation", "Development"]),
                             ("Phase 2", (300000, 1000000), (18, 24), ["Development"]),
                             ("Phase 3", (1000000, 3000000), (24, 30), ["Testing and evaluation", "Adoption"]),
                             ("Phase 4", (500000, 2000000), (18, 24), ["Adoption", "Spread"])],
                     acts=["funding", "evaluation-and-evidence"], instr="bizgrant", offers="yes", recip="innovators",
                     drivers=["Funding and commissioning", "Information and evidence"], groups=["Innovators", "Adopters"],
                     round="Round {n}", round_base=2019, rapid=0.1, tech_only="ai",
                     boiler=["The AI in Health and Care Award, run by the Accelerated Access Collaborative in partnership with NHSX and the NIHR, accelerates the testing and evaluation of the most promising artificial intelligence technologies across the NHS.",
                             "Part of the AI Award, which supports AI technologies from early feasibility through to real-world testing and initial adoption in the health and care system."]),
    "bmc": dict(name="Biomedical Catalyst", short="BMC", alt=["Innovate UK Biomedical Catalyst"], funder="IUK", cofund=["MRC"],
                src="ukri", mode="clin", fam="phased", leads=[("company", 9), ("univ", 1)], years=(2014, 2024),
                phases=[("Feasibility", (100000, 300000), (9, 12), ["Idea generation", "Development"]),
                        ("Early-stage", (500000, 1500000), (18, 24), ["Development"]),
                        ("Late-stage", (1000000, 4000000), (24, 36), ["Testing and evaluation"])],
                acts=["funding"], instr="bizgrant", offers="yes", recip="innovators", drivers=["Funding and commissioning"],
                groups=["Innovators"], round="Round {n}", round_base=2012, rapid=0.0,
                boiler=["The Biomedical Catalyst provides funding for UK small and medium-sized enterprises to develop innovative solutions to healthcare challenges, from feasibility through to late-stage development.",
                        "Innovate UK's Biomedical Catalyst supports business-led health and life sciences innovation with a route to clinical adoption."]),
    "smart": dict(name="Innovate UK Smart grants", short="Smart grant", alt=["Smart: open grant funding"], funder="IUK", cofund=[],
                  src="ukri", mode="mix", fam="awards", leads=[("company", 10)], budget=(100000, 500000), dur=(12, 36), years=(2017, 2024),
                  acts=["funding"], instr="bizgrant", offers="yes", recip="innovators", stages=["Development"],
                  drivers=["Funding and commissioning"], groups=["Innovators"], round="Round {n}", round_base=2016, rapid=0.0,
                  boiler=["Smart is Innovate UK's open funding competition for game-changing and commercially viable research and development projects in any sector.",
                          "Funded through an Innovate UK Smart grant for disruptive, commercially focused innovation."]),
    "sbri": dict(name="SBRI Healthcare competition", short="SBRI Healthcare", alt=["Small Business Research Initiative Healthcare competition"],
                 funder="SBRIH", cofund=["NHSE", "AHSNNET"], src="sbri", mode="mix", fam="phased", leads=[("company", 10)],
                 years=(2014, 2024),
                 phases=[("Phase 1", (50000, 100000), (6, 6), ["Idea generation", "Development"]),
                         ("Phase 2", (500000, 1000000), (12, 24), ["Development", "Testing and evaluation"])],
                 acts=["funding", "procurement-and-commissioning"], instr="procure", offers="yes", recip="innovators",
                 drivers=["Funding and commissioning", "Motivations and accountabilities"], groups=["Innovators"],
                 round="Competition {n}", round_base=2004, rapid=0.0,
                 boiler=["SBRI Healthcare is an NHS England initiative, championed by the AHSN Network, that awards development contracts to companies to meet identified health needs. Phase 1 contracts test feasibility; Phase 2 contracts develop and evaluate prototypes.",
                         "Contract awarded under SBRI Healthcare, which uses the Small Business Research Initiative to procure innovative solutions to unmet NHS needs; the NHS retains no IP and the company keeps the rights to commercialise."]),
    "dhtc": dict(name="Digital Health Technology Catalyst", short="DHTC", alt=["UKRI Digital Health Technology Catalyst"], funder="IUK",
                 cofund=[], src="ukri", mode="mix", fam="awards", leads=[("company", 9), ("univ", 1)], budget=(150000, 1200000),
                 dur=(12, 30), years=(2017, 2020), acts=["funding"], instr="bizgrant", offers="yes", recip="innovators",
                 stages=["Development", "Testing and evaluation"], drivers=["Funding and commissioning"], groups=["Innovators"],
                 round="Round {n}", round_base=2016, rapid=0.0, tech_only="digital", productivity=True,
                 boiler=["The Digital Health Technology Catalyst funds businesses to develop digital health solutions, with a focus on technologies that can improve productivity and outcomes in health and care.",
                         "Co-funded through the Digital Health Technology Catalyst, a UKRI fund for digital health technologies with a clear route to market."]),
    "hta": dict(name="Health Technology Assessment (HTA) programme", short="NIHR HTA", alt=["HTA Programme", "NIHR Health Technology Assessment"],
                funder="NIHR", cofund=[], src="nihr", mode="clin", fam="awards", leads=[("univ", 7), ("trust", 3)], budget=(800000, 2500000),
                dur=(36, 60), years=(2014, 2024), acts=["funding", "evaluation-and-evidence"], instr="pubgrant", offers="yes", recip="",
                stages=["Testing and evaluation"], drivers=["Information and evidence"], groups=["Clinicians", "Adopters"],
                round="Commissioned call {code}", round_base=0, rapid=0.0, evalish=True,
                boiler=["The NIHR HTA programme funds research about the clinical and cost-effectiveness and broader impact of healthcare treatments and tests for those who plan, provide or receive care in the NHS.",
                        "Funded by the NIHR Health Technology Assessment programme, which commissions trials that answer questions important to the NHS and patients."]),
    "hsdr": dict(name="Health and Social Care Delivery Research (HSDR) programme", short="NIHR HSDR", alt=["HS&DR programme", "NIHR HSDR"],
                 funder="NIHR", cofund=[], src="nihr", mode="mix", fam="awards", leads=[("univ", 8), ("trust", 2)], budget=(300000, 1200000),
                 dur=(24, 36), years=(2014, 2024), acts=["funding", "evaluation-and-evidence"], instr="pubgrant", offers="yes", recip="",
                 stages=["Adoption", "Spread"], drivers=["Information and evidence", "Motivations and accountabilities"],
                 groups=["Managers", "Adopters"], round="Call {code}", round_base=0, rapid=0.25, evalish=True,
                 boiler=["The HSDR programme funds research to improve the quality, accessibility and organisation of health and social care services, including evaluations of service innovations.",
                         "NIHR Health and Social Care Delivery Research funding supports evidence on how services are organised, delivered and adopted."]),
    "rfpb": dict(name="Research for Patient Benefit (RfPB)", short="RfPB", alt=["NIHR Research for Patient Benefit"], funder="NIHR", cofund=[],
                 src="nihr", mode="clin", fam="awards", leads=[("trust", 6), ("univ", 4)], budget=(150000, 350000), dur=(24, 36),
                 years=(2014, 2024), acts=["funding", "evaluation-and-evidence"], instr="pubgrant", offers="yes", recip="adopters",
                 stages=["Testing and evaluation"], drivers=["Information and evidence"], groups=["Clinicians"],
                 round="Competition {n}", round_base=1990, rapid=0.0, evalish=True,
                 boiler=["RfPB funds regionally derived research projects that are closely linked to the day-to-day practice of health services and of direct benefit to patients.",
                         "Funded by NIHR Research for Patient Benefit, a responsive-mode programme for research arising from NHS practice."]),
    "dpfs": dict(name="Developmental Pathway Funding Scheme", short="DPFS", alt=["MRC Developmental Pathway Funding Scheme"], funder="MRC",
                 cofund=[], src="ukri", mode="clin", fam="awards", leads=[("univ", 9), ("company", 1)], budget=(500000, 3000000),
                 dur=(24, 48), years=(2014, 2024), acts=["funding"], instr="pubgrant", offers="yes", recip="innovators",
                 stages=["Development"], drivers=["Funding and commissioning"], groups=["Innovators"], round="Panel {n}", round_base=2010, rapid=0.0,
                 boiler=["The MRC Developmental Pathway Funding Scheme supports translational programmes developing novel therapeutics, devices and diagnostics.",
                         "Funded under the MRC DPFS, which bridges the gap between discovery research and clinical testing."]),
    "epsrc": dict(name="EPSRC Healthcare Technologies grants", short="EPSRC HT", alt=["EPSRC Healthcare Technologies"], funder="EPSRC", cofund=[],
                  src="ukri", mode="clin", fam="awards", leads=[("univ", 10)], budget=(300000, 1500000), dur=(24, 48),
                  years=(2014, 2024), acts=["funding"], instr="pubgrant", offers="yes", recip="innovators", stages=["Idea generation", "Development"],
                  drivers=["Funding and commissioning"], groups=["Innovators"], round="{year} call", round_base=0, rapid=0.0,
                  boiler=["EPSRC's Healthcare Technologies theme supports engineering and physical sciences research that transforms prevention, diagnosis and treatment.",
                          "An EPSRC Healthcare Technologies investment in discovery-led engineering for health."]),
    "hf_ifi": dict(name="Innovating for Improvement", short="IfI", alt=["Health Foundation Innovating for Improvement"], funder="HF", cofund=[],
                   src="charity", mode="mix", fam="awards", leads=[("trust", 6), ("pcn", 2), ("icb", 1), ("charity_local", 1)],
                   budget=(50000, 75000), dur=(15, 18), years=(2014, 2020), acts=["funding", "training-and-skills"], instr="pubgrant",
                   offers="yes", recip="adopters", stages=["Testing and evaluation", "Adoption"],
                   drivers=["Skills, capabilities and leadership", "Funding and commissioning"], groups=["Adopters", "Clinicians"],
                   round="Round {n}", round_base=2011, rapid=0.0,
                   boiler=["Innovating for Improvement is a Health Foundation programme supporting teams to test and develop innovative ideas that improve health care delivery, with funding, training and improvement support.",
                           "Part of the Health Foundation's Innovating for Improvement programme for frontline teams."]),
    "hf_aaa": dict(name="Advancing Applied Analytics", short="AAA", alt=["Health Foundation Advancing Applied Analytics"], funder="HF",
                   cofund=[], src="charity", mode="ops", fam="awards", leads=[("trust", 5), ("icb", 3), ("univ", 2)],
                   budget=(50000, 100000), dur=(12, 18), years=(2018, 2022), acts=["funding", "training-and-skills"], instr="pubgrant",
                   offers="yes", recip="adopters", stages=["Development", "Adoption"], drivers=["Information and evidence", "Skills, capabilities and leadership"],
                   groups=["Managers"], round="Round {n}", round_base=2017, rapid=0.0,
                   boiler=["Advancing Applied Analytics supports projects that improve analytical capability in health and care services.",
                           "Health Foundation funding to strengthen the use of data and analytics in NHS services."]),
    "wellcome": dict(name="Wellcome Innovator Awards", short="Innovator Award", alt=["Wellcome Trust Innovator Awards"], funder="WELL",
                     cofund=[], src="charity", mode="clin", fam="awards", leads=[("company", 5), ("univ", 5)], budget=(250000, 750000),
                     dur=(24, 36), years=(2018, 2024), acts=["funding"], instr="bizgrant", offers="yes", recip="innovators",
                     stages=["Development"], drivers=["Funding and commissioning"], groups=["Innovators"], round="{year} round", round_base=0, rapid=0.0,
                     boiler=["Wellcome Innovator Awards support researchers and companies to develop innovations with the potential to make a significant impact on health.",
                             "Funded by a Wellcome Innovator Award for early-stage health innovations."]),
    "cruk": dict(name="Early Detection and Diagnosis Project Awards", short="CRUK EDD", alt=["CRUK Early Detection Project Award"], funder="CRUK",
                 cofund=[], src="charity", mode="clin", fam="awards", leads=[("univ", 7), ("trust", 3)], budget=(200000, 800000),
                 dur=(24, 36), years=(2016, 2024), acts=["funding", "evaluation-and-evidence"], instr="pubgrant", offers="yes", recip="",
                 stages=["Development", "Testing and evaluation"], drivers=["Information and evidence"], groups=["Clinicians"],
                 round="{year} round", round_base=0, rapid=0.0, cats=["cancer"],
                 boiler=["Cancer Research UK's Early Detection and Diagnosis committee funds research to detect cancer at its earliest, most treatable stages.",
                         "A CRUK early detection award."]),
    "bhf": dict(name="BHF Translational Awards", short="BHF TA", alt=["British Heart Foundation Translational Award"], funder="BHF", cofund=[],
                src="charity", mode="clin", fam="awards", leads=[("univ", 7), ("trust", 2), ("company", 1)], budget=(250000, 1000000),
                dur=(24, 36), years=(2015, 2024), acts=["funding"], instr="pubgrant", offers="yes", recip="innovators",
                stages=["Development", "Testing and evaluation"], drivers=["Funding and commissioning"], groups=["Innovators", "Clinicians"],
                round="{year} round", round_base=0, rapid=0.0, cats=["cardio"],
                boiler=["BHF Translational Awards help move promising cardiovascular research towards patient benefit.",
                        "Supported by the British Heart Foundation's translational funding."]),
    "duk": dict(name="Diabetes UK project grants", short="DUK grant", alt=["Diabetes UK research project grant"], funder="DUK", cofund=[],
                src="charity", mode="clin", fam="awards", leads=[("univ", 8), ("trust", 2)], budget=(150000, 450000), dur=(24, 36),
                years=(2015, 2024), acts=["funding"], instr="pubgrant", offers="yes", recip="", stages=["Testing and evaluation"],
                drivers=["Information and evidence"], groups=["Clinicians", "Patients and the public"], round="{year} round", round_base=0,
                rapid=0.0, conds=["t1d", "t2d", "gdm", "dfu", "dr"],
                boiler=["Diabetes UK funds research to improve care and find a cure for people living with diabetes.",
                        "A Diabetes UK-funded research project."]),
    "alz": dict(name="Alzheimer's Society Accelerator Programme", short="Accelerator", alt=["Alzheimer's Society Accelerator"], funder="ALZ",
                cofund=[], src="charity", mode="clin", fam="awards", leads=[("company", 8), ("charity_local", 2)], budget=(50000, 300000),
                dur=(12, 24), years=(2019, 2024), acts=["funding", "networking-and-brokerage"], instr="bizgrant", offers="yes",
                recip="innovators", stages=["Development", "Adoption"], drivers=["Funding and commissioning", "Patient and public involvement and engagement"],
                groups=["Innovators", "Patients and the public"], round="Cohort {n}", round_base=2018, rapid=0.0, conds=["dementia", "falls", "delirium"],
                boiler=["The Alzheimer's Society Accelerator Programme offers funding and expertise to innovators developing products and services that improve the lives of people living with dementia.",
                        "Supported by the Alzheimer's Society Accelerator Programme."]),
    "ktp": dict(name="Knowledge Transfer Partnership", short="KTP", alt=["Innovate UK Knowledge Transfer Partnership"], funder="IUK",
                cofund=[], src="ukri", mode="mix", fam="awards", leads=[("company", 10)], budget=(100000, 250000), dur=(24, 36),
                years=(2014, 2024), acts=["funding", "training-and-skills"], instr="bizgrant", offers="yes", recip="innovators",
                stages=["Development"], drivers=["Skills, capabilities and leadership", "Relationships and networks"], groups=["Innovators"],
                round="{year} round", round_base=0, rapid=0.0, needs_univ=True,
                boiler=["A Knowledge Transfer Partnership links a business with a university and a graduate associate to deliver a strategic innovation project.",
                        "Delivered as a Knowledge Transfer Partnership (KTP), part-funded by Innovate UK."]),
    "eit": dict(name="EIT Health Headstart", short="Headstart", alt=["EIT Health Headstart programme"], funder="EITH", cofund=[],
                src="eu", mode="mix", fam="awards", leads=[("company", 10)], budget=(50000, 75000), dur=(9, 12), years=(2017, 2022),
                acts=["funding", "networking-and-brokerage"], instr="bizgrant", offers="yes", recip="innovators", stages=["Development"],
                drivers=["Funding and commissioning"], groups=["Innovators"], round="{year} call", round_base=0, rapid=0.0, currency="EUR",
                boiler=["EIT Health Headstart supports health start-ups with funding of up to EUR 75,000 to reach key milestones.",
                        "An EIT Health Headstart award for early-stage health start-ups."]),
    "horizon": dict(name="Horizon Europe health cluster", short="Horizon Europe", alt=["Horizon 2020 Societal Challenge 1"], funder="EC",
                    cofund=[], src="eu", mode="clin", fam="awards", leads=[("univ", 8), ("company", 2)], budget=(2000000, 8000000),
                    dur=(36, 60), years=(2015, 2024), acts=["funding", "evaluation-and-evidence"], instr="pubgrant", offers="yes", recip="both",
                    stages=["Development", "Testing and evaluation"], drivers=["Relationships and networks", "Funding and commissioning"],
                    groups=["Innovators", "Clinicians"], round="{year} work programme", round_base=0, rapid=0.0, currency="EUR", intl=True,
                    boiler=["A collaborative research and innovation action funded by the European Union's framework programme for research and innovation, with partners in several member states.",
                            "EU-funded consortium project under the health cluster of the framework programme."]),
    "ics_fund": dict(name="Health Innovation Fund", short="Innovation Fund", alt=["ICS Innovation Fund"], funder="@ICB", cofund=[],
                     src="ics", mode="mix", fam="awards", leads=[("trust", 4), ("pcn", 3), ("charity_local", 1), ("company", 1), ("council", 1)],
                     budget=(20000, 150000), dur=(9, 18), years=(2019, 2024), acts=["funding"], instr="vouchers", offers="yes",
                     recip="adopters", stages=["Testing and evaluation", "Adoption"], drivers=["Funding and commissioning"],
                     groups=["Adopters", "Clinicians"], round="{yearlab}", round_base=0, rapid=0.0, local=True,
                     boiler=["The {icsname} Health Innovation Fund offers non-recurrent funding to local teams to test promising innovations that address system priorities.",
                             "Funded by the ICS innovation fund, which backs small-scale local tests of change."]),
    "ahsn_fund": dict(name="Innovation Exchange small grants", short="Innovation Exchange", alt=["AHSN innovation grants"], funder="@AHSN",
                      cofund=[], src="ahsn", mode="mix", fam="awards", leads=[("trust", 4), ("pcn", 3), ("company", 3)],
                      budget=(10000, 75000), dur=(6, 12), years=(2018, 2024), acts=["funding", "networking-and-brokerage"],
                      instr="vouchers", offers="yes", recip="both", stages=["Testing and evaluation", "Adoption"],
                      drivers=["Relationships and networks", "Funding and commissioning"], groups=["Innovators", "Adopters"],
                      round="{year} round", round_base=0, rapid=0.0, local=True,
                      boiler=["The AHSN Innovation Exchange identifies and supports the spread of proven innovations, matching them to local need and offering small grants to test them in practice.",
                              "Supported through the AHSN's Innovation Exchange."]),
    "testbed": dict(name="NHS Test Beds programme", short="Test Bed", alt=["NHS Innovation Test Beds"], funder="NHSE", cofund=["OLS"],
                    src="nhse", mode="clin", fam="awards", leads=[("icb", 4), ("trust", 4), ("ahsn", 2)], budget=(500000, 2000000),
                    dur=(18, 24), years=(2016, 2019), acts=["infrastructure", "evaluation-and-evidence"], instr="network", offers="yes",
                    recip="both", stages=["Testing and evaluation", "Adoption"], drivers=["Relationships and networks", "Information and evidence"],
                    groups=["Innovators", "Adopters"], round="Wave {n}", round_base=2015, rapid=0.2, multi_tech=True,
                    boiler=["NHS Test Beds bring together NHS organisations and industry to test combinations of innovations in real-world settings and generate evidence for wider adoption.",
                            "Part of the NHS England and Office for Life Sciences Test Beds programme."]),
    "dpp": dict(name="Digital Productivity Programme", short="Digital Productivity", alt=["NHSX Digital Productivity Programme"],
                funder="NHSX", cofund=[], src="nhse", mode="ops", fam="awards", leads=[("trust", 8), ("icb", 2)], budget=(100000, 600000),
                dur=(9, 18), years=(2020, 2022), acts=["funding", "evaluation-and-evidence"], instr="vouchers", offers="yes", recip="adopters",
                stages=["Adoption", "Spread"], drivers=["Funding and commissioning"], groups=["Adopters", "Managers"], round="Wave {n}",
                round_base=2019, rapid=0.3, productivity=True,
                boiler=["The Digital Productivity Programme funds NHS organisations to adopt digital technologies that release staff time in both clinical and non-clinical work.",
                        "NHSX Digital Productivity funding for tools that improve productivity."]),
    "skunk": dict(name="NHS AI Lab Skunkworks", short="AI Skunkworks", alt=["AI Skunkworks"], funder="NHSAI", cofund=[], src="nhse",
                  mode="mix", fam="awards", leads=[("trust", 8), ("icb", 2)], budget=(40000, 120000), dur=(3, 6), years=(2020, 2023),
                  acts=["other", "evaluation-and-evidence"], instr="advisory", offers="no", recip="none", stages=["Idea generation", "Development"],
                  drivers=["Information and evidence", "Skills, capabilities and leadership"], groups=["Adopters"], round="Project {n}",
                  round_base=2019, rapid=0.0, tech_only="ai",
                  boiler=["AI Skunkworks works with NHS organisations to build proof-of-concept AI tools, releasing open code so that others can reuse it.",
                          "A short NHS AI Lab Skunkworks proof of concept."]),
    "nia": dict(name="NHS Innovation Accelerator", short="NIA", alt=["NHS Innovation Accelerator fellowship"], funder="AHSNNET",
                cofund=["NHSE"], src="nhse", mode="mix", fam="awards", leads=[("company", 9), ("charity_local", 1)], budget=(0, 0),
                dur=(36, 36), years=(2015, 2024), acts=["training-and-skills", "networking-and-brokerage"], instr="advisory", offers="no",
                recip="none", stages=["Adoption", "Spread"], drivers=["Relationships and networks", "Skills, capabilities and leadership"],
                groups=["Innovators"], round="{year} cohort", round_base=0, rapid=0.0,
                boiler=["The NHS Innovation Accelerator supports fellows to scale evidence-based innovations across the NHS, with bespoke mentoring, peer support and access to national networks.",
                        "Selected for the NHS Innovation Accelerator (NIA), hosted by UCLPartners and delivered with the AHSNs."]),
    "idap": dict(name="Innovative Devices Access Pathway pilot", short="IDAP", alt=["IDAP pilot"], funder="MHRA", cofund=["NICE"],
                 src="alb", mode="clin", fam="awards", leads=[("company", 10)], budget=(0, 0), dur=(12, 24), years=(2023, 2025),
                 acts=["regulatory-advice"], instr="regulation", offers="no", recip="none", stages=["Development", "Testing and evaluation"],
                 drivers=["Information and evidence"], groups=["Innovators"], round="Pilot {n}", round_base=2022, rapid=0.0,
                 boiler=["The Innovative Devices Access Pathway pilot offers enhanced regulatory and access support to technologies addressing unmet needs.",
                         "Selected for the MHRA-led IDAP pilot."]),
    "eva": dict(name="NICE Early Value Assessment", short="EVA", alt=["Early Value Assessment"], funder="NICE", cofund=[], src="alb",
                mode="clin", fam="awards", leads=[("company", 10)], budget=(0, 0), dur=(6, 12), years=(2022, 2025),
                acts=["evaluation-and-evidence", "information-and-signposting"], instr="info", offers="no", recip="none",
                stages=["Testing and evaluation", "Adoption"], drivers=["Information and evidence"], groups=["Innovators", "Adopters"],
                round="Topic {n}", round_base=2021, rapid=0.5,
                boiler=["NICE Early Value Assessments identify promising health technologies that could be used in the NHS while further evidence is generated.",
                        "Assessed through NICE's Early Value Assessment process."]),
    "itp": dict(name="Innovation and Technology Payment", short="ITP", alt=["Innovation and Technology Tariff"], funder="NHSE", cofund=["AAC"],
                src="nhse", mode="clin", fam="awards", leads=[("company", 10)], budget=(300000, 3000000), dur=(12, 12), years=(2017, 2020),
                acts=["procurement-and-commissioning", "funding"], instr="procure", offers="yes", recip="adopters",
                stages=["Adoption", "Spread"], drivers=["Funding and commissioning"], groups=["Adopters"], round="{yearlab}", round_base=0, rapid=0.0,
                boiler=["The Innovation and Technology Payment removed financial and procurement barriers so that NHS providers could adopt selected innovations without individual price negotiation.",
                        "Included in the Innovation and Technology Payment (ITP), which funds NHS uptake of selected products nationally."]),
}

# National programmes delivered regionally (one record per region / ICS / trust)
NATPROGS = [
    dict(key="pincer", name="PINCER", full="Pharmacist-led Information technology iNtervention for the reduction of Clinically important ERrors",
         what="the PINCER medication safety intervention", how="searches GP clinical systems for hazardous prescribing and supports pharmacists to correct it",
         why="Prescribing errors in general practice cause avoidable harm and hospital admissions; PINCER is an evidence-based pharmacist-led approach to finding and fixing them.",
         cond=None, setting="general practice", site="GP practices", start=(2018, 4), end=(2020, 3), owner="ahsn", funder="AHSNNET",
         acts=["networking-and-brokerage", "training-and-skills"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Relationships and networks"], groups=["Adopters", "Clinicians"], budget=(60000, 250000)),
    dict(key="feno", tech="feno", name="FeNO testing in primary care", full="fractional exhaled nitric oxide (FeNO) testing national programme",
         what="FeNO testing to support asthma diagnosis", how="provides devices, training and pathway redesign so that PCNs can offer FeNO tests",
         why="Asthma is frequently misdiagnosed; FeNO testing gives an objective measure of airway inflammation that improves diagnostic accuracy.",
         cond="asthma", setting="primary care networks", site="PCNs", start=(2020, 4), end=(2022, 3), owner="ahsn", funder="AAC",
         acts=["networking-and-brokerage", "procurement-and-commissioning"], instr="network", focus="clinical", offers="partly", recip="",
         stages=["Adoption", "Spread"], drivers=["Relationships and networks", "Funding and commissioning"], groups=["Adopters"], budget=(80000, 300000)),
    dict(key="escape", name="ESCAPE-pain", full="Enabling Self-management and Coping with Arthritic Pain using Exercise",
         what="the ESCAPE-pain group rehabilitation programme", how="combines education, self-management and exercise in a six-week group programme",
         why="Chronic joint pain is a leading cause of disability; ESCAPE-pain is a NICE-recommended rehabilitation programme that reduces pain and improves function.",
         cond="oa", setting="community services", site="community venues", start=(2018, 4), end=(2020, 3), owner="ahsn", funder="AHSNNET",
         acts=["networking-and-brokerage", "training-and-skills"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Spread"], drivers=["Relationships and networks"], groups=["Adopters", "Patients and the public"], budget=(40000, 200000)),
    dict(key="focusadhd", tech="qbtest", name="Focus ADHD", full="Focus ADHD national programme", what="objective QbTest assessment in ADHD pathways",
         how="introduces QbTest alongside clinical assessment in CAMHS and community paediatric services",
         why="ADHD assessments are slow and subjective; adding an objective test can shorten the time to a diagnostic decision.",
         cond="adhd", setting="mental health services", site="CAMHS and paediatric services", start=(2020, 4), end=(2023, 3), owner="ahsn",
         funder="AAC", acts=["networking-and-brokerage", "evaluation-and-evidence"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Relationships and networks", "Information and evidence"], groups=["Adopters", "Clinicians"], budget=(50000, 250000)),
    dict(key="precept", name="PReCePT", full="PReventing Cerebral palsy in PreTerm labour", what="magnesium sulphate for women in preterm labour",
         how="supports maternity units to give magnesium sulphate to eligible women, with a midwife champion in each unit",
         why="Magnesium sulphate given in preterm labour reduces the risk of cerebral palsy, but uptake varied widely between maternity units.",
         cond="preterm", setting="maternity units", site="maternity units", start=(2018, 4), end=(2020, 3), owner="ahsn", funder="AHSNNET",
         acts=["networking-and-brokerage", "training-and-skills"], instr="network", focus="clinical", offers="partly", recip="",
         stages=["Spread"], drivers=["Relationships and networks", "Skills, capabilities and leadership"], groups=["Clinicians", "Adopters"], budget=(50000, 200000)),
    dict(key="tcam", name="Transfers of Care Around Medicines", full="Transfers of Care Around Medicines (TCAM)",
         what="electronic referral from hospital to community pharmacy at discharge", how="sends discharge medicines information to the patient's chosen community pharmacy for follow-up",
         why="Many patients experience medication problems after leaving hospital; a referral to community pharmacy reduces readmissions.",
         cond=None, setting="community pharmacy", site="hospital trusts", start=(2018, 4), end=(2020, 3), owner="ahsn", funder="AHSNNET",
         acts=["networking-and-brokerage"], instr="network", focus="both", offers="no", recip="none", stages=["Spread"],
         drivers=["Relationships and networks"], groups=["Adopters"], budget=(50000, 200000)),
    dict(key="lipids", name="Lipid management and familial hypercholesterolaemia", full="AAC lipid management and FH programme",
         what="lipid optimisation and FH case-finding", how="uses search tools and pathway support to find people with high cholesterol and optimise treatment",
         why="Cardiovascular disease remains a leading cause of death, and most people with familial hypercholesterolaemia are undiagnosed.",
         cond="fh", setting="general practice", site="PCNs", start=(2021, 4), end=(2023, 3), owner="ahsn", funder="AAC",
         acts=["networking-and-brokerage", "information-and-signposting"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Relationships and networks"], groups=["Adopters", "Clinicians"], budget=(60000, 250000)),
    dict(key="polypharmacy", tech="med_review", name="Polypharmacy: getting the balance right", full="national polypharmacy programme",
         what="structured medication reviews for people on many medicines", how="offers data packs, action learning sets and training for PCN teams",
         why="Problematic polypharmacy causes harm and waste; structured reviews help people and clinicians agree which medicines to stop.",
         cond="frailty", setting="primary care networks", site="PCNs", start=(2021, 10), end=(2024, 3), owner="ahsn", funder="AHSNNET",
         acts=["training-and-skills", "networking-and-brokerage"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Skills, capabilities and leadership"], groups=["Clinicians"], budget=(50000, 180000)),
    dict(key="emlap", name="Emergency Laparotomy Collaborative", full="Emergency Laparotomy Collaborative",
         what="a quality improvement care bundle for emergency laparotomy", how="supports surgical teams to apply a care bundle using quality improvement methods",
         why="Mortality after emergency laparotomy is high and varies between hospitals; a care bundle reduces deaths.",
         cond=None, setting="acute hospitals", site="hospital trusts", start=(2017, 6), end=(2019, 6), owner="ahsn", funder="AHSNNET",
         acts=["networking-and-brokerage", "training-and-skills"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Spread"], drivers=["Skills, capabilities and leadership"], groups=["Clinicians"], budget=(50000, 150000)),
    dict(key="eia", name="Early Inflammatory Arthritis", full="early inflammatory arthritis pathway programme",
         what="a faster referral pathway for early inflammatory arthritis", how="redesigns referral and triage so that patients are seen in early arthritis clinics within three weeks",
         why="Early treatment of inflammatory arthritis prevents joint damage, but many patients wait months for a specialist.",
         cond="ra", setting="outpatient clinics", site="rheumatology services", start=(2019, 4), end=(2021, 3), owner="ahsn", funder="AHSNNET",
         acts=["networking-and-brokerage"], instr="network", focus="clinical", offers="no", recip="none", stages=["Adoption"],
         drivers=["Relationships and networks"], groups=["Clinicians"], budget=(40000, 150000)),
    dict(key="bpopt", tech="bp_home", name="Blood pressure optimisation", full="BP@home and blood pressure optimisation programme",
         what="home blood pressure monitoring and case-finding", how="distributes validated monitors and supports practices to manage hypertension remotely",
         why="High blood pressure is the biggest modifiable risk factor for stroke; remote monitoring helps practices restart proactive care.",
         cond="htn", setting="general practice", site="GP practices", start=(2020, 10), end=(2022, 3), owner="ahsn", funder="NHSE",
         acts=["networking-and-brokerage", "procurement-and-commissioning"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Relationships and networks"], groups=["Adopters", "Patients and the public"], budget=(60000, 300000)),
    dict(key="biologics", name="Asthma biologics", full="AAC asthma biologics programme", what="improved access to biologic treatments for severe asthma",
         how="helps practices identify people with uncontrolled asthma and refer them to specialist severe asthma centres",
         why="Many people with severe asthma who could benefit from biologic treatment are never referred.",
         cond="asthma", setting="general practice", site="PCNs", start=(2021, 4), end=(2023, 3), owner="ahsn", funder="AAC",
         acts=["networking-and-brokerage", "information-and-signposting"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption"], drivers=["Relationships and networks"], groups=["Clinicians"], budget=(40000, 160000)),
    dict(key="plgf", tech="plgf", name="PlGF-based testing for pre-eclampsia", full="placental growth factor testing programme",
         what="PlGF-based testing for suspected pre-eclampsia", how="funds tests and training so that maternity units can use PlGF results to guide care",
         why="Pre-eclampsia is a leading cause of maternal and perinatal harm; PlGF testing helps clinicians rule it out sooner.",
         cond="preeclampsia", setting="maternity units", site="maternity units", start=(2020, 4), end=(2022, 3), owner="ahsn", funder="AAC",
         acts=["procurement-and-commissioning", "networking-and-brokerage"], instr="procure", focus="clinical", offers="yes", recip="adopters",
         stages=["Adoption"], drivers=["Funding and commissioning"], groups=["Adopters"], budget=(50000, 250000)),
    dict(key="afdetect", tech="mobile_ecg", name="Atrial fibrillation detection", full="AF detection and anticoagulation programme",
         what="mobile ECG devices for detecting atrial fibrillation", how="distributes handheld ECG devices to practices and pharmacies and supports anticoagulation reviews",
         why="Undiagnosed atrial fibrillation causes thousands of avoidable strokes each year.",
         cond="af", setting="general practice", site="GP practices", start=(2017, 4), end=(2019, 3), owner="ahsn", funder="AHSNNET",
         acts=["procurement-and-commissioning", "networking-and-brokerage"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Relationships and networks"], groups=["Adopters"], budget=(80000, 300000)),
    dict(key="deterioration", name="Managing deterioration in care homes", full="National Patient Safety Improvement Programme – managing deterioration",
         what="soft-signs tools and NEWS2 in care homes", how="trains care home staff to recognise and communicate early signs of deterioration",
         why="Residents whose deterioration is spotted late are more likely to be admitted to hospital in crisis.",
         cond="frailty", setting="care homes", site="care homes", start=(2019, 4), end=(2021, 3), owner="ahsn", funder="NHSE",
         acts=["training-and-skills", "networking-and-brokerage"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Skills, capabilities and leadership"], groups=["Adopters", "Clinicians"], budget=(50000, 200000)),
    dict(key="virtualwards", tech="vw", name="Virtual wards", full="virtual ward expansion programme", what="virtual ward capacity for frailty and acute respiratory infection",
         how="funds clinical teams and remote monitoring so that patients can be treated at home instead of in hospital",
         why="Bed occupancy is persistently high; virtual wards allow people to receive acute care safely at home.",
         cond="frailty", setting="home-based care", site="virtual ward beds", start=(2022, 4), end=(2024, 3), owner="icb", funder="NHSE",
         acts=["funding", "infrastructure"], instr="infra", focus="clinical", offers="yes", recip="adopters", stages=["Adoption", "Spread"],
         drivers=["Funding and commissioning"], groups=["Adopters"], budget=(1500000, 9000000)),
    dict(key="cdc", name="Community diagnostic centre", full="community diagnostic centres programme", what="a community diagnostic centre",
         how="provides imaging, endoscopy, physiological measurement and pathology away from acute hospital sites",
         why="Diagnostic waits grew sharply during the pandemic; community diagnostic centres add capacity closer to home.",
         cond=None, setting="community diagnostic centres", site="diagnostic sites", start=(2021, 10), end=(2025, 3), owner="icb", funder="NHSE",
         acts=["infrastructure", "funding"], instr="infra", focus="clinical", offers="yes", recip="adopters", stages=["Adoption"],
         drivers=["Funding and commissioning"], groups=["Adopters", "Patients and the public"], budget=(5000000, 30000000)),
    dict(key="aspirant", name="Digital Aspirant programme", full="Digital Aspirant programme", what="core digital capabilities such as an electronic patient record",
         how="provides match funding and peer support to trusts with lower digital maturity", why="Digital maturity varies widely between trusts; the Digital Aspirant programme helps less mature trusts catch up.",
         cond=None, setting="acute hospitals", site="hospital sites", start=(2021, 4), end=(2023, 3), owner="trust", funder="NHSX",
         acts=["funding", "infrastructure"], instr="infra", focus="non-clinical", offers="yes", recip="adopters", stages=["Adoption"],
         drivers=["Funding and commissioning"], groups=["Adopters", "Managers"], budget=(1000000, 5000000), productivity=True),
    dict(key="lhcre", name="Local Health and Care Record Exemplar", full="Local Health and Care Record Exemplars (LHCRE)",
         what="a shared local health and care record", how="joins up records across GP, hospital, community, mental health and social care systems",
         why="Staff often lack access to information held by other organisations, leading to repeated tests and delays.",
         cond=None, setting="community services", site="partner organisations", start=(2018, 6), end=(2021, 3), owner="region", funder="NHSE",
         acts=["infrastructure", "funding"], instr="infra", focus="non-clinical", offers="yes", recip="adopters", stages=["Adoption"],
         drivers=["Information and evidence"], groups=["Adopters", "Managers"], budget=(5000000, 7500000), productivity=True),
    dict(key="oximetry", tech="rpm", name="COVID Oximetry @home", full="COVID Oximetry @home and COVID virtual wards", what="pulse oximetry at home for people with COVID-19",
         how="gives patients pulse oximeters and monitors readings remotely so that deterioration is spotted early",
         why="Silent hypoxia meant some people with COVID-19 deteriorated at home without warning.",
         cond="covid", setting="home-based care", site="PCNs", start=(2020, 11), end=(2021, 6), owner="icb", funder="NHSE",
         acts=["procurement-and-commissioning", "infrastructure"], instr="infra", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], drivers=["Funding and commissioning"], groups=["Adopters", "Patients and the public"], budget=(200000, 900000)),
    dict(key="inhip", name="Innovation for Healthcare Inequalities Programme", full="Innovation for Healthcare Inequalities Programme (InHIP)",
         what="innovations that reduce healthcare inequalities in Core20PLUS5 populations", how="funds ICSs to pair an evidence-based innovation with targeted outreach in under-served communities",
         why="People in the most deprived areas have poorer access to proven innovations.",
         cond=None, setting="primary care networks", site="PCNs", start=(2022, 4), end=(2023, 3), owner="icb", funder="AAC",
         acts=["funding", "networking-and-brokerage"], instr="network", focus="clinical", offers="yes", recip="adopters",
         stages=["Adoption"], drivers=["Patient and public involvement and engagement", "Funding and commissioning"], groups=["Adopters", "Patients and the public"], budget=(100000, 250000)),
    dict(key="digpath", name="Digital pathology network", full="digital pathology and imaging network programme", what="digital pathology across a pathology network",
         how="funds scanners, image management and AI tools so that slides can be reported across sites", why="Pathology workforce shortages and rising demand lengthen reporting times.",
         cond=None, setting="acute hospitals", site="pathology laboratories", start=(2021, 4), end=(2024, 3), owner="region", funder="NHSE",
         acts=["infrastructure", "funding"], instr="infra", focus="clinical", offers="yes", recip="adopters", stages=["Adoption"],
         drivers=["Funding and commissioning"], groups=["Adopters"], budget=(2000000, 8000000)),
    dict(key="ntprobnp", tech="poct", name="Heart failure diagnosis in primary care", full="NT-proBNP heart failure pathway programme",
         what="NT-proBNP testing in primary care", how="supports practices to use NT-proBNP testing and direct access to echocardiography",
         why="Most heart failure is diagnosed after an emergency admission, although earlier signs are often present in primary care.",
         cond="hf", setting="general practice", site="PCNs", start=(2022, 4), end=(2024, 3), owner="ahsn", funder="NHSE",
         acts=["networking-and-brokerage"], instr="network", focus="clinical", offers="no", recip="none", stages=["Adoption"],
         drivers=["Relationships and networks"], groups=["Clinicians"], budget=(40000, 150000)),
    dict(key="mhst", name="Mental health support teams in schools", full="mental health support teams trailblazer", what="mental health support teams in schools and colleges",
         how="places trained education mental health practitioners in schools to offer early help", why="Many children and young people with emerging mental health needs do not reach specialist services.",
         cond="anxiety", setting="schools", site="schools", start=(2019, 1), end=(2020, 12), owner="icb", funder="NHSE",
         acts=["funding", "training-and-skills"], instr="network", focus="clinical", offers="yes", recip="adopters", stages=["Adoption"],
         drivers=["Skills, capabilities and leadership", "Funding and commissioning"], groups=["Adopters", "Patients and the public"], budget=(500000, 1500000)),
    dict(key="phm", name="Population health management development programme", full="PHM development programme",
         what="population health management capability", how="gives system teams data linkage, analytical support and action learning",
         why="Systems need linked data and analytical skills to target care at people most at risk.",
         cond=None, setting="primary care networks", site="PCNs", start=(2020, 4), end=(2021, 3), owner="icb", funder="NHSE",
         acts=["training-and-skills", "information-and-signposting"], instr="info", focus="non-clinical", offers="no", recip="none",
         stages=["Adoption"], drivers=["Information and evidence", "Skills, capabilities and leadership"], groups=["Managers"], budget=(100000, 400000)),
    dict(key="dpp_nhs", name="NHS Diabetes Prevention Programme", full="Healthier You: NHS Diabetes Prevention Programme",
         what="behavioural intervention for people at risk of type 2 diabetes", how="refers people with non-diabetic hyperglycaemia to a nine-month behaviour change programme",
         why="Around five million people in England are at high risk of developing type 2 diabetes.",
         cond="t2d", setting="general practice", site="GP practices", start=(2016, 6), end=(2019, 3), owner="icb", funder="NHSE",
         acts=["procurement-and-commissioning"], instr="procure", focus="clinical", offers="no", recip="none", stages=["Spread"],
         drivers=["Funding and commissioning"], groups=["Patients and the public"], budget=(300000, 1200000)),
]

# Recurring calls / cohorts (one record per round; rounds never overlap in time)
CALLS = [
    dict(key="cep", name="NHS Clinical Entrepreneur Programme", short="CEP", owner="NHSE", src="nhse", label="Cohort {k}", kbase=2015,
         start_month=9, dur=12, years=(2016, 2024), acts=["training-and-skills", "networking-and-brokerage"], instr="advisory", offers="no",
         recip="none", stages=["Idea generation", "Development"], drivers=["Skills, capabilities and leadership"], groups=["Clinicians", "Innovators"],
         applicants="clinicians, healthcare scientists and NHS staff with an innovation", theme="building entrepreneurial skills",
         why="NHS staff often have ideas for innovation but lack the commercial skills and networks to develop them.",
         how="Entrepreneurs receive mentoring, masterclasses and access to investors and regulatory experts.", budget=(800000, 2000000), n_awards=(150, 400)),
    dict(key="qex", name="Q Exchange", short="Q Exchange", owner="HF", src="charity", label="{year}", kbase=0, start_month=1, dur=12,
         years=(2018, 2024), acts=["funding", "networking-and-brokerage"], instr="prize", offers="yes", recip="adopters",
         stages=["Testing and evaluation"], drivers=["Relationships and networks", "Funding and commissioning"], groups=["Adopters", "Clinicians"],
         applicants="members of the Q community", theme="improvement ideas shortlisted and voted on by the community",
         why="Good improvement ideas from frontline staff often go untested for lack of small amounts of funding.",
         how="Shortlisted teams refine their ideas with the Q community before projects are chosen for funding.", budget=(400000, 900000), n_awards=(15, 30), award_max=(30000, 40000)),
    dict(key="nia_intake", name="NHS Innovation Accelerator recruitment", short="NIA intake", owner="AHSNNET", src="nhse", label="{year} intake",
         kbase=0, start_month=4, dur=12, years=(2015, 2024), acts=["training-and-skills", "networking-and-brokerage"], instr="advisory",
         offers="no", recip="none", stages=["Spread"], drivers=["Relationships and networks"], groups=["Innovators"],
         applicants="innovators with evidence-based innovations ready to scale", theme="national scale-up",
         why="Innovators with proven products struggle to navigate the NHS at scale.", how="The annual call recruits a new group of fellows who receive tailored support.",
         budget=(500000, 1200000), n_awards=(8, 20)),
    dict(key="dhlp", name="Digital Health Leadership Programme", short="DHLP", owner="GDA", src="hee", label="Cohort {k}", kbase=2017,
         start_month=10, dur=12, years=(2018, 2024), acts=["training-and-skills"], instr="fellow", offers="no", recip="none",
         stages=["Adoption"], drivers=["Skills, capabilities and leadership"], groups=["Managers", "Clinicians"],
         applicants="chief clinical information officers and digital leaders", theme="digital transformation leadership",
         why="The NHS needs more leaders who can lead digital transformation.", how="A year-long postgraduate programme combining residential modules, online learning and a work-based project.",
         budget=(1000000, 3000000), n_awards=(80, 200)),
    dict(key="topol", name="Topol Digital Fellowships", short="Topol Fellowship", owner="HEE", src="hee", label="Cohort {k}", kbase=2019,
         start_month=3, dur=12, years=(2020, 2024), acts=["training-and-skills", "networking-and-brokerage"], instr="fellow", offers="no",
         recip="none", stages=["Development", "Adoption"], drivers=["Skills, capabilities and leadership"], groups=["Clinicians"],
         applicants="health and care professionals leading digital projects", theme="digital health transformation",
         why="Following the Topol Review, the NHS committed to developing staff able to lead digital and genomic change.",
         how="Fellows spend protected time on a digital project supported by training and mentoring.", budget=(500000, 1500000), n_awards=(40, 120)),
    dict(key="icsfundcall", name="Health Innovation Fund", short="Innovation Fund", owner="@ICB", src="ics", label="{yearlab}", kbase=0,
         start_month=4, dur=12, years=(2019, 2024), acts=["funding"], instr="vouchers", offers="yes", recip="adopters", stages=["Testing and evaluation", "Adoption"],
         drivers=["Funding and commissioning"], groups=["Adopters"], applicants="NHS, local authority and voluntary sector partners in the system",
         theme="system priorities including elective recovery and health inequalities", why="Local teams need small amounts of flexible funding to test new ways of working.",
         how="Applications are assessed by a panel including clinicians, finance leads and patient representatives.", budget=(250000, 1500000), n_awards=(6, 25), award_max=(25000, 150000), per="ics"),
    dict(key="scouts", name="Innovation Scouts programme", short="Innovation Scouts", owner="@AHSN", src="ahsn", label="{year} cohort", kbase=0,
         start_month=9, dur=10, years=(2018, 2024), acts=["training-and-skills", "networking-and-brokerage"], instr="network", offers="no", recip="none",
         stages=["Idea generation", "Adoption"], drivers=["Skills, capabilities and leadership", "Relationships and networks"], groups=["Clinicians", "Managers"],
         applicants="NHS staff who want to find and adopt innovation", theme="horizon scanning and adoption skills",
         why="Few NHS staff have the time or skills to find proven innovations and make the case for them locally.",
         how="Scouts attend workshops and site visits and share what they find with their organisations.", budget=(30000, 120000), n_awards=(15, 40), per="ahsn"),
    dict(key="flu", name="Winter flu vaccination campaign", short="Flu campaign", owner="@PHE", src="alb", label="{yearlab}", kbase=0,
         start_month=9, dur=6, years=(2016, 2024), acts=["information-and-signposting"], instr="awareness", offers="no", recip="none",
         stages=["Spread"], drivers=["Patient and public involvement and engagement"], groups=["Patients and the public"],
         applicants="eligible groups including people over 65, pregnant women and frontline staff", theme="raising vaccine uptake",
         why="Flu causes thousands of hospital admissions each winter and uptake is lowest in under-served groups.",
         how="National advertising is combined with materials for GP practices, pharmacies and employers.", budget=(3000000, 12000000), n_awards=(0, 0)),
    dict(key="i4iconnect", name="i4i Connect", short="i4i Connect", owner="NIHR", src="nihr", label="Call {k}", kbase=2019, start_month=6,
         dur=10, years=(2020, 2024), acts=["funding"], instr="bizgrant", offers="yes", recip="innovators", stages=["Development"],
         drivers=["Funding and commissioning"], groups=["Innovators"], applicants="small and medium-sized enterprises with early medtech products",
         theme="bridging the gap to larger development awards", why="Early-stage medtech companies struggle to secure funding for the first steps of clinical development.",
         how="Awards fund short projects to generate early evidence and prepare for a larger application.", budget=(1000000, 3000000), n_awards=(6, 15), award_max=(150000, 250000)),
    dict(key="itpround", name="Innovation and Technology Payment", short="ITP", owner="NHSE", src="nhse", label="{yearlab}", kbase=0,
         start_month=4, dur=12, years=(2017, 2020), acts=["procurement-and-commissioning", "funding"], instr="procure", offers="yes",
         recip="adopters", stages=["Adoption", "Spread"], drivers=["Funding and commissioning"], groups=["Adopters"],
         applicants="NHS providers adopting products selected through an open call", theme="removing procurement barriers to proven products",
         why="Proven innovations are often not adopted because of local funding and procurement barriers.",
         how="Products selected each year are funded centrally and made available to providers through a national framework.", budget=(10000000, 25000000), n_awards=(4, 8)),
]

# National single programmes (named in the seed texts or of the same kind)
NATSINGLE = [
    dict(name="Accelerated Access Collaborative", acr="AAC programme", owner="AAC", partners=["NHSE", "NICE", "MHRA", "OLS"], start=(2018, 7), end=(2025, 3),
         what="an umbrella partnership that speeds up the adoption of proven innovations across the NHS",
         how="It selects high-impact products, supports innovators through the pathway and funds uptake through national programmes.",
         acts=["networking-and-brokerage", "funding", "information-and-signposting"], instr="governance", focus="both", offers="yes", recip="both",
         stages=["Adoption", "Spread"], budget=(30000000, 60000000), period="per year", drivers=["Relationships and networks", "Funding and commissioning"], groups=["Innovators", "Adopters"]),
    dict(name="NHS AI Lab", acr=None, owner="NHSAI", partners=["NHSX", "NHSE"], start=(2019, 8), end=(2024, 3),
         what="a national programme to accelerate the safe, ethical and effective adoption of AI in health and care",
         how="It runs the AI Award, Skunkworks, the AI ethics initiative and regulatory work with partners.",
         acts=["funding", "regulatory-advice", "evaluation-and-evidence"], instr="strategy", focus="both", offers="yes", recip="both",
         stages=["Development", "Adoption"], budget=(250000000, 250000000), period="5 years", drivers=["Funding and commissioning", "Information and evidence"], groups=["Innovators", "Adopters"]),
    dict(name="MedTech Funding Mandate", acr="MTFM", owner="NHSE", partners=["AAC", "NICE"], start=(2021, 4), end=(2025, 3),
         what="a policy requiring NHS commissioners and providers to fund selected NICE-recommended medical technologies",
         how="Each year a list of cost-saving products is published and supported with implementation resources.",
         acts=["procurement-and-commissioning", "information-and-signposting"], instr="regulation", focus="clinical", offers="no", recip="none",
         stages=["Adoption"], budget=None, drivers=["Funding and commissioning"], groups=["Adopters"]),
    dict(name="Improvement Analytics Unit", acr="IAU", owner="IAU", partners=["NHSE", "HF"], start=(2016, 4), end=(2024, 3),
         what="a partnership providing rapid and robust evaluation of complex changes in the NHS",
         how="Analysts use linked national data and matched control groups to estimate the impact of new care models, including digital-first primary care.",
         acts=["evaluation-and-evidence"], instr="info", focus="both", offers="no", recip="none", stages=["Testing and evaluation"],
         budget=(1000000, 5000000), period="per year", drivers=["Information and evidence"], groups=["Managers"], rapid=True),
    dict(name="BRACE Rapid Evaluation Centre", acr="BRACE", owner="BRACE", partners=["NIHR", "RAND"], start=(2018, 4), end=(2023, 3),
         what="an NIHR-funded centre carrying out rapid evaluations of health and care services",
         how="Evaluations are scoped with stakeholders and report within months rather than years.",
         acts=["evaluation-and-evidence"], instr="pubgrant", focus="both", offers="no", recip="none", stages=["Testing and evaluation"],
         budget=(2500000, 2500000), period="5 years", drivers=["Information and evidence"], groups=["Managers", "Adopters"], rapid=True),
    dict(name="Rapid Service Evaluation Team", acr="RSET", owner="RSET", partners=["NIHR"], start=(2018, 4), end=(2023, 3),
         what="a rapid evaluation team studying innovations in health and care delivery",
         how="It evaluates service innovations quickly, including remote consultations and digital tools introduced during the pandemic.",
         acts=["evaluation-and-evidence"], instr="pubgrant", focus="both", offers="no", recip="none", stages=["Testing and evaluation"],
         budget=(2500000, 2500000), period="5 years", drivers=["Information and evidence"], groups=["Managers"], rapid=True),
    dict(name="Multi-Agency Advisory Service for AI", acr="MAAS", owner="NICE", partners=["MHRA", "CQC", "NHSAI"], start=(2021, 1), end=(2023, 12),
         what="a joint advisory service helping developers and adopters understand the regulation of AI",
         how="It brings together guidance from the regulators and NICE in a single service.",
         acts=["regulatory-advice", "information-and-signposting"], instr="regulation", focus="both", offers="no", recip="none",
         stages=["Development", "Adoption"], budget=None, drivers=["Information and evidence"], groups=["Innovators", "Adopters"]),
    dict(name="Global Digital Exemplars", acr="GDE", owner="NHSE", partners=["NHSX", "NHSD"], start=(2016, 9), end=(2021, 3),
         what="a programme funding digitally advanced trusts to become exemplars that others can learn from",
         how="Exemplar trusts were paired with fast followers and shared blueprints through a learning network.",
         acts=["funding", "networking-and-brokerage", "infrastructure"], instr="infra", focus="non-clinical", offers="yes", recip="adopters",
         stages=["Adoption", "Spread"], budget=(395000000, 395000000), period="programme total", drivers=["Funding and commissioning", "Relationships and networks"], groups=["Adopters"]),
    dict(name="Genomic Medicine Service", acr="GMS", owner="NHSE", partners=["NHSD"], start=(2018, 10), end=(2025, 3),
         what="a national service making genomic testing part of routine care",
         how="Seven genomic laboratory hubs deliver a national test directory, supported by genomic medicine service alliances.",
         acts=["infrastructure", "training-and-skills"], instr="infra", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], budget=None, drivers=["Skills, capabilities and leadership"], groups=["Clinicians", "Patients and the public"]),
    dict(name="NHS Innovation Service", acr=None, owner="AAC", partners=["NHSE", "NICE", "NIHR"], start=(2021, 11), end=(2025, 3),
         what="an online service signposting innovators to support across the NHS",
         how="Innovators describe their product once and are directed to the organisations best placed to help.",
         acts=["information-and-signposting"], instr="info", focus="both", offers="no", recip="none", stages=["Development", "Adoption"],
         budget=None, drivers=["Information and evidence"], groups=["Innovators"]),
    dict(name="HealthTech Connect", acr=None, owner="NICE", partners=["AAC"], start=(2018, 9), end=(2025, 3),
         what="a secure online system for companies to share information about health technologies",
         how="Companies enter information once and it is used to identify technologies for evaluation and support.",
         acts=["information-and-signposting"], instr="info", focus="clinical", offers="no", recip="none", stages=["Development"],
         budget=None, drivers=["Information and evidence"], groups=["Innovators"]),
    dict(name="Pathway Transformation Fund", acr="PTF", owner="AAC", partners=["NHSE", "AHSNS"], start=(2019, 4), end=(2020, 3),
         what="a fund helping NHS organisations make the pathway changes needed to adopt rapid uptake products",
         how="Funding paid for pathway redesign, clinical backfill and training.",
         acts=["funding"], instr="vouchers", focus="clinical", offers="yes", recip="adopters", stages=["Adoption"],
         budget=(6000000, 6000000), period="total", drivers=["Funding and commissioning"], groups=["Adopters"]),
    dict(name="Rapid Uptake Products programme", acr="RUP", owner="AAC", partners=["AHSNS", "NHSE"], start=(2019, 4), end=(2022, 3),
         what="a programme supporting the spread of selected NICE-approved products with strong evidence",
         how="AHSNs and national partners help organisations overcome barriers to adopting each product.",
         acts=["networking-and-brokerage", "information-and-signposting"], instr="network", focus="clinical", offers="no", recip="none",
         stages=["Adoption", "Spread"], budget=None, drivers=["Relationships and networks"], groups=["Adopters"]),
    dict(name="Health Data Research UK", acr="HDR UK", owner="MRC", partners=["NIHR", "WELL", "BHF"], start=(2018, 4), end=(2025, 3),
         what="the national institute for health data science",
         how="It funds research hubs, a health data research alliance and training in data science.",
         acts=["infrastructure", "training-and-skills", "funding"], instr="coe", focus="both", offers="yes", recip="innovators",
         stages=["Idea generation", "Development"], budget=(30000000, 60000000), period="5 years", drivers=["Information and evidence"], groups=["Innovators"]),
    dict(name="Data to Early Diagnosis and Precision Medicine challenge", acr=None, owner="UKRI", partners=["IUK", "MRC"], start=(2018, 1), end=(2022, 3),
         what="an Industrial Strategy Challenge Fund investment in data and diagnostics",
         how="It funded regional digital pathology and imaging centres of excellence and the UK Biobank whole genome sequencing project.",
         acts=["funding", "infrastructure"], instr="coe", focus="clinical", offers="yes", recip="both", stages=["Development", "Testing and evaluation"],
         budget=(210000000, 210000000), period="total", drivers=["Funding and commissioning", "Information and evidence"], groups=["Innovators"]),
    dict(name="National Consortium of Intelligent Medical Imaging", acr="NCIMI", owner="IUK", partners=["OLS"], start=(2018, 11), end=(2023, 3),
         what="a centre of excellence for AI in medical imaging",
         how="It brings NHS trusts, universities and companies together to develop and validate imaging AI.",
         acts=["infrastructure", "networking-and-brokerage"], instr="coe", focus="clinical", offers="no", recip="none",
         stages=["Development", "Testing and evaluation"], budget=(15000000, 15000000), period="total", drivers=["Relationships and networks"], groups=["Innovators", "Clinicians"]),
    dict(name="Interoperability data design collaborative", acr=None, owner="NHSD", partners=["NHSX"], start=(2020, 6), end=(2022, 3),
         what="a collaborative developing common data standards so that systems can exchange information",
         how="Suppliers, NHS organisations and standards bodies co-design data models and test them in practice.",
         acts=["networking-and-brokerage", "infrastructure"], instr="standards", focus="non-clinical", offers="no", recip="none",
         stages=["Development", "Adoption"], budget=None, drivers=["Information and evidence", "Relationships and networks"], groups=["Managers", "Innovators"]),
    dict(name="Innovation Collaborative", acr=None, owner="NHSX", partners=["NHSE"], start=(2020, 4), end=(2022, 3),
         what="a collaborative of NHS organisations testing technologies that improve productivity",
         how="Members share evaluations and procurement approaches for digital tools.",
         acts=["networking-and-brokerage", "evaluation-and-evidence"], instr="network", focus="both", offers="no", recip="none",
         stages=["Adoption"], budget=None, drivers=["Relationships and networks"], groups=["Adopters"], productivity=True),
    dict(name="Life Sciences Vision", acr=None, owner="OLS", partners=["DHSC", "BEIS"], start=(2021, 7), end=(2030, 12),
         what="the government's ten-year strategy for the UK life sciences sector",
         how="It sets out missions on early diagnosis, dementia, obesity and other areas and commits to faster NHS adoption.",
         acts=["other"], instr="strategy", focus="clinical", offers="no", recip="none", stages=["Development", "Adoption"], budget=None,
         drivers=["Motivations and accountabilities"], groups=["Innovators", "Adopters"]),
    dict(name="AI and Digital Regulations Service", acr=None, owner="NICE", partners=["MHRA", "CQC", "HEE"], start=(2023, 6), end=(2025, 3),
         what="an online service explaining the regulation and evaluation of AI and digital technologies",
         how="It gives separate guidance for developers and adopters, replacing the earlier multi-agency advisory service.",
         acts=["regulatory-advice", "information-and-signposting"], instr="regulation", focus="both", offers="no", recip="none",
         stages=["Development", "Adoption"], budget=None, drivers=["Information and evidence"], groups=["Innovators", "Adopters"]),
]

# Lead-organisation kinds used by local stand-alone projects
LOCAL_FUNDERS = ["trust charity", "ICB transformation funding", "NHS Charities Together", "the local authority public health grant",
                 "the trust's innovation budget", "a Health Education England regional grant", "an industry partnership", "winter pressures funding"]

OPS_OUTPUTS = ["a benefits realisation report", "a playbook other trusts can follow", "a reusable process map", "a library of automations",
               "a business case for system-wide roll-out", "training materials for staff", "a post-implementation review"]

for _c in CALLS:
    _c["ckind"] = {"cep": "cohort", "qex": "funding", "nia_intake": "cohort", "dhlp": "cohort", "topol": "cohort",
                   "icsfundcall": "funding", "scouts": "cohort", "flu": "campaign", "i4iconnect": "funding", "itpround": "funding"}[_c["key"]]

# ============================================================== 3. text grammar (facet realisations)
"""Facet realisations.  '[a|b|]' = choose one (empty allowed), '{slot}' = fact."""

WHOM_OVERRIDE = {
    "falls": "people at risk of falls", "smoking": "people who smoke", "amr": "patients with respiratory tract infections",
    "preterm": "women at risk of preterm birth", "stillbirth": "pregnant women", "preeclampsia": "pregnant women with suspected pre-eclampsia",
    "frailty": "people living with frailty", "alcohol": "people drinking at harmful levels", "obesity": "people living with obesity",
    "child_obesity": "children living with obesity", "ssi": "surgical patients", "sepsis": "patients with suspected sepsis",
    "aki": "patients at risk of acute kidney injury", "delirium": "older inpatients at risk of delirium", "selfharm": "young people who self-harm",
    "eating": "young people with eating disorders", "hipfx": "older people with a hip fracture", "covid": "people with COVID-19",
    "gdm": "women with gestational diabetes", "pmh": "women with perinatal mental health problems", "bronchiolitis": "infants with bronchiolitis",
    "leuk": "children with leukaemia", "cp": "children with cerebral palsy", "autism": "autistic children and young people",
    "adhd": "children and young people with suspected ADHD", "incontinence": "people living with incontinence", "long_covid": "people with long COVID",
}

CAT_SETTINGS = {
    "cancer": ["general practice", "acute hospitals", "community diagnostic centres", "outpatient clinics"],
    "resp": ["general practice", "primary care networks", "community services", "home-based care", "community pharmacy"],
    "cardio": ["general practice", "community pharmacy", "acute hospitals", "primary care networks", "ambulance services"],
    "metab": ["general practice", "primary care networks", "community services", "home-based care"],
    "mental": ["mental health services", "general practice", "schools", "NHS 111 and clinical assessment services", "emergency departments"],
    "neuro": ["outpatient clinics", "community services", "home-based care", "care homes"],
    "msk": ["general practice", "community services", "outpatient clinics"],
    "infect": ["general practice", "community pharmacy", "acute hospitals", "emergency departments", "prisons"],
    "maternity": ["maternity units", "community services"],
    "child": ["schools", "general practice", "emergency departments", "community services"],
    "renal": ["general practice", "acute hospitals", "outpatient clinics"],
    "eye": ["optometry practices", "outpatient clinics", "general practice"],
    "skin": ["general practice", "outpatient clinics", "community pharmacy"],
    "wound": ["community services", "care homes", "general practice"],
    "frailty": ["care homes", "home-based care", "community services", "emergency departments"],
    "gi": ["general practice", "outpatient clinics", "community diagnostic centres"],
    "pain": ["general practice", "community services"],
    "substance": ["community services", "acute hospitals", "prisons"],
    "blood": ["acute hospitals", "emergency departments", "outpatient clinics"],
}

TPL = {
    "clin": {
        "context": [
            "{prev_clause}, and {gap}.",
            "{Cond} is [a leading cause of|one of the commonest reasons for|a major contributor to] [emergency admissions|avoidable harm|GP appointments|lost working days] [in {area}|locally|across England]; {gap}.",
            "{Gap}, [particularly|especially] [for|among] {whom}[ in {area}|].",
            "[Current|Existing] [pathways|services] for {cond}[ in {setting}|] [rely on|depend on] [paper-based processes|face-to-face appointments|specialist review|manual checks], [which leads to|causing|contributing to] [delays|unwarranted variation|missed opportunities for early treatment].",
            "[In {area}|Locally|Across {area}], {gap}[ and demand is rising|].",
        ],
        "context_lay": [
            "[Every year|Each year] [thousands of|many] {whom}[ in {area}|] [wait too long for|face delays in getting|struggle to get] [a diagnosis|treatment|support], and {gap}.",
            "[Living with|Caring for someone with] {cond} can be [hard|exhausting|isolating]. {Gap}.",
        ],
        "aim": [
            "[This project|The project|This work] [aims|sets out|is designed] to [develop|test|evaluate|implement|adapt|scale up] {tech} [for|to support] {whom}[ in {setting}|], [with the goal of|aiming for|to deliver] {outcome}.",
            "We [will|plan to|intend to] [develop|test|evaluate|implement|introduce] {tech} [in {setting}|for {whom}] to [achieve|deliver|bring about] {outcome}[ and {outcome2}|].",
            "The [aim|objective|goal] is to [show|establish|test] whether {tech} [can|could] [lead to|deliver|achieve] {outcome} for {whom}.",
            "{Tech} will be [introduced|piloted|deployed|tested] in {n_sites} {site} [in|across] {place} to {purpose_vp} {cond}.",
        ],
        "how": [
            "{Tech_s} {does}.",
            "[The|Our] [system|solution|approach|tool|service] {does1}[, reducing the need for [unnecessary appointments|hospital visits|specialist referrals]|].",
            "{user_how}",
        ],
        "who": [
            "The [project|work|service] [is aimed at|focuses on|will benefit|targets] {whom}, [with around|reaching about|with approximately] {n_pat} [people|patients] [expected to take part|involved|over {dur}].",
            "[Around|About|Approximately|Up to] {n_pat} {whom} [are expected to take part|will be offered the service|will be recruited].",
            "[A particular focus|Particular attention] [is|will be] [on|given to] {pop2}, who [currently face|experience|often have] [poorer access|the greatest barriers|worse outcomes].",
        ],
        "outputs": [
            "[Expected|Planned|Anticipated] outputs [include|are] {output} and {output2}.",
            "By the end of the project [we expect|the team expects] to have {output}.",
            "[The project|It] will [produce|deliver] {output}[, along with {output2}|].",
        ],
        "evaluation": [
            "[An|The] [independent |]evaluation [by|led by] {evaluator} will use {eval} [to measure|to assess|looking at] {measure}[, patient experience|, staff experience|] and [cost|value for money|cost-effectiveness].",
            "[Outcomes|Impact|Effectiveness] will be [measured|assessed|examined] through {eval}[, with results expected by {end}|].",
            "{Eval} [will|is planned to] [compare|examine] {measure} [before and after implementation|against usual care|with matched comparison sites].",
        ],
        "aim_short": ["{Tech_s} for {condx}[ in {setting}|]", "{Tech_s} - {condx}[ ({place})|]", "{Condx}: {tech_s}[ pilot| evaluation|]"],
        "mapobj": ["the [development|adoption|evaluation|testing] of {tech_s} for {cond}", "{tech_s} for {whom}"],
    },
    "ops": {
        "context": [
            "[Staff|Teams] in {setting} [spend|lose] [around|up to|an estimated] {hours} hours a week on {process}[, time that could be spent on patient care|].",
            "{Process} [at {owner}|in {place}|locally] [is|remains] [largely manual|paper-based|slow and error-prone], [and|which means] {metric} [is|remains] [high|a concern|above target].",
            "[Rising demand|Post-pandemic backlogs|Workforce shortages] [have put|put] pressure on {process} [in {setting}|across {place}].",
        ],
        "context_lay": [
            "[Behind every appointment|Behind the scenes] there is [a lot of|significant] [paperwork|administration], and {metric} [has been rising|is too high].",
        ],
        "aim": [
            "[This project|The project|This work] [aims|sets out] to [introduce|implement|test|scale up] {tech} [in|across] {setting} [at {owner}|in {place}] to [free up staff time|reduce administrative burden|improve productivity|reduce {metric}].",
            "We [will|plan to] [deploy|implement|trial] {tech_s} [for|in] {process} [across {n_sites} {site}|at {owner}], [aiming for|targeting] a {pct}% reduction in {metric}.",
            "The [aim|objective] is to [show|test] whether {tech} can [reduce|cut] {metric} [without|while not] [adding to|increasing] [clinical workload|risk].",
        ],
        "how": [
            "{Tech_s} {does}.",
            "[The|Our] [system|solution|tool|platform] {does1}[, integrated with [the EPR|existing systems|the GP clinical system]|].",
            "[Implementation|Roll-out] [is|will be] [phased|staged] [across|over] {n_sites} {site}[, starting with a pilot in one [ward|department|service]|].",
        ],
        "who": [
            "[The project|It] [mainly |][benefits|supports|targets] {staff}[ and the patients they serve|], [with|and] [around|about] {n_pat} [patients|people] [affected|covered] [each year|annually].",
            "[Around|About] {n_staff} {staff} [will use|are expected to use] the [system|tool].",
        ],
        "outputs": [
            "[Expected|Planned] outputs [include|are] {output} and {output2}.",
            "[The project|It] will [produce|deliver] {output}.",
        ],
        "evaluation": [
            "[An|The] evaluation [by|led by] {evaluator} will use {eval} to [measure|assess] {metric}, staff time and [cost|productivity].",
            "[Benefits|Impact] will be [tracked|measured] through {eval}[, reporting by {end}|].",
        ],
        "aim_short": ["{Tech_s} - {process}", "{Tech_s} for {process}[ ({place})|]", "{Process}: {tech_s}"],
        "mapobj": ["the use of {tech_s} in {process}", "{tech_s} to reduce {metric}"],
    },
    "work": {
        "context": [
            "[There is|The NHS faces] a [shortage|lack] of {trainees} with [skills in {skill}|{skill} skills] [in {area}|across the NHS|nationally].",
            "[Staff|Leaders] [often|frequently] lack [time|confidence|protected time] to [develop|apply] {skill} [in practice|alongside clinical work].",
        ],
        "context_lay": ["[New ideas|Innovation] only [help|reach] patients if staff have the [skills|time] to [use|adopt] them."],
        "aim": [
            "[The programme|This programme|The scheme] [aims|sets out] to [train {n_staff} {trainees} in {skill}|equip {n_staff} {trainees} with {skill} skills|develop {skill} skills in {n_staff} {trainees}][ over {dur}|].",
            "[We will|The programme will] [build|strengthen] {skill} [capability|capacity|skills] among {trainees} [in {area}|across {place}].",
        ],
        "how": [
            "[Participants|Fellows|Members of each cohort] [take part in|complete] [workshops|action learning sets|mentoring|a funded improvement project] [alongside|while continuing] their [clinical role|day job].",
            "[Delivery|Teaching] [combines|mixes] [online modules|face-to-face sessions|peer learning] with [coaching|mentoring|project work].",
        ],
        "who": ["[Places are|The programme is] [open to|aimed at] {trainees} [working in {setting}|across {area}]."],
        "outputs": ["[Each fellow|Each participant|Every team] [completes|delivers] [a project|an improvement project|a business case] [and joins an alumni network|and shares learning at a showcase event|]."],
        "evaluation": ["[An|The] evaluation [by|led by] {evaluator} will [follow up|track] participants [for|over] [six|twelve] months [to assess|looking at] [changes in practice|career progression|projects delivered]."],
        "aim_short": ["{Skill} programme for {trainees}", "{Skill} - {trainees}[ ({area})|]"],
        "mapobj": ["{skill} training for {trainees}", "the development of {skill} skills among {trainees}"],
    },
    "net": {
        "context": ["{prog_why}", "[In {place}|Across {area}|Locally], {gap}.", "{prog_why} [In {place}|Locally], {gap}."],
        "context_lay": ["{prog_why}"],
        "aim": [
            "[This is|This record covers] the [local|regional] [delivery|roll-out|implementation] of {prog}[{prog_paren}|] [in|across] {place}[, led by {owner}|].",
            "{Owner} [is|will be] [supporting|helping] {n_sites} {site} [in|across] {place} to [adopt|implement|embed] {what}.",
            "The aim is [for|to support] {n_sites} {site} [in {place}|locally] to [adopt|implement|roll out] {what}[ by {end}|].",
        ],
        "how": [
            "The programme {prog_how}.",
            "[The|Our] [team|programme team] [provides|offers] [implementation support|clinical leadership|training and data packs|quality improvement coaching] [to|for] [participating|local] {site}.",
            "[Local|Participating] {site} [receive|are offered] [training|a funded clinical lead|data packs|peer support] [to help them identify|and help to find] [eligible patients|patients who would benefit].",
        ],
        "who": ["[Around|About|An estimated] {n_pat} [patients|people] [in {place}|locally] [could benefit|are expected to benefit|are eligible]."],
        "outputs": ["[Progress|Uptake] is reported [quarterly|monthly] to {funder}[ through the national dashboard|]."],
        "evaluation": ["[Uptake|Impact] [is|will be] [tracked|measured] [using|through] {eval}[ led by {evaluator}|]."],
        "aim_short": ["{prog_s} roll-out[ - {place}|]", "{prog_s}: {place}"],
        "mapobj": ["adoption of {what}", "the spread of {prog_s}"],
    },
    "call": {
        "context": ["{call_why}"],
        "context_lay": ["{call_why}"],
        "aim": ["{call_aim}"],
        "where": ["[Open to applicants|The call is open to organisations|It covers organisations] [in|across] {place}."],
        "how": ["{call_how}"],
        "who": ["[The call|It] is open to {applicants}[ across {area}|]."],
        "outputs": ["[Successful|Funded] [teams|applicants|participants] [share learning|report progress] [at an end-of-year event|through case studies|to the programme board]."],
        "evaluation": ["[The round|Each cohort] is [reviewed|evaluated] [through participant surveys|by an independent evaluator|against agreed indicators]."],
        "aim_short": ["{call} {round}", "{call_s} ({yearlab})"],
        "mapobj": ["{applicants} working on {theme}", "{theme}"],
    },
    "nat": {
        "context": ["{nat_why}"],
        "context_lay": ["{nat_why}"],
        "aim": ["{Nat_name} is {nat_what}.", "[Set up|Established|Launched] in {start}, {nat_name} is {nat_what}."],
        "how": ["{nat_how}"],
        "who": ["It [is aimed at|serves|supports] {nat_groups}."],
        "where": ["It [operates|runs] [across England|nationally][, working with {partners}|]."],
        "outputs": ["[Outputs|Products] [include|are] [guidance|published evaluations|case studies] and [tools|data|reports] for the wider system."],
        "evaluation": ["[The programme|It] [has been|is being] [evaluated|reviewed] [by|through] {eval}."],
        "aim_short": ["{nat_name}", "{nat_name}[{nat_paren}|]"],
        "mapobj": ["{nat_obj}"],
    },
    "*": {
        "where": [
            "[Delivery|The pilot|Implementation] [will take place|takes place|is planned] in {n_sites} {site} [across|in] {place}[, covering a population of about {popn}|].",
            "[It is|The work is] [hosted|led] by {owner}[ in {town}|] [working with|in partnership with|alongside] {partners}.",
            "[Sites|Participating sites] [are|will be] [in|across] {place}[{area_paren}|].",
        ],
        "partners": [
            "[Partners|Collaborators|Project partners] [include|are] {partners}.",
            "[The consortium|The team] brings together {partners}.",
            "[Delivered|Run] [with|in collaboration with] {partners}.",
        ],
        "funding": [
            "[Funded|Supported] by {funder} [through|under|via] {scheme}[ ({round})|] [with {budget}|, with an award of {budget}|, receiving {budget}].",
            "[The award|Funding] of {budget} [covers|runs for|is for] {dur}.",
            "{Budget}[ over {dur}|] from {funder}[ ({scheme_s})|].",
        ],
        "funding_nobudget": [
            "[Funded|Supported] by {funder} [through|under|via] {scheme}[ ({round})|].",
            "[Support|Funding] comes from {funder}[ ({scheme_s})|].",
        ],
        "timeline": [
            "The [project|work|programme] [runs|will run] from {start} to {end}.",
            "[Work|Delivery] [started|starts|began] in {start} and [is due to|will|should] [finish|complete|end] [in|by] {end}.",
            "Duration: {dur} ({start} to {end}).",
            "{Dur}, starting {start}.",
        ],
        "update": [
            "[By|As of] {update}, [the service had|the project had|teams had] [supported|reached|enrolled] {reached} [patients|people] [across|in] {sites_done} {site}.",
            "[Early|Interim|Final] [results|findings] [show|suggest|indicate] {result}.",
            "[Update {update}:|Progress to {update}:] {reached} [patients|people] [supported|reached] so far; {result}.",
        ],
        "mapping": [
            "[Programme|Initiative|Scheme] [run|led|delivered] by {owner}[ with {partners}|] [that|which] [supports|aims to support|funds] {mapobj}[ in {place}|].",
            "{Owner} [programme|initiative] [supporting|focused on] {mapobj}[; {start} to {end}|].",
        ],
        "cofund": [
            "[Jointly funded|Co-funded] with {other}.",
            "[This is a joint investment with|Match funding provided by|Also supported by] {other}.",
            "{Recorder} [contributes|is contributing] {budget} [towards the project|alongside {other}|].",
        ],
    },
}

HEADINGS = {
    "context": ["Background", "Background:", "Context", "The challenge", "Problem"],
    "aim": ["Aims", "Aims and objectives", "Objectives", "What we want to achieve"],
    "how": ["Methods", "Approach", "What we will do", "How it works"],
    "impact": ["Anticipated impact", "Impact", "Expected benefits", "Outputs and dissemination"],
    "results": ["Results", "Progress", "Update", "What happened"],
}

# description plans per voice: (facet, probability)
PLANS = {
    "abstract": [("context", 0.85), ("aim", 1.0), ("how", 0.75), ("who", 0.6), ("where", 0.55), ("evaluation", 0.55),
                 ("outputs", 0.45), ("partners", 0.35), ("timeline", 0.3), ("boiler", 0.35)],
    "case": [("context", 1.0), ("how", 0.9), ("aim", 0.6), ("where", 0.8), ("partners", 0.55), ("update", 0.0), ("outputs", 0.5)],
    "lay": [("context_lay", 1.0), ("aim", 1.0), ("who", 0.8), ("how", 0.6), ("timeline", 0.3)],
    "boilerfirst": [("boiler", 1.0), ("aim", 1.0), ("where", 0.7), ("funding", 0.6), ("timeline", 0.5)],
    "mapping": [("mapping", 1.0), ("funding", 0.4), ("evaluation", 0.2)],
}

# ============================================================== 4. engine: helpers, grammar, actors, programmes
"""Engine: world of actors, portfolio of programmes, registers that record them."""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NUMWORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
SMALL = {"and", "of", "for", "in", "to", "the", "a", "an", "with", "on", "by", "at", "or", "from", "using", "into", "across"}


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def wpick(r, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = r.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def norm_key(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("&", "and"))


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def article(word):
    w = word.strip()
    if not w:
        return "a"
    first = w.split()[0]
    if first.isupper() and len(first) > 1:
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    if first.lower().startswith(("uni", "use", "one", "eu", "uk")):
        return "a"
    return "an" if first[0].lower() in "aeiou" else "a"


def tech_with_article(t):
    if not t or t.startswith(("a ", "an ")):
        return t
    chunk = re.split(r" (?:with|for|to|using|in|by|at|of|delivered|from) ", t)[0]
    head = chunk.split(" ")[-1]
    if head.endswith(("s", "ing", "y")) or head in MASS_HEADS:
        return t
    return "%s %s" % (article(t), t)


def titlecase(s):
    out = []
    for i, w in enumerate(s.split(" ")):
        if not w:
            continue
        if i > 0 and w.lower() in SMALL:
            out.append(w.lower())
        elif any(c.isupper() for c in w[1:]) or w.isupper():
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def sentencecase(s):
    out = []
    for i, w in enumerate(s.split(" ")):
        if i > 0 and w[:1].isupper() and not any(c.isupper() for c in w[1:]) and w.lower() in COMMON_LOWER:
            out.append(w.lower())
        else:
            out.append(w)
    return cap(" ".join(out))


COMMON_LOWER = {"for", "in", "and", "of", "the", "care", "health", "digital", "remote", "monitoring", "testing", "pilot", "project",
                "programme", "service", "using", "improving", "evaluation", "implementing", "scaling", "up", "delivering", "rolling",
                "out", "spreading", "support", "people", "with", "patients", "primary", "community", "general", "practice", "homes",
                "hospitals", "services", "screening", "triage", "therapy", "fellowship", "academy", "network", "fund", "round", "call"}


def fmt_int(n):
    return "{:,}".format(int(n))


def round_nice(n):
    if n < 100:
        return int(n)
    if n < 1000:
        return int(round(n, -1))
    if n < 20000:
        return int(round(n, -2))
    return int(round(n, -3))


def add_months(d, k):
    y, m, dd = d
    m0 = m - 1 + k
    return (y + m0 // 12, m0 % 12 + 1, dd)


def end_after(start, months):
    y, m, _ = add_months(start, months)
    m -= 1
    if m == 0:
        y -= 1
        m = 12
    return (y, m, MDAYS[m - 1])


def dkey(d):
    return d[0] * 10000 + d[1] * 100 + d[2]


def months_between(a, b):
    return (b[0] - a[0]) * 12 + (b[1] - a[1]) + 1


def fin_year(d):
    y = d[0] if d[1] >= 4 else d[0] - 1
    return "%d/%02d" % (y, (y + 1) % 100)


def human_date(d, style):
    y, m, _ = d
    if style == 0:
        return "%s %d" % (MONTHS[m - 1], y)
    if style == 1:
        return "%s %d" % (MON3[m - 1], y)
    if style == 2:
        return "%s %d" % (MONTHS[m - 1], y)
    if style == 3:
        season = ["winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn", "winter"][m - 1]
        return "%s %d" % (season, y)
    return "%02d/%d" % (m, y)


def human_dur(months):
    if months % 12 == 0:
        yrs = months // 12
        return "%s year%s" % (NUMWORDS.get(yrs, str(yrs)), "" if yrs == 1 else "s")
    return "%d months" % months


def money(n, cur, style):
    sym = "€" if cur == "EUR" else "£"
    if n >= 1000000:
        if style == 0:
            s = ("%.1f" % (n / 1e6)).rstrip("0").rstrip(".")
            return "%s%sm" % (sym, s)
        if style == 1:
            s = ("%.2f" % (n / 1e6)).rstrip("0").rstrip(".")
            return "%s%s million" % (sym, s)
        return "%s%s" % (sym, fmt_int(n))
    if n >= 10000 and style == 0:
        return "%s%dk" % (sym, int(round(n / 1000.0)))
    return "%s%s" % (sym, fmt_int(n))


def singular_does(does):
    w = does.split(" ")
    idx = 1 if (w[0].endswith("ly") and len(w) > 1) else 0
    v = w[idx]
    if v.endswith(("s", "sh", "ch", "x")):
        v = v + "es"
    elif v.endswith("y") and v[-2:-1] not in "aeiou":
        v = v[:-1] + "ies"
    else:
        v = v + "s"
    w[idx] = v
    return " ".join(w)


PLURAL_TECH = {"wearables", "falls_sensor", "dsteth", "smart_inh", "video", "pill_disp"}


# ----------------------------------------------------------------------------
# tiny generative grammar: "[a|b|]" alternatives (nested), "{slot}" fillers
# ----------------------------------------------------------------------------
_GCACHE = {}


def _gparse(s):
    pos = [0]

    def seq(depth):
        parts, buf = [], []
        while pos[0] < len(s):
            c = s[pos[0]]
            if c == "[":
                if buf:
                    parts.append("".join(buf))
                    buf = []
                pos[0] += 1
                alts = [seq(depth + 1)]
                while s[pos[0]] == "|":
                    pos[0] += 1
                    alts.append(seq(depth + 1))
                if s[pos[0]] != "]":
                    raise ValueError("bad template: " + s)
                pos[0] += 1
                parts.append(alts)
            elif depth and c in "|]":
                break
            else:
                buf.append(c)
                pos[0] += 1
        if buf:
            parts.append("".join(buf))
        return parts

    return seq(0)


def _gexp(parts, r, out):
    for p in parts:
        if p.__class__ is str:
            out.append(p)
        else:
            _gexp(p[int(r.random() * len(p))], r, out)


_SPACE_FIX = re.compile(r"\s+([,.;:)])")
_MULTISPACE = re.compile(r"[ ]{2,}")


def G(t, r, S, capfirst=True):
    parts = _GCACHE.get(t)
    if parts is None:
        parts = _gparse(t)
        _GCACHE[t] = parts
    out = []
    _gexp(parts, r, out)
    txt = "".join(out).format_map(S)
    if "  " in txt:
        txt = _MULTISPACE.sub(" ", txt)
    if " ," in txt or " ." in txt or " ;" in txt or " :" in txt or " )" in txt:
        txt = _SPACE_FIX.sub(r"\1", txt)
    if ".." in txt or ",," in txt:
        txt = txt.replace("..", ".").replace(",,", ",")
    txt = txt.strip()
    return cap(txt) if capfirst else txt


# ----------------------------------------------------------------------------
# Actors
# ----------------------------------------------------------------------------
class Actor(object):
    __slots__ = ("id", "key", "name", "acronym", "kind", "level", "member_of", "desc", "ics", "short")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class World(object):
    def __init__(self, rng):
        self.rng = rng
        self.actors = []
        self.by_key = {}
        self.names = set()
        self.acros = set()
        self.ics = []
        self.ics_by_code = {}
        for name, code, region, ahsn, towns in ICS_TABLE:
            d = dict(name=name, code=code, region=region, ahsn=ahsn, towns=towns)
            self.ics.append(d)
            self.ics_by_code[code] = d
        self.town_ics = {}
        for d in self.ics:
            for t in d["towns"]:
                self.town_ics[t] = d
        self.univ_by_ics = {}
        self.region_ics = {}
        for d in self.ics:
            self.region_ics.setdefault(d["region"], []).append(d)
        # national bodies
        for key, name, acr, kind, level, mof, desc in NATIONAL:
            self.add(key, name, acr, kind, level, mof, desc)
        for k, (name, acr, area) in AHSNS.items():
            self.add("AHSN:" + k, name, acr, "network", "regional", "AHSNS",
                     "Academic Health Science Network covering %s." % area)
        for k, name in ARCS.items():
            self.add("ARC:" + k, name, None, "academia", "regional", "NIHR", "NIHR Applied Research Collaboration.")
        for reg in NHS_REGIONS:
            self.add("NHSER:" + reg, "NHS England - " + reg, None, "arms-length-body", "regional", "NHSE",
                     "Regional team of NHS England.")
            self.add("HEER:" + reg, "Health Education England " + reg, None, "arms-length-body", "regional", "HEE",
                     "Regional office of Health Education England.")
        for d in self.ics:
            self.add("ICB:" + d["code"], "NHS %s Integrated Care Board" % d["name"], "%s ICB" % d["code"], "commissioner", "local",
                     "NHSER:" + d["region"], "Integrated care board for %s (statutory from July 2022)." % d["name"])
        for name, acr, code in UNIVERSITIES:
            a = self.add("UNI:" + name, name, acr, "academia", "regional" if self.rng.random() < 0.2 else "local", None,
                         "Higher education institution.")
            self.univ_by_ics.setdefault(code, []).append(a)
        self.companies = []
        self.company_stems = set()

    # -- registry -------------------------------------------------------------
    def add(self, key, name, acr, kind, level, member_of, desc, ics=None):
        if key in self.by_key:
            return self.by_key[key]
        nk = norm_key(name)
        if nk in self.names:
            raise ValueError("duplicate actor name " + name)
        self.names.add(nk)
        if acr:
            ak = norm_key(acr)
            if ak in self.acros or ak in self.names:
                acr = None
            else:
                self.acros.add(ak)
        a = Actor(id="ORG%05d" % (len(self.actors) + 1), key=key, name=name, acronym=acr, kind=kind, level=level,
                  member_of=member_of, desc=desc, ics=ics)
        self.actors.append(a)
        self.by_key[key] = a
        return a

    def get(self, key):
        return self.by_key[key]

    def ahsn(self, ics):
        return self.by_key["AHSN:" + ics["ahsn"]]

    def arc(self, ics):
        return self.by_key["ARC:" + ics["ahsn"]]

    def icb_or_ccg(self, ics, when, town=None):
        """Local commissioner: the ICB from July 2022, a CCG before."""
        if dkey(when) >= 20220701:
            return self.by_key["ICB:" + ics["code"]]
        t = town or ics["towns"][0]
        return self.add("CCG:" + t, "NHS %s Clinical Commissioning Group" % t, "%s CCG" % t, "commissioner", "local", None,
                        "Clinical commissioning group (abolished July 2022).", ics=ics["code"])

    def trust(self, town):
        key = "TRUST:" + town
        if key in self.by_key:
            return self.by_key[key]
        r = self.rng
        pats = ["{t} Teaching Hospitals NHS Foundation Trust", "{t} University Hospitals NHS Trust",
                "University Hospitals of {t} NHS Foundation Trust", "{t} and District NHS Foundation Trust",
                "{t} Hospitals NHS Foundation Trust", "{t} Royal Infirmary NHS Foundation Trust"]
        name = pats[int(r.random() * len(pats))].format(t=town)
        words = [w for w in re.sub(r"[^A-Za-z ]", " ", name).split() if w[0].isupper() and w not in ("NHS", "Foundation", "Trust")]
        acr = ("".join(w[0] for w in words) + "T") if r.random() < 0.6 else None
        ics = self.town_ics[town]
        return self.add(key, name, acr, "healthcare-provider", "local", "ICB:" + ics["code"] if r.random() < 0.3 else None,
                        "Acute hospital trust serving %s." % town, ics=ics["code"])

    def mh_trust(self, ics):
        key = "MHT:" + ics["code"]
        if key in self.by_key:
            return self.by_key[key]
        t = ics["towns"]
        name = "%s and %s Partnership NHS Foundation Trust" % (t[0], t[1])
        return self.add(key, name, "%s%sPFT" % (t[0][0], t[1][0]), "healthcare-provider", "local", None,
                        "Mental health and learning disability trust.", ics=ics["code"])

    def comm_trust(self, ics):
        key = "CHT:" + ics["code"]
        if key in self.by_key:
            return self.by_key[key]
        t = ics["towns"]
        name = "%s Community Health Services NHS Trust" % t[-1]
        return self.add(key, name, None, "healthcare-provider", "local", None, "Community health services provider.", ics=ics["code"])

    def ambulance(self, ics):
        name, acr = AMBULANCE[ics["region"]]
        return self.add("AMB:" + ics["region"], name, acr, "healthcare-provider", "regional", None, "Ambulance service trust.")

    def pcn(self, town):
        r = self.rng
        suffix = ["Central", "North", "South", "East", "West", "Rural", "Health Partnership", "Care Network", "City"][int(r.random() * 9)]
        key = "PCN:%s:%s" % (town, suffix)
        if key in self.by_key:
            return self.by_key[key]
        name = "%s %s Primary Care Network" % (town, suffix) if suffix not in ("Health Partnership", "Care Network") else "%s %s PCN" % (town, suffix)
        ics = self.town_ics[town]
        return self.add(key, name, None, "healthcare-provider", "local", None, "Primary care network of GP practices.", ics=ics["code"])

    def council(self, town):
        key = "LA:" + town
        if key in self.by_key:
            return self.by_key[key]
        kind = ["City Council", "Borough Council", "Council", "Metropolitan Borough Council"][int(self.rng.random() * 4)]
        ics = self.town_ics[town]
        return self.add(key, "%s %s" % (town, kind), None, "other", "local", None, "Local authority.", ics=ics["code"])

    def charity_local(self, town):
        r = self.rng
        pats = [("Age UK %s", "charity"), ("%s Hospice", "charity"), ("%s Carers Centre", "charity"), ("Mind in %s", "charity"),
                ("Healthwatch %s", "patient-public-group"), ("%s Community Voluntary Service", "charity")]
        pat, kind = pats[int(r.random() * len(pats))]
        name = pat % town
        key = "CH:" + name
        if key in self.by_key:
            return self.by_key[key]
        ics = self.town_ics[town]
        return self.add(key, name, None, kind, "local", None, "Local voluntary sector organisation.", ics=ics["code"])

    def univ(self, ics):
        lst = self.univ_by_ics.get(ics["code"])
        if not lst:
            reg = [u for d in self.region_ics[ics["region"]] for u in self.univ_by_ics.get(d["code"], [])]
            lst = reg or [self.by_key["UNI:University College London"]]
        return lst[int(self.rng.random() * len(lst))]

    def company(self, ics, reuse=0.45):
        r = self.rng
        if self.companies and r.random() < reuse:
            return self.companies[int(r.random() * len(self.companies))]
        for _ in range(50):
            stem = COMPANY_PRE[int(r.random() * len(COMPANY_PRE))] + COMPANY_MID[int(r.random() * len(COMPANY_MID))] + \
                COMPANY_SUF[int(r.random() * len(COMPANY_SUF))]
            word = COMPANY_WORD[int(r.random() * len(COMPANY_WORD))]
            base = stem + (" " + word if word else "")
            if r.random() < 0.15:
                suf = stem[len(stem) - 4:]
                base = stem[:-4] + suf[:1].upper() + suf[1:] + (" " + word if word else "")
            nk = norm_key(base)
            if nk in self.company_stems:
                continue
            form = COMPANY_FORM[int(r.random() * len(COMPANY_FORM))]
            name = base + " " + form
            if norm_key(name) in self.names:
                continue
            self.company_stems.add(nk)
            a = self.add("CO:" + name, name, None, "industry", "local" if r.random() < 0.6 else "national", None,
                         "Health technology company based in %s." % ics["towns"][int(r.random() * len(ics["towns"]))], ics=ics["code"])
            a.short = base
            self.companies.append(a)
            return a
        return self.companies[int(r.random() * len(self.companies))]

    def lead_of_type(self, typ, ics, town, when):
        if typ == "company":
            return self.company(ics)
        if typ == "univ":
            return self.univ(ics)
        if typ == "trust":
            x = self.rng.random()
            if x < 0.7:
                return self.trust(town)
            if x < 0.85:
                return self.mh_trust(ics)
            if x < 0.95:
                return self.comm_trust(ics)
            return self.ambulance(ics)
        if typ == "pcn":
            return self.pcn(town)
        if typ == "icb":
            return self.icb_or_ccg(ics, when, town)
        if typ == "ahsn":
            return self.ahsn(ics)
        if typ == "charity_local":
            return self.charity_local(town)
        if typ == "council":
            return self.council(town)
        return self.trust(town)


# ----------------------------------------------------------------------------
# Programmes
# ----------------------------------------------------------------------------
class Prog(object):
    """One real programme / project (the thing an analyst wants to count once)."""

    def __init__(self, pid):
        self.pid = pid
        self.fam = None          # family id (hard-negative group)
        self.fam_kind = None     # other-region / other-round / other-condition / other-population / next-phase / sister
        self.distinct = None     # which facet must stay visible: place / round / cond / pop / phase
        self.scheme = None
        self.natprog = None
        self.call = None
        self.single = None
        self.mode = "clin"
        self.funder = None
        self.cofunders = []
        self.lead = None
        self.partners = []
        self.ics = None
        self.town = None
        self.scope = "local"
        self.tech_key = None
        self.cond_key = None
        self.pop = None
        self.pop2 = None
        self.setting = None
        self.skill = None
        self.round_label = ""
        self.phase = ""
        self.start = None
        self.end = None
        self.budget = None
        self.budget_hi = None
        self.currency = "GBP"
        self.period = None
        self.acts = []
        self.instr = None
        self.focus = None
        self.productivity = None
        self.offers = None
        self.recip = None
        self.evaluated = None
        self.rapid = None
        self.stages = []
        self.drivers = []
        self.groups = []
        self.tech_area = ""
        self.style_seed = 0
        self.title_recipe = 0
        self.acro = None
        self.home_src = "manual"
        self.n = {}
        self.txt = {}
        self.records = []

# ============================================================== 5. builder: distinct programmes and look-alike families
"""Builder: turns the catalogue into a portfolio of distinct programmes, with
families of look-alikes (hard negatives)."""

AI_TECH = [k for k, v in CLIN_TECH.items() if "AI" in v[5] or k == "deterioration"]
AI_OPS = ["nlp", "theatre", "ambient", "chatbot"]
DIGITAL_TECH = [k for k, v in CLIN_TECH.items() if any(x in v[5] for x in ("digital", "AI", "remote", "apps", "telehealth", "decision"))]
POP_BANDS = {"child": ["child"], "young": ["young", "child"], "maternity": ["maternity"], "older": ["older", "adult"],
             "adult": ["adult", "older"], "any": ["adult", "older", "young", "child"]}
OPS_SETTINGS = ["acute hospitals", "general practice", "community services", "mental health services", "outpatient clinics",
                "ambulance services", "primary care networks", "care homes"]
SITE_OF = dict(SETTINGS)
BUDGET_BUCKETS = [(0, 100000), (100000, 500000), (500000, 1000000), (1000000, 5000000), (5000000, 10000000),
                  (10000000, 50000000), (50000000, 100000000), (100000000, 500000000), (500000000, 1000000000)]
CEILINGS = [25000, 50000, 75000, 100000, 150000, 250000, 500000, 750000, 1000000, 1500000, 2000000, 3000000, 5000000,
            10000000, 20000000, 50000000, 100000000, 250000000, 500000000]
CHARITY_THEMES = {"CRUK": "cancer", "BHF": "cardio", "DUK": "metab", "ALZ": "neuro", "ALUK": "resp", "MIND": "mental",
                  "HF": None, "NESTA": None, "WELL": None}


def lead_class(a):
    if a is None:
        return None
    if a.key.startswith("PCN:"):
        return "pcn"
    if a.key.startswith("LA:"):
        return "council"
    if a.key.startswith("CH:"):
        return "charity"
    return None


_OUT_MEMO = {}


def outcomes_for(tech, cond):
    k = (tech, cond)
    if k not in _OUT_MEMO:
        _OUT_MEMO[k] = _outcomes_for(tech, cond)
    return _OUT_MEMO[k]


def _outcomes_for(tech, cond):
    cat = CONDITIONS[cond][2]
    outs = TECH_OUTCOMES.get(tech) or COND_OUTCOMES.get(cond) or CAT_OUTCOMES[cat]
    purpose = TECH_PURPOSE.get(tech)
    if tech not in TECH_OUTCOMES and purpose:
        dx = [o for o in outs if any(w_ in o for w_ in DX_WORDS)]
        if purpose == "dx":
            outs = dx or ["earlier and more accurate diagnosis", "fewer unnecessary referrals"]
        else:
            outs = [o for o in outs if o not in dx] or outs
    return outs


class Builder(object):
    def __init__(self, world, rng):
        self.w = world
        self.r = rng
        self.progs = []
        self.keys = set()
        self.fam_seq = 0
        self.fams = {}
        self.singles = list(NATSINGLE)
        rng.shuffle(self.singles)
        self.np_used = set()
        self.call_cache = {}
        self.busy = {}
        self.award_w = [(k, 3 if k in ("i4i_pda", "sbri", "smart", "ics_fund", "ahsn_fund", "rfpb") else 1.5)
                        for k, s in SCHEMES.items() if s["fam"] == "awards"]
        self.phased_w = [(k, 1) for k, s in SCHEMES.items() if s["fam"] == "phased"]

    def free(self, key, start, end, margin=3):
        s0 = dkey(add_months(start, -margin))
        e0 = dkey(add_months(end, margin))
        for a, b in self.busy.get(key, ()):
            if s0 <= b and a <= e0:
                return False
        return True

    def occupy(self, key, start, end):
        self.busy.setdefault(key, []).append((dkey(start), dkey(end)))

    # -- utilities ------------------------------------------------------------
    def fam(self, kind):
        self.fam_seq += 1
        self.fams[self.fam_seq] = (kind, [])
        return self.fam_seq

    def join_fam(self, p, fid):
        p.fams.append(fid)
        self.fams[fid][1].append(p)

    def commit(self, p, key):
        if key is not None:
            if key in self.keys or (key[0] == "lead" and key[:4] in self.busy):
                return False
            self.keys.add(key)
        p.pid = len(self.progs)
        self.progs.append(p)
        return True

    def newp(self):
        p = Prog(-1)
        p.fams = []
        p.style_seed = self.r.getrandbits(31)
        p.title_recipe = int(self.r.random() * 1000)
        return p

    def place(self, ics=None):
        r = self.r
        if ics is None:
            ics = self.w.ics[int(r.random() * len(self.w.ics))]
        return ics, ics["towns"][int(r.random() * len(ics["towns"]))]

    def rint(self, lo, hi):
        return lo + int(self.r.random() * (hi - lo + 1))

    def budget(self, lo, hi):
        r = self.r
        if hi <= 0:
            return None
        b = lo + (hi - lo) * (r.random() ** 1.3)
        x = r.random()
        if x < 0.6:
            return int(round(b, -3))
        if x < 0.85:
            return int(round(b, -2))
        return int(b)

    def start_in(self, year):
        r = self.r
        return (year, 1 + int(r.random() * 12), 1 if r.random() < 0.7 else 1 + int(r.random() * 28))

    # -- topics ---------------------------------------------------------------
    def clin_topic(self, sch=None, year=2025, lead=None):
        allowed = SMALL_LEAD_TECH.get(lead_class(lead)) if lead is not None else None
        for _ in range(60):
            t, c = self._clin_topic(sch)
            if MIN_YEAR.get(t, 0) <= year and MIN_YEAR.get(c, 0) <= year and (allowed is None or t in allowed):
                return t, c
        return ("soc_presc", "depression") if allowed else ("rpm", "copd")

    def ops_topic(self, year, lead=None, ai_only=False):
        ops = AI_OPS if ai_only else list(OPS_TECH)
        allowed = SMALL_LEAD_OPS.get(lead_class(lead)) if lead is not None else None
        cands = [t for t in ops if MIN_YEAR.get(t, 0) <= year and (allowed is None or t in allowed)]
        if not cands:
            cands = [t for t in ops if MIN_YEAR.get(t, 0) <= year] or ["rpa"]
        return cands[int(self.r.random() * len(cands))]

    def _clin_topic(self, sch=None):
        r = self.r
        techs = list(CLIN_TECH)
        if sch:
            if sch.get("tech_only") == "ai":
                techs = AI_TECH
            elif sch.get("tech_only") == "digital":
                techs = DIGITAL_TECH
            allowed = None
            if sch.get("cats"):
                allowed = [c for c, v in CONDITIONS.items() if v[2] in sch["cats"]]
            if sch.get("conds"):
                allowed = sch["conds"]
            if allowed:
                techs = [t for t in techs if set(CLIN_TECH[t][4]) & set(allowed)]
        t = techs[int(r.random() * len(techs))]
        conds = CLIN_TECH[t][4]
        if sch and (sch.get("cats") or sch.get("conds")):
            conds = [c for c in conds if c in allowed] or conds
        c = conds[int(r.random() * len(conds))]
        return t, c

    def pop_for(self, cond, force=False, avoid=None):
        r = self.r
        if cond in WHOM_OVERRIDE or (not force and r.random() < 0.5):
            return None
        bands = POP_BANDS[CONDITIONS[cond][3]]
        cands = [p for p, b in POPULATIONS if b in bands and p != avoid and p not in NOT_PATIENT_POP]
        return cands[int(r.random() * len(cands))] if cands else None

    def setting_for(self, cond, tech=None):
        lst = TECH_SETTINGS.get(tech) or CAT_SETTINGS[CONDITIONS[cond][2]]
        return lst[int(self.r.random() * len(lst))]

    # -- shared facts ---------------------------------------------------------
    def facts(self, p, scale="local"):
        r = self.r
        if scale == "national":
            n_pat = self.rint(2000, 200000)
            n_sites = self.rint(20, 300)
        elif scale == "regional":
            n_pat = self.rint(500, 40000)
            n_sites = self.rint(3, 40)
        else:
            n_pat = self.rint(60, 6000)
            n_sites = self.rint(1, 30)
        n = p.n
        n["n_pat"] = n_pat
        n["n_sites"] = max(1, n_sites)
        n["prev"] = round_nice(self.rint(2000, 250000))
        n["popn"] = self.rint(3, 30) * 100000
        n["hours"] = self.rint(5, 60)
        n["pct"] = self.rint(10, 45)
        n["n_staff"] = self.rint(12, 300)
        n["reached"] = max(10, int(n_pat * (0.5 + 0.8 * r.random())))
        n["sites_done"] = max(1, min(n["n_sites"], int(n["n_sites"] * (0.6 + 0.5 * r.random()))))
        n["res_pct"] = self.rint(8, 45)
        n["mins"] = self.rint(5, 40)
        n["pct2"] = self.rint(80, 97)
        n["n_awards"] = 0
        n["award_max"] = 0
        t = p.txt
        t["eval"] = EVAL_METHODS[int(r.random() * len(EVAL_METHODS))]
        if p.mode == "ops":
            outs = OPS_OUTPUTS
        else:
            outs = OUTPUTS
        i = int(r.random() * len(outs))
        j = (i + 1 + int(r.random() * (len(outs) - 1))) % len(outs)
        t["output"], t["output2"] = outs[i], outs[j]
        if p.mode == "net":
            a0 = self.rint(20, 65)
            t["result"] = "uptake rose from %d%% to %d%%" % (a0, min(98, a0 + self.rint(8, 30)))
        elif p.mode == "ops":
            t["result"] = ["a %d%% reduction in %s" % (n["res_pct"], OPS_TECH[p.tech_key][5]) if p.tech_key in OPS_TECH else "a %d%% saving in staff time" % n["res_pct"],
                           "an average saving of %d minutes per task" % n["mins"], "%d hours of staff time released each week" % n["hours"]][int(r.random() * 3)]
        elif p.mode == "call" and p.call and p.call.get("ckind") == "campaign":
            a0 = self.rint(35, 70)
            t["result"] = ["uptake rose from %d%% to %d%%" % (a0, min(95, a0 + self.rint(2, 12))), "%d people attended community events" % self.rint(200, 4000)][int(r.random() * 2)]
        elif p.mode in ("work", "call"):
            t["result"] = ["%d%% of participants reported applying new skills" % n["pct2"], "%d projects completed" % self.rint(5, 40)][int(r.random() * 2)]
        else:
            tg = CAT_TARGETS.get(CONDITIONS[p.cond_key][2] if p.cond_key else "", REDUCTION_TARGETS)
            tpl = RESULT_TEMPLATES[int(r.random() * len(RESULT_TEMPLATES))]
            t["result"] = tpl.format(pct=n["res_pct"], target=tg[int(r.random() * len(tg))], target2=tg[int(r.random() * len(tg))],
                                     mins=n["mins"], pct2=n["pct2"])
        ics = p.ics
        x = r.random()
        if ics is None:
            t["evaluator"] = [self.w.get("RSET"), self.w.get("BRACE"), self.w.get("IAU"), self.w.get("RAND")][int(r.random() * 4)]
        elif x < 0.35:
            t["evaluator"] = self.w.arc(ics)
        elif x < 0.65:
            t["evaluator"] = self.w.univ(ics)
        elif x < 0.75:
            t["evaluator"] = self.w.get("RSET") if r.random() < 0.5 else self.w.get("BRACE")
        elif x < 0.8:
            t["evaluator"] = self.w.get("IAU")
        else:
            t["evaluator"] = self.w.ahsn(ics)
        self.cond_text(p)

    def cond_text(self, p):
        r = self.r
        t = p.txt
        cat = CONDITIONS[p.cond_key][2] if p.cond_key else None
        if cat:
            outs = outcomes_for(p.tech_key, p.cond_key) if p.tech_key in CLIN_TECH else (COND_OUTCOMES.get(p.cond_key) or CAT_OUTCOMES[cat])
            i = int(r.random() * len(outs))
            t["outcome"] = outs[i]
            t["outcome2"] = outs[(i + 1) % len(outs)] if len(outs) > 1 else CAT_OUTCOMES[cat][0]
            gaps = COND_GAPS.get(p.cond_key) or CAT_GAPS[cat]
            t["gap"] = gaps[int(r.random() * len(gaps))]
            t["measure"] = CAT_MEASURE[cat]
        else:
            t["outcome"] = ["better outcomes", "safer care", "more consistent care", "fewer avoidable admissions"][int(r.random() * 4)]
            t["outcome2"] = "better patient experience"
            t["gap"] = ["uptake of proven approaches varies widely between areas", "services struggle to keep up with demand",
                        "waiting lists have grown since the COVID-19 pandemic", "care is often fragmented between organisations"][int(r.random() * 4)]
            t["measure"] = "uptake, outcomes and patient experience"

    def common(self, p, spec):
        r = self.r
        acts = list(spec.get("acts", []))
        if r.random() < 0.12:
            extra = ["evaluation-and-evidence", "networking-and-brokerage", "information-and-signposting", "training-and-skills"][int(r.random() * 4)]
            if extra not in acts:
                acts.append(extra)
        p.acts = acts
        p.instr = spec.get("instr")
        p.offers = spec.get("offers")
        p.recip = spec.get("recip") or None
        if p.offers != "yes" and p.recip not in (None, "none"):
            p.recip = None
        if p.offers == "yes" and p.recip == "none":
            p.recip = None
        st = list(spec.get("stages", []))
        if st and r.random() < 0.2:
            st.append(STAGES[int(r.random() * len(STAGES))])
            st = [s for s in STAGES if s in st]
        p.stages = st
        p.drivers = list(spec.get("drivers", []))
        if r.random() < 0.15:
            d = DRIVERS[int(r.random() * len(DRIVERS))]
            if d not in p.drivers:
                p.drivers.append(d)
        p.groups = list(spec.get("groups", []))
        if "evaluation-and-evidence" in acts:
            p.evaluated = wpick(r, [("yes", 55), ("partly", 15), ("no", 10), (None, 20)])
        else:
            p.evaluated = wpick(r, [("yes", 20), ("no", 30), ("partly", 5), (None, 45)])
        rp = spec.get("rapid", 0) or 0
        if rp is True:
            rp = 1.0
        p.rapid = "yes" if r.random() < rp else wpick(r, [("no", 40), (None, 60)])
        if spec.get("productivity") or p.mode == "ops":
            p.productivity = "yes" if r.random() < 0.8 else None
        else:
            p.productivity = wpick(r, [("no", 35), (None, 65)])

    def partners_for(self, lead_type, ics, town, when, extra=()):
        r = self.r
        w = self.w
        out = []
        if lead_type == "company":
            if r.random() < 0.6: out.append(w.univ(ics))
            if r.random() < 0.6: out.append(w.trust(town))
            if r.random() < 0.25: out.append(w.ahsn(ics))
            if r.random() < 0.1: out.append(w.charity_local(town))
        elif lead_type == "univ":
            if r.random() < 0.8: out.append(w.trust(town))
            if r.random() < 0.3: out.append(w.company(ics))
            if r.random() < 0.15: out.append(w.arc(ics))
            if r.random() < 0.15: out.append(w.charity_local(town))
        elif lead_type in ("trust",):
            if r.random() < 0.5: out.append(w.univ(ics))
            if r.random() < 0.4: out.append(w.company(ics))
            if r.random() < 0.3: out.append(w.ahsn(ics))
            if r.random() < 0.2: out.append(w.icb_or_ccg(ics, when, town))
        else:
            if r.random() < 0.4: out.append(w.trust(town))
            if r.random() < 0.25: out.append(w.council(town))
            if r.random() < 0.3: out.append(w.charity_local(town))
            if r.random() < 0.2: out.append(w.ahsn(ics))
            if r.random() < 0.2: out.append(w.company(ics))
        out.extend(extra)
        seen, res = set(), []
        for a in out:
            if a.key not in seen:
                seen.add(a.key)
                res.append(a)
        return res[:4]

    # -- family generators ------------------------------------------------------
    def gen_awards(self, room):
        r = self.r
        key = wpick(r, self.award_w)
        sch = SCHEMES[key]
        y0, y1 = sch["years"]
        year = self.rint(y0, y1)
        ics, town = self.place()
        k = min(room, 1 + int(r.random() * 6))
        sis = self.fam("sister") if k > 1 else None
        share = r.random() < 0.35
        seed = r.getrandbits(31)
        recipe = int(r.random() * 1000)
        made = []
        for i in range(k):
            if not sch.get("local"):
                ics, town = self.place()
            elif key == "ics_fund":
                town = ics["towns"][int(r.random() * len(ics["towns"]))]
            else:
                ics2 = [d for d in self.w.ics if d["ahsn"] == ics["ahsn"]]
                ics_i, town = self.place(ics2[int(r.random() * len(ics2))])
                ics = ics_i
            p = self.make_award(key, sch, year, ics, town)
            if p is None:
                continue
            if share:
                p.style_seed, p.title_recipe = seed, recipe
            if sis:
                self.join_fam(p, sis)
            made.append(p)
            if len(made) >= room:
                break
            # twin: same team, same method, different condition or population
            if r.random() < 0.2 and len(made) < room:
                tw = self.make_twin(p)
                if tw is not None:
                    made.append(tw)
        return made

    def make_award(self, key, sch, year, ics, town, lead=None, tech=None, cond=None):
        r = self.r
        w = self.w
        p = self.newp()
        p.scheme = sch
        p.scheme_key = key
        mode = sch["mode"]
        if mode == "mix":
            mode = "clin" if r.random() < 0.6 else "ops"
        p.mode = mode
        p.ics, p.town = ics, town
        p.scope = "international" if sch.get("intl") else ("local" if sch.get("local") else "local")
        dur = self.rint(*sch.get("dur", (12, 24)))
        p.start = self.start_in(year)
        p.end = end_after(p.start, dur)
        lt = wpick(r, sch["leads"])
        p.lead = lead or w.lead_of_type(lt, ics, town, p.start)
        lt = {"industry": "company", "academia": "univ"}.get(p.lead.kind, "trust" if p.lead.kind == "healthcare-provider" else lt)
        f = sch["funder"]
        if f == "@ICB":
            p.funder = w.icb_or_ccg(ics, p.start)
        elif f == "@AHSN":
            p.funder = w.ahsn(ics)
        else:
            p.funder = w.get(f)
        p.cofunders = [w.get(c) for c in sch.get("cofund", [])]
        extra = [w.univ(ics)] if sch.get("needs_univ") else []
        p.partners = [a for a in self.partners_for(lt, ics, town, p.start, extra) if a.key != p.lead.key]
        if mode == "clin":
            if tech and cond:
                p.tech_key, p.cond_key = tech, cond
            else:
                p.tech_key, p.cond_key = self.clin_topic(sch, year, p.lead)
            p.pop = self.pop_for(p.cond_key)
            p.setting = self.setting_for(p.cond_key, p.tech_key)
            p.focus = "clinical" if r.random() < 0.9 else "both"
            p.tech_area = CLIN_TECH[p.tech_key][5]
        else:
            p.tech_key = self.ops_topic(year, p.lead, sch.get("tech_only") == "ai")
            p.setting = OPS_SETTINGS[int(r.random() * len(OPS_SETTINGS))]
            p.focus = OPS_TECH[p.tech_key][7]
            p.tech_area = OPS_TECH[p.tech_key][6]
        k = ("lead", p.lead.key, p.tech_key, p.cond_key)
        if k in self.keys or k in self.busy:
            return None
        p.pop2 = POP2_LIST[int(r.random() * len(POP2_LIST))] if r.random() < 0.5 else None
        p.place = "the UK and Europe" if sch.get("intl") else (town if r.random() < 0.65 else ics["name"])
        rb = sch.get("round_base", 0)
        fmt = sch.get("round", "")
        p.round_label = fmt.format(n=max(1, year - rb), year=year, yearlab=fin_year(p.start),
                                   code="%02d/%02d" % (year % 100, self.rint(1, 99)))
        if "budget" in sch:
            p.budget = self.budget(*sch["budget"])
        p.currency = sch.get("currency", "GBP")
        p.acro = self.make_acro(p) if r.random() < 0.35 else None
        self.common(p, sch)
        if mode == "ops" and "Adopters" not in p.groups and r.random() < 0.5:
            p.groups = p.groups + ["Managers"]
        self.facts(p, "national" if p.scope == "international" else "local")
        p.home_src = sch["src"]
        k = ("lead", p.lead.key, p.tech_key, p.cond_key)
        if not self.commit(p, k):
            return None
        return p

    def make_acro(self, p):
        r = self.r
        word = PROJECT_ACRO_WORDS[int(r.random() * len(PROJECT_ACRO_WORDS))]
        if p.cond_key and r.random() < 0.6:
            c = CONDITIONS[p.cond_key]
            tag = c[1] if c[1] and c[1].isupper() and len(c[1]) <= 5 else c[0].split()[0].upper()[:6]
            return "%s-%s" % (word, tag) if r.random() < 0.7 else "%s-%s" % (tag, word)
        return word

    def make_twin(self, p):
        r = self.r
        tw = copy.copy(p)
        tw.fams = []
        tw.n = dict(p.n)
        tw.txt = dict(p.txt)
        tw.partners = list(p.partners)
        if p.mode == "clin" and len(CLIN_TECH[p.tech_key][4]) > 1 and r.random() < 0.65:
            others = [c for c in CLIN_TECH[p.tech_key][4] if c != p.cond_key]
            tw.cond_key = others[int(r.random() * len(others))]
            if MIN_YEAR.get(tw.cond_key, 0) > p.start[0]:
                return None
            tw.pop = self.pop_for(tw.cond_key) if p.pop else None
            tw.setting = p.setting if r.random() < 0.6 else self.setting_for(tw.cond_key, p.tech_key)
            kind, facet = "other-condition", "cond"
            self.cond_text(tw)
            if p.acro and "-" in p.acro:
                tw.acro = self.make_acro(tw)
        elif p.mode == "clin":
            if p.pop is None:
                return None
            np_ = self.pop_for(p.cond_key, force=True, avoid=p.pop)
            if not np_:
                return None
            tw.pop = np_
            p.pop_forced = tw.pop_forced = True
            kind, facet = "other-population", "pop"
        else:
            return None
        tw.n["n_pat"] = round_nice(p.n["n_pat"] * (0.3 + 1.5 * r.random()))
        tw.n["reached"] = max(10, int(tw.n["n_pat"] * (0.5 + 0.8 * r.random())))
        tw.n["prev"] = round_nice(self.rint(2000, 250000))
        tw.n["n_sites"] = max(1, int(p.n["n_sites"] * (0.4 + 1.2 * r.random())))
        tw.n["sites_done"] = max(1, min(tw.n["n_sites"], p.n["sites_done"]))
        if p.budget:
            lo, hi = (p.scheme["budget"] if p.scheme and p.scheme.get("budget") else (15000, 400000))
            for _ in range(10):
                tw.budget = self.budget(lo, hi)
                if tw.budget is None or abs(tw.budget - p.budget) > 0.25 * p.budget:
                    break
        if p.end and r.random() < 0.5:
            tw.end = end_after((p.start[0], p.start[1], 1), max(6, months_between(p.start, p.end) + self.rint(-6, 6)))
        tw.distinct = facet
        if p.distinct is None:
            p.distinct = facet
        k = ("lead", tw.lead.key, tw.tech_key, tw.cond_key) if facet == "cond" else ("lead", tw.lead.key, tw.tech_key, tw.cond_key, tw.pop)
        if not self.commit(tw, k):
            return None
        fid = self.fam(kind)
        self.join_fam(p, fid)
        self.join_fam(tw, fid)
        return tw

    def gen_phased(self, room):
        r = self.r
        w = self.w
        key = wpick(r, self.phased_w)
        sch = SCHEMES[key]
        phases = sch["phases"]
        first = 0 if r.random() < 0.7 else 1
        n = min(room, 2 + int(r.random() * (len(phases) - first - 1)) if len(phases) - first >= 2 else 1)
        ics, town = self.place()
        y0, y1 = sch["years"]
        year = self.rint(y0, max(y0, y1 - 1))
        lead = w.company(ics) if r.random() < 0.85 else w.lead_of_type(wpick(r, sch["leads"]), ics, town, (year, 1, 1))
        mode = sch["mode"] if sch["mode"] != "mix" else ("clin" if r.random() < 0.6 else "ops")
        if mode == "clin":
            tech, cond = self.clin_topic(sch, year)
        else:
            tech, cond = self.ops_topic(year, lead, sch.get("tech_only") == "ai"), None
        k = ("lead", lead.key, tech, cond)
        if k in self.keys or k in self.busy:
            return []
        self.keys.add(k)
        fid = self.fam("next-phase")
        share = r.random() < 0.5
        seed = r.getrandbits(31)
        recipe = int(r.random() * 1000)
        acro = None
        made = []
        start = self.start_in(year)
        comp = None
        for i in range(first, first + n):
            label, (blo, bhi), (dlo, dhi), stages = phases[i]
            p = self.newp()
            p.scheme, p.scheme_key, p.mode = sch, key, mode
            p.ics, p.town, p.lead = ics, town, lead
            p.tech_key, p.cond_key = tech, cond
            p.start = start
            p.end = end_after(start, self.rint(dlo, dhi))
            p.phase = label
            p.funder = w.get(sch["funder"])
            p.cofunders = [w.get(c) for c in sch.get("cofund", [])]
            p.partners = [a for a in self.partners_for("company", ics, town, p.start) if a.key != lead.key]
            if mode == "clin":
                p.pop = made[0].pop if made else self.pop_for(cond)
                p.setting = made[0].setting if made else self.setting_for(cond, tech)
                p.focus = "clinical"
                p.tech_area = CLIN_TECH[tech][5]
            else:
                p.setting = made[0].setting if made else OPS_SETTINGS[int(r.random() * len(OPS_SETTINGS))]
                p.focus = OPS_TECH[tech][7]
                p.tech_area = OPS_TECH[tech][6]
            p.pop2 = made[0].pop2 if made else None
            p.place = made[0].place if made else (town if r.random() < 0.65 else ics["name"])
            if comp is None:
                comp = max(1, p.start[0] - sch.get("round_base", 0))
            p.round_label = sch["round"].format(n=comp if key == "sbri" else max(1, p.start[0] - sch.get("round_base", 0)), year=p.start[0])
            p.budget = self.budget(blo, bhi)
            if acro is None and r.random() < 0.4:
                acro = self.make_acro(p)
            p.acro = acro
            self.common(p, dict(sch, stages=stages))
            self.facts(p, "local")
            if made:
                p.txt["outcome"], p.txt["gap"], p.txt["measure"] = made[0].txt["outcome"], made[0].txt["gap"], made[0].txt["measure"]
                p.txt["evaluator"] = made[0].txt["evaluator"]
            p.home_src = sch["src"]
            p.distinct = "phase"
            if share:
                p.style_seed, p.title_recipe = seed, recipe
            self.commit(p, None)
            self.join_fam(p, fid)
            made.append(p)
            start = add_months(p.end, 1 + int(r.random() * 6))
            start = (start[0], start[1], 1)
        return made

    def gen_rollout(self, room):
        r = self.r
        w = self.w
        avail = [np_ for np_ in NATPROGS if np_["key"] not in self.np_used]
        if avail and r.random() < 0.35:
            np_ = avail[int(r.random() * len(avail))]
            self.np_used.add(np_["key"])
            return self.rollout_named(np_, room)
        if r.random() < 0.2:
            return self.rollout_workforce(room)
        return self.rollout_generic(room)

    def _instances(self, owner_type, m):
        r = self.r
        w = self.w
        if owner_type == "ahsn":
            keys = list(AHSNS)
            r.shuffle(keys)
            out = []
            for k in keys[:m]:
                cands = [d for d in w.ics if d["ahsn"] == k]
                ics = cands[int(r.random() * len(cands))]
                out.append((ics, AHSNS[k][2], "A:" + k))
            return out
        if owner_type == "region":
            regs = list(NHS_REGIONS)
            r.shuffle(regs)
            out = []
            for reg in regs[:m]:
                cands = w.region_ics[reg]
                ics = cands[int(r.random() * len(cands))]
                out.append((ics, "the " + reg if reg not in ("London",) else "London", "R:" + reg))
            return out
        lst = list(w.ics)
        r.shuffle(lst)
        out = []
        for ics in lst[:m]:
            if owner_type == "trust":
                town = ics["towns"][int(r.random() * len(ics["towns"]))]
                out.append((ics, town, "T:" + town))
            else:
                out.append((ics, ics["name"], "I:" + ics["code"]))
        return out

    def rollout_named(self, np_, room):
        r = self.r
        w = self.w
        otype = np_["owner"]
        m = {"ahsn": self.rint(4, 15), "icb": self.rint(4, 20), "trust": self.rint(4, 14), "region": self.rint(3, 5 if np_["key"] == "lhcre" else 7)}[otype]
        m = min(m, room)
        fid = self.fam("other-region")
        share = r.random() < 0.6
        seed, recipe = r.getrandbits(31), int(r.random() * 1000)
        made = []
        for ics, place, code in self._instances(otype, m):
            p = self.newp()
            p.mode = "net"
            p.natprog = np_
            p.ics = ics
            p.town = place if otype == "trust" else ics["towns"][0]
            p.place = place
            if otype in ("ahsn", "region"):
                p.area = place
            p.scope = "regional" if otype in ("ahsn", "region") else "local"
            s = (np_["start"][0], np_["start"][1], 1)
            p.start = add_months(s, int(r.random() * 4)) if r.random() < 0.5 else s
            p.end = end_after((np_["end"][0], np_["end"][1], 1), 1)
            if otype == "ahsn":
                p.lead = w.ahsn(ics)
            elif otype == "icb":
                p.lead = w.icb_or_ccg(ics, p.start)
            elif otype == "trust":
                p.lead = w.trust(p.town)
            else:
                p.lead = w.get("NHSER:" + ics["region"]) if r.random() < 0.5 else w.icb_or_ccg(ics, p.start)
            tk = np_.get("tech")
            if ("np", np_["key"], code) in self.keys:
                continue
            if tk and (not self.free(("rollout", tk, code), p.start, p.end) or ("lead", p.lead.key, tk, np_["cond"]) in self.keys):
                continue
            p.funder = w.get(np_["funder"])
            parts = [p.funder]
            if r.random() < 0.6: parts.append(w.icb_or_ccg(ics, p.start))
            if r.random() < 0.4: parts.append(w.trust(ics["towns"][0]))
            if r.random() < 0.3: parts.append(w.pcn(ics["towns"][int(r.random() * len(ics["towns"]))]))
            if otype != "ahsn" and r.random() < 0.3: parts.append(w.ahsn(ics))
            p.partners = dedupe([a for a in parts if a.key != p.lead.key])[:4]
            p.cond_key = np_["cond"]
            p.tech_key = np_.get("tech")
            p.setting = np_["setting"]
            p.site = np_["site"]
            p.focus = np_["focus"]
            p.tech_area = ["service redesign", "adoption and spread", "medicines optimisation", "digital", "diagnostics"][int(r.random() * 5)]
            p.budget = self.budget(*np_["budget"])
            self.common(p, np_)
            if np_.get("productivity"):
                p.productivity = "yes"
            self.facts(p, "regional")
            p.home_src = {"ahsn": "ahsn", "icb": "ics" if r.random() < 0.6 else "nhse", "trust": "nhse", "region": "nhse"}[otype]
            p.distinct = "place"
            if share:
                p.style_seed, p.title_recipe = seed, recipe
            if not self.commit(p, ("np", np_["key"], code)):
                continue
            if tk:
                self.occupy(("rollout", tk, code), p.start, p.end)
                self.occupy(("lead", p.lead.key, tk, p.cond_key), p.start, p.end)
            self.join_fam(p, fid)
            made.append(p)
        return made

    def rollout_generic(self, room):
        r = self.r
        w = self.w
        year = self.rint(2016, 2024)
        tech, cond = self.clin_topic(None, year)
        T = CLIN_TECH[tech]
        funder = w.get(["AAC", "NHSE", "AHSNNET", "HF", "NHSE", "AAC"][int(r.random() * 6)])
        otype = "ahsn" if r.random() < 0.55 else "icb"
        dur = [12, 18, 24, 24, 36][int(r.random() * 5)]
        start = (year, [4, 4, 10, 1][int(r.random() * 4)], 1)
        cname = CONDITIONS[cond][1] if (CONDITIONS[cond][1] or "").isupper() else CONDITIONS[cond][0]
        if cname.lower() in T[1].lower() or CONDITIONS[cond][0].split()[0] in T[1].lower():
            names = ["%s spread programme" % cap(T[1]), "national %s adoption programme" % T[1], "%s rapid uptake programme" % T[1]]
        else:
            names = ["%s for %s spread programme" % (cap(T[1]), cname), "National %s %s adoption programme" % (cname, T[1]),
                     "%s adoption programme (%s)" % (cap(T[1]), cname), "%s %s rapid uptake programme" % (cname, T[1])]
        name = names[int(r.random() * len(names))]
        w0 = name.split(" ")[0]
        if w0[1:] == w0[1:].lower():
            name = name[:1].lower() + name[1:]
        setting = self.setting_for(cond, tech)
        np_ = dict(key="gen:%s:%s:%s" % (tech, cond, year), name=name, full=name, what="%s for %s" % (T[0], WHOM_OVERRIDE.get(cond, "people with " + CONDITIONS[cond][0])),
                   how="helps %s introduce %s, which %s" % (SITE_OF.get(setting, "services"), T[1], T[3]),
                   why="%s %s been shown to support %s." % (cap(T[1]), "have" if tech in PLURAL_TECH else "has",
                                                              outcomes_for(tech, cond)[0]),
                   cond=cond, setting=setting, site=SITE_OF.get(setting, "sites"), start=start[:2], end=end_after(start, dur)[:2],
                   owner=otype, funder=funder.key, acts=["networking-and-brokerage", "information-and-signposting"] if r.random() < 0.6 else ["funding", "networking-and-brokerage"],
                   instr="network", focus="clinical", offers=None, recip=None, stages=["Adoption", "Spread"],
                   drivers=["Relationships and networks"], groups=["Adopters", "Clinicians"], budget=(30000, 400000), tech=tech)
        np_["offers"] = "yes" if "funding" in np_["acts"] else "no"
        np_["recip"] = "adopters" if np_["offers"] == "yes" else "none"
        made = self.rollout_named(np_, room)
        for p in made:
            p.tech_key = tech
            p.tech_area = T[5]
        return made

    def rollout_workforce(self, room):
        r = self.r
        w = self.w
        skill, trainees = SKILLS[int(r.random() * len(SKILLS))]
        year = self.rint(2016, 2024)
        regs = list(NHS_REGIONS)
        r.shuffle(regs)
        m = min(room, self.rint(3, 7))
        fid = self.fam("other-region")
        share = r.random() < 0.6
        seed, recipe = r.getrandbits(31), int(r.random() * 1000)
        start = (year, [4, 9, 10, 1][int(r.random() * 4)], 1)
        made = []
        for reg in regs[:m]:
            ics = w.region_ics[reg][int(r.random() * len(w.region_ics[reg]))]
            p = self.newp()
            p.mode = "work"
            p.skill, p.trainees = skill, trainees
            p.ics, p.town = ics, ics["towns"][0]
            p.place = "the " + reg if reg != "London" else "London"
            p.area = p.place
            p.scope = "regional"
            p.lead = w.get("HEER:" + reg)
            p.funder = w.get("HEE")
            p.partners = dedupe([w.univ(ics)] + ([w.ahsn(ics)] if r.random() < 0.5 else []))
            p.start = start
            p.end = end_after(start, [12, 12, 18, 24][int(r.random() * 4)])
            p.setting = OPS_SETTINGS[int(r.random() * len(OPS_SETTINGS))]
            p.focus = "both" if r.random() < 0.5 else "non-clinical"
            p.tech_area = ["workforce and skills", "education and training", "leadership"][int(r.random() * 3)]
            p.budget = self.budget(80000, 600000)
            self.common(p, dict(acts=["training-and-skills"], instr="fellow", offers="no", recip="none",
                                stages=["Adoption"], drivers=["Skills, capabilities and leadership"], groups=["Clinicians", "Managers"]))
            self.facts(p, "regional")
            p.home_src = "hee"
            p.distinct = "place"
            p.prog_name = "%s %s" % (cap(skill), ["fellowship", "programme", "academy", "fellowships"][int(r.random() * 4)])
            if share:
                p.style_seed, p.title_recipe = seed, recipe
            if not self.free(("work", skill, reg), p.start, p.end) or not self.commit(p, None):
                continue
            self.occupy(("work", skill, reg), p.start, p.end)
            self.join_fam(p, fid)
            made.append(p)
        return made

    def gen_rounds(self, room):
        r = self.r
        w = self.w
        if r.random() < 0.35:
            call = dict(CALLS[int(r.random() * len(CALLS))])
            ics, town = self.place()
            if call.get("per") == "ics":
                call["name"] = "%s %s" % (ics["name"], call["name"])
                call["short"] = "%s %s" % (ics["code"], call["short"])
            elif call.get("per") == "ahsn":
                ah = w.ahsn(ics)
                call["name"] = "%s %s" % (ah.acronym or ah.name, call["name"])
                call["short"] = "%s %s" % (ah.acronym or ah.name, call["short"])
        else:
            call = self.generic_call()
            ics, town = call["ics"], call["town"]
            call = self.call_cache.setdefault(call["key"], call)
        y0, y1 = call["years"]
        nr = min(room, self.rint(2, 6), y1 - y0 + 1)
        first = self.rint(y0, y1 - nr + 1)
        owner = call["owner"]
        scope_code = "N"
        if owner == "@ICB":
            scope_code = "I:" + ics["code"]
        elif owner == "@AHSN":
            scope_code = "A:" + ics["ahsn"]
        elif owner.startswith("ACT:"):
            scope_code = owner
        elif owner == "@ICBNAME":
            scope_code = "I:" + ics["code"]
        national = scope_code == "N" or call.get("national")
        fid = self.fam("other-round")
        share = r.random() < 0.7
        seed, recipe = r.getrandbits(31), int(r.random() * 1000)
        made = []
        for i in range(nr):
            year = first + i
            p = self.newp()
            p.mode = "work" if call.get("work") else "call"
            p.call = call
            p.ics, p.town = ics, town
            p.scope = "national" if national else "local"
            p.place = "England" if national else (AHSNS[ics["ahsn"]][2] if owner == "@AHSN" else (ics["name"] if owner in ("@ICB", "@ICBNAME") else town))
            p.start = (year, call["start_month"], 1)
            p.end = end_after(p.start, call["dur"])
            if owner == "@ICB":
                p.lead = w.icb_or_ccg(ics, p.start)
            elif owner == "@AHSN":
                p.lead = w.ahsn(ics)
            elif owner == "@PHE":
                p.lead = w.get("PHE") if p.start[0] < 2021 else w.get("UKHSA")
            elif owner.startswith("ACT:"):
                p.lead = call["owner_actor"]
            elif owner == "@ICBNAME":
                p.lead = w.icb_or_ccg(ics, p.start)
            else:
                p.lead = w.get(owner)
            p.funder = p.lead
            p.partners = list(call.get("partners_actors", []))
            if p.scope == "local" and r.random() < 0.5:
                p.partners = dedupe(p.partners + [w.trust(town)])
            p.round_label = call["label"].format(k=max(1, year - call["kbase"]), year=year, yearlab=fin_year(p.start))
            if "{owner}" in call["name"]:
                p.call = dict(call, name=call["name"].replace("{owner}", p.lead.acronym or p.lead.name))
            p.focus = call.get("focus") or ("both" if r.random() < 0.6 else "clinical")
            p.tech_area = call.get("area", "")
            p.budget = self.budget(*call["budget"])
            self.common(p, call)
            self.facts(p, "national" if p.scope == "national" else "local")
            na = call.get("n_awards", (0, 0))
            p.n["n_awards"] = self.rint(*na) if na[1] else 0
            am = call.get("award_max")
            p.n["award_max"] = am[0] + int(r.random() * 4) * (am[1] - am[0]) // 3 if am else 0
            p.skill, p.trainees = call.get("skill", ("", ""))
            p.home_src = call["src"]
            p.distinct = "round"
            if share:
                p.style_seed, p.title_recipe = seed, recipe
            wk = ("work", call["skill"][0], ics["region"]) if call.get("work") else None
            if wk and not self.free(wk, p.start, p.end, 0):
                continue
            if not self.commit(p, ("call", call["key"], scope_code, year)):
                continue
            if wk:
                self.occupy(wk, p.start, p.end)
            self.join_fam(p, fid)
            made.append(p)
        return made

    def generic_call(self):
        r = self.r
        w = self.w
        x = r.random()
        ics, town = self.place()
        d = self._generic_call(x, ics, town)
        d["ics"], d["town"] = ics, town
        return d

    def _generic_call(self, x, ics, town):
        r = self.r
        w = self.w
        if x < 0.25:
            owner = [w.trust(town), w.trust(town), w.ahsn(ics)][int(r.random() * 3)]
            nm = owner.acronym or owner.name
            return dict(key="awards:" + owner.key, name="%s Innovation Awards" % nm, short="%s awards" % nm, owner="ACT:" + owner.key,
                        owner_actor=owner, src={"healthcare-provider": "trust", "commissioner": "ics", "network": "ahsn"}[owner.kind],
                        label="{year}", kbase=0, start_month=[1, 3, 6, 9][int(r.random() * 4)], dur=self.rint(4, 10), years=(2016, 2024),
                        acts=["networking-and-brokerage", "information-and-signposting"], instr="prize", offers="no", recip="none",
                        stages=["Adoption", "Spread"], drivers=["Motivations and accountabilities", "Relationships and networks"],
                        groups=["Clinicians", "Managers"], applicants="staff and teams who have introduced an innovation",
                        theme="recognising local innovation and spread", why="Local innovations often go unrecognised and are rarely spread beyond the team that created them.",
                        how="Entries are judged by a panel and winners present at an annual showcase.", budget=(5000, 40000), n_awards=(5, 12), ckind="awards")
        if x < 0.5:
            fk = ["CRUK", "BHF", "DUK", "ALZ", "ALUK", "MIND", "HF", "NESTA"][int(r.random() * 8)]
            owner = w.get(fk)
            cat = CHARITY_THEMES.get(fk)
            if cat:
                conds = [c for c, v in CONDITIONS.items() if v[2] == cat]
                cond = conds[int(r.random() * len(conds))]
                theme = "%s %s" % (["improving care for", "earlier diagnosis of", "living well with", "innovation in"][int(r.random() * 4)], CONDITIONS[cond][0])
            else:
                theme = ["tackling health inequalities", "digital inclusion", "community-led prevention", "improving flow in urgent care"][int(r.random() * 4)]
            nm = "%s %s" % (owner.acronym or owner.name, ["innovation grants", "small grants", "challenge fund", "pilot awards"][int(r.random() * 4)])
            return dict(key="charity:" + fk + ":" + theme, name="%s: %s" % (nm, theme), short=nm, owner="ACT:" + fk, owner_actor=owner, src="charity",
                        label="{year} round", kbase=0, start_month=[1, 4, 7, 10][int(r.random() * 4)], dur=12, years=(2015, 2024),
                        acts=["funding"], instr="pubgrant", offers="yes", recip=["adopters", "both", "innovators"][int(r.random() * 3)],
                        stages=["Testing and evaluation"], drivers=["Funding and commissioning"], groups=["Adopters", "Innovators"],
                        applicants="NHS teams, researchers and voluntary sector organisations", theme=theme,
                        why="Promising ideas in %s need small amounts of funding to generate early evidence." % theme,
                        how="Applications are reviewed by experts and people with lived experience.", budget=(200000, 2000000),
                        n_awards=(5, 25), award_max=(50000, 150000), ckind="funding", national=True)
        if x < 0.7:
            owner = w.ahsn(ics) if r.random() < 0.6 else w.univ(ics)
            focus = ["digital health", "medtech", "AI", "mental health innovation", "healthy ageing", "net zero healthcare"][int(r.random() * 6)]
            nm = "%s %s %s" % (owner.acronym or owner.name, focus, ["accelerator", "bootcamp", "launchpad"][int(r.random() * 3)])
            return dict(key="acc:" + nm, name=nm, short=nm, owner="ACT:" + owner.key, owner_actor=owner,
                        src="ahsn" if owner.kind == "network" else "univ", label="Cohort {k}", kbase=self.rint(2014, 2019),
                        start_month=[2, 5, 9][int(r.random() * 3)], dur=self.rint(3, 9), years=(2016, 2024),
                        acts=["training-and-skills", "networking-and-brokerage"], instr="advisory", offers="no", recip="none",
                        stages=["Idea generation", "Development"], drivers=["Skills, capabilities and leadership", "Relationships and networks"],
                        groups=["Innovators"], applicants="early-stage companies and clinical innovators", theme=focus,
                        why="Early-stage %s innovators struggle to understand NHS needs, evidence requirements and procurement." % focus,
                        how="Each cohort receives workshops, clinical mentoring and introductions to NHS buyers.", budget=(40000, 300000), n_awards=(6, 20), ckind="cohort")
        if x < 0.85:
            use_icb = r.random() < 0.6
            owner = None if use_icb else w.ahsn(ics)
            camp = [("htn", "case-finding drive"), ("af", "case-finding drive"), ("copd", "case-finding drive"), ("t2d", "check-up week"),
                    ("fh", "case-finding drive"), ("hepc", "testing week"), ("dementia", "awareness campaign"), ("smoking", "stop smoking campaign"),
                    ("falls", "awareness campaign"), ("bowel_ca", "screening uptake campaign"), ("lung_ca", "screening uptake campaign"),
                    ("breast_ca", "screening uptake campaign"), ("htn", "check-up week"), ("obesity", "healthy weight campaign")]
            cond, kind = camp[int(r.random() * len(camp))]
            cname = CONDITIONS[cond][0]
            nm = "%s %s %s" % ("{owner}" if use_icb else (owner.acronym or owner.name), cname, kind)
            return dict(key="camp:%s:%s:%s" % (ics["code"], cond, kind), name=nm, short="%s %s %s" % (ics["code"] if use_icb else (owner.acronym or owner.name), cname, kind),
                        owner="@ICBNAME" if use_icb else "ACT:" + owner.key, owner_actor=owner,
                        src="ics" if use_icb else "ahsn", label="{yearlab}", kbase=0,
                        start_month=[9, 10, 1, 3][int(r.random() * 4)], dur=self.rint(2, 6), years=(2016, 2024),
                        acts=["information-and-signposting"], instr="awareness", offers="no", recip="none", stages=["Spread"],
                        drivers=["Patient and public involvement and engagement"], groups=["Patients and the public"],
                        applicants="residents at higher risk of %s" % cname, theme="finding undiagnosed %s" % cname,
                        why="Many cases of %s in the area are undiagnosed, especially in deprived neighbourhoods." % cname,
                        how="Community pharmacies, GP practices and voluntary groups run targeted events and text message invitations.",
                        budget=(10000, 150000), n_awards=(0, 0), focus="clinical", ckind="campaign")
        reg = ics["region"]
        owner = w.get("HEER:" + reg)
        skill, trainees = SKILLS[int(r.random() * len(SKILLS))]
        nm = "%s %s %s" % (owner.name, skill, ["fellowships", "programme", "scholarships"][int(r.random() * 3)])
        return dict(key="hee:" + nm, name=nm, short="%s %s" % (skill, "fellowships"), owner="ACT:" + owner.key, owner_actor=owner,
                    src="hee", label="{yearlab}", kbase=0, start_month=[4, 9, 10][int(r.random() * 3)], dur=12, years=(2016, 2024),
                    acts=["training-and-skills"], instr="fellow", offers="no", recip="none", stages=["Adoption"],
                    drivers=["Skills, capabilities and leadership"], groups=["Clinicians"], applicants=trainees, theme=skill,
                    why="Staff need protected time and support to build %s skills." % skill,
                    how="Fellows spend one day a week on a project with mentoring and taught sessions.", budget=(60000, 400000),
                    n_awards=(6, 30), work=True, skill=(skill, trainees), focus="both", ckind="cohort")

    def gen_local(self, room):
        r = self.r
        w = self.w
        ics, town = self.place()
        y = self.rint(2015, 2025)
        start = self.start_in(y)
        lt = wpick(r, [("trust", 45), ("icb", 15), ("univ", 15), ("pcn", 10), ("charity_local", 10), ("council", 5)])
        lead = w.lead_of_type(lt, ics, town, start)
        p = self.newp()
        p.ics, p.town, p.lead = ics, town, lead
        p.start = start
        p.end = end_after(start, self.rint(6, 36))
        x = r.random()
        if x < 0.62:
            p.mode = "clin"
            p.tech_key, p.cond_key = self.clin_topic(None, y, lead)
            p.pop = self.pop_for(p.cond_key)
            p.setting = self.setting_for(p.cond_key, p.tech_key)
            p.focus = "clinical"
            p.tech_area = CLIN_TECH[p.tech_key][5]
        elif x < 0.9:
            p.mode = "ops"
            p.tech_key = self.ops_topic(y, lead)
            p.setting = OPS_SETTINGS[int(r.random() * len(OPS_SETTINGS))]
            p.focus = OPS_TECH[p.tech_key][7]
            p.tech_area = OPS_TECH[p.tech_key][6]
        else:
            p.mode = "work"
            p.skill, p.trainees = SKILLS[int(r.random() * len(SKILLS))]
            p.setting = OPS_SETTINGS[int(r.random() * len(OPS_SETTINGS))]
            p.focus = "both"
            p.tech_area = "workforce and skills"
        key = ("lead", lead.key, p.tech_key or p.skill, p.cond_key)
        if key in self.keys or key in self.busy:
            return []
        p.pop2 = POP2_LIST[int(r.random() * len(POP2_LIST))] if r.random() < 0.4 else None
        p.place = town if r.random() < 0.7 else ics["name"]
        ltn = {"industry": "company", "academia": "univ", "healthcare-provider": "trust"}.get(lead.kind, "other")
        p.partners = [a for a in self.partners_for(ltn, ics, town, start) if a.key != lead.key]
        p.local_funder = LOCAL_FUNDERS[int(r.random() * len(LOCAL_FUNDERS))]
        p.funder = lead
        p.budget = self.budget(15000, 400000) if r.random() < 0.85 else None
        acts = [["other"], ["evaluation-and-evidence"], ["infrastructure"], ["training-and-skills"], ["networking-and-brokerage"],
                ["procurement-and-commissioning"], ["evaluation-and-evidence", "other"]][int(r.random() * 7)]
        if p.mode == "work":
            acts = ["training-and-skills"]
        self.common(p, dict(acts=acts, instr=None, offers="no" if r.random() < 0.7 else None, recip=None,
                            stages=[["Testing and evaluation"], ["Adoption"], ["Development"], ["Adoption", "Spread"]][int(r.random() * 4)],
                            drivers=[DRIVERS[int(r.random() * 6)]], groups=[["Adopters"], ["Clinicians"], ["Patients and the public"], ["Managers"]][int(r.random() * 4)]))
        if p.offers == "no":
            p.recip = "none" if r.random() < 0.5 else None
        if p.mode == "clin" and r.random() < 0.1:
            p.acro = self.make_acro(p)
        self.facts(p, "local")
        p.home_src = {"healthcare-provider": "trust", "commissioner": "ics", "academia": "univ"}.get(lead.kind, "ics" if r.random() < 0.5 else "charity")
        key = ("lead", lead.key, p.tech_key or p.skill, p.cond_key)
        if not self.commit(p, key):
            return []
        out = [p]
        if p.mode == "clin" and r.random() < 0.12 and room > 1:
            tw = self.make_twin(p)
            if tw is not None:
                out.append(tw)
        return out

    def gen_single(self, room):
        if not self.singles:
            return self.gen_local(room)
        s = self.singles.pop()
        w = self.w
        r = self.r
        p = self.newp()
        p.mode = "nat"
        p.single = s
        p.scope = "national"
        p.lead = w.get(s["owner"])
        p.funder = p.lead
        p.partners = [w.get(k) for k in s["partners"]]
        p.start = (s["start"][0], s["start"][1], 1)
        p.end = end_after((s["end"][0], s["end"][1], 1), 1)
        p.focus = s["focus"]
        if s.get("budget"):
            lo, hi = s["budget"]
            p.budget, p.budget_hi = lo, (hi if hi != lo else None)
            p.period = s.get("period")
        self.common(p, s)
        p.evaluated = p.evaluated
        self.facts(p, "national")
        p.home_src = {"arms-length-body": "nhse", "network": "nhse", "regulator": "alb", "research-funder": "ukri", "academia": "nihr",
                      "government-department": "alb", "other": "nhse", "charity": "charity"}.get(p.lead.kind, "nhse")
        if p.lead.key in ("NICE", "MHRA"):
            p.home_src = "alb"
        self.commit(p, ("single", s["name"]))
        return [p]

    def build(self, n):
        r = self.r
        kinds = [("awards", 36), ("rollout", 15), ("rounds", 11), ("phased", 9), ("local", 27), ("single", 2)]
        gens = {"awards": self.gen_awards, "rollout": self.gen_rollout, "rounds": self.gen_rounds, "phased": self.gen_phased,
                "local": self.gen_local, "single": self.gen_single}
        guard = 0
        while len(self.progs) < n:
            guard += 1
            if guard > n * 50:
                raise RuntimeError("cannot build enough distinct programmes")
            room = n - len(self.progs)
            gens[wpick(r, kinds)](room)
        # trim families to programmes kept
        del self.progs[n:]
        keep = set(id(p) for p in self.progs)
        for fid, (kind, members) in list(self.fams.items()):
            self.fams[fid] = (kind, [p for p in members if id(p) in keep])
        for i, p in enumerate(self.progs):
            p.pid = i
        return self.progs


def dedupe(actors):
    seen, out = set(), []
    for a in actors:
        if a is not None and a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out

# ============================================================== 6. registers and rendering
"""Registers (who records what, in which house style), the renderer that turns
a programme into a spreadsheet row, and the planted-duplicate planner."""

# voices: how descriptions are written; prec: date precision; enum: how enumerations are spelt;
# bools: yes/no style; sep: multi-value separator; tcase: title case; own: how actors are referenced;
# budget: how money is shown; miss: share of rows with no description; complete: column completeness.
SOURCES = {
    "nihr": dict(label=["NIHR Funding and Awards extract {y}", "NIHR awards data ({y})", "NIHR open data - awards {y}"],
                 owner="lead", voices=[("abstract", 4), ("headed", 4), ("lay", 1), ("boilerfirst", 1)],
                 prec=[("day", 6), ("month", 3), ("year", 1)], enum=[("words", 5), ("slug", 3), ("loose", 2)],
                 bools=[("yes", 8), ("YN", 2)], sep=[("; ", 6), (";", 4)], tcase=[("as", 8), ("title", 2)],
                 own=[("name", 7), ("acr", 2), ("id", 1)], budget=[("exact", 9), ("none", 1)], years=(2016, 2025),
                 miss=0.04, complete=0.9, gbp=0.7, typo=0.03),
    "ukri": dict(label=["UKRI Gateway to Research extract {y}", "Innovate UK funded projects ({y})", "UKRI project data {y}"],
                 owner="lead", voices=[("abstract", 6), ("lay", 2), ("note", 2)], prec=[("day", 8), ("month", 2)],
                 enum=[("slug", 6), ("words", 4)], bools=[("tf", 6), ("yes", 4)], sep=[(";", 7), ("; ", 3)],
                 tcase=[("as", 9), ("upper", 1)], own=[("name", 8), ("id", 2)], budget=[("exact", 10)], years=(2016, 2025),
                 miss=0.06, complete=0.85, gbp=0.9, typo=0.03),
    "sbri": dict(label=["SBRI Healthcare portfolio {y}", "SBRI Healthcare funded projects list ({y})"], owner="lead",
                 voices=[("abstract", 3), ("case", 2), ("boilerfirst", 3), ("note", 2)], prec=[("month", 7), ("day", 3)],
                 enum=[("words", 6), ("loose", 4)], bools=[("yes", 10)], sep=[("; ", 8), (";", 2)], tcase=[("as", 7), ("title", 3)],
                 own=[("name", 9), ("acr", 1)], budget=[("exact", 9), ("none", 1)], years=(2016, 2025), miss=0.05, complete=0.85,
                 gbp=0.5, typo=0.04),
    "charity": dict(label=["360Giving grants data: {body} ({y})", "{body} grants list {y}", "{body} funded projects {y}"],
                    owner="lead", voices=[("lay", 4), ("abstract", 3), ("note", 2), ("boilerfirst", 1)], prec=[("day", 8), ("month", 2)],
                    enum=[("loose", 6), ("words", 4)], bools=[("10", 5), ("yes", 5)], sep=[("; ", 5), (";", 5)],
                    tcase=[("as", 7), ("sentence", 3)], own=[("name", 8), ("nopunct", 2)], budget=[("exact", 9), ("none", 1)],
                    years=(2015, 2025), miss=0.06, complete=0.75, gbp=0.8, typo=0.04),
    "eu": dict(label=["CORDIS project extract {y}", "EU-funded projects with UK partners ({y})"], owner="lead",
               voices=[("abstract", 7), ("note", 3)], prec=[("day", 10)], enum=[("slug", 5), ("words", 5)], bools=[("yes", 10)],
               sep=[(";", 10)], tcase=[("upper", 3), ("as", 7)], own=[("name", 7), ("acr", 3)], budget=[("exact", 10)],
               years=(2015, 2025), miss=0.03, complete=0.85, gbp=1.0, typo=0.02),
    "ics": dict(label=["{body} innovation register {y}", "{body} transformation projects log ({fy})", "{body} programme tracker {fy}"],
                owner="body", voices=[("case", 3), ("note", 4), ("lay", 2), ("abstract", 1)], prec=[("month", 6), ("year", 2), ("day", 2)],
                enum=[("loose", 7), ("words", 3)], bools=[("YN", 4), ("mixed", 6)], sep=[("; ", 5), (";", 3), (" ; ", 2)],
                tcase=[("as", 6), ("title", 2), ("lower", 2)], own=[("acr", 4), ("name", 4), ("lower", 1), ("amp", 1)],
                budget=[("exact", 5), ("upto", 2), ("peryear", 1), ("none", 2)], years=(2016, 2025), miss=0.1, complete=0.65,
                gbp=0.3, typo=0.07),
    "ahsn": dict(label=["{body} annual impact return {fy}", "{body} programme portfolio {y}", "{body} project log ({fy})"],
                 owner="body", voices=[("case", 5), ("note", 2), ("abstract", 2), ("lay", 1)], prec=[("month", 7), ("day", 3)],
                 enum=[("words", 6), ("loose", 4)], bools=[("yes", 7), ("YN", 3)], sep=[("; ", 7), (";", 3)],
                 tcase=[("as", 7), ("title", 3)], own=[("name", 5), ("acr", 4), ("id", 1)],
                 budget=[("exact", 6), ("range", 2), ("none", 2)], years=(2016, 2025), miss=0.07, complete=0.75, gbp=0.5, typo=0.05),
    "nhse": dict(label=["NHS England programme register {y}", "NHSE/I innovation programmes list ({fy})", "National programmes register {y}"],
                 owner="funder", voices=[("abstract", 3), ("boilerfirst", 2), ("note", 2), ("mapping", 2), ("case", 1)],
                 prec=[("month", 6), ("day", 4)], enum=[("slug", 4), ("words", 6)], bools=[("yes", 10)], sep=[("; ", 6), (";", 4)],
                 tcase=[("as", 8), ("title", 2)], own=[("acr", 5), ("name", 4), ("id", 1)],
                 budget=[("exact", 6), ("range", 1), ("upto", 1), ("none", 2)], years=(2016, 2025), miss=0.06, complete=0.8, gbp=0.6, typo=0.03),
    "alb": dict(label=["{body} programme list {y}", "{body} corporate plan annex ({fy})"], owner="funder",
                voices=[("mapping", 3), ("abstract", 3), ("note", 2)], prec=[("month", 6), ("year", 4)], enum=[("words", 7), ("slug", 3)],
                bools=[("yes", 10)], sep=[("; ", 10)], tcase=[("as", 10)], own=[("acr", 6), ("name", 4)],
                budget=[("exact", 4), ("range", 2), ("none", 4)], years=(2016, 2025), miss=0.05, complete=0.75, gbp=0.6, typo=0.02),
    "hee": dict(label=["HEE programme list {y}", "Workforce, training and education programmes ({fy})"], owner="funder",
                voices=[("abstract", 3), ("note", 3), ("lay", 2)], prec=[("month", 7), ("year", 3)], enum=[("words", 6), ("loose", 4)],
                bools=[("yes", 6), ("YN", 4)], sep=[("; ", 8), (";", 2)], tcase=[("as", 8), ("title", 2)], own=[("name", 6), ("acr", 4)],
                budget=[("exact", 5), ("peryear", 2), ("none", 3)], years=(2016, 2025), miss=0.07, complete=0.7, gbp=0.5, typo=0.04),
    "trust": dict(label=["{body} R&D and innovation register {y}", "{body} innovation hub projects ({fy})"], owner="body",
                  voices=[("note", 4), ("case", 3), ("lay", 2), ("abstract", 1)], prec=[("day", 5), ("month", 5)],
                  enum=[("loose", 8), ("words", 2)], bools=[("mixed", 7), ("YN", 3)], sep=[("; ", 4), (";", 4), (" ; ", 2)],
                  tcase=[("as", 6), ("lower", 2), ("upper", 1), ("title", 1)], own=[("acr", 4), ("name", 4), ("lower", 2)],
                  budget=[("exact", 6), ("none", 4)], years=(2016, 2025), miss=0.1, complete=0.6, gbp=0.3, typo=0.08),
    "univ": dict(label=["{body} research office awards list {y}", "{body} external funding report ({fy})"], owner="body",
                 voices=[("abstract", 6), ("headed", 2), ("note", 2)], prec=[("day", 10)], enum=[("words", 7), ("slug", 3)],
                 bools=[("yes", 7), ("tf", 3)], sep=[(";", 6), ("; ", 4)], tcase=[("as", 10)], own=[("name", 7), ("nopunct", 3)],
                 budget=[("exact", 10)], years=(2016, 2025), miss=0.05, complete=0.75, gbp=0.7, typo=0.03),
    "hfmap": dict(label=["Health Foundation programme mapping (April-May 2021)", "HF mapping of national innovation programmes, 2021"],
                  owner="funder", voices=[("mapping", 8), ("note", 2)], prec=[("year", 8), ("month", 2)], enum=[("words", 10)],
                  bools=[("yes", 10)], sep=[("; ", 10)], tcase=[("as", 10)], own=[("acr", 7), ("name", 3)],
                  budget=[("range", 7), ("none", 3)], years=(2021, 2021), miss=0.02, complete=0.8, gbp=0.9, typo=0.01),
    "manual": dict(label=["Analyst working spreadsheet {y}", "Portfolio review {y} (manual entry)", "Copied from team tracker {y}",
                          "Landscape scan notes {y}"], owner="mixed",
                   voices=[("note", 5), ("case", 1), ("lay", 1), ("abstract", 1)], prec=[("month", 4), ("year", 4), ("day", 2)],
                   enum=[("loose", 10)], bools=[("mixed", 10)], sep=[("; ", 4), (";", 4), (" ; ", 2)],
                   tcase=[("as", 5), ("lower", 2), ("title", 2), ("upper", 1)], own=[("name", 3), ("acr", 3), ("lower", 2), ("amp", 1), ("id", 1)],
                   budget=[("exact", 4), ("range", 2), ("upto", 1), ("none", 3)], years=(2016, 2025), miss=0.12, complete=0.55, gbp=0.3, typo=0.1),
}

COLUMNS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus", "productivity_focus",
           "offers_funding", "funding_recipients", "evaluated", "rapid_evaluation", "stages", "drivers", "target_groups",
           "technology_area", "budget", "currency", "budget_period", "start_date", "end_date", "status", "source"]
# base probability that an optional column is filled in an original row
KEEP = {"owner": 0.97, "partners": 0.8, "activity_types": 0.9, "instrument_type": 0.55, "focus": 0.8, "productivity_focus": 0.5,
        "offers_funding": 0.85, "funding_recipients": 0.8, "evaluated": 0.6, "rapid_evaluation": 0.4, "stages": 0.75,
        "drivers": 0.6, "target_groups": 0.7, "technology_area": 0.7, "budget": 0.9, "budget_period": 0.6, "dates": 0.93,
        "status": 0.85}

DUP_KINDS = [("reworded", 25), ("summarised", 15), ("retitled", 15), ("double-funded", 15), ("re-reported", 15), ("transcribed", 15)]
KIND_RANK = {"reworded": 1, "re-reported": 2, "transcribed": 3, "retitled": 4, "double-funded": 5, "summarised": 6}


class Rec(object):
    __slots__ = ("prog", "src", "body", "year", "kind", "orig", "seed", "style_seed", "id", "row", "owner", "partners",
                 "budget", "end", "title_only", "recipe", "voice", "update", "stale", "copy_desc", "text_mode")

    def __init__(self, prog, src, body, year, kind=None, orig=None):
        self.prog, self.src, self.body, self.year, self.kind, self.orig = prog, src, body, year, kind, orig
        self.owner = None
        self.partners = None
        self.budget = prog.budget
        self.end = prog.end
        self.title_only = False
        self.recipe = prog.title_recipe
        self.voice = None
        self.update = False
        self.stale = False
        self.copy_desc = False
        self.text_mode = None


# ----------------------------------------------------------------------------
# registers: which bodies can plausibly record a programme
# ----------------------------------------------------------------------------
def src_body(world, p, src):
    """The organisation whose register it is (used in the label, id and owner)."""
    if src == "ahsn":
        return world.ahsn(p.ics) if p.ics else world.get("AHSNNET")
    if src == "ics":
        return world.icb_or_ccg(p.ics, p.start) if p.ics else world.get("NHSE")
    if src == "trust":
        if p.lead.kind == "healthcare-provider":
            return p.lead
        for a in p.partners:
            if a.kind == "healthcare-provider":
                return a
        return world.trust(p.town) if p.town else world.get("NHSE")
    if src == "univ":
        if p.lead.kind == "academia":
            return p.lead
        for a in p.partners:
            if a.kind == "academia" and a.key.startswith("UNI:"):
                return a
        return world.univ(p.ics) if p.ics else world.get("UKRI")
    if src == "charity":
        if p.funder is not None and p.funder.kind == "charity":
            return p.funder
        return p.lead
    if src in ("alb", "hee", "nhse"):
        return p.funder or p.lead
    return None


def alt_sources(p):
    opts = ["manual"]
    if p.ics is not None:
        opts += ["ahsn", "ics"]
    if p.lead.kind == "healthcare-provider" or any(a.kind == "healthcare-provider" for a in p.partners):
        opts.append("trust")
    if p.lead.kind == "academia" and p.lead.key.startswith("UNI:"):
        opts.append("univ")
    if p.scope == "national" or p.mode in ("nat",):
        opts += ["hfmap", "hfmap"]
    if p.funder is not None and p.funder.key in ("NHSE", "NHSX", "AAC", "NHSAI"):
        opts.append("nhse")
    return opts


def overlaps_2021(p):
    return dkey(p.start) <= 20211231 and dkey(p.end) >= 20200101


def choose_year(r, p, src, lo=None):
    y0, y1 = SOURCES[src]["years"]
    a = max(y0, p.start[0] - (1 if r.random() < 0.15 else 0))
    b = min(y1, p.end[0] + (1 if r.random() < 0.5 else 0))
    if lo is not None:
        a = max(a, lo)
    if a > b:
        a = b = max(y0, min(y1, max(p.start[0], lo or 0)))
    return a + int(r.random() * (b - a + 1))


# ----------------------------------------------------------------------------
# identifiers
# ----------------------------------------------------------------------------
class Ids(object):
    def __init__(self, rng):
        self.r = rng
        self.used = set()
        self.hseq = 0
        self.mseq = 0

    def make(self, rec):
        for _ in range(100):
            s = self._one(rec)
            if s not in self.used:
                self.used.add(s)
                return s
        raise RuntimeError("id space exhausted")

    def _one(self, rec):
        r = self.r
        p = rec.prog
        src = rec.src
        y = rec.year
        n = int(r.random() * 99999)
        if src == "nihr":
            key = getattr(p, "scheme_key", None)
            x = r.random()
            if x < 0.65 or key is None:
                return "NIHR%06d" % (100000 + int(r.random() * 210000))
            if key.startswith("i4i"):
                return "II-L%s-%02d%02d-2%04d" % ("AB"[int(r.random() * 2)], p.start[1], p.start[0] % 100, n % 10000)
            if key == "hta":
                return "HTA/%02d/%02d/%02d" % (p.start[0] % 100, 1 + n % 199 % 99, 1 + n % 47)
            if key == "rfpb":
                return "PB-PG-%02d%02d-%05d" % (p.start[1], p.start[0] % 100, n)
            return "NIHR%d" % (130000 + int(r.random() * 180000))
        if src == "ukri":
            if p.funder is not None and p.funder.key == "MRC":
                return "MR/%s%06d/1" % ("STVWXY"[int(r.random() * 6)], n)
            if p.funder is not None and p.funder.key == "EPSRC":
                return "EP/%s%06d/1" % ("STVWXY"[int(r.random() * 6)], n)
            return "%d" % (10000000 + int(r.random() * 89999999))
        if src == "sbri":
            return "SBRI-C%02d-%s-%03d" % (int(re.sub(r"\D", "", p.round_label) or 1) % 100, (p.phase or "P1").replace("Phase ", "P"), n % 1000)
        if src == "charity":
            body = rec.body
            slug = (body.acronym or body.name).replace(" ", "").replace("'", "")[:10] if body is not None else "GB"
            return "360G-%s-%06d" % (slug, n * 7 % 1000000)
        if src == "eu":
            if p.funder is not None and p.funder.key == "EITH":
                return "EITH-%d-%04d" % (y, n % 10000)
            return "101%06d" % (n * 3 % 1000000)
        if src == "ics":
            code = p.ics["code"] if p.ics else "ENG"
            return "%s-INN-%04d" % (code, n % 10000)
        if src == "ahsn":
            code = p.ics["ahsn"] if p.ics else "AHSN"
            return "%s/%02d%02d/%03d" % (code, y % 100, (y + 1) % 100, n % 1000)
        if src == "nhse":
            return "NHSE-P%05d" % n
        if src == "alb":
            body = rec.body
            acr = (body.acronym or "ALB") if body is not None else "ALB"
            return "%s-%04d" % (re.sub(r"[^A-Z]", "", acr.upper()) or "ALB", n % 10000)
        if src == "hee":
            return "HEE-%04d-%02d" % (n % 10000, y % 100)
        if src == "trust":
            body = rec.body
            acr = re.sub(r"[^A-Z]", "", (body.acronym or "") if body is not None else "") or "TR%s" % (body.id[-3:] if body is not None else "0")
            return "%s-RDI-%05d" % (acr, n)
        if src == "univ":
            body = rec.body
            return "U%s-%06d" % (body.id[-3:] if body is not None else "000", n * 11 % 1000000)
        if src == "hfmap":
            self.hseq += 1
            return "H%03d" % self.hseq
        self.mseq += 1
        return "ROW-%05d" % (self.mseq * 7 + int(r.random() * 7))


# ----------------------------------------------------------------------------
# surface variation helpers
# ----------------------------------------------------------------------------
_AB_LONG = sorted(ABBREVIATIONS, key=lambda t: -len(t[0]))
_RE_LONG = re.compile(r"\b(" + "|".join(re.escape(a) for a, _ in _AB_LONG) + r")\b")
_RE_SHORT = re.compile(r"\b(" + "|".join(re.escape(b) for _, b in sorted(ABBREVIATIONS, key=lambda t: -len(t[1]))) + r")(?![\w&])")
_L2S = dict(ABBREVIATIONS)
_S2L = {}
for _a, _b in ABBREVIATIONS:
    _S2L.setdefault(_b, _a)
_SYN = {}
for _a, _b in SYNONYMS:
    _SYN.setdefault(_a, _b)
    _SYN.setdefault(_b, _a)
_RE_SYN = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_SYN, key=len, reverse=True)) + r")\b")


def abbr_toggle(text, r, p=0.7, direction=None):
    if direction is None:
        direction = "short" if r.random() < 0.5 else "long"
    if direction == "short":
        return _RE_LONG.sub(lambda m: _L2S[m.group(1)] if r.random() < p else m.group(1), text)
    return _RE_SHORT.sub(lambda m: _S2L[m.group(1)] if r.random() < p else m.group(1), text)


def synonymise(text, r, p=0.35):
    return _RE_SYN.sub(lambda m: _SYN[m.group(1)] if r.random() < p else m.group(1), text)


_KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo(text, r, n=1):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
    for _ in range(n):
        if not idx:
            break
        i = idx[int(r.random() * len(idx))]
        w = words[i]
        j = 1 + int(r.random() * (len(w) - 2))
        op = int(r.random() * 4)
        if op == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 1:
            w = w[:j] + w[j + 1:]
        elif op == 2:
            w = w[:j] + w[j] + w[j:]
        else:
            w = w[:j] + _KEYB[int(r.random() * 26)] + w[j + 1:]
        words[i] = w
    return " ".join(words)


def truncate(text, r):
    lim = [255, 255, 500, 1000][int(r.random() * 4)]
    if len(text) <= lim:
        return text
    cut = text[:lim]
    sp = cut.rfind(" ")
    if sp > lim // 2:
        cut = cut[:sp]
    return cut.rstrip(" ,;:") + ["...", "…", "", " [truncated]"][int(r.random() * 4)]


def apply_case(s, style):
    if style == "title":
        return titlecase(s)
    if style == "sentence":
        return sentencecase(s)
    if style == "lower":
        return s.lower()
    if style == "upper":
        return s.upper()
    return s


def ref_form(a, style, r):
    """How a register refers to an actor in owner/partners cells (all tolerated by the importer)."""
    if style == "acr" and a.acronym:
        return a.acronym
    if style == "id":
        return a.id
    if style == "lower":
        return a.name.lower()
    if style == "amp" and " and " in a.name:
        return a.name.replace(" and ", " & ")
    if style == "nopunct":
        return a.name.replace("'", "").replace(",", "").replace(".", "")
    if style == "acr" and r.random() < 0.2:
        return a.name.upper() if len(a.name) < 25 else a.name
    return a.name


def text_name(a, rs):
    if a.acronym and rs.random() < 0.35:
        return a.acronym
    return getattr(a, "short", None) or a.name if rs.random() < 0.3 else a.name


def join_names(names):
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def enum_one(forms, val, style, r):
    if val not in forms:
        return val
    if style == "slug":
        return val
    if style == "words":
        return forms[val][1] if len(forms[val]) > 1 else forms[val][0]
    lst = forms[val]
    return lst[int(r.random() * len(lst))]


def yesno(val, style, r):
    if val is None:
        return ""
    if val == "partly":
        return "partly"
    yes = val == "yes"
    if style == "YN":
        return "y" if yes else "n"
    if style == "tf":
        return "true" if yes else "false"
    if style == "10":
        return "1" if yes else "0"
    if style == "mixed":
        lst = YESNO_FORMS[val]
        return lst[int(r.random() * len(lst))]
    return val


def ref_name(name, r, style):
    """Stages, drivers and groups by name, written the ways people write them."""
    if style == "slug":
        return name
    x = r.random()
    if x < 0.55:
        return name
    if x < 0.7:
        return name.lower()
    if x < 0.82:
        return name.replace(" and ", " & ")
    if x < 0.9:
        return titlecase(name)
    if x < 0.95 and name == "Skills, capabilities and leadership":
        return "Skills & leadership"
    return name.replace(",", "")


def fmt_date(d, prec):
    if d is None:
        return ""
    if prec == "year":
        return "%04d" % d[0]
    if prec == "month":
        return "%04d-%02d" % (d[0], d[1])
    return "%04d-%02d-%02d" % d


# ----------------------------------------------------------------------------
# slots and text
# ----------------------------------------------------------------------------
def make_slots(p, rec, rs, owner, partners):
    S = {}
    short_pref = rs.random() < 0.5
    t = p.txt
    n = p.n
    S["owner"] = text_name(owner, rs) if owner is not None else "the lead organisation"
    S["Owner"] = cap(S["owner"])
    S["owner_short"] = owner.acronym if owner is not None and owner.acronym else (getattr(owner, "short", None) or (owner.name if owner else ""))
    S["owner_acr"] = S["owner_short"]
    S["partners"] = join_names([text_name(a, rs) for a in partners]) or "local partners"
    fun = p.funder
    S["funder"] = text_name(fun, rs) if fun is not None else "the trust"
    if getattr(p, "local_funder", None):
        S["funder"] = p.local_funder
    sch = p.scheme
    if sch:
        names = [sch["name"]] + sch.get("alt", [])
        S["scheme"] = names[int(rs.random() * len(names))].replace("{icsname}", p.ics["name"] if p.ics else "")
        S["scheme_s"] = sch["short"]
    else:
        S["scheme"] = S["scheme_s"] = (p.call["name"] if p.call else (p.natprog["name"] if p.natprog else "local funding"))
    S["round"] = p.round_label or (p.phase or "")
    S["phase"] = p.phase or ""
    place = getattr(p, "place", None)
    if place is None:
        if p.scope == "national":
            place = "England"
        elif p.scope == "international":
            place = "the UK and Europe"
        else:
            place = p.town if (p.pid % 3) else (p.ics["name"] if p.ics else "England")
    S["place"] = place
    S["Place"] = cap(place)
    S["town"] = p.town or place
    S["area"] = getattr(p, "area", None) or (AHSNS[p.ics["ahsn"]][2] if p.ics else "England")
    S["region"] = p.ics["region"] if p.ics else "England"
    S["popn"] = ("%.1f million" % (n["popn"] / 1e6)) if n["popn"] >= 1000000 else fmt_int(n["popn"])
    exact = rs.random() < 0.6
    S["n_pat"] = fmt_int(n["n_pat"]) if exact else fmt_int(round_nice(n["n_pat"]))
    S["n_sites"] = str(n["n_sites"]) if n["n_sites"] > 10 or rs.random() < 0.5 else NUMWORDS.get(n["n_sites"], str(n["n_sites"]))
    S["prev"] = fmt_int(n["prev"])
    S["hours"] = str(n["hours"])
    S["pct"] = str(n["pct"])
    S["n_staff"] = fmt_int(n["n_staff"])
    S["reached"] = fmt_int(n["reached"])
    S["sites_done"] = str(n["sites_done"])
    S["n_awards"] = str(n["n_awards"]) if n["n_awards"] else "several"
    S["result"] = t.get("result", "")
    S["outcome"] = t.get("outcome", "")
    S["outcome2"] = t.get("outcome2", "")
    S["gap"] = t.get("gap", "")
    S["Gap"] = cap(S["gap"])
    S["measure"] = t.get("measure", "")
    ev = t.get("eval", "an evaluation")
    if short_pref:
        ev = ev.replace("randomised controlled trial (RCT)", "RCT").replace("(cost per QALY)", "")
    S["eval"] = ev.strip()
    S["Eval"] = cap(S["eval"])
    S["evaluator"] = text_name(t["evaluator"], rs) if t.get("evaluator") is not None else "an independent team"
    S["output"] = t.get("output", "")
    S["output2"] = t.get("output2", "")
    cur = p.currency
    mstyle = int(rs.random() * 3)
    b = rec.budget
    S["budget"] = money(b, cur, mstyle) if b else ""
    S["Budget"] = S["budget"]
    am = n.get("award_max") or 0
    S["award_max"] = money(am, cur, mstyle) if am else ""
    dstyle = wpick(rs, [(0, 5), (1, 3), (3, 1), (4, 1)])
    S["start"] = human_date(p.start, dstyle)
    end = rec.end
    S["end"] = human_date(end, dstyle)
    months = months_between(p.start, end)
    S["dur"] = human_dur(months)
    S["Dur"] = cap(S["dur"])
    S["year"] = str(p.start[0])
    S["yearlab"] = fin_year(p.start)
    upd = end if rec.year * 10000 + 701 > dkey(end) else add_months((rec.year, 7, 1), -1)
    S["update"] = human_date(upd, dstyle)
    # topic
    tech = CLIN_TECH.get(p.tech_key) if p.mode in ("clin", "net") and p.tech_key else None
    if tech:
        long_, short_, abbr_, does = tech[0], tech[1], tech[2], tech[3]
        S["tech"] = long_ if (not short_pref or rs.random() < 0.5) else short_
        S["tech_s"] = short_
        S["does"] = does
        S["does1"] = singular_does(does) if p.tech_key in PLURAL_TECH else does
    elif p.mode == "ops" and p.tech_key:
        o = OPS_TECH[p.tech_key]
        S["tech"], S["tech_s"], S["does"] = o[0], o[1], o[2]
        S["does1"] = o[2]
        S["process"], S["staff"], S["metric"] = o[3], o[4], o[5]
    else:
        S["tech"] = S["tech_s"] = S["does"] = S["does1"] = ""
    S["a_tech"] = tech_with_article(S["tech"])
    S["has"] = "have" if p.tech_key in PLURAL_TECH else "has"
    pv = TECH_VP.get(p.tech_key) or PURPOSE_VP.get(TECH_PURPOSE.get(p.tech_key, "svc"))
    S["purpose_vp"] = pv[int(rs.random() * len(pv))]
    S.setdefault("process", "")
    S.setdefault("staff", "staff")
    S.setdefault("metric", "")
    S["Process"] = cap(S["process"])
    S["Tech"] = cap(S["tech"])
    S["Tech_s"] = cap(S["tech_s"])
    if p.cond_key:
        c = CONDITIONS[p.cond_key]
        name_, abbr = c[0], c[1]
        if abbr and abbr.isupper() and short_pref:
            S["cond"] = abbr
        else:
            S["cond"] = name_
        S["condx"] = abbr if (abbr and abbr.isupper() and rs.random() < 0.6) else name_
        whom = WHOM_OVERRIDE.get(p.cond_key)
        if whom is None:
            if p.pop:
                whom = ("%s who have %s" if " with " in p.pop else "%s with %s") % (p.pop, S["cond"])
            else:
                whom = ["people with %s", "patients with %s", "adults with %s"][int(rs.random() * 3)] % S["cond"]
                if CONDITIONS[p.cond_key][3] in ("child", "young", "maternity", "any") and whom.startswith("adults"):
                    whom = "people with %s" % S["cond"]
        elif p.pop:
            whom = "%s (%s)" % (whom, p.pop) if rs.random() < 0.5 else "%s, particularly %s" % (whom, p.pop)
        S["whom"] = whom
    else:
        S["cond"] = S["condx"] = ""
        S["whom"] = p.pop or "local people"
    if p.cond_key:
        if p.cond_key in ACUTE:
            S["prev_clause"] = "%s %s %s %s %s each year%s" % (["Around", "Roughly", "More than", "Over"][int(rs.random() * 4)], S["prev"],
                                                                   ["cases of", "episodes of", "admissions for"][int(rs.random() * 3)] if p.cond_key not in ("falls", "preterm", "stillbirth") else "cases of",
                                                                   S["cond"], ["occur", "are recorded"][int(rs.random() * 2)],
                                                                   ["", " in " + S["area"], " locally"][int(rs.random() * 3)])
        else:
            S["prev_clause"] = "%s %s people%s %s %s" % (["Around", "Roughly", "More than", "Over"][int(rs.random() * 4)], S["prev"],
                                                         [" in " + S["area"], " across " + S["area"], " locally"][int(rs.random() * 3)],
                                                         ["live with", "are living with", "have"][int(rs.random() * 3)], S["cond"])
        cl = S["cond"].lower()
        S["tfc"] = S["tech_s"] if (cl in S["tech_s"].lower() or (CONDITIONS[p.cond_key][0].split()[0] in S["tech_s"].lower())) else "%s for %s" % (S["tech_s"], S["condx"])
    else:
        S["prev_clause"] = "Demand is rising"
        S["tfc"] = S["tech_s"]
    S["Tfc"] = cap(S["tfc"])
    S["Cond"] = cap(S["cond"])
    S["Condx"] = cap(S["condx"])
    S["pop"] = p.pop or "patients"
    S["pop2"] = p.pop2 or "people in the most deprived neighbourhoods"
    S["setting"] = p.setting or "local services"
    S["site"] = getattr(p, "site", None) or SITE_OF.get(p.setting, "sites")
    S["skill"] = p.skill or ""
    S["Skill"] = cap(S["skill"])
    S["trainees"] = getattr(p, "trainees", None) or "staff"
    np_ = p.natprog
    if np_:
        S["prog"] = np_["name"]
        S["prog_s"] = np_["name"] if len(np_["name"]) < 30 else (np_["name"].split(" (")[0])
        S["what"] = np_["what"]
        S["What"] = cap(np_["what"])
        S["prog_how"] = np_["how"]
        S["prog_why"] = np_["why"]
    else:
        S["prog"] = getattr(p, "prog_name", None) or S["scheme"]
        S["prog_s"] = S["prog"]
        S["what"] = S["What"] = S["prog_how"] = S["prog_why"] = ""
    c = p.call
    if c:
        S["call"] = c["name"]
        S["call_s"] = c["short"]
        S["applicants"] = c["applicants"]
        S["theme"] = c["theme"]
        S["call_why"] = c["why"]
        S["call_how"] = c["how"]
    else:
        S["call"] = S["call_s"] = S["applicants"] = S["theme"] = S["call_why"] = S["call_how"] = ""
    s = p.single
    if s:
        S["nat_name"] = s["name"]
        S["Nat_name"] = cap(s["name"])
        S["nat_acr"] = s["acr"] or ""
        S["nat_paren"] = (" (%s)" % s["acr"]) if s["acr"] else ""
        S["nat_what"] = s["what"]
        S["nat_how"] = s["how"]
        S["nat_why"] = ["It responds to %s." % ["the Accelerated Access Review", "the NHS Long Term Plan", "the Life Sciences Vision",
                                                  "calls from innovators and NHS organisations for clearer support"][p.pid % 4],
                        "The programme was created because %s." % ["adoption of proven innovation in the NHS is slow and uneven",
                                                                   "innovators find the NHS hard to navigate",
                                                                   "evidence on what works is often generated too slowly"][p.pid % 3]][p.pid % 2]
        S["nat_obj"] = s["what"].split(" ", 1)[1] if " " in s["what"] else s["what"]
        S["nat_groups"] = join_names([g.lower() for g in p.groups]) or "the health and care system"
    else:
        S["nat_name"] = S["Nat_name"] = S["nat_acr"] = S["nat_what"] = S["nat_how"] = S["nat_why"] = S["nat_obj"] = S["nat_groups"] = S["nat_paren"] = ""
    rl = (p.round_label or "").lower()
    S["round_w"] = "" if any(w_ in rl for w_ in ("round", "cohort", "intake", "call", "competition", "wave", "pilot")) else \
        [" round", " call", " intake", ""][int(rs.random() * 4)]
    am_ = S["award_max"]
    S["award_clause"] = (" of up to " + am_) if am_ else ""
    S["prog_paren"] = (" (%s)" % S["prog_s"]) if S["prog_s"] and S["prog_s"] != S["prog"] else ""
    S["area_paren"] = (" (%s)" % S["area"]) if S["area"] and S["area"].lower() not in S["place"].lower() and S["place"].lower() not in S["area"].lower() else ""
    if p.tech_key in PATIENT_FACING:
        S["user_how"] = G("[Patients|People] [are|will be] [identified|invited|referred] [through|via|from] [GP records|routine clinics|discharge lists|community outreach] and [offered|given|supported to use] {tech_s}.", rs, S)
    else:
        S["user_how"] = G("[Clinicians|Staff|Teams] in {setting} [will use|use|are using] {tech_s} [alongside|as part of|within] [existing pathways|usual care|the current pathway], [supported by|with] [training|a clinical champion|an implementation lead|digital navigators].", rs, S)
    if c:
        ck = c.get("ckind", "funding" if n["n_awards"] else "campaign")
        T_ = {"funding": ["The {round}{round_w} of {call}[{call_paren}|] [invites applications from|supports] {applicants}[, focusing on {theme}|].",
                          "[The|This] {round}{round_w} [offers|provides] [up to|around] {n_awards} [awards|grants]{award_clause} for {applicants}."],
              "cohort": ["The {round}{round_w} of {call}[{call_paren}|] [offers places to|brings together] [around |up to |]{n_awards} {applicants}.",
                         "[The|This] {round}{round_w} [recruits|supports] {applicants}[, focusing on {theme}|]."],
              "awards": ["The {round}{round_w} of {call} [recognises|celebrates] {applicants}[, focusing on {theme}|].",
                         "[Around|Up to] {n_awards} [awards|prizes] [are|will be] presented to {applicants}."],
              "campaign": ["The {yearlab} campaign [targets|reaches out to] {applicants}[, focusing on {theme}|].",
                           "[This year's|The {yearlab}] [campaign|drive] [focuses on|aims at] {theme} among {applicants}."]}[ck]
        S["call_paren"] = (" (%s)" % c["short"]) if c["short"] != c["name"] else ""
        S["call_aim"] = G(T_[int(rs.random() * len(T_))], rs, S)
    else:
        S["call_aim"] = ""
    S["other"] = ""
    S["Recorder"] = ""
    S["mapobj"] = ""
    return S


def boiler_text(p, rec, rs, S):
    if p.scheme:
        b = p.scheme["boiler"]
        i = 0 if rec.src == p.scheme["src"] else 1
        if rs.random() < 0.2:
            i = 1 - i
        return b[i].replace("{icsname}", p.ics["name"] if p.ics else "ICS")
    if p.natprog:
        return G("{prog} is a national programme [led|funded|coordinated] by {funder}[ and delivered locally|].", rs, S)
    if p.call:
        return p.call["why"]
    if p.single:
        return None
    return None


def facet_text(name, p, rec, rs, S):
    mode = p.mode
    if name == "boiler":
        return boiler_text(p, rec, rs, S)
    if name == "funding" and not S["budget"]:
        name = "funding_nobudget"
    if name == "partners" and not rec.partners:
        return None
    if name == "mapping":
        mo = TPL[mode]["mapobj"]
        S["mapobj"] = G(mo[int(rs.random() * len(mo))], rs, S, capfirst=False)
    lst = TPL[mode].get(name) or TPL["*"].get(name)
    if not lst:
        return None
    return G(lst[int(rs.random() * len(lst))], rs, S)


def describe(p, rec, rs, S, voice):
    if voice == "headed":
        secs = [("context", ["context"]), ("aim", ["aim"]), ("how", ["how", "where", "evaluation"]), ("impact", ["outputs", "who"])]
        if rec.update:
            secs.append(("results", ["update"]))
        inline = rs.random() < 0.4
        joiner = "\n\n" if rs.random() < 0.7 else "\n"
        out = []
        for h, facets in secs:
            txts = []
            for f in facets:
                if f in ("context", "aim", "update") or rs.random() < 0.7:
                    x = facet_text(f, p, rec, rs, S)
                    if x:
                        txts.append(x)
            if not txts:
                continue
            hd = HEADINGS[h][int(rs.random() * len(HEADINGS[h]))].rstrip(":")
            out.append(("%s: %s" if inline else "%s\n%s") % (hd, " ".join(txts)))
        return joiner.join(out)
    if voice == "note":
        m = TPL[p.mode]["aim_short"]
        items = [G(m[int(rs.random() * len(m))], rs, S)]
        if rs.random() < 0.7 and S["place"].lower() not in items[0].lower():
            items.append(cap(S["place"]))
        if rs.random() < 0.6:
            yy = ("%s-%s" % (p.start[0], rec.end[0])) if rec.end[0] != p.start[0] else str(p.start[0])
            items.append("%s to %s" % (S["start"], S["end"]) if rs.random() < 0.6 else yy)
        if S["budget"] and rs.random() < 0.5:
            items.append(S["budget"])
        if rs.random() < 0.4:
            items.append("Lead: " + S["owner"])
        if rs.random() < 0.3 and rec.partners:
            items.append("Partners: " + S["partners"])
        if rs.random() < 0.25:
            items.append("Eval: " + S["eval"])
        if rec.update:
            items.append(G(TPL["*"]["update"][int(rs.random() * 3)], rs, S))
        j = ["; ", ". ", " | ", ". ", "\n"][int(rs.random() * 5)]
        return j.join(items)
    if voice == "summary":
        x = facet_text("aim", p, rec, rs, S) or ""
        if rs.random() < 0.5:
            x += " " + (facet_text("where" if rs.random() < 0.6 else "timeline", p, rec, rs, S) or "")
        return x.strip()
    plan = PLANS[voice]
    parts = []
    for name, prob in plan:
        if name == "update":
            prob = 0.9 if rec.update else 0.0
        elif name == "outputs" and rec.update and voice == "case":
            continue
        if rs.random() < prob:
            if name == "partners" and S["partners"] in " ".join(parts):
                continue
            x = facet_text(name, p, rec, rs, S)
            if x:
                parts.append(x)
    if rec.update and voice != "case":
        parts.append(facet_text("update", p, rec, rs, S))
    if len(parts) > 3 and rs.random() < 0.3:
        k = 1 + int(rs.random() * (len(parts) - 1))
        return " ".join(parts[:k]) + "\n\n" + " ".join(parts[k:])
    return " ".join(parts)


def make_title(p, rec, rs, S, recipe):
    m = p.mode
    dash = [" - ", " – ", ": "][int(rs.random() * 3)]
    acro = p.acro
    if m == "clin":
        opts = ["{Tfc} in {setting}[ ({place})|]",
                (acro + ": " if acro else "") + "{a_tech} to {purpose_vp} {cond} in {setting}",
                "[Towards |]{outcome} [in|for] {condx} [through|with|using] {tech_s}",
                "{Place} {condx} {tech_s} [pilot|project|service|programme]",
                ("{scheme_s} {round}: {tfc}" if p.scheme else "{Tech_s} for {whom}" + dash + "{place}"),
                "[Evaluation of|Implementing|Scaling up|Testing] {tech_s} for {whom}",
                (acro + dash + "{tfc}") if acro else "{Tech} in {setting}: {condx}",
                "{Tfc}: [a feasibility study|a pragmatic trial|a mixed-methods evaluation|an implementation study|a service evaluation][ in {place}|]",
                "Can {tech_s} {purpose_vp} {cond}[ in {setting}|]?[ " + (acro or "") + "|]",
                "{owner_short}[:| -] {tfc}",
                "{Tfc} [pilot|service|project|programme]" + dash + "{place}",
                (("The " + acro + " [study|trial|project]: {tech_s} for {whom}") if acro else "{Tech_s} to {purpose_vp} {whom}[ in {place}|]")]
    elif m == "ops":
        opts = ["{Tech_s} in {setting}[ ({place})|]",
                (acro + ": {tech} to [reduce|cut] {metric}") if acro else "{Tech} to reduce {metric} [at|in] {owner_short}",
                "{owner_short} {tech_s} [pilot|programme|roll-out]",
                "[Implementing|Scaling up|Testing] {tech_s} [for|in] {process}",
                "{Process} [automation|transformation|improvement]" + dash + "{owner_short}",
                "[Reducing|Cutting] {metric} with {tech_s}[ at {owner_short}|]",
                "{Tech_s}" + dash + "{place}",
                "{owner_short}: {tech_s} for {process}"]
    elif m == "work":
        if getattr(p, "prog_name", None):
            opts = [p.prog_name + dash + "{place}", "{Place} " + p.prog_name.lower(), p.prog_name + " ({place})"]
        elif p.call:
            opts = ["{call} {round}", "{call} ({yearlab})", "{call_s}: {round}"]
        else:
            opts = ["{Skill} [fellowship|programme|academy] for {trainees}", "{Place} {skill} [programme|academy|fellowships]",
                    "[Developing|Building] {skill} [capability|skills] [in|across] {place}"]
    elif m == "net":
        opts = ["{prog}" + dash + "{place}", "{Place}: {prog}", "{prog_s} ({owner_acr})", "[Delivering|Spreading|Rolling out] {prog} [in|across] {place}",
                "{prog_s} [local delivery|regional roll-out]" + dash + "{place}"]
    elif m == "call":
        opts = ["{call} {round}", "{call} ({yearlab})", "{call_s}: {round}",
                ("{call}" + dash + "{theme} ({round})") if p.call["theme"].lower() not in p.call["name"].lower() else "{call} {round}"]
    else:
        opts = ["{nat_name}", ("{nat_name} ({nat_acr})" if p.single.get("acr") else "{nat_name}"), "{nat_name} programme", "{nat_name}"]
    t = G(opts[recipe % len(opts)], rs, S)
    if p.phase and p.phase.lower() not in t.lower():
        t = (t + (" - " if ":" in t else dash) + p.phase) if (":" in t or rs.random() < 0.6) else (p.phase + ": " + t)
    return t


def edit_title(t, r, p):
    ops = int(r.random() * 5)
    if ops == 0:
        t = apply_case(t, ["title", "sentence", "lower"][int(r.random() * 3)])
    elif ops == 1:
        t = t.replace(" and ", " & ") if " and " in t else t.replace(" & ", " and ")
        t = abbr_toggle(t, r, 1.0)
    elif ops == 2:
        if p.acro and t.startswith(p.acro):
            t = t[len(p.acro):].lstrip(":–- ")
        else:
            t = t + [" (pilot)", " project", " programme", ""][int(r.random() * 4)]
    elif ops == 3:
        t = t.replace(" – ", " - ").replace(": ", " - ") if r.random() < 0.5 else t.replace(" - ", ": ")
        t = abbr_toggle(t, r, 1.0)
    else:
        sch = p.scheme
        if sch and r.random() < 0.7:
            t = "%s: %s" % (sch["short"], t)
        else:
            t = synonymise(t, r, 0.6)
    return cap(t.strip())


def facet_surfaces(p, facet):
    if facet == "place":
        out = [getattr(p, "place", None) or "", p.town or ""]
        if p.ics:
            out += [p.ics["name"], AHSNS[p.ics["ahsn"]][2]]
        return [s.lower() for s in out if s]
    if facet == "round":
        return [s.lower() for s in [p.round_label, str(p.start[0]), fin_year(p.start)] if s]
    if facet == "cond":
        c = CONDITIONS[p.cond_key]
        return [s.lower() for s in [c[0], c[1]] if s]
    if facet == "pop":
        return [p.pop.lower()] if p.pop else []
    if facet == "phase":
        return [p.phase.lower()] if p.phase else []
    return []


def facet_sentence(p, facet, r):
    if facet == "place":
        return ["Area: %s.", "Covers %s.", "Location: %s.", "Delivered in %s."][int(r.random() * 4)] % (getattr(p, "place", None) or p.town)
    if facet == "round":
        return ["Round: %s.", "This entry covers %s.", "(%s)"][int(r.random() * 3)] % (p.round_label or fin_year(p.start))
    if facet == "cond":
        return ["Condition: %s.", "Clinical area: %s.", "Focus: %s."][int(r.random() * 3)] % CONDITIONS[p.cond_key][0]
    if facet == "pop":
        return ["Target population: %s.", "Cohort: %s.", "Aimed at %s."][int(r.random() * 3)] % p.pop
    if facet == "phase":
        return ["%s award.", "Stage: %s.", "Funding stage: %s."][int(r.random() * 3)] % p.phase
    return ""


def facet_tag(p, facet, r):
    if facet == "place":
        return [" - %s", " (%s)", ", %s"][int(r.random() * 3)] % (getattr(p, "place", None) or p.town)
    if facet == "round":
        return " (%s)" % (p.round_label or fin_year(p.start))
    if facet == "cond":
        return " - %s" % CONDITIONS[p.cond_key][0]
    if facet == "pop":
        return " for %s" % p.pop
    if facet == "phase":
        return " (%s)" % p.phase
    return ""

# ============================================================== 7. planting duplicates, writing files, CLI
"""Planting duplicates, rendering rows, writing the three CSV files."""


def body_source(a):
    """Which kind of register an organisation keeps."""
    k = a.key
    if k.startswith("AHSN:") or k in ("AHSNNET", "AHSNS"):
        return "ahsn"
    if k.startswith("ICB:") or k.startswith("CCG:"):
        return "ics"
    if k in ("NIHR",) or k.startswith("ARC:"):
        return "nihr"
    if k in ("IUK", "MRC", "EPSRC", "UKRI", "ESRC"):
        return "ukri"
    if k == "SBRIH":
        return "sbri"
    if k in ("HEE",) or k.startswith("HEER:"):
        return "hee"
    if k in ("MHRA", "NICE", "UKHSA", "PHE", "CQC"):
        return "alb"
    if k in ("NHSE", "NHSX", "NHSD", "AAC", "NHSAI", "OLS", "DHSC") or k.startswith("NHSER:"):
        return "nhse"
    if a.kind == "charity":
        return "charity"
    if a.kind == "healthcare-provider":
        return "trust"
    if a.kind == "academia" and k.startswith("UNI:"):
        return "univ"
    if k in ("EITH", "EC"):
        return "eu"
    return "manual"


def decide_actors(rec, W, r):
    p = rec.prog
    mode = SOURCES[rec.src]["owner"]
    lead = p.lead
    fund = p.funder if (p.funder is not None and not getattr(p, "local_funder", None)) else None
    if rec.owner is not None:
        owner = rec.owner
        pool = [lead] + ([fund] if fund else []) + p.partners
    else:
        if mode == "funder" and fund is not None:
            owner = fund
        elif mode == "body" and rec.body is not None:
            involved = rec.body.key in [a.key for a in [lead] + p.partners + ([fund] if fund else [])]
            owner = rec.body if (involved and r.random() < 0.6) else lead
        elif mode == "mixed" and fund is not None and r.random() < 0.4:
            owner = fund
        else:
            owner = lead
        pool = [lead] + p.partners + ([fund] if (fund is not None and r.random() < 0.5) else [])
        if mode == "body" and rec.body is not None and rec.kind is not None and r.random() < 0.5:
            pool.append(rec.body)
    parts = dedupe([a for a in pool if a is not None and a.key != owner.key])
    if len(parts) > 1 and r.random() < 0.2:
        parts = parts[:-1]
    return owner, parts


def make_copy(p, kind, W, r, orig):
    if kind == "re-reported" and orig.year >= 2025:
        kind = "reworded"
    if kind == "re-reported":
        c = Rec(p, orig.src, orig.body, min(2025, orig.year + 1 + (1 if r.random() < 0.4 else 0)), kind, orig)
        c.style_seed = orig.style_seed if r.random() < 0.8 else r.getrandbits(31)
        c.update = True
        if r.random() < 0.4:
            c.end = end_after((p.end[0], p.end[1], 1), 1 + int(r.random() * 3))
        if p.budget and r.random() < 0.3:
            c.budget = int(round(p.budget * (1.0 + 0.1 * r.random()), -2))
        c.recipe = orig.recipe
        return c
    if kind == "double-funded":
        cands = list(p.cofunders)
        if p.ics is not None:
            cands += [W.ahsn(p.ics), W.icb_or_ccg(p.ics, p.start)]
        cands += [a for a in p.partners if a.kind in ("charity", "healthcare-provider", "network", "commissioner", "research-funder")]
        excl = set([p.lead.key] + ([p.funder.key] if p.funder is not None else []) + ([orig.owner.key] if orig.owner is not None else []))
        cands = [a for a in dedupe(cands) if a.key not in excl]
        if not cands:
            kind = "reworded"
        else:
            B = cands[int(r.random() * len(cands))]
            src = body_source(B)
            if src in ("ahsn", "ics") and p.ics is None:
                src = "manual"
            c = Rec(p, src, B, choose_year(r, p, src), kind, orig)
            c.owner = B
            c.style_seed = r.getrandbits(31)
            if p.budget and r.random() < 0.6:
                c.budget = int(round(p.budget * (0.15 + 0.6 * r.random()), -3)) or p.budget
            c.recipe = orig.recipe if r.random() < 0.5 else orig.recipe + 1 + int(r.random() * 5)
            return c
    opts = alt_sources(p) + [orig.src]
    if kind == "summarised":
        opts += ["manual", "hfmap"] if p.scope == "national" else ["manual", "ics"]
    if kind == "transcribed":
        opts = ["manual", "manual", orig.src]
    opts = [o for o in opts if o != "hfmap" or overlaps_2021(p)]
    src = opts[int(r.random() * len(opts))]
    body = src_body(W, p, src)
    c = Rec(p, src, body, choose_year(r, p, src), kind, orig)
    c.style_seed = r.getrandbits(31)
    if kind == "summarised":
        c.voice = "summary" if r.random() < 0.75 else "note"
        c.title_only = (not orig.title_only) and r.random() < 0.12
    elif kind == "retitled":
        c.recipe = orig.recipe + 1 + int(r.random() * 5)
        c.copy_desc = r.random() < 0.4
    elif kind == "transcribed":
        c.copy_desc = True
        c.style_seed = orig.style_seed
    return c


def plan(progs, W, r, n_copies):
    records = []
    for p in progs:
        body = src_body(W, p, p.home_src)
        rec = Rec(p, p.home_src, body, choose_year(r, p, p.home_src))
        rec.seed = r.getrandbits(31)
        rec.style_seed = p.style_seed
        rec.title_only = r.random() < 0.02
        rec.owner, rec.partners = decide_actors(rec, W, r)
        p.records = [rec]
        records.append(rec)
    groups = []
    order = list(range(len(progs)))
    r.shuffle(order)
    left = n_copies
    for i in order:
        if left <= 0:
            break
        p = progs[i]
        orig = p.records[0]
        k = 2 if (left >= 2 and r.random() < 0.1) else 1
        copies = []
        for _ in range(k):
            kind = wpick(r, DUP_KINDS)
            c = make_copy(p, kind, W, r, orig)
            c.seed = r.getrandbits(31)
            c.owner, c.partners = decide_actors(c, W, r)
            copies.append(c)
        groups.append((orig, copies))
        records.extend(copies)
        p.records.extend(copies)
        left -= len(copies)
    return records, groups


def status_of(p, rec, end):
    snap = rec.year * 10000 + 701
    if dkey(p.start) > snap:
        return "planned" if (rec.prog.pid % 7) else "proposed"
    if dkey(end) < snap:
        return "concluded"
    return "active"


def render(rec, W, orig_row, orig_voice):
    p = rec.prog
    src = SOURCES[rec.src]
    r = random.Random(rec.seed)
    rs = random.Random(rec.style_seed)
    kind = rec.kind
    owner, partners = rec.owner, rec.partners
    st = status_of(p, rec, rec.end)
    if rec.stale and st == "concluded":
        st = "active"
    if st == "concluded" and r.random() < 0.5:
        rec.update = True
    S = make_slots(p, rec, rs, owner, partners)
    voice = rec.voice or (orig_voice if (kind in ("re-reported", "retitled") and orig_voice) else wpick(rs, src["voices"]))
    rec.voice = voice
    title = make_title(p, rec, rs, S, rec.recipe)
    desc = describe(p, rec, rs, S, voice)
    # ---- duplicate-specific rewriting ----------------------------------------
    if kind is not None:
        otitle = orig_row["name"]
        odesc = orig_row["description"]
        if kind == "reworded":
            if odesc and r.random() < 0.5:
                desc = reshuffle(odesc, r)
            desc = abbr_toggle(synonymise(desc, r, 0.3), r, 0.6)
            if r.random() < 0.7:
                title = edit_title(otitle, r, p)
        elif kind == "summarised":
            if odesc and r.random() < 0.3:
                sents = split_sentences(odesc)
                desc = " ".join(sents[:1 + int(r.random() * 2)])
            if r.random() < 0.6:
                title = otitle if r.random() < 0.5 else edit_title(otitle, r, p)
        elif kind == "retitled":
            if rec.copy_desc and odesc:
                desc = odesc
            if title.lower() == otitle.lower():
                title = edit_title(synonymise(title, r, 0.8), r, p)
        elif kind == "double-funded":
            other = [a for a in [p.funder, p.lead] + p.cofunders if a is not None and a.key != owner.key]
            S["other"] = text_name(other[0], rs) if other else S["partners"]
            S["Recorder"] = text_name(owner, rs)
            lst = TPL["*"]["cofund"] if S["budget"] else TPL["*"]["cofund"][:2]
            extra = G(lst[int(r.random() * len(lst))], r, S)
            desc = (desc + " " + extra) if r.random() < 0.7 else (extra + " " + desc)
            if r.random() < 0.5:
                title = edit_title(otitle, r, p)
        elif kind == "re-reported":
            if r.random() < 0.5:
                title = otitle
            if r.random() < 0.2:
                desc = synonymise(desc, r, 0.15)
        elif kind == "transcribed":
            desc = odesc or desc
            if desc:
                if r.random() < 0.5:
                    desc = abbr_toggle(desc, r, 0.8)
                desc = typo(desc, r, 1 + int(r.random() * 3))
                if r.random() < 0.35:
                    desc = truncate(desc, r)
                if r.random() < 0.1:
                    desc = desc.lower()
                if r.random() < 0.3:
                    desc = desc.replace(". ", ".  ").replace("\n\n", "\n")
            title = otitle
            if r.random() < 0.5:
                title = apply_case(title, ["lower", "title", "upper", "sentence"][int(r.random() * 4)])
            if r.random() < 0.4:
                title = typo(title, r, 1) if title.lower() == title else abbr_toggle(title, r, 1.0)
    else:
        if r.random() < src["typo"]:
            desc = typo(desc, r, 1)
        if r.random() < src["typo"] * 0.3:
            title = typo(title, r, 1)
    tcase = wpick(r, src["tcase"])
    if kind is None or r.random() < 0.3:
        title = apply_case(title, tcase)
    if r.random() < 0.03:
        title = title + " "
    # ---- what is filled in -----------------------------------------------------
    factor = {None: 1.0, "summarised": 2.0, "transcribed": 1.6}.get(kind, 1.25) * (1.6 - src["complete"])
    miss_desc = src["miss"] * (2.0 if kind == "summarised" else 1.0)
    if rec.title_only:
        desc = ""
    elif kind not in ("reworded", "retitled", "re-reported", "double-funded") and r.random() < miss_desc:
        desc = ""

    def keep(col):
        if rec.title_only:
            return False
        return r.random() >= (1.0 - KEEP[col]) * factor

    # ---- visible distinguishing facet for look-alike families -------------------
    if p.distinct:
        surf = facet_surfaces(p, p.distinct)
        if surf and not any(s_ in title.lower() for s_ in surf):
            if not desc or not any(s_ in desc.lower() for s_ in surf):
                title = title.rstrip() + facet_tag(p, p.distinct, r)
        if surf and desc and not any(s_ in desc.lower() for s_ in surf):
            fs = facet_sentence(p, p.distinct, r)
            desc = (desc + ("\n" if "\n" in desc else " ") + fs) if r.random() < 0.8 else (fs + " " + desc)
    # ---- columns -----------------------------------------------------------------
    es = wpick(r, src["enum"])
    bs = wpick(r, src["bools"])
    sep = wpick(r, src["sep"])
    prec = wpick(r, src["prec"])
    own_style = wpick(r, src["own"])
    row = dict.fromkeys(COLUMNS, "")
    row["name"] = title
    row["description"] = desc
    row["source"] = source_label(rec, r)
    if keep("owner") and owner is not None:
        row["owner"] = ref_form(owner, own_style, r)
    if partners and keep("partners"):
        row["partners"] = sep.join(ref_form(a, own_style if r.random() < 0.8 else "name", r) for a in partners)
    if p.acts and keep("activity_types"):
        acts = list(p.acts)
        if len(acts) > 1 and r.random() < 0.3:
            r.shuffle(acts)
        row["activity_types"] = sep.join(enum_one(ACT_FORMS, a, es, r) for a in acts)
    if p.instr and keep("instrument_type"):
        labels = INSTR[p.instr]
        lab = labels[int(r.random() * len(labels))] if es != "words" else labels[0]
        if es == "slug" and p.instr == "bizgrant":
            lab = "grants-for-business-rnd-and-innovation"
        if es == "loose" and r.random() < 0.3:
            lab = lab.lower()
        row["instrument_type"] = lab
    if p.focus and keep("focus"):
        row["focus"] = enum_one(FOCUS_FORMS, p.focus, es, r)
    if p.productivity and keep("productivity_focus"):
        row["productivity_focus"] = yesno(p.productivity, bs, r)
    offers_kept = p.offers is not None and keep("offers_funding")
    if offers_kept:
        row["offers_funding"] = yesno(p.offers, bs, r)
        if p.recip and keep("funding_recipients"):
            if (p.offers == "yes" and p.recip != "none") or (p.offers == "no" and p.recip == "none"):
                row["funding_recipients"] = enum_one(RECIP_FORMS, p.recip, es, r)
    if p.evaluated and keep("evaluated"):
        ev = p.evaluated
        if kind == "re-reported" and ev in (None, "no") and r.random() < 0.3:
            ev = "partly"
        row["evaluated"] = yesno(ev, bs, r)
    if p.rapid and keep("rapid_evaluation"):
        row["rapid_evaluation"] = yesno(p.rapid, bs, r)
    if p.stages and keep("stages"):
        row["stages"] = sep.join(ref_name(s, r, es) for s in p.stages)
    if p.drivers and keep("drivers"):
        row["drivers"] = sep.join(ref_name(s, r, es) for s in p.drivers)
    if p.groups and keep("target_groups"):
        row["target_groups"] = sep.join(ref_name(s, r, es) for s in p.groups)
    if p.tech_area and keep("technology_area"):
        ta = p.tech_area
        x = r.random()
        if x < 0.25:
            ta = ta.replace("; ", " / ")
        elif x < 0.45:
            ta = ta.replace("; ", ", ")
        elif x < 0.55:
            ta = titlecase(ta.replace("; ", " - "))
        row["technology_area"] = ta
    b = rec.budget
    if b and keep("budget"):
        bst = wpick(r, src["budget"])
        months = months_between(p.start, rec.end)
        if p.budget_hi and kind != "double-funded":
            row["budget"] = "%d - %d" % (b, p.budget_hi) if r.random() < 0.7 else "up to %d" % p.budget_hi
            row["budget_period"] = p.period or ""
        elif bst == "range":
            lo, hi = next((lo, hi) for lo, hi in BUDGET_BUCKETS if lo <= b < hi)
            row["budget"] = "%d - %d" % (lo, hi)
            row["budget_period"] = ["total", "", "programme total"][int(r.random() * 3)]
        elif bst == "upto":
            ceil_ = next(c for c in CEILINGS if c >= b)
            row["budget"] = "up to %d" % ceil_
            row["budget_period"] = ["per award", "total", ""][int(r.random() * 3)]
        elif bst == "peryear" and months >= 24:
            yrs = months / 12.0
            row["budget"] = "%d" % int(round(b / yrs, -2))
            row["budget_period"] = ["per year", "per annum", "annual"][int(r.random() * 3)]
        elif bst != "none":
            row["budget"] = "%d" % b
            if keep("budget_period"):
                row["budget_period"] = p.period or [human_dur(months), "total", "%s to %s" % (fin_year(p.start), fin_year(rec.end)),
                                                    "over %d months" % months, "one-off"][int(r.random() * 5)]
        if row["budget"]:
            if p.currency == "EUR":
                row["currency"] = "EUR"
            elif r.random() < src["gbp"]:
                row["currency"] = "GBP"
    if keep("dates"):
        row["start_date"] = fmt_date(p.start, prec)
        if r.random() < 0.93:
            row["end_date"] = fmt_date(rec.end, prec)
    if keep("status"):
        row["status"] = enum_one(STATUS_FORMS, st, es, r)
    for col in ("name", "description", "owner", "partners", "technology_area", "budget_period"):
        v = row[col]
        if v and v[0] in "=+-@":
            row[col] = v.lstrip("=+-@ ")
    return row


_SENT = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text):
    text = re.sub(r"^[A-Z][A-Za-z ]{2,30}(:|\n)", "", text.strip())
    text = re.sub(r"\n+[A-Z][A-Za-z ]{2,30}(:|\n)", " ", text)
    return [s for s in _SENT.split(text.replace("\n", " ")) if s.strip()]


def reshuffle(text, r):
    """Same text edited by hand: a sentence or two dropped, some moved."""
    sents = split_sentences(text)
    if len(sents) > 3:
        for _ in range(1 + int(r.random() * 2)):
            if len(sents) > 3:
                del sents[1 + int(r.random() * (len(sents) - 1))]
    if len(sents) > 2 and r.random() < 0.7:
        i = int(r.random() * len(sents))
        j = int(r.random() * len(sents))
        sents[i], sents[j] = sents[j], sents[i]
    return " ".join(sents)


def source_label(rec, r):
    src = SOURCES[rec.src]
    lab = src["label"][int(r.random() * len(src["label"]))]
    b = rec.body
    bname = (b.acronym or b.name) if b is not None else "Register"
    return lab.format(y=rec.year, fy="%d/%02d" % (rec.year, (rec.year + 1) % 100), body=bname)


def actor_rows(W, used, r):
    keys = set()
    out = []
    stack = list(used)
    while stack:
        a = stack.pop()
        if a.key in keys:
            continue
        keys.add(a.key)
        if a.member_of and a.member_of in W.by_key:
            stack.append(W.by_key[a.member_of])
    for a in W.actors:
        if a.key not in keys:
            continue
        es = wpick(r, [("slug", 5), ("words", 3), ("loose", 2)])
        kind = enum_one(KIND_FORMS, a.kind, es, r)
        if a.kind == "healthcare-provider" and es == "loose" and "Trust" not in a.name:
            kind = "provider"
        if a.kind == "commissioner" and es == "loose":
            kind = "ICB" if a.key.startswith("ICB:") else ("CCG" if a.key.startswith("CCG:") else "commissioner")
        level = enum_one(LEVEL_FORMS, a.level, es, r) if a.level else ""
        mof = ""
        if a.member_of and a.member_of in W.by_key:
            m = W.by_key[a.member_of]
            mof = m.id if r.random() < 0.5 else m.name
        out.append(dict(id=a.id, name=a.name, acronym=a.acronym or "", kind=kind, level=level, member_of=mof,
                        description=a.desc or "", source="Synthetic actor list (generate_portfolio.py)"))
    return out


def run(n, seed, dup_rate, outdir, quiet=False):
    t0 = time.time()
    rng = random.Random(seed)
    W = World(random.Random(rng.getrandbits(32)))
    n_copies = int(round(n * dup_rate))
    n_base = n - n_copies
    B = Builder(W, random.Random(rng.getrandbits(32)))
    progs = B.build(n_base)
    rp = random.Random(rng.getrandbits(32))
    records, groups = plan(progs, W, rp, n_copies)
    # stale statuses (a register that was not updated)
    for rec in records:
        if rp.random() < 0.02:
            rec.stale = True
    # identifiers, in a shuffled order so that ids say nothing about copies
    order = list(records)
    rp.shuffle(order)
    ids = Ids(random.Random(rng.getrandbits(32)))
    for rec in order:
        rec.id = ids.make(rec)
    # render originals first (copies reuse their text), then copies
    voices = {}
    for rec in records:
        if rec.kind is None:
            rec.row = render(rec, W, None, None)
            voices[id(rec)] = rec.voice
    for rec in records:
        if rec.kind is not None:
            rec.row = render(rec, W, rec.orig.row, voices.get(id(rec.orig)))
    used = []
    for rec in records:
        rec.row["id"] = rec.id
        if rec.row["owner"] and rec.owner is not None:
            used.append(rec.owner)
        if rec.row["partners"]:
            used.extend(rec.partners)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "initiatives.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=COLUMNS)
        wr.writeheader()
        for rec in order:
            wr.writerow(rec.row)
    arows = actor_rows(W, used, random.Random(rng.getrandbits(32)))
    with open(os.path.join(outdir, "actors.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=["id", "name", "acronym", "kind", "level", "member_of", "description", "source"])
        wr.writeheader()
        for row in arows:
            wr.writerow(row)
    pairs = []
    for orig, copies in groups:
        for c in copies:
            pairs.append((orig.id, c.id, c.kind))
        for i in range(len(copies)):
            for j in range(i + 1, len(copies)):
                a, b = copies[i], copies[j]
                k = a.kind if KIND_RANK[a.kind] >= KIND_RANK[b.kind] else b.kind
                pairs.append((a.id, b.id, k))
    with open(os.path.join(outdir, "planted_pairs.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["id_a", "id_b", "kind"])
        for row in pairs:
            wr.writerow(row)
    # look-alike pairs that are NOT duplicates (for measuring false positives)
    hn = []
    hr = random.Random(rng.getrandbits(32))
    for fid, (kind, members) in B.fams.items():
        ids_ = [m.records[0].id for m in members]
        if len(ids_) < 2:
            continue
        cand = [(ids_[i], ids_[i + 1]) for i in range(len(ids_) - 1)]
        if len(ids_) > 2:
            for _ in range(min(4, len(ids_))):
                i, j = hr.sample(range(len(ids_)), 2)
                cand.append((ids_[i], ids_[j]))
        seen = set()
        for a, b in cand[:10]:
            if (a, b) in seen or (b, a) in seen:
                continue
            seen.add((a, b))
            hn.append((a, b, kind))
    with open(os.path.join(outdir, "hard_negatives.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["id_a", "id_b", "kind"])
        for row in hn:
            wr.writerow(row)
    if not quiet:
        kinds = {}
        for _, _, k in pairs:
            kinds[k] = kinds.get(k, 0) + 1
        hk = {}
        for _, _, k in hn:
            hk[k] = hk.get(k, 0) + 1
        sys.stderr.write("rows=%d programmes=%d copies=%d planted_pairs=%d actors=%d hard_negative_pairs=%d time=%.1fs\n" %
                         (len(records), len(progs), n_copies, len(pairs), len(arows), len(hn), time.time() - t0))
        sys.stderr.write("pair kinds: %s\nhard-negative kinds: %s\n" % (
            ", ".join("%s=%d" % kv for kv in sorted(kinds.items())), ", ".join("%s=%d" % kv for kv in sorted(hk.items()))))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a synthetic health-innovation programme portfolio (Innoscape registers) "
                                             "with planted duplicates and hard negatives.")
    ap.add_argument("--rows", type=int, required=True, help="number of initiative rows, planted duplicates included")
    ap.add_argument("--seed", type=int, required=True, help="random seed (same seed, same files)")
    ap.add_argument("--dup-rate", type=float, default=0.02, help="share of rows that are planted duplicate copies (default 0.02)")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.rows < 2:
        ap.error("--rows must be at least 2")
    if not 0.0 <= a.dup_rate < 0.5:
        ap.error("--dup-rate must be in [0, 0.5)")
    run(a.rows, a.seed, a.dup_rate, a.out, a.quiet)


if __name__ == "__main__":
    main()
