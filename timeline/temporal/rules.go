package temporal

// ruleID names a rule. Rules are plain functions over the token stream;
// the table below says at which kinds of token each can start.
type ruleID uint8

const (
	rNumericDate ruleID = iota
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
)

// rules are tried at every token that can start an expression; the longest
// match wins, the first rule on ties.
var rules = [...]struct {
	first uint16 // classes of first tokens (fNum, fMonth, ...)
	id    ruleID
}{
	{fNum, rNumericDate},
	{fMonth, rMonthDay},
	{fNum | fOrd | fKey, rDayMonth},
	{fMonth, rMonthYear},
	{fMonth, rMonth},
	{fNum | fKey | fApos, rYear},
	{fKey, rDeictic},
	{fKey, rRelUnit},
	{fWeekday, rWeekday},
	{fNum | fNumber | fKey, rQuantity},
	{fOrd | fKey | fUnit, rQuarter},
	{fKey, rSet},
	{fNum, rClock},
	{fSeason | fKey, rSeason},
	{fHoliday, rHoliday},
	{fPart, rNoon},
	{fKey | fOrd | fNum, rCentury},
	{fKey, rAnaphor},
	{fKey, rVague},
}

// apply runs rule id at token i. A switch rather than a table of function
// values keeps the parser and the match on the stack.
func (p *parser) apply(id ruleID, i int, out *match) bool {
	switch id {
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
	}
	return false
}
