package actors

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed gazetteer.txt
var gazetteerData string

// aliasKind says how a gazetteer phrase names its entry.
type aliasKind uint8

const (
	akaAlias     aliasKind = iota // always names the actor ("Putin", "SDF")
	lateAlias                     // names the actor only in a document that names it otherwise
	demonymAlias                  // "Syrian": the country, and the anchor of "the Syrian president"
	capitalAlias                  // "Moscow": a place after a preposition, the country otherwise
	metonymAlias                  // "the Kremlin": the country; a place after "in the"
	cityAlias                     // a place only
	titleAlias                    // "President", "spokesman": introduces a person
)

// alias is one phrase of the gazetteer, as folded tokens.
type alias struct {
	toks    []string
	kind    aliasKind
	actor   int32 // index into gazetteer.actors, or -1
	place   int32 // index into gazetteer.places, or -1
	title   int32 // index into gazetteer.titles, or -1
	upper   bool  // the text must start with an upper-case letter
	acronym bool  // every word of the text must be upper case ("US", not "us")
}

// entry is an actor with what the gazetteer knows beyond the exported fields.
type entry struct {
	Actor
	roles []string // offices held: "president", "spokesman"
	fixed int      // aliases from the data file; generated ones follow
}

// placeEntry is a city or country that can be a place.
type placeEntry struct {
	name, country string
}

// title is an office or form of address that introduces a person's name.
type title struct {
	role     string // canonical office: "president", "foreign minister"
	head     bool   // a head of state or government
	generic  bool   // names whoever heads a country ("leader", "head of state")
	personal bool   // a form of address ("Mr.", "Dr.") that may precede a bare surname
	subject  bool   // what stands before it is a subject, not an employer: "Russia expert"
}

// gazetteer is the parsed, indexed data file. It is built once and never modified.
type gazetteer struct {
	actors  []entry
	places  []placeEntry
	titles  []title
	aliases []alias
	index   map[string][]int32      // first folded token -> aliases, longest first (see index3)
	index3  map[string][]int32      // first three folded tokens, joined -> aliases, longest first
	first   *[firstBits / 64]uint64 // bit set of the hashes of the index keys: most words miss it
	// firstLower holds the keys with an alias that may match a lower-case word: most
	// names ("three" of "Three Brotherhood Alliance") need a capital.
	firstLower *[firstBits / 64]uint64
	byName     map[string]int32  // folded name or alias -> actor
	heads      map[string]bool   // roles that are heads of state or government
	dems       map[string]string // country -> its first demonym
}

// loadGazetteer returns the embedded gazetteer, parsed on first use.
var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g, err := parseGazetteer(gazetteerData)
	if err != nil {
		panic(err) // the embedded data is checked by the tests
	}
	return g
})

// parseGazetteer parses the line format documented at the top of gazetteer.txt.
func parseGazetteer(data string) (*gazetteer, error) {
	g := &gazetteer{
		index:  map[string][]int32{},
		byName: map[string]int32{},
		heads:  map[string]bool{},
		dems:   map[string]string{},
	}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := g.parseLine(line); err != nil {
			return nil, fmt.Errorf("gazetteer line %d: %w", n+1, err)
		}
	}
	for _, e := range g.actors {
		if e.Affiliation == "" {
			continue
		}
		if id, ok := g.byName[strings.Join(tokenize(e.Affiliation), " ")]; !ok || g.actors[id].Name != e.Affiliation {
			return nil, fmt.Errorf("gazetteer: %s: affiliation %q is not a canonical name", e.Name, e.Affiliation)
		}
	}
	g.roleAliases()
	g.givenNames()
	g.familyAliases()
	g.titleDots()
	g.first = new([firstBits / 64]uint64)
	g.firstLower = new([firstBits / 64]uint64)
	for k, list := range g.index {
		h := hashBytes([]byte(k))
		g.first[h/64] |= 1 << (h % 64)
		for _, id := range list {
			if !g.aliases[id].upper {
				g.firstLower[h/64] |= 1 << (h % 64)
				break
			}
		}
	}
	g.index3 = map[string][]int32{}
	for k, list := range g.index {
		slices.SortStableFunc(list, func(a, b int32) int {
			return len(g.aliases[b].toks) - len(g.aliases[a].toks)
		})
		if len(list) > maxList {
			// "al-Assad", "al-Sharaa", ...: index the phrases of three tokens or more by
			// their first three, and leave a -1 in front of the shorter ones to say so.
			short := []int32{-1}
			for _, id := range list {
				if a := g.aliases[id]; len(a.toks) >= 3 {
					k3 := a.toks[0] + a.toks[1] + a.toks[2]
					g.index3[k3] = append(g.index3[k3], id)
				} else {
					short = append(short, id)
				}
			}
			list = short
		}
		g.index[k] = list
	}
	return g, nil
}

