package export

import (
	"strings"
	"unicode/utf8"

	"dateline/timeline"
)

// Clean returns s as one line of inert text: terminal escape sequences (CSI,
// OSC, DCS and the like) are removed whole, other control characters, C1
// controls and bidi overrides are dropped, and line breaks and tabs become
// single spaces. Invalid UTF-8 becomes U+FFFD. Every exporter passes article
// text through Clean, so no export can drive a terminal that prints it.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	return clean(s)
}

// clean is Clean without the fast path.
func clean(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false // a space is pending
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == 0x1b:
			i = skipEscape(s, i)
		case r == '\n' || r == '\r' || r == '\t' || r == '\f' || r == '\v' || r == 0x2028 || r == 0x2029:
			space = true
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i)
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // C1 OSC, DCS, SOS, PM, APC
			i = skipString(s, i)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		default:
			if space {
				if sb.Len() > 0 {
					sb.WriteByte(' ')
				}
				space = false
			}
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// isPlain reports whether s is valid UTF-8 with nothing Clean would change.
func isPlain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 || c == 0x7f:
			return false
		case c == 0xc2: // C1 controls are C2 80..C2 9F
			if s[i+1] < 0xa0 {
				return false
			}
		case c == 0xd8: // U+061C ARABIC LETTER MARK is D8 9C
			if s[i+1] == 0x9c {
				return false
			}
		case c == 0xe2: // marks, separators and bidi controls: E2 80 8E..8F, A8..AE; E2 81 A6..A9
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0x80 && (b2 == 0x8e || b2 == 0x8f || (b2 >= 0xa8 && b2 <= 0xae)) || b1 == 0x81 && b2 >= 0xa6 && b2 <= 0xa9 {
				return false
			}
		}
	}
	return true
}

// skipEscape skips the rest of an escape sequence whose ESC ended at i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// Two-character sequence (ESC c, ESC 7, ...), possibly with intermediates.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips parameters and intermediates up to and including the final byte.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x40 && c <= 0x7e {
			break
		}
		if c < 0x20 || c > 0x7e {
			return i - 1 // malformed: stop before the stray byte
		}
	}
	return i
}

// skipString skips an OSC, DCS, SOS, PM or APC string up to its terminator
// (BEL, ESC \ or C1 ST), or to the end of s when it has none.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}

// safeURL returns u when it is an absolute http or https URL with a host
// and nothing that could break out of the markup around it, else "".
func safeURL(u string) string {
	l := strings.ToLower(u)
	rest, ok := strings.CutPrefix(l, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(l, "http://")
	}
	if !ok || rest == "" || rest[0] == '/' {
		return ""
	}
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= ' ' || c == 0x7f || strings.IndexByte("<>\"`\\", c) >= 0 {
			return ""
		}
	}
	if Clean(u) != u {
		return ""
	}
	return u
}

// sourceName is how a source is named for people: its outlet, else its
// title, else where it was loaded from.
func sourceName(s *timeline.Source) string {
	for _, n := range []string{s.Outlet, s.Title, s.Path} {
		if n = Clean(n); n != "" {
			return n
		}
	}
	return "article " + Clean(s.Article)
}

// yearOf is the heading an event files under: its start year, or its
// decade or century when that is all that is known.
func yearOf(d timeline.Date) string {
	switch d.Precision {
	case timeline.Century, timeline.Decade:
		return label(d)
	}
	if d.Start().IsZero() {
		return "Undated"
	}
	return d.Start().Format("2006")
}

// label prints a date for people at its own precision.
func label(d timeline.Date) string {
	if d.IsZero() {
		return "undated"
	}
	return d.Label()
}
