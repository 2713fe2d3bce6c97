import AlmanacEngines
import Testing

@Suite("PostgreSQL addresses")
struct PostgresAddressTests {
  @Test("host, port, user, database and sslmode are read")
  func parts() throws {
    let address = try PostgresAddress(
      "postgres://almanac@db.internal:6543/monitoring?sslmode=require")
    #expect(address.host == "db.internal")
    #expect(address.port == 6543)
    #expect(address.user == "almanac")
    #expect(address.database == "monitoring")
    #expect(address.tls == .require)
    #expect(address.description == "postgres://almanac@db.internal:6543/monitoring")
  }

  @Test("the port defaults to 5432 and the database to the user")
  func defaults() throws {
    let address = try PostgresAddress("postgresql://reporter@[::1]")
    #expect(address.host == "::1")
    #expect(address.port == 5432)
    #expect(address.database == "reporter")
    #expect(address.tls == .disable)
  }

  @Test(
    "unusable addresses are refused with the reason",
    arguments: [
      ("mysql://a@b/c", "must start with postgres://"),
      ("postgres://a:secret@b/c", "must not hold a password"),
      ("postgres://b/c", "must name a user"),
      ("postgres://a@b:99999/c", "port must be a number"),
      ("postgres://a@b/c?sslmode=maybe", "may only set sslmode"),
    ])
  func refused(text: String, reason: String) {
    #expect {
      _ = try PostgresAddress(text)
    } throws: { error in
      (error as? AddressProblem)?.description.contains(reason) ?? false
    }
  }
}
