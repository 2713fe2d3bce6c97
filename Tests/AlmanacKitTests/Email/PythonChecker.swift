import AlmanacTestSupport
import Foundation

/// Runs `scripts/email/check_eml.py` with the system's `python3` and decodes what it prints.
struct PythonChecker {
  /// What the script found in a message (see the script's documentation for each key).
  struct Findings: Decodable {
    struct Attachment: Decodable {
      var filename: String?
      var content_type: String
      var size: Int
      var sha256: String
    }
    var headers: [String]
    var from: [String]
    var to: [String]
    var from_names: [String]
    var to_names: [String]
    var subject: String?
    var date_timestamp: Double?
    var message_id: String?
    var structure: [String]
    var defects: [String]
    var text: String?
    var html: String?
    var attachments: [Attachment]
    var files: [String: String]
    var long_lines: [String]
    var longest_body_line: Int
    var bare_line_breaks: Int
  }

  /// The script failed or printed something else than its JSON.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// `python3` on `PATH`, or `nil` when there is none.
  static let python = BuiltCommand(onPath: "python3")

  /// The checker script in this repository.
  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../scripts/email/check_eml.py").standardized.path

  /// Checks a message file.
  ///
  /// - Parameters:
  ///   - message: The `.eml` file.
  ///   - files: Files whose SHA-256 the script should also report.
  ///   - arguments: More of the script's options, such as `--unstyled-html PATH`.
  /// - Returns: The findings.
  /// - Throws: `Failure` when Python is missing, the script fails or its output is not JSON.
  static func check(_ message: String, files: [String], arguments: [String] = []) throws
    -> Findings
  {
    guard let python else { throw Failure(description: "python3 is not on PATH") }
    let run = try python.run([script, message] + files.flatMap { ["--file", $0] } + arguments)
    guard run.status == 0 else {
      throw Failure(description: "check_eml.py exited with \(run.status): \(run.errors)")
    }
    return try JSONDecoder().decode(Findings.self, from: Data(run.output.utf8))
  }
}
