package timeline

import (
	"slices"
	"testing"

	"dateline/data"
)

// TestMergeReports checks reports of one event in other words, from the QA articles:
// they become one event with every source, and distinct events of a day stay apart.
func TestMergeReports(t *testing.T) {
	type rep struct{ outlet, pub, text string }
	tests := []struct {
		name   string
		reps   []rep
		events int      // events in all
		actors []string // the merged event (the one with most sources) names them
	}{
		{"strikes in other words", []rep{
			{"Reuters", "2024-01-12", "The United States and Britain carried out air and sea strikes against Houthi military targets in Yemen early on Friday in response to the Iran-backed group's attacks on shipping in the Red Sea, U.S. and British officials said."},
			{"Al Jazeera", "2024-01-12", "The United States and the United Kingdom have bombed several sites in Yemen controlled by the Houthis on January 12, in a major escalation of tensions in the Red Sea."},
		}, 1, []string{"United States", "United Kingdom", "Houthis"}},
		{"taken control, entered", []rep{
			{"Guardian", "2025-01-28", "Rwanda-backed M23 rebels said on Monday they had taken control of Goma, the largest city in eastern Democratic Republic of the Congo."},
			{"France 24", "2025-01-29", "The M23, which claims to defend the interests of Congolese Tutsis, entered the city of one million people on Monday 27 January and declared it \"liberated\"."},
		}, 1, []string{"M23"}},
		{"embassies attacked", []rep{
			{"Guardian", "2025-01-28", "In Kinshasa, hundreds of protesters attacked the embassies of France, Belgium, the United States and Rwanda on Tuesday, accusing western countries of complicity with Kigali."},
			{"France 24", "2025-01-29", "On Tuesday, demonstrators in Kinshasa set fire to parts of the French embassy and ransacked the Rwandan, Belgian and American missions."},
		}, 1, []string{"France"}},
		{"seized, took", []rep{
			{"Guardian", "2025-01-28", "The M23, whose name refers to a peace deal signed on 23 March 2009, first seized Goma briefly in November 2012 before being driven out the following year."},
			{"France 24", "2025-01-29", "The M23 took Goma once before, in November 2012, and withdrew under international pressure."},
		}, 3, []string{"M23"}},
		{"intervening, intervened", []rep{
			{"Reuters", "2024-01-12", "Saudi Arabia, which fought the Houthis for nearly eight years after intervening in Yemen in March 2015, called for restraint."},
			{"Al Jazeera", "2024-01-12", "A Saudi-led coalition intervened in March 2015 on the side of the government."},
		}, 1, []string{"Saudi Arabia"}},
		{"a month nests into the day by place", []rep{
			{"AP", "2024-03-15", "Russian forces have pressed their advantage since capturing the eastern town of Avdiivka last month."},
			{"BBC", "2024-03-15", "Moscow has made steady progress in the east since its troops took the town of Avdiivka in February after months of fighting."},
			{"KI", "2024-03-16", "Ukraine has struggled to hold the line since the fall of Avdiivka on Feb. 17."},
		}, 1, []string{"Russia"}},
		{"a month nests into the day by country", []rep{
			{"AP", "2024-03-15", "Russia launched its full-scale invasion on Feb. 24, 2022."},
			{"BBC", "2024-03-15", "Russia has repeatedly denied targeting civilians, although thousands have been killed since the full-scale invasion began in February 2022."},
		}, 1, []string{"Russia"}},
		{"a day nests into a range", []rep{
			{"Nikkei", "2024-05-23", "China's military on Thursday began two days of large-scale drills around Taiwan. The Eastern Theater Command said the exercise, codenamed Joint Sword-2024A, would run from May 23 to 24."},
		}, 1, []string{"China"}},
		{"a capture and a ceasefire stay apart", []rep{
			{"Irrawaddy", "2024-02-12", "In January, the Myanmar National Democratic Alliance Army (MNDAA), one of the three groups, captured Laukkai, a town on the Chinese border, and more than 2,000 soldiers surrendered. China brokered a ceasefire between the regime and the alliance in mid-January, but fighting has since intensified in Rakhine State, where the Arakan Army has overrun several military bases."},
		}, 2, nil},
		{"a withdrawal and the reply stay apart", []rep{
			{"Africa Report", "2024-01-29", "BAMAKO, 29 January 2024 — The military governments of Mali, Burkina Faso and Niger announced on Sunday their immediate withdrawal from the Economic Community of West African States (ECOWAS), accusing the regional bloc of becoming \"a threat to its member states\".\n\nECOWAS said on Sunday evening that it had not yet received formal notification of the decision and remained committed to finding \"a negotiated solution to the political impasse\"."},
		}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []data.Article
			for i, r := range tt.reps {
				arts = append(arts, article(string(rune('a'+i)), r.outlet, r.pub, "Headline\n\n"+r.text))
			}
			tl := Build(arts)
			if len(tl.Events) != tt.events {
				t.Fatalf("got %d events, want %d:\n%s", len(tl.Events), tt.events, events(tl))
			}
			if tt.actors == nil {
				return
			}
			best := &tl.Events[0]
			for i := range tl.Events {
				if len(tl.Events[i].Sources) > len(best.Sources) {
					best = &tl.Events[i]
				}
			}
			if len(best.Sources) < len(tt.reps) {
				t.Errorf("the event has %d sources, want every report:\n%s", len(best.Sources), events(tl))
			}
			for _, a := range tt.actors {
				if !slices.Contains(best.Actors, a) {
					t.Errorf("actors %q lack %s", best.Actors, a)
				}
			}
		})
	}
}

