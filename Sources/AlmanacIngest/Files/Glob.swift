/// Shell-style file name patterns.
///
/// `*` matches any run of characters, `?` one character and `[...]` (one character of a set: `[abc]`, ranges `[0-9]`, negated `[!abc]` or `[^abc]`), in any path
/// component. Wildcards never cross a `/` and never match a leading `.` of a name, as in the shell.
public enum Glob {
  /// Whether `pattern` contains a wildcard (`*`, `?` or `[`).
  public static func hasWildcards(_ pattern: String) -> Bool {
    pattern.contains { $0 == "*" || $0 == "?" || $0 == "[" }
  }

  /// Whether a file name matches one component of a pattern.
  ///
  /// - Parameters:
  ///   - name: A file or folder name, without `/`.
  ///   - pattern: One component of a pattern, without `/`.
  /// - Returns: Whether the whole name matches.
  /// - Complexity: O(name x pattern) in the worst case.
  public static func matches(_ name: String, pattern: String) -> Bool {
    let name = Array(name.unicodeScalars)
    let pattern = Array(pattern.unicodeScalars)
    if name.first == ".", let first = pattern.first, first != "." { return false }
    return matches(name[...], pattern[...])
  }

  private static func matches(
    _ name: ArraySlice<Unicode.Scalar>, _ pattern: ArraySlice<Unicode.Scalar>
  ) -> Bool {
    var name = name
    var pattern = pattern
    // Where to resume after the last `*`: the pattern after it and the name position it covers.
    var resume: (pattern: ArraySlice<Unicode.Scalar>, name: ArraySlice<Unicode.Scalar>)?
    while true {
      if let token = pattern.first {
        if token == "*" {
          pattern = pattern.dropFirst()
          resume = (pattern, name)
          continue
        }
        if let character = name.first, let rest = matchOne(character, pattern) {
          name = name.dropFirst()
          pattern = rest
          continue
        }
      } else if name.isEmpty {
        return true
      }
      // Mismatch: let the last `*` swallow one more character, if there is one.
      guard let (afterStar, covered) = resume, !covered.isEmpty else { return false }
      name = covered.dropFirst()
      pattern = afterStar
      resume = (afterStar, name)
    }
  }

  /// Matches one character against the pattern's first token (`?`, a set or a literal) and
  /// returns the pattern after the token.
  private static func matchOne(_ character: Unicode.Scalar, _ pattern: ArraySlice<Unicode.Scalar>)
    -> ArraySlice<Unicode.Scalar>?
  {
    guard let token = pattern.first else { return nil }
    if token == "?" { return pattern.dropFirst() }
    if token == "[", let (matched, rest) = matchSet(character, pattern.dropFirst()) {
      return matched ? rest : nil
    }
    return token == character ? pattern.dropFirst() : nil
  }

  /// Reads a set after its `[`; nil when it is never closed (then `[` is an ordinary character).
  private static func matchSet(_ character: Unicode.Scalar, _ set: ArraySlice<Unicode.Scalar>)
    -> (Bool, ArraySlice<Unicode.Scalar>)?
  {
    var rest = set
    let negated = rest.first == "!" || rest.first == "^"
    if negated { rest = rest.dropFirst() }
    var found = false
    var first = true
    while let token = rest.first {
      if token == "]" && !first { return (found != negated, rest.dropFirst()) }
      first = false
      rest = rest.dropFirst()
      if rest.count >= 2, rest.first == "-", let upper = rest.dropFirst().first, upper != "]" {
        found = found || (token.value...upper.value).contains(character.value)
        rest = rest.dropFirst(2)
      } else {
        found = found || token == character
      }
    }
    return nil
  }
}
