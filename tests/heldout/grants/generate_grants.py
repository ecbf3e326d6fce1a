#!/usr/bin/env python3
"""
generate_grants.py -- synthetic "merged funders' extract" of health-innovation grants
and programmes, for testing duplicate detection in Innoscape.

    python3 generate_grants.py --rows N --seed S [--dup-rate 0.02] [--hn-rate 0.02] --out DIR

Writes
    DIR/initiatives.csv     the register (Innoscape initiatives columns + a few property columns)
    DIR/actors.csv          the organisations (Innoscape actors register)
    DIR/planted_pairs.csv   id_a,id_b,kind   true duplicates (the same project recorded twice)
    DIR/hard_negatives.csv  id_a,id_b,kind   look-alikes that are NOT the same project

Everything is synthetic. Organisation names of NHS bodies, universities, funders and charities
are real names used as vocabulary; the codes, amounts, people and projects are invented.
Python 3 standard library only; deterministic for a given --seed (and --rows/--dup-rate/--hn-rate).
See README.md for the recipe.
"""
import argparse
import csv
import datetime as dt
import hashlib
import os
import random
import re
import sys
import time

D = dt.date


def h32(*parts):
    """Stable (process-independent) 32-bit hash."""
    s = "|".join(str(x) for x in parts)
    return int(hashlib.md5(s.encode("utf-8")).hexdigest()[:8], 16)


# =====================================================================================
# Vocabulary
# =====================================================================================

# name, abbreviation, areas, lay phrase
CONDITIONS = [
    ("colorectal cancer", "CRC", "CAN GI", "bowel cancer"),
    ("oesophageal adenocarcinoma", None, "CAN GI", "cancer of the gullet"),
    ("Barrett's oesophagus", None, "CAN GI", "a condition of the gullet that can turn into cancer"),
    ("pancreatic ductal adenocarcinoma", "PDAC", "CAN GI", "pancreatic cancer"),
    ("hepatocellular carcinoma", "HCC", "CAN GI", "primary liver cancer"),
    ("cholangiocarcinoma", None, "CAN GI RARE", "bile duct cancer"),
    ("glioblastoma", None, "CAN NEU", "an aggressive brain tumour"),
    ("paediatric brain tumours", None, "CAN PAED NEU", "brain tumours in children"),
    ("non-small cell lung cancer", "NSCLC", "CAN RES", "lung cancer"),
    ("mesothelioma", None, "CAN RES RARE", "asbestos-related cancer"),
    ("head and neck squamous cell carcinoma", "HNSCC", "CAN", "head and neck cancer"),
    ("oral cancer", None, "CAN DENT", "mouth cancer"),
    ("melanoma", None, "CAN SKIN", "skin cancer"),
    ("ovarian cancer", None, "CAN", "ovarian cancer"),
    ("endometrial cancer", None, "CAN", "womb cancer"),
    ("cervical cancer", None, "CAN INF", "cervical cancer"),
    ("prostate cancer", None, "CAN REN", "prostate cancer"),
    ("bladder cancer", None, "CAN REN", "bladder cancer"),
    ("renal cell carcinoma", "RCC", "CAN REN", "kidney cancer"),
    ("triple-negative breast cancer", "TNBC", "CAN", "an aggressive form of breast cancer"),
    ("early breast cancer", None, "CAN", "breast cancer"),
    ("acute myeloid leukaemia", "AML", "CAN BLOOD", "a fast-growing blood cancer"),
    ("chronic lymphocytic leukaemia", "CLL", "CAN BLOOD", "a slow-growing blood cancer"),
    ("multiple myeloma", None, "CAN BLOOD", "myeloma, a cancer of the bone marrow"),
    ("diffuse large B-cell lymphoma", "DLBCL", "CAN BLOOD", "lymphoma"),
    ("soft tissue sarcoma", None, "CAN RARE", "sarcoma"),
    ("neuroblastoma", None, "CAN PAED RARE", "a childhood cancer of nerve cells"),
    ("cancer of unknown primary", "CUP", "CAN", "cancer whose starting point cannot be found"),
    ("sepsis", None, "INF ACUTE", "sepsis (blood poisoning)"),
    ("Clostridioides difficile infection", "CDI", "INF GI", "C. diff infection"),
    ("MRSA bloodstream infection", None, "INF", "MRSA infection"),
    ("Gram-negative bloodstream infection", "GNBSI", "INF", "bloodstream infection"),
    ("tuberculosis", "TB", "INF RES", "tuberculosis"),
    ("latent tuberculosis infection", "LTBI", "INF RES", "sleeping TB"),
    ("hepatitis C", "HCV", "INF GI BBV", "hepatitis C"),
    ("hepatitis B", "HBV", "INF GI BBV", "hepatitis B"),
    ("HIV", None, "INF SEX BBV", "HIV"),
    ("gonorrhoea", None, "INF SEX", "gonorrhoea"),
    ("syphilis", None, "INF SEX", "syphilis"),
    ("urinary tract infection", "UTI", "INF REN AGE", "urine infections"),
    ("community-acquired pneumonia", "CAP", "INF RES", "pneumonia"),
    ("respiratory syncytial virus infection", "RSV", "INF PAED RES", "RSV, a common winter virus"),
    ("invasive group A streptococcal infection", "iGAS", "INF PAED", "Strep A infection"),
    ("Lyme disease", None, "INF RARE", "Lyme disease"),
    ("Candida auris colonisation", None, "INF", "a drug-resistant fungal infection"),
    ("cytomegalovirus infection after transplant", "CMV", "INF REN", "CMV infection after a transplant"),
    ("long COVID", None, "INF RES", "long COVID"),
    ("diabetic foot infection", None, "INF DIAB SKIN", "foot infections in diabetes"),
    ("bacterial meningitis", None, "INF PAED NEU", "meningitis"),
    ("prosthetic joint infection", "PJI", "INF MSK", "infection of joint replacements"),
    ("atrial fibrillation", "AF", "CVD", "an irregular heartbeat (AF)"),
    ("heart failure", "HF", "CVD", "heart failure"),
    ("heart failure with preserved ejection fraction", "HFpEF", "CVD", "a form of heart failure"),
    ("hypertension", None, "CVD", "high blood pressure"),
    ("familial hypercholesterolaemia", "FH", "CVD GEN", "inherited high cholesterol"),
    ("aortic stenosis", None, "CVD AGE", "narrowing of the aortic heart valve"),
    ("abdominal aortic aneurysm", "AAA", "CVD", "a swelling of the body's main blood vessel"),
    ("peripheral arterial disease", "PAD", "CVD DIAB", "poor circulation in the legs"),
    ("acute coronary syndrome", "ACS", "CVD ACUTE", "heart attack"),
    ("out-of-hospital cardiac arrest", "OHCA", "CVD ACUTE", "cardiac arrest"),
    ("acute stroke", None, "CVD NEU ACUTE", "stroke"),
    ("transient ischaemic attack", "TIA", "CVD NEU", "mini-stroke"),
    ("venous thromboembolism", "VTE", "CVD", "blood clots"),
    ("hypertrophic cardiomyopathy", "HCM", "CVD GEN RARE", "an inherited heart muscle disease"),
    ("congenital heart disease", "CHD", "CVD PAED", "heart conditions present from birth"),
    ("pulmonary arterial hypertension", "PAH", "CVD RES RARE", "high blood pressure in the lungs"),
    ("chronic obstructive pulmonary disease", "COPD", "RES", "COPD"),
    ("asthma", None, "RES PAED", "asthma"),
    ("severe asthma", None, "RES", "severe asthma"),
    ("bronchiectasis", None, "RES", "bronchiectasis"),
    ("idiopathic pulmonary fibrosis", "IPF", "RES RARE", "lung scarring (IPF)"),
    ("obstructive sleep apnoea", "OSA", "RES", "sleep apnoea"),
    ("cystic fibrosis", "CF", "RES GEN RARE PAED", "cystic fibrosis"),
    ("interstitial lung disease", "ILD", "RES", "lung scarring"),
    ("first-episode psychosis", "FEP", "MH", "psychosis"),
    ("schizophrenia", None, "MH", "schizophrenia"),
    ("bipolar disorder", None, "MH", "bipolar disorder"),
    ("treatment-resistant depression", "TRD", "MH", "depression that has not responded to treatment"),
    ("perinatal depression", None, "MH MAT", "depression during and after pregnancy"),
    ("generalised anxiety disorder", "GAD", "MH", "anxiety"),
    ("post-traumatic stress disorder", "PTSD", "MH", "PTSD"),
    ("anorexia nervosa", None, "MH PAED", "anorexia"),
    ("self-harm", None, "MH PAED", "self-harm"),
    ("attention deficit hyperactivity disorder", "ADHD", "MH PAED", "ADHD"),
    ("autism", None, "MH PAED", "autism"),
    ("alcohol use disorder", "AUD", "MH ADD GI", "alcohol problems"),
    ("opioid dependence", None, "ADD MH", "opioid addiction"),
    ("insomnia disorder", None, "MH", "sleep problems"),
    ("Parkinson's disease", "PD", "NEU AGE", "Parkinson's"),
    ("multiple sclerosis", "MS", "NEU", "MS"),
    ("motor neurone disease", "MND", "NEU RARE", "motor neurone disease"),
    ("Huntington's disease", "HD", "NEU GEN RARE", "Huntington's disease"),
    ("epilepsy", None, "NEU PAED", "epilepsy"),
    ("chronic migraine", None, "NEU PAIN", "migraine"),
    ("Alzheimer's disease", "AD", "NEU AGE", "Alzheimer's"),
    ("dementia", None, "NEU AGE", "dementia"),
    ("traumatic brain injury", "TBI", "NEU ACUTE", "head injury"),
    ("spinal cord injury", "SCI", "NEU MSK", "spinal cord injury"),
    ("myasthenia gravis", None, "NEU RARE", "myasthenia gravis"),
    ("functional neurological disorder", "FND", "NEU MH", "functional neurological disorder"),
    ("osteoarthritis of the knee", None, "MSK AGE", "knee arthritis"),
    ("rheumatoid arthritis", "RA", "MSK", "rheumatoid arthritis"),
    ("axial spondyloarthritis", "axSpA", "MSK", "inflammatory back pain"),
    ("osteoporosis", None, "MSK AGE", "fragile bones"),
    ("hip fracture", None, "MSK AGE ACUTE", "broken hip"),
    ("chronic low back pain", None, "MSK PAIN", "back pain"),
    ("fibromyalgia", None, "MSK PAIN", "fibromyalgia"),
    ("systemic lupus erythematosus", "SLE", "MSK RARE", "lupus"),
    ("gout", None, "MSK MET", "gout"),
    ("pre-eclampsia", None, "MAT", "pre-eclampsia"),
    ("gestational diabetes", "GDM", "MAT DIAB", "diabetes in pregnancy"),
    ("preterm birth", None, "MAT PAED", "premature birth"),
    ("stillbirth", None, "MAT", "stillbirth"),
    ("postpartum haemorrhage", "PPH", "MAT ACUTE", "heavy bleeding after birth"),
    ("hyperemesis gravidarum", None, "MAT", "severe sickness in pregnancy"),
    ("endometriosis", None, "MAT PAIN", "endometriosis"),
    ("polycystic ovary syndrome", "PCOS", "MAT MET", "PCOS"),
    ("neonatal hypoxic-ischaemic encephalopathy", "HIE", "PAED MAT NEU", "brain injury around birth"),
    ("bronchopulmonary dysplasia", "BPD", "PAED RES", "lung disease in premature babies"),
    ("neonatal jaundice", None, "PAED MAT", "jaundice in newborn babies"),
    ("childhood obesity", None, "PAED MET", "obesity in children"),
    ("cerebral palsy", "CP", "PAED NEU", "cerebral palsy"),
    ("Duchenne muscular dystrophy", "DMD", "PAED RARE GEN NEU", "Duchenne muscular dystrophy"),
    ("spinal muscular atrophy", "SMA", "PAED RARE GEN NEU", "spinal muscular atrophy"),
    ("glaucoma", None, "EYE AGE", "glaucoma"),
    ("neovascular age-related macular degeneration", "nAMD", "EYE AGE", "wet macular degeneration"),
    ("diabetic retinopathy", "DR", "EYE DIAB", "diabetic eye disease"),
    ("keratoconus", None, "EYE RARE", "a thinning of the cornea"),
    ("retinitis pigmentosa", "RP", "EYE GEN RARE", "an inherited sight-loss condition"),
    ("amblyopia", None, "EYE PAED", "lazy eye"),
    ("age-related hearing loss", None, "ENT AGE", "hearing loss"),
    ("tinnitus", None, "ENT", "tinnitus"),
    ("chronic rhinosinusitis", "CRS", "ENT", "long-term sinus problems"),
    ("psoriasis", None, "SKIN", "psoriasis"),
    ("atopic eczema", None, "SKIN PAED", "eczema"),
    ("hidradenitis suppurativa", "HS", "SKIN RARE", "a painful long-term skin condition"),
    ("venous leg ulcers", None, "SKIN AGE", "leg ulcers"),
    ("pressure ulcers", None, "SKIN AGE", "pressure sores"),
    ("epidermolysis bullosa", "EB", "SKIN GEN RARE", "butterfly skin"),
    ("chronic kidney disease", "CKD", "REN DIAB", "kidney disease"),
    ("acute kidney injury", "AKI", "REN ACUTE", "sudden kidney damage"),
    ("end-stage kidney disease on haemodialysis", "ESKD", "REN", "kidney failure"),
    ("autosomal dominant polycystic kidney disease", "ADPKD", "REN GEN RARE", "an inherited kidney condition"),
    ("Crohn's disease", None, "GI", "Crohn's disease"),
    ("ulcerative colitis", "UC", "GI", "ulcerative colitis"),
    ("coeliac disease", None, "GI", "coeliac disease"),
    ("irritable bowel syndrome", "IBS", "GI", "IBS"),
    ("metabolic dysfunction-associated steatotic liver disease", "MASLD", "GI MET", "fatty liver disease"),
    ("liver cirrhosis", None, "GI", "liver scarring"),
    ("primary sclerosing cholangitis", "PSC", "GI RARE", "a rare bile duct disease"),
    ("type 2 diabetes", "T2D", "DIAB MET", "type 2 diabetes"),
    ("type 1 diabetes", "T1D", "DIAB MET PAED", "type 1 diabetes"),
    ("obesity", None, "MET", "obesity"),
    ("non-diabetic hyperglycaemia", "NDH", "DIAB MET", "pre-diabetes"),
    ("hypothyroidism", None, "MET", "an underactive thyroid"),
    ("phenylketonuria", "PKU", "MET GEN RARE PAED", "an inherited metabolic condition"),
    ("Fabry disease", None, "MET GEN RARE REN", "a rare inherited condition"),
    ("sickle cell disease", "SCD", "BLOOD GEN RARE", "sickle cell disease"),
    ("beta thalassaemia", None, "BLOOD GEN RARE", "thalassaemia"),
    ("haemophilia A", None, "BLOOD GEN RARE", "haemophilia"),
    ("iron deficiency anaemia", "IDA", "BLOOD MAT", "anaemia"),
    ("frailty", None, "AGE", "frailty"),
    ("falls in later life", None, "AGE MSK", "falls"),
    ("delirium", None, "AGE NEU ACUTE", "sudden confusion (delirium)"),
    ("multiple long-term conditions", "MLTC", "AGE", "living with several long-term conditions"),
    ("urinary incontinence", None, "AGE REN", "bladder leakage"),
    ("chronic pain", None, "PAIN", "long-term pain"),
    ("lymphoedema", None, "CAN SKIN", "swelling caused by lymphoedema"),
    ("cleft lip and palate", None, "PAED RARE", "cleft lip and palate"),
    ("major trauma", None, "ACUTE MSK", "serious injury"),
    ("burn injuries", None, "ACUTE SKIN", "burns"),
    ("poor oral health in care homes", None, "AGE DENT", "poor oral health"),
    ("dental caries in children", None, "PAED DENT", "tooth decay in children"),
]
CONDS = [dict(name=c[0], abbr=c[1], areas=set(c[2].split()), lay=c[3], i=i) for i, c in enumerate(CONDITIONS)]

# phrase, category, areas ("*" = any), focus
TECHNOLOGIES = [
    ("remote monitoring platform", "DIG", "CVD RES REN DIAB AGE MH CAN", "clinical"),
    ("smartphone self-management app", "DIG", "*", "clinical"),
    ("virtual ward model", "SVC", "RES CVD AGE INF ACUTE", "clinical"),
    ("video consultation service", "DIG", "*", "both"),
    ("digital cognitive behavioural therapy", "DIG", "MH PAIN GI ENT", "clinical"),
    ("machine-learning risk prediction tool", "AI", "*", "clinical"),
    ("AI-assisted image analysis", "AI", "CAN EYE SKIN MSK CVD RES NEU", "clinical"),
    ("deep-learning triage of chest X-rays", "AI", "RES CAN INF", "clinical"),
    ("natural language processing of clinic letters", "ADMIN", "*", "non-clinical"),
    ("automated appointment scheduling", "ADMIN", "*", "non-clinical"),
    ("AI-supported clinical coding", "ADMIN", "*", "non-clinical"),
    ("electronic patient-reported outcome measures", "DIG", "*", "both"),
    ("wearable ECG patch", "DEV", "CVD NEU", "clinical"),
    ("smart inhaler with adherence sensor", "DEV", "RES", "clinical"),
    ("home spirometry", "DEV", "RES", "clinical"),
    ("continuous glucose monitoring", "DEV", "DIAB", "clinical"),
    ("closed-loop insulin delivery", "DEV", "DIAB", "clinical"),
    ("capsule endoscopy", "DX", "GI", "clinical"),
    ("Cytosponge cell collection", "DX", "GI", "clinical"),
    ("faecal immunochemical testing", "DX", "GI", "clinical"),
    ("point-of-care C-reactive protein testing", "DX", "INF RES", "clinical"),
    ("rapid molecular point-of-care testing", "DX", "INF SEX", "clinical"),
    ("breath analysis for volatile organic compounds", "DX", "CAN RES GI INF", "clinical"),
    ("circulating tumour DNA liquid biopsy", "DX", "CAN", "clinical"),
    ("multi-cancer early detection blood test", "DX", "CAN", "clinical"),
    ("fractional exhaled nitric oxide testing", "DX", "RES", "clinical"),
    ("handheld point-of-care ultrasound", "DEV", "*", "clinical"),
    ("optical coherence tomography with automated grading", "DX", "EYE DIAB NEU", "clinical"),
    ("whole genome sequencing", "GEN", "RARE CAN GEN INF", "clinical"),
    ("pharmacogenomic testing", "GEN", "MH CVD CAN", "clinical"),
    ("polygenic risk scores", "GEN", "CVD CAN DIAB", "clinical"),
    ("cascade genetic testing", "GEN", "GEN", "clinical"),
    ("CAR-T cell therapy", "ATMP", "BLOOD", "clinical"),
    ("AAV gene therapy", "ATMP", "RARE GEN", "clinical"),
    ("antisense oligonucleotide therapy", "RX", "RARE GEN", "clinical"),
    ("repurposed metformin", "RX", "CAN MET AGE", "clinical"),
    ("long-acting injectable antiretrovirals", "RX", "BBV", "clinical"),
    ("bacteriophage therapy", "RX", "INF", "clinical"),
    ("monoclonal antibody therapy", "RX", "*", "clinical"),
    ("psilocybin-assisted therapy", "RX", "MH ADD", "clinical"),
    ("low-dose colchicine", "RX", "CVD MSK", "clinical"),
    ("intranasal esketamine", "RX", "MH", "clinical"),
    ("antifungal prophylaxis", "RX", "INF", "clinical"),
    ("MRI-guided adaptive radiotherapy", "DEV", "CAN", "clinical"),
    ("focused ultrasound", "DEV", "NEU CAN", "clinical"),
    ("robotic-assisted surgery", "DEV", "CAN GI MSK REN", "clinical"),
    ("3D-printed patient-specific implants", "DEV", "MSK CAN", "clinical"),
    ("negative pressure wound therapy", "DEV", "SKIN DIAB ACUTE", "clinical"),
    ("photobiomodulation", "DEV", "CAN DENT SKIN", "clinical"),
    ("transcutaneous vagus nerve stimulation", "DEV", "NEU MH PAIN", "clinical"),
    ("lower-limb exoskeleton", "DEV", "NEU MSK", "clinical"),
    ("virtual reality distraction", "DIG", "PAED PAIN MH", "clinical"),
    ("social prescribing link workers", "SVC", "MH AGE PAIN", "clinical"),
    ("peer support workers", "SVC", "MH ADD MAT", "clinical"),
    ("exercise prehabilitation", "SVC", "CAN MSK CVD", "clinical"),
    ("community pharmacy case-finding", "SVC", "CVD RES DIAB INF", "clinical"),
    ("nurse-led outreach clinics", "SVC", "*", "clinical"),
    ("patient-initiated follow-up", "SVC", "*", "both"),
    ("hospital at home", "SVC", "AGE RES ACUTE", "clinical"),
    ("mobile screening units", "SVC", "CAN INF EYE", "clinical"),
    ("text-message reminders", "DIG", "*", "non-clinical"),
    ("shared care record integration", "ADMIN", "*", "non-clinical"),
    ("e-rostering and workforce analytics", "ADMIN", "*", "non-clinical"),
    ("theatre scheduling optimisation", "ADMIN", "CAN MSK GI", "non-clinical"),
    ("bed management dashboard", "ADMIN", "ACUTE AGE", "non-clinical"),
    ("digital referral triage", "ADMIN", "*", "both"),
    ("clinical decision support software", "AI", "*", "clinical"),
    ("federated learning on routine data", "AI", "*", "clinical"),
    ("digital twin modelling", "AI", "CVD CAN", "clinical"),
    ("acoustic cough analysis", "AI", "RES INF", "clinical"),
    ("voice biomarker analysis", "AI", "NEU MH RES", "clinical"),
    ("smartphone gait analysis", "AI", "NEU AGE MSK", "clinical"),
    ("fall detection sensors", "DEV", "AGE", "clinical"),
    ("acoustic monitoring in care homes", "DEV", "AGE", "both"),
    ("telerehabilitation", "DIG", "NEU MSK CVD RES", "clinical"),
    ("group consultations", "SVC", "DIAB CVD RES", "clinical"),
    ("structured education programme", "SVC", "DIAB MET MSK", "clinical"),
    ("school-based screening", "SVC", "PAED EYE DENT", "clinical"),
    ("fluoride varnish programme", "SVC", "DENT", "clinical"),
    ("smartphone fundus camera", "DX", "EYE DIAB", "clinical"),
    ("automated insulin dose advisor", "AI", "DIAB", "clinical"),
    ("antimicrobial stewardship dashboard", "DIG", "INF", "both"),
    ("wastewater surveillance", "DX", "INF", "non-clinical"),
    ("drone delivery of pathology samples", "SVC", "*", "non-clinical"),
    ("digital pathology with AI", "AI", "CAN", "both"),
    ("teledermatology", "DIG", "SKIN", "clinical"),
    ("hearing screening app", "DIG", "ENT", "clinical"),
    ("sensor-enabled wound dressing", "DEV", "SKIN DIAB", "clinical"),
    ("AI-supported fetal heart rate monitoring", "AI", "MAT", "clinical"),
    ("home blood pressure telemonitoring", "DIG", "CVD MAT", "clinical"),
    ("placental growth factor testing", "DX", "MAT", "clinical"),
    ("point-of-care bilirubin testing", "DX", "MAT PAED", "clinical"),
]
TECHS = [dict(name=t[0], cat=t[1], areas=(None if t[2] == "*" else set(t[2].split())), focus=t[3], i=i)
         for i, t in enumerate(TECHNOLOGIES)]

