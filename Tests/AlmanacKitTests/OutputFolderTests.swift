import Foundation
import Testing

@testable import AlmanacKit

@Suite struct OutputFolderTests {
  struct WriteFailed: Error {}

  func temporaryRoot() -> String {
    NSTemporaryDirectory() + "almanac-output-\(UUID().uuidString)"
  }

  func contents(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test func publishesThenReplacesAPeriodFolder() throws {
    let root = temporaryRoot()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = OutputFolder(root: root)
    let first = try folder.publish(name: "2026-W47") { staging in
      try "one".write(toFile: "\(staging)/report.md", atomically: false, encoding: .utf8)
      try "old".write(toFile: "\(staging)/stale.json", atomically: false, encoding: .utf8)
      return ["report.md", "stale.json"]
    }
    #expect(first == ["\(root)/2026-W47/report.md", "\(root)/2026-W47/stale.json"])
    _ = try folder.publish(name: "2026-W47") { staging in
      try "two".write(toFile: "\(staging)/report.md", atomically: false, encoding: .utf8)
      return ["report.md"]
    }
    #expect(try contents("\(root)/2026-W47/report.md") == "two")
    #expect(!FileManager.default.fileExists(atPath: "\(root)/2026-W47/stale.json"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2026-W47"])
  }

  @Test func removesWhatAKilledRunLeftBehind() throws {
    let root = temporaryRoot()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let leftover = "\(root)/\(OutputFolder.temporaryPrefix)2026-W46-4242"
    try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: true)
    _ = try OutputFolder(root: root).publish(name: "2026-W47") { staging in
      try "new".write(toFile: "\(staging)/report.md", atomically: false, encoding: .utf8)
      return ["report.md"]
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2026-W47"])
  }

  @Test func aFailedWriteLeavesThePreviousReports() throws {
    let root = temporaryRoot()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = OutputFolder(root: root)
    _ = try folder.publish(name: "2026-W47") { staging in
      try "kept".write(toFile: "\(staging)/report.md", atomically: false, encoding: .utf8)
      return ["report.md"]
    }
    #expect(throws: WriteFailed.self) {
      try folder.publish(name: "2026-W47") { staging in
        try "half".write(toFile: "\(staging)/report.md", atomically: false, encoding: .utf8)
        throw WriteFailed()
      }
    }
    #expect(try contents("\(root)/2026-W47/report.md") == "kept")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2026-W47"])
  }
}
