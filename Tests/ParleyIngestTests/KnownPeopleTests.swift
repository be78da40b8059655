import ParleyCore
import Testing

@testable import ParleyIngest

/// Leaders the lexicon knows by name (`people:`) sit at a table for their
/// state or body when the article does not say whose they are.
@Suite struct KnownPeopleTests {
  private static let people = """
    people:
      - {name: Sergei Lavrov, of: russia, aliases: [Sergey Lavrov]}
      - {name: Dmytro Kuleba, of: ukraine}
      - {name: Rishi Sunak, of: united-kingdom}
      - {name: Ursula von der Leyen, of: european-union, title: European Commission President}
    """

  private func draft(_ body: String) throws -> Dossier {
    var article = PlainTextArticleReader.read(text: "Talks\n" + body, origin: "test.txt")
    article.published = try EDTFDate("2024-03-15")
    return Ingestor(lexicon: try Lexicon.builtin(with: Self.people)).draft([article])
  }

  /// Named with a title that gives no state, and named alone.
  @Test(arguments: [
    (
      "Foreign Ministers Sergei Lavrov and Dmytro Kuleba met in Antalya on Thursday.",
      ["russia", "ukraine"]
    ),
    (
      "Rishi Sunak and Ursula von der Leyen met in Windsor on Monday.",
      ["united-kingdom", "european-union"]
    ),
  ])
  func knownPeopleGiveTheirSides(body: String, sides: [String]) throws {
    let dossier = try draft(body)
    #expect(dossier.talks.count == 1)
    #expect(Set(dossier.talks.first?.parties ?? []) == Set(sides))
  }

  /// A person of a body gets a role of it, titled as the lexicon says; one
  /// of a state, the state as their country.
  @Test func knownPeopleGetTheirStateOrARole() throws {
    let dossier = try draft("Rishi Sunak and Ursula von der Leyen met in Windsor on Monday.")
    let sunak = try #require(dossier.entities.first { $0.id == "rishi-sunak" })
    #expect(sunak.country == "united-kingdom")
    let president = try #require(dossier.entities.first { $0.id == "ursula-von-der-leyen" })
    #expect(president.roles.contains { $0.of == "european-union" })
  }

  /// The article's own word wins: a state its title gives is kept.
  @Test func theArticleGoesFirst() throws {
    let dossier = try draft(
      "Ukrainian Foreign Minister Sergei Lavrov and Dmytro Kuleba met in Antalya on Thursday.")
    let person = try #require(dossier.entities.first { $0.id == "sergei-lavrov" })
    #expect(person.country == "ukraine")
  }

  /// A call the sentence denies or puts off is none, even between known
  /// sides.
  @Test(arguments: [
    "Sergei Lavrov denied on Thursday that he spoke by phone with Dmytro Kuleba.",
    "Sergei Lavrov's phone call with Dmytro Kuleba was postponed on Thursday.",
  ])
  func aDeniedCallIsNone(body: String) throws {
    #expect(try draft(body).talks.isEmpty)
  }

  /// A name the lexicon does not list alone is nobody's: a person at most
  /// (by a given name, "Richard Doe"), of no side, so no talk.
  @Test func anUnknownNameAloneIsNoSide() throws {
    let dossier = try draft("Jane Roe and Richard Doe met in Windsor on Monday.")
    let people = dossier.entities.filter { $0.kind == .person }
    #expect(people.map(\.name) == ["Richard Doe"])
    #expect(people.allSatisfy { $0.country == nil && $0.roles.isEmpty })
    #expect(dossier.talks.isEmpty)
  }

  /// An overlay's person replaces the one of another lexicon who shares a
  /// spelling with them.
  @Test func anOverlaysPersonReplacesTheSameName() throws {
    let overlay = try Lexicon(
      yaml: "lexicon: o\nversion: \"1\"\npeople:\n  - {name: Sergey Lavrov, of: ukraine}",
      file: "o.yaml")
    let merged = try Lexicon.builtin(with: Self.people).merging(overlay)
    #expect(LexiconIndex(merged).knownPerson(named: "Sergei Lavrov")?.of == nil)
    #expect(LexiconIndex(merged).knownPerson(named: "Sergey Lavrov")?.of == "ukraine")
  }

  /// A name at the end of a speaker's longer run is the name.
  @Test func aKnownNameEndsASpeakersRun() throws {
    let dossier = try draft(
      "Foreign Ministers Sergei Lavrov said on Thursday that talks would go on.")
    let person = try #require(dossier.entities.first { $0.kind == .person })
    #expect(person.name == "Sergei Lavrov")
    #expect(person.country == "russia")
  }

  @Test(arguments: [
    (
      "people:\n  - {name: Kim Jong Un, of: north-korea}\n  - {name: KIM JONG UN, of: south-korea}",
      "a name of another person of the lexicon too"
    ),
    ("people:\n  - {name: Kim Jong Un}", "missing \"of\""),
  ])
  func aLoaderRefusesUnclearPeople(yaml: String, problem: String) {
    #expect(throws: ValidationReport.self) {
      try Lexicon(yaml: "lexicon: t\nversion: \"1\"\n" + yaml, file: "t.yaml")
    }
    do {
      _ = try Lexicon(yaml: "lexicon: t\nversion: \"1\"\n" + yaml, file: "t.yaml")
    } catch {
      #expect(error.diagnostics.contains { $0.message.contains(problem) })
    }
  }

  @Test func aPersonOfNoSideIsRefusedWhenMerged() throws {
    let lexicon = try Lexicon.builtin(with: "people:\n  - {name: Jane Roe, of: geneva}")
    #expect(throws: ValidationReport.self) { try lexicon.check() }
  }
}
