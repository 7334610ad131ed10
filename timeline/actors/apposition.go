package actors

// A name in apposition with a title: before it ("Ricardo Alarcon, president of the National
// Assembly", "Basem Naim, a senior Hamas official, said"), or after the title and its
// complement ("the head of Ukrenergo, Volodymyr Kudrytskyi, said").

// appositionEnders may follow the title of a name in apposition: "president of", "official,".
var appositionEnders = map[string]bool{
	",": true, ".": true, ";": true, ")": true, "of": true, "for": true, "at": true, "to": true,
	"in": true, "on": true, "and": true, "who": true, "with": true, "since": true,
	"\u2014": true, "\u2013": true,
}

// appositionAfter reports whether the words from token j let the title before it close an
// apposition: the end of the text, punctuation or "of", "for" (see appositionEnders).
func (s *scanner) appositionAfter(j int) bool {
	return j >= len(s.z.toks) || appositionEnders[s.fold(j)]
}

// determiners may start an apposition: "a senior Hamas official".
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true,
}

// maxApposition bounds the lower-case words between the comma of an apposition and its
// title: "David Abraham, an immigration law professor".
const maxApposition = 5

// appositive returns the first token of the name and the token of the comma of an
// apposition before the title phrase that starts at token front ("Basem Naim, a senior
// ..."), and -1; or the item of a person already recognized there, as -1, the comma and the
// item; or -1, -1, -1. A new name has two words or more, is no place ("in Kfar Kila, the
// mayor") and was not recognized otherwise.
func (s *scanner) appositive(front int) (st, c, known int) {
	toks := s.z.toks
	k := front
	for n := 0; n < maxApposition && k > 0; n++ {
		t := toks[k-1]
		if t.word && !t.upper && (!notNames[s.fold(k-1)] || determiners[s.fold(k-1)]) || s.is(k-1, "'") && !t.space {
			k-- // "a senior", "the group's", but not "a lawyer for the"
			continue
		}
		break
	}
	if !s.is(k-1, ",") || k < 3 {
		return -1, -1, -1
	}
	c = k - 1
	for n := len(s.items) - 1; n >= 0 && s.items[n].end >= c; n-- {
		if it := s.items[n]; it.end == c && !it.dropped && s.isPerson(it) {
			return -1, c, n // "Prince Bandar bin Sultan, the Saudi ambassador"
		}
	}
	// The first token of the name: back over its capitalized words, particles, hyphens,
	// apostrophes and initials.
	st = c
	for st > 0 && c-st < maxNameWords*3 {
		t := toks[st-1]
		if t.word && (t.upper || particles[s.fold(st-1)]) || !t.word && !t.space && (s.is(st-1, "-") || s.is(st-1, "'") || s.is(st-1, ".")) {
			st--
			continue
		}
		break
	}
	for st < c && !(toks[st].word && toks[st].upper) {
		st++
	}
	for st < c {
		// "Prince Bandar bin Sultan, the Saudi ambassador": the name after its title.
		id, e := s.match(st)
		if id < 0 || s.g.aliases[id].kind != titleAlias {
			break
		}
		st = e
	}
	e, words := s.nameRun(st)
	if e != c || words < 2 || s.orgName(st, c) {
		return -1, -1, -1
	}
	for m := len(s.items) - 1; m >= 0 && s.items[m].end > st; m-- {
		if s.items[m].start < c {
			return -1, -1, -1 // known, or found otherwise; dropped items count: "Kim", "Lee"
		}
	}
	if st > 0 && toks[st-1].word && placePrepositions[s.fold(st-1)] {
		return -1, -1, -1
	}
	return st, c, -1
}

// complements start what may follow a title before a name in apposition: "envoy for Sudan",
// "ambassador to the UN", "head of Ukrenergo".
var complements = map[string]bool{"of": true, "for": true, "to": true, "on": true, "at": true, "in": true}

// maxComplement bounds the tokens of a complement: "of the FBI investigation in Dar es
// Salaam".
const maxComplement = 8

// complementName returns the name and its end after the complement of a title whose
// phrase ends before token j ("the head of Ukrenergo, Volodymyr Kudrytskyi,"), or -1, -1.
// The name has two words or more and ends the apposition.
func (s *scanner) complementName(j int) (int, int) {
	toks := s.z.toks
	if j >= len(toks) || !complements[s.fold(j)] {
		return -1, -1
	}
	k := j + 1
	for ; k < len(toks) && k <= j+maxComplement && !s.is(k, ","); k++ {
		if !toks[k].word && !s.is(k, "'") && !s.is(k, "-") && !s.is(k, ".") || toks[k].space && s.lineBreak(k) {
			return -1, -1
		}
	}
	if k == j+1 || !s.is(k, ",") || k+1 >= len(toks) || !toks[k+1].upper {
		return -1, -1
	}
	st := k + 1
	if id, _ := s.match(st); id >= 0 {
		return -1, -1 // a known name: the gazetteer has it
	}
	e, words := s.nameRun(st)
	if words < 2 || s.orgName(st, e) || !s.appositionEnds(e, true) {
		return -1, -1
	}
	return st, e
}

// determinerBefore reports whether "the" (or a possessive pronoun) comes right before
// token i, possibly with up to two lower-case words between: "the regional governor".
func (s *scanner) determinerBefore(i int) bool {
	toks := s.z.toks
	for n := 0; n < 3 && i > 0 && toks[i-1].word; n++ {
		switch s.fold(i - 1) {
		case "the", "its", "his", "her", "their":
			return true
		}
		if toks[i-1].upper {
			return false
		}
		i--
	}
	return false
}

// appositionEnds reports whether a name in apposition ends at token e: at a comma or the
// end of the text, or, after "the regional governor,", at the end of the sentence.
func (s *scanner) appositionEnds(e int, determined bool) bool {
	if e >= len(s.z.toks) || s.is(e, ",") {
		return true
	}
	return determined && (s.is(e, ".") || s.is(e, ";") || s.is(e, ")"))
}
