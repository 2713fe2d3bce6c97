import CFuzzerDriver
import Foundation

// almanac-fuzz TARGET [libFuzzer flags] [corpus folders or inputs]
//
// Runs one fuzz target under libFuzzer; everything after the target's name goes to libFuzzer, so
// `almanac-fuzz csv -max_total_time=60 corpus/ seeds/` fuzzes and `almanac-fuzz csv crash-1234`
// replays one input.

/// Feeds one input to the target.
///
/// libFuzzer's own `main`, linked in though this file's `main`
/// runs instead, needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTarget.current.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

let arguments = CommandLine.arguments
guard arguments.count > 1, let target = FuzzTarget(rawValue: arguments[1]) else {
  let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
  FileHandle.standardError.write(
    Data("usage: almanac-fuzz TARGET [libFuzzer options] [corpus ...]\n  targets: \(names)\n".utf8))
  exit(2)
}
FuzzTarget.current = target
var driverArguments = ([arguments[0]] + arguments.dropFirst(2)).map { strdup($0) } + [nil]
var count = CInt(driverArguments.count - 1)
let status = driverArguments.withUnsafeMutableBufferPointer { buffer in
  var pointer = buffer.baseAddress
  return LLVMFuzzerRunDriver(&count, &pointer) { testOneInput($0, $1) }
}
exit(status)
