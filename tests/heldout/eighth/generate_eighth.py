#!/usr/bin/env python3
"""Eighth test-data generator for Innoscape's duplicate detection: an evidence map.

A team of reviewers reads different sources (annual reports, evaluation reports, web pages,
parliamentary answers, audit and think-tank reports, press releases, programme websites,
devolved-nation and international publications) and extracts every programme it finds into one
shared initiatives register, summarising it in its own words.  The same programme is sometimes
extracted two or three times from different sources (the planted duplicates); many other records
are different programmes that a careful reviewer must not merge (the hard negatives).

    python3 generate_eighth.py --rows N --seed S --out DIR

Standard library only.  Deterministic per seed (no use of hash(), no iteration over sets).
The vocabulary and the "does this record state X" functions live here and are imported by
check_eighth.py.
"""
import argparse
import csv
import os
import random
import re
import sys
import time
import zlib

SNAPSHOT_YEAR = 2023          # the evidence map was compiled in 2023
SEED = 0                      # set by main(); used by the stable hash H()


def H(*parts):
    """Stable 32-bit hash (independent of PYTHONHASHSEED)."""
    return zlib.crc32(('\x1f'.join(str(p) for p in (SEED,) + parts)).encode('utf-8'))


def hfrac(*parts):
    return H(*parts) / 4294967296.0


# ----------------------------------------------------------------------------------------------
# Spelling and normalisation (shared with the checker)
# ----------------------------------------------------------------------------------------------
UK2US = {
    'programme': 'program', 'programmes': 'programs', 'centre': 'center', 'centres': 'centers',
    'organisation': 'organization', 'organisations': 'organizations', 'paediatric': 'pediatric',
    'haematological': 'hematological', 'haematology': 'hematology', 'anaemia': 'anemia',
    'tumour': 'tumor', 'tumours': 'tumors', 'behaviour': 'behavior', 'behaviours': 'behaviors',
    'ageing': 'aging', 'modelling': 'modeling', 'orthopaedic': 'orthopedic',
    'digitisation': 'digitization', 'digitised': 'digitized', 'optimise': 'optimize',
    'prioritise': 'prioritize', 'prioritised': 'prioritized', 'recognise': 'recognize',
    'recognised': 'recognized', 'organised': 'organized', 'specialised': 'specialized',
    'utilise': 'utilize', 'mobilise': 'mobilize', 'standardised': 'standardized',
    'catalogue': 'catalog', 'licence': 'license', 'travelling': 'traveling', 'favour': 'favor',
    'labour': 'labor', 'colour': 'color', 'analyse': 'analyze', 'analysed': 'analyzed',
    'enrolment': 'enrollment', 'fulfil': 'fulfill', 'judgement': 'judgment',
    'oesophageal': 'esophageal', 'gynaecology': 'gynecology', 'haemophilia': 'hemophilia',
}
US2UK = {v: k for k, v in UK2US.items()}
_UK2US_RE = re.compile(r'\b(' + '|'.join(sorted(UK2US, key=len, reverse=True)) + r')\b', re.I)


def to_us(text):
    def rep(m):
        w = m.group(0)
        us = UK2US[w.lower()]
        if w.isupper():
            return us.upper()
        if w[0].isupper():
            return us[0].upper() + us[1:]
        return us
    return _UK2US_RE.sub(rep, text)


_NONALNUM = re.compile(r'[^a-z0-9]+')


def norm(text):
    """Lower case, '&' -> and, apostrophes dropped, punctuation to spaces, US -> UK spelling;
    padded with spaces so that ' alias ' tests whole words."""
    s = text.lower().replace('&', ' and ')
    s = s.replace("'", '').replace('\u2019', '').replace('\u2018', '').replace('`', '')
    s = _NONALNUM.sub(' ', s)
    words = [US2UK.get(w, w) for w in s.split()]
    return ' ' + ' '.join(words) + ' '


# ----------------------------------------------------------------------------------------------
# Topics: a programme's topic is (technology or None, target), target = condition or population
# ----------------------------------------------------------------------------------------------
# Technologies: kind 'T' clinical / digital health, 'O' operational / administrative.
# Each entry: (kind, label, alias, alias, ...); the first form is the label, the last the short form.
TECHS = [
    ('T', 'AI-assisted imaging', 'AI imaging', 'imaging AI'),
    ('T', 'remote monitoring', 'remote patient monitoring', 'RPM'),
    ('T', 'virtual wards', 'virtual ward', 'hospital at home'),
    ('T', 'digital therapeutics', 'DTx'),
    ('T', 'wearable sensors', 'wearables'),
    ('T', 'point-of-care testing', 'point of care testing', 'POCT'),
    ('T', 'genomic testing', 'genomics'),
    ('T', 'robotic surgery', 'surgical robotics'),
    ('T', 'digital pathology',),
    ('T', 'clinical decision support', 'decision support tools', 'CDS'),
    ('T', 'video consultations', 'telehealth'),
    ('T', 'health apps', 'mobile health apps', 'mHealth'),
    ('T', 'electronic prescribing', 'e-prescribing', 'EPMA'),
    ('T', '3D printing', '3D-printed devices'),
    ('T', 'patient portals', 'patient portal'),
    ('T', 'continuous glucose monitoring', 'CGM'),
    ('T', 'smart inhalers', 'connected inhalers'),
    ('T', 'digital cognitive behavioural therapy', 'digital CBT'),
    ('T', 'home testing kits', 'self-sampling kits'),
    ('T', 'implantable devices', 'implantables'),
    ('T', 'risk prediction algorithms', 'predictive risk models'),
    ('T', 'speech and language technology', 'voice assistants'),
    ('O', 'automated rostering', 'e-rostering'),
    ('O', 'appointment scheduling', 'scheduling software'),
    ('O', 'referral processing', 'referral triage software'),
    ('O', 'robotic process automation', 'RPA'),
    ('O', 'supply chain analytics', 'inventory tracking'),
    ('O', 'speech recognition for clinical notes', 'speech recognition'),
    ('O', 'cyber security', 'cybersecurity'),
    ('O', 'patient flow analytics', 'bed management software'),
    ('O', 'cloud hosting', 'cloud migration'),
    ('O', 'natural language processing', 'NLP'),
]
# Targets: 'C' conditions / services, 'P' populations.
TARGETS = [
    ('C', 'type 2 diabetes', 'diabetes', 'T2D'),
    ('C', 'stroke', 'stroke care'),
    ('C', 'dementia', 'dementia care'),
    ('C', 'heart failure', 'HF'),
    ('C', 'atrial fibrillation', 'AF'),
    ('C', 'COPD', 'chronic obstructive pulmonary disease'),
    ('C', 'asthma',),
    ('C', 'lung cancer',),
    ('C', 'breast cancer',),
    ('C', 'bowel cancer', 'colorectal cancer'),
    ('C', 'prostate cancer',),
    ('C', 'skin cancer', 'melanoma'),
    ('C', 'blood cancers', 'haematological cancers'),
    ('C', 'sepsis',),
    ('C', 'chronic kidney disease', 'CKD'),
    ('C', 'hypertension', 'high blood pressure'),
    ('C', 'depression and anxiety', 'common mental health problems'),
    ('C', 'eating disorders',),
    ('C', 'psychosis', 'early intervention in psychosis'),
    ('C', 'perinatal mental health',),
    ('C', 'maternity care', 'maternity services'),
    ('C', 'neonatal care', 'neonatal services'),
    ('C', 'frailty',),
    ('C', 'falls prevention', 'falls'),
    ('C', 'musculoskeletal conditions', 'MSK conditions', 'MSK'),
    ('C', 'osteoarthritis',),
    ('C', 'chronic pain', 'persistent pain'),
    ('C', 'epilepsy',),
    ("C", "Parkinson's disease", "Parkinson's"),
    ('C', 'multiple sclerosis',),
    ('C', 'sickle cell disease', 'sickle cell'),
    ('C', 'liver disease',),
    ('C', 'obesity', 'weight management'),
    ('C', 'alcohol-related harm', 'alcohol harm'),
    ('C', 'smoking cessation', 'stop smoking services'),
    ('C', 'long COVID',),
    ('C', 'antimicrobial resistance', 'AMR'),
    ('C', 'wound care', 'chronic wounds'),
    ('C', 'glaucoma',),
    ('C', 'hearing loss',),
    ('C', 'anaemia',),
    ('C', 'urgent and emergency care', 'A&E'),
    ('C', 'elective surgery', 'planned surgery'),
    ('C', 'outpatient care', 'outpatient services'),
    ('P', 'older people', 'older adults'),
    ('P', 'care home residents', 'care homes'),
    ('P', 'children and young people', 'CYP'),
    ('P', 'people with learning disabilities', 'learning disabilities'),
    ('P', 'people experiencing homelessness', 'homelessness'),
    ('P', 'rural communities', 'rural areas'),
    ('P', 'armed forces veterans', 'veterans'),
    ('P', 'unpaid carers', 'carers'),
    ('P', 'ethnic minority communities', 'ethnic minority groups'),
    ('P', 'people in prison', 'prison healthcare'),
    ('P', 'NHS staff wellbeing', 'staff wellbeing'),
    ('P', 'coastal communities',),
    ('P', 'autistic people', 'autism'),
    ('P', 'Gypsy, Roma and Traveller communities', 'Traveller communities'),
    ('P', 'refugees and asylum seekers', 'refugees'),
    ('P', 'people with severe mental illness', 'severe mental illness', 'SMI'),
    ('P', 'housebound patients', 'housebound people'),
]
TECH_ALIASES = [[norm(x) for x in t[1:]] for t in TECHS]
TARGET_ALIASES = [[norm(x) for x in t[1:]] for t in TARGETS]

TARGET_CHARITY = {
    'type 2 diabetes': 'DUK', 'stroke': 'STROKE', 'dementia': 'ALZ', 'heart failure': 'BHF',
    'atrial fibrillation': 'BHF', 'hypertension': 'BHF', 'COPD': 'ALUK', 'asthma': 'ALUK',
    'lung cancer': 'CRUK', 'breast cancer': 'CRUK', 'bowel cancer': 'CRUK', 'prostate cancer': 'CRUK',
    'skin cancer': 'CRUK', 'blood cancers': 'CRUK', 'depression and anxiety': 'MIND',
    'psychosis': 'MIND', 'perinatal mental health': 'MIND', 'people with severe mental illness': 'MIND',
    'musculoskeletal conditions': 'VA', 'osteoarthritis': 'VA', 'chronic pain': 'VA',
    'epilepsy': 'EPA', "Parkinson's disease": 'PUK', 'multiple sclerosis': 'MSS',
    'sickle cell disease': 'SCS', 'liver disease': 'BLT', 'chronic kidney disease': 'KCUK',
    'older people': 'AGEUK', 'frailty': 'AGEUK', 'unpaid carers': 'CUK',
    'people with learning disabilities': 'MENCAP', 'hearing loss': 'RNID',
}

# ----------------------------------------------------------------------------------------------
# Places
# ----------------------------------------------------------------------------------------------
NATIONS = ['ENG', 'SCO', 'WAL', 'NIR']
NATION_INFO = {
    # code: (display, adjective, country-cell forms, text aliases, phrases)
    'ENG': ('England', 'English', ['England', 'GB-ENG', 'ENG'], ['England', 'English', 'NHS England'],
            ['across England', 'in England', 'for the NHS in England', 'England-wide', 'throughout England']),
    'SCO': ('Scotland', 'Scottish', ['Scotland', 'GB-SCT'], ['Scotland', 'Scottish', 'NHS Scotland'],
            ['in Scotland', 'across NHS Scotland', 'Scotland-wide', 'across Scotland']),
    'WAL': ('Wales', 'Welsh', ['Wales', 'GB-WLS'], ['Wales', 'Welsh', 'NHS Wales', 'Cymru'],
            ['in Wales', 'across Wales', 'for NHS Wales', 'Wales-wide']),
    'NIR': ('Northern Ireland', 'Northern Irish', ['Northern Ireland', 'GB-NIR'],
            ['Northern Ireland', 'Northern Irish', 'HSC NI'],
            ['in Northern Ireland', 'across Northern Ireland', 'for HSC NI']),
    'UK': ('the UK', 'UK', ['UK', 'United Kingdom', 'GB'], ['UK-wide', 'United Kingdom', 'all four UK nations', 'across the UK'],
           ['across the UK', 'UK-wide', 'in all four UK nations', 'throughout the United Kingdom']),
}
# Regions: code -> (nation, display name, short name used in programme names, abbreviation, actor code)
REGIONS = [
    ('NENC', 'ENG', 'North East and North Cumbria', 'North East and North Cumbria', 'NENC', 'AHSN-NENC'),
    ('NWC', 'ENG', 'North West Coast', 'North West Coast', 'NWC', 'AHSN-NWC'),
    ('GM', 'ENG', 'Greater Manchester', 'Greater Manchester', 'GM', 'AHSN-GM'),
    ('YH', 'ENG', 'Yorkshire and Humber', 'Yorkshire and Humber', 'Y&H', 'AHSN-YH'),
    ('EMID', 'ENG', 'East Midlands', 'East Midlands', 'EMids', 'AHSN-EM'),
    ('WMID', 'ENG', 'West Midlands', 'West Midlands', 'WMids', 'AHSN-WM'),
    ('EOE', 'ENG', 'East of England', 'East of England', 'EoE', 'AHSN-EA'),
    ('OTV', 'ENG', 'Oxford and Thames Valley', 'Thames Valley', 'OTV', 'AHSN-OX'),
    ('WOE', 'ENG', 'West of England', 'West of England', 'WoE', 'AHSN-WE'),
    ('SWP', 'ENG', 'South West Peninsula', 'South West Peninsula', 'SWP', 'AHSN-SW'),
    ('WSX', 'ENG', 'Wessex', 'Wessex', 'Wessex', 'AHSN-WX'),
    ('KSS', 'ENG', 'Kent, Surrey and Sussex', 'Kent, Surrey and Sussex', 'KSS', 'AHSN-KSS'),
    ('SLON', 'ENG', 'South London', 'South London', 'S London', 'AHSN-SL'),
    ('NCEL', 'ENG', 'North Central and East London', 'North Central and East London', 'NCEL', 'AHSN-NCEL'),
    ('NWL', 'ENG', 'North West London', 'North West London', 'NW London', 'AHSN-NWL'),
    ('GRAM', 'SCO', 'Grampian', 'Grampian', 'Grampian', 'NHS-GRAM'),
    ('HIGH', 'SCO', 'Highland', 'Highland', 'Highland', 'NHS-HIGH'),
    ('LOTH', 'SCO', 'Lothian', 'Lothian', 'Lothian', 'NHS-LOTH'),
    ('GGC', 'SCO', 'Greater Glasgow and Clyde', 'Greater Glasgow and Clyde', 'GG&C', 'NHS-GGC'),
    ('TAYS', 'SCO', 'Tayside', 'Tayside', 'Tayside', 'NHS-TAYS'),
    ('FIFE', 'SCO', 'Fife', 'Fife', 'Fife', 'NHS-FIFE'),
    ('BCU', 'WAL', 'North Wales (Betsi Cadwaladr)', 'North Wales', 'BCUHB area', 'HB-BCU'),
    ('CAV', 'WAL', 'Cardiff and Vale', 'Cardiff and Vale', 'C&V', 'HB-CAV'),
    ('SBAY', 'WAL', 'Swansea Bay', 'Swansea Bay', 'Swansea Bay', 'HB-SBAY'),
    ('ABUHB', 'WAL', 'Gwent (Aneurin Bevan)', 'Gwent', 'ABUHB area', 'HB-AB'),
    ('HDDA', 'WAL', 'Hywel Dda', 'Hywel Dda', 'Hywel Dda', 'HB-HD'),
    ('BELF', 'NIR', 'Belfast Trust area', 'Belfast', 'Belfast Trust', 'HSCT-BELF'),
    ('WEST', 'NIR', 'Western Trust area', 'Western Trust', 'Western Trust', 'HSCT-WEST'),
    ('STHN', 'NIR', 'Southern Trust area', 'Southern Trust', 'Southern Trust', 'HSCT-STHN'),
    ('NTHN', 'NIR', 'Northern Trust area', 'Northern Trust', 'Northern Trust', 'HSCT-NTHN'),
    ('SETR', 'NIR', 'South Eastern Trust area', 'South Eastern Trust', 'South Eastern Trust', 'HSCT-SE'),
]
REGION = {r[0]: r for r in REGIONS}
REGIONS_OF = {n: [r[0] for r in REGIONS if r[1] == n] for n in NATIONS}
REGION_ALIASES = {
    r[0]: [norm(x) for x in dict.fromkeys([r[2], r[3], r[4]])] for r in REGIONS
}
# the NI trusts' bare compass words are not aliases (they occur in "Northern Ireland")
for _c in ('WEST', 'STHN', 'NTHN', 'SETR'):
    REGION_ALIASES[_c] = [a for a in REGION_ALIASES[_c] if len(a.split()) > 1]

