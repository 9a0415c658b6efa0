/// Resolves what each event phrase refers to, then numbers the distinct events of the document.
///
/// **References.** A generic noun ("la réunion", "le Conseil", "the meeting", "l'accord") and a
/// specific one without parties ("le quatrième Conseil du partenariat numérique") take the type
/// and parties of an event series the document names. Candidates are the series of the
/// document whose class the noun may name (a "réunion" may be a council, a meeting, a summit or
/// a dialogue; a "Conseil" only a council; a specific noun only its own type), with the phrase's
/// own parties, or its context parties when there are two or more, and not contradicted by what
/// the phrase says: the "troisième réunion … en 2025" cannot be a series whose 28th instance was
/// held in 2022, nor a planned 3rd one of a series whose 28th is told as past. Among candidates,
/// the series the document names most (salience) wins, then the nearest mention, earlier ones
/// first. No candidate: the phrase keeps its own type ("council:EU+KR") with its context parties,
/// else the document's dominant pair.
///
/// **Instances.** Claims about one event of the document share its instance number:
/// - with an ordinal: the instance of that series and ordinal;
/// - a reference without ordinal: the most recently named instance of the series whose dates fit;
/// - a full mention without ordinal ("le Conseil de partenariat numérique UE-Japon le 30 avril"):
///   the most recent *unnumbered* instance of the series whose dates fit, else a new one, so it is
///   never merged with a numbered instance unless the text links them.
///
/// - Complexity: O(*p* × *s*) for *p* phrases and *s* distinct series of the document; instance
///   matching looks at the 8 most recent instances of a series.
struct EventReferences {
    /// What the document says of one series so far.
    struct Series {
        let type: String
        let parties: [String]
        let eventClass: String
        var mentions = 0
        /// Token positions of its mentions, ascending.
        var positions: [Int] = []
        /// (ordinal, year, modality) of its numbered mentions, at most 16.
        var numbered: [(ordinal: Int, year: Int?, modality: Modality)] = []

