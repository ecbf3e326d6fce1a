#!/usr/bin/env python3
"""Synthetic "policy inventory compiled from public announcements" for Innoscape.

Models an analysts' inventory of health-innovation initiatives in England, built row by row
from announcements they found: launch press releases, funding-call pages, news items from
partners, board papers, annual-report summaries and aggregator (funding-portal) listings
published by national bodies, AHSNs, ICBs/CCGs, trusts, universities, charities, industry
bodies and councils.  Each announcement is one row; some programmes were found twice (or
three times) and those rows are the planted duplicates.  Look-alike rows that belong to
*different* programmes (next round, follow-on phase, regional twin, sister programme for
another condition, local pilot of a national programme, calls sharing boilerplate) are the
hard negatives.

Usage:  python3 generate_announcements.py --rows N --seed S --out DIR

Writes DIR/initiatives.csv, DIR/actors.csv, DIR/planted_pairs.csv, DIR/hard_negatives.csv.
Python 3 standard library only; output depends only on --rows, --seed and the rates.
"""

import argparse
import csv
import datetime
import os
import random
import re
import sys
import time

SNAPSHOT = datetime.date(2025, 3, 31)   # the inventory was compiled up to this date
FIRST_YEAR = 2013

INITIATIVE_COLUMNS = [
    "id", "name", "owner", "partners", "description", "activity_types", "instrument_type",
    "focus", "productivity_focus", "offers_funding", "evaluated", "rapid_evaluation",
    "funding_recipients", "stages", "drivers", "target_groups", "technology_area", "budget",
    "currency", "budget_period", "start_date", "end_date", "status", "source",
    # extra columns: kept by the importer as properties (region/country are used by analyses)
    "country", "region", "announcement_type", "announced",
]
ACTOR_COLUMNS = ["id", "name", "acronym", "kind", "level", "member_of", "description", "source"]

# --------------------------------------------------------------------------------------------
# Accepted spellings of enumerated values (docs/register-format.md: slug, words, synonyms)
# --------------------------------------------------------------------------------------------
ACTIVITY_FORMS = {
    "funding": ["funding", "Funding", "grants", "grant funding", "finance", "financial support"],
    "training-and-skills": ["training-and-skills", "training and skills", "Training & skills",
                            "training", "skills", "education", "fellowships", "leadership development"],
    "networking-and-brokerage": ["networking-and-brokerage", "networking and brokerage",
                                 "Networking & brokerage", "networking", "brokerage", "brokering",
                                 "convening"],
    "evaluation-and-evidence": ["evaluation-and-evidence", "evaluation and evidence",
                                "Evaluation & evidence", "evaluation", "evidence",
                                "evidence generation", "real world evaluation"],
    "regulatory-advice": ["regulatory-advice", "regulatory advice", "Regulatory advice",
                          "regulatory support", "regulation advice", "regulatory guidance"],
    "information-and-signposting": ["information-and-signposting", "information and signposting",
                                    "Information & signposting", "information", "signposting",
                                    "advice and guidance"],
    "procurement-and-commissioning": ["procurement-and-commissioning",
                                      "procurement and commissioning",
                                      "Procurement & commissioning", "procurement",
                                      "commissioning", "purchasing"],
    "infrastructure": ["infrastructure", "Infrastructure", "facilities", "test beds", "testbeds"],
    "other": ["other", "Other"],
}
FOCUS_FORMS = {
    "clinical": ["clinical", "Clinical"],
    "non-clinical": ["non-clinical", "non clinical", "Non-clinical", "administrative",
                     "operational", "back office", "nonclinical"],
    "both": ["both", "Both", "clinical and non clinical", "clinical and administrative", "mixed"],
}
RECIPIENT_FORMS = {
    "innovators": ["innovators", "innovators only", "innovator", "developers", "suppliers"],
    "adopters": ["adopters", "adopters only", "adopter", "NHS organisations",
                 "health and care providers"],
    "both": ["both", "innovators and adopters", "adopters and innovators"],
    "none": ["none", "no funding", "neither", "not funded"],
}
STATUS_FORMS = {
    "active": ["active", "ongoing", "underway", "live", "running", "open", "current",
               "in progress", "under way"],
    "concluded": ["concluded", "closed", "ended", "completed", "finished", "complete"],
    "planned": ["planned", "upcoming", "forthcoming", "announced"],
    "proposed": ["proposed", "proposal", "draft"],
}
YES_FORMS = ["yes", "yes", "yes", "y", "true", "1"]
NO_FORMS = ["no", "no", "no", "n", "false", "0"]

# STIP Compass instrument labels (2019 codebook wording) and the slug the format doc quotes.
INSTR = {
    "grants_business": ["Grants for business R&D and innovation",
                        "grants-for-business-rnd-and-innovation"],
    "challenges": ["Science and innovation challenges, prizes and awards"],
    "vouchers": ["Innovation vouchers"],
    "procurement": ["Procurement programmes for R&D and innovation"],
    "fellowships": ["Fellowships and postgraduate loans and scholarships"],
    "advisory": ["Technology extension and business advisory services"],
    "networking": ["Networking and collaborative platforms"],
    "information": ["Information services and access to datasets"],
    "infrastructure": ["Dedicated support to research infrastructures"],
    "regulatory": ["Regulatory oversight and ethical advice bodies"],
    "standards": ["Standards and certification for technology development and adoption"],
    "outreach": ["Public awareness campaigns and other outreach activities"],
    "consultation": ["Formal consultation of stakeholders or experts"],
    "intelligence": ["Policy intelligence (e.g. evaluations, benchmarking and forecasts)"],
    "strategy": ["National strategies, agendas and plans"],
    "project_grants": ["Project grants for public research"],
    "coe": ["Centres of excellence grants"],
    "loans": ["Loans and credits for innovation in firms"],
    "equity": ["Equity financing"],
}

# Pathway stages, drivers and target groups (names from the domain reference, short forms so
# that they resolve against the model's own element names where those are longer).
ST_NEEDS = "Needs identification"
ST_HORIZON = "Horizon scanning"
ST_IDEA = "Idea generation"
ST_RED = "Research and early development"
ST_LATE = "Late-stage development"
ST_TEST = "Testing and piloting"
ST_REG = "Regulatory approval"
ST_COMM = "Commercialisation and market access"
ST_ADOPT = "Adoption"
ST_SPREAD = "Diffusion and spread"
ST_SCALE = "Scale-up"
ST_EVAL = "Real-world monitoring and evaluation"
ST_DECOM = "Decommissioning"

DR_SKILLS = "Skills, capabilities and leadership"
DR_MOTIV = "Motivations and accountabilities"
DR_INFO = "Information and evidence"
DR_REL = "Relationships and networks"
DR_PPIE = "Patient and public involvement"
DR_FUND = "Funding and commissioning"

TG = {
    "smes": "SMEs", "innov": "Innovators", "adopt": "Adopters",
    "hcp": "Healthcare professionals", "pub": "Patients and public",
    "ce": "Clinical entrepreneurs", "prov": "NHS providers", "comm": "Commissioners",
    "acad": "Academics", "char": "Charities and PPIE organisations",
    "front": "Frontline staff", "mgr": "Managers and executives", "priv": "Private sector",
    "lg": "Local government", "carers": "Carers",
}

# --------------------------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------------------------
# id|name|acronym|kind|level|from|to|category|member_of|sub-teams (';')
NATIONAL_TXT = """\
DHSC|Department of Health and Social Care|DHSC|government-department|national|2013|2025|gov||Science, Research and Evidence Directorate;Innovation and Life Sciences Team
NHSE|NHS England|NHSE|arms-length-body|national|2013|2025|alb||Transformation Directorate;Innovation, Research and Life Sciences Group;Digital Technology Assessment Team;Adoption and Spread Team
NHSI|NHS Improvement|NHSI|arms-length-body|national|2016|2019|alb||Operational Productivity Directorate
NHSEI|NHS England and NHS Improvement|NHSEI|arms-length-body|national|2019|2022|alb||Innovation, Research and Life Sciences Team;Improvement Directorate
NHSX|NHSX||arms-length-body|national|2019|2022|alb||AI Lab;Digital Productivity Team
NHSD|NHS Digital||arms-length-body|national|2013|2023|alb||Interoperability Team;Data Services Directorate
HEE|Health Education England|HEE|arms-length-body|national|2013|2023|alb||Technology Enhanced Learning Team;Digital Readiness Team
NICE|National Institute for Health and Care Excellence|NICE|regulator|national|2013|2025|reg||Office for Digital Health;Scientific Advice Team
MHRA|Medicines and Healthcare products Regulatory Agency|MHRA|regulator|national|2013|2025|reg||Innovation Office;Software and AI Team
HRA|Health Research Authority|HRA|regulator|national|2013|2025|reg||Approvals Programme Team
CQC|Care Quality Commission|CQC|regulator|national|2013|2025|reg||Regulatory Innovation Team
NIHR|National Institute for Health and Care Research|NIHR|research-funder|national|2013|2025|funder||Central Commissioning Facility;Invention for Innovation Programme Office;Evaluation, Trials and Studies Coordinating Centre
UKRI|UK Research and Innovation|UKRI|research-funder|national|2018|2025|funder||Healthy Ageing Challenge Team
IUK|Innovate UK||research-funder|national|2013|2025|funder|UK Research and Innovation|Health and Life Sciences Team;Biomedical Catalyst Team
EPSRC|Engineering and Physical Sciences Research Council|EPSRC|research-funder|national|2013|2025|funder|UK Research and Innovation|Healthcare Technologies Theme
MRC|Medical Research Council|MRC|research-funder|national|2013|2025|funder|UK Research and Innovation|Developmental Pathway Funding Scheme Team
OLS|Office for Life Sciences|OLS|government-department|national|2013|2025|gov||Life Sciences Investment Team
BEIS|Department for Business, Energy and Industrial Strategy|BEIS|government-department|national|2016|2023|gov||Industrial Strategy Challenge Fund Team
DSIT|Department for Science, Innovation and Technology|DSIT|government-department|national|2023|2025|gov||Science and Research Directorate
PHE|Public Health England|PHE|arms-length-body|national|2013|2021|alb2||Digital Health Team
UKHSA|UK Health Security Agency|UKHSA|arms-length-body|national|2021|2025|alb2||Diagnostics Innovation Team
OHID|Office for Health Improvement and Disparities|OHID|government-department|national|2021|2025|alb2||Digital Public Health Team
GEL|Genomics England||arms-length-body|national|2013|2025|alb2||Research Partnerships Team
NHSBT|NHS Blood and Transplant|NHSBT|arms-length-body|national|2013|2025|alb2||Research and Innovation Team
NHSLA|NHS Leadership Academy||arms-length-body|national|2013|2025|alb2|NHS England|
AAC|Accelerated Access Collaborative|AAC|network|national|2018|2025|netnat|NHS England|Rapid Uptake Team
AHSNNET|The AHSN Network||network|national|2013|2025|netnat||National Programmes Team
SBRIH|SBRI Healthcare||research-funder|national|2013|2025|funder||Competitions Team
KTN|Innovate UK KTN||network|national|2013|2025|netnat|Innovate UK|Health Knowledge Transfer Team
THF|The Health Foundation|THF|charity|national|2013|2025|charity||Improvement Team
WT|Wellcome Trust||charity|national|2013|2025|charity||Innovations Team
KF|The King's Fund||charity|national|2013|2025|charity||
NT|Nuffield Trust||charity|national|2013|2025|charity||
NESTA|Nesta||charity|national|2013|2025|charity||Health Lab
BHF|British Heart Foundation|BHF|charity|national|2013|2025|charity||Research Funding Team
CRUK|Cancer Research UK|CRUK|charity|national|2013|2025|charity||Early Detection Team
DUK|Diabetes UK||charity|national|2013|2025|charity||Research Team
MAC|Macmillan Cancer Support||charity|national|2013|2025|charity||
MIND|Mind||charity|national|2013|2025|charity||
ALZ|Alzheimer's Society||charity|national|2013|2025|charity||Accelerator Programme Team
VA|Versus Arthritis||charity|national|2013|2025|charity||
ALUK|Asthma + Lung UK||charity|national|2013|2025|charity||
SA|Stroke Association||charity|national|2013|2025|charity||
AGEUK|Age UK||charity|national|2013|2025|charity||
MC|Marie Curie||charity|national|2013|2025|charity||
KRUK|Kidney Research UK||charity|national|2013|2025|charity||
PUK|Parkinson's UK||charity|national|2013|2025|charity||
NV|National Voices||patient-public-group|national|2013|2025|ppg||
HWE|Healthwatch England||patient-public-group|national|2013|2025|ppg||
JLA|James Lind Alliance|JLA|patient-public-group|national|2013|2025|ppg|National Institute for Health and Care Research|
ABPI|Association of the British Pharmaceutical Industry|ABPI|industry|national|2013|2025|industry||
ABHI|Association of British HealthTech Industries|ABHI|industry|national|2013|2025|industry||
BIVDA|British In Vitro Diagnostics Association|BIVDA|industry|national|2013|2025|industry||
TECHUK|techUK||industry|national|2013|2025|industry||Health and Social Care Programme
BIA|BioIndustry Association|BIA|industry|national|2013|2025|industry||
MDC|Medicines Discovery Catapult|MDC|industry|national|2015|2025|industry||
CGTC|Cell and Gene Therapy Catapult|CGT Catapult|industry|national|2013|2025|industry||
"""

