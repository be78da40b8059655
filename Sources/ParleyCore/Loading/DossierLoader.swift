import Foundation

/// Reads dossiers from JSON or YAML, checks their structure and, unless told
/// otherwise, validates them; every problem found is reported at once.
///
/// ```swift
/// let dossier = try DossierLoader().load(path: "talks.parley.yaml")
/// ```
public struct DossierLoader: Sendable {
  /// Whether to run the ``Validator`` after decoding.
  public var validates: Bool

  /// Creates a loader.
  public init(validates: Bool = true) {
    self.validates = validates
  }

  /// Loads a file, or standard input when `path` is `-`.
  ///
  /// - Parameter format: the input format; inferred from the extension when
  ///   `nil`. Standard input needs it.
  /// - Throws: ``ParleyError/io(path:reason:)`` when the file cannot be read,
  ///   ``ParleyError/usage(_:)`` when the format is unknown, and
  ///   ``ParleyError/invalidInput(_:)`` with every problem found.
  public func load(path: String, format: InputFormat? = nil) throws(ParleyError) -> Dossier {
    guard let format = format ?? InputFormat(path: path) else {
      let reason =
        path == "-"
        ? "standard input needs its format: add -f json or -f yaml"
        : "cannot tell the format of \(path) from its extension: name it .json, .yaml or .yml, or add -f json or -f yaml"
      throw .usage(reason)
    }
    return try load(data: try Self.read(path), format: format, name: path)
  }

  /// Loads a dossier from bytes.
  ///
  /// - Parameter name: what diagnostics call the input, e.g. its path.
  public func load(data: Data, format: InputFormat, name: String) throws(ParleyError) -> Dossier {
    let tree: SyntaxNode
    switch format {
    case .json:
      tree = try JSONSyntax.parse(data, file: name)
    case .yaml:
      guard let text = String(data: data, encoding: .utf8) else {
        throw .invalidInput([
          Diagnostic(file: name, message: "the file is not valid UTF-8", hint: "save it as UTF-8")
        ])
      }
      tree = try YAMLSyntax.parse(text, file: name)
    }
    var decoder = DossierDecoder(file: name)
    let dossier = try decoder.decode(tree)
    var diagnostics = decoder.log.diagnostics
    if let dossier, validates {
      for var diagnostic in Validator().validate(dossier, tolerating: decoder.droppedIDs) {
        diagnostic.file = name
        if let path = diagnostic.path { diagnostic.location = tree.location(of: path) }
        diagnostics.append(diagnostic)
      }
    }
    guard let dossier, diagnostics.isEmpty else { throw .invalidInput(diagnostics) }
    return dossier
  }

  static func read(_ path: String) throws(ParleyError) -> Data {
    if path == "-" {
      return FileHandle.standardInput.readDataToEndOfFile()
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .io(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw .io(path: path, reason: "is a directory, not a file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .io(path: path, reason: "cannot be read (check its permissions)")
    }
    return data
  }
}
