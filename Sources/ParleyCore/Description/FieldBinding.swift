/// A field's description and the property of `Record` that holds it.
///
/// Tables of bindings are written with the factory methods below; the
/// property's type says whether the field is required (a non-optional
/// string or choice) or not. A class, so that a walk through a table copies a
/// reference, not every part of a field's description.
package final class FieldBinding<Record>: Sendable {
  /// The description every format sees.
  package let description: FieldDescription
  /// How to get and set the value.
  package let access: FieldAccess<Record>
  /// How a reader reads the field, worked out once from the description:
  /// readers touch only this and ``access`` for each field of each record.
  package let reading: FieldReading

  /// Binds `description` to `access`.
  init(description: FieldDescription, access: FieldAccess<Record>) {
    self.description = description
    self.access = access
    let holdsIDs =
      switch description.type {
      case .identifier, .reference, .references: true
      default: false
      }
    reading = FieldReading(
      name: description.name, isRequired: description.isRequired, holdsIDs: holdsIDs,
      typeHint: description.constraint?.typeHint)
  }
}

/// What a reader needs of a field, in values that cost nothing to copy.
package struct FieldReading: Sendable {
  /// The field's name.
  package let name: String
  /// Whether every record must have it.
  package let isRequired: Bool
  /// Whether its strings are ids, checked for the id syntax.
  package let holdsIDs: Bool
  /// What to say when the value has the wrong type.
  package let typeHint: String?
}

/// The property behind a field, by the Swift type of its value.
package enum FieldAccess<Record>: Sendable {
  /// A required string: ids, references, text.
  case text(Property<Record, String>)
  /// An optional string.
  case optionalText(Property<Record, String?>)
  /// A list of strings or ids.
  case texts(Property<Record, [String]>)
  /// One of a fixed set of words.
  case choice(ChoiceAccess<Record>)
  /// An EDTF date.
  case date(Property<Record, EDTFDate?>)
  /// An ISO 8601 duration.
  case duration(Property<Record, ISODuration?>)
  /// A real number.
  case number(Property<Record, Double?>)
  /// A text span.
  case span(Property<Record, TextSpan?>)
  /// Free attributes.
  case attributes(Property<Record, [String: AttributeValue]>)
  /// Nested records.
  case records(NestedAccess<Record>)
}

/// Gets and sets a field whose value is one of an enumeration's raw values.
package struct ChoiceAccess<Record>: Sendable {
  /// The raw value in the record at a pointer, or `nil` when absent.
  package let get: @Sendable (UnsafeRawPointer) -> String?
  /// Sets the value from a raw value; `false` when it is not one.
  package let set: @Sendable (inout Record, String) -> Bool
}

/// Reads and walks a field holding a list of nested records; each closure is
/// made for the nested type, so none dispatches generically.
package struct NestedAccess<Record>: Sendable {
  /// Decodes the list's elements into the record.
  package let decode: @Sendable (inout Record, [SyntaxNode], IRPath, inout RecordDecoder) -> Void
  /// Decodes one more element and appends it, for streaming readers.
  package let append: @Sendable (inout Record, SyntaxNode, PendingPath, inout RecordDecoder) -> Void
  /// Calls the body with each element in place, until it returns `false`.
  package let forEach: @Sendable (UnsafeRawPointer, (RecordRef) -> Bool) -> Void
  /// How many elements the list in the record at a pointer has.
  package let count: @Sendable (UnsafeRawPointer) -> Int
}

extension FieldBinding {
  private convenience init(
    _ name: String, _ type: FieldType, required: Bool = false,
    constraint: FieldConstraint? = nil, _ access: FieldAccess<Record>
  ) {
    self.init(
      description: FieldDescription(
        name: name, type: type, isRequired: required, constraint: constraint),
      access: access)
  }

  /// The record's id, `id`.
  package static func id(_ path: WritableKeyPath<Record, String> & Sendable) -> Self {
    Self("id", .identifier, required: true, .text(Property(path)))
  }

  /// A required string.
  package static func text(
    _ name: String, _ path: WritableKeyPath<Record, String> & Sendable,
    constraint: FieldConstraint? = nil
  ) -> Self {
    Self(name, .text, required: true, constraint: constraint, .text(Property(path)))
  }

  /// An optional string.
  package static func text(
    _ name: String, _ path: WritableKeyPath<Record, String?> & Sendable,
    constraint: FieldConstraint? = nil
  ) -> Self {
    Self(name, .text, constraint: constraint, .optionalText(Property(path)))
  }

