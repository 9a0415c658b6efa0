#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the bytes of an input could not be read; `message` is what the problem says.
struct ReadFailure: Error, Sendable {
    let message: String

    static func system(_ code: Int32) -> ReadFailure { ReadFailure(message: String(cString: strerror(code))) }
    static func tooLarge(size: Int?, limit: Int) -> ReadFailure {
        let what = size.map { "\(InputBytes.describe(bytes: $0))" } ?? "more than \(InputBytes.describe(bytes: limit))"
        return ReadFailure(message: "too large (\(what); the limit is \(InputBytes.describe(bytes: limit)) per document)")
    }
}

/// Reads whole inputs with POSIX calls, refusing anything over a byte limit before reading it.
enum InputBytes {
    /// The whole file, or a failure: missing, a directory, unreadable, or larger than `limit`
    /// (decided from `fstat` first for a regular file, so a 100 MB file is refused without
    /// being read).
    static func readFile(path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = path.withCString { open($0, O_RDONLY) }
        guard fd >= 0 else { return .failure(.system(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.system(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadFailure(message: "is a directory")) }
        let size = Int(info.st_size)
        guard (info.st_mode & S_IFMT) == S_IFREG && size > 0 else { return readAll(fd: fd, limit: limit) }
        if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        return readRegular(fd: fd, size: size)
    }

    /// Standard input up to `limit` bytes; stops reading (without draining) past the limit.
    static func readStandardInput(limit: Int) -> Result<[UInt8], ReadFailure> {
        readAll(fd: 0, limit: limit)
    }

    /// A regular file as large as `fstat` says: read straight into the result's storage, in
    /// one `read` as a rule. It is read as it was when opened: bytes written to it meanwhile
    /// are not (asking for them would cost one more `read` per file).
    private static func readRegular(fd: Int32, size: Int) -> Result<[UInt8], ReadFailure> {
        var failure: ReadFailure?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let n = read(fd, buffer.baseAddress! + initialized, size - initialized)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .system(errno)
                    return
                }
                if n == 0 { return }                            // it shrank
                initialized += n
            }
        }
        if let failure { return .failure(failure) }
        return .success(bytes)
    }

    /// An input of unknown size (standard input, a pipe, an empty or special file), in
    /// 64 KiB steps up to `limit`.
    private static func readAll(fd: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
        let chunk = 1 << 16
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if n == 0 { break }
            if bytes.count + n > limit { return .failure(.tooLarge(size: nil, limit: limit)) }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return .success(bytes)
    }

    /// "20 MiB", "104857600 bytes" → human sized, exact for small values.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 20 { return "\((bytes * 10 >> 20) / 10).\((bytes * 10 >> 20) % 10) MiB" }
        return "\(bytes) bytes"
    }
}

/// Reads a file line by line ("\n" separated, a trailing "\r" removed) in 1 MiB chunks, so a
/// JSON Lines file of any size streams in bounded memory. A line longer than `maxLineBytes` is
/// not kept: it comes back as `.tooLong` and the reader skips to the next line.
struct LineReader {
    enum Line {
        case text(number: Int, bytes: [UInt8])
        case tooLong(number: Int)
    }

    private let fd: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0, end = 0
    private var lineNumber = 0
    private var atEOF = false
    private(set) var failure: ReadFailure?

    /// Opens `path`; fails like ``InputBytes/readFile(path:limit:)`` does.
    static func opening(path: String, maxLineBytes: Int) -> Result<LineReader, ReadFailure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.system(errno)) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            return .failure(ReadFailure(message: "is a directory"))
        }
        return .success(LineReader(fd: fd, maxLineBytes: maxLineBytes))
    }

    private init(fd: Int32, maxLineBytes: Int) {
        self.fd = fd; self.maxLineBytes = maxLineBytes
        buffer = [UInt8](repeating: 0, count: 1 << 20)
    }

    /// Closes the file; call once when done.
    func closeFile() { close(fd) }

    /// The next line, or nil at the end of the file (or after a read error, kept in `failure`).
    mutating func next() -> Line? {
        var line: [UInt8] = []
        var overflow = false
        var sawAnything = false
        while true {
            if start == end {
                if atEOF || !refill() {
                    guard sawAnything else { return nil }
                    lineNumber += 1
                    return finish(line, overflow: overflow)
                }
            }
            sawAnything = true
            let newline: Int? = buffer.withUnsafeBufferPointer { buf in
                guard let base = buf.baseAddress, let hit = memchr(base + start, 0x0A, end - start) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            let stop = newline ?? end
            if !overflow {
                if line.count + (stop - start) > maxLineBytes {
                    overflow = true; line = []
                } else {
                    line.append(contentsOf: buffer[start..<stop])
                }
            }
            if let newline {
                start = newline + 1
                lineNumber += 1
                return finish(line, overflow: overflow)
            }
            start = end
        }
    }

    private func finish(_ line: [UInt8], overflow: Bool) -> Line {
        if overflow { return .tooLong(number: lineNumber) }
        var bytes = line
        if bytes.last == 0x0D { bytes.removeLast() }
        return .text(number: lineNumber, bytes: bytes)
    }

    private mutating func refill() -> Bool {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failure = .system(errno); atEOF = true; return false }
            if n == 0 { atEOF = true; return false }
            start = 0; end = n
            return true
        }
    }
}
