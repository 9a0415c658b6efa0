import Extract
import Foundation

/// Reads JSON Lines: one article per line, an object with `text` or `html` and optionally
/// `id`, `url`, `published` (or `date`), `lang` (or `language`), `title`, `source`.
///
/// The file streams line by line (``LineReader``), so its size is not limited; each line is
/// limited to the document size limit. A bad line (broken JSON, not an object, no text, too
/// long) is one problem naming "file.jsonl:N" and the other lines are read. Blank lines are
/// allowed. A line without `id` gets "<file stem>#<line number>".
enum JSONLinesLoader {
    /// Calls `document` for each line that holds an article, `problem` for everything wrong.
    static func read(path: String, maxLineBytes: Int, defaultStem: String,
                     draft body: (ArticleDraft, _ line: Int, _ defaultID: String) -> Void,
                     problem: (InputProblem) -> Void) {
        let reader: LineReader
        switch LineReader.opening(path: path, maxLineBytes: maxLineBytes) {
        case .failure(let failure):
            problem(InputProblem(input: path, message: failure.message))
            return
        case .success(let opened):
            reader = opened
        }
        var lines = reader
        defer { lines.closeFile() }
        var sawContent = false
        while let line = lines.next() {
            switch line {
            case .tooLong(let number):
                sawContent = true
                problem(InputProblem(input: path, line: number,
                                     message: "line too long (over \(InputBytes.describe(bytes: maxLineBytes)), the limit per document)"))
            case .text(let number, let bytes):
                guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
                sawContent = true
                let (draft, problems) = parse(line: bytes, path: path, number: number)
                problems.forEach(problem)
                if let draft { body(draft, number, "\(defaultStem)#\(number)") }
            }
        }
        if let failure = lines.failure {
            problem(InputProblem(input: path, message: "read error: \(failure.message)"))
        } else if !sawContent {
            problem(InputProblem(input: path, message: "empty file"))
        }
    }

    /// One line: its draft (nil when the line is skipped) and its problems.
    static func parse(line bytes: [UInt8], path: String, number: Int) -> (ArticleDraft?, [InputProblem]) {
        var problems: [InputProblem] = []
        func fail(_ message: String) -> (ArticleDraft?, [InputProblem]) {
            problems.append(InputProblem(input: path, line: number, message: message))
            return (nil, problems)
        }
        let data: Data
        switch TextDecoder.decode(bytes) {
        case .refused(let why):
            return fail(why)
        case .utf8(let range, _):
            data = Data(bytes[range])
        case .text(let text, let warning, _):
            if let warning { problems.append(InputProblem(input: path, line: number, message: warning, severity: .warning)) }
            data = Data(text.utf8)
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let detail = ((error as NSError).userInfo["NSDebugDescription"] as? String).map { ": \($0)" } ?? ""
            return fail("invalid JSON\(detail)")
        }
        guard let object = json as? [String: Any] else { return fail("not a JSON object") }

        func string(_ keys: String...) -> String? {
            for key in keys {
                if let s = object[key] as? String { return s }
                if let n = object[key] as? NSNumber, !(object[key] is Bool) { return n.stringValue }
            }
            return nil
        }

        var draft: ArticleDraft
        if let text = string("text"), !text.isEmpty {
            draft = ArticleDraft(text: Substring(PlainTextLoader.normalizeNewlines(text)))
        } else if let html = string("html"), !html.isEmpty {
            guard let page = HTMLLoader.load(html) else { return fail("HTML could not be parsed") }
            let m = page.metadata
            let resolved = m.resolved()
            draft = ArticleDraft(text: Substring(page.text), declaredLanguage: m.declaredLanguage, published: resolved.published,
                                 title: resolved.title, url: m.url, source: resolved.source)
        } else {
            return fail("no \"text\" or \"html\" field")
        }
        draft.id = string("id") ?? draft.id
        draft.url = string("url") ?? draft.url
        draft.title = string("title") ?? draft.title
        draft.source = string("source") ?? draft.source
        draft.declaredLanguage = string("lang", "language") ?? draft.declaredLanguage
        if let raw = string("published", "date") {
            if let date = CalendarDate(iso: raw.trimmingCharacters(in: .whitespaces)) {
                draft.published = date
            } else {
                problems.append(InputProblem(input: path, line: number, message: "published \"\(raw)\" is not a date (YYYY-MM-DD); ignored",
                                             severity: .warning))
            }
        }
        return (draft, problems)
    }
}
