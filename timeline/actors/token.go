package actors

import (
	"unicode"
	"unicode/utf8"
)

// token is a word (letters, digits and combining marks) or a single punctuation rune of the
// text, with its byte span and the span of its folded form in the folded copy of the text.
type token struct {
	start, end   int32 // byte span in the text
	fstart, fend int32 // byte span in the folded text
	word         bool  // letters or digits, not punctuation
	upper        bool  // starts with an upper-case letter
	allUpper     bool  // every letter is upper case (an acronym such as "US" or "NATO")
	space        bool  // preceded by white space (or at the start of the text)
}

// tokenizer splits text into tokens and builds the folded text the tokens point into.
type tokenizer struct {
	toks   []token
	folded []byte
}

// run tokenizes text, reusing the tokenizer's buffers.
func (z *tokenizer) run(text string) {
	z.toks = z.toks[:0]
	z.folded = z.folded[:0]
	if cap(z.toks) < len(text)/5 {
		z.toks = make([]token, 0, len(text)/5)
	}
	if cap(z.folded) < len(text) {
		z.folded = make([]byte, 0, len(text)+len(text)/8)
	}
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
			case isASCIIWord(c):
				i = z.word(text, i, space)
				space = false
			default:
				f := int32(len(z.folded))
				z.folded = append(z.folded, c)
				z.toks = append(z.toks, token{start: int32(i), end: int32(i + 1), fstart: f, fend: f + 1, space: space})
				space = false
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			space = true
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = z.word(text, i, space)
			space = false
		default:
			f := int32(len(z.folded))
			z.folded = append(z.folded, foldRune(r)...)
			z.toks = append(z.toks, token{start: int32(i), end: int32(i + n), fstart: f, fend: int32(len(z.folded)), space: space})
			space = false
			i += n
		}
	}
}

// word scans the word starting at byte i and returns the offset after it.
func (z *tokenizer) word(text string, i int, space bool) int {
	t := token{start: int32(i), fstart: int32(len(z.folded)), word: true, allUpper: true, space: space}
	first := true
	letters := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			// A run of ASCII letters and digits, copied then lowered in place.
			j := i
			lower, upper := 0, 0
			for j < len(text) {
				k := asciiClass[text[j]]
				if k == 0 {
					break
				}
				if k == classLower {
					lower++
				} else if k == classUpper {
					upper++
				}
				j++
			}
			if j == i {
				break
			}
			if first {
				t.upper = asciiClass[c] == classUpper
			}
			if lower > 0 {
				t.allUpper = false
			}
			letters += lower + upper
			f := len(z.folded)
			z.folded = append(z.folded, text[i:j]...)
			if upper > 0 {
				for k := f; k < len(z.folded); k++ {
					if b := z.folded[k]; 'A' <= b && b <= 'Z' {
						z.folded[k] = b + 'a' - 'A'
					}
				}
			}
			first = false
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		if first {
			t.upper = unicode.IsUpper(r) || unicode.IsTitle(r)
		}
		if unicode.IsLower(r) {
			t.allUpper = false
		}
		if unicode.IsLetter(r) {
			letters++
		}
		z.folded = append(z.folded, foldRune(r)...)
		first = false
		i += n
	}
	if letters == 0 {
		t.allUpper = false
	}
	t.end = int32(i)
	t.fend = int32(len(z.folded))
	z.toks = append(z.toks, t)
	return i
}

func isASCIIWord(c byte) bool {
	return asciiClass[c] != 0
}

// Classes of ASCII bytes in words.
const (
	classDigit = 1
	classLower = 2
	classUpper = 3
)

// asciiClass classifies the bytes that make up ASCII words (0: not part of a word).
var asciiClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classUpper
	}
	return t
}()

// tokenize returns the folded forms of the tokens of s (used for gazetteer keys).
func tokenize(s string) []string {
	var z tokenizer
	z.run(s)
	out := make([]string, len(z.toks))
	for i, t := range z.toks {
		out[i] = string(z.folded[t.fstart:t.fend])
	}
	return out
}
