#!/usr/bin/env bash
# Measures a fresh install as the README's first command gives it: the bot started with no index (it builds the
# bundled laws, union rules and guides on first start), the seconds until /healthz answers, idle memory, then 1,000
# questions over its own Direct Line (100 conversations × 10 turns, the worker battery) and the memory after.
# Usage: bench/run-fresh.sh [conversations] [turns] [configuration]. Needs 2 idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-bot.sh
conversations=${1:-100}
turns=${2:-10}
configuration=${3:-Release}
port=${BENCH_PORT:-5395}
secret=$(head -c 24 /dev/urandom | base64)

dotnet build -c "$configuration" bot >/dev/null
dotnet build -c Release bench/TurnLoad >/dev/null

started=$(date +%s.%N)
BOT_CONFIGURATION=$configuration start_bot "$port" Knowledge__IndexPath="$work/index" DirectLine__Secret="$secret"
ready=$(date +%s.%N)
echo "first start: $(echo "$ready - $started" | bc) s to /healthz ($configuration build; the index built from the bundled knowledge)"
curl -s "http://127.0.0.1:$port/healthz"; echo
echo "bot idle RSS: $(grep VmRSS /proc/$bot_pid/status)"

BENCH_DIRECTLINE_SECRET="$secret" ./bench/TurnLoad/bin/Release/net10.0/turnload --directline --bot "http://127.0.0.1:$port" \
  --questions "${BENCH_QUESTIONS:-bench/eval/worker-battery.qrels.jsonl}" --conversations "$conversations" --turns "$turns" --timeout 60 \
  --bot-pid "$bot_pid"
echo "bot RSS after: $(grep VmRSS /proc/$bot_pid/status); peak: $(grep VmHWM /proc/$bot_pid/status)"
