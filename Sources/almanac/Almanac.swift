import AlmanacKit
import ArgumentParser
import Foundation

/// The `almanac` command: weekly KPI reports on machine-learning models, for the people who fund them.
///
/// Exit codes (a contract with cron): 0 done; 1 failed (bad input or a runtime error, message on
/// stderr); 2 usage error; 3 done, but a model reached the `--fail-on` status.
@main
struct Almanac: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "almanac",
    abstract:
      "Turn ML monitoring and model-registry exports into weekly KPI reports for executives.",
    discussion:
      "Exit codes: 0 done; 1 failed (input or runtime error, message on stderr); 2 usage error; 3 done but a model reached the status given to --fail-on.",
    version: almanacVersion,
    subcommands: [ReportCommand.self, DemoCommand.self, ValidateCommand.self, HistoryCommand.self]
  )

  /// Runs the command and maps every outcome to the documented exit codes.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let failure as RunFailure {
      Console.error(failure.description)
      Foundation.exit(1)
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }  // --help and --version
      Console.error(fullMessage(for: error))
      Foundation.exit(2)
    }
  }
}