TECH_AREA_LABEL = {
    "DIG": ["Digital health", "Digital", "Digital health technology", "Apps and digital tools"],
    "AI": ["Artificial intelligence", "AI / data science", "Data and AI", "Digital health (AI)"],
    "ADMIN": ["Digital (operational)", "Back-office automation", "Data and digital", "Operational technology"],
    "DEV": ["Medical devices", "MedTech", "Devices", "Medical technology"],
    "DX": ["Diagnostics", "In vitro diagnostics", "Diagnostics (IVD)", "Point-of-care diagnostics"],
    "GEN": ["Genomics", "Genomic medicine", "Genetics and genomics", "Genomics"],
    "RX": ["Medicines", "Pharmaceuticals", "Drugs and therapeutics", "Medicines"],
    "ATMP": ["Advanced therapies", "Cell and gene therapy", "ATMPs", "Advanced therapy medicinal products"],
    "SVC": ["Service innovation", "Service redesign", "Care pathway innovation", "Models of care"],
}

# population phrase, short phrase, allowed areas (None = any) , excluded areas
POPULATIONS = [
    ("older adults living at home", "older adults", None, {"PAED", "MAT"}),
    ("people aged 75 and over", "over-75s", None, {"PAED", "MAT"}),
    ("children and young people", "children and young people", None, {"AGE", "MAT", "DENT"}),
    ("adolescents aged 11 to 18", "adolescents", None, {"AGE", "MAT"}),
    ("adults aged 40 to 74", "adults aged 40-74", None, {"PAED", "MAT"}),
    ("pregnant women", "pregnant women", {"MAT", "MH", "DIAB", "INF", "CVD", "BLOOD"}, set()),
    ("women in the first year after birth", "new mothers", {"MAT", "MH", "DIAB", "CVD"}, set()),
    ("preterm and low birthweight infants", "preterm infants", {"MAT", "PAED"}, {"AGE"}),
    ("people experiencing homelessness", "people experiencing homelessness", None, {"PAED", "MAT"}),
    ("people from South Asian communities", "South Asian communities", None, set()),
    ("Black African and Black Caribbean communities", "Black African and Caribbean communities", None, set()),
    ("people with a learning disability", "people with a learning disability", None, set()),
    ("armed forces veterans", "veterans", None, {"PAED", "MAT"}),
    ("care home residents", "care home residents", None, {"PAED", "MAT"}),
    ("people in contact with the criminal justice system", "people in prison", None, {"PAED", "AGE"}),
    ("rural and coastal communities", "rural and coastal communities", None, set()),
    ("asylum seekers and refugees", "refugees", None, set()),
    ("Gypsy, Roma and Traveller communities", "Gypsy, Roma and Traveller communities", None, set()),
    ("unpaid carers", "carers", None, {"PAED", "MAT"}),
    ("night-shift workers", "shift workers", None, {"PAED", "AGE", "MAT"}),
    ("people with severe mental illness", "people with SMI", None, {"PAED", "MAT"}),
    ("adults with multiple long-term conditions", "adults with MLTC", None, {"PAED", "MAT"}),
    ("NHS staff", "NHS staff", None, {"PAED", "MAT", "AGE", "RARE"}),
    ("people who inject drugs", "people who inject drugs", {"ADD", "BBV"}, set()),
    ("men who have sex with men", "MSM", {"SEX", "BBV"}, set()),
    ("people living in the most deprived areas", "deprived communities", None, set()),
    ("working-age adults", "working-age adults", None, {"PAED", "AGE"}),
    ("people with sight loss", "people with sight loss", None, set()),
    ("people with limited English", "people with limited English", None, set()),
    ("farming and agricultural workers", "farmers", None, {"PAED", "MAT"}),
    ("university students", "students", None, {"AGE", "PAED"}),
    ("people on NHS waiting lists", "patients on waiting lists", None, {"PAED", "MAT"}),
]
POPS = [dict(name=p[0], short=p[1], only=p[2], excl=p[3], i=i) for i, p in enumerate(POPULATIONS)]

SETTINGS = [
    ("primary care", None), ("general practice", None), ("community pharmacies", None),
    ("acute hospitals", None), ("emergency departments", {"ACUTE", "INF", "CVD", "RES", "MH", "PAED", "NEU", "MSK"}),
    ("intensive care units", {"ACUTE", "INF", "RES", "CVD", "NEU", "REN"}),
    ("care homes", {"AGE", "INF", "NEU", "SKIN", "DENT", "MH", "RES", "CVD"}),
    ("hospices", {"CAN", "NEU", "RES", "CVD", "AGE", "PAIN"}),
    ("mental health inpatient units", {"MH", "ADD"}), ("community services", None),
    ("maternity units", {"MAT"}), ("neonatal units", {"MAT", "PAED"}), ("outpatient clinics", None),
    ("patients' homes", None), ("prisons", {"MH", "ADD", "INF", "SEX", "CVD", "DENT"}),
    ("schools", {"PAED", "MH", "DENT", "EYE", "ENT", "RES"}), ("ambulance services", {"ACUTE", "CVD", "NEU", "RES", "AGE"}),
    ("sexual health clinics", {"SEX", "INF"}), ("district general hospitals", None),
    ("specialist centres", {"RARE", "CAN", "GEN", "NEU", "PAED", "BLOOD"}),
    ("urgent treatment centres", {"ACUTE", "INF", "MSK", "RES"}), ("dental practices", {"DENT", "CAN"}),
    ("optometry practices", {"EYE", "DIAB"}), ("diagnostic hubs", {"CAN", "RES", "CVD", "GI"}),
]

OUTCOMES = {
    "CAN": ["stage at diagnosis", "time to diagnosis", "treatment toxicity", "cancer survival", "uptake of screening"],
    "INF": ["antibiotic prescribing", "time to effective treatment", "onward transmission", "hospital-onset infections"],
    "SEX": ["onward transmission", "testing uptake", "time to treatment"],
    "CVD": ["emergency admissions", "time to anticoagulation", "blood pressure control", "30-day readmissions"],
    "RES": ["exacerbations", "unplanned admissions", "inhaler technique", "time to diagnosis"],
    "MH": ["symptom severity", "relapse", "time to treatment", "out-of-area placements"],
    "ADD": ["retention in treatment", "drug-related deaths", "relapse"],
    "NEU": ["disability progression", "time to diagnosis", "carer burden"],
    "MSK": ["pain and function", "return to work", "time to surgery"],
    "MAT": ["maternal morbidity", "neonatal unit admissions", "time to diagnosis"],
    "PAED": ["school attendance", "emergency attendances", "developmental outcomes"],
    "EYE": ["sight loss", "clinic capacity", "time to treatment"],
    "ENT": ["hearing-related quality of life", "referral rates"],
    "SKIN": ["healing time", "flare frequency"],
    "DIAB": ["HbA1c", "hypoglycaemia", "amputations"],
    "MET": ["weight loss", "metabolic control"],
    "REN": ["progression to dialysis", "hospital admissions"],
    "GI": ["diagnostic delay", "flare-ups", "unnecessary colonoscopies"],
    "AGE": ["falls", "hospital admissions", "independence at home"],
    "BLOOD": ["crisis admissions", "transfusion requirements"],
    "RARE": ["time to diagnosis", "diagnostic yield"],
    "GEN": ["diagnostic yield", "uptake of testing"],
    "PAIN": ["pain interference", "opioid prescribing"],
    "ACUTE": ["mortality", "length of stay"],
    "DENT": ["tooth decay", "dental extractions"],
}
GENERIC_OUTCOMES = ["quality of life", "length of stay", "waiting times", "cost per patient", "health inequalities",
                    "patient experience"]
NONCLIN_OUTCOMES = ["did-not-attend rates", "administrative time", "clinic utilisation", "staff time released",
                    "referral turnaround times"]

DESIGNS = ["randomised controlled trial", "pragmatic cluster randomised trial", "stepped-wedge cluster trial",
           "feasibility study", "mixed-methods evaluation", "multicentre cohort study", "non-inferiority trial",
           "realist evaluation", "interrupted time series analysis", "diagnostic accuracy study", "platform trial",
           "pilot randomised trial", "qualitative study", "target trial emulation using routine data"]

ACRO_WORDS = ["BEACON", "ANCHOR", "COMPASS", "HORIZON", "PRISM", "TANDEM", "RELIEF", "KINDLE", "LANTERN", "MOSAIC",
              "NAVIGATE", "ORBIT", "PIVOT", "QUARTZ", "RESTORE", "SENTINEL", "TIDE", "UPLIFT", "VIGIL", "WAYPOINT",
              "BREATHE", "SPARK", "ECHO", "HARBOUR", "THRIVE", "STRIDE", "KESTREL", "FALCON", "OSPREY", "HERON",
              "MERLIN", "PHOENIX", "CASCADE", "CATALYST", "CONNECT", "ENABLE", "EMPOWER", "FOCUS", "GUARD", "IMPACT",
              "INSIGHT", "JIGSAW", "LINK", "MOMENTUM", "NEXUS", "OPTIMA", "PATHWAY", "PULSE", "RADAR", "REACH",
              "RESOLVE", "SHIELD", "SIGNAL", "STEADY", "SUMMIT", "TRACE", "TRIAGE", "VECTOR", "VISTA", "ZENITH",
              "ARDEN", "BRAMBLE", "CLOVER", "DAISY", "FERN", "HAZEL", "IVY", "JUNIPER", "LARCH", "MAPLE", "ROWAN",
              "WILLOW", "ASPEN", "CEDAR", "ELDER", "ALDER", "BIRCH", "HOLLY", "LINDEN", "SORREL", "TEASEL", "YARROW",
              "AURORA", "COMET", "ORION", "PERSEUS", "SIRIUS", "VEGA", "ALTAIR", "CASTOR", "POLARIS", "RIGEL",
              "ATLAS", "DELTA", "EPSILON", "GAMMA", "KAPPA", "LAMBDA", "OMEGA", "SIGMA", "THETA", "ZETA",
              "BRIDGE", "CIRCLE", "HELM", "KEEL", "MAST", "RUDDER", "TILLER", "TETHER", "SPINDLE", "LOOM"]

FIRST = ["Aisha", "Alistair", "Amara", "Amit", "Angharad", "Anjali", "Bethan", "Catriona", "Chidi", "Ciaran", "Deepa",
         "Declan", "Eilidh", "Emeka", "Fatima", "Fiona", "Gareth", "Grace", "Hamish", "Hannah", "Ifeoma", "Imran",
         "Isla", "James", "Jasmine", "Joanna", "Kwame", "Laura", "Lowri", "Mairead", "Marcus", "Mei", "Mohammed",
         "Nadia", "Niamh", "Oluwaseun", "Owain", "Priya", "Rhys", "Ruth", "Saoirse", "Sanjay", "Sarah", "Siobhan",
         "Sunita", "Tariq", "Thomas", "Tomasz", "Usha", "Vikram", "Yasmin", "Zainab", "Helen", "Richard", "Claire",
         "David", "Rachel", "Andrew", "Elizabeth", "Martin", "Kate", "Stephen", "Rebecca", "Paul", "Lucy", "Jonathan",
         "Emma", "Michael", "Victoria", "Neil", "Sophie", "Gwen", "Robert", "Louise", "Simon", "Catherine", "Peter",
         "Alison", "Ian", "Joanne", "Adebayo", "Beatriz", "Dimitrios", "Elena", "Francesca", "Giorgos", "Hui",
         "Jakub", "Katarzyna", "Lars", "Magdalena", "Nikhil", "Olga", "Rui", "Shreya", "Wei", "Xin", "Yusuf"]
SURN = ["Abbott", "Adeyemi", "Ahmed", "Ali", "Armstrong", "Bhatt", "Boateng", "Bradley", "Campbell", "Chakraborty",
        "Chan", "Chowdhury", "Clarke", "Cooper", "Davies", "Dhillon", "Doherty", "Edwards", "Evans", "Ferguson",
        "Fitzgerald", "Fraser", "Gallagher", "Ghosh", "Gill", "Griffiths", "Hall", "Hamilton", "Hassan", "Hughes",
        "Hussain", "Iqbal", "Jackson", "Jenkins", "Johnson", "Jones", "Kaur", "Kelly", "Khan", "Kowalski", "Lewis",
        "Li", "Lloyd", "MacDonald", "McAllister", "McLaughlin", "Mensah", "Mistry", "Morgan", "Murphy", "Nair",
        "Nowak", "O'Brien", "O'Neill", "Okafor", "Owen", "Parry", "Patel", "Pearson", "Price", "Rahman", "Reid",
        "Roberts", "Robertson", "Ross", "Shah", "Sharma", "Singh", "Smith", "Stewart", "Sutherland", "Taylor",
        "Thomas", "Thompson", "Wang", "Walker", "Watson", "Williams", "Wilson", "Wright", "Yusuf", "Zhang", "Nwosu",
        "Begum", "Chaudhry", "Doyle", "Quinn", "Lynch", "Baird", "Jamieson", "Pritchard", "Rees", "Vaughan",
        "Llewellyn", "Hopkins", "Kerr", "Munro", "Scott", "Marsh", "Holt", "Achterberg", "Bianchi", "Costa",
        "Dubois", "Eriksson", "Fischer", "Garcia", "Hansen", "Ivanova", "Jansen", "Kovacs", "Lindqvist", "Moreau",
        "Novak", "Papadopoulos", "Rossi", "Schmidt", "Virtanen", "Weber"]

