#!/usr/bin/env bash
# Runs the adversarial inputs (made by make_inputs.py) through Innoscape's command line and records, for
# every step, the exit code, the first lines of standard output and error, how many bytes each carried,
# the elapsed time and the peak memory (/usr/bin/time -v), beside the behaviour a correct program shows.
#
#   python3 make_inputs.py                     # once (add --skip-big to leave out c07's 36 MB workbook)
#   ./run_attacks.sh /work/main/innoscape      # every case; results.tsv beside this script
#   ./run_attacks.sh /work/main/innoscape c13  # only the cases whose name starts with c13 (a regex: 'c0[1-4]')
#   ./run_attacks.sh --list                    # the cases and what they attack
#
# Environment: TIMEOUT (seconds per step, default 120); INNOSCAPE_VM_ARGS (default -Xmx3g, so that the
# out-of-memory cases stop at 3 GB instead of taking half of the machine; set it to '' for the product default).
# Each run works in runs/<timestamp>/ beside this script (copies of the inputs, the outputs, symbolic links
# made for the link cases); nothing outside this folder is written, except what the CLI itself writes
# under ~/.innoscape/logs (its diagnostic files for internal errors) and the system's temporary folder.
# The launcher must be built already: ./innoscape rebuilds the product when its sources changed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
inputs="$here/inputs"
TIMEOUT="${TIMEOUT:-120}"
export INNOSCAPE_VM_ARGS="${INNOSCAPE_VM_ARGS--Xmx3g}"
CAPTURE_LIMIT=4000000   # bytes of each stream kept on disk; all of it is counted

list_cases() {
  grep -E '^c[0-9]+_[a-z_]+\(\) *\{ *# ' "${BASH_SOURCE[0]}" | sed -E 's/^(c[0-9]+_[a-z_]+)\(\) *\{ *# */\1  /'
}

