import Foundation
import Testing
import Extract
import Pipeline

/// A temporary directory for one test, with a store path in it; removed when the value is dropped.
final class StoreScratch {
    let directory: URL
    var storePath: String { directory.appendingPathComponent("crosscheck.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("crosscheck-store-tests-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func openStore() throws -> ClaimStore { try ClaimStore(path: storePath) }
}

/// Documents with hand-written claims about the EU–Japan summits, so store tests do not
/// depend on what the extraction rules find.
enum SummitDocs {
    /// One document saying the `ordinal`th EU–Japan summit was held in `place`.
    static func held(_ id: String, ordinal: Int, in place: String, published: String = "2024-05-01",
                     extra: String = "", type: String = "summit") -> Crosschecker.Extracted {
        let text = "The \(ordinal)th EU-Japan \(type) was held in \(place).\(extra)"
        let start = text.utf8.count - extra.utf8.count - place.utf8.count - 1
        let claim = Claim(subject: .event(EventRef(type: type, parties: ["EU", "JP"], ordinal: ordinal, instance: 0)),
                          attribute: .place, value: .place(place), modality: .asserted,
                          evidence: Evidence(document: id, language: .en, sentence: TextSpan(start: 0, end: text.utf8.count - extra.utf8.count),
                                             span: TextSpan(start: start, end: start + place.utf8.count), quote: text),
                          rule: "held in <place> (en)")
        let document = Document(id: id, text: text, language: .en, published: CalendarDate(iso: published),
                                title: "Summit \(id)", url: "https://example.org/\(id)", source: "Example", path: "\(id).txt")
        return Crosschecker.Extracted(document: document, extraction: Extraction(mentions: [], claims: [claim]))
    }
}

/// The built `crosscheck` executable, next to the running test bundle (any scratch path).
enum CrosscheckBinary {
    static let url: URL? = {
        var candidates: [URL] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(runner.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.resolvingSymlinksInPath())
        candidates.append(Bundle.main.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        for b in Bundle.allBundles { candidates.append(b.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent()) }
        // The package's default scratch path, as a last resort.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        // A test bundle may sit inside the build directory (…/debug/xPackageTests.xctest/…): walk up a few levels.
        for start in candidates {
            var dir = start
            for _ in 0..<4 {
                let binary = dir.appendingPathComponent("crosscheck")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: binary.path) {
                    return binary
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary to completion in `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let process = try start(arguments, in: directory)
        let out = process.standardOutput as! Pipe, err = process.standardError as! Pipe
        // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
        let errData = DataReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData.wait(), as: UTF8.self))
    }

    /// Starts the binary and returns at once; stdout and stderr are pipes.
    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let binary = try #require(url, "the crosscheck executable was not found next to the test bundle; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }
}

/// Reads a pipe to its end on a thread of its own.
final class DataReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data { done.wait(); return data }
}

/// Small bilingual articles with front matter, dates, ordinals and events, written to a folder.
enum ArticleCorpus {
    static let placesFR = ["Tokyo", "Bruxelles", "Paris", "Osaka", "Strasbourg"]
    static let placesEN = ["Tokyo", "Brussels", "Paris", "Osaka", "Strasbourg"]
    static let monthsFR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                           "novembre", "décembre"]
    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                           "November", "December"]

    /// The text of article `i` (about 600 bytes), French for even `i`, English for odd.
    static func article(_ i: Int, prefix: String = "art") -> String {
        let n = 1 + i % 40, year = 2000 + n / 2, month = i % 12, day = 1 + i % 28
        let id = "\(prefix)-\(String(format: "%06d", i))"
        if i % 2 == 0 {
            let place = placesFR[i % placesFR.count]
            return """
                ---
                id: \(id)
                lang: fr
                published: \(year)-\(String(format: "%02d", month + 1))-\(String(format: "%02d", day))
                title: Le \(n)e sommet UE-Japon
                ---
                Le \(n)e sommet UE-Japon s’est tenu à \(place) le \(day) \(monthsFR[month]) \(year).
                Les deux parties ont signé une lettre d’intention sur les données, selon la Commission européenne.
                Le \(n + 1)e sommet UE-Japon se tiendra à Tokyo en \(year + 1).
                Article \(id) de la série de tests.

                """
        }
        let place = placesEN[i % placesEN.count]
        return """
            ---
            id: \(id)
            lang: en
            published: \(year)-\(String(format: "%02d", month + 1))-\(String(format: "%02d", day))
            title: The \(n)th EU-Japan summit
            ---
            The \(n)th EU-Japan summit was held in \(place) on \(monthsEN[month]) \(day), \(year).
            The two sides signed a letter of intent on data flows, according to the European Commission.
            The \(n + 1)th EU-Japan summit will be held in Tokyo in \(year + 1).
            Test article \(id).

            """
    }

    /// Writes `count` articles as `<prefix>-NNNNNN.txt` into `directory`; returns their total size in bytes.
    @discardableResult
    static func write(_ count: Int, into directory: URL, prefix: String = "art", from first: Int = 0) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var bytes = 0
        for i in first..<(first + count) {
            let text = article(i, prefix: prefix)
            bytes += text.utf8.count
            try text.write(to: directory.appendingPathComponent("\(prefix)-\(String(format: "%06d", i)).txt"),
                           atomically: false, encoding: .utf8)
        }
        return bytes
    }
}
