package export

import (
	"encoding/csv"
	"io"
	"strings"
	"unicode/utf8"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"date", "precision", "summary", "actors", "outlets", "urls", "sentence", "id"}

// WriteCSV writes v as RFC 4180 CSV: a header row, then one row per event
// in display order with its EDTF date ("2015-09/..", "2023~"), precision,
// summary, actors ("; "-separated), the distinct outlets and http(s) URLs of
// its sources, the sentence of its first source, and its ID. Cells that a
// spreadsheet would read as a formula (starting with = + - @, a tab or a
// carriage return) are prefixed with a single quote.
func WriteCSV(w io.Writer, v View) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	t := v.Timeline
	for _, i := range v.Events {
		e := &t.Events[i]
		var outlets, urls []string
		for k := range e.Sources {
			s := &e.Sources[k]
			outlets = appendNew(outlets, sourceName(s))
			if u := safeURL(s.URL); u != "" {
				urls = appendNew(urls, u)
			}
		}
		sentence := ""
		if len(e.Sources) > 0 {
			sentence = Clean(e.Sources[0].Sentence)
		}
		row := []string{e.Date.String(), e.Date.Precision.String(), Clean(e.Summary), strings.Join(cleanAll(e.Actors), "; "),
			strings.Join(outlets, "; "), strings.Join(urls, "; "), sentence, Clean(e.ID)}
		for k := range row {
			row[k] = NeutralizeCell(row[k])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// NeutralizeCell keeps a spreadsheet from evaluating a CSV cell: a cell
// whose first non-blank character is = + - @ (or their full-width forms),
// or that starts with a tab or carriage return, gets a leading single
// quote, as OWASP recommends. Other cells are returned unchanged.
func NeutralizeCell(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '\t' || s[0] == '\r' {
		return "'" + s
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	switch r {
	case '=', '+', '-', '@', '＝', '＋', '－', '＠':
		return "'" + s
	}
	return s
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
