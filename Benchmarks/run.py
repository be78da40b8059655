#!/usr/bin/env python3
"""Parley against the tools users would otherwise pick: one command, one table.

    python3 Benchmarks/run.py --scales 10k,100k,1m --runs 5

Builds Parley in release mode (``swift build -c release --product parley``;
``--no-build`` uses the binary as it is), generates the synthetic dossiers
that are missing (Benchmarks/generate.py), then measures, on the same data,
Parley and its peers in alternating runs — every tool once per repetition,
the order rotated from one repetition to the next:

    graphml  parley · python-igraph write_graphml · networkx write_graphml
    gexf     parley · networkx write_gexf
    cyjs     parley · networkx cytoscape_data + json.dump
    dot      parley · pydot Dot.write
    jsonld   parley · rdflib serialize(format="json-ld") · pyld jsonld.from_rdf
    nt       parley · rdflib serialize(format="nt")
    ttl      parley · rdflib serialize(format="turtle")
    csv      parley · Python csv.writer · pandas DataFrame.to_csv
    sqlite   parley (-o FILE.sqlite) · pandas DataFrame.to_sql · sqlite-utils insert_all
    xml      parley · lxml ElementTree.write
    yaml     parley · PyYAML safe_dump (libyaml's CSafeDumper; and the pure-Python one)
    load     parley validate · parley export -t json · json.load · orjson.loads
    floor    cat of a file of each output's size (for load: of the input)

and ``parley formats`` start-up (median of 20 runs). Each run is a process of
its own under ``/usr/bin/time -v`` (peak RSS), with a time limit and a memory
limit; a tool that times out or runs out of memory is marked so and not run
again at that scale or above. Raw runs go to Benchmarks/results/raw.csv; the
summary is printed and written into Benchmarks/README.md between the
``results`` markers. Benchmarks/README.md explains every column.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import math
import os
import platform
import resource
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

PEER = HERE / "peers" / "run_peer.py"
RESULTS = HERE / "results"
README = HERE / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
PEER_MODULES = [
    "networkx", "igraph", "pydot", "rdflib", "pyld", "pandas", "lxml", "yaml", "orjson", "sqlite_utils"
]
# Tools that may take very long at large scales (--skip-slow-peers-above).
SLOW_PEERS = {"networkx", "rdflib", "pyld", "pyyaml-py"}
# The formats whose peers start from the N-Triples of Parley's JSON-LD (make_triples).
TRIPLE_FORMATS = {"jsonld": ("rdflib", "pyld"), "nt": ("rdflib",), "ttl": ("rdflib",)}
# Peak RSS of rdflib holding the triples ÷ the size of Parley's JSON-LD of them.
RDFLIB_BYTES_PER_JSONLD_BYTE = 15
EXTENSIONS = {
    "graphml": "graphml", "gexf": "gexf", "cyjs": "cyjs", "dot": "dot",
    "jsonld": "jsonld", "nt": "nt", "ttl": "ttl", "csv": "csv", "sqlite": "sqlite", "xml": "xml",
    "yaml": "yaml", "load": "json",
}
FORMATS = ["graphml", "gexf", "cyjs", "dot", "jsonld", "nt", "ttl", "csv", "sqlite", "xml", "yaml", "load"]


# -- what is run ---------------------------------------------------------------


@dataclass
class Task:
    """One tool doing one format's job at one scale."""

    format: str
    tool: str  # parley, igraph, networkx, …, cat
    argv: list[str]
    output: Path | None  # the file it writes (None: standard output or nothing)
    stdout: Path | None = None  # where standard output goes (None: /dev/null)
    timing: Path | None = None  # the peer's phase times
    rate_bytes: int = 0  # bytes the MB/s figure counts (output, or input for load)
    variant: str = ""  # what is measured, for the table (e.g. "validate")

    @property
    def name(self) -> str:
        return f"{self.tool} {self.variant}".strip()


@dataclass
class Run:
    """One measured run."""

    status: str  # ok, timeout, oom, error, skipped
    wall: float = math.nan
    inner: float = math.nan  # the peer's own write (or parse) time
    rss_kb: int = 0
    out_bytes: int = 0
    detail: str = ""
    phases: dict = field(default_factory=dict)


def memory_limit_setter(limit_bytes: int):
    """A preexec function that caps the child's data segment (heap, anonymous maps)."""

    def apply() -> None:
        os.setsid()  # its own process group, so a timeout ends all of it
        if limit_bytes > 0:
            resource.setrlimit(resource.RLIMIT_DATA, (limit_bytes, limit_bytes))

    return apply


OOM_MARKERS = ("MemoryError", "Cannot allocate memory", "std::bad_alloc", "out of memory", "Killed")


