"""Value rules of the register format (input/register-format.md), for check_thirteenth.py.

Independent of the generator: written from the format document only.
"""
import re

INVISIBLE = "\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007"


def clean(v):
    """Spaces (visible and invisible) off both ends; the formula apostrophe undone."""
    v = (v or "").strip(" \t\r\n" + INVISIBLE)
    if len(v) >= 2 and v[0] == "'" and v[1] in "=+-@'":
        # "'=x" -> "=x"; "''=x" -> "'=x" (one more apostrophe for a value that itself starts with one)
        if v[1] != "'" or (len(v) >= 3 and v[2] in "=+-@"):
            v = v[1:]
    return v


def key(v):
    """Normalised key for enumerated values and headers: case, &/and, spaces/hyphens/underscores/slashes."""
    v = v.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    return "-".join(re.findall(r"[a-z0-9]+", v))


def _keys(*vals):
    return {key(v) for v in vals}


INITIATIVE_COLUMNS = ["id", "name", "owner", "partners", "description", "activity_types", "instrument_type",
                      "focus", "productivity_focus", "offers_funding", "evaluated", "rapid_evaluation",
                      "funding_recipients", "stages", "drivers", "target_groups", "technology_area", "budget",
                      "currency", "budget_period", "start_date", "end_date", "status", "source", "country",
                      "jurisdiction", "region"]
INITIATIVE_ONLY = {"owner", "partners", "activity_types", "instrument_type", "focus", "productivity_focus",
                   "offers_funding", "evaluated", "rapid_evaluation", "funding_recipients", "stages", "drivers",
                   "target_groups", "technology_area", "budget", "currency", "budget_period", "start_date",
                   "end_date", "status"}
ACTOR_COLUMNS = ["id", "name", "acronym", "kind", "level", "member_of", "description", "source"]


def header_key(h):
    k = key(h).replace("-", "_")
    if k == "stage":
        return "stages"
    return k


ACTIVITY = {
    "funding": _keys("funding", "grants", "grant funding", "finance", "financial support"),
    "training-and-skills": _keys("training and skills", "training", "skills", "education", "fellowships",
                                 "leadership development"),
    "networking-and-brokerage": _keys("networking and brokerage", "networking", "brokerage", "brokering", "convening"),
    "evaluation-and-evidence": _keys("evaluation and evidence", "evaluation", "evidence", "evidence generation",
                                     "real world evaluation"),
    "regulatory-advice": _keys("regulatory advice", "regulatory support", "regulation advice", "regulatory guidance"),
    "information-and-signposting": _keys("information and signposting", "information", "signposting",
                                         "advice and guidance"),
    "procurement-and-commissioning": _keys("procurement and commissioning", "procurement", "commissioning",
                                           "purchasing"),
    "infrastructure": _keys("infrastructure", "facilities", "test beds", "testbeds"),
    "other": _keys("other"),
}
FOCUS = {"clinical": _keys("clinical"),
         "non-clinical": _keys("non-clinical", "non clinical", "administrative", "operational", "back office",
                               "nonclinical"),
         "both": _keys("both", "clinical and non clinical", "clinical and administrative", "mixed")}
RECIPIENTS = {"innovators": _keys("innovators", "innovators only", "innovator", "developers", "suppliers"),
              "adopters": _keys("adopters", "adopters only", "adopter", "NHS organisations",
                                "health and care providers"),
              "both": _keys("both", "innovators and adopters", "adopters and innovators"),
              "none": _keys("none", "no funding", "neither", "not funded")}
STATUS = {"active": _keys("active", "ongoing", "underway", "live", "running", "open", "current", "in progress",
                          "under way"),
          "concluded": _keys("concluded", "closed", "ended", "completed", "finished", "complete"),
          "planned": _keys("planned", "upcoming", "forthcoming", "announced"),
          "proposed": _keys("proposed", "proposal", "draft")}
YESNO = {"yes": {"yes", "y", "true", "1"}, "no": {"no", "n", "false", "0"}, "partly": {"partly"}}
ACTOR_KIND = {
    "government-department": _keys("government department", "government", "department", "ministry",
                                   "govt department"),
    "arms-length-body": _keys("arms length body", "arm's length body", "ALB", "NDPB", "public body", "arms length",
                              "non departmental public body"),
    "regulator": _keys("regulator"),
    "research-funder": _keys("research funder", "funder", "funding body"),
    "network": _keys("network"),
    "healthcare-provider": _keys("healthcare provider", "provider", "NHS trust", "trust", "NHS provider",
                                 "health care provider"),
    "commissioner": _keys("commissioner", "CCG", "ICB", "integrated care board", "commissioning body"),
    "industry": _keys("industry", "company", "business", "firm", "SME", "private sector"),
    "academia": _keys("academia", "university", "academic", "higher education"),
    "charity": _keys("charity", "third sector", "voluntary sector", "foundation", "non profit"),
    "patient-public-group": _keys("patient public group", "patient/public group", "patient group",
                                  "patients and public", "public", "patient and public group"),
    "other": _keys("other"),
}
ACTOR_LEVEL = {"national": _keys("national", "nationwide", "country"),
               "regional": _keys("regional", "region", "sub national"),
               "local": _keys("local", "locality", "place"),
               "international": _keys("international", "global", "supranational")}
