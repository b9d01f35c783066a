#!/usr/bin/env bash
# Scale-out throughput and overhead (docs/PERFORMANCE.md "Scale-out"): 2,000 short made-up articles (the fault
# tests' kind) enqueued, then drained by 1 and by 2 `dateline worker` processes into a fresh PostgreSQL schema,
# interleaved RUNS times; prints each run, the medians and the workers' own per-article split (analyze / store /
# broker, from their exit lines). With a JSONL file as third argument, that corpus is enqueued instead (e.g. the
# GUM documents of bench/end-to-end.sh: `dotnet run -c Release --project bench/Dateline.Benchmarks -- corpus FILE 1`).
# Needs DATELINE_TEST_RABBITMQ and DATELINE_TEST_POSTGRES (tests/support/*.sh).
#   bench/scale-out.sh [RUNS] [ARTICLES] [CORPUS.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; articles=${2:-2000}; corpus=${3:-}; idle=5
: "${DATELINE_TEST_RABBITMQ:?source tests/support/rabbitmq.sh}" "${DATELINE_TEST_POSTGRES:?source tests/support/postgres.sh}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Dateline.Cli >/dev/null
cli=(dotnet src/Dateline.Cli/bin/Release/net10.0/Dateline.Cli.dll)
mkdir "$work/news"
if [ -n "$corpus" ]; then cp "$corpus" "$work/news/corpus.jsonl"; else python3 - "$work/news" "$articles" <<'PY'
import sys
towns = ["Arlen", "Brisk", "Corvale", "Dunmore", "Eastwick", "Farrow", "Glenhaven", "Harlow", "Ivesden", "Jorvik"]
groups = ["the farmers' union", "the teachers' association", "the rail workers", "the harbour pilots", "the nurses' federation"]
acts = ["met the labour minister", "protested outside parliament", "signed an agreement with the government", "rejected the pay offer", "called for talks with the employers"]
for n in range(int(sys.argv[2])):
    t = towns[n % 10]
    text = (f"{t} ({n % 28 + 1} March) - Leaders of {groups[n // 10 % 5]} {acts[n // 50 % 5]} on Monday, a spokesman said.\n\n"
            f"The group, which has {n * 7 + 300} members, said it would hold another meeting in {t} within {n % 6 + 2} weeks. "
            f"Police said {n % 40 + 5} people were detained near the town hall. Item {n}.")
    open(f"{sys.argv[1]}/{n:05d}.txt", "w").write(text)
PY
fi
pg=$(python3 - "$DATELINE_TEST_POSTGRES" <<'PY'
import sys, urllib.parse as u
p = u.urlparse(sys.argv[1])
print(f"Host={p.hostname};Port={p.port or 5432};Username={u.unquote(p.username or '')};Password={u.unquote(p.password or '')};Database={p.path.lstrip('/')};Search Path=dateline_scale")
PY
)
run() { # run WORKERS -> prints "seconds articles/s"
  local n=$1 queue="dateline.bench.$RANDOM$RANDOM"
  psql -X -q "$DATELINE_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS dateline_scale CASCADE; CREATE SCHEMA dateline_scale" >/dev/null 2>&1
  articles=$("${cli[@]}" enqueue "$work/news" --broker "$DATELINE_TEST_RABBITMQ" --queue "$queue" --date 2022-03-01 2>&1 | sed -n 's/^dateline enqueue: \([0-9]*\) articles queued.*/\1/p')
  local start end
  start=$(date +%s.%N)
  for i in $(seq "$n"); do "${cli[@]}" worker --broker "$DATELINE_TEST_RABBITMQ" --queue "$queue" --store "$pg" --idle-exit $idle --name "w$i" 2>"$work/w$n-$i.log" & done
  wait
  end=$(date +%s.%N)
  for i in $(seq "$n"); do grep -h "stopped:" "$work/w$n-$i.log" | sed 's/^.*per article: //' >> "$work/split"; done
  local stored
  stored=$(psql -X -qtA "$DATELINE_TEST_POSTGRES" -c "SELECT count(*) FROM dateline_scale.articles")
  [ "$stored" = "$articles" ] || { echo "run with $n workers stored $stored of $articles" >&2; exit 1; }
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1])-$idle; print(f'{s:.1f} {$articles/s:.1f}')" "$start" "$end"
}
: > "$work/one"; : > "$work/two"; : > "$work/split"
for r in $(seq "$runs"); do
  one=$(run 1); two=$(run 2)
  echo "run $r: 1 worker $one | 2 workers $two   (seconds, articles/s; load $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "$one" >> "$work/one"; echo "$two" >> "$work/two"
done
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
m1=$(cut -d' ' -f2 "$work/one" | median); m2=$(cut -d' ' -f2 "$work/two" | median)
echo "median articles/s: 1 worker $m1, 2 workers $m2, ratio $(python3 -c "print(f'{$m2/$m1:.2f}')")"
echo "per-article split reported by the workers (analyze / store / broker):"
cat "$work/split"
