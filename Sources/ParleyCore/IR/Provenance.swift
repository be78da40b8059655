/// Where a fact comes from: a source, optionally the exact span and quote, and
/// how it was obtained.
public struct Provenance: Hashable, Sendable {
  /// How a record was obtained.
  public enum Method: String, CaseIterable, Sendable {
    /// Written or checked by a person.
    case curated
    /// Drafted by software, such as an extraction tool.
    case extracted
  }

  /// The id of the ``Source``.
  public var source: String
  /// Half-open range of Unicode scalar offsets into the source's text.
  public var span: TextSpan?
  /// The evidence, verbatim.
  public var quote: String?
  /// Confidence in the fact, from 0 to 1.
  public var confidence: Double?
  /// How the fact was obtained; `nil` means the default, curated.
  public var method: Method?
  /// For extracted facts: the rule that produced it.
  public var rule: String?

  /// Creates a provenance entry.
  public init(
    source: String, span: TextSpan? = nil, quote: String? = nil, confidence: Double? = nil,
    method: Method? = nil, rule: String? = nil
  ) {
    (self.source, self.span, self.quote, self.confidence, self.method, self.rule) = (
      source, span, quote, confidence, method, rule
    )
  }
}

extension Provenance: DescribedRecord {
  package static let fields: [FieldBinding<Provenance>] = [
    .reference("source", \.source, to: .source), .span("span", \.span),
    .text("quote", \.quote), .number("confidence", \.confidence, constraint: .unitInterval),
    .choice("method", \.method), .text("rule", \.rule),
  ]
  /// What a provenance entry is: its fields, in canonical order.
  package static let recordDescription = RecordDescription(
    name: "provenance", noun: "a provenance entry", fields: fields.map(\.description))
  package static var placeholder: Provenance { Provenance(source: "") }
}
