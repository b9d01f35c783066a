#!/usr/bin/env bash
# Makes Debian's Chromium available to the browser tests and exports DATELINE_TEST_CHROMIUM (its path).
# Source it (test.sh does): `. tests/support/chromium.sh`. When Chromium is absent it is installed from the Debian
# packages (needs root). Playwright never downloads a browser: the tests launch this one headless.
# On failure it prints why and leaves the variable unset: the browser tests then skip locally and fail in CI
# (DATELINE_REQUIRE_SERVICES=1).
dateline_chromium_setup() {
  local path
  path=$(command -v chromium || true)
  if [ -z "$path" ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "chromium.sh: Chromium is not installed and installing it needs root." >&2
      return 1
    fi
    echo "chromium.sh: installing Chromium from the Debian packages..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || return 1
    path=$(command -v chromium || true)
    [ -n "$path" ] || return 1
  fi
  export DATELINE_TEST_CHROMIUM="$path"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
}
if ! dateline_chromium_setup; then
  echo "chromium.sh: Chromium is unavailable; the browser tests will skip (or fail under DATELINE_REQUIRE_SERVICES=1)." >&2
fi
unset -f dateline_chromium_setup
