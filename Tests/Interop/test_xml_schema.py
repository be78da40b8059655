"""Parley XML's schema (Sources/Exporters/XML/Schema/parley-1.0.xsd), pure Python.

The XSD is a valid XSD 1.0 schema for both xmlschema and libxml2 (lxml); it
describes docs/xml.md (elements, attributes, order, occurrence); the
hand-made Tests/Interop/data/full.parley.xml uses every element, attribute
and enumeration value and validates with both; and each of a table of broken
copies of it is rejected by both, for the right reason.

Run: .venv/bin/python -m pytest Tests/Interop/test_xml_schema.py -q
"""

import copy
import ctypes
import hashlib
import re
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from test_schema import INVALID_DATES, VALID_DATES

REPO_ROOT = Path(__file__).resolve().parents[2]
XSD_PATH = REPO_ROOT / "Sources" / "Exporters" / "XML" / "Schema" / "parley-1.0.xsd"
FULL_PATH = Path(__file__).resolve().parent / "data" / "full.parley.xml"
XML_DOC = REPO_ROOT / "docs" / "xml.md"

NS = "https://w3id.org/parley/xml/1.0"
XS = "http://www.w3.org/2001/XMLSchema"
P = {"p": NS}


def q(name):
    return f"{{{NS}}}{name}"


XSD_TREE = etree.parse(str(XSD_PATH))
SCHEMA = xmlschema.XMLSchema10(str(XSD_PATH))
LXML_SCHEMA = etree.XMLSchema(XSD_TREE)


def full_tree():
    return etree.parse(str(FULL_PATH))


def xmlschema_errors(tree):
    return [f"{e.path}: {e.reason}" for e in SCHEMA.iter_errors(tree)]


def lxml_errors(tree):
    # Validate a fresh parse of the serialised document, so line numbers and
    # whitespace are what a reader would see.
    fresh = etree.fromstring(etree.tostring(tree)).getroottree()
    if LXML_SCHEMA.validate(fresh):
        return []
    return [f"{e.line}: {e.message}" for e in LXML_SCHEMA.error_log]


def assert_valid(tree):
    errors = xmlschema_errors(tree)
    assert not errors, "xmlschema rejects it:\n" + "\n".join(errors)
    errors = lxml_errors(tree)
    assert not errors, "libxml2 rejects it:\n" + "\n".join(errors)


def minimal(**attributes):
    root = etree.Element(q("dossier"), nsmap={None: NS}, parley="1.0", id="empty")
    for key, value in attributes.items():
        root.set(key, value)
    etree.SubElement(root, q("title")).text = "An empty dossier"
    return root.getroottree()


# ---------------------------------------------------------------------------
# The schema itself


def test_schema_is_valid_xsd_1_0_for_xmlschema_and_libxml2():
    assert SCHEMA.XSD_VERSION == "1.0"
    assert SCHEMA.target_namespace == NS
    xmlschema.XMLSchema10.meta_schema.validate(str(XSD_PATH))
    assert isinstance(LXML_SCHEMA, etree.XMLSchema)


def test_schema_header():
    root = XSD_TREE.getroot()
    assert root.get("targetNamespace") == NS
    assert root.get("elementFormDefault") == "qualified"
    # one global element: a Parley document can only start with <dossier>
    assert [e.get("name") for e in root.findall(f"{{{XS}}}element")] == ["dossier"]


def test_schema_file_ends_with_one_newline():
    # `parley schema --xml` prints the file; the CLI test compares bytes.
    data = XSD_PATH.read_bytes()
    assert data.endswith(b">\n") and not data.endswith(b"\n\n")
    data.decode("utf-8")


def test_every_type_and_constraint_is_documented():
    root = XSD_TREE.getroot()
    undocumented = []
    for tag in ("simpleType", "complexType", "unique", "key", "keyref"):
        for node in root.iter(f"{{{XS}}}{tag}"):
            text = node.findtext(f"{{{XS}}}annotation/{{{XS}}}documentation")
            if not (text and text.strip()):
                undocumented.append(f"{tag} {node.get('name')}")
    assert not undocumented, undocumented


