#!/usr/bin/env python3
"""Validate a data set written by generate_eighth.py.

    python3 check_eighth.py DIR [--rows N]

Checks (each failure is counted and a few examples printed; exit status 1 if any fails):
  * initiatives.csv / actors.csv use documented column names and values the importer accepts
    (docs/register-format.md): required id and name, unique ids, enumerations in listed words,
    yes/no cells, budgets, currencies, dates (and end not before start), funding recipients only
    where funding is not refused, no cell over 100,000 characters or starting with = + - @;
  * every owner, partner and member_of resolves to exactly one actor (by id, name or acronym);
  * planted_pairs.csv and hard_negatives.csv have the header id_a,id_b,kind and name existing ids;
  * truth_identities.csv covers every record; records sharing an identity are exactly the planted
    clusters (every pair of a cluster listed), one identity key per identity;
  * every hard negative joins two identities that differ in the dimension its kind names, and both
    records state their own value of it (a successor pair also says what replaced what);
  * every record states its whole identity (topic, place, wave, generation, evaluation or not).
Prints counts and the share of empty cells per column.  No similarity statistics are computed.
"""
import argparse
import collections
import csv
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_eighth as G  # noqa: E402  (vocabulary and "does the record state X" functions)

csv.field_size_limit(10 ** 7)

INIT_COLS = ['id', 'name', 'owner', 'partners', 'description', 'activity_types', 'instrument_type', 'focus',
             'productivity_focus', 'offers_funding', 'evaluated', 'rapid_evaluation', 'funding_recipients',
             'stages', 'drivers', 'target_groups', 'technology_area', 'budget', 'currency', 'budget_period',
             'start_date', 'end_date', 'status', 'source', 'country', 'jurisdiction', 'region']
ACTOR_COLS = ['id', 'name', 'acronym', 'kind', 'level', 'member_of', 'description', 'source']


def enorm(v):
    v = v.lower().replace('&', ' and ').replace("'", '').replace('\u2019', '')
    return ' '.join(re.split(r'[\s\-_/]+', v)).strip()


def lnorm(v):
    return ' '.join(re.sub(r'[^a-z0-9]+', ' ', v.lower().replace('&', ' and ')).split())


ENUMS = {
    'activity_types': ['funding', 'training and skills', 'networking and brokerage', 'evaluation and evidence',
                       'regulatory advice', 'information and signposting', 'procurement and commissioning',
                       'infrastructure', 'other', 'grants', 'grant funding', 'finance', 'financial support',
                       'training', 'skills', 'education', 'fellowships', 'leadership development', 'networking',
                       'brokerage', 'brokering', 'convening', 'evaluation', 'evidence', 'evidence generation',
                       'real world evaluation', 'regulatory support', 'regulation advice', 'regulatory guidance',
                       'information', 'signposting', 'advice and guidance', 'procurement', 'commissioning',
                       'purchasing', 'facilities', 'test beds', 'testbeds'],
    'focus': ['clinical', 'non clinical', 'both', 'administrative', 'operational', 'back office', 'nonclinical',
              'clinical and non clinical', 'clinical and administrative', 'mixed'],
    'funding_recipients': ['innovators', 'adopters', 'both', 'none', 'innovators only', 'innovator', 'developers',
                           'suppliers', 'adopters only', 'adopter', 'nhs organisations',
                           'health and care providers', 'innovators and adopters', 'adopters and innovators',
                           'no funding', 'neither', 'not funded'],
    'status': ['proposed', 'planned', 'active', 'concluded', 'ongoing', 'underway', 'live', 'running', 'open',
               'current', 'in progress', 'under way', 'closed', 'ended', 'completed', 'finished', 'complete',
               'upcoming', 'forthcoming', 'announced', 'proposal', 'draft'],
    'kind': ['government department', 'arms length body', 'regulator', 'research funder', 'network',
             'healthcare provider', 'commissioner', 'industry', 'academia', 'charity', 'patient public group',
             'other', 'government', 'department', 'ministry', 'govt department', 'alb', 'ndpb', 'public body',
             'arms length', 'non departmental public body', 'funder', 'funding body', 'provider', 'nhs trust',
             'trust', 'nhs provider', 'health care provider', 'ccg', 'icb', 'integrated care board',
             'commissioning body', 'company', 'business', 'firm', 'sme', 'private sector', 'university',
             'academic', 'higher education', 'third sector', 'voluntary sector', 'foundation', 'non profit',
             'patient group', 'patients and public', 'public', 'patient and public group'],
    'level': ['international', 'national', 'regional', 'local', 'nationwide', 'country', 'region',
              'sub national', 'locality', 'place', 'global', 'supranational'],
}
ENUMS = {k: set(enorm(x) for x in v) for k, v in ENUMS.items()}
NONE_RECIPIENT = set(enorm(x) for x in ['none', 'no funding', 'neither', 'not funded'])
YESNO = {'yes': 'yes', 'y': 'yes', 'true': 'yes', '1': 'yes', 'no': 'no', 'n': 'no', 'false': 'no', '0': 'no',
         'partly': 'partly'}
