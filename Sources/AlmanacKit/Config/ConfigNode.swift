internal import Yams

/// A YAML node with its place in the config, read strictly: wrong types and unknown keys are errors
/// that name the key, the file and the line.
///
/// Problems are collected in the shared `ConfigProblems` instead of thrown one at a time, so that one
/// run lists every mistake in a config.
struct ConfigNode {
  let node: Node
  /// Dotted path from the root, such as `models[1].economics.per_label`.
  let path: String
  let problems: ConfigProblems

  var line: Int? { node.mark?.line }
  var column: Int? { node.mark?.column }

  /// Records a problem at this node.
  func fail(_ message: String, hint: String? = nil) {
    problems.add(
      ConfigError(file: problems.file, line: line, column: column, message: message, hint: hint))
  }

  /// The keys of a mapping with their values, after checking every key is one of `allowed`.
  ///
  /// - Parameter allowed: The keys this mapping may have.
  /// - Returns: The entries by key; empty (and a problem recorded) when the node is not a mapping.
  func mapping(allowed: [String]) -> [String: ConfigNode] {
    guard case .mapping(let mapping) = node else {
      fail("\(path) must be a mapping of keys to values")
      return [:]
    }
    var entries: [String: ConfigNode] = [:]
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      let childPath = path.isEmpty ? key : "\(path).\(key)"
      let child = ConfigNode(node: value, path: childPath, problems: problems)
      guard allowed.contains(key) else {
        ConfigNode(node: keyNode, path: childPath, problems: problems).fail(
          "unknown key \"\(key)\"" + (path.isEmpty ? "" : " in \(path)"),
          hint: "expected one of: \(allowed.joined(separator: ", "))")
        continue
      }
      entries[key] = child
    }
    return entries
  }

  /// The entries of a mapping whose keys are free-form (feature names, metric names).
  func freeMapping() -> [(key: String, value: ConfigNode)] {
    guard case .mapping(let mapping) = node else {
      fail("\(path) must be a mapping of keys to values")
      return []
    }
    return mapping.map { keyNode, value in
      let key = keyNode.string ?? ""
      return (key, ConfigNode(node: value, path: "\(path).\(key)", problems: problems))
    }
  }

  /// The items of a sequence.
  func sequence() -> [ConfigNode] {
    guard case .sequence(let sequence) = node else {
      fail("\(path) must be a list")
      return []
    }
    return sequence.enumerated().map { index, item in
      ConfigNode(node: item, path: "\(path)[\(index)]", problems: problems)
    }
  }

  /// A text value.
  func string() -> String? {
    guard case .scalar(let scalar) = node else {
      fail("\(path) must be text")
      return nil
    }
    return scalar.string
  }

  /// A text value or a list of text values.
  func strings() -> [String] {
    if case .scalar = node { return string().map { [$0] } ?? [] }
    return sequence().compactMap { $0.string() }
  }

  /// A number.
  func double() -> Double? {
    guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
      fail("\(path) must be a number, found \(quoted)")
      return nil
    }
    return value
  }

  /// A whole number within a range.
  func int(in range: ClosedRange<Int>) -> Int? {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string), range.contains(value)
    else {
      fail(
        "\(path) must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(quoted)"
      )
      return nil
    }
    return value
  }

  /// A number within a range.
  func double(in range: ClosedRange<Double>) -> Double? {
    guard let value = double() else { return nil }
    guard range.contains(value) else {
      fail("\(path) must be from \(range.lowerBound) to \(range.upperBound), found \(quoted)")
      return nil
    }
    return value
  }

  /// `true` or `false`.
  func bool() -> Bool? {
    guard let value = node.bool else {
      fail("\(path) must be true or false, found \(quoted)")
      return nil
    }
    return value
  }

  /// One of a fixed set of words.
  func choice<Choice: RawRepresentable<String> & CaseIterable>(_ type: Choice.Type) -> Choice? {
    guard let text = string() else { return nil }
    guard let value = Choice(rawValue: text) else {
      fail(
        "\(path) must be one of \(Choice.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\""
      )
      return nil
    }
    return value
  }

  private var quoted: String {
    switch node {
    case .scalar(let scalar): "\"\(scalar.string)\""
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }
}

/// Problems found while reading one config file.
final class ConfigProblems {
  let file: String
  private(set) var errors: [ConfigError] = []

  init(file: String) { self.file = file }

  func add(_ error: ConfigError) { errors.append(error) }
}
