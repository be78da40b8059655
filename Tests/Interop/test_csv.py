"""The CSV export (`parley export -t csv`), read by tools other people wrote.

Every flavour (timeline, timelinejs, positions, positions --wide) is read with
Python's csv module in strict mode and with pandas: column counts, row counts
that match the IR (counted here from the YAML), chronological order, and
formula injection neutralised (a hostile dossier written into tmp_path).

Run: PARLEY=.build/debug/parley python3 -m pytest Tests/Interop/test_csv.py -q
"""
import calendar
import csv
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "security-talks-2022.parley.yaml"

TIMELINE_COLUMNS = ["date", "end_date", "precision", "kind", "id", "title", "summary", "actors",
                    "actor_ids", "talk", "issues", "stance", "location", "cameo", "sources",
                    "source_urls"]
TIMELINEJS_COLUMNS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
                      "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
                      "Media Caption", "Media Thumbnail", "Type", "Group", "Background"]
STANCE_COLUMNS = ["date", "end_date", "precision", "holder", "holder_id", "issue", "issue_id",
                  "stance", "positions", "talk", "summary", "evidence", "sources", "source_urls",
                  "edtf"]
FLAVOURS = {
    "timeline": [],
    "timelinejs": ["--csv-flavor", "timelinejs"],
    "positions": ["--csv-flavor", "positions"],
    "wide": ["--csv-flavor", "positions", "--wide"],
}
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")

# A dossier whose text tries every formula trigger, with a number that must stay
# a number, commas, quotes and line breaks, and undated records.
HOSTILE = {
    "parley": "1.0",
    "id": "hostile",
    "title": "=cmd|' /C calc'!A0",
    "description": "@SUM(1+1)*cmd|' /C calc'!A0",
    "sources": [{"id": "src", "title": "+Article, \"quoted\"", "url": "https://example.org/?a=1,2"}],
    "entities": [
        {"id": "evil", "kind": "person", "name": "=HYPERLINK(\"http://evil.example\",\"x\")"},
        {"id": "ru", "kind": "state", "name": "-Russia"},
        {"id": "tab", "kind": "organization", "name": "\tTabbed"},
        {"id": "cr", "kind": "place", "name": "\rReturn\nand newline"},
    ],
    "issues": [{"id": "i1", "label": "@issue"}, {"id": "i2", "label": "plain"}],
    "talks": [{"id": "t1", "name": "+talk", "kind": "other", "date": "2022-01-10", "venue": "cr",
               "parties": ["ru", "tab"], "outcome": "-5", "sources": [{"source": "src"}]}],
    "positions": [
        {"id": "p1", "holder": "evil", "issue": "i1", "stance": "demands", "date": "2022-01",
         "summary": "=1+1"},
        {"id": "p2", "holder": "evil", "issue": "i1", "stance": "warns", "date": "2022-01"},
        {"id": "p3", "holder": "ru", "issue": "i2", "stance": "rejects", "summary": "-1.5e3"},
        {"id": "p4", "holder": "tab", "issue": "i2", "stance": "open", "date": "2021"},
    ],
    "statements": [{"id": "s1", "speaker": "tab", "text": "@me", "mode": "direct",
                    "date": "2021-12-17"}],
    "events": [
        {"id": "e1", "kind": "other", "title": "-2+3", "date": "2021-12-06/2021-12-17",
         "actors": ["evil", "ru"], "cameo": "036"},
        {"id": "e2", "kind": "other", "title": "\r=evil()", "date": "2022-01~"},
        {"id": "e3", "kind": "other", "title": "undated"},
    ],
}


# ---------------------------------------------------------------- helpers


def export(run_parley, source, *options):
    result = run_parley("export", source, "-t", "csv", *options, input=b"")
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def read_strict(data):
    """Rows by Python's csv module in strict mode (raises on malformed CSV)."""
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert rows, "empty output"
    width = len(rows[0])
    assert all(len(r) == width for r in rows), "rows of different lengths"
    return rows


def read_pandas(data):
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")


def edtf_start(date):
    """The first day an EDTF date (year, month, day, or an interval of those) can mean,
    or None when unknown; the test's own reading, not Parley's."""
    if date is None:
        return None
    first = date.split("/")[0]
    if first in ("", ".."):
        return None
    first = first.rstrip("?~%")
    parts = first.split("T")[0].split("-")
    year, month, day = int(parts[0]), (int(parts[1]) if len(parts) > 1 else 1), \
        (int(parts[2]) if len(parts) > 2 else 1)
    return f"{year:04d}-{month:02d}-{day:02d}"


def edtf_end(date):
    if date is None:
        return None
    last = date.split("/")[-1].rstrip("?~%")
    if last in ("", ".."):
        return None
    parts = last.split("T")[0].split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def timeline_records(d):
    for kind, key in (("talk", "talks"), ("event", "events"), ("statement", "statements"),
                      ("position", "positions")):
        for record in d.get(key) or []:
            yield kind, record["id"], record.get("date")