# ------------------------------------------------------------------------------------
# Geography: one entry per health innovation network footprint (or devolved nation)
# trusts: (name, acronym, ods-like code, old name or None)
# ------------------------------------------------------------------------------------
AREAS = [
    dict(key="NENC", region="North East", country="England", nhs_region="North East and Yorkshire",
         footprint="North East and North Cumbria",
         hin=("Health Innovation North East and North Cumbria", "HIN NENC", "AHSN North East and North Cumbria"),
         trusts=[("The Newcastle upon Tyne Hospitals NHS Foundation Trust", "NUTH", "RTD", None),
                 ("South Tees Hospitals NHS Foundation Trust", "STHFT", "RTR", None),
                 ("Northumbria Healthcare NHS Foundation Trust", "NHCFT", "RTF", None),
                 ("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "CNTW", "RX4",
                  "Northumberland, Tyne and Wear NHS Foundation Trust"),
                 ("South Tyneside and Sunderland NHS Foundation Trust", "STSFT", "R0B", None),
                 ("North Cumbria Integrated Care NHS Foundation Trust", "NCIC", "RNN", None),
                 ("County Durham and Darlington NHS Foundation Trust", "CDDFT", "RXP", None)],
         unis=[("Newcastle University", "NCL"), ("Durham University", None), ("Northumbria University", None),
               ("Teesside University", None), ("University of Sunderland", None)],
         places=[("Newcastle upon Tyne", "Tyne and Wear"), ("Sunderland", "Tyne and Wear"),
                 ("Middlesbrough", "North Yorkshire"), ("Durham", "County Durham"), ("Darlington", "County Durham"),
                 ("Hartlepool", "County Durham"), ("Carlisle", "Cumbria"), ("Blyth", "Northumberland"),
                 ("Hexham", "Northumberland")], weight=5),
    dict(key="NWC", region="North West", country="England", nhs_region="North West",
         footprint="North West Coast",
         hin=("Health Innovation North West Coast", "HINNWC", "Innovation Agency"),
         trusts=[("Liverpool University Hospitals NHS Foundation Trust", "LUHFT", "REM",
                  "Royal Liverpool and Broadgreen University Hospitals NHS Trust"),
                 ("Alder Hey Children's NHS Foundation Trust", "Alder Hey", "RBS", None),
                 ("Lancashire Teaching Hospitals NHS Foundation Trust", "LTHTR", "RXN", None),
                 ("Blackpool Teaching Hospitals NHS Foundation Trust", "BTH", "RXL", None),
                 ("Mersey Care NHS Foundation Trust", "Mersey Care", "RW4", None),
                 ("University Hospitals of Morecambe Bay NHS Foundation Trust", "UHMBT", "RTX", None),
                 ("Wirral University Teaching Hospital NHS Foundation Trust", "WUTH", "RBL", None)],
         unis=[("University of Liverpool", None), ("Lancaster University", None),
               ("Liverpool John Moores University", "LJMU"), ("University of Central Lancashire", "UCLan"),
               ("Edge Hill University", None)],
         places=[("Liverpool", "Merseyside"), ("St Helens", "Merseyside"), ("Birkenhead", "Merseyside"),
                 ("Blackpool", "Lancashire"), ("Preston", "Lancashire"), ("Burnley", "Lancashire"),
                 ("Barrow-in-Furness", "Cumbria"), ("Chester", "Cheshire"), ("Warrington", "Cheshire")], weight=5),
    dict(key="GM", region="North West", country="England", nhs_region="North West",
         footprint="Greater Manchester",
         hin=("Health Innovation Manchester", "HInM", "Greater Manchester AHSN"),
         trusts=[("Manchester University NHS Foundation Trust", "MFT", "R0A",
                  "Central Manchester University Hospitals NHS Foundation Trust"),
                 ("Northern Care Alliance NHS Foundation Trust", "NCA", "RM3", "Salford Royal NHS Foundation Trust"),
                 ("The Christie NHS Foundation Trust", "The Christie", "RBV", None),
                 ("Stockport NHS Foundation Trust", None, "RWJ", None),
                 ("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust", "WWL", "RRF", None),
                 ("Greater Manchester Mental Health NHS Foundation Trust", "GMMH", "RXV", None),
                 ("Tameside and Glossop Integrated Care NHS Foundation Trust", None, "RMP", None)],
         unis=[("University of Manchester", "UoM"), ("Manchester Metropolitan University", "MMU"),
               ("University of Salford", None), ("University of Bolton", None)],
         places=[("Manchester", "Greater Manchester"), ("Salford", "Greater Manchester"),
                 ("Stockport", "Greater Manchester"), ("Bolton", "Greater Manchester"), ("Wigan", "Greater Manchester"),
                 ("Oldham", "Greater Manchester"), ("Rochdale", "Greater Manchester"),
                 ("Ashton-under-Lyne", "Greater Manchester")], weight=7),
    dict(key="YH", region="Yorkshire and The Humber", country="England", nhs_region="North East and Yorkshire",
         footprint="Yorkshire and Humber",
         hin=("Health Innovation Yorkshire & Humber", "HIYH", "Yorkshire & Humber AHSN"),
         trusts=[("Leeds Teaching Hospitals NHS Trust", "LTHT", "RR8", None),
                 ("Sheffield Teaching Hospitals NHS Foundation Trust", "STH", "RHQ", None),
                 ("Bradford Teaching Hospitals NHS Foundation Trust", "BTHFT", "RAE", None),
                 ("Hull University Teaching Hospitals NHS Trust", "HUTH", "RWA", "Hull and East Yorkshire Hospitals NHS Trust"),
                 ("York and Scarborough Teaching Hospitals NHS Foundation Trust", "YSTHFT", "RCB",
                  "York Teaching Hospital NHS Foundation Trust"),
                 ("Leeds and York Partnership NHS Foundation Trust", "LYPFT", "RGD", None),
                 ("Sheffield Children's NHS Foundation Trust", None, "RCU", None),
                 ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", "DBTH", "RP5", None),
                 ("Barnsley Hospital NHS Foundation Trust", "BHNFT", "RFF", None)],
         unis=[("University of Leeds", None), ("University of Sheffield", None), ("University of York", None),
               ("University of Hull", None), ("University of Bradford", None), ("Sheffield Hallam University", "SHU"),
               ("Leeds Beckett University", None), ("University of Huddersfield", None)],
         places=[("Leeds", "West Yorkshire"), ("Bradford", "West Yorkshire"), ("Sheffield", "South Yorkshire"),
                 ("Rotherham", "South Yorkshire"), ("Doncaster", "South Yorkshire"), ("Barnsley", "South Yorkshire"),
                 ("Wakefield", "West Yorkshire"), ("Halifax", "West Yorkshire"), ("Harrogate", "North Yorkshire"),
                 ("Scarborough", "North Yorkshire"), ("Hull", "East Riding of Yorkshire"),
                 ("Grimsby", "North East Lincolnshire"), ("Scunthorpe", "North Lincolnshire")], weight=8),
    dict(key="EM", region="East Midlands", country="England", nhs_region="Midlands",
         footprint="East Midlands",
         hin=("Health Innovation East Midlands", "HIEM", "East Midlands AHSN"),
         trusts=[("Nottingham University Hospitals NHS Trust", "NUH", "RX1", None),
                 ("University Hospitals of Leicester NHS Trust", "UHL", "RWE", None),
                 ("University Hospitals of Derby and Burton NHS Foundation Trust", "UHDB", "RTG",
                  "Derby Teaching Hospitals NHS Foundation Trust"),
                 ("United Lincolnshire Hospitals NHS Trust", "ULHT", "RWD", None),
                 ("Nottinghamshire Healthcare NHS Foundation Trust", None, "RHA", None),
                 ("Leicestershire Partnership NHS Trust", "LPT", "RT5", None),
                 ("Sherwood Forest Hospitals NHS Foundation Trust", "SFHFT", "RK5", None),
                 ("Kettering General Hospital NHS Foundation Trust", "KGH", "RNQ", None)],
         unis=[("University of Nottingham", None), ("University of Leicester", None), ("Loughborough University", None),
               ("De Montfort University", "DMU"), ("Nottingham Trent University", "NTU"), ("University of Lincoln", None),
               ("University of Derby", None)],
         places=[("Nottingham", "Nottinghamshire"), ("Mansfield", "Nottinghamshire"), ("Leicester", "Leicestershire"),
                 ("Loughborough", "Leicestershire"), ("Derby", "Derbyshire"), ("Chesterfield", "Derbyshire"),
                 ("Lincoln", "Lincolnshire"), ("Boston", "Lincolnshire"), ("Skegness", "Lincolnshire"),
                 ("Kettering", "Northamptonshire"), ("Corby", "Northamptonshire")], weight=6),
    dict(key="WM", region="West Midlands", country="England", nhs_region="Midlands",
         footprint="West Midlands",
         hin=("Health Innovation West Midlands", "HIWM", "West Midlands AHSN"),
         trusts=[("University Hospitals Birmingham NHS Foundation Trust", "UHB", "RRK", "Heart of England NHS Foundation Trust"),
                 ("Birmingham Women's and Children's NHS Foundation Trust", "BWC", "RQ3", None),
                 ("University Hospitals of North Midlands NHS Trust", "UHNM", "RJE", None),
                 ("The Royal Wolverhampton NHS Trust", "RWT", "RL4", None),
                 ("Sandwell and West Birmingham Hospitals NHS Trust", "SWBH", "RXK", None),
                 ("University Hospitals Coventry and Warwickshire NHS Trust", "UHCW", "RKB", None),
                 ("The Shrewsbury and Telford Hospital NHS Trust", "SaTH", "RXW", None),
                 ("Wye Valley NHS Trust", None, "RLQ", None),
                 ("Birmingham and Solihull Mental Health NHS Foundation Trust", "BSMHFT", "RXT", None)],
         unis=[("University of Birmingham", None), ("University of Warwick", None), ("Aston University", None),
               ("Keele University", None), ("Coventry University", None), ("Birmingham City University", "BCU"),
               ("University of Wolverhampton", None), ("Staffordshire University", None)],
         places=[("Birmingham", "West Midlands"), ("Coventry", "West Midlands"), ("Wolverhampton", "West Midlands"),
                 ("Walsall", "West Midlands"), ("West Bromwich", "West Midlands"), ("Stoke-on-Trent", "Staffordshire"),
                 ("Stafford", "Staffordshire"), ("Telford", "Shropshire"), ("Shrewsbury", "Shropshire"),
                 ("Hereford", "Herefordshire"), ("Worcester", "Worcestershire"), ("Nuneaton", "Warwickshire")], weight=7),
    dict(key="EAST", region="East of England", country="England", nhs_region="East of England",
         footprint="East of England",
         hin=("Health Innovation East", "HIE", "Eastern AHSN"),
         trusts=[("Cambridge University Hospitals NHS Foundation Trust", "CUH", "RGT", None),
                 ("Royal Papworth Hospital NHS Foundation Trust", "Royal Papworth", "RGM", None),
                 ("Norfolk and Norwich University Hospitals NHS Foundation Trust", "NNUH", "RM1", None),
                 ("East Suffolk and North Essex NHS Foundation Trust", "ESNEFT", "RDE",
                  "Colchester Hospital University NHS Foundation Trust"),
                 ("Mid and South Essex NHS Foundation Trust", "MSEFT", "RAJ", None),
                 ("Bedfordshire Hospitals NHS Foundation Trust", None, "RC9", None),
                 ("North West Anglia NHS Foundation Trust", "NWAFT", "RGN", None),
                 ("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust", "QEHKL", "RCX", None),
                 ("James Paget University Hospitals NHS Foundation Trust", "JPUH", "RGP", None),
                 ("Cambridgeshire and Peterborough NHS Foundation Trust", "CPFT", "RT1", None)],
         unis=[("University of Cambridge", None), ("University of East Anglia", "UEA"),
               ("Anglia Ruskin University", "ARU"), ("University of Essex", None), ("University of Hertfordshire", None),
               ("University of Bedfordshire", None), ("Cranfield University", None)],
         places=[("Cambridge", "Cambridgeshire"), ("Peterborough", "Cambridgeshire"), ("Norwich", "Norfolk"),
                 ("King's Lynn", "Norfolk"), ("Great Yarmouth", "Norfolk"), ("Ipswich", "Suffolk"),
                 ("Lowestoft", "Suffolk"), ("Bury St Edmunds", "Suffolk"), ("Colchester", "Essex"),
                 ("Southend-on-Sea", "Essex"), ("Basildon", "Essex"), ("Luton", "Bedfordshire"),
                 ("Stevenage", "Hertfordshire"), ("Watford", "Hertfordshire")], weight=8),
    dict(key="UCLP", region="London", country="England", nhs_region="London",
         footprint="North Central and North East London",
         hin=("UCLPartners", "UCLP", "UCLPartners AHSN"),
         trusts=[("University College London Hospitals NHS Foundation Trust", "UCLH", "RRV", None),
                 ("Barts Health NHS Trust", "Barts Health", "R1H", None),
                 ("Moorfields Eye Hospital NHS Foundation Trust", "Moorfields", "RP6", None),
                 ("Great Ormond Street Hospital for Children NHS Foundation Trust", "GOSH", "RP4", None),
                 ("Royal Free London NHS Foundation Trust", "RFL", "RAL", None),
                 ("Whittington Health NHS Trust", None, "RKE", None),
                 ("East London NHS Foundation Trust", "ELFT", "RWK", None),
                 ("Homerton Healthcare NHS Foundation Trust", None, "RQX",
                  "Homerton University Hospital NHS Foundation Trust")],
         unis=[("University College London", "UCL"), ("Queen Mary University of London", "QMUL"),
               ("London School of Hygiene & Tropical Medicine", "LSHTM"), ("City, University of London", None),
               ("Middlesex University", None)],
         places=[("Tower Hamlets", "Greater London"), ("Newham", "Greater London"), ("Hackney", "Greater London"),
                 ("Islington", "Greater London"), ("Camden", "Greater London"), ("Barnet", "Greater London"),
                 ("Enfield", "Greater London"), ("Waltham Forest", "Greater London")], weight=12),
    dict(key="NWL", region="London", country="England", nhs_region="London",
         footprint="North West London",
         hin=("Imperial College Health Partners", "ICHP", "Imperial College Health Partners AHSN"),
         trusts=[("Imperial College Healthcare NHS Trust", "ICHT", "RYJ", None),
                 ("Chelsea and Westminster Hospital NHS Foundation Trust", None, "RQM", None),
                 ("London North West University Healthcare NHS Trust", "LNWH", "R1K", None),
                 ("The Hillingdon Hospitals NHS Foundation Trust", "THH", "RAS", None),
                 ("Central and North West London NHS Foundation Trust", "CNWL", "RV3", None)],
         unis=[("Imperial College London", None), ("Brunel University London", None),
               ("University of West London", "UWL")],
         places=[("Brent", "Greater London"), ("Ealing", "Greater London"), ("Hillingdon", "Greater London"),
                 ("Hounslow", "Greater London"), ("Harrow", "Greater London"),
                 ("Hammersmith and Fulham", "Greater London"), ("Westminster", "Greater London")], weight=8),
    dict(key="SL", region="London", country="England", nhs_region="London",
         footprint="South London",
         hin=("Health Innovation Network South London", "HIN South London", "Health Innovation Network"),
         trusts=[("Guy's and St Thomas' NHS Foundation Trust", "GSTT", "RJ1", None),
                 ("King's College Hospital NHS Foundation Trust", "KCH", "RJZ", None),
                 ("South London and Maudsley NHS Foundation Trust", "SLaM", "RV5", None),
                 ("St George's University Hospitals NHS Foundation Trust", None, "RJ7", None),
                 ("Croydon Health Services NHS Trust", None, "RJ6", None),
                 ("Lewisham and Greenwich NHS Trust", "LGT", "RJ2", None),
                 ("Oxleas NHS Foundation Trust", "Oxleas", "RPG", None)],
         unis=[("King's College London", "KCL"), ("St George's, University of London", "SGUL"),
               ("London South Bank University", "LSBU"), ("Kingston University", None)],
         places=[("Lambeth", "Greater London"), ("Southwark", "Greater London"), ("Lewisham", "Greater London"),
                 ("Croydon", "Greater London"), ("Greenwich", "Greater London"), ("Wandsworth", "Greater London"),
                 ("Bromley", "Greater London"), ("Sutton", "Greater London")], weight=9),
    dict(key="OTV", region="South East", country="England", nhs_region="South East",
         footprint="Oxford and Thames Valley",
         hin=("Health Innovation Oxford and Thames Valley", "HIOTV", "Oxford AHSN"),
         trusts=[("Oxford University Hospitals NHS Foundation Trust", "OUH", "RTH", None),
                 ("Oxford Health NHS Foundation Trust", None, "RNU", None),
                 ("Royal Berkshire NHS Foundation Trust", "RBFT", "RHW", None),
                 ("Buckinghamshire Healthcare NHS Trust", None, "RXQ", None),
                 ("Milton Keynes University Hospital NHS Foundation Trust", "MKUH", "RD8", None),
                 ("Frimley Health NHS Foundation Trust", None, "RDU", None),
                 ("Berkshire Healthcare NHS Foundation Trust", None, "RWX", None)],
         unis=[("University of Oxford", None), ("Oxford Brookes University", None), ("University of Reading", None),
               ("University of Buckingham", None)],
         places=[("Oxford", "Oxfordshire"), ("Banbury", "Oxfordshire"), ("Reading", "Berkshire"),
                 ("Slough", "Berkshire"), ("High Wycombe", "Buckinghamshire"), ("Aylesbury", "Buckinghamshire"),
                 ("Milton Keynes", "Buckinghamshire")], weight=9),
    dict(key="KSS", region="South East", country="England", nhs_region="South East",
         footprint="Kent, Surrey and Sussex",
         hin=("Health Innovation Kent Surrey Sussex", "HIKSS", "Kent Surrey Sussex AHSN"),
         trusts=[("East Kent Hospitals University NHS Foundation Trust", "EKHUFT", "RVV", None),
                 ("Maidstone and Tunbridge Wells NHS Trust", "MTW", "RWF", None),
                 ("Medway NHS Foundation Trust", None, "RPA", None),
                 ("University Hospitals Sussex NHS Foundation Trust", None, "RYR",
                  "Brighton and Sussex University Hospitals NHS Trust"),
                 ("Sussex Partnership NHS Foundation Trust", "SPFT", "RX2", None),
                 ("Surrey and Sussex Healthcare NHS Trust", "SASH", "RTP", None),
                 ("Royal Surrey NHS Foundation Trust", None, "RA2", "Royal Surrey County Hospital NHS Foundation Trust"),
                 ("Kent Community Health NHS Foundation Trust", "KCHFT", "RYY", None)],
         unis=[("University of Kent", None), ("University of Sussex", None), ("University of Brighton", None),
               ("University of Surrey", None), ("Canterbury Christ Church University", "CCCU"),
               ("Brighton and Sussex Medical School", "BSMS")],
         places=[("Canterbury", "Kent"), ("Margate", "Kent"), ("Maidstone", "Kent"), ("Chatham", "Kent"),
                 ("Hastings", "East Sussex"), ("Eastbourne", "East Sussex"), ("Brighton", "East Sussex"),
                 ("Crawley", "West Sussex"), ("Worthing", "West Sussex"), ("Guildford", "Surrey"),
                 ("Redhill", "Surrey")], weight=6),
    dict(key="WSX", region="South East", country="England", nhs_region="South East",
         footprint="Wessex",
         hin=("Health Innovation Wessex", "HIW", "Wessex AHSN"),
         trusts=[("University Hospital Southampton NHS Foundation Trust", "UHS", "RHM", None),
                 ("Portsmouth Hospitals University NHS Trust", "PHU", "RHU", None),
                 ("University Hospitals Dorset NHS Foundation Trust", "UHD", "R0D",
                  "The Royal Bournemouth and Christchurch Hospitals NHS Foundation Trust"),
                 ("Hampshire Hospitals NHS Foundation Trust", "HHFT", "RN5", None),
                 ("Isle of Wight NHS Trust", None, "R1F", None),
                 ("Dorset HealthCare University NHS Foundation Trust", None, "RDY", None),
                 ("Salisbury NHS Foundation Trust", None, "RNZ", None)],
         unis=[("University of Southampton", None), ("University of Portsmouth", None),
               ("Bournemouth University", None), ("University of Winchester", None)],
         places=[("Southampton", "Hampshire"), ("Portsmouth", "Hampshire"), ("Basingstoke", "Hampshire"),
                 ("Winchester", "Hampshire"), ("Newport", "Isle of Wight"), ("Bournemouth", "Dorset"),
                 ("Poole", "Dorset"), ("Weymouth", "Dorset"), ("Salisbury", "Wiltshire")], weight=5),
    dict(key="SW", region="South West", country="England", nhs_region="South West",
         footprint="South West peninsula",
         hin=("Health Innovation South West", "HISW", "South West AHSN"),
         trusts=[("Royal Devon University Healthcare NHS Foundation Trust", "RDUH", "RH8",
                  "Royal Devon and Exeter NHS Foundation Trust"),
                 ("University Hospitals Plymouth NHS Trust", "UHP", "RK9", None),
                 ("Royal Cornwall Hospitals NHS Trust", "RCHT", "REF", None),
                 ("Torbay and South Devon NHS Foundation Trust", "TSDFT", "RA9", None),
                 ("Somerset NHS Foundation Trust", None, "RH5", "Taunton and Somerset NHS Foundation Trust"),
                 ("Cornwall Partnership NHS Foundation Trust", None, "RJ8", None),
                 ("Devon Partnership NHS Trust", None, "RWV", None)],
         unis=[("University of Exeter", None), ("University of Plymouth", None), ("Falmouth University", None)],
         places=[("Truro", "Cornwall"), ("Camborne", "Cornwall"), ("Penzance", "Cornwall"), ("Plymouth", "Devon"),
                 ("Exeter", "Devon"), ("Torquay", "Devon"), ("Barnstaple", "Devon"), ("Taunton", "Somerset"),
                 ("Yeovil", "Somerset"), ("Bridgwater", "Somerset")], weight=5),
    dict(key="WOE", region="South West", country="England", nhs_region="South West",
         footprint="West of England",
         hin=("Health Innovation West of England", "HIWE", "West of England AHSN"),
         trusts=[("North Bristol NHS Trust", "NBT", "RVJ", None),
                 ("University Hospitals Bristol and Weston NHS Foundation Trust", "UHBW", "RA7",
                  "University Hospitals Bristol NHS Foundation Trust"),
                 ("Royal United Hospitals Bath NHS Foundation Trust", "RUH", "RD1", None),
                 ("Gloucestershire Hospitals NHS Foundation Trust", None, "RTE", None),
                 ("Great Western Hospitals NHS Foundation Trust", "GWH", "RN3", None),
                 ("Avon and Wiltshire Mental Health Partnership NHS Trust", "AWP", "RVN", None)],
         unis=[("University of Bristol", None), ("University of the West of England", "UWE"),
               ("University of Bath", None), ("University of Gloucestershire", None)],
         places=[("Bristol", "City of Bristol"), ("Weston-super-Mare", "Somerset"), ("Bath", "Somerset"),
                 ("Gloucester", "Gloucestershire"), ("Cheltenham", "Gloucestershire"), ("Swindon", "Wiltshire"),
                 ("Trowbridge", "Wiltshire")], weight=5),
    dict(key="SCOT", region="Scotland", country="Scotland", nhs_region="Scotland",
         footprint="Scotland",
         hin=("InnoScot Health", None, "Scottish Health Innovations Ltd"),
         trusts=[("NHS Greater Glasgow and Clyde", "NHSGGC", "S08", None),
                 ("NHS Lothian", None, "S14", None), ("NHS Tayside", None, "S17", None),
                 ("NHS Grampian", None, "S12", None), ("NHS Highland", None, "S13", None),
                 ("NHS Lanarkshire", None, "S15", None), ("NHS Dumfries and Galloway", None, "S06", None),
                 ("NHS Fife", None, "S10", None)],
         unis=[("University of Glasgow", None), ("University of Edinburgh", None), ("University of Dundee", None),
               ("University of Aberdeen", None), ("University of Strathclyde", None), ("University of St Andrews", None),
               ("Glasgow Caledonian University", "GCU"), ("Robert Gordon University", "RGU"),
               ("University of Stirling", None)],
         places=[("Glasgow", "Glasgow City"), ("Paisley", "Renfrewshire"), ("Edinburgh", "City of Edinburgh"),
                 ("Dundee", "Dundee City"), ("Aberdeen", "Aberdeen City"), ("Inverness", "Highland"),
                 ("Fort William", "Highland"), ("Dumfries", "Dumfries and Galloway"), ("Kirkcaldy", "Fife"),
                 ("Motherwell", "North Lanarkshire"), ("Stornoway", "Na h-Eileanan Siar")], weight=8),
    dict(key="WAL", region="Wales", country="Wales", nhs_region="Wales",
         footprint="Wales",
         hin=("Life Sciences Hub Wales", "LSHW", "Life Sciences Hub Wales"),
         trusts=[("Cardiff and Vale University Health Board", "CAVUHB", "7A4", None),
                 ("Swansea Bay University Health Board", "SBUHB", "7A3",
                  "Abertawe Bro Morgannwg University Health Board"),
                 ("Betsi Cadwaladr University Health Board", "BCUHB", "7A1", None),
                 ("Aneurin Bevan University Health Board", "ABUHB", "7A6", None),
                 ("Cwm Taf Morgannwg University Health Board", "CTMUHB", "7A5", "Cwm Taf University Health Board"),
                 ("Hywel Dda University Health Board", "HDdUHB", "7A2", None),
                 ("Powys Teaching Health Board", "PTHB", "7A7", None),
                 ("Velindre University NHS Trust", None, "RQF", None)],
         unis=[("Cardiff University", None), ("Swansea University", None), ("Bangor University", None),
               ("Aberystwyth University", None), ("Cardiff Metropolitan University", None),
               ("University of South Wales", "USW"), ("Wrexham University", None)],
         places=[("Cardiff", "Cardiff"), ("Swansea", "Swansea"), ("Newport", "Newport"),
                 ("Merthyr Tydfil", "Merthyr Tydfil"), ("Bridgend", "Bridgend"), ("Wrexham", "Wrexham"),
                 ("Bangor", "Gwynedd"), ("Rhyl", "Denbighshire"), ("Aberystwyth", "Ceredigion"),
                 ("Carmarthen", "Carmarthenshire"), ("Llandrindod Wells", "Powys")], weight=5),
    dict(key="NI", region="Northern Ireland", country="Northern Ireland", nhs_region="Northern Ireland",
         footprint="Northern Ireland",
         hin=("HSC Innovations", None, "HSC Innovations"),
         trusts=[("Belfast Health and Social Care Trust", "BHSCT", "ZT1", None),
                 ("South Eastern Health and Social Care Trust", "SEHSCT", "ZT4", None),
                 ("Western Health and Social Care Trust", "WHSCT", "ZT7", None),
                 ("Northern Health and Social Care Trust", "NHSCT", "ZT3", None),
                 ("Southern Health and Social Care Trust", "SHSCT", "ZT5", None)],
         unis=[("Queen's University Belfast", "QUB"), ("Ulster University", None)],
         places=[("Belfast", "County Antrim"), ("Derry~Londonderry", "County Londonderry"), ("Newry", "County Down"),
                 ("Ballymena", "County Antrim"), ("Enniskillen", "County Fermanagh"), ("Craigavon", "County Armagh")],
         weight=3),
]
AREA_BY_KEY = {a["key"]: a for a in AREAS}
ENGLISH_AREAS = [a for a in AREAS if a["country"] == "England"]

# region spellings used by different house styles
REGION_VARIANTS = {
    "Yorkshire and The Humber": ["Yorkshire and The Humber", "Yorkshire and the Humber", "Yorkshire & Humber"],
    "East of England": ["East of England", "East of England", "Eastern"],
    "North East": ["North East", "North East England"],
    "North West": ["North West", "North West England"],
    "London": ["London", "Greater London"],
}

EU_ORGS = [  # name, acronym, country, legal (caps) name
    ("Karolinska Institutet", "KI", "Sweden"), ("Charité – Universitätsmedizin Berlin", "Charité", "Germany"),
    ("Erasmus Universitair Medisch Centrum Rotterdam", "Erasmus MC", "Netherlands"),
    ("Katholieke Universiteit Leuven", "KU Leuven", "Belgium"),
    ("Institut National de la Santé et de la Recherche Médicale", "INSERM", "France"),
    ("Fondazione IRCCS Istituto Nazionale dei Tumori", "INT Milano", "Italy"),
    ("Barcelona Supercomputing Center", "BSC", "Spain"),
    ("Fundació Clínic per a la Recerca Biomèdica", "FCRB", "Spain"), ("Aarhus Universitet", "AU", "Denmark"),
    ("Helsingin yliopisto", "UH", "Finland"), ("Trinity College Dublin", "TCD", "Ireland"),
    ("University College Dublin", "UCD", "Ireland"), ("Medizinische Universität Wien", "MedUni Wien", "Austria"),
    ("Stichting Radboud universitair medisch centrum", "Radboudumc", "Netherlands"),
    ("Amsterdam UMC", None, "Netherlands"), ("Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.",
                                           "Fraunhofer", "Germany"),
    ("Oslo universitetssykehus HF", "OUS", "Norway"), ("Tel Aviv University", "TAU", "Israel"),
    ("Eidgenössische Technische Hochschule Zürich", "ETH Zürich", "Switzerland"),
    ("Universidade do Porto", "U.Porto", "Portugal"),
    ("Ethniko kai Kapodistriako Panepistimio Athinon", "NKUA", "Greece"),
    ("Uniwersytet Jagielloński", "UJ", "Poland"), ("Tartu Ülikool", "UT", "Estonia"),
    ("Institut Pasteur", None, "France"), ("Universitätsklinikum Heidelberg", None, "Germany"),
    ("Region Hovedstaden", None, "Denmark"), ("Servicio Madrileño de Salud", "SERMAS", "Spain"),
    ("Syddansk Universitet", "SDU", "Denmark"), ("Vrije Universiteit Brussel", "VUB", "Belgium"),
    ("Consiglio Nazionale delle Ricerche", "CNR", "Italy"),
]
EU_COUNTRY_CODE = {"Sweden": "SE", "Germany": "DE", "Netherlands": "NL", "Belgium": "BE", "France": "FR",
                   "Italy": "IT", "Spain": "ES", "Denmark": "DK", "Finland": "FI", "Ireland": "IE", "Austria": "AT",
                   "Norway": "NO", "Israel": "IL", "Switzerland": "CH", "Portugal": "PT", "Greece": "EL",
                   "Poland": "PL", "Estonia": "EE"}

COMPANY_STEMS = ["Medi", "Cardio", "Neuro", "Onco", "Derma", "Ortho", "Pulmo", "Gluco", "Vita", "Sana", "Cura",
                 "Thera", "Nova", "Lumen", "Axon", "Helix", "Kinet", "Sonic", "Opti", "Clin", "Path", "Immu",
                 "Cyto", "Resp", "Hepa", "Ocu", "Audi", "Quanti", "Sens", "Brightwater", "Northgate", "Kestrel",
                 "Heron", "Lark", "Wren", "Fenland", "Pennine", "Mersey", "Solent", "Tamar", "Severn", "Humber",
                 "Cheviot", "Mendip", "Quantock", "Cairn", "Ardent", "Bluebell", "Copper", "Granite", "Flint",
                 "Slate", "Amber", "Indigo", "Saffron", "Tidal", "Orbital", "Vantage", "Lattice", "Parallax"]
COMPANY_TAILS = ["Diagnostics", "Health", "Medical", "Analytics", "Labs", "Therapeutics", "Bio", "Devices",
                 "Technologies", "Digital", "AI", "Sensing", "Imaging", "Care", "Robotics", "Genomics", "Pharma",
                 "Health Tech", "Innovations", "Systems", "Biosciences", "MedTech", "Data"]

