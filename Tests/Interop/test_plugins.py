"""Exporter plugins (docs/plugins.md), end to end through the parley binary.

(test_plugin.py is the other kind of plugin: SwiftPM's `swift package export-graph`.)

- The two examples: samples/plugins/parley-export-mermaid, a Python script, and
  samples/plugins/swift-markdown-brief, a Swift package built here once per
  module with `swift build` (it depends on this checkout's ParleyCore by path).
- Discovery: --plugin-path, PARLEY_PLUGIN_PATH and PATH, in that order.
- The envelope a plugin receives, seen by a spy plugin written into tmp_path.
- Hostile plugins, Tests/Interop/data/plugins: crash, hang, garbage, empty,
  badjson, future, json. Each failure exits with the documented code, names the
  plugin, quotes its standard error, and writes nothing: an existing output
  file is left as it was, and no temporary file is left beside it.

Run: PARLEY=.build/debug/parley python3 -m pytest Tests/Interop/test_plugins.py -q
"""

import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "security-talks-2022.parley.yaml"
EXAMPLES = ROOT / "samples" / "plugins"
MARKDOWN_PACKAGE = EXAMPLES / "swift-markdown-brief"
HOSTILE = ROOT / "Tests" / "Interop" / "data" / "plugins"
SWIFT_BUILD_TIMEOUT = 1800

EXIT_USAGE, EXIT_PLUGIN = 2, 4
PRECIOUS = "an earlier export that a failed one must not touch\n"


