package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dateline/data"
	"dateline/timeline"
)

var (
	synthActors = []string{"Vladimir Putin", "Recep Tayyip Erdoğan", "Bashar al-Assad", "Joe Biden", "Xi Jinping",
		"Emmanuel Macron", "Volodymyr Zelensky", "Olaf Scholz", "Narendra Modi", "Kim Jong Un", "Antony Blinken",
		"Sergei Lavrov", "Benjamin Netanyahu", "Ebrahim Raisi", "the United Nations", "NATO", "the European Union"}
	synthPlaces = []string{"Moscow", "Ankara", "Damascus", "Washington", "Beijing", "Paris", "Kyiv", "Berlin",
		"New Delhi", "Pyongyang", "Geneva", "Brussels", "Tehran", "Doha", "Cairo", "Istanbul"}
	synthVerbs = []string{"met", "spoke with", "criticised", "hosted", "called", "warned", "thanked", "visited"}
	synthWords = strings.Fields(`gas pipeline grain corridor ceasefire sanctions refugees border trade tariffs
		nuclear talks energy prices drones missiles airspace shipping ports harvest elections reconstruction
		prisoners exchange loans currency reserves wheat fertiliser satellites railway bridge embassy consulate
		summit communique delegation observers monitors aid convoy hospital vaccine water dam electricity`)
	synthMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// syntheticTimeline builds a timeline of about events events from generated
// articles of ten dated sentences each, with varied actors, places and words.
func syntheticTimeline(tb testing.TB, events int) *timeline.Timeline {
	tb.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(list []string) string { return list[r.IntN(len(list))] }
	outlets := []string{"Reuters", "AP", "Euronews", "Al Jazeera", "BBC", "DW", "France 24", "Kyiv Independent"}
	var arts []data.Article
	for a := 0; a*10 < events*12/10; a++ { // merging joins about one in six
		var sb strings.Builder
		for s := 0; s < 10; s++ {
			fmt.Fprintf(&sb, "On %d %s %d, %s %s %s in %s about %s %s and %s %d. ",
				1+r.IntN(28), pick(synthMonths), 1900+r.IntN(125), pick(synthActors), pick(synthVerbs),
				pick(synthActors), pick(synthPlaces), pick(synthWords), pick(synthWords), pick(synthWords), r.IntN(1000))
			if s%3 == 2 {
				sb.WriteString("\n\n")
			}
		}
		arts = append(arts, data.Article{
			ID: fmt.Sprintf("a%d", a), Title: fmt.Sprintf("Report %d on %s", a, pick(synthWords)),
			Outlet: outlets[a%len(outlets)], URL: fmt.Sprintf("https://news.example/%d", a),
			Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Text: sb.String(),
		})
	}
	tl := timeline.Build(arts)
	if len(tl.Events) < events {
		tb.Fatalf("synthetic timeline: got %d events, want at least %d", len(tl.Events), events)
	}
	return tl
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// step sends one key and renders, as the program does after every message.
func step(m tea.Model, k tea.KeyPressMsg) tea.Model {
	m, _ = m.Update(k)
	_ = m.View()
	return m
}

const benchEvents = 100_000

// BenchmarkSearchKeystroke types "erdogan" into the search line and
// deletes it again, one keystroke (re-filter and re-render) per op.
func BenchmarkSearchKeystroke(b *testing.B) {
	tl := syntheticTimeline(b, benchEvents)
	b.Logf("%d events, %d actors", len(tl.Events), len(tl.Actors))
	typeAndErase(b, step(modelFor(b, tl, timeline.Filter{}, 120, 40), keyMsg("/")), "erdogan")
}

// typeAndErase types word into m's open input and deletes it again, one
// keystroke per op.
func typeAndErase(b *testing.B, m tea.Model, word string) {
	var keys []tea.KeyPressMsg
	for _, c := range word {
		keys = append(keys, keyMsg(string(c)))
	}
	for range word {
		keys = append(keys, keyMsg("backspace"))
	}
	i := 0
	cpu := startCPU()
	for b.Loop() {
		m = step(m, keys[i%len(keys)])
		i++
	}
	cpu.report(b)
}

// BenchmarkSearchColdWord types "z" into an empty search line and deletes
// it: two keystrokes per op, each a re-filter of every event (few texts
// hold a z, so most are ruled out by their byte sets) and a re-render.
func BenchmarkSearchColdWord(b *testing.B) {
	tl := syntheticTimeline(b, benchEvents)
	m := step(modelFor(b, tl, timeline.Filter{}, 120, 40), keyMsg("/"))
	cpu := startCPU()
	for b.Loop() {
		m = step(m, keyMsg("z")) // few events have a z: nearly every text is read to its end
		m = step(m, keyMsg("backspace"))
	}
	cpu.report(b)
}

// BenchmarkActorToggle opens the actor picker, toggles the first actor and
// applies, alternating on and off: three keystrokes and renders and one
// re-filter per op.
func BenchmarkActorToggle(b *testing.B) {
	tl := syntheticTimeline(b, benchEvents)
	m := modelFor(b, tl, timeline.Filter{}, 120, 40)
	cpu := startCPU()
	for b.Loop() {
		m = step(m, keyMsg("a"))
		m = step(m, keyMsg("space"))
		m = step(m, keyMsg("enter"))
	}
	cpu.report(b)
}

// BenchmarkPickerKeystroke types an actor name into the picker, one
// keystroke per op.
func BenchmarkPickerKeystroke(b *testing.B) {
	tl := syntheticTimeline(b, benchEvents)
	typeAndErase(b, step(modelFor(b, tl, timeline.Filter{}, 120, 40), keyMsg("a")), "erdo")
}

// BenchmarkRender draws the 120x40 screen of a 100,000-event timeline: the
// part of every keystroke that does not depend on the filter.
func BenchmarkRender(b *testing.B) {
	tl := syntheticTimeline(b, benchEvents)
	m := modelFor(b, tl, timeline.Filter{}, 120, 40)
	cpu := startCPU()
	for b.Loop() {
		_ = m.View()
	}
	cpu.report(b)
}

// BenchmarkFilter re-filters 100,000 events for a new word without
// narrowing from a previous answer or rendering.
func BenchmarkFilter(b *testing.B) {
	tl := syntheticTimeline(b, benchEvents)
	x := newIndex(tl)
	words := []string{"pipeline", "erdogan", "kremlin", "grain", "zzz"}
	cpu := startCPU()
	i := 0
	for b.Loop() {
		_ = x.filter(timeline.Filter{Words: []string{words[i%len(words)]}}, nil)
		i++
	}
	cpu.report(b)
}

// BenchmarkTimelineQuery is BenchmarkFilter through Timeline.Query, which
// reads every event's text: the baseline the index is measured against.
func BenchmarkTimelineQuery(b *testing.B) {
	tl := syntheticTimeline(b, benchEvents)
	words := []string{"pipeline", "erdogan", "kremlin", "grain", "zzz"}
	cpu := startCPU()
	i := 0
	for b.Loop() {
		_ = tl.Query(timeline.Filter{Words: []string{words[i%len(words)]}})
		i++
	}
	cpu.report(b)
}
