package actors

import "strings"

// Organizations defined by their acronym: "the Alliance for Change (AFC)" makes a later
// "the AFC" the same actor, and "the Economic Community of West African States (Ecowas)"
// makes "Ecowas" name the known ECOWAS. The acronym must spell the initials of the name
// ("of" and the like may give a letter or none), which keeps "WASHINGTON (AP)" and
// "Dagalo (Hemedti)" out.

// org is an organization or group the gazetteer lacks, defined in the document.
type org struct {
	name        string // as written: "Alliance for Change"
	kind        Kind   // Organization or Group
	acronym     string // as written: "AFC"
	affiliation string // canonical name of the country or organization its name starts with
}

// docPhrase is a name the document defined: an acronym or the full name it stands for.
type docPhrase struct {
	toks  []string // folded
	caps  bool     // the text must be all capitals, as the acronym was
	actor int32    // gazetteer actor, or -1
	org   int32    // index into scanner.orgs, or -1
}

// connectors are the lower-case words a name may have between its capitalized ones; they
// may give the acronym a letter or not ("Economic Community of West African States").
var connectors = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "on": true, "in": true, "to": true,
	"at": true, "against": true, "de": true, "des": true, "du": true, "la": true, "le": true,
	"les": true, "el": true, "al": true, "del": true, "da": true, "di": true, "dos": true,
	"das": true, "et": true, "y": true,
}

// orgWords make a name an organization's ("Alliance for Change"), or an armed or
// political group's: "Gross Domestic Product (GDP)" is neither.
var orgWords = func() map[string]Kind {
	m := map[string]Kind{}
	for _, w := range strings.Fields(`
		agency alliance assembly association authority bank board body bureau cartel center
		centre coalition command commission committee community company conference congress
		corporation council court department directorate federation forum foundation fund
		group initiative institute league mission network observatory office organisation
		organization panel parliament programme program secretariat service society tribunal
		trust union watch`) {
		m[w] = Organization
	}
	for _, w := range strings.Fields(`
		army forces front movement brigade brigades militia militias liberation rebels
		resistance party battalion battalions legion mujahideen jihad insurgents guerrillas
		corps guard guards`) {
		m[w] = Group
	}
	return m
}()

// maxNameTokens bounds the tokens of a name an acronym may stand for.
const maxNameTokens = 16

// defineAcronym handles the "(" at token i: when an acronym follows ("(AFC)") that spells
// the initials of the name before it, it records what the acronym names in this document.
func (s *scanner) defineAcronym(i int) {
	toks := s.z.toks
	if i == 0 || i+2 >= len(toks) || !s.is(i+2, ")") {
		return
	}
	a := toks[i+1]
	if !a.word || !a.upper || a.space || a.end-a.start < 2 || a.end-a.start > 10 {
		return
	}
	acro := s.fold(i + 1)
	for k := 0; k < len(acro); k++ {
		if acro[k] < 'a' || acro[k] > 'z' {
			return // "(G7)", "(Ĳ)": not the initials of words
		}
	}
	if !a.allUpper && len(acro) < 3 {
		return
	}
	start := s.spelled(i, acro)
	if start < 0 {
		return
	}
	// What the name is: a gazetteer entry the text names in full, or one the acronym
	// names in another spelling ("Israeli Defense Forces (IDF)"), or a new organization.
	target, orgID := int32(-1), int32(-1)
	n := len(s.items)
	exact := n > 0 && !s.items[n-1].dropped && s.items[n-1].start == start && s.items[n-1].end == i && s.items[n-1].actor >= 0 && s.items[n-1].role == ""
	if exact {
		target = s.items[n-1].actor
	} else if id, e := s.match(i + 1); id >= 0 && e == i+2 && s.g.aliases[id].kind == akaAlias && s.similar(start, i, s.g.aliases[id].actor) {
		target = s.g.aliases[id].actor
	} else if s.capitals(start, i) < 2 || s.orgKind(start, i) == "" {
		return
	} else if id, e := s.match(i + 1); id >= 0 && e == i+2 && s.g.aliases[id].kind == titleAlias {
		return // "(MP)", "(CEO)"
	}
	if !exact {
		// Replace what was found inside the name by the name.
		affil := ""
		k := n
		for k > 0 && s.items[k-1].start >= start {
			k--
		}
		for _, it := range s.items[k:] {
			if affil == "" && !it.dropped && it.actor >= 0 && it.role == "" && s.g.actors[it.actor].Kind != Person && it.actor != target {
				affil = s.g.actors[it.actor].Name
			}
		}
		s.items = s.items[:k]
		for len(s.places) > 0 && s.places[len(s.places)-1].Start >= int(toks[start].start) {
			s.places = s.places[:len(s.places)-1]
		}
		if target < 0 {
			orgID = int32(len(s.orgs))
			s.orgs = append(s.orgs, org{
				name:        s.text[toks[start].start:toks[i-1].end],
				kind:        s.orgKind(start, i),
				acronym:     s.text[a.start:a.end],
				affiliation: affil,
			})
		}
		s.add(item{start: start, end: i, kind: akaAlias, actor: target, person: -1, org: orgID + 1})
		s.define(s.foldedRun(start, i), false, target, orgID)
	}
	if id, e := s.match(i + 1); target < 0 || id < 0 || e != i+2 || s.g.aliases[id].actor != target {
		s.define([]string{acro}, a.allUpper, target, orgID)
	}
}

