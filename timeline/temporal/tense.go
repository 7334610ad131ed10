package temporal

// Tense: whether a sentence speaks of the past or the future decides
// which "Wednesday" or "August" it means.

// tense guesses the tense around token i: -1 past, +1 future, 0 unknown.
func (p *parser) tense(i int) int {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if v := p.tenseOf(k, false); v != 0 {
			return v
		}
		if p.sentenceEnd(k) {
			break
		}
	}
	for k := i + 1; p.real(k) && k <= i+8; k++ {
		if p.sentenceEnd(k) {
			break
		}
		if v := p.tenseOf(k, true); v != 0 {
			return v
		}
	}
	return 0
}

func (p *parser) sentenceEnd(k int) bool {
	t := p.t(k)
	if t.kind != tPunct {
		return false
	}
	switch t.c {
	case '!', '?', ';':
		return true
	case '.':
		prev := p.t(max(k-1, 0))
		return !(prev.kind == tWord && (prev.end-prev.start == 1 || prev.lx.abbr))
	}
	return false
}

// tenseOf reads the tense a word marks; after the expression (ahead) only
// auxiliaries and past forms count: "On Friday, she set aside her plans".
func (p *parser) tenseOf(k int, ahead bool) int {
	t := p.t(k)
	if t.kind != tWord {
		return 0
	}
	switch t.lx.cls {
	case cKey:
		if t.lx.v == kFut && !ahead {
			return 1
		}
		return 0
	case cMonth:
		if !t.cap && t.lx.v == 5 {
			return 1 // the modal "may"
		}
		return 0
	case cNone:
	default:
		return 0
	}
	w := p.text[t.start:t.end]
	n := len(w)
	if t.cap && k > 0 && !p.sentenceEnd(k-1) {
		return 0 // a name mid-sentence: "the United States"
	}
	switch n {
	case 2:
		if w == "ll" && p.punct(k-1, '\'') {
			return 1
		}
		if w == "to" && !ahead && (p.is(k-1, "is") || p.is(k-1, "are")) {
			return 1 // "is to resume trading Tuesday"
		}
	case 3:
		if w == "was" || w == "had" || w == "did" {
			return -1
		}
	case 4:
		switch w {
		case "will", "Will":
			return 1
		case "said", "were":
			return -1
		}
	case 5:
		if w == "would" || w == "shall" {
			return 1
		}
	}
	if n > 4 && w[n-2] == 'e' && w[n-1] == 'd' && (w[n-3] != 'e' || w == "agreed" || w == "freed") {
		return -1 // not "succeed", "proceed", "exceed", "need"
	}
	if irregularPast(w) && !p.is(k-1, "be") && !p.is(k-1, "is") && !p.is(k-1, "are") && !p.is(k-1, "being") {
		return -1 // not the passive "the case is heard in May"
	}
	return 0
}

// irregularPast reports the common irregular past forms of news verbs
// ("brought", "took", "met"), leaving out those that are also present or
// noun forms ("set", "put", "cut", "hit", "read", "rose").
func irregularPast(w string) bool {
	switch w {
	case "met", "led", "won", "got", "ran", "saw", "sat", "fled", "fell", "held", "kept", "left",
		"lost", "made", "paid", "sold", "sent", "shot", "took", "told", "came", "went", "gave",
		"knew", "grew", "drew", "flew", "wrote", "spoke", "broke", "chose", "began", "became",
		"bought", "brought", "caught", "fought", "sought", "taught", "thought", "stood", "struck",
		"spent", "built", "felt", "found", "heard", "meant", "threw", "withdrew", "overthrew":
		return true
	}
	return false
}
