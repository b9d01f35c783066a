#!/usr/bin/env bash
# Load test of `dateline serve` with wrk (Debian's package), bounded in time; test.sh runs it after dotnet test.
#
# Generates (once, then cached) a synthetic corpus of DATELINE_WRK_EVENTS event mentions (default 100,000; quotes,
# claims and speakers included), starts the Release build of `dateline serve` on a free 127.0.0.1 port, checks that
# every read endpoint answers 200 with rows, then runs wrk for DATELINE_WRK_SECONDS seconds (default 3) per endpoint
# and once over many varied URLs (tests/support/wrk-varied.lua, mostly cache misses). It fails on any non-2xx
# answer or socket error (timeouts included), never on timings: those are printed as a table for
# docs/PERFORMANCE.md. Traffic goes to 127.0.0.1 only and every run stops by itself.
#
# wrk is installed from the Debian packages when absent (needs root); without it the test skips, or fails under
# DATELINE_REQUIRE_SERVICES=1 (CI). Exit status: 0 passed, 1 failed, 2 skipped.
# Other settings: DATELINE_WRK_CONNECTIONS (default 16), DATELINE_WRK_CACHE (corpus cache folder, default
# ~/.cache/dateline-wrk), DATELINE_WRK_CLI (the Dateline.Cli.dll to run; default the Release build).
set -uo pipefail
cd "$(dirname "$0")/../.."
events=${DATELINE_WRK_EVENTS:-100000}
seconds=${DATELINE_WRK_SECONDS:-3}
connections=${DATELINE_WRK_CONNECTIONS:-16}
cache=${DATELINE_WRK_CACHE:-${HOME:-/tmp}/.cache/dateline-wrk}
cli=${DATELINE_WRK_CLI:-src/Dateline.Cli/bin/Release/net10.0/Dateline.Cli.dll}

unavailable() {
  echo "wrk-load.sh: $1" >&2
  if [ "${DATELINE_REQUIRE_SERVICES:-}" = 1 ]; then
    echo "wrk-load.sh: DATELINE_REQUIRE_SERVICES=1, so this is a failure." >&2
    exit 1
  fi
  echo "wrk-load.sh: skipped." >&2
  exit 2
}

if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || unavailable "wrk is not installed and installing it needs root."
  echo "wrk-load.sh: installing wrk from the Debian packages..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) || unavailable "wrk could not be installed."
fi
command -v curl >/dev/null 2>&1 || unavailable "curl is not installed."
[ -f "$cli" ] || unavailable "$cli is missing: build it first (dotnet build -c Release, or run test.sh)."

# The corpus, cached by the generator's source and size (a schema migration is applied by serve on open).
key=$(cat src/Dateline/Storage/Synthetic/*.cs | sha256sum | cut -c1-12)
db="$cache/corpus-$events-$key.db"
if [ ! -f "$db" ]; then
  mkdir -p "$cache" && rm -f "$cache"/corpus-*.db*
  start=$(date +%s)
  if ! dotnet "$cli" corpus generate --store "$db.tmp" --events "$events" --batch 1000 >/dev/null; then
    rm -f "$db.tmp"*
    echo "wrk-load.sh: generating the corpus failed." >&2
    exit 1
  fi
  mv "$db.tmp" "$db" && rm -f "$db.tmp"*
  echo "wrk-load.sh: generated $events event mentions in $(( $(date +%s) - start )) s ($db)." >&2
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
log=$(mktemp)
dotnet "$cli" serve --store "$db" --urls "$base" --reads-per-second 1000000 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$base/api/articles?limit=1" && break
  kill -0 "$server" 2>/dev/null || { echo "wrk-load.sh: dateline serve exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.5
done

urls=(
  "/api/events?dyad=RUS:UKR&limit=100"
  "/api/series?dyad=RUS:UKR"
  "/api/quotes?speaker=a&limit=20"
  "/api/articles?limit=50"
  "/api/claims?check=true&limit=20"
  "/api/actors?limit=50"
)
failed=0
for url in "${urls[@]}"; do
  body=$(curl -s -w '\n%{http_code}' "$base$url")
  if [ "${body##*$'\n'}" != 200 ] || ! grep -q '"items":\[{' <<<"$body"; then
    echo "wrk-load.sh: GET $url answered ${body##*$'\n'} without rows." >&2
    failed=1
  fi
done
[ $failed = 0 ] || exit 1

echo "| URL | req/s | p50 | p99 | requests | errors |"
echo "|---|---:|---:|---:|---:|---:|"
run() {
  local name=$1 out requests rate p50 p99 non2xx socket
  shift
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@" 2>&1)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  echo "| \`$name\` | ${rate:-?} | ${p50:-?} | ${p99:-?} | ${requests:-0} | $(( ${non2xx:-0} + ${socket:-0} )) |"
  if [ -z "$requests" ] || [ "$requests" = 0 ] || [ "${non2xx:-0}" != 0 ] || [ "${socket:-0}" != 0 ]; then
    echo "wrk-load.sh: $name: ${requests:-no} requests, ${non2xx:-0} non-2xx, ${socket:-0} socket errors:" >&2
    echo "$out" >&2
    failed=1
  fi
}
for url in "${urls[@]}"; do run "$url" "$base$url"; done
run "varied (wrk-varied.lua)" -s tests/support/wrk-varied.lua "$base"
kill -0 "$server" 2>/dev/null || { echo "wrk-load.sh: dateline serve died under load:" >&2; cat "$log" >&2; failed=1; }
if [ $failed = 0 ]; then echo "wrk-load.sh: passed (wrk -t2 -c$connections -d${seconds}s per row, $events event mentions)."; fi
exit $failed
