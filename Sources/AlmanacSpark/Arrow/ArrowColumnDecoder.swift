/// Decodes one column of a record batch from its field node and body buffers.
///
/// The buffers are already bounds-checked windows onto the message body. Each decoder checks
/// that its buffers are long enough for `length` values before reading them.
struct ArrowColumnDecoder {
  /// The column, for error messages (`column "name"`).
  let label: String

  /// The number of values in the column.
  let length: Int

  /// The number of nulls the field node declares.
  let nullCount: Int

  /// The column's buffers in Arrow order: validity, then offsets and/or data.
  let buffers: [ByteRegion]

  /// The number of body buffers a column of `type` uses.
  ///
  /// - Parameter type: The column type.
  /// - Returns: 0 for null, 3 for strings (validity, offsets, data), 2 otherwise.
  static func bufferCount(of type: ArrowType) -> Int {
    switch type {
    case .null: 0
    case .utf8: 3
    default: 2
    }
  }

  /// Decodes the column's values.
  ///
  /// - Parameter type: The column type from the schema.
  /// - Returns: The values.
  /// - Throws: ``ArrowError`` when a buffer is too short or a value cannot be represented.
  func decode(_ type: ArrowType) throws(ArrowError) -> ArrowValues {
    switch type {
    case .null:
      return .null(count: length)
    case .int(let bitWidth, let isSigned):
      return .int64(try integers(bitWidth: bitWidth, isSigned: isSigned))
    case .floatingPoint(bitWidth: 32):
      return .double(try fixedWidth(UInt32.self) { Double(Float(bitPattern: $0)) })
    case .floatingPoint:
      return .double(try fixedWidth(UInt64.self) { Double(bitPattern: $0) })
    case .utf8:
      return .string(try strings())
    case .bool:
      return .bool(try booleans())
    case .date(inMilliseconds: false):
      return .date(try fixedWidth(Int32.self) { Int64($0) })
    case .date(inMilliseconds: true):
      return .date(try fixedWidth(Int64.self) { floorDivide($0, by: 86_400_000) })
    case .timestamp(let unit):
      return .timestamp(try timestamps(unit))
    case .decimal(_, let scale):
      return try decimals(scale: scale)
    }
  }

  /// The validity bitmap, or `nil` when the node declares no nulls.
  private func validity() throws(ArrowError) -> ByteRegion? {
    guard nullCount > 0 else { return nil }
    let bitmap = buffers[0]
    guard bitmap.count >= (length + 7) / 8 else {
      throw .truncated(
        "\(label) has \(nullCount) nulls but a validity bitmap of \(bitmap.count) bytes")
    }
    return bitmap
  }

  /// Whether bit `index` of a bitmap already checked to hold it is set (LSB first).
  private func bit(_ bitmap: ByteRegion, _ index: Int) -> Bool {
    bitmap.uncheckedLoad(UInt8.self, absolute: bitmap.bounds.lowerBound + (index >> 3))
      & (1 << UInt8(index & 7)) != 0
  }

  /// Decodes a column of fixed-width little-endian values stored in buffer 1.
  private func fixedWidth<T: FixedWidthInteger, R>(
    _ type: T.Type, _ convert: (T) throws(ArrowError) -> R
  ) throws(ArrowError) -> [R?] {
    let data = buffers[1]
    let width = MemoryLayout<T>.size
    guard data.count / width >= length else {
      throw .truncated(
        "\(label) needs \(length) values of \(width) bytes, data buffer has \(data.count)")
    }
    let bitmap = try validity()
    var values: [R?] = []
    values.reserveCapacity(length)
    for index in 0..<length {
      if let bitmap, !bit(bitmap, index) {
        values.append(nil)
      } else {
        let raw = data.uncheckedLoad(T.self, absolute: data.bounds.lowerBound + index * width)
        values.append(try convert(raw))
      }
    }
    return values
  }

  /// Decodes integers of any supported width as `Int64`.
  private func integers(bitWidth: Int, isSigned: Bool) throws(ArrowError) -> [Int64?] {
    switch (bitWidth, isSigned) {
    case (8, true): try fixedWidth(Int8.self) { Int64($0) }
    case (8, false): try fixedWidth(UInt8.self) { Int64($0) }
    case (16, true): try fixedWidth(Int16.self) { Int64($0) }
    case (16, false): try fixedWidth(UInt16.self) { Int64($0) }
    case (32, true): try fixedWidth(Int32.self) { Int64($0) }
    case (32, false): try fixedWidth(UInt32.self) { Int64($0) }
    default: try fixedWidth(Int64.self) { $0 }
    }
  }

