package temporal

// Modifiers around an expression: "early 1990", "the end of the year",
// "at least 72 hours".

// hedges are words before an expression that TimeML keeps inside it, with
// the mod they give: "at least 72 hours", "up to 180 days", "around Nov.
// 1".
var hedges = [...]struct {
	words []string
	mod   string
	typ   Type // "" for any type
}{
	{[]string{"at", "least"}, "EQUAL_OR_MORE", ""},
	{[]string{"up", "to"}, "EQUAL_OR_LESS", Duration},
	{[]string{"no"}, "EQUAL_OR_LESS", Duration}, // "no more than sixty days"
	{[]string{"around"}, "APPROX", ""},
	{[]string{"about"}, "APPROX", Time}, // "about 3 a.m.", as "around 3 a.m."
	{[]string{"about"}, "APPROX", Date}, // a year only: "in about 325 BC", "about 1405"
	{[]string{"approximately"}, "APPROX", Time},
	{[]string{"roughly"}, "APPROX", ""},        // "roughly a week", "roughly 3 p.m."
	{[]string{"earlier", "in"}, "START", Date}, // "earlier in the year"
	{[]string{"later", "in"}, "END", Date},
	{[]string{"then"}, "", Date}, // "the then current market price"
	{[]string{"more"}, "", Date}, // "more recently"
	{[]string{"most"}, "", Date},
	{[]string{"per"}, "", Set},                                      // "33 deaths per day"
	{[]string{"just", "under"}, "LESS_THAN", Duration},              // "just under five minutes"
	{[]string{"under"}, "LESS_THAN", Duration},                      // "under a month"
	{[]string{"just"}, "", Duration},                                // "just seven hours"
	{[]string{"a", "further"}, "", Duration},                        // "a further five years"
	{[]string{"at", "least", "another"}, "EQUAL_OR_MORE", Duration}, // "at least another three days"
	{[]string{"another"}, "", Duration},                             // "another 16 years"
	{[]string{"an", "extra"}, "", Duration},                         // "an extra two hours"
	{[]string{"more", "than"}, "MORE_THAN", Duration},               // "more than half an hour"
	{[]string{"longer", "than"}, "MORE_THAN", Duration},             // "closed for longer than a week"
	{[]string{"shorter", "than"}, "LESS_THAN", Duration},
	{[]string{"less", "than"}, "LESS_THAN", Duration},
	{[]string{"the", "extra"}, "", Duration}, // "The extra half hour"
	{[]string{"his", "first"}, "", Duration}, // "his first three years"
	{[]string{"her", "first"}, "", Duration},
	{[]string{"their", "first"}, "", Duration},
	{[]string{"its", "first"}, "", Duration},
}