def measure(task: Task, timeout: float, mem_limit: int, scratch: Path) -> Run:
    """Runs ``task`` once under /usr/bin/time -v and reads what it reports."""
    time_file = scratch / "time.txt"
    stderr_file = scratch / "stderr.txt"
    if task.timing:
        task.timing.unlink(missing_ok=True)
    stdout = open(task.stdout, "wb") if task.stdout else subprocess.DEVNULL
    with open(stderr_file, "wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            ["/usr/bin/time", "-v", "-o", str(time_file), *task.argv],
            stdout=stdout,
            stderr=stderr,
            preexec_fn=memory_limit_setter(mem_limit),
            cwd=ROOT,
        )
        try:
            process.wait(timeout=timeout)
            wall = time.perf_counter() - started
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return Run("timeout", detail=f"over {timeout:g} s")
    if stdout is not subprocess.DEVNULL:
        stdout.close()
    report = time_file.read_text(errors="replace") if time_file.exists() else ""
    errors = stderr_file.read_text(errors="replace")
    rss = 0
    for line in report.splitlines():
        if "Maximum resident set size" in line:
            rss = int(line.rsplit(":", 1)[1])
    exit_status = process.returncode
    if (
        exit_status != 0
        or "Command terminated by signal" in report
        or "Command exited with non-zero" in report
    ):
        text = errors + report
        status = "oom" if any(marker in text for marker in OOM_MARKERS) or "signal 9" in report else "error"
        last = [line for line in errors.strip().splitlines() if line.strip()][-1:] or ["(no message)"]
        return Run(status, rss_kb=rss, detail=last[0][:200])
    run = Run("ok", wall=wall, rss_kb=rss)
    if task.output is not None and task.output.exists():
        run.out_bytes = task.output.stat().st_size
    elif task.stdout is not None and task.stdout.exists():
        run.out_bytes = task.stdout.stat().st_size
    if task.timing and task.timing.exists():
        report = json.loads(task.timing.read_text())
        run.phases = report.get("phases", {})
        run.inner = run.phases.get("write", math.nan)
    return run


# -- preparing -----------------------------------------------------------------


def sh(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=ROOT, check=True, **kwargs)


def ensure_python(python: Path, install: bool) -> Path:
    """The venv's interpreter, with the peers, orjson and sqlite-utils installed."""
    if not python.exists():
        if not install:
            sys.exit(f"run: {python} not found; run scripts/setup --python, or pass --python")
        print("run: preparing .venv (scripts/setup --python)", file=sys.stderr)
        sh(["scripts/setup", "--python"])
    missing = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.util as u, sys;"
            f"print(' '.join(m for m in {PEER_MODULES!r} if u.find_spec(m) is None))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if missing and install:
        print(f"run: installing {' '.join(missing)} into {python.parent.parent}", file=sys.stderr)
        requirements = ["-r", str(HERE / "requirements.txt")]
        if set(missing) - {"orjson", "sqlite_utils"}:  # those two: Benchmarks/requirements.txt
            requirements += ["-r", str(ROOT / "Tests/Interop/requirements.txt")]
        sh([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *requirements])
    elif missing:
        sys.exit(
            f"run: {python} lacks {' '.join(missing)}: pip install -r Tests/Interop/requirements.txt"
            " -r Benchmarks/requirements.txt"
        )
    return python


def make_triples(
    parley: Path, python: Path, dossier: Path, scratch: Path, timeout: float, mem_limit: int
) -> tuple[Path | None, str]:
    """N-Triples of Parley's JSON-LD (via rdflib), the RDF peers' input; made once.

    The JSON-LD, N-Triples and Turtle peers all start from these triples
    (Parley's ``-t nt`` and ``-t ttl`` write the same triples as its JSON-LD).
    """
    triples = dossier.with_suffix(".nt")
    if triples.exists() and triples.stat().st_mtime >= dossier.stat().st_mtime:
        return triples, ""
    jsonld = scratch / "prep.jsonld"
    sh([str(parley), "export", str(dossier), "-t", "jsonld", "-o", str(jsonld)])
    # rdflib holds about 1.6 KB per triple, some 17 bytes per byte of Parley's
    # JSON-LD (measured at 10k and 100k; the constant errs low): when that is
    # over the limit, do not spend many minutes failing.
    needed = jsonld.stat().st_size * RDFLIB_BYTES_PER_JSONLD_BYTE
    if mem_limit and needed > mem_limit:
        jsonld.unlink()
        return (
            None,
            f"rdflib would need about {needed / 2**30:.0f} GiB for the triples "
            f"(--mem-limit {mem_limit / 2**30:.0f} GiB)",
        )
    script = (
        "import rdflib, sys; g = rdflib.Graph(); g.parse(sys.argv[1], format='json-ld');"
        "g.serialize(sys.argv[2], format='nt', encoding='utf-8')"
    )
    partial = triples.with_suffix(".nt.part")
    task = Task("prep", "rdflib", [str(python), "-c", script, str(jsonld), str(partial)], partial)
    print(f"run: {dossier.name}: N-Triples for the RDF peers (rdflib, not timed)", file=sys.stderr)
    run = measure(task, timeout, mem_limit, scratch)
    jsonld.unlink(missing_ok=True)
    if run.status != "ok":
        partial.unlink(missing_ok=True)
        return None, f"{run.status}: could not make the triples ({run.detail})"
    partial.replace(triples)
    return triples, ""


