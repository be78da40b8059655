import ParleyCore

/// The resources of an ``RDFProjection``, made one at a time.
public struct RDFResources: Sequence, Sendable {
  let projection: RDFProjection

  /// Starts at the dossier's node.
  public func makeIterator() -> Iterator {
    let dossier = projection.dossier
    func stage<Record>(_ records: [Record], _ make: @escaping (Record) -> RDFResource)
      -> ElementStage<RDFResource>
    {
      ElementStage(count: records.count) { $1.append(make(records[$0])) }
    }
    return Iterator(
      stages: ElementStages([
        ElementStage(count: 1) { $1.append(projection.dossierResource()) },
        stage(dossier.sources, projection.resource), stage(dossier.entities, projection.resource),
        stage(dossier.issues, projection.resource), stage(dossier.talks, projection.resource),
        stage(dossier.positions, projection.resource),
        stage(dossier.statements, projection.resource), stage(dossier.events, projection.resource),
        stage(dossier.relations, projection.resource),
      ]))
  }

  /// Yields the resources.
  public struct Iterator: IteratorProtocol {
    var stages: ElementStages<RDFResource>
    /// The next resource, or `nil` at the end.
    public mutating func next() -> RDFResource? { stages.next() }
  }
}
