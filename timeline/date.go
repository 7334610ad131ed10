package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how exactly a Date is known. Coarser precisions compare lower.
type Precision int

// Precisions, coarsest first.
const (
	Century Precision = iota + 1
	Decade
	Year
	Half
	Season
	Quarter
	Month
	Week
	Day
)

var precisionNames = [...]string{"", "century", "decade", "year", "half", "season", "quarter", "month", "week", "day"}

// String returns the lower-case name of p ("month").
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return ""
	}
	return precisionNames[p]
}

// Date is when an event happened, at the precision the text gives and no
// finer: "March 2023" is 2023-03, never 2023-03-01.
type Date struct {
	Value     string    // TIMEX3 value of the start: "2024-07-24", "2023-03", "2011", "201", "2013-Q1"
	Precision Precision // how exactly Value is known
	End       string    // "" for a single period, ".." for an open range, else the TIMEX3 value of the end
	Approx    bool      // "around", "about", "early": the text hedges
	start     time.Time // first day of the period
	last      time.Time // last day of the period (of End when it is a value; far future when open)
}

var farFuture = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// ParseDate reads a TIMEX3 DATE value at its own precision. Values that name
// no calendar period (PRESENT_REF, XXXX-07-15, P3Y) are rejected.
func ParseDate(v string) (Date, error) {
	start, last, p, err := period(v)
	if err != nil {
		return Date{}, err
	}
	return Date{Value: v, Precision: p, start: start, last: last}, nil
}

// MustDate is ParseDate for values known to be valid; it panics otherwise.
func MustDate(v string) Date {
	d, err := ParseDate(v)
	if err != nil {
		panic(err)
	}
	return d
}

// Until returns d extended to end at e (a range "from 2011 to 2015").
func (d Date) Until(e Date) Date {
	d.End, d.last = e.Value, e.last
	return d
}

// Since returns d as an open range starting at d ("since September 2015").
func (d Date) Since() Date {
	d.End, d.last = "..", farFuture
	return d
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Value == "" }

// Start returns the first day of the period d names.
func (d Date) Start() time.Time { return d.start }

// Last returns the last day d covers (for an open range, far in the future).
func (d Date) Last() time.Time { return d.last }

// Compare orders dates by start, coarser precision first within the same
// start, then by end. It returns -1, 0 or +1.
func (d Date) Compare(o Date) int {
	if c := d.start.Compare(o.start); c != 0 {
		return c
	}
	if d.Precision != o.Precision {
		if d.Precision < o.Precision {
			return -1
		}
		return 1
	}
	return d.last.Compare(o.last)
}

// Overlaps reports whether d and o share any day.
func (d Date) Overlaps(o Date) bool {
	return !d.last.Before(o.start) && !o.last.Before(d.start)
}

// String prints d EDTF-style: "2024-07-24", "2023-03", "2015-09/..", "2011/2015", "2023~".
func (d Date) String() string {
	s := d.Value
	if d.End != "" {
		s += "/" + d.End
	}
	if d.Approx {
		s += "~"
	}
	return s
}

var monthAbbr = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var seasonNames = map[string]string{"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}

// Label prints d for people at its real precision: "24 Jul 2024", "Mar 2023",
// "2011", "1990s", "Q1 2013", "since Sep 2015", "2011 – 2015", "c. 2023".
func (d Date) Label() string {
	s := label(d.Value, d.Precision)
	switch {
	case d.End == "..":
		s = "since " + s
	case d.End != "":
		if e, err := ParseDate(d.End); err == nil {
			s += " – " + label(e.Value, e.Precision)
		}
	}
	if d.Approx {
		s = "c. " + s
	}
	return s
}

func label(v string, p Precision) string {
	switch p {
	case Century:
		return v + "00s"
	case Decade:
		return v + "0s"
	case Year:
		return v
	case Half:
		return "H" + v[6:] + " " + v[:4]
	case Season:
		return seasonNames[v[5:]] + " " + v[:4]
	case Quarter:
		return v[5:] + " " + v[:4]
	case Month:
		m, _ := strconv.Atoi(v[5:7])
		return monthAbbr[m] + " " + v[:4]
	case Week:
		return "Week " + strings.TrimLeft(v[6:8], "0") + ", " + v[:4]
	case Day:
		m, _ := strconv.Atoi(v[5:7])
		return strings.TrimLeft(v[8:10], "0") + " " + monthAbbr[m] + " " + v[:4]
	}
	return v
}

// period returns the first and last day of the period a TIMEX3 value names.
func period(v string) (start, last time.Time, p Precision, err error) {
	bad := func() (time.Time, time.Time, Precision, error) {
		return time.Time{}, time.Time{}, 0, fmt.Errorf("not a calendar date: %q", v)
	}
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10] // a time of day sorts and filters as its day
	}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	num := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		n, _ := strconv.Atoi(s)
		return n, true
	}
	switch {
	case len(v) == 2:
		c, ok := num(v)
		if !ok {
			return bad()
		}
		return day(c*100, 1, 1), day(c*100+99, 12, 31), Century, nil
	case len(v) == 3:
		dec, ok := num(v)
		if !ok {
			return bad()
		}
		return day(dec*10, 1, 1), day(dec*10+9, 12, 31), Decade, nil
	}
	if len(v) < 4 {
		return bad()
	}
	y, ok := num(v[:4])
	if !ok {
		return bad()
	}
	rest := v[4:]
	switch {
	case rest == "":
		return day(y, 1, 1), day(y, 12, 31), Year, nil
	case len(rest) == 3 && rest[1] == 'Q':
		q, ok := num(rest[2:])
		if !ok || q < 1 || q > 4 {
			return bad()
		}
		s := day(y, (q-1)*3+1, 1)
		return s, s.AddDate(0, 3, -1), Quarter, nil
	case len(rest) == 3 && rest[1] == 'H':
		h, ok := num(rest[2:])
		if !ok || h < 1 || h > 2 {
			return bad()
		}
		s := day(y, (h-1)*6+1, 1)
		return s, s.AddDate(0, 6, -1), Half, nil
	case len(rest) == 3 && seasonNames[rest[1:]] != "":
		m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}[rest[1:]]
		s := day(y, m, 1)
		return s, s.AddDate(0, 3, -1), Season, nil
	case len(rest) == 4 && rest[1] == 'W':
		w, ok := num(rest[2:])
		if !ok || w < 1 || w > 53 {
			return bad()
		}
		// ISO week: the week with the year's first Thursday is week 1.
		jan4 := day(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		s := monday.AddDate(0, 0, (w-1)*7)
		return s, s.AddDate(0, 0, 6), Week, nil
	case len(rest) == 3:
		m, ok := num(rest[1:])
		if !ok || m < 1 || m > 12 || rest[0] != '-' {
			return bad()
		}
		s := day(y, m, 1)
		return s, s.AddDate(0, 1, -1), Month, nil
	case len(rest) == 6:
		m, ok1 := num(rest[1:3])
		d, ok2 := num(rest[4:])
		if !ok1 || !ok2 || rest[0] != '-' || rest[3] != '-' {
			return bad()
		}
		s := day(y, m, d)
		if s.Month() != time.Month(m) || s.Day() != d {
			return bad()
		}
		return s, s, Day, nil
	}
	return bad()
}
