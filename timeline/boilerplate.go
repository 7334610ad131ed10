package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerLines are whole lines (folded, without a trailing colon) that carry no news.
var boilerLines = map[string]bool{
	"advertisement": true, "advertisment": true, "ad": true, "sponsored": true,
	"read more": true, "read also": true, "also read": true, "related": true,
	"related articles": true, "related stories": true, "watch": true, "share": true,
	"share this article": true, "subscribe": true, "scroll to continue": true,
	"continue reading": true, "listen": true, "most read": true, "trending": true,
	"comments": true, "newsletter": true, "more on this story": true, "top stories": true,
}

// boilerPrefixes start lines (folded) that carry no news.
var boilerPrefixes = []string{
	"editor's note", "editors note", "editor’s note", "[editor", "(editor",
	"read more:", "read also:", "also read:", "related:", "watch:", "see also:",
	"share this", "follow us", "sign up", "subscribe to", "click here", "copyright",
	"©", "all rights reserved", "this story has been", "this article was",
	"advertisement", "sponsored content", "get the latest", "download the app",
	"image source", "video:", "getty images",
}

// stampPrefixes start short lines that stamp the page, not the news.
var stampPrefixes = []string{
	"updated", "last updated", "published", "first published", "posted", "last modified",
	"modified", "originally published", "date:",
}

// isByline reports whether a line is an author credit: "By Jane Doe and John Roe".
func isByline(line string) bool {
	if !strings.HasPrefix(line, "By ") || len(line) > 80 {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 8 || words[0] != "By" || strings.HasSuffix(line, ".") {
		return false
	}
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "and" && w != "with" && w != "in" {
			return false
		}
	}
	return true
}

// isBoilerplate reports whether a trimmed line is boilerplate rather than news: adverts,
// editor's notes, prompts, bracketed notes and lines that are mostly a link.
func isBoilerplate(line string) bool {
	var buf [32]byte // every phrase below is shorter
	n := copy(buf[:], line)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	low := string(buf[:n]) // at most 32 bytes and not kept: no allocation
	if len(line) <= 32 && boilerLines[strings.TrimRight(low, ": ")] {
		return true
	}
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
		return true
	}
	if isByline(line) || isCredit(line) {
		return true // "By Jane Doe", "(AP Photo/Andrii Marienko)", "Photo: Reuters"
	}
	if len(line) < 100 {
		for _, p := range stampPrefixes {
			if strings.HasPrefix(low, p) {
				return true // "Updated: July 25, 2024 10:31 AM ET": when the page changed, not news
			}
		}
	}
	if i := strings.Index(line, "://"); i >= 0 || strings.HasPrefix(low, "www.") {
		if i >= 0 {
			i = max(0, strings.LastIndexAny(line[:i], " \t")) // the link's start
		}
		// "Title: https://..." or a bare link; a long sentence that cites a link stays.
		if i < 0 || i < 120 || !strings.ContainsAny(line[:i], ".!?") {
			return true
		}
	}
	return false
}

// creditPrefixes start a photo credit (folded): "Credit: Reuters", "Photo by Jane Doe",
// "Image source, Getty Images", "© AFP", "[File: Khaled Abdullah/Reuters]".
var creditPrefixes = []string{
	"credit:", "credits:", "photo by ", "image source,", "image source:", "©", "file:",
}

// photoLabels start a credit ("Photo: Reuters", "Photograph: Moses Sawasawa/AP") or a
// caption ("Photo: Firefighters at the site of the attack"), as what follows says.
var photoLabels = []string{
	"photo:", "photos:", "image:", "photograph:", "photography:", "pictures:", "picture:",
	"pic:", "pics:",
}

// captionLabels start a caption (folded): what follows is the caption.
var captionLabels = []string{
	"image caption,", "image caption:", "media caption,", "media caption:", "photo caption:",
	"caption:", "file photo:", "file photo,", "pictured:",
}

