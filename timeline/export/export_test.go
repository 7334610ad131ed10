package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"dateline/data"
	"dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func tt(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func approx(v string) timeline.Date {
	d := timeline.MustDate(v)
	d.Approx = true
	return d
}

// fixtureArticles are three small articles: a wire story, a local note
// with no metadata and a foreign-language outlet with a non-ASCII URL.
func fixtureArticles() []data.Article {
	return []data.Article{
		{ID: "a1", Path: "wire/reuters.txt", URL: "https://example.com/world/geneva-talks", Title: "Talks resume in Geneva",
			Outlet: "Reuters", Published: tt(2024, 7, 25), PublishedFrom: data.FromHeader},
		{ID: "a2", Path: "notes/local.txt", PublishedFrom: data.FromNone},
		{ID: "a3", Path: "lemonde.md", URL: "https://example.org/international/sommet-à-genève", Title: "Sommet à Genève",
			Outlet: "Le Monde", Published: tt(2024, 7, 26), PublishedFrom: data.FromFrontMatter},
	}
}

func src(a data.Article, sentence, expr string) timeline.Source {
	return timeline.Source{Article: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Path: a.Path,
		Published: a.Published, Sentence: sentence, Expression: expr}
}

// fixture is a timeline built by hand, independent of event extraction: one
// event at every precision, a range, an open range, an approximate date, a
// merged event with two outlets, an event without actors and one with a place.
func fixture() *timeline.Timeline {
	arts := fixtureArticles()
	r, n, m := arts[0], arts[1], arts[2]
	events := []timeline.Event{
		{ID: "e01", Date: timeline.MustDate("19"), Summary: "Border disputes shaped the region through the 20th century",
			Actors: []string{"Turkey", "Syria"}, Sources: []timeline.Source{src(n, "Border disputes shaped the region through the 20th century.", "the 20th century")}},
		{ID: "e02", Date: timeline.MustDate("199"), Summary: "Relations thawed in the 1990s",
			Actors: []string{"Turkey"}, Sources: []timeline.Source{src(n, "Relations thawed in the 1990s.", "the 1990s")}},
		{ID: "e03", Date: timeline.MustDate("2011").Until(timeline.MustDate("2015")), Summary: "From 2011 to 2015 the talks stalled",
			Actors: []string{"Turkey", "Syria"}, Sources: []timeline.Source{src(r, "From 2011 to 2015 the talks stalled, officials said.", "From 2011 to 2015")}},
		{ID: "e04", Date: approx("2013"), Summary: "Around 2013 trade collapsed",
			Sources: []timeline.Source{src(n, "Around 2013 trade collapsed.", "Around 2013")}},
		{ID: "e05", Date: timeline.MustDate("2014-H1"), Summary: "Envoys met twice in the first half of 2014",
			Actors: []string{"United Nations"}, Sources: []timeline.Source{src(r, "Envoys met twice in the first half of 2014.", "the first half of 2014")}},
		{ID: "e06", Date: timeline.MustDate("2014-SU"), Summary: "Fighting spread in summer 2014",
			Actors: []string{"Syria"}, Sources: []timeline.Source{src(m, "Fighting spread in summer 2014.", "summer 2014")}},
		{ID: "e07", Date: timeline.MustDate("2015-Q3"), Summary: "Exports fell in the third quarter of 2015",
			Actors: []string{"Russia"}, Sources: []timeline.Source{src(r, "Exports fell in the third quarter of 2015.", "the third quarter of 2015")}},
		{ID: "e08", Date: timeline.MustDate("2015-09").Since(), Summary: "Russia has kept troops in Syria since September 2015",
			Actors: []string{"Russia", "Syria"}, Sources: []timeline.Source{src(r, "Russia has kept troops in Syria since September 2015.", "since September 2015")}},
		{ID: "e09", Date: timeline.MustDate("2016-03"), Summary: "Talks resumed in Geneva in March 2016",
			Actors: []string{"United Nations", "Syria"}, Place: "Geneva",
			Sources: []timeline.Source{src(r, "Talks resumed in Geneva in March 2016.", "March 2016"), src(m, "Les pourparlers ont repris à Genève en mars 2016.", "mars 2016")}},
		{ID: "e10", Date: timeline.MustDate("2024-W29"), Summary: "Delegations exchanged drafts during the week of 15 July",
			Actors: []string{"Turkey", "Russia"}, Sources: []timeline.Source{src(m, "Delegations exchanged drafts during the week of 15 July.", "the week of 15 July")}},
		{ID: "e11", Date: timeline.MustDate("2024-07-24"), Summary: "Vladimir Putin hosted Bashar al-Assad in Moscow on Wednesday",
			Actors: []string{"Vladimir Putin", "Bashar al-Assad", "Russia"}, Place: "Moscow",
			Sources: []timeline.Source{src(r, "Vladimir Putin hosted Bashar al-Assad in Moscow on Wednesday.", "Wednesday")}},
	}
	return &timeline.Timeline{
		Events: events,
		Actors: []timeline.Actor{
			{Name: "Syria", Kind: "country", Aliases: []string{"Syrian Arab Republic"}, Events: 5},
			{Name: "Russia", Kind: "country", Aliases: []string{"Russian Federation", "Moscow"}, Events: 4},
			{Name: "Turkey", Kind: "country", Aliases: []string{"Türkiye"}, Events: 4},
			{Name: "United Nations", Kind: "organization", Aliases: []string{"UN"}, Events: 2},
			{Name: "Bashar al-Assad", Kind: "person", Aliases: []string{"Assad", "al-Assad"}, Affiliation: "Syria", Events: 1},
			{Name: "Vladimir Putin", Kind: "person", Aliases: []string{"Putin"}, Affiliation: "Russia", Events: 1},
		},
		Articles: arts,
	}
}

