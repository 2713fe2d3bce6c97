/// What a read produced: the table, and an honest account of what it left out.
public struct ReadResult: Sendable, Equatable {
  /// The typed columns of every file, rows in file order.
  public var table: Table
  /// How many rows were left out under ``BadRowPolicy/skip``.
  public var skippedRows: Int
  /// Why the first of them were left out (up to ``ReadOptions/problemLimit``), in file order.
  public var skipReasons: [IngestError]
  /// The files read, in the order their rows appear.
  public var files: [String]
  /// Bytes parsed, after decompression.
  public var bytesRead: Int

  /// Creates a result.
  ///
  /// - Parameters:
  ///   - table: The typed columns.
  ///   - skippedRows: Rows left out.
  ///   - skipReasons: Why the first of them were left out.
  ///   - files: The files read, in order.
  ///   - bytesRead: Bytes parsed, after decompression.
  public init(
    table: Table, skippedRows: Int, skipReasons: [IngestError], files: [String], bytesRead: Int
  ) {
    self.table = table
    self.skippedRows = skippedRows
    self.skipReasons = skipReasons
    self.files = files
    self.bytesRead = bytesRead
  }
}
