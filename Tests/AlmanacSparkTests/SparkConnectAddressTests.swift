import AlmanacSpark
import Testing

@Suite struct SparkConnectAddressTests {
  @Test func defaultsThePort() throws {
    let address = try SparkConnectAddress(parsing: "sc://spark.example.com")
    #expect(address.host == "spark.example.com")
    #expect(address.port == 15002)
    #expect(address.usesTLS == false)
    #expect(address.token == nil)
    #expect(address.userAgent == "almanac")
    #expect(address.maxMessageBytes == 128 * 1024 * 1024)
    #expect(address.description == "sc://spark.example.com:15002")
  }

  @Test func readsEveryParameter() throws {
    let address = try SparkConnectAddress(
      parsing: "sc://localhost:443/;token=ABC=;use_ssl=false;user_id=ada;user_agent=tool;"
        + "session_id=550E8400-E29B-41D4-A716-446655440000;grpc_max_message_size=1024;"
        + "x-cluster-id=c1")
    #expect(address.port == 443)
    #expect(address.token == "ABC=")
    #expect(address.usesTLS == false)
    #expect(address.userID == "ada")
    #expect(address.userAgent == "tool")
    #expect(address.sessionID == "550e8400-e29b-41d4-a716-446655440000")
    #expect(address.maxMessageBytes == 1024)
    #expect(address.headers == ["x-cluster-id": "c1"])
  }

  @Test func tokenTurnsTLSOn() throws {
    #expect(try SparkConnectAddress(parsing: "sc://h/;token=t").usesTLS)
    #expect(try SparkConnectAddress(parsing: "sc://h/", token: "t").usesTLS)
    #expect(try SparkConnectAddress(parsing: "sc://h/;use_ssl=true").usesTLS)
  }

  @Test func separateTokenReplacesTheURLToken() throws {
    let address = try SparkConnectAddress(parsing: "sc://h/;token=url", token: "env")
    #expect(address.token == "env")
  }

  @Test func readsIPv6Hosts() throws {
    let address = try SparkConnectAddress(parsing: "sc://[::1]:15003")
    #expect(address.host == "::1")
    #expect(address.port == 15003)
    #expect(address.description == "sc://[::1]:15003")
  }

  struct InvalidCase: Sendable, CustomTestStringConvertible {
    let text: String
    let message: String
    var testDescription: String { text }
  }

  @Test(arguments: [
    InvalidCase(
      text: "http://h:1", message: "invalid Spark Connect address: it must start with sc://"),
    InvalidCase(
      text: "sc://h:1/path;token=secret",
      message: "invalid Spark Connect address \"sc://h:1\": the path must be empty, "
        + "with parameters after \"/;\""),
    InvalidCase(
      text: "sc://h:99999",
      message: "invalid Spark Connect address \"sc://h:99999\": the port \"99999\" is not a "
        + "number from 1 to 65535"),
    InvalidCase(
      text: "sc://:15002",
      message: "invalid Spark Connect address \"sc://:15002\": the host \"\" is not valid"),
    InvalidCase(
      text: "sc://h/;use_ssl=yes",
      message:
        "invalid Spark Connect address \"sc://h\": use_ssl must be true or false, not \"yes\""),
    InvalidCase(
      text: "sc://h/;secret",
      message: "invalid Spark Connect address \"sc://h\": parameter 1 is not of the form name=value"
    ),
    InvalidCase(
      text: "sc://h/;session_id=42",
      message: "invalid Spark Connect address \"sc://h\": session_id must be a UUID, not \"42\""),
  ])
  func rejectsInvalidStrings(_ invalid: InvalidCase) {
    #expect {
      try SparkConnectAddress(parsing: invalid.text)
    } throws: { error in
      (error as? SparkConnectError)?.description == invalid.message
    }
  }

  @Test func neverRepeatsTheToken() {
    #expect {
      try SparkConnectAddress(parsing: "sc://h:1/x;token=hunter2")
    } throws: { error in
      !"\(error)".contains("hunter2")
    }
  }
}
