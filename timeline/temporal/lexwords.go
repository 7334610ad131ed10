package temporal

import "math/bits"

// maxWord is the longest word looked up in the lexicon.
const maxWord = 15

// wordTable finds the words of the lexicon ignoring ASCII case, without
// hashing or lower-casing. A word's first and last letters pick a cell;
// the cell's set of lengths rejects most words at once, and otherwise
// numbers the word's slot: the words sharing first letter, last letter and
// length are a chain starting there, and only their middle letters are
// compared.
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

// wordEntry is one lower-case word and its entry.
type wordEntry struct {
	key  string
	lx   lexeme
	next uint16 // the next word of the chain; 0 ends it
}

func newWordTable(m map[string]lexeme) wordTable {
	var t wordTable
	chains := map[[3]int][]string{}
	for w := range m {
		if len(w) == 0 || len(w) > maxWord {
			continue
		}
		for i := range len(w) {
			if w[i] < 'a' || w[i] > 'z' {
				panic("temporal: lexicon word " + w + " is not lower-case ASCII letters")
			}
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
	for f := range t.cells {
		for l := range t.cells[f] {
			c := t.cells[f][l]
			for n := 1; n <= maxWord; n++ {
				ws := chains[[3]int{f, l, n}]
				if len(ws) == 0 {
					continue
				}
				sortStrings(ws) // a fixed layout whatever the map order
				k := int(c.base) + bits.OnesCount16(c.lens&(1<<n-1))
				t.words[k] = wordEntry{key: ws[0], lx: m[ws[0]]}
				for _, w := range ws[1:] {
					t.words[k].next = uint16(len(t.words))
					k = len(t.words)
					t.words = append(t.words, wordEntry{key: w, lx: m[w]})
				}
			}
		}
	}
	return t
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// lookup returns the entry of word w, ignoring ASCII case; zero if none.
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
	return t.chain(w, int(c.base)+bits.OnesCount16(c.lens&(1<<n-1)))
}

// chain returns the entry of w in the chain from slot k. The words of a
// chain share w's length and first and last letters (ignoring case).
func (t *wordTable) chain(w string, k int) lexeme {
	for {
		e := &t.words[k]
		if middleEq(e.key, w) {
			return e.lx
		}
		if e.next == 0 {
			return lexeme{}
		}
		k = int(e.next)
	}
}

// middleEq reports whether w, of key's length, has key's letters between
// the first and the last, ignoring ASCII case. key is lower case, so
// setting bit 0x20 folds exactly: only 'X' and 'x' turn into 'x'.
func middleEq(key, w string) bool {
	if len(key) != len(w) {
		return false
	}
	for i := 1; i < len(key)-1; i++ {
		if w[i]|0x20 != key[i] {
			return false
		}
	}
	return true
}
