import AlmanacSpark
import Testing

@Suite struct ArrowHostileInputTests {
  @Test func rejectsEmptyInput() {
    #expect(throws: ArrowError.truncated("the stream has no schema message")) {
      try ArrowIPC.readStream([])
    }
  }

  @Test func rejectsStreamsWithoutContinuationMarker() {
    #expect(throws: ArrowError.malformed("message at offset 0 does not start with 0xFFFFFFFF")) {
      try ArrowIPC.readStream([0x10, 0, 0, 0, 1, 2, 3, 4])
    }
  }

  @Test func rejectsMetadataLongerThanTheStream() {
    let bytes: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0]
    #expect(throws: ArrowError.self) { try ArrowIPC.readStream(bytes) }
  }

  @Test func rejectsRootOffsetOutsideTheMetadata() {
    let bytes: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 8, 0, 0, 0, 0xF0, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0]
    #expect(throws: ArrowError.self) { try ArrowIPC.readStream(bytes) }
  }

  /// Cutting the stream anywhere inside its record batch must fail; a cut exactly after the
  /// schema leaves a valid stream with no rows, and one before the end-of-stream marker a
  /// valid stream with all rows.
  @Test func rejectsEveryTruncation() throws {
    let bytes = try Fixture.stream("primitives")
    let endOfStream = bytes.count - 8
    #expect(try ArrowIPC.readStream(Array(bytes[..<endOfStream])).rowCount == 5)
    for length in 0..<endOfStream {
      do {
        let table = try ArrowIPC.readStream(Array(bytes[..<length]))
        #expect(table.rowCount == 0, "prefix of \(length) bytes decoded \(table.rowCount) rows")
      } catch {
        continue
      }
    }
  }

  @Test func rejectsRandomBytes() {
    let seed: UInt64 = 0x5EED_0001
    var generator = SeededGenerator(seed: seed)
    for length in [1, 7, 8, 64, 1024] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...0xFE, using: &generator) }
      #expect(throws: ArrowError.self, "seed \(seed), length \(length)") {
        try ArrowIPC.readStream(bytes)
      }
    }
  }

  /// Corrupting single bytes of real streams must give an error or a table, never a crash.
  @Test(arguments: ["primitives", "multi_batch", "decimals", "timestamps"])
  func survivesCorruptedBytes(_ name: String) throws {
    let original = try Fixture.stream(name)
    let seed: UInt64 = 0xC0FF_EE00 ^ UInt64(original.count)
    var generator = SeededGenerator(seed: seed)
    var failures = 0
    for _ in 0..<3000 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let index = Int.random(in: 0..<bytes.count, using: &generator)
        bytes[index] = UInt8.random(in: 0...255, using: &generator)
      }
      do {
        _ = try ArrowIPC.readStream(bytes)
      } catch {
        failures += 1
      }
    }
    #expect(failures > 0, "seed \(seed): no corruption was detected")
  }
}
