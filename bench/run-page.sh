#!/usr/bin/env bash
# Measures what a worker sees on the web chat page: the real bot (embedded defaults: the bundled sample knowledge,
# SQLite) and Debian's chromium driven by Playwright; time from pressing Enter to the answer card being visible.
# Usage: bench/run-page.sh [count]. Needs chromium and fonts-wqy-microhei (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20}
work=$(mktemp -d)
port=${BENCH_PORT:-5395}
bot_pid=""
cleanup() { [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release bot >/dev/null
dotnet build -c Release bench/PageLatency >/dev/null
ASPNETCORE_ENVIRONMENT=Development \
Urls="http://127.0.0.1:$port" \
Knowledge__IndexPath="$work/index" \
Storage__ConnectionString="Data Source=$work/bench.db" \
Logging__LogLevel__Default=Warning \
  dotnet bot/bin/Release/net10.0/Assistant.Bot.dll --contentRoot "$PWD/bot/bin/Release/net10.0" >"$work/bot.log" 2>&1 &
bot_pid=$!
for _ in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the bot did not start:"; tail -20 "$work/bot.log"; exit 1; }
./bench/PageLatency/bin/Release/net10.0/pagelatency --page "http://127.0.0.1:$port/" --count "$count"
