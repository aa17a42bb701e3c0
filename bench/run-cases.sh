#!/usr/bin/env bash
# Measures the handoff targets of issue 5 on loopback: with N stored cases (default 10,000) the officer case list
# (GET /api/officer/cases, first pages and a later page by cursor) and an officer reply delivered to the employee's
# Direct Line WebSocket. Seeds the SQLite file through the bot's own case store, then starts the Release bot on it.
# Usage: bench/run-cases.sh [cases] [list-reps] [replies]. Needs 2 idle cores. Last line: one JSON object.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-bot.sh
cases=${1:-10000}
reps=${2:-200}
replies=${3:-200}
port=${BENCH_PORT:-5396}
secret=$(head -c 24 /dev/urandom | base64)

dotnet build -c Release bot >/dev/null
dotnet build -c Release bench/CaseLoad >/dev/null
caseload=./bench/CaseLoad/bin/Release/net10.0/caseload

echo "seeding $cases cases into $work/bench.db"
$caseload seed --db "$work/bench.db" --cases "$cases"
echo "database: $(du -h "$work/bench.db" | cut -f1)"

# The embedded sample knowledge answers the employee's turns; the sample grid's officers use the Development password.
start_bot "$port" Knowledge__IndexPath="$work/index" DirectLine__Secret="$secret"
BENCH_DIRECTLINE_SECRET="$secret" $caseload measure --bot "http://127.0.0.1:$port" --reps "$reps" --replies "$replies" --bot-pid "$bot_pid"
