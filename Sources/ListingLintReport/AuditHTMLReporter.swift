import Foundation
public import ListingLintCore

/// The audit report as one self-contained HTML file: inline CSS, inline SVG charts, one small
/// inline script that sorts tables; nothing fetched from the network. Every piece of listing text
/// goes through `HTMLEscape`, so a listing containing `<script>` renders as text.
public struct AuditHTMLReporter: Sendable {
    public var target: Double
    public var tool: ToolInfo
    /// Rows per table and chart.
    public var rows: Int

    public init(target: Double = 0.85, tool: ToolInfo, rows: Int = 20) {
        self.target = target
        self.tool = tool
        self.rows = rows
    }

    public func render(_ result: AuditResult) -> String {
        let summary = result.summary
        var body = headline(result)
        if let previous = result.previous { body += comparison(summary, previous) }
        if result.trend.count > 1 {
            body += section("Trend over past audits", SVGChart.line(
                result.trend.map { (Self.shortDate($0.startedAt), $0.transparencyShare) },
                maximum: 1,
                target: target
            ))
        }
        let gradeRows = Grade.allCases.map { grade in
            let count = summary.grades[grade.rawValue] ?? 0
            return (label: "Grade \(grade.rawValue)", value: Double(count), text: "\(count)")
        }
        body += section("Grade distribution", SVGChart.bars(gradeRows, maximum: Double(gradeRows.map(\.value).max() ?? 0)))
        body += categories(summary)
        body += topRules(summary)
        body += sellers(summary)
        body += drillDown(result.worst)
        body += inputErrors(result)
        return page(body)
    }

    private func headline(_ result: AuditResult) -> String {
        let summary = result.summary
        let met = summary.transparencyShare >= target
        var html = "<header><h1>ListingLint catalogue audit</h1>"
        html += "<p class=\"meta\">\(e(result.startedAt)) · \(e(tool.name)) \(e(tool.version)) · rule set \(e(summary.ruleSet))"
        html += result.completed ? "" : " · <strong class=\"bad\">interrupted: partial figures</strong>"
        html += "</p><div class=\"cards\">"
        html += card("Platform score", String(format: "%.1f", summary.meanScore), "grade \(Grade(score: Int(summary.meanScore)).rawValue)")
        html += card("Fully transparent", percent(summary.transparencyShare), "target \(percent(target)) — " + (met ? "met" : "not met"), good: met)
        html += card("Listings", "\(summary.checked)", "\(summary.read) read, \(summary.failed) unreadable")
        html += card("Findings", "\(summary.rules.values.reduce(0, +))", Severity.allCases.reversed().map { "\($0.rawValue) \(summary.severities[$0.rawValue] ?? 0)" }.joined(separator: " · "))
        return html + "</div></header>"
    }

    private func comparison(_ now: CatalogueSummary, _ before: CatalogueSummary) -> String {
        var html = "<p>Mean score \(signed(now.meanScore - before.meanScore)), fully transparent \(signed((now.transparencyShare - before.transparencyShare) * 100)) points since the previous audit (\(before.checked) listings).</p>"
        let changes = Set(now.rules.keys).union(before.rules.keys).map { rule in
            (rule: rule, change: (now.rules[rule] ?? 0) - (before.rules[rule] ?? 0))
        }
        let improved = changes.filter { $0.change < 0 }.sorted { ($0.change, $0.rule) < ($1.change, $1.rule) }.prefix(rows)
        let regressed = changes.filter { $0.change > 0 }.sorted { ($1.change, $0.rule) < ($0.change, $1.rule) }.prefix(rows)
        html += "<div class=\"columns\"><div><h3>Improved (fewer findings)</h3><ul>"
        html += improved.map { "<li><code>\(e($0.rule))</code> \($0.change)</li>" }.joined()
        html += improved.isEmpty ? "<li>none</li>" : ""
        html += "</ul></div><div><h3>Regressed (more findings)</h3><ul>"
        html += regressed.map { "<li><code>\(e($0.rule))</code> +\($0.change)</li>" }.joined()
        html += regressed.isEmpty ? "<li>none</li>" : ""
        let bottomBefore = Set(SellerRanking.ranked(before).prefix(rows).map(\.0))
        let newOffenders = SellerRanking.ranked(now).prefix(rows).map(\.0).filter { !bottomBefore.contains($0) }
        html += "</ul></div><div><h3>New among the lowest sellers</h3><ul>"
        html += newOffenders.map { "<li>\(e($0))</li>" }.joined()
        html += newOffenders.isEmpty ? "<li>none</li>" : ""
        html += "</ul></div></div>"
        return section("Change since the previous audit", html)
    }

