/// Text compared and hashed by its exact UTF-8 bytes, as a memo key.
///
/// `String` compares by canonical equivalence and hashes through NFC normalisation, which for
/// Chinese text costs more than the lookup it serves; and two canonically equivalent spellings can
/// be read differently by a byte-level matcher, so a memo must not hand one the other's result.
package struct ExactText: Hashable, Sendable {
    package let text: String

    package init(_ text: String) {
        self.text = text
    }

    package static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        let (left, right) = (lhs.text.utf8, rhs.text.utf8)
        guard left.count == right.count else { return false }
        // Compared as buffers: the views' own `elementsEqual` steps through a byte at a time.
        let compared = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { leftBytes.elementsEqual($0) }
        }
        if let compared = compared ?? nil { return compared }
        return left.elementsEqual(right)
    }

    package func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
        hasher.combine(text.utf8.count)
    }
}
