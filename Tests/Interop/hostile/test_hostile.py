"""The hostile catalogue of issue 16 (see README.md in this folder).

test_case runs every record of hostile_cases.CASES in its own working
directory and checks, for each:
  1. the exit code;
  2. key words on standard error (the file, the place, what to do);
  3. no `.parley-*.tmp` left anywhere, and, when the run fails, no output
     either (the working directory is as it was, but for new empty folders);
  4. no content of the canary (files outside the working directory) in
     standard output, standard error or anything written; with strace, no
     system call naming the canary folder and no network connection;
  5. the time bound (20 s unless the case says otherwise) and a peak RSS
     under 1.5 GiB (measured with wait4 and /proc; beyond 2 GiB parley is
     killed);
and that standard error carries no raw control character.

The signal tests below need a process to be interrupted at the right
moment, so they are functions of their own: SIGTERM/SIGINT/SIGHUP during a
long export, SIGTERM while a plugin runs, kill -9 and the next run's
clean-up of stale temporary files, and a concurrent run that must not
remove a live one.

Run: PARLEY=/path/to/parley .venv/bin/python -m pytest Tests/Interop/hostile -q -p no:cacheprovider
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import types
import uuid
from pathlib import Path

import pytest

from conftest import REPO_ROOT, require_parley

import hostile_cases as hc
from hostile_run import (
    Result,
    bound_problems,
    canary_problems,
    changed_files,
    control_problems,
    exit_problems,
    keyword_problems,
    kill_quietly,
    leftovers,
    outside_tmp_dir,
    process_gone,
    read_outputs,
    run_bounded,
    snapshot,
    temp_files,
    write_report_line,
)

GENERATOR = REPO_ROOT / "Benchmarks" / "generate.py"
BIG_RECORDS = 20_000  # ~14 MB: parley takes ~3 s to load it and ~10 s to write five formats
BIG_FORMATS = ["json", "graphml", "xml", "jsonld", "ttl"]
OLD = b"an earlier export that an interrupted one must not touch\n"


# --- fixtures ---------------------------------------------------------------------

@pytest.fixture(scope="session")
def canary():
    """A folder outside every case's working directory (and outside pytest's
    tmp tree) whose files hold a token that must never come out of parley."""
    folder = outside_tmp_dir("parley-canary-")
    token = f"PARLEY-CANARY-{uuid.uuid4().hex}"
    (folder / "canary.txt").write_text(f"{token}\n")
    (folder / "canary.xml").write_text(f'<?xml version="1.0"?>\n<canary>{token}</canary>\n')
    (folder / "canary.xsl").write_text(
        f'{hc.XSL_OPEN}\n<xsl:template match="/"><leak>{token}</leak></xsl:template>\n</xsl:stylesheet>\n')
    (folder / "canary.dtd").write_text(f'<!ENTITY leak "{token}">\n')
    (folder / "canary.yaml").write_text(f"leak: {token}\n")
    # Not executable: a plugin path holding it must neither run nor read it.
    (folder / "parley-export-canary").write_text(f"#!/bin/sh\necho {token}\n")
    os.chmod(folder / "parley-export-canary", 0o644)
    yield types.SimpleNamespace(dir=folder, token=token)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def big_dossier(tmp_path_factory):
    """A generated dossier big enough to interrupt parley while it writes."""
    path = tmp_path_factory.mktemp("big") / "big.json"
    subprocess.run([sys.executable, str(GENERATOR), "--records", str(BIG_RECORDS), "-o", str(path)],
                   check=True, capture_output=True, timeout=120)
    return path


@pytest.fixture
def parley() -> Path:
    return require_parley()


def make_ctx(tmp_path: Path, canary) -> types.SimpleNamespace:
    ctx = types.SimpleNamespace(work=tmp_path / "work", aux=tmp_path / "aux", io=tmp_path / "io",
                                canary=canary, cleanups=[], local_token=f"PARLEY-LOCAL-{uuid.uuid4().hex}")
    for folder in (ctx.work, ctx.aux, ctx.io):
        folder.mkdir()
    return ctx


def substitute(text: str, ctx) -> str:
    canary = ctx.canary.dir
    for key, value in {
        "{CANARY_TXT}": canary / "canary.txt", "{CANARY_XML}": canary / "canary.xml",
        "{CANARY_XSL}": canary / "canary.xsl", "{CANARY_DTD}": canary / "canary.dtd",
        "{CANARY_DIR}": canary, "{AUX}": ctx.aux, "{LOCAL_TOKEN}": ctx.local_token,
        "{CANARY_REL_XML}": os.path.relpath(canary / "canary.xml", ctx.work),
    }.items():
        text = text.replace(key, str(value))
    return text


def materialize(case: hc.Case, ctx) -> None:
    """Makes the case's files in its working directory."""
    files = case.files() if callable(case.files) else case.files
    later = []
    for rel, content in files.items():
        path = ctx.work / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content = content()
        if isinstance(content, hc.Fifo):
            os.mkfifo(path)
        elif isinstance(content, hc.Link):
            os.symlink(content.target, path)
        elif isinstance(content, hc.Exe):
            path.write_text(substitute(content.text, ctx))
            path.chmod(0o755)
        elif isinstance(content, hc.Mode):
            data = content.content
            path.write_bytes(data if isinstance(data, bytes) else data.encode())
            later.append((path, content.mode))
        elif isinstance(content, hc.DirMode):
            path.mkdir(exist_ok=True)
            later.append((path, content.mode))
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(substitute(content, ctx), encoding="utf-8")
    for path, mode in later:
        path.chmod(mode)
        ctx.cleanups.append(lambda p=path: p.chmod(0o755))


