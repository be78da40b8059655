/// A small dossier that uses every part of the IR the JSON-LD mapping covers:
/// every entity kind, roles with plain and EDTF-only dates, attributes of
/// every type, talks with participants and an interval date, positions,
/// statements, events, relations, and provenance with spans, quotes,
/// confidence and an extracted entry.
let richDossier = """
  parley: "1.0"
  id: "rich:dossier"
  title: "A rich test dossier"
  description: "Covers the mapping."
  sources:
    - {id: src-a, title: "Article A", publisher: "Daily A", url: "https://example.org/a?x=1&y=2", published: "2022-01-10", language: en, sha256: "16b16b2e34f67a74df81e13302cd2b90ab1fe203bf9af1a98572190bdd55df3d"}
    - {id: src-b, title: "Article B", published: "2022-01~"}
  entities:
    - id: "state:ru"
      kind: state
      name: Russia
      aliases: [Moscow, Moscow, the Kremlin]
      sources:
        - {source: src-a, span: [0, 6], quote: "Russia", confidence: 0.9, method: curated}
        - {source: src-b, method: extracted, rule: "ner-v1", confidence: 0.5}
    - {id: us, kind: state, name: "United States"}
    - {id: nato, kind: alliance, name: NATO}
    - {id: mfa, kind: organization, name: "Foreign Ministry", country: "state:ru"}
    - id: ryabkov
      kind: person
      name: "Sergei Ryabkov"
      country: "state:ru"
      roles:
        - {title: "Deputy Foreign Minister", of: mfa, from: "2008-05-12"}
        - {title: "Envoy", of: "state:ru", from: "2021-12~", until: "2022-01-10"}
      attributes: {note: "a note", born: 1960, height: 1.8, active: true}
    - {id: geneva, kind: place, name: Geneva, country: "state:ru"}
    - {id: draft, kind: document, name: "Draft treaty"}
    - {id: west, kind: other, name: "The West"}
  issues:
    - {id: enlargement, label: "NATO enlargement", description: "No expansion.", keywords: [expansion, veto]}
  talks:
    - id: geneva-talks
      name: "Geneva talks"
      kind: bilateral
      date: "2022-01-10/2022-01-11"
      venue: geneva
      parties: ["state:ru", us]
      participants:
        - {entity: ryabkov, role: "head of delegation", party: "state:ru"}
      issues: [enlargement]
      outcome: "No progress."
      duration: "PT7H30M"
      sources:
        - {source: src-a, quote: "talks in Geneva"}
    - {id: call-1, name: "A call", kind: call, date: "2022-01-20T09:30:00Z", duration: "P1W"}
    - {id: call-2, name: "Another call", kind: call, date: "2022-01-21T10:00:00+01"}
  positions:
    - id: pos-1
      holder: "state:ru"
      issue: enlargement
      stance: demands
      date: "2021-12"
      talk: geneva-talks
      summary: "Russia demands a halt."
      evidence: [stmt-1]
      sources: [{source: src-a}]
    - {id: pos-2, holder: nato, issue: enlargement, stance: rejects, date: "2022"}
    - {id: pos-3, holder: nato, issue: enlargement, stance: open, date: "201X"}
  statements:
    - id: stmt-1
      speaker: ryabkov
      text: "We need guarantees."
      mode: direct
      date: "2022-01-10"
      talk: geneva-talks
      issues: [enlargement]
      sources: [{source: src-a}, {source: src-b}, {source: src-a, quote: "guarantees"}]
  events:
    - id: ev-1
      date: "2022-21"
      kind: military
      title: "Drills"
      summary: "Spring drills."
      actors: ["state:ru"]
      targets: [west]
      location: geneva
      talk: geneva-talks
      issues: [enlargement]
      cameo: "036"
    - {id: ev-2, kind: other, title: "Undated"}
  relations:
    - {id: rel-1, kind: member-of, from: us, to: nato, since: "1949-04-04"}
    - {id: rel-2, kind: leads, from: ryabkov, to: mfa, since: "2022-01?", until: "2022-02"}
  """