if [ "${1:-}" = "--list" ]; then list_cases; exit 0; fi
if [ $# -lt 1 ]; then
  echo "usage: $0 /path/to/innoscape [CASE-REGEX]   (or --list)" >&2
  exit 2
fi
launcher="$1"
filter="${2:-}"
[ -x "$launcher" ] || { echo "not an executable launcher: $launcher" >&2; exit 2; }
launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"
[ -d "$inputs" ] || { echo "no inputs: run python3 $here/make_inputs.py first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time (GNU time) is needed" >&2; exit 2; }

run="$here/runs/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run"
results="$run/results.tsv"
printf 'case\tstep\tkind\texpected_exit\texit\telapsed_s\tmax_rss_mb\tstdout_bytes\tstderr_bytes\tverdict\tstderr_head\tstdout_head\tcommand\texpected_behaviour\n' > "$results"

# Keeps the first CAPTURE_LIMIT bytes of standard input in a file and prints how many bytes there were in all,
# so that a command printing gigabytes is measured without filling the disk.
cat > "$run/capture.py" <<'PY'
import sys
path, limit = sys.argv[1], int(sys.argv[2])
total = 0
source = sys.stdin.buffer
with open(path, "wb") as out:
    while True:
        block = source.read1(1 << 20)
        if not block:
            break
        if total < limit:
            out.write(block[:limit - total])
        total += len(block)
print(total)
PY

# The checks of what a command left behind, and the field cleaner of the results table.
cat > "$run/checks.py" <<'PY'
import collections, json, re, sys

SUSPICIOUS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")


def text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def field():
    raw = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    shown = "".join(" " if c in "\t\r\n" else ("\\u%04x" % ord(c) if (ord(c) < 32 or 127 <= ord(c) < 160 or c in SUSPICIOUS) else c)
                    for c in raw)
    print(shown[:300])


def unique_ids(path):
    counts = collections.Counter(re.findall(r'<[A-Za-z:]+ id="([^"]+)"', text(path)))
    twice = [key for key, n in counts.items() if n > 1]
    print("ids given more than once:", twice[:5])
    return not twice


def json_edges(path):
    found = {"edges": 0, "lost": 0}

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "DiagramEdge":
                found["edges"] += 1
                found["lost"] += node.get("source") is None or node.get("target") is None
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    with open(path, encoding="utf-8") as f:
        walk(json.load(f))
    print("%(lost)d of %(edges)d diagram edges have no source or target" % found)
    return found["edges"] > 0 and found["lost"] == 0


def no_bidi(path):
    seen = sorted({"U+%04X" % ord(c) for c in text(path) if c in SUSPICIOUS})
    print("raw bidi/invisible characters:", seen)
    return not seen


def markdown_safe(path):
    body = text(path)
    links = re.findall(r"(?<![\\\w/])(?:www\.|https?://)[^\s|)]*evil[^\s|)]*", body)
    bidi = sorted({"U+%04X" % ord(c) for c in body if c in SUSPICIOUS})
    print("bare URLs GitHub autolinks:", links[:3], "raw bidi:", bidi)
    return not links and not bidi


URI = re.compile(r"^(?:[A-Za-z0-9\-._~:/?\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?$")


def sarif_uri(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    uris = [a["location"]["uri"] for run in report["runs"] for a in run.get("artifacts", [])]
    uris += [loc["physicalLocation"]["artifactLocation"]["uri"] for run in report["runs"] for result in run.get("results", [])
             for loc in result.get("locations", []) if "physicalLocation" in loc]
    bad = sorted({u for u in uris if not URI.match(u)})
    print("not URI references:", bad[:3])
    return not bad


def no_nan(path):
    hits = len(re.findall(r"\bNaN\b|\bInfinity\b", text(path)))
    print("NaN/Infinity occurrences:", hits)
    return hits == 0


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "field":
        field()
        sys.exit(0)
    try:
        sys.exit(0 if globals()[command.replace("-", "_")](*args) else 1)
    except (OSError, ValueError, KeyError, TypeError) as problem:  # no file, or not the JSON expected
        print("cannot check: %s: %s" % (type(problem).__name__, problem))
        sys.exit(1)
PY

tsv_field() { # one line, no tabs, at most 300 characters, control and bidi characters shown as \uXXXX
  head -c 4000 | python3 "$run/checks.py" field
}

LAST_CODE=0
LAST_OUT=""
LAST_ERR=""

# step CASE STEP EXPECTED-EXIT-REGEX "EXPECTED BEHAVIOUR" [--stdin FILE] [--cwd DIR] -- ARGUMENTS...
step() {
  local case=$1 name=$2 want=$3 expect=$4
  shift 4
  local stdin=/dev/null cwd="$run"
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
      --stdin) stdin=$2; shift 2 ;;
      --cwd) cwd=$2; shift 2 ;;
      *) echo "step: unknown option $1" >&2; return 2 ;;
    esac
  done
  shift
  local d="$run/$case/steps/$name"
  mkdir -p "$d"
  rm -f "$d/o" "$d/e"
  mkfifo "$d/o" "$d/e"
  python3 "$run/capture.py" "$d/stdout.txt" "$CAPTURE_LIMIT" < "$d/o" > "$d/stdout.bytes" &
  local reader1=$!
  python3 "$run/capture.py" "$d/stderr.txt" "$CAPTURE_LIMIT" < "$d/e" > "$d/stderr.bytes" &
  local reader2=$!
  local shown="innoscape"
  local a
  for a in "$@"; do shown+=" $(printf '%q' "$a")"; done
  echo
  echo "== $case / $name"
  echo "   command : (cd $(printf '%q' "$cwd")) $shown"
  echo "   expected: exit $want; $expect"
  ( cd "$cwd" && exec /usr/bin/time -v -o "$d/time.txt" timeout --kill-after=15 "$TIMEOUT" "$launcher" "$@" ) \
      < "$stdin" > "$d/o" 2> "$d/e"
  local code=$?
  wait "$reader1" "$reader2"
  rm -f "$d/o" "$d/e"
  local elapsed rss out_bytes err_bytes
  elapsed="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$d/time.txt" 2>/dev/null)"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$d/time.txt" 2>/dev/null)"
  out_bytes="$(cat "$d/stdout.bytes")"
  err_bytes="$(cat "$d/stderr.bytes")"
  local flags=""
  if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then flags+=" TIMEOUT(${TIMEOUT}s)"; fi
  grep -qi 'internal error' "$d/stderr.txt" && flags+=" INTERNAL-ERROR"
  grep -qi 'out of memory\|OutOfMemoryError' "$d/stderr.txt" "$d/stdout.txt" && flags+=" OUT-OF-MEMORY"
  grep -qi 'out of stack\|StackOverflowError' "$d/stderr.txt" "$d/stdout.txt" && flags+=" OUT-OF-STACK"
  grep -qE '^[[:space:]]+at [a-zA-Z_$][a-zA-Z0-9_$.]*\(' "$d/stderr.txt" "$d/stdout.txt" && flags+=" STACK-TRACE"
  [ "${out_bytes:-0}" -gt 50000000 ] && flags+=" STDOUT>50MB"
  [ "${err_bytes:-0}" -gt 50000000 ] && flags+=" STDERR>50MB"
  if [ -n "$elapsed" ] && [ "$code" -ne 124 ] && [ "$code" -ne 137 ] && awk "BEGIN { exit !($elapsed > 30) }"; then flags+=" SLOW(>30s)"; fi
  local verdict
  if [[ "$code" =~ ^($want)$ ]] && [ -z "$flags" ]; then verdict="as expected"; else verdict="DIFFERS: exit $code${flags}"; fi
  echo "   observed: exit $code in ${elapsed:-?} s, peak RSS ${rss:-?} MB, stdout $out_bytes bytes, stderr $err_bytes bytes"
  echo "   stderr  : $(tsv_field < "$d/stderr.txt")"
  echo "   stdout  : $(tsv_field < "$d/stdout.txt")"
  echo "   verdict : $verdict"
  printf '%s\t%s\tcommand\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$name" "$want" "$code" "${elapsed:-}" "${rss:-}" \
      "$out_bytes" "$err_bytes" "$verdict" "$(tsv_field < "$d/stderr.txt")" "$(tsv_field < "$d/stdout.txt")" \
      "$(printf '%s' "$shown" | tsv_field)" "$(printf '%s' "$expect" | tsv_field)" >> "$results"
  LAST_CODE=$code
  LAST_OUT="$d/stdout.txt"
  LAST_ERR="$d/stderr.txt"
  return 0
}

