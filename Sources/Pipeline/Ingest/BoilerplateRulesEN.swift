/// Page furniture as English news sites write it. See ``BoilerplateRule`` for the actions.
enum BoilerplateRulesEN {
    static let all: [BoilerplateRule] = [
        // Comment sections: the form, and everything after it.
        .prefix(["Leave a comment", "Leave a reply", "Add a comment", "Post a comment", "Write a comment",
                 "Join the conversation", "Join the discussion", "Have your say"], maxWords: 10, .cutFromHere,
                name: "comment form (en)"),
        .line(["Comments", "Reader comments", "Responses"], .cutFromHere, name: "comments heading (en)"),
        .contains(["Your email address will not be published", "Your e-mail address will not be published",
                   "Required fields are marked"], maxWords: 40, name: "comment form notice (en)"),
        .prefix(["Save my name"], maxWords: 40, name: "comment form option (en)"),

        // Share bars.
        .prefix(["Share this article", "Share this story", "Share this post", "Share this page", "Share this"],
                maxWords: 8, .cutFromHere, name: "share this article (en)"),
        .line(["Share", "Tweet", "Print", "Email", "E-mail", "Copy link", "Link copied"], name: "share button (en)"),
        .prefix(["Share on", "Share via", "Share to"], maxWords: 6, name: "share on (en)"),

        // Teasers of other articles.
        .line(["Related articles", "Related stories", "Related posts", "Related news", "Related coverage", "Related",
               "More on this story", "You may also like", "You might also like", "Recommended for you", "Recommended",
               "Most read", "Most popular", "Latest news", "Latest stories", "Read next", "Up next", "More stories",
               "More from this section"], .cutFromHere, name: "related articles (en)"),
        .prefix(["Read more", "Read also", "Also read", "See also", "Read the full story", "Continue reading"],
                maxWords: 30, name: "read more (en)"),
        .line(["More information", "Learn more", "Find out more"], name: "more information link (en)"),
        BoilerplateRule(name: "time-ago teaser (en)", action: .teaser, maxWords: 12, when: mayBeTimeAgo, matches: isTimeAgo),

        // Newsletter prompts.
        .contains(["our newsletter", "our newsletters", "our daily briefing"], maxWords: 35, name: "newsletter (en)"),
        .prefix(["Sign up", "Subscribe"], maxWords: 15, name: "subscribe prompt (en)"),
        .line(["Newsletter"], name: "newsletter button (en)"),

        // Cookie banners.
        .contains(["we use cookies", "this site uses cookies", "this website uses cookies", "uses cookies to",
                   "accept cookies", "cookie settings", "manage cookies"], maxWords: 60, name: "cookie banner (en)"),
        .line(["Accept", "Accept all", "Reject all", "Reject", "Accept cookies", "Manage preferences", "I agree", "Got it",
               "Customise", "Customize"], name: "cookie button (en)"),

        // Legal footers and publisher disclaimers.
        .contains(["All rights reserved"], maxWords: 40, name: "all rights reserved (en)"),
        .footerLinks(["Terms of use", "Terms and conditions", "Terms of service", "Privacy policy", "Cookie policy",
                      "Privacy notice", "Cookie settings", "Contact us", "About us", "Site map"], name: "legal footer (en)"),
        .contains(["publishes articles from a variety of outside sources", "views expressed in this article",
                   "views expressed in these articles", "do not necessarily reflect the views"],
                  maxWords: 250, name: "publisher disclaimer (en)"),

        // Navigation left in the text.
        .line(["Home", "Advertisement", "Sponsored", "Sponsored content", "Menu", "Search", "Sign in", "Log in",
               "Back to top", "Follow us", "Skip to content", "Skip to main content"], name: "navigation (en)"),
        .prefix(["Follow us on", "Tags", "Topics"], maxWords: 20, name: "follow us, tags (en)"),
    ]

    /// Holds whenever `isTimeAgo` does, on bytes: 3 words or more, the last one "ago".
    static func mayBeTimeAgo(_ line: FoldedBytes) -> Bool {
        line.wordCount >= 3 && line.word(-1).mayBe("ago")
    }

    /// "3 hours ago", "an hour ago", "Europe2 days ago" (category glued to the count).
    static func isTimeAgo(_ line: FoldedLine) -> Bool {
        let w = line.words, n = w.count
        guard n >= 3, n <= 12, w[n - 1] == "ago" else { return false }
        return timeUnits.contains(String(w[n - 2])) && BoilerplateRulesCommon.isCount(w[n - 3])
    }

    static let timeUnits: Set<String> = ["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
                                         "hrs", "h", "day", "days", "d", "week", "weeks", "month", "months", "year", "years"]
}
