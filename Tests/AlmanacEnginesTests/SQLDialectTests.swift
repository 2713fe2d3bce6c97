import AlmanacEngines
import Testing

@Suite("SQL names and values")
struct SQLDialectTests {
  @Test("identifiers are quoted, their quote characters doubled")
  func identifiers() throws {
    #expect(try SQLDialect.postgres.identifier("score") == "\"score\"")
    #expect(try SQLDialect.postgres.identifier("a\"b") == "\"a\"\"b\"")
    #expect(try SQLDialect.spark.identifier("a`b") == "`a``b`")
    #expect(try SQLDialect.spark.identifier("x\"y") == "`x\"y`")
    #expect(
      try SQLDialect.postgres.qualified(["monitoring", "pre.dictions"])
        == "\"monitoring\".\"pre.dictions\"")
  }

  @Test("an empty name or one with a NUL character is refused")
  func unusableNames() {
    for dialect in SQLDialect.allCases {
      #expect(throws: SQLNameProblem.self) { try dialect.identifier("") }
      #expect(throws: SQLNameProblem.self) { try dialect.identifier("a\u{0}b") }
    }
  }

  @Test("text literals escape quotes and backslashes")
  func textLiterals() {
    #expect(SQLDialect.postgres.literal("it's") == "E'it\\'s'")
    #expect(SQLDialect.postgres.literal("a\\b") == "E'a\\\\b'")
    #expect(SQLDialect.spark.literal("x' OR '1'='1") == "'x\\' OR \\'1\\'=\\'1'")
  }

  @Test("numbers are written in exponent form and read back exactly")
  func numberLiterals() {
    for value in [0.1, -2.5e-7, 1e300, 123_456.789, 5e-324, 0] {
      let text = SQLDialect.spark.literal(value)
      #expect(text.contains("E"))
      #expect(Double(text) == value)
    }
  }

  @Test("PostgreSQL values are bound as parameters, Spark values quoted in place")
  func binding() {
    var postgres = EngineQuery(dialect: .postgres)
    #expect(postgres.bind("a'b") == "$1")
    #expect(postgres.bind("c") == "$2")
    #expect(postgres.parameters == ["a'b", "c"])
    var spark = EngineQuery(dialect: .spark)
    #expect(spark.bind("a'b") == "'a\\'b'")
    #expect(spark.parameters.isEmpty)
  }
}
