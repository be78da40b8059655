"""The Parley XML document (docs/xml.md) as an lxml tree.

Builds the element tree ``parley export -t xml`` streams: ids, references,
enumerations, numbers and dates as attributes (each date followed by its
``-precision``), free text as child elements, reference lists as repeated
``<x ref=…/>`` elements, collections wrapped and left out when empty,
elements and attributes in the documented order. The lxml peer builds it from
the IR JSON and serializes it.
"""

from __future__ import annotations

from typing import Optional

from lxml import etree

import edtf

NAMESPACE = "https://w3id.org/parley/xml/1.0"
_NS = "{" + NAMESPACE + "}"


def _number(value) -> str:
    """A number as the canonical JSON writes it: ``12``, ``0.9``, ``true``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


class _Builder:
    def __init__(self) -> None:
        self.sub = etree.SubElement

    def element(self, parent, name: str, attributes: dict = None):
        return self.sub(parent, _NS + name, attributes) if attributes else self.sub(parent, _NS + name)

    def text(self, parent, name: str, value: Optional[str]) -> None:
        if value is not None:
            self.sub(parent, _NS + name).text = value

    def refs(self, parent, name: str, ids) -> None:
        for ref in ids or ():
            self.sub(parent, _NS + name, ref=ref)

    @staticmethod
    def attrs(record: dict, *names: str) -> dict:
        """The attributes ``names`` that ``record`` has, dates with their precision."""
        out = {}
        for name in names:
            if name.startswith("@"):  # a date
                name = name[1:]
                if name in record:
                    out[name] = record[name]
                    out[name + "-precision"] = edtf.parse(record[name]).precision
            elif name in record:
                out[name] = record[name]
        return out

    def provenance(self, parent, entries) -> None:
        for entry in entries or ():
            attributes = {"source": entry["source"]}
            if "span" in entry:
                attributes["start"] = str(entry["span"][0])
                attributes["end"] = str(entry["span"][1])
            if "confidence" in entry:
                attributes["confidence"] = _number(entry["confidence"])
            for key in ("method", "rule"):
                if key in entry:
                    attributes[key] = entry[key]
            node = self.sub(parent, _NS + "provenance", attributes)
            self.text(node, "quote", entry.get("quote"))


def build(dossier: dict) -> etree._ElementTree:
    """The whole dossier as a tree."""
    b = _Builder()
    root = etree.Element(_NS + "dossier", nsmap={None: NAMESPACE})
    root.set("parley", dossier["parley"])
    root.set("id", dossier["id"])
    b.text(root, "title", dossier["title"])
    b.text(root, "description", dossier.get("description"))

    def collection(name: str):
        records = dossier.get(name)
        return (b.element(root, name), records) if records else (None, ())

    wrapper, records = collection("sources")
    for source in records:
        node = b.element(wrapper, "source", b.attrs(source, "id", "@published", "language", "url", "sha256"))
        b.text(node, "title", source["title"])
        b.text(node, "publisher", source.get("publisher"))
        b.text(node, "text", source.get("text"))
    wrapper, records = collection("entities")
    for entity in records:
        node = b.element(wrapper, "entity", b.attrs(entity, "id", "kind", "country"))
        b.text(node, "name", entity["name"])
        for alias in entity.get("aliases", ()):
            b.text(node, "alias", alias)
        for role in entity.get("roles", ()):
            b.text(b.element(node, "role", b.attrs(role, "of", "@from", "@until")), "title", role["title"])
        attributes = entity.get("attributes", {})
        for name in sorted(attributes):
            value = attributes[name]
            kind = (
                "boolean" if isinstance(value, bool)
                else "integer" if isinstance(value, int)
                else "number" if isinstance(value, float)
                else "string"
            )  # fmt: skip
            element = b.element(node, "attribute", {"name": name, "type": kind})
            element.text = value if kind == "string" else _number(value)
        b.provenance(node, entity.get("sources"))
    wrapper, records = collection("issues")
    for issue in records:
        node = b.element(wrapper, "issue", {"id": issue["id"]})
        b.text(node, "label", issue["label"])
        b.text(node, "description", issue.get("description"))
        for keyword in issue.get("keywords", ()):
            b.text(node, "keyword", keyword)
    wrapper, records = collection("talks")
    for talk in records:
        node = b.element(wrapper, "talk", b.attrs(talk, "id", "kind", "@date", "venue", "duration"))
        b.text(node, "name", talk["name"])
        b.refs(node, "party", talk.get("parties"))
        for participant in talk.get("participants", ()):
            element = b.element(node, "participant", b.attrs(participant, "entity", "party"))
            b.text(element, "role", participant.get("role"))
        b.refs(node, "issue", talk.get("issues"))
        b.text(node, "outcome", talk.get("outcome"))
        b.provenance(node, talk.get("sources"))
    wrapper, records = collection("positions")
    for position in records:
        node = b.element(
            wrapper, "position", b.attrs(position, "id", "holder", "issue", "stance", "@date", "talk")
        )
        b.text(node, "summary", position.get("summary"))
        b.refs(node, "evidence", position.get("evidence"))
        b.provenance(node, position.get("sources"))
    wrapper, records = collection("statements")
    for statement in records:
        node = b.element(wrapper, "statement", b.attrs(statement, "id", "speaker", "mode", "@date", "talk"))
        b.text(node, "text", statement["text"])
        b.refs(node, "issue", statement.get("issues"))
        b.provenance(node, statement.get("sources"))
    wrapper, records = collection("events")
    for event in records:
        node = b.element(wrapper, "event", b.attrs(event, "id", "kind", "@date", "location", "talk", "cameo"))
        b.text(node, "title", event["title"])
        b.text(node, "summary", event.get("summary"))
        b.refs(node, "actor", event.get("actors"))
        b.refs(node, "target", event.get("targets"))
        b.refs(node, "issue", event.get("issues"))
        b.provenance(node, event.get("sources"))
    wrapper, records = collection("relations")
    for relation in records:
        node = b.element(
            wrapper, "relation", b.attrs(relation, "id", "kind", "from", "to", "@since", "@until")
        )
        b.provenance(node, relation.get("sources"))
    return etree.ElementTree(root)
