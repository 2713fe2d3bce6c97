import AlmanacNarrative
import Foundation
import Testing

@testable import AlmanacKit

/// Stable models raise at most one amber or red finding a year, and a real shift is caught in its
/// first week: a seeded simulation of weekly periods at several sizes, through the pipeline's
/// measurement and judgement (everything but reading files).
///
/// `make test` simulates one model of each size up to 5,000 rows a week; `make simulate` (release
/// build, `ALMANAC_SIMULATION=full`) four of each, up to 50,000 rows a week.
@Suite struct FalseAlarmSimulationTests {
  static let isFull = ProcessInfo.processInfo.environment["ALMANAC_SIMULATION"] == "full"

  static let models: [SimulatedModel] = {
    let shapes: [(name: String, size: Int, reference: Int, extra: Int)] =
      [
        ("small", 300, 5_000, 0), ("loans", 1_150, 50_000, 0), ("wide", 1_000, 20_000, 14),
        ("medium", 5_000, 20_000, 0),
      ] + (isFull ? [("large", 50_000, 50_000, 0)] : [])
    let seeds: [UInt64] = isFull ? [11, 12, 13, 14] : [11]
    return shapes.flatMap { shape in
      seeds.map { seed in
        SimulatedModel(
          name: "\(shape.name)-\(seed)", periodSize: shape.size, referenceSize: shape.reference,
          extra: shape.extra, seed: seed &* 1_000 &+ UInt64(shape.size))
      }
    }
  }()

  @Test func stableModelsRaiseAtMostOneAlarmAYear() async throws {
    var alarms: [[String]] = []
    for model in Self.models {
      let year = try await model.assessments(weeks: 52)
      let found = year.flatMap { week in
        week.findings.map { "\(week.name) \($0.kind.rawValue) \($0.severity.rawValue)" }
      }
      print("\(model.name), \(model.periodSize) rows a week: \(found.count) \(found)")
      alarms.append(found)
    }
    let perModelYear = Double(alarms.map(\.count).reduce(0, +)) / Double(alarms.count)
    print("amber or red findings per model-year, over \(alarms.count) model-years: \(perModelYear)")
    #expect(perModelYear <= 1)
  }

  @Test func aShiftIsCaughtInItsFirstWeek() async throws {
    for model in Self.models {
      let weeks = try await model.assessments(weeks: 30, shiftFrom: 26)
      let first = weeks[26]
      let kinds = Set(first.findings.map(\.kind))
      let seen = kinds.union(first.notes.map(\.kind))
      print(
        "\(model.name): \(first.findings.map { "\($0.kind.rawValue) \($0.severity.rawValue)" })")
      #expect(first.status != .green, "\(model.name)")
      // The moved inputs are seen at once: a step when few are tested, a note when they are 2 of
      // 20 (too few to call the data changed; the accuracy decline then carries the verdict).
      #expect(seen.contains(.suddenDrift), "\(model.name): \(seen)")
      if model.periodSize >= 1_000 {
        #expect(kinds.contains(.accuracyDecline), "\(model.name): \(kinds)")
        // It goes on being reported, dated from the shift.
        #expect(weeks.last?.decline?.since == "2026-W49", "\(model.name)")
      }
    }
  }
}