  /// Decodes timestamps as microseconds since the epoch.
  private func timestamps(_ unit: ArrowType.TimeUnit) throws(ArrowError) -> [Int64?] {
    switch unit {
    case .microsecond: return try fixedWidth(Int64.self) { $0 }
    case .nanosecond: return try fixedWidth(Int64.self) { floorDivide($0, by: 1000) }
    case .millisecond, .second:
      let factor: Int64 = unit == .second ? 1_000_000 : 1000
      return try fixedWidth(Int64.self) { (value: Int64) throws(ArrowError) -> Int64 in
        let (micros, overflow) = value.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .unsupported("\(label) has timestamp \(value) out of range") }
        return micros
      }
    }
  }

  /// Decodes 128-bit decimals: exact integers at scale 0, the nearest `Double` otherwise.
  private func decimals(scale: Int) throws(ArrowError) -> ArrowValues {
    if scale == 0 {
      return .int64(
        try fixedWidth(Int128.self) { (value: Int128) throws(ArrowError) -> Int64 in
          guard let exact = Int64(exactly: value) else {
            throw .unsupported("\(label) holds decimal \(value), which does not fit in Int64")
          }
          return exact
        })
    }
    var divisor = 1.0
    for _ in 0..<scale { divisor *= 10 }
    return .double(try fixedWidth(Int128.self) { Double($0) / divisor })
  }

  /// Decodes Booleans bit-packed in buffer 1.
  private func booleans() throws(ArrowError) -> [Bool?] {
    let data = buffers[1]
    guard data.count >= (length + 7) / 8 else {
      throw .truncated("\(label) needs \(length) bits, data buffer has \(data.count) bytes")
    }
    let bitmap = try validity()
    return (0..<length).map { index in
      if let bitmap, !bit(bitmap, index) { return nil }
      return bit(data, index)
    }
  }

  /// Decodes UTF-8 strings from 32-bit offsets (buffer 1) into the data buffer (buffer 2).
  private func strings() throws(ArrowError) -> [String?] {
    guard length > 0 else { return [] }
    let offsets = buffers[1]
    let data = buffers[2]
    guard offsets.count / 4 > length else {
      throw .truncated(
        "\(label) needs \(length + 1) offsets, offsets buffer has \(offsets.count) bytes")
    }
    let bitmap = try validity()
    func offset(_ index: Int) -> Int {
      Int(offsets.uncheckedLoad(Int32.self, absolute: offsets.bounds.lowerBound + index * 4))
    }
    var values: [String?] = []
    values.reserveCapacity(length)
    var start = offset(0)
    for index in 0..<length {
      let end = offset(index + 1)
      guard start <= end else {
        throw .malformed("\(label) has decreasing string offsets at row \(index)")
      }
      let bytes = try data.slice(offset: start, count: end - start, what: "\(label) row \(index)")
      if let bitmap, !bit(bitmap, index) {
        values.append(nil)
      } else if let string = String(validating: bytes, as: UTF8.self) {
        values.append(string)
      } else {
        throw .malformed("\(label) row \(index) is not valid UTF-8")
      }
      start = end
    }
    return values
  }
}

extension ArrowValues {
  /// No values, of the kind that ``ArrowColumnDecoder/decode(_:)`` gives for `type`.
  ///
  /// - Parameter type: The column type.
  /// - Returns: An empty set of values.
  static func empty(of type: ArrowType) -> ArrowValues {
    switch type {
    case .null: .null(count: 0)
    case .int, .decimal(_, scale: 0): .int64([])
    case .floatingPoint, .decimal: .double([])
    case .utf8: .string([])
    case .bool: .bool([])
    case .date: .date([])
    case .timestamp: .timestamp([])
    }
  }
}

/// Division rounding towards negative infinity, so that instants before the epoch land on
/// the day or microsecond that contains them.
private func floorDivide(_ value: Int64, by divisor: Int64) -> Int64 {
  let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
  return remainder < 0 ? quotient - 1 : quotient
}