def check_timeline_order(df):
    """Dated rows in order of their start (or end when the start is unknown), ties by
    kind then id; then undated rows by kind then id."""
    key = df["date"].where(df["date"] != "", df["end_date"])
    dated = df[key != ""]
    undated = df[key == ""]
    assert list(df.index) == list(dated.index) + list(undated.index), "undated rows are not last"
    keys = list(zip(pd.to_datetime(key[key != ""], format="ISO8601"), dated["kind"], dated["id"]))
    assert keys == sorted(keys)
    rest = list(zip(undated["kind"], undated["id"]))
    assert rest == sorted(rest)


def unsafe_cells(rows):
    return [c for r in rows[1:] for c in r if c.startswith(TRIGGERS) and not NUMBER.match(c)]


@pytest.fixture(scope="module")
def sample():
    return yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def hostile_file(tmp_path):
    path = tmp_path / "hostile.parley.json"
    path.write_text(json.dumps(HOSTILE), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the sample


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_every_flavour_reads_strictly_and_in_pandas(run_parley, sample, flavour):
    data = export(run_parley, SAMPLE, *FLAVOURS[flavour])
    rows = read_strict(data)
    df = read_pandas(data)
    assert list(df.columns) == rows[0]
    assert df.shape == (len(rows) - 1, len(rows[0]))
    positions = sample["positions"]
    if flavour == "timeline":
        assert rows[0][:16] == TIMELINE_COLUMNS
        assert len(df) == sum(1 for _ in timeline_records(sample))
    elif flavour == "timelinejs":
        assert rows[0] == TIMELINEJS_COLUMNS
        with_start = [r for r in timeline_records(sample) if edtf_start(r[2])]
        assert len(df) == 1 + len(with_start)
    elif flavour == "positions":
        assert rows[0] == STANCE_COLUMNS
        assert len(df) == len({(p["holder"], p["issue"], p.get("date")) for p in positions})
    else:
        assert rows[0] == ["holder", "holder_id"] + [i["id"] for i in sample["issues"]]
        assert list(df["holder_id"]) == sorted({p["holder"] for p in positions})
    assert unsafe_cells(rows) == []


def test_timeline_rows_match_the_ir(run_parley, sample):
    df = read_pandas(export(run_parley, SAMPLE))
    check_timeline_order(df)
    records = {(kind, rid): date for kind, rid, date in timeline_records(sample)}
    assert set(zip(df["kind"], df["id"])) == set(records)
    for row in df.itertuples():
        date = records[(row.kind, row.id)]
        assert row.edtf == (date or "")
        assert row.date == (edtf_start(date) or "")
        assert row.end_date == (edtf_end(date) or "")
    statements = {s["id"]: s for s in sample["statements"]}
    for row in df[df["kind"] == "statement"].itertuples():
        assert row.summary == statements[row.id]["text"]
        assert row.actor_ids == statements[row.id]["speaker"]
    # Multi-values are joined with "; " and can be split back.
    talks = {t["id"]: t for t in sample["talks"]}
    for row in df[df["kind"] == "talk"].itertuples():
        assert row.issues.split("; ") == talks[row.id]["issues"]
    # pandas parses the date columns.
    dated = df[df["date"] != ""]
    assert pd.to_datetime(dated["date"], format="ISO8601").is_monotonic_increasing


def test_undated_dropped(run_parley, sample):
    df = read_pandas(export(run_parley, SAMPLE, "--undated", "drop"))
    assert len(df) == sum(1 for r in timeline_records(sample) if r[2])
    assert ((df["date"] != "") | (df["end_date"] != "")).all()
    stance = read_pandas(export(run_parley, SAMPLE, "--csv-flavor", "positions", "--undated", "drop"))
    assert len(stance) == len({(p["holder"], p["issue"], p["date"])
                               for p in sample["positions"] if p.get("date")})


def test_timelinejs_sheet(run_parley, sample):
    data = export(run_parley, SAMPLE, "--csv-flavor", "timelinejs")
    df = read_pandas(data)
    title = df.iloc[0]
    assert title["Type"] == "title" and title["Headline"] == sample["title"]
    assert title["Year"] == ""
    slides = df.iloc[1:]
    for column in ("Year", "Month", "Day", "End Year", "End Month", "End Day"):
        assert slides[column].str.fullmatch(r"-?[0-9]*").all(), column
    assert (slides["Year"] != "").all()
    assert set(slides["Group"]) <= {"Talks", "Events", "Statements", "Positions"}
    years = slides["Year"].astype(int)
    assert years.is_monotonic_increasing
    # Partial dates fill only the parts they give: a year has no Month, a month no Day.
    starts = [r[2].split("/")[0].rstrip("?~%") for r in timeline_records(sample) if edtf_start(r[2])]
    assert sum(bool(re.fullmatch(r"\d{4}", d)) for d in starts) == (slides["Month"] == "").sum()
    month_only = (slides["Month"] != "") & (slides["Day"] == "")
    assert sum(bool(re.fullmatch(r"\d{4}-\d{2}", d)) for d in starts) == month_only.sum()
    assert month_only.sum() > 0


# ---------------------------------------------------------------- injection


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_injection_is_neutralised(run_parley, hostile_file, flavour):
    data = export(run_parley, hostile_file, *FLAVOURS[flavour])
    rows = read_strict(data)
    read_pandas(data)
    assert unsafe_cells(rows) == []
    cells = {c for r in rows[1:] for c in r}
    if flavour == "timeline":
        assert any(c.startswith("'=HYPERLINK") for c in cells)
        assert "'\r=evil()" in cells and "'-2+3" in cells and "'@me" in cells
        assert "-5" in cells  # a number stays a number
        assert "'=1+1" in cells
    elif flavour == "timelinejs":
        assert rows[1][9].startswith("'=cmd")  # the title slide
        assert "'-2+3" in cells
    elif flavour == "positions":
        assert "-1.5e3" in cells and "'=1+1" in cells
    else:
        assert rows[1][0] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
        assert rows[1][2] == "demands; warns"


def test_csv_raw_keeps_cells(run_parley, hostile_file):
    rows = read_strict(export(run_parley, hostile_file, "--csv-raw"))
    cells = {c for r in rows[1:] for c in r}
    assert "\r=evil()" in cells and "-2+3" in cells and "@me" in cells
    assert unsafe_cells(rows) != []


def test_bom_and_crlf(run_parley, hostile_file):
    plain = export(run_parley, hostile_file)
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert plain.split(b"\n")[0].endswith(b"edtf")  # LF by default
    windows = export(run_parley, hostile_file, "--bom", "--crlf")
    assert windows.startswith(b"\xef\xbb\xbfdate,")
    assert windows.split(b"\n")[0].endswith(b"edtf\r")
    assert read_strict(windows[3:]) == read_strict(plain)
    assert read_pandas(windows).equals(read_pandas(plain))


def test_hostile_counts_and_order(run_parley, hostile_file):
    df = read_pandas(export(run_parley, hostile_file))
    assert len(df) == 1 + 3 + 1 + 4
    check_timeline_order(df)
    assert list(df["id"][-2:]) == ["e3", "p3"]  # undated, by kind then id
    js = read_pandas(export(run_parley, hostile_file, "--csv-flavor", "timelinejs"))
    assert len(js) == 1 + 7
    stance = read_pandas(export(run_parley, hostile_file, "--csv-flavor", "positions"))
    assert len(stance) == 3  # p1 and p2 share holder, issue and date
    wide = read_pandas(export(run_parley, hostile_file, "--csv-flavor", "positions", "--wide"))
    assert list(wide["holder_id"]) == ["evil", "ru", "tab"]
    assert list(wide.columns) == ["holder", "holder_id", "i1", "i2"]


def test_wide_needs_positions(run_parley, hostile_file):
    result = run_parley("export", hostile_file, "-t", "csv", "--wide")
    assert result.returncode == 2
    assert "--csv-flavor positions" in result.stderr


def test_option_names_do_not_clash_across_formats(run_parley):
    result = run_parley("formats", "--json")
    assert result.returncode == 0, result.stderr
    # An option may be shared only when it means the same everywhere: a flag
    # with one meaning (--compact: no indentation, in json, xml and cyjs), and
    # the graph projection's choices, offered alike by every graph format, and
    # the RDF projection's --base, offered alike by jsonld, nt and ttl.
    shared_on_purpose = {"base", "compact", "graph", "with"}
    names = [o["name"] for f in json.loads(result.stdout) for o in f["options"]]
    clashes = {n for n in names if names.count(n) > 1}
    assert clashes <= shared_on_purpose, sorted(clashes - shared_on_purpose)
    for name in clashes:
        # Each shared name is declared alike everywhere: same kind, same choices.
        declared = {(o["takesValue"], tuple(o.get("choices") or ()))
                    for f in json.loads(result.stdout) for o in f["options"] if o["name"] == name}
        assert len(declared) == 1, (name, declared)
    csv_format = next(f for f in json.loads(result.stdout) if f["id"] == "csv")
    flavour = next(o for o in csv_format["options"] if o["name"] == "csv-flavor")
    assert flavour["choices"] == ["timeline", "timelinejs", "positions"]


def test_output_is_deterministic(run_parley):
    for options in FLAVOURS.values():
        assert export(run_parley, SAMPLE, *options) == export(run_parley, SAMPLE, *options)