def names_outside(case: hc.Case) -> bool:
    """Whether the case points parley at something outside its directory."""
    files = case.files() if callable(case.files) else case.files
    texts = list(case.argv) + [c for c in files.values() if isinstance(c, str)] + \
        [c.text for c in files.values() if isinstance(c, hc.Exe)]
    return any(marker in text for text in texts for marker in ("{CANARY", "/etc/passwd", "10.255.255.1"))


# --- the catalogue ---------------------------------------------------------------------

@pytest.mark.parametrize("case", hc.CASES, ids=str)
def test_case(case: hc.Case, tmp_path, canary, parley):
    ctx = make_ctx(tmp_path, canary)
    try:
        materialize(case, ctx)
        if case.setup:
            case.setup(ctx)
        before = snapshot(ctx.work)
        strace = names_outside(case) if case.strace is None else case.strace
        result = run_bounded(
            [parley, *(substitute(a, ctx) for a in case.argv)], cwd=ctx.work, io_dir=ctx.io,
            stdin=case.stdin, timeout=case.max_seconds + 2, wrap=case.wrap, strace=strace,
            env=None if case.env is None else {**os.environ, **case.env},
        )
        after = snapshot(ctx.work)
        problems = exit_problems(result, case.exit)
        problems += keyword_problems(result.err, case.stderr, case.absent)
        # A run the harness had to kill (SIGKILL) cannot clean up: the kill is
        # the problem reported, not what it left.
        if not result.killed:
            problems += [f"temporary file left: {t}" for t in temp_files(ctx.work)]
        if result.returncode != 0 and not case.partial_ok and not result.killed:
            left = [p for p in leftovers(before, after) if not is_temp(p)]
            if left:
                problems.append(f"a failed run left or changed files: {left[:5]}")
        for rel in case.outputs:
            if not (ctx.work / rel).exists():
                problems.append(f"expected output missing: {rel}")
        outputs = read_outputs(ctx.work, changed_files(before, after))
        problems += canary_problems(result, outputs, [canary.token, ctx.local_token], str(canary.dir))
        problems += bound_problems(result, case.max_seconds)
        problems += control_problems(result)
        if case.check and not result.killed:
            problems += case.check(ctx, result)
        record(case.id, case.group, case.what, result, problems)
        assert not problems, "\n".join([f"[{case.id}] {case.what}", *problems, result.summary()])
    finally:
        for cleanup in ctx.cleanups:
            cleanup()


def is_temp(path: str) -> bool:
    return os.path.basename(path).startswith(".parley-") and path.endswith(".tmp")


def record(cid, group, what, result: Result, problems):
    write_report_line({
        "id": cid, "group": group, "what": what, "passed": not problems, "problems": problems,
        "exit": result.returncode, "stderr": (result.err.strip().splitlines() or [""])[0][:300],
        "seconds": round(result.seconds, 2), "rss_mib": round(result.peak_rss / 2**20),
        "killed": result.killed,
    })


# --- signals ---------------------------------------------------------------------------

def signal_when(path_glob_dir: Path, proc_sig, sent: dict, predicate, timeout=60.0):
    """on_start hook: a thread that sends proc_sig to parley once predicate()
    holds (polling every 5 ms), and notes when it did in sent."""
    def hook(proc):
        def watch():
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and proc.poll() is None:
                if predicate():
                    sent["seen"] = [p.name for p in path_glob_dir.iterdir()] if path_glob_dir.is_dir() else []
                    try:
                        os.kill(proc.pid, proc_sig)
                        sent["at"] = time.monotonic()
                    except ProcessLookupError:
                        pass
                    return
                time.sleep(0.005)
        thread = threading.Thread(target=watch, daemon=True)
        thread.start()
        sent["thread"] = thread
    return hook


