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
	start, end int
	kind       tkind
	cap        bool   // word starting with an upper-case letter
	upper      bool   // word entirely upper-case (2+ letters)
	sep        bool   // number with thousands separators or a decimal part
	nl         bool   // a line break precedes the token
	c          byte   // first byte
	num        int    // value of a number (digits only, up to 9 digits)
	ndig       int    // digits in a number
	lx         lexeme // lexicon entry of a word (zero if none)
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// lex splits text into tokens. Words are looked up in the lexicon.
func lex(text string, toks []token) []token {
	var buf [16]byte
	nl := false
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '\n':
			nl = true
			i++
		case isLetter(c):
			j := i + 1
			for j < len(text) && isLetter(text[j]) {
				j++
			}
			t := token{start: i, end: j, kind: tWord, c: c, nl: nl}
			t.cap = c >= 'A' && c <= 'Z'
			if n := j - i; n <= len(buf) {
				up := t.cap
				for k := 0; k < n; k++ {
					b := text[i+k]
					if b >= 'A' && b <= 'Z' {
						b += 'a' - 'A'
					} else if k > 0 {
						up = false
					}
					buf[k] = b
				}
				t.upper = up && n > 1
				t.lx = lexicon[string(buf[:n])]
			}
			toks = append(toks, t)
			nl = false
			i = j
		case isDigit(c):
			j := i
			v, nd := 0, 0
			for j < len(text) && isDigit(text[j]) {
				if nd < 9 {
					v = v*10 + int(text[j]-'0')
				}
				nd++
				j++
			}
			t := token{start: i, kind: tNum, c: c, num: v, ndig: nd, nl: nl}
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
			t.end = j
			toks = append(toks, t)
			nl = false
			i = j
		default:
			toks = append(toks, token{start: i, end: i + 1, kind: tPunct, c: c, nl: nl})
			nl = false
			i++
		}
	}
	return toks
}
