package timeline

import (
	"reflect"
	"testing"

	"dateline/data"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in      string
		actors  []string
		words   []string
		sources []string
		from    string
		to      string
	}{
		{"", nil, nil, nil, "", ""},
		{"ceasefire talks", nil, []string{"ceasefire", "talks"}, nil, "", ""},
		{"actor:putin from:2015 to:2023-06 source:euronews meeting", []string{"putin"}, []string{"meeting"}, []string{"euronews"}, "2015", "2023-06"},
		{`actor:"bashar al-assad" actor:erdogan`, []string{"bashar al-assad", "erdogan"}, nil, nil, "", ""},
		{"note: colon words", nil, []string{"note:", "colon", "words"}, nil, "", ""},
		{"http://x.org", nil, []string{"http://x.org"}, nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			f, err := ParseQuery(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(f.Actors, tc.actors) || !reflect.DeepEqual(f.Words, tc.words) || !reflect.DeepEqual(f.Sources, tc.sources) {
				t.Errorf("got actors %q words %q sources %q, want %q %q %q", f.Actors, f.Words, f.Sources, tc.actors, tc.words, tc.sources)
			}
			if f.From.Value != tc.from || f.To.Value != tc.to {
				t.Errorf("got from %q to %q, want %q %q", f.From.Value, f.To.Value, tc.from, tc.to)
			}
			// String must read back to the same filter.
			g, err := ParseQuery(f.String())
			if err != nil || !reflect.DeepEqual(g, f) {
				t.Errorf("round trip of %q: got %+v, want %+v", f.String(), g, f)
			}
		})
	}
	if _, err := ParseQuery("from:yesterday"); err == nil {
		t.Error("from:yesterday: want an error")
	}
}

func TestActorFilter(t *testing.T) {
	tl := Build([]data.Article{article("a", "X", "2024-07-25",
		"Putin met Assad in Moscow on Wednesday. Russia and Belarus held drills on Tuesday. "+
			"The US imposed sanctions on Monday. The Syrian Democratic Forces attacked on Sunday. Syria protested on Saturday. "+
			"Erdoğan called Assad on Friday.")})
	tests := []struct {
		q    string
		want []string // the dates of the selected events
	}{
		{"erdogan", []string{"2024-07-19"}},
		{"ERDOĞAN", []string{"2024-07-19"}},
		{"erdo", []string{"2024-07-19"}},
		{"us", []string{"2024-07-22"}},
		{"syria", []string{"2024-07-20"}},
		{"sdf", []string{"2024-07-21"}},
		{"assad", []string{"2024-07-19", "2024-07-24"}},
		{"nobody", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, i := range tl.Query(Filter{Actors: []string{tt.q}}) {
			got = append(got, tl.Events[i].Date.String())
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("actor:%s selects %q, want %q\n%s", tt.q, got, tt.want, events(tl))
		}
	}
}
