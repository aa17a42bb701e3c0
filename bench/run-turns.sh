#!/usr/bin/env bash
# Measures the bot's turn targets: Teams activities from 100 concurrent conversations against the real bot process
# (extractive answers over the zh-laws index, SQLite), replies delivered to a loopback fake Connector; then the bot's
# memory. Usage: bench/run-turns.sh [shared-folder] [conversations] [turns]. Needs 2 idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-bot.sh
shared=${1:-../shared}
conversations=${2:-100}
turns=${3:-10}
port=${BENCH_PORT:-5391}

dotnet build -c Release indexer >/dev/null
dotnet build -c Release bot >/dev/null
dotnet build -c Release bench/TurnLoad >/dev/null
./indexer/bin/Release/net10.0/indexer build --source "$shared/corpus/zh-laws" --index "$work/index" --json | tail -1

# Unauthenticated dev mode: the loopback Connector takes replies without a token, as the Teams App Test Tool does.
start_bot "$port" Knowledge__IndexPath="$work/index" Knowledge__BuildWhenMissing=false
echo "bot idle RSS: $(grep VmRSS /proc/$bot_pid/status)"

./bench/TurnLoad/bin/Release/net10.0/turnload --bot "http://127.0.0.1:$port" --questions "${BENCH_QUESTIONS:-$shared/eval/stard-dev.qrels.jsonl}" \
  --conversations "$conversations" --turns "$turns" --bot-pid "$bot_pid"