# funders: key -> (full name, acronym, kind, country, old name or None)
FUNDERS = {
    "NIHR": ("National Institute for Health and Care Research", "NIHR", "research-funder", "England",
             "National Institute for Health Research"),
    "MRC": ("Medical Research Council", "MRC", "research-funder", "United Kingdom", None),
    "EPSRC": ("Engineering and Physical Sciences Research Council", "EPSRC", "research-funder", "United Kingdom", None),
    "ESRC": ("Economic and Social Research Council", "ESRC", "research-funder", "United Kingdom", None),
    "IUK": ("Innovate UK", "IUK", "research-funder", "United Kingdom", "Technology Strategy Board"),
    "WT": ("Wellcome Trust", "Wellcome", "charity", "United Kingdom", None),
    "CRUK": ("Cancer Research UK", "CRUK", "charity", "United Kingdom", None),
    "BHF": ("British Heart Foundation", "BHF", "charity", "United Kingdom", None),
    "THF": ("The Health Foundation", "THF", "charity", "United Kingdom", None),
    "NESTA": ("Nesta", None, "charity", "United Kingdom", None),
    "NHSCT": ("NHS Charities Together", None, "charity", "United Kingdom", None),
    "TNLCF": ("The National Lottery Community Fund", "TNLCF", "charity", "United Kingdom", "Big Lottery Fund"),
    "LIFEARC": ("LifeArc", None, "charity", "United Kingdom", None),
    "VA": ("Versus Arthritis", None, "charity", "United Kingdom", "Arthritis Research UK"),
    "ALZS": ("Alzheimer's Society", None, "charity", "United Kingdom", None),
    "DUK": ("Diabetes UK", None, "charity", "United Kingdom", None),
    "KRUK": ("Kidney Research UK", None, "charity", "United Kingdom", None),
    "PUK": ("Parkinson's UK", None, "charity", "United Kingdom", None),
    "MSS": ("MS Society", None, "charity", "United Kingdom", None),
    "ALUK": ("Asthma + Lung UK", None, "charity", "United Kingdom", "Asthma UK and British Lung Foundation Partnership"),
    "STRA": ("Stroke Association", None, "charity", "United Kingdom", None),
    "PCUK": ("Prostate Cancer UK", None, "charity", "United Kingdom", None),
    "CFT": ("Cystic Fibrosis Trust", None, "charity", "United Kingdom", None),
    "MDUK": ("Muscular Dystrophy UK", "MDUK", "charity", "United Kingdom", None),
    "MNDA": ("Motor Neurone Disease Association", "MND Association", "charity", "United Kingdom", None),
    "AMR": ("Action Medical Research", None, "charity", "United Kingdom", None),
    "DMT": ("The Dunhill Medical Trust", None, "charity", "United Kingdom", None),
    "MIND": ("Mind", None, "charity", "England", None),
    "FFS": ("Fight for Sight", None, "charity", "United Kingdom", None),
    "RNID": ("RNID", None, "charity", "United Kingdom", "Action on Hearing Loss"),
    "GUTS": ("Guts UK", None, "charity", "United Kingdom", None),
    "BLOOD": ("Blood Cancer UK", None, "charity", "United Kingdom", "Bloodwise"),
    "YCR": ("Yorkshire Cancer Research", "YCR", "charity", "England", None),
    "NWCR": ("North West Cancer Research", None, "charity", "England", None),
    "TENOVUS": ("Tenovus Cancer Care", None, "charity", "Wales", None),
    "CHSS": ("Chest Heart & Stroke Scotland", "CHSS", "charity", "Scotland", None),
    "GOSHCC": ("Great Ormond Street Hospital Charity", "GOSH Charity", "charity", "England", None),
    "BARTS": ("Barts Charity", None, "charity", "England", None),
    "EC": ("European Commission", "EC", "research-funder", "European Union", None),
    "EIC": ("European Innovation Council and SMEs Executive Agency", "EISMEA", "research-funder", "European Union", None),
    "NIH": ("National Institutes of Health", "NIH", "research-funder", "United States", None),
    "NHSE": ("NHS England", "NHSE", "arms-length-body", "England", "NHS England and NHS Improvement"),
    "AAC": ("Accelerated Access Collaborative", "AAC", "arms-length-body", "England", None),
    "SBRI": ("SBRI Healthcare", None, "research-funder", "England", None),
    "CSO": ("Chief Scientist Office", "CSO", "research-funder", "Scotland", None),
    "HCRW": ("Health and Care Research Wales", "HCRW", "research-funder", "Wales", "National Institute for Social Care and Health Research"),
    "HSCNI": ("HSC Research and Development Division", "HSC R&D", "research-funder", "Northern Ireland", None),
    "HIN": ("Health Innovation Network (national)", None, "network", "England", "AHSN Network"),
}

REGIONAL_FUNDERS = {"YCR": {"YH"}, "NWCR": {"NWC", "GM"}, "BARTS": {"UCLP"}, "TENOVUS": {"WAL"}, "CHSS": {"SCOT"},
                    "MIND": set(a["key"] for a in AREAS if a["country"] == "England")}
# charity "project grant" funders by condition area
CHARITY_BY_AREA = {
    "CAN": ["CRUK", "PCUK", "BLOOD", "YCR", "NWCR", "TENOVUS"], "CVD": ["BHF", "STRA"], "RES": ["ALUK", "CFT"],
    "NEU": ["ALZS", "PUK", "MSS", "MNDA", "STRA"], "MSK": ["VA"], "DIAB": ["DUK"], "MET": ["DUK"],
    "REN": ["KRUK"], "MH": ["MIND", "WT"], "EYE": ["FFS"], "ENT": ["RNID"], "GI": ["GUTS"], "BLOOD": ["BLOOD"],
    "AGE": ["DMT"], "PAED": ["AMR", "GOSHCC"], "MAT": ["AMR"], "RARE": ["LIFEARC", "MDUK"], "GEN": ["LIFEARC"],
    "INF": ["WT"], "SEX": ["WT"], "SKIN": ["AMR"], "PAIN": ["VA"], "ADD": ["WT"], "ACUTE": ["BARTS"], "DENT": ["DMT"],
}

# =====================================================================================
# Schemes (per source). kind decides templates and lead organisation type.
# budget in the scheme currency; months = duration; years = award years; themed = calls with a theme
# =====================================================================================
def S(key, source, name, funder, kind, budget, months, years, themed=False, rnd=None, phased=False,
      first_round_year=None, weight=1.0, countries=None, techcats=None):
    return dict(key=key, source=source, name=name, funder=funder, kind=kind, budget=budget, months=months,
                years=years, themed=themed, rnd=rnd, phased=phased, fry=first_round_year or years[0],
                weight=weight, countries=countries, techcats=techcats)


SCHEMES = [
    # --- NIHR Funding & Awards
    S("HTA", "nihr", "Health Technology Assessment (HTA) Programme", "NIHR", "trial", (600000, 2600000), (36, 72), (2012, 2024), weight=2),
    S("RFPB", "nihr", "Research for Patient Benefit (RfPB)", "NIHR", "trial", (140000, 350000), (18, 36), (2012, 2024), weight=3),
    S("EME", "nihr", "Efficacy and Mechanism Evaluation (EME) Programme", "NIHR", "trial", (450000, 2000000), (30, 60), (2012, 2024)),
    S("HSDR", "nihr", "Health and Social Care Delivery Research (HSDR)", "NIHR", "evaluation", (250000, 1500000), (18, 48), (2012, 2024), weight=1.5),
    S("PHR", "nihr", "Public Health Research (PHR) Programme", "NIHR", "trial", (250000, 1400000), (24, 54), (2012, 2024)),
    S("I4IPDA", "nihr", "Invention for Innovation (i4i) Product Development Awards", "NIHR", "devtech", (350000, 1500000), (24, 36), (2012, 2024), weight=1.5),
    S("I4ICH", "nihr", "Invention for Innovation (i4i) Challenge Awards", "NIHR", "devtech", (500000, 2000000), (24, 36), (2015, 2024), themed=True, rnd="Call"),
    S("NIHRAF", "nihr", "NIHR Advanced Fellowship", "NIHR", "fellowship", (550000, 950000), (48, 60), (2019, 2024)),
    S("PGFAR", "nihr", "Programme Grants for Applied Research (PGfAR)", "NIHR", "trial", (1400000, 2800000), (60, 72), (2012, 2024), weight=0.7),
    S("AIAWARD", "nihr", "Artificial Intelligence in Health and Care Award", "NIHR", "devtech", (150000, 3500000), (12, 36), (2020, 2022), themed=True, rnd="Round", phased=True, techcats={"AI"}),
    # --- UKRI Gateway to Research (research councils)
    S("DPFS", "gtr", "MRC Developmental Pathway Funding Scheme (DPFS)", "MRC", "devtech", (500000, 3000000), (24, 48), (2012, 2024), weight=1.3),
    S("MRCCSF", "gtr", "MRC Clinician Scientist Fellowship", "MRC", "fellowship", (800000, 1400000), (48, 60), (2012, 2024)),
    S("MRCRG", "gtr", "MRC Research Grant", "MRC", "trial", (350000, 1600000), (24, 48), (2012, 2024), weight=1.5),
    S("EPHT", "gtr", "EPSRC Healthcare Technologies Investigator-led Research", "EPSRC", "devtech", (300000, 1600000), (24, 48), (2012, 2024), weight=1.3),
    S("ESRCRG", "gtr", "ESRC Research Grant", "ESRC", "evaluation", (200000, 900000), (18, 36), (2012, 2024), weight=0.7),
    # --- Innovate UK (also in GtR, different house style)
    S("BMCFEAS", "iuk", "Biomedical Catalyst: Feasibility Studies", "IUK", "devco", (100000, 300000), (9, 15), (2013, 2024), phased=True, weight=1.2),
    S("BMCLATE", "iuk", "Biomedical Catalyst: Industry-led R&D", "IUK", "devco", (500000, 4000000), (24, 36), (2013, 2024), phased=True),
    S("SMART", "iuk", "Smart Grants", "IUK", "devco", (100000, 500000), (12, 24), (2017, 2024), weight=1.3),
    S("DHTC", "iuk", "Digital Health Technology Catalyst", "IUK", "devco", (100000, 1000000), (12, 24), (2017, 2021), themed=True, rnd="Round", techcats={"DIG", "AI", "ADMIN"}),
    S("KTP", "iuk", "Knowledge Transfer Partnership", "IUK", "devco", (90000, 250000), (24, 36), (2012, 2024), weight=0.7),
    # --- 360Giving (medical research charities, community funders)
    S("WTCDA", "g360", "Career Development Award", "WT", "fellowship", (1000000, 2500000), (60, 96), (2020, 2024), weight=0.6),
    S("WTDISC", "g360", "Discovery Award", "WT", "fellowship", (1500000, 3500000), (60, 96), (2021, 2024), weight=0.4),
    S("WTINNOV", "g360", "Innovator Award", "WT", "devtech", (400000, 1000000), (18, 36), (2014, 2021), weight=0.6),
    S("CHPROJ", "g360", "Project Grant", "*charity", "trial", (80000, 450000), (24, 36), (2012, 2024), weight=3),
    S("CHFELL", "g360", "Clinical Research Training Fellowship", "*charity", "fellowship", (180000, 320000), (36, 36), (2012, 2024)),
    S("LARDC", "g360", "Rare Disease Translational Challenge", "LIFEARC", "devtech", (250000, 1000000), (18, 36), (2021, 2024), themed=True, rnd="Round", weight=0.5),
    S("NHSCTCP", "g360", "Community Partnerships Grant", "NHSCT", "community", (20000, 150000), (12, 24), (2020, 2023), themed=True, rnd="Wave"),
    S("TNLRC", "g360", "Reaching Communities", "TNLCF", "community", (50000, 480000), (36, 60), (2012, 2024), weight=1.3),
    # --- Health Foundation / Nesta
    S("QEX", "thf", "Q Exchange", "THF", "improvement", (20000, 60000), (12, 18), (2018, 2024), themed=True, rnd="Round", weight=1.5),
    S("I4I-THF", "thf", "Innovating for Improvement", "THF", "improvement", (40000, 75000), (12, 15), (2013, 2019), themed=False, rnd="Round"),
    S("TFBC", "thf", "Tech for Better Care", "NESTA", "improvement", (50000, 350000), (12, 24), (2019, 2022)),
    S("AAA", "thf", "Advancing Applied Analytics", "THF", "improvement", (40000, 100000), (12, 18), (2016, 2023), rnd="Round"),
    S("ERP", "thf", "Efficiency Research Programme", "THF", "evaluation", (150000, 500000), (24, 36), (2016, 2022)),
    # --- CORDIS (EUR)
    S("H2020RIA", "cordis", "H2020 Research and Innovation Action", "EC", "eu", (3000000, 10000000), (48, 60), (2014, 2020), themed=True, rnd="Topic", weight=1.5),
    S("H2020SME", "cordis", "H2020 SME Instrument", "EIC", "devco", (50000, 2500000), (6, 24), (2014, 2020), phased=True),
    S("HERIA", "cordis", "Horizon Europe Research and Innovation Action", "EC", "eu", (4000000, 12000000), (48, 60), (2021, 2024), themed=True, rnd="Topic", weight=1.5),
    S("EICACC", "cordis", "EIC Accelerator", "EIC", "devco", (1000000, 2500000), (18, 30), (2021, 2024)),
    S("MSCADN", "cordis", "MSCA Doctoral Network", "EC", "fellowship", (2000000, 4000000), (48, 48), (2021, 2024), weight=0.5),
    # --- NIH RePORTER (USD, per-year amounts)
    S("R01", "nih", "R01 Research Project Grant", "NIH", "trial", (250000, 700000), (48, 60), (2012, 2024), weight=2),
    S("R21", "nih", "R21 Exploratory/Developmental Research Grant", "NIH", "devtech", (150000, 275000), (24, 24), (2012, 2024)),
    # --- Health Innovation Network spread & adoption register
    S("HINSPREAD", "hin", "National spread and adoption programme", "NHSE", "spread", (100000, 1500000), (24, 36), (2018, 2024), weight=1.5),
    S("HINLOCAL", "hin", "Local adoption fund", "HIN", "spread", (20000, 150000), (9, 18), (2016, 2024), weight=1.5),
    S("RUP", "hin", "Rapid Uptake Products programme", "AAC", "spread", (50000, 300000), (12, 24), (2019, 2023)),
    S("MTFM", "hin", "MedTech Funding Mandate implementation support", "AAC", "spread", (30000, 200000), (12, 24), (2021, 2024)),
    S("RWV", "hin", "Real-world validation", "HIN", "evaluation", (40000, 250000), (9, 18), (2018, 2024)),
    # --- SBRI Healthcare (phased competitions)
    S("SBRI", "sbri", "SBRI Healthcare", "SBRI", "devco", (60000, 1200000), (6, 24), (2014, 2024), themed=True, rnd="Competition", phased=True, weight=1.0),
    # --- devolved funders
    S("CSOHIPS", "devolved", "HIPS Research Committee Project Grant", "CSO", "trial", (90000, 320000), (18, 36), (2012, 2024), countries={"Scotland"}),
    S("CSOCAF", "devolved", "CSO Clinical Academic Fellowship", "CSO", "fellowship", (150000, 300000), (36, 48), (2012, 2024), countries={"Scotland"}, weight=0.5),
    S("RFPPB", "devolved", "Research for Patient and Public Benefit (RfPPB)", "HCRW", "trial", (100000, 350000), (18, 36), (2014, 2024), countries={"Wales"}),
    S("HCRWFELL", "devolved", "Health and Care Research Wales Fellowship", "HCRW", "fellowship", (150000, 400000), (36, 60), (2015, 2024), countries={"Wales"}, weight=0.4),
    S("HSCPG", "devolved", "HSC R&D Research Project Grant", "HSCNI", "trial", (80000, 300000), (18, 36), (2012, 2024), countries={"Northern Ireland"}, weight=0.6),
    # --- local trust research & innovation funds
    S("TRUSTSG", "trust", "Innovation small grants", "*trust", "local", (5000, 30000), (6, 12), (2015, 2024), rnd="Round", weight=1.5),
    S("TRUSTCE", "trust", "Clinical entrepreneur seed fund", "*trust", "local", (10000, 50000), (6, 18), (2017, 2024)),
]
SCHEME_BY_KEY = {s["key"]: s for s in SCHEMES}
SOURCE_SHARE = {"nihr": 0.19, "gtr": 0.12, "iuk": 0.10, "g360": 0.16, "thf": 0.06, "cordis": 0.07, "nih": 0.03,
                "hin": 0.10, "sbri": 0.05, "devolved": 0.07, "trust": 0.05}
SOURCE_LABEL = {
    "nihr": "NIHR Funding and Awards export 2024-05",
    "gtr": "UKRI Gateway to Research (research councils) 2024-06",
    "iuk": "UKRI Gateway to Research (Innovate UK) 2024-06",
    "g360": "360Giving GrantNav download 2024-04",
    "thf": "Health Foundation and Nesta grants list 2024",
    "cordis": "CORDIS Horizon projects (UK participation) 2024-06",
    "nih": "NIH RePORTER (foreign awards, UK) FY2024",
    "hin": "Health Innovation Network adoption and spread register 2024",
    "sbri": "SBRI Healthcare portfolio 2024",
    "devolved": "Devolved funders awards (CSO, HCRW, HSC R&D) 2024",
    "trust": "Trust R&I fund logs (collated) 2024",
    "hrca": "UK Health Research Analysis (HRCS) summary extract 2022",
    "amr": "Funder annual monitoring returns 2022",
}
EXTRACT = {"nihr": D(2024, 5, 20), "gtr": D(2024, 6, 12), "iuk": D(2024, 6, 12), "g360": D(2024, 4, 2),
           "thf": D(2024, 3, 1), "cordis": D(2024, 6, 3), "nih": D(2024, 6, 30), "hin": D(2024, 5, 1),
           "sbri": D(2024, 5, 15), "devolved": D(2024, 2, 28), "trust": D(2024, 3, 31), "hrca": D(2022, 12, 31),
           "amr": D(2022, 9, 30)}

THEME_AREAS = ["CAN", "INF", "CVD", "RES", "MH", "NEU", "MSK", "MAT", "PAED", "DIAB", "AGE", "REN", "GI", "RARE", "EYE"]
AREA_WORDS = {"CAN": "early cancer diagnosis", "INF": "infection and antimicrobial resistance",
              "CVD": "cardiovascular disease", "RES": "respiratory health", "MH": "mental health",
              "NEU": "neurological conditions", "MSK": "musculoskeletal health", "MAT": "maternity and neonatal care",
              "PAED": "children's health", "DIAB": "diabetes", "AGE": "healthy ageing and frailty",
              "REN": "kidney health", "GI": "gastrointestinal and liver disease", "RARE": "rare diseases",
              "EYE": "eye health", "MET": "metabolic health", "SEX": "sexual health", "ACUTE": "urgent and emergency care",
              "BLOOD": "blood disorders", "ENT": "hearing", "SKIN": "skin conditions", "ADD": "addiction",
              "PAIN": "chronic pain", "GEN": "genomic medicine", "DENT": "oral health"}


def scheme_round(s, year):
    return year - s["fry"] + 1


def round_theme(s, rnd):
    return THEME_AREAS[h32("theme", s["key"], rnd) % len(THEME_AREAS)]


# =====================================================================================
# Text helpers
# =====================================================================================
US_MAP = {
    "randomised": "randomized", "optimise": "optimize", "optimising": "optimizing", "optimisation": "optimization",
    "organisation": "organization", "organisations": "organizations", "utilise": "utilize", "prioritise": "prioritize",
    "personalised": "personalized", "standardised": "standardized", "digitisation": "digitization",
    "characterise": "characterize", "recognise": "recognize", "minimise": "minimize", "behaviour": "behavior",
    "behavioural": "behavioral", "centre": "center", "centres": "centers", "programme": "program",
    "programmes": "programs", "tumour": "tumor", "tumours": "tumors", "leukaemia": "leukemia", "anaemia": "anemia",
    "haemorrhage": "hemorrhage", "haemodialysis": "hemodialysis", "haemophilia": "hemophilia",
    "oesophageal": "esophageal", "oesophagus": "esophagus", "paediatric": "pediatric", "faecal": "fecal",
    "ischaemic": "ischemic", "hypoxic-ischaemic": "hypoxic-ischemic", "apnoea": "apnea", "coeliac": "celiac",
    "gonorrhoea": "gonorrhea", "hypercholesterolaemia": "hypercholesterolemia", "hyperglycaemia": "hyperglycemia",
    "hypoglycaemia": "hypoglycemia", "thalassaemia": "thalassemia", "lymphoedema": "lymphedema",
    "colonisation": "colonization", "modelling": "modeling", "counselling": "counseling", "analyse": "analyze",
    "generalised": "generalized", "ageing": "aging", "whilst": "while", "enrol": "enroll", "litre": "liter",
    "paediatrics": "pediatrics", "haematology": "hematology", "foetal": "fetal", "labour": "labor",
    "stabilise": "stabilize", "hospitalisation": "hospitalization", "hospitalisations": "hospitalizations",
    "immunisation": "immunization", "catalogue": "catalog", "fibre": "fiber", "travelling": "traveling",
}
_US_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, US_MAP), key=len, reverse=True)) + r")\b", re.I)


def to_us(s):
    def rep(m):
        w = m.group(0)
        r = US_MAP[w.lower()]
        if w.isupper():
            return r.upper()
        if w[0].isupper():
            return r[0].upper() + r[1:]
        return r
    return _US_RE.sub(rep, s)


ABBREV = [(" and ", " & "), ("University", "Univ."), ("Hospitals", "Hosps"), ("Hospital", "Hosp."),
          ("NHS Foundation Trust", "NHS FT"), ("randomised controlled trial", "RCT"), ("versus", "vs"),
          ("Department", "Dept"), ("with ", "w/ "), ("management", "mgmt"), ("evaluation", "eval."),
          ("development", "devt"), ("programme", "prog."), ("primary care", "PC"), ("general practice", "GP")]


def abbreviate(s, rng, p=0.5):
    for a, b in ABBREV:
        if a in s and rng.random() < p:
            s = s.replace(a, b, 1)
    return s


KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo(s, rng, n=1):
    s = list(s)
    for _ in range(n):
        idx = [i for i, c in enumerate(s) if c.isalpha()]
        if len(idx) < 4:
            break
        i = rng.choice(idx[1:])
        op = rng.random()
        if op < 0.3 and i + 1 < len(s) and s[i + 1].isalpha():
            s[i], s[i + 1] = s[i + 1], s[i]
        elif op < 0.55:
            del s[i]
        elif op < 0.75:
            s.insert(i, s[i])
        else:
            c = s[i].lower()
            k = KEYB.find(c)
            if k >= 0:
                nb = KEYB[max(0, k - 1)] if rng.random() < 0.5 else KEYB[min(len(KEYB) - 1, k + 1)]
                s[i] = nb.upper() if s[i].isupper() else nb
    return "".join(s)


def truncate(s, n, rng):
    if len(s) <= n:
        return s
    cut = s[:n]
    sp = cut.rfind(" ")
    if sp > n * 0.6:
        cut = cut[:sp]
    return cut.rstrip(",;: ") + ("..." if rng.random() < 0.6 else "")


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


def title_case(s):
    small = {"a", "an", "and", "of", "for", "in", "on", "the", "to", "with", "at", "by", "from", "or", "vs", "versus", "via"}
    out = []
    for i, w in enumerate(s.split(" ")):
        if not w:
            continue
        if any(ch.isupper() for ch in w[1:]) or w.isupper():
            out.append(w)
        elif i > 0 and w.lower() in small:
            out.append(w.lower())
        else:
            out.append("-".join(cap1(x) for x in w.split("-")))
    return " ".join(out)


def clean_cell(v):
    if v is None:
        return ""
    v = str(v)
    while v and v[0] in "=+-@":
        v = v[1:].lstrip()
    return v


def add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    day = min(d.day, 28)
    return D(y, mo, day)


def fmt_date(d, prec):
    if d is None:
        return ""
    if prec == "y":
        return "%04d" % d.year
    if prec == "m":
        return "%04d-%02d" % (d.year, d.month)
    return d.isoformat()


