package export

import (
	"bufio"
	"encoding/json"
	"unicode/utf8"
)

// jsonWriter streams one indented JSON object whose members are written
// one at a time, so a large export never holds its whole text in memory.
// The bytes are those of json.Encoder with SetIndent("", "  ").
type jsonWriter struct {
	bw      *bufio.Writer
	members int
	err     error
	buf     []byte // arrayOf's item
}

func newJSONWriter(bw *bufio.Writer) *jsonWriter {
	bw.WriteString("{")
	return &jsonWriter{bw: bw}
}

func (j *jsonWriter) key(k string) {
	if j.members > 0 {
		j.bw.WriteString(",")
	}
	j.members++
	kb, _ := json.Marshal(k)
	j.bw.WriteString("\n  ")
	j.bw.Write(kb)
	j.bw.WriteString(": ")
}

func (j *jsonWriter) value(v any, prefix string) {
	if j.err != nil {
		return
	}
	b, err := json.MarshalIndent(v, prefix, "  ")
	if err != nil {
		j.err = err
		return
	}
	j.bw.Write(b)
}

// member writes "k": v.
func (j *jsonWriter) member(k string, v any) {
	j.key(k)
	j.value(v, "  ")
}

// array writes "k": [ item(0), ..., item(n-1) ], marshalling one item at a time.
func (j *jsonWriter) array(k string, n int, item func(i int) any) {
	j.arrayOf(k, n, func(b []byte, i int) []byte {
		if j.err != nil {
			return b
		}
		v, err := json.MarshalIndent(item(i), "    ", "  ")
		if err != nil {
			j.err = err
			return b
		}
		return append(b, v...)
	})
}

// arrayOf writes "k": [ ... ] of n items that append their own JSON (indented
// for the array's depth) to a buffer, which is reused.
func (j *jsonWriter) arrayOf(k string, n int, item func(b []byte, i int) []byte) {
	j.key(k)
	if n == 0 {
		j.bw.WriteString("[]")
		return
	}
	j.bw.WriteString("[")
	for i := range n {
		if i > 0 {
			j.bw.WriteString(",")
		}
		j.bw.WriteString("\n    ")
		j.buf = item(j.buf[:0], i)
		j.bw.Write(j.buf)
	}
	j.bw.WriteString("\n  ]")
}

// appendString appends s as a JSON string, escaped as encoding/json escapes
// it: quotes, backslashes and control characters; <, > and & for HTML;
// U+2028 and U+2029 for JavaScript; invalid UTF-8 as U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// close ends the object and flushes.
func (j *jsonWriter) close() error {
	j.bw.WriteString("\n}\n")
	if err := j.bw.Flush(); j.err == nil {
		j.err = err
	}
	return j.err
}
