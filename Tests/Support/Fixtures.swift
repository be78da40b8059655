import Foundation
import ParleyCore
import Testing

/// Loads dossiers from string literals, and collects the diagnostics of
/// inputs that must fail.
package enum Fixtures {
  /// Loads a dossier written as YAML.
  package static func load(yaml: String, name: String = "test.yaml") throws -> Dossier {
    try DossierLoader().load(data: Data(yaml.utf8), format: .yaml, name: name)
  }

  /// Loads a dossier written as JSON.
  package static func load(json: String, name: String = "test.json") throws -> Dossier {
    try DossierLoader().load(data: Data(json.utf8), format: .json, name: name)
  }

  /// The diagnostics of an input that must be refused as invalid; records a
  /// test issue (and returns nothing) when it loads or fails another way.
  package static func diagnostics(
    _ text: String, format: InputFormat = .yaml, name: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> [Diagnostic] {
    let name = name ?? (format == .yaml ? "test.yaml" : "test.json")
    do {
      let dossier = try DossierLoader().load(data: Data(text.utf8), format: format, name: name)
      Issue.record(
        "expected invalid input, but it loaded: \(dossier.id)", sourceLocation: sourceLocation)
    } catch let report as ValidationReport {
      return report.diagnostics
    } catch {
      Issue.record("expected invalid input, got \(error)", sourceLocation: sourceLocation)
    }
    return []
  }

  /// The rendered diagnostics (`file:line:col: path: message (hint)`) of an
  /// input that must be refused.
  package static func messages(
    _ text: String, format: InputFormat = .yaml, name: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> [String] {
    diagnostics(text, format: format, name: name, sourceLocation: sourceLocation).map(\.description)
  }

  /// A valid dossier that uses every record type and most fields. Its source
  /// text is "Ryabkov said the talks were difficult but useful."
  package static let fullYAML = """
    # A comment, ignored.
    parley: "1.0"
    id: geneva-2022
    title: "Russia–US security talks"
    description: Talks in Geneva, January 2022.
    sources:
      - id: src-1
        title: Talks hit impasse
        publisher: Example News
        url: https://example.org/talks
        published: "2022-01-10"
        language: en
        text: "Ryabkov said the talks were difficult but useful."
        sha256: 3b2942095954566865a7b89a9a597fe17ed8f867a79eb6c738c4fe058eb795f3
    entities:
      - id: russia
        kind: state
        name: Russia
        aliases: [Moscow, the Kremlin]
      - id: united-states
        kind: state
        name: United States
      - id: nato
        kind: alliance
        name: NATO
      - id: geneva
        kind: place
        name: Geneva
        country: switzerland
      - id: switzerland
        kind: state
        name: Switzerland
      - id: ryabkov
        kind: person
        name: Sergei Ryabkov
        country: russia
        roles:
          - {title: Deputy Foreign Minister, of: russia, from: "2008-08", until: "2022~"}
        attributes: {born: 1960, tenure: 14.5, active: true, note: diplomat}
        sources:
          - {source: src-1, span: [0, 7], quote: Ryabkov}
    issues:
      - id: nato-enlargement
        label: NATO enlargement
        description: Whether NATO admits new members.
        keywords: [enlargement, open door]
    talks:
      - id: geneva-talks
        name: Strategic Stability Dialogue
        kind: bilateral
        date: "2022-01-10"
        venue: geneva
        parties: [russia, united-states]
        participants:
          - {entity: ryabkov, role: head of delegation, party: russia}
        issues: [nato-enlargement]
        outcome: No breakthrough
        duration: PT7H30M
        sources:
          - source: src-1
            span: [13, 48]
            quote: the talks were difficult but useful
            confidence: 0.9
            method: extracted
            rule: talk-outcome
    positions:
      - id: pos-russia
        holder: russia
        issue: nato-enlargement
        stance: demands
        date: "2021-12-17"
        talk: geneva-talks
        summary: No further enlargement.
        evidence: [st-ryabkov]
    statements:
      - id: st-ryabkov
        speaker: ryabkov
        text: the talks were difficult but useful
        mode: indirect
        date: "2022-01-10"
        talk: geneva-talks
        issues: [nato-enlargement]
        sources:
          - {source: src-1, span: [13, 48], quote: the talks were difficult but useful}
    events:
      - id: ev-talks
        date: "2022-01-10"
        kind: meeting
        title: Talks in Geneva
        summary: Eight hours of talks.
        actors: [russia, united-states]
        targets: [nato]
        location: geneva
        talk: geneva-talks
        issues: [nato-enlargement]
        cameo: "036"
    relations:
      - id: rel-ryabkov-russia
        kind: represents
        from: ryabkov
        to: russia
        since: "2008"
        until: /2022-12
    """

  /// ``fullYAML`` written as JSON.
  package static let fullJSON = """
    {
      "parley": "1.0",
      "id": "geneva-2022",
      "title": "Russia–US security talks",
      "description": "Talks in Geneva, January 2022.",
      "sources": [
        {
          "id": "src-1", "title": "Talks hit impasse", "publisher": "Example News",
          "url": "https://example.org/talks", "published": "2022-01-10", "language": "en",
          "text": "Ryabkov said the talks were difficult but useful.",
          "sha256": "3b2942095954566865a7b89a9a597fe17ed8f867a79eb6c738c4fe058eb795f3"
        }
      ],
      "entities": [
        {"id": "russia", "kind": "state", "name": "Russia", "aliases": ["Moscow", "the Kremlin"]},
        {"id": "united-states", "kind": "state", "name": "United States"},
        {"id": "nato", "kind": "alliance", "name": "NATO"},
        {"id": "geneva", "kind": "place", "name": "Geneva", "country": "switzerland"},
        {"id": "switzerland", "kind": "state", "name": "Switzerland"},
        {
          "id": "ryabkov", "kind": "person", "name": "Sergei Ryabkov", "country": "russia",
          "roles": [
            {
              "title": "Deputy Foreign Minister", "of": "russia", "from": "2008-08",
              "until": "2022~"
            }
          ],
          "attributes": {"born": 1960, "tenure": 14.5, "active": true, "note": "diplomat"},
          "sources": [{"source": "src-1", "span": [0, 7], "quote": "Ryabkov"}]
        }
      ],
      "issues": [
        {
          "id": "nato-enlargement", "label": "NATO enlargement",
          "description": "Whether NATO admits new members.",
          "keywords": ["enlargement", "open door"]
        }
      ],
      "talks": [
        {
          "id": "geneva-talks", "name": "Strategic Stability Dialogue", "kind": "bilateral",
          "date": "2022-01-10", "venue": "geneva", "parties": ["russia", "united-states"],
          "participants": [{"entity": "ryabkov", "role": "head of delegation", "party": "russia"}],
          "issues": ["nato-enlargement"], "outcome": "No breakthrough", "duration": "PT7H30M",
          "sources": [
            {
              "source": "src-1", "span": [13, 48], "quote": "the talks were difficult but useful",
              "confidence": 0.9, "method": "extracted", "rule": "talk-outcome"
            }
          ]
        }
      ],
      "positions": [
        {
          "id": "pos-russia", "holder": "russia", "issue": "nato-enlargement", "stance": "demands",
          "date": "2021-12-17", "talk": "geneva-talks", "summary": "No further enlargement.",
          "evidence": ["st-ryabkov"]
        }
      ],
      "statements": [
        {
          "id": "st-ryabkov", "speaker": "ryabkov", "text": "the talks were difficult but useful",
          "mode": "indirect", "date": "2022-01-10", "talk": "geneva-talks",
          "issues": ["nato-enlargement"],
          "sources": [
            {"source": "src-1", "span": [13, 48], "quote": "the talks were difficult but useful"}
          ]
        }
      ],
      "events": [
        {
          "id": "ev-talks", "date": "2022-01-10", "kind": "meeting", "title": "Talks in Geneva",
          "summary": "Eight hours of talks.", "actors": ["russia", "united-states"],
          "targets": ["nato"], "location": "geneva", "talk": "geneva-talks",
          "issues": ["nato-enlargement"], "cameo": "036"
        }
      ],
      "relations": [
        {
          "id": "rel-ryabkov-russia", "kind": "represents", "from": "ryabkov", "to": "russia",
          "since": "2008", "until": "/2022-12"
        }
      ]
    }
    """

  /// The smallest valid dossier, to which tests append collections.
  package static let header = """
    parley: "1.0"
    id: test
    title: Test

    """
}
