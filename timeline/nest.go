package timeline

import (
	"slices"
	"sort"
)

// nested is a cluster with the period its date covers, for nestByPrecision.
type nested struct {
	c      *cluster
	date   Date
	active bool // not absorbed into a finer cluster
}

// nestByPrecision folds a cluster dated at a coarse precision into a finer cluster whose
// date lies inside it when both report the same thing: "Putin and Assad met in March 2023"
// and "they met on March 15, 2023" are one event, dated to the day. It asks more than
// merging at the same precision does: a shared person, organization or group and similar
// wording, or two shared actors and some common wording. Ranges and open ranges stay as
// they are. groups holds every date's clusters; absorbed clusters are emptied.
func nestByPrecision(drafts []draft, tb *tables, groups [][]cluster) {
	var all []*nested
	byActor := map[int32][]*nested{}
	for g := range groups {
		for i := range groups[g] {
			c := &groups[g][i]
			d := &drafts[c.members[0]]
			if d.open || c.open || tb.dates[d.date].end != "" {
				continue
			}
			n := &nested{c: c, date: tb.date(d), active: true}
			all = append(all, n)
			if n.date.Precision < Day {
				continue
			}
			for _, k := range nestKeys(c) {
				byActor[k] = append(byActor[k], n)
			}
		}
	}
	// Finest coarse clusters first, so that a month absorbed into a day is not then
	// a target for a year.
	sort.SliceStable(all, func(i, j int) bool { return all[i].date.Precision > all[j].date.Precision })
	seen := map[*nested]bool{}
	for _, n := range all {
		if n.date.Precision >= Day {
			continue
		}
		var best *nested
		bestScore := 0.0
		clear(seen)
		for _, a := range nestKeys(n.c) {
			l := byActor[a]
			for _, f := range l[max(0, len(l)-actorClusters):] {
				if seen[f] || !f.active || f.date.Precision <= n.date.Precision ||
					f.date.Start().Before(n.date.Start()) || f.date.Last().After(n.date.Last()) {
					continue
				}
				seen[f] = true
				if s, ok := nestScore(drafts, n.c, f.c, tb); ok && s > bestScore && !shareSentence(drafts, n.c, f.c) {
					best, bestScore = f, s
				}
			}
		}
		if best == nil {
			continue
		}
		best.c.absorb(n.c)
		n.active = false
		// The finer cluster may in turn be a target for coarser ones.
		for _, k := range nestKeys(n.c) {
			byActor[k] = append(byActor[k], best)
		}
		*n.c = cluster{}
	}
}

// shareSentence reports whether a member of a and a member of b come from one sentence:
// extraction kept both dates of it as two statements ("launched their push last week,
// after capturing Minova on 21 January"), so they are not one event told twice.
func shareSentence(drafts []draft, a, b *cluster) bool {
	same := func(i, j int32) bool {
		return drafts[i].article == drafts[j].article && drafts[i].sentStart == drafts[j].sentStart
	}
	for _, m := range a.members {
		// The drafts of a sentence are next to each other.
		for j := m - 1; j >= 0 && same(j, m); j-- {
			if _, ok := slices.BinarySearch(b.members, j); ok {
				return true
			}
		}
		for j := m + 1; int(j) < len(drafts) && same(j, m); j++ {
			if _, ok := slices.BinarySearch(b.members, j); ok {
				return true
			}
		}
	}
	return false
}

// nestKeys returns what a cluster is found by when nesting: its actors, and its places
// as -1-place.
func nestKeys(c *cluster) []int32 {
	keys := c.actors
	if len(c.places) > 0 {
		keys = append(slices.Clip(keys), make([]int32, len(c.places))...)
		for i, p := range c.places {
			keys[len(c.actors)+i] = -1 - p
		}
	}
	return keys
}

