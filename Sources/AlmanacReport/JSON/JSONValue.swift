/// A JSON document with object members in a fixed order, written deterministically.
///
/// Reports and exports must be byte-identical for the same inputs, so objects keep the order they are
/// built in, numbers use Swift's shortest round-trip form, and non-finite numbers become `null`
/// (JSON has no NaN).
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([JSONMember])

  /// A number, or `null` when absent or not finite.
  ///
  /// - Parameter value: The number, if any.
  /// - Returns: The JSON value.
  public static func number(_ value: Double?) -> JSONValue {
    guard let value, value.isFinite else { return .null }
    return .number(value)
  }

  /// Text, or `null` when absent.
  ///
  /// - Parameter value: The text, if any.
  /// - Returns: The JSON value.
  public static func string(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }

  /// The document as text, indented by two spaces per level, ending with a line break.
  public func serialized() -> String {
    var output = ""
    write(to: &output, indent: 0)
    output.append("\n")
    return output
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null: output.append("null")
    case .bool(let value): output.append(value ? "true" : "false")
    case .int(let value): output.append(String(value))
    case .number(let value): output.append(value.isFinite ? JSONValue.text(of: value) : "null")
    case .string(let value): JSONValue.writeString(value, to: &output)
    case .array(let items):
      guard !items.isEmpty else { return output.append("[]") }
      output.append("[\n")
      for (index, item) in items.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        item.write(to: &output, indent: indent + 2)
        output.append(index < items.count - 1 ? ",\n" : "\n")
      }
      output.append(String(repeating: " ", count: indent) + "]")
    case .object(let members):
      guard !members.isEmpty else { return output.append("{}") }
      output.append("{\n")
      for (index, member) in members.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        JSONValue.writeString(member.key, to: &output)
        output.append(": ")
        member.value.write(to: &output, indent: indent + 2)
        output.append(index < members.count - 1 ? ",\n" : "\n")
      }
      output.append(String(repeating: " ", count: indent) + "}")
    }
  }

  /// Shortest round-trip decimal form, without a trailing `.0` on whole numbers.
  private static func text(of value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  /// Writes a JSON string literal, escaping quotes, backslashes, control characters and the
  /// JavaScript line separators U+2028 and U+2029.
  private static func writeString(_ value: String, to output: inout String) {
    output.append("\"")
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      default:
        if VisibleText.isHidden(scalar) || scalar == "\u{2028}" || scalar == "\u{2029}" {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output.append("\"")
  }
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Equatable {
  /// The member's name.
  public var key: String
  /// The member's value.
  public var value: JSONValue

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - key: The member's name.
  ///   - value: The member's value.
  public init(_ key: String, _ value: JSONValue) {
    self.key = key
    self.value = value
  }
}
