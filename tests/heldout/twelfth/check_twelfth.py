#!/usr/bin/env python3
"""check_twelfth.py DIR - checks the output of generate_twelfth.py.

1. Every cell is a value the register format (input/register-format.md) says
   the importer accepts: required ids and names, enumerations with their
   synonyms, yes/no, dates, budgets, currency, countries, owner/partner
   references that resolve to a row of actors.csv, end not before start,
   funding recipients consistent with offers_funding, no formula-like cells.
   The vocabularies below are transcribed from the format document, not taken
   from the generator.
2. planted_pairs.csv forms consistent clusters (every pair of a cluster is
   listed), ids exist and are unique, no hard negative is also planted or lies
   inside a planted cluster.
3. Prints counts and, for planted pairs (and, for contrast, hard negatives),
   the share of pairs in which each particular survives between the records.
   Condition/technology/place detection uses the generator's lexicons.
Exit status 1 if any error was found.
"""
import collections
import csv
import importlib.util
import io
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------
# Vocabulary from register-format.md
# ----------------------------------------------------------------------------
ACTIVITY = {
    'funding': ['grants', 'grant funding', 'finance', 'financial support'],
    'training-and-skills': ['training', 'skills', 'education', 'fellowships', 'leadership development'],
    'networking-and-brokerage': ['networking', 'brokerage', 'brokering', 'convening'],
    'evaluation-and-evidence': ['evaluation', 'evidence', 'evidence generation', 'real world evaluation'],
    'regulatory-advice': ['regulatory support', 'regulation advice', 'regulatory guidance'],
    'information-and-signposting': ['information', 'signposting', 'advice and guidance'],
    'procurement-and-commissioning': ['procurement', 'commissioning', 'purchasing'],
    'infrastructure': ['facilities', 'test beds', 'testbeds'],
    'other': [],
}
INSTRUMENT_LABELS_2019 = {
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
INSTRUMENT_LATER = {
    'Strategies, agendas and plans': 'national-strategies-and-plans',
    'Tax or social contributions relief for firms investing in R&D and innovation': 'corporate-tax-relief',
    'Tax relief for individuals supporting R&D and innovation': 'tax-relief-for-individuals',
    'Science and technology regulation and soft law': 'emerging-technology-regulation',
    'Science and technology regulation': 'emerging-technology-regulation',
    'Dedicated support to research and technical infrastructures': 'research-infrastructure-support',
}
FOCUS = {'clinical': [], 'non-clinical': ['non clinical', 'administrative', 'operational', 'back office', 'nonclinical'],
         'both': ['clinical and non clinical', 'clinical and administrative', 'mixed']}
RECIPIENTS = {'innovators': ['innovators only', 'innovator', 'developers', 'suppliers'],
              'adopters': ['adopters only', 'adopter', 'NHS organisations', 'health and care providers'],
              'both': ['innovators and adopters', 'adopters and innovators'],
              'none': ['no funding', 'neither', 'not funded']}
STATUS = {'active': ['ongoing', 'underway', 'live', 'running', 'open', 'current', 'in progress', 'under way'],
          'concluded': ['closed', 'ended', 'completed', 'finished', 'complete'],
          'planned': ['upcoming', 'forthcoming', 'announced'], 'proposed': ['proposal', 'draft']}
YES = ['yes', 'y', 'true', '1']
NO = ['no', 'n', 'false', '0']
PARTLY = ['partly']
KIND = {
    'government-department': ['government', 'department', 'ministry', 'govt department'],
    'arms-length-body': ["arm's length body", 'ALB', 'NDPB', 'public body', 'arms length', 'non departmental public body'],
    'regulator': [], 'research-funder': ['funder', 'funding body'], 'network': [],
    'healthcare-provider': ['provider', 'NHS trust', 'trust', 'NHS provider', 'health care provider'],
    'commissioner': ['CCG', 'ICB', 'integrated care board', 'commissioning body'],
    'industry': ['company', 'business', 'firm', 'SME', 'private sector'],
    'academia': ['university', 'academic', 'higher education'],
    'charity': ['third sector', 'voluntary sector', 'foundation', 'non profit'],
    'patient-public-group': ['patient/public group', 'patient group', 'patients and public', 'public', 'patient and public group'],
    'other': [],
}
LEVEL = {'national': ['nationwide', 'country'], 'regional': ['region', 'sub national'],
         'local': ['locality', 'place'], 'international': ['global', 'supranational']}
COUNTRIES = ['England', 'Wales', 'Scotland', 'Northern Ireland', 'UK', 'United Kingdom', 'GB', 'GBR',
             'GB-ENG', 'ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR']
NATION_OF = {'england': 'England', 'eng': 'England', 'gb-eng': 'England', 'scotland': 'Scotland', 'gb-sct': 'Scotland',
             'wales': 'Wales', 'gb-wls': 'Wales', 'northern ireland': 'Northern Ireland', 'gb-nir': 'Northern Ireland',
             'uk': 'UK', 'united kingdom': 'UK', 'gb': 'UK', 'gbr': 'UK'}
CURRENCIES = {'GBP', 'EUR', 'USD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'CAD', 'AUD'}
INIT_COLS = ['id', 'name', 'owner', 'partners', 'description', 'activity_types', 'instrument_type', 'focus',
             'productivity_focus', 'offers_funding', 'evaluated', 'rapid_evaluation', 'funding_recipients', 'stages',
             'drivers', 'target_groups', 'technology_area', 'budget', 'currency', 'budget_period', 'start_date',
             'end_date', 'status', 'source', 'country', 'jurisdiction', 'region']
ACTOR_COLS = ['id', 'name', 'acronym', 'kind', 'level', 'member_of', 'description', 'source']
INVISIBLE = '\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007'
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
          'november', 'december']


def enorm(s):
    s = s.lower().replace('&', ' and ').replace("'", '').replace('\u2019', '')
    s = re.sub(r'[\s\-_/]+', ' ', s)
    return s.strip()


def accepted(table):
    out = {}
    for slug, syns in table.items():
        for v in [slug, slug.replace('-', ' ')] + syns:
            out[enorm(v)] = slug
    return out


ACT_OK = accepted(ACTIVITY)
INS_OK = accepted(dict((k, [v]) for k, v in INSTRUMENT_LABELS_2019.items()))
for _l, _s in INSTRUMENT_LATER.items():
    INS_OK[enorm(_l)] = _s
FOCUS_OK = accepted(FOCUS)
REC_OK = accepted(RECIPIENTS)
STATUS_OK = accepted(STATUS)
KIND_OK = accepted(KIND)
LEVEL_OK = accepted(LEVEL)
YN_OK = dict([(v, 'yes') for v in YES] + [(v, 'no') for v in NO] + [(v, 'partly') for v in PARTLY])


def ref_key(s):
    s = s.lower().replace('&', ' and ').replace("'", '').replace('\u2019', '')
    out = []
    for w in re.split(r'[^a-z0-9]+', s):
        if not w or w in ('and', 'of'):
            continue
        if len(w) > 4 and w.endswith('s'):
            w = w[:-1]
        out.append(w)
    return ''.join(out)


def clean(v):
    return v.strip(' \t\r\n' + INVISIBLE)


DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def mdays(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return DAYS[m - 1]


def parse_date(v):
    """-> ((y,m,d) lo, (y,m,d) hi) or raise ValueError; the forms the document lists."""
    s = v.strip()
    s = re.sub(r'T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$', '', s)
    s = re.sub(r'\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$', '', s)
    if re.fullmatch(r'\d{4}\s*/\s*\d{2}|FY\s*\d{4}-\d{2}', s):
        raise ValueError('financial year')
    m = re.fullmatch(r'(\d{4})', s)
    if m:
        y = int(m.group(1))
        return (y, 1, 1), (y, 12, 31)
    m = re.fullmatch(r'(\d{4})-(\d{2})', s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return ym(y, mo)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        return ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r'(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})', s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if mo > 12:
            raise ValueError('month first (day above 12 in second place)')
        return ymd(y, mo, d)
    m = re.fullmatch(r'(\d{1,2})[/.](\d{4})', s)
    if m:
        return ym(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})', s)
    if m:
        return ymd(int(m.group(3)), month_word(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'([A-Za-z]+) (\d{4})', s)
    if m:
        return ym(int(m.group(2)), month_word(m.group(1)))
    raise ValueError('not a date form the importer reads')


def month_word(w):
    w = w.lower()
    for i, n in enumerate(MONTHS):
        if w == n or (len(w) == 3 and n.startswith(w)):
            return i + 1
    raise ValueError('unknown month %r' % w)


def ym(y, mo):
    if not 1 <= mo <= 12:
        raise ValueError('month out of range')
    return (y, mo, 1), (y, mo, mdays(y, mo))


def ymd(y, mo, d):
    if not 1 <= mo <= 12 or not 1 <= d <= mdays(y, mo):
        raise ValueError('day/month out of range')
    return (y, mo, d), (y, mo, d)


AMOUNT = r'£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?'


def parse_budget(v):
    s = v.strip()
    m = re.fullmatch(r'(?i)up to\s+(%s)' % AMOUNT, s)
    if m:
        return None, amt(m.group(1)), 'upto'
    m = re.fullmatch(r'(%s)\s*-\s*(%s)' % (AMOUNT, AMOUNT), s)
    if m:
        lo, hi = amt(m.group(1)), amt(m.group(2))
        if lo > hi:
            raise ValueError('reversed range')
        return lo, hi, 'range'
    m = re.fullmatch(AMOUNT, s)
    if m:
        a = amt(s)
        return a, a, 'amount'
    raise ValueError('not an amount, range or "up to" amount')


def amt(s):
    return float(s.replace('£', '').replace(',', ''))


# ----------------------------------------------------------------------------
class Checker(object):
    def __init__(self, d):
        self.dir = d
        self.errors = collections.Counter()
        self.examples = {}
        self.warnings = collections.Counter()

    def err(self, kind, where):
        self.errors[kind] += 1
        self.examples.setdefault(kind, where)

    def warn(self, kind):
        self.warnings[kind] += 1

    def read(self, name):
        path = os.path.join(self.dir, name)
        with open(path, encoding='utf-8-sig', newline='') as f:
            text = f.read()
        first = text.split('\n', 1)[0]
        sep = max([',', ';', '\t'], key=first.count)
        if sep != ',':
            self.warn('%s: separator %r' % (name, sep))
        rows = list(csv.reader(io.StringIO(text), delimiter=sep))
        header = [h.strip().lower() for h in rows[0]]
        return header, rows[1:]

    # -- actors -----------------------------------------------------------------
    def check_actors(self):
        header, rows = self.read('actors.csv')
        for h in header:
            if h not in ACTOR_COLS:
                self.err('actors: unknown column', h)
        for h in ('id', 'name', 'kind'):
            if h not in header:
                self.err('actors: missing required column', h)
        ix = dict((h, i) for i, h in enumerate(header))
        self.actor_key = {}
        self.actor_ids = set()
        ids = set()
        member_refs = []
        for n, r in enumerate(rows, start=2):
            if len(r) != len(header):
                self.err('actors: wrong number of cells', 'row %d' % n)
                continue
            g = dict((h, clean(r[i])) for h, i in ix.items())
            self.cells(g, 'actors.csv row %d' % n)
            if not g['id'] or not g['name']:
                self.err('actors: missing id or name', 'row %d' % n)
            if g['id'] in ids:
                self.err('actors: duplicate id', g['id'])
            ids.add(g['id'])
            if enorm(g['kind']) not in KIND_OK:
                self.err('actors: bad kind', '%s row %d' % (g['kind'], n))
            if g.get('level') and enorm(g['level']) not in LEVEL_OK:
                self.err('actors: bad level', '%s row %d' % (g['level'], n))
            for s in (g['id'], g['name'], g.get('acronym', '')):
                if not s:
                    continue
                k = ref_key(s)
                if k in self.actor_key and self.actor_key[k] != g['id']:
                    self.err('actors: ambiguous reference key (two actors)', s)
                self.actor_key[k] = g['id']
            if g.get('member_of'):
                member_refs.append((n, g['member_of']))
        self.actor_ids = ids
        for n, m in member_refs:
            for part in m.split(';'):
                if ref_key(clean(part)) not in self.actor_key:
                    self.err('actors: member_of does not resolve', '%s row %d' % (part, n))
        self.n_actors = len(rows)

    def cells(self, g, where):
        for k, v in g.items():
            if len(v) > 100000:
                self.err('cell longer than 100,000 characters', where)
            if v[:1] in ('=', '+', '-', '@'):
                self.err('cell starts with a formula character', '%s %s=%r' % (where, k, v[:30]))
            if any(ch in v for ch in INVISIBLE):
                self.err('invisible character inside a value', '%s %s' % (where, k))

    # -- initiatives ------------------------------------------------------------
    def resolve(self, cell, where, col):
        out = []
        if not cell:
            return out
        for part in cell.split(';'):
            p = clean(part)
            if not p:
                self.err('%s: empty item in list' % col, where)
                continue
            a = self.actor_key.get(ref_key(p))
            if a is None:
                self.err('%s: reference not found in actors.csv' % col, '%s %r' % (where, p))
            else:
                out.append(a)
        return out

    def check_initiatives(self):
        header, rows = self.read('initiatives.csv')
        for h in header:
            if h not in INIT_COLS:
                self.warn('initiatives: extra column kept as a property: %s' % h)
        for h in ('id', 'name'):
            if h not in header:
                self.err('initiatives: missing required column', h)
        ix = dict((h, i) for i, h in enumerate(header))
        self.recs = {}
        raw_edge_space = 0
        for n, r in enumerate(rows, start=2):
            where = 'initiatives.csv row %d' % n
            if len(r) != len(header):
                self.err('initiatives: wrong number of cells', where)
                continue
            raw = dict((h, r[i]) for h, i in ix.items())
            g = dict((h, clean(v)) for h, v in raw.items())
            if any(raw[h] != g[h] for h in raw):
                raw_edge_space += 1
            self.cells(g, where)
            if not g['id'] or not g['name']:
                self.err('initiatives: missing id or name', where)
            if g['id'] in self.recs:
                self.err('initiatives: duplicate id', g['id'])
            rec = {'row': g}
            rec['owner'] = self.resolve(g.get('owner', ''), where, 'owner')
            rec['partners'] = self.resolve(g.get('partners', ''), where, 'partners')
            if g.get('activity_types'):
                for part in g['activity_types'].split(';'):
                    if enorm(part) not in ACT_OK:
                        self.err('activity_types: not accepted', '%s %r' % (where, part))
            for col, ok in (('instrument_type', INS_OK), ('focus', FOCUS_OK), ('status', STATUS_OK),
                            ('funding_recipients', REC_OK)):
                v = g.get(col, '')
                if v and enorm(v) not in ok:
                    self.err('%s: not accepted' % col, '%s %r' % (where, v))
            for col in ('productivity_focus', 'offers_funding', 'evaluated', 'rapid_evaluation'):
                v = g.get(col, '')
                if v and v.lower() not in YN_OK:
                    self.err('%s: not a yes/no value' % col, '%s %r' % (where, v))
            offers = YN_OK.get(g.get('offers_funding', '').lower(), '')
            recip = REC_OK.get(enorm(g.get('funding_recipients', '')), '')
            if offers == 'no' and recip and recip != 'none':
                self.err('funding_recipients named where offers_funding is no (import refuses)', where)
            if offers in ('yes', 'partly') and recip == 'none':
                self.err('funding_recipients none where funding is offered (validator refuses)', where)
            if not offers and recip:
                self.warn('funding_recipients stated while offers_funding is empty')
            dates = {}
            for col in ('start_date', 'end_date'):
                v = g.get(col, '')
                if v:
                    try:
                        dates[col] = parse_date(v)
                    except ValueError as e:
                        self.err('%s: %s' % (col, e), '%s %r' % (where, v))
            if 'start_date' in dates and 'end_date' in dates:
                (slo, shi), (elo, ehi) = dates['start_date'], dates['end_date']
                if ehi < slo:
                    self.err('end_date before start_date', where)
                elif elo < slo or ehi < shi:
                    self.err('end_date may be read as before start_date (overlapping spans)', where)
            rec['start'] = dates.get('start_date')
            rec['end'] = dates.get('end_date')
            rec['budget'] = None
            if g.get('budget'):
                try:
                    rec['budget'] = parse_budget(g['budget'])
                except ValueError as e:
                    self.err('budget: %s' % e, '%s %r' % (where, g['budget']))
            if g.get('currency') and g['currency'] not in CURRENCIES:
                self.err('currency: not an ISO 4217 code', '%s %r' % (where, g['currency']))
            if g.get('currency') and not g.get('budget'):
                self.warn('currency without a budget')
            if g.get('country') and g['country'] not in COUNTRIES:
                self.err('country: not a form the document names', '%s %r' % (where, g['country']))
            for col in ('stages', 'drivers', 'target_groups'):
                if g.get(col):
                    self.warn('%s filled (names of the default template are not documented)' % col)
            self.recs[g['id']] = rec
        self.edge_space = raw_edge_space
        self.n_init = len(rows)

    # -- pairs ------------------------------------------------------------------
    def read_pairs(self, name):
        header, rows = self.read(name)
        if header[:3] != ['id_a', 'id_b', 'kind']:
            self.err('%s: header must be id_a,id_b,kind' % name, str(header))
        out = []
        seen = set()
        for n, r in enumerate(rows, start=2):
            a, b, k = r[0], r[1], r[2]
            for x in (a, b):
                if x not in self.recs:
                    self.err('%s: unknown id' % name, x)
            if a == b:
                self.err('%s: pair of a row with itself' % name, a)
            key = tuple(sorted((a, b)))
            if key in seen:
                self.err('%s: pair listed twice' % name, str(key))
            seen.add(key)
            out.append((key[0], key[1], k))
        return out

    def check_pairs(self):
        self.planted = self.read_pairs('planted_pairs.csv')
        self.negs = self.read_pairs('hard_negatives.csv')
        parent = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for a, b, _ in self.planted:
            parent[find(a)] = find(b)
        clusters = collections.defaultdict(list)
        for x in list(parent):
            clusters[find(x)].append(x)
        pset = set((a, b) for a, b, _ in self.planted)
        self.cluster_sizes = collections.Counter()
        for members in clusters.values():
            members.sort()
            self.cluster_sizes[len(members)] += 1
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    if (members[i], members[j]) not in pset:
                        self.err('planted cluster with an unlisted pair', '%s %s' % (members[i], members[j]))
        self.clusters = clusters
        self.cluster_of = dict((x, find(x)) for x in parent)
        for a, b, k in self.negs:
            if (a, b) in pset:
                self.err('hard negative also planted', '%s %s' % (a, b))
            elif a in self.cluster_of and self.cluster_of.get(a) == self.cluster_of.get(b):
                self.err('hard negative inside a planted cluster', '%s %s' % (a, b))

    # -- survival ---------------------------------------------------------------
    def load_lexicon(self):
        spec = importlib.util.spec_from_file_location('generate_twelfth', os.path.join(HERE, 'generate_twelfth.py'))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        self.gen = mod
        self.cond_re = [(c.key, re.compile(r'\b(?:%s)' % '|'.join(re.escape(t) for t in c.detect if t != c.abbr.lower() or len(t) > 2), re.I),
                         re.compile(r'\b%s\b' % re.escape(c.abbr)) if c.abbr else None) for c in mod.CONDS]
        self.tech_re = [(t.key, re.compile(r'\b(?:%s)' % '|'.join(re.escape(x) for x in t.detect if len(x) > 3), re.I),
                         re.compile(r'\b(?:%s)\b' % '|'.join(re.escape(x) for x in t.detect if len(x) <= 3), re.I)
                         if any(len(x) <= 3 for x in t.detect) else None) for t in mod.TECHS]

    def found(self, text, table):
        out = set()
        for key, rx, short in table:
            if rx.search(text) or (short is not None and short.search(text)):
                out.add(key)
        return out

    def particulars(self, rec):
        if 'part' in rec:
            return rec['part']
        g = rec['row']
        text = ' '.join((g['name'], g.get('description', ''), g.get('technology_area', '')))
        ta = g.get('technology_area', '')
        part = {
            'cond': self.found(text, self.cond_re),
            'tech': self.found(ta or text, self.tech_re) if ta else self.found(text, self.tech_re),
            'region': g.get('region', ''),
            'country': NATION_OF.get(g.get('country', '').lower(), ''),
        }
        rec['part'] = part
        return part

    def survival(self, pairs):
        res = collections.OrderedDict()
        names = ['start_date', 'end_date', 'place (region)', 'country', 'condition', 'technology', 'budget',
                 'owner', 'owner (incl. as partner)', 'partners (institutions)', 'any shared actor']
        for nm in names:
            res[nm] = collections.Counter()
        for a, b, _ in pairs:
            ra, rb = self.recs[a], self.recs[b]
            pa, pb = self.particulars(ra), self.particulars(rb)
            for col, nm in (('start', 'start_date'), ('end', 'end_date')):
                x, y = ra[col], rb[col]
                if not x or not y:
                    res[nm]['missing' if (x or y) else 'both missing'] += 1
                elif x == y:
                    res[nm]['exact'] += 1
                elif x[0][0] == y[0][0] or (x[0] <= y[1] and y[0] <= x[1]):
                    res[nm]['same year/overlap'] += 1
                elif abs((x[0][0] * 12 + x[0][1]) - (y[0][0] * 12 + y[0][1])) <= 12:
                    res[nm]['within 12 months'] += 1
                else:
                    res[nm]['differs'] += 1
            x, y = pa['region'], pb['region']
            c = res['place (region)']
            if not x or not y:
                c['missing' if (x or y) else 'both missing'] += 1
            else:
                ux, uy = self.gen.resolve_region(x), self.gen.resolve_region(y)
                if self.gen.region_key(x) == self.gen.region_key(y):
                    c['exact'] += 1
                elif ux is None or uy is None:
                    c['unresolved'] += 1
                elif ux == uy:
                    c['same area, other words'] += 1
                elif ux <= uy or uy <= ux:
                    c['nested'] += 1
                else:
                    c['differs'] += 1
            x, y = pa['country'], pb['country']
            c = res['country']
            if not x or not y:
                c['missing' if (x or y) else 'both missing'] += 1
            elif x == y:
                c['exact'] += 1
            elif 'UK' in (x, y):
                c['compatible (UK)'] += 1
            else:
                c['differs'] += 1
            for key, nm in (('cond', 'condition'), ('tech', 'technology')):
                x, y = pa[key], pb[key]
                c = res[nm]
                if not x or not y:
                    c['not detected' if (x or y) else 'not detected in both'] += 1
                elif x & y:
                    c['shared'] += 1
                else:
                    c['differs'] += 1
            x, y = ra['budget'], rb['budget']
            c = res['budget']
            if not x or not y:
                c['missing' if (x or y) else 'both missing'] += 1
            else:
                vx, vy = x[1], y[1]
                if vx == vy:
                    c['exact'] += 1
                elif max(vx, vy) <= 1.25 * min(vx, vy):
                    c['within 25%'] += 1
                elif max(vx, vy) <= 3 * min(vx, vy):
                    c['within x3'] += 1
                else:
                    c['differs'] += 1
            oa, ob = set(ra['owner']), set(rb['owner'])
            c = res['owner']
            if not oa or not ob:
                c['missing' if (oa or ob) else 'both missing'] += 1
            elif oa & ob:
                c['shared'] += 1
            else:
                c['differs'] += 1
            c = res['owner (incl. as partner)']
            qa, qb = set(ra['partners']), set(rb['partners'])
            if oa & ob:
                c['shared owner'] += 1
            elif (oa & qb) or (ob & qa):
                c['owner only as partner'] += 1
            elif not oa or not ob:
                c['missing'] += 1
            else:
                c['differs'] += 1
            c = res['partners (institutions)']
            if not qa or not qb:
                c['missing' if (qa or qb) else 'both missing'] += 1
            elif qa & qb:
                c['shared'] += 1
            else:
                c['differs'] += 1
            c = res['any shared actor']
            c['yes' if ((oa | qa) & (ob | qb)) else 'no'] += 1
        return res

    def report_survival(self, title, pairs):
        print('\n%s (%d pairs): share of pairs per outcome' % (title, len(pairs)))
        if not pairs:
            return
        res = self.survival(pairs)
        good = {'exact', 'same year/overlap', 'within 12 months', 'same area, other words', 'nested', 'compatible (UK)',
                'shared', 'within 25%', 'within x3', 'shared owner', 'owner only as partner', 'yes'}
        print('  %-26s %8s %13s  | %s' % ('particular', 'survives', '(both stated)', 'outcomes'))
        for nm, c in res.items():
            tot = sum(c.values())
            surv = sum(v for k, v in c.items() if k in good)
            both = tot - sum(v for k, v in c.items() if k.startswith('missing') or k.startswith('both missing')
                             or k.startswith('not detected'))
            parts = ', '.join('%s %.0f%%' % (k, 100.0 * v / tot) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
            bs = ('%5.1f%% of %d' % (100.0 * surv / both, both)) if both and nm != 'owner (incl. as partner)' and nm != 'any shared actor' else ''
            print('  %-26s %7.1f%% %13s  | %s' % (nm, 100.0 * surv / tot, bs, parts))

    def run(self):
        self.check_actors()
        self.check_initiatives()
        self.check_pairs()
        self.load_lexicon()
        print('Directory: %s' % self.dir)
        print('actors: %d rows; initiatives: %d rows (%d with spaces around a value, trimmed by the importer)'
              % (self.n_actors, self.n_init, self.edge_space))
        src = collections.Counter(i.split('-')[0].split('/')[0] for i in self.recs)
        print('initiatives by source (id prefix): %s' % ', '.join('%s %d' % kv for kv in sorted(src.items())))
        in_clusters = sum(len(m) for m in self.clusters.values())
        print('planted: %d pairs, %d clusters (%s), %d rows in clusters = %.2f%% of rows'
              % (len(self.planted), len(self.clusters),
                 ', '.join('size %d: %d' % kv for kv in sorted(self.cluster_sizes.items())),
                 in_clusters, 100.0 * in_clusters / max(1, self.n_init)))
        print('planted kinds: %s' % ', '.join('%s %d' % kv for kv in sorted(collections.Counter(k for _, _, k in self.planted).items())))
        print('hard negatives: %d pairs (%.2f x planted); kinds: %s'
              % (len(self.negs), len(self.negs) / max(1.0, len(self.planted)),
                 ', '.join('%s %d' % kv for kv in sorted(collections.Counter(k for _, _, k in self.negs).items()))))
        neg_rows = set(a for a, _, _ in self.negs) | set(b for _, b, _ in self.negs)
        print('rows in hard negatives: %d (%d of them also in planted clusters)'
              % (len(neg_rows), len(neg_rows & set(self.cluster_of))))
        filled = collections.Counter()
        for rec in self.recs.values():
            for k, v in rec['row'].items():
                if v:
                    filled[k] += 1
        print('filled cells: %s' % ', '.join('%s %.0f%%' % (k, 100.0 * filled[k] / max(1, self.n_init))
                                              for k in rec['row']))
        self.report_survival('PLANTED pairs (same programme)', self.planted)
        self.report_survival('HARD NEGATIVE pairs (different programmes), for contrast', self.negs)
        if self.warnings:
            print('\nwarnings:')
            for k, v in sorted(self.warnings.items()):
                print('  %s: %d' % (k, v))
        if self.errors:
            print('\nERRORS:')
            for k, v in sorted(self.errors.items()):
                print('  %s: %d (e.g. %s)' % (k, v, self.examples[k]))
            print('\nFAILED')
            return 1
        print('\nOK: no errors')
        return 0


def main():
    if len(sys.argv) != 2:
        sys.stderr.write('usage: check_twelfth.py DIR\n')
        return 2
    return Checker(sys.argv[1]).run()


if __name__ == '__main__':
    sys.exit(main())
