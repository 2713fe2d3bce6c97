import AlmanacSpark
import Testing

/// A fixture whose decoded table must equal what pyarrow recorded.
struct StreamCase: Sendable, CustomTestStringConvertible {
  let name: String
  var testDescription: String { name }
}

@Suite struct ArrowIPCTests {
  @Test(
    arguments: ["primitives", "multi_batch", "decimals", "timestamps", "empty"].map(StreamCase.init)
  )
  func decodesWhatPyarrowWrote(_ fixture: StreamCase) throws {
    let table = try ArrowIPC.readStream(Fixture.stream(fixture.name))
    let expected = try Fixture.expectedTable(fixture.name)
    #expect(table.rowCount == expected.rowCount)
    #expect(table.columns.map(\.name) == expected.columns.map(\.name))
    // Decoding is exact (decimals give the correctly rounded Double), so values compare with ==.
    for (column, expectedColumn) in zip(table.columns, expected.columns) {
      #expect(column == expectedColumn, "column \(column.name)")
    }
  }

  @Test func concatenatesBatchesInOrder() throws {
    let table = try ArrowIPC.readStream(Fixture.stream("multi_batch"))
    #expect(table.column(named: "id")?.values == .int64([1, 2, 3, 4, nil, 6, 7]))
    #expect(table.column(named: "name")?.values.isNull(at: 1) == true)
  }

  @Test func rejectsCompressedBodies() throws {
    #expect(throws: ArrowError.unsupported("record batch bodies are compressed")) {
      try ArrowIPC.readStream(Fixture.stream("compressed"))
    }
  }

  @Test func rejectsDictionaryEncoding() throws {
    #expect(throws: ArrowError.unsupported("column \"d\" is dictionary-encoded")) {
      try ArrowIPC.readStream(Fixture.stream("dictionary"))
    }
  }

  @Test func rejectsNestedTypes() throws {
    #expect(throws: ArrowError.unsupported("column \"l\" has a nested type")) {
      try ArrowIPC.readStream(Fixture.stream("nested"))
    }
  }

  @Test func rejectsWholeDecimalsBeyondInt64() throws {
    #expect(
      throws: ArrowError.unsupported(
        "column \"big\" holds decimal 9223372036854775808, which does not fit in Int64")
    ) {
      try ArrowIPC.readStream(Fixture.stream("decimal_overflow"))
    }
  }
}
