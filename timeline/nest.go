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
			if d.open || tb.dates[d.date].end != "" {
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
				if s, ok := nestScore(n.c, f.c, tb); ok && s > bestScore {
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
// full-scale invasion on Feb. 24, 2022").
func nestScore(a, b *cluster, tb *tables) (float64, bool) {
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
		shared >= 2 && sim >= 0.2,
		same && shared >= 0.5 && common >= 3 && sim >= 0.5,
		same && place > 0 && common >= 2 && sim >= 0.3:
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
