package ui

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"dateline/timeline"
)

// startProgram runs the whole program on the fixture, loaded through Init
// with progress, and waits for the first screen of events.
func startProgram(t *testing.T, f timeline.Filter) *teatest.TestModel {
	t.Helper()
	tl := fixture(t)
	load := func(progress func(done, total int)) (*timeline.Timeline, []error) {
		progress(1, 2)
		progress(2, 2)
		return tl, nil
	}
	tm := teatest.NewTestModel(t, New(load, f, Options{}), teatest.WithInitialTermSize(120, 40))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("of 6 events")) },
		teatest.WithDuration(5*time.Second))
	return tm
}

func TestProgramSearchThenQuit(t *testing.T) {
	tm := startProgram(t, timeline.Filter{})
	tm.Type("/erdogan")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Type("q")
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if len(m.view) != 2 || m.mode != modeBrowse || m.search.Value() != "erdogan" {
		t.Errorf("after /erdogan enter: %d events, mode %d, search %q; want 2, browsing, erdogan", len(m.view), m.mode, m.search.Value())
	}
}

func TestProgramExportsWhatIsShown(t *testing.T) {
	t.Chdir(t.TempDir())
	f, _ := timeline.ParseQuery("actor:putin")
	tm := startProgram(t, f)
	tm.Type("e")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("wrote")) },
		teatest.WithDuration(5*time.Second))
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	body, err := os.ReadFile("timeline-putin.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(body)
	if exportedEvents(s) != 2 || !strings.Contains(s, "actor:putin") || strings.Contains(s, "Turkey and Syria") {
		t.Errorf("export is not the view the program opened with:\n%s", s)
	}
}
