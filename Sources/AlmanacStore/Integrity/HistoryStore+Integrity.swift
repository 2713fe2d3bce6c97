import GRDB

extension HistoryStore {
  /// Checks the database file and its references, and lists what is wrong.
  ///
  /// Runs `PRAGMA integrity_check` (structure of every page, index and constraint: NOT NULL, CHECK)
  /// and `PRAGMA foreign_key_check` (every figure's run, and every metric's and feature's figures
  /// exist). It reads the whole file: O(size of the database).
  ///
  /// - Returns: One line per problem, in SQLite's order; empty when the history is sound.
  /// - Throws: `HistoryError` when the checks cannot run, such as `.notADatabase` or `.damaged` for
  ///   a file too broken to read.
  public func integrityProblems() throws -> [String] {
    try read { db in
      let structure = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
      let references = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
        let table: String = try row.decode(atIndex: 0)
        let rowID: Int64? = try row.decode(atIndex: 1)
        let parent: String = try row.decode(atIndex: 2)
        return
          "\(table) row \(rowID.map(String.init) ?? "(no rowid)") refers to a missing \(parent) row"
      }
      return structure + references
    }
  }
}
