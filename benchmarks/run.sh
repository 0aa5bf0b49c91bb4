#!/usr/bin/env bash
# Regenerates BENCHMARKS.md from a clean clone: builds the command line and the benchmarks jar
# (no tests), generates the inputs from a fixed seed, runs the JMH side-by-side benchmark, the
# 1,800-plan batch, the 10^5-plan stream in a 64 MB heap and the cold command line, then writes
# the report. Budget: ten minutes on an otherwise idle 2-core machine, its build included; the
# report judges it. JMH: 1 fork per benchmark, each warmed up until stable for at most 10 s (a
# shorter bound was tried and measured the JIT instead of the code: see the analysis), then
# 1 x 200 ms warm-up and 3 x 500 ms measured; 1 s each for the 10,000-intervention plans, whose
# operations take up to a third of a second. Raw results stay in benchmarks/target/results.
#
# For a quick check of the pipeline only (figures not worth publishing), smaller settings can be
# given: JMH_OPTS="-wi 0 -i 2 -r 100ms" BATCH_PASSES=2 STREAM_PLANS=2000 CLI_RUNS=2.
set -euo pipefail
cd "$(dirname "$0")/.."

START=$(date +%s)
# Before the build: the report uses it to say whether other work was running.
LOAD_START=$(cat /proc/loadavg 2>/dev/null || echo unknown)
INPUTS=benchmarks/target/inputs
RESULTS=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar
CLI=cli/target/pianozona.jar
REAL_PLAN=examples/plans/puglia-casarano-2022-2024.yaml

step() { echo "== $(date +%T) $*"; }

