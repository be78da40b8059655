#!/usr/bin/env python3
"""A Parley filter: give unnamed officials a neutral name, "Official 1", "Official 2" ….

    parley export talks.yaml --filter 'python3 samples/filters/anonymise_officials.py' -t graphml -o talks.graphml

The rule. A person entity is an unnamed official when both hold:

1. the word "official" or "officials" is in its id (between `-`, `_`, `.`
   or `:`) or in its name, whatever the case;
2. its name is not a person's own name. A name counts as one when every word
   in it starts with a capital letter and none of them is "Official",
   "Officials" or "Anonymous".

So `us-senior-official`, named "senior Biden administration official
(anonymous)", is one, and so is "Senior Official"; "Ned Price" is not, even
under an id such as `official-ned-price`.

Each such entity, in the order of `entities`, gets the name "Official N",
skipping a name another entity already has, and loses its aliases (they are
other ways of naming it). Its id stays, so every reference still holds; its
roles, country, attributes and provenance stay as they are. Statements' words
and provenance quotes are the sources' own and are not touched: this gives
graphs, tables and briefings neutral labels; it does not redact the sources.

Reads a dossier as JSON on standard input and writes it on standard output
(docs/toolkit.md, "Filters"); takes no arguments; exits 2 when given some and
1 on input that is not a dossier, with a message on standard error. Python 3
standard library only; filterio.py beside it does the reading and writing.
"""

import re
import sys

import filterio

OFFICIAL = {"official", "officials"}
NOT_A_PERSONAL_NAME = OFFICIAL | {"anonymous"}


def words(text):
    """The words of a name, without the punctuation around them."""
    return [word for word in (w.strip("()[]\"'.,;:") for w in text.split()) if word]


def is_unnamed_official(entity):
    if entity.get("kind") != "person":
        return False
    name = entity.get("name")
    if not isinstance(name, str):
        filterio.fail(f'entity "{entity.get("id")}": "name" is not a string')
    id_words = re.split(r"[-_.:]", str(entity.get("id", "")).lower())
    name_words = words(name)
    if not OFFICIAL & (set(id_words) | {word.lower() for word in name_words}):
        return False
    personal_name = bool(name_words) and all(
        word[0].isupper() and word.lower() not in NOT_A_PERSONAL_NAME for word in name_words)
    return not personal_name


def change(dossier):
    entities = filterio.records(dossier, "entities")
    officials = [entity for entity in entities if is_unnamed_official(entity)]
    taken = {entity.get("name") for entity in entities if not is_unnamed_official(entity)}
    number = 0
    for entity in officials:
        number += 1
        while f"Official {number}" in taken:
            number += 1
        entity["name"] = f"Official {number}"
        entity.pop("aliases", None)
    return dossier


def main():
    if len(sys.argv) > 1:
        if sys.argv[1] in ("-h", "--help"):
            print(__doc__.strip())
            return
        filterio.fail(f"takes no arguments (got {' '.join(sys.argv[1:])})", status=2)
    filterio.run(change)


if __name__ == "__main__":
    main()