# check CASE NAME "WHAT A CORRECT PROGRAM LEAVES" COMMAND... : the command (run with eval) succeeds when that holds
check() {
  local case=$1 name=$2 expect=$3
  shift 3
  local verdict
  if eval "$@" > "$run/$case/check.log" 2>&1; then verdict="as expected"; else verdict="VIOLATED"; fi
  local detail
  detail="$(tsv_field < "$run/$case/check.log")"
  echo "   check   : $expect -> $verdict${detail:+ ($detail)}"
  printf '%s\t%s\tcheck\t\t\t\t\t\t\t%s\t%s\t\t%s\t%s\n' "$case" "$name" "$verdict" "$detail" "$(printf '%s' "$*" | tsv_field)" \
      "$(printf '%s' "$expect" | tsv_field)" >> "$results"
}

# The case's own copy of its inputs: $w
prepare() {
  local case=$1
  w="$run/$case/work"
  mkdir -p "$w"
  if [ -d "$inputs/$case" ]; then
    cp -a "$inputs/$case/." "$w/"
  else
    echo "   (no inputs for $case: run make_inputs.py)"
    return 1
  fi
}

same_bytes() { cmp -s "$1" "$2"; }

# ------------------------------------------------------------------------------------------------- cases
# Each case: a function named cNN_name, with a one-line comment (shown by --list).

c01_many_owners() { # O(n^2) import: 40,000 initiatives each naming a new owner (resemblance check against every actor)
  prepare c01_many_owners || return
  step c01_many_owners import-dry-run 0 "linear time (a few seconds, as 100,000 rows with 60 owners take); one warning per new owner" \
    -- import "$w/initiatives.csv" --into "$w/new.innoscape" --dry-run
  step c01_many_owners dedupe 0 "the same register read by dedupe's importer in seconds, then compared" \
    -- dedupe "$w/initiatives.csv" -o "$w/dedupe-out"
}

