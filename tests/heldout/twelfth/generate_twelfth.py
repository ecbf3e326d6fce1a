#!/usr/bin/env python3
"""generate_twelfth.py - test data for Innoscape's duplicate detection.

Recipe: a national evidence-and-evaluation catalogue compiled by a research
librarian from three sources, each with its own register:

  eval  - an academic evaluation database (rows are evaluation studies titled
          like papers, the programme named inside; authors' institutions as
          partners; publication-like dates; budgets rarely stated)
  grant - a charity/foundation grants list (grantee-written titles, acronyms,
          exact amounts that are often only a share of the programme)
  press - a national body's press-release-derived list (launch announcements,
          ministerial wording, round "up to" amounts, launch dates before the
          real start, ends rarely stated)

A planted duplicate is one latent programme rendered by two or three sources.
Hard negatives are look-alike records of different latent programmes.

Usage: generate_twelfth.py --rows N --seed S --out DIR
Writes DIR/initiatives.csv, DIR/actors.csv, DIR/planted_pairs.csv,
DIR/hard_negatives.csv.  Python 3 standard library only; deterministic for a
seed (no iteration over sets or hash-ordered containers drives any choice).
"""
import argparse
import csv
import os
import re
import random
import sys
import time

SNAPSHOT = (2026, 3, 31)          # catalogue compiled at the end of March 2026
MAX_END_YEAR = 2028

# ----------------------------------------------------------------------------
# Geography: town | county | ICS or health board | NHS region | government region
#            | nation | network key | provider | university ('-' = none)
# ----------------------------------------------------------------------------
PLACE_TABLE = """
Newcastle upon Tyne|Tyne and Wear|North East and North Cumbria|North East and Yorkshire|North East|England|NENC|Newcastle upon Tyne Hospitals NHS Foundation Trust|Newcastle University
Sunderland|Tyne and Wear|North East and North Cumbria|North East and Yorkshire|North East|England|NENC|South Tyneside and Sunderland NHS Foundation Trust|University of Sunderland
Middlesbrough|Teesside|North East and North Cumbria|North East and Yorkshire|North East|England|NENC|South Tees Hospitals NHS Foundation Trust|Teesside University
Durham|County Durham|North East and North Cumbria|North East and Yorkshire|North East|England|NENC|County Durham and Darlington NHS Foundation Trust|Durham University
Carlisle|Cumbria|North East and North Cumbria|North East and Yorkshire|North West|England|NENC|North Cumbria Integrated Care NHS Foundation Trust|University of Cumbria
Leeds|West Yorkshire|West Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|Leeds Teaching Hospitals NHS Trust|University of Leeds
Bradford|West Yorkshire|West Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|Bradford Teaching Hospitals NHS Foundation Trust|University of Bradford
Wakefield|West Yorkshire|West Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|Mid Yorkshire Teaching NHS Trust|-
Sheffield|South Yorkshire|South Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|Sheffield Teaching Hospitals NHS Foundation Trust|University of Sheffield
Barnsley|South Yorkshire|South Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|Barnsley Hospital NHS Foundation Trust|-
Doncaster|South Yorkshire|South Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust|-
Hull|East Riding of Yorkshire|Humber and North Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|Hull University Teaching Hospitals NHS Trust|University of Hull
York|North Yorkshire|Humber and North Yorkshire|North East and Yorkshire|Yorkshire and the Humber|England|YH|York and Scarborough Teaching Hospitals NHS Foundation Trust|University of York
Manchester|Greater Manchester|Greater Manchester|North West|North West|England|HINM|Manchester University NHS Foundation Trust|University of Manchester
Salford|Greater Manchester|Greater Manchester|North West|North West|England|HINM|Northern Care Alliance NHS Foundation Trust|University of Salford
Stockport|Greater Manchester|Greater Manchester|North West|North West|England|HINM|Stockport NHS Foundation Trust|-
Bolton|Greater Manchester|Greater Manchester|North West|North West|England|HINM|Bolton NHS Foundation Trust|University of Bolton
Liverpool|Merseyside|Cheshire and Merseyside|North West|North West|England|IA|Liverpool University Hospitals NHS Foundation Trust|University of Liverpool
Wirral|Merseyside|Cheshire and Merseyside|North West|North West|England|IA|Wirral University Teaching Hospital NHS Foundation Trust|-
Chester|Cheshire|Cheshire and Merseyside|North West|North West|England|IA|Countess of Chester Hospital NHS Foundation Trust|University of Chester
Preston|Lancashire|Lancashire and South Cumbria|North West|North West|England|IA|Lancashire Teaching Hospitals NHS Foundation Trust|University of Central Lancashire
Blackpool|Lancashire|Lancashire and South Cumbria|North West|North West|England|IA|Blackpool Teaching Hospitals NHS Foundation Trust|-
Lancaster|Lancashire|Lancashire and South Cumbria|North West|North West|England|IA|University Hospitals of Morecambe Bay NHS Foundation Trust|Lancaster University
Birmingham|West Midlands|Birmingham and Solihull|Midlands|West Midlands|England|WM|University Hospitals Birmingham NHS Foundation Trust|University of Birmingham
Coventry|West Midlands|Coventry and Warwickshire|Midlands|West Midlands|England|WM|University Hospitals Coventry and Warwickshire NHS Trust|University of Warwick
Wolverhampton|West Midlands|Black Country|Midlands|West Midlands|England|WM|The Royal Wolverhampton NHS Trust|University of Wolverhampton
Stoke-on-Trent|Staffordshire|Staffordshire and Stoke-on-Trent|Midlands|West Midlands|England|WM|University Hospitals of North Midlands NHS Trust|Keele University
Shrewsbury|Shropshire|Shropshire, Telford and Wrekin|Midlands|West Midlands|England|WM|The Shrewsbury and Telford Hospital NHS Trust|-
Worcester|Worcestershire|Herefordshire and Worcestershire|Midlands|West Midlands|England|WM|Worcestershire Acute Hospitals NHS Trust|University of Worcester
Hereford|Herefordshire|Herefordshire and Worcestershire|Midlands|West Midlands|England|WM|Wye Valley NHS Trust|-
Nottingham|Nottinghamshire|Nottingham and Nottinghamshire|Midlands|East Midlands|England|EM|Nottingham University Hospitals NHS Trust|University of Nottingham
Mansfield|Nottinghamshire|Nottingham and Nottinghamshire|Midlands|East Midlands|England|EM|Sherwood Forest Hospitals NHS Foundation Trust|-
Leicester|Leicestershire|Leicester, Leicestershire and Rutland|Midlands|East Midlands|England|EM|University Hospitals of Leicester NHS Trust|University of Leicester
Derby|Derbyshire|Derby and Derbyshire|Midlands|East Midlands|England|EM|University Hospitals of Derby and Burton NHS Foundation Trust|University of Derby
Lincoln|Lincolnshire|Lincolnshire|Midlands|East Midlands|England|EM|United Lincolnshire Hospitals NHS Trust|University of Lincoln
Northampton|Northamptonshire|Northamptonshire|Midlands|East Midlands|England|EM|Northampton General Hospital NHS Trust|University of Northampton
Cambridge|Cambridgeshire|Cambridgeshire and Peterborough|East of England|East of England|England|EA|Cambridge University Hospitals NHS Foundation Trust|University of Cambridge
Peterborough|Cambridgeshire|Cambridgeshire and Peterborough|East of England|East of England|England|EA|North West Anglia NHS Foundation Trust|-
Norwich|Norfolk|Norfolk and Waveney|East of England|East of England|England|EA|Norfolk and Norwich University Hospitals NHS Foundation Trust|University of East Anglia
Ipswich|Suffolk|Suffolk and North East Essex|East of England|East of England|England|EA|East Suffolk and North Essex NHS Foundation Trust|University of Suffolk
Chelmsford|Essex|Mid and South Essex|East of England|East of England|England|EA|Mid and South Essex NHS Foundation Trust|Anglia Ruskin University
Luton|Bedfordshire|Bedfordshire, Luton and Milton Keynes|East of England|East of England|England|EA|Bedfordshire Hospitals NHS Foundation Trust|University of Bedfordshire
Stevenage|Hertfordshire|Hertfordshire and West Essex|East of England|East of England|England|EA|East and North Hertfordshire NHS Trust|University of Hertfordshire
Camden|Greater London|North Central London|London|London|England|UCLP|University College London Hospitals NHS Foundation Trust|University College London
Islington|Greater London|North Central London|London|London|England|UCLP|Whittington Health NHS Trust|City, University of London
Tower Hamlets|Greater London|North East London|London|London|England|UCLP|Barts Health NHS Trust|Queen Mary University of London
Newham|Greater London|North East London|London|London|England|UCLP|East London NHS Foundation Trust|University of East London
Lambeth|Greater London|South East London|London|London|England|HIN|Guy's and St Thomas' NHS Foundation Trust|King's College London
Southwark|Greater London|South East London|London|London|England|HIN|King's College Hospital NHS Foundation Trust|London South Bank University
Croydon|Greater London|South West London|London|London|England|HIN|Croydon Health Services NHS Trust|-
Wandsworth|Greater London|South West London|London|London|England|HIN|St George's University Hospitals NHS Foundation Trust|St George's, University of London
Hammersmith and Fulham|Greater London|North West London|London|London|England|ICHP|Imperial College Healthcare NHS Trust|Imperial College London
Brent|Greater London|North West London|London|London|England|ICHP|London North West University Healthcare NHS Trust|-
Oxford|Oxfordshire|Buckinghamshire, Oxfordshire and Berkshire West|South East|South East|England|OX|Oxford University Hospitals NHS Foundation Trust|University of Oxford
Reading|Berkshire|Buckinghamshire, Oxfordshire and Berkshire West|South East|South East|England|OX|Royal Berkshire NHS Foundation Trust|University of Reading
Aylesbury|Buckinghamshire|Buckinghamshire, Oxfordshire and Berkshire West|South East|South East|England|OX|Buckinghamshire Healthcare NHS Trust|-
Milton Keynes|Buckinghamshire|Bedfordshire, Luton and Milton Keynes|East of England|South East|England|OX|Milton Keynes University Hospital NHS Foundation Trust|The Open University
Southampton|Hampshire|Hampshire and Isle of Wight|South East|South East|England|WX|University Hospital Southampton NHS Foundation Trust|University of Southampton
Portsmouth|Hampshire|Hampshire and Isle of Wight|South East|South East|England|WX|Portsmouth Hospitals University NHS Trust|University of Portsmouth
Bournemouth|Dorset|Dorset|South West|South West|England|WX|University Hospitals Dorset NHS Foundation Trust|Bournemouth University
Brighton|East Sussex|Sussex|South East|South East|England|KSS|University Hospitals Sussex NHS Foundation Trust|University of Brighton
Canterbury|Kent|Kent and Medway|South East|South East|England|KSS|East Kent Hospitals University NHS Foundation Trust|University of Kent
Maidstone|Kent|Kent and Medway|South East|South East|England|KSS|Maidstone and Tunbridge Wells NHS Trust|-
Guildford|Surrey|Surrey Heartlands|South East|South East|England|KSS|Royal Surrey NHS Foundation Trust|University of Surrey
Bristol|Bristol|Bristol, North Somerset and South Gloucestershire|South West|South West|England|WE|North Bristol NHS Trust|University of Bristol
Bath|Somerset|Bath and North East Somerset, Swindon and Wiltshire|South West|South West|England|WE|Royal United Hospitals Bath NHS Foundation Trust|University of Bath
Swindon|Wiltshire|Bath and North East Somerset, Swindon and Wiltshire|South West|South West|England|WE|Great Western Hospitals NHS Foundation Trust|-
Gloucester|Gloucestershire|Gloucestershire|South West|South West|England|WE|Gloucestershire Hospitals NHS Foundation Trust|University of Gloucestershire
Exeter|Devon|Devon|South West|South West|England|SW|Royal Devon University Healthcare NHS Foundation Trust|University of Exeter
Plymouth|Devon|Devon|South West|South West|England|SW|University Hospitals Plymouth NHS Trust|University of Plymouth
Truro|Cornwall|Cornwall and the Isles of Scilly|South West|South West|England|SW|Royal Cornwall Hospitals NHS Trust|-
Taunton|Somerset|Somerset|South West|South West|England|SW|Somerset NHS Foundation Trust|-
Glasgow|Glasgow City|NHS Greater Glasgow and Clyde|West of Scotland|West of Scotland|Scotland|DHI|NHS Greater Glasgow and Clyde|University of Glasgow
Paisley|Renfrewshire|NHS Greater Glasgow and Clyde|West of Scotland|West of Scotland|Scotland|DHI|NHS Greater Glasgow and Clyde|University of the West of Scotland
Edinburgh|City of Edinburgh|NHS Lothian|South East Scotland|South East Scotland|Scotland|DHI|NHS Lothian|University of Edinburgh
Dundee|Dundee City|NHS Tayside|North of Scotland|North of Scotland|Scotland|DHI|NHS Tayside|University of Dundee
Aberdeen|Aberdeen City|NHS Grampian|North of Scotland|North of Scotland|Scotland|DHI|NHS Grampian|University of Aberdeen
Inverness|Highland|NHS Highland|North of Scotland|North of Scotland|Scotland|DHI|NHS Highland|University of the Highlands and Islands
Cardiff|Cardiff|Cardiff and Vale University Health Board|South East Wales|South East Wales|Wales|LSHW|Cardiff and Vale University Health Board|Cardiff University
Newport|Newport|Aneurin Bevan University Health Board|South East Wales|South East Wales|Wales|LSHW|Aneurin Bevan University Health Board|University of South Wales
Swansea|Swansea|Swansea Bay University Health Board|South West Wales|South West Wales|Wales|LSHW|Swansea Bay University Health Board|Swansea University
Bangor|Gwynedd|Betsi Cadwaladr University Health Board|North Wales|North Wales|Wales|LSHW|Betsi Cadwaladr University Health Board|Bangor University
Aberystwyth|Ceredigion|Hywel Dda University Health Board|Mid and West Wales|Mid and West Wales|Wales|LSHW|Hywel Dda University Health Board|Aberystwyth University
Belfast|County Antrim|Belfast Health and Social Care Trust|Eastern Northern Ireland|Eastern Northern Ireland|Northern Ireland|NIHSC|Belfast Health and Social Care Trust|Queen's University Belfast
Derry|County Londonderry|Western Health and Social Care Trust|Western Northern Ireland|Western Northern Ireland|Northern Ireland|NIHSC|Western Health and Social Care Trust|Ulster University
Craigavon|County Armagh|Southern Health and Social Care Trust|Southern Northern Ireland|Southern Northern Ireland|Northern Ireland|NIHSC|Southern Health and Social Care Trust|-
"""


class Place(object):
    __slots__ = ('idx', 'town', 'county', 'ics', 'nhs', 'gov', 'nation', 'net',
                 'trust', 'uni')


PLACES = []
for _line in PLACE_TABLE.strip().splitlines():
    _f = _line.split('|')
    _p = Place()
    (_p.town, _p.county, _p.ics, _p.nhs, _p.gov, _p.nation, _p.net, _p.trust,
     _p.uni) = _f
    _p.idx = len(PLACES)
    PLACES.append(_p)
PLACES_BY_NATION = {}
for _p in PLACES:
    PLACES_BY_NATION.setdefault(_p.nation, []).append(_p)
NATION_WEIGHTS = [('England', 0.87), ('Scotland', 0.06), ('Wales', 0.045),
                  ('Northern Ireland', 0.025)]


def ics_forms(p):
    if p.nation != 'England':
        forms = [p.ics]
        if p.ics.startswith('NHS '):
            forms.append(p.ics[4:] + ' health board area')
        return forms
    return [p.ics + ' ICS', p.ics + ' ICB', p.ics + ' Integrated Care System',
            p.ics + ' integrated care board area']


def region_unit_forms():
    """(string, frozenset of place idx) for every region string we write."""
    units = {}

    def add(s, idx):
        k = region_key(s)
        units.setdefault(k, set()).add(idx)
    for p in PLACES:
        add(p.town, p.idx)
        add(p.county, p.idx)
        for f in ics_forms(p):
            add(f, p.idx)
        add(p.ics, p.idx)
        add(p.nhs, p.idx)
        add(p.gov, p.idx)
    return dict((k, frozenset(v)) for k, v in units.items())


def region_key(s):
    s = s.lower().replace('&', ' and ').replace("'", '').replace('\u2019', '')
    return ' '.join(w for w in re.split(r'[^a-z0-9]+', s) if w)


_REGION_UNITS = None


def resolve_region(s):
    """Set of place indices a written region covers, or None if unknown."""
    global _REGION_UNITS
    if _REGION_UNITS is None:
        _REGION_UNITS = region_unit_forms()
    if not s:
        return None
    out = set()
    for part in re.split(r'\s+and\s+(?=[A-Z])|;', s):
        u = _REGION_UNITS.get(region_key(part))
        if u is None:
            u = _REGION_UNITS.get(region_key(s))
            return set(u) if u else None
        out |= u
    return out or None


