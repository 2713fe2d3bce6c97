internal import Foundation

/// The `Date` header's text (RFC 5322 section 3.3), always in UTC.
enum MessageDate {
  /// Writes an instant as `Mon, 23 Nov 2026 06:00:00 +0000`.
  ///
  /// English day and month names, two-digit day, 24-hour time, seconds truncated, zone `+0000`;
  /// independent of the machine's locale and time zone.
  ///
  /// - Parameter date: The instant.
  /// - Returns: The date-time text.
  static func text(for date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let parts = calendar.dateComponents(
      [.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    func two(_ value: Int?) -> String {
      let number = value ?? 0
      return number < 10 ? "0\(number)" : "\(number)"
    }
    let day = days[((parts.weekday ?? 1) - 1) % 7]
    let month = months[((parts.month ?? 1) - 1) % 12]
    return "\(day), \(two(parts.day)) \(month) \(parts.year ?? 1970) "
      + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
  }
}
