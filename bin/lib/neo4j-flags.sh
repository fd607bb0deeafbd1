# Sourced by the launchers after bin/lib/jdk.sh: the JVM flags every process that runs Neo4j
# needs, in one place (the Maven build passes the same list to its test JVMs in pom.xml).
# Neo4j needs these on JDK 24+; without java.nio its page cache is ~30 % slower.
NEO4J_FLAGS=(
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
)
if [ "$(graphwright_java_major "$JAVA")" -ge 24 ]; then
  NEO4J_FLAGS+=(--sun-misc-unsafe-memory-access=allow)
fi
