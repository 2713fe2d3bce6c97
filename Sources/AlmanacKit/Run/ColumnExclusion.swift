internal import AlmanacIngest

/// A column left out of drift tests, and why.
struct ExcludedColumn: Sendable, Equatable {
  /// Why a column is left out; raw values are the JSON report's.
  enum Reason: String, Sendable {
    /// An identifier, counter or time: every value distinct, or only growing. Its values in a new
    /// period are never in the reference, so it would drift every period whatever happened.
    case idLike = "id_like"
    /// One value throughout the reference: the model cannot have learned anything from it.
    case constant
  }

  /// The column's name.
  var name: String
  /// Why it is left out.
  var reason: Reason
}

extension Column {
  /// Why this reference column should not be tested for drift, or `nil` when it should be.
  ///
  /// With at least 20 values (missing ones aside): numbers that are all distinct integers, or
  /// that only grow (or only fall) from row to row, are an identifier or a counter; text whose
  /// every value is distinct, or every value a date or time, is an identifier or a time. Any
  /// column with two or more values, all the same, is constant. A continuous measure such as an
  /// income is rarely all integers and never only growing in file order, so it stays in.
  ///
  /// - Complexity: O(rows + levels).
  var driftExclusion: ExcludedColumn.Reason? {
    switch self {
    case .numeric(let values):
      let present = values.filter { !$0.isNaN }
      guard present.count >= 2 else { return nil }
      if present.allSatisfy({ $0 == present[0] }) { return .constant }
      guard present.count >= 20 else { return nil }
      let pairs = zip(present, present.dropFirst())
      if pairs.allSatisfy({ $0 < $1 }) || pairs.allSatisfy({ $0 > $1 }) { return .idLike }
      let integers = present.allSatisfy { $0 == $0.rounded() }
      return integers && Set(present).count == present.count ? .idLike : nil
    case .categorical(let codes, let levels):
      var uses = [Int](repeating: 0, count: levels.count)
      for code in codes where code >= 0 { uses[Int(code)] += 1 }
      let present = uses.reduce(0, +)
      let used = uses.count { $0 > 0 }
      guard present >= 2 else { return nil }
      if used == 1 { return .constant }
      guard present >= 20 else { return nil }
      if used == present { return .idLike }
      let usedLevels = zip(levels, uses).filter { $0.1 > 0 }.map(\.0)
      return usedLevels.allSatisfy(Column.isTimestamp) ? .idLike : nil
    case .timestamp:
      return .idLike
    }
  }
}
