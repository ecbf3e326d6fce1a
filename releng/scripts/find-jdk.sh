# Sourced by ./mvnw and ./innoscape. Prints the home of a JDK 21 or newer:
# $JAVA_HOME when it is new enough, else the newest one in the system's JVM folders.
innoscape_java_major() {
  local version=""
  # A JDK's "release" file names its version: reading it costs nothing, starting a JVM costs a tenth of a
  # second per candidate on every ./innoscape (start-up time). Without the file, ask the JVM.
  if [ -f "$1/release" ]; then
    version="$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$1/release" | head -n 1)"
  fi
  if [ -z "$version" ]; then
    version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  fi
  version="${version#1.}" # "1.8.0_402" is Java 8
  echo "${version%%[.+_-]*}"
}

innoscape_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major="$(innoscape_java_major "$JAVA_HOME")"
    if [ "${major:-0}" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major="$(innoscape_java_major "$candidate")"
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then echo "$best"; return 0; fi
  echo "Innoscape needs a JDK 21 or newer. Set JAVA_HOME to one, or install one" >&2
  echo "(Debian/Ubuntu: apt-get install openjdk-21-jdk, or any Temurin 21+)." >&2
  return 1
}