c02_budget_spaces() { # O(n^2) regex backtracking: budget cells '1<99,990 spaces>2' in the range split
  prepare c02_budget_spaces || return
  step c02_budget_spaces import-dry-run 2 "within seconds: 20 problems 'row N, column budget: not a number'" \
    -- import "$w/initiatives.csv" --into "$w/new.innoscape" --dry-run
}

c03_wide_header() { # O(n^2) header normalisation: 200,000 'Start Date' header cells
  prepare c03_wide_header || return
  step c03_wide_header import-dry-run 2 "within seconds: the column start_date appears more than once / id and name are missing" \
    -- import "$w/initiatives.csv" --into "$w/new.innoscape" --dry-run
}

c04_xlsx_ctrl_strip() { # O(n^2) control-character removal: one 99,999 x U+0001 shared string used by 2,000 cells
  prepare c04_xlsx_ctrl_strip || return
  step c04_xlsx_ctrl_strip import-dry-run 2 "within seconds: 2,000 problems 'the cell holds the control character U+0001 at position 1'" \
    -- import "$w/register.xlsx" --into "$w/new.innoscape" --dry-run
  step c04_xlsx_ctrl_strip import-dry-run-x-escapes 2 "the same with Excel's _x0001_ escapes: within seconds, one problem per row" \
    -- import "$w/register-x-escapes.xlsx" --into "$w/new.innoscape" --dry-run
}

c05_xlsx_xfd() { # CPU amplification: one value in column XFD makes each of 100,000 rows cost 16,384 cells
  prepare c05_xlsx_xfd || return
  step c05_xlsx_xfd import-dry-run 0 "as fast as without the far cell (a few seconds); the far value kept as property 'column 16384' with one warning" \
    -- import "$w/register.xlsx" --into "$w/new.innoscape" --dry-run
}

c06_xlsx_sst_count() { # 2 kB workbook whose shared-strings table claims 2^31-1 entries
  prepare c06_xlsx_sst_count || return
  step c06_xlsx_sst_count import-dry-run 2 "'not a readable Excel .xlsx workbook' naming the file; never 'out of memory ... give more heap'" \
    -- import "$w/register.xlsx" --into "$w/new.innoscape" --dry-run
  step c06_xlsx_sst_count import-dry-run-negative 2 "the same file with uniqueCount=-1: a message, exit 2 (for comparison)" \
    -- import "$w/register-negative-count.xlsx" --into "$w/new.innoscape" --dry-run
}

c07_xlsx_near_bomb() { # 36 MB workbook, one cell inflating to 2.16e9 characters at 60:1 (under POI's 100:1 bomb limit)
  prepare c07_xlsx_near_bomb || return
  step c07_xlsx_near_bomb import-dry-run 2 "'row 2, column name: the cell has more than 100,000 characters' (or: refused as a bomb), without buffering gigabytes" \
    -- import "$w/register.xlsx" --into "$w/new.innoscape" --dry-run
}

c08_xlsx_long_header() { # output amplification: a 1,000,000-character header name repeated in every row's problem
  prepare c08_xlsx_long_header || return
  step c08_xlsx_long_header import-dry-run 2 "a few MB of messages at most: the header cell refused as too long, or names shortened in messages" \
    -- import "$w/register.xlsx" --into "$w/new.innoscape" --dry-run
}

