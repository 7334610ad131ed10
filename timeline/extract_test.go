package timeline

import (
	"slices"
	"strings"
	"testing"
	"time"

	"dateline/data"
)

// article returns a test article published on pub (YYYY-MM-DD) by outlet.
func article(id, outlet, pub, text string) data.Article {
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		panic(err)
	}
	return data.Article{ID: id, Outlet: outlet, Published: p, PublishedFrom: data.FromHeader, Text: text}
}

// events renders the events of a timeline as "date: summary [actors]" lines.
func events(tl *Timeline) string {
	var lines []string
	for _, e := range tl.Events {
		lines = append(lines, e.Date.String()+": "+e.Summary+" ["+strings.Join(e.Actors, ", ")+"]")
	}
	return strings.Join(lines, "\n")
}

func TestBuildRules(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"day, month and year at their precision",
			"Putin met Assad in Moscow on July 24, 2024. They last met in March 2023. Turkey cut ties in 2011.",
			"2011: Turkey cut ties in 2011 [Turkey]\n2023-03: They last met in March 2023 []\n2024-07-24: Putin met Assad in Moscow on July 24, 2024 [Vladimir Putin, Bashar al-Assad]"},
		{"relative day against the publication date",
			"Russia's head of state met the Syrian president on Wednesday.",
			"2024-07-24: Russia's head of state met the Syrian president on Wednesday [Russia, Syria]"},
		{"since makes an open range",
			"Russia has waged a military campaign in Syria since September 2015.",
			"2015-09/..: Russia has waged a military campaign in Syria since September 2015 [Russia, Syria]"},
		{"since beside another date is background",
			"In December 2022, the defence ministers of Turkey and Syria held talks, the first such meeting since 2011.",
			"2022-12: In December 2022, the defence ministers of Turkey and Syria held talks, the first such meeting since 2011 [Turkey, Syria]"},
		{"durations and vague references are no events",
			"For years, the two countries fought. Recently, Turkey signalled a thaw. The 12-year war goes on.",
			""},
		{"relative dates in quotes belong to the speaker",
			"“Our meeting today seems very important,” al-Assad told Putin.",
			""},
		{"an attribution's date is not the event's",
			"Putin met al-Assad in Moscow, according to images released by the Kremlin on Thursday.",
			""},
		{"a closing attribution dates the news it gives",
			"Russia launched one of its largest attacks on Ukraine's energy system overnight, hitting power plants in Kharkiv and Zaporizhzhia and leaving a million people without power, Ukrainian officials said on Thursday.",
			"2024-07-25: Russia launched one of its largest attacks on Ukraine's energy system overnight… [Russia, Ukraine]"},
		{"a dateline is not an event",
			"KYIV, July 25 (Reuters) - Russia attacked Kharkiv overnight, officials said on Thursday.",
			"2024-07-25: Russia attacked Kharkiv overnight [Russia]"},
		{"a dateline with a double hyphen", "WASHINGTON, July 25 (Xinhua) --\nThe Senate voted on Thursday.",
			"2024-07-25: The Senate voted on Thursday []"},
		{"a time of day dates the day", "The talks began at 9 a.m. Tuesday, officials said.",
			"2024-07-23: The talks began at 9 a.m. Tuesday []"},
		{"a deadline names a day ahead", "The deadline is 9 a.m. Tuesday, officials said.",
			"2024-07-30: The deadline is 9 a.m. Tuesday []"},
		{"photo credits and boilerplate date nothing",
			"Soldiers celebrate outside Mosul, Iraq. Hadi Mizban/AP2010\n\nADVERTISEMENT\n\nRead more: archive of 2019 https://example.org/2019",
			""},
		{"one statement, one event", "Assad met Putin in Moscow, Russia, Wednesday, July 24, 2024.",
			"2024-07-24: Assad met Putin in Moscow, Russia, Wednesday, July 24, 2024 [Bashar al-Assad, Vladimir Putin]"},
		{"a month and its year split by the tagger", "Putin and al-Assad last met in March last year in the Kremlin.",
			"2023-03: Putin and al-Assad last met in March last year in the Kremlin [Vladimir Putin, Bashar al-Assad]"},
		{"the finer of nested dates", "Hemedti toured African capitals in January, meeting William Ruto in Nairobi on 3 January.",
			"2024-01-03: Hemedti toured African capitals in January, meeting William Ruto in Nairobi on 3 January [Mohamed Hamdan Dagalo, William Ruto]"},
		{"from and to make a range", "The war lasted from 2011 to 2015. Between March 2020 and June 2021, talks stalled.",
			"2011/2015: The war lasted from 2011 to 2015 []\n2020-03/2021-06: Between March 2020 and June 2021, talks stalled []"},
		{"hyphenated years", "The war lasted 2011-2015. Attacks peaked in the winter of 2022-2023.",
			"2011/2015: The war lasted 2011-2015 []\n2022-WI: Attacks peaked in the winter of 2022-2023 []"},
		{"several dates share out the actors", "NATO was expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.",
			"1952: NATO was expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982 [NATO, Greece, Turkey]\n1955: NATO was expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982 [Germany]\n1982: NATO was expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982 [Spain]"},
		{"early on a day is that day", "The strikes began early Friday.",
			"2024-07-19: The strikes began early Friday []"},
		{"approximate dates", "The offensive began in early 2023.",
			"2023~: The offensive began in early 2023 []"},
		{"distinct events on the same day stay apart",
			"Negotiators from Hamas and Qatar resumed talks in Cairo on Tuesday. Separately, António Guterres warned on Tuesday that an assault on Rafah would be intolerable.",
			"2024-07-23: Negotiators from Hamas and Qatar resumed talks in Cairo on Tuesday [Hamas, Qatar]\n2024-07-23: Separately, António Guterres warned on Tuesday that an assault on Rafah would be intolerable [António Guterres]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build([]data.Article{article("a", "Test", "2024-07-25", tt.text)})
			if got := events(tl); got != tt.want {
				t.Errorf("Build(%q)\n got:\n%s\nwant:\n%s", tt.text, got, tt.want)
			}
		})
	}
}

