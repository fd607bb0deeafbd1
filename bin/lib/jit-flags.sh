# Sourced by bin/host-app and bench/scale: how the host's JVM compiles.
# A run is short next to the JIT's warm-up: on 2 cores, C2 compiled for about 14 s of CPU during
# a 25 s demo run, much of it code the run leaves soon after (Cypher's parser and planner, each
# statement's first executions). Raising the C2 thresholds (JDK defaults 5000, 600, 15000, 40000)
# keeps C2 for code that stays hot. Measured back to back on a 2-core machine: the demo's run 8 %
# faster (mean of 5 pairs, 24.0 s against 26.1 s), a 100k-detection run unchanged (55.1 s
# against 54.0 s, 2 pairs). Options in HOST_APP_JAVA_OPTS come later and win.
JIT_FLAGS=(
  -XX:Tier4InvocationThreshold=20000
  -XX:Tier4MinInvocationThreshold=5000
  -XX:Tier4CompileThreshold=25000
  -XX:Tier4BackEdgeThreshold=160000
)
