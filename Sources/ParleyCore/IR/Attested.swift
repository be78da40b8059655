/// A record that carries provenance.
package protocol Attested {
  /// The record's id.
  var id: String { get }
  /// Where the record comes from.
  var sources: [Provenance] { get set }
}
