internal import Foundation

/// The rows that reads running at the same time may keep together (`max_rows`).
///
/// Reads that share an allowance add the rows they keep after each block; the read that takes the
/// total past the limit stops, so the files read side by side never hold more than the limit plus
/// one block each.
public final class RowAllowance: @unchecked Sendable, Equatable {
  /// The most rows the reads may keep together.
  public let limit: Int
  private let lock = NSLock()
  /// The rows kept so far; every access holds `lock`.
  private var kept = 0

  /// Creates an allowance of `limit` rows.
  public init(limit: Int) { self.limit = limit }

  /// Counts rows a read has kept.
  ///
  /// - Parameter rows: The rows kept since the read's last call.
  /// - Returns: Whether all the reads together are still within the limit.
  func keep(_ rows: Int) -> Bool {
    lock.withLock {
      kept += rows
      return kept <= limit
    }
  }

  /// Allowances are the same only when they are one object: reads share an allowance by holding it.
  public static func == (lhs: RowAllowance, rhs: RowAllowance) -> Bool { lhs === rhs }
}
