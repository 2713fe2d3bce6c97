import Testing

/// Expects two money figures to agree to a relative `1e-12` (absolute `1e-9` near zero): every
/// expected figure in these suites is a short sum or product, so only the last bits may differ.
func expectMoney(
  _ actual: Double?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let actual else {
    Issue.record("expected \(expected), got nil", sourceLocation: sourceLocation)
    return
  }
  let tolerance = max(1e-12 * abs(expected), 1e-9)
  #expect(
    abs(actual - expected) <= tolerance,
    "\(actual) differs from \(expected) by more than \(tolerance)",
    sourceLocation: sourceLocation)
}
