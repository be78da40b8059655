import Foundation
import ParleyCore

/// Converts many dossiers to several formats in parallel. Each output is
/// written atomically; a bad input is recorded and the rest go on.
package struct BatchConverter: Sendable {
  /// The outcome of one input.
  package struct Result: Sendable {
    /// The input's path or name.
    package var input: String
    /// The dossier's id, once it was read.
    package var dossierID: String?
    /// The destinations written, in order.
    package var outputs: [String] = []
    /// What each in-memory destination received, in order.
    package var collected: [[UInt8]] = []
    /// Why the input failed, if it did.
    package var error: (any Error)?
    /// Problems the exporters worked around, each prefixed with the format.
    package var warnings: [String] = []
  }

  /// Reads the inputs.
  package var loader: DossierLoader
  /// The input format, when not inferred from extensions.
  package var inputFormat: InputFormat?
  /// The formats to write, in the order of each job's destinations.
  package var exporters: [any Exporter]
  /// The options given, checked per format.
  package var options: ExportOptions
  /// What is done to each dossier once read and before it is written, such
  /// as a selection and filters; it gets the dossier and the input's name.
  package var preparation: (@Sendable (Dossier, String) throws -> Dossier)?
  /// Whether to create missing directories for output files (true for
  /// `--out-dir` batches; a single `-o` file needs its directory to exist).
  package var createsDirectories = true

  /// Creates a converter.
  package init(
    loader: DossierLoader, inputFormat: InputFormat?, exporters: [any Exporter],
    options: ExportOptions
  ) {
    (self.loader, self.inputFormat, self.exporters, self.options) = (
      loader, inputFormat, exporters, options
    )
  }

  /// Runs the jobs on up to `parallelism` threads; `progress` is called with
  /// each finished result, from any thread. Results come back in job order.
  package func run(
    _ jobs: [ConversionJob], parallelism: Int,
    progress: @Sendable (Result) -> Void = { _ in }
  ) -> [Result] {
    let results = ResultSlots(count: jobs.count)
    let next = Counter()
    let workers = max(1, min(parallelism, jobs.count))
    // Inputs read at once share the processors: each reads with its part.
    var converter = self
    converter.loader.readingThreads = max(
      1, min(loader.readingThreads, ProcessInfo.processInfo.activeProcessorCount / workers))
    DispatchQueue.concurrentPerform(iterations: workers) { [converter] _ in
      while let index = next.take(below: jobs.count) {
        let result = converter.convert(jobs[index])
        results.set(index, result)
        progress(result)
      }
    }
    return results.all
  }

  /// Converts one input to every format.
  package func convert(_ job: ConversionJob) -> Result {
    var result = Result(input: job.input.name)
    var validation: BackgroundCheck?
    do {
      var dossier: Dossier
      switch job.input {
      case .file(let path) where preparation == nil && job.writesFilesOnly:
        // Validation runs on another core while the formats are written to
        // their temporary files; a dossier that turns out invalid fails
        // before any file is put in place.
        var background = loader
        background.checkingThreads = max(1, loader.readingThreads - 1)
        let pending = try background.loadDeferringValidation(path: path, format: inputFormat)
        dossier = pending.dossier
        validation = BackgroundCheck(pending.check)
      case .file(let path):
        dossier = try loader.load(path: path, format: inputFormat)
      case .bytes(let data, let name):
        dossier = try loader.load(data: data, format: inputFormat ?? .json, name: name)
      case .dossier(let given, _):
        dossier = given
      }
      result.dossierID = dossier.id
      if let preparation { dossier = try preparation(dossier, job.input.name) }
      for (exporter, destination) in zip(exporters, job.destinations) {
        let checked = try options.checked(for: exporter.format)
        if createsDirectories, case .file(let path) = destination {
          try Self.createDirectory(for: path)
        }
        let written = try destination.write { writer in
          try exporter.export(dossier, options: checked, to: writer)
          try validation?.wait()
        }
        result.warnings += written.warnings.map { "\(exporter.format.id): \($0)" }
        if let bytes = written.collected { result.collected.append(bytes) }
        result.outputs.append(destination.description)
      }
      try validation?.wait()
      // The check let go of the dossier before it signalled: this is the
      // last reference, freed on the release thread.
      LateRelease.release(consume dossier)
    } catch {
      // An invalid dossier explains any other failure of its export.
      result.error = validation?.finish() ?? error
    }
    return result
  }

  static func createDirectory(for path: String) throws(OutputError) {
    let directory = (path as NSString).deletingLastPathComponent
    guard !directory.isEmpty else { return }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw OutputError(
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

/// A check running on another thread, waited for where its result matters.
private final class BackgroundCheck: @unchecked Sendable {
  private let done = DispatchGroup()
  /// What the check threw, once it has finished.
  private var failure: (any Error)?
  /// The check, dropped (with what it holds, the dossier) before `done`
  /// is signalled.
  private var check: (@Sendable () throws -> Void)?

  init(_ check: @escaping @Sendable () throws -> Void) {
    self.check = check
    done.enter()
    DispatchQueue.global().async {
      do {
        try self.check?()
      } catch {
        self.failure = error
      }
      self.check = nil
      self.done.leave()
    }
  }

  /// Waits for the check; rethrows what it threw.
  func wait() throws {
    if let failure = finish() { throw failure }
  }

  /// Waits for the check; what it threw, if anything.
  func finish() -> (any Error)? {
    done.wait()
    return failure
  }
}
