import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths a user gave into sources, in a stable order.
///
/// - "-" is standard input (once).
/// - A file is read whatever its extension: the extension picks the format (".json" is read as
///   JSON Lines), an unknown one is sniffed (HTML or text; binary data is refused when loaded).
/// - A directory is walked recursively in sorted order (by the bytes of the names, subfolders
///   expanded where they sort), skipping hidden files and folders (".git", ".DS_Store"). In a
///   directory, files with an article extension are read (.txt .text .md .markdown .html .htm
///   .xhtml .jsonl .ndjson), files without extension are read when their first bytes are text,
///   and everything else is left out: silently when it is clearly not an article (JSON such as
///   `expected.report.json`, YAML, CSV, images, media, fonts, archives, code, styles), with a
///   warning otherwise (a .pdf, a .docx, an .rtf: maybe an article we cannot read).
/// - A directory with nothing to read is an error; so is a missing path. A file reached twice
///   (listed twice, or through a link) is read once, with a warning.
struct InputEnumerator {
    /// Directory nesting deeper than this is not walked (a warning names the folder).
    static let maxDepth = 64

    private var seen: Set<FileIdentity> = []
    private var standardInputTaken = false

    /// Extensions left out of directory walks without a word.
    static let quietlyIgnored: Set<String> = [
        "json", "yaml", "yml", "toml", "csv", "tsv", "xml", "rss", "atom", "css", "scss", "js", "mjs", "map", "ts",
        "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "heic",
        "mp3", "mp4", "m4a", "wav", "ogg", "webm", "mov", "avi", "mkv", "flac",
        "woff", "woff2", "ttf", "otf", "eot", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "tar", "rar",
        "swift", "py", "rb", "sh", "c", "h", "m", "go", "rs", "java", "kt", "lock", "log", "sqlite", "db",
        "sqlite-wal", "sqlite-shm", "bak", "tmp", "swp", "orig", "o", "a", "so", "dylib", "exe", "bin", "class", "pyc",
    ]

    mutating func sources(for path: String) -> (sources: [InputSource], problems: [InputProblem]) {
        if path == "-" {
            if standardInputTaken {
                return ([], [InputProblem(input: "-", message: "standard input given more than once; read once", severity: .warning)])
            }
            standardInputTaken = true
            return ([InputSource(location: .standardInput, format: .sniff)], [])
        }
        guard !path.isEmpty else { return ([], [InputProblem(input: path, message: "empty path")]) }
        guard let found = FileIdentity(path) else {
            return ([], [InputProblem(input: path, message: "no such file or directory")])
        }
        guard seen.insert(found).inserted else {
            return ([], [InputProblem(input: path, message: "listed more than once; read once", severity: .warning)])
        }
        if found.isDirectory {
            var sources: [InputSource] = []
            var problems: [InputProblem] = []
            var ignored = 0, repeated = 0
            walk(directory: path, depth: 0, into: &sources, problems: &problems, ignored: &ignored, repeated: &repeated)
            if sources.isEmpty && repeated == 0 && !problems.contains(where: { $0.severity == .error }) {
                let note = ignored > 0 ? " (\(ignored) other file\(ignored == 1 ? "" : "s") left out)" : ""
                problems.append(InputProblem(input: path, message: "no article files in this directory\(note)"))
            }
            return (sources, problems)
        }
        let ext = InputSource.pathExtension(of: path)
        let format = InputSource.Format(pathExtension: ext) ?? (ext == "json" ? .jsonLines : .sniff)
        return ([InputSource(location: .file(path), format: format)], [])
    }

    /// Appends the directory's sources; `ignored` counts files left out, `repeated` files
    /// already listed (read once, without a word: a folder and a file in it may both be given).
    private mutating func walk(directory: String, depth: Int, into sources: inout [InputSource],
                               problems: inout [InputProblem], ignored: inout Int, repeated: inout Int) {
        guard depth <= Self.maxDepth else {
            problems.append(InputProblem(input: directory, message: "nested more than \(Self.maxDepth) folders deep; not read", severity: .warning))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            problems.append(InputProblem(input: directory, message: "cannot read directory: \(Self.reason(error))"))
            return
        }
        let sorted = names.filter { !$0.hasPrefix(".") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in sorted {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let found = FileIdentity(path) else {
                problems.append(InputProblem(input: path, message: "broken link or vanished file", severity: .warning))
                continue
            }
            if found.isDirectory {
                // A link back to a folder already walked is passed over.
                if seen.insert(found).inserted {
                    walk(directory: path, depth: depth + 1, into: &sources, problems: &problems, ignored: &ignored, repeated: &repeated)
                }
                continue
            }
            let ext = InputSource.pathExtension(of: path)
            if let format = InputSource.Format(pathExtension: ext) {
                if seen.insert(found).inserted { sources.append(InputSource(location: .file(path), format: format)) } else { repeated += 1 }
            } else if ext.isEmpty {
                if Self.startsLikeText(path) {
                    if seen.insert(found).inserted { sources.append(InputSource(location: .file(path), format: .sniff)) } else { repeated += 1 }
                } else {
                    ignored += 1
                }
            } else if Self.quietlyIgnored.contains(ext) {
                ignored += 1
            } else {
                ignored += 1
                problems.append(InputProblem(input: path, message: "not read: .\(ext) files are not articles (read .txt, .md, .html and .jsonl)",
                                             severity: .warning))
            }
        }
    }

    /// The first 4 KiB contain no NUL and few control bytes (an empty file counts as text, so
    /// that it is reported as empty rather than passed over).
    static func startsLikeText(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }   // unreadable: let loading say why
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: FormatSniffer.window)) ?? Data()
        let bytes = [UInt8](head)
        return bytes.withUnsafeBufferPointer { !TextDecoder.isBinary($0) }
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(describing: POSIXError(code).localizedDescription)
        }
        return ns.localizedDescription
    }
}

/// Which file a path names, links followed: its device and inode (and whether it is a folder),
/// from one `stat`. Two paths to one file (a symbolic or hard link, "a/../a/x.txt") give the
/// same identity without either being resolved component by component, which cost a system
/// call per component of every path.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    let isDirectory: Bool

    /// Nil when nothing is there (a missing path, a broken link) or it cannot be looked at.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
    }
}
