import AlmanacIngest
import AlmanacMetrics
import Testing

@testable import AlmanacKit

@Suite struct ColumnProfileTests {
  func reference(_ column: Column) throws -> ColumnProfile {
    try #require(ColumnProfile.reference(column, name: "x")).profile
  }

  func current(_ column: Column, against reference: ColumnProfile) throws -> (
    ColumnProfile, ColumnReading?
  ) {
    let current = try #require(ColumnProfile.current(column, name: "x", reference: reference))
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
    #expect(counts.cells == 7)
    #expect(counts.unreadable == 2)
    #expect(counts.unreadableExamples == ["52 000,5", "0x1A"])
    #expect(
      counts.sentence(period: "2026-W47")
        == "Column \"x\" in 2026-W47: 2 of 7 cells could not be read as numbers (such as"
        + " \"52 000,5\", \"0x1A\"); they were left out.")
  }

  @Test func aReferenceWithNanTextIsNumeric() throws {
    let levels = (0..<40).map { String(Double($0) + 0.25) } + ["nan", "NA ", "-"]
    let codes = (0..<Int32(levels.count)).map { $0 }
    let profiled = try #require(
      ColumnProfile.reference(.categorical(codes: codes, levels: levels), name: "x"))
    guard case .numeric(let sample) = profiled.profile else {
      Issue.record("missing-value text must leave a reference column numeric")
      return
    }
    #expect(sample.count == 40)
    // Missing values written as text are simply missing: nothing to note.
    #expect(profiled.reading == nil)
  }

  @Test func aReferenceWithMuchUnreadableTextStaysCategorical() throws {
    // 2 unreadable cells of 50 numbers is over 1%: the column is text, not numbers.
    let levels = (0..<50).map { String(Double($0) + 0.5) } + ["north", "south"]
    let codes = (0..<Int32(levels.count)).map { $0 }
    let profiled = try #require(
      ColumnProfile.reference(.categorical(codes: codes, levels: levels), name: "x"))
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

  @Test func numbersNoFigureCanUseAreLeftOutAndCounted() throws {
    let numeric = try reference(.numeric([1, 2, 2, 3.5]))
    let (week, reading) = try current(
      .numeric([2, .infinity, 1.7e308, -1.7e308, 3, .nan]), against: numeric)
    guard case .numeric(let values) = week else {
      Issue.record("expected numbers")
      return
    }
    #expect(values.values == [2, 3])
    let counts = try #require(reading)
    #expect(counts.unusable == 3)
    #expect(
      counts.sentence(period: "2026-W47")
        == "Column \"x\" in 2026-W47: 3 of 5 values are not finite and within ±1e100 (such as"
        + " inf); they were left out.")
  }
}
