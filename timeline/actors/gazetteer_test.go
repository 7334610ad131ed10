package actors

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Erdoğan", "erdogan"},
		{"ERDOĞAN", "erdogan"},
		{"Türkiye", "turkiye"},
		{"Mevlüt Çavuşoğlu", "mevlut cavusoglu"},
		{"İstanbul", "istanbul"},
		{"Syria’s", "syria's"},
		{"plain ascii", "plain ascii"},
		{"Straße", "strasse"},
		{"e\u0301", "e"}, // decomposed é
		{"Ǔ", "u"},       // lower case in the table, upper case not
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseGazetteerErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{"planet Mars", `unknown kind "planet"`},
		{"country", `want "kind Name"`},
		{"country Narnia | capital Cair", `unknown field "capital"`},
		{"person Someone | of Narnia", `affiliation "Narnia"`},
		{"person Someone | cap Somewhere", "cap on a person"},
		{"title king | crowned", `unknown title field "crowned"`},
	}
	for _, tt := range tests {
		_, err := parseGazetteer(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseGazetteer(%q) error = %v, want one containing %q", tt.data, err, tt.want)
		}
	}
}

func TestGazetteerData(t *testing.T) {
	g, err := parseGazetteer(gazetteerData)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.actors) < 200 {
		t.Errorf("got %d actors, want at least 200", len(g.actors))
	}
	// No phrase may name two different actors: the first would silently win.
	seen := map[string]int32{}
	for _, a := range g.aliases {
		if a.actor < 0 || a.kind == cityAlias {
			continue
		}
		k := strings.Join(a.toks, " ")
		if o, ok := seen[k]; ok && o != a.actor {
			t.Errorf("phrase %q names both %s and %s", k, g.actors[o].Name, g.actors[a.actor].Name)
		}
		seen[k] = a.actor
	}
	// A city names one place, and no other actor: "Georgia" is a country, not a US state.
	places := map[string]int32{}
	for _, a := range g.aliases {
		if a.kind != cityAlias {
			continue
		}
		k := strings.Join(a.toks, " ")
		if o, ok := places[k]; ok {
			t.Errorf("city %q is in both %s and %s", k, g.actors[o].Name, g.actors[a.actor].Name)
		}
		places[k] = a.actor
		if o, ok := seen[k]; ok && o != a.actor {
			t.Errorf("city %q of %s also names %s", k, g.actors[a.actor].Name, g.actors[o].Name)
		}
	}
	// Every actor is found by its own canonical name and aliases.
	for _, e := range g.actors {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if a, ok := Lookup(n); !ok || a.Name != e.Name {
				t.Errorf("Lookup(%q) = %q, %v; want %q", n, a.Name, ok, e.Name)
			}
		}
	}
}

func TestAll(t *testing.T) {
	all := All()
	kinds := map[Kind]int{}
	for _, a := range all {
		kinds[a.Kind]++
	}
	for _, k := range []Kind{Person, Country, Organization, Group} {
		if kinds[k] == 0 {
			t.Errorf("no actor of kind %s", k)
		}
	}
}