def tasks_for(
    dossier: Path, triples: Path | None, parley: Path, python: Path, work: Path, formats: list[str]
) -> list[Task]:
    """Every tool's run for one scale, in a fixed base order."""
    input_bytes = dossier.stat().st_size
    tasks: list[Task] = []

    def peer(fmt: str, tool: str, job: str, source: Path, ext: str) -> Task:
        out = work / f"{tool}.{ext}"
        return Task(
            fmt,
            tool,
            [
                str(python),
                str(PEER),
                job,
                str(source),
                str(out),
                "--timing",
                str(work / f"{tool}.timing.json"),
            ],
            out,
            timing=work / f"{tool}.timing.json",
        )

    for fmt in formats:
        ext = EXTENSIONS[fmt]
        if fmt == "load":
            tasks.append(
                Task(fmt, "parley", [str(parley), "validate", "-q", str(dossier)], None, variant="validate")
            )
            # Standard output to /dev/null: `-o /dev/null` would have Parley
            # replace the device with its output file (write beside, rename).
            tasks.append(
                Task(
                    fmt,
                    "parley",
                    [str(parley), "export", str(dossier), "-t", "json", "-o", "-"],
                    None,
                    variant="export -t json",
                )
            )
            tasks.append(peer(fmt, "json", "load-json", dossier, "out"))
            tasks.append(peer(fmt, "orjson", "load-orjson", dossier, "out"))
            tasks.append(Task(fmt, "cat", ["sh", "-c", f"cat {shlex.quote(str(dossier))} > /dev/null"], None))
            for task in tasks[-5:]:  # the rate of a loader is input bytes per second
                task.rate_bytes = input_bytes
            continue
        out = work / f"parley.{ext}"
        tasks.append(
            Task(fmt, "parley", [str(parley), "export", str(dossier), "-t", fmt, "-o", str(out)], out)
        )
        if fmt == "graphml":
            tasks.append(peer(fmt, "igraph", "graphml-igraph", dossier, ext))
            tasks.append(peer(fmt, "networkx", "graphml-networkx", dossier, ext))
        elif fmt == "gexf":
            tasks.append(peer(fmt, "networkx", "gexf-networkx", dossier, ext))
        elif fmt == "cyjs":
            tasks.append(peer(fmt, "networkx", "cyjs-networkx", dossier, ext))
        elif fmt == "dot":
            tasks.append(peer(fmt, "pydot", "dot-pydot", dossier, ext))
        elif fmt in TRIPLE_FORMATS:  # when the triples could not be made, the peers are marked so
            source = triples or dossier.with_suffix(".nt")
            for tool in TRIPLE_FORMATS[fmt]:
                tasks.append(peer(fmt, tool, f"{fmt}-{tool}", source, ext))
        elif fmt == "csv":
            tasks.append(peer(fmt, "csv", "csv-stdlib", dossier, ext))
            tasks.append(peer(fmt, "pandas", "csv-pandas", dossier, ext))
        elif fmt == "sqlite":  # each peer writes a new database (it removes the old file first)
            tasks.append(peer(fmt, "pandas", "sqlite-pandas", dossier, ext))
            tasks.append(peer(fmt, "sqlite-utils", "sqlite-utils", dossier, ext))
        elif fmt == "xml":
            tasks.append(peer(fmt, "lxml", "xml-lxml", dossier, ext))
        elif fmt == "yaml":
            tasks.append(peer(fmt, "pyyaml", "yaml-pyyaml", dossier, ext))
            tasks.append(peer(fmt, "pyyaml-py", "yaml-pyyaml-py", dossier, ext))
        floor = work / f"floor.{ext}"  # a copy of Parley's output: the same size
        tasks.append(Task(fmt, "cat", ["sh", "-c", f"cat {shlex.quote(str(floor))} > /dev/null"], None))
    return tasks


# -- the measurements ----------------------------------------------------------


