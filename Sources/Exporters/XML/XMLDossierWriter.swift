import ParleyCore
import ParleyLibXML

/// Walks a dossier and writes each record as its ``XMLLayout`` says, field
/// by field through the IR's description.
final class XMLDossierWriter {
  private let writer: XMLStreamWriter
  /// How many characters XML 1.0 cannot carry were replaced with U+FFFD.
  private(set) var replaced = 0
  /// For each record kind, its layout and the index in its description of
  /// each layout field.
  private var plans: [ObjectIdentifier: [(name: String, form: XMLLayout.Form, index: Int)]] = [:]

  init(writer: XMLStreamWriter) { self.writer = writer }

  func write(_ dossier: Dossier) throws {
    try writer.startDocument()
    try writer.startElement("dossier")
    try writer.attribute("xmlns", XMLLayout.namespace)
    try RecordRef.with(dossier) { try writeFields(of: $0) }
    try writer.endElement()
    try writer.endDocument()
  }

  private func writeRecords(_ record: RecordRef, at index: Int, element: String) throws {
    try record.forEachRecord(at: index) { nested in
      try writer.startElement(element)
      try writeFields(of: nested)
      try writer.endElement()
    }
  }

  private func writeFields(of record: RecordRef) throws {
    for (name, form, index) in plan(for: record) {
      switch (form, record.value(at: index)) {
      case (.attribute, .text(let text)):
        try attribute(name, text)
      case (.attribute, .duration(let duration)):
        try attribute(name, duration?.description)
      case (.attribute, .number(let number)):
        try attribute(name, number?.description)
      case (.date, .date(let date)):
        guard let date else { continue }
        try writer.attribute(name, date.description)
        try writer.attribute(name + "-precision", date.precision.description)
      case (.span, .span(let span)):
        guard let span else { continue }
        try attribute("start", String(span.start))
        try attribute("end", String(span.end))
      case (.element, .text(let text)):
        guard let text else { continue }
        try writer.element(name, text: safe(text))
      case (.strings(let element), .texts(let texts)):
        for text in texts { try writer.element(element, text: safe(text)) }
      case (.references(let element), .texts(let ids)):
        for id in ids {
          try writer.startElement(element)
          try attribute("ref", id)
          try writer.endElement()
        }
      case (.records(let element), .records):
        try writeRecords(record, at: index, element: element)
      case (.collection(let element), .records(let count)):
        guard count > 0 else { continue }
        try writer.startElement(name)
        try writeRecords(record, at: index, element: element)
        try writer.endElement()
      case (.attributes, .attributes(let attributes)):
        try writeAttributes(attributes)
      default:
        preconditionFailure("the XML layout of \(name) does not fit its type")
      }
    }
  }

  /// The layout of the record's kind, with each field's index in the description.
  private func plan(for record: RecordRef) -> [(name: String, form: XMLLayout.Form, index: Int)] {
    let type = ObjectIdentifier(record.type)
    if let plan = plans[type] { return plan }
    let kind = record.kind
    let plan = XMLLayout.of(kind.name).fields.map { field in
      guard let index = kind.fieldNames.firstIndex(of: field.name) else {
        preconditionFailure("XML layout names \(kind.name).\(field.name), not in the IR")
      }
      return (field.name, field.form, index)
    }
    plans[type] = plan
    return plan
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

  private func attribute(_ name: String, _ value: String?) throws {
    guard let value else { return }
    try writer.attribute(name, safe(value))
  }

  /// Text with the characters XML 1.0 forbids replaced by U+FFFD.
  private func safe(_ text: String) -> String {
    XMLCharacters.replacingDisallowed(text, count: &replaced)
  }
}
