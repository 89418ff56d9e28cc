import Foundation
import ListingLintCore

extension Listing {
    func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }
    func segments(_ role: TextRole) -> [TextSegment] { segments.filter { $0.role == role } }
    func texts(_ role: TextRole) -> [String] { segments(role).map(\.text) }
}

/// A fresh temporary directory for one test, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "listinglint-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `name` inside the directory and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }
}

/// A catalogue of listings in ListingLint's JSON Lines format: varied fields, claims and sellers.
enum SyntheticCatalogue {
    static func record(_ index: Int) -> String {
        let zh = index % 2 == 0
        var attributes: [String] = []
        if index % 5 != 0 { attributes.append(zh ? "\"材质\": \"100%棉\"" : "\"Material\": \"100% cotton\"") }
        if index % 7 != 0 { attributes.append(zh ? "\"尺寸\": \"长60cm 宽40cm\"" : "\"Size\": \"60 x 40 cm\"") }
        if index % 3 != 0 { attributes.append(zh ? "\"洗涤说明\": \"30℃以下机洗，不可漂白\"" : "\"Care instructions\": \"Machine wash cold, do not bleach\"") }
        let claim = index % 4 == 0 ? (zh ? "全网最低价，国家级品质" : "The best ever, #1 best seller") : ""
        let title = zh ? "家居好物 \(index)" : "Home item \(index)"
        return """
            {"id": "L\(index)", "title": "\(title)", "description": "\(claim)", "attributes": {\(attributes.joined(separator: ", "))}, \
            "category": "\(["apparel", "furniture", "kitchen"][index % 3])", "seller": "seller-\(index % 11)"}
            """
    }

    static func lines(_ range: Range<Int>) -> String {
        range.map(record).joined(separator: "\n") + "\n"
    }
}
