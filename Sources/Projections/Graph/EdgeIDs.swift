/// Gives edges unique ids: records that become edges keep their own ids,
/// and ids derived from others step around them and around each other
/// (`russia.party.geneva`, then `….2`).
final class EdgeIDs {
  private var used: Set<String> = []
  private var reserved: Set<String> = []

  /// Ids that records will give their own edges.
  func reserve<Ids: Sequence>(_ ids: Ids) where Ids.Element == String {
    reserved.formUnion(ids)
  }

  /// A record's own id, as it is.
  func record(_ id: String) -> String {
    used.insert(id)
    return id
  }

  /// `preferred`, or `preferred.2`, `.3` … when it is taken or reserved.
  func derived(_ preferred: String) -> String {
    var id = preferred
    var suffix = 2
    while reserved.contains(id) || !used.insert(id).inserted {
      id = "\(preferred).\(suffix)"
      suffix += 1
    }
    return id
  }
}
