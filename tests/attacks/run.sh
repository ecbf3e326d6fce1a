#!/usr/bin/env bash
# Replays, end to end against the built product (./innoscape), the attacks of the hardening issue that
# once succeeded: each line runs one, checks the exit code and what must (not) have happened, and the
# script ends with "N passed, N failed". Needs the product built (./mvnw -B verify) and python3.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="$root/innoscape"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() { # check NAME CONDITION...: CONDITION is a shell test run with eval
  local name=$1; shift
  if eval "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

run() { # run EXPECTED-EXIT ARGS...: runs the CLI, keeps stdout/stderr in $work/out and $work/err
  local expected=$1; shift
  "$cli" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  [ "$code" -eq "$expected" ] || { echo "     expected exit $expected, got $code: $(head -c 400 "$work/err")"; return 1; }
}

model="$work/england.innoscape"
cp "$root/bundles/org.innoscape.examples/models/england-health-innovation-2021.innoscape" "$model"
sum() { sha256sum "$1" | cut -d' ' -f1; }
before="$(sum "$model")"

# 2. A report or an export never overwrites the model it reads.
check "analyze --output MODEL is refused" 'run 2 analyze "$model" --format markdown --output "$model" && [ "$(sum "$model")" = "$before" ]'
check "export --output MODEL is refused" 'run 2 export "$model" --format json --output "$model" && [ "$(sum "$model")" = "$before" ]'
ln -s "$model" "$work/link.json"
check "export onto a link to the model is refused" 'run 2 export "$model" --format json --output "$work/link.json" && [ "$(sum "$model")" = "$before" ]'

# 9. --output - is standard output; --format=json is accepted; missing folders need --mkdirs.
check "--output - writes to stdout" 'run 0 analyze "$model" --format=json --output - --fail-on=never && head -c 1 "$work/out" | grep -q "{" && [ ! -e ./- ]'
check "a missing folder is refused without --mkdirs" 'run 2 analyze "$model" --output "$work/no/such/r.txt" && [ ! -e "$work/no" ]'

# 5. Special files, links, read-only models.
check "a device is not replaced" 'run 2 export "$model" --format json --output /dev/null && [ -c /dev/null ]'
cp "$model" "$work/ro.innoscape"; chmod 0444 "$work/ro.innoscape"
printf 'id,name\nN1,New programme\n' > "$work/one.csv"
check "a read-only model is refused" 'run 2 import "$work/one.csv" --into "$work/ro.innoscape" && grep -q "read-only" "$work/err"'
cp "$model" "$work/target.innoscape"; ln -s "$work/target.innoscape" "$work/linked.innoscape"
check "importing into a link updates its target" 'run 0 import "$work/one.csv" --into "$work/linked.innoscape" && [ -L "$work/linked.innoscape" ] && grep -q "New programme" "$work/target.innoscape"'

# 3. Two writers at once: both finish, no update is lost.
cp "$model" "$work/shared.innoscape"
printf 'id,name\nA1,First writer\n' > "$work/a.csv"; printf 'id,name\nB1,Second writer\n' > "$work/b.csv"
"$cli" import "$work/a.csv" --into "$work/shared.innoscape" >/dev/null 2>&1 & first=$!
"$cli" import "$work/b.csv" --into "$work/shared.innoscape" >/dev/null 2>&1; second=$?
wait "$first"; first=$?
check "concurrent imports lose nothing" '[ $first -eq 0 ] && [ $second -eq 0 ] && grep -q "First writer" "$work/shared.innoscape" && grep -q "Second writer" "$work/shared.innoscape"'

# 4. A model file never causes a network request (a local server records connections).
python3 - "$work" <<'PY' &
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(5); s.settimeout(60)
open(sys.argv[1] + "/port", "w").write(str(s.getsockname()[1]))
try:
    conn, _ = s.accept(); open(sys.argv[1] + "/contacted", "w").write("yes")
except OSError:
    pass
