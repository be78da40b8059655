import ParleyCore
import Testing

@testable import ParleyIngest

/// Which entities an article names (sentences written for the test, none
/// from the held-out articles).
@Suite struct EntityConventionTests {
  @Test(
    "a state's body the lexicon lacks is an organization of that state; a plural opening a sentence is nobody"
  )
  func aStatesUnknownBodyAndAPluralAreNoPeople() throws {
    let dossier = draftOfArticle(
      """
      Lake talks
      Peru's Foreign Ministry said the talks had failed. Officials said the lake was calm.
      """, published: "2024-03-15")
    #expect(dossier.entities.filter { $0.kind == .person }.isEmpty)
    let body = try #require(dossier.entities.first { $0.kind == .organization })
    #expect(body.name == "Peru's Foreign Ministry")
    #expect(body.country == "peru")
    #expect(dossier.statements.map(\.speaker) == [body.id])
  }

  @Test func aDemonymAloneNamesItsStateButNoActor() throws {
    let dossier = draftOfArticle(
      """
      Released
      The envoy, who spent two years in a Pakistani prison, met Chad and Niger in Niamey on Monday.
      """, published: "2023-03-10")
    let pakistan = try #require(dossier.entities.first { $0.id == "pakistan" })
    #expect(pakistan.sources.first?.rule?.hasPrefix("entity.lexicon-demonym-adjective") == true)
    #expect(pakistan.sources.first?.confidence == 0.5)
    #expect(!dossier.talks.contains { $0.parties.contains("pakistan") })
  }

  /// A movement the lexicon does not list is a side, named in full, by
  /// the acronym in brackets after it, and by its initials elsewhere.
  @Test func aMovementNamedInFullIsASide() throws {
    let dossier = draftOfArticle(
      """
      Peace deal
      Chilean President Gabriel Boric and the leader of the rebel Chilean Patriotic Front signed an accord in Quito on Wednesday.
      The Justice and Equality Movement (JEM) said it would join later, while CPF commanders stayed in the hills.
      Forces loyal to the government held the capital. U.S. Forces stayed out.
      """, published: "2023-03-10")
    let front = try #require(dossier.entities.first { $0.id == "chilean-patriotic-front" })
    #expect(front.kind == .organization)
    #expect(front.country == "chile")
    #expect(front.aliases.contains("CPF"))
    #expect(front.sources.first?.rule?.hasPrefix("organization.movement-name") == true)
    let jem = try #require(dossier.entities.first { $0.name == "Justice and Equality Movement" })
    #expect(jem.aliases.contains("JEM"))
    #expect(dossier.talks.map { Set($0.parties) } == [["chile", "chilean-patriotic-front"]])
    #expect(!dossier.entities.contains { $0.name.hasSuffix("Forces") })
  }

  /// A rank before a name is not part of it.
  @Test func aRankBeforeANameIsNotPartOfIt() {
    let dossier = draftOfArticle(
      """
      Talks
      Chile's army chief Gen. Ricardo Martinez said the talks would go on.
      Lt. Gen. Ana Soto and Col. Pedro Ruiz said they were ready.
      """, published: "2023-03-10")
    let people = Set(dossier.entities.filter { $0.kind == .person }.map(\.name))
    #expect(people == ["Ricardo Martinez", "Ana Soto", "Pedro Ruiz"])
  }

