import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyXML

/// The XML layout and the shipped XSD against the IR's description: a field
/// added to a record and missing from either fails here.
@Suite("XML layout and XSD")
struct XMLLayoutTests {
  @Test("every record kind has a layout with exactly its fields, each once")
  func layoutCoversTheDescription() {
    for kind in IRDescription.allKinds {
      let layout = XMLLayout.all[kind.name]
      #expect(layout != nil, "no XML layout for \(kind.name)")
      let names = layout?.fields.map(\.name) ?? []
      #expect(names.sorted() == kind.fieldNames.sorted(), "\(kind.name)")
      #expect(Set(names).count == names.count, "\(kind.name) repeats a field")
    }
    #expect(Set(XMLLayout.all.keys) == Set(IRDescription.allKinds.map(\.name)))
  }

  @Test("each field's form fits its type")
  func formsFitTypes() {
    for kind in IRDescription.allKinds {
      for (name, form) in XMLLayout.of(kind.name).fields {
        let type = kind.field(named: name)!.type
        let fits: Bool
        switch (form, type) {
        case (.attribute, .identifier), (.attribute, .text), (.attribute, .reference),
          (.attribute, .choice), (.attribute, .duration), (.attribute, .number),
          (.date, .date), (.span, .span), (.element, .text), (.strings, .texts),
          (.references, .references), (.records, .records), (.collection, .records),
          (.attributes, .attributes):
          fits = true
        default:
          fits = false
        }
        #expect(fits, "\(kind.name).\(name) is a \(type) written as \(form)")
      }
    }
  }

  /// The attributes and child elements the XSD declares for each named
  /// complex type, and which of them are required.
  static func schemaTypes() -> [String: (attributes: [String: Bool], elements: [String: Bool])] {
    let text = XMLSchemaDefinition.text
    var types: [String: (attributes: [String: Bool], elements: [String: Bool])] = [:]
    let blocks = text.components(separatedBy: "<xs:complexType name=\"").dropFirst()
    for block in blocks {
      let name = String(block.prefix { $0 != "\"" })
      let body = block.components(separatedBy: "</xs:complexType>")[0]
      var attributes: [String: Bool] = [:]
      var elements: [String: Bool] = [:]
      for line in body.split(separator: "\n") {
        guard let start = line.range(of: " name=\"") else { continue }
        let declared = String(line[start.upperBound...].prefix { $0 != "\"" })
        if line.contains("<xs:attribute ") {
          attributes[declared] = line.contains("use=\"required\"")
        } else if line.contains("<xs:element ") {
          elements[declared] = !line.contains("minOccurs=\"0\"")
        }
      }
      types[name] = (attributes, elements)
    }
    return types
  }

  @Test("the XSD declares every field as the layout writes it, required where the IR requires it")
  func schemaAgrees() {
    let types = Self.schemaTypes()
    for kind in IRDescription.allKinds {
      let typeName = kind.name.prefix(1).uppercased() + kind.name.dropFirst()
      guard let declared = types[typeName] else {
        Issue.record("the XSD has no complex type \(typeName)")
        continue
      }
      var attributes: [String: Bool] = [:]
      var elements: [String: Bool] = [:]
      for (name, form) in XMLLayout.of(kind.name).fields {
        let required = kind.field(named: name)!.isRequired
        switch form {
        case .attribute: attributes[name] = required
        case .date:
          attributes[name] = required
          attributes[name + "-precision"] = required
        case .span:
          attributes["start"] = false
          attributes["end"] = false
        case .element: elements[name] = required
        case .collection: elements[name] = false
        case .strings, .references, .records, .attributes: elements[form.childElement!] = false
        }
      }
      #expect(declared.attributes == attributes, "attributes of \(typeName)")
      #expect(declared.elements == elements, "elements of \(typeName)")
    }
  }
}
