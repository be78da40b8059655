"""Parley XML through the CLI (docs/xml.md): export, import, XSD, C14N, XSLT, hostile input.

Run: PARLEY=$PWD/.build/debug/parley .venv/bin/python -m pytest Tests/Interop/test_xml.py -q

The expected XML is computed here from the IR by parley_xml.to_xml, an
independent reading of docs/xml.md; it is never taken from parley's output.
The first block of tests checks this module's own data files and needs no
binary; the rest run parley (a missing binary fails, see conftest.py).
"""

import json
import re
import socket
import time
from pathlib import Path

import pytest
import xmlschema
import yaml
from lxml import etree, html

from parley_xml import NS, normalized, to_xml

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
HOSTILE = DATA / "hostile"
XSD_PATH = ROOT / "Sources" / "Exporters" / "XML" / "Schema" / "parley-1.0.xsd"
BRIEFING = ROOT / "samples" / "xslt" / "briefing.xsl"
FULL = DATA / "full.parley.xml"
SAMPLES = sorted(
    p for pattern in ("*.parley.yaml", "*.parley.yml", "*.parley.json") for p in (ROOT / "samples").rglob(pattern)
)
SAMPLE_IDS = [str(p.relative_to(ROOT)) for p in SAMPLES]
SCHEMA = xmlschema.XMLSchema10(str(XSD_PATH))
P = {"p": NS}

DTD_HOSTILE = ["xxe.xml", "billion-laughs.xml", "external-dtd.xml"]
MALFORMED_LINE = 8  # libxml2 notices the unclosed <name> of line 7 at </entity> on line 8


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) if path.suffix in (".yaml", ".yml") else json.load(f)


def ok(proc, what):
    assert proc.returncode == 0, f"{what} failed ({proc.returncode}):\n{proc.stderr}"
    return proc


def xml_errors(path_or_tree, schema=SCHEMA):
    return [f"{e.path}: {e.reason}" for e in schema.iter_errors(path_or_tree)]


def without_doctype(data: bytes) -> bytes:
    return re.sub(rb"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>\s*", b"", data, count=1, flags=re.S)


# ---------------------------------------------------------------------------
# This module's data (no binary needed)


def test_reference_writer_gives_valid_xml_for_every_sample():
    assert SAMPLES, "no samples/**/*.parley.{yaml,yml,json}"
    for path in SAMPLES:
        errors = xml_errors(to_xml(load(path)))
        assert not errors, f"{path.name}: " + "\n".join(errors[:10])


def test_full_document_is_valid():
    assert not xml_errors(str(FULL))


@pytest.mark.parametrize("name", DTD_HOSTILE)
def test_dtd_hostile_file_is_a_valid_dossier_but_for_its_doctype(name):
    data = (HOSTILE / name).read_bytes()
    assert b"<!DOCTYPE dossier" in data
    # with the DOCTYPE gone and entity references written out, the rest is valid
    rest = re.sub(rb"&\w+;", b"text", without_doctype(data))
    assert b"<!DOCTYPE" not in rest
    tree = etree.fromstring(rest).getroottree()
    assert not xml_errors(tree)


def test_hostile_files_say_what_they_do():
    xxe = (HOSTILE / "xxe.xml").read_text()
    assert '<!ENTITY xxe SYSTEM "file:///etc/passwd">' in xxe and "<title>&xxe;</title>" in xxe
    laughs = (HOSTILE / "billion-laughs.xml").read_text()
    for i in range(1, 10):
        assert f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' in laughs
    assert "<title>&lol9;</title>" in laughs
    dtd = (HOSTILE / "external-dtd.xml").read_text()
    assert '<!DOCTYPE dossier SYSTEM "http://127.0.0.1:9/evil.dtd">' in dtd


def test_malformed_file_fails_where_expected():
    data = (HOSTILE / "malformed.xml").read_bytes()
    with pytest.raises(etree.XMLSyntaxError) as caught:
        etree.fromstring(data)
    assert caught.value.lineno == MALFORMED_LINE
    lines = data.decode().splitlines()
    assert lines[MALFORMED_LINE - 2].strip() == "<name>Russia"
    # closing the tag makes it a valid dossier
    fixed = data.replace(b"<name>Russia\n", b"<name>Russia</name>\n")
    assert not xml_errors(etree.fromstring(fixed).getroottree())


