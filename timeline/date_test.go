package timeline

import (
	"testing"
	"time"
)

func tt(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in          string
		p           Precision
		start, last time.Time
		label       string
	}{
		{"2024-07-24", Day, tt(2024, 7, 24), tt(2024, 7, 24), "24 Jul 2024"},
		{"2023-03", Month, tt(2023, 3, 1), tt(2023, 3, 31), "Mar 2023"},
		{"2011", Year, tt(2011, 1, 1), tt(2011, 12, 31), "2011"},
		{"199", Decade, tt(1990, 1, 1), tt(1999, 12, 31), "1990s"},
		{"19", Century, tt(1900, 1, 1), tt(1999, 12, 31), "1900s"},
		{"2013-Q1", Quarter, tt(2013, 1, 1), tt(2013, 3, 31), "Q1 2013"},
		{"2013-SU", Season, tt(2013, 6, 1), tt(2013, 8, 31), "Summer 2013"},
		{"2013-H2", Half, tt(2013, 7, 1), tt(2013, 12, 31), "H2 2013"},
		{"2024-W29", Week, tt(2024, 7, 15), tt(2024, 7, 21), "Week 29, 2024"},
		{"2020-W01", Week, tt(2019, 12, 30), tt(2020, 1, 5), "Week 1, 2020"},
		{"2013-03-22T15:00", Day, tt(2013, 3, 22), tt(2013, 3, 22), "22 Mar 2013"},
		{"2024-02-29", Day, tt(2024, 2, 29), tt(2024, 2, 29), "29 Feb 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := ParseDate(tc.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if d.Precision != tc.p || !d.Start().Equal(tc.start) || !d.Last().Equal(tc.last) {
				t.Errorf("got %v %v..%v, want %v %v..%v", d.Precision, d.Start(), d.Last(), tc.p, tc.start, tc.last)
			}
			if got := d.Label(); got != tc.label {
				t.Errorf("Label() = %q, want %q", got, tc.label)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "PRESENT_REF", "PAST_REF", "XXXX-07-15", "P3Y", "2023-13", "2023-02-30", "2013-Q5", "20a3", "2013-W60", "abc"} {
		if d, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, d)
		}
	}
}

func TestDateRangesAndOrder(t *testing.T) {
	since := MustDate("2015-09").Since()
	if got, want := since.String(), "2015-09/.."; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := since.Label(), "since Sep 2015"; got != want {
		t.Errorf("Label() = %q, want %q", got, want)
	}
	r := MustDate("2011").Until(MustDate("2015"))
	if got, want := r.String(), "2011/2015"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if !r.Overlaps(MustDate("2014-06")) || r.Overlaps(MustDate("2016")) {
		t.Error("range 2011/2015 overlaps wrongly")
	}
	// Coarser precision sorts first within the same start.
	order := []string{"2023", "2023-Q1", "2023-01", "2023-01-01", "2023-03", "2023-03-05"}
	for i := 1; i < len(order); i++ {
		a, b := MustDate(order[i-1]), MustDate(order[i])
		if a.Compare(b) >= 0 || b.Compare(a) <= 0 {
			t.Errorf("%s should sort before %s", a, b)
		}
	}
}
