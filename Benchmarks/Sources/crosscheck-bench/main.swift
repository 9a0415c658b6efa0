// crosscheck-bench: one measurement per process, printed as one JSON line.
//
//   crosscheck-bench extract   --dir CORPUS/10MB --kind text|html --mode pipeline|extract|ingest|tokenize [--jobs N]
//   crosscheck-bench stream    --dir CORPUS/100MB [--jobs N] [--keep-claims]
//   crosscheck-bench reconcile --claims 1000000 [--seed S]
//
// `Benchmarks/run.sh` runs each several times in fresh processes and prints the table.
// Every run checks its result once, outside the timed part (all files read, something found),
// so a broken build cannot report a fast but empty run.

import Foundation
import Extract
import Reconcile
import Pipeline
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Small helpers

struct Arguments {
    let command: String
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    init(_ argv: [String]) {
        command = argv.first ?? "help"
        var i = 1
        while i < argv.count {
            let a = argv[i]
            if a.hasPrefix("--"), i + 1 < argv.count, !argv[i + 1].hasPrefix("--") {
                values[String(a.dropFirst(2))] = argv[i + 1]; i += 2
            } else {
                flags.insert(String(a.dropFirst(2))); i += 1
            }
        }
    }

    func string(_ key: String, _ fallback: String? = nil) -> String {
        guard let v = values[key] ?? fallback else { fail("missing --\(key)") }
        return v
    }
    func int(_ key: String, _ fallback: Int) -> Int { values[key].flatMap(Int.init) ?? fallback }
    func flag(_ key: String) -> Bool { flags.contains(key) }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(("crosscheck-bench: " + message + "\n").data(using: .utf8)!)
    exit(2)
}

/// This process's resource usage so far (`getrusage`, spelled per platform).
func resourceUsage() -> rusage {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
}

/// Peak resident set of this process, in KiB (Linux `ru_maxrss`).
func maxResidentKiB() -> Int {
    let usage = resourceUsage()
    #if os(macOS)
    return usage.ru_maxrss / 1024
    #else
    return usage.ru_maxrss
    #endif
}

/// Files of `dir` ending in `.ext` (not recursive), sorted, with their total size.
func files(in dir: String, ext: String) -> (paths: [String], bytes: Int) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { fail("cannot list \(dir)") }
    let paths = names.filter { $0.hasSuffix("." + ext) }.sorted().map { dir + "/" + $0 }
    var bytes = 0
    for p in paths {
        let size = (try? FileManager.default.attributesOfItem(atPath: p)[.size] as? Int) ?? nil
        bytes += size ?? 0
    }
    if paths.isEmpty { fail("no .\(ext) file in \(dir): run Benchmarks/generate-corpus.py") }
    return (paths, bytes)
}

func emit(_ fields: [(String, Any)]) {
    var parts: [String] = []
    for (k, v) in fields {
        switch v {
        case let s as String: parts.append("\"\(k)\": \"\(s)\"")
        case let d as Double: parts.append("\"\(k)\": \(String(format: "%.6f", d))")
        default: parts.append("\"\(k)\": \(v)")
        }
    }
    print("{" + parts.joined(separator: ", ") + "}")
}