INSTRUMENT = {
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
INSTRUMENT_EXTRA = {
    "national-strategies-and-plans": ["Strategies, agendas and plans"],
    "corporate-tax-relief": ["Tax or social contributions relief for firms investing in R&D and innovation"],
    "emerging-technology-regulation": ["Science and technology regulation and soft law",
                                       "Science and technology regulation"],
    "research-infrastructure-support": ["Dedicated support to research and technical infrastructures"],
}
INSTRUMENT_KEYS = {}
for _slug, _label in INSTRUMENT.items():
    for _v in [_slug, _label] + INSTRUMENT_EXTRA.get(_slug, []):
        INSTRUMENT_KEYS[key(_v)] = _slug

COUNTRY_NAMES = {key(v) for v in ("England", "Wales", "Scotland", "Northern Ireland", "United Kingdom", "UK",
                                  "Great Britain", "Ireland", "France", "Germany", "Netherlands", "Spain",
                                  "Italy", "Belgium", "Denmark", "Sweden", "Norway", "Finland")}
COUNTRY_CODES = {key(v) for v in ("GB", "GBR", "UK", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "ENG", "WLS",
                                  "SCT", "NIR", "IE", "IRL", "FR", "DE", "NL", "ES", "IT", "BE", "DK", "SE")}
CURRENCIES = {"GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "JPY"}


def enum_value(v, table):
    k = key(v)
    for canon, keys in table.items():
        if k == key(canon) or k in keys:
            return canon
    return None


def yes_no(v):
    k = v.strip().lower()
    for canon, vals in YESNO.items():
        if k in vals:
            return canon
    return None


_AMOUNT = r"£?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


def _amount(s):
    s = s.replace("£", "").replace(",", "").strip()
    return float(s)


def parse_budget(v):
    """Returns (kind, lo, hi) or raises ValueError with the reason."""
    s = v.strip()
    m = re.fullmatch(r"(?i)up to\s+(%s)" % _AMOUNT, s)
    if m:
        return "up to", 0.0, _amount(m.group(1))
    m = re.fullmatch(r"(%s)\s*-\s*(%s)" % (_AMOUNT, _AMOUNT), s)
    if m:
        lo, hi = _amount(m.group(1)), _amount(m.group(2))
        if hi < lo:
            raise ValueError("range reversed")
        return "range", lo, hi
    if re.fullmatch(_AMOUNT, s):
        return "amount", _amount(s), _amount(s)
    raise ValueError("not an amount, range or 'up to' (write whole numbers: no k, m or words)")


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MON = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON.update({m: i + 1 for i, m in enumerate(MONTHS)})
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?:\s?[AP]M)?)?"


def _days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def parse_date(v):
    """Returns (form, (y,m,d) first day, (y,m,d) last day) or raises ValueError."""
    s = v.strip()
    if re.fullmatch(r"(?i)(fy\s*)?\d{4}\s*[/-]\s*\d{2}", s) and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s):
        raise ValueError("a financial year is no date: write the year or month")
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        y = int(m.group(1))
        return "yyyy", (y, 1, 1), (y, 12, 31)
    m = re.fullmatch(r"(\d{4})-(\d{2})", s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return _ym("yyyy-mm", y, mo)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(%s)" % _TIME, s)
    if m:
        return _ymd("yyyy-mm-dd" + ("+time" if m.group(4) else ""), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(%s)" % _TIME, s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if mo > 12 and d <= 12:
            raise ValueError("month first (day above 12 in the second place): write the day first")
        return _ymd("dd%smm%syyyy" % (m.group(2), m.group(2)) + ("+time" if m.group(5) else ""), y, mo, d)
    m = re.fullmatch(r"(\d{1,2})[/.](\d{4})", s)
    if m:
        return _ym("mm/yyyy", int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(?i)(\d{1,2})[ -]([a-z]+)[ -](\d{4})", s)
    if m and m.group(2).lower() in MON:
        return _ymd("d month yyyy", int(m.group(3)), MON[m.group(2).lower()], int(m.group(1)))
    m = re.fullmatch(r"(?i)([a-z]+)\.? (\d{4})", s)
    if m and m.group(1).lower() in MON:
        return _ym("month yyyy", int(m.group(2)), MON[m.group(1).lower()])
    raise ValueError("not a date the format reads")


def _ym(form, y, mo):
    if not 1 <= mo <= 12:
        raise ValueError("month out of range")
    return form, (y, mo, 1), (y, mo, _days_in(y, mo))


def _ymd(form, y, mo, d):
    if not 1 <= mo <= 12 or not 1 <= d <= _days_in(y, mo):
        raise ValueError("no such day")
    return form, (y, mo, d), (y, mo, d)


def country_ok(v):
    k = key(v)
    return k in COUNTRY_NAMES or k in COUNTRY_CODES


def ref_keys(v):
    """Keys under which a reference may find an actor: case, &/and, punctuation, spacing,
    a plural -s on longer words, a missing 'and'/'of'."""
    base = v.lower().replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", base)
    k1 = " ".join(words)
    k2 = " ".join(w[:-1] if len(w) > 4 and w.endswith("s") else w for w in words)
    k3 = " ".join(w for w in words if w not in ("and", "of"))
    k4 = " ".join(w[:-1] if len(w) > 4 and w.endswith("s") else w for w in words if w not in ("and", "of"))
    return {k1, k2, k3, k4}
