# Sourced by the launchers: builds the project when what a launcher needs is missing.
# Needs bin/lib/jdk.sh to have set JAVA_HOME.

graphwright_build() {
  local root="$1"
  if ! command -v mvn >/dev/null 2>&1; then
    echo "error: Maven (mvn) is needed to build graphwright: sudo apt-get install maven" >&2
    exit 2
  fi
  echo "Building graphwright (first use; takes a few minutes, later runs start at once)..." >&2
  # Maven's console library still prints colour resets in quiet batch mode: strip them.
  (set -o pipefail; cd "$root" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -q -B -Dstyle.color=never -DskipTests install 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2) || {
    echo "error: the build failed; run 'mvn -DskipTests install' in $root to see why" >&2
    exit 2
  }
}
