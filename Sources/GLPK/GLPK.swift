import CGLPK

/// The GLPK library this package is linked against.
public enum GLPKLibrary {
  /// The version of the linked GLPK library, such as "5.0".
  ///
  /// The corresponding C function is `glp_version`.
  public static var version: String {
    guard let text = glp_version() else { return "" }
    return String(cString: text)
  }
}
