#!/usr/bin/env python3
"""Held-out register generator for Innoscape (standard library only).

Writes an initiatives register, an actors register and the list of planted
duplicate pairs, in the way an analyst filling a spreadsheet by hand would:
enumerations in human words, stage/driver/group names spelt loosely, owners
written as names, acronyms or near-names, home-made ids, typos, gaps.

    generate_registers.py --rows N --seed S --dup-rate 0.02 --out DIR
        [--sep comma|semicolon|tab] [--bom] [--typo-rate 0.01]
        [--no-synonyms] [--truth DIR2]

DIR/initiatives.csv, DIR/actors.csv, DIR/planted_pairs.csv (id_a,id_b,kind).
--truth DIR2 additionally writes the intended canonical values of every row
(expected_initiatives.csv, expected_actors.csv) to a separate folder, so that
an importer can be checked cell by cell.  Keep DIR2 out of DIR: its files
have register-like headers.
See README.md next to this file for the recipe.
"""

import argparse
import csv
import os
import random
import re
import sys
import time

# ---------------------------------------------------------------------------
# Enumerations: canonical slug -> spellings an analyst might type.
# "SPELL" lists only change case / separators / "and" vs "&" vs "/".
# "SYN" lists are synonyms supported by the source documents; they are used
# unless --no-synonyms is given.
# ---------------------------------------------------------------------------

ACTIVITY_SPELL = {
    "funding": ["Funding", "funding", "FUNDING", "Funding "],
    "training-and-skills": ["Training & skills", "Training and skills", "training and skills",
                            "Training/skills", "Training & Skills", "TRAINING AND SKILLS",
                            "training_and_skills"],
    "networking-and-brokerage": ["Networking and brokerage", "Networking & brokerage",
                                 "networking/brokerage", "Networking & Brokerage",
                                 "networking and brokerage", "Networking  and brokerage"],
    "evaluation-and-evidence": ["evaluation & evidence", "Evaluation and evidence",
                                "Evaluation/Evidence", "evaluation and evidence",
                                "Evaluation & Evidence", "EVALUATION AND EVIDENCE"],
    "regulatory-advice": ["Regulatory advice", "regulatory advice", "Regulatory Advice",
                          "regulatory_advice", "Regulatory-advice"],
    "information-and-signposting": ["information/signposting", "Information and signposting",
                                    "Information & signposting", "information & signposting",
                                    "Information / signposting", "Information and Signposting"],
    "procurement-and-commissioning": ["Procurement and commissioning", "procurement & commissioning",
                                      "Procurement/commissioning", "Procurement & Commissioning"],
    "infrastructure": ["Infrastructure", "infrastructure", "INFRASTRUCTURE"],
    "other": ["Other", "other"],
}
ACTIVITY_SYN = {}

FOCUS_SPELL = {
    "clinical": ["Clinical", "clinical", "CLINICAL", "Clinical "],
    "non-clinical": ["Non clinical", "non-clinical", "Non-clinical", "Non-Clinical", "Non_Clinical",
                     "NON CLINICAL", "non clinical"],
    "both": ["Both", "both", "BOTH"],
}
# Health Foundation (seed 000) opposes clinical to "administrative and operational" innovation.
FOCUS_SYN = {
    "non-clinical": ["Administrative", "Administrative & operational", "administrative/operational"],
    "both": ["Clinical and non-clinical", "Clinical & non-clinical"],
}

RECIPIENTS_SPELL = {
    "innovators": ["Innovators", "innovators", "INNOVATORS"],
    "adopters": ["Adopters", "adopters", "ADOPTERS"],
    "both": ["Both", "both"],
    "none": ["None", "none"],
}
# Seed 000: "support for innovators only", "adopters only", "both innovators and adopters".
RECIPIENTS_SYN = {
    "innovators": ["Innovators only", "innovators only"],
    "adopters": ["Adopters only"],
    "both": ["Innovators & adopters", "Innovators and adopters", "innovators/adopters"],
}

STATUS_SPELL = {
    "proposed": ["Proposed", "proposed"],
    "planned": ["Planned", "planned", "PLANNED"],
    "active": ["Active", "active", "ACTIVE", "Active "],
    "concluded": ["concluded", "Concluded", "CONCLUDED"],
}
# Seed 000: programmes "either underway or had recently concluded".
STATUS_SYN = {
    "active": ["Underway", "underway"],
}

YESNO_SPELL = {
    "yes": ["Yes", "yes", "Y", "y", "TRUE", "True", "1", "YES"],
    "no": ["No", "no", "N", "n", "FALSE", "false", "0", "NO"],
    "partly": ["partly", "Partly", "PARTLY"],
}

KIND_SPELL = {
    "government-department": ["Government department", "Government Department", "government department"],
    "arms-length-body": ["Arm's length body", "Arm's-length body", "Arms length body",
                         "arms-length body", "Arm\u2019s length body"],
    "regulator": ["Regulator", "regulator"],
    "research-funder": ["Research funder", "research funder", "Research Funder"],
    "network": ["Network", "network"],
    "healthcare-provider": ["Healthcare provider", "Healthcare Provider", "healthcare provider"],
    "commissioner": ["Commissioner", "commissioner"],
    "industry": ["Industry", "industry"],
    "academia": ["Academia", "academia"],
    "charity": ["Charity", "charity"],
    "patient-public-group": ["Patient/public group", "Patient & public group", "patient public group"],
    "professional-body": ["Professional body", "professional body", "Professional Body"],
    "other": ["Other"],
}
LEVEL_SPELL = {
    "international": ["International", "international"],
    "national": ["National", "national", "NATIONAL", "National "],
    "regional": ["Regional", "regional", "REGIONAL"],
    "local": ["Local", "local"],
}

# Pathway stages, drivers and target groups: intended canonical name -> spellings.
STAGES = [
    ("Needs identification", ["Needs identification", "needs identification", "Needs Identification",
                              "needs-identification", " Needs  identification"]),
    ("Research and development", ["Research & development", "research and development",
                                  "Research and Development", "Research  & development"]),
    ("Testing and evaluation", ["Testing and Evaluation", "testing & evaluation", "Testing & Evaluation",
                                "testing  and evaluation ", "Testing and evaluation", "TESTING AND EVALUATION"]),
    ("Adoption", ["Adoption", "adoption", "ADOPTION", " adoption"]),
    ("Spread and scale-up", ["spread & scale-up", "Spread and scale up", "Spread & Scale-Up",
                             "spread and scale-up", "Spread  &  scale-up", "SPREAD AND SCALE-UP",
                             "Spread and Scale-up"]),
]
STAGE_INNOV = [0, 1, 2]
STAGE_ADOPT = [2, 3, 4]

DRIVERS = [
    ("Skills and leadership", ["Skills & leadership", "skills and leadership", "Skills and Leadership",
                               "Skills &leadership", "SKILLS AND LEADERSHIP"]),
    ("Motivations and accountabilities", ["Motivations & accountabilities", "motivations and accountabilities",
                                          "Motivations and Accountabilities"]),
    ("Information and evidence", ["Information & evidence", "information and evidence",
                                  "Information and Evidence", "information  & evidence"]),
    ("Relationships and networks", ["Relationships & networks", "relationships and networks",
                                    "Relationships and Networks"]),
    ("Patient and public involvement", ["patient and public involvement", "Patient & public involvement",
                                        "Patient and Public Involvement", "patient & public  involvement"]),
    ("Funding and commissioning", ["funding & commissioning", "Funding and commissioning",
                                   "Funding and Commissioning", "FUNDING & COMMISSIONING",
                                   " funding and commissioning"]),
]

GROUPS = [
    ("Innovators", ["Innovators", "innovators", "INNOVATORS"]),
    ("Adopters", ["Adopters", "adopters", "Adopters "]),
    ("Clinicians", ["Clinicians", "clinicians", "CLINICIANS"]),
    ("Managers", ["Managers", "managers"]),
    ("Patients and the public", ["Patients and the public", "patients & the public", "Patients & the Public",
                                 "patients and the public", "Patients and the Public"]),
]

