package actors

import (
	"slices"
	"strings"
)

// link resolves what needs the whole document: aliases that only count once an actor is
// named otherwise, surnames of people recognized from titles, and role phrases such as
// "the Syrian president".
func (s *scanner) link() {
	named := map[int32]bool{}
	for _, it := range s.items {
		if !it.dropped && it.actor >= 0 && it.kind != lateAlias && it.role == "" {
			named[it.actor] = true
		}
	}
	for n := range s.items {
		it := &s.items[n]
		if it.kind == lateAlias && !named[it.actor] {
			// "Clinton" after "President Clinton" is that person, if not Hillary Clinton.
			if p, ok := s.personNamed(it.start, it.end); ok {
				it.actor, it.person, it.kind = -1, p, akaAlias
			} else {
				it.dropped = true
			}
		}
		if it.late > 0 && named[it.late-1] {
			it.actor, it.person = it.late-1, -1
		}
	}
	if len(s.people) > 0 {
		s.linkSurnames()
	}
	s.resolveRoles()
}

// personNamed returns the person of the document that tokens [i, end) name in full or by
// surname.
func (s *scanner) personNamed(i, end int) (int32, bool) {
	if s.peopleBy == nil {
		return -1, false
	}
	key := Fold(s.text[s.z.toks[i].start:s.z.toks[end-1].end])
	if p, ok := s.peopleBy[key]; ok {
		return p, true
	}
	p, ok := s.peopleBy["surname:"+key]
	return p, ok
}

// linkSurnames adds a mention for every bare surname of a person recognized from a title
// ("Peskov" after "spokesman Dmitry Peskov", "Clinton" after "President Clinton"), and for
// the full name written without the title ("Fidel Castro's" before "President Fidel
// Castro").
func (s *scanner) linkSurnames() {
	surnames := map[string]int32{}
	for n, p := range s.people {
		surnames[p.surname] = int32(n)
	}
	if cap(s.covered) < len(s.z.toks) {
		s.covered = make([]bool, len(s.z.toks))
	}
	covered := s.covered[:len(s.z.toks)]
	clear(covered)
	for _, it := range s.items {
		for k := it.start; k < it.end; k++ {
			covered[k] = true
		}
	}
	added := s.spare[:0]
	for k, t := range s.z.toks {
		if !t.word || !t.upper || covered[k] {
			continue
		}
		if p, ok := surnames[s.fold(k)]; ok {
			start := k
			if k >= 2 && s.is(k-1, "'") && !t.space && !s.z.toks[k-1].space && s.z.toks[k-2].upper && s.z.toks[k-2].end-s.z.toks[k-2].start == 1 && !covered[k-2] {
				start = k - 2 // "D'Amato"
			}
			start = s.fullName(start, s.people[p].key, covered)
			added = append(added, item{start: start, end: k + 1, kind: akaAlias, actor: -1, person: p})
		}
	}
	if len(added) == 0 {
		s.spare = added
		return
	}
	// Merge the two ordered lists.
	n := len(s.items) + len(added)
	merged := make([]item, 0, n+n/2) // becomes the items buffer the Scanner reuses
	i, j := 0, 0
	for i < len(s.items) || j < len(added) {
		if j == len(added) || i < len(s.items) && s.items[i].start < added[j].start {
			merged = append(merged, s.items[i])
			i++
		} else {
			merged = append(merged, added[j])
			j++
		}
	}
	s.spare = added[:0]
	s.items = merged
}

// maxGivenTokens bounds the tokens of the given names before a surname: "George W." is 3.
const maxGivenTokens = 5

// fullName returns the first token of the full name key that ends with the surname at
// token k, or k: "Fidel Castro" around "Castro". It compares the folded tokens with the
// words of key from its end, without allocating.
func (s *scanner) fullName(k int, key string, covered []bool) int {
	toks := s.z.toks
	surname := s.z.folded[toks[k].fstart:toks[k].fend]
	if len(key) <= len(surname)+1 || key[len(key)-len(surname):] != string(surname) || key[len(key)-len(surname)-1] != ' ' || !toks[k].space {
		return k // a name of one word, or the family name first
	}
	rest := key[:len(key)-len(surname)-1]
	c := k
	for c > 0 && k-c < maxGivenTokens && !covered[c-1] {
		t := toks[c-1]
		w := s.z.folded[t.fstart:t.fend]
		if len(rest) < len(w) || rest[len(rest)-len(w):] != string(w) {
			return k
		}
		rest = rest[:len(rest)-len(w)]
		c--
		if rest == "" {
			return c
		}
		if t.space != (rest[len(rest)-1] == ' ') {
			return k
		}
		if t.space {
			rest = rest[:len(rest)-1]
		}
	}
	return k
}