def has_temp(folder: Path):
    return lambda: bool(temp_files(folder)) if folder.is_dir() else False


SIGNALS = {"SIGTERM": (signal.SIGTERM, 143), "SIGINT": (signal.SIGINT, 130), "SIGHUP": (signal.SIGHUP, 129)}


@pytest.mark.parametrize("name", list(SIGNALS))
def test_signal_during_long_export(name, tmp_path, canary, parley, big_dossier):
    """A signal while the outputs are being written: parley exits with
    128+N (or dies of the signal), removes its temporary files and leaves
    every destination as it was."""
    sig, code = SIGNALS[name]
    ctx = make_ctx(tmp_path, canary)
    (ctx.work / "big.json").symlink_to(big_dossier)
    out = ctx.work / "out"
    out.mkdir()
    for fmt in BIG_FORMATS:
        (out / f"big.{'json' if fmt == 'json' else fmt}").write_bytes(OLD)
    sent = {}
    result = run_bounded([parley, "export", "big.json", "-t", ",".join(BIG_FORMATS), "--out-dir", "out", "-j", "1"],
                         cwd=ctx.work, io_dir=ctx.io, timeout=90,
                         on_start=signal_when(out, sig, sent, has_temp(out)))
    problems = []
    if "at" not in sent:
        problems.append("no temporary file appeared before parley ended: the signal was never sent")
    else:
        if result.returncode not in (code, -sig):
            problems.append(f"exit code {result.returncode}, expected {code} (or death by {name})")
        if result.killed:
            problems.append("parley did not stop after the signal")
    problems += [f"temporary file left: {t}" for t in temp_files(ctx.work)]
    for fmt in BIG_FORMATS:
        dest = out / f"big.{fmt}"
        if dest.read_bytes() != OLD:
            problems.append(f"{dest.name} was changed by the interrupted export")
    problems += bound_problems(result, 90)
    problems += control_problems(result)
    record(f"signal-{name.lower()}-during-export", "Signals", f"{name} during a long export", result, problems)
    assert not problems, "\n".join([*problems, f"files when signalled: {sent.get('seen')}", result.summary()])


SLOW_PLUGIN = hc.plugin("slow", hc.descriptor("slow"),
                        'echo $$ > "{AUX}/plugin.pid"; cat >/dev/null; echo partial; '
                        'sleep 30 & echo $! > "{AUX}/child.pid"; wait; echo done')


def write_plugin(ctx, name, text):
    folder = ctx.work / "plugins"
    folder.mkdir(exist_ok=True)
    path = folder / f"parley-export-{name}"
    path.write_text(substitute(text, ctx))
    path.chmod(0o755)


def pids(ctx, *names):
    found = {}
    for name in names:
        path = ctx.aux / name
        if path.is_file() and path.read_text().strip():
            found[name] = int(path.read_text().strip())
    return found


PLUGIN_SIGNAL_ROUNDS = 12  # a race between the interruption and the plugin's failure shows in some rounds only


def test_sigterm_while_plugin_runs(tmp_path, canary, parley):
    """SIGTERM while a plugin runs: exit 143, the plugin and its child are
    gone afterwards, no temporary file is left, the old output is kept. Done
    PLUGIN_SIGNAL_ROUNDS times, each in its own folder: the exit code must
    be 143 every time, not the plugin failure's 4."""
    problems, results = [], []
    for round_ in range(1, PLUGIN_SIGNAL_ROUNDS + 1):
        folder = tmp_path / f"round-{round_}"
        folder.mkdir()
        ctx = make_ctx(folder, canary)
        (ctx.work / "m.json").write_text(hc.MINIMAL)
        (ctx.work / "out.txt").write_bytes(OLD)
        write_plugin(ctx, "slow", SLOW_PLUGIN)
        sent = {}
        try:
            result = run_bounded([parley, "export", "m.json", "-t", "slow", "-o", "out.txt", "--plugin-path", "plugins"],
                                 cwd=ctx.work, io_dir=ctx.io, timeout=20,
                                 on_start=signal_when(ctx.work, signal.SIGTERM, sent,
                                                      lambda c=ctx: (c.aux / "child.pid").is_file()))
            results.append(result)
            mine = []
            if "at" not in sent:
                mine.append("the plugin never started its child: no signal sent")
            if result.returncode not in (143, -signal.SIGTERM):
                mine.append(f"exit code {result.returncode}, expected 143 ({result.err.strip().splitlines()[:1]})")
            deadline = time.monotonic() + 3
            running = pids(ctx, "plugin.pid", "child.pid")
            while time.monotonic() < deadline and not all(process_gone(p) for p in running.values()):
                time.sleep(0.05)
            for name, pid in running.items():
                if not process_gone(pid):
                    mine.append(f"the plugin's process {pid} ({name}) still runs after parley ended")
            mine += [f"temporary file left: {t}" for t in temp_files(ctx.work)]
            if (ctx.work / "out.txt").read_bytes() != OLD:
                mine.append("out.txt was changed")
            mine += bound_problems(result, 20) + control_problems(result)
            problems += [f"round {round_}: {p}" for p in mine]
        finally:
            for pid in pids(ctx, "plugin.pid", "child.pid").values():
                kill_quietly(pid)
    record("signal-sigterm-while-plugin-runs", "Signals",
           f"SIGTERM while a plugin runs ({PLUGIN_SIGNAL_ROUNDS} rounds)", results[-1], problems)
    assert not problems, "\n".join([*problems, *(r.summary() for r in results)])


