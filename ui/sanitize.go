package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// clean makes untrusted article text safe to draw: escape sequences (CSI,
// OSC, DCS, ...) are removed whole, then every remaining control character
// (C0, DEL, C1) and bidi override becomes a space or disappears. Newlines
// and tabs become spaces; the result is one line.
func clean(s string) string {
	if safe(s) {
		return s
	}
	s = ansi.Strip(s)
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			sb.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		case r == 0xfffd:
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// safe reports whether s has nothing clean would change.
func safe(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c || r == 0xfffd {
			return false
		}
	}
	return true
}
