package timeline

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordBefore returns the folded word that ends right before offset i in s (skipping
// spaces), or "".
func wordBefore(s string, i int) string {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t') {
		i--
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return strings.ToLower(s[j:i])
}

// inQuotes reports whether offset i of sent lies inside a quotation: more opening than
// closing quotation marks before it. Relative dates in quotes ("our meeting today") refer
// to when the words were spoken, not to the publication date.
func inQuotes(sent string, i int) bool {
	open := strings.Count(sent[:i], "“") - strings.Count(sent[:i], "”")
	if open > 0 {
		return true
	}
	return strings.Count(sent[:i], `"`)%2 == 1
}

// inAttribution reports whether offset i of sent lies in an attribution tail such as
// "according to images released by the Russian authorities on Thursday": the date says
// when the source spoke, not when the reported event happened.
func inAttribution(sent string, i int) bool {
	j := strings.LastIndex(sent[:i], "according to")
	return j >= 0 && !strings.ContainsAny(sent[j:i], ";")
}

// inDateline reports whether the date expression ending at offset e of the text belongs
// to a dateline: "KYIV, March 22 (Reuters) -" at the start of an article.
func inDateline(text string, s, e int) bool {
	if s > 80 || strings.Contains(text[:s], ".") {
		return false
	}
	rest := strings.TrimLeft(text[e:], " ")
	if strings.HasPrefix(rest, "(") {
		k := strings.IndexByte(rest, ')')
		if k < 0 || k > 40 {
			return false
		}
		rest = strings.TrimLeft(rest[k+1:], " ")
	}
	if e >= len(text) || text[e] != ' ' && text[e] != '(' {
		return false // "2011-2015" is a range, not a dateline
	}
	for _, dash := range []string{"--", "-", "—", "–"} {
		if r, ok := strings.CutPrefix(rest, dash); ok && (r == "" || r[0] == ' ' || r[0] == '\n') {
			return true
		}
	}
	return false
}

// datelineEnd returns the end of a dateline that opens an article's first sentence
// ("KYIV, March 22 (Reuters) - ", "KYIV, Ukraine (AP) — "), or 0.
func datelineEnd(sent string) int {
	head := sent[:min(len(sent), 80)]
	for _, dash := range []string{" - ", " — ", " – ", " -- ", " --\n", " -\n", " —\n"} {
		i := strings.Index(head, dash)
		if i <= 0 {
			continue
		}
		pre := head[:i]
		if strings.Contains(pre, "(") || isUpperWord(pre[:strings.IndexAny(pre+",", ", ")]) {
			return i + len(dash)
		}
	}
	return 0
}

// isUpperWord reports whether w has three or more letters, all upper case ("KYIV").
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// vagueValues are TIMEX3 values that do not date an event.
var vagueValues = map[string]bool{"PRESENT_REF": true, "PAST_REF": true, "FUTURE_REF": true}

// stopwords are left out of the word sets that compare event wordings.
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true,
	"that": true, "this": true, "these": true, "those": true, "it": true, "its": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "he": true, "she": true, "they": true, "his": true, "her": true,
	"their": true, "as": true, "but": true, "not": true, "no": true, "said": true, "says": true,
	"will": true, "would": true, "which": true, "who": true, "after": true, "before": true,
	"since": true, "last": true, "also": true, "than": true, "more": true, "into": true,
	"about": true, "over": true, "two": true, "there": true, "them": true, "s": true,
	// discourse markers say nothing about what happened
	"however": true, "meanwhile": true, "still": true, "yet": true, "already": true,
	"recently": true, "reportedly": true, "separately": true, "earlier": true, "later": true,
	"now": true, "then": true, "while": true, "when": true, "where": true, "what": true,
}

// wordSig is a 256-bit signature of the content words of a text: each word, folded and
// cut to a four-letter stem ("invaded" and "invasion" share "inva"), sets one bit.
// Signatures compare wordings without allocating.
type wordSig [4]uint64

// addWords sets the bits of the content words of s.
func (w *wordSig) addWords(s string) {
	var buf [24]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !isWordByte(c) {
			i++
			continue
		}
		n := 0
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if !isWordByte(c) {
					break
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if n < len(buf) {
					buf[n] = c
				}
				n++
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if j == i {
					j += size // a lone symbol
				}
				break
			}
			for k := 0; k < size && n < len(buf); k++ {
				buf[n] = s[j+k]
				n++
			}
			j += size
		}
		i = j
		if n < 3 || n <= len(buf) && stopwords[string(buf[:n])] {
			continue
		}
		h := uint32(2166136261)
		for k := 0; k < min(n, 4, len(buf)); k++ {
			h ^= uint32(buf[k])
			h *= 16777619
		}
		w[(h>>6)&3] |= 1 << (h & 63)
	}
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// or adds the words of o.
func (w *wordSig) or(o wordSig) {
	for i := range w {
		w[i] |= o[i]
	}
}

// count returns the number of bits set.
func (w wordSig) count() int {
	n := 0
	for _, x := range w {
		n += bits.OnesCount64(x)
	}
	return n
}

// overlap returns the number of words two signatures share and the size of the smaller.
func (w wordSig) overlap(o wordSig) (common, smaller int) {
	for i := range w {
		common += bits.OnesCount64(w[i] & o[i])
	}
	return common, min(w.count(), o.count())
}
