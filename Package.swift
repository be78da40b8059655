// swift-tools-version: 6.0
import PackageDescription

// The modules, from the bottom up (docs: Sources/ParleyCore/ParleyCore.docc/Architecture.md):
//
//   ParleyCore            the IR and its description, EDTF, loading, validation, the
//                         Exporter protocol and the registry; pure Swift
//   Projections/*         what formats share, over ParleyCore only: the graph, the
//                         RDF triples, the tables; each streams
//   Exporters/*           one module per format, a thin serializer over a projection
//                         or over the IR itself
//   ParleyFormats         the one list of built-in formats
//   ParleyOperations      what is done to a dossier between reading and writing:
//                         select, merge, diff
//   ParleyRuntime         batch conversion, atomic outputs, interruption cleanup,
//                         plugin and filter processes
//   parley                the command line: arguments, messages, exit codes
//   ParleyIngest          drafting the IR from news, beside the rest
//   LibXML/*              libxml2 and libxslt; ParleyLibXML is the only code that
//                         touches their pointers
//   LibSQLite/*           the SQLite library; ParleyLibSQLite is the only code
//                         that touches its pointers

/// A projection: a module under `Sources/Projections/NAME` over ParleyCore only.
func projection(_ name: String) -> [Target] {
  [
    .target(
      name: "Parley\(name)", dependencies: ["ParleyCore"], path: "Sources/Projections/\(name)"),
    .testTarget(
      name: "Parley\(name)Tests",
      dependencies: [.target(name: "Parley\(name)"), "ParleyTestSupport"],
      path: "Tests/Projections/\(name)"),
  ]
}

/// An exporter: a module under `Sources/Exporters/NAME` over ParleyCore and,
/// when it serializes one, a projection; its tests under `Tests/Exporters/NAME`.
func exporter(
  _ name: String, over dependencies: [Target.Dependency] = [], resources: [Resource]? = nil,
  testDependencies: [Target.Dependency] = []
) -> [Target] {
  [
    .target(
      name: "Parley\(name)", dependencies: ["ParleyCore"] + dependencies,
      path: "Sources/Exporters/\(name)", resources: resources),
    .testTarget(
      name: "Parley\(name)Tests",
      dependencies: [.target(name: "Parley\(name)"), "ParleyTestSupport"] + testDependencies,
      path: "Tests/Exporters/\(name)"),
  ]
}

let projections: [[Target]] = [projection("Graph"), projection("RDF"), projection("Tables")]

/// The exporter modules, in the order `parley formats` lists them.
let exporters: [[Target]] = [
  exporter("JSON"),
  exporter("GraphML", over: ["ParleyGraph"]),
  exporter(
    "XML", over: ["ParleyLibXML"], resources: [.embedInCode("Schema/parley-1.0.xsd")],
    testDependencies: [
      "ParleyJSON", .product(name: "PropertyBased", package: "swift-property-based"),
    ]),
  exporter("JSONLD", over: ["ParleyRDF"]),
  exporter("CSV", over: ["ParleyTables"]),
  exporter("GEXF", over: ["ParleyGraph"]),
  exporter("DOT", over: ["ParleyGraph"]),
  exporter("Cytoscape", over: ["ParleyGraph"]),
  exporter("Cypher", over: ["ParleyGraph"]),
  exporter("NTriples", over: ["ParleyRDF"]),
  exporter("Turtle", over: ["ParleyRDF"]),
  exporter("YAML", testDependencies: ["ParleyJSON"]),
  exporter(
    "SQLite", over: ["ParleyTables", "ParleyLibSQLite"], testDependencies: ["ParleyRuntime"]),
]

