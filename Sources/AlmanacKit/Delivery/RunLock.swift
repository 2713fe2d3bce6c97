internal import Foundation

/// An exclusive lock on an output folder, so two runs never write the same reports or history at once.
///
/// Uses `flock` on a lock file inside the folder: the kernel drops the lock when the process ends,
/// even when it is killed, so a crashed run never blocks the next one.
final class RunLock {
  private let descriptor: Int32
  /// The lock file.
  let path: String

  /// Takes the lock, waiting up to `timeoutSeconds` for another run to finish.
  ///
  /// - Parameters:
  ///   - folder: The output folder (created when missing).
  ///   - timeoutSeconds: How long to wait for another run.
  ///   - pollSeconds: How often to try again while waiting.
  /// - Throws: `RunFailure` when the folder cannot be used or the wait runs out.
  init(folder: String, timeoutSeconds: Double, pollSeconds: Double = 0.1) throws(RunFailure) {
    path = "\(folder)/.almanac.lock"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw RunFailure(
        "\(folder): error: cannot create the output folder: \(error.localizedDescription)")
    }
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw RunFailure(
        "\(path): error: cannot open the lock file: \(String(cString: strerror(errno)))")
    }
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
        close(descriptor)
        throw RunFailure(
          "\(path): error: another almanac run is writing to \(folder) and did not finish within "
            + "\(Int(timeoutSeconds)) seconds\n  hint: wait for it, or raise report.lock_timeout")
      }
      Thread.sleep(forTimeInterval: pollSeconds)
    }
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
