/// How the cells of a timestamp column are written.
public enum TimestampFormat: String, Sendable, Equatable, CaseIterable {
  /// ISO-8601: a date (`2026-11-16`, midnight UTC) or a date-time with `T` or a space between
  /// date and time (`2026-11-16T08:30`, `2026-11-16 08:30:00`), optional fractional seconds
  /// (beyond milliseconds they are truncated), and `Z`, an offset (`+01:00`, `-0500`, `+01`) or no
  /// zone, which means UTC.
  case iso8601
  /// Seconds since 1970-01-01T00:00:00Z, possibly negative or with a fraction (`1763282400.25`).
  case epochSeconds
  /// Milliseconds since 1970-01-01T00:00:00Z, possibly negative; a fraction is truncated.
  case epochMilliseconds

  /// What a cell in this format looks like, for error messages.
  var expectation: String {
    switch self {
    case .iso8601:
      "an ISO-8601 date or date-time such as 2026-11-16 or 2026-11-16T08:30:00Z"
    case .epochSeconds: "seconds since 1970-01-01 UTC such as 1763282400"
    case .epochMilliseconds: "milliseconds since 1970-01-01 UTC such as 1763282400000"
    }
  }
}
