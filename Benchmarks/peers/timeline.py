"""The rows of ``parley export -t csv`` (the default ``timeline`` flavour), in Python.

A mirror of ``Sources/Projections/Tables/TimelineTable.swift``: one row per talk,
event, statement and position; dated rows in chronological order (by the
first instant a date can mean, or the last for an interval with an unknown
start), ties by kind then id; undated rows last; cells a spreadsheet would run
as a formula get a leading ``'`` (OWASP), plain numbers excepted. The csv and
pandas peers write exactly these rows.
"""

from __future__ import annotations

import re

import edtf
from ir import SEPARATOR, joined, source_ids, unique

COLUMNS = [
    "date", "end_date", "precision", "kind", "id", "title", "summary", "actors", "actor_ids",
    "talk", "issues", "stance", "location", "cameo", "sources", "source_urls", "category",
    "targets", "target_ids", "edtf",
]  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z")


def neutralised(cell: str) -> str:
    """``cell`` with a ``'`` in front when a spreadsheet would run it as a formula."""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(cell):
        return "'" + cell
    return cell


def rows(dossier: dict) -> list[list[str]]:
    """The data rows (without the header), formula-safe, in timeline order."""
    names = {e["id"]: e["name"] for e in reversed(dossier.get("entities", ()))}
    labels = {i["id"]: i["label"] for i in reversed(dossier.get("issues", ()))}
    urls = {s["id"]: s["url"] for s in reversed(dossier.get("sources", ())) if "url" in s}

    def name(entity_id: str) -> str:
        return names.get(entity_id, entity_id)

    items = []  # (dated?, instant, kind, id, offset, record)
    for kind, collection in (
        ("talk", "talks"), ("event", "events"), ("statement", "statements"), ("position", "positions"),
    ):  # fmt: skip
        for offset, record in enumerate(dossier.get(collection, ())):
            date = edtf.parse(record.get("date"))
            key = None if date is None else (date.start or date.end)
            items.append((key is None, key or (), kind, record["id"], offset, record, date))
    items.sort(key=lambda item: item[:5])

    table = []
    for _, _, kind, rid, _, record, date in items:
        title = summary = talk = stance = location = cameo = category = ""
        actor_ids: list[str] = []
        target_ids: list[str] = []
        issues: list[str] = []
        if kind == "talk":
            title, summary = record["name"], record.get("outcome", "")
            actor_ids = record.get("parties", []) + [p["entity"] for p in record.get("participants", ())]
            talk, issues = rid, record.get("issues", [])
            location = name(record["venue"]) if "venue" in record else ""
            category = record["kind"]
        elif kind == "event":
            title, summary = record["title"], record.get("summary", "")
            actor_ids, talk = record.get("actors", []), record.get("talk", "")
            issues = record.get("issues", [])
            location = name(record["location"]) if "location" in record else ""
            cameo, category = record.get("cameo", ""), record["kind"]
            target_ids = record.get("targets", [])
        elif kind == "statement":
            title, summary = name(record["speaker"]), record["text"]
            actor_ids, talk = [record["speaker"]], record.get("talk", "")
            issues, category = record.get("issues", []), record["mode"]
        else:
            issue = record["issue"]
            title = f"{name(record['holder'])} {record['stance']}: {labels.get(issue, issue)}"
            summary, actor_ids = record.get("summary", ""), [record["holder"]]
            talk, issues, stance = record.get("talk", ""), [issue], record["stance"]
        actors = unique(actor_ids)
        targets = unique(target_ids)
        cited = source_ids(record.get("sources", ()))
        row = [
            date.cell(date.start) if date else "",
            date.cell(date.end) if date else "",
            date.precision if date else "",
            kind, rid, title, summary,
            SEPARATOR.join(name(a) for a in actors), SEPARATOR.join(actors),
            talk, joined(issues), stance, location, cameo,
            SEPARATOR.join(cited), joined(urls[s] for s in cited if s in urls), category,
            SEPARATOR.join(name(t) for t in targets), SEPARATOR.join(targets),
            date.text if date else "",
        ]  # fmt: skip
        table.append([neutralised(cell) for cell in row])
    return table