@dataclass
class Bench:
    """The runs of one invocation: every scale's measurements, then start-up."""

    args: argparse.Namespace
    parley: Path
    python: Path
    command: str
    rows: list[dict] = field(default_factory=list)
    given_up: dict[str, str] = field(default_factory=dict)  # "format/tool" → why
    binary: tuple[tuple[int, int], str] = ((0, 0), "")  # (mtime, size) → digest

    def binary_id(self) -> str:
        """The first 12 hex digits of the Parley binary's SHA-256, as it is now.

        Someone may rebuild it while the harness runs; each row says which
        binary was there when it ran, and the summary warns of a change.
        """
        stat = self.parley.stat()
        key = (stat.st_mtime_ns, stat.st_size)
        if key != self.binary[0]:
            self.binary = (key, hashlib.sha256(self.parley.read_bytes()).hexdigest()[:12])
        return self.binary[1]

    def record(self, scale: str, records: int, input_bytes: int, task: Task, rep: int, run: Run) -> None:
        self.rows.append(
            {
                "scale": scale,
                "records": records,
                "input_bytes": input_bytes,
                "format": task.format,
                "tool": task.name,
                "run": rep,
                "status": run.status,
                "wall_s": f"{run.wall:.6f}" if run.status == "ok" else "",
                "inner_s": f"{run.inner:.6f}" if not math.isnan(run.inner) else "",
                "load_s": f"{run.phases['load']:.6f}" if "load" in run.phases else "",
                "build_s": f"{run.phases['build']:.6f}" if "build" in run.phases else "",
                "max_rss_kb": run.rss_kb or "",
                "out_bytes": run.out_bytes or "",
                "rate_bytes": task.rate_bytes or run.out_bytes or "",
                "detail": run.detail,
                "load1": f"{os.getloadavg()[0]:.2f}",
                "command": shlex.join(task.argv),
                "harness": self.command,
                "parley_binary": self.binary_id(),
            }
        )

    def scale(self, scale: str) -> None:
        args = self.args
        records = generate.parse_scale(scale)
        dossier = generate.data_path(records, args.data)
        if not dossier.exists():
            print(f"run: generating {dossier} ({records:,} records)", file=sys.stderr)
            generate.generate(records, dossier)
        input_bytes = dossier.stat().st_size
        work = RESULTS / "tmp" / scale
        work.mkdir(parents=True, exist_ok=True)
        check = subprocess.run(
            [str(self.parley), "validate", "-q", str(dossier)], capture_output=True, text=True
        )
        if check.returncode != 0:
            sys.exit(f"run: {dossier} does not validate:\n{check.stderr[:2000]}")

        slow_cut = generate.parse_scale(args.skip_slow_peers_above) if args.skip_slow_peers_above else None
        skipped = {tool for tool in SLOW_PEERS if slow_cut is not None and records > slow_cut}
        triples, why = None, ""
        triple_peers = [
            f"{fmt}/{tool}"
            for fmt in args.formats
            for tool in TRIPLE_FORMATS.get(fmt, ())
            if tool not in skipped
        ]
        if triple_peers:
            triples, why = make_triples(
                self.parley, self.python, dossier, work, args.timeout * 3, args.mem_limit
            )
            if triples is None:
                for key in triple_peers:
                    self.given_up.setdefault(key, why)
        tasks = tasks_for(dossier, triples, self.parley, self.python, work, args.formats)

        # Warm-up, not recorded: Parley writes each output once (the floor's
        # file is a copy), and the input is read into the page cache.
        for task in tasks:
            if task.tool == "parley" and task.output is not None:
                run = measure(task, args.timeout, args.mem_limit, work)
                if run.status != "ok":
                    sys.exit(f"run: {task.name} {task.format} failed at {scale}: {run.status} {run.detail}")
                shutil.copyfile(task.output, work / f"floor.{task.output.suffix[1:]}")
                for other in tasks:
                    if other.format == task.format and other.tool == "cat":
                        other.rate_bytes = run.out_bytes
        subprocess.run(["sh", "-c", f"cat {shlex.quote(str(dossier))} > /dev/null"], check=True)

        for rep in range(args.runs):
            shift = rep % len(tasks)
            for task in tasks[shift:] + tasks[:shift]:  # round robin, rotated each repetition
                key = f"{task.format}/{task.tool}"
                if task.tool in skipped:
                    if rep == 0:
                        self.record(
                            scale,
                            records,
                            input_bytes,
                            task,
                            rep,
                            Run("skipped", detail=f"--skip-slow-peers-above {args.skip_slow_peers_above}"),
                        )
                    continue
                if key in self.given_up:
                    if rep == 0:
                        self.record(
                            scale, records, input_bytes, task, rep, Run("skipped", detail=self.given_up[key])
                        )
                    continue
                run = measure(task, args.timeout, args.mem_limit, work)
                self.record(scale, records, input_bytes, task, rep, run)
                status = (
                    run.status if run.status != "ok" else f"{run.wall:8.3f} s  {run.rss_kb / 1024:8.1f} MB"
                )
                print(
                    f"  {scale:>5} {rep + 1}/{args.runs} {task.format:8} {task.name:22} "
                    f"{status} {run.detail}",
                    file=sys.stderr,
                )
                if run.status in ("timeout", "oom", "error") and task.tool not in ("parley", "cat"):
                    self.given_up[key] = f"{run.status} at {scale}: {run.detail}"
        if not args.keep_outputs:
            for path in work.iterdir():
                if path.is_file():
                    path.unlink()

    def startup(self) -> None:
        """``parley formats``: the median of --startup-runs runs, and its RSS once."""
        task = Task("startup", "parley", [str(self.parley), "formats"], None, variant="formats")
        times = []
        for _ in range(self.args.startup_runs):
            started = time.perf_counter()
            subprocess.run(task.argv, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - started)
        scratch = Path(tempfile.mkdtemp())
        run = measure(task, self.args.timeout, self.args.mem_limit, scratch)
        shutil.rmtree(scratch)
        for rep, wall in enumerate(times):
            self.record("-", 0, 0, task, rep, Run("ok", wall=wall, rss_kb=run.rss_kb))


