package temporal

// class is the lexical class of a known word.
type class uint8

const (
	cNone    class = iota
	cMonth         // v = 1..12; abbr set for abbreviations
	cWeekday       // v = 0 (Sunday) .. 6
	cUnit          // v = unit; plural set for plural forms
	cNumber        // v = value of a cardinal number word
	cOrd           // v = value of an ordinal word
	cSeason        // v = season
	cPart          // v = part of day
	cKey           // v = keyword id
	cHoliday       // v = holiday
)

// lexeme is the lexicon entry of a word.
type lexeme struct {
	v      int16
	cls    class
	abbr   bool
	plural bool
	start  uint8 // a keyword that can begin an expression: startAlways or startDet
}

// Units of time.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uMillennium
)

// Seasons.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

// Parts of day.
const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
	pNoon
	pMidnight
)

// Keyword ids.
const (
	kNone = iota
	kThe
	kThis
	kLast
	kNext
	kPast
	kComing
	kPrevious
	kFollowing
	kAgo
	kEarlier
	kLater
	kBefore
	kAfter
	kToday
	kYesterday
	kTomorrow
	kTonight
	kNow
	kCurrently
	kCurrent
	kRecently
	kRecent
	kFuture
	kEarly
	kLate
	kMid
	kMiddle
	kEnd
	kBeginning
	kStart
	kA
	kAn
	kSeveral
	kFew
	kMany
	kSome
	kCouple
	kThat
	kEvery
	kEach
	kDaily
	kWeekly
	kMonthly
	kYearly
	kAnnually
	kQuarterly
	kFortnightly
	kNightly
	kHourly
	kWeekdays // "weekdays": the working days, a set
	kFiscal
	kAm
	kPm
	kSame
	kAbout
	kAlmost
	kNearly
	kMore
	kLess
	kOver
	kLatest
	kBC
	kAD
	kHundred
	kThousand
	kMillion
	kPercent
	kBillion
	kFut    // a word announcing the future: "scheduled", "plans", "could"
	kSoon   // "soon": announces the future and can be an expression
	kTerm   // "the near term", "the long term"
	kNear   // "near", "short", "long" before "term"
	kThese  // "these days"
	kDecade // "the nineties"
	kFull   // "the full year"
	kTime   // "during that time", "at the time"
	kPeriod // "this period"
	kExtra  // "an additional year": a word between a count and its unit
	kMidweek
	kPer // "per day": a rate after an amount
	kCount
)

// How a keyword can begin an expression.
const (
	startAlways = 1
	startDet    = 2 // only before a known word or a number: "the", "a"
)

// startKeys are the keywords that can begin an expression: 1 always, 2
// only before a known word or a number.
var startKeys = map[int]uint8{
	kThe: 2, kA: 2, kAn: 2, kAbout: 2, kNearly: 2, kAlmost: 2, kMore: 2, kLess: 2, kOver: 2, kSome: 2,
	kThis: 1, kLast: 1, kNext: 1, kPast: 1, kComing: 1, kPrevious: 1, kCurrent: 1, kToday: 1, kYesterday: 1,
	kTomorrow: 1, kTonight: 1, kNow: 1, kCurrently: 1, kRecently: 1, kMidweek: 1,
	kFuture: 1, kEarly: 1, kLate: 1, kMid: 1, kMiddle: 1, kEarlier: 1, kLater: 1, kSeveral: 1, kFew: 1, kMany: 1,
	kEvery: 1, kEach: 1, kDaily: 1, kWeekly: 1, kMonthly: 1, kYearly: 1, kAnnually: 1, kQuarterly: 1, kFortnightly: 1, kNightly: 1, kHourly: 1, kWeekdays: 1, kFiscal: 1,
	kFollowing: 1, kSame: 1, kLatest: 2, kThat: 2, kRecent: 1, kEnd: 1, kBeginning: 1, kStart: 1,
	kThese: 2, kSoon: 1, kPer: 2, kHundred: 2, kThousand: 2, // "another hundred years"
}

// lexicon maps lower-case words to their entries. It is built once and
// never written.
var lexicon = newWordTable(buildLexicon())

