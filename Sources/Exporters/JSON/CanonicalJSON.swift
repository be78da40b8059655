import ParleyCore

/// The canonical JSON form of a dossier: fields in the order the IR's
/// description lists them, absent values and empty lists left out,
/// attributes sorted by name. `parley export -t json` writes it, and reading
/// it back gives the same dossier.
package enum CanonicalJSON {
  /// Writes `dossier` as one JSON document to `output`, pretty-printed with
  /// two spaces or compact, ending with a newline.
  ///
  /// - Throws: ``OutputError`` when the output cannot be written.
  package static func write(_ dossier: Dossier, to output: OutputWriter, pretty: Bool = true)
    throws(OutputError)
  {
    let json = JSONWriter(output: output, pretty: pretty)
    try write(dossier, to: json)
    try json.finish()
  }

  /// Writes `dossier` as a JSON value on `json`, e.g. inside an envelope.
  package static func write(_ dossier: Dossier, to json: JSONWriter) throws(OutputError) {
    do {
      try RecordRef.with(dossier) { try RecordEncoder(json: json).write($0) }
    } catch let error as OutputError {
      throw error
    } catch {
      preconditionFailure("canonical JSON throws only output errors, not \(error)")
    }
  }
}

/// Writes records of any described kind, field by field.
private struct RecordEncoder {
  let json: JSONWriter

  func write(_ record: RecordRef) throws {
    try json.beginObject()
    for (index, field) in record.kind.fields.enumerated() {
      let name = field.name
      switch record.value(at: index) {
      case .text(let value):
        try self.field(name, value)
      case .texts(let values):
        guard !values.isEmpty else { continue }
        try json.key(name)
        try json.beginArray()
        for value in values { try json.string(value) }
        try json.endArray()
      case .date(let date):
        try self.field(name, date?.description)
      case .duration(let duration):
        try self.field(name, duration?.description)
      case .number(let number):
        guard let number else { continue }
        try json.key(name)
        try json.number(number)
      case .span(let span):
        guard let span else { continue }
        try json.key(name)
        try json.beginArray()
        try json.number(span.start)
        try json.number(span.end)
        try json.endArray()
      case .attributes(let attributes):
        try self.attributes(name, attributes)
      case .records(let count):
        guard count > 0 else { continue }
        try json.key(name)
        try json.beginArray()
        try record.forEachRecord(at: index) { try write($0) }
        try json.endArray()
      }
    }
    try json.endObject()
  }

  private func field(_ key: String, _ value: String?) throws(OutputError) {
    guard let value else { return }
    try json.key(key)
    try json.string(value)
  }

  private func attributes(_ key: String, _ attributes: [String: AttributeValue])
    throws(OutputError)
  {
    guard !attributes.isEmpty else { return }
    try json.key(key)
    try json.beginObject()
    for name in attributes.keys.sorted() {
      try json.key(name)
      switch attributes[name]! {
      case .string(let text): try json.string(text)
      case .integer(let number): try json.number(number)
      case .number(let number): try json.number(number)
      case .boolean(let flag): try json.bool(flag)
      }
    }
    try json.endObject()
  }
}
