import Foundation
import GRDB
public import ListingLintCore

/// The audit history: every completed audit's summary, with its per-category and per-seller
/// figures, in an embedded SQLite database. Each audit is written in one transaction, so an
/// interrupted or killed audit never leaves half a record.
public final class AuditHistory {
    private let database: DatabaseQueue

    /// Opens (creating if needed) the history database at `path`.
    public init(path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try DatabaseQueue(path: path)
        try Self.migrator.migrate(database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "audit") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("startedAt", .text).notNull()
                table.column("seconds", .double).notNull()
                table.column("toolVersion", .text).notNull()
                table.column("ruleSet", .text).notNull()
                table.column("inputs", .text).notNull()
                table.column("listings", .integer).notNull()
                table.column("failed", .integer).notNull()
                table.column("meanScore", .double).notNull()
                table.column("transparencyShare", .double).notNull()
                table.column("summary", .text).notNull()
            }
            for group in ["auditCategory", "auditSeller"] {
                try db.create(table: group) { table in
                    table.belongsTo("audit", onDelete: .cascade).notNull()
                    table.column("name", .text).notNull()
                    table.column("listings", .integer).notNull()
                    table.column("scoreSum", .integer).notNull()
                    table.column("fullyTransparent", .integer).notNull()
                    table.primaryKey(["auditId", "name"])
                }
            }
        }
        return migrator
    }

    /// Records a completed audit in one transaction and returns its id.
    @discardableResult
    public func record(_ result: AuditResult, toolVersion: String) throws -> Int64 {
        let summary = result.summary
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let summaryJSON = String(decoding: try encoder.encode(summary), as: UTF8.self)
        let inputsJSON = String(decoding: try encoder.encode(summary.inputs), as: UTF8.self)
        return try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO audit (startedAt, seconds, toolVersion, ruleSet, inputs, listings, failed,
                                       meanScore, transparencyShare, summary)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    result.startedAt, result.seconds, toolVersion, summary.ruleSet, inputsJSON, summary.checked,
                    summary.failed, summary.meanScore, summary.transparencyShare, summaryJSON,
                ]
            )
            let id = db.lastInsertedRowID
            for (table, groups) in [("auditCategory", summary.categories), ("auditSeller", summary.sellers)] {
                for (name, tally) in groups {
                    try db.execute(
                        sql: "INSERT INTO \(table) (auditId, name, listings, scoreSum, fullyTransparent) VALUES (?, ?, ?, ?, ?)",
                        arguments: [id, name, tally.listings, tally.scoreSum, tally.fullyTransparent]
                    )
                }
            }
            return id
        }
    }

    /// The summary of the latest recorded audit (before `id`, when given).
    public func latestSummary(before id: Int64? = nil) throws -> CatalogueSummary? {
        let json = try database.read { db in
            try String.fetchOne(
                db,
                sql: "SELECT summary FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1",
                arguments: [id ?? Int64.max]
            )
        }
        guard let json else { return nil }
        return try JSONDecoder().decode(CatalogueSummary.self, from: Data(json.utf8))
    }

    /// The headline figures of the last `limit` audits, oldest first.
    public func trend(limit: Int = 24) throws -> [TrendPoint] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT startedAt, listings, meanScore, transparencyShare, ruleSet FROM audit ORDER BY id DESC LIMIT ?",
                arguments: [limit]
            )
            return rows.reversed().map { row in
                TrendPoint(
                    startedAt: row["startedAt"],
                    listings: row["listings"],
                    meanScore: row["meanScore"],
                    transparencyShare: row["transparencyShare"],
                    ruleSet: row["ruleSet"]
                )
            }
        }
    }

    /// How many audits are recorded.
    public func count() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
    }
}
