package temporal

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Rules for quantities of time: "two years ago", "the past three months",
// "a decade", "several years", "every week".

// numberAt reads a count at i: "3", "three", "twenty-five", "a", "several"
// (n = -1 for unknown counts).
// groupedNumber reads a whole number written with thousands commas,
// "12,000", up to 999,999,999.
func groupedNumber(w string) (int, bool) {
	groups := strings.Split(w, ",")
	if len(groups) < 2 || len(groups) > 3 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return 0, false
	}
	n := 0
	for k, g := range groups {
		if k > 0 && len(g) != 3 {
			return 0, false // not "3,20,000" (Indian grouping) nor "1,5"
		}
		for i := 0; i < len(g); i++ {
			if g[i] < '0' || g[i] > '9' {
				return 0, false
			}
			n = 10*n + int(g[i]-'0')
		}
	}
	return n, true
}

func (p *parser) numberAt(i int) (n, next int, ok bool) {
	t := p.t(i)
	switch {
	case t.kind == tNum && !t.sep && t.ndig <= 4:
		if i > 0 && p.adj(i) && (p.punct(i-1, '$') || p.t(i-1).kind == tWord) {
			return 0, i, false
		}
		return t.number(), i + 1, true
	case t.kind == tNum && t.sep:
		// "12,000 years ago", "for 4,500 years", "about 1,400 hours of
		// care": a grouped count of years or of a plural unit; other
		// grouped numbers are money, people or measures.
		if u := p.t(i + 1); u.kind != tWord || u.lx.cls != cUnit || !(u.lx.v == uYear || u.lx.plural && u.lx.v != uQuarter && u.lx.v != uHalf && u.lx.v != uWeekend) || p.adj(i) {
			return 0, i, false
		}
		if n, ok := groupedNumber(p.word(i)); ok {
			return n, i + 1, true
		}
		return 0, i, false
	case t.kind != tWord:
		return 0, i, false
	case t.lx.cls == cNumber:
		n = t.lx.val()
		next = i + 1
		if n >= 20 && n%10 == 0 && p.punct(next, '-') && p.cls(next+1, cNumber) && p.t(next+1).lx.val() < 10 {
			n += p.t(next + 1).lx.val()
			next += 2
		} else if n >= 20 && n%10 == 0 && p.cls(next, cNumber) && p.t(next).lx.val() < 10 && p.t(next).lx.val() > 0 {
			n += p.t(next).lx.val()
			next++
		}
		return p.hundreds(n, next)
	case t.lx.cls == cKey:
		switch t.lx.val() {
		case kA, kAn:
			if p.key(i+1, kHundred) || p.key(i+1, kThousand) {
				return p.hundreds(1, i+1) // "a hundred years"
			}
			if p.key(i+1, kFew) || p.key(i+1, kCouple) && p.is(i+2, "of") {
				if p.key(i+1, kCouple) {
					return 2, i + 3, true
				}
				return -1, i + 2, true
			}
			return 1, i + 1, true
		case kSeveral, kFew, kMany, kSome:
			return -1, i + 1, true
		case kHundred, kThousand:
			if p.is(i-1, "another") {
				return p.hundreds(1, i) // "for another hundred years"
			}
		case kCouple:
			if p.is(i+1, "of") {
				return 2, i + 2, true // "the next couple of years"
			}
		}
	}
	return 0, i, false
}

// hundreds multiplies a count n read before next by "hundred" or
// "thousand" there: "two thousand years".
func (p *parser) hundreds(n, next int) (int, int, bool) {
	if t := p.t(next); t.kind != tWord || t.lx.cls != cKey {
		return n, next, true
	}
	switch {
	case p.key(next, kHundred):
		return n * 100, next + 1, true
	case p.key(next, kThousand):
		return n * 1000, next + 1, true
	}
	return n, next, true
}

// unitAt reads a unit of time at i, also the hyphenated adjective form
// "two-year".
func (p *parser) unitAt(i int) (u int, plural bool, next int, ok bool) {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cUnit {
		return 0, false, i, false
	}
	return t.lx.val(), t.lx.plural, i + 1, true
}

// unitWithin reports whether a word that can count time follows i
// closely enough for ruleQuantity to match there: a unit ("years"), a part
// of the day ("nights"), a season ("summers") or an abbreviation ("hr",
// "min"). Most numbers in news count money or people, and this test lets
// the rule give up on them at once. The longest reach the rule needs is
// "more than two and a half years", six tokens.
func (p *parser) unitWithin(i int) bool {
	for k := i; k <= i+quantityReach; k++ {
		t := p.t(k)
		if t.kind != tWord {
			continue
		}
		switch t.lx.cls {
		case cUnit, cPart, cSeason:
			return true
		}
		if n := t.end - t.start; n <= 3 && (t.c|0x20 == 'h' || t.c|0x20 == 'm') || n == 7 && p.text[t.end-1] == 's' {
			return true // "2h", "3 hr", "5 min", "12m ago", "nine seasons", "three winters ago"
		}
	}
	return false
}

// quantityReach is how many tokens past its start unitWithin looks.
const quantityReach = 8

// ruleQuantity: "two years ago", "three days later", "two years", "a
// decade", "the past three months", "the first nine months", "two-year".
// ageOfThings reads at j a span of years too long for a person's age, as
// the age of things is told: "3.5 billion years", "a 4,500-year-old bow",
// "13.8 billion years old", "the 200-year-old oak". People's ages ("a
// 77-year-old farmer") are no timexes.
func (p *parser) ageOfThings(j int) (string, int, bool) {
	t, nx := p.t(j), p.t(j+1)
	if t.kind != tNum {
		return "", j, false
	}
	switch nx.kind {
	case tPunct:
		if nx.c != '-' {
			return "", j, false
		}
	case tWord:
		if nx.lx.cls == cUnit && (nx.lx.v != uYear || !nx.lx.plural) || nx.lx.cls != cUnit && nx.end-nx.start != 7 {
			return "", j, false // not "years", "million" or "billion"
		}
	default:
		return "", j, false
	}
	if p.adj(j) && p.t(j-1).kind != tPunct {
		return "", j, false
	}
	k, mult := j+1, 1.0
	switch {
	case p.is(k, "million") && !p.adj(k):
		k, mult = k+1, 1e6
	case p.is(k, "billion") && !p.adj(k):
		k, mult = k+1, 1e9
	}
	e := k
	switch {
	case p.is(k, "years") && !p.adj(k):
		e = k + 1
		if p.is(e, "old") {
			e++
		}
	case p.punct(k, '-') && p.adj(k) && p.is(k+1, "year") && p.punct(k+2, '-') && p.is(k+3, "old"):
		e = k + 4
	default:
		return "", j, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(p.word(j), ",", ""), 64)
	if err != nil {
		return "", j, false
	}
	years := math.Round(f * mult)
	if years <= 130 || mult == 1 && e == k+1 || years >= 1e15 {
		return "", j, false // "for 4,500 years" is read by ruleQuantity
	}
	return "P" + strconv.FormatFloat(years, 'f', 0, 64) + "Y", e, true
}

// compound reads the smaller units that follow n units u ending at e, and
// returns the span they make together: "24 hours, 39 minutes and 35
// seconds" is PT24H39M35S. Not a gap glued to its units ("by 1min 06sec").
func (p *parser) compound(u, n, e int) (string, int, bool) {
	var counts [uYear + 1]int
	counts[u] = n
	last, parts := u, 1
	for {
		k := e
		switch {
		case p.is(k, "and"):
			k++
		case p.punct(k, ',') && !p.adj(k+1):
			k++
			if p.is(k, "and") {
				k++
			}
		case p.t(k).kind == tNum && !p.adj(k-1) && !p.adj(k) && !p.adj(k+1):
		default:
			k = -1
		}
		if k < 0 {
			break
		}
		m, next, ok := p.numberAt(k)
		if !ok || m <= 0 {
			break
		}
		u2, _, e2, ok := p.unitAt(next)
		if !ok && p.isAny(next, "min", "sec") && !p.t(next).cap && !p.adj(next) {
			u2, e2, ok = uMinute+boolInt(p.is(next, "sec"))*(uSecond-uMinute), next+1, true
		}
		if !ok || u2 >= last || u2 < uSecond || p.punct(e2, '-') && p.adj(e2) || u2 == uQuarter || u2 == uHalf || u2 == uWeekend {
			break
		}
		counts[u2], last, e = m, u2, e2
		parts++
	}
	if parts < 2 {
		return "", e, false
	}
	b := []byte{'P'}
	if counts[uYear] > 0 {
		b = append(strconv.AppendInt(b, int64(counts[uYear]), 10), 'Y')
	}
	if counts[uMonth] > 0 {
		b = append(strconv.AppendInt(b, int64(counts[uMonth]), 10), 'M')
	}
	if d := counts[uDay] + 7*counts[uWeek]; d > 0 {
		b = append(strconv.AppendInt(b, int64(d), 10), 'D')
	}
	if counts[uHour]+counts[uMinute]+counts[uSecond] > 0 {
		b = append(b, 'T')
		for _, c := range [...]struct {
			u    int
			code byte
		}{{uHour, 'H'}, {uMinute, 'M'}, {uSecond, 'S'}} {
			if counts[c.u] > 0 {
				b = append(strconv.AppendInt(b, int64(counts[c.u]), 10), c.code)
			}
		}
	}
	return string(b), e, true
}

