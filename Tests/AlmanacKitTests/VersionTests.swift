import AlmanacKit
import Testing

@Suite struct VersionTests {
  @Test func hasSemanticVersion() {
    #expect(almanacVersion.split(separator: ".").count == 3)
  }
}
