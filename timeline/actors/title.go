package actors

import (
	"slices"
	"strings"
)

// maxNameWords bounds a name recognized after a title.
const maxNameWords = 4

// title handles a title at tokens [i, end): the person it introduces ("President X",
// "Kremlin spokesman Dmitry Peskov"), or a role phrase to link ("the Syrian president").
// It returns the token after what it consumed.
func (s *scanner) title(i, end int, a *alias) int {
	t := s.g.titles[a.title]
	toks := s.z.toks
	affil := ""
	prev := s.affiliated(i)
	if t.subject {
		prev = -1 // "Russia expert Fiona Hill" is no Russian
	}
	if prev >= 0 {
		it := s.items[prev]
		if it.actor >= 0 && it.role == "" {
			switch e := s.g.actors[it.actor]; e.Kind {
			case Country, Organization, Group:
				affil = e.Name
			default:
				prev = -1 // "Zelensky's chief of staff Andriy Yermak": both are named
			}
		} else if it.org > 0 {
			affil = s.orgs[it.org-1].name // "AFC spokesman X"
		} else {
			prev = -1
		}
	}
	// More titles may follow: "spokesman Major General Zaw Min Tun", "commander Gen.
	// Oleksandr Syrskyi", "Chief Executive Officer Tim Cook".
	j, more, id, e := s.moreTitles(end, t)
	after := j
	// An apposition: "South Korea's national security adviser, Chang Ho-jin, said", "the
	// regional governor, Pavel Malkov."
	appositive, determined := false, false
	if s.is(j, ",") && j+1 < len(toks) && toks[j+1].upper {
		if prev >= 0 {
			appositive = true
		} else if s.determinerBefore(s.skipModifiers(i)) {
			appositive, determined = true, true
		}
		if appositive {
			j, more, id, e = s.moreTitles(j+1, more)
		}
	}
	if j < len(toks) && toks[j].word && (toks[j].upper || particles[s.fold(j)]) {
		late := int32(0)
		if id >= 0 {
			b := &s.g.aliases[id]
			if b.actor >= 0 && b.kind == lateAlias && !s.g.titleFits(t, b.actor, affil) && !s.g.titleFits(more, b.actor, affil) {
				// "Dr. Lee", "Mr. Kim": a common surname after a title the person does not
				// hold is someone else unless the document names the person otherwise
				// (see link).
				late = b.actor + 1
			} else if b.actor >= 0 && s.g.actors[b.actor].Kind == Person && (b.kind == akaAlias || b.kind == lateAlias) {
				return s.titled(prev, b.actor, t, more, j, e)
			}
		} else if gid, ge := s.givenName(j); gid >= 0 {
			return s.titled(prev, s.g.aliases[gid].actor, t, more, j, ge) // "President Volodymyr Zelenskiy"
		}
		e, words := s.nameRun(j)
		if words == 1 && e < len(toks) && toks[e].word && toks[e].upper {
			words = 0 // one word before another capitalized one: title-case text, not a name
		}
		if id >= 0 && s.g.aliases[id].actor >= 0 && s.g.actors[s.g.aliases[id].actor].Kind != Person || s.orgName(j, e) {
			words = 0 // "official U.S. figures", "official Tass News Agency": no name
		}
		if (words >= 2 || words == 1 && (t.head || t.personal || more.head || more.personal)) && (!appositive || s.appositionEnds(e, determined)) && (!determined || words >= 2) {
			if prev >= 0 {
				s.items[prev].dropped = true
			}
			p := s.person(j, e, affil, t.role)
			if more.role != t.role && more.role != "" && len(s.people[p].roles) < maxRoles && !slices.Contains(s.people[p].roles, more.role) {
				s.people[p].roles = append(s.people[p].roles, more.role)
			}
			s.items = append(s.items, item{start: j, end: e, kind: akaAlias, actor: -1, person: p, late: late})
			return e
		}
	}
	if !t.personal && (prev >= 0 || s.determinerBefore(s.skipModifiers(i))) {
		if st, e := s.complementName(after); st >= 0 {
			// "The head of Ukrenergo, Volodymyr Kudrytskyi, said": the scan adds the
			// name when it gets there, after the complement.
			if prev >= 0 {
				s.items[prev].dropped = true
			}
			s.pending = item{start: st, end: e, kind: akaAlias, actor: -1, person: s.person(st, e, affil, t.role)}
			return after
		}
	}
	if !t.personal && s.appositionAfter(after) {
		// "Basem Naim, a senior Hamas official, said": the name before the title.
		front := i
		if prev >= 0 {
			front = s.items[prev].start
		}
		if st, c, known := s.appositive(front); st >= 0 || known >= 0 {
			if prev >= 0 {
				s.items[prev].dropped = true
			}
			if known >= 0 {
				// The person holds the office: "the Saudi ambassador" is no one else.
				if it := s.items[known]; it.person >= 0 {
					s.person(it.start, it.end, affil, t.role)
				} else {
					s.holdsRole(it.actor, t.role)
				}
				return after
			}
			p := s.person(st, c, affil, t.role)
			k, _ := slices.BinarySearchFunc(s.items, st, func(it item, st int) int { return it.start - st })
			s.items = slices.Insert(s.items, k, item{start: st, end: c, kind: akaAlias, actor: -1, person: p})
			return after
		}
	}
	if prev >= 0 && s.isAffiliation(s.items[prev]) {
		it := &s.items[prev]
		it.country = it.end
		it.end = end
		it.role = t.role
		it.generic = t.generic
		if s.is(it.start-1, "the") {
			it.start--
		}
	}
	return end
}