/// User + system CPU time of this process (all threads) so far, in seconds.
func cpuSeconds() -> Double {
    let usage = resourceUsage()
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

// MARK: - Extraction

/// Throughput over one folder of the corpus, in MB (10⁶ bytes) of input files per second.
/// - pipeline: read + parse (HTML through libxml2) + extract, `jobs` documents at a time.
/// - extract: documents read first (untimed), then extraction alone, `jobs` at a time.
/// - ingest: read + ingest alone (bytes → `Document`: decode, HTML, boilerplate, language),
///   one document after the other on this thread (`--jobs` is ignored); `mentions` is the
///   total length of the documents' text in UTF-8 bytes, `claims` is 0.
/// - tokenize: documents read first, then the tokenizer alone, one core (a diagnostic).
func benchExtract(_ args: Arguments) async {
    let dir = args.string("dir"), kind = args.string("kind"), mode = args.string("mode")
    let jobs = args.int("jobs", ProcessInfo.processInfo.activeProcessorCount)
    let (paths, bytes) = files(in: dir + "/" + kind, ext: kind == "html" ? "html" : "txt")
    let checker = Crosschecker(options: .init(concurrency: jobs))
    var documents = 0, mentions = 0, claims = 0, problems = 0
    let clock = ContinuousClock()
    var elapsed: Duration = .zero
    var cpu = 0.0
    /// Reads the files one after the other on this thread, counting input errors.
    func forEachLoaded(_ body: (Document) -> Void) {
        let ingestor = Ingestor()
        for p in paths {
            let loaded = ingestor.load(InputSource(path: p))
            problems += loaded.problems.filter { $0.severity == .error }.count
            loaded.documents.forEach(body)
        }
    }

    switch mode {
    case "pipeline":
        cpu = -cpuSeconds()
        elapsed = await clock.measure {
            let found = await checker.forEachExtracted(paths: paths) { e in
                documents += 1
                mentions += e.extraction.mentions.count
                claims += e.extraction.claims.count
            }
            problems = found.filter { $0.severity == .error }.count
        }
        cpu += cpuSeconds()
    case "ingest":
        // Ingestion alone, serially: what `pipeline` spends before extraction starts.
        cpu = -cpuSeconds()
        elapsed = clock.measure {
            forEachLoaded { d in documents += 1; mentions += d.text.utf8.count }
        }
        cpu += cpuSeconds()
    case "serial":
        // Read + extract one document after the other on this thread, no tasks: for profilers
        // (valgrind) that do not follow Swift's concurrency threads.
        let extractor = Extractor()
        cpu = -cpuSeconds()
        elapsed = clock.measure {
            forEachLoaded { d in
                let e = extractor.extract(from: d)
                documents += 1; mentions += e.mentions.count; claims += e.claims.count
            }
        }
        cpu += cpuSeconds()
    case "digest":
        // Everything extraction (and the tokenizer) gives for every document, hashed: two
        // builds that print the same digest behave the same on this corpus. Not timed.
        // `output` covers what users see (documents, mentions, claims) and `digest` the tokens
        // and sentences too, so a change of the tokens' layout shows in the second only.
        let ingestor = Ingestor()
        let extractor = Extractor()
        var digest: UInt64 = 0xcbf29ce484222325, output: UInt64 = 0xcbf29ce484222325
        func mix(_ s: String, into d: inout UInt64) { for b in s.utf8 { d = (d ^ UInt64(b)) &* 0x100000001b3 }; d = (d ^ 0xff) &* 0x100000001b3 }
        func mix(_ s: String) { mix(s, into: &digest) }
        func both(_ s: String) { mix(s, into: &digest); mix(s, into: &output) }
        for p in paths {
            let loaded = ingestor.load(InputSource(path: p))
            problems += loaded.problems.filter { $0.severity == .error }.count
            for d in loaded.documents {
                both(d.id); both(d.text)
                mix("\(d.language.map(\.rawValue) ?? "-") \(d.published?.iso ?? "-") \(d.title ?? "-") \(d.url ?? "-") \(d.source ?? "-")", into: &output)
                let t = TokenizedText(d.text)
                for tok in t.tokens { mix("\(tok)") }
                for r in t.sentences { mix("\(r)") }
                let e = extractor.extract(from: d)
                for m in e.mentions { both("\(m)") }
                for c in e.claims { both("\(c)") }
                documents += 1; mentions += e.mentions.count; claims += e.claims.count
            }
        }
        print("digest \(String(digest, radix: 16)) output \(String(output, radix: 16)) documents \(documents) mentions \(mentions) claims \(claims)")
        return
    case "extract", "tokenize":
        let ingested = Ingestor().ingest(paths: paths)
        problems = ingested.problems.filter { $0.severity == .error }.count
        let docs = ingested.documents
        documents = docs.count
        if mode == "extract" {
            var result: [Crosschecker.Extracted] = []
            cpu = -cpuSeconds()
            elapsed = await clock.measure { result = await checker.extract(docs) }
            cpu += cpuSeconds()
            for e in result { mentions += e.extraction.mentions.count; claims += e.extraction.claims.count }
        } else {
            var tokens = 0
            cpu = -cpuSeconds()
            elapsed = clock.measure { for d in docs { tokens += TokenizedText(d.text).tokens.count } }
            cpu += cpuSeconds()
            mentions = tokens
        }
    default:
        fail("unknown --mode \(mode) (pipeline, extract, ingest, serial, tokenize, digest)")
    }

    // Checked once, outside the timed part.
    guard documents == paths.count, problems == 0 else {
        fail("\(dir)/\(kind): \(documents) documents from \(paths.count) files, \(problems) skipped")
    }
    guard mentions > 0 else { fail("\(dir)/\(kind): nothing extracted") }
    let s = seconds(elapsed)
    emit([("bench", "extract"), ("kind", kind), ("mode", mode), ("jobs", jobs), ("dir", dir),
          ("files", paths.count), ("bytes", bytes), ("documents", documents), ("mentions", mentions),
          ("claims", claims), ("seconds", s), ("cpu_seconds", cpu), ("mbps", Double(bytes) / 1e6 / s),
          ("maxrss_kib", maxResidentKiB())])
}

// MARK: - Streaming (peak memory)

/// Streams the whole corpus folder (text and HTML, interleaved) through read + extract,
/// `jobs` documents in flight, keeping only counts (or, with --keep-claims, the claims, as
/// a batch run that reconciles afterwards would). Reports the peak resident set.
func benchStream(_ args: Arguments) async {
    let dir = args.string("dir")
    let jobs = args.int("jobs", ProcessInfo.processInfo.activeProcessorCount)
    let keep = args.flag("keep-claims")
    let text = files(in: dir + "/text", ext: "txt"), html = files(in: dir + "/html", ext: "html")
    var paths: [String] = []
    for k in 0..<max(text.paths.count, html.paths.count) {
        if k < text.paths.count { paths.append(text.paths[k]) }
        if k < html.paths.count { paths.append(html.paths[k]) }
    }
    let checker = Crosschecker(options: .init(concurrency: jobs))
    let before = maxResidentKiB()
    var documents = 0, mentions = 0, claims = 0
    var kept: [Claim] = []
    let clock = ContinuousClock()
    var problems: [InputProblem] = []
    let elapsed = await clock.measure {
        problems = await checker.forEachExtracted(paths: paths) { e in
            documents += 1
            mentions += e.extraction.mentions.count
            claims += e.extraction.claims.count
            if keep { kept.append(contentsOf: e.extraction.claims) }
        }
    }
    guard documents == paths.count, problems.filter({ $0.severity == .error }).isEmpty else {
        fail("\(dir): \(documents) documents from \(paths.count) files")
    }
    let s = seconds(elapsed)
    emit([("bench", "stream"), ("jobs", jobs), ("dir", dir), ("keep_claims", keep ? 1 : 0), ("files", paths.count),
          ("bytes", text.bytes + html.bytes), ("documents", documents), ("mentions", mentions), ("claims", claims),
          ("kept", kept.count), ("seconds", s), ("mbps", Double(text.bytes + html.bytes) / 1e6 / s),
          ("baseline_kib", before), ("maxrss_kib", maxResidentKiB())])
}

// MARK: - Reconciliation

/// SplitMix64: the same seed gives the same claims on every machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ a: [T]) -> T { a[Int.random(in: 0..<a.count, using: &self)] }
}

