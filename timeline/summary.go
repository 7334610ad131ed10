package timeline

import (
	"strings"
	"unicode/utf8"
)

// maxSummary is the longest summary, in runes, that still reads on one line.
const maxSummary = 140

// clauseBreaks end a clause: what follows them is another statement.
var clauseBreaks = []string{"; ", " — ", " – ", " -- ", ", but ", ", while ", ", whereas ", ", although ", ", though "}

// clauseBreak returns the length of the clause break s starts with, or 0.
func clauseBreak(s string) int {
	if len(s) < 2 || s[1] != ' ' && s[1] != 0xE2 && s[1] != '-' {
		return 0 // every break is "; ", ", <word> " or " <dash> "
	}
	if len(s) > 2 && s[0] == ',' && s[2] != 'b' && s[2] != 'w' && s[2] != 'a' && s[2] != 't' {
		return 0
	}
	for _, b := range clauseBreaks {
		if b[0] == s[0] && strings.HasPrefix(s, b) {
			return len(b)
		}
	}
	return 0
}

// summarize returns the clause of sent that carries the date expression at sent[ds:de],
// trimmed to one readable line: whitespace collapsed, no final full stop, and long
// clauses cut at commas (or words) around the date, with an ellipsis where cut. It also
// returns the span of sent the summary was taken from.
func summarize(sent string, ds, de int) (string, int, int) {
	sum, start, end, _, _ := summarizeClause(sent, ds, de, false)
	return sum, start, end
}

// summarizeClause is summarize, and also returns the span of the clause the summary
// was cut from, up to the summary's end: its subject counts even where the line leaves
// it out, what the line leaves out after the date does not. several says that the
// sentence dates other events too: then ", and" followed by a clause of its own ("...
// to leave in June, and the last peacekeepers departed at the end of last year") ends
// a clause as "; " does.
func summarizeClause(sent string, ds, de int, several bool) (sum string, start, end, clauseStart, clauseEnd int) {
	start, end = 0, len(sent)
	// Paired dashes enclose an aside ("two suspects -- one Arab, one Sudanese -- who"),
	// not a new clause. They are counted at the first dash, as few sentences have one.
	dashes := -1
	from := 0 // where the clause that holds offset i starts
	for i := 0; i < len(sent); i++ {
		c := sent[i]
		if c != ';' && c != ' ' && c != ',' {
			continue
		}
		n := clauseBreak(sent[i:])
		if n == 0 && several && c == ',' && strings.HasPrefix(sent[i:], ", and ") && coordinated(sent[from:i], sent[i+len(", and "):]) {
			n = len(", and ")
		}
		if n == 0 {
			continue
		}
		from = i + n
		if c == ' ' { // a dash
			if dashes < 0 {
				dashes = strings.Count(sent, " -- ") + strings.Count(sent, " — ") + strings.Count(sent, " – ")
			}
			if dashes >= 2 {
				continue
			}
		}
		if i+n <= ds && i+n > start {
			start = i + n
		}
		if i >= de && i < end {
			end = i
		}
		i += n - 1
	}
	// "..., Ukrainian officials said on Friday": the date tells when the news was given;
	// the summary is the news.
	full := len(sent) // where the summary may end without an ellipsis
	if tail := attributionTail(sent, start, end, ds, de); tail > start {
		if end == len(sent) {
			full = tail
		}
		end, ds, de = tail, start, start
	}
	// "The deadline is Tuesday, officials said.": the attribution after the news goes.
	if j := strings.LastIndex(sent[de:end], ", "); j >= 0 && end == len(sent) {
		j += de
		tail := sent[j:end]
		if strings.Count(tail, " ") <= 5 && hasSpeechVerb(tail) {
			end, full = j, j
		}
	}
	clauseStart = start
	cutLeft, cutRight := start > 0, end < full
	// Too long: end before a subordinate clause after the date ("cut their ties in 2011
	// as mass protests ... spiralled into war").
	if utf8.RuneCountInString(sent[start:end]) > maxSummary {
		if j := subordinate(sent, de, end); j > 0 && j-start >= 20 && !strings.Contains(sent[de:j], ",") && utf8.RuneCountInString(sent[start:j]) <= maxSummary {
			end, cutRight = j, true
		}
	}
	if utf8.RuneCountInString(sent[start:end]) > maxSummary {
		s, e := fitCommas(sent, start, end, ds, de)
		cutLeft, cutRight = cutLeft || s > start, cutRight || e < end
		start, end = s, e
	}
	if utf8.RuneCountInString(sent[start:end]) > maxSummary {
		s, e := fitWords(sent, start, end, ds, de)
		cutLeft, cutRight = cutLeft || s > start, cutRight || e < end
		start, end = s, e
	}
	out := collapse(sent[start:end])
	out = strings.TrimRight(out, " ,;:")
	if !cutRight {
		out = strings.TrimSuffix(out, ".")
	}
	for _, c := range []string{"But ", "And ", "However, ", "Meanwhile, "} {
		if strings.HasPrefix(out, c) && len(out) > len(c) {
			out = strings.ToUpper(out[len(c):len(c)+1]) + out[len(c)+1:]
			break
		}
	}
	if cutLeft {
		out = "…" + out
	}
	if cutRight {
		out += "…"
	}
	if r := relativeBefore(sent, clauseStart, ds); r > clauseStart {
		// "…Erdoğan of Turkey, which broke ties in 2011", "its war on Gaza, which began on
		// October 7": the date is about the antecedent, not the main clause's subject.
		w := r
		for k := 0; k < antecedentWords; k++ {
			w = prevSpace(sent, w, clauseStart)
		}
		clauseStart = max(clauseStart, min(start, w))
	}
	return out, start, end, clauseStart, end
}

