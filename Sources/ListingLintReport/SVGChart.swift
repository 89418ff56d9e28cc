import Foundation

/// Small inline SVG charts for the self-contained audit report: no scripts, no network.
/// Labels are escaped; sizes are in CSS pixels.
enum SVGChart {
    /// A horizontal bar chart, one labelled bar per row, values scaled to `maximum`.
    static func bars(_ rows: [(label: String, value: Double, text: String)], maximum: Double, colour: String = "#3b6ea5", target: Double? = nil) -> String {
        let rowHeight = 22
        let labelWidth = 210
        let barWidth = 360
        let height = rows.count * rowHeight + 8
        var svg = "<svg class=\"chart\" role=\"img\" width=\"\(labelWidth + barWidth + 90)\" height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 90) \(height)\">"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            let width = maximum > 0 ? Int(Double(barWidth) * min(row.value, maximum) / maximum) : 0
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLEscape.escape(String(row.label.prefix(32))))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"\(colour)\"><title>\(HTMLEscape.escape(row.label)): \(HTMLEscape.escape(row.text))</title></rect>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(HTMLEscape.escape(row.text))</text>"
        }
        if let target, maximum > 0 {
            let x = labelWidth + Int(Double(barWidth) * target / maximum)
            svg += "<line x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(height)\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\"><title>target</title></line>"
        }
        return svg + "</svg>"
    }

    /// A line chart of values 0–`maximum` over points, with a dashed target line.
    static func line(_ points: [(label: String, value: Double)], maximum: Double, target: Double?) -> String {
        let width = 640
        let height = 220
        let left = 40
        let bottom = 30
        let plotWidth = width - left - 20
        let plotHeight = height - bottom - 10
        func y(_ value: Double) -> Int { 10 + plotHeight - Int(Double(plotHeight) * min(value, maximum) / maximum) }
        func x(_ index: Int) -> Int { left + (points.count > 1 ? plotWidth * index / (points.count - 1) : plotWidth / 2) }
        var svg = "<svg class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<line x1=\"\(left)\" y1=\"\(10 + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(10 + plotHeight)\" stroke=\"#888\"/>"
        for tick in stride(from: 0.0, through: maximum, by: maximum / 4) {
            svg += "<text x=\"\(left - 4)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\">\(Int(tick / maximum * 100))%</text>"
        }
        if let target {
            svg += "<line x1=\"\(left)\" y1=\"\(y(target))\" x2=\"\(left + plotWidth)\" y2=\"\(y(target))\" stroke=\"#c0392b\" stroke-dasharray=\"6 4\"/>"
            svg += "<text x=\"\(left + plotWidth)\" y=\"\(y(target) - 4)\" text-anchor=\"end\" fill=\"#c0392b\">target \(Int(target / maximum * 100))%</text>"
        }
        let path = points.enumerated().map { "\(x($0.offset)),\(y($0.element.value))" }.joined(separator: " ")
        svg += "<polyline fill=\"none\" stroke=\"#3b6ea5\" stroke-width=\"2\" points=\"\(path)\"/>"
        for (index, point) in points.enumerated() {
            svg += "<circle cx=\"\(x(index))\" cy=\"\(y(point.value))\" r=\"4\" fill=\"#3b6ea5\"><title>\(HTMLEscape.escape(point.label)): \(String(format: "%.1f%%", point.value / maximum * 100))</title></circle>"
            let anchor = index == 0 ? "start" : index == points.count - 1 ? "end" : "middle"
            svg += "<text x=\"\(x(index))\" y=\"\(height - 8)\" text-anchor=\"\(anchor)\">\(HTMLEscape.escape(String(point.label.prefix(12))))</text>"
        }
        return svg + "</svg>"
    }
}