INSTR = set()
for _slug, _label in G.INSTRUMENTS.items():
    INSTR.add(lnorm(_slug.replace('-', ' ')))
    INSTR.add(lnorm(_label))
for _l in ['Strategies, agendas and plans', 'Tax or social contributions relief for firms investing in R&D and innovation',
           'Science and technology regulation and soft law', 'Science and technology regulation',
           'Dedicated support to research and technical infrastructures']:
    INSTR.add(lnorm(_l))

AMOUNT = r'£?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?'
BUDGET_RE = re.compile(r'^(?:' + AMOUNT + r'|' + AMOUNT + r'\s*-\s*' + AMOUNT + r'|up to ' + AMOUNT + r')$', re.I)
MONTHS = {m.lower(): i + 1 for i, m in enumerate(G.MONTHS)}
MONTHS.update({m[:3].lower(): i + 1 for i, m in enumerate(G.MONTHS)})
TIME_SUFFIX = re.compile(r'(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?(?:[+-]\d{2}:?\d{2}|Z)?)$', re.I)


def amount_value(a):
    return float(a.replace('£', '').replace(',', '').strip())


def parse_date(v):
    """(first day, last day) of the span a partial date names, or None."""
    s = TIME_SUFFIX.sub('', v.strip()).strip()

    def span(y, m=None, d=None):
        if m is None:
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        if not 1 <= m <= 12:
            raise ValueError
        if d is None:
            nm = datetime.date(y + (m == 12), m % 12 + 1, 1)
            return datetime.date(y, m, 1), nm - datetime.timedelta(days=1)
        x = datetime.date(y, m, d)
        return x, x
    try:
        m = re.match(r'^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$', s)
        if m:
            return span(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)
        m = re.match(r'^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$', s)
        if m:
            return span(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.match(r'^(\d{1,2})[/.](\d{4})$', s)
        if m:
            return span(int(m.group(2)), int(m.group(1)))
        m = re.match(r'^(?:(\d{1,2})[ \-])?([A-Za-z]+)[ \-](\d{4})$', s)
        if m and m.group(2).lower() in MONTHS:
            return span(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)) if m.group(1) else None)
    except ValueError:
        return None
    return None


def read_csv(path):
    with open(path, encoding='utf-8-sig', newline='') as fh:
        first = fh.readline()
        delim = max([',', ';', '\t'], key=first.count)
        fh.seek(0)
        if fh.read(1) != '\ufeff':
            fh.seek(0)
        rd = csv.reader(fh, delimiter=delim)
        header = next(rd)
        rows = [dict(zip([h.strip().lower() for h in header], r)) for r in rd]
    return [h.strip().lower() for h in header], rows


class Problems:
    def __init__(self):
        self.count = collections.Counter()
        self.examples = collections.defaultdict(list)

    def add(self, what, example):
        self.count[what] += 1
        if len(self.examples[what]) < 3:
            self.examples[what].append(example)

    def report(self):
        if not self.count:
            print('ALL CHECKS PASSED')
            return 0
        print('PROBLEMS:')
        for k, n in sorted(self.count.items()):
            print('  %-60s %d' % (k, n))
            for e in self.examples[k]:
                print('      e.g. %s' % (e,))
        return 1


