import Foundation
import PackagePlugin

/// `swift package export-graph`: exports the package's talks dossiers with the
/// `parley` tool. All format logic stays in `parley`; this only finds inputs,
/// picks the output directory and relays what `parley` says.
@main
struct ExportGraph: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    var extractor = ArgumentExtractor(arguments)
    if extractor.extractFlag(named: "help") > 0 {
      print(Self.usage)
      return
    }
    let formats = extractor.extractOption(named: "to").last ?? "graphml"
    let output = extractor.extractOption(named: "output").last
    // SwiftPM passes --target/--product selections through; they do not apply here.
    _ = extractor.extractOption(named: "target")
    _ = extractor.extractOption(named: "product")
    let packageDirectory = context.package.directoryURL
    let parley = try context.tool(named: "parley")
    // Every other option is a format option, passed to parley as given;
    // parley says which ones take a value.
    let (options, named) = try Self.split(
      extractor.remainingArguments, valueOptions: try Self.valueOptions(of: parley.url))
    var inputs = named
    if inputs.isEmpty {
      inputs = try Self.dossiers(in: packageDirectory)
      guard !inputs.isEmpty else {
        throw PluginFailure(
          "no *.parley.json, *.parley.yaml or *.parley.yml files in \(packageDirectory.path); name the inputs"
        )
      }
    }

    let outputDirectory =
      output.map { URL(fileURLWithPath: $0, relativeTo: packageDirectory).standardizedFileURL }
      ?? context.pluginWorkDirectoryURL.appendingPathComponent("export-graph")
    try Self.prepare(outputDirectory, insidePackage: packageDirectory)

    let parleyArguments =
      ["export"] + inputs + ["-t", formats, "--out-dir", outputDirectory.path] + options
    let process = Process()
    process.executableURL = parley.url
    process.arguments = parleyArguments
    process.currentDirectoryURL = packageDirectory
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw PluginFailure(
        "parley export failed (exit code \(process.terminationStatus)); its messages are above")
    }
    let written = try FileManager.default.contentsOfDirectory(atPath: outputDirectory.path)
      .filter { !$0.hasPrefix(".") }.sorted()
    for name in written { print(outputDirectory.appendingPathComponent(name).path) }
  }

  /// The names of the options that take a value, of every format `parley
  /// formats --json` lists.
  static func valueOptions(of parley: URL) throws -> Set<String> {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = parley
    process.arguments = ["formats", "--json"]
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let formats = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { throw PluginFailure("parley formats --json failed; its messages are above") }
    var names: Set<String> = []
    for format in formats {
      for option in format["options"] as? [[String: Any]] ?? [] {
        if option["takesValue"] as? Bool == true, let name = option["name"] as? String {
          names.insert(name)
        }
      }
    }
    return names
  }

  /// Splits the arguments left after the plugin's own into format options
  /// (with their values) and inputs. `--name value` takes the next argument
  /// when `name` takes a value; `--name=value` is kept whole.
  static func split(_ arguments: [String], valueOptions: Set<String>) throws -> (
    options: [String], inputs: [String]
  ) {
    var options: [String] = []
    var inputs: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" { continue }
      guard argument.hasPrefix("--") else {
        inputs.append(argument)
        continue
      }
      options.append(argument)
      let name = String(argument.dropFirst(2).prefix { $0 != "=" })
      if valueOptions.contains(name), !argument.contains("=") {
        guard index < arguments.count else {
          throw PluginFailure("\(argument) needs a value\n\n\(Self.usage)")
        }
        options.append(arguments[index])
        index += 1
      }
    }
    return (options, inputs)
  }

  /// Every dossier in the package, skipping build folders and hidden folders.
  static func dossiers(in directory: URL) throws -> [String] {
    let suffixes = [".parley.json", ".parley.yaml", ".parley.yml"]
    guard
      let walker = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
    else { return [] }
    var found: [String] = []
    for case let url as URL in walker {
      if url.lastPathComponent.hasPrefix(".build") {
        walker.skipDescendants()
        continue
      }
      if suffixes.contains(where: { url.lastPathComponent.lowercased().hasSuffix($0) }) {
        found.append(url.path)
      }
    }
    return found.sorted()
  }

  /// Creates the output directory and checks it can be written, so a missing
  /// permission is explained rather than surfacing as a write error.
  static func prepare(_ directory: URL, insidePackage package: URL) throws {
    let probe = directory.appendingPathComponent(".export-graph-probe")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data().write(to: probe)
      try FileManager.default.removeItem(at: probe)
    } catch {
      let inside = directory.path.hasPrefix(package.path + "/") || directory.path == package.path
      let advice =
        inside
        ? "\nSwiftPM lets plugins write into the package only when asked: run\n"
          + "  swift package --allow-writing-to-directory \(directory.path) export-graph --output \(directory.path)\n"
          + "or add --allow-writing-to-package-directory after `swift package`."
        : ""
      throw PluginFailure(
        "cannot write to \(directory.path): \(error.localizedDescription)\(advice)")
    }
  }

  static let usage = """
    USAGE: swift package export-graph [--to FORMAT[,FORMAT]] [--output DIR] [FORMAT OPTIONS...] [INPUT...]

    Exports talks dossiers with parley. Without inputs, every *.parley.json, *.parley.yaml
    and *.parley.yml in the package is exported (build folders skipped). The default format
    is graphml; any format of `parley formats` works, with any of its options
    (--graph stances, --with sources, --flavor yed, --csv-flavor positions, --base IRI …),
    which parley checks. Without --output the files go to the plugin's work directory
    (.build/plugins/…), and their paths are printed.
    """
}

/// A failure with a message for the user; SwiftPM prints it and exits non-zero.
struct PluginFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