def test_ids_are_not_xs_id():
    text = XSD_PATH.read_text(encoding="utf-8")
    assert 'type="xs:ID"' not in text and 'type="xs:IDREF' not in text


# ---------------------------------------------------------------------------
# The schema agrees with docs/xml.md


def doc_elements():
    """The ## Elements block of docs/xml.md as {name: (attributes, children)}.

    attributes: [(name, required)], children: [(name, min, max)] (max None =
    unbounded) or the string "text" / "empty". The reference elements are
    stored under "ref:NAME".
    """
    text = XML_DOC.read_text(encoding="utf-8")
    block = text.split("## Elements", 1)[1].split("```", 2)[1]
    entries, current = {}, None
    for line in block.splitlines():
        if not line.strip():
            continue
        if not line[0].isspace():
            head = re.match(r"((?:\w+, )*[\w-]+)\s*(.*)$", line)
            names, rest = head.group(1).split(", "), head.group(2)
            current = {"names": names, "tokens": []}
            for name in names:
                entries["ref:" + name if len(names) > 1 else name] = current
        else:
            rest = line
        current["tokens"].extend(re.findall(r"@[\w-]+(?:\([^)]*\))?\??|text:|\(empty\)|[\w-]+[?*]?", rest))
    result = {}
    for key, entry in entries.items():
        attributes, children = [], []
        for token in entry["tokens"]:
            if token.startswith("@"):
                name = re.match(r"@([\w-]+)", token).group(1)
                attributes.append((name, not token.endswith("?")))
            elif token == "text:":
                children = "text"
                break
            elif token == "(empty)":
                children = "empty"
            else:
                name = token.rstrip("?*")
                lo, hi = {"?": (0, 1), "*": (0, None)}.get(token[-1], (1, 1))
                children.append((name, lo, hi))
        result[key] = (attributes, children)
    return result


DOC = doc_elements()


def xsd_shape(element):
    """(attributes, children) of an xmlschema element declaration, as doc_elements gives them."""
    xtype = element.type
    attributes = [(a.local_name, a.use == "required") for a in xtype.attributes.values()]
    if xtype.has_simple_content():
        return attributes, "text"
    if xtype.is_empty():
        return attributes, "empty"
    children = [(c.local_name, c.min_occurs, c.max_occurs) for c in xtype.content.iter_elements()]
    return attributes, children


def complex_declarations():
    """(path, declaration) for every element with attributes or children, from <dossier> down."""
    found = []

    def walk(element, path):
        if element.type.is_simple() or (element.type.has_simple_content() and not element.type.attributes):
            return
        found.append((path, element))
        if element.type.has_complex_content():
            for child in element.type.content.iter_elements():
                walk(child, path + "/" + child.local_name)

    walk(SCHEMA.elements["dossier"], "dossier")
    return found


def test_doc_elements_block_was_read():
    assert {"dossier", "source", "entity", "talk", "provenance", "ref:party", "ref:target"} <= set(DOC)


@pytest.mark.parametrize("path, element", complex_declarations(), ids=[p for p, _ in complex_declarations()])
def test_element_matches_doc(path, element):
    name = element.local_name
    key = "ref:" + name if element.type.name == f"{{{NS}}}Ref" else name
    assert key in DOC, f"{path}: docs/xml.md does not list <{name}>"
    doc_attributes, doc_children = DOC[key]
    attributes, children = xsd_shape(element)
    assert attributes == doc_attributes, f"{path}: attributes (name, required) in order"
    assert children == doc_children, f"{path}: children (name, min, max) in order"


def test_every_doc_element_is_in_the_schema():
    declared = {("ref:" if e.type.name == f"{{{NS}}}Ref" else "") + e.local_name for _, e in complex_declarations()}
    assert set(DOC) - declared == set()


