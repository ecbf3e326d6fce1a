#!/usr/bin/env bash
# Measures how long ./innoscape takes until its workbench window is visible (issue: the workbench,
# target 5 s). Runs the desktop application ROUNDS times (default 5) on $DISPLAY, or on a private
# Xvfb when DISPLAY is unset, each with a fresh workspace, and prints every time, the median and the
# worst. Needs xdotool (Debian package) and a built product (./mvnw -B verify -DskipTests).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-5}"
command -v xdotool >/dev/null || { echo "startup-benchmark: needs xdotool (apt-get install xdotool)" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:93
  Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi
times=()
for ((i = 1; i <= rounds; i++)); do
  workspace="$(mktemp -d)"
  start=$(date +%s%N)
  INNOSCAPE_WORKSPACE="$workspace" "$root/innoscape" >/dev/null 2>&1 &
  app=$!
  # The window is "visible" when the X server has mapped a window titled Innoscape. Polled every 50 ms
  # (xdotool's own --sync polls every half second, too coarse for a 5 s target).
  deadline=$(( $(date +%s) + 120 ))
  until xdotool search --onlyvisible --name '^Innoscape' >/dev/null 2>&1; do
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "round $i: no window within 120 s" >&2
      pkill -P "$app" 2>/dev/null || true; kill "$app" 2>/dev/null || true
      exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "round $i: window visible after $ms ms"
  pkill -f "org.eclipse.equinox.launcher.*-data $workspace" 2>/dev/null || kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$workspace"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "startup to visible window, $rounds rounds: median ${sorted[$((rounds / 2))]} ms, worst ${sorted[$((rounds - 1))]} ms"