// candidate is a person named in the document, with the token positions of the mentions.
type candidate struct {
	it    item // its first mention
	where []int
}

// resolveRoles links every role phrase to the person of the document who holds that office
// for that country, preferring the nearest earlier mention (else the nearest later one);
// a phrase nobody holds names the country ("the Russian defence ministers").
func (s *scanner) resolveRoles() {
	var byCountry map[string][]candidate
	for n := range s.items {
		it := &s.items[n]
		if it.role == "" || it.dropped {
			continue
		}
		if byCountry == nil {
			byCountry = s.candidates()
		}
		best, bestDist := -1, 0
		var bestItem item
		for _, c := range byCountry[s.g.actors[it.actor].Name] {
			if !s.holds(c.it, it.role, it.generic) {
				continue
			}
			k, _ := slices.BinarySearch(c.where, it.start)
			d := len(s.z.toks) + c.where[0] - it.start // a later mention only when no earlier one exists
			if k > 0 {
				d = it.start - c.where[k-1]
			} else if k < len(c.where) {
				d = len(s.z.toks) + c.where[k] - it.start
			}
			if best < 0 || d < bestDist {
				best, bestDist, bestItem = k, d, c.it
			}
		}
		if best < 0 {
			it.end = it.country
			if s.is(it.start, "the") {
				it.start++
			}
			it.role = ""
			continue
		}
		it.actor, it.person, it.role = bestItem.actor, bestItem.person, ""
	}
}

// candidates groups the people mentioned in the document by affiliation.
func (s *scanner) candidates() map[string][]candidate {
	out := map[string][]candidate{}
	index := map[[2]int32]int{} // (actor, person) -> position in its affiliation's list
	for _, o := range s.items {
		if o.dropped || o.role != "" || !s.isPerson(o) {
			continue
		}
		affil := ""
		if o.person >= 0 {
			affil = s.people[o.person].affiliation
		} else {
			affil = s.g.actors[o.actor].Affiliation
		}
		if affil == "" {
			continue
		}
		key := [2]int32{o.actor, o.person}
		k, ok := index[key]
		if !ok {
			k = len(out[affil])
			index[key] = k
			out[affil] = append(out[affil], candidate{it: o})
		}
		out[affil][k].where = append(out[affil][k].where, o.start)
	}
	return out
}

// holds reports whether the person of item o holds role (any head-of-state office when
// generic), by the gazetteer or by a title in this document.
func (s *scanner) holds(o item, role string, generic bool) bool {
	match := func(roles []string) bool {
		for _, r := range roles {
			if r == role || generic && s.g.heads[r] {
				return true
			}
		}
		return false
	}
	if o.person >= 0 {
		return match(s.people[o.person].roles)
	}
	return match(s.g.actors[o.actor].roles) || match(s.roles[o.actor])
}

// result builds the exported mentions and places.
func (s *scanner) result() Result {
	var r Result
	n := 0
	for _, it := range s.items {
		if !it.dropped {
			n++
		}
	}
	if n > 0 {
		r.Mentions = make([]Mention, 0, n)
	}
	for _, it := range s.items {
		if it.dropped {
			continue
		}
		start, end := int(s.z.toks[it.start].start), int(s.z.toks[it.end-1].end)
		m := Mention{Start: start, End: end, Text: s.text[start:end]}
		if it.org > 0 {
			o := s.orgs[it.org-1]
			m.Actor = Actor{Name: o.name, Kind: o.kind, Aliases: []string{o.acronym}, Affiliation: o.affiliation}
		} else if it.person >= 0 {
			p := s.people[it.person]
			m.Actor = Actor{Name: p.name, Kind: Person, Affiliation: p.affiliation}
			if p.surname != p.key {
				m.Actor.Aliases = []string{s.surnameText(p)}
			}
		} else {
			m.Actor = s.g.actors[it.actor].Actor
		}
		r.Mentions = append(r.Mentions, m)
	}
	r.Mentions = ordered(r.Mentions)
	r.Places = s.places
	return r
}

// ordered returns mentions in text order without overlaps. Linking may find a full
// name over words already read as a short form ("B B B" over its "B"): the longer
// mention wins.
func ordered(ms []Mention) []Mention {
	sorted := true
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			sorted = false
			break
		}
	}
	if sorted {
		return ms
	}
	slices.SortStableFunc(ms, func(a, b Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := ms[:0]
	for _, m := range ms {
		if len(out) > 0 && m.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

// surnameText returns the family name of a person as written.
func (s *scanner) surnameText(p person) string {
	if first, _, ok := strings.Cut(p.name, " "); ok && Fold(first) == p.surname {
		return first
	}
	for i := len(p.name) - 1; i >= 0; i-- {
		if p.name[i] == ' ' || p.name[i] == '-' {
			return p.name[i+1:]
		}
	}
	return p.name
}