def test_attribute_type_enumeration_matches_doc():
    text = XML_DOC.read_text(encoding="utf-8")
    doc_values = re.search(r"@type\(([^)]*)\)", text).group(1).split("|")
    assert SCHEMA.types["AttributeType"].enumeration == doc_values


def test_precisions_match_doc():
    text = XML_DOC.read_text(encoding="utf-8")
    rule = re.search(r"parsed precision \(([^)]*)\)", text, re.S).group(1)
    doc_values = re.findall(r"`(\w+)`", rule)
    assert sorted(SCHEMA.types["Precision"].enumeration) == sorted(doc_values)


ENUMS = {
    "EntityKind": ["person", "state", "organization", "alliance", "place", "document", "other"],
    "TalkKind": ["bilateral", "multilateral", "call", "summit", "other"],
    "Stance": ["demands", "proposes", "supports", "accepts", "open", "conditional", "rejects", "opposes",
               "warns", "denies"],
    "Mode": ["direct", "indirect"],
    "EventKind": ["proposal", "meeting", "statement", "military", "sanction", "agreement", "other"],
    "RelationKind": ["member-of", "represents", "leads", "located-in", "part-of", "other"],
    "Method": ["curated", "extracted"],
    "AttributeType": ["string", "integer", "number", "boolean"],
    "Precision": ["decade", "century", "year", "season", "month", "day", "time"],
}


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enumerations(name):
    assert SCHEMA.types[name].enumeration == ENUMS[name]


# ---------------------------------------------------------------------------
# The full document


def test_full_document_is_valid():
    assert_valid(full_tree())


def test_full_document_is_valid_with_xmlschema_from_the_file():
    SCHEMA.validate(str(FULL_PATH))


def test_minimal_document_is_valid():
    assert_valid(minimal())


def test_empty_collections_are_valid():
    tree = minimal()
    for name in ("sources", "entities", "issues", "talks", "positions", "statements", "events", "relations"):
        etree.SubElement(tree.getroot(), q(name))
    assert_valid(tree)


def test_dossier_id_may_equal_a_record_id():
    # The validator checks record ids only; the dossier's id is not a record.
    tree = full_tree()
    tree.getroot().set("id", "usa")
    assert_valid(tree)


def test_empty_text_elements_are_valid():
    tree = full_tree()
    for name in ("title", "name", "label", "text", "summary", "quote", "alias", "keyword", "outcome"):
        for node in tree.getroot().iter(q(name)):
            node.text = ""
    assert_valid(tree)


def schema_paths():
    """{element path: its type's name}, and {(type name, attribute)}, from <dossier> down."""
    types, attributes = {}, set()

    def walk(element, path):
        types[path] = element.type.local_name or f"anonymous {path}"
        if element.type.is_simple():
            return
        for attribute in element.type.attributes.values():
            attributes.add((types[path], attribute.local_name))
        if element.type.has_complex_content():
            for child in element.type.content.iter_elements():
                walk(child, path + "/" + child.local_name)

    walk(SCHEMA.elements["dossier"], "dossier")
    return types, attributes


def instance_paths(tree, types):
    """The element paths and the (type name, attribute) pairs a document uses."""
    elements, attributes = set(), set()

    def walk(node, path):
        elements.add(path)
        for name in node.attrib:
            attributes.add((types.get(path), name))
        for child in node:
            if isinstance(child.tag, str):
                walk(child, path + "/" + etree.QName(child).localname)

    walk(tree.getroot(), "dossier")
    return elements, attributes


def test_full_document_uses_every_element_and_attribute():
    # every element in every context, every attribute of every type
    types, attributes = schema_paths()
    used_elements, used_attributes = instance_paths(full_tree(), types)
    elements = set(types)
    assert not elements - used_elements, f"full.parley.xml lacks: {sorted(elements - used_elements)}"
    assert not attributes - used_attributes, f"full.parley.xml lacks: {sorted(attributes - used_attributes)}"
    assert not used_elements - elements and not used_attributes - attributes


