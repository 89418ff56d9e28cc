import CZlib
import Foundation

/// Reads a file in fixed-size chunks, inflating it on the fly when it is gzip-compressed
/// (by content: the gzip magic bytes, whatever the name), so a catalogue export of any size is read
/// in bounded memory.
final class ChunkedFileReader {
    /// A read failing in the operating system (errno and its text).
    struct ReadFailure: Error, CustomStringConvertible {
        let code: Int32
        var description: String { "read failed: \(String(cString: strerror(code))) (errno \(code))" }
    }

    /// Bytes read from the file so far (compressed bytes for gzip), for progress.
    private(set) var bytesConsumed = 0
    private let descriptor: Int32
    private let chunkSize: Int
    private var inflater: GzipInflater?
    private var isFirstChunk = true

    /// - Parameters:
    ///   - descriptor: an open file descriptor, read with `read(2)` (Foundation's `FileHandle.read(upToCount:)`
    ///     reads `st_blksize`, 4 KiB, per system call); the caller keeps ownership and closes it.
    ///   - chunkSize: bytes asked for per chunk (1 MiB).
    init(descriptor: Int32, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.chunkSize = chunkSize
    }

    /// The next chunk of decoded bytes, or nil at the end.
    func next() throws -> [UInt8]? {
        while true {
            var bytes = try readChunk()
            guard !bytes.isEmpty else {
                if let inflater, !inflater.isFinished { throw GzipInflater.Failure.truncated }
                return nil
            }
            bytesConsumed += bytes.count
            if isFirstChunk {
                isFirstChunk = false
                if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B { inflater = try GzipInflater() }
            }
            if let inflater {
                bytes = try inflater.inflate(bytes)
                if bytes.isEmpty { continue }
            }
            return bytes
        }
    }

    /// Up to `chunkSize` raw bytes, fewer only at the end of the file (pipes deliver in pieces: they
    /// are gathered until the chunk is full or the writer closes).
    private func readChunk() throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
            count = 0
            while count < chunkSize {
                let got = read(descriptor, buffer.baseAddress! + count, chunkSize - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    return
                } else if errno != EINTR {
                    throw ReadFailure(code: errno)
                }
            }
        }
    }
}

/// A zlib stream inflating gzip data (one or more concatenated members).
final class GzipInflater {
    enum Failure: Error, CustomStringConvertible {
        case initialisation
        case corrupt(String)
        case truncated

        var description: String {
            switch self {
            case .initialisation: "gzip decompression could not start"
            case let .corrupt(message): "gzip data is corrupt: \(message)"
            case .truncated: "gzip data ends before its end marker (truncated file)"
            }
        }
    }

    private var stream = z_stream()
    private(set) var isFinished = false

    init() throws {
        guard listinglint_inflate_init_gzip(&stream) == Z_OK else { throw Failure.initialisation }
    }

    deinit { inflateEnd(&stream) }

    func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var input = input
        var offset = 0
        let bufferSize = 1 << 18
        var buffer = [UInt8](repeating: 0, count: bufferSize)
        while offset < input.count {
            if isFinished {
                // A new gzip member follows the previous one (concatenated .gz files).
                inflateReset(&stream)
                isFinished = false
            }
            let (status, consumed, produced) = input.withUnsafeMutableBufferPointer { inputBuffer in
                buffer.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.next_in = inputBuffer.baseAddress! + offset
                    stream.avail_in = UInt32(inputBuffer.count - offset)
                    stream.next_out = outputBuffer.baseAddress
                    stream.avail_out = UInt32(bufferSize)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, inputBuffer.count - offset - Int(stream.avail_in), bufferSize - Int(stream.avail_out))
                }
            }
            output += buffer[0..<produced]
            offset += consumed
            switch status {
            case Z_STREAM_END: isFinished = true
            case Z_OK, Z_BUF_ERROR: if consumed == 0 && produced == 0 { return output }
            default: throw Failure.corrupt(stream.msg.map { String(cString: $0) } ?? "zlib status \(status)")
            }
        }
        return output
    }
}