# International: code -> (country display, adjective, country-cell forms, aliases, currency, fx, funder, delivery)
INTL = [
    ('NL', 'the Netherlands', 'Dutch', ['Netherlands', 'NL'], ['Netherlands', 'Dutch'], 'EUR', 1.15, 'INT-VWS', 'INT-ZONMW'),
    ('DK', 'Denmark', 'Danish', ['Denmark', 'DK'], ['Denmark', 'Danish'], 'DKK', 8.6, 'INT-DKMOH', 'INT-DREG'),
    ('SE', 'Sweden', 'Swedish', ['Sweden', 'SE'], ['Sweden', 'Swedish'], 'SEK', 12.5, 'INT-VINN', 'INT-SKR'),
    ('CA', 'Canada', 'Canadian', ['Canada', 'CA'], ['Canada', 'Canadian'], 'CAD', 1.7, 'INT-CIHR', 'INT-INFOWAY'),
    ('AU', 'Australia', 'Australian', ['Australia', 'AU'], ['Australia', 'Australian'], 'AUD', 1.9, 'INT-MRFF', 'INT-ADHA'),
    ('IE', 'the Republic of Ireland', 'Irish', ['Ireland', 'IE'], ['Republic of Ireland', 'Irish'], 'EUR', 1.15, 'INT-HRB', 'INT-HSE'),
    ('NO', 'Norway', 'Norwegian', ['Norway', 'NO'], ['Norway', 'Norwegian'], 'NOK', 12.8, 'INT-RCN', 'INT-HDIR'),
    ('DE', 'Germany', 'German', ['Germany', 'DE'], ['Germany', 'German'], 'EUR', 1.15, 'INT-BMG', 'INT-GBA'),
    ('US', 'the United States', 'US', ['United States', 'US'], ['United States', 'USA', 'American'], 'USD', 1.25, 'INT-AHRQ', 'INT-CMMI'),
    ('NZ', 'New Zealand', 'New Zealand', ['New Zealand', 'NZ'], ['New Zealand'], 'NZD', 2.0, 'INT-HRC', 'INT-HNZ'),
]
INTL_BY = {x[0]: x for x in INTL}


def place_kind(p):
    if p in NATIONS or p == 'UK':
        return 'nation'
    if p.startswith('R:'):
        return 'region'
    return 'intl'


def place_nation(p):
    """The UK nation a place lies in (None for international places)."""
    k = place_kind(p)
    if k == 'nation':
        return p
    if k == 'region':
        return REGION[p[2:]][1]
    return None


def place_aliases(p):
    k = place_kind(p)
    if k == 'nation':
        return [norm(x) for x in NATION_INFO[p][3]]
    if k == 'region':
        return REGION_ALIASES[p[2:]]
    return [norm(x) for x in INTL_BY[p[2:]][4]]


# country cell -> place codes it states
COUNTRY_CELL = {}
for _n in ('ENG', 'SCO', 'WAL', 'NIR', 'UK'):
    for _f in NATION_INFO[_n][2]:
        COUNTRY_CELL[norm(_f)] = _n
for _x in INTL:
    for _f in _x[3]:
        COUNTRY_CELL[norm(_f)] = 'I:' + _x[0]

