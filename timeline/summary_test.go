package timeline

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSummarize(t *testing.T) {
	tests := []struct {
		name, sent, date, want string
	}{
		{"short sentence", "Putin and Assad last met in Moscow in March 2023.", "March 2023",
			"Putin and Assad last met in Moscow in March 2023"},
		{"clause with but", "Last week, a Turkish newspaper reported that Erdoğan would meet with al-Assad in Moscow in August, but Turkish officials denied the report.", "Last week",
			"Last week, a Turkish newspaper reported that Erdoğan would meet with al-Assad in Moscow in August…"},
		{"second clause", "Officials denied the report; talks resumed on Monday in Doha.", "Monday",
			"…talks resumed on Monday in Doha"},
		{"long clause cut at commas", "In December 2022, the Turkish, Syrian and Russian defence ministers held talks in Moscow, the first ministerial-level meeting between Turkey and Syria since 2011.", "December 2022",
			"In December 2022, the Turkish, Syrian and Russian defence ministers held talks in Moscow…"},
		{"relative clause keeps its antecedent", "Recently, Russia has been pursuing a meeting between Assad and President Recep Tayyip Erdoğan of Turkey, which supported the anti-Assad opposition and broke ties with the regime in 2011.", "2011",
			"…Assad and President Recep Tayyip Erdoğan of Turkey, which supported the anti-Assad opposition and broke ties with the regime in 2011"},
		{"long clause ends before a subordinate clause", "Turkey and Syria cut their ties in 2011 as mass anti-government protests and a brutal crackdown by security forces in Syria spiralled into the still-ongoing civil war.", "2011",
			"Turkey and Syria cut their ties in 2011…"},
		{"a short leading adverbial takes the clause", "This week, the U.S. auto giant paid for 10 House of Commons members and two House of Lords members to fly to Detroit and tour its operations there.", "This week",
			"This week, the U.S. auto giant paid for 10 House of Commons members and two House of Lords members to fly to Detroit and tour its operations…"},
		{"paired dashes are an aside", "The man was identified Thursday as two more suspects -- one Arab, one Sudanese -- who had been arrested, Kenya's national newspapers reported Friday.", "Friday",
			"The man was identified Thursday as two more suspects -- one Arab, one Sudanese -- who had been arrested"},
		{"leading conjunction", "But on Tuesday the talks collapsed.", "Tuesday", "On Tuesday the talks collapsed"},
		{"closing attribution", "Russia launched one of its largest attacks on Ukraine's energy system overnight, hitting power plants in Kharkiv and Zaporizhzhia and leaving more than a million people without electricity, Ukrainian officials said on Friday.", "Friday",
			"Russia launched one of its largest attacks on Ukraine's energy system overnight…"},
		{"attribution with more to say", "Officials said on Friday that the plant was hit.", "Friday",
			"Officials said on Friday that the plant was hit"},
		{"attribution followed by the news", "Niger's new prime minister, Ali Lamine Zeine, told the UN General Assembly on Friday that the junta wanted a short transition.", "Friday",
			"Niger's new prime minister, Ali Lamine Zeine, told the UN General Assembly on Friday that the junta wanted a short transition"},
		{"a long clause keeps its subject", "The United States and Britain carried out air and sea strikes against Houthi military targets in Yemen early on Friday in response to the Iran-backed group's attacks on shipping in the Red Sea, U.S. and British officials said.", "Friday",
			"The United States and Britain carried out air and sea strikes against Houthi military targets in Yemen early on Friday in response to the…"},
		{"commas before the date keep the subject", "In Kinshasa, hundreds of protesters attacked the embassies of France, Belgium, the United States and Rwanda on Tuesday, accusing western countries of complicity with Kigali.", "Tuesday",
			"In Kinshasa, hundreds of protesters attacked the embassies of France, Belgium, the United States and Rwanda on Tuesday…"},
		{"subject before a relative clause", "The Houthis, who control most of Yemen's populated areas, began attacking ships in November in what they say is solidarity with Palestinians in Gaza.", "November",
			"The Houthis, who control most of Yemen's populated areas, began attacking ships in November in what they say is solidarity with Palestinians…"},
		{"wrapped line", "Russia has waged a campaign in\nSyria since September 2015.", "September 2015",
			"Russia has waged a campaign in Syria since September 2015"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := strings.Index(tt.sent, tt.date)
			got, _, _ := summarize(tt.sent, ds, ds+len(tt.date))
			if got != tt.want {
				t.Errorf("summarize(%q)\n got %q\nwant %q", tt.sent, got, tt.want)
			}
		})
	}
}

