import Testing
import Foundation
import Extract
@testable import Pipeline

/// HTML: the article's blocks in reading order, furniture dropped, metadata from the head.
@Suite struct IngestHTMLTests {
    let prose = "Les dirigeants se sont réunis à Bruxelles pour discuter de la coopération et des échanges commerciaux."

    func load(_ html: String, options: Ingestor.Options = .init()) -> Document? {
        Ingestor(options: options).load(text: html, name: "page.html").documents.first
    }

    @Test func blocksBecomeLinesAndInlineElementsJoinAsABrowserShowsThem() {
        let html = """
            <html lang="fr"><body><article>
              <h2>Un   titre
                sur deux lignes</h2>
              <p>Le <b>sommet</b> s'est <a href="#">tenu</a>à<i>Paris</i>, le 3&nbsp;mai.<br>Deuxième ligne.</p>
              <ul><li>Premier point</li><li>Second <em>point</em></li></ul>
              <blockquote>« Une citation »</blockquote>
              <table><tr><td>Cellule 1</td><td>Cellule 2</td></tr></table>
              <p>\(prose)</p>
            </article></body></html>
            """
        #expect(load(html)?.text == """
            Un titre sur deux lignes
            Le sommet s'est tenuà\("Paris"), le 3\u{A0}mai.
            Deuxième ligne.
            Premier point
            Second point
            « Une citation »
            Cellule 1
            Cellule 2
            \(prose)
            """)
    }

    @Test func theArticleIsPreferredAndFurnitureInsideItIsDropped() {
        let html = """
            <html><body>
            <header><nav>Accueil Europe Monde</nav></header>
            <aside><article class="teaser"><p>Un autre article sur le 21e sommet UE-Canada à Montréal.</p></article></aside>
            <div class="content has-sidebar">
              <article>
                <header><h1>Le vrai titre</h1></header>
                <div class="social-share">Partager Facebook</div>
                <p>\(prose)</p>
                <div class="ad-slot">Publicité</div>
                <div class="c-newsletter">Inscrivez-vous</div>
                <div class="related-links"><p>Le 22e sommet UE-Canada aura lieu à Ottawa.</p></div>
                <div class="commentary-author"><p>Analyse de la rédaction, publiée en soirée.</p></div>
                <section id="comments"><p>Un lecteur : je ne suis pas d'accord.</p></section>
                <div hidden>Texte caché</div><div aria-hidden="true">Icône</div><div role="dialog">Consentement</div>
                <template><p>Modèle</p></template><script>var x = "script";</script><style>p{}</style>
              </article>
            </div>
            <footer>© 2025</footer>
            </body></html>
            """
        #expect(load(html)?.text == "Le vrai titre\n\(prose)\nAnalyse de la rédaction, publiée en soirée.")
    }

    @Test func ofSeveralArticlesTheOneWithTheMostTextIsRead() {
        let html = """
            <html><body><main>
            <article><h3>Un court teaser</h3></article>
            <div><article><h1>Le titre</h1><p>\(prose)</p></article></div>
            <article><p>Un autre teaser, un peu plus long.</p></article>
            </main></body></html>
            """
        #expect(load(html)?.text == "Le titre\n\(prose)")
    }

    @Test func anEmptyArticleShellFallsBackToThePage() {
        let html = "<html><body><article><img src=\"x.jpg\"></article><div class=\"text\"><p>\(prose)</p></div></body></html>"
        #expect(load(html)?.text == prose)
        let misread = "<html><body><article><div class=\"share-the-story\"><p>\(prose)</p></div></article></body></html>"
        #expect(load(misread)?.text == prose)
    }

    @Test func articleBodyMarkupAndMainAreArticleRootsToo() {
        let body = """
            <html><body><div class="top">Menu du site</div>
            <div itemprop="articleBody"><p>\(prose)</p></div>
            <div class="other">Autre bloc hors de l'article</div></body></html>
            """
        #expect(load(body)?.text == prose)
        let main = "<html><body><div>Bandeau</div><main><p>\(prose)</p></main><div>Pied</div></body></html>"
        #expect(load(main)?.text == prose)
        let neither = "<html><body><header>Le site</header><div><p>\(prose)</p></div><footer>Pied</footer></body></html>"
        #expect(load(neither)?.text == prose)
    }

    @Test func publishedComesFromArticlePublishedTimeThenJSONLDThenTheArticlesFirstTime() {
        let time = "<time datetime=\"2025-03-03T10:00:00Z\">3 mars</time>"
        let jsonLD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["NewsArticle"],"datePublished":"2025-02-02T08:00:00+01:00"}]}</script>
            """
        let meta = "<meta property=\"article:published_time\" content=\"2025-01-01T23:30:00-05:00\">"
        func page(_ head: String) -> String {
            "<html><head>\(head)</head><body><aside><time datetime=\"2024-12-24\">hier</time></aside><article><p>\(time) \(prose)</p></article></body></html>"
        }
        #expect(load(page(meta + jsonLD))?.published?.iso == "2025-01-01")
        #expect(load(page(jsonLD))?.published?.iso == "2025-02-02")
        #expect(load(page(""))?.published?.iso == "2025-03-03")
        #expect(load(page("<meta property=\"article:published_time\" content=\"hier\">"))?.published?.iso == "2025-03-03")
        let fallback = Ingestor.Options(published: CalendarDate(iso: "2025-09-09"))
        #expect(load("<html><body><p>\(prose)</p></body></html>", options: fallback)?.published?.iso == "2025-09-09")
    }