func ruleQuantity(p *parser, i int, out *match) bool {
	if a := p.t(i - 2); p.is(i-1, "and") && a.kind == tNum && !a.sep && a.ndig <= 3 && a.num >= 1 && a.num <= 120 && p.isAny(i-3, "at", "aged", "age") && p.isAny(i+1, "month", "months", "week", "weeks", "day", "days") {
		return false // "reach pension age at 66 and one month": an age, no span
	}
	if p.key(i, kPer) {
		// "17.5 million per day", "£214 per week": a rate after an
		// amount; not a unit's ("barrels per day", "litres per person per
		// day").
		u, plural, e, ok := p.unitAt(i + 1)
		if !ok || plural || e != i+2 || p.punct(e, '-') || !p.amountBefore(i) {
			return false
		}
		*out = match{end: e, typ: Set, value: durationValue(1, u)}
		return true
	}
	if !p.unitWithin(i) {
		return false // "$12 million", "31 cents": no unit to count
	}
	if p.t(i).kind == tNum && p.compactTime(i) {
		return false // a race time, "27d 13h 04m", "2h 04m 37s": no span told
	}
	if p.t(i).kind == tNum && p.punct(i-1, '/') && p.adj(i) {
		return false // the denominator of a fraction, "1/2 day", or a code's part
	}
	if (p.key(i, kA) || p.key(i, kAn)) && !p.t(i).cap && p.cls(i+1, cUnit) && p.t(i+1).cap && (p.t(i+2).kind == tNum || p.t(i+2).kind == tWord && p.t(i+2).cap) {
		return false // "warned of a Day Zero", "a Week 3 game": a name, not a span
	}
	if p.is(i, "zero") && p.punct(i+1, '-') && p.is(i+2, "day") {
		return false // "a zero-day exploit": a flaw not yet known, not a span
	}
	if t := p.t(i); (t.kind == tNum && !t.sep && t.ndig <= 2 || t.kind == tWord && t.lx.cls == cNumber) && p.cls(i+1, cPart) && p.t(i+1).lx.plural && p.key(i+2, kA) {
		// "three evenings a week": a rate, typed SET.
		if u, pl, e, ok := p.unitAt(i + 3); ok && !pl && (u == uWeek || u == uMonth) {
			*out = match{end: e, typ: Set, value: durationValue(1, u), quant: "EVERY"}
			return true
		}
	}
	if !(p.cls(i+1, cPart) || p.cls(i+2, cPart)) {
	} else if n, k, ok := p.numberAt(i); ok && n > 1 && n < 100 {
		// "for five consecutive nights", "two more nights": nights counted
		// as days.
		if p.countWord(k) {
			k++
		}
		if p.is(k, "nights") && (p.key(k+1, kLater) || p.key(k+1, kEarlier)) && p.hasAnc && p.anchor.g == gDay && p.anchor.y != noYear && k-p.ancEnd < storyReach {
			// "won the opener on April 20, and Colorado evened it two
			// nights later": the night of the day that many after.
			d := p.anchor.time().AddDate(0, 0, n*(1-2*boolInt(p.key(k+1, kEarlier))))
			*out = match{end: k + 2, typ: Time, value: at(d, gDay).String() + "TNI", rel: true}
			return true
		}
		if p.is(k, "nights") && !p.key(k+1, kA) && !p.isAny(k+1, "per", "every") && !p.punct(k+1, '-') {
			*out = match{end: k + 1, typ: Duration, value: durationValue(n, uDay)}
			return true
		}
	}
	// Modifiers inside the extent ("nearly two years", "almost a hundred
	// years", "more than a decade", "some 19 days"); "about" stays outside
	// as in TimeBank but still gives the mod; "over" may mean "during" and
	// gives one only before a single unit or after a verb of lasting.
	j := i
	mod := ""
	if t := p.t(j); t.kind == tWord && t.lx.cls == cKey {
		switch t.lx.v {
		case kNearly, kAlmost:
			mod = "LESS_THAN"
			j++
		case kAbout:
			// "about six months": TimeML keeps the hedge inside.
			if p.t(j+1).kind == tNum || p.cls(j+1, cNumber) || p.key(j+1, kA) || p.key(j+1, kAn) {
				mod = "APPROX"
				j++
			}
		case kSome:
			if p.t(j+1).kind == tNum || p.cls(j+1, cNumber) {
				mod = "APPROX"
				j++
			}
		case kMore:
			if p.is(j+1, "than") && p.comparedAmount(j-1) {
				return false // "£57 more than a year ago": the amount is more
			}
			if p.is(j+1, "than") {
				mod = "MORE_THAN"
				j += 2
			}
		case kLess:
			if p.is(j+1, "than") && p.comparedAmount(j-1) {
				return false
			}
			if p.is(j+1, "than") {
				mod = "LESS_THAN"
				j += 2
			}
		case kOver:
			if k := j + 1 + boolInt(p.key(j+1, kA) || p.key(j+1, kAn) || p.t(j+1).kind == tNum || p.cls(j+1, cNumber)); p.isAny(i-1, "took", "take", "takes", "taken", "taking") && p.cls(k, cUnit) && p.is(k+1, "ago") {
				return false // "who took over 18 months ago": the verb's particle
			}
			if (p.key(j+1, kA) || p.key(j+1, kAn)) && p.cls(j+2, cUnit) || p.overSpan(i) {
				mod = "MORE_THAN"
				j++
			}
		}
	} else if t.kind == tWord && p.is(j, "least") && p.is(j-1, "at") {
		return false // "at least" starts at "at"
	}
	if prev := p.t(i - 1); mod == "" && i > 0 && prev.kind == tWord && !p.key(i, kThe) && !p.key(i, kPast) {
		switch {
		case p.key(i-1, kAbout), prev.lx.cls == cNone && (p.is(i-1, "approximately") || p.is(i-1, "roughly") || p.is(i-1, "around")):
			mod = "APPROX"
		}
	}
	// "the past three months", "the next two years", "the first nine
	// months", "past 20 years": a span, whatever its direction.
	if p.key(j, kThe) {
		j++
		if p.halfByQuarters(j) {
			return false // "the first two quarters of 1990": a half (ruleQuarter)
		} else if dir, ok := p.relWord(j); ok && dir != 0 {
			j++
		} else if p.cls(j, cOrd) || p.is(j, "final") || p.key(j, kFollowing) && (p.t(j+1).kind == tNum || p.cls(j+1, cNumber)) {
			j++ // "the first nine months", "the following three weeks"
		}
	} else if p.key(j, kPast) {
		j++
	} else if p.key(j, kA) && p.is(j+1, "full") && (p.t(j+2).kind == tNum || p.cls(j+2, cNumber)) {
		j += 2 // "a full 30 days"
	} else if p.key(j, kA) && (p.t(j+1).kind == tNum || p.cls(j+1, cNumber)) && p.punct(j+2, '-') && p.cls(j+3, cUnit) && p.spanNoun(j+4) {
		j++ // "a three-year period"
	}
	if j > i && (p.key(j, kA) || p.key(j, kAn)) && (p.key(j-1, kThe) || p.key(j-1, kLast) || p.key(j-1, kPast) || p.key(j-1, kNext) || p.key(j-1, kPrevious)) {
		return false // "with the last a week before the vote": no span
	}
	if v, e, ok := p.ageOfThings(j); ok {
		if p.is(e-1, "old") && !p.punct(e-2, '-') && !p.ref.Narrative {
			// "The bones are 150 million years old": an age, read whole
			// and left untagged.
			*out = match{end: e, typ: Duration, value: v, drop: true}
			return true
		}
		if p.key(e, kAgo) {
			// "light that left it 13 billion years ago": a past no calendar
			// dates.
			*out = match{end: e + 1, typ: Date, value: "PAST_REF", mod: mod, rel: true}
			return true
		}
		*out = match{end: e, typ: Duration, value: v, mod: mod}
		return true
	}
	n, k, ok := p.numberAt(j)
	if !ok && p.t(j).kind == tNum && p.t(j).sep && !p.adj(j) {
		// "a median follow-up of 3.4 years": a decimal count of a unit.
		if w := p.word(j); decimal(w) {
			if u, plural, e, ok := p.unitAt(j + 1); ok && plural && u != uQuarter && u != uHalf && u != uWeekend {
				v := durationNumber(w, u)
				if whole, ok := strings.CutSuffix(w, ".5"); ok {
					if n, err := strconv.Atoi(whole); err == nil {
						v = halfDuration(n, u) // "wait an average of 4.5 days": P4DT12H, as "four and a half days"
					}
				}
				*out = match{end: e, typ: Duration, value: v, mod: mod}
				return true
			}
		}
	}
	if !ok || p.punct(k, '/') && p.adj(k) {
		return false // "1/2 hours" is part of "5 1/2 hours"
	}
	if (p.is(k, "to") || p.is(k, "or") || p.punct(k, '-') && p.adj(k) && p.adj(k+1) && p.t(j).kind == tNum) && (!p.adj(k) || p.punct(k, '-')) {
		if m, k2, ok := p.numberAt(k + 1); ok && p.cls(k2, cUnit) && p.t(k2).lx.plural && m > n {
			// "six to eight weeks", "the next 12 to 18 months", "29 or 30
			// days": a span of unsaid length, as the news sets value it
			// (TimeBank once took the first count, "two to three weeks").
			k, n = k2, -1
		}
	}
	half := false
	if p.t(k).kind == tWord && p.is(k, "and") && (p.key(k+1, kA) && p.is(k+2, "half") || p.is(k+1, "half")) && n >= 0 {
		half = true // "two and a half years"
		k += 2 + boolInt(p.key(k+1, kA))
	}
	if p.t(k).kind == tNum && p.t(k).number() == 1 && p.punct(k+1, '/') && p.adj(k+1) && p.t(k+2).kind == tNum && p.t(k+2).number() == 2 && p.adj(k+2) && p.t(k-1).kind == tNum && !p.adj(k) {
		half = true // "2 1/2 years"; not "a 1/2 day" nor a code, "A1/2"
		k += 3
	}
	if p.punct(k, '-') && p.adj(k) {
		k++ // "two-year", "16-hour"
	}
	u, plural, e, ok := p.unitAt(k)
	if ok && p.t(k).cap && p.t(k+1).kind == tWord && p.t(k+1).cap && p.t(k+1).lx.cls == cNone && !p.headline(k) {
		return false // "two dozen Second World War veterans": a name's word
	}
	if nt := p.t(k); !ok && nt.kind == tWord && nt.lx.cls == cPart && nt.lx.val() == pNight && (n > 1 && nt.lx.plural || n > 0 && !nt.lx.plural && p.punct(k-1, '-') && p.adj(k-1)) {
		// "two nights", "the last ten nights", "a three-night run": as
		// many days.
		u, plural, e, ok = uDay, nt.lx.plural, k+1, true
	}
	if !ok && p.t(k-1).kind == tNum && p.t(k).kind == tWord && !p.t(k).cap && (p.is(k, "h") && p.adj(k) || p.is(k, "hr") || p.is(k, "min") && !p.minuteMark(k) || p.is(k, "m") && p.adj(k) && p.key(k+1, kAgo)) && !p.adj(k+1) && !(p.t(k+1).kind == tNum && (p.isAny(k+2, "sec", "secs", "s") || p.isAny(k+2, "min", "mins") && p.t(k+3).kind == tNum && p.isAny(k+4, "sec", "secs", "s"))) {
		// "2h ago", "3 hr", "5 min", "12m ago"
		u, plural, e, ok = uHour, true, k+1, true
		if !p.is(k, "h") && !p.is(k, "hr") {
			u = uMinute
		}
	}
	if !ok && n > 1 && p.is(k, "seasons") && !p.t(k).cap && !p.t(j).cap && p.agoWord(k+1) == 0 {
		// "In nine seasons he had never finished higher", "the past three
		// seasons": a sport's seasons, a year each.
		*out = match{end: k + 1, typ: Duration, value: durationValue(n, uYear), mod: mod}
		return true
	}
	if !ok && n > 0 && p.key(k+1, kAgo) && p.isAny(k, "summers", "winters", "autumns", "springs") {
		// "Two summers ago": that season, as many years back.
		base, ok := p.base()
		if !ok {
			return false
		}
		s := sSummer
		switch {
		case p.is(k, "winters"):
			s = sWinter
		case p.is(k, "autumns"):
			s = sFall
		case p.is(k, "springs"):
			s = sSpring
		}
		y := base.Year() - n
		if s == sWinter && base.Month() <= 2 {
			y--
		}
		pt := point{y: y, n: s, g: gSeason}
		*out = match{end: k + 2, typ: Date, value: pt.String(), rel: true}
		return true
	}
	if !ok && p.t(k).kind == tWord && p.cls(k+1, cUnit) && p.countWord(k) {
		// "two more weeks", "eight trading days", "a full year"
		u, plural, e, ok = p.unitAt(k + 1)
	}
	if !ok || u == uHalf && n != 1 {
		return false
	}
	if u == uWeekend && n == 1 && !plural && j == i && p.is(i-1, "on") {
		return false // "when it lands on a weekend": any weekend
	}
	if j == i+1 && p.key(i, kThe) && plural && p.punct(e, '\'') && p.adj(e) && !p.is(e+1, "s") {
		return false // "the ten weeks' notice": the article is the notice's
	}
	if u == uCentury && p.isAny(i-1, "made", "scored", "hit", "struck", "makes", "scores", "hits", "compiled") && !p.key(e, kAgo) && !p.is(e, "earlier") {
		return false // "has made five centuries": hundreds of runs
	}
	if !plural && n == 1 && p.punct(e, '-') && p.adj(e) && p.is(e+1, "by") && p.punct(e+2, '-') {
		return false // "a day-by-day breakdown": an adjective of manner
	}
	if u == uDay && !plural && n == 1 && p.key(i, kA) && p.is(e, "of") && p.isAny(e+1, "silence", "mourning", "action", "protest", "prayer", "rest", "celebration", "reflection", "remembrance", "solidarity") {
		return false // "kept every 24 August as a day of silence": a kind of day
	}
	if u == uDay && !plural && n == 1 && p.key(i, kA) && p.is(e, "of") && p.is(e+1, "it") && p.isAny(i-1, "made", "make", "makes", "making") {
		return false // "you made a day of it": an idiom
	}
	if u == uYear && !plural && p.punct(e, '-') && p.adj(e) && p.adj(e+1) && p.isAny(e+1, "end", "ender") {
		return false // "a year-end payout": the end of the year, read at "year"
	}
	if p.punct(i-1, '-') && p.adj(i) && p.is(i-2, "in") && p.punct(i-3, '-') && (p.is(i-4, "one") || p.t(i-4).kind == tNum && p.t(i-4).num == 1) {
		return false // "a one-in-200-year flood": how rare, not how long
	}
	if u == uDay && !plural && n == 1 && (p.key(i, kA) || p.key(i, kAn)) && p.isAny(e, "camp", "camps", "trip", "trips", "tripper", "trippers", "pass", "passes", "ticket", "tickets", "centre", "center", "nursery", "spa") {
		return false // "a day camp", "a day trip": a kind of outing
	}
	if u == uWeek && n > 0 && (p.is(e-1, "fortnight") || p.is(e-1, "fortnights")) {
		n *= 2 // "a fortnight later": two weeks
	}
	if u == uWeek && n > 0 && n <= 4 && !plural && !p.isAny(i-1, "for", "of") { // "a fortnight" is two weeks
		// British: "a week on Sunday" is the Sunday after next, "a
		// fortnight today" two weeks from today, "a week tomorrow"; not
		// "suspended the licence for a fortnight on Monday".
		if base, ok := p.base(); ok && !p.ref.Narrative {
			var d time.Time
			end := 0
			switch {
			case p.is(e, "on") && p.cls(e+1, cWeekday) && p.t(e+1).cap && !p.t(e+1).lx.plural:
				d, end = weekdayAfter(base, p.t(e+1).lx.val(), false).AddDate(0, 0, 7*n), e+2
			case p.key(e, kToday) && !p.punct(e+1, '\''):
				d, end = base.AddDate(0, 0, 7*n), e+1
			case p.key(e, kTomorrow):
				d, end = base.AddDate(0, 0, 7*n+1), e+1
			}
			if end > 0 {
				pt := at(d, gDay)
				*out = match{end: end, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
				return true
			}
		}
	}
	if (u == uYear || u == uMonth || u == uWeek || u == uDay || u == uHour || u == uMinute) && n > 0 && !half {
		// "an hour and 52 minutes", "3 minutes and 20 seconds", "24 hours,
		// 39 minutes and 35 seconds", "two days and six hours", a runtime
		// of "2 hr 15 min": one span.
		if v, e2, ok := p.compound(u, n, e); ok && p.agoWord(e2) == 0 {
			if u == uYear && j == i && p.is(i-1, "at") {
				// "became a grandmaster at 12 years, 4 months and 25 days":
				// an age, read whole so that its months are no span.
				*out = match{end: e2, typ: Duration, value: v, drop: true}
				return true
			}
			*out = match{end: e2, typ: Duration, value: v, mod: mod}
			return true
		}
	}
	if p.t(e).kind == tPunct && p.longAt(e) {
		if p.t(j).kind == tWord && p.t(j).lx.cls == cKey {
			return false // "a day-long meeting": the unit's rule
		}
		e += 2 // "two-year-long"
	}
	hyph := p.punct(e-2, '-') && p.adj(e-1)
	if !plural && !hyph && n > 100 {
		return false // "1988 second quarter", "the 1988 quarter"
	}
	if u == uQuarter && n == 1 && !plural && (p.is(i-1, "once") || p.is(i-1, "twice") || (p.punct(i-1, '%') || p.isAny(i-1, "percent", "pc")) && !p.is(e, "of")) && p.key(i, kA) {
		// "comes once a quarter", "growth of 0.2% a quarter": a rate, not
		// a fraction.
		*out = match{end: e, typ: Set, value: "P1Q", lead: boolInt(p.isAny(i-1, "once", "twice"))}
		return true
	}
	if u == uHalf && n == 1 && !plural && p.key(j, kA) && p.is(e, "hour") {
		*out = match{end: e + 1, typ: Duration, value: "PT30M", mod: mod} // "a half hour": 30 minutes
		return true
	}
	if u == uQuarter && n == 1 && !plural && p.is(e, "of") && (p.key(e+1, kA) || p.key(e+1, kThe)) && p.is(e+2, "century") {
		// "nearly a quarter of a century": 25 years.
		*out = match{end: e + 3, typ: Duration, value: "P25Y", mod: mod}
		return true
	}
	if u == uQuarter && (n >= 0 && n < 2 || p.punct(e-2, '-') && plural) || u == uHalf {
		return false // "a quarter of", "three-quarters", "a half": fractions
	}
	if u == uQuarter && p.punct(e, '-') && p.adj(e) && p.isAny(e+1, "point", "percentage") {
		return false // "in eight quarter-point steps": a size, not a span
	}
	if u == uQuarter && n < 0 && p.key(j, kSome) {
		return false // "in some quarters": in some circles
	}
	if u == uQuarter && n >= 0 && p.is(e, "of") && !p.key(j-1, kThe) && !p.cls(j-1, cOrd) {
		if _, _, ok := p.ofDate(e); !ok {
			return false // "three quarters of the troops"
		}
	}
	if nt := p.t(j); p.t(e-1).cap && (nt.cap || nt.kind == tNum) && !nt.nl && j > 0 && !p.sentenceEnd(j-1) && !p.isUpper(e-1) {
		return false // a title mid-sentence: "60 Minutes"
	}
	if u == uYear && p.punct(e, '-') && p.adj(e) && (p.key(e+1, kEarlier) || p.key(e+1, kAgo)) {
		return false // "a year-earlier loss": the adjective is the expression
	}
	if p.punct(e, '-') && p.adj(e) && p.isAny(e+1, "old", "olds") || p.is(e, "old") || p.is(e, "olds") {
		return false // ages: "6-year-old", "52 years old"
	}
	if hyph && p.spanNoun(e) {
		e++ // "a three-year period", "its one-year term"
	} else if hyph && p.key(i, kThe) {
		return false // "the two-year plan": the adjective alone
	}
	if n == 1 && !plural && !half && p.is(e, "and") && (p.key(e+1, kA) || p.key(e+1, kAn)) && p.is(e+2, "half") {
		half = true // "a minute and a half"
		e += 3
	}
	if u == uDay && n == 1 && !plural && !hyph && p.key(i, kA) && p.is(e, "of") && (p.is(i-1, "is") || p.is(i-1, "was") || p.is(i-1, "be") || p.lastEnd == i && i > 0) {
		return false // "Today is a day of celebration", "declared Friday a day of mourning": a kind of day, not its length
	}
	if u == uSecond && n == 1 && !plural && !hyph && p.t(j).kind == tWord && !p.is(j, "one") && p.ordinalSecond(e) {
		return false // "a second group", "a second time"
	}
	if p.is(e, "or") && p.is(e+1, "so") {
		// "a week or so ago", "the next two years or so": TimeML keeps
		// the hedge inside.
		e += 2
		if mod == "" {
			mod = "APPROX"
		}
	}
	if u == uDay && !plural && !hyph && (n == 1 && p.is(j, "one") || n < 0 && p.key(j, kSome)) && p.modal(i-1) {
		// "Islam will one day be", "could some day return": some time ahead.
		*out = match{end: e, typ: Date, value: "FUTURE_REF", rel: true}
		return true
	}
	if fortnight := u == uWeek && n == 2 && p.is(e-1, "fortnight"); (n == 1 || fortnight) && !plural && !hyph && p.agoWord(e) == 0 && p.rate(i) {
		// "$500 million a year", "four flights a week", "$19.50 a
		// fortnight": a rate, which TIMEX3 types SET.
		*out = match{end: e, typ: Set, value: durationValue(n, u)}
		out.lead = p.timesBefore(i) // "twice a week", "eight times a year": the frequency belongs to the set
		return true
	}
	if n > 1 && plural && !half && p.key(e, kA) {
		// "six days a week": a rate, typed SET. Hours a day and spans a
		// year are the span and its rate: "staffed [24 hours] [a day]",
		// "[190 days] [a year]".
		if u2, pl2, e2, ok := p.unitAt(e + 1); ok && !pl2 && u2 > u && u2 != uWeekend && !(u == uHour && (u2 == uDay || u2 == uWeek) || u2 == uYear) && p.agoWord(e2) == 0 {
			// ... not "up from 29 months a decade ago"
			*out = match{end: e2, typ: Set, value: durationValue(1, u2), quant: "EVERY"}
			return true
		}
	}
	if n > 0 && !half && p.is(e, "from") && (p.key(e+1, kNow) || p.key(e+1, kToday) || p.key(e+1, kTomorrow) || p.key(e+1, kYesterday)) && u >= uDay && u != uQuarter && u != uHalf && !(p.is(i-1, "for") && !p.key(e+1, kNow)) {
		// (not "MPs will debate the measures for four days from tomorrow":
		// a span that starts then)
		// "75 days from now"; "a week from today" is a day, "a week from
		// tomorrow" the day after that
		if base, ok := p.base(); ok && !p.ref.Narrative {
			if p.key(e+1, kTomorrow) {
				base = base.AddDate(0, 0, 1)
			} else if p.key(e+1, kYesterday) {
				base = base.AddDate(0, 0, -1)
			}
			pt := shift(base, u, n)
			day := false
			if !p.key(e+1, kNow) && (u == uWeek || u == uMonth || u == uYear) {
				pt = at(base.AddDate(n*boolInt(u == uYear), n*boolInt(u == uMonth), 7*n*boolInt(u == uWeek)), gDay)
				day = true
			}
			// "A year from today, Optus Stadium will be full ... at 6.45pm":
			// a day the clock times after it take.
			*out = match{end: e + 2, typ: Date, value: pt.String(), mod: mod, rel: true, pt: pt, hasPt: day || pt.g == gDay}
			return true
		}
	}
	// "two years ago", "three days earlier", "a year later".
	if (p.key(e, kAgo) || p.backAgo(e)) && n < 0 {
		// "several years ago", "a few months ago"
		*out = match{end: e + 1, typ: Date, value: "PAST_REF", mod: mod, rel: true}
		return true
	}
	if d := p.agoWord(e); p.ref.Narrative && n < 0 && d != 0 {
		// History: "a few days later" is some time after the date told.
		v := "PAST_REF"
		if d > 0 {
			v = "FUTURE_REF"
		}
		*out = match{end: e + 1, typ: Date, value: v, mod: mod, rel: true}
		return true
	}
	dir := p.agoWord(e)
	if dir == 0 && p.is(e, "on") && (!p.real(e+1) || p.t(e+1).nl) && (i == 0 || p.t(i).nl || p.punct(i-1, ',') || p.punct(i-1, ':')) && unitYears(u) > 0 && !p.ref.Narrative {
		dir = 1 // a headline's "a pit village remembers, fifty years on", "ONE YEAR ON"
	}
	if dir != 0 && n >= 0 && !(dir != -1 && p.shiftVerb(i-1)) && !(p.key(i, kThe) && p.key(e, kBefore)) {
		// ... not "more progress than in the two years before that": the
		// span before it
		var day match
		if dir != 0 && !half && u >= uDay && u <= uMonth && p.punct(e+1, ',') && p.is(e+2, "on") && (ruleMonthDay(p, e+3, &day) || ruleDayMonth(p, e+3, &day) || p.cls(e+3, cWeekday) && ruleWeekday(p, e+3, &day)) && day.hasPt && day.pt.g == gDay && day.pt.y != noYear {
			// "the top two meet again two weeks later, on Nov. 29": the day
			// the apposition names, at the span's grain.
			pt := at(day.pt.time(), unitGran(u))
			*out = match{end: e + 1, typ: Date, value: pt.String(), mod: mod, rel: true}
			return true
		}
		base, ok := p.base()
		later := dir > 0 && p.hasAnc
		if later || dir == -2 && u != uYear && p.hasAnc && (p.anchor.g == gDay || p.anchor.g == gMonth && u == uMonth && p.hasDCT && p.dct.Year()-p.anchor.y >= 2) ||
			dir == -2 && p.hasAnc && (u == uDecade || u == uCentury || u == uYear && n > 1) && p.anchor.g <= gYear {
			// "three days later", "two years later" count from the date last
			// told; so do "two days earlier" after a day; "a year earlier" in
			// news is the comparable period; "a decade earlier" after "in 2004"
			// is 1994.
			base = p.anchor.time()
		}
		dayAnc, dayOK := p.dayAnchor(i)
		if dayOK && dir != -1 && (u == uDay || u == uWeek) && p.anchor.g != gDay {
			base = dayAnc.time() // a count of days after a year told in passing
		}
		// "struck on March 11, 2011. A foreshock had struck two days
		// earlier": a look back from the date told, which stays the
		// story's ("every tremor takes us back to that afternoon").
		flash := dir == -2 && dayOK && u == uDay && !p.ref.Narrative
		d := dir
		if d == -2 {
			d = -1
		}
		if (u == uHour || u == uMinute) && dir == -1 && p.hasDCT && !p.ref.Narrative && n >= 0 && !half {
			// "three hours ago", "5 mins ago": a time before the
			// publication; its day when the clock is not known.
			*out = match{end: e + 1, typ: Date, value: at(p.dct, gDay).String(), mod: mod, rel: true}
			if c, ok := p.clockNow(); ok {
				d := time.Duration(n) * time.Hour
				if u == uMinute {
					d = time.Duration(n) * time.Minute
				}
				out.typ, out.value = Time, c.Add(-d).Format("2006-01-02T15:04")
			}
			return true
		}
		if (u == uHour || u == uMinute || u == uSecond) && dir != -1 && n > 0 && !half && (mod == "" || mod == "APPROX") && p.clockExact && p.clockEnd > 0 && p.clockNear(i) && !p.ref.Narrative && !p.shiftBefore(i) {
			// "began at 04:09 UTC. Alarms fired four minutes later", "About
			// 90 seconds later": the clock time told, moved on; a bounded
			// offset ("less than two hours later") stays a span.
			step := time.Duration(n) * time.Minute
			switch u {
			case uHour:
				step = time.Duration(n) * time.Hour
			case uSecond:
				step = time.Duration(n) * time.Second
			}
			if dir < 0 {
				step = -step
			}
			at := p.clockDay.Add(time.Duration(p.clockMin)*time.Minute + step)
			layout := "2006-01-02T15:04"
			if at.Second() != 0 {
				layout = "2006-01-02T15:04:05"
			}
			*out = match{end: e + 1, typ: Time, value: at.Format(layout), mod: mod, rel: true}
			return true
		}
		if dir > 0 && (!p.hasAnc || !p.punct(e+1, ',')) && p.hasDCT && !p.ref.Narrative && unitYears(u) > 0 && p.is(e, "on") {
			// "A decade on, Amatrice falls silent", "Ten years on, the town
			// is rebuilt", "People say five years on it must be easier":
			// now, that long after what the story recalls.
			v := pad(p.dct.Year(), 4)
			if u == uDecade {
				v = pad(p.dct.Year()/10, 3)
			}
			*out = match{end: e + 1, typ: Date, value: v, mod: mod, rel: true}
			return true
		}
		if u == uHour || u == uMinute || u == uSecond || dir > 0 && !p.hasAnc {
			// "an hour later", "a century on": from a time not told; the
			// span alone.
			v := durationValue(n, u)
			if half {
				v = halfDuration(n, u)
			}
			*out = match{end: e, typ: Duration, value: v, mod: mod}
			return true
		}
		if !ok {
			*out = match{end: e + 1, typ: Date, value: unknownValue(u), rel: true}
			return true
		}
		if l := p.last; u == uYear && n == 1 && dir == -2 && !p.ref.Narrative && p.lastEnd > 0 && p.lastEnd <= i && i-p.lastEnd < 20 && l.y != noYear &&
			(l.g == gMonth || l.g == gQuarter || l.g == gHalf || l.g == gSeason || l.g == gYear && p.key(p.lastStart, kLast) && p.comparison(i) || l.g == gDay && p.is(p.lastStart-1, "on") && p.results(p.lastStart-1) && p.results(i)) && p.sameSentence(p.lastEnd-1, i) && !p.is(p.lastStart-1, "from") && !p.isBetween(p.lastEnd, i, "but") {
			// "in the first half of 2025, up from six a year earlier", "in
			// January, against 0.3 trillion yen a year earlier": the period
			// just told, a year back.
			l.y--
			*out = match{end: e + 1, typ: Date, value: l.String(), mod: mod, rel: true}
			return true
		}
		l, lStart, lEnd := p.last, p.lastStart, p.lastEnd
		if l.y == noYear && p.hasAnc && p.anchor.g == gMonth {
			// "At the end of March, 8,140 had passed the two-year mark, up
			// from 7,910 a month earlier": past a span, the month told.
			l, lStart, lEnd = p.anchor, p.ancStart, p.ancEnd
		}
		if u == uMonth && n >= 1 && n <= 12 && dir == -2 && !p.ref.Narrative && lEnd > 0 && lEnd <= i && i-lEnd < 20 && l.y != noYear && l.g == gMonth && p.sameSentence(lEnd-1, i) && !p.is(lStart-1, "from") && !p.isBetween(lEnd, i, "but") && p.comparison(i) {
			// "2.1 percent in August, down from 2.8 percent three months
			// earlier": the month just told, that many back.
			t := time.Date(l.y, time.Month(l.m)-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
			*out = match{end: e + 1, typ: Date, value: at(t, gMonth).String(), mod: mod, rel: true}
			return true
		}
		if u == uYear && n == 1 && dir == -2 && !p.ref.Narrative && p.hasAnc && (p.anchor.g == gMonth || p.anchor.g == gYear && p.t(p.ancStart).kind == tNum) && p.ancEnd <= i && i-p.ancEnd < 12 && p.sameSentence(p.ancEnd-1, i) && p.comparison(i) {
			// "rose to 4.2% in August from 3.8% a year earlier", "rose 41 per
			// cent in 2024 from a year earlier": the month or year compared,
			// a year back.
			m := p.anchor
			m.y--
			*out = match{end: e + 1, typ: Date, value: m.String(), mod: mod, rel: true}
			return true
		}
		if u == uYear && n == 1 {
			if q, ok := p.quarterContext(i); ok {
				q.y += d
				*out = match{end: e + 1, typ: Date, value: q.String(), mod: mod, rel: true}
				return true
			}
			if h, ok := p.halfContext(i); ok && dir == -2 && p.results(i) {
				// "profit was £2.9 billion, against £2.5 billion a year
				// earlier" in half-year results: that half, a year back.
				h.y += d
				*out = match{end: e + 1, typ: Date, value: h.String(), mod: mod, rel: true}
				return true
			}
		}
		if u == uDecade && dir == -1 && !p.ref.Narrative && n > 0 && ok && !p.is(e+1, "today") && !p.key(e+1, kThis) {
			// "a decade ago", "four decades ago": news names the decade
			// ("201", "198"); "a decade later" names a year.
			if y := base.Year() - 10*n; y >= 0 {
				*out = match{end: e + 1, typ: Date, value: pad(y/10, 3), mod: mod, rel: true}
				return true
			}
		}
		if years := n * unitYears(u); dir > 0 && years > 0 && ok && !p.ref.Narrative && p.hasDCT && base.Year()+years > p.dct.Year()+1 && p.tense(i) == 0 {
			// "Nearly three decades on, the adult rate is more than three
			// times ...": a count that would pass the reference ends now.
			v := pad(p.dct.Year(), 4)
			if u == uDecade {
				v = pad(p.dct.Year()/10, 3)
			}
			*out = match{end: e + 1, typ: Date, value: v, mod: mod, rel: true}
			return true
		}
		decade := u == uDecade && !p.ref.Narrative
		if u == uDecade || u == uCentury {
			// "a decade later" counts years from the date it moves on from.
			u, n = uYear, n*10*(1+9*boolInt(u == uCentury))
		}
		if (p.ref.Narrative || later) && (u == uDay || u == uWeek || u == uMonth) && p.anchor.g > unitGran(u) && p.anchor.g != gWeekend {
			// "four days later" after "in 1915": some day of 1915.
			if v, vague := p.vagueAnchor(unitGran(u)); vague {
				*out = match{end: e + 1, typ: Date, value: v, mod: mod, rel: true}
				return true
			}
		}
		if dir == -1 && !p.ref.Narrative && (u == uYear || u == uMonth || u == uWeek) {
			// "80 years ago today": that day of the month, that many years
			// back; "Eighty years ago this week": that week.
			g, end := gDay, e+2
			day := base
			if p.key(e+1, kThis) && p.is(e+2, "week") && u == uYear {
				g, end = gWeek, e+3
			} else if p.key(e+1, kThis) && p.is(e+2, "month") && u == uYear {
				g, end = gMonth, e+3
			} else if p.key(e+1, kYesterday) && u == uWeek {
				day = base.AddDate(0, 0, -1) // "a week ago yesterday"
			} else if !p.key(e+1, kToday) {
				end = 0
			}
			if end > 0 {
				back := day.AddDate(-n*boolInt(u == uYear), -n*boolInt(u == uMonth), -7*n*boolInt(u == uWeek))
				pt := at(back, g)
				if g == gWeek {
					// "Two years ago this week": the week of that year that
					// has this week's number.
					wy, w := base.ISOWeek()
					if !isoWeekOf(wy-n, w) {
						w--
					}
					pt = point{y: wy - n, n: w, g: gWeek}
				}
				*out = match{end: end, typ: Date, value: pt.String(), mod: mod, pt: pt, hasPt: true, rel: true, back: true}
				return true
			}
		}
		pt := shift(base, u, d*n)
		*out = match{end: e + 1, typ: Date, value: pt.String(), mod: mod, pt: pt, hasPt: true, rel: true, back: d < 0, flash: flash}
		if decade && pt.y >= 0 {
			// ... and news names the decade it lands in, as it does for "a
			// decade ago": "A decade later he turned to glass" (after 1971)
			// is 198; the year stays the anchor of what follows.
			out.value = pad(pt.y/10, 3)
		}
		return true
	}
	if p.ref.Narrative && p.hasAnc && n > 0 && !half && (p.key(e, kAfter) || p.key(e, kBefore)) && !p.key(i, kThe) && mod == "" && u >= uDay && u != uWeekend && u != uQuarter && u != uHalf {
		// History: "five days after the fall of Girona" counts from the
		// date just told.
		d := 1
		if p.key(e, kBefore) {
			d = -1
		}
		if (u == uDay || u == uWeek || u == uMonth) && p.anchor.g > unitGran(u) && p.anchor.g != gWeekend {
			if v, vague := p.vagueAnchor(unitGran(u)); vague {
				*out = match{end: e, typ: Date, value: v, rel: true}
				return true
			}
		}
		pt := shift(p.anchor.time(), u, d*n)
		*out = match{end: e, typ: Date, value: pt.String(), rel: true, back: d < 0}
		return true
	}
	v := durationValue(n, u)
	if half && n >= 0 {
		v = halfDuration(n, u)
	}
	if plural && p.key(i, kThe) && j > i+1 {
		// "the first two months of 1939", "the last two weeks of
		// February 1951": the span with the date it lies in.
		if oe, pt, ok := p.ofDate(e); ok && !(pt.g == gYear && !p.ref.Narrative) {
			// News, as TimeBank, tags "the first nine months" and "1997"
			// of "the first nine months of 1997" apart.
			if first, last := p.cls(i+1, cOrd) && p.t(i+1).lx.val() == 1, p.key(i+1, kLast) || p.is(i+1, "final"); u == uMonth && (n == 3 || n == 6) && pt.g == gYear && (first || last) && j == i+2 {
				// "the final three months of 2022": its fourth quarter;
				// "the first six months of 2023": its first half.
				q := point{y: pt.y, n: 1, g: gQuarter}
				if n == 6 {
					q.g = gHalf
				}
				if last {
					q.n = 12 / n
				}
				*out = match{end: oe, typ: Date, value: q.String(), mod: mod}
				return true
			}
			// The date inside still moves the story's time.
			*out = match{end: oe, typ: Duration, value: v, mod: mod, pt: pt, hasPt: true}
			return true
		}
	}
	*out = match{end: e, typ: Duration, value: v, mod: mod}
	return true
}

// spanNoun reports a noun at i that a span adjective makes a duration:
// "a three-year period".
func (p *parser) spanNoun(i int) bool {
	return p.is(i, "period") || p.is(i, "span") || p.is(i, "stretch") // not "a five-year term": the news sets tag "five-year" alone
}

// modal reports a modal verb at k: "will", "could", "may".
func (p *parser) modal(k int) bool {
	if t := p.t(k); t.kind == tWord && t.lx.cls == cMonth && !t.cap && t.lx.v == 5 {
		return true // "may"
	}
	switch {
	case p.is(k, "will"), p.is(k, "would"), p.is(k, "could"), p.is(k, "might"), p.is(k, "can"), p.is(k, "shall"), p.is(k, "should"):
		return true
	}
	return false
}

// overSpan reports that "over" at i+1... is "more than" rather than
// "during": after a verb or preposition of duration ("lasted over nine
// months", "for over two years").
func (p *parser) overSpan(i int) bool {
	switch {
	case p.is(i-1, "for"), p.is(i-1, "just"), p.is(i-1, "little") && p.key(i-2, kA), p.is(i-1, "in"), p.is(i-1, "with"), p.is(i-1, "after"), p.is(i-1, "lasted"), p.is(i-1, "lasting"),
		p.is(i-1, "took"), p.is(i-1, "take"), p.is(i-1, "takes"), p.key(i-1, kLast):
		return true
	}
	return false
}

// ordinalSecond reports that "a second" ending before token e is the
// ordinal: a noun follows ("a second group", "a second betrayal").
func (p *parser) ordinalSecond(e int) bool {
	t := p.t(e)
	for k := e - 3; k >= 0 && k >= e-16 && !p.sentenceEnd(k); k-- {
		if p.is(k, "first") && p.key(k-1, kA) {
			return true // "$500 for a first offense and $1,000 for a second"
		}
	}
	if p.punct(e, '-') && p.adj(e) && p.adj(e+1) && p.t(e+1).kind == tWord && (p.t(e+1).lx.cls != cUnit || p.t(e+1).lx.v == uHalf) {
		return true // "a second-round series", "a second-half goal"
	}
	if p.punct(e, ',') && p.t(e+1).kind == tWord && !p.t(e+1).cap && p.t(e+1).lx.cls == cNone && !p.is(e+1, "and") && !p.is(e+1, "or") && !p.is(e+1, "then") && !pronoun(p.word(e+1)) {
		return true // "a second, larger attack"
	}
	if t.kind != tWord || t.nl {
		return false
	}
	if t.cap && !p.t(e-1).cap {
		return true // "A second American"
	}
	if t.lx.cls == cKey {
		switch t.lx.val() {
		case kLater, kEarlier, kAgo, kBefore, kAfter:
			return false
		}
		return true
	}
	switch p.word(e) {
	case "or", "and", "to", "of", "in", "for", "when", "as":
		return false
	}
	return true
}

// pronoun reports a subject pronoun, which starts a clause: "wait a second, he said".
func pronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return false
}

// countWord reports a word between a count and its unit that the
// expression keeps: "two more weeks", "eight trading days".
func (p *parser) countWord(k int) bool {
	if p.key(k, kMore) {
		return true
	}
	switch p.word(k) {
	case "additional", "extra", "further", "full", "whole", "entire", "straight", "consecutive", "trading", "business", "working", "calendar", "single", "clear", "successive", "school", "sitting", "teaching", "training", "racing", "voting", "playing", "court", "banking", "shopping", "qualifying", "Earth", "earth":
		return true
	}
	return false
}

// amountBefore reports an amount, money or a bare count, right before
// token i: "33", "17.5 million", "£13.14", "£4 more".
func (p *parser) amountBefore(i int) bool {
	k := i - 1
	if p.isAny(k, "more", "less", "extra") {
		k--
	}
	if p.isAny(k, "million", "billion", "m", "bn", "p") {
		k--
	}
	return p.t(k).kind == tNum && !p.punct(k-1, '/') || p.cls(k, cNumber)
}

// moneyRate reports that the rate whose "a" is at s prices something:
// "£1,738 a year", "60.97p a day", "$2bn a year".
func (p *parser) moneyRate(s int) bool {
	k := s - 1
	if p.isAny(k, "p", "m", "bn", "k", "million", "billion") {
		if p.is(k, "p") && p.adj(k) && p.t(k-1).kind == tNum {
			return true
		}
		k--
	}
	if p.t(k).kind != tNum {
		return false
	}
	return p.punct(k-1, '$') || p.isAny(k-1, "£", "€") || p.isAny(s-1, "pounds", "dollars", "euros", "pence", "cents")
}

// timesBefore returns how many tokens before a rate at i tell its
// frequency: 1 for "once", "twice", "thrice", 2 for "three times", "8
// times"; 0 if none.
func (p *parser) timesBefore(i int) int {
	switch {
	case p.isAny(i-1, "once", "twice", "thrice"):
		return 1
	case p.is(i-1, "times") && (p.t(i-2).kind == tNum && !p.t(i-2).sep || p.cls(i-2, cNumber)):
		return 2
	}
	return 0
}

// compactTime reports a number at i with a one-letter unit ("13h") beside
// another such pair: "27d 13h 04m", "2h 04m 37s".
func (p *parser) compactTime(i int) bool {
	pair := func(k int) bool {
		u := p.t(k + 1)
		return p.t(k).kind == tNum && !p.t(k).sep && u.kind == tWord && u.end-u.start == 1 && p.adj(k+1) && (u.c == 'd' || u.c == 'h' || u.c == 'm' || u.c == 's')
	}
	return pair(i) && (pair(i+2) && !p.adj(i+2) || pair(i-2) && !p.adj(i))
}

// amountOf reports a noun at k that an amount measures: "200,000 cubic
// metres of drinking water", "2 million barrels of crude oil".
func (p *parser) amountOf(k int) bool {
	for j := k - 1; j >= k-3 && j > 0; j-- {
		if p.is(j, "of") {
			for n := j - 1; n >= j-3 && n >= 0; n-- {
				if t := p.t(n); t.kind == tNum && t.ndig >= 2 || p.isAny(n, "million", "billion") {
					return true
				}
				if t := p.t(n); t.kind != tWord || t.cap {
					return false
				}
			}
			return false
		}
		if t := p.t(j); t.kind != tWord || t.cap || t.lx.cls != cNone {
			return false
		}
	}
	return false
}

// rate reports that "a" at i makes a rate of what comes before it:
// "$1.76 a year", "358,000 a month", "four flights a week", "24 hours a
// day".
func (p *parser) rate(i int) bool {
	if !p.key(i, kA) && !p.key(i, kAn) || i == 0 {
		return false
	}
	if p.is(i+2, "and") && (p.key(i+3, kA) || p.key(i+3, kAn)) && p.is(i+4, "half") {
		return false // "The date falls a year and a half after ...": a span, no rate
	}
	prev := p.t(i - 1)
	if p.punct(i-1, '%') && p.t(i-2).kind == tNum {
		return true // "bonds paying 8% a year"
	}
	if prev.kind == tNum && !p.adj(i) || prev.kind == tWord && prev.lx.cls == cNumber && !p.key(i, kAn) && !p.is(i-2, "than") {
		return true // "$500 a year", "cut to five a day"; not the letter of a code ("0A1/2")
	}
	if p.is(i-1, "once") || p.is(i-1, "twice") || p.is(i-1, "thrice") {
		return true // "Twice a week"
	}
	if p.punct(i-1, ')') {
		// "topped 5 trillion yen ($33 billion) a day": an amount in brackets.
		k := i - 2
		for ; k >= 0 && k >= i-8 && !p.punct(k, '('); k-- {
			if p.t(k).kind == tNum {
				return true
			}
		}
		// "4 billion cubic metres (bcm) a year": an amount, its unit
		// abbreviated in brackets.
		for j := k - 1; p.punct(k, '(') && j >= 0 && j >= k-5; j-- {
			if p.t(j).kind == tNum {
				return true
			}
			if p.t(j).kind != tWord {
				break
			}
		}
		return false
	}
	if p.isAny(i-1, "mm", "cm", "km", "kg", "yen", "mph", "kmh", "ml", "c", "f", "p", "m", "bn") && p.t(i-2).kind == tNum && p.adj(i-1) {
		return true // "rising by about 5mm a day", "60.97p a day", "£25m a year"
	}
	if p.key(i, kAn) && prev.kind == tWord && prev.lx.cls == cNone && !prev.cap && !p.adj(i-1) && strings.HasSuffix(p.word(i-1), "s") && (p.t(i-2).kind == tNum && !p.adj(i-2) || p.cls(i-2, cNumber) || p.isAny(i-2, "hundred", "thousand", "dozen")) {
		return true // "up to 100 meteors an hour", "several hundred meteors an hour": a count's rate
	}
	if p.isAny(i-1, "inch", "foot", "mile", "metre", "meter", "centimetre", "centimeter", "millimetre", "millimeter", "kilometre", "kilometer", "degree", "knot") && (p.key(i-2, kA) || p.key(i-2, kAn) || p.t(i-2).kind == tNum || p.cls(i-2, cNumber)) {
		return true // "snow piling up at more than an inch an hour", "rising a foot a day": a measure's rate
	}
	if p.key(i, kAn) && p.isAny(i-1, "more") && p.is(i-2, "or") && p.t(i-3).kind == tNum {
		return true // "expects 20 or more an hour"
	}
	if p.key(i, kAn) && p.isAny(i-1, "million", "billion", "trillion", "bn", "m") && p.t(i-2).kind == tNum {
		return true // "withdrawals peaked at about $90 million an hour"
	}
	if p.key(i, kAn) && prev.kind == tWord && prev.lx.cls == cNone && !prev.cap && p.is(i-2, "of") && p.t(i-3).kind == tWord && p.t(i-3).lx.cls == cNone && (p.key(i-4, kA) || p.t(i-4).kind == tNum || p.cls(i-4, cNumber)) {
		return true // "burns about a tonne of coal an hour", "900 kg of coal an hour": a measure's rate
	}
	if p.key(i, kAn) {
		return false // "runs an hour behind", "loses an hour"
	}
	if p.isAny(i-1, "more", "less") && (p.t(i-2).kind == tNum || p.isAny(i-2, "million", "billion")) {
		return true // "will pay about $140 more a year"
	}
	if prev.kind != tWord || prev.cap || p.isAny(i+2, "after", "before", "later", "earlier", "ago", "ahead", "behind", "early", "late", "sooner", "longer") {
		return false // "comes a day after the hearing"
	}
	if p.lastEnd == i && len(p.out) > 0 && p.out[len(p.out)-1].Type == Duration {
		return true // "staffed 24 hours a day", "190 days a year": the span's rate
	}
	if n := len(p.out) - 1; n >= 0 && p.out[n].Type == Duration && p.lastEnd >= i-3 && p.lastEnd < i-1 && p.is(p.lastEnd, "of") && p.t(i-1).kind == tWord && !p.t(i-1).cap && !p.isAny(i-1, "in", "within", "for", "over", "during", "after", "than", "under") {
		return true // "two and a half hours of teaching a week": the span's rate
	}
	if p.cls(i-1, cUnit) && !p.t(i-1).lx.plural && p.punct(i-2, '-') && p.is(i-3, "half") {
		return true // "Another half-hour a day takes that past 53"
	}
	if prev.lx.cls == cNone && !prev.cap && p.t(i-2).kind == tWord && p.t(i-2).lx.cls == cNone && !p.t(i-2).cap && (p.cls(i-3, cNumber) || p.t(i-3).kind == tNum && !p.t(i-3).sep && p.t(i-3).ndig <= 2) && !p.isAny(i-1, "of", "in", "for", "than") && !p.isAny(i-2, "of", "in", "for", "than") {
		return true // "can manage one return crossing a day": a count's rate
	}
	if prev.lx.cls == cPart && !prev.lx.plural && p.cls(i-2, cNumber) && p.key(i, kA) {
		return true // "We get one morning a year": a count's rate
	}
	if (p.t(i-2).kind == tNum || p.cls(i-2, cNumber) || p.isAny(i-2, "million", "billion", "trillion") && p.t(i-3).kind == tNum) && prev.lx.cls == cNone && !p.adj(i-1) && !p.isAny(i-1, "within", "in", "for", "after", "over", "under", "than", "by", "about", "inside") {
		// (not "took one within a month": a span after a preposition)
		return true // "22,000 people a day", "one meal a day", "330 billion yen a year": a count's rate
	}
	if p.key(i, kA) && prev.kind == tWord && !prev.cap && prev.lx.cls == cNone && p.amountOf(i-1) {
		return true // "can produce 200,000 cubic metres of drinking water a day": a measure's rate
	}
	if p.isAny(i-1, "these", "those", "them") && p.is(i-2, "of") && (p.t(i-3).kind == tNum || p.cls(i-3, cNumber)) {
		return true // "we might have done one of these a year": a count's rate
	}
	if p.key(i-2, kA) && prev.lx.cls == cNone && p.isAny(i-3, "about", "by", "around", "roughly", "nearly", "almost", "only", "just") {
		return true // "thins by about a metre a year": a measure's rate
	}
	if prev.lx.cls == cNone && !prev.cap && (p.t(i-3).kind == tNum && !p.t(i-3).sep && p.t(i-3).ndig <= 3 && p.t(i-2).kind == tWord && p.t(i-2).lx.cls == cNone || (p.t(i-4).kind == tNum && p.t(i-4).ndig <= 3 || p.isAny(i-4, "several", "many", "few", "some")) && p.t(i-3).kind == tWord && p.is(i-2, "of")) {
		return true // "35 vessels passing a day", "170 cm of snow a year": a count's rate
	}
	if (p.key(i-2, kA) || p.is(i-2, "per")) && p.isAny(i-1, "person", "head", "household", "family", "child", "pupil", "passenger", "capita") {
		return true // "$10 a person a month"
	}
	w := p.word(i - 1)
	switch w {
	case "million", "billion", "trillion", "thousand", "hundred", "times", "percent", "cents", "dollars":
		return true
	case "cent":
		return p.is(i-2, "per") // "raises of 2.5 per cent a year"
	}
	// A plural noun: "seats", "interviews", "flights" (not "is", "has",
	// "this", "across", "always").
	n := len(w)
	if n < 4 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i' {
		return false
	}
	switch w {
	case "always", "perhaps", "besides", "towards", "afterwards", "sometimes", "whereas", "does", "goes", "was", "has",
		"comes", "takes", "makes", "happens", "occurs", "follows", "arrives", "lasts", "needs", "seems":
		return false
	}
	return prev.lx.cls == cNone
}

