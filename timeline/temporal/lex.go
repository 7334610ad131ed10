package temporal

// tkind is the kind of a token.
type tkind uint8

const (
	tWord  tkind = iota + 1 // letters (and any non-ASCII bytes)
	tNum                    // ASCII digits, possibly with 3-digit groups or decimals
	tPunct                  // any other single byte except space
)

// token is one lexical unit of the text. Spaces are not tokens; adjacency is
// read from offsets.
type token struct {
	start, end int32  // byte offsets (Tag splits texts over 1 GiB)
	num        int32  // value of a number (digits only, up to 9 digits)
	lx         lexeme // lexicon entry of a word (zero if none)
	kind       tkind
	cap        bool  // word starting with an upper-case letter
	sep        bool  // number with thousands separators or a decimal part
	nl         bool  // a line break precedes the token
	c          byte  // first byte
	ndig       uint8 // digits in a number (capped at 255)
}

func (t *token) number() int { return int(t.num) }
func (t *token) digits() int { return int(t.ndig) }

// Byte classes for the scanner.
const (
	bOther = iota
	bSpace
	bNewline
	bLetter
	bDigit
	bUTF8 // lead byte of a UTF-8 sequence that may be punctuation: C2, E2
)

// byteClass maps each byte to its class; bytes >= 0x80 (UTF-8) are letters.
var byteClass = func() (c [256]uint8) {
	for i := range c {
		switch {
		case i == ' ' || i == '\t' || i == '\r':
			c[i] = bSpace
		case i == '\n':
			c[i] = bNewline
		case i == 0xC2 || i == 0xE2:
			c[i] = bUTF8
		case i >= 'a' && i <= 'z' || i >= 'A' && i <= 'Z' || i >= 0x80:
			c[i] = bLetter
		case i >= '0' && i <= '9':
			c[i] = bDigit
		}
	}
	return c
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// uniPunct reads the UTF-8 punctuation news uses at text[i]: curly quotes
// and apostrophes, dashes, the ellipsis and the no-break space. It returns
// the ASCII byte the rules see (' ' for the no-break space) and the length
// of the sequence, or 0 when the bytes are a letter.
func uniPunct(text string, i int) (byte, int) {
	if i+1 < len(text) && text[i] == 0xC2 && text[i+1] == 0xA0 {
		return ' ', 2
	}
	if i+2 >= len(text) || text[i] != 0xE2 || text[i+1] != 0x80 {
		return 0, 0
	}
	switch text[i+2] {
	case 0x98, 0x99: // ‘ ’
		return '\'', 3
	case 0x9C, 0x9D: // “ ”
		return '"', 3
	case 0x90, 0x91, 0x92, 0x93, 0x94: // hyphens, en and em dashes
		return '-', 3
	case 0xA6: // …
		return '.', 3
	}
	return 0, 0
}

// ringSize is the number of tokens the scanner keeps: rules look at most
// a few dozen tokens behind or ahead of where they start.
const (
	ringSize  = 128
	ringMask  = ringSize - 1
	queueSize = 2 * ringSize
	queueMask = queueSize - 1
)

// scanner produces tokens on demand into a ring buffer, so tagging needs
// no memory proportional to the text.
type scanner struct {
	text string
	pos  int  // byte offset of the next token
	nl   bool // a line break was skipped since the last token
	n    int  // tokens produced so far
	done bool // the text is exhausted
	// queue holds the indices of tokens where an expression may start,
	// from qHead (next to visit) to qTail.
	queue        [queueSize]int32
	qHead, qTail int
	ring         [ringSize]token
	eof          token // returned for indices outside the text or the window
}

// t returns token i, scanning ahead as needed. Indices before the start,
// past the end of the text or no longer in the window yield an empty token
// at the end of the text.
func (s *scanner) t(i int) *token {
	if uint(s.n-1-i) < ringSize {
		return &s.ring[i&ringMask]
	}
	return s.slow(i)
}

func (s *scanner) slow(i int) *token {
	if i >= s.n && !s.done {
		// Scan ahead in a batch, keeping half the ring behind i.
		s.fill(i + ringSize/2)
	}
	if i < 0 || i >= s.n || i < s.n-ringSize {
		return &s.eof
	}
	return &s.ring[i&ringMask]
}

// fill scans tokens until limit tokens exist or the text ends.
func (s *scanner) fill(limit int) {
	text, i, n, nl := s.text, s.pos, s.n, s.nl
	for n < limit {
	skip:
		for i < len(text) {
			switch byteClass[text[i]] {
			case bSpace:
				i++
			case bNewline:
				nl = true
				i++
			case bUTF8:
				if c, k := uniPunct(text, i); c == ' ' {
					i += k
					continue
				}
				break skip
			default:
				break skip
			}
		}
		if i >= len(text) {
			s.done = true
			break
		}
		c := text[i]
		t := token{start: int32(i), c: c, nl: nl}
		nl = false
		cl := byteClass[c]
		if cl == bUTF8 {
			if pc, k := uniPunct(text, i); k > 0 {
				t.c, cl = pc, bOther // a punctuation mark of k bytes
				i += k - 1
			} else {
				cl = bLetter
			}
		}
		switch cl {
		case bLetter:
			j := i + 1
			for j < len(text) {
				if b := byteClass[text[j]]; b != bLetter {
					if b != bUTF8 {
						break
					}
					if _, k := uniPunct(text, j); k > 0 {
						break
					}
				}
				j++
			}
			t.end, t.kind, t.cap = int32(j), tWord, c >= 'A' && c <= 'Z'
			if n := j - i; n <= maxWord {
				// Most words fail the (first letter, last letter, length)
				// filter before any hashing.
				f, l := (c|0x20)-'a', (text[j-1]|0x20)-'a'
				if f < 26 && l < 26 && lexicon.shape[f][l]&(1<<n) != 0 {
					w := text[i:j]
					t.lx = lexicon.find(w, mix(hashWord(w)))
				}
			}
			i = j
		case bDigit:
			j := i
			v, nd := int32(0), 0
			for j < len(text) && isDigit(text[j]) {
				if nd < 9 {
					v = v*10 + int32(text[j]-'0')
				}
				nd++
				j++
			}
			t.kind, t.num, t.ndig = tNum, v, uint8(min(nd, 255))
			// Thousands groups "12,000" and decimals "3.5" stay one token.
			for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && isDigit(text[j+1]) {
				k := j + 1
				for k < len(text) && isDigit(text[k]) {
					k++
				}
				if text[j] == ',' && k-j-1 != 3 {
					break
				}
				t.sep = true
				j = k
			}
			t.end = int32(j)
			i = j
		default:
			t.end, t.kind = int32(i+1), tPunct
			i++
		}
		s.ring[n&ringMask] = t
		if t.trigger() {
			s.queue[s.qTail&queueMask] = int32(n)
			s.qTail++
		}
		n++
	}
	s.pos, s.n, s.nl = i, n, nl
}

// maxWord is the longest word looked up in the lexicon.
const maxWord = 15

// wordTable is an open-addressing hash table of the lexicon. The hash reads
// only the length and three letters of a word, so the scanner need not
// lower-case words; keys compare ignoring ASCII case.
type wordTable struct {
	keys []string
	vals []lexeme
	mask uint32
	// shape[first][last] has bit n set when a word of n letters starting
	// and ending with those letters is in the table.
	shape [26][26]uint16
}

func hashWord(w string) uint32 {
	n := len(w)
	return (uint32(w[0]|0x20)*131+uint32(w[n/2]|0x20))*131 + uint32(w[n-1]|0x20) + uint32(n)*0x9E3779B1
}

func newWordTable(m map[string]lexeme) wordTable {
	size := uint32(16)
	for size < uint32(4*len(m)) {
		size *= 2
	}
	t := wordTable{keys: make([]string, size), vals: make([]lexeme, size), mask: size - 1}
	for w, lx := range m {
		if len(w) > maxWord || len(w) == 0 {
			continue
		}
		k := mix(hashWord(w)) & t.mask
		for t.keys[k] != "" {
			k = (k + 1) & t.mask
		}
		t.keys[k], t.vals[k] = w, lx
		if f, l := w[0]-'a', w[len(w)-1]-'a'; f < 26 && l < 26 {
			t.shape[f][l] |= 1 << len(w)
		}
	}
	return t
}

func mix(h uint32) uint32 {
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h
}

// find returns the entry of word w with hash h.
func (t *wordTable) find(w string, h uint32) lexeme {
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		key := t.keys[k]
		if key == "" {
			return lexeme{}
		}
		if len(key) == len(w) && foldEq(key, w) {
			return t.vals[k]
		}
	}
}

// foldEq reports whether w equals the lower-case key ignoring ASCII case.
func foldEq(key, w string) bool {
	for i := 0; i < len(key); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}

// isUpper reports whether token t is a word of two or more capitals.
func (p *parser) isUpper(i int) bool {
	t := p.t(i)
	if t.kind != tWord || t.end-t.start < 2 {
		return false
	}
	for k := t.start; k < t.end; k++ {
		if c := p.text[k]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
