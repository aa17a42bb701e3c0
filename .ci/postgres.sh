# A throw-away PostgreSQL server in a temp dir on a free port, run as a non-root user (postgres refuses root); sourced
# by .ci/run (the store contracts and the two-instance test) and the bench scripts that compare the two databases.
# start_postgres sets ASSISTANT_TEST_POSTGRES (a connection string to the postgres database); stop_postgres removes it all.
pg_dir=""
pg_user=""
pg_bin=""
find_postgres() {
  for dir in /usr/local/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then pg_bin=$dir; return 0; fi
  done
  return 1
}
as_pg_user() {
  if [ "$(id -u)" = "0" ]; then su -s /bin/sh "$pg_user" -c "$1"; else sh -c "$1"; fi
}
stop_postgres() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_pg_user "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast -w stop" >/dev/null 2>&1
  fi
  [ -n "$pg_dir" ] && rm -rf "$pg_dir"
}
start_postgres() {
  if ! find_postgres && [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 \
      || echo "warning: could not install postgresql" >&2
    find_postgres || return 1
  fi
  [ -n "$pg_bin" ] || return 1
  if [ "$(id -u)" = "0" ]; then
    pg_user=postgres
    id "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /bin/sh "$pg_user" || return 1
  fi
  pg_dir=$(mktemp -d /tmp/assistant-ci-postgres.XXXXXX) || return 1
  [ -n "$pg_user" ] && chown "$pg_user" "$pg_dir"
  local port="" candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || return 1
  as_pg_user "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres --auth=trust -E UTF8 --locale=C" >"$pg_dir/initdb.log" 2>&1 || return 1
  # fsync off: a test server's data is thrown away anyway. Each test class opens pools of its own.
  as_pg_user "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -t 60 -o \"-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400\" start" >/dev/null 2>&1 || return 1
  export ASSISTANT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests on port $port"
}
