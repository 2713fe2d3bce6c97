import AlmanacIngest
import AlmanacMetrics
import Foundation
import Testing

@testable import AlmanacKit

/// A scripted history of a loan classifier, written as real exports: a 5,000-row reference and
/// twelve weeks of logs (2026-W37 to 2026-W48, 1,000 rows a week), with an `id` counter, a
/// timestamp, six inputs, a score, a prediction and the outcome, drawn from `LoanProcess`; each
/// week can be changed (inputs moved, the outcome's relation changed, text written into a
/// numeric column).
struct Story {
  /// The twelve weeks, oldest first.
  var weeks = [LoanProcess.Week](repeating: LoanProcess.Week(), count: 12)
  /// The first and last day of data (default: the weeks' first Monday and last Sunday).
  var firstDay: String? = nil
  var lastDay: String? = nil
  /// How the reference and the logs write the outcome's classes.
  var referenceLabels = ("1", "0")
  var logLabels = ("1", "0")
  /// The seed of every draw.
  var seed: UInt64 = 7

  /// The report weeks' labels, oldest first.
  static let labels = (37...48).map { "2026-W\($0)" }

  /// The columns after `id` (and `timestamp`) that `row(_:labels:)` writes.
  static let header = "x1,x2,amount,segment,region,flag,score,prediction,actual"

  /// A row as written in the files, from `x1` to the outcome.
  static func row(_ row: LoanProcess.Row, x2: String? = nil, labels: (String, String) = ("1", "0"))
    -> String
  {
    [
      text(row.x1), x2 ?? text(row.x2), text(row.amount), LoanProcess.segments[row.segment],
      LoanProcess.regions[row.region], row.flag ? "yes" : "no", String(row.score),
      row.predicted ? "1" : "0", row.actual ? labels.0 : labels.1,
    ].joined(separator: ",")
  }

  /// Writes `reference.csv`, `predictions.csv` and `almanac.yml` into a fixture.
  func write(to fixture: PipelineFixture) throws {
    var generator = SplitMix64(seed: seed)
    var reference = ["id," + Self.header]
    for id in 0..<5_000 {
      let drawn = LoanProcess.draw(LoanProcess.Week(), &generator)
      reference.append("\(id),\(Self.row(drawn, labels: referenceLabels))")
    }
    var logs = ["id,timestamp," + Self.header]
    let monday = try #require(ReportPeriod.isoWeek(year: 2026, week: 37)).start
    let first = try firstDay.map { try #require(CalendarDay(iso: $0)) } ?? monday
    let last = try lastDay.map { try #require(CalendarDay(iso: $0)) } ?? monday.adding(days: 83)
    var id = 5_000
    for (index, week) in weeks.enumerated() {
      let start = monday.adding(days: 7 * index)
      var unreadableLeft = week.unreadable
      for row in 0..<1_000 {
        let day = start.adding(days: row * 7 / 1_000)
        guard first <= day, day <= last else { continue }
        let drawn = LoanProcess.draw(week, &generator)
        var x2: String?
        if generator.nextUnitInterval() < week.nanShare { x2 = "nan" }
        if unreadableLeft {
          x2 = "\"52 000,5\""
          unreadableLeft = false
        }
        let clock = CalendarDay.padded(row * 7 % 24, 2)
        logs.append(
          "\(id),\(day)T\(clock):00:00Z,\(Self.row(drawn, x2: x2, labels: logLabels))")
        id += 1
      }
    }
    try fixture.write("reference.csv", reference.joined(separator: "\n") + "\n")
    try fixture.write("predictions.csv", logs.joined(separator: "\n") + "\n")
    try fixture.write(
      "almanac.yml",
      """
      report: { trend: 8 }
      models:
        - name: car-loan
          task: binary-classification
          predictions: predictions.csv
          reference: reference.csv

      """)
  }

  /// A number with six decimals.
  private static func text(_ value: Double) -> String { String(format: "%.6f", value) }
}
