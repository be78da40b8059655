/// The exporters Parley knows, found by id, alias or file extension.
package struct FormatRegistry: Sendable {
  /// The exporters, in the order `parley formats` lists them.
  package let exporters: [any Exporter]

  /// Creates a registry. Where ids, aliases or extensions clash, the first
  /// exporter in the list wins.
  package init(_ exporters: [any Exporter]) {
    self.exporters = exporters
  }

  /// The exporter named `name` (id or alias, case-insensitive).
  ///
  /// - Throws: ``FormatLookupError`` naming the nearest known format.
  package func exporter(named name: String) throws(FormatLookupError) -> any Exporter {
    let key = name.lowercased()
    if let found = exporters.first(where: { $0.format.id == key || $0.format.aliases.contains(key) }
    ) {
      return found
    }
    let names = exporters.flatMap { [$0.format.id] + $0.format.aliases }
    throw FormatLookupError(
      name: name, suggestion: Suggestions.nearest(to: key, in: names),
      known: exporters.map(\.format.id))
  }

  /// The exporter whose file extension ends `path`, if any.
  package func exporter(forPath path: String) -> (any Exporter)? {
    let lowered = path.lowercased()
    return exporters.first { exporter in
      ([exporter.format.fileExtension] + exporter.format.otherFileExtensions).contains {
        lowered.hasSuffix("." + $0)
      }
    }
  }

  /// Every option any format declares, by name.
  package var allOptions: [String: FormatOption] {
    var options: [String: FormatOption] = [:]
    for exporter in exporters {
      for option in exporter.format.options where options[option.name] == nil {
        options[option.name] = option
      }
    }
    return options
  }
}
