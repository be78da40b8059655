import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyCSV

@Suite("CSV exporter")
struct CSVExporterTests {
  func table(_ options: [String: String] = [:], yaml: String = timelineDossier) throws
    -> [[String]]
  {
    try parseCSV(try render(CSVExporter(), try dossier(yaml), options))
  }

  func column(_ rows: [[String]], _ name: String) throws -> [String] {
    let index = try #require(rows[0].firstIndex(of: name))
    return rows.dropFirst().map { $0[index] }
  }

  @Test("RFC 4180 quoting: commas, quotes, CR and LF are quoted, quotes doubled")
  func quoting() {
    #expect(CSVTableWriter.quoted("plain") == "plain")
    #expect(CSVTableWriter.quoted("a,b") == "\"a,b\"")
    #expect(CSVTableWriter.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVTableWriter.quoted("two\nlines") == "\"two\nlines\"")
    #expect(CSVTableWriter.quoted("cr\rhere") == "\"cr\rhere\"")
    #expect(CSVTableWriter.quoted("") == "")
  }

  @Test(
    "formula cells get a leading quote",
    arguments: [
      ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"),
      ("\tx", "'\tx"), ("\rx", "'\rx"), ("-", "'-"), ("+", "'+"), ("-1,5", "'-1,5"),
      ("-0044-03-15", "'-0044-03-15"), ("--5", "'--5"), ("-5e", "'-5e"),
    ])
  func neutralised(cell: String, expected: String) {
    #expect(FormulaGuard.neutralised(cell) == expected)
  }

  @Test(
    "numbers and ordinary text stay as they are",
    arguments: [
      "-5", "+3.25", "-0.5", "1e-3", "-2E+10", ".5", "-.5", "5.", "057", "plain", "", "a=b",
    ])
  func kept(cell: String) {
    #expect(FormulaGuard.neutralised(cell) == cell)
  }

