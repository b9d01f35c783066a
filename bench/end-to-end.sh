#!/usr/bin/env bash
# End-to-end timing of `dateline analyze` on a JSONL corpus rebuilt from GUM (../shared/data), on one core
# and on all cores, repeated; prints the median wall time and throughput of each. Nothing is committed.
#   bench/end-to-end.sh [COPIES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-2}; runs=${2:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Dateline.Cli bench/Dateline.Benchmarks >/dev/null 2>&1 || dotnet build -c Release Dateline.sln >/dev/null
dotnet run -c Release --no-build --project bench/Dateline.Benchmarks -- corpus "$work/news.jsonl" "$copies"
cli=(dotnet src/Dateline.Cli/bin/Release/net10.0/Dateline.Cli.dll)
tokens=$("${cli[@]}" analyze "$work/news.jsonl" --format jsonl --tokens --parallel 2 | python3 -c 'import sys,json; print(sum(len(json.loads(l)["tokens"]) for l in sys.stdin))')
echo "tokens: $tokens"
for par in 1 2; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "${cli[@]}" analyze "$work/news.jsonl" --format jsonl --parallel "$par" --out "$work/out.jsonl"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "parallel $par: runs ${times[*]} s; median $median s; $(echo "$tokens / $median" | bc) tokens/s"
done
