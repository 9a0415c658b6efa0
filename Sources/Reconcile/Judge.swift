import Extract

/// Decides the verdict for one attribute of one event, and for the instances of one series.
///
/// Statements with the same value and the same modality class (planned, or on the record:
/// asserted and reported) form one value group; groups are compared pairwise:
/// - same value → agreement;
/// - compatible values → explained: a precision difference, or a plan its outcome fits;
/// - incompatible values, both on the record → conflict;
/// - incompatible, one planned: the plan changed (explained, schedule change) unless the plan
///   was published after the record it contradicts (conflict);
/// - incompatible, both planned: a schedule change when the announcements are at least
///   `planRevisionDays` apart, else a conflict.
/// The verdict is the gravest outcome: conflict, then schedule change or plan and outcome,
/// then agreement between documents (corroborated), then precision only, then single-source.
///
/// A class: asked about every event, it was copied whole (every array of the linking, each
/// retained and released) into the closures that read it.
final class Judge {
    /// Where the claims are: each is read in place, and never copied (statements name it).
    let linked: LinkedClaims
    let published: [String: CalendarDate]
    let planRevisionDays: Int

    init(linked: LinkedClaims, published: [String: CalendarDate], planRevisionDays: Int) {
        self.linked = linked
        self.published = published
        self.planRevisionDays = planRevisionDays
    }

    /// Which real-world event each document's event became, asked only when two documents
    /// name different occasions (see ``sameOccasion(_:_:)``).
    let occasions = Occasions()

    private var claims: InputClaims { linked.all }

    /// The linked events of the linking, by document and instance: built the first time a
    /// held_at dispute asks (most reconciliations never do).
    final class Occasions {
        /// Per document (index into ``LinkedClaims/documents``), where its local events are in
        /// `entries`; empty until the first question.
        private var firstEntry: [Int] = []
        /// Each local event's instance and the number of its linked event, document by document.
        private var entries: [(instance: Int, group: Int)] = []

        /// The number of the linked event that the local event `instance` of `document` is in.
        func group(document: Int, instance: Int, in linked: LinkedClaims) -> Int? {
            if firstEntry.isEmpty { index(linked) }
            // A document names few events: they are scanned rather than hashed.
            for e in entries[firstEntry[document]..<firstEntry[document + 1]] where e.instance == instance { return e.group }
            return nil
        }

        /// Numbers the linked events in order and files their local events by document (a
        /// counting sort: integers only, no key strings to build and hash).
        private func index(_ linked: LinkedClaims) {
            let locals = linked.locals
            var groupOf = [Int](repeating: 0, count: locals.count)
            var n = 0
            for series in linked.series {
                for group in series.groups {
                    for m in group.members { groupOf[m] = n }
                    n += 1
                }
            }
            var start = [Int](repeating: 0, count: linked.documents.count + 1)
            for m in 0..<locals.count { start[locals[m].document + 1] += 1 }
            for d in linked.documents.indices { start[d + 1] += start[d] }
            var next = start
            var entries = [(instance: Int, group: Int)](repeating: (0, 0), count: locals.count)
            for m in 0..<locals.count {
                let d = locals[m].document
                entries[next[d]] = (locals[m].instance, groupOf[m])
                next[d] += 1
            }
            self.entries = entries
            firstEntry = start
        }
    }

    /// Whether two held_at claims name one occasion: their venues, told differently ("the 20th
    /// summit", "le 21e sommet"), were linked as one event, whose own findings show the dispute.
    private func sameOccasion(_ a: Said, _ b: Said) -> Bool {
        guard case .event(let x) = claims[a.claim].value, case .event(let y) = claims[b.claim].value, x.series == y.series else { return false }
        guard let g = occasions.group(document: a.document, instance: x.instance, in: linked),
              let h = occasions.group(document: b.document, instance: y.instance, in: linked) else { return false }
        return g == h
    }