// spelled returns the first token of the name that ends before token end and whose
// initials the folded acronym spells, or -1.
func (s *scanner) spelled(end int, acro string) int {
	// The words of the name, last first: capitalized words and connectors, across the
	// hyphens and possessives inside it ("Lord's Resistance Army", "Hayat Tahrir al-Sham").
	var words [maxNameTokens]int
	n := 0
	toks := s.z.toks
	for k := end - 1; k >= 0 && n < len(words) && end-k <= maxNameTokens; k-- {
		t := toks[k]
		if !t.word {
			if t.space || k == end-1 || !(s.is(k, "-") || s.is(k, "'") || s.is(k, "&")) {
				break
			}
			continue
		}
		if s.is(k, "s") && s.is(k-1, "'") {
			continue
		}
		if !t.upper && !connectors[s.fold(k)] {
			break
		}
		if t.space && k < end-1 && s.lineBreak(k+1) {
			break
		}
		words[n] = k
		n++
	}
	// Try the longest name first.
	for w := n - 1; w >= 0; w-- {
		if k := words[w]; toks[k].upper && !s.is(k, "the") && !s.inside(k) && s.initials(words[:w+1], acro) {
			return k
		}
	}
	return -1
}

// inside reports whether token k is inside an item, after its first token.
func (s *scanner) inside(k int) bool {
	for n := len(s.items) - 1; n >= 0 && s.items[n].end > k; n-- {
		if it := s.items[n]; !it.dropped && it.start < k {
			return true
		}
	}
	return false
}

// initials reports whether the acronym spells the words, given last first: each
// capitalized word gives its initial (an all-capital one, such as "UN", may give all its
// letters), and each connector its initial or nothing.
func (s *scanner) initials(words []int, acro string) bool {
	if len(words) == 0 {
		return acro == ""
	}
	if acro == "" {
		return false
	}
	k := words[len(words)-1] // the first word of the name
	rest := words[:len(words)-1]
	t := s.z.toks[k]
	f := s.fold(k)
	if !t.upper || s.is(k, "the") {
		if s.initials(rest, acro) {
			return true // a connector that gives no letter
		}
	}
	if f[0] == acro[0] && s.initials(rest, acro[1:]) {
		return true
	}
	return t.allUpper && len(f) > 1 && len(f) <= len(acro) && acro[:len(f)] == f && s.initials(rest, acro[len(f):])
}

// capitals returns the number of capitalized words in tokens [i, end).
func (s *scanner) capitals(i, end int) int {
	n := 0
	for k := i; k < end; k++ {
		if s.z.toks[k].word && s.z.toks[k].upper {
			n++
		}
	}
	return n
}

// similar reports whether the name at tokens [i, end) is another spelling of the name of
// actor: at least half of its capitalized words are words of its names ("Israeli Defense
// Forces" for "Israel Defense Forces", not "International Cricket Council" for
// "International Criminal Court").
func (s *scanner) similar(i, end int, actor int32) bool {
	e := &s.g.actors[actor]
	known := map[string]bool{}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		for _, w := range tokenize(name) {
			known[w] = true
		}
	}
	words, shared := 0, 0
	for k := i; k < end; k++ {
		if s.z.toks[k].word && s.z.toks[k].upper {
			words++
			if known[s.fold(k)] {
				shared++
			}
		}
	}
	return 2*shared >= words
}

// orgKind says whether the name at tokens [i, end) is an armed or political group's or
// another organization's (see orgWords), or "" when it is neither, or holds a title ("Chief
// Executive Officer", "Member of Parliament").
func (s *scanner) orgKind(i, end int) Kind {
	kind := Kind("")
	for k := i; k < end; k++ {
		if id, _ := s.match(k); id >= 0 && s.g.aliases[id].kind == titleAlias {
			return ""
		}
		switch orgWords[s.fold(k)] {
		case Group:
			kind = Group
		case Organization:
			if kind == "" {
				kind = Organization
			}
		}
	}
	return kind
}

// foldedRun returns the folded tokens [i, end).
func (s *scanner) foldedRun(i, end int) []string {
	out := make([]string, 0, end-i)
	for k := i; k < end; k++ {
		out = append(out, s.fold(k))
	}
	return out
}

// define records a phrase the document defined.
func (s *scanner) define(toks []string, caps bool, actor, orgID int32) {
	if s.docs == nil {
		s.docs = map[string][]docPhrase{}
	}
	s.docs[toks[0]] = append(s.docs[toks[0]], docPhrase{toks: toks, caps: caps, actor: actor, org: orgID})
}

// docMatch returns the longest phrase the document defined that starts at token i, and
// the token after it, or false.
func (s *scanner) docMatch(i int) (docPhrase, int, bool) {
	var best docPhrase
	end := i
	toks := s.z.toks
next:
	for _, p := range s.docs[s.fold(i)] {
		e := i + len(p.toks)
		if e <= end || e > len(toks) || p.caps && !toks[i].allUpper {
			continue
		}
		for k := 1; k < len(p.toks); k++ {
			if s.fold(i+k) != p.toks[k] {
				continue next
			}
		}
		if e < len(toks) && toks[e].word && !toks[e].space {
			continue
		}
		best, end = p, e
	}
	return best, end, end > i
}
