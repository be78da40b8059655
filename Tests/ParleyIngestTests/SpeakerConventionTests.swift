import ParleyCore
import Testing

@testable import ParleyIngest

/// Who speaks when news names no one: an unnamed spokesperson is the voice
/// of the body named with the title. From sentences written for the test.
@Suite struct SpeakerConventionTests {
  private func speakers(_ text: String) -> [String: String] {
    let dossier = draftOfArticle(text, published: "2024-03-15")
    return Dictionary(
      dossier.statements.map { ($0.text, $0.speaker) }, uniquingKeysWith: { first, _ in first })
  }

  @Test("a quote that ends its sentence inside its marks is that sentence's, not the next one's")
  func aQuoteEndingItsSentenceInsideItsMarks() {
    let said = speakers(
      """
      Lake deal
      Chilean President Gabriel Boric called the accord "a fair bargain." Bolivian President Luis Arce said the lake was lost.
      """)
    #expect(said["a fair bargain."] == "gabriel-boric")
  }

  @Test func anUnnamedSpokespersonIsTheVoiceOfTheirBody() {
    let said = speakers(
      """
      Envoys trade warnings
      "We need more time," said a spokeswoman for the African Union, who asked not to be named.
      "Moscow will respond," a Kremlin spokesman told reporters.
      A spokesman for the European Union said the talks would continue.
      """)
    #expect(said["We need more time"] == "african-union")
    #expect(said["Moscow will respond"] == "russia")
    #expect(said["the talks would continue"] == "european-union")
  }

