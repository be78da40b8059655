import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyCore

/// The direct JSON decoder may only ever be a shortcut: for any input, a
/// load with it gives exactly what a load without it gives — the same
/// dossier, or the same diagnostics, in the same order, with the same places.
@Suite("Direct JSON decoding")
struct DirectJSONDecoderTests {
  /// What loading `text` gives, with the direct decoder or without.
  private func outcome(_ text: String, direct: Bool) -> Result<Dossier, ValidationReport> {
    var loader = DossierLoader()
    loader.decodesDirectly = direct
    do {
      return .success(try loader.load(data: Data(text.utf8), format: .json, name: "t.json"))
    } catch let report as ValidationReport {
      return .failure(report)
    } catch {
      Issue.record("unexpected error \(error)")
      return .failure(ValidationReport([]))
    }
  }

  private func direct(_ text: String, sharing: DirectJSONDecoder.Sharing = .serial) -> Dossier? {
    Array(text.utf8).withUnsafeBufferPointer { DirectJSONDecoder.decode($0, sharing: sharing) }
  }

  @Test(
    "valid dossiers are decoded directly, to the same dossier",
    arguments: [
      Fixtures.fullJSON, EveryField.json,
    ])
  func valid(_ text: String) throws {
    let decoded = try #require(direct(text), "the direct decoder reads a valid dossier")
    #expect(.success(decoded) == outcome(text, direct: false))
    #expect(direct(text, sharing: .everyRecord) == decoded, "shared among threads, the same")
    #expect(outcome(text, direct: true) == outcome(text, direct: false))
  }

  @Test("escapes, a byte order mark, whitespace and key order change nothing")
  func variants() throws {
    let text = """
      \u{FEFF}{ "title" : "Caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t",
        "id":"d" ,"parley":"1.0", "entities":[{"kind":"person","name":"A\\u0301","id":"a",
        "attributes":{"n":1,"r":2.5,"e":1E2,"b":true,"f":false,"s":"x"}}]}\r\n
      """
    let decoded = try #require(direct(text))
    #expect(decoded.title == "Café 😀 \"q\" \\ / \u{08}\u{0C}\n\r\t")
    #expect(decoded.entities[0].attributes["e"] == .integer(100), "a whole real is an integer")
    #expect(outcome(text, direct: true) == outcome(text, direct: false))
  }

