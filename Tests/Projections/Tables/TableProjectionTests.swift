import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyTables

@Suite("Table projection")
struct TableProjectionTests {
  @Test(
    "every row has as many cells as the header, in every table",
    arguments: TableProjection.Table.allCases)
  func rectangular(_ table: TableProjection.Table) throws {
    let projection = TableProjection(try sampleDossier(), table: table)
    let width = projection.columns.count
    let rows = Array(projection.rows)
    #expect(!rows.isEmpty)
    #expect(rows.count == projection.rows.count)
    #expect(rows.allSatisfy { $0.count == width })
  }

  @Test("the timeline has one row per talk, event, statement and position; drop leaves undated out")
  func timelineRows() throws {
    let dossier = try sampleDossier()
    let all = TableProjection(dossier, table: .timeline, undated: .keep).rows
    let records =
      dossier.talks.count + dossier.events.count + dossier.statements.count
      + dossier.positions.count
    #expect(all.count == records)
    let dated = TableProjection(dossier, table: .timeline, undated: .drop).rows
    let undated =
      dossier.talks.filter { $0.date == nil }.count + dossier.events.filter { $0.date == nil }.count
      + dossier.statements.filter { $0.date == nil }.count
      + dossier.positions.filter { $0.date == nil }.count
    #expect(dated.count == records - undated)
  }

  @Test("timeline rows are in time order, undated last")
  func timelineOrder() throws {
    let projection = TableProjection(try sampleDossier(), table: .timeline)
    let dates = projection.rows.map { $0[0] }
    let dated = dates.prefix { !$0.isEmpty }
    #expect(dated.elementsEqual(dated.sorted()))
    #expect(dates.dropFirst(dated.count).allSatisfy { $0.isEmpty })
  }

  @Test("TimelineJS starts with the title slide and has the template's 18 columns")
  func timelineJS() throws {
    let dossier = try sampleDossier()
    let projection = TableProjection(dossier, table: .timelinejs)
    #expect(projection.columns.count == 18)
    let first = try #require(projection.rows.first { _ in true })
    #expect(first[9] == TimelineJSTable.html(dossier.title))
    #expect(first[15] == "title")
  }

  @Test("the stance matrix has a column per issue and a row per holder with a stance")
  func matrix() throws {
    let dossier = try sampleDossier()
    let projection = TableProjection(dossier, table: .stanceMatrix)
    #expect(projection.columns == ["holder", "holder_id"] + dossier.issues.map(\.id))
    let holders = Set(dossier.positions.map(\.holder))
    #expect(projection.rows.map { $0[1] } == holders.sorted())
  }
}
