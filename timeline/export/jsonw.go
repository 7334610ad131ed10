package export

import (
	"bufio"
	"encoding/json"
)

// jsonWriter streams one indented JSON object whose members are written
// one at a time, so a large export never holds its whole text in memory.
// The bytes are those of json.Encoder with SetIndent("", "  ").
type jsonWriter struct {
	bw      *bufio.Writer
	members int
	err     error
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
		j.value(item(i), "    ")
	}
	j.bw.WriteString("\n  ]")
}

// close ends the object and flushes.
func (j *jsonWriter) close() error {
	j.bw.WriteString("\n}\n")
	if err := j.bw.Flush(); j.err == nil {
		j.err = err
	}
	return j.err
}
