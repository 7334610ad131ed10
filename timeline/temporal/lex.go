package temporal

import "math/bits"

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

// wordEnd returns the end of the word whose letters continue at text[j]:
// the first byte that is neither an ASCII letter nor part of a non-ASCII
// letter. It reads eight bytes at a time.
func wordEnd(text string, j int) int {
	for {
		if j+8 <= len(text) {
			stop, lead := stopBytes(load64(text, j))
			if stop == 0 {
				j += 8
				continue
			}
			first := stop & -stop
			j += bits.TrailingZeros64(first) >> 3
			if first&lead == 0 {
				return j
			}
		} else {
			for j < len(text) && byteClass[text[j]] == bLetter {
				j++
			}
			if j == len(text) {
				return j
			}
		}
		// text[j] ends the word unless it begins a non-ASCII letter.
		if byteClass[text[j]] != bUTF8 {
			return j
		}
		if _, k := uniPunct(text, j); k > 0 {
			return j
		}
		j++
	}
}

// load64 reads the eight bytes at text[i:] as a little-endian word (the
// compiler makes it one load).
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// SWAR constants: a byte repeated in each of the eight bytes of a word.
const (
	ones = 0x0101010101010101
	high = 0x80 * ones
	low7 = 0x7F * ones
)

// stopBytes returns, for the eight bytes of x, a word with bit 7 of each
// byte set where the byte may end a word: anything but an ASCII letter or
// a byte of 0x80 and above, and the lead bytes C2 and E2 of the UTF-8
// punctuation uniPunct reads. lead marks the lead bytes alone.
func stopBytes(x uint64) (stop, lead uint64) {
	// Letters: the low seven bits with 0x20 set lie in 'a'..'z'. Neither
	// the sum nor the difference carries across bytes.
	y := x&low7 | 0x20*ones
	letter := (y + (0x80-'a')*ones) & ((0x80+'z')*ones - y)
	word := (letter | x) & high
	// C2 and E2 are the bytes that become E2 with 0x20 set; the zero test
	// is exact.
	z := (x | 0x20*ones) ^ 0xE2*ones
	lead = ^((z&low7 + low7) | z | low7)
	return (word ^ high) | lead, lead
}

// ringSize is the number of tokens the scanner keeps, and lookAhead how
// many past the token it visits the parser has scanned before a rule runs
// there: rules look at most a few dozen tokens behind or ahead of where
// they start, and never need to scan on demand, so that t, which every
// predicate calls, stays a bounds check the compiler inlines.
const (
	ringSize  = 512
	ringMask  = ringSize - 1
	lookAhead = 192
	fillBatch = 64 // tokens scanned at a time past what is needed
	queueSize = ringSize
	queueMask = queueSize - 1
)

// scanner produces tokens into a ring buffer, so tagging needs no memory
// proportional to the text.
type scanner struct {
	text string
	pos  int  // byte offset of the next token
	nl   bool // a line break was skipped since the last token
	n    int  // tokens produced so far
	top  int  // n-1, the last token's index
	done bool // the text is exhausted
	// queue holds the indices of tokens where an expression may start,
	// from qHead (next to visit) to qTail.
	queue        [queueSize]int32
	qHead, qTail int
	ring         [ringSize]token
	eof          token // returned for indices outside the text or the window
}

// t returns token i. Indices before the start, past the end of the text
// or outside the window yield an empty token at the end of the text.
func (s *scanner) t(i int) *token {
	if uint(s.top-i) < ringSize {
		return &s.ring[i&ringMask]
	}
	return &s.eof
}

// ensure scans ahead so that the tokens up to lookAhead past i exist,
// keeping at least ringSize-lookAhead-fillBatch tokens behind i.
func (s *scanner) ensure(i int) {
	if s.n <= i+lookAhead && !s.done {
		s.fill(i + lookAhead + fillBatch)
	}
}

// fill scans tokens until limit tokens exist or the text ends.
func (s *scanner) fill(limit int) {
	text, i, n, nl := s.text, s.pos, s.n, s.nl
	for n < limit {
		if i >= len(text) {
			s.done = true
			break
		}
		c := text[i]
		cl := byteClass[c]
		if cl != bLetter {
			switch cl {
			case bSpace:
				i++
				continue
			case bNewline:
				nl = true
				i++
				continue
			case bUTF8:
				pc, k := uniPunct(text, i)
				if pc == ' ' {
					i += k
					continue
				}
				if k > 0 {
					// A punctuation mark of k bytes.
					t := &s.ring[n&ringMask]
					*t = token{start: int32(i), end: int32(i + k), kind: tPunct, c: pc, nl: nl}
					nl = false
					i += k
					if t.trigger() {
						s.queue[s.qTail&queueMask] = int32(n)
						s.qTail++
					}
					n++
					continue
				}
				cl = bLetter
			}
		}
		// The token is written in place: building it on the stack and
		// copying it stalls on store forwarding.
		t := &s.ring[n&ringMask]
		*t = token{}
		t.start, t.c, t.nl = int32(i), c, nl
		nl = false
		switch cl {
		case bLetter:
			// The common case of wordEnd inlined: the word ends within
			// the next sixteen bytes, not at a UTF-8 lead byte.
			j := i + 1
			if j+8 <= len(text) {
				stop, lead := stopBytes(load64(text, j))
				if stop == 0 && j+16 <= len(text) {
					j += 8
					stop, lead = stopBytes(load64(text, j))
				}
				if first := stop & -stop; first != 0 && first&lead == 0 {
					j += bits.TrailingZeros64(first) >> 3
				} else {
					j = wordEnd(text, j)
				}
			} else {
				j = wordEnd(text, j)
			}
			t.end, t.kind, t.cap = int32(j), tWord, c >= 'A' && c <= 'Z'
			// lexicon.lookup, with the filter that rejects most words
			// inlined.
			if n := j - i; n <= maxWord {
				f, l := (c|0x20)-'a', (text[j-1]|0x20)-'a'
				if f < 26 && l < 26 {
					if cell := lexicon.cells[f][l]; cell.lens&(1<<n) != 0 {
						var lo, hi uint64
						if i+8 <= len(text) && j >= 8 {
							// foldKey inlined, for any length.
							lo = (load64(text, i) | 0x20*ones) & (1<<(8*n) - 1)
							hi = (load64(text, j-8) | 0x20*ones) & -(uint64(n) >> 3 & 1)
						} else {
							lo, hi = foldKey(text, i, j)
						}
						t.lx = lexicon.chain(lo, hi, int(cell.base)+bits.OnesCount16(cell.lens&(1<<n-1)))
					}
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
		if t.trigger() {
			s.queue[s.qTail&queueMask] = int32(n)
			s.qTail++
		}
		n++
	}
	s.pos, s.n, s.top, s.nl = i, n, n-1, nl
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
