internal import AlmanacIngest
internal import AlmanacMetrics

/// One column prepared for drift tests: numbers sorted once, or category counts by text.
///
/// The reference side is prepared once per model and shared by every period, so a column is never
/// sorted twice. The reference decides the column's kind, as the training data defines the schema;
/// a period's cells are read as that kind (``current(_:reference:)``), so a column never changes
/// kind because of a few odd cells.
enum ColumnProfile: Sendable {
  /// Non-missing finite numbers, sorted.
  case numeric(SortedSample)
  /// Counts per category text; `isNumbers` when every category is a number (an integer column
  /// with few distinct values), whose cells are then read as numbers too.
  case categorical([String: Int], isNumbers: Bool)

  /// Prepares a reference column.
  ///
  /// A column the reader made categorical because some cells are not numbers is numeric when
  /// those cells are missing values written as text (`nan`, `NA`, `.`, see
  /// ``Column/notANumberWords``) or at most 1% of its numbers are unreadable (`52 000,5`); those
  /// cells are then missing, and the unreadable ones are counted in `reading`. An integer column
  /// with at most ten distinct values stays categorical, as the reader types it.
  ///
  /// - Parameter column: The reference column; timestamps are not profiled.
  /// - Returns: The profile and, when text cells were read as missing numbers, how many; `nil`
  ///   for a timestamp column.
  static func reference(_ column: Column) -> (
    profile: ColumnProfile, reading: Column.NumberReading?
  )? {
    guard case .categorical(let codes, let levels) = column else {
      return Self(column).map { ($0, nil) }
    }
    if let reading = column.readingNumbers(), reading.numbers > 0,
      reading.notANumber + reading.unreadable > 0, reading.unreadable * 100 <= reading.numbers
    {
      return (numbers(reading.values), reading)
    }
    return (categories(codes: codes, levels: levels), nil)
  }

  /// Prepares a period's column as the kind of its reference column.
  ///
  /// Against a numeric reference (or one whose categories are numbers) every cell is read as a
  /// number: text meaning "no number" is missing, and other text is missing and counted in
  /// `reading`. Against a text reference, numbers are compared by their text.
  ///
  /// - Parameters:
  ///   - column: The period's column.
  ///   - reference: The reference column's profile.
  /// - Returns: The profile and, when text cells were read as missing numbers, how many; `nil`
  ///   for a timestamp column.
  static func current(_ column: Column, reference: ColumnProfile) -> (
    profile: ColumnProfile, reading: Column.NumberReading?
  )? {
    switch reference {
    case .numeric, .categorical(_, isNumbers: true):
      guard let reading = column.readingNumbers() else { return nil }
      let hasText = reading.notANumber + reading.unreadable > 0
      if case .numeric = reference {
        return (.numeric(SortedSample(reading.values)), hasText ? reading : nil)
      }
      var counts: [String: Int] = [:]
      for value in reading.values where value.isFinite {
        counts[Column.text(of: value), default: 0] += 1
      }
      return (.categorical(counts, isNumbers: true), hasText ? reading : nil)
    case .categorical(_, isNumbers: false):
      return Self(column).map { (.categorical($0.categoryCounts, isNumbers: false), nil) }
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
