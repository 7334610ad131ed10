package temporal

// Token predicates the rules are written with.

// key reports whether token i is the keyword k.
func (p *parser) key(i, k int) bool {
	t := p.t(i)
	return t.kind == tWord && t.lx.cls == cKey && t.lx.val() == k
}

// cls reports whether token i is a word of class c.
func (p *parser) cls(i int, c class) bool {
	t := p.t(i)
	return t.kind == tWord && t.lx.cls == c
}

// punct reports whether token i is the punctuation byte c.
func (p *parser) punct(i int, c byte) bool {
	t := p.t(i)
	return t.kind == tPunct && t.c == c
}

// adj reports that token i directly follows token i-1 (no space).
func (p *parser) adj(i int) bool {
	return i > 0 && p.real(i) && p.t(i).start == p.t(i-1).end
}

// is reports whether token i is the word s (lower case), ignoring case.
func (p *parser) is(i int, s string) bool {
	t := p.t(i)
	// The first byte, kept in the token, settles most mismatches.
	return t.kind == tWord && int(t.end-t.start) == len(s) && t.c|0x20 == s[0] && lowerEq(p.text[t.start:t.end], s)
}

// word returns the text of token i.
func (p *parser) word(i int) string { return p.text[p.t(i).start:p.t(i).end] }

// skipDot skips an abbreviation's period directly after token i-1.
func (p *parser) skipDot(i int) int {
	if p.punct(i, '.') && p.adj(i) {
		return i + 1
	}
	return i
}
