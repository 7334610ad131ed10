package timeline

import (
	"dateline/timeline/actors"
	"slices"
)

// cluster is a group of drafts that report the same event.
type cluster struct {
	members []int32 // indexes into the drafts, in order
	actors  []int32 // distinct actors of all members (indexes into tables.names)
	words   wordSig // words of its first members (not all: a big cluster must not match everything)
	places  []int32 // distinct places of its members (up to maxPlaces; indexes into tables.places)
	open    bool    // a member is an open range ("since September 2015")
	point   bool    // a member is not
}

// sigMembers is how many first members make up a cluster's word signature.
const sigMembers = 3

// recentClusters bounds how many clusters without a shared actor a draft is compared with.
const recentClusters = 16

// actorClusters bounds how many of an actor's latest clusters a draft is compared with, so
// that a day with thousands of reports on one country stays linear.
const actorClusters = 64

// merger holds what mergeGroup reuses from one date to the next. One per goroutine.
type merger struct {
	tried   []int32 // per cluster: the last draft (plus one) compared with it
	byActor map[int32][]int32
	ds, cs  []int32 // people of a draft's sentence and of a cluster's (see namedBeside)
}

// mergeGroup clusters drafts that share a date key (same start at the same precision),
// in order. Two drafts report the same event when they share actors and wording enough:
// two shared people, organizations or groups (a country counts half) and a little common
// wording; one shared actor and more common wording; a shared country and much common
// wording; or nearly the same wording. A place both name counts as a country does.
// Reports of the same kind of event (a capture: "took", "seized", "the fall of"; see
// wordClasses) need less common wording, unless they name other places; reports of two kinds (a capture, a ceasefire)
// need nearly the same wording and actors, and one of a kind with one of none needs
// more. An open range and a point with the same start
// ("since September 2015", "in September 2015") need less common wording, if dated to
// the month or finer or sharing a person, organization or group. Reports that both name
// people but none in common are never the same event.
func (mg *merger) mergeGroup(drafts []draft, in *mergeInput, tb *tables, group []int32) []cluster {
	var cs []cluster
	tried := mg.tried[:0]
	if mg.byActor == nil {
		mg.byActor = map[int32][]int32{}
	}
	byActor := mg.byActor
	clear(byActor)
	for _, di := range group {
		d := &drafts[di]
		da, dw := in.actors(di), in.words[di]
		best, bestScore := -1, 0.0
		mg.ds = mg.ds[:0]
		try := func(ci int32) {
			if tried[ci] == di+1 {
				return
			}
			tried[ci] = di + 1
			if s, ok := cs[ci].score(mg, drafts, in, di, da, dw, tb); ok && s > bestScore {
				best, bestScore = int(ci), s
			}
		}
		for _, a := range da {
			l := byActor[a]
			for _, ci := range l[max(0, len(l)-actorClusters):] {
				try(ci)
			}
		}
		for ci := max(0, len(cs)-recentClusters); ci < len(cs); ci++ {
			try(int32(ci))
		}
		if best < 0 {
			cs = append(cs, cluster{})
			tried = append(tried, di+1)
			best = len(cs) - 1
		}
		c := &cs[best]
		c.add(di, d, da, dw)
		for _, a := range da {
			if l := byActor[a]; len(l) == 0 || l[len(l)-1] != int32(best) {
				byActor[a] = append(l, int32(best))
			}
		}
	}
	mg.tried = tried
	return foldCaptions(cs, drafts, tb)
}

