package data

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenArticle is the part of an Article a golden file pins down.
type goldenArticle struct {
	Path, Title, Outlet, URL, Published, From, Text string
	Links                                           []string `json:",omitempty"`
}

// TestCorpusGolden loads every fixture of testdata/corpus and compares the
// articles with testdata/golden/corpus.json (refresh with -update).
func TestCorpusGolden(t *testing.T) {
	arts, errs := Load(context.Background(), []string{"testdata/corpus"}, Options{})
	var got []goldenArticle
	for _, a := range arts {
		g := goldenArticle{Path: filepath.ToSlash(a.Path), Title: a.Title, Outlet: a.Outlet, URL: a.URL, From: a.PublishedFrom, Text: a.Text, Links: a.Links}
		if !a.Published.IsZero() {
			g.Published = a.Published.Format("2006-01-02")
		}
		got = append(got, g)
	}
	var gotErrs []string
	for _, e := range errs {
		gotErrs = append(gotErrs, e.Error())
	}
	b, err := json.MarshalIndent(struct {
		Articles []goldenArticle
		Errors   []string
	}{got, gotErrs}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden", "corpus.json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if strings.TrimSpace(string(b)) != strings.TrimSpace(string(want)) {
		t.Errorf("corpus articles differ from %s (run go test -update and review the diff):\n%s", golden, b)
	}
}
