/// The GLPK library this package is linked against.
public enum GLPKLibrary {
  /// The version of the linked GLPK library, such as "5.0".
  ///
  /// The corresponding C function is `glp_version`.
  public static var version: String {
    GLPKCalls.version()
  }

  /// Whether the linked GLPK keeps its state per thread (its TLS build option).
  ///
  /// When it does, as Debian's build does, solves on different threads run in parallel.
  /// When it does not, this module serialises every use of GLPK in the process.
  public static var isThreadLocal: Bool {
    GLPKEnvironment.isThreadLocal
  }
}