// foldCaptions makes a cluster of captions only a source of an event that running text
// of the same article reports on the date, the one it shares most with (the first if
// none): a photo illustrates the article's news and is no news of its own. A caption
// whose article tells nothing else of the date stays an event. It returns cs without
// the clusters it folded.
func foldCaptions(cs []cluster, drafts []draft, tb *tables) []cluster {
	var capOnly []int // clusters of captions only
	for i := range cs {
		if onlyCaptions(&cs[i], drafts) {
			capOnly = append(capOnly, i)
		}
	}
	if len(capOnly) == 0 || len(capOnly) == len(cs) {
		return cs
	}
	byArticle := map[int32][]int{} // per article: the clusters holding its running text
	for i := range cs {
		for _, m := range cs[i].members {
			if d := &drafts[m]; d.kind == bodySentence {
				if l := byArticle[d.article]; len(l) == 0 || l[len(l)-1] != i {
					byArticle[d.article] = append(l, i)
				}
			}
		}
	}
	folded := false
	for _, i := range capOnly {
		c := &cs[i]
		best, bestScore := -1, -1.0
		for _, m := range c.members {
			for _, j := range byArticle[drafts[m].article] {
				o := &cs[j]
				shared, _, _, sim := affinity(c.actors, o.actors, c.words, o.words, tb.kinds)
				if s := shared + 2*sim; s > bestScore || s == bestScore && j < best {
					best, bestScore = j, s
				}
			}
		}
		if best >= 0 {
			cs[best].absorb(c)
			*c = cluster{}
			folded = true
		}
	}
	if !folded {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cluster) bool { return len(c.members) == 0 })
}

// onlyCaptions reports whether every member of c is a caption.
func onlyCaptions(c *cluster, drafts []draft) bool {
	for _, m := range c.members {
		if drafts[m].kind != caption {
			return false
		}
	}
	return len(c.members) > 0
}

// score says whether draft di (d, with actors da and words dw) reports the event of c,
// and how closely.
func (c *cluster) score(mg *merger, drafts []draft, in *mergeInput, di int32, da []int32, dw wordSig, tb *tables) (float64, bool) {
	d := &drafts[di]
	shared, people, common, sim := affinity(da, c.actors, dw, c.words, tb.kinds)
	if people == 0 && hasPerson(da, tb.kinds) && hasPerson(c.actors, tb.kinds) && !c.namedBeside(mg, drafts, in, di, da, tb.kinds) {
		// Each names people and they share none: others did it, however alike the words
		// ("Haddad said on Monday that talks would resume", "Lavrov said on Monday ...").
		return 0, false
	}
	shared += c.placeShared(d.place, da, tb)
	same, clash := dw.eventsAgree(c.words)
	s := shared + 2*sim
	if clash {
		// One report is of a capture, the other of a ceasefire: only near the same
		// wording and actors are they one.
		if shared >= 2 && sim >= 0.4 || common >= 4 && sim >= 0.6 {
			return s, true
		}
		return 0, false
	}
	isOpen := d.open
	switch {
	case shared >= 2 && sim >= 0.1,
		shared >= 1 && sim >= 0.25 && (same || dw.events == 0 && c.words.events == 0),
		shared >= 1 && sim >= 0.4,
		shared >= 0.5 && common >= 2 && sim >= 0.4,
		same && shared >= 0.5 && common >= 2 && sim >= 0.2 && !c.placeClash(d.place),
		shared >= 0.5 && sim >= 0.15 && (isOpen && c.point || !isOpen && c.open) && (tb.prec(d) >= Month || people > 0),
		common >= 4 && sim >= 0.5:
		return s, true
	}
	return 0, false
}

// namedBeside reports whether the people of one report, draft di (with actors da) or c,
// are all named in the sentence of the other, beside another of its dates: "Ruto said on
// Tuesday that Tshisekedi and Kagame had agreed to attend a summit on Wednesday" and
// "on Tuesday, Ruto announced that both leaders would join a summit on Wednesday" tell
// of one summit, though one sentence gives it to Tshisekedi and Kagame and the other to
// Ruto. A cluster's sentences are those of its first members.
func (c *cluster) namedBeside(mg *merger, drafts []draft, in *mergeInput, di int32, da []int32, kinds []actors.Kind) bool {
	if len(mg.ds) == 0 {
		mg.ds = sentencePeople(mg.ds, drafts, in, kinds, di)
	}
	if peopleAmong(c.actors, mg.ds, kinds) {
		return true
	}
	mg.cs = mg.cs[:0]
	for _, m := range c.members[:min(len(c.members), sigMembers)] {
		mg.cs = sentencePeople(mg.cs, drafts, in, kinds, m)
	}
	return peopleAmong(da, mg.cs, kinds)
}