func TestBuildPlaceAndSource(t *testing.T) {
	text := "Headline\n\nPutin hosted al-Assad in Moscow on Wednesday."
	tl := Build([]data.Article{article("a", "Test", "2024-07-25", text)})
	if len(tl.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(tl.Events))
	}
	e := tl.Events[0]
	if e.Place != "Moscow" {
		t.Errorf("place: got %q, want Moscow", e.Place)
	}
	s := e.Sources[0]
	if text[s.SentStart:s.SentEnd] != s.Sentence || s.Sentence != "Putin hosted al-Assad in Moscow on Wednesday." {
		t.Errorf("sentence: got %q at %d:%d", s.Sentence, s.SentStart, s.SentEnd)
	}
	if text[s.ExprStart:s.ExprEnd] != s.Expression || s.Expression != "Wednesday" {
		t.Errorf("expression: got %q at %d:%d", s.Expression, s.ExprStart, s.ExprEnd)
	}
}

func TestMergeAcrossOutlets(t *testing.T) {
	arts := []data.Article{
		article("r", "Reuters", "2024-03-22", "Russia's full-scale invasion began on Feb. 24, 2022. Kuleba said on Thursday that partners could stop this terror."),
		article("ap", "AP", "2024-03-22", "Russia invaded Ukraine on Feb. 24, 2022. NATO Secretary-General Jens Stoltenberg met Ukrainian officials in Brussels on Thursday."),
		article("ap2", "AP", "2024-03-22", "Russia invaded Ukraine on Feb. 24, 2022, and has targeted the grid ever since."),
	}
	tl := Build(arts)
	inv := find(tl, "2022-02-24", "")
	if len(inv) != 1 {
		t.Fatalf("got %d events on 2022-02-24, want 1 merged:\n%s", len(inv), events(tl))
	}
	if got := len(inv[0].Sources); got != 3 {
		t.Errorf("sources: got %d, want 3", got)
	}
	if got := inv[0].Corroboration(); got != 2 {
		t.Errorf("corroboration: got %d, want 2 (Reuters, AP)", got)
	}
	if got := find(tl, "2024-03-21", ""); len(got) != 2 {
		t.Errorf("got %d events on 2024-03-21, want 2 apart (Kuleba, Stoltenberg):\n%s", len(got), events(tl))
	}
}

