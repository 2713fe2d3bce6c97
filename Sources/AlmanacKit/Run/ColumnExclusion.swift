internal import AlmanacIngest
internal import AlmanacMetrics

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

extension ExcludedColumn.Reason {
  /// Why a reference column should not be tested for drift; fails when it should be tested.
  ///
  /// With at least 20 values (missing ones aside): numbers that are all distinct integers, or
  /// that only grow (or only fall) from row to row, are an identifier or a counter; text whose
  /// every value is distinct, or every value a date or time, is an identifier or a time. Any
  /// column with two or more values, all the same, is constant. A continuous measure such as an
  /// income is rarely all integers and never only growing in file order, so it stays in.
  ///
  /// - Parameters:
  ///   - values: The column's numbers in row order, NaN where missing; `nil` for text.
  ///   - profile: The column's profile (sorted numbers, or counts per text).
  /// - Complexity: O(rows) for numbers (stopping early), O(categories) for text.
  init?(values: [Double]?, profile: ColumnProfile) {
    switch profile {
    case .numeric(let sample):
      guard sample.count >= 2 else { return nil }
      if sample.distinctCount == 1 {
        self = .constant
        return
      }
      guard sample.count >= 20 else { return nil }
      if sample.distinctCount == sample.count
        && sample.values.allSatisfy({ $0 == $0.rounded() })
      {
        self = .idLike
        return
      }
      guard let values, Self.isMonotone(values) else { return nil }
      self = .idLike
    case .categorical(let counts, _):
      let present = counts.values.reduce(0, +)
      guard present >= 2 else { return nil }
      if counts.count == 1 {
        self = .constant
        return
      }
      guard present >= 20,
        counts.count == present || counts.keys.allSatisfy(Column.isTimestamp)
      else { return nil }
      self = .idLike
    }
  }

  /// Whether the numbers, missing ones aside, only grow or only fall from row to row.
  private static func isMonotone(_ values: [Double]) -> Bool {
    var previous: Double?
    var rising = true
    var falling = true
    for value in values where !value.isNaN {
      if let previous {
        rising = rising && value > previous
        falling = falling && value < previous
        if !rising && !falling { return false }
      }
      previous = value
    }
    return rising || falling
  }
}
