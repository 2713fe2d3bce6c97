import AlmanacSpark
import Foundation

/// An Arrow IPC stream fixture written by `scripts/make-arrow-fixtures.py`.
enum Fixture {
  /// The fixtures folder, next to this file.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The bytes of `Fixtures/<name>.arrows`.
  static func stream(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(name).arrows")))
  }

  /// The table pyarrow says `Fixtures/<name>.arrows` holds, from `Fixtures/<name>.json`.
  static func expectedTable(_ name: String) throws -> ExpectedTable {
    let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return try decoder.decode(ExpectedTable.self, from: data)
  }
}

/// A table as recorded by pyarrow: the row count and each column's name and values.
struct ExpectedTable: Decodable {
  /// The number of rows.
  let rowCount: Int

  /// The columns, in order.
  let columns: [ArrowColumn]

  private enum CodingKeys: String, CodingKey {
    case rowCount, columns
  }

  private struct Column: Decodable {
    let column: ArrowColumn

    private enum CodingKeys: String, CodingKey {
      case name, kind, values
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let name = try container.decode(String.self, forKey: .name)
      let kind = try container.decode(String.self, forKey: .kind)
      let values: ArrowValues
      switch kind {
      case "null": values = .null(count: try container.decode([Int?].self, forKey: .values).count)
      case "int64": values = .int64(try container.decode([Int64?].self, forKey: .values))
      case "double": values = .double(try container.decode([Double?].self, forKey: .values))
      case "string": values = .string(try container.decode([String?].self, forKey: .values))
      case "bool": values = .bool(try container.decode([Bool?].self, forKey: .values))
      case "date": values = .date(try container.decode([Int64?].self, forKey: .values))
      case "timestamp": values = .timestamp(try container.decode([Int64?].self, forKey: .values))
      default:
        throw DecodingError.dataCorruptedError(
          forKey: .kind, in: container, debugDescription: "unknown kind \(kind)")
      }
      column = ArrowColumn(name: name, values: values)
    }
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    rowCount = try container.decode(Int.self, forKey: .rowCount)
    columns = try container.decode([Column].self, forKey: .columns).map(\.column)
  }
}

/// SplitMix64, a seeded generator so that random inputs replay exactly.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
