package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places, conditions, populations and settings of care a text names, each as the family it belongs to (a city as
 * its integrated care system area, a region as each of its areas, "heart failure" as cardiovascular
 * disease, "over-65s" as older people, "A&E" as hospitals).
 * Look-alike programmes of one template share most of their words and differ in one of these ("...
 * in Gloucestershire" and "... in South Yorkshire"; "... for COPD" and "... for heart failure"; "... in care homes" and "... in emergency departments"); a
 * programme recorded again names the same ones, or none. Families, not the names themselves, are
 * compared, so that a programme described by its city once and by its county or region again is not
 * told apart (a region shares each of its areas). The word lists are general knowledge of the NHS in
 * the UK, not taken from any register.
 */
final class NamedEntities {
    enum Kind {
        // Places are nested (a town in its area, a region of areas) and partners' names name theirs in passing: only
        // none in common tells two programmes apart. Names say where a service is run in shorthand ("... for
        // Outpatients" of outpatient care in community services): for settings the whole texts decide.
        PLACE("place", "places", false, true), CONDITION("condition", "conditions", true, true),
        POPULATION("population", "populations", true, true), SETTING("setting", "settings", true, false),
        // A programme recorded again may name its technology another way or mention another in passing: only none in common
        // tells two apart, in the whole texts (one competition's awards for other technologies share their condition).
        INTERVENTION("intervention", "interventions", false, false);

        final String one;
        final String many;
        /** Whether each of two texts naming one the other does not tells them apart, even with some in common. */
        final boolean eachItsOwn;
        /** Whether two names naming some of this kind, none in common, tell the two apart whatever their descriptions share. */
        final boolean namesDecide;

        Kind(String one, String many, boolean eachItsOwn, boolean namesDecide) {
            this.one = one;
            this.many = many;
            this.eachItsOwn = eachItsOwn;
            this.namesDecide = namesDecide;
        }
    }

    /** A word of the phrases: the words that may follow it, and what the phrase ending here names, if any. */
    private static final class Phrase {
        final Map<String, Phrase> next = new HashMap<>();
        Named named;
    }

    /**
     * What a phrase names: families of one kind; a general phrase names several (a region each of its areas). A phrase
     * may also name a family of another kind ({@code also}): "care homes" are a population and a setting.
     */
    private record Named(Kind kind, BitSet families, boolean general, Named also) {
        Named(Kind kind, BitSet families, boolean general) {
            this(kind, families, general, null);
        }
    }

    /** What a phrase that names nothing names: read as one, so that its words name nothing either. */
    private static final Named NOTHING = new Named(null, new BitSet(), false);
    /** Every phrase, word by word (lower case, as {@link TextWords} reads them), and what it names. */
    private static final Phrase PHRASES = new Phrase();
    /**
     * The interventions' phrases, read on their own: a technology's name may hold a condition's or a setting's ("home blood
     * pressure telemonitoring", "hospital at home"), which must still be read.
     */
    private static final Phrase INTERVENTIONS = new Phrase();
    private static final Map<Kind, List<String>> NAMES = new java.util.EnumMap<>(Kind.class);

    static {
        // Places: England's 42 integrated care system areas, with their counties, cities and towns; the nations apart.
        // North East and Yorkshire
        area("North East and North Cumbria", "north east and north cumbria", "north east", "north east england", "northumberland",
                "tyne and wear", "newcastle", "sunderland", "gateshead", "south tyneside", "north tyneside", "durham", "county durham",
                "teesside", "tees valley", "middlesbrough", "darlington", "hartlepool", "stockton on tees", "redcar", "north cumbria",
                "carlisle", "south shields", "north shields", "hexham", "cramlington", "bishop auckland", "stockton", "whitehaven",
                "workington", "penrith");
        area("Humber and North Yorkshire", "humber and north yorkshire", "humber", "hull", "kingston upon hull", "east riding",
                "east yorkshire", "north yorkshire", "harrogate", "scarborough", "grimsby", "scunthorpe", "north lincolnshire",
                "north east lincolnshire", "york", "selby", "goole", "bridlington", "beverley", "northallerton", "whitby");
        area("South Yorkshire", "south yorkshire", "sheffield", "doncaster", "rotherham", "barnsley");
        area("West Yorkshire", "west yorkshire", "leeds", "bradford", "wakefield", "huddersfield", "calderdale", "kirklees", "halifax",
                "dewsbury", "keighley", "pontefract", "airedale");
        region(new String[] { "north east and yorkshire", "yorkshire", "yorkshire and the humber", "yorkshire and humber" },
                "Humber and North Yorkshire", "South Yorkshire", "West Yorkshire");
        // North West
        area("Cheshire and Merseyside", "cheshire and merseyside", "cheshire", "merseyside", "liverpool", "wirral", "warrington", "chester",
                "st helens", "knowsley", "sefton", "halton", "crewe", "southport", "macclesfield", "widnes", "runcorn", "birkenhead");
        area("Greater Manchester", "greater manchester", "manchester", "salford", "bolton", "wigan", "stockport", "oldham", "rochdale",
                "trafford", "tameside", "altrincham", "ashton under lyne");
        area("Lancashire and South Cumbria", "lancashire and south cumbria", "lancashire", "south cumbria", "preston", "blackpool",
                "blackburn", "lancaster", "morecambe", "burnley", "lancs", "chorley", "kendal", "barrow in furness", "fleetwood");
        region(new String[] { "cumbria" }, "North East and North Cumbria", "Lancashire and South Cumbria");
        region(new String[] { "north west", "north west england" }, "Cheshire and Merseyside", "Greater Manchester",
                "Lancashire and South Cumbria");
        // Midlands
        area("Birmingham and Solihull", "birmingham and solihull", "birmingham", "solihull", "sutton coldfield");
        area("Black Country", "black country", "wolverhampton", "dudley", "walsall", "sandwell", "west bromwich");
        area("Coventry and Warwickshire", "coventry and warwickshire", "coventry", "warwickshire", "nuneaton", "warwick", "leamington",
                "leamington spa");
        area("Derby and Derbyshire", "derby and derbyshire", "derby", "derbyshire", "chesterfield", "buxton", "ilkeston", "glossop");
        area("Herefordshire and Worcestershire", "herefordshire and worcestershire", "herefordshire", "hereford", "worcestershire",
                "worcester", "redditch", "worcs", "kidderminster", "evesham", "malvern", "bromsgrove");
        area("Leicester, Leicestershire and Rutland", "leicester leicestershire and rutland", "leicester", "leicestershire", "rutland",
                "leics", "loughborough", "hinckley", "melton mowbray", "market harborough", "oakham");
        area("Lincolnshire", "lincolnshire", "lincoln", "grantham", "lincs", "skegness", "spalding", "gainsborough");
        area("Northamptonshire", "northamptonshire", "northampton", "kettering", "corby", "northants", "wellingborough", "daventry",
                "rushden");
        area("Nottingham and Nottinghamshire", "nottingham and nottinghamshire", "nottingham", "nottinghamshire", "mansfield", "notts",
                "newark", "sutton in ashfield", "bassetlaw", "worksop");
        area("Shropshire, Telford and Wrekin", "shropshire telford and wrekin", "shropshire", "telford", "wrekin", "shrewsbury", "oswestry",
                "ludlow", "bridgnorth", "market drayton");
        area("Staffordshire and Stoke-on-Trent", "staffordshire and stoke on trent", "staffordshire", "stoke on trent", "stafford",
                "staffs", "burton upon trent", "tamworth", "lichfield", "cannock", "newcastle under lyme");
        // Bassetlaw moved from South Yorkshire's integrated care board to Nottinghamshire's in 2022; the old name names both.
        region(new String[] { "south yorkshire and bassetlaw" }, "South Yorkshire", "Nottingham and Nottinghamshire");
        region(new String[] { "east midlands" }, "Derby and Derbyshire", "Leicester, Leicestershire and Rutland", "Lincolnshire",
                "Northamptonshire", "Nottingham and Nottinghamshire");
        region(new String[] { "west midlands" }, "Birmingham and Solihull", "Black Country", "Coventry and Warwickshire",
                "Herefordshire and Worcestershire", "Shropshire, Telford and Wrekin", "Staffordshire and Stoke-on-Trent");
        region(new String[] { "midlands" }, "Derby and Derbyshire", "Leicester, Leicestershire and Rutland", "Lincolnshire",
                "Northamptonshire", "Nottingham and Nottinghamshire", "Birmingham and Solihull", "Black Country", "Coventry and Warwickshire",
                "Herefordshire and Worcestershire", "Shropshire, Telford and Wrekin", "Staffordshire and Stoke-on-Trent");
        // East of England
        area("Bedfordshire, Luton and Milton Keynes", "bedfordshire luton and milton keynes", "bedfordshire", "bedford", "luton",
                "milton keynes", "dunstable", "leighton buzzard");
        area("Cambridgeshire and Peterborough", "cambridgeshire and peterborough", "cambridgeshire", "cambridge", "peterborough", "cambs",
                "huntingdon", "wisbech", "st neots");
        area("Hertfordshire and West Essex", "hertfordshire and west essex", "hertfordshire", "west essex", "harlow", "stevenage",
                "watford", "herts", "hemel hempstead", "st albans", "welwyn garden city", "hertford", "hitchin");
        area("Mid and South Essex", "mid and south essex", "southend", "chelmsford", "basildon", "thurrock", "southend on sea", "brentwood",
                "billericay");
        area("Norfolk and Waveney", "norfolk and waveney", "norfolk", "norwich", "waveney", "great yarmouth", "king s lynn", "kings lynn",
                "lowestoft", "cromer", "thetford");
        area("Suffolk and North East Essex", "suffolk and north east essex", "suffolk", "ipswich", "north east essex", "colchester",
                "bury st edmunds", "clacton", "felixstowe");
        region(new String[] { "essex" }, "Hertfordshire and West Essex", "Mid and South Essex", "Suffolk and North East Essex");
        region(new String[] { "east anglia" }, "Cambridgeshire and Peterborough", "Norfolk and Waveney", "Suffolk and North East Essex");
        region(new String[] { "east of england" }, "Bedfordshire, Luton and Milton Keynes", "Cambridgeshire and Peterborough",
                "Hertfordshire and West Essex", "Mid and South Essex", "Norfolk and Waveney", "Suffolk and North East Essex");
        // London
        area("North Central London", "north central london", "camden", "islington", "barnet", "enfield", "haringey", "tottenham",
                "hampstead");
        area("North East London", "north east london", "east london", "hackney", "tower hamlets", "newham", "waltham forest", "redbridge",
                "havering", "barking and dagenham", "romford", "ilford", "barking", "dagenham", "walthamstow", "whitechapel");
        area("North West London", "north west london", "west london", "ealing", "brent", "harrow", "hillingdon", "hounslow", "westminster",
                "kensington and chelsea", "hammersmith and fulham", "wembley", "uxbridge", "paddington", "hammersmith", "fulham", "nwl");
        area("South East London", "south east london", "lambeth", "southwark", "lewisham", "greenwich", "bexley", "bromley", "woolwich",
                "sidcup", "orpington");
        area("South West London", "south west london", "croydon", "kingston upon thames", "merton", "richmond upon thames", "sutton",
                "wandsworth", "tooting", "wimbledon", "kingston", "swl");
        region(new String[] { "north london" }, "North Central London", "North East London", "North West London");
        region(new String[] { "south london" }, "South East London", "South West London");
        region(new String[] { "london", "greater london" }, "North Central London", "North East London", "North West London",
                "South East London", "South West London");
        // South East
        area("Buckinghamshire, Oxfordshire and Berkshire West", "buckinghamshire oxfordshire and berkshire west", "buckinghamshire",
                "oxfordshire", "oxford", "berkshire west", "aylesbury", "high wycombe", "banbury", "oxon", "newbury", "abingdon", "didcot",
                "witney", "wokingham", "west berkshire");
        area("Frimley", "frimley", "surrey heath", "slough", "bracknell", "windsor", "farnham", "aldershot", "camberley", "maidenhead");
        area("Hampshire and Isle of Wight", "hampshire and isle of wight", "hampshire", "isle of wight", "southampton", "portsmouth",
                "winchester", "basingstoke", "hants", "andover", "fareham", "gosport", "havant", "eastleigh", "lymington");
        area("Kent and Medway", "kent and medway", "kent", "medway", "canterbury", "maidstone", "dartford", "thanet", "margate", "ramsgate",
                "folkestone", "dover", "chatham", "sevenoaks", "tunbridge wells", "gravesend", "sittingbourne");
        area("Surrey Heartlands", "surrey heartlands", "surrey", "guildford", "epsom", "woking", "redhill", "reigate", "dorking",
                "leatherhead", "chertsey");
        area("Sussex", "sussex", "east sussex", "west sussex", "brighton", "brighton and hove", "hastings", "eastbourne", "crawley",
                "chichester", "worthing", "bognor regis", "horsham", "haywards heath", "bexhill", "lewes", "hove");
        region(new String[] { "berkshire", "thames valley" }, "Buckinghamshire, Oxfordshire and Berkshire West", "Frimley");
        region(new String[] { "south east", "south east england" }, "Buckinghamshire, Oxfordshire and Berkshire West", "Frimley",
                "Hampshire and Isle of Wight", "Kent and Medway", "Surrey Heartlands", "Sussex");
        // South West
        area("Bath and North East Somerset, Swindon and Wiltshire", "bath and north east somerset", "north east somerset", "swindon",
                "wiltshire", "salisbury", "wilts", "chippenham", "trowbridge", "devizes", "melksham");
        area("Bristol, North Somerset and South Gloucestershire", "bristol north somerset and south gloucestershire", "bristol",
                "north somerset", "south gloucestershire", "weston super mare");
        area("Cornwall and the Isles of Scilly", "cornwall and the isles of scilly", "cornwall", "isles of scilly", "truro", "penzance",
                "falmouth", "st austell", "bodmin", "newquay", "camborne", "redruth");
        area("Devon", "devon", "plymouth", "exeter", "torbay", "torquay", "barnstaple", "newton abbot", "tiverton", "exmouth", "paignton",
                "bideford", "north devon");
        area("Dorset", "dorset", "bournemouth", "poole", "weymouth", "dorchester", "christchurch");
        area("Gloucestershire", "gloucestershire", "gloucester", "cheltenham", "stroud", "glos", "tewkesbury", "cirencester",
                "forest of dean");
        area("Somerset", "somerset", "taunton", "yeovil", "bridgwater", "minehead", "frome");
        region(new String[] { "south west", "south west england" }, "Bath and North East Somerset, Swindon and Wiltshire",
                "Bristol, North Somerset and South Gloucestershire", "Cornwall and the Isles of Scilly", "Devon", "Dorset", "Gloucestershire",
                "Somerset");
        // The academic health science networks (health innovation networks) by the areas they serve.
        several(Kind.PLACE, new String[] { "wessex" }, "Hampshire and Isle of Wight", "Dorset");
        several(Kind.PLACE, new String[] { "west of england" }, "Bristol, North Somerset and South Gloucestershire",
                "Bath and North East Somerset, Swindon and Wiltshire", "Gloucestershire");
        several(Kind.PLACE, new String[] { "kent surrey sussex", "kent surrey and sussex" }, "Kent and Medway", "Surrey Heartlands", "Sussex");
        several(Kind.PLACE, new String[] { "north west coast", "innovation agency" }, "Cheshire and Merseyside", "Lancashire and South Cumbria");
        several(Kind.PLACE, new String[] { "eastern ahsn", "eastern academic health science network", "health innovation east" },
                "Cambridgeshire and Peterborough", "Norfolk and Waveney", "Suffolk and North East Essex", "Hertfordshire and West Essex",
                "Mid and South Essex", "Bedfordshire, Luton and Milton Keynes");
        several(Kind.PLACE, new String[] { "uclpartners", "ucl partners" }, "North Central London", "North East London");
        several(Kind.PLACE, new String[] { "imperial college health partners", "ichp" }, "North West London");
        several(Kind.PLACE, new String[] { "health innovation network south london" }, "South East London",
                "South West London");
        several(Kind.PLACE, new String[] { "emahsn", "east midlands ahsn", "health innovation east midlands" }, "Derby and Derbyshire", "Leicester, Leicestershire and Rutland",
                "Lincolnshire", "Northamptonshire", "Nottingham and Nottinghamshire");
        several(Kind.PLACE, new String[] { "wmahsn", "west midlands ahsn" }, "Birmingham and Solihull", "Black Country",
                "Coventry and Warwickshire", "Herefordshire and Worcestershire", "Shropshire, Telford and Wrekin",
                "Staffordshire and Stoke-on-Trent");
        several(Kind.PLACE, new String[] { "kss", "kss ahsn" }, "Kent and Medway", "Surrey Heartlands", "Sussex");
        several(Kind.PLACE, new String[] { "weahsn" }, "Bristol, North Somerset and South Gloucestershire",
                "Bath and North East Somerset, Swindon and Wiltshire", "Gloucestershire");
        several(Kind.PLACE, new String[] { "south west peninsula", "swahsn", "south west ahsn" }, "Cornwall and the Isles of Scilly", "Devon",
                "Somerset");
        several(Kind.PLACE, new String[] { "health innovation manchester", "hinm" }, "Greater Manchester");
        several(Kind.PLACE, new String[] { "yhahsn", "y and h ahsn", "yorkshire and humber ahsn" }, "Humber and North Yorkshire",
                "South Yorkshire", "West Yorkshire");
        several(Kind.PLACE, new String[] { "eahsn" }, "Cambridgeshire and Peterborough", "Norfolk and Waveney", "Suffolk and North East Essex",
                "Hertfordshire and West Essex", "Mid and South Essex", "Bedfordshire, Luton and Milton Keynes");
        several(Kind.PLACE, new String[] { "oxford ahsn", "oxford academic health science network" },
                "Buckinghamshire, Oxfordshire and Berkshire West", "Bedfordshire, Luton and Milton Keynes");
        // Names that hold a place, condition or population word but name none of them: national institutions, a law, hand gel.
        for (String phrase : new String[] { "king s college london", "imperial college london", "university college london",
                "london school of hygiene and tropical medicine", "london school of economics", "health innovation network",
                "new york", "north york", "duke of york", "york health economics consortium", "chatham house", "richmond group",
                "richmond group of charities", "richmond fellowship", "oswestry disability index", "deprivation of liberty",
                "deprived of liberty", "deprived of their liberty", "sleep deprivation", "sleep deprived", "low income countries",
                "low income settings", "alcohol gel", "alcohol hand gel", "alcohol based hand rub", "alcohol hand rub", "alcohol wipes" }) {
            put(phrase, NOTHING);
        }
        // Kinds of provider named after a field of care: a programme run in mental health trusts may be about maternity.
        for (String provider : new String[] { "mental health trust", "mental health trusts", "mental health nhs trust",
            "mental health nhs foundation trust", "mental health foundation trust" }) {
            put(provider, NOTHING);
        }
        area("Scotland", "scotland", "scottish", "glasgow", "edinburgh", "aberdeen", "dundee", "highlands", "inverness", "fife", "lothian",
                "ayrshire", "lanarkshire", "tayside", "grampian", "dumfries", "stirling", "paisley", "falkirk", "orkney", "shetland");
        area("Wales", "wales", "welsh", "cardiff", "swansea", "gwent", "powys", "wrexham", "betsi cadwaladr", "aberystwyth", "llanelli",
                "carmarthen", "bridgend", "merthyr tydfil", "rhondda", "cwm taf", "hywel dda", "aneurin bevan university health board",
                "aneurin bevan health board", "abuhb", "swansea bay");
        area("Northern Ireland", "northern ireland", "belfast", "derry", "londonderry", "armagh", "newry", "lisburn", "craigavon");

        // Conditions: a family per condition a programme is for; a general word ("cancer", "mental health") names each of its kind.
        condition("breast cancer", "breast cancer", "breast screening", "mammography");
        condition("lung cancer", "lung cancer", "lung health check", "lung health checks", "mesothelioma");
        condition("bowel cancer", "bowel cancer", "colorectal cancer", "colon cancer", "bowel screening", "colonoscopy");
        condition("prostate cancer", "prostate cancer");
        condition("ovarian cancer", "ovarian cancer");
        condition("cervical cancer", "cervical cancer", "cervical screening", "hpv");
        condition("skin cancer", "skin cancer", "melanoma");
        condition("pancreatic cancer", "pancreatic cancer");
        condition("blood cancer", "blood cancer", "leukaemia", "leukemia", "lymphoma", "myeloma");
        condition("head and neck cancer", "head and neck cancer", "oral cancer", "mouth cancer");
        condition("upper gastrointestinal cancer", "oesophageal cancer", "stomach cancer", "gastric cancer", "barrett s oesophagus");
        condition("brain tumour", "brain tumour", "brain tumours", "brain cancer", "glioblastoma", "glioma");
        condition("liver and bile duct cancer", "liver cancer", "hepatocellular carcinoma", "bile duct cancer", "cholangiocarcinoma");
        condition("kidney cancer", "kidney cancer", "renal cancer");
        condition("bladder cancer", "bladder cancer");
        several(Kind.CONDITION, new String[] { "cancer", "cancers", "oncology", "tumour", "tumours", "tumor", "tumors", "chemotherapy",
                "radiotherapy", "cancer screening", "early diagnosis of cancer" }, "breast cancer", "lung cancer", "bowel cancer",
                "prostate cancer", "ovarian cancer", "cervical cancer", "skin cancer", "pancreatic cancer", "blood cancer",
                "head and neck cancer", "upper gastrointestinal cancer", "brain tumour", "kidney cancer", "bladder cancer",
                "liver and bile duct cancer");
        condition("heart failure", "heart failure", "cardiac rehabilitation");
        condition("atrial fibrillation", "atrial fibrillation", "af", "irregular heartbeat");
        condition("hypertension", "hypertension", "high blood pressure", "blood pressure");
        condition("high cholesterol", "cholesterol", "familial hypercholesterolaemia", "lipid management", "lipids");
        condition("coronary heart disease", "coronary heart disease", "coronary", "angina", "heart attack", "heart attacks",
                "myocardial infarction");
        condition("heart valve disease", "heart valve disease", "valve disease", "aortic stenosis", "heart murmur", "heart murmurs");
        condition("pulmonary hypertension", "pulmonary hypertension", "pulmonary arterial hypertension", "pah");
        condition("peripheral arterial disease", "peripheral arterial disease", "peripheral artery disease", "peripheral vascular disease");
        condition("cardiac arrest", "cardiac arrest", "out of hospital cardiac arrest", "ohca");
        condition("congenital heart disease", "congenital heart disease", "congenital heart defects");
        several(Kind.CONDITION, new String[] { "cardiovascular", "cardiovascular disease", "cvd", "heart disease", "cardiac", "cardiology" },
                "heart failure", "atrial fibrillation", "hypertension", "high cholesterol", "coronary heart disease", "heart valve disease",
                "pulmonary hypertension", "peripheral arterial disease", "cardiac arrest", "congenital heart disease");
        condition("stroke", "stroke", "strokes", "cerebrovascular", "transient ischaemic attack");
        condition("copd", "copd", "chronic obstructive pulmonary disease", "emphysema", "pulmonary rehabilitation");
        condition("asthma", "asthma");
        condition("cystic fibrosis", "cystic fibrosis");
        condition("sleep apnoea", "sleep apnoea", "sleep apnea");
        condition("interstitial lung disease", "interstitial lung disease", "ild", "pulmonary fibrosis", "ipf");
        condition("respiratory infections", "respiratory tract infection", "respiratory tract infections", "chest infection",
                "chest infections", "pneumonia", "bronchiolitis");
        several(Kind.CONDITION, new String[] { "respiratory", "respiratory disease", "lung disease", "pulmonary", "breathlessness" }, "copd",
                "asthma", "cystic fibrosis", "sleep apnoea", "interstitial lung disease", "respiratory infections");
        // Type 1 and type 2 are different conditions with different programmes; "diabetes" alone names both.
        condition("type 1 diabetes", "type 1 diabetes", "t1d", "t1dm");
        condition("type 2 diabetes", "type 2 diabetes", "t2d", "t2dm", "prediabetes", "pre diabetes", "non diabetic hyperglycaemia");
        several(Kind.CONDITION, new String[] { "diabetes", "diabetic" }, "type 1 diabetes", "type 2 diabetes");
        condition("depression and anxiety", "depression", "anxiety", "common mental health problems", "low mood", "talking therapies");
        condition("severe mental illness", "psychosis", "schizophrenia", "bipolar", "severe mental illness");
        condition("eating disorders", "eating disorder", "eating disorders", "anorexia", "bulimia");
        condition("self-harm and suicide", "self harm", "suicide", "suicide prevention");
        condition("post-traumatic stress", "ptsd", "post traumatic stress");
        condition("adhd", "adhd", "attention deficit hyperactivity disorder", "attention deficit");
        several(Kind.CONDITION, new String[] { "mental health", "mental illness", "psychiatric", "psychiatry", "mental wellbeing" },
                "depression and anxiety", "severe mental illness", "eating disorders", "self-harm and suicide", "post-traumatic stress",
                "adhd");
        // Neurological conditions one by one: a scheme for dementia and the same for epilepsy are two schemes.
        condition("dementia", "dementia", "alzheimer", "alzheimers", "alzheimer s", "memory assessment");
        condition("delirium", "delirium");
        condition("parkinson's disease", "parkinson", "parkinsons", "parkinson s");
        condition("epilepsy", "epilepsy", "seizures");
        condition("multiple sclerosis", "multiple sclerosis");
        condition("motor neurone disease", "motor neurone disease", "mnd");
        condition("brain injury", "brain injury", "acquired brain injury", "traumatic brain injury", "tbi");
        condition("migraine and headache", "migraine", "headache", "headaches");
        several(Kind.CONDITION, new String[] { "neurological", "neurology", "neurological conditions" }, "dementia", "parkinson's disease",
                "epilepsy", "multiple sclerosis", "motor neurone disease", "brain injury", "migraine and headache");
        // Musculoskeletal conditions one by one, "musculoskeletal" naming each.
        condition("arthritis", "arthritis", "osteoarthritis", "rheumatoid arthritis", "joint pain", "hip replacement", "knee replacement");
        condition("back and neck pain", "back pain", "low back pain", "neck pain");
        condition("osteoporosis and fractures", "osteoporosis", "hip fracture", "hip fractures", "fragility fractures");
        several(Kind.CONDITION, new String[] { "musculoskeletal", "msk" }, "arthritis", "back and neck pain", "osteoporosis and fractures");
        condition("kidney disease", "kidney disease", "chronic kidney disease", "ckd", "dialysis");
        condition("acute kidney injury", "acute kidney injury", "aki");
        several(Kind.CONDITION, new String[] { "renal", "kidney", "kidneys" }, "kidney disease", "acute kidney injury");
        condition("liver disease", "liver disease", "cirrhosis", "fatty liver", "primary sclerosing cholangitis",
                "primary biliary cholangitis");
        condition("hepatitis", "hepatitis", "hepatitis b", "hepatitis c", "hep c");
        condition("hiv", "hiv"); // not "aids": hearing aids, "the scheme aids adoption"
        condition("tuberculosis", "tuberculosis", "tb");
        condition("sepsis", "sepsis");
        condition("urinary tract infections", "urinary tract infection", "urinary tract infections", "uti", "utis");
        condition("healthcare associated infections", "healthcare associated infections", "hospital acquired infections", "mrsa",
                "c diff", "clostridium difficile", "clostridioides difficile", "c difficile");
        condition("fungal infections", "fungal infection", "fungal infections", "candida auris", "candida", "aspergillosis");
        condition("prosthetic joint infection", "prosthetic joint infection", "prosthetic joint infections", "pji");
        condition("cytomegalovirus", "cytomegalovirus", "cmv");
        condition("lyme disease", "lyme disease");
        condition("antimicrobial resistance", "antimicrobial resistance", "amr", "antibiotic prescribing", "antibiotic resistance");
        condition("covid-19", "covid", "covid 19", "coronavirus", "long covid", "sars cov 2");
        condition("influenza", "influenza", "flu");
        condition("sexually transmitted infections", "sexually transmitted infections", "stis", "chlamydia", "gonorrhoea", "syphilis");
        several(Kind.CONDITION, new String[] { "infection", "infections", "infectious disease", "infectious diseases" }, "hepatitis", "hiv",
                "tuberculosis", "sepsis", "antimicrobial resistance", "covid-19", "influenza", "sexually transmitted infections",
                "respiratory infections", "urinary tract infections", "healthcare associated infections", "fungal infections",
                "prosthetic joint infection", "cytomegalovirus", "lyme disease");
        condition("pressure ulcers", "pressure ulcer", "pressure ulcers", "pressure sores", "pressure injuries");
        condition("leg ulcers", "leg ulcer", "leg ulcers", "venous ulcers", "venous leg ulcer", "venous leg ulcers");
        condition("lymphoedema", "lymphoedema", "lymphedema");
        condition("diabetic foot ulcers", "diabetic foot", "diabetic foot ulcers", "foot ulcers");
        several(Kind.CONDITION, new String[] { "wound care", "wounds", "chronic wounds", "ulcers" }, "pressure ulcers", "leg ulcers",
                "diabetic foot ulcers");
        condition("stillbirth", "stillbirth", "stillbirths", "reduced fetal movements");
        condition("preterm birth", "preterm birth", "premature birth", "preterm", "prematurity");
        condition("perinatal mental health", "perinatal mental health", "postnatal depression", "perinatal depression",
                "postpartum depression");
        condition("pre-eclampsia", "pre eclampsia", "preeclampsia");
        condition("hyperemesis gravidarum", "hyperemesis gravidarum", "hyperemesis");
        condition("gestational diabetes", "gestational diabetes", "gdm");
        condition("neonatal encephalopathy", "neonatal encephalopathy", "hypoxic ischaemic encephalopathy");
        several(Kind.CONDITION, new String[] { "maternity", "pregnancy", "pregnant", "antenatal", "postnatal", "perinatal", "neonatal",
                "midwifery", "childbirth" }, "stillbirth", "preterm birth", "perinatal mental health", "pre-eclampsia", "hyperemesis gravidarum",
                "gestational diabetes", "neonatal encephalopathy");
        condition("obesity", "obesity", "obese", "overweight", "weight management");
        // Not "falls" alone: "the programme falls within...".
        condition("frailty and falls", "frailty", "frail", "falls prevention", "preventing falls", "falls service", "falls services",
                "fall prevention");
        condition("glaucoma", "glaucoma");
        condition("cataracts", "cataract", "cataracts");
        condition("macular degeneration", "macular degeneration", "age related macular degeneration", "amd");
        condition("diabetic retinopathy", "diabetic retinopathy", "diabetic eye screening");
        condition("keratoconus", "keratoconus");
        condition("inherited retinal disease", "retinitis pigmentosa", "inherited retinal disease", "inherited retinal diseases");
        several(Kind.CONDITION, new String[] { "sight loss", "ophthalmology", "eye conditions", "eye care", "eye disease" }, "glaucoma",
                "cataracts", "macular degeneration", "diabetic retinopathy", "keratoconus", "inherited retinal disease");
        condition("hearing loss", "hearing loss", "deafness", "audiology", "tinnitus");
        // Skin conditions one by one: a teledermatology service for eczema and the same for psoriasis are two services.
        condition("eczema", "eczema", "atopic dermatitis");
        condition("psoriasis", "psoriasis");
        condition("acne", "acne");
        condition("hidradenitis suppurativa", "hidradenitis suppurativa");
        several(Kind.CONDITION, new String[] { "dermatology", "teledermatology", "skin conditions", "skin disease" }, "eczema", "psoriasis",
                "acne", "skin cancer", "hidradenitis suppurativa");
        condition("oral health", "dental", "dentistry", "oral health");
        // Addictions one by one ("drug and alcohol" names both), as services for each are commissioned apart.
        condition("alcohol", "alcohol");
        condition("smoking", "smoking", "smoking cessation", "stop smoking", "tobacco");
        condition("drug misuse", "drug misuse", "illicit drugs");
        condition("gambling", "gambling");
        several(Kind.CONDITION, new String[] { "substance misuse", "drug and alcohol", "drugs and alcohol", "alcohol and drugs" }, "alcohol",
                "drug misuse");
        several(Kind.CONDITION, new String[] { "addiction", "addictions" }, "alcohol", "smoking", "drug misuse", "gambling");
        condition("chronic pain", "chronic pain", "pain management");
        condition("sickle cell and thalassaemia", "sickle cell", "sickle cell disease", "thalassaemia", "haemoglobinopathies",
                "haemoglobinopathy");
        condition("venous thromboembolism", "venous thromboembolism", "vte", "deep vein thrombosis", "dvt", "pulmonary embolism");
        condition("inflammatory bowel disease", "inflammatory bowel disease", "ibd", "crohn s", "crohns", "ulcerative colitis");
        condition("irritable bowel syndrome", "irritable bowel syndrome", "ibs");
        condition("incontinence", "incontinence", "continence");
        condition("endometriosis", "endometriosis");
        condition("polycystic ovary syndrome", "polycystic ovary syndrome", "pcos");
        condition("lupus", "lupus", "systemic lupus erythematosus");
        condition("menopause", "menopause");
        condition("allergies", "allergy", "allergies", "anaphylaxis");
        condition("end of life", "palliative", "palliative care", "end of life", "end of life care", "hospice");

        population("children and young people", "children", "child", "young people", "young person", "adolescents", "adolescent",
                "teenagers", "paediatric", "pediatric", "paediatrics", "infants", "babies", "schoolchildren", "school pupils", "youth");
        population("older people", "older people", "older adults", "older person", "elderly", "over 65s", "over 65", "over 75s",
                "over 75", "later life", "aged 65", "aged 75", "aged 80");
        population("care home residents", "care home", "care homes", "care home residents", "care home resident", "nursing home",
                "nursing homes", "nursing home residents", "nursing home resident");
        population("veterans and armed forces", "veterans", "veteran", "armed forces", "military");
        population("carers", "carers", "unpaid carers", "caregivers", "young carers");
        population("people experiencing homelessness", "homeless", "homelessness", "rough sleepers", "rough sleeping");
        population("people in prison", "prisoners", "prison", "prisons", "offenders", "criminal justice");
        population("refugees and migrants", "refugees", "asylum seekers", "migrants");
        population("people with learning disabilities or autism", "learning disability", "learning disabilities", "autism", "autistic");
        population("ethnic minority communities", "ethnic minority", "ethnic minorities", "minority ethnic", "bame",
                "black and minority ethnic", "south asian", "black african", "black caribbean");
        population("Gypsy, Roma and Traveller communities", "gypsy roma and traveller", "gypsy and traveller", "gypsies and travellers",
                "traveller communities", "roma");
        population("people with limited digital access", "digitally excluded", "digital exclusion", "limited digital skills",
                "digital poverty");
        population("sex workers", "sex workers");
        population("victims of modern slavery", "modern slavery", "human trafficking");
        population("housebound people", "housebound", "housebound patients", "housebound people");
        population("people in deprived areas", "deprived", "deprivation", "low income", "core20plus5");
        population("rural communities", "rural", "rural communities", "remote and rural", "coastal communities");
        // A condition, and one of the groups the NHS's health inequalities programme (Core20PLUS5) names.
        population("people with severe mental illness", "severe mental illness", "smi");
        population("people with multiple long-term conditions", "multiple long term conditions", "multimorbidity", "multiple conditions");
        population("people with limited English", "do not speak english", "non english speakers", "limited english",
                "english as a second language", "english as an additional language");

        // Settings of care: a service piloted in care homes and the same service in emergency departments are two. Not
        // "hospital" alone: trusts, "hospital-onset" and "between hospital and community" say it of anything.
        setting("general practice", "general practice", "general practices", "gp practice", "gp practices", "gp surgery",
                "gp surgeries", "primary care", "primary care networks");
        // Not "pharmacists" alone, nor "wards": pharmacists work in practices and hospitals too, and wards are also a city's.
        setting("community pharmacies", "community pharmacy", "community pharmacies", "pharmacy", "pharmacies", "community pharmacist",
                "community pharmacists");
        setting("hospitals", "acute hospital", "acute hospitals", "district general hospital", "district general hospitals",
                "acute trust", "acute trusts", "secondary care", "hospital wards", "inpatient wards", "inpatients", "intensive care",
                "intensive care unit", "intensive care units", "critical care", "icu", "icus", "emergency department",
                "emergency departments", "a and e", "accident and emergency", "outpatients", "outpatient clinic", "outpatient clinics",
                "outpatient care", "specialist centre", "specialist centres", "tertiary centres");
        setting("care homes", "care home", "care homes", "nursing home", "nursing homes");
        setting("hospices", "hospice", "hospices");
        setting("ambulance services", "ambulance service", "ambulance services", "ambulance trust", "ambulance trusts", "paramedic",
                "paramedics", "pre hospital", "prehospital");
        setting("community services", "community services", "community health services", "community nursing", "district nursing",
                "district nurses", "community nurses", "community teams");
        setting("community diagnostic centres", "community diagnostic centre", "community diagnostic centres", "diagnostic hub",
                "diagnostic hubs", "diagnostic centre", "diagnostic centres", "cdcs");
        setting("urgent treatment centres", "urgent treatment centre", "urgent treatment centres", "urgent care centre",
                "urgent care centres", "walk in centre", "walk in centres", "minor injuries unit", "minor injuries units");
        setting("prisons", "prison", "prisons");
        setting("schools", "schools", "primary schools", "secondary schools");

        // Interventions and technologies, each family with the names registers give it: one competition funds many, for one
        // condition, and its awards' texts differ in little else.
        intervention("AI image analysis", "ai assisted image analysis", "ai image analysis", "artificial intelligence image analysis",
                "deep learning triage", "deep learning image analysis", "ai stroke imaging", "ai decision support for stroke imaging",
                "ai mri reporting", "artificial intelligence mri reporting", "ai retinal screening", "ai second reader",
                "ai as a second reader", "ai breast screening", "computer aided detection", "automated grading", "ai imaging",
                "ai radiology");
        intervention("cough analysis", "acoustic cough analysis", "cough analysis", "cough sound analysis");
        intervention("genome sequencing", "whole genome sequencing", "wgs", "rapid wgs", "genome sequencing", "genomic sequencing",
                "rapid whole genome sequencing", "whole exome sequencing");
        intervention("genetic testing", "cascade genetic testing", "cascade testing", "genetic testing", "genomic testing");
        intervention("polygenic risk scores", "polygenic risk scores", "polygenic risk score", "polygenic scores");
        intervention("C-reactive protein testing", "c reactive protein testing", "crp testing", "point of care crp",
                "c reactive protein test", "crp test");
        intervention("molecular point-of-care testing", "rapid molecular point of care testing", "molecular point of care testing",
                "rapid molecular testing", "pcr point of care testing");
        intervention("PlGF testing", "plgf testing", "plgf", "placental growth factor");
        intervention("FeNO testing", "feno testing", "feno", "fractional exhaled nitric oxide");
        intervention("robotic surgery", "robotic assisted surgery", "robot assisted surgery", "surgical robot", "surgical robots",
                "robotic surgery");
        intervention("rehabilitation robotics", "rehab robotics", "rehabilitation robotics", "robot assisted rehabilitation",
                "lower limb exoskeleton", "exoskeleton", "exoskeletons");
        intervention("self-management apps", "self management app", "self management smartphone app", "smartphone self management app",
                "self management apps");
        intervention("clinical decision support", "clinical decision support software", "clinical decision support",
                "decision support software");
        intervention("digital twins", "digital twin modelling", "digital twin", "digital twins", "digital twin modeling");
        intervention("federated learning", "federated learning");
        intervention("remote monitoring", "remote monitoring platform", "remote monitoring", "remote patient monitoring", "telemonitoring",
                "home blood pressure telemonitoring", "home monitoring");
        intervention("telerehabilitation", "telerehabilitation", "tele rehabilitation", "digital physiotherapy", "digital physio",
                "virtual rehabilitation");
        intervention("teledermatology", "teledermatology", "tele dermatology");
        intervention("point-of-care ultrasound", "handheld point of care ultrasound", "point of care ultrasound", "handheld ultrasound",
                "pocus");
        intervention("breath analysis", "breath analysis", "breath test", "breath testing", "volatile organic compounds");
        intervention("wastewater surveillance", "wastewater surveillance", "wastewater monitoring", "sewage surveillance");
        intervention("shared care records", "shared care record", "shared care records", "shared care record integration");
        intervention("advanced wound care", "sensor enabled wound dressing", "smart wound dressing", "npwt",
                "negative pressure wound therapy");
        intervention("smart inhalers", "smart inhaler", "smart inhalers", "adherence sensor");
        intervention("home spirometry", "home spirometry", "remote spirometry");
        intervention("digital CBT", "digital cognitive behavioural therapy", "digital cbt", "computerised cbt",
                "computerised cognitive behavioural therapy", "online cbt");
        intervention("video consultations", "video consultation", "video consultations", "video consultation service",
                "video appointments");
        intervention("antimicrobial stewardship", "antimicrobial stewardship dashboard", "antimicrobial stewardship");
        intervention("3D printing", "3d printing", "3d printed", "3d printed patient specific implants",
                "3d printed patient specific surgical guides");
        intervention("gene therapy", "gene therapy", "aav gene therapy");
        intervention("CAR-T therapy", "car t cell therapy", "car t therapy", "car t");
        intervention("monoclonal antibodies", "monoclonal antibody therapy", "monoclonal antibody", "monoclonal antibodies");
        intervention("focused ultrasound", "focused ultrasound", "hifu");
        intervention("medication dispensers", "smart pill dispensers", "smart pill dispenser", "automated medication dispensers",
                "automated medication dispenser", "pill dispensers");
        intervention("falls sensors", "falls sensors", "falls sensor", "ambient home sensors", "falls detection");
        intervention("social prescribing", "social prescribing", "social prescribing link workers", "link workers");
        intervention("e-rostering", "e rostering", "electronic rostering", "job planning", "workforce analytics");
        intervention("natural language processing", "natural language processing", "nlp", "nlp coding");
        intervention("chatbots", "patient chatbot", "chatbot", "chatbots", "virtual assistant");
        intervention("automated booking", "automated appointment booking", "automated booking", "text reminders", "online booking");
        intervention("closed-loop insulin", "closed loop systems", "closed loop system", "hybrid closed loop", "artificial pancreas",
                "closed loop insulin delivery");
        intervention("continuous glucose monitoring", "continuous glucose monitoring", "cgm", "flash glucose monitoring");
        intervention("capsule sponge", "capsule sponge", "cytosponge");
        intervention("optical coherence tomography", "optical coherence tomography", "oct imaging");
        intervention("fundus cameras", "smartphone fundus camera", "fundus camera", "retinal camera");
        intervention("voice biomarkers", "voice biomarker analysis", "voice biomarkers", "voice biomarker");
        intervention("fetal monitoring", "fetal heart rate monitoring", "computerised ctg", "ctg interpretation", "cardiotocography");
        intervention("patient-reported outcomes", "electronic patient reported outcome measures", "patient reported outcome measures",
                "eproms", "proms");
        intervention("mobile screening", "mobile screening units", "mobile screening unit", "screening van");
        intervention("hospital at home", "hospital at home");
        intervention("prehabilitation", "exercise prehabilitation", "prehabilitation", "prehab");
        intervention("sepsis alerts", "sepsis e alert", "electronic early warning", "early warning score");
        intervention("ambient voice", "ambient voice technology", "ambient ai scribes", "ai scribes", "ambient scribes");
        intervention("crisis lines", "crisis line", "crisis lines", "crisis helpline");
        intervention("advice and guidance", "advice and guidance");
        intervention("cyber security", "cyber security monitoring", "cyber security", "cybersecurity");
        intervention("theatre scheduling", "theatre scheduling optimisation", "theatre scheduling");
        intervention("route scheduling", "route optimised scheduling", "route optimisation");
        intervention("wearables", "wearable", "wearables", "wearable sensors");
        intervention("virtual wards", "virtual ward", "virtual wards");
    }

    private NamedEntities() {
    }

    /** A place family: one area and the phrases that name it. */
    private static void area(String name, String... phrases) {
        add(Kind.PLACE, name, phrases);
    }

    /** Phrases naming several areas at once (a region, a county split between areas). */
    private static void region(String[] phrases, String... areas) {
        several(Kind.PLACE, phrases, areas);
    }

    /** Phrases naming several families of a kind at once: a region its areas, "cancer" every cancer. */
    private static void several(Kind kind, String[] phrases, String... familyNames) {
        BitSet families = new BitSet();
        for (String name : familyNames) {
            int index = NAMES.get(kind).indexOf(name);
            if (index < 0) {
                throw new IllegalStateException("no " + kind.one + " '" + name + "'");
            }
            families.set(index);
        }
        for (String phrase : phrases) {
            put(phrase, new Named(kind, families, true));
        }
    }

    private static void condition(String family, String... phrases) {
        add(Kind.CONDITION, family, phrases);
    }

    private static void population(String family, String... phrases) {
        add(Kind.POPULATION, family, phrases);
    }

    private static void setting(String family, String... phrases) {
        add(Kind.SETTING, family, phrases);
    }

    private static void intervention(String family, String... phrases) {
        add(Kind.INTERVENTION, family, phrases);
    }

    private static void add(Kind kind, String name, String... phrases) {
        List<String> names = NAMES.computeIfAbsent(kind, k -> new ArrayList<>());
        BitSet family = new BitSet();
        family.set(names.size());
        names.add(name);
        for (String phrase : phrases) {
            put(phrase, new Named(kind, family, false));
        }
    }

    private static void put(String phrase, Named named) {
        Phrase node = named.kind() == Kind.INTERVENTION ? INTERVENTIONS : PHRASES;
        for (String word : phrase.split(" ")) {
            node = node.next.computeIfAbsent(word, w -> new Phrase());
        }
        if (node.named == null) {
            node.named = named;
        } else if (node.named.kind() != null && node.named.kind() != named.kind() && node.named.also() == null) {
            node.named = new Named(node.named.kind(), node.named.families(), node.named.general(), named);
        } else {
            throw new IllegalStateException("'" + phrase + "' is listed twice");
        }
    }

    /**
     * The families of each kind that a text's words ({@link TextWords}) name: phrases are matched as
     * whole words, the longest first ("lung cancer" is not a lung disease). A general
     * phrase counts only when the text names none of its families itself: "cancer services in Essex,
     * for bowel cancer in Mid and South Essex" names bowel cancer and Mid and South Essex.
     */
    static Map<Kind, BitSet> of(List<String> words) {
        Map<Kind, BitSet> named = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            named.put(kind, new BitSet());
        }
        List<Named> general = new ArrayList<>();
        for (Phrase phrases : List.of(PHRASES, INTERVENTIONS)) {
            for (int i = 0; i < words.size();) {
                LongestPhrase phrase = LongestPhrase.at(phrases, words, i);
                for (Named found = phrase.named(); found != null && found != NOTHING; found = found.also()) {
                    if (found.general()) {
                        general.add(found);
                    } else {
                        named.get(found.kind()).or(found.families());
                    }
                }
                i += Math.max(1, phrase.words());
            }
        }
        // The narrowest first: "London ... north London" names north London's areas.
        general.sort(java.util.Comparator.comparingInt(found -> found.families().cardinality()));
        for (Named found : general) {
            BitSet specific = named.get(found.kind());
            if (!specific.intersects(found.families())) {
                specific.or(found.families());
            }
        }
        return named;
    }

    /**
     * Whether these words name a place, condition, population or setting (interventions aside): {@link #of} without its sets,
     * for the many short phrases asked about.
     */
    static boolean namesAny(List<String> words) {
        for (int i = 0; i < words.size();) {
            LongestPhrase phrase = LongestPhrase.at(PHRASES, words, i);
            if (phrase.named() != null && phrase.named() != NOTHING) {
                return true;
            }
            i += Math.max(1, phrase.words());
        }
        return false;
    }

    /** The longest listed phrase starting at a word, followed word by word: what it names (null: none) and its length. */
    private record LongestPhrase(Named named, int words) {
        static LongestPhrase at(Phrase phrases, List<String> words, int start) {
            Named found = null;
            int matched = 0;
            Phrase node = phrases;
            for (int n = 0; start + n < words.size() && (node = node.next.get(words.get(start + n))) != null; n++) {
                if (node.named != null) {
                    found = node.named;
                    matched = n + 1;
                }
            }
            return new LongestPhrase(found, matched);
        }
    }

    /** "Devon, Dorset" for a readable account; a long list ends "and 4 more". */
    static String describe(Kind kind, BitSet families) {
        List<String> names = NAMES.get(kind);
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (int family = families.nextSetBit(0); family >= 0 && shown < 3; family = families.nextSetBit(family + 1), shown++) {
            text.append(shown == 0 ? "" : ", ").append(names.get(family));
        }
        int more = families.cardinality() - shown;
        return more > 0 ? text + " and " + more + " more" : text.toString();
    }
}
