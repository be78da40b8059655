/// Turns a syntax tree into a ``Dossier``, reporting every structural problem:
/// unknown or misspelled fields, wrong types, missing required fields,
/// malformed dates and durations. The dossier's description drives it.
package struct DossierDecoder {
  /// Where problems go.
  package var log: DecodeLog { records.log }
  /// Ids of entities whose kind could not be read; references to them are
  /// not checked for kind.
  package var entitiesOfUnknownKind: Set<String> { records.entitiesOfUnknownKind }

  private var records: RecordDecoder

  /// Creates a decoder; `file` names the input in diagnostics.
  package init(file: String?) { records = RecordDecoder(log: DecodeLog(file: file)) }

  /// The top-level lists of records, which a streaming reader hands over one
  /// record at a time.
  package static let collections = Set(IRDescription.collectionNames)

  /// Records decoded one by one as a streaming reader parses them.
  private var streamed = Dossier.placeholder
  private var streamedKeys: Set<String> = []

  /// Decodes element `index` of the top-level list `collection` and drops its
  /// tree: big dossiers never hold their whole syntax tree.
  package mutating func decodeElement(of collection: String, at index: Int, _ node: SyntaxNode) {
    // Elements come in runs of one collection: look the collection up once a run.
    if collection != current?.name {
      guard let binding = Self.collectionBindings[collection],
        case .records(let nested) = binding.access
      else { return }
      current = (collection, nested, IRPath.root.appending(collection))
      streamedKeys.insert(collection)
    }
    guard let (_, nested, base) = current else { return }
    nested.append(&streamed, node, PendingPath(base, index: index), &records)
  }

  /// The collection being streamed, its list and its path.
  private var current: (name: String, nested: NestedAccess<Dossier>, path: IRPath)?

  private static let collectionBindings: [String: FieldBinding<Dossier>] = Dictionary(
    uniqueKeysWithValues: Dossier.fields.filter { collections.contains($0.description.name) }
      .map { ($0.description.name, $0) })

  /// Decodes the rest of the dossier once its top level is parsed: `root`
  /// holds its scalar fields, and empty lists where records were streamed.
  package mutating func decode(_ root: SyntaxNode) throws(ValidationReport) -> Dossier? {
    let description = Dossier.recordDescription
    guard
      let top = FieldReader(
        root, path: PendingPath(.root), log: log, allowed: description.fieldNames,
        what: description.noun)
    else { return nil }
    let version = try checkVersion(top)
    var dossier = streamed
    streamed = .placeholder
    dossier.version = version ?? IRVersion.current.description
    for binding in Dossier.fields where binding.description.constraint != .irVersion {
      guard !streamedKeys.contains(binding.description.name) else { continue }
      _ = records.read(binding, into: &dossier, from: top)
    }
    return dossier
  }

  /// An unknown major version stops decoding at once: its fields would only
  /// produce noise.
  private func checkVersion(_ top: FieldReader) throws(ValidationReport) -> String? {
    guard let text = top.string("parley", required: true) else { return nil }
    guard let version = IRVersion(text) else {
      top.log.report(
        IRPath.root.appending("parley"), at: top.value("parley"),
        "\"\(text)\" is not an IR version", hint: "write parley: \"\(IRVersion.current)\"")
      return text
    }
    if version.major != IRVersion.current.major {
      throw ValidationReport([
        Diagnostic(
          file: log.file, path: IRPath.root.appending("parley"),
          location: top.value("parley")?.location,
          message:
            "IR version \(version) is not supported: this Parley reads version \(IRVersion.current.major).x",
          hint: version.major > IRVersion.current.major
            ? "upgrade Parley to read it" : "convert the file to version \(IRVersion.current)")
      ])
    }
    return text
  }
}
