// Package temporal finds temporal expressions in text and normalizes them (TIMEX3).
//
// Tag scans a text with a hand-written tokenizer, tries a small set of rules
// (functions over the token stream) at every token that can start a temporal
// expression, keeps the longest match and resolves relative expressions
// against a reference date: the document creation time for news, or the last
// mentioned date for narrative text.
package temporal

import (
	"strings"
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

func tag(text string, ref Ref) []Timex {
	var p parser
	p.init(text, ref)
	return p.run()
}
