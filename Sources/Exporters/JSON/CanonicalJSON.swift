import ParleyCore

/// The canonical JSON form of a dossier: fields in the order the IR's
/// description lists them, absent values and empty lists left out,
/// attributes sorted by name. `parley export -t json` writes it, and reading
/// it back gives the same dossier.
public enum CanonicalJSON {
  /// Writes `dossier` as one JSON document to `output`, pretty-printed with
  /// two spaces or compact, ending with a newline.
  ///
  /// - Throws: ``OutputError`` when the output cannot be written.
  public static func write(_ dossier: Dossier, to output: OutputWriter, pretty: Bool = true)
    throws(OutputError)
  {
    let json = JSONWriter(output: output, pretty: pretty)
    try write(dossier, to: json)
    try json.finish()
  }

  /// Writes `dossier` as a JSON value on `json`, e.g. inside an envelope.
  package static func write(_ dossier: Dossier, to json: JSONWriter) throws(OutputError) {
    let encoder = RecordEncoder(json: json)
    do {
      try encoder.write(dossier)
    } catch let error as OutputError {
      throw error
    } catch {
      preconditionFailure("canonical JSON throws only output errors, not \(error)")
    }
  }
}

/// Writes records of any described kind, field by field.
private final class RecordEncoder: RecordVisitor {
  let json: JSONWriter

  init(json: JSONWriter) { self.json = json }

  func write<Record: DescribedRecord>(_ record: Record) throws {
    try json.beginObject()
    for binding in Record.fields {
      let name = binding.description.name
      switch binding.access {
      case .text(let path):
        try field(name, record[keyPath: path])
      case .optionalText(let path):
        try field(name, record[keyPath: path])
      case .texts(let path):
        let values = record[keyPath: path]
        guard !values.isEmpty else { continue }
        try json.key(name)
        try json.beginArray()
        for value in values { try json.string(value) }
        try json.endArray()
      case .choice(let access):
        try field(name, access.get(record))
      case .date(let path):
        try field(name, record[keyPath: path]?.description)
      case .duration(let path):
        try field(name, record[keyPath: path]?.description)
      case .number(let path):
        guard let number = record[keyPath: path] else { continue }
        try json.key(name)
        try json.number(number)
      case .span(let path):
        guard let span = record[keyPath: path] else { continue }
        try json.key(name)
        try json.beginArray()
        try json.number(span.start)
        try json.number(span.end)
        try json.endArray()
      case .attributes(let path):
        try attributes(name, record[keyPath: path])
      case .records(let nested):
        guard !nested.isEmpty(record) else { continue }
        try nested.visit(record, self, binding.description)
      }
    }
    try json.endObject()
  }

  func visit<Nested: DescribedRecord>(_ records: [Nested], of field: FieldDescription) throws {
    try json.key(field.name)
    try json.beginArray()
    for record in records { try write(record) }
    try json.endArray()
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