    @Test func titleSourceAndURLComeFromTheHead() {
        let html = """
            <html><head>
            <title>Sommet UE-Japon : un accord sur les puces | Le Journal</title>
            <meta property="og:site_name" content="Le Journal">
            <meta property="og:url" content="https://journal.example/og">
            <link rel="canonical" href="https://journal.example/canonical">
            </head><body><p>\(prose)</p></body></html>
            """
        let document = load(html)
        #expect(document?.title == "Sommet UE-Japon : un accord sur les puces")
        #expect(document?.source == "Le Journal")
        #expect(document?.url == "https://journal.example/canonical")

        let og = """
            <html><head><title>Autre titre – Site</title><meta property="og:title" content="Le titre   Open Graph">
            <meta property="og:url" content="https://journal.example/og">
            <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Éditions du Nord"}}</script>
            </head><body><p>\(prose)</p></body></html>
            """
        let second = load(og)
        #expect(second?.title == "Le titre Open Graph")
        #expect(second?.url == "https://journal.example/og")
        #expect(second?.source == "Éditions du Nord")
    }

    @Test func titleTailsAreRemovedOnlyWhenTheyLookLikeASiteName() {
        func title(_ t: String, site: String? = nil) -> String? {
            let meta = site.map { "<meta property=\"og:site_name\" content=\"\($0)\">" } ?? ""
            return load("<html><head><title>\(t)</title>\(meta)</head><body><p>\(prose)</p></body></html>")?.title
        }
        #expect(title("Le sommet de Bruxelles - Le Quotidien", site: "Le Quotidien") == "Le sommet de Bruxelles")
        #expect(title("Le sommet de Bruxelles - Les enjeux du vote") == "Le sommet de Bruxelles - Les enjeux du vote")
        #expect(title("Le sommet de Bruxelles | Europe | Le Quotidien") == "Le sommet de Bruxelles")
        #expect(title("Brexit | Le Royaume-Uni quitte le marché unique et l'union douanière") == "Brexit | Le Royaume-Uni quitte le marché unique et l'union douanière")
    }

    @Test func theDeclaredLanguageIsTheHTMLLangAttributeInAnySpelling() {
        let english = "The leaders met in Brussels to discuss cooperation and trade, and they agreed on a joint statement."
        for (lang, expected) in [("fr-FR", Language.fr), ("FR", .fr), ("en-GB", .en), ("en_US", .en)] {
            let text = expected == .fr ? prose : english
            let document = load("<html lang=\"\(lang)\"><body><p>\(text)</p></body></html>")
            #expect(document?.language == expected, "\(lang)")
        }
        let german = Ingestor().load(text: "<html lang=\"de\"><body><p>Die Staats- und Regierungschefs trafen sich in Brüssel.</p></body></html>", name: "de.html")
        #expect(german.documents.first?.language == nil)
        #expect(german.problems.map(\.message) == ["declared language 'de' is neither French nor English"])
    }

    @Test func aMetaCharsetDoesNotOverrideOurDecoding() {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Été à Noël — « très » bien : \(prose)</p></body></html>"
        #expect(load(html)?.text == "Été à Noël — « très » bien : \(prose)")
    }

