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

extension CanonicalJSON {
  /// The field at `index` of `record` as compact canonical JSON, or `nil`
  /// when canonical JSON leaves it out (absent, or an empty list).
  package static func field(at index: Int, of record: RecordRef) -> String? {
    let output = OutputWriter(inMemory: "a field")
    let json = JSONWriter(output: output, pretty: false)
    do {
      try json.beginObject()
      try RecordEncoder(json: json).write(field: index, of: record)
      try json.endObject()
      try json.finish()
    } catch {
      preconditionFailure("an in-memory JSON writer does not fail: \(error)")
    }
    // `{"name":VALUE}\n` → VALUE; `{}\n` when the field was left out.
    let text = String(decoding: output.collected, as: UTF8.self)
    guard let colon = text.firstIndex(of: ":") else { return nil }
    return String(text[text.index(after: colon)...].dropLast(2))
  }
}

/// Writes records of any described kind, field by field.
private struct RecordEncoder {
  let json: JSONWriter

  func write(_ record: RecordRef) throws {
    try json.beginObject()
    for index in record.kind.fields.indices { try write(field: index, of: record) }
    try json.endObject()
  }

  /// Writes the field at `index` as a key and its value, or nothing when
  /// canonical JSON leaves it out.
  func write(field index: Int, of record: RecordRef) throws {
    let name = record.kind.fields[index].name
    switch record.value(at: index) {
    case .text(let value):
      try self.field(name, value)
    case .texts(let values):
      guard !values.isEmpty else { return }
      try json.key(name)
      try json.beginArray()
      for value in values { try json.string(value) }
      try json.endArray()
    case .date(let date):
      try self.field(name, date?.description)
    case .duration(let duration):
      try self.field(name, duration?.description)
    case .number(let number):
      guard let number else { return }
      try json.key(name)
      try json.number(number)
    case .span(let span):
      guard let span else { return }
      try json.key(name)
      try json.beginArray()
      try json.number(span.start)
      try json.number(span.end)
      try json.endArray()
    case .attributes(let attributes):
      try self.attributes(name, attributes)
    case .records(let count):
      guard count > 0 else { return }
      try json.key(name)
      try json.beginArray()
      try record.forEachRecord(at: index) { try write($0) }
      try json.endArray()
    }
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