# ---------------------------------------------------------------------------
# Export: the sample


@pytest.fixture
def sample_xml(run_parley, tmp_path):
    """sample path → the path of its XML export."""

    def export(path):
        out = tmp_path / (path.name.split(".")[0] + ".xml")
        proc = ok(run_parley("export", path, "-t", "xml", "-o", out), "parley export -t xml")
        assert proc.stdout == "", "with -o the export prints nothing"
        assert out.is_file()
        return out

    return export


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_sample_export_validates_against_the_shipped_xsd(path, sample_xml):
    out = sample_xml(path)
    errors = xml_errors(str(out))
    assert not errors, "\n".join(errors[:20])
    lxml_schema = etree.XMLSchema(etree.parse(str(XSD_PATH)))
    assert lxml_schema.validate(etree.parse(str(out))), lxml_schema.error_log


def test_parley_schema_xml_prints_the_xsd_file(run_parley):
    proc = ok(run_parley("schema", "--xml"), "parley schema --xml")
    assert proc.stdout == XSD_PATH.read_text(encoding="utf-8"), (
        "parley schema --xml differs from the XSD file (it is embedded at build time: rebuild parley)"
    )


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_sample_export_validates_against_the_printed_xsd(path, sample_xml, run_parley, tmp_path):
    printed = tmp_path / "printed.xsd"
    printed.write_text(ok(run_parley("schema", "--xml"), "parley schema --xml").stdout, encoding="utf-8")
    errors = xml_errors(str(sample_xml(path)), xmlschema.XMLSchema10(str(printed)))
    assert not errors, "\n".join(errors[:20])


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_sample_export_is_the_documented_xml(path, sample_xml):
    out = sample_xml(path)
    data = out.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<dossier xmlns="' + NS.encode() + b'"')
    tree = etree.parse(str(out))
    assert tree.getroot().prefix is None, "the namespace is the default namespace"
    assert normalized(tree) == normalized(to_xml(load(path)))


def test_empty_collections_are_left_out(run_parley, tmp_path):
    doc = {"parley": "1.0", "id": "empty", "title": "Nothing yet", "entities": [], "talks": []}
    source = tmp_path / "empty.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "empty.xml"
    ok(run_parley("export", source, "-t", "xml", "-o", out), "export")
    root = etree.parse(str(out)).getroot()
    assert [etree.QName(c).localname for c in root] == ["title"]


def test_full_document_exports_as_written(run_parley, tmp_path):
    """The hand-made full.parley.xml imports, and exports to the same XML,
    precisions included (decade, century, season, time, intervals …)."""
    ok(run_parley("validate", FULL), "parley validate full.parley.xml")
    out = tmp_path / "again.xml"
    ok(run_parley("export", FULL, "-t", "xml", "-o", out), "export full.parley.xml -t xml")
    assert normalized(etree.parse(str(out))) == normalized(etree.parse(str(FULL)))


def test_validate_option(run_parley, sample_xml, tmp_path):
    plain = sample_xml(SAMPLES[0])
    validated = tmp_path / "validated.xml"
    proc = ok(run_parley("export", SAMPLES[0], "-t", "xml", "--validate", "-o", validated), "export --validate")
    assert proc.stderr == ""
    assert validated.read_bytes() == plain.read_bytes()


def test_validate_option_accepts_what_the_ir_accepts(run_parley, tmp_path):
    # The IR checks neither URLs nor language tags; --validate must not either.
    doc = {"parley": "1.0", "id": "odd", "title": "Odd but valid",
           "sources": [{"id": "s", "title": "t", "url": "http://example.org/100%", "language": "en_US"}]}
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    ok(run_parley("validate", source), "validate")
    out = tmp_path / "odd.xml"
    ok(run_parley("export", source, "-t", "xml", "--validate", "-o", out), "export --validate")
    assert not xml_errors(str(out))


