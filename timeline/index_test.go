package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"dateline/timeline/actors"
)

func TestAppendFold(t *testing.T) {
	for _, s := range []string{
		"", "plain words", "Putin MET Assad", "Recep Tayyip Erdoğan", "İstanbul ŞİŞLİ", "Ægir Straße",
		"café\u0301 Noël", "São Paulo, “quoted”", "\xe2\x80", "a\xffB\xe2\x80\xa6C", "\x80\x80x", "日本 and 中国",
	} {
		if got, want := string(appendFold([]byte("head\n"), s)), "head\n"+actors.Fold(s); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Erdoğan", "a\xffB", "ÉCOLE\u0301", "\xe2\x80\n\xa6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendFold(nil, s)), actors.Fold(s); got != want {
			t.Fatalf("appendFold(%q) = %q, want actors.Fold's %q", s, got, want)
		}
	})
}

// TestIndexTexts checks the texts filters read and the event IDs against their
// definitions: the folded text of each event, its folded outlets and the hash of its
// date and first report.
func TestIndexTexts(t *testing.T) {
	arts := append(loadArticles(t, "testdata/articles"), benchArticles(300)...)
	tl := Build(arts)
	if len(tl.Events) < 100 {
		t.Fatalf("only %d events", len(tl.Events))
	}
	for i := range tl.Events {
		e := &tl.Events[i]
		src := e.Sources[0]
		w0, w1 := around(src.Sentence, src.ExprStart-src.SentStart, src.ExprEnd-src.SentStart)
		parts := append(append([]string{e.Summary}, e.Actors...), e.Place, src.Sentence[w0:w1])
		if got, want := tl.SearchText(i), actors.Fold(strings.Join(parts, "\n")); got != want {
			t.Errorf("event %d: search text %q, want %q", i, got, want)
		}
		var outlets strings.Builder
		seen := map[string]bool{}
		for _, s := range e.Sources {
			name := s.Outlet
			if name == "" {
				name = s.Path
			}
			if !seen[name] {
				seen[name] = true
				outlets.WriteString(actors.Fold(name) + "\n")
			}
		}
		if got, want := tl.SourceText(i), outlets.String(); got != want {
			t.Errorf("event %d: outlets %q, want %q", i, got, want)
		}
		h := sha256.New()
		fmt.Fprintf(h, "%s%s%d:%d", e.Date, src.Article, src.SentStart, src.ExprStart)
		if want := hex.EncodeToString(h.Sum(nil))[:12]; e.ID != want {
			t.Errorf("event %d: ID %s, want %s", i, e.ID, want)
		}
	}
}

// TestBuildCores checks that a timeline does not depend on how many cores build it.
func TestBuildCores(t *testing.T) {
	arts := append(loadArticles(t, "testdata/articles"), benchArticles(300)...)
	texts := func(tl *Timeline) string {
		var b strings.Builder
		b.WriteString(render(tl))
		for i, e := range tl.Events {
			fmt.Fprintf(&b, "%s %q %q\n", e.ID, tl.SearchText(i), tl.SourceText(i))
		}
		return b.String()
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	want := texts(Build(arts))
	for _, procs := range []int{2, 5} {
		runtime.GOMAXPROCS(procs)
		if got := texts(Build(arts)); got != want {
			t.Errorf("built on %d cores, the timeline differs from the one built on 1", procs)
		}
	}
}

func TestPermute(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 40 {
		order := make([]int32, n)
		for i := range order {
			order[i] = int32(i)
		}
		r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		evs := make([]Event, n)
		for i := range evs {
			evs[i].ID = fmt.Sprint(i)
		}
		want := make([]string, n)
		for k, i := range order {
			want[k] = evs[i].ID
		}
		permute(evs, order)
		for k := range evs {
			if evs[k].ID != want[k] {
				t.Fatalf("n=%d: position %d holds event %s, want %s", n, k, evs[k].ID, want[k])
			}
		}
	}
}