// coordinated reports whether left and right, either side of ", and", are two clauses:
// right has a subject before its verb ("the last peacekeepers departed", not "has
// targeted the grid"), and left has a verb ("the junta ordered ...", not the list "Greece,
// Turkey, and Spain joined").
func coordinated(left, right string) bool {
	if !hasVerb(left, 0, 40) {
		return false
	}
	w, rest := nextWord(right)
	if w == "" || verbLike(w) || auxiliaries[strings.ToLower(w)] {
		return false
	}
	return hasVerb(rest, 0, coordWords)
}

// coordWords is how many words after the subject's first a coordinated clause's verb
// may come.
const coordWords = 8

// hasVerb reports whether one of the words of s from the skip-th to the n-th looks like
// a finite verb.
func hasVerb(s string, skip, n int) bool {
	for k := 0; k < n; k++ {
		w, rest := nextWord(s)
		if w == "" {
			return false
		}
		if k >= skip && (verbLike(w) || auxiliaries[strings.ToLower(w)]) {
			return true
		}
		s = rest
	}
	return false
}

// nextWord returns the first word of s (letters only, without punctuation) and what
// follows it.
func nextWord(s string) (string, string) {
	s = strings.TrimLeft(s, " \n\t")
	i := strings.IndexAny(s, " \n\t")
	if i < 0 {
		i = len(s)
	}
	return strings.Trim(s[:i], ",.;:\"'()“”‘’"), s[i:]
}

// verbLike reports whether a lower-case word looks like a verb in the past ("departed",
// "seized"); "United", "hundred" and capitalised words are not.
func verbLike(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ed") {
		return irregularVerbs[w]
	}
	return !notVerbs[w]
}

// notVerbs end in "ed" but are no verbs.
var notVerbs = map[string]bool{"hundred": true, "red": true, "need": true, "speed": true, "seed": true, "bed": true, "shed": true, "feed": true}

// auxiliaries and irregularVerbs are finite verbs that do not end in "ed".
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "did": true, "does": true,
}

var irregularVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "took": true, "began": true, "met": true,
	"left": true, "fell": true, "won": true, "came": true, "went": true, "gave": true,
	"held": true, "made": true, "saw": true, "sent": true, "became": true, "broke": true,
	"rose": true, "led": true, "fled": true, "fought": true, "struck": true, "hit": true,
	"quit": true, "ran": true, "spoke": true, "sought": true, "brought": true, "kept": true,
	"lost": true, "paid": true, "built": true, "stood": true, "drew": true, "grew": true,
	"flew": true, "overran": true, "withdrew": true, "shot": true, "chose": true, "got": true,
	"knew": true, "wrote": true, "swore": true, "threw": true, "retook": true, "overtook": true,
	"undertook": true, "forbade": true, "bought": true, "sold": true, "found": true, "heard": true,
	"meant": true, "felt": true, "understood": true, "bid": true, "beat": true,
}

// antecedentWords is how many words before a relative clause that holds the date its
// actors and words are read from.
const antecedentWords = 5

// relativeBefore returns where the relative clause that holds offset ds of sent starts
// (", which ..." with no comma after it up to ds), after from; else -1.
func relativeBefore(sent string, from, ds int) int {
	best := -1
	for _, w := range []string{", which ", ", who ", ", whose ", ", whom ", ", where "} {
		if i := strings.LastIndex(sent[from:ds], w); i >= 0 && from+i > best {
			best = from + i
		}
	}
	if best < 0 || strings.Contains(sent[best+2:ds], ", ") {
		return -1
	}
	return best
}

// speechVerbs mark an attribution.
var speechVerbs = []string{" said", " says", " told", " announced", " reported", " confirmed", " added", " stated"}

