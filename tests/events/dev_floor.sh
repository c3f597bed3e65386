#!/bin/sh
# Accuracy floors on the real-news development set (../shared/dev: 24 Guardian articles, 171 key
# events coded by hand): dyad code's recall and precision by the set's own scorer. Floors are the
# figures measured when they were set (docs/accuracy.md) and are only ever raised. Skipped (77)
# without ../shared or python3.
# usage: dev_floor.sh DYAD SHARED_DIR MIN_RECALL MIN_PRECISION
dyad=$1 shared=$2 min_recall=$3 min_precision=$4
dev="$shared/dev"
if [ ! -f "$dev/guardian_dev.jsonl" ] || [ ! -f "$dev/score_gold.py" ]; then
  echo "skipped: $dev (the development set) is absent"
  exit 77
fi
command -v python3 >/dev/null || { echo "skipped: python3 is not installed"; exit 77; }
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
"$dyad" code "$dev/guardian_dev.jsonl" --jsonl "$out" --progress 0 || exit 1
exec python3 "$dev/score_gold.py" "$dev/guardian_gold.tsv" "$out" \
  --min-recall "$min_recall" --min-precision "$min_precision"
