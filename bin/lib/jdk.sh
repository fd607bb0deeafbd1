# Sourced by the launchers: finds a JDK >= 21 and exports JAVA_HOME and JAVA.
# Order: $JAVA_HOME if it is new enough, then JDKs under /usr/lib/jvm and /opt, newest first.

graphwright_java_major() {
  # Prints the major version of the java binary $1, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

graphwright_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ /opt/*jdk*/ /opt/java/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(graphwright_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(graphwright_find_jdk); then
  cat >&2 <<'MSG'
error: no JDK 21 or newer was found (Neo4j 2026 needs Java 21+).
Install one, for example:
  sudo apt-get install openjdk-21-jdk      (Debian/Ubuntu)
or download Temurin 21/25 from https://adoptium.net and set JAVA_HOME to it.
MSG
  exit 2
fi
export JAVA_HOME
export JAVA="$JAVA_HOME/bin/java"
