import Foundation
import Testing

@testable import AlmanacKit

/// The README quotes the demo's config and its executive summary; both must stay true.
@Suite struct ReadmeTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized

  func text(_ path: String) throws -> String {
    try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func quotesTheDemoConfig() throws {
    #expect(try text("README.md").contains("```yaml\n" + demoConfigYAML + "```"))
  }

  @Test func quotesTheDemoSummary() throws {
    let data = try Data(
      contentsOf: Self.root.appendingPathComponent("reports/demo/2026-W47/report.json"))
    let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let headline = try #require((report["summary"] as? [String: Any])?["headline"] as? String)
    let quoted = try text("README.md").split(separator: "\n")
      .filter { $0.hasPrefix("> ") }.map { $0.dropFirst(2) }.joined(separator: " ")
    #expect(quoted == headline)
  }
}