# -- the summary ---------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log y against log x."""
    points = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(points) < 2:
        return math.nan
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / den if den else math.nan


def fmt(value: float, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.{digits}f}"


def summarise(rows: list[dict]) -> dict:
    """Medians per (scale, format, tool), with statuses, from the raw rows."""
    groups: dict[tuple, dict] = {}
    for row in rows:
        key = (row["scale"], row["format"], row["tool"])
        group = groups.setdefault(
            key,
            {
                "walls": [],
                "inners": [],
                "rss": [],
                "out": 0,
                "rate": 0,
                "status": set(),
                "detail": "",
                "records": int(row["records"]),
                "input": int(row["input_bytes"] or 0),
            },
        )
        group["status"].add(row["status"])
        if row["status"] == "ok":
            group["walls"].append(float(row["wall_s"]))
            if row["inner_s"]:
                group["inners"].append(float(row["inner_s"]))
            if row["max_rss_kb"]:
                group["rss"].append(int(row["max_rss_kb"]))
            group["out"] = int(row["out_bytes"] or 0) or group["out"]
            group["rate"] = int(row["rate_bytes"] or 0) or group["rate"]
        elif row["detail"]:
            group["detail"] = row["detail"]
    for group in groups.values():
        group["wall"] = median(group["walls"])
        group["inner"] = median(group["inners"])
        group["rss_mb"] = max(group["rss"]) / 1024 if group["rss"] else math.nan
        group["mbps"] = group["rate"] / 1e6 / group["wall"] if group["walls"] and group["rate"] else math.nan
        group["state"] = "ok" if group["walls"] else "/".join(sorted(group["status"] - {"ok"}))
    return groups


def order_key(scale: str) -> int:
    return generate.parse_scale(scale) if scale != "-" else 0