# name|acronym|area|NHS region|category|from|to|kind|level
REGIONAL_TXT = """\
Eastern AHSN|EAHSN|East of England|East of England|ahsn|2013|2025|network|regional
East Midlands AHSN|EMAHSN|East Midlands|Midlands|ahsn|2013|2025|network|regional
Health Innovation Network South London|HIN|South London|London|ahsn|2013|2025|network|regional
Imperial College Health Partners|ICHP|North West London|London|ahsn|2013|2025|network|regional
UCLPartners|UCLP|North Central and East London|London|ahsn|2013|2025|network|regional
Innovation Agency||North West Coast|North West|ahsn|2013|2025|network|regional
Health Innovation Manchester|HInM|Greater Manchester|North West|ahsn|2013|2025|network|regional
Kent Surrey Sussex AHSN|KSS AHSN|Kent, Surrey and Sussex|South East|ahsn|2013|2025|network|regional
AHSN North East and North Cumbria|AHSN NENC|North East and North Cumbria|North East and Yorkshire|ahsn|2013|2025|network|regional
Oxford AHSN|OAHSN|Oxford and Thames Valley|South East|ahsn|2013|2025|network|regional
South West AHSN|SWAHSN|Devon, Cornwall and Somerset|South West|ahsn|2013|2025|network|regional
Wessex AHSN||Wessex|South East|ahsn|2013|2025|network|regional
West Midlands AHSN|WMAHSN|West Midlands|Midlands|ahsn|2013|2025|network|regional
West of England AHSN|WEAHSN|West of England|South West|ahsn|2013|2025|network|regional
Yorkshire & Humber AHSN|Y&H AHSN|Yorkshire and Humber|North East and Yorkshire|ahsn|2013|2025|network|regional
NHS Cheshire and Merseyside ICB||Cheshire and Merseyside|North West|icb|2022|2025|commissioner|regional
NHS Greater Manchester ICB|GM ICB|Greater Manchester|North West|icb|2022|2025|commissioner|regional
NHS Lancashire and South Cumbria ICB|LSC ICB|Lancashire and South Cumbria|North West|icb|2022|2025|commissioner|regional
NHS West Yorkshire ICB|WY ICB|West Yorkshire|North East and Yorkshire|icb|2022|2025|commissioner|regional
NHS South Yorkshire ICB|SY ICB|South Yorkshire|North East and Yorkshire|icb|2022|2025|commissioner|regional
NHS Humber and North Yorkshire ICB|HNY ICB|Humber and North Yorkshire|North East and Yorkshire|icb|2022|2025|commissioner|regional
NHS North East and North Cumbria ICB|NENC ICB|North East and North Cumbria|North East and Yorkshire|icb|2022|2025|commissioner|regional
NHS Birmingham and Solihull ICB|BSol ICB|Birmingham and Solihull|Midlands|icb|2022|2025|commissioner|regional
NHS Black Country ICB||Black Country|Midlands|icb|2022|2025|commissioner|regional
NHS Coventry and Warwickshire ICB|C&W ICB|Coventry and Warwickshire|Midlands|icb|2022|2025|commissioner|regional
NHS Nottingham and Nottinghamshire ICB||Nottingham and Nottinghamshire|Midlands|icb|2022|2025|commissioner|regional
NHS Derby and Derbyshire ICB|DDICB|Derby and Derbyshire|Midlands|icb|2022|2025|commissioner|regional
NHS Leicester, Leicestershire and Rutland ICB|LLR ICB|Leicester, Leicestershire and Rutland|Midlands|icb|2022|2025|commissioner|regional
NHS Lincolnshire ICB||Lincolnshire|Midlands|icb|2022|2025|commissioner|regional
NHS Northamptonshire ICB||Northamptonshire|Midlands|icb|2022|2025|commissioner|regional
NHS Shropshire, Telford and Wrekin ICB|STW ICB|Shropshire, Telford and Wrekin|Midlands|icb|2022|2025|commissioner|regional
NHS Staffordshire and Stoke-on-Trent ICB|SSOT ICB|Staffordshire and Stoke-on-Trent|Midlands|icb|2022|2025|commissioner|regional
NHS Herefordshire and Worcestershire ICB|H&W ICB|Herefordshire and Worcestershire|Midlands|icb|2022|2025|commissioner|regional
NHS Norfolk and Waveney ICB||Norfolk and Waveney|East of England|icb|2022|2025|commissioner|regional
NHS Suffolk and North East Essex ICB|SNEE ICB|Suffolk and North East Essex|East of England|icb|2022|2025|commissioner|regional
NHS Cambridgeshire and Peterborough ICB|C&P ICB|Cambridgeshire and Peterborough|East of England|icb|2022|2025|commissioner|regional
NHS Hertfordshire and West Essex ICB|HWE ICB|Hertfordshire and West Essex|East of England|icb|2022|2025|commissioner|regional
NHS Bedfordshire, Luton and Milton Keynes ICB|BLMK ICB|Bedfordshire, Luton and Milton Keynes|East of England|icb|2022|2025|commissioner|regional
NHS Mid and South Essex ICB|MSE ICB|Mid and South Essex|East of England|icb|2022|2025|commissioner|regional
NHS North Central London ICB|NCL ICB|North Central London|London|icb|2022|2025|commissioner|regional
NHS North East London ICB|NEL ICB|North East London|London|icb|2022|2025|commissioner|regional
NHS South East London ICB|SEL ICB|South East London|London|icb|2022|2025|commissioner|regional
NHS South West London ICB|SWL ICB|South West London|London|icb|2022|2025|commissioner|regional
NHS North West London ICB|NWL ICB|North West London|London|icb|2022|2025|commissioner|regional
NHS Kent and Medway ICB||Kent and Medway|South East|icb|2022|2025|commissioner|regional
NHS Sussex ICB||Sussex|South East|icb|2022|2025|commissioner|regional
NHS Surrey Heartlands ICB||Surrey Heartlands|South East|icb|2022|2025|commissioner|regional
NHS Frimley ICB||Frimley|South East|icb|2022|2025|commissioner|regional
NHS Hampshire and Isle of Wight ICB|HIOW ICB|Hampshire and Isle of Wight|South East|icb|2022|2025|commissioner|regional
NHS Buckinghamshire, Oxfordshire and Berkshire West ICB|BOB ICB|Buckinghamshire, Oxfordshire and Berkshire West|South East|icb|2022|2025|commissioner|regional
NHS Bristol, North Somerset and South Gloucestershire ICB|BNSSG ICB|Bristol, North Somerset and South Gloucestershire|South West|icb|2022|2025|commissioner|regional
NHS Devon ICB||Devon|South West|icb|2022|2025|commissioner|regional
NHS Cornwall and the Isles of Scilly ICB||Cornwall and the Isles of Scilly|South West|icb|2022|2025|commissioner|regional
NHS Dorset ICB||Dorset|South West|icb|2022|2025|commissioner|regional
NHS Somerset ICB||Somerset|South West|icb|2022|2025|commissioner|regional
NHS Gloucestershire ICB||Gloucestershire|South West|icb|2022|2025|commissioner|regional
NHS Bath and North East Somerset, Swindon and Wiltshire ICB|BSW ICB|Bath, Swindon and Wiltshire|South West|icb|2022|2025|commissioner|regional
NHS City and Hackney CCG||City and Hackney|London|ccg|2013|2021|commissioner|local
NHS Leeds CCG||Leeds|North East and Yorkshire|ccg|2013|2021|commissioner|local
NHS Manchester CCG||Manchester|North West|ccg|2013|2021|commissioner|local
NHS Cheshire CCG||Cheshire|North West|ccg|2013|2021|commissioner|local
NHS Sheffield CCG||Sheffield|North East and Yorkshire|ccg|2013|2021|commissioner|local
NHS Liverpool CCG||Liverpool|North West|ccg|2013|2021|commissioner|local
NHS Kernow CCG||Cornwall|South West|ccg|2013|2021|commissioner|local
NHS Birmingham and Solihull CCG||Birmingham|Midlands|ccg|2013|2021|commissioner|local
NHS Nottingham and Nottinghamshire CCG||Nottinghamshire|Midlands|ccg|2013|2021|commissioner|local
NHS Bristol, North Somerset and South Gloucestershire CCG|BNSSG CCG|Bristol|South West|ccg|2013|2021|commissioner|local
NHS Norfolk and Waveney CCG||Norfolk|East of England|ccg|2013|2021|commissioner|local
NHS Surrey Heartlands CCG||Surrey|South East|ccg|2013|2021|commissioner|local
Leeds Teaching Hospitals NHS Trust|LTHT|Leeds|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
Manchester University NHS Foundation Trust|MFT|Manchester|North West|trust|2013|2025|healthcare-provider|local
Guy's and St Thomas' NHS Foundation Trust|GSTT|South East London|London|trust|2013|2025|healthcare-provider|local
Oxford University Hospitals NHS Foundation Trust|OUH|Oxfordshire|South East|trust|2013|2025|healthcare-provider|local
Cambridge University Hospitals NHS Foundation Trust|CUH|Cambridgeshire|East of England|trust|2013|2025|healthcare-provider|local
The Newcastle upon Tyne Hospitals NHS Foundation Trust|NUTH|Newcastle|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
University Hospitals Birmingham NHS Foundation Trust|UHB|Birmingham|Midlands|trust|2013|2025|healthcare-provider|local
Sheffield Teaching Hospitals NHS Foundation Trust|STH|Sheffield|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
Royal Free London NHS Foundation Trust|RFL|North London|London|trust|2013|2025|healthcare-provider|local
Imperial College Healthcare NHS Trust|ICHT|West London|London|trust|2013|2025|healthcare-provider|local
King's College Hospital NHS Foundation Trust|KCH|South London|London|trust|2013|2025|healthcare-provider|local
University College London Hospitals NHS Foundation Trust|UCLH|Central London|London|trust|2013|2025|healthcare-provider|local
Barts Health NHS Trust||East London|London|trust|2013|2025|healthcare-provider|local
Royal National Orthopaedic Hospital NHS Trust|RNOH|Stanmore|London|trust|2013|2025|healthcare-provider|local
Nottingham University Hospitals NHS Trust|NUH|Nottingham|Midlands|trust|2013|2025|healthcare-provider|local
University Hospitals Bristol and Weston NHS Foundation Trust|UHBW|Bristol|South West|trust|2013|2025|healthcare-provider|local
Royal Devon University Healthcare NHS Foundation Trust||Devon|South West|trust|2013|2025|healthcare-provider|local
Northumbria Healthcare NHS Foundation Trust||Northumberland|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
Liverpool University Hospitals NHS Foundation Trust|LUHFT|Liverpool|North West|trust|2013|2025|healthcare-provider|local
Alder Hey Children's NHS Foundation Trust||Liverpool|North West|trust|2013|2025|healthcare-provider|local
Great Ormond Street Hospital for Children NHS Foundation Trust|GOSH|Central London|London|trust|2013|2025|healthcare-provider|local
Moorfields Eye Hospital NHS Foundation Trust||Central London|London|trust|2013|2025|healthcare-provider|local
South London and Maudsley NHS Foundation Trust|SLaM|South London|London|trust|2013|2025|healthcare-provider|local
Oxford Health NHS Foundation Trust||Oxfordshire|South East|trust|2013|2025|healthcare-provider|local
Mersey Care NHS Foundation Trust||Merseyside|North West|trust|2013|2025|healthcare-provider|local
Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust|CNTW|Tyne and Wear|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
Birmingham Women's and Children's NHS Foundation Trust|BWC|Birmingham|Midlands|trust|2013|2025|healthcare-provider|local
Royal Cornwall Hospitals NHS Trust|RCHT|Cornwall|South West|trust|2013|2025|healthcare-provider|local
East Kent Hospitals University NHS Foundation Trust|EKHUFT|Kent|South East|trust|2013|2025|healthcare-provider|local
Frimley Health NHS Foundation Trust||Frimley|South East|trust|2013|2025|healthcare-provider|local
Somerset NHS Foundation Trust||Somerset|South West|trust|2013|2025|healthcare-provider|local
Bradford Teaching Hospitals NHS Foundation Trust|BTHFT|Bradford|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
Hull University Teaching Hospitals NHS Trust|HUTH|Hull|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
Norfolk and Norwich University Hospitals NHS Foundation Trust|NNUH|Norfolk|East of England|trust|2013|2025|healthcare-provider|local
University Hospitals of Leicester NHS Trust|UHL|Leicester|Midlands|trust|2013|2025|healthcare-provider|local
Royal Berkshire NHS Foundation Trust||Berkshire|South East|trust|2013|2025|healthcare-provider|local
Lincolnshire Community Health Services NHS Trust|LCHS|Lincolnshire|Midlands|trust|2013|2025|healthcare-provider|local
Calderdale and Huddersfield NHS Foundation Trust|CHFT|Calderdale and Kirklees|North East and Yorkshire|trust|2013|2025|healthcare-provider|local
University of Manchester||Manchester|North West|uni|2013|2025|academia|regional
University of Leeds||Leeds|North East and Yorkshire|uni|2013|2025|academia|regional
Newcastle University||Newcastle|North East and Yorkshire|uni|2013|2025|academia|regional
University of Oxford||Oxfordshire|South East|uni|2013|2025|academia|regional
University of Cambridge||Cambridgeshire|East of England|uni|2013|2025|academia|regional
Imperial College London||West London|London|uni|2013|2025|academia|regional
University College London|UCL|Central London|London|uni|2013|2025|academia|regional
King's College London|KCL|South London|London|uni|2013|2025|academia|regional
University of Birmingham||Birmingham|Midlands|uni|2013|2025|academia|regional
University of Bristol||Bristol|South West|uni|2013|2025|academia|regional
University of Exeter||Devon|South West|uni|2013|2025|academia|regional
University of Sheffield||Sheffield|North East and Yorkshire|uni|2013|2025|academia|regional
University of Nottingham||Nottingham|Midlands|uni|2013|2025|academia|regional
University of Southampton||Hampshire|South East|uni|2013|2025|academia|regional
University of Warwick||Coventry and Warwickshire|Midlands|uni|2013|2025|academia|regional
University of Liverpool||Liverpool|North West|uni|2013|2025|academia|regional
University of York||North Yorkshire|North East and Yorkshire|uni|2013|2025|academia|regional
University of Leicester||Leicester|Midlands|uni|2013|2025|academia|regional
Lancaster University||Lancashire|North West|uni|2013|2025|academia|regional
Loughborough University||Leicestershire|Midlands|uni|2013|2025|academia|regional
University of East Anglia|UEA|Norfolk|East of England|uni|2013|2025|academia|regional
Leeds City Council||Leeds|North East and Yorkshire|council|2013|2025|commissioner|local
Manchester City Council||Manchester|North West|council|2013|2025|commissioner|local
Birmingham City Council||Birmingham|Midlands|council|2013|2025|commissioner|local
Kent County Council|KCC|Kent|South East|council|2013|2025|commissioner|local
Cornwall Council||Cornwall|South West|council|2013|2025|commissioner|local
Surrey County Council||Surrey|South East|council|2013|2025|commissioner|local
Bristol City Council||Bristol|South West|council|2013|2025|commissioner|local
Newcastle City Council||Newcastle|North East and Yorkshire|council|2013|2025|commissioner|local
Nottinghamshire County Council||Nottinghamshire|Midlands|council|2013|2025|commissioner|local
Lancashire County Council||Lancashire|North West|council|2013|2025|commissioner|local
Norfolk County Council||Norfolk|East of England|council|2013|2025|commissioner|local
London Borough of Tower Hamlets||East London|London|council|2013|2025|commissioner|local
Camden Council||North London|London|council|2013|2025|commissioner|local
Hampshire County Council||Hampshire|South East|council|2013|2025|commissioner|local
Sheffield City Council||Sheffield|North East and Yorkshire|council|2013|2025|commissioner|local
Liverpool City Council||Liverpool|North West|council|2013|2025|commissioner|local
Greater Manchester Combined Authority|GMCA|Greater Manchester|North West|council|2013|2025|other|regional
West Midlands Combined Authority|WMCA|West Midlands|Midlands|council|2017|2025|other|regional
DigitalHealth.London||London|London|netreg|2016|2025|network|regional
Health Enterprise East|HEE Ltd|East of England|East of England|netreg|2013|2025|network|regional
MedCity||London|London|netreg|2014|2025|network|regional
Medilink Midlands||Midlands|Midlands|netreg|2013|2025|industry|regional
Healthwatch Leeds||Leeds|North East and Yorkshire|ppg|2013|2025|patient-public-group|local
Healthwatch Cornwall||Cornwall|South West|ppg|2013|2025|patient-public-group|local
Healthwatch Birmingham||Birmingham|Midlands|ppg|2013|2025|patient-public-group|local
"""

GENERIC_SUBTEAMS = {
    "ahsn": ["Innovation Exchange Team", "Adoption and Spread Team", "Industry Team"],
    "icb": ["Digital Transformation Team", "Innovation and Improvement Team"],
    "ccg": ["Transformation Team"],
    "trust": ["Research and Innovation Department", "Digital Innovation Hub"],
    "uni": ["Research and Enterprise Office", "Institute of Health Innovation"],
    "council": ["Public Health Team", "Adult Social Care Innovation Team"],
    "netreg": ["Accelerator Team"],
    "charity": ["Research Team"],
    "ppg": ["Engagement Team"],
    "industry": ["Policy Team"],
}

