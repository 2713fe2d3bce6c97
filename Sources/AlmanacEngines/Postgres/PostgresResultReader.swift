internal import Foundation
internal import NIOCore
internal import PostgresNIO

/// Gathers a PostgreSQL result into typed columns: whole numbers, doubles (`numeric` included)
/// and text for every other type.
struct PostgresResultReader {
  private var names: [String]
  private var types: [PostgresDataType]
  private var integers: [[Int64?]]
  private var doubles: [[Double?]]
  private var texts: [[String?]]

  init(columns: PostgresColumns) {
    names = columns.map(\.name)
    types = columns.map(\.dataType)
    integers = Array(repeating: [], count: names.count)
    doubles = Array(repeating: [], count: names.count)
    texts = Array(repeating: [], count: names.count)
  }

  mutating func add(_ row: PostgresRow) throws {
    for (index, cell) in row.enumerated() {
      switch Self.kind(of: types[index]) {
      case .integer: integers[index].append(try cell.decode(Int64?.self))
      case .double:
        if types[index] == .numeric {
          // Through its decimal text, so the double is the one nearest the exact value.
          doubles[index].append(try cell.decode(Decimal?.self).flatMap { Double("\($0)") })
        } else {
          doubles[index].append(try cell.decode(Double?.self))
        }
      case .text: texts[index].append(try cell.decode(String?.self))
      }
    }
  }

  var table: EngineTable {
    EngineTable(
      columns: names.indices.map { index in
        let values: EngineValues =
          switch Self.kind(of: types[index]) {
          case .integer: .integers(integers[index])
          case .double: .doubles(doubles[index])
          case .text: .texts(texts[index])
          }
        return EngineColumn(
          name: names[index], engineType: types[index].knownSQLName ?? "\(types[index].rawValue)",
          values: values)
      })
  }

  private enum Kind { case integer, double, text }

  private static func kind(of type: PostgresDataType) -> Kind {
    switch type {
    case .int2, .int4, .int8: .integer
    case .float4, .float8, .numeric: .double
    default: .text
    }
  }
}
