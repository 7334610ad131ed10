package timeline

import (
	"strings"
	"testing"

	"dateline/data"
)

// TestEventPlace checks which place an event takes: the one its own clause names,
// nearest its date, never one from another sentence or another date's clause.
func TestEventPlace(t *testing.T) {
	tests := []struct {
		name, text, want string // want: "date@place" per event, in order
	}{
		{"the clause's place",
			"Putin hosted al-Assad in Moscow on Wednesday.",
			"2024-07-24@Moscow"},
		{"no place from the sentence before",
			"The war in Gaza has killed thousands since October. Houthi rebels attacked a cargo ship on Monday.",
			"2023-10/..@Gaza;2024-07-22@"},
		{"the place nearest the date",
			"After talks in Paris, the ministers flew on and met in Cairo on Tuesday.",
			"2024-07-23@Cairo"},
		{"each date its own clause's place",
			"Protests began in Khartoum in April 2019, and the army seized power in Omdurman in October 2021.",
			"2019-04@Khartoum;2021-10@Omdurman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := Build([]data.Article{article("a", "Test", "2024-07-25", tt.text)})
			var got []string
			for _, e := range tl.Events {
				got = append(got, e.Date.String()+"@"+e.Place)
			}
			if g := strings.Join(got, ";"); g != tt.want {
				t.Errorf("places of %q\n got %s\nwant %s\n%s", tt.text, g, tt.want, events(tl))
			}
		})
	}
}
