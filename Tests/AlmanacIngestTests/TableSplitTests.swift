import Testing

@testable import AlmanacIngest

/// Splitting one export into parts by a categorical column.
@Suite struct TableSplitTests {
  private let table = Table(
    names: ["model", "score", "at"],
    columns: [
      .categorical(codes: [0, 1, 0, -1, 2, 1], levels: ["a", "b", "c", "unused"]),
      .numeric([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
      .timestamp([10, 20, 30, 40, 50, 60]),
    ])

  @Test func groupsRowsByLevelInFirstAppearanceOrder() throws {
    let groups = try #require(table.rowGroups(by: "model"))
    #expect(groups.map(\.level) == ["a", "b", "c"])
    #expect(groups.map(\.rows) == [[0, 2], [1, 5], [4]])
    #expect(table.rowGroups(by: "score") == nil)
    #expect(table.rowGroups(by: "absent") == nil)
  }

  @Test func gathersRowsOfEveryColumn() {
    let part = table.gathering(rows: [5, 1])
    #expect(part.rowCount == 2)
    #expect(part["model"] == .categorical(codes: [1, 1], levels: ["a", "b", "c", "unused"]))
    #expect(part["score"] == .numeric([0.6, 0.2]))
    #expect(part["at"] == .timestamp([60, 20]))
  }
}
