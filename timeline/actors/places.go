package actors

import "strings"

// Places are where something happens: "in Moscow", "near Djibo", "the town of Minova".
// A known capital or country is a place only after such a preposition; an unknown name is
// one when the context says so plainly.

// placePrepositions make a following capital or country a place. "to" does so only after a
// word of motion ("travelled to Beijing", not "closer to Russia"), and "from" never does:
// "peacekeepers from Malawi" says where they come from, not where the news happened.
var placePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "into": true,
	"toward": true, "towards": true, "across": true, "throughout": true, "within": true,
	"around": true, "via": true, "visited": true, "visit": true, "visiting": true,
	"reached": true, "entered": true, "left": true,
}

// motions are the words after which "to" leads to a place.
var motions = map[string]bool{
	"travel": true, "travels": true, "traveled": true, "travelled": true, "traveling": true,
	"travelling": true, "trip": true, "trips": true, "visit": true, "visits": true, "flew": true,
	"fly": true, "flies": true, "flying": true, "flown": true, "went": true, "go": true,
	"goes": true, "going": true, "gone": true, "came": true, "come": true, "comes": true,
	"coming": true, "returned": true, "return": true, "returns": true, "returning": true,
	"journey": true, "headed": true, "heading": true, "relocated": true, "deployed": true,
	"fled": true, "flee": true, "fleeing": true, "escaped": true, "evacuated": true,
	"back": true, "way": true, "moved": true, "arrival": true, "on": true, "advance": true,
	"advanced": true, "advancing": true, "march": true, "marched": true, "marching": true,
	"push": true, "pushed": true, "pushing": true, "move": true, "moving": true, "sailed": true,
	"drove": true, "driven": true, "taken": true, "transferred": true, "extradited": true,
	"deported": true,
}

// directions may stand between a preposition and a place: "in northern Shan State".
var directions = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true,
}

// placeBefore reports whether the words before token i make it a place: a preposition,
// then optionally "the" and a direction ("in the northern Gaza Strip", "in eastern Ukraine").
func (s *scanner) placeBefore(i int) bool {
	c := s.cueAt(i - 1)
	if c&cueDirection != 0 {
		i = s.skipDirection(i)
		c = s.cueAt(i - 1)
	} else if c&cueThe != 0 {
		i--
		c = s.cueAt(i - 1)
	}
	switch {
	case c&cueKnown != 0:
		return true
	case c&cueTo == 0:
		return false
	}
	// "to" leads to a place after a word of motion.
	if i < 2 || !s.z.toks[i-2].word {
		return false
	}
	switch v := s.fold(i - 2); v {
	case "and", "or":
		// "push on to Bukavu and to Kinshasa": as the place before.
		n := len(s.places)
		return n > 0 && i > 2 && s.places[n-1].End == int(s.z.toks[i-3].end)
	default:
		return motions[v]
	}
}

// cueAt returns the cues of token k (0 for none, or for no word).
func (s *scanner) cueAt(k int) uint8 {
	if k < 0 {
		return 0
	}
	t := s.z.toks[k]
	if !t.word {
		return 0
	}
	return cues[string(s.z.folded[t.fstart:t.fend])]
}

// skipDirection returns the first token of the direction words and "the" right before
// token i ("the north-eastern"), or i.
func (s *scanner) skipDirection(i int) int {
	toks := s.z.toks
	if s.cueAt(i-1)&cueDirection != 0 {
		i--
		if i > 1 && s.is(i-1, "-") && !toks[i-1].space && !toks[i].space && s.cueAt(i-2)&cueDirection != 0 {
			i -= 2 // "north-eastern"
		}
	}
	if s.is(i-1, "the") {
		i--
	}
	return i
}

// viewWords follow a possessive capital that stands for its government: "in Washington's
// view", "in Moscow's favour".
var viewWords = map[string]bool{
	"view": true, "views": true, "eyes": true, "opinion": true, "favour": true, "favor": true,
	"interest": true, "interests": true, "calculus": true, "calculations": true, "thinking": true,
	"hands": true, "assessment": true, "estimation": true, "mind": true, "judgment": true,
	"judgement": true, "words": true, "position": true, "stance": true, "response": true,
}

// viewAfter reports whether tokens from end read "'s view" (see viewWords).
func (s *scanner) viewAfter(end int) bool {
	return s.is(end, "'") && s.is(end+1, "s") && end+2 < len(s.z.toks) && viewWords[s.fold(end+2)]
}

