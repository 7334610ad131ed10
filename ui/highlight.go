package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"dateline/timeline"
)

// searchWords returns the words of f folded the way the filter folds them,
// for highlighting; qualifiers (actor:, from:, ...) are not words, and
// blank ones would only mark spaces.
func searchWords(f timeline.Filter) []string {
	var out []string
	for _, w := range f.Words {
		if w = timeline.Fold(strings.TrimSpace(w)); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// matches returns the byte ranges of s where one of the folded words
// occurs, ignoring case and diacritics exactly as the filter does: s is
// folded rune by rune, the words are found in the folded text, and every
// hit is mapped back to whole runes of s. The ranges are sorted and merged.
func matches(s string, words []string) [][2]int {
	if len(words) == 0 || s == "" {
		return nil
	}
	// folded holds s folded; start[j] and end[j] are the bytes of s of the
	// rune that folded byte j comes from.
	folded := make([]byte, 0, len(s))
	start := make([]int32, 0, len(s))
	end := make([]int32, 0, len(s))
	prev := 0 // where the last rune's folded bytes begin
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf {
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			folded = append(folded, c)
			start, end = append(start, int32(i)), append(end, int32(i+n))
			prev = len(folded) - 1
			i += n
			continue
		}
		f := timeline.Fold(s[i : i+n])
		if f == "" { // a combining mark belongs to the letter before it
			for j := prev; j < len(end); j++ {
				end[j] = int32(i + n)
			}
			i += n
			continue
		}
		prev = len(folded)
		for range len(f) {
			start, end = append(start, int32(i)), append(end, int32(i+n))
		}
		folded = append(folded, f...)
		i += n
	}
	text := string(folded)
	var out [][2]int
	for _, w := range words {
		for at := 0; at < len(text); {
			j := strings.Index(text[at:], w)
			if j < 0 {
				break
			}
			a, b := at+j, at+j+len(w)
			out = append(out, [2]int{int(start[a]), int(end[b-1])})
			at = a + 1
		}
	}
	slices.SortFunc(out, func(x, y [2]int) int { return x[0] - y[0] })
	merged := out[:0]
	for _, r := range out {
		if k := len(merged) - 1; k >= 0 && r[0] <= merged[k][1] {
			merged[k][1] = max(merged[k][1], r[1])
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// markSpans splits the spans where the words match their joined text and
// draws the matching pieces in hl, so that a match may cross spans.
func markSpans(words []string, hl lipgloss.Style, spans ...span) []span {
	if len(words) == 0 {
		return spans
	}
	var sb strings.Builder
	for _, s := range spans {
		sb.WriteString(s.text)
	}
	ranges := matches(sb.String(), words)
	if len(ranges) == 0 {
		return spans
	}
	var out []span
	pos, k := 0, 0
	for _, s := range spans {
		x, y := pos, pos+len(s.text)
		for x < y {
			for k < len(ranges) && ranges[k][1] <= x {
				k++
			}
			switch {
			case k == len(ranges) || ranges[k][0] >= y:
				out = append(out, span{s.text[x-pos : y-pos], s.style})
				x = y
			case ranges[k][0] > x:
				out = append(out, span{s.text[x-pos : ranges[k][0]-pos], s.style})
				x = ranges[k][0]
			default:
				e := min(y, ranges[k][1])
				out = append(out, span{s.text[x-pos : e-pos], hl})
				x = e
			}
		}
		pos = y
	}
	return out
}

// renderSpans draws the spans one after the other.
func renderSpans(spans []span) string {
	var sb strings.Builder
	for _, s := range spans {
		if s.text != "" {
			sb.WriteString(s.style.Render(s.text))
		}
	}
	return sb.String()
}
