import Foundation

/// Converts many dossiers to several formats in parallel. Each output is
/// written atomically; a bad input is recorded and the rest go on.
public struct BatchConverter: Sendable {
  /// The outcome of one input.
  public struct Result: Sendable {
    /// The input path, or `-`.
    public var input: String
    /// The files written.
    public var outputs: [String]
    /// Why the input failed, if it did.
    public var error: ParleyError?
    /// Problems the exporters worked around.
    public var warnings: [String]
  }

  /// Reads the inputs.
  public var loader: DossierLoader
  /// The input format, when not inferred from extensions.
  public var inputFormat: InputFormat?
  /// The formats to write, in the order of each job's destinations.
  public var exporters: [any Exporter]
  /// The options given, checked per format.
  public var options: ExportOptions
  /// Whether to create missing directories for output files (true for
  /// `--out-dir` batches; a single `-o` file needs its directory to exist).
  public var createsDirectories = true

  /// Creates a converter.
  public init(
    loader: DossierLoader, inputFormat: InputFormat?, exporters: [any Exporter],
    options: ExportOptions
  ) {
    self.loader = loader
    self.inputFormat = inputFormat
    self.exporters = exporters
    self.options = options
  }

  /// Runs the jobs on up to `parallelism` threads; `progress` is called with
  /// each finished result, from any thread. Results come back in job order.
  public func run(
    _ jobs: [ConversionPlan.Job], parallelism: Int,
    progress: @Sendable (Result) -> Void = { _ in }
  ) -> [Result] {
    let results = ResultSlots(count: jobs.count)
    let next = Counter()
    let workers = max(1, min(parallelism, jobs.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = next.take(below: jobs.count) {
        let result = convert(jobs[index])
        results.set(index, result)
        progress(result)
      }
    }
    return results.all
  }

  /// Converts one input to every format.
  public func convert(_ job: ConversionPlan.Job) -> Result {
    var result = Result(input: job.input, outputs: [], error: nil, warnings: [])
    do throws(ParleyError) {
      let dossier = try loader.load(path: job.input, format: inputFormat)
      for (exporter, destination) in zip(exporters, job.destinations) {
        let checked = try options.checked(for: exporter.format)
        if createsDirectories, case .file(let path) = destination {
          try Self.createDirectory(for: path)
        }
        let warnings = try destination.write { (writer: OutputWriter) throws(ParleyError) in
          try exporter.export(dossier, options: checked, to: writer)
        }
        result.warnings += warnings.map { "\(exporter.format.id): \($0)" }
        result.outputs.append(destination.description)
      }
    } catch {
      result.error = error
    }
    return result
  }

  static func createDirectory(for path: String) throws(ParleyError) {
    let directory = (path as NSString).deletingLastPathComponent
    guard !directory.isEmpty else { return }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .io(
        path: directory, reason: "cannot create the directory: \(error.localizedDescription)")
    }
  }
}

/// Hands out job indexes to worker threads.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func take(below limit: Int) -> Int? {
    lock.withLock {
      guard value < limit else { return nil }
      defer { value += 1 }
      return value
    }
  }
}

/// One slot per job, filled by worker threads.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [BatchConverter.Result?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: BatchConverter.Result) {
    lock.withLock { slots[index] = result }
  }

  var all: [BatchConverter.Result] { lock.withLock { slots.map { $0! } } }
}
