import ListingLintCore

/// What part of a page an element (and everything inside it) is, decided from its tag, ARIA role,
/// `class`/`id` words and `itemprop`/`itemtype` — generic signals, nothing specific to one site.
enum HTMLRegion: Sendable, Hashable {
    /// Site navigation, headers and footers, cookie banners, recommendation carousels, search tags.
    case boilerplate
    /// Shoppers' reviews, ratings, comments and Q&A.
    case review
    case breadcrumb
    /// The seller's description of the product.
    case description
}

/// What the `class` and `id` words of an element say about it.
struct ClassSignals: Sendable, Hashable {
    var breadcrumb = false
    var boilerplate = false
    var review = false
    var description = false
    /// Words such as title, heading, hd: the element is probably a heading.
    var title = false
    /// Words such as footer or site-header: boilerplate outside the main content, the product's own
    /// header or footer inside it.
    var siteChrome = false

    mutating func merge(_ other: ClassSignals) {
        breadcrumb = breadcrumb || other.breadcrumb
        boilerplate = boilerplate || other.boilerplate
        review = review || other.review
        description = description || other.description
        title = title || other.title
        siteChrome = siteChrome || other.siteChrome
    }
}

/// How the HTML reader recognises page regions and section headings.
enum HTMLRegionHeuristics {
    /// The region an element opens, if any. `inMainContent` is true inside `<main>` or `<article>`,
    /// where `<header>` and `<footer>` belong to the product rather than the site. `signals` are the
    /// element's ``classSignals(of:)`` (the reader caches them per class/id value).
    static func region(of node: HTMLNode, inMainContent: Bool, signals: ClassSignals) -> HTMLRegion? {
        if node.attributes.isEmpty, !node.flags.contains(.regionTag) { return nil }
        let breadcrumb =
            signals.breadcrumb
            || (node.attribute("aria-label")?.lowercased().contains("breadcrumb") ?? false)
        switch node.name {
        case "html", "body", "main", "head":
            return nil
        case "nav", "aside":
            return breadcrumb ? .breadcrumb : .boilerplate
        case "header", "footer":
            if breadcrumb { return .breadcrumb }
            if !inMainContent { return .boilerplate }
        default:
            break
        }
        if let itemtype = node.attribute("itemtype") ?? node.attribute("typeof") {
            if itemtype.hasSuffix("BreadcrumbList") { return .breadcrumb }
            if itemtype.hasSuffix("Review") || itemtype.hasSuffix("AggregateRating") { return .review }
        }
        if let itemprop = node.attribute("itemprop") {
            if itemprop == "review" || itemprop == "reviews" { return .review }
            if itemprop == "description" { return .description }
            if itemprop == "breadcrumb" { return .breadcrumb }
        }
        if let role = node.attribute("role") {
            switch role.lowercased() {
            case "navigation", "banner", "contentinfo", "complementary", "search", "menubar":
                return breadcrumb ? .breadcrumb : .boilerplate
            default: break
            }
        }
        if breadcrumb { return .breadcrumb }
        if signals.boilerplate || (signals.siteChrome && !inMainContent) { return .boilerplate }
        if signals.review { return .review }
        if signals.description { return .description }
        return nil
    }

    /// The signals of an element's class and id words.
    static func classSignals(of node: HTMLNode) -> ClassSignals {
        classSignals(words: classAndIDWords(of: node))
    }

    /// The signals of class/id words.
    static func classSignals(words: [String]) -> ClassSignals {
        var signals = ClassSignals()
        for (index, word) in words.enumerated() {
            guard let flags = wordFlags[word] ?? compoundFlags(word) else { continue }
            if flags.contains(.breadcrumb) { signals.breadcrumb = true }
            if flags.contains(.boilerplate) { signals.boilerplate = true }
            if flags.contains(.review) { signals.review = true }
            if flags.contains(.description) { signals.description = true }
            if flags.contains(.title) { signals.title = true }
            if flags.contains(.siteChrome) { signals.siteChrome = true }
            if flags.contains(.pairStart), index + 1 < words.count, let second = pairSeconds[word],
                let region = second[words[index + 1]]
            {
                if region == .boilerplate { signals.boilerplate = true } else { signals.description = true }
            }
        }
        return signals
    }

