import CZlib
import Foundation

/// Reads a file in fixed-size chunks, inflating it on the fly when it is gzip-compressed
/// (by content: the gzip magic bytes, whatever the name), so a catalogue export of any size is read
/// in bounded memory.
final class ChunkedFileReader {
    /// Bytes read from the file so far (compressed bytes for gzip), for progress.
    private(set) var bytesConsumed = 0
    private let handle: FileHandle
    private let chunkSize: Int
    private var inflater: GzipInflater?
    private var isFirstChunk = true

    init(handle: FileHandle, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next chunk of decoded bytes, or nil at the end.
    func next() throws -> [UInt8]? {
        while true {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                if let inflater, !inflater.isFinished { throw GzipInflater.Failure.truncated }
                return nil
            }
            bytesConsumed += data.count
            var bytes = [UInt8](data)
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