// hedge returns where the expression m found at token i starts once a
// hedge before it is taken in, and sets its mod.
func (p *parser) hedge(i int, m *match) int {
	if i == 0 || p.t(i-1).kind != tWord {
		return i // every hedge ends with a word
	}
	if i >= 2 && m.typ == Duration && p.is(i-1, "little") && p.key(i-2, kA) && (p.key(i, kMore) || p.key(i, kLess) || p.key(i, kOver) || p.is(i, "under")) {
		return i - 2 // "a little more than a month", "a little over two hours"
	}
	if m.typ == Duration && p.isAny(i-1, "first", "last") && p.isAny(i-2, "in", "for", "over", "during") && (p.t(i).kind == tNum || p.cls(i, cNumber)) {
		return i - 1 // a headline's "retail sales pick up in first two months"
	}
	if m.typ == Duration && p.is(i-1, "well") && (p.key(i, kOver) || p.key(i, kMore) || p.key(i, kLess) || p.is(i, "under")) {
		return i - 1 // "for well over a century"
	}
	if m.typ == Duration && (p.is(i-1, "of") || p.is(i-1, "as")) {
		// "a minimum of six months", "the best part of two years", "out by
		// as much as 30 minutes"
		switch {
		case p.is(i-1, "of") && p.is(i-2, "minimum") && p.key(i-3, kA):
			m.mod = "EQUAL_OR_MORE"
			return i - 3
		case p.is(i-1, "of") && p.is(i-2, "part") && p.isAny(i-3, "best", "better") && p.key(i-4, kThe):
			if m.mod == "" {
				m.mod = "APPROX"
			}
			return i - 4
		case p.is(i-1, "as") && p.is(i-2, "much") && p.is(i-3, "as"):
			m.mod = "EQUAL_OR_LESS"
			return i - 3
		}
		return i
	}
	// The (length, first letter) of every hedge's last word.
	switch t := p.t(i - 1); uint32(t.end-t.start)<<8 | uint32(t.c|0x20) {
	case 7<<8 | 'a', 5<<8 | 'e', 5<<8 | 'l', 2<<8 | 't', 2<<8 | 'n', 6<<8 | 'a', 2<<8 | 'i', 4<<8 | 't', 4<<8 | 'm', 3<<8 | 'p', 5<<8 | 'a', 13<<8 | 'a', 7<<8 | 'r',
		5<<8 | 'u', 4<<8 | 'j', 7<<8 | 'f', 5<<8 | 'f':
	default:
		return i
	}
	prevEnd := int32(-1)
	if n := len(p.out); n > 0 {
		prevEnd = int32(p.out[n-1].End)
	}
	for _, h := range hedges {
		k := i - len(h.words)
		if !p.is(i-1, h.words[len(h.words)-1]) || k < 0 || p.t(k).start < prevEnd || h.typ != "" && m.typ != h.typ {
			continue
		}
		ok := true
		for n, w := range h.words {
			if !p.is(k+n, w) {
				ok = false
				break
			}
		}
		if !ok || (h.words[0] == "no" && !p.key(i, kMore) && !p.key(i, kLess)) {
			continue
		}
		if h.words[0] == "around" && p.punct(m.end, '\'') && p.is(m.end+1, "s") {
			continue // "get around Wednesday's ruling": the date is a possessive
		}
		if h.words[0] == "at" && (m.typ == Date || m.typ == Time) {
			// "since at least mid-March", "through at least Labor Day":
			// the news sets mostly leave the hedge of a date outside.
			continue
		}
		if h.words[0] == "per" && !p.cls(i, cUnit) {
			continue
		}
		if h.words[0] == "about" && h.typ == Time && !(p.t(i).kind == tNum || p.cls(i, cNumber) || p.isAny(i, "noon", "midnight", "half", "quarter")) {
			continue // "the truth about that night": a topic, no hedge
		}
		if h.words[0] == "about" && h.typ == Date && !(p.t(i).kind == tNum && p.t(i).ndig >= 3 && (len(m.value) == 4 && m.value[0] != 'X' || len(m.value) == 6 && m.value[:2] == "BC") && p.aboutYear(k)) {
			continue // not "still talks about 2003", a day or a month
		}
		if h.words[0] == "up" && p.isAny(k-1, "adds", "add", "added") && p.is(m.end, "of") {
			continue // "adds up to three hours of listening": a sum, not a bound
		}
		if h.words[0] == "just" && len(h.words) == 1 && !(p.t(i).kind == tNum || p.cls(i, cNumber) || p.key(i, kOver) && m.typ == Duration && p.agoWord(m.end) == 0) {
			continue // "just seven hours", "just over two years"; TimeBank leaves "just" out of "Just over an hour later"
		}
		if h.words[len(h.words)-1] == "further" && (p.punct(m.end-1, '-') || p.punct(i+1, '-')) {
			continue // "a further six-month extension": the adjective alone
		}
		if len(h.words) == 2 && h.words[1] == "in" && (!(p.key(i, kThe) && p.cls(i+1, cUnit) && m.rel) || p.is(i+1, "day")) {
			continue // only "earlier in the year", "later in the month"; "earlier in [the day]"
		}
		if (h.words[0] == "more" || h.words[0] == "most") && len(h.words) == 1 && !p.key(i, kRecently) {
			continue
		}
		if h.words[0] == "then" {
			if !p.key(i, kCurrent) {
				continue
			}
			m.value = "PAST_REF" // the present of a past time
		}
		if h.mod != "" && (m.mod == "" || h.words[0] == "no") {
			m.mod = h.mod
		}
		return k
	}
	return i
}

