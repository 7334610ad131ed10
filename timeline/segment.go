package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceKind says what a sentence is in its article.
type sentenceKind uint8

const (
	bodySentence sentenceKind = iota // running text
	headline                         // a line without a full stop: a title or subheading
	caption                          // a photo caption (it was followed by a credit)
)

// maxSentence is the longest sentence kept whole, in bytes.
const maxSentence = 2000

// sentence is one sentence of an article's text: text[start:end], trimmed.
type sentence struct {
	start, end int
	kind       sentenceKind
}

// segment splits news text into sentences. It drops boilerplate lines ("ADVERTISEMENT",
// "Editor's Note", link lines, share and subscribe prompts) and photo credits glued to
// captions ("Valery Sharifulin/Sputnik", "Hadi Mizban/AP2010"), keeps abbreviations
// ("U.S.", "Dr.", "Jan.", "a.m.") and initials inside sentences, and ends a sentence at
// the end of a line unless the next line plainly continues it.
func segment(text string) []sentence {
	return segmentInto(make([]sentence, 0, len(text)/100+1), text)
}

// segmentInto appends the sentences of text to out (see segment).
func segmentInto(out []sentence, text string) []sentence {
	blockStart := -1 // start of the current block of joined lines
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		line := text[pos:lineEnd]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || isBoilerplate(trimmed):
			if blockStart >= 0 {
				out = splitBlock(text, blockStart, pos, out)
				blockStart = -1
			}
			if trimmed != "" && isCaptionCredit(trimmed) {
				markCaption(text, pos+strings.Index(line, trimmed), out) // "(Photo: ...)" under a caption
			}
		default:
			if blockStart < 0 {
				blockStart = pos
			}
			if !continues(trimmed, text, lineEnd) {
				out = splitBlock(text, blockStart, lineEnd, out)
				blockStart = -1
			}
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	if blockStart >= 0 {
		out = splitBlock(text, blockStart, len(text), out)
	}
	return out
}

// continues reports whether the line ending at lineEnd runs on into the next line: the
// next line starts in lower case or the line ends with a comma, hyphen or joining word.
func continues(line, text string, lineEnd int) bool {
	if lineEnd >= len(text) {
		return false
	}
	next := strings.TrimSpace(firstLine(text[lineEnd+1:]))
	if next == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return !isBoilerplate(next)
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == ',' || last == '-' || last == ';' {
		return !isBoilerplate(next)
	}
	sp := strings.LastIndexByte(line, ' ')
	switch strings.ToLower(line[sp+1:]) {
	case "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from":
		return !isBoilerplate(next)
	}
	return false
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// splitBlock appends the sentences of text[start:end], a block of lines that belong together.
func splitBlock(text string, start, end int, out []sentence) []sentence {
	block := text[start:end]
	first := len(out)
	// "Image caption, ...": every sentence of the block is the caption's.
	captioned := captionPrefix(strings.TrimLeft(block, " \t\r")) > 0
	from := 0
	for i := 0; i < len(block); {
		c := block[i]
		i++
		r := rune(c)
		switch {
		case c == '.' || c == '!' || c == '?':
		case c == 0xE2 && strings.HasPrefix(block[i:], "\x80\xa6"): // '…'
			r = '…'
			i += 2
		default:
			continue
		}
		// Closing quotes and brackets, and repeated marks, belong to this sentence.
		j := i
		for j < len(block) {
			c, m := utf8.DecodeRuneInString(block[j:])
			if !strings.ContainsRune(".!?…\"'”’)]»", c) {
				break
			}
			j += m
		}
		if j < len(block) && !isSpace(block[j]) {
			continue // "countries…the", "3.5", "U.S.-backed"
		}
		k := j
		for k < len(block) && isSpace(block[k]) {
			k++
		}
		if k == len(block) {
			break
		}
		if r == '.' && !endsSentence(block[:i-1], block[k:]) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(block[k:])
		if unicode.IsLower(next) {
			continue
		}
		out = addSentence(text, start+from, start+j, out)
		from = k
		i = k
	}
	out = addSentence(text, start+from, end, out)
	// A block that is one line without a full stop is a headline or subheading.
	if len(out) == first+1 && out[first].kind == bodySentence && !strings.ContainsRune(block, '\n') {
		last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(block))
		if last != '.' && last != '"' && last != '”' && last != '!' {
			out[first].kind = headline
		}
	}
	if captioned {
		for i := first; i < len(out); i++ {
			out[i].kind = caption
		}
	}
	return out
}

// markCaption marks the last sentence of out as a caption if the credit at text[at:]
// ends it: the credit follows it on its line ("... 2024. (AP Photo/Andrii Marienko)"),
// or on the next line when the sentence is a line of its own.
func markCaption(text string, at int, out []sentence) {
	n := len(out)
	if n == 0 || out[n-1].end > at {
		return
	}
	prev := &out[n-1]
	gap := text[prev.end:at]
	switch strings.Count(gap, "\n") {
	case 0:
		if len(gap) > 3 {
			return
		}
	case 1:
		if strings.TrimSpace(gap) != "" {
			return // a dropped line between them
		}
		ls := strings.LastIndexByte(text[:prev.start], '\n') + 1
		if strings.TrimSpace(text[ls:prev.start]) != "" {
			return // the sentence ends a paragraph: the credit is not its
		}
	default:
		return
	}
	prev.kind = caption
}

// addSentence appends text[start:end] trimmed, unless it is empty or a credit; a credit
// ends a caption, so it marks the sentence before it (in the same block) as one. A credit
// glued to the end of a sentence is cut off.
func addSentence(text string, start, end int, out []sentence) []sentence {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	if start == end {
		return out
	}
	s := text[start:end]
	kind := bodySentence
	if n := captionPrefix(s); n > 0 {
		// "Image caption, Emergency workers at the scene": the label is not the caption's.
		kind = caption
		start += n
		if start >= end {
			return out
		}
		s = text[start:end]
	}
	if kind == bodySentence && isCredit(s) {
		if isCaptionCredit(s) {
			markCaption(text, start, out)
		}
		return out
	}
	// A run-on "sentence" (text without full stops) is cut at spaces into readable pieces.
	for end-start > maxSentence {
		cut := start + maxSentence/2 + strings.LastIndexAny(text[start+maxSentence/2:start+maxSentence], ";, ")
		if cut <= start+maxSentence/2-1 {
			cut = start + maxSentence // no space at all: cut anyway (at a rune start)
			for cut > start && !utf8.RuneStart(text[cut]) {
				cut--
			}
			if cut == start {
				// Only continuation bytes (invalid UTF-8): no rune start to cut at, and
				// cutting at start would never end.
				cut = start + maxSentence
			}
		}
		out = append(out, sentence{start: start, end: cut, kind: kind})
		start = cut
		for start < end && isSpace(text[start]) {
			start++
		}
		if start == end {
			return out
		}
		s = text[start:end]
	}
	if cut := trailingCredit(s); cut > 0 {
		end = start + cut
		for end > start && isSpace(text[end-1]) {
			end--
		}
		kind = caption
	}
	return append(out, sentence{start: start, end: end, kind: kind})
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
