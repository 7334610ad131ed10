package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

func TestSearchIsIncrementalAndDiacriticInsensitive(t *testing.T) {
	m := press(sized(t, 120, 30), "/")
	m = typeText(m, "erdo")
	if got := len(model(m).view); got != 2 {
		t.Errorf("/erdo: got %d events, want 2", got)
	}
	m = typeText(m, "gan")
	got := summaries(m)
	if len(got) != 2 || !strings.Contains(got[0], "Erdoğan") {
		t.Errorf("/erdogan: got %q, want the two Erdoğan events", got)
	}
	if s := screen(m); !strings.Contains(s, "2 of 6 events") || !strings.Contains(s, "/erdogan") {
		t.Errorf("/erdogan: header or search line missing:\n%s", s)
	}
	m = press(m, "enter")
	if model(m).mode != modeBrowse || len(model(m).view) != 2 {
		t.Errorf("enter: got mode %d with %d events, want browsing 2", model(m).mode, len(model(m).view))
	}
	m = press(m, "esc")
	if got := len(model(m).view); got != 6 {
		t.Errorf("esc: got %d events, want all 6", got)
	}
}

func TestPasteIntoSearchAndPicker(t *testing.T) {
	m, _ := press(sized(t, 120, 30), "/").Update(tea.PasteMsg{Content: "actor:erdogan"})
	if got := len(model(m).view); got != 2 {
		t.Errorf("pasted actor:erdogan: %d events, want 2", got)
	}
	m, _ = press(sized(t, 120, 30), "a").Update(tea.PasteMsg{Content: "putin"})
	if got := len(model(m).picker.shown); got != 1 {
		t.Errorf("pasted putin into the picker: %d actors, want 1", got)
	}
	m, _ = sized(t, 120, 30).Update(tea.PasteMsg{Content: "q"})
	if model(m).mode != modeBrowse || len(model(m).view) != 6 {
		t.Error("a paste while browsing did something")
	}
}

func TestSearchQualifiers(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  []string // event IDs
	}{
		{"actor:assad", []string{"e3", "e6", "e4", "e5"}},
		{"actor:assad from:2024", []string{"e6", "e4", "e5"}},
		{"to:2015", []string{"e1", "e2"}},
		{"from:2016 to:2023-06", []string{"e2", "e3"}},
		{"source:euronews kremlin", []string{"e5"}},
		{"PUTIN moscow", []string{"e3", "e5"}},
		{"actor:\"recep tayyip\" invite", []string{"e4"}},
	} {
		m := typeText(press(sized(t, 120, 30), "/"), tc.query)
		var got []string
		for _, i := range model(m).view {
			got = append(got, model(m).tl.Events[i].ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("/%s: got %v, want %v", tc.query, got, tc.want)
		}
	}
}

func TestSearchErrorKeepsLastView(t *testing.T) {
	m := typeText(press(sized(t, 120, 30), "/"), "to:2015")
	if got := len(model(m).view); got != 2 {
		t.Errorf("to:2015: got %d events, want 2", got)
	}
	m = typeText(m, "-")
	if got := len(model(m).view); got != 2 {
		t.Errorf("to:2015- while typing: got %d events, want the last good 2", got)
	}
	if s := screen(m); !strings.Contains(s, "not a date") {
		t.Errorf("to:2015-: no hint on the search line:\n%s", s)
	}
	m = typeText(m, "09")
	if got := len(model(m).view); got != 2 {
		t.Errorf("to:2015-09: got %d events, want 2", got)
	}
	m = press(m, "backspace", "backspace", "backspace", "backspace", "backspace")
	if got := len(model(m).view); got != 6 {
		t.Errorf("to:20 (the 21st century): got %d events, want 6", got)
	}
}

