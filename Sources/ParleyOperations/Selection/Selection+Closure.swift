import ParleyCore

extension Selection {
  /// A dossier whose talks, positions, statements and events were chosen,
  /// completed into a valid one: references to talks and statements that
  /// were not chosen removed (a kind left out), and every entity, issue,
  /// source and relation the chosen records need kept, in their order.
  struct Closure {
    private(set) var dossier: Dossier
    private var entities: Set<String> = []
    private var issues: Set<String> = []
    private var sources: Set<String> = []

    init(of chosen: Dossier) {
      dossier = chosen
      let talks = Set(chosen.talks.map(\.id))
      let statements = Set(chosen.statements.map(\.id))
      let keepChosen: (ReferenceTarget, String) -> String? = { target, id in
        switch target {
        case .talk: talks.contains(id) ? id : nil
        case .statement: statements.contains(id) ? id : nil
        default: id
        }
      }
      for index in dossier.positions.indices {
        dossier.positions[index].rewriteReferences(keepChosen)
      }
      for index in dossier.statements.indices {
        dossier.statements[index].rewriteReferences(keepChosen)
      }
      for index in dossier.events.indices { dossier.events[index].rewriteReferences(keepChosen) }
      for talk in dossier.talks { note(talk) }
      for position in dossier.positions { note(position) }
      for statement in dossier.statements { note(statement) }
      for event in dossier.events { note(event) }
      keepEntities(from: chosen.entities)
      dossier.relations = chosen.relations.filter {
        entities.contains($0.from) && entities.contains($0.to)
      }
      for relation in dossier.relations { note(relation) }
      dossier.issues = chosen.issues.filter { issues.contains($0.id) }
      dossier.sources = chosen.sources.filter { sources.contains($0.id) }
    }

    /// Keeps the entities referred to so far, and those they refer to in
    /// turn (a person's country, a role's organization).
    private mutating func keepEntities(from all: [Entity]) {
      let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      var pending = Array(entities)
      var visited: Set<String> = []
      while let id = pending.popLast() {
        guard visited.insert(id).inserted, let entity = byID[id] else { continue }
        let before = entities
        note(entity)
        pending += entities.subtracting(before)
      }
      dossier.entities = all.filter { entities.contains($0.id) }
    }

    /// Notes every entity, issue and source `record` refers to.
    private mutating func note<Record: DescribedRecord>(_ record: Record) {
      RecordRef.with(record) { reference in
        reference.forEachReference { target, id in
          switch target {
          case .entity: entities.insert(id)
          case .issue: issues.insert(id)
          case .source: sources.insert(id)
          case .talk, .statement: break
          }
        }
      }
    }
  }
}
