#!/usr/bin/env bash
# Measures the web chat targets: N concurrent conversations on the bot's own Direct Line endpoint, each with its
# WebSocket open, posting questions one after another; latency from the POST to the reply on the socket.
# Usage: bench/run-directline.sh [shared-folder] [conversations] [turns]. Needs 2 idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-bot.sh
shared=${1:-../shared}
conversations=${2:-500}
turns=${3:-10}
port=${BENCH_PORT:-5394}
secret=$(head -c 24 /dev/urandom | base64)

dotnet build -c Release indexer >/dev/null
dotnet build -c Release bot >/dev/null
dotnet build -c Release bench/TurnLoad >/dev/null
./indexer/bin/Release/net10.0/indexer build --source "$shared/corpus/zh-laws" --index "$work/index" --json | tail -1

start_bot "$port" Knowledge__IndexPath="$work/index" Knowledge__BuildWhenMissing=false DirectLine__Secret="$secret"

BENCH_DIRECTLINE_SECRET="$secret" ./bench/TurnLoad/bin/Release/net10.0/turnload --directline --bot "http://127.0.0.1:$port" \
  --questions "${BENCH_QUESTIONS:-$shared/eval/stard-dev.qrels.jsonl}" --conversations "$conversations" --turns "$turns" --timeout 60
echo "bot RSS after: $(grep VmRSS /proc/$bot_pid/status)"