// parseLine parses one "kind Name | field values | ..." line.
func (g *gazetteer) parseLine(line string) error {
	fields := strings.Split(line, "|")
	head := strings.TrimSpace(fields[0])
	kindWord, name, ok := strings.Cut(head, " ")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return fmt.Errorf("want \"kind Name\", got %q", head)
	}
	if kindWord == "title" {
		return g.parseTitle(name, fields[1:])
	}
	var kind Kind
	switch kindWord {
	case "person":
		kind = Person
	case "country":
		kind = Country
	case "org":
		kind = Organization
	case "group":
		kind = Group
	default:
		return fmt.Errorf("unknown kind %q", kindWord)
	}
	id := int32(len(g.actors))
	e := entry{Actor: Actor{Name: name, Kind: kind}}
	place := int32(-1)
	if kind == Country {
		place = int32(len(g.places))
		g.places = append(g.places, placeEntry{name: name, country: name})
	}
	g.add(name, akaAlias, id, place, -1)
	for _, f := range fields[1:] {
		key, rest, _ := strings.Cut(strings.TrimSpace(f), " ")
		values := splitList(rest)
		switch key {
		case "aka", "late", "dem":
			k := map[string]aliasKind{"aka": akaAlias, "late": lateAlias, "dem": demonymAlias}[key]
			if key == "dem" && len(values) > 0 {
				g.dems[name] = values[0]
			}
			for _, v := range values {
				g.add(v, k, id, place, -1)
				e.Aliases = append(e.Aliases, v)
			}
		case "met":
			for _, v := range values {
				p := int32(len(g.places))
				g.places = append(g.places, placeEntry{name: v, country: name})
				g.add(v, metonymAlias, id, p, -1)
				e.Aliases = append(e.Aliases, v)
			}
		case "cap", "city":
			if kind != Country {
				return fmt.Errorf("%s on a %s", key, kind)
			}
			k := capitalAlias
			if key == "city" {
				k = cityAlias
			}
			for _, v := range values {
				p := int32(len(g.places))
				g.places = append(g.places, placeEntry{name: v, country: name})
				g.add(v, k, id, p, -1)
				if k == capitalAlias {
					e.Aliases = append(e.Aliases, v)
				}
			}
		case "of":
			if len(values) != 1 {
				return fmt.Errorf("want one affiliation, got %q", rest)
			}
			e.Affiliation = values[0]
		case "role":
			e.roles = values
		default:
			return fmt.Errorf("unknown field %q", key)
		}
	}
	e.fixed = len(e.Aliases)
	g.actors = append(g.actors, e)
	return nil
}

