import ListingLintCore

/// A JSON record that carries a whole product page, `{"id": "SKU-1", "html": "<!DOCTYPE html>…"}`:
/// how a table of (id, html) rows is exported, e.g. for the Spark integration. The page is read by
/// the HTML reader; the record's id names the listing, and line/column locations are inside the page.
enum JSONHTMLRecord {
    /// The page, when `object` is such a record (an `html` string and nothing that makes it a listing
    /// of our own format).
    static func page(in object: JSONObject) -> String? {
        guard let html = object["html"]?.stringValue, object["title"] == nil, object["description"] == nil else {
            return nil
        }
        return html
    }

    /// Reads the page; the listing takes the record's id when it has one.
    static func read(_ html: String, id: String?, source: String, limits: InputLimits) -> ReadOutcome {
        var outcome = HTMLReader.read(InputDocument(source: source, bytes: Array(html.utf8), format: .html), limits: limits)
        if let id {
            for index in outcome.listings.indices { outcome.listings[index].id = id }
        }
        return outcome
    }
}
