package timeline

import (
	"strings"

	"dateline/timeline/temporal"
)

// rangeJoint reports whether gap joins two dates into a range after word: "from 2011
// to 2015", "between March 2020 and June 2021", and without "from" "covering 2024 to
// 2027", "Monday through Friday".
func rangeJoint(word, gap string) bool {
	if len(gap) > 12 { // the text between two dates of a sentence may be long
		return false
	}
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case "to", "until", "till", "through":
		return word != "between"
	case "-", "–", "—": // without "from", see the hyphen rule of sentenceDrafts
		return word == "from"
	case "and":
		return word == "between"
	}
	return false
}

// joinTimexes joins date expressions that the tagger split but that name one date:
// "Wednesday, July 24, 2024" (same value), "March last year" (a month and its year),
// "15 July" (a day number and its month).
//
// It also leaves out "overnight": the night it names ends on the day of the
// report, so the report's own date ("..., officials said on Friday") dates the
// event better than the evening the night began, and other outlets date it so.
func joinTimexes(text string, txs []temporal.Timex) []temporal.Timex {
	out := txs[:0]
	for i := 0; i < len(txs); i++ {
		t := txs[i]
		if strings.EqualFold(t.Text, "overnight") {
			continue
		}
		for i+1 < len(txs) {
			n := txs[i+1]
			gap := strings.TrimSpace(text[t.End:n.Start])
			if gap != "" && gap != "," {
				break
			}
			v, ok := joinValues(t, n, gap)
			if !ok {
				break
			}
			t = temporal.Timex{Start: t.Start, End: n.End, Text: text[t.Start:n.End], Type: temporal.Date,
				Value: v, Mod: t.Mod, Relative: t.Relative || n.Relative}
			i++
		}
		out = append(out, t)
	}
	return out
}

// joinValues returns the value of two adjacent date expressions read as one.
func joinValues(a, b temporal.Timex, gap string) (string, bool) {
	switch {
	case a.Type != temporal.Date || b.Type != temporal.Date:
		return "", false
	case a.Value == b.Value:
		return a.Value, true
	case gap == "" && isMonthValue(a.Value) && !hasDigit(a.Text) && isYearValue(b.Value):
		return b.Value + a.Value[4:], true
	case gap == "" && len(a.Text) <= 2 && allDigits(a.Text) && isMonthValue(b.Value):
		d := a.Text
		if len(d) == 1 {
			d = "0" + d
		}
		return b.Value + "-" + d, true
	}
	return "", false
}

func isMonthValue(v string) bool {
	return len(v) == 7 && v[4] == '-' && allDigits(v[:4]) && allDigits(v[5:])
}

func isYearValue(v string) bool { return len(v) == 4 && allDigits(v) }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }
