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
  package let readers: [any DossierReader]
  /// The most bytes one input may have (4 GiB by default); a larger one is
  /// refused with ``LoadingError/tooLarge(path:limit:)`` before it fills memory.
  public var maximumInputBytes = BoundedInput.defaultMaximumBytes
  /// Whether JSON is first decoded straight from its bytes (see
  /// ``DirectJSONDecoder``); off only to compare the two ways in tests.
  package var decodesDirectly = true
  /// How many threads read one big JSON dossier: one per processor, up to
  /// four, by default. Inputs read at once should share the processors.
  package var readingThreads = DirectJSONDecoder.Sharing.automatic.threads
  /// How many threads check a dossier read the quick way; `nil`, as many
  /// as read it. A caller that checks beside other work (an export into
  /// files) leaves that work a processor.
  package var checkingThreads: Int?

  /// Creates a loader of JSON and YAML.
  public init(validates: Bool = true) {
    self.init(validates: validates, readers: [])
  }

  /// Creates a loader; `readers` adds input formats to JSON and YAML.
  package init(validates: Bool = true, readers: [any DossierReader]) {
    self.validates = validates
    self.readers = [JSONReader(), YAMLReader()] + readers
  }

  /// The format a file name's extension implies, if any.
  package func format(forPath path: String) -> InputFormat? {
    let lowered = path.lowercased()
    return readers.first { reader in
      reader.fileExtensions.contains { lowered.hasSuffix("." + $0) }
    }?.format
  }

  /// Loads a file, or standard input when `path` is `-`.
  ///
  /// - Parameter format: the input format; inferred from the extension when
  ///   `nil`. Standard input needs it.
  /// - Throws: ``LoadingError`` when the file cannot be read or its format
  ///   is unknown, and ``ValidationReport`` with every problem found in it.
  public func load(path: String, format: InputFormat? = nil) throws -> Dossier {
    let pending = try loadDeferringValidation(path: path, format: format)
    try pending.check()
    return pending.dossier
  }

  /// Reads a file as ``load(path:format:)`` does, but leaves the validation
  /// of a dossier read the quick way to ``PendingDossier/check``, so that a
  /// caller can run it beside other work (an export into a temporary file)
  /// and throw away that work if the check fails.
  ///
  /// - Throws: what ``load(path:format:)`` throws, except the validator's
  ///   findings on a dossier read the quick way, which `check` throws.
  package func loadDeferringValidation(path: String, format: InputFormat? = nil) throws
    -> PendingDossier
  {
    guard let format = format ?? self.format(forPath: path) else {
      var isDirectory = ObjCBool(false)
      if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        throw LoadingError.unreadable(path: path, reason: "is a directory, not a file")
      }
      throw LoadingError.formatNotKnown(
        path: path, formats: readers.map(\.format), extensions: readers.flatMap(\.fileExtensions))
    }
    // JSON and YAML files are read into pages of their own, which leave
    // memory once parsed.
    if format == .json && decodesDirectly || format == .yaml,
      let input = try BoundedInput.mapped(
        path, limit: maximumInputBytes, threads: max(1, readingThreads))
    {
      return try decode(input.data, reader: reader(for: format), name: path, mapped: input)
    }
    let data = try BoundedInput.read(path, limit: maximumInputBytes)
    return try decode(data, reader: reader(for: format), name: path)
  }

  /// Loads a dossier from bytes.
  ///
  /// - Parameter name: what diagnostics call the input, e.g. its path.
  /// - Throws: ``LoadingError/unknownFormat(_:known:)`` when no reader reads
  ///   `format`, and ``ValidationReport`` with every problem found.
  public func load(data: Data, format: InputFormat, name: String) throws -> Dossier {
    let pending = try decode(data, reader: reader(for: format), name: name)
    try pending.check()
    return pending.dossier
  }

  /// The reader of `format`.
  private func reader(for format: InputFormat) throws(LoadingError) -> any DossierReader {
    guard let reader = readers.first(where: { $0.format == format }) else {
      throw LoadingError.unknownFormat(format, known: readers.map(\.format))
    }
    return reader
  }

  /// Decodes `data`; `mapped`, when the bytes are a file read into pages of
  /// their own, lets the readers hand back the pages they are done with (and
  /// the file is read again when a problem must be placed). A dossier read
  /// the quick way is validated by the result's check; any other is
  /// validated here.
  private func decode(
    _ data: Data, reader: any DossierReader, name: String, mapped: MappedInput? = nil
  ) throws -> PendingDossier {
    if let encoding = Self.wideEncoding(of: data) {
      throw ValidationReport([
        Diagnostic(
          file: name, location: SourceLocation(line: 1, column: 1),
          message: "the file is \(encoding); Parley reads UTF-8 only",
          hint: "save it as UTF-8, e.g. with iconv -f \(encoding) -t UTF-8")
      ])
    }
    // A valid dossier in one quick pass; anything else is read again the
    // thorough way, which reports every problem with its place.
    if reader is JSONReader, decodesDirectly,
      let dossier = data.withUnsafeBytes({
        DirectJSONDecoder.decode(
          $0.bindMemory(to: UInt8.self), releasing: mapped.map { input in input.release(upTo:) },
          sharing: DirectJSONDecoder.Sharing(
            threads: max(1, readingThreads),
            chunkBytes: DirectJSONDecoder.Sharing.automatic.chunkBytes))
      })
    {
      // Read whole: a big input leaves memory before the dossier is checked
      // (and is read again only if a problem must be placed).
      if data.count >= DirectJSONDecoder.releaseStep { mapped?.release(upTo: data.count) }
      guard validates else { return PendingDossier(dossier: dossier, check: {}) }
      let loader = self
      return PendingDossier(dossier: dossier) {
        let found = Validator(threads: checkingThreads ?? readingThreads).validate(dossier)
        guard !found.isEmpty else { return }
        // Read again to place the problems; a file changed meanwhile (even
        // touched) cannot be, and what was found in it stands without places.
        if let whole = try? mapped?.intact() ?? data {
          _ = try loader.decodeThoroughly(whole, reader: reader, name: name)
        }
        // The file could not be read again, or read again it had no
        // problem: it changed meanwhile. The findings stand, unplaced.
        throw ValidationReport(
          found.map { finding in
            var finding = finding
            finding.file = name
            return finding
          })
      }
    }
    // JSON the quick way handed back pages: read it whole again.
    if reader is JSONReader, let mapped, mapped.isReleased {
      return PendingDossier(
        dossier: try decodeThoroughly(try mapped.intact(), reader: reader, name: name), check: {})
    }
    return PendingDossier(
      dossier: try decodeThoroughly(data, reader: reader, name: name, mapped: mapped), check: {})
  }

  /// Decodes `data` through the syntax tree, reporting every problem with
  /// its line and column.
  private func decodeThoroughly(
    _ data: Data, reader: any DossierReader, name: String, mapped: MappedInput? = nil
  ) throws -> Dossier {
    var decoder = DossierDecoder(file: name)
    // Records are decoded as they are parsed, where the reader streams (JSON,
    // YAML, XML): the whole syntax tree of a big dossier never sits in memory
    // beside the dossier. The tree is parsed again only to place the
    // validator's findings, from the whole input.
    let root: SyntaxNode
    do {
      root = try reader.parse(
        data, name: name, streaming: DossierDecoder.collections,
        element: { decoder.decodeElement(of: $0, at: $1, $2) },
        releasing: { mapped?.release(upTo: $0) })
    } catch {
      // A problem's place is counted from the start of the input: parse
      // the whole input again when pages of it were handed back.
      if let mapped, mapped.isReleased {
        _ = try reader.parse(
          try mapped.intact(), name: name, streaming: DossierDecoder.collections,
          element: { _, _, _ in })
      }
      throw error
    }
    let dossier = try decoder.decode(root)
    return try finish(dossier, decoder: decoder, name: name) { keep in
      try reader.parse(
        try mapped?.intact() ?? data, name: name, streaming: DossierDecoder.collections,
        element: keep)
    }
  }

  /// `UTF-16` or `UTF-32` when the bytes are text in one of them, told by
  /// a byte order mark or by the zero bytes ASCII text has in them; `nil`
  /// for anything else, which the reader then judges.
  static func wideEncoding(of data: Data) -> String? {
    let head = Array(data.prefix(4))
    if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
      return "UTF-32"
    }
    if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
    guard head.count == 4 else { return nil }
    if head[0] != 0 && head[1] == 0 && head[2] == 0 && head[3] == 0
      || head[0] == 0 && head[1] == 0 && head[2] == 0 && head[3] != 0
    {
      return "UTF-32"
    }
    if head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0
      || head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0
    {
      return "UTF-16"
    }
    return nil
  }

  /// Validates a decoded dossier; `tree` parses the input again, to place
  /// the validator's findings at their line and column (only then), handing
  /// each record of a top-level list to the function it is given.
  private func finish(
    _ dossier: Dossier?, decoder: DossierDecoder, name: String,
    tree: ((String, Int, SyntaxNode) -> Void) throws -> SyntaxNode
  ) throws -> Dossier {
    var diagnostics = decoder.log.diagnostics
    if let dossier, validates {
      let found = Validator(threads: checkingThreads ?? readingThreads).validate(
        dossier, tolerating: decoder.entitiesOfUnknownKind)
      if !found.isEmpty {
        // Only the records a finding is in are kept: placing one problem in
        // a big dossier never holds its whole syntax tree.
        var wanted: [String: Set<Int>] = [:]
        for case let path? in found.map(\.path) {
          if let (list, index) = Self.record(of: path) { wanted[list, default: []].insert(index) }
        }
        var kept: [String: [Int: SyntaxNode]] = [:]
        let root = try tree { list, index, node in
          if wanted[list]?.contains(index) == true { kept[list, default: [:]][index] = node }
        }
        for var diagnostic in found {
          diagnostic.file = name
          if let path = diagnostic.path {
            let record = Self.record(of: path).flatMap { kept[$0.list]?[$0.index] }
            diagnostic.location =
              record?.location(of: IRPath(components: Array(path.components.dropFirst(2))))
              ?? root.location(of: path)
          }
          diagnostics.append(diagnostic)
        }
      }
    }
    guard let dossier, diagnostics.isEmpty else { throw ValidationReport(diagnostics) }
    return dossier
  }

  /// The top-level list and index of the record a path leads into, if any.
  private static func record(of path: IRPath) -> (list: String, index: Int)? {
    guard path.components.count >= 2, case .key(let list) = path.components[0],
      case .index(let index) = path.components[1], DossierDecoder.collections.contains(list)
    else { return nil }
    return (list, index)
  }
}