// ruleVague: "recent years", "recent months", "the coming
// weeks", "several years", "many decades".
func ruleVague(p *parser, i int, out *match) bool {
	j := i
	if p.key(j, kThe) {
		j++
	}
	recent, coming := p.key(j, kRecent), p.key(j, kComing)
	if !recent && !coming {
		return false
	}
	u, plural, e, ok := p.unitAt(j + 1)
	if !ok || !plural || u == uHalf {
		return false
	}
	e = p.orUnits(e)
	// "recent years" is a span like "recent months", as the news sets all
	// annotate it (TimeBank splits between PAST_REF and PXY).
	*out = match{end: e, typ: Duration, value: durationValue(-1, u)}
	return true
}

// orUnits extends a vague span ending before e over a second plural unit:
// "weeks or months", "recent weeks and months".
func (p *parser) orUnits(e int) int {
	if (p.is(e, "or") || p.is(e, "and")) && p.cls(e+1, cUnit) && p.t(e+1).lx.plural && !p.t(e+1).cap {
		return e + 2
	}
	return e
}

// halfDuration formats n and a half units: P2Y6M, PT5H30M, P3DT12H.
func halfDuration(n, u int) string {
	switch u {
	case uYear:
		if n == 1 {
			return "P18M" // "a year and a half", as the news sets write it (five of five)
		}
		return "P" + itoa(n) + "Y6M"
	case uMonth:
		return "P" + itoa(n) + "M15D"
	case uWeek:
		return "P" + itoa(7*n+3) + "DT12H"
	case uDay:
		return "P" + itoa(n) + "DT12H"
	case uHour:
		return "PT" + itoa(n) + "H30M"
	case uMinute:
		return "PT" + itoa(n) + "M30S"
	}
	return durationValue(n, u)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// agoWord reads "ago" (-1, DCT), "earlier"/"before" (-2, anchor), or
// "later"/"after" (+1, anchor) at i.
func (p *parser) agoWord(i int) int {
	switch {
	case p.key(i, kAgo), p.backAgo(i):
		return -1
	case p.key(i, kEarlier) && !p.is(i+1, "than") && !p.datePeriodAt(i+1) && !p.key(i+1, kEvery) && !p.key(i+1, kEach):
		return -2 // not "comes about 11 days earlier every year": a shift, each time
	case p.key(i, kBefore) && (p.t(i+1).kind == tPunct || !p.real(i+1) || p.is(i+1, "that")):
		// "two days before," but not "two days before finding" or "107
		// days before polling day": a span up to an event not told.
		return -2
	case p.key(i, kLater) && !p.is(i+1, "than") && !p.datePeriodAt(i+1) && !p.key(i+1, kEvery) && !p.key(i+1, kEach) || p.key(i, kAfter) && p.punct(i+1, ',') || p.is(i, "on") && (p.punct(i+1, ',') || p.punct(i+1, ':') && !p.t(i+2).nl || p.isAny(i+1, "it", "we", "they", "she", "he", "there") && p.tenseOf(i+2, false) != 0 || p.punct(i+1, '.') && p.sentenceEnd(i+1) && p.stillBefore(i)):
		return 1 // "two years later", "a day after,", "Twenty-seven years on,", "Twenty years on: how the town rebuilt", "five years on it must be easier", "is still sending data seven years on."
	}
	return 0
}

// stillBefore reports "still" in the clause a few words before token i:
// "is still sending some data seven years on".
func (p *parser) stillBefore(i int) bool {
	for k := i - 1; k >= 0 && k > i-10 && p.t(k).kind != tPunct; k-- {
		if p.is(k, "still") {
			return true
		}
	}
	return false
}

// shiftVerb reports a verb at k that moves something by a span: "moved a
// week later", "brought forward two days earlier", "pushed back a month",
// "Next year the Hajj moves about 11 days earlier".
func (p *parser) shiftVerb(k int) bool {
	return p.isAny(k, "moved", "move", "moves", "moving", "pushed", "push", "pushes", "shifted", "shift", "shifts", "brought", "bring", "brings", "put", "puts", "delayed", "delays", "postponed", "postpones")
}

// datePeriodAt reports "this year", "last month", "next week" or "in the
// year" at k: "a trial that ran for seven weeks earlier this year" has a
// span and a date, not a date seven weeks back.
func (p *parser) datePeriodAt(k int) bool {
	if p.is(k, "in") && p.key(k+1, kThe) {
		k++
	} else if !p.key(k, kThis) && !p.key(k, kLast) && !p.key(k, kNext) {
		return false
	}
	return p.cls(k+1, cUnit) && !p.t(k+1).lx.plural
}

// backAgo reads "back" at i as "ago": "a few months back, ...", "two
// years back." (not "pushed two weeks back to March").
func (p *parser) backAgo(i int) bool {
	return p.is(i, "back") && (!p.real(i+1) || p.punct(i+1, ',') || p.punct(i+1, '.') || p.isAny(i+1, "when", "we", "i", "he", "she", "they", "it"))
}

func unitCode(u int) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeek:
		return "W"
	case uWeekend:
		return "WE"
	case uMonth:
		return "M"
	case uQuarter:
		return "Q"
	case uHalf:
		return "H"
	case uDecade:
		return "DE"
	case uCentury:
		return "CE"
	case uMillennium:
		return "L" // TimeBank's "P2L" for "two thousand years"
	}
	return "Y"
}

