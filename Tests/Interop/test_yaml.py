"""The YAML export (`parley export -t yaml`), read back by Parley and by PyYAML.

Checked on the sample, a generated dossier (Benchmarks/generate.py, 2,000
records) and dossiers of hostile strings:

- Parley reading its YAML back gives byte for byte the canonical JSON of the
  input (`parley export IN -t json`), and writing that YAML as YAML again gives
  the same bytes.
- PyYAML's `yaml.safe_load` (a YAML 1.1 reader, so `no`, `on`, `012`, `1_000`
  and `2022-01-10` are booleans, numbers and dates unless quoted) gives exactly
  the data of `json.load` of the canonical JSON, types included: True is not 1,
  1960 is not 1960.0, "no" is not False.
- Hostile strings as entity names, aliases, attribute names and values, titles
  and issue labels: YAML's indicators and keywords, numbers and dates as text,
  block-scalar edge cases, NEL, LS, BOM, DEL, emoji, and attribute names too
  long for an implicit key (1,500 characters; or short, but longer than 1,024
  once escaped).
- The file starts with the comment naming the IR version.
- Real numbers, integers and booleans keep their type and value.

Run: PARLEY=.build/debug/parley .venv/bin/python -m pytest Tests/Interop/test_yaml.py -q
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import REPO_ROOT, require_parley
from graph_formats import SAMPLE, export, generate

HEADER = "# A Parley dossier, IR version 1.0\n"

# Strings a YAML writer must quote, escape or block with care: YAML 1.1 booleans,
# nulls, numbers and dates as text, indicators, comments, block-scalar edge
# cases, line breaks YAML knows (NEL, LS), BOM, DEL...
HOSTILE = [
    "no", "yes", "Yes", "on", "off", "y", "n", "null", "~", "0x10", "0o17", "012", "1e3",
    "1_000", ".inf", ".nan", "2022-01-10", "<<", "=", "@x", "-x", "- x", ":x", "? x", "#x",
    "&a", "*a", "!t", "%p", "`x`", "a: b", "a #b", "a:", "tab\there", "trailing ", " leading",
    "multi\nline\n", "multi\nline", "\n\nleading blank lines", "|", ">", "'", "\"", "{x: 1}",
    "[1, 2]", "", "🕊️", "\u0085", "\u2028", "\u007f",
]
# A string that starts with U+FEFF: content, not a byte order mark. (Through
# Yams 6.2.2 the reader dropped it; libyaml's events keep it.)
# ...and more of the same kind: trailing blank lines, document markers, NUL,
# ESC, NBSP, a combining accent, the last plane.
MORE_HOSTILE = [
    "blank lines after\n\n", "a\n\n\n", "\n", " ", "\t", " indented\nsecond", "a \nb", "x\r\ny",
    "a\u2028b", "\x00", "x\x1by", "---", "...", "a\n---\nb", "true", "NULL", "0b101", "1:30",
    "12:30:00", "+1", "-0", ".5", "\u00a0", "e\u0301", "\U0010fffd", "\\", "\\n", "a'b", "'a'",
]
LONG_NAME = "k" * 1500
# Attribute names too long for an implicit YAML key (at most 1,024 characters
# as written): long ones, and short ones that are longer than 1,024 once
# written as a double-quoted YAML scalar (and the longest that still fits).
LONG_NAMES = {
    "1,500 characters": LONG_NAME,
    "1,025 characters": "a" * 1025,
    "1,024 characters": "a" * 1024,
    "511 quotes": '"' * 511,  # "\"…" is 1,024 characters: still an implicit key
    "512 quotes": '"' * 512,  # 1,026 characters
    "600 quotes": '"' * 600,
    "700 tabs": "\t" * 700,
    "600 line feeds": "\n" * 600,
    "300 U+0001": "\x01" * 300,
}


def ident(text: str) -> str:
    return ascii(text)[:40]


def typed(value):
    """value with every scalar tagged with its type, so that comparing two of
    them tells True from 1 and 1960 from 1960.0, keys included."""
    if isinstance(value, dict):
        return {typed(k): typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def write_json(folder: Path, document: dict, name: str = "input.parley.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def round_trip(source: Path, folder: Path, pyyaml: bool = True,
               document: dict | None = None) -> tuple[bytes, bytes]:
    """(canonical JSON, YAML) of source, after checking that Parley's reader
    keeps the input (its canonical JSON is document, when given), that PyYAML
    reads the same data from the YAML (unless pyyaml is False), and that
    Parley reads the YAML back to the same canonical JSON and writes it again
    unchanged."""
    canonical = export(source, "json")
    if document is not None:
        assert json.loads(canonical) == document, "parley's JSON reader changed the input"
    text = export(source, "yaml")
    if pyyaml:
        pyyaml_agrees(text, canonical)
    path = folder / "exported.parley.yaml"
    path.write_bytes(text)
    back = export(path, "json")
    assert back == canonical, first_difference(back, canonical)
    assert export(path, "yaml") == text, "YAML → YAML changed the bytes"
    return canonical, text


def first_difference(got: bytes, expected: bytes) -> str:
    at = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b),
              min(len(got), len(expected)))
    start = max(0, at - 40)
    return f"reading the YAML back: at byte {at}, got {got[start:at + 40]!r}, " \
           f"expected {expected[start:at + 40]!r}"


def pyyaml_agrees(text: bytes, canonical: bytes):
    loaded = yaml.safe_load(text.decode("utf-8"))
    expected = json.loads(canonical)
    assert typed(loaded) == typed(expected), "PyYAML reads other data from the YAML"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("yaml"), records=2000)


@pytest.fixture(params=["sample", "generated"])
def dossier(request) -> Path:
    if request.param == "sample":
        return REPO_ROOT / SAMPLE
    return request.getfixturevalue("generated")


# ---------------------------------------------------------------- round trips


def test_parley_reads_its_yaml_back(dossier, tmp_path):
    _, text = round_trip(dossier, tmp_path, pyyaml=False)
    assert export(dossier, "yaml") == text, "a second run gives other bytes"
    target = tmp_path / "talks.yaml"  # -o infers the format from .yaml
    done = subprocess.run([str(require_parley()), "export", str(dossier), "-o", str(target)],
                          capture_output=True, cwd=REPO_ROOT, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert target.read_bytes() == text


def test_pyyaml_reads_the_same_data(dossier, tmp_path):
    canonical = export(dossier, "json")
    pyyaml_agrees(export(dossier, "yaml"), canonical)


def test_header_names_the_ir_version(dossier):
    text = export(dossier, "yaml").decode("utf-8")
    assert text.startswith(HEADER + 'parley: "1.0"\n'), text[:80]


# ---------------------------------------------------------------- hostile strings


def hostile_dossier(text: str) -> dict:
    """text everywhere a free string goes: the title and description (each
    followed by a blank line in the YAML), an entity's name, alias, attribute
    name and value (the last entity field, before the issues), an issue's
    label and keyword (the end of the file)."""
    return {
        "parley": "1.0", "id": "hostile", "title": text, "description": text,
        "entities": [{"id": "e1", "kind": "other", "name": text, "aliases": [text],
                      "attributes": {text: text, "v": text}}],
        "issues": [{"id": "i1", "label": text, "keywords": [text]}],
    }


@pytest.mark.parametrize(
    "text", HOSTILE + MORE_HOSTILE + ["\ufeff", "\ufeffx"], ids=ident)
def test_hostile_string(text, tmp_path):
    document = hostile_dossier(text)
    round_trip(write_json(tmp_path, document), tmp_path, document=document)


def test_all_hostile_strings_at_once(tmp_path):
    strings = HOSTILE + MORE_HOSTILE
    entities = [{"id": f"e{i}", "kind": "other", "name": s, "aliases": [s, "x" + s],
                 "attributes": {s: s, "v": s}} for i, s in enumerate(strings)]
    entities.append({"id": "all", "kind": "other", "name": "all", "aliases": strings,
                     "attributes": {**{s: s for s in strings}, LONG_NAME: LONG_NAME}})
    document = {"parley": "1.0", "id": "hostile-all", "title": "t", "entities": entities}
    round_trip(write_json(tmp_path, document), tmp_path, document=document)


@pytest.mark.parametrize("name", LONG_NAMES.values(), ids=LONG_NAMES.keys())
def test_long_attribute_name(name, tmp_path):
    document = {"parley": "1.0", "id": "long", "title": "t",
                "entities": [{"id": "e1", "kind": "other", "name": "n", "attributes": {name: 1}}]}
    source = write_json(tmp_path, document)
    _, written = round_trip(source, tmp_path)
    if len(name) > 1024:
        assert b"\n      ? " in written, "a key of over 1,024 characters must be an explicit key"


def test_yaml_reader_keeps_a_leading_bom(tmp_path):
    """U+FEFF at the start of a scalar is content, not a byte order mark: as
    the escape \\ufeff, and raw inside quotes (YAML 1.2.2, 5.2: "byte order
    marks are also allowed inside quoted scalars")."""
    path = tmp_path / "bom.parley.yaml"
    path.write_text('parley: "1.0"\nid: bom\ntitle: "\\ufefft"\n'
                    'entities:\n  - id: e1\n    kind: other\n    name: "\ufeffn"\n'
                    '    aliases: ["a\\ufeffb"]\n', encoding="utf-8")
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert expected["title"] == "\ufefft" and expected["entities"][0]["name"] == "\ufeffn"
    assert json.loads(export(path, "json")) == expected


# ---------------------------------------------------------------- numbers


def test_numbers_and_booleans_keep_their_type(tmp_path):
    attributes = {"half": 0.5, "tiny": 1e-05, "big": 2.5e20, "year": 1960, "true": True,
                  "false": False, "negative": -1.5e-07, "huge": 1e300, "subnormal": 5e-324,
                  "e16": 1e16, "beyond 2^53": 2**53 + 1, "minus": -3, "zero": 0}
    document = {"parley": "1.0", "id": "numbers", "title": "t",
                "entities": [{"id": "e1", "kind": "other", "name": "n", "attributes": attributes}]}
    source = write_json(tmp_path, document)
    _, written = round_trip(source, tmp_path)
    loaded = yaml.safe_load(written.decode("utf-8"))["entities"][0]["attributes"]
    assert typed(loaded) == typed(attributes)
    assert type(loaded["year"]) is int and type(loaded["half"]) is float
    assert loaded["true"] is True and loaded["false"] is False