/// Claims shaped like extraction's: many series (event type + two parties), few instances
/// each, numbered in date order (one a year); each document speaks of 1-4 events with 1-5
/// claims each. About 30 % of the claims are on events several documents share (a pool of
/// instances each told by about six documents, by ordinal or, unnumbered, linked by date and
/// place); the rest on events one document alone mentions. About 5 % of the events carry a
/// conflicting value (another day or year, ordinal or place); 15 % of the claims are plans.
func syntheticClaims(count: Int, seed: UInt64) -> [Claim] {
    var rng = SeededGenerator(state: seed)
    let types = ["summit", "digital-partnership-council", "trade-and-technology-council", "ministerial-meeting",
                 "high-level-dialogue", "joint-committee", "cyber-dialogue", "leaders-meeting"]
    let parties = ["EU", "JP", "KR", "CA", "IN", "US", "CN", "GB", "SG", "AU", "CH", "NO", "BR", "MX", "ZA", "NZ",
                   "TW", "VN", "ID", "PH", "TH", "MY", "TR", "UA", "NG", "EG", "MA", "CL", "AR", "SA"]
    let places = ["BE-BRU", "JP-TYO", "JP-OSA", "KR-SEL", "CA-OTT", "IN-DEL", "US-WAS", "CN-BJS", "GB-LON", "SG-SIN",
                  "CH-GVA", "FR-PAR", "FR-SXB", "LU-LUX", "JP-HIJ", "CA-YMQ", "US-NYC", "KR-PUS"]
    struct Series { let type: String; let parties: [String]; let firstYear: Int; var next: Int }
    struct Instance { let series: Int; let ordinal: Int; let y: Int; let m: Int; let d: Int; let place: String }

    // Many series: the lexicon's types and, past their combinations, sectoral dialogues.
    let seriesCount = max(20, count / 12)
    var series: [Series] = []
    var seen = Set<String>()
    while series.count < seriesCount {
        let a = rng.chance(0.8) ? "EU" : rng.pick(parties)
        var b = rng.pick(parties)
        while b == a { b = rng.pick(parties) }
        let type = seen.count < 2_000 && rng.chance(0.7) ? rng.pick(types) : "sectoral-dialogue-\(Int.random(in: 1...5_000, using: &rng))"
        let key = type + ":" + [a, b].sorted().joined(separator: "+")
        guard seen.insert(key).inserted else { continue }
        series.append(Series(type: type, parties: [a, b], firstYear: Int.random(in: 1970...2000, using: &rng), next: 1))
    }
    func newInstance(_ k: Int) -> Instance {
        let n = series[k].next
        series[k].next += 1
        return Instance(series: k, ordinal: n, y: series[k].firstYear + n, m: Int.random(in: 1...12, using: &rng),
                        d: Int.random(in: 1...28, using: &rng), place: rng.pick(places))
    }
    // Shared events: a pool sized so that each is told by about six documents.
    var shared: [Instance] = []
    for _ in 0..<max(10, count / 60) { shared.append(newInstance(Int.random(in: 0..<seriesCount, using: &rng))) }

    var claims: [Claim] = []
    claims.reserveCapacity(count + 8)
    var doc = 0
    while claims.count < count {
        doc += 1
        let document = "doc-\(doc)"
        let language: Language = rng.chance(0.5) ? .fr : .en
        for instance in 0..<Int.random(in: 1...4, using: &rng) {
            let sharedEvent = rng.chance(0.3)
            let inst = sharedEvent ? rng.pick(shared) : newInstance(Int.random(in: 0..<seriesCount, using: &rng))
            let s = series[inst.series]
            let numbered = sharedEvent ? rng.chance(0.8) : rng.chance(0.5)
            let conflict = rng.chance(0.05)
            let ordinal = numbered ? (conflict && rng.chance(0.3) ? inst.ordinal + 1 : inst.ordinal) : nil
            let ref = EventRef(type: s.type, parties: s.parties, ordinal: ordinal, instance: instance)
            let offset = Int.random(in: 0..<20_000, using: &rng)
            let sentence = TextSpan(start: offset, end: offset + 140)
            let quote = "The \(ordinal.map(String.init) ?? "") \(s.parties.joined(separator: "-")) \(s.type) took place in \(inst.place) on \(inst.y)-\(inst.m)-\(inst.d), officials said."
            let modality: Modality = rng.chance(0.15) ? .planned : rng.chance(0.05) ? .reported : .asserted
            func add(_ attribute: Attribute, _ value: ClaimValue, at k: Int) {
                claims.append(Claim(subject: .event(ref), attribute: attribute, value: value, modality: modality,
                                    evidence: Evidence(document: document, language: language, sentence: sentence,
                                                       span: TextSpan(start: offset + k * 10, end: offset + k * 10 + 8),
                                                       quote: quote),
                                    rule: "synthetic \(attribute.rawValue)"))
            }
            // Date: day, month or year precision; a conflicting one is another day (or year).
            if rng.chance(0.9) {
                let wrong = conflict && rng.chance(0.5)
                let y = wrong && rng.chance(0.3) ? inst.y + 1 : inst.y
                let d = wrong ? inst.d % 28 + 1 : inst.d
                let p = Double.random(in: 0..<1, using: &rng)
                let point = p < 0.6 ? TimePoint(year: y, month: inst.m, day: d) : p < 0.85 ? TimePoint(year: y, month: inst.m) : TimePoint(year: y)
                add(.date, .time(TimeValue(start: point)), at: 0)
            }
            if rng.chance(0.6) {
                add(.place, .place(conflict && rng.chance(0.3) ? rng.pick(places) : inst.place), at: 1)
            }
            if rng.chance(0.3) { add(.participants, .participants(s.parties), at: 2) }
            if rng.chance(0.1) { add(.count, .quantity(Quantity(value: Double(Int.random(in: 10...3000, using: &rng)))), at: 3) }
            if rng.chance(0.1) {
                let venue = EventRef(type: "summit", parties: s.parties, ordinal: Int.random(in: 1...30, using: &rng), instance: instance + 10)
                add(.heldAt, .event(venue), at: 4)
            }
        }
    }
    return claims
}

