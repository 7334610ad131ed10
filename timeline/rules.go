package timeline

import (
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
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// datelineEnd returns the end of a dateline that opens an article's first sentence
// ("KYIV, March 22 (Reuters) - ", "KYIV, Ukraine (AP) — "), or 0.
func datelineEnd(sent string) int {
	head := sent[:min(len(sent), 80)]
	for _, dash := range []string{" - ", " — ", " – ", " -- "} {
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
}

// wordSet returns the distinct content words of s, folded and cut to a four-letter stem
// ("invaded" and "invasion" share "inva"), as hashes sorted ascending.
func wordSet(s string, buf []uint32) []uint32 {
	out := buf[:0]
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += n
		}
		w := s[i:j]
		i = j
		if len(w) < 3 {
			continue
		}
		low := strings.ToLower(w)
		if stopwords[low] {
			continue
		}
		out = append(out, stemHash(low))
	}
	sortUint32(out)
	return dedupe(out)
}

// stemHash hashes the first four letters of a lower-case word (FNV-1a).
func stemHash(w string) uint32 {
	h := uint32(2166136261)
	n := 0
	for _, r := range w {
		if n == 4 {
			break
		}
		h ^= uint32(r)
		h *= 16777619
		n++
	}
	return h
}

// sortUint32 sorts a short slice in place (insertion sort: word sets are small).
func sortUint32(a []uint32) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// dedupe removes repeated values from a sorted slice.
func dedupe(a []uint32) []uint32 {
	if len(a) < 2 {
		return a
	}
	k := 1
	for i := 1; i < len(a); i++ {
		if a[i] != a[k-1] {
			a[k] = a[i]
			k++
		}
	}
	return a[:k]
}

// overlap returns the size of the intersection of two sorted sets, and the size of the
// smaller set.
func overlap(a, b []uint32) (common, smaller int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return common, min(len(a), len(b))
}
