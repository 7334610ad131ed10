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
	w, _ := prevWord(s, i)
	return w
}

// prevWord returns the folded word that ends right before offset i in s (skipping
// spaces) and its start, or "" and i less the spaces.
func prevWord(s string, i int) (string, int) {
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
	return strings.ToLower(s[j:i]), j
}

// validityWords, before a range of dates, make it the span something holds for ("a
// package covering 2024 to 2027", "a plan running from 2025 to 2030", "the budget for
// 2021-2027"), not the time of an event.
var validityWords = map[string]bool{
	"covering": true, "covers": true, "cover": true, "covered": true,
	"spanning": true, "spans": true, "span": true, "spanned": true,
	"running": true, "for": true, "valid": true,
}

// spanOfValidity reports whether the range of dates starting at offset i of sent
// follows a word of validityWords, directly or before its "from" or "between".
func spanOfValidity(sent string, i int) bool {
	w, j := prevWord(sent, i)
	if w == "from" || w == "between" {
		w, _ = prevWord(sent, j)
	}
	return validityWords[w]
}

// sinceBaseline reports whether the "since" that ends at offset i of sent measures
// against a past date rather than starting a state: "the first such meeting since
// 2011", "the worst fighting since 2015", "had not met since 2019". Its clause (back to
// a comma, semicolon, colon, dash or parenthesis) names a superlative, an ordinal or a
// negation. Otherwise "since" starts what still holds ("tensions have been high since
// the 1990s").
func sinceBaseline(sent string, i int) bool {
	lo := strings.LastIndexAny(sent[:i], ",;:—–()")
	if lo < 0 {
		lo = 0
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(sent[lo:i]), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		if baselineWords[w] || strings.HasSuffix(w, "n't") ||
			len(w) >= 6 && strings.HasSuffix(w, "est") && !notSuperlative[w] {
			return true
		}
	}
	return false
}

// baselineWords make "since" a baseline (see sinceBaseline).
var baselineWords = map[string]bool{
	"first": true, "last": true, "worst": true, "best": true, "most": true, "least": true,
	"only": true, "record": true, "not": true, "never": true, "no": true, "nor": true,
}

// notSuperlative are words ending in "est" that are no superlatives.
var notSuperlative = map[string]bool{
	"protest": true, "protests": true, "arrest": true, "interest": true, "request": true,
	"contest": true, "harvest": true, "forest": true, "suggest": true, "digest": true,
	"invest": true, "honest": true, "modest": true, "manifest": true, "conquest": true,
	"behest": true, "southwest": true, "northwest": true, "midwest": true, "earnest": true,
	"unrest": true, "detest": true, "attest": true, "inquest": true, "bequest": true,
}

// sequenceWords, between two dates of a sentence, order two events in time ("launched
// their push last week, after capturing Minova on 21 January"): the finer date is not
// the coarser one's event told more precisely.
var sequenceWords = map[string]bool{
	"after": true, "before": true, "following": true, "ahead": true, "prior": true,
	"until": true, "till": true, "then": true, "later": true, "earlier": true,
}

// sequenced reports whether s names a word of sequenceWords.
func sequenced(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && !isWordByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j-i >= 4 && j-i <= 9 && sequenceWords[strings.ToLower(s[i:j])] {
			return true
		}
		i = j
	}
	return false
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

// wordClasses group the words reports of one event use for it, so that different
// wordings of it share their words ("took", "captured", "the fall of"). An event class
// also says what kind of thing happened: two reports of the same day about the same
// actors, one of a capture and the other of a ceasefire, are two events. Classes that
// only say when ("began", "launched") are not event classes.
var wordClasses = []struct {
	event bool
	words string
}{
	{true, "capture captured captures capturing seize seized seizes seizing took take taken takes taking fall fell fallen overran overrun overrunning entered enter enters entering"},
	{true, "attack attacked attacks attacking strike strikes struck striking bomb bombed bombing bombings bombs bombarded bombardment shelled shelling raid raided raids stormed storming ransacked torched"},
	{true, "invade invaded invades invading invasion intervene intervened intervenes intervening intervention incursion"},
	{true, "meet met meets meeting meetings summit summits talks hosted host hosts"},
	{true, "sign signed signs signing agreement agreed agree agrees deal accord treaty pact"},
	{true, "ceasefire truce armistice"},
	{true, "withdraw withdrew withdrawn withdrawal withdrawing quit quits quitting exit exited pullout"},
	{true, "kill killed kills killing dead died death deaths"},
	{true, "protest protests protested protesters protesting demonstrators demonstration demonstrations rally rallies riot riots"},
	{true, "election elections vote voted votes voting polls ballot elected reelected"},
	{true, "drill drills exercise exercises maneuvers manoeuvres wargames"},
	{true, "arrest arrested arrests detained detention jailed"},
	{true, "coup coups ousted overthrew overthrown toppled overthrow"},
	{true, "sanction sanctions sanctioned"},
	{true, "sworn inaugurated inauguration"},
	{true, "resign resigned resigns resignation"},
	{false, "began begin begins beginning start started starts launch launched launches launching"},
	{false, "cut broke broken severed sever"},
}

// lexicon maps a folded word to what comparing wordings makes of it: skipStop for a
// stopword, else 1 + its index in wordClasses.
var lexicon = func() map[string]int8 {
	m := map[string]int8{}
	for w := range stopwords {
		m[w] = skipStop
	}
	for k, c := range wordClasses {
		for _, w := range strings.Fields(c.words) {
			m[w] = int8(k + 1)
		}
	}
	return m
}()

const skipStop = -1

// classBits holds per word class the bit of the signature its words set.
var classBits = func() []uint32 {
	hs := make([]uint32, len(wordClasses))
	for k := range wordClasses {
		hs[k] = wordHash([]byte{'#', byte('a' + k)})
	}
	return hs
}()

// wordHash is the FNV-1a hash of b.
func wordHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// wordSig is a 256-bit signature of the content words of a text: each word, folded and
// cut to a four-letter stem ("invaded" and "invasion" share "inva"), or the word class
// it belongs to, sets one bit. Signatures compare wordings without allocating. events
// has bit k set for each event class k the text names.
type wordSig struct {
	bits   [4]uint64
	events uint64
}

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
		if n < 3 {
			continue
		}
		var h uint32
		if n <= len(buf) {
			switch k := lexicon[string(buf[:n])]; {
			case k == skipStop:
				continue
			case k > 0:
				h = classBits[k-1]
				if wordClasses[k-1].event {
					w.events |= 1 << (k - 1)
				}
			}
		}
		if h == 0 {
			h = wordHash(buf[:min(n, 4, len(buf))])
		}
		w.bits[(h>>6)&3] |= 1 << (h & 63)
	}
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// or adds the words of o.
func (w *wordSig) or(o wordSig) {
	for i := range w.bits {
		w.bits[i] |= o.bits[i]
	}
	w.events |= o.events
}

// count returns the number of bits set.
func (w wordSig) count() int {
	n := 0
	for _, x := range w.bits {
		n += bits.OnesCount64(x)
	}
	return n
}

// overlap returns the number of words two signatures share and the size of the smaller.
func (w wordSig) overlap(o wordSig) (common, smaller int) {
	for i := range w.bits {
		common += bits.OnesCount64(w.bits[i] & o.bits[i])
	}
	return common, min(w.count(), o.count())
}

// eventsAgree says how the event classes of two signatures compare: whether they share
// one, and whether both name some and share none.
func (w wordSig) eventsAgree(o wordSig) (shared, clash bool) {
	shared = w.events&o.events != 0
	return shared, !shared && w.events != 0 && o.events != 0
}
