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
/// else, for a gathering, the organisation the article is about, else the document's dominant pair.
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
    let dates: [TimeKey?]
    let years: [Int?]
    /// Per phrase: its first attached place (a place id), for instance matching.
    let places: [String?]
    let modalities: [Modality]
    let dominant: [String]?
    /// The organisation the article is about (see `EventParties.topic`): a gathering's parties
    /// before the dominant pair.
    let topic: String?
    let entryClass: (String) -> String

    /// The series of a type and parties among `list`. A document names few series: a short
    /// list beats hashing a type and an array of strings per phrase.
    static func find(_ type: String, _ parties: [String], in list: [Series]) -> Int? {
        list.firstIndex { $0.type == type && $0.parties == parties }
    }

    /// A lone party that is the subject of the phrase's clause, or the one party of the sentence
    /// before, says little of whose event it is ("le Canada dévoile le programme du sommet de
    /// Kananaskis" is the G7's summit; "…over the EU's insistence on feta. Negotiations were
    /// relaunched in 2025" are the EU's and Australia's): the phrase refers to a series of its
    /// type in the document first, and takes that party only when there is none.
    /// An organisation is not weak: "Les chefs d'État de la SADC se sont retrouvés pour leur 46e
    /// sommet" is the SADC's, whatever other body's summit the article names ("le Comesa, dont
    /// le sommet se tiendra en octobre").
    static func isWeak(_ phrase: EventPhrase) -> Bool {
        guard (phrase.contextParties?.count ?? 0) == 1, !phrase.contextIsOrganisation else { return false }
        switch phrase.partySource {
        case .clause, .previousSentence: return true
        default: return false
        }
    }

    func resolve(_ phrases: inout [EventPhrase]) {
        var series: [Series] = []          // in first-seen order, for stable tie-breaks
        let phraseCount = phrases.count
        /// Adds phrase `k` to the series of `type` and `parties`, made if new: its number.
        func note(_ type: String, _ parties: [String], _ cls: String, _ k: Int, position: Int, ordinal: Int?) -> Int {
            let s: Int
            if let known = EventReferences.find(type, parties, in: series) { s = known } else {
                s = series.count
                var new = Series(type: type, parties: parties, eventClass: cls)
                new.positions.reserveCapacity(phraseCount)   // at most a position per phrase: sized once
                series.append(new)
            }
            series[s].add(position: position, ordinal: ordinal, year: years[k], modality: modalities[k])
            return s
        }
        // Phrases are read field by field (`phrases[k].x`), never copied whole: a copy retains
        // every string and array a phrase holds.
        // Anchors: specific types whose parties are known from the text.
        for k in phrases.indices where phrases[k].refersTo == nil || phrases[k].qualified {
            guard let parties = phrases[k].contextParties, !EventReferences.isWeak(phrases[k]) else { continue }
            phrases[k].series = note(phrases[k].typeID, parties, phrases[k].eventClass, k, position: phrases[k].noun.lowerBound,
                                     ordinal: phrases[k].ordinal)
        }

        for k in phrases.indices {
            let typeID = phrases[k].typeID, context = phrases[k].contextParties, source = phrases[k].partySource
            let position = phrases[k].noun.lowerBound, ordinal = phrases[k].ordinal
            if phrases[k].refersTo == nil || phrases[k].qualified, let parties = context, !EventReferences.isWeak(phrases[k]) {
                phrases[k].type = typeID
                phrases[k].parties = parties
                phrases[k].isReference = source != .own
                continue
            }
            // A lone party in the sentence around ("le rôle de la Chine") does not say whose event it is.
            let filter = source == .own || (context?.count ?? 0) >= 2 ? context : nil
            let classes = phrases[k].isGeneric ? phrases[k].refersTo : nil
            var best: (index: Int, salience: Int, distance: Int)? = nil
            for index in series.indices {
                if let classes {
                    guard classes.contains(series[index].eventClass) else { continue }
                } else {
                    guard series[index].type == typeID else { continue }
                }
                if let filter { guard series[index].parties == filter else { continue } }
                guard !contradicts(series[index], phrase: k, ordinal: ordinal) else { continue }
                let mentions = series[index].mentions
                let d = series[index].distance(to: position)
                if best == nil || mentions > best!.salience || (mentions == best!.salience && d < best!.distance) {
                    best = (index, mentions, d)
                }
            }
            if let best {
                phrases[k].type = series[best.index].type
                phrases[k].parties = series[best.index].parties
                phrases[k].partySource = context == nil ? .reference : source
            } else {
                phrases[k].type = typeID
                if let context {
                    phrases[k].parties = context
                } else if let topic, phrases[k].knownClass == .summit || phrases[k].knownClass == .meeting {
                    phrases[k].parties = [topic]; phrases[k].partySource = .topic
                } else if let dominant {
                    phrases[k].parties = dominant; phrases[k].partySource = .dominant
                }
            }
            phrases[k].isReference = true
            let type = phrases[k].type
            phrases[k].series = note(type, phrases[k].parties, entryClass(type), k, position: position, ordinal: ordinal)
        }
    }

    /// Whether the phrase's ordinal, year and modality contradict what the series already says:
    /// an earlier instance (lower ordinal) cannot come after a later one, nor be planned when the
    /// later one is told as past.
    private func contradicts(_ series: Series, phrase k: Int, ordinal: Int?) -> Bool {
        guard let m = ordinal else { return false }
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
        /// `latestDate`: the last phrase whose date was told of the instance (-1: none); the
        /// dates before it are linked through `earlierDate`, so no instance holds a list of its own.
        struct Instance { var ordinal: Int?; var latestDate: Int; var dateCount: Int; var last: Int; var lastSentence: Int
                          /// The first place told of it, if any.
                          var place: String? = nil
                          /// How many phrases name it so far.
                          var mentions = 1
                          /// Named first as another instance than one told before ("le prochain sommet").
                          var sequel = false }
        var instances: [Instance] = []
        instances.reserveCapacity(phrases.count)
        var earlierDate = [Int](repeating: -1, count: phrases.count)
        /// Whether `date` may be the same as every date told of `instance`.
        func agrees(_ date: TimeKey, withDatesOf instance: Instance, earlier: [Int]) -> Bool {
            var d = instance.latestDate
            while d >= 0 {
                if let told = dates[d], !told.mayBeSame(as: date) { return false }
                d = earlier[d]
            }
            return true
        }
        // Series (numbered by `resolve`, which runs first) → its instances, most recent last.
        var seriesCount = 0
        for k in phrases.indices { seriesCount = max(seriesCount, phrases[k].series + 1) }
        var bySeries = [[Int]](repeating: [], count: seriesCount)
        // Series number and ordinal → instance: a short list, as few instances are numbered.
        var numbered: [(series: Int, ordinal: Int, instance: Int)] = []
        var recent: [Int] = []                       // a series' instances, most recently named first
        for k in phrases.indices {
            let ordinal = phrases[k].ordinal, position = phrases[k].noun.lowerBound, series = phrases[k].series
            let date = dates[k]
            var chosen: Int? = nil
            if let n = ordinal {
                chosen = numbered.first { $0.series == series && $0.ordinal == n }?.instance
                // "…opened a two-day meeting in the Moldovan capital on Thursday. The 135th session
                // of the Committee of Ministers…": a generic noun with a number, right after an
                // unnumbered instance of its series, numbers that instance. Not "first" (the
                // inaugural one is usually background), not a sequel, and not with a date of its
                // own ("…lors du Conseil le 30 avril. La troisième réunion devrait avoir lieu en
                // 2025": another one, told with its own date).
                if chosen == nil, n > 1, date == nil, phrases[k].isGeneric, !phrases[k].sequel,
                   let i = bySeries[series].max(by: { instances[$0].last < instances[$1].last }),
                   instances[i].ordinal == nil, phrases[k].sentence - instances[i].lastSentence <= 1 {
                    chosen = i
                    instances[i].ordinal = n
                    numbered.append((series, n, i))
                }
                // "Sommet franco-italien : Macron et Meloni scellent à Toulouse…" then "Toulouse a
                // vécu ce jeudi au rythme du 36e sommet franco-italien"; "…at a summit on
                // Thursday in Nice. The 36th Franco-Italian summit brought…": the article's
                // event, named first unnumbered (headline, lead), numbered a sentence or two
                // later (a byline between) by the series' first number. The document's first
                // instance and its series' only one, at no other place, dated by one of the two at
                // most; not "first", and no sequel.
                if chosen == nil, n > 1, !phrases[k].sequel, let first = instances.first, first.ordinal == nil, !first.sequel,
                   bySeries[series] == [0], phrases[k].sentence - first.lastSentence <= 2,
                   !numbered.contains(where: { $0.series == series }),
                   date == nil || first.dateCount == 0,
                   places[k].map({ p in first.place.map { PlaceID.mayBeSame(p, $0) } ?? true }) ?? true {
                    chosen = 0
                    instances[0].ordinal = n
                    numbered.append((series, n, 0))
                }
            } else if phrases[k].sequel {
                chosen = nil    // "le prochain sommet": another instance than those named so far
            } else if !bySeries[series].isEmpty {
                // The most recently named instances first; a handful is enough.
                recent.removeAll(keepingCapacity: true)
                recent += bySeries[series]
                recent.sort { instances[$0].last > instances[$1].last }
                for i in recent.prefix(8) {
                    guard phrases[k].isReference || instances[i].ordinal == nil else { continue }
                    if let date, !agrees(date, withDatesOf: instances[i], earlier: earlierDate) { continue }
                    if let p = places[k], let q = instances[i].place, !PlaceID.mayBeSame(p, q) { continue }
                    chosen = i
                    break
                }
                // Past the sentence after the last instance named, "the summit" is the article's:
                // the instance named most (the first named among equals), rather than one named
                // once in passing ("…a charter adopted at the 27th summit in Santo Domingo." …
                // "Fifteen leaders attended the two-day summit, which opened on Thursday").
                if let c = chosen, phrases[k].isReference, instances[c].mentions == 1,
                   phrases[k].sentence - instances[c].lastSentence > 1,
                   let topic = recent.min(by: { (-instances[$0].mentions, $0) < (-instances[$1].mentions, $1) }),
                   topic < c, date.map({ agrees($0, withDatesOf: instances[topic], earlier: earlierDate) }) ?? true {
                    chosen = topic
                }
            }
            if let c = chosen {
                if date != nil, instances[c].dateCount < 8 {
                    earlierDate[k] = instances[c].latestDate
                    instances[c].latestDate = k; instances[c].dateCount += 1
                }
                instances[c].last = position
                instances[c].lastSentence = phrases[k].sentence
                instances[c].mentions += 1
                if instances[c].place == nil { instances[c].place = places[k] }
                phrases[k].instance = c
            } else {
                let c = instances.count
                instances.append(Instance(ordinal: ordinal, latestDate: date == nil ? -1 : k, dateCount: date == nil ? 0 : 1,
                                          last: position, lastSentence: phrases[k].sentence, place: places[k],
                                          sequel: phrases[k].sequel))
                bySeries[series].append(c)
                if bySeries[series].count > 32 { bySeries[series].removeFirst(bySeries[series].count - 32) }
                if let n = ordinal { numbered.append((series, n, c)) }   // not there yet, or it was chosen
                phrases[k].instance = c
            }
            phrases[k].instanceOrdinal = ordinal ?? instances[phrases[k].instance].ordinal
        }
        // An instance numbered after some of its phrases were read: those carry its number too.
        for k in phrases.indices where phrases[k].instanceOrdinal == nil {
            phrases[k].instanceOrdinal = instances[phrases[k].instance].ordinal
        }
    }
}
