# Sourced by the bench scripts: a scratch folder $work for the run's files, removed with the bot on exit, and start_bot,
# which starts the bot (Release, or $BOT_CONFIGURATION) from its output folder (under $BOT_ROOT, default bot/: another
# build's bot folder for a comparison) with the given extra environment (unauthenticated dev mode,
# Warning logs, the SQLite file in $work) and waits for /healthz. Sets bot_pid.
# Usage: start_bot PORT [NAME=VALUE ...]
work=$(mktemp -d)
bot_root=$(cd "${BOT_ROOT:-bot}" && pwd)
bot_pid=""
cleanup() { [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null; rm -rf "$work"; [ "$(type -t bench_cleanup)" = function ] && bench_cleanup; return 0; }
trap cleanup EXIT
trap "exit 143" TERM INT

start_bot() {
  local port=$1
  shift
  env ASPNETCORE_ENVIRONMENT=Development Urls="http://127.0.0.1:$port" \
    Storage__ConnectionString="Data Source=$work/bench.db" Logging__LogLevel__Default=Warning "$@" \
    dotnet "$bot_root/bin/${BOT_CONFIGURATION:-Release}/net10.0/Assistant.Bot.dll" --contentRoot "$bot_root/bin/${BOT_CONFIGURATION:-Release}/net10.0" >"$work/bot.log" 2>&1 &
  bot_pid=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return 0
    kill -0 "$bot_pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "the bot did not start:"
  tail -20 "$work/bot.log"
  exit 1
}