  /// A list of strings.
  package static func texts(_ name: String, _ path: WritableKeyPath<Record, [String]> & Sendable)
    -> Self
  {
    Self(name, .texts, .texts(Property(path)))
  }

  /// A required reference.
  package static func reference(
    _ name: String, _ path: WritableKeyPath<Record, String> & Sendable, to target: ReferenceTarget
  ) -> Self {
    Self(name, .reference(target), required: true, .text(Property(path)))
  }

  /// An optional reference.
  package static func reference(
    _ name: String, _ path: WritableKeyPath<Record, String?> & Sendable, to target: ReferenceTarget
  ) -> Self {
    Self(name, .reference(target), .optionalText(Property(path)))
  }

  /// A list of references.
  package static func references(
    _ name: String, _ path: WritableKeyPath<Record, [String]> & Sendable, to target: ReferenceTarget
  ) -> Self {
    Self(name, .references(target), .texts(Property(path)))
  }

  /// A required choice among an enumeration's raw values.
  package static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Record, Choice> & Sendable
  ) -> Self where Choice.RawValue == String {
    let property = Property(path)
    let access = ChoiceAccess<Record>(
      get: { property.get($0).rawValue },
      set: { record, raw in
        guard let value = Choice(rawValue: raw) else { return false }
        property.set(&record, value)
        return true
      })
    return Self(name, .choice(Choice.allCases.map(\.rawValue)), required: true, .choice(access))
  }

  /// An optional choice among an enumeration's raw values.
  package static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Record, Choice?> & Sendable
  ) -> Self where Choice.RawValue == String {
    let property = Property(path)
    let access = ChoiceAccess<Record>(
      get: { property.get($0)?.rawValue },
      set: { record, raw in
        guard let value = Choice(rawValue: raw) else { return false }
        property.set(&record, value)
        return true
      })
    return Self(name, .choice(Choice.allCases.map(\.rawValue)), .choice(access))
  }

  /// An EDTF date.
  package static func date(_ name: String, _ path: WritableKeyPath<Record, EDTFDate?> & Sendable)
    -> Self
  {
    Self(name, .date, .date(Property(path)))
  }

  /// An ISO 8601 duration.
  package static func duration(
    _ name: String, _ path: WritableKeyPath<Record, ISODuration?> & Sendable
  ) -> Self {
    Self(name, .duration, .duration(Property(path)))
  }

  /// A real number.
  package static func number(
    _ name: String, _ path: WritableKeyPath<Record, Double?> & Sendable,
    constraint: FieldConstraint? = nil
  ) -> Self {
    Self(name, .number, constraint: constraint, .number(Property(path)))
  }

  /// A text span.
  package static func span(_ name: String, _ path: WritableKeyPath<Record, TextSpan?> & Sendable)
    -> Self
  {
    Self(name, .span, .span(Property(path)))
  }

  /// Free attributes.
  package static func attributes(
    _ name: String, _ path: WritableKeyPath<Record, [String: AttributeValue]> & Sendable
  ) -> Self {
    Self(name, .attributes, .attributes(Property(path)))
  }

  /// A list of nested records.
  package static func records<Nested: DescribedRecord>(
    _ name: String, _ path: WritableKeyPath<Record, [Nested]> & Sendable
  ) -> Self {
    let property = Property(path)
    let access = NestedAccess<Record>(
      decode: { record, elements, path, decoder in
        var decoded: [Nested] = []
        decoded.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
          if let record = decoder.decode(Nested.self, element, at: PendingPath(path, index: index))
          {
            decoded.append(record)
          }
        }
        property.set(&record, decoded)
      },
      append: { record, element, elementPath, decoder in
        guard let decoded = decoder.decode(Nested.self, element, at: elementPath) else { return }
        var list = property.get(record)
        property.set(&record, [])
        list.append(decoded)
        property.set(&record, list)
      },
      forEach: { record, body in
        property.get(record).withUnsafeBufferPointer { elements in
          for element in elements.indices {
            let pointer = UnsafeRawPointer(elements.baseAddress! + element)
            guard body(RecordRef(pointer: pointer, type: Nested.self)) else { return }
          }
        }
      },
      count: { property.get($0).count })
    return Self(name, .records(Nested.recordDescription), .records(access))
  }
}
