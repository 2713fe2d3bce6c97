import AlmanacTestSupport
import Foundation
import Testing

/// The golden-file helper fails whenever a golden is recorded or missing, and prints a line diff.
@Suite struct GoldenFileTests {
  static func golden(in folder: TemporaryFolder) -> GoldenFile {
    GoldenFile(suite: "Suite", name: "case.txt", testFile: folder.file("Tests.swift"))
  }

  @Test func matchingTextPasses() throws {
    let folder = try TemporaryFolder()
    let golden = Self.golden(in: folder)
    try FileManager.default.createDirectory(
      at: golden.url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("one\r\ntwo\n".utf8).write(to: golden.url)
    golden.expectMatch("one\ntwo\n", environment: [:])
  }

  @Test func missingGoldenFails() throws {
    let folder = try TemporaryFolder()
    withKnownIssue { Self.golden(in: folder).expectMatch("text", environment: [:]) }
  }

  @Test func recordingWritesTheGoldenAndStillFails() throws {
    let folder = try TemporaryFolder()
    let golden = Self.golden(in: folder)
    withKnownIssue {
      golden.expectMatch("new\ntext\n", environment: [GoldenFile.recordVariable: "1"])
    }
    #expect(FileManager.default.contents(atPath: golden.url.path) == Data("new\ntext\n".utf8))
  }

  @Test func mismatchFails() throws {
    let folder = try TemporaryFolder()
    let golden = Self.golden(in: folder)
    withKnownIssue { golden.expectMatch("old", environment: [GoldenFile.recordVariable: "1"]) }
    withKnownIssue { golden.expectMatch("new", environment: [:]) }
  }

  @Test func diffShowsChangedLinesWithContext() {
    let diff = LineDiff(expected: "a\nb\nc\nd\ne\nf", actual: "a\nb\nC\nd\ne\nf\ng")
    #expect(diff.hasChanges)
    #expect(diff.printed(context: 1) == "  b\n- c\n+ C\n  d\n@@ line 7 @@\n  f\n+ g")
    #expect(!LineDiff(expected: "same", actual: "same").hasChanges)
  }
}
