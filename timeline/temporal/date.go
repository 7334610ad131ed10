package temporal

import (
	"strconv"
	"time"
)

// gran is the granularity of a calendar point.
type gran uint8

const (
	gNone gran = iota
	gDay
	gWeek
	gWeekend
	gMonth
	gQuarter
	gHalf
	gSeason
	gYear
	gDecade
	gCentury
	gMillennium
)

// point is a calendar point at some granularity. y is the year (noYear when
// unknown); n carries the week, quarter, half, season, decade or century
// number according to g.
type point struct {
	y, m, d int
	n       int
	g       gran
}

// noYear marks an unknown year ("XXXX").
const noYear = -1 << 30

// time returns the first day of p as a time.Time (UTC).
func (p point) time() time.Time {
	m, d := p.m, p.d
	switch p.g {
	case gWeek, gWeekend:
		t := isoWeekStart(p.y, p.n)
		if p.g == gWeekend {
			t = t.AddDate(0, 0, 5)
		}
		return t
	case gQuarter:
		m, d = 3*(p.n-1)+1, 1
	case gHalf:
		m, d = 6*(p.n-1)+1, 1
	case gSeason:
		m, d = [...]int{1, 3, 6, 9, 12}[p.n], 21
	case gDecade:
		return time.Date(p.n*10, 1, 1, 0, 0, 0, 0, time.UTC)
	case gCentury:
		return time.Date(p.n*100, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(p.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// end returns the first day after p.
func (p point) end() time.Time {
	t := p.time()
	switch p.g {
	case gDay:
		return t.AddDate(0, 0, 1)
	case gWeek:
		return t.AddDate(0, 0, 7)
	case gWeekend:
		return t.AddDate(0, 0, 2)
	case gMonth:
		return t.AddDate(0, 1, 0)
	case gQuarter, gSeason:
		return t.AddDate(0, 3, 0)
	case gHalf:
		return t.AddDate(0, 6, 0)
	case gDecade:
		return t.AddDate(10, 0, 0)
	case gCentury:
		return t.AddDate(100, 0, 0)
	case gMillennium:
		return t.AddDate(1000, 0, 0)
	}
	return t.AddDate(1, 0, 0)
}

func isoWeekStart(y, w int) time.Time {
	// The ISO week 1 holds January 4th.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// isoWeekOf reports whether year y has an ISO week w (week 53 only some
// years do).
func isoWeekOf(y, w int) bool {
	wy, ww := isoWeekStart(y, w).ISOWeek()
	return wy == y && ww == w
}

// at returns the point of t at granularity g.
func at(t time.Time, g gran) point {
	y, m, d := t.Date()
	switch g {
	case gDay:
		return point{y: y, m: int(m), d: d, g: gDay}
	case gWeek, gWeekend:
		wy, w := t.ISOWeek()
		return point{y: wy, n: w, g: g}
	case gMonth:
		return point{y: y, m: int(m), g: gMonth}
	case gQuarter:
		return point{y: y, n: (int(m)-1)/3 + 1, g: gQuarter}
	case gHalf:
		return point{y: y, n: (int(m)-1)/6 + 1, g: gHalf}
	case gDecade:
		return point{y: y, n: floorDiv(y, 10), g: gDecade}
	case gCentury:
		return point{y: y, n: floorDiv(y, 100), g: gCentury}
	case gSeason:
		s := [...]int{4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4}[m-1]
		if s == 4 && m <= 2 {
			y--
		}
		return point{y: y, n: s, g: gSeason}
	}
	return point{y: y, g: gYear}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// unitGran is the granularity a unit of time names.
func unitGran(u int) gran {
	switch u {
	case uDay, uHour, uMinute, uSecond:
		return gDay
	case uWeek:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uHalf:
		return gHalf
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	}
	return gYear
}

// shift moves t by n units and returns the point at the unit's granularity.
func shift(t time.Time, u, n int) point {
	switch u {
	case uDay, uHour, uMinute, uSecond:
		return at(t.AddDate(0, 0, n), gDay)
	case uWeek, uWeekend:
		return at(t.AddDate(0, 0, 7*n), unitGran(u))
	case uMonth:
		return at(firstOfMonth(t).AddDate(0, n, 0), gMonth)
	case uQuarter:
		return at(firstOfMonth(t).AddDate(0, 3*n, 0), gQuarter)
	case uHalf:
		return at(firstOfMonth(t).AddDate(0, 6*n, 0), gHalf)
	case uDecade:
		return at(t.AddDate(10*n, 0, 0), gDecade)
	case uCentury:
		return at(t.AddDate(100*n, 0, 0), gCentury)
	}
	return at(t.AddDate(n, 0, 0), gYear)
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// String formats p as a TIMEX3 value.
func (p point) String() string {
	b := make([]byte, 0, 16)
	b = appendYear(b, p.y)
	switch p.g {
	case gDay:
		b = append(b, '-')
		b = append2(b, p.m)
		b = append(b, '-')
		b = append2(b, p.d)
	case gMonth:
		b = append(b, '-')
		b = append2(b, p.m)
	case gWeek:
		b = append(b, "-W"...)
		b = append2(b, p.n)
	case gWeekend:
		b = append(b, "-W"...)
		b = append2(b, p.n)
		b = append(b, "-WE"...)
	case gQuarter:
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(p.n), 10)
	case gHalf:
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(p.n), 10)
	case gSeason:
		b = append(b, '-')
		b = append(b, seasonCode[p.n]...)
	case gDecade:
		return decadeString(p.n)
	case gCentury:
		return centuryString(p.n)
	}
	return string(b)
}

func decadeString(n int) string {
	if n < 0 {
		return "BC" + pad(-n, 3)
	}
	return pad(n, 3)
}

func centuryString(n int) string {
	if n < 0 {
		return "BC" + pad(-n, 2)
	}
	return pad(n, 2)
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func appendYear(b []byte, y int) []byte {
	switch {
	case y == noYear:
		return append(b, "XXXX"...)
	case y <= 0:
		// TIMEX3 writes 1 BC as BC0001 (astronomical year 0).
		return append(b, ("BC" + pad(1-y, 4))...)
	}
	return append(b, pad(y, 4)...)
}

func append2(b []byte, n int) []byte {
	if n == 0 {
		return append(b, "XX"...)
	}
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// unknownValue is the value of a date of unit u relative to a reference that is not
// known ("last week" without a publication date): its granularity, nothing else.
func unknownValue(u int) string {
	switch u {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	return "XXXX"
}

// dayValue reports a value that opens with a calendar day, YYYY-MM-DD:
// "2024-07-24", "2024-07-24T15:00".
func dayValue(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && isDigits(v[:4]) && isDigits(v[5:7]) && isDigits(v[8:10])
}

// isDigits reports a non-empty string of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
