// Package actors recognizes the people, countries, organizations and groups named in text.
//
// Recognition runs over folded word tokens (lower case, no diacritics) against an embedded
// gazetteer (gazetteer.txt), adds people introduced by a title ("spokesman Dmitry Peskov",
// "President X") or named the Korean and Chinese way ("Moon Jae-in") and organizations
// defined by their acronym ("the Alliance for Change (AFC)"), and links later references in
// the same document ("Assad", "the Syrian president", "the AFC") to the actor named earlier. It also reports the places a text names ("in
// Moscow"), so that a capital used as a place is not mistaken for its government.
package actors

// Kind is the kind of an actor.
type Kind string

// The kinds of actors.
const (
	Person       Kind = "person"
	Country      Kind = "country"
	Organization Kind = "organization"
	Group        Kind = "group"
)

// Actor is a person, country, organization or armed group.
type Actor struct {
	Name        string   // canonical: "Recep Tayyip Erdoğan"
	Kind        Kind     // person, country, organization or group
	Aliases     []string // "Erdogan", "Turkish President", ...; shared, do not modify
	Affiliation string   // canonical name of the country or organization: "Turkey"
}

// Mention is one reference to an actor in a text.
type Mention struct {
	Start, End int    // byte offsets into the text given to Find; text[Start:End] == Text
	Text       string // the words of the text that name the actor
	Actor      Actor  // gazetteer entry, or a person recognized from title or context
}

// Place is a place named in a text, such as "Moscow" in "met in Moscow".
type Place struct {
	Start, End int    // byte offsets into the text; text[Start:End] == Text
	Text       string // "Moscow, Russia"
	Name       string // canonical: "Moscow"
	Country    string // canonical name of its country: "Russia"
}

// Result is what Scan finds in one document.
type Result struct {
	Mentions []Mention // in text order
	Places   []Place   // in text order
}

// Find returns the actor mentions of a whole document, in order, with in-document linking
// (a later "Assad" or "the Syrian president" resolves to the earlier "Bashar al-Assad").
func Find(text string) []Mention {
	return Scan(text).Mentions
}

// FindPlaces returns the places a document names, in order. A capital is a place after a
// preposition ("in Moscow") and an actor otherwise ("Moscow said"), where Find reports it.
func FindPlaces(text string) []Place {
	return Scan(text).Places
}

// Scan returns both the actor mentions and the places of a document in one pass.
func Scan(text string) Result {
	var s Scanner
	return s.Scan(text)
}

// Scanner scans documents one after another, reusing its buffers. The zero value is ready
// to use. A Scanner is not safe for concurrent use: give each goroutine its own.
type Scanner struct {
	z       tokenizer
	items   []item // buffers of the last document, reused
	spare   []item
	covered []bool
}

// Scan returns the actor mentions and places of a document, like the function Scan.
func (sc *Scanner) Scan(text string) Result {
	s := scanner{g: loadGazetteer(), text: text, z: sc.z, items: sc.items[:0], spare: sc.spare, covered: sc.covered}
	s.z.run(text)
	s.scan()
	s.link()
	r := s.result()
	sc.z, sc.items, sc.spare, sc.covered = s.z, s.items, s.spare, s.covered
	if cap(sc.z.toks) > maxKeptTokens {
		*sc = Scanner{} // do not pin the buffers of one huge document
	}
	return r
}

// maxKeptTokens bounds the token buffer a Scanner keeps between documents.
const maxKeptTokens = 1 << 16
