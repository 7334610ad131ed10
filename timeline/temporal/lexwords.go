package temporal

import (
	"math/bits"
	"slices"
)

// maxWord is the longest word looked up in the lexicon.
const maxWord = 15

// wordTable finds the words of the lexicon ignoring ASCII case, without
// hashing or lower-casing. A word's first and last letters pick a cell;
// the cell's set of lengths rejects most words at once, and otherwise
// numbers the word's slot: the words sharing first letter, last letter and
// length are a chain starting there, compared eight bytes at a time.
type wordTable struct {
	cells [26][26]wordCell
	// words holds one slot per (first, last, length) in cell order, then
	// the rest of each chain.
	words []wordEntry
}

// wordCell describes the words with one first and last letter.
type wordCell struct {
	lens uint16 // bit n is set when a word of n letters exists
	base uint16 // slot of the shortest such word
}

// wordEntry is one lower-case word (as foldKey reads it) and its entry.
type wordEntry struct {
	lo, hi uint64
	lx     lexeme
	next   uint16 // the next word of the chain; 0 ends it
}

func newWordTable(m map[string]lexeme) wordTable {
	var t wordTable
	chains := map[[3]int][]string{}
	for w := range m {
		if len(w) == 0 || len(w) > maxWord || !matchable(w) {
			continue
		}
		f, l := int(w[0])-'a', int(w[len(w)-1])-'a'
		t.cells[f][l].lens |= 1 << len(w)
		k := [3]int{f, l, len(w)}
		chains[k] = append(chains[k], w)
	}
	// Slots first, in cell order, so that a word's slot is its cell's
	// base plus the number of shorter lengths in the cell.
	for f := range t.cells {
		for l := range t.cells[f] {
			c := &t.cells[f][l]
			c.base = uint16(len(t.words))
			for n := 1; n <= maxWord; n++ {
				if c.lens&(1<<n) != 0 {
					t.words = append(t.words, wordEntry{})
				}
			}
		}
	}
	entry := func(w string) wordEntry {
		lo, hi := foldKey(w, 0, len(w))
		return wordEntry{lo: lo, hi: hi, lx: m[w]}
	}
	for f := range t.cells {
		for l := range t.cells[f] {
			c := t.cells[f][l]
			for n := 1; n <= maxWord; n++ {
				ws := chains[[3]int{f, l, n}]
				if len(ws) == 0 {
					continue
				}
				slices.Sort(ws) // a fixed layout whatever the map order
				k := int(c.base) + bits.OnesCount16(c.lens&(1<<n-1))
				t.words[k] = entry(ws[0])
				for _, w := range ws[1:] {
					t.words[k].next = uint16(len(t.words))
					k = len(t.words)
					t.words = append(t.words, entry(w))
				}
			}
		}
	}
	if len(t.words) > 1<<16 {
		panic("temporal: lexicon too large for 16-bit slots")
	}
	return t
}

// matchable reports whether w can be a word of the text ignoring case: a
// word token never holds ASCII bytes other than letters, and the keys are
// lower case. The table cannot fold bytes of 0x80 and above.
func matchable(w string) bool {
	for i := range len(w) {
		if w[i] >= 0x80 {
			panic("temporal: lexicon word " + w + " is not ASCII")
		}
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// lookup returns the entry of word w, ignoring ASCII case; zero if none.
// The scanner inlines it.
func (t *wordTable) lookup(w string) lexeme {
	n := len(w)
	if n == 0 || n > maxWord {
		return lexeme{}
	}
	f, l := (w[0]|0x20)-'a', (w[n-1]|0x20)-'a'
	if f >= 26 || l >= 26 {
		return lexeme{}
	}
	c := t.cells[f][l]
	if c.lens&(1<<n) == 0 {
		return lexeme{}
	}
	lo, hi := foldKey(w, 0, n)
	return t.chain(lo, hi, int(c.base)+bits.OnesCount16(c.lens&(1<<n-1)))
}

// chain returns the entry of the word read as lo, hi by foldKey in the
// chain from slot k, whose words share its length and its first and last
// letters.
func (t *wordTable) chain(lo, hi uint64, k int) lexeme {
	for {
		e := &t.words[k]
		if e.lo == lo && e.hi == hi {
			return e.lx
		}
		if e.next == 0 {
			return lexeme{}
		}
		k = int(e.next)
	}
}

// foldKey reads the word text[i:j] of 1 to 15 bytes with bit 0x20 of each
// byte set: the first eight bytes in lo and, in a word of eight or more,
// the last eight in hi; the rest is zero. Lexicon words are lower-case
// letters, so setting 0x20 folds case exactly: only 'X' and 'x' read as
// 'x', and no other byte reads as a lower-case letter.
func foldKey(text string, i, j int) (lo, hi uint64) {
	const fold = 0x20 * ones
	n := j - i
	switch {
	case n >= 8:
		return load64(text, i) | fold, load64(text, j-8) | fold
	case i+8 <= len(text):
		return (load64(text, i) | fold) & (1<<(8*n) - 1), 0
	case j >= 8:
		return (load64(text, j-8) | fold) >> (64 - 8*n), 0
	}
	for k := j - 1; k >= i; k-- {
		lo = lo<<8 | uint64(text[k]|0x20)
	}
	return lo, 0
}
