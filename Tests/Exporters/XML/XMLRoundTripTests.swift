import Foundation
import ParleyCore
import ParleyTestSupport
import PropertyBased
import Testing

@testable import ParleyXML

/// IR → XML → IR is the identity, for the sample and for random dossiers
/// full of awkward text.
@Suite struct XMLRoundTripTests {
  /// Pieces of text that XML writers and readers get wrong.
  static let awkward = [
    "plain", " leading", "trailing ", "  ", "", "a & b", "<tag>", "x > y", "\"quoted\"",
    "'single'", "]]>", "<![CDATA[x]]>", "tab\there", "line\nbreak", "cr\rreturn", "crlf\r\n",
    "emoji 😀", "family 👨‍👩‍👧", "flag 🇺🇦", "e\u{301} combining", "עברית", "العربية",
    "mixed עב and العر", "\u{200F}rtl mark", "&amp; literal", "&#13;", "café", "∑ math",
    "\u{FFFD}", "中文",
  ]

  static let text = Gen<String?>.element(of: awkward).array(of: 1...4).map {
    $0.compactMap { $0 }.joined()
  }

  static let dossiers = Gen.int(in: 0...1_000_000).array(of: 12).map { seeds in
    RandomDossier(seeds: seeds).dossier
  }

  @Test func randomDossiersSurviveTheRoundTrip() async throws {
    await propertyCheck(count: 60, input: Self.dossiers, Self.text.array(of: 16)) {
      dossier, texts in
      let original = RandomDossier.fill(dossier, with: texts)
      let xml = try export(original)
      let reread = try read(xml)
      #expect(reread == original)
    }
  }

  @Test func forbiddenControlCharactersAreReplacedAndReported() throws {
    var dossier = Dossier(id: "d", title: "bell\u{7} and escape\u{1B}")
    dossier.issues = [Issue(id: "i", label: "nul\u{0}here")]
    let output = try exportWithWarnings(dossier)
    let reread = try read(output.bytes)
    #expect(reread.title == "bell\u{FFFD} and escape\u{FFFD}")
    #expect(reread.issues.first?.label == "nul\u{FFFD}here")
    #expect(
      output.warnings == [
        "replaced 3 characters that XML 1.0 cannot carry (control characters) with U+FFFD"
      ])
  }

  func export(_ dossier: Dossier) throws -> [UInt8] { try exportWithWarnings(dossier).bytes }

  func exportWithWarnings(_ dossier: Dossier) throws -> (bytes: [UInt8], warnings: [String]) {
    try rendered(XMLExporter(), dossier)
  }

  func read(_ xml: [UInt8]) throws -> Dossier {
    try DossierLoader(validates: false, readers: [XMLDossierReader()])
      .load(data: Data(xml), format: InputFormat(rawValue: "xml"), name: "test.xml")
  }
}

/// A dossier with every kind of record and field, shaped by random seeds;
/// its text is filled in separately so the generator stays simple.
struct RandomDossier {
  let seeds: [Int]

  var dossier: Dossier {
    func pick<T>(_ values: [T], _ seed: Int) -> T { values[seed % values.count] }
    let dates = [
      "2022-01-10", "2021-12", "2022", "2022-01-XX", "2021-12-15/2021-12-17", "2022-01/..",
      "2022-21", "2022-01-10T09:30:00Z", "2022~", "/2022-01",
    ]
    var dossier = Dossier(id: "random-\(seeds[0])", title: "t")
    dossier.sources = [
      Source(
        id: "src", title: "s", publisher: "p", url: "https://example.org/a?b=1&c=2",
        published: try? EDTFDate(pick(dates, seeds[1])), language: "en", text: "body",
        sha256: String(repeating: "a", count: 64))
    ]
    let provenance = [
      Provenance(
        source: "src", span: TextSpan(start: seeds[2] % 5, end: 5 + seeds[2] % 7), quote: "q",
        confidence: Double(seeds[3] % 100) / 100,
        method: pick([.curated, .extracted, nil], seeds[4]),
        rule: seeds[4] % 2 == 0 ? "rule-1" : nil)
    ]
    dossier.entities = [
      Entity(
        id: "a", kind: pick(Entity.Kind.allCases, seeds[5]), name: "n", aliases: ["x", "y"],
        roles: [
          Role(title: "r", of: "b", from: try? EDTFDate("2020"), until: try? EDTFDate("2022-01"))
        ],
        country: "b",
        attributes: [
          "s": .string("v"), "i": .integer(seeds[6]), "d": .number(0.25), "b": .boolean(true),
        ],
        sources: provenance),
      Entity(id: "b", kind: .state, name: "n2", sources: provenance),
      Entity(id: "place", kind: .place, name: "n3"),
    ]
    dossier.issues = [Issue(id: "i", label: "l", description: "d", keywords: ["k1", "k2"])]
    dossier.talks = [
      Talk(
        id: "t", name: "n", kind: pick(Talk.Kind.allCases, seeds[7]),
        date: try? EDTFDate(pick(dates, seeds[8])), venue: "place", parties: ["b"],
        participants: [
          Participant(entity: "a", role: "head", party: "b"), Participant(entity: "a"),
        ],
        issues: ["i"], outcome: "o", duration: try? ISODuration("PT7H30M"), sources: provenance)
    ]
    dossier.statements = [
      Statement(
        id: "st", speaker: "a", text: "t", mode: pick(Statement.Mode.allCases, seeds[9]),
        date: try? EDTFDate(pick(dates, seeds[10])), talk: "t", issues: ["i"], sources: provenance)
    ]
    dossier.positions = [
      Position(
        id: "p", holder: "b", issue: "i", stance: pick(Stance.allCases, seeds[11]),
        date: try? EDTFDate("2022-01-10"), talk: "t", summary: "s", evidence: ["st"],
        sources: provenance)
    ]
    dossier.events = [
      Event(
        id: "e", date: try? EDTFDate("2019-08-02"), kind: pick(Event.Kind.allCases, seeds[0]),
        title: "t", summary: "s", actors: ["a"], targets: ["b"], location: "place", talk: "t",
        issues: ["i"], cameo: "036", sources: provenance)
    ]
    dossier.relations = [
      Relation(
        id: "r", kind: pick(Relation.Kind.allCases, seeds[1]), from: "a", to: "b",
        since: try? EDTFDate("2014"), until: nil, sources: provenance)
    ]
    return dossier
  }

  /// Puts awkward text into every free-text field.
  static func fill(_ dossier: Dossier, with texts: [String]) -> Dossier {
    var d = dossier
    d.title = texts[0]
    d.description = texts[1]
    d.sources[0].title = texts[2]
    d.sources[0].text = texts[3]
    d.entities[0].name = texts[4]
    d.entities[0].aliases = [texts[5], texts[6]]
    d.entities[0].roles[0].title = texts[7]
    d.entities[0].attributes["s"] = .string(texts[8])
    d.entities[0].sources[0].quote = texts[9]
    d.issues[0].label = texts[10]
    d.talks[0].outcome = texts[11]
    d.talks[0].participants[0].role = texts[12]
    d.statements[0].text = texts[13]
    d.positions[0].summary = texts[14]
    d.events[0].summary = texts[15]
    return d
  }
}
