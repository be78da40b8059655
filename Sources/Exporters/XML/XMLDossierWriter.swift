import ParleyCore
import ParleyLibXML

/// Walks a dossier and writes each record as its ``XMLLayout`` says, field
/// by field through the IR's description.
final class XMLDossierWriter: RecordVisitor {
  private let writer: XMLStreamWriter
  /// How many characters XML 1.0 cannot carry were replaced with U+FFFD.
  private(set) var replaced = 0
  /// The element name of the records of the list being visited.
  private var recordElement = ""
  /// For each record kind, the index in its bindings of each layout field.
  private var bindingIndexes: [String: [Int]] = [:]

  init(writer: XMLStreamWriter) { self.writer = writer }

  func write(_ dossier: Dossier) throws {
    try writer.startDocument()
    try writer.startElement("dossier")
    try writer.attribute("xmlns", XMLLayout.namespace)
    try writeFields(of: dossier)
    try writer.endElement()
    try writer.endDocument()
  }

  func visit<Record: DescribedRecord>(_ records: [Record], of field: FieldDescription) throws {
    let element = recordElement
    for record in records {
      try writer.startElement(element)
      try writeFields(of: record)
      try writer.endElement()
    }
  }

  private func writeFields<Record: DescribedRecord>(of record: Record) throws {
    let kind = Record.recordDescription.name
    let layout = XMLLayout.of(kind)
    let indexes = bindingIndexes[kind] ?? Self.indexes(of: Record.self, in: layout)
    bindingIndexes[kind] = indexes
    for ((name, form), index) in zip(layout.fields, indexes) {
      let binding = Record.fields[index]
      switch (form, binding.access) {
      case (.attribute, _):
        try attribute(name, Self.text(of: record, binding))
      case (.date, .date(let path)):
        guard let date = record[keyPath: path] else { continue }
        try writer.attribute(name, date.description)
        try writer.attribute(name + "-precision", date.precision.description)
      case (.span, .span(let path)):
        guard let span = record[keyPath: path] else { continue }
        try attribute("start", String(span.start))
        try attribute("end", String(span.end))
      case (.element, _):
        guard let text = Self.text(of: record, binding) else { continue }
        try writer.element(name, text: safe(text))
      case (.strings(let element), .texts(let path)):
        for text in record[keyPath: path] { try writer.element(element, text: safe(text)) }
      case (.references(let element), .texts(let path)):
        for id in record[keyPath: path] {
          try writer.startElement(element)
          try attribute("ref", id)
          try writer.endElement()
        }
      case (.records(let element), .records(let nested)):
        recordElement = element
        try nested.visit(record, self, binding.description)
      case (.collection(let element), .records(let nested)):
        guard !nested.isEmpty(record) else { continue }
        try writer.startElement(name)
        recordElement = element
        try nested.visit(record, self, binding.description)
        try writer.endElement()
      case (.attributes, .attributes(let path)):
        try writeAttributes(record[keyPath: path])
      default:
        preconditionFailure("XML layout of \(kind).\(name) does not fit its type")
      }
    }
  }

  /// Free attributes, sorted by name, each with its type.
  private func writeAttributes(_ attributes: [String: AttributeValue]) throws {
    for name in attributes.keys.sorted() {
      try writer.startElement("attribute")
      try attribute("name", name)
      let (type, text): (String, String)
      switch attributes[name]! {
      case .string(let value): (type, text) = ("string", value)
      case .integer(let value): (type, text) = ("integer", String(value))
      case .number(let value): (type, text) = ("number", value.description)
      case .boolean(let value): (type, text) = ("boolean", value ? "true" : "false")
      }
      try writer.attribute("type", type)
      if !text.isEmpty { try writer.text(safe(text)) }
      try writer.endElement()
    }
  }

  /// The value of a scalar field as XML text: a string, a choice, a
  /// duration or a number.
  private static func text<Record>(of record: Record, _ binding: FieldBinding<Record>) -> String? {
    switch binding.access {
    case .text(let path): record[keyPath: path]
    case .optionalText(let path): record[keyPath: path]
    case .choice(let access): access.get(record)
    case .duration(let path): record[keyPath: path]?.description
    case .number(let path): record[keyPath: path]?.description
    default: nil
    }
  }

  private static func indexes<Record: DescribedRecord>(of type: Record.Type, in layout: XMLLayout)
    -> [Int]
  {
    layout.fields.map { field in
      guard let index = Record.fields.firstIndex(where: { $0.description.name == field.name })
      else { preconditionFailure("XML layout names \(layout.kind).\(field.name), not in the IR") }
      return index
    }
  }

  private func attribute(_ name: String, _ value: String?) throws {
    guard let value else { return }
    try writer.attribute(name, safe(value))
  }

  /// Text with the characters XML 1.0 forbids replaced by U+FFFD.
  private func safe(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(XMLCharacters.isAllowed) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if !XMLCharacters.isAllowed(scalar) {
        replaced += 1
        result.append("\u{FFFD}")
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
