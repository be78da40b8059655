"""The rows of Parley's SQLite database, built from the IR JSON, for the SQL peers.

Mirrors the tables ``parley export IR -o OUT.sqlite`` writes (the relational
layout of ``Sources/Projections/Tables``, docs in ``docs/sqlite.md``): one
table per collection with its scalar fields, each EDTF date followed by its
``_start``, ``_end`` and ``_precision`` columns; one table per list (aliases,
roles, attributes, keywords, parties, participants, issues, evidence,
actors, targets) and per provenance list, keyed by the owner's id and a
1-based ordinal (attributes: by name, sorted, typed); the dossier's own row.
The same columns, in the same order, with the same primary keys, foreign keys
and indexes (on every reference but the owner's, and on every date's start).
Not mirrored: the CHECK constraints on enumerations, the FTS5 tables over
statements and sources, and the views — the peers stop at the tables.

Both SQL peers (pandas ``DataFrame.to_sql`` and sqlite-utils ``insert_all``)
take their rows from :func:`rows` and their schema from :data:`TABLES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

import edtf

DATE = "date"  # a column kind: the EDTF text, then _start, _end, _precision


@dataclass
class Column:
    name: str
    type: str = "TEXT"  # TEXT, INTEGER, REAL, or "" (any: a typed attribute value)
    references: Optional[str] = None  # the table whose id it names
    date: bool = False  # an EDTF date, followed by its three derived columns
    derived: bool = False  # a date's _start, _end or _precision


@dataclass
class Table:
    name: str
    columns: list[Column]
    primary_key: list[str]
    owner: Optional[str] = None  # a list table's owner column, also a reference
    indexes: list[str] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def foreign_keys(self) -> list[tuple[str, str, str]]:
        """(column, table, "id") for every reference."""
        return [(c.name, c.references, "id") for c in self.columns if c.references]


def _expand(spec: list) -> list[Column]:
    """Columns from a compact spec.

    ``"name"`` (text), ``("name", "INTEGER")``, ``("name", "->table")`` (a
    reference), ``("name", DATE)`` (the date and its three derived columns).
    """
    out: list[Column] = []
    for item in spec:
        if isinstance(item, str):
            out.append(Column(item))
            continue
        name, kind = item
        if kind == DATE:
            out.append(Column(name, date=True))
            out += [Column(f"{name}_{part}", derived=True) for part in ("start", "end", "precision")]
        elif kind.startswith("->"):
            out.append(Column(name, references=kind[2:]))
        else:
            out.append(Column(name, kind))
    return out


def _table(name: str, spec: list, primary_key: list[str], owner: Optional[str] = None) -> Table:
    columns = _expand(spec)
    table = Table(name, columns, primary_key, owner)
    # Parley indexes every reference but the owner's (the primary key's first
    # column covers it) and the start of every date.
    table.indexes = [
        c.name
        for c in columns
        if (c.references and c.name != owner) or (c.derived and c.name.endswith("_start"))
    ]
    return table


def _provenance(owner_table: str, owner: str) -> Table:
    return _table(
        f"{owner_table}_provenance",
        [
            (f"{owner}_id", f"->{owner}s" if owner != "entity" else "->entities"),
            ("ordinal", "INTEGER"),
            ("source", "->sources"),
            ("span_start", "INTEGER"),
            ("span_end", "INTEGER"),
            "quote",
            ("confidence", "REAL"),
            "method",
            "rule",
        ],
        [f"{owner}_id", "ordinal"],
        owner=f"{owner}_id",
    )


def _list(name: str, owner: str, owner_table: str, spec: list) -> Table:
    return _table(
        name,
        [(f"{owner}_id", f"->{owner_table}"), ("ordinal", "INTEGER"), *spec],
        [f"{owner}_id", "ordinal"],
        owner=f"{owner}_id",
    )


TABLES: list[Table] = [
    _table("dossier", ["parley", "id", "title", "description"], ["id"]),
    _table(
        "sources",
        ["id", "title", "publisher", "url", ("published", DATE), "language", "text", "sha256"],
        ["id"],
    ),
    _table("entities", ["id", "kind", "name", ("country", "->entities")], ["id"]),
    _list("entity_aliases", "entity", "entities", ["alias"]),
    _list(
        "entity_roles",
        "entity",
        "entities",
        ["title", ("of", "->entities"), ("from", DATE), ("until", DATE)],
    ),
    _table(
        "entity_attributes",
        [("entity_id", "->entities"), "name", ("value", ""), "type"],
        ["entity_id", "name"],
        owner="entity_id",
    ),
    _provenance("entity", "entity"),
    _table("issues", ["id", "label", "description"], ["id"]),
    _list("issue_keywords", "issue", "issues", ["keyword"]),
    _table(
        "talks",
        ["id", "name", "kind", ("date", DATE), ("venue", "->entities"), "outcome", "duration"],
        ["id"],
    ),
    _list("talk_parties", "talk", "talks", [("entity_id", "->entities")]),
    _list(
        "talk_participants",
        "talk",
        "talks",
        [("entity", "->entities"), "role", ("party", "->entities")],
    ),
    _list("talk_issues", "talk", "talks", [("issue_id", "->issues")]),
    _provenance("talk", "talk"),
    _table(
        "positions",
        [
            "id",
            ("holder", "->entities"),
            ("issue", "->issues"),
            "stance",
            ("date", DATE),
            ("talk", "->talks"),
            "summary",
        ],
        ["id"],
    ),
    _list("position_evidence", "position", "positions", [("statement_id", "->statements")]),
    _provenance("position", "position"),
    _table(
        "statements",
        ["id", ("speaker", "->entities"), "text", "mode", ("date", DATE), ("talk", "->talks")],
        ["id"],
    ),
    _list("statement_issues", "statement", "statements", [("issue_id", "->issues")]),
    _provenance("statement", "statement"),
    _table(
        "events",
        [
            "id",
            ("date", DATE),
            "kind",
            "title",
            "summary",
            ("location", "->entities"),
            ("talk", "->talks"),
            "cameo",
        ],
        ["id"],
    ),
    _list("event_actors", "event", "events", [("entity_id", "->entities")]),
    _list("event_targets", "event", "events", [("entity_id", "->entities")]),
    _list("event_issues", "event", "events", [("issue_id", "->issues")]),
    _provenance("event", "event"),
    _table(
        "relations",
        [
            "id",
            "kind",
            ("from", "->entities"),
            ("to", "->entities"),
            ("since", DATE),
            ("until", DATE),
        ],
        ["id"],
    ),
    _provenance("relation", "relation"),
]
BY_NAME = {table.name: table for table in TABLES}


# -- the rows ------------------------------------------------------------------


def _date(text: Optional[str]) -> tuple:
    """An EDTF date's four cells: the text, its start, end and precision (or NULLs)."""
    if text is None:
        return (None, None, None, None)
    date = edtf.parse(text)
    return (
        text,
        date.cell(date.start) if date.start else None,
        date.cell(date.end) if date.end else None,
        date.precision,
    )


