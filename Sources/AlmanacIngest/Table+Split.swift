extension Column {
  /// The values at `rows`, in that order.
  ///
  /// A categorical column keeps all its levels (and so its codes), so parts of one table stay
  /// comparable code for code.
  ///
  /// - Parameter rows: Row indices, each in `0..<count`; repeats allowed.
  /// - Returns: A column of `rows.count` values.
  /// - Complexity: O(`rows.count`).
  public func gathering(_ rows: [Int]) -> Column {
    switch self {
    case .numeric(let values): .numeric(rows.map { values[$0] })
    case .categorical(let codes, let levels):
      .categorical(codes: rows.map { codes[$0] }, levels: levels)
    case .timestamp(let values): .timestamp(rows.map { values[$0] })
    }
  }
}

extension Table {
  /// The rows at `rows`, in that order, with every column.
  ///
  /// - Parameter rows: Row indices, each in `0..<rowCount`.
  /// - Returns: A table of `rows.count` rows.
  /// - Complexity: O(columns x `rows.count`).
  public func gathering(rows: [Int]) -> Table {
    Table(names: names, columns: columns.map { $0.gathering(rows) })
  }

  /// The row indices of each level of a categorical column, so one export holding many models
  /// can be split with one pass over the codes and one gather per part.
  ///
  /// - Parameter name: A categorical column.
  /// - Returns: For each level that occurs, in level order (first appearance), its rows in
  ///   increasing order; rows with a missing value are in no group. Nil when the column is absent
  ///   or not categorical.
  /// - Complexity: O(rows + levels).
  public func rowGroups(by name: String) -> [(level: String, rows: [Int])]? {
    guard case .categorical(let codes, let levels) = self[name] else { return nil }
    var groups = [[Int]](repeating: [], count: levels.count)
    for (row, code) in codes.enumerated() where code >= 0 { groups[Int(code)].append(row) }
    return zip(levels, groups).filter { !$0.1.isEmpty }.map { (level: $0.0, rows: $0.1) }
  }
}
