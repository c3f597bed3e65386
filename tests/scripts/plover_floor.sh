#!/bin/sh
# Floors on the PLOVER gold standard records (../shared/corpora/plover-gsr-cameo, 322 coded
# sentences; docs/accuracy.md, "PLOVER: the gold standard records"): the records `dyad code
# --one-sided` covers, and the share of them with the gold event type, by scripts/plover-accuracy.
# Floors are the figures measured when they were set and are only ever raised. Skipped (77)
# without the gold file or python3.
# usage: plover_floor.sh DYAD ROOT SHARED_DIR MIN_COVERED MIN_TYPE_SHARE
dyad=$1 root=$2 shared=$3 min_covered=$4 min_type=$5
gold="$shared/corpora/plover-gsr-cameo/gold_standard_records/PLOVER_GSR_CAMEO.txt"
if [ ! -f "$gold" ]; then
  echo "skipped: $gold (the PLOVER gold records) is absent"
  exit 77
fi
command -v python3 >/dev/null || { echo "skipped: python3 is not installed"; exit 77; }
out=$(python3 "$root/scripts/plover-accuracy" --dyad "$dyad" --gold "$gold") || exit 1
echo "$out"
# The --one-sided column of "| coverage … | a / b = x | c / d = y |" and of the event type row.
covered=$(echo "$out" | awk -F'|' '/^\| coverage/ { split($4, f, " "); print f[1] }')
type_share=$(echo "$out" | awk -F'|' '/^\| event type, where coded \(any/ { split($4, f, " "); print f[5] }')
[ -n "$covered" ] && [ -n "$type_share" ] || { echo "plover_floor: no figures in the output"; exit 1; }
if [ "$covered" -lt "$min_covered" ]; then
  echo "coverage with --one-sided: $covered records, below the floor $min_covered"
  exit 1
fi
if ! python3 -c "import sys; sys.exit(0 if float('$type_share') >= float('$min_type') else 1)"; then
  echo "event type where coded with --one-sided: $type_share, below the floor $min_type"
  exit 1
fi
echo "floors kept: $covered >= $min_covered records covered, type $type_share >= $min_type"