def person_name(pi, fmt):
    title, first, last = pi
    if fmt == "full":
        return "%s %s %s" % (title, first, last)
    if fmt == "initial":
        return "%s %s %s" % ("Prof" if title.startswith("Prof") else title, first[0], last)
    if fmt == "caps":
        return "%s, %s" % (last.upper(), first.upper())
    if fmt == "short":
        return "%s %s" % (first, last)
    if fmt == "surname_initial":
        return "%s %s" % (last, first[0])
    return "%s %s" % (first, last)


# =====================================================================================
# Actors
# =====================================================================================
class Ctx:
    pass


def pseudo_digits(n, *key):
    v = h32(*key)
    s = str(v)
    while len(s) < n:
        s += str(h32(s, *key))
    return s[:n]


def build_actors(rng, n_rows):
    actors = []
    by_area = {a["key"]: dict(trust=[], uni=[], company=[], charity=[], hin=None) for a in AREAS}
    ids = set()

    def add(a):
        base = a["id"]
        k = 2
        while a["id"] in ids:
            a["id"] = "%s-%d" % (base, k)
            k += 1
        ids.add(a["id"])
        actors.append(a)
        return a

    # funders
    funders = {}
    for key, (name, acr, kind, country, old) in FUNDERS.items():
        level = "international" if country in ("European Union", "United States") else "national"
        funders[key] = add(dict(id="GB-FUND-" + key if country not in ("European Union", "United States") else
                                ("EU-FUND-" + key if country == "European Union" else "US-FUND-" + key),
                                name=name, acronym=acr, kind=kind, level=level, member_of="", old=old,
                                desc="Funder" + (" (formerly %s)" % old if old else ""), type="funder",
                                country=country, area=None))
    for a in AREAS:
        hname, hacr, hold = a["hin"]
        hin = add(dict(id="GB-HIN-" + a["key"], name=hname, acronym=hacr, kind="network", level="regional",
                       member_of="", old=hold if hold != hname else None, type="hin", country=a["country"],
                       area=a["key"], desc="Health innovation network for %s" % a["footprint"]
                       + (" (formerly %s)" % hold if hold and hold != hname else "")))
        by_area[a["key"]]["hin"] = hin
        for (tname, tacr, code, old) in a["trusts"]:
            t = add(dict(id="GB-NHS-" + code, name=tname, acronym=tacr, kind="healthcare-provider", level="local",
                         member_of=hin["id"], old=old, type="trust", country=a["country"], area=a["key"], code=code,
                         desc="NHS provider organisation" + (" (formerly %s)" % old if old else "")))
            by_area[a["key"]]["trust"].append(t)
        for (uname, uacr) in a["unis"]:
            u = add(dict(id="GB-EDU-100" + pseudo_digits(5, uname), name=uname, acronym=uacr, kind="academia",
                         level="national", member_of="", old=None, type="uni", country=a["country"], area=a["key"],
                         desc="Higher education institution"))
            by_area[a["key"]]["uni"].append(u)
        # local voluntary organisations
        for (town, county) in a["places"]:
            pats = ["Age UK %s" % town, "Mind in %s" % town, "%s Carers Centre" % town, "%s Community Health Trust" % town,
                    "%s Deaf Children's Society" % town, "%s Women's Aid" % town, "Healthwatch %s" % town,
                    "%s Men's Sheds" % town, "%s Refugee Forum" % town, "%s and District Hospice" % town]
            for nm in rng.sample(pats, 2):
                if a["country"] == "Scotland":
                    cid = "GB-SC-SC0" + pseudo_digits(5, nm)
                elif a["country"] == "Northern Ireland":
                    cid = "GB-NIC-10" + pseudo_digits(4, nm)
                else:
                    cid = "GB-CHC-1" + pseudo_digits(6, nm)
                c = add(dict(id=cid, name=nm, acronym=None, kind="charity", level="local", member_of="", old=None,
                             type="charity", country=a["country"], area=a["key"], desc="Local voluntary organisation"))
                by_area[a["key"]]["charity"].append(c)
    # companies
    n_comp = 300 + n_rows // 40
    names = set()
    weights = [a["weight"] for a in AREAS]
    tries = 0
    while len(names) < n_comp and tries < n_comp * 20:
        tries += 1
        stem = rng.choice(COMPANY_STEMS)
        tail = rng.choice(COMPANY_TAILS)
        if rng.random() < 0.25:
            stem = stem + rng.choice(["ix", "ora", "ium", "ex", "ara", "os", "ify", "ica"])
        nm = "%s %s" % (stem, tail)
        if nm in names:
            continue
        names.add(nm)
        form = "Ltd" if rng.random() < 0.85 else ("plc" if rng.random() < 0.3 else "Limited")
        area = rng.choices(AREAS, weights)[0]
        cid = ("GB-COH-SC" + pseudo_digits(6, nm)) if area["country"] == "Scotland" else ("GB-COH-" + pseudo_digits(8, nm, "coh"))
        full = "%s %s" % (nm, form)
        c = add(dict(id=cid, name=full, acronym=None, kind="industry", level="local", member_of="", old=None,
                     type="company", country=area["country"], area=area["key"], short=nm, form=form,
                     desc="Company (SME)"))
        by_area[area["key"]]["company"].append(c)
    eu = []
    for (nm, acr, country) in EU_ORGS:
        eu.append(add(dict(id="EU-PIC-9" + pseudo_digits(8, nm), name=nm, acronym=acr, kind="academia",
                           level="international", member_of="", old=None, type="eu", country=country, area=None,
                           desc="European partner organisation")))
    return actors, by_area, funders, eu


def actor_str(a, how, rng=None):
    """How a house style writes an organisation."""
    if a is None:
        return ""
    if how == "acr":
        return a["acronym"] or a["name"]
    if how == "code":
        return a["id"]
    if how == "old":
        return a.get("old") or a["name"]
    if how == "caps":
        if a["type"] == "company":
            form = a["form"].upper()
            if form == "LTD" and rng is not None and rng.random() < 0.35:
                form = "LIMITED"
            return ("%s %s" % (a["short"], form)).upper()
        n = a["name"]
        if a["type"] == "uni" and n.startswith("University of") and rng is not None and rng.random() < 0.5:
            n = "The " + n
        return n.upper()
    if how == "the":
        n = a["name"]
        return n if n.startswith("The ") else "The " + n
    if how == "abbr":
        return abbreviate(a["name"], rng or random.Random(0), 0.8)
    return a["name"]


# =====================================================================================
# Latent projects
# =====================================================================================
KIND_TECH_CATS = {
    "devtech": {"DEV", "DX", "AI", "DIG", "GEN", "ATMP"}, "devco": {"DEV", "DX", "AI", "DIG", "ADMIN", "GEN"},
    "trial": {"DIG", "AI", "DEV", "DX", "GEN", "RX", "ATMP", "SVC"}, "evaluation": {"SVC", "DIG", "AI", "ADMIN", "DX"},
    "fellowship": {"DIG", "AI", "DEV", "DX", "GEN", "RX", "ATMP", "SVC"},
    "spread": {"DIG", "SVC", "DX", "DEV", "ADMIN", "AI"}, "improvement": {"SVC", "DIG", "ADMIN", "AI"},
    "community": {"SVC", "DIG"}, "eu": {"AI", "GEN", "DX", "RX", "ATMP", "DIG", "DEV"}, "local": None,
}


def cond_ok_tech(cond, tech):
    return tech["areas"] is None or bool(tech["areas"] & cond["areas"])


def pick_cond(rng, theme=None):
    if theme:
        cands = [c for c in CONDS if theme in c["areas"]]
        if cands:
            return rng.choice(cands)
    return rng.choice(CONDS)


def pick_tech(rng, cond, kind, exclude=None, cats=None):
    cats = cats or KIND_TECH_CATS.get(kind)
    cands = [t for t in TECHS if cond_ok_tech(cond, t) and (cats is None or t["cat"] in cats) and t is not exclude]
    if not cands:
        cands = [t for t in TECHS if cond_ok_tech(cond, t) and t is not exclude]
    # prefer specific technologies over "any" ones
    spec = [t for t in cands if t["areas"] is not None]
    if spec and rng.random() < 0.65:
        return rng.choice(spec)
    return rng.choice(cands)


def pick_pop(rng, cond, exclude=None):
    cands = [p for p in POPS if (p["only"] is None or p["only"] & cond["areas"]) and not (p["excl"] & cond["areas"])
             and p is not exclude]
    return rng.choice(cands or POPS)


def pick_setting(rng, cond):
    cands = [s for s, ar in SETTINGS if ar is None or ar & cond["areas"]]
    return rng.choice(cands)


def pick_outcome(rng, cond, tech, exclude=()):
    if tech["focus"] == "non-clinical" and rng.random() < 0.8:
        pool = NONCLIN_OUTCOMES
    else:
        pool = []
        for a in sorted(cond["areas"]):
            pool += OUTCOMES.get(a, [])
        pool += GENERIC_OUTCOMES[:3]
    pool = [o for o in pool if o not in exclude] or pool
    return rng.choice(pool)


def make_acronym(rng, cond):
    w = rng.choice(ACRO_WORDS)
    r = rng.random()
    if r < 0.45 or not cond["abbr"]:
        return w if rng.random() < 0.8 else "%s-%d" % (w, rng.randint(2, 4))
    return "%s-%s" % (w, cond["abbr"].upper())


def pick_person(rng, kind):
    first, last = rng.choice(FIRST), rng.choice(SURN)
    if kind in ("fellowship",):
        title = "Dr"
    elif kind in ("spread", "improvement", "community", "local"):
        title = rng.choice(["Dr", "Ms", "Mr", "Mrs", "Dr", "Miss"])
    else:
        title = rng.choice(["Professor", "Professor", "Dr", "Dr", "Dr"])
    return (title, first, last)


def pick_lead(ctx, rng, kind, area, src):
    A = ctx.by_area[area["key"]]
    r = rng.random()
    if kind in ("trial", "evaluation"):
        t = "uni" if r < 0.6 else "trust"
    elif kind == "fellowship":
        t = "uni" if r < 0.7 else "trust"
    elif kind == "devtech":
        t = "uni" if r < 0.45 else ("company" if r < 0.85 else "trust")
    elif kind == "devco":
        t = "company" if r < 0.9 else "uni"
    elif kind == "spread":
        t = "hin" if r < 0.6 else "trust"
    elif kind == "community":
        t = "charity" if r < 0.75 else "trust"
    elif kind == "improvement":
        t = "trust" if r < 0.6 else ("uni" if r < 0.8 else "charity")
    elif kind == "local":
        t = "trust"
    else:  # eu handled elsewhere
        t = "uni"
    if t == "hin":
        return A["hin"]
    pool = A[t]
    if not pool:
        pool = A["trust"] or A["uni"]
    return rng.choice(pool)


def pick_partners(ctx, rng, p, k):
    A = ctx.by_area[p["area"]["key"]]
    pool = A["uni"] + A["trust"] + A["company"][:6] + ([A["hin"]] if p["kind"] in ("devco", "devtech", "spread") else [])
    pool = [x for x in pool if x is not p["lead"]]
    if rng.random() < 0.3:  # a national partner from elsewhere
        other = rng.choice(AREAS)
        pool = pool + ctx.by_area[other["key"]]["uni"][:3]
    rng.shuffle(pool)
    return pool[:k]


def weighted_year(rng, lo, hi):
    ys = list(range(lo, hi + 1))
    w = [1.0 + 0.08 * (y - lo) for y in ys]
    return rng.choices(ys, w)[0]


def pick_scheme(rng, source):
    cands = [s for s in SCHEMES if s["source"] == source]
    return rng.choices(cands, [s["weight"] for s in cands])[0]


def pick_area(rng, scheme):
    if scheme["countries"]:
        cands = [a for a in AREAS if a["country"] in scheme["countries"]]
    elif scheme["source"] in ("hin", "trust", "sbri", "thf") or scheme["funder"] in ("NIHR",):
        cands = ENGLISH_AREAS
    else:
        cands = AREAS
    return rng.choices(cands, [a["weight"] for a in cands])[0]


