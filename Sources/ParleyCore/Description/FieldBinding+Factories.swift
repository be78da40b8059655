/// The factory methods field tables are written with: one per kind of
/// value, each taking the field's name and the key path of its property.
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
      forEach: { record, range, body in
        property.get(record).withUnsafeBufferPointer { elements in
          for element in range?.clamped(to: elements.indices) ?? elements.indices {
            let pointer = UnsafeRawPointer(elements.baseAddress! + element)
            guard body(RecordRef(pointer: pointer, type: Nested.self)) else { return }
          }
        }
      },
      count: { property.get($0).count },
      decodeDirectly: { (record, decoder) throws(DirectJSONDecoder.Miss) in
        property.set(&record, try decoder.records(Nested.self))
      },
      rewriteReferences: { record, body in
        var list = property.get(record)
        guard !list.isEmpty else { return }
        property.set(&record, [])
        for index in list.indices { list[index].rewriteReferences(body) }
        property.set(&record, list)
      })
    return Self(name, .records(Nested.recordDescription), .records(access))
  }
}