func TestSummarizeLongWords(t *testing.T) {
	sent := strings.Repeat("word ", 60) + "on 5 May 2024 " + strings.Repeat("more ", 60)
	ds := strings.Index(sent, "5 May 2024")
	got, _, _ := summarize(sent, ds, ds+len("5 May 2024"))
	if n := utf8.RuneCountInString(got); n > maxSummary+2 || !strings.Contains(got, "5 May 2024") {
		t.Errorf("got %q (%d runes), want at most %d runes around the date", got, n, maxSummary+2)
	}
}

func TestSummarizeClauseSpan(t *testing.T) {
	tests := []struct {
		name, sent, date, want string
	}{
		{"the subject cut from the line, not what follows", "Officials in the capital and the " + strings.Repeat("provinces ", 12) + "said that " + strings.Repeat("the army ", 8) + "struck the town on Friday, killing " + strings.Repeat("many ", 10) + "people.", "Friday",
			"Officials in the capital and the " + strings.Repeat("provinces ", 12) + "said that " + strings.Repeat("the army ", 8) + "struck the town on Friday"},
		{"a relative clause is about its antecedent", "Recently, Russia has been pursuing a meeting between Assad and President Recep Tayyip Erdoğan of Turkey, which supported the anti-Assad opposition and broke ties with the regime in 2011.", "2011",
			"Assad and President Recep Tayyip Erdoğan of Turkey, which supported the anti-Assad opposition and broke ties with the regime in 2011."},
		{"after a clause break", "Officials denied the report; talks resumed on Monday in Doha.", "Monday", "talks resumed on Monday in Doha."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := strings.Index(tt.sent, tt.date)
			_, _, _, cs, ce := summarizeClause(tt.sent, ds, ds+len(tt.date), false)
			if got := tt.sent[cs:ce]; got != tt.want {
				t.Errorf("clause of %q\n got %q\nwant %q", tt.sent, got, tt.want)
			}
		})
	}
}

func TestSummarizeCoordinated(t *testing.T) {
	tests := []struct {
		name, sent, date, want string
		several                bool
	}{
		{"second clause", "In Mali, the junta ordered the UN peacekeeping mission, Minusma, to leave in June, and the last peacekeepers departed at the end of last year.", "the end of last year",
			"…the last peacekeepers departed at the end of last year", true},
		{"first clause", "In Mali, the junta ordered the UN peacekeeping mission, Minusma, to leave in June, and the last peacekeepers departed at the end of last year.", "June",
			"In Mali, the junta ordered the UN peacekeeping mission, Minusma, to leave in June…", true},
		{"one event: the sentence is its clause", "Russia massed troops at the border, and its tanks crossed into Ukraine on Monday.", "Monday",
			"Russia massed troops at the border, and its tanks crossed into Ukraine on Monday", false},
		{"a shared subject", "The army took Bakhmut in May, and lost it again in June.", "June",
			"The army took Bakhmut in May, and lost it again in June", true},
		{"an auxiliary is no subject", "Russia invaded Ukraine on Feb. 24, 2022, and has targeted the grid since March.", "March",
			"Russia invaded Ukraine on Feb. 24, 2022, and has targeted the grid since March", true},
		{"a list", "Greece, Turkey, and Spain joined the alliance in 1952 and 1982.", "1982",
			"Greece, Turkey, and Spain joined the alliance in 1952 and 1982", true},
		{"an unnamed subject after a list item", "NATO admitted Greece in 1952, Germany in 1955, and the alliance grew again in 1982.", "1982",
			"…the alliance grew again in 1982", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := strings.Index(tt.sent, tt.date)
			got, _, _, _, _ := summarizeClause(tt.sent, ds, ds+len(tt.date), tt.several)
			if got != tt.want {
				t.Errorf("summarizeClause(%q, several %v)\n got %q\nwant %q", tt.sent, tt.several, got, tt.want)
			}
		})
	}
}
