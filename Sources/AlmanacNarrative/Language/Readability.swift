/// How hard a text is to read, as a US school grade (Flesch-Kincaid).
///
/// The executive summary and model headlines must read at grade 8 or lower; tests hold every
/// generated sentence to that.
public enum Readability {
  /// The Flesch-Kincaid grade level of a text.
  ///
  /// Formula: `0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59` (Kincaid et al.,
  /// 1975), with words, sentences and syllables counted by `words(in:)`, `sentenceCount(in:)` and
  /// `syllables(in:)`. The syllable rule is a spelling heuristic, so grades can differ by a few
  /// tenths from tools that count syllables with a dictionary.
  ///
  /// - Parameter text: Plain text, one or more sentences.
  /// - Returns: The grade (it can be below 0 for very simple text), or `nil` when the text has no words.
  /// - Complexity: O(*n*) in the length of the text.
  public static func fleschKincaidGrade(_ text: String) -> Double? {
    let words = words(in: text)
    guard !words.isEmpty else { return nil }
    let syllableCount = words.reduce(0) { $0 + syllables(in: $1) }
    let wordCount = Double(words.count)
    return 0.39 * (wordCount / Double(sentenceCount(in: text)))
      + 11.8 * (Double(syllableCount) / wordCount) - 15.59
  }

  /// The words of a text.
  ///
  /// A word is a run of characters between white space, without the punctuation around it
  /// (`"(84%),"` is `84%`), that holds at least one letter or digit. A hyphenated name such as
  /// `credit-default` is one word; a dash standing alone is none.
  ///
  /// - Parameter text: Plain text.
  /// - Returns: The words in order.
  /// - Complexity: O(*n*).
  public static func words(in text: String) -> [Substring] {
    text.split(whereSeparator: \.isWhitespace).compactMap { token in
      guard let first = token.firstIndex(where: { !isEdgePunctuation($0) }),
        let last = token.lastIndex(where: { !isEdgePunctuation($0) })
      else { return nil }
      let word = token[first...last]
      return word.contains(where: { $0.isLetter || $0.isNumber }) ? word : nil
    }
  }

  /// The number of sentences in a text, at least 1 when it has any words.
  ///
  /// A sentence ends at a word whose last character, after closing quotes and brackets, is `.`, `!`
  /// or `?`; a point inside a number (`12.4`) ends nothing. Words after the last such end make one
  /// more sentence. Colons and semicolons do not end sentences.
  ///
  /// - Parameter text: Plain text.
  /// - Returns: The sentence count; 0 for a text without words.
  /// - Complexity: O(*n*).
  public static func sentenceCount(in text: String) -> Int {
    var count = 0
    var open = false
    for token in text.split(whereSeparator: \.isWhitespace) {
      if token.contains(where: { $0.isLetter || $0.isNumber }) { open = true }
      let end = token.reversed().drop(while: { "\"')]}’”".contains($0) }).first
      if open, let end, ".!?".contains(end) {
        count += 1
        open = false
      }
    }
    return count + (open ? 1 : 0)
  }

  /// The syllables of one word, by a spelling rule.
  ///
  /// - A word holding a digit (`84%`, `$12.4k`, `2026-W47`) counts one syllable, as readability tools
  ///   that look words up by spelling do.
  /// - Otherwise apostrophes are dropped and the word is split at every other non-letter (so
  ///   `credit-default` is `credit` + `default`); each part counts its groups of vowels
  ///   (`a e i o u y`), less one for a silent final `e` after a consonant (`made`, but not `table`
  ///   or `value`), and at least one.
  ///
  /// This is the usual vowel-group heuristic: right for most everyday words, one too many where a
  /// silent `e` comes before a final `s` or `d` (`makes`, `changed`), and one too few where two
  /// vowels are sounded apart (`evaluation`, `media`).
  ///
  /// - Parameter word: One word.
  /// - Returns: Its syllable count, at least 1.
  public static func syllables(in word: some StringProtocol) -> Int {
    if word.contains(where: \.isNumber) { return 1 }
    let letters = word.lowercased().filter { $0 != "'" && $0 != "’" }
    let parts = letters.split(whereSeparator: { !$0.isLetter })
    guard !parts.isEmpty else { return 1 }
    return parts.reduce(0) { $0 + partSyllables(Array($1)) }
  }

  private static func partSyllables(_ part: [Character]) -> Int {
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    var groups = 0
    var previousIsVowel = false
    for letter in part {
      let isVowel = vowels.contains(letter)
      if isVowel && !previousIsVowel { groups += 1 }
      previousIsVowel = isVowel
    }
    let count = part.count
    if groups > 1, count >= 2, part[count - 1] == "e", !vowels.contains(part[count - 2]),
      !(part[count - 2] == "l" && count >= 3 && !vowels.contains(part[count - 3]))
    {
      groups -= 1
    }
    return max(groups, 1)
  }

  private static func isEdgePunctuation(_ character: Character) -> Bool {
    !(character.isLetter || character.isNumber || "$€£¥%".contains(character))
  }
}
