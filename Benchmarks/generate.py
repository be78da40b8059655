#!/usr/bin/env python3
"""Deterministic generator of realistic synthetic Parley IR dossiers.

    python3 Benchmarks/generate.py --scales 10k,100k,1m     # → Benchmarks/data/ir-10k.json …
    python3 Benchmarks/generate.py --records 2500 -o /tmp/small.json --seed 7

A scale is the number of records in total (sources, entities, issues, talks,
positions, statements, events, relations). The mix follows the sample dossier
(samples/security-talks-2022.parley.yaml), scaled up:

    sources 2 %, entities 20 %, issues 3 %, talks 5 %, positions 25 %,
    statements 30 %, events 8 %, relations 7 %

and so do the records themselves: entities with aliases, dated roles, a
country and a few free attributes; talks with parties, participants, agendas,
outcomes and durations; statements of 50–400 characters (some non-ASCII, some
with quotes, ampersands, commas and line breaks that every writer must
escape); provenance on most records, with spans and quotes taken from the
source's text (so the validator checks them), confidences and extraction
rules; and dates of every EDTF level 1 form — day, month, year, season, date
and time, qualified (? ~ %), unspecified digits (2022-01-XX, 201X, 20XX),
intervals with open and unknown ends, negative and 'Y' years. Every reference
resolves to a record of an allowed kind, so ``parley validate`` passes.

The same seed and scale always give the same bytes: Python's ``random.Random``
is seeded per dossier and nothing else (time, hash order) enters. The output
is JSON with one record per line, as a script or a database export would
write it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20220110

# Share of each collection in the records, as in the sample dossier.
MIX = {
    "sources": 0.02,
    "entities": 0.20,
    "issues": 0.03,
    "talks": 0.05,
    "positions": 0.25,
    "statements": 0.30,
    "events": 0.08,
    "relations": 0.07,
}
ENTITY_KINDS = {
    "person": 0.45,
    "state": 0.10,
    "organization": 0.20,
    "alliance": 0.03,
    "place": 0.15,
    "document": 0.04,
    "other": 0.03,
}
STANCES = "demands proposes supports accepts open conditional rejects opposes warns denies".split()
TALK_KINDS = ["bilateral", "multilateral", "call", "summit", "other"]
EVENT_KINDS = ["proposal", "meeting", "statement", "military", "sanction", "agreement", "other"]
RELATION_KINDS = ["member-of", "represents", "leads", "located-in", "part-of", "other"]

FIRST_NAMES = (
    "Sergei Wendy Antony Alexander Jens Anatoly Yuri Ned Andrey Vladimir Dmitry Gleb Alexei "
    "Olga Maria Anna Elena Irina Natalia Tatiana Jürgen Łukasz Zoë Chloé Søren José Ana "
    "François Émilie Małgorzata Ştefan İlker Nuño Ågot Björn Ольга Дмитрий Mykola Oksana "
    "Giorgi Nino Ahmed Fatima Wei Mei Hiroshi Yuki Kofi Amara Carlos Lucía Pierre Ingrid"
).split()
LAST_NAMES = (
    "Ryabkov Sherman Blinken Grushko Fomin Stoltenberg Antonov Ushakov Price Kortunov Frolov "
    "Trenin Pavlovsky Petrova Ivanova Kowalski Wójcik Müller Schröder Nørgaard García Núñez "
    "Dubois Lefèvre Popescu Yılmaz Öztürk Novák Dvořák Horváth Kuznetsov Шевченко Bondarenko "
    "Melnyk Beridze Kapanadze Haddad Nasser Zhang Chen Tanaka Sato Mensah Okafor Silva Costa"
).split()
PLACE_ROOTS = (
    "Gen Brus Vien Hels Tbil Kyi Minsk Riga Vilni Tall Warsa Prag Buda Bucha Sofi Ankar Baku "
    "Yere Astan Tashk Osl Stockh Copen Reykj Lisb Madr Rom Athe Zagr Ljubl Sarajev Skopj"
).split()
PLACE_ENDS = "a o ev ia ana ino sk grad burg stad ville holm ovo ice ovec".split()
ORG_WORDS = (
    "Ministry Council Committee Agency Institute Centre Commission Office Directorate "
    "Foundation Assembly Bureau Mission Delegation Secretariat Forum Service"
).split()
ORG_TOPICS = (
    "Foreign Affairs|Defence|Security Cooperation|Strategic Studies|Arms Control|"
    "Energy Policy|Trade|Human Rights|Crisis Response|Maritime Affairs|Cyber Security|"
    "European Integration|Nuclear Safety|Border Management|Public Diplomacy"
).split("|")
ROLE_TITLES = (
    "Foreign Minister|Deputy Foreign Minister|Defence Minister|Ambassador|Secretary General|"
    "head of delegation|spokesperson|national security adviser|President|Prime Minister|"
    "chief negotiator|special envoy|permanent representative|director|senior analyst|"
    "Chief of the General Staff|deputy head of mission|press secretary"
).split("|")
PUBLISHERS = (
    "The Associated Press|Reuters|Agence France-Presse|Deutsche Welle|The Moscow Times|"
    "Kyiv Independent|Le Monde|Süddeutsche Zeitung|Gazeta Wyborcza|El País|"
    "The Washington Post|Financial Times|Новая газета|ABC News|Deccan Herald|Politico Europe"
).split("|")
LANGUAGES = ["en"] * 8 + ["de", "fr", "ru", "uk", "pl", "es"]

# Words for running text: the domain's vocabulary, function words, and some
# words that need care (non-ASCII letters, typographic quotes, XML specials).
WORDS = (
    "the the the the of of of to to and and in in a a on for with that is was would "
    "not be by as at from it its their this said told reporters after before during "
    "talks negotiations security guarantees alliance enlargement expansion troops "
    "missiles deployment exercises drills sanctions ceasefire withdrawal border treaty "
    "agreement proposal demand demands rejected accepted insisted warned offered urged "
    "delegation minister ambassador envoy summit meeting round dialogue consultations "
    "binding legally written assurances verification transparency confidence-building "
    "measures risk reduction arms control strategic stability nuclear conventional "
    "forces posture infrastructure eastern flank sovereignty territorial integrity "
    "referendum corridor humanitarian prisoners exchange grain exports pipeline gas "
    "energy supplies naval patrols airspace incidents hotline observers monitoring "
    "mission mandate resolution veto council session statement communiqué declaration "
    "framework roadmap timetable deadline concessions red line non-starter unacceptable "
    "constructive frank useful difficult substantive progress impasse breakthrough "
    "Moscow Washington Brussels Geneva Vienna Kyiv Tbilisi Warsaw Berlin Paris Ankara "
    "NATO OSCE EU UN Kremlin Pentagon déjà-vu rapprochement détente Ostpolitik "
    "Zusammenarbeit sécurité безопасность переговоры перемирие bezpieczeństwo "
    "Łódź Kraków Gdańsk Tiraspol Chișinău Besançon Malmö Århus 2022 1997 2008 30 100,000 "
    "€40 billion £2 million ±5% 10 km 48 hours"
).split()
# Words that are not ASCII come less often: about a quarter of the statements
# have one, as in English-language reporting with names and quotes.
NON_ASCII_WORDS = [word for word in WORDS if not word.isascii()]
WORDS = [word for word in WORDS if word.isascii()]
SPECIAL_WORDS = ["R&D", "AT&T", "<draft>", "“non-starter”", "‘hopeless’", "—", "…", "'24"]
SENTENCE_OPENERS = [
    "The {role} said",
    "According to officials,",
    "In a statement,",
    "Speaking to reporters,",
    "Diplomats said",
    "As the talks resumed,",
    "{name} told journalists that",
    "A senior official, speaking on condition of anonymity, said",
]


class Generator:
    """Builds one dossier of ``records`` records from ``seed``."""

    def __init__(self, records: int, seed: int) -> None:
        self.rng = random.Random(f"parley-bench/{seed}/{records}")
        self.records = records
        self.counts = self._split(records, MIX)
        self.ids_taken: set[str] = set()
        self.suffixes: dict[str, int] = {}

    # -- sizes -----------------------------------------------------------------

    @staticmethod
    def _split(total: int, shares: dict[str, float]) -> dict[str, int]:
        """``total`` divided by ``shares``, each at least 1, adding up exactly."""
        counts = {name: max(1, int(total * share)) for name, share in shares.items()}
        largest = max(shares, key=shares.get)
        counts[largest] += total - sum(counts.values())
        return counts

    # -- building blocks -------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def unique_id(self, stem: str, fallback: str = "record") -> str:
        """A readable slug of ``stem`` (accents dropped), unique in the dossier."""
        ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
        slug = "".join(c if c.isalnum() else "-" for c in ascii_stem.lower())
        slug = "-".join(part for part in slug.split("-") if part)[:48] or fallback
        candidate = slug
        while candidate in self.ids_taken:
            self.suffixes[slug] = self.suffixes.get(slug, 1) + 1
            candidate = f"{slug}-{self.suffixes[slug]}"
        self.ids_taken.add(candidate)
        return candidate

    def sentence(self, words: int) -> str:
        rng = self.rng
        parts = []
        if rng.random() < 0.3:
            opener = rng.choice(SENTENCE_OPENERS)
            parts.append(opener.format(role=rng.choice(ROLE_TITLES).lower(), name=self.person_name()))
        for _ in range(words):
            r = rng.random()
            if r < 0.01:
                parts.append(rng.choice(SPECIAL_WORDS))
            elif r < 0.02:
                parts.append(rng.choice(NON_ASCII_WORDS))
            else:
                parts.append(rng.choice(WORDS))
            if r > 0.97:
                parts[-1] += ","
        text = " ".join(parts)
        text = text[0].upper() + text[1:]
        if rng.random() < 0.12:
            return f"“{text}”" if rng.random() < 0.5 else f'"{text}"'
        return text + rng.choice(".....?!")

    def text(self, low: int, high: int) -> str:
        """Running text of about low–high characters (Unicode scalars)."""
        if high >= 1000:  # an article
            target = self.rng.randint(low, high)
        else:  # a sentence or a paragraph: mostly short, a long tail
            target = max(low, min(high, int(self.rng.lognormvariate(5.0, 0.55))))
        text = ""
        while len(text) < target:
            text = (text + " " if text else "") + self.sentence(self.rng.randint(6, 22))
        if len(text) > high:
            cut = text.rfind(" ", low, high)
            text = text[: cut if cut > 0 else high].rstrip(",") + "."
        if self.rng.random() < 0.02:  # a line break a CSV writer must quote
            middle = text.find(" ", len(text) // 2)
            if middle > 0:
                text = text[:middle] + "\n" + text[middle + 1 :]
        if self.rng.random() < 0.01:  # a cell a spreadsheet would run as a formula
            text = "-" + text
        return text

    def person_name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def place_name(self) -> str:
        return self.rng.choice(PLACE_ROOTS) + self.rng.choice(PLACE_ENDS)

    # -- dates -----------------------------------------------------------------

    def day(self, year: int) -> tuple[int, int]:
        month = self.rng.randint(1, 12)
        return month, self.rng.randint(1, 28)

    def edtf(self, year: int | None = None) -> str:
        """An EDTF level 1 date of any form; most are plain days."""
        rng = self.rng
        y = year if year is not None else rng.randint(1995, 2024)
        m, d = self.day(y)
        r = rng.random()
        if r < 0.52:
            return f"{y:04d}-{m:02d}-{d:02d}"
        if r < 0.64:
            return f"{y:04d}-{m:02d}"
        if r < 0.69:
            return f"{y:04d}"
        if r < 0.71:
            return f"{y:04d}-{rng.randint(21, 24)}"
        if r < 0.76:
            zone = rng.choice(["Z", "Z", "+01:00", "-05:00", "+03", "+05:30"])
            clock = f"{rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}:00"
            return f"{y:04d}-{m:02d}-{d:02d}T{clock}{zone}"
        if r < 0.82:
            base = rng.choice([f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}-{m:02d}", f"{y:04d}"])
            return base + rng.choice("?~%")
        if r < 0.86:
            return rng.choice([f"{y:04d}-{m:02d}-XX", f"{y:04d}-XX-XX", f"{y:04d}-XX"])
        if r < 0.875:
            return f"{y // 10}X"
        if r < 0.88:
            return f"{y // 100}XX"
        if r < 0.94:
            return self.interval(y)
        if r < 0.9405:
            return rng.choice(["-0044-03-15", "-0480", "Y170000002", "Y-12000"])
        return f"{y:04d}-{m:02d}-{d:02d}"

    def interval(self, y: int) -> str:
        rng = self.rng
        m, d = self.day(y)
        r = rng.random()
        if r < 0.5:
            d2 = min(28, d + rng.randint(0, 6))
            return f"{y:04d}-{m:02d}-{d:02d}/{y:04d}-{m:02d}-{d2:02d}"
        if r < 0.7:
            return f"{y:04d}-{m:02d}/.."
        if r < 0.8:
            return f"../{y:04d}"
        if r < 0.9:
            return f"/{y:04d}-{m:02d}-{d:02d}"
        return f"{y:04d}-{m:02d}~/{y + 1:04d}-{m:02d}"

    def period(self) -> tuple[str | None, str | None]:
        """A role's from/until or a relation's since/until, in order."""
        start = self.rng.randint(1990, 2015)
        first = self.edtf(start) if self.chance(0.8) else None
        last = self.edtf(start + self.rng.randint(12, 20)) if self.chance(0.5) else None
        # Keep both ends plain when one of them spans decades or centuries.
        for text in (first, last):
            if text and ("X" in text or text.startswith(("Y", "-", ".."))):
                return f"{start:04d}", f"{start + 12:04d}"
        return first, last

    # -- provenance ------------------------------------------------------------

    def provenance(self, low: int, high: int, p: float) -> list[dict]:
        if not self.chance(p):
            return []
        entries = []
        for _ in range(self.rng.randint(low, high)):
            index = self.rng.randrange(len(self.source_ids))
            entry: dict = {"source": self.source_ids[index]}
            text = self.source_texts[index]
            if text is not None and self.chance(0.9):
                breaks = self.source_breaks[index]
                i = self.rng.randrange(len(breaks) - 1)
                j = min(len(breaks) - 1, i + self.rng.randint(4, 20))
                start, end = breaks[i], breaks[j] - 1
                entry["span"] = [start, end]
                entry["quote"] = text[start:end]
            elif self.chance(0.7):
                entry["quote"] = self.text(30, 160)
            if self.chance(0.7):
                entry["confidence"] = round(self.rng.uniform(0.5, 1.0), 2)
            r = self.rng.random()
            if r < 0.2:
                entry["method"] = "extracted"
                entry["rule"] = (
                    f"rule-{self.rng.choice(['quote', 'stance', 'actor', 'date'])}-{self.rng.randint(1, 40)}"
                )
            elif r < 0.7:
                entry["method"] = "curated"
            entries.append(entry)
        return entries

    # -- collections -----------------------------------------------------------

    def make_sources(self) -> list[dict]:
        sources = []
        self.source_ids, self.source_texts, self.source_breaks = [], [], []
        for i in range(self.counts["sources"]):
            publisher = self.rng.choice(PUBLISHERS)
            title = self.sentence(self.rng.randint(6, 14)).rstrip(".?!")
            sid = self.unique_id(f"src-{publisher.split()[-1]}-{i}")
            source: dict = {"id": sid, "title": title}
            if self.chance(0.9):
                source["publisher"] = publisher
            if self.chance(0.8):
                source["url"] = f"https://news.example.org/{publisher.split()[-1].lower()}/{sid}.html"
            year = self.rng.randint(1995, 2024)
            m, d = self.day(year)
            if self.chance(0.9):
                source["published"] = f"{year:04d}-{m:02d}-{d:02d}"
            source["language"] = self.rng.choice(LANGUAGES)
            text = None
            if self.chance(0.7):
                text = self.text(2000, 9000)
                source["text"] = text
                source["sha256"] = hashlib.sha256(text.encode()).hexdigest()
            elif self.chance(0.8):
                source["sha256"] = hashlib.sha256(title.encode()).hexdigest()
            self.source_ids.append(sid)
            self.source_texts.append(text)
            # Word starts, for quotes that begin and end at word boundaries.
            self.source_breaks.append(
                [0] + [k + 1 for k, c in enumerate(text) if c == " "] + [len(text) + 1] if text else None
            )
            sources.append(source)
        return sources

    def make_entities(self) -> list[dict]:
        kinds = self._split(self.counts["entities"], ENTITY_KINDS)
        self.by_kind: dict[str, list[str]] = {kind: [] for kind in ENTITY_KINDS}
        plans = []
        for kind, count in kinds.items():
            for _ in range(count):
                if kind == "person":
                    name = self.person_name()
                elif kind == "state":
                    name = (
                        self.rng.choice(["Republic of ", "Kingdom of ", "", "", "Federal "])
                        + self.place_name()
                    )
                elif kind in ("organization", "alliance"):
                    words = (
                        ORG_WORDS
                        if kind == "organization"
                        else ["Alliance", "Pact", "Union", "Treaty Organization"]
                    )
                    name = f"{self.rng.choice(words)} for {self.rng.choice(ORG_TOPICS)}"
                elif kind == "place":
                    name = self.place_name()
                elif kind == "document":
                    form = self.rng.choice(["treaty", "memorandum", "agreement", "protocol"])
                    name = f"Draft {form} on {self.rng.choice(ORG_TOPICS).lower()}"
                else:
                    stem = self.rng.choice(["Zircon", "Iskander", "Patriot", "Nord", "Black Sea"])
                    name = f"{stem} {self.rng.choice(['system', 'pipeline', 'initiative', 'group'])}"
                eid = self.unique_id(name, fallback=kind)
                self.by_kind[kind].append(eid)
                plans.append((kind, eid, name))
        self.rng.shuffle(plans)
        self.all_entities = [eid for _, eid, _ in plans]
        self.parties = self.by_kind["state"] + self.by_kind["alliance"] + self.by_kind["organization"]
        self.actors = self.parties + self.by_kind["person"]
        bodies = self.parties
        entities = []
        for kind, eid, name in plans:
            entity: dict = {"id": eid, "kind": kind, "name": name}
            if kind in ("person", "state", "organization", "alliance") and self.chance(0.75):
                aliases = {self.alias(kind, name) for _ in range(self.rng.randint(1, 4))}
                entity["aliases"] = sorted(aliases)
            if kind == "person" and self.chance(0.7):
                roles = []
                for _ in range(self.rng.randint(1, 3)):
                    role: dict = {"title": self.rng.choice(ROLE_TITLES)}
                    if self.chance(0.85):
                        role["of"] = self.rng.choice(bodies)
                    start, end = self.period()
                    if start:
                        role["from"] = start
                    if end:
                        role["until"] = end
                    roles.append(role)
                entity["roles"] = roles
            if kind != "state" and self.chance(0.6):
                entity["country"] = self.rng.choice(self.by_kind["state"])
            if self.chance(0.1):
                entity["attributes"] = {
                    "note": self.text(20, 80),
                    "rank": self.rng.randint(1, 500),
                    "weight": round(self.rng.uniform(0, 10), 3),
                    "verified": self.chance(0.5),
                }
            sources = self.provenance(1, 3, 0.9)
            if sources:
                entity["sources"] = sources
            entities.append(entity)
        return entities

    def alias(self, kind: str, name: str) -> str:
        if kind == "person":
            last = name.split()[-1]
            return self.rng.choice([last, f"Mr. {last}", f"Ms. {last}", name.upper(), f"{name[0]}. {last}"])
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        return self.rng.choice(
            [
                initials or name[:4],
                f"the {name.split()[0].lower()}",
                self.place_name(),
                name + " (former name)",
            ]
        )

    def make_issues(self) -> list[dict]:
        issues = []
        self.issue_ids = []
        for _ in range(self.counts["issues"]):
            topic = self.rng.choice(ORG_TOPICS)
            head = self.rng.choice(["Limits on", "Guarantees of", "Talks on", "Freeze on", "Reform of"])
            label = f"{head} {topic.lower()} in {self.place_name()}"
            iid = self.unique_id(label)
            self.issue_ids.append(iid)
            issue: dict = {"id": iid, "label": label}
            if self.chance(0.8):
                issue["description"] = self.text(80, 300)
            if self.chance(0.8):
                issue["keywords"] = sorted({self.rng.choice(WORDS) for _ in range(self.rng.randint(2, 6))})
            issues.append(issue)
        return issues

    def make_talks(self) -> list[dict]:
        talks = []
        self.talk_ids = []
        persons, places = self.by_kind["person"], self.by_kind["place"]
        for i in range(self.counts["talks"]):
            place = self.place_name()
            head = self.rng.choice(["Round", "Session", "Meeting", "Summit", "Consultations"])
            name = f"{head} {i + 1} on {self.rng.choice(ORG_TOPICS).lower()} ({place})"
            tid = self.unique_id(f"talk-{place}-{i}")
            self.talk_ids.append(tid)
            talk: dict = {"id": tid, "name": name, "kind": self.rng.choice(TALK_KINDS)}
            if self.chance(0.95):
                talk["date"] = self.edtf()
            if self.chance(0.8):
                talk["venue"] = self.rng.choice(places)
            parties = self.rng.sample(self.parties, self.rng.randint(2, 4))
            talk["parties"] = parties
            if self.chance(0.85):
                talk["participants"] = [
                    {
                        "entity": self.rng.choice(persons),
                        **({"role": self.rng.choice(ROLE_TITLES)} if self.chance(0.8) else {}),
                        **({"party": self.rng.choice(parties)} if self.chance(0.8) else {}),
                    }
                    for _ in range(self.rng.randint(2, 6))
                ]
            talk["issues"] = self.rng.sample(self.issue_ids, min(len(self.issue_ids), self.rng.randint(1, 6)))
            if self.chance(0.7):
                talk["outcome"] = self.text(100, 600)
            if self.chance(0.5):
                talk["duration"] = self.rng.choice(
                    ["PT7H30M", "PT4H", "PT45M", "P1D", "P2D", "PT1H15M", "P1W"]
                )
            talk["sources"] = self.provenance(2, 5, 0.95)
            if not talk["sources"]:
                del talk["sources"]
            talks.append(talk)
        return talks

    def statement_ids(self) -> list[str]:
        return [f"stmt-{i:07d}" for i in range(self.counts["statements"])]

    def make_positions(self) -> list[dict]:
        positions = []
        statements = self.statement_ids()
        for i in range(self.counts["positions"]):
            holder = self.rng.choice(self.actors)
            issue = self.rng.choice(self.issue_ids)
            stance = self.rng.choice(STANCES)
            position: dict = {"id": f"pos-{i:07d}", "holder": holder, "issue": issue, "stance": stance}
            self.ids_taken.add(position["id"])
            if self.chance(0.85):
                position["date"] = self.edtf()
            if self.chance(0.4):
                position["talk"] = self.rng.choice(self.talk_ids)
            if self.chance(0.85):
                position["summary"] = self.text(60, 250)
            if self.chance(0.5):
                position["evidence"] = sorted(
                    {self.rng.choice(statements) for _ in range(self.rng.randint(1, 3))}
                )
            sources = self.provenance(1, 2, 0.9)
            if sources:
                position["sources"] = sources
            positions.append(position)
        return positions

    def make_statements(self) -> list[dict]:
        statements = []
        speakers = self.by_kind["person"] * 4 + self.parties
        for sid in self.statement_ids():
            self.ids_taken.add(sid)
            statement: dict = {
                "id": sid,
                "speaker": self.rng.choice(speakers),
                "text": self.text(50, 400),
                "mode": "direct" if self.chance(0.55) else "indirect",
            }
            if self.chance(0.8):
                statement["date"] = self.edtf()
            if self.chance(0.4):
                statement["talk"] = self.rng.choice(self.talk_ids)
            if self.chance(0.9):
                statement["issues"] = sorted(
                    {self.rng.choice(self.issue_ids) for _ in range(self.rng.randint(1, 3))}
                )
            sources = self.provenance(1, 2, 0.9)
            if sources:
                statement["sources"] = sources
            statements.append(statement)
        return statements

    def make_events(self) -> list[dict]:
        events = []
        locations = self.by_kind["place"] + self.by_kind["state"]
        for i in range(self.counts["events"]):
            event: dict = {"id": f"ev-{i:07d}"}
            self.ids_taken.add(event["id"])
            if self.chance(0.9):
                event["date"] = self.edtf()
            event["kind"] = self.rng.choice(EVENT_KINDS)
            event["title"] = self.text(30, 100).rstrip(".")
            if self.chance(0.6):
                event["summary"] = self.text(60, 300)
            event["actors"] = self.rng.sample(self.all_entities, self.rng.randint(1, 3))
            if self.chance(0.6):
                event["targets"] = self.rng.sample(self.all_entities, self.rng.randint(1, 2))
            if self.chance(0.5):
                event["location"] = self.rng.choice(locations)
            if self.chance(0.2):
                event["talk"] = self.rng.choice(self.talk_ids)
            if self.chance(0.5):
                event["issues"] = self.rng.sample(
                    self.issue_ids, min(len(self.issue_ids), self.rng.randint(1, 3))
                )
            if self.chance(0.6):
                event["cameo"] = self.rng.choice(["036", "046", "120", "0841", "13", "172", "0233", "057"])
            sources = self.provenance(1, 2, 0.85)
            if sources:
                event["sources"] = sources
            events.append(event)
        return events

    def make_relations(self) -> list[dict]:
        relations = []
        for i in range(self.counts["relations"]):
            source, target = self.rng.sample(self.all_entities, 2)
            relation: dict = {
                "id": f"rel-{i:07d}",
                "kind": self.rng.choice(RELATION_KINDS),
                "from": source,
                "to": target,
            }
            self.ids_taken.add(relation["id"])
            if self.chance(0.4):
                since, until = self.period()
                if since:
                    relation["since"] = since
                if until:
                    relation["until"] = until
            sources = self.provenance(1, 1, 0.8)
            if sources:
                relation["sources"] = sources
            relations.append(relation)
        return relations

    def dossier(self) -> dict:
        """The whole dossier, collections in the IR's order."""
        collections = {}
        collections["sources"] = self.make_sources()
        collections["entities"] = self.make_entities()
        collections["issues"] = self.make_issues()
        collections["talks"] = self.make_talks()
        # Statements first so that positions' evidence ids are taken; the
        # document keeps the IR's order.
        statements = self.make_statements()
        collections["positions"] = self.make_positions()
        collections["statements"] = statements
        collections["events"] = self.make_events()
        collections["relations"] = self.make_relations()
        return {
            "parley": "1.0",
            "id": f"bench-{self.records}",
            "title": f"Synthetic benchmark dossier ({self.records:,} records)",
            "description": (
                "Generated by Benchmarks/generate.py: realistic shapes and sizes, invented content."
            ),
            **collections,
        }


