"""What every Parley filter does around its own change, per docs/toolkit.md
("Filters"): read the dossier that Parley writes as canonical JSON on standard
input, write the changed dossier as JSON on standard output, and on a problem
print one line to standard error and exit non-zero, so that Parley stops that
input and quotes the message. Python 3 standard library only.

A filter is then one function from a dossier (a dict) to a dossier:

    import filterio
    filterio.run(lambda dossier: dossier)
"""

import json
import os
import sys


def fail(message, status=1):
    """Print `PROGRAM: MESSAGE` to standard error and exit with `status`."""
    print(f"{os.path.basename(sys.argv[0])}: {message}", file=sys.stderr)
    sys.exit(status)


def _object(pairs):
    """A JSON object, refusing a key given twice (Parley's reader refuses it too)."""
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f'duplicate key "{key}"')
        result[key] = value
    return result


def _constant(name):
    raise ValueError(f"{name} is not JSON")


def read_dossier():
    """The dossier on standard input, or an exit with a message."""
    name = os.environ.get("PARLEY_FILTER_INPUT") or "standard input"
    try:
        text = sys.stdin.buffer.read().decode("utf-8")
        dossier = json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except UnicodeDecodeError as error:
        fail(f"{name}: not UTF-8 ({error})")
    except ValueError as error:
        fail(f"{name}: not JSON: {error}")
    if not isinstance(dossier, dict) or not isinstance(dossier.get("parley"), str):
        fail(f'{name}: not a dossier: expected a JSON object with a "parley" version')
    return dossier


def records(dossier, collection):
    """The records of one collection (`positions`, `entities` …); [] when absent."""
    value = dossier.get(collection, [])
    if not isinstance(value, list) or not all(isinstance(record, dict) for record in value):
        fail(f'not a dossier: "{collection}" is not a list of objects')
    return value


def write_dossier(dossier):
    """The dossier as JSON on standard output, in UTF-8."""
    text = json.dumps(dossier, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def run(change):
    """Read the dossier, apply `change` (dossier → dossier), write the result."""
    write_dossier(change(read_dossier()))
