import ParleyCore

/// A dossier as a table: a header and rows of text cells, which every
/// tabular format writes in its own syntax (CSV today).
///
/// ``Table`` chooses which table: the chronological timeline, Knight Lab
/// TimelineJS's spreadsheet template, the stance table, or the holders ×
/// issues matrix of latest stances. Rows are made one at a time as ``rows``
/// is iterated; only the order of the records is worked out beforehand.
///
/// ```swift
/// let table = TableProjection(dossier, table: .positions)
/// print(table.columns)
/// for row in table.rows { print(row) }
/// ```
public struct TableProjection: Sendable {
  /// Which table.
  public enum Table: String, CaseIterable, Sendable {
    /// One row per talk, event, statement and position, in time order.
    case timeline
    /// Knight Lab TimelineJS's 18-column spreadsheet template.
    case timelinejs
    /// The stance table: one row per holder, issue and date.
    case positions
    /// The holders × issues matrix of each pair's latest stance.
    case stanceMatrix
  }

  /// What happens to records without a date.
  public enum Undated: String, CaseIterable, Sendable {
    /// Listed after the dated rows.
    case keep
    /// Left out.
    case drop
  }

  /// The dossier.
  public let dossier: Dossier
  /// Which table.
  public let table: Table
  /// What happens to undated records (TimelineJS always drops them: it needs a date).
  public let undated: Undated

  /// Projects `dossier` to `table`.
  public init(_ dossier: Dossier, table: Table = .timeline, undated: Undated = .keep) {
    (self.dossier, self.table, self.undated) = (dossier, table, undated)
  }

  /// Whether rows without a date are made.
  var keepsUndated: Bool { undated == .keep }

  /// The header.
  public var columns: [String] {
    switch table {
    case .timeline: TimelineTable.columns
    case .timelinejs: TimelineJSTable.columns
    case .positions: StanceTable.columns
    case .stanceMatrix: StanceMatrix.columns(of: dossier)
    }
  }

  /// The rows, each with as many cells as ``columns``.
  public var rows: TableRows {
    let index = DossierIndex(dossier)
    switch table {
    case .timeline: return TimelineTable(dossier: dossier, index: index).rows(keepsUndated)
    case .timelinejs: return TimelineJSTable(dossier: dossier, index: index).rows()
    case .positions: return StanceTable(dossier: dossier, index: index).rows(keepsUndated)
    case .stanceMatrix: return StanceMatrix(dossier: dossier, index: index).rows(keepsUndated)
    }
  }
}
