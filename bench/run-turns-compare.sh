#!/usr/bin/env bash
# Turn throughput of this checkout next to an earlier commit's, in the same run, on SQLite and on PostgreSQL:
# each build's bot (Release, its own indexer's zh-laws index, unauthenticated dev mode) is fed by the same
# bench/TurnLoad, fresh process and fresh database per run, builds alternating (old, new, old, new…) so that
# a drift of the machine falls on both. Prints one JSON line per run and the medians.
# Usage: bench/run-turns-compare.sh OLD_COMMIT [shared-folder] [runs] [conversations] [turns]. Needs 2 idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."
old_commit=$1
shared=${2:-../shared}
runs=${3:-3}
conversations=${4:-100}
turns=${5:-20}
port=${BENCH_PORT:-5393}
questions=${BENCH_QUESTIONS:-$shared/eval/stard-dev.qrels.jsonl}

. bench/start-bot.sh
. .ci/postgres.sh
old_tree="$work/old"
bench_cleanup() {
  stop_postgres
  git worktree remove --force "$old_tree" >/dev/null 2>&1 || true
}

git worktree add --detach "$old_tree" "$old_commit" >/dev/null
for tree in . "$old_tree"; do
  (cd "$tree" && dotnet build -c Release indexer >/dev/null && dotnet build -c Release bot >/dev/null)
  "$tree/indexer/bin/Release/net10.0/indexer" build --source "$shared/corpus/zh-laws" --index "$work/index-$([ "$tree" = . ] && echo new || echo old)" --json | tail -1
done
dotnet build -c Release bench/TurnLoad >/dev/null
start_postgres >/dev/null || { echo "no PostgreSQL server could be started" >&2; exit 1; }
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$ASSISTANT_TEST_POSTGRES")

results="$work/results.tsv"
for store in sqlite postgres; do
  for run in $(seq 1 "$runs"); do
    for build in old new; do
      tree=.; [ "$build" = old ] && tree=$old_tree
      settings=(Knowledge__IndexPath="$work/index-$([ "$tree" = . ] && echo new || echo old)" Knowledge__BuildWhenMissing=false)
      if [ "$store" = postgres ]; then
        db="bench_${build}_$run"
        psql -h 127.0.0.1 -p "$pg_port" -U postgres -qAt -c "CREATE DATABASE $db" postgres
        settings+=(Storage__Provider=PostgreSql Storage__PostgreSql__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db")
      else
        rm -f "$work"/bench.db*
      fi
      BOT_ROOT="$tree/bot" start_bot "$port" "${settings[@]}"
      line=$(./bench/TurnLoad/bin/Release/net10.0/turnload --bot "http://127.0.0.1:$port" --questions "$questions" \
        --conversations "$conversations" --turns "$turns" --bot-pid "$bot_pid" --json | tail -1)
      kill "$bot_pid"; wait "$bot_pid" 2>/dev/null || true; bot_pid=""
      echo "$store $build $run $line"
      printf '%s\t%s\t%s\t%s\n' "$store" "$build" "$(sed -E 's/.*"turns_per_s":([0-9.]+).*/\1/' <<<"$line")" \
        "$(sed -E 's/.*"bot_cpu_ms_per_turn":([0-9.]+).*/\1/' <<<"$line")" >>"$results"
    done
  done
done
median() { awk -v s="$1" -v b="$2" -v c="$3" '$1 == s && $2 == b { print $c }' "$results" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "medians: turns/s, and the bot's CPU ms per turn:"
for store in sqlite postgres; do
  for build in old new; do
    echo "  $store $build ($([ "$build" = old ] && echo "$old_commit" || git rev-parse --short HEAD)): $(median "$store" "$build" 3) turns/s, $(median "$store" "$build" 4) ms CPU/turn"
  done
done
