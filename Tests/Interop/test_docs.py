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