    private func categories(_ summary: CatalogueSummary) -> String {
        let sorted = summary.categories.sorted { ($0.value.meanScore, $0.key) < ($1.value.meanScore, $1.key) }
        let chart = SVGChart.bars(sorted.prefix(rows).map { (label: $0.key, value: $0.value.meanScore, text: String(format: "%.1f", $0.value.meanScore)) }, maximum: 100)
        var table = "<table class=\"sortable\"><thead><tr><th>Category</th><th>Listings</th><th>Mean score</th><th>Fully transparent</th></tr></thead><tbody>"
        for (name, tally) in sorted {
            table += "<tr><td>\(e(name))</td><td>\(tally.listings)</td><td>\(String(format: "%.1f", tally.meanScore))</td><td data-sort=\"\(tally.transparencyShare)\">\(percent(tally.transparencyShare))</td></tr>"
        }
        return section("Score by category", chart + table + "</tbody></table>")
    }

    private func topRules(_ summary: CatalogueSummary) -> String {
        let sorted = summary.rankedRules.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(rows)
        let chart = SVGChart.bars(sorted.map { (label: $0.key, value: Double($0.value), text: "\($0.value)") }, maximum: Double(sorted.first?.value ?? 0), colour: "#b9770e")
        let advice = summary.advice?.values.reduce(0, +) ?? 0
        let note = advice == 0 ? "" : "<p>Not ranked: \(advice) advice finding\(advice == 1 ? "" : "s") (info: vague praise, title style) that cost no points.</p>"
        return section("Rules that fire most", chart + note)
    }