def budget_draw(rng, lo, hi):
    import math
    return int(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def set_dates(p, rng, year=None):
    s = p["scheme"]
    p["year"] = year if year is not None else p["year"]
    m = rng.randint(1, 12)
    day = 1 if s["source"] in ("nihr", "devolved", "gtr", "iuk", "cordis") and rng.random() < 0.7 else rng.randint(1, 28)
    p["start"] = D(p["year"], m, day)
    p["months"] = rng.randint(*s["months"])
    p["end"] = add_months(p["start"], p["months"]) - dt.timedelta(days=1)


def new_project(ctx, rng, source=None, scheme=None, area=None, year=None, cond=None, tech=None, unique=True):
    s = scheme or pick_scheme(rng, source)
    for attempt in range(6):
        p = dict(pid=ctx.next_pid, scheme=s, source=s["source"], kind=s["kind"])
        p["year"] = year if year is not None else weighted_year(rng, *s["years"])
        p["round"] = scheme_round(s, p["year"])
        p["theme"] = round_theme(s, p["round"]) if s["themed"] else None
        ar = area or pick_area(rng, s)
        p["area"] = ar
        p["cond"] = cond or pick_cond(rng, p["theme"])
        p["tech"] = tech or pick_tech(rng, p["cond"], p["kind"], cats=s["techcats"])
        p["pop"] = pick_pop(rng, p["cond"])
        key = (p["tech"]["i"], p["cond"]["i"], ar["key"], p["pop"]["i"])
        if not unique or key not in ctx.combos or attempt == 5:
            break
    ctx.combos.add(key)
    ctx.next_pid += 1
    p["setting"] = pick_setting(rng, p["cond"])
    p["outcome"] = pick_outcome(rng, p["cond"], p["tech"])
    p["outcome2"] = pick_outcome(rng, p["cond"], p["tech"], exclude=(p["outcome"],))
    p["place"] = rng.choice(p["area"]["places"])
    if p["kind"] == "eu":
        coord_uk = rng.random() < 0.3
        ukorg = rng.choice(ctx.by_area[p["area"]["key"]]["uni"] + ctx.by_area[p["area"]["key"]]["trust"][:2])
        p["uk_partner"] = ukorg
        p["lead"] = ukorg if coord_uk else rng.choice(ctx.eu)
        others = rng.sample(ctx.eu, rng.randint(3, 7))
        p["partners"] = [x for x in others if x is not p["lead"]] + ([] if coord_uk else [ukorg])
        if rng.random() < 0.5:
            p["partners"].append(rng.choice(ctx.by_area[rng.choice(AREAS)["key"]]["company"] or [ukorg]))
        rng.shuffle(p["partners"])
    else:
        p["lead"] = pick_lead(ctx, rng, p["kind"], p["area"], p["source"])
        p["uk_partner"] = None
        k = rng.choice([0, 0, 1, 1, 2, 2, 3, 4]) if p["kind"] not in ("local", "community") else rng.choice([0, 0, 1])
        p["partners"] = pick_partners(ctx, rng, p, k)
    p["pi"] = pick_person(rng, p["kind"])
    p["funder"] = resolve_funder(ctx, rng, s, p)
    akind = p["kind"]
    p["acronym"] = make_acronym(rng, p["cond"]) if (akind == "eu" or p["source"] == "cordis" or rng.random() < {"trial": 0.5, "devco": 0.3, "devtech": 0.3}.get(akind, 0.12)) else None
    set_dates(p, rng)
    lo, hi = s["budget"]
    p["budget"] = budget_draw(rng, lo, hi)
    p["phase"] = 1 if s["phased"] else None
    if s["phased"] and rng.random() < 0.25:
        p["phase"] = 2
    p["design"] = rng.choice(DESIGNS)
    p["n_part"] = rng.choice([60, 80, 120, 150, 200, 240, 300, 360, 450, 600, 800, 1200, 2000, 5000])
    p["n_sites"] = rng.randint(1, 24)
    p["tseed"] = rng.getrandbits(31)
    p["tidx"] = rng.randrange(1000)
    p["boiler"] = s["themed"]
    if unique:
        # different projects should not carry exactly the same title by accident
        for k in range(8):
            tk = re.sub(r"[^a-z0-9]+", " ", make_title(p).lower()).strip()
            if tk not in ctx.titles:
                break
            p["tidx"] += 1
            if k >= 3 and p["acronym"] is None:
                p["acronym"] = make_acronym(rng, p["cond"])
            if k >= 5:
                p["pop"] = pick_pop(rng, p["cond"])
                p["setting"] = pick_setting(rng, p["cond"])
        ctx.titles.add(tk)
    p["snapshot"] = None          # None, "early" or "late" (annual returns)
    p["extra"] = []               # sentences added in later returns
    p["ext_months"] = 0
    return p


def resolve_funder(ctx, rng, s, p):
    f = s["funder"]
    if f == "*charity":
        cands = []
        for a in sorted(p["cond"]["areas"]):
            cands += CHARITY_BY_AREA.get(a, [])
        cands = [c for c in cands if FUNDERS[c][3] in ("United Kingdom", p["area"]["country"])
                 and p["area"]["key"] in REGIONAL_FUNDERS.get(c, {p["area"]["key"]})] or ["WT"]
        return ctx.funders[rng.choice(cands)]
    if f == "*trust":
        return None  # the trust's own charity; written from lead
    return ctx.funders[f]


# =====================================================================================
# Titles
# =====================================================================================
TITLES = {
    "research/trial": [
        "{Dc} of {T} for {P} with {C}: the {A} trial",
        "{A}: {Tc} to improve {O} in {P} with {C}",
        "Clinical and cost-effectiveness of {T} for {C} in {S}",
        "{Tc} versus usual care for {C} in {P}: {aD}",
        "Does {T} reduce {O} among {P} with {C}? {AD} in {S}",
        "Improving {O} in {C}: {aD} of {T} in {S}",
        "{Tc} for {Cab} in {S} ({A})",
    ],
    "research/evaluation": [
        "Evaluating {T} for {C} in {S}: {aD}",
        "Rapid evaluation of {T} in {S} for {P} with {C}",
        "Implementation and impact of {T} on {O} in {C} care",
        "How do {S} adopt {T}? {AD} of {C} services",
        "Understanding the use of {T} for {P}: {C} services in {R}",
    ],
    "research/devtech": [
        "Development and validation of {T} for {C}",
        "{A}: {Tc} for earlier detection of {C} in {S}",
        "{Tc} for {C}: from prototype to clinical evaluation in {S}",
        "A {T} to support {P} with {C}",
        "Optimisation and early clinical testing of {T} in {Cab}",
    ],
    "research/fellowship": [
        "{Tc} in {C}: improving {O} for {P}",
        "Understanding {O} among {P} with {C}: the role of {T}",
        "Optimising {T} for {C} in {S}",
        "Personalising {T} for {P} with {Cab}",
    ],
    "iuk": [
        "{A}: {Tc} for {C}",
        "{TU} FOR {CU}",
        "{Tc} to transform {C} care in {S}",
        "Scaling {T} for {P} with {C}",
        "{CO_}: {T} ({Cab})",
        "{A} - a {T} for {Cab} patients",
    ],
    "charity": [
        "{Tc} for {P} in {L}",
        "{Tc} for {P} living with {C} ({L})",
        "Towards {T} for {P} in {L}",
        "{L} {Ps}: {T}",
    ],
    "thf": [
        "Can {T} reduce {O} for {P} in {S}?",
        "Improving {O} for {P} with {C} through {T}",
        "{Tc} in {S}: learning from {L}",
        "Could {T} help {P} with {C} in {L}?",
        "What would it take to make {T} work for {P} in {S}?",
    ],
    "eu": [
        "{A} - {TT} for Personalised Management of {CT}",
        "{A} - Integrating {TT} into {CT} Care Pathways across Europe",
        "{A}: {TT} to Improve {OT} in {CT}",
        "{A} - Next-Generation {TT} for Early Diagnosis of {CT}",
        "{A} - {TT} for {PT} with {CT}",
    ],
    "nih": [
        "{Tc} for {C} in {P}",
        "{TU} TO IMPROVE {OU} IN {CU}",
        "Mechanisms and outcomes of {T} in {C}",
        "{AD} of {T} for {C}",
        "{Tc} and {O} in {P} with {C}",
    ],
    "hin": [
        "Spreading {T} for {C} across {F}",
        "{Tc} adoption: {C} ({F})",
        "Rolling out {T} in {S} – {F}",
        "{Cc}: {T} implementation in {L} and {F}",
        "{Tc} for {P} ({F})",
    ],
    "hin/evaluation": [
        "Real-world validation of {T} for {C} in {S}",
        "{Tc}: real-world evaluation in {F} ({Cab})",
        "Evaluating {T} for {P} with {C}, {F}",
    ],
    "sbri": [
        "{Tc} for {C} in {S}",
        "{A} - {T} to support {P} with {C}",
        "{CO_} {T} for {C}",
        "{Tc} for {Cab}",
    ],
    "local": [
        "{Tc} pilot for {C} patients",
        "{Tc} in {S} ({C})",
        "Testing {T} to reduce {O}",
        "{Cab} {T} project",
    ],
}


def title_family(p):
    src, kind = p["source"], p["kind"]
    if src in ("nihr", "gtr", "devolved") or (src == "g360" and kind in ("trial", "fellowship", "devtech")):
        return "research/" + ("devtech" if kind in ("devtech", "devco") else kind if kind in ("trial", "evaluation", "fellowship") else "trial")
    if src == "iuk":
        return "iuk"
    if src == "g360":
        return "charity"
    if src == "thf":
        return "thf"
    if src == "cordis":
        return "eu" if kind in ("eu", "fellowship") else "iuk"
    if src == "nih":
        return "nih"
    if src == "hin":
        return "hin/evaluation" if kind == "evaluation" else "hin"
    if src == "sbri":
        return "sbri"
    return "local"


def slots(p):
    c, t, pop = p["cond"], p["tech"], p["pop"]
    abbr_pref = (p["tseed"] >> 3) & 1
    cab = c["abbr"] if (c["abbr"] and abbr_pref) else c["name"]
    lead = p["lead"]
    d = dict(T=t["name"], Tc=cap1(t["name"]), C=c["name"], Cc=cap1(c["name"]), Cab=cab, Cl=c["lay"],
             P=pop["name"], Ps=pop["short"], S=p["setting"], O=p["outcome"], O2=p["outcome2"], D=p["design"],
             Dc=cap1(p["design"]), aD=("an " if p["design"][0] in "aeiou" else "a ") + p["design"],
             Clc=cap1(c["lay"]), AD=cap1(("an " if p["design"][0] in "aeiou" else "a ") + p["design"]), A=p["acronym"] or "".join(w[0] for w in t["name"].replace("-", " ").split()).upper(), L=p["place"][0], CO=p["place"][1],
             F=p["area"]["footprint"], R=p["area"]["region"], ORG=lead["name"],
             N=p["n_part"], K=p["n_sites"], M=p["months"], Y=p["year"], SCH=p["scheme"]["name"],
             TU=t["name"].upper(), CU=c["name"].upper(), OU=p["outcome"].upper(),
             TT=title_case(t["name"]), CT=title_case(c["name"]), OT=title_case(p["outcome"]), PT=title_case(pop["name"]),
             CO_=(lead.get("short") or lead["name"]).upper() if lead["type"] == "company" else (lead.get("acronym") or lead["name"]),
             TA=TECH_AREA_LABEL[t["cat"]][0], AW=AREA_WORDS.get(p["theme"] or "", "health"))
    return d


def choose_template(p, fam):
    ts = TITLES[fam]
    elig = [t for t in ts if ("{A}" not in t or p["acronym"])] or ts
    fs = p.get("force_slot")
    if fs:
        e2 = [t for t in elig if fs in t]
        if e2:
            elig = e2
    return elig[p["tidx"] % len(elig)]


def make_title(p, fam=None):
    fam = fam or p.get("title_family") or title_family(p)
    return choose_template(p, fam).format(**slots(p))


# =====================================================================================
# Descriptions (one builder per house style)
# =====================================================================================
PREV = ["2,000", "8,500", "15,000", "40,000", "120,000", "250,000", "600,000", "1.2 million", "3 million", "4.5 million"]


def call_text(p):
    s = p["scheme"]
    rnd = p.get("sbri_comp") or p["round"] if s["key"] == "SBRI" else p["round"]
    rr = random.Random(h32("call", s["key"], rnd))
    aw = AREA_WORDS.get(p["theme"] or "", "health and care")
    k = rr.randint(6, 24)
    aim = rr.choice(["accelerate the development of technologies that address unmet needs in",
                     "support late-stage development and real-world testing of innovations in",
                     "bring forward solutions that can be adopted within three years in",
                     "tackle priorities set by patients, clinicians and commissioners in"])
    sup = rr.choice(["regulatory, evidence-generation and adoption planning",
                     "health economics, procurement readiness and clinical engagement",
                     "market access, evaluation design and patient involvement"])
    lab = "%s %d" % (s["rnd"] or "Round", rnd)
    return ("This award was made under %s %s, a themed call on %s that funded %d projects. The call sought to %s %s. "
            "All funded teams receive support on %s.") % (s["name"], lab, aw, k, aim, aw, sup)


def desc_structured(p, r, us=False, headings=("Background", "Aims", "Methods", "Patient and public involvement", "Dissemination")):
    d = slots(p)
    bg = r.choice([
        "{Cc} affects around %s people in the UK and places a growing burden on {S}." % r.choice(PREV),
        "Outcomes for {P} with {C} remain poor, and access to effective care varies widely across {R}.",
        "{Cc} is common among {P}, yet services in {S} are inconsistent and evidence on {T} is limited.",
        "Delays in recognising {C} lead to avoidable harm; {T} may help but has not been rigorously evaluated.",
    ])
    gap = r.choice([" Current practice relies on clinical judgement alone.", " NICE has identified this as a research priority.",
                    " Previous studies were small and single-centre.", ""])
    aim = r.choice([
        "To determine the clinical and cost-effectiveness of {T} compared with usual care for {P} with {C} in {S}.",
        "To establish whether {T} reduces {O} in {P} with {C}.",
        "To evaluate the effect of {T} on {O} and {O2} for {P} with {C}.",
    ])
    meth = r.choice([
        "{AD} across {K} sites in {R}. We will recruit {N} participants. The primary outcome is {O}; secondary outcomes include {O2} and quality of life.",
        "{Dc} in {S}, led from {L}, recruiting {N} participants over 18 months. Primary outcome: {O}. A health economic evaluation will estimate cost per QALY.",
        "Work package 1 will refine {T} with users; work package 2 is {aD} ({N} participants, {K} sites); work package 3 is a process evaluation.",
    ])
    ppi = r.choice([
        "A patient advisory group of %d people with lived experience of {C} co-designed the study materials." % r.randint(5, 14),
        "Public contributors from {L} helped shape the research question and will sit on the trial steering committee.",
        "We worked with a local {Ps} group to prioritise outcomes that matter to patients.",
    ])
    dis = r.choice([
        "Findings will inform NICE guidance and commissioning decisions and will be shared through {R} networks.",
        "Results will be published open access and summarised for patients, clinicians and commissioners.",
        "We will share results with participants, the NHS and policy makers, and through social media.",
    ])
    parts = [(headings[0], bg + gap), (headings[1], aim), (headings[2], meth), (headings[3], ppi), (headings[4], dis)]
    if r.random() < 0.35:
        parts = parts[:3]
    txt = "\n".join("%s: %s" % (h, s) for h, s in parts).format(**d)
    if p["boiler"]:
        txt += "\n" + call_text(p)
    return to_us(txt) if us else txt


def desc_prose(p, r):
    d = slots(p)
    a = r.choice([
        "{Cc} is a major cause of ill health among {P}. Despite advances in treatment, {O} remains a significant problem, particularly in {S}.",
        "Every year thousands of people in the UK are affected by {C}. There is an urgent need for better ways of reducing {O}.",
        "{Tc} has the potential to change how {C} is managed, but robust evidence about who benefits, and at what cost, is lacking.",
    ])
    b = r.choice([
        "In this project we will develop and test {T} with {P} in {S}, working closely with clinicians at {ORG}.",
        "We will bring together engineers, clinicians and people with lived experience to design and evaluate {T} for {C}.",
        "Our programme combines laboratory work, modelling and {aD} to understand whether {T} improves {O}.",
    ])
    c = r.choice([
        "We will recruit {N} participants from {K} sites and measure {O} and {O2}.",
        "The project will run for {M} months and will generate the evidence needed for a definitive trial.",
        "Outputs will include an open dataset, a validated prototype and guidance for NHS adoption.",
    ])
    e = r.choice([
        "The research will benefit patients, the NHS and UK industry.",
        "If successful, the approach could be adopted across the NHS within five years.",
        "Potential beneficiaries include patients, carers, health professionals and commissioners.",
    ])
    txt = ("%s %s\n\n%s %s" % (a, b, c, e)).format(**d)
    if p["boiler"]:
        txt += "\n\n" + call_text(p)
    return txt


def desc_public(p, r):
    d = slots(p)
    comp = p["lead"].get("short") or p["lead"]["name"]
    a = r.choice([
        comp + " is developing {T}, a new approach to {C} care designed for {S}.",
        "Our mission at " + comp + " is to make {T} available to every patient with {C}.",
        comp + " has built an early prototype of {T} for {P} with {C}.",
    ])
    b = r.choice([
        "This project will complete technical development, usability testing with clinicians and a pilot in {S}.",
        "In this project we will validate the technology with %s and prepare for UKCA marking." % (
            p["partners"][0]["name"] if p["partners"] else "an NHS partner"),
        "The project will generate clinical evidence of impact on {O} and build the health economic case.",
    ])
    c = r.choice([
        "If successful, the technology could reduce {O} and save the NHS money.",
        "The innovation addresses a global market and will create skilled jobs in {R}.",
        "We aim to launch the product in the UK within two years of project completion.",
    ])
    txt = ("%s %s %s" % (a, b, c)).format(**d)
    if p["phase"] and p["phase"] >= 2:
        txt = "Building on our feasibility study, " + (txt if txt.startswith(comp) else txt[0].lower() + txt[1:])
    if p["boiler"]:
        txt += " " + call_text(p)
    return txt


def desc_lay(p, r):
    d = slots(p)
    a = r.choice([
        "Around %s people in the UK live with {Cl}." % r.choice(PREV),
        "{Clc} can have a huge impact on everyday life.",
        "For {Ps}, getting the right care for {Cl} can be difficult.",
    ])
    b = r.choice([
        "Researchers at {ORG} will find out whether {T} can help {P} with {O}.",
        "This team will test {T} to see if it improves {O} for {Ps}.",
        "The project will work with {Ps} in {L} to develop and test {T}.",
    ])
    c = r.choice(["If it works, it could be offered across the NHS.", "The findings could change how {C} is treated.",
                  "", "This could reduce the need for hospital visits."])
    return (" ".join(x for x in (a, b, c) if x)).format(**d)


def desc_community(p, r):
    d = slots(p)
    a = r.choice([
        "To deliver {T} for {P} in {L}, improving access to support for people living with {C}.",
        "Funding towards a project offering {T} to {Ps} across {L} and surrounding areas.",
        "The grant will support {T} run by volunteers and staff for {P} affected by {C}.",
    ])
    b = r.choice(["The project will work with local NHS services in {S}.", "", "It will reach around %d people a year." % r.choice([80, 150, 300, 500, 1200])])
    txt = (" ".join(x for x in (a, b) if x)).format(**d)
    if p["boiler"]:
        txt += " " + call_text(p)
    return txt


def desc_oneline(p, r):
    d = slots(p)
    return r.choice([
        "Testing whether {T} can reduce {O} for {P} in {S}, {L}.",
        "A {Ps}-led project using {T} to improve {O} in {S}.",
        "Co-designing and testing {T} with {P} with {C} in {L}.",
        "Using {T} to release time and improve {O} in {S}.",
    ]).format(**d)


def desc_objective(p, r):
    d = slots(p)
    n_c = len(set(x["country"] for x in p["partners"] + [p["lead"]]))
    a = r.choice([
        "{A} aims to develop and validate {T} for {C}.",
        "The {A} project will establish {T} as a standard of care for {P} with {C}.",
        "{A} addresses the urgent need to improve {O} in {C} across Europe.",
    ])
    b = ("The consortium of %d partners from %d countries brings together clinicians, researchers, SMEs and patient organisations."
         % (len(p["partners"]) + 1, max(2, n_c)))
    c = r.choice([
        "We will conduct a multinational {D} in {K} clinical centres, including a UK site led by %s." % (
            p["uk_partner"]["name"] if p["uk_partner"] else "{ORG}"),
        "The project will integrate data from {N} patients and build open tools for clinicians.",
        "Clinical validation will take place in %d countries, supported by health economic modelling." % r.randint(3, 7),
    ])
    e = r.choice(["Expected impacts include improved {O} and reduced {O2} across European health systems.",
                  "Results will support regulatory approval, reimbursement and uptake in national health systems."])
    txt = " ".join((a, b, c, e)).format(**d)
    if p["boiler"]:
        txt += " " + call_text(p)
    return to_us(txt) if r.random() < 0.7 else txt


def desc_nih(p, r):
    d = slots(p)
    txt = r.choice(["PROJECT SUMMARY/ABSTRACT\n", "Project Summary: ", ""])
    txt += r.choice([
        "{Cc} is a leading cause of morbidity among {P}. ",
        "There is an urgent need for scalable interventions for {C}. ",
    ])
    txt += "The overall objective of this application is to determine whether {T} improves {O} in {P} with {C}. "
    txt += r.choice([
        "Aim 1 will characterise mechanisms of response. Aim 2 will test {T} in {aD} ({N} participants). Aim 3 will estimate cost-effectiveness.",
        "Specific Aims: (1) to refine {T} with stakeholders in {S}; (2) to conduct {aD}; (3) to identify predictors of {O}.",
    ])
    txt += " The study will be conducted in the United Kingdom in partnership with {ORG}."
    return to_us(txt.format(**d))


def desc_bullets(p, r):
    d = slots(p)
    mark = r.choice(["• ", "* ", "· "])
    lines = [
        "Challenge: " + r.choice(["variation in {C} care across {F}", "{O} in {S} is worse than the national average",
                                  "unwarranted variation in access to {T} for {P}"]),
        "Innovation: {T} (" + TECH_AREA_LABEL[p["tech"]["cat"]][1] + ")",
        "Sites: " + r.choice(["{L} and neighbouring systems in {F}", "%d sites across {F}" % p["n_sites"],
                              "{L} pilot, then wider {F} roll-out"]),
        "Measures: {O}; {O2}",
    ]
    if r.random() < 0.6:
        lines.append("Population: {P}")
    if r.random() < 0.5 and p["funder"]:
        lines.append("Funding: " + p["funder"]["name"])
    txt = "\n".join(mark + x for x in lines).format(**d)
    if p["boiler"]:
        txt += "\n" + call_text(p)
    return txt


def desc_sbri(p, r):
    d = slots(p)
    ph = p["phase"] or 1
    if ph == 1:
        a = "Phase 1 feasibility contract to demonstrate the technical feasibility of {T} for {C} in {S}."
    else:
        a = "Phase %d contract to develop and evaluate a prototype of {T} for {C} in real-world {S} settings." % ph
    b = r.choice(["The solution targets {O} for {P}.", "Clinical partner: %s." % (
        p["partners"][0]["name"] if p["partners"] else "to be confirmed"), "The project will produce a health economic model."])
    txt = (a + " " + b).format(**d)
    if p["boiler"]:
        txt += " " + call_text(p)
    return txt


HRCS_CAT = {"CAN": "Cancer and neoplasms", "INF": "Infection", "CVD": "Cardiovascular", "RES": "Respiratory",
            "MH": "Mental health", "NEU": "Neurological", "MSK": "Musculoskeletal", "MAT": "Reproductive health and childbirth",
            "PAED": "Generic health relevance", "EYE": "Eye", "ENT": "Ear", "SKIN": "Skin", "REN": "Renal and urogenital",
            "GI": "Oral and gastrointestinal", "DIAB": "Metabolic and endocrine", "MET": "Metabolic and endocrine",
            "BLOOD": "Blood", "AGE": "Generic health relevance", "RARE": "Generic health relevance", "GEN": "Generic health relevance",
            "SEX": "Infection", "ADD": "Mental health", "PAIN": "Generic health relevance", "ACUTE": "Injuries and accidents",
            "DENT": "Oral and gastrointestinal"}


def desc_summary(p, r):
    d = slots(p)
    area = sorted(p["cond"]["areas"])[0]
    s = r.choice(["{Tc} for {Ps} with {Cab}.", "Study of {T} in {Cab} ({Ps}).", "{Tc} to improve {O} in {Cab}."])
    s += " HRCS health category: %s; research activity %s." % (
        HRCS_CAT.get(area, "Generic health relevance"), r.choice(["5.1", "5.4", "6.1", "6.4", "8.1", "4.2", "3.1"]))
    return s.format(**d)


# =====================================================================================
# Identifiers per source
# =====================================================================================
NIH_IC = {"CAN": "CA", "CVD": "HL", "RES": "HL", "BLOOD": "HL", "AGE": "AG", "INF": "AI", "SEX": "AI", "MH": "MH",
          "DIAB": "DK", "GI": "DK", "REN": "DK", "MET": "DK", "NEU": "NS", "MAT": "HD", "PAED": "HD", "ADD": "DA",
          "EYE": "EY", "ENT": "DC", "SKIN": "AR", "MSK": "AR", "PAIN": "NS", "RARE": "TR", "GEN": "HG", "ACUTE": "GM",
          "DENT": "DE"}
GTR_LETTER = {2012: "K", 2013: "L", 2014: "M", 2015: "N", 2016: "P", 2017: "R", 2018: "S", 2019: "T", 2020: "V",
              2021: "W", 2022: "X", 2023: "Y", 2024: "Z"}
NIHR_BASE = {2018: 126000, 2019: 128000, 2020: 131000, 2021: 200000, 2022: 203500, 2023: 206000, 2024: 300000}


def nih_ic(p):
    for a in sorted(p["cond"]["areas"]):
        if a in NIH_IC:
            return NIH_IC[a]
    return "GM"


def new_id(ctx, src, p, rng, nih_year=None):
    s = p["scheme"]
    y = p["year"]
    yy = y % 100
    for _ in range(200 if not (src == "nih" and p.get("nih_serial")) else 1):
        if src == "nihr":
            if y >= 2018 or s["key"] in ("NIHRAF", "AIAWARD"):
                i = "NIHR%d" % (NIHR_BASE.get(y, 300000) + rng.randint(0, 9999))
            elif s["key"] in ("RFPB",):
                i = "PB-PG-%02d%02d-%05d" % (rng.randint(1, 12), yy, rng.randint(10000, 29999))
            elif s["key"] in ("I4IPDA", "I4ICH"):
                i = "II-%s-%02d%02d-%05d" % ("LA" if s["key"] == "I4IPDA" else "C%d" % p["round"], rng.randint(1, 12), yy,
                                             rng.randint(20000, 20999))
            elif s["key"] == "PGFAR":
                i = "RP-PG-%02d%02d-%05d" % (rng.randint(1, 12), yy, rng.randint(10000, 20999))
            else:
                i = "%02d/%d/%02d" % (yy, rng.randint(10, 199), rng.randint(1, 99))
        elif src == "gtr":
            co = {"MRC": "MR", "EPSRC": "EP", "ESRC": "ES"}.get(s["funder"], "MR")
            i = "%s/%s%06d/1" % (co, GTR_LETTER.get(y, "Z"), rng.randint(0, 99999) * 10 + rng.randint(0, 9))
        elif src == "iuk":
            i = "IUK-%d" % (rng.randint(10000000, 10199999) if y >= 2020 else rng.randint(100000, 139999))
        elif src == "g360":
            f = p["funder"]["id"].split("-")[-1] if p["funder"] else "X"
            if f == "WT":
                i = "360G-Wellcome-%06d_Z_%02d_Z" % (rng.randint(200000, 229999), yy)
            elif f == "BHF":
                i = "360G-BHF-%s_%02d_%d_%05d" % ("FS" if p["kind"] == "fellowship" else "PG", yy, rng.randint(1, 99),
                                                  rng.randint(30000, 39999))
            elif f == "NHSCT":
                i = "360G-NHSCT-%02d-%04d" % (yy, rng.randint(1, 9999))
            elif f == "TNLCF":
                i = "360G-tnlcf-%08d" % rng.randint(10000000, 99999999)
            else:
                i = "360G-%s-%d" % (f.title() if len(f) > 4 else f, rng.randint(10000, 99999))
        elif src == "thf":
            if s["funder"] == "NESTA":
                i = "NESTA-TFBC-%04d" % rng.randint(1, 9999)
            else:
                code = {"QEX": "QX", "I4I-THF": "IFI", "AAA": "AAA", "ERP": "ERP"}.get(s["key"], "THF")
                i = "THF/%s%02d/%03d" % (code, yy, rng.randint(1, 999))
        elif src == "cordis":
            if y <= 2020:
                i = "EU-%d" % (633000 + (y - 2014) * 25000 + rng.randint(0, 24999))
            else:
                i = "EU-%d" % (101040000 + (y - 2021) * 45000 + rng.randint(0, 44999))
        elif src == "nih":
            act = "R21" if s["key"] == "R21" else "R01"
            serial = p.get("nih_serial")
            if serial is None:
                serial = rng.randint(100000, 299999)
            fy = nih_year or min(EXTRACT["nih"].year, p["end"].year)
            cnt = max(1, fy - p["start"].year + 1)
            i = "%d%s%s%06d-%02d" % (1 if cnt == 1 else 5, act, nih_ic(p), serial, cnt)
            if p.get("nih_serial") is None and i not in ctx.used:
                p["nih_serial"] = serial
        elif src == "hin":
            i = "%s-%d-%03d" % (p["area"]["key"], y, rng.randint(1, 999))
        elif src == "sbri":
            comp = (y - 2014) * 2 + (1 if p["start"].month <= 6 else 2)
            p["sbri_comp"] = comp
            i = "SBRI-C%02d-P%d-%03d" % (comp, p["phase"] or 1, rng.randint(1, 999))
        elif src == "devolved":
            f = s["funder"]
            if f == "CSO":
                i = "CSO-%s/%02d/%03d" % ("CAF" if s["kind"] == "fellowship" else "HIPS", yy, rng.randint(1, 999))
            elif f == "HCRW":
                i = "HCRW-%s-%02d-%04d" % ("HF" if s["kind"] == "fellowship" else "RFPPB", yy, rng.randint(1000, 1999))
            else:
                i = "HSC-COM/%04d/%02d" % (rng.randint(5000, 5999), yy)
        elif src == "trust":
            code = p["lead"].get("code") or "TRUST"
            i = "%s-RIF-%d-%03d" % (code, y, rng.randint(1, 300))
        elif src == "hrca":
            i = "UKHRA22-%06d" % rng.randint(0, 999999)
        else:
            i = "X-%08d" % rng.randint(0, 99999999)
        if i not in ctx.used:
            ctx.used.add(i)
            return i
    raise RuntimeError("could not make a unique id for source %s" % src)


def reserve_id(ctx, i):
    if i in ctx.used:
        return None
    ctx.used.add(i)
    return i


# =====================================================================================
# Rendering a project in a house style
# =====================================================================================
STATUS_WORDS = {
    "nihr": {"active": "Active", "concluded": "Completed", "planned": "Upcoming"},
    "gtr": {"active": "Active", "concluded": "Closed", "planned": "Active"},
    "iuk": {"active": "Active", "concluded": "Closed", "planned": "Active"},
    "thf": {"active": "live", "concluded": "complete", "planned": "announced"},
    "cordis": {"active": "ongoing", "concluded": "closed", "planned": "ongoing"},
    "nih": {"active": "active", "concluded": "ended", "planned": "active"},
    "hin": {"active": ["live", "in progress", "live"], "concluded": ["complete", "closed"], "planned": "planned"},
    "sbri": {"active": "underway", "concluded": "completed", "planned": "upcoming"},
    "devolved": {"active": "Live", "concluded": "Complete", "planned": "Forthcoming"},
    "trust": {"active": "running", "concluded": "finished", "planned": "upcoming"},
}
STAGES_BY_KIND = {
    "trial": ["Late development", "Real world monitoring and evaluation"],
    "evaluation": ["Real world monitoring and evaluation"],
    "devtech": ["Research and early development"], "devco": ["Research and early development"],
    "fellowship": ["Research and early development"], "spread": ["Adoption", "Diffusion and spread"],
    "improvement": ["Testing and piloting", "Adoption"], "community": ["Adoption"],
    "eu": ["Research and early development", "Late development"], "local": ["Idea generation", "Testing and piloting"],
}
DRIVERS_BY_KIND = {
    "trial": ["Information and evidence"], "evaluation": ["Information and evidence"],
    "devtech": ["Funding and commissioning"], "devco": ["Funding and commissioning"],
    "fellowship": ["Skills, capabilities and leadership"],
    "spread": ["Relationships and networks", "Funding and commissioning"],
    "improvement": ["Skills, capabilities and leadership", "Patient and public involvement and engagement"],
    "community": ["Patient and public involvement and engagement"], "eu": ["Information and evidence"],
    "local": ["Motivations and accountabilities"],
}
GROUPS_BY_KIND = {
    "trial": ["Academics", "Patients and public"], "evaluation": ["Adopters"], "devtech": ["Innovators"],
    "devco": ["Innovators", "SMEs"], "fellowship": ["Academics"], "spread": ["Adopters"],
    "improvement": ["Adopters", "Patients and public"], "community": ["Patients and public"], "eu": ["Innovators"],
    "local": ["Adopters"],
}
ACTS_BY_KIND = {
    "trial": ["funding", "evaluation and evidence"], "evaluation": ["evaluation and evidence"],
    "devtech": ["funding"], "devco": ["funding"], "fellowship": ["funding", "training and skills"],
    "spread": ["networking and brokerage", "evaluation and evidence"], "improvement": ["funding", "training and skills"],
    "community": ["funding"], "eu": ["funding", "networking and brokerage"], "local": ["funding"],
}
ACT_SYN = {"funding": ["funding", "grants", "grant funding", "Funding"],
           "evaluation and evidence": ["evaluation and evidence", "evaluation", "evidence generation", "Evaluation & evidence"],
           "training and skills": ["training and skills", "fellowships", "training", "training-and-skills"],
           "networking and brokerage": ["networking and brokerage", "networking & brokerage", "brokerage", "networking"],
           "procurement and commissioning": ["procurement", "procurement and commissioning"]}
RECIP_BY_KIND = {"devtech": "innovators", "devco": "innovators", "eu": "innovators", "fellowship": "innovators",
                 "spread": "adopters", "community": "adopters", "improvement": "adopters", "local": "adopters",
                 "trial": "innovators", "evaluation": "both"}
RECIP_SYN = {"innovators": ["innovators", "developers", "innovators only"], "adopters": ["adopters", "NHS organisations",
             "adopters only", "health and care providers"], "both": ["both", "innovators and adopters"]}
FOCUS_SYN = {"clinical": ["clinical", "Clinical"], "non-clinical": ["non-clinical", "administrative", "non clinical", "operational"],
             "both": ["both", "mixed", "clinical and non clinical"]}


def status_of(start, end, extract):
    if start and start > extract:
        return "planned"
    if end and end < extract:
        return "concluded"
    return "active"


def style_pick(r, v):
    return r.choice(v) if isinstance(v, list) else v


def scheme_label(p, style):
    s = p["scheme"]
    nm = s["name"]
    if style == "cordis":
        th = (p["theme"] or "GEN")
        if p["year"] <= 2020:
            code = "SC1-%s-%02d-%d" % ("BHC" if s["kind"] == "eu" else "SMEInst", (h32(th) % 30) + 1, p["year"])
        else:
            code = "HORIZON-HLTH-%d-%s-%02d-%02d" % (p["year"], {"CAN": "DISEASE", "INF": "DISEASE", "RARE": "DISEASE"}.get(th, "CARE"),
                                                      (h32(th, p["year"]) % 12) + 1, (h32(th) % 5) + 1)
            if s["key"] in ("EICACC", "MSCADN"):
                code = {"EICACC": "HORIZON-EIC-%d-ACCELERATOR-01" % p["year"], "MSCADN": "HORIZON-MSCA-%d-DN-01" % p["year"]}[s["key"]]
        fs = {"H2020RIA": "RIA", "HERIA": "RIA", "H2020SME": "SME-%d" % (p["phase"] or 1), "EICACC": "EIC", "MSCADN": "MSCA-DN"}[s["key"]]
        return "%s (%s)" % (code, fs)
    if style == "sbri":
        return "SBRI Healthcare Competition %d – %s" % (p.get("sbri_comp") or ((p["year"] - 2014) * 2 + 1),
                                                        AREA_WORDS.get(p["theme"] or "", "health"))
    if s["phased"] and style == "iuk" and s["key"].startswith("BMC"):
        return "Biomedical Catalyst: %s" % ({1: "Feasibility Studies", 2: "Primer Awards", 3: "Late Stage Awards"}.get(p["phase"] or 1, "Industry-led R&D"))
    if s["rnd"]:
        return "%s %s %d" % (nm, s["rnd"], p["round"])
    return nm


def render(ctx, p, style, rid, variant=None):
    """Return a row (dict) for project p written in house style `style`, with id rid."""
    variant = variant or {}
    r = random.Random((p["tseed"] * 1000003 + h32(style)) & 0xFFFFFFFF)
    snap = p.get("snapshot")
    extract = variant.get("extract") or EXTRACT.get(style, D(2024, 6, 1))
    start = p["start"]
    end = p["end"]
    if snap != "early" and p.get("ext_months"):
        end = add_months(end, p["ext_months"])
    fam = p.get("title_family") or title_family(p)
    title = variant.get("title") or make_title(p, fam)
    row = {}
    # ---- title conventions
    if p["phase"] and not variant.get("title"):
        ph = p["phase"]
        if style == "sbri":
            title = ("Phase %d: %s" % (ph, title)) if r.random() < 0.6 else ("%s (Phase %d)" % (title, ph))
        elif style == "nihr" and p["scheme"]["key"] == "AIAWARD":
            title = "%s (Phase %d)" % (title, ph + 1)
        elif ph >= 2:
            title += r.choice([" II", " - Stage 2", " (Phase II)", ": phase 2"])
    if style == "iuk" and r.random() < 0.35:
        title = title.upper()
    elif style == "gtr" and r.random() < 0.2:
        title = title_case(title)
    elif style == "nih":
        title = to_us(title)
        if r.random() < 0.4:
            title = title.upper()
    elif style == "cordis" and r.random() < 0.5:
        title = to_us(title)
    elif style == "trust" and r.random() < 0.3:
        title = cap1(title.lower())
    # ---- owner
    own_how = {"nihr": "full", "gtr": "full", "iuk": "caps", "g360": ("the" if r.random() < 0.2 else "full"),
               "thf": "full", "cordis": "caps", "nih": "caps", "hin": "acr", "sbri": "full", "devolved": "full",
               "trust": ("acr" if r.random() < 0.4 else "full"), "hrca": "acr"}.get(style, "full")
    own_how = variant.get("owner_how", own_how)
    owner = variant.get("owner_obj", p["lead"])
    if style == "g360" and p["kind"] == "community" and r.random() < 0.3 and not variant.get("title"):
        title = "Grant to %s towards %s" % (actor_str(owner, "full"), title[0].lower() + title[1:])
    row["name"] = title
    row["owner"] = actor_str(owner, own_how, r)
    parts = variant.get("partners_obj", p["partners"])
    part_how = "caps" if style in ("cordis", "iuk", "nih") else ("acr" if style == "hin" else "full")
    if style in ("g360", "thf", "trust", "hrca") or (style == "nihr" and r.random() < 0.4):
        parts = []
    row["partners"] = "; ".join(actor_str(x, part_how, r) for x in parts)
    # ---- description
    if style in ("nihr",):
        desc = desc_structured(p, r)
    elif style == "devolved":
        desc = desc_structured(p, r, headings=("Lay summary", "Aims and objectives", "Plan of investigation",
                                               "Public involvement", "Impact"))
    elif style == "gtr":
        desc = desc_prose(p, r)
    elif style == "iuk":
        desc = desc_public(p, r)
    elif style == "g360":
        desc = desc_community(p, r) if p["kind"] == "community" else desc_lay(p, r)
    elif style == "thf":
        desc = desc_oneline(p, r)
    elif style == "cordis":
        desc = desc_objective(p, r)
    elif style == "nih":
        desc = desc_nih(p, r)
    elif style == "hin":
        desc = desc_bullets(p, r)
    elif style == "sbri":
        desc = desc_sbri(p, r)
    elif style == "trust":
        desc = desc_oneline(p, r)
    elif style == "hrca":
        desc = desc_summary(p, r)
    else:
        desc = desc_oneline(p, r)
    if snap != "early" and p.get("extra") and style != "hrca":
        desc = desc + ("\n" if "\n" in desc else " ") + " ".join(p["extra"])
    miss_desc = {"g360": 0.10, "thf": 0.05, "trust": 0.35, "hin": 0.05, "iuk": 0.03, "sbri": 0.05}.get(style, 0.01)
    if r.random() < miss_desc and not variant.get("keep_desc"):
        desc = ""
    row["description"] = variant.get("description", desc)
    # ---- classification columns (curated by some sources only)
    kind = p["kind"]
    acts = list(ACTS_BY_KIND.get(kind, ["funding"]))
    if style == "sbri":
        acts = ["funding", "procurement and commissioning"]
    if style in ("nihr", "hin", "thf", "sbri", "trust") or (style in ("gtr", "g360", "iuk") and r.random() < 0.5):
        if style in ("gtr", "g360", "iuk"):
            acts = acts[:1]
        row["activity_types"] = "; ".join(r.choice(ACT_SYN[a]) for a in acts)
    else:
        row["activity_types"] = ""
    instr = ""
    if style == "nihr" and r.random() < 0.4:
        instr = "Fellowships and postgraduate loans and scholarships" if kind == "fellowship" else "Project grants for public research"
    elif style == "iuk" and r.random() < 0.5:
        instr = "Grants for business R&D and innovation"
    elif style == "sbri":
        instr = "Procurement programmes for R&D and innovation"
    elif style == "hin" and r.random() < 0.3:
        instr = "Networking and collaborative platforms"
    elif style == "cordis" and r.random() < 0.3:
        instr = "Project grants for public research"
    row["instrument_type"] = instr
    foc = p["tech"]["focus"]
    row["focus"] = r.choice(FOCUS_SYN[foc]) if style in ("nihr", "hin", "thf", "sbri", "trust", "iuk") else ""
    row["productivity_focus"] = ("yes" if p["tech"]["cat"] == "ADMIN" else "no") if style in ("hin", "thf", "sbri") else ""
    row["offers_funding"] = ({"hin": r.choice(["yes", "partly", "no"]) if kind == "spread" else "no"}.get(style, "yes")
                             if style in ("hin", "thf", "sbri", "trust") else "")
    row["evaluated"] = (r.choice(["yes", "no", ""]) if style in ("hin", "thf") else "")
    row["rapid_evaluation"] = ("yes" if kind == "evaluation" and style in ("hin", "nihr") and r.random() < 0.5 else "")
    rec = RECIP_BY_KIND.get(kind, "")
    row["funding_recipients"] = r.choice(RECIP_SYN[rec]) if (rec and style in ("hin", "thf", "sbri", "trust", "nihr")
                                                             and r.random() < 0.7) else ""
    if style in ("hin", "thf", "sbri") or (style == "nihr" and r.random() < 0.5):
        st = list(STAGES_BY_KIND.get(kind, []))
        if kind in ("devtech", "devco") and (p["phase"] or 1) >= 2:
            st = ["Late development", "Testing and piloting"]
        row["stages"] = "; ".join(st)
    else:
        row["stages"] = ""
    row["drivers"] = "; ".join(DRIVERS_BY_KIND.get(kind, [])) if style in ("hin", "thf") else ""
    row["target_groups"] = "; ".join(GROUPS_BY_KIND.get(kind, [])) if style in ("hin", "thf", "sbri") else ""
    row["technology_area"] = (r.choice(TECH_AREA_LABEL[p["tech"]["cat"]])
                              if style in ("hin", "thf", "sbri", "iuk", "nihr", "hrca") or r.random() < 0.3 else "")
    # ---- money
    b = variant.get("budget", p["budget"])
    bud = str(b) if b is not None else ""
    if b is not None:
        if style == "hin":
            x = r.random()
            if x < 0.35:
                lo = int(b * 0.6) // 5000 * 5000
                hi = int(b * 1.4) // 5000 * 5000 + 5000
                bud = "%d - %d" % (lo, hi)
            elif x < 0.55:
                bud = "up to %d" % (int(b * 1.2) // 10000 * 10000 + 10000)
            elif x < 0.75:
                bud = ""
            else:
                bud = str(b // 1000 * 1000)
        elif style in ("thf",):
            bud = str(b // 1000 * 1000) if r.random() < 0.9 else ""
        elif style == "trust":
            bud = str(b // 500 * 500) if r.random() < 0.8 else ""
        elif style == "g360":
            bud = str(b if r.random() < 0.6 else b // 100 * 100)
        elif style == "hrca":
            bud = str(b // 10000 * 10000 if b >= 20000 else b // 1000 * 1000) if r.random() < 0.5 else ""
    row["budget"] = bud
    cur = {"nihr": "GBP", "gtr": "", "iuk": "GBP", "g360": "GBP", "cordis": "EUR", "nih": "USD", "hin": "",
           "sbri": "GBP", "devolved": "GBP", "trust": "", "thf": "GBP", "hrca": ""}.get(style, "")
    row["currency"] = variant.get("currency", cur)
    if row["budget"] == "":
        row["currency"] = ""
    yrs = max(1, round(p["months"] / 12))
    row["budget_period"] = {"nihr": "%d months" % p["months"], "cordis": "%d months" % p["months"], "nih": "per year",
                            "hin": "%d year%s" % (yrs, "s" if yrs > 1 else ""), "devolved": "%d months" % p["months"]
                            }.get(style, "") if row["budget"] else ""
    # ---- dates
    prec = {"nihr": ("d", "d"), "gtr": ("d", "d"), "iuk": ("d", "d"), "cordis": ("d", "d"), "nih": ("d", "d"),
            "devolved": ("d", "d"), "sbri": ("m", "m"), "hrca": ("y", "y")}.get(style)
    if style == "g360":
        prec = (r.choice(["m", "d"]), r.choice(["m", None]))
    elif style == "thf":
        prec = (r.choice(["y", "m"]), r.choice(["m", None, "y"]))
    elif style == "hin":
        prec = r.choice([("m", "m"), ("y", "y"), ("m", None)])
    elif style == "trust":
        prec = r.choice([("m", "m"), ("y", None), ("m", "m")])
    if "prec" in variant:
        prec = variant["prec"]
    if style == "nih":
        # RePORTER budget/project period: the fiscal-year record runs to the project end
        pass
    row["start_date"] = fmt_date(start, prec[0]) if prec[0] else ""
    row["end_date"] = fmt_date(end, prec[1]) if prec[1] else ""
    if row["start_date"] and row["end_date"] and row["end_date"] < row["start_date"][:len(row["end_date"])]:
        row["end_date"] = row["start_date"]
    stw = STATUS_WORDS.get(style)
    row["status"] = style_pick(r, stw[status_of(start, end, extract)]) if stw else ""
    row["source"] = variant.get("source_label", SOURCE_LABEL.get(style, style))
    # ---- properties
    ar = p["area"]
    country = {"nihr": ar["country"], "gtr": "United Kingdom", "iuk": "United Kingdom",
               "g360": r.choice(["United Kingdom", ar["country"]]), "thf": ar["country"], "nih": "UNITED KINGDOM",
               "hin": ar["country"], "sbri": "England", "devolved": ar["country"], "trust": ar["country"], "hrca": "UK"
               }.get(style, ar["country"])
    region = {"nihr": ar["region"], "gtr": ar["region"], "iuk": ar["region"], "thf": ar["nhs_region"],
              "hin": r.choice([ar["nhs_region"], ar["footprint"]]), "sbri": ar["region"], "trust": ar["region"],
              "devolved": r.choice([ar["region"], ""]), "nih": "", "hrca": ""}.get(style, ar["region"])
    if style == "g360":
        region = r.choice(REGION_VARIANTS.get(ar["region"], [ar["region"]]))
    if style == "cordis":
        lead = owner
        if lead["type"] == "eu":
            country, region = lead["country"], ""
        else:
            country, region = "United Kingdom", ar["region"]
    row["country"] = variant.get("country", country)
    row["region"] = variant.get("region", region)
    row["location"] = ("%s, %s" % p["place"]) if style in ("nihr", "g360", "hin", "trust", "thf", "devolved") else (
        p["place"][0] if style in ("gtr", "iuk", "sbri") else "")
    fobj = p["funder"]
    if style == "trust":
        fname = "%s Charity" % (p["lead"].get("acronym") or p["lead"]["name"])
    elif fobj is None:
        fname = ""
    elif style == "nihr":
        fname = fobj["name"] if p["year"] >= 2022 or r.random() < 0.5 else (fobj.get("old") or fobj["name"])
    elif style in ("gtr", "hrca"):
        fname = fobj["acronym"] or fobj["name"]
    elif style == "nih":
        fname = "NIH/%s" % {"CA": "NCI", "HL": "NHLBI", "AG": "NIA", "AI": "NIAID", "MH": "NIMH", "DK": "NIDDK",
                            "NS": "NINDS", "HD": "NICHD", "DA": "NIDA", "EY": "NEI", "DC": "NIDCD", "AR": "NIAMS",
                            "TR": "NCATS", "HG": "NHGRI", "GM": "NIGMS", "DE": "NIDCR"}[nih_ic(p)]
    elif style == "sbri":
        fname = "SBRI Healthcare (NHS England / Health Innovation Network)"
    else:
        fname = fobj["name"]
    row["funder"] = variant.get("funder", fname)
    row["scheme"] = variant.get("scheme", scheme_label(p, style))
    pi_how = {"nihr": "full", "gtr": "short", "thf": "short", "nih": "caps", "hin": "short", "devolved": "initial",
              "trust": "initial", "g360": None, "iuk": None, "cordis": None, "sbri": None, "hrca": None}.get(style)
    row["lead_contact"] = person_name(p["pi"], pi_how) if pi_how else ""
    # ---- missing owners (a few per source)
    if r.random() < {"g360": 0.03, "hin": 0.03, "thf": 0.02, "trust": 0.02, "hrca": 0.05}.get(style, 0.005) and not variant.get("keep_owner"):
        row["owner"] = ""
    row["id"] = rid
    return row


# =====================================================================================
# Planted duplicates (true duplicates: the same project recorded twice)
# =====================================================================================
DUP_KINDS = [("co_funded", 0.22), ("reentry_typo", 0.18), ("retitled", 0.14), ("annual_return", 0.18),
             ("short_summary", 0.12), ("owner_alias", 0.16)]
HN_KINDS = ["other_place", "other_round", "other_condition", "other_population", "next_phase", "sister_award",
            "same_team", "same_intervention"]

COFUND_TARGETS = {"nihr": ["gtr", "g360"], "gtr": ["g360", "nihr"], "iuk": ["nihr", "sbri"], "g360": ["nihr", "gtr"],
                  "thf": ["hin"], "cordis": ["iuk"], "nih": ["gtr", "g360"], "hin": ["thf", "trust"],
                  "sbri": ["iuk"], "devolved": ["g360"], "trust": ["hin"]}
FX = {("EUR", "GBP"): 0.86, ("USD", "GBP"): 0.79, ("GBP", "EUR"): 1.16, ("GBP", "USD"): 1.27, ("USD", "EUR"): 0.92,
      ("EUR", "USD"): 1.09}
SRC_CUR = {"cordis": "EUR", "nih": "USD"}


def clone(p):
    q = dict(p)
    q["partners"] = list(p["partners"])
    q["extra"] = list(p.get("extra") or [])
    return q


def dup_eligible(p, kind):
    if kind == "annual_return":
        return p["start"] <= D(2022, 9, 1) and p["end"] >= D(2020, 1, 1) and p["source"] not in ("trust",)
    if kind == "co_funded":
        return p["source"] in COFUND_TARGETS and (p["source"] != "cordis" or p.get("uk_partner") is not None)
    if kind == "owner_alias":
        l = p["lead"]
        return bool(l.get("acronym") or l.get("old") or l["type"] in ("trust", "uni", "company", "hin"))
    return True


def progress_sentences(p, r):
    d = slots(p)
    s = [r.choice(["Update %d: recruitment completed ({N} participants)." % (p["end"].year - 1),
                   "Progress: the study recruited %d of {N} planned participants." % int(p["n_part"] * r.uniform(0.6, 1.05)),
                   "Outcome: prototype validated at %d NHS sites." % max(1, p["n_sites"] // 2),
                   "Final report submitted; results show improved {O}.",
                   "Status update: a no-cost extension was agreed to complete follow-up."]),
         r.choice(["", "Publications: 3 peer-reviewed papers.", "Follow-on funding secured.", "Findings shared with commissioners in {R}."])]
    return [x.format(**d) for x in s if x]


def render_summary(ctx, p, rid):
    """The project as a one-line summary in a research-classification extract (HRCS style)."""
    src = p["source"]
    q = clone(p)
    q["title_family"] = "local"
    variant = {"source_label": SOURCE_LABEL["hrca"] if src not in ("cordis", "nih") else
               "Open research portal summary (machine-translated) 2023"}
    rr = random.Random(p["tseed"] + 77)
    d = slots(p)
    t = rr.choice(["{Tc} for {Cab}", "{Tc} in {Ps} with {Cab}", "{Cc}: {T}", "{Tc} and {O} in {Cab}"]).format(**d)
    if p["acronym"] and rr.random() < 0.5:
        t = "%s (%s)" % (t, p["acronym"])
    variant["title"] = t
    variant["funder"] = ((p["funder"]["acronym"] or p["funder"]["name"]) if p["funder"] else
                         "%s Charity" % (p["lead"].get("acronym") or p["lead"]["name"]))
    variant["budget"] = p["budget"] if src not in ("cordis", "nih") else None
    variant["scheme"] = ""
    return render(ctx, q, "hrca", rid, variant)


def make_copy(ctx, rng, p, base_row, kind, rows_by_pid):
    """Create one duplicate row of project p (whose base row is base_row). Returns the new row."""
    src = p["source"]
    if kind == "co_funded":
        tgt = rng.choice(COFUND_TARGETS[src])
        q = clone(p)
        q["title_family"] = p.get("title_family") or title_family(p)
        q["source"] = tgt
        cands = [s for s in SCHEMES if s["source"] == tgt and s["kind"] == p["kind"]] or \
                [s for s in SCHEMES if s["source"] == tgt]
        q["scheme"] = rng.choice(cands)
        q["boiler"] = False
        q["funder"] = resolve_funder(ctx, rng, q["scheme"], q) if q["scheme"]["funder"] != "*trust" else None
        if q["funder"] is not None and p["funder"] is not None and q["funder"]["id"] == p["funder"]["id"]:
            q["funder"] = ctx.funders["WT"] if tgt == "g360" else q["funder"]
        variant = {}
        if tgt == "trust" and p["lead"]["type"] != "trust":
            q["lead"] = rng.choice(ctx.by_area[p["area"]["key"]]["trust"])
            q["partners"] = [p["lead"]] + p["partners"][:1]
        c_from = SRC_CUR.get(src, "GBP")
        c_to = SRC_CUR.get(tgt, "GBP")
        share = rng.uniform(0.25, 1.1)
        if src == "cordis":
            share = rng.uniform(0.06, 0.2)
            q["lead"] = p["uk_partner"]
            q["partners"] = [p["lead"]] + [x for x in p["partners"] if x is not p["uk_partner"]][:2]
            variant["scheme"] = "Horizon Europe Guarantee"
            variant["funder"] = "Innovate UK"
            if rng.random() < 0.25 and p["acronym"]:
                variant["title"] = p["acronym"]
            elif rng.random() < 0.4:
                t = make_title(p)
                variant["title"] = t.split(" - ", 1)[-1] if " - " in t else t
        amount = p["budget"] * share * FX.get((c_from, c_to), 1.0)
        if src == "nih":
            amount *= max(1, p["months"] // 12)
        q["budget"] = max(1000, int(amount))
        if rng.random() < 0.5:
            shift = rng.randint(-3, 3)
            q["start"] = add_months(p["start"], shift)
            q["end"] = add_months(p["end"], shift + rng.randint(-1, 2))
            if q["end"] <= q["start"]:
                q["end"] = add_months(q["start"], p["months"])
        rid = new_id(ctx, tgt, q, rng)
        return render(ctx, q, tgt, rid, variant)
    if kind == "reentry_typo":
        row = dict(base_row)
        rid = new_id(ctx, src, p, rng) if src not in ("nih",) else reserve_id(ctx, base_row["id"] + "-R") or new_id(ctx, "hrca", p, rng)
        row["id"] = rid
        nm = typo(row["name"], rng, rng.randint(1, 2))
        if rng.random() < 0.5:
            nm = abbreviate(nm, rng, 0.6)
        row["name"] = nm
        dsc = row["description"]
        if dsc:
            n = rng.choice([int(len(dsc) * rng.uniform(0.3, 0.7)), rng.randint(120, 300)])
            dsc = truncate(dsc.replace("\n", " "), n, rng)
            if rng.random() < 0.5:
                dsc = typo(dsc, rng, rng.randint(1, 3))
        row["description"] = dsc
        for col in ("start_date", "end_date"):
            if row[col] and rng.random() < 0.6:
                row[col] = row[col][:rng.choice([4, 7])]
        if row["start_date"] and row["end_date"] and row["end_date"] < row["start_date"][:len(row["end_date"])]:
            row["end_date"] = row["start_date"][:len(row["end_date"])]
        for col in ("partners", "stages", "drivers", "target_groups", "technology_area", "lead_contact", "instrument_type"):
            if rng.random() < 0.5:
                row[col] = ""
        if rng.random() < 0.3:
            row["budget"] = row["currency"] = row["budget_period"] = ""
        if row["owner"] and rng.random() < 0.3:
            row["owner"] = rng.choice([row["owner"].lower(), abbreviate(row["owner"], rng, 0.9), row["owner"].upper()])
        if rng.random() < 0.3:
            row["source"] = row["source"] + " (manual re-entry)"
        return row
    if kind == "retitled":
        q = clone(p)
        fam = p.get("title_family") or title_family(p)
        old = make_title(p, fam)
        if rng.random() < 0.5:
            q["acronym"] = None if p["acronym"] else make_acronym(rng, p["cond"])
        for k in range(1, 12):
            q["tidx"] = p["tidx"] + k
            if make_title(q, fam) != old:
                break
        rid = new_id(ctx, src, q, rng) if src != "nih" else (reserve_id(ctx, base_row["id"] + "A1") or new_id(ctx, "hrca", p, rng))
        row = render(ctx, q, src, rid, {"keep_desc": True, "keep_owner": True})
        dsc = base_row["description"]
        if dsc and rng.random() < 0.5:
            sents = re.split(r"(?<=[.?!])\s+", dsc)
            if len(sents) > 2:
                del sents[rng.randrange(len(sents))]
            dsc = " ".join(sents)
        row["description"] = dsc
        for col in ("budget", "currency", "budget_period", "start_date", "end_date", "owner", "funder", "scheme"):
            row[col] = base_row[col]
        return row
    if kind == "annual_return":
        # base becomes the later return; the copy is the earlier snapshot
        early = clone(p)
        early["snapshot"] = "early"
        lo = add_months(p["start"], 4)
        hi = min(add_months(p["end"], -1), D(2023, 6, 30))
        if hi <= lo:
            hi = add_months(lo, 2)
        ed = lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))
        p["snapshot"] = "late"
        p["ext_months"] = rng.choice([0, 0, 3, 6, 12])
        p["extra"] = progress_sentences(p, rng)
        if rng.random() < 0.4:
            extra = pick_partners(ctx, rng, p, 1)
            p["partners"] = p["partners"] + [x for x in extra if x not in p["partners"]]
        if rng.random() < 0.3:
            p["budget"] = int(p["budget"] * rng.uniform(1.05, 1.3))
        label = SOURCE_LABEL.get(src, src).rsplit(" ", 1)[0] + " %d (annual return)" % ed.year
        if src == "nih":
            fy = min(ed.year, min(EXTRACT["nih"].year, p["end"].year) - 1)
            rid = None
            if fy >= early["start"].year:
                try:
                    rid = new_id(ctx, "nih", early, rng, nih_year=fy)
                except RuntimeError:
                    rid = None
            rid = rid or reserve_id(ctx, base_row["id"] + "S1") or new_id(ctx, "hrca", p, rng)
        elif rng.random() < 0.5:
            rid = reserve_id(ctx, "%s-AR%02d" % (base_row["id"], ed.year % 100)) or new_id(ctx, src, early, rng)
        else:
            rid = new_id(ctx, src, early, rng)
        return render(ctx, early, src, rid, {"extract": ed, "source_label": label})
    if kind == "short_summary":
        rid = new_id(ctx, "hrca", p, rng)
        return render_summary(ctx, p, rid)
    if kind == "owner_alias":
        l = p["lead"]
        base_how = base_row["owner"]
        opts = []
        if l.get("acronym") and base_how != l["acronym"]:
            opts.append("acr")
        if l.get("old"):
            opts += ["old", "old"]
        opts.append("code")
        if base_how != l["name"]:
            opts += ["full", "full"]
        if l["type"] in ("uni", "company"):
            opts.append("caps")
        how = rng.choice(opts)
        rid = new_id(ctx, src, p, rng) if src != "nih" else (reserve_id(ctx, base_row["id"] + "S1") or new_id(ctx, "hrca", p, rng))
        label = SOURCE_LABEL.get(src, src).rsplit(" ", 1)[0] + " (previous register version)"
        variant = {"owner_how": how, "keep_owner": True, "keep_desc": True}
        if rng.random() < 0.4:
            variant["source_label"] = label
        if how == "old" and p["year"] < 2021:
            pass
        row = render(ctx, p, src, rid, variant)
        if rng.random() < 0.5:
            row["name"] = rng.choice([row["name"].upper(), title_case(row["name"]), row["name"].rstrip("?.") ,
                                      abbreviate(row["name"], rng, 0.5)])
        if row["description"] and rng.random() < 0.4:
            row["description"] = truncate(row["description"], int(len(row["description"]) * 0.8), rng)
        for col in ("start_date", "end_date"):
            if row[col] and rng.random() < 0.4:
                row[col] = row[col][:7]
        if row["funder"] and p["funder"] and p["funder"].get("old") and rng.random() < 0.5:
            row["funder"] = p["funder"]["old"]
        return row
    raise ValueError(kind)


# =====================================================================================
# Hard negatives (look-alikes that are different projects)
# =====================================================================================
def same_type_lead(ctx, rng, lead, area, kind, avoid=None):
    A = ctx.by_area[area["key"]]
    t = lead["type"]
    if t == "hin":
        return A["hin"]
    pool = [x for x in A.get(t, []) if x is not avoid and x is not lead] if t in A else []
    if not pool:
        return pick_lead(ctx, rng, kind, area, None)
    return rng.choice(pool)


def hn_eligible(p, kind):
    s = p["scheme"]
    if p.get("hn_used"):
        return False
    if kind == "other_place":
        return p["kind"] != "eu" and not s["countries"]
    if kind == "other_round":
        return not s["themed"] and s["years"][1] - s["years"][0] >= 5 and p["kind"] != "eu"
    if kind == "next_phase":
        return s["phased"] and p["end"] <= D(2024, 1, 1) and s["key"] != "BMCLATE"
    if kind == "sister_award":
        return s["themed"]
    if kind in ("same_team", "other_condition"):
        return p["lead"]["type"] != "eu"
    return True


def make_sibling(ctx, rng, p, kind):
    q = clone(p)
    q["pid"] = ctx.next_pid
    ctx.next_pid += 1
    q["snapshot"] = None
    q["extra"] = []
    q["ext_months"] = 0
    q.pop("nih_serial", None)
    newacr = lambda: make_acronym(rng, q["cond"]) if (p["acronym"] or q["source"] == "cordis") else None
    if kind in ("other_place", "other_round", "other_condition", "other_population", "same_team"):
        q["n_part"] = rng.choice([60, 80, 120, 150, 200, 240, 300, 360, 450, 600, 800, 1200, 2000, 5000])
        q["n_sites"] = rng.randint(1, 24)
    if kind == "other_place":
        cands = [a for a in AREAS if a is not p["area"] and (p["scheme"]["countries"] is None or a["country"] in p["scheme"]["countries"])
                 and (p["source"] not in ("hin", "trust", "sbri", "thf", "nihr") or a["country"] == "England")]
        q["area"] = rng.choice(cands)
        q["place"] = rng.choice(q["area"]["places"])
        q["lead"] = same_type_lead(ctx, rng, p["lead"], q["area"], q["kind"])
        q["partners"] = pick_partners(ctx, rng, q, len(p["partners"]))
        q["pi"] = pick_person(rng, q["kind"])
        if p["kind"] not in ("spread", "community", "improvement", "local"):
            q["acronym"] = newacr()
        q["budget"] = budget_draw(rng, *p["scheme"]["budget"])
        q["start"] = add_months(p["start"], rng.randint(-2, 4))
        q["end"] = add_months(q["start"], p["months"]) - dt.timedelta(days=1)
        q["force_slot"] = rng.choice([None, "{L}", "{F}", "{L}", "{F}"])
        p["force_slot"] = q["force_slot"]
    elif kind == "other_round":
        s = p["scheme"]
        step = rng.randint(2, 4)
        y = p["year"] + step if p["year"] + step <= s["years"][1] else p["year"] - step
        y = max(s["years"][0], y)
        if y == p["year"]:
            y = p["year"] + 2
        q["year"] = y
        q["round"] = scheme_round(s, y)
        set_dates(q, rng, y)
        q["lead"] = same_type_lead(ctx, rng, p["lead"], p["area"], q["kind"], avoid=p["lead"])
        q["partners"] = pick_partners(ctx, rng, q, len(p["partners"]))
        q["pi"] = pick_person(rng, q["kind"])
        q["acronym"] = newacr()
        q["budget"] = budget_draw(rng, *s["budget"])
        if rng.random() < 0.7:
            q["pop"] = pick_pop(rng, p["cond"], exclude=p["pop"])
        else:
            q["setting"] = pick_setting(rng, p["cond"])
        q["outcome"] = pick_outcome(rng, q["cond"], q["tech"], exclude=(p["outcome"],))
        q["outcome2"] = pick_outcome(rng, q["cond"], q["tech"], exclude=(q["outcome"],))
    elif kind == "other_condition":
        same_area = [c for c in CONDS if c is not p["cond"] and c["areas"] & p["cond"]["areas"] and cond_ok_tech(c, p["tech"])]
        anyc = [c for c in CONDS if c is not p["cond"] and cond_ok_tech(c, p["tech"])]
        q["cond"] = rng.choice(same_area or anyc)
        if p["pop"]["excl"] & q["cond"]["areas"] or (p["pop"]["only"] and not p["pop"]["only"] & q["cond"]["areas"]):
            q["pop"] = pick_pop(rng, q["cond"])
        q["outcome"] = pick_outcome(rng, q["cond"], q["tech"])
        q["outcome2"] = pick_outcome(rng, q["cond"], q["tech"], exclude=(q["outcome"],))
        q["acronym"] = newacr()
        q["start"] = add_months(p["start"], rng.randint(0, 8))
        q["end"] = add_months(q["start"], p["months"]) - dt.timedelta(days=1)
        q["year"] = q["start"].year if q["start"].year <= p["scheme"]["years"][1] else p["year"]
        q["budget"] = budget_draw(rng, *p["scheme"]["budget"])
        p["force_slot"] = q["force_slot"] = "{C}"
    elif kind == "other_population":
        q["pop"] = pick_pop(rng, p["cond"], exclude=p["pop"])
        if rng.random() < 0.5:
            q["lead"] = same_type_lead(ctx, rng, p["lead"], p["area"], q["kind"], avoid=p["lead"])
            q["pi"] = pick_person(rng, q["kind"])
        q["acronym"] = newacr()
        q["budget"] = budget_draw(rng, *p["scheme"]["budget"])
        q["start"] = add_months(p["start"], rng.randint(-6, 12))
        q["end"] = add_months(q["start"], p["months"]) - dt.timedelta(days=1)
        if rng.random() < 0.75:
            p["force_slot"] = q["force_slot"] = "{P}"
    elif kind == "next_phase":
        p["phase"] = 1
        q["phase"] = 2
        if p["scheme"]["key"] == "BMCFEAS":
            q["scheme"] = SCHEME_BY_KEY["BMCLATE"]
        s = q["scheme"]
        q["start"] = add_months(p["end"], rng.randint(0, 6)) + dt.timedelta(days=1)
        q["year"] = q["start"].year
        q["months"] = rng.randint(max(s["months"][0], 12), max(s["months"][1], 18))
        q["end"] = add_months(q["start"], q["months"]) - dt.timedelta(days=1)
        lo, hi = s["budget"]
        q["budget"] = min(hi, max(lo, int(p["budget"] * rng.uniform(3, 8))))
    elif kind == "sister_award":
        s = p["scheme"]
        area = pick_area(rng, s) if rng.random() < 0.6 else p["area"]
        theme = p["theme"]
        cond = pick_cond(rng, theme)
        for _ in range(5):
            if cond is not p["cond"]:
                break
            cond = pick_cond(rng, theme)
        tech = pick_tech(rng, cond, p["kind"], exclude=p["tech"]) if rng.random() < 0.7 else (
            p["tech"] if cond_ok_tech(cond, p["tech"]) else pick_tech(rng, cond, p["kind"]))
        q2 = new_project(ctx, rng, scheme=s, area=area, year=p["year"], cond=cond, tech=tech, unique=False)
        q2["tseed"] = p["tseed"]
        q2["tidx"] = p["tidx"]
        q2["start"] = add_months(p["start"], rng.randint(-2, 3))
        q2["end"] = add_months(q2["start"], q2["months"]) - dt.timedelta(days=1)
        q2["phase"] = p["phase"]
        ctx.next_pid -= 1
        q2["pid"] = q["pid"]
        q = q2
    elif kind == "same_team":
        cands = [s for s in SCHEMES if s["source"] == p["source"] and s["kind"] == p["kind"]] or [p["scheme"]]
        q["scheme"] = rng.choice(cands)
        same_area = [c for c in CONDS if c is not p["cond"] and c["areas"] & p["cond"]["areas"]]
        q["cond"] = rng.choice(same_area or CONDS)
        q["tech"] = pick_tech(rng, q["cond"], q["kind"], exclude=p["tech"])
        if p["pop"]["excl"] & q["cond"]["areas"] or (p["pop"]["only"] and not p["pop"]["only"] & q["cond"]["areas"]):
            q["pop"] = pick_pop(rng, q["cond"])
        q["setting"] = pick_setting(rng, q["cond"])
        q["outcome"] = pick_outcome(rng, q["cond"], q["tech"])
        q["outcome2"] = pick_outcome(rng, q["cond"], q["tech"], exclude=(q["outcome"],))
        q["acronym"] = newacr()
        y = min(q["scheme"]["years"][1], max(q["scheme"]["years"][0], p["year"] + rng.randint(0, 2)))
        q["round"] = scheme_round(q["scheme"], y)
        q["theme"] = round_theme(q["scheme"], q["round"]) if q["scheme"]["themed"] else None
        set_dates(q, rng, y)
        q["budget"] = budget_draw(rng, *q["scheme"]["budget"])
        q["funder"] = resolve_funder(ctx, rng, q["scheme"], q)
        q["boiler"] = q["scheme"]["themed"]
        q["phase"] = 1 if q["scheme"]["phased"] else None
    elif kind == "same_intervention":
        cands = [s for s in SCHEMES if s["kind"] == p["kind"] and s is not p["scheme"] and s["source"] not in ("cordis", "nih")]
        q["scheme"] = rng.choice(cands) if cands else p["scheme"]
        q["source"] = q["scheme"]["source"]
        s = q["scheme"]
        ar = [a for a in AREAS if a is not p["area"] and (s["countries"] is None or a["country"] in s["countries"])
              and (s["source"] not in ("hin", "trust", "sbri", "thf", "nihr") or a["country"] == "England")]
        q["area"] = rng.choice(ar or AREAS)
        q["place"] = rng.choice(q["area"]["places"])
        q["lead"] = pick_lead(ctx, rng, q["kind"], q["area"], q["source"])
        q["partners"] = pick_partners(ctx, rng, q, rng.randint(0, 2))
        q["pi"] = pick_person(rng, q["kind"])
        q["acronym"] = newacr()
        y = min(s["years"][1], max(s["years"][0], p["year"] + rng.randint(-2, 2)))
        q["round"] = scheme_round(s, y)
        q["theme"] = round_theme(s, q["round"]) if s["themed"] else None
        q["boiler"] = s["themed"]
        set_dates(q, rng, y)
        q["budget"] = budget_draw(rng, *s["budget"])
        q["funder"] = resolve_funder(ctx, rng, s, q)
        q["phase"] = 1 if s["phased"] else None
        q["title_family"] = p.get("title_family") or title_family(p)
        q["tseed"] = rng.getrandbits(31)
        t0 = make_title(p).lower()
        for k in range(1, 8):
            q["tidx"] = p["tidx"] + k
            if make_title(q).lower() != t0:
                break
    p["hn_used"] = True
    q["hn_used"] = True
    return q


# =====================================================================================
# Main
# =====================================================================================
COLUMNS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
           "productivity_focus", "offers_funding", "evaluated", "rapid_evaluation", "funding_recipients", "stages",
           "drivers", "target_groups", "technology_area", "budget", "currency", "budget_period", "start_date",
           "end_date", "status", "source", "country", "region", "location", "funder", "scheme", "lead_contact"]
SOURCE_ORDER = ["nihr", "gtr", "iuk", "g360", "thf", "cordis", "nih", "hin", "sbri", "devolved", "trust", "hrca"]


def generate(n_rows, seed, dup_rate, hn_rate):
    rng = random.Random(seed)
    ctx = Ctx()
    ctx.used = set()
    ctx.combos = set()
    ctx.titles = set()
    ctx.next_pid = 0
    actors, ctx.by_area, ctx.funders, ctx.eu = build_actors(random.Random(seed * 7 + 1), n_rows)

    n_copies = int(round(dup_rate * n_rows))
    n_hn = int(round(hn_rate * n_rows))
    n_base = n_rows - n_copies - n_hn
    if n_base < 10:
        raise SystemExit("too few rows for the requested rates")

    # ---- base projects
    srcs = list(SOURCE_SHARE)
    weights = [SOURCE_SHARE[s] for s in srcs]
    projects = []
    for _ in range(n_base):
        projects.append(new_project(ctx, rng, source=rng.choices(srcs, weights)[0]))

    # ---- hard-negative siblings (anchors are base projects)
    hn_pairs = []   # (anchor project, sibling project, kind)
    order = list(range(len(projects)))
    for i in range(n_hn):
        kind = HN_KINDS[i % len(HN_KINDS)]
        anchor = None
        for _ in range(400):
            cand = projects[order[rng.randrange(len(order))]]
            if hn_eligible(cand, kind):
                anchor = cand
                break
        if anchor is None:
            kind = "other_population"
            while anchor is None or anchor.get("hn_used"):
                anchor = projects[rng.randrange(len(projects))]
        sib = make_sibling(ctx, rng, anchor, kind)
        hn_pairs.append((anchor, sib, kind))
    siblings = [s for _, s, _ in hn_pairs]

    # ---- planted duplicate groups
    groups = []  # (project, [kinds])
    left = n_copies
    dk = [k for k, _ in DUP_KINDS]
    dw = [w for _, w in DUP_KINDS]
    used_pid = set()
    pool = projects + siblings
    while left > 0:
        if left >= 2 and rng.random() < 0.08:
            kinds = rng.sample(dk, 2)
            if "annual_return" in kinds:
                kinds.remove("annual_return")
                kinds.insert(0, "annual_return")
        else:
            kinds = [rng.choices(dk, dw)[0]]
        for _ in range(500):
            p = pool[rng.randrange(len(pool))]
            if p["pid"] in used_pid:
                continue
            if all(dup_eligible(p, k) for k in kinds):
                break
        else:
            kinds = ["reentry_typo"] * len(kinds)
        used_pid.add(p["pid"])
        groups.append((p, kinds))
        left -= len(kinds)

    # ---- render base rows
    rows = []
    base_row = {}
    for p in pool:
        x = rng.random()
        if x < 0.008 and not p.get("hn_used") and p["pid"] not in used_pid:
            # a project known only from the research-classification extract
            rid = new_id(ctx, "hrca", p, rng)
            row = render_summary(ctx, p, rid)
        else:
            rid = new_id(ctx, p["source"], p, rng)
            row = render(ctx, p, p["source"], rid)
            if x < 0.012:
                row["source"] += " (manual re-entry)"
            elif x < 0.016:
                row["source"] = row["source"].rsplit(" ", 1)[0] + " (previous register version)"
            elif x < 0.03 and D(2016, 6, 1) < p["end"] < D(2023, 1, 1) and p["start"] < D(2021, 1, 1):
                # a project that only appears in an older annual return
                ey = rng.randint(max(p["start"].year + 1, 2016), min(2022, p["end"].year + 1))
                row = render(ctx, p, p["source"], rid, {"extract": D(ey, 6, 30), "source_label":
                             SOURCE_LABEL[p["source"]].rsplit(" ", 1)[0] + " %d (annual return)" % ey})
        base_row[p["pid"]] = row
        rows.append(row)

    # ---- copies
    planted = []
    for p, kinds in groups:
        br = base_row[p["pid"]]
        made = []
        for k in kinds:
            c = make_copy(ctx, rng, p, br, k, base_row)
            if k == "annual_return":
                # re-render the base as the later return (same id)
                nb = render(ctx, p, p["source"], br["id"])
                br.clear()
                br.update(nb)
            made.append((c, k))
            rows.append(c)
        for c, k in made:
            planted.append((br["id"], c["id"], k))
        if len(made) == 2:
            planted.append((made[0][0]["id"], made[1][0]["id"], "%s+%s" % (made[0][1], made[1][1])))
    copies_of = {}
    for p, kinds in groups:
        copies_of[p["pid"]] = [b for a, b, k in planted if a == base_row[p["pid"]]["id"]]

    hard = []
    for a, s, k in hn_pairs:
        ida, ids_ = base_row[a["pid"]]["id"], base_row[s["pid"]]["id"]
        hard.append((ida, ids_, k))
        for ca in copies_of.get(a["pid"], []):
            hard.append((ca, ids_, k))
        for cs in copies_of.get(s["pid"], []):
            hard.append((ida, cs, k))

    # ---- tidy cells, order like a merged extract (by source, then id)
    for r in rows:
        for c in COLUMNS:
            r[c] = clean_cell(r.get(c, ""))
    srank = {}
    for r in rows:
        key = next((s for s in SOURCE_ORDER if r["source"].startswith(SOURCE_LABEL.get(s, "#").rsplit(" ", 1)[0][:25])), "zzz")
        srank[r["id"]] = SOURCE_ORDER.index(key) if key in SOURCE_ORDER else 99
    rows.sort(key=lambda r: (srank[r["id"]], r["id"]))
    return rows, actors, planted, hard, dict(n_base=n_base, n_copies=n_copies, n_hn=n_hn)


def write_outputs(out, rows, actors, planted, hard):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "initiatives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(out, "actors.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "acronym", "kind", "level", "member_of", "description", "source"])
        for a in actors:
            w.writerow([clean_cell(a["id"]), clean_cell(a["name"]), clean_cell(a["acronym"] or ""), a["kind"], a["level"],
                        a["member_of"], clean_cell(a["desc"]), "generate_grants.py organisation list"])
    with open(os.path.join(out, "planted_pairs.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id_a", "id_b", "kind"])
        w.writerows(planted)
    with open(os.path.join(out, "hard_negatives.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id_a", "id_b", "kind"])
        w.writerows(hard)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, required=True, help="number of rows in initiatives.csv")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--dup-rate", type=float, default=0.02, help="share of rows that are planted duplicate copies")
    ap.add_argument("--hn-rate", type=float, default=0.02, help="hard-negative pairs per row")
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    t0 = time.time()
    rows, actors, planted, hard, info = generate(a.rows, a.seed, a.dup_rate, a.hn_rate)
    write_outputs(a.out, rows, actors, planted, hard)
    from collections import Counter
    pk = Counter(k for _, _, k in planted)
    hk = Counter(k for _, _, k in hard)
    print("rows=%d actors=%d planted_pairs=%d hard_negatives=%d copies=%d (%.2f%%) time=%.1fs" % (
        len(rows), len(actors), len(planted), len(hard), info["n_copies"], 100.0 * info["n_copies"] / len(rows),
        time.time() - t0), file=sys.stderr)
    print("planted: " + ", ".join("%s=%d" % kv for kv in sorted(pk.items())), file=sys.stderr)
    print("hard negatives: " + ", ".join("%s=%d" % kv for kv in sorted(hk.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