def write_dossier(dossier: dict, path: Path) -> None:
    """JSON, one record per line; written to a temporary file, then renamed."""
    temporary = path.with_suffix(path.suffix + ".part")
    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(temporary, "w", encoding="utf-8") as out:
        out.write("{\n")
        head = [(key, value) for key, value in dossier.items() if not isinstance(value, list)]
        lists = [(key, value) for key, value in dossier.items() if isinstance(value, list) and value]
        for key, value in head:
            out.write(f"{dump(key)}:{dump(value)},\n")
        for n, (key, records) in enumerate(lists):
            out.write(f"{dump(key)}:[\n")
            out.write(",\n".join(dump(record) for record in records))
            out.write("\n]" + ("," if n < len(lists) - 1 else "") + "\n")
        out.write("}\n")
    temporary.replace(path)


def parse_scale(text: str) -> int:
    """``10k`` → 10000, ``1m`` → 1000000, ``2500`` → 2500."""
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def scale_name(records: int) -> str:
    if records % 1_000_000 == 0:
        return f"{records // 1_000_000}m"
    if records % 1_000 == 0:
        return f"{records // 1_000}k"
    return str(records)


def data_path(records: int, directory: Path = HERE / "data") -> Path:
    return directory / f"ir-{scale_name(records)}.json"


def generate(records: int, path: Path, seed: int = DEFAULT_SEED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_dossier(Generator(records, seed).dossier(), path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="10k,100k,1m", help="comma-separated: 10k,100k,1m (default)")
    parser.add_argument("--records", type=int, help="one dossier of this many records (with -o)")
    parser.add_argument("-o", "--output", type=Path, help="output file for --records")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"default {DEFAULT_SEED}")
    parser.add_argument("--force", action="store_true", help="regenerate files that exist")
    args = parser.parse_args(argv)
    if args.records:
        targets = [(args.records, args.output or data_path(args.records))]
    else:
        targets = [(parse_scale(s), data_path(parse_scale(s))) for s in args.scales.split(",")]
    for records, path in targets:
        if path.exists() and not args.force:
            print(f"generate: {path} exists (--force to rebuild)", file=sys.stderr)
            continue
        generate(records, path, args.seed)
        print(f"generate: {path} ({records:,} records, {path.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
