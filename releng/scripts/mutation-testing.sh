#!/usr/bin/env bash
# Mutation testing of the headless bundles with PIT, on demand (never in CI: minutes per bundle on two
# cores). For each AREA (default: the headless bundles) PIT mutates bundles/org.innoscape.AREA and runs
# the tests of tests/org.innoscape.AREA.tests against each mutant, on a plain class path (the
# benchmarks module's): tests that need the OSGi runtime are tagged "osgi" and left out (they run in
# every build's OSGi test run). Prints a line per bundle (mutants, killed, score) and writes PIT's
# HTML/XML/CSV reports to target/mutation/AREA/. Scores are recorded in docs/testing.md.
#   releng/scripts/mutation-testing.sh                       # all headless bundles
#   releng/scripts/mutation-testing.sh analysis.alignment io  # some
# Needs a built tree: ./mvnw -B verify (or -DskipTests) first; MUTATION_THREADS (default 2);
# MUTATION_CLASSES narrows the run to some classes (PIT globs, comma-separated; the same for every AREA given: give one), e.g.
#   MUTATION_CLASSES='org.innoscape.io.RegisterImporter*' releng/scripts/mutation-testing.sh io
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# shellcheck source=find-jdk.sh
source releng/scripts/find-jdk.sh
java="$(innoscape_find_jdk)/bin/java"
areas=("$@")
if [ ${#areas[@]} -eq 0 ]; then
  areas=(model model.edit analysis analysis.alignment analysis.network analysis.duplication analysis.duplication.core io compare diagram diagram.analysis publish)
fi
# Tests tagged "osgi" need the running platform (the extension registry, bundle resources), which a
# plain class path lacks; they run in every OSGi build.
out="$root/target/mutation"
mkdir -p "$out"

echo "mutation-testing: resolving PIT and the class path (Maven, offline first)..." >&2
./mvnw -B -q -o -f releng/mutation/pom.xml dependency:build-classpath -Dmdep.outputFile="$out/pit.cp" >/dev/null 2>&1 \
  || ./mvnw -B -q -f releng/mutation/pom.xml dependency:build-classpath -Dmdep.outputFile="$out/pit.cp"
./mvnw -B -q -o -DskipTests -pl tests/org.innoscape.benchmarks -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt >/dev/null
code_cp="$(cat tests/org.innoscape.benchmarks/target/classpath.txt)"

summary=()
failed=0
for area in "${areas[@]}"; do
  bundle="bundles/org.innoscape.$area"
  tests="tests/org.innoscape.$area.tests"
  if [ ! -d "$bundle/target/classes" ] || [ ! -d "$tests/target/classes" ]; then
    echo "mutation-testing: $bundle or $tests is not built (run ./mvnw -B verify first)" >&2
    exit 2
  fi
  # The bundle's own classes come first and its jar is left out, so the mutated classes are the ones loaded;
  # the bundle's folder follows them for the files its jar carries beside the classes (a site's assets/).
  cp="$root/$bundle/target/classes:$root/$bundle:$root/$tests/target/classes"
  for entry in ${code_cp//:/ }; do
    case "$entry" in */$bundle/target/*.jar) ;; *) cp="$cp:$entry" ;; esac
  done
  # The tests are every class of the test bundle, whatever its packages.
  test_packages="$(cd "$tests/target/classes" && find . -name '*.class' -printf '%h\n' | sort -u | sed 's|^\./||; s|/|.|g; s|$|.*|' | paste -sd, -)"
  sources="$root/$bundle/src"
  # Generated code (src-gen) is EMF's, checked against the .ecore by regeneration: only hand-written code is mutated.
  generated="none.Generated"
  if [ -d "$bundle/src-gen" ]; then
    sources="$sources,$root/$bundle/src-gen"
    generated="$(cd "$bundle/src-gen" && find . -name '*.java' | sed 's|^\./||; s|\.java$|*|; s|/|.|g' | paste -sd, -)"
  fi
  echo "mutation-testing: $area..." >&2
  # From the test bundle's folder, as under Tycho, so that tests find their fixtures by relative path.
  (cd "$tests" && "$java" -cp "$(cat "$out/pit.cp")" org.pitest.mutationtest.commandline.MutationCoverageReport \
    --reportDir "$out/$area" --timestampedReports=false --outputFormats HTML,XML,CSV \
    --classPath "${cp//:/,}" --mutableCodePaths "$root/$bundle/target/classes" --sourceDirs "$sources" \
    --targetClasses "${MUTATION_CLASSES:-org.innoscape.$area.*}" --targetTests "$test_packages" \
    --excludedGroups osgi --excludedClasses "$generated" --threads "${MUTATION_THREADS:-2}" --timeoutConst 10000 \
    --jvmArgs "-Djava.awt.headless=true") > "$out/$area.log" 2>&1 || {
      summary+=("org.innoscape.$area: PIT failed, see $out/$area.log")
      grep -E 'did not pass without mutation|PitHelpError' "$out/$area.log" | head -5 >&2
      failed=1
      continue
    }
  line="$(grep -E '^>> Generated [0-9]+ mutations Killed [0-9]+' "$out/$area.log" | tail -1)"
  summary+=("org.innoscape.$area: ${line#>> }")
done
printf '%s\n' "${summary[@]}"
exit "$failed"
