/// A table of typed columns decoded from one or more Arrow record batches.
///
/// All columns have `rowCount` values. Batches of the same schema are concatenated in order.
public struct ArrowTable: Sendable, Equatable {
  /// The columns, in schema order.
  public let columns: [ArrowColumn]

  /// The number of rows.
  public let rowCount: Int

  /// Creates a table; the caller guarantees every column has `rowCount` values.
  init(columns: [ArrowColumn], rowCount: Int) {
    self.columns = columns
    self.rowCount = rowCount
  }

  /// The first column with the given name.
  ///
  /// - Parameter name: The column name, compared exactly.
  /// - Returns: The column, or `nil` when there is none of that name.
  public func column(named name: String) -> ArrowColumn? {
    columns.first { $0.name == name }
  }

  /// Concatenates the rows of tables with the same column names and value kinds.
  ///
  /// - Parameter tables: The tables, in row order; no tables give an empty table.
  /// - Throws: ``ArrowError/malformed(_:)`` when the schemas differ.
  init(concatenating tables: [ArrowTable]) throws(ArrowError) {
    guard let first = tables.first else {
      self.init(columns: [], rowCount: 0)
      return
    }
    let names = first.columns.map(\.name)
    for table in tables where table.columns.map(\.name) != names {
      throw .malformed(
        "batch columns \(table.columns.map(\.name)) differ from the first batch's \(names)")
    }
    var columns: [ArrowColumn] = []
    columns.reserveCapacity(names.count)
    for (index, name) in names.enumerated() {
      let values = try ArrowValues(concatenating: tables.map { $0.columns[index].values })
      columns.append(ArrowColumn(name: name, values: values))
    }
    self.init(columns: columns, rowCount: tables.reduce(0) { $0 + $1.rowCount })
  }
}

/// A named column of an ``ArrowTable``.
public struct ArrowColumn: Sendable, Equatable {
  /// The column name from the Arrow schema.
  public let name: String

  /// The column's values, one per row; `nil` marks a null.
  public let values: ArrowValues

  /// Creates a column.
  ///
  /// - Parameters:
  ///   - name: The column name.
  ///   - values: The values.
  public init(name: String, values: ArrowValues) {
    self.name = name
    self.values = values
  }
}

/// The values of one column, typed by how Arrow stores them.
///
/// Arrow types map as follows: signed and unsigned integers up to 32 bits and signed 64-bit
/// integers to ``int64(_:)``; 32- and 64-bit floating point to ``double(_:)``; UTF-8 strings
/// to ``string(_:)``; Booleans to ``bool(_:)``; dates to ``date(_:)``; timestamps to
/// ``timestamp(_:)``; the all-null type to ``null(count:)``. 128-bit decimals become
/// ``int64(_:)`` when their scale is 0 (each value must fit in `Int64`) and ``double(_:)``
/// otherwise (the nearest `Double`, so digits beyond about 15 significant ones are lost).
public enum ArrowValues: Sendable, Equatable {
  /// A column of Arrow's null type: `count` values, all null.
  case null(count: Int)

  /// Integers, including decimals of scale 0.
  case int64([Int64?])

  /// Floating-point numbers, including decimals of non-zero scale.
  case double([Double?])

  /// UTF-8 strings.
  case string([String?])

  /// Booleans.
  case bool([Bool?])

  /// Dates, as days since 1970-01-01.
  case date([Int64?])

  /// Timestamps, as microseconds since 1970-01-01T00:00:00Z.
  case timestamp([Int64?])

  /// The number of values, nulls included.
  public var count: Int {
    switch self {
    case .null(let count): count
    case .int64(let values), .date(let values), .timestamp(let values): values.count
    case .double(let values): values.count
    case .string(let values): values.count
    case .bool(let values): values.count
    }
  }

  /// Whether the value at `index` is null.
  ///
  /// - Parameter index: A row index, in `0..<count`.
  /// - Returns: `true` for a null.
  public func isNull(at index: Int) -> Bool {
    switch self {
    case .null: true
    case .int64(let values), .date(let values), .timestamp(let values): values[index] == nil
    case .double(let values): values[index] == nil
    case .string(let values): values[index] == nil
    case .bool(let values): values[index] == nil
    }
  }

  /// Concatenates values of one kind.
  ///
  /// - Parameter parts: At least one set of values, all of the same kind.
  /// - Throws: ``ArrowError/malformed(_:)`` when the kinds differ.
  init(concatenating parts: [ArrowValues]) throws(ArrowError) {
    switch parts.first {
    case nil, .null:
      var count = 0
      for part in parts {
        guard case .null(let partCount) = part else { throw Self.kindChanged }
        count += partCount
      }
      self = .null(count: count)
    case .int64:
      self = .int64(try Self.gather(parts) { if case .int64(let v) = $0 { v } else { nil } })
    case .double:
      self = .double(try Self.gather(parts) { if case .double(let v) = $0 { v } else { nil } })
    case .string:
      self = .string(try Self.gather(parts) { if case .string(let v) = $0 { v } else { nil } })
    case .bool:
      self = .bool(try Self.gather(parts) { if case .bool(let v) = $0 { v } else { nil } })
    case .date:
      self = .date(try Self.gather(parts) { if case .date(let v) = $0 { v } else { nil } })
    case .timestamp:
      self = .timestamp(
        try Self.gather(parts) { if case .timestamp(let v) = $0 { v } else { nil } })
    }
  }

  private static let kindChanged = ArrowError.malformed("a column changes type between batches")

  /// Concatenates the arrays that `extract` finds in each part.
  private static func gather<T>(
    _ parts: [ArrowValues], _ extract: (ArrowValues) -> [T]?
  ) throws(ArrowError) -> [T] {
    var result: [T] = []
    result.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts {
      guard let values = extract(part) else { throw kindChanged }
      result.append(contentsOf: values)
    }
    return result
  }
}
