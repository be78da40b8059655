extension Lexicon {
  /// The names drafts give what they make, from the lexicon's `labels`
  /// section, so that a lexicon in another language names its drafts'
  /// talks and roles in that language.
  package enum Label: String, CaseIterable, Sendable {
    /// A talk named only by its venue: "Talks in {venue}".
    case talkAtVenue = "talk-at-venue"
    /// A talk named by the words before its noun and its venue:
    /// "{talk} in {venue}" ("Strategic Stability Dialogue in Geneva").
    case namedTalkAtVenue = "named-talk-at-venue"
    /// A meeting of a body: "{talk} of the {body}" ("meeting of the NATO-Russia Council").
    case talkOfBody = "talk-of-body"
    /// A talk held by phone or video, with no venue: "Call".
    case call
    /// A meeting in person whose place the text does not give: "Meeting".
    case meeting
    /// The role of an unnamed official: "Official".
    case official
    /// The role of the head of a delegation: "head of delegation".
    case headOfDelegation = "head-of-delegation"
    /// The placeholder that speaks quotes no rule attributes: "Unknown speaker".
    case unknownSpeaker = "unknown-speaker"
    /// The issue of stances on an agreement itself ("welcomed the accord",
    /// "called the deal a capitulation"): "The agreement as a whole".
    case agreement

    /// The placeholders the label must hold, each replaced by a name; it
    /// may hold no others.
    package var placeholders: [String] {
      switch self {
      case .talkAtVenue: ["{venue}"]
      case .namedTalkAtVenue: ["{talk}", "{venue}"]
      case .talkOfBody: ["{talk}", "{body}"]
      case .call, .meeting, .official, .headOfDelegation, .unknownSpeaker, .agreement: []
      }
    }
  }
}
