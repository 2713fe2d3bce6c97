import AlmanacIngest
import AlmanacMetrics
import Foundation
import Testing

@testable import AlmanacKit

/// A scripted history of a loan classifier, written as real exports: a 5,000-row reference and
/// twelve weeks of logs (2026-W37 to 2026-W48, 1,000 rows a week), with an `id` counter, a
/// timestamp, six inputs, a score, a prediction and the outcome.
///
/// The stable process is `SimulatedModel`'s (accuracy about 94%); each week can be changed:
/// inputs moved, the outcome's relation changed, text written into a numeric column.
struct Story {
  /// How one week differs from the stable process.
  struct Week {
    /// Added to the first input (its spread is 1).
    var x1Shift = 0.0
    /// The share of rows whose `segment` is moved to its last level.
    var segmentMove = 0.0
    /// Multiplies the `amount` input.
    var amountScale = 1.0
    /// The share of rows whose `region` is moved to its first level.
    var regionMove = 0.0
    /// Subtracted from the outcome's log-odds: the same inputs default less often.
    var conceptShift = 0.0
    /// The share of `x2` cells written `nan`, and cells written `52 000,5` (at most one row).
    var nanShare = 0.0
    var unreadable = false
  }

  /// The twelve weeks, oldest first.
  var weeks = [Week](repeating: Week(), count: 12)
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

  /// Writes `reference.csv`, `predictions.csv` and `almanac.yml` into a fixture.
  func write(to fixture: PipelineFixture) throws {
    var generator = SplitMix64(seed: seed)
    var reference = ["id,x1,x2,amount,segment,region,flag,score,prediction,actual"]
    for id in 0..<5_000 {
      let row = Self.draw(Week(), &generator)
      reference.append(
        "\(id),\(row.inputs),\(row.score),\(row.predicted ? 1 : 0),"
          + (row.actual ? referenceLabels.0 : referenceLabels.1))
    }
    var logs = ["id,timestamp,x1,x2,amount,segment,region,flag,score,prediction,actual"]
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
        var drawn = Self.draw(week, &generator)
        if generator.nextUnitInterval() < week.nanShare { drawn.x2 = "nan" }
        if unreadableLeft {
          drawn.x2 = "\"52 000,5\""
          unreadableLeft = false
        }
        let clock = CalendarDay.padded(row * 7 % 24, 2)
        logs.append(
          "\(id),\(day)T\(clock):00:00Z,\(drawn.inputs),\(drawn.score),"
            + "\(drawn.predicted ? 1 : 0),\(drawn.actual ? logLabels.0 : logLabels.1)")
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

  /// One row of the process, as written in the files.
  struct Row {
    var x1: String
    var x2: String
    /// `amount,segment,region,flag`.
    var rest: String
    var score: Double
    var predicted: Bool
    var actual: Bool

    /// The inputs as written: `x1,x2,amount,segment,region,flag`.
    var inputs: String { "\(x1),\(x2),\(rest)" }
  }

  /// One row of the process in a given week.
  static func draw(_ week: Week, _ generator: inout SplitMix64) -> Row {
    let x1 = normal(&generator) + week.x1Shift
    let x2 = normal(&generator)
    let amount = exp(0.5 * normal(&generator) + 3) * week.amountScale
    var segment = pick([0.35, 0.25, 0.2, 0.12, 0.08], &generator)
    if generator.nextUnitInterval() < week.segmentMove { segment = 4 }
    var region = pick((1...12).map { 1 / Double($0) }, &generator)
    if generator.nextUnitInterval() < week.regionMove { region = 0 }
    let flag = generator.nextUnitInterval() < 0.3
    let logit = 8 * x1 - 5 * x2 + (segment == 0 ? 0.8 : 0) + (flag ? 0.4 : 0) - 0.6
    let probability = 1 / (1 + exp(-logit))
    let truth = 1 / (1 + exp(-(logit - week.conceptShift)))
    return Row(
      x1: Self.text(x1), x2: Self.text(x2),
      rest: "\(Self.text(amount)),\(["a", "b", "c", "d", "e"][segment]),r\(region + 1),"
        + (flag ? "yes" : "no"),
      score: (probability * 100).rounded() / 100, predicted: probability >= 0.5,
      actual: generator.nextUnitInterval() < truth)
  }

  /// A number with six decimals.
  private static func text(_ value: Double) -> String { String(format: "%.6f", value) }
}