func all(t *timeline.Timeline) []int {
	out := make([]int, len(t.Events))
	for i := range out {
		out[i] = i
	}
	return out
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, firstDiff(string(got), string(want)))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(same lines, different bytes)"
}

func write(t *testing.T, f Format, v View) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, f, v); err != nil {
		t.Fatalf("Write %s: %v", f, err)
	}
	return b.Bytes()
}

var goldenExt = map[Format]string{Markdown: ".md", JSON: ".json", CSV: ".csv", TimelineJS: ".timelinejs.json"}

func TestGoldenFixture(t *testing.T) {
	tl := fixture()
	from, to := timeline.MustDate("2014"), timeline.MustDate("2016-03")
	views := []struct {
		name string
		v    View
	}{
		{"fixture", View{Timeline: tl, Events: all(tl)}},
		{"fixture-filtered", View{Timeline: tl, Events: []int{2, 5, 7, 8}, Filter: timeline.Filter{From: from, To: to, Actors: []string{"syria"}}, Title: "Syria, 2014 to March 2016"}},
	}
	for _, tc := range views {
		for _, f := range Formats {
			t.Run(tc.name+"/"+string(f), func(t *testing.T) {
				golden(t, tc.name+goldenExt[f], write(t, f, tc.v))
			})
		}
	}
}

// TestGoldenSamples exports the embedded sample articles. These goldens
// depend on event extraction: refresh them with -update after extraction
// changes, and read the diff.
func TestGoldenSamples(t *testing.T) {
	arts, err := data.Samples()
	if err != nil {
		t.Fatal(err)
	}
	tl := timeline.Build(arts)
	v := View{Timeline: tl, Events: tl.Query(timeline.Filter{})}
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			golden(t, "samples"+goldenExt[f], write(t, f, v))
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		ok   bool
	}{
		{"md", Markdown, true}, {"MD", Markdown, true}, {"markdown", Markdown, true}, {"json", JSON, true},
		{"csv", CSV, true}, {"timelinejs", TimelineJS, true}, {"pdf", "", false}, {"", "", false},
	} {
		got, err := ParseFormat(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "md, json, csv or timelinejs") {
			t.Errorf("ParseFormat(%q) error %q does not list the valid formats", tc.in, err)
		}
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	tl := fixture()
	if err := Write(&bytes.Buffer{}, Format("pdf"), View{Timeline: tl}); err == nil {
		t.Error("Write with format pdf: got nil error, want one")
	}
}

// TestEmptyView checks every format writes a valid, empty document.
func TestEmptyView(t *testing.T) {
	tl := fixture()
	v := View{Timeline: tl, Events: []int{}, Filter: timeline.Filter{Words: []string{"nothing"}}}
	for _, f := range Formats {
		out := string(write(t, f, v))
		switch f {
		case Markdown:
			if !strings.Contains(out, "0 of 11 events") || strings.Contains(out, "## ") {
				t.Errorf("empty Markdown:\n%s", out)
			}
		case CSV:
			if out != strings.Join(csvHeader, ",")+"\n" {
				t.Errorf("empty CSV: got %q, want only the header", out)
			}
		default:
			if !strings.Contains(out, `"events": []`) {
				t.Errorf("empty %s has no empty events list:\n%s", f, out)
			}
		}
	}
}
