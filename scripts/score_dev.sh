#!/usr/bin/env bash
# Score bilat on the development sets: runs `bilat extract` on the seeds, dev2 and the sample
# articles written for the project, and the shared scorer on each.
# Usage: scripts/score_dev.sh [--verbose]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${BILAT_SHARED:-$here/../shared}"
bilat="$here/.venv/bin/bilat"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for set in seeds dev2; do
  "$bilat" extract "$shared/corpus/$set.jsonl" --output "$out/$set.jsonl" >/dev/null
  echo "== $set"
  python3 "$shared/eval/score.py" "$shared/eval/$set.gold.jsonl" "$out/$set.jsonl" "$@"
done
"$bilat" extract "$here/src/bilat/data/sample/articles.jsonl" --output "$out/sample.jsonl" >/dev/null
echo "== sample"
python3 "$shared/eval/score.py" "$here/tests/fixtures/articles/gold.jsonl" "$out/sample.jsonl" "$@"
