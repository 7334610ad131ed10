package actors

import "strings"

// item is one recognized span of tokens [start, end).
type item struct {
	start, end int
	kind       aliasKind
	actor      int32  // gazetteer actor, or -1
	person     int32  // index into scanner.people, or -1
	role       string // role phrase ("the Syrian president"): the office, to resolve by linking
	generic    bool   // the role phrase names any head of state or government ("leader")
	country    int    // for a role phrase: token end of its country part
	dropped    bool   // absorbed by a longer construction
	late       int32  // a gazetteer person plus one, or 0: who the span names instead of person if the document names them otherwise ("Mr. Kim")
	org        int32  // index into scanner.orgs plus one, or 0: an organization the document defined
}

// person is someone the gazetteer lacks, recognized from a title.
type person struct {
	name        string   // as first written in full
	key         string   // folded name
	surname     string   // folded last word
	affiliation string   // canonical country or organization, if the context names one
	roles       []string // offices from the titles seen
}

// scanner holds the state of one Scan call.
type scanner struct {
	g        *gazetteer
	text     string
	z        tokenizer
	items    []item
	spare    []item // linkSurnames' buffer of added items
	covered  []bool // per token: part of an item (linkSurnames)
	people   []person
	peopleBy map[string]int32 // folded name, or "surname:" + folded surname -> person
	places   []Place
	roles    map[int32][]string     // offices given to gazetteer people by titles in this document
	pending  item                   // a name in apposition after a title's complement, when end > 0
	orgs     []org                  // organizations defined in the document by their acronym
	docs     map[string][]docPhrase // first folded token -> the names the document defined
}

// fold returns the folded text of token i.
func (s *scanner) fold(i int) string {
	t := s.z.toks[i]
	return string(s.z.folded[t.fstart:t.fend])
}

// is reports whether token i folds to w, without allocating.
func (s *scanner) is(i int, w string) bool {
	if i < 0 || i >= len(s.z.toks) {
		return false
	}
	t := s.z.toks[i]
	return string(s.z.folded[t.fstart:t.fend]) == w
}

// match returns the longest gazetteer alias starting at token i and the token after it,
// or -1.
func (s *scanner) match(i int) (int32, int) {
	toks := s.z.toks
	t := toks[i]
	key := s.z.folded[t.fstart:t.fend]
	bits := s.g.first
	if !t.upper {
		bits = s.g.firstLower
	}
	if h := hashBytes(key); bits[h/64]&(1<<(h%64)) == 0 {
		return -1, i
	}
	list := s.g.index[string(key)]
	if len(list) > 0 && list[0] < 0 {
		// A long list: first the phrases of three tokens or more, by their first three.
		list = list[1:]
		if i+2 < len(toks) {
			u := toks[i+2]
			if id, end := s.matchList(i, s.g.index3[string(s.z.folded[t.fstart:u.fend])]); id >= 0 {
				return id, end
			}
		}
	}
	return s.matchList(i, list)
}

// matchList returns the first alias of list that matches at token i and the token after
// it, or -1.
func (s *scanner) matchList(i int, list []int32) (int32, int) {
	toks := s.z.toks
	t := toks[i]
next:
	for _, id := range list {
		a := &s.g.aliases[id]
		end := i + len(a.toks)
		if end > len(toks) {
			continue
		}
		if a.upper && !t.upper {
			continue
		}
		for k := 1; k < len(a.toks); k++ {
			u := toks[i+k]
			if string(s.z.folded[u.fstart:u.fend]) != a.toks[k] {
				continue next
			}
			// A phrase does not run across a line break or into a word glued to punctuation.
			if u.space && s.lineBreak(i+k) {
				continue next
			}
		}
		if a.acronym {
			for k := i; k < end; k++ {
				if toks[k].word && !toks[k].allUpper {
					continue next
				}
			}
		}
		// The phrase must end at a word boundary: "AP2010" is one token, but "U.S" + "." is fine.
		return id, end
	}
	return -1, i
}

