package main

import (
	"slices"
	"strings"
	"testing"

	"dateline/data"
	"dateline/timeline"
)

// TestMissionEvents checks, end to end on the embedded samples (the two
// articles dateline was specified from), the events a user expects from them.
func TestMissionEvents(t *testing.T) {
	arts, err := data.Samples()
	if err != nil {
		t.Fatal(err)
	}
	tl := timeline.Build(arts)
	articles := func(e *timeline.Event) int {
		seen := map[string]bool{}
		for _, s := range e.Sources {
			seen[s.Article] = true
		}
		return len(seen)
	}
	find := func(value string, ok func(*timeline.Event) bool) []*timeline.Event {
		var out []*timeline.Event
		for i := range tl.Events {
			e := &tl.Events[i]
			if e.Date.Value == value && ok(e) {
				out = append(out, e)
			}
		}
		return out
	}
	has := func(e *timeline.Event, names ...string) bool {
		for _, n := range names {
			if !slices.Contains(e.Actors, n) {
				return false
			}
		}
		return true
	}
	tests := []struct {
		name   string
		value  string
		ok     func(*timeline.Event) bool
		count  int // exact count wanted; 0 means at least one
		merged bool
	}{
		{"2011 protests", "2011-03", func(e *timeline.Event) bool { return strings.Contains(e.Summary, "protests") }, 1, false},
		{"2015 Russian intervention", "2015-09", func(e *timeline.Event) bool { return has(e, "Russia") }, 0, false},
		{"2022 defence ministers' talks", "2022-12", func(e *timeline.Event) bool { return has(e, "Turkey", "Syria", "Russia") }, 1, false},
		{"2023 Putin-Assad meeting", "2023-03", func(e *timeline.Event) bool { return has(e, "Vladimir Putin", "Bashar al-Assad") }, 1, true},
		{"24 July 2024 meeting", "2024-07-24", func(e *timeline.Event) bool { return has(e, "Vladimir Putin", "Bashar al-Assad") }, 1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := find(tc.value, tc.ok)
			if len(got) == 0 || (tc.count > 0 && len(got) != tc.count) {
				t.Fatalf("got %d events at %s, want %d", len(got), tc.value, max(tc.count, 1))
			}
			if tc.merged && articles(got[0]) != 2 {
				t.Errorf("event at %s comes from %d articles, want both", tc.value, articles(got[0]))
			}
		})
	}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Expression, "2010") || e.Date.Value == "2010" {
				t.Errorf("event from the photo credit AP2010: %q", s.Sentence)
			}
		}
	}
	for _, name := range []string{"Recep Tayyip Erdoğan", "Dmitry Peskov", "Vladimir Putin", "Bashar al-Assad"} {
		if !slices.ContainsFunc(tl.Actors, func(a timeline.Actor) bool { return a.Name == name }) {
			t.Errorf("actor %s not recognized", name)
		}
	}
	f, _ := timeline.ParseQuery("actor:erdogan")
	view := tl.Query(f)
	if len(view) == 0 {
		t.Fatal("actor:erdogan selects nothing")
	}
	for _, i := range view {
		if !slices.Contains(tl.Events[i].Actors, "Recep Tayyip Erdoğan") {
			t.Errorf("actor:erdogan kept an event without Erdoğan: %q", tl.Events[i].Summary)
		}
	}
}
