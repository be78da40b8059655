import ParleyCore
import Testing

@testable import ParleyIngest

/// The names drafts give what they make come from the lexicon's labels, so
/// that a lexicon in another language names talks and roles in it.
@Suite("Lexicon labels")
struct LexiconLabelTests {
  private let article = """
    Kenya and Tanzania met in Nairobi on Thursday to settle a border dispute.

    "We will reopen the border," a Kenyan official told reporters.

    "Nothing was agreed," someone at the talks said.
    """

  private func draft(_ lexicon: Lexicon) -> Dossier {
    var read = PlainTextArticleReader.read(text: "Talks\n\n" + article, origin: "test.txt")
    read.published = try? EDTFDate("2024-01-12")
    return Ingestor(lexicon: lexicon).draft([read])
  }

  @Test("the built-in labels name talks, roles and the unknown speaker in English")
  func english() throws {
    let dossier = draft(.builtin)
    #expect(dossier.talks.map(\.name) == ["Talks in Nairobi"])
    #expect(dossier.entities.contains { $0.roles.contains { $0.title == "Official" } })
    #expect(
      dossier.entities.contains { $0.id == "unknown-speaker" && $0.name == "Unknown speaker" })
  }

  @Test("a lexicon's labels name them in its language")
  func french() throws {
    let lexicon = try Lexicon.builtin(
      with: """
        labels:
          talk-at-venue: "Pourparlers à {venue}"
          official: Responsable
          unknown-speaker: Orateur inconnu
        """)
    let dossier = draft(lexicon)
    #expect(dossier.talks.map(\.name) == ["Pourparlers à Nairobi"])
    #expect(dossier.entities.contains { $0.roles.contains { $0.title == "Responsable" } })
    #expect(
      dossier.entities.contains { $0.id == "unknown-speaker" && $0.name == "Orateur inconnu" })
    // A label the lexicon leaves out is the built-in one.
    #expect(LexiconIndex(lexicon).label(.call) == "Call")
  }

  @Test("placeholders are replaced once, and a name holding one is kept as written")
  func placeholders() throws {
    let index = LexiconIndex(
      try Lexicon.builtin(with: "labels:\n  named-talk-at-venue: \"{talk} ({venue}) {venue}\"\n"))
    #expect(
      index.label(.namedTalkAtVenue, ["talk": "Talks {venue}", "venue": "Oslo"])
        == "Talks {venue} (Oslo) Oslo")
    #expect(index.isNamedByVenue("Talks in Oslo"))
    #expect(!index.isNamedByVenue("Strategic Stability Dialogue in Geneva"))
  }

  @Test("a label without its placeholder, or an unknown label, is refused where it is written")
  func refused() {
    #expect {
      _ = try Lexicon(
        yaml: "lexicon: bad\nversion: \"1\"\nlabels:\n  talk-at-venue: Pourparlers\n",
        file: "bad.yaml")
    } throws: { error in
      let text = "\(error)"
      return text.contains("bad.yaml:4:") && text.contains("has no {venue}")
        && text.contains("write {venue} where the name goes")
    }
    #expect {
      _ = try Lexicon(yaml: "lexicon: bad\nversion: \"1\"\nlabels:\n  callz: x\n", file: "bad.yaml")
    } throws: { error in "\(error)".contains("unknown field \"callz\"") }
    #expect {
      _ = try Lexicon(
        yaml: "lexicon: bad\nversion: \"1\"\nlabels:\n  call: \"Call {venue}\"\n", file: "bad.yaml")
    } throws: { error in
      "\(error)".contains("cannot fill {venue}") && "\(error)".contains("takes no placeholder")
    }
    #expect {
      _ = try Lexicon(
        yaml: "lexicon: bad\nversion: \"1\"\nlabels:\n  talk-at-venue: \"{venue}\"\n",
        file: "bad.yaml")
    } throws: { error in "\(error)".contains("is the venue alone") }
  }

  @Test("a label whose venue comes first still tells a venue's name from an article's")
  func venueFirst() throws {
    let index = LexiconIndex(
      try Lexicon.builtin(with: "labels:\n  talk-at-venue: \"{venue}での会談\"\n"))
    #expect(index.label(.talkAtVenue, ["venue": "ジュネーブ"]) == "ジュネーブでの会談")
    #expect(index.isNamedByVenue("ジュネーブでの会談"))
    #expect(!index.isNamedByVenue("戦略的安定対話"))
    #expect(!index.isNamedByVenue("での会談"))
  }
}