# --------------------------------------------------------------------------------------------
# Technologies, conditions and programme archetypes
# --------------------------------------------------------------------------------------------
# title, running-text form, technology_area text, default focus, productivity-leaning
TECHS = [
    ("AI Diagnostics", "AI diagnostic tools", "artificial intelligence for diagnosis and imaging", "clinical", 0),
    ("Remote Monitoring", "remote monitoring", "remote patient monitoring", "clinical", 0),
    ("Virtual Ward", "virtual ward technology", "virtual wards and hospital at home", "clinical", 0),
    ("Digital Therapeutics", "digital therapeutics", "digital therapeutics and apps", "clinical", 0),
    ("Genomic Testing", "genomic testing", "genomics", "clinical", 0),
    ("Point-of-Care Testing", "point-of-care tests", "point-of-care diagnostics", "clinical", 0),
    ("Wearable Sensor", "wearable sensors", "wearables and sensors", "clinical", 0),
    ("Digital Pathology", "digital pathology", "digital pathology", "clinical", 0),
    ("Robotic Process Automation", "robotic process automation", "automation of back-office processes", "non-clinical", 1),
    ("Shared Care Record", "shared care records", "interoperability and shared care records", "non-clinical", 0),
    ("E-Rostering", "e-rostering and workforce tools", "workforce rostering software", "non-clinical", 1),
    ("Patient App", "patient-facing apps", "patient-facing digital services", "both", 0),
    ("Population Health Analytics", "population health analytics", "data and analytics", "both", 0),
    ("Medical Device", "medical devices", "medical devices", "clinical", 0),
    ("Surgical Robotics", "surgical robotics", "robot-assisted surgery", "clinical", 0),
    ("Cell and Gene Therapy", "cell and gene therapies", "advanced therapy medicinal products", "clinical", 0),
    ("Online Booking", "online consultation and booking tools", "digital access and booking", "non-clinical", 1),
    ("Clinical Decision Support", "clinical decision support", "decision support software", "clinical", 0),
    ("Video Consultation", "video consultation", "telehealth", "both", 0),
    ("Net Zero Technology", "low-carbon technologies", "sustainability and net zero", "both", 0),
    ("E-Prescribing", "electronic prescribing", "e-prescribing and medicines optimisation", "both", 0),
    ("Assistive Technology", "assistive technology", "assistive and home care technology", "clinical", 0),
    ("Ambient Voice", "ambient voice technology", "speech recognition and ambient voice", "non-clinical", 1),
    ("Cyber Security", "cyber security tools", "cyber security", "non-clinical", 0),
]
# title, running-text form, population phrase
CONDS = [
    ("Cancer Early Diagnosis", "early cancer diagnosis", "people with suspected cancer"),
    ("Cardiovascular Disease", "cardiovascular disease", "people at risk of heart disease"),
    ("Diabetes", "diabetes care", "people living with type 2 diabetes"),
    ("Stroke", "stroke care", "stroke survivors"),
    ("Respiratory", "respiratory care", "people with long-term lung conditions"),
    ("Children and Young People's Mental Health", "children and young people's mental health", "children and young people"),
    ("Adult Mental Health", "adult mental health", "adults with common mental health problems"),
    ("Dementia", "dementia care", "people living with dementia and their carers"),
    ("Frailty", "frailty", "older people living with frailty"),
    ("Maternity", "maternity services", "pregnant women and new parents"),
    ("Musculoskeletal", "musculoskeletal services", "people with back and joint pain"),
    ("Elective Recovery", "elective recovery", "patients waiting for planned care"),
    ("Urgent and Emergency Care", "urgent and emergency care", "patients attending A&E"),
    ("Health Inequalities", "tackling health inequalities", "communities in the most deprived areas"),
    ("Rare Diseases", "rare diseases", "people with rare conditions"),
    ("Long COVID", "long COVID services", "people with post-COVID syndrome"),
    ("Hypertension", "blood pressure management", "adults with high blood pressure"),
    ("Obesity", "weight management", "adults living with obesity"),
    ("Sickle Cell", "sickle cell care", "people with sickle cell disorder"),
    ("Learning Disability and Autism", "learning disability and autism services", "people with a learning disability and autistic people"),
    ("End of Life Care", "end of life care", "people in the last year of life"),
    ("Antimicrobial Resistance", "antimicrobial resistance", "patients with serious infections"),
    ("Care Homes", "care home support", "care home residents"),
    ("Kidney Disease", "kidney care", "people with chronic kidney disease"),
    ("Eye Health", "eye care", "people with sight loss"),
    ("Falls Prevention", "falls prevention", "older people at risk of falls"),
    ("Sepsis", "sepsis detection", "acutely ill patients"),
]
SERVICE_AREAS = [
    ("Outpatients", "outpatient administration", "patients attending outpatient clinics"),
    ("Referral Management", "referral management", "patients referred by their GP"),
    ("Theatre Scheduling", "theatre scheduling", "patients waiting for surgery"),
    ("Workforce Planning", "workforce planning", "NHS staff"),
    ("Discharge Planning", "discharge planning", "patients ready to leave hospital"),
    ("Clinical Coding", "clinical coding", "hospital patients"),
    ("Primary Care Access", "access to general practice", "patients registered with GP practices"),
    ("Corporate Services", "corporate services", "NHS staff"),
]

A = {}   # archetype definitions


def _arch(key, acts, instr, funding, recips, stages, drivers, groups, owners, names, verb_past,
          verb_pp, units, prod=0.05, evald=0.3, rapid=0.05, strategy=False):
    A[key] = dict(key=key, acts=acts, instr=instr, funding=funding, recips=recips, stages=stages,
                  drivers=drivers, groups=groups, owners=owners, names=names, verb_past=verb_past,
                  verb_pp=verb_pp, units=units, prod=prod, evald=evald, rapid=rapid,
                  strategy=strategy)


_arch("competition", ["funding", "evaluation-and-evidence"],
      ["grants_business", "grants_business", "challenges", "vouchers", "project_grants"],
      [("yes", 1.0)], [("innovators", 0.85), ("both", 0.15)],
      [ST_IDEA, ST_RED, ST_LATE, ST_TEST], [DR_FUND, DR_INFO],
      ["smes", "innov", "acad", "priv", "ce"],
      {"funder": 5, "alb": 2, "gov": 1, "ahsn": 2, "charity": 2, "uni": 1, "industry": 1,
       "trust": 0.5, "icb": 0.5, "netreg": 1, "alb2": 0.5},
      ["{Area} {Tech} Innovation Fund", "{Tech} for {Cond} Challenge",
       "{Area} {Cond} Innovation Competition", "{Cond} {Tech} Development Awards",
       "{Tech} in {Cond}: Small Business Research Call", "{Area} {Cond} Innovation Grants",
       "{Tech} Invention Fund for {Cond}", "{Area} {Tech} Seed Fund"],
      "funded", "funded", ["projects", "companies"])
_arch("adoption", ["funding", "procurement-and-commissioning"],
      [None, None, "procurement"], [("yes", 1.0)], [("adopters", 0.8), ("both", 0.2)],
      [ST_ADOPT, ST_SPREAD, ST_SCALE], [DR_FUND, DR_MOTIV, DR_REL],
      ["prov", "comm", "adopt", "front", "mgr"],
      {"alb": 4, "ahsn": 3, "icb": 2, "ccg": 1, "gov": 0.5, "charity": 0.5, "netnat": 1},
      ["{Tech} Adoption Fund", "{Area} {Tech} Adoption Programme",
       "Spreading {Tech} in {Cond}", "{Area} {Cond} Rapid Uptake Programme",
       "{Area} {Cond} Spread and Adoption Fund", "Accelerating {Tech} Adoption for {Cond}"],
      "supported", "supported", ["NHS organisations", "sites"])
_arch("accelerator", ["training-and-skills", "networking-and-brokerage", "funding"],
      ["advisory", "advisory", "fellowships", "equity"],
      [("partly", 0.5), ("yes", 0.25), ("no", 0.25)], [("innovators", 0.7), ("both", 0.3)],
      [ST_TEST, ST_COMM, ST_ADOPT], [DR_SKILLS, DR_REL],
      ["smes", "innov", "ce", "priv"],
      {"ahsn": 3, "alb": 2, "uni": 2, "industry": 2, "funder": 1, "trust": 1, "netnat": 1,
       "netreg": 2, "charity": 0.5},
      ["{Area} {Tech} Accelerator", "{Cond} Innovator Fellowship", "{Area} {Tech} Launchpad",
       "{Area} Health Innovation Accelerator: {Cond}", "{Tech} Scale-up Programme for {Cond}",
       "Clinical Entrepreneur Fellowship in {Tech}"],
      "supported", "supported", ["innovators", "companies", "fellows"])
_arch("testbed", ["evaluation-and-evidence", "infrastructure", "networking-and-brokerage"],
      ["networking", None, "infrastructure"], [("partly", 0.4), ("yes", 0.3), ("no", 0.3)],
      [("both", 0.6), ("innovators", 0.4)],
      [ST_TEST, ST_EVAL, ST_ADOPT], [DR_INFO, DR_REL, DR_PPIE],
      ["innov", "prov", "pub", "smes"],
      {"alb": 2, "ahsn": 2, "trust": 2, "icb": 1, "uni": 1, "council": 0.5},
      ["{Area} {Tech} Test Bed", "Real-World Testing of {Tech} for {Cond}",
       "{Area} {Cond} Innovation Test Bed", "{Area} {Tech} Living Lab",
       "{Tech} Pilot Sites Programme for {Cond}"],
      "tested", "tested", ["technologies", "sites"], evald=0.6, rapid=0.2)
_arch("training", ["training-and-skills"], ["fellowships", None, None],
      [("no", 0.6), ("partly", 0.25), ("yes", 0.15)], [("adopters", 0.7), ("innovators", 0.3)],
      [ST_IDEA, ST_ADOPT], [DR_SKILLS],
      ["hcp", "front", "mgr", "ce"],
      {"alb": 3, "ahsn": 2, "uni": 2, "trust": 2, "charity": 1, "icb": 1, "alb2": 1},
      ["{Tech} Skills Academy", "{Area} Innovation Champions Programme for {Cond}",
       "{Cond} Innovation Fellowship", "{Tech} Training Programme for Clinicians",
       "{Area} Improvement and Innovation School: {Tech}", "{Area} {Tech} Masterclass Series"],
      "trained", "trained", ["staff", "participants"])
_arch("network", ["networking-and-brokerage", "information-and-signposting"], ["networking"],
      [("no", 0.9), ("partly", 0.1)], [("innovators", 0.5), ("both", 0.5)],
      [ST_NEEDS, ST_ADOPT, ST_SPREAD], [DR_REL, DR_INFO],
      ["innov", "adopt", "acad", "char"],
      {"ahsn": 3, "icb": 2, "netnat": 1, "charity": 1, "industry": 1, "council": 1, "uni": 1,
       "netreg": 1},
      ["{Area} {Cond} Innovation Network", "{Tech} Community of Practice",
       "{Area} {Tech} Forum", "{Cond} Clinical Innovation Network", "{Area} {Tech} Collaborative"],
      "brought together", "brought together", ["member organisations", "members"])
_arch("infohub", ["information-and-signposting", "evaluation-and-evidence"], ["information"],
      [("no", 1.0)], [("none", 1.0)],
      [ST_HORIZON, ST_NEEDS], [DR_INFO],
      ["innov", "comm", "hcp"],
      {"alb": 2, "reg": 2, "charity": 1, "ahsn": 1, "industry": 1, "funder": 1, "alb2": 1},
      ["{Tech} Evidence Hub", "{Cond} Innovation Directory", "{Area} {Tech} Signposting Service",
       "{Tech} Horizon Scanning Briefings", "{Cond} Evidence and Resources Library"],
      "published", "published", ["evidence summaries", "briefings"])
_arch("regulatory", ["regulatory-advice", "information-and-signposting"],
      ["regulatory", "standards", None], [("no", 1.0)], [("none", 1.0)],
      [ST_REG, ST_COMM], [DR_INFO, DR_MOTIV],
      ["smes", "innov", "priv"],
      {"reg": 6, "alb": 1, "netnat": 1},
      ["{Tech} Regulatory Advice Service", "{Tech} Regulatory Sandbox",
       "Multi-Agency Advice Service for {Tech}", "{Tech} Evidence Standards for {Cond}",
       "Early Access Scheme for {Tech}"],
      "advised", "advised", ["companies", "developers"])
_arch("procurement", ["procurement-and-commissioning", "funding"], ["procurement"],
      [("yes", 0.8), ("partly", 0.2)], [("innovators", 0.8), ("both", 0.2)],
      [ST_LATE, ST_COMM, ST_ADOPT], [DR_FUND],
      ["smes", "priv", "comm"],
      {"alb": 2, "icb": 2, "trust": 2, "ccg": 1, "council": 1, "gov": 0.5, "funder": 1},
      ["{Cond} Pre-Commercial Procurement Challenge", "{Area} {Tech} Procurement Framework",
       "{Tech} Dynamic Purchasing System", "{Area} {Cond} Innovation Procurement Pilot",
       "Outcome-Based Commissioning of {Tech} for {Cond}"],
      "awarded contracts to", "awarded contracts to", ["suppliers", "companies"])
_arch("evaluation", ["evaluation-and-evidence"], ["intelligence", "project_grants", None],
      [("no", 0.6), ("yes", 0.4)], [("innovators", 0.5), ("adopters", 0.5)],
      [ST_EVAL], [DR_INFO],
      ["acad", "prov", "comm"],
      {"funder": 3, "uni": 2, "charity": 2, "ahsn": 1, "alb": 1, "alb2": 0.5},
      ["Rapid Evaluation Centre for {Tech}", "{Cond} Real-World Evaluation Programme",
       "{Area} {Tech} Evaluation Partnership", "{Tech} Impact Evaluation in {Cond}"],
      "completed", "completed", ["evaluations", "studies"], evald=0.5, rapid=0.6)
_arch("infrastructure", ["infrastructure", "information-and-signposting"],
      ["infrastructure", "information", "coe"], [("partly", 0.4), ("no", 0.4), ("yes", 0.2)],
      [("innovators", 0.6), ("both", 0.4)],
      [ST_RED, ST_TEST], [DR_INFO, DR_REL],
      ["acad", "innov", "prov"],
      {"funder": 2, "uni": 2, "trust": 2, "alb": 1, "icb": 1, "ahsn": 1},
      ["{Area} Secure Data Environment for {Cond}", "{Area} {Tech} Innovation Hub",
       "{Cond} Research Data Platform", "{Tech} Innovation Centre",
       "{Area} {Tech} Innovation Campus"],
      "provided access to", "provided access to", ["research teams", "companies"])
_arch("ppie", ["networking-and-brokerage", "training-and-skills", "other"],
      ["outreach", "consultation", None], [("no", 0.8), ("partly", 0.2)],
      [("innovators", 0.5), ("both", 0.5)],
      [ST_NEEDS, ST_IDEA, ST_EVAL], [DR_PPIE],
      ["pub", "carers", "char"],
      {"charity": 3, "ppg": 2, "funder": 1, "ahsn": 1, "council": 1, "trust": 1},
      ["{Cond} Patient Involvement Programme", "{Area} Public Panel on {Tech}",
       "{Cond} Priority Setting Partnership", "{Area} Community Innovation Champions: {Cond}",
       "Patients as Partners in {Tech}"],
      "involved", "involved", ["patients and carers", "volunteers"])
_arch("strategy", ["other", "information-and-signposting"], ["strategy"],
      [("no", 1.0)], [("none", 1.0)],
      [ST_NEEDS, ST_ADOPT, ST_SPREAD, ST_SCALE], [DR_MOTIV, DR_FUND, DR_SKILLS, DR_REL],
      ["prov", "comm", "lg", "pub"],
      {"gov": 3, "alb": 2, "icb": 2, "council": 2, "trust": 1},
      ["{Area} Digital Health Strategy for {Cond}", "{Area} {Cond} Innovation Plan",
       "{Tech} Strategy for {Cond}", "{Area} {Tech} Roadmap"],
      "delivered", "delivered", ["commitments", "actions"], strategy=True)
_arch("productivity", ["funding", "evaluation-and-evidence"], [None, "grants_business"],
      [("yes", 0.7), ("no", 0.3)], [("adopters", 0.8), ("both", 0.2)],
      [ST_ADOPT, ST_SCALE], [DR_FUND, DR_MOTIV],
      ["prov", "mgr", "front"],
      {"alb": 3, "icb": 2, "trust": 2, "gov": 1},
      ["{Tech} Productivity Programme", "{Area} {Tech} Efficiency Fund",
       "Freeing Up Clinical Time with {Tech}", "{Area} {Tech} Productivity Accelerator",
       "{Area} Back-Office Automation Programme: {Cond}"],
      "supported", "supported", ["trusts", "teams"], prod=0.9)

ARCH_WEIGHTS = [("competition", 16), ("adoption", 9), ("accelerator", 9), ("testbed", 7),
                ("training", 9), ("network", 8), ("infohub", 5), ("regulatory", 3),
                ("procurement", 5), ("evaluation", 6), ("infrastructure", 5), ("ppie", 5),
                ("strategy", 4), ("productivity", 5)]

