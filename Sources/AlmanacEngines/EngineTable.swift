/// What an engine's query returned: named, typed columns of equal length.
///
/// Engines hand back their own types (PostgreSQL's wire values, Spark's Arrow batches); Almanac's
/// queries cast every output to text, a 64-bit integer or a double, so these three kinds are
/// all a result holds.
public struct EngineTable: Sendable, Equatable {
  /// The columns, in the query's order.
  public var columns: [EngineColumn]

  /// Creates a result from its columns.
  ///
  /// - Parameter columns: The columns, all of one length.
  public init(columns: [EngineColumn]) { self.columns = columns }

  /// The number of rows.
  public var rowCount: Int { columns.first?.values.count ?? 0 }

  /// The size of the values received: 8 bytes a number, a text's UTF-8 bytes, 1 byte a NULL.
  public var approximateBytes: Int {
    columns.reduce(0) { total, column in
      switch column.values {
      case .integers(let values): total + values.reduce(0) { $0 + ($1 == nil ? 1 : 8) }
      case .doubles(let values): total + values.reduce(0) { $0 + ($1 == nil ? 1 : 8) }
      case .texts(let values): total + values.reduce(0) { $0 + ($1?.utf8.count ?? 1) }
      }
    }
  }

  /// The column of this name, if the result has one.
  public subscript(name: String) -> EngineColumn? { columns.first { $0.name == name } }
}

/// One named column of a result.
public struct EngineColumn: Sendable, Equatable {
  /// The column's name as the query gave it.
  public var name: String
  /// The engine's own name for the column's type (`timestamptz`, `float8`, `timestamp`,
  /// `double`), which tells `validate` whether a column can serve its role.
  public var engineType: String
  /// Its cells.
  public var values: EngineValues

  /// Creates a column.
  ///
  /// - Parameters:
  ///   - name: The name.
  ///   - engineType: The engine's name for its type.
  ///   - values: The cells.
  public init(name: String, engineType: String, values: EngineValues) {
    self.name = name
    self.engineType = engineType
    self.values = values
  }
}

/// A column's cells, `nil` where the engine returned NULL.
public enum EngineValues: Sendable, Equatable {
  /// Whole numbers (counts, bin numbers).
  case integers([Int64?])
  /// Floating-point numbers (sums).
  case doubles([Double?])
  /// Text (model names, versions, labels, categories, days).
  case texts([String?])

  /// The number of cells.
  public var count: Int {
    switch self {
    case .integers(let values): values.count
    case .doubles(let values): values.count
    case .texts(let values): values.count
    }
  }

  /// A cell as a whole number: integers as they are, doubles that hold a whole number.
  ///
  /// - Parameter row: The row.
  /// - Returns: The number, or `nil` for NULL, text or a fraction.
  public func integer(at row: Int) -> Int64? {
    switch self {
    case .integers(let values): return values[row]
    case .doubles(let values):
      guard let value = values[row], value.rounded() == value, abs(value) < 9.2e18 else {
        return nil
      }
      return Int64(value)
    case .texts: return nil
    }
  }

  /// A cell as a double: numbers as they are.
  ///
  /// - Parameter row: The row.
  /// - Returns: The number, or `nil` for NULL or text.
  public func double(at row: Int) -> Double? {
    switch self {
    case .integers(let values): values[row].map(Double.init)
    case .doubles(let values): values[row]
    case .texts: nil
    }
  }

  /// A cell as text: text as it is.
  ///
  /// - Parameter row: The row.
  /// - Returns: The text, or `nil` for NULL or a number.
  public func text(at row: Int) -> String? {
    if case .texts(let values) = self { return values[row] }
    return nil
  }
}