  /// Lists are cut into chunks by a scan that follows strings: brackets,
  /// commas and escaped quotes in a text must not move a chunk's start.
  @Test("a list shared among threads: texts that look like records, and a trailing comma")
  func chunks() throws {
    func dossier(_ entities: [String], trailing: String = "") -> String {
      #"{"parley":"1.0","id":"d","title":"t","entities":["#
        + entities.enumerated().map { index, name in
          #"{"id":"e\#(index)","kind":"person","name":"\#(name)"}"#
        }.joined(separator: " ,\n ") + trailing + "]}"
    }
    let names = [
      #"a \"}, {\" b"#, #"\\"#, #"c\\\"],[{"#, "{", "}", #"\\\\"#, "ж ]", "x",
    ]
    let text = dossier(names)
    let decoded = try #require(direct(text))
    #expect(
      decoded.entities.map(\.name) == [
        #"a "}, {" b"#, #"\"#, #"c\"],[{"#, "{", "}", #"\\"#, "ж ]", "x",
      ])
    let bytes = Array(text.utf8)
    let list = try #require(text.utf8.firstIndex(of: UInt8(ascii: "[")))
    for chunkBytes in [1, 20, 60, 200] {
      let sharing = DirectJSONDecoder.Sharing(threads: 2, chunkBytes: chunkBytes)
      let chunks = try #require(
        bytes.withUnsafeBufferPointer {
          ListChunks(
            $0, from: text.utf8.distance(from: text.utf8.startIndex, to: list) + 1, sharing: sharing
          )
        }, "the scan cuts the list")
      #expect(chunks.recordCount == names.count)
      #expect(chunks.starts.allSatisfy { bytes[$0] == UInt8(ascii: "{") })
      #expect(chunkBytes > 1 || chunks.starts.count == names.count)
      #expect(direct(text, sharing: sharing) == decoded, "chunks of \(chunkBytes) bytes")
      #expect(direct(dossier(names, trailing: ","), sharing: sharing) == nil, "a trailing comma")
      #expect(
        direct(dossier(names, trailing: ",{}"), sharing: sharing) == nil,
        "an empty last record: the chunks decoded before it are undone")
      // A record the scan passes and the decoder refuses, in the middle:
      // chunks after it may be decoded already.
      var robot = names.map { #"{"id":"r","kind":"person","name":"\#($0)"}"# }
      robot[names.count / 2] = #"{"id":"r","kind":"robot","name":"x"}"#
      let middle =
        #"{"parley":"1.0","id":"d","title":"t","entities":["#
        + robot.joined(separator: ",") + "]}"
      #expect(direct(middle, sharing: sharing) == nil, "a bad record in a middle chunk")
    }
  }

  /// Every byte of a valid dossier deleted, and several replaced, one at a
  /// time: each broken input loads exactly as the thorough reader alone
  /// loads it. Most fail; the few that still parse (a deleted space) must
  /// give the same dossier.
  @Test("every one-byte damage to a dossier loads as the thorough reader loads it")
  func damage() {
    let bytes = Array(Fixtures.fullJSON.utf8)
    var misses = 0
    for index in bytes.indices {
      var variants: [[UInt8]] = []
      var deleted = bytes
      deleted.remove(at: index)
      variants.append(deleted)
      for replacement in ["\"", "\\", ",", "}", "1", "n", "\u{01}", "\u{FF}"] where index % 3 == 0 {
        var replaced = bytes
        replaced[index] = Array(replacement.utf8)[0]
        variants.append(replaced)
      }
      for variant in variants {
        let text = String(decoding: variant, as: UTF8.self)
        let serial = direct(text)
        if serial == nil { misses += 1 }
        if direct(text, sharing: .everyRecord) != serial {
          Issue.record(
            "byte \(index): shared among threads, the decoder differs for \(text.prefix(200))…")
          return
        }
        let withDirect = outcome(text, direct: true)
        let without = outcome(text, direct: false)
        if withDirect != without {
          Issue.record("byte \(index): the two ways differ for \(text.prefix(200))…")
          return
        }
      }
    }
    #expect(misses > bytes.count / 2, "most damage sends the input to the thorough reader")
  }

  @Test(
    "what JSON forbids and the IR does not allow is left to the thorough reader",
    arguments: [
      #"{"parley":"1.0","id":"d","title":"t",}"#,
      #"{"parley":"1.0","id":"d","title":"t","title":"u"}"#,
      #"{"parley":"1.0","id":"d","title":"t","tilte":"u"}"#,
      #"{"parley":"1.0","id":"d","title":null}"#,
      #"{"parley":"1.0","id":"d"}"#,
      #"{"parley":"2.0","id":"d","title":"t"}"#,
      #"{"parley":"1.0","id":"-d","title":"t"}"#,
      #"{"parley":"1.0","id":"d","title":"\ud800"}"#,
      #"{"parley":"1.0","id":"d","title":"t"} x"#,
      #"{"parley":"1.0","id":"d","title":"t","entities":[{"id":"a","kind":"robot","name":"A"}]}"#,
      #"{"parley":"1.0","id":"d","title":"t","entities":[{"id":"a","kind":"state","name":"A","attributes":{"n":01}}]}"#,
      #"{"parley":"1.0","id":"d","title":"t","entities":[{"id":"a","kind":"state","name":"A","attributes":{"n":1e400}}]}"#,
      #"{"parley":"1.0","id":"d","title":"t","entities":[{"id":"a","kind":"state","name":"A","attributes":{"n":[1]}}]}"#,
      #"{"parley":"1.0","id":"d","title":"t","sources":[{"id":"s","title":"S","published":"2022-13"}]}"#,
      #"{"parley":"1.0","id":"d","title":"t","positions":[{"id":"p","holder":"x","issue":"i","stance":"demands"}]}"#,
      #"{"parley":"1.0","id":"d","title":"t","sources":[{"id":"s","title":"S","text":"abc"}],"entities":[{"id":"a","kind":"state","name":"A","sources":[{"source":"s","span":[0,99999999999999999999]}]}]}"#,
    ])
  func refused(_ text: String) {
    #expect(direct(text, sharing: .everyRecord) == direct(text))
    let withDirect = outcome(text, direct: true)
    #expect(withDirect == outcome(text, direct: false))
    guard case .failure(let report) = withDirect else {
      Issue.record("\(text) loaded")
      return
    }
    #expect(!report.diagnostics.isEmpty)
  }
}

/// The shortcut for the common date forms means exactly what the full
/// grammar means, and refuses what it refuses.
@Suite("EDTF shortcut")
struct EDTFShortcutTests {
  private func same(_ text: String) {
    let quick = Result { () throws(EDTFError) in try EDTFDate(text) }
    let full = Result { () throws(EDTFError) in try EDTFDate.parsedFully(text) }
    switch (quick, full) {
    case (.success(let a), .success(let b)):
      #expect(a.start == b.start && a.end == b.end, "\(text)")
      #expect(a.precision == b.precision && a.qualifier == b.qualifier, "\(text)")
      #expect(a.isInterval == b.isInterval, "\(text)")
      #expect(a.calendarValue?.lexical == b.calendarValue?.lexical, "\(text)")
      #expect(a.calendarValue?.precision == b.calendarValue?.precision, "\(text)")
      #expect(a.value == b.value && a == b, "\(text)")
    case (.failure(let a), .failure(let b)):
      #expect(a == b, "\(text)")
    default:
      Issue.record("\(text): \(quick) but \(full)")
    }
  }