func TestSameWordsOtherPeopleStayApart(t *testing.T) {
	arts := []data.Article{
		article("r", "Reuters", "2024-03-22", "Foreign Minister Sergei Lavrov said on Thursday that talks with Turkey would resume in May."),
		article("ap", "AP", "2024-03-22", "Foreign Minister Hakan Fidan said on Thursday that talks with Turkey would resume in May."),
		article("afp", "AFP", "2024-03-22", "Russian Foreign Minister Sergei Lavrov said on Thursday that the talks with Turkey would resume in May."),
	}
	tl := Build(arts)
	got := find(tl, "2024-03-21", "")
	if len(got) != 2 {
		t.Fatalf("got %d events on 2024-03-21, want 2 (Lavrov in two outlets, Fidan):\n%s", len(got), events(tl))
	}
	for _, e := range got {
		if len(e.Sources) == 2 && (e.Sources[0].Article == "ap" || e.Sources[1].Article == "ap") {
			t.Errorf("Fidan's statement merged with Lavrov's:\n%s", events(tl))
		}
	}
}

func TestNestCoarseIntoFine(t *testing.T) {
	arts := []data.Article{
		article("a", "AFP", "2024-07-25", "Putin and Assad last met in March 2023 and signed agreements on economic cooperation."),
		article("b", "DW", "2024-07-25", "Putin and Assad met in Moscow on March 15, 2023, and signed agreements on economic cooperation."),
		article("c", "BBC", "2024-07-25", "Erdoğan visited Baghdad in March 2023."),
	}
	tl := Build(arts)
	es := find(tl, "2023-03-15", "")
	if len(es) != 1 || len(es[0].Sources) != 2 {
		t.Fatalf("want one event on 2023-03-15 with both reports; got:\n%s", events(tl))
	}
	if len(find(tl, "2023-03", "Erdoğan")) != 1 {
		t.Errorf("the unrelated March 2023 event must stay apart; got:\n%s", events(tl))
	}
}

func TestLinkAcrossArticles(t *testing.T) {
	arts := []data.Article{
		article("a", "AFP", "2024-07-25", "Nigerian President Bola Ahmadu Tanko spoke in Abuja on Monday."),
		article("b", "DW", "2024-07-25", "President Tanko met Macron on Tuesday."),
	}
	tl := Build(arts)
	for _, e := range tl.Events {
		if slices.Contains(e.Actors, "Tanko") {
			t.Errorf("%s: actor Tanko not linked to Bola Ahmadu Tanko: %q", e.Date, e.Actors)
		}
	}
	if len(tl.Query(Filter{Actors: []string{"bola ahmadu tanko"}})) != 2 {
		t.Errorf("want both events under Bola Ahmadu Tanko:\n%s", events(tl))
	}
}

func TestBuildDeterministic(t *testing.T) {
	arts := loadArticles(t, "testdata/articles")
	want := render(Build(arts))
	for range 3 {
		if got := render(Build(arts)); got != want {
			t.Fatal("Build gave a different timeline for the same input")
		}
	}
}

func TestBuildEmpty(t *testing.T) {
	if tl := Build(nil); len(tl.Events) != 0 {
		t.Errorf("Build(nil): got %d events", len(tl.Events))
	}
	tl := Build([]data.Article{article("a", "", "2024-01-01", ""), article("b", "", "2024-01-01", "No dates here at all.")})
	if len(tl.Events) != 0 {
		t.Errorf("got %d events from dateless text", len(tl.Events))
	}
}

func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"Putin met Assad in Moscow on July 24, 2024.",
		"KYIV, March 22 (Reuters) - Russia attacked, officials said on Friday.",
		"“Today,” he said. Since 2011.\n\nADVERTISEMENT\nA/B2010",
		"In March last year, on 15 July, since September 2015; for years",
		"In 2011 " + strings.Repeat("\x80", 3*maxSentence), // once made segment loop forever
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tl := Build([]data.Article{article("a", "X", "2024-07-25", text)})
		for _, e := range tl.Events {
			if e.Summary == "" || len(e.Sources) == 0 {
				t.Fatalf("event without summary or source: %+v", e)
			}
			for _, s := range e.Sources {
				if s.SentStart < 0 || s.SentStart > s.ExprStart || s.ExprStart >= s.ExprEnd || s.ExprEnd > s.SentEnd || s.SentEnd > len(text) ||
					text[s.SentStart:s.SentEnd] != s.Sentence || text[s.ExprStart:s.ExprEnd] != s.Expression {
					t.Fatalf("bad source spans %+v in %q", s, text)
				}
			}
		}
	})
}