# EC-OECD STIP Compass instrument labels (human form, as on the STIP site).
INSTR = {
    "grant": "Grants for business R&D and innovation",
    "pgrant": "Project grants for public research",
    "proc": "Procurement programmes for R&D and innovation",
    "net": "Networking and collaborative platforms",
    "advice": "Technology extension and business advisory services",
    "info": "Information services and access to datasets",
    "prize": "Science and innovation challenges, prizes and awards",
    "fellow": "Fellowships and postgraduate loans and scholarships",
    "intel": "Policy intelligence (e.g. evaluations, benchmarking and forecasts)",
    "infra": "Dedicated support to research infrastructures",
    "standards": "Standards and certification for technology development and adoption",
}
INSTR_CASE = [lambda s: s, lambda s: s.lower(), lambda s: s, lambda s: s]

# ---------------------------------------------------------------------------
# Actors: key, name, acronym, kind, level, member_of key, written variants,
# id style of the register this body would keep, related bodies (for dups).
# ---------------------------------------------------------------------------

A = []


def actor(key, name, acr, kind, level, member=None, variants=(), style="uk", related=(), region=None):
    A.append(dict(key=key, name=name, acr=acr, kind=kind, level=level, member=member,
                  variants=list(variants), style=style, related=list(related), region=region))


actor("DHSC", "Department of Health and Social Care", "DHSC", "government-department", "national", None,
      ["Department of Health & Social Care", "Dept of Health and Social Care", "DHSC", "dhsc"], "nihr",
      ["NIHR", "NHSEI", "OLS"])
actor("BEIS", "Department for Business, Energy and Industrial Strategy", "BEIS", "government-department",
      "national", None, ["BEIS", "Dept for Business, Energy & Industrial Strategy"], "uk", ["OLS", "UKRI"])
actor("OLS", "Office for Life Sciences", "OLS", "government-department", "national", None,
      ["Office for Life Sciences", "OLS", "Office of Life Sciences"], "nihr", ["DHSC", "BEIS", "IUK"])
actor("NHSEI", "NHS England and Improvement", "NHSEI", "arms-length-body", "national", None,
      ["NHS England and Improvement", "NHS England & Improvement", "NHSEI", "NHSE/I", "NHS England and NHS Improvement", "nhsei"], "nhs",
      ["NHSX", "AAC", "NHSD", "AHSNS"])
actor("NHSX", "NHSX", "NHSX", "arms-length-body", "national", None, ["NHSX", "NHS X", "nhsx"], "nhs",
      ["NHSEI", "NHSD"])
actor("NHSD", "NHS Digital", "NHSD", "arms-length-body", "national", None,
      ["NHS Digital", "NHSD", "NHS digital"], "nhs", ["NHSX", "NHSEI"])
actor("AAC", "Accelerated Access Collaborative", "AAC", "network", "national", "NHSEI",
      ["Accelerated Access Collaborative", "AAC", "The Accelerated Access Collaborative"], "nhs",
      ["NHSEI", "NICE", "AHSNNET"])
actor("HEE", "Health Education England", "HEE", "arms-length-body", "national", None,
      ["Health Education England", "HEE"], "uk", ["NHSEI", "NHSX"])
actor("NIHR", "National Institute for Health Research", "NIHR", "research-funder", "national", "DHSC",
      ["NIHR", "National Institute for Health Research", "Nat. Institute for Health Research", "nihr",
       "National Institute for Health and Care Research"], "nihr", ["DHSC", "AAC", "UKRI"])
actor("NICE", "National Institute for Health and Care Excellence", "NICE", "arms-length-body", "national", None,
      ["NICE", "National Institute for Health and Care Excellence", "National Institute for Care Excellence"],
      "uk", ["MHRA", "AAC"])
actor("MHRA", "Medicines and Healthcare products Regulatory Agency", "MHRA", "regulator", "national", None,
      ["MHRA", "Medicines & Healthcare products Regulatory Agency", "mhra"], "uk", ["NICE", "AAC"])
actor("CQC", "Care Quality Commission", "CQC", "regulator", "national", None, ["CQC", "Care Quality Commission"],
      "uk", ["NHSEI", "NICE"])
actor("UKRI", "UK Research and Innovation", "UKRI", "research-funder", "national", "BEIS",
      ["UKRI", "UK Research & Innovation", "UK Research and Innovation"], "uk", ["IUK", "NIHR", "BEIS"])
actor("IUK", "Innovate UK", "IUK", "research-funder", "national", "UKRI",
      ["Innovate UK", "InnovateUK", "IUK", "Innovate UK "], "uk", ["UKRI", "OLS"])
actor("MRC", "Medical Research Council", "MRC", "research-funder", "national", "UKRI",
      ["MRC", "Medical Research Council"], "uk", ["UKRI", "NIHR"])
actor("PHE", "Public Health England", "PHE", "arms-length-body", "national", "DHSC",
      ["PHE", "Public Health England"], "uk", ["DHSC", "NIHR"])
actor("AHSNNET", "The AHSN Network", "", "network", "national", None,
      ["The AHSN Network", "AHSN Network", "the AHSN network"], "ahsn", ["AHSNS", "AAC"])
actor("AHSNS", "Academic Health Science Networks", "AHSNs", "network", "regional", "AHSNNET",
      ["AHSN", "AHSNs", "Academic Health Science Networks", "Academic Health Science Network"], "ahsn",
      ["AHSNNET", "NHSEI"])
REGIONAL_AHSNS = [
    ("OXAHSN", "Oxford Academic Health Science Network", "Oxford AHSN", "Oxford and the Thames Valley"),
    ("WESSEX", "Wessex Academic Health Science Network", "Wessex AHSN", "Wessex"),
    ("KSSAHSN", "Kent Surrey Sussex Academic Health Science Network", "KSS AHSN", "Kent, Surrey and Sussex"),
    ("EAHSN", "Eastern Academic Health Science Network", "Eastern AHSN", "the East of England"),
    ("HIN", "Health Innovation Network", "HIN", "South London"),
    ("UCLP", "UCLPartners", "UCLP", "North Central and North East London"),
    ("ICHP", "Imperial College Health Partners", "ICHP", "North West London"),
    ("WEAHSN", "West of England Academic Health Science Network", "West of England AHSN",
     "the West of England"),
    ("SWAHSN", "South West Academic Health Science Network", "South West AHSN", "Devon and Cornwall"),
    ("WMAHSN", "West Midlands Academic Health Science Network", "WMAHSN", "the West Midlands"),
    ("EMAHSN", "East Midlands Academic Health Science Network", "EMAHSN", "the East Midlands"),
    ("YHAHSN", "Yorkshire & Humber Academic Health Science Network", "Y&H AHSN", "Yorkshire and the Humber"),
    ("NENC", "Health Innovation North East and North Cumbria", "AHSN NENC",
     "the North East and North Cumbria"),
    ("HIM", "Health Innovation Manchester", "HInM", "Greater Manchester"),
    ("IA", "Innovation Agency", "", "Cheshire, Merseyside and Lancashire"),
]
for k, nm, short, reg in REGIONAL_AHSNS:
    v = [nm, short] if short else [nm]
    if "Academic Health Science Network" in nm:
        v.append(nm.replace("Academic Health Science Network", "AHSN"))
    actor(k, nm, short, "network", "regional", "AHSNS", v, "ahsn",
          ["AHSNNET", "AHSNS"], reg)
actor("HF", "The Health Foundation", "", "charity", "national", None,
      ["The Health Foundation", "Health Foundation", "the Health Foundation"], "uk", ["NHSEI", "NIHR"])