ENUM_PLACES = {
    "EntityKind": "//p:entity/@kind",
    "TalkKind": "//p:talk/@kind",
    "Stance": "//p:position/@stance",
    "Mode": "//p:statement/@mode",
    "EventKind": "//p:event/@kind",
    "RelationKind": "//p:relation/@kind",
    "Method": "//p:provenance/@method",
    "AttributeType": "//p:attribute/@type",
    "Precision": "//@*[substring(name(), string-length(name()) - 9) = '-precision']",
}


@pytest.mark.parametrize("name", sorted(ENUM_PLACES))
def test_full_document_uses_every_enumeration_value(name):
    used = set(full_tree().xpath(ENUM_PLACES[name], namespaces=P))
    assert set(ENUMS[name]) - used == set()


def test_full_document_is_a_consistent_dossier():
    """Spans, quotes and digests agree with the source texts, and every date
    attribute has its precision: full.parley.xml is a valid dossier too."""
    root = full_tree().getroot()
    texts = {s.get("id"): s.findtext("p:text", namespaces=P) for s in root.iterfind("p:sources/p:source", P)}
    for source in root.iterfind("p:sources/p:source", P):
        if source.get("sha256"):
            digest = hashlib.sha256(texts[source.get("id")].encode("utf-8")).hexdigest()
            assert source.get("sha256") == digest, source.get("id")
    spans = 0
    for prov in root.iter(q("provenance")):
        text, quote = texts[prov.get("source")], prov.findtext("p:quote", namespaces=P)
        assert (prov.get("start") is None) == (prov.get("end") is None)
        if prov.get("start") is not None and text is not None:
            start, end = int(prov.get("start")), int(prov.get("end"))
            assert text[start:end] == quote, (prov.get("source"), start, end)
            spans += 1
    assert spans >= 5
    dates = {"source": ["published"], "role": ["from", "until"], "relation": ["since", "until"]}
    for node in root.iter(q("*")):
        for name in dates.get(etree.QName(node).localname, ["date"]):
            if node.get(name) is not None:
                assert node.get(f"{name}-precision"), f"{node.get('id')} @{name} has no precision"


# ---------------------------------------------------------------------------
# Simple types


def event_with(**attributes):
    tree = minimal()
    events = etree.SubElement(tree.getroot(), q("events"))
    event = etree.SubElement(events, q("event"), id="e", kind="other")
    for key, value in attributes.items():
        event.set(key, value)
    etree.SubElement(event, q("title")).text = "t"
    return tree


def talk_with(**attributes):
    tree = minimal()
    talks = etree.SubElement(tree.getroot(), q("talks"))
    talk = etree.SubElement(talks, q("talk"), id="t", kind="other")
    for key, value in attributes.items():
        talk.set(key, value)
    etree.SubElement(talk, q("name")).text = "n"
    return tree


# Everything the JSON Schema's EDTF pattern (and so the Swift parser) accepts
# must pass the looser XSD pattern, or Parley's XML would fail its own XSD.
@pytest.mark.parametrize("date", VALID_DATES)
def test_edtf_accepts(date):
    assert_valid(event_with(date=date))


# The XSD pattern is loose: it catches garbage, not impossible months.
EDTF_GARBAGE = [
    d for d in INVALID_DATES
    if d not in {"2022-13", "2022-00", "2022-01-32", "2022-01-00", "2022-25", "2022-20",
                 "2022-01-10T25:00:00", "2022-XX-10", "2X22"}
]


@pytest.mark.parametrize("date", EDTF_GARBAGE)
def test_edtf_rejects(date):
    tree = event_with(date=date)
    assert xmlschema_errors(tree) and lxml_errors(tree)


def test_edtf_garbage_list_is_large_enough():
    assert len(EDTF_GARBAGE) >= 20


@pytest.mark.parametrize("duration", ["PT7H30M", "P1D", "P1Y2M3W4DT5H6M7.5S", "PT0S", "P2W", "PT1.25S"])
def test_duration_accepts(duration):
    assert_valid(talk_with(duration=duration))