c09_xxe() { # regression: billion laughs + external entity in sharedStrings.xml and in a model read from stdin
  prepare c09_xxe || return
  step c09_xxe import-xlsx 2 "'not a readable workbook (a DOCTYPE ...)': no expansion, no file read" \
    -- import "$w/billion-laughs.xlsx" --into "$w/new.innoscape" --dry-run
  check c09_xxe no-leak "no /etc/passwd content and no expanded entities in the output" \
    "! grep -q 'root:' '$LAST_OUT' '$LAST_ERR' && ! grep -q 'hahahahahahahahahaha' '$LAST_OUT' '$LAST_ERR'"
  step c09_xxe validate-stdin 2 "'(standard input):LINE:COL: ... a model file has no DOCTYPE'" --stdin "$w/model-xxe.innoscape" \
    -- validate -
  check c09_xxe no-leak-model "no /etc/passwd content in the output" "! grep -q 'root:' '$LAST_OUT' '$LAST_ERR'"
}

c10_deep_nesting() { # diagram nodes nested 100,000 deep: recursion in validation, copy, save and JSON export
  prepare c10_deep_nesting || return
  cp "$w/deep.innoscape" "$w/deep-into.innoscape"
  step c10_deep_nesting validate "0|1|2" "a load error naming the line and the nesting limit (exit 2), or a normal result; never 'out of stack'" \
    -- validate "$w/deep.innoscape"
  step c10_deep_nesting export-json "0|2" "a load error (exit 2) or a complete JSON file; never 'out of stack'" \
    -- export "$w/deep.innoscape" --format json --output "$w/deep.json"
  step c10_deep_nesting import-into "0|2" "a load error (exit 2) or the register imported; never 'out of stack'" \
    -- import "$w/one.csv" --into "$w/deep-into.innoscape"
  check c10_deep_nesting model-intact "the model imported into is either updated and loadable, or byte-for-byte unchanged" \
    "same_bytes '$w/deep.innoscape' '$w/deep-into.innoscape' || grep -q 'New programme' '$w/deep-into.innoscape'"
}

c11_duplicate_ids() { # two actors (and two initiatives) with one id in a model file
  prepare c11_duplicate_ids || return
  step c11_duplicate_ids validate 2 "refused at load: 'the id dup is used by Actor First actor (line L) and Actor Second actor (line M)'" \
    -- validate "$w/dup.innoscape"
  step c11_duplicate_ids analyze 2 "refused at load as validate does (every command trusts ids)" \
    -- analyze "$w/dup.innoscape" --format json --fail-on never
  step c11_duplicate_ids export-csv 2 "refused at load; never registers that cannot be imported again" \
    -- export "$w/dup.innoscape" --format csv --output "$w/registers"
  if [ -f "$w/registers/actors.csv" ]; then
    step c11_duplicate_ids reimport-export 0 "an export imports again (round trip)" \
      -- import "$w/registers/actors.csv" "$w/registers/initiatives.csv" "$w/registers/relationships.csv" --into "$w/again.innoscape" --dry-run
  fi
}

c12_id_collision() { # register ids equal to an existing actor's UUID and a diagram node's UUID: duplicate ids saved
  prepare c12_id_collision || return
  step c12_id_collision validate-before "0|1" "baseline: the example as shipped" -- validate "$w/example.innoscape"
  local before=$LAST_CODE
  cp "$w/example.innoscape" "$w/example-original.innoscape"
  step c12_id_collision import 2 "refused: 'row 2, column id: the id is that of the actor AHSN Network' / 'of a diagram node'; model unchanged" \
    -- import "$w/initiatives.csv" --into "$w/example.innoscape"
  step c12_id_collision validate-after "$before" "the model still loads and validates exactly as before the import" \
    -- validate "$w/example.innoscape"
  check c12_id_collision unique-ids "no id appears twice in the saved model" \
    "python3 '$run/checks.py' unique-ids '$w/example.innoscape'"
}

