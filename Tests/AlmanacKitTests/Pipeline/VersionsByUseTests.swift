import AlmanacIngest
import Testing

@testable import AlmanacKit

/// The versions that served a period, most used first and ties in text order, whether the column
/// was read as text or as numbers.
@Suite struct VersionsByUseTests {
  @Test func textVersionsAreCountedByCode() {
    let column = Column.categorical(codes: [0, 1, 1, -1, 2, 1, 2, 0], levels: ["v3", "v1", "v2"])
    // v1 three times; v2 and v3 twice each (text order); the missing row counts for none.
    #expect(PeriodEvaluator.versionsByUse(column) == ["v1", "v2", "v3"])
  }

  @Test func numberVersionsUseTheirShortestText() {
    let column = Column.numeric([2, 2, .nan, 1.5, 2])
    #expect(PeriodEvaluator.versionsByUse(column) == ["2", "1.5"])
    #expect(PeriodEvaluator.versionsByUse(nil) == [])
  }
}
