/// Turns an HTML fragment held in a JSON string (Shopify `body_html`, WooCommerce `description`)
/// into the text a buyer reads: tags removed, block ends as line breaks, entities decoded,
/// `<script>`/`<style>` content dropped, image alt text collected separately.
///
/// A small scanner, not a parser: these fragments are short seller-written HTML, and the JSON reader
/// must not depend on libxml2 (the page reader owns that).
enum JSONHTMLFragment {
    struct Text: Sendable, Hashable {
        /// Visible text: lines joined by `\n`, runs of spaces collapsed, blank lines dropped.
        var text: String
        /// `alt` attributes of `<img>` tags, in order.
        var imageAlts: [String]
    }

    private static let blockTags: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "dd", "dt", "dl", "blockquote", "hr", "td", "th", "header", "footer", "pre",
    ]

    /// Whether `text` looks like markup (has a tag or an entity); plain text is returned as is.
    static func looksLikeHTML(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "&"))
    }

    static func text(from html: String) -> Text {
        var output = ""
        var alts: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var skipUntil: String?
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                guard let close = scalars[index...].firstIndex(of: ">") else {
                    output.unicodeScalars.append(contentsOf: scalars[index...])
                    break
                }
                let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                index = close + 1
                if inside.hasPrefix("!--") {
                    if !inside.hasSuffix("--"), let end = find("-->", in: scalars, from: index) { index = end + 3 }
                    continue
                }
                let name = tagName(inside)
                if let waiting = skipUntil {
                    if name == "/" + waiting { skipUntil = nil }
                    continue
                }
                if name == "script" || name == "style" {
                    skipUntil = name
                    continue
                }
                if name == "img", let alt = attribute("alt", in: inside) {
                    let decoded = decodeEntities(alt).trimmingJSONWhitespace()
                    if !decoded.isEmpty { alts.append(decoded) }
                }
                let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
                if blockTags.contains(bare) {
                    output += "\n"
                } else if bare == "span" || bare == "a" || bare == "em" || bare == "strong" || bare == "b"
                    || bare == "i"
                {
                    continue
                } else {
                    output += " "
                }
                continue
            }
            if skipUntil == nil { output.unicodeScalars.append(scalar) }
            index += 1
        }
        let lines = decodeEntities(output).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }).joined(
                separator: " ")
        }
        return Text(text: lines.filter { !$0.isEmpty }.joined(separator: "\n"), imageAlts: alts)
    }

    /// `p`, `/p`, `img` from the inside of a tag.
    private static func tagName(_ inside: String) -> String {
        var name = ""
        for scalar in inside.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == ">" { break }
            if scalar == "/" && !name.isEmpty { break }
            name.unicodeScalars.append(scalar)
        }
        return name.lowercased()
    }

    /// The value of `name="…"` (or `'…'`, or unquoted) inside a tag; the name matched case-insensitively.
    private static func attribute(_ name: String, in inside: String) -> String? {
        let characters = Array(inside)
        let target = Array(name)
        var start = 0
        while start + target.count <= characters.count {
            defer { start += 1 }
            guard start == 0 || characters[start - 1].isWhitespace,
                target.indices.allSatisfy({ characters[start + $0].lowercased() == String(target[$0]) })
            else { continue }
            var cursor = start + target.count
            while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
            guard cursor < characters.count, characters[cursor] == "=" else { continue }
            cursor += 1
            while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
            guard cursor < characters.count else { return nil }
            let quote = characters[cursor]
            if quote == "\"" || quote == "'" {
                let valueStart = cursor + 1
                let end = characters[valueStart...].firstIndex(of: quote) ?? characters.count
                return String(characters[valueStart..<end])
            }
            let end = characters[cursor...].firstIndex(where: { $0.isWhitespace || $0 == "/" }) ?? characters.count
            return String(characters[cursor..<end])
        }
        return nil
    }

    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard scalars.count >= pattern.count, start <= scalars.count - pattern.count else { return nil }
        for index in start...(scalars.count - pattern.count)
        where scalars[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "times": "×", "middot": "·", "bull": "•",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "plusmn": "±", "micro": "µ", "sup2": "²", "sup3": "³",
        "eacute": "é", "egrave": "è", "agrave": "à", "aacute": "á", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "szlig": "ß", "ntilde": "ñ", "prime": "′", "Prime": "″", "euro": "€", "pound": "£", "yen": "¥",
    ]

    /// Decodes `&amp;`, `&#233;`, `&#xE9;` and the common named entities; unknown ones stay as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let tail = rest[afterAmpersand...]
            if let semicolon = tail.prefix(12).firstIndex(of: ";") {
                let name = String(tail[..<semicolon])
                if let decoded = decodeEntity(name) {
                    output += decoded
                    rest = tail[tail.index(after: semicolon)...]
                    continue
                }
            }
            output += "&"
            rest = tail
        }
        return output + rest
    }

    private static func decodeEntity(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return namedEntities[name]
    }
}
