/// This build of Parley.
public enum ParleyVersion {
  /// The release version, e.g. `0.1.0`: what `parley --version` prints and
  /// what plugins receive in the envelope.
  public static let current = "0.1.0"
}
