import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyJSONLD

@Suite("JSON-LD exporter")
struct JSONLDExporterTests {
  /// The `@graph` of the export, as JSON objects.
  func graph(_ yaml: String = richDossier, _ options: [String: String] = [:]) throws
    -> [[String: Any]]
  {
    let text = try render(JSONLDExporter(), try dossier(yaml), options)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return try #require(document["@graph"] as? [[String: Any]])
  }

  func node(_ graph: [[String: Any]], _ suffix: String) throws -> [String: Any] {
    try #require(graph.first { ($0["@id"] as? String)?.hasSuffix(suffix) == true })
  }

  func typed(_ value: Any?) -> [String]? {
    guard let object = value as? [String: Any], let lexical = object["@value"] as? String,
      let type = object["@type"] as? String
    else { return nil }
    return [lexical, type]
  }

  @Test("the context is inline and declares the four vocabularies")
  func context() throws {
    let text = try render(JSONLDExporter(), try dossier(richDossier))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let context = try #require(document["@context"] as? [String: Any])
    #expect(context["@version"] as? Double == 1.1)
    #expect(context["schema"] as? String == "https://schema.org/")
    #expect(context["prov"] as? String == "http://www.w3.org/ns/prov#")
    #expect(context["xsd"] as? String == "http://www.w3.org/2001/XMLSchema#")
    #expect(context["parley"] as? String == "https://w3id.org/parley/vocab#")
    #expect(!text.contains("\"@context\": \"http"))
  }

  @Test("the default base is w3id.org/parley/id/ plus the encoded dossier id")
  func defaultBase() throws {
    let graph = try graph()
    #expect(graph[0]["@id"] as? String == "https://w3id.org/parley/id/rich%3Adossier/")
    let russia = try node(graph, "/state%3Aru")
    #expect(russia["@id"] as? String == "https://w3id.org/parley/id/rich%3Adossier/state%3Aru")
  }

  @Test("--base sets the node IRIs")
  func customBase() throws {
    let graph = try graph(richDossier, ["base": "urn:example:talks:"])
    #expect(graph[0]["@id"] as? String == "urn:example:talks:")
    #expect(graph.contains { $0["@id"] as? String == "urn:example:talks:state%3Aru" })
  }

