"""Reading the IR JSON and the small helpers every peer shares.

The peers read the dossier as any Python user would: ``json.load`` of the
file, then plain dicts and lists. The helpers mirror the conventions of
Parley's exporters (lists joined with ``; ``, each value once, in order).
"""

from __future__ import annotations

import json
import re
from typing import Iterable

SEPARATOR = "; "


def load(path: str) -> dict:
    """The dossier at ``path`` (IR JSON)."""
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def unique(values: Iterable[str]) -> list[str]:
    """``values`` without repeats, in the order first seen."""
    return list(dict.fromkeys(values))


def joined(values: Iterable[str]) -> str:
    """Several values in one cell: each once, joined with ``; ``."""
    return SEPARATOR.join(dict.fromkeys(values))


def source_ids(entries: list[dict]) -> list[str]:
    """The ids of the sources that provenance entries cite, each once."""
    return list(dict.fromkeys(entry["source"] for entry in entries))


_DURATION = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
_DATE_UNITS = {"Y": 31_536_000, "M": 2_592_000, "W": 604_800, "D": 86_400}
_TIME_UNITS = {"H": 3600, "M": 60, "S": 1}


def duration_seconds(text: str) -> float:
    """An ISO 8601 duration in seconds (a year 365 days, a month 30), as Parley counts."""
    date_part, _, time_part = text[1:].partition("T")
    total = 0.0
    for part, units in ((date_part, _DATE_UNITS), (time_part, _TIME_UNITS)):
        for number, unit in _DURATION.findall(part):
            total += float(number) * units[unit]
    return total