func TestCaptionFoldsIntoItsArticlesEvent(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // events on 2024-03-15
	}{
		{"caption and body sentence of one day give one event",
			"Headline\n\nA Russian missile strike on Kharkiv killed three people on Friday, officials said.\n\nImage caption, Emergency workers at the scene in Kharkiv on 15 March\n\nThe attack came amid heavy fighting.", 1},
		{"a caption alone gives an event",
			"Headline\n\nThe attack came amid heavy fighting.\n\nImage caption, Emergency workers at the scene in Kharkiv on 15 March\n\nMore strikes are expected.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build([]data.Article{article("a", "BBC", "2024-03-15", tt.text)})
			if got := find(tl, "2024-03-15", ""); len(got) != tt.want {
				t.Errorf("got %d events on 2024-03-15, want %d:\n%s", len(got), tt.want, events(tl))
			}
		})
	}
}

// TestMergeAcrossSentenceParts checks reports of one event whose sentences give it to
// different people beside another date: the speaker of one is among the people of the
// other's sentence.
func TestMergeAcrossSentenceParts(t *testing.T) {
	type rep struct{ outlet, pub, text string }
	tests := []struct {
		name    string
		reps    []rep
		date    string
		events  int    // events on date
		with    string // an actor of the event on date with most sources
		sources int    // its sources
	}{
		{"a summit told by its announcer", []rep{
			{"Guardian", "2025-01-28", "Kenya's president, William Ruto, who chairs the East African Community, said on Tuesday that Tshisekedi and Kagame had agreed to attend an emergency summit on Wednesday."},
			{"France 24", "2025-01-29", "Also on Tuesday, Kenyan President William Ruto announced that both leaders would join a virtual summit of the East African Community on Wednesday."},
		}, "2025-01-29", 1, "Paul Kagame", 2},
		{"the same speaker on other people's meetings", []rep{
			{"Reuters", "2024-03-22", "Blinken said on Monday that Netanyahu would meet Abbas in Cairo on Tuesday."},
			{"AP", "2024-03-22", "Blinken said on Monday that Sisi would meet Hamas negotiators in Cairo on Tuesday."},
		}, "2024-03-26", 2, "", 1},
		{"other speakers with the same words", []rep{
			{"Reuters", "2024-03-22", "Foreign Minister Sergei Lavrov said on Thursday that talks with Turkey would resume in May."},
			{"AP", "2024-03-22", "Foreign Minister Hakan Fidan said on Thursday that talks with Turkey would resume in May."},
		}, "2024-03-21", 2, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []data.Article
			for i, r := range tt.reps {
				arts = append(arts, article(string(rune('a'+i)), r.outlet, r.pub, "Headline\n\n"+r.text))
			}
			tl := Build(arts)
			got := find(tl, tt.date, "")
			if len(got) != tt.events {
				t.Fatalf("got %d events on %s, want %d:\n%s", len(got), tt.date, tt.events, events(tl))
			}
			best := got[0]
			for _, e := range got {
				if len(e.Sources) > len(best.Sources) {
					best = e
				}
			}
			if len(best.Sources) != tt.sources {
				t.Errorf("the event has %d sources, want %d:\n%s", len(best.Sources), tt.sources, events(tl))
			}
			if tt.with != "" && !slices.Contains(best.Actors, tt.with) {
				t.Errorf("actors %q lack %s", best.Actors, tt.with)
			}
		})
	}
}
