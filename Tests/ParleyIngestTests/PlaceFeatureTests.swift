import ParleyCore
import Testing

@testable import ParleyIngest

/// Places the lexicon lacks, named by a word for what they are, by a noun
/// for a place, or after "around" (sentences written for the test, none
/// from the held-out articles).
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

  /// Up to two modifiers stand between a site's name and its head, and a
  /// later shorter name of it is the same place, in another article too.
  @Test func aSiteKeepsItsModifiersAndIsNamedShorterLater() {
    let first = PlainTextArticleReader.read(
      text: "Deal\nChile agreed to close the Pisagua heavy-water reactor.", origin: "a.txt")
    let second = PlainTextArticleReader.read(
      text: "Deal\nInspectors visited the Pisagua reactor on Monday.", origin: "b.txt")
    let dossier = Ingestor().draft([first, second])
    let places = dossier.entities.filter { $0.kind == .place }
    #expect(places.map(\.name) == ["Pisagua heavy-water reactor"])
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

  @Test func aNameAroundWhichTroopsStandIsAPlace() {
    #expect(
      entityNames(.place, inDraftOf: "Troops around Tacna were encircled on Monday.") == ["Tacna"])
  }

  /// A place named by what it is is a talk's venue only when the sentence
  /// names no other place, and no other place than the venue's.
  @Test func aFeatureIsAVenueOnlyAlone() throws {
    let alone = draftOfArticle(
      "Border deal\nPeru and Chile met at Lake Chungara on Monday.", published: "2024-05-10")
    #expect(alone.talks.map(\.venue) == ["lake-chungara"])
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
  }
}
