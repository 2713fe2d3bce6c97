import AlmanacNarrative
import Testing

@Suite struct ReadabilityTests {
  struct Word: Sendable, CustomTestStringConvertible {
    let word: String
    let syllables: Int
    var testDescription: String { "\(word): \(syllables)" }
  }

  @Test(arguments: [
    Word(word: "cat", syllables: 1), Word(word: "the", syllables: 1),
    Word(word: "made", syllables: 1), Word(word: "whole", syllables: 1),
    Word(word: "table", syllables: 2), Word(word: "people", syllables: 2),
    Word(word: "value", syllables: 2), Word(word: "true", syllables: 1),
    Word(word: "queue", syllables: 1), Word(word: "rhythm", syllables: 1),
    Word(word: "year", syllables: 1), Word(word: "data", syllables: 2),
    Word(word: "accuracy", syllables: 4), Word(word: "predictions", syllables: 3),
    Word(word: "Estimated", syllables: 4), Word(word: "changed", syllables: 2),
    Word(word: "credit-default", syllables: 4), Word(word: "don't", syllables: 1),
    Word(word: "84%", syllables: 1), Word(word: "$12.4k", syllables: 1),
    Word(word: "2026-W47", syllables: 1), Word(word: "evaluation", syllables: 4),
  ])
  func countsSyllablesBySpelling(_ c: Word) {
    #expect(Readability.syllables(in: c.word) == c.syllables)
  }

  @Test func splitsWordsWithoutTheirPunctuation() {
    let words = Readability.words(in: "Accuracy fell (from 84% to 76%) — see \"credit-default\".")
    #expect(words == ["Accuracy", "fell", "from", "84%", "to", "76%", "see", "credit-default"])
    #expect(Readability.words(in: " — ... ").isEmpty)
  }

  @Test func endsSentencesAtStopsNotAtDecimalPoints() {
    #expect(Readability.sentenceCount(in: "It cost $12.4k. That is up 1.5 points! Why?") == 3)
    #expect(Readability.sentenceCount(in: "No stop at the end") == 1)
    #expect(Readability.sentenceCount(in: "Cost: $5; value: $9.") == 1)
    #expect(Readability.sentenceCount(in: "He said \"stop.\" Then left") == 2)
    #expect(Readability.sentenceCount(in: "") == 0)
  }

  @Test func gradesAnEasySentence() throws {
    // 6 words, 6 syllables, 1 sentence.
    let grade = try #require(Readability.fleschKincaidGrade("The cat sat on the mat."))
    let expected = 0.39 * 6 / 1 + 11.8 * 6 / 6 - 15.59
    #expect(abs(grade - expected) < 1e-12)
  }

  @Test func gradesAHeadline() throws {
    // Accuracy(4) fell(1) from(1) 84%(1) to(1) 76%(1) this(1) week(1) / That(1) cost(1) an(1)
    // estimated(4) $4.1k(1): 13 words, 19 syllables, 2 sentences.
    let text = "Accuracy fell from 84% to 76% this week. That cost an estimated $4.1k."
    let grade = try #require(Readability.fleschKincaidGrade(text))
    let expected = 0.39 * 13 / 2 + 11.8 * 19 / 13 - 15.59
    #expect(abs(grade - expected) < 1e-12)
  }

  @Test func gradesALongSentenceHigher() throws {
    // One sentence: Organizational(6) responsibilities(6) necessitate(4) comprehensive(4)
    // documentation(5) and(1) continuous(3) evaluation(4: the rule reads "ua" as one vowel
    // sound): 8 words, 33 syllables.
    let text =
      "Organizational responsibilities necessitate comprehensive documentation and continuous evaluation."
    let grade = try #require(Readability.fleschKincaidGrade(text))
    #expect(abs(grade - (0.39 * 8 + 11.8 * 33 / 8 - 15.59)) < 1e-12)
    #expect(grade > 8)
  }

  @Test func hasNoGradeWithoutWords() {
    #expect(Readability.fleschKincaidGrade("") == nil)
    #expect(Readability.fleschKincaidGrade(" — ") == nil)
  }
}
