import Testing
import Foundation
import Extract
import Pipeline

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
}
