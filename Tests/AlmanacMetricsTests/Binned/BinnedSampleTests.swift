import AlmanacMetrics
import Foundation
import Testing

@Suite struct BinnedSampleTests {
  /// Bin 0 is x ≤ e₀, bin i is e_{i−1} < x ≤ eᵢ, bin k is x > e_{k−1}, as SQL's CASE.
  @Test func binsFollowTheSQLCaseExpression() {
    let sample = BinnedSample(values: [0, 1, 1.5, 2, 2.5, -3], edges: [1, 2])
    #expect(sample.counts == [3, 2, 1])
    #expect(sample.sums == [-2, 3.5, 2.5])
    #expect(sample.count == 6)
  }

  @Test func nonFiniteValuesAreNeverCounted() {
    let sample = BinnedSample(values: [.nan, 1, .infinity, -.infinity, 2, .nan], edges: [1.5])
    #expect(sample.counts == [1, 1])
    #expect(sample.sums == [1, 2])
  }

  @Test func noEdgesMakeOneBin() {
    let sample = BinnedSample(values: [3, -1, 2], edges: [])
    #expect(sample.counts == [3] && sample.sums == [4])
  }

  @Test func roundTripsThroughJSON() throws {
    let sample = BinnedSample(edges: [0, 1], counts: [2, 0, 1], sums: [-3, 0, 4.5])
    let decoded = try JSONDecoder().decode(
      BinnedSample.self, from: JSONEncoder().encode(sample))
    #expect(decoded == sample)
  }

  /// Decoding checks what the initializer checks, naming the problem.
  @Test(arguments: [
    (#"{"edges":[1,1],"counts":[0,0,0],"sums":[0,0,0]}"#, "edges must increase strictly"),
    (#"{"edges":[1],"counts":[0,0,0],"sums":[0,0,0]}"#, "1 edges need 2 counts and sums"),
    (#"{"edges":[1],"counts":[0,-1],"sums":[0,0]}"#, "bin 1 has a negative count"),
    (#"{"edges":[1],"counts":[0,1],"sums":[2,1]}"#, "bin 0 has 0 values but sums to 2"),
  ])
  func decodingRejectsInvalidShapes(json: String, message: String) {
    #expect {
      try JSONDecoder().decode(BinnedSample.self, from: Data(json.utf8))
    } throws: { error in
      guard case DecodingError.dataCorrupted(let context) = error else { return false }
      return context.debugDescription.hasPrefix(message)
    }
  }
}
