/// The value of one field of a record, as writers and the validator see it
/// through ``DescribedRecord/value(at:of:)``: no generics, so code in any module
/// can go through any record's fields.
package enum FieldValue {
  /// A string: an id, a reference, text, a choice's raw value; `nil` when absent.
  case text(String?)
  /// A list of strings or ids.
  case texts([String])
  /// An EDTF date; boxed, so that every other value stays small.
  indirect case date(EDTFDate?)
  /// An ISO 8601 duration.
  case duration(ISODuration?)
  /// A real number.
  case number(Double?)
  /// A text span.
  case span(TextSpan?)
  /// Free attributes.
  case attributes([String: AttributeValue])
  /// A list of nested records, walked with ``RecordRef/forEachRecord(at:in:_:)``.
  case records(count: Int)
}
