#!/usr/bin/env bash
# Runs the whole Dateline test suite. Used by the README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
# PostgreSQL for the store tests (installed and started on 127.0.0.1 when absent; exports DATELINE_TEST_POSTGRES).
. tests/support/postgres.sh
# Debian's Chromium for the browser tests (installed when absent; exports DATELINE_TEST_CHROMIUM; never downloaded by Playwright).
. tests/support/chromium.sh
# RabbitMQ for the scale-out tests (own node on 127.0.0.1; exports DATELINE_TEST_RABBITMQ and stop/start scripts).
. tests/support/rabbitmq.sh
load=none
if [ $# -eq 0 ]; then
  dotnet test Dateline.sln -c Release --filter "Category!=Services" --logger "trx" --results-directory "$results" || status=$?
  # The scale-out fault tests restart the broker and PostgreSQL, so they run after the rest, on their own.
  dotnet test tests/Dateline.Broker.Tests -c Release --no-build --filter "Category=Services" --logger "trx" --results-directory "$results" || status=$?
  # The wrk load test of `dateline serve` (under a minute with its corpus cached).
  load_status=0
  bash tests/support/wrk-load.sh || load_status=$?
  case $load_status in 0) load=passed ;; 2) load=skipped ;; *) load=failed; status=1 ;; esac
else
  # Arguments (a filter, say) go to one dotnet test run over the whole solution; the load test is left out.
  dotnet test Dateline.sln -c Release --logger "trx" --results-directory "$results" "$@" || status=$?
fi
# One plain closing line over all test projects: "Tests: N passed, N failed, N skipped".
python3 - "$results" "$load" <<'PY' || true
import sys, glob, re
p = f = s = 0
# The load test counts as one test.
p, f, s = {"passed": (1, 0, 0), "failed": (0, 1, 0), "skipped": (0, 0, 1)}.get(sys.argv[2], (0, 0, 0))
for path in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*', text)
    if not m: continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0))
    s += int(c.get("notExecuted", 0))
print(f"Tests: {p} passed, {f} failed, {s} skipped")
PY
exit $status