func TestActorPicker(t *testing.T) {
	m := press(sized(t, 120, 30), "a")
	if s := screen(m); !strings.Contains(s, "Bashar al-Assad") || !strings.Contains(s, "Actor:") {
		t.Fatalf("picker not shown:\n%s", s)
	}
	m = typeText(m, "ERDOG")
	if got := len(model(m).picker.shown); got != 1 {
		t.Errorf("picker narrowed to %d actors, want 1", got)
	}
	m = press(m, "space", "backspace", "backspace", "backspace", "backspace", "backspace")
	m = typeText(m, "putin")
	m = press(m, "space", "enter")
	if got, want := model(m).picked, []string{"Recep Tayyip Erdoğan", "Vladimir Putin"}; !slices.Equal(got, want) {
		t.Errorf("picked %q, want %q", got, want)
	}
	if got := len(model(m).view); got != 0 {
		t.Errorf("Erdoğan and Putin together: got %d events, want 0", got)
	}
	m = press(sized(t, 120, 30), "a")
	m = typeText(m, "putin")
	m = press(m, "space", "enter")
	if got := summaries(m); len(got) != 2 {
		t.Errorf("actor Putin: got %q, want 2 events", got)
	}
	if s := screen(m); !strings.Contains(s, `actor:"Vladimir Putin"`) {
		t.Errorf("header does not show the actor filter:\n%s", s)
	}
	m = press(m, "a", "space", "esc")
	if got := len(model(m).view); got != 2 {
		t.Errorf("esc in the picker changed the filter: got %d events, want 2", got)
	}
	m = press(m, "esc")
	if got := len(model(m).view); got != 6 {
		t.Errorf("esc: got %d events, want 6", got)
	}
}

func TestPickerEnterTakesTheActorUnderTheCursor(t *testing.T) {
	m := typeText(press(sized(t, 120, 30), "a"), "erdogan")
	m = press(m, "enter")
	if got, want := model(m).picked, []string{"Recep Tayyip Erdoğan"}; !slices.Equal(got, want) {
		t.Errorf("a erdogan enter: picked %q, want %q", got, want)
	}
	if got := len(model(m).view); got != 2 {
		t.Errorf("a erdogan enter: %d events, want 2", got)
	}
	// Unticking the only actor and pressing enter clears the actor filter.
	m = press(m, "a", "space", "enter")
	if got := model(m).picked; len(got) != 0 {
		t.Errorf("untick and enter: picked %q, want none", got)
	}
}

func TestPickerHidesActorsWithoutEvents(t *testing.T) {
	tl := fixture(t)
	tl.Actors = append(tl.Actors, timeline.Actor{Name: "Dmitry Peskov", Kind: "person"})
	m := press(modelFor(t, tl, timeline.Filter{}, 120, 30), "a")
	if s := screen(m); strings.Contains(s, "Peskov") {
		t.Errorf("an actor without events is offered:\n%s", s)
	}
	if got := len(model(m).picker.shown); got != 6 {
		t.Errorf("picker lists %d actors, want the 6 with events", got)
	}
}

func TestPickerShowsCounts(t *testing.T) {
	s := screen(press(sized(t, 120, 30), "a"))
	if !strings.Contains(s, "Bashar al-Assad") {
		t.Fatalf("no Assad in the picker:\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "Bashar al-Assad") && !strings.Contains(l, " 4") {
			t.Errorf("Assad's line lacks his count 4: %q", l)
		}
	}
}

func TestCommandLineFilter(t *testing.T) {
	f, err := timeline.ParseQuery("actor:erdogan")
	if err != nil {
		t.Fatal(err)
	}
	m := modelFor(t, fixture(t), f, 120, 30)
	if got := len(model(m).view); got != 2 {
		t.Errorf("--actor erdogan: got %d events, want 2", got)
	}
	if s := screen(m); !strings.Contains(s, "actor:erdogan") {
		t.Errorf("header lacks the command-line filter:\n%s", s)
	}
	m = typeText(press(m, "/"), "kremlin")
	if got := len(model(m).view); got != 0 {
		t.Errorf("--actor erdogan /kremlin: got %d, want 0", got)
	}
	m = press(m, "esc", "esc")
	if got := len(model(m).view); got != 6 {
		t.Errorf("esc twice: got %d events, want 6", got)
	}
}

func TestIndexAgreesWithQuery(t *testing.T) {
	tls := map[string]*timeline.Timeline{"fixture": fixture(t), "synthetic": syntheticTimeline(t, 3000)}
	queries := []string{"", "e", "er", "erdogan", "ERDOĞAN", "assad moscow", "actor:assad", "actor:putin actor:assad",
		"actor:nobody", "from:2015", "to:2023-06", "from:2000 to:2010", "source:euronews", "source:ap kremlin",
		"gas", "gas pipeline", "zz", "actor:\"al-assad\" from:2020 grain", "2011", "july", "ğ"}
	for name, tl := range tls {
		x := newIndex(tl)
		for _, q := range queries {
			f, err := timeline.ParseQuery(q)
			if err != nil {
				t.Fatal(err)
			}
			want := tl.Query(f)
			for pass := range 2 { // the second answer comes from memory
				if got := x.query(f); !slices.Equal(got, want) {
					t.Errorf("%s %q pass %d: got %d events, want %d", name, q, pass, len(got), len(want))
				}
			}
		}
	}
}

