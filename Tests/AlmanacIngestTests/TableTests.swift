import AlmanacIngest
import Testing

@Suite struct TableTests {
  @Test func findsColumnsByName() {
    let table = Table(names: ["a", "b"], columns: [.numeric([1, 2]), .timestamp([0, 1])])
    #expect(table.rowCount == 2)
    #expect(table["b"] == .timestamp([0, 1]))
    #expect(table["c"] == nil)
  }
}
