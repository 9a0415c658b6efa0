#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension HTMLLoader {
    /// Text runs between tags, each stood in for by one character while libxml2 parses the page.
    ///
    /// libxml2 reads text character by character (decoding, checking and copying each), and
    /// text is most of a news page's bytes; the loader only needs it back as it was. So before
    /// parsing, each long run of plain text is replaced by ``standIn`` (U+FDD0, a noncharacter
    /// no page has a use for), and the reader puts the run back where the stand-in comes out of
    /// libxml2 (``PageReader``).
    ///
    /// Why the parse is the same: the page and its stand-in version are alike up to a run, so
    /// libxml2 is in the same state where the run starts. If that state is text, it reads the run
    /// and the stand-in alike: there every character counts the same up to the next `<`, `&` or
    /// NUL, but for characters XML forbids (dropped) and blanks (a text whose first part is all
    /// blank implies no `<p>`). So a run holds no `<`, `&`, NUL or forbidden character and keeps
    /// its leading blanks as they are; its events differ only by their text. Whether the state
    /// is text, this scan only guesses (tags, comments and `<script>`/`<style>` bodies are not;
    /// a run starts after a `>` or a complete `&…;` reference); libxml2 decides. A stand-in it
    /// reads in another state does not come back as text, so the reader counts them: unless
    /// every stand-in comes back as text, in order, the page is parsed again as it is.
    struct TextStandIns {
        /// U+FDD0 in UTF-8.
        static let standIn: (UInt8, UInt8, UInt8) = (0xEF, 0xB7, 0x90)
        /// Shorter runs are left in place: a stand-in saves little on them.
        static let minimumRun = 16

        /// The page with its runs replaced.
        private(set) var input: [UInt8] = []
        /// The runs replaced, as byte ranges of the original page, in order.
        private(set) var runs: [Range<Int>] = []

        /// Nil when no run is worth replacing, or when the page holds the stand-in itself.
        init?(_ html: UnsafeBufferPointer<UInt8>) {
            guard let p = html.baseAddress, html.count <= Int(Int32.max), Self.firstStandIn(in: html, from: 0) == nil else { return nil }
            let count = html.count
            var scan = Scan(p, count: count)
            var copied = 0
            while let run = scan.nextRun() {
                guard run.count >= Self.minimumRun else { continue }
                if input.isEmpty { input.reserveCapacity(count / 2) }
                input.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: run.lowerBound - copied))
                input.append(Self.standIn.0); input.append(Self.standIn.1); input.append(Self.standIn.2)
                runs.append(run)
                copied = run.upperBound
            }
            if runs.isEmpty { return nil }
            input.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: count - copied))
        }

        /// Where the stand-in first occurs in `bytes` at or after `start`.
        static func firstStandIn(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            guard let base = bytes.baseAddress else { return nil }
            var k = start
            while k + 2 < bytes.count {
                guard let hit = memchr(base + k, Int32(standIn.0), bytes.count - 2 - k) else { return nil }
                k = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if base[k + 1] == standIn.1 && base[k + 2] == standIn.2 { return k }
                k += 1
            }
            return nil
        }

        /// Finds the runs: a byte scan that skips markup as libxml2 reads it, closely enough
        /// (a wrong guess costs a second parse, never a different result).
        private struct Scan {
            let p: UnsafePointer<UInt8>
            let count: Int
            var i = 0
            /// Where the current run started (after a `>` or a `;`), nil outside text.
            var runStart: Int?
            /// The current run holds no NUL nor character XML forbids (libxml2 drops those).
            var clean = true

            init(_ p: UnsafePointer<UInt8>, count: Int) { self.p = p; self.count = count }

            /// The next run, from its first non-blank byte to its end.
            mutating func nextRun() -> Range<Int>? {
                while true {
                    i = nextNotable(from: i)
                    guard i < count else { return close(at: count) }
                    switch p[i] {
                    case 0x3C:                                      // <
                        let run = close(at: i)
                        skipMarkup()
                        if let run { return run }
                    case 0x26:                                      // &
                        let run = close(at: i)
                        skipReference()
                        if let run { return run }
                    case 0x3E:                                      // > (after a stray one, text is text)
                        i += 1
                        if runStart == nil { startRun() }
                    case 0xEF:                                      // U+FFFE and U+FFFF are forbidden
                        if i + 2 < count && p[i + 1] == 0xBF && p[i + 2] >= 0xBE { clean = false }
                        i += 1
                    case 0x09, 0x0A, 0x0D:
                        i += 1
                    default:                                        // NUL, other controls
                        clean = false
                        i += 1
                    }
                }
            }

            private mutating func startRun() {
                runStart = i < count ? i : nil
                clean = true
            }

            /// The run from `runStart` to `end`, if it has plain text past its leading blanks.
            private mutating func close(at end: Int) -> Range<Int>? {
                guard let start = runStart else { return nil }
                runStart = nil
                guard clean else { return nil }
                var first = start
                while first < end && (p[first] == 0x20 || p[first] == 0x09 || p[first] == 0x0A || p[first] == 0x0D) { first += 1 }
                return first < end ? first..<end : nil
            }

            /// The first byte at or after `start` that is `<`, `&`, `>`, below 0x20 or 0xEF (a
            /// lead byte of U+FFFE), eight bytes at a time: text is most of the page.
            private func nextNotable(from start: Int) -> Int {
                var k = start
                while k + 8 <= count {
                    let v = SWAR.load(p + k)
                    let hits = SWAR.below(v, 0x20) | SWAR.equal(v, 0x3C) | SWAR.equal(v, 0x26) | SWAR.equal(v, 0x3E)
                        | SWAR.equal(v, 0xEF)
                    if hits != 0 { return k + hits.trailingZeroBitCount >> 3 }
                    k += 8
                }
                while k < count {
                    let b = p[k]
                    if b < 0x20 || b == 0x3C || b == 0x26 || b == 0x3E || b == 0xEF { return k }
                    k += 1
                }
                return count
            }

            /// From a `<` past the markup it opens; a run may start after it.
            private mutating func skipMarkup() {
                i += 1
                guard i < count else { return }
                let b = p[i]
                if b == 0x21 && i + 2 < count && p[i + 1] == 0x2D && p[i + 2] == 0x2D {     // <!--
                    i += 3
                    while i < count && !(p[i] == 0x3E && p[i - 1] == 0x2D && p[i - 2] == 0x2D)
                        && !(p[i] == 0x3E && p[i - 1] == 0x21 && p[i - 2] == 0x2D && p[i - 3] == 0x2D) { i += 1 }
                    i += 1
                } else if b == 0x21 || b == 0x3F || b == 0x2F {                            // <! <? </
                    skip(past: 0x3E)
                } else if isLetter(b) || b == 0x5F || b == 0x3A {
                    skipStartTag()
                    return
                } else {
                    // "<" before a blank, a digit…: libxml2 may read it as text or skip to ">";
                    // no run starts before the next ">".
                    return
                }
                startRun()
            }

            /// A start tag: its attributes (a quoted value may hold `>`), then for `<script>`
            /// and `<style>` the body up to their end tag, which libxml2 reads as raw text.
            private mutating func skipStartTag() {
                var k = i
                while k < count && (isLetter(p[k]) || isDigit(p[k])) { k += 1 }
                let name = (i, k - i)
                i = k
                // Up to the ">"; only a quote right after "=" (blanks between) opens a value.
                while true {
                    i = nextEqualsOrEnd(from: i)
                    guard i < count else { return }
                    if p[i] == 0x3E { break }
                    i += 1
                    while i < count && (p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D) { i += 1 }
                    if i < count && (p[i] == 0x22 || p[i] == 0x27) {
                        guard let close = memchr(p + i + 1, Int32(p[i]), count - i - 1) else { i = count; return }
                        i = UnsafeRawPointer(close) - UnsafeRawPointer(p) + 1
                    }
                }
                i += 1
                if let raw = rawTextEnd(name) {
                    // Past the body, to the "</" that ends it; the end tag is markup again.
                    while let hit = memchr(p + i, 0x3C, count - i) {
                        i = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
                        if i + 1 < count && p[i + 1] == 0x2F && matches(raw, at: i + 2) { return }
                        i += 1
                    }
                    i = count
                    return
                }
                startRun()
            }

            /// "script" or "style" when the tag is one of them (its body is raw text to libxml2).
            private func rawTextEnd(_ name: (start: Int, count: Int)) -> StaticString? {
                for raw: StaticString in ["script", "style"] where raw.utf8CodeUnitCount == name.count && matches(raw, at: name.start) {
                    return raw
                }
                return nil
            }

            /// `word` (lower case) at `k`, ignoring ASCII case.
            private func matches(_ word: StaticString, at k: Int) -> Bool {
                let n = word.utf8CodeUnitCount
                guard k + n <= count else { return false }
                for j in 0..<n where p[k + j] | 0x20 != word.utf8Start[j] { return false }
                return true
            }

            /// From a `&` past a complete character or entity reference (`&amp;`, `&#160;`,
            /// `&#xA0;`); a run may start after its `;`. Anything else leaves no run open.
            private mutating func skipReference() {
                i += 1
                var k = i
                if k < count && p[k] == 0x23 {                                   // #
                    k += 1
                    let hex = k < count && (p[k] | 0x20) == 0x78
                    if hex { k += 1 }
                    let digits = k
                    while k < count && (isDigit(p[k]) || (hex && isHexLetter(p[k]))) { k += 1 }
                    guard k > digits else { return }
                } else {
                    guard k < count && isLetter(p[k]) else { return }
                    while k < count && (isLetter(p[k]) || isDigit(p[k])) { k += 1 }
                }
                guard k < count && p[k] == 0x3B else { i = k; return }
                i = k + 1
                startRun()
            }

            /// The first `=` or `>` at or after `start`, eight bytes at a time.
            private func nextEqualsOrEnd(from start: Int) -> Int {
                var k = start
                while k + 8 <= count {
                    let v = SWAR.load(p + k)
                    let hits = SWAR.equal(v, 0x3D) | SWAR.equal(v, 0x3E)
                    if hits != 0 { return k + hits.trailingZeroBitCount >> 3 }
                    k += 8
                }
                while k < count && p[k] != 0x3D && p[k] != 0x3E { k += 1 }
                return k
            }

            private mutating func skip(past byte: UInt8) {
                while i < count && p[i] != byte { i += 1 }
                i += 1
            }

            private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
            private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            private func isHexLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 }
        }
    }
}
