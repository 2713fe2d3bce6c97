/// Reading of the `RecordBatch` table of Arrow's `Message.fbs` together with its body.
enum ArrowRecordBatch {
  /// Decodes a record batch into a table.
  ///
  /// - Parameters:
  ///   - batch: The `RecordBatch` header table.
  ///   - body: The message body that the batch's buffers point into.
  ///   - fields: The columns declared by the stream's schema.
  /// - Returns: The batch's rows.
  /// - Throws: ``ArrowError/unsupported(_:)`` for compressed bodies, and other
  ///   ``ArrowError``s when nodes or buffers disagree with the schema or leave the body.
  static func decode(
    _ batch: FlatBufferTable, body: ByteRegion, fields: [ArrowField]
  ) throws(ArrowError) -> ArrowTable {
    // RecordBatch: 0 length (long), 1 nodes ([FieldNode]), 2 buffers ([Buffer]),
    // 3 compression (BodyCompression). FieldNode is (length, null_count) and Buffer is
    // (offset, length), both structs of two longs.
    guard try batch.table(3) == nil else {
      throw .unsupported("record batch bodies are compressed")
    }
    let length = try batch.scalar(0, default: Int64(0))
    guard (0...Int64(Int32.max)).contains(length) else {
      throw .malformed("record batch length \(length) is out of range")
    }
    let nodes = try pairs(batch.vector(1, elementSize: 16))
    guard nodes.count == fields.count else {
      throw .malformed("record batch has \(nodes.count) field nodes for \(fields.count) columns")
    }
    let buffers = try pairs(batch.vector(2, elementSize: 16))
    var nextBuffer = 0
    var columns: [ArrowColumn] = []
    columns.reserveCapacity(fields.count)
    for (index, (field, node)) in zip(fields, nodes).enumerated() {
      let label = field.name.isEmpty ? "column \(index)" : "column \"\(field.name)\""
      guard node.0 == length else {
        throw .malformed("\(label) has \(node.0) values in a batch of \(length) rows")
      }
      guard (0...length).contains(node.1) else {
        throw .malformed("\(label) has null count \(node.1) for \(length) values")
      }
      var regions: [ByteRegion] = []
      for _ in 0..<ArrowColumnDecoder.bufferCount(of: field.type) {
        guard nextBuffer < buffers.count else {
          throw .malformed("record batch has too few buffers for \(label)")
        }
        let (offset, size) = buffers[nextBuffer]
        regions.append(
          try body.region(offset: Int(offset), count: Int(size), what: "buffer of \(label)"))
        nextBuffer += 1
      }
      let decoder = ArrowColumnDecoder(
        label: label, length: Int(length), nullCount: Int(node.1), buffers: regions)
      columns.append(ArrowColumn(name: field.name, values: try decoder.decode(field.type)))
    }
    guard nextBuffer == buffers.count else {
      throw .malformed("record batch has \(buffers.count) buffers, its columns use \(nextBuffer)")
    }
    return ArrowTable(columns: columns, rowCount: Int(length))
  }

  /// Reads a vector of structs made of two longs; an absent vector is empty.
  private static func pairs(
    _ vector: FlatBufferTable.Vector?
  ) throws(ArrowError) -> [(Int64, Int64)] {
    guard let vector else { return [] }
    var result: [(Int64, Int64)] = []
    result.reserveCapacity(vector.count)
    for index in 0..<vector.count {
      result.append(
        (
          try vector.load(Int64.self, at: index, fieldOffset: 0),
          try vector.load(Int64.self, at: index, fieldOffset: 8)
        ))
    }
    return result
  }
}
