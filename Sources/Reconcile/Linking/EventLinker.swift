import Extract

/// Links the events documents speak of into real-world events.
///
/// Claims are first grouped by series (event type + parties, the same in French and English),
/// so nothing is compared across series. Within a series, an instance is identified:
/// 1. by its ordinal ("the 3rd council" in any document is the 3rd council);
/// 2. for one-off events (the launch of a named agreement), by the series alone;
/// 3. numbered instances with different ordinals but the same day (and no other place) are one
///    event whose ordinal is disputed ("19th" vs "20e" EU–Canada summit on 14 June 2025 in Ottawa);
/// 4. an unnumbered event joins the one numbered instance whose date (month precision or
///    better) or place fits it; when several fit, it stays on its own rather than guess;
/// 5. unnumbered events of different documents on the same day are one event.
/// An event that cannot be placed stays alone: it yields no conflict, only single-source facts.
///
/// - Complexity: O(*n*) to group *n* claims; within a series, O(*k*²) in its *k* instances.
struct EventLinker: Sendable {
    /// Event types that happen once per set of parties (named agreements).
    let oneOffTypes: Set<String>

    func link(_ claims: [Claim]) -> [String: [EventGroup]] {
        // 1. Local events, keyed by document and instance.
        var locals: [LocalEventKey: LocalEvent] = [:]
        var order: [LocalEventKey] = []
        for claim in claims {
            guard case .event(let ref) = claim.subject else { continue }
            let key = LocalEventKey(document: claim.evidence.document, instance: ref.instance)
            if locals[key] == nil {
                locals[key] = LocalEvent(key: key, ref: ref, claims: [])
                order.append(key)
            }
            locals[key]!.claims.append(claim)
        }
        // 2. By series.
        var bySeries: [String: [LocalEvent]] = [:]
        for key in order.sorted() {
            let local = locals[key]!
            guard !local.ref.parties.isEmpty || local.ordinal != nil else {
                // Neither parties nor ordinal: "the meeting" alone cannot be linked across documents.
                bySeries[local.ref.series + "~" + key.document + "." + String(key.instance), default: []].append(local)
                continue
            }
            bySeries[local.ref.series, default: []].append(local)
        }

        var result: [String: [EventGroup]] = [:]
        for (series, members) in bySeries {
            result[series] = group(members, oneOff: oneOffTypes.contains(members[0].ref.type))
        }
        return result
    }

    private func group(_ members: [LocalEvent], oneOff: Bool) -> [EventGroup] {
        if oneOff { return [EventGroup(members: members)] }

        // Numbered instances.
        var numbered: [Int: EventGroup] = [:]
        var unnumbered: [LocalEvent] = []
        for m in members {
            if let n = m.ordinal { numbered[n, default: EventGroup(members: [])].members.append(m) } else { unnumbered.append(m) }
        }
        var groups = numbered.keys.sorted().map { numbered[$0]! }

        // Same day, different ordinals: one event with a disputed ordinal.
        var merged = true
        while merged {
            merged = false
            outer: for i in groups.indices {
                for j in groups.indices where j > i {
                    if sameDay(groups[i], groups[j]) && !placesConflict(groups[i].places, groups[j].places) {
                        groups[i].members += groups[j].members
                        groups.remove(at: j)
                        merged = true
                        break outer
                    }
                }
            }
        }

        // Unnumbered: join the single instance that fits, else group by day, else alone.
        var loose: [EventGroup] = []
        for m in unnumbered {
            let fitting = groups.indices.filter { fits(m, groups[$0]) }
            if fitting.count == 1 {
                groups[fitting[0]].members.append(m)
            } else if fitting.isEmpty, let k = loose.indices.first(where: { sameDay(EventGroup(members: [m]), loose[$0]) && !placesConflict(m.places, loose[$0].places) }) {
                loose[k].members.append(m)
            } else {
                loose.append(EventGroup(members: [m]))
            }
        }
        return groups + loose
    }

    /// Both groups have a resolved day-precision date (or span) in common.
    private func sameDay(_ a: EventGroup, _ b: EventGroup) -> Bool {
        for x in a.dates where x.start.precision == .day && x.start.year != nil {
            for y in b.dates where y.start.precision == .day && y.start.year != nil {
                if TimeComparator.relation(x, y) == .same { return true }
            }
        }
        return false
    }

    private func placesConflict(_ a: [String], _ b: [String]) -> Bool {
        for x in a { for y in b where ValueComparator.relation(.place(x), .place(y)) == .incompatible { return true } }
        return false
    }

    /// An unnumbered event fits an instance when nothing it says contradicts the instance and
    /// something specific agrees: a date of month precision or better, or the place.
    private func fits(_ m: LocalEvent, _ g: EventGroup) -> Bool {
        var evidence = false
        for x in m.dates {
            for y in g.dates {
                switch TimeComparator.relation(x, y) {
                case .incompatible: return false
                case .same, .compatible:
                    if x.start.precision >= .month && y.start.precision >= .month && x.start.year != nil && y.start.year != nil {
                        evidence = true
                    }
                case .incomparable: break
                }
            }
        }
        if placesConflict(m.places, g.places) { return false }
        if !m.places.isEmpty && m.places.contains(where: { g.places.contains($0) }) { evidence = true }
        return evidence
    }
}
