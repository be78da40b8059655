/// A field's description and the property of `Record` that holds it.
///
/// Tables of bindings are written with the factory methods below; the
/// property's type says whether the field is required (a non-optional
/// string or choice) or not.
package struct FieldBinding<Record>: Sendable {
  /// The description every format sees.
  package let description: FieldDescription
  /// How to get and set the value.
  package let access: FieldAccess<Record>
}

/// The property behind a field, by the Swift type of its value.
package enum FieldAccess<Record>: Sendable {
  /// A required string: ids, references, text.
  case text(WritableKeyPath<Record, String> & Sendable)
  /// An optional string.
  case optionalText(WritableKeyPath<Record, String?> & Sendable)
  /// A list of strings or ids.
  case texts(WritableKeyPath<Record, [String]> & Sendable)
  /// One of a fixed set of words.
  case choice(ChoiceAccess<Record>)
  /// An EDTF date.
  case date(WritableKeyPath<Record, EDTFDate?> & Sendable)
  /// An ISO 8601 duration.
  case duration(WritableKeyPath<Record, ISODuration?> & Sendable)
  /// A real number.
  case number(WritableKeyPath<Record, Double?> & Sendable)
  /// A text span.
  case span(WritableKeyPath<Record, TextSpan?> & Sendable)
  /// Free attributes.
  case attributes(WritableKeyPath<Record, [String: AttributeValue]> & Sendable)
  /// Nested records.
  case records(NestedAccess<Record>)
}

/// Gets and sets a field whose value is one of an enumeration's raw values.
package struct ChoiceAccess<Record>: Sendable {
  /// The raw value, or `nil` when absent.
  package let get: @Sendable (Record) -> String?
  /// Sets the value from a raw value; `false` when it is not one.
  package let set: @Sendable (inout Record, String) -> Bool
}

/// Reads and walks a field holding a list of nested records.
package struct NestedAccess<Record>: Sendable {
  /// Decodes the list's elements into the record.
  package let decode: @Sendable (inout Record, [(SyntaxNode, IRPath)], inout RecordDecoder) -> Void
  /// Decodes one more element and appends it, for streaming readers.
  package let append: @Sendable (inout Record, SyntaxNode, IRPath, inout RecordDecoder) -> Void
  /// Hands the list to a visitor with its concrete element type.
  package let visit: @Sendable (Record, any RecordVisitor, FieldDescription) throws -> Void
  /// Whether the list is empty.
  package let isEmpty: @Sendable (Record) -> Bool
}

extension FieldBinding {
  private init(
    _ name: String, _ type: FieldType, required: Bool = false,
    constraint: FieldConstraint? = nil, _ access: FieldAccess<Record>
  ) {
    self.description = FieldDescription(
      name: name, type: type, isRequired: required, constraint: constraint)
    self.access = access
  }

  /// The record's id, `id`.
  package static func id(_ path: WritableKeyPath<Record, String> & Sendable) -> Self {
    Self("id", .identifier, required: true, .text(path))
  }

  /// A required string.
  package static func text(
    _ name: String, _ path: WritableKeyPath<Record, String> & Sendable,
    constraint: FieldConstraint? = nil
  ) -> Self {
    Self(name, .text, required: true, constraint: constraint, .text(path))
  }

  /// An optional string.
  package static func text(
    _ name: String, _ path: WritableKeyPath<Record, String?> & Sendable,
    constraint: FieldConstraint? = nil
  ) -> Self {
    Self(name, .text, constraint: constraint, .optionalText(path))
  }

  /// A list of strings.
  package static func texts(_ name: String, _ path: WritableKeyPath<Record, [String]> & Sendable)
    -> Self
  {
    Self(name, .texts, .texts(path))
  }

  /// A required reference.
  package static func reference(
    _ name: String, _ path: WritableKeyPath<Record, String> & Sendable, to target: ReferenceTarget
  ) -> Self {
    Self(name, .reference(target), required: true, .text(path))
  }

  /// An optional reference.
  package static func reference(
    _ name: String, _ path: WritableKeyPath<Record, String?> & Sendable, to target: ReferenceTarget
  ) -> Self {
    Self(name, .reference(target), .optionalText(path))
  }

  /// A list of references.
  package static func references(
    _ name: String, _ path: WritableKeyPath<Record, [String]> & Sendable, to target: ReferenceTarget
  ) -> Self {
    Self(name, .references(target), .texts(path))
  }

  /// A required choice among an enumeration's raw values.
  package static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Record, Choice> & Sendable
  ) -> Self where Choice.RawValue == String {
    let access = ChoiceAccess<Record>(
      get: { $0[keyPath: path].rawValue },
      set: { record, raw in
        guard let value = Choice(rawValue: raw) else { return false }
        record[keyPath: path] = value
        return true
      })
    return Self(name, .choice(Choice.allCases.map(\.rawValue)), required: true, .choice(access))
  }

  /// An optional choice among an enumeration's raw values.
  package static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Record, Choice?> & Sendable
  ) -> Self where Choice.RawValue == String {
    let access = ChoiceAccess<Record>(
      get: { $0[keyPath: path]?.rawValue },
      set: { record, raw in
        guard let value = Choice(rawValue: raw) else { return false }
        record[keyPath: path] = value
        return true
      })
    return Self(name, .choice(Choice.allCases.map(\.rawValue)), .choice(access))
  }

  /// An EDTF date.
  package static func date(_ name: String, _ path: WritableKeyPath<Record, EDTFDate?> & Sendable)
    -> Self
  {
    Self(name, .date, .date(path))
  }

  /// An ISO 8601 duration.
  package static func duration(
    _ name: String, _ path: WritableKeyPath<Record, ISODuration?> & Sendable
  ) -> Self {
    Self(name, .duration, .duration(path))
  }

  /// A real number.
  package static func number(
    _ name: String, _ path: WritableKeyPath<Record, Double?> & Sendable,
    constraint: FieldConstraint? = nil
  ) -> Self {
    Self(name, .number, constraint: constraint, .number(path))
  }

  /// A text span.
  package static func span(_ name: String, _ path: WritableKeyPath<Record, TextSpan?> & Sendable)
    -> Self
  {
    Self(name, .span, .span(path))
  }

  /// Free attributes.
  package static func attributes(
    _ name: String, _ path: WritableKeyPath<Record, [String: AttributeValue]> & Sendable
  ) -> Self {
    Self(name, .attributes, .attributes(path))
  }

  /// A list of nested records.
  package static func records<Nested: DescribedRecord>(
    _ name: String, _ path: WritableKeyPath<Record, [Nested]> & Sendable
  ) -> Self {
    let access = NestedAccess<Record>(
      decode: { record, elements, decoder in
        record[keyPath: path] = elements.compactMap { decoder.decode(Nested.self, $0.0, at: $0.1) }
      },
      append: { record, element, elementPath, decoder in
        if let decoded = decoder.decode(Nested.self, element, at: elementPath) {
          record[keyPath: path].append(decoded)
        }
      },
      visit: { record, visitor, field in try visitor.visit(record[keyPath: path], of: field) },
      isEmpty: { $0[keyPath: path].isEmpty })
    return Self(name, .records(Nested.recordDescription), .records(access))
  }
}