c13_budget_exponent() { # budgets 1E+999999999 / 1e309 / 1E-999999999 accepted; sums and formatting then fail
  prepare c13_budget_exponent || return
  step c13_budget_exponent import 2 "refused: 'row 2, column budget: the amount is out of range' (and rows 4, 5)" \
    -- import "$w/initiatives.csv" --into "$w/imported.innoscape"
  if [ -f "$w/imported.innoscape" ]; then
    step c13_budget_exponent analyze-imported "0|1" "a report (or a load error naming the budget); never an internal error or out of memory" \
      -- analyze "$w/imported.innoscape" --format json --fail-on never
  fi
  step c13_budget_exponent analyze-sum "0|1|2" "a report, or a load error naming the budget; never 'internal error (ArithmeticException)'" \
    -- analyze "$w/huge-sum.innoscape" --fail-on never
  step c13_budget_exponent export-csv-sum "0|2" "registers written, or a load error naming the budget; never out of memory" \
    -- export "$w/huge-sum.innoscape" --format csv --output "$w/sum-registers"
  step c13_budget_exponent validate-huge "1|2" "the amount 1E+2147483647 reported as out of range" \
    -- validate "$w/huge-budget.innoscape"
  step c13_budget_exponent analyze-huge "0|1|2" "a report in seconds or a load error; never 'out of memory ... give more heap'" \
    -- analyze "$w/huge-budget.innoscape" --format markdown --fail-on never
}

c14_diamond_chain() { # path counts 2^1100 overflow doubles: betweenness NaN in findings and exports; member_of cycle
  prepare c14_diamond_chain || return
  step c14_diamond_chain import 0 "imported (3,304 actors, 4,400 relationships; the member_of cycle accepted or warned, self-membership warned)" \
    -- import "$w/actors.csv" "$w/relationships.csv" --into "$w/net.innoscape"
  step c14_diamond_chain analyze-brokers 0 "1,100 single brokers, each with a finite betweenness" \
    -- analyze "$w/net.innoscape" --rules network.single-brokers --fail-on never
  check c14_diamond_chain no-nan-report "no NaN or Infinity in the report" "python3 '$run/checks.py' no-nan '$LAST_OUT'"
  step c14_diamond_chain export-graphml 0 "GraphML with finite numbers" -- export "$w/net.innoscape" --format graphml --output "$w/net.graphml"
  check c14_diamond_chain no-nan-graphml "no NaN or Infinity in the GraphML" "python3 '$run/checks.py' no-nan '$w/net.graphml'"
}

c15_big_chain() { # 150,000 actors in a chain: O(V*E) betweenness (analyze) and O(V*refs) name lookups (export csv)
  prepare c15_big_chain || return
  step c15_big_chain analyze-network 0 "seconds, or bounded work with a note (approximate metrics above a size); never unbounded" \
    -- analyze "$w/chain.innoscape" --rules network.single-brokers,network.fragmentation --format json --output "$w/report.json" --fail-on never
  step c15_big_chain export-csv 0 "registers written in seconds (each reference looked up by a hash, not a scan)" \
    -- export "$w/chain.innoscape" --format csv --output "$w/registers"
}

c16_related_amplification() { # 4,000 findings x 4,000 related members: quadratic report size
  prepare c16_related_amplification || return
  step c16_related_amplification analyze-json 0 "a report of a few MB: related elements capped per finding (first N and a count)" \
    -- analyze "$w/groups.innoscape" --rules alignment.structure --format json --output - --fail-on never
  step c16_related_amplification analyze-csv 0 "a table of a few MB" \
    -- analyze "$w/groups.innoscape" --rules alignment.structure --format csv --output - --fail-on never
}

c17_mapping_bypass() { # --map constants skip the cell checks (U+0001, 150,000 characters); U+0001 in --into's name
  prepare c17_mapping_bypass || return
  step c17_mapping_bypass import-dry-run 2 "'evil.map, line 2: ... control character U+0001' (and line 3: longer than 100,000); nothing imported" \
    -- import "$w/register.csv" --map "$w/evil.map" --into "$w/new.innoscape" --dry-run
  step c17_mapping_bypass import 2 "the same message as the dry run; never an internal error" \
    -- import "$w/register.csv" --map "$w/control-only.map" --into "$w/new.innoscape"
  step c17_mapping_bypass import-control-name "0|2" "a model created, or 'the model name holds U+0001'; never an internal error" \
    -- import "$w/register.csv" --into "$w/ctl$(printf '\001')name.innoscape"
}