    private func sellers(_ summary: CatalogueSummary) -> String {
        var table = "<p>The merchant transparency record: sellers by mean score, lowest first.</p><table class=\"sortable\"><thead><tr><th>Rank</th><th>Seller</th><th>Listings</th><th>Mean score</th><th>Fully transparent</th><th>Worst rules</th></tr></thead><tbody>"
        for (rank, (name, tally)) in SellerRanking.ranked(summary).prefix(rows * 5).enumerated() {
            let worst = tally.rankedRules.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).map { "<code>\(e($0.key))</code> \($0.value)" }.joined(separator: ", ")
            table += "<tr><td>\(rank + 1)</td><td>\(e(name))</td><td>\(tally.listings)</td><td>\(String(format: "%.1f", tally.meanScore))</td><td data-sort=\"\(tally.transparencyShare)\">\(percent(tally.transparencyShare))</td><td>\(worst)</td></tr>"
        }
        return section("Seller ranking", table + "</tbody></table>")
    }

    private func drillDown(_ worst: [ListingReport]) -> String {
        guard !worst.isEmpty else { return "" }
        var html = "<p>The \(worst.count) lowest-scoring listings, worst first. Open one to see its findings.</p>"
        for listing in worst {
            html += "<details><summary><span class=\"grade g\(listing.grade.rawValue)\">\(listing.grade.rawValue) \(listing.score)</span> \(e(listing.title ?? listing.id)) <span class=\"meta\">\(e(listing.source)) · \(e(listing.id)) · \(e(listing.category.name))</span></summary>"
            html += "<p>Fields: " + listing.fields.map { "<span class=\"field \($0.state.rawValue)\">\(e($0.field)): \($0.state.rawValue)</span>" }.joined(separator: " ") + "</p>"
            html += "<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th><th>Cost</th></tr></thead><tbody>"
            for finding in listing.findings {
                let evidence = finding.evidence.map { " <mark>\(e($0))</mark>" } ?? ""
                let suggestion = finding.suggestion.map { "<br><span class=\"meta\">→ \(e($0))</span>" } ?? ""
                html += "<tr class=\"\(finding.severity.rawValue)\"><td>\(finding.severity.rawValue)</td><td><code>\(e(finding.rule))</code></td><td>\(e(finding.location?.positionDescription ?? ""))</td><td>\(e(finding.message))\(evidence)\(suggestion)</td><td>\(finding.cost ?? 0)</td></tr>"
            }
            html += "</tbody></table></details>"
        }
        return section("Listings to fix first", html)
    }

    private func inputErrors(_ result: AuditResult) -> String {
        guard !result.inputErrors.isEmpty else { return "" }
        var html = "<p>\(result.summary.failed) inputs or records could not be read (first \(result.inputErrors.count) listed).</p><ul>"
        html += result.inputErrors.map { "<li><code>\(e($0.description))</code></li>" }.joined()
        return section("Unreadable inputs", html + "</ul>")
    }

    private func card(_ title: String, _ value: String, _ note: String, good: Bool? = nil) -> String {
        let tone = good.map { $0 ? " good" : " bad" } ?? ""
        return "<div class=\"card\(tone)\"><div class=\"label\">\(e(title))</div><div class=\"value\">\(e(value))</div><div class=\"meta\">\(e(note))</div></div>"
    }

    private func section(_ title: String, _ content: String) -> String {
        "<section><h2>\(e(title))</h2>\(content)</section>"
    }

    private func page(_ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ListingLint audit</title>
        <style>\(Self.style)</style></head>
        <body>\(body)<script>\(Self.script)</script></body></html>

        """
    }

    private func e(_ text: String) -> String { HTMLEscape.escape(text) }

    /// `11-29 01:51` from an ISO 8601 time, short enough for a chart axis.
    static func shortDate(_ iso: String) -> String {
        String(iso.dropFirst(5).prefix(11)).replacingOccurrences(of: "T", with: " ")
    }
    private func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    private func signed(_ value: Double) -> String { String(format: "%+.1f", value) }

    private static let style = """
        body{font:14px/1.45 system-ui,"Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
        h1{margin:0}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
        .meta{color:#666;font-size:12px}.cards{display:flex;gap:1em;flex-wrap:wrap;margin-top:1em}
        .card{border:1px solid #ddd;border-radius:6px;padding:.8em 1.2em;min-width:180px}
        .card .value{font-size:28px;font-weight:600}.card.good{border-color:#27ae60}.card.bad{border-color:#c0392b}
        .bad{color:#c0392b}table{border-collapse:collapse;width:100%;margin:.6em 0}
        th,td{border-bottom:1px solid #eee;padding:.3em .5em;text-align:left;vertical-align:top}
        th{cursor:pointer;background:#f6f6f6}tr.error td:first-child{color:#c0392b}tr.warning td:first-child{color:#b9770e}
        mark{background:#ffe08a}details{border:1px solid #eee;border-radius:4px;margin:.4em 0;padding:.3em .6em}
        .grade{display:inline-block;min-width:3.2em;font-weight:600}.gA,.gB{color:#27ae60}.gD,.gE{color:#c0392b}
        .field{display:inline-block;margin-right:.6em;padding:0 .4em;border-radius:3px;background:#eee}
        .field.present{background:#d5f5e3}.field.missing,.field.hidden{background:#fadbd8}.field.vague{background:#fcf3cf}
        .columns{display:flex;gap:2em;flex-wrap:wrap}.chart text{font-size:12px}
        """

    /// Sorts a table by the clicked column (numbers numerically, `data-sort` first).
    private static let script = """
        document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener('click',function(){
        var body=th.closest('table').tBodies[0];var rows=Array.from(body.rows);var asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
        function key(r){var c=r.cells[i];var v=c.dataset.sort||c.textContent;var n=parseFloat(v);return isNaN(n)?v:n;}
        rows.sort(function(a,b){var x=key(a),y=key(b);return (x<y?-1:x>y?1:0)*(asc?1:-1);});rows.forEach(function(r){body.appendChild(r);});});});
        """
}