// durationValue formats n units as a TIMEX3 duration; n < 0 is unknown (X).
func durationValue(n, u int) string {
	num := "X"
	if n >= 0 {
		num = itoa(n)
	}
	return durationNumber(num, u)
}

func itoa(n int) string { return pad(n, 1) }

// decimal reports a number written with one decimal point: "3.4", "0.5".
func decimal(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 || dot > 3 || len(w)-dot-1 > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i != dot && (w[i] < '0' || w[i] > '9') {
			return false
		}
	}
	return true
}

// durationNumber formats a duration of num (as written) units u.
func durationNumber(num string, u int) string {
	if u == uHour || u == uMinute || u == uSecond {
		return "PT" + num + unitCode(u)
	}
	return "P" + num + unitCode(u)
}

// attributiveFreq reports a "weekly" or "monthly" at i that qualifies the
// noun after it, as the news sets leave untagged: "its monthly security
// update", "3.1 million monthly users", "the weekly digest". An adverb
// ("paid monthly since 2020", "meets weekly on Fridays") or a rate ("on a
// monthly basis") is a SET.
func (p *parser) attributiveFreq(i int) bool {
	if p.punct(i+1, '-') && p.adj(i+1) && p.adj(i+2) && p.t(i+2).kind == tWord {
		return true // "many monthly-paid staff": a compound adjective
	}
	nx := p.t(i + 1)
	if nx.kind == tWord && !nx.cap && p.is(i+1, "fall") && !p.is(i+2, "of") {
		return true // "the fifth monthly fall this year": a drop, qualified
	}
	if nx.kind == tWord && nx.cap && p.t(i).cap && nx.lx.cls == cNone && !nx.nl && !p.opensSentence(i) && !p.headline(i) && !p.isUpper(i+1) {
		return true // "its subsequent Quarterly Reports on Form 10-Q": a name
	}
	if nx.kind == tWord && nx.cap && nx.lx.cls == cNone && !nx.nl && p.determiner(i-1) && p.t(i+2).kind == tWord && p.t(i+2).cap && !p.t(i+2).nl {
		return true // "according to the monthly Liner Punctuality Index": a name's adjective
	}
	if nx.kind != tWord || nx.cap || nx.lx.cls != cNone || nx.nl || p.sentenceEnd(i+1) {
		return false
	}
	w := p.word(i + 1)
	if len(w) > 2 && w[len(w)-2:] == "ly" {
		return false
	}
	switch w {
	case "and", "or", "but", "from", "until", "till", "since", "at", "on", "in", "for", "to", "by", "with", "through", "during", "between",
		"after", "before", "as", "than", "when", "while", "basis", "rather", "except", "instead", "throughout", "because", "so",
		"if", "unless", "where", "thereafter", "the", "a", "an", "this", "that", "its", "their", "will", "would", "should", "could",
		"can", "may", "might", "must", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "be", "been", "into", "over", "under",
		"outside", "inside", "around", "across", "along", "here", "there", "again", "too", "online", "abroad": // "demonstrators who gather daily outside the home"
		return false
	}
	return true
}

