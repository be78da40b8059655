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
  /// Calls the body with each element in place (those in the range, when
  /// one is given), until it returns `false`.
  package let forEach: @Sendable (UnsafeRawPointer, Range<Int>?, (RecordRef) -> Bool) -> Void
  /// How many elements the list in the record at a pointer has.
  package let count: @Sendable (UnsafeRawPointer) -> Int
  /// Decodes the list straight from JSON bytes (see ``DirectJSONDecoder``).
  let decodeDirectly:
    @Sendable (inout Record, inout DirectJSONDecoder) throws(DirectJSONDecoder.Miss) -> Void
  /// Rewrites or removes the references of every element (see
  /// ``DescribedRecord/rewriteReferences(_:)``).
  package let rewriteReferences:
    @Sendable (inout Record, (ReferenceTarget, String) -> String?) -> Void
}
