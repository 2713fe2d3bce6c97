/// The column types this reader decodes, as declared by an Arrow schema.
enum ArrowType: Sendable, Equatable {
  /// The all-null type, which has no buffers.
  case null

  /// An integer of 8, 16, 32 or 64 bits.
  case int(bitWidth: Int, isSigned: Bool)

  /// A floating-point number of 32 or 64 bits.
  case floatingPoint(bitWidth: Int)

  /// UTF-8 strings with 32-bit offsets.
  case utf8

  /// Bit-packed Booleans.
  case bool

  /// Dates, as 32-bit days or 64-bit milliseconds since the epoch.
  case date(inMilliseconds: Bool)

  /// 64-bit timestamps in the given unit.
  case timestamp(unit: TimeUnit)

  /// 128-bit decimals.
  case decimal(precision: Int, scale: Int)

  /// The resolution of a timestamp, as Arrow's `TimeUnit` enum numbers it.
  enum TimeUnit: Int16, Sendable {
    case second = 0
    case millisecond = 1
    case microsecond = 2
    case nanosecond = 3
  }
}

/// A column declared by an Arrow schema.
struct ArrowField: Sendable, Equatable {
  /// The column name.
  let name: String

  /// The column type.
  let type: ArrowType
}

/// Reading of the `Schema` table of Arrow's `Schema.fbs`.
enum ArrowSchema {
  /// Reads the fields of a `Schema` table.
  ///
  /// - Parameter schema: The `Schema` table of a schema message.
  /// - Returns: The fields, in order.
  /// - Throws: ``ArrowError`` for big-endian data, nested, dictionary-encoded or unsupported
  ///   types, and any out-of-bounds structure.
  static func fields(of schema: FlatBufferTable) throws(ArrowError) -> [ArrowField] {
    // Schema: 0 endianness (short, 0 = little), 1 fields ([Field]).
    guard try schema.scalar(0, default: Int16(0)) == 0 else {
      throw .unsupported("big-endian data")
    }
    guard let vector = try schema.vector(1, elementSize: 4) else { return [] }
    var fields: [ArrowField] = []
    fields.reserveCapacity(vector.count)
    for index in 0..<vector.count {
      fields.append(try field(vector.table(at: index), index: index))
    }
    return fields
  }

  /// Reads one `Field` table.
  private static func field(_ field: FlatBufferTable, index: Int) throws(ArrowError) -> ArrowField {
    // Field: 0 name, 1 nullable, 2 type_type, 3 type, 4 dictionary, 5 children.
    let name = try field.string(0) ?? ""
    let label = name.isEmpty ? "column \(index)" : "column \"\(name)\""
    guard try field.table(4) == nil else {
      throw .unsupported("\(label) is dictionary-encoded")
    }
    if let children = try field.vector(5, elementSize: 4), children.count > 0 {
      throw .unsupported("\(label) has a nested type")
    }
    let typeID = try field.scalar(2, default: UInt8(0))
    let type = try field.table(3)
    return ArrowField(name: name, type: try decodeType(typeID, type, label: label))
  }

  /// Maps a `Type` union member to an ``ArrowType``.
  ///
  /// Union members: 1 Null, 2 Int, 3 FloatingPoint, 5 Utf8, 6 Bool, 7 Decimal, 8 Date,
  /// 10 Timestamp; all others are unsupported.
  private static func decodeType(
    _ typeID: UInt8, _ table: FlatBufferTable?, label: String
  ) throws(ArrowError) -> ArrowType {
    switch typeID {
    case 1: return .null
    case 5: return .utf8
    case 6: return .bool
    case 2: return try intType(required(table, label), label: label)
    case 3: return try floatingPointType(required(table, label), label: label)
    case 7: return try decimalType(required(table, label), label: label)
    case 8:
      // Date: 0 unit (short: 0 day, 1 millisecond; default millisecond).
      return .date(inMilliseconds: try required(table, label).scalar(0, default: Int16(1)) != 0)
    case 10:
      // Timestamp: 0 unit (short), 1 timezone (string); values are UTC either way.
      let raw = try required(table, label).scalar(0, default: Int16(0))
      guard let unit = ArrowType.TimeUnit(rawValue: raw) else {
        throw .malformed("\(label) has timestamp unit \(raw)")
      }
      return .timestamp(unit: unit)
    default:
      throw .unsupported("\(label) has Arrow type id \(typeID), which this reader cannot decode")
    }
  }

  /// The type table of a union member that must have one.
  private static func required(
    _ table: FlatBufferTable?, _ label: String
  ) throws(ArrowError) -> FlatBufferTable {
    guard let table else { throw .malformed("\(label) has no type table") }
    return table
  }

  /// Reads an `Int` table: 0 bitWidth (int), 1 is_signed (bool).
  private static func intType(
    _ table: FlatBufferTable, label: String
  ) throws(ArrowError) -> ArrowType {
    let bitWidth = Int(try table.scalar(0, default: Int32(0)))
    let isSigned = try table.bool(1, default: false)
    guard [8, 16, 32, 64].contains(bitWidth), isSigned || bitWidth < 64 else {
      throw .unsupported("\(label) is an integer of \(bitWidth) bits, signed: \(isSigned)")
    }
    return .int(bitWidth: bitWidth, isSigned: isSigned)
  }

  /// Reads a `FloatingPoint` table: 0 precision (short: 0 half, 1 single, 2 double).
  private static func floatingPointType(
    _ table: FlatBufferTable, label: String
  ) throws(ArrowError) -> ArrowType {
    switch try table.scalar(0, default: Int16(0)) {
    case 1: return .floatingPoint(bitWidth: 32)
    case 2: return .floatingPoint(bitWidth: 64)
    default: throw .unsupported("\(label) is a half-precision float")
    }
  }

  /// Reads a `Decimal` table: 0 precision (int), 1 scale (int), 2 bitWidth (int, default 128).
  private static func decimalType(
    _ table: FlatBufferTable, label: String
  ) throws(ArrowError) -> ArrowType {
    let precision = Int(try table.scalar(0, default: Int32(0)))
    let scale = Int(try table.scalar(1, default: Int32(0)))
    let bitWidth = try table.scalar(2, default: Int32(128))
    guard bitWidth == 128 else {
      throw .unsupported("\(label) is a \(bitWidth)-bit decimal")
    }
    guard (1...38).contains(precision), (0...precision).contains(scale) else {
      throw .unsupported("\(label) is a decimal(\(precision), \(scale))")
    }
    return .decimal(precision: precision, scale: scale)
  }
}
