"""The worked example in docs/writing-an-exporter.md is the file the tests
compile and run, word for word, so the example cannot go stale."""

import re

from conftest import REPO_ROOT


def test_the_worked_example_is_the_tested_file():
    doc = (REPO_ROOT / "docs" / "writing-an-exporter.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```swift\n(.*?)```", doc, flags=re.S)
    source = (REPO_ROOT / "Tests" / "Projections" / "Graph" / "TGFExporter.swift").read_text(
        encoding="utf-8")
    assert source in blocks, "docs/writing-an-exporter.md no longer shows TGFExporter.swift"
    assert len(source.splitlines()) < 100, "the worked example is meant to stay under 100 lines"


def test_the_sqlite_tables_are_documented(tmp_path):
    """docs/sqlite.md lists exactly the tables and columns the export writes."""
    import sqlite3
    import subprocess

    from conftest import require_parley

    out = tmp_path / "sample.sqlite"
    subprocess.run(
        [str(require_parley()), "export", str(REPO_ROOT / "samples" / "security-talks-2022.parley.yaml"),
         "-o", str(out)], check=True, capture_output=True, timeout=120)
    connection = sqlite3.connect(out)
    written = {}
    for (table,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"):
        written[table] = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    for (view,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'view'"):
        written[view] = [row[1] for row in connection.execute(f'PRAGMA table_info("{view}")')]
    documented = {}
    for line in (REPO_ROOT / "docs" / "sqlite.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split(" | ")]
        if len(cells) >= 3 and cells[0].startswith("| `"):
            name = cells[0][3:-1]
            columns = cells[2] if cells[1] and not cells[1].startswith("`") else cells[1]
            documented[name] = re.findall(r"`([^`]+)`(?: \([^)]*\))?", columns)
    assert documented == written


def test_the_readme_sparql_query_gives_what_it_shows(tmp_path):
    """The SPARQL query the README runs over the Turtle prints the lines it shows."""
    import subprocess

    import rdflib

    from conftest import require_parley

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## N-Triples and Turtle: SPARQL", 1)[1].split("\n## ", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    query = code.split('g.query("""', 1)[1].split('"""', 1)[0]
    shown = [line[2:] for line in code.splitlines() if line.startswith("# ") and "…" not in line]
    out = tmp_path / "sample.ttl"
    subprocess.run(
        [str(require_parley()), "export", str(REPO_ROOT / "samples" / "security-talks-2022.parley.yaml"),
         "-o", str(out)], check=True, capture_output=True, timeout=120)
    graph = rdflib.Graph().parse(out, format="turtle")
    printed = [f"{row.holder} demands: {row.issue}" for row in graph.query(query)]
    assert shown and shown[0] == printed[0] and shown[-1] == printed[-1]
    assert set(shown) <= set(printed)


def test_every_lexicon_word_list_is_documented():
    """docs/ingest.md names every list a lexicon's `words:` may hold, and
    the built-in lexicon fills every one."""
    swift = (
        REPO_ROOT / "Sources" / "ParleyIngest" / "Lexicon" / "Lexicon+WordLists.swift"
    ).read_text(encoding="utf-8")
    lists = re.findall(r'^\s*case \w+ = "([a-z-]+)"', swift, flags=re.M)
    assert len(lists) > 100, "the word lists were not found in Lexicon+WordLists.swift"
    doc = (REPO_ROOT / "docs" / "ingest.md").read_text(encoding="utf-8")
    lexicon = (
        REPO_ROOT / "Sources" / "ParleyIngest" / "Resources" / "default-lexicon.yaml"
    ).read_text(encoding="utf-8")
    missing = [name for name in lists if f"`{name}`" not in doc]
    assert not missing, f"docs/ingest.md does not name these word lists: {missing}"
    unfilled = [name for name in lists if not re.search(rf"^  {name}: \[", lexicon, flags=re.M)]
    assert not unfilled, f"the built-in lexicon has no line for: {unfilled}"