def _scalar_getter(table: Table):
    """A function from a record to its row of ``table`` (a collection's table)."""
    plan = [c for c in table.columns if not c.derived]

    def row(record: dict) -> tuple:
        out: list = []
        for column in plan:
            if column.date:
                out.extend(_date(record.get(column.name)))
            else:
                out.append(record.get(column.name))
        return tuple(out)

    return row


def _provenance_rows(owner_id: str, entries: list[dict]) -> Iterator[tuple]:
    for ordinal, entry in enumerate(entries, 1):
        span = entry.get("span")
        yield (
            owner_id,
            ordinal,
            entry["source"],
            span[0] if span else None,
            span[1] if span else None,
            entry.get("quote"),
            entry.get("confidence"),
            entry.get("method"),
            entry.get("rule"),
        )


def _attribute(value) -> tuple:
    if isinstance(value, bool):
        return int(value), "boolean"
    if isinstance(value, int):
        return value, "integer"
    if isinstance(value, float):
        return value, "number"
    return value, "string"


def rows(dossier: dict) -> dict[str, list[tuple]]:
    """Every table's rows, in the order of :data:`TABLES`' columns."""
    out: dict[str, list[tuple]] = {table.name: [] for table in TABLES}
    out["dossier"].append(
        (dossier["parley"], dossier["id"], dossier["title"], dossier.get("description"))
    )
    getters = {table.name: _scalar_getter(table) for table in TABLES}

    def lists(table: str, owner_id: str, values, shape=lambda v: (v,)) -> None:
        rows_ = out[table]
        for ordinal, value in enumerate(values or (), 1):
            rows_.append((owner_id, ordinal, *shape(value)))

    src = getters["sources"]
    out["sources"] = [src(record) for record in dossier.get("sources", ())]

    get = getters["entities"]
    for e in dossier.get("entities", ()):
        eid = e["id"]
        out["entities"].append(get(e))
        lists("entity_aliases", eid, e.get("aliases"))
        lists(
            "entity_roles",
            eid,
            e.get("roles"),
            lambda r: (r["title"], r.get("of"), *_date(r.get("from")), *_date(r.get("until"))),
        )
        for name in sorted(e.get("attributes") or ()):
            out["entity_attributes"].append((eid, name, *_attribute(e["attributes"][name])))
        out["entity_provenance"].extend(_provenance_rows(eid, e.get("sources") or ()))

    get = getters["issues"]
    for i in dossier.get("issues", ()):
        out["issues"].append(get(i))
        lists("issue_keywords", i["id"], i.get("keywords"))

    get = getters["talks"]
    for t in dossier.get("talks", ()):
        tid = t["id"]
        out["talks"].append(get(t))
        lists("talk_parties", tid, t.get("parties"))
        lists(
            "talk_participants",
            tid,
            t.get("participants"),
            lambda p: (p["entity"], p.get("role"), p.get("party")),
        )
        lists("talk_issues", tid, t.get("issues"))
        out["talk_provenance"].extend(_provenance_rows(tid, t.get("sources") or ()))

    get = getters["positions"]
    for p in dossier.get("positions", ()):
        pid = p["id"]
        out["positions"].append(get(p))
        lists("position_evidence", pid, p.get("evidence"))
        out["position_provenance"].extend(_provenance_rows(pid, p.get("sources") or ()))

    get = getters["statements"]
    for s in dossier.get("statements", ()):
        sid = s["id"]
        out["statements"].append(get(s))
        lists("statement_issues", sid, s.get("issues"))
        out["statement_provenance"].extend(_provenance_rows(sid, s.get("sources") or ()))

    get = getters["events"]
    for v in dossier.get("events", ()):
        vid = v["id"]
        out["events"].append(get(v))
        lists("event_actors", vid, v.get("actors"))
        lists("event_targets", vid, v.get("targets"))
        lists("event_issues", vid, v.get("issues"))
        out["event_provenance"].extend(_provenance_rows(vid, v.get("sources") or ()))

    get = getters["relations"]
    for r in dossier.get("relations", ()):
        out["relations"].append(get(r))
        out["relation_provenance"].extend(_provenance_rows(r["id"], r.get("sources") or ()))
    return out


# -- the SQL -------------------------------------------------------------------

# The settings Parley writes its new, private file with: no journal, no sync.
PRAGMAS = (
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA cache_size = -32768",
)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def index_sql(table: Table) -> list[str]:
    """``CREATE INDEX`` statements named as Parley names them."""
    return [
        f"CREATE INDEX {quote(table.name + '_' + column)} ON {quote(table.name)} ({quote(column)})"
        for column in table.indexes
    ]