@pytest.mark.parametrize("duration", ["7 hours", "P", "PT", "P1H", "PT1D", "1D", "P1.5D", "pt1h", "PT1H ", "-PT1H",
                                      "P1DT", "PT1.5M"])
def test_duration_rejects(duration):
    tree = talk_with(duration=duration)
    assert xmlschema_errors(tree) and lxml_errors(tree)


@pytest.mark.parametrize("ident", ["a", "0", "us-russia-2022", "x.y:z_1", "Q159", "wd:Q30"])
def test_id_accepts(ident):
    assert_valid(minimal(id=ident))


@pytest.mark.parametrize("ident", ["", "-a", ".a", "a b", "a/b", "é", "a#b", "_a", " a"])
def test_id_rejects(ident):
    tree = minimal(id=ident)
    assert xmlschema_errors(tree) and lxml_errors(tree)


@pytest.mark.parametrize("cameo", ["03", "036", "0361", "190"])
def test_cameo_accepts(cameo):
    assert_valid(event_with(cameo=cameo))


@pytest.mark.parametrize("cameo", ["", "3", "03612", "O36", "36a", " 36"])
def test_cameo_rejects(cameo):
    tree = event_with(cameo=cameo)
    assert xmlschema_errors(tree) and lxml_errors(tree)


# The IR does not check URLs or language tags, so the schema must not either:
# whatever a valid dossier holds, Parley writes, and its XML must validate.
@pytest.mark.parametrize("attribute, value", [
    ("url", "http://x/%"), ("url", "a#b#c"), ("url", "not a url"), ("url", ""),
    ("language", "en_US"), ("language", "English (UK)"), ("language", ""),
])
def test_unchecked_source_attributes_accept_any_string(attribute, value, system_libxml2):
    tree = full_tree()
    first(tree, "p:sources/p:source").set(attribute, value)
    assert_valid(tree)
    assert system_libxml2.validate(etree.tostring(tree))


# ---------------------------------------------------------------------------
# Broken documents: each breaks full.parley.xml in one place, and both
# validators must reject it with an error that names what is wrong.


def first(tree, path):
    node = tree.find(path, P)
    assert node is not None, path
    return node


def set_attr(path, name, value):
    def mutate(tree):
        first(tree, path).set(name, value)
    return mutate


def del_attr(path, name):
    def mutate(tree):
        del first(tree, path).attrib[name]
    return mutate


def remove(path):
    def mutate(tree):
        node = first(tree, path)
        node.getparent().remove(node)
    return mutate


def append(path, tag, text=None, **attributes):
    def mutate(tree):
        node = etree.SubElement(first(tree, path), q(tag), **attributes)
        node.text = text
    return mutate


def move_to_end(path):
    def mutate(tree):
        node = first(tree, path)
        parent = node.getparent()
        parent.remove(node)
        parent.append(node)
    return mutate


def duplicate(path):
    def mutate(tree):
        node = first(tree, path)
        node.addnext(copy.deepcopy(node))
    return mutate


def rename_namespace(new):
    """Returns a new tree: the document with its namespace declaration changed."""
    def mutate(tree):
        text = etree.tostring(tree).replace(f'xmlns="{NS}"'.encode(), f'xmlns="{new}"'.encode() if new else b"")
        assert text != etree.tostring(tree)
        return etree.fromstring(text).getroottree()
    return mutate


ENTITY = "p:entities/p:entity"  # usa
PROVENANCE = ENTITY + "/p:provenance"
POSITION = "p:positions/p:position"
TALK = "p:talks/p:talk"