# ----------------------------------------------------------------------------
# Conditions: key, formal, abbr, lay, broad, population, charity tags, outcome,
#             detection terms (used by the checker), non-clinical?
# ----------------------------------------------------------------------------
COND_TABLE = [
    ('hf', 'heart failure', 'HF', 'people living with heart failure', 'cardiovascular disease', 'adults with heart failure', 'BHF', 'emergency admissions', 'heart failure|cardiac failure'),
    ('copd', 'chronic obstructive pulmonary disease', 'COPD', 'breathing problems', 'respiratory disease', 'people with COPD', 'ALUK', 'exacerbations', 'copd|chronic obstructive|breathing problems'),
    ('asthma', 'asthma', '', 'asthma', 'respiratory disease', 'children and young people with asthma', 'ALUK', 'unscheduled care', 'asthma'),
    ('t2d', 'type 2 diabetes', 'T2DM', 'diabetes', 'long-term conditions', 'adults with or at risk of type 2 diabetes', 'DUK', 'HbA1c', 'diabetes|t2dm'),
    ('af', 'atrial fibrillation', 'AF', 'irregular heartbeat', 'cardiovascular disease', 'people with undiagnosed atrial fibrillation', 'BHF STROKE', 'stroke incidence', 'atrial fibrillation|irregular heartbeat|af'),
    ('htn', 'hypertension', '', 'high blood pressure', 'cardiovascular disease', 'adults with high blood pressure', 'BHF', 'blood pressure control', 'hypertension|high blood pressure'),
    ('stroke', 'stroke rehabilitation', '', 'life after stroke', 'cardiovascular disease', 'stroke survivors', 'STROKE', 'functional recovery', 'stroke'),
    ('dementia', 'dementia', '', 'memory problems', 'older people', 'people living with dementia and their carers', 'ALZ', 'care home admissions', 'dementia|memory problems'),
    ('frailty', 'frailty', '', 'staying well in later life', 'older people', 'older people living with frailty', 'DUNHILL', 'falls and admissions', 'frailty|frail'),
    ('cmh', 'depression and anxiety', 'CMHP', 'low mood and anxiety', 'mental health', 'adults with common mental health problems', 'MIND MHF', 'recovery rates', 'depression|anxiety|low mood'),
    ('cyp', "children and young people's mental health", 'CYPMH', "young people's wellbeing", 'mental health', 'children and young people', 'MIND MHF', 'waiting times', "young people's mental health|cypmh|young people's wellbeing"),
    ('peri', 'perinatal mental health', 'PMH', "new mums' mental health", 'mental health', 'women in the perinatal period', 'MIND', 'access to care', "perinatal|new mums"),
    ('psych', 'first-episode psychosis', 'FEP', 'psychosis', 'mental health', 'young people with first-episode psychosis', 'MIND', 'relapse', 'psychosis'),
    ('eat', 'eating disorders', '', 'eating disorders', 'mental health', 'young people with eating disorders', 'MHF', 'time to treatment', 'eating disorder'),
    ('lungca', 'lung cancer', '', 'lung cancer', 'cancer', 'current and former smokers', 'CRUK MAC', 'early-stage diagnosis', 'lung cancer'),
    ('skinca', 'skin cancer', '', 'suspicious moles', 'cancer', 'patients referred with suspected skin cancer', 'CRUK', 'referral waiting times', 'skin cancer|melanoma|suspicious moles'),
    ('bowelca', 'colorectal cancer', 'CRC', 'bowel cancer', 'cancer', 'people with suspected bowel cancer', 'CRUK MAC', 'colonoscopy demand', 'colorectal|bowel cancer'),
    ('prostate', 'prostate cancer', '', 'prostate cancer', 'cancer', 'men at risk of prostate cancer', 'PCUK', 'diagnostic delay', 'prostate'),
    ('breastca', 'breast cancer', '', 'breast cancer', 'cancer', 'women with breast cancer', 'CRUK MAC', 'time to diagnosis', 'breast cancer'),
    ('sepsis', 'sepsis', '', 'sepsis', 'acute deterioration', 'hospital inpatients at risk of deterioration', '', 'mortality', 'sepsis'),
    ('ckd', 'chronic kidney disease', 'CKD', 'kidney disease', 'long-term conditions', 'people with chronic kidney disease', 'KRUK', 'progression to dialysis', 'kidney|ckd'),
    ('msk', 'musculoskeletal conditions', 'MSK', 'back and joint pain', 'long-term conditions', 'people with musculoskeletal pain', 'VA', 'physiotherapy waiting times', 'musculoskeletal|msk|back and joint pain'),
    ('falls', 'falls prevention', '', 'falls', 'older people', 'older people at risk of falls', 'DUNHILL', 'fall-related injuries', 'falls'),
    ('obesity', 'obesity', '', 'healthy weight', 'long-term conditions', 'adults living with obesity', '', 'weight loss', 'obesity|healthy weight|weight management'),
    ('alcohol', 'alcohol-related harm', '', 'drinking problems', 'public health', 'people who drink at harmful levels', '', 'alcohol-related admissions', 'alcohol|drinking'),
    ('maternity', 'maternity care', '', 'pregnancy', 'maternity', 'pregnant women and birthing people', '', 'stillbirth rates', 'maternity|pregnan'),
    ('neonatal', 'neonatal care', '', 'premature babies', 'maternity', 'preterm infants and their families', '', 'length of stay', 'neonatal|premature bab|preterm'),
    ('lda', 'learning disability and autism', 'LDA', 'learning disabilities', 'mental health', 'autistic people and people with a learning disability', 'MENCAP', 'avoidable admissions', 'learning disabilit|autis'),
    ('lcovid', 'long COVID', '', 'long COVID', 'long-term conditions', 'people with post-COVID syndrome', '', 'return to work', 'long covid|post-covid'),
    ('amr', 'antimicrobial resistance', 'AMR', 'antibiotic use', 'public health', 'patients presenting with respiratory infections', '', 'antibiotic prescribing', 'antimicrobial|antibiotic|amr'),
    ('epilepsy', 'epilepsy', '', 'epilepsy', 'long-term conditions', 'people with epilepsy', '', 'seizure-related admissions', 'epilepsy'),
    ('pd', "Parkinson's disease", 'PD', "Parkinson's", 'long-term conditions', "people with Parkinson's", 'PUK', 'falls', "parkinson"),
    ('mltc', 'multiple long-term conditions', 'MLTC', 'several health conditions', 'long-term conditions', 'people living with multimorbidity', '', 'GP consultations', 'multiple long-term conditions|multimorbidity|mltc|several health conditions'),
    ('eol', 'palliative and end-of-life care', 'EoLC', 'end-of-life care', 'older people', 'people in the last year of life', 'MAC', 'deaths in hospital', 'end-of-life|end of life|palliative'),
    ('osteo', 'osteoporosis', '', 'fragile bones', 'older people', 'people with fragility fractures', 'VA', 'secondary fractures', 'osteoporo|fragil'),
    ('liver', 'liver disease', '', 'liver health', 'long-term conditions', 'people at risk of liver disease', '', 'late diagnosis', 'liver'),
    ('sickle', 'sickle cell disease', 'SCD', 'sickle cell', 'long-term conditions', 'people with sickle cell disease', '', 'crisis admissions', 'sickle'),
    ('smoking', 'tobacco dependence', '', 'stopping smoking', 'public health', 'smokers admitted to hospital', '', 'quit rates', 'smoking|tobacco'),
    ('homeless', 'inclusion health for people experiencing homelessness', '', 'homelessness', 'inclusion health', 'people experiencing homelessness', '', 'A&E attendances', 'homeless'),
    ('backlog', 'elective waiting list management', '', 'waiting lists', 'elective recovery', 'patients waiting for planned operations', '', 'waiting times', 'waiting list|elective'),
    ('admin', 'administrative workload in general practice', '', 'paperwork', 'workforce productivity', 'GP practice staff', '', 'staff time', 'administrative|paperwork|admin'),
]


class Cond(object):
    __slots__ = ('key', 'formal', 'abbr', 'lay', 'broad', 'pop', 'charities',
                 'outcome', 'detect', 'nonclinical')


CONDS = []
for _r in COND_TABLE:
    _c = Cond()
    (_c.key, _c.formal, _c.abbr, _c.lay, _c.broad, _c.pop, _ch, _c.outcome,
     _det) = _r
    _c.charities = _ch.split()
    _c.detect = _det.split('|')
    _c.nonclinical = _c.key in ('admin', 'backlog')
    CONDS.append(_c)
COND_BY_KEY = dict((c.key, c) for c in CONDS)

# Technologies: key, academic, lay, buzz, title, detection terms, productivity?
TECH_TABLE = [
    ('rpm', 'remote patient monitoring', 'home monitoring kits', 'cutting-edge remote monitoring technology', 'Remote Monitoring', 'remote monitoring|remote patient monitoring|telemonitoring|home monitoring', 0),
    ('vward', 'virtual wards', 'hospital care at home', 'virtual hospital wards', 'Virtual Ward', 'virtual ward|hospital at home|hospital care at home|virtual hospital', 1),
    ('ai', 'machine-learning decision support', 'AI tools', 'revolutionary artificial intelligence', 'AI Decision Support', 'artificial intelligence|machine learning|machine-learning|ai', 1),
    ('app', 'smartphone self-management app', 'apps', 'innovative app', 'Digital Self-Management', 'app|apps|smartphone', 0),
    ('video', 'video consultations', 'online appointments', 'virtual consultations', 'Video Consultation', 'video consultation|telemedicine|online appointments|virtual consultations', 1),
    ('poct', 'point-of-care testing', 'rapid tests', 'rapid on-the-spot tests', 'Point-of-Care Testing', 'point-of-care|point of care|rapid test|poct', 0),
    ('wear', 'wearable sensors', 'wristbands', 'state-of-the-art wearables', 'Wearables', 'wearable|wristband', 0),
    ('shcr', 'shared care records', 'joined-up records', 'joined-up digital records', 'Shared Care Record', 'shared care record|joined-up records|joined-up digital records|interoperab', 1),
    ('genom', 'genomic testing', 'genetic tests', 'world-leading genomic testing', 'Genomic Testing', 'genomic|genome|genetic test', 0),
    ('epma', 'electronic prescribing and medicines administration', 'digital prescribing', 'paperless prescribing', 'ePrescribing', 'eprescribing|electronic prescribing|epma|digital prescribing|paperless prescribing', 1),
    ('rpa', 'robotic process automation', 'automating admin tasks', 'automation software', 'Automation', 'robotic process automation|automat', 1),
    ('sms', 'text-message reminders', 'text reminders', 'text message nudges', 'Text Messaging', 'text-message|text message|text reminders|sms', 1),
    ('dpath', 'digital pathology', 'digital slides', 'digital pathology', 'Digital Pathology', 'digital pathology|digital slides', 1),
    ('telederm', 'teledermatology', 'photo triage', 'teledermatology', 'Teledermatology', 'teledermatology|photo triage|dermoscopy', 1),
    ('otriage', 'online consultation and triage', 'online triage', 'digital front door', 'Online Triage', 'online consultation|online triage|digital triage|digital front door', 1),
    ('socpres', 'social prescribing link workers', 'link workers', 'social prescribing', 'Social Prescribing', 'social prescribing|link worker', 0),
    ('pharm', 'community pharmacy-led case-finding', 'pharmacy checks', 'high street pharmacy checks', 'Pharmacy Case-Finding', 'pharmacy', 0),
    ('risk', 'population health risk stratification', 'risk tools', 'predictive analytics', 'Risk Stratification', 'risk stratification|predictive analytics|risk tool|risk prediction', 1),
    ('eprom', 'electronic patient-reported outcome measures', 'online questionnaires', 'digital patient feedback', 'ePROMs', 'patient-reported outcome|eproms|online questionnaires|digital patient feedback', 0),
    ('vr', 'virtual reality', 'VR headsets', 'immersive virtual reality', 'Virtual Reality', 'virtual reality|vr headsets', 0),
    ('ecg', 'handheld single-lead ECG devices', 'pocket ECGs', 'handheld heart monitors', 'Handheld ECG', 'ecg|pocket ecg|heart monitors', 0),
    ('bpm', 'home blood pressure monitoring', 'blood pressure checks at home', 'home blood pressure monitors', 'Home BP Monitoring', 'blood pressure monitor|blood pressure checks|bp monitoring', 0),
    ('inhaler', 'connected inhalers', 'smart inhalers', 'smart inhalers', 'Smart Inhalers', 'smart inhaler|connected inhaler', 0),
    ('capsule', 'colon capsule endoscopy', 'camera pills', 'camera pills', 'Capsule Endoscopy', 'capsule endoscopy|camera pill', 1),
    ('oxim', 'pulse oximetry at home', 'oximeters', 'home oximeters', 'Home Oximetry', 'oximet', 0),
    ('robot', 'robot-assisted surgery', 'surgical robots', 'robotic surgery', 'Robotic Surgery', 'robot-assisted|surgical robot|robotic surgery', 1),
    ('dwm', 'digital weight management', 'online weight programme', 'digital weight management', 'Digital Weight Management', 'weight management|online weight programme', 0),
    ('3dp', '3D printing', '3D-printed devices', '3D printing', '3D Printing', '3d print|3d-print', 0),
    ('ffr', 'CT-derived fractional flow reserve', 'heart scan analysis', 'AI heart scans', 'CT-FFR', 'fractional flow reserve|ct-ffr|heart scan', 1),
    ('chat', 'conversational agent (chatbot)', 'chatbots', 'AI chatbot', 'Chatbot', 'chatbot|conversational agent', 1),
    ('roster', 'e-rostering', 'digital rota', 'smart rostering', 'E-Rostering', 'roster|rota', 1),
]


class Tech(object):
    __slots__ = ('key', 'acad', 'lay', 'buzz', 'title', 'detect', 'prod')


TECHS = []
for _r in TECH_TABLE:
    _t = Tech()
    _t.key, _t.acad, _t.lay, _t.buzz, _t.title, _det, _t.prod = _r
    _t.detect = _det.split('|')
    TECHS.append(_t)
TECH_BY_KEY = dict((t.key, t) for t in TECHS)
RELATED_TECH = {
    'rpm': ['vward', 'wear', 'oxim', 'bpm'], 'vward': ['rpm', 'oxim', 'wear'],
    'ai': ['risk', 'dpath', 'chat', 'ffr'], 'app': ['chat', 'sms', 'eprom'],
    'video': ['otriage', 'app'], 'poct': ['pharm', 'genom'],
    'wear': ['rpm', 'app'], 'shcr': ['risk', 'epma'], 'genom': ['poct'],
    'epma': ['shcr', 'rpa'], 'rpa': ['roster', 'epma'], 'sms': ['app', 'otriage'],
    'dpath': ['ai'], 'telederm': ['ai', 'otriage'], 'otriage': ['video', 'chat'],
    'socpres': ['app'], 'pharm': ['poct', 'bpm'], 'risk': ['ai', 'shcr'],
    'eprom': ['app', 'video'], 'vr': ['app'], 'ecg': ['wear', 'pharm'],
    'bpm': ['rpm', 'pharm'], 'inhaler': ['app', 'rpm'], 'capsule': ['ai'],
    'oxim': ['vward', 'rpm'], 'robot': ['3dp'], 'dwm': ['app', 'sms'],
    '3dp': ['robot'], 'ffr': ['ai'], 'chat': ['otriage', 'app'],
    'roster': ['rpa'],
}
# sensible technologies for each condition (others are allowed but rarer)
COND_TECH = {
    'hf': 'rpm vward wear app ffr', 'copd': 'rpm vward inhaler app oxim', 'asthma': 'inhaler app sms',
    't2d': 'app dwm sms poct risk', 'af': 'ecg wear pharm ai', 'htn': 'bpm pharm app sms',
    'stroke': 'vr app video ai', 'dementia': 'wear app shcr vr', 'frailty': 'vward risk wear shcr',
    'cmh': 'app chat video otriage', 'cyp': 'app chat video', 'peri': 'app video', 'psych': 'app video',
    'eat': 'app video', 'lungca': 'ai risk genom', 'skinca': 'telederm ai', 'bowelca': 'capsule poct ai',
    'prostate': 'genom ai', 'breastca': 'ai genom eprom', 'sepsis': 'ai poct risk', 'ckd': 'poct app risk',
    'msk': 'app video eprom', 'falls': 'wear risk', 'obesity': 'dwm app', 'alcohol': 'app sms',
    'maternity': 'app wear video', 'neonatal': 'video rpm', 'lda': 'shcr app', 'lcovid': 'app rpm video',
    'amr': 'poct epma', 'epilepsy': 'wear app', 'pd': 'wear app video', 'mltc': 'risk shcr socpres',
    'eol': 'shcr video', 'osteo': 'risk ai', 'liver': 'poct risk', 'sickle': 'app rpm',
    'smoking': 'sms app', 'homeless': 'shcr poct', 'backlog': 'rpa ai risk otriage',
    'admin': 'rpa otriage roster chat',
}

TECH_CONDS = {}
for _ck in sorted(COND_TECH):
    for _tk in COND_TECH[_ck].split():
        TECH_CONDS.setdefault(_tk, []).append(_ck)


def a_(phrase):
    return 'an' if phrase[:1].lower() in 'aeiou' else 'a'


def svc(tech):
    """'a remote monitoring service', 'an app service' (singular for plural lay forms)."""
    t = tech
    if t.endswith('s') and t.split(' ')[-1] in ('kits', 'tools', 'apps', 'tests', 'wristbands', 'robots', 'pills',
                                                  'ECGs', 'chatbots'):
        t = t[:-1]
    return '%s %s service' % (a_(t), t)


def sites(n):
    return 'a single site' if n == 1 else '%d sites' % n


SPEAKERS = {
    'DHSC': ['the Health and Social Care Secretary', 'the Health Minister', 'the Minister for Health'],
    'NHSE': ["NHS England's Chief Executive", "NHS England's National Director for Transformation", "NHS England's National Medical Director"],
    'NHSX': ["NHSX's Chief Executive", 'the Health and Social Care Secretary'],
    'NIHR': ["NIHR's Chief Executive", 'the Health Minister'],
    'Innovate UK': ["Innovate UK's Chief Executive", 'the Science Minister'],
    'OLS': ['the Minister for Life Sciences'],
    'UKHSA': ["UKHSA's Chief Executive"],
    'Scottish Government': ['the Cabinet Secretary for Health and Social Care', "Scotland's Health Secretary", 'the Public Health Minister'],
    'Welsh Government': ['the Minister for Health and Social Services', "Wales' Health Minister"],
    'DoH NI': ['the Health Minister', "Northern Ireland's Health Minister"],
}


