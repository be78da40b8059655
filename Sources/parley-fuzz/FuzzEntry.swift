import Foundation
import ParleyCore
import ParleyFormats

/// Feeds one input to every reader: XML, JSON and YAML, each loaded and
/// validated. Any input may be rejected; none may crash, hang or leak.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) {
  let data = Data(bytes)
  let loader = BuiltinFormats.loader
  for format in loader.readers.map(\.format) {
    _ = try? loader.load(data: data, format: format, name: "fuzz")
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