// roleAliases gives each person an alias per office, "Turkish President" for Erdoğan,
// unless two people would share it. Such aliases name the person for Lookup and filters;
// in text, "the Turkish president" is linked by the document instead.
func (g *gazetteer) roleAliases() {
	made := map[string][]int32{}
	for i, e := range g.actors {
		dem := g.dems[e.Affiliation]
		if e.Kind != Person || dem == "" {
			continue
		}
		for _, r := range e.roles {
			if strings.HasPrefix(r, "former") {
				continue
			}
			a := dem + " " + titleCase(r)
			made[a] = append(made[a], int32(i))
		}
	}
	for a, ids := range made {
		if len(ids) != 1 {
			continue // "Ukrainian Foreign Minister": more than one
		}
		key := strings.Join(tokenize(a), " ")
		if _, taken := g.byName[key]; taken {
			continue
		}
		g.byName[key] = ids[0]
		g.actors[ids[0]].Aliases = append(g.actors[ids[0]].Aliases, a)
	}
	for i := range g.actors {
		slices.Sort(g.actors[i].Aliases[min(len(g.actors[i].Aliases), g.actors[i].fixed):])
	}
}

// titleCase capitalizes every word of s: "foreign minister" -> "Foreign Minister".
func titleCase(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// parseTitle parses "title phrase, phrase | role R | head | generic | personal | subject".
func (g *gazetteer) parseTitle(phrases string, fields []string) error {
	t := title{}
	for _, f := range fields {
		key, rest, _ := strings.Cut(strings.TrimSpace(f), " ")
		switch key {
		case "role":
			t.role = strings.TrimSpace(rest)
		case "head":
			t.head = true
		case "personal":
			t.personal = true
		case "generic":
			t.generic = true
		case "subject":
			t.subject = true
		default:
			return fmt.Errorf("unknown title field %q", key)
		}
	}
	list := splitList(phrases)
	if t.role == "" {
		t.role = Fold(list[0])
	}
	if t.head {
		g.heads[t.role] = true
	}
	id := int32(len(g.titles))
	g.titles = append(g.titles, t)
	for _, p := range list {
		g.add(p, titleAlias, -1, -1, id)
	}
	return nil
}

// add indexes one phrase.
func (g *gazetteer) add(phrase string, kind aliasKind, actor, place, title int32) {
	toks := tokenize(phrase)
	if len(toks) == 0 {
		return
	}
	a := alias{toks: toks, kind: kind, actor: actor, place: place, title: title}
	first := []rune(phrase)[0]
	a.upper = first >= 'A' && first <= 'Z' || first > 0x7f && strings.ToLower(string(first)) != string(first)
	letters, uppers := 0, 0
	for _, r := range phrase {
		if r >= 'a' && r <= 'z' {
			letters++
		}
		if r >= 'A' && r <= 'Z' {
			letters++
			uppers++
		}
	}
	a.acronym = kind != titleAlias && uppers >= 2 && uppers == letters
	g.index[toks[0]] = append(g.index[toks[0]], int32(len(g.aliases)))
	g.aliases = append(g.aliases, a)
	if actor >= 0 && kind != cityAlias {
		key := strings.Join(toks, " ")
		if _, dup := g.byName[key]; !dup {
			g.byName[key] = actor
		}
		if k := Fold(phrase); k != key {
			if _, dup := g.byName[k]; !dup {
				g.byName[k] = actor
			}
		}
	}
}

// maxList bounds the aliases matched one by one after a first token: "al" starts too many.
const maxList = 8

// firstBits is the size of the bit set that screens words before the index lookup.
const firstBits = 1 << 16

// hashBytes hashes b (FNV-1a) into [0, firstBits).
func hashBytes(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h % firstBits
}

// splitList splits "a, b, c" into trimmed, non-empty values.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Lookup finds an actor by canonical name or alias, ignoring case and diacritics.
func Lookup(name string) (Actor, bool) {
	g := loadGazetteer()
	key := strings.Join(tokenize(name), " ")
	id, ok := g.byName[key]
	if !ok {
		id, ok = g.byName[Fold(strings.TrimSpace(name))]
	}
	if !ok {
		return Actor{}, false
	}
	return g.actors[id].Actor, true
}

// All returns every actor of the gazetteer, in the order of its data file.
func All() []Actor {
	g := loadGazetteer()
	out := make([]Actor, len(g.actors))
	for i, e := range g.actors {
		out[i] = e.Actor
	}
	return out
}