AIMS = {
    "competition": [
        "support small and medium-sized enterprises developing {tech} for {cond}",
        "fund the development of {tech} that could improve outcomes for {pop}",
        "back promising early-stage {tech} aimed at {cond}",
        "help innovators turn ideas for {tech} into products the NHS can use",
        "stimulate new {tech} that tackle long-standing problems in {cond}",
        "speed up the development of {tech} with clear benefits for {pop}",
    ],
    "adoption": [
        "help NHS organisations adopt proven {tech} in {cond}",
        "speed up the uptake of {tech} so that more {pop} benefit",
        "spread {tech} that have already shown results in {cond}",
        "give providers the practical support they need to put {tech} into everyday use",
        "close the gap between successful pilots of {tech} and routine care",
    ],
    "accelerator": [
        "help innovators with {tech} get ready for NHS adoption",
        "support health tech companies working on {cond} to scale",
        "give entrepreneurs the skills and contacts to bring {tech} to market",
        "nurture a pipeline of {tech} that address {cond}",
        "connect innovators in {tech} with NHS clinicians and buyers",
    ],
    "testbed": [
        "test {tech} in real-world settings before wider roll-out",
        "generate real-world evidence on the use of {tech} for {pop}",
        "trial combinations of {tech} and new ways of working in {cond}",
        "give innovators access to NHS sites to evaluate {tech}",
    ],
    "training": [
        "build the skills of NHS staff to use {tech} confidently",
        "develop a workforce able to lead innovation in {cond}",
        "equip clinicians and managers with the know-how to adopt {tech}",
        "grow innovation capability among staff working in {cond}",
    ],
    "network": [
        "bring together clinicians, innovators and commissioners working on {cond}",
        "share learning about {tech} across organisations",
        "connect people who want to improve {cond} through innovation",
        "create a space where NHS teams and companies can discuss {tech}",
    ],
    "infohub": [
        "make evidence on {tech} easier to find",
        "signpost innovators and NHS buyers to reliable information about {tech}",
        "give decision makers clear summaries of what works in {cond}",
        "keep the system informed about emerging {tech}",
    ],
    "regulatory": [
        "help developers of {tech} understand what regulators expect",
        "provide joined-up regulatory advice for {tech}",
        "make the route to market for {tech} clearer and quicker",
        "support safe and timely access to {tech} for {pop}",
    ],
    "procurement": [
        "use the purchasing power of the NHS to stimulate new {tech} for {cond}",
        "buy innovative {tech} against clearly defined needs",
        "create a fair route to market for suppliers of {tech}",
        "pay for {tech} according to the outcomes they achieve for {pop}",
    ],
    "evaluation": [
        "evaluate {tech} quickly so that decisions can be made on good evidence",
        "assess the impact of {tech} on {pop}",
        "provide rapid, robust evaluation of new services in {cond}",
        "find out what works, for whom and at what cost in {cond}",
    ],
    "infrastructure": [
        "give researchers and innovators access to data and facilities for {cond}",
        "provide shared infrastructure for developing {tech}",
        "create a secure environment for research on {cond}",
        "offer test facilities and expertise for {tech}",
    ],
    "ppie": [
        "involve patients and carers in shaping {tech}",
        "make sure the voices of {pop} inform innovation in {cond}",
        "set research and innovation priorities for {cond} together with patients",
        "train members of the public to take part in decisions about {tech}",
    ],
    "strategy": [
        "set out how partners will use {tech} to improve {cond}",
        "set a shared direction for innovation in {cond}",
        "agree priorities for investment in {tech}",
        "describe how the system will adopt {tech} over the coming years",
    ],
    "productivity": [
        "release staff time by using {tech}",
        "improve productivity in {cond} through {tech}",
        "cut the administrative burden on clinicians using {tech}",
        "help trusts become more efficient by adopting {tech}",
    ],
}

OFFERS = {
    "competition": [
        "Successful applicants can receive up to {per_project} for projects lasting up to {months} months.",
        "Funding covers feasibility work, prototype development and early clinical testing.",
        "Projects will also get help with health economics and evidence generation.",
        "Awards are made in two phases: a short feasibility study followed by a larger development contract.",
    ],
    "adoption": [
        "Funding will cover implementation costs such as staff backfill, training and project management.",
        "Each participating organisation receives implementation support from its local network.",
        "Sites can bid for up to {per_project} to adopt the chosen technologies.",
        "Participating teams will be supported to collect data on uptake and benefits.",
    ],
    "accelerator": [
        "Participants receive {months} months of mentoring, expert workshops and introductions to NHS buyers.",
        "The programme offers tailored support with regulation, evidence and market access.",
        "Each cohort of around {n} innovators is matched with a clinical mentor.",
        "Support includes a bursary of up to {per_project} alongside coaching.",
    ],
    "testbed": [
        "Technologies will be tested in real clinical settings with evaluation built in from the start.",
        "Partner sites will trial new products alongside redesigned care pathways.",
        "An independent team will evaluate outcomes, costs and patient experience.",
    ],
    "training": [
        "The course includes workshops, action learning sets and a work-based project.",
        "Participants complete a {months}-month programme leading to a recognised qualification.",
        "Places are free and backfill funding is available for clinical staff.",
        "Learning is delivered online and through regional face-to-face sessions.",
    ],
    "network": [
        "Members meet quarterly and share learning through an online platform.",
        "The network links innovators with clinical leads and commissioners.",
        "It runs regular events, webinars and a newsletter.",
    ],
    "infohub": [
        "The hub publishes short evidence summaries and case studies.",
        "Users can search a directory of products together with their evidence base.",
        "Briefings are updated every quarter.",
    ],
    "regulatory": [
        "Developers can book free advice sessions with regulatory specialists.",
        "The service brings advice from several regulators together in one place.",
        "Guidance covers evidence requirements, data protection and clinical safety.",
    ],
    "procurement": [
        "The challenge uses a pre-commercial procurement model with a route to purchase.",
        "Suppliers will be paid against agreed outcomes.",
        "Contracts of up to {per_project} are available in the first phase.",
    ],
    "evaluation": [
        "Evaluations will report within {months} months so that findings can inform decisions.",
        "The team will use mixed methods and routinely collected data.",
        "Findings will be published openly.",
    ],
    "infrastructure": [
        "The facility offers access to linked, de-identified data and technical support.",
        "Innovators can use laboratory space, clinical simulation and test facilities.",
        "Access is managed through a light-touch application process.",
    ],
    "ppie": [
        "Patients and carers help set priorities and shape the design of new services.",
        "Members are paid for their time and receive training and support.",
        "A lay panel reviews every project at key stages.",
    ],
    "strategy": [
        "The plan sets out priorities for the next {years} years.",
        "It commits partners to shared measures of success.",
        "Progress will be reported to the board every six months.",
    ],
    "productivity": [
        "The programme will release staff time by automating routine administrative tasks.",
        "Trusts will receive funding and expert support to adopt the technology at scale.",
        "Savings will be tracked against a shared benefits framework.",
    ],
}

WHO = {
    "competition": ["UK-registered SMEs", "small and medium-sized enterprises, academic groups and NHS organisations",
                    "companies of any size working with an NHS partner", "innovators based in {area_or_england}"],
    "adoption": ["NHS trusts and primary care networks in {area_or_england}", "NHS providers and integrated care systems",
                 "health and care organisations in {area_or_england}"],
    "accelerator": ["innovators with a product ready for NHS adoption", "high-potential health tech start-ups",
                    "clinicians and entrepreneurs with an innovative idea"],
    "testbed": ["innovators and NHS sites", "companies with a market-ready product and NHS partners"],
    "training": ["NHS staff at all levels", "clinicians and managers", "nurses, allied health professionals and GPs"],
    "network": ["anyone working on innovation in {area_or_england}", "clinicians, innovators and commissioners"],
    "infohub": ["innovators, commissioners and clinicians", "NHS decision makers"],
    "regulatory": ["developers of {tech}", "companies of any size and NHS teams developing products"],
    "procurement": ["suppliers able to meet the challenge", "companies of all sizes, including SMEs"],
    "evaluation": ["NHS organisations and academic teams", "services introducing {tech}"],
    "infrastructure": ["researchers and innovators", "academic and industry teams"],
    "ppie": ["patients, carers and members of the public", "people with lived experience of {cond}"],
    "strategy": ["all partners in the system"],
    "productivity": ["NHS trusts", "acute and community providers"],
}

QUOTES = [
    "Innovation only makes a difference when it reaches patients, and this programme is about doing exactly that",
    "We want {area_or_england} to be the best place to develop and test new {tech}",
    "Too many good ideas stall between the pilot and everyday practice, and this funding is designed to change that",
    "Staff have told us they want practical help to adopt new technology, not another strategy",
    "This is a real opportunity for {pop} to benefit from the latest {tech}",
    "We are determined to make the NHS an easier place for innovators to do business",
    "By working with partners across the system we can spread what works much faster",
    "Every project will be evaluated so that we learn quickly what works",
    "Freeing up clinicians' time is one of the biggest things technology can do for the NHS",
    "Patients and carers will be involved at every stage, from setting priorities to testing products",
    "This builds on the progress we have already made and gives innovators a clear route into the health service",
    "I am delighted that we are able to support this important work",
    "Small amounts of well-targeted funding can unlock big improvements",
    "Our aim is to reduce unwarranted variation and make proven innovations available everywhere",
]
FIRST = ["Sarah", "James", "Priya", "David", "Helen", "Mohammed", "Claire", "Andrew", "Fiona", "Rajesh",
         "Emma", "Tom", "Aisha", "Richard", "Louise", "Nadia", "Peter", "Catherine", "Oliver", "Grace",
         "Samuel", "Joanne", "Imran", "Rachel", "Matthew", "Bethany", "Kwame", "Sian", "Gareth", "Lucy"]
LAST = ["Patel", "Smith", "Okafor", "Hughes", "Khan", "Roberts", "Evans", "Chowdhury", "Taylor",
        "Williams", "Brown", "Ahmed", "Walker", "Thompson", "Clarke", "Singh", "Wright", "Green",
        "Hall", "Mensah", "Jackson", "Wood", "Lewis", "Harrison", "Shah", "Murphy", "Baker", "Ali"]
ROLES = ["Director of Innovation", "Chief Executive", "Programme Director", "Medical Director",
         "Chief Digital Officer", "Head of Research and Innovation", "Director of Transformation",
         "Chief Nurse", "National Director", "Director of Strategy"]
AGGREGATORS = ["HealthTech Funding Finder", "Innovation Funding Digest", "NHS Funding Watch",
               "GrantFinder", "MedTech Opportunities Bulletin", "Digital Health Calls Tracker",
               "Research Funding Roundup"]
REASONS = ["strong demand from NHS organisations", "positive early evaluation findings",
           "a successful first year", "feedback from participating sites",
           "the pressures facing services this winter", "the publication of the NHS Long Term Plan"]
EVAL_FINDINGS = ["positive effects on patient experience",
                 "that most sites planned to keep using the technology",
                 "encouraging early results, although uptake varied between sites",
                 "shorter waiting times at participating sites",
                 "savings in staff time of around {pct} per cent",
                 "mixed results, with the strongest benefits in primary care"]

MISSPELL = {"programme": ["programe", "progamme", "programmme"], "receive": ["recieve"],
            "separate": ["seperate"], "government": ["goverment"], "environment": ["enviroment"],
            "committed": ["commited"], "successful": ["successfull", "succesful"],
            "necessary": ["neccessary"], "occurred": ["occured"], "organisations": ["organisatons"],
            "partnership": ["partnreship"], "innovation": ["inovation", "innovaton"],
            "accommodate": ["accomodate"], "technology": ["techology"], "across": ["accross"],
            "evaluation": ["evalution"], "development": ["developement"]}
