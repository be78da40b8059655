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
  /// The input formats: JSON and YAML, then any added.
  public let readers: [any DossierReader]

  /// Creates a loader; `readers` adds input formats to JSON and YAML.
  public init(validates: Bool = true, readers: [any DossierReader] = []) {
    self.validates = validates
    self.readers = [JSONReader(), YAMLReader()] + readers
  }

  /// The format a file name's extension implies, if any.
  public func format(forPath path: String) -> InputFormat? {
    let lowered = path.lowercased()
    return readers.first { reader in
      reader.fileExtensions.contains { lowered.hasSuffix("." + $0) }
    }?.format
  }

  /// Loads a file, or standard input when `path` is `-`.
  ///
  /// - Parameter format: the input format; inferred from the extension when
  ///   `nil`. Standard input needs it.
  /// - Throws: ``ParleyError/io(path:reason:)`` when the file cannot be read,
  ///   ``ParleyError/usage(_:)`` when the format is unknown, and
  ///   ``ParleyError/invalidInput(_:)`` with every problem found.
  public func load(path: String, format: InputFormat? = nil) throws(ParleyError) -> Dossier {
    guard let format = format ?? self.format(forPath: path) else {
      let flags = Self.orList(readers.map { "-f \($0.format)" })
      let extensions = Self.orList(readers.flatMap(\.fileExtensions).map { "." + $0 })
      let reason =
        path == "-"
        ? "standard input needs its format: add \(flags)"
        : "cannot tell the format of \(path) from its extension: name it \(extensions), or add \(flags)"
      throw .usage(reason)
    }
    return try load(data: try Self.read(path), format: format, name: path)
  }

  /// Loads a dossier from bytes.
  ///
  /// - Parameter name: what diagnostics call the input, e.g. its path.
  public func load(data: Data, format: InputFormat, name: String) throws(ParleyError) -> Dossier {
    guard let reader = readers.first(where: { $0.format == format }) else {
      throw .usage(
        "unknown input format \"\(format)\" (known: \(readers.map(\.format.rawValue).joined(separator: ", ")))"
      )
    }
    var decoder = DossierDecoder(file: name)
    if reader is JSONReader {
      // JSON records are decoded as they are parsed: the whole syntax tree of a
      // big dossier never sits in memory beside the dossier.
      let root = try JSONSyntax.parse(
        data, file: name, streaming: DossierDecoder.collections,
        element: { decoder.decodeElement(of: $0, at: $1, $2) })
      let dossier = try decoder.decode(root)
      return try finish(dossier, decoder: decoder, name: name) { () throws(ParleyError) in
        try reader.parse(data, name: name)
      }
    }
    let tree = try reader.parse(data, name: name)
    let dossier = try decoder.decode(tree)
    return try finish(dossier, decoder: decoder, name: name) { () throws(ParleyError) in tree }
  }

  /// Validates a decoded dossier; `tree` gives the syntax tree, to place the
  /// validator's findings at their line and column (parsed again only then).
  private func finish(
    _ dossier: Dossier?, decoder: DossierDecoder, name: String,
    tree: () throws(ParleyError) -> SyntaxNode
  ) throws(ParleyError) -> Dossier {
    var diagnostics = decoder.log.diagnostics
    if let dossier, validates {
      let found = Validator().validate(dossier, tolerating: decoder.droppedIDs)
      if !found.isEmpty {
        let located = try tree()
        for var diagnostic in found {
          diagnostic.file = name
          if let path = diagnostic.path { diagnostic.location = located.location(of: path) }
          diagnostics.append(diagnostic)
        }
      }
    }
    guard let dossier, diagnostics.isEmpty else { throw .invalidInput(diagnostics) }
    return dossier
  }

  /// "a, b or c".
  static func orList(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " or " + items.last!
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
