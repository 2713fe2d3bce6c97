import AlmanacTestSupport
import Foundation
import Testing

/// Runs on different output folders that share one history file all succeed, even started at once.
@Suite struct SharedHistoryTests {
  @Test func concurrentRunsSharingAHistoryAllSucceed() throws {
    let folder = try TemporaryFolder()
    let almanac = try BuiltCommand("almanac")
    let work = folder.file("work")
    let setup = try almanac.run([
      "demo", "--work", work, "--output", folder.file("demo"), "--format", "json",
    ])
    try #require(setup.status == 0, "\(setup.errors)")
    let history = folder.file("shared.sqlite")
    let config = try String(contentsOfFile: "\(work)/almanac.yml", encoding: .utf8)
      .replacingOccurrences(of: "history: history.sqlite", with: "history: \(history)")
    let runs = 8
    var processes: [Process] = []
    for index in 0..<runs {
      let path = "\(work)/run-\(index).yml"
      try config.replacingOccurrences(of: "output: reports", with: "output: out-\(index)")
        .write(toFile: path, atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: almanac.path)
      process.arguments = ["report", "-c", path, "--format", "json"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle(forWritingAtPath: "/dev/null")
      processes.append(process)
    }
    for process in processes { try process.run() }
    for process in processes { process.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: runs))
    let listing = try almanac.run(["history", "-c", "\(work)/run-0.yml", "--limit", "50"])
    #expect(listing.status == 0, "\(listing.errors)")
    #expect(listing.output.split(separator: "\n").count(where: { $0.contains("2026-W47") }) == runs)
  }
}