    /// The flags of a word no table lists: a styled-components name (`Alternativesstyles` → alternatives)
    /// is read without its `styles` suffix, and a run-together word ending in a review word
    /// (`hidcomment`, `productreviews`) signals reviews.
    private static func compoundFlags(_ word: String) -> WordFlags? {
        if word.count > stylesSuffix.count + 2, word.hasSuffix(stylesSuffix),
            let flags = wordFlags[String(word.dropLast(stylesSuffix.count))]
        {
            return flags
        }
        for suffix in compoundReviewSuffixes where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            return .review
        }
        return nil
    }

    private static let stylesSuffix = "styles"

    /// Review words long enough to be recognised at the end of a run-together class or id word.
    private static let compoundReviewSuffixes = ["comment", "comments", "review", "reviews", "ratings"]

    /// What a class/id word signals, alone or as the first of a pair.
    private struct WordFlags: OptionSet {
        let rawValue: UInt8
        static let breadcrumb = WordFlags(rawValue: 1)
        static let boilerplate = WordFlags(rawValue: 2)
        static let review = WordFlags(rawValue: 4)
        static let description = WordFlags(rawValue: 8)
        static let title = WordFlags(rawValue: 16)
        static let pairStart = WordFlags(rawValue: 32)
        static let siteChrome = WordFlags(rawValue: 64)
    }

    /// Every signalling word with its flags, so that one lookup per word answers every question.
    private static let wordFlags: [String: WordFlags] = {
        var table: [String: WordFlags] = [:]
        for word in breadcrumbWords { table[word, default: []].insert(.breadcrumb) }
        for word in boilerplateWords { table[word, default: []].insert(.boilerplate) }
        for word in reviewWords { table[word, default: []].insert(.review) }
        for word in descriptionWords { table[word, default: []].insert(.description) }
        for word in titleWords { table[word, default: []].insert(.title) }
        for word in siteChromeWords { table[word, default: []].insert(.siteChrome) }
        for pair in boilerplatePairs.union(descriptionPairs) {
            table[String(pair.split(separator: " ")[0]), default: []].insert(.pairStart)
        }
        return table
    }()

    /// For a pair's first word: second word → the region the pair signals.
    private static let pairSeconds: [String: [String: HTMLRegion]] = {
        var table: [String: [String: HTMLRegion]] = [:]
        for (pairs, region) in [(boilerplatePairs, HTMLRegion.boilerplate), (descriptionPairs, .description)] {
            for pair in pairs {
                let words = pair.split(separator: " ").map(String.init)
                table[words[0], default: [:]][words[1]] = region
            }
        }
        return table
    }()

    /// Lower-case words of the `class` and `id` attributes, split at punctuation and camelCase
    /// (`relatedProducts`, `product-reviews` → related, products, product, reviews). Tokens that state
    /// a state rather than a region (`is-…`, `has-…`, `js-…`, `no-…`, `with-…`) are skipped.
    static func classAndIDWords(of node: HTMLNode) -> [String] {
        var words: [String] = []
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
            appendWords(of: attribute.value, to: &words)
        }
        return words
    }

    /// Appends the words of one class or id value.
    static func appendWords(of value: String, to words: inout [String]) {
        var value = value
        value.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                while index < bytes.count, isTokenSeparator(bytes[index]) { index += 1 }
                let tokenStart = index
                while index < bytes.count, !isTokenSeparator(bytes[index]) { index += 1 }
                guard index > tokenStart else { continue }
                let token = UnsafeBufferPointer(rebasing: bytes[tokenStart..<index])
                if isStatePrefixed(token) { continue }
                splitWords(token, into: &words)
            }
        }
    }

    private static func isTokenSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isStatePrefixed(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        for prefix in statePrefixes where token.count > prefix.count {
            var matches = true
            for (offset, byte) in prefix.enumerated() where token[offset] | 0x20 != byte {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }

    private static let statePrefixes: [[UInt8]] = ["is-", "has-", "js-", "no-", "with-"].map { Array($0.utf8) }

    private static func splitWords(_ token: UnsafeBufferPointer<UInt8>, into words: inout [String]) {
        var start = -1
        var hasUpper = false
        var previousWasLower = false
        func flush(_ end: Int) {
            guard start >= 0, end > start else { return }
            let word = String(decoding: UnsafeBufferPointer(rebasing: token[start..<end]), as: UTF8.self)
            words.append(hasUpper ? word.lowercased() : word)
        }
        for index in 0..<token.count {
            let byte = token[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper || isLower || isDigit {
                if start < 0 || (isUpper && previousWasLower) {
                    flush(index)
                    start = index
                    hasUpper = false
                }
                hasUpper = hasUpper || isUpper
                previousWasLower = isLower
            } else {
                flush(index)
                start = -1
                previousWasLower = false
            }
        }
        flush(token.count)
    }

    private static let breadcrumbWords: Set<String> = ["breadcrumb", "breadcrumbs", "crumb", "crumbs"]

    private static let siteChromeWords: Set<String> = ["footer", "masthead"]

    private static let titleWords: Set<String> = ["title", "heading", "hd", "tit", "caption", "subtitle", "headline"]

    private static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "navlinks", "megamenu", "menubar", "topbar", "cookie", "cookies",
        "consent", "gdpr", "sidebar", "newsletter", "subscribe", "related", "recommend", "recommended",
        "recommendation", "recommendations", "recs", "similar", "upsell", "upsells", "crosssell", "crosssells",
        "sitemap", "share", "social", "login", "signin", "signup", "minicart", "search", "searchbar", "hotwords",
        "tuijian", "sponsored", "advert", "advertisement", "ads", "alternatives", "disclaimer", "promo", "promos",
        "services",
    ]

    private static let boilerplatePairs: Set<String> = [
        "cross sell", "also like", "also bought", "also viewed", "also purchased", "recently viewed", "site header",
        "global header", "page header", "top header", "site footer", "global footer", "hot search", "search tags",
        "you may", "more from", "complete look", "skip link", "top nav", "main menu", "mega menu", "sold by",
        "store pickup", "social proof",
    ]

    private static let reviewWords: Set<String> = [
        "review", "reviews", "reviewer", "comment", "comments", "rating", "ratings", "testimonial", "testimonials",
        "feedback", "questions", "answers", "qna", "ugc", "yotpo", "bazaarvoice", "trustpilot", "powerreviews",
        "pingjia", "pinglun",
    ]

    private static let descriptionWords: Set<String> = [
        "description", "desc", "details", "detail", "overview", "features", "highlights", "intro", "introduction",
        "xiangqing", "specs", "specifications", "specification",
    ]

    private static let descriptionPairs: Set<String> = [
        "product info", "product information", "item info", "about product", "about item",
    ]

    // MARK: - Headings

    /// What a short heading-like text announces.
    enum HeadingKind: Sendable, Hashable {
        /// A section of the seller's text (instructions, care, specifications…), named as on the page.
        case section(String)
        case review
        case boilerplate
    }

    /// Longest text, in Unicode scalars, taken for a heading.
    static let maxHeadingScalars = 40

    /// What a heading's text announces, or nil for an ordinary heading.
    static func headingKind(_ text: String) -> HeadingKind? {
        guard surelyKeptScalars(text, upTo: maxHeadingScalars + 1) <= maxHeadingScalars else { return nil }
        return headingKinds.value(for: ExactText(text)) { headingKindAnew(text) }
    }

    /// Heading kinds of short texts already read: a site's navigation, footer and headings repeat on
    /// every page.
    private static let headingKinds = BoundedMemo<ExactText, HeadingKind?>(capacity: 8192)

    private static func headingKindAnew(_ text: String) -> HeadingKind? {
        let name = headingName(text)
        guard !name.isEmpty else { return nil }
        let scalars = Array(name.lowercased().unicodeScalars)
        guard scalars.count <= maxHeadingScalars else { return nil }
        if boilerplateHeadingKeys.anyContained(in: scalars) { return .boilerplate }
        if reviewHeadingKeys.anyContained(in: scalars) { return .review }
        if sectionHeadingKeys.anyContained(in: scalars) { return .section(name) }
        return nil
    }

    /// Whether a run that is not set as a heading still announces what follows: a short line that is
    /// nothing but a recommendation heading (`You might also like`, 猜你喜欢) — such phrases are never
    /// the seller's copy. Only boilerplate counts: review words (`4 reviews`) also appear in the
    /// product's own rating summary.
    static func isStandaloneBoilerplateHeading(_ kind: HeadingKind, text: String) -> Bool {
        guard kind == .boilerplate else { return false }
        let scalars = headingName(text).unicodeScalars.count
        return scalars <= maxStandaloneHeadingScalars
    }

    /// Longest line, in Unicode scalars, read as a recommendation heading outside heading markup.
    static let maxStandaloneHeadingScalars = 24

    /// Whether `text` contains `keyword`; a Latin keyword only as whole words (a plural `s` allowed),
    /// so that "fit" does not match "benefits".
    static func containsKeyword(_ text: String, _ keyword: String) -> Bool {
        let key = Array(keyword.unicodeScalars)
        return key.withUnsafeBufferPointer { containsKeyword(Array(text.unicodeScalars), $0) }
    }

    fileprivate static func containsKeyword(_ scalars: [Unicode.Scalar], _ key: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let first = key.first, scalars.count >= key.count else { return false }
        let wholeWords = first.isASCII
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && scalars[index].properties.isAlphabetic
        }
        for start in 0...(scalars.count - key.count) where scalars[start] == first {
            guard scalars[start..<(start + key.count)].elementsEqual(key) else { continue }
            guard wholeWords else { return true }
            guard !isLetter(start - 1) else { continue }
            let after = start + key.count
            if !isLetter(after) || (scalars[after] == "s" && !isLetter(after + 1)) { return true }
        }
        return false
    }

    private static let sectionHeadingKeys = KeywordList(sectionHeadings)
    private static let reviewHeadingKeys = KeywordList(reviewHeadings)
    private static let boilerplateHeadingKeys = KeywordList(boilerplateHeadings)

    /// Heading keywords as one run of scalars: both walking threads read them, and an array per
    /// keyword meant a reference count changed from both threads per keyword per heading.
    private struct KeywordList: Sendable {
        private let scalars: [Unicode.Scalar]
        /// Where each keyword starts in `scalars`, and where the last ends.
        private let bounds: [Int]

        init(_ keywords: [String]) {
            scalars = keywords.flatMap(\.unicodeScalars)
            bounds = keywords.reduce(into: [0]) { $0.append($0.last! + $1.unicodeScalars.count) }
        }

        func anyContained(in text: [Unicode.Scalar]) -> Bool {
            scalars.withUnsafeBufferPointer { all in
                bounds.indices.dropLast().contains { index in
                    containsKeyword(text, UnsafeBufferPointer(rebasing: all[bounds[index]..<bounds[index + 1]]))
                }
            }
        }
    }

    /// How many characters of `text` its heading name keeps at least, counted up to `limit`: ASCII
    /// characters that are neither white space nor trimmed, and CJK ideographs. Running text has far
    /// more than a heading may, and counting bytes is much cheaper than building the name.
    private static func surelyKeptScalars(_ text: String, upTo limit: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var kept = 0
            for byte in bytes {
                if kept == limit { break }
                switch byte {
                case 0x09...0x0D, 0x20, UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "-"),
                     UInt8(ascii: "|"), UInt8(ascii: "#"):
                    break
                case 0x00..<0x80, 0xE4...0xE9:
                    // ASCII, or the lead byte of a CJK ideograph (U+4E00–U+9FFF; E4 also leads a few
                    // others, none of them white space or a trim mark).
                    kept += 1
                default:
                    break
                }
            }
            return kept
        }
    }

    /// A heading's text without surrounding whitespace, brackets and a trailing colon.
    static func headingName(_ text: String) -> String {
        let normalised = HTMLListingBuilder.normalised(text).replacingNewlinesWithSpaces()
        var scalars = normalised.unicodeScalars[...]
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !headingTrim.contains(first), !headingTrim.contains(last) { return normalised }
        while let first = scalars.first, headingTrim.contains(first) || first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, headingTrim.contains(last) || last == " " { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static let headingTrim: Set<Unicode.Scalar> = [
        ":", "：", "【", "】", "[", "]", "■", "●", "◆", "★", "·", "-", "—", "|", "#",
    ]

    private static let sectionHeadings: [String] = [
        "使用说明", "使用方法", "用法", "用量", "洗涤", "洗护", "保养", "护理", "注意事项", "说明书", "安装", "组装",
        "食用方法", "贮存", "储存", "保存方法", "规格", "参数", "尺寸", "尺码", "材质", "成分", "配料", "面料",
        "产品信息", "商品信息", "商品详情", "产品详情", "商品介绍", "产品介绍",
        "how to use", "instruction", "directions", "usage", "care", "washing", "cleaning", "maintenance",
        "assembly", "storage", "specification", "specs", "dimensions", "measurements", "size", "sizing", "fit",
        "material", "composition", "fabric", "ingredients", "warning", "safety", "details", "about this item",
        "features",
    ]

    private static let reviewHeadings: [String] = [
        "评价", "评论", "买家秀", "问大家", "晒单", "review", "ratings", "questions & answers", "questions and answers",
        "q&a", "testimonials",
    ]

    private static let boilerplateHeadings: [String] = [
        "猜你喜欢", "相关推荐", "为你推荐", "看了又看", "热门搜索", "相关商品", "店铺推荐", "大家都在看", "同类推荐",
        "you may also like", "you might also like", "related products", "related items", "customers also",
        "people also", "recommended for you", "similar items", "similar products", "recently viewed",
        "frequently bought together", "more from", "sponsored", "complete the look", "shop the look",
        "pairings", "pair it with", "wear it with", "style it with", "goes well with", "complete your look",
        "customers who", "people who", "alternatives", "compare similar", "best sellers", "bestsellers",
        "trending now", "其他人还买了", "看了还看", "搭配推荐", "人气推荐",
    ]
}