# ----------------------------------------------------------------------------------------------
# Actors
# ----------------------------------------------------------------------------------------------
# (code, name, acronym, kind, level, member_of codes, description)
ACTORS = [
    ('DHSC', 'Department of Health and Social Care', 'DHSC', 'government department', 'national', '', 'UK government department responsible for health and care in England.'),
    ('BEIS', 'Department for Business, Energy and Industrial Strategy', 'BEIS', 'government department', 'national', '', 'UK government department; sponsor of UKRI.'),
    ('OLS', 'Office for Life Sciences', 'OLS', 'government department', 'national', 'DHSC;BEIS', 'Joint unit of DHSC and BEIS championing life sciences.'),
    ('NHSE', 'NHS England', 'NHSE', 'arms length body', 'national', '', 'Leads the NHS in England.'),
    ('NHSI', 'NHS Improvement', 'NHSI', 'arms length body', 'national', '', 'Oversaw NHS trusts until merged with NHS England.'),
    ('NHSEI', 'NHS England and NHS Improvement', 'NHSEI', 'arms length body', 'national', '', 'Joint working arrangement of NHS England and NHS Improvement (2019-2022).'),
    ('NHSX', 'NHSX', '', 'arms length body', 'national', 'DHSC;NHSE', 'Joint unit for digital transformation (2019-2022).'),
    ('NHSD', 'NHS Digital', '', 'arms length body', 'national', '', 'National provider of health data and IT systems in England.'),
    ('HEE', 'Health Education England', 'HEE', 'arms length body', 'national', '', 'Education and training of the health workforce in England.'),
    ('MHRA', 'Medicines and Healthcare products Regulatory Agency', 'MHRA', 'regulator', 'national', '', 'UK regulator of medicines and medical devices.'),
    ('NIHR', 'National Institute for Health Research', 'NIHR', 'research funder', 'national', 'DHSC', 'Research funder of DHSC.'),
    ('NICE', 'National Institute for Health and Care Excellence', 'NICE', 'arms length body', 'national', '', 'Guidance and technology appraisal body.'),
    ('UKRI', 'UK Research and Innovation', 'UKRI', 'research funder', 'national', '', 'UK research and innovation funding agency.'),
    ('IUK', 'Innovate UK', '', 'research funder', 'national', 'UKRI', 'UK innovation agency, part of UKRI.'),
    ('AAC', 'Accelerated Access Collaborative', 'AAC', 'network', 'national', 'NHSE', 'Umbrella for the health innovation ecosystem.'),
    ('AHSNN', 'AHSN Network', '', 'network', 'national', '', 'Network of the 15 Academic Health Science Networks.'),
    ('HF', 'The Health Foundation', '', 'charity', 'national', '', 'Independent charity for health and care improvement.'),
    ('KF', "The King's Fund", '', 'charity', 'national', '', 'Independent health think tank.'),
    ('NT', 'Nuffield Trust', '', 'charity', 'national', '', 'Independent health think tank.'),
    ('NV', 'National Voices', '', 'patient/public group', 'national', '', 'Coalition of health and care charities.'),
    ('HWE', 'Healthwatch England', '', 'patient/public group', 'national', '', 'Independent champion for users of health and care.'),
    ('ABHI', 'Association of British HealthTech Industries', 'ABHI', 'industry', 'national', '', 'Industry association for health technology.'),
    ('ABPI', 'Association of the British Pharmaceutical Industry', 'ABPI', 'industry', 'national', '', 'Industry association for pharmaceutical companies.'),
    ('RAND', 'RAND Europe', '', 'other', 'international', '', 'Not-for-profit policy research organisation.'),
    ('UMAN', 'University of Manchester', '', 'academia', 'regional', '', 'University.'),
    ('UBHAM', 'University of Birmingham', '', 'academia', 'regional', '', 'University.'),
    ('UCL', 'University College London', 'UCL', 'academia', 'regional', '', 'University.'),
    ('UOXF', 'University of Oxford', '', 'academia', 'regional', '', 'University.'),
    ('LSHTM', 'London School of Hygiene & Tropical Medicine', 'LSHTM', 'academia', 'regional', '', 'University.'),
    ('USHEF', 'University of Sheffield', '', 'academia', 'regional', '', 'University.'),
    ('UYORK', 'University of York', '', 'academia', 'regional', '', 'University.'),
    ('UEXE', 'University of Exeter', '', 'academia', 'regional', '', 'University.'),
    ('ULEEDS', 'University of Leeds', '', 'academia', 'regional', '', 'University.'),
    ('UNEW', 'Newcastle University', '', 'academia', 'regional', '', 'University.'),
    ('BRACE', 'Birmingham, RAND and Cambridge Evaluation Centre', 'BRACE', 'academia', 'national', 'UBHAM', 'NIHR-funded rapid evaluation centre.'),
    ('RSET', 'Rapid Service Evaluation Team', 'RSET', 'academia', 'national', 'UCL', 'NIHR-funded rapid evaluation team (UCL and Nuffield Trust).'),
    ('UEDIN', 'University of Edinburgh', '', 'academia', 'regional', '', 'University.'),
    ('UGLA', 'University of Glasgow', '', 'academia', 'regional', '', 'University.'),
    ('UABER', 'University of Aberdeen', '', 'academia', 'regional', '', 'University.'),
    ('CARDU', 'Cardiff University', '', 'academia', 'regional', '', 'University.'),
    ('SWANU', 'Swansea University', '', 'academia', 'regional', '', 'University.'),
    ('QUB', "Queen's University Belfast", 'QUB', 'academia', 'regional', '', 'University.'),
    ('ULST', 'Ulster University', '', 'academia', 'regional', '', 'University.'),
    # Scotland
    ('SG', 'Scottish Government', '', 'government department', 'national', '', 'Devolved government of Scotland.'),
    ('CSO', 'Chief Scientist Office', 'CSO', 'research funder', 'national', 'SG', 'Health research funder of the Scottish Government.'),
    ('NHSS', 'NHS Scotland', '', 'healthcare provider', 'national', 'SG', 'Publicly funded health service in Scotland.'),
    ('HIS', 'Healthcare Improvement Scotland', '', 'arms length body', 'national', 'SG', 'Improvement and scrutiny body in Scotland.'),
    ('DHI', 'Digital Health & Care Institute', 'DHI', 'network', 'national', '', 'Scottish innovation centre for digital health and care.'),
    ('SHIL', 'Scottish Health Innovations Ltd', 'SHIL', 'other', 'national', '', 'Company limited by guarantee working with the Chief Scientist Office and NHS Scotland boards.'),
    ('NES', 'NHS Education for Scotland', '', 'arms length body', 'national', 'NHSS', 'Education and training body for NHS Scotland.'),
    # Wales
    ('WG', 'Welsh Government', '', 'government department', 'national', '', 'Devolved government of Wales.'),
    ('LSHW', 'Life Sciences Hub Wales', 'LSHW', 'arms length body', 'national', 'WG', 'Company owned by the Welsh Government supporting health innovation.'),
    ('HCRW', 'Health and Care Research Wales', 'HCRW', 'research funder', 'national', 'WG', 'Research funder of the Welsh Government.'),
    ('DHCW', 'Digital Health and Care Wales', 'DHCW', 'arms length body', 'national', 'WG', 'Digital special health authority for Wales.'),
    ('HEIW', 'Health Education and Improvement Wales', 'HEIW', 'arms length body', 'national', 'WG', 'Workforce and improvement body for Wales.'),
    ('SEWAHSP', 'South East Wales Academic Health Science Partnership', 'SEWAHSP', 'network', 'regional', '', 'Partnership of researchers, industry, clinicians and patient groups.'),
    # Northern Ireland
    ('DOHNI', 'Department of Health (Northern Ireland)', 'DoH NI', 'government department', 'national', '', 'Northern Ireland government department for health.'),
    ('PHA', 'Public Health Agency', 'PHA', 'arms length body', 'national', 'DOHNI', 'Northern Ireland public health body.'),
    ('HSCRD', 'HSC R&D Division', '', 'research funder', 'national', 'PHA', 'Research and development funder within the Public Health Agency.'),
    ('DHCNI', 'Digital Health and Care Northern Ireland', 'DHCNI', 'arms length body', 'national', 'DOHNI', 'Digital directorate for health and social care in Northern Ireland.'),
    ('INI', 'Invest Northern Ireland', 'Invest NI', 'arms length body', 'national', '', 'Economic development agency for Northern Ireland.'),
    ('HSCQI', 'HSC Quality Improvement', 'HSCQI', 'network', 'national', 'PHA', 'Quality improvement network for health and social care in Northern Ireland.'),
    # charities by condition
    ('DUK', 'Diabetes UK', '', 'charity', 'national', '', 'Charity.'),
    ('STROKE', 'Stroke Association', '', 'charity', 'national', '', 'Charity.'),
    ('ALZ', "Alzheimer's Society", '', 'charity', 'national', '', 'Charity.'),
    ('BHF', 'British Heart Foundation', 'BHF', 'charity', 'national', '', 'Charity.'),
    ('ALUK', 'Asthma + Lung UK', '', 'charity', 'national', '', 'Charity.'),
    ('CRUK', 'Cancer Research UK', 'CRUK', 'charity', 'national', '', 'Charity and research funder.'),
    ('MIND', 'Mind', '', 'charity', 'national', '', 'Mental health charity.'),
    ('VA', 'Versus Arthritis', '', 'charity', 'national', '', 'Charity.'),
    ('EPA', 'Epilepsy Action', '', 'charity', 'national', '', 'Charity.'),
    ('PUK', "Parkinson's UK", '', 'charity', 'national', '', 'Charity.'),
    ('MSS', 'MS Society', '', 'charity', 'national', '', 'Charity.'),
    ('SCS', 'Sickle Cell Society', '', 'charity', 'national', '', 'Charity.'),
    ('BLT', 'British Liver Trust', '', 'charity', 'national', '', 'Charity.'),
    ('KCUK', 'Kidney Care UK', '', 'charity', 'national', '', 'Charity.'),
    ('AGEUK', 'Age UK', '', 'charity', 'national', '', 'Charity.'),
    ('CUK', 'Carers UK', '', 'charity', 'national', '', 'Charity.'),
    ('MENCAP', 'Mencap', '', 'charity', 'national', '', 'Charity.'),
    ('RNID', 'Royal National Institute for Deaf People', 'RNID', 'charity', 'national', '', 'Charity.'),
    # AHSNs (member of the AHSN Network)
    ('AHSN-NENC', 'AHSN North East and North Cumbria', 'AHSN NENC', 'network', 'regional', 'AHSNN', 'Academic Health Science Network.'),
    ('AHSN-NWC', 'Innovation Agency', '', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for the North West Coast.'),
    ('AHSN-GM', 'Health Innovation Manchester', 'HInM', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for Greater Manchester.'),
    ('AHSN-YH', 'Yorkshire & Humber AHSN', 'YHAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network.'),
    ('AHSN-EM', 'East Midlands AHSN', 'EMAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network.'),
    ('AHSN-WM', 'West Midlands AHSN', 'WMAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network.'),
    ('AHSN-EA', 'Eastern AHSN', 'EAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for the East of England.'),
    ('AHSN-OX', 'Oxford AHSN', 'OAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for Oxford and the Thames Valley.'),
    ('AHSN-WE', 'West of England AHSN', 'WEAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network.'),
    ('AHSN-SW', 'South West AHSN', 'SWAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for the South West Peninsula.'),
    ('AHSN-WX', 'Wessex AHSN', 'WAHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network.'),
    ('AHSN-KSS', 'Kent Surrey Sussex AHSN', 'KSS AHSN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network.'),
    ('AHSN-SL', 'Health Innovation Network', 'HIN', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for South London.'),
    ('AHSN-NCEL', 'UCLPartners', 'UCLP', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for North Central and East London.'),
    ('AHSN-NWL', 'Imperial College Health Partners', 'ICHP', 'network', 'regional', 'AHSNN', 'Academic Health Science Network for North West London.'),
    # Scottish boards, Welsh health boards, NI trusts
    ('NHS-GRAM', 'NHS Grampian', '', 'healthcare provider', 'regional', 'NHSS', 'NHS board.'),
    ('NHS-HIGH', 'NHS Highland', '', 'healthcare provider', 'regional', 'NHSS', 'NHS board.'),
    ('NHS-LOTH', 'NHS Lothian', '', 'healthcare provider', 'regional', 'NHSS', 'NHS board.'),
    ('NHS-GGC', 'NHS Greater Glasgow and Clyde', 'NHSGGC', 'healthcare provider', 'regional', 'NHSS', 'NHS board.'),
    ('NHS-TAYS', 'NHS Tayside', '', 'healthcare provider', 'regional', 'NHSS', 'NHS board.'),
    ('NHS-FIFE', 'NHS Fife', '', 'healthcare provider', 'regional', 'NHSS', 'NHS board.'),
    ('HB-BCU', 'Betsi Cadwaladr University Health Board', 'BCUHB', 'healthcare provider', 'regional', '', 'Welsh health board.'),
    ('HB-CAV', 'Cardiff and Vale University Health Board', 'CAVUHB', 'healthcare provider', 'regional', '', 'Welsh health board.'),
    ('HB-SBAY', 'Swansea Bay University Health Board', 'SBUHB', 'healthcare provider', 'regional', '', 'Welsh health board.'),
    ('HB-AB', 'Aneurin Bevan University Health Board', 'ABUHB', 'healthcare provider', 'regional', '', 'Welsh health board.'),
    ('HB-HD', 'Hywel Dda University Health Board', 'HDUHB', 'healthcare provider', 'regional', '', 'Welsh health board.'),
    ('HSCT-BELF', 'Belfast Health and Social Care Trust', 'BHSCT', 'healthcare provider', 'regional', '', 'Northern Ireland trust.'),
    ('HSCT-WEST', 'Western Health and Social Care Trust', 'WHSCT', 'healthcare provider', 'regional', '', 'Northern Ireland trust.'),
    ('HSCT-STHN', 'Southern Health and Social Care Trust', 'SHSCT', 'healthcare provider', 'regional', '', 'Northern Ireland trust.'),
    ('HSCT-NTHN', 'Northern Health and Social Care Trust', 'NHSCT', 'healthcare provider', 'regional', '', 'Northern Ireland trust.'),
    ('HSCT-SE', 'South Eastern Health and Social Care Trust', 'SEHSCT', 'healthcare provider', 'regional', '', 'Northern Ireland trust.'),
    # international
    ('INT-VWS', 'Ministry of Health, Welfare and Sport (Netherlands)', 'VWS', 'government department', 'national', '', 'Dutch health ministry.'),
    ('INT-ZONMW', 'ZonMw', '', 'research funder', 'national', '', 'Dutch health research and innovation funder.'),
    ('INT-DKMOH', 'Danish Ministry of Health', '', 'government department', 'national', '', 'Danish health ministry.'),
    ('INT-DREG', 'Danish Regions', '', 'commissioner', 'regional', '', 'Association of the five Danish regions.'),
    ('INT-VINN', 'Vinnova', '', 'research funder', 'national', '', 'Swedish innovation agency.'),
    ('INT-SKR', 'Swedish Association of Local Authorities and Regions', 'SKR', 'commissioner', 'national', '', 'Association of Swedish municipalities and regions.'),
    ('INT-CIHR', 'Canadian Institutes of Health Research', 'CIHR', 'research funder', 'national', '', 'Canadian health research funder.'),
    ('INT-INFOWAY', 'Canada Health Infoway', '', 'other', 'national', '', 'Canadian not-for-profit for digital health.'),
    ('INT-MRFF', 'Medical Research Future Fund', 'MRFF', 'research funder', 'national', '', 'Australian research fund.'),
    ('INT-ADHA', 'Australian Digital Health Agency', 'ADHA', 'arms length body', 'national', '', 'Australian digital health agency.'),
    ('INT-HRB', 'Health Research Board', 'HRB', 'research funder', 'national', '', 'Irish health research funder.'),
    ('INT-HSE', 'Health Service Executive', 'HSE Ireland', 'healthcare provider', 'national', '', 'Public health service of Ireland.'),
    ('INT-RCN', 'Research Council of Norway', '', 'research funder', 'national', '', 'Norwegian research funder.'),
    ('INT-HDIR', 'Norwegian Directorate of Health', '', 'arms length body', 'national', '', 'Norwegian health directorate.'),
    ('INT-BMG', 'Federal Ministry of Health (Germany)', 'BMG', 'government department', 'national', '', 'German health ministry.'),
    ('INT-GBA', 'Innovation Committee of the Federal Joint Committee', 'G-BA Innovation Committee', 'commissioner', 'national', '', 'Runs the German Innovation Fund.'),
    ('INT-AHRQ', 'Agency for Healthcare Research and Quality', 'AHRQ', 'research funder', 'national', '', 'US federal agency.'),
    ('INT-CMMI', 'Center for Medicare and Medicaid Innovation', 'CMMI', 'arms length body', 'national', '', 'US federal innovation centre.'),
    ('INT-HRC', 'Health Research Council of New Zealand', 'HRC', 'research funder', 'national', '', 'New Zealand health research funder.'),
    ('INT-HNZ', 'Health New Zealand', '', 'healthcare provider', 'national', '', 'New Zealand national health service.'),
]
ACTOR = {a[0]: a for a in ACTORS}


def actor_id(code):
    return 'ORG-' + code


# evaluators by nation
EVALUATORS = {
    'ENG': ['RAND', 'UMAN', 'UBHAM', 'UCL', 'NT', 'UOXF', 'LSHTM', 'USHEF', 'UYORK', 'UEXE', 'ULEEDS', 'UNEW', 'BRACE', 'RSET', 'KF', 'HF'],
    'SCO': ['UEDIN', 'UGLA', 'UABER', 'RAND'],
    'WAL': ['CARDU', 'SWANU', 'RAND'],
    'NIR': ['QUB', 'ULST', 'RAND'],
}
EVAL_FUNDER = {'ENG': 'NIHR', 'UK': 'NIHR', 'SCO': 'CSO', 'WAL': 'HCRW', 'NIR': 'HSCRD'}

# delivery bodies by nation and kind of programme
DEVOLVED_BODIES = {
    'SCO': {'sponsor': 'SG', 'research': 'CSO', 'digital': 'DHI', 'adoption': 'HIS', 'enterprise': 'SHIL',
            'workforce': 'NES', 'regulatory': 'HIS', 'evidence': 'HIS'},
    'WAL': {'sponsor': 'WG', 'research': 'HCRW', 'digital': 'DHCW', 'adoption': 'LSHW', 'enterprise': 'LSHW',
            'workforce': 'HEIW', 'regulatory': 'LSHW', 'evidence': 'HCRW'},
    'NIR': {'sponsor': 'DOHNI', 'research': 'HSCRD', 'digital': 'DHCNI', 'adoption': 'HSCQI', 'enterprise': 'INI',
            'workforce': 'HSCQI', 'regulatory': 'DOHNI', 'evidence': 'HSCRD'},
}

# ----------------------------------------------------------------------------------------------
# Programme families (the "stems")
# ----------------------------------------------------------------------------------------------
# activity codes
ACT_WORDS = {
    'F': ['funding', 'grants', 'grant funding', 'financial support'],
    'T': ['training and skills', 'training & skills', 'training', 'skills', 'leadership development'],
    'N': ['networking and brokerage', 'networking & brokerage', 'networking', 'brokerage', 'convening'],
    'E': ['evaluation and evidence', 'evaluation', 'evidence generation', 'real world evaluation'],
    'R': ['regulatory advice', 'regulatory support', 'regulatory guidance'],
    'I': ['information and signposting', 'signposting', 'advice and guidance', 'information'],
    'P': ['procurement and commissioning', 'procurement', 'commissioning'],
    'X': ['infrastructure', 'test beds', 'facilities'],
    'O': ['other'],
}
ACT_SLUG = {'F': 'funding', 'T': 'training-and-skills', 'N': 'networking-and-brokerage',
            'E': 'evaluation-and-evidence', 'R': 'regulatory-advice', 'I': 'information-and-signposting',
            'P': 'procurement-and-commissioning', 'X': 'infrastructure', 'O': 'other'}

INSTRUMENTS = {
    'centres-of-excellence-grants': 'Centres of excellence grants',
    'corporate-tax-relief': 'Corporate tax relief for R&D and innovation',
    'governance-structure-or-public-body': 'Creation or reform of governance structure or public body',
    'debt-guarantees-and-risk-sharing': 'Debt guarantees and risk sharing schemes',
    'research-infrastructure-support': 'Dedicated support to research infrastructures',
    'emerging-technology-regulation': 'Emerging technology regulation',
    'equity-financing': 'Equity financing',
    'fellowships-and-scholarships': 'Fellowships and postgraduate loans and scholarships',
    'stakeholder-consultation': 'Formal consultation of stakeholders or experts',
    'grants-for-business-rnd-and-innovation': 'Grants for business R&D and innovation',
    'horizontal-sti-coordination-bodies': 'Horizontal STI coordination bodies',
    'information-services-and-datasets': 'Information services and access to datasets',
    'innovation-vouchers': 'Innovation vouchers',
    'institutional-funding-for-public-research': 'Institutional funding for public research',
    'intellectual-property-regulation': 'Intellectual property regulation and incentives',
    'labour-mobility-regulation': 'Labour mobility regulation and incentives',
    'loans-and-credits-for-innovation': 'Loans and credits for innovation in firms',
    'national-strategies-and-plans': 'National strategies, agendas and plans',
    'networking-and-collaborative-platforms': 'Networking and collaborative platforms',
    'policy-intelligence': 'Policy intelligence (e.g. evaluations, benchmarking and forecasts)',
    'procurement-for-rnd-and-innovation': 'Procurement programmes for R&D and innovation',
    'project-grants-for-public-research': 'Project grants for public research',
    'public-awareness-and-outreach': 'Public awareness campaigns and other outreach activities',
    'regulatory-oversight-and-ethics-bodies': 'Regulatory oversight and ethical advice bodies',
    'challenges-prizes-and-awards': 'Science and innovation challenges, prizes and awards',
    'standards-and-certification': 'Standards and certification for technology development and adoption',
    'technology-extension-and-advisory-services': 'Technology extension and business advisory services',
    'tax-relief-for-individuals': 'Tax relief for individuals supporting R&D and innovation',
}

DRIVERS = {'S': 'Skills, capabilities and leadership', 'M': 'Motivations and accountabilities',
           'I': 'Information and evidence environment', 'R': 'Relationships and networks',
           'P': 'Patient and public involvement and engagement', 'F': 'Funding and commissioning'}
GROUPS = {'I': 'Innovators', 'A': 'Adopters', 'C': 'Clinicians', 'M': 'Managers', 'P': 'Patients and the public'}
STAGES = {'D': 'Development', 'A': 'Adoption', 'S': 'Diffusion'}

FAMILIES = []


def _fam(code, stem, acr, succ, succ_acr, unit, own, dtype, g0, g1, focus, kinds, scale, years, aims, scope,
         bene, tech, eng_prefix='', old=None, old_acr=None, uk=False, evaluable=True, prod='no',
         rapid='no', match=False, drivers='RF', groups='IA', stages='DA'):
    FAMILIES.append(dict(code=code, stem=stem, acr=acr, succ=succ, succ_acr=succ_acr, unit=unit, own=own,
                         dtype=dtype, g=(g0, g1), focus=focus, kinds=kinds, scale=scale, years=years,
                         aims=aims, scope=scope, bene=bene, tech=tech, eng_prefix=eng_prefix, old=old,
                         old_acr=old_acr, uk=uk, evaluable=evaluable, prod=prod, rapid=rapid, match=match,
                         drivers=drivers, groups=groups, stages=stages))


# g0/g1: (activity codes, instrument slug, offers funding, recipients)
_fam('IA', 'Innovation Accelerator', 'NIA', 'Innovation Scale-up Programme', 'ISUP', 'cohort',
     ('DHSC', 'NHSE', 'AHSN-NCEL'), 'adoption',
     ('NT', 'technology-extension-and-advisory-services', 'yes', 'innovators'),
     ('FN', 'grants-for-business-rnd-and-innovation', 'yes', 'adopters'),
     'both', 'TC', (1500000, 6000000), 3,
     ('scale high-impact, evidence-based innovations across the health service through a fellowship',
      'fund adopter sites to take up innovations already proven by earlier fellows'),
     'moved from backing individual fellows to funding the organisations that adopt their innovations',
     'fellows', 'medical devices, digital tools and service innovations', eng_prefix='NHS ',
     old='Innovation Fellows Scheme', old_acr='IFS', drivers='SR', groups='IAC', stages='AS')
_fam('TT', 'Innovation and Technology Tariff', 'ITT', 'Innovation and Technology Payment', 'ITP', 'round',
     ('DHSC', 'NHSE', 'AAC'), 'adoption',
     ('P', 'procurement-for-rnd-and-innovation', 'yes', 'adopters'),
     ('PFI', 'procurement-for-rnd-and-innovation', 'yes', 'adopters'),
     'clinical', 'TC', (2000000, 10000000), 2,
     ('remove financial and procurement barriers to uptake of selected medical technologies',
      'pay providers directly for using selected innovations and signpost adopters to them'),
     'replaced the national tariff mechanism with direct payments and opened eligibility to digital products',
     'NHS providers', 'medical technology', drivers='F', groups='A', stages='A')
_fam('TB', 'Test Bed', 'TB', 'Real-World Evidence Cluster', 'RWEC', 'wave',
     ('OLS', 'NHSE', 'AHSNN'), 'evidence',
     ('EX', 'research-infrastructure-support', 'yes', 'both'),
     ('EN', 'networking-and-collaborative-platforms', 'yes', 'adopters'),
     'both', 'TC', (1000000, 5000000), 2,
     ('test combinations of innovations in real-world settings with industry partners',
      'generate comparable real-world evidence across clusters of sites before wider roll-out'),
     'shifted from single-site partnerships with industry to clusters of sites generating comparable evidence',
     'partnerships between the health service and industry', 'combinations of digital and medical technologies',
     eng_prefix='NHS ', drivers='IR', groups='IA', stages='DA')
_fam('CEP', 'Clinical Entrepreneur Programme', 'CEP', 'Clinician Innovator Pathway', 'CIP', 'cohort',
     ('NHSE', 'HEE', 'HEE'), 'workforce',
     ('TN', 'fellowships-and-scholarships', 'no', 'none'),
     ('TNF', 'fellowships-and-scholarships', 'yes', 'innovators'),
     'both', 'TCP', (500000, 2500000), 2,
     ('offer clinicians training, mentoring and access to investors so they can develop their own innovations',
      'fund protected time and seed grants for clinician innovators alongside training'),
     'added salaried protected time and seed grants to what had been a training-only offer',
     'clinicians and other health service staff', 'clinician-led innovations', eng_prefix='NHS ',
     old='Clinical Entrepreneurs Training Programme', old_acr='CETP', drivers='S', groups='IC', stages='D')
_fam('GDE', 'Global Digital Exemplar', 'GDE', 'Digital Aspirant Programme', 'DAP', 'wave',
     ('DHSC', 'NHSX', 'NHSD'), 'digital',
     ('FX', 'research-infrastructure-support', 'yes', 'adopters'),
     ('FI', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     'both', 'TOP', (3000000, 12000000), 3,
     ('fund digitally advanced trusts to become exemplars that others can follow',
      'help less digitally mature trusts reach a core level of digital capability'),
     'moved from funding a few advanced exemplar trusts to raising the least digitally mature trusts to a core level',
     'hospital and mental health trusts', 'electronic records and digital infrastructure',
     drivers='SF', groups='AM', stages='A')
_fam('CLAHRC', 'Collaboration for Leadership in Applied Health Research and Care', 'CLAHRC',
     'Applied Research Collaboration', 'ARC', None,
     ('DHSC', 'NIHR', 'UOXF'), 'research',
     ('EN', 'project-grants-for-public-research', 'yes', 'both'),
     ('EFN', 'project-grants-for-public-research', 'yes', 'both'),
     'clinical', 'CP', (5000000, 10000000), 5,
     ('bring universities and health service organisations together to carry out and implement applied research',
      'support applied health and social care research that answers local needs and national priorities'),
     'widened the remit to social care and public health and added nationally prioritised research themes',
     'universities and health service organisations', 'applied health research', drivers='IR', groups='AC',
     stages='DA')
_fam('RUP', 'Rapid Uptake Products programme', 'RUP', 'Accelerated Adoption Programme', 'AAP', 'round',
     ('DHSC', 'AAC', 'AHSNN'), 'adoption',
     ('NI', 'technology-extension-and-advisory-services', 'no', 'none'),
     ('NIF', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     'clinical', 'TC', (1000000, 4000000), 2,
     ('identify and support nationally approved products that have had low uptake',
      'fund local systems to adopt a short list of proven products'),
     'began offering adoption funding to local systems alongside the support from the networks',
     'local health systems', 'approved medical technologies and medicines', drivers='IR', groups='A',
     stages='AS')
_fam('SBRI', 'Small Business Research Initiative Healthcare competition', 'SBRI', 'Innovation Procurement Challenge',
     'IPC', 'round', ('NHSE', 'IUK', 'AHSNN'), 'enterprise',
     ('FP', 'procurement-for-rnd-and-innovation', 'yes', 'innovators'),
     ('PF', 'procurement-for-rnd-and-innovation', 'yes', 'both'),
     'both', 'TCP', (2000000, 8000000), 2,
     ('award development contracts to companies that solve challenges identified by the health service',
      'fund health service buyers and suppliers together to procure innovations for defined challenges'),
     'added money for health service buyers to purchase the products developed, not only contracts for companies',
     'small and medium-sized companies', 'medical devices, diagnostics and digital health', match=True,
     drivers='F', groups='I', stages='D')
_fam('I4I', 'Invention for Innovation programme', 'i4i', 'Translational Devices Award', 'TDA', 'call',
     ('DHSC', 'NIHR', 'NIHR'), 'research',
     ('F', 'project-grants-for-public-research', 'yes', 'innovators'),
     ('FE', 'project-grants-for-public-research', 'yes', 'innovators'),
     'clinical', 'TC', (3000000, 12000000), 3,
     ('fund translational research on medical devices, diagnostics and technologies for patient benefit',
      'fund later-stage device projects that can show clinical and economic evidence'),
     'narrowed to later-stage device translation and made health-economic evidence a condition of funding',
     'companies, universities and health service teams', 'medical devices and diagnostics', match=True,
     drivers='F', groups='I', stages='D')
_fam('DHTC', 'Digital Health Technology Catalyst', 'DHTC', 'Digital Health Growth Fund', 'DHGF', 'round',
     ('BEIS', 'IUK', 'UKRI'), 'enterprise',
     ('F', 'grants-for-business-rnd-and-innovation', 'yes', 'innovators'),
     ('FN', 'equity-financing', 'yes', 'innovators'),
     'both', 'TOP', (5000000, 20000000), 3,
     ('match fund companies developing digital technologies for use by patients and the health service',
      'co-invest with private investors in companies scaling digital health products'),
     'switched from grants for development to co-investment alongside private investors',
     'small and medium-sized enterprises', 'digital health technologies', uk=True, prod='yes', match=True,
     drivers='F', groups='I', stages='D')
_fam('REC', 'Rapid Service Evaluation Centre', 'RSEC', 'Rapid Evaluation Network', 'REN', 'phase',
     ('DHSC', 'NIHR', 'UBHAM'), 'evidence',
     ('E', 'policy-intelligence', 'no', 'none'),
     ('EN', 'policy-intelligence', 'no', 'none'),
     'both', 'TCP', (1000000, 5000000), 5,
     ('carry out rapid evaluations of new ways of delivering services',
      'run rapid evaluations through a network of centres and train health service analysts in rapid methods'),
     'became a network of several universities that also trains analysts in rapid methods',
     'health service and policy teams', 'service innovations', evaluable=False, rapid='yes',
     drivers='I', groups='AM', stages='A')
_fam('ASP', 'Adoption and Spread Programme', 'ASP', 'Health Innovation Spread Programme', 'HISP', 'wave',
     ('NHSE', 'AHSNN', 'AHSNN'), 'adoption',
     ('NI', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     ('NIF', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     'clinical', 'TCP', (2000000, 8000000), 2,
     ('spread a small number of proven innovations to every organisation that could benefit',
      'spread innovations chosen by local systems to meet their own priorities'),
     'widened from a few nationally chosen innovations to priorities picked by each local system',
     'providers and commissioners', 'proven clinical innovations', eng_prefix='National ',
     drivers='RM', groups='AM', stages='S')
_fam('IX', 'Innovation Exchange', 'IX', 'Innovation Brokerage Service', 'IBS', None,
     ('OLS', 'AHSNN', 'AHSNN'), 'adoption',
     ('NI', 'networking-and-collaborative-platforms', 'no', 'none'),
     ('NIR', 'technology-extension-and-advisory-services', 'no', 'none'),
     'both', 'TCP', (500000, 3000000), 3,
     ('match local needs with innovations and help organisations judge their value',
      'broker innovators into care organisations and advise them on regulation and commercial terms'),
     'added regulatory and commercial advice for innovators to the matching service',
     'innovators and local care organisations', 'health innovations of all kinds', drivers='R', groups='IA',
     stages='A')
_fam('PTF', 'Pathway Transformation Fund', 'PTF', 'Pathway Adoption Fund', 'PAF', 'round',
     ('DHSC', 'AAC', 'NHSE'), 'adoption',
     ('F', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     ('FT', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     'clinical', 'TC', (2000000, 6000000), 2,
     ('help care organisations overcome practical obstacles to building innovations into everyday practice',
      'pay for clinical backfill and training so teams can redesign pathways around proven innovations'),
     'added funded clinical backfill and staff training to grants that had covered only pathway redesign',
     'care organisations', 'care pathway redesign', drivers='F', groups='A', stages='A')
_fam('LHCRE', 'Local Health and Care Record Exemplar', 'LHCRE', 'Shared Care Record Programme', 'SCRP', 'wave',
     ('DHSC', 'NHSX', 'NHSE'), 'digital',
     ('FX', 'research-infrastructure-support', 'yes', 'adopters'),
     ('XI', 'information-services-and-datasets', 'yes', 'adopters'),
     'non-clinical', 'OP', (3000000, 8000000), 3,
     ('join up health and care records across a local area',
      'make sure every local system can share care records and use them for planning'),
     'moved from funding a handful of exemplar areas to a requirement that every system shares records',
     'local health and care systems', 'shared records and interoperability', drivers='I', groups='AM',
     stages='A')
_fam('IDC', 'Interoperability Design Collaborative', 'IDC', 'Data Standards Collaborative', 'DSC', 'cohort',
     ('DHSC', 'NHSD', 'NHSD'), 'digital',
     ('NI', 'standards-and-certification', 'no', 'none'),
     ('NIR', 'standards-and-certification', 'no', 'none'),
     'non-clinical', 'OP', (300000, 1500000), 2,
     ('bring suppliers and care organisations together to design interoperable data flows',
      'develop and assure binding data standards that suppliers must meet'),
     'took on binding data standards rather than voluntary design work',
     'suppliers and informatics teams', 'data standards and interoperability', drivers='IR', groups='IM',
     stages='D')
_fam('DPP', 'Digital Productivity Programme', 'DPP', 'Frontline Digitisation Programme', 'FDP', 'wave',
     ('DHSC', 'NHSX', 'NHSE'), 'digital',
     ('FI', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     ('FX', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     'both', 'TOP', (2000000, 10000000), 2,
     ('test how technologies can release staff time in clinical and administrative work',
      'fund core digital systems for frontline teams in the least digitised trusts'),
     'moved from productivity pilots to funding core electronic systems in lagging trusts',
     'hospital trusts', 'productivity-enhancing technology', prod='yes', drivers='FS', groups='AM',
     stages='A')
_fam('PIC', 'Productivity Innovation Collaborative', 'PIC', 'Workforce Automation Collaborative', 'WAC', 'cohort',
     ('DHSC', 'NHSX', 'AHSNN'), 'digital',
     ('NF', 'networking-and-collaborative-platforms', 'yes', 'innovators'),
     ('NFT', 'networking-and-collaborative-platforms', 'yes', 'both'),
     'non-clinical', 'OP', (1000000, 4000000), 2,
     ('bring suppliers and care teams together to pilot productivity tools',
      'help care teams automate routine administrative tasks and train staff to use the tools'),
     'extended from supplier pilots to funding care teams to automate routine tasks and train their staff',
     'suppliers and care teams', 'administrative automation', prod='yes', drivers='RS', groups='IM',
     stages='DA')
_fam('IAP', 'Improvement Analytics Partnership', 'IAP', 'Rapid Improvement Analytics Service', 'RIAS', 'phase',
     ('NHSEI', 'HF', 'HF'), 'evidence',
     ('E', 'policy-intelligence', 'no', 'none'),
     ('EI', 'policy-intelligence', 'no', 'none'),
     'both', 'TCP', (500000, 3000000), 3,
     ('evaluate complex changes to care using linked data and robust statistical methods',
      'give local systems rapid analysis of changes they make to services'),
     'added a rapid-turnaround service open to local systems, not only to national programmes',
     'national and local teams', 'analytics for improvement', evaluable=False, rapid='yes', drivers='I',
     groups='M', stages='A')
_fam('SCORE', 'Innovation Scorecard', 'ISC', 'Innovation Uptake Dashboard', 'IUD', None,
     ('DHSC', 'NHSD', 'NHSD'), 'evidence',
     ('I', 'information-services-and-datasets', 'no', 'none'),
     ('IE', 'information-services-and-datasets', 'no', 'none'),
     'clinical', 'TC', (200000, 1000000), 3,
     ('publish data on the uptake of nationally approved medicines and technologies',
      'track uptake of approved medicines, devices and digital products by organisation'),
     'extended from quarterly tables of prescribing data to an interactive dashboard that also covers devices',
     'commissioners and providers', 'uptake data', drivers='I', groups='AM', stages='S')
_fam('EAMS', 'Early Access to Medicines Scheme', 'EAMS', 'Innovative Licensing and Access Pathway', 'ILAP', None,
     ('DHSC', 'MHRA', 'MHRA'), 'regulatory',
     ('R', 'emerging-technology-regulation', 'no', 'none'),
     ('RN', 'emerging-technology-regulation', 'no', 'none'),
     'clinical', 'C', (300000, 2000000), 4,
     ('give patients with life-threatening conditions access to promising medicines before licensing',
      'offer developers a joined-up route from development to licensing and access'),
     'covers the whole development route with joint advice from regulators and appraisal bodies, not only a late-stage opinion',
     'medicine developers', 'new medicines', uk=True, drivers='I', groups='IP', stages='D')
_fam('VAN', 'New Care Models Vanguard', 'NCMV', 'Integrated Care Pioneer', 'ICPR', 'wave',
     ('NHSE', 'NHSE', 'NHSE'), 'adoption',
     ('FN', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     ('NF', 'technology-extension-and-advisory-services', 'yes', 'adopters'),
     'both', 'CP', (3000000, 15000000), 3,
     ('test new models of care that join up services around patients',
      'support whole systems to integrate care with pooled budgets'),
     'moved from testing care models in single sites to system-wide integration with pooled budgets',
     'local health and care partnerships', 'new care models', drivers='MR', groups='AMP', stages='AS')
_fam('HEH', 'Health Enterprise Hub', 'HEH', 'Enterprise Growth Hub', 'EGH', 'cohort',
     ('BEIS', 'IUK', 'AHSNN'), 'enterprise',
     ('TN', 'technology-extension-and-advisory-services', 'no', 'none'),
     ('TNF', 'technology-extension-and-advisory-services', 'yes', 'innovators'),
     'both', 'TCP', (400000, 2000000), 2,
     ('provide training and mentoring to early-stage health entrepreneurs',
      'help companies become investment-ready with mentoring and small grants'),
     'added investment-readiness grants to the mentoring offer',
     'start-ups', 'early-stage health ventures', drivers='SR', groups='I', stages='D')
_fam('NICP', 'Innovation Challenge Prize', 'NICP', 'Innovation Challenge Fund', 'ICF', 'round',
     ('DHSC', 'NHSE', 'NHSE'), 'adoption',
     ('F', 'challenges-prizes-and-awards', 'yes', 'adopters'),
     ('F', 'grants-for-business-rnd-and-innovation', 'yes', 'both'),
     'clinical', 'TCP', (500000, 2000000), 1,
     ('reward frontline teams whose innovations have already improved care',
      'fund teams in advance to spread their innovations to other organisations'),
     'replaced after-the-event prizes with upfront funding for teams to spread their innovations',
     'frontline teams', 'frontline innovations', eng_prefix='NHS ', drivers='M', groups='AC', stages='S')
_fam('MTA', 'MedTech Accelerator', 'MTA', 'MedTech Adoption Fund', 'MTAF', 'round',
     ('BEIS', 'IUK', 'AHSNN'), 'enterprise',
     ('F', 'grants-for-business-rnd-and-innovation', 'yes', 'innovators'),
     ('FP', 'procurement-for-rnd-and-innovation', 'yes', 'adopters'),
     'clinical', 'TC', (500000, 3000000), 2,
     ('offer proof-of-concept funding to progress medical technology and software that meets unmet clinical need',
      'fund care organisations to purchase locally proven medical technology'),
     'switched from proof-of-concept funding for developers to funding the organisations that buy',
     'developers', 'medical technology and software', match=True, drivers='F', groups='I', stages='D')
_fam('HSS', 'Horizon Scanning Service', 'HSS', 'Innovation Observatory Service', 'IOS', None,
     ('DHSC', 'NIHR', 'UNEW'), 'evidence',
     ('I', 'policy-intelligence', 'no', 'none'),
     ('IE', 'policy-intelligence', 'no', 'none'),
     'clinical', 'TC', (500000, 2000000), 5,
     ('identify new health technologies before they reach the health service',
      'forecast emerging technologies across medicines, devices and digital products'),
     'widened from medicines to devices, diagnostics and digital products and began publishing forecasts',
     'national decision makers', 'emerging health technologies', drivers='I', groups='M', stages='D')
_fam('DLF', 'Digital Leadership Fellowship', 'DLF', 'Digital Health Leadership Programme', 'DHLP', 'cohort',
     ('DHSC', 'HEE', 'NHSD'), 'workforce',
     ('T', 'fellowships-and-scholarships', 'no', 'none'),
     ('TN', 'fellowships-and-scholarships', 'no', 'none'),
     'both', 'TOP', (300000, 1500000), 1,
     ('develop clinicians as digital leaders', 'develop digital leadership across clinical and executive teams'),
     'opened to whole teams and board members instead of individual clinical informaticians',
     'clinicians and informaticians', 'digital leadership', drivers='S', groups='CM', stages='A')
_fam('PIP', 'Patient Innovation Panel', 'PIP', 'Public Partners in Innovation Programme', 'PPIP', 'cohort',
     ('NHSE', 'NIHR', 'NV'), 'evidence',
     ('N', 'stakeholder-consultation', 'no', 'none'),
     ('NT', 'public-awareness-and-outreach', 'no', 'none'),
     'clinical', 'CP', (100000, 600000), 2,
     ('involve patients in setting priorities for innovation',
      'train and pay public partners to co-design innovations with developers'),
     'paid and trained public partners to co-design innovations, rather than only advising on priorities',
     'patients and members of the public', 'patient and public involvement', drivers='P', groups='P',
     stages='D')
_fam('HESS', 'Health Economics Support Service', 'HESS', 'Value Evidence Service', 'VES', None,
     ('OLS', 'AHSNN', 'AHSNN'), 'evidence',
     ('EI', 'technology-extension-and-advisory-services', 'no', 'none'),
     ('EIR', 'technology-extension-and-advisory-services', 'no', 'none'),
     'both', 'TCP', (200000, 1000000), 3,
     ('help innovators build health-economic cases for their products',
      'help innovators assemble value evidence, including real-world data, for appraisal and commissioners'),
     'added support with appraisal submissions and real-world data collection to the modelling help',
     'innovators', 'health economics', drivers='I', groups='I', stages='DA')
_fam('RAS', 'Regulatory Advice Service', 'RAS', 'Multi-agency Advice Service', 'MAAS', None,
     ('DHSC', 'MHRA', 'NICE'), 'regulatory',
     ('R', 'regulatory-oversight-and-ethics-bodies', 'no', 'none'),
     ('RI', 'regulatory-oversight-and-ethics-bodies', 'no', 'none'),
     'both', 'TC', (200000, 1500000), 3,
     ('advise developers on regulatory requirements for their products',
      'give developers joint advice from several regulators and the appraisal body in one place'),
     'brought several regulators and the appraisal body into one joint service instead of a single regulator',
     'developers', 'regulation of health technologies', uk=True, drivers='I', groups='I', stages='D')

NF = len(FAMILIES)
FAM_INDEX = {f['code']: i for i, f in enumerate(FAMILIES)}
UNIT_ABBR = {'cohort': 'coh.', 'wave': 'wave', 'round': 'rd', 'phase': 'ph.', 'call': 'call'}
ORD = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
ORDN = ['0th', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th']
NUMW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']


def gen_stem(f, g):
    F = FAMILIES[f]
    return F['succ'] if g else F['stem']


def gen_aliases(f, g):
    """Name forms that identify the generation of a family (what the name must contain)."""
    F = FAMILIES[f]
    if g:
        forms = [F['succ'], F['succ_acr']]
    else:
        forms = [F['stem'], F['acr']] + ([F['old'], F['old_acr']] if F['old'] else [])
        if F['code'] == 'SBRI':
            forms.append('SBRI Healthcare')
    return [norm(x) for x in forms]


# topic options per family
FAM_TECHS = []
FAM_TARGETS = []
for _F in FAMILIES:
    k = _F['kinds']
    techs = [i for i, t in enumerate(TECHS) if t[0] in k]
    targets = [i for i, t in enumerate(TARGETS) if t[0] in k or (t[0] == 'P' and 'P' in k)]
    if 'C' not in k:                   # operational families still name the service they serve
        targets = [i for i, t in enumerate(TARGETS)]
    FAM_TECHS.append(techs)
    FAM_TARGETS.append(targets)

# ----------------------------------------------------------------------------------------------
# Record text checks (shared with the checker): does a record state X?
# ----------------------------------------------------------------------------------------------
_WAVE_UNITS = r'(?:wave|waves|cohort|coh|round|rd|phase|ph|call|intake)'
_NUMWORD = {w: i for i, w in enumerate(NUMW)}
_ORDWORD = {w: i for i, w in enumerate(ORD)}
_ORDWORD.update({w: i for i, w in enumerate(ORDN)})
_WAVE_RE1 = re.compile(r' ' + _WAVE_UNITS + r' (\d{1,2}|' + '|'.join(NUMW[1:]) + r')(?= )')
_WAVE_RE2 = re.compile(r' (' + '|'.join(ORD[1:] + ORDN[1:]) + r') ' + _WAVE_UNITS + r'(?= )')


def waves_stated(text_norm):
    out = []
    for m in _WAVE_RE1.finditer(text_norm):
        v = m.group(1)
        out.append(int(v) if v.isdigit() else _NUMWORD[v])
    for m in _WAVE_RE2.finditer(text_norm):
        out.append(_ORDWORD[m.group(1)])
    return out


_EVAL_RE = re.compile(r' (evaluation|eval) of |^ (independent |process |impact |economic |realist |mixed methods )*(evaluation|eval) | (evaluation|eval)( \d{4})? $')


def is_evaluation_name(name):
    return bool(_EVAL_RE.search(norm(name)))


def record_texts(row):
    """Normalised text of the columns in which a record states what it is."""
    return {
        'name': norm(row.get('name', '')),
        'all': norm(' '.join(row.get(c, '') for c in ('name', 'description', 'technology_area', 'region',
                                                       'budget_period'))),
        'country': norm(row.get('country', '')).strip(),
        'region': norm(row.get('region', '')),
    }


def states_topic(tx, tech, target):
    a = tx['all']
    ok_tg = any(al in a for al in TARGET_ALIASES[target])
    ok_te = tech < 0 or any(al in a for al in TECH_ALIASES[tech])
    return ok_tg and ok_te


def states_place(tx, place):
    if place_kind(place) == 'region':
        if any(al in tx['all'] for al in REGION_ALIASES[place[2:]]):
            return True
        return False
    code = place if place_kind(place) == 'nation' else 'I:' + place[2:]
    if tx['country'] and COUNTRY_CELL.get(norm(tx['country'])) == code:
        return True
    return any(al in tx['all'] for al in place_aliases(place))


def states_wave(tx, wave):
    return wave == 0 or wave in waves_stated(tx['all'])


def states_generation(tx, f, g):
    return any(al in tx['name'] for al in gen_aliases(f, g))


def states_role(row, role):
    return is_evaluation_name(row.get('name', '')) == (role == 1)


def dims_stated(row, key):
    """Which identity dimensions the record states (dict dim -> bool)."""
    f, g, te, tg, p, w, r = key
    tx = record_texts(row)
    return {
        'topic': states_topic(tx, te, tg),
        'place': states_place(tx, p),
        'wave': states_wave(tx, w),
        'generation': states_generation(tx, f, g),
        'role': states_role(row, r) if FAMILIES[f]['evaluable'] else True,
    }


HN_DIM = {'wave': ['wave'], 'successor': ['generation'], 'devolved-counterpart': ['place'],
          'regional-inspired': ['place'], 'international-counterpart': ['place'],
          'sister-programme': ['topic'], 'evaluation-of-programme': ['role']}


def key_from_truth(t):
    return (FAM_INDEX[t['family']], int(t['generation']), int(t['tech']), int(t['target']), t['place'],
            int(t['wave']), int(t['role']))


def differing_dims(ka, kb):
    d = []
    if ka[0] != kb[0]:
        d.append('family')
    if ka[1] != kb[1]:
        d.append('generation')
    if ka[2] != kb[2] or ka[3] != kb[3]:
        d.append('topic')
    if ka[4] != kb[4]:
        d.append('place')
    if ka[5] != kb[5]:
        d.append('wave')
    if ka[6] != kb[6]:
        d.append('role')
    return d


# ----------------------------------------------------------------------------------------------
# Identity construction (combinatorics with hard-negative neighbourhoods)
# ----------------------------------------------------------------------------------------------
WAVE_WEIGHTS = [30, 25, 18, 12, 9, 6]


def random_key(rng):
    f = rng.randrange(NF)
    F = FAMILIES[f]
    g = 0 if rng.random() < 0.8 else 1
    te = rng.choice(FAM_TECHS[f]) if (FAM_TECHS[f] and rng.random() < 0.8) else -1
    tg = rng.choice(FAM_TARGETS[f])
    x = rng.random()
    if x < 0.5:
        p = 'UK' if F['uk'] else 'ENG'
    elif x < 0.72:
        reg = rng.choice(REGIONS[:15]) if rng.random() < 0.7 else rng.choice(REGIONS[15:])
        p = 'R:' + reg[0]
    elif x < 0.93:
        p = 'UK' if F['uk'] else rng.choice(['SCO', 'SCO', 'WAL', 'WAL', 'NIR'])
    else:
        p = 'I:' + rng.choice(INTL)[0]
    w = rng.choices(range(1, 7), WAVE_WEIGHTS)[0] if F['unit'] else 0
    r = 1 if (F['evaluable'] and rng.random() < 0.04) else 0
    return (f, g, te, tg, p, w, r)


HN_KIND_WEIGHTS = [('wave', 22), ('sister-programme', 22), ('devolved-counterpart', 13),
                   ('regional-inspired', 14), ('successor', 12), ('evaluation-of-programme', 11),
                   ('international-counterpart', 6)]


def mutate(key, kind, rng):
    f, g, te, tg, p, w, r = key
    F = FAMILIES[f]
    if kind == 'wave':
        if not F['unit'] or w >= 6:
            return None
        return (f, g, te, tg, p, w + 1, r)
    if kind == 'successor':
        if g == 0:
            return (f, 1, te, tg, p, 1 if F['unit'] else 0, r)
        return (f, 0, te, tg, p, rng.randint(1, 4) if F['unit'] else 0, r)
    if kind == 'devolved-counterpart':
        if F['uk'] or p not in NATIONS:
            return None
        return (f, g, te, tg, rng.choice([n for n in NATIONS if n != p]), w, r)
    if kind == 'regional-inspired':
        if place_kind(p) != 'nation':
            return None
        nat = 'ENG' if p == 'UK' else p
        return (f, g, te, tg, 'R:' + rng.choice(REGIONS_OF[nat]), w, r)
    if kind == 'international-counterpart':
        if p not in ('ENG', 'UK'):
            return None
        return (f, g, te, tg, 'I:' + rng.choice(INTL)[0], w, r)
    if kind == 'sister-programme':
        if te >= 0 and rng.random() < 0.45:
            kind_t = TECHS[te][0]
            opts = [i for i in FAM_TECHS[f] if TECHS[i][0] == kind_t and i != te]
            if not opts:
                return None
            return (f, g, rng.choice(opts), tg, p, w, r)
        kind_t = TARGETS[tg][0]
        opts = [i for i in FAM_TARGETS[f] if TARGETS[i][0] == kind_t and i != tg]
        return (f, g, te, rng.choice(opts), p, w, r)
    if kind == 'evaluation-of-programme':
        if not F['evaluable'] or r == 1:
            return None
        return (f, g, te, tg, p, w, 1)
    return None


MAX_START = 2025


def valid_key(key):
    """Plausible in a 2023 evidence map: starts by 2025; a predecessor's waves start before its successor."""
    f, g, te, tg, p, w, r = key
    at = identity_attrs(key)
    if at['start'][0] > MAX_START:
        return False
    if g == 0 and w and at['start'][0] >= identity_attrs((f, 1, te, tg, p, 1, 0))['scheme_start']:
        return False
    return True


def build_identities(P, target_hn, rng):
    index = {}
    keys = []
    hn = []

    def add(k):
        index[k] = len(keys)
        keys.append(k)

    kinds = [k for k, _ in HN_KIND_WEIGHTS]
    weights = [w for _, w in HN_KIND_WEIGHTS]
    kbar = 2.1
    while len(keys) < P:
        seed = random_key(rng)
        if seed in index or not valid_key(seed):
            continue
        add(seed)
        need = target_hn - len(hn)
        remaining = P - len(keys)
        if need <= 0 or remaining <= 0:
            continue
        rr = min(0.95, need / remaining)
        q = min(1.0, rr / (kbar * (1.0 - rr)))
        if rng.random() >= q:
            continue
        n_nb = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
        last_wave = seed
        for _ in range(n_nb):
            if len(keys) >= P or len(hn) >= target_hn:
                break
            for _attempt in range(8):
                kind = rng.choices(kinds, weights)[0]
                base = last_wave if kind == 'wave' else seed
                nb = mutate(base, kind, rng)
                if nb is None or nb in index or not valid_key(nb):
                    continue
                add(nb)
                hn.append((index[base], index[nb], kind))
                if kind == 'wave':
                    last_wave = nb
                break
    return keys, hn


# ----------------------------------------------------------------------------------------------
# Identity attributes (derived from the key with the stable hash, so related programmes cohere)
# ----------------------------------------------------------------------------------------------
def titlecase(s):
    small = {'and', 'of', 'for', 'in', 'the', 'to', 'with', 'on', 'at', 'by'}
    out = []
    for i, w in enumerate(s.split(' ')):
        if w and w[0].islower() and (i == 0 or w not in small):
            w = w[0].upper() + w[1:]
        out.append(w)
    return ' '.join(out)


def topic_label(te, tg, style=0):
    tgl = TARGETS[tg][1]
    if te < 0:
        return tgl
    tel = TECHS[te][1]
    if style == 1:
        return '%s in %s' % (tel, tgl)
    if style == 2:
        return '%s (%s)' % (tgl, tel)
    return '%s for %s' % (tel, tgl)


def place_name(f, g, p):
    F = FAMILIES[f]
    stem = gen_stem(f, g)
    k = place_kind(p)
    if p == 'ENG':
        return (F['eng_prefix'] + stem) if not g else stem
    if p == 'UK':
        return stem
    if k == 'nation':
        style = H('pn', f, g, p) % 2
        if p == 'SCO':
            return 'Scottish ' + stem if style == 0 else stem + ' Scotland'
        if p == 'WAL':
            return 'Welsh ' + stem if style == 0 else stem + ' Wales'
        return 'Northern Ireland ' + stem if style == 0 else stem + ' (Northern Ireland)'
    if k == 'region':
        return REGION[p[2:]][3] + ' ' + stem
    return INTL_BY[p[2:]][2] + ' ' + stem


def unit_of(f):
    return FAMILIES[f]['unit']


def canonical_name(key):
    f, g, te, tg, p, w, r = key
    n = place_name(f, g, p) + ': ' + titlecase(topic_label(te, tg))
    if w:
        n += ', ' + unit_of(f).capitalize() + ' ' + str(w)
    if r:
        n = 'Evaluation of the ' + n
    return n


def nice_round(x):
    if x >= 1e6:
        return int(round(x / 50000.0)) * 50000
    if x >= 1e5:
        return int(round(x / 5000.0)) * 5000
    return int(round(x / 1000.0)) * 1000


def identity_attrs(key):
    f, g, te, tg, p, w, r = key
    F = FAMILIES[f]
    k = place_kind(p)
    nat = place_nation(p)
    years = F['years']
    # scheme start: per family and generation, shared by sister topics (±1 year)
    if F['unit']:
        base0 = 2009 + H('base', f, 0) % 6                   # 2009 .. 2014; up to six waves follow
        base = base0 if g == 0 else min(2021, base0 + 6 + H('gap', f) % 2)
    else:
        base0 = 2010 + H('base', f, 0) % 7                   # 2010 .. 2016
        base = base0 if g == 0 else min(2021, base0 + years + H('gap', f) % 2)
    # offsets do not depend on the generation, so a successor always starts after its predecessor
    if k == 'nation' and p not in ('ENG', 'UK'):
        base += 1 + H('dev', f, p) % 2
    elif k == 'region':
        base += 1 + H('reg', f, p) % 2
    elif k == 'intl':
        base += 1 + H('int', f, p) % 3
    base += H('tofs', f, te, tg, p) % 2
    scheme_start = base
    wave_len = max(1, years // 2) if w else years
    sy = base + (w - 1 if w else 0)
    sm = 1 + H('sm', f, g, te, tg, p, w) % 12
    if H('fy', f, g, p) % 3 == 0:
        sm = 4                                            # many schemes start with the financial year
    ey = sy + wave_len
    em = 1 + (sm + 9 + H('em', f, g, te, tg, p, w) % 3) % 12
    if em < sm and ey == sy:
        ey += 1
    # budget
    lo, hi = F['scale']
    T = lo * (hi / lo) ** hfrac('bud', f, g, te, tg, p, w)
    if w:
        T = T / 2
    cur = 'GBP'
    if k == 'nation':
        T *= {'ENG': 1.0, 'UK': 1.25, 'SCO': 0.14, 'WAL': 0.08, 'NIR': 0.05}[p]
    elif k == 'region':
        T *= 0.09 if nat == 'ENG' else 0.03
    else:
        it = INTL_BY[p[2:]]
        T *= 0.6 * it[6]
        cur = it[5]
    T = max(60000, nice_round(T))
    a = dict(years=wave_len, start=(sy, sm), end=(ey, em), budget=T, currency=cur, scheme_start=scheme_start,
             share=(0.5 + 0.05 * (H('share', f, g, p) % 5)) if F['match'] else None)
    # owners (sponsor, delivery, host)
    if k == 'intl':
        it = INTL_BY[p[2:]]
        own = (it[7], it[8], it[8])
    elif nat in DEVOLVED_BODIES:
        db = DEVOLVED_BODIES[nat]
        own = (db['sponsor'], db[F['dtype']], db[F['dtype']])
    else:
        own = F['own']
    if k == 'region':
        ra = REGION[p[2:]][5]
        own = (own[1], ra, ra)
    a['own'] = own
    a['evaluator'] = None
    if r:
        evs = EVALUATORS.get(nat or 'ENG', EVALUATORS['ENG']) if k != 'intl' else ['RAND', 'LSHTM', 'UOXF']
        a['evaluator'] = evs[H('ev', f, g, te, tg, p, w) % len(evs)]
        a['eval_funder'] = EVAL_FUNDER.get(nat, 'NIHR') if k != 'intl' else INTL_BY[p[2:]][7]
        a['eval_design'] = ['process', 'impact', 'mixed-methods', 'economic', 'realist'][H('ed', f, g, te, tg, p, w) % 5]
        es = (sy + 1, sm)
        a['start'] = es
        a['end'] = (es[0] + 2, 1 + (sm + 5) % 12)
        a['years'] = 2
        a['budget'] = nice_round(150000 + 1100000 * hfrac('eb', f, g, te, tg, p, w))
        if k == 'intl':
            a['budget'] = nice_round(a['budget'] * INTL_BY[p[2:]][6])
        a['share'] = None
    return a


# ----------------------------------------------------------------------------------------------
# Reviewers and sources
# ----------------------------------------------------------------------------------------------
# fill: share of optional columns filled; us: US spelling; abbrev; paste (footnotes, quotes);
# fy: likes financial years; sent: sentences; enum style: 'words', 'slug', 'syn'
REVIEWERS = [
    dict(code='R1', fill=0.97, us=0.0, abbrev=False, paste=False, fy=0.2, sent=(2, 4), enum='words', idref=0.1),
    dict(code='R2', fill=0.65, us=0.0, abbrev=True, paste=False, fy=0.3, sent=(1, 2), enum='slug', idref=0.2),
    dict(code='R3', fill=0.6, us=0.0, abbrev=False, paste=True, fy=0.2, sent=(2, 3), enum='syn', idref=0.0),
    dict(code='R4', fill=0.15, us=0.0, abbrev=False, paste=False, fy=0.1, sent=(1, 1), enum='words', idref=0.0),
    dict(code='R5', fill=0.55, us=1.0, abbrev=False, paste=False, fy=0.0, sent=(1, 3), enum='syn', idref=0.0),
    dict(code='R6', fill=0.8, us=0.0, abbrev=False, paste=False, fy=0.8, sent=(2, 3), enum='words', idref=0.3),
    dict(code='R7', fill=0.5, us=0.5, abbrev=False, paste=True, fy=0.0, sent=(1, 3), enum='syn', idref=0.0),
    dict(code='R8', fill=0.3, us=0.0, abbrev=True, paste=False, fy=0.3, sent=(1, 2), enum='slug', idref=0.5),
]
SOURCE_TYPES = ['annual_report', 'evaluation_report', 'web_page', 'programme_website', 'parliamentary_answer',
                'audit_report', 'kings_fund', 'nuffield', 'health_foundation', 'press_release',
                'devolved_publication', 'international']


def reviewer_weights(p):
    k = place_kind(p)
    if k == 'intl':
        return [4, 3, 3, 2, 6, 1, 12, 2]
    if p in ('SCO', 'WAL', 'NIR') or (k == 'region' and place_nation(p) != 'ENG'):
        return [4, 3, 3, 3, 2, 12, 2, 3]
    return [6, 5, 5, 6, 4, 3, 2, 5]


def source_weights(p, role):
    k = place_kind(p)
    nat = place_nation(p)
    w = {'annual_report': 8, 'evaluation_report': 6, 'web_page': 8, 'programme_website': 8,
         'parliamentary_answer': 5, 'audit_report': 3, 'kings_fund': 3, 'nuffield': 3, 'health_foundation': 3,
         'press_release': 8, 'devolved_publication': 0, 'international': 1}
    if nat in ('SCO', 'WAL', 'NIR'):
        w['devolved_publication'] = 10
        w['kings_fund'] = w['nuffield'] = w['health_foundation'] = 1
    if k == 'intl':
        w = {s: 1 for s in w}
        w['international'] = 12
        w['programme_website'] = 6
        w['press_release'] = 4
        w['parliamentary_answer'] = 0
        w['devolved_publication'] = 0
    if role:
        w['evaluation_report'] += 14
        w['press_release'] = 1
    return [w[s] for s in SOURCE_TYPES]


# ----------------------------------------------------------------------------------------------
# Rendering a record
# ----------------------------------------------------------------------------------------------
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
SEASON = {3: 'spring', 4: 'spring', 5: 'spring', 6: 'summer', 7: 'summer', 8: 'summer', 9: 'autumn',
          10: 'autumn', 11: 'autumn', 12: 'winter', 1: 'winter', 2: 'winter'}


def fy_of(y, m):
    s = y if m >= 4 else y - 1
    return '%d/%02d' % (s, (s + 1) % 100)


def money_words(x, cur):
    sym = {'GBP': '£', 'EUR': '€', 'USD': 'US$', 'CAD': 'C$', 'AUD': 'A$', 'NZD': 'NZ$'}.get(cur)
    if x >= 1e6:
        v = ('%.1f' % (x / 1e6)).rstrip('0').rstrip('.') + 'm'
    else:
        v = '%dk' % round(x / 1000.0)
    return (sym + v) if sym else (v + ' ' + cur)


def plural_years(n):
    return '1 year' if n == 1 else '%d years' % n


def fmt_amount(x, cur, rng):
    s = rng.random()
    if cur == 'GBP' and s < 0.25:
        return '£{:,}'.format(x)
    if s < 0.6:
        return '{:,}'.format(x)
    return str(x)


def fmt_date(y, m, style):
    if style == 'ym':
        return '%d-%02d' % (y, m)
    if style == 'y':
        return str(y)
    if style == 'ymd':
        return '%d-%02d-01' % (y, m)
    if style == 'dmy':
        return '01/%02d/%d' % (m, y)
    if style == 'dot':
        return '1.%d.%d' % (m, y)
    if style == 'mon':
        return '%s %d' % (MONTHS[m - 1][:3], y)
    if style == 'dmon':
        return '1 %s %d' % (MONTHS[m - 1], y)
    if style == 'my':
        return '%02d/%d' % (m, y)
    if style == 'iso_t':
        return '%d-%02d-01T00:00:00+00:00' % (y, m)
    return '%d-%02d' % (y, m)


FINDINGS = [
    'most participating sites adopted at least one innovation within a year',
    'uptake was fastest where a local clinical champion was in place',
    'staff reported greater confidence in using new technology, but savings were hard to demonstrate',
    'benefits depended on backfill funding being available for clinical time',
    'procurement rules slowed adoption in a minority of sites',
    'patients reported a better experience, although data on outcomes were incomplete',
    'the support was valued, but sustaining it after funding ended was a challenge',
    'the programme reached fewer sites than planned because of pressures during COVID-19',
]
OBS = [
    'its funding is small relative to the size of the challenge',
    'it is one of few schemes that support adopters rather than innovators',
    'its evaluation has so far reported on process rather than outcomes',
    'it overlaps with several regional schemes',
    'it relies heavily on the regional networks for delivery',
    'short funding cycles make planning difficult for participants',
]
EXAMPLE_OF = {
    'adoption': ['national support for adoption and spread', 'paying for the uptake of proven innovations'],
    'workforce': ['building innovation skills in the clinical workforce', 'support for clinical innovators'],
    'evidence': ['real-world evidence generation', 'rapid evaluation capacity', 'evidence support for innovators'],
    'digital': ['investment in digital infrastructure', 'funding for administrative and operational innovation'],
    'enterprise': ['support for health technology companies', 'public funding for early-stage innovation'],
    'research': ['applied research partnerships between universities and health services'],
    'regulatory': ['regulatory support for innovators', 'early access to new treatments'],
}
QUOTE_WHO = ['the chief executive', 'the programme director', 'the minister', 'the national director for innovation',
             'a clinical lead']


class Renderer:
    def __init__(self, rng):
        self.rng = rng

    # --- helpers
    def enum_act(self, codes, rv):
        rng = self.rng
        out = []
        for c in codes:
            if rv['enum'] == 'slug':
                out.append(ACT_SLUG[c])
            elif rv['enum'] == 'syn':
                out.append(rng.choice(ACT_WORDS[c]))
            else:
                out.append(ACT_WORDS[c][0])
        return '; '.join(out)

    def yesno(self, v, rv):
        rng = self.rng
        if rv['enum'] == 'slug':
            return {'yes': 'y', 'no': 'n', 'partly': 'partly'}[v] if rng.random() < 0.5 else v
        if rv['enum'] == 'syn':
            return rng.choice({'yes': ['yes', 'Yes', 'TRUE', '1'], 'no': ['no', 'No', 'FALSE', '0'],
                               'partly': ['partly', 'Partly']}[v])
        return v.capitalize() if rng.random() < 0.3 else v

    def focus_word(self, v, rv):
        if rv['enum'] == 'syn':
            return self.rng.choice({'clinical': ['clinical', 'Clinical'],
                                    'non-clinical': ['non-clinical', 'non clinical', 'operational', 'administrative'],
                                    'both': ['both', 'mixed', 'clinical and non clinical']}[v])
        return v

    def recip_word(self, v, rv):
        if rv['enum'] == 'syn':
            return self.rng.choice({'innovators': ['innovators', 'innovators only', 'developers', 'suppliers'],
                                    'adopters': ['adopters', 'adopters only', 'NHS organisations',
                                                 'health and care providers'],
                                    'both': ['both', 'innovators and adopters'],
                                    'none': ['none', 'no funding', 'not funded']}[v])
        return v

    def status_word(self, v, rv):
        if rv['enum'] == 'syn':
            return self.rng.choice({'active': ['active', 'ongoing', 'live', 'running', 'in progress', 'underway'],
                                    'concluded': ['concluded', 'closed', 'completed', 'ended', 'finished'],
                                    'planned': ['planned', 'announced', 'upcoming', 'forthcoming']}[v])
        return v

    def actor_ref(self, code, rv):
        a = ACTOR[code]
        rng = self.rng
        x = rng.random()
        if x < rv['idref']:
            return actor_id(code)
        if rv['abbrev'] and a[2] and x < 0.85:
            return a[2]
        if a[2] and x > 0.9:
            return a[2]
        return a[1]

    def topic_mention(self, te, tg, rv, short=False):
        rng = self.rng
        tgf = TARGETS[tg][1:]
        tgm = tgf[-1] if (short or rv['abbrev']) and len(tgf) > 1 and rng.random() < 0.6 else rng.choice(tgf[:2])
        if te < 0:
            return tgm
        tef = TECHS[te][1:]
        tem = tef[-1] if (short or rv['abbrev']) and len(tef) > 1 and rng.random() < 0.6 else rng.choice(tef[:2])
        pat = rng.random()
        if pat < 0.55:
            return '%s for %s' % (tem, tgm)
        if pat < 0.8:
            return '%s in %s' % (tem, tgm)
        return '%s (%s)' % (tgm, tem)

    def place_phrase(self, p):
        rng = self.rng
        k = place_kind(p)
        if k == 'nation':
            return rng.choice(NATION_INFO[p][4])
        if k == 'region':
            r = REGION[p[2:]]
            return rng.choice(['in %s' % r[2], 'across the %s area' % r[3], 'in %s' % r[3]])
        it = INTL_BY[p[2:]]
        return rng.choice(['in %s' % it[1], 'across %s' % it[1]])

    def wave_phrase(self, f, w, rv, year):
        rng = self.rng
        u = unit_of(f)
        x = rng.random()
        if rv['abbrev'] and x < 0.6:
            return '%s %d' % (UNIT_ABBR[u], w)
        if x < 0.35:
            return '%s %d' % (u, w)
        if x < 0.6:
            return 'the %s %s' % (ORD[w], u)
        if x < 0.75:
            return '%s %s' % (u, NUMW[w])
        if x < 0.85:
            return 'the %s %s' % (ORDN[w], u)
        return '%s %d (%d intake)' % (u, w, year)

    def name_form(self, key, at, rv, src_year):
        """The name as cited in the reviewer's source."""
        rng = self.rng
        f, g, te, tg, p, w, r = key
        F = FAMILIES[f]
        k = place_kind(p)
        stem = gen_stem(f, g)
        acr = F['succ_acr'] if g else F['acr']
        pn = place_name(f, g, p)
        tl = titlecase(topic_label(te, tg, rng.choice([0, 0, 1, 2])))
        wl = (', %s %d' % (unit_of(f).capitalize(), w)) if w else ''
        choices = ['full', 'full', 'full', 'acr', 'year', 'reorder', 'plain', 'host', 'old']
        if rv['abbrev']:
            choices += ['acr', 'acr', 'acr']
        form = rng.choice(choices)
        if form == 'old' and not (F['old'] and g == 0 and p in ('ENG',)):
            form = 'full'
        if form == 'host' and p != 'ENG':
            form = 'year'
        if form == 'full':
            n = pn + ': ' + tl + wl
        elif form == 'old':
            n = F['eng_prefix'] + F['old'] + ': ' + tl + wl
        elif form == 'acr':
            tag = {'ENG': '', 'UK': '', 'SCO': ' Scotland', 'WAL': ' Wales', 'NIR': ' NI'}.get(p)
            if tag is None:
                tag = ' ' + (REGION[p[2:]][4] if k == 'region' else '(%s)' % p[2:])
            tm = self.topic_mention(te, tg, rv, short=True)
            n = '%s%s – %s' % (acr, tag, tm)
            if w:
                n += ' %s %d' % (UNIT_ABBR[unit_of(f)], w)
        elif form == 'year':
            n = pn + ': ' + tl + wl + ' (%d)' % at['start'][0]
        elif form == 'reorder':
            n = '%s %s' % (titlecase(topic_label(te, tg)), stem)
            if p not in ('ENG', 'UK'):
                n = pn.replace(stem, n) if stem in pn else n + ' (%s)' % pn
            if w:
                n += ' – %s %s' % (ORD[w].capitalize(), unit_of(f).capitalize())
        elif form == 'plain':
            n = pn + ((' (%s %d)' % (unit_of(f), w)) if w else '')
        else:  # host
            h = ACTOR[at['own'][2]]
            n = pn + ': ' + tl + wl + ' (hosted by %s)' % h[1]
        if r:
            e = rng.random()
            if e < 0.4:
                n = 'Evaluation of the ' + n
            elif e < 0.6:
                n = 'Independent evaluation of ' + n
            elif e < 0.8:
                n = n + ': %s evaluation' % at['eval_design']
            else:
                n = n + ' evaluation'
        return n

    def description(self, key, at, rv, src, sy, name_cited, owner_code):
        rng = self.rng
        f, g, te, tg, p, w, r = key
        F = FAMILIES[f]
        T = self.topic_mention(te, tg, rv)
        P = self.place_phrase(p)
        W = self.wave_phrase(f, w, rv, at['start'][0]) if w else ''
        aim = F['aims'][g]
        bene = F['bene']
        generic = rng.random() < 0.4
        N = rng.choice(['the programme', 'the scheme', 'this initiative']) if generic else name_cited
        # the wave is not repeated when the cited name already states it
        Wc = (' (%s)' % W) if (W and (generic or not waves_stated(norm(name_cited)))) else ''
        own_name = ACTOR[owner_code][1]
        fy = fy_of(sy, 6)
        K = 3 + H('k', key, src) % 40
        sents = []
        if r:
            ev = ACTOR[at['evaluator']][1]
            fu = ACTOR[at['eval_funder']][1]
            pn = place_name(f, g, p)
            Wc = (' (%s)' % W) if W else ''
            y0, y1 = at['start'][0], at['end'][0]
            if sy > y1:
                det = rng.choice(['Fieldwork ran from %d to %d.' % (y0, y1),
                                  'The final report was published in %d.' % (y1 + 1),
                                  'It combined site case studies with analysis of routine data.'])
            else:
                det = rng.choice(['Fieldwork runs from %d to %d.' % (y0, y1), 'A final report is due in %d.' % (y1 + 1),
                                  'It combines site case studies with analysis of routine data.'])
            t = rng.choice([
                'Independent %s evaluation of the %s%s %s, commissioned by %s and led by %s.' % (at['eval_design'], pn, Wc, P, fu, ev),
                '%s is evaluating the %s%s (%s) %s for %s.' % (ev, pn, Wc, T, P, fu),
                'The evaluation, led by %s, examines whether the %s%s %s achieved its aim to %s for %s.' % (ev, pn, Wc, P, aim, T),
            ])
            sents.append(t)
            if g == 1:
                sents.append('The programme evaluated replaced the %s in %d.' % (place_name(f, 0, p), at['scheme_start']))
            sents.append(det)
            if T not in t:
                sents.append('The programme evaluated focuses on %s.' % T)
        else:
            if src == 'annual_report':
                t = rng.choice([
                    'During %s %s%s worked with %d %s on %s %s.' % (fy, N, Wc, K, bene, T, P),
                    '%s reports that in %s the programme%s supported %d projects on %s %s.' % (own_name, fy, Wc, K, T, P),
                ])
            elif src == 'evaluation_report':
                t = rng.choice([
                    'The %s evaluation of %s%s found that %s; it focuses on %s %s.' % (rng.choice(['independent', 'interim', 'final']), N, Wc, rng.choice(FINDINGS), T, P),
                    'Evaluators reported that %s. The scheme works with %s on %s %s%s.' % (rng.choice(FINDINGS), bene, T, P, Wc),
                ])
            elif src in ('web_page', 'programme_website'):
                t = rng.choice([
                    '%s%s works with %s %s and aims to %s, with a focus on %s.' % (N, Wc, bene, P, aim, T),
                    'Through %s%s, %s %s can get support; the focus is %s.' % (N, Wc, bene, P, T),
                    '%s%s: %s %s, focusing on %s.' % (N, Wc, 'support for ' + bene, P, T),
                ])
            elif src == 'parliamentary_answer':
                t = rng.choice([
                    'In a written answer the minister said %s%s had so far supported %d %s working on %s %s.' % (N, Wc, K, bene, T, P),
                    'Ministers told Parliament that %s%s would %s; it covers %s %s.' % (N, Wc, aim, T, P),
                ])
            elif src in ('audit_report', 'kings_fund', 'nuffield', 'health_foundation'):
                org = {'audit_report': {'SCO': 'Audit Scotland', 'WAL': 'Audit Wales', 'NIR': 'the Northern Ireland Audit Office'}.get(place_nation(p), 'the National Audit Office'),
                       'kings_fund': "The King's Fund", 'nuffield': 'The Nuffield Trust',
                       'health_foundation': 'The Health Foundation'}[src]
                q = '\u201c%s\u201d' % aim if rng.random() < 0.5 else '\u2018a scheme to %s\u2019' % aim
                obs = [o for o in OBS if 'adopters' not in o or F['g'][g][3] == 'adopters']
                t = rng.choice([
                    '%s describes %s%s as %s and notes that %s. It covers %s %s.' % (org, N, Wc, q, rng.choice(obs), T, P),
                    'According to %s, %s%s operates %s and is focused on %s, although %s.' % (org, N, Wc, P, T, rng.choice(obs)),
                ])
            elif src == 'press_release':
                if generic:
                    t = 'A new %s programme%s will %s, starting with %s %s, %s announced.' % (
                        money_words(at['budget'], at['currency']), Wc, aim, T, P, own_name)
                else:
                    t = '%s has announced %s%s, which will %s for %s %s.' % (own_name, N, Wc, aim, T, P)
                if rng.random() < 0.5:
                    t += ' \u201cThis will make a real difference to patients,\u201d said %s.' % rng.choice(QUOTE_WHO)
            elif src == 'devolved_publication':
                doc = {'SCO': "the Scottish Government's digital health and care strategy update",
                       'WAL': 'a Welsh Government written statement', 'NIR': 'a Department of Health (Northern Ireland) bulletin'}.get(place_nation(p), 'a government strategy')
                t = 'Set out in %s, %s%s aims to %s for %s %s.' % (doc, N, Wc, aim, T, P)
            else:
                doc = rng.choice(['an OECD health working paper', 'a WHO Europe case study', 'a Commonwealth Fund brief',
                                  'a European Observatory country profile'])
                t = 'Cited in %s as an example of %s: %s%s %s, focused on %s.' % (doc, rng.choice(EXAMPLE_OF[F['dtype']]), N, Wc, P, T)
            sents.append(t)
            if aim not in t and rng.random() < 0.6:
                sents.append('It aims to %s.' % aim)
            else:
                sents.append('Support is aimed at %s.' % bene)
            sy0 = at['start']
            if rv['fy'] > rng.random():
                sents.append('Funded from %s.' % fy_of(*sy0))
            elif rng.random() < 0.3:
                sents.append('It was launched in %s %d.' % (SEASON[sy0[1]], sy0[0]))
            if g == 1:
                pred = place_name(f, 0, p)
                sents.append('It replaced the %s in %d and, unlike its predecessor, %s.' % (pred, at['scheme_start'], F['scope']))
            if place_kind(p) == 'region' and rng.random() < 0.6:
                nat = place_nation(p)
                base = place_name(f, g, 'UK' if (F['uk'] and nat == 'ENG') else nat)
                sents.append('Modelled on the national %s, it is run locally by %s.' % (base, ACTOR[at['own'][1]][1]))
            if place_kind(p) == 'intl' and rng.random() < 0.5:
                sents.append('Its design borrows from a similar scheme in the English NHS.')
            if at['share'] and rng.random() < 0.5:
                sents.append('Industry partners match-fund the government contribution.')
        sents = [s[0].upper() + s[1:] for s in sents]
        # sentence budget by reviewer
        lo, hi = rv['sent']
        n = rng.randint(lo, hi)
        if g == 1:
            # the successor statement is kept even by terse reviewers
            keep = [sents[0]] + [s for s in sents if 'replaced the' in s and s is not sents[0]]
            sents = keep + [s for s in sents[1:] if s not in keep][:max(0, n - len(keep))]
        else:
            sents = sents[:max(1, n)]
        return sents

    def decorate(self, sents, rv, src_label):
        rng = self.rng
        if rv['paste']:
            out = []
            for s in sents:
                x = rng.random()
                if x < 0.3:
                    s = s + '%d' % rng.randint(2, 140)           # footnote digits after the full stop
                elif x < 0.5:
                    s = s + ' [%d]' % rng.randint(1, 60)
                elif x < 0.65:
                    s = s.rstrip('.') + ' (see p. %d).' % rng.randint(3, 180)
                out.append(s)
            sep = '\n' if rng.random() < 0.2 else ' '
            text = sep.join(out)
        else:
            text = ' '.join(sents)
        if rv['abbrev']:
            text = (text.replace('programme', 'prog.').replace('government', 'govt')
                    .replace('organisations', 'orgs').replace(' and ', ' & ')
                    .replace('approximately', 'approx.').replace('evaluation', 'eval.'))
        return text


def make_source(src, at, key, sy, rng, owner_code):
    f, g, te, tg, p, w, r = key
    own = ACTOR[owner_code][1]
    nat = place_nation(p)
    if src == 'annual_report':
        return '%s annual report %s, p. %d' % (own, fy_of(sy, 6), rng.randint(4, 120))
    if src == 'evaluation_report':
        ev = ACTOR[at['evaluator']][1] if at.get('evaluator') else rng.choice(['RAND Europe', 'University of Manchester', 'Nuffield Trust'])
        return 'Evaluation report, %s (%d)' % (ev, sy)
    if src == 'web_page':
        return '%s web page (accessed %d-%02d)' % (own, min(sy, SNAPSHOT_YEAR), rng.randint(1, 12))
    if src == 'programme_website':
        return 'Programme website (accessed %d-%02d)' % (min(sy, SNAPSHOT_YEAR), rng.randint(1, 12))
    if src == 'parliamentary_answer':
        if nat == 'SCO':
            return 'Scottish Parliament written answer S%dW-%05d (%d)' % (5 if sy < 2021 else 6, rng.randint(1000, 40000), sy)
        if nat == 'WAL':
            return 'Senedd written question WQ%d (%d)' % (rng.randint(70000, 90000), sy)
        if nat == 'NIR':
            return 'NI Assembly question AQW %d/%s (%d)' % (rng.randint(100, 9000), '17-22', sy)
        return 'Written answer UIN %d, House of Commons (%d)' % (rng.randint(1000, 299999), sy)
    if src == 'audit_report':
        org = {'SCO': 'Audit Scotland', 'WAL': 'Audit Wales', 'NIR': 'Northern Ireland Audit Office'}.get(nat, 'National Audit Office')
        return '%s report (%d), para %d.%d' % (org, sy, rng.randint(1, 5), rng.randint(1, 40))
    if src == 'kings_fund':
        return "The King's Fund long read (%d)" % sy
    if src == 'nuffield':
        return 'Nuffield Trust briefing (%d)' % sy
    if src == 'health_foundation':
        return 'Health Foundation report (%d)' % sy
    if src == 'press_release':
        return '%s press release, %d %s %d' % (own, rng.randint(1, 28), MONTHS[rng.randint(0, 11)], sy)
    if src == 'devolved_publication':
        return {'SCO': 'Scottish Government publication (%d)', 'WAL': 'Welsh Government publication (%d)',
                'NIR': 'Department of Health (NI) publication (%d)'}.get(nat, 'Government publication (%d)') % sy
    return rng.choice(['OECD Health Working Paper (%d)', 'WHO Europe case study (%d)', 'Commonwealth Fund brief (%d)',
                       'European Observatory HiT profile (%d)']) % sy


INIT_COLUMNS = ['id', 'name', 'owner', 'partners', 'description', 'activity_types', 'instrument_type', 'focus',
                'productivity_focus', 'offers_funding', 'evaluated', 'rapid_evaluation', 'funding_recipients',
                'stages', 'drivers', 'target_groups', 'technology_area', 'budget', 'currency', 'budget_period',
                'start_date', 'end_date', 'status', 'source', 'country', 'region']
ACTOR_COLUMNS = ['id', 'name', 'acronym', 'kind', 'level', 'member_of', 'description', 'source']


def render_record(R, key, at, rv, src, used_own):
    rng = R.rng
    f, g, te, tg, p, w, r = key
    F = FAMILIES[f]
    k = place_kind(p)
    fill = rv['fill']

    def filled(scale=1.0, floor=0.0):
        return rng.random() < max(floor, fill * scale)

    # source year: when the reviewer's source was written
    y0 = at['start'][0]
    lo = max(2012, y0 - 1)
    hi = SNAPSHOT_YEAR
    if src == 'evaluation_report':
        lo = min(hi, max(lo, y0 + 1))
    if src == 'press_release' and rng.random() < 0.6:
        hi = min(hi, max(lo, y0))
    if lo > hi:
        lo = hi
    sy = rng.randint(lo, hi)

    # owner as the source presents it
    sponsor, delivery, host = at['own'][:3]
    if r:
        owners = [at['evaluator']]
        partners = [at['eval_funder'], delivery]
    else:
        if src in ('press_release', 'parliamentary_answer', 'devolved_publication'):
            oc = sponsor
        elif src in ('programme_website',):
            oc = host if rng.random() < 0.5 else delivery
        elif src in ('annual_report',):
            oc = rng.choice([sponsor, delivery])
        else:
            oc = rng.choice([delivery, delivery, sponsor, host])
        if oc in used_own and len({sponsor, delivery, host}) > 1:
            alt = [c for c in (delivery, sponsor, host) if c not in used_own]
            if alt:
                oc = alt[0]
        owners = [oc]
        if rng.random() < 0.1 and oc != delivery:
            owners.append(delivery)
        partners = [c for c in (sponsor, delivery, host) if c not in owners]
        ch = TARGET_CHARITY.get(TARGETS[tg][1])
        if ch and k != 'intl' and rng.random() < 0.4:
            partners.append(ch)
        if 'I' in F['groups'] and rng.random() < 0.15 and k != 'intl':
            partners.append(rng.choice(['ABHI', 'ABPI']))
    partners = list(dict.fromkeys(c for c in partners if c not in owners))

    row = dict.fromkeys(INIT_COLUMNS, '')
    name = R.name_form(key, at, rv, sy)
    sents = R.description(key, at, rv, src, sy, name, owners[0])
    src_label = make_source(src, at, key, sy, rng, owners[0])

    # coded columns
    acts, inst, fund, recip = F['g'][g]
    if r:
        acts, inst, fund, recip = 'E', 'policy-intelligence', 'no', 'none'
    if filled(1.0, 0.0):
        codes = list(acts)
        if len(codes) > 1 and rng.random() < 0.3:
            codes = rng.sample(codes, len(codes) - 1)
        row['activity_types'] = R.enum_act(codes, rv)
    if filled(0.8):
        row['instrument_type'] = inst if (rv['enum'] == 'slug' or rng.random() < 0.5) else INSTRUMENTS[inst]
    if filled():
        row['focus'] = R.focus_word(F['focus'], rv)
    if filled(0.7):
        row['productivity_focus'] = R.yesno(F['prod'], rv)
    of = ''
    if filled():
        of = fund
        row['offers_funding'] = R.yesno(fund, rv)
    if filled(0.9):
        if of == 'no' or (not of and fund == 'no'):
            if rng.random() < 0.5:
                row['funding_recipients'] = R.recip_word('none', rv)
        else:
            row['funding_recipients'] = R.recip_word(recip, rv)
    if filled(0.6):
        if r:
            row['evaluated'] = R.yesno('yes', rv)
        else:
            row['evaluated'] = R.yesno(['yes', 'no', 'partly'][H('evd', f, g, p) % 3], rv)
    if filled(0.4):
        row['rapid_evaluation'] = R.yesno(F['rapid'] if not r else ('yes' if at['eval_design'] == 'process' else 'no'), rv)
    if filled(0.5) and not r:
        st = list(F['stages'])
        row['stages'] = '; '.join(STAGES[c] for c in st)
    if filled(0.6):
        row['drivers'] = '; '.join(DRIVERS[c] for c in (F['drivers'] if not r else 'I'))
    if filled(0.7):
        row['target_groups'] = '; '.join(GROUPS[c] for c in (F['groups'] if not r else 'M'))
    if filled(1.0):
        if te >= 0:
            tech = TECHS[te][1] if rng.random() < 0.7 else TECHS[te][2 if len(TECHS[te]) > 2 else 1]
            row['technology_area'] = rng.choice(['%s for %s', '%s; %s', '%s (%s)']) % (tech, TARGETS[tg][1])
        else:
            row['technology_area'] = '%s for %s' % (F['tech'], TARGETS[tg][1])
    # budget as the source reports it
    if filled(0.9):
        T, years, cur = at['budget'], at['years'], at['currency']
        x = rng.random()
        per = ''
        if at['share'] and x < 0.3:
            amt = nice_round(T * at['share'])
            per = plural_years(years)
            sents.append("The figure is the government's share of the cost.")
            row['budget'] = fmt_amount(amt, cur, rng)
        elif x < 0.5:
            row['budget'] = fmt_amount(T, cur, rng)
            f1, f2 = fy_of(*at['start']), fy_of(at['end'][0], at['end'][1])
            per = rng.choice([plural_years(years), 'total', 'over ' + plural_years(years),
                              f1 if f1 == f2 else '%s to %s' % (f1, f2)])
        elif x < 0.75 and years > 1:
            row['budget'] = fmt_amount(nice_round(T / years), cur, rng)
            per = rng.choice(['per year', 'a year', 'annual', 'per annum'])
        elif x < 0.88:
            lo_b = nice_round(T * 0.6)
            hi_b = nice_round(T * 1.5)
            row['budget'] = '%s - %s' % (fmt_amount(lo_b, cur, rng).lstrip('£'), fmt_amount(hi_b, cur, rng).lstrip('£'))
            per = 'total'
        else:
            row['budget'] = 'up to %s' % fmt_amount(nice_round(T * 1.1), cur, rng).lstrip('£')
            per = plural_years(years)
        if per and rng.random() < 0.9:
            row['budget_period'] = per
        if cur != 'GBP' or rng.random() < fill:
            row['currency'] = cur
    # dates as the source gives them
    (sy0, sm0), (ey0, em0) = at['start'], at['end']
    if filled(1.0, 0.35):
        style = rng.choice(['ym', 'ym', 'y', 'ymd', 'dmy', 'dot', 'mon', 'dmon', 'my'] + (['iso_t'] if fill > 0.9 else []))
        if rv['fy'] > rng.random():
            style = 'y'
        row['start_date'] = fmt_date(sy0, sm0, style)
        if filled(0.8):
            row['end_date'] = fmt_date(ey0, em0, {'ymd': 'ym', 'dmon': 'mon'}.get(style, style))
    if filled(1.0, 0.2):
        if sy < sy0 or (sy == sy0 and src == 'press_release'):
            st = 'planned'
        elif sy <= ey0:
            st = 'active'
        else:
            st = 'concluded'
        row['status'] = R.status_word(st, rv)
    if rng.random() < max(0.85, fill):
        row['source'] = src_label
    if filled(1.0, 0.1):
        if k == 'nation':
            row['country'] = rng.choice(NATION_INFO[p][2])
        elif k == 'region':
            row['country'] = NATION_INFO[place_nation(p)][2][0]
        else:
            row['country'] = rng.choice(INTL_BY[p[2:]][3])
    if k == 'region' and filled(1.0, 0.3):
        reg = REGION[p[2:]]
        row['region'] = rng.choice([reg[2], reg[2], reg[3]])

    row['owner'] = ';'.join(R.actor_ref(c, rv) for c in owners) if rng.random() < max(0.75, fill) else ''
    if partners and filled(0.8):
        row['partners'] = '; '.join(R.actor_ref(c, rv) for c in partners)

    # description: sparse reviewers sometimes leave it empty
    desc = '' if (rv['fill'] < 0.2 and g == 0 and rng.random() < 0.12) else R.decorate(sents, rv, src_label)
    if rv['us'] > rng.random():
        name = to_us(name)
        desc = to_us(desc)
    row['name'] = name
    row['description'] = desc
    # make sure the record states what it is (topic, place, wave); the name carries generation/role
    st = dims_stated(row, key)
    extra = []
    if not st['topic']:
        extra.append('Focus: %s.' % topic_label(te, tg))
    if not st['place']:
        extra.append('Applies %s.' % R.place_phrase(p))
    if not st['wave']:
        extra.append('(%s %d.)' % (unit_of(f).capitalize(), w))
    if extra:
        row['description'] = (row['description'] + ' ' + ' '.join(extra)).strip()
    # no cell may start with a formula character
    for c in INIT_COLUMNS:
        v = row[c]
        if v and v[0] in '=+-@':
            row[c] = v.lstrip('=+-@ ')
    return row, owners


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------
def plan_counts(N, dup_share=0.03, triple_share=0.25):
    D = int(round(dup_share * N / (1 + dup_share * (1 + triple_share))))
    D3 = int(round(D * triple_share))
    D2 = D - D3
    extra = D2 + 2 * D3
    P = N - extra
    return P, D2, D3


def self_test():
    # generation aliases of a family must not occur in the other generation's stem
    for f, F in enumerate(FAMILIES):
        for g in (0, 1):
            other = norm(gen_stem(f, 1 - g)) + norm(FAMILIES[f]['succ_acr'] if g == 0 else FAMILIES[f]['acr'])
            for a in gen_aliases(f, g):
                assert a not in other, (F['code'], g, a)
    # topic aliases must not contain another topic's alias
    for group, al in (('tech', TECH_ALIASES), ('target', TARGET_ALIASES)):
        for i, A in enumerate(al):
            for j, B in enumerate(al):
                if i != j:
                    for a in A:
                        for b in B:
                            assert b not in a, (group, a, b)
    # region aliases are distinct between regions
    for i, r1 in enumerate(REGIONS):
        for r2 in REGIONS[i + 1:]:
            for a in REGION_ALIASES[r1[0]]:
                for b in REGION_ALIASES[r2[0]]:
                    assert a not in b and b not in a, (a, b)
    # every actor code referenced exists
    for F in FAMILIES:
        for c in F['own']:
            assert c in ACTOR, c
    for n in DEVOLVED_BODIES.values():
        for c in n.values():
            assert c in ACTOR, c
    for r in REGIONS:
        assert r[5] in ACTOR, r
    for x in INTL:
        assert x[7] in ACTOR and x[8] in ACTOR
    for c in TARGET_CHARITY.values():
        assert c in ACTOR, c
    lookup = {}
    for a in ACTORS:
        for kx in (actor_id(a[0]), a[1], a[2]):
            if kx:
                kk = norm(kx)
                assert lookup.get(kk, a[0]) == a[0], ('ambiguous actor reference', kx)
                lookup[kk] = a[0]


def write_csv(path, header, rows):
    with open(path, 'w', newline='', encoding='utf-8') as fh:
        wr = csv.writer(fh, lineterminator='\n')
        wr.writerow(header)
        for r in rows:
            wr.writerow(r)


def main(argv=None):
    global SEED
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rows', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--hn-ratio', type=float, default=5.0, help='hard negatives per planted pair (default 5)')
    args = ap.parse_args(argv)
    t0 = time.time()
    SEED = args.seed
    self_test()
    N = args.rows
    if N < 50:
        ap.error('--rows must be at least 50')
    rng = random.Random(args.seed * 1000003 + 17)
    P, D2, D3 = plan_counts(N)
    planted_pair_count = D2 + 3 * D3
    target_hn = int(round(args.hn_ratio * planted_pair_count))
    keys, hn = build_identities(P, target_hn, rng)

    # choose duplicated identities
    order = list(range(len(keys)))
    dup = rng.sample(order, D2 + D3)
    copies = [1] * len(keys)
    for i in dup[:D2]:
        copies[i] = 2
    for i in dup[D2:]:
        copies[i] = 3

    R = Renderer(rng)
    records = []        # (row, identity index, reviewer, source)
    by_identity = [[] for _ in keys]
    for i, key in enumerate(keys):
        at = identity_attrs(key)
        rw = reviewer_weights(key[4])
        sw = source_weights(key[4], key[6])
        used_rv, used_src, used_own = [], [], []
        for c in range(copies[i]):
            while True:
                ri = rng.choices(range(len(REVIEWERS)), rw)[0]
                if ri not in used_rv:
                    break
            while True:
                src = rng.choices(SOURCE_TYPES, sw)[0]
                if src not in used_src:
                    break
            used_rv.append(ri)
            used_src.append(src)
            row, owners = render_record(R, key, at, REVIEWERS[ri], src, used_own)
            used_own.extend(owners)
            by_identity[i].append(len(records))
            records.append((row, i, REVIEWERS[ri]['code'], src))

    # shuffle and number
    perm = list(range(len(records)))
    rng.shuffle(perm)
    rec_id = [None] * len(records)
    for n, j in enumerate(perm):
        rec_id[j] = 'EM-%06d' % (n + 1)

    os.makedirs(args.out, exist_ok=True)
    # initiatives
    rows = []
    for j in perm:
        row = records[j][0]
        row['id'] = rec_id[j]
        rows.append([row[c] for c in INIT_COLUMNS])
    write_csv(os.path.join(args.out, 'initiatives.csv'), INIT_COLUMNS, rows)
    # actors
    arows = []
    for a in ACTORS:
        member = ';'.join(ACTOR[m][1] for m in a[5].split(';')) if a[5] else ''
        arows.append([actor_id(a[0]), a[1], a[2], a[3], a[4], member, a[6], 'Evidence map actor list (2023)'])
    write_csv(os.path.join(args.out, 'actors.csv'), ACTOR_COLUMNS, arows)
    # planted pairs
    prow = []
    for i in range(len(keys)):
        ids = sorted(rec_id[j] for j in by_identity[i])
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                prow.append([ids[a], ids[b], 'duplicate'])
    prow.sort()
    write_csv(os.path.join(args.out, 'planted_pairs.csv'), ['id_a', 'id_b', 'kind'], prow)
    # hard negatives: one record of each identity
    hrow = []
    for ia, ib, kind in hn:
        ja = by_identity[ia][rng.randrange(len(by_identity[ia]))]
        jb = by_identity[ib][rng.randrange(len(by_identity[ib]))]
        a, b = rec_id[ja], rec_id[jb]
        if a > b:
            a, b = b, a
        hrow.append([a, b, kind])
    hrow.sort()
    write_csv(os.path.join(args.out, 'hard_negatives.csv'), ['id_a', 'id_b', 'kind'], hrow)
    # truth
    trow = []
    for j in perm:
        row, i, rvc, src = records[j]
        f, g, te, tg, p, w, r = keys[i]
        trow.append([rec_id[j], 'P%06d' % (i + 1), FAMILIES[f]['code'], g, te, tg, p, w, r,
                     canonical_name(keys[i]), rvc, src])
    write_csv(os.path.join(args.out, 'truth_identities.csv'),
              ['id', 'identity', 'family', 'generation', 'tech', 'target', 'place', 'wave', 'role',
               'canonical_name', 'reviewer', 'source_type'], trow)
    dt = time.time() - t0
    print('wrote %d initiatives (%d programmes, %d duplicated: %d pairs + %d triples), %d actors, '
          '%d planted pairs, %d hard negatives to %s in %.1f s'
          % (len(rows), len(keys), D2 + D3, D2, D3, len(arows), len(prow), len(hrow), args.out, dt))


if __name__ == '__main__':
    main()