# (case, mutation, a word both validators' messages must contain)
BROKEN = [
    ("bad entity kind", set_attr(ENTITY, "kind", "country"), "country"),
    ("stance capitalised", set_attr(POSITION, "stance", "Demands"), "Demands"),
    ("bad talk kind", set_attr(TALK, "kind", "trilateral"), "trilateral"),
    ("bad statement mode", set_attr("p:statements/p:statement", "mode", "quoted"), "quoted"),
    ("bad event kind", set_attr("p:events/p:event", "kind", "protest"), "protest"),
    ("bad relation kind", set_attr("p:relations/p:relation", "kind", "member"), "member"),
    ("bad method", set_attr(PROVENANCE, "method", "manual"), "manual"),
    ("bad attribute type", set_attr(ENTITY + "/p:attribute", "type", "date"), "date"),
    ("bad precision", set_attr(TALK, "date-precision", "week"), "week"),
    ("position missing holder", del_attr(POSITION, "holder"), "holder"),
    ("entity missing kind", del_attr(ENTITY, "kind"), "kind"),
    ("provenance missing source", del_attr(PROVENANCE, "source"), "source"),
    ("ref missing ref", del_attr(TALK + "/p:party", "ref"), "ref"),
    ("dossier missing parley", lambda t: t.getroot().attrib.pop("parley"), "parley"),
    ("statement missing text", remove("p:statements/p:statement/p:text"), "text"),
    ("dossier missing title", remove("p:title"), "title"),
    ("talk name after its parties", move_to_end(TALK + "/p:name"), "name"),
    ("sources after entities", move_to_end("p:sources"), "sources"),
    ("provenance not last", move_to_end(ENTITY + "/p:attribute"), "attribute"),
    ("two descriptions", duplicate("p:issues/p:issue/p:description"), "description"),
    ("duplicate id across collections", set_attr("p:issues/p:issue", "id", "usa"), "usa"),
    ("duplicate entity", duplicate(ENTITY), "usa"),
    ("dangling holder", set_attr(POSITION, "holder", "rusia"), "rusia"),
    ("dangling provenance source", set_attr(PROVENANCE, "source", "reuters"), "reuters"),
    ("dangling venue", set_attr(TALK, "venue", "genf"), "genf"),
    ("dangling party ref", set_attr(TALK + "/p:party", "ref", "usa-x"), "usa-x"),
    ("dangling talk", set_attr(POSITION, "talk", "geneva-2022"), "geneva-2022"),
    ("issue ref to an entity", set_attr(TALK + "/p:issue", "ref", "usa"), "usa"),
    ("evidence ref to a position", set_attr(POSITION + "/p:evidence", "ref", "pos-usa-rejects"), "pos-usa-rejects"),
    ("dangling role of", set_attr(ENTITY + "[@id='sherman']/p:role", "of", "state-dept"), "state-dept"),
    ("duplicate attribute name", duplicate(ENTITY + "/p:attribute"), "gdp-share"),
    ("unknown element", append("p:sources/p:source", "author", "X"), "author"),
    ("unknown attribute", set_attr(PROVENANCE, "confidance", "0.5"), "confidance"),
    ("text in a reference", lambda t: setattr(first(t, TALK + "/p:party"), "text", "USA"), "party"),
    ("cameo of 1 digit", set_attr("p:events/p:event", "cameo", "3"), "3"),
    ("cameo with a letter", set_attr("p:events/p:event", "cameo", "O36"), "O36"),
    ("sha256 uppercase", set_attr("p:sources/p:source", "sha256", "AB" * 32), "AB"),
    ("sha256 too short", set_attr("p:sources/p:source", "sha256", "ab" * 31 + "c"), "abc"),
    ("confidence 1.5", set_attr(PROVENANCE, "confidence", "1.5"), "1.5"),
    ("confidence as words", set_attr(PROVENANCE, "confidence", "high"), "high"),
    ("negative start", set_attr(PROVENANCE, "start", "-1"), "-1"),
    ("fractional end", set_attr(PROVENANCE, "end", "4.5"), "4.5"),
    ("duration in words", set_attr(TALK, "duration", "7 hours"), "7 hours"),
    ("date in words", set_attr(TALK, "date", "yesterday"), "yesterday"),
    ("bad id", set_attr(ENTITY, "id", "-usa"), "-usa"),
    ("IR version 2", set_attr(".", "parley", "2.0"), "2.0"),
    ("no namespace", rename_namespace(None), "dossier"),
    ("wrong namespace", rename_namespace("https://w3id.org/parley/xml/2.0"), "dossier"),
]


