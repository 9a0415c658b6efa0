/// Tells HTML from plain text by the first bytes, for stdin and files without an article extension.
enum FormatSniffer {
    static let window = 4096

    /// HTML when the first non-blank character is "<" and the first 4 KiB hold an HTML marker
    /// (a doctype, `<html`, `<head`, `<body`, `<p>`, `<div`, `<article`, `<meta`, `<title`).
    static func looksLikeHTML<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let head = Array(bytes.prefix(window))
        var start = 0
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { start = 3 }
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(head[start]) { start += 1 }
        guard start < head.count, head[start] == UInt8(ascii: "<") else { return false }
        let lowered = String(decoding: head[start...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        return ["<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title", "<main", "<section"]
            .contains { lowered.contains($0) }
    }

    static func format<C: Collection>(of bytes: C) -> InputSource.Format where C.Element == UInt8 {
        looksLikeHTML(bytes) ? .html : .text
    }
}
