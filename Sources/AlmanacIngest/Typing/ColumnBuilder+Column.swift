extension ColumnBuilder {
  /// The finished column.
  ///
  /// An inferred column of numbers whose values are all integers (missing values aside), with
  /// between one and ten distinct values, becomes categorical (DESIGN.md): its levels are the
  /// integers written in decimal (`"-1"`, `"0"`, `"7"`), in order of first appearance.
  ///
  /// - Precondition: No code is ``unrecoveredText``.
  /// - Complexity: O(rows); O(10 x rows) for small integer columns.
  func column() -> Column {
    precondition(!hasUnrecoveredText, "the text of some rows was never recovered")
    switch storage {
    case .numbers:
      if kind == .inferred, let (codes, levels) = smallIntegerCategories() {
        return .categorical(codes: codes, levels: levels)
      }
      return .numeric(numbers)
    case .texts: return .categorical(codes: codes, levels: dictionary.levels)
    case .instants: return .timestamp(instants)
    }
  }

  /// Codes and levels for a column of at most ten distinct integers, or nil for any other.
  private func smallIntegerCategories() -> ([Int32], [String])? {
    var distinct: [Double] = []
    for value in numbers where !value.isNaN && !distinct.contains(value) {
      guard value.isFinite, value == value.rounded(.towardZero), distinct.count < 10 else {
        return nil
      }
      distinct.append(value)
    }
    guard !distinct.isEmpty else { return nil }
    let codes = numbers.map { value in
      value.isNaN ? -1 : Int32(distinct.firstIndex(of: value) ?? -1)
    }
    let levels = distinct.map { value in
      abs(value) < 9e18 ? String(Int64(value)) : String(value)
    }
    return (codes, levels)
  }
}
