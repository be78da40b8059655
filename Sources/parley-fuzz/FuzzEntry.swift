import Foundation
import ParleyCore
import ParleyFormats
import ParleyIngest

/// What one run fuzzes, from `PARLEY_FUZZ_TARGET` (docs/fuzzing.md):
/// `readers` (the default: XML, JSON and YAML, loaded and validated),
/// `ingest` (the article readers for text, HTML and JSON Lines, then a
/// draft from what they read) or `edtf` (the EDTF parser and what a date
/// answers). Any input may be rejected; none may crash, hang or leak.
let fuzzTarget = ProcessInfo.processInfo.environment["PARLEY_FUZZ_TARGET"] ?? "readers"

/// The ingestor, made once: its lexicon index is costly to build.
let fuzzIngestor = Ingestor()

/// Feeds one input to the chosen target.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) {
  let data = Data(bytes)
  switch fuzzTarget {
  case "ingest":
    let loader = ArticleLoader()
    var articles: [Article] = []
    for ext in ["txt", "html", "jsonl"] {
      articles +=
        loader.articles(in: data, name: "fuzz." + ext, extension: ext, sniffing: false)
        .articles
    }
    _ = fuzzIngestor.draft(articles)
  case "edtf":
    guard let date = try? EDTFDate(String(decoding: data, as: UTF8.self)) else { return }
    _ = (date.start, date.end, date.precision, date.qualifier, date.isInterval, date.description)
  default:
    let loader = BuiltinFormats.loader
    for format in loader.readers.map(\.format) {
      _ = try? loader.load(data: data, format: format, name: "fuzz")
    }
  }
}

#if PARLEY_FUZZ
  /// libFuzzer's driver, which runs the fuzzing loop with our callback.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The executable's entry point: SwiftPM links `main` to this symbol, so
  /// it hands control to libFuzzer's driver (build with `-sanitize=fuzzer`;
  /// see docs/fuzzing.md).
  @_cdecl("parley_fuzz_main")
  func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, length in
      fuzzerTestOneInput(start, length)
    }
  }

  /// libFuzzer's per-input callback.
  @_cdecl("LLVMFuzzerTestOneInput")
  func fuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    fuzzOne(UnsafeRawBufferPointer(start: start, count: count))
    return 0
  }
#else
  /// Without libFuzzer: runs the given files through the same entry point,
  /// to reproduce a crash the fuzzer found.
  @main
  struct FuzzReproducer {
    static func main() throws {
      for path in CommandLine.arguments.dropFirst() {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        data.withUnsafeBytes(fuzzOne)
        print("\(path): ok")
      }
    }
  }
#endif
