import ParleyCSV
import ParleyJSON
import ParleyCore
import ParleyGraphML
import ParleyJSONLD
import ParleyXML

/// The formats built into Parley: the one list every exporter module is
/// registered in. The CLI reads it; nothing else needs to know the modules.
public enum BuiltinFormats {
  /// The registry of built-in exporters, in the order `parley formats` lists them.
  public static let registry = FormatRegistry([
    CanonicalJSONExporter(),
    GraphMLExporter(),
    XMLExporter(),
    JSONLDExporter(),
    CSVExporter(),
  ])

  /// The input formats beyond JSON and YAML.
  public static let readers: [any DossierReader] = [XMLDossierReader()]

  /// The XML Schema of Parley XML, for `parley schema --xml`.
  public static var xmlSchema: String { XMLSchemaDefinition.text }

  /// A loader that reads every input format Parley knows.
  public static var loader: DossierLoader { DossierLoader(readers: readers) }
}
