#!/usr/bin/env bash
# The web service as a user meets it (run by .ci/run from the repository's root, after the build):
# 'pianozona serve' from the command-line jar with a bounded heap; the README's curl call and
# every bundled plan in every report format answered byte for byte as the command line writes
# them; the OpenAPI document through an independent OpenAPI 3.1 validator; the page in headless
# Chromium, with the keyboard; a bounded load on loopback; a clean stop on SIGTERM.
#   bash server/src/test/check-service.sh WORK NODE_MODULES
set -euo pipefail
work="$1"
modules="$2"
source server/src/test/service.sh
rm -rf "$work" && mkdir -p "$work"

expected_reports "$work/expected" json sarif html markdown text
# The heap is bounded: the load below must run in it.
start_service "$work/service.log" -Xmx256m
trap 'kill -KILL "$SERVICE_PID" 2> /dev/null || true' EXIT

# The README's call, exactly (with this run's port).
curl -sS -F plan=@examples/plans/puglia-casarano-2022-2024.yaml "${SERVICE_URL}v1/validate" \
  > "$work/readme.json"
cmp "$work/readme.json" "$work/expected/puglia-casarano-2022-2024.yaml.json"

# Every bundled plan, every format: the command line's bytes.
for expected in "$work"/expected/*; do
  file="$(basename "$expected")"
  format="${file##*.}"
  plan="${file%.*}"
  curl -sS -F "plan=@examples/plans/$plan" "${SERVICE_URL}v1/validate?format=$format" \
    > "$work/answer"
  cmp "$work/answer" "$expected" || { echo "service: $plan as $format differs from the CLI"; exit 1; }
done
echo "service: $(ls "$work/expected" | wc -l) reports identical to the command line's"

# Errors as problem documents, with their status.
status() { curl -s -o "$work/problem.json" -w '%{http_code}' "$@"; }
[ "$(status -X POST -H 'Content-Type: application/yaml' --data-binary 'id: [rotto' \
  "${SERVICE_URL}v1/validate")" = 422 ]
grep -q '"code" : "PZ-DOC-' "$work/problem.json"
[ "$(status -X POST -H 'Content-Type: text/csv' --data-binary 'a,b' "${SERVICE_URL}v1/validate")" = 415 ]
[ "$(status "${SERVICE_URL}v1/rules/NAT-LEPS-01")" = 404 ]
[ "$(status "${SERVICE_URL}v1/frameworks/nessuno")" = 404 ]
[ "$(status -o /dev/null "${SERVICE_URL}v1/template?framework=puglia-v-2022-2024&ambito=075016")" = 200 ]

# The OpenAPI document, as served, through an independent OpenAPI 3.1 validator.
curl -sS "${SERVICE_URL}v1/openapi.json" > "$work/openapi.json"
node "$modules/@seriousme/openapi-schema-validator/bin/validate-api-cli.js" "$work/openapi.json"

# The page, in a real browser, with the keyboard alone.
printf 'schemaVersion: 1\nid: rotto\nperiod: {from: 2022, to: dopo}\n' > "$work/rotto.yaml"
NODE_PATH="$modules" node server/src/test/browser/check-page.cjs "$SERVICE_URL" \
  examples/plans/puglia-casarano-2022-2024.yaml "$work/rotto.yaml" "$work/page.png"

# A bounded load on loopback: 2,000 requests from 16 clients, every answer the CLI's.
java -cp benchmarks/target/benchmarks.jar it.pianozona.benchmarks.ServerLoad "$SERVICE_URL" \
  examples/plans "$work/expected" "${LOAD_REQUESTS:-2000}" "${LOAD_CLIENTS:-16}" \
  "$work/load.json" "$SERVICE_PID"

stop_service "$work/service.log"
trap - EXIT
echo "service: checked"
