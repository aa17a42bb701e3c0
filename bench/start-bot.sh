# Sourced by the bench scripts: a scratch folder $work for the run's files, removed with the bot on exit, and start_bot,
# which starts the bot (Release, or $BOT_CONFIGURATION) from its output folder with the given extra environment (unauthenticated dev mode,
# Warning logs, the SQLite file in $work) and waits for /healthz. Sets bot_pid.
# Usage: start_bot PORT [NAME=VALUE ...]
work=$(mktemp -d)
bot_pid=""
cleanup() { [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start_bot() {
  local port=$1
  shift
  env ASPNETCORE_ENVIRONMENT=Development Urls="http://127.0.0.1:$port" \
    Storage__ConnectionString="Data Source=$work/bench.db" Logging__LogLevel__Default=Warning "$@" \
    dotnet "bot/bin/${BOT_CONFIGURATION:-Release}/net10.0/Assistant.Bot.dll" --contentRoot "$PWD/bot/bin/${BOT_CONFIGURATION:-Release}/net10.0" >"$work/bot.log" 2>&1 &
  bot_pid=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return 0
    sleep 0.2
  done
  echo "the bot did not start:"
  tail -20 "$work/bot.log"
  exit 1
}