def test_export_twice_is_byte_identical(run_parley, sample_xml, tmp_path):
    first = sample_xml(SAMPLES[0]).read_bytes()
    second = tmp_path / "second.xml"
    ok(run_parley("export", SAMPLES[0], "-t", "xml", "-o", second), "export")
    assert second.read_bytes() == first
    to_stdout = ok(run_parley("export", SAMPLES[0], "-t", "xml", "-o", "-", input=b""), "export -o -")
    assert to_stdout.stdout == first


def test_xml_extension_selects_the_format(run_parley, sample_xml, tmp_path):
    by_extension = tmp_path / "by-extension.xml"
    ok(run_parley("export", SAMPLES[0], "-o", by_extension), "export -o x.xml")
    assert by_extension.read_bytes() == sample_xml(SAMPLES[0]).read_bytes()


# ---------------------------------------------------------------------------
# Import: round trips


@pytest.mark.parametrize("path", SAMPLES, ids=SAMPLE_IDS)
def test_round_trip_through_xml_is_lossless(path, sample_xml, run_parley):
    want = ok(run_parley("export", path, "-t", "json", "-o", "-", input=b""), "export -t json").stdout
    got = ok(run_parley("export", sample_xml(path), "-t", "json", "-o", "-", input=b""), "import .xml").stdout
    assert got == want


def test_import_from_stdin_with_f_xml(run_parley, sample_xml):
    want = ok(run_parley("export", SAMPLES[0], "-t", "json", "-o", "-", input=b""), "export -t json").stdout
    data = sample_xml(SAMPLES[0]).read_bytes()
    got = ok(run_parley("export", "-", "-f", "xml", "-t", "json", "-o", "-", input=data), "export - -f xml").stdout
    assert got == want


def test_f_xml_reads_a_file_with_another_extension(run_parley, sample_xml, tmp_path):
    odd = tmp_path / "dossier.txt"
    odd.write_bytes(sample_xml(SAMPLES[0]).read_bytes())
    want = ok(run_parley("export", SAMPLES[0], "-t", "json", "-o", "-", input=b""), "export -t json").stdout
    got = ok(run_parley("export", odd, "-f", "xml", "-t", "json", "-o", "-", input=b""), "-f xml").stdout
    assert got == want


def test_validate_reads_xml(run_parley, sample_xml):
    ok(run_parley("validate", sample_xml(SAMPLES[0])), "parley validate x.xml")


def test_invalid_dossier_in_xml_is_reported(run_parley, tmp_path):
    tree = etree.parse(str(FULL))
    tree.find("p:positions/p:position", P).set("holder", "rusia")
    bad = tmp_path / "bad.xml"
    tree.write(str(bad), xml_declaration=True, encoding="UTF-8")
    proc = run_parley("validate", bad)
    assert proc.returncode == 1
    assert "rusia" in proc.stderr and "bad.xml" in proc.stderr


PLAIN = (
    '<dossier xmlns="https://w3id.org/parley/xml/1.0" parley="1.0" id="x"><title>A &lt;b&gt; &amp; ]] title</title>'
    '<entities><entity id="e" kind="state"><name>Name</name></entity></entities></dossier>'
)
# The same document as any namespace-aware XML reader sees it: another prefix,
# CDATA, comments and a processing instruction change nothing.
EQUIVALENT = """<?xml version="1.0" encoding="UTF-8"?>
<?parley-test ignore me?>
<!-- a comment -->
<q:dossier xmlns:q="https://w3id.org/parley/xml/1.0" parley="1.0" id="x">
  <q:title><![CDATA[A <b> & ]] title]]></q:title>
  <!-- between records -->
  <q:entities><q:entity id="e" kind="state"><q:name>Na<!-- inside -->me</q:name></q:entity></q:entities>
</q:dossier>
"""


