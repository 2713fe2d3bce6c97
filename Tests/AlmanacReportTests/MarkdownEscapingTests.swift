import Testing

@testable import AlmanacReport

/// Each Markdown escaping rule, case by case.
@Suite struct MarkdownEscapingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    var testDescription: String { input.debugDescription }
  }

  @Test(arguments: [
    Case(input: "credit-default", expected: "credit-default"),
    Case(input: "a | b", expected: #"a \| b"#),
    Case(input: "two\nlines\r\nand\u{2028}more\ttab", expected: "two lines and more tab"),
    Case(input: "`rm -rf`", expected: #"\`rm -rf\`"#),
    Case(input: "# heading", expected: ##"\# heading"##),
    Case(input: "[x](http://e.example)", expected: #"\[x\](http://e.example)"#),
    Case(input: "![i](x.png)", expected: #"!\[i\](x.png)"#),
    Case(input: "<b>bold</b> & co", expected: #"\<b\>bold\</b\> \& co"#),
    Case(input: "*a* _b_ ~c~", expected: #"\*a\* \_b\_ \~c\~"#),
    Case(input: #"back\slash"#, expected: #"back\\slash"#),
    Case(input: "$5 and $6", expected: #"\$5 and \$6"#),
    Case(input: "- item", expected: #"\- item"#),
    Case(input: "+", expected: #"\+"#),
    Case(input: "---", expected: #"\---"#),
    Case(input: "===", expected: #"\==="#),
    Case(input: "-$2,090", expected: #"-\$2,090"#),
    Case(input: "-4%", expected: "-4%"),
    Case(input: "1. first", expected: #"1\. first"#),
    Case(input: "12) twelve", expected: #"12\) twelve"#),
    Case(input: "12.5%", expected: "12.5%"),
    Case(input: "", expected: ""),
  ])
  func escapes(_ c: Case) {
    #expect(MarkdownEscaping.escape(c.input) == c.expected)
  }
}
