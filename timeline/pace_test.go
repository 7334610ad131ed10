package timeline

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
)

// TestPacedBuild checks that collecting garbage at every check of the pacer changes
// nothing in the timeline.
func TestPacedBuild(t *testing.T) {
	arts := append(loadArticles(t, "testdata/articles"), benchArticles(100)...)
	texts := func(tl *Timeline) string {
		var b strings.Builder
		b.WriteString(render(tl))
		for i, e := range tl.Events {
			fmt.Fprintf(&b, "%s %q %q\n", e.ID, tl.SearchText(i), tl.SourceText(i))
		}
		return b.String()
	}
	want := texts(build(arts, nil))
	if got := texts(build(arts, pacerWithSlack(0))); got != want {
		t.Error("the timeline built collecting at every check differs from the one built without")
	}
}

func TestNewPacer(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	if p := newPacer(40 << 20); p == nil || p.slack != 10<<20 {
		t.Errorf("GOGC=100: newPacer(40 MB) = %+v, want a slack of 10 MB", p)
	}
	if p := newPacer(1000); p == nil || p.slack != minSlack {
		t.Errorf("GOGC=100: newPacer(1000) = %+v, want a slack of %d", p, minSlack)
	}
	for _, gogc := range []int{200, -1} {
		debug.SetGCPercent(gogc)
		if p := newPacer(40 << 20); p != nil {
			t.Errorf("GOGC=%d: newPacer = %+v, want none", gogc, p)
		}
	}
}
