/// The languages `POST /v2/check` accepts, as LanguageTool names them.
struct LanguageToolLanguage: Equatable {
    var code: String
    var name: String

    static let chinese = LanguageToolLanguage(code: "zh-CN", name: "Chinese")
    static let english = LanguageToolLanguage(code: "en-US", name: "English (US)")

    /// The language a `language` form value asks for; `auto` decides from the text (any Han, kana or
    /// Hangul character makes it Chinese, since the claim packs are zh and en). Nil when unsupported.
    static func resolve(_ value: String, text: String) -> (requested: LanguageToolLanguage, detected: LanguageToolLanguage)? {
        let detected = text.unicodeScalars.contains(where: isCJK) ? chinese : english
        switch value.lowercased() {
        case "auto": return (detected, detected)
        case let code where code == "zh" || code.hasPrefix("zh-"): return (LanguageToolLanguage(code: value, name: chinese.name), detected)
        case let code where code == "en" || code.hasPrefix("en-"): return (LanguageToolLanguage(code: value, name: english.name), detected)
        default: return nil
        }
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
