import Foundation
import ParleyCore

/// Finds exporter plugins, `parley-export-NAME` executables, and asks each to
/// describe itself (docs/plugins.md).
package struct PluginDiscovery: Sendable {
  /// Directories searched first, in order (`--plugin-path`).
  package var searchPath: [String]
  /// How long one export may take, in seconds.
  package var timeout: Double

  /// The file-name prefix of every plugin.
  package static let prefix = "parley-export-"

  /// Creates a discovery over `--plugin-path` directories, then
  /// `PARLEY_PLUGIN_PATH`, then `PATH`.
  package init(
    pluginPath: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
    timeout: Double = 60
  ) {
    func split(_ value: String?) -> [String] {
      (value ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    searchPath =
      pluginPath.flatMap { split($0) } + split(environment["PARLEY_PLUGIN_PATH"])
      + split(environment["PATH"])
    self.timeout = timeout
  }

  /// The executables found, first match per name winning, by name.
  package func executables() -> [(name: String, path: String)] {
    var found: [(name: String, path: String)] = []
    var seen: Set<String> = []
    for directory in searchPath {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        continue
      }
      for file in names.sorted() where file.hasPrefix(Self.prefix) {
        let name = String(file.dropFirst(Self.prefix.count))
        let path = (directory as NSString).appendingPathComponent(file)
        guard Self.isValidName(name), !seen.contains(name),
          FileManager.default.isExecutableFile(atPath: path)
        else { continue }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
          !isDirectory.boolValue
        else { continue }
        seen.insert(name)
        found.append((name, path))
      }
    }
    return found
  }

  /// Describes one plugin.
  ///
  /// - Throws: ``PluginError`` when it does not answer `--describe` with a
  ///   valid descriptor in 5 seconds.
  package func describe(name: String, path: String) throws -> PluginExporter {
    var output = Data()
    let run = ChildProcess(executable: path, arguments: ["--describe"]) { reason in
      PluginError(name: name, message: "cannot be started: \(reason)")
    }
    let outcome = try run.run(timeout: 5, feed: { _ in }) { (chunk: Data) throws(PluginError) in
      output.append(chunk)
      if output.count > 1 << 20 {
        throw PluginError(name: name, message: "--describe printed more than 1 MiB")
      }
    }
    let quoted = ChildProcess.quote(outcome.standardError)
    guard !outcome.timedOut else {
      throw PluginError(name: name, message: "--describe did not answer within 5 s\(quoted)")
    }
    guard outcome.status == 0, !outcome.killedBySignal else {
      throw PluginError(
        name: name, message: "--describe failed with exit code \(outcome.status)\(quoted)")
    }
    let descriptor: PluginDescriptor
    do {
      descriptor = try JSONDecoder().decode(PluginDescriptor.self, from: output)
    } catch {
      throw PluginError(
        name: name,
        message:
          "--describe did not print a valid descriptor (see docs/plugins.md): \(Self.reason(error))"
      )
    }
    guard descriptor.protocol == 1 else {
      throw PluginError(
        name: name, message: "speaks plugin protocol \(descriptor.protocol); Parley speaks 1")
    }
    guard descriptor.name == name else {
      throw PluginError(
        name: name, message: "describes itself as \"\(descriptor.name)\"; rename it or fix its name"
      )
    }
    guard !descriptor.irVersions.isEmpty, !descriptor.extension.isEmpty else {
      throw PluginError(name: name, message: "--describe needs irVersions and an extension")
    }
    guard Self.isValidExtension(descriptor.extension) else {
      throw PluginError(
        name: name,
        message:
          "its extension \"\(descriptor.extension.displayed)\" is not a file extension: use letters, digits, '-', '_' and inner dots only"
      )
    }
    guard [nil, "ir", "graph"].contains(descriptor.input) else {
      throw PluginError(
        name: name,
        message:
          "asks for input \"\(descriptor.input!)\"; a plugin reads \"ir\" (the default) or \"graph\""
      )
    }
    return PluginExporter(descriptor: descriptor, path: path, timeout: timeout)
  }

  /// Every plugin that describes itself well, and a message for each that
  /// does not or that a built-in format shadows. The plugins describe
  /// themselves at once, so a slow or hung one costs its 5 seconds once, not
  /// once per plugin.
  package func plugins(shadowedBy builtins: FormatRegistry) -> (
    plugins: [PluginExporter], problems: [String]
  ) {
    let builtinNames = Set(builtins.exporters.flatMap { [$0.format.id] + $0.format.aliases })
    let found = executables()
    let outcomes = DescribeOutcomes(count: found.count)
    DispatchQueue.concurrentPerform(iterations: found.count) { index in
      let (name, path) = found[index]
      if builtinNames.contains(name) {
        outcomes.set(index, .failure("ignoring plugin \(path): \(name) is a built-in format"))
        return
      }
      do {
        outcomes.set(index, .success(try describe(name: name, path: path)))
      } catch {
        outcomes.set(index, .failure("ignoring \(path): \(error)"))
      }
    }
    var plugins: [PluginExporter] = []
    var problems: [String] = []
    for outcome in outcomes.all {
      switch outcome {
      case .success(let plugin): plugins.append(plugin)
      case .failure(let problem): problems.append(problem)
      case nil: break
      }
    }
    return (plugins, problems)
  }

  /// Whether `text` can end a file name: letters, digits, `-`, `_` and
  /// dots between them; never a path (`../x`), never hidden, at most 32.
  static func isValidExtension(_ text: String) -> Bool {
    guard !text.isEmpty, text.count <= 32, text.first != ".", text.last != ".",
      !text.contains("..")
    else { return false }
    return text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "-_.".unicodeScalars.contains($0)
    }
  }

  static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first != "-" else { return false }
    return name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }

  private static func reason(_ error: Error) -> String {
    if case DecodingError.keyNotFound(let key, _) = error {
      return "missing \"\(key.stringValue)\""
    }
    if case DecodingError.typeMismatch(_, let context) = error {
      return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    }
    return "not JSON"
  }
}

/// What describing each plugin gave, filled from several threads.
private final class DescribeOutcomes: @unchecked Sendable {
  enum Outcome {
    case success(PluginExporter)
    case failure(String)
  }

  private let lock = NSLock()
  private var outcomes: [Outcome?]

  init(count: Int) { outcomes = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ outcome: Outcome) {
    lock.lock()
    defer { lock.unlock() }
    outcomes[index] = outcome
  }

  var all: [Outcome?] {
    lock.lock()
    defer { lock.unlock() }
    return outcomes
  }
}
