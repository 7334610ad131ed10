package timeline

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"dateline/data"
)

// tempevalArticles reads the TimeBank and AQUAINT news articles of ../shared/tempeval
// (TimeML: the text without its tags, the creation time as publication date).
func tempevalArticles(t *testing.T) []data.Article {
	t.Helper()
	files, _ := filepath.Glob("../../shared/tempeval/tbaq/*/*.tml")
	if len(files) == 0 {
		t.Skip("../shared/tempeval not available")
	}
	dct := regexp.MustCompile(`<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})`)
	tag := regexp.MustCompile(`<[^>]+>`)
	unescape := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")
	var arts []data.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		m := dct.FindStringSubmatch(s)
		i, j := strings.Index(s, "<TEXT>"), strings.Index(s, "</TEXT>")
		if m == nil || i < 0 || j < i {
			continue
		}
		pub, _ := time.Parse("2006-01-02", m[1])
		name := filepath.Base(f)
		arts = append(arts, data.Article{
			ID: name, Path: name, Outlet: strings.TrimRight(name[:3], "0123456789"), Published: pub,
			Text: unescape.Replace(tag.ReplaceAllString(s[i+len("<TEXT>"):j], "")),
		})
	}
	return arts
}

// TestTempEvalCorpus builds the timeline of some 250 real news articles and checks what
// must hold on any input: valid spans, dates at a calendar precision, no event twice, and
// that reports from different outlets do merge.
func TestTempEvalCorpus(t *testing.T) {
	arts := tempevalArticles(t)
	byID := map[string]*data.Article{}
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	tl := Build(arts)
	if len(tl.Events) < len(arts) {
		t.Errorf("got %d events from %d articles, want at least one an article", len(tl.Events), len(arts))
	}
	corroborated := 0
	seen := map[[3]any]bool{}
	for _, e := range tl.Events {
		if e.Date.Precision < Century || e.Date.Precision > Day || e.Summary == "" {
			t.Errorf("event %q dated %s at precision %v", e.Summary, e.Date, e.Date.Precision)
		}
		if e.Corroboration() > 1 {
			corroborated++
		}
		for _, s := range e.Sources {
			a := byID[s.Article]
			if a.Text[s.SentStart:s.SentEnd] != s.Sentence || a.Text[s.ExprStart:s.ExprEnd] != s.Expression ||
				s.ExprStart < s.SentStart || s.ExprEnd > s.SentEnd {
				t.Fatalf("bad spans in %s: %+v", s.Article, s)
			}
			k := [3]any{s.Article, s.ExprStart, s.ExprEnd}
			if seen[k] {
				t.Errorf("%s: the expression at %d is the source of two events", s.Article, s.ExprStart)
			}
			seen[k] = true
		}
	}
	if corroborated < 5 {
		t.Errorf("got %d events reported by several outlets, want the embassy bombings, NATO enlargement and Elian González among them", corroborated)
	}
}
