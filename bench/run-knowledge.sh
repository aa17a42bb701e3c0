#!/usr/bin/env bash
# Measures the knowledge targets on the shared corpus: build time, index size, quality on the dev sets, latency.
# Usage: bench/run-knowledge.sh [shared-folder] (default ../shared). Needs 2 idle cores for meaningful numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release indexer >/dev/null
indexer=./indexer/bin/Release/net10.0/indexer

echo "== build zh-laws"
/usr/bin/time -f "wall %e s, max RSS %M KB" "$indexer" build --source "$shared/corpus/zh-laws" --index "$work/index" --json | tail -1
echo "corpus bytes: $(du -sb "$shared/corpus/zh-laws" | cut -f1), index bytes: $(du -sb "$work/index/generations" | cut -f1)"

for set in stard-dev lawbench-3-8-dev; do
  echo "== eval $set"
  "$indexer" eval --index "$work/index" --qrels "$shared/eval/$set.qrels.jsonl" --json | tail -1
done

echo "== eval stard-dev with LeCoQA's lawyer-written keywords as expansions (what a model's expansion could reach)"
# The keywords file writes NaN for a question without keywords, which is not JSON: such questions get no expansion.
node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(l => l.trim());
  for (const line of lines) {
    const row = JSON.parse(line.replace(/: NaN/g, ": null"));
    if (typeof row.keywords === "string" && row.keywords.trim()) console.log(JSON.stringify({ id: row.id, expansion: row.keywords }));
  }' "$shared/eval/lecoqa-dev-answers.jsonl" > "$work/lawyer-keywords.jsonl"
"$indexer" eval --index "$work/index" --qrels "$shared/eval/stard-dev.qrels.jsonl" --expansions "$work/lawyer-keywords.jsonl" --json | tail -1

echo "== the bundled knowledge (laws, union rules, guides) with zh-laws beside it: the dev sets as a union would run them"
"$indexer" build --source knowledge/laws --source knowledge/samples --source "$shared/corpus/zh-laws" --index "$work/all" --json | tail -1
for set in stard-dev lawbench-3-8-dev; do
  echo "-- $set over bundled + zh-laws"
  "$indexer" eval --index "$work/all" --qrels "$shared/eval/$set.qrels.jsonl" --json | tail -1
done

echo "== our questions: the bundled knowledge alone (a fresh install), then with zh-laws beside it"
"$indexer" build --source knowledge/laws --source knowledge/samples --index "$work/bundled" --strict-citations --json | tail -1
for index in bundled all; do
  for set in worker-battery english-workers union-members off-topic; do
    echo "-- $set over $index"
    "$indexer" eval --index "$work/$index" --qrels "bench/eval/$set.qrels.jsonl" --json | tail -1
  done
done

echo "== the worker battery answered as a fresh install answers it (recall@3 of the law shown, share quoting a statute)"
dotnet build -c Release bench/Answers >/dev/null
dotnet bench/Answers/bin/Release/net10.0/answers.dll --qrels bench/eval/worker-battery.qrels.jsonl --index "$work/bundled"

echo "== bench 1 thread"
"$indexer" bench --index "$work/index" --qrels "$shared/eval/stard-dev.qrels.jsonl" --threads 1 --seconds 20 --json | tail -1
echo "== bench 2 threads"
"$indexer" bench --index "$work/index" --qrels "$shared/eval/stard-dev.qrels.jsonl" --threads 2 --seconds 20 --json | tail -1

# With an embedding model (ADR 0025): set EMBEDDINGS_URL and EMBEDDINGS_MODEL (and ASSISTANT_EMBEDDINGS_API_KEY when the
# service needs a key; EMBEDDINGS_PROVIDER=azure for Azure OpenAI) to measure vectors on the same sets and weights.
if [[ -n "${EMBEDDINGS_URL:-}" ]]; then
  service=(--embeddings "$EMBEDDINGS_URL" --embeddings-model "${EMBEDDINGS_MODEL:?set EMBEDDINGS_MODEL too}" --embeddings-provider "${EMBEDDINGS_PROVIDER:-openai}")
  echo "== build zh-laws with vectors of $EMBEDDINGS_MODEL (kept in bench/.embeddings-index: the cache makes a second run cheap)"
  /usr/bin/time -f "wall %e s, max RSS %M KB" "$indexer" build --source "$shared/corpus/zh-laws" --index bench/.embeddings-index "${service[@]}" --json | tail -1
  for set in stard-dev lawbench-3-8-dev; do
    for weight in 0.3 0.5 0.7; do
      echo "== eval $set with vectors, weight $weight"
      "$indexer" eval --index bench/.embeddings-index --qrels "$shared/eval/$set.qrels.jsonl" "${service[@]}" --embeddings-weight "$weight" --json | tail -1
    done
  done
fi
