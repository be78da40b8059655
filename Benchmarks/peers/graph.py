"""The graph of ``parley export -t graphml`` (``--graph full``), built in Python.

A faithful mirror of ``Sources/Projections/Graph/FullGraph.swift`` (and ``FullGraph+Edges.swift``) without the
optional source and statement nodes: nodes are the entities, talks and
issues; directed edges are party → talk, participant → talk, talk → venue,
talk → issue, holder → issue (positions), speaker → issue (statements),
relations, person → body (roles), entity → country and actor → target
(events). Attributes, edge ids (made unique as Parley makes them) and date
cells are Parley's, so networkx and igraph write the same graph.

``nodes`` and ``edges`` yield plain tuples; each peer turns them into its own
graph object, which is the part of the work the benchmark calls *build*.
"""

from __future__ import annotations

from typing import Iterator, Optional

import edtf
from ir import SEPARATOR, duration_seconds, source_ids

Node = tuple[str, dict]
Edge = tuple[str, str, str, dict]


def _date(data: dict, text: Optional[str]) -> None:
    """``date``, ``date_end`` (when it differs), ``date_precision``, ``date_edtf``."""
    date = edtf.parse(text)
    if date is None:
        return
    start = date.graph_iso(date.start)
    end = date.graph_iso(date.end)
    if start is not None:
        data["date"] = start
    if end != start and end is not None:
        data["date_end"] = end
    data["date_precision"] = date.precision
    data["date_edtf"] = date.text


def _period(data: dict, since: Optional[str], until: Optional[str]) -> None:
    """A range from two dates: where the first starts, where the second ends."""
    if since is None and until is None:
        return
    first, last = edtf.parse(since), edtf.parse(until)
    if first is not None and first.start is not None:
        data["date"] = first.graph_iso(first.start)
    if last is not None and last.end is not None:
        data["date_end"] = last.graph_iso(last.end)
    data["date_precision"] = (first or last).precision
    if not (first is not None and first.is_interval) and not (last is not None and last.is_interval):
        data["date_edtf"] = f"{since or ''}/{until or ''}"


def _sources(data: dict, entries: Optional[list]) -> None:
    if entries:
        data["sources"] = SEPARATOR.join(source_ids(entries))


def nodes(dossier: dict) -> Iterator[Node]:
    """Entities, talks and issues, in that order, with their attributes."""
    for entity in dossier.get("entities", ()):
        data = {"label": entity["name"], "kind": entity["kind"], "type": "entity"}
        if entity.get("aliases"):
            data["aliases"] = SEPARATOR.join(entity["aliases"])
        if "country" in entity:
            data["country"] = entity["country"]
        if entity.get("roles"):
            data["roles"] = SEPARATOR.join(role["title"] for role in entity["roles"])
        _sources(data, entity.get("sources"))
        data["source_count"] = len(entity.get("sources", ()))
        yield entity["id"], data
    for talk in dossier.get("talks", ()):
        data = {"label": talk["name"], "kind": talk["kind"], "type": "talk"}
        _date(data, talk.get("date"))
        if "venue" in talk:
            data["venue"] = talk["venue"]
        if "duration" in talk:
            data["duration"] = talk["duration"]
            data["duration_seconds"] = duration_seconds(talk["duration"])
        if "outcome" in talk:
            data["outcome"] = talk["outcome"]
        _sources(data, talk.get("sources"))
        data["source_count"] = len(talk.get("sources", ()))
        yield talk["id"], data
    for issue in dossier.get("issues", ()):
        data = {"label": issue["label"], "kind": "issue", "type": "issue"}
        if "description" in issue:
            data["description"] = issue["description"]
        if issue.get("keywords"):
            data["keywords"] = SEPARATOR.join(issue["keywords"])
        yield issue["id"], data


def edges(dossier: dict) -> Iterator[Edge]:
    """Every tie, in Parley's order, with Parley's edge ids."""
    taken: set[str] = set()
    reserved = {p["id"] for p in dossier.get("positions", ())}
    reserved.update(r["id"] for r in dossier.get("relations", ()))

    def derived(preferred: str) -> str:
        """``preferred``, or ``preferred.2``, ``.3`` … when taken or reserved."""
        candidate, suffix = preferred, 2
        while candidate in taken or candidate in reserved:
            candidate, suffix = f"{preferred}.{suffix}", suffix + 1
        taken.add(candidate)
        return candidate

    for talk in dossier.get("talks", ()):
        tid = talk["id"]
        for party in talk.get("parties", ()):
            data = {"label": "party to", "kind": "party", "record": tid}
            _date(data, talk.get("date"))
            yield derived(f"{tid}.party.{party}"), party, tid, data
        for participant in talk.get("participants", ()):
            role = participant.get("role")
            data = {"label": role or "participant", "kind": "participant"}
            if role is not None:
                data["role"] = role
            if "party" in participant:
                data["party"] = participant["party"]
            data["record"] = tid
            _date(data, talk.get("date"))
            yield derived(f"{tid}.participant.{participant['entity']}"), participant["entity"], tid, data
        if "venue" in talk:
            data = {"label": "held in", "kind": "venue", "record": tid}
            yield derived(f"{tid}.venue"), tid, talk["venue"], data
        for issue in talk.get("issues", ()):
            data = {"label": "discussed", "kind": "agenda", "record": tid}
            _date(data, talk.get("date"))
            yield derived(f"{tid}.issue.{issue}"), tid, issue, data
    for position in dossier.get("positions", ()):
        data = {"label": position["stance"], "kind": "position", "stance": position["stance"]}
        _date(data, position.get("date"))
        if "talk" in position:
            data["talk"] = position["talk"]
        if "summary" in position:
            data["summary"] = position["summary"]
        data["record"] = position["id"]
        _sources(data, position.get("sources"))
        taken.add(position["id"])
        yield position["id"], position["holder"], position["issue"], data
    for statement in dossier.get("statements", ()):
        for issue in statement.get("issues", ()):
            data = {"label": "spoke on", "kind": "statement", "summary": statement["text"]}
            if "talk" in statement:
                data["talk"] = statement["talk"]
            data["record"] = statement["id"]
            _date(data, statement.get("date"))
            _sources(data, statement.get("sources"))
            yield derived(f"{statement['id']}.issue.{issue}"), statement["speaker"], issue, data
    for relation in dossier.get("relations", ()):
        data = {"label": relation["kind"], "kind": relation["kind"], "record": relation["id"]}
        _period(data, relation.get("since"), relation.get("until"))
        _sources(data, relation.get("sources"))
        taken.add(relation["id"])
        yield relation["id"], relation["from"], relation["to"], data
    for entity in dossier.get("entities", ()):
        eid = entity["id"]
        for index, role in enumerate(entity.get("roles", ())):
            if "of" not in role:
                continue
            data = {"label": role["title"], "kind": "role", "title": role["title"], "record": eid}
            _period(data, role.get("from"), role.get("until"))
            yield derived(f"{eid}.role.{index}"), eid, role["of"], data
        if "country" in entity:
            data = {"label": "country", "kind": "country", "record": eid}
            yield derived(f"{eid}.country"), eid, entity["country"], data
    for event in dossier.get("events", ()):
        for actor in event.get("actors", ()):
            for target in event.get("targets", ()):
                data = {"label": event["title"], "kind": "event", "title": event["title"]}
                for key in ("summary", "cameo", "talk"):
                    if key in event:
                        data[key] = event[key]
                data["record"] = event["id"]
                _date(data, event.get("date"))
                _sources(data, event.get("sources"))
                yield derived(f"{event['id']}.{actor}.{target}"), actor, target, data