    @Test func htmlIsSniffedWhenTheNameSaysNothing() {
        let result = Ingestor().load(text: "\n  <!DOCTYPE html><html><body><nav>Menu</nav><p>\(prose)</p></body></html>", name: "-")
        #expect(result.documents.first?.text == prose)
        #expect(result.documents.first?.id == "stdin")
        #expect(result.documents.first?.path == "-")
        let text = Ingestor().load(text: "<3 pour ce texte\n\(prose)", name: "-")
        #expect(text.documents.first?.text == "<3 pour ce texte\n\(prose)")
    }

    /// A guard against quadratic work in a debug build (release reads several MB/s).
    @Test func megabytesOfHTMLLoadInSeconds() {
        let block = "<div class=\"story\"><h2>Titre de section</h2><p>Le <b>conseil</b> s'est réuni à <a href=\"#\">Bruxelles</a> le 30 avril 2024 et les ministres ont adopté une déclaration.</p><ul><li>Un point</li><li>Un autre point</li></ul></div>\n"
        let html = "<html lang=\"fr\"><body><article>" + String(repeating: block, count: 2 << 20 / block.utf8.count) + "</article></body></html>"
        let start = Date()
        let document = load(html)
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 30, "\(seconds) s for \(html.utf8.count) bytes")
        #expect(document?.text.hasPrefix("Titre de section\nLe conseil s'est réuni à Bruxelles le 30 avril 2024") == true)
    }

    @Test func aDroppedBlockStillEndsTheLineAndADroppedInlineDoesNot() {
        let html = "<html><body><p>Avant<nav>Menu</nav>après, <span class=\"share\">Partager</span> puis la fin.</p><p>\(prose)</p></body></html>"
        #expect(load(html)?.text == "Avant\naprès, puis la fin.\n\(prose)")
    }

    @Test func aTitleInsideAnSVGIsNotThePages() {
        let html = "<html><head><title>Vrai titre</title></head><body><svg><title>Icône</title></svg><p>\(prose)</p></body></html>"
        #expect(load(html)?.title == "Vrai titre")
        let inBody = "<html><head></head><body><svg><title>Icône</title></svg><p>\(prose)</p><title>Titre du corps</title></body></html>"
        #expect(load(inBody)?.title == "Titre du corps")
    }

    /// After `</html>`, libxml2's tree put a new element inside the root when the page starts
    /// with it, and beside the root (out of the page) after a doctype: both are read that way.
    @Test func whatFollowsTheClosingHTMLTagIsReadAsLibxml2PlacesIt() {
        let tail = "<meta property=\"og:title\" content=\"Titre tardif\"><p>Après la page.</p>"
        let page = "<html><body><p>\(prose)</p></body></html>" + tail
        #expect(load(page)?.title == "Titre tardif")
        #expect(load(page)?.text == prose)
        #expect(load("<!DOCTYPE html>" + page)?.title == nil)
        #expect(load("<!-- généré -->" + page)?.title == nil)
    }

    /// Pages whose text runs libxml2 may read outside its text state, or must not be stood in
    /// for: loading them with stand-ins gives what loading them as they are gives.
    @Test func textStandInsChangeNothing() {
        let long = "un texte assez long pour être remplacé pendant l'analyse"
        let forbidden = String(Character(Unicode.Scalar(0xFFFE)!))      // XML forbids it: libxml2 drops it
        let standIn = String(Character(Unicode.Scalar(0xFDD0)!))        // a noncharacter: no literal for it
        var pages = [
            "<html><body><article><p>\(prose)</p><p>Fin <a href=\"/x\" title='a>b \(long)' class=\"lien\">un lien</a> \(long).</p></article></body></html>",
            "<html><body><p>\(long) \(standIn) \(long)</p></body></html>",                      // the stand-in itself
            "<html><body><p>\(long)\u{1}\(long)</p><p>\(long)\(forbidden)\(long)</p><p>\(long)\u{0}\(long)</p></body></html>",
            "<html><head><title>Titre</title></head>\(long)<body><p>\(prose)</p></body></html>",  // text that implies <p>
            "<html><head>" + String(repeating: " ", count: 1_200) + "\(long)</head><body><p>\(prose)</p></body></html>",
            "<html><body><script>var a = 1;</scriptx> \(long)</script><p>\(prose)</p></body></html>",
            "<html><head><script type=\"application/ld+json\">{\"headline\":\"H\"}</scripts> \(long)</script></head><body><p>\(prose)</p></body></html>",
            "<html><body><!-- \(long) > \(long) --><p>&amp;\(long)&nbsp;\(long)&bogus \(long)&#160;\(long)</p></body></html>",
            "<html><body><p>\(prose)</p></body></html> \(long) <p>\(long)</p>",
            "<html><body><p class='ouvert \(long) > \(long)</p><p>\(prose)</p></body></html>",
        ]
        // And messy pages made from the same pieces, the same on every run.
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return Int(seed % UInt64(n)) }
        let pieces = ["<p>", "</p>", "<div class=\"share\">", "</div>", "<article>", "</article>", "<script>", "</script>", "<!--", "-->",
                      "<a title='x>y'>", "&amp;", "&x", " ", "\n", "<", ">", "</html>", "<title>", "</title>", long, prose]
        for _ in 0..<200 { pages.append((0..<(5 + next(40))).map { _ in pieces[next(pieces.count)] }.joined()) }
        for page in pages {
            let stood = HTMLLoader.load(page), plain = HTMLLoader.load(page, standIns: false)
            #expect(stood?.text == plain?.text, "\(page)")
            #expect(stood?.metadata == plain?.metadata, "\(page)")
        }
    }

    /// The page's own text needs no NFC check when the page needs none, but what libxml2 makes
    /// of a character reference may: a combining accent written `&#769;` composes.
    @Test func textFromCharacterReferencesIsStillNormalized() {
        let page = "<html><body><p>\(prose) Le caf&#101;&#769; et la cafe&#x301; du matin, servis à Bruxelles.</p></body></html>"
        #expect(load(page)?.text == "\(prose) Le caf\u{E9} et la caf\u{E9} du matin, servis à Bruxelles.")
        #expect(load(page)?.text.unicodeScalars.contains("\u{301}") == false)
    }

    @Test func standInsAreNotUsedOnAPageThatHoldsTheStandInCharacter() {
        let standIn = String(Character(Unicode.Scalar(0xFDD0)!))
        var page = "<html><body><p>Un texte assez long pour être remplacé \(standIn) pendant l'analyse.</p></body></html>"
        #expect(page.withUTF8 { HTMLLoader.TextStandIns($0) } == nil)
        var plain = "<html><body><p>Un texte assez long pour être remplacé pendant l'analyse.</p></body></html>"
        #expect(plain.withUTF8 { HTMLLoader.TextStandIns($0)?.runs.count } == 1)
    }

    /// A stand-in that libxml2 reads outside its text state never comes back as text: here
    /// `</scripts>` ends the script body for the scan, not for libxml2. The reading is void and
    /// the page is parsed again as it is.
    @Test func aStandInReadOutsideTextVoidsTheReading() throws {
        var page = "<html><body><script>var a = 1;</scripts> un texte assez long pour être remplacé</script><p>Début</p></body></html>"
        let parser = try #require(HTMLLoader.Parser())
        let reading: (stoodIn: Bool, putAllBack: Bool) = page.withUTF8 { bytes in
            guard let standIns = HTMLLoader.TextStandIns(bytes) else { return (false, true) }
            var reader = HTMLLoader.PageReader(putBack: standIns.runs, from: bytes)
            _ = standIns.input.withUnsafeBufferPointer { HTMLLoader.parse($0, with: parser, into: &reader) }
            return (true, reader.putAllBack)
        }
        #expect(reading.stoodIn)
        #expect(!reading.putAllBack)
        #expect(load(page)?.text == "Début")
    }

    @Test func collapsedTextIsRecognisedEightBytesAtATime() {
        func naive(_ s: [UInt8]) -> Bool {
            !s.indices.contains { s[$0] < 0x20 || (s[$0] == 0x20 && $0 + 1 < s.count && s[$0 + 1] == 0x20) }
        }
        var cases: [[UInt8]] = ["a", "un mot", "sept ch", "huit car", "neuf  car", "1234567  9", "1234567 ", "12345678 9 1234567  0",
                                "é à ï", "tab\tici", "\u{A0}\u{A0}", "fin de ligne\n"].map { Array($0.utf8) }
        for length in 1...24 {
            for spaceAt in 0..<(length - 1) {
                var s = [UInt8](repeating: 0x61, count: length)
                s[spaceAt] = 0x20; s[spaceAt + 1] = 0x20
                cases.append(s)
            }
        }
        for s in cases {
            #expect(s.withUnsafeBufferPointer { HTMLLoader.BlockText.isCollapsed($0.baseAddress!, count: $0.count) } == naive(s),
                    "\(s)")
        }
    }
}