// prefixed matches a modifier followed by a date expression: "early
// 1990", "the end of the year", "mid-November", "the late 1970s".
func (p *parser) prefixed(i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cKey {
		return false
	}
	j := i
	if t.lx.val() == kThe {
		j++
	}
	t = p.t(j)
	if t.kind != tWord || t.lx.cls != cKey {
		return false
	}
	if j == i && (t.lx.val() == kLate || t.lx.val() == kEarly) && p.isAny(i-1, "work", "works", "worked", "working", "stay", "stays", "stayed", "staying", "sit", "sits", "sat", "sleep", "sleeps", "slept", "run", "runs", "ran", "running", "up") {
		return false // "planned to work late tonight": how they work, not when tonight
	}
	if j == i && (t.lx.val() == kLate || t.lx.val() == kLater || t.lx.val() == kEarlier) && p.spanLate(i) {
		return false // "transplanting three weeks late this year"
	}
	mod, of := "", false
	switch t.lx.val() {
	case kEarlier, kLater:
		// "earlier yesterday", "later this afternoon": only before a day
		// word or a part of the day ("earlier this month" is the
		// relative rule's, "earlier Friday" keeps the weekday alone).
		if j != i || !p.key(j+1, kYesterday) && !p.key(j+1, kToday) && !p.key(j+1, kTomorrow) && !p.key(j+1, kTonight) && !(p.key(j+1, kThis) && p.cls(j+2, cPart)) {
			return false
		}
		mod = "START"
		if t.lx.val() == kLater {
			mod = "END"
		}
	case kEarly:
		mod = "START"
	case kLate:
		mod = "END"
	case kMid:
		mod = "MID"
	case kEnd:
		mod, of = "END", true
	case kBeginning, kStart:
		mod, of = "START", true
	case kMiddle:
		mod, of = "MID", true
	default:
		return false
	}
	j++
	if of && t.lx.val() == kEnd && j == i+1 && p.punct(j, '-') && p.adj(j) && p.adj(j+1) && p.cls(j+1, cMonth) && p.t(j+1).cap {
		of = false // "rolls over output cuts to end-March": the month's end
	}
	if of {
		if !p.is(j, "of") {
			return false
		}
		j++
	}
	if p.punct(j, '-') && p.adj(j) {
		j++
		if mod == "MID" && p.is(j, "autumn") && p.t(j).cap && p.t(j-2).cap {
			return false // the "Mid-Autumn Festival", a holiday
		}
	}
	// "mid-afternoon", "mid-afternoon yesterday": a part of the day.
	if mod == "MID" && !of && j > i && p.cls(j, cPart) && !p.t(j).lx.plural && p.t(j).lx.val() <= pNight {
		days, end := 0, j+1
		switch {
		case p.key(end, kYesterday):
			days, end = -1, end+1
		case p.key(end, kToday):
			end++
		case p.key(end, kTomorrow):
			days, end = 1, end+1
		}
		*out = p.dayPart(end, days, p.t(j).lx.val(), true)
		if end == j+1 {
			// "By mid-afternoon the gauge had recorded 118mm": of the day
			// just told, as "by the afternoon" is.
			if day, ok := p.partDay(i, 1e6); ok {
				out.value = day + "T" + partCode[p.t(j).lx.val()]
			}
		}
		out.mod = mod
		return true
	}
	// "the end of the year", "the start of the month": the current one.
	if of && p.key(j, kThe) && p.cls(j+1, cUnit) && !p.t(j+1).lx.plural {
		if u := p.t(j + 1).lx.val(); u == uYear || u == uMonth || u == uWeek || u == uQuarter || u == uDecade || u == uCentury {
			base, ok := p.base()
			if !ok {
				return false
			}
			if a := p.anchor; (u == uDecade || u == uYear) && p.hasAnc && a.y != noYear && a.g >= gMonth && p.hasDCT && p.dct.Year()-a.y >= 10 && !p.ref.Narrative && p.withinSentences(p.ancEnd-1, i, 2) && p.tense(i) < 0 {
				// "He arrived in the spring of 1956. By the end of the decade
				// he was a regular": the decade of the story just told.
				base = a.time()
			}
			pt := at(base, unitGran(u))
			*out = match{end: j + 2, typ: Date, value: pt.String(), mod: mod, rel: true}
			return true
		}
	}
	if j > i+1 && p.key(j, kDecade) && (mod == "START" || mod == "MID" || mod == "END") && !of && p.decadeWord(j-1, out) {
		out.mod = mod // "the mid-Seventies", "the early sixties"
		return true
	}
	if !p.best(j, out) || out.typ != Date && !(out.typ == Time && (p.key(i, kEarlier) || p.key(i, kLater) || j == i+1 && (mod == "START" || mod == "END") && partOfDay(out.value))) || out.value == "PRESENT_REF" || out.value == "PAST_REF" || out.value == "FUTURE_REF" {
		return false
	}
	if out.mod == "" && !p.is(out.end-1, "holiday") { // not "the early May bank holiday"
		out.mod = mod
	}
	return true
}

// partOfDay reports a TIME value that names a part of a day, "2024-07-24TNI",
// which "late" or "early" can narrow ("late tonight", "early Wednesday
// afternoon"), unlike a clock time.
func partOfDay(v string) bool {
	n := len(v)
	if n < 4 || v[n-3] != 'T' {
		return false
	}
	switch v[n-2:] {
	case "MO", "AF", "EV", "NI":
		return true
	}
	return false
}

// aboutYear reports "about" at k that hedges a year, not a topic: after
// a preposition of time ("in about 325 BC", "until about 2014") or a
// participle that dates ("founded about 1910").
func (p *parser) aboutYear(k int) bool {
	if p.isAny(k-1, "in", "from", "until", "till", "since", "by", "to", "before", "after", "c") || p.punct(k-1, ',') || p.punct(k-1, '(') {
		return true
	}
	w := p.word(k - 1)
	return p.t(k-1).kind == tWord && len(w) > 4 && w[len(w)-2:] == "ed" && !p.isAny(k-1, "talked", "asked", "worried", "cared", "joked", "complained", "argued", "wondered", "learned", "speculated", "reminded", "warned", "boasted")
}