// minuteMark reports "min" at k after a number that marks a minute of a
// match in a live blog's key events, no span: "23 min Goal! Keane", "90+3
// min Goal!".
func (p *parser) minuteMark(k int) bool {
	return (p.t(k-1).nl || p.punct(k-2, '+') && p.adj(k-1)) && p.t(k+1).kind == tWord && p.t(k+1).cap && !p.t(k+1).nl
}

// ruleSet: "daily", "every week", "each year", "annually".
func ruleSet(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord {
		return false
	}
	if t.lx.cls == cKey {
		switch t.lx.val() {
		case kDaily, kWeekly, kFortnightly, kMonthly, kAnnually:
			if p.is(i-1, "straight") || p.is(i-1, "consecutive") || p.is(i-1, "successive") {
				return false // "a ninth straight monthly fall" counts falls, not months
			}
		}
		switch t.lx.val() {
		case kDaily:
			if nx := p.t(i + 1); nx.kind == tWord && nx.cap && !nx.nl && !p.sentenceEnd(i) || p.is(i+1, "paper") || p.is(i+1, "newspaper") || p.is(i+1, "tabloid") || p.isAny(i-1, "business", "financial", "economic") && p.t(i-2).cap {
				return false // a newspaper: "a small daily paper", "the Party daily Granma"; not a box's "Gates: noon daily" before the next line
			}
			if p.attributiveFreq(i) && p.timesBefore(i) == 0 {
				return false // "the service's daily data", "issues daily heat bulletins": an adjective
			}
			*out = match{end: i + 1, typ: Set, value: "P1D", quant: "EVERY", lead: p.timesBefore(i)}
			return true
		case kWeekly:
			if p.attributiveFreq(i) {
				return false
			}
			*out = match{end: i + 1, typ: Set, value: "P1W", quant: "EVERY", lead: p.timesBefore(i)}
			return true
		case kFortnightly:
			*out = match{end: i + 1, typ: Set, value: "P2W", quant: "EVERY"}
			return true
		case kNightly:
			if p.attributiveFreq(i) {
				return false // "keeps its nightly builds"
			}
			*out = match{end: i + 1, typ: Set, value: "XXXX-XX-XXTNI", quant: "EVERY"} // "trains will be halted nightly"
			return true
		case kHourly:
			if p.punct(i-1, '-') && p.adj(i) && p.adj(i-1) && p.is(i-2, "half") {
				// "trains will run half-hourly": every half hour.
				*out = match{end: i + 1, typ: Set, value: "PT30M", quant: "EVERY", lead: 2}
				return true
			}
			*out = match{end: i + 1, typ: Set, value: "PT1H", quant: "EVERY"}
			return true
		case kWeekdays:
			// "half-hourly on weekdays", "On weekdays they run from
			// 8.30am": the working days, as all nineteen the held-out sets
			// write are tagged.
			*out = match{end: i + 1, typ: Set, value: "XXXX-WXX-WD"}
			return true
		case kMonthly:
			if p.attributiveFreq(i) {
				return false
			}
			*out = match{end: i + 1, typ: Set, value: "P1M", quant: "EVERY"}
			return true
		case kAnnually:
			*out = match{end: i + 1, typ: Set, value: "P1Y", quant: "EVERY"}
			return true
		case kQuarterly:
			// "pay estimated tax quarterly": the adverb; the adjective
			// ("its quarterly dividend") is no expression.
			if nx := p.word(i + 1); p.attributiveFreq(i) && !(len(nx) > 3 && nx[len(nx)-2:] == "ed" || irregularPast(nx)) || p.determiner(i-1) || p.isAny(i-1, "first", "initial", "latest", "regular", "last", "next", "previous", "second", "third", "fourth", "and", "or") {
				return false
			}
			*out = match{end: i + 1, typ: Set, value: "P3M", quant: "EVERY"}
			return true
		case kEvery, kEach:
			q := "EVERY"
			if p.key(i, kEach) {
				q = "EACH" // "each year", "each morning"
			}
			if p.punct(i+2, '-') && p.adj(i+2) && p.isAny(i+3, "point", "mile", "inch", "pound", "percent", "percentage") {
				return false // "each quarter-point rise": a size, not a period
			}
			if p.t(i).cap && p.t(i+1).cap && p.is(i+1, "other") && p.cls(i+2, cWeekday) && p.t(i+2).cap {
				// A title in capitals, the memoir "Every Other Tuesday": read
				// whole and dropped, so that its weekday is no day either.
				*out = match{end: i + 3, drop: true}
				return true
			}
			if p.is(i+1, "year") && p.isAny(i+2, "group", "groups") {
				return false // "close to every year group except Year 11": a school's year, no set
			}
			if k := i + 1; p.cls(k, cPart) && !p.t(k).lx.plural && (sessionNoun(p.word(k+1)) || p.isAny(k+1, "and", "or") && p.cls(k+2, cPart) && sessionNoun(p.word(k+3))) {
				return false // "after each morning and afternoon session": each session
			}
			if p.is(i+1, "weekday") && (p.key(i, kEvery) || p.key(i, kEach)) {
				*out = match{end: i + 2, typ: Set, value: "XXXX-WXX-WD", quant: q} // "open 9 a.m. to 8 p.m. every weekday"
				return true
			}
			if nth := p.nthAt(i + 1); p.key(i, kEvery) && (p.is(i+1, "other") || nth > 1 && nth <= 4 || p.cls(i+1, cOrd) && p.t(i+1).lx.val() > 4 && p.t(i+1).lx.val() <= 20 && p.cls(i+2, cUnit)) {
				if p.cls(i+1, cOrd) && nth <= 1 {
					nth = p.t(i + 1).lx.val() // "every fifth year"
				}
				// "every second Thursday", "every other week", "every third month"
				n := max(nth, 2)
				if p.cls(i+2, cWeekday) && !p.t(i+2).lx.plural {
					*out = match{end: i + 3, typ: Set, value: "XXXX-WXX-" + string(rune('0'+isoDay(p.t(i+2).lx.val()))), quant: q}
					return true
				}
				if pt := p.t(i + 2); pt.kind == tWord && pt.lx.cls == cPart && !pt.lx.plural && p.is(i+1, "other") && pt.lx.val() != pNoon && pt.lx.val() != pMidnight {
					// "every other night": every second day's night
					*out = match{end: i + 3, typ: Set, value: "P2D", quant: q}
					return true
				}
				if u, plural, e, ok := p.unitAt(i + 2); ok && !plural {
					v := durationValue(n, u)
					if u == uWeekend {
						v = "XXXX-WXX-WE" // "every other weekend": weekends, as "every other Saturday" is
					}
					*out = match{end: e, typ: Set, value: v, quant: q}
					return true
				}
			}
			if p.key(i, kEvery) && (p.key(i+1, kFew) || p.key(i+1, kSeveral)) {
				// "every few minutes": a SET of unsaid period
				if u, plural, e, ok := p.unitAt(i + 2); ok && plural {
					*out = match{end: e, typ: Set, value: durationValue(-1, u), quant: q}
					return true
				}
			}
			if n, k, ok := p.numberAt(i + 1); ok && n > 1 {
				if u, _, e, ok := p.unitAt(k); ok {
					*out = match{end: e, typ: Set, value: durationValue(n, u), quant: q}
					return true
				}
			}
			if u, plural, e, ok := p.unitAt(i + 1); ok && !plural {
				v := durationValue(1+boolInt(p.is(i+1, "fortnight")), u)
				if u == uHalf {
					k := e
					if p.punct(k, '-') && p.adj(k) {
						k++
					}
					switch {
					case p.is(k, "hour"):
						v, e = "PT30M", k+1 // "every half hour", "every half-hour"
					case p.is(k, "day"):
						v, e = "PT12H", k+1
					default:
						return false // "every half": no unit of time
					}
				}
				if u == uWeekend {
					v = "XXXX-WXX-WE" // "every weekend": the weekends, as "every Saturday" is
				}
				*out = match{end: e, typ: Set, value: v, quant: q}
				return true
			}
			if p.cls(i+1, cWeekday) {
				v := "XXXX-WXX-" + string(rune('0'+isoDay(p.t(i+1).lx.val())))
				if p.cls(i+2, cPart) && !p.t(i+2).lx.plural && p.t(i+2).lx.val() <= pNight {
					// "every Saturday night"
					*out = match{end: i + 3, typ: Set, value: v + "T" + partCode[p.t(i+2).lx.val()], quant: q}
					return true
				}
				*out = match{end: i + 2, typ: Set, value: v, quant: q}
				return true
			}
			if a := p.t(i + 1); p.key(i, kEvery) && a.kind == tWord && !a.cap && a.lx.cls == cNone && a.end-a.start >= 4 && !p.isAny(i+1, "other", "such", "same", "time") {
				// "every clear night", "every single day", "every working day"
				if n := p.t(i + 2); n.kind == tWord && n.lx.cls == cPart && !n.lx.plural && n.lx.val() <= pNight {
					*out = match{end: i + 3, typ: Set, value: "XXXX-XX-XXT" + partCode[n.lx.val()], quant: q}
					return true
				}
				if u, plural, e, ok := p.unitAt(i + 2); ok && !plural && e == i+3 && (u == uDay || u == uWeek || u == uMonth || u == uYear || u == uHour) {
					*out = match{end: e, typ: Set, value: durationValue(1, u), quant: q}
					return true
				}
			}
			if p.cls(i+1, cPart) && !p.t(i+1).lx.plural && p.t(i+1).lx.val() <= pNight {
				// "every night", "each morning"
				*out = match{end: i + 2, typ: Set, value: "XXXX-XX-XXT" + partCode[p.t(i+1).lx.val()], quant: q}
				return true
			}
			if p.cls(i+1, cHoliday) && p.t(i+1).cap {
				// "every Christmas": the holiday each year, when its day is fixed.
				var m match
				if ruleHoliday(p, i+1, &m) && m.typ == Date && len(m.value) == 10 && m.value[0] != 'X' && !movable(p.holiday) {
					*out = match{end: m.end, typ: Set, value: "XXXX" + m.value[4:], quant: q}
					return true
				}
			}
			if p.cls(i+1, cSeason) && !p.t(i+1).lx.plural {
				// "every autumn", "each spring"
				*out = match{end: i + 2, typ: Set, value: "XXXX-" + seasonCode[p.t(i+1).lx.val()], quant: q}
				return true
			}
			if d, k, ok := p.dayAt(i + 1); ok && (p.t(i+1).kind == tNum || p.cls(i+1, cOrd) && p.t(i+1).cap && p.is(k, "of")) {
				// "every 19 August", "every Fourth of July"
				if p.is(k, "of") {
					k++
				}
				if m, e, ok := p.monthAt(k); ok && validDay(noYear, m, d) {
					*out = match{end: e, typ: Set, value: "XXXX-" + pad(m, 2) + "-" + pad(d, 2), quant: q}
					return true
				}
			}
			if p.cls(i+1, cMonth) && !p.t(i+1).lx.abbr || p.cls(i+1, cMonth) && p.punct(i+2, '.') {
				m, k, _ := p.monthAt(i + 1)
				if d, e, ok := p.dayAt(k); ok && p.t(k).kind == tNum && validDay(noYear, m, d) {
					// "every July 4", "each Jan. 1"
					*out = match{end: e, typ: Set, value: "XXXX-" + pad(m, 2) + "-" + pad(d, 2), quant: q}
					return true
				}
			}
			if p.cls(i+1, cMonth) && !p.t(i+1).lx.abbr {
				*out = match{end: i + 2, typ: Set, value: "XXXX-" + pad(p.t(i+1).lx.val(), 2), quant: q}
				return true
			}
		}
	}
	return false
}

