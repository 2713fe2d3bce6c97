/// Why bytes could not be read as an Arrow IPC stream.
///
/// Each case carries a one-line explanation naming the structure that was wrong.
public enum ArrowError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes end before a structure the format requires, or an offset points past the end.
  case truncated(String)

  /// A structure is present but contradicts the format or the rest of the stream.
  case malformed(String)

  /// The stream uses a valid feature this reader does not implement, such as compression.
  case unsupported(String)

  /// A one-line message for the user.
  public var description: String {
    switch self {
    case .truncated(let detail): "truncated Arrow data: \(detail)"
    case .malformed(let detail): "malformed Arrow data: \(detail)"
    case .unsupported(let detail): "unsupported Arrow data: \(detail)"
    }
  }
}