    private struct ValueGroup {
        let value: ClaimValue
        let rendered: String
        let planned: Bool
        /// Indices into the sorted statements.
        var members: [Int]
        /// Indices into ``LinkedClaims/documents``, in the order of their ids, distinct
        /// (statements come sorted by document): equal when the documents are.
        var documents: [Int]
    }

    /// What one claim says, before it becomes a ``Statement``: where it is noted, its index in
    /// ``LinkedClaims/all``, its rendered value, and its document (index into
    /// ``LinkedClaims/documents``, whose ranks order documents as their ids do).
    private struct Said {
        /// Index into ``LinkedClaims/notes``.
        let note: Int
        let claim: Int
        let value: String
        let document: Int
    }

    /// The verdict on `attribute` of `event`, from the claims of `group` on it.
    /// - Parameter described: `Describe.event(event)`, when the caller has it already.
    func assess(event: LinkedEvent, described: String? = nil, attribute: Attribute, group: EventGroup) -> Finding {
        let claims = self.claims, notes = linked.notes
        // One statement is the usual case: then no array of them is made, and the claim itself
        // is read only for a value said otherwise than rendered (an ordinal, an occasion).
        var count = 0, only = 0, onlyDocument = 0
        linked.forEachNoteAndDocument(of: group, on: attribute) { p, d in
            count += 1
            only = p; onlyDocument = d
        }
        let subject = described ?? Describe.event(event)
        if count == 1 {
            // One statement: nothing to compare it with.
            let note = notes[only], value = linked.values[only]
            let spoken = note.kind == .spokenOtherwise ? Describe.value(claims[note.claim].value, rendered: value) : value
            return Finding(id: Judge.findingID(verdict: .singleSource, event: event, attribute: attribute), verdict: .singleSource,
                           kind: .agreement, event: event.id, attribute: attribute, subject: subject,
                           values: [FindingValue(value: note.planned ? Describe.concat(value, " (planned)") : value,
                                                 statements: [Statement(claims, note.claim, value: value)])],
                           explanation: Judge.onlyOneStates(linked.documents[onlyDocument], attribute: attribute, of: subject,
                                                            spoken: spoken, planned: note.planned))
        }
        var statements: [Said] = []
        statements.reserveCapacity(count)
        linked.forEachNoteAndDocument(of: group, on: attribute) { p, d in
            statements.append(Said(note: p, claim: notes[p].claim, value: linked.values[p], document: d))
        }
        if statements.count > 1 {
            // By document (by rank: the order of their ids, without comparing strings), position, value.
            let rank = linked.documentRank
            statements.sort { a, b in
                let x = rank[a.document], y = rank[b.document]
                if x != y { return x < y }
                let i = notes[a.note].position, j = notes[b.note].position
                return i != j ? i < j : a.value < b.value
            }
        }
        var groups: [ValueGroup] = []
        for (i, s) in statements.enumerated() {
            let planned = notes[s.note].planned
            let document = s.document
            if let k = groups.firstIndex(where: { $0.rendered == s.value && $0.planned == planned }) {
                groups[k].members.append(i)
                if groups[k].documents.last != document { groups[k].documents.append(document) }
            } else {
                groups.append(ValueGroup(value: claims[s.claim].value, rendered: s.value, planned: planned, members: [i],
                                         documents: [document]))
            }
        }

        var conflict: (FindingKind, Int, Int)?
        var revised: (FindingKind, Int, Int)?
        var precision: (Int, Int)?
        var agreeing: [Int] = []        // documents, as in ``ValueGroup/documents``, in no order
        func agree(_ documents: [Int]) { for d in documents where !agreeing.contains(d) { agreeing.append(d) } }
        var renumbered = false          // held_at: one occasion, numbered differently
        for g in groups where g.documents.count > 1 && isComparable(g.value) { agree(g.documents) }
        // The pair an explanation names: one across documents when there is one, since that is
        // what an editor has to reconcile; a document that corrects itself comes second.
        func crosses(_ i: Int, _ j: Int) -> Bool { groups[i].documents != groups[j].documents }
        func better(_ old: (FindingKind, Int, Int)?, _ new: (FindingKind, Int, Int)) -> (FindingKind, Int, Int) {
            guard let old else { return new }
            return !crosses(old.1, old.2) && crosses(new.1, new.2) ? new : old
        }
        for i in groups.indices {
            for j in groups.indices where j > i {
                let a = groups[i], b = groups[j]
                switch ValueComparator.relation(a.value, b.value) {
                case .same:
                    if a.documents != b.documents || a.documents.count > 1 { agree(a.documents); agree(b.documents) }
                case .compatible:
                    if a.planned != b.planned {
                        if revised?.0 != .scheduleChange { revised = better(revised, (.planAndOutcome, i, j)) }
                    } else if crosses(i, j) {
                        // Within one document, "2023" and "September 2023" are one statement told twice.
                        precision = precision ?? (i, j)
                    }
                case .incompatible where attribute == .heldAt && sameOccasion(statements[a.members[0]], statements[b.members[0]]):
                    agree(a.documents); agree(b.documents)
                    renumbered = true
                case .incompatible where isDoubted(i) || isDoubted(j):
                    // No text contradicts itself within a sentence: two values there ("began
                    // negotiating in 1990, … suspended in 2008", "seize ministres français et
                    // quinze ministres allemands", "held the 32nd meeting in 2025, and Vietnam takes
                    // over the chair for 2027") are of two things, stages or parts, taken for one.
                    // Such a sentence stands against no other source either.
                    break
                case .incompatible:
                    // A plan can move to another day or city, not to another number: "the 51st
                    // summit will be held" against "the 50th was held" is a conflict.
                    if let kind = attribute == .ordinal ? .valueMismatch : incompatibility(a, b) {
                        conflict = better(conflict, (kind, i, j))
                    } else {
                        revised = revised?.0 == .scheduleChange ? better(revised, (.scheduleChange, i, j)) : (.scheduleChange, i, j)
                    }
                case .incomparable:
                    break
                }
            }
        }

        /// Whether every statement of group `i` has, in its own sentence, a statement of a value
        /// incompatible with it.
        // (Plain loops: nested closures over `claims` crash the Swift 6.3 optimiser's ownership check.)
        func isDoubted(_ i: Int) -> Bool {
            // The groups against it, compared once (not once per statement).
            var against: [Int] = []
            for h in groups.indices where h != i && ValueComparator.relation(groups[i].value, groups[h].value) == .incompatible {
                against.append(h)
            }
            for m in groups[i].members {
                let document = statements[m].document, sentence = claims[statements[m].claim].evidence.sentence
                var contradicted = false
                for h in against where !contradicted {
                    for n in groups[h].members where statements[n].document == document {
                        if claims[statements[n].claim].evidence.sentence == sentence { contradicted = true; break }
                    }
                }
                if !contradicted { return false }
            }
            return true
        }

        // Each claim gets its statement here, which names it (see ``Statement``). One value (the
        // usual case): its statements are all of them, already in order.
        func statement(_ s: Said) -> Statement { Statement(claims, s.claim, value: s.value) }
        let values = groups.count == 1
            ? [FindingValue(value: groups[0].rendered + (groups[0].planned ? " (planned)" : ""), statements: statements.map(statement))]
            : groups.map { g in FindingValue(value: g.rendered + (g.planned ? " (planned)" : ""), statements: g.members.map { statement(statements[$0]) }) }
                .sorted { ($0.statements[0].document, $0.value) < ($1.statements[0].document, $1.value) }
        // Made for the rarer verdicts only: the usual ones say it as they write their sentence.
        lazy var what = Describe.concat("the ", attribute.spokenName, " of ", subject)
        func says(_ g: ValueGroup) -> String {
            Describe.concat(names(g.documents), g.documents.count > 1 ? " say " : " says ",
                            Describe.value(g.value, rendered: g.rendered), g.planned ? " (planned)" : "")
        }
        let verdict: Verdict, kind: FindingKind, explanation: String
        if let (k, i, j) = conflict {
            verdict = .conflict; kind = k
            if k == .plannedAfterRecord {
                let (p, r) = groups[i].planned ? (groups[i], groups[j]) : (groups[j], groups[i])
                explanation = "Sources disagree on \(what): \(says(r)), but \(names(p.documents)), published later, still plans \(Describe.value(p.value))."
            } else if !crosses(i, j) {
                // Only when no two documents disagree: one text giving two values is the finding.
                explanation = "\(names(groups[i].documents)) contradicts itself on \(what): it says "
                    + "\(Describe.value(groups[i].value, rendered: groups[i].rendered)) and \(Describe.value(groups[j].value, rendered: groups[j].rendered))."
            } else {
                explanation = "Sources disagree on \(what): \(says(groups[i])); \(says(groups[j]))."
            }
        } else if let (k, i, j) = revised {
            verdict = .explained; kind = k
            let (p, r) = groups[i].planned ? (groups[i], groups[j]) : (groups[j], groups[i])
            if k == .planAndOutcome {
                explanation = "A plan and its outcome agree on \(what): \(says(p)); \(says(r))."
            } else if p.planned && r.planned {
                explanation = "The plan changed for \(what): \(says(p)); \(says(r)), announced at another time. A schedule change, not a contradiction."
            } else {
                explanation = "The plan changed for \(what): \(says(p)); \(says(r)) as what happened. A schedule change, not a contradiction."
            }
        } else if agreeing.count > 1 {
            verdict = .corroborated; kind = .agreement
            let shown = groups.first { isComparable($0.value) } ?? groups[0]
            explanation = renumbered
                ? Describe.concat(names(agreeing), " agree on the ", attribute.spokenName, " of ", subject,
                                  ": one event, which they number differently (", groups.map { Describe.value($0.value, rendered: $0.rendered) }
                                    .joined(separator: ", "), "); that dispute is reported on the event itself.")
                : Describe.concat(names(agreeing), " agree on the ", attribute.spokenName, " of ", subject, ": ",
                                  Describe.value(shown.value, rendered: shown.rendered), ".")
        } else if let (i, j) = precision {
            verdict = .explained; kind = .precision
            if Judge.isEdge(groups[i].value) || Judge.isEdge(groups[j].value) {
                // "It opened on the 22nd" and "it ended on the 23rd": two days of one gathering.
                explanation = "No contradiction on \(what): \(says(groups[i])); \(says(groups[j])) (START: the day it opened, END: the day it ended)."
            } else {
                let (coarse, fine) = Describe.isCoarser(groups[i].value, than: groups[j].value) ? (groups[i], groups[j]) : (groups[j], groups[i])
                explanation = "No contradiction on \(what), only precision: \(says(coarse)); \(says(fine)), which falls within it."
            }
        } else {
            verdict = .singleSource; kind = .agreement
            var docs = groups[0].documents
            if groups.count > 1 {
                docs = []
                for s in statements where !docs.contains(s.document) { docs.append(s.document) }
            }
            if docs.count > 1 {
                explanation = "Only one statement of \(what) can be checked: \(groups.map(says).joined(separator: "; ")) (not comparable: a relative date with no publication date, or lists that need not be complete)."
            } else {
                explanation = Judge.onlyOneStates(names(docs), attribute: attribute, of: subject,
                                                  spoken: Describe.value(groups[0].value, rendered: groups[0].rendered),
                                                  planned: groups[0].planned)
            }
        }
        return Finding(id: Judge.findingID(verdict: verdict, event: event, attribute: attribute), verdict: verdict, kind: kind,
                       event: event.id, attribute: attribute, subject: subject, values: values, explanation: explanation)
    }

