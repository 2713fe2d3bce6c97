/// A FlatBuffers table, read field by field with every offset checked against the buffer.
///
/// Arrow IPC metadata is a FlatBuffers `Message`. A table starts with a signed offset back to
/// its vtable; the vtable lists, per field index, the field's offset inside the table (0 when
/// the field is absent). Offsets to sub-tables, strings and vectors are unsigned and relative
/// to the position where they are stored.
struct FlatBufferTable: Sendable {
  /// The whole FlatBuffers buffer.
  private let buffer: ByteRegion

  /// Offset of the table's first byte in `buffer`.
  private let position: Int

  /// Offset of the table's vtable in `buffer`.
  private let vtable: Int

  /// Size of the vtable in bytes.
  private let vtableSize: Int

  /// Size of the table's inline data in bytes.
  private let tableSize: Int

  /// Reads the root table of a FlatBuffers buffer.
  ///
  /// - Parameter buffer: The buffer, starting with the root offset.
  /// - Returns: The root table.
  /// - Throws: ``ArrowError`` when the root offset or the table's vtable is out of bounds.
  static func root(of buffer: ByteRegion) throws(ArrowError) -> FlatBufferTable {
    let offset = try buffer.load(UInt32.self, at: 0, what: "FlatBuffers root offset")
    return try FlatBufferTable(buffer: buffer, position: Int(offset))
  }

  private init(buffer: ByteRegion, position: Int) throws(ArrowError) {
    let back = try buffer.load(Int32.self, at: position, what: "FlatBuffers table")
    let vtable = position - Int(back)
    let vtableSize = Int(try buffer.load(UInt16.self, at: vtable, what: "FlatBuffers vtable"))
    guard vtableSize >= 4, vtableSize.isMultiple(of: 2) else {
      throw .malformed("FlatBuffers vtable size \(vtableSize) is invalid")
    }
    _ = try buffer.checkedStart(offset: vtable, count: vtableSize, what: "FlatBuffers vtable")
    let tableSize = Int(
      try buffer.load(UInt16.self, at: vtable + 2, what: "FlatBuffers table size"))
    _ = try buffer.checkedStart(offset: position, count: tableSize, what: "FlatBuffers table")
    self.buffer = buffer
    self.position = position
    self.vtable = vtable
    self.vtableSize = vtableSize
    self.tableSize = tableSize
  }

  /// The offset in the buffer of a field's inline value.
  ///
  /// - Parameters:
  ///   - index: The field's index in the schema (0-based).
  ///   - size: The size of the inline value in bytes.
  /// - Returns: The offset, or `nil` when the field is absent.
  /// - Throws: ``ArrowError/malformed(_:)`` when the value lies outside the table.
  private func fieldOffset(_ index: Int, size: Int) throws(ArrowError) -> Int? {
    let entry = 4 + 2 * index
    guard entry + 2 <= vtableSize else { return nil }
    let relative = Int(
      try buffer.load(UInt16.self, at: vtable + entry, what: "FlatBuffers vtable entry"))
    guard relative != 0 else { return nil }
    guard relative + size <= tableSize else {
      throw .malformed("FlatBuffers field \(index) lies outside its table")
    }
    return position + relative
  }

  /// Reads a scalar field.
  ///
  /// - Parameters:
  ///   - index: The field's index in the schema.
  ///   - defaultValue: The schema's default, returned when the field is absent.
  /// - Returns: The field's value.
  /// - Throws: ``ArrowError`` when the field lies out of bounds.
  func scalar<T: FixedWidthInteger>(_ index: Int, default defaultValue: T) throws(ArrowError) -> T {
    guard let offset = try fieldOffset(index, size: MemoryLayout<T>.size) else {
      return defaultValue
    }
    return try buffer.load(T.self, at: offset, what: "FlatBuffers field \(index)")
  }

  /// Reads a Boolean field.
  ///
  /// - Parameters:
  ///   - index: The field's index in the schema.
  ///   - defaultValue: The schema's default, returned when the field is absent.
  /// - Returns: The field's value.
  /// - Throws: ``ArrowError`` when the field lies out of bounds.
  func bool(_ index: Int, default defaultValue: Bool) throws(ArrowError) -> Bool {
    try scalar(index, default: UInt8(defaultValue ? 1 : 0)) != 0
  }

