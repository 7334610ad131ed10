package timeline

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline/data"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// samples returns the embedded seed articles.
func samples(t testing.TB) []data.Article {
	t.Helper()
	arts, err := data.Samples()
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// loadArticles parses every .txt file of dir, in name order.
func loadArticles(t testing.TB, dir string) []data.Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var arts []data.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := data.ParseText(filepath.ToSlash(f), b)
		if err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		arts = append(arts, a)
	}
	return arts
}

// render prints a timeline for golden files: every event with its date, precision,
// summary, actors, place and every source.
func render(tl *Timeline) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d events from %d articles\n", len(tl.Events), len(tl.Articles))
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "\n%s (%s) %s\n", e.Date, e.Date.Precision, e.Summary)
		fmt.Fprintf(&b, "  actors: %s\n", strings.Join(e.Actors, "; "))
		if e.Place != "" {
			fmt.Fprintf(&b, "  place: %s\n", e.Place)
		}
		fmt.Fprintf(&b, "  corroboration: %d\n", e.Corroboration())
		for _, s := range e.Sources {
			name := s.Outlet
			if name == "" {
				name = s.Path
			}
			fmt.Fprintf(&b, "  - %s [%d:%d] %q in %q\n", name, s.ExprStart, s.ExprEnd, s.Expression, s.Sentence)
		}
	}
	fmt.Fprintf(&b, "\nactors:\n")
	for _, a := range tl.Actors {
		fmt.Fprintf(&b, "  %s (%s, %s) %d\n", a.Name, a.Kind, a.Affiliation, a.Events)
	}
	return b.String()
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the built timeline (run go test -update and review the diff)\n got:\n%s", path, got)
	}
}

func TestGoldenSeeds(t *testing.T) {
	golden(t, "seeds.golden", render(Build(samples(t))))
}

func TestGoldenArticles(t *testing.T) {
	golden(t, "articles.golden", render(Build(loadArticles(t, "testdata/articles"))))
}

// find returns the events dated v (EDTF string) whose summary contains word.
func find(tl *Timeline, v, word string) []*Event {
	var out []*Event
	for i := range tl.Events {
		e := &tl.Events[i]
		if e.Date.String() == v && strings.Contains(e.Summary, word) {
			out = append(out, e)
		}
	}
	return out
}

// articlesOf returns the distinct articles that report e.
func articlesOf(e *Event) int {
	seen := map[string]bool{}
	for _, s := range e.Sources {
		seen[s.Article] = true
	}
	return len(seen)
}

func TestSeedEvents(t *testing.T) {
	tl := Build(samples(t))
	tests := []struct {
		date, word string
		precision  Precision
		articles   int    // distinct articles reporting it
		actor      string // one actor it must have
	}{
		{"2011-03", "protests erupted", Month, 1, "Russia"},
		{"2015-09/..", "military", Month, 2, "Russia"},
		{"2022-12", "defence ministers", Month, 1, "Turkey"},
		{"2023-03", "last met", Month, 2, "Vladimir Putin"},
		{"2024-07-24", "", Day, 2, "Bashar al-Assad"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			es := find(tl, tt.date, tt.word)
			if len(es) != 1 {
				t.Fatalf("got %d events on %s with %q, want 1", len(es), tt.date, tt.word)
			}
			e := es[0]
			if e.Date.Precision != tt.precision {
				t.Errorf("precision: got %s, want %s", e.Date.Precision, tt.precision)
			}
			if n := articlesOf(e); n != tt.articles {
				t.Errorf("articles: got %d, want %d", n, tt.articles)
			}
			if !contains(e.Actors, tt.actor) {
				t.Errorf("actors: got %q, want %s among them", e.Actors, tt.actor)
			}
		})
	}
	if es := find(tl, "2022-12", ""); len(es) == 1 {
		for _, a := range []string{"Turkey", "Syria", "Russia"} {
			if !contains(es[0].Actors, a) {
				t.Errorf("2022-12: got actors %q, want %s among them", es[0].Actors, a)
			}
		}
	}
	// The photo credit "Hadi Mizban/AP2010" dates nothing, and the publication line is no event.
	for _, e := range tl.Events {
		if strings.HasPrefix(e.Date.Value, "2010") {
			t.Errorf("event from a photo credit: %s %q", e.Date, e.Summary)
		}
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, "date 2024-07-25") {
				t.Errorf("event from the dateline: %q", s.Sentence)
			}
		}
	}
}

func TestSeedActors(t *testing.T) {
	tl := Build(samples(t))
	have := map[string]Actor{}
	for _, a := range tl.Actors {
		have[a.Name] = a
	}
	for name, want := range map[string]string{
		"Recep Tayyip Erdoğan": "Turkey", "Dmitry Peskov": "Russia", "Vladimir Putin": "Russia",
		"Bashar al-Assad": "Syria", "Syrian Democratic Forces": "Syria",
	} {
		if a, ok := have[name]; !ok || a.Affiliation != want {
			t.Errorf("actor %s: got %+v, want one affiliated with %s", name, a, want)
		}
	}
	// Filtering by "erdogan" keeps exactly Erdoğan's events.
	got := tl.Query(Filter{Actors: []string{"erdogan"}})
	if len(got) == 0 {
		t.Fatal(`actor:erdogan selects nothing`)
	}
	n := 0
	for i, e := range tl.Events {
		if contains(e.Actors, "Recep Tayyip Erdoğan") {
			n++
		} else if containsInt(got, i) {
			t.Errorf("actor:erdogan selects %s %q without Erdoğan", e.Date, e.Summary)
		}
	}
	if n != len(got) {
		t.Errorf("actor:erdogan: got %d events, want %d", len(got), n)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}