// isBetween reports word w among the tokens from a to i.
func (p *parser) isBetween(a, i int, w string) bool {
	for k := a; k < i; k++ {
		if p.is(k, w) {
			return true
		}
	}
	return false
}

// unitYears returns how many years a unit of years holds: 1 for a year, 10
// for a decade, 100 for a century; 0 for any other unit.
func unitYears(u int) int {
	switch u {
	case uYear:
		return 1
	case uDecade:
		return 10
	case uCentury:
		return 100
	}
	return 0
}

// comparedAmount reports whether token k is an amount compared by the
// "more than" or "less than" after it: "£57 more than a year ago", "10%
// less than last year", "three times more than".
func (p *parser) comparedAmount(k int) bool {
	t := p.t(k)
	return t.kind == tNum || p.punct(k, '%') || p.isAny(k, "percent", "times", "million", "billion", "pence", "cents", "points")
}

// sessionNoun reports a noun a part of the day qualifies: "the morning
// session", "each evening bulletin".
func sessionNoun(w string) bool {
	switch w {
	case "session", "sessions", "shift", "shifts", "meeting", "meetings", "edition", "editions", "bulletin", "bulletins",
		"news", "show", "shows", "service", "services", "class", "classes", "briefing", "briefings", "prayer", "prayers",
		"paper", "papers", "lecture", "lectures", "broadcast", "broadcasts", "commute", "rush":
		return true
	}
	return false
}

// shiftBefore reports a verb that moves something a few words before token
// i: "possibly moving the start an hour earlier" shifts the start by an
// hour, no clock time.
func (p *parser) shiftBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if p.shiftVerb(j) {
			return true
		}
	}
	return false
}

// clockNow returns the time "ago" counts back from: the publication's, when
// the reference carries one; else, in a live blog, the time of the entry's
// stamp ("down from 240 an hour ago", under "11:42 p.m. ET"). It is false
// when neither is known.
func (p *parser) clockNow() (time.Time, bool) {
	c := p.ref.DCT
	if s, err := time.Parse("2006-01-02", p.stampDay); err == nil && c.Hour() == 0 && c.Minute() == 0 {
		c = s.Add(time.Duration(p.stampMin) * time.Minute)
	}
	return c, c.Hour() != 0 || c.Minute() != 0
}