// foldedLabel returns the length of the label of labels that s starts with (case folded), or 0.
func foldedLabel(s string, labels []string) int {
	head := s[:min(len(s), 16)] // every label is shorter
	if strings.IndexByte(head, ':') < 0 && strings.IndexByte(head, ',') < 0 && head != "" && head[0]|0x20 != 'p' && head[0] != 0xC2 {
		return 0 // only "photo by " and "©" end in neither
	}
	var buf [16]byte
	n := copy(buf[:], head)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	low := string(buf[:n]) // not kept: no allocation
	for _, p := range labels {
		if strings.HasPrefix(low, p) {
			return len(p)
		}
	}
	return 0
}

// namesOnly reports whether s reads as the names of a credit: at most eight words, each
// capitalized, a number or a joining word ("Kharkiv Oblast Military Administration /
// Telegram", "Handout via Reuters", "John Smith for The New York Times").
func namesOnly(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		n++
		if n > 8 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		switch w {
		case "via", "for", "and", "of", "by", "courtesy", "handout", "/", "|", "-", "–":
			continue
		}
		return false
	}
	return n > 0
}

// isCredit reports whether a sentence is a photo credit: "Valery Sharifulin/Sputnik",
// "Hadi Mizban/AP2010", "(AP Photo/Hadi Mizban)", "Photo: Reuters", "AFP via Getty
// Images", "REUTERS/Gleb Garanich/File Photo", "[File: Khaled Abdullah/Reuters]".
func isCredit(s string) bool {
	if len(s) > 82 {
		return false
	}
	switch {
	case strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")"), strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		s = s[1 : len(s)-1]
	case strings.HasPrefix(s, "("), strings.HasPrefix(s, "["):
		s = s[1:]
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	if s == "" {
		return false
	}
	if c := s[0] | 0x20; c == 'c' || c == 'p' || c == 'i' || c == 'f' || s[0] == 0xC2 { // 0xC2: '©'
		if foldedLabel(s, creditPrefixes) > 0 {
			return true
		}
		if n := foldedLabel(s, photoLabels); n > 0 {
			rest := strings.TrimSpace(s[n:])
			return rest == "" || namesOnly(rest) || isCredit(rest)
		}
	}
	if strings.EqualFold(s, "reuters") || strings.EqualFold(s, "afp") || strings.EqualFold(s, "ap") {
		return true
	}
	if len(s) >= 12 && strings.EqualFold(s[len(s)-12:], "getty images") {
		return capitalWords(s, 7) > 0 // "Valery Sharifulin/AFP via Getty Images"
	}
	// "Name/Agency", "AGENCY/Name", "REUTERS/Name/File Photo": capitalized words on
	// either side of one or two slashes.
	if n := strings.Count(s, "/"); n == 0 || n > 2 || strings.Contains(s, "://") {
		return false
	}
	for part := range strings.SplitSeq(s, "/") {
		if capitalWords(part, 4) == 0 {
			return false
		}
	}
	return true
}

// isCaptionCredit reports whether a credit line ends the caption before it: every credit
// but a BBC "Image source," line, which comes before its caption.
func isCaptionCredit(s string) bool {
	return isCredit(s) && !(len(s) >= 12 && strings.EqualFold(s[:12], "image source"))
}

// captionPrefix returns the length of the label that starts a caption, with the spaces
// after it ("Image caption, ", "Media caption, ", "FILE PHOTO: ", "FILE - ", "Photo: "
// before what is not a credit), or 0.
func captionPrefix(s string) int {
	if len(s) < 7 {
		return 0
	}
	n := 0
	switch s[0] | 0x20 {
	case 'i', 'm', 'c', 'p', 'f':
		if n = foldedLabel(s, captionLabels); n > 0 {
			break
		}
		if strings.HasPrefix(s, "FILE - ") || strings.HasPrefix(s, "FILE – ") || strings.HasPrefix(s, "FILE — ") {
			n = strings.IndexByte(s, ' ') + 1
			n += strings.IndexByte(s[n:], ' ')
			break
		}
		if n = foldedLabel(s, photoLabels); n > 0 {
			// "Photo: Supporters of Niger's junta gather in Niamey, 28 January 2024."
			// is a caption, "Photo: The Irrawaddy" a credit.
			if end := strings.IndexAny(s[n:], ".(["); end >= 0 && namesOnly(s[n:n+end]) || end < 0 && namesOnly(s[n:]) {
				return 0
			}
		}
	}
	if n == 0 {
		return 0
	}
	for n < len(s) && isSpace(s[n]) {
		n++
	}
	return n
}

