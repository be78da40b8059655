import ParleyCore

/// The CAMEO event codebook (Conflict and Mediation Event Observations), kept
/// versioned in the repository (`Resources/cameo-codes.yaml`). Event rules may
/// only name codes that are in it; no event is ever given a code by default.
package enum CAMEO {
  /// The codebook version, e.g. "CAMEO 1.1b3".
  package static var version: String { table.version }

  /// The label of `code`, or `nil` if the codebook has no such code.
  package static func label(of code: String) -> String? { table.labels[code] }

  private static let table: (version: String, labels: [String: String]) = {
    let text = String(decoding: PackageResources.cameo_codes_yaml, as: UTF8.self)
    guard let root = try? SyntaxNode(yaml: text, file: "cameo-codes.yaml"),
      case .object(let fields) = root.value,
      let version = fields.first(where: { $0.key == "version" })?.value.text,
      case .object(let codes)? = fields.first(where: { $0.key == "codes" })?.value.value
    else { preconditionFailure("the shipped CAMEO table is invalid") }
    return (
      version,
      Dictionary(codes.compactMap { key, value in value.text.map { (key, $0) } }) { a, _ in a }
    )
  }()
}

extension SyntaxNode {
  /// The node's text, if it is a scalar.
  var text: String? {
    switch value {
    case .string(let text), .plain(let text): text
    case .integer(let number): String(number)
    default: nil
    }
  }
}