  /// A body the lexicon knows by the acronym after the name is that body.
  @Test func aMovementTheLexiconKnowsByItsAcronymIsThatBody() {
    let dossier = draftOfArticle(
      """
      Talks
      Colombia and the National Liberation Army (ELN) met in Havana on Monday.
      """, published: "2023-03-10")
    #expect(!dossier.entities.contains { $0.id == "national-liberation-army" })
    #expect(
      dossier.entities.first { $0.id == "eln" }?.aliases.contains("National Liberation Army")
        == true)
    #expect(dossier.talks.map { Set($0.parties) } == [["colombia", "eln"]])
  }

  @Test func anUnknownNameAfterInOrNearIsAPlace() throws {
    let dossier = draftOfArticle(
      """
      Fighting
      Fighting went on in Kordofan and near Babanusa on Sunday.
      The statement was read in Swahili in Parliament.
      """, published: "2023-03-10")
    let places = Set(dossier.entities.filter { $0.kind == .place }.map(\.name))
    #expect(places == ["Kordofan", "Babanusa"])
    let kordofan = try #require(dossier.entities.first { $0.name == "Kordofan" })
    #expect(kordofan.sources.first?.rule?.hasPrefix("place.after-preposition") == true)
  }

  @Test func theOppositionIsAPartyOfItsStatesOpposition() throws {
    let dossier = draftOfArticle(
      """
      Talks open
      Envoys of Belarusian President Alexander Lukashenko and the opposition met in Vilnius on Monday.
      The Syrian opposition said it would attend.
      """, published: "2023-03-10")
    let belarusian = try #require(dossier.entities.first { $0.id == "belarusian-opposition" })
    #expect(belarusian.kind == .organization)
    #expect(belarusian.country == "belarus")
    #expect(dossier.entities.contains { $0.id == "syrian-opposition" })
    let talk = try #require(dossier.talks.first)
    #expect(Set(talk.parties) == ["belarus", "belarusian-opposition"])
    // Not a title's word: "Opposition leader X" is a person with a title.
    let led = draftOfArticle(
      """
      Talks open
      Opposition leader Sviatlana Tsikhanouskaya met Lithuania's president in Vilnius on Monday.
      """, published: "2023-03-10")
    #expect(!led.entities.contains { $0.id.hasSuffix("opposition") })
  }

  /// A name of two or three capitalized words that opens with a given name
  /// is a person's, with no title or speech verb: later, the surname alone
  /// is that person.
  @Test func aGivenNameOpensAPersonsName() throws {
    let dossier = draftOfArticle(
      """
      Prisoners
      Chile raised the cases of two Peruvians jailed in Santiago, Paul Whelan and Trevor Reed. Whelan was arrested in 2018.
      """, published: "2024-05-10")
    let people = dossier.entities.filter { $0.kind == .person }.map(\.name)
    #expect(people.contains("Paul Whelan"))
    #expect(people.contains("Trevor Reed"))
    #expect(!people.contains("Whelan"))
  }

  @Test(arguments: [
    "Students at George Washington University protested in Lima.",
    "The Christian Democrats met in Lima.",
    "Theresa May met Chilean officials in Lima.",
  ])
  func aGivenNameBeforeABodyOrAMonthIsNoPerson(sentence: String) {
    let people = entityNames(.person, inDraftOf: sentence)
    #expect(
      people.isDisjoint(with: [
        "George Washington University", "Christian Democrats", "Paul Street", "Simon Bolivar",
        "Karen", "Theresa",
      ]))
  }

  @Test("a body the lexicon does not know is named by the word that ends its name")
  func aBodyByItsHeadWord() throws {
    let dossier = draftOfArticle(
      """
      Port deal
      Peru and Chile agreed on Tuesday to set up a Border Coordination Committee. Port revenues will go to the Central Bank of Peru. Peru and Chile met on the sidelines of the Andean Trade Forum in Lima on Monday. A Chilean official told the Andean Times on Tuesday that talks went well.
      """, published: "2024-03-15")
    let bodies = Set(dossier.entities.filter { $0.kind == .organization }.map(\.name))
    #expect(
      bodies.isSuperset(of: [
        "Border Coordination Committee", "Central Bank of Peru", "Andean Trade Forum",
        "Andean Times",
      ]))
    #expect(!bodies.contains("Andean Times on Tuesday"))
    // (Such a body is no side of the talk it is named beside.)
    let talk = try #require(dossier.talks.first)
    #expect(talk.parties == ["peru", "chile"])
  }

  /// "the conservative New Renewal party": a body named before a head in
  /// lower case, without the head; not a party of anyone's ("President
  /// Boric's party"), nor one at a sentence's start ("New Labour party
  /// members", "Neither party"), nor the end of a hyphenated name.
  @Test func aBodyBeforeAHeadInLowerCase() {
    #expect(
      entityNames(
        .organization,
        inDraftOf:
          "Boric, who leads the conservative New Renewal party, met members of the Frente Amplio party. The Sol party won. President Gabriel Boric's party lost. New Labour party members left. Neither party agreed, nor did the Tehreek-e-Insaf party."
      ) == ["New Renewal", "Frente Amplio", "Sol"])
  }

  /// "the Peruvian-led coalition": an alliance named as written; "the
  /// Peruvian-backed rebels" no such thing.
  @Test func anAllianceLedByAState() throws {
    let dossier = draftOfArticle(
      "Truce\nThe Peruvian-led coalition said it would respect the truce. Chile-backed rebels did not.",
      published: "2024-05-10")
    let alliances = dossier.entities.filter { $0.kind == .alliance }
    #expect(alliances.map(\.name) == ["Peruvian-led coalition"])
    #expect(alliances.first?.sources.first?.rule?.hasPrefix("alliance.led-by") == true)
    #expect(dossier.statements.map(\.speaker) == ["peruvian-led-coalition"])
    // (It is a side of talks.)
    let talks = draftOfArticle(
      "Truce\nBolivian and Peruvian-led coalition negotiators met in Lima on Monday.",
      published: "2024-05-10")
    #expect(talks.talks.map { Set($0.parties) } == [["bolivia", "peruvian-led-coalition"]])
  }

  /// "Chilean Navy said", "U.S. Forces Andes said": a name written just
  /// after a state or its adjective, before a speech verb, is the state's
  /// body when it has one of `state-body-words`, not a person; "Chilean
  /// Pedro Ruiz said" is a person, and so is a name after a title's state
  /// ("the observer for Peru Ana Soto said").
  @Test func aSpeakerNamedAfterItsStateIsABody() throws {
    let dossier = draftOfArticle(
      """
      Talks
      U.S. Forces Andes said it had received no new orders. Chilean Navy said the ship had sunk near the port. Chilean Pedro Ruiz said the talks would go on. The observer for Peru Ana Soto said they had failed. Chile Gabriel Boric said the talks were over.
      """, published: "2024-05-10")
    let bodies = dossier.entities.filter { $0.kind == .organization }
    #expect(Set(bodies.map(\.name)) == ["U.S. Forces Andes", "Chilean Navy"])
    #expect(
      bodies.allSatisfy { $0.sources.first?.rule?.hasPrefix("organization.state-speaker") == true })
    #expect(bodies.first { $0.name == "Chilean Navy" }?.country == "chile")
    let people = dossier.entities.filter { $0.kind == .person }.map(\.name)
    #expect(people == ["Pedro Ruiz", "Ana Soto", "Gabriel Boric"])
    #expect(
      Set(dossier.statements.map(\.speaker)).isSuperset(of: [
        "u-s-forces-andes", "chilean-navy", "pedro-ruiz",
      ]))
  }
}

