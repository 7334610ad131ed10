// Package temporal finds temporal expressions in text and normalizes them (TIMEX3).
//
// Tag scans a text with a hand-written scanner (lex.go) that looks words up
// in a fixed lexicon (words.go) and queues the tokens where an expression may
// start. At each of those the parser (parser.go) tries the rules that can
// start there (rules.go: plain functions over the token stream, one file per
// family: dates, years, relative, weekday, quantity, quarter, clock, named),
// keeps the longest match, widens it with modifiers ("early", "the end of",
// "at least") and resolves relative expressions against a reference: the
// document creation time for news, or the last mentioned date for narrative
// text.
//
// Extents follow TimeML: prepositions stay outside ("since 2011" tags
// "2011"), determiners and modifiers that are part of the expression stay
// inside ("the past three months", "early next year"). Values follow TIMEX3:
// 2024-07-24, 2024-W29, 2013-Q1, 2013-SU, 199 (the 1990s), 19 (the 20th
// century), BC0490, P3Y, PT5H, PXY (years), PRESENT_REF, XXXX-07-15 when the
// year cannot be known. Underspecified dates take the year nearest the
// reference, leaning to the past in news and to the future when the sentence
// speaks of it ("will", "scheduled"); a bare weekday is the most recent one on
// or before the reference unless the sentence speaks of the future.
package temporal

import (
	"strings"
	"sync"
	"time"
)

// Type is the TIMEX3 type of an expression.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Ref is what relative expressions resolve against.
type Ref struct {
	// DCT is the document creation (publication) date. Zero means unknown:
	// relative expressions then stay unresolved (e.g. "XXXX-07-15").
	DCT time.Time
	// Narrative resolves relative expressions against the last mentioned
	// date (history text) rather than the DCT.
	Narrative bool
}

// Timex is one temporal expression found in a text.
type Timex struct {
	Start, End int // UTF-8 byte offsets into text; text[Start:End] == Text
	Text       string
	Type       Type
	// Value is the TIMEX3 value: 2024-07-24, 2023-03, 2011, 2024-W29,
	// 2013-Q1, 2013-SU, 201, P3Y, PT5H, PRESENT_REF, XXXX-07-15, ...
	Value string
	// Mod is the TIMEX3 mod: "", BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER,
	// START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE.
	Mod string
	// Quant is the quantifier of a SET, e.g. "EVERY".
	Quant string
	// Relative reports that the value depended on the reference or anchor date.
	Relative bool
}

// Tag returns the temporal expressions of text in order of Start,
// non-overlapping. Nothing found is nil.
func Tag(text string, ref Ref) []Timex {
	if len(text) <= maxChunk {
		return tag(text, ref)
	}
	// Token offsets are 32-bit: very large texts are tagged in chunks cut
	// at line breaks.
	var out []Timex
	for off := 0; off < len(text); {
		end := min(off+maxChunk, len(text))
		if end < len(text) {
			if k := strings.LastIndexByte(text[off:end], '\n'); k > 0 {
				end = off + k + 1
			}
		}
		for _, x := range tag(text[off:end], ref) {
			x.Start += off
			x.End += off
			out = append(out, x)
		}
		off = end
	}
	return out
}

// maxChunk is the largest text tagged in one pass.
const maxChunk = 1 << 30

// parsers recycles parsers: one holds its token ring in place, some 17 KB
// that a short article would otherwise allocate, zero and leave to the
// garbage collector each time.
var parsers = sync.Pool{New: func() any { return new(parser) }}

func tag(text string, ref Ref) []Timex {
	p := parsers.Get().(*parser)
	p.init(text, ref)
	out := p.run()
	*p = parser{} // drop the text and the results; the next use starts clean
	parsers.Put(p)
	return out
}