  /// Follows an offset field to the position it points at.
  private func target(ofField index: Int) throws(ArrowError) -> Int? {
    guard let offset = try fieldOffset(index, size: 4) else { return nil }
    return try target(at: offset)
  }

  /// Follows the unsigned offset stored at `offset`.
  private func target(at offset: Int) throws(ArrowError) -> Int {
    offset + Int(try buffer.load(UInt32.self, at: offset, what: "FlatBuffers offset"))
  }

  /// Reads a sub-table field.
  ///
  /// - Parameter index: The field's index in the schema.
  /// - Returns: The sub-table, or `nil` when the field is absent.
  /// - Throws: ``ArrowError`` when the offset or the sub-table is out of bounds.
  func table(_ index: Int) throws(ArrowError) -> FlatBufferTable? {
    guard let start = try target(ofField: index) else { return nil }
    return try FlatBufferTable(buffer: buffer, position: start)
  }

  /// Reads a string field, which must be valid UTF-8.
  ///
  /// - Parameter index: The field's index in the schema.
  /// - Returns: The string, or `nil` when the field is absent.
  /// - Throws: ``ArrowError`` when the string is out of bounds or not UTF-8.
  func string(_ index: Int) throws(ArrowError) -> String? {
    guard let vector = try vector(index, elementSize: 1) else { return nil }
    let bytes = try buffer.slice(offset: vector.start, count: vector.count, what: "string")
    guard let string = String(validating: bytes, as: UTF8.self) else {
      throw .malformed("FlatBuffers string field \(index) is not valid UTF-8")
    }
    return string
  }

  /// Reads a vector field whose elements are inline values of a fixed size.
  ///
  /// - Parameters:
  ///   - index: The field's index in the schema.
  ///   - elementSize: The size of one element in bytes (4 for offsets to tables).
  /// - Returns: The vector, or `nil` when the field is absent.
  /// - Throws: ``ArrowError`` when the vector does not fit in the buffer.
  func vector(_ index: Int, elementSize: Int) throws(ArrowError) -> Vector? {
    guard let start = try target(ofField: index) else { return nil }
    let count = Int(try buffer.load(UInt32.self, at: start, what: "FlatBuffers vector length"))
    let (size, overflow) = count.multipliedReportingOverflow(by: elementSize)
    guard !overflow else {
      throw .malformed("FlatBuffers vector of \(count) elements is too large")
    }
    _ = try buffer.checkedStart(offset: start + 4, count: size, what: "FlatBuffers vector")
    return Vector(table: self, start: start + 4, count: count, elementSize: elementSize)
  }

  /// A vector of fixed-size elements inside a FlatBuffers buffer, already bounds-checked.
  struct Vector: Sendable {
    /// The table the vector belongs to, giving access to its buffer.
    fileprivate let table: FlatBufferTable

    /// Offset of the first element in the buffer.
    fileprivate let start: Int

    /// Number of elements.
    let count: Int

    /// Size of one element in bytes.
    fileprivate let elementSize: Int

    /// Reads the table that element `index` points to.
    ///
    /// - Parameter index: The element's index, in `0..<count`.
    /// - Returns: The table.
    /// - Throws: ``ArrowError`` when the table is out of bounds.
    func table(at index: Int) throws(ArrowError) -> FlatBufferTable {
      let position = try table.target(at: start + index * elementSize)
      return try FlatBufferTable(buffer: table.buffer, position: position)
    }

    /// Reads a little-endian integer inside element `index` (an inline struct).
    ///
    /// - Parameters:
    ///   - type: The integer type.
    ///   - index: The element's index, in `0..<count`.
    ///   - fieldOffset: The integer's offset inside the element.
    /// - Returns: The integer.
    /// - Throws: ``ArrowError`` when the read leaves the buffer.
    func load<T: FixedWidthInteger>(
      _ type: T.Type, at index: Int, fieldOffset: Int
    ) throws(ArrowError) -> T {
      try table.buffer.load(
        T.self, at: start + index * elementSize + fieldOffset, what: "FlatBuffers struct")
    }
  }
}