        /// Distance to the nearest mention, earlier ones first (a later one counts a million more).
        func distance(to p: Int) -> Int {
            var lo = 0, hi = positions.count
            while lo < hi { let mid = (lo + hi) / 2; if positions[mid] <= p { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { return p - positions[lo - 1] }
            return positions.isEmpty ? Int.max : 1_000_000 + positions[0] - p
        }

        mutating func add(position: Int, ordinal: Int?, year: Int?, modality: Modality) {
            mentions += 1
            if let last = positions.last, last > position {
                let k = positions.firstIndex { $0 > position } ?? positions.count
                positions.insert(position, at: k)
            } else {
                positions.append(position)
            }
            if let ordinal, numbered.count < 16 { numbered.append((ordinal, year, modality)) }
        }
    }

    /// Per phrase: its attached date (for instance matching), year (own or its host's, for
    /// series contradictions), and modality.
    let dates: [TimeValue?]
    let years: [Int?]
    let modalities: [Modality]
    let dominant: [String]?
    let entryClass: (String) -> String

    /// A series: its type and parties (hashed as they are, no string built per phrase).
    struct SeriesKey: Hashable { let type: String; let parties: [String] }

    func resolve(_ phrases: inout [EventPhrase]) {
        var series: [Series] = []          // in first-seen order, for stable tie-breaks
        var byKey: [SeriesKey: Int] = [:]
        func note(_ type: String, _ parties: [String], _ cls: String, _ k: Int, _ p: EventPhrase) {
            let key = SeriesKey(type: type, parties: parties)
            let s: Int
            if let known = byKey[key] { s = known } else {
                s = series.count
                byKey[key] = s
                series.append(Series(type: type, parties: parties, eventClass: cls))
            }
            series[s].add(position: p.noun.lowerBound, ordinal: p.ordinal, year: years[k], modality: modalities[k])
        }
        // Anchors: specific types whose parties are known from the text.
        for (k, p) in phrases.enumerated() where p.refersTo == nil || p.qualified {
            guard let parties = p.contextParties else { continue }
            note(p.typeID, parties, p.eventClass, k, p)
        }

        for k in phrases.indices {
            let p = phrases[k]
            if (p.refersTo == nil || p.qualified), let parties = p.contextParties {
                phrases[k].type = p.typeID
                phrases[k].parties = parties
                phrases[k].isReference = p.partySource != .own
                continue
            }
            // A lone party in the sentence around ("le rôle de la Chine") does not say whose event it is.
            let filter = p.partySource == .own || (p.contextParties?.count ?? 0) >= 2 ? p.contextParties : nil
            let classes = p.isGeneric ? p.refersTo : nil
            var best: (index: Int, salience: Int, distance: Int)? = nil
            for (index, c) in series.enumerated() {
                if let classes { guard classes.contains(c.eventClass) else { continue } } else { guard c.type == p.typeID else { continue } }
                if let filter { guard c.parties == filter else { continue } }
                guard !contradicts(c, phrase: k, p) else { continue }
                let d = c.distance(to: p.noun.lowerBound)
                if best == nil || c.mentions > best!.salience || (c.mentions == best!.salience && d < best!.distance) {
                    best = (index, c.mentions, d)
                }
            }
            if let best {
                let c = series[best.index]
                phrases[k].type = c.type
                phrases[k].parties = c.parties
                phrases[k].partySource = p.contextParties == nil ? .reference : p.partySource
            } else {
                phrases[k].type = p.typeID
                if let context = p.contextParties { phrases[k].parties = context } else if let dominant {
                    phrases[k].parties = dominant; phrases[k].partySource = .dominant
                }
            }
            phrases[k].isReference = true
            let r = phrases[k]
            note(r.type, r.parties, entryClass(r.type), k, p)
        }
    }

    /// Whether the phrase's ordinal, year and modality contradict what the series already says:
    /// an earlier instance (lower ordinal) cannot come after a later one, nor be planned when the
    /// later one is told as past.
    private func contradicts(_ series: Series, phrase k: Int, _ p: EventPhrase) -> Bool {
        guard let m = p.ordinal else { return false }
        for e in series.numbered where e.ordinal != m {
            if m < e.ordinal {
                if let y = years[k], let yn = e.year, y > yn { return true }
                if modalities[k] == .planned, e.modality == .asserted { return true }
            } else if let y = years[k], let yn = e.year, y < yn {
                return true
            }
        }
        return false
    }

    /// Numbers the distinct events of the document, in order of first mention.
    func assignInstances(_ phrases: inout [EventPhrase]) {
        struct Instance { let ordinal: Int?; var dates: [TimeValue]; var last: Int }
        struct Numbered: Hashable { let series: Int; let ordinal: Int }
        var instances: [Instance] = []
        var seriesIDs: [SeriesKey: Int] = [:]        // series → a number for this document
        var bySeries: [[Int]] = []                   // series number → its instances, most recent last
        var numbered: [Numbered: Int] = [:]          // series number and ordinal → instance
        for k in phrases.indices {
            let p = phrases[k]
            let key = SeriesKey(type: p.type, parties: p.parties)
            let series: Int
            if let known = seriesIDs[key] { series = known } else {
                series = bySeries.count
                seriesIDs[key] = series
                bySeries.append([])
            }
            let date = dates[k]
            var chosen: Int? = nil
            if let n = p.ordinal {
                chosen = numbered[Numbered(series: series, ordinal: n)]
            } else if p.sequel {
                chosen = nil    // "le prochain sommet": another instance than those named so far
            } else if !bySeries[series].isEmpty {
                let list = bySeries[series]
                // The most recently named instances first; a handful is enough.
                for i in list.sorted(by: { instances[$0].last > instances[$1].last }).prefix(8) {
                    guard p.isReference || instances[i].ordinal == nil else { continue }
                    if let date, !instances[i].dates.allSatisfy({ $0.mayBeSame(as: date) }) { continue }
                    chosen = i
                    break
                }
            }
            if let c = chosen {
                if let date, instances[c].dates.count < 8 { instances[c].dates.append(date) }
                instances[c].last = p.noun.lowerBound
                phrases[k].instance = c
            } else {
                let c = instances.count
                instances.append(Instance(ordinal: p.ordinal, dates: date.map { [$0] } ?? [], last: p.noun.lowerBound))
                bySeries[series].append(c)
                if bySeries[series].count > 32 { bySeries[series].removeFirst(bySeries[series].count - 32) }
                if let n = p.ordinal { numbered[Numbered(series: series, ordinal: n)] = c }
                phrases[k].instance = c
            }
            phrases[k].instanceOrdinal = p.ordinal ?? instances[phrases[k].instance].ordinal
        }
    }
}
