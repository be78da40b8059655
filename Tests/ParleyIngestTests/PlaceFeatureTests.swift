import ParleyCore
import Testing

@testable import ParleyIngest

/// Places the lexicon lacks, named by a word for what they are or by a noun
/// for a place (sentences written for the test, none from the held-out
/// articles).
@Suite struct PlaceFeatureTests {
  @Test func aNameBeforeOrAfterAWordForAPlaceIsAPlace() throws {
    let dossier = draftOfArticle(
      """
      Border deal
      Peru and Chile met on Monday. The accord covers Lake Ranco and the Llanquihue province, and ferries to Tenglo island.
      Chile will run the Loa copper plant near the Tarapaca gas field.
      """, published: "2024-05-10")
    let places = dossier.entities.filter { $0.kind == .place }
    #expect(
      Set(places.map(\.name)) == [
        "Lake Ranco", "Llanquihue province", "Tenglo island", "Tarapaca gas field",
      ])
    let field = try #require(places.first { $0.name == "Tarapaca gas field" })
    #expect(field.aliases == ["Tarapaca"])
    #expect(field.sources.first?.rule?.hasPrefix("place.feature") == true)
  }

  /// One or two of `site-modifiers` stand between a site's name and its
  /// head ("missile" is none, and a site needs one), and a later name of it
  /// with the same head is the same place, in another article too; not a
  /// place with another head ("Lake Pisagua").
  @Test func aSiteKeepsItsModifiersAndItsHead() {
    let first = PlainTextArticleReader.read(
      text: "Deal\nChile agreed to close the Pisagua heavy-water reactor.", origin: "a.txt")
    let second = PlainTextArticleReader.read(
      text: "Deal\nInspectors visited the Pisagua nuclear reactor on Monday.", origin: "b.txt")
    let third = PlainTextArticleReader.read(
      text: "Deal\nThe Pisagua missile range and the Democratic field met Lake Pisagua.",
      origin: "c.txt")
    let dossier = Ingestor().draft([first, second, third])
    let places = dossier.entities.filter { $0.kind == .place }
    #expect(places.map(\.name) == ["Pisagua heavy-water reactor", "Lake Pisagua"])
    #expect(places.first?.sources.count == 2)
  }

  /// What the name is not: a word of a compound, a known actor, a month,
  /// a determiner, a person the article knows.
  @Test func notEveryCapitalBeforeAWordForAPlaceIsAName() {
    #expect(
      entityNames(
        .place,
        inDraftOf:
          "Security in the Asia-Pacific region and the Black Sea region was discussed in June. The region was calm. President Gabriel Boric said the Boric plan would work."
      ) == ["Black Sea"])
  }

  /// "the village of X", anywhere in a sentence; after a plural noun, each
  /// name of the list that follows.
  @Test func aNounForAPlaceNamesItAndItsList() throws {
    let dossier = draftOfArticle(
      """
      Border deal
      The delegations drove to the Chilean village of Putre for lunch. The deal reopens the ports of Arica, Caldera and Bahia Inglesa.
      It was the city of Gabriel Boric's childhood.
      """, published: "2024-05-10")
    let places = Set(dossier.entities.filter { $0.kind == .place }.map(\.name))
    #expect(places == ["Putre", "Arica", "Caldera", "Bahia Inglesa"])
    let putre = try #require(dossier.entities.first { $0.name == "Putre" })
    #expect(putre.sources.first?.rule?.hasPrefix("place.noun-of") == true)
  }

  /// A list after a plural noun ends with its item after "and": "the
  /// cities of Arica and Iquique, Ana Soto said" leaves Ana Soto a person.
  @Test func aListOfPlacesEndsAfterAnd() {
    let dossier = draftOfArticle(
      """
      Border deal
      Drones struck the cities of Arica and Iquique, Ana Soto said on Monday.
      Headline: MISSILES HIT NEAR TENGLO ISLAND. Fighters of the Mount Pular Resistance Units left.
      """, published: "2024-05-10")
    #expect(
      Set(dossier.entities.filter { $0.kind == .place }.map(\.name)) == ["Arica", "Iquique"])
    #expect(dossier.statements.map(\.speaker) == ["ana-soto"])
  }

  /// A place named by what it is is no talk's venue when it only says
  /// where the place before it lies ("in Arica, in the Tacna region"), and
  /// no other place than the venue's; a stance's object may open with it,
  /// and an event is placed elsewhere when its sentence names another
  /// place.
  @Test func aFeatureIsAVenueOnlyAlone() throws {
    let alone = draftOfArticle(
      "Border deal\nPeru and Chile met at Lake Chungara on Monday, after protests in Lima.",
      published: "2024-05-10")
    #expect(alone.talks.map(\.venue) == ["lake-chungara"])
    // (A noun for a place after another place is no venue: "in Arica on
    // the port of Ilo".)
    let topic = draftOfArticle(
      "Border deal\nPeru and Chile held talks in Arica on the port of Ilo on Monday.",
      published: "2024-05-10")
    #expect(topic.talks.map(\.venue) == ["arica"])
    let dossier = draftOfArticle(
      """
      Border deal
      Peru and Chile met in Arica, in the Tacna region, on Monday. Chile agreed to reopen the Tarapaca gas field.
      """, published: "2024-05-10")
    let talk = try #require(dossier.talks.first)
    #expect(dossier.talks.count == 1)
    #expect(talk.venue == "arica")
    #expect(Set(talk.parties) == ["peru", "chile"])
    // The object of the stance takes the site whole.
    #expect(positionLines(dossier).contains("chile accepts reopen-the-tarapaca-gas-field"))
    let object = draftOfArticle(
      "Border deal\nPeru and Chile agreed on the Tarapaca gas field at the talks in Arica on Monday.",
      published: "2024-05-10")
    #expect(positionLines(object).contains { $0.hasPrefix("peru accepts tarapaca-gas-field") })
    #expect(object.events.compactMap(\.location) == ["arica"])
  }
}
