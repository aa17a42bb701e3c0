#!/usr/bin/env bash
# Measures what a worker sees on the web chat page: the real bot (embedded defaults: the bundled sample knowledge,
# SQLite) and Debian's chromium driven by Playwright; time from pressing Enter to the answer card being visible.
# Usage: bench/run-page.sh [count]. Needs chromium and fonts-wqy-microhei (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-bot.sh
count=${1:-20}
port=${BENCH_PORT:-5395}

dotnet build -c Release bot >/dev/null
dotnet build -c Release bench/PageLatency >/dev/null
start_bot "$port" Knowledge__IndexPath="$work/index"
./bench/PageLatency/bin/Release/net10.0/pagelatency --page "http://127.0.0.1:$port/" --count "$count"