@pytest.fixture(scope="module")
def sample() -> dict:
    return yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def markdown_plugin_dir() -> Path:
    """The folder holding parley-export-markdown, built from its package."""
    if shutil.which("swift") is None:
        pytest.fail("the swift toolchain is not on PATH", pytrace=False)
    build = subprocess.run(
        ["swift", "build"], cwd=MARKDOWN_PACKAGE, capture_output=True, text=True,
        timeout=SWIFT_BUILD_TIMEOUT,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    folder = MARKDOWN_PACKAGE / ".build" / "debug"
    assert os.access(folder / "parley-export-markdown", os.X_OK)
    return folder


def env_with(**variables: str) -> dict:
    """This process's environment without plugins from outside the tests (no
    PARLEY_PLUGIN_PATH, no PATH folder holding a parley-export-*), plus
    variables. run_parley's env replaces the environment."""
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_PLUGIN_PATH"}
    env["PATH"] = ":".join(
        folder for folder in os.environ.get("PATH", "").split(":")
        if folder and not any(Path(folder).glob("parley-export-*"))
    )
    return {**env, **variables}


@pytest.fixture
def parley_run(run_parley):
    """run_parley with env_with() unless an env is given."""

    def run(*args, env=None, **kwargs):
        return run_parley(*args, env=env_with() if env is None else env, **kwargs)

    return run


def write_plugin(folder: Path, name: str, source: str) -> Path:
    """An executable Python plugin parley-export-NAME in folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"parley-export-{name}"
    path.write_text("#!/usr/bin/env python3\n" + source, encoding="utf-8")
    path.chmod(0o755)
    return path


def plugin_lines(result) -> dict[str, str]:
    """`parley formats`'s plugins as {NAME: PATH}: the path is on standard
    error, `NAME: plugin at PATH`, and the id alone on standard output (so
    scripts read one id per line); both must agree."""
    found = {}
    for line in result.stderr.splitlines():
        match = re.fullmatch(r"(\S+): plugin at (.+)", line.strip())
        if match:
            found[match[1]] = match[2]
    ids = result.stdout.splitlines()
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9._-]*", line) for line in ids), ids
    assert all(name in ids for name in found), (found, ids)
    return found


def assert_untouched(folder: Path, output: Path, before: str | None):
    """Nothing written: the output is as it was and no temporary file is left."""
    if before is None:
        assert not output.exists(), f"{output.name} was written"
    else:
        assert output.read_text(encoding="utf-8") == before
    leftovers = sorted(p.name for p in folder.iterdir() if p != output)
    assert leftovers == [], f"left behind: {leftovers}"


# ---------------------------------------------------------------------------
# The plugin scripts on their own, without parley
# ---------------------------------------------------------------------------

REQUIRED = {"protocol", "name", "description", "mediaType", "extension", "irVersions"}


def run_script(path: Path, *args: str, input: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([path, *args], input=input, capture_output=True, timeout=30)


@pytest.mark.parametrize("path", [EXAMPLES / "parley-export-mermaid",
                                  *sorted(HOSTILE.glob("parley-export-*"))],
                         ids=lambda p: p.name)
def test_descriptors(path):
    result = run_script(path, "--describe")
    assert result.returncode == 0, result.stderr
    if path.name == "parley-export-badjson":
        with pytest.raises(json.JSONDecodeError):
            json.loads(result.stdout)
        return
    descriptor = json.loads(result.stdout)
    assert REQUIRED <= set(descriptor)
    assert descriptor["protocol"] == 1
    assert path.name == "parley-export-" + descriptor["name"]


@pytest.mark.parametrize("envelope, message", [
    (b"", "not JSON"),
    (b"\xff", "not JSON"),
    (b"[]", "not a JSON object"),
    (b'{"protocol": 2, "document": {}}', "protocol 2"),
    (b'{"protocol": 1}', "no document"),
    (b'{"protocol": 1, "options": {"direction": "RL"}, "document": {}}', "RL"),
    (b'{"protocol": 1, "document": {"talks": [{"name": "no id"}]}}', "not a Parley"),
])
def test_mermaid_script_refuses_a_bad_envelope(envelope, message):
    result = run_script(EXAMPLES / "parley-export-mermaid", input=envelope)
    assert result.returncode == 1
    assert result.stdout == b""
    assert message in result.stderr.decode()


# ---------------------------------------------------------------------------
# parley formats
# ---------------------------------------------------------------------------


def test_formats_lists_the_mermaid_example_after_the_builtins(parley_run):
    builtins = [f["id"] for f in json.loads(parley_run("formats", "--json").stdout)]
    result = parley_run("formats", "--plugin-path", EXAMPLES)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[: len(builtins)] == builtins
    plugins = plugin_lines(result)
    assert list(plugins) == ["gdf", "mermaid", "svg"]
    assert plugins["mermaid"].endswith("parley-export-mermaid")
    assert lines[len(builtins):] == ["gdf", "mermaid", "svg"]


def test_formats_json_describes_the_plugin(parley_run):
    result = parley_run("formats", "--json", "--plugin-path", EXAMPLES)
    assert result.returncode == 0, result.stderr
    formats = {f["id"]: f for f in json.loads(result.stdout)}
    mermaid = formats["mermaid"]
    assert mermaid["builtin"] is False
    assert Path(mermaid["path"]).name == "parley-export-mermaid"
    assert (ROOT / mermaid["path"]).resolve() == (EXAMPLES / "parley-export-mermaid").resolve()
    assert mermaid["mediaType"] == "text/vnd.mermaid"
    assert mermaid["extension"] == "mmd"
    assert {o["name"] for o in mermaid["options"]} == {"direction", "mermaid-no-issues"}
    assert all(f["builtin"] is True for name, f in formats.items() if name not in ("gdf", "mermaid", "svg"))


def test_formats_lists_the_swift_example(parley_run, markdown_plugin_dir):
    result = parley_run("formats", "--plugin-path", markdown_plugin_dir)
    assert result.returncode == 0, result.stderr
    plugins = plugin_lines(result)
    assert list(plugins) == ["markdown"]
    assert plugins["markdown"].endswith("parley-export-markdown")


def test_plugin_path_takes_a_colon_separated_list(parley_run, markdown_plugin_dir):
    result = parley_run("formats", "--plugin-path", f"{EXAMPLES}:{markdown_plugin_dir}")
    assert result.returncode == 0, result.stderr
    assert sorted(plugin_lines(result)) == ["gdf", "markdown", "mermaid", "svg"]


def test_plugins_are_found_through_the_environment_and_path(parley_run):
    by_env = parley_run("formats", env=env_with(PARLEY_PLUGIN_PATH=str(EXAMPLES)))
    assert by_env.returncode == 0, by_env.stderr
    assert "mermaid" in plugin_lines(by_env)
    by_path = parley_run("formats", env=env_with(PATH=f"{EXAMPLES}:{os.environ['PATH']}"))
    assert by_path.returncode == 0, by_path.stderr
    assert "mermaid" in plugin_lines(by_path)


IMPOSTOR = """import json, sys
if sys.argv[1:] == ["--describe"]:
    print(json.dumps({"protocol": 1, "name": "mermaid", "description": "An impostor.",
                      "mediaType": "text/vnd.mermaid", "extension": "mmd",
                      "irVersions": ["1"]}))
    sys.exit(0)
sys.stdin.buffer.read()
print("impostor")
"""


@pytest.mark.parametrize("winner, loser", [("flag", "env"), ("env", "path")])
def test_the_first_match_wins(parley_run, tmp_path, winner, loser):
    impostor = write_plugin(tmp_path / "impostor", "mermaid", IMPOSTOR).parent
    places = {winner: EXAMPLES, loser: impostor}
    args = ["--plugin-path", places["flag"]] if "flag" in places else []
    env = env_with()
    if "env" in places:
        env["PARLEY_PLUGIN_PATH"] = str(places["env"])
    if "path" in places:
        env["PATH"] = f"{places['path']}:{env['PATH']}"
    out = tmp_path / "talks.mmd"
    result = parley_run("export", SAMPLE, "-t", "mermaid", "-o", out, *args, env=env)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("flowchart LR\n")


# ---------------------------------------------------------------------------
# The Mermaid example
# ---------------------------------------------------------------------------


def export(parley_run, tmp_path, fmt, *args, name="out", input=SAMPLE, **kwargs):
    out = tmp_path / name
    result = parley_run("export", input, "-t", fmt, "-o", out, *args, **kwargs)
    return result, out


def test_mermaid_export_of_the_sample(parley_run, tmp_path, sample):
    result, out = export(parley_run, tmp_path, "mermaid", "--plugin-path", EXAMPLES,
                         name="talks.mmd")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("flowchart LR\n")
    lines = text.splitlines()
    edges = [line for line in lines if "-->|" in line]
    assert len(edges) == len(sample["positions"])
    stances = sorted(re.search(r'-->\|"([a-z]+)"\|', line)[1] for line in edges)
    assert stances == sorted(p["stance"] for p in sample["positions"])
    links = [line for line in lines if " --- " in line]
    assert len(links) == sum(len(t.get("parties", [])) for t in sample["talks"])
    # Node ids are [A-Za-z0-9_]; every edge joins two declared nodes.
    declared = {m[1] for line in lines if (m := re.match(r"\s*(\w+)[\[({]", line))}
    assert len(declared) == len(lines) - 1 - len(edges) - len(links)
    for line in edges + links:
        ends = re.fullmatch(r'\s*(\S+) (?:---|-->\|"[a-z]+"\|) (\S+)', line)
        assert ends and {ends[1], ends[2]} <= declared, line
    for talk in sample["talks"]:
        assert f'{{{{"{talk["name"]}' in text


ODD = {
    "parley": "1.0", "id": "odd", "title": "Odd names",
    "entities": [
        {"id": "a-b", "kind": "state", "name": 'Say "hi" [x] #1 <b>\nline two'},
        {"id": "a_b", "kind": "state", "name": "end"},
    ],
    "issues": [{"id": "i.1", "label": "Issue (one) {x}|y"}],
    "talks": [{"id": "end", "name": "Talk", "kind": "call", "parties": ["a-b", "a_b"]}],
    "positions": [
        {"id": "p1", "holder": "a_b", "issue": "i.1", "stance": "rejects"},
        {"id": "p2", "holder": "a-b", "issue": "i.1", "stance": "demands"},
    ],
}


def test_mermaid_escapes_labels_and_ids(parley_run, tmp_path):
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(ODD), encoding="utf-8")
    result, out = export(parley_run, tmp_path, "mermaid", "--plugin-path", EXAMPLES,
                         input=source, name="odd.mmd")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert '"Say #quot;hi#quot; [x] #35;1 #lt;b#gt;<br>line two"' in text
    assert '("Issue (one) {x}|y")' in text
    assert len(text.splitlines()) == 1 + 4 + 2 + 2  # header, 4 nodes, 2 links, 2 edges
    ids = {m[1] for line in text.splitlines() if (m := re.match(r"\s*(\w+)[\[({]", line))}
    assert len(ids) == 4, "a-b and a_b must stay two nodes"
    assert all(re.fullmatch(r"[A-Za-z0-9_]+", i) and i != "end" for i in ids)


def test_mermaid_export_is_deterministic(parley_run, tmp_path):
    first, one = export(parley_run, tmp_path, "mermaid", "--plugin-path", EXAMPLES, name="1.mmd")
    second, two = export(parley_run, tmp_path, "mermaid", "--plugin-path", EXAMPLES, name="2.mmd")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert one.read_bytes() == two.read_bytes()


def test_mermaid_options(parley_run, tmp_path, sample):
    result, out = export(parley_run, tmp_path, "mermaid", "--plugin-path", EXAMPLES,
                         "--direction", "TB", name="tb.mmd")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("flowchart TB\n")

    result, out = export(parley_run, tmp_path, "mermaid", "--plugin-path", EXAMPLES,
                         "--mermaid-no-issues", name="no-issues.mmd")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "-->|" not in text
    assert text.count(" --- ") == sum(len(t.get("parties", [])) for t in sample["talks"])
    for issue in sample["issues"]:
        assert issue["label"] not in text


def test_a_value_outside_the_choices_is_a_usage_error(parley_run, tmp_path):
    result, out = export(parley_run, tmp_path, "mermaid", "--plugin-path", EXAMPLES,
                         "--direction", "RL", name="rl.mmd")
    assert result.returncode == EXIT_USAGE, result.stderr
    assert "RL" in result.stderr and "LR" in result.stderr and "TB" in result.stderr
    assert_untouched(tmp_path, out, None)


def test_the_output_extension_selects_the_plugin(parley_run, tmp_path):
    out = tmp_path / "talks.mmd"
    result = parley_run("export", SAMPLE, "-o", out, "--plugin-path", EXAMPLES)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("flowchart LR\n")


def test_hostile_neighbours_do_not_stop_a_good_plugin(parley_run, tmp_path):
    result, out = export(parley_run, tmp_path, "mermaid", "--plugin-path", HOSTILE,
                         "--plugin-path", EXAMPLES, name="talks.mmd")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("flowchart LR\n")


# ---------------------------------------------------------------------------
# The Swift example
# ---------------------------------------------------------------------------


def test_markdown_export_of_the_sample(parley_run, tmp_path, sample, markdown_plugin_dir):
    result, out = export(parley_run, tmp_path, "markdown", "--plugin-path", markdown_plugin_dir,
                         name="brief.md")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# " + sample["title"]
    for talk in sample["talks"]:
        assert "### " + talk["name"] in lines
    headers = [line for line in lines if line == "| Holder | Stance | Date | Summary |"]
    rows = [line for line in lines
            if line.startswith("| ") and line not in headers and not line.startswith("| ---")]
    assert len(rows) == len(sample["positions"])
    assert len(headers) == len({p["issue"] for p in sample["positions"]})
    assert "## Quotes" in lines

    again, second = export(parley_run, tmp_path, "markdown", "--plugin-path", markdown_plugin_dir,
                           name="again.md")
    assert again.returncode == 0, again.stderr
    assert second.read_bytes() == out.read_bytes()


def test_markdown_without_quotes(parley_run, tmp_path, markdown_plugin_dir):
    result, out = export(parley_run, tmp_path, "markdown", "--plugin-path", markdown_plugin_dir,
                         "--markdown-no-quotes", name="brief.md")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "## Quotes" not in text
    assert "| Holder | Stance | Date | Summary |" in text


# ---------------------------------------------------------------------------
# What a plugin receives
# ---------------------------------------------------------------------------

SPY = """import json, sys
if sys.argv[1:] == ["--describe"]:
    print(json.dumps({"protocol": 1, "name": "spy", "description": "Echoes its input.",
        "mediaType": "application/json", "extension": "spy", "irVersions": ["1.0"],
        "options": [{"name": "spy-flag", "help": "A flag.", "takesValue": False},
                    {"name": "spy-mode", "help": "A value.", "takesValue": True,
                     "choices": ["a", "b"], "default": "a"}]}))
    sys.exit(0)
sys.stdout.buffer.write(sys.stdin.buffer.read())
"""


@pytest.mark.parametrize("args, options", [
    ([], {}),
    (["--spy-flag", "--spy-mode", "b"], {"spy-flag": True, "spy-mode": "b"}),
    (["--spy-mode", "a"], {"spy-mode": "a"}),
])
def test_the_envelope(parley_run, tmp_path, args, options):
    folder = write_plugin(tmp_path / "plugins", "spy", SPY).parent
    canonical = parley_run("export", SAMPLE, "-t", "json")
    assert canonical.returncode == 0, canonical.stderr
    version = parley_run("--version").stdout.strip()

    result, out = export(parley_run, tmp_path, "spy", "--plugin-path", folder, *args,
                         name="envelope.json")
    assert result.returncode == 0, result.stderr
    envelope = json.loads(out.read_text(encoding="utf-8"))
    assert envelope["protocol"] == 1
    assert envelope["parley"] == version
    assert envelope["ir"] == "1.0"
    assert envelope["options"] == options
    assert envelope["document"] == json.loads(canonical.stdout)


# ---------------------------------------------------------------------------
# Hostile plugins
# ---------------------------------------------------------------------------


def test_crash(parley_run, tmp_path):
    result, out = export(parley_run, tmp_path, "crash", "--plugin-path", HOSTILE)
    assert result.returncode == EXIT_PLUGIN, result.stderr
    assert "crash" in result.stderr
    assert "boom" in result.stderr
    assert_untouched(tmp_path, out, None)  # though it printed "partial output" first


def test_hang_is_killed_at_the_timeout(parley_run, tmp_path):
    pidfile = tmp_path / "hang.pid"
    out = tmp_path / "out" / "talks.hang"
    out.parent.mkdir()
    started = time.monotonic()
    try:
        result = parley_run("export", SAMPLE, "-t", "hang", "-o", out, "--plugin-path", HOSTILE,
                            "--plugin-timeout", "2", timeout=60,
                            env=env_with(HANG_PIDFILE=str(pidfile)))
        elapsed = time.monotonic() - started
        assert result.returncode == EXIT_PLUGIN, result.stderr
        assert elapsed < 10, f"took {elapsed:.1f} s with --plugin-timeout 2"
        assert "hang" in result.stderr
        assert "timed out" in result.stderr
        assert "hanging" in result.stderr  # its standard error, quoted
        assert_untouched(out.parent, out, None)
        assert pidfile.exists(), "the plugin did not run (or did not get HANG_PIDFILE)"
        pid = int(pidfile.read_text())
        deadline = time.monotonic() + 3
        while running(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not running(pid), f"the plugin (pid {pid}) is still running; it ignores SIGTERM"
    finally:
        if pidfile.exists() and running(int(pidfile.read_text())):
            os.kill(int(pidfile.read_text()), signal.SIGKILL)


def running(pid: int) -> bool:
    """Whether the process exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_garbage_is_not_utf8(parley_run, tmp_path):
    result, out = export(parley_run, tmp_path, "garbage", "--plugin-path", HOSTILE)
    assert result.returncode == EXIT_PLUGIN, result.stderr
    assert "garbage" in result.stderr
    assert "not UTF-8" in result.stderr
    assert_untouched(tmp_path, out, None)


def test_empty_output(parley_run, tmp_path):
    result, out = export(parley_run, tmp_path, "empty", "--plugin-path", HOSTILE)
    assert result.returncode == EXIT_PLUGIN, result.stderr
    assert "empty" in result.stderr
    assert "no output" in result.stderr
    assert_untouched(tmp_path, out, None)


def test_bad_describe_is_reported_and_the_others_still_listed(parley_run):
    result = parley_run("formats", "--plugin-path", HOSTILE, "--plugin-path", EXAMPLES)
    assert result.returncode == 0, result.stderr
    assert sorted(plugin_lines(result)) == [
        "crash", "empty", "future", "garbage", "gdf", "hang", "mermaid", "svg",
    ]
    assert "badjson" not in result.stdout
    assert "badjson" in result.stderr
    assert "describe" in result.stderr.lower()

    as_json = parley_run("formats", "--json", "--plugin-path", HOSTILE)
    assert as_json.returncode == 0, as_json.stderr
    ids = [f["id"] for f in json.loads(as_json.stdout)]
    assert "badjson" not in ids
    assert {"crash", "empty", "future", "garbage", "hang"} <= set(ids)


def test_bad_describe_cannot_be_used(parley_run, tmp_path):
    result, out = export(parley_run, tmp_path, "badjson", "--plugin-path", HOSTILE)
    # docs/plugins.md says Parley refuses an invalid descriptor without naming the
    # exit code: a usage error (2) or a plugin failure (4).
    assert result.returncode in (EXIT_USAGE, EXIT_PLUGIN), result.stderr
    assert "badjson" in result.stderr
    assert "should never have been run" not in result.stderr
    assert_untouched(tmp_path, out, None)


def test_future_ir_version_is_refused_before_running(parley_run, tmp_path):
    result, out = export(parley_run, tmp_path, "future", "--plugin-path", HOSTILE)
    assert result.returncode == EXIT_USAGE, result.stderr
    assert "future" in result.stderr
    assert re.search(r"\b2\b", result.stderr), "the message names the versions it reads"
    assert "was run though" not in result.stderr
    assert_untouched(tmp_path, out, None)


def test_a_plugin_cannot_replace_a_builtin(parley_run, tmp_path):
    formats = parley_run("formats", "--plugin-path", HOSTILE)
    assert formats.returncode == 0, formats.stderr
    assert formats.stdout.splitlines().count("json") == 1
    assert "json" not in plugin_lines(formats)
    assert re.search(r"parley-export-json|plugin json", formats.stderr), formats.stderr

    builtin, expected = export(parley_run, tmp_path, "json", name="builtin.json")
    assert builtin.returncode == 0, builtin.stderr
    result, out = export(parley_run, tmp_path, "json", "--plugin-path", HOSTILE,
                         name="talks.json")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == expected.read_bytes()
    assert "impostor" not in out.read_text(encoding="utf-8")
    # Parley need not look for plugins to export a built-in format, nor
    # describe other plugins than the one -t names; the warning is required
    # whenever every plugin is described: here, to find a format by extension.
    other = parley_run("export", SAMPLE, "-o", tmp_path / "x.no-such-extension",
                       "--plugin-path", HOSTILE)
    assert other.returncode == 2
    assert re.search(r"parley-export-json|plugin json", other.stderr), other.stderr


FAILURES = {  # plugin: the exit code
    "crash": EXIT_PLUGIN,
    "hang": EXIT_PLUGIN,
    "garbage": EXIT_PLUGIN,
    "empty": EXIT_PLUGIN,
    "future": EXIT_USAGE,
}


@pytest.mark.parametrize("plugin", sorted(FAILURES))
def test_an_existing_output_is_left_untouched(parley_run, tmp_path, plugin):
    out = tmp_path / "out" / f"talks.{plugin}"
    out.parent.mkdir()
    out.write_text(PRECIOUS, encoding="utf-8")
    pidfile = tmp_path / "hang.pid"
    try:
        result = parley_run("export", SAMPLE, "-t", plugin, "-o", out, "--plugin-path", HOSTILE,
                            "--plugin-timeout", "2", timeout=60,
                            env=env_with(HANG_PIDFILE=str(pidfile)))
        assert result.returncode == FAILURES[plugin], result.stderr
        assert plugin in result.stderr
        assert_untouched(out.parent, out, PRECIOUS)
    finally:
        if pidfile.exists() and running(int(pidfile.read_text())):
            os.kill(int(pidfile.read_text()), signal.SIGKILL)


def test_a_plugin_that_reads_the_graph_gets_the_projection(parley_run, tmp_path):
    """`"input": "graph"` (samples/plugins/parley-export-gdf): Parley sends the
    graph the --graph and --with options choose, and the GDF it writes has
    GraphML's nodes and edges."""
    import networkx as nx

    for options in ([], ["--graph", "stances"], ["--with", "sources"]):
        out = tmp_path / "graph.gdf"
        result = parley_run("export", SAMPLE, "-t", "gdf", "--plugin-path", EXAMPLES, *options,
                            "-o", out)
        assert result.returncode == 0, result.stderr
        text = out.read_text(encoding="utf-8")
        nodes, edges = text.split("edgedef>")
        reference = tmp_path / "graph.graphml"
        assert parley_run("export", SAMPLE, "-t", "graphml", *options, "-o", reference).returncode == 0
        graph = nx.read_graphml(reference, force_multigraph=True)
        assert len(nodes.strip().splitlines()) - 1 == graph.number_of_nodes()
        assert len(edges.strip().splitlines()) - 1 == graph.number_of_edges()


def test_a_graph_plugin_is_refused_a_node_type_it_cannot_add(parley_run, tmp_path):
    result = parley_run("export", SAMPLE, "-t", "gdf", "--plugin-path", EXAMPLES, "--with", "people",
                        "-o", tmp_path / "x.gdf")
    assert result.returncode == 2
    assert "people" in result.stderr
    assert not (tmp_path / "x.gdf").exists()


def test_the_graph_envelope(parley_run, tmp_path):
    """What a graph plugin reads: typed attributes and time, as documented."""
    spy = tmp_path / "parley-export-spy"
    spy.write_text(
        "#!/usr/bin/env python3\n"
        "import json, sys\n"
        "if sys.argv[1:] == ['--describe']:\n"
        "    json.dump({'protocol': 1, 'name': 'spy', 'input': 'graph', 'irVersions': ['1'],\n"
        "               'description': 'x', 'mediaType': 'application/json', 'extension': 'spy'}, sys.stdout)\n"
        "    sys.exit(0)\n"
        "sys.stdout.write(sys.stdin.read())\n")
    spy.chmod(0o755)
    result = parley_run("export", SAMPLE, "-t", "spy", "--plugin-path", tmp_path, "--graph", "stances",
                        "-o", tmp_path / "envelope.json")
    assert result.returncode == 0, result.stderr
    envelope = json.loads((tmp_path / "envelope.json").read_text(encoding="utf-8"))
    assert "document" not in envelope
    graph = envelope["graph"]
    assert graph["shape"] == "stances" and graph["directed"] is True
    assert {"name": "history", "for": "edge", "type": "integer"} in graph["attributes"]
    edge = next(e for e in graph["edges"] if "time" in e)
    assert isinstance(edge["attributes"]["history"], int)
    assert isinstance(edge["attributes"]["stances"], list)
    assert edge["time"]["start"] <= edge["time"]["end"]
