#!/usr/bin/env bash
# Makes a PostgreSQL server available to the store tests and exports DATELINE_TEST_POSTGRES.
# Source it (test.sh does): `. tests/support/postgres.sh`. When PostgreSQL is absent it is installed from the
# Debian packages (needs root); a dedicated cluster "dateline_test" listens on 127.0.0.1 only, port 55432,
# with a test role and database. On failure it prints why and leaves the variable unset: the PostgreSQL tests
# then skip locally and fail in CI (DATELINE_REQUIRE_SERVICES=1).
dateline_postgres_setup() {
  local port=55432 cluster=dateline_test role=dateline_test password=dateline_test version
  if ! command -v pg_createcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "postgres.sh: PostgreSQL is not installed and installing it needs root." >&2
      return 1
    fi
    echo "postgres.sh: installing PostgreSQL from the Debian packages..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || return 1
  fi
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1 " " $2}' | grep -qx "$version $cluster"; then
    pg_createcluster "$version" "$cluster" -p "$port" --start-conf=manual >/dev/null || return 1
    # Loopback only; durability traded for speed (a throw-away test cluster).
    printf "listen_addresses = '127.0.0.1'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n" \
      > "/etc/postgresql/$version/$cluster/conf.d/dateline-test.conf" || return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}' | grep -qx online; then
    pg_ctlcluster "$version" "$cluster" start || return 1
  fi
  local psql=(runuser -u postgres -- psql -X -q -p "$port" -h /var/run/postgresql -v ON_ERROR_STOP=1)
  if [ "$(id -u)" != 0 ]; then psql=(psql -X -q -p "$port" -h /var/run/postgresql -U postgres -v ON_ERROR_STOP=1); fi
  "${psql[@]}" -tc "SELECT 1 FROM pg_roles WHERE rolname = '$role'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE ROLE $role LOGIN PASSWORD '$password'" || return 1
  "${psql[@]}" -tc "SELECT 1 FROM pg_database WHERE datname = '$role'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE DATABASE $role OWNER $role" || return 1
  export DATELINE_TEST_POSTGRES="postgres://$role:$password@127.0.0.1:$port/$role"
}
if ! dateline_postgres_setup; then
  echo "postgres.sh: PostgreSQL is unavailable; the PostgreSQL store tests will skip (or fail under DATELINE_REQUIRE_SERVICES=1)." >&2
fi
unset -f dateline_postgres_setup
