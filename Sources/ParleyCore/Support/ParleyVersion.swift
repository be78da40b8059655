/// This build of Parley.
package enum ParleyVersion {
  /// The release version, e.g. `0.1.0`: what `parley --version` prints and
  /// what plugins receive in the envelope.
  package static let current = "0.1.0"
}
