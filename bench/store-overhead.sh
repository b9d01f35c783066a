#!/usr/bin/env bash
# What storing adds to analysis: `dateline analyze --out` against `dateline ingest` on the same corpus (every GUM
# document once, as JSONL, built like bench/end-to-end.sh's), into a fresh SQLite file and, when
# DATELINE_TEST_POSTGRES is set (tests/support/postgres.sh), a fresh PostgreSQL schema. Runs are interleaved
# (analyze, sqlite, postgres, analyze, ...) so that a busy machine slows all alike; prints the median wall time
# and the median CPU time (user + system) of each, and the overhead of each store over analyze.
#   bench/store-overhead.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Dateline.Cli >/dev/null
dotnet build -c Release bench/Dateline.Benchmarks >/dev/null
dotnet run -c Release --no-build --project bench/Dateline.Benchmarks -- corpus "$work/news.jsonl" 1 >/dev/null
cli=(dotnet src/Dateline.Cli/bin/Release/net10.0/Dateline.Cli.dll)
pg=""
if [ -n "${DATELINE_TEST_POSTGRES:-}" ]; then
  pg=$(python3 - "$DATELINE_TEST_POSTGRES" <<'PY'
import sys, urllib.parse as u
p = u.urlparse(sys.argv[1])
print(f"Host={p.hostname};Port={p.port or 5432};Username={u.unquote(p.username or '')};Password={u.unquote(p.password or '')};Database={p.path.lstrip('/')};Search Path=dateline_bench")
PY
)
fi
measure() { # prints "wall cpu" of one command
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/t"
}
: > "$work/analyze"; : > "$work/sqlite"; : > "$work/postgres"
for _ in $(seq "$runs"); do
  measure "${cli[@]}" analyze "$work/news.jsonl" --format jsonl --out "$work/out.jsonl" >> "$work/analyze"
  rm -f "$work/s.db" "$work/s.db-wal" "$work/s.db-shm"
  measure "${cli[@]}" ingest "$work/news.jsonl" --store "$work/s.db" >> "$work/sqlite"
  if [ -n "$pg" ]; then
    psql -X -q "$DATELINE_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS dateline_bench CASCADE; CREATE SCHEMA dateline_bench" >/dev/null
    measure "${cli[@]}" ingest "$work/news.jsonl" --store "$pg" >> "$work/postgres"
  fi
done
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
a_wall=$(cut -d' ' -f1 "$work/analyze" | median); a_cpu=$(cut -d' ' -f2 "$work/analyze" | median)
echo "articles: $(wc -l < "$work/news.jsonl"); runs: $runs"
echo "analyze:  wall $a_wall s, cpu $a_cpu s   (runs: $(tr '\n' ';' < "$work/analyze"))"
for store in sqlite postgres; do
  [ -s "$work/$store" ] || continue
  wall=$(cut -d' ' -f1 "$work/$store" | median); cpu=$(cut -d' ' -f2 "$work/$store" | median)
  echo "$store: wall $wall s (+$(echo "scale=1; 100 * ($wall - $a_wall) / $a_wall" | bc)%), cpu $cpu s (+$(echo "scale=1; 100 * ($cpu - $a_cpu) / $a_cpu" | bc)%)   (runs: $(tr '\n' ';' < "$work/$store"))"
done
