package temporal

// ruleID names a rule. Rules are plain functions over the token stream;
// the sets below say at which kinds of token each can start.
type ruleID uint8

const (
	rCode ruleID = iota
	rNumericDate
	rMonthDay
	rDayMonth
	rMonthYear
	rMonth
	rYear
	rDeictic
	rRelUnit
	rWeekday
	rQuantity
	rQuarter
	rSet
	rClock
	rSeason
	rHoliday
	rNoon
	rCentury
	rAnaphor
	rVague
	rFiscal
	rSpokenYear
	rWeekend
	rPartOf
	rBareUnit
	rDayOfMonth
)

// Rule sets by first token: the rules that can start at a token of each
// kind. Rules are tried in ruleID order; the longest match wins, the first
// rule on ties.
const (
	mNum     = 1<<rCode | 1<<rNumericDate | 1<<rDayMonth | 1<<rYear | 1<<rQuantity | 1<<rClock | 1<<rCentury
	mMonth   = 1<<rMonthDay | 1<<rMonthYear | 1<<rMonth
	mWeekday = 1<<rWeekday | 1<<rHoliday                             // "Good Friday"
	mUnit    = 1<<rQuarter | 1<<rFiscal | 1<<rBareUnit | 1<<rHoliday // "Boxing Day"
	mNumber  = 1<<rQuantity | 1<<rSpokenYear | 1<<rClock             // "six in the morning"
	mOrd     = 1<<rDayMonth | 1<<rQuarter | 1<<rCentury
	mSeason  = 1 << rSeason
	mPart    = 1<<rNoon | 1<<rPartOf
	mHoliday = 1 << rHoliday
	mApos    = 1 << rYear
)

// keyRules are the rules that can start at each keyword.
var keyRules = func() (m [kCount]uint32) {
	set := func(r uint32, keys ...int) {
		for _, k := range keys {
			m[k] |= r
		}
	}
	set(1<<rDayMonth|1<<rYear|1<<rDeictic|1<<rRelUnit|1<<rQuantity|1<<rQuarter|1<<rSeason|1<<rCentury|1<<rAnaphor|1<<rVague, kThe)
	set(1<<rQuantity, kPer, kA, kAn, kSome, kSeveral, kFew, kMany, kNearly, kMore, kLess, kAbout, kAlmost, kOver, kPast, kHundred, kThousand)
	set(1<<rRelUnit, kThis, kLast, kNext, kPast, kComing, kPrevious, kCurrent, kFollowing, kEarly, kLate, kMid, kMiddle, kEarlier, kLater)
	set(1<<rQuarter, kThis, kCurrent, kFiscal)
	set(1<<rVague, kComing, kRecent)
	set(1<<rDeictic, kToday, kYesterday, kTomorrow, kTonight, kMidweek, kNow, kCurrently, kRecently, kFuture, kThese, kCurrent, kSoon)
	set(1<<rAnaphor, kEarlier, kLater, kThat, kThis)
	set(1<<rSet, kEvery, kEach, kDaily, kWeekly, kFortnightly, kNightly, kHourly, kWeekdays, kMonthly, kYearly, kAnnually, kQuarterly)
	set(1<<rYear|1<<rFiscal, kFiscal)
	set(1<<rFiscal, kThe, kLatest, kLast, kPrevious, kCurrent, kThis, kNext, kComing)
	set(1<<rSpokenYear|1<<rWeekend|1<<rPartOf|1<<rBareUnit, kThe)
	set(1<<rWeekend, kThis, kLast, kNext, kComing, kPast)
	set(1<<rPartOf, kEarly, kLate) // "from early morning"
	return m
}()

// apply runs rule id at token i. A switch rather than a table of function
// values keeps the parser and the match on the stack.
func (p *parser) apply(id ruleID, i int, out *match) bool {
	switch id {
	case rCode:
		return ruleCode(p, i, out)
	case rNumericDate:
		return ruleNumericDate(p, i, out)
	case rMonthDay:
		return ruleMonthDay(p, i, out)
	case rDayMonth:
		return ruleDayMonth(p, i, out)
	case rMonthYear:
		return ruleMonthYear(p, i, out)
	case rMonth:
		return ruleMonth(p, i, out)
	case rYear:
		return ruleYear(p, i, out)
	case rDeictic:
		return ruleDeictic(p, i, out)
	case rRelUnit:
		return ruleRelUnit(p, i, out)
	case rWeekday:
		return ruleWeekday(p, i, out)
	case rQuantity:
		return ruleQuantity(p, i, out)
	case rQuarter:
		return ruleQuarter(p, i, out)
	case rSet:
		return ruleSet(p, i, out)
	case rClock:
		return ruleClock(p, i, out)
	case rSeason:
		return ruleSeason(p, i, out)
	case rHoliday:
		return ruleHoliday(p, i, out)
	case rNoon:
		return ruleNoon(p, i, out)
	case rCentury:
		return ruleCentury(p, i, out)
	case rAnaphor:
		return ruleAnaphor(p, i, out)
	case rVague:
		return ruleVague(p, i, out)
	case rFiscal:
		return ruleFiscal(p, i, out)
	case rSpokenYear:
		return ruleSpokenYear(p, i, out)
	case rWeekend:
		return ruleWeekend(p, i, out)
	case rPartOf:
		return rulePartOf(p, i, out)
	case rBareUnit:
		return ruleBareUnit(p, i, out)
	case rDayOfMonth:
		return ruleDayOfMonth(p, i, out)
	}
	return false
}
