#!/usr/bin/env bash
# scripts/demo in one screen: a timeline with dated rows, the top dyads, one event with its
# evidence sentence, then the files it wrote (which must exist) and the dashboard command. Usage: demo_test.sh DYAD_BINARY
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
DYAD_BINARY="$1" DYAD_DEMO_DIR="$scratch" "$root/scripts/demo" >"$scratch/out" 2>&1
fail() { echo "demo_test: $1" >&2; cat "$scratch/out" >&2; exit 1; }
lines=$(wc -l <"$scratch/out")
[ "$lines" -le 30 ] || fail "$lines lines, more than a screen"
grep -q '^== timeline' "$scratch/out" || fail "no timeline"
grep -Eq '^20[0-9]{2}-[0-9]{2} +[1-9]' "$scratch/out" || fail "the timeline has no dated row"
grep -q '^== top dyads' "$scratch/out" || fail "no top dyads"
grep -Eq '^SOURCE +TARGET +EVENTS' "$scratch/out" || fail "no dyad table"
grep -Eq '^    .+ \[[0-9]+\] .*: ".+"$' "$scratch/out" || fail "no event with its evidence"
grep -q '^== files' "$scratch/out" || fail "no files section"
for file in demo-events.jsonl demo-events.tsv demo-events.db; do
  grep -q "$scratch/$file" "$scratch/out" || fail "$file not named"
  [ -s "$scratch/$file" ] || fail "$file not written"
done
grep -q "serve --db $scratch/demo-events.db .*http://127.0.0.1:8080/" "$scratch/out" ||
  fail "no dashboard command and URL"
echo "demo: $lines lines"