def test_reader_sees_xml_not_bytes(run_parley):
    want = ok(run_parley("export", "-", "-f", "xml", "-t", "json", "-o", "-", input=PLAIN.encode()), "plain")
    got = ok(run_parley("export", "-", "-f", "xml", "-t", "json", "-o", "-", input=EQUIVALENT.encode()), "equivalent")
    assert got.stdout == want.stdout
    assert json.loads(want.stdout)["title"] == "A <b> & ]] title"


@pytest.mark.parametrize("change, word", [
    (("<title>", '<author>X</author><title>'), "author"),
    (('id="x"', 'id="x" colour="red"'), "colour"),
    (('<name>Name</name>', '<name>Name</name><nickname>N</nickname>'), "nickname"),
    (('xmlns="https://w3id.org/parley/xml/1.0" ', ""), "namespace"),
    (('parley="1.0"', 'parley="2.0"'), "2.0"),
    (('kind="state"', 'kind="country"'), "country"),
], ids=["unknown element", "unknown attribute", "unknown field in a record", "no namespace", "IR version 2",
        "bad enumeration"])
def test_reader_refuses_what_the_ir_does_not_define(change, word, run_parley):
    data = PLAIN.replace(*change)
    assert data != PLAIN
    proc = run_parley("export", "-", "-f", "xml", "-t", "json", "-o", "-", input=data.encode())
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == b""
    assert word.encode() in proc.stderr, proc.stderr


# ---------------------------------------------------------------------------
# Canonical XML


def test_c14n_output_is_lxml_c14n(run_parley, tmp_path):
    out = tmp_path / "c14n.xml"
    ok(run_parley("export", SAMPLES[0], "-t", "xml", "--xml-c14n", "-o", out), "export --xml-c14n")
    data = out.read_bytes()
    assert not data.startswith(b"<?xml"), "C14N has no XML declaration"
    # already canonical: canonicalising it again changes nothing
    assert etree.tostring(etree.fromstring(data).getroottree(), method="c14n") == data
    # and it is the canonical form of the same document written without indentation
    compact = tmp_path / "compact.xml"
    ok(run_parley("export", SAMPLES[0], "-t", "xml", "--compact", "-o", compact), "export --compact")
    assert etree.tostring(etree.parse(str(compact)), method="c14n") == data
    assert normalized(etree.fromstring(data)) == normalized(to_xml(load(SAMPLES[0])))


# ---------------------------------------------------------------------------
# XSLT


def test_xslt_briefing(run_parley, sample_xml, tmp_path):
    out = tmp_path / "briefing.html"
    proc = ok(run_parley("export", SAMPLES[0], "-t", "xml", "--xslt", BRIEFING, "-o", out), "export --xslt")
    assert proc.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    page = html.document_fromstring(text)
    doc = load(SAMPLES[0])
    assert page.findtext(".//title") == doc["title"]
    talk_names = [t.text_content() for t in page.xpath("//article[@class='talk']/h3")]
    assert sorted(talk_names) == sorted(t["name"] for t in doc.get("talks", []))
    assert len(page.xpath("//tr[@class='position']")) == len(doc.get("positions", []))
    # the same page lxml's libxslt makes from the same XML (whitespace aside)
    expected = etree.XSLT(etree.parse(str(BRIEFING)))(etree.parse(str(sample_xml(SAMPLES[0]))))
    expected_page = html.document_fromstring(str(expected))
    assert " ".join(page.text_content().split()) == " ".join(expected_page.text_content().split())


def test_xslt_missing_stylesheet_is_refused(run_parley, tmp_path):
    out = tmp_path / "briefing.html"
    proc = run_parley("export", SAMPLES[0], "-t", "xml", "--xslt", tmp_path / "nowhere.xsl", "-o", out)
    assert proc.returncode != 0
    assert "nowhere.xsl" in proc.stderr
    assert not out.exists()


# ---------------------------------------------------------------------------
# Hostile input: refused before anything is read, nothing written