  @Test func aTitleThatIsNoVoiceOfABodyStaysUnknown() {
    let said = speakers(
      """
      Envoys trade warnings
      "Nothing is agreed until everything is agreed," a senior Western diplomat said.
      "We will see what the other side brings to the table," a spokesman said.
      """)
    #expect(said["Nothing is agreed until everything is agreed"] == DraftBuilder.unknownSpeaker)
    #expect(
      said["We will see what the other side brings to the table"] == DraftBuilder.unknownSpeaker)
  }

  @Test func aReportsSpeakerAfterItsWordsMayBeABodyAndSayWhenOrToWhom() {
    let said = speakers(
      """
      Envoys trade warnings
      Russia is ready to continue the negotiations, the Kremlin said.
      Moscow sees no reason to pull back its troops, Russia's foreign ministry said on Friday.
      China rejects any suggestion of a retreat, Wang Yi told reporters.
      Ukraine will not give up any territory, Zelensky said in a statement late on Thursday.
      """)
    #expect(said["Russia is ready to continue the negotiations"] == "russia")
    #expect(said["Moscow sees no reason to pull back its troops"] == "russian-foreign-ministry")
    #expect(said["China rejects any suggestion of a retreat"] == "wang-yi")
    #expect(said["Ukraine will not give up any territory"] == "zelensky")
  }

  @Test func wordsBeforeACommaAreNoReportWhenTheVerbGoesOn() {
    let said = speakers(
      """
      Envoys trade warnings
      On Friday in Moscow, Putin said talks with the West had gone well.
      """)
    #expect(said["On Friday in Moscow"] == nil)
  }

  @Test func aRankAsWireCopyAbbreviatesItAndABodyOrAnAppositionBeforeTheVerb() {
    let said = speakers(
      """
      Envoys trade warnings
      "We are ready to talk," Chilean navy Vice Adm. Juan Pérez told reporters.
      Peru seeks a fair outcome, the Peruvian presidency said in a statement.
      Hamas, the Islamist group that runs Gaza, said it rejected the proposal for a buffer zone.
      """)
    #expect(said["We are ready to talk"] == "juan-perez")
    #expect(said["Peru seeks a fair outcome"] == "peru")
    #expect(said["it rejected the proposal for a buffer zone"] == "hamas")
  }

  @Test("a body the lexicon does not know may name the speaker's title")
  func anUnknownBodyBeforeATitle() {
    let said = speakers(
      """
      Harbour talks
      "The ferries will run again next week," Port Authority spokeswoman Amina Yusuf told reporters.
      """)
    #expect(said["The ferries will run again next week"] == "amina-yusuf")
  }

  @Test("a fragment quoted inside the writer's sentence, with no speaker, is no statement")
  func aWovenFragmentIsNoStatement() {
    let said = speakers(
      """
      Joint statement
      The two sides will work to build ‘a durable and verifiable peace on the island’.
      “We will not sign anything that divides the island again,” one delegate said.
      “Nobody here wants the island divided again, and nobody will sign that.”
      The note read: “the two delegations remain far apart on the key issues”.
      """)
    #expect(said["a durable and verifiable peace on the island"] == nil, "\(said)")
    // A whole sentence quoted with no speaker is kept for review, and so is
    // a quote after a colon.
    #expect(
      said["Nobody here wants the island divided again, and nobody will sign that."]
        == "unknown-speaker", "\(said)")
    #expect(
      said["the two delegations remain far apart on the key issues"] == "unknown-speaker",
      "\(said)")
  }

  @Test("a title of a body the lexicon lacks, then the name between commas, then the verb")
  func aNameSetOffAfterItsTitle() {
    let said = speakers(
      """
      Harbour talks
      In Mombasa on Monday, the head of the Regional Harbour Authority, Amina Yusuf, said the ferries would run again next week.
      The head of the consortium, Siemens Energy, said the turbines were late.
      The chairman of the Senate Foreign Relations Committee, Bob Corker, told reporters that Congress should review the deal.
      """)
    #expect(said["the ferries would run again next week"] == "amina-yusuf", "\(said)")
    // After a body in lower case, the name may be the body's: no person.
    #expect(said["the turbines were late"] != "siemens-energy", "\(said)")
    #expect(said["Congress should review the deal"] == "bob-corker", "\(said)")
  }

  @Test(
    "a capitalized title after an unknown body; a name set off after another's is not the speaker")
  func capitalizedTitleAndSetOffNames() {
    let said = speakers(
      """
      Talks
      "The ferries will run again next week," Port Authority Spokeswoman Amina Yusuf said.
      Dmitry Peskov, a spokesman for the Russian president, Vladimir Putin, said on Monday that the talks had stalled.
      """)
    #expect(said["The ferries will run again next week"] == "amina-yusuf", "\(said)")
    #expect(said["the talks had stalled"] != "vladimir-putin", "\(said)")
  }

  @Test("the head of a body's mission somewhere, the name set off by commas: the speaker")
  func theHeadOfAMissionSetOff() {
    let said = speakers(
      """
      Talks
      The head of the UN mission in South Sudan, Nicholas Haysom, said the ceasefire was holding.
      The mayor of Kharkiv, Ihor Terekhov, said that Russia shelled the city.
      """)
    #expect(said["the ceasefire was holding"] == "nicholas-haysom", "\(said)")
    // "The mayor" names him too: no other person before him.
    #expect(said["Russia shelled the city"] == "ihor-terekhov", "\(said)")
  }

  /// `Boric replied: "…." He said …`: a quote its speaker opens with a
  /// colon and that ends its sentence is theirs, though a speech verb
  /// follows it in a sentence of its own; and "Asked whether he …, Boric
  /// replied" makes "he" Boric, so the next "He said" is his too.
  @Test func aQuoteOpenedWithAColonIsItsSpeakers() {
    let said = speakers(
      """
      Border talks
      Peruvian Foreign Minister Ana Soto met Chilean President Gabriel Boric in Arica on Monday.
      Asked whether he was ready to sign, Boric replied: "If I were not ready, I would not have come here." He said a new border crossing would be welcome.
      """)
    #expect(said["If I were not ready, I would not have come here."] == "gabriel-boric")
    #expect(said["a new border crossing would be welcome"] == "gabriel-boric")
  }

  /// A surname written alone keeps meaning whom it first meant in the
  /// article, after someone else of that name is named in full.
  @Test func aSurnameAloneKeepsItsPerson() {
    let said = speakers(
      """
      Border talks
      Chilean President Gabriel Boric arrived in Arica on Monday. Boric was greeted by crowds.
      He was joined by his cousin Ana Boric, a senator.
      "We are ready," Boric told reporters.
      """)
    #expect(said["We are ready"] == "gabriel-boric")
  }
}

extension SpeakerConventionTests {
  /// "said the Special Envoy" of a person whose role is "UN special envoy
  /// for Yemen" (the lexicon's Martin Griffiths): a speaker's title may
  /// stand anywhere in the role, as whole words.
  @Test func aSpeakersTitleMayStandInsideTheirRole() {
    let said = speakers(
      """
      Port talks
      Martin Griffiths opened the talks in Rimbo on Thursday.
      "We still have a long road ahead," said the Special Envoy.
      "The harbour must stay open," the Special Envoy told reporters.
      """)
    #expect(said["We still have a long road ahead"] == "martin-griffiths")
    #expect(said["The harbour must stay open"] == "martin-griffiths")
  }
}

