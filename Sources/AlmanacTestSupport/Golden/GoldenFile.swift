public import Foundation
public import Testing

/// A reviewed copy of rendered output that a test compares its output with.
///
/// Goldens live in `Tests/<Target>/Goldens/<Suite>/<case>.<ext>`. Line endings are normalised to LF
/// before comparing. With `RECORD_GOLDENS=1` in the environment the golden is rewritten, and the
/// test still fails so that a new golden is always reviewed before it counts; a missing golden
/// fails too. A mismatch records the line diff.
public struct GoldenFile: Sendable {
  /// The environment variable that turns on recording.
  public static let recordVariable = "RECORD_GOLDENS"

  /// The golden's location.
  public let url: URL

  /// Names a golden file next to the calling test file.
  ///
  /// - Parameters:
  ///   - suite: The folder under `Goldens/`, usually the suite's name.
  ///   - name: The file name with its extension, e.g. `sample.html`.
  ///   - testFile: The calling test file's path; leave the default.
  public init(suite: String, name: String, testFile: String = #filePath) {
    url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
      .appendingPathComponent("Goldens").appendingPathComponent(suite)
      .appendingPathComponent(name)
  }

  /// Compares text with the golden, recording a test issue on any difference.
  ///
  /// - Parameters:
  ///   - actual: The rendered text.
  ///   - environment: The environment to read `RECORD_GOLDENS` from; the process's by default.
  ///   - sourceLocation: Where the issue is reported; leave the default.
  public func expectMatch(
    _ actual: String,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let text = Self.normalised(actual)
    if environment[Self.recordVariable] == "1" {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        let message =
          "Recorded golden \(url.path). Review it, then run the tests without "
          + "\(Self.recordVariable)."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
      } catch {
        Issue.record("Cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      let message =
        "Missing golden \(url.path). Record it with "
        + "`\(Self.recordVariable)=1 swift test --filter Golden`."
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
      return
    }
    let expected = Self.normalised(String(decoding: data, as: UTF8.self))
    guard expected != text else { return }
    let diff = LineDiff(expected: expected, actual: text)
    Issue.record(
      """
      Output differs from golden \(url.path) (- golden, + actual). If the change is intended, \
      rerun with \(Self.recordVariable)=1 and review the new golden.
      \(diff.printed())
      """,
      sourceLocation: sourceLocation)
  }

  /// Text with CRLF and CR line endings turned into LF.
  static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }
}