// dateline reports whether the upper-case city at tokens [i, end) opens a dateline:
// "KYIV, March 22 (Reuters) -", "TAIPEI --", "WASHINGTON (AP) —".
func (s *scanner) dateline(i, end int) bool {
	if !s.z.toks[i].allUpper || end >= len(s.z.toks) || s.z.toks[end].word {
		return false
	}
	switch s.fold(end) {
	case ",", "(", "-", "\u2014", "\u2013":
		return true
	}
	return false
}

// nameBefore reports whether token i continues a name: a capitalized word before it that
// is not known and does not start a sentence ("Boureima Hama / AFP").
func (s *scanner) nameBefore(i int) bool {
	toks := s.z.toks
	if i == 0 || !toks[i-1].word || !toks[i-1].upper || !toks[i].space || s.sentenceStart(i-1) {
		return false
	}
	if n := len(s.items); n > 0 && s.items[n-1].end == i {
		return false // "Israeli Gaza", "UN Gaza": a known word
	}
	w := s.fold(i - 1)
	return !notNames[w] && !directions[w] && !placePrepositions[w]
}

// sentenceStart reports whether token i starts a sentence, a line or the text.
func (s *scanner) sentenceStart(i int) bool {
	if i == 0 || s.lineBreak(i) {
		return true
	}
	switch s.fold(i - 1) {
	case ".", "!", "?", ":", "\"", "\u201c", "(", "\u2014", "-", "\u2013":
		return true
	}
	return false
}

// Cues before an unknown capitalized word that make it a place.
const (
	cuePrep      = 1 << iota // "in", "near": where something happens, even for an unknown name
	cueKnown                 // a place preposition for a known place: see placePrepositions
	cueTo                    // "to": see motions
	cueOf                    // "of", after a place noun: "the town of Minova"
	cueDirection             // "northern": see directions
	cueThe                   // "the"
	cueNoun                  // "town", "village": see placeNouns
)

// cues classifies the words that may lead to a place; other words have no entry.
var cues = func() map[string]uint8 {
	m := map[string]uint8{"in": cuePrep, "near": cuePrep, "outside": cuePrep, "inside": cuePrep,
		"around": cuePrep, "of": cueOf, "the": cueThe, "to": cueTo}
	for w := range placePrepositions {
		m[w] |= cueKnown
	}
	for w := range directions {
		m[w] |= cueDirection
	}
	for w := range placeNouns {
		m[w] |= cueNoun
	}
	return m
}()

// placeNouns name a kind of place: "the town of X", "X, a village near ...".
var placeNouns = map[string]bool{
	"town": true, "city": true, "village": true, "region": true, "province": true,
	"district": true, "port": true, "island": true, "islands": true, "governorate": true,
	"oblast": true, "county": true, "municipality": true, "suburb": true, "neighbourhood": true,
	"neighborhood": true, "settlement": true, "hamlet": true, "commune": true, "prefecture": true,
	"township": true, "enclave": true, "state": true, "area": true, "camp": true, "towns": true,
	"villages": true, "cities": true, "locality": true, "outpost": true, "base": true,
}

// placeFollowers are lower-case words that may follow a place name after a preposition
// ("in Djibo on Friday", "in Ryazan region"); an adjective is followed by its noun instead
// ("in Sunni areas"), so other words make the name no place.
var placeFollowers = map[string]bool{
	"on": true, "in": true, "at": true, "and": true, "or": true, "near": true, "where": true,
	"which": true, "that": true, "last": true, "this": true, "earlier": true, "late": true,
	"early": true, "since": true, "after": true, "before": true, "during": true, "for": true,
	"from": true, "to": true, "with": true, "as": true, "when": true, "while": true, "by": true,
	"amid": true, "over": true, "until": true, "overnight": true, "today": true,
	"yesterday": true, "tonight": true, "killed": true, "was": true, "were": true, "is": true,
	"are": true, "has": true, "have": true, "had": true, "said": true, "says": true,
	"province": true, "region": true, "district": true, "oblast": true, "governorate": true,
	"state": true, "county": true, "city": true, "town": true, "village": true, "area": true,
	"the": true, "following": true, "about": true, "some": true, "left": true, "wounded": true,
	"injured": true, "against": true, "late-night": true, "under": true, "between": true,
}

