import CGLPKShim

/// The per-thread GLPK state a solve or export runs in.
///
/// GLPK keeps its environment (memory accounting, output hooks, error hook) in
/// thread-local storage when built with the TLS option, as Debian's build is. Each call
/// of this module therefore creates, uses and deletes its problem object on the calling
/// thread, and routes that thread's output for its own duration. A GLPK built without
/// TLS has one environment for the whole process; then every use is serialised.
enum GLPKEnvironment {
  /// Whether the linked GLPK keeps one environment per thread.
  static let isThreadLocal = GLPKCalls.configuration("TLS") != nil

  /// Serialises all use of GLPK when it is not thread-local.
  private static let processLock = RecursiveLock()

  /// Runs `body` with this thread's GLPK output going to `messages` and errors collected
  /// by the router passed to `body`.
  static func withThreadEnvironment<Result>(
    messages: SolverMessages, _ body: (MessageRouter) throws -> Result
  ) throws -> Result {
    if isThreadLocal {
      return try withOutputRouted(to: messages, body)
    }
    return try processLock.withLock { try withOutputRouted(to: messages, body) }
  }

  private static func withOutputRouted<Result>(
    to messages: SolverMessages, _ body: (MessageRouter) throws -> Result
  ) throws -> Result {
    let router = MessageRouter(messages)
    return try withExtendedLifetime(router) {
      let sink = cglpk_sink(
        func: receiveGLPKText, info: Unmanaged.passUnretained(router).toOpaque())
      let previous = GLPKCalls.swapOutputSink(sink)
      defer {
        router.flush()
        _ = GLPKCalls.swapOutputSink(previous)
      }
      return try body(router)
    }
  }
}

/// Receives a piece of GLPK output for the `MessageRouter` in `info`.
private func receiveGLPKText(
  _ info: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?, _ isError: Int32
) {
  guard let info, let text else { return }
  let router = Unmanaged<MessageRouter>.fromOpaque(info).takeUnretainedValue()
  router.receive(String(cString: text), isError: isError != 0)
}
