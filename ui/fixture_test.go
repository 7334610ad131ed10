package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/data"
	"dateline/timeline"
)

// src is a source whose date expression expr lies in sentence.
func src(article, outlet, title, url, sentence, expr string) timeline.Source {
	at := strings.Index(sentence, expr)
	return timeline.Source{Article: article, Outlet: outlet, Title: title, URL: url,
		Published: time.Date(2024, 7, 25, 0, 0, 0, 0, time.UTC), Sentence: sentence, Expression: expr,
		SentStart: 100, SentEnd: 100 + len(sentence), ExprStart: 100 + at, ExprEnd: 100 + at + len(expr)}
}

// fixture is a small hand-made timeline: every date precision the list
// shows, a corroborated event, an actor with a diacritic, and an article
// that tries to set the terminal title, clear the screen and reverse text.
func fixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	const (
		eu   = "Euronews"
		ap   = "AP"
		euU  = "https://www.euronews.com/2024/07/25/putin-hosts-assad"
		apU  = "https://apnews.com/article/russia-syria-putin-assad"
		evil = "Evil\x1b]0;pwned\x07 Outlet\u202e"
	)
	evs := []timeline.Event{
		{ID: "e1", Date: timeline.MustDate("2011"), Summary: "Turkey and Syria cut their ties as protests spiralled into civil war",
			Actors:  []string{"Turkey", "Syria"},
			Sources: []timeline.Source{src("a1", eu, "Putin hosts Assad", euU, "Turkey and Syria cut their ties in 2011 as protests spiralled into civil war.", "2011")}},
		{ID: "e2", Date: timeline.MustDate("2015-09").Since(), Summary: "Russia has waged a military campaign in Syria",
			Actors: []string{"Russia", "Syria"}, Place: "Syria",
			Sources: []timeline.Source{
				src("a1", eu, "Putin hosts Assad", euU, "Russia has waged a military campaign in Syria since September 2015.", "since September 2015"),
				src("a2", ap, "Putin meets Assad", apU, "Moscow has fought in Syria's war since September 2015.", "since September 2015"),
			}},
		{ID: "e3", Date: timeline.MustDate("2023-03"), Summary: "Putin and Assad last met in Moscow",
			Actors: []string{"Vladimir Putin", "Bashar al-Assad"}, Place: "Moscow",
			Sources: []timeline.Source{src("a2", ap, "Putin meets Assad", apU, "Putin and Assad last met in Moscow in March 2023.", "March 2023")}},
		{ID: "e4", Date: timeline.MustDate("2024-07-15"), Summary: "Erdoğan said he could invite Assad \x1b[2J\x1b]0;owned\x07to Turkey",
			Actors:  []string{"Recep Tayyip Erdoğan", "Bashar al-Assad"},
			Sources: []timeline.Source{src("a3", evil, "Title\x1b[2J\x9b31m", "javascript:alert(1)", "Speaking on 15 July, Erdoğan said \x1b]0;owned\x07he could invite Assad.", "15 July")}},
		{ID: "e5", Date: timeline.MustDate("2024-07-24"), Summary: "Putin met Assad at the Kremlin to discuss the region",
			Actors: []string{"Vladimir Putin", "Bashar al-Assad"}, Place: "Moscow",
			Sources: []timeline.Source{
				src("a1", eu, "Putin hosts Assad", euU, "Putin hosted Assad at the Kremlin on 24 July 2024, the Kremlin said.", "24 July 2024"),
				src("a2", ap, "Putin meets Assad", apU, "Russia's president met the Syrian president in Moscow on Wednesday, 24 July.", "Wednesday, 24 July"),
			}},
		{ID: "e6", Date: timeline.MustDate("2024-07"), Summary: "Russia has been pursuing a meeting between Assad and Erdoğan",
			Actors:  []string{"Russia", "Bashar al-Assad", "Recep Tayyip Erdoğan"},
			Sources: []timeline.Source{src("a2", ap, "Putin meets Assad", apU, "This month, Russia has been pursuing a meeting between Assad and Erdoğan.", "This month")}},
	}
	arts := []data.Article{{ID: "a1", Outlet: eu}, {ID: "a2", Outlet: ap}, {ID: "a3", Outlet: evil}}
	return timeline.FromEvents(evs, arts)
}

// modelFor returns a loaded model of tl with filter f at w x h.
func modelFor(tb testing.TB, tl *timeline.Timeline, f timeline.Filter, w, h int) tea.Model {
	tb.Helper()
	var m tea.Model = New(func(func(int, int)) (*timeline.Timeline, []error) { return tl, nil }, f, Options{})
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m, _ = m.Update(loadedMsg{tl: tl, idx: newIndex(tl)})
	return m
}

func sized(t testing.TB, w, h int) tea.Model { return modelFor(t, fixture(t), timeline.Filter{}, w, h) }

// press sends keys by name ("j", "esc", "enter", "space", ...) and runs
// the commands they return that stay inside the program (not I/O).
func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		m, _ = m.Update(keyMsg(k))
	}
	return m
}

// typeText sends each rune of s as a key.
func typeText(m tea.Model, s string) tea.Model {
	for _, r := range s {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

func screen(m tea.Model) string { return ansi.Strip(m.(Model).View().Content) }

func model(m tea.Model) Model { return m.(Model) }

// summaries returns the summaries of the events shown.
func summaries(m tea.Model) []string {
	mm := model(m)
	var out []string
	for _, i := range mm.view {
		out = append(out, mm.tl.Events[i].Summary)
	}
	return out
}
