/// A text format a dossier can be read from.
public enum InputFormat: String, CaseIterable, Sendable {
  /// JSON, as `parley export -t json` writes it.
  case json
  /// YAML 1.1, the hand-editing format.
  case yaml

  /// The format a file name's extension implies: `.json`, `.yaml`, `.yml`.
  public init?(path: String) {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".json") {
      self = .json
    } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
      self = .yaml
    } else {
      return nil
    }
  }
}
