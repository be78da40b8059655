import Foundation
import ParleyCore

/// Which inputs go to which output files: directories expanded, outputs named
/// after inputs, collisions resolved, nothing outside the output directory
/// and no input ever overwritten.
///
/// Naming: an input `DIR/sub/talks.parley.yaml` found under a directory given
/// on the command line becomes `OUT/sub/talks.EXT` (the folder structure
/// below the given directory is kept); a file given directly becomes
/// `OUT/talks.EXT`; standard input is `OUT/stdin.EXT`. The stem is the file
/// name less its input extension and a `.parley` before it. When two inputs
/// would get one name, the later one (in input order) gets `talks-2.EXT`,
/// then `-3`, and so on; so does any name that is an input's own path.
package struct ConversionPlan: Sendable {
  /// The jobs, in input order.
  package var jobs: [ConversionJob]

  /// Plans a conversion into `outputDirectory`.
  ///
  /// - Parameter inputs: files, directories (searched recursively for files
  ///   with `extensions`) and `-`. An input that does not exist stays a job,
  ///   which fails when it is read, so the rest of the batch goes on.
  package init(
    inputs: [String], extensions: [String], formats: [FormatDescriptor], outputDirectory: String
  ) {
    var files: [(input: String, relativeDirectory: String)] = []
    for input in inputs {
      if input == "-" {
        files.append(("-", ""))
        continue
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        files += Self.files(in: input, extensions: extensions, skipping: outputDirectory)
      } else {
        files.append((input, ""))
      }
    }
    let inputPaths = Set(files.map { Self.resolved($0.input) })
    var taken: Set<String> = []
    let directory =
      outputDirectory.hasSuffix("/") ? String(outputDirectory.dropLast()) : outputDirectory
    jobs = files.map { file in
      let stem = Self.stem(of: file.input, extensions: extensions)
      let destinations = formats.map { format -> OutputDestination in
        let base = directory + "/" + file.relativeDirectory
        var candidate = base + stem + "." + format.fileExtension
        var counter = 2
        while taken.contains(Self.resolved(candidate))
          || inputPaths.contains(Self.resolved(candidate))
        {
          candidate = base + stem + "-\(counter)." + format.fileExtension
          counter += 1
        }
        taken.insert(Self.resolved(candidate))
        return .file(candidate)
      }
      return ConversionJob(input: .file(file.input), destinations: destinations)
    }
  }

  /// The files `inputs` name: files and `-` as they are, directories
  /// searched recursively for files with `extensions`, in order.
  package static func expand(_ inputs: [String], extensions: [String]) -> [String] {
    inputs.flatMap { input -> [String] in
      var isDirectory: ObjCBool = false
      guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { return [input] }
      return files(in: input, extensions: extensions, skipping: "").map(\.0)
    }
  }

  /// Files under `directory` with one of `extensions`, sorted, with the
  /// folder each lies in relative to `directory` (ending in `/`, or empty).
  ///
  /// The output directory is skipped when it lies inside, so a second run
  /// does not convert the first run's outputs; links to files are followed.
  static func files(in directory: String, extensions: [String], skipping output: String)
    -> [(String, String)]
  {
    let root = URL(fileURLWithPath: directory)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var found: [(String, String)] = []
    let rootPath = root.standardizedFileURL.path
    let outputPath = URL(fileURLWithPath: output).resolvingSymlinksInPath().standardizedFileURL.path
    for case let url as URL in walker {
      if url.resolvingSymlinksInPath().standardizedFileURL.path == outputPath {
        walker.skipDescendants()
        continue
      }
      let name = url.lastPathComponent.lowercased()
      guard extensions.contains(where: { name.hasSuffix("." + $0) }),
        (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey])
          .isRegularFile) == true
      else { continue }
      let full = url.standardizedFileURL.path
      var relative = String(full.dropFirst(rootPath.count + 1))
      relative = relative.contains("/") ? String(relative[...relative.lastIndex(of: "/")!]) : ""
      let displayed =
        (directory.hasSuffix("/") ? directory : directory + "/") + relative
        + url.lastPathComponent
      found.append((displayed, relative))
    }
    return found.sorted { $0.0 < $1.0 }
  }

  /// The file name less its input extension and a `.parley` before it; a
  /// name that would be empty or a dot file becomes `dossier`.
  static func stem(of input: String, extensions: [String]) -> String {
    guard input != "-" else { return "stdin" }
    var name = String(input.split(separator: "/").last ?? "dossier")
    if let found = extensions.first(where: { name.lowercased().hasSuffix("." + $0) }) {
      name.removeLast(found.count + 1)
    }
    if name.lowercased().hasSuffix(".parley") { name.removeLast(".parley".count) }
    return name.isEmpty || name.hasPrefix(".") ? "dossier" + name : name
  }

  /// The path with its directory resolved, so two spellings of one file
  /// compare equal; a directory that does not exist yet is kept as written.
  package static func resolved(_ path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL
      .appendingPathComponent(url.lastPathComponent).path
  }
}
