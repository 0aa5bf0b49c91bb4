# Functions to run 'pianozona serve' as a user does, for .ci/run and benchmarks/run.sh (sourced,
# from the repository's root). Loopback only; every wait is bounded.

# start_service LOG [JVM options...]: starts the command line's server on a free loopback port,
# waits (at most 60 s) for /v1/health, and sets SERVICE_PID and SERVICE_URL.
start_service() {
  local log="$1"; shift
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  java "$@" -jar cli/target/pianozona.jar serve --port "$port" > "$log" 2>&1 &
  SERVICE_PID=$!
  SERVICE_URL="http://127.0.0.1:$port/"
  for _ in $(seq 1 120); do
    if curl -sf "${SERVICE_URL}v1/health" > /dev/null; then
      return 0
    fi
    kill -0 "$SERVICE_PID" 2> /dev/null || { cat "$log"; echo "service: it did not start"; return 1; }
    sleep 0.5
  done
  cat "$log"; echo "service: no answer on $SERVICE_URL within 60 s"; return 1
}

# stop_service LOG: SIGTERM, as Ctrl-C or a service manager stops it; it must exit 0 within 40 s
# (its stop timeout is 30 s) and print no stack trace.
stop_service() {
  local log="$1"
  kill -TERM "$SERVICE_PID"
  for _ in $(seq 1 80); do
    if ! kill -0 "$SERVICE_PID" 2> /dev/null; then
      local code=0
      wait "$SERVICE_PID" || code=$?
      # 143 is 128 + SIGTERM: the JVM's exit status after its shutdown hooks ran.
      if [ "$code" -ne 0 ] && [ "$code" -ne 143 ]; then
        cat "$log"; echo "service: exit code $code after SIGTERM"; return 1
      fi
      if grep -q -E "Exception|^\s+at " "$log"; then
        cat "$log"; echo "service: a stack trace in its output"; return 1
      fi
      return 0
    fi
    sleep 0.5
  done
  echo "service: still running 40 s after SIGTERM"; kill -KILL "$SERVICE_PID"; return 1
}

# expected_reports DIR FORMAT...: what the command line writes for every bundled plan, named
# NAME.EXT.FORMAT, run in the plans' folder so that each file is named as an upload names it.
expected_reports() {
  local dir="$1"; shift
  mkdir -p "$dir"
  local abs
  abs="$(cd "$dir" && pwd)"
  (
    cd examples/plans
    for plan in *.yaml *.yml *.json *.xlsx; do
      [ -e "$plan" ] || continue
      for format in "$@"; do
        java -jar ../../cli/target/pianozona.jar validate --format "$format" \
          --output "$abs/$plan.$format" "$plan" || [ $? -eq 1 ]
      done
    done
  )
}