PY
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port="$(cat "$work/port")"
printf '<?xml version="1.0"?>\n<x:System xmlns:x="http://127.0.0.1:%s/meta.ecore" name="n"/>\n' "$port" > "$work/ns.innoscape"
check "a foreign namespace is refused without a request" 'run 2 validate "$work/ns.innoscape" && [ ! -e "$work/contacted" ]'
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null

# 7. Control characters are refused at the dry run, with row and column.
printf 'id,name\nE1,Bad\033name\n' > "$work/esc.csv"
check "control characters fail the dry run" 'run 2 import "$work/esc.csv" --into "$model" --dry-run && grep -q "U+001B" "$work/out"'

# 6. Markdown reports carry no raw HTML.
python3 - "$model" "$work/hostile.innoscape" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace('name="Cancer Drugs Fund"', 'name="&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))"', 1)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
check "Markdown escapes names" 'run 0 analyze "$work/hostile.innoscape" --format markdown --fail-on never && ! grep -q "<script>" "$work/out" && ! grep -q "](javascript:" "$work/out"'

# 1. Out of memory is a message and exit 4, never 0 (a 20,000-initiative model from the held-out generator, 48 MB of heap).
python3 "$root/tests/heldout/generate_registers.py" --rows 20000 --seed 8 --no-synonyms --out "$work/big" >/dev/null 2>&1
"$cli" import "$work/big/actors.csv" "$work/big/initiatives.csv" --into "$work/big.innoscape" >/dev/null 2>&1
check "out of memory exits 4 with a message" 'INNOSCAPE_VM_ARGS="-Xms16m -Xmx48m" run 4 validate "$work/big.innoscape" && grep -q "out of memory" "$work/err"'

# 9. Parameters that cannot be used are usage errors.
check "--param NaN is refused" 'run 2 analyze "$model" --format json --param alignment.funding-recipients.max-innovator-only-share=NaN'
check "--param of no analysis is refused" 'run 2 analyze "$model" --param nosuch.rule.x=1'

# 9. Library stack traces never come before the message: a cell longer than a spreadsheet cell may be,
#    and a workbook whose [Content_Types].xml carries a DOCTYPE.
python3 - "$model" "$work/long.innoscape" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace('name="Cancer Drugs Fund"', 'name="Cancer Drugs Fund" description="' + "x" * 40000 + '"', 1)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
check "a 40,000-character cell to XLSX is a message, no stack trace" '"$cli" export "$work/long.innoscape" --format xlsx --output "$work/long.xlsx" >"$work/out" 2>"$work/err"; code=$?; [ $code -ne 0 ] && [ $code -ne 3 ] && ! grep -q "^\s*at " "$work/err" && [ -s "$work/err" ] || { echo "     exit $code: $(head -c 400 "$work/err")"; false; }'
python3 - "$work/doctype.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&e;</Types>')
    z.writestr("xl/workbook.xml", "<workbook/>")
PY
check "a DOCTYPE in a workbook is a message, no stack trace" 'run 2 import "$work/doctype.xlsx" --into "$model" --dry-run && ! grep -q "^\s*at " "$work/err" && [ "$(sum "$model")" = "$before" ]'

# 7. Model files: a reference into another file, and a file from a newer Innoscape with names unknown here.
python3 - "$model" "$work/elsewhere.innoscape" "$work/newer.innoscape" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
first = re.search(r'<relationships [^>]*target="([^"]+)"', text)
open(sys.argv[2], "w", encoding="utf-8").write(text.replace('target="' + first.group(1) + '"', 'target="other.innoscape#' + first.group(1) + '"', 1))
open(sys.argv[3], "w", encoding="utf-8").write(text.replace('jurisdiction="England"', 'jurisdiction="England" modelVersion="9" futureFeature="x"', 1))
PY
check "a reference into another file is refused" 'run 2 validate "$work/elsewhere.innoscape" && grep -q "outside this file" "$work/err"'
check "a newer model is named as such" 'run 2 validate "$work/newer.innoscape" && grep -q "newer Innoscape (model version 9)" "$work/err"'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
