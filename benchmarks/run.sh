#!/usr/bin/env bash
# Regenerates BENCHMARKS.md from a clean clone: builds the command line and the benchmarks jar
# (no tests), generates the inputs from a fixed seed, runs the JMH side-by-side benchmark, the
# 1,800-plan batch, the 10^5-plan stream in a 64 MB heap and the cold command line, then writes
# the report. Budget: under ten minutes on 2 cores (JMH: 1 fork, 2 x 1 s warm-up, 4 x 1 s
# measurement per benchmark). Raw results stay in benchmarks/target/results.
#
# For a quick check of the pipeline only (figures not worth publishing), smaller settings can be
# given: JMH_OPTS="-wi 0 -i 2 -r 100ms" BATCH_PASSES=2 STREAM_PLANS=2000 CLI_RUNS=2.
set -euo pipefail
cd "$(dirname "$0")/.."

START=$(date +%s)
INPUTS=benchmarks/target/inputs
RESULTS=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar
CLI=examples/target/pianozona.jar
REAL_PLAN=examples/plans/puglia-casarano-2022-2024.yaml

step() { echo "== $(date +%T) $*"; }

step "build (mvn package, no tests)"
mvn -B -ntp -q package -DskipTests

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
cat /proc/loadavg > "$RESULTS/load-start.txt" 2>/dev/null || true

step "inputs"
java -cp "$JAR" it.pianozona.benchmarks.GenerateInputs "$INPUTS"

# Every bundled real plan joins the generated sizes (others may add plans to the folder).
shopt -s nullglob
PLANS=(examples/plans/*.yaml examples/plans/*.yml examples/plans/*.json)
REAL=$(IFS=,; echo "${PLANS[*]}")
step "JMH: Jackson tree vs pianozona vs networknt on 10..10,000 interventions and ${REAL}"
JMH_SETTINGS=${JMH_OPTS:--wi 2 -w 1s -i 4 -r 1s}
java -jar "$JAR" 'ReadValidateScoreBenchmark\.(jacksonTree|pianozona|schemaValidator)$' \
  -f 1 $JMH_SETTINGS -foe true \
  -p input="10,100,1000,10000${REAL:+,$REAL}" -p format=json,yaml \
  -rf json -rff "$RESULTS/jmh.json" | grep -E '^(# Run progress|ReadValidate|Benchmark )'
step "JMH: pianozona's reading alone, to split its cost"
java -jar "$JAR" 'ReadValidateScoreBenchmark\.pianozonaRead$' \
  -f 1 $JMH_SETTINGS -foe true -p input=1000,10000 -p format=json,yaml \
  -rf json -rff "$RESULTS/jmh-read.json" | grep -E '^(ReadValidate|Benchmark )'

step "batch: 1,800 plans from disk on all cores"
java -cp "$JAR" it.pianozona.benchmarks.BatchRun "$INPUTS/batch/yaml" yaml "${BATCH_PASSES:-4}" "$RESULTS/batch-yaml.json"
java -cp "$JAR" it.pianozona.benchmarks.BatchRun "$INPUTS/batch/json" json "${BATCH_PASSES:-4}" "$RESULTS/batch-json.json"

step "stream: 10^5 plans in a 64 MB heap"
java -Xmx64m -cp "$JAR" it.pianozona.benchmarks.StreamRun "${STREAM_PLANS:-100000}" json "$RESULTS/stream.json" \
  || echo "stream run failed: reported as a miss"

step "command line: cold validate"
java -cp "$JAR" it.pianozona.benchmarks.ColdStart "$CLI" "$REAL_PLAN" "${CLI_RUNS:-10}" "$RESULTS/cli.json"

cat /proc/loadavg > "$RESULTS/load-end.txt" 2>/dev/null || true
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null | grep -v ' BENCHMARKS.md$' || true)" ]; then
  COMMIT="$COMMIT (with uncommitted changes)"
fi
step "report"
java -cp "$JAR" it.pianozona.benchmarks.Report "$RESULTS" "$INPUTS" benchmarks/analysis.md \
  BENCHMARKS.md "$START" "$COMMIT"
echo "BENCHMARKS.md regenerated in $(( $(date +%s) - START )) s"
