/// The shapes YAML 1.1 and the YAML 1.2 core schema resolve to integers,
/// floats and timestamps, from the two specifications' tag repositories
/// (yaml.org/type/int, float and timestamp; YAML 1.2 section 10.3.2), as
/// one anchored pattern.
enum NumberShapes {
  /// Whether the whole of `text` has one of the shapes.
  static func matches(_ text: String) -> Bool {
    (try? pattern.wholeMatch(in: text)) != nil
  }

  private nonisolated(unsafe) static let pattern: Regex<AnyRegexOutput> = {
    let shapes = [
      // YAML 1.1 integers: binary, octal, decimal, hexadecimal, base 60.
      "[-+]?0b[0-1_]+",
      "[-+]?0[0-7_]+",
      "[-+]?(?:0|[1-9][0-9_]*)",
      "[-+]?0x[0-9a-fA-F_]+",
      "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
      // YAML 1.2 core integers.
      "[-+]?[0-9]+",
      "0o[0-7]+",
      // YAML 1.1 floats, base 60 floats, infinities and not-a-number.
      "[-+]?(?:[0-9][0-9_]*)?\\.[0-9._]*(?:[eE][-+][0-9]+)?",
      "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
      "[-+]?\\.(?:inf|Inf|INF)",
      "\\.(?:nan|NaN|NAN)",
      // YAML 1.2 core floats.
      "[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?",
      // YAML 1.1 timestamps.
      "[0-9]{4}-[0-9]{2}-[0-9]{2}",
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
        + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?",
    ]
    return try! Regex("(?:" + shapes.joined(separator: "|") + ")")
  }()
}