  @Test("every day and month of some years, and the forms around them")
  func days() {
    for year in [999, 1000, 1582, 1900, 2000, 2022, 2024, 9999] {
      let y =
        String(year).count < 4
        ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
      same(y)
      for month in 0...13 {
        let m = month < 10 ? "0\(month)" : "\(month)"
        same("\(y)-\(m)")
        for day in [0, 1, 9, 10, 28, 29, 30, 31, 32] {
          same("\(y)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")")
        }
      }
    }
    for text in [
      "2022-1-01", "2022-01-1", "2022/", "2022-21", "2022-01-10?", "2022~", "202X", "-2022",
      "Y20222", "2022-01-1X", "20220110", "2022-01-10T09:30:00Z", "２０２２", "2022-0a", "",
    ] {
      same(text)
    }
  }
}

extension DirectJSONDecoder.Sharing {
  /// One thread.
  static let serial = Self(threads: 1, chunkBytes: .max)
  /// Three threads, and a chunk for every record of every list.
  static let everyRecord = Self(threads: 3, chunkBytes: 1)
}

/// Pages are handed back only below the first chunk not yet decoded, and
/// in steps, however the threads finish.
@Suite("Chunk progress")
struct ChunkProgressTests {
  @Test("chunks finished out of order release only what lies below all of them")
  func outOfOrder() throws {
    let text = "[" + Array(repeating: #"{"a":"bbbbbbbbbb"}"#, count: 8).joined(separator: ",") + "]"
    let bytes = Array(text.utf8)
    let chunks = try #require(
      bytes.withUnsafeBufferPointer {
        ListChunks($0, from: 1, sharing: DirectJSONDecoder.Sharing(threads: 2, chunkBytes: 1))
      })
    #expect(chunks.starts.count == 8)
    var progress = ChunkProgress(count: 8, nextRelease: chunks.starts[2])
    for _ in 0..<8 { _ = progress.take() }
    #expect(progress.take() == nil, "every chunk taken once")
    #expect(progress.finish(1, decoded: true, chunks) == nil, "chunk 0 is not done")
    #expect(progress.finish(3, decoded: true, chunks) == nil)
    #expect(progress.finish(0, decoded: true, chunks) == chunks.starts[2], "0 and 1 are done")
    #expect(progress.finish(2, decoded: true, chunks) == nil, "not yet a step further")
    #expect(progress.nextRelease == chunks.starts[2] + DirectJSONDecoder.releaseStep)
    #expect(progress.finish(5, decoded: false, chunks) == nil)
    #expect(progress.missed)
    #expect(progress.take() == nil, "nothing is taken after a miss")
  }
}

extension DirectJSONDecoderTests {
  @Test("the next list is cut while the last chunks of a list are decoded, and only a list")
  func followingList() throws {
    let people = (0..<6).map { #"{"id":"e\#($0)","kind":"person","name":"N\#($0)"}"# }
    let issues = (0..<6).map { #"{"id":"i\#($0)","label":"L \"]\#($0)"}"# }
    let text =
      #"{"parley":"1.0","id":"d","entities":["# + people.joined(separator: ",")
      + "] ,\n \"is\\\"sues\" : [ " + issues.joined(separator: ",") + #"],"title":"t"}"#
    let bytes = Array(text.utf8)
    let sharing = DirectJSONDecoder.Sharing(threads: 2, chunkBytes: 1)
    func offset(of needle: String, after start: Int = 0) throws -> Int {
      try #require(
        text.utf8.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
          .first { $0 >= start && text.utf8.dropFirst($0).starts(with: needle.utf8) })
    }
    try bytes.withUnsafeBufferPointer { buffer in
      let first = try #require(ListChunks(buffer, from: try offset(of: "[{") + 1, sharing: sharing))
      let next = try #require(ListChunks.following(first.end, in: buffer, sharing: sharing))
      #expect(next.start == (try offset(of: "{\"id\":\"i0\"")))
      #expect(next.recordCount == issues.count)
      // After the second list comes a string, not a list.
      #expect(ListChunks.following(next.end, in: buffer, sharing: sharing) == nil)
    }
    // The key `is"sues` is no collection: the direct decoder leaves the
    // dossier to the thorough reader, with or without the cut ahead.
    #expect(direct(text, sharing: sharing) == nil)
    let valid = text.replacingOccurrences(of: #""is\"sues""#, with: #""issues""#)
    let decoded = try #require(direct(valid, sharing: sharing))
    #expect(decoded == direct(valid))
    #expect(decoded.issues.map(\.label) == (0..<6).map { "L \"]\($0)" })
  }
}