func buildLexicon() map[string]lexeme {
	m := make(map[string]lexeme, 512)
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, s := range months {
		m[s] = lexeme{cls: cMonth, v: int16(i + 1)}
	}
	for s, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		m[s] = lexeme{cls: cMonth, v: int16(v), abbr: true}
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, s := range days {
		m[s] = lexeme{cls: cWeekday, v: int16(i)}
		m[s+"s"] = lexeme{cls: cWeekday, v: int16(i), plural: true}
	}
	for s, v := range map[string]int{"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6} {
		m[s] = lexeme{cls: cWeekday, v: int16(v), abbr: true}
	}
	units := map[string]int{"second": uSecond, "minute": uMinute, "hour": uHour, "day": uDay, "week": uWeek,
		"weekend": uWeekend, "month": uMonth, "quarter": uQuarter, "year": uYear, "decade": uDecade,
		"century": uCentury, "millennium": uMillennium}
	for s, u := range units {
		m[s] = lexeme{cls: cUnit, v: int16(u)}
		m[s+"s"] = lexeme{cls: cUnit, v: int16(u), plural: true}
	}
	m["centuries"] = lexeme{cls: cUnit, v: int16(uCentury), plural: true}
	m["millennia"] = lexeme{cls: cUnit, v: int16(uMillennium), plural: true}
	m["half"] = lexeme{cls: cUnit, v: int16(uHalf)}
	m["halves"] = lexeme{cls: cUnit, v: int16(uHalf), plural: true}
	m["fortnight"] = lexeme{cls: cUnit, v: int16(uWeek)} // counted twice where it is a count
	m["fortnights"] = lexeme{cls: cUnit, v: int16(uWeek), plural: true}
	m["hrs"] = lexeme{cls: cUnit, v: int16(uHour), plural: true}
	m["mins"] = lexeme{cls: cUnit, v: int16(uMinute), plural: true}
	m["yr"] = lexeme{cls: cUnit, v: int16(uYear)}
	m["yrs"] = lexeme{cls: cUnit, v: int16(uYear), plural: true}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, s := range nums {
		m[s] = lexeme{cls: cNumber, v: int16(i)}
	}
	for s, v := range map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12} {
		m[s] = lexeme{cls: cNumber, v: int16(v)}
	}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, s := range ords[1:] {
		if s == "second" {
			continue // also a unit; rules read it as an ordinal where one fits
		}
		m[s] = lexeme{cls: cOrd, v: int16(i + 1)}
	}
	for s, v := range map[string]int{"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100} {
		m[s] = lexeme{cls: cOrd, v: int16(v)}
	}
	for s, v := range map[string]int{"spring": sSpring, "summer": sSummer, "fall": sFall, "autumn": sFall, "winter": sWinter,
		"springtime": sSpring, "summertime": sSummer, "wintertime": sWinter} {
		m[s] = lexeme{cls: cSeason, v: int16(v)}
	}
	for s, v := range map[string]int{"morning": pMorning, "afternoon": pAfternoon, "evening": pEvening, "night": pNight,
		"noon": pNoon, "midnight": pMidnight, "midday": pNoon, "overnight": pNight} {
		m[s] = lexeme{cls: cPart, v: int16(v)}
	}
	for s, v := range map[string]int{"mornings": pMorning, "afternoons": pAfternoon, "evenings": pEvening, "nights": pNight} {
		m[s] = lexeme{cls: cPart, v: int16(v), plural: true}
	}
	keys := map[string]int{"the": kThe, "this": kThis, "last": kLast, "next": kNext, "past": kPast,
		"coming": kComing, "previous": kPrevious, "preceding": kPrevious, "following": kFollowing, "ago": kAgo, "earlier": kEarlier,
		"later": kLater, "before": kBefore, "after": kAfter, "today": kToday, "yesterday": kYesterday,
		"tomorrow": kTomorrow, "tonight": kTonight, "midweek": kMidweek, "now": kNow, "currently": kCurrently, "current": kCurrent,
		"recently": kRecently, "recent": kRecent, "future": kFuture, "early": kEarly, "late": kLate,
		"mid": kMid, "middle": kMiddle, "end": kEnd, "beginning": kBeginning, "start": kStart, "a": kA, "an": kAn,
		"several": kSeveral, "few": kFew, "many": kMany, "some": kSome, "couple": kCouple, "every": kEvery, "each": kEach, "daily": kDaily, "weekly": kWeekly, "fortnightly": kFortnightly, "nightly": kNightly, "biweekly": kFortnightly, "hourly": kHourly, "weekdays": kWeekdays, "monthly": kMonthly, "yearly": kYearly,
		"annually": kAnnually, "annual": kYearly, "quarterly": kQuarterly, "fiscal": kFiscal, "am": kAm, "pm": kPm,
		"same": kSame, "that": kThat, "about": kAbout, "almost": kAlmost,
		"nearly": kNearly, "more": kMore, "less": kLess, "over": kOver, "latest": kLatest, "bc": kBC, "bce": kBC, "ad": kAD,
		"ce": kAD, "hundred": kHundred, "thousand": kThousand,
		"million": kMillion, "billion": kBillion, "percent": kPercent, "tonite": kTonight, "could": kFut, "might": kFut, "scheduled": kFut, "planned": kFut,
		"planning": kFut, "expected": kFut, "expects": kFut, "expect": kFut, "upcoming": kFut, "intends": kFut,
		"due": kFut, "effective": kFut, "soon": kSoon, "begins": kFut, "starts": kFut, "opens": kFut,
		"outset": kStart, "term": kTerm, "near": kNear, "short": kNear, "long": kNear, "these": kThese,
		"twenties": kDecade, "thirties": kDecade, "forties": kDecade, "fifties": kDecade, "sixties": kDecade,
		"seventies": kDecade, "eighties": kDecade, "nineties": kDecade, "full": kFull, "time": kTime, "period": kPeriod, "additional": kExtra, "extra": kExtra, "further": kExtra, "single": kExtra,
		"per": kPer,
	}
	for s, v := range map[string]int{"christmas": hChristmas, "thanksgiving": hThanksgiving, "halloween": hHalloween,
		"easter": hEaster, "new": hNew, "independence": hIndependence, "labor": hLabor, "labour": hLabor,
		"memorial": hMemorial, "veterans": hVeterans, "valentine": hValentine, "election": hElection,
		"juneteenth": hJuneteenth, "hogmanay": hHogmanay, "eid": hEid, "lebaran": hEidFitr, "nowruz": hNowruz, "norouz": hNowruz,
		"nowrouz": hNowruz, "navruz": hNowruz, "newroz": hNowruz, "rosh": hRosh, "yom": hYomKippur, "passover": hPassover, "pentecost": hPentecost, "whitsun": hPentecost, "whitsunday": hPentecost, "pesach": hPassover,
		"diwali": hDiwali, "deepavali": hDiwali, "dhanteras": hDhanteras, "obon": hObon, "ramadan": hRamadan, "ramzan": hRamadan, "holy": hRamadan, "lent": hLent, "chuseok": hChuseok,
		"epiphany": hEpiphany, "assumption": hAssumption, "hanukkah": hHanukkah, "chanukah": hHanukkah, "hanukah": hHanukkah,
		"purim": hPurim, "shavuot": hShavuot, "sukkot": hSukkot, "bonfire": hBonfire, "fawkes": hBonfire, "lantern": hLantern, "mardi": hShrove, "carnival": hCarnival, "arafat": hArafat, "tarwiyah": hTarwiyah, "corpus": hCorpus, "shawwal": hShawwal, "hijja": hHijja, "hijjah": hHijja, "equinox": hEquinox, "solstice": hSolstice} {
		m[s] = lexeme{cls: cHoliday, v: int16(v)}
	}
	for s, v := range keys {
		if _, dup := m[s]; dup {
			continue
		}
		m[s] = lexeme{cls: cKey, v: int16(v), start: startKeys[v]}
	}
	return m
}

func (l lexeme) val() int { return int(l.v) }