func benchReconcile(_ args: Arguments) {
    let count = args.int("claims", 100_000)
    let claims = syntheticClaims(count: count, seed: UInt64(args.int("seed", 2025)))
    var published: [String: CalendarDate] = [:]
    for c in claims where published[c.evidence.document] == nil {
        let n = c.evidence.document.utf8.reduce(0) { $0 &* 31 &+ Int($1) }
        published[c.evidence.document] = CalendarDate(year: 2000 + abs(n) % 26, month: 1 + abs(n / 26) % 12, day: 1 + abs(n / 312) % 28)
    }
    let reconciler = Reconciler(oneOffTypes: [])
    var result: Reconciliation?
    var cpu = -cpuSeconds()
    let elapsed = ContinuousClock().measure { result = reconciler.reconcile(claims, published: published) }
    cpu += cpuSeconds()
    guard let r = result, !r.events.isEmpty else { fail("reconcile: no event") }
    // A digest of everything reconciliation says, to check that an optimisation changed nothing.
    var digest: UInt64 = 0xcbf29ce484222325
    func mix(_ s: String) { for b in s.utf8 { digest = (digest ^ UInt64(b)) &* 0x100000001b3 }; digest = (digest ^ 0xff) &* 0x100000001b3 }
    for e in r.events {
        mix(e.id); mix(e.series); mix(e.date ?? "-"); mix(e.place ?? "-"); mix(e.ordinal.map(String.init) ?? "-")
        e.documents.forEach(mix); e.members.forEach { mix($0.document + "." + String($0.instance)) }
    }
    for f in r.findings {
        mix(f.id); mix(f.verdict.rawValue); mix(f.kind.rawValue); mix(f.event); mix(f.attribute.rawValue); mix(f.explanation)
        for v in f.values { mix(v.value); for s in v.statements { mix(s.document); mix(s.value); mix(String(s.claim.evidence.span.start)) } }
    }
    let shared = r.events.filter { $0.documents.count > 1 }.count
    let onShared = r.events.filter { $0.documents.count > 1 }.reduce(0) { n, e in n + e.members.count }
    emit([("bench", "reconcile"), ("claims", claims.count), ("documents", published.count), ("events", r.events.count),
          ("shared_events", shared), ("local_events_on_shared", onShared), ("findings", r.findings.count), ("conflicts", r.conflicts.count),
          ("digest", String(digest, radix: 16)), ("seconds", seconds(elapsed)), ("cpu_seconds", cpu), ("maxrss_kib", maxResidentKiB())])
}

// MARK: - Main

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
switch arguments.command {
case "extract": await benchExtract(arguments)
case "stream": await benchStream(arguments)
case "reconcile": benchReconcile(arguments)
default:
    print("""
    usage: crosscheck-bench extract   --dir CORPUS/10MB --kind text|html --mode pipeline|extract|ingest|tokenize [--jobs N]
           crosscheck-bench stream    --dir CORPUS/100MB [--jobs N] [--keep-claims]
           crosscheck-bench reconcile --claims N [--seed S]
    Run Benchmarks/run.sh for the whole benchmark.
    """)
}
