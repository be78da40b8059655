/// A small timeline: records on the same day of every kind (to test ties),
/// partial dates, an interval, an open-start interval, undated records, and
/// cells that would run as spreadsheet formulas.
let timelineDossier = """
  parley: "1.0"
  id: timeline-test
  title: "Timeline, test"
  description: "A <b>test</b> & more"
  sources:
    - {id: src-a, title: "Article \\"A\\"", url: "https://example.org/a"}
    - {id: src-b, title: "Article B"}
  entities:
    - {id: ru, kind: state, name: "Russia"}
    - {id: us, kind: state, name: "United States, the"}
    - {id: evil, kind: person, name: "=HYPERLINK(\\"http://x\\")"}
    - {id: geneva, kind: place, name: Geneva}
  issues:
    - {id: enlargement, label: "NATO enlargement"}
    - {id: missiles, label: "Missiles"}
  talks:
    - id: t-geneva
      name: "Geneva talks"
      kind: bilateral
      date: "2022-01-10"
      venue: geneva
      parties: [ru, us]
      issues: [enlargement, missiles]
      outcome: "No deal"
      sources: [{source: src-a}, {source: src-b}, {source: src-a}]
    - {id: t-undated, name: "Some talk", kind: other}
  positions:
    - {id: p-b, holder: ru, issue: enlargement, stance: demands, date: "2022-01-10", sources: [{source: src-a}]}
    - {id: p-a, holder: ru, issue: enlargement, stance: warns, date: "2022-01-10"}
    - {id: p-month, holder: ru, issue: enlargement, stance: proposes, date: "2021-12"}
    - {id: p-us, holder: us, issue: missiles, stance: open, date: "2022-01~"}
    - {id: p-us-old, holder: us, issue: enlargement, stance: rejects, date: "2021-12-17"}
    - {id: p-undated, holder: us, issue: missiles, stance: rejects}
    - {id: p-evil, holder: evil, issue: missiles, stance: supports}
  statements:
    - {id: s-1, speaker: evil, text: "+1 and -2", mode: direct, date: "2022-01-10"}
    - {id: s-2, speaker: ru, text: "-5", mode: indirect, date: "2021-12-01"}
  events:
    - {id: e-1, kind: military, title: "@SUM(A1)", date: "2021-12-06/2021-12-17", actors: [ru], targets: [us], cameo: "036"}
    - {id: e-open, kind: other, title: "Before 2021", date: "../2021"}
    - {id: e-time, kind: meeting, title: "Call", date: "2022-01-10T09:30:00Z"}
    - {id: e-undated, kind: other, title: "\\tTabbed\\nline"}
    - {id: e-decade, kind: other, title: "Sometime in the 2010s", date: "201X"}
    - {id: e-unknown-end, kind: other, title: "Ends sometime", date: "2022-01-12/20XX"}
  """