# The share of the machine's CPU that other work takes, over one second, from /proc/stat (this
# script runs nothing meanwhile); "unknown" without /proc.
busy() {
  [ -r /proc/stat ] || { echo unknown; return; }
  local a b
  a=$(awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
  sleep 1
  b=$(awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
  echo "$a $b" | awk '{d=$4-$2; if (d<=0) print 0; else printf "%.0f\n", 100*($3-$1)/d}'
}
# Before each group: waits (at most SETTLE_MAX seconds, 60 by default) until other work takes
# at most 15% of the CPU, then records the group's conditions for the report. A group that
# starts with more than 25% taken is marked not comparable: with two cores the JIT threads
# starve and the warm-up never ends.
settle() { # group name
  local waited=0 b
  b=$(busy)
  while [ "$b" != unknown ] && [ "$b" -gt 15 ] && [ "$waited" -lt "${SETTLE_MAX:-60}" ]; do
    sleep 3
    waited=$((waited + 4))
    b=$(busy)
  done
  local verdict=comparable
  if [ "$b" = unknown ] || [ "$b" -gt 25 ]; then verdict="not comparable"; fi
  printf '%s\t%s\t%s\t%s\n' "$1" "$b" "$waited" "$verdict" >> "$RESULTS/conditions.tsv"
  echo "   other work: ${b}% of the CPU after ${waited} s of waiting: $verdict"
}

# The build makes the jars: no test is run, no Javadoc or sources jar is made, and Error Prone
# checks nothing. Those gates are CI's (.ci/run runs mvn verify); they change no class file that
# is measured here, and with them the build took two of the ten minutes. Tests are still compiled:
# core's test jar, which other modules' tests depend on, must be built in a clean clone.
step "build (mvn package: no tests run, no Javadoc, no Error Prone checks)"
mvn -B -ntp -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Dpianozona.errorprone.flags=-XepDisableAllChecks

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
echo "$LOAD_START" > "$RESULTS/load-start.txt"

step "inputs"
java -cp "$JAR" it.pianozona.benchmarks.GenerateInputs "$INPUTS"

# JMH: one fork per benchmark. Each first warms up until its score is stable, not for a fixed
# time (ReadValidateScoreBenchmark.stabilise: pianozona runs 33 rules and 6 criteria and the JIT
# needs seconds to settle, longer on a busy machine; at most 10 s), then one short JMH warm-up
# iteration (200 ms: the operation is already warm; JMH's own loop is not) and three measured of
# 500 ms each, which holds hundreds to thousands of operations of every input up to 1,000
# interventions; 1 s for the 10,000-intervention plans, whose operations take up to a third of a
# second. Every contender of a group gets the same fixed heap: with the
# default, growing heap the 10,000-intervention iterations (two or three operations a second)
# measured the collector resizing the heap more than the code. 2 GB for those plans; 1 GB for
# the rest, whose live data is a few megabytes, since touching 2 GB at start takes up to a second
# of each of fifty forks on this kind of machine, against a quarter of a second for 1 GB.
JMH_SETTINGS=${JMH_OPTS:--wi 1 -w 200ms -i 3 -r 500ms}
JMH_LARGE=${JMH_OPTS:--wi 1 -w 1s -i 3 -r 1s}
# -XX:+AlwaysPreTouch: the heap's pages are touched once at start. Without it, on this kind of
# virtual machine, the first write to each page of a growing young generation is a page fault
# charged to the benchmark thread: a 10,000-intervention iteration ran five times slower for
# seconds, with no collection and no compilation, until every page had been touched once.
JMH_HEAP="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"
JMH_HEAP_LARGE="-Xms2g -Xmx2g -XX:+AlwaysPreTouch"
jmh() { # results file, then JMH arguments
  local out=$1
  shift
  java -jar "$JAR" "$@" -f 1 $JMH_SETTINGS -jvmArgsAppend "$JMH_HEAP" -foe true -rf json \
    -rff "$RESULTS/$out" | grep -E '^(# Run progress|ReadValidate|Benchmark )'
}
step "JMH: Jackson tree vs pianozona vs networknt, 10 to 1,000 interventions"
settle "jmh.json"
jmh jmh.json 'ReadValidateScoreBenchmark\.(jacksonTree|pianozona|schemaValidator)$' \
  -p input=10,100,1000 -p format=json,yaml
step "JMH: the same at 10,000 interventions, 1 s iterations"
settle "jmh-large.json"
JMH_SETTINGS=$JMH_LARGE JMH_HEAP=$JMH_HEAP_LARGE \
  jmh jmh-large.json 'ReadValidateScoreBenchmark\.(jacksonTree|pianozona|schemaValidator)$' \
  -p input=10000 -p format=json,yaml

# Every bundled real plan, in its own format (others may add plans to the folder).
shopt -s nullglob
PLANS=(examples/plans/*.yaml examples/plans/*.yml)
if [ ${#PLANS[@]} -gt 0 ]; then
  REAL=$(IFS=,; echo "${PLANS[*]}")
  step "JMH: the bundled real plans: ${REAL}"
  settle "jmh-real.json"
  jmh jmh-real.json 'ReadValidateScoreBenchmark\.(jacksonTree|pianozona|schemaValidator)$' \
    -p input="$REAL" -p format=yaml
fi

step "JMH: pianozona's reading alone, to split its cost"
settle "jmh-read.json"
jmh jmh-read.json 'ReadValidateScoreBenchmark\.pianozonaRead$' -p input=1000 -p format=json,yaml

if [ ${#PLANS[@]} -gt 0 ]; then
  step "JMH: reading workbooks against YAML, the real plans and 100 interventions"
  settle "jmh-workbook.json"
  jmh jmh-workbook.json 'ReadValidateScoreBenchmark\.pianozonaRead$' \
    -p input="$REAL,100" -p format=yaml,xlsx
fi

step "batch: 1,800 plans from disk on all cores"
settle "batch"
java -cp "$JAR" it.pianozona.benchmarks.BatchRun "$INPUTS/batch/yaml" yaml "${BATCH_PASSES:-3}" "$RESULTS/batch-yaml.json"
# The same files parsed by Jackson's YAML tree alone, in its own fresh JVM: the batch's limit.
settle "batch (Jackson only)"
java -cp "$JAR" it.pianozona.benchmarks.BatchRun "$INPUTS/batch/yaml" yaml "${BATCH_PASSES:-3}" \
  "$RESULTS/batch-jackson.json" jackson

step "stream: 10^5 plans in a 64 MB heap"
java -Xmx64m -cp "$JAR" it.pianozona.benchmarks.StreamRun "${STREAM_PLANS:-100000}" json "$RESULTS/stream.json" \
  || echo "stream run failed: reported as a miss"

step "command line: cold validate"
settle "cold validate (java -jar)"
java -cp "$JAR" it.pianozona.benchmarks.ColdStart "$CLI" "$REAL_PLAN" "${CLI_RUNS:-10}" "$RESULTS/cli.json"
step "command line: cold validate through the launcher (class-data archive, short-command flags)"
settle "cold validate (launcher)"
java -cp "$JAR" it.pianozona.benchmarks.ColdStart cli/target/pianozona "$REAL_PLAN" "${CLI_RUNS:-10}" \
  "$RESULTS/cli-launcher.json"

step "hostile inputs: about 1 MiB each, refused or checked"
java -Xms2g -Xmx2g -cp "$JAR" it.pianozona.benchmarks.HostileRun "$REAL_PLAN" "${HOSTILE_RUNS:-5}" \
  "$RESULTS/hostile.json"

step "web service: 2,000 requests from 16 clients on loopback"
settle "web service"
(
  source server/src/test/service.sh
  expected_reports "$RESULTS/service-expected" json sarif
  start_service "$RESULTS/service.log" -Xmx256m
  java -cp "$JAR" it.pianozona.benchmarks.ServerLoad "$SERVICE_URL" examples/plans \
    "$RESULTS/service-expected" "${LOAD_REQUESTS:-2000}" "${LOAD_CLIENTS:-16}" \
    "$RESULTS/server-load.json" "$SERVICE_PID" || echo "service load failed: reported as such"
  stop_service "$RESULTS/service.log"
) || echo "web service step failed"

cat /proc/loadavg > "$RESULTS/load-end.txt" 2>/dev/null || true
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null | grep -v ' BENCHMARKS.md$' || true)" ]; then
  COMMIT="$COMMIT (with uncommitted changes)"
fi
step "report"
java -cp "$JAR" it.pianozona.benchmarks.Report "$RESULTS" "$INPUTS" benchmarks/analysis.md \
  BENCHMARKS.md "$START" "$COMMIT"
ELAPSED=$(( $(date +%s) - START ))
# Kept so that the report can be written again from these results (after editing the analysis):
# java -cp $JAR it.pianozona.benchmarks.Report $RESULTS $INPUTS benchmarks/analysis.md BENCHMARKS.md 0 COMMIT
echo "$ELAPSED" > "$RESULTS/elapsed-seconds.txt"
echo "BENCHMARKS.md regenerated in $ELAPSED s"
