"""An independent Python reading of docs/xml.md, for the interop tests.

to_xml(doc) turns an IR document (the dict that json/yaml load) into Parley
XML as docs/xml.md lays it out, with lxml; precision(date) is the EDTF
precision docs/IR.md defines; normalized(tree) reduces a Parley XML document
to a comparable form (whitespace-only text between elements dropped, numbers
as numbers), so a document Parley wrote can be compared with the reference.
"""

import re

from lxml import etree

NS = "https://w3id.org/parley/xml/1.0"
COLLECTIONS = [("sources", "source"), ("entities", "entity"), ("issues", "issue"), ("talks", "talk"),
               ("positions", "position"), ("statements", "statement"), ("events", "event"),
               ("relations", "relation")]

_YEAR = r"(?:Y-?\d{5,}|-?\d{4}|\d{3}X|\d{2}XX|\dXXX)"


def precision(date):
    """The precision docs/IR.md gives an EDTF date, or None where it does not say (1XXX)."""
    if "/" in date:
        start, end = date.split("/", 1)
        ends = [precision(d) for d in (start, end) if d not in ("", "..")]
        if None in ends:
            return None
        order = ["century", "decade", "year", "season", "month", "day", "time"]
        return max(ends, key=order.index)
    point = date.rstrip("?~%")
    if "T" in point:
        return "time"
    m = re.fullmatch(rf"({_YEAR})(?:-(\d\d|XX))?(?:-(\d\d|XX))?", point)
    if not m:
        raise ValueError(f"not an EDTF date: {date!r}")
    year, month, day = m.groups()
    if month is None:
        return {0: "year", 1: "decade", 2: "century"}.get(year.count("X")) if not year.startswith("Y") else "year"
    if month == "XX":
        return "year"
    if day is None:
        return "season" if 21 <= int(month) <= 24 else "month"
    return "month" if day == "XX" else "day"


def _number(value):
    # "Numbers are written as in JSON": the shortest round-tripping form.
    if isinstance(value, bool):
        raise TypeError("not a number")
    return str(value) if isinstance(value, int) else repr(float(value))


