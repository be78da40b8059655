import ParleyCSV
import ParleyCore
import ParleyCypher
import ParleyCytoscape
import ParleyDOT
import ParleyGEXF
import ParleyGraphML
import ParleyJSON
import ParleyJSONLD
import ParleyNTriples
import ParleySQLite
import ParleyTurtle
import ParleyXML
import ParleyYAML

/// The formats built into Parley: the one list every exporter module is
/// registered in. The CLI reads it; nothing else needs to know the modules.
package enum BuiltinFormats {
  /// The registry of built-in exporters, in the order `parley formats` lists them.
  package static let registry = FormatRegistry([
    CanonicalJSONExporter(),
    GraphMLExporter(),
    XMLExporter(),
    JSONLDExporter(),
    CSVExporter(),
    GEXFExporter(),
    DOTExporter(),
    CytoscapeExporter(),
    CypherExporter(),
    NTriplesExporter(),
    TurtleExporter(),
    YAMLExporter(),
    SQLiteExporter(),
  ])

  /// The input formats beyond JSON and YAML.
  package static let readers: [any DossierReader] = [XMLDossierReader()]

  /// The XML Schema of Parley XML, for `parley schema --xml`.
  package static var xmlSchema: String { XMLSchemaDefinition.text }

  /// A loader that reads every input format Parley knows.
  package static var loader: DossierLoader { DossierLoader(readers: readers) }
}
