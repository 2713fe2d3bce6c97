internal import AlmanacIngest
internal import AlmanacMetrics

/// One column prepared for drift tests: numbers sorted once, or category counts by text.
///
/// The reference side is prepared once per model and shared by every period, so a column is never
/// sorted twice. The reference decides the column's kind, as the training data defines the schema;
/// a period's cells are read as that kind (``current(_:name:reference:)``), so a column never changes
/// kind because of a few odd cells.
enum ColumnProfile: Sendable {
  /// Non-missing finite numbers, sorted.
  case numeric(SortedSample)
  /// Counts per category text; `isNumbers` when every category is a number (an integer column
  /// with few distinct values), whose cells are then read as numbers too.
  case categorical([String: Int], isNumbers: Bool)

  /// A column prepared for drift tests, with what was left out of it.
  struct Prepared: Sendable {
    /// The profile.
    var profile: ColumnProfile
    /// Cells left out (text that is not a number, unusable numbers), `nil` when none were.
    var reading: ColumnReading?
    /// The numbers in row order, NaN where missing or left out, when the column reads as numbers.
    var numbers: [Double]?
  }

  /// Prepares a reference column.
  ///
  /// A column the reader made categorical because some cells are not numbers is numeric when
  /// those cells are missing values written as text (`nan`, `NA`, `.`, see
  /// ``Column/notANumberWords``) or at most 1% of its numbers are unreadable (`52 000,5`); those
  /// cells are then missing, and the unreadable ones are counted. An integer column with at most
  /// ten distinct values stays categorical, as the reader types it. Numbers no figure can use
  /// (see ``ColumnReading``) are missing and counted.
  ///
  /// - Parameters:
  ///   - column: The reference column; timestamps are not profiled.
  ///   - name: The column's name, for the counts.
  /// - Returns: The prepared column, `nil` for a timestamp column.
  static func reference(_ column: Column, name: String) -> Prepared? {
    switch column {
    case .timestamp:
      return nil
    case .numeric(let values):
      let (cleaned, reading) = ColumnReading.cleaned(values, column: name, isReference: true)
      return Prepared(profile: .numeric(SortedSample(cleaned)), reading: reading, numbers: cleaned)
    case .categorical(let codes, let levels):
      if let text = column.readingNumbers(), text.numbers > 0,
        text.notANumber + text.unreadable > 0, text.unreadable * 100 <= text.numbers
      {
        let (cleaned, reading) = ColumnReading.cleaned(
          text.values, column: name, isReference: true, reading: text)
        return Prepared(profile: numbers(cleaned), reading: reading, numbers: cleaned)
      }
      return Prepared(profile: categories(codes: codes, levels: levels), reading: nil, numbers: nil)
    }
  }

  /// Prepares a period's column as the kind of its reference column.
  ///
  /// Against a numeric reference (or one whose categories are numbers) every cell is read as a
  /// number: text meaning "no number" is missing, other text and numbers no figure can use are
  /// missing and counted. Against a text reference, numbers are compared by their text.
  ///
  /// - Parameters:
  ///   - column: The period's column.
  ///   - name: The column's name, for the counts.
  ///   - reference: The reference column's profile.
  /// - Returns: The prepared column, `nil` for a timestamp column.
  static func current(_ column: Column, name: String, reference: ColumnProfile) -> Prepared? {
    switch reference {
    case .numeric, .categorical(_, isNumbers: true):
      guard let text = column.readingNumbers() else { return nil }
      let (cleaned, reading) = ColumnReading.cleaned(
        text.values, column: name, isReference: false, reading: text)
      if case .numeric = reference {
        return Prepared(
          profile: .numeric(SortedSample(cleaned)), reading: reading, numbers: cleaned)
      }
      var counts: [String: Int] = [:]
      for value in cleaned where value.isFinite {
        counts[Column.text(of: value), default: 0] += 1
      }
      return Prepared(
        profile: .categorical(counts, isNumbers: true), reading: reading, numbers: cleaned)
    case .categorical(_, isNumbers: false):
      return Self(column).map {
        Prepared(
          profile: .categorical($0.categoryCounts, isNumbers: false), reading: nil, numbers: nil)
      }
    }
  }

  /// Prepares a column as the reader typed it.
  private init?(_ column: Column) {
    switch column {
    case .numeric(let values): self = .numeric(SortedSample(values))
    case .categorical(let codes, let levels): self = Self.categories(codes: codes, levels: levels)
    case .timestamp: return nil
    }
  }

  /// Numbers read from text cells: categorical when they are at most ten distinct integers, as
  /// the reader types such a column, numeric otherwise.
  private static func numbers(_ values: [Double]) -> ColumnProfile {
    var counts: [Double: Int] = [:]
    for value in values where value.isFinite {
      guard value == value.rounded(), counts[value] != nil || counts.count < 10 else {
        return .numeric(SortedSample(values))
      }
      counts[value, default: 0] += 1
    }
    guard !counts.isEmpty else { return .numeric(SortedSample(values)) }
    return .categorical(
      Dictionary(uniqueKeysWithValues: counts.map { (Column.text(of: $0.key), $0.value) }),
      isNumbers: true)
  }

  /// Counts per level text; when every level is a number, per the number's shortest text, as a
  /// period's cells are counted against it.
  private static func categories(codes: [Int32], levels: [String]) -> ColumnProfile {
    var counts = [Int](repeating: 0, count: levels.count)
    for code in codes where code >= 0 { counts[Int(code)] += 1 }
    let numbers = levels.map(Column.number(in:))
    let isNumbers = numbers.allSatisfy { $0 != nil }
    var byText: [String: Int] = [:]
    for ((level, number), count) in zip(zip(levels, numbers), counts) where count > 0 {
      byText[isNumbers ? number.map(Column.text(of:)) ?? level : level, default: 0] += count
    }
    return .categorical(byText, isNumbers: isNumbers)
  }

  /// Category counts, turning numbers into their text.
  var categoryCounts: [String: Int] {
    switch self {
    case .categorical(let counts, _): return counts
    case .numeric(let sample):
      var byText: [String: Int] = [:]
      var start = 0
      while start < sample.values.count {
        var end = start + 1
        while end < sample.values.count && sample.values[end] == sample.values[start] { end += 1 }
        byText[Column.text(of: sample.values[start]), default: 0] += end - start
        start = end
      }
      return byText
    }
  }

  /// The values of both sides in a form the drift test takes.
  ///
  /// Numeric when both sides are numeric; otherwise category counts aligned on one order: the
  /// reference's categories in text order, then those new in the current period.
  static func pair(reference: ColumnProfile, current: ColumnProfile) -> (
    FeatureValues, FeatureValues
  ) {
    if case .numeric(let referenceSample) = reference, case .numeric(let currentSample) = current {
      return (.numeric(referenceSample), .numeric(currentSample))
    }
    let referenceCounts = reference.categoryCounts
    let currentCounts = current.categoryCounts
    let order =
      referenceCounts.keys.sorted()
      + currentCounts.keys.filter { referenceCounts[$0] == nil }.sorted()
    return (
      .categorical(counts: order.map { referenceCounts[$0] ?? 0 }),
      .categorical(counts: order.map { currentCounts[$0] ?? 0 })
    )
  }
}
