"""Convert a JSON Lines file of Parley dossiers to GraphML with Apache Spark.

Each Spark partition is piped through one `parley export -f jsonl -t graphml`
process (RDD.pipe); every result line is matched with its input line, and each
dossier's GraphML is written to OUT_DIR/ID.graphml (a dossier id that occurs
more than once gets ID-LINE.graphml). Lines Parley cannot convert are reported
on standard error with their line number and message, and the script then
exits 1; the other documents are still written.

Run it in Spark's local mode (Java 17 or later and `pip install pyspark`;
parley on PATH or named by PARLEY or --parley):

    python samples/spark/parley_spark.py dossiers.jsonl graphml/ --parley .build/debug/parley

A JSON Lines file holds one dossier per line, as compact JSON; to make one:

    jq -c . talks/*.json > dossiers.jsonl
    parley export talks/geneva.parley.yaml -t json --compact >> dossiers.jsonl

On a cluster, parley must be installed on every worker, and OUT_DIR must be a
file system the workers share: each executor writes the files of its own
partitions.
"""

import argparse
import json
import os
import re
import shlex
import shutil
import sys

from pyspark.sql import SparkSession


def output_name(dossier_id, line, repeated):
    """A file name for a dossier: its id, with characters a file name should not
    hold replaced, plus the line number when the id is not unique."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", dossier_id or "") or "dossier"
    if safe.startswith("."):
        safe = "dossier" + safe
    return f"{safe}-{line}.graphml" if repeated else f"{safe}.graphml"


def located(error, path, line):
    """Parley's message for a line ("line N:1:COLUMN: …", N counted within the
    partition) as "PATH:LINE:COLUMN: …", LINE counted in the whole file."""
    return re.sub(r"^line \d+:(?:1:)?", f"{path}:{line}:", error, flags=re.MULTILINE)


def dossier_id(text):
    """The id of a dossier line, or None when the line is not a JSON object."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value.get("id") if isinstance(value, dict) else None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a JSON Lines file, one dossier per line")
    parser.add_argument("out_dir", help="the folder for the GraphML files")
    parser.add_argument("--parley", default=os.environ.get("PARLEY", "parley"),
                        help="the parley binary (default: $PARLEY, else parley on PATH)")
    parser.add_argument("--partitions", type=int, default=2)
    args = parser.parse_args(argv)
    parley = shutil.which(args.parley) or args.parley
    out_dir = os.path.abspath(args.out_dir)
    os.makedirs(out_dir, exist_ok=True)

    spark = (SparkSession.builder.master("local[2]").appName("parley-graphml")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    try:
        # (text, line number in the file); Parley skips blank lines without a
        # result, so they are left out here, which keeps one result per line.
        lines = (sc.textFile(os.path.abspath(args.input), args.partitions)
                 .zipWithIndex()
                 .filter(lambda pair: pair[0].strip())
                 .map(lambda pair: (pair[0], pair[1] + 1))
                 .cache())
        ids = lines.map(lambda pair: dossier_id(pair[0])).countByValue()
        repeated = sc.broadcast({i for i, count in ids.items() if count > 1})

        # One parley per partition; Spark supplies the parallelism, so -j 1.
        # parley exits 1 when a line fails: that is reported in the results,
        # so the exit code is not checked (a crash shows as missing results).
        command = " ".join(shlex.quote(a) for a in
                           [parley, "export", "-f", "jsonl", "-t", "graphml", "-j", "1"])
        results = lines.keys().pipe(command).map(json.loads)
        # Within a partition, results come in input order, one per line.
        paired = results.zip(lines.values())

        def write_partition(rows):
            for result, line in rows:
                if "error" in result:
                    yield ("failed", line, result["error"])
                    continue
                name = output_name(result["id"], line, result["id"] in repeated.value)
                with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
                    f.write(result["output"])
                yield ("written", line, name)

        outcomes = paired.mapPartitions(write_partition).collect()
    finally:
        spark.stop()

    failed = sorted(o for o in outcomes if o[0] == "failed")
    for _, line, error in failed:
        print(located(error, args.input, line), file=sys.stderr)
    print(f"{len(outcomes) - len(failed)} of {len(outcomes)} dossiers written to {out_dir}",
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