// givenName returns the alias after token i that names a gazetteer person whose name
// starts with the word at i ("Volodymyr Zelenskiy", "Recep Erdogan"), and the token after
// it; or -1.
func (s *scanner) givenName(i int) (int32, int) {
	toks := s.z.toks
	if i+1 >= len(toks) || !toks[i].upper || !toks[i+1].upper || !toks[i+1].space || s.lineBreak(i+1) {
		return -1, i
	}
	id, end := s.match(i + 1)
	if id < 0 {
		return -1, i
	}
	a := &s.g.aliases[id]
	if a.actor < 0 || a.kind != akaAlias && a.kind != lateAlias || s.g.actors[a.actor].Kind != Person {
		return -1, i
	}
	first, _, _ := strings.Cut(s.g.actors[a.actor].Name, " ")
	if Fold(first) != s.fold(i) {
		return -1, i
	}
	return id, end
}

// lineBreak reports whether a newline separates token i from the one before it.
func (s *scanner) lineBreak(i int) bool {
	if i == 0 {
		return false
	}
	for _, c := range []byte(s.text[s.z.toks[i-1].end:s.z.toks[i].start]) {
		if c == '\n' {
			return true
		}
	}
	return false
}

// scan walks the tokens once, recognizing gazetteer phrases, titles and places.
func (s *scanner) scan() {
	toks := s.z.toks
	for i := 0; i < len(toks); {
		if !toks[i].word {
			if t := toks[i]; t.fend-t.fstart == 1 && s.z.folded[t.fstart] == '(' {
				s.defineAcronym(i)
			}
			i++
			continue
		}
		if s.pending.end > 0 && i >= s.pending.start {
			if i == s.pending.start {
				s.add(s.pending)
				i = s.pending.end
				s.pending = item{}
				continue
			}
			s.pending = item{} // passed by a longer phrase
		}
		if s.docs != nil && toks[i].upper {
			if p, end, ok := s.docMatch(i); ok {
				s.add(item{start: i, end: end, kind: akaAlias, actor: p.actor, person: -1, org: p.org + 1})
				i = end
				continue
			}
		}
		id, end := s.match(i)
		if end <= i+1 && toks[i].upper && i+3 < len(toks) && !toks[i+2].word && !toks[i+2].space {
			if e := s.hyphenName(i); e > i {
				// "Moon Jae-in", "Kim Keun-sik": a person, not the known "Kim".
				s.namePerson(i, e)
				i = e
				continue
			}
		}
		if id < 0 {
			if gid, e := s.givenName(i); gid >= 0 {
				// "Volodymyr Zelenskiy": the first name and a short form of a known person.
				s.add(item{start: i, end: e, kind: akaAlias, actor: s.g.aliases[gid].actor, person: -1})
				i = e
			} else if toks[i].upper {
				i = s.unknownPlace(i)
			} else {
				i++
			}
			continue
		}
		a := &s.g.aliases[id]
		switch a.kind {
		case titleAlias:
			i = s.title(i, end, a)
		case capitalAlias:
			switch {
			case s.dateline(i, end):
				// "KYIV, March 22 (Reuters) -": where the report was filed, not an actor
				// and not where the news happened.
				i = s.placeEnd(i, end, a)
			case s.placeBefore(i) && !s.viewAfter(end):
				// "in Moscow", but not "in Washington's view".
				i = s.place(i, end, a)
			case s.is(s.skipDirection(i)-1, "from"):
				i = end // "From Pyongyang, Putin flew to Hanoi": where he came from
			default:
				s.add(item{start: i, end: end, kind: a.kind, actor: a.actor, person: -1})
				i = end
			}
		case metonymAlias:
			if s.placeBefore(i) {
				i = s.place(i, end, a)
			} else {
				s.add(item{start: i, end: end, kind: a.kind, actor: a.actor, person: -1})
				i = end
			}
		case cityAlias:
			switch {
			case s.dateline(i, end):
				i = s.placeEnd(i, end, a)
			case s.nameBefore(i):
				i = end // "Boureima Hama": a surname, not the Syrian city
			default:
				i = s.place(i, end, a)
			}
		default:
			if a.place >= 0 && a.kind == akaAlias && s.placeBefore(i) {
				// A country by its name ("in Syria"), not by a demonym ("in Israeli strikes").
				s.addPlace(i, end, a.place, "")
			}
			s.add(item{start: i, end: end, kind: a.kind, actor: a.actor, person: -1})
			i = end
		}
	}
}

