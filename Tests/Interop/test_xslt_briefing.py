"""samples/xslt/briefing.xsl with lxml's libxslt, pure Python.

The stylesheet turns Parley XML into a standalone HTML5 briefing. It is run on
the hand-made Tests/Interop/data/full.parley.xml, on the samples (made XML by
parley_xml.to_xml, the reference reading of docs/xml.md) and on small hostile
variants; what the page must show is computed here from the XML.

Run: .venv/bin/python -m pytest Tests/Interop/test_xslt_briefing.py -q
"""

import copy
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from lxml import etree, html

from parley_xml import NS, to_xml

ROOT = Path(__file__).resolve().parents[2]
STYLESHEET = ROOT / "samples" / "xslt" / "briefing.xsl"
FULL = Path(__file__).resolve().parent / "data" / "full.parley.xml"
SAMPLES = sorted((ROOT / "samples").rglob("*.parley.yaml"))
P = {"p": NS}

TRANSFORM = etree.XSLT(etree.parse(str(STYLESHEET)))

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class StrictNesting(HTMLParser):
    """Checks that every non-void element is closed, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.doctype = [], [], None

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.problems.append(f"self-closed <{tag}/>")

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problems.append(f"</{tag}> closes a void element")
        elif not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> but open: {self.stack[-3:]}")
        else:
            self.stack.pop()


def briefing(tree):
    """(HTML text, parsed page) of the briefing of a Parley XML tree."""
    result = TRANSFORM(tree)
    text = str(result)
    checker = StrictNesting()
    checker.feed(text)
    checker.close()
    assert not checker.problems, checker.problems[:5]
    assert not checker.stack, f"unclosed: {checker.stack}"
    assert checker.doctype == "DOCTYPE html"
    return text, html.document_fromstring(text)


def full():
    return etree.parse(str(FULL))


def names(tree):
    return {e.get("id"): e.findtext("p:name", namespaces=P) for e in tree.iterfind(".//p:entities/p:entity", P)}


def squash(text):
    return " ".join(text.split())


def date_key(node):
    """Dated first, in order of the date as written (an open start sorts by its end)."""
    date = node.get("date")
    if date is None:
        return (1, "")
    return (0, date[3:] if date.startswith("../") else date[1:] if date.startswith("/") else date)


@pytest.fixture(scope="module")
def page():
    return briefing(full())


# ---------------------------------------------------------------------------


def test_stylesheet_is_xslt_1_0():
    root = etree.parse(str(STYLESHEET)).getroot()
    assert root.get("version") == "1.0"
    assert root.nsmap.get("p") == NS
    output = root.find("{http://www.w3.org/1999/XSL/Transform}output")
    assert output.get("method") == "html" and output.get("encoding") == "UTF-8"


def test_page_is_standalone_html5(page):
    text, doc = page
    assert text.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert doc.xpath("//link[@rel='stylesheet'] | //script | //img | //iframe") == []
    assert len(doc.xpath("//style")) == 1 and len(doc.xpath("//style")[0].text) < 2500
    assert "charset=UTF-8" in text


def test_title_and_description(page):
    _, doc = page
    tree = full()
    title = tree.getroot().findtext("p:title", namespaces=P)
    assert doc.findtext(".//title") == title
    assert doc.xpath("string(//h1)") == title
    description = tree.getroot().findtext("p:description", namespaces=P)
    assert doc.xpath("string(//p[contains(@class, 'description')])") == description


def test_talks(page):
    _, doc = page
    tree, who = full(), names(full())
    talks = sorted(tree.iterfind(".//p:talk", P), key=date_key)
    articles = doc.xpath("//article[@class='talk']")
    assert [a.xpath("string(h3)") for a in articles] == [t.findtext("p:name", namespaces=P) for t in talks]
    for talk, article in zip(talks, articles):
        if talk.get("venue"):
            assert article.xpath("string(.//span[@class='venue'])") == who[talk.get("venue")]
        if talk.get("date"):
            assert talk.get("date") in article.xpath("string(p[@class='when'])")
        parties = [who[r.get("ref")] for r in talk.iterfind("p:party", P)]
        if parties:
            assert article.xpath("string(p[@class='parties'])") == "Parties: " + ", ".join(parties)
        items = [squash(li.text_content()) for li in article.xpath(".//ul[@class='participants']/li")]
        expected = []
        for participant in talk.iterfind("p:participant", P):
            line = who[participant.get("entity")]
            if (participant.findtext("p:role", namespaces=P) or "").strip():
                line += " — " + participant.findtext("p:role", namespaces=P)
            if participant.get("party"):
                line += f" ({who[participant.get('party')]})"
            expected.append(line)
        assert items == expected
        outcome = talk.findtext("p:outcome", namespaces=P)
        if outcome:
            assert article.xpath("string(p[contains(@class, 'outcome')])") == "Outcome: " + outcome


def test_durations_in_words(page):
    _, doc = page
    spans = {s.get("title"): s.text for s in doc.xpath("//span[@class='duration']")}
    assert spans == {"PT7H30M": "7 h 30 min", "P1D": "1 d", "PT50M": "50 min"}


def test_every_duration_form_in_words():
    tree = full()
    talk = tree.find(".//p:talk", P)
    talk.set("duration", "P1Y2M3W4DT5H6M7.5S")
    _, doc = briefing(tree)
    assert doc.xpath("string(//span[@title='P1Y2M3W4DT5H6M7.5S'])") == "1 y 2 mo 3 wk 4 d 5 h 6 min 7.5 s"


def test_one_row_per_position_grouped_by_issue_and_sorted_by_date(page):
    _, doc = page
    tree, who = full(), names(full())
    labels = {i.get("id"): i.findtext("p:label", namespaces=P) for i in tree.iterfind(".//p:issues/p:issue", P)}
    positions = list(tree.iterfind(".//p:position", P))
    assert len(doc.xpath("//tr[@class='position']")) == len(positions)
    groups = doc.xpath("//section[@id='positions']//tbody")
    expected_issues = [i for i in labels if any(p.get("issue") == i for p in positions)]
    assert [g.xpath("string(tr[@class='issue'])") for g in groups] == [labels[i] for i in expected_issues]
    for issue, group in zip(expected_issues, groups):
        mine = sorted((p for p in positions if p.get("issue") == issue), key=date_key)
        rows = group.xpath("tr[@class='position']")
        assert [r.get("id") for r in rows] == [f"position-{p.get('id')}" for p in mine]
        for position, row in zip(mine, rows):
            cells = [c.text_content() for c in row.xpath("td")]
            assert cells[0] == who[position.get("holder")]
            assert cells[1] == position.get("stance")
            assert cells[2] == (position.get("date") or "")
            assert cells[3] == (position.findtext("p:summary", namespaces=P) or "")


def test_direct_quotes_with_speaker_and_source(page):
    _, doc = page
    tree, who = full(), names(full())
    sources = {s.get("id"): s for s in tree.iterfind(".//p:sources/p:source", P)}
    direct = sorted(tree.iterfind(".//p:statement[@mode='direct']", P), key=date_key)
    figures = doc.xpath("//section[@id='quotes']/figure")
    assert [f.xpath("string(blockquote)") for f in figures] == [s.findtext("p:text", namespaces=P) for s in direct]
    for statement, figure in zip(direct, figures):
        assert figure.xpath("string(.//strong[@class='speaker'])") == who[statement.get("speaker")]
        cited = list(dict.fromkeys(p.get("source") for p in statement.iterfind("p:provenance", P)))
        spans = figure.xpath(".//span[@class='src']")
        assert len(spans) == len(cited)
        for source_id, span in zip(cited, spans):
            source = sources[source_id]
            title = source.findtext("p:title", namespaces=P)
            link = span.xpath("a")
            assert link and link[0].get("href") == source.get("url") and link[0].text == title
            assert source.findtext("p:publisher", namespaces=P) in span.text_content()
    indirect = tree.find(".//p:statement[@mode='indirect']", P).findtext("p:text", namespaces=P)
    assert indirect not in doc.xpath("string(//section[@id='quotes'])")


def test_each_source_once_per_quote():
    tree = full()
    statement = tree.find(".//p:statement[@id='st-ryabkov-ironclad']", P)
    statement.append(copy.deepcopy(statement.find("p:provenance", P)))
    _, doc = briefing(tree)
    assert len(doc.xpath("//figure[@id='statement-st-ryabkov-ironclad']//span[@class='src']")) == 1


def test_timeline_sorted_by_date(page):
    _, doc = page
    tree, who = full(), names(full())
    events = sorted(tree.iterfind(".//p:event", P), key=date_key)
    items = doc.xpath("//ol[@class='timeline']/li")
    assert [li.xpath("string(strong)") for li in items] == [e.findtext("p:title", namespaces=P) for e in events]
    assert "undated" in items[-1].text_content()
    for event, li in zip(events, items):
        for ref in event.iterfind("p:actor", P):
            assert who[ref.get("ref")] in li.text_content()
        if event.get("location"):
            assert "in " + who[event.get("location")] in li.text_content()


def test_names_not_raw_ids(page):
    text, doc = page
    tree = full()
    # every <code> but the dossier's own id would be an unresolved id
    assert [c.text for c in doc.xpath("//code")] == [tree.getroot().get("id")]
    visible = doc.xpath("string(//body)")
    free_text = " ".join(tree.getroot().itertext())
    for node in tree.iter():
        ident = node.get("id") if isinstance(node.tag, str) else None
        if ident and node is not tree.getroot() and ident not in free_text:
            assert not re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", visible), ident


def test_text_is_escaped(page):
    text, doc = page
    assert "&lt;non-starters&gt;" in text and "<non-starters>" not in text
    assert "Calls the demands <non-starters>." in doc.xpath("string(//body)")
    assert 'href="https://www.example.org/world/geneva-talks?lang=en&amp;page=1"' in text


def test_hostile_text_stays_text():
    tree = full()
    root = tree.getroot()
    root.find("p:title", P).text = "<script>alert(1)</script> & </title>"
    source = root.find("p:sources/p:source", P)
    source.set("url", "javascript:alert(1)")
    source.find("p:title", P).text = '"><img src=x onerror=alert(1)>'
    root.find(".//p:statement/p:text", P).text = "]]></blockquote><script>x</script>"
    text, doc = briefing(tree)
    assert doc.xpath("//script | //img | //a[starts-with(@href, 'javascript')]") == []
    assert doc.findtext(".//title") == "<script>alert(1)</script> & </title>"
    assert "javascript:" not in "".join(doc.xpath("//@href"))
    assert doc.xpath("string(//section[@id='quotes']//cite)") == '"><img src=x onerror=alert(1)>'


def test_unresolved_ids_are_shown_as_ids():
    tree = full()
    vienna = tree.find(".//p:entity[@id='vienna']", P)
    vienna.getparent().remove(vienna)
    _, doc = briefing(tree)
    assert doc.xpath("string(//article[@id='talk-osce-2022']//span[@class='venue']/code)") == "vienna"


def test_minimal_dossier():
    root = etree.Element(f"{{{NS}}}dossier", nsmap={None: NS}, parley="1.0", id="empty")
    etree.SubElement(root, f"{{{NS}}}title").text = "Nothing yet"
    _, doc = briefing(root.getroottree())
    assert doc.findtext(".//h1") == "Nothing yet"
    assert doc.xpath("//section") == []


def test_not_a_dossier_is_an_error():
    with pytest.raises(etree.XSLTApplyError):
        TRANSFORM(etree.fromstring(b"<dossier parley='1.0' id='x'><title>no namespace</title></dossier>"))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_samples(path):
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    text, page = briefing(to_xml(doc))
    assert sorted(a.xpath("string(h3)") for a in page.xpath("//article[@class='talk']")) == sorted(
        t["name"] for t in doc.get("talks", [])
    )
    assert len(page.xpath("//tr[@class='position']")) == len(doc.get("positions", []))
    assert len(page.xpath("//figure")) == sum(s["mode"] == "direct" for s in doc.get("statements", []))
    assert len(page.xpath("//ol[@class='timeline']/li")) == len(doc.get("events", []))
    # every reference resolves in a valid dossier: no id is shown raw
    assert [c.text for c in page.xpath("//code")] == [doc["id"]]
