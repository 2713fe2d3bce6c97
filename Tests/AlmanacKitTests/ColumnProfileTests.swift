import AlmanacIngest
import AlmanacMetrics
import Testing

@testable import AlmanacKit

@Suite struct ColumnProfileTests {
  func reference(_ column: Column) throws -> ColumnProfile {
    try #require(ColumnProfile.reference(column)).profile
  }

  func current(_ column: Column, against reference: ColumnProfile) throws -> (
    ColumnProfile, Column.NumberReading?
  ) {
    let current = try #require(ColumnProfile.current(column, reference: reference))
    return (current.profile, current.reading)
  }

  @Test func theReferenceDecidesTheKind() throws {
    let numeric = try reference(.numeric((0..<20).map(Double.init)))
    let (fewIntegers, _) = try current(
      .categorical(codes: [0, 1, 1, 2, -1], levels: ["3", "4", "5"]), against: numeric)
    guard
      case (.numeric(let referenceValues), .numeric(let currentValues)) = ColumnProfile.pair(
        reference: numeric, current: fewIntegers)
    else {
      Issue.record("an integer week against a numeric reference should stay numeric")
      return
    }
    #expect(referenceValues.count == 20)
    #expect(currentValues.values == [3, 4, 4, 5])

    let categories = try reference(.categorical(codes: [0, 1, 1, 2, -1], levels: ["3", "4", "5"]))
    let (week, _) = try current(.numeric([3, 5, 5, 6]), against: categories)
    guard
      case (.categorical(let referenceCounts), .categorical(let currentCounts)) =
        ColumnProfile.pair(reference: categories, current: week)
    else {
      Issue.record("a numeric week against a categorical reference should be categorical")
      return
    }
    // Reference categories in text order, then the new one.
    #expect(referenceCounts == [1, 2, 1, 0])
    #expect(currentCounts == [1, 0, 2, 1])
  }

  @Test func textMeaningNoNumberIsMissingAndOtherTextIsCounted() throws {
    let numeric = try reference(.numeric([1, 2, 2, 3.5]))
    let (week, reading) = try current(
      .categorical(
        codes: [0, 1, 2, 3, 4, 5, 0], levels: ["2", "nan", "NAN", ".", "52 000,5", "0x1A"]),
      against: numeric)
    guard case .numeric(let values) = week else {
      Issue.record("text in a numeric column must not make it categorical")
      return
    }
    #expect(values.values == [2, 2])
    let counts = try #require(reading)
    #expect(counts.numbers == 2)
    #expect(counts.notANumber == 3)
    #expect(counts.unreadable == 2)
    #expect(counts.unreadableExamples == ["52 000,5", "0x1A"])
  }

  @Test func aReferenceWithNanTextIsNumeric() throws {
    let levels = (0..<40).map { String(Double($0) + 0.25) } + ["nan", "NA ", "-"]
    let codes = (0..<Int32(levels.count)).map { $0 }
    let profiled = try #require(ColumnProfile.reference(.categorical(codes: codes, levels: levels)))
    guard case .numeric(let sample) = profiled.profile else {
      Issue.record("missing-value text must leave a reference column numeric")
      return
    }
    #expect(sample.count == 40)
    #expect(profiled.reading?.notANumber == 3)
    #expect(profiled.reading?.unreadable == 0)
  }

  @Test func aReferenceWithMuchUnreadableTextStaysCategorical() throws {
    // 2 unreadable cells of 50 numbers is over 1%: the column is text, not numbers.
    let levels = (0..<50).map { String(Double($0) + 0.5) } + ["north", "south"]
    let codes = (0..<Int32(levels.count)).map { $0 }
    let profiled = try #require(ColumnProfile.reference(.categorical(codes: codes, levels: levels)))
    guard case .categorical(_, let isNumbers) = profiled.profile else {
      Issue.record("a text column should stay categorical")
      return
    }
    #expect(!isNumbers)
    #expect(profiled.reading == nil)
  }

  @Test func numberSpellingsAreOneCategory() throws {
    let categories = try reference(.categorical(codes: [0, 1, 0], levels: ["1.0", "0.0"]))
    let (week, _) = try current(
      .categorical(codes: [0, 1, 1], levels: ["1", "0"]), against: categories)
    guard
      case (.categorical(let referenceCounts), .categorical(let currentCounts)) =
        ColumnProfile.pair(reference: categories, current: week)
    else {
      Issue.record("expected categories")
      return
    }
    #expect(referenceCounts == [1, 2])
    #expect(currentCounts == [2, 1])
  }
}