// add appends an item. A person absorbs a country right before it ("Syria's Bashar
// al-Assad", "Russian Vladimir Putin").
func (s *scanner) add(it item) {
	if s.isPerson(it) {
		if p := s.prevAdjacent(it.start); p >= 0 && s.isCountry(s.items[p]) {
			s.items[p].dropped = true
		}
	}
	s.items = append(s.items, it)
}

// isPerson reports whether an item names a person.
func (s *scanner) isPerson(it item) bool {
	return it.person >= 0 || it.actor >= 0 && s.g.actors[it.actor].Kind == Person
}

// isAffiliation reports whether an item names a country, organization or group: what a
// role phrase ("the Syrian president", "the Hamas chief") is anchored to.
func (s *scanner) isAffiliation(it item) bool {
	if it.actor < 0 || it.role != "" {
		return false
	}
	switch s.g.actors[it.actor].Kind {
	case Country, Organization, Group:
		return true
	}
	return false
}

// isCountry reports whether an item names a country (by name, demonym or metonym).
func (s *scanner) isCountry(it item) bool {
	return it.actor >= 0 && it.role == "" && s.g.actors[it.actor].Kind == Country
}

// prevAdjacent returns the last item if it ends right before token i, possibly with a
// possessive "'s" between, or -1.
func (s *scanner) prevAdjacent(i int) int {
	n := len(s.items) - 1
	if n < 0 || s.items[n].dropped {
		return -1
	}
	end := s.items[n].end
	if end == i || end == i-2 && s.is(i-2, "'") && s.is(i-1, "s") && !s.z.toks[i-2].space {
		return n
	}
	return -1
}

// place records a place phrase, extended by ", Country" when it names its own country
// ("Moscow, Russia"), and returns the token after it.
func (s *scanner) place(i, end int, a *alias) int {
	stop := s.placeEnd(i, end, a)
	if e := s.usState(stop, s.g.places[a.place].country == "United States" && !isUSState(a.toks)); e > stop {
		// "Birmingham, Ala.", "Paris, Texas": the American namesake.
		s.addPlace(i, e, a.place, "United States")
		return e
	}
	s.addPlace(i, stop, a.place, "")
	return stop
}

// placeEnd returns the end of the place phrase at tokens [i, end): after the name of its
// division ("Kherson Oblast", "Idlib Governorate") and after ", Country" when that names the
// place's own country.
func (s *scanner) placeEnd(i, end int, a *alias) int {
	if a.kind == cityAlias && end < len(s.z.toks) && s.z.toks[end].upper && s.z.toks[end].space && divisions[s.fold(end)] {
		end++
	}
	if end+1 < len(s.z.toks) && s.is(end, ",") {
		if id, e := s.match(end + 1); id >= 0 {
			b := &s.g.aliases[id]
			if b.kind == akaAlias && b.actor == a.actor && s.g.actors[b.actor].Kind == Country {
				return e
			}
		}
	}
	return end
}

// divisions are the capitalized words that may follow a city or region to name the division
// around it: "Kursk Region", "Ryazan Oblast".
var divisions = map[string]bool{
	"oblast": true, "province": true, "region": true, "governorate": true, "district": true,
	"prefecture": true,
}

// addPlace records tokens [i, end) as the place p, in country if that is not "".
func (s *scanner) addPlace(i, end int, p int32, country string) {
	if p < 0 {
		return
	}
	start, stop := int(s.z.toks[i].start), int(s.z.toks[end-1].end)
	pe := s.g.places[p]
	if country == "" {
		country = pe.country
	}
	s.places = append(s.places, Place{Start: start, End: stop, Text: s.text[start:stop], Name: pe.name, Country: country})
}