SETTINGS = [('primary care', 'GP surgeries'), ('community services', 'the community'),
            ('acute hospitals', 'hospital'), ('care homes', 'care homes'),
            ('mental health services', 'mental health services'),
            ('community pharmacies', 'local pharmacies'), ('the ambulance service', 'ambulance crews'),
            ('schools', 'schools'), ('patients\' homes', 'people\'s own homes'),
            ('emergency departments', 'A&E'), ('outpatient clinics', 'outpatient clinics'),
            ('hospices', 'hospices')]

# ----------------------------------------------------------------------------
# Actors
# ----------------------------------------------------------------------------
# name | acronym | kind | level | nation | tag(s) | from-year | to-year
NATIONAL_TABLE = """
Department of Health and Social Care|DHSC|government-department|national|England|announcer fundlead natlead|2010|2099
NHS England|NHSE|arms-length-body|national|England|announcer fundlead natlead|2013|2099
NHS Improvement|NHSI|arms-length-body|national|England|natlead|2016|2022
NHSX||arms-length-body|national|England|announcer fundlead natlead|2019|2022
NHS Digital||arms-length-body|national|England|natlead|2013|2023
NHS Transformation Directorate||arms-length-body|national|England|natlead fundlead|2022|2099
National Institute for Health and Care Research|NIHR|research-funder|national|England|announcer fundlead funder|2010|2099
UK Research and Innovation|UKRI|research-funder|national|UK|fundlead funder|2018|2099
Innovate UK||research-funder|national|UK|announcer fundlead funder|2014|2099
Medical Research Council|MRC|research-funder|national|UK|funder|2010|2099
Engineering and Physical Sciences Research Council|EPSRC|research-funder|national|UK|funder|2010|2099
Economic and Social Research Council|ESRC|research-funder|national|UK|funder|2010|2099
Health Education England|HEE|arms-length-body|national|England|natlead skills|2013|2023
National Institute for Health and Care Excellence|NICE|arms-length-body|national|England|natlead|2013|2099
Medicines and Healthcare products Regulatory Agency|MHRA|regulator|national|UK|natlead|2010|2099
Care Quality Commission|CQC|regulator|national|England|natlead|2010|2099
Office for Life Sciences|OLS|government-department|national|UK|announcer fundlead|2011|2099
Department for Business, Energy and Industrial Strategy|BEIS|government-department|national|UK|fundlead|2016|2023
Public Health England|PHE|arms-length-body|national|England|natlead|2013|2021
UK Health Security Agency|UKHSA|arms-length-body|national|UK|natlead announcer|2021|2099
Office for Health Improvement and Disparities|OHID|government-department|national|England|natlead|2021|2099
Accelerated Access Collaborative|AAC|network|national|England|natlead fundlead|2018|2099
The AHSN Network||network|national|England|natlead|2013|2099
Genomics England||arms-length-body|national|England|natlead|2013|2099
NHS Blood and Transplant|NHSBT|arms-length-body|national|England|natlead|2010|2099
Health Data Research UK|HDR UK|research-funder|national|UK|funder fundlead|2018|2099
Scottish Government||government-department|national|Scotland|announcer fundlead natlead|2010|2099
Chief Scientist Office|CSO|research-funder|national|Scotland|fundlead funder|2010|2099
Digital Health & Care Innovation Centre|DHI|network|national|Scotland|natlead|2016|2099
Healthcare Improvement Scotland|HIS|arms-length-body|national|Scotland|natlead|2011|2099
Welsh Government||government-department|national|Wales|announcer fundlead natlead|2010|2099
Health and Care Research Wales|HCRW|research-funder|national|Wales|fundlead funder|2015|2099
Life Sciences Hub Wales|LSHW|network|national|Wales|natlead|2013|2099
Health Technology Wales|HTW|arms-length-body|national|Wales|natlead|2017|2099
Bevan Commission||other|national|Wales|skills|2010|2099
Department of Health (Northern Ireland)|DoH NI|government-department|national|Northern Ireland|announcer fundlead natlead|2010|2099
HSC Research and Development Division|HSC R&D|research-funder|national|Northern Ireland|fundlead funder|2010|2099
HSC Public Health Agency|PHA|arms-length-body|national|Northern Ireland|natlead|2010|2099
HSC Innovations||network|national|Northern Ireland|natlead|2010|2099
The Health Foundation||charity|national|UK|charity generic fundlead evaluator|2010|2099
Wellcome Trust|Wellcome|charity|national|UK|charity generic|2010|2099
Nesta||charity|national|UK|charity generic fundlead|2010|2099
British Heart Foundation|BHF|charity|national|UK|charity BHF|2010|2099
Cancer Research UK|CRUK|charity|national|UK|charity CRUK|2010|2099
Diabetes UK||charity|national|UK|charity DUK|2010|2099
Macmillan Cancer Support||charity|national|UK|charity MAC|2010|2099
Alzheimer's Society||charity|national|UK|charity ALZ|2010|2099
Asthma + Lung UK||charity|national|UK|charity ALUK|2022|2099
Asthma UK||charity|national|UK|charity ALUK|2010|2021
Versus Arthritis||charity|national|UK|charity VA|2018|2099
Arthritis Research UK||charity|national|UK|charity VA|2010|2017
Stroke Association||charity|national|UK|charity STROKE|2010|2099
Mind||charity|national|England|charity MIND|2010|2099
Mental Health Foundation|MHF|charity|national|UK|charity MHF|2010|2099
Kidney Research UK|KRUK|charity|national|UK|charity KRUK|2010|2099
Parkinson's UK||charity|national|UK|charity PUK|2010|2099
Prostate Cancer UK||charity|national|UK|charity PCUK|2010|2099
Mencap||charity|national|UK|charity MENCAP|2010|2099
The Dunhill Medical Trust||charity|national|UK|charity DUNHILL generic|2010|2099
The National Lottery Community Fund||charity|national|UK|charity generic|2010|2099
Esmée Fairbairn Foundation||charity|national|UK|charity generic|2010|2099
Burdett Trust for Nursing||charity|national|UK|charity generic|2010|2099
Guy's and St Thomas' Foundation||charity|regional|England|charity london|2010|2099
Barts Charity||charity|regional|England|charity london|2010|2099
Impact on Urban Health||charity|regional|England|charity london|2019|2099
Tenovus Cancer Care||charity|national|Wales|charity wales|2010|2099
Chest Heart & Stroke Scotland|CHSS|charity|national|Scotland|charity scotland|2010|2099
The King's Fund||charity|national|UK|evaluator|2010|2099
Nuffield Trust||charity|national|UK|evaluator|2010|2099
RAND Europe||other|international|UK|evaluator|2010|2099
London School of Hygiene & Tropical Medicine|LSHTM|academia|national|UK|evaluator|2010|2099
London School of Economics and Political Science|LSE|academia|national|UK|evaluator|2010|2099
Improvement Analytics Unit|IAU|other|national|England|evaluator|2016|2099
Birmingham, RAND and Cambridge Evaluation Centre|BRACE|academia|national|England|evaluator rapid|2018|2099
Rapid Service Evaluation Team|RSET|academia|national|England|evaluator rapid|2018|2099
National Centre for Social Research|NatCen|other|national|UK|evaluator|2010|2099
University of the West of England|UWE|academia|regional|England|evaluator|2010|2099
Manchester Metropolitan University|MMU|academia|regional|England|evaluator|2010|2099
Sheffield Hallam University|SHU|academia|regional|England|evaluator|2010|2099
"""

NETWORKS = {  # key: (name, acronym, ARC name)
    'NENC': ('Academic Health Science Network for the North East and North Cumbria', 'AHSN NENC', 'NIHR ARC North East and North Cumbria'),
    'YH': ('Yorkshire & Humber Academic Health Science Network', 'Y&H AHSN', 'NIHR ARC Yorkshire and Humber'),
    'HINM': ('Health Innovation Manchester', 'HInM', 'NIHR ARC Greater Manchester'),
    'IA': ('Innovation Agency', '', 'NIHR ARC North West Coast'),
    'WM': ('West Midlands Academic Health Science Network', 'WMAHSN', 'NIHR ARC West Midlands'),
    'EM': ('East Midlands Academic Health Science Network', 'EMAHSN', 'NIHR ARC East Midlands'),
    'EA': ('Eastern Academic Health Science Network', 'Eastern AHSN', 'NIHR ARC East of England'),
    'UCLP': ('UCLPartners', '', 'NIHR ARC North Thames'),
    'HIN': ('Health Innovation Network', 'HIN', 'NIHR ARC South London'),
    'ICHP': ('Imperial College Health Partners', 'ICHP', 'NIHR ARC Northwest London'),
    'OX': ('Oxford Academic Health Science Network', 'Oxford AHSN', 'NIHR ARC Oxford and Thames Valley'),
    'WX': ('Wessex Academic Health Science Network', 'Wessex AHSN', 'NIHR ARC Wessex'),
    'KSS': ('Kent Surrey Sussex Academic Health Science Network', 'KSS AHSN', 'NIHR ARC Kent, Surrey and Sussex'),
    'WE': ('West of England Academic Health Science Network', 'WEAHSN', 'NIHR ARC West'),
    'SW': ('South West Academic Health Science Network', 'SWAHSN', 'NIHR ARC South West Peninsula'),
}
DEVOLVED_NET = {'DHI': 'Digital Health & Care Innovation Centre', 'LSHW': 'Life Sciences Hub Wales',
                'NIHSC': 'HSC Innovations'}

KIND_FORMS = {
    'government-department': ['government-department', 'government department', 'Government department', 'govt department'],
    'arms-length-body': ['arms-length-body', "arm's length body", 'ALB', 'public body', 'NDPB'],
    'regulator': ['regulator', 'Regulator'],
    'research-funder': ['research-funder', 'research funder', 'funder', 'Funding body'],
    'network': ['network', 'Network'],
    'healthcare-provider': ['healthcare-provider', 'healthcare provider', 'NHS trust', 'provider', 'NHS provider'],
    'commissioner': ['commissioner', 'CCG', 'ICB', 'commissioning body'],
    'industry': ['industry', 'company', 'SME', 'business'],
    'academia': ['academia', 'university', 'academic', 'higher education'],
    'charity': ['charity', 'foundation', 'third sector', 'voluntary sector', 'non profit'],
    'patient-public-group': ['patient-public-group', 'patient group'],
    'other': ['other', 'Other'],
}
LEVEL_FORMS = {'national': ['national', 'National', 'nationwide'], 'regional': ['regional', 'Regional', 'region', 'sub national'],
               'local': ['local', 'Local', 'locality', 'place'], 'international': ['international', 'global']}

CO_A = ['Medi', 'Vita', 'Cura', 'Nova', 'Pulse', 'Axon', 'Lumen', 'Kine', 'Cardio', 'Pneumo', 'Derma', 'Neuro',
        'Sana', 'Thrive', 'Bright', 'Clear', 'Vital', 'Tele', 'Well', 'Sens', 'Opti', 'Quanta', 'Helix', 'Bio',
        'Orbi', 'Zen', 'Aero', 'Medo', 'Cogni', 'Evo', 'Intelli', 'Physi', 'Resp', 'Glyco', 'Oxi', 'Mira']
CO_B = ['tech', 'health', 'sense', 'logic', 'metrics', 'labs', 'care', 'flow', 'path', 'link', 'scan', 'works',
        'ware', 'ly', 'io', 'bridge', 'cloud', 'mind', 'view', 'track']
CO_C = ['Ltd', 'Limited', 'Health Ltd', 'Technologies Ltd', 'plc', 'Digital Ltd', 'UK Ltd', 'Medical Ltd']


def norm_key(s):
    """Approximates the importer's reference key: case, &/and, punctuation,
    spacing, a plural -s on longer words and 'and'/'of' do not matter."""
    s = s.lower().replace('&', ' and ').replace("'", '').replace('\u2019', '')
    out = []
    for w in re.split(r'[^a-z0-9]+', s):
        if not w or w in ('and', 'of'):
            continue
        if len(w) > 4 and w.endswith('s'):
            w = w[:-1]
        out.append(w)
    return ''.join(out)


class Actor(object):
    __slots__ = ('id', 'name', 'acronym', 'kind', 'level', 'member_of', 'desc', 'nation',
                 'tags', 'y0', 'y1', 'place')

    def __init__(self, name, acronym, kind, level, nation, tags, y0=2010, y1=2099, place=None):
        self.name, self.acronym, self.kind, self.level = name, acronym, kind, level
        self.nation, self.tags, self.y0, self.y1, self.place = nation, tags, y0, y1, place
        self.member_of, self.desc, self.id = '', '', ''


class World(object):
    """Actors and lookup tables; built deterministically from the rng."""

    def __init__(self, rng):
        self.actors = []
        self.keys = {}
        self.by_tag = {}
        self.by_name = {}
        for line in NATIONAL_TABLE.strip().splitlines():
            name, acr, kind, level, nation, tags, y0, y1 = line.split('|')
            self.add(Actor(name, acr, kind, level, nation, tags.split(), int(y0), int(y1)))
        self.ahsn = {}
        self.arc = {}
        for key in sorted(NETWORKS):
            name, acr, arc = NETWORKS[key]
            a = self.add(Actor(name, acr, 'network', 'regional', 'England', ['ahsn'], 2013, 2099))
            a.member_of = 'The AHSN Network'
            self.ahsn[key] = a
            r = self.add(Actor(arc, '', 'academia', 'regional', 'England', ['arc', 'evaluator'], 2019, 2099))
            r.member_of = 'NIHR'
            self.arc[key] = r
        for key, name in sorted(DEVOLVED_NET.items()):
            self.ahsn[key] = self.by_name[name]
        self.trust, self.uni, self.ccg, self.icb, self.council = {}, {}, {}, {}, {}
        for p in PLACES:
            t = self.by_name.get(p.trust) or self.add(Actor(
                p.trust, '', 'healthcare-provider', 'local' if p.nation == 'England' else 'regional',
                p.nation, ['trust'], 2010, 2099, p))
            self.trust[p.idx] = t
            if p.uni != '-':
                u = self.by_name.get(p.uni) or self.add(Actor(p.uni, '', 'academia', 'local', p.nation,
                                                              ['uni', 'evaluator'], 2010, 2099, p))
                self.uni[p.idx] = u
            if p.nation == 'England':
                self.ccg[p.idx] = self.add(Actor('NHS %s Clinical Commissioning Group' % p.town, '', 'commissioner',
                                                 'local', 'England', ['ccg'], 2013, 2022, p))
                icbname = 'NHS %s Integrated Care Board' % p.ics
                self.icb[p.idx] = self.by_name.get(icbname) or self.add(
                    Actor(icbname, '', 'commissioner', 'regional', 'England', ['icb'], 2022, 2099, p))
            cname = ('London Borough of %s' % p.town) if p.county == 'Greater London' else ('%s Council' % p.town)
            self.council[p.idx] = self.add(Actor(cname, '', 'other', 'local', p.nation, ['council'], 2010, 2099, p))
        self.companies = []
        tries = 0
        while len(self.companies) < 260 and tries < 5000:
            tries += 1
            nm = '%s%s %s' % (rng.choice(CO_A), rng.choice(CO_B), rng.choice(CO_C))
            if norm_key(nm.split(' ')[0]) in self.keys or norm_key(nm) in self.keys:
                continue
            a = self.add(Actor(nm, '', 'industry', rng.choice(['national', 'local', 'national']), 'UK', ['company']))
            self.companies.append(a)
        for i, a in enumerate(self.actors):
            a.id = 'ACT-%04d' % (i + 1)
        for a in self.actors:
            a.desc = actor_description(a, rng)

    def add(self, a):
        for s in (a.name, a.acronym):
            if not s:
                continue
            k = norm_key(s)
            if k in self.keys:
                raise ValueError('actor key collision: %r vs %r' % (s, self.keys[k].name))
            self.keys[k] = a
        self.actors.append(a)
        self.by_name[a.name] = a
        for t in a.tags:
            self.by_tag.setdefault(t, []).append(a)
        return a

    def tagged(self, tag, year=None, nation=None):
        out = self.by_tag.get(tag, [])
        if year is not None:
            out = [a for a in out if a.y0 <= year <= a.y1]
        if nation is not None:
            out = [a for a in out if a.nation in (nation, 'UK')]
        return out


def actor_description(a, rng):
    k = a.kind
    if k == 'healthcare-provider':
        return rng.choice(['Provider of acute and community services.', 'NHS provider organisation.',
                           'Health board / trust delivering hospital and community care.', ''])
    if k == 'academia':
        return rng.choice(['Higher education institution.', 'University research group(s) active in health services research.', ''])
    if k == 'industry':
        return rng.choice(['SME developing digital health products.', 'Health technology company.', 'Medtech supplier.', ''])
    if k == 'commissioner':
        return rng.choice(['Commissioning body for the local NHS.', ''])
    if k == 'charity':
        return rng.choice(['Charitable funder of health research and improvement.', 'Independent charity.', ''])
    if k == 'network':
        return rng.choice(['Innovation and improvement network.', 'Regional health innovation network.', ''])
    return rng.choice(['', 'National body.', ''])


