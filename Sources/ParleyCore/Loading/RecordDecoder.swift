/// Decodes records of any described kind from a syntax tree, field by field
/// as their description lists them, reporting every problem to its log.
///
/// A record is kept even when some fields are wrong, with placeholders for
/// them, so the validator can still check its references and report every
/// problem in one run. The placeholders never escape: any problem fails the
/// load. Only a record without its key (an id, a role's title …) is dropped.
package struct RecordDecoder {
  /// Where problems go.
  package let log: DecodeLog
  /// Ids of entities whose kind could not be read; references to them are
  /// not checked for kind.
  package private(set) var entitiesOfUnknownKind: Set<String> = []

  /// Creates a decoder reporting to `log`.
  package init(log: DecodeLog) { self.log = log }

  /// The record `node` holds, or `nil` when it is not an object or has no key.
  package mutating func decode<Record: DescribedRecord>(
    _ type: Record.Type, _ node: SyntaxNode, at path: PendingPath
  ) -> Record? {
    let description = Record.recordDescription
    guard
      let fields = FieldReader(
        node, path: path, log: log, allowed: description.fieldNames, what: description.noun)
    else { return nil }
    var record = Record.placeholder
    var hasKey = true
    var kindIsUnknown = false
    let bindings = Record.fields
    for index in bindings.indices {
      guard !read(bindings[index], into: &record, from: fields) else { continue }
      if index == 0 {
        hasKey = false
      } else if bindings[index].reading.name == "kind" {
        kindIsUnknown = true
      }
    }
    guard hasKey else { return nil }
    if kindIsUnknown, let entity = record as? Entity { entitiesOfUnknownKind.insert(entity.id) }
    return record
  }

  /// Reads one field into `record`; `false` when it is absent or unreadable.
  package mutating func read<Record>(
    _ binding: FieldBinding<Record>, into record: inout Record, from fields: FieldReader
  ) -> Bool {
    let field = binding.reading
    let name = field.name
    switch binding.access {
    case .text(let property):
      guard let value = text(field, from: fields) else { return false }
      property.set(&record, value)
    case .optionalText(let property):
      return Self.set(property, text(field, from: fields), in: &record)
    case .texts(let property):
      property.set(&record, fields.strings(name, ids: field.holdsIDs))
    case .choice(let access):
      guard let raw = fields.string(name, required: field.isRequired) else { return false }
      guard access.set(&record, raw) else {
        if case .choice(let names) = binding.description.type {
          fields.reportInvalidChoice(name, raw, names)
        }
        return false
      }
    case .date(let property): return Self.set(property, fields.date(name), in: &record)
    case .duration(let property): return Self.set(property, fields.duration(name), in: &record)
    case .number(let property): return Self.set(property, fields.double(name), in: &record)
    case .span(let property): return Self.set(property, fields.span(name), in: &record)
    case .attributes(let property):
      property.set(&record, fields.attributes(name))
    case .records(let nested):
      let elements = fields.list(name)
      guard !elements.isEmpty else { return true }
      nested.decode(&record, elements, fields.path.appending(name), &self)
    }
    return true
  }

  /// Sets an optional field; `false` when the value is absent.
  private static func set<Record, Value>(
    _ property: Property<Record, Value?>, _ value: Value?, in record: inout Record
  ) -> Bool {
    property.set(&record, value)
    return value != nil
  }

  /// A string field, checked as an id when it is one.
  private func text(_ field: FieldReading, from fields: FieldReader) -> String? {
    field.holdsIDs
      ? fields.id(field.name, required: field.isRequired)
      : fields.string(field.name, required: field.isRequired, hint: field.typeHint)
  }
}

extension FieldConstraint {
  /// What to do when the field holds a value of the wrong type.
  var typeHint: String? {
    self == .cameoCode ? "write CAMEO codes as strings, e.g. \"036\": leading zeros matter" : nil
  }
}
