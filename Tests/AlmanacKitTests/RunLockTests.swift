import Foundation
import Testing

@testable import AlmanacKit

@Suite struct RunLockTests {
  @Test func aSecondRunWaitsThenGivesUpWithAClearMessage() throws {
    let folder = NSTemporaryDirectory() + "almanac-lock-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try RunLock(folder: folder, timeoutSeconds: 1)
    let started = Date()
    #expect(
      throws: RunFailure(
        "\(folder)/.almanac.lock: error: another almanac run is writing to \(folder) and did not "
          + "finish within 0 seconds\n  hint: wait for it, or raise report.lock_timeout")
    ) {
      _ = try RunLock(folder: folder, timeoutSeconds: 0.3, pollSeconds: 0.05)
    }
    #expect(Date().timeIntervalSince(started) >= 0.3)
    withExtendedLifetime(first) {}
  }

  @Test func theLockIsFreeOnceReleased() throws {
    let folder = NSTemporaryDirectory() + "almanac-lock-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do { _ = try RunLock(folder: folder, timeoutSeconds: 0) }
    _ = try RunLock(folder: folder, timeoutSeconds: 0)
  }
}