# ----------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------
def wchoice(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def ym_ord(y, m):
    return y * 12 + m - 1


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def mdays(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return DAYS[m - 1]


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


class D(object):
    """A partial date: y, m (or 0), d (or 0)."""
    __slots__ = ('y', 'm', 'd')

    def __init__(self, y, m=0, d=0):
        self.y, self.m, self.d = y, m, d

    def lo(self):
        return (self.y, self.m or 1, self.d or 1)

    def hi(self):
        m = self.m or 12
        return (self.y, m, self.d or mdays(self.y, m))


def fmt_date(dt, style, rng):
    """Render a partial date in a style the importer reads (never month first)."""
    y, m, d = dt.y, dt.m, dt.d
    if not m:
        return '%d' % y
    if not d:
        if style == 'words':
            return '%s %d' % (rng.choice([MONTHS[m - 1], MONTHS[m - 1][:3]]), y)
        if style == 'slash':
            return '%02d/%d' % (m, y)
        if style == 'dot':
            return '%02d.%d' % (m, y)
        return '%d-%02d' % (y, m)
    if style == 'words':
        return rng.choice(['%d %s %d' % (d, MONTHS[m - 1], y), '%02d-%s-%d' % (d, MONTHS[m - 1][:3], y)])
    if style == 'slash':
        return rng.choice(['%02d/%02d/%d' % (d, m, y), '%02d/%02d/%d 00:00' % (d, m, y)])
    if style == 'dot':
        return '%d.%d.%d' % (d, m, y)
    if style == 'isotime':
        return '%d-%02d-%02dT00:00:00+00:00' % (y, m, d)
    return '%d-%02d-%02d' % (y, m, d)


def end_ok(start, end):
    if start is None or end is None:
        return True
    return end.lo() >= start.lo() and end.hi() >= start.hi()


def nice_round(v, up=False):
    """Round an amount the way a press office would."""
    steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10]
    mag = 1
    while v >= mag * 10:
        mag *= 10
    for s in steps:
        if s * mag >= v * (0.999 if up else 0.8):
            return int(s * mag)
    return int(10 * mag)


def money_text(v):
    if v >= 1000000:
        x = v / 1e6
        s = ('%.1f' % x).rstrip('0').rstrip('.')
        return '£%sm' % s if len(s) < 5 else '£%s million' % s
    if v >= 1000:
        return '£%sk' % ('%.0f' % (v / 1e3))
    return '£%d' % v


def money_words(v):
    if v >= 1000000:
        x = v / 1e6
        s = ('%.1f' % x).rstrip('0').rstrip('.')
        return '£%s million' % s
    return '£{:,}'.format(int(v))


def fmt_amount(v, style):
    if style == 'commas':
        return '{:,}'.format(int(v))
    if style == 'pound':
        return '£{:,}'.format(int(v))
    if style == 'poundplain':
        return '£%d' % int(v)
    if style == 'decimal':
        return '%d.00' % int(v)
    return '%d' % int(v)


def typo(s, rng):
    words = s.split(' ')
    cand = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.7:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return ' '.join(words)


ABBREV = [(' and ', ' & '), ('Programme', 'Prog.'), ('Evaluation', 'Eval.'), ('evaluation', 'eval'),
          ('NHS Foundation Trust', 'NHS FT'), ('University', 'Univ.'), ('Service', 'Svc'),
          ('management', 'mgmt'), ('patients', 'pts'), ('primary care', 'PC'), ('months', 'mths')]


def abbreviate(s, rng):
    for a, b in rng.sample(ABBREV, 3):
        if a in s:
            return s.replace(a, b, 1)
    return s


def title_case(s):
    small = {'and', 'of', 'for', 'in', 'the', 'a', 'to', 'at', 'on', 'with'}
    out = []
    for i, w in enumerate(s.split(' ')):
        if i and w in small:
            out.append(w)
        elif w[:1].islower():
            out.append(w[0].upper() + w[1:])
        else:
            out.append(w)
    return ' '.join(out)


def safe_cell(s):
    s = s.strip(' ')
    while s and s[0] in '=+-@':
        s = s[1:].lstrip()
    return s


# ----------------------------------------------------------------------------
# Names and acronyms
# ----------------------------------------------------------------------------
ACR_WORDS = ('BREATHE HOME CARE ACTIVE PROTECT ENHANCE THRIVE RESTORE CONNECT SPRING BEACON COMPASS HARBOUR '
             'ANCHOR LANTERN KITE SKYLARK PHOENIX FALCON OSPREY MERLIN ATLAS ORBIT PULSE SPARK BRIDGE NEST '
             'MOSAIC RIPPLE EMBER HALO ECHO IRIS NOVA SUMMIT HORIZON COMPASS TIDE MEADOW HEARTH CANOPY '
             'JIGSAW LIGHTHOUSE PATHWAY STEPS BALANCE RESET UPLIFT KINDLE ROOTS WILLOW CEDAR ASPEN ROWAN '
             'ELM BRAVE BOLD CLEAR FOCUS LINK TRACK SWIFT PRISM SCOPE SIGNAL RADAR VECTOR ARC CURVE '
             'OPAL JADE AMBER CORAL PEARL SAGE THYME BASIL MINT FERN HEATHER BRAMBLE PUFFIN WREN ROBIN '
             'HERON KESTREL LARK OTTER BADGER HARE FOX DOVE SPHERE PIVOT ENGAGE EMPOWER RISE ASCEND').split()
ACR_WORDS = sorted(set(ACR_WORDS))
LETTER_WORDS = {
    'A': 'Active Assessing Ageing Access Assisted Adoption', 'B': 'Better Breathing Bridging Building',
    'C': 'Care Community Connected Coordinated Confidence', 'D': 'Digital Delivering Diagnosis Daily',
    'E': 'Early Enhanced Evaluation Empowering Everyday', 'F': 'Frailty Future Focused Families',
    'G': 'Guided Growing General', 'H': 'Home Health Heart Helping Holistic', 'I': 'Integrated Innovation Improving Independence',
    'J': 'Joined-up Journeys', 'K': 'Knowledge Key Keeping', 'L': 'Living Local Lung Linked Learning',
    'M': 'Monitoring Management Mobile Measuring', 'N': 'Networked New Navigating Nurse-led',
    'O': 'Outcomes Online Older Optimising', 'P': 'Patient Primary Prevention Pathway Personalised',
    'Q': 'Quality Quicker', 'R': 'Remote Rapid Recovery Resilience Reducing', 'S': 'Self-management Support Supported Services Safer',
    'T': 'Technology Teams Targeted Telehealth Together', 'U': 'Using Urgent Uptake', 'V': 'Virtual Value Vital',
    'W': 'Wellbeing Wards Working Whole-system', 'X': 'eXcellence', 'Y': 'Young Your', 'Z': 'Zero',
}
LETTER_WORDS = dict((k, v.split()) for k, v in LETTER_WORDS.items())


def backronym(acr, rng):
    words = []
    for i, ch in enumerate(acr):
        if not ch.isalpha():
            continue
        w = rng.choice(LETTER_WORDS.get(ch.upper(), ['X']))
        words.append(w)
        if 0 < i < len(acr) - 1 and rng.random() < 0.2:
            words.append(rng.choice(['and', 'for', 'in', 'at']))
    if words and words[-1] in ('and', 'for', 'in', 'at'):
        words.pop()
    return ' '.join(words)


def make_acronym(rng, cond, tech):
    r = rng.random()
    if r < 0.55:
        return rng.choice(ACR_WORDS)
    if r < 0.7 and cond.abbr:
        return rng.choice(['DIGI-', 'e', 'i', 'my', 'Tele', 'SMART-']) + cond.abbr
    if r < 0.85:
        return (cond.abbr or cond.formal.split()[0][:4].upper()) + rng.choice(['-CONNECT', '-HOME', '-NET', '@Home', '-AI', 'Link'])
    return ''.join(rng.choice('ABCDEFHIMPRST') for _ in range(rng.randint(3, 5)))


FAMILIES = ['pilot', 'spread', 'research', 'fund', 'national', 'skills', 'testbed', 'evalcentre', 'wave']
FAMILY_INFO = {
    # budget lo, hi, months lo, hi, activities (weighted choices), instruments
    'pilot': (40e3, 1.5e6, 12, 36, ['other', 'infrastructure', 'evaluation-and-evidence', 'procurement-and-commissioning'],
              ['technology-extension-and-advisory-services', 'procurement-for-rnd-and-innovation', 'project-grants-for-public-research']),
    'spread': (2e5, 6e6, 18, 48, ['networking-and-brokerage', 'information-and-signposting', 'training-and-skills', 'funding'],
               ['networking-and-collaborative-platforms', 'technology-extension-and-advisory-services']),
    'research': (1.5e5, 2.5e6, 24, 60, ['evaluation-and-evidence', 'funding'],
                 ['project-grants-for-public-research', 'policy-intelligence']),
    'fund': (1e6, 1.5e8, 24, 72, ['funding', 'evaluation-and-evidence', 'regulatory-advice'],
             ['grants-for-business-rnd-and-innovation', 'challenges-prizes-and-awards', 'project-grants-for-public-research',
              'innovation-vouchers', 'procurement-for-rnd-and-innovation']),
    'national': (5e6, 3e8, 24, 72, ['procurement-and-commissioning', 'infrastructure', 'information-and-signposting', 'funding'],
                 ['national-strategies-and-plans', 'networking-and-collaborative-platforms', 'governance-structure-or-public-body',
                  'information-services-and-datasets', 'public-awareness-and-outreach']),
    'wave': (1e6, 2.5e7, 18, 36, ['procurement-and-commissioning', 'infrastructure', 'funding'],
             ['national-strategies-and-plans', 'networking-and-collaborative-platforms']),
    'skills': (2e5, 1e7, 12, 48, ['training-and-skills', 'networking-and-brokerage'],
               ['fellowships-and-scholarships', 'technology-extension-and-advisory-services', 'labour-mobility-regulation']),
    'testbed': (5e5, 2e7, 24, 60, ['infrastructure', 'evaluation-and-evidence', 'networking-and-brokerage'],
                ['research-infrastructure-support', 'information-services-and-datasets', 'centres-of-excellence-grants']),
    'evalcentre': (1e6, 1e7, 36, 60, ['evaluation-and-evidence'],
                   ['policy-intelligence', 'institutional-funding-for-public-research']),
}
FAMILY_WORD = {
    'pilot': ['Pilot', 'Service', 'Project', 'Pathway', 'Scheme'],
    'spread': ['Spread Programme', 'Adoption Programme', 'Collaborative', 'Rollout', 'Improvement Programme'],
    'research': ['Study', 'Trial', 'Research Programme', 'Project'],
    'fund': ['Fund', 'Challenge', 'Award', 'Innovation Fund', 'Competition'],
    'national': ['Programme', 'National Programme', 'Initiative', 'Service'],
    'wave': ['Programme'],
    'skills': ['Fellowship', 'Academy', 'Accelerator', 'Leadership Programme', 'Fellowship Scheme'],
    'testbed': ['Test Bed', 'Testbed', 'Innovation Hub', 'Living Lab'],
    'evalcentre': ['Evaluation Centre', 'Evaluation Unit', 'Rapid Evaluation Team', 'Evidence Centre'],
}
INSTRUMENT_LABELS = {
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
INSTRUMENT_LATER_LABELS = {
    'national-strategies-and-plans': 'Strategies, agendas and plans',
    'research-infrastructure-support': 'Dedicated support to research and technical infrastructures',
}
ACTIVITY_FORMS = {
    'funding': ['funding', 'Funding', 'grants', 'grant funding', 'financial support'],
    'training-and-skills': ['training-and-skills', 'training and skills', 'Training & skills', 'training', 'skills', 'fellowships', 'leadership development'],
    'networking-and-brokerage': ['networking-and-brokerage', 'networking and brokerage', 'Networking & brokerage', 'networking', 'brokerage', 'convening'],
    'evaluation-and-evidence': ['evaluation-and-evidence', 'evaluation and evidence', 'Evaluation & evidence', 'evaluation', 'evidence generation', 'real world evaluation'],
    'regulatory-advice': ['regulatory-advice', 'regulatory advice', 'regulatory support', 'regulatory guidance'],
    'information-and-signposting': ['information-and-signposting', 'information and signposting', 'signposting', 'advice and guidance', 'information'],
    'procurement-and-commissioning': ['procurement-and-commissioning', 'procurement and commissioning', 'commissioning', 'procurement'],
    'infrastructure': ['infrastructure', 'Infrastructure', 'test beds', 'testbeds', 'facilities'],
    'other': ['other', 'Other'],
}
FOCUS_FORMS = {'clinical': ['clinical', 'Clinical'], 'non-clinical': ['non-clinical', 'non clinical', 'administrative', 'operational', 'Non-clinical'],
               'both': ['both', 'Both', 'clinical and non clinical', 'mixed']}
YES_FORMS = ['yes', 'Yes', 'y', 'Y', 'true', 'TRUE', '1']
NO_FORMS = ['no', 'No', 'n', 'N', 'false', '0']
RECIP_FORMS = {'innovators': ['innovators', 'innovators only', 'developers', 'suppliers', 'Innovators'],
               'adopters': ['adopters', 'adopters only', 'NHS organisations', 'health and care providers', 'Adopters'],
               'both': ['both', 'innovators and adopters', 'Both'], 'none': ['none', 'no funding', 'not funded']}
STATUS_FORMS = {'active': ['active', 'ongoing', 'live', 'running', 'open', 'in progress', 'current', 'Active', 'underway'],
                'concluded': ['concluded', 'closed', 'completed', 'ended', 'finished', 'Complete', 'Concluded'],
                'planned': ['planned', 'announced', 'upcoming', 'forthcoming', 'Planned'],
                'proposed': ['proposed', 'proposal']}
COUNTRY_FORMS = {'England': ['England', 'England', 'England', 'ENG', 'GB-ENG', 'UK', 'United Kingdom'],
                 'Scotland': ['Scotland', 'Scotland', 'GB-SCT', 'UK'],
                 'Wales': ['Wales', 'Wales', 'GB-WLS', 'UK'],
                 'Northern Ireland': ['Northern Ireland', 'Northern Ireland', 'GB-NIR', 'UK'],
                 'UK': ['UK', 'United Kingdom', 'UK', 'GB']}

JOURNALS = ['BMJ Open', 'BMJ Quality & Safety', 'Health and Social Care Delivery Research', 'Journal of Medical Internet Research',
            'BMC Health Services Research', 'Implementation Science', 'British Journal of General Practice', 'Age and Ageing',
            'Diabetic Medicine', 'Thorax', 'Heart', 'Health Technology Assessment', 'Journal of Telemedicine and Telecare',
            'Future Healthcare Journal', 'International Journal of Integrated Care', 'Digital Health', 'The Lancet Digital Health',
            'BMJ Health & Care Informatics', 'Journal of Health Services Research & Policy', 'Emergency Medicine Journal',
            'BJPsych Open', 'Health Expectations', 'AHSN evaluation report (grey literature)', 'Nuffield Trust report',
            'NIHR Journals Library', 'Evaluation report to the funder (grey literature)']
DESIGNS = [('a mixed-methods evaluation', 'We conducted a mixed-methods evaluation'),
           ('a realist evaluation', 'A realist evaluation was undertaken'),
           ('a difference-in-differences analysis', 'We used a difference-in-differences design with matched comparator practices'),
           ('an interrupted time series analysis', 'An interrupted time series analysis was combined with semi-structured interviews'),
           ('a rapid qualitative evaluation', 'A rapid qualitative evaluation was carried out'),
           ('a controlled before-and-after study', 'A controlled before-and-after study was undertaken'),
           ('a stepped-wedge cluster randomised trial', 'We carried out a stepped-wedge cluster randomised trial'),
           ('a process evaluation', 'A theory-informed process evaluation was conducted'),
           ('an economic evaluation', 'A cost-consequence analysis was undertaken alongside routine data analysis'),
           ('a qualitative study', 'Semi-structured interviews and non-participant observation were analysed thematically')]
MINISTERS = {'England': ['Health and Social Care Secretary', 'Health Minister', 'Minister for Health Innovation',
                         "NHS England's Chief Executive", "NHS England's National Director for Transformation",
                         'the Prime Minister', 'the Minister for Life Sciences', "the Chief Nursing Officer for England"],
             'UK': ['the Science Minister', 'the Minister for Life Sciences', 'Health and Social Care Secretary'],
             'Scotland': ['the Cabinet Secretary for Health and Social Care', 'Scotland\'s Health Secretary', 'the Public Health Minister'],
             'Wales': ['the Minister for Health and Social Services', 'Wales\' Health Minister'],
             'Northern Ireland': ['the Health Minister', 'Northern Ireland\'s Health Minister']}
QUOTES = ['This is a game-changer for patients', 'We are harnessing the very best of British innovation',
          'This investment will help the NHS bust the backlogs', 'Technology has the power to transform the way we deliver care',
          'Nobody should have to wait longer than necessary for the care they need', 'This is fantastic news for patients and staff',
          'We want the NHS to be the most advanced health system in the world', 'This will free up thousands of hours of staff time',
          'Innovation like this is exactly what the Long Term Plan promised', 'This is a landmark moment for the NHS']
CALL_THEMES = ['Innovating for Improvement', 'Scaling Up Improvement', 'Advancing Applied Analytics', 'Tech for Better Care',
               'Healthy Ageing Innovation', 'Community Health Fund', 'Data for Good', 'Early Diagnosis Fund',
               'Self-Management Awards', 'Digital Inclusion Fund', 'Bright Ideas for Health', 'Patient Safety Challenge',
               'Health Inequalities Fund', 'Pathways to Recovery', 'Innovation Seed Fund']
SUCCESSOR_SWAPS = [('Pilot', 'Programme'), ('Tariff', 'Payment'), ('Fund', 'Award'), ('Test Bed', 'Testbed Programme'),
                   ('Collaborative', 'Network'), ('Fellowship', 'Fellowship Scheme'), ('Accelerator', 'Academy'),
                   ('Project', 'Programme'), ('Service', 'Network'), ('Study', 'Implementation Programme')]


# ----------------------------------------------------------------------------
# Latent programmes
# ----------------------------------------------------------------------------
class Prog(object):
    __slots__ = ('uid', 'family', 'scope', 'level', 'place', 'nation', 'cond', 'tech', 'setting', 'lead',
                 'funders', 'charity', 'announcer', 'partners', 'evaluators', 'start', 'end', 'budget',
                 'months', 'activities', 'instrument', 'focus', 'productivity', 'offers', 'recipients',
                 'rapid', 'name', 'acronym', 'expansion', 'grant_title', 'call', 'parent', 'wave',
                 'co_announce', 'nsites', 'npatients', 'show')


class Generator(object):
    def __init__(self, rows, seed):
        self.rows = rows
        self.rng = random.Random(seed)
        self.world = World(random.Random(seed * 7919 + 1))
        self.progs = []
        self.prog_names = {}
        self.record_names = {}
        self.name_fallbacks = 0
        self.specs = []          # (prog, source, variant)
        self.neg_groups = []     # (kind, [[spec idx...] per latent], pairs of latent positions)
        self.clusters = []       # list of [spec idx...]

    # -- choosing things ------------------------------------------------------
    def pick_nation(self):
        return wchoice(self.rng, NATION_WEIGHTS)

    def pick_place(self, nation=None):
        nation = nation or self.pick_nation()
        return self.rng.choice(PLACES_BY_NATION[nation])

    def pick_start(self, lo=2010, hi=2025, hi_month=12):
        rng = self.rng
        years = list(range(lo, hi + 1))
        y = wchoice(rng, [(yy, 1.0 + 0.12 * (yy - 2010)) for yy in years])
        m = rng.randint(1, hi_month if y == hi else 12)
        d = rng.choice([1, 1, 1, rng.randint(1, 28)])
        return D(y, m, d)

    def pick_charity(self, p):
        rng = self.rng
        y = p.start.y
        if p.nation == 'Wales' and rng.random() < 0.3:
            c = self.world.tagged('wales', y)
            if c:
                return rng.choice(c)
        if p.nation == 'Scotland' and rng.random() < 0.3:
            c = self.world.tagged('scotland', y)
            if c:
                return rng.choice(c)
        if p.place is not None and p.place.county == 'Greater London' and rng.random() < 0.35:
            return rng.choice(self.world.tagged('london', y))
        if p.cond.charities and rng.random() < 0.55:
            tag = rng.choice(p.cond.charities)
            c = self.world.tagged(tag, y)
            if c:
                return rng.choice(c)
        return rng.choice(self.world.tagged('generic', y))

    def pick_lead(self, p):
        rng, w, y = self.rng, self.world, p.start.y
        pl = p.place
        fam = p.family
        nat = p.nation if p.nation != 'UK' else 'England'
        if pl is None:
            # national: national body of that nation
            if fam == 'fund':
                c = [a for a in w.tagged('fundlead', y, nat)]
                if rng.random() < 0.25:
                    c = w.tagged('charity', y) + [a for a in w.tagged('fundlead', y) if a.kind == 'charity']
            elif fam == 'skills':
                c = w.tagged('skills', y, nat) + w.tagged('natlead', y, nat) + [w.by_name['The Health Foundation'], w.by_name['Nesta']]
            elif fam == 'evalcentre':
                c = w.tagged('evaluator', y)
            else:
                c = w.tagged('natlead', y, nat)
            c = [a for a in c if a.y0 <= y <= a.y1] or w.tagged('natlead', None, nat)
            return rng.choice(c)
        net = w.ahsn.get(pl.net)
        commissioner = (w.icb if y >= 2022 else w.ccg).get(pl.idx) if pl.nation == 'England' else w.trust[pl.idx]
        opts = {
            'pilot': [(w.trust[pl.idx], 0.45), (commissioner, 0.15), (net, 0.13), (rng.choice(w.companies), 0.1),
                      (w.council[pl.idx], 0.05), (w.uni.get(pl.idx), 0.12)],
            'spread': [(net, 0.7), (commissioner, 0.2), (w.trust[pl.idx], 0.1)],
            'research': [(w.uni.get(pl.idx), 0.65), (w.trust[pl.idx], 0.2), (w.arc.get(pl.net), 0.15)],
            'skills': [(net, 0.5), (w.uni.get(pl.idx), 0.3), (w.trust[pl.idx], 0.2)],
            'testbed': [(commissioner, 0.3), (net, 0.3), (w.trust[pl.idx], 0.25), (w.uni.get(pl.idx), 0.15)],
            'evalcentre': [(w.uni.get(pl.idx), 0.6), (w.arc.get(pl.net), 0.4)],
            'fund': [(net, 0.6), (commissioner, 0.4)],
            'national': [(net, 0.5), (commissioner, 0.5)],
            'wave': [(net, 0.5), (commissioner, 0.5)],
        }[fam]
        opts = [(a, wt) for a, wt in opts if a is not None and a.y0 <= y <= a.y1]
        if not opts:
            return w.trust[pl.idx]
        return wchoice(rng, opts)

    def new_prog(self, family=None, nation=None, place=None, level=None, cond=None, tech=None,
                 start=None, lead=None, months=None, budget=None, latest_start=2025):
        rng, w = self.rng, self.world
        p = Prog()
        p.uid = len(self.progs)
        p.family = family or wchoice(rng, [('pilot', .32), ('spread', .1), ('research', .14), ('fund', .1),
                                           ('national', .12), ('skills', .08), ('testbed', .09), ('evalcentre', .05)])
        fi = FAMILY_INFO[p.family]
        if p.family in ('national', 'fund') and place is None and level is None:
            p.scope = 'national' if rng.random() < 0.85 else 'regional'
        elif p.family in ('evalcentre',) and place is None and level is None:
            p.scope = 'national' if rng.random() < 0.6 else 'regional'
        elif p.family == 'skills' and place is None and level is None:
            p.scope = 'national' if rng.random() < 0.45 else 'regional'
        elif level in ('nation',):
            p.scope = 'national'
        else:
            p.scope = 'local' if (p.family in ('pilot', 'research') and rng.random() < 0.75) else 'regional'
            if level == 'town':
                p.scope = 'local'
            elif level is not None:
                p.scope = 'regional'
        if p.scope == 'national':
            p.place = None
            p.level = None
            p.nation = nation or wchoice(rng, [('England', .82), ('UK', .08), ('Scotland', .05), ('Wales', .035),
                                               ('Northern Ireland', .015)])
        else:
            p.place = place or self.pick_place(nation)
            p.nation = p.place.nation
            if p.scope == 'local':
                p.level = 'town'
            else:
                p.level = level or wchoice(rng, [('ics', .55), ('county', .15), ('nhs', .15), ('gov', .15)])
        if cond is None and tech is not None and rng.random() < 0.9:
            cond = COND_BY_KEY[rng.choice(TECH_CONDS.get(tech.key, ['mltc']))]
        p.cond = cond or rng.choice(CONDS)
        if tech is not None:
            p.tech = tech
        else:
            keys = COND_TECH[p.cond.key].split()
            p.tech = TECH_BY_KEY[rng.choice(keys)] if rng.random() < 0.92 else rng.choice(TECHS)
        p.setting = rng.choice(SETTINGS)
        p.start = start or self.pick_start(hi=latest_start)
        lo_m, hi_m = fi[2], fi[3]
        p.months = months or rng.randint(lo_m, hi_m)
        ey, em = add_months(p.start.y, p.start.m, p.months)
        if ey > MAX_END_YEAR:
            ey, em = MAX_END_YEAR, 3
        p.end = D(ey, em, mdays(ey, em) if rng.random() < 0.7 else 0) if ym_ord(ey, em) > ym_ord(p.start.y, p.start.m) else None
        if budget is None:
            lo, hi = fi[0], fi[1]
            if p.family in ('national', 'fund', 'evalcentre') and p.scope != 'national':
                lo, hi = lo / 10.0, hi / 10.0          # a regional programme of a national kind
            v = lo * (hi / lo) ** rng.random()
            if v < 1e6:
                v = round(v / 50.0) * 50 if rng.random() < 0.6 else round(v / 1000.0) * 1000
            else:
                v = round(v / 1000.0) * 1000 if rng.random() < 0.6 else round(v / 100000.0) * 100000
            budget = int(v)
        p.budget = budget
        p.lead = lead or self.pick_lead(p)
        y = p.start.y
        # funders
        funders = []
        if p.family in ('fund', 'national', 'wave') and p.scope == 'national':
            funders.append(p.lead)
        else:
            nat = p.nation if p.nation != 'UK' else 'England'
            fpool = [a for a in w.tagged('funder', y, nat)] + [a for a in w.tagged('fundlead', y, nat) if a.kind != 'charity']
            funders.append(rng.choice(fpool) if fpool else p.lead)
        if rng.random() < 0.35:
            funders.append(self.pick_charity(p))
        p.funders = []
        for f in funders:
            if f not in p.funders:
                p.funders.append(f)
        p.charity = next((f for f in p.funders if f.kind == 'charity'), None)
        nat = p.nation if p.nation != 'UK' else 'England'
        ann = w.tagged('announcer', y, nat)
        p.announcer = p.lead if (p.lead in ann and rng.random() < 0.7) else (rng.choice(ann) if ann else p.lead)
        # partners: delivery partners
        parts = []
        if p.place is not None:
            pl = p.place
            cand = [w.trust[pl.idx], w.council[pl.idx], rng.choice(w.companies), rng.choice(w.companies),
                    w.ahsn.get(pl.net)]
            if pl.nation == 'England':
                cand.append((w.icb if y >= 2022 else w.ccg)[pl.idx])
            for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
                a = rng.choice(cand)
                if a is not None and a is not p.lead and a not in parts and a.y0 <= y <= a.y1:
                    parts.append(a)
        else:
            for _ in range(rng.choice([0, 1, 2])):
                a = rng.choice(w.companies + list(w.ahsn.values()))
                if a is not p.lead and a not in parts:
                    parts.append(a)
        p.partners = parts
        # evaluators (authors' institutions)
        ev = []
        if p.place is not None and p.place.idx in w.uni:
            ev.append(w.uni[p.place.idx])
        if p.place is not None and p.place.net in w.arc and y >= 2019 and rng.random() < 0.4:
            ev.append(w.arc[p.place.net])
        while len(ev) < rng.choice([1, 1, 2, 3]):
            a = rng.choice(w.tagged('evaluator'))
            if a not in ev and a.y0 <= y + 1:
                ev.append(a)
        rng.shuffle(ev)
        p.evaluators = [a for a in ev if a is not p.lead] or [rng.choice(w.tagged('uni'))]
        # classification
        acts = [fi[4][0]]
        for a in fi[4][1:]:
            if rng.random() < 0.3:
                acts.append(a)
        p.activities = acts
        p.instrument = rng.choice(fi[5])
        if p.cond.nonclinical or p.tech.key in ('rpa', 'roster'):
            p.focus = wchoice(rng, [('non-clinical', .7), ('both', .3)])
        else:
            p.focus = wchoice(rng, [('clinical', .75), ('both', .25)])
        p.productivity = (p.tech.prod and rng.random() < 0.5) or p.focus == 'non-clinical'
        p.offers = p.family in ('fund',) or ('funding' in acts)
        p.recipients = (wchoice(rng, [('innovators', .55), ('adopters', .25), ('both', .2)]) if p.offers else 'none')
        p.rapid = p.family == 'evalcentre' and rng.random() < 0.6 or rng.random() < 0.06
        p.nsites = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30])
        p.npatients = rng.choice([40, 60, 120, 150, 200, 312, 450, 600, 1200, 2400, 5000, 12000])
        p.call = None
        p.parent = None
        p.wave = None
        p.co_announce = None
        p.show = None
        p.acronym = ''
        p.expansion = ''
        self.name_prog(p)
        self.progs.append(p)
        return p

    def place_short(self, p, level=None):
        pl = p.place
        if pl is None:
            return {'England': 'England', 'UK': 'the UK'}.get(p.nation, p.nation)
        level = level or p.level
        if level == 'town':
            return pl.town
        if level == 'county':
            return pl.county
        if level == 'ics':
            return pl.ics
        if level == 'nhs':
            return pl.nhs
        return pl.gov

    def name_prog(self, p, acronym=None, force_name=None):
        rng = self.rng
        c, t = p.cond, p.tech
        cshort = c.abbr if (c.abbr and rng.random() < 0.5) else title_case(c.formal)
        fw = rng.choice(FAMILY_WORD[p.family])
        for attempt in range(12):
            if force_name and attempt == 0:
                name = force_name
            else:
                use_acr = acronym is not None or rng.random() < (0.45 if p.family in ('pilot', 'research', 'testbed') else 0.2)
                if use_acr:
                    acr = acronym or make_acronym(rng, c, t)
                    exp = backronym(acr, rng)
                    p.acronym, p.expansion = acr, exp
                    name = rng.choice(['%s: %s' % (acr, exp), '%s (%s)' % (acr, exp), 'The %s %s' % (acr, fw), '%s %s' % (acr, fw)])
                else:
                    p.acronym, p.expansion = '', ''
                    where = self.place_short(p)
                    tpl = rng.randrange(6)
                    if p.scope == 'national':
                        if tpl < 2:
                            name = 'National %s %s for %s' % (t.title, fw.replace('National ', ''), cshort)
                        elif tpl < 4:
                            name = '%s %s %s' % (rng.choice(['NHS', 'Digital', 'Healthy', 'Better']), title_case(c.lay) if rng.random() < 0.5 else cshort, fw)
                        else:
                            name = '%s for %s %s' % (t.title, cshort, fw)
                    else:
                        if tpl < 2:
                            name = '%s %s %s' % (where, t.title, fw)
                        elif tpl < 4:
                            name = '%s %s %s %s' % (where, cshort, t.title, fw)
                        elif tpl < 5:
                            name = '%s for %s in %s' % (t.title, cshort, title_case(p.setting[0]))
                        else:
                            name = '%s %s %s (%s)' % (cshort, t.title, fw, where)
            k = name.lower()
            if k not in self.prog_names:
                self.prog_names[k] = p.uid
                p.name = name
                break
        else:
            p.name = '%s %s %d' % (name, fw, p.start.y)
            self.prog_names[p.name.lower()] = p.uid
        # grantee's own project title (whimsical) - sometimes built on the acronym
        if p.acronym and rng.random() < 0.6:
            p.grant_title = None  # the grant uses the acronym
        else:
            p.grant_title = rng.choice(ACR_WORDS) if rng.random() < 0.5 else None
        return p

    # -- planned record specs ------------------------------------------------
    def add_spec(self, p, source, variant=''):
        self.specs.append((p, source, variant))
        return len(self.specs) - 1

    def grant_ok(self, p):
        return p.family not in ('fund', 'national', 'wave') and p.start.y <= 2025

    def eval_ok(self, p):
        return ym_ord(p.start.y, p.start.m) <= ym_ord(2024, 9)

    def cluster_sources(self, p, size):
        rng = self.rng
        for _ in range(20):
            if size == 2:
                s = wchoice(rng, [(('eval', 'press'), .33), (('eval', 'grant'), .3), (('grant', 'press'), .27),
                                  (('eval', 'eval'), .1)])
            else:
                s = wchoice(rng, [(('eval', 'grant', 'press'), .85), (('eval', 'eval', 'press'), .08),
                                  (('eval', 'eval', 'grant'), .07)])
            if 'grant' in s and not self.grant_ok(p):
                continue
            if 'eval' in s and not self.eval_ok(p):
                continue
            return list(s)
        if self.eval_ok(p):
            return ['eval', 'press'] if size == 2 else ['eval', 'eval', 'press']
        return ['press', 'grant'] if self.grant_ok(p) and size == 2 else None

    def ensure_charity(self, p):
        if p.charity is None:
            p.charity = self.pick_charity(p)
            p.funders.append(p.charity)

    def emit(self, p, sources):
        idx = []
        for i, s in enumerate(sources):
            if s == 'grant':
                self.ensure_charity(p)
            variant = ''
            if s == 'eval' and sources.count('eval') > 1:
                variant = 'interim' if i == sources.index('eval') else 'final'
            idx.append(self.add_spec(p, s, variant))
        return idx

    def pick_single_source(self, p, prefer=None):
        rng = self.rng
        opts = prefer or [('eval', .36), ('grant', .34), ('press', .30)]
        for _ in range(10):
            s = wchoice(rng, opts)
            if s == 'grant' and not self.grant_ok(p):
                continue
            if s == 'eval' and not self.eval_ok(p):
                continue
            return s
        return 'press'

    # -- hard-negative groups ------------------------------------------------
    def group_eval_same_field_place(self):
        rng = self.rng
        fam = rng.choice(['pilot', 'pilot', 'spread', 'testbed', 'research'])
        a = self.new_prog(family=fam, latest_start=2023)
        b_start = D(min(2023, max(2010, a.start.y + rng.randint(-3, 3))), rng.randint(1, 12), 1)
        tech = a.tech if rng.random() < 0.6 else TECH_BY_KEY[rng.choice(RELATED_TECH[a.tech.key])]
        b = None
        for _ in range(6):
            b = self.new_prog(family=rng.choice(['pilot', 'spread', 'testbed', 'research']), place=a.place,
                              level=a.level if a.level != 'town' or rng.random() < 0.7 else 'ics', cond=a.cond,
                              tech=tech, start=b_start)
            if b.lead is not a.lead:
                break
        return [(a, ['eval']), (b, ['eval'] if rng.random() < 0.75 else [self.pick_single_source(b)])], None

    def group_regional_wave(self):
        rng, w = self.rng, self.world
        k = 2 if rng.random() < 0.6 else 3
        cond = rng.choice(CONDS)
        tech = TECH_BY_KEY[rng.choice(COND_TECH[cond.key].split())]
        start = self.pick_start(lo=2014, hi=2022)
        lead = rng.choice(w.tagged('natlead', start.y, 'England'))
        parent = rng.choice(['National %s Programme' % tech.title, 'NHS %s %s Programme' % (cond.abbr or title_case(cond.lay), tech.title),
                             '%s for %s: national rollout' % (tech.title, cond.abbr or title_case(cond.formal)),
                             '%s %s Accelerator' % (rng.choice(['Digital', 'NHS', 'National']), tech.title)])
        regions = []
        eng = PLACES_BY_NATION['England']
        while len(regions) < k:
            pl = rng.choice(eng)
            if all(pl.nhs != r.nhs for r in regions):
                regions.append(pl)
        members = []
        s = start
        per = None
        for i, pl in enumerate(regions):
            lvl = rng.choice(['nhs', 'nhs', 'gov', 'ics'])
            p = self.new_prog(family='wave', place=pl, level=lvl, cond=cond, tech=tech, start=s, lead=lead,
                              months=rng.randint(18, 30))
            p.parent = parent
            p.wave = i + 1
            reg = self.place_short(p)
            nm = rng.choice(['%s - Wave %d (%s)' % (parent, i + 1, reg), '%s: wave %d, %s' % (parent, i + 1, reg),
                             '%s (%s, wave %d)' % (parent, reg, i + 1)])
            self.prog_names.pop(p.name.lower(), None)
            p.name = nm if nm.lower() not in self.prog_names else '%s %d' % (nm, p.uid)
            self.prog_names[p.name.lower()] = p.uid
            p.acronym = ''
            p.show = 'name' if rng.random() < 0.8 else None
            srcs = [wchoice(rng, [('press', .55), ('eval', .45)])]
            if srcs[0] == 'eval' and not self.eval_ok(p):
                srcs = ['press']
            members.append((p, srcs))
            y2, m2 = add_months(s.y, s.m, rng.randint(6, 15))
            s = D(y2, m2, 1)
        return members, None

    def successor_name(self, name):
        rng = self.rng
        for a, b in rng.sample(SUCCESSOR_SWAPS, len(SUCCESSOR_SWAPS)):
            if a in name and rng.random() < 0.6:
                return name.replace(a, b, 1)
        return name + rng.choice([' 2', ' Phase 2', ' II', ' Plus', ' (second round)', ' 2.0', ': the next phase'])

    def group_successor(self):
        rng = self.rng
        fam = rng.choice(['fund', 'national', 'skills', 'spread', 'testbed', 'pilot'])
        a = self.new_prog(family=fam, latest_start=2019)
        chain = [a]
        n = 3 if rng.random() < 0.2 else 2
        while len(chain) < n:
            prev = chain[-1]
            endd = prev.end or D(*add_months(prev.start.y, prev.start.m, prev.months))
            y, m = add_months(endd.y, endd.m or 6, rng.randint(0, 6))
            if y > 2025:
                break
            b = self.new_prog(family=prev.family, place=prev.place, level=prev.level or ('nation' if prev.scope == 'national' else None),
                              nation=prev.nation if prev.scope == 'national' else None, cond=prev.cond,
                              tech=prev.tech if rng.random() < 0.75 else None, start=D(y, m, 1), lead=prev.lead,
                              budget=int(prev.budget * rng.uniform(0.6, 3.0)) // 1000 * 1000)
            nm = self.successor_name(prev.name)
            if nm.lower() not in self.prog_names:
                self.prog_names.pop(b.name.lower(), None)
                b.name = nm
                self.prog_names[nm.lower()] = b.uid
            if prev.acronym:
                b.acronym = prev.acronym + rng.choice(['2', '-2', '+', ' II'])
                b.expansion = prev.expansion
            else:
                b.acronym, b.expansion = '', ''
            prev.show = b.show = 'name'
            chain.append(b)
        if len(chain) < 2:
            return None, None
        return [(p, [self.pick_single_source(p)]) for p in chain], None

    def group_same_call(self):
        rng = self.rng
        k = 2 if rng.random() < 0.6 else 3
        start = self.pick_start(lo=2012, hi=2024)
        proto = self.new_prog(family='pilot', start=start)
        charity = self.pick_charity(proto)
        theme = rng.choice(CALL_THEMES)
        call = '%s %s %s' % (charity.acronym or charity.name.replace('The ', ''), theme,
                             rng.choice(['%d' % start.y, 'round %d' % rng.randint(1, 9), '%d/%02d' % (start.y, (start.y + 1) % 100)]))
        cap = rng.choice([75000, 100000, 150000, 250000, 300000, 500000, 750000])
        members = []
        used = set()
        progs = [proto]
        while len(progs) < k:
            c = rng.choice(CONDS)
            if c.key == proto.cond.key or c.key in used:
                continue
            used.add(c.key)
            s = D(start.y, start.m, start.d)
            if rng.random() < 0.3:
                y, m = add_months(start.y, start.m, 1)
                s = D(y, m, 1)
            pl = proto.place if rng.random() < 0.2 else None
            progs.append(self.new_prog(family=rng.choice(['pilot', 'research']), place=pl, cond=c, start=s,
                                       months=proto.months if rng.random() < 0.5 else None))
        for p in progs:
            p.charity = charity
            if charity not in p.funders:
                p.funders.append(charity)
            p.call = call
            p.budget = int(cap * rng.uniform(0.55, 1.0)) // 10 * 10
            members.append((p, ['grant']))
        return members, None

    def group_fund_and_grant(self):
        rng, w = self.rng, self.world
        start = self.pick_start(lo=2012, hi=2023)
        f = self.new_prog(family='fund', nation='England', level='nation', start=start)
        charity = self.pick_charity(f)
        f.show = 'name' if rng.random() < 0.8 else None
        if f.lead.kind == 'charity':
            charity = f.lead
            f.lead = rng.choice(w.tagged('announcer', start.y, 'England'))
        f.charity = charity
        if charity not in f.funders:
            f.funders.append(charity)
        f.co_announce = charity
        f.announcer = f.lead if f.lead in w.tagged('announcer') else rng.choice(w.tagged('announcer', start.y, 'England'))
        members = [(f, ['press'])]
        n = 1 if rng.random() < 0.7 else 2
        grants = []
        for _ in range(n):
            y, m = add_months(start.y, start.m, rng.randint(6, 14))
            g = self.new_prog(family=rng.choice(['pilot', 'research', 'testbed']),
                              cond=f.cond if rng.random() < 0.5 else None,
                              tech=f.tech if rng.random() < 0.6 else None, start=D(y, m, 1))
            g.charity = charity
            if charity not in g.funders:
                g.funders.append(charity)
            g.call = f.name
            g.budget = min(g.budget, max(50000, f.budget // rng.randint(8, 40) // 100 * 100))
            grants.append(g)
            members.append((g, ['grant']))
        extra = None
        if n == 2:
            extra = [(1, 2, 'same_call_grants')]
        return members, extra

    def group_same_acronym(self):
        rng = self.rng
        acr = rng.choice(ACR_WORDS)
        a = self.new_prog(family=rng.choice(['pilot', 'research', 'testbed', 'skills', 'spread']))
        self.name_prog(a, acronym=acr)
        b = None
        for _ in range(8):
            b = self.new_prog(family=rng.choice(['pilot', 'research', 'testbed', 'skills', 'spread']))
            if b.cond.key != a.cond.key and (b.place is None or a.place is None or b.place.ics != a.place.ics):
                break
        self.name_prog(b, acronym=acr)
        a.show = b.show = 'acronym'
        pref = [('grant', .5), ('eval', .3), ('press', .2)]
        return [(a, [self.pick_single_source(a, pref)]), (b, [self.pick_single_source(b, pref)])], None

    # -- the plan ------------------------------------------------------------
    def plan(self):
        rng = self.rng
        n = self.rows
        target_planted_rows = max(2, int(round(0.02 * n)))
        sizes = []
        tot = 0
        while tot < target_planted_rows:
            s = 3 if rng.random() < 0.3 else 2
            if tot + s > target_planted_rows + 1:
                s = 2
            sizes.append(s)
            tot += s
        planted_pairs = sum(s * (s - 1) // 2 for s in sizes)
        target_neg = 5 * planted_pairs
        budget_rows = n - tot
        neg_pairs = 0
        group_makers = [('eval_same_field_place', self.group_eval_same_field_place, 1.0),
                        ('regional_wave', self.group_regional_wave, 0.8),
                        ('successor', self.group_successor, 1.0),
                        ('same_call_grants', self.group_same_call, 0.8),
                        ('fund_and_grant', self.group_fund_and_grant, 1.0),
                        ('same_acronym', self.group_same_acronym, 1.0)]
        counts = dict((k, 0) for k, _, _ in group_makers)
        pending = list(sizes)
        used_rows = 0
        while neg_pairs < target_neg:
            # pick the kind furthest below its share
            kind, maker, wt = min(group_makers, key=lambda g: (counts[g[0]] / g[2], g[0]))
            members, extra = maker()
            if members is None:
                counts[kind] += 0.5
                continue
            # sometimes one member of the group is itself a planted cluster
            if pending and len(pending) > 0.6 * len(sizes) and rng.random() < 0.35:
                order = list(range(len(members)))
                rng.shuffle(order)
                for j in order:
                    p, srcs = members[j]
                    cs = self.cluster_sources(p, pending[0])
                    if cs is None or srcs[0] not in cs:
                        continue
                    members[j] = (p, cs)
                    pending.pop(0)
                    break
            rows_here = sum(len(s) for _, s in members)
            if used_rows + rows_here > budget_rows:
                break
            used_rows += rows_here
            spec_lists = [self.emit(p, srcs) for p, srcs in members]
            for (p, srcs), idx in zip(members, spec_lists):
                if len(idx) > 1:
                    self.clusters.append(idx)
            pairs = []
            special = dict(((i, j), k) for i, j, k in (extra or []))
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    k = special.get((i, j), kind)
                    for x in spec_lists[i]:
                        for y in spec_lists[j]:
                            pairs.append((x, y, k))
            self.neg_groups.append(pairs)
            neg_pairs += len(pairs)
            counts[kind] += 1
        # remaining planted clusters, standalone
        for s in pending:
            for _ in range(20):
                p = self.new_prog()
                cs = self.cluster_sources(p, s)
                if cs is not None:
                    break
            self.clusters.append(self.emit(p, cs))
        # background: one record per latent programme
        remaining = n - len(self.specs)
        src_fam = {
            'eval': [('pilot', .35), ('spread', .12), ('national', .15), ('testbed', .1), ('skills', .08), ('fund', .08),
                     ('research', .07), ('evalcentre', .05)],
            'grant': [('pilot', .35), ('research', .25), ('skills', .12), ('spread', .1), ('testbed', .1), ('evalcentre', .08)],
            'press': [('national', .3), ('fund', .25), ('pilot', .2), ('testbed', .1), ('skills', .08), ('spread', .07)],
        }
        for _ in range(max(0, remaining)):
            src = wchoice(rng, [('eval', .36), ('grant', .34), ('press', .30)])
            fam = wchoice(rng, src_fam[src])
            p = self.new_prog(family=fam, latest_start=2024 if src == 'eval' else 2025)
            if src == 'grant' and not self.grant_ok(p):
                src = 'press'
            if src == 'eval' and not self.eval_ok(p):
                src = 'press'
            self.emit(p, [src])

    # -- rendering -----------------------------------------------------------
    def ref(self, a):
        """A reference to an actor as a librarian would type it."""
        rng = self.rng
        if a.acronym and rng.random() < 0.35:
            return a.acronym if rng.random() < 0.9 else a.acronym.lower()
        r = rng.random()
        if r < 0.06:
            return a.id
        if r < 0.12 and ' and ' in a.name:
            return a.name.replace(' and ', ' & ')
        if r < 0.16:
            return a.name.lower()
        if r < 0.18:
            return a.name.upper()
        return a.name

    def refs(self, actors):
        return '; '.join(self.ref(a) for a in actors)

    def render_place(self, p, source):
        """-> (region string or '', place object used in text or None, level)"""
        rng = self.rng
        if p.place is None:
            if source == 'eval' and p.nation in ('England', 'UK') and rng.random() < 0.12:
                pl = rng.choice(PLACES_BY_NATION['England'])
                lvl = rng.choice(['town', 'ics'])
                return self.region_string(pl, lvl), pl, lvl
            return '', None, None
        probs = {'eval': [('same', .50), ('narrow', .08), ('broad', .22), ('missing', .15), ('wrong', .05)],
                 'grant': [('same', .55), ('narrow', .03), ('broad', .14), ('missing', .24), ('wrong', .04)],
                 'press': [('same', .30), ('narrow', .02), ('broad', .40), ('missing', .24), ('wrong', .04)]}[source]
        what = wchoice(rng, probs)
        pl, lvl = p.place, p.level
        order = ['town', 'county', 'ics', 'nhs']
        if what == 'missing':
            return '', pl, lvl
        if what == 'wrong':
            cand = [q for q in PLACES_BY_NATION[pl.nation] if q.ics != pl.ics] or PLACES
            q = rng.choice(cand)
            return self.region_string(q, lvl), q, lvl
        if what == 'narrow' and lvl != 'town':
            cand = [q for q in PLACES if q.ics == pl.ics] if lvl == 'ics' else \
                [q for q in PLACES if getattr(q, {'county': 'county', 'nhs': 'nhs', 'gov': 'gov'}[lvl]) == getattr(pl, {'county': 'county', 'nhs': 'nhs', 'gov': 'gov'}[lvl])]
            q = rng.choice(cand or [pl])
            return self.region_string(q, 'town'), q, 'town'
        if what == 'broad':
            i = order.index(lvl) if lvl in order else 3
            if i >= 3:
                return '', pl, lvl       # only the nation is left
            nl = rng.choice(order[i + 1:] + (['gov'] if rng.random() < 0.5 else []))
            return self.region_string(pl, nl), pl, nl
        return self.region_string(pl, lvl), pl, lvl

    def region_string(self, pl, lvl):
        rng = self.rng
        if lvl == 'town':
            return pl.town
        if lvl == 'county':
            return pl.county
        if lvl == 'ics':
            return rng.choice(ics_forms(pl))
        if lvl == 'nhs':
            return pl.nhs
        return pl.gov

    def render_country(self, p, source, pl):
        rng = self.rng
        stated = {'eval': .8, 'grant': .7, 'press': .88}[source]
        if rng.random() > stated:
            return ''
        nation = pl.nation if pl is not None else p.nation
        return rng.choice(COUNTRY_FORMS[nation])

    def cond_phrase(self, p, register):
        """How a record names the condition: formal / abbreviation / lay / broader."""
        rng = self.rng
        c = p.cond
        r = rng.random()
        if r < 0.12:
            return c.broad
        if register == 'eval':
            return c.formal if (not c.abbr or rng.random() < 0.7) else '%s (%s)' % (c.formal, c.abbr)
        if register == 'grant':
            return c.lay if rng.random() < 0.6 else c.formal
        return c.lay if rng.random() < 0.5 else (c.abbr or c.formal) if rng.random() < 0.3 else c.formal

    def tech_phrase(self, p, register):
        rng = self.rng
        t = p.tech
        if register == 'eval':
            return t.acad if rng.random() < 0.8 else t.lay
        if register == 'grant':
            return t.lay if rng.random() < 0.6 else t.acad
        return t.buzz if rng.random() < 0.6 else t.lay

    def prog_ref(self, p, register):
        """How the record names the programme inside its title."""
        rng = self.rng
        r = rng.random()
        if p.show == 'acronym' and p.acronym and r < 0.85:
            return p.acronym if register != 'eval' or rng.random() < 0.5 else 'the %s programme' % p.acronym
        if p.show == 'name' and r < 0.75:
            return p.name
        if register == 'eval':
            if p.acronym and r < 0.3:
                return 'the %s programme' % p.acronym if rng.random() < 0.5 else p.acronym
            if r < 0.7:
                return p.name if not p.name.startswith('The ') else 'the' + p.name[3:]
            return None
        if r < 0.4:
            return p.name
        if p.acronym and r < 0.55:
            return p.acronym
        return None

    def date_for(self, p, source, what):
        """-> D or None, following the per-source survival model."""
        d = self._date_for(p, source, what)
        if d is not None and d.y < 2010:
            d = D(2010, d.m and 1, d.d and 1)
        return d

    def _date_for(self, p, source, what):
        rng = self.rng
        s, e = p.start, p.end
        if what == 'start':
            if source == 'press':
                if rng.random() > 0.92:
                    return None
                r = rng.random()
                if r < 0.6:
                    y, m = add_months(s.y, s.m, -rng.randint(1, 9))     # launch before delivery
                elif r < 0.85:
                    y, m = s.y, s.m
                else:
                    y, m = add_months(s.y, s.m, rng.randint(1, 6))       # "rolls out" after it started
                if ym_ord(y, m) > ym_ord(SNAPSHOT[0], SNAPSHOT[1]):
                    y, m = SNAPSHOT[0], SNAPSHOT[1]
                if rng.random() < 0.04:
                    y += rng.choice([-1, 1])
                return D(y, m, rng.randint(1, 28)) if rng.random() < 0.85 else D(y, m)
            if source == 'grant':
                if rng.random() > 0.9:
                    return None
                r = rng.random()
                if r < 0.5:
                    out = D(s.y, s.m, s.d or 1)
                elif r < 0.85:
                    y, m = add_months(s.y, s.m, rng.randint(1, 6))
                    out = D(y, m, 1)
                else:
                    out = D(s.y, s.m)
                if rng.random() < 0.04:
                    out = D(out.y + rng.choice([-1, 1]), out.m, out.d)
                return out
            # eval
            if rng.random() > 0.8:
                return None
            r = rng.random()
            if r < 0.45:
                out = D(s.y)
            elif r < 0.75:
                out = D(s.y, s.m)
            else:
                y, m = add_months(s.y, s.m, rng.randint(2, 12))       # study period starts later
                out = D(y, m)
            if rng.random() < 0.05:
                out = D(out.y + rng.choice([-2, -1, 1]))
            return out
        # end
        if e is None:
            return None
        if source == 'press':
            if rng.random() > 0.15:
                return None
            if rng.random() < 0.6:
                y = e.y if e.m <= 3 else e.y + 1
                return D(min(y, MAX_END_YEAR), 3, 31)                      # "until March 20xx"
            return D(e.y)
        if source == 'grant':
            if rng.random() > 0.78:
                return None
            r = rng.random()
            if r < 0.5:
                out = D(e.y, e.m, e.d or mdays(e.y, e.m))
            elif r < 0.85:
                y, m = add_months(e.y, e.m, rng.randint(-12, 12))
                out = D(min(y, MAX_END_YEAR), m, mdays(y, m))
            else:
                out = D(e.y, e.m)
            return out
        # eval: study end, or publication date, or the programme end
        if rng.random() > 0.58:
            return None
        r = rng.random()
        cap = ym_ord(2025, 9)
        if r < 0.4 and ym_ord(e.y, e.m) <= cap:
            return D(e.y, e.m)
        if r < 0.85:
            y, m = add_months(e.y, e.m, -rng.randint(3, 18))
            if ym_ord(y, m) > cap:
                y, m = 2025, 9
            return D(y, m)
        return None  # filled with the publication date by the caller

    def pub_date(self, p, variant):
        rng = self.rng
        e = p.end or D(*add_months(p.start.y, p.start.m, p.months))
        base = e if variant != 'interim' else D(*add_months(p.start.y, p.start.m, max(6, p.months // 2)))
        y, m = add_months(base.y, base.m or 6, rng.randint(3, 24))
        if ym_ord(y, m) > ym_ord(2026, 2):
            y, m = add_months(2026, 2, -rng.randint(0, 14))
        if ym_ord(y, m) < ym_ord(p.start.y, p.start.m) + 6:
            y, m = add_months(p.start.y, p.start.m, 6)
            if ym_ord(y, m) > ym_ord(2026, 2):
                y, m = 2026, 2
        return D(y, m, rng.randint(1, 28))

    def status_for(self, source, start, end, pub=None):
        rng = self.rng
        snap = ym_ord(SNAPSHOT[0], SNAPSHOT[1])
        if source == 'press':
            if rng.random() > 0.6:
                return ''
            return rng.choice(STATUS_FORMS['planned'] if rng.random() < 0.7 else STATUS_FORMS['active'])
        if source == 'eval':
            if rng.random() > 0.5:
                return ''
            if end is not None and pub is not None and ym_ord(end.y, end.m or 12) <= ym_ord(pub.y, pub.m):
                return rng.choice(STATUS_FORMS['concluded'])
            return rng.choice(STATUS_FORMS['active'] if rng.random() < 0.7 else STATUS_FORMS['concluded'])
        if rng.random() > 0.72:
            return ''
        if end is not None and ym_ord(end.y, end.m or 12) < snap:
            return rng.choice(STATUS_FORMS['concluded'])
        if start is not None and ym_ord(start.y, start.m or 1) > snap:
            return rng.choice(STATUS_FORMS['planned'])
        return rng.choice(STATUS_FORMS['active'])

    def budget_cell(self, p, source):
        """-> (budget cell, amount used in text or None, 'up to'?)"""
        rng = self.rng
        B = p.budget
        if source == 'eval':
            if rng.random() > 0.12:
                return '', None
            v = int(float('%.2g' % B))
            if rng.random() < 0.04:
                v *= 10
            return fmt_amount(v, rng.choice(['plain', 'commas', 'pound'])), v
        if source == 'grant':
            if rng.random() > 0.95:
                return '', None
            if p.call is not None or (B <= 2.5e6 and rng.random() < 0.45):
                v = B
            else:
                v = int(B * rng.uniform(0.15, 0.8)) // 10 * 10
            if v > 3e6:
                v = int(B * rng.uniform(0.02, 0.2)) // 10 * 10   # a charity's share of a big programme
                v = min(v, int(rng.uniform(1.5e6, 3e6)) // 10 * 10)
            if rng.random() < 0.03:
                v = v * 10 if rng.random() < 0.5 else max(1000, v // 10)
            return fmt_amount(v, rng.choice(['plain', 'commas', 'pound', 'poundplain', 'decimal', 'commas'])), v
        # press
        if rng.random() > 0.8:
            return '', None
        v = B
        if rng.random() < 0.25:
            v = int(B * rng.uniform(1.5, 3.0))        # headline includes match / partner funding
        v = nice_round(v, up=rng.random() < 0.5)
        r = rng.random()
        if r < 0.35:
            return 'up to %s' % fmt_amount(v, rng.choice(['plain', 'commas'])), v
        if r < 0.4:
            lo = nice_round(v * 0.5)
            return '%s - %s' % (fmt_amount(lo, 'plain'), fmt_amount(v, 'plain')), v
        return fmt_amount(v, rng.choice(['plain', 'commas', 'pound'])), v

    def yesno(self, val):
        return self.rng.choice(YES_FORMS if val else NO_FORMS)

    def activities_cell(self, p, source):
        rng = self.rng
        acts = list(p.activities)
        if source == 'eval' and 'evaluation-and-evidence' not in acts and rng.random() < 0.6:
            acts.append('evaluation-and-evidence')
        if source == 'grant' and 'funding' not in acts and rng.random() < 0.5:
            acts.insert(0, 'funding')
        if source == 'press' and len(acts) > 1 and rng.random() < 0.5:
            acts = acts[:1]
        stated = {'eval': .6, 'grant': .55, 'press': .5}[source]
        if rng.random() > stated:
            return '', []
        sep = rng.choice(['; ', ';', '; '])
        return sep.join(rng.choice(ACTIVITY_FORMS[a]) for a in acts), acts

    def instrument_cell(self, p, source):
        rng = self.rng
        stated = {'eval': .55, 'grant': .45, 'press': .5}[source]
        if rng.random() > stated:
            return ''
        ins = p.instrument
        if source == 'eval' and rng.random() < 0.35:
            ins = 'policy-intelligence'
        r = rng.random()
        if r < 0.35:
            return ins
        if r < 0.55:
            return ins.replace('-', ' ')
        if r < 0.6 and ins in INSTRUMENT_LATER_LABELS:
            return INSTRUMENT_LATER_LABELS[ins]
        return INSTRUMENT_LABELS[ins]

    def finish_text(self, s, p_typo, p_abbr):
        rng = self.rng
        if rng.random() < p_typo:
            s = typo(s, rng)
        if rng.random() < p_abbr:
            s = abbreviate(s, rng)
        return s

    def unique_name(self, p, make):
        for _ in range(8):
            nm = make()
            k = ' '.join(nm.lower().split())
            owner = self.record_names.get(k)
            if owner is None or owner == p.uid:
                self.record_names[k] = p.uid
                return nm
        self.name_fallbacks += 1
        nm = '%s (%s)' % (make(), p.start.y)
        k = ' '.join(nm.lower().split())
        n = 2
        while k in self.record_names and self.record_names[k] != p.uid:
            nm2 = '%s [%d]' % (nm, n)
            k = ' '.join(nm2.lower().split())
            n += 1
            nm = nm2
        self.record_names[k] = p.uid
        return nm

    def render(self, p, source, variant):
        rng = self.rng
        row = {}
        region, tpl, tlvl = self.render_place(p, source)
        if region and tpl is not None:
            where_text = {'town': tpl.town, 'county': tpl.county, 'ics': tpl.ics, 'nhs': tpl.nhs}.get(tlvl, tpl.gov)
            if tlvl == 'ics' and tpl.nation == 'England' and rng.random() < 0.5:
                where_text = region
        else:
            where_text = self.place_short(p) if (p.place is not None and rng.random() < 0.5) else ''
        country = self.render_country(p, source, tpl)
        cond = self.cond_phrase(p, source)
        tech = self.tech_phrase(p, source)
        start = self.date_for(p, source, 'start')
        end = self.date_for(p, source, 'end')
        pub = None
        if source == 'eval':
            pub = self.pub_date(p, variant)
            if end is None and rng.random() < 0.25:
                end = D(pub.y, pub.m, pub.d)
            if variant == 'interim' and end is not None and p.end is not None and ym_ord(end.y, end.m or 12) >= ym_ord(p.end.y, p.end.m):
                end = None
        if start is not None and end is not None and not end_ok(start, end):
            end = None
        budget, amount = self.budget_cell(p, source)
        status = self.status_for(source, start, end, pub)
        if source == 'eval':
            self.render_eval(p, row, variant, cond, tech, where_text, pub, amount)
        elif source == 'grant':
            self.render_grant(p, row, cond, tech, where_text, amount)
        else:
            self.render_press(p, row, cond, tech, where_text, amount, start)
        acts, act_list = self.activities_cell(p, source)
        row['activity_types'] = acts
        row['instrument_type'] = self.instrument_cell(p, source)
        row['focus'] = rng.choice(FOCUS_FORMS[p.focus]) if rng.random() < {'eval': .45, 'grant': .5, 'press': .35}[source] else ''
        row['productivity_focus'] = self.yesno(p.productivity) if rng.random() < 0.3 else ''
        # funding
        offers = ''
        if source == 'grant':
            offers_val = True if rng.random() < 0.6 else None
        elif source == 'press':
            offers_val = (p.offers if rng.random() < 0.7 else None) if p.family in ('fund', 'national', 'wave') else (None if rng.random() < 0.8 else p.offers)
        else:
            offers_val = None if rng.random() < 0.75 else p.offers
        if offers_val is True:
            offers = 'partly' if rng.random() < 0.03 else self.yesno(True)
        elif offers_val is False:
            offers = self.yesno(False)
        rec = ''
        if offers_val is True and p.recipients != 'none' and rng.random() < 0.55:
            rec = rng.choice(RECIP_FORMS[p.recipients])
        elif offers_val is True and rng.random() < 0.4:
            rec = rng.choice(RECIP_FORMS[wchoice(rng, [('innovators', .5), ('adopters', .3), ('both', .2)])])
        elif offers_val is False and rng.random() < 0.3:
            rec = rng.choice(RECIP_FORMS['none'])
        row['offers_funding'] = offers
        row['funding_recipients'] = rec
        if source == 'eval':
            row['evaluated'] = self.yesno(True) if rng.random() < 0.85 else ''
            row['rapid_evaluation'] = self.yesno(p.rapid or 'rapid' in row['name'].lower()) if rng.random() < 0.5 else ''
        elif source == 'grant':
            row['evaluated'] = self.yesno(False) if rng.random() < 0.15 else ''
            row['rapid_evaluation'] = ''
        else:
            row['evaluated'] = ''
            row['rapid_evaluation'] = ''
        ta = ''
        r = rng.random()
        stated = {'eval': .85, 'grant': .7, 'press': .6}[source]
        if r < stated:
            if rng.random() < 0.2:
                ta = '%s for %s' % (tech, cond)
            elif rng.random() < 0.1:
                ta = '%s; %s' % (tech, rng.choice(p.setting))
            else:
                ta = tech
            ta = self.finish_text(ta, 0.04, 0.05)
        row['technology_area'] = ta
        row['budget'] = budget
        row['currency'] = ('GBP' if rng.random() < 0.55 else '') if budget else ''
        bp = ''
        if budget and rng.random() < {'eval': .3, 'grant': .5, 'press': .45}[source]:
            yrs = max(1, int(round(p.months / 12.0)))
            bp = rng.choice(['%d years' % yrs if yrs > 1 else '1 year', 'over %d years' % yrs, '%d months' % p.months,
                             'per year' if source == 'press' else '%d months' % p.months,
                             '%d/%02d to %d/%02d' % (p.start.y, (p.start.y + 1) % 100, p.start.y + yrs - 1, (p.start.y + yrs) % 100),
                             'one-off'])
        row['budget_period'] = bp
        sd_style = {'eval': ['iso', 'words', 'iso'], 'grant': ['iso', 'slash', 'dot', 'isotime', 'slash', 'iso'],
                    'press': ['words', 'iso', 'slash', 'words']}[source]
        row['start_date'] = fmt_date(start, rng.choice(sd_style), rng) if start else ''
        row['end_date'] = fmt_date(end, rng.choice(sd_style), rng) if end else ''
        row['status'] = status
        row['country'] = country
        row['region'] = region
        for k in list(row):
            if not k.startswith('_'):
                row[k] = safe_cell(row[k])
        if rng.random() < 0.01:
            row['name'] = row['name'] + ' '
        elif rng.random() < 0.004:
            row['name'] = row['name'] + '\u00a0'
        return row

    # ---- the three registers ----
    def render_eval(self, p, row, variant, cond, tech, where, pub, amount):
        rng = self.rng
        design_t, design_s = rng.choice(DESIGNS)
        if variant == 'interim':
            design_t, design_s = DESIGNS[4] if rng.random() < 0.5 else DESIGNS[7]
        pref = self.prog_ref(p, 'eval')
        desc_ref = pref or '%s for %s' % (svc(tech), cond)
        setting = p.setting[0]
        outcome = p.cond.outcome

        def mk():
            ref = self.prog_ref(p, 'eval') or ('%s for %s%s' % (svc(tech), cond, (' in %s' % where) if where and rng.random() < 0.5 else ''))
            in_where = (' in %s' % where) if where and rng.random() < 0.6 else ''
            t = rng.randrange(12)
            if variant == 'interim':
                t = rng.choice([5, 9, 11])
            if t == 0:
                s = 'Effectiveness of %s: %s' % (ref, design_t)
            elif t == 1:
                s = 'Implementing %s for %s in %s: %s of %s' % (tech, cond, setting, design_t.replace('a ', '', 1).replace('an ', '', 1) if rng.random() < 0.3 else design_t, ref)
            elif t == 2:
                s = 'Process evaluation of %s%s' % (ref, in_where)
            elif t == 3:
                s = 'Did %s %s %s? %s' % (ref, rng.choice(['change', 'improve', 'affect']), outcome, design_t[0].upper() + design_t[1:])
            elif t == 4:
                s = 'Cost-effectiveness of %s for people with %s: economic evaluation of %s' % (tech, cond, ref)
            elif t == 5:
                s = '%s: early lessons from a rapid evaluation' % (ref[0].upper() + ref[1:])
            elif t == 6:
                s = 'Patient and staff experiences of %s%s: a qualitative study' % (ref, in_where)
            elif t == 7:
                s = 'Impact of %s on %s%s: %s' % (ref, outcome, in_where, design_t)
            elif t == 8:
                s = 'Evaluating %s: final report' % ref
            elif t == 9:
                s = 'Interim evaluation of %s%s' % (ref, in_where)
            elif t == 10:
                s = '%s for %s (%s)%s: %s' % (tech[0].upper() + tech[1:], cond, ref, in_where, design_t)
            else:
                s = 'Learning from %s: %s of %s across %s' % (ref, design_t, tech, sites(p.nsites))
            return self.finish_text(s, 0.05, 0.04)
        row['name'] = self.unique_name(p, mk)
        # owner: the programme's lead, or the funder of the evaluation, or nobody
        r = rng.random()
        owner = []
        if r < 0.55:
            owner = [p.lead]
        elif r < 0.75:
            owner = [rng.choice(p.funders)]
        elif r < 0.78:
            owner = [rng.choice(self.world.tagged('natlead'))]   # wrong
        row['owner'] = self.refs(owner)
        partners = []
        if rng.random() < 0.92:
            partners += p.evaluators if variant != 'final' or rng.random() < 0.5 else p.evaluators[:1] + [rng.choice(self.world.tagged('evaluator'))]
        if p.lead not in owner and rng.random() < 0.4:
            partners.append(p.lead)
        for a in p.partners:
            if rng.random() < 0.25:
                partners.append(a)
        if rng.random() < 0.04:
            partners.append(rng.choice(self.world.tagged('uni')))
        partners = [a for i, a in enumerate(partners) if a not in partners[:i] and a not in owner]
        row['partners'] = self.refs(partners)
        # abstract
        L = wchoice(rng, [('empty', .06), ('short', .3), ('medium', .49), ('long', .15)])
        if L == 'empty':
            d = ''
        elif L == 'short':
            d = rng.choice(['%s of %s%s.' % (design_t[0].upper() + design_t[1:], desc_ref, (' (%s)' % where) if where else ''),
                            'Evaluation of %s for %s.' % (tech, cond),
                            'Study of %s%s; %s.' % (desc_ref, (' in ' + where) if where else '', sites(p.nsites))])
        else:
            yr = 'in %d' % p.start.y if rng.random() < 0.6 else 'from %s %d' % (MONTHS[p.start.m - 1], p.start.y)
            aim = rng.choice(['improve care for %s' % p.cond.pop, 'reduce %s among %s' % (outcome, p.cond.pop),
                              'support %s to adopt %s' % (setting, tech)])
            res = rng.choice(['%s fell by %d%% relative to matched comparators' % (outcome[0].upper() + outcome[1:], rng.randint(3, 35)),
                              'there was no statistically significant change in %s' % outcome,
                              'uptake varied between sites (%d%% to %d%%)' % (rng.randint(5, 30), rng.randint(40, 90)),
                              'staff reported improved confidence but increased workload',
                              '%d patients were enrolled; %s improved modestly' % (p.npatients, outcome)])
            concl = rng.choice(['The programme was acceptable to patients and staff, but effects on %s were uncertain.' % outcome,
                                'Implementation depended on local leadership, interoperability and dedicated project management.',
                                'Findings support wider spread, subject to workforce capacity and digital inclusion.',
                                'Longer follow-up is needed before national rollout.'])
            parts = ['Background: %s was introduced%s %s to %s.' % (desc_ref[0].upper() + desc_ref[1:], (' in %s' % where) if where else '', yr, aim),
                     'Methods: %s using %s across %d %s.' % (design_s, rng.choice(['routinely collected hospital data', 'primary care records',
                                                                                  'interviews with %d staff and %d patients' % (rng.randint(8, 40), rng.randint(6, 30)),
                                                                                  'service activity data', 'patient surveys']),
                                                            p.nsites, rng.choice(['sites', 'practices', 'wards', 'care homes', 'trusts'])[:-1 if p.nsites == 1 else None]),
                     'Results: %s%s.' % (res[0].upper(), res[1:]),
                     'Conclusions: %s' % concl]
            if amount and rng.random() < 0.7:
                parts.insert(1, 'The programme cost %s.' % money_text(amount))
            if L == 'long':
                parts.insert(1, 'Context: the programme formed part of %s.' % rng.choice(
                    ['the NHS Long Term Plan commitment to digitally enabled care', 'a wider regional transformation programme',
                     'the Five Year Forward View new care models work', 'local recovery plans after COVID-19',
                     'the Accelerated Access Review response']))
                parts.append('Limitations: %s' % rng.choice(['non-randomised design; residual confounding is likely.',
                                                            'short follow-up and incomplete activity data.',
                                                            'sites self-selected and may not be representative.']))
                parts.append('Funding: %s.' % ', '.join(a.name for a in p.funders))
            d = ' '.join(parts)
        row['description'] = self.finish_text(d, 0.12, 0.1) if d else ''
        jr = rng.choice(JOURNALS)
        row['source'] = rng.choice(['Evaluation database; %s %d' % (jr, pub.y),
                                    'Evaluation database record %d; %s, published %s' % (rng.randint(10000, 99999), jr, fmt_date(pub, 'iso', rng)),
                                    'Evaluation database; doi:10.%d/%s.%d.%d' % (rng.randint(1000, 9999), rng.choice(['bmjopen', 'hsdr', 'jmir', 'bjgp', 'ijic']), pub.y, rng.randint(100, 9999))])
        row['_year'] = pub.y

    def render_grant(self, p, row, cond, tech, where, amount):
        rng = self.rng
        funder = p.charity or rng.choice(self.world.tagged('charity'))

        def mk():
            t = rng.randrange(7)
            if p.show == 'acronym' and p.acronym:
                t = 0
            elif p.show == 'name' and rng.random() < 0.6:
                t = 6
            acr = p.acronym or p.grant_title
            if acr and t < 4:
                if p.acronym and rng.random() < 0.6:
                    s = '%s: %s' % (p.acronym, p.expansion)
                elif rng.random() < 0.5:
                    s = 'Project %s' % title_case(acr.lower()) if acr.isupper() and rng.random() < 0.3 else 'Project %s' % acr
                else:
                    s = '%s - %s for %s%s' % (acr, tech, cond, (' in %s' % where) if where else '')
            elif t < 5:
                verb, prep = rng.choice([('Bringing', 'to'), ('Scaling', 'for'), ('Testing', 'with'), ('Co-designing', 'with'), ('', 'for')])
                s = '%s %s %s %s%s' % (verb, tech, prep, p.cond.pop if rng.random() < 0.4 else cond, (' in %s' % where) if where else '')
                s = s.strip()
                s = s[0].upper() + s[1:]
            elif t < 6:
                s = '%s %s' % (rng.choice(['Breathe Easy', 'Home First', 'Better Together', 'Tea and Tech', 'Step Up', 'Brighter Days',
                                           'Well Connected', 'Kind Minds', 'Heart Smart', 'Small Steps']),
                               where or title_case(cond))
            else:
                s = p.name
            return self.finish_text(s, 0.06, 0.04)
        row['name'] = self.unique_name(p, mk)
        r = rng.random()
        if r < 0.8:
            owner = [funder]
        elif r < 0.95:
            owner = [p.lead]
        else:
            owner = []
        row['owner'] = self.refs(owner)
        partners = []
        if p.lead not in owner and rng.random() < 0.9:
            partners.append(p.lead)
        for a in p.partners:
            if rng.random() < 0.5:
                partners.append(a)
        if rng.random() < 0.3:
            partners.append(p.evaluators[0])
        if funder not in owner and rng.random() < 0.6:
            partners.append(funder)
        partners = [a for i, a in enumerate(partners) if a not in partners[:i] and a not in owner]
        row['partners'] = self.refs(partners)
        L = wchoice(rng, [('empty', .08), ('short', .35), ('medium', .45), ('long', .12)])
        grantee = p.lead.name
        if L == 'empty':
            d = ''
        elif L == 'short':
            d = rng.choice(['Grant to %s towards %s.' % (grantee, tech),
                            'Towards %s for %s.' % (tech, cond),
                            '%s-month project: %s.' % (p.months, tech)])
        else:
            parts = ['We will %s %s for %s%s.' % (rng.choice(['test', 'scale up', 'co-design and test', 'roll out', 'pilot']), tech, p.cond.pop if rng.random() < 0.5 else cond, (' in %s' % where) if where else ''),
                     rng.choice(['Too many people %s end up in hospital when they could be supported at home.' % ('with ' + cond if rng.random() < 0.5 else 'in our area'),
                                 'Our idea came from frontline staff who were frustrated by %s.' % rng.choice(['paperwork', 'long waits', 'missed appointments']),
                                 'We named the project after %s because %s.' % (rng.choice(['a local lighthouse', 'a patient\'s dog', 'the river that runs through the town', 'a favourite biscuit']), rng.choice(['it stuck', 'patients chose it', 'it made people smile'])),
                                 'Patients told us they wanted care closer to home.']),
                     'Working with %s, the %d-month project will %s.' % (', '.join(a.name for a in p.partners[:2]) or 'local partners', p.months,
                                                                        rng.choice(['measure %s' % p.cond.outcome, 'share learning across the region', 'build the case for commissioning']))]
            if p.call:
                parts.append('Awarded under %s.' % p.call)
            if amount and rng.random() < 0.4:
                parts.append('Award: %s.' % money_words(amount))
            if L == 'long':
                parts.append(rng.choice(['If successful, we will work with the %s to spread the approach.' % (self.world.ahsn.get(p.place.net).name if p.place is not None and p.place.net in self.world.ahsn else 'AHSN Network'),
                                         'An independent evaluation will be led by %s.' % p.evaluators[0].name,
                                         'Public contributors sit on the steering group and helped write this summary.']))
                parts.append('The project supports %s and %s.' % (p.setting[1], rng.choice(['carers', 'staff', 'families', 'volunteers'])))
            d = ' '.join(parts)
        row['description'] = self.finish_text(d, 0.15, 0.08) if d else ''
        ref = (funder.acronym or funder.name.replace('The ', '').split(' ')[0])
        y = p.start.y
        row['source'] = rng.choice(['%s grants list %d' % (funder.name, y), 'Foundation grants register; %s; award %s/%d/%04d' % (ref, ref.upper()[:4], y % 100, rng.randint(1, 9999)),
                                    '360Giving export (%s), %d' % (funder.name, min(2026, y + rng.randint(0, 2)))])
        if p.call and rng.random() < 0.5:
            row['source'] += '; call: %s' % p.call
        row['_year'] = y
        row['_funder'] = ref

    def render_press(self, p, row, cond, tech, where, amount, start):
        rng = self.rng
        nat = p.nation if p.nation in MINISTERS else 'England'
        ann = p.announcer
        minister = rng.choice(SPEAKERS.get(ann.acronym) or SPEAKERS.get(ann.name) or MINISTERS[nat])
        amt = money_words(amount) if amount else None
        area = where or {'England': 'across England', 'UK': 'across the UK'}.get(p.nation, 'across %s' % p.nation)
        if where:
            area = 'in %s' % where
        big = rng.choice(['thousands of', '10,000', 'up to 100,000', 'more than a million', 'half a million', '50,000', '250,000', 'hundreds of'])
        ref = self.prog_ref(p, 'press')
        if p.family == 'fund':
            scheme = rng.choice(['fund', 'competition', 'challenge', 'funding call'])
        else:
            scheme = rng.choice(['scheme', 'programme', 'pilot', 'service', 'project'])

        def mk():
            t = rng.randrange(8)
            if p.show is not None and ref and rng.random() < 0.7:
                t = rng.choice([3, 7])
            if t == 0 and amt:
                s = '%s %s to benefit from %s %s %s' % (big[0].upper() + big[1:], 'patients' if rng.random() < 0.5 else 'people with %s' % cond, amt, tech, scheme)
            elif t == 1 and amt:
                s = '%s announces %s for %s to %s' % (minister[0].upper() + minister[1:], amt, tech, rng.choice(['transform %s care' % cond, 'cut waiting times', 'help %s' % cond.split(' ')[0] + ' patients', 'support the NHS']))
            elif t == 2:
                s = 'New %s %s launched for %s %s' % (tech, scheme, 'patients with %s' % cond if rng.random() < 0.5 else cond, area)
            elif t == 3 and (ref or p.acronym):
                s = '%s launched%s' % (ref or p.acronym, (' ' + area) if rng.random() < 0.5 else '')
            elif t == 4:
                s = 'NHS rolls out %s to %d %s' % (tech, p.nsites * rng.choice([1, 10, 10, 100]), rng.choice(['GP practices', 'hospitals', 'care homes', 'pharmacies', 'sites']))
            elif t == 5:
                s = 'Patients %s among first to get %s for %s' % (area, tech, cond)
            elif t == 6 and p.family == 'fund':
                s = '%s%s opens to %s' % ((amt + ' ') if amt else '', ref or ('%s %s' % (title_case(tech), scheme)), rng.choice(['innovators', 'NHS organisations', 'SMEs', 'bids']))
            else:
                s = '%s%s %s %s' % ((amt + ' ') if amt else '', ref or ('%s %s' % (tech, scheme)), rng.choice(['to improve', 'to transform', 'will speed up']), '%s care %s' % (cond, area))
            s = s.replace('  ', ' ')
            return self.finish_text(s[0].upper() + s[1:], 0.03, 0.03)
        row['name'] = self.unique_name(p, mk)
        owner = [p.announcer]
        if rng.random() < 0.1:
            other = rng.choice(self.world.tagged('announcer', p.start.y, nat if nat != 'UK' else 'England') or [p.lead])
            if other is not p.announcer:
                owner.append(other)
        if p.co_announce is not None and rng.random() < 0.5 and p.co_announce not in owner:
            owner.append(p.co_announce)
        if rng.random() < 0.06:
            owner = []
        row['owner'] = self.refs(owner)
        partners = []
        if p.lead not in owner and rng.random() < 0.5:
            partners.append(p.lead)
        for a in p.partners:
            if rng.random() < 0.3:
                partners.append(a)
        if p.co_announce is not None and p.co_announce not in owner and rng.random() < 0.7:
            partners.append(p.co_announce)
        partners = [a for i, a in enumerate(partners) if a not in partners[:i] and a not in owner]
        row['partners'] = self.refs(partners)
        L = wchoice(rng, [('empty', .05), ('short', .3), ('medium', .45), ('long', .2)])
        if L == 'empty':
            d = ''
        elif L == 'short':
            d = '%s %s.' % (rng.choice(['Announcement of', 'Launch of', 'Funding for']), (ref or '%s %s' % (svc(tech).replace(' service', ''), scheme)) + ((' ' + area) if rng.random() < 0.5 else ''))
        else:
            q = rng.choice(QUOTES)
            parts = ['%s has announced %s to %s %s for %s %s.' % (minister[0].upper() + minister[1:], ('%s%s' % ('up to ' if rng.random() < 0.4 else '', amt)) if amt else 'new support',
                                                                    rng.choice(['roll out', 'expand', 'fund', 'accelerate']), tech, p.cond.pop if rng.random() < 0.5 else cond, area),
                     'The %s will help %s patients %s.' % (scheme, big, rng.choice(['get care closer to home', 'be diagnosed earlier', 'avoid unnecessary trips to hospital', 'get the support they need faster'])),
                     '"%s," said %s.' % (q, minister)]
            if ref and rng.random() < 0.6:
                parts.insert(1, 'The %s, known as %s, %s.' % (scheme, ref, rng.choice(['will start later this year', 'starts in the spring', 'goes live next month', 'is now live'])))
            if L == 'long':
                parts.append('It builds on %s.' % rng.choice(['the NHS Long Term Plan', 'the Life Sciences Vision', 'the government\'s plan for digital health and social care',
                                                              'the Accelerated Access Review', 'successful pilots in %d areas' % p.nsites]))
                if p.partners:
                    parts.append('%s will support delivery.' % ' and '.join(a.name for a in p.partners[:2]))
                if p.co_announce is not None:
                    parts.append('The %s is run jointly with %s.' % (scheme, p.co_announce.name))
            d = ' '.join(parts)
        row['description'] = self.finish_text(d, 0.05, 0.05) if d else ''
        dt = start or p.start
        row['source'] = rng.choice(['Press release, %s, %s' % (fmt_date(dt, 'words', rng), p.announcer.name),
                                    'gov.uk news story (%s)' % p.announcer.name, 'Press release archive %d' % dt.y,
                                    '%s news, %d' % (p.announcer.acronym or p.announcer.name, dt.y)])
        row['_year'] = dt.y

    # -- output ----------------------------------------------------------------
    def run(self, out):
        t0 = time.time()
        self.plan()
        rows = []
        for i, (p, source, variant) in enumerate(self.specs):
            row = self.render(p, source, variant)
            row['_spec'] = i
            row['_src'] = source
            rows.append(row)
        order = list(range(len(rows)))
        self.rng.shuffle(order)
        ids = {}
        used = set()
        counters = {'eval': self.rng.randint(100, 900), 'grant': self.rng.randint(100, 900), 'press': self.rng.randint(100, 900)}
        for i in order:
            row = rows[i]
            src = row['_src']
            counters[src] += self.rng.randint(1, 7)
            c = counters[src]
            if src == 'eval':
                rid = 'EVD-%d-%05d' % (row['_year'], c)
            elif src == 'grant':
                rid = 'GR/%s/%02d/%05d' % (re.sub(r'[^A-Z]', '', row['_funder'].upper())[:5] or 'FDN', row['_year'] % 100, c)
            else:
                rid = 'PR-%d-%05d' % (row['_year'], c)
            assert rid not in used
            used.add(rid)
            ids[row['_spec']] = rid
            row['id'] = rid
        os.makedirs(out, exist_ok=True)
        cols = ['id', 'name', 'owner', 'partners', 'description', 'activity_types', 'instrument_type', 'focus',
                'productivity_focus', 'offers_funding', 'funding_recipients', 'evaluated', 'rapid_evaluation',
                'technology_area', 'budget', 'currency', 'budget_period', 'start_date', 'end_date', 'status', 'source',
                'country', 'region']
        with open(os.path.join(out, 'initiatives.csv'), 'w', newline='', encoding='utf-8') as f:
            wr = csv.writer(f, lineterminator='\n')
            wr.writerow(cols)
            for i in order:
                wr.writerow([rows[i].get(c, '') for c in cols])
        with open(os.path.join(out, 'actors.csv'), 'w', newline='', encoding='utf-8') as f:
            wr = csv.writer(f, lineterminator='\n')
            wr.writerow(['id', 'name', 'acronym', 'kind', 'level', 'member_of', 'description', 'source'])
            arng = random.Random(self.rows * 31 + 7)
            for a in self.world.actors:
                wr.writerow([a.id, a.name, a.acronym, arng.choice(KIND_FORMS[a.kind]), arng.choice(LEVEL_FORMS[a.level]),
                             a.member_of, a.desc, 'Catalogue authority file'])
        planted = []
        for cl in self.clusters:
            kind = 'same_programme_' + '_'.join(sorted(self.specs[i][1] for i in cl))
            for x in range(len(cl)):
                for y in range(x + 1, len(cl)):
                    a, b = sorted((ids[cl[x]], ids[cl[y]]))
                    planted.append((a, b, kind))
        planted.sort()
        negs = []
        seen = set()
        for pairs in self.neg_groups:
            for x, y, k in pairs:
                a, b = sorted((ids[x], ids[y]))
                if (a, b) not in seen:
                    seen.add((a, b))
                    negs.append((a, b, k))
        negs.sort()
        for fn, data in (('planted_pairs.csv', planted), ('hard_negatives.csv', negs)):
            with open(os.path.join(out, fn), 'w', newline='', encoding='utf-8') as f:
                wr = csv.writer(f, lineterminator='\n')
                wr.writerow(['id_a', 'id_b', 'kind'])
                wr.writerows(data)
        sys.stderr.write('generate_twelfth: %d initiatives, %d actors, %d planted pairs in %d clusters, %d hard negatives, '
                         '%d name fallbacks, %.1fs\n' % (len(rows), len(self.world.actors), len(planted), len(self.clusters),
                                                         len(negs), self.name_fallbacks, time.time() - t0))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rows', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args(argv)
    if a.rows < 10:
        ap.error('--rows must be at least 10')
    Generator(a.rows, a.seed).run(a.out)


if __name__ == '__main__':
    main()