def test_sigkill_then_next_run_removes_stale_temp(tmp_path, canary, parley, big_dossier):
    """kill -9 mid-export leaves a temporary file (nothing can clean up
    after SIGKILL); the next run into the same folder removes it, since its
    process is dead."""
    ctx = make_ctx(tmp_path, canary)
    (ctx.work / "big.json").symlink_to(big_dossier)
    (ctx.work / "m.json").write_text(hc.MINIMAL)
    out = ctx.work / "out"
    out.mkdir()
    sent = {}
    first = run_bounded([parley, "export", "big.json", "-t", "json", "-o", "out/big.json"],
                        cwd=ctx.work, io_dir=ctx.io / "first", timeout=90,
                        on_start=signal_when(out, signal.SIGKILL, sent, has_temp(out)))
    problems = []
    stale = temp_files(out)
    if "at" not in sent or first.returncode != -signal.SIGKILL:
        problems.append(f"could not kill -9 parley mid-export (exit {first.returncode})")
    elif not stale:
        problems.append("precondition: kill -9 left no temporary file (was it removed by someone else?)")
    second = run_bounded([parley, "export", "m.json", "-t", "json", "-o", "out/small.json"],
                         cwd=ctx.work, io_dir=ctx.io / "second", timeout=20)
    if second.returncode != 0:
        problems.append(f"the next run failed: exit {second.returncode}")
    left = temp_files(out)
    if left:
        problems.append(f"the next run left the stale temporary file of the dead process: {left}")
    if (out / "big.json").exists():
        problems.append("out/big.json exists: the killed export was committed")
    problems += bound_problems(second, 20) + control_problems(second)
    record("signal-sigkill-then-next-run", "Signals", "kill -9, then the next run cleans stale temps", second, problems)
    assert not problems, "\n".join([*problems, f"stale: {stale}", "second run " + second.summary()])


def test_next_run_keeps_live_temp_of_running_export(tmp_path, canary, parley):
    """Clean-up of stale temporary files must spare those of a parley that is
    still running: a concurrent run into the same folder leaves it alone and
    the first run still commits its output."""
    ctx = make_ctx(tmp_path, canary)
    (ctx.work / "m.json").write_text(hc.MINIMAL)
    write_plugin(ctx, "pause", hc.plugin("pause", hc.descriptor("pause"),
                                         'cat >/dev/null; echo first; echo $$ > "{AUX}/plugin.pid"; sleep 3; echo done'))
    first = subprocess.Popen([str(parley), "export", "m.json", "-t", "pause", "-o", "out.txt", "--plugin-path", "plugins"],
                             cwd=ctx.work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    problems = []
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not temp_files(ctx.work):
            time.sleep(0.01)
        live = temp_files(ctx.work)
        if not live:
            problems.append("precondition: the first run shows no temporary file while its plugin runs")
        second = run_bounded([parley, "export", "m.json", "-t", "json", "-o", "other.json"],
                             cwd=ctx.work, io_dir=ctx.io, timeout=20)
        if second.returncode != 0:
            problems.append(f"the concurrent run failed: exit {second.returncode}")
        if live and not all((ctx.work / t).exists() for t in live):
            problems.append(f"the concurrent run removed the live temporary file {live} of a running parley")
        _, err = first.communicate(timeout=30)
        if first.returncode != 0:
            problems.append(f"the first run failed after the concurrent one: exit {first.returncode}: "
                            f"{err.decode(errors='replace').strip()[:200]}")
        elif (ctx.work / "out.txt").read_text() != "first\ndone\n":
            problems.append("the first run's output is not what its plugin wrote")
        problems += [f"temporary file left: {t}" for t in temp_files(ctx.work)]
        record("signal-concurrent-run-keeps-live-temp", "Signals", "a concurrent run spares a live temp file",
               second, problems)
        assert not problems, "\n".join([*problems, second.summary()])
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()
        for pid in pids(ctx, "plugin.pid").values():
            kill_quietly(pid)
