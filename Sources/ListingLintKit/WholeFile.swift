import Foundation

/// Reads a whole file into memory, up to a size limit.
///
/// One buffer of the file's size and as few `read` calls as the kernel allows. (FileHandle reads a
/// regular file in blocks of its `st_blksize`, growing its buffer by doubling, and the bytes are then
/// copied out of `Data`: a fifth of the time of reading a page went there.)
enum WholeFile {
    enum Failure: Error {
        /// The file holds more than the limit.
        case tooLarge
        /// `read` failed with this `errno`.
        case system(Int32)
    }

    /// The bytes of the open file `descriptor`, from its current offset to its end.
    static func contents(of descriptor: Int32, limit: Int) -> Result<[UInt8], Failure> {
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 0
        if expected > limit { return .failure(.tooLarge) }
        var bytes: [UInt8] = []
        // One byte more than expected, so that seeing the end takes no second allocation.
        var capacity = min(limit + 1, max(expected + 1, 1 << 16))
        while true {
            if bytes.count == capacity { capacity = min(limit + 1, capacity * 2) }
            let room = capacity - bytes.count
            let start = bytes.count
            bytes.reserveCapacity(capacity)
            bytes.append(contentsOf: repeatElement(0, count: room))
            var got = 0
            var code: Int32 = 0
            repeat {
                got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, room) }
                code = got < 0 ? errno : 0
            } while code == EINTR
            bytes.removeLast(room - max(got, 0))
            if got < 0 { return .failure(.system(code)) }
            if got == 0 { return .success(bytes) }
            if bytes.count > limit { return .failure(.tooLarge) }
        }
    }
}
