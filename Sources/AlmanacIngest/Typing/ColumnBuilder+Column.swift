extension ColumnBuilder {
  /// The finished column.
  ///
  /// An inferred column of numbers whose values are all integers (missing values aside), with
  /// between one and ten distinct values, becomes categorical (DESIGN.md): its levels are the
  /// integers written in decimal (`"-1"`, `"0"`, `"7"`; `-0` and `0` are one level), in order of
  /// first appearance. Values of integer magnitude beyond 2^63 keep the column numeric.
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
  ///
  /// One pass: integers 0 to 63 find their code in a table, others among the distinct values
  /// so far (at most ten); the pass stops at the first value that rules the column out.
  private func smallIntegerCategories() -> ([Int32], [String])? {
    var distinct: [Double] = []
    var smallCodes = [Int32](repeating: -1, count: 64)
    var codes: [Int32] = []
    codes.reserveCapacity(numbers.count)
    for value in numbers {
      if value.isNaN {
        codes.append(-1)
        continue
      }
      guard let integer = Int(exactly: value) else { return nil }
      if integer >= 0 && integer < 64 && smallCodes[integer] >= 0 {
        codes.append(smallCodes[integer])
        continue
      }
      let code: Int32
      if let known = distinct.firstIndex(of: value) {
        code = Int32(known)
      } else {
        guard distinct.count < 10 else { return nil }
        code = Int32(distinct.count)
        distinct.append(value)
      }
      if integer >= 0 && integer < 64 { smallCodes[integer] = code }
      codes.append(code)
    }
    guard !distinct.isEmpty else { return nil }
    return (codes, distinct.map { String(Int64($0)) })
  }
}
