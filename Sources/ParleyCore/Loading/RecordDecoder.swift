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
    _ type: Record.Type, _ node: SyntaxNode, at path: IRPath
  ) -> Record? {
    let description = Record.recordDescription
    guard
      let fields = FieldReader(
        node, path: path, log: log, allowed: description.fieldNames, what: description.noun)
    else { return nil }
    var record = Record.placeholder
    var hasKey = true
    var kindIsUnknown = false
    for (index, binding) in Record.fields.enumerated() {
      guard !read(binding, into: &record, from: fields) else { continue }
      if index == 0 {
        hasKey = false
      } else if binding.description.name == "kind" {
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
    let field = binding.description
    let name = field.name
    switch binding.access {
    case .text(let path):
      guard let value = text(field, from: fields) else { return false }
      record[keyPath: path] = value
    case .optionalText(let path):
      record[keyPath: path] = text(field, from: fields)
      return record[keyPath: path] != nil
    case .texts(let path):
      record[keyPath: path] = fields.strings(name, ids: field.referenceTarget != nil)
    case .choice(let access):
      guard let raw = fields.string(name, required: field.isRequired) else { return false }
      guard access.set(&record, raw) else {
        if case .choice(let names) = field.type { fields.reportInvalidChoice(name, raw, names) }
        return false
      }
    case .date(let path): return Self.set(path, fields.date(name), in: &record)
    case .duration(let path): return Self.set(path, fields.duration(name), in: &record)
    case .number(let path): return Self.set(path, fields.double(name), in: &record)
    case .span(let path): return Self.set(path, fields.span(name), in: &record)
    case .attributes(let path):
      record[keyPath: path] = fields.attributes(name)
    case .records(let nested):
      nested.decode(&record, fields.list(name), &self)
    }
    return true
  }

  /// Sets an optional field; `false` when the value is absent.
  private static func set<Record, Value>(
    _ path: WritableKeyPath<Record, Value?>, _ value: Value?, in record: inout Record
  ) -> Bool {
    record[keyPath: path] = value
    return value != nil
  }

  /// A string field, checked as an id when it is one.
  private func text(_ field: FieldDescription, from fields: FieldReader) -> String? {
    switch field.type {
    case .identifier, .reference:
      fields.id(field.name, required: field.isRequired)
    default:
      fields.string(field.name, required: field.isRequired, hint: field.constraint?.typeHint)
    }
  }
}

extension FieldConstraint {
  /// What to do when the field holds a value of the wrong type.
  var typeHint: String? {
    self == .cameoCode ? "write CAMEO codes as strings, e.g. \"036\": leading zeros matter" : nil
  }
}