def to_xml(doc):
    """The Parley XML tree of an IR document, as docs/xml.md describes it."""

    def q(name):
        return f"{{{NS}}}{name}"

    def attr(node, name, value, date=False):
        if value is None:
            return
        if date:
            node.set(name, value)
            p = precision(value)
            if p:
                node.set(f"{name}-precision", p)
        else:
            node.set(name, value if isinstance(value, str) else _number(value))

    def text(node, name, value):
        if value is not None:
            etree.SubElement(node, q(name)).text = value

    def refs(node, name, values):
        for value in values or []:
            etree.SubElement(node, q(name), ref=value)

    def provenance(node, entries):
        for entry in entries or []:
            p = etree.SubElement(node, q("provenance"), source=entry["source"])
            if "span" in entry:
                p.set("start", str(entry["span"][0]))
                p.set("end", str(entry["span"][1]))
            attr(p, "confidence", entry.get("confidence"))
            attr(p, "method", entry.get("method"))
            attr(p, "rule", entry.get("rule"))
            text(p, "quote", entry.get("quote"))

    def record(parent, name, r, attributes, dates=()):
        node = etree.SubElement(parent, q(name))
        for key in attributes:
            attr(node, key, r.get(key), date=key in dates)
        return node

    root = etree.Element(q("dossier"), nsmap={None: NS})
    root.set("parley", doc["parley"])
    root.set("id", doc["id"])
    text(root, "title", doc["title"])
    text(root, "description", doc.get("description"))
    for collection, name in COLLECTIONS:
        records = doc.get(collection) or []
        if not records:
            continue
        wrapper = etree.SubElement(root, q(collection))
        for r in records:
            if name == "source":
                n = record(wrapper, name, r, ["id", "published", "language", "url", "sha256"], ["published"])
                text(n, "title", r["title"])
                text(n, "publisher", r.get("publisher"))
                text(n, "text", r.get("text"))
            elif name == "entity":
                n = record(wrapper, name, r, ["id", "kind", "country"])
                text(n, "name", r["name"])
                for alias in r.get("aliases") or []:
                    text(n, "alias", alias)
                for role in r.get("roles") or []:
                    rn = record(n, "role", role, ["of", "from", "until"], ["from", "until"])
                    text(rn, "title", role["title"])
                for key, value in sorted((r.get("attributes") or {}).items()):
                    a = etree.SubElement(n, q("attribute"), name=key)
                    if isinstance(value, bool):
                        a.set("type", "boolean")
                        a.text = "true" if value else "false"
                    elif isinstance(value, int):
                        a.set("type", "integer")
                        a.text = str(value)
                    elif isinstance(value, float):
                        a.set("type", "number")
                        a.text = _number(value)
                    else:
                        a.set("type", "string")
                        a.text = value
                provenance(n, r.get("sources"))
            elif name == "issue":
                n = record(wrapper, name, r, ["id"])
                text(n, "label", r["label"])
                text(n, "description", r.get("description"))
                for keyword in r.get("keywords") or []:
                    text(n, "keyword", keyword)
            elif name == "talk":
                n = record(wrapper, name, r, ["id", "kind", "date", "venue", "duration"], ["date"])
                text(n, "name", r["name"])
                refs(n, "party", r.get("parties"))
                for participant in r.get("participants") or []:
                    pn = record(n, "participant", participant, ["entity", "party"])
                    text(pn, "role", participant.get("role"))
                refs(n, "issue", r.get("issues"))
                text(n, "outcome", r.get("outcome"))
                provenance(n, r.get("sources"))
            elif name == "position":
                n = record(wrapper, name, r, ["id", "holder", "issue", "stance", "date", "talk"], ["date"])
                text(n, "summary", r.get("summary"))
                refs(n, "evidence", r.get("evidence"))
                provenance(n, r.get("sources"))
            elif name == "statement":
                n = record(wrapper, name, r, ["id", "speaker", "mode", "date", "talk"], ["date"])
                text(n, "text", r["text"])
                refs(n, "issue", r.get("issues"))
                provenance(n, r.get("sources"))
            elif name == "event":
                n = record(wrapper, name, r, ["id", "kind", "date", "location", "talk", "cameo"], ["date"])
                text(n, "title", r["title"])
                text(n, "summary", r.get("summary"))
                refs(n, "actor", r.get("actors"))
                refs(n, "target", r.get("targets"))
                refs(n, "issue", r.get("issues"))
                provenance(n, r.get("sources"))
            elif name == "relation":
                n = record(wrapper, name, r, ["id", "kind", "from", "to", "since", "until"], ["since", "until"])
                provenance(n, r.get("sources"))
    return root.getroottree()


NUMERIC = {"confidence"}
TEXT_ELEMENTS = {f"{{{NS}}}{name}" for name in (
    "title", "description", "publisher", "text", "name", "alias", "label", "keyword", "role", "outcome",
    "summary", "quote")}


def normalized(tree, precisions=True):
    """A Parley XML document as nested tuples: (tag, sorted attributes, text, children).

    Whitespace-only text in elements that have children is dropped (it is
    indentation); text elements keep their text exactly ('' when empty).
    Confidence is compared as a number. With precisions=False the
    X-precision attributes are left out.
    """

    def walk(node):
        children = [c for c in node if isinstance(c.tag, str)]
        attributes = []
        for key, value in sorted(node.attrib.items()):
            if not precisions and key.endswith("-precision"):
                continue
            attributes.append((key, float(value) if key in NUMERIC else value))
        if node.tag == f"{{{NS}}}attribute":
            value, kind = node.text or "", node.get("type")
            if kind in ("integer", "number"):
                value = float(value)
            return (node.tag, tuple(attributes), value, ())
        text = node.text or ""
        if children or (node.tag not in TEXT_ELEMENTS and not text.strip()):
            text = ""  # indentation, or an empty record written as <x></x>
        return (node.tag, tuple(attributes), text, tuple(walk(c) for c in children))

    root = tree.getroot() if hasattr(tree, "getroot") else tree
    return walk(root)
