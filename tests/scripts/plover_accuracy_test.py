#!/usr/bin/env python3
"""Runs scripts/plover-accuracy --by-type --list on a four-record gold file of our own sentences:
one coded with the gold type, one coded with another, one that gets no event, and a one-sided
act that only `dyad code --one-sided` codes (the second column).

Usage: plover_accuracy_test.py DYAD_BINARY. Exits non-zero with a message on the first mismatch."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / 'scripts' / 'plover-accuracy'
GOLD = [
    {'id': 'T-1', 'event': 'ACCUSE', 'text': 'Chile condemned Peru on Monday.',
     'source': [{'code': 'CHL'}], 'target': [{'code': 'PER'}]},
    {'id': 'T-2', 'event': 'AGREE', 'text': 'Chile criticized Bolivia on Monday.',
     'source': [{'code': 'CHL'}], 'target': [{'code': 'BOL'}]},
    {'id': 'T-3', 'event': 'PROTEST', 'text': 'It rained in the hills.',
     'source': [{'code': 'PER'}], 'target': []},
    {'id': 'T-4', 'event': 'PROTEST', 'text': 'Thousands of Peruvian students demonstrated on Monday.',
     'source': [{'code': 'PER'}], 'target': []},
    {'id': 'T-0', 'event': 'DOCUMENT', 'text': 'not a record'},
]


def expect(condition, message, output):
    if not condition:
        sys.exit(f'plover_accuracy_test: {message}\n--- output ---\n{output}')


def main():
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / 'gold.json'
        gold.write_text(json.dumps(GOLD), encoding='utf-8')
        done = subprocess.run([sys.executable, str(SCRIPT), '--dyad', sys.argv[1], '--gold',
                               str(gold), '--by-type', '--list'], capture_output=True, text=True)
    out = done.stdout
    expect(done.returncode == 0, f'exit {done.returncode}: {done.stderr}', out)
    expect('| coverage (records with any event) | 2 / 4 = 0.500 | 3 / 4 = 0.750 |' in out,
           'coverage without and with --one-sided', out)
    expect('| event type, where coded (any event of the gold type) | 1 / 2 = 0.500 | 2 / 3 = 0.667 |'
           in out, 'event type', out)
    expect('\nuncovered (1): ' in out and '\nT-3\tPROTEST\tPER > \tIt rained in the hills.\n' in out,
           'the uncovered record', out)
    mistyped = [line for line in out.splitlines() if line.startswith('T-2\t')]
    expect(len(mistyped) == 1 and mistyped[0].split('\t')[1:3] == ['AGREE', '111 ACCUSE CHL > BOL'],
           'the mistyped record with its CAMEO code, type and actors', out)
    expect(not any(line.startswith('T-1\t') for line in out.splitlines()), 'a right record listed',
           out)


if __name__ == '__main__':
    main()
