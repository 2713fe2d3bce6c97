import GRDB

@testable import AlmanacStore

extension HistoryStore {
  /// The number of rows in `table`, read through the store's own connection.
  func rowCount(_ table: String) throws -> Int {
    try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
  }

  /// The value of a pragma on the store's writing connection.
  func writerPragma(_ name: String) throws -> String? {
    try writer.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
  }
}