  @Test("the timeline has the issue's columns and one row per dated or undated item")
  func timelineShape() throws {
    let rows = try table()
    #expect(
      Array(rows[0].prefix(16)) == [
        "date", "end_date", "precision", "kind", "id", "title", "summary", "actors", "actor_ids",
        "talk", "issues", "stance", "location", "cameo", "sources", "source_urls",
      ])
    #expect(rows.allSatisfy { $0.count == rows[0].count })
    #expect(rows.count == 1 + 2 + 7 + 2 + 6)
  }

  @Test("chronological by start; ties by kind, then id; undated last")
  func timelineOrder() throws {
    let ids = try column(try table(), "id")
    #expect(
      ids == [
        "e-decade",  // 201X starts in 2010
        "p-month", "s-2",  // 2021-12 and 2021-12-01 start on the same day: position < statement
        "e-1",  // 2021-12-06
        "p-us-old",  // 2021-12-17
        "e-open",  // ../2021: unknown start, sorts by its end, the last instant of 2021
        "p-us",  // 2022-01~ starts 2022-01-01
        "p-a", "p-b", "s-1", "t-geneva",  // 2022-01-10 at midnight: position < statement < talk
        "e-time",  // 2022-01-10T09:30
        "e-unknown-end",  // 2022-01-12
        "e-undated", "p-evil", "p-undated", "t-undated",  // undated, by kind then id
      ])
  }

  @Test("--undated drop leaves out undated records and never invents a date")
  func undatedDropped() throws {
    let rows = try table(["undated": "drop"])
    let ids = try column(rows, "id")
    #expect(!ids.contains("t-undated") && !ids.contains("p-undated") && !ids.contains("e-undated"))
    #expect(ids.count == 13)
    let kept = try table()
    let undated = kept.filter { $0[4].hasSuffix("undated") || $0[4] == "p-evil" }
    #expect(undated.allSatisfy { $0[0] == "" && $0[1] == "" && $0[2] == "" })
  }

  @Test("dates: first and last day, precision, the EDTF as written")
  func dateColumns() throws {
    let rows = try table()
    func row(_ id: String) throws -> [String] { try #require(rows.first { $0[4] == id }) }
    let edtf = try #require(rows[0].firstIndex(of: "edtf"))
    #expect(Array(try row("p-month").prefix(3)) == ["2021-12-01", "2021-12-31", "month"])
    #expect(Array(try row("e-1").prefix(3)) == ["2021-12-06", "2021-12-17", "day"])
    #expect(Array(try row("e-open").prefix(3)) == ["", "2021-12-31", "year"])
    #expect(try row("e-open")[edtf] == "../2021")
    #expect(
      Array(try row("e-time").prefix(3)) == ["2022-01-10T09:30:00", "2022-01-10T09:30:00", "time"])
    #expect(try row("p-us")[edtf] == "2022-01~")
  }

  @Test("cells: names and ids, joined with '; ', sources once each")
  func cells() throws {
    let rows = try table()
    let talk = try #require(rows.first { $0[4] == "t-geneva" })
    let header = rows[0]
    func cell(_ name: String) -> String { talk[header.firstIndex(of: name)!] }
    #expect(cell("actors") == "Russia; United States, the")
    #expect(cell("actor_ids") == "ru; us")
    #expect(cell("issues") == "enlargement; missiles")
    #expect(cell("location") == "Geneva")
    #expect(cell("sources") == "src-a; src-b")
    #expect(cell("source_urls") == "https://example.org/a")
    #expect(cell("category") == "bilateral")
    let event = try #require(rows.first { $0[4] == "e-1" })
    #expect(event[header.firstIndex(of: "cameo")!] == "036")
    #expect(event[header.firstIndex(of: "target_ids")!] == "us")
  }

  @Test("formula injection is neutralised by default and kept with --csv-raw")
  func injection() throws {
    let safe = try table()
    let titles = try column(safe, "title")
    #expect(titles.contains("'@SUM(A1)"))
    #expect(titles.contains("'=HYPERLINK(\"http://x\")"))
    #expect(try column(safe, "summary").contains("'+1 and -2"))
    #expect(try column(safe, "summary").contains("-5"))  // a number stays a number
    #expect(titles.contains("'\tTabbed\nline"))
    let raw = try column(try table(["csv-raw": "true"]), "title")
    #expect(raw.contains("@SUM(A1)"))
    #expect(raw.contains("=HYPERLINK(\"http://x\")"))
  }

  @Test("LF by default; --crlf and --bom")
  func lineEndsAndBOM() throws {
    let input = try dossier(timelineDossier)
    let plain = try renderBytes(CSVExporter(), input)
    #expect(!plain.contains(0x0D))
    #expect(plain.starts(with: Array("date,".utf8)))
    let windows = try renderBytes(CSVExporter(), input, ["crlf": "true", "bom": "true"])
    #expect(windows.starts(with: [0xEF, 0xBB, 0xBF] + Array("date,".utf8)))
    // Rows end with CRLF; a line break inside a quoted cell is data and stays as it is.
    let rows = try parseCSV(String(decoding: plain, as: UTF8.self))
    let crlfCount = zip(windows, windows.dropFirst()).filter { $0 == (0x0D, 0x0A) }.count
    #expect(crlfCount == rows.count)
    #expect(try parseCSV(String(decoding: windows.dropFirst(3), as: UTF8.self)) == rows)
  }

  @Test("TimelineJS: the 18 template columns, a title slide, partial dates, HTML")
  func timelineJS() throws {
    let rows = try table(["csv-flavor": "timelinejs"])
    #expect(
      rows[0] == [
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
        "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
        "Media Thumbnail", "Type", "Group", "Background",
      ])
    #expect(rows.allSatisfy { $0.count == 18 })
    #expect(rows[1][9] == "Timeline, test")
    #expect(rows[1][10] == "<p>A &lt;b&gt;test&lt;/b&gt; &amp; more</p>")
    #expect(rows[1][15] == "title")
    // Undated records, the open-start interval and 201X have no known start year: left out.
    #expect(rows.count == 2 + 11)
    #expect(!rows.contains { $0[9] == "Sometime in the 2010s" })
    let unknownEnd = try #require(rows.first { $0[9] == "Ends sometime" })
    #expect(Array(unknownEnd[0...8]) == ["2022", "1", "12", "", "", "", "", "", "2022-01-12/20XX"])
    let month = try #require(rows.first { $0[9].hasPrefix("Russia proposes") })
    #expect(Array(month[0...8]) == ["2021", "12", "", "", "", "", "", "", ""])
    let interval = try #require(rows.first { $0[9] == "'@SUM(A1)" })
    #expect(Array(interval[0...8]) == ["2021", "12", "6", "", "2021", "12", "17", "", ""])
    let call = try #require(rows.first { $0[9] == "Call" })
    #expect(Array(call[0...3]) == ["2022", "1", "10", "09:30:00"])
    let approximate = try #require(rows.first { $0[9].hasPrefix("United States, the open") })
    #expect(Array(approximate[0...3]) == ["2022", "1", "", ""])
    #expect(approximate[8] == "2022-01~")
    let talk = try #require(rows.first { $0[9] == "Geneva talks" })
    #expect(talk[16] == "Talks")
    #expect(
      talk[10]
        == "<p>No deal</p><p>Sources: <a href=\"https://example.org/a\">Article &quot;A&quot;</a>; Article B</p>"
    )
  }

  @Test("positions: one row per holder, issue and date, stances joined")
  func stanceTable() throws {
    let rows = try table(["csv-flavor": "positions"])
    #expect(rows[0].count == 15)
    #expect(rows.allSatisfy { $0.count == 15 })
    // p-a and p-b share holder, issue and date.
    #expect(rows.count == 1 + 6)
    let shared = try #require(rows.first { $0[8].contains("p-a") })
    #expect(shared[7] == "demands; warns")
    #expect(shared[8] == "p-b; p-a")
    #expect(try column(rows, "holder_id") == ["ru", "us", "us", "ru", "evil", "us"])
    let undatedDropped = try table(["csv-flavor": "positions", "undated": "drop"])
    #expect(undatedDropped.count == 1 + 4)
  }

  @Test("positions --wide: holders by id × issues, the latest stance")
  func stanceMatrix() throws {
    let rows = try table(["csv-flavor": "positions", "wide": "true"])
    #expect(rows[0] == ["holder", "holder_id", "enlargement", "missiles"])
    #expect(rows.map { $0[1] }.dropFirst() == ["evil", "ru", "us"])
    #expect(rows[2] == ["Russia", "ru", "demands; warns", ""])  // latest: 2022-01-10, not 2021-12
    #expect(rows[3] == ["United States, the", "us", "rejects", "open"])  // dated beats undated
    #expect(rows[1][3] == "supports")  // only undated: kept
    let dropped = try table(["csv-flavor": "positions", "wide": "true", "undated": "drop"])
    #expect(dropped.map { $0[1] }.dropFirst() == ["ru", "us"])
  }

  @Test("--wide needs the positions flavour")
  func wideNeedsPositions() throws {
    let input = try dossier(timelineDossier)
    do {
      _ = try render(CSVExporter(), input, ["wide": "true"])
      Issue.record("--wide with the timeline flavour was accepted")
    } catch let error as ExportOptionError {
      #expect(error.option == "wide")
      #expect(
        error.problem
          == .needs(
            option: "csv-flavor", value: "positions", because: "only applies to the stance table"))
    }
  }

  @Test("an unknown flavour is refused with the choices")
  func unknownFlavor() throws {
    let input = try dossier(timelineDossier)
    let error = #expect(throws: ExportOptionError.self) {
      _ = try render(CSVExporter(), input, ["csv-flavor": "timelinex"])
    }
    #expect(error?.option == "csv-flavor")
  }

  @Test(
    "every flavour gives the same bytes for the same dossier",
    arguments: [
      [:], ["csv-flavor": "timelinejs"], ["csv-flavor": "positions"],
      ["csv-flavor": "positions", "wide": "true"],
    ])
  func deterministic(options: [String: String]) throws {
    let input = try dossier(timelineDossier)
    let first = try render(CSVExporter(), input, options)
    for _ in 0..<3 { #expect(try render(CSVExporter(), input, options) == first) }
  }

  @Test("option names do not clash with each other")
  func optionNames() {
    let names = CSVExporter().format.options.map(\.name)
    #expect(Set(names).count == names.count)
  }
}
