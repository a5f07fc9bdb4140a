#!/usr/bin/env bash
# Install and start what the test suite needs beyond Python: a PostgreSQL server and
# Debian's Chromium. Idempotent; prints the PostgreSQL URL for the tests to use.
# Usage: eval "$(scripts/test-services.sh)"   (needs root or sudo for apt-get)
set -euo pipefail

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  log=$(mktemp)
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
      $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"; } >"$log" 2>&1; then
    tail -20 "$log" >&2
    exit 1
  fi
fi

version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $2}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  cluster=main
  $SUDO pg_createcluster "$version" "$cluster" >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -q online; then
  $SUDO pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
$SUDO -u postgres psql -q -p "$port" -c "ALTER USER postgres PASSWORD 'bilat-test'" >/dev/null 2>&1 \
  || su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD 'bilat-test'\"" >/dev/null
echo "export BILAT_TEST_POSTGRES_URL=postgresql+psycopg://postgres:bilat-test@127.0.0.1:${port}/postgres"
echo "export BILAT_TEST_CHROMIUM=/usr/bin/chromium"
