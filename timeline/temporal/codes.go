package temporal

// Rules for the period codes of business news: "Q3 2024", "3Q24", "Q4",
// "H1 2025", "1H25", "FY2023", "FY 24", "2024 Q3".

// codeLetter reads an upper-case period code word at i: 'Q' (quarter), 'H'
// (half) or 'F' (fiscal year, "FY"); 0 for anything else.
func (p *parser) codeLetter(i int) byte {
	t := p.t(i)
	if t.kind != tWord || !t.cap {
		return 0
	}
	switch w := p.word(i); w {
	case "Q", "H":
		return w[0]
	case "FY":
		return 'F'
	}
	return 0
}

// codeYear reads the year of a period code at k: "2024" or "24" glued to
// the code ("Q324" is not one), "'24", or "2024"/"24" after a space, a
// slash or a hyphen. glued says the year may follow without a separator.
func (p *parser) codeYear(k int, glued bool) (y, next int, ok bool) {
	if p.punct(k, '\'') && p.adj(k) {
		return p.yearAt(k)
	}
	if (p.punct(k, '/') || p.punct(k, '-')) && p.adj(k) && p.adj(k+1) {
		k++
	} else if p.adj(k) && !glued {
		return 0, k, false
	}
	t := p.t(k)
	if t.kind != tNum || t.sep || p.adj(k+1) && p.t(k+1).kind != tPunct {
		return 0, k, false
	}
	switch {
	case t.ndig == 4 && t.number() >= 1900 && t.number() <= 2199:
		return t.number(), k + 1, true
	case t.ndig == 2 && (glued && p.adj(k) || p.punct(k-1, '/') || p.punct(k-1, '-')):
		return p.shortYear(t.number()), k + 1, true
	}
	return 0, k, false
}

// ruleCode: a period code whose number is at i. "Q3" and "FY2023" start
// one token before it (match.lead).
func ruleCode(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tNum || t.sep {
		return false
	}
	// "2024 Q3", "2024-Q3": the year first.
	if t.ndig == 4 && t.number() >= 1900 && t.number() <= 2199 && !p.adj(i) {
		k := i + 1
		if p.punct(k, '-') && p.adj(k) && p.adj(k+1) {
			k++
		}
		if c := p.codeLetter(k); (c == 'Q' || c == 'H') && (k > i+1 || !p.adj(k)) && p.adj(k+1) && p.t(k+1).kind == tNum && p.t(k+1).ndig == 1 && !(p.adj(k+2) && p.t(k+2).kind != tPunct) {
			return p.codeMatch(c, p.t(k+1).number(), t.number(), i, k+2, 0, out)
		}
	}
	// "Q3", "H1 2025", "FY2023", "FY 24": the code, then the number.
	if c := p.codeLetter(i - 1); c != 0 && (p.adj(i) || c == 'F') && !(p.adj(i-1) && p.t(i-2).kind != tPunct) {
		if c == 'F' {
			y, e, ok := p.codeYear(i, true)
			if !ok {
				return false
			}
			if n := p.t(e + 1); p.punct(e, '-') && p.adj(e) && p.adj(e+1) && n.kind == tNum && n.ndig == 2 && n.number() == (y+1)%100 && !(p.adj(e+2) && p.t(e+2).kind != tPunct) {
				y, e = y+1, e+2 // "FY2023-24" is named by the year it ends in
			}
			*out = match{end: e, typ: Date, value: pad(y, 4), lead: 1, pt: point{y: y, g: gYear}, hasPt: true}
			return true
		}
		if t.ndig == 1 && p.codeLetter(i+1) == 'F' && (p.adj(i+1) || !p.t(i+1).nl) {
			// "Q2FY24", "H1 FY2024": a quarter or half of a fiscal year.
			if y, e, ok := p.codeYear(i+2, true); ok && p.codeMatch(c, t.number(), y, i-1, e, 1, out) {
				out.fiscal = true
				return true
			}
		}
		if t.ndig != 1 || p.adj(i+1) && p.t(i+1).kind != tPunct {
			return false // "H1N1", "Q10"
		}
		y, e, ok := p.codeYear(i+1, false)
		if !ok {
			y, e = 0, i+1
		}
		return p.codeMatch(c, t.number(), y, i-1, e, 1, out)
	}
	// "3Q24", "1H 2025", "3Q".
	if t.ndig == 1 && !(p.adj(i) && p.t(i-1).kind != tPunct) && p.adj(i+1) {
		c := p.codeLetter(i + 1)
		if c != 'Q' && c != 'H' {
			return false
		}
		if p.codeLetter(i+2) == 'F' && !p.t(i+2).nl {
			// "1H FY27", "3QFY26": a half or quarter of a fiscal year.
			if y, e, ok := p.codeYear(i+3, true); ok && p.codeMatch(c, t.number(), y, i, e, 0, out) {
				out.fiscal = true
				return true
			}
		}
		y, e, ok := p.codeYear(i+2, true)
		if !ok {
			if p.adj(i+2) && p.t(i+2).kind != tPunct {
				return false
			}
			y, e = 0, i+2
		}
		return p.codeMatch(c, t.number(), y, i, e, 0, out)
	}
	return false
}

// codeMatch makes the match of quarter or half n of year y (0: unstated)
// over tokens [start, e).
func (p *parser) codeMatch(c byte, n, y, start, e, lead int, out *match) bool {
	g := gQuarter
	if c == 'H' {
		g = gHalf
	}
	if n < 1 || g == gQuarter && n > 4 || g == gHalf && n > 2 {
		return false
	}
	rel := y == 0
	if rel && g == gHalf {
		// "H2" alone is as often a heading or a molecule; after "the second
		// half of 2024" it is a half of that year.
		no := len(p.out)
		if !(no > 0 && p.lastEnd > 0 && start >= p.lastEnd && start-p.lastEnd <= 30 && p.last.g == gHalf && p.last.y != noYear) {
			return false
		}
		if p.out[no-1].Relative && !p.sameSentence(p.lastEnd-1, start) {
			return false // a bare "H1" carries the year to its own sentence only
		}
		y, rel = p.last.y, true
		pt := point{y: y, n: n, g: g}
		*out = match{end: e, typ: Date, value: pt.String(), lead: lead, rel: rel, pt: pt, hasPt: true}
		return true
	}
	if rel {
		if k := start - 1; k > 0 && p.t(k).kind == tWord && p.t(k).cap && !p.t(k).nl && !p.sentenceEnd(k-1) {
			return false // a model name: "Audi Q3"
		}
		y = noYear
		if base, ok := p.base(); ok && !p.ref.Narrative && p.fyText() {
			// A text that labels quarters by fiscal year ("Q2FY26") means
			// its bare "Q3" in the current fiscal year too.
			y = p.fiscalNow(start, base)
		} else if ok {
			cur := at(base, gQuarter)
			y = cur.y
			if n > cur.n && p.tense(e-1) <= 0 {
				y-- // in January, "Q4" has just ended
			}
		}
	}
	pt := point{y: y, n: n, g: g}
	*out = match{end: e, typ: Date, value: pt.String(), lead: lead, rel: rel}
	if g == gQuarter && y != noYear {
		out.pt, out.hasPt = pt, true
	}
	return true
}