@pytest.mark.parametrize("mutate, word", [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_document_is_rejected(mutate, word):
    tree = full_tree()
    result = mutate(tree)
    if isinstance(result, etree._ElementTree):
        tree = result
    by_xmlschema = xmlschema_errors(tree)
    by_libxml2 = lxml_errors(tree)
    assert by_xmlschema, "xmlschema accepts it"
    assert by_libxml2, "libxml2 accepts it"
    assert any(word in e for e in by_xmlschema), "\n".join(by_xmlschema)
    assert any(word in e for e in by_libxml2), "\n".join(by_libxml2)


def test_broken_table_is_large_enough():
    assert len(BROKEN) >= 15
    assert len({c[0] for c in BROKEN}) == len(BROKEN)


def test_unmutated_copy_is_valid():
    # the mutation helpers themselves do not break the document
    tree = full_tree()
    set_attr(ENTITY, "kind", "state")(tree)
    assert_valid(tree)


# ---------------------------------------------------------------------------
# The system libxml2: parley links it (not lxml's bundled copy) for --validate,
# and older libxml2 releases differ in XSD support, so check the schema there too.


class SystemLibXML2:
    """XSD validation through the system's libxml2.so.2, by ctypes."""

    ERROR_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)

    def __init__(self):
        lib = ctypes.CDLL("libxml2.so.2")
        self.version = ctypes.c_char_p.in_dll(lib, "xmlParserVersion").value.decode()
        for name, restype, argtypes in [
            ("xmlSchemaNewParserCtxt", ctypes.c_void_p, [ctypes.c_char_p]),
            ("xmlSchemaParse", ctypes.c_void_p, [ctypes.c_void_p]),
            ("xmlSchemaNewValidCtxt", ctypes.c_void_p, [ctypes.c_void_p]),
            ("xmlSchemaSetValidStructuredErrors", None, [ctypes.c_void_p, self.ERROR_HANDLER, ctypes.c_void_p]),
            ("xmlSchemaValidateDoc", ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p]),
            ("xmlReadMemory", ctypes.c_void_p,
             [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]),
            ("xmlFreeDoc", None, [ctypes.c_void_p]),
        ]:
            function = getattr(lib, name)
            function.restype, function.argtypes = restype, argtypes
        self.lib = lib
        parser = lib.xmlSchemaNewParserCtxt(str(XSD_PATH).encode())
        self.schema = lib.xmlSchemaParse(parser)
        self.errors = 0

        def count(_context, _error):
            self.errors += 1

        self.handler = self.ERROR_HANDLER(count)  # kept alive with self

    def validate(self, data: bytes) -> bool:
        assert self.schema, f"libxml2 {self.version} cannot compile the schema"
        doc = self.lib.xmlReadMemory(data, len(data), b"doc.xml", None, 0)
        assert doc, "not well-formed"
        try:
            context = self.lib.xmlSchemaNewValidCtxt(self.schema)
            self.lib.xmlSchemaSetValidStructuredErrors(context, self.handler, None)
            self.errors = 0
            return self.lib.xmlSchemaValidateDoc(context, doc) == 0 and self.errors == 0
        finally:
            self.lib.xmlFreeDoc(doc)


@pytest.fixture(scope="module")
def system_libxml2():
    try:
        return SystemLibXML2()
    except OSError as e:
        pytest.skip(f"no system libxml2.so.2 to check the schema with ({e})")


def test_system_libxml2_accepts_the_full_document(system_libxml2):
    assert system_libxml2.validate(FULL_PATH.read_bytes()), f"libxml2 {system_libxml2.version}"


@pytest.mark.parametrize("mutate", [c[1] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_system_libxml2_rejects_broken_document(mutate, system_libxml2):
    tree = full_tree()
    result = mutate(tree)
    if isinstance(result, etree._ElementTree):
        tree = result
    assert not system_libxml2.validate(etree.tostring(tree)), f"libxml2 {system_libxml2.version} accepts it"
