import GRPCCore
import GRPCProtobuf

extension SparkConnectError {
  /// Classifies a failure of the `ExecutePlan` call.
  ///
  /// `unavailable` means the connection failed, `deadlineExceeded` the timeout passed; any
  /// other gRPC status is the server failing the query, whose Spark error class is read from
  /// the `ErrorInfo` detail that Spark attaches (metadata key `errorClass`).
  ///
  /// - Parameters:
  ///   - failure: The error thrown by the gRPC client or transport.
  ///   - address: The server as `sc://host:port`.
  ///   - timeout: The query's timeout, for the timed-out message.
  init(failure: any Error, address: String, timeout: Duration) {
    guard let rpcError = failure as? RPCError else {
      self.init(.cannotConnect, address: address, detail: "\(failure)")
      return
    }
    switch rpcError.code {
    case .unavailable:
      self.init(.cannotConnect, address: address, detail: Self.describe(rpcError))
    case .deadlineExceeded:
      self.init(.timedOut(timeout), address: address, detail: rpcError.message)
    default:
      let status = try? rpcError.unpackGoogleRPCStatus()
      let errorClass = status?.details.lazy.compactMap { $0.errorInfo?.metadata["errorClass"] }
        .first
      let message = rpcError.message.isEmpty ? "\(rpcError.code)" : rpcError.message
      self.init(.queryFailed(errorClass: errorClass), address: address, detail: message)
    }
  }

  /// The error's message followed by its innermost cause, which names the socket error.
  private static func describe(_ error: RPCError) -> String {
    var cause = error.cause
    while let inner = (cause as? RPCError)?.cause {
      cause = inner
    }
    guard let cause else { return error.message }
    return "\(error.message) (\(cause))"
  }
}
