import GRDB

extension HistoryError {
  /// Describes any error met while using the database at `path` as a `HistoryError`.
  ///
  /// A `HistoryError` passes through unchanged; SQLite's result codes pick the case, so that "file
  /// is not a database" and corruption get their own advice.
  ///
  /// - Parameters:
  ///   - error: The error thrown by GRDB, SQLite or the store.
  ///   - path: The database's path.
  init(_ error: any Error, path: String) {
    switch error {
    case let error as HistoryError:
      self = error
    case let error as DatabaseError:
      let reason = error.message ?? "SQLite error \(error.resultCode.rawValue)"
      switch error.resultCode {
      case .SQLITE_NOTADB: self = .notADatabase(path: path)
      case .SQLITE_CANTOPEN: self = .cannotOpen(path: path, reason: reason)
      case .SQLITE_CORRUPT: self = .damaged(path: path, reason: reason)
      default:
        self = .failed(path: path, reason: "\(reason) (SQLite error \(error.resultCode.rawValue))")
      }
    case let error as RowDecodingError:
      self = .damaged(path: path, reason: String(describing: error))
    default:
      self = .failed(path: path, reason: String(describing: error))
    }
  }

  /// Runs `body`, reporting a constraint it breaks as an invalid `record`.
  ///
  /// - Parameters:
  ///   - record: What is being written, for the message (`model "churn" for 2026-W47`).
  ///   - path: The database's path.
  ///   - body: The statements that write the record.
  /// - Returns: What `body` returns.
  /// - Throws: `HistoryError.invalidRecord` for a constraint violation; any other error unchanged.
  static func attributing<T>(to record: String, path: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
      throw HistoryError.invalidRecord(
        path: path, record: record, reason: error.message ?? "constraint failed")
    }
  }
}
