/// Reading of Arrow IPC streams, the format of Spark Connect's `ArrowBatch.data`.
///
/// A stream is a schema message followed by record batch messages, optionally closed by an
/// end-of-stream marker. Each message is the continuation marker `0xFFFFFFFF`, a little-endian
/// int32 metadata length, a FlatBuffers `Message` of that length, then `bodyLength` bytes of
/// body. Dictionary batches, compressed bodies and nested types are not supported.
public enum ArrowIPC {
  /// Reads a whole IPC stream into a table, concatenating its record batches.
  ///
  /// Every length and offset in the stream is checked against the bytes, so truncated or
  /// hostile input throws rather than reading out of bounds.
  ///
  /// - Parameter bytes: The stream.
  /// - Returns: The table; a stream with a schema and no batches gives zero rows.
  /// - Throws: ``ArrowError`` when the bytes are not a stream this reader can decode.
  public static func readStream(_ bytes: [UInt8]) throws(ArrowError) -> ArrowTable {
    let stream = ByteRegion(bytes)
    var offset = 0
    var fields: [ArrowField]?
    var batches: [ArrowTable] = []
    while offset < stream.count {
      let marker = try stream.load(UInt32.self, at: offset, what: "message prefix")
      guard marker == 0xFFFF_FFFF else {
        throw .malformed("message at offset \(offset) does not start with 0xFFFFFFFF")
      }
      let metadataLength = Int(try stream.load(Int32.self, at: offset + 4, what: "message length"))
      offset += 8
      guard metadataLength != 0 else { break }
      let metadata = try stream.region(
        offset: offset, count: metadataLength, what: "message metadata")
      offset += metadataLength
      // Message: 0 version (short), 1 header_type (ubyte), 2 header (table), 3 bodyLength (long).
      let message = try FlatBufferTable.root(of: metadata)
      let headerType = try message.scalar(1, default: UInt8(0))
      let bodyLength = try message.scalar(3, default: Int64(0))
      guard bodyLength <= Int64(stream.count - offset) else {
        throw .truncated(
          "message body of \(bodyLength) bytes at offset \(offset) leaves the stream")
      }
      let body = try stream.region(offset: offset, count: Int(bodyLength), what: "message body")
      offset += Int(bodyLength)
      guard let header = try message.table(2) else {
        throw .malformed("message at offset \(offset) has no header")
      }
      switch headerType {
      case 1:
        guard fields == nil else { throw .malformed("the stream has a second schema message") }
        fields = try ArrowSchema.fields(of: header)
      case 3:
        guard let fields else { throw .malformed("a record batch precedes the schema") }
        batches.append(try ArrowRecordBatch.decode(header, body: body, fields: fields))
      case 2:
        throw .unsupported("dictionary batches")
      default:
        throw .unsupported("message type \(headerType)")
      }
    }
    guard let fields else { throw .truncated("the stream has no schema message") }
    if batches.isEmpty {
      let columns = fields.map { ArrowColumn(name: $0.name, values: .empty(of: $0.type)) }
      return ArrowTable(columns: columns, rowCount: 0)
    }
    return try ArrowTable(concatenating: batches)
  }
}