def main(argv=None):
    ap = argparse.ArgumentParser(description='Validate an eighth-generator data set')
    ap.add_argument('dir')
    ap.add_argument('--rows', type=int)
    args = ap.parse_args(argv)
    d = args.dir
    pr = Problems()

    # ---------------------------------------------------------------- actors
    ah, actors = read_csv(os.path.join(d, 'actors.csv'))
    for h in ah:
        if h not in ACTOR_COLS:
            pr.add('actors: undocumented column', h)
    for c in ('id', 'name', 'kind'):
        if c not in ah:
            pr.add('actors: required column missing', c)
    lookup = collections.defaultdict(set)
    seen = set()
    for a in actors:
        if not a['id'].strip() or not a['name'].strip():
            pr.add('actors: missing id or name', a)
        if a['id'] in seen:
            pr.add('actors: duplicate id', a['id'])
        seen.add(a['id'])
        for k in ('id', 'name', 'acronym'):
            if a.get(k, '').strip():
                lookup[G.norm(a[k])].add(a['id'])
        if a.get('kind') and enorm(a['kind']) not in ENUMS['kind']:
            pr.add('actors: kind not accepted', a['kind'])
        if a.get('level') and enorm(a['level']) not in ENUMS['level']:
            pr.add('actors: level not accepted', a['level'])
    for k, v in lookup.items():
        if len(v) > 1:
            pr.add('actors: id/name/acronym names two actors', (k, sorted(v)))

    def resolves(ref):
        return len(lookup.get(G.norm(ref), ())) == 1

    for a in actors:
        for m in filter(None, (x.strip() for x in a.get('member_of', '').split(';'))):
            if not resolves(m):
                pr.add('actors: member_of does not resolve', m)

    # ---------------------------------------------------------------- initiatives
    ih, inits = read_csv(os.path.join(d, 'initiatives.csv'))
    for h in ih:
        if h not in INIT_COLS:
            pr.add('initiatives: undocumented column', h)
    for c in ('id', 'name'):
        if c not in ih:
            pr.add('initiatives: required column missing', c)
    if 'target' in ih:
        pr.add('initiatives: header would be read as relationships', 'target')
    if args.rows is not None and len(inits) != args.rows:
        pr.add('initiatives: row count differs from --rows', (len(inits), args.rows))
    byid = {}
    empty = collections.Counter()
    for n, r in enumerate(inits, start=2):
        rid = r.get('id', '').strip()
        if not rid or not r.get('name', '').strip():
            pr.add('initiatives: missing id or name', n)
        if rid in byid:
            pr.add('initiatives: duplicate id', rid)
        byid[rid] = r
        for c in ih:
            v = r.get(c, '')
            if not v.strip():
                empty[c] += 1
                continue
            if len(v) > 100000:
                pr.add('initiatives: cell over 100,000 characters', (rid, c))
            if v[0] in '=+-@':
                pr.add('initiatives: cell starts with a formula character', (rid, c, v[:20]))
        for c in ('focus', 'funding_recipients', 'status'):
            v = r.get(c, '').strip()
            if v and enorm(v) not in ENUMS[c]:
                pr.add('initiatives: %s value not accepted' % c, (rid, v))
        acts = [x.strip() for x in r.get('activity_types', '').split(';') if x.strip()]
        for v in acts:
            if enorm(v) not in ENUMS['activity_types']:
                pr.add('initiatives: activity type not accepted', (rid, v))
        v = r.get('instrument_type', '').strip()
        if v and lnorm(v) not in INSTR:
            pr.add('initiatives: instrument type not accepted', (rid, v))
        for c in ('productivity_focus', 'offers_funding', 'evaluated', 'rapid_evaluation'):
            v = r.get(c, '').strip()
            if v and v.lower() not in YESNO:
                pr.add('initiatives: yes/no value not accepted', (rid, c, v))
        of = YESNO.get(r.get('offers_funding', '').strip().lower(), '')
        rec = r.get('funding_recipients', '').strip()
        if rec and of == 'no' and enorm(rec) not in NONE_RECIPIENT:
            pr.add('initiatives: recipients named where no funding is offered', rid)
        if rec and of == 'yes' and enorm(rec) in NONE_RECIPIENT:
            pr.add('initiatives: recipients none where funding is offered (validator)', rid)
        b = r.get('budget', '').strip()
        if b:
            if not BUDGET_RE.match(b):
                pr.add('initiatives: budget not accepted', (rid, b))
            elif ' - ' in b or re.search(r'\d\s*-\s*[£\d]', b):
                lo, hi = [amount_value(x) for x in re.split(r'\s*-\s*', b)]
                if lo > hi:
                    pr.add('initiatives: budget range reversed', (rid, b))
        cu = r.get('currency', '').strip()
        if cu and not re.match(r'^[A-Z]{3}$', cu):
            pr.add('initiatives: currency not an ISO code', (rid, cu))
        sd, ed = r.get('start_date', '').strip(), r.get('end_date', '').strip()
        ps = parse_date(sd) if sd else None
        pe = parse_date(ed) if ed else None
        if sd and not ps:
            pr.add('initiatives: start date not read', (rid, sd))
        if ed and not pe:
            pr.add('initiatives: end date not read', (rid, ed))
        if ps and pe and pe[0] < ps[0]:
            pr.add('initiatives: end before start', (rid, sd, ed))
        for c in ('owner', 'partners'):
            for ref in filter(None, (x.strip() for x in r.get(c, '').split(';'))):
                if not resolves(ref):
                    pr.add('initiatives: %s does not resolve to one actor' % c, (rid, ref))

    # ---------------------------------------------------------------- pairs
    def read_pairs(fn):
        h, rows = read_csv(os.path.join(d, fn))
        if h != ['id_a', 'id_b', 'kind']:
            pr.add('%s: header is not id_a,id_b,kind' % fn, h)
        out = []
        keys = set()
        for r in rows:
            a, b = r['id_a'], r['id_b']
            if a not in byid or b not in byid:
                pr.add('%s: id does not exist' % fn, (a, b))
                continue
            if a == b:
                pr.add('%s: pair of a record with itself' % fn, a)
            k = tuple(sorted((a, b)))
            if k in keys:
                pr.add('%s: pair listed twice' % fn, k)
            keys.add(k)
            out.append((a, b, r['kind']))
        return out, keys

    planted, pkeys = read_pairs('planted_pairs.csv')
    hard, hkeys = read_pairs('hard_negatives.csv')
    for k in pkeys & hkeys:
        pr.add('pair is both planted and hard negative', k)

    # ---------------------------------------------------------------- truth
    th, truth = read_csv(os.path.join(d, 'truth_identities.csv'))
    tby = {}
    for t in truth:
        if t['id'] in tby:
            pr.add('truth: id twice', t['id'])
        tby[t['id']] = t
    for rid in byid:
        if rid not in tby:
            pr.add('truth: record without identity', rid)
    for rid in tby:
        if rid not in byid:
            pr.add('truth: identity for unknown record', rid)
    members = collections.defaultdict(list)
    key_of_identity = {}
    identity_of_key = {}
    canon = {}
    for t in truth:
        members[t['identity']].append(t['id'])
        k = G.key_from_truth(t)
        if key_of_identity.setdefault(t['identity'], k) != k:
            pr.add('truth: identity with two keys', t['identity'])
        if identity_of_key.setdefault(k, t['identity']) != t['identity']:
            pr.add('truth: one programme key under two identities (unplanned duplicate)', (t['identity'], identity_of_key[k]))
        if canon.setdefault(t['canonical_name'], t['identity']) != t['identity']:
            pr.add('truth: two identities share a canonical name', t['canonical_name'])
    # records of one identity == planted clusters
    expected = set()
    for ident, ids in members.items():
        ids = sorted(ids)
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                expected.add((ids[i], ids[j]))
    for k in expected - pkeys:
        pr.add('records of one identity not listed as planted pair', k)
    for k in pkeys - expected:
        pr.add('planted pair of two different identities', k)
    for a, b, kind in planted:
        if kind != 'duplicate':
            pr.add('planted pair kind is not duplicate', kind)

    # ---------------------------------------------------------------- visible differences
    dims_cache = {}

    def dims(rid):
        if rid not in dims_cache:
            dims_cache[rid] = G.dims_stated(byid[rid], G.key_from_truth(tby[rid]))
        return dims_cache[rid]

    hn_kinds = collections.Counter()
    for a, b, kind in hard:
        hn_kinds[kind] += 1
        if a not in tby or b not in tby:
            continue
        ka, kb = G.key_from_truth(tby[a]), G.key_from_truth(tby[b])
        if tby[a]['identity'] == tby[b]['identity']:
            pr.add('hard negative joins two records of one programme', (a, b))
            continue
        diff = G.differing_dims(ka, kb)
        need = G.HN_DIM.get(kind)
        if need is None:
            pr.add('hard negative of unknown kind', kind)
            continue
        allowed = set(need) | ({'wave'} if kind == 'successor' else set())   # a successor restarts its waves
        if not set(need) <= set(diff) or not set(diff) <= allowed:
            pr.add('hard negative differs in other dimensions than its kind says', (a, b, kind, diff))
        for dim in need:
            if not (dims(a)[dim] and dims(b)[dim]):
                pr.add('hard negative: difference (%s) not stated in both records' % dim, (a, b))
        if kind == 'successor':
            txt = G.norm(byid[a].get('description', '') + ' ' + byid[b].get('description', ''))
            if not re.search(r' (replaced|predecessor|successor|succeeded) ', txt):
                pr.add('hard negative: successor pair does not say what replaced what', (a, b))
        if kind == 'regional-inspired':
            pa, pb = ka[4], kb[4]
            if sorted([G.place_kind(pa), G.place_kind(pb)]) != ['nation', 'region']:
                pr.add('hard negative: regional pair is not national vs regional', (a, b))
        if kind == 'devolved-counterpart' and not (ka[4] in G.NATIONS and kb[4] in G.NATIONS):
            pr.add('hard negative: devolved pair is not two UK nations', (a, b))
        if kind == 'international-counterpart' and sorted([G.place_kind(ka[4]), G.place_kind(kb[4])]) != ['intl', 'nation']:
            pr.add('hard negative: international pair is not UK vs abroad', (a, b))

    # every record states its own identity
    missing_dim = collections.Counter()
    for rid in byid:
        if rid not in tby:
            continue
        for dim, ok in dims(rid).items():
            if not ok:
                missing_dim[dim] += 1
                pr.add('record does not state its %s' % dim, rid)

    # ---------------------------------------------------------------- report
    n = len(inits)
    sizes = collections.Counter(len(v) for v in members.values())
    dup_ids = sum(c for s, c in sizes.items() if s > 1)
    n_ident = len(members)
    print('directory                 %s' % d)
    print('initiatives (rows)        %d' % n)
    print('actors                    %d' % len(actors))
    print('programmes (identities)   %d' % n_ident)
    print('duplicated programmes     %d (%.2f %% of programmes): %s' % (
        dup_ids, 100.0 * dup_ids / max(1, n_ident),
        ', '.join('%d with %d records' % (c, s) for s, c in sorted(sizes.items()) if s > 1)))
    print('planted pairs             %d' % len(planted))
    print('hard negatives            %d (%.1f per planted pair)' % (len(hard), len(hard) / max(1, len(planted))))
    for k, c in sorted(hn_kinds.items()):
        print('    %-28s %d' % (k, c))
    print('empty share per column (initiatives):')
    for c in ih:
        print('    %-20s %5.1f %%' % (c, 100.0 * empty[c] / max(1, n)))
    return pr.report()


if __name__ == '__main__':
    sys.exit(main())