@pytest.mark.parametrize("name", DTD_HOSTILE + ["malformed.xml"])
def test_hostile_input_is_refused(name, run_parley, tmp_path):
    source = HOSTILE / name
    out = tmp_path / "out.json"
    proc = run_parley("export", source, "-t", "json", "-o", out, timeout=60)
    assert proc.returncode == 1, f"exit {proc.returncode}\n{proc.stderr}"
    assert proc.stdout == ""
    assert not out.exists(), "an output file was written"
    assert list(tmp_path.iterdir()) == [], "no temporary file is left behind"
    assert name in proc.stderr
    if name == "malformed.xml":
        assert re.search(rf"{re.escape(name)}:{MALFORMED_LINE}:\d+: ", proc.stderr), proc.stderr
    else:
        assert re.search(r"DOCTYPE|DTD", proc.stderr, re.I), proc.stderr


@pytest.mark.parametrize("name", DTD_HOSTILE + ["malformed.xml"])
def test_hostile_input_is_refused_by_validate_and_from_stdin(name, run_parley):
    data = (HOSTILE / name).read_bytes()
    proc = run_parley("validate", HOSTILE / name, timeout=60)
    assert proc.returncode == 1 and proc.stdout == "", proc.stderr
    proc = run_parley("export", "-", "-f", "xml", "-t", "json", "-o", "-", input=data, timeout=60)
    assert proc.returncode == 1 and proc.stdout == b"", proc.stderr
    if name in DTD_HOSTILE:
        assert re.search(rb"DOCTYPE|DTD", proc.stderr, re.I), proc.stderr


def test_xxe_never_reads_the_file(run_parley, tmp_path):
    for args in (["export", HOSTILE / "xxe.xml", "-t", "json", "-o", "-"], ["validate", HOSTILE / "xxe.xml"]):
        proc = run_parley(*args)
        assert proc.returncode == 1
        assert "root:" not in proc.stdout + proc.stderr
    # the same with a secret of our own, in case /etc/passwd has no root
    secret = tmp_path / "secret.txt"
    secret.write_text("PARLEY-XXE-CANARY-7f3a\n")
    data = (HOSTILE / "xxe.xml").read_text().replace("file:///etc/passwd", secret.as_uri())
    proc = run_parley("export", "-", "-f", "xml", "-t", "json", "-o", "-", input=data.encode())
    assert proc.returncode == 1
    assert b"PARLEY-XXE-CANARY" not in proc.stdout + proc.stderr


