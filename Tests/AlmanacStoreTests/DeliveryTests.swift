import Testing

@testable import AlmanacStore

/// The e-mails sent for each period: recorded once per sending, read back oldest first.
@Suite struct DeliveryTests {
  let delivery = StoredDelivery(
    periodLabel: "2026-W47", sentAt: "2026-11-23T06:00:02Z",
    messageID: "<0a1b.almanac@example.com>", recipients: ["ceo@example.com", "cfo@example.com"])

  @Test func recordsAndReadsEachSendingOfAPeriod() throws {
    let store = try HistoryStore.inMemory()
    let runID = try store.record(run: Fixtures.run(), figures: [Fixtures.figures()])
    #expect(try store.deliveries(period: "2026-W47").isEmpty)
    try store.record(delivery: delivery, runID: runID)
    var again = delivery
    again.sentAt = "2026-11-23T07:00:00Z"
    again.messageID = "<2c3d.almanac@example.com>"
    try store.record(delivery: again, runID: runID)
    #expect(try store.deliveries(period: "2026-W47") == [delivery, again])
    #expect(try store.deliveries(period: "2026-W46").isEmpty)
  }

  @Test func refusesADeliveryThatBreaksTheSchema() throws {
    let store = try HistoryStore.inMemory()
    let runID = try store.record(run: Fixtures.run(), figures: [])
    var broken = delivery
    broken.messageID = "0a1b.almanac@example.com"
    #expect(
      throws: HistoryError.invalidRecord(
        path: ":memory:", record: "the e-mail of 2026-W47",
        reason: "CHECK constraint failed: delivery_message_id_angled")
    ) { try store.record(delivery: broken, runID: runID) }
    broken = delivery
    broken.sentAt = "2026-11-23 06:00"
    #expect(throws: HistoryError.self) { try store.record(delivery: broken, runID: runID) }
    // A delivery belongs to a run that exists.
    #expect(throws: HistoryError.self) { try store.record(delivery: delivery, runID: runID + 1) }
    #expect(try store.rowCount("delivery") == 0)
  }
}