def results_markdown(rows: list[dict], machine: dict) -> str:
    groups = summarise(rows)
    scales = sorted({k[0] for k in groups if k[0] != "-"}, key=order_key)
    out = []
    out.append(
        f"Measured {machine['date']} on {machine['cpu']} ({machine['cores']} cores), {machine['ram']}, "
        f"{machine['os']}; {machine['swift']}; Python {machine['python']} ({machine['peers']}); "
        f"Parley {machine['parley']}.\n"
    )
    binaries = list(dict.fromkeys(row["parley_binary"] for row in rows if row.get("parley_binary")))
    if len(binaries) > 1:
        out.append(
            f"**The Parley binary changed during the runs** ({', '.join(binaries)}): "
            "compare the rows of one binary only (column `parley_binary` of raw.csv).\n"
        )
    commands = list(dict.fromkeys(row.get("harness") or "(not recorded)" for row in rows))
    out.append("```\n" + "\n".join(commands) + "\n```\n")
    out.append(
        "Times are medians over the runs, in seconds, of the whole process (*end to end*: start, "
        "load, build, write); *write only* is the peer's own timing of the library call that writes "
        "(for the loaders: the parse). *× Parley* is the peer's time divided by Parley's: above 1, "
        "Parley is that many times faster. MB/s is output megabytes (10⁶ bytes) per second end to "
        "end (for load: input megabytes). RSS is the peak resident set size. The load average is the "
        "machine's 1-minute load after each run, median over a scale's runs: one process keeps it "
        "near 1; well above 1, other work shared the 2 cores and the times are noisier.\n"
    )
    for scale in scales:
        records = next(g["records"] for k, g in groups.items() if k[0] == scale)
        input_mb = next(g["input"] for k, g in groups.items() if k[0] == scale) / 1e6
        load = [float(row["load1"]) for row in rows if row["scale"] == scale and row.get("load1")]
        busy = f"; load average {median(load):.2f} (median over the runs)" if load else ""
        out.append(f"\n### {scale}: {records:,} records, input {input_mb:.1f} MB{busy}\n")
        out.append(
            "| format | tool | end to end (s) | write only (s) | output MB | MB/s | peak RSS (MB) "
            "| × Parley (end to end) | × Parley (write only) |"
        )
        out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|")
        for form in FORMATS:
            keys = [k for k in groups if k[0] == scale and k[1] == form]
            if not keys:
                continue
            reference = groups.get((scale, form, "parley validate" if form == "load" else "parley"))
            for key in keys:
                g = groups[key]
                tool = key[2]
                if g["state"] != "ok":
                    out.append(f"| {form} | {tool} | {g['state']} | | | | | | {g['detail'][:80]} |")
                    continue
                base = reference["wall"] if reference and reference["walls"] else math.nan
                compared = not tool.startswith("parley") and tool != "cat"
                ratio = g["wall"] / base if compared else math.nan
                ratio_inner = g["inner"] / base if compared else math.nan
                out_mb = g["out"] / 1e6 if g["out"] else math.nan
                out.append(
                    f"| {form} | {tool} | {fmt(g['wall'])} | {fmt(g['inner'])} | {fmt(out_mb, 1)} | "
                    f"{fmt(g['mbps'], 1)} | {fmt(g['rss_mb'], 1)} | {fmt(ratio, 2)} | {fmt(ratio_inner, 2)} |"
                )
    startup = groups.get(("-", "startup", "parley formats"))
    if startup:
        out.append(
            f"\n`parley formats` start-up: median {startup['wall'] * 1000:.1f} ms over "
            f"{len(startup['walls'])} runs, peak RSS {startup['rss_mb']:.1f} MB.\n"
        )

    if len(scales) >= 2:
        out.append(f"\n### Growth from {scales[0]} to {scales[-1]}\n")
        out.append(
            "Log-log slope of the median time and of the peak RSS against the number of records "
            "(least squares over the scales measured): 1 is linear.\n"
        )
        out.append("| format | tool | time slope | RSS slope | scales |")
        out.append("|---|---|--:|--:|---|")
        tools = sorted(
            {(k[1], k[2]) for k in groups if k[0] != "-"}, key=lambda t: (FORMATS.index(t[0]), t[1])
        )
        for form, tool in tools:
            points = [
                (groups[(s, form, tool)]["records"], groups[(s, form, tool)])
                for s in scales
                if (s, form, tool) in groups and groups[(s, form, tool)]["walls"]
            ]
            if len(points) < 2:
                continue
            ts = slope([(n, g["wall"]) for n, g in points])
            rs = slope([(n, g["rss_mb"]) for n, g in points])
            used = ", ".join(
                s for s in scales if (s, form, tool) in groups and groups[(s, form, tool)]["walls"]
            )
            out.append(f"| {form} | {tool} | {fmt(ts, 2)} | {fmt(rs, 2)} | {used} |")
    out.append("\n" + targets_markdown(groups, scales))
    return "\n".join(out) + "\n"


