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
	switch n {
	case 2:
		if w == "ll" && p.punct(k-1, '\'') {
			return 1
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
	if n > 4 && w[n-2] == 'e' && w[n-1] == 'd' {
		return -1
	}
	return 0
}
