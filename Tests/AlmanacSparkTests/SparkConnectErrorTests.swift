import AlmanacSpark
import Testing

@Suite struct SparkConnectErrorTests {
  @Test func namesTheServerInEveryMessage() {
    let address = "sc://db:15002"
    let cases: [(SparkConnectError.Kind, String, String)] = [
      (.cannotConnect, "refused", "cannot connect to Spark Connect at sc://db:15002: refused"),
      (.timedOut(.seconds(5)), "", "Spark query at sc://db:15002 timed out after 5 s"),
      (.timedOut(.milliseconds(1500)), "", "Spark query at sc://db:15002 timed out after 1.5 s"),
      (
        .queryFailed(errorClass: "X_Y"), "\n[X_Y] Bad thing.\n\n== SQL ==",
        "Spark query failed at sc://db:15002: [X_Y] Bad thing."
      ),
      (
        .queryFailed(errorClass: "X_Y"), "Bad thing.",
        "Spark query failed at sc://db:15002: [X_Y] Bad thing."
      ),
      (.queryFailed(errorClass: nil), "boom", "Spark query failed at sc://db:15002: boom"),
      (
        .malformedResult, "truncated Arrow data: x",
        "Spark returned a malformed result at sc://db:15002: truncated Arrow data: x"
      ),
    ]
    for (kind, detail, message) in cases {
      #expect(SparkConnectError(kind, address: address, detail: detail).description == message)
    }
  }
}
