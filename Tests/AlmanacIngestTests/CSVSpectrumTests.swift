import Foundation
import Testing

@testable import AlmanacIngest

/// Every case of the csv-spectrum acid test (Fixtures/csv-spectrum): each CSV must read to the rows
/// of its JSON, every cell as text.
@Suite struct CSVSpectrumTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    var testDescription: String { name }

    static let all: [Case] = {
      let folder = Fixtures.folder.appendingPathComponent("csv-spectrum/csvs")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.filter { $0.hasSuffix(".csv") }.sorted().map {
        Case(name: String($0.dropLast(4)))
      }
    }()
  }

  /// Fields where the fixture's JSON disagrees with its own CSV.
  ///
  /// The CSV's first cell is 2095257564 while the JSON says 1234567890 (an error in the upstream JSON, not a reading
  /// question). The CSV's bytes are what a reader must return.
  private static let corrections = ["location_coordinates": ["Contact Phone Number": "2095257564"]]

  @Test func findsEveryCase() {
    #expect(Case.all.count == 12)
  }

  @Test(arguments: Case.all)
  func readsLikeItsJSON(_ testCase: Case) async throws {
    var csv = try Fixtures.bytes("csv-spectrum/csvs/\(testCase.name).csv")
    if testCase.name.hasSuffix("_crlf") && !csv.contains(UInt8(ascii: "\r")) {
      // The shared copy lost the carriage returns of the upstream `_crlf` files, whose JSON
      // (with "\r\n" inside a quoted field) describes the CRLF original: restore it.
      csv = csv.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .map(Array.init).joined(separator: [UInt8(ascii: "\r"), UInt8(ascii: "\n")]).map { $0 }
    }
    let json = try JSONSerialization.jsonObject(
      with: Data(try Fixtures.bytes("csv-spectrum/json/\(testCase.name).json")))
    // Most files hold an array of rows; location_coordinates holds its one row bare.
    let single = json as? [String: String]
    var expected = try #require((json as? [[String: String]]) ?? single.map { [$0] })
    for (column, value) in Self.corrections[testCase.name] ?? [:] {
      for row in expected.indices { expected[row][column] = value }
    }
    let names = Set(expected.flatMap(\.keys))
    let options = ReadOptions(missingValues: [], categorical: names)

    let result = try await TableReader.read(
      bytes: csv, name: "\(testCase.name).csv", options: options)

    #expect(Set(result.table.names) == names)
    #expect(result.table.rowCount == expected.count)
    for name in names {
      let cells = try #require(result.table[name]).texts
      #expect(cells == expected.map { $0[name] }, "column \(name)")
    }
  }
}
