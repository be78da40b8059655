"""EDTF level 0/1 dates as Parley reads them, for the benchmark's peers.

A small mirror of ``Sources/ParleyCore/EDTF``: the peers (networkx, igraph,
csv, pandas, lxml) must write the same date cells as Parley — the precision,
and the first and last instant a date can mean — so they need the same
reading of the EDTF text. It accepts the valid dates the generator writes and
does not try to diagnose invalid ones (Parley's validator does that).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

# Coarse before fine, as Parley orders them.
PRECISIONS = ("century", "decade", "year", "season", "month", "day", "time")
_RANK = {name: rank for rank, name in enumerate(PRECISIONS)}
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}


class Instant(NamedTuple):
    """A calendar instant to the second; tuples order chronologically."""

    year: int
    month: int
    day: int
    second: int

    def iso_date(self) -> str:
        """``2022-01-10``, ``-0044-03-15``: the year padded to four digits."""
        year = f"{abs(self.year):04d}"
        return f"{'-' if self.year < 0 else ''}{year}-{self.month:02d}-{self.day:02d}"

    def iso_time(self) -> str:
        """``2022-01-10T09:30:00`` (the date's own time zone, not written)."""
        s = self.second
        return f"{self.iso_date()}T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


class Date(NamedTuple):
    """A parsed EDTF date: the text, its precision, where it starts and ends."""

    text: str
    precision: str
    start: Optional[Instant]
    end: Optional[Instant]
    is_interval: bool

    def cell(self, instant: Optional[Instant]) -> str:
        """An instant as a CSV cell: the day, or the date and time."""
        if instant is None:
            return ""
        return instant.iso_time() if self.precision == "time" else instant.iso_date()

    def graph_iso(self, instant: Optional[Instant]) -> Optional[str]:
        """An instant at the date's own precision (``2022``, ``2022-01`` …)."""
        if instant is None:
            return None
        if self.precision in ("century", "decade", "year"):
            return instant.iso_date()[:-6]
        if self.precision in ("season", "month"):
            return instant.iso_date()[:-3]
        if self.precision == "day":
            return instant.iso_date()
        return instant.iso_time()


def _days_in(month: int, year: int) -> int:
    if month == 2:
        return 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _point(text: str):
    """One date: (precision, earliest, latest)."""
    if text and text[-1] in "?~%":
        text = text[:-1]
    date_part, _, time_part = text.partition("T")
    if date_part.startswith("Y"):
        year = int(date_part[1:])
        return "year", Instant(year, 1, 1, 0), Instant(year, 12, 31, 86399)
    negative = date_part.startswith("-")
    body = date_part[1:] if negative else date_part
    fields = body.split("-")
    year_text = fields[0]
    xs = len(year_text) - len(year_text.rstrip("X"))
    scale = 10**xs
    year = int(year_text[: len(year_text) - xs]) * scale
    if negative:
        year = -year
    span = scale - 1
    precision = ("year", "decade", "century")[xs]
    month = season = day = None
    if len(fields) > 1 and fields[1] != "XX":
        value = int(fields[1])
        if value > 12:
            season, precision = value, "season"
        else:
            month, precision = value, "month"
    if len(fields) > 2 and fields[2] != "XX":
        day, precision = int(fields[2]), "day"
    second = None
    if time_part:
        clock = time_part[:8]
        hours, minutes, seconds = (int(part) for part in clock.split(":"))
        second, precision = hours * 3600 + minutes * 60 + seconds, "time"
    if season is not None:
        first, last = _SEASON_MONTHS[season]
        last_year = year + 1 if first > last else year
        return (
            precision,
            Instant(year, first, 1, 0),
            Instant(last_year, last, _days_in(last, last_year), 86399),
        )
    last_year = year + span if year >= 0 else year - span
    first_year, final_year = min(year, last_year), max(year, last_year)
    first_month, last_month = month or 1, month or 12
    earliest = Instant(first_year, first_month, day or 1, second or 0)
    latest = Instant(
        final_year,
        last_month,
        day or _days_in(last_month, final_year),
        86399 if second is None else second,
    )
    return precision, earliest, latest


@lru_cache(maxsize=65536)
def parse(text: Optional[str]) -> Optional[Date]:
    """The date ``text`` means; ``None`` for no date."""
    if text is None:
        return None
    if "/" not in text:
        precision, start, end = _point(text)
        return Date(text, precision, start, end, False)
    first, last = text.split("/")
    ends = [None if part in ("", "..") else _point(part) for part in (first, last)]
    known = [point[0] for point in ends if point is not None]
    precision = max(known, key=_RANK.__getitem__) if known else "year"
    start = ends[0][1] if ends[0] else None
    end = ends[1][2] if ends[1] else None
    return Date(text, precision, start, end, True)