c18_at_files() { # picocli @FILE expansion: '@grants.csv' replaced by the words of a planted 'grants.csv'
  prepare c18_at_files || return
  step c18_at_files import 0 "the register '@grants.csv' imported (AT1), as named" --cwd "$w" \
    -- import @grants.csv --into target.innoscape
  check c18_at_files imported-the-named-file "the model holds AT1 and not DECOY1" \
    "grep -q 'AT1' '$w/target.innoscape' && ! grep -q 'DECOY1' '$w/target.innoscape'"
  step c18_at_files analyze 0 "the model '@m.innoscape' analysed, the text report on standard output" --cwd "$w" \
    -- analyze @m.innoscape --fail-on never
  check c18_at_files no-hijacked-output "no file written that the user did not name" "[ ! -e '$w/hijacked-report.html' ]"
}

c19_lock_symlink() { # the model's lock file .m.innoscape.lock planted as a symbolic link to another file
  prepare c19_lock_symlink || return
  printf 'precious data\n' > "$w/victim.txt"
  cp "$w/victim.txt" "$w/victim.expected"
  ln -s victim.txt "$w/.m.innoscape.lock"
  step c19_lock_symlink import 0 "imported; the lock taken without following the link (or refused, exit 2)" \
    -- import "$w/one.csv" --into "$w/m.innoscape"
  check c19_lock_symlink victim-untouched "victim.txt, reachable only through the planted link, unchanged" "same_bytes '$w/victim.txt' '$w/victim.expected'"
}

c20_cache_symlink() { # embedding caches beside a model / in a dedupe output folder planted as links to other files
  prepare c20_cache_symlink || return
  printf 'precious data\n' > "$w/victim.txt"; cp "$w/victim.txt" "$w/victim.expected"
  ln -s victim.txt "$w/.a.embeddings"
  step c20_cache_symlink analyze 0 "a report; analyze (which only reads) writes nothing beside the model, least of all through a link" \
    -- analyze "$w/a.innoscape" --rules duplication.initiatives --format json --fail-on never
  check c20_cache_symlink victim-untouched "victim.txt unchanged" "same_bytes '$w/victim.txt' '$w/victim.expected'"
  mkdir -p "$w/out"
  printf 'precious data\n' > "$w/victim2.txt"; cp "$w/victim2.txt" "$w/victim2.expected"
  ln -s ../victim2.txt "$w/out/.register.embeddings"
  ln -s ../victim3-created.txt "$w/out/.dedupe.lock"
  step c20_cache_symlink dedupe 0 "results in out/; nothing written outside out/ through planted links" \
    -- dedupe "$w/grants.csv" -o "$w/out"
  check c20_cache_symlink victim2-untouched "victim2.txt unchanged" "same_bytes '$w/victim2.txt' '$w/victim2.expected'"
  check c20_cache_symlink victim3-not-created "no victim3-created.txt outside the output folder" "[ ! -e '$w/victim3-created.txt' ]"
}

c21_dedupe_staging() { # a register inside OUT/.dedupe-staging-keep/ (older than an hour) is deleted by dedupe's clean-up
  prepare c21_dedupe_staging || return
  mkdir -p "$w/out/.dedupe-staging-keep"
  cp "$w/grants.csv" "$w/out/.dedupe-staging-keep/grants.csv"
  touch -d '3 hours ago' "$w/out/.dedupe-staging-keep/grants.csv" "$w/out/.dedupe-staging-keep"
  step c21_dedupe_staging dedupe "0|2" "the register read (or refused as inside the output folder); never deleted" \
    -- dedupe "$w/out/.dedupe-staging-keep/grants.csv" -o "$w/out"
  check c21_dedupe_staging register-kept "the register given as input still exists" "[ -f '$w/out/.dedupe-staging-keep/grants.csv' ]"
}

c22_json_edges() { # export --format json of the shipped example: diagram edges' source/target
  prepare c22_json_edges || return
  step c22_json_edges export-json 0 "the whole model as JSON, references by id" \
    -- export "$w/example.innoscape" --format json --output "$w/example.json"
  check c22_json_edges edges-kept "every DiagramEdge keeps its source and target (by id)" \
    "python3 '$run/checks.py' json-edges '$w/example.json'"
}