// nestScore says whether clusters a (coarse) and b (fine) report the same event: a
// shared person, organization or group and similar wording, two shared actors and some
// common wording, or the same kind of event with the same country or place and much the
// same wording ("the full-scale invasion began in February 2022", "Russia launched its
// full-scale invasion on Feb. 24, 2022"), for a few reports of a month.
func nestScore(drafts []draft, a, b *cluster, tb *tables) (float64, bool) {
	shared, people, common, sim := affinity(a.actors, b.actors, a.words, b.words, tb.kinds)
	place := 0.0
	for _, p := range a.places {
		if place = b.placeShared(p, a.actors, tb); place > 0 {
			break
		}
	}
	same, clash := a.words.eventsAgree(b.words)
	s := shared + place + 2*sim
	switch {
	case clash:
		if shared >= 2 && sim >= 0.4 {
			return s, true
		}
	case people >= 1 && sim >= 0.3 && common >= 2,
		shared >= 2 && sim >= 0.2:
		return s, true
	case !same || len(a.members) > sigMembers || tb.prec(&drafts[a.members[0]]) < Month:
		// A country or a place alone nests only a few reports of a month.
	case shared >= 0.5 && common >= 3 && sim >= 0.5,
		place > 0 && common >= 2 && sim >= 0.3:
		return s, true
	}
	return 0, false
}

// absorb adds the members of o to c, keeping members in draft order.
func (c *cluster) absorb(o *cluster) {
	c.members = append(c.members, o.members...)
	slices.Sort(c.members)
	c.addActors(o.actors)
	c.open = c.open || o.open
	c.point = c.point || o.point
}

// maxRangeDays bounds the days of a range that points are nested into: a range of weeks
// is a period, not an event.
const maxRangeDays = 14

// nestIntoRanges folds a cluster dated to a day into a cluster of a range of days that
// holds it, when both report the same kind of event ("began two days of drills on
// Thursday", "the exercise would run from May 23 to 24") and share an actor or an
// article, and neither names people the other does not. groups holds every date's
// clusters, by date index; absorbed clusters are emptied.
func nestIntoRanges(drafts []draft, tb *tables, groups [][]cluster) {
	var days map[string]int32 // a day's value -> its date index, for points of a day
	for g := range groups {
		e := &tb.dates[g]
		if !e.hasEnd || e.from.Precision != Day || e.to.Precision != Day {
			continue
		}
		first, last := e.from.Start(), e.to.Last()
		if n := last.Sub(first).Hours() / 24; n < 0 || n > maxRangeDays {
			continue
		}
		if days == nil {
			days = map[string]int32{}
			for i := range tb.dates {
				if d := &tb.dates[i]; d.end == "" && d.from.Precision == Day {
					days[d.value] = int32(i)
				}
			}
		}
		for i := range groups[g] {
			r := &groups[g][i]
			if len(r.members) == 0 || drafts[r.members[0]].open {
				continue
			}
			for day := first; !day.After(last); day = day.AddDate(0, 0, 1) {
				p, ok := days[day.Format("2006-01-02")]
				if !ok {
					continue
				}
				for k := range groups[p] {
					c := &groups[p][k]
					if len(c.members) > 0 && !drafts[c.members[0]].open && rangeScore(drafts, tb, c, r) {
						r.absorb(c)
						r.words.or(c.words)
						*c = cluster{}
					}
				}
			}
		}
	}
}

// rangeScore says whether c (a day) reports the event of r (a range of days).
func rangeScore(drafts []draft, tb *tables, c, r *cluster) bool {
	same, clash := c.words.eventsAgree(r.words)
	if !same || clash {
		return false
	}
	shared, people, _, _ := affinity(c.actors, r.actors, c.words, r.words, tb.kinds)
	if people == 0 && hasPerson(c.actors, tb.kinds) && hasPerson(r.actors, tb.kinds) {
		return false
	}
	if shared >= 0.5 {
		return true
	}
	for _, m := range c.members {
		for _, n := range r.members {
			if drafts[m].article == drafts[n].article {
				return true
			}
		}
	}
	return false
}