// capitalWords returns the number of words of s, if there are one to most and each starts
// with a capital letter or digit ("via" may join them: "AFP via Getty Images"); else 0.
func capitalWords(s string, most int) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		n++
		if n > most {
			return 0
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "via" {
			return 0
		}
	}
	return n
}

// trailingCredit returns where a credit glued to the end of a sentence starts
// ("... Wednesday, July 24, 2024 Valery Sharifulin/Sputnik", "... January 12, 2024
// [Khaled Abdullah/Reuters]"), or 0.
func trailingCredit(s string) int {
	if last := s[len(s)-1]; last == ']' || last == ')' {
		open := strings.LastIndexByte(s, "[("[strings.IndexByte("])", last)])
		if open <= 0 {
			return 0
		}
		// Not a bare "(AP)" or "(Reuters)", which may end a headline: a credit names more.
		if c := s[open:]; isCredit(c) && (strings.ContainsAny(c, "/:©") || len(c) > 14 && strings.EqualFold(c[len(c)-13:len(c)-1], "getty images")) {
			return open
		}
		return 0
	}
	slash := strings.LastIndexByte(s, '/')
	if slash <= 0 || strings.Contains(s, "://") {
		return 0
	}
	if after := s[slash+1:]; strings.ContainsAny(after, " \t") {
		// "Name/AFP via Getty Images": the agency may be a few words.
		if capitalWords(after, 4) == 0 || strings.ContainsAny(after, ".,;:") {
			return 0
		}
	}
	r, _ := utf8.DecodeRuneInString(s[slash+1:])
	if !unicode.IsUpper(r) {
		return 0
	}
	// Two or three capitalized words before the slash: the photographer.
	cut, words := slash, 0
	for words < 3 {
		sp := strings.LastIndexByte(s[:cut], ' ')
		w := s[sp+1 : cut]
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;:") {
			break
		}
		words++
		cut = sp + 1
		if sp < 0 {
			break
		}
		cut = sp
	}
	if words < 2 || cut <= 0 {
		return 0
	}
	return cut
}

// sentenceStarters are words that commonly begin a sentence; after an abbreviation that can
// also end one ("U.S.", "a.m."), they decide that it did.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"This": true, "That": true, "These": true, "Those": true, "His": true, "Her": true,
	"Their": true, "Its": true, "After": true, "Before": true, "When": true, "While": true,
	"As": true, "There": true, "Some": true, "Many": true, "Meanwhile": true, "However": true,
	"Officials": true, "Earlier": true, "Later": true, "Last": true, "Since": true,
}

// titleAbbrevs never end a sentence ("Dr. Smith", "Jan. 5").
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"sen": true, "rep": true, "gov": true, "prof": true, "st": true, "sgt": true,
	"capt": true, "maj": true, "adm": true, "rev": true, "hon": true, "pres": true,
	"vs": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "cf": true, "approx": true, "fig": true, "brig": true,
	"cmdr": true, "supt": true, "gens": true, "reps": true, "sens": true, "messrs": true,
}

// endsSentence decides whether the period after before ends a sentence, given the text
// after it.
func endsSentence(before, after string) bool {
	i := len(before)
	for i > 0 {
		c := before[i-1]
		if c == '.' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			i--
			continue
		}
		break
	}
	w := before[i:]
	if w == "" {
		return true
	}
	low := strings.ToLower(w)
	switch {
	case len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z':
		return false // an initial: "George W. Bush"
	case titleAbbrevs[low]:
		return false
	case low == "no" && len(after) > 0 && '0' <= after[0] && after[0] <= '9':
		return false // "No. 10"
	case strings.Contains(w, ".") || low == "inc" || low == "ltd" || low == "co" || low == "corp" || low == "jr" || low == "sr" || low == "etc":
		// "U.S.", "a.m.", "Inc.": a sentence ends only if a usual first word follows.
		sp := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
		if sp < 0 {
			sp = len(after)
		}
		return sentenceStarters[after[:sp]]
	}
	return true
}