let package = Package(
  name: "Parley",
  products: [
    .executable(name: "parley", targets: ["parley"]),
    .library(name: "ParleyCore", targets: ["ParleyCore"]),
    .library(name: "ParleyGraph", targets: ["ParleyGraph"]),
    .library(name: "ParleyRDF", targets: ["ParleyRDF"]),
    .library(name: "ParleyTables", targets: ["ParleyTables"]),
    .plugin(name: "ExportGraph", targets: ["ExportGraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // `swift package generate-documentation` for the ParleyCore DocC catalog.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .target(
      name: "ParleyCore",
      dependencies: ["ParleyLibYAML"],
      resources: [.embedInCode("Schema/parley-ir-1.0.schema.json")]
    ),
    .systemLibrary(
      name: "CLibYAML", path: "Sources/LibYAML/CLibYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]),
    .target(
      name: "ParleyLibYAML", dependencies: ["CLibYAML"], path: "Sources/LibYAML/ParleyLibYAML"),
    .systemLibrary(
      name: "CLibXML2", path: "Sources/LibXML/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CLibXSLT", path: "Sources/LibXML/CLibXSLT", pkgConfig: "libxslt",
      providers: [.apt(["libxslt1-dev"])]),
    .target(
      name: "ParleyLibXML", dependencies: ["CLibXML2", "CLibXSLT"],
      path: "Sources/LibXML/ParleyLibXML"),
    .systemLibrary(
      name: "CSQLite", path: "Sources/LibSQLite/CSQLite", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]),
    .target(
      name: "ParleyLibSQLite", dependencies: ["CSQLite"], path: "Sources/LibSQLite/ParleyLibSQLite"),
    .target(
      name: "ParleyFormats",
      dependencies: ["ParleyCore"] + exporters.map { .target(name: $0[0].name) }
    ),
    .target(name: "ParleyOperations", dependencies: ["ParleyCore", "ParleyJSON"]),
    .target(name: "ParleyRuntime", dependencies: ["ParleyCore", "ParleyJSON", "ParleyGraph"]),
    .target(
      name: "ParleyIngest",
      dependencies: ["ParleyCore", "ParleyLibXML"],
      resources: [
        .embedInCode("Resources/default-lexicon.yaml"), .embedInCode("Resources/cameo-codes.yaml"),
      ]
    ),
    .executableTarget(
      name: "parley",
      dependencies: [
        "ParleyCore", "ParleyFormats", "ParleyRuntime", "ParleyJSON", "ParleyIngest",
        "ParleyOperations",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `swift package export-graph`: runs the parley tool, nothing more.
    .plugin(
      name: "ExportGraph",
      capability: .command(
        intent: .custom(
          verb: "export-graph",
          description:
            "Export the package's talks dossiers (*.parley.yaml …) to GraphML or any parley format")
      ),
      dependencies: ["parley"]
    ),
    // The fuzz target for the readers (docs/fuzzing.md); a crash reproducer otherwise.
    .executableTarget(
      name: "parley-fuzz", dependencies: ["ParleyCore", "ParleyFormats", "ParleyIngest"]),
    // What the test targets share: fixtures and rendering helpers.
    .target(
      name: "ParleyTestSupport", dependencies: ["ParleyCore"], path: "Tests/Support"),
    .testTarget(name: "ParleyCoreTests", dependencies: ["ParleyCore", "ParleyTestSupport"]),
    .testTarget(name: "ParleyLibXMLTests", dependencies: ["ParleyLibXML"]),
    .testTarget(name: "ParleyLibYAMLTests", dependencies: ["ParleyLibYAML"]),
    .testTarget(name: "ParleyRuntimeTests", dependencies: ["ParleyRuntime", "ParleyTestSupport"]),
    .testTarget(
      name: "ParleyOperationsTests", dependencies: ["ParleyOperations", "ParleyTestSupport"]),
    .testTarget(name: "ParleyCLITests", dependencies: ["parley"]),
    .testTarget(name: "ParleyIngestTests", dependencies: ["ParleyIngest"]),
  ] + projections.flatMap { $0 } + exporters.flatMap { $0 },
  swiftLanguageModes: [.v6]
)
