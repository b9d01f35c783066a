#!/usr/bin/env bash
# Makes a RabbitMQ broker available to the scale-out tests and exports DATELINE_TEST_RABBITMQ (an amqp:// URL),
# DATELINE_TEST_RABBITMQ_CTL (a script taking stop|start|status, so that tests can restart the broker) and, when
# the PostgreSQL test cluster of tests/support/postgres.sh is there, DATELINE_TEST_POSTGRES_CTL (same for it).
# Source it after postgres.sh (test.sh does). When rabbitmq-server is absent it is installed from the Debian
# packages (needs root). The broker is a node of its own ("dateline_test@localhost", data under a temp folder)
# listening on 127.0.0.1:56720 only; Erlang distribution is bound to 127.0.0.1 as well. On failure it prints why
# and leaves the variables unset: the broker tests then skip locally and fail in CI (DATELINE_REQUIRE_SERVICES=1).
dateline_rabbitmq_setup() {
  local port=56720 dist_port=56721 base="${TMPDIR:-/tmp}/dateline-rabbitmq-test" ctl
  if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "rabbitmq.sh: rabbitmq-server is not installed and installing it needs root." >&2
      return 1
    fi
    echo "rabbitmq.sh: installing rabbitmq-server from the Debian packages..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null) || return 1
    # The package starts a default node on all interfaces; the tests use their own node, so stop that one.
    (command -v systemctl >/dev/null && systemctl stop rabbitmq-server) >/dev/null 2>&1 || true
  fi
  mkdir -p "$base/mnesia" "$base/log" "$base/home" || return 1
  chmod 700 "$base" "$base/home"
  ctl="$base/ctl"
  cat > "$ctl" <<CTL
#!/usr/bin/env bash
# Controls the Dateline test broker: $ctl stop|start|status (written by tests/support/rabbitmq.sh).
export HOME="$base/home" RABBITMQ_NODENAME=dateline_test@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port RABBITMQ_DIST_PORT=$dist_port ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$base/mnesia" RABBITMQ_LOG_BASE="$base/log" RABBITMQ_PID_FILE="$base/node.pid"
export RABBITMQ_ENABLED_PLUGINS_FILE="$base/enabled_plugins" RABBITMQ_CONFIG_FILE="$base/rabbitmq"
export RABBITMQ_ADVANCED_CONFIG_FILE="$base/advanced.config" RABBITMQ_CONF_ENV_FILE="$base/rabbitmq-env.conf"
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
bin=/usr/lib/rabbitmq/bin
node="-home $base/home -- .*-s rabbit boot"   # this folder's broker process, as ps shows it
case "\$1" in
  start)
    if \$bin/rabbitmqctl -q status >/dev/null 2>&1; then exit 0; fi
    # A node of this folder that rabbitmqctl cannot reach (left by an earlier run) would hold the ports: end it.
    pkill -KILL -f -- "\$node" >/dev/null 2>&1 && sleep 1
    \$bin/rabbitmq-server -detached >/dev/null 2>&1 || exit 1
    timeout 300 \$bin/rabbitmqctl -q wait --timeout 300 "$base/node.pid" >/dev/null 2>&1 ;;
  stop)
    \$bin/rabbitmqctl -q stop "$base/node.pid" >/dev/null 2>&1 || true
    # Whatever did not stop when asked (rabbitmqctl could not reach it) is killed: the tests need it down.
    pkill -KILL -f -- "\$node" >/dev/null 2>&1 || true ;;
  status) \$bin/rabbitmqctl -q status >/dev/null 2>&1 ;;
  *) echo "usage: \$0 stop|start|status" >&2; exit 2 ;;
esac
CTL
  chmod 700 "$ctl"
  printf '[].\n' > "$base/enabled_plugins"
  : > "$base/rabbitmq-env.conf"
  printf '[].\n' > "$base/advanced.config"
  # Loopback only, small disk alarm threshold so a busy test machine does not block publishers.
  printf 'listeners.tcp.1 = 127.0.0.1:%s\nloopback_users = none\ndisk_free_limit.absolute = 50MB\n' "$port" > "$base/rabbitmq.conf"
  "$ctl" start || { echo "rabbitmq.sh: the broker did not start; see $base/log" >&2; return 1; }
  export DATELINE_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$port/"
  export DATELINE_TEST_RABBITMQ_CTL="$ctl"
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$version" ] && pg_lsclusters -h 2>/dev/null | awk '{print $1 " " $2}' | grep -qx "$version dateline_test"; then
    ctl="$base/postgres-ctl"
    printf '#!/usr/bin/env bash\n# Stops or starts the PostgreSQL test cluster: %s stop|start (written by tests/support/rabbitmq.sh).\nexec pg_ctlcluster %s dateline_test "$1" -m fast\n' "$ctl" "$version" > "$ctl"
    chmod 700 "$ctl"
    export DATELINE_TEST_POSTGRES_CTL="$ctl"
  fi
}
if ! dateline_rabbitmq_setup; then
  echo "rabbitmq.sh: RabbitMQ is unavailable; the broker tests will skip (or fail under DATELINE_REQUIRE_SERVICES=1)." >&2
fi
unset -f dateline_rabbitmq_setup
