import Foundation
import ParleyCore

/// A dossier with every field of every record kind set, made by walking the
/// IR's description: adding a field to a record adds it here, so a reader,
/// writer or schema that misses it fails the tests that use this dossier.
///
/// There is one entity of each kind, so that every reference can point to a
/// record of an allowed kind; every other collection has one record.
package enum EveryField {
  /// The dossier as JSON, fields in the description's order.
  package static var json: String {
    var text = ""
    write(record(IRDescription.dossier, index: 0), to: &text)
    return text
  }

  /// The dossier as block-style YAML, strings double-quoted.
  package static var yaml: String {
    var text = "# Every field of every record kind.\n"
    writeYAML(record(IRDescription.dossier, index: 0), indent: "", to: &text)
    return text
  }

  /// The text of the one source, which provenance spans point into.
  package static let sourceText = "Every field is set."

  /// The value of one field of a record, as a JSON-like tree.
  private indirect enum Value {
    case string(String)
    case number(String)
    case bool(Bool)
    case list([Value])
    case object([(String, Value)])
  }

  private static func record(_ kind: RecordDescription, index: Int) -> Value {
    .object(kind.fields.map { ($0.name, value(of: $0, in: kind, index: index)) })
  }

  private static func value(of field: FieldDescription, in kind: RecordDescription, index: Int)
    -> Value
  {
    switch (kind.name, field.name) {
    case ("source", "text"): return .string(sourceText)
    case ("provenance", "quote"): return .string("Every")
    case ("entity", "kind"): return .string(Entity.Kind.allCases[index].rawValue)
    default: break
    }
    switch field.constraint {
    case .irVersion?: return .string(IRVersion.current.description)
    case .sha256?: return .string(String(repeating: "ab", count: 32))
    case .cameoCode?: return .string("036")
    case .unitInterval?: return .number("0.5")
    case nil: break
    }
    switch field.type {
    case .identifier:
      return .string(kind.name == "entity" ? "entity-\(Entity.Kind.allCases[index])" : kind.name)
    case .text:
      return .string("\(kind.name) \(field.name): <&> \"quoted\" — Ωμέγα 👋🏽")
    case .texts:
      return .list([.string("\(field.name) one"), .string("\(field.name) two")])
    case .reference(let target):
      return .string(id(target))
    case .references(let target):
      return .list([.string(id(target))])
    case .choice(let choices):
      return .string(choices[choices.count - 1])
    case .date:
      return .string("2022-01-10")
    case .duration:
      return .string("PT7H30M")
    case .number:
      return .number("0.25")
    case .span:
      return .list([.number("0"), .number("5")])
    case .attributes:
      return .object([
        ("count", .number("3")), ("flag", .bool(true)), ("note", .string("a note")),
        ("share", .number("1.5")),
      ])
    case .records(let nested):
      let count = nested.name == "entity" ? Entity.Kind.allCases.count : 1
      return .list((0..<count).map { record(nested, index: $0) })
    }
  }

  /// The id of a record `target` allows: for entities, the first kind allowed.
  private static func id(_ target: ReferenceTarget) -> String {
    switch target {
    case .entity(let kinds?):
      "entity-" + Entity.Kind.allCases.first { kinds.contains($0) }!.rawValue
    case .entity(nil): "entity-person"
    default: String(target.collection.dropLast(target.collection == "entities" ? 3 : 1))
    }
  }

  private static func write(_ value: Value, to text: inout String) {
    switch value {
    case .string(let string):
      // Quotes and backslashes escaped, the rest as it is: valid in JSON and
      // in a YAML double-quoted scalar.
      text +=
        "\""
        + string.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"") + "\""
    case .number(let number): text += number
    case .bool(let flag): text += flag ? "true" : "false"
    case .list(let values):
      text += "["
      for (index, value) in values.enumerated() {
        if index > 0 { text += ", " }
        write(value, to: &text)
      }
      text += "]"
    case .object(let fields):
      text += "{"
      for (index, (key, value)) in fields.enumerated() {
        if index > 0 { text += ", " }
        write(.string(key), to: &text)
        text += ": "
        write(value, to: &text)
      }
      text += "}"
    }
  }

  private static func writeYAML(_ value: Value, indent: String, to text: inout String) {
    guard case .object(let fields) = value else { return }
    for (key, value) in fields {
      text += indent + key + ":"
      switch value {
      case .object:
        text += "\n"
        writeYAML(value, indent: indent + "  ", to: &text)
      case .list(let elements):
        text += "\n"
        for element in elements {
          if case .object = element {
            var nested = ""
            writeYAML(element, indent: indent + "    ", to: &nested)
            text += indent + "  - " + nested.dropFirst(indent.count + 4)
          } else {
            text += indent + "  - "
            write(element, to: &text)
            text += "\n"
          }
        }
      default:
        text += " "
        write(value, to: &text)
        text += "\n"
      }
    }
  }
}
