import AlmanacIngest
import AlmanacMetrics
import Testing

@testable import AlmanacKit

@Suite struct ColumnProfileTests {
  func profile(_ column: Column) throws -> ColumnProfile { try #require(ColumnProfile(column)) }

  @Test func theReferenceDecidesTheKind() throws {
    let numeric = try profile(.numeric((0..<20).map(Double.init)))
    let fewIntegers = try profile(.categorical(codes: [0, 1, 1, 2, -1], levels: ["3", "4", "5"]))
    guard
      case (.numeric(let reference), .numeric(let current)) = ColumnProfile.pair(
        reference: numeric, current: fewIntegers)
    else {
      Issue.record("an integer week against a numeric reference should stay numeric")
      return
    }
    #expect(reference.count == 20)
    #expect(current.values == [3, 4, 4, 5])

    guard
      case (.categorical(let referenceCounts), .categorical(let currentCounts)) =
        ColumnProfile.pair(
          reference: fewIntegers, current: try profile(.numeric([3, 5, 5, 6])))
    else {
      Issue.record("a numeric week against a categorical reference should be categorical")
      return
    }
    // Reference categories in text order, then the new one.
    #expect(referenceCounts == [1, 2, 1, 0])
    #expect(currentCounts == [1, 0, 2, 1])
  }

  @Test func textInANumericColumnMakesBothSidesCategorical() throws {
    let pair = ColumnProfile.pair(
      reference: try profile(.numeric([1, 2, 2])),
      current: try profile(.categorical(codes: [0, 1], levels: ["2", "n/a"])))
    guard case (.categorical(let reference), .categorical(let current)) = pair else {
      Issue.record("text should make the column categorical")
      return
    }
    #expect(reference == [1, 2, 0])
    #expect(current == [0, 1, 1])
  }
}