actor("WT", "Wellcome Trust", "", "charity", "international", None, ["Wellcome Trust", "Wellcome"], "uk",
      ["MRC", "NIHR"])
actor("CRUK", "Cancer Research UK", "CRUK", "charity", "national", None, ["Cancer Research UK", "CRUK"], "uk",
      ["NIHR", "NHSEI"])
actor("HDRUK", "Health Data Research UK", "HDR UK", "research-funder", "national", None,
      ["Health Data Research UK", "HDR UK", "HDRUK"], "uk", ["NHSD", "UKRI"])
actor("GEL", "Genomics England", "", "other", "national", "DHSC", ["Genomics England", "Genomics England Ltd"],
      "uk", ["NHSEI", "NIHR"])
actor("ABHI", "Association of British HealthTech Industries", "ABHI", "industry", "national", None,
      ["ABHI", "Association of British HealthTech Industries"], "uk", ["IUK", "AHSNNET"])
actor("ABPI", "Association of the British Pharmaceutical Industry", "ABPI", "industry", "national", None,
      ["ABPI", "Association of the British Pharmaceutical Industry"], "uk", ["OLS", "NICE"])
actor("NHSCONF", "NHS Confederation", "", "other", "national", None, ["NHS Confederation", "NHS Confed"],
      "uk", ["NHSEI", "AHSNNET"])
actor("RCP", "Royal College of Physicians", "RCP", "professional-body", "national", None,
      ["Royal College of Physicians", "RCP"], "uk", ["HEE", "NICE"])
actor("NV", "National Voices", "", "patient-public-group", "national", None, ["National Voices"], "uk",
      ["NHSEI", "HF"])
actor("HWE", "Healthwatch England", "", "patient-public-group", "national", "CQC",
      ["Healthwatch England", "Healthwatch"], "uk", ["CQC", "NHSEI"])
actor("UOM", "University of Manchester", "UoM", "academia", "regional", None,
      ["University of Manchester", "UoM", "Univ. of Manchester"], "uk", ["HIM", "NIHR"], "Greater Manchester")
actor("GSTT", "Guy's and St Thomas' NHS Foundation Trust", "GSTT", "healthcare-provider", "local", None,
      ["Guy's and St Thomas' NHS Foundation Trust", "GSTT", "Guys and St Thomas"], "uk", ["HIN"], "South London")
actor("SBRI", "SBRI Healthcare", "", "other", "national", "AHSNNET", ["SBRI Healthcare", "SBRI healthcare"],
      "ahsn", ["AHSNNET", "IUK"])
actor("CCG", "Clinical commissioning groups", "CCGs", "commissioner", "local", None,
      ["CCGs", "Clinical Commissioning Groups", "clinical commissioning groups"], "uk", ["NHSEI"])
actor("MDC", "Medicines Discovery Catapult", "MDC", "industry", "national", "IUK",
      ["Medicines Discovery Catapult", "MDC"], "uk", ["IUK", "OLS"])

AK = {a["key"]: a for a in A}


def _norm(s):
    return " ".join(s.lower().split())


def is_exact(a, form):
    """True when the written form is the actor's name or acronym up to case and spacing."""
    return _norm(form) in (_norm(a["name"]), _norm(a["acr"] or "\0"))
# owners of most rows: weights
OWNER_WEIGHTS = {"NHSEI": 10, "NHSX": 8, "NHSD": 4, "AAC": 4, "HEE": 4, "NIHR": 10, "DHSC": 4, "OLS": 3,
                 "BEIS": 1, "NICE": 3, "MHRA": 3, "CQC": 1, "UKRI": 3, "IUK": 7, "MRC": 2, "PHE": 1,
                 "AHSNNET": 4, "AHSNS": 3, "HF": 2, "WT": 1, "CRUK": 1, "HDRUK": 2, "GEL": 1, "SBRI": 2,
                 "NHSCONF": 1, "RCP": 1, "CCG": 1, "MDC": 1, "ABHI": 1}
for k, *_ in REGIONAL_AHSNS:
    OWNER_WEIGHTS[k] = 2
OWNER_KEYS = list(OWNER_WEIGHTS)
OWNER_CUM = []
_c = 0
for k in OWNER_KEYS:
    _c += OWNER_WEIGHTS[k]
    OWNER_CUM.append(_c)
PARTNER_KEYS = [a["key"] for a in A]

# ---------------------------------------------------------------------------
# Vocabulary of programmes
# ---------------------------------------------------------------------------

# (phrase in text, short form for names, technology_area cell, clinical?)
TECH = [
    ("artificial intelligence for diagnostic imaging", "AI Imaging", "AI / imaging", "clinical"),
    ("remote monitoring", "Remote Monitoring", "Remote monitoring", "clinical"),
    ("digital therapeutics", "Digital Therapeutics", "Digital health apps", "clinical"),
    ("point-of-care diagnostics", "Point of Care Diagnostics", "Diagnostics", "clinical"),
    ("genomic testing", "Genomic Medicine", "Genomics", "clinical"),
    ("electronic prescribing", "ePrescribing", "Digital - EPR/ePMA", "both"),
    ("robotic process automation", "Automation", "Automation (RPA)", "non-clinical"),
    ("virtual wards", "Virtual Wards", "Remote monitoring", "clinical"),
    ("wearable sensors", "Wearables", "MedTech", "clinical"),
    ("clinical decision support software", "Decision Support", "Software as a medical device", "clinical"),
    ("digital pathology", "Digital Pathology", "Pathology / imaging", "clinical"),
    ("cell and gene therapies", "Advanced Therapies", "ATMPs", "clinical"),
    ("new medicines", "Medicines Access", "Medicines", "clinical"),
    ("video consultations", "Video Consultation", "Telehealth", "both"),
    ("shared care records", "Shared Care Records", "Interoperability", "non-clinical"),
    ("automated appointment scheduling", "Smart Scheduling", "Admin automation", "non-clinical"),
    ("speech recognition for clinical letters", "Speech Recognition", "Admin automation", "non-clinical"),
    ("predictive analytics for bed management", "Bed Flow Analytics", "Data & analytics", "non-clinical"),
    ("home testing kits", "Home Testing", "Diagnostics", "clinical"),
    ("surgical robotics", "Surgical Robotics", "MedTech", "clinical"),
    ("self-management apps", "Self-Management Apps", "Digital health apps", "clinical"),
    ("referral management software", "Referral Management", "Digital - workflow", "non-clinical"),
    ("online consultation platforms", "Online Consultation", "Telehealth", "both"),
    ("3D printing of implants", "3D Printing", "MedTech", "clinical"),
    ("workforce rostering tools", "e-Rostering", "Workforce digital", "non-clinical"),
]

# (long form, abbreviation or None, short form for names)
COND = [
    ("diabetes", None, "Diabetes"), ("chronic obstructive pulmonary disease", "COPD", "COPD"),
    ("heart failure", None, "Heart Failure"), ("atrial fibrillation", "AF", "AF"), ("stroke", None, "Stroke"),
    ("dementia", None, "Dementia"), ("cancer", None, "Cancer"), ("lung cancer", None, "Lung Cancer"),
    ("breast cancer", None, "Breast Cancer"), ("mental health", None, "Mental Health"),
    ("maternity care", None, "Maternity"), ("frailty", None, "Frailty"), ("sepsis", None, "Sepsis"),
    ("asthma", None, "Asthma"), ("chronic kidney disease", "CKD", "Kidney"),
    ("musculoskeletal conditions", "MSK conditions", "MSK"), ("hypertension", None, "Hypertension"),
    ("eating disorders", None, "Eating Disorders"), ("childhood obesity", None, "Childhood Obesity"),
    ("antimicrobial resistance", "AMR", "AMR"), ("long COVID", None, "Long COVID"),
    ("hip fracture", None, "Hip Fracture"), ("epilepsy", None, "Epilepsy"), ("glaucoma", None, "Eye Health"),
    ("urgent and emergency care", "UEC", "Urgent Care"), ("outpatient care", None, "Outpatients"),
    ("elective recovery", None, "Elective Recovery"),
]