    /// A day told as the first or last of a gathering (see `TimeComparator.edgeRelation`).
    private static func isEdge(_ v: ClaimValue) -> Bool {
        guard case .time(let t) = v else { return false }
        return t.end == nil && t.start.day != nil && (t.modifier == .start || t.modifier == .end)
    }

    /// "d-…" for what an editor reviews (conflicts, explained look-alikes), "c-…" for the rest.
    private static func findingID(verdict: Verdict, event: LinkedEvent, attribute: Attribute) -> String {
        StableID.make(prefix: verdict == .conflict || verdict == .explained ? "d" : "c", event.id, "|", attribute.rawValue)
    }

    /// "Only 003 states the date of the 3rd summit (EU–JP): 2025-05-12."
    /// - Parameter spoken: the value as ``Describe/value(_:rendered:)`` says it.
    private static func onlyOneStates(_ documents: String, attribute: Attribute, of subject: String, spoken: String,
                                      planned: Bool) -> String {
        Describe.concat("Only ", documents, " states the ", attribute.spokenName, " of ", subject, ": ",
                        spoken, planned ? " (planned)." : ".")
    }

    /// Nil when two incompatible value groups are a changed plan; else the kind of conflict.
    private func incompatibility(_ a: ValueGroup, _ b: ValueGroup) -> FindingKind? {
        switch (a.planned, b.planned) {
        case (false, false):
            return .valueMismatch
        case (true, true):
            guard let x = latest(a), let y = latest(b) else { return .valueMismatch }
            return abs(x.dayNumber - y.dayNumber) >= planRevisionDays ? nil : .valueMismatch
        default:
            let (plan, record) = a.planned ? (a, b) : (b, a)
            // A plan announced after the report of what happened, and contradicting it.
            if let p = earliest(plan), let r = latest(record), p > r { return .plannedAfterRecord }
            return nil
        }
    }