// titled records the gazetteer person actor at tokens [j, e) after the titles t and more,
// and the affiliation item prev that the person stands for, and returns e.
func (s *scanner) titled(prev int, actor int32, t, more title, j, e int) int {
	if prev >= 0 {
		s.items[prev].dropped = true
	}
	s.holdsRole(actor, t.role)
	if more.role != t.role {
		s.holdsRole(actor, more.role)
	}
	s.items = append(s.items, item{start: j, end: e, kind: akaAlias, actor: actor, person: -1})
	return e
}

// orgName reports whether a word of tokens [i, end) names an organization rather than a
// person: "Agency", "Council" (see orgWords).
func (s *scanner) orgName(i, end int) bool {
	for k := i; k < end; k++ {
		if s.z.toks[k].upper && orgWords[s.fold(k)] != "" {
			return true
		}
	}
	return false
}

// holdsRole records that the gazetteer person actor holds role in this document.
func (s *scanner) holdsRole(actor int32, role string) {
	if role == "" {
		return
	}
	if s.roles == nil {
		s.roles = map[int32][]string{}
	}
	if r := s.roles[actor]; len(r) < maxRoles && !slices.Contains(r, role) {
		s.roles[actor] = append(r, role)
	}
}

// officeWords are capitalized words that continue a title rather than start a name:
// "Chief Executive Officer", "Chief Justice".
var officeWords = map[string]bool{
	"cabinet": true, "executive": true, "officer": true, "operating": true, "financial": true,
	"justice": true,
}

// maxTitles bounds the titles and office words that may follow a title.
const maxTitles = 3

// moreTitles skips the titles and office words from token j ("Major General" after
// "spokesman") and returns the token after them with the last title seen (t if none),
// and the gazetteer phrase there and its end (-1 if none).
func (s *scanner) moreTitles(j int, t title) (int, title, int32, int) {
	toks := s.z.toks
	for n := 0; j < len(toks) && toks[j].word; n++ {
		if n < maxTitles && toks[j].upper && officeWords[s.fold(j)] {
			j++
			continue
		}
		id, e := s.match(j)
		if n == maxTitles || id < 0 || s.g.aliases[id].kind != titleAlias {
			return j, t, id, e
		}
		t, j = s.g.titles[s.g.aliases[id].title], e
	}
	return j, t, -1, j
}

// modifiers may stand between a country and a title ("Niger's new prime minister").
var modifiers = map[string]bool{
	"new": true, "former": true, "interim": true, "acting": true, "deputy": true, "top": true,
	"then": true, "outgoing": true, "incoming": true, "senior": true, "veteran": true,
	"longtime": true, "long-time": true, "powerful": true, "influential": true,
}

// bodies are the words of the part of a government or organization that may stand between
// its name and a title: "Chinese Foreign Ministry spokesperson", "Ukraine's Air Force
// spokesman", "Israeli military spokesman".
var bodies = map[string]bool{
	"ministry": true, "foreign": true, "defence": true, "defense": true, "interior": true,
	"health": true, "finance": true, "justice": true, "army": true, "military": true,
	"air": true, "force": true, "navy": true, "naval": true, "police": true, "security": true,
	"intelligence": true, "presidential": true, "government": true, "armed": true,
	"forces": true, "embassy": true, "border": true, "guard": true, "coast": true,
	"emergency": true, "emergencies": true, "service": true, "general": true, "staff": true,
	"joint": true, "cabinet": true, "national": true, "office": true, "mission": true,
	"election": true, "electoral": true, "commission": true, "state": true, "department": true,
}

// maxBodyWords bounds the words of bodies and modifiers between a name and a title.
const maxBodyWords = 4

// affiliated returns the item that a title at token i belongs to: the last one, when it
// ends right before the title, or before words of bodies and modifiers ("Foreign Ministry",
// "new"); or -1.
func (s *scanner) affiliated(i int) int {
	for n := 0; ; n++ {
		if p := s.prevAdjacent(i); p >= 0 || n == maxBodyWords || i == 0 || !s.z.toks[i-1].word {
			return p
		}
		if f := s.fold(i - 1); !bodies[f] && !modifiers[f] {
			return -1
		}
		i--
	}
}