// attributionTail returns where a short closing attribution that holds the date starts
// (", officials said on Friday"), or -1.
func attributionTail(sent string, start, end, ds, de int) int {
	i := strings.LastIndex(sent[start:ds], ", ")
	if i < 0 {
		return -1
	}
	i += start
	tail := sent[i:ds]
	if strings.Count(sent[i:ds], " ") > 8 || strings.Trim(sent[de:end], " .\"”’'") != "" {
		return -1
	}
	if hasSpeechVerb(tail) {
		return i
	}
	return -1
}

// hasSpeechVerb reports whether s contains a verb of saying.
func hasSpeechVerb(s string) bool {
	for _, v := range speechVerbs {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// fitCommas narrows sent[start:end] to the comma-separated pieces around the date
// (sent[ds:de]) that fit in maxSummary, growing to the right first.
func fitCommas(sent string, start, end, ds, de int) (int, int) {
	var cuts []int // piece boundaries: start, each ", ", end
	cuts = append(cuts, start)
	for off := start; ; {
		i := strings.Index(sent[off:end], ", ")
		if i < 0 {
			break
		}
		cuts = append(cuts, off+i)
		off += i + 2
	}
	cuts = append(cuts, end)
	piece := func(k int) (int, int) { // the k-th piece, without its leading ", "
		s := cuts[k]
		if k > 0 {
			s += 2
		}
		return s, cuts[k+1]
	}
	first, last := 0, 0
	for k := 0; k+1 < len(cuts); k++ {
		s, e := piece(k)
		if s <= ds && ds < e+2 {
			first = k
		}
		if s < de && de <= e {
			last = k
		}
	}
	if last < first {
		last = first
	}
	fits := func(a, b int) bool {
		s, _ := piece(a)
		_, e := piece(b)
		return utf8.RuneCountInString(sent[s:e]) <= maxSummary
	}
	// The clause's subject comes first: keep its start when the pieces up to the date
	// fit, and add what follows the date as room allows.
	if fits(0, last) {
		first = 0
	}
	for last+2 < len(cuts) && fits(first, last+1) {
		last++
	}
	for first > 0 && fits(first-1, last) {
		first--
	}
	// "…, which broke ties with the regime in 2011": the clause needs what it is about.
	if ps, _ := piece(first); first > 0 && startsRelative(sent[ps:]) {
		first--
	}
	// "This week, the U.S. auto giant paid for ...": a date alone says nothing; take the
	// next piece and let the words be cut.
	if s, e := piece(first); utf8.RuneCountInString(sent[s:e]) < 40 && last == first && last+2 < len(cuts) {
		last++
	}
	s, _ := piece(first)
	_, e := piece(last)
	return s, e
}

// subordinators start a clause that explains rather than states.
var subordinators = []string{" as ", " because ", " after ", " when ", " amid ", " despite ", " which ", " who ", " where "}

// subordinate returns where the first subordinate clause in sent[from:end] starts, or -1.
func subordinate(sent string, from, end int) int {
	best := -1
	for _, w := range subordinators {
		if i := strings.Index(sent[from:end], w); i >= 0 && (best < 0 || from+i < best) {
			best = from + i
		}
	}
	return best
}

// startsRelative reports whether s starts with a relative pronoun.
func startsRelative(s string) bool {
	for _, w := range []string{"which ", "who ", "whom ", "whose ", "where ", "when "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// fitWords narrows sent[start:end] to whole words around the date that fit in maxSummary.
func fitWords(sent string, start, end, ds, de int) (int, int) {
	s, e := max(start, ds), min(end, de)
	if s > start && utf8.RuneCountInString(sent[start:e]) <= maxSummary && relativeBefore(sent, start, ds) < 0 {
		// The clause's subject comes first, when it fits with the date, unless the date
		// is in a relative clause ("its war on Gaza, which began on October 7 and ..."):
		// that is about its antecedent.
		s = start
	}
	for {
		grown := false
		if j := nextSpace(sent, e, end); j > e && utf8.RuneCountInString(sent[s:j]) <= maxSummary {
			e, grown = j, true
		}
		if i := prevSpace(sent, s, start); i < s && utf8.RuneCountInString(sent[i:e]) <= maxSummary {
			s, grown = i, true
		}
		if !grown {
			return s, e
		}
	}
}

// nextSpace returns the end of the word after offset i (bounded by end).
func nextSpace(s string, i, end int) int {
	for i < end && s[i] == ' ' {
		i++
	}
	for i < end && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return i
}

// prevSpace returns the start of the word before offset i (bounded by start).
func prevSpace(s string, i, start int) int {
	for i > start && (s[i-1] == ' ' || s[i-1] == '\n') {
		i--
	}
	for i > start && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	return i
}

// collapse replaces runs of white space with single spaces and trims.
func collapse(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}