  @Test(
    "a --base that is not an absolute IRI ids can follow is refused",
    arguments: ["example.org/talks/", "https://example.org/a b/", "https://example.org/talks", ""])
  func badBase(base: String) throws {
    let dossier = try dossier(richDossier)
    let error = #expect(throws: ExportOptionError.self) {
      _ = try render(JSONLDExporter(), dossier, ["base": base])
    }
    #expect(error?.option == "base")
    #expect(error?.value == base)
  }

  @Test("plain dates are typed by precision")
  func typedDates() throws {
    let graph = try graph()
    let source = try node(graph, "/src-a")
    #expect(typed(source["schema:datePublished"]) == ["2022-01-10", "xsd:date"])
    let position = try node(graph, "/pos-1")
    #expect(typed(position["parley:date"]) == ["2021-12", "xsd:gYearMonth"])
    #expect(typed(try node(graph, "/pos-2")["parley:date"]) == ["2022", "xsd:gYear"])
    let call = try node(graph, "/call-1")
    #expect(typed(call["schema:startDate"]) == ["2022-01-20T09:30:00Z", "xsd:dateTime"])
    #expect(call["parley:edtf"] == nil)
    // xsd:dateTime needs the minutes of a time zone offset.
    let zoned = try node(graph, "/call-2")
    #expect(typed(zoned["schema:startDate"]) == ["2022-01-21T10:00:00+01:00", "xsd:dateTime"])
    let statement = try node(graph, "/stmt-1")
    #expect(typed(statement["schema:dateCreated"]) == ["2022-01-10", "xsd:date"])
  }

  @Test("EDTF-only dates are kept as written, with their precision")
  func edtfDates() throws {
    let graph = try graph()
    let source = try node(graph, "/src-b")
    #expect(source["schema:datePublished"] == nil)
    #expect(source["parley:edtf"] as? String == "2022-01~")
    #expect(source["parley:datePrecision"] as? String == "month")
    let decade = try node(graph, "/pos-3")
    #expect(decade["parley:date"] == nil)
    #expect(decade["parley:edtf"] as? String == "201X")
    #expect(decade["parley:datePrecision"] as? String == "decade")
    let season = try node(graph, "/ev-1")
    #expect(season["schema:startDate"] == nil)
    #expect(season["parley:edtf"] as? String == "2022-21")
    #expect(season["parley:datePrecision"] as? String == "season")
  }

  @Test("an interval keeps its EDTF form and types its plain ends")
  func intervals() throws {
    let talk = try node(try graph(), "/geneva-talks")
    #expect(typed(talk["schema:startDate"]) == ["2022-01-10", "xsd:date"])
    #expect(typed(talk["schema:endDate"]) == ["2022-01-11", "xsd:date"])
    #expect(talk["parley:edtf"] as? String == "2022-01-10/2022-01-11")
    #expect(talk["parley:datePrecision"] as? String == "day")
  }

  @Test("periods of roles and relations: typed ends, EDTF when an end is not plain")
  func periods() throws {
    let graph = try graph()
    let person = try node(graph, "/ryabkov")
    let roles = try #require(person["parley:role"] as? [[String: Any]])
    #expect(roles.count == 2)
    #expect(typed(roles[0]["schema:startDate"]) == ["2008-05-12", "xsd:date"])
    #expect(roles[0]["parley:edtf"] == nil)
    #expect(roles[1]["schema:startDate"] == nil)
    #expect(typed(roles[1]["schema:endDate"]) == ["2022-01-10", "xsd:date"])
    #expect(roles[1]["parley:edtf"] as? String == "2021-12~/2022-01-10")
    #expect(roles[1]["parley:datePrecision"] as? String == "day")
    let member = try node(graph, "/rel-1")
    #expect(typed(member["schema:startDate"]) == ["1949-04-04", "xsd:date"])
    #expect(member["parley:edtf"] == nil)
    let leads = try node(graph, "/rel-2")
    #expect(typed(leads["schema:endDate"]) == ["2022-02", "xsd:gYearMonth"])
    #expect(leads["parley:edtf"] as? String == "2022-01?/2022-02")
  }

  @Test("entities are typed by kind and linked to their country")
  func entities() throws {
    let graph = try graph()
    #expect(try node(graph, "/state%3Aru")["@type"] as? String == "schema:Country")
    #expect(
      try node(graph, "/nato")["@type"] as? [String] == ["schema:Organization", "parley:Alliance"])
    #expect(try node(graph, "/mfa")["@type"] as? String == "schema:Organization")
    #expect(try node(graph, "/draft")["@type"] as? String == "schema:CreativeWork")
    #expect(try node(graph, "/west")["@type"] as? String == "schema:Thing")
    let person = try node(graph, "/ryabkov")
    #expect(person["@type"] as? String == "schema:Person")
    #expect((person["schema:nationality"] as? [String: Any])?["@id"] as? String != nil)
    #expect(try node(graph, "/geneva")["schema:containedInPlace"] != nil)
    #expect(try node(graph, "/mfa")["parley:country"] != nil)
    let aliases = try node(graph, "/state%3Aru")["schema:alternateName"] as? [String]
    #expect(aliases == ["Moscow", "the Kremlin"])
  }

  @Test("attributes are PropertyValues, sorted by name, with typed values")
  func attributes() throws {
    let person = try node(try graph(), "/ryabkov")
    let values = try #require(person["schema:additionalProperty"] as? [[String: Any]])
    #expect(values.map { $0["schema:name"] as? String } == ["active", "born", "height", "note"])
    #expect(values[0]["schema:value"] as? Bool == true)
    #expect(values[1]["schema:value"] as? Int == 1960)
    #expect(typed(values[2]["schema:value"]) == ["1.8", "xsd:double"])
    #expect(values[3]["schema:value"] as? String == "a note")
  }

  @Test("provenance: wasDerivedFrom each source once, a qualified derivation per entry")
  func provenance() throws {
    let graph = try graph()
    let statement = try node(graph, "/stmt-1")
    let derived = try #require(statement["prov:wasDerivedFrom"] as? [[String: Any]])
    #expect(
      derived.compactMap { $0["@id"] as? String }.map { $0.hasSuffix("/src-a") } == [true, false])
    let derivations = try #require(statement["prov:qualifiedDerivation"] as? [[String: Any]])
    #expect(derivations.count == 3)
    #expect((derivations[2]["@id"] as? String)?.hasSuffix("/stmt-1/source/3") == true)
    #expect(derivations[2]["parley:quote"] as? String == "guarantees")
    #expect(derivations[0]["parley:method"] as? String == "curated")
    #expect((statement["prov:wasAttributedTo"] as? [String: Any])?["@id"] != nil)
    #expect(statement["schema:isBasedOn"] as? [[String: Any]] != nil)

    let russia = try node(graph, "/state%3Aru")
    let entries = try #require(russia["prov:qualifiedDerivation"] as? [[String: Any]])
    #expect(entries[0]["parley:spanStart"] as? Int == 0)
    #expect(entries[0]["parley:spanEnd"] as? Int == 6)
    #expect(typed(entries[0]["parley:confidence"]) == ["0.9", "xsd:double"])
    #expect(entries[0]["prov:hadActivity"] == nil)
    let activity = try #require(entries[1]["prov:hadActivity"] as? [String: Any])
    #expect(activity["@type"] as? String == "prov:Activity")
    #expect(entries[1]["parley:rule"] as? String == "ner-v1")
    #expect(entries[1]["parley:method"] as? String == "extracted")
    let generated = try #require(russia["prov:wasGeneratedBy"] as? [[String: Any]])
    #expect(generated.first?["@id"] as? String == activity["@id"] as? String)
  }

  @Test("talks: parties, attendees, participations, issues, duration")
  func talks() throws {
    let graph = try graph()
    let talk = try node(graph, "/geneva-talks")
    #expect(talk["@type"] as? [String] == ["schema:Event", "parley:Talk"])
    #expect((talk["parley:party"] as? [Any])?.count == 2)
    #expect((talk["schema:attendee"] as? [Any])?.count == 1)
    let participation = try #require((talk["parley:participation"] as? [[String: Any]])?.first)
    #expect(participation["schema:roleName"] as? String == "head of delegation")
    #expect(typed(talk["schema:duration"]) == ["PT7H30M", "xsd:duration"])
    // xsd:duration has no weeks.
    #expect(try node(graph, "/call-1")["schema:duration"] as? String == "P1W")
  }

  @Test("positions carry the stance as a Parley individual")
  func stance() throws {
    let position = try node(try graph(), "/pos-1")
    #expect((position["parley:stance"] as? [String: Any])?["@id"] as? String == "parley:demands")
    #expect((position["parley:evidence"] as? [[String: Any]])?.count == 1)
  }

  @Test("URLs become IRIs; characters not allowed in IRIs are encoded")
  func urls() throws {
    let source = try node(try graph(), "/src-a")
    #expect(
      (source["schema:url"] as? [String: Any])?["@id"] as? String
        == "https://example.org/a?x=1&y=2")
  }

  @Test("every node IRI is unique")
  func uniqueIRIs() throws {
    var seen = Set<String>()
    func visit(_ value: Any) {
      if let object = value as? [String: Any] {
        if let id = object["@id"] as? String, object.count > 1 {
          #expect(seen.insert(id).inserted, "\(id) is written twice")
        }
        object.values.forEach(visit)
      } else if let array = value as? [Any] {
        array.forEach(visit)
      }
    }
    visit(try graph())
  }

  @Test("the same dossier gives the same bytes")
  func deterministic() throws {
    let input = try dossier(richDossier)
    let first = try render(JSONLDExporter(), input)
    for _ in 0..<3 { #expect(try render(JSONLDExporter(), input) == first) }
  }

  @Test("every Parley term the export uses is defined in docs/vocab/parley.ttl")
  func vocabularyFile() throws {
    let text = try render(JSONLDExporter(), try dossier(richDossier))
    let vocabulary = try String(
      contentsOf: repositoryRoot.appendingPathComponent("docs/vocab/parley.ttl"), encoding: .utf8)
    let defined = Set(
      vocabulary.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("parley:") else { return nil }
        return String(line.dropFirst("parley:".count).prefix { $0.isLetter || $0.isNumber })
      })
    let used = Set(
      text.split(separator: "\"").filter { $0.hasPrefix("parley:") }.map {
        String($0.dropFirst("parley:".count))
      })
    #expect(used.count > 30)
    #expect(used.subtracting(defined).isEmpty, "undefined: \(used.subtracting(defined).sorted())")
  }
}
