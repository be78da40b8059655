/// A rule a field's value must follow beyond its type.
public enum FieldConstraint: Hashable, Sendable {
  /// `major.minor`, a version this Parley reads.
  case irVersion
  /// A SHA-256 digest: 64 lowercase hex digits.
  case sha256
  /// A CAMEO event code: 2 to 4 digits, written as a string.
  case cameoCode
  /// A number from 0 to 1.
  case unitInterval
}
