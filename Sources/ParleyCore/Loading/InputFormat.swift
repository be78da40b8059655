/// A text format a dossier can be read from: `json`, `yaml`, or one a
/// reader module adds (such as `xml`).
public struct InputFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The format's name, as `-f` takes it.
  public let rawValue: String

  /// Creates a format from its name.
  public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

  /// JSON, as `parley export -t json` writes it.
  public static let json = InputFormat(rawValue: "json")
  /// YAML 1.1, the hand-editing format.
  public static let yaml = InputFormat(rawValue: "yaml")

  /// The name.
  public var description: String { rawValue }
}
