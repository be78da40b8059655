#!/usr/bin/env python3
"""A Parley filter: drop the positions whose evidence is all below a confidence.

    parley export draft.json --filter 'python3 samples/filters/min_confidence.py 0.8' -o checked.json

A position is dropped when it has provenance entries (its `sources`), every
entry has a `confidence`, and every confidence is below THRESHOLD (a number
from 0 to 1). A position without provenance, or with any entry that has no
confidence, is kept: curated provenance usually has none. Nothing in the IR
refers to a position, so nothing else changes.

Reads a dossier as JSON on standard input and writes it on standard output
(docs/toolkit.md, "Filters"); exits 2 on a bad THRESHOLD and 1 on input that
is not a dossier, with a message on standard error. Python 3 standard library
only; filterio.py beside it does the reading and writing.
"""

import argparse

import filterio


def threshold(text):
    """THRESHOLD: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a number') from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def below(position, minimum):
    """Whether every provenance entry of the position has a confidence below `minimum`."""
    entries = position.get("sources") or []
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        filterio.fail(f'position "{position.get("id")}": "sources" is not a list of objects')
    confidences = [entry.get("confidence") for entry in entries]
    for confidence in confidences:
        if confidence is not None and (
                isinstance(confidence, bool) or not isinstance(confidence, (int, float))):
            filterio.fail(f'position "{position.get("id")}": confidence {confidence!r} is not a number')
    return bool(confidences) and all(c is not None and c < minimum for c in confidences)


def main():
    parser = argparse.ArgumentParser(
        description="Drop the positions whose provenance confidences are all below THRESHOLD.")
    parser.add_argument("threshold", metavar="THRESHOLD", type=threshold,
                        help="the lowest confidence kept, from 0 to 1")
    minimum = parser.parse_args().threshold

    def change(dossier):
        positions = filterio.records(dossier, "positions")
        if positions:
            dossier["positions"] = [p for p in positions if not below(p, minimum)]
        return dossier

    filterio.run(change)


if __name__ == "__main__":
    main()