extension SpeakerConventionTests {
  /// A remit that names a state ("the UN envoy for Chile, …"), a surname
  /// with its particles in lower case ("de la Vega said"), and a title
  /// after a state's possessive ("Peru's foreign minister") all lead back
  /// to the person the article named.
  @Test func aSpeakerNamedByRemitParticlesOrPossessive() {
    let said = speakers(
      """
      Border talks
      The UN special envoy for Chile, Rosa de la Vega, opened the talks in Arica on Monday.
      "The crossings must reopen," de la Vega said.
      Peruvian Foreign Minister Hugo Quispe arrived on Tuesday.
      "We are ready to sign," Peru's foreign minister said.
      The talks could end this week, Peru's foreign minister told reporters.
      """)
    #expect(said["The crossings must reopen"] == "rosa-de-la-vega")
    #expect(said["We are ready to sign"] == "hugo-quispe")
    #expect(said["The talks could end this week"] == "hugo-quispe")
  }
}

extension SpeakerConventionTests {
  /// A title is no reference to the holder the article named when it says
  /// the holder is someone else ("former"), when a state's possessive is
  /// no subject ("a source close to Peru's foreign minister"), or when the
  /// holder is named only after it in its paragraph.
  @Test func titlesThatAreNotTheHolderNamed() {
    let said = speakers(
      """
      Border talks
      Peruvian Foreign Minister Hugo Quispe arrived in Arica on Monday.
      The former foreign minister said the talks would fail again this year.
      A source close to Peru's foreign minister said the crossings would stay shut.

      The border must reopen soon, Peru's foreign minister said. His predecessor, Peruvian Foreign Minister Ana Rojas, disagreed.
      """)
    #expect(said["the talks would fail again this year"] == nil)
    #expect(said["the crossings would stay shut"] == nil)
    #expect(said["The border must reopen soon"] == "hugo-quispe")
  }
}

extension SpeakerConventionTests {
  /// "Chilean officials said …": an adjective of state with its body
  /// reports for the state.
  @Test func officialsNamedByTheirStateSpeakForIt() {
    let said = speakers(
      """
      Border talks
      Chilean officials said the border crossings would reopen next week.
      Former Peruvian officials said the border crossings would never reopen.
      """)
    #expect(said["the border crossings would reopen next week"] == "chile")
    #expect(said["the border crossings would never reopen"] == nil)
  }
}

extension SpeakerConventionTests {
  /// A story's slug in capitals before a colon is no transcript's speaker.
  @Test(arguments: ["WATCH", "UPDATE", "BREAKING NEWS", "ANALYSIS"])
  func aSlugIsNoSpeaker(slug: String) {
    let found = speakers(
      """
      River talks
      \(slug): Chile and Peru ended talks in Lima on Thursday.

      The talks will resume next month.
      """)
    #expect(found.isEmpty)
    // (Nor the words of a transcript's turn going on.)
    let turn = speakers(
      """
      River briefing
      MR. PRICE: Good afternoon, everyone, and thank you for coming today.

      \(slug): Peru later said it rejected the proposal.
      """)
    #expect(turn["Good afternoon, everyone, and thank you for coming today."] == "price")
  }
}

extension SpeakerConventionTests {
  /// A quote after a sentence that reports someone's words is theirs; so is
  /// one they were "quoted as saying".
  @Test(arguments: [
    "Peruvian Foreign Minister Ana Cecilia Gervasi said the talks had failed. “We will not accept this.”",
    "Peruvian Foreign Minister Ana Cecilia Gervasi said the talks had failed.\n\n“We will not accept this.”",
    "Peruvian Foreign Minister Ana Cecilia Gervasi was quoted as saying: “We will not accept this.”",
  ])
  func aQuoteAfterReportedWordsIsTheirs(text: String) {
    #expect(speakers("River talks\n" + text)["We will not accept this."] == "ana-cecilia-gervasi")
  }

  /// Not after a sentence that reports no one's words, nor someone's the
  /// subject only names.
  @Test(arguments: [
    "Peruvian Foreign Minister Ana Cecilia Gervasi arrived in Lima on Thursday. “We will not accept this.”",
    "The European Union added three Peruvian officials to its list on Monday. “We will not accept this.”",
    "Critics of Peruvian Foreign Minister Ana Cecilia Gervasi said the talks had failed. “We will not accept this.”",
    "A source close to Peruvian Foreign Minister Ana Cecilia Gervasi was quoted as saying: “We will not accept this.”",
  ])
  func aQuoteAfterOtherWordsIsNoOnesInParticular(text: String) {
    #expect(speakers("River talks\n" + text)["We will not accept this."] == "unknown-speaker")
  }
}