c23_report_safety() { # bidi overrides, zero-width characters, markup and bare URLs in names; ' #%' in the model path
  prepare c23_report_safety || return
  local m="$w/report safety #1 %zz.innoscape"
  step c23_report_safety analyze-text 0 "bidi and zero-width characters shown as escapes (as control characters are)" \
    -- analyze "$m" --rules alignment.structure,alignment.stage-coverage --fail-on never
  check c23_report_safety text-no-bidi "no raw bidi or zero-width characters in the terminal report" \
    "python3 '$run/checks.py' no-bidi '$LAST_OUT'"
  step c23_report_safety analyze-markdown 0 "data never becomes markup: no raw bidi, no autolinked URLs" \
    -- analyze "$m" --rules alignment.structure --format markdown --fail-on never
  check c23_report_safety markdown-no-bidi-no-autolink "no raw bidi and no bare www./https:// that GitHub turns into links" \
    "python3 '$run/checks.py' markdown-safe '$LAST_OUT'"
  step c23_report_safety analyze-html 0 "escaped markup; no raw bidi overrides" \
    -- analyze "$m" --rules alignment.structure --format html --fail-on never
  check c23_report_safety html-no-script "no raw <script or <img in the HTML" "! grep -qiE '<script|<img' '$LAST_OUT'"
  step c23_report_safety analyze-sarif 0 "artifactLocation.uri a valid URI reference (spaces, '#', '%' percent-encoded)" \
    -- analyze "$m" --rules alignment.structure --format sarif --fail-on never
  check c23_report_safety sarif-uri "every SARIF uri is a valid RFC 3986 URI reference" \
    "python3 '$run/checks.py' sarif-uri '$LAST_OUT'"
}

c24_lenient_values() { # three-part budget range, time 99:99, ids differing only by invisible/confusable characters
  prepare c24_lenient_values || return
  step c24_lenient_values import "0|2" "refused or warned: 'budget: three amounts', 'start_date: 99:99 is no time', ids H01/H\u200b01/\u041d01/\uff28\uff10\uff11 and Cafe/Cafe\u0301 look alike" \
    -- import "$w/initiatives.csv" --into "$w/new.innoscape"
  check c24_lenient_values budget-said "the budget cell '100 - 200 - 300' is reported" "grep -q 'column budget' '$LAST_OUT' '$LAST_ERR'"
  check c24_lenient_values time-said "the start date with time 99:99 is reported" "grep -q 'column start_date' '$LAST_OUT' '$LAST_ERR'"
  check c24_lenient_values lookalike-ids-said "ids that differ only by invisible or confusable characters are reported" \
    "grep -qiE 'invisible|zero-width|confusable|look(s)? (a)?like|normali[sz]' '$LAST_OUT' '$LAST_ERR'"
  if [ -f "$w/new.innoscape" ]; then
    step c24_lenient_values export-csv 0 "the registers as imported" -- export "$w/new.innoscape" --format csv --output "$w/registers"
    check c24_lenient_values budget-kept "the third amount (300) is not silently dropped" "grep -q '300' '$w/registers/initiatives.csv'"
  fi
}

# ------------------------------------------------------------------------------------------------- main
echo "Innoscape adversarial run: launcher $launcher, timeout ${TIMEOUT}s per step, INNOSCAPE_VM_ARGS='${INNOSCAPE_VM_ARGS}'"
echo "work folder: $run"
ran=0
for case in $(list_cases | awk '{ print $1 }'); do
  if [ -n "$filter" ] && ! [[ "$case" =~ ^($filter) ]]; then continue; fi
  "$case"
  ran=$((ran + 1))
done
cp "$results" "$here/results.tsv"
echo
echo "$ran case(s) run. Results: $here/results.tsv (and $results); outputs under $run/"
awk -F'\t' 'NR > 1 { total++; if ($10 != "as expected") { differ++; print "  " $1 " / " $2 ": " $10 } } END { printf "%d of %d steps and checks differ from the expected behaviour\n", differ, total }' "$results"
