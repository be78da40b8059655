import ParleyTables

/// What the database offers beyond the tables: full-text search over the
/// statements' and the sources' text, and views for the questions analysts
/// ask. `docs/sqlite.md` documents each.
enum SQLiteViews {
  /// The FTS5 indexes, `statements_fts` and `sources_fts`: external content
  /// (the text is stored once, in its table), Porter stemming over Unicode
  /// words without diacritics, filled from the tables.
  static let search = """
    CREATE VIRTUAL TABLE "statements_fts" USING fts5(
      "text", content="statements", content_rowid="rowid",
      tokenize='porter unicode61 remove_diacritics 2');
    INSERT INTO "statements_fts" ("statements_fts") VALUES ('rebuild');
    CREATE VIRTUAL TABLE "sources_fts" USING fts5(
      "title", "text", content="sources", content_rowid="rowid",
      tokenize='porter unicode61 remove_diacritics 2');
    INSERT INTO "sources_fts" ("sources_fts") VALUES ('rebuild');

    """

  /// The views over the tables.
  static let views = """
    CREATE VIEW "positions_named" AS
    SELECT p."id", p."holder", holder."name" AS "holder_name", p."issue",
      issue."label" AS "issue_label", p."stance", p."date", p."date_start", p."date_end",
      p."talk", talk."name" AS "talk_name", p."summary"
    FROM "positions" AS p
    JOIN "entities" AS holder ON holder."id" = p."holder"
    JOIN "issues" AS issue ON issue."id" = p."issue"
    LEFT JOIN "talks" AS talk ON talk."id" = p."talk";

    CREATE VIEW "statements_named" AS
    SELECT s."id", s."speaker", speaker."name" AS "speaker_name", s."mode", s."date",
      s."date_start", s."date_end", s."talk", talk."name" AS "talk_name", s."text"
    FROM "statements" AS s
    LEFT JOIN "entities" AS speaker ON speaker."id" = s."speaker"
    LEFT JOIN "talks" AS talk ON talk."id" = s."talk";

    CREATE VIEW "stance_changes" AS
    SELECT "holder", "holder_name", "issue", "issue_label", "previous_stance", "stance",
      "previous_date", "date", "previous_id", "id"
    FROM (
      SELECT p.*,
        lag(p."stance") OVER pair AS "previous_stance",
        lag(p."date") OVER pair AS "previous_date",
        lag(p."id") OVER pair AS "previous_id"
      FROM "positions_named" AS p
      WHERE p."date_start" IS NOT NULL
      WINDOW pair AS (PARTITION BY p."holder", p."issue" ORDER BY p."date_start", p."id")
    )
    WHERE "previous_stance" IS NOT NULL AND "previous_stance" <> "stance";

    CREATE VIEW "timeline" AS
    SELECT * FROM (
      SELECT 'talk' AS "kind", "id", "date", "date_start", "date_end", "name" AS "title"
      FROM "talks"
      UNION ALL
      SELECT 'event', "id", "date", "date_start", "date_end", "title" FROM "events"
      UNION ALL
      SELECT 'position', "id", "date", "date_start", "date_end",
        "holder_name" || ' ' || "stance" || ' ' || "issue_label" FROM "positions_named"
      UNION ALL
      SELECT 'statement', "id", "date", "date_start", "date_end",
        coalesce("speaker_name", 'unknown') || ': ' || "text" FROM "statements_named"
    )
    ORDER BY "date_start" IS NULL, "date_start", "kind", "id";

    """

  /// `provenance`: every provenance entry of every collection, with the
  /// collection and the record's id.
  static func provenance(_ layout: RelationalLayout) -> String {
    let selects = layout.tables.compactMap { table -> String? in
      guard case .list(let owner, "sources") = table.role else { return nil }
      let ownerColumn = table.columns[0].name
      let fields = table.columns.dropFirst().map { SQLiteSchema.quoted($0.name) }
      return "SELECT \(SQLiteSchema.literal(owner)) AS \"collection\", "
        + "\(SQLiteSchema.quoted(ownerColumn)) AS \"record_id\", "
        + fields.joined(separator: ", ") + " FROM \(SQLiteSchema.quoted(table.name))"
    }
    return "CREATE VIEW \"provenance\" AS\n" + selects.joined(separator: "\nUNION ALL\n") + ";\n"
  }
}