AMERICAN = [("programme", "program"), ("organisation", "organization"), ("prioritise", "prioritize"),
            ("centre", "center"), ("optimisation", "optimization"), ("recognised", "recognized"),
            ("behaviour", "behavior"), ("utilise", "utilize")]


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def money_txt(amount, rng, style=None):
    if style is None:
        style = rng.choice(["m", "million", "full", "full", "k"])
    if amount >= 1_000_000 and style in ("m", "million", "k"):
        v = amount / 1_000_000
        s = ("%.2f" % v).rstrip("0").rstrip(".")
        return "£%s%s" % (s, "m" if style in ("m", "k") else " million")
    if amount >= 1000 and amount < 1_000_000 and style == "k" and amount % 1000 == 0:
        return "£%dk" % (amount // 1000)
    return "£{:,}".format(amount)


def round_figure(amount):
    """Round as an annual report would: one or two significant figures."""
    if amount <= 0:
        return amount
    digits = len(str(amount))
    sig = 1 if int(str(amount)[0]) >= 5 else 2
    q = 10 ** max(digits - sig, 0)
    return int(round(amount / q) * q) or amount


def rough_money(amount, rng):
    r = round_figure(amount)
    prefix = "" if r == amount else rng.choice(["around ", "almost ", "about ", "some ", "roughly "])
    if r > amount and prefix == "some ":
        prefix = "almost "
    if r < amount and prefix == "almost ":
        prefix = "more than "
    return prefix + money_txt(r, rng, rng.choice(["m", "million"]) if r >= 1_000_000 else "full")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def date_txt(d, prec):
    if prec == 3:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if prec == 2:
        return "%s %d" % (MONTHS[d.month - 1], d.year)
    return str(d.year)


def date_cell(d, prec):
    if d is None:
        return ""
    if prec == 3:
        return d.isoformat()
    if prec == 2:
        return "%04d-%02d" % (d.year, d.month)
    return "%04d" % d.year


def fy_of(d):
    y = d.year if d.month >= 4 else d.year - 1
    return "%d/%02d" % (y, (y + 1) % 100)


def add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    return datetime.date(y, mo, min(d.day, 28))


def status_at(prog, when):
    if prog["start"] > when:
        return "proposed" if prog["arch"]["strategy"] and prog["draft"] else "planned"
    if prog["end"] is not None and prog["end"] < when:
        return "concluded"
    return "active"


def typo(s, rng, n=1):
    """Introduce n realistic keying errors."""
    for _ in range(n):
        words = s.split(" ")
        if not words:
            return s
        idxs = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
        if not idxs:
            return s
        i = rng.choice(idxs)
        w = words[i]
        lw = w.lower()
        if lw in MISSPELL and rng.random() < 0.6:
            nw = rng.choice(MISSPELL[lw])
            if w[0].isupper():
                nw = nw[0].upper() + nw[1:]
        else:
            op = rng.randrange(4)
            j = rng.randrange(1, len(w) - 1)
            if op == 0:
                nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif op == 1:
                nw = w[:j] + w[j + 1:]
            elif op == 2:
                nw = w[:j] + w[j] + w[j:]
            else:
                nw = w[:j] + rng.choice("aeiounrst") + w[j + 1:]
        words[i] = nw
        s = " ".join(words)
    return s


def americanise(s):
    for a, b in AMERICAN:
        s = s.replace(a, b)
    return s


def html_mangle(s, rng):
    mode = rng.randrange(3)
    if mode == 0:
        s = s.replace("&", "&amp;").replace("'", "&#8217;").replace("£", "&pound;")
    elif mode == 1:
        s = s.replace("£", "Â£").replace("'", "â€™").replace(" – ", " â€“ ")
    else:
        s = s.replace("'", "&rsquo;").replace(". ", ".&nbsp; ", 2)
    if rng.random() < 0.5:
        parts = s.split(". ")
        if len(parts) > 2:
            k = rng.randrange(1, len(parts) - 1)
            s = ". ".join(parts[:k]) + ".</p><p>" + ". ".join(parts[k:])
        s = "<p>" + s + "</p>"
    elif rng.random() < 0.5:
        s = s.replace(". ", ".<br />", 1)
    return s


def safe_cell(v):
    v = v.strip()
    while v and v[0] in "=+-@":
        v = v[1:].lstrip()
    return v


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------
class Generator:
    def __init__(self, n_rows, seed, dup_rate, neg_rate):
        self.n = n_rows
        self.seed = seed
        self.rng = random.Random(seed)
        self.dup_rate = dup_rate
        self.neg_rate = neg_rate
        self.actors = []
        self.actor_by_id = {}
        self.by_cat = {}
        self.subteams = {}          # parent id -> list of sub-team actor dicts
        self.names_used = set()
        self.keys_used = set()
        self.rows = []              # (row dict) in creation order
        self.planted = []           # (row_a, row_b, kind)
        self.negatives = []         # (row_a, row_b, kind)
        self.pcount = 0
        self.build_actors()

    # ---------------- actors ----------------
    def add_actor(self, aid, name, acronym, kind, level, y0, y1, cat, area="", nhs_region="",
                  member_of="", subteams=(), description=""):
        a = dict(id=aid, name=name, acronym=acronym, kind=kind, level=level, y0=y0, y1=y1,
                 cat=cat, area=area, nhs_region=nhs_region, member_of=member_of,
                 subteam_names=list(subteams), description=description)
        self.actors.append(a)
        self.actor_by_id[aid] = a
        self.by_cat.setdefault(cat, []).append(a)
        return a

    def build_actors(self):
        for line in NATIONAL_TXT.strip().splitlines():
            aid, name, acr, kind, level, y0, y1, cat, member, subs = line.split("|")
            desc = "National body (%s)." % kind.replace("-", " ")
            self.add_actor("ORG-" + aid, name, acr, kind, level, int(y0), int(y1), cat,
                           member_of=member, subteams=[s for s in subs.split(";") if s],
                           description=desc)
        counters = {}
        for line in REGIONAL_TXT.strip().splitlines():
            name, acr, area, region, cat, y0, y1, kind, level = line.split("|")
            counters[cat] = counters.get(cat, 0) + 1
            aid = "ORG-%s-%03d" % (cat.upper(), counters[cat])
            member = "The AHSN Network" if cat == "ahsn" else ""
            if cat == "icb":
                desc = "Integrated care board for %s (NHS %s region)." % (area, region)
            elif cat == "ahsn":
                desc = "Academic health science network covering %s." % area
            elif cat == "trust":
                desc = "NHS provider serving %s." % area
            else:
                desc = "%s based in %s." % (kind.replace("-", " ").capitalize(), area)
            self.add_actor(aid, name, acr, kind, level, int(y0), int(y1), cat, area=area,
                           nhs_region=region, member_of=member,
                           subteams=GENERIC_SUBTEAMS.get(cat, []), description=desc)
        self.n_base_actors = len(self.actors)

    def subteam(self, parent, rng):
        names = parent["subteam_names"] or ["Innovation Team"]
        lst = self.subteams.setdefault(parent["id"], [])
        name = rng.choice(names)
        full = "%s %s" % (parent["acronym"] or parent["name"], name) \
            if parent["level"] == "national" else "%s %s" % (parent["name"], name)
        for t in lst:
            if t["name"] == full:
                return t
        t = self.add_actor("%s-T%d" % (parent["id"], len(lst) + 1), full, "", parent["kind"],
                           parent["level"], parent["y0"], parent["y1"], "subteam",
                           area=parent["area"], nhs_region=parent["nhs_region"],
                           member_of=parent["name"],
                           description="Team within %s." % parent["name"])
        t["parent"] = parent
        lst.append(t)
        return t

    def short(self, actor):
        return actor["acronym"] or actor["name"]

    # ---------------- programmes ----------------
    def pick_owner(self, arch, rng, cats=None):
        weights = [(c, w) for c, w in arch["owners"].items() if c in self.by_cat]
        if cats:
            weights = [(c, w) for c, w in weights if c in cats] or [(c, 1) for c in cats if c in self.by_cat]
        cat = wpick(rng, weights)
        return rng.choice(self.by_cat[cat])

    def pick_partners(self, owner, rng, k=None):
        if k is None:
            k = wpick(rng, [(0, 3), (1, 4), (2, 3), (3, 1)])
        out = []
        if owner["level"] == "national":
            pool = (self.by_cat["alb"] + self.by_cat["alb2"] + self.by_cat["funder"] + self.by_cat["charity"] +
                    self.by_cat["industry"] + self.by_cat["netnat"] + self.by_cat["reg"])
        else:
            reg = owner["nhs_region"]
            pool = [a for c in ("ahsn", "icb", "trust", "uni", "council", "netreg", "ppg")
                    for a in self.by_cat.get(c, []) if a["nhs_region"] == reg]
            pool += self.by_cat["charity"][:6] + self.by_cat["industry"][:3]
        tries = 0
        while len(out) < k and tries < 20:
            tries += 1
            a = rng.choice(pool)
            if a is owner or a in out:
                continue
            out.append(a)
        return out

    def make_name(self, arch, tech, cond, owner, rng, area_override=None):
        area = owner["area"] if area_override is None else area_override
        pats = arch["names"]
        pat = rng.choice(pats)
        if "{Area}" in pat and not area:
            if owner["level"] == "national" and rng.random() < 0.3:
                area = self.short(owner)
            else:
                pat = pat.replace("{Area} ", "").replace("{Area}", "")
        name = pat.replace("{Area}", area).replace("{Tech}", tech[0]).replace("{Cond}", cond[0])
        core = pat.replace("{Area} ", "").replace("{Area}", "").replace("{Tech}", tech[0]) \
            .replace("{Cond}", cond[0])
        return " ".join(name.split()), " ".join(core.split())

    def acronym_of(self, name):
        words = [w for w in re.split(r"[\s:\-]+", name) if w and w[0].isalpha()
                 and w.lower() not in ("of", "and", "for", "in", "the", "with", "to", "on", "a")]
        acr = "".join(w[0].upper() for w in words)
        return acr if 3 <= len(acr) <= 7 else None

    def new_programme(self, rng, arch_key=None, owner=None, tech=None, cond=None, unique=True,
                      start_year=None, name_override=None):
        for attempt in range(40):
            arch = A[arch_key or wpick(rng, ARCH_WEIGHTS)]
            own = owner or self.pick_owner(arch, rng)
            t = tech or (rng.choice(TECHS) if arch["key"] != "productivity"
                         else rng.choice([x for x in TECHS if x[4] or x[3] != "clinical"]))
            if cond is not None:
                c = cond
            elif t[3] == "non-clinical":
                c = rng.choice(SERVICE_AREAS)
            else:
                c = rng.choice(CONDS)
            if name_override:
                name, core = name_override
            else:
                name, core = self.make_name(arch, t, c, own, rng)
            key = (own["id"], arch["key"], t[0], c[0])
            if unique and (norm(name) in self.names_used or key in self.keys_used):
                continue
            break
        else:
            name = name + " " + rng.choice(["Programme", "Initiative", "Scheme"]) + " " + \
                str(rng.randint(2, 9))
            core = name
        self.names_used.add(norm(name))
        self.keys_used.add(key)
        return self.fill_programme(arch, own, t, c, name, core, rng, start_year)

    def fill_programme(self, arch, owner, tech, cond, name, core, rng, start_year=None):
        self.pcount += 1
        p = dict(pid=self.pcount, arch=arch, owner=owner, tech=tech, cond=cond, name=name,
                 core=core, tseed=rng.randrange(1 << 30), round_label="", relatives=[])
        p["acronym"] = self.acronym_of(name) if rng.random() < 0.35 else None
        p["partners"] = self.pick_partners(owner, rng)
        p["level"] = owner["level"]
        p["area"] = owner["area"]
        p["region"] = owner["area"] if owner["level"] != "national" else ""
        p["country"] = ("United Kingdom" if owner["cat"] in ("funder",) and owner["id"] not in ("ORG-NIHR", "ORG-SBRIH")
                        else "England")
        # dates
        y0 = max(owner["y0"], FIRST_YEAR)
        y1 = min(owner["y1"], SNAPSHOT.year)
        if start_year is None:
            sy = rng.randint(y0, y1) if y1 >= y0 else y0
            if rng.random() < 0.04 and owner["y1"] >= 2025:
                sy = rng.choice([2025, 2025, 2026])
        else:
            sy = start_year
        p["start"] = datetime.date(sy, rng.randint(1, 12), rng.randint(1, 28))
        if arch["strategy"]:
            years = rng.randint(3, 10)
        else:
            years = wpick(rng, [(1, 3), (2, 4), (3, 4), (4, 2), (5, 2)])
        p["years"] = years
        p["end"] = datetime.date(sy + years, rng.randint(1, 12), rng.randint(1, 28)) \
            if rng.random() < 0.75 else None
        p["start_prec"] = wpick(rng, [(3, 4), (2, 4), (1, 2)])
        p["end_prec"] = wpick(rng, [(3, 3), (2, 4), (1, 3)])
        p["draft"] = rng.random() < 0.3
        # classification
        acts = [arch["acts"][0]] + [a for a in arch["acts"][1:] if rng.random() < 0.5]
        p["offers"] = wpick(rng, arch["funding"])
        if p["offers"] == "no":
            acts = [a for a in acts if a != "funding"] or ["other"]
        elif "funding" not in acts and rng.random() < 0.6:
            acts.append("funding")
        p["acts"] = acts
        p["recips"] = wpick(rng, arch["recips"]) if p["offers"] != "no" else "none"
        p["instr"] = rng.choice(arch["instr"])
        focus = tech[3]
        if focus == "clinical" and rng.random() < 0.15:
            focus = "both"
        p["focus"] = focus
        p["prod"] = "yes" if (rng.random() < arch["prod"] or (tech[4] and rng.random() < 0.5)) else "no"
        p["evaluated"] = "yes" if rng.random() < arch["evald"] else ("no" if rng.random() < 0.5 else "")
        p["rapid"] = "yes" if rng.random() < arch["rapid"] else ("no" if rng.random() < 0.4 else "")
        st = list(arch["stages"])
        if len(st) > 2 and rng.random() < 0.4:
            st = st[:-1] if rng.random() < 0.5 else st[1:]
        if rng.random() < 0.15:
            st.append(ST_EVAL if ST_EVAL not in st else ST_NEEDS)
        p["stages"] = st
        dr = [d for d in arch["drivers"] if rng.random() < 0.7] or [arch["drivers"][0]]
        p["drivers"] = dr
        gr = [TG[g] for g in arch["groups"] if rng.random() < 0.6] or [TG[arch["groups"][0]]]
        if owner["level"] == "local" and rng.random() < 0.2:
            gr.append(TG["lg"])
        p["groups"] = gr
        # money
        lvl = owner["level"]
        lo, hi = {"national": (500_000, 150_000_000), "regional": (50_000, 12_000_000),
                  "local": (10_000, 2_500_000)}[lvl]
        if arch["key"] in ("network", "infohub", "regulatory", "ppie"):
            hi = max(lo * 4, hi // 10)
        amt = int(lo * (hi / lo) ** rng.random())
        if rng.random() < 0.6:
            amt = round_figure(amt)
            if rng.random() < 0.5:
                amt = round_figure(int(amt * rng.choice([1.5, 2.5, 1.2, 0.75]))) or amt
        else:
            amt = amt // 5000 * 5000 or amt
        p["amount"] = amt
        p["budget_kind"] = wpick(rng, [("amount", 75), ("upto", 13), ("range", 12)])
        p["budget_hi"] = round_figure(int(amt * rng.choice([1.5, 2, 3, 4])))
        p["has_budget"] = rng.random() < 0.68
        yrs = "%d years" % years if years > 1 else "12 months"
        p["period"] = rng.choice(["total", "", "per year", yrs, "over " + yrs, fy_of(p["start"]),
                                  "one-off"])
        if p["budget_kind"] == "range" and p["period"] == "one-off":
            p["period"] = "total"
        p["currency"] = "EUR" if (owner["cat"] == "uni" and rng.random() < 0.06) else "GBP"
        if arch["key"] in ("accelerator", "training"):
            p["pp_amt"] = rng.choice([5, 10, 15, 20, 25, 30, 50]) * 1000   # bursary per person
        else:
            p["pp_amt"] = round_figure(max(5000, amt // rng.choice([5, 8, 10, 20])))
        p["per_project"] = money_txt(p["pp_amt"], rng)
        p["n"] = rng.randint(4, 40) if arch["key"] != "training" else rng.randint(20, 600)
        p["months"] = rng.choice([6, 9, 12, 18, 24])
        p["person"] = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
        p["role"] = rng.choice(ROLES)
        p["boilerplate"] = None
        p["extra_sentence"] = None
        return p

    # ---------------- text ----------------
    def ctx(self, p, rng, owner=None):
        owner = owner or p["owner"]
        area = p["area"]
        c = dict(
            name=p["name"], core=p["core"], owner=owner["name"], owner_short=self.short(owner),
            tech=p["tech"][1], cond=p["cond"][1], pop=p["cond"][2],
            area=area or "England", area_or_england=area or "England",
            area_in=(" in %s" % area) if area else rng.choice([" across England", "", " nationally"]),
            n=p["n"], months=p["months"], years=p["years"], per_project=p["per_project"],
            person=p["person"], role=p["role"], units=rng.choice(p["arch"]["units"]),
            verb_past=p["arch"]["verb_past"], verb_pp=p["arch"]["verb_pp"],
            acr_paren=(" (%s)" % p["acronym"]) if p["acronym"] else "",
            start_txt=date_txt(p["start"], min(p["start_prec"], 2)),
            start_year=p["start"].year,
            end_txt=date_txt(p["end"], min(p["end_prec"], 2)) if p["end"] else "",
            partners=self.join_names([self.short(a) if (p["pid"] + i) % 2 else a["name"]
                                      for i, a in enumerate(p["partners"])]),
            pct=rng.randint(8, 35),
        )
        return c

    def join_names(self, xs):
        if not xs:
            return ""
        if len(xs) == 1:
            return xs[0]
        return ", ".join(xs[:-1]) + " and " + xs[-1]

    def money_sentence(self, p, rng, amt=None):
        amt = p["amount"] if amt is None else amt
        m = money_txt(amt, rng)
        period = p["period"]
        pp = {"total": "", "": "", "per year": " a year", "one-off": " as a one-off investment"}.get(
            period, " " + period if period.startswith("over") else
            (" for %s" % period if "/" in period else " over %s" % period))
        if p["budget_kind"] == "upto":
            m = "up to " + m
        elif p["budget_kind"] == "range":
            m = "between %s and %s" % (m, money_txt(p["budget_hi"], rng))
        t = rng.choice([
            "The programme is backed by {m}{pp}.", "A total of {m} is available{pp}.",
            "Funding of {m} has been committed{pp}.", "It represents an investment of {m}{pp}.",
            "{owner_short} is investing {m}{pp}.", "The budget is {m}{pp}.",
        ])
        return t.format(m=m, pp=pp, owner_short=self.short(p["owner"]))

    def describe(self, p, atype, rng, announced=None):
        """Render the description of an original announcement.  Template choices come from
        the programme's own template seed so that relatives (hard negatives) share wording."""
        tr = random.Random(p["tseed"] * 7 + hash_str(atype))
        c = self.ctx(p, tr)
        arch = p["arch"]["key"]
        aim = tr.choice(AIMS[arch]).format(**c)
        c["aim"] = aim
        s = []
        if atype == "annual report":
            return self.annual_summary(p, rng, c, report_date=announced)
        if atype in ("press release", "board paper", "web page"):
            intro = tr.choice([
                "{owner} has today launched the {name}{acr_paren}, a programme to {aim}.",
                "A new programme to {aim} has been launched by {owner}.",
                "{owner} is inviting bids to the {name}{acr_paren}, which aims to {aim}.",
                "{owner} today announced the {name}{acr_paren}, designed to {aim}{area_in}.",
                "Launching today, the {name}{acr_paren} will {aim}.",
                "{owner} has unveiled plans for the {name} to {aim}{area_in}.",
                "The {name}{acr_paren} is a new initiative from {owner} to {aim}.",
            ] if atype == "press release" else [
                "The Board is asked to note progress on the {name}{acr_paren}, which aims to {aim}.",
                "This paper sets out the case for the {name}, a programme to {aim}{area_in}.",
                "The {name}{acr_paren} was approved in {start_txt}. It will {aim}.",
            ] if atype == "board paper" else [
                "The {name}{acr_paren} exists to {aim}.",
                "About the {name}: our programme to {aim}{area_in}.",
                "The {name} is run by {owner} to {aim}.",
            ])
            s.append(intro.format(**c))
        elif atype == "funding call":
            s.append(tr.choice([
                "Applications are now open for the {name}{acr_paren}.",
                "The {name} is now accepting applications.",
                "{owner} invites proposals to the {name}.",
                "Call for applications: {name}.",
            ]).format(**c))
            s.append(tr.choice([
                "The call will fund projects that {aim}.",
                "It aims to {aim}.",
                "Proposals should {aim}.",
            ]).format(**c))
        else:  # news item, blog post, case study, newsletter, aggregator listing
            s.append(tr.choice([
                "Work is under way{area_in} on the {name}, which aims to {aim}.",
                "{owner} has announced the {name}{acr_paren} to {aim}.",
                "Organisations{area_in} can now take part in the {name}, led by {owner}.",
                "News: the {name}{acr_paren} will {aim}.",
                "We're pleased to share details of the {name}, our new programme to {aim}.",
            ]).format(**c))
        if p.get("round_label"):
            s.append(tr.choice([
                "This is {rl} of the programme.", "{rl_cap} opens in {start_txt}.",
                "Applications for {rl} are now invited.",
            ]).format(rl=p["round_label"], rl_cap=p["round_label"][0].upper() + p["round_label"][1:],
                      start_txt=c["start_txt"]))
        if p.get("extra_sentence"):
            s.append(p["extra_sentence"])
        if p.get("boilerplate"):
            s.insert(0, p["boilerplate"])
        if p["has_budget"] and tr.random() < 0.8:
            s.append(self.money_sentence(p, tr))
        s.append(tr.choice(OFFERS[arch]).format(**c))
        if tr.random() < 0.7:
            w = tr.choice(WHO[arch]).format(**c)
            s.append(tr.choice(["It is open to {w}.", "Applications are welcome from {w}.",
                                "The scheme is aimed at {w}.", "Eligible: {w}."]).format(w=w))
        if atype == "funding call":
            dl = add_months(p["start"], -tr.randint(1, 3))
            s.append("Deadline: %s." % date_txt(dl, 3))
        elif tr.random() < 0.6:
            if p["end"]:
                s.append(tr.choice(["The programme will run from {start_txt} until {end_txt}.",
                                    "It runs from {start_txt} to {end_txt}.",
                                    "Delivery starts in {start_txt} and ends in {end_txt}."]).format(**c))
            else:
                s.append(tr.choice(["Activity starts in {start_txt}.",
                                    "The first cohort begins in {start_txt}.",
                                    "It launches in {start_txt}."]).format(**c))
        if p["partners"] and tr.random() < 0.6:
            s.append(tr.choice(["It is being delivered in partnership with {partners}.",
                                "{partners} will support delivery.",
                                "Partners include {partners}."]).format(**c))
        if atype in ("press release", "news item", "blog post") and tr.random() < 0.6:
            q = tr.choice(QUOTES).format(**c)
            s.append("\u201c%s,\u201d said %s, %s at %s." % (q, c["person"], c["role"],
                                                               c["owner_short"]))
        return " ".join(s)

    def annual_summary(self, p, rng, c=None, report_date=None):
        c = c or self.ctx(p, rng)
        arch = p["arch"]["key"]
        if "aim" not in c:
            c["aim"] = rng.choice(AIMS[arch]).format(**c)
        rd = report_date or add_months(p["start"], rng.randint(10, 30))
        fy_date = min(rd, p["end"]) if p["end"] else rd
        c["fy"] = fy_of(add_months(fy_date, -3))
        n = max(1, int(p["n"] * rng.uniform(0.7, 1.3)))
        c["n"] = n
        s = [rng.choice([
            "In {fy} the {name} {verb_past} {n} {units}{area_in}.",
            "During {fy}, {n} {units} were supported through the {name}.",
            "The {name}, launched in {start_year}, had {verb_pp} {n} {units} by the end of {fy}.",
            "Through the {name} we {verb_past} {n} {units} in {fy}.",
            "The {name} continued to {aim} during {fy}.",
            "{owner_short}'s {name} was set up to {aim}; in {fy} it {verb_past} {n} {units}.",
        ]).format(**c)]
        if p["has_budget"] and rng.random() < 0.8:
            s.append(rng.choice(["Investment totalled {m}.", "The programme invested {m}.",
                                 "Total spend was {m}.", "{m} was invested in the year."]
                                ).format(m=rough_money(p["amount"], rng)))
        if rng.random() < 0.4:
            s.append("An evaluation found %s." % rng.choice(EVAL_FINDINGS).format(pct=rng.randint(8, 35)))
        if p["end"] and p["end"] < rd:
            s.append(rng.choice(["The programme closed in %d." % p["end"].year,
                                 "The programme has now ended."]))
        elif rng.random() < 0.5:
            s.append(rng.choice(["Work continues in %s." % fy_of(add_months(rd, 9)),
                                 "The programme will continue next year."]))
        return " ".join(s)

    # ---------------- rows ----------------
    def enum_form(self, forms, slug, rng, noisy):
        if not noisy:
            return slug if rng.random() < 0.6 else forms[slug][0 if slug in ("funding", "clinical") else 1]
        return rng.choice(forms[slug])

    def yesno(self, v, rng, noisy):
        if v == "":
            return ""
        if v == "partly":
            return "partly"
        if not noisy:
            return v
        return rng.choice(YES_FORMS if v == "yes" else NO_FORMS)

    def budget_cell(self, p, amt=None, kind=None, hi=None):
        amt = p["amount"] if amt is None else amt
        kind = kind or p["budget_kind"]
        hi = p["budget_hi"] if hi is None else hi
        if kind == "upto":
            return "up to %d" % amt
        if kind == "range" and hi > amt:
            return "%d - %d" % (amt, hi)
        return str(amt)

    def owner_ref(self, actor, rng, mode=None):
        if mode is None:
            mode = wpick(rng, [("name", 80), ("acr", 16), ("id", 4)])
        if mode == "acr" and actor["acronym"]:
            return actor["acronym"]
        if mode == "id":
            return actor["id"]
        return actor["name"]

    def announcement_date(self, p, atype, rng):
        st = p["start"]
        if atype in ("press release", "funding call", "board paper"):
            d = add_months(st, -rng.randint(0, 5))
        elif atype == "annual report":
            d = add_months(st, rng.randint(10, 30))
        elif atype == "aggregator listing":
            d = add_months(st, -rng.randint(0, 3))
        else:
            d = add_months(st, rng.randint(-2, 14))
        if d > SNAPSHOT:
            d = SNAPSHOT - datetime.timedelta(days=rng.randint(0, 200))
        return d

    def source_text(self, publisher, atype, d, rng, page=None):
        if atype == "annual report":
            return "%s Annual Report %s%s" % (publisher, fy_of(add_months(d, -3)),
                                              ", p. %d" % rng.randint(8, 140) if rng.random() < 0.5 else "")
        if atype == "aggregator listing":
            return "%s listing (retrieved %s)" % (page or rng.choice(AGGREGATORS), d.isoformat())
        label = {"press release": "press release", "funding call": "funding call page",
                 "board paper": "board paper", "news item": "news", "blog post": "blog",
                 "web page": "programme web page", "case study": "case study",
                 "newsletter": "newsletter"}.get(atype, atype)
        return "%s %s, %s" % (publisher, label, date_txt(d, 3))

    def base_row(self, p, atype, rng, noisy=None, announced=None):
        if noisy is None:
            noisy = rng.random() < 0.25
        ad = announced or self.announcement_date(p, atype, rng)
        status = status_at(p, ad)
        owner_actor = p["owner"]
        if rng.random() < 0.05:
            t = self.subteam(owner_actor, rng)
            if t:
                owner_actor = t
        desc = self.describe(p, atype, rng, ad)
        if atype == "aggregator listing":
            desc = self.aggregator_wrap(p, desc, rng, ad)
        elif noisy and rng.random() < 0.15:
            desc = typo(desc, rng, rng.randint(1, 3))
        if rng.random() < 0.04:
            desc = ""
        elif rng.random() < 0.02:
            desc = desc[:255]
        sd = p["start"]
        row = {
            "name": p["name"],
            "owner": self.owner_ref(owner_actor, rng),
            "partners": "; ".join(self.owner_ref(a, rng) for a in p["partners"]) if rng.random() < 0.8 else "",
            "description": desc,
            "activity_types": "; ".join(self.enum_form(ACTIVITY_FORMS, a, rng, noisy) for a in p["acts"]),
            "instrument_type": (rng.choice(INSTR[p["instr"]]) if p["instr"] and rng.random() < 0.75 else ""),
            "focus": self.enum_form(FOCUS_FORMS, p["focus"], rng, noisy) if rng.random() < 0.85 else "",
            "productivity_focus": self.yesno(p["prod"], rng, noisy) if rng.random() < 0.7 else "",
            "offers_funding": self.yesno(p["offers"], rng, noisy) if rng.random() < 0.92 else "",
            "evaluated": self.yesno(p["evaluated"], rng, noisy),
            "rapid_evaluation": self.yesno(p["rapid"], rng, noisy),
            "funding_recipients": "",
            "stages": "; ".join(p["stages"]) if rng.random() < 0.85 else "",
            "drivers": "; ".join(p["drivers"]) if rng.random() < 0.75 else "",
            "target_groups": "; ".join(p["groups"]) if rng.random() < 0.85 else "",
            "technology_area": p["tech"][2] if rng.random() < 0.8 else "",
            "budget": self.budget_cell(p) if p["has_budget"] else "",
            "currency": (p["currency"] if rng.random() < 0.8 or p["currency"] != "GBP" else "") if p["has_budget"] else "",
            "budget_period": p["period"] if p["has_budget"] else "",
            "start_date": date_cell(sd, p["start_prec"]),
            "end_date": date_cell(p["end"], p["end_prec"]) if p["end"] else "",
            "status": self.enum_form(STATUS_FORMS, status, rng, noisy),
            "source": self.source_text(self.short(p["owner"]), atype, ad, rng),
            "country": p["country"] if rng.random() < 0.9 else "",
            "region": p["region"],
            "announcement_type": atype,
            "announced": ad.isoformat(),
        }
        if row["offers_funding"] or rng.random() < 0.5:
            row["funding_recipients"] = self.recip_cell(p["recips"], row["offers_funding"], rng, noisy)
        return row

    def recip_cell(self, recips, offers_cell, rng, noisy):
        if norm(offers_cell) in ("no", "n", "false", "0"):
            return rng.choice(["none", "none", ""] + (["not funded", "no funding"] if noisy else []))
        if recips == "none":
            return "none"
        return self.enum_form(RECIPIENT_FORMS, recips, rng, noisy)

    def aggregator_wrap(self, p, desc, rng, ad, aggregator=None):
        agg = aggregator or rng.choice(AGGREGATORS)
        head = rng.choice([
            "Funding opportunity | {o}. ", "<p><strong>{n}</strong></p>", "Posted by {a} on {d}. ",
            "Opportunity summary: ", "[{o}] ", "<h3>{n}</h3><p>Funder: {o}</p>",
        ]).format(o=self.short(p["owner"]), n=p["name"], a=agg, d=date_txt(ad, 3))
        body = html_mangle(desc, rng) if rng.random() < 0.7 else desc
        if rng.random() < 0.3 and len(body) > 300:
            body = body[:rng.randint(180, 300)].rstrip() + "... Read more \u00bb"
        tail = rng.choice([
            " Closing date: {dl}. For full details visit the funder's website.",
            " This summary has been prepared by {a} from publicly available information and may not be up to date.",
            " Share this: Twitter | LinkedIn | Email",
            " Tags: {tags}",
            " <a href=\"#apply\">Apply now</a> | <a href=\"#save\">Save to my list</a>",
            "\nSource: {o} website\nLast updated: {d}",
        ]).format(dl=date_txt(add_months(ad, rng.randint(1, 3)), 3), a=agg,
                  tags=", ".join([p["tech"][1], p["cond"][1], "NHS", "funding"][:rng.randint(2, 4)]),
                  o=self.short(p["owner"]), d=ad.isoformat())
        return head + body + tail

    def add_row(self, row, p):
        row["_pid"] = p["pid"]
        self.rows.append(row)
        return row

    # ---------------- copies (planted duplicates) ----------------
    def pick_atype(self, rng):
        return wpick(rng, [("press release", 30), ("funding call", 12), ("news item", 16),
                           ("web page", 10), ("annual report", 10), ("board paper", 5),
                           ("blog post", 5), ("case study", 3), ("newsletter", 4),
                           ("aggregator listing", 5)])

    def keep(self, rng, v, prob):
        return v if rng.random() < prob else ""

    def subset_list_cell(self, cell, rng, keep_prob=0.7):
        if not cell:
            return ""
        items = [x.strip() for x in cell.split(";") if x.strip()]
        kept = [x for x in items if rng.random() < keep_prob] or items[:1]
        return "; ".join(kept)

    def fix_funding(self, row, rng):
        if norm(row["offers_funding"]) in ("no", "n", "false", "0"):
            if row["funding_recipients"] and norm(row["funding_recipients"]) not in \
                    ("none", "no funding", "neither", "not funded"):
                row["funding_recipients"] = rng.choice(["none", ""])

    def make_copy(self, kind, orig, p, rng):
        r = dict(orig)
        r.pop("_pid", None)
        od = datetime.date.fromisoformat(orig["announced"])
        if kind == "annual_report_summary":
            rd = add_months(p["start"], rng.randint(8, 30))
            if orig["announcement_type"] == "annual report":   # a later year's report
                rd = add_months(od, 12)
            if rd > SNAPSHOT:
                rd = SNAPSHOT - datetime.timedelta(days=rng.randint(0, 60))
            if rd == od:
                rd = od + datetime.timedelta(days=rng.randint(1, 60))
            r["description"] = self.annual_summary(p, rng, report_date=rd)
            if rng.random() < 0.3:
                r["name"] = rng.choice(["The %s" % p["core"], p["core"], p["name"] + " programme"])
            r["partners"] = self.keep(rng, r["partners"], 0.4)
            if r["activity_types"] and rng.random() < 0.4:
                r["activity_types"] = r["activity_types"].split(";")[0].strip()
            r["instrument_type"] = self.keep(rng, r["instrument_type"], 0.5)
            r["focus"] = self.keep(rng, r["focus"], 0.7)
            r["productivity_focus"] = self.keep(rng, r["productivity_focus"], 0.5)
            r["offers_funding"] = self.keep(rng, r["offers_funding"], 0.8)
            r["funding_recipients"] = self.keep(rng, r["funding_recipients"], 0.6)
            if rng.random() < 0.4:
                r["evaluated"] = "yes"
            r["stages"] = rng.choice(["", self.subset_list_cell(r["stages"], rng), r["stages"]])
            r["drivers"] = self.keep(rng, r["drivers"], 0.5)
            r["target_groups"] = self.subset_list_cell(r["target_groups"], rng)
            r["technology_area"] = self.keep(rng, r["technology_area"], 0.6)
            if p["has_budget"] and rng.random() < 0.75:
                r["budget"] = str(round_figure(p["amount"]))
                r["budget_period"] = rng.choice(["total", "", r["budget_period"]])
            else:
                r["budget"] = r["budget_period"] = ""
            r["currency"] = r["currency"] if r["budget"] and r["currency"] != "GBP" else \
                ("GBP" if r["budget"] and rng.random() < 0.5 else "")
            r["start_date"] = str(p["start"].year)
            r["end_date"] = str(p["end"].year) if p["end"] and rng.random() < 0.6 else ""
            r["status"] = self.enum_form(STATUS_FORMS, status_at(p, rd), rng, True)
            r["source"] = self.source_text(self.short(p["owner"]), "annual report", rd, rng)
            r["announcement_type"] = "annual report"
            r["announced"] = rd.isoformat()
        elif kind == "partner_news_renamed":
            partner = p["partners"][0] if p["partners"] and rng.random() < 0.8 else \
                (self.pick_partners(p["owner"], rng, 1) or [p["owner"]])[0]
            acr = p["acronym"] or self.acronym_of(p["name"])
            choice = rng.random()
            if acr and choice < 0.35:
                alt = acr
                alt_txt = acr
            elif choice < 0.8:
                alt = rng.choice([
                    "%s %s" % (self.short(p["owner"]), p["core"]),
                    p["core"].lower().capitalize(),
                    "%s programme" % p["core"],
                    "%s's %s programme" % (self.short(p["owner"]), p["tech"][1]),
                    "National %s" % p["core"] if p["level"] == "national" else "%s %s" % (p["area"], p["core"]),
                ])
                alt_txt = "the " + alt
            else:
                words = p["name"].split()
                alt = " ".join(w.lower() if i else w for i, w in enumerate(words))
                alt_txt = "the " + alt
            r["name"] = alt
            c = self.ctx(p, rng)
            c.update(partner=partner["name"], partner_short=self.short(partner), alt=alt_txt,
                     aim=rng.choice(AIMS[p["arch"]["key"]]).format(**c))
            s = [rng.choice([
                "{partner} is delighted to be part of {alt}, a programme led by {owner} to {aim}.",
                "We are working with {owner} on {alt}, which will {aim}.",
                "{partner} has joined {alt} as a delivery partner.",
                "Our team at {partner_short} will support local organisations taking part in {alt}.",
                "Local patients will benefit from {alt}, which we are delivering with {owner_short}.",
                "Good news for {area}: {partner_short} is one of the partners in {alt}.",
            ]).format(**c)]
            if p["has_budget"] and rng.random() < 0.5:
                s.append("Nationally the programme is worth %s." % money_txt(p["amount"], rng)
                         if p["level"] == "national" else
                         "The programme is backed by %s." % money_txt(p["amount"], rng))
            s.append(rng.choice(["For more information contact the %s innovation team." % c["partner_short"],
                                 "We will share updates on our website.",
                                 "Find out more on the %s website." % c["owner_short"],
                                 "It is open to %s." % rng.choice(WHO[p["arch"]["key"]]).format(**c)]))
            r["description"] = " ".join(s)
            mode = rng.random()
            if mode < 0.6:
                r["owner"] = self.owner_ref(p["owner"], rng, rng.choice(["name", "acr"]))
                r["partners"] = self.owner_ref(partner, rng) if partner is not p["owner"] else ""
            elif mode < 0.85 and partner is not p["owner"]:
                r["owner"] = self.owner_ref(partner, rng)
                r["partners"] = self.owner_ref(p["owner"], rng)
            else:
                r["owner"] = self.owner_ref(partner, rng)
                r["partners"] = ""
            r["activity_types"] = self.subset_list_cell(r["activity_types"], rng, 0.7)
            r["instrument_type"] = self.keep(rng, r["instrument_type"], 0.4)
            r["focus"] = self.keep(rng, r["focus"], 0.6)
            r["productivity_focus"] = self.keep(rng, r["productivity_focus"], 0.4)
            r["offers_funding"] = self.keep(rng, r["offers_funding"], 0.6)
            r["funding_recipients"] = self.keep(rng, r["funding_recipients"], 0.4)
            r["evaluated"] = self.keep(rng, r["evaluated"], 0.3)
            r["rapid_evaluation"] = self.keep(rng, r["rapid_evaluation"], 0.3)
            r["stages"] = self.keep(rng, self.subset_list_cell(r["stages"], rng), 0.5)
            r["drivers"] = self.keep(rng, r["drivers"], 0.4)
            r["target_groups"] = self.subset_list_cell(r["target_groups"], rng, 0.6)
            r["technology_area"] = self.keep(rng, r["technology_area"], 0.5)
            if not (p["has_budget"] and rng.random() < 0.5):
                r["budget"] = r["currency"] = r["budget_period"] = ""
            if rng.random() < 0.3:
                r["start_date"] = ""
            elif r["start_date"] and rng.random() < 0.5:
                r["start_date"] = date_cell(p["start"], min(2, p["start_prec"]))
            if rng.random() < 0.6:
                r["end_date"] = ""
            nd = add_months(od, rng.randint(0, 8))
            nd = min(nd, SNAPSHOT)
            r["status"] = self.enum_form(STATUS_FORMS, status_at(p, nd), rng, True)
            atype = rng.choice(["news item", "blog post", "newsletter"])
            r["source"] = self.source_text(self.short(partner), atype, nd, rng)
            r["announcement_type"] = atype
            r["announced"] = nd.isoformat()
            if partner["level"] != "national" and rng.random() < 0.5:
                r["region"] = partner["area"]
            elif rng.random() < 0.4:
                r["region"] = ""
            r["country"] = self.keep(rng, r["country"], 0.6)
        elif kind == "re_announcement_new_budget":
            nd = add_months(p["start"], rng.randint(6, 24))
            if nd > SNAPSHOT:
                nd = SNAPSHOT - datetime.timedelta(days=rng.randint(0, 90))
            if nd == od:
                nd = od + datetime.timedelta(days=rng.randint(1, 60))
            base = p["amount"]
            delta = round_figure(int(base * rng.uniform(0.2, 1.5))) or base
            new_total = base + delta
            if rng.random() < 0.2:
                r["name"] = rng.choice([p["name"].upper() if len(p["name"]) < 40 else p["name"],
                                        p["name"].replace(" and ", " & "),
                                        p["name"] + " (extended)"])
            new_end = None
            if p["end"]:
                new_end = datetime.date(p["end"].year + rng.randint(1, 2), p["end"].month, p["end"].day)
            c = self.ctx(p, rng)
            c.update(delta=money_txt(delta, rng), total=money_txt(new_total, rng),
                     reason=rng.choice(REASONS), new_end=date_txt(new_end, 2) if new_end else "",
                     aim=rng.choice(AIMS[p["arch"]["key"]]).format(**c))
            s = [rng.choice([
                "{owner} has confirmed a further {delta} for the {name}, bringing total investment to {total}.",
                "Additional funding of {delta} will allow the {name} to {aim}{area_in}.",
                "{owner} has announced that the {name} will continue, with a budget of {total}.",
                "The {name} is to receive an extra {delta} following {reason}.",
                "Funding for the {name} has been increased to {total}.",
            ]).format(**c)]
            if new_end and rng.random() < 0.7:
                s.append("The programme has been extended until {new_end}.".format(**c))
            if rng.random() < 0.6:
                s.append(rng.choice(["Since its launch in {start_txt}, the programme has {verb_pp} {n} {units}.",
                                     "The decision follows {reason}.",
                                     "It was originally launched in {start_txt} to {aim}."]).format(**c))
            if rng.random() < 0.4:
                s.append("\u201c%s,\u201d said %s." % (rng.choice(QUOTES).format(**c), c["person"]))
            r["description"] = " ".join(s)
            r["budget"] = str(new_total) if rng.random() < 0.8 else "up to %d" % new_total
            r["budget_period"] = rng.choice(["total", "", r["budget_period"]])
            r["currency"] = p["currency"] if (rng.random() < 0.7 or p["currency"] != "GBP") else ""
            if new_end and rng.random() < 0.8:
                r["end_date"] = date_cell(new_end, p["end_prec"])
            if rng.random() < 0.3:
                r["start_date"] = ""
            r["status"] = self.enum_form(STATUS_FORMS, "active" if not new_end or new_end > nd else "concluded", rng, True)
            r["offers_funding"] = r["offers_funding"] or self.yesno(p["offers"], rng, False)
            if rng.random() < 0.3:
                r["drivers"] = ""
            if rng.random() < 0.2:
                r["activity_types"] = "; ".join(self.enum_form(ACTIVITY_FORMS, a, rng, True) for a in p["acts"])
            r["source"] = self.source_text(self.short(p["owner"]), "press release", nd, rng)
            r["announcement_type"] = "press release"
            r["announced"] = nd.isoformat()
        elif kind == "aggregator_copy":
            agg = rng.choice(AGGREGATORS)
            nd = od + datetime.timedelta(days=rng.randint(0, 45))
            nd = min(nd, SNAPSHOT)
            plain = self.describe(p, "funding call" if p["offers"] != "no" else "web page", rng) \
                if orig["announcement_type"] in ("aggregator listing", "annual report", "board paper") \
                or not orig["description"] else orig["description"]
            r["description"] = self.aggregator_wrap(p, plain, rng, nd, agg)
            r["name"] = rng.choice([
                "Funding call: %s" % p["name"], "%s \u2013 %s" % (p["name"], self.short(p["owner"])),
                "[OPEN] %s" % p["name"], "%s (closing %s)" % (p["name"], date_txt(add_months(nd, 2), 2)),
                "%s | %s" % (p["name"], agg), p["name"]])
            r["owner"] = self.owner_ref(p["owner"], rng, rng.choice(["name", "acr", "acr"]))
            r["partners"] = ""
            if rng.random() < 0.6:
                r["activity_types"] = r["activity_types"].split(";")[0].strip()
            elif rng.random() < 0.5:
                r["activity_types"] = ""
            r["instrument_type"] = self.keep(rng, r["instrument_type"], 0.3)
            r["focus"] = self.keep(rng, r["focus"], 0.5)
            r["productivity_focus"] = ""
            r["offers_funding"] = self.keep(rng, r["offers_funding"], 0.7)
            r["funding_recipients"] = self.keep(rng, r["funding_recipients"], 0.5)
            r["evaluated"] = r["rapid_evaluation"] = ""
            r["stages"] = self.keep(rng, r["stages"], 0.2)
            r["drivers"] = self.keep(rng, r["drivers"], 0.1)
            r["target_groups"] = self.keep(rng, self.subset_list_cell(r["target_groups"], rng), 0.4)
            r["technology_area"] = self.keep(rng, r["technology_area"], 0.5)
            if p["has_budget"] and rng.random() < 0.6:
                if rng.random() < 0.3 and p["arch"]["key"] in ("competition", "adoption", "procurement"):
                    # aggregator quotes the per-project maximum as the budget
                    r["budget"] = "up to %d" % p["pp_amt"]
                else:
                    r["budget"] = self.budget_cell(p)
            else:
                r["budget"] = r["budget_period"] = r["currency"] = ""
            r["start_date"] = self.keep(rng, r["start_date"], 0.5)
            r["end_date"] = self.keep(rng, r["end_date"], 0.3)
            r["status"] = rng.choice(["open", "closed", "live", r["status"]])
            r["source"] = self.source_text(agg, "aggregator listing", nd, rng, page=agg)
            r["announcement_type"] = "aggregator listing"
            r["announced"] = nd.isoformat()
            r["region"] = self.keep(rng, r["region"], 0.5)
            r["country"] = self.keep(rng, r["country"], 0.5)
        elif kind == "description_cut_or_missing":
            d = orig["description"] or self.describe(p, orig["announcement_type"], rng)
            m = rng.random()
            if m < 0.3:
                r["description"] = ""
            elif m < 0.6:
                r["description"] = d[:255]
            elif m < 0.8:
                cut = rng.randint(min(60, len(d)), max(min(60, len(d)), min(len(d), 200)))
                r["description"] = d[:cut].rstrip() + rng.choice(["\u2026", "...", " [\u2026]", ""])
            else:
                r["description"] = d.split(". ")[0].rstrip(".") + "."
            if rng.random() < 0.1 and len(r["name"]) > 40:
                r["name"] = r["name"][:40]
            for col in rng.sample(["partners", "instrument_type", "drivers", "technology_area",
                                   "budget_period", "end_date", "evaluated", "target_groups"], 2):
                r[col] = ""
            nd = od + datetime.timedelta(days=rng.randint(0, 120))
            nd = min(nd, SNAPSHOT)
            atype = rng.choice(["web page", "newsletter", orig["announcement_type"]])
            r["source"] = self.source_text(self.short(p["owner"]), atype, nd, rng) \
                if rng.random() < 0.7 else "spreadsheet supplied by %s" % self.short(p["owner"])
            r["announcement_type"] = atype
            r["announced"] = nd.isoformat()
        elif kind == "owner_abbreviation_or_subteam":
            t = self.subteam(p["owner"], rng) if rng.random() < 0.5 else None
            if t is None and not p["owner"]["acronym"]:
                t = self.subteam(p["owner"], rng)
            if t is not None:
                r["owner"] = t["name"]
            elif p["owner"]["acronym"]:
                r["owner"] = p["owner"]["acronym"]
            else:
                r["owner"] = p["owner"]["id"]
            d = orig["description"] or self.describe(p, "web page", rng)
            sents = d.split(". ")
            if len(sents) > 3:
                drop = rng.randrange(1, len(sents) - 1)
                sents = sents[:drop] + sents[drop + 1:]
            if len(sents) > 3 and rng.random() < 0.5:
                i = rng.randrange(1, len(sents) - 2)
                sents[i], sents[i + 1] = sents[i + 1], sents[i]
            d = ". ".join(sents)
            if rng.random() < 0.5:
                d = typo(d, rng, 1)
            r["description"] = d
            for col in ("activity_types", "focus", "status"):
                if r[col] and rng.random() < 0.5:
                    forms = {"activity_types": ACTIVITY_FORMS, "focus": FOCUS_FORMS,
                             "status": STATUS_FORMS}[col]
                    vals = []
                    for v in r[col].split(";"):
                        slug = slug_of(forms, v)
                        vals.append(rng.choice(forms[slug]) if slug else v.strip())
                    r[col] = "; ".join(vals)
            nd = od + datetime.timedelta(days=rng.randint(0, 200))
            nd = min(nd, SNAPSHOT)
            atype = rng.choice(["web page", "board paper", "newsletter", "case study"])
            r["source"] = self.source_text(r["owner"], atype, nd, rng)
            r["announcement_type"] = atype
            r["announced"] = nd.isoformat()
        elif kind == "rekeyed_typos":
            r["name"] = typo(r["name"], rng, rng.randint(1, 2)) if rng.random() < 0.8 else r["name"].lower()
            if " and " in r["name"] and rng.random() < 0.5:
                r["name"] = r["name"].replace(" and ", " & ")
            d = orig["description"] or self.describe(p, orig["announcement_type"], rng)
            d = typo(d, rng, rng.randint(2, 6))
            if rng.random() < 0.4:
                d = americanise(d)
            if rng.random() < 0.3:
                d = d.replace("\u201c", "\"").replace("\u201d", "\"").replace("\u2013", "-")
            r["description"] = d
            for col, forms in (("activity_types", ACTIVITY_FORMS), ("focus", FOCUS_FORMS),
                               ("status", STATUS_FORMS), ("funding_recipients", RECIPIENT_FORMS)):
                if r[col]:
                    vals = []
                    for v in r[col].split(";"):
                        slug = slug_of(forms, v)
                        vals.append(rng.choice(forms[slug]) if slug else v.strip())
                    r[col] = ";".join(vals)
            for col in ("productivity_focus", "offers_funding", "evaluated", "rapid_evaluation"):
                v = norm(r[col])
                if v in ("yes", "y", "true", "1"):
                    r[col] = rng.choice(YES_FORMS)
                elif v in ("no", "n", "false", "0"):
                    r[col] = rng.choice(NO_FORMS)
            if r["start_date"] and rng.random() < 0.4:
                r["start_date"] = date_cell(p["start"], rng.choice([1, 2, 3]))
            if r["end_date"] and rng.random() < 0.3:
                r["end_date"] = date_cell(p["end"], 1)
            r["partners"] = self.keep(rng, r["partners"], 0.7)
            r["drivers"] = self.keep(rng, r["drivers"], 0.7)
        self.fix_funding(r, rng)
        for k in r:
            if isinstance(r[k], str):
                r[k] = safe_cell(r[k]) if k != "description" else safe_cell(r[k])
        return r

    # ---------------- hard-negative relatives ----------------
    def relative(self, base, kind, rng, k=2):
        """A different programme that looks like base."""
        arch = base["arch"]
        owner = base["owner"]
        if kind == "next_round" or kind == "follow_on_phase":
            gap = base["end"] if base["end"] else datetime.date(base["start"].year + base["years"], 6, 1)
            sy = gap.year + (0 if gap.month < 9 else 1)
            if sy > 2026:
                sy = 2026
            if sy <= base["start"].year:
                sy = base["start"].year + 1
            if kind == "next_round":
                labels = base.get("labels") or rng.choice([("Round %d", "round %d"), ("Wave %d", "wave %d"),
                                                           ("Cohort %d", "cohort %d"), ("Phase %d", "phase %d")])
                if not base["round_label"]:
                    base_k = rng.choice([0, 1, 1, 2, 3])
                    if base_k:
                        base["round_label"] = labels[1] % base_k
                        base["name"] = "%s \u2013 %s" % (base["name"], labels[0] % base_k) \
                            if rng.random() < 0.5 else "%s %s" % (base["name"], labels[0] % base_k)
                    kk = (base_k or 1) + 1
                else:
                    kk = int(re.sub(r"[^0-9]", "", base["round_label"]) or "1") + 1
                name = re.sub(r"(Round|Wave|Cohort|Phase) \d+$", "", base["name"]).rstrip(" \u2013")
                name = "%s \u2013 %s" % (name, labels[0] % kk) if rng.random() < 0.5 \
                    else "%s %s" % (name, labels[0] % kk)
                q = self.fill_programme(arch, owner, base["tech"], base["cond"], name, base["core"], rng, sy)
                q["round_label"] = labels[1] % kk
                q["labels"] = labels
                self.names_used.add(norm(base["name"]))
                q["tseed"] = base["tseed"]
                q["partners"] = list(base["partners"]) if rng.random() < 0.7 else q["partners"]
                q["acronym"] = base["acronym"]
                q["acts"], q["offers"], q["recips"], q["instr"] = base["acts"], base["offers"], base["recips"], base["instr"]
                q["stages"], q["drivers"], q["groups"], q["focus"] = base["stages"], base["drivers"], base["groups"], base["focus"]
            else:
                tgt = A["adoption"] if arch["key"] in ("competition", "testbed", "accelerator", "evaluation") else arch
                suffix = rng.choice(["Phase 2: Scale and Spread", "Phase 2", "Scale-up Phase",
                                     "II", "Implementation Phase", "Legacy Programme"])
                name = "%s %s" % (base["name"], suffix) if not suffix.startswith("Phase") or rng.random() < 0.5 \
                    else "%s: %s" % (base["name"], suffix)
                q = self.fill_programme(tgt, owner, base["tech"], base["cond"], name, base["core"], rng, sy)
                q["tseed"] = base["tseed"] if rng.random() < 0.5 else q["tseed"]
                q["stages"] = [ST_ADOPT, ST_SPREAD, ST_SCALE] if rng.random() < 0.7 else [ST_SCALE, ST_EVAL]
                q["extra_sentence"] = rng.choice([
                    "It builds on the first phase of the programme, which ended in %d." % (base["end"].year if base["end"] else sy),
                    "The second phase will focus on spreading what worked in the first phase.",
                    "Following the first phase, the focus now moves from testing to wider adoption.",
                ])
        elif kind == "regional_variant":
            cands = [a for a in self.by_cat.get(owner["cat"], []) if a is not owner and a["area"] != owner["area"]]
            if not cands or owner["level"] == "national":
                cands = [a for a in self.by_cat["icb"] + self.by_cat["ahsn"] if a["area"] != owner["area"]]
            o2 = rng.choice(cands)
            name = base["name"].replace(owner["area"], o2["area"]) if owner["area"] and owner["area"] in base["name"] \
                else "%s %s" % (o2["area"], base["core"])
            if norm(name) in self.names_used:
                name = "%s %s" % (o2["area"], base["core"])
            if norm(name) in self.names_used:
                name = "%s (%s)" % (base["core"], o2["area"])
            q = self.fill_programme(arch, o2, base["tech"], base["cond"], name, base["core"], rng,
                                    max(base["start"].year, o2["y0"]))
            q["tseed"] = base["tseed"]
            q["acts"], q["offers"], q["recips"], q["instr"] = base["acts"], base["offers"], base["recips"], base["instr"]
            q["stages"], q["drivers"], q["groups"], q["focus"] = base["stages"], base["drivers"], base["groups"], base["focus"]
        elif kind == "sister_condition":
            pool = SERVICE_AREAS if base["tech"][3] == "non-clinical" else CONDS
            c2 = rng.choice([c for c in pool if c is not base["cond"]])
            if base["cond"][0] in base["name"]:
                name = base["name"].replace(base["cond"][0], c2[0])
            else:
                name = "%s: %s" % (base["name"], c2[0])
            q = self.fill_programme(arch, owner, base["tech"], c2, name, base["core"].replace(base["cond"][0], c2[0]),
                                    rng, base["start"].year + rng.choice([0, 0, 1]))
            q["tseed"] = base["tseed"]
            q["acts"], q["offers"], q["recips"], q["instr"] = base["acts"], base["offers"], base["recips"], base["instr"]
            q["stages"], q["drivers"], q["focus"] = base["stages"], base["drivers"], base["focus"]
            q["partners"] = list(base["partners"])
        elif kind == "national_vs_local_pilot":
            lo = rng.choice(self.by_cat["trust"] + self.by_cat["icb"] + self.by_cat["council"] + self.by_cat["ccg"])
            sy = max(base["start"].year, lo["y0"])
            sy = min(max(sy, lo["y0"]), lo["y1"])
            name = rng.choice(["%s %s Pilot" % (lo["area"], base["core"]),
                               "%s Local %s" % (lo["area"], base["core"]),
                               "%s pilot: %s" % (lo["area"], base["core"])])
            q = self.fill_programme(A[rng.choice(["testbed", "adoption", arch["key"]])], lo, base["tech"],
                                    base["cond"], name, base["core"], rng, sy)
            q["tseed"] = base["tseed"]
            q["extra_sentence"] = rng.choice([
                "Inspired by the national %s, the pilot tests the approach locally." % base["name"],
                "The pilot builds on learning from the national %s." % base["name"],
                "It follows the model of the %s run by %s." % (base["name"], self.short(owner)),
            ])
        elif kind == "shared_boilerplate":
            # a further call in the same funder's series, different challenge
            t2 = rng.choice(TECHS) if rng.random() < 0.5 else base["tech"]
            pool = SERVICE_AREAS if t2[3] == "non-clinical" else CONDS
            c2 = rng.choice([c for c in pool if c is not base["cond"]])
            series = base["series"]
            kk = base["call_no"] + k - 1
            name = "%s Competition %d: %s" % (series, kk, c2[0]) if rng.random() < 0.5 \
                else "%s Call %d \u2013 %s in %s" % (series, kk, t2[0], c2[0])
            q = self.fill_programme(arch, owner, t2, c2, name, name, rng,
                                    min(2026, base["start"].year + rng.choice([0, 1])))
            q["boilerplate"] = base["boilerplate"]
            q["series"], q["call_no"] = series, kk
        else:
            raise ValueError(kind)
        self.names_used.add(norm(q["name"]))
        return q

    def make_series_base(self, rng):
        """Base programme for the shared-boilerplate kind: a numbered call in a funder series."""
        owner = rng.choice(self.by_cat["funder"] + self.by_cat["ahsn"] + self.by_cat["charity"][:8])
        p = self.new_programme(rng, "competition", owner=owner)
        series = rng.choice(["%s Innovation" % self.short(owner), "%s Challenge" % self.short(owner),
                             "%s Small Business Research" % self.short(owner)])
        p["series"] = series
        p["call_no"] = rng.randint(1, 25)
        p["name"] = "%s Competition %d: %s" % (series, p["call_no"], p["cond"][0])
        self.names_used.add(norm(p["name"]))
        p["boilerplate"] = rng.choice([
            "%s funds innovative companies to develop solutions to challenges identified by the NHS. "
            "Competitions are open to single companies or consortia, and projects are fully funded in two phases." % series,
            "The %s programme is a competition-based scheme that brings together industry, clinicians and "
            "patients to meet unmet needs. Each call is themed around a specific challenge." % series,
            "Through %s, %s invites organisations of any size to propose solutions to priority health "
            "challenges. Successful projects are awarded contracts rather than grants." % (series, owner["name"]),
        ])
        return p

    # ---------------- orchestration ----------------
    def run(self):
        rng = self.rng
        n = self.n
        dup_rows_target = int(round(n * self.dup_rate))
        neg_rows_target = int(round(n * self.neg_rate))
        # 1. hard-negative families
        fams = []   # list of (members[list of progs], pairs[(i,j,kind)])
        neg_rows = 0
        neg_kinds = [("next_round", 24), ("follow_on_phase", 14), ("regional_variant", 18),
                     ("sister_condition", 18), ("national_vs_local_pilot", 12), ("shared_boilerplate", 14)]
        while neg_rows + 2 <= neg_rows_target:
            kind = wpick(rng, neg_kinds)
            size = 3 if (rng.random() < 0.25 and neg_rows + 3 <= neg_rows_target) else 2
            if kind == "shared_boilerplate":
                base = self.make_series_base(rng)
            elif kind == "national_vs_local_pilot":
                base = self.new_programme(rng, rng.choice(["adoption", "testbed", "competition", "productivity"]),
                                          owner=rng.choice([a for a in self.by_cat["alb"] + self.by_cat["netnat"]
                                                            if a["y1"] >= 2016 and a["id"] != "ORG-HEE"]))
            elif kind == "regional_variant":
                own = rng.choice(self.by_cat["icb"] + self.by_cat["ahsn"] + self.by_cat["council"])
                base = self.new_programme(rng, rng.choice(["adoption", "testbed", "accelerator", "training",
                                                           "network", "productivity", "procurement"]), owner=own)
            else:
                base = self.new_programme(rng)
            members = [base]
            pairs = []
            for k in range(2, size + 1):
                q = self.relative(base if kind != "next_round" else members[-1], kind, rng, k)
                members.append(q)
                if kind == "next_round":
                    pairs.append((len(members) - 2, len(members) - 1, kind))
                    if len(members) == 3:
                        pairs.append((0, 2, kind))
                else:
                    for j in range(len(members) - 1):
                        pairs.append((j, len(members) - 1, kind))
            fams.append((members, pairs))
            neg_rows += size
        # 2. duplicate groups
        groups = []
        dup_rows = 0
        copy_kinds = [("annual_report_summary", 18), ("partner_news_renamed", 16),
                      ("re_announcement_new_budget", 13), ("aggregator_copy", 16),
                      ("description_cut_or_missing", 12), ("owner_abbreviation_or_subteam", 12),
                      ("rekeyed_typos", 13)]
        while dup_rows + 2 <= dup_rows_target:
            size = 3 if (rng.random() < 0.1 and dup_rows + 3 <= dup_rows_target) else 2
            groups.append(size)
            dup_rows += size
        # which groups reuse a member of a negative family as the duplicated programme
        fam_member_refs = [(fi, mi) for fi, (m, _) in enumerate(fams) for mi in range(len(m))]
        rng.shuffle(fam_member_refs)
        # 3. ordinary rows: the rest.  A group built on a family member reuses that member's
        #    row as its original, so it adds one row fewer than its size.
        n_ordinary = n - neg_rows - dup_rows
        group_specs = []
        for size in groups:
            if fam_member_refs and rng.random() < 0.15:
                fi, mi = fam_member_refs.pop()
                group_specs.append((size, ("fam", fi, mi)))
                n_ordinary += 1
            else:
                group_specs.append((size, ("new",)))
        # emit family rows
        fam_rows = []
        for members, pairs in fams:
            atype0 = self.pick_atype(rng)
            rows = []
            for q in members:
                at = atype0 if rng.random() < 0.6 else self.pick_atype(rng)
                rows.append(self.add_row(self.base_row(q, at, rng), q))
            fam_rows.append(rows)
            for i, j, kind in pairs:
                self.negatives.append((rows[i], rows[j], kind))
        # emit duplicate groups
        for size, spec in group_specs:
            if spec[0] == "fam":
                _, fi, mi = spec
                p = fams[fi][0][mi]
                orig = fam_rows[fi][mi]
                ncopies = size - 1
            else:
                p = self.new_programme(rng)
                orig = self.add_row(self.base_row(p, self.pick_atype(rng), rng), p)
                ncopies = size - 1
            members = [(orig, None)]
            used = []
            for _ in range(ncopies):
                kind = wpick(rng, [(k, w) for k, w in copy_kinds if k not in used] or copy_kinds)
                used.append(kind)
                src = orig
                cp = self.add_row(self.make_copy(kind, src, p, rng), p)
                members.append((cp, kind))
                self.planted.append((orig, cp, kind))
                if spec[0] == "fam":
                    for a, b, nk in list(self.negatives):
                        if a is orig:
                            self.negatives.append((cp, b, nk))
                        elif b is orig:
                            self.negatives.append((a, cp, nk))
            if len(members) == 3:
                self.planted.append((members[1][0], members[2][0], "copy_of_copy"))
        # ordinary rows fill the rest
        for _ in range(max(0, n_ordinary)):
            p = self.new_programme(rng)
            self.add_row(self.base_row(p, self.pick_atype(rng), rng), p)
        # trim or pad to exactly n rows (never dropping rows in pairs)
        in_pairs = set(id(r) for a, b, _ in self.planted + self.negatives for r in (a, b))
        while len(self.rows) > n:
            for i in range(len(self.rows) - 1, -1, -1):
                if id(self.rows[i]) not in in_pairs:
                    del self.rows[i]
                    break
            else:
                break
        while len(self.rows) < n:
            p = self.new_programme(rng)
            self.add_row(self.base_row(p, self.pick_atype(rng), rng), p)
        # shuffle, assign ids
        rng.shuffle(self.rows)
        for i, r in enumerate(self.rows, 1):
            r["id"] = "INV-%06d" % i
        for r in self.rows:
            for k in INITIATIVE_COLUMNS:
                if k != "id":
                    r[k] = safe_cell(r.get(k, "") or "")
        self.final_checks()

    def final_checks(self):
        for r in self.rows:
            self.fix_funding(r, self.rng)

    # ---------------- output ----------------
    def write(self, out):
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "initiatives.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(INITIATIVE_COLUMNS)
            for r in self.rows:
                w.writerow([r[c] for c in INITIATIVE_COLUMNS])
        with open(os.path.join(out, "actors.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(ACTOR_COLUMNS)
            for a in self.actors:
                w.writerow([a["id"], a["name"], a["acronym"], a["kind"], a["level"], a["member_of"],
                            a["description"], "compiled by analysts from organisation websites"])
        seen = set()
        with open(os.path.join(out, "planted_pairs.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id_a", "id_b", "kind"])
            for a, b, k in self.planted:
                key = tuple(sorted((a["id"], b["id"])))
                if key in seen:
                    continue
                seen.add(key)
                w.writerow([a["id"], b["id"], k])
        planted_keys = set(seen)
        seen = set()
        with open(os.path.join(out, "hard_negatives.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id_a", "id_b", "kind"])
            for a, b, k in self.negatives:
                key = tuple(sorted((a["id"], b["id"])))
                if key in seen or key in planted_keys:
                    continue
                seen.add(key)
                w.writerow([a["id"], b["id"], k])
        return len(planted_keys), len(seen)


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFF
    return h


_SLUG_CACHE = {}


def slug_of(forms, value):
    key = (id(forms), norm(value))
    if key in _SLUG_CACHE:
        return _SLUG_CACHE[key]
    nv = norm(value)
    res = None
    for slug, fs in forms.items():
        if nv == norm(slug) or any(nv == norm(f) for f in fs):
            res = slug
            break
    _SLUG_CACHE[key] = res
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, required=True, help="number of initiative rows (1,000-100,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--dup-rate", type=float, default=0.02,
                    help="share of rows that take part in a planted duplicate pair (default 0.02)")
    ap.add_argument("--neg-rate", type=float, default=0.03,
                    help="share of rows that belong to hard-negative families (default 0.03)")
    args = ap.parse_args(argv)
    if args.rows < 10:
        ap.error("--rows must be at least 10")
    t0 = time.time()
    g = Generator(args.rows, args.seed, args.dup_rate, args.neg_rate)
    g.run()
    n_pl, n_neg = g.write(args.out)
    rows_in_pairs = len(set(r["id"] for a, b, _ in g.planted for r in (a, b)))
    kinds = {}
    for _, _, k in g.planted:
        kinds[k] = kinds.get(k, 0) + 1
    nkinds = {}
    for _, _, k in g.negatives:
        nkinds[k] = nkinds.get(k, 0) + 1
    print("rows: %d  actors: %d  planted pairs: %d (rows in pairs: %d = %.2f%%)  hard negatives: %d  time: %.1fs"
          % (len(g.rows), len(g.actors), n_pl, rows_in_pairs, 100.0 * rows_in_pairs / len(g.rows),
             n_neg, time.time() - t0))
    print("planted kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("negative kinds: " + ", ".join("%s=%d" % kv for kv in sorted(nkinds.items())))


if __name__ == "__main__":
    main()
