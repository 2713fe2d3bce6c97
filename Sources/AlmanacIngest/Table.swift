/// One column of typed values read from an export.
public enum Column: Sendable, Equatable {
  /// Numbers; a missing value is NaN.
  case numeric([Double])
  /// Text values as codes into `levels`; a missing value has the code -1.
  case categorical(codes: [Int32], levels: [String])
  /// Instants as whole milliseconds since 1970-01-01T00:00:00Z.
  case timestamp([Int64])

  /// The number of rows in the column.
  public var count: Int {
    switch self {
    case .numeric(let values): values.count
    case .categorical(let codes, _): codes.count
    case .timestamp(let values): values.count
    }
  }
}

/// Typed columns read from one or more files of the same shape.
public struct Table: Sendable, Equatable {
  /// Column names in file order.
  public var names: [String]
  /// Columns, parallel to `names`.
  public var columns: [Column]

  /// Creates a table; every column must hold the same number of rows.
  ///
  /// - Parameters:
  ///   - names: Column names in file order, without duplicates.
  ///   - columns: Columns parallel to `names`.
  public init(names: [String], columns: [Column]) {
    precondition(names.count == columns.count, "\(names.count) names for \(columns.count) columns")
    precondition(
      Set(columns.map(\.count)).count <= 1,
      "columns of unequal length: \(columns.map(\.count))")
    self.names = names
    self.columns = columns
  }

  /// The number of rows.
  public var rowCount: Int { columns.first?.count ?? 0 }

  /// The column with the given name, if present.
  public subscript(name: String) -> Column? {
    names.firstIndex(of: name).map { columns[$0] }
  }
}