// placeStops are words that do not belong to an unknown place name after "in": languages,
// faiths, feasts, seasons, institutions and the like ("in Parliament", "in Arabic").
var placeStops = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		english arabic hebrew farsi persian urdu hindi kurdish pashto dari swahili latin
		mandarin cantonese amharic tigrinya hausa korean tamil bengali punjabi
		islam christianity judaism god allah christ jesus muslim muslims christian christians
		jewish sunni shia shiite catholic orthodox protestant
		ramadan eid christmas easter lent passover hanukkah diwali thanksgiving nowruz tet
		advent halloween spring summer autumn fall winter covid covid-19 q1 q2 q3 q4
		parliament congress senate court courts assembly council ministry department
		government committee commission party office agency army navy police company bank
		fund union league alliance coalition movement brigade brigades forces corps service
		network times post news journal magazine tribune guardian telegraph herald review
		daily channel television tv radio press media foundation institute university
		college school law act bill treaty accord accords agreement plan initiative program
		programme operation summit conference forum games cup olympics championship war
		revolution crisis photos pictures brief depth focus full total particular general
		addition fact turn short response return contrast practice theory principle public
		private person part order english-language house chamber cabinet administration
		regime junta military group inc ltd corp airlines airways motors bbc cnn reuters ap
		afp al-jazeera twitter facebook instagram telegram youtube tiktok google apple
		microsoft amazon netflix x
		western eastern northern southern central north south east west arab european african
		asian islamic islamist kurds american soviet
	`) {
		m[w] = true
	}
	return m
}()

// nonPlaceHeads are words before "in" that make what follows no place: "interest in",
// "wrote in".
var nonPlaceHeads = map[string]bool{
	"interest": true, "interests": true, "interested": true, "confidence": true, "faith": true,
	"trust": true, "belief": true, "believe": true, "believed": true, "believes": true,
	"invest": true, "invested": true, "investing": true, "investment": true,
	"investments": true, "stake": true, "stakes": true, "role": true, "involved": true,
	"involvement": true, "participate": true, "participated": true, "participating": true,
	"participation": true, "engaged": true, "expert": true, "experts": true,
	"specialist": true, "published": true, "wrote": true, "written": true, "writing": true,
	"quoted": true, "column": true, "article": true, "editorial": true, "op-ed": true,
	"fluent": true, "translated": true, "speaks": true, "dubbed": true, "reported": true,
}

// unknownPlace handles a capitalized word the gazetteer lacks at token i: when the context
// makes it a place ("in Djibo", "the town of Minova", "Laukkai, a town on the border"), it
// records the place and returns the token after it; otherwise it returns i+1.
func (s *scanner) unknownPlace(i int) int {
	toks := s.z.toks
	if i == 0 {
		return i + 1
	}
	p := toks[i-1]
	var c uint8
	if p.word {
		c = cues[string(s.z.folded[p.fstart:p.fend])]
		if c == 0 {
			if p.upper {
				return i + 1 // inside a run of capitalized words
			}
			return s.appositivePlace(i)
		}
	} else {
		return s.appositivePlace(i)
	}
	// "the town of Minova", "the southern Lebanese town of Kfar Kila".
	if c&cueOf != 0 {
		if s.cueAt(i-2)&cueNoun == 0 {
			return i + 1
		}
		end, ok := s.placeRun(i)
		if !ok {
			return i + 1
		}
		country := ""
		if n := len(s.items); n > 0 && !s.items[n-1].dropped && s.items[n-1].end == i-2 && s.items[n-1].kind == demonymAlias {
			country = s.g.actors[s.items[n-1].actor].Name
		}
		return s.addUnknownPlace(i, end, country)
	}
	// "in Djibo", "in the Sahel", "in northern Shan State".
	j := s.skipDirection(i)
	if s.cueAt(j-1)&cuePrep == 0 {
		return i + 1
	}
	if j > 1 && toks[j-2].word && nonPlaceHeads[s.fold(j-2)] {
		return i + 1
	}
	end, ok := s.placeRun(i)
	if !ok || !s.placeFollows(end) {
		return i + 1
	}
	return s.addUnknownPlace(i, end, "")
}

// appositivePlace recognizes "Laukkai, a town on the Chinese border" at token i, the start
// of a run of capitalized words.
func (s *scanner) appositivePlace(i int) int {
	toks := s.z.toks
	// A cheap look for the comma first: most capitalized words are not followed by one.
	k := i + 1
	for k < len(toks) && k < i+8 && (toks[k].word && toks[k].upper || s.is(k, "-")) {
		k++
	}
	if !s.is(k, ",") || !(s.is(k+1, "a") || s.is(k+1, "an")) {
		return i + 1
	}
	end, ok := s.placeRun(i)
	if !ok || end != k {
		return i + 1
	}
	for n := k + 2; n < len(toks) && n < k+5 && toks[n].word && !toks[n].upper; n++ {
		if placeNouns[s.fold(n)] {
			return s.addUnknownPlace(i, end, "")
		}
	}
	return i + 1
}

// placeRun returns the end of the capitalized name at token i ("Kfar Kila", "Luang
// Prabang", "Shan State", "North Kivu") and whether it may be an unknown place: not known
// to the gazetteer, not an acronym, no stop word, no lone direction ("in West").
func (s *scanner) placeRun(i int) (int, bool) {
	end, words := s.placeWords(i)
	if words == 1 && directions[s.fold(i)] {
		return i, false
	}
	return end, words > 0
}

// placeWords returns the end and the number of words of the capitalized run at token i
// that may name a place, or no words.
func (s *scanner) placeWords(i int) (end, words int) {
	toks := s.z.toks
	end = i
	for k := i; k < len(toks) && words < maxNameWords; {
		t := toks[k]
		f := string(s.z.folded[t.fstart:t.fend])
		switch {
		case t.word && t.upper:
			if k > i && (t.space && s.lineBreak(k) || notNames[f]) {
				return end, words
			}
			if k > i {
				if id, _ := s.match(k); id >= 0 {
					return end, words // "Eastern Ukraine": the known name is the place
				}
			}
			if notNames[f] || placeStops[f] && !directions[f] || t.allUpper && t.end-t.start > 1 {
				return i, 0
			}
			words++
			k++
			end = k
		case t.word && particles[f] && words > 0 && k+1 < len(toks) && (toks[k+1].upper || s.is(k+1, "-")):
			k++
		case !t.word && f == "-" && !t.space && words > 0 && k+1 < len(toks) && toks[k+1].word && !toks[k+1].space && toks[k+1].upper:
			k++ // "Ain-Issa": the next round counts the word
		default:
			return end, words
		}
	}
	return end, words
}

// placeFollows reports whether what follows token end lets the name before it be a place:
// the end of the text, punctuation other than a possessive or a hyphen, or a word of
// placeFollowers.
func (s *scanner) placeFollows(end int) bool {
	toks := s.z.toks
	if end >= len(toks) {
		return true
	}
	t := toks[end]
	f := string(s.z.folded[t.fstart:t.fend])
	if !t.word {
		switch f {
		case "'", "-", "/", "&", "@":
			return false
		}
		return true
	}
	return !t.upper && placeFollowers[f]
}

// addUnknownPlace records tokens [i, end) as a place the gazetteer lacks, extended by
// ", Country" ("Djibo, Burkina Faso"), unless it is a person named in the document. It
// returns the token after the place.
func (s *scanner) addUnknownPlace(i, end int, country string) int {
	toks := s.z.toks
	start, stop := int(toks[i].start), int(toks[end-1].end)
	name := s.text[start:stop]
	if s.peopleBy != nil {
		if _, ok := s.peopleBy[Fold(name)]; ok {
			return end
		}
		if _, ok := s.peopleBy["surname:"+Fold(name)]; ok {
			return end
		}
	}
	// "Ryazan Oblast", "Idlib Governorate": the name without its kind.
	if end-i > 1 && divisions[s.fold(end-1)] {
		name = s.text[start:int(toks[end-2].end)]
	}
	if s.is(end, ",") && end+1 < len(toks) {
		if id, e := s.match(end + 1); id >= 0 {
			b := &s.g.aliases[id]
			// "Djibo, Burkina Faso," but not "in the Red Sea, U.S. and British officials".
			if b.kind == akaAlias && s.g.actors[b.actor].Kind == Country && (e == len(toks) || !toks[e].word && !s.is(e, "'") && !s.is(e, "-")) {
				country = s.g.actors[b.actor].Name
				end = e
				stop = int(toks[end-1].end)
			}
		}
		if e := s.usState(end, true); country == "" && e > end {
			country, end = "United States", e // "Buffalo, N.Y."
			stop = int(toks[end-1].end)
		}
	}
	s.places = append(s.places, Place{Start: start, End: stop, Text: s.text[start:stop], Name: name, Country: country})
	return end
}
