"""Formatting and damage helpers shared by the feed renderers.

Register columns only ever receive values the register format reads; damage
that the format would refuse (financial years, Excel serial dates, N/A, TBC,
scientific notation) is kept in the 'as stated' property columns instead.
"""
import datetime

from vocab_thirteenth import MONTHS, SEASONS, NUMBER_WORDS, ABBREV

MON3 = [m[:3] for m in MONTHS]
EXCEL_EPOCH = datetime.date(1899, 12, 30)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def spell(rng, table, key):
    return pick(rng, table[key])


# dates ------------------------------------------------------------------
def fmt_date(d, form):
    """d = (y, m, day). Every form here is one the register format reads."""
    y, m, dd = d
    if form == "y":
        return "%d" % y
    if form == "ym":
        return "%d-%02d" % (y, m)
    if form == "ymd":
        return "%d-%02d-%02d" % (y, m, dd)
    if form == "dmy/":
        return "%02d/%02d/%d" % (dd, m, y)
    if form == "dmy.":
        return "%d.%d.%d" % (dd, m, y)
    if form == "dmy-":
        return "%02d-%02d-%d" % (dd, m, y)
    if form == "d-Mon-y":
        return "%d-%s-%d" % (dd, MON3[m - 1], y)
    if form == "Mon y":
        return "%s %d" % (MON3[m - 1], y)
    if form == "Month y":
        return "%s %d" % (MONTHS[m - 1], y)
    if form == "d Month y":
        return "%d %s %d" % (dd, MONTHS[m - 1], y)
    if form == "isoT":
        return "%d-%02d-%02dT00:00:00" % (y, m, dd)
    if form == "isoTZ":
        return "%d-%02d-%02dT00:00:00+00:00" % (y, m, dd)
    if form == "dmy time":
        return "%02d/%02d/%d 00:00" % (dd, m, y)
    if form == "my/":
        return "%02d/%d" % (m, y)
    raise ValueError(form)


def date_precision(form):
    if form == "y":
        return "y"
    if form in ("ym", "Mon y", "Month y", "my/"):
        return "m"
    return "d"


def excel_serial(d):
    return (datetime.date(d[0], d[1], d[2]) - EXCEL_EPOCH).days


def fy_label(y, m, style=0):
    """Financial year (April-March) containing month m of year y."""
    s = y if m >= 4 else y - 1
    e = (s + 1) % 100
    return ["%d-%02d" % (s, e), "%d/%02d" % (s, e), "%d-%d" % (s, s + 1)][style], s


def season(m):
    return SEASONS[m]


def years_words(n):
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


# money --------------------------------------------------------------------
def fmt_amount(v, form):
    v = int(round(v))
    if form == "plain":
        return "%d" % v
    if form == "commas":
        return "{:,}".format(v)
    if form == "pound":
        return "£{:,}".format(v)
    if form == "pound_plain":
        return "£%d" % v
    if form == "decimals":
        return "%d.00" % v
    if form == "commas_dec":
        return "{:,}.00".format(v)
    raise ValueError(form)


def money_words(v):
    """£4.5 million / £450,000 (rounded the way a minister's answer rounds)."""
    if v >= 1e6:
        x = round(v / 1e6, 1)
        if x >= 20:
            x = round(x)
        s = ("%.1f" % x).rstrip("0").rstrip(".")
        return "£%s million" % s, float(s) * 1e6
    x = int(round(v / 1e4) * 1e4)
    return "£{:,}".format(x), float(x)


def money_short(v):
    """Annual-report style: £4.49m / £450k."""
    if v >= 1e6:
        x = round(v / 1e6, 2)
        s = ("%.2f" % x).rstrip("0").rstrip(".")
        return "£%sm" % s, float(s) * 1e6
    x = int(round(v / 1e3))
    return "£%dk" % x, float(x * 1000)


def sci(v):
    s = "%.2E" % v
    mant, exp = s.split("E")
    return "%sE+%02d" % (mant, int(exp)), float(s)


# text damage ----------------------------------------------------------------
def typo(rng, s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return s
    i = pick(rng, idx)
    w = words[i]
    j = 1 + rng.randrange(len(w) - 2)
    op = rng.randrange(3)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def mojibake(s):
    """UTF-8 read as Windows-1252 (Ynys Môn -> Ynys MÃ´n)."""
    out = []
    for byte in s.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append("?")
    return "".join(out)


def abbreviate(s):
    out = []
    for w in s.split(" "):
        u = w.upper().strip(":()")
        out.append(ABBREV.get(u, w))
    return " ".join(out)


def truncate60(s):
    return s if len(s) <= 60 else s[:60].rstrip()


def strip_prefix(name, pfx):
    if pfx and name.startswith(pfx + " "):
        rest = name[len(pfx) + 1:]
        return rest[0].upper() + rest[1:] if rest else name
    return name


def sentence_join(items):
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
