#!/usr/bin/env python3
"""How fast `parley ingest` drafts dossiers from articles: one command, one table.

    python3 Benchmarks/ingest.py --files 200,1000 --runs 5

Builds Parley in release mode (``--no-build`` uses the binary as it is), makes
corpora of N article files by copying the seed articles (../shared/seeds) and
the held-out articles (samples/ingest/other-talks, samples/ingest/heldout/tune) under distinct names into
Benchmarks/data/ingest-N/, then measures:

    one process   `parley ingest DIR -o draft.json`: median wall time, CPU time
                  (user + system), MB of article text per CPU second (per core),
                  MB per wall second, peak RSS;
    J processes   the same files split into J shards, one `parley ingest` per
                  shard, all at once: MB per wall second and the speed-up over
                  one process (scaling over cores).

Each run is a process of its own under ``/usr/bin/time -v``. Raw runs go to
Benchmarks/results/ingest.csv; the table is printed and written into
Benchmarks/README.md between the ``ingest`` markers.

A single `parley ingest` runs on one core: articles are merged into one draft
(the same talk or quote reported twice becomes one record), which is
sequential. Shards give one draft each; that is how the J-process rows scale.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
HELD_OUT = ROOT / "samples" / "ingest" / "other-talks"
TUNE = ROOT / "samples" / "ingest" / "heldout" / "tune"
DATA = ROOT / "Benchmarks" / "data"
RESULTS = ROOT / "Benchmarks" / "results" / "ingest.csv"
README = ROOT / "Benchmarks" / "README.md"
START, END = "<!-- ingest:start -->", "<!-- ingest:end -->"


def articles() -> list[Path]:
    """The article files a corpus is made of."""
    found = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not found:
        sys.exit(f"the seed articles are missing: {SEEDS} (they come with the project's shared data)")
    for pattern in ("*.txt", "*.html", "*.jsonl"):
        found += sorted(HELD_OUT.glob(f"*/{pattern}")) + sorted(TUNE.glob(f"*/{pattern}"))
    return found


def corpus(count: int) -> Path:
    """Benchmarks/data/ingest-COUNT with COUNT article files, made once."""
    folder = DATA / f"ingest-{count}"
    if folder.is_dir() and len(list(folder.iterdir())) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sources = articles()
    for number in range(count):
        source = sources[number % len(sources)]
        shutil.copyfile(source, folder / f"{number:06d}-{source.name}")
    return folder


def text_bytes(folder: Path) -> int:
    """Bytes of article text: whole files (JSON Lines count as their text)."""
    return sum(path.stat().st_size for path in folder.iterdir())


def timed(argv: list[str], scratch: Path) -> dict:
    """Runs argv under /usr/bin/time -v; wall, user, system seconds and peak RSS."""
    report = scratch / f"time-{time.monotonic_ns()}.txt"
    started = time.perf_counter()
    process = subprocess.Popen(
        ["/usr/bin/time", "-v", "-o", str(report), *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return {"process": process, "report": report, "started": started}


def finish(run: dict) -> dict:
    _, errors = run["process"].communicate()
    wall = time.perf_counter() - run["started"]
    if run["process"].returncode != 0:
        sys.exit(f"parley ingest failed: {errors.decode(errors='replace')[-500:]}")
    values = {"wall": wall, "user": 0.0, "system": 0.0, "rss_kb": 0}
    for line in run["report"].read_text().splitlines():
        key, _, value = line.strip().partition(": ")
        if key == "User time (seconds)":
            values["user"] = float(value)
        elif key == "System time (seconds)":
            values["system"] = float(value)
        elif key == "Maximum resident set size (kbytes)":
            values["rss_kb"] = int(value)
    return values


def measure(parley: Path, folder: Path, jobs: int, scratch: Path) -> dict:
    """One repetition: `jobs` processes over shards of the folder, all at once."""
    files = sorted(folder.iterdir())
    shards = [files[index::jobs] for index in range(jobs)]
    started = time.perf_counter()
    running = [
        timed([str(parley), "ingest", *map(str, shard), "-o", str(scratch / f"draft-{index}.json")], scratch)
        for index, shard in enumerate(shards)
    ]
    results = [finish(run) for run in running]
    return {
        "wall": time.perf_counter() - started,
        "cpu": sum(result["user"] + result["system"] for result in results),
        "rss_kb": max(result["rss_kb"] for result in results),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", default="200,1000", help="corpus sizes in files (default 200,1000)")
    parser.add_argument("--jobs", default="1,2", help="parallel processes to try (default 1,2)")
    parser.add_argument("--runs", type=int, default=5, help="repetitions; the median is reported (default 5)")
    parser.add_argument("--no-build", action="store_true", help="use the Parley binary as it is")
    parser.add_argument("--no-readme", action="store_true", help="print the table, leave README.md alone")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another parley binary (an earlier commit's) measured in the same run, its runs alternating "
        "with this one's; each row then gives how much less CPU this build takes",
    )
    parser.add_argument(
        "--baseline-label",
        help="what the baseline is (a commit), for the README line; default: the binary's file name",
    )
    args = parser.parse_args(argv)
    if args.baseline and not args.baseline.is_file():
        sys.exit(f"no baseline binary at {args.baseline}")

    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "parley"], cwd=ROOT, check=True)
    parley = ROOT / ".build" / "release" / "parley"
    rows = []
    with tempfile.TemporaryDirectory(prefix="parley-ingest-bench-") as temporary:
        scratch = Path(temporary)
        for count in [int(value) for value in args.files.split(",")]:
            folder = corpus(count)
            size = text_bytes(folder)
            single_wall = None
            for jobs in [int(value) for value in args.jobs.split(",")]:
                runs, baseline_runs = [], []
                for repetition in range(args.runs):
                    # Each goes first every other time: neither always meets
                    # cold caches.
                    turns = [(parley, runs)] + ([(args.baseline, baseline_runs)] if args.baseline else [])
                    for binary, into in turns[::-1] if repetition % 2 else turns:
                        into.append(measure(binary, folder, jobs, scratch))
                wall = statistics.median(run["wall"] for run in runs)
                cpu = statistics.median(run["cpu"] for run in runs)
                baseline_cpu = statistics.median(run["cpu"] for run in baseline_runs) if baseline_runs else None
                if jobs == 1:
                    single_wall = wall
                rows.append({
                    "files": count,
                    "mb": size / 1e6,
                    "jobs": jobs,
                    "wall_s": wall,
                    "cpu_s": cpu,
                    "mb_per_cpu_s": size / 1e6 / cpu if cpu else float("nan"),
                    "mb_per_wall_s": size / 1e6 / wall,
                    "speedup": (single_wall / wall) if single_wall else float("nan"),
                    "peak_rss_mb": max(run["rss_kb"] for run in runs) / 1024,
                    "runs": args.runs,
                    "baseline_cpu_s": baseline_cpu if baseline_cpu is not None else float("nan"),
                    "cpu_vs_baseline": baseline_cpu / cpu if baseline_cpu and cpu else float("nan"),
                })

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    label = args.baseline_label or (args.baseline.name if args.baseline else "")
    baseline = " --baseline BINARY" if args.baseline else ""
    against = f" (the baseline binary: {label})" if args.baseline else ""
    lines = [
        f"Measured {dt.date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} cores, "
        f"with `python3 Benchmarks/ingest.py --files {args.files} --jobs {args.jobs} --runs {args.runs}{baseline}`"
        f"{against}; "
        "medians; raw runs in `results/ingest.csv`.",
        "",
        "| files | MB of text | processes | wall s | CPU s | MB/s per core | MB/s (wall) | speed-up | peak RSS MB |"
        + (" baseline CPU s | less CPU than baseline |" if args.baseline else ""),
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if args.baseline else ""),
    ]
    for row in rows:
        lines.append(
            f"| {row['files']} | {row['mb']:.1f} | {row['jobs']} | {row['wall_s']:.2f} | {row['cpu_s']:.2f} | "
            f"{row['mb_per_cpu_s']:.1f} | {row['mb_per_wall_s']:.1f} | {row['speedup']:.2f}× | {row['peak_rss_mb']:.0f} |"
            + (f" {row['baseline_cpu_s']:.2f} | {row['cpu_vs_baseline']:.2f}× |" if args.baseline else "")
        )
    table = "\n".join(lines)
    print(table)
    if not args.no_readme:
        text = README.read_text()
        block = f"{START}\n{table}\n{END}"
        if START in text:
            head, _, rest = text.partition(START)
            _, _, tail = rest.partition(END)
            text = head + block + tail
        else:
            text += f"\n## Ingest: drafting dossiers from articles\n\n{block}\n"
        README.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
