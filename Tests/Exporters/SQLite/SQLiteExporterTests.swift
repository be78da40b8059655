import Foundation
import ParleyCore
import ParleyLibSQLite
import ParleyRuntime
import ParleyTables
import ParleyTestSupport
import Testing

@testable import ParleySQLite

@Suite("SQLite exporter")
final class SQLiteExporterTests {
  /// The folder this test's databases are written to, removed when the test ends.
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "parley-sqlite-\(UUID().uuidString)")

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Exports `dossier` to a new database file in ``folder`` and opens it.
  func database(_ dossier: Dossier) throws -> (SQLiteDatabase, String) {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("out-\(UUID().uuidString).sqlite").path
    try OutputDestination.file(path).write {
      try SQLiteExporter().export(dossier, options: .init(), to: $0)
    }
    return (try SQLiteDatabase(path: path), path)
  }

  func count(_ database: SQLiteDatabase, _ table: String) throws -> Int {
    Int(try database.rows("SELECT count(*) FROM \"\(table)\"")[0][0]!)!
  }

  @Test("every collection has a table with a row per record, every list a row per element")
  func counts() throws {
    let sample = try sampleDossier()
    let (database, _) = try database(sample)
    #expect(try count(database, "sources") == sample.sources.count)
    #expect(try count(database, "entities") == sample.entities.count)
    #expect(try count(database, "issues") == sample.issues.count)
    #expect(try count(database, "talks") == sample.talks.count)
    #expect(try count(database, "positions") == sample.positions.count)
    #expect(try count(database, "statements") == sample.statements.count)
    #expect(try count(database, "events") == sample.events.count)
    #expect(try count(database, "relations") == sample.relations.count)
    #expect(
      try count(database, "entity_aliases") == sample.entities.map(\.aliases.count).reduce(0, +))
    #expect(try count(database, "talk_parties") == sample.talks.map(\.parties.count).reduce(0, +))
    #expect(
      try count(database, "position_evidence")
        == sample.positions.map(\.evidence.count).reduce(0, +))
    #expect(
      try count(database, "statement_provenance")
        == sample.statements.map(\.sources.count).reduce(0, +))
    #expect(
      try count(database, "provenance")
        == sample.entities.map(\.sources.count).reduce(0, +)
        + sample.talks.map(\.sources.count).reduce(0, +)
        + sample.positions.map(\.sources.count).reduce(0, +)
        + sample.statements.map(\.sources.count).reduce(0, +)
        + sample.events.map(\.sources.count).reduce(0, +)
        + sample.relations.map(\.sources.count).reduce(0, +))
  }

  @Test("the database is sound: integrity, foreign keys, full-text search, views")
  func soundness() throws {
    let (database, _) = try database(try sampleDossier())
    #expect(try database.rows("PRAGMA integrity_check") == [["ok"]])
    #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
    let found = try database.rows(
      """
      SELECT s.id FROM statements_fts JOIN statements AS s ON s.rowid = statements_fts.rowid
      WHERE statements_fts MATCH 'guarantees' ORDER BY s.id
      """)
    #expect(found.contains(["stmt-ryabkov-absolutely-essential"]))
    for view in ["positions_named", "statements_named", "stance_changes", "timeline", "provenance"]
    {
      #expect(try count(database, view) > 0, "\(view) is empty")
    }
  }

  @Test("dates have their start, end and precision; attributes keep their type")
  func cells() throws {
    let yaml = """
      parley: "1.0"
      id: d
      title: t
      entities:
        - {id: ru, kind: state, name: Russia, attributes: {seats: 3, share: 0.5, member: true, motto: "x"}}
      issues:
        - {id: nato, label: NATO}
      positions:
        - {id: p1, holder: ru, issue: nato, stance: demands, date: "2021-12"}
        - {id: p2, holder: ru, issue: nato, stance: rejects, date: "2022-01-10T09:30:00Z"}
      """
    let (database, _) = try database(try dossier(yaml))
    #expect(
      try database.rows(
        "SELECT date, date_start, date_end, date_precision FROM positions ORDER BY id")
        == [
          ["2021-12", "2021-12-01", "2021-12-31", "month"],
          ["2022-01-10T09:30:00Z", "2022-01-10T09:30:00", "2022-01-10T09:30:00", "time"],
        ])
    #expect(
      try database.rows("SELECT name, typeof(value), type FROM entity_attributes ORDER BY name")
        == [
          ["member", "integer", "boolean"], ["motto", "text", "string"],
          ["seats", "integer", "integer"], ["share", "real", "number"],
        ])
    #expect(
      try database.rows("SELECT previous_stance, stance FROM stance_changes") == [
        ["demands", "rejects"]
      ])
  }

  @Test("the same dossier gives the same bytes")
  func deterministic() throws {
    let sample = try sampleDossier()
    let (_, first) = try database(sample)
    let (_, second) = try database(sample)
    #expect(
      FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
  }

  @Test("a stream is refused with a clear error, never half a database")
  func stream() throws {
    let writer = OutputWriter(inMemory: "standard output")
    #expect {
      try SQLiteExporter().export(try sampleDossier(), options: .init(), to: writer)
    } throws: { error in
      (error as? OutputError)?.description.contains("must be written to a file") == true
    }
    #expect(writer.collected.isEmpty)
  }

  @Test("the layout follows the IR's description: each single-valued field is a column")
  func layout() throws {
    let layout = RelationalLayout.ir
    for kind in IRDescription.collections {
      let table = try #require(layout.table(named: kind.collection!))
      let names = Set(table.columns.map(\.name))
      for field in kind.fields {
        switch field.type {
        case .identifier: #expect(names.contains("id"))
        case .date:
          #expect(names.isSuperset(of: [field.name, field.name + "_start", field.name + "_end"]))
        case .texts, .references:
          #expect(layout.table(named: kind.name + "_" + field.name) != nil, "\(field.name)")
        case .records(let nested):
          let name = kind.name + "_" + (nested.name == "provenance" ? "provenance" : field.name)
          #expect(layout.table(named: name) != nil, "\(name)")
        case .attributes: #expect(layout.table(named: kind.name + "_attributes") != nil)
        case .span: #expect(names.contains(field.name + "_start"))
        default: #expect(names.contains(field.name), "\(kind.name).\(field.name)")
        }
      }
    }
  }
}
