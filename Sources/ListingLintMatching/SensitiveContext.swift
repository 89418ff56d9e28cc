/// A domain in which absolute and guarantee claims are never minor (SAMR 2023 guideline art. 11).
public enum SensitiveContext: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case health
    case investment
    case education

    public static func < (lhs: SensitiveContext, rhs: SensitiveContext) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The words that put a listing or a sentence into a sensitive context (`Packs/sensitive-contexts.json`).
public struct SensitiveContextFile: Codable, Sendable, Hashable {
    public struct Entry: Codable, Sendable, Hashable {
        public var context: SensitiveContext
        /// Phrases (simplified Chinese / lower-case English) that signal the context in a category,
        /// breadcrumb, title, or near a hit.
        public var cues: [String]
    }

    public var pack: String
    public var description: String
    /// Normalised characters on each side of a hit searched for cues.
    public var window: Int
    public var contexts: [Entry]
}
