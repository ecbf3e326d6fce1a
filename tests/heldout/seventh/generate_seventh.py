#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic initiatives + actors registers with planted duplicates and hard negatives.

python3 generate_seventh.py --rows N --seed S --out DIR

Writes initiatives.csv, actors.csv, planted_pairs.csv, hard_negatives.csv and the label-truth side files
truth_identities.csv / truth_forms.csv (read by check_seventh.py). See README.md for the recipe.
Python 3 standard library only.
"""
import argparse
import csv
import html
import os
import random
import re
import string
import sys
import time

# ==================================================================================================
# VOCABULARY
# Vocabulary for generate_seventh.py.
#
# Everything here was written for this generator from the two seed texts in ../seeds
# (the Health Foundation's 2021 mapping of 98 national programmes; the RAND Europe report on
# the innovating health system in England) plus general knowledge of the NHS in England.
# Place lists and organisation names are used as realistic labels only: the facts attached to
# them by the generator (dates, budgets, counts, outcomes) are invented.
# ==================================================================================================

PRACTICE_WORDS = ["Riverside", "Park Road", "Church Street", "Station Road", "The Grange", "Abbey", "Castle", "Bridge Street",
                  "Market Place", "Kingsway", "Priory", "Woodlands", "Orchard", "Meadowbank", "Highfield", "Fairfield", "Beech House",
                  "Elm Tree", "The Limes", "Oak Tree", "Willow", "Ashgrove", "Brookside", "Hillside", "Valley", "Northgate", "Southgate",
                  "High Street", "London Road", "Victoria", "Albert Road", "Queens Park", "Kings Road", "Manor", "Greenbank", "Lakeside",
                  "Millbrook", "St John's", "St Mary's", "St Andrew's", "St Peter's", "Cross Street", "New Road", "Old Mill", "Harbour",
                  "Parkside", "Central", "Moorland", "Heath", "Chapel Street", "Springfield", "Westfield", "Broadway", "The Village"]
PRACTICE_TYPES = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice", "Group Practice"]

NHS_REGIONS = ["North East and Yorkshire", "North West", "Midlands", "East of England",
               "London", "South East", "South West"]

# AHSNs (15), the network names as in the seeds.  (key, name, acronym, short, region, web)
AHSNS = [
    ("EAST", "Eastern AHSN", "EAHSN", "Eastern", "East of England", "eahsn.org"),
    ("EM", "East Midlands AHSN", "EMAHSN", "East Midlands", "Midlands", "emahsn.org.uk"),
    ("HIM", "Health Innovation Manchester", "HInM", "Greater Manchester", "North West", "healthinnovationmanchester.com"),
    ("HIN", "Health Innovation Network", "HIN South London", "South London", "London", "healthinnovationnetwork.com"),
    ("ICHP", "Imperial College Health Partners", "ICHP", "North West London", "London", "imperialcollegehealthpartners.com"),
    ("IA", "Innovation Agency", "Innovation Agency NWC", "North West Coast", "North West", "innovationagencynwc.nhs.uk"),
    ("KSS", "Kent Surrey Sussex AHSN", "KSS AHSN", "Kent Surrey Sussex", "South East", "kssahsn.net"),
    ("NENC", "AHSN North East and North Cumbria", "AHSN NENC", "North East and North Cumbria", "North East and Yorkshire", "ahsn-nenc.org.uk"),
    ("OX", "Oxford AHSN", "OAHSN", "Oxford", "South East", "oxfordahsn.org"),
    ("UCLP", "UCLPartners", "UCLP", "North Thames", "London", "uclpartners.com"),
    ("WX", "Wessex AHSN", "WAHSN", "Wessex", "South East", "wessexahsn.org.uk"),
    ("WM", "West Midlands AHSN", "WMAHSN", "West Midlands", "Midlands", "wmahsn.org"),
    ("WE", "West of England AHSN", "WEAHSN", "West of England", "South West", "weahsn.net"),
    ("YH", "Yorkshire & Humber AHSN", "YHAHSN", "Yorkshire and Humber", "North East and Yorkshire", "yhahsn.org.uk"),
    ("SW", "South West AHSN", "SWAHSN", "South West", "South West", "swahsn.com"),
]

# Integrated care boards: (key, full name, short, [other short forms], region, ahsn, towns, councils, [CCGs])
ICBS = [
    ("BSW", "NHS Bath and North East Somerset, Swindon and Wiltshire ICB", "BSW", ["Bath, Swindon and Wiltshire"], "South West", "WE",
     ["Bath", "Swindon", "Salisbury", "Chippenham", "Trowbridge", "Devizes", "Melksham"],
     ["Wiltshire Council", "Swindon Borough Council", "Bath and North East Somerset Council"],
     ["NHS Bath and North East Somerset, Swindon and Wiltshire CCG"]),
    ("BLMK", "NHS Bedfordshire, Luton and Milton Keynes ICB", "BLMK", ["Bedfordshire, Luton and Milton Keynes"], "East of England", "EAST",
     ["Bedford", "Luton", "Milton Keynes", "Dunstable", "Leighton Buzzard", "Biggleswade"],
     ["Bedford Borough Council", "Luton Borough Council", "Milton Keynes City Council", "Central Bedfordshire Council"],
     ["NHS Bedfordshire, Luton and Milton Keynes CCG"]),
    ("BSOL", "NHS Birmingham and Solihull ICB", "BSol", ["Birmingham and Solihull"], "Midlands", "WM",
     ["Birmingham", "Solihull", "Sutton Coldfield", "Erdington", "Small Heath", "Northfield", "Edgbaston"],
     ["Birmingham City Council", "Solihull Council"], ["NHS Birmingham and Solihull CCG"]),
    ("BC", "NHS Black Country ICB", "Black Country", ["the Black Country"], "Midlands", "WM",
     ["Wolverhampton", "Dudley", "Walsall", "West Bromwich", "Stourbridge", "Oldbury"],
     ["City of Wolverhampton Council", "Dudley Council", "Walsall Council", "Sandwell Council"],
     ["NHS Black Country and West Birmingham CCG"]),
    ("BNSSG", "NHS Bristol, North Somerset and South Gloucestershire ICB", "BNSSG", ["Bristol, North Somerset and South Glos"], "South West", "WE",
     ["Bristol", "Weston-super-Mare", "Clevedon", "Yate", "Kingswood", "Portishead"],
     ["Bristol City Council", "North Somerset Council", "South Gloucestershire Council"],
     ["NHS Bristol, North Somerset and South Gloucestershire CCG"]),
    ("BOB", "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB", "BOB", ["Bucks, Oxon and Berkshire West"], "South East", "OX",
     ["Oxford", "Reading", "High Wycombe", "Aylesbury", "Banbury", "Newbury", "Abingdon", "Bicester"],
     ["Oxfordshire County Council", "Buckinghamshire Council", "Reading Borough Council", "West Berkshire Council"],
     ["NHS Oxfordshire CCG", "NHS Buckinghamshire CCG", "NHS Berkshire West CCG"]),
    ("CAP", "NHS Cambridgeshire and Peterborough ICB", "C&P", ["Cambridgeshire and Peterborough", "Cambs & Peterborough"], "East of England", "EAST",
     ["Cambridge", "Peterborough", "Huntingdon", "Ely", "Wisbech", "St Neots", "March"],
     ["Cambridgeshire County Council", "Peterborough City Council"], ["NHS Cambridgeshire and Peterborough CCG"]),
    ("CAM", "NHS Cheshire and Merseyside ICB", "C&M", ["Cheshire and Merseyside", "Cheshire & Merseyside"], "North West", "IA",
     ["Liverpool", "Chester", "Warrington", "Birkenhead", "St Helens", "Southport", "Crewe", "Runcorn", "Macclesfield", "Knowsley"],
     ["Liverpool City Council", "Cheshire West and Chester Council", "Cheshire East Council", "Wirral Council"],
     ["NHS Cheshire CCG", "NHS Liverpool CCG", "NHS Wirral CCG"]),
    ("CIOS", "NHS Cornwall and the Isles of Scilly ICB", "CIOS", ["Cornwall and the Isles of Scilly", "Cornwall"], "South West", "SW",
     ["Truro", "Penzance", "Falmouth", "Bodmin", "St Austell", "Newquay", "Camborne"],
     ["Cornwall Council", "Council of the Isles of Scilly"], ["NHS Kernow CCG"]),
    ("CAW", "NHS Coventry and Warwickshire ICB", "C&W", ["Coventry and Warwickshire"], "Midlands", "WM",
     ["Coventry", "Nuneaton", "Rugby", "Warwick", "Leamington Spa", "Stratford-upon-Avon"],
     ["Coventry City Council", "Warwickshire County Council"], ["NHS Coventry and Warwickshire CCG"]),
    ("DDI", "NHS Derby and Derbyshire ICB", "DDICB", ["Derby and Derbyshire", "Derbyshire"], "Midlands", "EM",
     ["Derby", "Chesterfield", "Buxton", "Ilkeston", "Glossop", "Matlock", "Swadlincote"],
     ["Derby City Council", "Derbyshire County Council"], ["NHS Derby and Derbyshire CCG"]),
    ("DEV", "NHS Devon ICB", "Devon", ["One Devon"], "South West", "SW",
     ["Exeter", "Plymouth", "Torquay", "Barnstaple", "Newton Abbot", "Tiverton", "Exmouth"],
     ["Devon County Council", "Plymouth City Council", "Torbay Council"], ["NHS Devon CCG"]),
    ("DOR", "NHS Dorset ICB", "Dorset", ["Our Dorset"], "South West", "WX",
     ["Bournemouth", "Poole", "Dorchester", "Weymouth", "Bridport", "Christchurch"],
     ["Dorset Council", "BCP Council"], ["NHS Dorset CCG"]),
    ("FRI", "NHS Frimley ICB", "Frimley", ["Frimley Health and Care"], "South East", "KSS",
     ["Frimley", "Camberley", "Farnborough", "Slough", "Bracknell", "Maidenhead", "Windsor", "Aldershot"],
     ["Slough Borough Council", "Bracknell Forest Council", "Royal Borough of Windsor and Maidenhead"], ["NHS Frimley CCG"]),
    ("GLO", "NHS Gloucestershire ICB", "Gloucestershire", ["One Gloucestershire", "Glos"], "South West", "WE",
     ["Gloucester", "Cheltenham", "Stroud", "Tewkesbury", "Cirencester", "Cinderford"],
     ["Gloucestershire County Council"], ["NHS Gloucestershire CCG"]),
    ("GM", "NHS Greater Manchester ICB", "GM", ["Greater Manchester"], "North West", "HIM",
     ["Manchester", "Salford", "Bolton", "Wigan", "Stockport", "Oldham", "Rochdale", "Bury", "Ashton-under-Lyne", "Trafford"],
     ["Manchester City Council", "Salford City Council", "Bolton Council", "Stockport Council"],
     ["NHS Manchester CCG", "NHS Salford CCG", "NHS Stockport CCG"]),
    ("HIW", "NHS Hampshire and Isle of Wight ICB", "HIOW", ["Hampshire and the Isle of Wight", "Hampshire & IoW"], "South East", "WX",
     ["Southampton", "Portsmouth", "Winchester", "Basingstoke", "Newport", "Andover", "Eastleigh", "Fareham"],
     ["Hampshire County Council", "Southampton City Council", "Portsmouth City Council", "Isle of Wight Council"],
     ["NHS Hampshire, Southampton and Isle of Wight CCG", "NHS Portsmouth CCG"]),
    ("HAW", "NHS Herefordshire and Worcestershire ICB", "H&W", ["Herefordshire and Worcestershire"], "Midlands", "WM",
     ["Worcester", "Hereford", "Kidderminster", "Redditch", "Bromsgrove", "Malvern", "Evesham"],
     ["Worcestershire County Council", "Herefordshire Council"], ["NHS Herefordshire and Worcestershire CCG"]),
    ("HWE", "NHS Hertfordshire and West Essex ICB", "HWE", ["Hertfordshire and West Essex", "Herts and West Essex"], "East of England", "EAST",
     ["Watford", "Stevenage", "St Albans", "Hemel Hempstead", "Harlow", "Hertford", "Hatfield", "Epping"],
     ["Hertfordshire County Council", "Essex County Council"], ["NHS East and North Hertfordshire CCG", "NHS West Essex CCG"]),
    ("HNY", "NHS Humber and North Yorkshire ICB", "HNY", ["Humber and North Yorkshire", "Humber & North Yorks"], "North East and Yorkshire", "YH",
     ["Hull", "York", "Scarborough", "Grimsby", "Harrogate", "Scunthorpe", "Beverley", "Northallerton"],
     ["Hull City Council", "City of York Council", "North Yorkshire Council", "East Riding of Yorkshire Council"],
     ["NHS Hull CCG", "NHS Vale of York CCG"]),
    ("KAM", "NHS Kent and Medway ICB", "K&M", ["Kent and Medway", "Kent & Medway"], "South East", "KSS",
     ["Maidstone", "Canterbury", "Ashford", "Dartford", "Margate", "Folkestone", "Tunbridge Wells", "Gillingham", "Dover", "Sittingbourne"],
     ["Kent County Council", "Medway Council"], ["NHS Kent and Medway CCG"]),
    ("LSC", "NHS Lancashire and South Cumbria ICB", "L&SC", ["Lancashire and South Cumbria", "Lancs & South Cumbria"], "North West", "IA",
     ["Preston", "Blackpool", "Blackburn", "Burnley", "Lancaster", "Barrow-in-Furness", "Kendal", "Chorley"],
     ["Lancashire County Council", "Blackpool Council", "Blackburn with Darwen Council", "Westmorland and Furness Council"],
     ["NHS Morecambe Bay CCG", "NHS Blackpool CCG"]),
    ("LLR", "NHS Leicester, Leicestershire and Rutland ICB", "LLR", ["Leicester, Leicestershire and Rutland"], "Midlands", "EM",
     ["Leicester", "Loughborough", "Hinckley", "Melton Mowbray", "Market Harborough", "Oakham", "Coalville"],
     ["Leicester City Council", "Leicestershire County Council", "Rutland County Council"], ["NHS Leicester City CCG"]),
    ("LIN", "NHS Lincolnshire ICB", "Lincolnshire", ["Lincs"], "Midlands", "EM",
     ["Lincoln", "Boston", "Grantham", "Skegness", "Spalding", "Louth", "Gainsborough"],
     ["Lincolnshire County Council"], ["NHS Lincolnshire CCG"]),
    ("MSE", "NHS Mid and South Essex ICB", "MSE", ["Mid and South Essex", "Mid & South Essex"], "East of England", "EAST",
     ["Chelmsford", "Southend-on-Sea", "Basildon", "Grays", "Brentwood", "Braintree", "Maldon"],
     ["Essex County Council", "Southend-on-Sea City Council", "Thurrock Council"], ["NHS Mid Essex CCG", "NHS Southend CCG"]),
    ("NAW", "NHS Norfolk and Waveney ICB", "N&W", ["Norfolk and Waveney"], "East of England", "EAST",
     ["Norwich", "Great Yarmouth", "King's Lynn", "Lowestoft", "Thetford", "Cromer", "Dereham"],
     ["Norfolk County Council", "Suffolk County Council"], ["NHS Norfolk and Waveney CCG"]),
    ("NCL", "NHS North Central London ICB", "NCL", ["North Central London"], "London", "UCLP",
     ["Camden", "Islington", "Barnet", "Enfield", "Haringey"],
     ["London Borough of Camden", "Islington Council", "London Borough of Barnet", "Enfield Council", "Haringey Council"],
     ["NHS North Central London CCG"]),
    ("NENC", "NHS North East and North Cumbria ICB", "NENC", ["North East and North Cumbria", "North East & North Cumbria"], "North East and Yorkshire", "NENC",
     ["Newcastle", "Sunderland", "Durham", "Middlesbrough", "Gateshead", "Carlisle", "Darlington", "Hartlepool", "Stockton-on-Tees", "Blyth"],
     ["Newcastle City Council", "Sunderland City Council", "Durham County Council", "Cumberland Council"],
     ["NHS Newcastle Gateshead CCG", "NHS Sunderland CCG"]),
    ("NEL", "NHS North East London ICB", "NEL", ["North East London"], "London", "UCLP",
     ["Tower Hamlets", "Newham", "Hackney", "Barking and Dagenham", "Havering", "Redbridge", "Waltham Forest"],
     ["London Borough of Tower Hamlets", "Newham Council", "Hackney Council"],
     ["NHS City and Hackney CCG", "NHS Tower Hamlets CCG", "NHS North East London CCG"]),
    ("NWL", "NHS North West London ICB", "NWL", ["North West London"], "London", "ICHP",
     ["Brent", "Ealing", "Hillingdon", "Harrow", "Hounslow", "Hammersmith and Fulham", "Westminster"],
     ["Brent Council", "Ealing Council", "Hillingdon Council"], ["NHS North West London CCG"]),
    ("NOR", "NHS Northamptonshire ICB", "Northamptonshire", ["Northants"], "Midlands", "EM",
     ["Northampton", "Kettering", "Corby", "Wellingborough", "Daventry"],
     ["North Northamptonshire Council", "West Northamptonshire Council"], ["NHS Northamptonshire CCG"]),
    ("NAN", "NHS Nottingham and Nottinghamshire ICB", "Notts", ["Nottingham and Nottinghamshire"], "Midlands", "EM",
     ["Nottingham", "Mansfield", "Newark", "Worksop", "Hucknall", "Beeston"],
     ["Nottingham City Council", "Nottinghamshire County Council"], ["NHS Nottingham and Nottinghamshire CCG"]),
    ("STW", "NHS Shropshire, Telford and Wrekin ICB", "STW", ["Shropshire, Telford and Wrekin"], "Midlands", "WM",
     ["Shrewsbury", "Telford", "Oswestry", "Ludlow", "Bridgnorth", "Market Drayton"],
     ["Shropshire Council", "Telford & Wrekin Council"], ["NHS Shropshire, Telford and Wrekin CCG"]),
    ("SOM", "NHS Somerset ICB", "Somerset", ["Somerset"], "South West", "SW",
     ["Taunton", "Yeovil", "Bridgwater", "Frome", "Minehead", "Wells", "Glastonbury"],
     ["Somerset Council"], ["NHS Somerset CCG"]),
    ("SEL", "NHS South East London ICB", "SEL", ["South East London"], "London", "HIN",
     ["Lambeth", "Southwark", "Lewisham", "Greenwich", "Bexley", "Bromley"],
     ["Lambeth Council", "Southwark Council", "Lewisham Council"], ["NHS South East London CCG"]),
    ("SWL", "NHS South West London ICB", "SWL", ["South West London"], "London", "HIN",
     ["Croydon", "Wandsworth", "Merton", "Sutton", "Kingston", "Richmond"],
     ["Croydon Council", "Wandsworth Council", "Merton Council"], ["NHS South West London CCG"]),
    ("SY", "NHS South Yorkshire ICB", "South Yorkshire", ["SY"], "North East and Yorkshire", "YH",
     ["Sheffield", "Doncaster", "Rotherham", "Barnsley", "Penistone", "Mexborough"],
     ["Sheffield City Council", "Doncaster Council", "Rotherham Council", "Barnsley Council"],
     ["NHS Sheffield CCG", "NHS Doncaster CCG"]),
    ("SSOT", "NHS Staffordshire and Stoke-on-Trent ICB", "SSOT", ["Staffordshire and Stoke-on-Trent", "Staffs & Stoke"], "Midlands", "WM",
     ["Stoke-on-Trent", "Stafford", "Burton upon Trent", "Tamworth", "Lichfield", "Cannock", "Leek", "Newcastle-under-Lyme"],
     ["Staffordshire County Council", "Stoke-on-Trent City Council"], ["NHS Stoke-on-Trent CCG"]),
    ("SNEE", "NHS Suffolk and North East Essex ICB", "SNEE", ["Suffolk and North East Essex"], "East of England", "EAST",
     ["Ipswich", "Colchester", "Bury St Edmunds", "Felixstowe", "Clacton-on-Sea", "Sudbury", "Stowmarket"],
     ["Suffolk County Council", "Essex County Council"], ["NHS Ipswich and East Suffolk CCG", "NHS North East Essex CCG"]),
    ("SH", "NHS Surrey Heartlands ICB", "Surrey Heartlands", ["Surrey"], "South East", "KSS",
     ["Guildford", "Woking", "Epsom", "Redhill", "Leatherhead", "Dorking", "Chertsey"],
     ["Surrey County Council"], ["NHS Surrey Heartlands CCG"]),
    ("SUS", "NHS Sussex ICB", "Sussex", ["Sussex Health and Care"], "South East", "KSS",
     ["Brighton", "Hastings", "Eastbourne", "Worthing", "Crawley", "Chichester", "Bexhill", "Horsham", "Lewes"],
     ["West Sussex County Council", "East Sussex County Council", "Brighton & Hove City Council"],
     ["NHS Brighton and Hove CCG", "NHS West Sussex CCG", "NHS East Sussex CCG"]),
    ("WY", "NHS West Yorkshire ICB", "WY", ["West Yorkshire"], "North East and Yorkshire", "YH",
     ["Leeds", "Bradford", "Wakefield", "Huddersfield", "Halifax", "Dewsbury", "Keighley", "Pontefract"],
     ["Leeds City Council", "Bradford Council", "Kirklees Council", "Calderdale Council", "Wakefield Council"],
     ["NHS Leeds CCG", "NHS Bradford District and Craven CCG"]),
]

# NHS trusts: (name, icb key, type) type: acute / mh / community / specialist / ambulance / children
TRUSTS = [
    ("Royal United Hospitals Bath NHS Foundation Trust", "BSW", "acute"),
    ("Great Western Hospitals NHS Foundation Trust", "BSW", "acute"),
    ("Bedfordshire Hospitals NHS Foundation Trust", "BLMK", "acute"),
    ("Milton Keynes University Hospital NHS Foundation Trust", "BLMK", "acute"),
    ("University Hospitals Birmingham NHS Foundation Trust", "BSOL", "acute"),
    ("Birmingham Women's and Children's NHS Foundation Trust", "BSOL", "children"),
    ("Birmingham and Solihull Mental Health NHS Foundation Trust", "BSOL", "mh"),
    ("The Royal Wolverhampton NHS Trust", "BC", "acute"),
    ("Sandwell and West Birmingham Hospitals NHS Trust", "BC", "acute"),
    ("Black Country Healthcare NHS Foundation Trust", "BC", "mh"),
    ("North Bristol NHS Trust", "BNSSG", "acute"),
    ("University Hospitals Bristol and Weston NHS Foundation Trust", "BNSSG", "acute"),
    ("Avon and Wiltshire Mental Health Partnership NHS Trust", "BNSSG", "mh"),
    ("Oxford University Hospitals NHS Foundation Trust", "BOB", "acute"),
    ("Oxford Health NHS Foundation Trust", "BOB", "mh"),
    ("Royal Berkshire NHS Foundation Trust", "BOB", "acute"),
    ("Buckinghamshire Healthcare NHS Trust", "BOB", "acute"),
    ("Cambridge University Hospitals NHS Foundation Trust", "CAP", "acute"),
    ("North West Anglia NHS Foundation Trust", "CAP", "acute"),
    ("Cambridgeshire and Peterborough NHS Foundation Trust", "CAP", "mh"),
    ("Liverpool University Hospitals NHS Foundation Trust", "CAM", "acute"),
    ("Alder Hey Children's NHS Foundation Trust", "CAM", "children"),
    ("Countess of Chester Hospital NHS Foundation Trust", "CAM", "acute"),
    ("Mersey Care NHS Foundation Trust", "CAM", "mh"),
    ("Royal Cornwall Hospitals NHS Trust", "CIOS", "acute"),
    ("Cornwall Partnership NHS Foundation Trust", "CIOS", "community"),
    ("University Hospitals Coventry and Warwickshire NHS Trust", "CAW", "acute"),
    ("South Warwickshire University NHS Foundation Trust", "CAW", "acute"),
    ("University Hospitals of Derby and Burton NHS Foundation Trust", "DDI", "acute"),
    ("Chesterfield Royal Hospital NHS Foundation Trust", "DDI", "acute"),
    ("Derbyshire Community Health Services NHS Foundation Trust", "DDI", "community"),
    ("Royal Devon University Healthcare NHS Foundation Trust", "DEV", "acute"),
    ("University Hospitals Plymouth NHS Trust", "DEV", "acute"),
    ("Torbay and South Devon NHS Foundation Trust", "DEV", "acute"),
    ("University Hospitals Dorset NHS Foundation Trust", "DOR", "acute"),
    ("Dorset County Hospital NHS Foundation Trust", "DOR", "acute"),
    ("Dorset HealthCare University NHS Foundation Trust", "DOR", "mh"),
    ("Frimley Health NHS Foundation Trust", "FRI", "acute"),
    ("Gloucestershire Hospitals NHS Foundation Trust", "GLO", "acute"),
    ("Gloucestershire Health and Care NHS Foundation Trust", "GLO", "community"),
    ("Manchester University NHS Foundation Trust", "GM", "acute"),
    ("Northern Care Alliance NHS Foundation Trust", "GM", "acute"),
    ("Stockport NHS Foundation Trust", "GM", "acute"),
    ("Greater Manchester Mental Health NHS Foundation Trust", "GM", "mh"),
    ("The Christie NHS Foundation Trust", "GM", "specialist"),
    ("University Hospital Southampton NHS Foundation Trust", "HIW", "acute"),
    ("Portsmouth Hospitals University NHS Trust", "HIW", "acute"),
    ("Hampshire Hospitals NHS Foundation Trust", "HIW", "acute"),
    ("Southern Health NHS Foundation Trust", "HIW", "mh"),
    ("Worcestershire Acute Hospitals NHS Trust", "HAW", "acute"),
    ("Wye Valley NHS Trust", "HAW", "acute"),
    ("West Hertfordshire Teaching Hospitals NHS Trust", "HWE", "acute"),
    ("East and North Hertfordshire NHS Trust", "HWE", "acute"),
    ("Hertfordshire Partnership University NHS Foundation Trust", "HWE", "mh"),
    ("Hull University Teaching Hospitals NHS Trust", "HNY", "acute"),
    ("York and Scarborough Teaching Hospitals NHS Foundation Trust", "HNY", "acute"),
    ("Humber Teaching NHS Foundation Trust", "HNY", "mh"),
    ("East Kent Hospitals University NHS Foundation Trust", "KAM", "acute"),
    ("Maidstone and Tunbridge Wells NHS Trust", "KAM", "acute"),
    ("Kent Community Health NHS Foundation Trust", "KAM", "community"),
    ("Kent and Medway NHS and Social Care Partnership Trust", "KAM", "mh"),
    ("Lancashire Teaching Hospitals NHS Foundation Trust", "LSC", "acute"),
    ("Blackpool Teaching Hospitals NHS Foundation Trust", "LSC", "acute"),
    ("East Lancashire Hospitals NHS Trust", "LSC", "acute"),
    ("University Hospitals of Morecambe Bay NHS Foundation Trust", "LSC", "acute"),
    ("Lancashire and South Cumbria NHS Foundation Trust", "LSC", "mh"),
    ("University Hospitals of Leicester NHS Trust", "LLR", "acute"),
    ("Leicestershire Partnership NHS Trust", "LLR", "mh"),
    ("United Lincolnshire Hospitals NHS Trust", "LIN", "acute"),
    ("Lincolnshire Partnership NHS Foundation Trust", "LIN", "mh"),
    ("Mid and South Essex NHS Foundation Trust", "MSE", "acute"),
    ("Essex Partnership University NHS Foundation Trust", "MSE", "mh"),
    ("Norfolk and Norwich University Hospitals NHS Foundation Trust", "NAW", "acute"),
    ("James Paget University Hospitals NHS Foundation Trust", "NAW", "acute"),
    ("Norfolk and Suffolk NHS Foundation Trust", "NAW", "mh"),
    ("University College London Hospitals NHS Foundation Trust", "NCL", "acute"),
    ("Royal Free London NHS Foundation Trust", "NCL", "acute"),
    ("Great Ormond Street Hospital for Children NHS Foundation Trust", "NCL", "children"),
    ("Moorfields Eye Hospital NHS Foundation Trust", "NCL", "specialist"),
    ("Camden and Islington NHS Foundation Trust", "NCL", "mh"),
    ("The Newcastle upon Tyne Hospitals NHS Foundation Trust", "NENC", "acute"),
    ("Northumbria Healthcare NHS Foundation Trust", "NENC", "acute"),
    ("South Tees Hospitals NHS Foundation Trust", "NENC", "acute"),
    ("Gateshead Health NHS Foundation Trust", "NENC", "acute"),
    ("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "NENC", "mh"),
    ("Tees, Esk and Wear Valleys NHS Foundation Trust", "NENC", "mh"),
    ("North East Ambulance Service NHS Foundation Trust", "NENC", "ambulance"),
    ("Barts Health NHS Trust", "NEL", "acute"),
    ("Homerton Healthcare NHS Foundation Trust", "NEL", "acute"),
    ("East London NHS Foundation Trust", "NEL", "mh"),
    ("Barking, Havering and Redbridge University Hospitals NHS Trust", "NEL", "acute"),
    ("Imperial College Healthcare NHS Trust", "NWL", "acute"),
    ("Chelsea and Westminster Hospital NHS Foundation Trust", "NWL", "acute"),
    ("London North West University Healthcare NHS Trust", "NWL", "acute"),
    ("Central and North West London NHS Foundation Trust", "NWL", "mh"),
    ("Northampton General Hospital NHS Trust", "NOR", "acute"),
    ("Kettering General Hospital NHS Foundation Trust", "NOR", "acute"),
    ("Nottingham University Hospitals NHS Trust", "NAN", "acute"),
    ("Sherwood Forest Hospitals NHS Foundation Trust", "NAN", "acute"),
    ("Nottinghamshire Healthcare NHS Foundation Trust", "NAN", "mh"),
    ("The Shrewsbury and Telford Hospital NHS Trust", "STW", "acute"),
    ("Somerset NHS Foundation Trust", "SOM", "acute"),
    ("Guy's and St Thomas' NHS Foundation Trust", "SEL", "acute"),
    ("King's College Hospital NHS Foundation Trust", "SEL", "acute"),
    ("South London and Maudsley NHS Foundation Trust", "SEL", "mh"),
    ("Lewisham and Greenwich NHS Trust", "SEL", "acute"),
    ("St George's University Hospitals NHS Foundation Trust", "SWL", "acute"),
    ("Croydon Health Services NHS Trust", "SWL", "acute"),
    ("The Royal Marsden NHS Foundation Trust", "SWL", "specialist"),
    ("Sheffield Teaching Hospitals NHS Foundation Trust", "SY", "acute"),
    ("Sheffield Children's NHS Foundation Trust", "SY", "children"),
    ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", "SY", "acute"),
    ("Barnsley Hospital NHS Foundation Trust", "SY", "acute"),
    ("University Hospitals of North Midlands NHS Trust", "SSOT", "acute"),
    ("Midlands Partnership University NHS Foundation Trust", "SSOT", "mh"),
    ("East Suffolk and North Essex NHS Foundation Trust", "SNEE", "acute"),
    ("West Suffolk NHS Foundation Trust", "SNEE", "acute"),
    ("Royal Surrey NHS Foundation Trust", "SH", "acute"),
    ("Ashford and St Peter's Hospitals NHS Foundation Trust", "SH", "acute"),
    ("Surrey and Borders Partnership NHS Foundation Trust", "SH", "mh"),
    ("University Hospitals Sussex NHS Foundation Trust", "SUS", "acute"),
    ("East Sussex Healthcare NHS Trust", "SUS", "acute"),
    ("Sussex Partnership NHS Foundation Trust", "SUS", "mh"),
    ("Sussex Community NHS Foundation Trust", "SUS", "community"),
    ("South East Coast Ambulance Service NHS Foundation Trust", "SUS", "ambulance"),
    ("Leeds Teaching Hospitals NHS Trust", "WY", "acute"),
    ("Bradford Teaching Hospitals NHS Foundation Trust", "WY", "acute"),
    ("Mid Yorkshire Teaching NHS Trust", "WY", "acute"),
    ("Calderdale and Huddersfield NHS Foundation Trust", "WY", "acute"),
    ("Leeds and York Partnership NHS Foundation Trust", "WY", "mh"),
    ("Yorkshire Ambulance Service NHS Trust", "WY", "ambulance"),
    ("North West Ambulance Service NHS Trust", "GM", "ambulance"),
    ("NHS Blood and Transplant", None, "specialist"),
]

# Devolved nations' bodies that run or adopt services: (name, acronym, country, kind)
DEVOLVED_BOARDS = [
    ("NHS Greater Glasgow and Clyde", "NHSGGC", "Scotland"), ("NHS Lothian", "", "Scotland"),
    ("NHS Grampian", "", "Scotland"), ("NHS Highland", "", "Scotland"), ("NHS Tayside", "", "Scotland"),
    ("NHS Fife", "", "Scotland"), ("NHS Lanarkshire", "", "Scotland"), ("NHS Ayrshire and Arran", "", "Scotland"),
    ("NHS Forth Valley", "", "Scotland"), ("NHS Dumfries and Galloway", "", "Scotland"), ("NHS Borders", "", "Scotland"),
    ("Betsi Cadwaladr University Health Board", "BCUHB", "Wales"), ("Cardiff and Vale University Health Board", "CAVUHB", "Wales"),
    ("Swansea Bay University Health Board", "SBUHB", "Wales"), ("Aneurin Bevan University Health Board", "ABUHB", "Wales"),
    ("Hywel Dda University Health Board", "HDUHB", "Wales"), ("Cwm Taf Morgannwg University Health Board", "CTMUHB", "Wales"),
    ("Powys Teaching Health Board", "PTHB", "Wales"),
    ("Belfast Health and Social Care Trust", "BHSCT", "Northern Ireland"),
    ("South Eastern Health and Social Care Trust", "SEHSCT", "Northern Ireland"),
    ("Northern Health and Social Care Trust", "NHSCT", "Northern Ireland"),
    ("Western Health and Social Care Trust", "WHSCT", "Northern Ireland"),
    ("Southern Health and Social Care Trust", "SHSCT", "Northern Ireland"),
]

# National and other bodies: (key, name, acronym, kind, level, country, member_of key, description)
NATIONAL = [
    ("DHSC", "Department of Health and Social Care", "DHSC", "government-department", "national", "England", "",
     "Government department responsible for health and adult social care in England (formerly the Department of Health)."),
    ("BEIS", "Department for Business, Energy and Industrial Strategy", "BEIS", "government-department", "national", "UK", "",
     "Government department; co-owner of the Life Sciences Industrial Strategy."),
    ("OLS", "Office for Life Sciences", "OLS", "government-department", "national", "UK", "DHSC",
     "Joint DHSC and BEIS unit championing research, innovation and the use of technology in the NHS."),
    ("NHSE", "NHS England", "NHSE", "arms-length-body", "national", "England", "DHSC", "Leads the NHS in England."),
    ("NHSI", "NHS Improvement", "NHSI", "arms-length-body", "national", "England", "DHSC", "Oversaw trusts until merged with NHS England."),
    ("NHSEI", "NHS England and NHS Improvement", "NHSEI", "arms-length-body", "national", "England", "DHSC",
     "Joint working arrangement of NHS England and NHS Improvement (2019-2022)."),
    ("NHSX", "NHSX", "", "arms-length-body", "national", "England", "DHSC",
     "Joint unit for digital transformation (2019-2022), succeeded by the NHS Transformation Directorate."),
    ("NHSTD", "NHS Transformation Directorate", "NHS TD", "arms-length-body", "national", "England", "NHSE",
     "Digital transformation directorate of NHS England from 2022."),
    ("NHSD", "NHS Digital", "", "arms-length-body", "national", "England", "DHSC",
     "National provider of information, data and IT systems (formerly HSCIC); merged into NHS England in 2023."),
    ("HEE", "Health Education England", "HEE", "arms-length-body", "national", "England", "DHSC",
     "Education and training of the health workforce; merged into NHS England in 2023."),
    ("MHRA", "Medicines and Healthcare products Regulatory Agency", "MHRA", "regulator", "national", "UK", "DHSC",
     "Regulator of medicines and medical devices."),
    ("NICE", "National Institute for Health and Care Excellence", "NICE", "arms-length-body", "national", "England", "DHSC",
     "Guidance, technology appraisal and evaluation of medicines, devices and digital technologies."),
    ("NIHR", "National Institute for Health and Care Research", "NIHR", "research-funder", "national", "England", "DHSC",
     "Research funder (National Institute for Health Research until 2022)."),
    ("UKRI", "UK Research and Innovation", "UKRI", "research-funder", "national", "UK", "BEIS", "Umbrella research and innovation funder."),
    ("IUK", "Innovate UK", "", "research-funder", "national", "UK", "UKRI", "UK innovation agency, part of UKRI."),
    ("MRC", "Medical Research Council", "MRC", "research-funder", "national", "UK", "UKRI", ""),
    ("EPSRC", "Engineering and Physical Sciences Research Council", "EPSRC", "research-funder", "national", "UK", "UKRI", ""),
    ("PHE", "Public Health England", "PHE", "arms-length-body", "national", "England", "DHSC", "Public health agency until 2021."),
    ("UKHSA", "UK Health Security Agency", "UKHSA", "arms-length-body", "national", "UK", "DHSC", ""),
    ("CQC", "Care Quality Commission", "CQC", "regulator", "national", "England", "DHSC", ""),
    ("AAC", "Accelerated Access Collaborative", "AAC", "network", "national", "England", "NHSE",
     "Partnership of industry, government, regulators, patients and the NHS hosted by NHS England."),
    ("AHSNNET", "AHSN Network", "", "network", "national", "England", "", "The network of the 15 Academic Health Science Networks."),
    ("AHSNS", "Academic Health Science Networks", "AHSNs", "network", "regional", "England", "AHSNNET", "The 15 AHSNs together."),
    ("NHSSC", "NHS Supply Chain", "", "arms-length-body", "national", "England", "DHSC", ""),
    ("HCUK", "Healthcare UK", "", "government-department", "national", "UK", "", "Government unit promoting UK healthcare abroad."),
    ("NHSBTX", "NHS Leadership Academy", "", "arms-length-body", "national", "England", "HEE", ""),
    ("GIRFT", "Getting It Right First Time", "GIRFT", "network", "national", "England", "NHSE",
     "Programme to reduce unwarranted variation, hosted by NHS England."),
    ("RIGHTCARE", "NHS RightCare", "", "network", "national", "England", "NHSE", ""),
    ("IAU", "Improvement Analytics Unit", "IAU", "academia", "national", "England", "",
     "Partnership between NHS England and the Health Foundation for rapid evaluation."),
    ("NIHRIO", "NIHR Innovation Observatory", "NIHRIO", "academia", "national", "England", "NIHR", "Horizon scanning."),
    ("BRACE", "Birmingham RAND and Cambridge Evaluation Centre", "BRACE", "academia", "national", "England", "NIHR",
     "NIHR-funded rapid service evaluation centre."),
    ("RSET", "Rapid Service Evaluation Team", "RSET", "academia", "national", "England", "NIHR",
     "NIHR-funded rapid service evaluation team (UCL and Nuffield Trust)."),
    ("NTAC", "NHS National Technology Adoption Centre", "NTAC", "arms-length-body", "national", "England", "",
     "Former organisation supporting the adoption of health technologies."),
    ("NIC", "NHS National Innovation Centre", "", "arms-length-body", "national", "England", "", "Former national innovation centre."),
    ("GEL", "Genomics England", "", "arms-length-body", "national", "England", "DHSC", ""),
    ("KTN", "Knowledge Transfer Network", "KTN", "network", "national", "UK", "IUK", ""),
    ("THF", "The Health Foundation", "", "charity", "national", "UK", "", "Independent charity."),
    ("NESTA", "Nesta", "", "charity", "national", "UK", "", ""),
    ("KF", "The King's Fund", "", "charity", "national", "England", "", ""),
    ("NUFF", "Nuffield Trust", "", "charity", "national", "England", "", ""),
    ("BHF", "British Heart Foundation", "BHF", "charity", "national", "UK", "", ""),
    ("CRUK", "Cancer Research UK", "CRUK", "charity", "national", "UK", "", ""),
    ("DUK", "Diabetes UK", "", "charity", "national", "UK", "", ""),
    ("VA", "Versus Arthritis", "", "charity", "national", "UK", "", ""),
    ("ALUK", "Asthma + Lung UK", "", "charity", "national", "UK", "", ""),
    ("ALZ", "Alzheimer's Society", "", "charity", "national", "UK", "", ""),
    ("MACM", "Macmillan Cancer Support", "", "charity", "national", "UK", "", ""),
    ("WELL", "Wellcome", "", "charity", "international", "UK", "", ""),
    ("NHSCONF", "NHS Confederation", "", "other", "national", "England", "", ""),
    ("ABPI", "Association of the British Pharmaceutical Industry", "ABPI", "industry", "national", "UK", "", ""),
    ("ABHI", "Association of British HealthTech Industries", "ABHI", "industry", "national", "UK", "", ""),
    ("RCGP", "Royal College of General Practitioners", "RCGP", "other", "national", "UK", "", ""),
    ("RCN", "Royal College of Nursing", "RCN", "other", "national", "UK", "", ""),
    ("GMC", "General Medical Council", "GMC", "regulator", "national", "UK", "", ""),
    ("FPH", "Faculty of Public Health", "FPH", "other", "national", "UK", "", ""),
    ("BCIS", "British Cardiac Intervention Society", "BCIS", "other", "national", "UK", "", ""),
    ("NRHO", "NHS Race and Health Observatory", "", "other", "national", "England", "NHSE", ""),
    ("HEEAST", "Health Enterprise East", "", "network", "regional", "England", "", "NHS innovation hub for the East of England."),
    ("NISW", "NHS Innovations South West", "", "network", "regional", "England", "", "NHS innovation hub."),
    ("DHL", "DigitalHealth.London", "", "network", "regional", "England", "", "Digital health accelerator for London."),
    ("QCOMM", "Q community", "", "network", "national", "UK", "THF", "Improvement community run by the Health Foundation."),
    ("MDC", "Medicines Discovery Catapult", "", "industry", "national", "UK", "IUK", ""),
    ("DCAT", "Digital Catapult", "", "industry", "national", "UK", "IUK", ""),
    ("CGTC", "Cell and Gene Therapy Catapult", "", "industry", "national", "UK", "IUK", ""),
    ("NICA", "National Innovation Centre for Ageing", "NICA", "academia", "national", "UK", "", ""),
    ("RANDE", "RAND Europe", "", "other", "international", "UK", "", "Not-for-profit policy research organisation."),
    ("UOM", "University of Manchester", "", "academia", "regional", "England", "", ""),
    ("UCL", "University College London", "UCL", "academia", "regional", "England", "", ""),
    ("ICL", "Imperial College London", "", "academia", "regional", "England", "", ""),
    ("KCL", "King's College London", "KCL", "academia", "regional", "England", "", ""),
    ("UOX", "University of Oxford", "", "academia", "regional", "England", "", ""),
    ("UCAM", "University of Cambridge", "", "academia", "regional", "England", "", ""),
    ("NCLU", "Newcastle University", "", "academia", "regional", "England", "", ""),
    ("ULEEDS", "University of Leeds", "", "academia", "regional", "England", "", ""),
    ("USHEF", "University of Sheffield", "", "academia", "regional", "England", "", ""),
    ("UBHAM", "University of Birmingham", "", "academia", "regional", "England", "", ""),
    ("UEXE", "University of Exeter", "", "academia", "regional", "England", "", ""),
    ("UBRI", "University of Bristol", "", "academia", "regional", "England", "", ""),
    ("UNOTT", "University of Nottingham", "", "academia", "regional", "England", "", ""),
    ("UWAR", "University of Warwick", "", "academia", "regional", "England", "", ""),
    ("ULANC", "Lancaster University", "", "academia", "regional", "England", "", ""),
    ("UYORK", "University of York", "", "academia", "regional", "England", "", ""),
    ("USOTON", "University of Southampton", "", "academia", "regional", "England", "", ""),
    ("UEA", "University of East Anglia", "UEA", "academia", "regional", "England", "", ""),
    ("LSE", "London School of Economics and Political Science", "LSE", "academia", "national", "UK", "", ""),
    # devolved and international bodies
    ("SCOTGOV", "Scottish Government", "", "government-department", "national", "Scotland", "", ""),
    ("NSS", "NHS National Services Scotland", "NSS", "arms-length-body", "national", "Scotland", "SCOTGOV", ""),
    ("HIS", "Healthcare Improvement Scotland", "HIS", "arms-length-body", "national", "Scotland", "SCOTGOV", ""),
    ("SHTG", "Scottish Health Technologies Group", "SHTG", "arms-length-body", "national", "Scotland", "HIS", ""),
    ("DHI", "Digital Health & Care Innovation Centre", "DHI", "network", "national", "Scotland", "", ""),
    ("INNOSCOT", "InnoScot Health", "", "network", "national", "Scotland", "", "NHS Scotland innovation partner (formerly Scottish Health Innovations Ltd)."),
    ("CIVTECH", "CivTech Scotland", "", "network", "national", "Scotland", "SCOTGOV", ""),
    ("WALESGOV", "Welsh Government", "", "government-department", "national", "Wales", "", ""),
    ("LSHW", "Life Sciences Hub Wales", "LSHW", "arms-length-body", "national", "Wales", "WALESGOV", ""),
    ("HTW", "Health Technology Wales", "HTW", "arms-length-body", "national", "Wales", "WALESGOV", ""),
    ("BEVAN", "Bevan Commission", "", "academia", "national", "Wales", "", ""),
    ("SEWAHSP", "South East Wales Academic Health Science Partnership", "SEWAHSP", "network", "regional", "Wales", "", ""),
    ("ACCEL", "Welsh Health Innovation and Technology Accelerator", "ACCELERATE", "network", "national", "Wales", "LSHW", ""),
    ("TECCYMRU", "Technology Enabled Care Cymru", "TEC Cymru", "network", "national", "Wales", "", ""),
    ("DOHNI", "Department of Health Northern Ireland", "DoH NI", "government-department", "national", "Northern Ireland", "", ""),
    ("INVNI", "Invest Northern Ireland", "Invest NI", "arms-length-body", "national", "Northern Ireland", "", ""),
    ("BFARM", "Federal Institute for Drugs and Medical Devices", "BfArM", "regulator", "national", "Germany", "", ""),
    ("BMG", "Federal Ministry of Health (Germany)", "BMG", "government-department", "national", "Germany", "", ""),
    ("FRMIN", "Ministry of Health and Prevention (France)", "", "government-department", "national", "France", "", ""),
    ("HAS", "Haute Autorite de Sante", "HAS", "arms-length-body", "national", "France", "", ""),
    ("ZIN", "Zorginstituut Nederland", "ZIN", "arms-length-body", "national", "Netherlands", "", ""),
    ("HSEIE", "Health Service Executive (Ireland)", "HSE Ireland", "healthcare-provider", "national", "Ireland", "", ""),
    ("FDA", "US Food and Drug Administration", "FDA", "regulator", "national", "United States", "", ""),
    ("CMS", "Centers for Medicare & Medicaid Services", "CMS", "government-department", "national", "United States", "", ""),
    ("ADHA", "Australian Digital Health Agency", "ADHA", "arms-length-body", "national", "Australia", "", ""),
    ("INFOWAY", "Canada Health Infoway", "", "arms-length-body", "national", "Canada", "", ""),
    ("RSTHLM", "Region Stockholm", "", "healthcare-provider", "regional", "Sweden", "", ""),
]

# Cancer alliances: (name, ICB keys)
CANCER_ALLIANCES = [
    ("Greater Manchester Cancer Alliance", ["GM"]), ("Cheshire and Merseyside Cancer Alliance", ["CAM"]),
    ("Lancashire and South Cumbria Cancer Alliance", ["LSC"]), ("Kent and Medway Cancer Alliance", ["KAM"]),
    ("Surrey and Sussex Cancer Alliance", ["SH", "SUS"]), ("Thames Valley Cancer Alliance", ["BOB"]),
    ("Wessex Cancer Alliance", ["HIW", "DOR"]), ("Peninsula Cancer Alliance", ["DEV", "CIOS"]),
    ("Somerset, Wiltshire, Avon and Gloucestershire Cancer Alliance", ["SOM", "BSW", "BNSSG", "GLO"]),
    ("West Midlands Cancer Alliance", ["BSOL", "BC", "CAW", "HAW", "STW", "SSOT"]),
    ("East Midlands Cancer Alliance", ["DDI", "LLR", "LIN", "NOR", "NAN"]),
    ("East of England - North Cancer Alliance", ["CAP", "NAW", "SNEE"]), ("East of England - South Cancer Alliance", ["BLMK", "HWE", "MSE"]),
    ("North Central London Cancer Alliance", ["NCL"]), ("North East London Cancer Alliance", ["NEL"]),
    ("RM Partners", ["NWL", "SWL"]), ("South East London Cancer Alliance", ["SEL"]),
    ("West Yorkshire and Harrogate Cancer Alliance", ["WY"]), ("Humber and North Yorkshire Cancer Alliance", ["HNY"]),
    ("South Yorkshire and Bassetlaw Cancer Alliance", ["SY"]), ("Northern Cancer Alliance", ["NENC"]),
]

# Conditions / themes: key -> dict
CONDITIONS = {
    "af": dict(name="atrial fibrillation", forms=["atrial fibrillation", "AF", "Atrial Fibrillation (AF)"], area="cardiovascular",
               outcomes=["AF-related strokes", "undiagnosed AF", "time to anticoagulation"],
               problem="Many people with atrial fibrillation are undiagnosed until they have a stroke."),
    "hf": dict(name="heart failure", forms=["heart failure", "HF", "Heart Failure"], area="cardiovascular",
               outcomes=["emergency admissions for heart failure", "time to diagnosis", "readmissions"],
               problem="Most heart failure is still diagnosed after an emergency admission."),
    "htn": dict(name="hypertension", forms=["hypertension", "high blood pressure", "BP"], area="cardiovascular",
                outcomes=["uncontrolled blood pressure", "heart attacks and strokes", "GP appointments for BP reviews"],
                problem="Blood pressure reviews fell sharply during the pandemic."),
    "lipids": dict(name="high cholesterol and familial hypercholesterolaemia", forms=["lipid management", "cholesterol", "FH and lipids", "lipid optimisation"],
                   area="cardiovascular", outcomes=["cardiovascular events", "untreated high cholesterol"],
                   problem="Familial hypercholesterolaemia is largely undiagnosed in the population."),
    "cad": dict(name="coronary artery disease", forms=["coronary artery disease", "CAD", "coronary heart disease", "CHD"], area="cardiovascular",
                outcomes=["invasive angiograms", "waiting times for cardiac diagnostics"],
                problem="Invasive angiography is often used where a non-invasive test would do."),
    "stroke": dict(name="stroke", forms=["stroke", "acute stroke", "Stroke"], area="cardiovascular",
                   outcomes=["door-to-needle time", "disability after stroke", "time to thrombectomy"],
                   problem="Access to thrombectomy varies widely between stroke units."),
    "t2d": dict(name="type 2 diabetes", forms=["type 2 diabetes", "T2D", "T2DM", "Type 2 Diabetes"], area="diabetes",
                outcomes=["HbA1c", "progression to type 2 diabetes", "diabetes complications"],
                problem="Rates of type 2 diabetes keep rising, particularly in deprived areas."),
    "t1d": dict(name="type 1 diabetes", forms=["type 1 diabetes", "T1D", "T1DM"], area="diabetes",
                outcomes=["hypoglycaemia episodes", "diabetic ketoacidosis admissions", "HbA1c"],
                problem="Access to diabetes technology is unequal across the country."),
    "gdm": dict(name="gestational diabetes", forms=["gestational diabetes", "GDM"], area="maternity",
                outcomes=["antenatal clinic visits", "face-to-face glucose reviews"],
                problem="Antenatal diabetes clinics are under pressure from rising GDM prevalence."),
    "copd": dict(name="COPD", forms=["COPD", "chronic obstructive pulmonary disease", "Chronic Obstructive Pulmonary Disease (COPD)"], area="respiratory",
                 outcomes=["COPD exacerbations", "emergency admissions", "bed days"],
                 problem="Only a minority of eligible patients complete pulmonary rehabilitation."),
    "asthma": dict(name="asthma", forms=["asthma", "Asthma"], area="respiratory",
                   outcomes=["asthma attacks", "misdiagnosis of asthma", "reliever inhaler over-use"],
                   problem="Asthma is frequently misdiagnosed without objective testing."),
    "lungca": dict(name="lung cancer", forms=["lung cancer", "Lung Cancer", "lung ca"], area="cancer",
                   outcomes=["late-stage diagnoses", "time to diagnosis"],
                   problem="Too many lung cancers are found at stage 3 or 4."),
    "breastca": dict(name="breast cancer", forms=["breast cancer", "Breast Cancer", "breast ca"], area="cancer",
                     outcomes=["second operations", "screening backlog", "time to results"],
                     problem="Breast screening units face a shortage of radiologists."),
    "bowelca": dict(name="bowel cancer", forms=["bowel cancer", "colorectal cancer", "CRC"], area="cancer",
                    outcomes=["missed adenomas", "colonoscopy waiting lists", "late-stage diagnoses"],
                    problem="Endoscopy capacity limits how fast suspected bowel cancer can be investigated."),
    "prostateca": dict(name="prostate cancer", forms=["prostate cancer", "Prostate Cancer"], area="cancer",
                       outcomes=["time to diagnosis", "pathology turnaround"],
                       problem="Pathology departments struggle to keep up with biopsy volumes."),
    "skinca": dict(name="skin cancer", forms=["skin cancer", "suspected skin cancer", "melanoma"], area="cancer",
                   outcomes=["unnecessary urgent referrals", "dermatology waiting times"],
                   problem="Urgent suspected skin cancer referrals have grown faster than dermatology capacity."),
    "oesca": dict(name="oesophageal cancer and Barrett's oesophagus", forms=["oesophageal cancer", "Barrett's oesophagus", "OG cancer"], area="cancer",
                  outcomes=["endoscopy demand", "time to diagnosis"],
                  problem="Surveillance endoscopy for Barrett's oesophagus took a large share of endoscopy capacity."),
    "ckd": dict(name="chronic kidney disease", forms=["chronic kidney disease", "CKD", "kidney disease"], area="renal",
                outcomes=["undiagnosed CKD", "missed urine ACR tests"],
                problem="Annual urine tests for people with diabetes are often missed."),
    "dementia": dict(name="dementia", forms=["dementia", "Dementia"], area="mental health",
                     outcomes=["crisis admissions", "carer strain"],
                     problem="People living with dementia are often admitted to hospital in a crisis."),
    "cmh": dict(name="depression and anxiety", forms=["depression and anxiety", "common mental health problems", "anxiety & depression"], area="mental health",
                outcomes=["waiting times for talking therapies", "drop-out from treatment"],
                problem="Waiting lists for NHS Talking Therapies have grown."),
    "cypmh": dict(name="children and young people's mental health", forms=["CYP mental health", "children and young people's mental health", "emotional wellbeing"],
                  area="mental health", outcomes=["waiting times for CAMHS", "referrals to specialist services"],
                  problem="Demand for CAMHS outstrips capacity in most areas."),
    "ed": dict(name="eating disorders", forms=["eating disorders", "ED", "Eating Disorders"], area="mental health",
               outcomes=["duration of untreated eating disorder", "inpatient admissions"],
               problem="Young people wait too long between the first symptoms and specialist treatment."),
    "adhd": dict(name="ADHD", forms=["ADHD", "attention deficit hyperactivity disorder"], area="mental health",
                 outcomes=["time to diagnosis", "number of clinic appointments per assessment"],
                 problem="ADHD assessment waiting lists run to years in some areas."),
    "insomnia": dict(name="insomnia", forms=["insomnia", "sleep problems", "Insomnia"], area="mental health",
                     outcomes=["hypnotic prescribing", "GP appointments for poor sleep"],
                     problem="Sleeping tablets are still widely prescribed despite NICE guidance favouring CBT-I."),
    "msk": dict(name="knee and hip osteoarthritis", forms=["knee and hip osteoarthritis", "MSK", "joint pain", "osteoarthritis"], area="musculoskeletal",
                outcomes=["referrals to orthopaedics", "pain scores"],
                problem="Chronic joint pain is a leading cause of disability and GP consultations."),
    "frailty": dict(name="frailty", forms=["frailty", "Frailty", "older people living with frailty"], area="ageing",
                    outcomes=["emergency admissions", "length of stay", "falls"],
                    problem="Older people living with frailty account for a large share of unplanned bed days."),
    "falls": dict(name="falls", forms=["falls", "falls prevention", "Falls"], area="ageing",
                  outcomes=["falls in care homes", "ambulance call-outs for falls"],
                  problem="Unwitnessed falls at night are a major cause of injury in care homes."),
    "deterioration": dict(name="physical deterioration and sepsis", forms=["deterioration", "sepsis", "NEWS2 / deterioration"], area="patient safety",
                          outcomes=["avoidable admissions from care homes", "time to escalation"],
                          problem="Soft signs of deterioration are often missed in community settings."),
    "preeclampsia": dict(name="pre-eclampsia", forms=["pre-eclampsia", "suspected pre-eclampsia"], area="maternity",
                         outcomes=["unnecessary antenatal admissions", "time to diagnosis"],
                         problem="Women with suspected pre-eclampsia are often admitted for observation."),
    "preterm": dict(name="preterm birth", forms=["preterm birth", "pre-term labour", "preterm babies"], area="maternity",
                    outcomes=["cerebral palsy", "neonatal brain injury"],
                    problem="Uptake of magnesium sulphate in preterm labour varied between maternity units."),
    "bph": dict(name="benign prostatic hyperplasia", forms=["benign prostatic hyperplasia", "BPH", "enlarged prostate"], area="urology",
                outcomes=["overnight stays", "catheterisation", "theatre time"],
                problem="Traditional surgery for an enlarged prostate needs a hospital stay and general anaesthetic."),
    "vascular": dict(name="central venous catheter complications", forms=["vascular access", "catheter securement", "CVC complications"], area="patient safety",
                     outcomes=["catheter dislodgements", "catheter-related infections", "skin injuries"],
                     problem="Catheters secured with sutures or adhesives dislodge and cause infections."),
    "meds": dict(name="medication safety", forms=["medication safety", "medicines optimisation", "prescribing safety"], area="medicines",
                 outcomes=["hazardous prescribing", "medication-related admissions", "readmissions"],
                 problem="Medication errors cause avoidable harm after discharge and in primary care."),
    "amr": dict(name="antimicrobial resistance", forms=["antimicrobial resistance", "AMR", "antibiotic prescribing"], area="infection",
                outcomes=["antibiotic prescribing", "inappropriate antibiotic use"],
                problem="Antibiotics are still prescribed for many self-limiting respiratory infections."),
    "obesity": dict(name="obesity", forms=["obesity", "weight management", "healthy weight"], area="public health",
                    outcomes=["drop-out from weight management", "waiting times for tier 3 weight services"],
                    problem="Demand for weight management support far exceeds face-to-face capacity."),
    "eyes": dict(name="eye disease (glaucoma and macular degeneration)", forms=["ophthalmology", "eye care", "glaucoma and AMD"], area="ophthalmology",
                 outcomes=["false-positive referrals", "follow-up backlog"],
                 problem="Hospital eye services have the largest outpatient backlog of any specialty."),
    "dr": dict(name="diabetic retinopathy", forms=["diabetic eye screening", "diabetic retinopathy", "DESP"], area="ophthalmology",
               outcomes=["grading backlog", "time to result"], problem="Diabetic eye screening programmes face a grading backlog."),
    "wounds": dict(name="chronic wounds and leg ulcers", forms=["wound care", "leg ulcers", "chronic wounds"], area="community care",
                   outcomes=["healing time", "nurse visits per wound"], problem="Wound care takes a large share of community nursing time."),
    "outpatients": dict(name="outpatient care", forms=["outpatients", "outpatient transformation", "OP follow-ups"], area="elective care",
                        outcomes=["missed appointments (DNAs)", "unnecessary follow-ups", "waiting times"],
                        problem="Many outpatient follow-ups add little value for patients."),
    "admin": dict(name="administrative workload", forms=["back-office processes", "admin burden", "administrative workload"], area="productivity",
                  outcomes=["staff time spent on admin", "processing time", "agency spend"],
                  problem="Clinicians and administrators lose hours each week to manual processes."),
    "chc": dict(name="NHS Continuing Healthcare assessment", forms=["Continuing Healthcare", "CHC assessments", "NHS CHC"], area="productivity",
                outcomes=["assessment turnaround", "paper forms", "appeals"],
                problem="Paper-based CHC assessments are slow and error-prone."),
    "cvdprev": dict(name="cardiovascular disease prevention", forms=["CVD prevention", "cardiovascular disease prevention", "CVD"], area="cardiovascular",
                    outcomes=["heart attacks and strokes", "treatment gaps"],
                    problem="Large treatment gaps remain for blood pressure, cholesterol and AF."),
    "longcovid": dict(name="long COVID", forms=["long COVID", "post-COVID syndrome"], area="respiratory",
                      outcomes=["time to assessment", "time off work"], problem="Long COVID clinics had long waiting lists."),
    "covid": dict(name="COVID-19", forms=["COVID-19", "Covid", "coronavirus"], area="infection",
                  outcomes=["silent hypoxia", "emergency admissions", "length of stay"],
                  problem="Silent hypoxia meant some COVID-19 patients deteriorated at home unnoticed."),
    "cancer_general": dict(name="cancer (non-specific symptoms)", forms=["non-specific cancer symptoms", "vague symptoms", "cancer early diagnosis"], area="cancer",
                           outcomes=["time to diagnosis", "late-stage diagnoses", "emergency presentations"],
                           problem="People with vague symptoms often go back and forth between GP and hospital."),
    "maternity": dict(name="maternity safety", forms=["maternity", "maternity and neonatal safety", "maternity safety"], area="maternity",
                      outcomes=["stillbirths", "neonatal deaths", "brain injuries at birth"],
                      problem="Maternity safety varies between units."),
    "surgery": dict(name="emergency surgery", forms=["emergency laparotomy", "emergency general surgery"], area="surgery",
                    outcomes=["30-day mortality", "length of stay"], problem="Mortality after emergency laparotomy varied widely between hospitals."),
    "loneliness": dict(name="loneliness and social isolation", forms=["social prescribing", "loneliness", "social isolation"], area="community care",
                       outcomes=["repeat GP attendances", "A&E attendances by frequent attenders"], problem="A fifth of GP time is spent on non-medical problems."),
    "diagnostics": dict(name="diagnostic waiting times", forms=["diagnostics", "diagnostic capacity", "tests and scans"], area="elective care",
                        outcomes=["six-week diagnostic waits", "hospital attendances for tests"],
                        problem="Diagnostic waiting lists grew sharply during the pandemic."),
    "integrated": dict(name="integrated care for people with complex needs", forms=["integrated care", "new care models", "complex care"], area="ageing",
                       outcomes=["emergency admissions", "delayed discharges"],
                       problem="Care for people with several long-term conditions is fragmented between GP, community and hospital services."),
    "workforce": dict(name="workforce and staffing", forms=["workforce", "staffing", "rostering"], area="productivity",
                      outcomes=["agency spend", "unfilled shifts", "time spent rostering"],
                      problem="Temporary staffing is expensive and hard to manage."),
}

# Population groups
POPULATIONS = {
    "adults": ["adults", "adult patients", "adults (18+)"],
    "cyp": ["children and young people", "CYP", "under-18s", "young people aged 11-18"],
    "older": ["older people", "people aged 65 and over", "over-65s"],
    "carehome": ["care home residents", "people living in care homes", "care home residents and staff"],
    "pregnant": ["pregnant women", "women in the antenatal period", "pregnant people"],
    "deprived": ["people in the most deprived 20% of areas", "Core20PLUS5 populations", "people living in deprived neighbourhoods"],
    "ld": ["people with a learning disability", "adults with learning disabilities"],
    "staff": ["NHS staff", "health and care staff", "the workforce"],
    "young_adults": ["young adults aged 18-25", "18-25 year olds", "students and young adults"],
    "primarycare": ["GP practices", "general practice", "primary care teams"],
    "smokers": ["current and former smokers aged 55-74", "people aged 55-74 with a smoking history"],
    "diabetes_pts": ["people with diabetes", "patients living with diabetes"],
    "veterans": ["armed forces veterans", "veterans and their families"],
}

# Technology areas with variant labels
TECH_AREAS = {
    "digital_mh": ["Digital mental health", "Digital therapeutics - mental health", "digital MH", "Apps / digital therapy"],
    "dtx": ["Digital therapeutics", "DTx", "Digital health app"],
    "ai_imaging": ["Artificial intelligence - imaging", "AI / imaging", "AI", "AI and machine learning"],
    "ai_other": ["Artificial intelligence", "AI", "Machine learning / predictive analytics"],
    "device": ["Medical device", "MedTech", "Medical technology", "Device"],
    "ivd": ["In vitro diagnostics", "Diagnostics", "IVD / point of care testing", "Diagnostic test"],
    "remote": ["Remote monitoring", "Remote patient monitoring", "Telehealth", "RPM"],
    "admin_sw": ["Workflow / administrative software", "Digital - back office", "Productivity software", "Automation"],
    "records": ["Interoperability and records", "Shared care records", "EPR / interoperability", "Data and interoperability"],
    "video": ["Video consultation", "Virtual consultations", "Telemedicine"],
    "pathway": ["Pathway redesign", "Service innovation", "Care pathway (non-technology)", "Service model"],
    "workforce_sw": ["Workforce technology", "Digital workforce tools", "Staff deployment software"],
    "genomics": ["Genomics", "Genomic medicine"],
    "medicines": ["Medicines", "Pharmaceuticals", "Medicines optimisation"],
    "surgical": ["Surgical technology", "Minimally invasive surgery", "Medical device - surgical"],
    "sensors": ["Sensors and assistive technology", "Assistive technology", "Sensors / IoT", "Technology enabled care"],
    "data": ["Data and analytics", "Population health analytics", "Data"],
    "mixed": ["Mixed / multiple", "Various", "Cross-cutting"],
}

# Products / technologies adopted locally.
# key: (forms, suppliers, description, tech area, condition, setting, focus, populations, productivity)
# setting: acute, mh, primary, community, carehome, admin, maternity, children
PRODUCTS = {
    "kooth": (["Kooth", "Kooth online counselling", "KOOTH", "Kooth digital mental health service"], ["Kooth plc"],
              "an anonymous online counselling and emotional wellbeing platform", "digital_mh", "cypmh", "community", "clinical", ["cyp", "young_adults"], False),
    "sleepio": (["Sleepio", "Sleepio digital CBT-I", "Big Health Sleepio", "Sleepio app"], ["Big Health"],
                "a digital cognitive behavioural therapy programme for insomnia", "dtx", "insomnia", "primary", "clinical", ["adults", "staff"], False),
    "daylight": (["Daylight", "Daylight (Big Health)", "Daylight app"], ["Big Health"],
                 "a digital therapeutic for generalised anxiety", "dtx", "cmh", "primary", "clinical", ["adults"], False),
    "moodgym": (["MoodGYM", "moodgym", "MoodGYM cCBT"], ["e-hub Health"],
                "a computerised CBT programme for mild to moderate depression and anxiety", "digital_mh", "cmh", "community", "clinical", ["young_adults", "adults"], False),
    "silvercloud": (["SilverCloud", "SilverCloud online CBT", "SilverCloud Health"], ["SilverCloud Health"],
                    "supported online CBT used within NHS Talking Therapies", "digital_mh", "cmh", "mh", "clinical", ["adults", "cyp"], False),
    "ieso": (["ieso typed CBT", "IESO", "Ieso"], ["Ieso Digital Health"],
             "typed one-to-one CBT delivered online by accredited therapists", "digital_mh", "cmh", "mh", "clinical", ["adults", "young_adults"], False),
    "chc2dst": (["CHC2DST", "CHC2DST software", "Continuing Healthcare Checklist and Decision Support Tool (CHC2DST)", "CHC2DST e-assessment"], ["IEG4"],
                "software that lets NHS Continuing Healthcare assessments be done electronically", "admin_sw", "chc", "admin", "non-clinical", ["adults"], True),
    "securacath": (["SecurAcath", "SecurAcath catheter securement", "Securacath device"], ["Interrad Medical"],
                   "a single-use device that secures and stabilises central venous catheters", "device", "vascular", "acute", "clinical", ["adults", "cyp"], False),
    "endocuff": (["ENDOCUFF VISION™", "Endocuff Vision", "Endocuff", "ENDOCUFF VISION"], ["Arc Medical Design"],
                 "a colonoscope attachment that improves mucosal visibility", "device", "bowelca", "acute", "clinical", ["adults"], False),
    "heartflow": (["HeartFlow FFRCT Analysis", "HeartFlow", "FFRct (HeartFlow)", "HeartFlow FFRct"], ["HeartFlow"],
                  "non-invasive analysis of coronary CT scans that models blood flow in the coronary arteries", "ai_imaging", "cad", "acute", "clinical", ["adults"], False),
    "urolift": (["UroLift®", "UroLift", "Urolift system", "UroLift System"], ["Teleflex (NeoTract)"],
                "a minimally invasive implant that lifts and holds the enlarged prostate tissue", "surgical", "bph", "acute", "clinical", ["adults"], True),
    "osna": (["OSNA", "One-step nucleic acid amplification (OSNA)", "OSNA sentinel node analysis"], ["Sysmex"],
             "intra-operative molecular analysis of the sentinel lymph node", "ivd", "breastca", "acute", "clinical", ["adults"], False),
    "hstrop": (["high-sensitivity troponin", "hs-cTn testing", "high sensitivity troponin assay", "hsTroponin rule-out pathway"], ["Roche Diagnostics", "Abbott", "Siemens Healthineers"],
               "a blood test that can rule out heart attack sooner than conventional troponin", "ivd", "cad", "acute", "clinical", ["adults"], True),
    "des": (["drug-eluting stents", "DES", "drug eluting coronary stents"], ["Boston Scientific"],
            "coronary stents that release a drug to prevent restenosis", "device", "cad", "acute", "clinical", ["adults"], False),
    "rcm": (["remote monitoring of cardiac implantable devices", "remote cardiac device monitoring", "cardiac device remote follow-up"], ["Medtronic", "Biotronik", "Boston Scientific"],
            "home monitoring of pacemakers and ICDs that transmits device data to the hospital", "remote", "hf", "acute", "clinical", ["adults", "older"], True),
    "kardia": (["KardiaMobile", "AliveCor KardiaMobile", "mobile ECG (KardiaMobile)", "Kardia mobile ECG"], ["AliveCor"],
               "a handheld single-lead ECG device used with a smartphone", "device", "af", "primary", "clinical", ["adults", "older"], False),
    "zio": (["Zio XT", "Zio XT patch", "Zio ambulatory ECG patch"], ["iRhythm Technologies"],
            "a 14-day wearable ECG patch for detecting arrhythmias", "device", "af", "acute", "clinical", ["adults"], False),
    "qbtest": (["QbTest", "Qbtest", "QbTest objective ADHD assessment"], ["Qbtech"],
               "a computer-based test measuring attention, impulsivity and activity", "device", "adhd", "mh", "clinical", ["cyp", "adults"], True),
    "plgf": (["PlGF-based testing", "placental growth factor testing", "PLGF test", "PlGF testing"], ["Roche Diagnostics", "Quidel"],
             "a blood test that helps rule out pre-eclampsia", "ivd", "preeclampsia", "maternity", "clinical", ["pregnant"], False),
    "feno": (["FeNO testing", "FeNO", "fractional exhaled nitric oxide (FeNO) testing"], ["Circassia", "Bedfont Scientific"],
             "a breath test measuring airway inflammation to support asthma diagnosis", "ivd", "asthma", "primary", "clinical", ["adults", "cyp"], False),
    "gammacore": (["gammaCore", "gammaCore nVNS", "gammaCore non-invasive vagus nerve stimulator"], ["electroCore"],
                  "a handheld non-invasive vagus nerve stimulator for cluster headache", "device", "msk", "acute", "clinical", ["adults"], False),
    "minuteful": (["Minuteful Kidney", "Healthy.io Minuteful Kidney", "home urine ACR testing (Minuteful Kidney)"], ["Healthy.io"],
                  "a smartphone-based home urine test kit for albumin-creatinine ratio", "ivd", "ckd", "primary", "clinical", ["diabetes_pts"], True),
    "derm": (["DERM", "Skin Analytics DERM", "DERM AI skin lesion analysis"], ["Skin Analytics"],
             "an AI tool that assesses images of skin lesions", "ai_imaging", "skinca", "acute", "clinical", ["adults"], True),
    "mia": (["Mia", "Kheiron Mia", "Mia AI mammography reader"], ["Kheiron Medical Technologies"],
            "AI software that acts as a second reader in breast screening", "ai_imaging", "breastca", "acute", "clinical", ["adults"], True),
    "estroke": (["e-Stroke", "Brainomix e-Stroke", "e-Stroke Suite"], ["Brainomix"],
                "AI software that supports interpretation of brain scans in suspected stroke", "ai_imaging", "stroke", "acute", "clinical", ["adults"], False),
    "qxr": (["qXR", "Qure.ai qXR", "AI chest X-ray reporting (qXR)"], ["Qure.ai"],
            "AI that flags abnormal chest X-rays for prioritised reporting", "ai_imaging", "lungca", "acute", "clinical", ["adults"], True),
    "annalise": (["Annalise CXR", "annalise.ai", "Annalise Enterprise CXR"], ["Annalise.ai"],
                 "AI decision support for chest X-ray interpretation", "ai_imaging", "lungca", "acute", "clinical", ["adults"], True),
    "echogo": (["EchoGo", "Ultromics EchoGo", "EchoGo Heart Failure"], ["Ultromics"],
               "AI analysis of echocardiograms to detect heart failure", "ai_imaging", "hf", "acute", "clinical", ["adults"], False),
    "mycopd": (["myCOPD", "my mhealth myCOPD", "myCOPD app"], ["my mhealth"],
               "a self-management app including online pulmonary rehabilitation", "dtx", "copd", "primary", "clinical", ["adults", "older"], False),
    "gdmhealth": (["GDm-Health", "GDm-Health app", "GDm Health"], ["Sensyne Health"],
                  "a smartphone app for remote blood glucose monitoring in pregnancy", "remote", "gdm", "maternity", "clinical", ["pregnant"], True),
    "oviva": (["Oviva", "Oviva digital diabetes programme", "Oviva Diabetes Support"], ["Oviva"],
              "app-based dietitian-led support for type 2 diabetes and weight management", "dtx", "t2d", "primary", "clinical", ["adults", "deprived"], False),
    "secondnature": (["Second Nature", "Second Nature healthy habits programme"], ["Second Nature"],
                     "a digital weight management and behaviour change programme", "dtx", "obesity", "primary", "clinical", ["adults"], False),
    "liva": (["Liva", "Liva Healthcare coaching"], ["Liva Healthcare"],
             "digital health coaching for people at risk of type 2 diabetes", "dtx", "t2d", "primary", "clinical", ["adults", "deprived"], False),
    "huma": (["Huma remote patient monitoring", "Huma", "Huma RPM platform"], ["Huma"],
             "a remote patient monitoring platform", "remote", "hf", "community", "clinical", ["adults", "older"], True),
    "doccla": (["Doccla virtual ward", "Doccla", "Doccla remote monitoring"], ["Doccla"],
               "a virtual ward service combining wearables and clinical monitoring", "remote", "frailty", "community", "clinical", ["older", "adults"], True),
    "feebris": (["Feebris", "Feebris care home monitoring", "Feebris app"], ["Feebris"],
                "a guided health check app for carers that flags early signs of deterioration", "remote", "deterioration", "carehome", "clinical", ["carehome"], False),
    "whzan": (["Whzan", "Whzan Blue Box telehealth", "Whzan Digital Health"], ["Whzan Digital Health"],
              "telehealth kits that let care home staff record NEWS2 observations", "remote", "deterioration", "carehome", "clinical", ["carehome"], False),
    "cinapsis": (["Cinapsis", "Cinapsis advice and guidance", "Cinapsis A&G"], ["Cinapsis"],
                 "a platform for clinician-to-clinician advice and guidance before referral", "admin_sw", "outpatients", "primary", "both", ["adults"], True),
    "accurx": (["Accurx", "accuRx", "Accurx messaging"], ["Accurx"],
               "messaging and video tools connecting practices with patients", "admin_sw", "admin", "primary", "non-clinical", ["primarycare"], True),
    "drdoctor": (["DrDoctor", "DrDoctor patient portal", "Dr Doctor"], ["DrDoctor"],
                 "a patient portal for appointment booking, letters and reminders", "admin_sw", "outpatients", "admin", "non-clinical", ["adults"], True),
    "pkb": (["Patients Know Best", "PKB", "Patients Know Best personal health record"], ["Patients Know Best"],
            "a personal health record that patients control", "records", "outpatients", "admin", "both", ["adults"], True),
    "attend": (["Attend Anywhere", "Attend Anywhere video consulting", "video consultations (Attend Anywhere)"], ["Attend Anywhere"],
               "a web-based video consultation platform", "video", "outpatients", "admin", "both", ["adults"], True),
    "patchwork": (["Patchwork", "Patchwork Health staff bank", "Patchwork temporary staffing app"], ["Patchwork Health"],
                  "a digital staff bank for filling temporary shifts", "workforce_sw", "workforce", "admin", "non-clinical", ["staff"], True),
    "erostering": (["e-rostering", "electronic rostering", "e-Rostering (Allocate)"], ["RLDatix"],
                   "electronic rostering for nursing, medical and AHP staff", "workforce_sw", "workforce", "admin", "non-clinical", ["staff"], True),
    "concentric": (["Concentric digital consent", "Concentric", "digital consent (Concentric)"], ["Concentric Health"],
                   "a digital consent platform for treatment decisions", "admin_sw", "admin", "acute", "both", ["adults"], True),
    "cytosponge": (["Cytosponge", "capsule sponge test", "Cytosponge (capsule sponge)"], ["Cyted"],
                   "a swallowable capsule sponge test that collects cells from the oesophagus", "ivd", "oesca", "acute", "clinical", ["adults"], True),
    "cce": (["colon capsule endoscopy", "CCE", "colon capsule endoscopy (PillCam)"], ["Medtronic"],
            "a swallowable camera capsule that films the bowel", "device", "bowelca", "acute", "clinical", ["adults"], True),
    "pinpoint": (["PinPoint", "PinPoint cancer test", "PinPoint blood test triage"], ["PinPoint Data Science"],
                 "a machine-learning blood test that estimates cancer risk to prioritise urgent referrals", "ai_other", "cancer_general", "acute", "clinical", ["adults"], True),
    "rpa": (["robotic process automation", "RPA", "RPA for referral processing", "automation bots"], ["Blue Prism", "UiPath"],
            "software robots that automate repetitive administrative tasks", "admin_sw", "admin", "admin", "non-clinical", ["staff"], True),
    "speech": (["speech recognition", "speech recognition for clinical letters", "voice recognition (Dragon Medical)"], ["Nuance Communications"],
               "speech recognition for clinical correspondence", "admin_sw", "admin", "admin", "non-clinical", ["staff"], True),
    "epma": (["ePMA", "electronic prescribing and medicines administration", "e-prescribing (ePMA)"], ["System C", "Cerner", "EMIS Health"],
             "electronic prescribing and medicines administration", "records", "meds", "acute", "clinical", ["adults"], True),
    "shcr": (["shared care record", "ShCR", "shared care record platform"], ["Graphnet", "Orion Health", "Cerner"],
             "a shared care record that brings GP, hospital and social care information together", "records", "admin", "admin", "non-clinical", ["adults"], True),
    "econsult": (["eConsult", "online consultation (eConsult)", "eConsult online triage"], ["eConsult Health"],
                 "an online consultation and triage tool for general practice", "admin_sw", "admin", "primary", "both", ["primarycare"], True),
    "hcl": (["hybrid closed loop", "hybrid closed loop insulin delivery", "HCL (artificial pancreas)"], ["Medtronic", "Tandem Diabetes Care", "Ypsomed"],
            "insulin pumps that adjust delivery automatically using continuous glucose readings", "device", "t1d", "acute", "clinical", ["cyp", "adults"], False),
    "libre": (["FreeStyle Libre", "flash glucose monitoring", "Libre 2 flash glucose monitoring"], ["Abbott"],
              "flash glucose monitoring sensors", "device", "t1d", "primary", "clinical", ["adults", "cyp"], False),
    "eyeart": (["EyeArt", "automated retinal image analysis", "AI diabetic eye grading (EyeArt)"], ["Eyenuk"],
               "automated grading of diabetic retinopathy images", "ai_imaging", "dr", "acute", "clinical", ["diabetes_pts"], True),
    "oct": (["OCT in community optometry", "community OCT", "optical coherence tomography in optometry practices"], ["Topcon", "Heidelberg Engineering"],
            "retinal imaging in high-street optometry to reduce false-positive referrals", "device", "eyes", "primary", "clinical", ["older"], True),
    "crp": (["point-of-care CRP testing", "POC CRP", "CRP point of care testing"], ["Abbott", "Alere"],
            "a finger-prick test that helps decide whether antibiotics are needed", "ivd", "amr", "primary", "clinical", ["adults", "cyp"], False),
    "ally": (["acoustic monitoring", "Ally Cares acoustic monitoring", "night-time acoustic monitoring"], ["Ally Cares"],
             "acoustic sensors that alert night staff to residents needing help", "sensors", "falls", "carehome", "both", ["carehome"], True),
    "elemental": (["Elemental", "Elemental social prescribing platform", "digital social prescribing"], ["Elemental Software"],
                  "a platform for referring and tracking social prescribing", "admin_sw", "loneliness", "primary", "non-clinical", ["adults", "older"], True),
    "deepmed": (["Deep Medical", "AI DNA prediction", "AI-assisted appointment scheduling"], ["Deep Medical"],
                "predictive scheduling that identifies appointments likely to be missed", "ai_other", "outpatients", "admin", "non-clinical", ["adults"], True),
    "wound": (["Minuteful for Wound", "digital wound assessment", "Healthy.io wound app"], ["Healthy.io"],
              "smartphone-based wound measurement and documentation", "remote", "wounds", "community", "clinical", ["older", "adults"], True),
    "docobo": (["DOC@HOME", "Docobo DOC@HOME", "Docobo remote monitoring"], ["Docobo"],
               "a remote monitoring platform for long-term conditions", "remote", "copd", "community", "clinical", ["older", "adults"], True),
    "luscii": (["Luscii", "Luscii vitals", "Luscii remote monitoring"], ["Luscii"],
               "a remote monitoring app for patients at home", "remote", "hf", "community", "clinical", ["adults", "older"], True),
    "inhealth": (["Inhealthcare", "Inhealthcare digital health platform", "Inhealthcare remote monitoring"], ["Inhealthcare"],
                 "a digital health platform for remote monitoring pathways", "remote", "htn", "primary", "clinical", ["adults"], True),
    "paige": (["digital pathology with AI", "Paige Prostate", "AI-assisted digital pathology"], ["Paige", "Philips"],
              "digital pathology with AI support for prostate biopsies", "ai_imaging", "prostateca", "acute", "clinical", ["adults"], True),
    "mirada": (["AI auto-contouring", "DLCExpert auto-contouring", "AI contouring for radiotherapy"], ["Mirada Medical"],
               "deep-learning auto-contouring for radiotherapy planning", "ai_imaging", "lungca", "acute", "clinical", ["adults"], True),
}

# Sister products: same condition, different technology (used for 'sister_technology' pairs)
# built at runtime from PRODUCTS by condition.

# National programmes delivered locally.
# key: dict(forms, acronym, owner keys, co-owner, condition, tech area, site level, years (start, end), variants, about sentences)
NATIONAL_PROGRAMMES = {
    "escape": dict(forms=["ESCAPE-pain", "ESCAPE-pain programme", "Enabling Self-management and Coping with Arthritic Pain using Exercise (ESCAPE-pain)"],
                   owner="AHSNNET", co=["VA"], cond="msk", tech="pathway", level="site_community", years=(2017, 2021),
                   about=["ESCAPE-pain is a group rehabilitation programme combining education and exercise for people with chronic joint pain.",
                          "The programme was one of the AHSN Network's national adoption and spread programmes."]),
    "pincer": dict(forms=["PINCER", "PINCER programme", "PINCER (pharmacist-led IT intervention)"], owner="AHSNNET", co=["UNOTT"],
                   cond="meds", tech="pathway", level="site_primary", years=(2018, 2020),
                   about=["PINCER is a pharmacist-led IT intervention that searches GP records for hazardous prescribing.",
                          "PINCER was adopted as a national AHSN programme following a cluster randomised trial."]),
    "tcam": dict(forms=["Transfer of Care Around Medicines", "TCAM", "Transfer of Care Around Medicines (TCAM)"], owner="AHSNNET", co=[],
                 cond="meds", tech="records", level="site_acute", years=(2018, 2020),
                 about=["TCAM sends discharge medicines information electronically from hospital to the patient's community pharmacy.",
                        "Community pharmacists follow up patients after discharge to reduce medication-related readmissions."]),
    "elc": dict(forms=["Emergency Laparotomy Collaborative", "ELC", "Emergency Laparotomy Collaborative (ELC)"], owner="AHSNNET", co=[],
                cond="surgery", tech="pathway", level="site_acute", years=(2018, 2021),
                about=["The Emergency Laparotomy Collaborative spreads a care bundle for patients having emergency bowel surgery.",
                       "Hospitals use quality improvement methods to implement the bundle reliably."]),
    "precept": dict(forms=["PReCePT", "PReCePT programme", "Prevention of Cerebral Palsy in Pre-Term Labour (PReCePT)"], owner="AHSNNET", co=["NHSE"],
                    cond="preterm", tech="medicines", level="site_acute", years=(2018, 2022),
                    about=["PReCePT supports maternity units to give magnesium sulphate to women in preterm labour.",
                           "Magnesium sulphate reduces the risk of cerebral palsy in babies born before 30 weeks."]),
    "afdpp": dict(forms=["AF: Detect, Protect, Perfect", "AF programme", "Atrial Fibrillation programme"], owner="AHSNNET", co=["BHF"],
                  cond="af", tech="device", level="site_primary", years=(2019, 2022),
                  about=["The national AF programme distributed mobile ECG devices to help detect atrial fibrillation in primary care.",
                         "The programme also supports anticoagulation reviews for people with known AF."]),
    "focusadhd": dict(forms=["Focus ADHD", "Focus ADHD programme", "Focus ADHD (QbTest)"], owner="AHSNNET", co=[],
                      cond="adhd", tech="device", level="site_mh", years=(2020, 2022),
                      about=["Focus ADHD supports services to use objective testing (QbTest) in ADHD assessment.",
                             "Objective assessment can cut the number of appointments needed to reach a diagnosis."]),
    "freed": dict(forms=["FREED", "FREED early intervention", "First episode Rapid Early intervention for Eating Disorders (FREED)"], owner="AHSNNET", co=["TRUST:South London and Maudsley NHS Foundation Trust"],
                  cond="ed", tech="pathway", level="site_mh", years=(2020, 2023),
                  about=["FREED is an early intervention service model for 16-25 year olds with a recent-onset eating disorder.",
                         "It was developed at South London and Maudsley and spread as a national programme."]),
    "lipids": dict(forms=["Lipid Management and FH programme", "lipid optimisation programme", "Lipids and FH"], owner="AHSNNET", co=["AAC"],
                   cond="lipids", tech="medicines", level="site_primary", years=(2021, 2024),
                   about=["The programme supports primary care to find and treat people with high cholesterol and familial hypercholesterolaemia.",
                          "It is part of the Accelerated Access Collaborative's work on cardiovascular disease."]),
    "polypharmacy": dict(forms=["Polypharmacy programme", "Polypharmacy: Getting the Balance Right", "polypharmacy"], owner="AHSNNET", co=["NHSE"],
                         cond="meds", tech="medicines", level="site_primary", years=(2021, 2024),
                         about=["The programme helps systems identify and review people taking many medicines.",
                                "It combines population health data, training and action learning sets."]),
    "rup": dict(forms=["Rapid Uptake Products programme", "RUP programme", "Rapid Uptake Products (RUP)"], owner="AAC", co=["AHSNNET"],
                cond=None, tech=None, level="site_icb", years=(2019, 2023), variant_products=["feno", "heartflow", "securacath", "urolift", "plgf", "endocuff", "kardia"],
                about=["The Rapid Uptake Products programme, run by the Accelerated Access Collaborative, supports the spread of products with strong evidence.",
                       "Products are selected for their potential to improve outcomes and save money but low uptake."]),
    "inhip": dict(forms=["Innovation for Healthcare Inequalities Programme", "InHIP", "Innovation for Healthcare Inequalities Programme (InHIP)"],
                  owner="AAC", co=["AHSNNET"], cond=None, tech="pathway", level="site_icb", years=(2022, 2024),
                  variant_conditions=["cvdprev", "asthma", "copd", "htn", "ckd", "lipids", "cypmh"],
                  about=["InHIP supports ICSs to tackle inequalities in access to proven innovations for Core20PLUS5 groups.",
                         "Each system chooses an innovation and a population where uptake is lowest."]),
    "bpathome": dict(forms=["BP@home", "BP@home programme", "Blood pressure @home"], owner="NHSE", co=["AHSNNET"],
                     cond="htn", tech="remote", level="site_primary", years=(2020, 2023),
                     about=["BP@home distributed blood pressure monitors so that people with hypertension could monitor at home.",
                            "Readings are shared with the practice and reviewed remotely."]),
    "oxim": dict(forms=["COVID Oximetry @home", "CO@h", "Oximetry@home"], owner="NHSE", co=["AHSNNET"],
                 cond="covid", tech="remote", level="site_icb", years=(2020, 2022),
                 about=["COVID Oximetry @home gave pulse oximeters to people with COVID-19 at higher risk of deterioration.",
                        "Patients record their oxygen saturation and are escalated if readings fall."]),
    "virtualwards": dict(forms=["Virtual wards", "virtual ward programme", "Hospital at Home / virtual wards"], owner="NHSE", co=[],
                         cond=None, tech="remote", level="site_icb", years=(2022, 2025), variant_conditions=["frailty", "copd", "hf"],
                         about=["Virtual wards allow patients to get hospital-level care at home, safely and in familiar surroundings.",
                                "NHS England set a national ambition for virtual ward capacity by December 2023."]),
    "dwmp": dict(forms=["NHS Digital Weight Management Programme", "Digital Weight Management Programme", "DWMP"], owner="NHSE", co=[],
                 cond="obesity", tech="dtx", level="site_primary", years=(2021, 2025),
                 about=["The NHS Digital Weight Management Programme offers 12-week online support to adults with obesity and diabetes or hypertension.",
                        "GP practices and community pharmacies can refer eligible patients."]),
    "ndpp": dict(forms=["NHS Diabetes Prevention Programme", "Healthier You NDPP", "NHS DPP"], owner="NHSE", co=["PHE", "DUK"],
                 cond="t2d", tech="pathway", level="site_icb", years=(2016, 2025),
                 about=["The Healthier You NHS Diabetes Prevention Programme identifies people with non-diabetic hyperglycaemia and refers them to behaviour change support.",
                        "A digital route was added alongside face-to-face group sessions."]),
    "tlhc": dict(forms=["Targeted Lung Health Check programme", "TLHC", "Targeted Lung Health Checks"], owner="NHSE", co=[],
                 cond="lungca", tech="pathway", level="site_place", years=(2019, 2025), waves=True,
                 about=["The Targeted Lung Health Check programme invites people aged 55-74 with a history of smoking for a lung health check.",
                        "Those at high risk are offered a low-dose CT scan, often in a mobile unit in a supermarket car park."]),
    "cdc": dict(forms=["Community Diagnostic Centre", "CDC", "community diagnostic centres"], owner="NHSE", co=["DHSC"],
                cond="diagnostics", tech="pathway", level="site_place", years=(2021, 2025),
                about=["Community diagnostic centres provide checks, scans and tests closer to home.",
                       "The programme follows the Richards review of diagnostic services."]),
    "rdc": dict(forms=["Rapid Diagnostic Centre", "RDC (non-specific symptoms pathway)", "non-specific symptoms pathway"], owner="NHSE", co=[],
                cond="cancer_general", tech="pathway", level="site_alliance", years=(2019, 2024),
                about=["Rapid diagnostic centres offer a single route to diagnosis for people with non-specific symptoms that could be cancer.",
                       "The model was piloted through the ACE programme with Cancer Research UK."]),
    "cytopilot": dict(forms=["Cytosponge pilot", "capsule sponge pilot", "Cytosponge in Barrett's surveillance"], owner="NHSE", co=["CRUK"],
                      cond="oesca", tech="ivd", level="site_alliance", years=(2020, 2023),
                      about=["The pilot uses the capsule sponge test instead of endoscopy for people on Barrett's oesophagus surveillance.",
                             "It was accelerated during COVID-19 to free endoscopy capacity."]),
    "ccepilot": dict(forms=["Colon capsule endoscopy pilot", "CCE pilot", "colon capsule endoscopy (CCE) programme"], owner="NHSE", co=[],
                     cond="bowelca", tech="device", level="site_alliance", years=(2021, 2024),
                     about=["The national pilot offers colon capsule endoscopy to people referred with suspected bowel cancer.",
                            "It aims to reduce demand on colonoscopy services."]),
    "teledermca": dict(forms=["Teledermatology for suspected skin cancer", "teledermatology pathway", "skin cancer teledermatology"], owner="NHSE", co=[],
                       cond="skinca", tech="pathway", level="site_alliance", years=(2021, 2024),
                       about=["Dermoscopic images taken in primary care or community hubs are reviewed remotely by dermatologists.",
                              "Patients who do not need a face-to-face appointment can be discharged or routed to the right clinic."]),
    "rightcare": dict(forms=["NHS RightCare", "RightCare pathway", "RightCare"], owner="RIGHTCARE", co=["NHSE"], cond=None, tech="pathway", level="site_icb",
                      years=(2017, 2022), variant_conditions=["copd", "hf", "cvdprev", "t2d", "frailty", "stroke", "msk"],
                      about=["NHS RightCare uses data on variation to help systems improve pathways of care.",
                             "Its condition-specific toolkits set out what good looks like for a pathway."]),
    "girft": dict(forms=["Getting It Right First Time", "GIRFT", "GIRFT programme"], owner="GIRFT", co=["NHSE"], cond=None, tech="pathway", level="site_region",
                  years=(2017, 2024), variant_conditions=["msk", "surgery", "eyes", "stroke", "maternity", "bph"],
                  about=["GIRFT uses data from Hospital Episode Statistics and clinical registries to highlight unwarranted variation.",
                         "Clinically led reviews visit each trust and agree actions with local teams."]),
    "natsip": dict(forms=["National Patient Safety Improvement Programme", "NatPatSIP", "National Patient Safety Improvement Programme (NatPatSIP)"],
                   owner="NHSE", co=["AHSNNET"], cond=None, tech="pathway", level="site_ahsn", years=(2019, 2024),
                   variant_conditions=["deterioration", "maternity", "meds"],
                   about=["The National Patient Safety Improvement Programme is delivered through the 15 Patient Safety Collaboratives hosted by AHSNs.",
                          "Workstreams use improvement methods to spread proven safety interventions."]),
    "scan4safety": dict(forms=["Scan4Safety", "Scan4Safety programme", "Scan 4 Safety"], owner="DHSC", co=["NHSE"], cond="admin", tech="admin_sw",
                        level="site_acute", years=(2016, 2019),
                        about=["Scan4Safety uses GS1 barcodes to track patients, products and places across the hospital.",
                               "Demonstrator sites showed savings in inventory and improved traceability of implants."]),
    "dpp": dict(forms=["Digital Productivity Programme", "NHSX Digital Productivity Programme", "Digital Productivity"], owner="NHSX", co=["NHSEI"],
                cond="admin", tech="admin_sw", level="site_acute", years=(2020, 2022),
                about=["The Digital Productivity Programme funds technology that frees staff time in clinical and non-clinical work.",
                       "It was one of only three national programmes with an explicit productivity focus."]),
    "digitalfirst": dict(forms=["Digital First Primary Care", "digital first primary care programme", "DFPC"], owner="NHSEI", co=[], cond="admin", tech="video",
                         level="site_icb", years=(2019, 2022),
                         about=["The programme supports general practice to offer online and video consultations.",
                                "The Improvement Analytics Unit evaluated digital first primary care."]),
    "vanguard": dict(forms=["New care models vanguard", "Vanguard (new care models)", "vanguard site"], owner="NHSE", co=[], cond="integrated", tech="pathway",
                     level="site_place", years=(2015, 2018), variant_models=["Multispecialty Community Provider (MCP)", "Primary and Acute Care System (PACS)",
                                                                             "Enhanced Health in Care Homes", "Urgent and Emergency Care network", "Acute Care Collaboration"],
                     about=["Vanguards tested the new care models set out in the Five Year Forward View.",
                            "Each vanguard received transformation funding and support from a national team."]),
}

# A local delivery of these national programmes IS an adoption of these products at that site
NATPROG_PRODUCTS = {"focusadhd": ["qbtest"], "afdpp": ["kardia"], "virtualwards": ["doccla", "huma", "luscii", "docobo"],
                    "cytopilot": ["cytosponge"], "ccepilot": ["cce"], "teledermca": ["derm"], "dwmp": ["oviva", "secondnature"],
                    "ndpp": ["liva", "oviva"], "digitalfirst": ["econsult", "accurx", "attend"], "bpathome": ["inhealth"],
                    "oxim": ["huma", "docobo"]}

# Competitive national/regional schemes with rounds and themes.
# key: dict(forms, acr, funder, manager, rounds [(label forms, year)], themes (condition keys or tech strings), per-round budget (lo, hi), award sizes, instrument, activities, recipients)
def _rounds(prefix_forms, first_year, n, start_index=1, step=1):
    out = []
    for i in range(n):
        k = start_index + i
        y = first_year + (i * step)
        out.append(([f.format(n=k, y=y, y1=(y + 1) % 100) for f in prefix_forms], y, k))
    return out

SCHEMES = {
    "sbri": dict(forms=["SBRI Healthcare", "Small Business Research Initiative (SBRI) Healthcare", "SBRI Healthcare programme", "SBRI"],
                 funder="NHSE", manager="AHSNNET", rounds=_rounds(["Competition {n}", "Comp {n}", "competition {n}", "round {n}"], 2009, 25, 1, 0.6),
                 themes=["cancer_general", "cypmh", "frailty", "meds", "outpatients", "t2d", "copd", "maternity", "workforce", "af", "cmh", "amr", "dementia", "obesity", "wounds", "admin"],
                 budget=(2_000_000, 10_000_000), award=((50_000, 100_000), (500_000, 1_000_000)), instrument="procurement-for-rnd-and-innovation",
                 acts=["funding", "procurement-and-commissioning"], recipients="innovators", phases=True, focus="clinical",
                 about=["SBRI Healthcare funds innovative companies through competitions built around unmet NHS needs.",
                        "Phase 1 contracts test feasibility; Phase 2 contracts develop and evaluate prototypes.",
                        "The programme brings together business, health, technology and government partners."]),
    "i4i": dict(forms=["NIHR Invention for Innovation", "i4i", "NIHR i4i", "Invention for Innovation (i4i)"], funder="NIHR", manager="NIHR",
                rounds=_rounds(["Product Development Awards call {n}", "PDA call {n}", "i4i PDA {n}"], 2013, 14, 9, 0.75),
                themes=["stroke", "cmh", "dementia", "bowelca", "t1d", "hf", "copd", "wounds", "eyes", "amr", "maternity", "msk", "ckd"],
                budget=(5_000_000, 20_000_000), award=((300_000, 700_000), (800_000, 1_500_000)), instrument="grants-for-business-rnd-and-innovation",
                acts=["funding", "evaluation-and-evidence"], recipients="innovators", phases=True, focus="clinical",
                about=["The i4i programme funds translational research on medical devices, diagnostics and digital health technologies.",
                       "Awards go to SMEs and NHS or academic partnerships with a clear path to patient benefit."]),
    "i4ichallenge": dict(forms=["NIHR i4i Challenge Awards", "i4i Challenge", "Invention for Innovation Challenge Awards"], funder="NIHR", manager="NIHR",
                         rounds=_rounds(["Challenge call {n}", "Challenge Awards round {n}", "call {n}"], 2014, 9, 1, 1),
                         themes=["cmh", "cancer_general", "cvdprev", "amr", "frailty", "cypmh", "longcovid"],
                         budget=(3_000_000, 12_000_000), award=((500_000, 1_000_000), (1_000_000, 2_000_000)), instrument="challenges-prizes-and-awards",
                         acts=["funding"], recipients="innovators", phases=False, focus="clinical",
                         about=["Challenge Awards fund themed collaborative projects to develop technologies that address a defined area of unmet need."]),
    "aiaward": dict(forms=["AI in Health and Care Award", "Artificial Intelligence in Health and Care Award", "AI Award", "NHS AI Award"], funder="NHSX", manager="AAC",
                    rounds=[(["Round 1", "R1", "round one"], 2020, 1), (["Round 2", "R2", "round two"], 2021, 2), (["Round 3", "R3", "round three"], 2022, 3)],
                    themes=["stroke", "breastca", "lungca", "skinca", "hf", "dr", "prostateca", "outpatients", "deterioration", "eyes"],
                    budget=(20_000_000, 40_000_000), award=((100_000, 500_000), (1_000_000, 5_000_000)), instrument="grants-for-business-rnd-and-innovation",
                    acts=["funding", "evaluation-and-evidence"], recipients="innovators", phases=True, focus="clinical",
                    about=["The AI Award supports AI technologies at different stages of development, from feasibility to real-world evaluation and deployment.",
                           "Phase 4 awards fund NHS sites to deploy technologies under independent evaluation."]),
    "bmc": dict(forms=["Biomedical Catalyst", "Innovate UK Biomedical Catalyst", "BMC", "Biomedical Catalyst competition"], funder="IUK", manager="IUK",
                rounds=_rounds(["{y} round", "{y}", "round {n}"], 2014, 10, 1, 1),
                themes=["Feasibility", "Primer", "Industry-led R&D", "Late-stage"],
                budget=(10_000_000, 30_000_000), award=((150_000, 300_000), (1_000_000, 4_000_000)), instrument="grants-for-business-rnd-and-innovation",
                acts=["funding"], recipients="innovators", phases=True, focus="clinical", theme_kind="strand",
                about=["The Biomedical Catalyst supports UK SMEs to develop innovative healthcare products, services and technologies.",
                       "Grants cover feasibility studies through to late-stage development."]),
    "dhtc": dict(forms=["Digital Health Technology Catalyst", "DHTC", "Digital Health Technology Catalyst (DHTC)"], funder="IUK", manager="UKRI",
                 rounds=_rounds(["round {n}", "Round {n}", "R{n}"], 2016, 4, 1, 1),
                 themes=["cmh", "t2d", "copd", "frailty", "admin", "cancer_general", "dementia"],
                 budget=(5_000_000, 12_000_000), award=((100_000, 300_000), (500_000, 1_500_000)), instrument="grants-for-business-rnd-and-innovation",
                 acts=["funding"], recipients="innovators", phases=False, focus="both",
                 about=["The £35m Digital Health Technology Catalyst match-funds development of digital technologies for use by patients and the NHS.",
                        "It helps SMEs establish the evidence needed to get products into the NHS."]),
    "ptf": dict(forms=["Pathway Transformation Fund", "PTF", "AAC Pathway Transformation Fund"], funder="AAC", manager="AHSNNET",
                rounds=[(["2018/19", "2018-19", "round 1"], 2018, 1), (["2019/20", "2019-20", "round 2"], 2019, 2)],
                themes=["product:heartflow", "product:securacath", "product:urolift", "product:endocuff", "product:plgf", "product:feno", "product:hstrop"],
                budget=(2_000_000, 4_000_000), award=((40_000, 150_000), (150_000, 300_000)), instrument="grants-for-business-rnd-and-innovation",
                acts=["funding", "procurement-and-commissioning"], recipients="adopters", phases=False, focus="clinical",
                about=["The £6m Pathway Transformation Fund helps NHS organisations integrate innovations into everyday practice.",
                       "Funding covers practical obstacles such as training on equipment use and staff backfill."]),
    "itp": dict(forms=["Innovation and Technology Payment", "ITP", "Innovation & Technology Payment (ITP)"], funder="NHSE", manager="AHSNNET",
                rounds=[(["2017/18", "2017-18", "ITT 2017/18"], 2017, 1), (["2018/19", "2018-19"], 2018, 2), (["2019/20", "2019-20"], 2019, 3), (["2020/21", "2020-21"], 2020, 4)],
                themes=["product:urolift", "product:securacath", "product:endocuff", "product:heartflow", "product:gammacore", "product:plgf", "product:mycopd", "product:sleepio", "product:hstrop"],
                budget=(1_000_000, 8_000_000), award=None, instrument="procurement-for-rnd-and-innovation",
                acts=["funding", "procurement-and-commissioning"], recipients="adopters", phases=False, focus="clinical",
                about=["The ITP removes financial and procurement barriers to the uptake of selected innovations in the NHS in England.",
                       "Products are bought centrally or funded by NHS England so that providers face no extra cost.",
                       "It succeeded the Innovation and Technology Tariff (ITT)."]),
    "mtfm": dict(forms=["MedTech Funding Mandate", "MTFM", "MedTech Funding Mandate policy"], funder="NHSE", manager="AAC",
                 rounds=[(["2021/22", "2021-22"], 2021, 1), (["2022/23", "2022-23"], 2022, 2), (["2023/24", "2023-24"], 2023, 3), (["2024/25", "2024-25"], 2024, 4)],
                 themes=["product:heartflow", "product:plgf", "product:securacath", "product:urolift", "product:gammacore", "product:zio", "product:hstrop"],
                 budget=(1_000_000, 6_000_000), award=None, instrument="procurement-for-rnd-and-innovation",
                 acts=["procurement-and-commissioning", "funding"], recipients="adopters", phases=False, focus="clinical",
                 about=["The MedTech Funding Mandate requires commissioners to fund selected NICE-recommended technologies that are cost-saving within three years.",
                        "It was announced in the NHS Long Term Plan."]),
    "ifi": dict(forms=["Innovating for Improvement", "Health Foundation Innovating for Improvement", "IfI"], funder="THF", manager="THF",
                rounds=_rounds(["round {n}", "Round {n}", "wave {n}"], 2013, 7, 1, 1),
                themes=["frailty", "cmh", "outpatients", "meds", "dementia", "maternity", "loneliness", "deterioration", "admin"],
                budget=(1_500_000, 3_000_000), award=((50_000, 75_000), (75_000, 100_000)), instrument="grants-for-business-rnd-and-innovation",
                acts=["funding", "evaluation-and-evidence"], recipients="adopters", phases=False, focus="both",
                about=["Innovating for Improvement funds NHS teams to test and develop innovative ideas that improve care.",
                       "Projects run for about 15 months with support from the Health Foundation."]),
    "qexchange": dict(forms=["Q Exchange", "Q Exchange funding programme", "QExchange"], funder="THF", manager="QCOMM",
                      rounds=_rounds(["{y}", "{y} round", "round {n}"], 2018, 6, 1, 1),
                      themes=["loneliness", "cmh", "frailty", "admin", "outpatients", "workforce", "deprived:cvdprev"],
                      budget=(400_000, 900_000), award=((20_000, 30_000), (30_000, 40_000)), instrument="grants-for-business-rnd-and-innovation",
                      acts=["funding", "networking-and-brokerage"], recipients="adopters", phases=False, focus="both",
                      about=["Q Exchange invites Q members to share ideas for improvement projects and vote on which should be funded."]),
    "nipp": dict(forms=["NHS Insights Prioritisation Programme", "NIPP", "AAC Insights Prioritisation Programme"], funder="AAC", manager="AHSNNET",
                 rounds=[(["wave 1", "Wave 1", "2021"], 2021, 1), (["wave 2", "Wave 2", "2022"], 2022, 2)],
                 themes=["cypmh", "outpatients", "cmh", "hf", "frailty", "admin"],
                 budget=(2_000_000, 4_000_000), award=((80_000, 200_000), (200_000, 300_000)), instrument="policy-intelligence",
                 acts=["evaluation-and-evidence"], recipients="adopters", phases=False, focus="both",
                 about=["NIPP funds real-world evaluation of innovations already deployed in the NHS to generate the evidence commissioners need."]),
    "hac": dict(forms=["Healthy Ageing Challenge", "UKRI Healthy Ageing Challenge", "ISCF Healthy Ageing"], funder="UKRI", manager="IUK",
                rounds=_rounds(["{y} competition", "round {n}", "{y}"], 2019, 4, 1, 1),
                themes=["frailty", "falls", "loneliness", "dementia", "msk"],
                budget=(5_000_000, 20_000_000), award=((50_000, 250_000), (500_000, 2_000_000)), instrument="grants-for-business-rnd-and-innovation",
                acts=["funding"], recipients="innovators", phases=True, focus="both",
                about=["The Healthy Ageing Challenge supports businesses to develop products and services that help people age well.",
                       "It is funded through the Industrial Strategy Challenge Fund."]),
    "edif": dict(forms=["Early Diagnosis Innovation Fund", "Cancer early diagnosis innovation fund", "EDIF"], funder="NHSE", manager="NHSE",
                 rounds=_rounds(["{y}/{y1:02d}", "{y}-{y1:02d}", "round {n}"], 2019, 5, 1, 1),
                 themes=["lungca", "bowelca", "skinca", "oesca", "breastca", "prostateca", "cancer_general"],
                 budget=(3_000_000, 9_000_000), award=((100_000, 400_000), (400_000, 800_000)), instrument="grants-for-business-rnd-and-innovation",
                 acts=["funding"], recipients="adopters", phases=False, focus="clinical",
                 about=["The fund supports cancer alliances to test new ways of diagnosing cancer earlier."]),
    "utf": dict(forms=["Unified Tech Fund", "UTF", "NHS Unified Tech Fund"], funder="NHSTD", manager="NHSTD",
                rounds=[(["2022/23", "2022-23"], 2022, 1), (["2023/24", "2023-24"], 2023, 2)],
                themes=["Digital diagnostics", "Frontline digitisation", "Digital social care", "Cyber security", "Diagnostic imaging networks"],
                budget=(50_000_000, 250_000_000), award=((200_000, 1_000_000), (1_000_000, 5_000_000)), instrument=None,
                acts=["funding", "infrastructure"], recipients="adopters", phases=False, focus="both", theme_kind="strand",
                about=["The Unified Tech Fund brought several national digital funding streams into a single application process for ICSs."]),
}
# Local and regional funds (owner is a regional body).  region_axis: the same fund run by different regions.
LOCAL_FUNDS = {
    "dragon": dict(forms=["Dragon's Den", "Dragons' Den innovation competition", "Dragon's Den-style competition"], owners=["AHSN:UCLP", "AHSN:HIM", "AHSN:IA", "AHSN:EAST", "AHSN:KSS"],
                   years=(2015, 2023), award=(5_000, 50_000), about=["Staff pitch ideas to a panel and the best receive seed funding and support."]),
    "smallgrants": dict(forms=["Innovation small grants", "Small grants scheme", "Innovation Fund small grants"], owners=["AHSN:OX", "AHSN:WX", "AHSN:WE", "AHSN:EM", "AHSN:YH", "AHSN:NENC", "AHSN:SW", "AHSN:WM"],
                        years=(2015, 2024), award=(5_000, 30_000), about=["Small grants help NHS teams test an innovation before seeking larger funding."]),
    "innovpot": dict(forms=["innovation pot", "ring-fenced innovation fund", "Innovation Fund"], owners=["CCG"],
                     years=(2016, 2022), award=(10_000, 80_000), about=["A small ring-fenced pot of commissioning money set aside to pilot new approaches."]),
}

# Skills / fellowship cohorts. key: forms, owner, first year, n cohorts, strands, about
COHORTS = {
    "cep": dict(forms=["Clinical Entrepreneur Programme", "NHS Clinical Entrepreneur Training Programme", "CEP", "Clinical Entrepreneurs Training Programme"],
                owner="NHSE", partners=["HEE"], first=2016, n=8,
                strands=["medical", "nursing and midwifery", "pharmacy", "allied health professions", "dental", "healthcare science"],
                cost=(1_000_000, 3_000_000),
                about=["The programme offers opportunities for healthcare professionals to develop their entrepreneurial goals.",
                       "Entrepreneurs receive mentoring, workshops and access to investors without leaving clinical practice."]),
    "nia": dict(forms=["NHS Innovation Accelerator", "NIA", "NHS Innovation Accelerator (NIA)"], owner="AHSNNET", partners=["NHSE", "AHSN:UCLP"], first=2015, n=10,
                strands=None, cost=(1_000_000, 2_500_000),
                about=["The NIA supports exceptional individuals to scale evidence-based innovations across the NHS.",
                       "Fellows receive bespoke mentoring, peer support and a bursary."]),
    "topol": dict(forms=["Topol Digital Fellowship", "Topol Digital Fellowships", "HEE Topol Digital Fellowship"], owner="HEE", partners=["NHSX"], first=2019, n=5,
                  strands=["clinical", "non-clinical", "primary care"], cost=(500_000, 1_500_000),
                  about=["Topol Digital Fellowships give health and care professionals time and training to lead digital transformation projects."]),
    "nhsda": dict(forms=["NHS Digital Academy", "Digital Health Leadership Programme", "NHS Digital Academy DHLP"], owner="NHSX", partners=["ICL", "UOM", "HEE"], first=2018, n=6,
                  strands=None, cost=(2_000_000, 5_000_000),
                  about=["The Digital Health Leadership Programme is a year-long postgraduate diploma for chief information officers and chief clinical information officers."]),
    "ahsnfellows": dict(forms=["Innovation Fellowship", "innovation fellows programme", "Innovation Fellows"], owner="AHSN", partners=[], first=2016, n=8,
                        strands=None, cost=(100_000, 400_000), regional=True,
                        about=["The fellowship builds skills in improvement, evaluation and spread among local clinicians and managers."]),
    "arcfellows": dict(forms=["ARC implementation fellowship", "NIHR ARC Implementation Fellowship", "Implementation Fellowship"], owner="ARC", partners=["NIHR"], first=2020, n=4,
                       strands=None, cost=(150_000, 600_000), regional=True,
                       about=["Implementation fellows spend protected time applying research evidence in local services."]),
    "flagship": dict(forms=["National Clinical Fellowship", "Flagship Clinical Fellowship", "Chief Registrar / clinical fellowship"], owner="HEE", partners=["NHSE"], first=2017, n=6,
                     strands=["medical", "nursing", "pharmacy", "allied health professions"], cost=(500_000, 2_000_000),
                     about=["Clinical fellows spend a year in a national or regional organisation developing leadership and improvement skills."]),
}

# Regional infrastructure programmes with successor relations
ARC_REGIONS = ["East of England", "East Midlands", "Greater Manchester", "Kent, Surrey and Sussex", "North East and North Cumbria",
               "North Thames", "North West Coast", "North West London", "Oxford and Thames Valley", "South London",
               "South West Peninsula", "Wessex", "West", "West Midlands", "Yorkshire and Humber"]
ARC_AHSN = {"East of England": "EAST", "East Midlands": "EM", "Greater Manchester": "HIM", "Kent, Surrey and Sussex": "KSS",
            "North East and North Cumbria": "NENC", "North Thames": "UCLP", "North West Coast": "IA", "North West London": "ICHP",
            "Oxford and Thames Valley": "OX", "South London": "HIN", "South West Peninsula": "SW", "Wessex": "WX", "West": "WE",
            "West Midlands": "WM", "Yorkshire and Humber": "YH"}
ARC_HOST = {"East of England": "UCAM", "East Midlands": "UNOTT", "Greater Manchester": "UOM", "Kent, Surrey and Sussex": "",
            "North East and North Cumbria": "NCLU", "North Thames": "UCL", "North West Coast": "ULANC", "North West London": "ICL",
            "Oxford and Thames Valley": "UOX", "South London": "KCL", "South West Peninsula": "UEXE", "Wessex": "USOTON", "West": "UBRI",
            "West Midlands": "UWAR", "Yorkshire and Humber": "USHEF"}

BRC_HOSTS = ["Oxford", "Cambridge", "Manchester", "Newcastle", "Leeds", "Birmingham", "Imperial", "UCLH", "Guy's and St Thomas'",
             "Maudsley", "Nottingham", "Exeter", "Sheffield", "Southampton", "Bristol", "Leicester", "Great Ormond Street", "Moorfields",
             "Royal Marsden", "Barts"]

MIC_THEMES = ["brain injury", "children and young people", "colorectal therapies", "devices for dignity", "surgical technologies",
              "cardiovascular", "trauma management", "mental health", "community healthcare", "in vitro diagnostics", "diabetes",
              "respiratory", "musculoskeletal"]

TESTBED_THEMES = [("dementia", "dementia"), ("diabetes", "t2d"), ("frailty", "frailty"), ("mental health", "cmh"), ("COPD", "copd"),
                  ("care homes", "deterioration"), ("heart failure", "hf"), ("MSK", "msk"), ("falls", "falls")]

GDE_PROGS = {
    "gde": (["Global Digital Exemplar", "GDE", "Global Digital Exemplar (acute)"], 2016, "acute"),
    "mhde": (["Mental Health Global Digital Exemplar", "MH GDE", "Mental Health Digital Exemplar"], 2017, "mh"),
    "ff": (["GDE Fast Follower", "Fast Follower", "Fast Follower (GDE)"], 2018, "any"),
    "aspirant": (["Digital Aspirant", "Digital Aspirant programme", "Digital Aspirants"], 2021, "any"),
}

LHCRE = [("One London", ["NCL", "NEL", "NWL", "SEL", "SWL"], 1), ("Greater Manchester Care Record", ["GM"], 1),
         ("Wessex Care Records", ["HIW", "DOR"], 1), ("Yorkshire & Humber Care Record", ["WY", "SY", "HNY"], 1),
         ("Healthier Together (Lancashire and South Cumbria)", ["LSC"], 1),
         ("Thames Valley and Surrey Care Records", ["BOB", "SH", "FRI"], 2), ("Great North Care Record", ["NENC"], 2)]

GMSAS = [("North West", "North West GMSA"), ("North East and Yorkshire", "North East and Yorkshire GMSA"),
         ("Midlands", "Central and South GMSA"), ("East of England", "East GMSA"), ("London", "North Thames GMSA"),
         ("South East", "South East GMSA"), ("South West", "South West GMSA")]

# Comparators: same policy idea in different countries.  topic -> list of (country, name forms, owner key, year, about)
COMPARATORS = {
    "accelerated_access": [
        ("England", ["Accelerated Access Pathway", "AAP", "Accelerated Access Pathway (breakthrough designation)"], "OLS", 2018,
         "Streamlines regulatory and market access decisions for a handful of transformative products each year, with bespoke case management."),
        ("Scotland", ["Accelerated National Innovation Adoption pathway", "ANIA pathway", "ANIA"], "SCOTGOV", 2022,
         "Fast-tracks the national adoption of proven technologies across NHS Scotland boards."),
        ("Germany", ["DiGA Fast-Track", "Digital Health Applications (DiGA) fast-track", "DiGA directory fast track"], "BFARM", 2020,
         "Digital health applications can be prescribed and reimbursed while evidence of positive care effects is gathered."),
        ("France", ["PECAN early coverage for digital medical devices", "PECAN", "prise en charge anticipee numerique"], "FRMIN", 2023,
         "Provides temporary reimbursement for digital therapeutics and telemonitoring while clinical evidence is completed."),
        ("United States", ["Breakthrough Devices Program", "FDA Breakthrough Devices Program"], "FDA", 2018,
         "Offers prioritised review and interaction with FDA experts for devices treating life-threatening conditions."),
    ],
    "digital_strategy": [
        ("England", ["Data saves lives", "Data saves lives strategy", "Data Saves Lives"], "DHSC", 2022,
         "Sets out how data will be used to improve health and care, including secure data environments."),
        ("Scotland", ["Scotland's Digital Health & Care Strategy", "Digital Health and Care Strategy (Scotland)"], "SCOTGOV", 2018,
         "Sets the direction for digital health and care in Scotland, including a national digital platform."),
        ("Northern Ireland", ["eHealth and Care Strategy for Northern Ireland", "NI eHealth and Care Strategy"], "DOHNI", 2016,
         "Sets out how technology will support health and social care in Northern Ireland."),
        ("Wales", ["Digital Health and Care Wales strategy", "Informed Health and Care (Wales)"], "WALESGOV", 2015,
         "National digital strategy for health and social care in Wales."),
    ],
    "health_wealth": [
        ("England", ["Innovation, Health and Wealth", "IHW", "Innovation Health and Wealth: accelerating adoption and diffusion"], "DHSC", 2011,
         "Set out the Department of Health's delivery agenda for spreading innovation throughout the NHS in England."),
        ("Scotland", ["Health and Wealth in Scotland", "Innovation in Health and Wealth (Scotland)"], "SCOTGOV", 2012,
         "Framework for health innovation and economic growth in Scotland."),
    ],
    "system_plan": [
        ("England", ["Five Year Forward View", "5YFV", "NHS Five Year Forward View"], "NHSE", 2014,
         "Set out new models of care and a commitment to prevention, developed by the national NHS bodies."),
        ("Northern Ireland", ["Health and Wellbeing 2026: Delivering Together", "Delivering Together 2026"], "DOHNI", 2016,
         "Ten-year plan for transforming health and social care, following the Bengoa report."),
        ("Wales", ["A Healthier Wales", "A Healthier Wales: our plan for health and social care"], "WALESGOV", 2018,
         "Long-term plan following the parliamentary review 'A Revolution from Within'."),
        ("Scotland", ["Realistic Medicine", "Realistic Medicine approach"], "SCOTGOV", 2016,
         "Introduced by the Chief Medical Officer for Scotland to put shared decision making at the centre of care."),
    ],
    "accelerator": [
        ("England", ["MedTech Accelerator", "Eastern MedTech Accelerator"], "HEEAST", 2017,
         "Offers proof-of-concept funding to progress medical technology and software innovations."),
        ("Wales", ["ACCELERATE", "Welsh Health Innovation and Technology Accelerator (ACCELERATE)"], "ACCEL", 2018,
         "Joins Life Sciences Hub Wales, universities and industry to translate ideas into innovations."),
        ("Scotland", ["InnoScot Health innovation support", "InnoScot Health"], "INNOSCOT", 2013,
         "Helps NHS Scotland staff develop and commercialise their ideas."),
    ],
    "academic_partnership": [
        ("England", ["Academic Health Science Centres", "AHSCs", "AHSC designation"], "NIHR", 2014,
         "Partnerships between universities and NHS providers focused on research, education and patient care."),
        ("Scotland", ["Academic Health Science Centres (Scotland)", "Scottish AHSCs"], "SCOTGOV", 2018,
         "Connect academic and NHS Scotland organisations."),
        ("Wales", ["South East Wales Academic Health Science Partnership", "SEWAHSP"], "SEWAHSP", 2012,
         "Connects researchers, industry, health professionals, patient groups and policymakers in South East Wales."),
    ],
    "sbri_like": [
        ("Scotland", ["CivTech", "CivTech Scotland challenge programme"], "CIVTECH", 2016,
         "Public sector challenges answered by companies through an accelerator."),
        ("Northern Ireland", ["SBRI Northern Ireland", "SBRI NI"], "INVNI", 2014,
         "Small Business Research Initiative competitions for Northern Ireland public bodies."),
    ],
    "video_consult": [
        ("England", ["NHS video consultation rollout", "Video consultations rollout (Attend Anywhere)"], "NHSEI", 2020,
         "National licence so that trusts could offer video consultations during COVID-19."),
        ("Scotland", ["Near Me", "Near Me video consulting"], "SCOTGOV", 2020,
         "National video consulting service across NHS Scotland."),
        ("Wales", ["Video Consulting Service", "TEC Cymru video consulting"], "TECCYMRU", 2020,
         "All-Wales video consulting service."),
    ],
    "device_hta": [
        ("England", ["NICE Medical Technologies Evaluation Programme", "MTEP", "NICE MTEP"], "NICE", 2010,
         "Evaluates medical technologies and issues medical technologies guidance."),
        ("Scotland", ["Scottish Health Technologies Group", "SHTG advice"], "SHTG", 2011,
         "Gives advice on health technologies to NHS Scotland."),
        ("Wales", ["Health Technology Wales", "HTW appraisals"], "HTW", 2017,
         "National body appraising non-medicine health technologies for Wales."),
        ("Netherlands", ["Zorginstituut package advice on medical devices", "Dutch conditional reimbursement"], "ZIN", 2012,
         "Advises on inclusion of care in the basic insurance package."),
    ],
    "innovation_fellows": [
        ("Scotland", ["Scottish Improvement Leader programme", "ScIL", "Scottish Improvement Leader (ScIL) programme"], "HIS", 2014,
         "Develops improvement leaders across health and social care in Scotland."),
        ("Wales", ["Bevan Exemplars", "Bevan Exemplar programme"], "BEVAN", 2015,
         "Health and care staff test prudent healthcare innovations with support from the Bevan Commission."),
    ],
}

# Evaluators by role
EVALUATORS = ["BRACE", "RSET", "IAU", "NIHRIO", "RANDE", "KF", "NUFF", "UOM", "UBHAM", "LSE", "UYORK", "UEA", "ULEEDS", "UBRI"]

POLICY_HOOKS = [
    ("the NHS Long Term Plan", 2019), ("the Five Year Forward View", 2014), ("the Accelerated Access Review", 2016),
    ("the Life Sciences Industrial Strategy", 2017), ("the Next Steps on the NHS Five Year Forward View", 2017),
    ("Core20PLUS5", 2022), ("the elective recovery plan", 2022), ("Data saves lives", 2022), ("the What Good Looks Like framework", 2021),
    ("Innovation, Health and Wealth", 2011), ("the Carter Review", 2016), ("the Wachter Review", 2016), ("the Topol Review", 2019),
    ("the NHS People Plan", 2020), ("the Richards review of diagnostics", 2020), ("the Fuller stocktake", 2022),
]

# Synthetic SME name parts (for awards)
SME_STEMS = ["Cardio", "Neuro", "Derma", "Pulmo", "Ortho", "Medi", "Vita", "Thera", "Clin", "Sana", "Nova", "Lumen", "Axon",
             "Onco", "Hepa", "Nephro", "Retin", "Pneuma", "Hema", "Gluco", "Somna", "Mira", "Vero", "Quanti", "Synap", "Evi",
             "Cura", "Salus", "Helix", "Kine", "Myo", "Osteo", "Paedi", "Geria", "Sono", "Renal", "Vasc", "Immuno", "Dento", "Audi",
             "Bright", "Clear", "Open", "Kind", "True", "Blue", "Green", "Swift", "Calm", "Able", "Next", "Tide", "North", "Oak",
             "Ember", "Lark", "Wren", "Fern", "Birch", "Harbour", "Beacon", "Arden", "Severn", "Tamar", "Pennine", "Mersey"]
SME_SUFFIXES = ["Sense", "Logic", "Metrics", "Tech", "Flow", "Scan", "Path", "Bridge", "Point", "Track", "Care", "Labs", "Wave",
                "Link", "Guard", "Vision", "Pulse", "Mind", "Gen", "Dx", "Cue", "Loop", "Nest", "Wise", "Kit", "Sync",
                "Signal", "Lens", "Spring", "Field", "Works", "Logic", "Sight", "Step", "Beat", "Breath", "Form", "Meta"]
SME_FORMS = ["Ltd", "Limited", "Health Ltd", "Medical Ltd", "Technologies Ltd", "Diagnostics Ltd", "Digital Ltd", "Bio Ltd"]
SME_PRODUCT_NOUNS = {
    "device": ["wearable sensor", "handheld device", "smart patch", "point-of-care device", "surgical tool"],
    "digital": ["app", "digital platform", "software", "decision-support tool", "remote monitoring service"],
    "ivd": ["rapid test", "diagnostic assay", "biomarker test", "point-of-care test"],
    "ai": ["AI algorithm", "machine-learning triage tool", "AI imaging software", "predictive model"],
}


# ==================================================================================================
# WORLD: actors, logger styles, latent programmes
# Core of generate_seventh.py (world model, families, records, noise).
#
# Story: an 'innovation adoption tracker' that a national programme office assembled by merging
# the quarterly returns of integrated care boards (and the CCGs before them), the 15 AHSNs,
# NHS trusts, national bodies, cancer alliances, funders and suppliers. Each organisation logs
# the projects and programmes it runs, funds, supports or sells into, in its own words and with
# its own id scheme. One real programme is sometimes logged by two or three of them.
# ==================================================================================================


SNAPSHOT = (2024, 3)          # the merged export was taken in March 2024
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def ym_add(ym, k):
    t = ym[0] * 12 + (ym[1] - 1) + k
    return (t // 12, t % 12 + 1)


def last_day(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return DAYS_IN[m - 1]


def fy_text(y, style=0):
    if style == 0:
        return "%d/%02d" % (y, (y + 1) % 100)
    if style == 1:
        return "%d-%02d" % (y, (y + 1) % 100)
    return "FY%02d/%02d" % (y % 100, (y + 1) % 100)


def slugify(s):
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.lower()).strip("-")
    return s[:60]


def initials(name, drop=("nhs", "foundation", "trust", "and", "of", "the", "for", "&", "university", "hospitals", "hospital")):
    words = re.findall(r"[A-Za-z']+", name)
    out = "".join(w[0].upper() for w in words if w.lower() not in drop)
    return out or "X"


# ----------------------------------------------------------------------------------------------
# Enumerations as people write them (all accepted per register-format.md)
ACT_FORMS = {
    "funding": ["funding", "Funding", "grants", "grant funding", "financial support", "finance", "FUNDING"],
    "training-and-skills": ["training-and-skills", "training and skills", "Training & skills", "training", "skills",
                            "education", "leadership development", "fellowships", "Training and Skills"],
    "networking-and-brokerage": ["networking-and-brokerage", "networking and brokerage", "Networking & Brokerage",
                                 "networking", "brokerage", "convening", "brokering"],
    "evaluation-and-evidence": ["evaluation-and-evidence", "evaluation and evidence", "Evaluation & evidence", "evaluation",
                                "evidence generation", "real world evaluation", "evidence"],
    "regulatory-advice": ["regulatory-advice", "regulatory advice", "regulatory support", "regulatory guidance"],
    "information-and-signposting": ["information-and-signposting", "information and signposting", "signposting",
                                    "advice and guidance", "Information & signposting", "information"],
    "procurement-and-commissioning": ["procurement-and-commissioning", "procurement and commissioning",
                                      "Procurement & commissioning", "procurement", "commissioning", "purchasing"],
    "infrastructure": ["infrastructure", "Infrastructure", "facilities", "test beds", "testbeds"],
    "other": ["other", "Other"],
}
INSTRUMENT_LABELS = {
    "centres-of-excellence-grants": ["Centres of excellence grants"],
    "corporate-tax-relief": ["Corporate tax relief for R&D and innovation"],
    "governance-structure-or-public-body": ["Creation or reform of governance structure or public body"],
    "debt-guarantees-and-risk-sharing": ["Debt guarantees and risk sharing schemes"],
    "research-infrastructure-support": ["Dedicated support to research infrastructures",
                                        "Dedicated support to research and technical infrastructures"],
    "emerging-technology-regulation": ["Emerging technology regulation", "Science and technology regulation and soft law"],
    "equity-financing": ["Equity financing"],
    "fellowships-and-scholarships": ["Fellowships and postgraduate loans and scholarships"],
    "stakeholder-consultation": ["Formal consultation of stakeholders or experts"],
    "grants-for-business-rnd-and-innovation": ["Grants for business R&D and innovation"],
    "horizontal-sti-coordination-bodies": ["Horizontal STI coordination bodies"],
    "information-services-and-datasets": ["Information services and access to datasets"],
    "innovation-vouchers": ["Innovation vouchers"],
    "institutional-funding-for-public-research": ["Institutional funding for public research"],
    "networking-and-collaborative-platforms": ["Networking and collaborative platforms"],
    "national-strategies-and-plans": ["National strategies, agendas and plans", "Strategies, agendas and plans"],
    "policy-intelligence": ["Policy intelligence (e.g. evaluations, benchmarking and forecasts)"],
    "procurement-for-rnd-and-innovation": ["Procurement programmes for R&D and innovation"],
    "project-grants-for-public-research": ["Project grants for public research"],
    "public-awareness-and-outreach": ["Public awareness campaigns and other outreach activities"],
    "challenges-prizes-and-awards": ["Science and innovation challenges, prizes and awards"],
    "standards-and-certification": ["Standards and certification for technology development and adoption"],
    "technology-extension-and-advisory-services": ["Technology extension and business advisory services"],
}
FOCUS_FORMS = {"clinical": ["clinical", "Clinical", "CLINICAL"],
               "non-clinical": ["non-clinical", "non clinical", "Non-clinical", "administrative", "operational", "back office"],
               "both": ["both", "Both", "clinical and non clinical", "mixed", "clinical and administrative"]}
RECIP_FORMS = {"innovators": ["innovators", "Innovators", "innovators only", "developers", "suppliers"],
               "adopters": ["adopters", "Adopters", "adopters only", "NHS organisations", "health and care providers"],
               "both": ["both", "innovators and adopters", "adopters and innovators", "Both"],
               "none": ["none", "no funding", "not funded", "neither"]}
STATUS_FORMS = {"active": ["active", "Active", "ongoing", "Live", "live", "running", "in progress", "open", "underway", "In Progress"],
                "concluded": ["concluded", "closed", "Closed", "completed", "Completed", "ended", "finished", "complete"],
                "planned": ["planned", "Planned", "upcoming", "announced", "forthcoming"],
                "proposed": ["proposed", "proposal", "draft", "Proposed"]}
YN_STYLES = [("yes", "no", "partly"), ("Yes", "No", "Partly"), ("Y", "N", "partly"), ("TRUE", "FALSE", "partly"),
             ("1", "0", "partly"), ("y", "n", "partly"), ("YES", "NO", "PARTLY")]
ACTOR_KIND_FORMS = {
    "government-department": ["government department", "government-department", "Government", "department", "ministry", "govt department"],
    "arms-length-body": ["arm's length body", "arms-length-body", "ALB", "NDPB", "public body", "arms length"],
    "regulator": ["regulator", "Regulator"],
    "research-funder": ["research funder", "research-funder", "funder", "funding body", "Research Funder"],
    "network": ["network", "Network"],
    "healthcare-provider": ["healthcare provider", "NHS trust", "trust", "provider", "NHS provider", "health care provider"],
    "commissioner": ["commissioner", "Commissioner", "commissioning body"],
    "industry": ["industry", "company", "business", "SME", "private sector", "firm"],
    "academia": ["academia", "university", "academic", "higher education"],
    "charity": ["charity", "third sector", "voluntary sector", "foundation", "non profit"],
    "patient-public-group": ["patient/public group", "patient group", "patients and public"],
    "other": ["other", "Other"],
}
LEVEL_FORMS = {"national": ["national", "National", "nationwide"], "regional": ["regional", "Regional", "region", "sub national"],
               "local": ["local", "Local", "locality", "place"], "international": ["international", "International", "global"]}

STAGES = ["Idea generation", "Development", "Evaluation", "Adoption", "Diffusion and spread"]
DRIVERS = ["Skills, capabilities and leadership", "Motivations and accountabilities", "Information and evidence",
           "Relationships and networks", "Patient and public involvement and engagement", "Funding and commissioning"]
DRIVER_ALT = {"Skills, capabilities and leadership": ["Skills, capabilities & leadership", "skills capabilities and leadership"],
              "Funding and commissioning": ["Funding & commissioning", "funding and commissioning"],
              "Relationships and networks": ["Relationships & networks"], "Information and evidence": ["Information & evidence"],
              "Motivations and accountabilities": ["motivations and accountabilities"],
              "Patient and public involvement and engagement": ["Patient and public involvement & engagement"]}
GROUPS = ["Innovators", "Adopters", "Clinicians", "Managers", "Patients and the public"]

SITE_UNITS = {"primary": ["GP practices", "practices", "PCNs"], "carehome": ["care homes", "residential homes"],
              "acute": ["wards", "clinics", "hospital sites", "departments"], "mh": ["teams", "services", "clinics"],
              "community": ["community teams", "localities", "neighbourhood teams", "community hubs"], "admin": ["departments", "teams", "services"],
              "maternity": ["maternity units", "antenatal clinics"], "children": ["clinics", "wards"]}
FRAMEWORKS = ["the NHS Supply Chain framework", "G-Cloud", "the Digital Care Services framework", "a direct award",
              "an SBS framework", "a competitive tender", "the HealthTrust Europe framework", "a single tender waiver"]
CLIN_ROLES = ["a consultant cardiologist", "a GP clinical lead", "the chief nursing information officer", "a consultant nurse",
              "the deputy medical director", "a consultant radiologist", "a lead pharmacist", "a consultant psychiatrist",
              "the head of digital transformation", "an advanced nurse practitioner", "a consultant midwife",
              "the associate director of innovation"]


# ----------------------------------------------------------------------------------------------
class Actor(object):
    def __init__(self, aid, name, kind, level, acronym="", member_of="", description="", country="England",
                 region="", icb="", ahsn="", typ="", short="", web="", code=""):
        self.id, self.name, self.kind, self.level = aid, name, kind, level
        self.acronym, self.member_of, self.description = acronym, member_of, description
        self.country, self.region, self.icb, self.ahsn = country, region, icb, ahsn
        self.typ, self.short, self.web, self.code = typ, short or name, web, code
        self.forms = [name] + ([acronym] if acronym else []) + ([short] if short and short != name else [])


def name_key(s):
    """Normaliser used to keep actor references unambiguous (mirrors the format doc's rules conservatively)."""
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(w for w in s.split() if w not in ("and", "of"))


class Registry(object):
    def __init__(self, rng):
        self.rng = rng
        self.by_id = {}
        self.order = []
        self.keys = {}
        self.used = set()
        self.codes = set()

    def unique_code(self, base):
        base = re.sub(r"[^A-Z0-9]", "", base.upper())[:8] or "X"
        code, i = base, 2
        while code in self.codes:
            code = "%s%d" % (base, i)
            i += 1
        self.codes.add(code)
        return code

    def add(self, a):
        if a.id in self.by_id:
            return self.by_id[a.id]
        for k in (name_key(a.id), name_key(a.name)):
            if k in self.keys and self.keys[k] != a.id:
                raise ValueError("ambiguous actor key %r (%s vs %s)" % (k, a.id, self.keys[k]))
        self.keys[name_key(a.id)] = a.id
        self.keys[name_key(a.name)] = a.id
        if a.acronym:
            k = name_key(a.acronym)
            if k in self.keys and self.keys[k] != a.id:
                a.acronym = ""
                a.forms = [f for f in a.forms if name_key(f) != k] or [a.name]
            else:
                self.keys[k] = a.id
        self.by_id[a.id] = a
        self.order.append(a.id)
        return a

    def get(self, aid):
        return self.by_id[aid]

    def use(self, aid):
        if aid and aid not in self.used:
            self.used.add(aid)
            a = self.by_id[aid]
            if a.member_of:
                self.use(a.member_of)


# ----------------------------------------------------------------------------------------------
class World(object):
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.reg = Registry(self.rng)
        self.styles = {}
        self.seq = {}
        self.latents = []
        self.ident = {}
        self.cand_pairs = []      # (lat_a, lat_b, kind)
        self.testbeds = 0
        self.site_cache = {}
        self.infra_made = {}
        self.conflicts = {}       # (product, site) already taken by a programme: no second programme may be that adoption
        self.slots = {}           # (programme or product, site) -> latents there (see slot_free)
        self.form_idx = {}        # place-form ambiguity indexes (see specific_forms)
        self.prog_fail = {}       # family kind -> product / programme -> families in a row that made nothing
        self.prog_done = {}       # family kind -> products / programmes with no room left
        self.fam_count = 0
        self.sme_count = 0
        self._build_actors()

    # ------------------------------------------------------------------ actors
    def _build_actors(self):
        rng, reg = self.rng, self.reg
        for key, name, acr, kind, level, country, member, desc in NATIONAL:
            reg.codes.add(key)
            web = {"NHSE": "england.nhs.uk", "NHSEI": "england.nhs.uk", "NHSX": "nhsx.nhs.uk", "NIHR": "nihr.ac.uk",
                   "IUK": "ukri.org", "UKRI": "ukri.org", "AAC": "england.nhs.uk/aac", "THF": "health.org.uk",
                   "HEE": "hee.nhs.uk", "NICE": "nice.org.uk", "OLS": "gov.uk/ols", "DHSC": "gov.uk/dhsc",
                   "NHSTD": "transform.england.nhs.uk", "AHSNNET": "ahsnnetwork.com"}.get(key, slugify(name)[:20] + ".org.uk")
            typ = {"charity": "charity", "academia": "academia", "industry": "industry"}.get(kind, "national")
            if country not in ("England", "UK"):
                typ = "foreign"
            reg.add(Actor("ORG-" + key, name, kind, level, acr, ("ORG-" + member) if member else "", desc, country,
                          typ=typ, short=acr or name, web=web, code=key))
        for a in list(reg.by_id.values()):
            if a.member_of and a.member_of not in reg.by_id:
                a.member_of = ""
        # NHS England regional teams
        self.nhse_region = {}
        for r in NHS_REGIONS:
            code = reg.unique_code("NHSE" + initials(r, drop=("and", "of")))
            a = reg.add(Actor("ORG-" + code, "NHS England - " + r, "arms-length-body", "regional", "", "ORG-NHSE",
                              "Regional team of NHS England.", "England", region=r, typ="nhse_region",
                              short="NHSE " + r, web="england.nhs.uk/" + slugify(r), code=code))
            self.nhse_region[r] = a.id
        # AHSNs
        self.ahsn = {}
        for key, name, acr, short, region, web in AHSNS:
            reg.codes.add("AHSN" + key)
            a = reg.add(Actor("ORG-AHSN-" + key, name, "network", "regional", acr, "ORG-AHSNS",
                              "Academic Health Science Network covering %s (renamed a Health Innovation Network in 2023)." % short,
                              "England", region=region, ahsn=key, typ="ahsn", short=acr if acr else short, web=web, code=key))
            a.area = short
            self.ahsn[key] = a.id
        # ICBs, CCGs, councils, PCNs
        self.icb = {}
        self.icb_info = {}
        self.pcns = {}
        self.practices = {}
        self.councils = {}
        self.ccgs = {}
        pcn_suffix = ["PCN", "Central PCN", "North PCN", "South PCN", "East PCN", "West PCN", "Rural PCN", "and District PCN",
                      "Healthy Communities PCN", "Town PCN"]
        pcn_no = [0]
        for key, full, short, others, region, ahsn, towns, councils, ccgs in ICBS:
            town_words = {}
            reg.codes.add("ICB" + key)
            a = reg.add(Actor("ORG-ICB-" + key, full, "commissioner", "regional", "", "",
                              "Integrated care board (from July 2022).", "England", region=region, icb=key, ahsn=ahsn,
                              typ="icb", short=short, web=slugify(others[0] if others else short) + ".icb.nhs.uk", code=key + "ICB"))
            a.area = others[0] if others else short
            a.area_forms = [short] + others
            self.icb[key] = a.id
            self.icb_info[key] = dict(region=region, ahsn=ahsn, towns=towns)
            self.pcns[key] = []
            self.practices[key] = []
            for t in towns:
                k = rng.choice([1, 1, 2, 2, 3])
                sufs = ["PCN"] + rng.sample(pcn_suffix[1:], k - 1) if k > 1 else [rng.choice(pcn_suffix[:8])]
                for suf in sufs:
                    pcn_no[0] += 1
                    nm = "%s %s" % (t, suf)
                    code = "U%05d" % (10000 + (pcn_no[0] * 7919) % 89999)
                    while code in reg.codes:
                        code = "U%05d" % ((int(code[1:]) + 1) % 100000)
                    reg.codes.add(code)
                    p = Actor("ORG-PCN-" + code, nm, "healthcare-provider", "local", "", "ORG-ICB-" + key,
                              "Primary care network.", "England", region=region, icb=key, ahsn=ahsn, typ="pcn",
                              short=nm, web="", code=code)
                    p.area = t
                    # a town with several PCNs: never call one of them just by the town's name
                    p.area_forms = [nm, t] if len(sufs) == 1 else [nm] + ([nm[:-4]] if nm[:-4] != t else [])
                    if name_key(nm) in reg.keys:
                        continue
                    reg.add(p)
                    self.pcns[key].append(p.id)
                    for _ in range(rng.choice([1, 2, 2, 3, 3, 4])):
                        # one practice per street word in a town: "Bridge Street Surgery, Daventry" and "Bridge Street
                        # Medical Practice, Daventry" would read as one practice
                        used_words = town_words.setdefault(t, set())
                        for _try in range(6):
                            word = rng.choice(PRACTICE_WORDS)
                            pn = "%s %s" % (word, rng.choice(PRACTICE_TYPES))
                            pfull = "%s, %s" % (pn, t)
                            if name_key(pfull) not in reg.keys and word not in used_words:
                                break
                        else:
                            continue
                        used_words.add(word)
                        pcode = reg.unique_code("P%s" % initials(pfull, drop=("and", "of", "the")))
                        ga = reg.add(Actor("ORG-GP-" + pcode, pfull, "healthcare-provider", "local", "", p.id,
                                           "GP practice in %s." % nm, "England", region=region, icb=key, ahsn=ahsn,
                                           typ="practice", short=pn, web="", code=pcode))
                        ga.area = t
                        ga.area_forms = [pfull, pn + " (" + t + ")", pn]
                        self.practices[key].append(ga.id)
            self.councils[key] = []
            for c in councils:
                if name_key(c) in reg.keys:
                    cid = reg.keys[name_key(c)]
                    self.councils[key].append(cid)
                    continue
                code = reg.unique_code("LA" + initials(c, drop=("council", "of", "and", "the", "city", "county", "borough")))
                ca = reg.add(Actor("ORG-" + code, c, "commissioner", "local", "", "", "Local authority (adult social care and public health).",
                                   "England", region=region, icb=key, ahsn=ahsn, typ="council",
                                   short=c.replace(" Council", "").replace("London Borough of ", ""), web=slugify(c)[:24] + ".gov.uk", code=code))
                ca.area = ca.short
                ca.area_forms = [ca.short, c]
                self.councils[key].append(ca.id)
            self.ccgs[key] = []
            for c in ccgs:
                code = reg.unique_code("CCG" + initials(c, drop=("nhs", "ccg", "and", "of", "the")))
                cc = reg.add(Actor("ORG-" + code, c, "commissioner", "local", "", "",
                                   "Clinical commissioning group, abolished 1 July 2022 when %s took over its functions." % full,
                                   "England", region=region, icb=key, ahsn=ahsn, typ="ccg",
                                   short=c.replace("NHS ", "").replace(" CCG", " CCG"), web=slugify(c)[:24] + ".nhs.uk", code=code))
                cc.area = c.replace("NHS ", "").replace(" CCG", "")
                cc.area_forms = [cc.area, c.replace("NHS ", "")]
                self.ccgs[key].append(cc.id)
        # trusts
        self.trusts = {}
        self.trust_by_type = {}
        for name, icb, typ in TRUSTS:
            code = reg.unique_code("R" + initials(name))
            ic = self.icb_info.get(icb, {}) if icb else {}
            short = name.replace(" NHS Foundation Trust", "").replace(" NHS Trust", "").replace("The ", "")
            a = reg.add(Actor("ORG-TR-" + code, name, "healthcare-provider", "local" if typ != "specialist" else "national",
                              "", "", "NHS trust (%s)." % {"acute": "acute", "mh": "mental health", "community": "community",
                                                          "specialist": "specialist", "ambulance": "ambulance", "children": "children's"}[typ],
                              "England", region=ic.get("region", ""), icb=icb or "", ahsn=ic.get("ahsn", ""),
                              typ="trust-" + typ, short=short, web=slugify(short)[:24] + ".nhs.uk", code=code))
            a.area = short
            a.area_forms = [short, name]
            if icb:
                self.trusts.setdefault(icb, []).append(a.id)
                self.trust_by_type.setdefault((icb, typ), []).append(a.id)
        self.trust_ids = [t for t in reg.order if reg.get(t).typ.startswith("trust")]
        # devolved boards
        self.devolved = {"Scotland": [], "Wales": [], "Northern Ireland": []}
        for name, acr, country in DEVOLVED_BOARDS:
            code = reg.unique_code({"Scotland": "SCO", "Wales": "WAL", "Northern Ireland": "NI"}[country] + initials(name, drop=("nhs", "and", "of", "health", "board", "university", "teaching", "social", "care", "trust")))
            a = reg.add(Actor("ORG-" + code, name, "healthcare-provider", "regional", acr, "",
                              "Health board / HSC trust in %s." % country, country, region=country, typ="devolved",
                              short=acr or name.replace("NHS ", ""), web=slugify(name)[:20] + ".nhs.scot" if country == "Scotland" else slugify(name)[:20] + ".nhs.wales" if country == "Wales" else slugify(name)[:20] + ".hscni.net",
                              code=code))
            a.area = name.replace("NHS ", "").replace(" University Health Board", "").replace(" Health and Social Care Trust", "")
            a.area_forms = [a.area, name]
            self.devolved[country].append(a.id)
        # cancer alliances
        self.alliances = []
        self.alliance_of = {}
        for name, icbs in CANCER_ALLIANCES:
            code = reg.unique_code("CA" + initials(name, drop=("cancer", "alliance", "and", "of", "the")))
            r = self.icb_info[icbs[0]]["region"]
            a = reg.add(Actor("ORG-" + code, name, "network", "regional", "", "ORG-NHSE", "Cancer alliance.", "England",
                              region=r, icb=icbs[0], ahsn=self.icb_info[icbs[0]]["ahsn"], typ="alliance",
                              short=name.replace(" Cancer Alliance", ""), web=slugify(name)[:24] + ".nhs.uk", code=code))
            a.area = a.short
            a.area_forms = [a.short, name]
            self.alliances.append(a.id)
            for k in icbs:
                self.alliance_of[k] = a.id
        # ARCs (2019) as actors
        self.arc = {}
        for r in ARC_REGIONS:
            code = reg.unique_code("ARC" + initials(r, drop=("and", "of", "the")))
            nm = "NIHR ARC " + r
            a = reg.add(Actor("ORG-" + code, nm, "network", "regional", "", "ORG-NIHR", "NIHR Applied Research Collaboration.",
                              "England", region="", ahsn=ARC_AHSN[r], typ="arc", short="ARC " + r, web="arc-" + slugify(r)[:16] + ".nihr.ac.uk", code=code))
            a.area = r
            a.area_forms = [r]
            self.arc[r] = a.id
        # suppliers
        self.supplier = {}
        for key, spec in PRODUCTS.items():
            for s in spec[1]:
                if s in self.supplier:
                    continue
                if name_key(s) in reg.keys:
                    self.supplier[s] = reg.keys[name_key(s)]
                    continue
                code = reg.unique_code("S" + re.sub(r"[^A-Za-z]", "", s)[:6])
                a = reg.add(Actor("ORG-SUP-" + code, s, "industry", "national", "", "", "Supplier.", "UK", typ="supplier",
                                  short=s.split(" (")[0], web=slugify(s.split(" (")[0]).replace("-", "")[:18] + ".com", code=code))
                self.supplier[s] = a.id
        self.by_cond = {}
        for key, spec in PRODUCTS.items():
            self.by_cond.setdefault(spec[4], []).append(key)
        self.sme_names = set()

    def actor_for(self, key):
        """Resolve keys used in vocab: 'NHSE', 'AHSN:KSS', 'TRUST:name'."""
        if key.startswith("AHSN:"):
            return self.ahsn[key[5:]]
        if key.startswith("TRUST:"):
            return self.reg.keys[name_key(key[6:])]
        return "ORG-" + key

    def new_sme(self, theme_kind):
        rng = self.rng
        for i in range(60):
            stem = rng.choice(SME_STEMS) + rng.choice(SME_SUFFIXES).lower() if rng.random() < 0.5 else rng.choice(SME_STEMS) + rng.choice(SME_SUFFIXES)
            if i > 3:
                stem = "%s %s" % (stem, rng.choice(["Health", "Medical", "Bio", "Digital", "Diagnostics", "Labs", "Systems", "Innovations",
                                                    "Solutions", "Therapeutics", "Analytics", "Devices", "Sciences", "AI"]))
            if i > 55:
                stem = "%s %d" % (stem, len(self.sme_names))
            if stem.lower() not in self.sme_names:
                break
        self.sme_names.add(stem.lower())
        forms_ok = [fm for fm in SME_FORMS if fm.split()[0] not in stem.split()]
        form = rng.choice(forms_ok)
        name = "%s %s" % (stem, form)
        while name_key(name) in self.reg.keys:
            name = "%s %s" % (stem, rng.choice(forms_ok)) if rng.random() < 0.7 else "%s %s %s" % (stem, rng.choice(["UK", "Health", "Group"]), form)
        self.sme_count += 1
        code = self.reg.unique_code("SME%d" % self.sme_count)
        region_icb = rng.choice(ICBS)
        a = self.reg.add(Actor("ORG-" + code, name, "industry", "local", "", "", "SME based in %s." % rng.choice(region_icb[6]),
                               "England", region=region_icb[4], icb=region_icb[0], ahsn=region_icb[5], typ="sme",
                               short=stem, web=stem.lower().replace(" ", "") + rng.choice([".com", ".co.uk", ".io", ".health"]), code=code))
        noun = rng.choice(SME_PRODUCT_NOUNS[theme_kind])
        a.product_forms = ["%s %s" % (stem, noun), stem, "%s (%s)" % (noun, stem)]
        a.product_noun = noun
        return a.id

    # ------------------------------------------------------------------ logger styles
    def style(self, aid):
        st = self.styles.get(aid)
        if st is not None:
            return st
        rng = self.rng
        a = self.reg.get(aid)
        national = a.typ in ("national", "foreign", "charity", "nhse_region")
        st = dict(
            date_fmt=rng.choices(["ymd", "ym", "y", "dmy/", "Mon y", "d Month y", "dmy.", "my/", "d-Mon-y", "isoT", "dmy time"],
                                 [14, 10, 6, 22, 8, 6, 3, 4, 3, 3, 3])[0],
            year_only=rng.random() < (0.08 if national else 0.18),
            yn=rng.choice(YN_STYLES),
            enum=rng.choices(["slug", "words", "syn", "mixed"], [2, 4, 2, 3])[0],
            caps_name=(rng.random() < 0.07) and rng.uniform(0.5, 1.0) or 0.01,
            typo=rng.choice([0.0, 0.0, 0.02, 0.04, 0.08, 0.12]),
            html=(rng.random() < 0.18) and rng.uniform(0.3, 0.9) or 0.02,
            bullets=(rng.random() < 0.2) and rng.uniform(0.4, 0.9) or 0.04,
            trunc=rng.choices([None, 255, 500, 1000, 200], [70, 12, 8, 6, 4])[0],
            fill=rng.uniform(0.55, 1.15) if not national else rng.uniform(0.8, 1.2),
            owner_ref=rng.choices(["name", "acronym", "id", "upper", "amp", "lower"], [40, 16, 14, 6, 8, 6])[0],
            budget_k=rng.random() < 0.1,
            budget_style=rng.choices(["full", "range", "upto"], [8, 1, 1])[0],
            country=rng.choices(["England", "UK", "United Kingdom", "ENG", "GB-ENG", ""], [45, 20, 6, 4, 3, 22])[0],
            region_style=rng.choices(["nhs", "local", "ahsn", "none"], [4, 4, 2, 1])[0],
            first_person=rng.random() < 0.35,
            nsent=rng.choice([(1, 3), (2, 4), (2, 5), (3, 6), (1, 2)]),
            nbsp=rng.random() < 0.05,
            prefix_id=self._id_style(a),
            return_label=rng.choice(["tracker return", "quarterly return", "innovation log", "portal export", "project register"]),
            dash=rng.choice([" – ", " - ", ": ", " — ", " - "]),
        )
        self.styles[aid] = st
        return st

    def _id_style(self, a):
        rng = self.rng
        t = a.typ
        if t == "ahsn":
            return rng.choice(["{code}-AHSN-{fy}-{seq:04d}", "{code}AHSN/{seq:05d}", "AHSN-{code}-{seq:04d}"])
        if t == "icb":
            return rng.choice(["{code}-{seq:05d}", "{code}/INN/{seq:04d}", "{code}-TRK-{seq:04d}"])
        if t == "ccg":
            return rng.choice(["{code}-{seq:04d}", "{code}/{fy}/{seq:03d}"])
        if t.startswith("trust"):
            return rng.choice(["{code}/INN/{seq:04d}", "{code}-RDI-{seq:04d}", "{code}{seq:05d}"])
        if t in ("supplier", "sme"):
            return rng.choice(["SUP-{code}-{seq:04d}", "{code}-CUST-{seq:04d}"])
        if t == "alliance":
            return "{code}-{seq:04d}"
        if t == "foreign":
            return "INTL-{code}-{seq:03d}"
        return rng.choice(["{code}-{seq:06d}", "{code}/{fy}/{seq:04d}", "{code}-P{seq:05d}"])

    def next_id(self, aid, ret_ym):
        a = self.reg.get(aid)
        st = self.style(aid)
        n = self.seq.get(aid)
        if n is None:
            n = self.rng.randint(1, 400)
        n += self.rng.randint(1, 3)
        self.seq[aid] = n
        fy_y = ret_ym[0] if ret_ym[1] >= 4 else ret_ym[0] - 1
        return st["prefix_id"].format(code=a.code, seq=n, fy="%02d%02d" % (fy_y % 100, (fy_y + 1) % 100))

    # ------------------------------------------------------------------ identities
    def slot_free(self, what, sid, fid, differs=None):
        """A (programme or product, site) slot belongs to the family that used it first. Another family may only put a
        programme there that differs from each one already there in a fact every record states (differs(other) true)."""
        for other in self.slots.get((what, sid), ()):
            if other.fam != fid and not (differs and differs(other)):
                return False
        return True

    def take_slot(self, what, sid, lat):
        self.slots.setdefault((what, sid), []).append(lat)

    def _local_sites(self):
        """Every local site (practice, PCN, council, trust, devolved board, ICB area) and the place forms it can be written with."""
        out = {}
        for a in self.reg.by_id.values():
            if a.typ in ("practice", "pcn", "council", "devolved") or a.typ.startswith("trust"):
                out[a.id] = list(getattr(a, "area_forms", [a.short]))
        for k in self.icb:
            forms = list(self.reg.get(self.icb[k]).area_forms)
            if self.ccgs[k]:
                forms.append(self.reg.get(self.ccgs[k][0]).area)
            out[("area", k)] = forms + self.area_names(k)
        return out

    def area_names(self, icb, start=None):
        """An ICB area by its commissioner's name ("Somerset ICB", "Somerset CCG"), for areas whose plain names are
        also a trust's or a council's."""
        names = [self.reg.get(self.icb[icb]).name]
        if self.ccgs[icb]:
            names.append(self.reg.get(self.ccgs[icb][0]).name)
        if start is not None:
            names = names[1:] if (start < (2022, 7) and len(names) > 1) else names[:1]
        return [re.sub(r"^NHS ", "", n) for n in names]

    def _places(self):
        out = {}
        for k in self.icb_info:
            short = self.reg.get(self.icb[k]).short
            for t in self.icb_info[k]["towns"]:
                out[("place", k, t)] = [t, t + " (" + short + ")"]
        return out

    def _smes(self):
        out = {}
        for a in self.reg.by_id.values():
            if a.typ == "sme":
                out[a.id] = [a.name, a.short] + list(getattr(a, "product_forms", []))
        return out

    def specific_forms(self, cls, key, forms, universe=None, extra=()):
        """Drop the place forms that could also be read as another site of the same class (see short_for: a bare "Bridge
        Street Surgery" is one of several practices; "Leeds" is a PCN's town and a council). Keeps at least one form."""
        idx = self.form_idx.get(cls)
        if idx is None:
            idx = {}
            sites = universe() if universe else self._local_sites()
            for sk, fl in sites.items():
                for f in fl:
                    toks = tuple(norm_tokens(f))
                    for j in range(1, len(toks) + 1):
                        idx.setdefault(toks[:j], set()).add(sk)
            self.form_idx[cls] = idx
        ok = [f for f in forms if idx.get(tuple(norm_tokens(f)), {key}) <= {key}]
        if not ok:
            ok = [f for f in extra if idx.get(tuple(norm_tokens(f)), {key}) <= {key}]
        return ok or list(forms)

    # ------------------------------------------------------------------ latents
    def commissioner_for(self, icb, ym):
        """The CCG of the day before July 2022, the ICB after."""
        if ym < (2022, 7) and self.ccgs.get(icb):
            cc = self.ccgs[icb]
            if ym >= (2020, 4) and len(cc) > 1:
                # many CCGs merged into one per system in April 2020 / 2021
                area = self.reg.get(self.icb[icb]).area.lower()
                for c in cc:
                    if area in self.reg.get(c).name.lower():
                        return c
            return cc[0]
        return self.icb[icb]

    def register(self, ident):
        if ident in self.ident:
            return None
        return True

    def new_latent(self, kind, ident, fam, **kw):
        if ident in self.ident:
            return None
        lat = Latent(len(self.latents), fam, kind, ident)
        for k, v in kw.items():
            setattr(lat, k, v)
        self.ident[ident] = lat
        self.latents.append(lat)
        return lat


class Latent(object):
    def __init__(self, lid, fam, kind, ident):
        self.lid, self.fam, self.kind, self.ident = lid, fam, kind, ident
        self.parts = {}
        self.roles = {}
        self.loggers = []      # list of (role, actor id)
        self.partners = []
        self.country = "England"
        self.region = ""
        self.area_actor = None
        self.cond = None
        self.pop = None
        self.pop_salient = False
        self.tech = None
        self.start = None
        self.end = None
        self.budget = None
        self.currency = "GBP"
        self.period = None
        self.acts = []
        self.instrument = None
        self.focus = None
        self.productivity = None
        self.offers = None
        self.recipients = None
        self.stages = []
        self.drivers = []
        self.groups = []
        self.evaluated = None
        self.rapid = None
        self.benef = None
        self.n_sites = None
        self.site_unit = None
        self.n_pts = None
        self.pct = None
        self.outcome = None
        self.evaluator = None
        self.policy = None
        self.about = []
        self.press = None
        self.records = []
        self.phase = None
        self.what_desc = None
        self.variant_ph = ""
        self.dup_p = 0.025
        self.salient = []      # part keys that distinguish this latent from its siblings
        self.name_crit = None  # part keys the title should carry (default: first two salient keys)
        self.local_area = None
        self.must_state = []   # part keys that every record must state besides the salient ones
        self.show_place = True


# ==================================================================================================
# FAMILIES of look-alike but different programmes
# Families of look-alike programmes. Every family yields latent programmes that are all DIFFERENT
# programmes; pairs that differ along exactly one axis are offered as hard-negative candidates.
# ==================================================================================================

PHASE_FORMS = {
    "pilot": ["pilot", "pilot", "test and learn", "proof of concept", "pilot phase", "early adopter pilot"],
    "rollout": ["rollout", "roll-out", "implementation", "go-live", "deployment"],
    "scaleup": ["scale-up", "system-wide rollout", "phase 2 rollout", "expansion", "scale up"],
}
AWARD_PHASE_FORMS = {1: ["Phase 1", "Ph1", "phase one", "Phase I", "feasibility (Phase 1)"],
                     2: ["Phase 2", "Ph2", "phase two", "Phase II", "development (Phase 2)"]}
TECH_START = {"ai_imaging": 2019, "ai_other": 2019, "remote": 2017, "dtx": 2016, "video": 2016, "workforce_sw": 2015}


def round_amt(rng, lo, hi):
    v = rng.uniform(lo, hi)
    if v >= 1_000_000:
        return int(round(v / 50_000.0)) * 50_000
    if v >= 100_000:
        return int(round(v / 5_000.0)) * 5_000
    return int(round(v / 500.0)) * 500


def clamp_start(ym):
    if ym < (2009, 1):
        return (2009, ym[1])
    if ym > ym_add(SNAPSHOT, 14):
        return ym_add(SNAPSHOT, 14)
    return ym


class Family(object):
    def __init__(self, w, kind):
        self.w = w
        self.kind = kind
        w.fam_count += 1
        self.fid = w.fam_count
        self.lats = []

    def pair(self, a, b, kind):
        if a is not None and b is not None and a is not b:
            self.w.cand_pairs.append((a, b, kind))

    def chain_pairs(self, lats, kind, maxp=3):
        """Pairs among siblings that differ along the same single axis (each with up to maxp others)."""
        rng = self.w.rng
        n = len(lats)
        for i in range(n):
            others = list(range(i + 1, n))
            rng.shuffle(others)
            for j in others[:maxp]:
                self.pair(lats[i], lats[j], self.site_kind(lats[i], lats[j], kind))

    def site_kind(self, a, b, kind):
        """An ICB-wide project and a project of one PCN/trust/town inside that ICB overlap rather than sit side by side."""
        if kind not in ("other_region", "same_product_other_site") or a.kind not in ("adoption", "natlocal") or b.kind not in ("adoption", "natlocal"):
            return kind
        sa, sb = a.ident[2], b.ident[2]
        w = self.w
        for x, y in ((sa, sb), (sb, sa)):
            if isinstance(x, tuple) and x[0] == "area":
                if isinstance(y, tuple) and y[0] == "place" and y[1] == x[1]:
                    return "system_vs_local_project"
                if isinstance(y, str) and w.reg.get(y).icb == x[1]:
                    return "system_vs_local_project"
            if isinstance(x, str) and isinstance(y, str) and w.reg.get(y).typ == "practice" and w.reg.get(y).member_of == x:
                return "system_vs_local_project"
        return kind


# ------------------------------------------------------------------------------------------------
def common_fill(w, lat, kind_defaults):
    """Model attributes that a real register row would carry (stages, drivers, groups...)."""
    rng = w.rng
    acts, instr, focus, offers, recips, stages, drivers, groups = kind_defaults
    lat.acts = list(acts)
    lat.instrument = instr
    lat.focus = focus
    lat.offers = offers
    lat.recipients = recips
    lat.stages = list(stages)
    lat.drivers = list(drivers)
    lat.groups = list(groups)
    if lat.evaluated is None:
        lat.evaluated = rng.choices(["yes", "no", "partly"], [4, 5, 1])[0]
    if lat.rapid is None:
        lat.rapid = "yes" if (lat.evaluated == "yes" and rng.random() < 0.3) else ("no" if rng.random() < 0.5 else None)
    if lat.evaluator is None and lat.evaluated in ("yes", "partly"):
        lat.evaluator = "ORG-" + rng.choice(EVALUATORS)
    if lat.policy is None:
        ok = [p for p in POLICY_HOOKS if lat.start is None or p[1] <= lat.start[0]]
        lat.policy = rng.choice(ok)[0] if ok else None
    if lat.pct is None:
        lat.pct = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 33, 40, 50])


def set_dates(w, lat, start, months):
    lat.start = clamp_start(start)
    lat.end = ym_add(lat.start, months) if months else None


# ------------------------------------------------------------------------------------------------
# Product adoption in local NHS organisations
def site_list(w, icb, setting, neighbours=True):
    """(site identity, actor id or None for 'the commissioner of the day') in an ICB (and its AHSN patch)."""
    keys = [icb]
    if neighbours:
        ah = w.icb_info[icb]["ahsn"]
        keys += [k for k in w.icb_info if k != icb and w.icb_info[k]["ahsn"] == ah]
    out = []
    for k in keys:
        area = (("area", k), None)
        tb = lambda t: [(a, a) for a in w.trust_by_type.get((k, t), [])]
        if setting == "primary":
            out += [(p, p) for p in w.pcns[k]] + [(g, g) for g in w.practices[k]] + [area]
        elif setting == "community":
            out += tb("community") + [(c, c) for c in w.councils[k]] + [area] + [(p, p) for p in w.pcns[k][:3]]
        elif setting == "carehome":
            out += [(c, c) for c in w.councils[k]] + [area] + [(p, p) for p in w.pcns[k][:4]]
        elif setting in ("acute", "maternity"):
            out += tb("acute")
        elif setting == "children":
            out += tb("children") + tb("acute")
        elif setting == "mh":
            out += tb("mh") + [area]
        elif setting == "admin":
            out += tb("acute") + tb("mh") + tb("community") + [area]
    return out


def site_actor(w, site, start):
    sid, aid = site
    if aid is None:
        return w.commissioner_for(sid[1], start)
    return aid


def site_icb(w, site):
    sid, aid = site
    if aid is None:
        return sid[1]
    return w.reg.get(aid).icb


def place_forms(w, site, start):
    sid, aid = site
    if aid is None:
        icb = sid[1]
        a = w.reg.get(w.icb[icb])
        forms = list(a.area_forms)
        if start < (2022, 7) and w.ccgs[icb]:
            forms.append(w.reg.get(w.ccgs[icb][0]).area)
        return forms
    a = w.reg.get(aid)
    return list(getattr(a, "area_forms", [a.short]))


def local_area_of(w, site):
    sid, aid = site
    if aid is None:
        icb = sid[1]
        forms = list(w.reg.get(w.icb[icb]).area_forms)
        if sid[0] == "place":
            return [sid[2]] + forms[:1]
        return forms
    a = w.reg.get(aid)
    if a.typ in ("pcn", "practice"):
        return [a.area, w.reg.get(w.icb[a.icb]).area]
    if a.typ.startswith("trust") and a.icb:
        return [w.reg.get(w.icb[a.icb]).area]
    if a.typ in ("council", "devolved", "alliance", "ahsn", "icb", "ccg"):
        return [getattr(a, "area", a.short)]
    if a.typ == "nhse_region":
        return [a.region]
    return [a.region] if a.region else None


DISJOINT_POPS = [{"adults", "cyp"}, {"cyp", "young_adults"}, {"adults", "staff"}, {"cyp", "older"}, {"cyp", "adults"},
                 {"diabetes_pts", "cyp"}, {"young_adults", "older"}]
DISJOINT_POP_SETS = set(frozenset(x) for x in DISJOINT_POPS)


def sequential(pa, sa, ea, pb, sb, eb):
    """One of two phases is a pilot that ended no later than the other (rollout or scale-up) started."""
    if (pa == "pilot") == (pb == "pilot"):
        return False
    pe, ms = (ea, sb) if pa == "pilot" else (eb, sa)
    return pe is not None and ms is not None and pe <= ms


def site_unit_for(setting):
    return SITE_UNITS.get(setting, ["sites"])


def _n_sites(rng, setting):
    return {"primary": rng.randint(3, 60), "carehome": rng.randint(4, 90), "acute": rng.randint(1, 9),
            "mh": rng.randint(2, 12), "community": rng.randint(3, 40), "admin": rng.randint(1, 12),
            "maternity": rng.randint(1, 4), "children": rng.randint(1, 5)}.get(setting, rng.randint(2, 10))


def _n_pts(rng, setting):
    return rng.choice([rng.randint(40, 400), rng.randint(400, 3000), rng.randint(3000, 25000)])


def adoption_funder(w, lat, pkey, icb, comm, phase, sup):
    rng = w.rng
    tech = PRODUCTS[pkey][3]
    cond = PRODUCTS[pkey][4]
    opts = [("comm", 40)]
    if pkey in ("heartflow", "securacath", "urolift", "endocuff", "plgf", "feno", "hstrop", "gammacore", "mycopd", "sleepio", "zio"):
        opts.append(("nhse", 18))
    if CONDITIONS[cond]["area"] == "cancer" and icb in w.alliance_of:
        opts.append(("alliance", 18))
    if tech in ("admin_sw", "workforce_sw", "records", "video", "ai_imaging", "ai_other", "remote"):
        opts.append(("digital", 14))
    if phase == "pilot":
        opts += [("supplier", 10), ("ahsn", 10), ("charity", 4)]
    choice = rng.choices([o[0] for o in opts], [o[1] for o in opts])[0]
    if choice == "comm":
        return comm, rng.choice(["ICB transformation funding", "recurrent commissioning budget", "system development funding",
                                 "local transformation funding", "service development funding"])
    if choice == "nhse":
        y = lat.start[0]
        prog = "Innovation and Technology Payment" if y <= 2020 else "MedTech Funding Mandate"
        return "ORG-NHSE", prog
    if choice == "alliance":
        return w.alliance_of[icb], "cancer alliance early diagnosis funding"
    if choice == "digital":
        y = lat.start[0]
        return ("ORG-NHSX" if 2019 <= y <= 2021 else "ORG-NHSTD" if y >= 2022 else "ORG-NHSD"), rng.choice(
            ["digital transformation funding", "Digital Productivity funding", "frontline digitisation funding", "Unified Tech Fund"])
    if choice == "supplier":
        return sup, "supplier-funded pilot (no cost to the NHS)"
    if choice == "ahsn":
        return w.ahsn[w.icb_info[icb]["ahsn"]], "AHSN small grant"
    return "ORG-" + rng.choice(["THF", "BHF", "NESTA"]), "charitable grant"


ADOPT_DEFAULTS = {
    "pilot": (["evaluation-and-evidence", "procurement-and-commissioning"], None),
    "rollout": (["procurement-and-commissioning", "training-and-skills"], None),
    "scaleup": (["procurement-and-commissioning", "training-and-skills", "networking-and-brokerage"], None),
}


def make_adoption(fam, pkey, site, pop, phase, start, sup=None):
    w = fam.w
    rng = w.rng
    forms, sups, desc, tech, cond, setting, focus, pops, prod = PRODUCTS[pkey]
    sid = site[0]
    ident = ("adopt", pkey, sid, pop, phase)
    if w.conflicts.get((pkey, sid), "adopt") != "adopt" or ident in w.ident:
        return None
    start = max(start, (TECH_START.get(tech, 2013), 1))
    months = {"pilot": rng.randint(6, 18), "rollout": rng.randint(12, 48), "scaleup": rng.randint(18, 48)}[phase]
    if rng.random() < 0.2:
        months = None   # open-ended
    # another family's programme of the same product at the same site must be a different programme a reader can tell
    # apart: another (disjoint) population, or a pilot that ended before the other phase began (both then state it)
    s0 = clamp_start(start)
    e0 = ym_add(s0, months) if months else None
    if not w.slot_free("product:" + pkey, sid, fam.fid,
                       lambda o: frozenset((o.pop, pop)) in DISJOINT_POP_SETS or sequential(o.phase, o.start, o.end, phase, s0, e0)):
        return None
    lat = w.new_latent("adoption", ident, fam.fid)
    if lat is None:
        return None
    w.take_slot("product:" + pkey, sid, lat)
    w.conflicts[(pkey, sid)] = "adopt"
    set_dates(w, lat, start, months)
    icb = site_icb(w, site)
    deliverer = site_actor(w, site, lat.start)
    dev = w.reg.get(deliverer)
    lat.country = dev.country
    lat.region = dev.region if dev.country == "England" else dev.country
    sup = sup or w.supplier[rng.choice(sups)]
    lat.product = pkey
    lat.cond = cond
    lat.pop = pop
    lat.tech = tech
    lat.phase = phase
    lat.what_desc = desc
    lat.setting = setting
    lat.parts["PRODUCT"] = forms
    lat.parts["PLACE"] = w.specific_forms("local", sid, place_forms(w, site, lat.start),
                                          extra=w.area_names(sid[1], lat.start) if site[1] is None else ())
    lat.local_area = local_area_of(w, site)
    lat.parts["POP"] = POPULATIONS[pop]
    lat.parts["PHASE"] = PHASE_FORMS[phase]
    lat.parts["COND"] = CONDITIONS[cond]["forms"]
    lat.roles["deliverer"] = deliverer
    lat.roles["supplier"] = sup
    if icb:
        comm = w.commissioner_for(icb, lat.start)
        if comm != deliverer:
            lat.roles["commissioner"] = comm
        lat.roles["network"] = w.ahsn[w.icb_info[icb]["ahsn"]]
        funder, fundprog = adoption_funder(w, lat, pkey, icb, comm, phase, sup)
        lat.area_icb = icb
    else:
        comm = None
        gov = {"Scotland": "ORG-SCOTGOV", "Wales": "ORG-WALESGOV", "Northern Ireland": "ORG-DOHNI"}.get(dev.country, deliverer)
        funder, fundprog = (gov, rng.choice(["national digital funding", "Technology Enabled Care funding", "local funding"]))
        lat.area_icb = None
    lat.roles["funder"] = funder
    lat.fundprog = fundprog
    lat.partners = [x for x in (lat.roles.get("network"), sup, funder, lat.roles.get("commissioner")) if x and x != deliverer]
    amt = {"pilot": (15_000, 250_000), "rollout": (50_000, 1_500_000), "scaleup": (200_000, 3_000_000)}[phase]
    lat.budget = round_amt(rng, *amt) if rng.random() < 0.85 else None
    lat.period = rng.choice([None, "total", "per year", "%d months" % months if months else "ongoing", "over %d years" % max(1, (months or 12) // 12)])
    lat.n_sites = _n_sites(rng, setting) if dev.typ != "practice" else None
    lat.site_unit = rng.choice(site_unit_for(setting))
    lat.n_pts = _n_pts(rng, setting) if dev.typ != "practice" else rng.randint(20, 600)
    lat.outcome = rng.choice(CONDITIONS[cond]["outcomes"])
    lat.benef = rng.choice(POPULATIONS[pop]) + rng.choice(["", " with " + CONDITIONS[cond]["name"], " at risk of " + CONDITIONS[cond]["name"], " in " + lat.parts["PLACE"][0]])
    lat.productivity = "yes" if prod else rng.choice(["no", None, "partly"])
    fund_recip = "adopters" if funder not in (sup,) else "none"
    offers = "yes" if (funder != comm and funder != sup) else rng.choice(["no", None])
    common_fill(w, lat, (ADOPT_DEFAULTS[phase][0], None, focus, offers, fund_recip if offers == "yes" else (None if offers is None else "none"),
                         ["Adoption"] if phase != "scaleup" else ["Adoption", "Diffusion and spread"],
                         ["Funding and commissioning"] if rng.random() < 0.5 else ["Skills, capabilities and leadership", "Relationships and networks"],
                         ["Adopters", "Patients and the public"] if rng.random() < 0.6 else ["Clinicians"]))
    # who logs it
    cands = []
    if dev.typ not in ("pcn", "practice"):
        cands.append(("deliverer", deliverer, 45))
    if "commissioner" in lat.roles:
        cands.append(("commissioner", lat.roles["commissioner"], 22 if dev.typ in ("pcn", "practice") else 12))
    if "network" in lat.roles:
        cands.append(("network", lat.roles["network"], 22))
    cands.append(("supplier", sup, 10))
    if funder not in (deliverer, sup, comm, lat.roles.get("network")) and w.reg.get(funder).typ not in ("council",):
        cands.append(("funder", funder, 6))
    lat.loggers = cands
    lat.dup_p = 0.034
    lat.salient = ["PRODUCT", "PLACE"]
    lat.about = ["%s is %s." % (forms[0], desc)]
    fam.lats.append(lat)
    return lat


def product_start(rng, pkey, lo=2015, hi=2024):
    tech = PRODUCTS[pkey][3]
    lo = max(lo, TECH_START.get(tech, 2015))
    return (rng.randint(lo, hi), rng.randint(1, 12))


def pick_open(w, kind, keys):
    """A product / national programme that still has room for a new programme (see note_made)."""
    done = w.prog_done.setdefault(kind, set())
    return w.rng.choice([k for k in keys if k not in done] or list(keys))


def note_made(w, kind, key, fam):
    """Products and national programmes run out of distinct (site, population, phase...) slots one by one: after 30
    families in a row without a new programme, stop choosing that one (as a whole family kind stops after 60)."""
    fails = w.prog_fail.setdefault(kind, {})
    if fam.lats:
        fails[key] = 0
    else:
        fails[key] = fails.get(key, 0) + 1
        if fails[key] >= 30:
            w.prog_done.setdefault(kind, set()).add(key)
    return fam


def fam_adoption(w):
    pkey = pick_open(w, "adoption", list(PRODUCTS))
    return note_made(w, "adoption", pkey, _fam_adoption(w, pkey))


def _fam_adoption(w, pkey):
    rng = w.rng
    fam = Family(w, "adoption")
    spec = PRODUCTS[pkey]
    setting, pops = spec[5], spec[7]
    icb = rng.choice(ICBS)[0]
    ck = ("adopt", icb, setting)
    if ck not in w.site_cache:
        w.site_cache[ck] = site_list(w, icb, setting)
    allsites = w.site_cache[ck]
    if not allsites:
        return fam
    sites = rng.sample(allsites, min(len(allsites), 16))
    # put a site of the chosen ICB first
    for i, s in enumerate(sites):
        if site_icb(w, s) == icb:
            sites[0], sites[i] = sites[i], sites[0]
            break
    pop0 = pops[0] if rng.random() < 0.75 else rng.choice(pops)
    phase0 = rng.choice(["rollout", "rollout", "rollout", "pilot", "pilot", "scaleup"])
    start0 = product_start(rng, pkey)
    base = None
    for s in sites[:6]:
        base = make_adoption(fam, pkey, s, pop0, phase0, start0)
        if base:
            break
    if base is None:
        return fam
    bsite = None
    for s in sites:
        if s[0] == base.ident[2]:
            bsite = s
    same = [base]
    n_other = rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5])
    for s in sites[1:]:
        if len(same) > n_other:
            break
        if s[0] == base.ident[2]:
            continue
        st = ym_add(start0, rng.randint(-18, 18))
        l = make_adoption(fam, pkey, s, pop0, phase0, st, sup=base.roles["supplier"] if rng.random() < 0.8 else None)
        if l:
            same.append(l)
    fam.chain_pairs(same, "same_product_other_site")
    p2s = [p for p in pops if p != pop0 and {p, pop0} in DISJOINT_POPS]
    if p2s and rng.random() < 0.35:
        p2 = rng.choice(p2s)
        l = make_adoption(fam, pkey, bsite, p2, phase0, ym_add(start0, rng.randint(-6, 12)), sup=base.roles["supplier"])
        if l:
            base.pop_salient = l.pop_salient = True
            base.salient.append("POP")
            l.salient.append("POP")
            fam.pair(base, l, "other_population")
    if rng.random() < 0.28:
        if phase0 == "pilot":
            st = ym_add(base.end or ym_add(start0, 12), rng.randint(1, 8))
            l = make_adoption(fam, pkey, bsite, pop0, "scaleup", st, sup=base.roles["supplier"])
        else:
            st = ym_add(start0, -rng.randint(9, 24))
            l = make_adoption(fam, pkey, bsite, pop0, "pilot", st, sup=base.roles["supplier"])
        if l:
            base.salient.append("PHASE")
            l.salient.append("PHASE")
            fam.pair(base, l, "pilot_vs_scaleup")
    if rng.random() < 0.28:
        sis = [k for k in w.by_cond.get(spec[4], []) if k != pkey and PRODUCTS[k][5] == setting]
        if sis:
            k2 = rng.choice(sis)
            l = make_adoption(fam, k2, bsite, pop0 if pop0 in PRODUCTS[k2][7] else PRODUCTS[k2][7][0], phase0,
                              ym_add(start0, rng.randint(-12, 12)))
            if l:
                fam.pair(base, l, "sister_technology")
    if rng.random() < 0.07:
        country = rng.choice(["Scotland", "Scotland", "Wales", "Northern Ireland"])
        b = rng.choice(w.devolved[country])
        l = make_adoption(fam, pkey, (b, b), pop0, phase0, ym_add(start0, rng.randint(-12, 12)), sup=base.roles["supplier"])
        if l:
            base.salient.append("COUNTRY")
            l.salient.append("COUNTRY")
            fam.pair(base, l, "other_country")
    return fam


# ------------------------------------------------------------------------------------------------
# National programmes and their local delivery
def national_latent(w, gkey):
    ident = ("natprog", gkey)
    if ident in w.ident:
        return w.ident[ident]
    rng = w.rng
    G = NATIONAL_PROGRAMMES[gkey]
    fam = Family(w, "natprog")
    lat = w.new_latent("natprog", ident, fam.fid)
    y0, y1 = G["years"]
    set_dates(w, lat, (y0, rng.choice([1, 4, 4, 6, 9, 10])), (y1 - y0) * 12 + rng.randint(-3, 3))
    owner = w.actor_for(G["owner"])
    lat.roles["owner"] = owner
    lat.roles["national"] = owner
    co = [w.actor_for(c) for c in G.get("co", [])]
    lat.partners = co + (["ORG-AHSNNET"] if owner != "ORG-AHSNNET" and rng.random() < 0.4 else [])
    lat.parts["PROG"] = G["forms"]
    lat.parts["PLACE"] = ["England", "national", "all regions"]
    lat.cond = G.get("cond")
    lat.tech = G.get("tech") or "pathway"
    lat.what_desc = G["about"][0]
    lat.about = list(G["about"])
    lat.budget = round_amt(rng, 2_000_000, 80_000_000) if rng.random() < 0.7 else None
    lat.period = rng.choice([None, "total", "per year", "%d years" % max(1, y1 - y0)])
    lat.n_sites = rng.randint(15, 42)
    lat.site_unit = rng.choice(["ICSs", "AHSN regions", "systems", "trusts", "areas"])
    lat.n_pts = rng.randint(5000, 400000)
    lat.outcome = rng.choice(CONDITIONS[lat.cond]["outcomes"]) if lat.cond else "unwarranted variation"
    lat.pop = "adults"
    lat.benef = CONDITIONS[lat.cond]["name"].capitalize() + " patients in England" if lat.cond else "Patients in England"
    lat.productivity = "yes" if lat.tech in ("admin_sw",) else rng.choice(["no", None])
    common_fill(w, lat, (["networking-and-brokerage", "evaluation-and-evidence", "funding"], rng.choice(
        ["networking-and-collaborative-platforms", "technology-extension-and-advisory-services", None]),
        "non-clinical" if lat.tech == "admin_sw" else "clinical", rng.choice(["yes", "no"]), "adopters", ["Adoption", "Diffusion and spread"],
        ["Relationships and networks", "Funding and commissioning"], ["Adopters", "Clinicians"]))
    if lat.offers == "no":
        lat.recipients = None
    lat.loggers = [("national", owner, 60)] + [("partner", c, 20) for c in co if w.reg.get(c).typ in ("national", "charity", "ahsn")]
    lat.dup_p = 0.06
    lat.salient = ["PROG"]
    lat.must_state = ["PLACE"]      # "national" / "England": what sets it apart from each local delivery
    fam.lats.append(lat)
    return lat


def natlocal_sites(w, G, icb):
    lvl = G["level"]
    if lvl == "site_primary":
        return site_list(w, icb, "primary")
    if lvl == "site_community":
        return site_list(w, icb, "community")
    if lvl == "site_acute":
        return site_list(w, icb, "acute")
    if lvl == "site_mh":
        return site_list(w, icb, "mh")
    if lvl == "site_icb":
        ah = w.icb_info[icb]["ahsn"]
        return [(("area", k), None) for k in w.icb_info if w.icb_info[k]["region"] == w.icb_info[icb]["region"]]
    if lvl == "site_place":
        ah = w.icb_info[icb]["ahsn"]
        out = []
        for k in w.icb_info:
            if w.icb_info[k]["ahsn"] == ah:
                out += [(("place", k, t), None) for t in w.icb_info[k]["towns"]]
        return out
    if lvl == "site_alliance":
        return [(a, a) for a in w.alliances]
    if lvl == "site_region":
        return [(w.nhse_region[r], w.nhse_region[r]) for r in NHS_REGIONS]
    if lvl == "site_ahsn":
        return [(a, a) for a in w.ahsn.values()]
    return []


def make_natlocal(fam, gkey, site, variant, phase, wave, start):
    w = fam.w
    rng = w.rng
    G = NATIONAL_PROGRAMMES[gkey]
    ident = ("natlocal", gkey, site[0], variant, phase, wave)
    implied = list(NATPROG_PRODUCTS.get(gkey, [])) + ([variant] if variant in PRODUCTS else [])
    if ident in w.ident or any(w.conflicts.get((p, site[0]), "natlocal") != "natlocal" for p in implied):
        return None
    # another family may only add a delivery of the same programme at the same site for another variant or wave (both
    # always stated) or as a pilot that ended before the other's rollout began; an overlapping second "pilot" or
    # "rollout" of the same delivery would be the same programme
    y0, y1 = G["years"]
    months = rng.randint(9, 20) if phase == "pilot" else rng.randint(12, 40)
    months = months if rng.random() < 0.85 else None
    s0 = clamp_start(start)
    e0 = ym_add(s0, months) if months else None
    if not w.slot_free("prog:" + gkey, site[0], fam.fid,
                       lambda o: (variant is not None and o.ident[3] != variant) or (wave is not None and o.ident[5] != wave)
                       or sequential(o.phase, o.start, o.end, phase, s0, e0)):
        return None
    lat = w.new_latent("natlocal", ident, fam.fid)
    if lat is None:
        return None
    w.take_slot("prog:" + gkey, site[0], lat)
    for p in implied:
        w.conflicts[(p, site[0])] = "natlocal"
    set_dates(w, lat, start, months)
    sid, aid = site
    if aid is None:
        icb = sid[1]
        if sid[0] == "place":
            if gkey == "cdc" and w.trust_by_type.get((icb, "acute")):
                deliverer = rng.choice(w.trust_by_type[(icb, "acute")])
            else:
                deliverer = w.commissioner_for(icb, lat.start)
            town = sid[2]
            lat.parts["PLACE"] = w.specific_forms("place", sid, [town, town + " (" + w.reg.get(w.icb[icb]).short + ")"], w._places)
        else:
            deliverer = w.commissioner_for(icb, lat.start)
            lat.parts["PLACE"] = w.specific_forms("local", sid, place_forms(w, site, lat.start), extra=w.area_names(icb, lat.start))
    else:
        deliverer = aid
        a = w.reg.get(aid)
        icb = a.icb or None
        lat.parts["PLACE"] = list(getattr(a, "area_forms", [a.short]))
        if a.typ in ("practice", "pcn", "council", "devolved") or a.typ.startswith("trust"):
            lat.parts["PLACE"] = w.specific_forms("local", aid, lat.parts["PLACE"])
    dev = w.reg.get(deliverer)
    lat.country = "England"
    lat.region = dev.region
    lat.local_area = local_area_of(w, site)
    lat.parts["PROG"] = G["forms"]
    nat = national_latent(w, gkey)
    lat.roles["deliverer"] = deliverer
    lat.roles["national"] = nat.roles["owner"]
    lat.roles["funder"] = nat.roles["owner"] if rng.random() < 0.6 else deliverer
    if icb and dev.typ not in ("ahsn",):
        lat.roles["network"] = w.ahsn[w.icb_info[icb]["ahsn"]]
        comm = w.commissioner_for(icb, lat.start)
        if comm != deliverer and dev.typ in ("pcn", "practice", "trust-acute", "trust-mh", "trust-community", "council"):
            lat.roles["commissioner"] = comm
    elif dev.typ == "ahsn":
        lat.roles["network"] = deliverer
    cond = G.get("cond")
    tech = G.get("tech")
    lat.variant = variant
    if variant:
        if variant in PRODUCTS:
            lat.parts["VARIANT"] = PRODUCTS[variant][0]
            cond = PRODUCTS[variant][4]
            tech = PRODUCTS[variant][3]
        elif variant in CONDITIONS:
            lat.parts["VARIANT"] = CONDITIONS[variant]["forms"]
            cond = variant
        else:
            lat.parts["VARIANT"] = [variant, variant.split(" (")[0]]
    if wave:
        lat.parts["WAVE"] = ["wave %d" % wave, "Wave %d" % wave, "phase %d" % wave, "W%d" % wave]
    lat.parts["PHASE"] = PHASE_FORMS[phase]
    lat.phase = phase
    lat.cond = cond or "cvdprev"
    lat.tech = tech or "pathway"
    lat.pop = {"maternity": "pregnant", "cypmh": "cyp", "frailty": "older", "ed": "young_adults"}.get(lat.cond, "adults")
    lat.parts["POP"] = POPULATIONS[lat.pop]
    lat.parts["COND"] = CONDITIONS[lat.cond]["forms"]
    lat.what_desc = G["about"][0]
    lat.about = list(G["about"])
    lat.partners = [x for x in (lat.roles.get("network"), lat.roles["national"], lat.roles.get("commissioner")) if x and x != deliverer]
    lat.budget = round_amt(rng, 20_000, 900_000) if rng.random() < 0.7 else None
    lat.period = rng.choice([None, "total", "per year", fy_label(lat.start)])
    setting = {"site_primary": "primary", "site_acute": "acute", "site_mh": "mh", "site_community": "community"}.get(G["level"], "community")
    lat.setting = setting
    lat.n_sites = _n_sites(rng, setting) if dev.typ != "practice" else None
    lat.site_unit = rng.choice(site_unit_for(setting))
    lat.n_pts = _n_pts(rng, setting)
    lat.outcome = rng.choice(CONDITIONS[lat.cond]["outcomes"])
    lat.benef = rng.choice(POPULATIONS[lat.pop]) + rng.choice(["", " in " + lat.parts["PLACE"][0], " with " + CONDITIONS[lat.cond]["name"]])
    lat.productivity = "yes" if lat.tech == "admin_sw" else rng.choice(["no", None, None])
    offers = "yes" if lat.roles["funder"] != deliverer else rng.choice(["no", None])
    common_fill(w, lat, (["networking-and-brokerage", "training-and-skills"] if rng.random() < 0.5 else ["procurement-and-commissioning", "evaluation-and-evidence"],
                         None, "non-clinical" if lat.tech == "admin_sw" else "clinical", offers,
                         "adopters" if offers == "yes" else (None if offers is None else "none"),
                         ["Adoption", "Diffusion and spread"], ["Relationships and networks"], ["Adopters", "Clinicians"]))
    cands = []
    if dev.typ not in ("pcn", "practice"):
        cands.append(("deliverer", deliverer, 40))
    if "commissioner" in lat.roles:
        cands.append(("commissioner", lat.roles["commissioner"], 20))
    if "network" in lat.roles and lat.roles["network"] != deliverer:
        cands.append(("network", lat.roles["network"], 25))
    cands.append(("national", lat.roles["national"], 10))
    lat.loggers = cands
    lat.dup_p = 0.032
    lat.salient = ["PROG", "PLACE"] + (["VARIANT"] if variant else []) + (["WAVE"] if wave else [])
    lat.name_crit = list(lat.salient) if rng.random() < 0.7 else ["PROG", "PLACE"]
    fam.lats.append(lat)
    return lat


def fy_label(ym):
    y = ym[0] if ym[1] >= 4 else ym[0] - 1
    return "%d/%02d" % (y, (y + 1) % 100)


def fam_natlocal(w):
    gkey = pick_open(w, "natlocal", list(NATIONAL_PROGRAMMES))
    return note_made(w, "natlocal", gkey, _fam_natlocal(w, gkey))


def _fam_natlocal(w, gkey):
    rng = w.rng
    G = NATIONAL_PROGRAMMES[gkey]
    fam = Family(w, "natlocal")
    nat = national_latent(w, gkey)
    icb = rng.choice(ICBS)[0]
    ck = ("natlocal", G["level"], icb)
    if ck not in w.site_cache:
        w.site_cache[ck] = natlocal_sites(w, G, icb)
    allsites = w.site_cache[ck]
    if not allsites:
        return fam
    sites = rng.sample(allsites, min(len(allsites), 16))
    variants = G.get("variant_products") or G.get("variant_conditions") or G.get("variant_models") or [None]
    v0 = rng.choice(variants)
    waves = [1, 2, 3] if G.get("waves") else [None]
    wv0 = rng.choice(waves)
    y0, y1 = G["years"]
    if wv0:
        y0 = min(y1, y0 + (wv0 - 1) * 2)
    phase0 = rng.choice(["rollout", "rollout", "pilot"]) if gkey not in ("rightcare", "girft", "natsip") else "rollout"
    start0 = (rng.randint(y0, max(y0, min(y1, SNAPSHOT[0]))), rng.choice([1, 4, 4, 5, 6, 7, 9, 10]))
    same = []
    n_other = rng.choice([1, 1, 2, 2, 3, 4, 5])
    for s in sites:
        if len(same) > n_other:
            break
        l = make_natlocal(fam, gkey, s, v0, phase0, wv0, ym_add(start0, rng.randint(-9, 9)) if same else start0)
        if l:
            same.append(l)
    if not same:
        return fam
    base = same[0]
    bsite = next(s for s in sites if s[0] == base.ident[2])
    fam.chain_pairs(same, "other_region")
    for l in same[:3]:
        fam.pair(nat, l, "national_vs_local")
    if v0 is not None and len(variants) > 1 and rng.random() < 0.45:
        others = [v for v in variants if v != v0]
        rng.shuffle(others)
        sis = [base]
        for v in others[:rng.randint(1, 2)]:
            l = make_natlocal(fam, gkey, bsite, v, phase0, wv0, ym_add(start0, rng.randint(-6, 6)))
            if l:
                sis.append(l)
        kind = "sister_technology" if v0 in PRODUCTS else ("sister_condition" if v0 in CONDITIONS else "sister_model")
        fam.chain_pairs(sis, kind)
    if wv0 and rng.random() < 0.35:
        w2 = wv0 + 1 if wv0 < 3 else wv0 - 1
        l = make_natlocal(fam, gkey, bsite, v0, phase0, w2, ym_add(start0, 24 * (w2 - wv0)))
        if l:
            fam.pair(base, l, "next_round")
    if rng.random() < 0.2 and gkey not in ("rightcare", "girft", "natsip"):
        p2 = "rollout" if phase0 == "pilot" else "pilot"
        st = ym_add(base.end or ym_add(start0, 12), rng.randint(1, 6)) if phase0 == "pilot" else ym_add(start0, -rng.randint(9, 18))
        l = make_natlocal(fam, gkey, bsite, v0, p2, wv0, st)
        if l:
            base.salient.append("PHASE")
            l.salient.append("PHASE")
            fam.pair(base, l, "pilot_vs_scaleup")
    return fam


# ------------------------------------------------------------------------------------------------
# Competitive schemes: themed competitions and individual awards
def theme_parts(theme):
    if theme.startswith("product:"):
        k = theme.split(":")[1]
        return PRODUCTS[k][0], PRODUCTS[k][4], "product"
    if theme.startswith("deprived:"):
        k = theme.split(":")[1]
        return ["%s in deprived communities" % CONDITIONS[k]["forms"][0], "%s (Core20PLUS5)" % CONDITIONS[k]["forms"][0]], k, "condition"
    if theme in CONDITIONS:
        return CONDITIONS[theme]["forms"], theme, "condition"
    return [theme, theme.lower()], None, "strand"


def scheme_round_dates(rng, K, ri):
    forms, y, k = K["rounds"][ri]
    y = int(y)
    if forms[0][:4].isdigit() and "/" in forms[0]:
        return (y, 4), 12
    return (y, rng.randint(1, 12)), rng.randint(6, 24)


def make_scheme_theme(fam, kkey, ri, theme):
    w = fam.w
    rng = w.rng
    K = SCHEMES[kkey]
    ident = ("scheme", kkey, ri, theme)
    lat = w.new_latent("scheme", ident, fam.fid)
    if lat is None:
        return None
    start, months = scheme_round_dates(rng, K, ri)
    set_dates(w, lat, start, months)
    forms, cond, tkind = theme_parts(theme)
    lat.theme_kind = tkind
    lat.parts["PROG"] = K["forms"]
    lat.parts["ROUND"] = K["rounds"][ri][0]
    lat.parts["THEME"] = forms
    lat.cond = cond or "admin"
    lat.parts["COND"] = CONDITIONS[lat.cond]["forms"]
    lat.pop = "adults"
    lat.tech = PRODUCTS[theme.split(":")[1]][3] if tkind == "product" else "mixed"
    funder = w.actor_for(K["funder"])
    manager = w.actor_for(K["manager"])
    lat.roles["funder"] = funder
    lat.roles["owner"] = funder
    lat.roles["manager"] = manager
    lat.partners = [manager] if manager != funder else []
    if kkey == "sbri" and rng.random() < 0.5:
        lat.partners.append("ORG-HEEAST")
    lat.what_desc = K["about"][0]
    lat.about = list(K["about"])
    lat.budget = round_amt(rng, *K["budget"]) if rng.random() < 0.8 else None
    lat.period = rng.choice([None, "total", "per round", fy_label(lat.start)])
    lat.n_sites = rng.randint(3, 25)
    lat.site_unit = rng.choice(["contracts", "awards", "projects", "companies"])
    lat.n_pts = rng.randint(20, 160)          # applications
    lat.outcome = rng.choice(CONDITIONS[lat.cond]["outcomes"])
    lat.benef = rng.choice(["SMEs", "innovators", "companies and NHS partners", "NHS providers"]) if K["recipients"] == "innovators" else "NHS providers and commissioners"
    lat.productivity = "yes" if lat.cond in ("admin", "workforce", "outpatients") else rng.choice(["no", None])
    common_fill(w, lat, (K["acts"], K["instrument"], K["focus"], "yes", K["recipients"],
                         ["Development", "Evaluation"] if K["recipients"] == "innovators" else ["Adoption"],
                         ["Funding and commissioning"], ["Innovators"] if K["recipients"] == "innovators" else ["Adopters"]))
    lat.loggers = [("funder", funder, 60)] + ([("manager", manager, 40)] if manager != funder else [])
    lat.dup_p = 0.03
    lat.salient = ["PROG", "ROUND", "THEME"]
    lat.name_crit = list(lat.salient)
    fam.lats.append(lat)
    return lat


def fam_scheme(w):
    rng = w.rng
    fam = Family(w, "scheme")
    kkey = rng.choice(list(SCHEMES))
    K = SCHEMES[kkey]
    ri = rng.randrange(len(K["rounds"]))
    t0 = rng.choice(K["themes"])
    base = make_scheme_theme(fam, kkey, ri, t0)
    if base is None:
        return fam
    rounds = [base]
    for d in (1, -1, 2):
        if rng.random() < 0.55 and 0 <= ri + d < len(K["rounds"]):
            l = make_scheme_theme(fam, kkey, ri + d, t0)
            if l:
                rounds.append(l)
    fam.chain_pairs(rounds, "next_round")
    themes = [t for t in K["themes"] if t != t0]
    rng.shuffle(themes)
    sis = [base]
    for t in themes[:rng.choice([0, 1, 2, 3])]:
        l = make_scheme_theme(fam, kkey, ri, t)
        if l:
            sis.append(l)
    k = {"product": "sister_technology", "condition": "sister_condition", "strand": "other_strand"}[base.theme_kind]
    fam.chain_pairs(sis, k)
    return fam


def make_award(fam, kkey, ri, theme, phase, company, start=None):
    w = fam.w
    rng = w.rng
    K = SCHEMES[kkey]
    ident = ("award", kkey, ri, phase, company)
    lat = w.new_latent("award", ident, fam.fid)
    if lat is None:
        return None
    s0, _ = scheme_round_dates(rng, K, ri)
    start = start or ym_add(s0, rng.randint(2, 8))
    months = rng.randint(6, 9) if phase == 1 else rng.randint(12, 30)
    set_dates(w, lat, start, months)
    forms, cond, tkind = theme_parts(theme)
    co = w.reg.get(company)
    lat.parts["PROG"] = K["forms"]
    lat.parts["ROUND"] = K["rounds"][ri][0]
    lat.parts["THEME"] = forms
    lat.parts["PHASE"] = AWARD_PHASE_FORMS[phase] if K.get("phases") else ["award", "grant", "funded project"]
    lat.phased = bool(K.get("phases"))
    lat.parts["COMPANY"] = [co.name, co.short, co.short.upper() if len(co.short) < 12 else co.short]
    lat.parts["PRODUCT"] = co.product_forms
    lat.award_phase = phase
    lat.cond = cond or rng.choice(list(CONDITIONS))
    lat.parts["COND"] = CONDITIONS[lat.cond]["forms"]
    lat.pop = "adults"
    lat.tech = {"device": "device", "digital": "dtx", "ivd": "ivd", "ai": "ai_other"}[co.theme_kind] if hasattr(co, "theme_kind") else "device"
    funder = w.actor_for(K["funder"])
    manager = w.actor_for(K["manager"])
    lat.roles["funder"] = funder
    lat.roles["owner"] = funder
    lat.roles["deliverer"] = company
    lat.roles["manager"] = manager
    lat.roles["network"] = w.ahsn[co.ahsn] if co.ahsn else None
    nhs_partner = None
    trusts = w.trusts.get(co.icb, [])
    if trusts and rng.random() < 0.6:
        nhs_partner = rng.choice(trusts)
    lat.partners = [x for x in (nhs_partner, lat.roles["network"] if rng.random() < 0.4 else None, manager if manager != funder else None) if x]
    lat.nhs_partner = nhs_partner
    lat.country = "England"
    lat.region = co.region
    lat.what_desc = "%s, a %s for %s" % (co.product_forms[0], co.product_noun, CONDITIONS[lat.cond]["name"])
    lat.about = list(K["about"])
    lo, hi = K["award"][phase - 1] if K.get("phases") else K["award"][rng.randint(0, 1)]
    lat.budget = round_amt(rng, lo, hi)
    lat.period = rng.choice([None, "total", "%d months" % months])
    lat.n_sites = rng.randint(1, 6)
    lat.site_unit = rng.choice(["NHS sites", "pilot sites", "trusts", "GP practices"])
    lat.n_pts = rng.randint(30, 2000)
    lat.outcome = rng.choice(CONDITIONS[lat.cond]["outcomes"])
    lat.benef = "%s (developer); %s" % (co.short, rng.choice(["patients with " + CONDITIONS[lat.cond]["name"], "NHS clinicians", "people at risk of " + CONDITIONS[lat.cond]["name"]]))
    lat.productivity = rng.choice(["no", None, "yes"])
    common_fill(w, lat, (["funding"] + (["evaluation-and-evidence"] if phase == 2 else []), K["instrument"], K["focus"], "yes", "innovators",
                         ["Development"] if phase == 1 else ["Development", "Evaluation"], ["Funding and commissioning"], ["Innovators"]))
    cands = [("funder", funder, 45), ("deliverer", company, 30)]
    if manager != funder:
        cands.append(("manager", manager, 15))
    if lat.roles["network"]:
        cands.append(("network", lat.roles["network"], 10))
    lat.loggers = cands
    lat.dup_p = 0.022
    lat.salient = ["COMPANY", "PROG", "ROUND"] + (["PHASE"] if K.get("phases") else [])
    fam.lats.append(lat)
    return lat


def fam_award(w):
    rng = w.rng
    fam = Family(w, "award")
    keys = [k for k in SCHEMES if SCHEMES[k].get("award") and SCHEMES[k]["recipients"] == "innovators"]
    kkey = rng.choice(keys)
    K = SCHEMES[kkey]
    nr = len(K["rounds"])
    ri = rng.randrange(max(1, nr - 1)) if K.get("phases") else rng.randrange(nr)
    theme = rng.choice(K["themes"])
    tk = {"aiaward": "ai", "dhtc": "digital"}.get(kkey) or rng.choice(["device", "digital", "ivd", "ai"])
    comps = []
    for _ in range(rng.choice([1, 2, 2, 3, 3, 4, 5])):
        c = w.new_sme(tk)
        w.reg.get(c).theme_kind = tk
        comps.append(c)
    sis = []
    for c in comps:
        l = make_award(fam, kkey, ri, theme, 1, c)
        if l:
            sis.append(l)
    if not sis:
        return fam
    fam.chain_pairs(sis, "sister_award")
    base = sis[0]
    if K.get("phases") and rng.random() < 0.5 and ri + 1 < nr:
        l = make_award(fam, kkey, ri + 1, theme, 2, comps[0], start=ym_add(base.end, rng.randint(2, 10)))
        if l:
            fam.pair(base, l, "next_phase")
    if rng.random() < 0.3:
        k2 = rng.choice([k for k in keys if k != kkey])
        K2 = SCHEMES[k2]
        later = [i for i, r in enumerate(K2["rounds"]) if r[1] >= K["rounds"][ri][1]]
        if later:
            r2 = rng.choice(later[:3])
            l = make_award(fam, k2, r2, rng.choice(K2["themes"]), 1 if not K2.get("phases") else rng.choice([1, 2]), comps[0])
            if l:
                fam.pair(base, l, "same_product_other_funder")
    return fam


# ------------------------------------------------------------------------------------------------
def make_localfund(fam, fkey, owner, year):
    w = fam.w
    rng = w.rng
    F = LOCAL_FUNDS[fkey]
    ident = ("localfund", fkey, owner, year)
    lat = w.new_latent("localfund", ident, fam.fid)
    if lat is None:
        return None
    set_dates(w, lat, (year, rng.choice([1, 3, 4, 5, 9, 10])), rng.randint(6, 14))
    o = w.reg.get(owner)
    lat.parts["PROG"] = F["forms"]
    lat.parts["ROUND"] = [str(year), "%d/%02d" % (year, (year + 1) % 100), "%d round" % year, "%d competition" % year]
    lat.parts["PLACE"] = w.specific_forms("fund:" + fkey, owner, localfund_place_forms(o),
                                          lambda: dict((x, localfund_place_forms(w.reg.get(x))) for x in localfund_owners(w, F)))
    lat.roles["owner"] = owner
    lat.roles["funder"] = owner
    lat.roles["deliverer"] = owner
    lat.partners = [x for x in (w.ahsn.get(o.ahsn) if o.typ != "ahsn" else None,) if x]
    lat.country = "England"
    lat.region = o.region
    lat.cond = "admin"
    lat.pop = "staff"
    lat.tech = "mixed"
    lat.what_desc = F["about"][0]
    lat.about = list(F["about"])
    lat.budget = round_amt(rng, F["award"][0] * 3, F["award"][1] * 6)
    lat.period = rng.choice([None, "total", str(year)])
    lat.n_sites = rng.randint(3, 15)
    lat.site_unit = rng.choice(["projects", "awards", "teams"])
    lat.n_pts = rng.randint(12, 120)
    lat.outcome = "time from idea to pilot"
    lat.benef = rng.choice(["NHS staff with ideas", "clinical teams", "local innovators and NHS teams"])
    lat.productivity = rng.choice(["yes", "no", None])
    common_fill(w, lat, (["funding", "networking-and-brokerage"], "challenges-prizes-and-awards", "both", "yes",
                         rng.choice(["adopters", "both", "innovators"]), ["Idea generation", "Development"],
                         ["Motivations and accountabilities", "Funding and commissioning"], ["Innovators", "Clinicians"]))
    lat.loggers = [("owner", owner, 80)] + ([("partner", lat.partners[0], 20)] if lat.partners else [])
    lat.dup_p = 0.02
    lat.salient = ["PROG", "ROUND", "PLACE"]
    fam.lats.append(lat)
    return lat


def localfund_place_forms(o):
    return list(getattr(o, "area_forms", [getattr(o, "area", o.short)])) if hasattr(o, "area_forms") else [getattr(o, "area", o.short)]


def localfund_owners(w, F):
    out = []
    for o in F["owners"]:
        if o == "CCG":
            for lst in w.ccgs.values():
                out += lst
        else:
            out.append(w.actor_for(o))
    return out


def fam_localfund(w):
    rng = w.rng
    fam = Family(w, "localfund")
    fkey = rng.choice(list(LOCAL_FUNDS))
    F = LOCAL_FUNDS[fkey]
    owners = localfund_owners(w, F)
    o0 = rng.choice(owners)
    y0 = rng.randint(F["years"][0], F["years"][1])
    base = make_localfund(fam, fkey, o0, y0)
    if base is None:
        return fam
    yrs = [base]
    for d in (1, 2, -1):
        if rng.random() < 0.5 and F["years"][0] <= y0 + d <= F["years"][1]:
            l = make_localfund(fam, fkey, o0, y0 + d)
            if l:
                yrs.append(l)
    fam.chain_pairs(yrs, "next_round")
    others = [o for o in owners if o != o0]
    rng.shuffle(others)
    regs = [base]
    for o in others[:rng.choice([0, 1, 2])]:
        l = make_localfund(fam, fkey, o, y0)
        if l:
            regs.append(l)
    fam.chain_pairs(regs, "other_region")
    return fam


# ------------------------------------------------------------------------------------------------
def make_cohort(fam, ckey, c, strand, owner_override=None):
    w = fam.w
    rng = w.rng
    C = COHORTS[ckey]
    ident = ("cohort", ckey, c, strand)
    lat = w.new_latent("cohort", ident, fam.fid)
    if lat is None:
        return None
    y = C["first"] + c - 1
    set_dates(w, lat, (y, rng.choice([1, 4, 9, 10])), rng.choice([12, 12, 15, 18, 24]))
    lat.parts["PROG"] = C["forms"]
    lat.parts["ROUND"] = ["cohort %d" % c, "Cohort %d" % c, "%d cohort" % y, "%d/%02d intake" % (y, (y + 1) % 100), "wave %d" % c]
    owner = owner_override or w.actor_for(C["owner"])
    if C.get("regional"):
        o = w.reg.get(owner)
        pool = list(w.ahsn.values()) if C["owner"] == "AHSN" else list(w.arc.values())
        # "ARC West" must not read as the start of "ARC West Midlands"
        lat.parts["PLACE"] = w.specific_forms("cohort:" + ckey, owner, [getattr(o, "area", o.short), o.short],
                                              lambda: dict((x, [getattr(w.reg.get(x), "area", w.reg.get(x).short), w.reg.get(x).short]) for x in pool),
                                              extra=["%s (%s)" % (o.short, w.reg.get(w.ahsn[o.ahsn]).area)] if o.ahsn in w.ahsn else ())
        lat.region = o.region
    if strand and not C.get("regional"):
        lat.parts["STRAND"] = [strand, strand.title() if rng.random() < 0.5 else strand]
    lat.roles["owner"] = owner
    lat.roles["funder"] = owner
    lat.partners = [w.actor_for(p) for p in C["partners"]]
    lat.cond = "workforce"
    lat.pop = "staff"
    lat.tech = "mixed"
    lat.what_desc = C["about"][0]
    lat.about = list(C["about"])
    lat.budget = round_amt(rng, *C["cost"]) if rng.random() < 0.6 else None
    lat.period = rng.choice([None, "per cohort", "per year", "%d/%02d" % (y, (y + 1) % 100)])
    lat.n_pts = rng.randint(8, 300)
    lat.n_sites = rng.randint(5, 40)
    lat.site_unit = "organisations"
    lat.outcome = rng.choice(["time from idea to adoption", "vacancies in digital leadership roles", "reliance on external consultancy"])
    lat.benef = rng.choice(["healthcare professionals", "clinicians and managers", "NHS staff"]) + (" (%s)" % strand if strand else "")
    lat.productivity = rng.choice(["no", None])
    common_fill(w, lat, (["training-and-skills", "networking-and-brokerage"], "fellowships-and-scholarships", "both",
                         rng.choice(["yes", "no", None]), None, ["Idea generation", "Development", "Adoption"],
                         ["Skills, capabilities and leadership"], ["Clinicians", "Managers", "Innovators"]))
    if lat.offers == "yes":
        lat.recipients = rng.choice(["innovators", "adopters", "both"])
    lat.loggers = [("owner", owner, 70)] + [("partner", p, 15) for p in lat.partners if w.reg.get(p).typ in ("national", "ahsn", "charity")]
    lat.dup_p = 0.025
    lat.salient = ["PROG", "ROUND"] + (["STRAND"] if (strand and not C.get("regional")) else []) + (["PLACE"] if C.get("regional") else [])
    lat.name_crit = list(lat.salient)
    fam.lats.append(lat)
    return lat


def fam_cohort(w):
    rng = w.rng
    fam = Family(w, "cohort")
    ckey = rng.choice(list(COHORTS))
    C = COHORTS[ckey]
    c0 = rng.randint(1, C["n"])
    strands = C.get("strands")
    s0 = rng.choice(strands) if strands else None
    if C.get("regional"):
        pool = list(w.ahsn.values()) if C["owner"] == "AHSN" else list(w.arc.values())
        rng.shuffle(pool)
        o0 = pool[0]
        s0 = w.reg.get(o0).code
    else:
        pool, o0 = None, None
    base = make_cohort(fam, ckey, c0, s0, o0)
    if base is None:
        return fam
    rounds = [base]
    for d in (1, -1, 2):
        if rng.random() < 0.5 and 1 <= c0 + d <= C["n"]:
            l = make_cohort(fam, ckey, c0 + d, s0, o0)
            if l:
                rounds.append(l)
    fam.chain_pairs(rounds, "next_round")
    sis = [base]
    if strands:
        for s in rng.sample(strands, min(len(strands), rng.choice([0, 1, 2]) + 1)):
            if s != s0:
                l = make_cohort(fam, ckey, c0, s)
                if l:
                    sis.append(l)
        fam.chain_pairs(sis, "other_strand")
    elif pool:
        for o in pool[1:1 + rng.choice([0, 1, 2])]:
            l = make_cohort(fam, ckey, c0, w.reg.get(o).code, o)
            if l:
                sis.append(l)
        fam.chain_pairs(sis, "other_region")
    return fam


# ------------------------------------------------------------------------------------------------
def make_infra(fam, ikey, region, roundk, forms, owner, host, start, months, theme=None, tech="pathway", extra=None, show_place=True):
    w = fam.w
    rng = w.rng
    rkey = region if (region is None or isinstance(region, str)) else region[0]
    ident = ("infra", ikey, rkey, roundk if (roundk is None or isinstance(roundk, str)) else roundk[0], theme)
    lat = w.new_latent("infra", ident, fam.fid)
    if lat is None:
        return None
    lat.show_place = bool(region and show_place)
    set_dates(w, lat, start, months)
    lat.parts["PROG"] = forms
    if region and show_place:
        lat.parts["PLACE"] = region if isinstance(region, list) else [region]
    if roundk:
        lat.parts["ROUND"] = roundk if isinstance(roundk, list) else [str(roundk)]
    if theme:
        lat.parts["THEME"] = [theme, theme.capitalize()]
    lat.roles["owner"] = owner
    lat.roles["funder"] = owner
    if host:
        lat.roles["deliverer"] = host
    lat.partners = [x for x in ([host] + (extra or [])) if x and x != owner]
    h = w.reg.get(host) if host else None
    lat.region = h.region if h is not None else ""
    lat.cond = "admin"
    lat.pop = "adults"
    lat.tech = tech
    lat.what_desc = None
    lat.budget = round_amt(rng, 3_000_000, 60_000_000) if rng.random() < 0.6 else None
    lat.period = rng.choice([None, "total", "5 years", "per year"])
    lat.n_sites = rng.randint(4, 40)
    lat.site_unit = rng.choice(["partner organisations", "trusts", "projects"])
    lat.n_pts = rng.randint(10, 200)
    lat.outcome = {"gde": "paper-based processes", "mhde": "paper-based processes", "ff": "paper-based processes", "aspirant": "paper-based processes",
                   "lhcre": "duplicate tests and repeated histories"}.get(ikey, rng.choice(["time to adoption of research findings", "duplication of research effort"]))
    lat.benef = rng.choice(["NHS organisations and researchers", "patients and services across the region", "health and care organisations"])
    lat.productivity = rng.choice(["no", None, "partly"])
    lat.loggers = [("owner", owner, 55)] + ([("deliverer", host, 45)] if host and w.reg.get(host).typ not in ("pcn",) else [])
    lat.dup_p = 0.03
    lat.salient = ["PROG"] + (["PLACE"] if (region and show_place) else []) + (["ROUND"] if roundk else []) + (["THEME"] if theme else [])
    lat.name_crit = list(lat.salient)
    fam.lats.append(lat)
    return lat


BRC_TRUST = {"UCLH": "University College London Hospitals", "Imperial": "Imperial College Healthcare", "Oxford": "Oxford University Hospitals",
             "Cambridge": "Cambridge University Hospitals", "Manchester": "Manchester University", "Newcastle": "Newcastle upon Tyne",
             "Leeds": "Leeds Teaching", "Birmingham": "University Hospitals Birmingham", "Nottingham": "Nottingham University Hospitals",
             "Exeter": "Royal Devon", "Sheffield": "Sheffield Teaching", "Southampton": "University Hospital Southampton",
             "Bristol": "University Hospitals Bristol", "Leicester": "University Hospitals of Leicester", "Barts": "Barts Health",
             "Maudsley": "Maudsley"}


# about as many as there were: 16 acute and 7 mental health GDEs, some 40 fast followers, about 100 digital aspirants,
# 11 test beds in two waves (a few more are allowed)
INFRA_CAPS = {"gde": 16, "mhde": 7, "ff": 40, "aspirant": 100, "testbed": 24}


def fam_infra(w):
    rng = w.rng
    fam = Family(w, "infra")
    which = rng.choice(["arc", "arc", "brc", "mic", "gde", "gde", "lhcre", "gmsa", "testbed", "testbed"])
    R_ARC = (["research-infrastructure-support", None], "institutional-funding-for-public-research")
    if which == "arc":
        regs = list(ARC_REGIONS)
        rng.shuffle(regs)
        r0 = regs[0]
        lats = {}
        for r in regs[:rng.randint(1, 3)]:
            host = ("ORG-" + ARC_HOST[r]) if ARC_HOST[r] else None
            net = w.ahsn[ARC_AHSN[r]]
            a = make_infra(fam, "arc", r, "2019", ["NIHR Applied Research Collaboration " + r, "NIHR ARC " + r, "ARC " + r, "Applied Research Collaboration (" + r + ")"],
                           "ORG-NIHR", host or w.arc[r], (2019, 10), 60, extra=[net], show_place=False)
            c14 = make_infra(fam, "clahrc", r, "2014", ["NIHR CLAHRC " + r, "CLAHRC " + r, "Collaboration for Leadership in Applied Health Research and Care (" + r + ")"],
                             "ORG-NIHR", host, (2014, 1), 69, extra=[net], show_place=False)
            c08 = make_infra(fam, "clahrc", r, "2008", ["NIHR CLAHRC " + r, "CLAHRC " + r + " (first round)", "Collaboration for Leadership in Applied Health Research and Care - " + r],
                             "ORG-NIHR", host, (2008 + 1, 1), 60, extra=[net], show_place=False) if rng.random() < 0.4 else None
            for x in (a, c14, c08):
                if x:
                    x.about = ["Collaborations between NHS providers, universities, local authorities and charities that carry out applied health research and help put it into practice.",
                               "ARCs succeeded the CLAHRCs in October 2019."]
                    x.what_desc = x.about[0]
                    common_fill(w, x, (["evaluation-and-evidence", "networking-and-brokerage"], "research-infrastructure-support", "clinical", "yes", "adopters",
                                       ["Evaluation", "Adoption"], ["Information and evidence", "Relationships and networks"], ["Adopters", "Clinicians"]))
            fam.pair(c14, a, "successor_programme")
            fam.pair(c08, c14, "next_round")
            lats[r] = a
        fam.chain_pairs([x for x in lats.values() if x], "other_region")
    elif which == "brc":
        hosts = list(BRC_HOSTS)
        rng.shuffle(hosts)
        per_round = {}
        for h in hosts[:rng.randint(1, 3)]:
            needle = BRC_TRUST.get(h, h).lower()
            tr = [t for t in w.trust_ids if needle in w.reg.get(t).name.lower()]
            host = tr[0] if tr else None
            for y in rng.sample([2012, 2017, 2022], rng.randint(1, 3)):
                l = make_infra(fam, "brc", h, str(y), ["NIHR %s Biomedical Research Centre" % h, "%s BRC" % h, "NIHR %s BRC" % h],
                               "ORG-NIHR", host, (y, 4), 60, tech="mixed", show_place=False)
                if l:
                    l.about = ["Biomedical Research Centres are partnerships between NHS organisations and universities that translate discoveries into new treatments."]
                    l.what_desc = l.about[0]
                    common_fill(w, l, (["funding", "infrastructure"], "research-infrastructure-support", "clinical", "yes", "adopters",
                                       ["Idea generation", "Development"], ["Funding and commissioning"], ["Innovators", "Clinicians"]))
                    per_round.setdefault(y, []).append(l)
                    per_round.setdefault(h, []).append(l)
        for k, v in per_round.items():
            fam.chain_pairs(v, "other_site" if isinstance(k, int) else "next_round")
    elif which == "mic":
        th = list(MIC_THEMES)
        rng.shuffle(th)
        sis = []
        for t in th[:rng.randint(1, 3)]:
            m = make_infra(fam, "mic", None, "2018", ["NIHR %s MedTech Co-operative" % t.title(), "%s MIC" % t.title(), "NIHR MedTech and In vitro diagnostic Co-operative: %s" % t],
                           "ORG-NIHR", None, (2018, 1), 62, theme=t, tech="device")
            hrc = make_infra(fam, "hrc", None, "2023", ["NIHR HealthTech Research Centre in %s" % t, "%s HRC" % t.title(), "HealthTech Research Centre (%s)" % t],
                             "ORG-NIHR", None, (2023, 4), 60, theme=t, tech="device")
            for x in (m, hrc):
                if x:
                    x.about = ["The centres build expertise and capacity in the NHS to develop new medical technologies and to generate evidence on diagnostics."]
                    x.what_desc = x.about[0]
                    common_fill(w, x, (["evaluation-and-evidence", "networking-and-brokerage"], "centres-of-excellence-grants", "clinical", "yes", "innovators",
                                       ["Development", "Evaluation"], ["Information and evidence"], ["Innovators", "Clinicians"]))
            fam.pair(m, hrc, "successor_programme")
            if m:
                sis.append(m)
        fam.chain_pairs(sis, "sister_condition")
    elif which == "gde":
        pk = rng.choice(list(GDE_PROGS))
        forms, year, ttype = GDE_PROGS[pk]
        if w.infra_made.get(pk, 0) >= INFRA_CAPS[pk]:
            return fam
        icb = rng.choice(ICBS)[0]
        region = w.icb_info[icb]["region"]
        pool = [t for t in w.trust_ids if w.reg.get(t).region == region
                and (ttype == "any" or w.reg.get(t).typ == "trust-" + ttype)]
        rng.shuffle(pool)
        sis = []
        for t in pool[:rng.randint(1, 4)]:
            a = w.reg.get(t)
            owner = "ORG-NHSX" if year >= 2019 else "ORG-NHSE"
            l = make_infra(fam, pk, a.area_forms, None, forms, owner, t, (year + (1 if pk == "aspirant" and rng.random() < 0.4 else 0), rng.choice([4, 9, 10])),
                           rng.randint(24, 40), tech="records")
            if l:
                w.infra_made[pk] = w.infra_made.get(pk, 0) + 1
                l.about = ["Exemplar trusts receive funding to become digitally advanced and to share what they learn with other trusts.",
                           "The programme was part of the Next Steps on the NHS Five Year Forward View commitment to digitising hospitals."]
                l.what_desc = l.about[0]
                common_fill(w, l, (["funding", "infrastructure"], None, "both", "yes", "adopters", ["Adoption"], ["Funding and commissioning"], ["Adopters", "Managers"]))
                l.productivity = "yes"
                sis.append(l)
        fam.chain_pairs(sis, "other_site")
    elif which == "lhcre":
        items = list(LHCRE)
        rng.shuffle(items)
        sis = []
        for name, icbs, wave in items[:rng.randint(1, 3)]:
            ic = icbs[0]
            host = w.icb[ic]
            l = make_infra(fam, "lhcre", name, "wave %d" % wave, ["Local Health and Care Record Exemplar", "LHCRE", "Local Health & Care Record Exemplar (LHCRE)"],
                           "ORG-NHSE", host, (2018 + wave - 1, 5), 36, tech="records", extra=["ORG-NHSX"])
            if l:
                l.about = ["LHCREs join up health and care records across a region so that information follows the patient.",
                           "Only two programmes focused solely on non-clinical innovation; the LHCRE exemplars were one of them."]
                l.what_desc = l.about[0]
                common_fill(w, l, (["infrastructure", "funding"], "information-services-and-datasets", "non-clinical", "yes", "adopters",
                                   ["Adoption"], ["Information and evidence"], ["Adopters", "Managers"]))
                l.productivity = "yes"
                sis.append(l)
        fam.chain_pairs(sis, "other_region")
    elif which == "gmsa":
        items = list(GMSAS)
        rng.shuffle(items)
        sis = []
        for region, name in items[:rng.randint(1, 3)]:
            host = rng.choice([t for t in w.trust_ids if w.reg.get(t).typ == "trust-acute" and w.reg.get(t).region == region])
            l = make_infra(fam, "gmsa", [name.replace(" GMSA", ""), region], None,
                           ["Genomic Medicine Service Alliance", "GMSA", "NHS Genomic Medicine Service Alliance"], "ORG-NHSE", host, (2020, 10), 48,
                           tech="genomics")
            if l:
                l.about = ["Genomic Medicine Service Alliances embed genomic testing into mainstream care pathways across their regions."]
                l.what_desc = l.about[0]
                common_fill(w, l, (["networking-and-brokerage", "training-and-skills"], "networking-and-collaborative-platforms", "clinical", "no", None,
                                   ["Adoption", "Diffusion and spread"], ["Relationships and networks"], ["Clinicians"]))
                sis.append(l)
        fam.chain_pairs(sis, "other_region")
    else:  # test beds
        if w.testbeds >= INFRA_CAPS["testbed"]:
            return fam
        wave = rng.choice([1, 2])
        th, cond = rng.choice(TESTBED_THEMES)
        sis = []
        for _ in range(rng.randint(1, 3)):
            icb = rng.choice(ICBS)[0]
            place = rng.choice(w.icb_info[icb]["towns"])
            host = w.commissioner_for(icb, (2016 + 2 * (wave - 1), 7))
            l = make_infra(fam, "testbed", w.specific_forms("place", ("place", icb, place), [place, place + " (" + w.reg.get(w.icb[icb]).short + ")"], w._places), "wave %d" % wave,
                           ["NHS Test Bed", "Test Bed", "NHS England Test Bed programme"], "ORG-NHSE", host,
                           (2016 + 2 * (wave - 1), rng.choice([1, 4, 7])), rng.randint(18, 30), theme=th, tech="remote",
                           extra=[w.ahsn[w.icb_info[icb]["ahsn"]]])
            if l:
                w.testbeds += 1
                l.about = ["Test Beds evaluate combinations of technologies in real-world settings to find what works and what does not.",
                           "Each Test Bed is a partnership between NHS organisations, industry and academia."]
                l.what_desc = l.about[0]
                l.cond = cond
                common_fill(w, l, (["evaluation-and-evidence", "infrastructure"], "procurement-for-rnd-and-innovation", "clinical", "yes", "both",
                                   ["Evaluation"], ["Information and evidence"], ["Innovators", "Adopters"]))
                sis.append(l)
        fam.chain_pairs(sis, "other_region")
    return fam


# ------------------------------------------------------------------------------------------------
def fam_comparator(w):
    rng = w.rng
    topics = [t for t in COMPARATORS if ("comp", t, COMPARATORS[t][0][0]) not in w.ident]
    if not topics:
        return Family(w, "comparator")
    t = rng.choice(topics)
    fam = Family(w, "comparator")
    lats = []
    for country, forms, owner, year, about in COMPARATORS[t]:
        lat = w.new_latent("comparator", ("comp", t, country), fam.fid)
        if lat is None:
            continue
        set_dates(w, lat, (year, rng.randint(1, 12)), rng.choice([None, 36, 60, 120]))
        o = "ORG-" + owner
        lat.parts["PROG"] = forms
        lat.parts["COUNTRY"] = {"England": ["England", "NHS England", "England (UK)"], "United States": ["United States", "US", "USA"],
                                "Northern Ireland": ["Northern Ireland", "NI"]}.get(country, [country])
        lat.roles["owner"] = o
        lat.roles["national"] = o
        lat.country = country
        lat.region = ""
        lat.currency = {"Germany": "EUR", "France": "EUR", "Netherlands": "EUR", "United States": "USD"}.get(country, "GBP")
        lat.cond = "admin"
        lat.pop = "adults"
        lat.tech = "mixed"
        lat.what_desc = about
        lat.about = [about]
        lat.budget = round_amt(rng, 1_000_000, 50_000_000) if rng.random() < 0.4 else None
        lat.period = rng.choice([None, "per year", "total"])
        lat.n_sites = rng.randint(5, 30)
        lat.site_unit = "organisations"
        lat.n_pts = rng.randint(5, 100)
        lat.outcome = "time to adoption"
        lat.benef = "Patients and providers in %s" % country
        common_fill(w, lat, (rng.choice([["regulatory-advice"], ["information-and-signposting"], ["funding"], ["networking-and-brokerage"]]),
                             rng.choice(["national-strategies-and-plans", "emerging-technology-regulation", "policy-intelligence", None]),
                             "both", rng.choice(["no", None]), None, ["Adoption"], ["Information and evidence"], ["Adopters"]))
        logger = o if country in ("England",) else rng.choice(["ORG-OLS", o, o])
        lat.loggers = [("national", logger, 80)]
        lat.dup_p = 0.01
        lat.salient = ["PROG", "COUNTRY"]
        fam.lats.append(lat)
        lats.append(lat)
    fam.chain_pairs(lats, "other_country", maxp=4)
    return fam


FAMILY_BUILDERS = [
    (fam_adoption, 52), (fam_natlocal, 20), (fam_award, 14), (fam_scheme, 5), (fam_cohort, 5),
    (fam_infra, 4), (fam_localfund, 5), (fam_comparator, 1),
]


# ==================================================================================================
# RECORDS: how one organisation logs a programme
# Turning a latent programme into one register row as a given organisation would log it.
# ==================================================================================================


COLUMNS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
           "productivity_focus", "offers_funding", "funding_recipients", "stages", "drivers", "target_groups",
           "technology_area", "budget", "currency", "budget_period", "start_date", "end_date", "status", "evaluated",
           "rapid_evaluation", "source", "country", "region", "beneficiaries", "budget_notes", "last_updated", "link"]

_FMT = string.Formatter()
_FIELDS_CACHE = {}


def fields_of(t):
    r = _FIELDS_CACHE.get(t)
    if r is None:
        r = tuple(f for _, f, _, _ in _FMT.parse(t) if f)
        _FIELDS_CACHE[t] = r
    return r


# keys a placeholder "covers" (for checking that distinguishing facts are stated)
COVERS = {"DELIVERER": ("PLACE",), "VARIANT_PH": ("VARIANT",), "WAVE_PH": ("WAVE",), "PHASE_CAP": ("PHASE",),
          "STRAND_PH": ("STRAND",), "PLACE_PH": ("PLACE",), "ROUND_PH": ("ROUND",), "THEME_PH": ("THEME",),
          "PRODUCT_OR_PROG": ("PRODUCT", "PROG")}

NAME_T = {
    "adoption": {
        "own": ["{PRODUCT}{D}{PLACE}", "{PLACE}{D}{PRODUCT} {PHASE}", "{PRODUCT} {PHASE} ({PLACE})", "Implementation of {PRODUCT} in {PLACE}",
                "{PLACE} {PRODUCT} {PHASE}", "{PRODUCT} for {POP}{D}{PLACE}", "{COND} {PHASE}: {PRODUCT} ({PLACE})",
                "Adopting {PRODUCT} across {PLACE}", "{PRODUCT} ({PLACE}, {FY})", "{PLACE}: {PRODUCT} for {POP}"],
        "sup": ["{PRODUCT}{D}{PLACE} deployment", "{PLACE}{D}{PRODUCT} contract", "{PRODUCT} @ {PLACE}", "{PLACE} ({PRODUCT} {PHASE})",
                "{PRODUCT} {PHASE} with {PLACE}", "{PLACE}{D}{PRODUCT}"],
        "net": ["Supporting {PLACE} to adopt {PRODUCT}", "{PRODUCT} adoption support{D}{PLACE}", "{COND}: {PRODUCT} in {PLACE}",
                "{PLACE} {PRODUCT} {PHASE}", "{PRODUCT} spread ({PLACE})", "{PRODUCT}{D}{PLACE} ({POP})"],
        "fund": ["{FUNDPROG}: {PRODUCT} at {PLACE}", "{PRODUCT} ({PLACE}){D}{FUNDPROG}", "{PLACE}{D}{PRODUCT} ({FY})", "{PRODUCT} {PHASE}{D}{PLACE}"],
    },
    "natlocal": {
        "own": ["{PROG}{D}{PLACE}", "{PLACE} {PROG}", "{PROG} ({PLACE})", "{PROG}: {VARIANT}{D}{PLACE}", "{PLACE}: {PROG} {PHASE}",
                "{PROG} local delivery{D}{PLACE}", "Spread of {PROG} in {PLACE}", "{PROG} {WAVE}{D}{PLACE}", "{VARIANT} ({PROG}){D}{PLACE}",
                "{PLACE} {VARIANT} {PROG}"],
        "net": ["{PROG}{D}{PLACE}", "{PROG} in {PLACE}", "{PROG} ({VARIANT}){D}{PLACE}", "{PLACE} {PROG} support", "{PROG} {WAVE} ({PLACE})",
                "{PROG} {PHASE}: {PLACE}"],
        "fund": ["{PROG}{D}{PLACE} site", "{PROG}: {PLACE}", "{PROG} {WAVE}: {PLACE}", "{PROG} {VARIANT}{D}{PLACE}", "{PLACE} ({PROG})"],
    },
    "natprog": {"any": ["{PROG}", "{PROG} (national programme)", "{PROG}{D}national", "National {PROG}", "{PROG} (England)", "{PROG} national roll-out"]},
    "scheme": {"any": ["{PROG} {ROUND}: {THEME}", "{PROG}{D}{THEME} ({ROUND})", "{PROG} {ROUND}{D}{THEME} challenge",
                       "{THEME} competition ({PROG} {ROUND})", "{ROUND} {PROG}: {THEME}", "{PROG} {THEME} {ROUND}"]},
    "award": {
        "fund": ["{PROG} {ROUND} {PHASE}: {COMPANY}{D}{PRODUCT}", "{COMPANY}: {PRODUCT} ({PROG} {PHASE})", "{PROG} award{D}{COMPANY} ({ROUND})",
                 "{ROUND} {PHASE}{D}{COMPANY} ({THEME})", "{PROG} {PHASE} {ROUND}{D}{PRODUCT}"],
        "co": ["{PRODUCT} development ({PROG} {PHASE})", "{PRODUCT}{D}{PROG} {ROUND} {PHASE} contract", "{COMPANY} {PROG} {PHASE}",
               "{PROG} {PHASE} project: {PRODUCT}"],
        "net": ["Support to {COMPANY}: {PRODUCT} ({PROG})", "{COMPANY}{D}{PROG} {PHASE} support", "{PRODUCT} ({COMPANY}, {PROG} {ROUND})"],
    },
    "localfund": {"any": ["{PLACE} {PROG} {ROUND}", "{PROG} {ROUND}{D}{PLACE}", "{PROG} ({PLACE}, {ROUND})", "{ROUND} {PROG}", "{OWNER_SHORT} {PROG} {ROUND}"]},
    "cohort": {"any": ["{PROG} {ROUND}", "{PROG}{D}{ROUND}", "{PROG} ({STRAND}) {ROUND}", "{ROUND} {PROG}", "{PROG} {ROUND}{D}{PLACE}",
                       "{PLACE} {PROG} {ROUND}", "{PROG} {ROUND}: {STRAND}"]},
    "infra": {"any": ["{PROG}", "{PROG}{D}{PLACE}", "{PROG} ({ROUND})", "{PROG}: {PLACE}", "{PLACE} {PROG}", "{PROG} {ROUND}: {THEME}{D}{PLACE}",
                      "{PROG} {ROUND}{D}{PLACE}", "{PROG} ({THEME})"]},
    "comparator": {"any": ["{PROG}", "{PROG} ({COUNTRY})", "{COUNTRY}: {PROG}", "{PROG}{D}{COUNTRY}"]},
}

LEAD_T = {
    "adoption": {
        "own": ["{DELIVERER} is rolling out {PRODUCT}, {WHAT_DESC}, to {POP} in {PLACE}.",
                "{WE_ARE} implementing {PRODUCT} across {PLACE} for {POP}, starting {WHEN}.",
                "{PHASE_CAP} of {PRODUCT} ({WHAT_DESC}) for {POP} in {PLACE}.",
                "Project to introduce {PRODUCT} into the {COND} pathway in {PLACE} ({PHASE}).",
                "{PLACE}: {PRODUCT} made available to {POP} from {WHEN}.",
                "Local {PHASE} of {PRODUCT} for {POP} with {COND}, led by {DELIVERER}.",
                "{PRODUCT} {PHASE} in {PLACE} for {POP}. {PRODUCT_CAP} is {WHAT_DESC}.",
                "This {PHASE} offers {POP} in {PLACE} access to {PRODUCT}, {WHAT_DESC}."],
        "fund": ["{FUNDER} is funding {DELIVERER} to adopt {PRODUCT} for {POP}.",
                 "Funding of {BUDGET_TXT} to {DELIVERER} for the {PHASE} of {PRODUCT} in {PLACE}.",
                 "{FUNDER} has agreed to fund {PRODUCT} in {PLACE} ({FY}) through {FUNDPROG}.",
                 "Award under {FUNDPROG}: {PRODUCT} for {POP}, {PLACE} ({PHASE})."],
        "sup": ["{SUPPLIER} has been commissioned by {DELIVERER} to deploy {PRODUCT} for {POP}.",
                "Our {PRODUCT} service went live at {PLACE} in {WHEN} ({PHASE}).",
                "Contract with {DELIVERER} for {PRODUCT} ({PHASE}), covering {POP}.",
                "{PRODUCT} deployment at {PLACE} for {POP}: {N_SITES} {SITE_UNIT} onboarded so far."],
        "net": ["The AHSN is supporting {DELIVERER} to adopt {PRODUCT} for {POP}.",
                "{NETWORK} is helping {PLACE} implement {PRODUCT} for {POP} as part of its {COND} work.",
                "Adoption support (project management, clinical engagement and evaluation) for the {PHASE} of {PRODUCT} in {PLACE}.",
                "{WE_ARE} working with {DELIVERER} on the {PHASE} of {PRODUCT} for {POP}."],
    },
    "natlocal": {
        "own": ["Local delivery of {PROG}{VARIANT_PH} in {PLACE}.", "{DELIVERER} is implementing {PROG}{VARIANT_PH} for {POP} ({PHASE}).",
                "{PLACE} joined {PROG}{WAVE_PH}{VARIANT_PH} in {WHEN}.", "{WE_ARE} spreading {PROG}{VARIANT_PH} across {N_SITES} {SITE_UNIT} in {PLACE}.",
                "{PROG}{VARIANT_PH}{WAVE_PH}: {PHASE} in {PLACE}, starting {WHEN}."],
        "fund": ["{PROG}{WAVE_PH} site: {PLACE}{VARIANT_PH}.", "{FUNDER} funding to {DELIVERER} to deliver {PROG}{VARIANT_PH}{WAVE_PH}.",
                 "Part of the national {PROG}{WAVE_PH}{VARIANT_PH}; {PLACE} went live in {WHEN}."],
        "net": ["{NETWORK} is supporting {PLACE} to implement {PROG}{VARIANT_PH}{WAVE_PH}.",
                "The AHSN's {PROG} work in {PLACE}{VARIANT_PH}: {N_SITES} {SITE_UNIT} engaged so far.",
                "Support for the {PHASE} of {PROG}{VARIANT_PH}{WAVE_PH} in {PLACE}."],
    },
    "natprog": {"any": ["{PROG} is a national programme led by {OWNER}{PARTNERS_PH}.", "National programme. {WHAT_DESC}",
                        "{OWNER} runs {PROG} across England; local delivery is through {N_SITES} {SITE_UNIT}.",
                        "{PROG} launched nationally in {WHEN}.", "{WHAT_DESC} ({PROG}, national)."]},
    "scheme": {"any": ["{PROG} {ROUND} invited proposals on {THEME}.",
                       "Competition on {THEME} under {PROG} ({ROUND}), launched {WHEN}, with {BUDGET_TXT} available.",
                       "{ROUND_CAP} of {PROG} focused on {THEME}.", "The {THEME} challenge ran in {YEAR} as part of {PROG} ({ROUND}).",
                       "{FUNDER}: {PROG}, {ROUND}, on {THEME}. {N_PTS} applications were received."]},
    "award": {
        "fund": ["{COMPANY} received {A_AWARD} in {ROUND} to develop {PRODUCT} for {COND}.",
                 "{PHASE_CAP} contract ({BUDGET_TXT}) to {COMPANY} for {PRODUCT} under {PROG} {ROUND}.",
                 "{PROG} {ROUND} {PHASE} award: {COMPANY}, {WHAT_DESC}."],
        "co": ["Our {PRODUCT} was funded through {PROG} {ROUND} ({PHASE}).",
               "{COMPANY} is developing {PRODUCT} with {PHASE} funding from {FUNDER} ({PROG} {ROUND}).",
               "{PHASE_CAP} project to develop and test {PRODUCT} for {COND} ({PROG}, {ROUND}; {COMPANY})."],
        "net": ["The AHSN is supporting {COMPANY} with its {PROG} {PHASE} project on {PRODUCT} ({ROUND}).",
                "Support to {COMPANY} following {A_AWARD} ({ROUND}) for {PRODUCT}."],
    },
    "localfund": {"any": ["{OWNER} {PROG} {ROUND}: seed funding for staff ideas in {PLACE}.",
                          "The {ROUND} {PROG} in {PLACE} awarded {N_SITES} projects.",
                          "{PROG} ({PLACE}), {ROUND}. {WHAT_DESC}"]},
    "cohort": {"any": ["{ROUND_CAP} of {PROG}{STRAND_PH}{PLACE_PH}, with {N_PTS} fellows.",
                       "{PROG} {ROUND}{STRAND_PH}{PLACE_PH}: {N_PTS} participants started in {WHEN}.",
                       "{OWNER} {PROG}{PLACE_PH}, {ROUND}{STRAND_PH}.",
                       "Recruitment to {PROG} {ROUND}{STRAND_PH}{PLACE_PH} opened in {WHEN}."]},
    "infra": {"any": ["{PROG}{THEME_PH}{PLACE_PH}{ROUND_PH}, hosted by {DELIVERER}.", "{FUNDER} funding for {PROG}{THEME_PH}{PLACE_PH}{ROUND_PH}.",
                      "{PROG}{THEME_PH}{PLACE_PH}{ROUND_PH} started in {WHEN}."]},
    "comparator": {"any": ["{PROG} ({COUNTRY}, {YEAR}). {WHAT_DESC}", "{COUNTRY}'s {PROG}. {WHAT_DESC}",
                           "International comparator: {PROG} in {COUNTRY}, introduced {YEAR}.", "{PROG} was introduced in {COUNTRY} in {YEAR}."]},
}

FACT_LINES = {"POP": ["Population: {POP}.", "Target group: {POP}.", "For {POP}."],
              "PHASE": ["Phase: {PHASE}.", "Stage: {PHASE}.", "This entry covers the {PHASE}."],
              "PLACE": ["Area: {PLACE}.", "Location: {PLACE}.", "Site: {PLACE}."],
              "ROUND": ["Round: {ROUND}.", "({ROUND})"], "THEME": ["Theme: {THEME}.", "Focus: {THEME}."],
              "VARIANT": ["Focus: {VARIANT}.", "Pathway: {VARIANT}."], "WAVE": ["{WAVE_CAP} site.", "Cohort: {WAVE}."],
              "STRAND": ["Strand: {STRAND}."], "COUNTRY": ["Country: {COUNTRY}.", "This is the {COUNTRY} programme."],
              "COMPANY": ["Lead applicant: {COMPANY}.", "Company: {COMPANY}."], "PRODUCT": ["Technology: {PRODUCT}."],
              "PROG": ["Programme: {PROG}."]}

EXTRA_LOCAL_ONLY = {"{N_PTS_SOFAR} patients have used the service so far.", "Staff training provided by {SUPPLIER}.",
                    "Backfill funding covers clinical time for training.", "Procured through {FRAMEWORK}.",
                    "Patients and carers helped design the service.", "Commissioned by {COMMISSIONER}.", "Supplier: {SUPPLIER}.",
                    "Go-live {WHEN}; due to finish {END_WHEN}.", "Contract period {WHEN} to {END_WHEN}."}
EXTRA_T = [
    "Funded by {FUNDER} ({BUDGET_TXT}).", "Budget {BUDGET_TXT}{PERIOD_PH}.", "{FUNDER} funding: {BUDGET_TXT}.",
    "Delivery partners: {PARTNERS_TXT}.", "In partnership with {PARTNERS_TXT}.", "Supplier: {SUPPLIER}.",
    "Go-live {WHEN}; due to finish {END_WHEN}.", "Started {WHEN}.", "Launched in {WHEN}.", "Runs until {END_WHEN}.",
    "Contract period {WHEN} to {END_WHEN}.", "{N_PTS_SOFAR} patients have used the service so far.",
    "{N_SITES} {SITE_UNIT} are taking part.", "Target: {PCT}% reduction in {OUTCOME}.", "Early data show a {PCT}% fall in {OUTCOME}.",
    "The aim is to reduce {OUTCOME}.", "{COND_PROBLEM}", "Evaluation by {EVALUATOR}{RAPID_PH}.",
    "An independent evaluation is being carried out by {EVALUATOR}.", "{NO_EVAL}", "Supports {POLICY} ambitions.",
    "Aligned to {POLICY}.", "Clinical lead: {CLIN_ROLE}.", "Patients and carers helped design the service.",
    "Staff training provided by {SUPPLIER}.", "Backfill funding covers clinical time for training.", "Procured through {FRAMEWORK}.",
    "Savings of {SAVING_TXT} a year are projected.", "Equality impact assessment completed.", "See website for details.",
    "Information supplied by the project lead.", "Beneficiaries: {BENEF}.", "Commissioned by {COMMISSIONER}.",
    "Supported by {NETWORK}.", "Contact the innovation team for the business case.", "Risks: {RISK}.",
    "Next steps: {NEXT_STEP}.", "{KPI_LINE}",
]
RISKS = ["IG approval delays", "clinical capacity to train staff", "integration with the EPR", "supplier capacity",
         "recurrent funding after year one", "digital exclusion", "procurement timelines", "data sharing agreements"]
NEXT_STEPS = ["business case to the ICB", "evaluation report", "decision on recurrent funding", "roll-out to remaining practices",
              "expansion to neighbouring places", "procurement of a long-term solution", "sharing learning via the AHSN network"]

PRESS_T = {
    "local": ["{PRODUCT_OR_PROG} went live in {PLACE} in {WHEN_P}.", "Around {N_PTS_P} {POP} are expected to benefit in the first year.",
              "The project is expected to cut {OUTCOME} by {PCT}%.", "{N_SITES} {SITE_UNIT} signed up in the first phase.",
              "Clinicians said the approach fits existing workflows.", "{COND_PROBLEM}",
              "It builds on evidence from early adopter sites.", "The service is available {AVAIL}."],
    "award": ["{COMPANY} will use the funding to {USE_OF_FUNDS}.", "The project runs for {MONTHS} months from {WHEN_P}.",
              "It will be tested at {N_SITES} {SITE_UNIT}.", "{COND_PROBLEM}", "The team aims to reduce {OUTCOME}."],
    "other": ["{PROG} opened in {WHEN_P}.", "{N_PTS} applications or participants were recorded.", "{WHAT_DESC}",
              "The programme is expected to reduce {OUTCOME}.", "It is led by {OWNER}."],
}
AREA_ROLES = {"cardiovascular": ["a consultant cardiologist", "a cardiac physiologist", "a GP with a special interest in cardiology"],
              "mental health": ["a consultant psychiatrist", "a clinical psychologist", "a mental health nurse consultant"],
              "cancer": ["a consultant oncologist", "the cancer alliance clinical director", "a consultant radiologist"],
              "respiratory": ["a respiratory consultant", "a respiratory nurse specialist"],
              "diabetes": ["a consultant diabetologist", "a diabetes specialist nurse"],
              "maternity": ["a consultant midwife", "a consultant obstetrician"],
              "medicines": ["a lead pharmacist", "the chief pharmacist"], "productivity": ["the head of digital transformation", "the chief information officer"],
              "ageing": ["a consultant geriatrician", "a community matron"], "urology": ["a consultant urologist"],
              "ophthalmology": ["a consultant ophthalmologist", "an optometrist lead"], "surgery": ["a consultant surgeon"]}
GENERIC_ROLES = ["a GP clinical lead", "the associate director of innovation", "the chief clinical information officer", "a consultant nurse",
                 "the deputy medical director", "an advanced nurse practitioner"]
AVAIL = {"primary": ["in all practices in the area", "through GP referral and self-referral", "to registered patients only", "in participating practices"],
         "acute": ["at the main hospital site", "across both hospital sites", "in the day surgery unit", "to inpatients and outpatients"],
         "maternity": ["in the antenatal day unit", "across both maternity units"],
         "children": ["in the children's outpatient department", "on the paediatric wards"],
         "mh": ["through the single point of access", "to people on the waiting list", "seven days a week"],
         "community": ["across the whole system", "through self-referral", "seven days a week", "in community settings"],
         "carehome": ["in participating care homes", "across residential and nursing homes"],
         "admin": ["across all departments", "in outpatient services", "to all staff groups"]}
USE_OF_FUNDS = ["build a working prototype", "run a feasibility study with NHS partners", "generate real-world evidence",
                "complete a health economic assessment", "prepare for UKCA marking", "carry out a clinical investigation",
                "integrate with NHS systems", "co-design the product with patients"]


# ----------------------------------------------------------------------------------------------
def _mstr(amt):
    if amt % 1_000_000 == 0:
        return "%d" % (amt // 1_000_000)
    if amt % 100_000 == 0:
        return "%.1f" % (amt / 1e6)
    return "%.2f" % (amt / 1e6)


def money(rng, amt, cur):
    sym = {"GBP": "£", "EUR": "€", "USD": "$"}.get(cur, cur + " ")
    r = rng.random()
    if amt >= 1_000_000:
        if r < 0.4:
            return "%s%sm" % (sym, _mstr(amt))
        if r < 0.7:
            return "%s%s" % (sym, format(amt, ","))
        return "%s%s million" % (sym, _mstr(amt))
    if r < 0.45:
        return "%s%s" % (sym, format(amt, ","))
    if r < 0.85:
        return "%s%dk" % (sym, round(amt / 1000.0))
    return "%s%d" % (sym, amt)


def when(rng, ym, style=None):
    y, m = ym
    r = rng.random()
    if r < 0.45:
        return "%s %d" % (MONTHS[m - 1], y)
    if r < 0.65:
        return "%s %d" % (MON[m - 1], y)
    if r < 0.8:
        return fy_text(y if m >= 4 else y - 1, rng.randint(0, 2))
    if r < 0.9:
        return str(y)
    return "%s %d" % (["winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn", "winter", "winter"][m - 1], y)


def fmt_date(y, m, d, fmt):
    if fmt == "y":
        return str(y)
    if fmt == "ym":
        return "%d-%02d" % (y, m)
    if fmt == "ymd":
        return "%d-%02d-%02d" % (y, m, d)
    if fmt == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if fmt == "dmy.":
        return "%d.%d.%d" % (d, m, y)
    if fmt == "my/":
        return "%02d/%d" % (m, y)
    if fmt == "Mon y":
        return "%s %d" % (MON[m - 1], y)
    if fmt == "d Month y":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if fmt == "d-Mon-y":
        return "%02d-%s-%d" % (d, MON[m - 1], y)
    if fmt == "isoT":
        return "%d-%02d-%02dT00:00:00+00:00" % (y, m, d)
    if fmt == "dmy time":
        return "%02d/%02d/%d 00:00" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d)


PRECISION = {"y": "y", "ym": "m", "my/": "m", "Mon y": "m"}


def span(y, m, d, prec):
    """(first day, last day) as ordinal tuples."""
    if prec == "y":
        return (y, 1, 1), (y, 12, 31)
    if prec == "m":
        return (y, m, 1), (y, m, last_day(y, m))
    return (y, m, d), (y, m, d)



# ---------------------------------------------------------------- reading dates back (as check_seventh.py does)
_MONTH_NO = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_NO.update({k[:3]: v for k, v in list(_MONTH_NO.items())})
_MONTH_NO["sept"] = 9


def parse_date(v):
    """(first, last) (y, m, d) of a date cell in any form the format doc reads, or None."""
    s = v.strip()
    s = re.sub(r"(T|\s)\d{1,2}:\d{2}(:\d{2})?(\.\d+)?\s*(AM|PM|am|pm)?\s*(Z|[+-]\d{2}:?\d{2})?$", "", s).strip()
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        y = int(m.group(1))
        return (y, 1, 1), (y, 12, 31)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return ((y, mo, 1), (y, mo, last_day(y, mo))) if 1 <= mo <= 12 else None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", s)
        if m:
            d, mo, y = map(int, m.groups())
        else:
            m = re.fullmatch(r"(\d{1,2})[/.](\d{4})", s)
            if m:
                mo, y = int(m.group(1)), int(m.group(2))
                return ((y, mo, 1), (y, mo, last_day(y, mo))) if 1 <= mo <= 12 else None
            m = re.fullmatch(r"(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})", s)
            if m and m.group(2).lower() in _MONTH_NO:
                d, mo, y = int(m.group(1)), _MONTH_NO[m.group(2).lower()], int(m.group(3))
            else:
                m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{4})", s)
                if m and m.group(1).lower() in _MONTH_NO:
                    y, mo = int(m.group(2)), _MONTH_NO[m.group(1).lower()]
                    return (y, mo, 1), (y, mo, last_day(y, mo))
                return None
    if not (1 <= mo <= 12) or not (1 <= d <= last_day(y, mo)):
        return None
    return (y, mo, d), (y, mo, d)


# ---------------------------------------------------------------- label truth: reading facts back out of records
# (this block is repeated word for word in check_seventh.py, which must not import the generator)
NAME_NOISE_RE = re.compile(r"^(?:P\d{3}\s+|INN-\d{3}:\s+|#\d+\s+)|\s*(?:\(updated\)|v2|- copy|\[2\]|\(refresh\)|- new entry)\s*$", re.I)
STOP_TOKENS = frozenset("a an the of and in for at to with on by from is are its it this that as be".split())


def norm_tokens(s):
    """Lower-case word tokens of a cell as a reader sees it (HTML entities decoded, & read as 'and')."""
    if not s:
        return []
    s = html.unescape(html.unescape(s)).lower().replace("\u2019", "'").replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", " ", s).split()


def _near(a, b):
    """Equal, or one typo apart (swap, drop, double or replace one letter) in a word of five letters or more."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if max(la, lb) < 5 or min(la, lb) < 4 or abs(la - lb) > 1:
        return False
    if la == lb:
        d = [i for i in range(la) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    if la < lb:
        a, b = b, a
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i:]


_FT = {}


def form_tokens(form):
    t = _FT.get(form)
    if t is None:
        t = _FT[form] = tuple(norm_tokens(form))
    return t


def has_form(toks, form, tolerant=True):
    """True if the token list contains the form's tokens in a row (a typo allowed per long word when tolerant;
    typos never touch a word's first letter). "clinical" is not found in "non-clinical"."""
    ft = form if isinstance(form, tuple) else form_tokens(form)
    n, m = len(toks), len(ft)
    if not m or m > n:
        return False
    f0 = ft[0]
    for i in range(n - m + 1):
        if toks[i] == f0 and tuple(toks[i:i + m]) == ft and (i == 0 or toks[i - 1] != "non"):
            return True
    if tolerant:
        c0 = f0[:1]
        for i in range(n - m + 1):
            if toks[i][:1] == c0 and all(_near(toks[i + j], ft[j]) for j in range(m)) and (i == 0 or toks[i - 1] != "non"):
                return True
    return False


def short_for(small, big):
    """A form that could be a shortening of another: its first words ("Leeds" for "Leeds PCN", "CLAHRC Wessex" for
    "CLAHRC Wessex (first round)", "Bridge Street Surgery" for "Bridge Street Surgery, Epping")."""
    return len(small) <= len(big) and tuple(big[:len(small)]) == tuple(small)


def specific_found(toks, forms_own, forms_other):
    """Forms of a record's own value that it states and that could not also be read as the other value."""
    other = [form_tokens(f) for f in forms_other]
    cand = [ft for ft in (form_tokens(f) for f in forms_own) if ft and not any(short_for(ft, o) for o in other)]
    out = [" ".join(ft) for ft in cand if has_form(toks, ft, False)]
    return out or [" ".join(ft) for ft in cand if has_form(toks, ft, True)]


def month_span(v):
    """(first, last) month index of a date cell (None if empty or unreadable), year-only dates span the year."""
    p = parse_date(v) if v else None
    if not p:
        return None
    (y0, m0, _), (y1, m1, _) = p
    return y0 * 12 + m0 - 1, y1 * 12 + m1 - 1


def dates_apart(ra, rb, gap=6):
    """Start dates (or end dates) that are more than `gap` months apart whatever their precision."""
    for col in ("start_date", "end_date"):
        sa, sb = month_span(ra.get(col, "")), month_span(rb.get(col, ""))
        if sa and sb and (sb[0] - sa[1] > gap or sa[0] - sb[1] > gap):
            return True
    return False


TEMPORAL_AXES = ("phase", "round", "wave")
READ_COLS = ("name", "description", "region", "beneficiaries")


def record_tokens(row):
    name = NAME_NOISE_RE.sub(" ", row.get("name", "").strip())
    name = NAME_NOISE_RE.sub(" ", name.strip())
    return norm_tokens(" | ".join([name] + [row.get(c, "") for c in READ_COLS[1:]]))


def visible_difference(ta, tb, ida, idb, forms, ra, rb):
    """How a reader can tell two records apart: an identity axis on which they differ that both records state in words
    only its own value could mean, or (for phase / round / wave) dates more than six months apart. Returns the axis or None.
    ida/idb: {axis: (value, formset)}; forms: formset -> list of forms."""
    temporal = False
    for ax in sorted(set(ida) & set(idb)):
        va, fa = ida[ax]
        vb, fb = idb[ax]
        if va == vb:
            continue
        if ax in TEMPORAL_AXES:
            temporal = True
        if specific_found(ta, forms.get(fa, []), forms.get(fb, [])) and specific_found(tb, forms.get(fb, []), forms.get(fa, [])):
            return ax
    if temporal and dates_apart(ra, rb):
        return "dates"
    return None


def _covered(small, big):
    return all(t in big or (len(t) >= 5 and any(_near(t, u) for u in big if u[:1] == t[:1])) for t in small)


def surface_same(ra, rb, ta=None, tb=None):
    """No difference a reader could see in names, descriptions, places (region), populations (beneficiaries) and dates:
    everything one record says (ignoring stop words, typos and re-log marks) is also said by the other, and the
    dates are not more than six months apart. ta/tb: record_tokens of the rows if already known."""
    a = set(ta if ta is not None else record_tokens(ra)) - STOP_TOKENS
    b = set(tb if tb is not None else record_tokens(rb)) - STOP_TOKENS
    if not (_covered(a, b) or _covered(b, a)):
        return False
    return not dates_apart(ra, rb)


# ---------------------------------------------------------------- identities
# Every latent programme has an identity: what (product or programme), where (site, owner, company or country) and the
# axes that separate look-alikes at the same what and where (phase, population, variant, wave, round, theme, strand).
# Two programmes with the same what and where must differ in an axis that their records state.
PART_AXIS = {"PRODUCT": "what", "PROG": "what", "PLACE": "where", "COMPANY": "where", "COUNTRY": "where", "PHASE": "phase",
             "POP": "pop", "VARIANT": "variant", "WAVE": "wave", "ROUND": "round", "THEME": "theme", "STRAND": "strand"}
NATIONAL_FORMS = ["national", "nationally", "national programme", "nationwide", "across England", "in England", "all regions"]


def site_key(sid):
    if isinstance(sid, tuple):
        return ":".join(str(x) for x in sid)
    return sid


def identity(lat):
    """(what, where, implies, {axis: (value, forms)}, stated axes) of a latent programme."""
    k, idt, P = lat.kind, lat.ident, lat.parts
    implies = []
    ax = {}
    if k == "adoption":
        _, pkey, sid, pop, phase = idt
        ax["what"] = ("product:" + pkey, P["PRODUCT"])
        ax["where"] = (site_key(sid), P["PLACE"])
        ax["pop"] = (pop, P["POP"])
        ax["phase"] = (phase, P["PHASE"])
    elif k == "natlocal":
        _, gkey, sid, variant, phase, wave = idt
        ax["what"] = ("prog:" + gkey, P["PROG"])
        ax["where"] = (site_key(sid), P["PLACE"])
        if variant is not None:
            ax["variant"] = (variant, P["VARIANT"])
        ax["phase"] = (phase, P["PHASE"])
        if wave is not None:
            ax["wave"] = ("wave %d" % wave, P["WAVE"])
        implies = ["product:" + p for p in NATPROG_PRODUCTS.get(gkey, []) + ([variant] if variant in PRODUCTS else [])]
    elif k == "natprog":
        ax["what"] = ("prog:" + idt[1], P["PROG"])
        ax["where"] = ("national", NATIONAL_FORMS)
    elif k == "scheme":
        _, kkey, ri, theme = idt
        ax["what"] = ("scheme:" + kkey, P["PROG"])
        ax["where"] = ("national", NATIONAL_FORMS)
        ax["round"] = ("%s:%d" % (kkey, ri), P["ROUND"])
        ax["theme"] = (theme, P["THEME"])
    elif k == "award":
        _, kkey, ri, phase, company = idt
        ax["what"] = ("award:" + kkey, P["PROG"])
        ax["where"] = (company, P["COMPANY"])
        ax["product"] = (company, P["PRODUCT"])
        ax["round"] = ("%s:%d" % (kkey, ri), P["ROUND"])
        ax["phase"] = (("phase %d" % phase) if getattr(lat, "phased", False) else "award", P["PHASE"])
    elif k == "localfund":
        _, fkey, owner, year = idt
        ax["what"] = ("localfund:" + fkey, P["PROG"])
        ax["where"] = (owner, P["PLACE"])
        ax["round"] = ("%s:%d" % (fkey, year), P["ROUND"])
    elif k == "cohort":
        _, ckey, c, strand = idt
        ax["what"] = ("cohort:" + ckey, P["PROG"])
        ax["where"] = (lat.roles["owner"], P["PLACE"]) if "PLACE" in P else ("national", NATIONAL_FORMS)
        ax["round"] = ("%s:%d" % (ckey, c), P["ROUND"])
        if "STRAND" in P:
            ax["strand"] = (strand, P["STRAND"])
    elif k == "infra":
        _, ikey, rkey, roundk, theme = idt
        if rkey and not lat.show_place:
            # the region is part of the programme's own name (NIHR ARC Wessex, Oxford BRC)
            ax["what"] = ("infra:%s:%s" % (ikey, rkey), P["PROG"])
            ax["where"] = (rkey, P["PROG"])
        else:
            ax["what"] = ("infra:" + ikey, P["PROG"])
            ax["where"] = (rkey, P["PLACE"]) if rkey else ("national", NATIONAL_FORMS)
        if roundk:
            ax["round"] = ("%s:%s" % (ikey, roundk), P["ROUND"])
        if theme:
            ax["theme"] = (theme, P["THEME"])
    elif k == "comparator":
        ax["what"] = ("comp:" + idt[1], P["PROG"])
        ax["where"] = ("country:" + idt[2], P["COUNTRY"])
    keys = list(lat.salient) + (["POP"] if lat.pop_salient else []) + list(lat.must_state)
    stated = set(PART_AXIS[x] for x in keys if x in PART_AXIS)
    if k == "infra" and idt[2] and not lat.show_place:
        stated.add("where")
    return ax["what"][0], ax["where"][0], implies, ax, stated


def state_forms(lat, key):
    """The forms by which a record states part `key` of a latent (what the renderer must leave visible)."""
    if lat.kind == "natprog" and key == "PLACE":
        return NATIONAL_FORMS
    return lat.parts.get(key, [])


def close_distinctions(w):
    """Programmes of one family at the same what and where (a pilot and a scale-up, a population and another, a pilot
    and another population...) must state every axis on which they differ, or their records read the same."""
    groups = {}
    for lat in w.latents:
        if lat.records:
            what, where, _, ax, stated = identity(lat)
            groups.setdefault((what, where), []).append((lat, ax, stated))
    axis_part = {"phase": "PHASE", "pop": "POP", "variant": "VARIANT", "wave": "WAVE", "round": "ROUND", "theme": "THEME", "strand": "STRAND"}
    added = 0
    for mem in groups.values():
        for i in range(len(mem)):
            for j in range(i + 1, len(mem)):
                (la, axa, sa), (lb, axb, sb) = mem[i], mem[j]
                diff = [a for a in axa if a in axb and axa[a][0] != axb[a][0]]
                if any(a in sa and a in sb for a in diff):
                    continue
                for a in diff:
                    part = axis_part.get(a)
                    if not part:
                        continue
                    for lat, st in ((la, sa), (lb, sb)):
                        if a not in st:
                            st.add(a)
                            if part == "POP":
                                lat.pop_salient = True
                            elif part not in lat.salient:
                                lat.salient.append(part)
                            added += 1
    return added


class FormSets(object):
    """Numbered, de-duplicated lists of forms for truth_forms.csv."""
    def __init__(self):
        self.ids = {}

    def id(self, forms):
        key = tuple(forms)
        if key not in self.ids:
            self.ids[key] = len(self.ids) + 1
        return self.ids[key]


def record_identity(lat, fs):
    what, where, implies, ax, stated = identity(lat)
    return what, where, implies, dict((a, (v, fs.id(f))) for a, (v, f) in ax.items()), stated


# ----------------------------------------------------------------------------------------------
KEYBOARD = {"a": "qs", "e": "wr", "i": "uo", "o": "ip", "n": "bm", "r": "et", "t": "ry", "s": "ad", "l": "k", "c": "xv", "m": "n", "h": "gj"}


def typo(rng, s, n=1):
    words = [(mm.start(), mm.end()) for mm in re.finditer(r"[A-Za-z]{5,}", s)]
    if not words:
        return s
    for _ in range(n):
        a, b = rng.choice(words)
        w = s[a:b]
        i = rng.randint(1, len(w) - 2)
        op = rng.random()
        if op < 0.3:
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op < 0.55:
            w2 = w[:i] + w[i + 1:]
        elif op < 0.75:
            w2 = w[:i] + w[i] + w[i:]
        else:
            c = w[i].lower()
            w2 = w[:i] + (rng.choice(KEYBOARD[c]) if c in KEYBOARD else c) + w[i + 1:]
        s = s[:a] + w2 + s[b:]
        words = [(mm.start(), mm.end()) for mm in re.finditer(r"[A-Za-z]{5,}", s)]
        if not words:
            break
    return s


def htmlize(rng, s):
    s = s.replace("&", "&amp;")
    if rng.random() < 0.7:
        s = s.replace("'", rng.choice(["&#39;", "&rsquo;", "&#8217;"]))
    s = s.replace(" – ", " &ndash; ").replace("£", rng.choice(["&pound;", "£"]))
    if rng.random() < 0.4:
        s = s.replace(". ", ".&nbsp; ", 1)
    if rng.random() < 0.15:
        s = "<p>" + s + "</p>"
    return s


def truncate(rng, s, limit):
    if len(s) <= limit:
        return s
    r = rng.random()
    if r < 0.4:
        return s[:limit - 3].rstrip() + "..."
    if r < 0.6:
        return s[:limit - 1].rstrip() + "…"
    return s[:limit]


class Renderer(object):
    def __init__(self, w):
        self.w = w
        self.rng = w.rng
        self.reg = w.reg

    # ---------------------------------------------------------------- references
    def ref(self, aid, st):
        a = self.reg.get(aid)
        self.reg.use(aid)
        mode = st["owner_ref"]
        if self.rng.random() < 0.25:
            mode = self.rng.choice(["name", "name", "acronym", "id"])
        if mode == "acronym" and a.acronym:
            return a.acronym
        if mode == "id":
            return a.id
        if mode == "upper":
            return a.name.upper()
        if mode == "lower":
            return a.name.lower()
        if mode == "amp" and " and " in a.name:
            return a.name.replace(" and ", " & ")
        return a.name

    def disp(self, aid, prose=True):
        """How an organisation is named in running text (not a reference)."""
        if not aid:
            return None
        a = self.reg.get(aid)
        r = self.rng.random()
        if a.acronym and r < 0.35:
            return a.acronym
        if r < 0.5 and a.short and a.short != a.name and a.typ not in ("pcn",):
            return a.short
        return ("the " + a.name) if prose and a.name.startswith(("AHSN", "Academic", "Department", "Office", "Medicines", "National",
                                                                    "Accelerated", "Improvement", "Rapid", "Scottish", "Welsh",
                                                                    "Federal", "Health Service", "Centers", "US ")) and self.rng.random() < 0.6 else a.name

    # ---------------------------------------------------------------- facts
    def facts(self, lat, role, angle, logger, st, rec_budget, first_rec):
        rng = self.rng
        f = {}
        for k, forms in lat.parts.items():
            f[k] = forms[0] if (first_rec and rng.random() < 0.5) else rng.choice(forms)
        if "PRODUCT" in f:
            f["PRODUCT_CAP"] = f["PRODUCT"][:1].upper() + f["PRODUCT"][1:]
        if "PHASE" in f:
            f["PHASE_CAP"] = f["PHASE"][:1].upper() + f["PHASE"][1:]
        if "ROUND" in f:
            f["ROUND_CAP"] = f["ROUND"][:1].upper() + f["ROUND"][1:]
        if "WAVE" in f:
            f["WAVE_CAP"] = f["WAVE"][:1].upper() + f["WAVE"][1:]
            f["WAVE_PH"] = rng.choice([" (%s)" % f["WAVE"], " %s" % f["WAVE"], ", %s," % f["WAVE"]])
        else:
            f["WAVE_PH"] = ""
        if "VARIANT" in f:
            f["VARIANT_PH"] = rng.choice([" (%s)" % f["VARIANT"], " for %s" % f["VARIANT"], ": %s" % f["VARIANT"]])
        else:
            f["VARIANT_PH"] = ""
        f["STRAND_PH"] = rng.choice([" (%s strand)" % f["STRAND"], " - %s" % f["STRAND"]]) if "STRAND" in f else ""
        if lat.kind == "award":
            ph = f.get("PHASE", "award")
            if getattr(lat, "phased", True):
                a = "%s %s %s" % (ph, f["PROG"], rng.choice(["award", "contract", "grant"]))
            else:
                a = "%s %s" % (f["PROG"], rng.choice(["award", "grant"]))
            f["A_AWARD"] = ("an " if a[:1].lower() in "aeiou" else "a ") + a
        f["PLACE_PH"] = rng.choice([" %s" % f["PLACE"], " (%s)" % f["PLACE"], " in %s" % f["PLACE"]]) if "PLACE" in f else ""
        f["ROUND_PH"] = rng.choice([" (%s)" % f["ROUND"], " %s" % f["ROUND"]]) if "ROUND" in f else ""
        f["THEME_PH"] = rng.choice([" (%s)" % f["THEME"], ": %s" % f["THEME"]]) if "THEME" in f else ""
        if "PRODUCT" in f or "PROG" in f:
            f["PRODUCT_OR_PROG"] = f.get("PRODUCT") or f.get("PROG")
        f["D"] = st["dash"]
        f["WE_ARE"] = "We are" if st["first_person"] else rng.choice(["The team is", "The project is", "Staff are"])
        if lat.cond:
            c = CONDITIONS[lat.cond]
            f.setdefault("COND", rng.choice(c["forms"]))
            f["COND_PROBLEM"] = c["problem"]
        if lat.start:
            f["WHEN"] = when(rng, lat.start)
            f["YEAR"] = str(lat.start[0])
            y = lat.start[0] if lat.start[1] >= 4 else lat.start[0] - 1
            f["FY"] = fy_text(y, rng.randint(0, 2))
        if lat.end:
            f["END_WHEN"] = when(rng, lat.end)
        if lat.what_desc:
            f["WHAT_DESC"] = lat.what_desc.rstrip(".") if "{" not in lat.what_desc else None
            if f["WHAT_DESC"] is None:
                del f["WHAT_DESC"]
        ro = lat.roles
        for key, r in (("DELIVERER", "deliverer"), ("FUNDER", "funder"), ("SUPPLIER", "supplier"), ("NETWORK", "network"),
                       ("COMMISSIONER", "commissioner"), ("OWNER", "owner")):
            if ro.get(r):
                f[key] = self.disp(ro[r])
        if "OWNER" not in f and ro.get("national"):
            f["OWNER"] = self.disp(ro["national"])
        if ro.get("owner"):
            f["OWNER_SHORT"] = self.reg.get(ro["owner"]).short
        if getattr(lat, "fundprog", None):
            f["FUNDPROG"] = lat.fundprog
        if lat.partners:
            ps = [self.disp(p) for p in lat.partners[:3]]
            f["PARTNERS_TXT"] = ", ".join(ps[:-1]) + (" and " if len(ps) > 1 else "") + ps[-1]
            f["PARTNERS_PH"] = " with " + f["PARTNERS_TXT"]
        else:
            f["PARTNERS_PH"] = ""
        if rec_budget:
            f["BUDGET_TXT"] = money(rng, rec_budget, lat.currency)
            f["SAVING_TXT"] = money(rng, int(rec_budget * rng.uniform(0.3, 2.5)) // 1000 * 1000 or 1000, lat.currency)
        f["PERIOD_PH"] = (" " + lat.period) if lat.period and lat.period not in ("total",) else ""
        if lat.n_sites:
            f["N_SITES"] = str(lat.n_sites)
            f["SITE_UNIT"] = lat.site_unit
        if lat.n_pts:
            f["N_PTS"] = str(lat.n_pts)
            if lat.kind in ("adoption", "natlocal"):
                f["N_PTS_SOFAR"] = format(max(1, int(lat.n_pts * rng.uniform(0.2, 1.3))), ",")
        f["PCT"] = str(lat.pct)
        if lat.outcome:
            f["OUTCOME"] = lat.outcome
        if lat.evaluator:
            f["EVALUATOR"] = self.disp(lat.evaluator)
            f["RAPID_PH"] = " (rapid evaluation)" if lat.rapid == "yes" else ""
        if lat.evaluated == "no":
            f["NO_EVAL"] = rng.choice(["No formal evaluation is planned; local audit only.", "Not evaluated.", "Evaluation: none planned."])
        if lat.policy:
            f["POLICY"] = lat.policy
        area = CONDITIONS[lat.cond]["area"] if lat.cond else ""
        f["CLIN_ROLE"] = rng.choice(AREA_ROLES.get(area, []) + GENERIC_ROLES)
        if lat.kind in ("adoption", "natlocal"):
            f["FRAMEWORK"] = rng.choice(FRAMEWORKS)
        f["RISK"] = rng.choice(RISKS)
        f["NEXT_STEP"] = rng.choice(NEXT_STEPS)
        if lat.benef:
            f["BENEF"] = lat.benef
        if lat.outcome and lat.pct:
            f["KPI_LINE"] = rng.choice(["KPI: %s." % lat.outcome, "Outcome measure: %s." % lat.outcome, "Metrics: %s; uptake; patient experience." % lat.outcome])
        if "SUPPLIER" in f and "{" in f["SUPPLIER"]:
            del f["SUPPLIER"]
        return f

    @staticmethod
    def fill(rng, templates, f, require=(), tries=8, allow_missing_require=False):
        cands = templates
        for i in range(tries):
            t = rng.choice(cands)
            fs = fields_of(t)
            if not all(k in f and f[k] is not None for k in fs):
                continue
            cov = set(fs)
            for k in fs:
                cov.update(COVERS.get(k, ()))
            if require and not all(r in cov for r in require) and i < tries - 2:
                continue
            return t.format(**f), cov
        # deterministic fallback: the first usable template
        for t in templates:
            fs = fields_of(t)
            if all(k in f and f[k] is not None for k in fs):
                cov = set(fs)
                for k in fs:
                    cov.update(COVERS.get(k, ()))
                return t.format(**f), cov
        return None, set()

    # ---------------------------------------------------------------- press sentences shared by duplicates
    def press(self, lat):
        if lat.press is not None:
            return lat.press
        rng = self.rng
        grp = "local" if lat.kind in ("adoption", "natlocal") else ("award" if lat.kind == "award" else "other")
        f = {}
        for k, forms in lat.parts.items():
            f[k] = forms[0]
        f["PRODUCT_OR_PROG"] = f.get("PRODUCT") or f.get("PROG")
        if lat.start:
            f["WHEN_P"] = when(rng, lat.start)
            f["MONTHS"] = str(((lat.end[0] - lat.start[0]) * 12 + lat.end[1] - lat.start[1]) if lat.end else 12)
        if lat.n_pts:
            f["N_PTS_P"] = format(lat.n_pts, ",") if rng.random() < 0.6 else "%d" % lat.n_pts
            f["N_PTS"] = f["N_PTS_P"]
        if lat.pop in ("primarycare", "staff"):
            f["POP"] = {"primarycare": "patients", "staff": "staff"}[lat.pop]
        if lat.n_sites:
            f["N_SITES"] = str(lat.n_sites)
            f["SITE_UNIT"] = lat.site_unit
        f["PCT"] = str(lat.pct)
        if lat.outcome:
            f["OUTCOME"] = lat.outcome
        if lat.cond:
            f["COND_PROBLEM"] = CONDITIONS[lat.cond]["problem"]
        if lat.what_desc:
            f["WHAT_DESC"] = lat.what_desc
        if lat.roles.get("owner") or lat.roles.get("national"):
            f["OWNER"] = self.reg.get(lat.roles.get("owner") or lat.roles.get("national")).name
        f["USE_OF_FUNDS"] = rng.choice(USE_OF_FUNDS)
        f["AVAIL"] = rng.choice(AVAIL.get(getattr(lat, "setting", None), ["across the whole system", "seven days a week"]))
        pool = [t for t in PRESS_T[grp] if all(k in f for k in fields_of(t))]
        rng.shuffle(pool)
        lat.press = [t.format(**f) for t in pool[:3]]
        return lat.press

    # ---------------------------------------------------------------- main
    def render(self, lat, role, logger, ret_ym, first_rec, relog):
        rng = self.rng
        st = self.w.style(logger)
        kind = lat.kind
        if kind == "award":
            angle = {"funder": "fund", "manager": "fund", "deliverer": "co", "network": "net"}.get(role, "fund")
        elif kind in ("adoption", "natlocal"):
            angle = {"deliverer": "own", "commissioner": "own", "supplier": "sup", "network": "net"}.get(role, "fund")
            if kind == "natlocal" and angle == "sup":
                angle = "own"
        else:
            angle = "any"
        # budget as this organisation records it
        bud = lat.budget
        if bud and not first_rec:
            r = rng.random()
            if r < 0.15 and angle in ("own", "net", "co"):
                bud = int(bud * rng.uniform(0.3, 0.8)) // 1000 * 1000 or bud          # local share / deliverer's part
            elif r < 0.25:
                bud = int(round(bud * rng.uniform(0.85, 1.15) / 1000.0)) * 1000 or bud  # revised figure
        f = self.facts(lat, role, angle, logger, st, bud, first_rec)
        templates = NAME_T[kind].get(angle) or NAME_T[kind].get("any") or NAME_T[kind]["own"]
        crit = lat.name_crit if lat.name_crit is not None else lat.salient[:2]
        desc_empty = rng.random() >= min(0.985, 0.92 * st["fill"] + 0.1)
        name, ncov = self.fill(rng, templates, f, require=crit if (desc_empty or rng.random() < 0.92) else ())
        if name is None:
            name, ncov = self.fill(rng, NAME_T[kind].get("any") or list(NAME_T[kind].values())[0], f)
        if name is None:
            name = f.get("PROG") or f.get("PRODUCT") or "Untitled initiative"
            ncov = set()
        if lat.pop_salient and "POP" not in ncov and rng.random() < 0.6 and "POP" in f:
            name += rng.choice([" (%s)" % f["POP"], " - %s" % f["POP"]])
            ncov.add("POP")
        # ---- description
        lt = LEAD_T[kind].get(angle) or LEAD_T[kind].get("any") or LEAD_T[kind]["own"]
        need = [k for k in lat.salient if k not in ncov]
        lead, lcov = self.fill(rng, lt, f, require=need)
        sents = []
        if lead:
            sents.append(lead)
        cov = ncov | lcov
        for k in lat.salient + (["POP"] if lat.pop_salient else []):
            if k not in cov and k in f and k in FACT_LINES:
                sents.append(rng.choice(FACT_LINES[k]).format(**f))
                cov.add(k)
        press = self.press(lat)
        for s in press:
            if rng.random() < 0.45 and s not in sents:
                sents.append(s)
        for s in lat.about:
            if rng.random() < 0.3 and s not in sents:
                sents.append(s)
        local = lat.kind in ("adoption", "natlocal")
        lo, hi = st["nsent"]
        k = rng.randint(lo, hi)
        tries = 0
        used_groups = set()
        while k > 0 and tries < 14:
            tries += 1
            t = rng.choice(EXTRA_T)
            if not local and t in EXTRA_LOCAL_ONLY:
                continue
            fs = fields_of(t)
            if not all(x in f for x in fs):
                continue
            g = "when" if ("WHEN" in fs or "END_WHEN" in fs) else ("money" if "BUDGET_TXT" in fs else ("eval" if ("EVALUATOR" in fs or "NO_EVAL" in fs) else t))
            if g in used_groups:
                continue
            used_groups.add(g)
            s = t.format(**f)
            if s not in sents:
                sents.append(s)
                k -= 1
        if len(sents) > 2 and rng.random() < 0.35:
            tail = sents[1:]
            rng.shuffle(tail)
            sents = sents[:1] + tail
        desc = self.style_text(sents, st)
        if rng.random() < 0.03 and all(k in ncov for k in lat.salient):
            desc = name                        # lazy entry: description repeats the title
        name = self.keep_distinctions(lat, f, name, "" if desc_empty else desc)
        # ---- other cells
        row = {}
        row["name"] = self.noisy_name(name, st, relog)
        row["description"] = "" if desc_empty else desc
        owner_ids = self.owner_ids(lat, role, angle, logger)
        row["owner"] = "; ".join(self.ref(o, st) for o in owner_ids) if owner_ids and rng.random() > 0.02 else ""
        pids = [p for p in self.partner_pool(lat) if p not in owner_ids]
        rng.shuffle(pids)
        npart = rng.choice([0, 1, 1, 2, 2, 3]) if rng.random() < 0.75 * st["fill"] else 0
        row["partners"] = "; ".join(self.ref(p, st) for p in pids[:npart])
        self.enum_cells(lat, row, st, angle, role)
        self.money_cells(lat, row, st, bud)
        self.date_cells(lat, row, st, ret_ym, first_rec)
        row["source"] = self.source_text(logger, st, ret_ym)
        row["country"] = self.country_text(lat, st)
        row["region"] = self.region_text(lat, st)
        row["beneficiaries"] = self.benef_text(lat, st)
        row["last_updated"] = fmt_date(ret_ym[0], ret_ym[1], rng.randint(1, 28), rng.choice(["ymd", "dmy/", st["date_fmt"] if st["date_fmt"] not in ("y", "ym", "my/", "Mon y") else "ymd"])) if rng.random() < 0.9 else ""
        row["link"] = self.link(lat, logger, name) if rng.random() < 0.45 * st["fill"] else ""
        return row

    def keep_distinctions(self, lat, f, name, desc):
        """The facts that set a programme apart from its look-alikes (salient parts) must be readable in the title or in
        the description as written (after blanking, truncation, HTML and typos). Whatever is lost goes into the title."""
        nt, dt = norm_tokens(name), norm_tokens(desc)
        bits = []
        for key in dict.fromkeys(list(lat.salient) + (["POP"] if lat.pop_salient else []) + list(lat.must_state)):
            forms = state_forms(lat, key)
            if not forms or any(has_form(nt, x, False) or has_form(dt, x, False) for x in forms):
                continue
            if lat.kind == "natprog" and key == "PLACE":
                v = self.rng.choice(["national programme", "national"])
            else:
                v = f.get(key)
            if v and v not in bits:
                bits.append(v)
        if bits:
            name += self.rng.choice([" (%s)", " - %s"]) % "; ".join(bits)
        return name

    # ---------------------------------------------------------------- pieces
    def style_text(self, sents, st):
        rng = self.rng
        if rng.random() < st["bullets"] and len(sents) > 2:
            b = rng.choice(["• ", "· ", "* ", "▪ ", "&bull; ", "– "])
            head = sents[0]
            body = "\n".join(b + s for s in sents[1:])
            text = head + rng.choice(["\n", "\n\n", " "]) + body
        elif rng.random() < 0.08 and len(sents) > 2:
            text = sents[0] + "\n" + "\n".join(sents[1:])
        else:
            text = " ".join(sents)
        if rng.random() < 0.2:
            text = text.replace(" - ", " – ")
        if rng.random() < 0.15:
            text = text.replace("'", "’")
        if rng.random() < st["html"]:
            text = htmlize(rng, text)
        if st["typo"] and rng.random() < st["typo"] * 2:
            text = typo(rng, text, rng.choice([1, 1, 1, 2]))
        if rng.random() < 0.02:
            text = text.upper()
        if st["trunc"] and rng.random() < 0.9:
            text = truncate(rng, text, st["trunc"])
        if rng.random() < 0.03:
            text = text + rng.choice(["  ", " ", "\n"])
        if text[:1] in "=+-@'":
            text = "Summary: " + text
        return text

    def noisy_name(self, name, st, relog):
        rng = self.rng
        if st["typo"] and rng.random() < st["typo"] * 0.6:
            name = typo(rng, name, 1)
        if rng.random() < st["html"] * 0.3 and "&" in name:
            name = name.replace("&", "&amp;")
        if st["nbsp"] and rng.random() < 0.5:
            name = name.replace(" ", "\u00a0", rng.randint(1, 2))
        if relog and rng.random() < 0.25:
            name += rng.choice([" (updated)", " v2", " - copy", " [2]", " (refresh)", " - new entry"])
        if rng.random() < 0.035:
            name = rng.choice(["P%03d " % rng.randint(1, 999), "INN-%03d: " % rng.randint(1, 400), "#%d " % rng.randint(10, 400)]) + name
        if rng.random() < st["caps_name"]:
            name = name.upper()
        if rng.random() < 0.02:
            name = name + " "
        if name[:1] in "=+-@'":
            name = "(" + name + ")"
        return name

    def owner_ids(self, lat, role, angle, logger):
        rng = self.rng
        ro = lat.roles
        if lat.kind in ("adoption", "natlocal"):
            if angle == "own":
                main = ro.get("deliverer")
                if role == "commissioner" and rng.random() < 0.35:
                    main = ro.get("commissioner") or main
            elif angle == "fund":
                main = ro.get("funder") or ro.get("national")
                if lat.kind == "natlocal" and role == "national" and rng.random() < 0.5:
                    main = ro.get("deliverer")
            elif angle == "sup":
                main = ro.get("supplier") if rng.random() < 0.45 else ro.get("deliverer")
            else:
                main = ro.get("network") if rng.random() < 0.55 else ro.get("deliverer")
        elif lat.kind == "award":
            main = ro.get("deliverer") if angle in ("co",) or rng.random() < 0.25 else ro.get("funder")
        else:
            main = ro.get("owner") or ro.get("national") or ro.get("funder")
            if role in ("deliverer",) and ro.get("deliverer") and rng.random() < 0.5:
                main = ro.get("deliverer")
            if role in ("manager", "partner") and rng.random() < 0.4:
                main = logger
        # commissioner of the day vs its successor: a CCG-era project may be owned by the ICB in a later record
        if main and self.reg.get(main).typ == "ccg" and rng.random() < 0.3:
            main = self.w.icb[self.reg.get(main).icb]
        out = [main] if main else []
        if rng.random() < 0.07:
            extra = [x for x in (ro.get("commissioner"), ro.get("network"), ro.get("funder"), ro.get("deliverer")) if x and x not in out]
            if extra:
                out.append(rng.choice(extra))
        return out

    def partner_pool(self, lat):
        ro = lat.roles
        pool = []
        for p in lat.partners:
            if p not in pool:
                pool.append(p)
        for r in ("deliverer", "funder", "network", "supplier", "commissioner", "national", "manager"):
            x = ro.get(r)
            if x and x not in pool:
                pool.append(x)
        if getattr(lat, "nhs_partner", None) and lat.nhs_partner not in pool:
            pool.append(lat.nhs_partner)
        return pool

    def enum(self, forms_by_key, key, st):
        forms = forms_by_key[key]
        e = st["enum"]
        if e == "mixed":
            e = self.rng.choice(["slug", "words", "syn"])
        if e == "slug":
            return forms[0]
        if e == "words":
            return forms[1] if len(forms) > 1 else forms[0]
        return self.rng.choice(forms)

    def yn(self, v, st):
        if v is None:
            return ""
        y, n, p = st["yn"]
        return {"yes": y, "no": n, "partly": p}[v]

    def enum_cells(self, lat, row, st, angle, role):
        rng = self.rng
        fill = st["fill"]
        acts = list(lat.acts)
        if angle == "net" and "networking-and-brokerage" not in acts and rng.random() < 0.5:
            acts.append("networking-and-brokerage")
        if rng.random() < 0.3 and len(acts) > 1:
            acts = acts[:rng.randint(1, len(acts))]
        row["activity_types"] = rng.choice(["; ", ";", " ; "]).join(self.enum(ACT_FORMS, a, st) for a in acts) if acts and rng.random() < 0.72 * fill else ""
        ins = lat.instrument
        if ins and rng.random() < (0.75 if angle in ("fund", "any") else 0.3) * fill:
            r = rng.random()
            if r < 0.4:
                row["instrument_type"] = ins
            elif r < 0.85:
                row["instrument_type"] = rng.choice(INSTRUMENT_LABELS[ins])
            else:
                row["instrument_type"] = INSTRUMENT_LABELS[ins][0].lower()
        else:
            row["instrument_type"] = ""
        row["focus"] = self.enum(FOCUS_FORMS, lat.focus, st) if lat.focus and rng.random() < 0.65 * fill else ""
        row["productivity_focus"] = self.yn(lat.productivity, st) if rng.random() < 0.45 * fill else ""
        offers = lat.offers if rng.random() < 0.6 * fill else None
        row["offers_funding"] = self.yn(offers, st)
        rec = lat.recipients
        if offers in ("yes", "partly") and rec and rec != "none" and rng.random() < 0.7:
            row["funding_recipients"] = self.enum(RECIP_FORMS, rec, st)
        elif offers == "no" and rng.random() < 0.3:
            row["funding_recipients"] = self.enum(RECIP_FORMS, "none", st)
        else:
            row["funding_recipients"] = ""
        row["stages"] = "; ".join(lat.stages) if lat.stages and rng.random() < 0.35 * fill else ""
        if lat.drivers and rng.random() < 0.3 * fill:
            row["drivers"] = "; ".join(rng.choice([d] + DRIVER_ALT.get(d, [])) for d in lat.drivers)
        else:
            row["drivers"] = ""
        row["target_groups"] = "; ".join(lat.groups) if lat.groups and rng.random() < 0.45 * fill else ""
        row["technology_area"] = rng.choice(TECH_AREAS[lat.tech]) if lat.tech and rng.random() < 0.68 * fill else ""
        row["evaluated"] = self.yn(lat.evaluated, st) if rng.random() < 0.4 * fill else ""
        row["rapid_evaluation"] = self.yn(lat.rapid, st) if lat.rapid and rng.random() < 0.25 * fill else ""

    def money_cells(self, lat, row, st, bud):
        rng = self.rng
        row["budget"] = row["currency"] = row["budget_period"] = row["budget_notes"] = ""
        if not bud or rng.random() > 0.62 * st["fill"] + 0.05:
            return
        notes = []
        style = st["budget_style"]
        if rng.random() < 0.1:
            style = rng.choice(["full", "range", "upto"])
        if st["budget_k"] and lat.currency == "GBP":
            v = max(1, int(round(bud / 1000.0)))
            notes.append(rng.choice(["£k", "figures in £000s", "£'000", "GBP thousands"]))
        else:
            v = bud
        if style == "range":
            lo = int(v * rng.choice([0.5, 0.6, 0.75, 0.8]))
            row["budget"] = "%d - %d" % (lo, v)
        elif style == "upto":
            row["budget"] = "up to %d" % v
        else:
            row["budget"] = str(v)
        if lat.currency != "GBP":
            row["currency"] = lat.currency if rng.random() < 0.9 else ""
            if not row["currency"]:
                row["budget"] = ""          # an unlabelled foreign amount would be read as GBP: a careful exporter drops it
        elif rng.random() < 0.35:
            row["currency"] = "GBP"
        if lat.period and rng.random() < 0.45 * st["fill"]:
            row["budget_period"] = lat.period
        if rng.random() < 0.12:
            notes.append(rng.choice(["indicative", "incl. VAT", "excl. VAT", "capital and revenue", "match funded 50%", "revenue only",
                                     "provisional", "awarded value", "as per business case"]))
        row["budget_notes"] = "; ".join(notes)

    def date_cells(self, lat, row, st, ret_ym, first_rec):
        rng = self.rng
        row["start_date"] = row["end_date"] = row["status"] = ""
        fmt = st["date_fmt"]
        if st["year_only"] and rng.random() < 0.8:
            fmt = "y"
        prec = PRECISION.get(fmt, "d")
        s = lat.start
        e = lat.end
        if s and not first_rec and rng.random() < 0.3:
            s = ym_add(s, rng.choice([-3, -2, -1, 1, 1, 2, 3, 4]))   # contract date vs go-live
        if e and not first_rec and rng.random() < 0.2:
            e = ym_add(e, rng.choice([-3, -1, 1, 2, 3, 6]))
        sd = ed = None
        if s and rng.random() < 0.86 * st["fill"] + 0.1:
            d = 1 if rng.random() < 0.7 else rng.randint(1, 28)
            sd = (s[0], s[1], d)
            row["start_date"] = fmt_date(s[0], s[1], d, fmt)
        if e and rng.random() < 0.62 * st["fill"]:
            d = last_day(e[0], e[1]) if rng.random() < 0.7 else rng.randint(1, 28)
            ed = (e[0], e[1], d)
            efmt = fmt
            if prec == "d" and rng.random() < 0.05:
                efmt = "ym"
            eprec = PRECISION.get(efmt, "d")
            if sd is not None:
                s_first, s_last = span(sd[0], sd[1], sd[2], prec)
                e_first, e_last = span(ed[0], ed[1], ed[2], eprec)
                if e_first < s_first or e_last < s_last:
                    ed = None
            if ed is not None:
                row["end_date"] = fmt_date(ed[0], ed[1], ed[2], efmt)
        # status as of the return
        if rng.random() < 0.8 * st["fill"] + 0.1 and lat.start:
            if ret_ym < lat.start:
                stt = "planned" if rng.random() < 0.85 else "proposed"
            elif lat.end and ret_ym > lat.end:
                stt = "concluded"
            else:
                stt = "active"
            row["status"] = rng.choice(STATUS_FORMS[stt])

    def source_text(self, logger, st, ret_ym):
        rng = self.rng
        a = self.reg.get(logger)
        fy = ret_ym[0] if ret_ym[1] >= 4 else ret_ym[0] - 1
        q = ((ret_ym[1] - 4) % 12) // 3 + 1
        r = rng.random()
        if a.typ in ("supplier", "sme"):
            return "%s - Innovation Service portal submission %d-%02d" % (a.short, ret_ym[0], ret_ym[1])
        if r < 0.6:
            return "%s %s Q%d %s" % (a.short, st["return_label"], q, fy_text(fy))
        if r < 0.85:
            return "%s return (%s %d)" % (a.short, MON[ret_ym[1] - 1], ret_ym[0])
        return "Merged tracker v%d; submitted by %s" % (rng.randint(3, 11), a.short)

    def country_text(self, lat, st):
        rng = self.rng
        if rng.random() > 0.8 * st["fill"] + 0.1:
            return ""
        if lat.country == "England":
            return st["country"]
        if lat.country in ("Scotland", "Wales", "Northern Ireland"):
            return lat.country if rng.random() < 0.8 else "UK"
        return lat.country if rng.random() < 0.7 else {"Germany": "DE", "France": "FR", "Netherlands": "NL", "United States": "US",
                                                        "Ireland": "IE", "Australia": "AU", "Canada": "CA", "Sweden": "SE"}.get(lat.country, lat.country)

    def region_text(self, lat, st):
        rng = self.rng
        if lat.kind in ("natprog",):
            return rng.choice(["National", "England", "All regions", ""])
        if lat.kind == "comparator":
            return ""
        mode = st["region_style"]
        if rng.random() < 0.3:
            mode = rng.choice(["nhs", "local", "none"])
        if mode == "none" or rng.random() > 0.85 * st["fill"] + 0.05:
            return ""
        if mode == "local" and getattr(lat, "local_area", None):
            return rng.choice(lat.local_area)
        if mode == "ahsn" and getattr(lat, "area_icb", None):
            return self.reg.get(self.w.ahsn[self.w.icb_info[lat.area_icb]["ahsn"]]).area
        return lat.region or ""

    def benef_text(self, lat, st):
        rng = self.rng
        if not lat.benef or rng.random() > 0.6 * st["fill"]:
            return ""
        b = lat.benef
        if rng.random() < 0.3:
            b = b[:1].upper() + b[1:]
        return b

    def link(self, lat, logger, name):
        rng = self.rng
        a = self.reg.get(logger)
        if not a.web:
            return ""
        return "https://www.%s/%s/%s" % (a.web, rng.choice(["our-work", "projects", "news", "innovation", "programmes", "case-studies"]), slugify(name))


# ==================================================================================================
# MAIN
# Synthetic initiatives + actors registers with planted duplicates and hard negatives.
#
# python3 generate_seventh.py --rows N --seed S --out DIR
#
# See README.md for the recipe. Python 3 standard library only.
# ==================================================================================================


def dup_kind(r1, a1, r2, a2):
    if a1 == a2:
        return "relogged_same_org"
    s = {r1, r2}
    if "supplier" in s:
        return "supplier_and_nhs"
    if "manager" in s:
        return "funder_and_delivery_partner"
    if "funder" in s and ("deliverer" in s or "owner" in s):
        return "funder_and_deliverer"
    if "network" in s:
        return "network_and_nhs" if (s & {"deliverer", "commissioner"}) else "network_and_funder"
    if "national" in s:
        return "national_and_local"
    if s == {"deliverer", "commissioner"}:
        return "commissioner_and_provider"
    return "co_owners"


def pick_logger(rng, cands, prefer_role=None):
    if prefer_role and rng.random() < 0.6:
        same = [c for c in cands if c[0] == prefer_role]
        if same:
            return same[0][0], same[0][1]
    c = rng.choices(cands, [x[2] for x in cands])[0]
    return c[0], c[1]


def ret_date(rng, lat, after=None):
    lo = ym_add(lat.start, -5) if lat.start else SNAPSHOT
    lo = max(lo, (2015, 1))
    hi = min(SNAPSHOT, ym_add(lat.end or SNAPSHOT, 12))
    if after is not None:
        lo = max(lo, ym_add(after, 3))
    if lo > hi:
        return hi
    a = lo[0] * 12 + lo[1] - 1
    b = hi[0] * 12 + hi[1] - 1
    t = rng.randint(a, b)
    return (t // 12, t % 12 + 1)


def generate(n_rows, seed, out, hn_ratio=6.0, bom=False, quiet=False, verbose=False):
    t0 = time.time()
    w = World(seed)
    rng = w.rng
    R = Renderer(w)
    builders = [b for b, _ in FAMILY_BUILDERS]
    weights = [wt for _, wt in FAMILY_BUILDERS]
    total = 0
    processed = 0
    fails = 0
    fam_first_role = {}
    streak = [0] * len(builders)
    made = [0] * len(builders)
    wsum = float(sum(weights))
    exhausted = []
    while total < n_rows:
        if rng.random() < 0.7:
            # the kind furthest below its share of programmes (kinds that run out of distinct programmes drop out)
            nl = sum(made) + 1
            bi = max((i for i in range(len(builders)) if weights[i]), key=lambda i: weights[i] / wsum * nl - made[i])
        else:
            bi = rng.choices(range(len(builders)), weights)[0]
        nbefore = len(w.latents)
        builders[bi](w)
        made[bi] += len(w.latents) - nbefore
        if len(w.latents) == nbefore:
            streak[bi] += 1
            if streak[bi] >= 60:            # this kind of family is exhausted (all distinct programmes made)
                weights[bi] = 0
                exhausted.append("%s at %d rows" % (builders[bi].__name__[4:], total))
                if not any(weights):
                    raise SystemExit("could not create enough distinct programmes for %d rows" % n_rows)
        else:
            streak[bi] = 0
        for lat in w.latents[processed:]:
            remaining = n_rows - total
            if remaining <= 0 or not lat.loggers:
                lat.records = []
                continue
            n = 1
            single = len(set(c[1] for c in lat.loggers)) < 2
            if rng.random() < lat.dup_p * (0.5 if single else 1.0):
                n = 3 if rng.random() < 0.13 else 2
            n = min(n, remaining)
            role, logger = pick_logger(rng, lat.loggers, fam_first_role.get(lat.fam))
            fam_first_role.setdefault(lat.fam, role)
            recs = [(role, logger, False)]
            for _ in range(n - 1):
                used = [r[1] for r in recs]
                others = [c for c in lat.loggers if c[1] not in used]
                if others and rng.random() > 0.14:
                    r2, l2 = pick_logger(rng, others)
                    recs.append((r2, l2, False))
                else:
                    recs.append((recs[0][0], recs[0][1], True))
            lat.records = recs
            total += n
        processed = len(w.latents)
    # look-alikes at the same what and where state every axis on which they differ
    n_closed = close_distinctions(w)
    # with thousands of SMEs, a bare stem ("Bluewise") can be the start of another company's name ("BlueWise Analytics")
    for lat in w.latents:
        if lat.kind == "award" and lat.records:
            co = lat.roles["deliverer"]
            lat.parts["COMPANY"] = w.specific_forms("sme", co, lat.parts["COMPANY"], w._smes)
            lat.parts["PRODUCT"] = w.specific_forms("sme", co, lat.parts["PRODUCT"], w._smes)
    # ---------------------------------------------------------------- render rows
    rows = []
    kind_count = {}
    for lat in w.latents:
        if not lat.records:
            continue
        kind_count[lat.kind] = kind_count.get(lat.kind, 0) + 1
        first_ret = None
        for i, (role, logger, relog) in enumerate(lat.records):
            ret = ret_date(rng, lat, after=first_ret if relog else None)
            if i == 0:
                first_ret = ret
            row = R.render(lat, role, logger, ret, i == 0, relog)
            rows.append([logger, ret, rng.random(), row, lat.lid, i, role])
    # merged export: blocks per submitting organisation (in an arbitrary but fixed order), each in the
    # order of its returns; ids are issued by each organisation in that order
    order = {}
    for logger in sorted(set(r[0] for r in rows)):
        order[logger] = rng.random()
    rows.sort(key=lambda r: (order[r[0]], r[1], r[2]))
    rec_by_lat = {}
    for r in rows:
        rid = w.next_id(r[0], r[1])
        r[3]["id"] = rid
        rec_by_lat.setdefault(r[4], []).append((r[5], rid, r[6], r[0]))
    rec_ids = {}
    for lid, lst in rec_by_lat.items():
        lst.sort()
        rec_ids[lid] = [(rid, role, logger) for _, rid, role, logger in lst]
    allids = [r[3]["id"] for r in rows]
    if len(set(allids)) != len(allids):
        raise SystemExit("internal error: duplicate ids")
    # ---------------------------------------------------------------- planted pairs
    planted = []
    for lat in w.latents:
        ids = rec_ids.get(lat.lid)
        if not ids or len(ids) < 2:
            continue
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                a, b = ids[i], ids[j]
                planted.append((a[0], b[0], dup_kind(a[1], a[2], b[1], b[2])))
    # ---------------------------------------------------------------- identities (truth_identities.csv)
    row_of = dict((r[3]["id"], r[3]) for r in rows)
    fsets = FormSets()
    ident_of = {}
    for lat in w.latents:
        if lat.lid in rec_ids:
            ident_of[lat.lid] = record_identity(lat, fsets)
    forms_by_id = dict((i, list(k)) for k, i in fsets.ids.items())
    tok_cache = {}

    def toks(rid):
        t = tok_cache.get(rid)
        if t is None:
            t = tok_cache[rid] = record_tokens(row_of[rid])
        return t

    # ---------------------------------------------------------------- hard negatives
    # a hard negative must show, in the two records as written, the difference a careful reader would use: an axis
    # stated by both in words only its own value could mean (or dates far apart for a round / phase / wave), and the
    # records must not read the same. Take a pair of records of the two programmes that does; drop the pair otherwise.
    seen = set()
    cands = []
    for a, b, kind in w.cand_pairs:
        if a.lid not in rec_ids or b.lid not in rec_ids:
            continue
        key = (min(a.lid, b.lid), max(a.lid, b.lid))
        if key in seen:
            continue
        seen.add(key)
        cands.append((a, b, kind))
    dropped = {}

    def readable(c):
        """The pair of records of candidate c to list, or None if no pair of their records shows the difference."""
        a, b, kind = c
        combos = [(x[0], y[0]) for x in rec_ids[a.lid] for y in rec_ids[b.lid]]
        rng.shuffle(combos)
        for ra, rb in combos:
            if (visible_difference(toks(ra), toks(rb), ident_of[a.lid][3], ident_of[b.lid][3], forms_by_id, row_of[ra], row_of[rb])
                    and not surface_same(row_of[ra], row_of[rb], toks(ra), toks(rb))):
                return ra, rb
        dropped[kind] = dropped.get(kind, 0) + 1
        return None

    target = int(round(hn_ratio * max(1, len(planted))))
    # balance the kinds: every kind gets an equal share, capped by what exists, the remainder is shared again
    # (candidates are checked for readability in that random order, only as far as needed)
    by_kind = {}
    for c in cands:
        by_kind.setdefault(c[2], []).append(c)
    kinds = sorted(by_kind)
    for k in kinds:
        rng.shuffle(by_kind[k])
    chosen = dict((k, []) for k in kinds)
    nxt_i = dict((k, 0) for k in kinds)
    left = target
    open_kinds = list(kinds)
    while left > 0 and open_kinds:
        share = max(1, left // len(open_kinds))
        nxt = []
        for k in open_kinds:
            want = min(share, left)
            lst = by_kind[k]
            while want > 0 and nxt_i[k] < len(lst):
                c = lst[nxt_i[k]]
                nxt_i[k] += 1
                pick = readable(c)
                if pick:
                    chosen[k].append(c + (pick,))
                    want -= 1
                    left -= 1
            if nxt_i[k] < len(lst):
                nxt.append(k)
            if left <= 0:
                break
        open_kinds = nxt
    cands = [c for k in kinds for c in chosen[k]]
    hard = []
    for a, b, kind, (ra, rb) in cands:
        if rng.random() < 0.5:
            ra, rb = rb, ra
        hard.append((ra, rb, kind))
    pos = {rid: i for i, rid in enumerate(allids)}
    planted.sort(key=lambda p: (pos[p[0]], pos[p[1]]))
    hard.sort(key=lambda p: (pos[p[0]], pos[p[1]]))
    # ---------------------------------------------------------------- write
    os.makedirs(out, exist_ok=True)
    enc = "utf-8-sig" if bom else "utf-8"
    with open(os.path.join(out, "initiatives.csv"), "w", newline="", encoding=enc) as fh:
        wr = csv.writer(fh)
        wr.writerow(COLUMNS)
        for r in rows:
            wr.writerow([r[3].get(c, "") for c in COLUMNS])
    write_actors(w, os.path.join(out, "actors.csv"), enc)
    for fname, pairs in (("planted_pairs.csv", planted), ("hard_negatives.csv", hard)):
        with open(os.path.join(out, fname), "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(["id_a", "id_b", "kind"])
            wr.writerows(pairs)
    write_truth(out, w, rec_ids, ident_of, fsets)
    dt = time.time() - t0
    if not quiet:
        print("wrote %d initiatives, %d actors, %d planted pairs, %d hard negatives to %s in %.1fs"
              % (len(rows), w.n_actors_written, len(planted), len(hard), out, dt))
    if verbose:
        print("programmes by family kind: " + ", ".join("%s=%d" % kv for kv in sorted(kind_count.items())))
        print("family kinds exhausted: %s" % (", ".join(exhausted) or "none"))
        print("axes made stated so that look-alikes at one site differ visibly: %d" % n_closed)
        print("hard-negative candidates dropped (no visible difference in any pair of their records): %d %s"
              % (sum(dropped.values()), dict(sorted(dropped.items()))))
    return dict(rows=len(rows), planted=len(planted), hard=len(hard), seconds=dt, kinds=kind_count)


def write_truth(out, w, rec_ids, ident_of, fsets):
    """truth_identities.csv: one row per record with the identity of its programme (see identity());
    truth_forms.csv: the forms (words) by which each identity value can be stated."""
    with open(os.path.join(out, "truth_identities.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["id", "programme", "family", "kind", "what", "where", "axes", "stated", "implies"])
        for lat in w.latents:
            if lat.lid not in rec_ids:
                continue
            what, where, implies, ax, stated = ident_of[lat.lid]
            axes = ";".join("%s=%s@%d" % (a, str(v).replace(";", ",").replace("@", " at "), fid) for a, (v, fid) in sorted(ax.items()))
            for rid, role, logger in rec_ids[lat.lid]:
                wr.writerow([rid, "L%d" % lat.lid, "F%d" % lat.fam, lat.kind, what, where, axes, ";".join(sorted(stated)), ";".join(implies)])
    with open(os.path.join(out, "truth_forms.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["formset", "forms"])
        for forms, i in sorted(fsets.ids.items(), key=lambda kv: kv[1]):
            wr.writerow([i, " | ".join(forms)])


KIND_WORDS = {
    "icb": ["ICB", "integrated care board", "commissioner", "Commissioner"],
    "ccg": ["CCG", "commissioner", "CCG"],
    "council": ["commissioner", "Commissioner", "other"],
    "pcn": ["healthcare provider", "provider", "health care provider"],
    "practice": ["healthcare provider", "provider", "health care provider", "NHS provider"],
    "supplier": ["company", "industry", "business", "private sector", "Industry"],
    "sme": ["SME", "company", "industry", "firm"],
}


def write_actors(w, path, enc):
    rng = w.rng
    reg = w.reg
    for aid in reg.order:
        a = reg.get(aid)
        if a.typ in ("national", "ahsn", "icb", "nhse_region", "foreign") or a.id in ("ORG-AHSNS",):
            reg.use(aid)
    n = 0
    with open(path, "w", newline="", encoding=enc) as fh:
        wr = csv.writer(fh)
        wr.writerow(["id", "name", "acronym", "kind", "level", "member_of", "description", "source"])
        for aid in reg.order:
            if aid not in reg.used:
                continue
            a = reg.get(aid)
            if a.typ in KIND_WORDS:
                kind = rng.choice(KIND_WORDS[a.typ])
            elif a.typ.startswith("trust") or a.typ == "devolved":
                kind = rng.choice(["NHS trust", "healthcare provider", "trust", "provider", "NHS provider"])
            else:
                forms = ACTOR_KIND_FORMS[a.kind]
                kind = forms[0] if rng.random() < 0.5 else rng.choice(forms)
            level = (LEVEL_FORMS[a.level][0] if rng.random() < 0.6 else rng.choice(LEVEL_FORMS[a.level])) if rng.random() < 0.92 else ""
            member = ""
            if a.member_of:
                m = reg.get(a.member_of)
                member = m.id if rng.random() < 0.5 else m.name
            src = rng.choice(["Merged tracker organisation list", "ODS extract", "Tracker returns (organisation tab)",
                              "Programme office master list", "Added during merge"])
            wr.writerow([a.id, a.name, a.acronym, kind, level, member, a.description, src])
            n += 1
    w.n_actors_written = n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, required=True, help="total initiative rows (duplicates included)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--hard-ratio", type=float, default=6.0, help="hard negatives per planted pair (upper bound)")
    ap.add_argument("--bom", action="store_true", help="write initiatives/actors with a UTF-8 byte-order mark")
    ap.add_argument("--verbose", action="store_true", help="print how many programmes each family kind produced")
    args = ap.parse_args(argv)
    if args.rows < 1:
        ap.error("--rows must be >= 1")
    generate(args.rows, args.seed, args.out, args.hard_ratio, args.bom, verbose=args.verbose)


if __name__ == "__main__":
    main()