extension EntityConventionTests {
  /// A person named with no title by a given name the lexicon lists
  /// counts the name's words without its particles ("Ursula von der Leyen"
  /// is two); a given name after a title the person holds is that person
  /// again ("Prince Faisal" after "Crown Prince Faisal bin Nasser").
  @Test func givenNamesPastParticlesAndAfterATitle() throws {
    #expect(
      entityNames(.person, inDraftOf: "Ursula von der Leyen met Chad's president in Niamey.")
        == ["Ursula von der Leyen"])
    let dossier = draftOfArticle(
      """
      Gulf talks
      Omani Crown Prince Faisal bin Nasser met Chad's president in Niamey on Monday.
      Prince Faisal said the two sides would meet again next month.
      """, published: "2023-03-10")
    #expect(dossier.entities.filter { $0.kind == .person }.map(\.name) == ["Faisal bin Nasser"])
    #expect(dossier.statements.map(\.speaker) == ["faisal-bin-nasser"])
  }
}

extension EntityConventionTests {
  /// A body the lexicon gives a bare name to ("Congress" is the US
  /// Congress) is another state's body after that state's adjective, and a
  /// body of its own after capitalized words that name nothing; after a
  /// day, or a sentence's first word alone, it is still the lexicon's.
  @Test func aBareBodyNameAfterAnotherStateIsThatStatesBody() throws {
    let dossier = draftOfArticle(
      """
      Talks
      Mediators said the Kenyan Congress and the Uganda Peoples Congress backed the deal. On Friday Congress voted to fund it.
      """, published: "2024-05-10")
    let bodies = Dictionary(
      uniqueKeysWithValues: dossier.entities.filter { $0.kind == .organization }.map {
        ($0.name, $0.country)
      })
    #expect(bodies["Kenyan Congress"] == "kenya")
    #expect(bodies["Uganda Peoples Congress"] == "uganda")
    #expect(bodies["US Congress"] == "united-states")
    #expect(bodies.count == 3)
  }

  /// "a senior Kenyan official" set off just after a name is that person's
  /// role, and "the official" later is them: no second, unnamed person.
  @Test func anOfficialSetOffAfterANameIsThatPerson() throws {
    let dossier = draftOfArticle(
      """
      Talks
      Amina Mohamed, a senior Kenyan official, said the round had ended. "We will meet again in June," the official said.
      """, published: "2024-05-10")
    let people = dossier.entities.filter { $0.kind == .person }
    #expect(people.map(\.name) == ["Amina Mohamed"])
    #expect(people.first?.roles.map(\.of) == ["kenya"])
    #expect(dossier.statements.allSatisfy { $0.speaker == "amina-mohamed" })
    #expect(dossier.statements.count == 2)
  }
}