func TestBuildRangesAndSequences(t *testing.T) {
	tests := []struct {
		name, pub, text, want string
	}{
		{"a span of validity beside an event is no event", "2024-03-16",
			"The European Union agreed on Feb. 1 to a 50-billion-euro support package for Ukraine covering 2024 to 2027.",
			"2024-02-01: The European Union agreed on Feb. 1 to a 50-billion-euro support package for Ukraine covering 2024 to 2027 [European Union, Ukraine]"},
		{"a hyphenated span of validity", "2024-03-16",
			"On Tuesday the government approved a budget for 2024-2027.",
			"2024-03-12: On Tuesday the government approved a budget for 2024-2027 []"},
		{"a span of validity after running from", "2024-03-16",
			"Germany announced in January a plan running from 2025 to 2030.",
			"2024-01: Germany announced in January a plan running from 2025 to 2030 [Germany]"},
		{"a span of validity alone keeps its range", "2024-03-16",
			"The support package covers 2024 to 2027.",
			"2024/2027: The support package covers 2024 to 2027 []"},
		{"to joins a range without from", "2024-03-16",
			"Strikes hit the city 2020 to 2022.",
			"2020/2022: Strikes hit the city 2020 to 2022 []"},
		{"a range beside a finer date inside it", "2024-01-29",
			"The three countries, all led by juntas that seized power in a wave of coups between 2020 and 2023, formed the Alliance of Sahel States in September.",
			"2020/2023: The three countries, all led by juntas that seized power in a wave of coups between 2020 and 2023… []\n" +
				"2023-09: …all led by juntas that seized power in a wave of coups between 2020 and 2023, formed the Alliance of Sahel States in September [Alliance of Sahel States]"},
		{"a state since a date beside an event", "2024-05-23",
			"Tensions across the strait have been high since the 1990s, when China fired missiles into waters near the island ahead of its first direct presidential election in 1996.",
			"199/..: Tensions across the strait have been high since the 1990s… []\n" +
				"1996: …been high since the 1990s, when China fired missiles into waters near the island ahead of its first direct presidential election in 1996 [China]"},
		{"a negated since is a baseline", "2024-07-25",
			"The two leaders had not met since 2019 when they talked in Geneva in June.",
			"2024-06: The two leaders had not met since 2019 when they talked in Geneva in June []"},
		{"a state since a date told in another date's clause", "2024-07-25",
			"Putin hosted al-Assad, whom he has propped up since 2011, in Moscow on Wednesday.",
			"2024-07-24: Putin hosted al-Assad, whom he has propped up since 2011, in Moscow on Wednesday [Vladimir Putin, Bashar al-Assad]"},
		{"the end of a year does not hold its middle", "2024-01-29",
			"In Mali, the junta ordered the UN peacekeeping mission, Minusma, to leave in June, and the last peacekeepers departed at the end of last year.",
			"2023~: …the last peacekeepers departed at the end of last year []\n" +
				"2023-06: In Mali, the junta ordered the UN peacekeeping mission, Minusma, to leave in June… [Mali, United Nations, MINUSMA]"},
		{"the end of a month holds its last days", "2024-07-25",
			"Hemedti toured African capitals in late January, meeting William Ruto in Nairobi on 30 January.",
			"2024-01-30: Hemedti toured African capitals in late January, meeting William Ruto in Nairobi on 30 January [Mohamed Hamdan Dagalo, William Ruto]"},
		{"dates ordered by after are two events", "2025-01-28",
			"The rebels launched their push on Goma last week, after capturing the town of Minova on 21 January.",
			"2025-W04: The rebels launched their push on Goma last week, after capturing the town of Minova on 21 January []\n" +
				"2025-01-21: The rebels launched their push on Goma last week, after capturing the town of Minova on 21 January []"},
		{"weekdays from a start to an end", "2024-03-15",
			"Russia's presidential election runs from Friday to Sunday.",
			"2024-03-15/2024-03-17: Russia's presidential election runs from Friday to Sunday [Russia]"},
		{"a duration before an undated event dates nothing", "2024-03-16",
			"A Russian missile attack on Kharkiv on March 15 killed five civilians. The attack came two days after Ukrainian drones hit the Ryazan oil refinery.",
			"2024-03-15: A Russian missile attack on Kharkiv on March 15 killed five civilians [Russia]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build([]data.Article{article("a", "Test", tt.pub, tt.text)})
			if got := events(tl); got != tt.want {
				t.Errorf("Build(%q)\n got:\n%s\nwant:\n%s", tt.text, got, tt.want)
			}
		})
	}
}