def targets_markdown(groups: dict, scales: list[str]) -> str:
    """Issue 8's targets, and issues 12 and 13's, checked at each scale measured."""
    lines = ["### Targets (issue 8)\n", "| target | scale | measured | met |", "|---|---|--:|:-:|"]

    def get(scale, form, tool):
        g = groups.get((scale, form, tool))
        return g if g and g["walls"] else None

    def add(target: str, scale: str, value: float, need: float, higher: bool, unit: str = "×") -> None:
        if math.isnan(value):
            return
        met = value >= need if higher else value <= need
        if met:
            miss = ""
        elif higher:
            miss = f" (needs {need / value:.3g}× more)"
        else:
            miss = f" ({value / need:.3g}× over)"
        shown = f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
        lines.append(f"| {target} | {scale} | {shown}{unit}{miss} | {'yes' if met else '**no**'} |")

    for scale in scales:
        parley = {form: get(scale, form, "parley") for form in FORMATS}
        p, ig, nx_ = parley["graphml"], get(scale, "graphml", "igraph"), get(scale, "graphml", "networkx")
        if p and ig:
            add("GraphML: MB/s ≥ igraph's (end to end)", scale, p["mbps"] / ig["mbps"], 1, True)
        if p and nx_:
            add("GraphML: ≥ 20× networkx", scale, nx_["wall"] / p["wall"], 20, True)
        p, gexf = parley["graphml"], parley["gexf"]
        if p and gexf:
            add("GEXF: ≤ 1.3× GraphML's time (issue 12)", scale, gexf["wall"] / p["wall"], 1.3, False)
        for form, tool in [("gexf", "networkx"), ("cyjs", "networkx"), ("dot", "pydot")]:
            mine, theirs = parley[form], get(scale, form, tool)
            if mine and theirs:
                add(f"{form}: ≥ 10× {tool} (issue 12)", scale, theirs["wall"] / mine["wall"], 10, True)
        p, rdf = parley["jsonld"], get(scale, "jsonld", "rdflib")
        if p and rdf:
            add("JSON-LD: ≥ 50× rdflib (its serialize alone)", scale, rdf["inner"] / p["wall"], 50, True)
        # Issue 13: the whole process against the peer's whole process.
        for form, tool, need, what in [
            ("nt", "rdflib", 20, "N-Triples: ≥ 20× rdflib serialize(nt)"),
            ("ttl", "rdflib", 20, "Turtle: ≥ 20× rdflib serialize(turtle)"),
            ("sqlite", "sqlite-utils", 3, "SQLite: ≥ 3× sqlite-utils insert"),
            ("sqlite", "pandas", 3, "SQLite: ≥ 3× pandas to_sql"),
            ("yaml", "pyyaml", 10, "YAML: ≥ 10× PyYAML safe_dump (libyaml)"),
            ("yaml", "pyyaml-py", 10, "YAML: ≥ 10× PyYAML safe_dump (pure Python)"),
        ]:
            mine, theirs = parley[form], get(scale, form, tool)
            if mine and theirs:
                add(f"{what}, end to end (issue 13)", scale, theirs["wall"] / mine["wall"], need, True)
        v = get(scale, "load", "parley validate")
        for form in ["nt", "ttl", "sqlite", "yaml"]:
            p = parley[form]
            if p and v:  # the loaded model is all the memory: validate's peak
                add(
                    f"{form}: peak RSS ≤ 1.1× `parley validate`'s (flat, issue 13)",
                    scale,
                    p["rss_mb"] / v["rss_mb"],
                    1.1,
                    False,
                )
        p, pd_ = parley["csv"], get(scale, "csv", "pandas")
        if p and pd_:
            add("CSV: ≥ pandas (end to end)", scale, pd_["wall"] / p["wall"], 1, True)
        p, lx = parley["xml"], get(scale, "xml", "lxml")
        if p and lx:
            add("XML: ≥ lxml (end to end)", scale, lx["wall"] / p["wall"], 1, True)
        for form in ["graphml", "jsonld", "csv", "xml"]:
            p, cat = parley[form], get(scale, form, "cat")
            if p and cat:
                add(f"{form}: output rate ≥ 0.2× cat", scale, p["mbps"] / cat["mbps"], 0.2, True)
        for form in ["graphml", "jsonld", "csv", "xml"]:
            p = parley[form]
            if p:
                add(
                    f"{form}: peak RSS ≤ 2.5× input",
                    scale,
                    p["rss_mb"] * 1024 * 1024 / p["input"],
                    2.5,
                    False,
                )
        v = get(scale, "load", "parley validate")
        if v:
            add("validate: peak RSS ≤ 2.5× input", scale, v["rss_mb"] * 1024 * 1024 / v["input"], 2.5, False)
    if len(scales) >= 2:
        for form in ["graphml", "jsonld", "csv", "xml", "load"]:
            tool = "parley validate" if form == "load" else "parley"
            points = [
                (groups[(s, form, tool)]["records"], groups[(s, form, tool)]["wall"])
                for s in scales
                if get(s, form, tool)
            ]
            add(
                f"{form if form != 'load' else 'validate'}: time growth slope ≤ 1.1",
                f"{scales[0]}–{scales[-1]}",
                slope(points),
                1.1,
                False,
                "",
            )
    startup = groups.get(("-", "startup", "parley formats"))
    if startup:
        add("`parley formats` ≤ 30 ms", "-", startup["wall"] * 1000, 30, False, " ms")
    return "\n".join(lines) + "\n"


# -- the machine ---------------------------------------------------------------