    private func earliest(_ g: ValueGroup) -> CalendarDate? { g.documents.compactMap { published[linked.documents[$0]] }.min() }
    private func latest(_ g: ValueGroup) -> CalendarDate? { g.documents.compactMap { published[linked.documents[$0]] }.max() }

    /// "003", "001, 002 and 003": documents by index into ``LinkedClaims/documents``.
    /// (One document, the usual case, is named without making a list.)
    private func names(_ documents: [Int]) -> String {
        documents.count == 1 ? linked.documents[documents[0]] : Describe.documents(documents.lazy.map { self.linked.documents[$0] })
    }

    private func isComparable(_ v: ClaimValue) -> Bool {
        if case .time(let t) = v { return t.isResolved }
        if case .participants = v { return true }
        return true
    }

    /// Findings about a series as a whole, appended to `out`: sibling instances whose dates or
    /// places differ (explained: different instances), and instances out of order (conflict).
    /// - Parameters:
    ///   - instances: the numbered events of `series`, with their ordinals.
    ///   - described: `Describe.series` of a type and parties, when the caller has it already
    ///     (used when the series' first instance names them).
    func siblings(series: String, _ instances: [(ordinal: Int, group: EventGroup)],
                  described: (type: String, parties: [String], words: String)? = nil, into out: inout [Finding]) {
        guard instances.count > 1 else { return }
        let claims = self.claims
        let sorted = instances.sorted { $0.ordinal < $1.ordinal }
        // Named after the first instance's first local event (as ``LinkedEvent`` is), only
        // when there is something to say.
        var named: String?
        func seriesName() -> String {
            if let named { return named }
            let sample = linked.ref(of: sorted[0].group.members.min()!)
            if let described, described.type == sample.type, described.parties == sample.parties {
                named = described.words
            } else {
                named = Describe.series(type: sample.type, parties: sample.parties)
            }
            return named!
        }

        // Reused from instance to instance and attribute to attribute: one allocation each, not
        // a few per instance.
        var said: [(key: String, position: Int, note: Int, document: Int)] = []
        var bucketClaims: [Said] = []
        // Documents by index into ``LinkedClaims/documents``: their names are read only for a finding.
        var bucketDocuments: [Int] = []
        // Per instance, its distinct values (claims by rendered value, in the order of the
        // values); statements are made only when there is something to say (below). A bucket's
        // claims and documents are ranges of `bucketClaims` and `bucketDocuments`.
        var buckets: [(ordinal: Int, key: String, claims: Range<Int>, documents: Range<Int>)] = []
        for attribute in [Attribute.date, .place] {
            buckets.removeAll(keepingCapacity: true)
            bucketClaims.removeAll(keepingCapacity: true)
            bucketDocuments.removeAll(keepingCapacity: true)
            for (ordinal, group) in sorted {
                said.removeAll(keepingCapacity: true)
                linked.forEachNoteAndDocument(of: group, on: attribute) { p, d in
                    if linked.notes[p].isComparable { said.append((linked.values[p], said.count, p, d)) }
                }
                guard !said.isEmpty else { continue }
                // By value; one value's claims in the order they came.
                if said.count > 1 { said.sort { ($0.key, $0.position) < ($1.key, $1.position) } }
                var i = 0
                while i < said.count {
                    var j = i + 1
                    while j < said.count && said[j].key == said[i].key { j += 1 }
                    let firstClaim = bucketClaims.count, firstDocument = bucketDocuments.count
                    for s in said[i..<j] { bucketClaims.append(Said(note: s.note, claim: linked.notes[s.note].claim, value: s.key, document: s.document)) }
                    appendDistinctDocuments(of: said[i..<j], to: &bucketDocuments)
                    buckets.append((ordinal, said[i].key, firstClaim..<bucketClaims.count, firstDocument..<bucketDocuments.count))
                    i = j
                }
            }
            // Only worth saying when two documents give different values for different instances;
            // the first such pair is the one the explanation names.
            var first: (a: Int, b: Int)?
            search: for i in buckets.indices {
                for j in buckets.indices where j > i && buckets[i].ordinal != buckets[j].ordinal {
                    if bucketDocuments[buckets[i].documents] != bucketDocuments[buckets[j].documents],
                       ValueComparator.relation(claims[bucketClaims[buckets[i].claims.lowerBound].claim].value,
                                                claims[bucketClaims[buckets[j].claims.lowerBound].claim].value) == .incompatible {
                        first = (i, j)
                        break search
                    }
                }
            }
            guard let first else { continue }
            let values = buckets.map { b in
                FindingValue(value: Describe.concat("#", String(b.ordinal), ": ", b.key), statements: statementsByDocument(bucketClaims[b.claims]))
            }
            let a = buckets[first.a], b = buckets[first.b]
            let aValue = claims[bucketClaims[a.claims.lowerBound].claim].value, bValue = claims[bucketClaims[b.claims.lowerBound].claim].value
            let aDocuments = bucketDocuments[a.documents].map { linked.documents[$0] }
            let bDocuments = bucketDocuments[b.documents].map { linked.documents[$0] }
            let aSpeaks = Describe.concat(
                "Different instances, not a contradiction: ", Describe.documents(aDocuments), aDocuments.count > 1 ? " speak" : " speaks",
                " of the ", Describe.ordinal(a.ordinal), " ", seriesName(), " (", attribute.spokenName)
            let explanation = Describe.concat(aSpeaks, " ", Describe.value(aValue), "), ",
                                              Describe.documents(bDocuments), " of the ", Describe.ordinal(b.ordinal), " (", Describe.value(bValue), ").")
            out.append(Finding(id: StableID.make(prefix: "d", series, "|instances|", attribute.rawValue), verdict: .explained,
                               kind: .differentInstances, event: series, attribute: attribute,
                               subject: Describe.concat("the ", seriesName(), " series"), values: values,
                               explanation: explanation))
        }

        // Series order: the Nth instance cannot come after the (N+1)th. The days each instance's
        // resolved dates may denote are gathered once; its date claims only for a finding.
        let dated = sorted.map { instance -> (low: Int?, high: Int?) in
            var low: Int?, high: Int?
            for m in instance.group.members {
                for t in linked.locals.dates(of: m) {
                    guard let r = TimeComparator.interval(t) else { continue }
                    low = Swift.min(low ?? r.lowerBound, r.lowerBound)
                    high = Swift.max(high ?? r.upperBound, r.upperBound)
                }
            }
            return (low, high)
        }
        for i in sorted.indices {
            for j in sorted.indices where j > i {
                let n = sorted[i].ordinal, m = sorted[j].ordinal
                guard n < m else { continue }
                // Every day the Nth may denote comes after every day the (N+1)th may denote.
                guard let aLow = dated[i].low, let bHigh = dated[j].high, aLow > bHigh else { continue }
                let aNotes = linked.notes(of: sorted[i].group, on: .date), bNotes = linked.notes(of: sorted[j].group, on: .date)
                let aDates = aNotes.map { linked.notes[$0].claim }, bDates = bNotes.map { linked.notes[$0].claim }
                let aValues = aNotes.map { linked.values[$0] }, bValues = bNotes.map { linked.values[$0] }
                let values = [
                    FindingValue(value: "#\(n): " + aValues.joined(separator: ", "),
                                 statements: aDates.indices.map { Statement(claims, aDates[$0], value: aValues[$0]) }),
                    FindingValue(value: "#\(m): " + bValues.joined(separator: ", "),
                                 statements: bDates.indices.map { Statement(claims, bDates[$0], value: bValues[$0]) }),
                ]
                let docsA = Set(aDates.map { claims[$0].evidence.document }), docsB = Set(bDates.map { claims[$0].evidence.document })
                out.append(Finding(id: StableID.make(prefix: "d", series + "|order|\(n)|\(m)"), verdict: .conflict, kind: .seriesOrder,
                                   event: series, attribute: .date, subject: "the " + seriesName() + " series", values: values,
                                   explanation: "Out of order: \(Describe.documents(docsA)) dates the \(Describe.ordinal(n)) \(seriesName()) after the \(Describe.ordinal(m)), which \(Describe.documents(docsB)) dates earlier; the \(Describe.ordinal(n)) instance cannot come after the \(Describe.ordinal(m))."))
            }
        }
    }

    /// The statements of `said`, by document, then position in the document: documents compared
    /// by rank and positions read from the notes, not from the claims all over the input.
    private func statementsByDocument(_ said: ArraySlice<Said>) -> [Statement] {
        guard said.count > 1 else { return said.map { Statement(claims, $0.claim, value: $0.value) } }
        let rank = linked.documentRank, notes = linked.notes
        let ordered = said.sorted { a, b in
            let x = rank[a.document], y = rank[b.document]
            return x != y ? x < y : notes[a.note].position < notes[b.note].position
        }
        return ordered.map { Statement(claims, $0.claim, value: $0.value) }
    }

    /// Appends the documents (indices into ``LinkedClaims/documents``) of `members` in the order
    /// of their ids, without repeats: a set of documents that compares as an array. (One claim,
    /// the usual case, makes no array.)
    private func appendDistinctDocuments(of members: ArraySlice<(key: String, position: Int, note: Int, document: Int)>,
                                         to out: inout [Int]) {
        if members.count == 1 { out.append(members[members.startIndex].document); return }
        let first = out.count, rank = linked.documentRank
        for d in members.map(\.document).sorted(by: { rank[$0] < rank[$1] }) where out.count == first || out[out.count - 1] != d {
            out.append(d)
        }
    }
}
