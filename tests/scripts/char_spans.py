#!/usr/bin/env python3
"""Checks dyad's JSON Lines offsets the way a Python user reads them (docs/schema.md):
`char_span` indexes Python's str (code points), `span` the UTF-8 bytes of the same text.

Usage: char_spans.py DYAD_BINARY. Exits non-zero with a message on the first mismatch."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

# Accents, curly quotes, an em dash and a non-Latin name before and inside the evidence, so that
# byte and code-point offsets differ.
ARTICLE = """Téhéran Résumé — Talks in Genève

TEHRAN — Iran’s “foreign minister” Abbas Araghchi condemned Azerbaijan on Monday, the ministry in Tehran said (تهران).
Les Échos reported that Armenia’s prime minister urged Azerbaijan to resume talks in Genève.
"""


def run(dyad, *args):
    done = subprocess.run([dyad, *args], capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        sys.exit(f"dyad {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def check(event, text):
    """Exits unless the event's char_span and span select the same text; True when they differ."""
    data = text.encode("utf-8")
    begin, end = event["char_span"]
    byte_begin, byte_end = event["span"]
    evidence = text[begin:end]
    if evidence != data[byte_begin:byte_end].decode("utf-8"):
        sys.exit(f"char_span {event['char_span']} gives {evidence!r}, span "
                 f"{event['span']} gives {data[byte_begin:byte_end].decode('utf-8')!r}")
    if evidence not in event["sentence_text"]:
        sys.exit(f"evidence {evidence!r} is not in its sentence {event['sentence_text']!r}")
    for role in ("source", "target"):
        actor = event[role]
        if actor["char_span"] is None:
            continue
        a, b = actor["char_span"]
        if text[a:b] != actor["text"]:
            sys.exit(f"{role} char_span {actor['char_span']} gives {text[a:b]!r}, "
                     f"expected {actor['text']!r}")
    return event["span"] != event["char_span"]


def main():
    dyad = sys.argv[1]
    with tempfile.TemporaryDirectory() as scratch:
        article = Path(scratch) / "accents.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        db = str(Path(scratch) / "events.db")
        text = json.loads(run(dyad, "clean", "--json", str(article)))["text"]
        events = [json.loads(line) for line in
                  run(dyad, "code", str(article), "--jsonl", "-", "--db", db).splitlines()]
        # The same offsets read back from the event database.
        events += [mention for line in run(dyad, "export", "--db", db, "--format", "jsonl",
                                           "--undated", "as-ingest").splitlines()
                   for mention in json.loads(line)["mentions"]]
    if not events:
        sys.exit("no events coded from the test article")
    differ = sum(check(event, text) for event in events)
    if differ == 0:
        sys.exit("every span equals its char_span: the test text is not exercising UTF-8")
    print(f"{len(events)} events: char_span slices Python's str, span its UTF-8 bytes")


if __name__ == "__main__":
    main()