def machine_info(parley: Path, python: Path) -> dict:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    ram = "unknown RAM"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
    os_name = platform.system()
    release = Path("/etc/os-release")
    if release.exists():
        for line in release.read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    os_name += f", Linux {platform.release()}"
    try:
        swift = subprocess.run(
            ["swift", "--version"], capture_output=True, text=True, timeout=60
        ).stdout.splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        swift = "Swift: unknown"
    peers = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m; import platform; print(platform.python_version());"
            "print(', '.join(f'{p} {m.version(p)}' for p in "
            "['python-igraph', 'networkx', 'pydot', 'rdflib', 'PyLD', 'pandas', 'lxml', 'PyYAML',"
            " 'orjson', 'sqlite-utils']))",
        ],
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "Sources", "Package.swift"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    version = subprocess.run([str(parley), "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "os": os_name,
        "swift": swift,
        "python": peers[0] if peers else "?",
        "peers": peers[1] if len(peers) > 1 else "?",
        "parley": f"{version} at {commit or '?'}{' with uncommitted changes to Sources' if dirty else ''}",
    }


RAW_FIELDS = (
    "scale records input_bytes format tool run status wall_s inner_s load_s build_s max_rss_kb "
    "out_bytes rate_bytes detail load1 command harness parley_binary"
).split()


def write_raw(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=RAW_FIELDS, restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def update_readme(markdown: str) -> None:
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        sys.exit(f"run: {README} lacks the {START} … {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{markdown}{END}{tail}", encoding="utf-8")


def parse_size(text: str) -> int:
    """``16G`` → bytes; ``0`` → no limit."""
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    text = text.strip().lower()
    return int(float(text[:-1]) * units[text[-1]]) if text[-1:] in units else int(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--scales", default="10k,100k,1m", help="records per dossier, comma-separated (default 10k,100k,1m)"
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="measured runs of each tool per scale (default 5)"
    )
    parser.add_argument(
        "--formats", default=",".join(FORMATS), help=f"subset of {','.join(FORMATS)} (default: all)"
    )
    parser.add_argument("--no-build", action="store_true", help="use the Parley binary as it is")
    parser.add_argument(
        "--parley",
        type=Path,
        default=ROOT / ".build/release/parley",
        help="the binary (default .build/release/parley)",
    )
    parser.add_argument(
        "--python",
        type=Path,
        default=ROOT / ".venv/bin/python",
        help="the peers' Python (default .venv/bin/python)",
    )
    parser.add_argument("--no-install", action="store_true", help="do not create .venv or install into it")
    parser.add_argument("--timeout", type=float, default=600, help="seconds one run may take (default 600)")
    parser.add_argument(
        "--mem-limit", default="16G", help="data-segment limit of one run, e.g. 16G; 0 for none (default 16G)"
    )
    parser.add_argument(
        "--skip-slow-peers-above",
        metavar="SCALE",
        default="",
        help=f"do not run {', '.join(sorted(SLOW_PEERS))} above this scale (e.g. 100k)",
    )
    parser.add_argument("--startup-runs", type=int, default=20, help="runs of `parley formats` (default 20)")
    parser.add_argument(
        "--data", type=Path, default=HERE / "data", help="where the dossiers are (default Benchmarks/data)"
    )
    parser.add_argument(
        "--raw",
        type=Path,
        default=RESULTS / "raw.csv",
        help="raw results (default Benchmarks/results/raw.csv)",
    )
    parser.add_argument("--no-readme", action="store_true", help="print the table, leave README.md alone")
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the other scales' rows of the previous raw.csv (to add a scale to the table)",
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="measure nothing: rebuild the table from raw.csv (and write it into README.md)",
    )
    parser.add_argument(
        "--keep-outputs", action="store_true", help="keep the outputs in Benchmarks/results/tmp"
    )
    args = parser.parse_args(argv)
    args.formats = [f for f in args.formats.split(",") if f]
    if unknown := set(args.formats) - set(FORMATS):
        parser.error(f"unknown format(s): {', '.join(sorted(unknown))}")
    args.mem_limit = parse_size(args.mem_limit)
    scales = [s.strip().lower() for s in args.scales.split(",") if s.strip()]
    command = "python3 Benchmarks/run.py " + shlex.join(sys.argv[1:] if argv is None else argv)

    if args.report:
        with open(args.raw, newline="", encoding="utf-8") as previous:
            rows = list(csv.DictReader(previous))
        return publish(
            rows,
            args,
            args.parley.resolve(),
            args.python if args.python.is_absolute() else ROOT / args.python,
        )

    if not args.no_build:
        print("run: swift build -c release --product parley", file=sys.stderr)
        sh(["swift", "build", "-c", "release", "--product", "parley"])
    parley = args.parley.resolve()
    if not parley.exists():
        sys.exit(f"run: {parley} not found; build it (swift build -c release) or pass --parley")
    python = ensure_python(
        args.python if args.python.is_absolute() else ROOT / args.python, not args.no_install
    )

    bench = Bench(args, parley, python, command)
    for scale in sorted(scales, key=order_key):
        bench.scale(scale)
    bench.startup()
    rows = bench.rows
    if args.merge and args.raw.exists():
        with open(args.raw, newline="", encoding="utf-8") as previous:
            measured = {row["scale"] for row in rows}
            rows = [row for row in csv.DictReader(previous) if row["scale"] not in measured] + rows
        rows.sort(key=lambda row: order_key(row["scale"]) if row["scale"] != "-" else math.inf)
    write_raw(rows, args.raw)
    return publish(rows, args, parley, python)


def publish(rows: list[dict], args: argparse.Namespace, parley: Path, python: Path) -> int:
    """Prints the summary and writes it into README.md."""
    markdown = results_markdown(rows, machine_info(parley, python))
    print(markdown)
    if not args.no_readme:
        update_readme(markdown)
        print(f"run: results written to {README.relative_to(ROOT)} (raw runs: {args.raw})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
