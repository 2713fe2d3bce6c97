import AlmanacEngines
import AlmanacIngest
import AlmanacSpark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Measures the ingest reader: `almanac-bench generate FILE [ROWS]` writes the synthetic
// export, `almanac-bench read FILE [CONCURRENCY [COLUMN,COLUMN...]]` parses it (keeping
// only the listed columns, if any) into typed columns and prints the rows, the typed size and the
// speed. scripts/bench/ingest.sh runs both with peak memory. `almanac-bench spark-sql URL SQL...`
// runs statements on a Spark Connect server (scripts/bench/spark.sh makes its table with it).

/// The CPU time of this process so far, all threads, in seconds.
func processCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  print(
    "usage: almanac-bench generate FILE [ROWS] | read FILE [CONCURRENCY [COLUMNS]]"
      + " | spark-sql URL SQL...")
  exit(2)
}
let path = arguments[2]
switch arguments[1] {
case "generate":
  let rows = arguments.count > 3 ? Int(arguments[3]) ?? 1_000_000 : 1_000_000
  var generator = ExportGenerator(seed: 2_026)
  do {
    try generator.write(rows: rows, to: path)
  } catch {
    print("error: \(error)")
    exit(1)
  }
case "generate-report":
  let rows = arguments.count > 3 ? Int(arguments[3]) ?? 1_000_000 : 1_000_000
  var workload = ReportWorkload(seed: 2_047)
  do {
    try workload.write(rows: rows, to: path)
  } catch {
    print("error: \(error)")
    exit(1)
  }
case "spark-sql":
  do {
    let engine = SparkEngine(
      name: "bench", address: try SparkConnectAddress(parsing: path), timeoutSeconds: 3_600)
    for statement in arguments.dropFirst(3) {
      var query = EngineQuery(dialect: .spark)
      query.append(statement)
      _ = try await engine.run(query)
    }
  } catch {
    print("error: \(error)")
    exit(1)
  }
case "read":
  let concurrency = arguments.count > 3 ? Int(arguments[3]) ?? 2 : 2
  let keep = arguments.count > 4 ? Set(arguments[4].split(separator: ",").map(String.init)) : nil
  let options = ReadOptions(
    timestamps: ["timestamp": .iso8601], keep: keep, concurrency: concurrency)
  let clock = ContinuousClock()
  let start = clock.now
  let cpuStart = processCPUSeconds()
  do {
    let result = try await TableReader.read(paths: [path], options: options)
    let elapsed = clock.now - start
    let cpuSeconds = processCPUSeconds() - cpuStart
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let typedBytes = result.table.columns.reduce(0) { total, column in
      switch column {
      case .numeric(let values): total + 8 * values.count
      case .timestamp(let values): total + 8 * values.count
      case .categorical(let codes, let levels):
        total + 4 * codes.count + levels.reduce(0) { $0 + $1.utf8.count }
      }
    }
    let kinds = result.table.columns.map { column -> String in
      switch column {
      case .numeric: "numeric"
      case .categorical: "categorical"
      case .timestamp: "timestamp"
      }
    }
    let megabytes = Double(result.bytesRead) / 1e6
    print(
      "rows=\(result.table.rowCount) columns=\(result.table.columns.count) "
        + "numeric=\(kinds.filter { $0 == "numeric" }.count) "
        + "categorical=\(kinds.filter { $0 == "categorical" }.count) "
        + "timestamp=\(kinds.filter { $0 == "timestamp" }.count)")
    print("bytes=\(result.bytesRead) typed_bytes=\(typedBytes) concurrency=\(concurrency)")
    // CPU seconds of the whole process: with one core this is the single-core speed even when
    // other work shares the machine; with more it sums the cores.
    print(
      "seconds=\(seconds) mb_per_s=\(megabytes / seconds) cpu_seconds=\(cpuSeconds) "
        + "mb_per_cpu_s=\(megabytes / cpuSeconds)")
  } catch {
    print("\(error)")
    exit(1)
  }
default:
  print("unknown command \(arguments[1])")
  exit(2)
}
