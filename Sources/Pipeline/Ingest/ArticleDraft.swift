import Extract

/// An article as a loader found it, before the finishing steps every document goes through.
struct ArticleDraft {
    /// The article text; a slice of what was read when the loader only cut a part off (front
    /// matter), so no copy is made before furniture removal makes the document's own text.
    var text: Substring
    var id: String?
    var declaredLanguage: String?
    var published: CalendarDate?
    /// A dateline's day whose year the article does not give (see ``Dateline``).
    var datelineDay: DayOfYear?
    var title: String?
    var url: String?
    var source: String?
    /// The loader knows NFC leaves `text` as it is (the decoder checked it while reading):
    /// the assembler does not check again.
    var textIsTriviallyNFC = false
}

extension ArticleDraft {
    init(text: Substring, declaredLanguage: String? = nil, published: CalendarDate? = nil,
         title: String? = nil, url: String? = nil, source: String? = nil) {
        self.init(text: text, id: nil, declaredLanguage: declaredLanguage, published: published, datelineDay: nil,
                  title: title, url: url, source: source)
    }
}