// pickerRows returns the actor lines of the open picker, as drawn.
func pickerRows(m tea.Model) []string {
	mm := model(m)
	var out []string
	for _, a := range mm.picker.shown {
		out = append(out, mm.tl.Actors[a].Name)
	}
	return out
}

func TestPickerCountsInView(t *testing.T) {
	m := typeText(press(sized(t, 120, 30), "/"), "to:2023")
	m = press(m, "enter", "a") // 2011, since Sep 2015, Mar 2023
	lines := strings.Split(ansi.Strip(model(m).picker.view()), "\n")
	count := map[string]string{}
	for _, l := range lines[1:] {
		if f := strings.Fields(l); len(f) > 2 {
			count[strings.Join(f[2:len(f)-1], " ")] = f[len(f)-1]
		}
	}
	for name, want := range map[string]string{"Syria": "2/2", "Turkey": "1/1", "Bashar al-Assad": "1/4",
		"Vladimir Putin": "1/2", "Russia": "1/2", "Recep Tayyip Erdoğan": "0/2"} {
		if count[name] != want {
			t.Errorf("to:2023: %s counts %q, want %q\n%s", name, count[name], want, strings.Join(lines, "\n"))
		}
	}
	rows := pickerRows(m)
	if len(rows) != 6 || rows[0] != "Syria" || rows[1] != "Bashar al-Assad" || rows[5] != "Recep Tayyip Erdoğan" {
		t.Errorf("to:2023: picker order %q, want Syria, Assad first and Erdoğan (none in view) last", rows)
	}
	inView := model(m).picker.inView
	for i := 1; i < len(model(m).picker.shown); i++ {
		if a, b := inView[model(m).picker.shown[i-1]], inView[model(m).picker.shown[i]]; a < b {
			t.Errorf("row %d counts %d in view, after a row with %d", i, b, a)
		}
	}
	// An actor with nothing in view stays selectable.
	m = press(m, "down", "down", "down", "down", "down", "space", "enter")
	if got := model(m).picked; !slices.Equal(got, []string{"Recep Tayyip Erdoğan"}) {
		t.Errorf("picked %q, want Erdoğan", got)
	}
	if got := len(model(m).view); got != 0 {
		t.Errorf("Erdoğan to 2023: got %d events, want 0", got)
	}
}

func TestPickerCountsIgnoreThePickedActors(t *testing.T) {
	m := typeText(press(sized(t, 120, 30), "a"), "putin")
	m = press(m, "enter")
	if got := len(model(m).view); got != 2 {
		t.Fatalf("actor Putin: %d events, want 2", got)
	}
	m = press(m, "a")
	rows := pickerRows(m)
	if len(rows) == 0 || rows[0] != "Vladimir Putin" {
		t.Errorf("the chosen actor is not first: %q", rows)
	}
	found := false
	for _, l := range strings.Split(ansi.Strip(model(m).picker.view()), "\n") {
		if strings.Contains(l, "Bashar al-Assad") {
			found = true
			if !strings.HasSuffix(l, " 4/4") {
				t.Errorf("Assad's count is taken within the picked actors: %q", l)
			}
		}
	}
	if !found {
		t.Error("Assad is not in the picker")
	}
}

func TestActorCounts(t *testing.T) {
	tl := fixture(t)
	x := newIndex(tl)
	all := x.actorCounts(x.all())
	some := x.actorCounts([]int{3, 4, 5})
	for a, ac := range tl.Actors {
		if all[a] != int32(len(x.actorEvents[a])) {
			t.Errorf("%s: got %d in the whole timeline, want %d", ac.Name, all[a], len(x.actorEvents[a]))
		}
		want := int32(0)
		for _, i := range []int{3, 4, 5} {
			if slices.Contains(tl.Events[i].Actors, ac.Name) {
				want++
			}
		}
		if some[a] != want {
			t.Errorf("%s: got %d in events 3-5, want %d", ac.Name, some[a], want)
		}
	}
}