func TestSinceBaseline(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"the first such meeting since", true},
		{"the deadliest attack since", true},
		{"They had not met since", true},
		{"They haven't met since", true},
		{"Tensions have been high since", false},
		{"Protests have gripped the capital since", false},
		{"In June, unrest has spread since", false},
		{"It was the worst in years, and prices have risen since", false},
	}
	for _, tt := range tests {
		if got := sinceBaseline(tt.sent, len(tt.sent)-len("since")); got != tt.want {
			t.Errorf("sinceBaseline(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

func TestSpanOfValidity(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"a package covering ", true},
		{"a plan running from ", true},
		{"the budget for ", true},
		{"the election runs from ", false},
		{"talks stalled between ", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := spanOfValidity(tt.sent, len(tt.sent)); got != tt.want {
			t.Errorf("spanOfValidity(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

func TestBuildCoordinatedClauses(t *testing.T) {
	tests := []struct {
		name, pub, text, want string
	}{
		{"and before a clause of its own ends a clause", "2024-01-29",
			"Mali ordered the UN mission to leave in June, and the last peacekeepers departed in December.",
			"2023-06: Mali ordered the UN mission to leave in June… [Mali, United Nations]\n" +
				"2023-12: …the last peacekeepers departed in December []"},
		{"each clause keeps its subject and actors", "2024-07-25",
			"Russia seized Avdiivka in February, and Ukraine retook the village of Krynky on Monday.",
			"2024-02: Russia seized Avdiivka in February… [Russia]\n" +
				"2024-07-22: …Ukraine retook the village of Krynky on Monday [Ukraine]"},
		{"but and while end a clause too", "2024-07-25",
			"Hamas accepted the plan on Monday, while Israel rejected it on Tuesday.",
			"2024-07-22: Hamas accepted the plan on Monday… [Hamas]\n" +
				"2024-07-23: …Israel rejected it on Tuesday [Israel]"},
		{"and before a verb shares the subject", "2024-07-25",
			"The army took Bakhmut in May, and lost it again in June.",
			"2024-05: The army took Bakhmut in May, and lost it again in June []\n" +
				"2024-06: The army took Bakhmut in May, and lost it again in June []"},
		{"and before the last item of a list", "2024-07-25",
			"NATO admitted Greece in 1952, Germany in 1955, and Spain in 1982.",
			"1952: NATO admitted Greece in 1952, Germany in 1955, and Spain in 1982 [NATO, Greece]\n" +
				"1955: NATO admitted Greece in 1952, Germany in 1955, and Spain in 1982 [Germany]\n" +
				"1982: NATO admitted Greece in 1952, Germany in 1955, and Spain in 1982 [Spain]"},
		{"and in a sentence of one event ends no clause", "2024-07-25",
			"Russia massed troops at the border, and its tanks crossed into Ukraine on Monday.",
			"2024-07-22: Russia massed troops at the border, and its tanks crossed into Ukraine on Monday [Russia, Ukraine]"},
		{"a clause that names no one takes no other date's actors", "2024-07-25",
			"In 2014, the war began, and on Monday Putin met Xi Jinping in Beijing.",
			"2014: In 2014, the war began… []\n" +
				"2024-07-22: …on Monday Putin met Xi Jinping in Beijing [Vladimir Putin, Xi Jinping]"},
		{"a clause that names no one takes its sentence's other actors", "2024-07-25",
			"Qatar said the talks would go on; they resumed on Monday.",
			"2024-07-22: …they resumed on Monday [Qatar]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build([]data.Article{article("a", "Test", tt.pub, tt.text)})
			if got := events(tl); got != tt.want {
				t.Errorf("Build(%q)\n got:\n%s\nwant:\n%s", tt.text, got, tt.want)
			}
		})
	}
}
