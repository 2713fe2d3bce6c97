/// A traffic-light verdict on a model, a finding or the whole portfolio.
///
/// Ordered by gravity: `green < amber < red`, so the verdict of several findings is their maximum.
public enum Status: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
  /// Working as expected.
  case green
  /// Needs attention soon.
  case amber
  /// Needs action now.
  case red

  /// A word and symbol that convey the status without colour.
  public var label: String {
    switch self {
    case .green: "OK"
    case .amber: "Watch"
    case .red: "Act now"
    }
  }

  /// A symbol that conveys the status without colour.
  public var symbol: String {
    switch self {
    case .green: "✓"
    case .amber: "!"
    case .red: "✗"
    }
  }

  /// Whether `lhs` is less grave than `rhs`.
  ///
  /// - Parameters:
  ///   - lhs: A status.
  ///   - rhs: Another status.
  /// - Returns: `true` when `lhs` comes before `rhs` in `green, amber, red`.
  public static func < (lhs: Status, rhs: Status) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