SETTINGS = ["primary care", "acute hospitals", "community services", "care homes", "mental health trusts",
            "ambulance services", "community pharmacies", "outpatient clinics"]

PLACES = ["England", "England", "England", "the North East and North Cumbria", "Greater Manchester",
          "the West Midlands", "Kent, Surrey and Sussex", "Wessex", "the South West", "the East of England",
          "London", "Yorkshire and the Humber", "the East Midlands", "the West of England",
          "Oxford and the Thames Valley", "Cheshire and Merseyside", "Lancashire and South Cumbria",
          "North West London", "South London", "Devon and Cornwall"]

# mechanism: name words (+ synonyms for renamed duplicates), activity types, offers funding,
# recipients, instrument, side (innovation/adoption/both), noun used in text
MECH = [
    dict(key="fund", names=["Adoption Fund", "Uptake Fund"], act=["funding"], fund="yes", rec="adopters",
         instr="proc", side="adopt", noun="fund"),
    dict(key="challenge", names=["Innovation Challenge", "Challenge Competition"], act=["funding"], fund="yes",
         rec="innovators", instr="prize", side="innov", noun="competition"),
    dict(key="accel", names=["Accelerator", "Support Programme"], act=["training-and-skills",
         "networking-and-brokerage"], fund="no", rec=None, instr="advice", side="innov", noun="programme"),
    dict(key="testbed", names=["Test Bed", "Real-World Testing Site"], act=["evaluation-and-evidence",
         "infrastructure"], fund="yes", rec="both", instr="infra", side="both", noun="test bed"),
    dict(key="fellow", names=["Fellowship", "Fellowship Scheme"], act=["training-and-skills"], fund="yes",
         rec="innovators", instr="fellow", side="innov", noun="fellowship scheme"),
    dict(key="collab", names=["Collaborative", "Network"], act=["networking-and-brokerage"], fund="no",
         rec=None, instr="net", side="adopt", noun="collaborative"),
    dict(key="evalprog", names=["Evaluation Programme", "Evidence Programme"], act=["evaluation-and-evidence"],
         fund="partly", rec="innovators", instr="intel", side="both", noun="evaluation programme"),
    dict(key="advice", names=["Advice Service", "Support Service"], act=["regulatory-advice",
         "information-and-signposting"], fund="no", rec=None, instr="advice", side="innov", noun="service"),
    dict(key="procure", names=["Procurement Framework", "Purchasing Framework"], act=[
         "procurement-and-commissioning"], fund="no", rec=None, instr="proc", side="adopt", noun="framework"),
    dict(key="data", names=["Data Platform", "Data Service"], act=["infrastructure",
         "information-and-signposting"], fund="no", rec=None, instr="info", side="both", noun="platform"),
    dict(key="grant", names=["Award", "Grant Scheme"], act=["funding"], fund="yes", rec="innovators",
         instr="grant", side="innov", noun="grant scheme"),
    dict(key="exemplar", names=["Exemplar Programme", "Exemplars"], act=["funding", "infrastructure"],
         fund="yes", rec="adopters", instr="pgrant", side="adopt", noun="programme"),
    dict(key="learn", names=["Learning Network", "Community of Practice"], act=["networking-and-brokerage",
         "training-and-skills"], fund="no", rec=None, instr="net", side="adopt", noun="network"),
    dict(key="portal", names=["Signposting Portal", "Innovation Gateway"], act=["information-and-signposting"],
         fund="no", rec=None, instr="info", side="both", noun="online service"),
    dict(key="payment", names=["Innovation Payment", "Tariff Scheme"], act=["funding",
         "procurement-and-commissioning"], fund="yes", rec="adopters", instr="proc", side="adopt", noun="scheme"),
    dict(key="sbri", names=["SBRI Competition", "Small Business Research Competition"], act=["funding",
         "procurement-and-commissioning"], fund="yes", rec="innovators", instr="proc", side="innov",
         noun="competition"),
    dict(key="standards", names=["Standards Programme", "Standards Framework"], act=["regulatory-advice",
         "other"], fund="no", rec=None, instr="standards", side="both", noun="framework"),
]

EVALUATORS = ["RAND Europe", "the Nuffield Trust", "an NIHR-funded rapid evaluation team", "BRACE", "RSET",
              "the Improvement Analytics Unit", "a university partner", "the local ARC", "an external consultancy",
              "the Health Foundation"]