def test_external_dtd_is_never_fetched(run_parley, tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.setblocking(False)
        port = server.getsockname()[1]
        data = (HOSTILE / "external-dtd.xml").read_text().replace("127.0.0.1:9", f"127.0.0.1:{port}")
        local = tmp_path / "external-dtd.xml"
        local.write_text(data)
        proc = run_parley("export", local, "-t", "json", "-o", tmp_path / "out.json", timeout=60)
        assert proc.returncode == 1, proc.stderr
        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected


def test_billion_laughs_is_refused_quickly(run_parley):
    start = time.monotonic()
    proc = run_parley("export", HOSTILE / "billion-laughs.xml", "-t", "json", "-o", "-", input=b"", timeout=60)
    assert proc.returncode == 1
    assert time.monotonic() - start < 10, "the entities were expanded before the refusal"
    assert len(proc.stderr) < 10_000


# ---------------------------------------------------------------------------
# Awkward text survives the round trip


AWKWARD = [
    "emoji 🇺🇦🏳️‍🌈👩🏽‍💻 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "RTL: موسكو وواشنطن | עברית ‏mixed‎ marks",
    "combining: e\u0301 a\u0308 n\u0303, Zalgo Z\u0351\u0362a\u0330",
    "CDATA end ]]> and ]] > and <![CDATA[ x ]]>",
    "markup & < > &amp; &lt; &#13; \"double\" 'single' `back`",
    "tab\tand\ttabs",
    "line\nbreaks\n\nand a blank line",
    "CR\rand CRLF\r\nend",
    "  leading and trailing spaces  ",
    "",
    " ",
    "\n\t \n",
    "NBSP\u00a0and\u2028line separator\u2029paragraph",
    "BOM\ufeffinside and zero width\u200bspace",
]


def awkward_dossier():
    text = "".join(f"[{i}]{s}" for i, s in enumerate(AWKWARD))
    quote = AWKWARD[0]
    start = text.index(quote)
    span = [start, start + len(quote)]  # Python indexes by code point = Unicode scalar
    rule = "rule\twith tab\nnewline\rCR & <angle> \"quotes\"  "
    return {
        "parley": "1.0",
        "id": "awkward",
        "title": AWKWARD[8],
        "description": "\n".join(AWKWARD),
        "sources": [{"id": "s1", "title": AWKWARD[3], "publisher": "", "text": text, "language": "ar"}],
        "entities": [
            {
                "id": "e1",
                "kind": "person",
                "name": AWKWARD[1],
                "aliases": AWKWARD,
                "roles": [{"title": AWKWARD[4]}],
                "attributes": {
                    "plain": AWKWARD[7],
                    "": "empty name",
                    "  spaced & <odd> \"name\"\t": "",
                    "n": 1.5,
                    "i": -3,
                    "b": False,
                },
                "sources": [{"source": "s1", "span": span, "quote": quote, "confidence": 0.25,
                             "method": "extracted", "rule": rule}],
            },
            {"id": "e2", "kind": "state", "name": ""},
        ],
        "issues": [{"id": "i1", "label": "", "description": "", "keywords": ["", " ", AWKWARD[5]]}],
        "talks": [
            {
                "id": "t1",
                "name": AWKWARD[2],
                "kind": "other",
                "parties": ["e2"],
                "participants": [{"entity": "e1", "role": ""}, {"entity": "e1", "role": AWKWARD[6], "party": "e2"}],
                "outcome": AWKWARD[9],
            }
        ],
        "positions": [{"id": "p1", "holder": "e2", "issue": "i1", "stance": "open", "summary": AWKWARD[11]}],
        "statements": [{"id": "s-1", "speaker": "e1", "mode": "direct", "text": AWKWARD[12],
                        "sources": [{"source": "s1", "quote": ""}]}],
        "events": [{"id": "ev1", "kind": "other", "title": AWKWARD[13], "summary": AWKWARD[10]}],
    }


@pytest.fixture
def awkward(run_parley, tmp_path):
    source = tmp_path / "awkward.json"
    source.write_text(json.dumps(awkward_dossier(), ensure_ascii=False), encoding="utf-8")
    ok(run_parley("validate", source), "the awkward dossier is valid")
    return source


@pytest.mark.parametrize("options", [[], ["--compact"], ["--xml-c14n"]], ids=["indented", "compact", "c14n"])
def test_awkward_text_round_trip(options, awkward, run_parley, tmp_path):
    want = ok(run_parley("export", awkward, "-t", "json", "-o", "-", input=b""), "export -t json").stdout
    xml_path = tmp_path / "awkward.xml"
    proc = ok(run_parley("export", awkward, "-t", "xml", *options, "-o", xml_path), "export -t xml")
    assert proc.stderr == "", "nothing needed replacing"
    got = ok(run_parley("export", xml_path, "-t", "json", "-o", "-", input=b""), "import .xml").stdout
    assert got == want
    # the XML itself carries the text, as any XML reader sees it
    tree = etree.parse(str(xml_path))
    assert not xml_errors(tree)
    assert normalized(tree) == normalized(to_xml(awkward_dossier()))
    if "--xml-c14n" not in options:
        assert b"&#13;" in xml_path.read_bytes(), "carriage returns are written as &#13;"


def test_characters_xml_cannot_carry_are_replaced_with_a_warning(run_parley, tmp_path):
    doc = {"parley": "1.0", "id": "ctl", "title": "bell\u0007 nul-free \u001b esc \ufffe nonchar"}
    source = tmp_path / "ctl.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "ctl.xml"
    proc = run_parley("export", source, "-t", "xml", "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert "warning" in proc.stderr and "U+FFFD" in proc.stderr
    title = etree.parse(str(out)).getroot().findtext("p:title", namespaces=P)
    assert title == "bell\ufffd nul-free \ufffd esc \ufffd nonchar"