// sentencePeople appends to out the people the drafts of the sentence of draft i name
// that out lacks: drafts of one sentence are neighbours.
func sentencePeople(out []int32, drafts []draft, in *mergeInput, kinds []actors.Kind, i int32) []int32 {
	d := &drafts[i]
	lo, hi := i, i+1
	for lo > 0 && drafts[lo-1].article == d.article && drafts[lo-1].sentStart == d.sentStart {
		lo--
	}
	for int(hi) < len(drafts) && drafts[hi].article == d.article && drafts[hi].sentStart == d.sentStart {
		hi++
	}
	for j := lo; j < hi; j++ {
		for _, a := range in.actors(j) {
			if kinds[a] == actors.Person && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// peopleAmong reports whether every person of ids is in people.
func peopleAmong(ids, people []int32, kinds []actors.Kind) bool {
	for _, a := range ids {
		if kinds[a] == actors.Person && !slices.Contains(people, a) {
			return false
		}
	}
	return true
}

// placeClash reports whether d's place p and c's places are known and all differ.
func (c *cluster) placeClash(p int32) bool {
	return p != 0 && len(c.places) > 0 && !slices.Contains(c.places, p)
}

// maxPlaces bounds the places a cluster remembers.
const maxPlaces = 4

// placeShared returns what a place d names (p, with actors da) shares with c: half a
// shared actor, as a country does, unless the place is a shared actor already.
func (c *cluster) placeShared(p int32, da []int32, tb *tables) float64 {
	if p == 0 || !slices.Contains(c.places, p) {
		return 0
	}
	name := tb.places[p]
	for _, a := range da {
		if tb.names[a] == name && slices.Contains(c.actors, a) {
			return 0
		}
	}
	return 0.5
}

// hasPerson reports whether ids name a person.
func hasPerson(ids []int32, kinds []actors.Kind) bool {
	for _, id := range ids {
		if kinds[id] == actors.Person {
			return true
		}
	}
	return false
}

// affinity measures how much two reports share: shared actors (a country
// counts half, since a country is named in most reports of a region),
// how many of them are not countries, the content words in common, and
// those as a share of the smaller report's words.
func affinity(xs, ys []int32, wx, wy wordSig, kinds []actors.Kind) (shared float64, people, common int, sim float64) {
	for _, x := range xs {
		for _, y := range ys {
			if x == y {
				if kinds[x] == actors.Country {
					shared += 0.5
				} else {
					shared++
					people++
				}
				break
			}
		}
	}
	common, smaller := wx.overlap(wy)
	if smaller > 0 {
		sim = float64(common) / float64(smaller)
	}
	return shared, people, common, sim
}

// maxEventActors bounds the actors an event lists: a report naming more is a list, not
// an event, and comparing with it must stay cheap.
const maxEventActors = 32

// addActors adds the names c lacks, up to maxEventActors.
func (c *cluster) addActors(names []int32) {
	for _, a := range names {
		if len(c.actors) >= maxEventActors {
			return
		}
		if !slices.Contains(c.actors, a) {
			c.actors = append(c.actors, a)
		}
	}
}

// add makes draft d (index di, with actors da and words dw) a member of c.
func (c *cluster) add(di int32, d *draft, da []int32, dw wordSig) {
	c.members = append(c.members, di)
	c.addActors(da)
	if d.place != 0 && len(c.places) < maxPlaces && !slices.Contains(c.places, d.place) {
		c.places = append(c.places, d.place)
	}
	if len(c.members) <= sigMembers {
		c.words.or(dw)
	}
	if d.open {
		c.open = true
	} else {
		c.point = true
	}
}