// skipModifiers returns the first of the modifier words right before token i, or i.
func (s *scanner) skipModifiers(i int) int {
	for i > 0 && s.z.toks[i-1].word && modifiers[s.fold(i-1)] {
		i--
	}
	return i
}

// particles may start or continue a name in lower case ("al-Assad", "bin Salman").
var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true, "de": true,
	"del": true, "da": true, "di": true, "van": true, "von": true, "der": true, "den": true,
	"la": true, "le": true, "du": true, "dos": true, "das": true, "ul": true, "arap": true,
	"ben": true,
}

// notNames are capitalized words that do not belong to a name after a title.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "said": true, "says": true,
	"told": true, "who": true, "which": true, "has": true, "is": true, "was": true,
	"will": true, "but": true, "as": true, "by": true, "from": true, "after": true,
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "today": true,
	"yesterday": true, "tomorrow": true, "last": true, "this": true, "next": true,
	"he": true, "she": true, "they": true, "it": true, "his": true, "her": true,
}

// nameRun returns the end of the capitalized name starting at token j and its number of
// words: "Dmitry Peskov", "Bashar al-Assad", "George W. Bush". It stops before a word
// the gazetteer knows as something other than a person.
func (s *scanner) nameRun(j int) (end, words int) {
	toks := s.z.toks
	end = j
	for k := j; k < len(toks) && words < maxNameWords; {
		t := toks[k]
		f := s.fold(k)
		switch {
		case t.word && t.upper && !notNames[f]:
			if k > j && t.space && s.lineBreak(k) {
				return end, words
			}
			if words > 0 {
				if id, _ := s.match(k); id >= 0 && s.g.aliases[id].kind != titleAlias {
					return end, words // "President Meets Putin": the name is the known one
				}
			}
			words++
			k++
			end = k
			// An initial: "W."
			if t.end-t.start == 1 && k < len(toks) && s.is(k, ".") {
				k++
				end = k
			}
		case t.word && particles[f] && k+1 < len(toks) && (toks[k+1].upper || s.is(k+1, "-")):
			k++
		case !t.word && f == "'" && !t.space && k > j && toks[k-1].end-toks[k-1].start == 1 && toks[k-1].upper && k+1 < len(toks) && toks[k+1].upper && !toks[k+1].space:
			k++ // "O'Donnell", "D'Souza": the next round counts the word
		case !t.word && f == "-" && !t.space && k > j && k+1 < len(toks) && toks[k+1].word && !toks[k+1].space:
			// "Ho-jin", "al-Assad": the word after a hyphen belongs to the name.
			if toks[k+1].upper || particles[s.fold(k-1)] {
				k++ // an upper-case word is counted by the next round
			} else {
				k += 2
				end = k
			}
		default:
			return end, words
		}
	}
	return end, words
}

// person returns the document person named by tokens [i, end), creating it if needed.
// A single word that is the surname of someone already named is that person.
func (s *scanner) person(i, end int, affil, role string) int32 {
	start, stop := s.z.toks[i].start, s.z.toks[end-1].end
	name := s.text[start:stop]
	key := Fold(name)
	surname := s.fold(end - 1)
	if s.familyFirst(i, end, affil) {
		surname = s.fold(i) // "Chang Ho-jin": the family name comes first
	}
	if s.peopleBy == nil {
		s.peopleBy = map[string]int32{}
	}
	n, ok := s.peopleBy[key]
	space := strings.LastIndexByte(key, ' ')
	if !ok && space < 0 {
		n, ok = s.peopleBy["surname:"+key] // "Sen. D'Amato" after "Alfonse D'Amato"
	}
	if ok {
		p := &s.people[n]
		if p.affiliation == "" {
			p.affiliation = affil
		}
		if role != "" && len(p.roles) < maxRoles && !slices.Contains(p.roles, role) {
			p.roles = append(p.roles, role)
		}
		return n
	}
	n = int32(len(s.people))
	var roles []string
	if role != "" {
		roles = []string{role}
	}
	s.people = append(s.people, person{name: name, key: key, surname: surname, affiliation: affil, roles: roles})
	s.peopleBy[key] = n
	if space >= 0 {
		for _, k := range []string{"surname:" + surname, "surname:" + key[space+1:]} {
			if _, dup := s.peopleBy[k]; !dup {
				s.peopleBy[k] = n
			}
		}
	}
	return n
}

// maxRoles bounds the offices remembered for one person.
const maxRoles = 8

// titleFits says whether title t, after affiliation affil ("" when none), can introduce the
// person actor: an office they hold ("President Lee"), or a generic one ("leader Kim") for a
// head of state or government, and their own country or organization if one is given.
// A form of address ("Mr.", "Dr.") fits nobody: it precedes any surname.
func (g *gazetteer) titleFits(t title, actor int32, affil string) bool {
	e := &g.actors[actor]
	if e.Kind != Person || t.personal || affil != "" && affil != e.Affiliation {
		return false
	}
	for _, r := range e.roles {
		if r == t.role || t.generic && g.heads[r] {
			return true
		}
	}
	return false
}