OUTCOMES = ["avoidable admissions", "waiting times", "length of stay", "unnecessary outpatient appointments",
            "A&E attendances", "staff time spent on paperwork", "missed diagnoses", "medication errors",
            "readmissions", "travel for patients"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SOURCES = ["Health Foundation mapping Apr-May 2021", "NHSX website", "NIHR funding search 2021-03",
           "AHSN Network annual report 2020/21", "Innovate UK competition page", "interview notes (JB)",
           "gov.uk", "OLS life sciences dashboard", "NHS Long Term Plan", "desk review 2021", ""]
NOTES = ["check budget with owner", "see website", "figures from press release", "ask AHSN lead",
         "wave 2 announced", "dup? check", "TBC", "closed to new applicants", ""]

GROUP_WORDS = {
    "Innovators": ["innovators", "SMEs", "small and medium-sized enterprises", "companies", "clinical entrepreneurs"],
    "Adopters": ["NHS trusts", "adopting organisations", "ICSs", "integrated care systems"],
    "Clinicians": ["clinicians", "GPs", "general practitioners", "nurses and allied health professionals"],
    "Managers": ["NHS managers", "operational managers", "digital leads"],
    "Patients and the public": ["patients", "carers and patients", "the public"],
}

# ---------------------------------------------------------------------------
# Text models for duplicates
# ---------------------------------------------------------------------------

SYNONYMS = [
    ("scale-up", "spread"), ("spread", "scale-up"), ("SMEs", "small firms"), ("companies", "firms"),
    ("clinicians", "frontline staff"), ("patients", "service users"), ("acute hospitals", "acute trusts"),
    ("funding", "investment"), ("grants", "awards"), ("evaluation", "assessment"), ("programme", "scheme"),
    ("adopt", "take up"), ("helps", "supports"), ("innovators", "developers"), ("people with", "patients with"),
    ("free up", "release"), ("reduce", "cut"), ("across", "throughout"), ("aimed at", "targeted at"),
    ("primary care", "general practice"), ("care homes", "residential care"), ("available", "on offer"),
    ("applicants", "bidders"), ("independent", "external"), ("pilot", "trial"), ("speed up", "accelerate"),
    ("NHS trusts", "NHS providers"), ("run jointly", "co-delivered"), ("proven", "evidence-based"),
    ("successful", "winning"), ("mentoring", "coaching"), ("support", "help"),
]
ABBREV = [
    ("National Health Service", "NHS"), ("artificial intelligence", "AI"),
    ("Academic Health Science Network", "AHSN"), ("small and medium-sized enterprises", "SMEs"),
    ("chronic obstructive pulmonary disease", "COPD"), ("atrial fibrillation", "AF"),
    ("integrated care systems", "ICSs"), ("clinical commissioning groups", "CCGs"),
    (" and ", " & "), (" with ", " w/ "), ("approximately", "approx."), ("programme", "prog."),
    ("months", "mths"), ("information", "info"), ("evaluation", "eval."), ("organisations", "orgs"),
    ("including", "incl."), ("per year", "p.a."), ("for example", "e.g."), ("research and development", "R&D"),
    ("Department of Health and Social Care", "DHSC"), ("National Institute for Health Research", "NIHR"),
    ("National Institute for Health and Care Excellence", "NICE"), ("UK Research and Innovation", "UKRI"),
    ("Health Education England", "HEE"), ("Accelerated Access Collaborative", "AAC"),
    ("Greater Manchester", "GM"), (" per cent", "%"), ("per project", "/project"), ("Yorkshire and the Humber", "Y&H"),
    ("the North East and North Cumbria", "NENC"), ("mental health", "MH"), ("primary care", "PC"),
    ("accident and emergency", "A&E"), ("general practitioners", "GPs"), ("Kent, Surrey and Sussex", "KSS"),
]
MISSPELL = {
    "programme": ["programe", "progamme", "program"], "commissioning": ["comissioning", "commisioning"],
    "innovation": ["innvoation", "inovation"], "evaluation": ["evalaution", "evaluaton"],
    "accelerator": ["accelarator"], "independent": ["independant"], "separate": ["seperate"],
    "collaborative": ["colaborative", "collaboritive"], "organisations": ["organizations", "organisatons"],
    "receive": ["recieve"], "successful": ["succesful", "successfull"], "applicants": ["applicents"],
    "technology": ["techology", "technlogy"], "available": ["availble"], "support": ["suport"],
    "primarily": ["primarly"], "diagnostic": ["diagnositc"], "partnership": ["parternship"],
    "across": ["accross"], "beneficial": ["benefical"], "management": ["managment"],
}
KEYB = {c: n for c, n in zip("abcdefghijklmnopqrstuvwxyz", [
    "sq", "vn", "xv", "sf", "wr", "dg", "fh", "gj", "uo", "hk", "jl", "k", "n", "bm", "ip", "o", "w",
    "et", "ad", "ry", "yi", "cb", "qe", "zc", "tu", "x"])}

WORD_RE = re.compile(r"[A-Za-z]{4,}")


class Gen:
    def __init__(self, args):
        self.r = random.Random(args.seed)
        self.args = args
        self.syn = not args.no_synonyms
        self.ids = set()
        self.counters = {}
        self.used_sig = set()
        self.used_actors = set()
        self.names = set()
        self.rx_syn = [(re.compile(r"\b" + re.escape(a) + r"\b"), b) for a, b in SYNONYMS]
        self.rx_abbr = [(re.compile(re.escape(a)), b) for a, b in ABBREV]

    # -- helpers ------------------------------------------------------------
    def ch(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def p(self, prob):
        return self.r.random() < prob

    def spell(self, table, syn, slug):
        if self.syn and slug in syn and self.p(0.15):
            return self.ch(syn[slug])
        return self.ch(table[slug])

    def yesno(self, v):
        return "" if v is None else self.ch(YESNO_SPELL[v])

    def multi(self, items):
        """Join with ';' and the odd spacing analysts leave behind."""
        if not items:
            return ""
        x = self.r.random()
        if x < 0.55:
            s = ";".join(items)
        elif x < 0.85:
            s = "; ".join(items)
        elif x < 0.95:
            s = " ;".join(items)
        else:
            s = " ; ".join(items)
        if self.p(0.01):
            s += ";"
        return s

    def owner_key(self):
        x = self.r.random() * OWNER_CUM[-1]
        lo, hi = 0, len(OWNER_CUM) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if OWNER_CUM[mid] > x:
                hi = mid
            else:
                lo = mid + 1
        return OWNER_KEYS[lo]

    def write_actor(self, key):
        self.used_actors.add(key)
        a = AK[key]
        if self.args.exact_owners:
            forms = [f for f in a["variants"] if is_exact(a, f)] or [a["name"]]
            return self.ch(forms)
        if a["member"]:
            self.used_actors.add(a["member"])
            m = AK[a["member"]]
            if m["member"]:
                self.used_actors.add(m["member"])
        return self.ch(a["variants"])

    def new_id(self, style, year, owner):
        r = self.r
        while True:
            if style == "nhs":
                acr = {"NHSX": "NHSX", "NHSD": "NHSD", "AAC": "AAC"}.get(owner, "NHSEI")
                k = (acr, year)
                n = self.counters.get(k, 0) + 1
                self.counters[k] = n
                i = "%s-%d-%02d" % (acr, year, n)
            elif style == "nihr":
                vol = r.randrange(0, 4)
                part = r.randrange(1, 5)
                k = ("nihr", vol, part)
                n = self.counters.get(k, 0) + 1
                self.counters[k] = n
                i = "%02d/PI.%d/B%03d" % (vol, part, n)
            elif style == "ahsn":
                n = self.counters.get("H", 0) + 1
                self.counters["H"] = n
                i = "H%02d" % n
            else:
                x = r.random()
                if x < 0.06:
                    i = "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16),
                                                        r.getrandbits(12), 0x8000 | r.getrandbits(14),
                                                        r.getrandbits(48))
                elif x < 0.5:
                    n = self.counters.get("R", 0) + 1
                    self.counters["R"] = n
                    i = "R%04d" % n
                else:
                    acr = (AK[owner]["acr"] or owner).replace(" ", "")
                    k = ("uk", acr)
                    n = self.counters.get(k, 0) + 1
                    self.counters[k] = n
                    i = "%s_%03d" % (acr.upper(), n)
            if i not in self.ids:
                self.ids.add(i)
                return i

    # -- typos --------------------------------------------------------------
    def typo_word(self, w):
        r = self.r
        lw = w.lower()
        if lw in MISSPELL and self.p(0.7):
            t = self.ch(MISSPELL[lw])
            return t.capitalize() if w[0].isupper() else t
        i = r.randrange(1, len(w) - 1)
        x = r.random()
        if x < 0.3:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]          # transposition
        if x < 0.55:
            return w[:i] + w[i + 1:]                            # dropped letter
        if x < 0.75:
            return w[:i] + w[i] + w[i:]                         # doubled letter
        c = w[i].lower()
        return w[:i] + self.ch(KEYB.get(c, c)) + w[i + 1:]      # neighbouring key

    def typos(self, text, rate):
        if rate <= 0 or not text:
            return text
        r = self.r
        out = []
        last = 0
        for m in WORD_RE.finditer(text):
            if r.random() < rate:
                out.append(text[last:m.start()])
                out.append(self.typo_word(m.group()))
                last = m.end()
        if not out:
            s = text
        else:
            out.append(text[last:])
            s = "".join(out)
        if r.random() < rate * 5:
            s = s.replace(". ", ".  ", 1)                       # double space
        if r.random() < rate * 5 and s.endswith("."):
            s = s[:-1]                                          # missing full stop
        return s

    # -- originals ----------------------------------------------------------
    def original(self):
        r = self.r
        for _ in range(50):
            okey = self.owner_key()
            ti = r.randrange(len(TECH))
            ci = r.randrange(len(COND))
            mi = r.randrange(len(MECH))
            oa = AK[okey]
            place = oa["region"] or (self.ch(PLACES) if oa["level"] != "regional" else "England")
            sig = (ti, ci, mi, place)
            if sig not in self.used_sig:
                break
        self.used_sig.add(sig)
        tech, mech, cond = TECH[ti], MECH[mi], COND[ci]
        f = {}
        f["owner_key"] = okey
        f["tech"], f["mech"], f["cond"], f["place"] = tech, mech, cond, place
        f["setting"] = self.ch(SETTINGS)
        start = r.randrange(2014, 2023)
        f["start_y"] = start
        f["start_m"] = r.randrange(1, 13)
        f["start_d"] = r.randrange(1, 29)
        dur = r.choice([1, 2, 3, 3, 4, 5, 5, 10])
        f["end_y"] = start + dur
        f["end_m"] = r.randrange(1, 13)
        f["end_d"] = r.randrange(1, 29)
        if f["end_y"] == start and f["end_m"] < f["start_m"]:
            f["end_m"] = f["start_m"]
        if start >= 2022 and self.p(0.5):
            status = "planned" if self.p(0.8) else "proposed"
        elif f["end_y"] < 2021:
            status = "concluded"
        else:
            status = "active"
        f["status"] = status
        f["dur"] = dur
        # partners
        pk = []
        for _ in range(r.choice([0, 0, 1, 1, 1, 2, 3])):
            k = self.ch(oa["related"] or PARTNER_KEYS) if self.p(0.6) else self.ch(PARTNER_KEYS)
            if k != okey and k not in pk:
                pk.append(k)
        f["partners"] = pk
        # activities
        acts = list(mech["act"])
        if self.p(0.25):
            extra = self.ch(list(ACTIVITY_SPELL))
            if extra not in acts and extra != "funding":
                acts.append(extra)
        f["acts"] = acts
        f["focus"] = tech[3] if self.p(0.85) else self.ch(["clinical", "non-clinical", "both"])
        f["offers"] = mech["fund"]
        f["rec"] = mech["rec"] if mech["fund"] != "no" else None
        f["prod"] = "yes" if (tech[3] != "clinical" and self.p(0.5)) else ("no" if self.p(0.6) else None)
        f["evaluated"] = self.ch(["yes", "no", "no", "partly", None])
        f["rapid"] = "yes" if (f["evaluated"] == "yes" and self.p(0.2)) else (
            "no" if self.p(0.5) else None)
        side = mech["side"]
        pool = STAGE_INNOV if side == "innov" else STAGE_ADOPT if side == "adopt" else [0, 1, 2, 3, 4]
        k = r.randrange(1, min(3, len(pool)) + 1)
        f["stages"] = sorted(r.sample(pool, k))
        f["drivers"] = sorted(r.sample(range(len(DRIVERS)), r.choice([1, 1, 2, 2, 3])))
        if "funding" in acts and 5 not in f["drivers"] and self.p(0.6):
            f["drivers"].append(5)
        groups = []
        if f["rec"] in ("innovators", "both") or side == "innov":
            groups.append(0)
        if f["rec"] in ("adopters", "both") or side == "adopt":
            groups.append(1)
        for g in (2, 3, 4):
            if self.p(0.25):
                groups.append(g)
        f["groups"] = groups
        # budget
        b = None
        if self.p(0.7):
            unit = self.ch([50000, 100000, 250000, 500000, 1000000, 5000000])
            a = unit * r.randrange(1, 20)
            x = r.random()
            if x < 0.55:
                b = ("amount", a)
            elif x < 0.8:
                b = ("range", a, a * r.choice([2, 3, 5]))
            else:
                b = ("upto", a)
        f["budget"] = b
        f["currency"] = "" if self.p(0.5) else ("EUR" if self.p(0.03) else "GBP")
        f["period"] = self.ch(["", "", "per year", "per annum", "%d year%s" % (dur, "s" if dur > 1 else ""), "total",
                               "over %d year%s" % (dur, "s" if dur > 1 else ""),
                               "one-off", "%d-%d" % (start, f["end_y"])])
        f["name"] = self.make_name(f)
        f["sentences"] = self.make_sentences(f)
        return f

    def make_name(self, f):
        r = self.r
        tech, mech, cond = f["tech"], f["mech"], f["cond"]
        mname = mech["names"][0]
        x = r.random()
        if x < 0.35:
            n = "%s for %s %s" % (tech[1], cond[2], mname)
        elif x < 0.6:
            n = "%s %s %s" % (cond[2], tech[1], mname)
        elif x < 0.8:
            n = "%s %s: %s" % (tech[1], mname, cond[2])
        else:
            n = "%s in %s %s" % (tech[1], f["setting"].title(), mname)
        if f["place"] != "England" and self.p(0.5):
            n += " (%s)" % f["place"].replace("the ", "").title()
        base = n
        i = 1
        while n in self.names:
            i += 1
            n = base + self.ch([" - Wave %d" % i, " Phase %d" % i, " %d/%02d" % (f["start_y"] + i,
                                                                                 (f["start_y"] + i + 1) % 100),
                                " Round %d" % i])
        self.names.add(n)
        return n

    def make_sentences(self, f):
        r = self.r
        tech, mech, cond = f["tech"], f["mech"], f["cond"]
        cond_txt = cond[0] if (cond[1] is None or self.p(0.6)) else cond[1]
        whom = {"innovators": "innovators", "adopters": "NHS trusts", "both": "innovators and NHS trusts",
                None: self.ch(["clinicians", "NHS trusts", "SMEs", "integrated care systems", "organisations"])}[
            f["rec"]]
        noun = mech["noun"]
        S = []
        aim = self.ch([
            "A %s that helps %s to adopt %s for people with %s in %s." % (noun, whom, tech[0], cond_txt,
                                                                       f["setting"]),
            "This %s supports %s developing %s for %s." % (noun, whom, tech[0], cond_txt),
            "Aims to speed up the spread of proven %s in %s, with a focus on %s." % (tech[0], f["setting"],
                                                                                     cond_txt),
            "A %s to pilot and scale-up %s for %s care." % (noun, tech[0], cond_txt),
            "Helps %s test %s in real-world settings, starting with %s services." % (whom, tech[0], cond_txt),
        ])
        S.append(aim)
        b = f["budget"]
        if f["offers"] == "yes" and b:
            amt = b[1]
            S.append(self.ch([
                "Grants of up to \u00a3%s are available per project." % self.money(amt // 10 or amt),
                "Successful applicants receive between \u00a3%s and \u00a3%s." % (
                    self.money(amt // 20 or 1000), self.money(amt // 5 or 5000)),
                "Total funding of \u00a3%s over %d years." % (self.money(amt), f["dur"]),
            ]))
        elif f["offers"] == "no":
            S.append(self.ch(["No direct funding is offered; support is in kind.",
                              "Support is non-financial (mentoring, advice and introductions).",
                              "There is no grant funding attached."]))
        gw = []
        for g in f["groups"]:
            gw.append(self.ch(GROUP_WORDS[GROUPS[g][0]]))
        if gw:
            S.append(self.ch(["Open to %s across %s." % (" and ".join(gw[:2]), f["place"]),
                              "Aimed at %s in %s." % (", ".join(gw), f["place"]),
                              "Eligible: %s (%s)." % ("; ".join(gw), f["place"])]))
        if f["partners"]:
            pn = AK[f["partners"][0]]["name"]
            S.append(self.ch(["Run jointly with %s." % pn, "Delivered in partnership with %s." % pn,
                              "%s co-funds the %s." % (pn, noun)]))
        S.append(self.ch([
            "Runs for %d months from %s %d." % (f["dur"] * 12, MONTHS[f["start_m"] - 1], f["start_y"]),
            "First cohort started in %s %d." % (MONTHS[f["start_m"] - 1], f["start_y"]),
            "Launched %d; current phase ends %d." % (f["start_y"], f["end_y"]),
        ]))
        if f["evaluated"] in ("yes", "partly"):
            S.append(self.ch(["An independent evaluation is being carried out by %s." % self.ch(EVALUATORS),
                              "Evaluated by %s, interim report published." % self.ch(EVALUATORS),
                              "Sites report outcomes quarterly against an agreed set of metrics."]))
        if self.p(0.6):
            S.append(self.ch([
                "The aim is to reduce %s and free up clinician time." % self.ch(OUTCOMES),
                "Expected benefits include a fall in %s and better patient experience." % self.ch(OUTCOMES),
                "Evidence so far suggests a reduction in %s of approximately %d per cent." % (
                    self.ch(OUTCOMES), r.randrange(5, 40)),
            ]))
        if self.p(0.15):
            S.append('Sometimes called the "%s" locally.' % (tech[1] + " " + mech["names"][1]))
        return S

    def money(self, a):
        if a >= 1000000 and a % 100000 == 0:
            s = "%gm" % (a / 1000000.0)
        elif a >= 1000 and a % 1000 == 0:
            s = "%dk" % (a // 1000)
        else:
            s = "{:,}".format(a)
        return s

    # -- duplicates ---------------------------------------------------------
    def dup_from(self, f, kind):
        r = self.r
        d = dict(f)
        # another body re-describes the programme
        cands = [k for k in AK[f["owner_key"]]["related"] + f["partners"] if k != f["owner_key"]]
        if not cands or self.p(0.15):
            cands = [k for k in OWNER_KEYS if k != f["owner_key"]]
        d["owner_key"] = self.ch(cands)
        d["partners"] = [k for k in ([f["owner_key"]] + f["partners"]) if k != d["owner_key"]][:r.randrange(0, 3)]
        d["name"] = self.rename(f)
        S = list(f["sentences"])
        if kind in ("paraphrase", "abbreviated", "partial", "reordered"):
            S = [self.rewrite(s, kind) for s in S]
        if kind in ("paraphrase", "reordered", "partial"):
            head = S[:1]
            rest = S[1:]
            r.shuffle(rest)
            S = (rest[:1] + head + rest[1:]) if (kind == "reordered" and self.p(0.5)) else head + rest
            if kind == "reordered":
                r.shuffle(S)
        if kind == "partial":
            keep = max(1, int(len(S) * (0.4 + 0.3 * r.random())))
            S = S[:keep]
            if self.p(0.4) and S:
                w = S[-1].split(" ")
                S[-1] = " ".join(w[:max(3, len(w) // 2)]) + "..."
            S.append(self.ch([
                "%s is supporting this as part of its wider portfolio." % AK[d["owner_key"]]["name"],
                "Listed in our register because %s sites take part." % self.ch(PLACES),
                "See also the %s pages for eligibility." % (AK[f["owner_key"]]["acr"] or "owner's")]))
        d["sentences"] = S
        # other facts: mostly the same, written differently, sometimes missing
        if self.p(0.3):
            d["budget"] = None
        elif f["budget"] and f["budget"][0] == "amount" and self.p(0.3):
            d["budget"] = ("upto", f["budget"][1])
        if self.p(0.3):
            d["start_fmt"] = "y"
        if self.p(0.3):
            d["stages"] = f["stages"][:1] or f["stages"]
        if self.p(0.3):
            d["acts"] = f["acts"][:1]
        if self.p(0.2):
            d["focus"] = None
        d["dup"] = True
        return d

    def rewrite(self, s, kind):
        r = self.r
        if kind in ("paraphrase", "partial", "reordered"):
            prob = 0.7 if kind == "paraphrase" else 0.35
            for rx, b in self.rx_syn:
                if r.random() < prob and rx.search(s):
                    s = rx.sub(b, s, count=1)
        if kind == "abbreviated":
            for rx, b in self.rx_abbr:
                if r.random() < 0.8:
                    s = rx.sub(b, s)
            for rx, b in self.rx_syn:
                if r.random() < 0.25:
                    s = rx.sub(b, s, count=1)
        return s

    def rename(self, f):
        r = self.r
        tech, mech, cond = f["tech"], f["mech"], f["cond"]
        alt = mech["names"][1]
        x = r.random()
        if x < 0.3:
            n = "%s %s for %s" % (tech[1], alt, cond[2])
        elif x < 0.5:
            words = (tech[1] + " " + mech["names"][0]).replace("-", " ").split()
            acro = "".join(w[0].upper() for w in words if w[0].isalpha())
            n = "%s (%s) - %s" % (acro, tech[1], cond[2])
        elif x < 0.7:
            n = "%s %s %s" % (AK[f["owner_key"]]["acr"] or "National", cond[2], alt)
        elif x < 0.85:
            n = "%s: %s and %s" % (alt, cond[2], tech[1].lower())
        else:
            n = f["name"].replace(mech["names"][0], alt).lower().capitalize()
            if n.lower() == f["name"].lower():
                n = "National " + n
        base = n
        i = 1
        while n in self.names or n == f["name"]:
            i += 1
            n = "%s (%d)" % (base, i)
        self.names.add(n)
        return n

    # -- row rendering ------------------------------------------------------
    def render(self, f):
        r = self.r
        okey = f["owner_key"]
        owner_cell = self.write_actor(okey)
        if not f.get("dup") and self.p(0.03):
            owner_cell = ""
        partners = [self.write_actor(k) for k in f["partners"]]
        oa = AK[okey]
        rid = self.new_id(oa["style"], f["start_y"], okey)
        desc = "" if (not f.get("dup") and self.p(0.05)) else " ".join(f["sentences"])
        if desc and self.p(0.02):
            desc = desc.replace(". ", ".\n", 1)
        desc = self.typos(desc, self.args.typo_rate)
        name = self.typos(f["name"], self.args.typo_rate / 5)
        acts = [self.spell(ACTIVITY_SPELL, ACTIVITY_SYN, a) for a in f["acts"]] if self.p(0.92) else []
        stages = [self.ch(STAGES[i][1]) for i in f["stages"]] if self.p(0.85) else []
        drivers = [self.ch(DRIVERS[i][1]) for i in f["drivers"]] if self.p(0.8) else []
        groups = [self.ch(GROUPS[i][1]) for i in f["groups"]] if self.p(0.8) else []
        focus = f["focus"] if self.p(0.9) else None
        status = f["status"] if self.p(0.92) else None
        offers = f["offers"] if self.p(0.9) else None
        rec = f["rec"] if offers == "yes" else None
        if rec and self.p(0.07):
            rec = None
        if offers == "no" and self.p(0.15):
            rec = "none"
        b = f["budget"]
        if b is None:
            bcell = ""
        elif b[0] == "amount":
            bcell = str(b[1])
        elif b[0] == "range":
            bcell = "%d - %d" % (b[1], b[2])
        else:
            bcell = self.ch(["up to %d", "Up to %d", "up to %d"]) % b[1]
        cur = f["currency"] if bcell else ""
        period = f["period"] if bcell else ""
        instr = ""
        if self.p(0.45):
            instr = self.ch(INSTR_CASE)(INSTR[f["mech"]["instr"]])
        # dates
        fmt = f.get("start_fmt") or self.ch(["y", "ym", "ym", "ymd"])
        sd = self.date(f["start_y"], f["start_m"], f["start_d"], fmt)
        efmt = self.ch(["y", "ym", "ymd"]) if fmt != "y" else "y"
        ed = self.date(f["end_y"], f["end_m"], f["end_d"], efmt) if (
            status == "concluded" or self.p(0.6)) else ""
        if sd and self.p(0.08):
            sd = ""
        row = {
            "id": rid, "name": name, "owner": owner_cell, "partners": self.multi(partners), "description": desc,
            "activity_types": self.multi(acts), "instrument_type": instr,
            "focus": self.spell(FOCUS_SPELL, FOCUS_SYN, focus) if focus else "",
            "productivity_focus": self.yesno(f["prod"]), "offers_funding": self.yesno(offers),
            "funding_recipients": self.spell(RECIPIENTS_SPELL, RECIPIENTS_SYN, rec) if rec else "",
            "stages": self.multi(stages), "drivers": self.multi(drivers), "target_groups": self.multi(groups),
            "technology_area": f["tech"][2] if self.p(0.75) else "",
            "budget": bcell, "currency": cur, "budget_period": period, "start_date": sd, "end_date": ed,
            "status": self.spell(STATUS_SPELL, STATUS_SYN, status) if status else "",
            "evaluated": self.yesno(f["evaluated"]), "rapid_evaluation": self.yesno(f["rapid"]),
            "source": self.ch(SOURCES), "notes": self.ch(NOTES) if self.p(0.2) else "",
            "region": f["place"] if self.p(0.5) else "",
        }
        truth = {
            "id": rid, "owner": okey if owner_cell else "", "partners": ";".join(f["partners"]),
            "owner_written": owner_cell,
            "owner_form": ("exact" if is_exact(oa, owner_cell) else "loose") if owner_cell else "",
            "activity_types": ";".join(f["acts"]) if acts else "",
            "instrument_type": INSTR[f["mech"]["instr"]] if instr else "",
            "focus": focus or "", "productivity_focus": f["prod"] or "", "offers_funding": offers or "",
            "funding_recipients": rec or "",
            "stages": ";".join(STAGES[i][0] for i in f["stages"]) if stages else "",
            "drivers": ";".join(DRIVERS[i][0] for i in f["drivers"]) if drivers else "",
            "target_groups": ";".join(GROUPS[i][0] for i in f["groups"]) if groups else "",
            "budget": bcell, "start_date": sd, "end_date": ed, "status": status or "",
            "evaluated": f["evaluated"] or "", "rapid_evaluation": f["rapid"] or "",
        }
        return row, truth

    def date(self, y, m, d, fmt):
        if fmt == "y":
            return "%d" % y
        if fmt == "ym":
            return "%d-%02d" % (y, m)
        return "%d-%02d-%02d" % (y, m, d)


INIT_COLS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
             "productivity_focus", "offers_funding", "funding_recipients", "stages", "drivers", "target_groups",
             "technology_area", "budget", "currency", "budget_period", "start_date", "end_date", "status",
             "evaluated", "rapid_evaluation", "source", "notes", "region"]
TRUTH_COLS = ["id", "owner", "owner_written", "owner_form", "partners", "activity_types", "instrument_type", "focus", "productivity_focus",
              "offers_funding", "funding_recipients", "stages", "drivers", "target_groups", "budget",
              "start_date", "end_date", "status", "evaluated", "rapid_evaluation"]
ACTOR_COLS = ["id", "name", "acronym", "kind", "level", "member_of", "description", "source"]


def header_case(cols, style):
    if style == 0:
        return cols
    if style == 1:
        return ["_".join(w.capitalize() for w in c.split("_")) if c != "id" else "ID" for c in cols]
    return [c.upper() for c in cols]


def actor_rows(g, keys):
    """Actors register: ids in the analyst's own style; kind/level in words."""
    r = g.r
    rows, truth = [], []
    ids = {}
    n = 0
    ordered = [a["key"] for a in A if a["key"] in keys]
    for k in ordered:
        n += 1
        a = AK[k]
        if a["acr"] and " " not in a["acr"] and r.random() < 0.5:
            ids[k] = a["acr"]
        else:
            ids[k] = "ORG-%03d" % n
    r.shuffle(ordered)  # member_of may point further down
    for k in ordered:
        a = AK[k]
        m = a["member"]
        mcell = ""
        if m:
            x = r.random()
            mcell = ids[m] if x < 0.4 else AK[m]["name"] if x < 0.85 or not AK[m]["acr"] else AK[m]["acr"]
        desc = {
            "government-department": "Ministerial department.",
            "arms-length-body": "Non-departmental public body / ALB sponsored by DHSC.",
            "regulator": "Statutory regulator.",
            "research-funder": "Funds research and innovation.",
            "network": "Network organisation; brokers between innovators and the NHS.",
        }.get(a["kind"], "")
        if r.random() < 0.3:
            desc = ""
        rows.append({"id": ids[k], "name": a["name"], "acronym": a["acr"],
                     "kind": g.ch(KIND_SPELL[a["kind"]]), "level": g.ch(LEVEL_SPELL[a["level"]]),
                     "member_of": mcell, "description": desc,
                     "source": r.choice(["organisation website", "gov.uk", "AHSN Network", ""])})
        truth.append({"id": ids[k], "key": k, "name": a["name"], "kind": a["kind"], "level": a["level"],
                      "member_of": ids[m] if m else ""})
    return rows, truth, ids


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, required=True, help="number of initiative rows (duplicates included)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dup-rate", type=float, default=0.02, help="fraction of rows that are planted duplicates")
    ap.add_argument("--out", required=True)
    ap.add_argument("--sep", choices=["comma", "semicolon", "tab"], default="comma")
    ap.add_argument("--bom", action="store_true", help="write a UTF-8 byte-order mark (Excel 'CSV UTF-8')")
    ap.add_argument("--typo-rate", type=float, default=0.01, help="per-word typo probability in descriptions")
    ap.add_argument("--no-synonyms", action="store_true",
                    help="only case/separator variants of enumerations, no documented synonyms")
    ap.add_argument("--exact-owners", action="store_true",
                    help="write owners/partners only as actor name or acronym (any case), no loose variants")
    ap.add_argument("--truth", help="folder for expected_initiatives.csv / expected_actors.csv")
    args = ap.parse_args(argv)
    t0 = time.time()
    g = Gen(args)
    r = g.r
    n = max(0, args.rows)
    ndup = int(round(n * args.dup_rate))
    if args.dup_rate > 0 and ndup == 0 and n >= 10:
        ndup = 1
    ndup = min(ndup, n // 2)
    norig = n - ndup
    originals = [g.original() for _ in range(norig)]
    facts = list(originals)
    pairs = []  # (index_a, index_b, kind)
    kinds = ["paraphrase", "paraphrase", "reordered", "partial", "abbreviated"]
    dup_of = {}  # original index -> list of dup indexes
    for _ in range(ndup):
        if dup_of and r.random() < 0.1:
            oi = r.choice(list(dup_of))  # a second re-description of the same programme
        else:
            oi = r.randrange(norig)
        kind = r.choice(kinds)
        d = g.dup_from(originals[oi], kind)
        di = len(facts)
        facts.append(d)
        for other in dup_of.get(oi, []):
            pairs.append((other, di, "sibling"))
        dup_of.setdefault(oi, []).append(di)
        pairs.append((oi, di, kind))
    order = list(range(len(facts)))
    r.shuffle(order)
    rendered = [None] * len(facts)
    for i in order:  # ids allocated in file order
        rendered[i] = g.render(facts[i])
    os.makedirs(args.out, exist_ok=True)
    delim = {"comma": ",", "semicolon": ";", "tab": "\t"}[args.sep]
    enc = "utf-8-sig" if args.bom else "utf-8"
    hstyle = args.seed % 3
    with open(os.path.join(args.out, "initiatives.csv"), "w", newline="", encoding=enc) as fh:
        w = csv.writer(fh, delimiter=delim, lineterminator="\r\n")
        w.writerow(header_case(INIT_COLS, hstyle))
        for i in order:
            row = rendered[i][0]
            w.writerow([row[c] for c in INIT_COLS])
    arows, atruth, aids = actor_rows(g, g.used_actors)
    with open(os.path.join(args.out, "actors.csv"), "w", newline="", encoding=enc) as fh:
        w = csv.writer(fh, delimiter=delim, lineterminator="\r\n")
        w.writerow(header_case(ACTOR_COLS, hstyle))
        for row in arows:
            w.writerow([row[c] for c in ACTOR_COLS])
    with open(os.path.join(args.out, "planted_pairs.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id_a", "id_b", "kind"])
        for a, b, k in pairs:
            w.writerow([rendered[a][0]["id"], rendered[b][0]["id"], k])
    if args.truth:
        os.makedirs(args.truth, exist_ok=True)
        with open(os.path.join(args.truth, "expected_initiatives.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(TRUTH_COLS)
            for i in order:
                t = dict(rendered[i][1])
                t["owner"] = aids.get(t["owner"], "") if t["owner"] else ""
                t["partners"] = ";".join(aids[k] for k in t["partners"].split(";") if k)
                w.writerow([t[c] for c in TRUTH_COLS])
        with open(os.path.join(args.truth, "expected_actors.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id", "name", "kind", "level", "member_of"])
            for t in atruth:
                w.writerow([t["id"], t["name"], t["kind"], t["level"], t["member_of"]])
    sys.stderr.write("%d initiatives (%d planted duplicates, %d pairs), %d actors in %.1fs\n" % (
        len(facts), ndup, len(pairs), len(arows), time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
