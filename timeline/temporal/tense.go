package temporal

import "strings"

// Tense: whether a sentence speaks of the past or the future decides
// which "Wednesday" or "August" it means.

// tense guesses the tense around token i: -1 past, +1 future, 0 unknown.
// Rules ask it several times for the same token, so the last answer is
// kept.
func (p *parser) tense(i int) int {
	if p.tenseAt == i+1 {
		return p.tenseVal
	}
	v := p.readTense(i)
	p.tenseAt, p.tenseVal = i+1, v
	return v
}

func (p *parser) readTense(i int) int {
	v := p.readVerbs(i)
	// The verbs are read first in any case, for the dates after this one
	// (verbAt); these words then overrule them.
	if p.cls(i, cWeekday) && p.is(i-1, "for") && p.isAny(i-2, "doubtful", "questionable", "available", "unavailable", "fit", "ready", "probable", "uncertain", "ticket", "tickets", "booking", "bookings", "reservation", "reservations", "seat", "seats", "squad", "team", "contention", "selection") {
		// "said Sunday night that Sutton was doubtful for Wednesday": a
		// game to come; and so is what a ticket is for ("a return ticket
		// for Monday"), or a squad ("he is in the squad for Saturday")
		return 1
	}
	if p.cls(i, cWeekday) && p.is(i-1, "on") && p.isAny(i-2, "seat", "seats", "ticket", "tickets", "booking", "reservation") && p.forNounPhrase(i-3) {
		return 1 // "logged on at 8 a.m. on Jan 20 for a high-speed seat on Thursday": what a seat is bought for is to come
	}
	if p.key(i, kThe) && p.cls(i+1, cSeason) && p.is(i-1, "for") && p.isAny(i-2, "ticket", "tickets", "booking", "bookings", "reservation", "reservations") {
		return 1 // "Bookings for the summer open at 9am": what they are for is to come
	}
	if (p.cls(i, cSeason) || p.key(i, kThe) && p.cls(i+1, cSeason) || p.cls(i, cMonth) || p.cls(i, cWeekday)) && p.planProgressive(i) && !p.ref.Narrative {
		return 1 // "I'm doing two festivals this month and a proper tour in the spring": a plan
	}
	if k := i - 2 - boolInt(p.is(i-1, "on")); p.cls(i, cWeekday) && p.is(k+1, "meet") && p.isAny(k, "we", "i") && p.opensSentence(k) && !p.punct(k-1, '"') && !p.ref.Narrative {
		return -1 // an interview's "We meet on Tuesday afternoon in her kitchen": the scene told in the present, gone
	}
	if p.cls(i, cMonth) && (p.superlative(i-1) || p.isAny(i-1, "worst", "best")) && (p.is(i+1, "on") && p.is(i+2, "record") || p.isAny(i+1, "since", "ever")) {
		return -1 // "A&E has worst November on record", "the wettest February since 1766": a month gone
	}
	if p.cls(i, cMonth) && p.is(i-1, "in") && p.sinceEvent(i-2) {
		return -1 // "since the last strike in January": the event a span runs from is gone
	}
	if p.cls(i, cWeekday) && p.actionFrom(i) {
		return 1 // "confirmed a strike from 00:01 on Monday": an action called, ahead
	}
	if p.is(i-1, "to") && p.is(i-2, "forward") && p.isAny(i-3, "looking", "look", "looks", "looked") {
		return 1 // "was not looking forward to Tuesday": what one looks forward to is to come
	}
	if p.limitBefore(i) && p.likelyAfter(i) {
		return 1 // "a finish by Monday afternoon looked likely": what was likely is still to come
	}
	if p.cls(i, cWeekday) && p.punct(i+1, '\'') && (p.is(i-1, "off") && p.isAny(i-2, "called", "calls", "call") || p.isAny(i-1, "cancelled", "canceled", "cancels", "scrapped", "scraps", "postponed", "postpones", "axed")) {
		return 1 // "called off Saturday's event on Tuesday": an event not yet held
	}
	if p.cls(i, cWeekday) && p.ifPresentBefore(i) {
		return 1 // "If cloud spoils Sunday, the Ursids peak on 22 December": a condition still open
	}
	if v < 0 && p.cls(i, cMonth) && p.hasDCT && !p.ref.Narrative && p.t(i).lx.val() > int(p.dct.Month()) && p.possibleAfter(i) {
		return 1 // "signalled that another move in December was possible": what was possible is still ahead
	}
	if !p.ref.Narrative && (p.cls(i, cMonth) || p.t(i).kind == tNum || p.cls(i, cWeekday)) && p.minutesOf(i) {
		return -1 // "publishes the minutes of the Board's meeting of 28-29 October": minutes record a meeting held
	}
	if p.cls(i, cWeekday) && p.is(i-1, "from") && p.is(i-2, "expect") && p.is(i-3, "to") && !p.ref.Narrative {
		return 1 // "what to expect from Tuesday's keynote": a guide to the day ahead
	}
	if v <= 0 && p.cls(i, cWeekday) && !p.ref.Narrative && p.headlineInfinitive(i) {
		return 1 // a headline's "aid workers freed after days of talks, to fly home Thursday": what is to be done
	}
	if v <= 0 && p.cls(i, cWeekday) && !p.ref.Narrative && p.labelNotice(i) {
		return 1 // a bulletin's "High Street: closed from 9am to 4pm on Thursday": a closure to come
	}
	if v == 0 && p.cls(i, cWeekday) && !p.ref.Narrative && p.noticeCommand(i) {
		return 1 // a notice's "Fill jugs and the bath on Tuesday afternoon": what it tells readers to do is ahead
	}
	if p.since(i) && !p.ref.Narrative {
		// "have been without power since Saturday afternoon": a start gone.
		// The verbs are still read, for the dates after it (verbAt).
		return -1
	}
	return v
}

// readVerbs reads the tense around token i from the verbs and words of
// its clause.
func (p *parser) readVerbs(i int) int {
	if p.postponedTo(i) || p.seesAhead(i) || p.newDeadline(i) || p.warnedFor(i) || p.riskOf(i) {
		return 1
	}
	if p.cls(i, cWeekday) && p.is(i-1, "on") && p.isAny(i-2, "referendum", "ballot", "plebiscite", "vote", "poll", "election") && (p.key(i-3, kA) || p.key(i-3, kAn) || p.key(i-3, kThe)) && p.is(i-4, "in") {
		// "voted to adopt the euro in a referendum on Saturday": the day
		// of the vote, whose tense is the voting's, not the infinitive's.
		for k := i - 5; k >= 0 && k > i-16 && !p.sentenceEnd(k); k-- {
			if p.isAny(k, "voted", "vote", "votes", "voting", "backed", "rejected", "approved", "chose", "elected") {
				if v := p.tenseOf(k, false); v != 0 {
					return v
				}
				break
			}
		}
	}
	if p.cls(i, cWeekday) && !p.t(i).lx.plural && p.isAny(i+1, "could", "may", "might", "should", "will", "can") && !p.is(i+2, "have") && (p.subjectOpens(i) || p.opensSentence(i) || p.punct(i-1, '"') && p.opensSentence(i-1)) {
		// ... and "\"Saturday could be worse than today,\" he said"
		return 1 // "A win on Saturday could be enough": the subject of a modal, ahead
	}
	if (p.cls(i, cWeekday) || p.cls(i, cHoliday) || p.cls(i, cMonth)) && p.imperativeOpens(i) {
		return 1 // "\"Ask me Friday,\" he said": an order looks ahead
	}
	if p.cls(i, cWeekday) && p.is(i-1, "into") && p.isAny(i-2, "going", "heading", "head", "heads", "goes", "go") {
		return 1 // "a 2-1 series lead going into Tuesday's fifth day": the day ahead
	}
	if p.cls(i, cSeason) && p.isAny(i-1, "its", "their", "his", "her", "the") && p.isAny(i-2, "ends", "end", "ending", "finishes", "finish", "finishing", "closes") {
		return -1 // "The court ends its summer recess next month": the season under way, or just gone
	}
	if p.cls(i, cWeekday) && (p.punct(i-1, '"') || (p.key(i-1, kThis) || p.is(i-1, "on")) && p.punct(i-2, '"')) && p.willAhead(i) {
		return 1 // `said: "This Sunday we'll sing ..."`: a quotation opened by its day speaks for itself
	}
	if p.is(i-1, "on") && p.isAny(i-2, "closed", "shut") && p.t(i-2).cap && p.opensSentence(i-2) && p.noticeEnds(i) {
		return 1 // an opening-hours notice: "Closed on Christmas Day."
	}
	if p.cls(i, cWeekday) && p.t(i).cap && !p.t(i).lx.plural && p.daySubject(i) {
		return 1 // "and Saturday brings the first chance": the day to come
	}
	if p.cls(i, cWeekday) && !p.t(i).lx.plural && p.isAny(i-1, "maybe", "perhaps", "possibly", "probably") && !p.ref.Narrative {
		return 1 // "The airline says maybe Sunday, maybe next week": a guess at a day to come
	}
	if k := p.prepBefore(i); p.t(k-1).end-p.t(k-1).start >= 6 && p.isAny(k-1, "probably", "possibly", "perhaps", "likely") && p.isAny(k, "in", "on", "by") && !p.ref.Narrative {
		return 1 // "a full budget, probably in July": a guess at what is to come
	}
	if p.cls(i, cWeekday) && p.is(i-1, "on") && p.t(i-2).kind == tWord && (!p.t(i-2).cap || p.opensSentence(i-2)) && p.t(i-2).lx.cls == cNone && p.isAny(i+1, "comes", "falls", "begins", "starts", "opens", "arrives", "brings", "sees", "marks", "settles", "expires", "closes", "ends", "lands", "leaves") {
		return 1 // "sunrise on Tuesday comes a little after 7 a.m.": the present of a day ahead
	}
	if p.cls(i, cWeekday) && p.isAny(i-1, "and", "or") && (p.key(i-2, kTonight) || p.key(i-2, kTomorrow)) {
		return 1 // "we have tickets for tonight and Saturday"
	}
	if p.isAny(i-1, "on", "in") && p.is(i-2, "and") && p.punct(i-3, ',') {
		// ", and on 23 December the union announced": a clause of its own,
		// whose verb follows the date.
		for k := i + 1; k <= i+12 && p.real(k) && !p.sentenceEnd(k) && !p.punct(k, ',') && !p.punct(k, ';') && !p.punct(k, ':'); k++ {
			if v := p.tenseOf(k, true); v != 0 {
				return v
			}
		}
	}
	if p.cls(i, cWeekday) && p.punct(i+1, ',') && p.is(i+2, "when") {
		// "refund spectators for Thursday, when only 47 overs were
		// bowled": the day the clause after it tells in the past is gone.
		for k := i + 3; k <= i+10 && p.real(k) && !p.sentenceEnd(k) && !p.punct(k, ','); k++ {
			if v := p.tenseOf(k, true); v != 0 {
				if v < 0 {
					return -1
				}
				break
			}
		}
	}
	if p.punct(i-3, ',') && p.is(i-2, "next") && p.isAny(i-1, "in", "on") {
		return 1 // "tested twice a year, next in March": the next time
	}
	if p.cls(i, cWeekday) && p.withStartTime(i) {
		return 1 // "both drew outside posts, with post time 6:57 p.m. EDT Saturday": the event's start, ahead
	}
	if p.cls(i, cWeekday) && p.punct(i+1, '\'') && p.is(i+2, "s") && p.scheduledEvent(i+3) && (p.isAny(i-1, "before", "for", "from") || p.is(i-1, "of") && p.is(i-2, "ahead")) && !p.is(i-2, "charged") {
		return 1 // "keeps hopes alive before Tuesday's qualifier", "what to expect from Tuesday's keynote"
	}
	if p.presentDayEvent(i) {
		return 1 // "which is why Sunday's race is the 40th": the day's event, told in the present, is to come
	}
	if k := i - 2 - boolInt(p.punct(i-2, ',')); p.cls(i, cMonth) && (p.is(i-1, "for") || p.is(i-1, "covering") || p.is(i-1, "on")) && p.isAny(k, "data", "figures", "numbers", "statistics", "readings", "payrolls", "inflation", "index") {
		// ... and "The next figures, covering October, are due on 10 December"
		return -1 // "Data for September are due on Tuesday": figures tell a month gone
	}
	if p.cls(i, cSeason) && p.punct(i-1, '-') && p.adj(i) && p.t(i+1).kind == tWord && p.t(i+1).lx.cls == cNone && p.nounAhead(i+1) {
		// "signs that a late-summer revival can make up for": a season as
		// an adjective; the clause's tense is not its.
		return 0
	}
	if p.cls(i, cMonth) && p.monthMeasured(i) {
		// ... and "September inflation figures are due on 14 October",
		// "after the April consumer price index is published"
		// "October data are due early next month": the month the figures
		// measure, the nearest; the verb tells their release.
		return 0
	}
	words, with := 0, 0
	k := i - 1
	head, present := false, false
	for ; k >= 0 && words < tenseReach && k > i-2*tenseReach; k-- {
		if p.t(k+1).nl && p.headline(k) {
			head = true
			break // a headline is a sentence of its own
		}
		if t := p.t(k); k < i-2 && t.kind == tWord && (t.c|0x20 == 'a' || t.c|0x20 == 'w' || t.c|0x20 == 'b' || t.c|0x20 == 'o') && p.isAny(k, "after", "when", "because", "while", "once") && p.determiner(k+1) && p.clauseVerbAfter(i) {
			// "will be out for six weeks after a scan on Monday morning
			// showed a tear": a date in a clause of its own takes that
			// clause's verb, after it.
			break
		}
		if t := p.t(k); t.kind == tWord && (t.end-t.start == 2 && t.c|0x20 == 'i' && p.is(k, "if") || t.end-t.start == 6 && p.is(k, "unless")) && p.mainWill(i) {
			// "If we get two weeks of freezing weather in January, the
			// system will cope": a condition of what will be.
			return 1
		}
		if t := p.t(k); t.kind == tWord && t.c|0x20 <= 'p' && p.isAny(k, "expected", "predicted", "forecast", "projected") && pronoun(p.word(k-1)) && p.limitBefore(i) && p.infinitiveBetween(k, i) && !(p.lastEnd > 0 && p.lastEnd < k && p.sameSentence(p.lastEnd-1, k)) {
			return 1 // "she expected arrears to ease by Christmas": a limit ahead
		}
		if t := p.t(k); t.kind == tWord && t.end-t.start == 3 && p.is(k, "set") && p.presentPerfect(k) && !p.isAny(k+1, "up", "off", "out", "aside", "about", "down", "fire", "foot", "sail", "record", "records") {
			return 1 // "has tentatively set the trial for the fall": a date fixed ahead
		}
		if with == 0 && p.punct(k-1, ',') && p.isAny(k, "with", "at", "on", "by") {
			with = k
		}
		if t := p.t(k); t.kind == tWord && !t.cap && t.end-t.start >= 6 && p.text[t.end-1] == 'g' && p.isAny(k, "urging", "ordering", "asking", "telling", "instructing", "encouraging", "advising", "reminding", "pressing") && (p.cls(i, cWeekday) || p.limitBefore(i) || p.cls(i, cSeason) || p.key(i, kThe) && p.cls(i+1, cSeason)) && p.infinitiveBetween(k, i) {
			return 1 // "urging older people to take it with their flu shot before infections rise in the winter"
		}
		if t := p.t(k); t.kind == tWord && !t.cap && (t.c == 'h' || t.c == 'e') && p.isAny(k, "hopes", "hope", "hoping", "expects", "expecting") && p.is(k+1, "for") && i-k <= 8 && !p.clauseWordBetween(k, i) {
			return 1 // "the Inspectorate hopes for a ruling during the summer": what is hoped for is to come
		}
		if t := p.t(k); t.kind == tWord && !t.cap && (t.c == 'b' || t.c == 'a' || t.c == 'p') && p.isAny(k, "braces", "brace", "bracing", "braced", "awaits", "await", "awaiting", "prepares", "preparing", "prepare") && !p.clauseWordBetween(k, i) {
			return 1 // "Wall Street braces for January payrolls and a benchmark revision on Friday"
		}
		if t := p.t(k); t.kind == tWord && t.end-t.start >= 5 && p.text[t.end-1] == 's' && p.is(k-1, "and") && p.isAny(k, "holds", "hosts", "meets", "plays", "resumes", "faces", "visits", "launches", "releases", "publishes") {
			// "sold design objects on Monday and holds its day sale on
			// Thursday": a schedule's present, ahead.
			return 1
		}
		if t := p.t(k); i-k <= 8 && t.kind == tWord && t.c|0x20 == 'i' && p.is(k, "is") && p.isAny(k+1, "in", "at") && p.is(i-1, "in") && p.cls(i, cMonth) && !p.ref.Narrative && (p.scheduledEvent(k-1) || p.isAny(k-1, "finale", "festival", "tournament", "conference", "congress", "referendum")) {
			return 1 // "the season finale is in Abu Dhabi in December": an event set ahead
		}
		if t := p.t(k); i-k <= 5 && t.kind == tWord && (t.c|0x20 == 'i' || t.c|0x20 == 'a') && p.isAny(k, "is", "are") && p.isAny(k+1, "on", "in", "at", "for") && p.dateInPlace(k+2, i) {
			// "reminded residents that the levy is on the Nov. 4 ballot":
			// the clause's present, not the verb that reports it; a day
			// something "is on" is to come ("The last run of the season is
			// on 26 September").
			if p.is(k+1, "on") {
				return 1
			}
			return 0
		}
		if t := p.t(k); t.kind == tWord && !t.cap && t.lx.cls == cNone && p.cls(i, cWeekday) && i-k <= 4 && p.isAny(k-1, "we", "they", "you") && p.isAny(k+1, "on", "from", "until", "through", "by") && !strings.HasSuffix(p.word(k), "ed") && !irregularPast(p.word(k)) && p.tenseOf(k, false) == 0 {
			return 1 // "Yes, we trade on Wednesday": a present of what is set to come
		}
		if k == i-1 && p.cls(i, cWeekday) && p.punct(i+1, '\'') && p.isAny(k, "says", "say", "argues", "admits", "believes", "thinks", "insists") {
			// "and says Friday's update should have waited": the reported
			// clause that follows has its own verb.
			present = true
			break
		}
		if t := p.t(k); t.kind == tWord && t.end-t.start == 3 && p.is(k, "but") && p.punct(k-1, ',') && k < i-1 && p.modalAhead(i, 8, false) {
			break // "July has started well, but the heat in August will decide": a clause of its own
		}
		if t := p.t(k); t.kind == tWord && t.end-t.start <= 3 && p.isAny(k, "is", "are") && p.is(k-1, "there") && (p.cls(i, cWeekday) || p.cls(i, cMonth)) && !p.ref.Narrative {
			return 1 // "There is a brief lull on Wednesday": what there is, on a day, is to come
		}
		if p.reporting(k) && p.punct(k+1, ',') && k+1 < i && (p.punct(k-2, ',') || p.punct(k-3, ',') && p.t(k-1).cap) && p.t(k-1).kind == tWord {
			// "Developers will get a beta in June, Venkataraman said, with a
			// public beta in July": an attribution set off by commas is no
			// verb of the date's clause.
			continue
		}
		if v := p.tenseOf(k, false); v != 0 && !(v < 0 && (p.appositiveParticiple(k, i) || p.is(k, "followed") && p.is(k+1, "by") && p.punct(k-1, ','))) {
			p.verbAt, p.verbTense = k+1, v
			if v > 0 && p.is(k+1, "have") && !p.is(k, "would") && (p.is(k+2, "been") || p.is(k+2, "had") || strings.HasSuffix(p.word(k+2), "ed") || irregularParticiple(p.word(k+2)) || irregularPast(p.word(k+2))) {
				return -1 // "demand may have been pulled into October", "I should have left Sunday"
			}
			if v < 0 && p.reporting(k) && p.embedded(k, i) && p.futureAhead(i) {
				return 1 // "said the Nov. 5 election would be close"
			}
			if v < 0 && k == i-1 && p.cls(i, cWeekday) && p.isAny(k, "declared", "designated", "proclaimed") && p.key(i+1, kA) && !p.weekdayTold(i) {
				// "declared Friday a day of mourning": a day still to come,
				// unless that day was just told ("The worst day was
				// Thursday ... declared Thursday a public holiday").
				return 1
			}
			if v < 0 && p.cls(i, cWeekday) && p.presentPerfect(k) && !p.isAny(k-2, "should", "could", "must") && !p.isAny(i-1, "since", "last") && !p.punct(i+1, '\'') && !(p.cls(i+1, cPart) && p.punct(i+2, '\'')) && !p.perfectClosed(k, i) && !p.isBetween(k, i, "including") {
				// "has called a vote on Friday": the day is ahead; not
				// "have lost five games, including Tuesday night's defeat".
				p.verbTense = 1
				return 1
			}
			if v < 0 && p.is(k, "had") && p.is(k+1, "been") && p.isAny(k+2, "pencilled", "penciled", "slated", "earmarked") && p.saidBefore(k-1) && !p.perfectClosed(k+2, i) {
				return 1 // "Officials said a fifth round had been pencilled in for mid-March": a plan reported
			}
			if v < 0 && p.presentPerfect(k) && p.isAny(k, "scheduled", "pencilled", "penciled", "planned", "slated", "booked", "earmarked") && !p.perfectClosed(k, i) {
				return 1 // "Treasury officials have pencilled in late October": a plan
			}
			if v > 0 && p.is(k, "to") && p.is(k-1, "due") && p.isAny(k-2, "was", "were") && (p.t(i).kind == tNum || p.cls(i, cMonth)) {
				// "schools, which were due to open on Aug. 12, will start
				// on Monday": a plan of a day gone; not "was due to meet
				// him on Wednesday afternoon" in the news of that week.
				return -1
			}
			if v < 0 && (p.punct(i+1, '\'') && p.reducedRelative(k) || p.nounParticiple(k)) && (p.willAhead(i) || p.saidBefore(k-2) && p.futureAhead(i)) && !p.commaClauseAhead(i, 8) {
				// ... and in what is reported: "HMRC said returns filed after
				// midnight on Sunday would count as late"
				return 1 // "People booked on Friday's cruise will hear from us": the participle is no verb
			}
			if v < 0 && p.is(k-1, "and") && p.passiveWillBefore(k) {
				return 1 // "will be presented in June and published in a journal in the autumn"
			}
			if v < 0 && p.hypothetical(k) {
				return 0 // "could not be met if the bill waited until the autumn": no time told
			}
			if v < 0 && (p.cls(i, cWeekday) || p.limitBefore(i) || p.cls(i, cSeason) || p.key(i, kThe) && p.cls(i+1, cSeason)) && directive(p.word(k)) && (p.infinitiveBetween(k, i) || p.limitBefore(i) && p.isAny(k, "ordered", "required", "instructed", "directed") && !p.clauseWordBetween(k, i)) {
				// "ordered him to surrender his passport by Friday": the days
				// after an order, and so is a limit ("urged allies to speed up
				// deliveries before winter"); a month may already be past
				// ("ordered the mission to leave in June").
				// An order's deadline needs no infinitive: "ordered fire
				// audits of all units by the end of June".
				return 1
			}
			return v
		}
		if p.sentenceEnd(k) {
			if p.punct(k, ';') && p.planList(k) {
				return 1 // "the cabinet wants to: collect bins ...; end subsidies from September": an item of the plan
			}
			break
		}
		if p.key(k, kNow) && k < i-2 && !p.t(k).cap && p.t(k+1).kind == tWord && p.t(k+1).lx.cls == cNone && p.tenseOf(k+1, false) == 0 {
			// "Kreutzer, who needed three hours on Wednesday, now has less
			// than 40 hours to recover before his match on Sunday": the
			// clause speaks from now; what came before it is told apart.
			present = true
			break
		}
		if p.t(k).kind != tPunct && !(p.t(k-1).kind == tNum && p.adj(k) && p.isAny(k, "am", "pm")) {
			// A clock time's "am" is no word of its own: "is due to show
			// footage to fans at a convention in London at 11am on Saturday".
			words++
		}
	}
	if words >= tenseReach && !head && !present && (p.cls(i, cWeekday) || p.cls(i, cMonth) || p.cls(i, cSeason) || p.key(i, kThe) && p.cls(i+1, cSeason)) {
		// "Nepal's army will start cutting a channel to drain a swelling
		// glacial lake in the country's northeast on Saturday, officials
		// said": the future a long clause opened with.
		for j := k; j >= 0 && j > k-tenseReach && !p.sentenceEnd(j) && !p.punct(j, ','); j-- {
			if p.willWord(j) || p.isAny(j, "expect", "expects", "predict", "predicts", "forecast", "forecasts") && !p.t(j).cap && p.infinitiveBetween(j, i) {
				// ... and so does an expectation's infinitive: "The motorway
				// police expect traffic on the M-9 between Karachi and
				// Hyderabad to peak between 6 p.m. and midnight on Saturday"
				return 1
			}
			if p.tenseOf(j, false) != 0 {
				break
			}
		}
	}
	if k >= 0 && !head && !present && !p.sentenceEnd(k) && p.verbAt > 0 && p.verbAt-1 < k && k-p.verbAt < 4*tenseReach && p.sameSentence(p.verbAt-1, k) && !(p.verbTense < 0 && p.appositiveParticiple(p.verbAt-1, i)) {
		// "would leave Bombay on Monday and Tuesday nights from March 30,
		// with the third departing each Thursday from August 6": past the
		// reach, a date keeps the tense an earlier date of its sentence had.
		return p.verbTense
	}
	if with > 0 {
		// A date in a phrase set off by a comma ("with", "at", "on", "by")
		// takes the main clause's future, however far back: "Ministers will
		// rush a bill through the Commons in the coming weeks, with its
		// second reading on Tuesday", "it will dock with the station about
		// 28 hours after launch, at about 7:15 a.m. EDT on Wednesday".
		for j := with - 1; j >= 0 && j > with-4*tenseReach && !p.sentenceEnd(j); j-- {
			if p.willWord(j) || p.is(j, "must") && !p.is(j+1, "have") {
				return 1 // ... and an obligation's: "must complete their canvass within 10 days, at meetings that open at 11 a.m. Friday"
			}
			if v := p.tenseOf(j, false); v != 0 {
				break
			}
		}
	}
	ahead := i + 8
	fronted := p.fronted(i)
	if fronted {
		// "In January, a week after the anniversary, a bombing killed an
		// officer": a date that opens the sentence takes the tense of the
		// main clause, which may follow a whole appositive.
		ahead = i + 32
	}
	commas := 0
	for k := i + 1; p.real(k) && k <= ahead; k++ {
		if p.sentenceEnd(k) || p.punct(k, '"') || p.t(k).nl {
			// A quotation's end: "I don't see a cut until November," said
			// the economist; the reporting verb's past is not the quote's.
			break
		}
		if !fronted && p.punct(k, ',') && (p.determiner(k+1) || (p.is(k+1, "and") || p.is(k+1, "but")) && p.determiner(k+2)) {
			// "beginning in September, a change students have sought":
			// an appositive or the next clause has its own time.
			break
		}
		if p.punct(k, ',') {
			commas++
		}
		if w := p.word(k); fronted && len(w) > 4 && strings.HasSuffix(w, "ed") && p.t(k-1).kind == tWord && !p.t(k-1).cap && p.t(k-1).lx.cls == cNone && strings.HasSuffix(p.word(k-1), "s") && !p.isAny(k-1, "was", "has", "is", "as", "this", "his", "its") && p.isAny(k+1, "for", "by", "from", "in", "on", "at") {
			continue // "On Saturday, under floodlights hired for the occasion, the clubs renew": a participle after its noun
		}
		if v := p.tenseOf(k, true); v != 0 {
			if fronted && v < 0 && commas == 1 && p.cls(i, cWeekday) && p.commaAhead(k) && p.modalAhead(k, 24, false) {
				// "On Sunday, 800 years to the day after it was
				// consecrated, the bishop will celebrate": the aside's past
				// is not the main clause's.
				return 1
			}
			if v > 0 && p.isAny(k, "should", "could", "might", "must") && p.is(k+1, "have") && (p.is(k+2, "been") || p.is(k+2, "had") || strings.HasSuffix(p.word(k+2), "ed")) {
				return -1 // "Friday's update should have waited": what was not done
			}
			return v
		}
		if w := p.word(k); fronted && !p.ref.Narrative && p.cls(i, cWeekday) && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' && p.isAny(k-1, "he", "she", "it") && !stative(w) {
			return 1 // "On Sunday she turns 100": an event told in the present is to come
		}
		if !fronted && commas == 0 && p.isAny(k, "plans", "intends", "aims", "hopes", "wants") && p.is(k+1, "to") && pronoun(p.word(k-1)) && !p.ref.Narrative {
			return 1 // "in the summer she plans to open a terrace": a plan for the date
		}
		if fronted && (scheduling(p.word(k)) || p.isAny(k, "expects", "predicts", "anticipates", "passes") || p.isAny(k, "plans", "intends", "aims", "hopes") && p.is(k+1, "to")) && !p.determiner(k-1) {
			// "After the rest day on Monday, the Tour finishes in Nice",
			// "For Thursday, when pilgrims gather at Arafat, it expects 36C",
			// "At 6 a.m. Friday, Tom Pappas plans to crack the first eggs"
			return 1
		}
	}
	if p.verbAt > 0 && p.verbTense < 0 && p.cls(i, cWeekday) && !p.ref.Narrative && p.appositiveParticiple(p.verbAt-1, i) && p.sameSentence(p.verbAt-1, i) {
		// "The latest forecast, issued on Monday, centres the re-entry on
		// Friday": the day an aside's participle dated is gone; the main
		// clause's present looks ahead.
		return 1
	}
	return p.sideOfLast(i)
}

// closesSentence reports that the phrase from k runs to the end of its
// sentence (or a semicolon) without a comma: "..., set in May."
func (p *parser) closesSentence(k int) bool {
	for j := k; j < k+10 && p.real(j); j++ {
		if p.sentenceEnd(j) || p.punct(j, ';') {
			return true
		}
		if p.punct(j, ',') {
			return false
		}
	}
	return false
}

// scoreAhead reports a score ("4-1", "21-17") a few words after the verb at
// k.
func (p *parser) scoreAhead(k int) bool {
	for j := k + 1; j <= k+6 && !p.sentenceEnd(j); j++ {
		if p.t(j).kind == tNum && !p.t(j).sep && p.t(j).ndig <= 3 && p.punct(j+1, '-') && p.adj(j+1) && p.t(j+2).kind == tNum && p.adj(j+2) {
			return true
		}
	}
	return false
}

// withStartTime reports a weekday at i in a verbless phrase that gives an
// event's start: "with post time 6:57 p.m. EDT Saturday", "with kickoff
// at 3 p.m. Sunday", "with first pitch set for 7:05 p.m. Friday".
func (p *parser) withStartTime(i int) bool {
	for k := i - 1; k >= 0 && k > i-12 && !p.sentenceEnd(k); k-- {
		if t := p.t(k); t.kind != tWord || t.end-t.start != 4 || !p.is(k, "with") {
			continue
		}
		j := k + 1
		start := p.isAny(j, "kickoff", "tipoff", "puck") ||
			p.isAny(j, "kick", "tip") && p.punct(j+1, '-') && p.is(j+2, "off") ||
			p.isAny(j, "post", "start", "race") && p.is(j+1, "time") ||
			p.is(j, "first") && p.isAny(j+1, "pitch", "ball", "bounce")
		if !start {
			return false
		}
		for v := j + 1; v < i; v++ {
			if p.tenseOf(v, false) != 0 {
				return false // "with kickoff moved to 3 p.m. Sunday": a verb of its own
			}
		}
		return true
	}
	return false
}

// daySubject reports a weekday at i that opens its clause as the subject
// of a verb in the present: "Saturday brings", "Sunday marks".
func (p *parser) daySubject(i int) bool {
	if !(i == 0 || p.sentenceEnd(i-1) || p.t(i).nl || p.isAny(i-1, "and", "but") || p.punct(i-1, ',') || p.punct(i-1, ';') || p.punct(i-1, '"') && (i < 2 || p.sentenceEnd(i-2) || p.t(i-1).nl)) {
		return false
	}
	if p.is(i+1, "is") && !p.isAny(i+2, "when", "where", "why", "what") && !p.punct(i+2, ',') {
		return true // "Thursday is about not losing. Sunday is about winning."
	}
	t := p.t(i + 1)
	if t.kind != tWord || t.cap || t.lx.cls != cNone || t.end-t.start < 4 {
		return false
	}
	w := p.word(i + 1)
	n := len(w)
	return w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && !stative(w)
}

// commaAhead reports a comma after token k in its sentence, within a dozen
// tokens: the end of an aside.
func (p *parser) commaAhead(k int) bool {
	for j := k + 1; j <= k+12 && p.real(j) && !p.sentenceEnd(j); j++ {
		if p.punct(j, ',') {
			return true
		}
	}
	return false
}

// sideOfLast reports which side of the reference a relative date told
// earlier in the sentence lies, when no verb says: "Last winter, flu put
// the heaviest pressure on hospitals, with admissions peaking shortly after
// Christmas" is last winter's Christmas; "before Sunday's finale: Friday's
// summit finish" is this Friday's; "over Thanksgiving break rather than on
// New Year's Eve" is this year's.
func (p *parser) sideOfLast(i int) int {
	n := len(p.out)
	if n == 0 || !p.hasDCT || p.ref.Narrative || p.lastEnd == 0 || p.lastEnd > i || !p.sameSentence(p.lastEnd-1, i) {
		return 0
	}
	x, g := p.out[n-1], p.last.g
	if !x.Relative || x.Type != Date || p.last.y == noYear || g != gMonth && g != gSeason && g != gYear && !(g == gDay && (p.cls(p.lastEnd-1, cWeekday) || p.cls(p.lastStart, cHoliday) || p.lastEnd == p.lastStart+1 && (p.key(p.lastStart, kTomorrow) || p.key(p.lastStart, kYesterday)))) {
		return 0
	}
	l := p.last
	if g == gSeason && p.southern() {
		l.n = southernSeason(l.n) // "during the summer holidays" in South Africa: December to February
	}
	switch start, end := l.time(), l.end(); {
	case !end.After(p.dct):
		return -1
	case start.After(p.dct):
		return 1
	}
	return 0
}

// titleAbbr reports a word at k that is an abbreviation usually followed
// by a name or a noun, so that its period does not end a sentence: "Mr.",
// "vs.", "Gov.".
func (p *parser) titleAbbr(k int) bool {
	if t := p.t(k); t.end-t.start > 4 || !t.cap && !p.is(k, "vs") {
		return false
	}
	return p.isAny(k, "mr", "mrs", "ms", "dr", "st", "vs", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "cmdr", "adm", "prof", "rev", "ft", "mt", "no", "jr", "sr")
}

// fronted reports a month or weekday at i inside a phrase that opens its
// sentence behind a preposition and ends at a comma: "In January, ...",
// "After the second rest day on Monday, the Tour finishes".
func (p *parser) fronted(i int) bool {
	switch {
	case p.cls(i, cMonth):
		k := p.skipDot(i + 1)
		if n := p.t(k); n.kind == tNum && n.ndig <= 2 && !n.sep {
			k++ // "On Feb. 23, a slab avalanche swept into the village"
		}
		if !p.punct(k, ',') {
			return false
		}
	case p.cls(i, cWeekday):
		if p.weekdayRange(i) && p.punct(i+3, ',') && p.is(i-1, "from") && p.opensSentence(i-1) {
			return true // "From Friday to Sunday, the traditional opening weekend, the film grossed"
		}
		if !p.punct(i+1, ',') && !(p.cls(i+1, cPart) && p.punct(i+2, ',')) && !p.is(i-1, "on") {
			// "On Sunday night the first school, Academicos, is due on the
			// avenue": opened by "On", the main clause may follow at once.
			return false
		}
	case p.t(i).kind == tNum && p.is(i-1, "at") && p.opensSentence(i-1):
		// "At 5 p.m. PHT (0900 UTC), the eye was ...": a clock time ends
		// its phrase at the first comma.
		for k := i + 1; k <= i+12 && p.real(k); k++ {
			if p.punct(k, ',') {
				return true
			}
			if p.sentenceEnd(k) {
				return false
			}
		}
		return false
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if p.t(k).kind == tPunct {
			if p.adj(k) && p.adj(k+1) && p.t(k-1).kind == tNum {
				continue // inside a clock time: "At 7.42am on Tuesday"
			}
			if p.punct(k, '.') && p.adj(k) && p.isAny(k-1, "a", "p", "m") && p.t(k-1).end-p.t(k-1).start == 1 {
				continue // "Shortly after 4 p.m. on Feb. 23,"
			}
			return false
		}
		if k == 0 || p.t(k).nl || p.sentenceEnd(k-1) || p.punct(k-1, '-') && !p.adj(k-1) && !p.adj(k) {
			// ... or after a dateline's dash: "MINSTERWORTH - At 7.42am on Tuesday,"
			if p.isAny(k, "shortly", "just", "soon") && p.isAny(k+1, "after", "before") {
				return true // "Shortly after 4 p.m. on Feb. 23,"
			}
			return p.isAny(k, "in", "on", "at", "after", "before", "by", "until", "from", "following", "for") // is ignores case: "In" too
		}
	}
	return false
}

// headline reports that token k lies on a short line of its own that does
// not end with a full stop: a headline, whose "X to do Y" is the future.
func (p *parser) headline(k int) bool {
	s := k
	for ; s > 0 && !p.t(s).nl; s-- {
		if k-s > 30 {
			return false
		}
	}
	e := k + 1
	for ; p.real(e) && !p.t(e).nl; e++ {
		if e-s > 30 {
			return false
		}
	}
	return !p.punct(e-1, '.') && (p.real(e) || s > 0)
}

// sameSentence reports that no sentence ends between tokens a and b (a < b).
func (p *parser) sameSentence(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if p.sentenceEnd(k) {
			return false
		}
	}
	return true
}

// tenseReach is how many words back the verb of a date's clause may lie:
// "would leave Bombay on Monday and Tuesday nights from March 30, with the
// third departing each Thursday from August 6".
const tenseReach = 16

func (p *parser) sentenceEnd(k int) bool {
	t := p.t(k)
	if t.kind != tPunct {
		return false
	}
	switch t.c {
	case '!', '?', ';':
		return true
	case '.':
		prev := p.t(max(k-1, 0))
		if prev.kind == tWord && (prev.end-prev.start == 1 || prev.lx.abbr || p.titleAbbr(k-1)) {
			// "came ashore at 7:15 a.m. The next advisory": a clock's last
			// period ends the sentence before a word that opens one.
			return prev.end-prev.start == 1 && p.is(k-1, "m") && p.punct(k-2, '.') && p.opener(k+1)
		}
		// "Birmingham, Ala., killed": an abbreviation's period, not a
		// sentence's end, when the sentence runs on.
		next := p.t(k + 1)
		return !(next.kind == tPunct && next.c == ',' || next.kind == tWord && !next.cap && next.start == t.end+1)
	}
	return false
}

// opener reports a capitalized word at k that opens a sentence rather than
// naming a zone or a day: "The", "It", "Officials".
func (p *parser) opener(k int) bool {
	t := p.t(k)
	if t.kind != tWord || !t.cap || p.isUpper(k) && t.end-t.start > 1 {
		return false
	}
	return p.key(k, kThe) || p.key(k, kA) || p.key(k, kAn) || p.isAny(k, "it", "he", "she", "they", "we", "i", "but", "and", "this", "that", "there", "its", "his", "her", "their", "in", "at", "by", "after", "before", "officials", "police")
}

// tenseOf reads the tense a word marks; after the expression (ahead) only
// auxiliaries and past forms count: "On Friday, she set aside her plans".
func (p *parser) tenseOf(k int, ahead bool) int {
	t := p.t(k)
	if t.kind != tWord {
		return 0
	}
	if t.c|0x20 == 'c' && (p.is(k, "could") && p.is(k+1, "not") && !p.isAny(k+2, "be", "have") && p.verbAhead(k+2) ||
		p.is(k, "couldn") && p.punct(k+1, '\'') && p.is(k+2, "t") && !p.isAny(k+3, "be", "have") && p.verbAhead(k+3)) {
		return -1 // "By Thursday I couldn't sleep": what could not be done is told of a day gone
	}
	switch t.lx.cls {
	case cKey:
		if (t.lx.v == kFut || t.lx.v == kSoon) && !ahead {
			if p.is(k-1, "had") || p.is(k-1, "been") && p.is(k-2, "had") {
				return -1 // "had been scheduled to expire Friday": a plan now past
			}
			if p.is(k, "starts") && p.isAny(k-1, "housing", "home", "building", "false", "new", "fire", "wildfire") {
				return 0 // "U.S. housing starts slide ... in September": the noun
			}
			if p.is(k, "could") && p.unreachable(k) {
				return -1 // "could not be reached for comment Wednesday": a past attempt
			}
			if p.is(k-1, "as") || p.adverb(k-1) && p.is(k-2, "as") || p.is(k-1, "than") {
				// ... and "fell more than expected in September"
				return 0 // "began as (previously) planned Saturday night": no plan ahead
			}
			if p.is(k, "due") && p.isAny(k-1, "was", "were") && !p.is(k+1, "to") && !p.saidBefore(k-2) {
				return -1 // "partnerships whose returns were due Monday": a deadline gone
			}
			if p.is(k, "due") && p.t(k-1).kind == tWord && p.t(k-1).lx.cls == cNone && !p.isAny(k-1, "is", "are", "was", "were", "be", "been", "being", "not", "also", "now", "still") && p.pastAfter(k+1, 8) {
				return 0 // "payments due over Easter were made early": the main verb tells
			}
			if p.isAny(k, "planned", "scheduled") && p.t(k-1).kind == tWord && p.t(k-1).lx.cls == cNone && !p.t(k-1).cap && !p.isAny(k-1, "is", "are", "was", "were", "be", "been", "being", "not", "also", "now", "still", "had", "has", "have", "originally", "initially") && p.pastMainAfter(k+1, 14) {
				return -1 // "A swap planned for Orthodox Christmas, on Jan. 7, fell through"
			}
			if w := p.word(k); len(w) > 4 && w[len(w)-2:] == "ed" && (p.attributiveAt(k+1) && !p.isAny(k-1, "is", "are") || p.determiner(k-1) && !p.is(k+1, "to") && !p.is(k+1, "for")) {
				return 0 // "imposed scheduled outages": an adjective; not "A rally is planned outside the gates"
			}
			return 1
		}
		if t.lx.v == kFut && ahead && p.isAny(k, "expected", "due", "scheduled") && p.isAny(k-1, "is", "are") {
			return 1 // "The results of Monday's vote are expected by 9 p.m."
		}
		if (t.lx.v == kEnd || t.lx.v == kStart) && !ahead && !p.ref.Narrative && p.subjectBefore(k) && !p.is(k+1, "of") && !p.is(k+1, "to") && !p.adj(k+1) {
			return 1 // "Classes end June 4", "Talks start on Monday": a schedule
		}
		return 0
	case cMonth:
		if !t.cap && t.lx.v == 5 {
			return 1 // the modal "may"
		}
		if t.lx.v == 5 && p.t(k+1).kind == tWord && p.t(k+1).cap && p.t(k+1).lx.cls == cNone && p.t(k-1).kind == tWord && p.t(k-1).lx.cls == cNone && !p.isAny(k-1, "in", "on", "by", "since", "until", "from", "of", "to", "through", "during", "before", "after") && p.headline(k) {
			return 1 // a title-case headline's modal: "Users May Export Notes Until June"
		}
		return 0
	case cNone:
	default:
		return 0
	}
	v := p.wordTense(k, p.text[t.start:t.end], ahead)
	if v != 0 && t.cap && k > 0 && !p.sentenceEnd(k-1) && !(p.isAny(k, "will", "would", "could", "may", "might", "shall", "should", "must", "is", "are", "was", "were", "has", "have", "had") && p.headline(k)) {
		// ... but a title-case headline's verbs are verbs: "Larkspur Will
		// Shut Down Quillnote in March"
		return 0 // a name mid-sentence: "the United States"
	}
	return v
}

// wordTense reads the tense an ordinary word w at k marks.
func (p *parser) wordTense(k int, w string, ahead bool) int {
	n := len(w)
	switch n {
	case 2:
		if w == "ll" && p.punct(k-1, '\'') {
			return 1
		}
		if w == "to" && !ahead && p.is(k+1, "be") && p.punct(k-1, ',') {
			return 1 // "a baseline of 300,000 bpd, to be phased in from January"
		}
		if w == "to" && !ahead && (p.t(k-1).kind == tWord || p.t(k-1).kind == tNum) && p.verbAhead(k+1) && p.headline(k) {
			return 1 // "Saudi Arabia to unwind voluntary curbs from January", "...; trucks to follow from Monday"
		}
		j := k - 1
		if p.t(j).kind == tNum && p.punct(j-1, '-') && p.t(j-2).kind == tNum {
			j -= 3 // "voted 7-0 to push back start times"
		}
		if w == "to" && !ahead && p.is(k-1, "and") && p.verbAhead(k+1) {
			// "plans to send a draft this weekend and to hold a session
			// from Monday evening": the second infinitive of an intent.
			for j := k - 2; j > 0 && j > k-20 && !p.sentenceEnd(j); j-- {
				if p.is(j, "to") && p.verbAhead(j+1) {
					if p.intends(j-1) && !p.key(j-1, kFut) {
						return 1
					}
					break
				}
			}
		}
		if w == "to" && !ahead && !p.intends(j) && p.lastEnd == k && p.verbAhead(k+1) {
			// "agreed at its plenary last week to publish new guidance
			// before the summer": the intent past a phrase of time.
			for j2 := k - 2; j2 > 0 && j2 > k-9 && p.t(j2).kind == tWord; j2-- {
				if p.intends(j2) {
					j = j2
					break
				}
				if p.tenseOf(j2, false) != 0 {
					break
				}
			}
		}
		if w == "to" && !ahead && (p.is(k-1, "is") || p.is(k-1, "are") || p.intends(j) && p.verbAhead(k+1)) {
			// "is to resume trading Tuesday", "agreed to buy the line in
			// February": the date belongs to what is still to come, unless
			// the plan itself is past ("had been scheduled to expire").
			if p.key(k-1, kFut) {
				return p.tenseOf(k-1, false)
			}
			if p.is(j-1, "had") && p.isAny(j, "hoped", "wanted", "intended", "tried", "sought", "planned") {
				return -1 // "The club had hoped to sign him in July": a plan now past
			}
			return 1
		}
	case 3:
		if w == "had" && p.is(k-1, "have") && !ahead {
			return 0 // "want them to have had both jabs by mid-December": the verb before tells
		}
		if w == "was" || w == "had" || w == "did" {
			return -1
		}
		if w == "can" && (p.punct(k+1, '\'') && p.is(k+2, "t") || p.verbAhead(k+1)) && !p.ref.Narrative {
			return 1 // "Residents can walk the deck on Saturday", "Monday can't come fast enough"
		}
		if w == "won" && p.punct(k+1, '\'') && p.is(k+2, "t") {
			return 1 // "won't reopen before January"
		}
	case 4:
		switch w {
		case "will", "Will":
			return 1
		case "must", "Must":
			if !p.is(k+1, "have") && !p.is(k-1, "that") && !p.is(k-2, "that") {
				// "teams must shut their factories"; not "must have left",
				// nor what a past ruling said "that Elian must" do
				return 1
			}
		case "said", "were":
			if w == "said" && p.isAny(k-1, "be", "being") {
				return 0 // "The Mass will be said at 10 a.m. on Monday": no reporting
			}
			return -1
		}
	case 5:
		if w == "would" || w == "shall" {
			return 1
		}
	case 6:
		if w == "should" && !p.is(k+1, "not") {
			return 1 // "should dock shortly after 8 a.m. on Friday"
		}
	}
	switch w {
	case "set", "cut", "put", "made", "held", "paid", "sold", "built", "struck":
		if !ahead && p.punct(k-1, ',') && p.isAny(k+1, "in", "on", "last") && p.t(k-2).kind == tWord && !p.t(k-2).cap && p.closesSentence(k+1) {
			return -1 // "the minimum support price of 2,436 rupees, set in May": the noun's past
		}
	case "beat", "upset":
		if !p.isAny(k-1, "to", "can", "could", "will", "would", "must", "should", "might", "may", "cannot", "not", "t") && p.scoreAhead(k) {
			return -1 // "beat Hollins Park 4-1 on Saturday": a result told
		}
		if !ahead && p.is(k-1, "who") && p.punct(k-2, ',') && p.t(k-3).kind == tWord && p.t(k-3).cap {
			return -1 // "Mateo Ruiz, who beat Kenji Ota in straight sets on Tuesday": one player's win told, no present
		}
	case "see", "sees":
		if !ahead && p.isAny(k-1, "forecasters", "forecaster", "meteorologists", "models") {
			return 1 // "Forecasters see another gale reaching the coast on Sunday"
		}
	case "go", "change", "spring", "fall":
		if !ahead && p.is(k-1, "clocks") && (p.isAny(k+1, "forward", "back", "on", "at", "early") || w == "change") {
			return 1 // "The clocks go forward early on Sunday": the change to come
		}
	}
	if !ahead && (w == "ruled" || w == "rules" || w == "rule" || w == "ruling") && p.is(k+1, "out") {
		return 1 // "has not ruled out Stage 4 before winter": a possibility ahead
	}
	if !ahead && (w == "go" || w == "goes") && p.is(k+1, "on") && (p.isAny(k+2, "sale", "display", "air", "trial") || p.isAny(k+2, "general", "public", "limited", "wider") && p.is(k+3, "sale")) && !p.is(k-1, "to") {
		return 1 // "Tickets go on sale at 9am on Thursday", "go on general sale"
	}
	if !ahead && (w == "set" || w == "slated" || w == "poised") && (p.is(k-1, "is") || p.is(k-1, "are") || p.isAny(k+1, "for", "to") && p.headline(k)) {
		return 1 // "the final is set for August 10", the headline's "launch set for third quarter"
	}
	if !ahead && w == "valid" && !p.isAny(k-1, "was", "were", "been") && p.isAny(k+1, "from", "until", "till", "through") && !p.pastBefore(k) {
		// "The Met Office has issued a warning, valid from 00:00 BST on
		// Sunday": in force ahead; not when the sentence tells it past
		// ("had issued a warning on Thursday, valid from 1pm on Friday").
		return 1
	}
	if !ahead && w == "likely" && (p.isAny(k-1, "is", "are") || p.isAny(k-1, "most", "more") && p.isAny(k-2, "is", "are")) && !p.is(k+1, "that") {
		return 1 // "Landfall is most likely between 10 p.m. and 2 a.m."
	}
	if !ahead && (w == "remain" || w == "remains" || w == "stay" || w == "stays") && (p.isAny(k+1, "until", "till") || p.isAny(k+1, "open", "closed", "shut", "valid", "suspended", "active") && p.isAny(k+2, "until", "till") || p.is(k+1, "in") && p.isAny(k+3, "until", "till")) && !p.isAny(k-1, "to", "did", "would", "could", "not") {
		return 1 // "The alerts, issued on Sunday, remain in force until midnight on Sunday"
	}
	if !ahead && w == "expected" && p.isAny(k-1, "is", "are") {
		return 1 // "the results of Monday's vote are expected by 9 p.m."
	}
	if !ahead && w == "forecast" && p.isAny(k-1, "it", "he", "she", "they", "we", "i") && !p.modal(k-2) {
		return -1 // "up from the $6.10 it forecast in August": the past
	}
	if !ahead && w == "forecast" && p.isAny(k+1, "in", "on", "last") && p.thatAfter(k+2) {
		return -1 // "The government forecast in October that the economy would contract": when it forecast
	}
	if !ahead && forecasting(w) && p.is(k-1, "had") {
		return -1 // "The agency had forecast 2.6 million screenings on Tuesday"
	}
	if !ahead && w == "forecast" && p.isAny(k-1, "was", "were") && p.is(k+1, "for") && p.dayEnd > 0 && p.dayEnd < k && p.day.y != noYear && p.hasDCT && p.day.time().Before(p.dct) && p.withinSentence(p.dayEnd, k) {
		return -1 // "It rained on Monday. Storms were forecast for the afternoon": that day's
	}
	if !ahead && !p.ref.Narrative && w == "follows" && p.isAny(k+1, "at", "on") && p.t(k-1).kind == tWord && !p.determiner(k-1) {
		return 1 // "Final practice follows at 12.30pm on Saturday": a schedule's next item
	}
	if !ahead && w == "calls" && p.is(k+1, "for") && !p.determiner(k-1) {
		return 1 // "The outlook calls for rain Tuesday": what is called for is ahead
	}
	if !ahead && forecasting(w) && !p.possessedNoun(k) && !p.isAny(k-1, "above", "below", "than", "beat", "beats", "missed", "exceeded", "topped") {
		// "forecast more rain from Wednesday": what is foreseen is ahead;
		// not the noun of "raised its annual profit forecast on Thursday".
		return 1
	}
	if n > 4 && w[n-2] == 'e' && w[n-1] == 'd' && (w[n-3] != 'e' || w == "agreed" || w == "freed") {
		// Not "succeed", "proceed", "exceed", "need"; not an adjective
		// ("a still unspecified date") or a present passive ("is slated").
		if !ahead && p.isAny(k-1, "is", "are") && p.isAny(k, "booked", "reserved", "earmarked", "pencilled", "penciled") {
			return 1 // "the range is booked for another company's launch on Wednesday": a booking ahead
		}
		if p.determiner(k-1) || p.adverb(k-1) && (p.determiner(k-2) || p.isAny(k-2, "most", "more", "least", "less")) || p.is(k-1, "is") || p.is(k-1, "are") || p.is(k-1, "be") || p.linking(k-1) {
			return 0 // "would remain closed until Wednesday"
		}
		if (p.key(k-1, kEvery) || p.key(k-1, kEach) || p.isAny(k-1, "all", "any", "no", "some", "my", "your", "those", "these")) && p.t(k+1).kind == tWord && p.t(k+1).lx.cls == cNone && !p.t(k+1).cap {
			return 0 // "will credit every affected account by Wednesday": an adjective
		}
		if pw := p.word(k - 1); w[0] == 'u' && w[1] == 'n' && unAdjective(w) && p.t(k-1).kind == tWord && !strings.HasSuffix(pw, "ing") && !strings.HasSuffix(pw, "ed") && !irregularPast(pw) {
			// (not after a verb whose tense it shares: "closing unchanged
			// Friday", "ended unchanged")
			return 0 // "keep its output unchanged through the July-September quarter": an adjective, no verb
		}
		if p.punct(k-1, '-') && p.adj(k-1) && p.adj(k) && p.t(k-2).kind == tWord && !p.t(k-2).cap && p.t(k-2).end-p.t(k-2).start > 2 && p.attributiveAt(k+1) && !p.isAny(k+1, "the", "a", "an", "his", "her", "its", "their", "it", "them") {
			return 0 // "air-conditioned libraries", "state-owned lenders": an adjective
		}
		if !ahead && p.isAny(k, "affected", "infected", "injured", "displaced", "stranded", "damaged", "registered", "qualified", "recalled") && p.attributiveAt(k+1) && p.t(k-1).kind == tWord && !p.t(k-1).cap && (p.modal(k-2) || p.isAny(k-2, "to", "and", "or", "please") || p.punct(k-2, ',')) {
			return 0 // "should return affected units by 31 July": an adjective after a verb
		}
		if !ahead && (p.key(k-1, kFut) || forecasting(p.word(k-1))) && p.attributiveAt(k+1) {
			return 0 // "expects settled weather from Thursday": an adjective
		}
		if p.isAny(k-1, "of", "for", "with", "about", "on") && p.attributiveAt(k+1) && !ahead {
			return 0 // "publish a list of cancelled flights by Thursday": an adjective
		}
		if ahead && p.punct(k-1, ',') && p.isAny(k+1, "in", "by", "with", "from") {
			// "On Friday, the coffin, draped in the Tricolour, will leave":
			// a participle set off by commas is not the verb a date ahead
			// of it takes.
			return 0
		}
		if !ahead && p.key(k-2, kThe) && p.isAny(k-3, "in", "of", "for", "from", "on", "at", "with", "to", "by") && p.t(k-1).kind == tWord && !p.t(k-1).cap && p.t(k-1).lx.cls == cNone && p.isAny(k+1, "on", "at", "in") && strings.HasSuffix(p.word(k-1), "s") {
			// "He will be No. 1 in the rankings published on Monday": a
			// participle after its noun; the clause's verb tells the time.
			return 0
		}
		if !ahead && k >= 2 && (p.isAny(k-2, "have", "get", "gets") && p.t(k-1).kind == tWord || p.isAny(k-3, "have", "get", "gets") && p.determiner(k-2)) {
			return 0 // "can have their medals engraved on Monday": a thing to be done
		}
		if !ahead && k >= 2 && (p.isAny(k-2, "want", "wants", "need", "needs") && p.t(k-1).kind == tWord && !p.t(k-1).cap || p.isAny(k-3, "want", "wants", "need", "needs") && p.determiner(k-2)) {
			return 1 // "pediatricians want children vaccinated by the end of October": a wish ahead
		}
		return -1
	}
	if !ahead && (w == "close" || w == "open" || w == "reopen" || w == "begin" || w == "start" || w == "finish") && p.isAny(k+1, "from", "on", "until") && !p.is(k-1, "to") && !p.isAny(k-1, "was", "were") && !p.determiner(k-1) && !(p.determiner(k-2) && strings.HasSuffix(p.word(k-1), "ed")) && p.t(k-1).kind == tWord && (!p.t(k-1).cap || p.determiner(k-2)) {
		return 1 // "offices close from Saturday for Eid", "The Games close on Aug. 11"
	}
	if !ahead && !p.ref.Narrative && (w == "begin" || w == "open" || w == "close" || w == "reopen" || w == "finish") && p.subjectBefore(k) && !p.is(k+1, "to") {
		return 1 // "Classes begin Sept. 2", "Polls open on Wednesday"
	}
	if !ahead && !p.ref.Narrative && (w == "turns" || w == "turn") && (p.t(k+1).kind == tNum || p.cls(k+1, cNumber)) && !p.is(k-1, "to") {
		return 1 // "My youngest turns ten on Saturday": a birthday to come
	}
	if !ahead && (w == "takes" || w == "take") && (p.is(k+1, "effect") || p.is(k+1, "place") || p.is(k+1, "office")) && !p.is(k-1, "to") {
		return 1 // "The law takes effect on January 1"
	}
	if !ahead && !p.ref.Narrative && (w == "break" || w == "breaks") && p.is(k+1, "up") && p.t(k-1).kind == tWord && !p.modal(k-1) && !p.isAny(k-1, "to", "did", "not", "never") {
		return 1 // "Schools break up for half-term on Friday": a school calendar's present
	}
	if !ahead && !p.ref.Narrative && (w == "open" || w == "close") && p.determiner(k+1) && (p.t(k-1).kind == tWord && !p.determiner(k-1) && !p.modal(k-1) && !p.isAny(k-1, "to", "did", "not", "never") || p.punct(k-1, ',')) {
		return 1 // "The Leeds duo Saturday Thieves open the main stage on the Thursday evening": a bill's present
	}
	if !ahead && !p.ref.Narrative && scheduling(w) && !p.is(k-1, "to") && !(w == "begin" && p.causativeBefore(k)) && !(p.cls(k-1, cOrd) && p.isAny(k-2, "its", "his", "her", "their", "the", "our", "my", "your")) && !(w == "runs" && p.isAny(k-1, "test", "trial", "dry") && !p.determiner(k-2) && !p.t(k-1).cap) && !(p.t(k-1).kind == tWord && !p.t(k-1).cap && (strings.HasSuffix(p.word(k-1), "ed") || irregularPast(p.word(k-1)))) && !p.pastObject(k) && !p.isAny(k-1, "not", "never") && !p.determiner(k-1) && (p.t(k-1).kind != tNum || p.t(k-2).kind == tWord && p.t(k-2).cap && !p.adj(k-1)) && !((w == "reports" || w == "report") && !p.reportsVerb(k)) && !(nounToo(w) && p.isAny(k-2, "with", "of", "for")) && !(p.isAny(k, "vote", "votes", "visit", "visits", "return", "returns", "play", "plays") && p.modifiedNoun(k)) && !p.habitAfter(k) {
		// News tells scheduled events in the present: "EU leaders meet on
		// Thursday", "City face United on Saturday"; not the noun of "a 5-2
		// vote" or "people with special votes cast ballots on Monday".
		return 1
	}
	if !ahead && !p.ref.Narrative && n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && p.isAny(k-1, "who", "which", "he", "she", "it") && !stative(w) {
		// "who turns 32 in May", "Cyprus, which takes over the presidency on
		// 1 January", "it happens in the January window": an event told in
		// the present is scheduled.
		return 1
	}
	if !ahead && !p.ref.Narrative && (w == "leave" || w == "arrive" || w == "return" || w == "fly") && p.isAny(k-1, "they", "we") && !p.headline(k) {
		return 1 // "They leave for London on Saturday morning": an itinerary
	}
	if !ahead && irregularParticiple(w) && !p.isAny(k-1, "be", "been", "is", "are", "being", "will", "to", "have", "has") && !p.determiner(k-1) {
		return -1 // "a cloud of gas thrown off by the Sun on Tuesday": done then
	}
	if (w == "cut" || w == "put" || w == "set" || w == "hit" || w == "let" || w == "shut" || w == "quit" || w == "spread" || w == "cost" || w == "hurt" || w == "split" || w == "shed") && p.isAny(k-1, "it", "he", "she") {
		return -1 // "it cut slots to 25": the present would be "cuts"
	}
	if irregularPast(w) && !p.is(k-1, "be") && !p.is(k-1, "been") && !p.is(k-1, "is") && !p.is(k-1, "are") && !p.is(k-1, "being") && !p.determiner(k-1) && !(w == "shot" && p.t(k-1).kind == tWord && p.t(k-1).lx.cls == cNone && !p.t(k-1).cap && p.determiner(k-2)) && !(w == "left" && (p.cls(k-1, cUnit) || p.t(k-1).kind == tWord && !p.t(k-1).cap && (p.t(k-2).kind == tNum || p.cls(k-2, cNumber)) && p.isAny(k-3, "with", "have", "has", "had", "only", "just"))) {
		return -1 // not the passive "the case is heard in May"
	}
	return 0
}

// pastObject reports a word at k that ends the object of a past verb a
// few words back: "held its first World Cup races", not a verb of its own.
func (p *parser) pastObject(k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if p.determiner(j) {
			v := p.t(j - 1)
			return v.kind == tWord && v.lx.cls == cNone && (irregularPast(p.word(j-1)) || strings.HasSuffix(p.word(j-1), "ed"))
		}
		if t := p.t(j); t.kind != tWord || t.lx.cls != cNone && t.lx.cls != cOrd {
			return false
		}
	}
	return false
}

// presentPerfect reports a participle at k after "has" or "have" (an
// adverb may stand between): the present perfect does not take a past
// day, so a day it governs lies ahead: "Health officials have issued an
// alert from midday on Saturday", "The Met Office has also issued a
// warning, valid from 00:00 BST on Sunday".
func (p *parser) presentPerfect(k int) bool {
	j := k - 1
	if p.adverb(j) || p.isAny(j, "also", "now", "just", "already") {
		j--
	}
	return p.isAny(j, "has", "have")
}

// perfectClosed reports a present perfect at k whose clause ends before
// the day at i: a span's "since" ("whom he has propped up since
// 2011, in Moscow on Wednesday"), or a comma closing a relative clause.
func (p *parser) perfectClosed(k, i int) bool {
	comma := false
	for j := k + 1; j < i; j++ {
		if p.is(j, "since") {
			return true
		}
		comma = comma || p.punct(j, ',')
	}
	if !comma {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if p.isAny(j, "who", "whom", "which", "that", "whose") {
			return true
		}
	}
	return false
}

// pastAfter reports "was", "were" or "had" within n tokens from k in the
// sentence: the main verb after a reduced clause ("payments due over Easter
// were made").
func (p *parser) pastAfter(k, n int) bool {
	for j := k; j < k+n && p.real(j) && !p.sentenceEnd(j); j++ {
		if p.isAny(j, "was", "were", "had") {
			return true
		}
	}
	return false
}

// pastMainAfter reports the past main verb of a clause whose subject a
// reduced relative ("planned for Jan. 7") has just qualified: "was",
// "were" or an irregular past such as "fell", after a comma.
func (p *parser) pastMainAfter(k, n int) bool {
	comma := false
	for j := k; j < k+n && p.real(j) && !p.sentenceEnd(j); j++ {
		if p.isAny(j, "was", "were") {
			return true
		}
		if comma && p.t(j).kind == tWord && irregularPast(p.word(j)) {
			return true
		}
		comma = comma || p.punct(j, ',')
	}
	return false
}

// reportsVerb reports "reports" at k as the verb of a company's scheduled
// results ("Kansai Devices, which makes modules, reports on Thursday"), not
// the noun of "filed compliance reports by Wednesday" or "Media reports on
// Thursday said".
func (p *parser) reportsVerb(k int) bool {
	if !p.is(k+1, "on") && !p.cls(k+1, cWeekday) {
		return false
	}
	prev := p.t(k - 1)
	if prev.kind == tWord && (!prev.cap || p.isAny(k-1, "media", "news", "press", "police")) {
		return false
	}
	if p.zone(k-1) || prev.kind == tNum {
		return false // "The 0600 UTC report on Feb. 20": a report of a time, a noun
	}
	return true
}

// irregularPast reports the common irregular past forms of news verbs
// ("brought", "took", "met"), leaving out those that are also present or
// noun forms ("set", "put", "cut", "hit", "read", "rose").
func irregularPast(w string) bool {
	switch w {
	case "met", "led", "won", "got", "ran", "saw", "sat", "fled", "fell", "held", "kept", "left",
		"lost", "made", "paid", "sold", "sent", "shot", "took", "told", "came", "went", "gave",
		"knew", "grew", "drew", "flew", "wrote", "spoke", "broke", "chose", "began", "became",
		"bought", "brought", "caught", "fought", "sought", "taught", "thought", "stood", "struck",
		"spent", "built", "felt", "found", "heard", "meant", "threw", "withdrew", "overthrew",
		"died", "lied", "hid", "fed", "rode", "drove", "woke", "slept", "swore", "tore", "wore", "froze", "shook", "stole", "sank", "sprang", "wept",
		"rose", "arose", "swam", "sang", "rang", "hung", "slid", "spun", "dug", "shone", "bled", "dealt", "forgot", "forgave",
		"undertook", "overtook", "mistook", "forbade", "swept", "crept", "leapt", "sped", "blew", "flung", "swung", "clung", "shrank":
		return true
	}
	return false
}

// irregularParticiple reports a past participle that is no past form:
// "thrown", "taken", "written".
func irregularParticiple(w string) bool {
	switch w {
	case "thrown", "written", "spoken", "broken", "fallen", "hidden", "risen", "shaken", "stolen", "sworn", "torn", "beaten", "frozen",
		"taken", "chosen", "driven", "ridden", "forgotten", "flown":
		return true
	}
	return false
}

// subjectBefore reports a plural noun before the verb at k, as a schedule
// in the present has it ("Classes end June 4"), not a preposition or a
// determiner ("by end June", "the end of", "at the start").
func (p *parser) subjectBefore(k int) bool {
	if j := p.placeBefore(k); j > 0 {
		k = j // "Eight gardens in Little Persham open on Sunday"
	}
	t := p.t(k - 1)
	if p.isAny(k-1, "who", "which") && p.punct(k-2, ',') && p.t(k-3).kind == tWord && p.text[p.t(k-3).end-1] == 's' {
		return true // "Defense lawyers, who begin their closing arguments on Tuesday"
	}
	if t.kind == tWord && t.lx.cls == cWeekday && t.lx.plural && p.is(k-2, "on") {
		return true // "Late openings until 8pm on Fridays begin on Friday"
	}
	if t.kind != tWord || t.lx.cls != cNone || t.end-t.start < 4 || p.text[t.end-1] != 's' {
		return false
	}
	return !p.isAny(k-1, "was", "has", "this", "its", "his", "is", "as", "towards", "always")
}

// placeBefore returns the token of a place's preposition just before k
// ("in Little Persham", "across the city"), or 0.
func (p *parser) placeBefore(k int) int {
	j := k - 1
	if p.t(j).kind != tWord {
		return 0
	}
	if p.t(j).cap {
		for n := 0; n < 3 && p.t(j-1).kind == tWord && p.t(j-1).cap && p.t(j-1).lx.cls == cNone && !p.sentenceEnd(j-2); n++ {
			j--
		}
	} else if p.key(j-1, kThe) && p.t(j).lx.cls == cNone {
		j--
	} else {
		return 0
	}
	if !p.isAny(j-1, "in", "at", "across", "around", "near") || p.t(j-1).cap {
		return 0
	}
	return j - 1
}

// determiner reports a word at k that opens a noun phrase, so that an -ed
// word after it is an adjective: "the troubled region".
func (p *parser) determiner(k int) bool {
	if t := p.t(k); t.kind != tWord || t.end-t.start > 5 {
		return false
	}
	switch {
	case p.key(k, kA), p.key(k, kAn), p.key(k, kThe), p.is(k, "its"), p.is(k, "their"), p.is(k, "his"), p.is(k, "her"), p.is(k, "our"):
		return true
	}
	return false
}

// intends reports a word at k that an infinitive of a plan follows:
// "agreed to buy", "plans to open", "is likely to vote".
func (p *parser) intends(k int) bool {
	t := p.t(k)
	if t.kind != tWord || t.cap {
		return false
	}
	if t.lx.cls == cKey && t.lx.v == kFut {
		return true
	}
	switch p.word(k) {
	case "agreed", "agree", "agrees", "decided", "decides", "voted", "votes", "plan", "plans", "promised", "promises",
		"pledged", "pledges", "vowed", "vows", "hope", "hopes", "hoped", "want", "wants", "wanted", "seeks", "sought",
		"tried", "tries", "trying", "prepared", "prepares", "preparing", "ready", "likely", "unlikely", "set", "slated",
		"poised", "threatened", "threatens", "offered", "offers", "asked", "ordered", "urged", "aims", "aimed", "going",
		"supposed", "intended", "intend", "was", "were", "listed", "booked", "billed", "tipped", "expects", "expect",
		"willing", "eager", "keen", "determined":
		return true
	case "course", "track":
		return p.is(k-1, "on") // "was on course to reach the coast late Tuesday"
	}
	return false
}

// subjectOpens reports that the day at i ends a short noun phrase that
// opens its sentence, with no verb before it: "A win on Saturday", "Victory
// on Sunday".
func (p *parser) subjectOpens(i int) bool {
	k := i - 1
	if !p.is(k, "on") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.opensSentence(j) {
			return p.t(j).kind == tWord && p.t(j).cap
		}
		if p.t(j).kind != tWord || p.tenseOf(j, false) != 0 {
			return false
		}
	}
	return false
}

// verbAhead reports a lower-case word at k that can be the verb of an
// infinitive (not "the", "a", a number or a name).
func (p *parser) verbAhead(k int) bool {
	t := p.t(k)
	return t.kind == tWord && !t.cap && (t.lx.cls == cNone || t.lx.cls == cMonth || p.isAny(k, "start", "end", "begin", "open", "close")) // "plan to march", "to start Monday"
}

// clauseVerbAfter reports a verb that marks a tense a few words after
// token i, before any punctuation: the verb of i's clause.
func (p *parser) clauseVerbAfter(i int) bool {
	for k := i + 1; k <= i+8 && p.real(k); k++ {
		if p.t(k).kind == tPunct || p.isAny(k, "that", "which", "who") {
			return false // ... not a relative clause's: "reported results after the bell on Wednesday that showed"
		}
		if p.tenseOf(k, true) != 0 {
			return true
		}
	}
	return false
}

// adverb reports a degree adverb at k: "a still unspecified date", "the
// newly elected".
func (p *parser) adverb(k int) bool {
	t := p.t(k)
	if t.kind != tWord || t.cap {
		return false
	}
	w := p.word(k)
	if len(w) > 3 && w[len(w)-2:] == "ly" {
		switch w {
		case "family", "rally", "assembly", "supply", "ally", "belly", "jelly", "bully", "anomaly", "monopoly", "homily", "lily", "folly", "tally", "melancholy":
			return false // nouns: "The family signed a lease in August"
		}
		return true
	}
	return w == "still" || w == "well" || w == "much" || w == "very"
}

// pastPerfect reports a past perfect verb shortly before token i in its
// clause: "forces that had invaded Burma in late 1943" look back from the
// story's time.
func (p *parser) pastPerfect(i int) bool {
	words := 0
	for k := i - 1; k >= 0 && words < 6; k-- {
		t := p.t(k)
		if t.kind == tPunct {
			return false
		}
		words++
		if !p.is(k, "had") {
			continue
		}
		n := k + 1
		if p.is(n, "already") || p.is(n, "not") || p.is(n, "never") {
			n++
		}
		w := p.word(n)
		return p.t(n).kind == tWord && !p.t(n).cap && (w == "been" || len(w) > 4 && w[len(w)-2:] == "ed" || irregularPast(w))
	}
	return false
}

// reporting reports a past reporting verb at k, whose clause may speak of
// the future: "said", "told", "announced".
func (p *parser) reporting(k int) bool {
	switch p.word(k) {
	case "said", "told", "announced", "added", "stated", "warned", "predicted", "confirmed":
		return true
	}
	return false
}

// reducedRelative reports a past participle at k that modifies the noun
// opening its sentence: "booked" in "People booked on Friday's cruise",
// "Passengers booked on the flight".
func (p *parser) reducedRelative(k int) bool {
	w := p.word(k)
	if len(w) < 5 || w[len(w)-2:] != "ed" || !p.isAny(k+1, "on", "for", "in", "into", "onto", "aboard") {
		return false
	}
	n := p.t(k - 1)
	if n.kind != tWord || n.lx.cls != cNone || p.isAny(k-1, "he", "she", "they", "we", "i", "it", "you", "who", "that", "which") {
		return false
	}
	return k-2 < 0 || p.sentenceEnd(k-2) || p.punct(k-2, '"') || p.determiner(k-2)
}

// nounParticiple reports a past participle at k that follows a plural
// noun and a preposition follows: "express orders placed by 2 p.m. ET on
// Monday will still arrive", where the main verb comes after the date.
func (p *parser) nounParticiple(k int) bool {
	w, n := p.word(k), p.t(k-1)
	if len(w) < 5 || w[len(w)-2:] != "ed" || !p.isAny(k+1, "by", "on", "before", "after", "until") {
		return false
	}
	return n.kind == tWord && n.lx.cls == cNone && (!n.cap || k < 2 || p.sentenceEnd(k-2) || n.nl) && n.end-n.start >= 4 && p.text[n.end-1] == 's' && !p.isAny(k-1, "was", "has", "is", "as", "this", "its", "his", "always")
}

// appositiveParticiple reports a past participle at k that opens a phrase
// set off by commas and closed before the date at i: "co-chaired" in "will
// meet the committee, co-chaired by China and France, in Paris on Tuesday".
func (p *parser) appositiveParticiple(k, i int) bool {
	w := p.word(k)
	if len(w) >= 5 && w[len(w)-2:] == "ed" && p.punct(k-1, ',') && p.isAny(k+1, "on", "in", "at", "last", "this", "earlier") {
		// "The latest forecast, issued on Monday, centres the re-entry on
		// Friday": the main clause's present follows the second comma.
		for n := k + 2; n < i-1 && n <= k+8; n++ {
			if p.punct(n, ',') {
				t := p.t(n + 1)
				return t.kind == tWord && !t.cap && t.end-t.start >= 4 && p.text[t.end-1] == 's' && p.text[t.end-2] != 's' && t.lx.cls == cNone && p.tenseOf(n+1, false) == 0
			}
		}
		return false
	}
	if len(w) < 5 || w[len(w)-2:] != "ed" || !p.is(k+1, "by") {
		return false
	}
	if !p.punct(k-1, ',') && !(p.punct(k-1, '-') && p.adj(k-1) && p.punct(k-3, ',')) {
		return false
	}
	for n := k + 2; n < i; n++ {
		if p.punct(n, ',') {
			return true
		}
	}
	return false
}

// scheduledEvent reports a noun at k naming an event held on a set day:
// "qualifier", "keynote", "final".
func (p *parser) scheduledEvent(k int) bool {
	return p.isAny(k, "qualifier", "keynote", "final", "match", "game", "race", "vote", "election", "summit", "meeting", "hearing", "launch", "debate", "speech", "auction", "concert", "premiere", "opener", "derby", "showdown", "fixture", "tie", "semifinal", "decider")
}

// monthMeasured reports a month at i that names what figures measure:
// "October data", "September inflation figures", "the April consumer
// price index".
func (p *parser) monthMeasured(i int) bool {
	if p.isAny(i+1, "payrolls") {
		return true
	}
	return p.nounWithin(i+1, 3, "data", "figures", "numbers", "statistics", "readings", "index")
}

// nounWithin reports one of nouns among the n plain lower-case words from
// k, before any other kind of token: "[September] inflation figures", "the
// [March] corn contract".
func (p *parser) nounWithin(k, n int, nouns ...string) bool {
	for j := k; j < k+n; j++ {
		t := p.t(j)
		if t.kind != tWord || t.cap || t.lx.cls != cNone {
			return false
		}
		if p.isAny(j, nouns...) {
			return true
		}
	}
	return false
}

// willAhead reports "will", "shall" or "'ll" within the few words after a
// date at i, in its sentence.
func (p *parser) willAhead(i int) bool {
	return p.modalAhead(i, 8, false)
}

// futureAhead reports a modal of the future ("will", "would") or a
// forecast ("was likely to") after token i in its sentence.
func (p *parser) futureAhead(i int) bool {
	return p.modalAhead(i, 8, true)
}

// ifPresentBefore reports an "if" opening the clause of the date at i,
// with only verbs in the present between: "If cloud spoils Sunday".
func (p *parser) ifPresentBefore(i int) bool {
	f := -1
	for j := i - 1; j >= 0 && j >= i-8 && !p.sentenceEnd(j) && !p.punct(j, ','); j-- {
		if t := p.t(j); t.kind == tWord && t.end-t.start == 2 && t.c|0x20 == 'i' && p.is(j, "if") {
			f = j
			break
		}
	}
	if f < 0 || !(f == 0 || p.sentenceEnd(f-1) || p.punct(f-1, '"') || p.punct(f-1, ',') || p.t(f).nl) {
		return false
	}
	for j := f + 1; j < i; j++ {
		if p.tenseOf(j, false) != 0 || p.isAny(j, "was", "were", "had", "did") {
			return false
		}
	}
	for k := i + 1; k <= i+6 && p.real(k) && !p.sentenceEnd(k) && !p.punct(k, ','); k++ {
		if p.tenseOf(k, false) < 0 || p.isAny(k, "was", "were", "had", "did") {
			return false // "If Monday's vote was a test"
		}
	}
	return true
}

// likelyAfter reports "looked likely", "seemed certain" and the like a few
// words after the date at i, in its clause.
func (p *parser) likelyAfter(i int) bool {
	for k := i + 1; k <= i+4 && p.real(k) && !p.sentenceEnd(k) && !p.punct(k, ','); k++ {
		if p.isAny(k, "looked", "looks", "seemed", "seems", "appeared", "appears") && p.isAny(k+1, "likely", "certain", "possible", "probable", "inevitable") {
			return true
		}
	}
	return false
}

// possibleAfter reports a month at i that is the subject of "was
// possible", "remained likely", "was expected": "another move in December
// was possible".
func (p *parser) possibleAfter(i int) bool {
	k := i + 1
	if p.t(k).kind == tNum {
		k++
	}
	return p.isAny(k, "was", "were", "remained", "seemed", "looked", "appeared") && p.isAny(k+1, "possible", "likely", "probable", "unlikely", "expected", "due", "planned", "scheduled")
}

// passiveWillBefore reports a participle at k joined by "and" to a
// passive future before it in the sentence, whose "will be" it shares:
// "will be presented at a medical meeting in June and published".
func (p *parser) passiveWillBefore(k int) bool {
	w := p.word(k)
	if !(len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiple(w)) {
		return false
	}
	for j := k - 2; j >= 0 && j > k-16 && !p.sentenceEnd(j) && !p.punct(j, ';'); j-- {
		if p.is(j, "be") && p.willWord(j-1) {
			return true
		}
		if p.is(j, "and") || p.tenseOf(j, false) != 0 && !(p.is(j-1, "be") && p.willWord(j-2)) {
			return false // another verb of its own
		}
	}
	return false
}

// willWord reports "will", "shall" or the "ll" of "'ll" at k.
func (p *parser) willWord(k int) bool {
	return p.isAny(k, "will", "shall") || p.is(k, "ll") && p.punct(k-1, '\'')
}

// modalAhead reports "will", "shall" or "'ll" within reach tokens after
// token i in its sentence; loose also takes "would" and a forecast.
func (p *parser) modalAhead(i, reach int, loose bool) bool {
	for k := i + 1; p.real(k) && k <= i+reach; k++ {
		if p.sentenceEnd(k) {
			return false
		}
		if p.willWord(k) || loose && p.is(k, "would") {
			return true
		}
		if loose && p.isAny(k, "likely", "expected", "forecast", "set", "due") && p.is(k+1, "to") && p.isAny(k-1, "was", "were", "is", "are") {
			return true // "said Sunday was likely to be the hottest day"
		}
	}
	return false
}

// embedded reports that a date at i lies in the clause a reporting verb
// at k reports ("said that on Friday the talks would", "said the Nov. 5
// election would") rather than dating the saying ("said on Friday",
// "told reporters in mid-April that").
func (p *parser) embedded(k, i int) bool {
	for n := k + 1; n < i; n++ {
		if p.is(n, "that") {
			return true
		}
	}
	if i-1 == k && p.isAny(i+1, "was", "were", "is", "would", "will") {
		return true // "Forecasters said Sunday was likely to be the hottest day"
	}
	if p.isAny(i+1, "would", "will") && i-k <= 5 && p.isAny(i-1, "on", "from") {
		// "The exchange said trading on Monday would open as usual": the
		// reported clause's subject, with "that" left out.
		for n := k + 1; n < i-1; n++ {
			if t := p.t(n); t.kind != tWord || t.cap || t.lx.cls != cNone && !p.determiner(n) && !p.is(n, "due") || p.tenseOf(n, false) != 0 && !p.is(n, "due") {
				return false // ... and "said lending data due on Friday would show"
			}
		}
		return i-1 > k+1
	}
	return i-1 > k && p.key(i-1, kThe)
}

// attributiveAt reports a lower-case noun-like word at k, after which a
// participle such as "scheduled" is an adjective ("scheduled outages"), not
// a verb ("scheduled to", "scheduled for Friday").
func (p *parser) attributiveAt(k int) bool {
	t := p.t(k)
	if t.kind != tWord || t.cap || t.lx.cls != cNone {
		return false
	}
	switch p.word(k) {
	case "to", "for", "on", "in", "at", "by", "until", "before", "after", "around", "within", "from", "as", "and", "or", "that", "into", "through",
		"with", "without", "amid", "despite", "because", "when", "while", "but", "under", "across", "over", "during", "since", "than", "if",
		"up", "down", "along", "off", "out", "back", "away", "home", "again", "toward", "towards", "there", "here": // "climbed overnight up the ridge"
		return false
	}
	return true
}

// linking reports a verb at k after which an -ed word is an adjective:
// "remain closed", "stay shut", "seemed settled".
func (p *parser) linking(k int) bool {
	switch p.word(k) {
	case "remain", "remains", "stay", "stays", "become", "becomes", "seem", "seems", "get", "gets", "been", "being":
		return true
	}
	return false
}

// scheduling reports a present-tense verb that news uses for events on the
// calendar: "meet", "faces", "visits".
func scheduling(w string) bool {
	switch w {
	case "meet", "meets", "face", "faces", "visit", "visits", "host", "hosts", "travel", "travels", "vote", "votes", "arrive", "arrives", "return", "returns", "resume", "resumes", "reopens", "concludes", "reconvene", "reconvenes", "convene", "convenes",
		"flies", "departs", "heads", "begins", "starts", "opens", "ends", "expires", "launches", "lands", "runs", "lasts", "tours", "testifies", "kicks", "retires", "resigns", "graduates", "closes", "finishes", "premieres", "debuts", "adjourns",
		"reports", "speaks", "announces", "unveils", "delivers", "publishes", "plays", "decides", "sits", "goes", "follow", "end", "play", "falls",
		"fly", "parade", "parades", "leaves", "sails", "marches", "races", "performs", "steps", "depart", "sail", "gets", "moves", "report", "shuts",
		"names", "renew", "renews", "headlines", "headline", "begin":
		return true
	}
	return false
}

// stative reports a present verb that tells a state, a saying or a
// thought rather than an event to come: "he says", "which means".
func stative(w string) bool {
	switch w {
	case "says", "tells", "thinks", "believes", "knows", "recalls", "remembers", "admits", "claims", "insists", "argues",
		"notes", "explains", "adds", "writes", "seems", "looks", "feels", "means", "owns", "lives", "works", "remains",
		"holds", "shows", "suggests", "denies", "describes", "estimates", "expects", "hopes", "fears", "doubts", "agrees",
		"calls", "counts", "loves", "likes", "hates", "wants", "needs", "sees", "hears", "points", "accepts", "acknowledges",
		"does", "contains", "includes", "covers", "affects", "depends", "matters", "stands", "sits", "helps", "hurts", "varies", "differs":
		return true
	}
	return false
}

// nounToo reports a scheduling verb that is as often a plural noun: "people
// with special votes", "holders of the returns".
func nounToo(w string) bool {
	switch w {
	case "votes", "returns", "plays", "tours":
		return true
	}
	return false
}

// modifiedNoun reports a word at k that ends a noun phrase a determiner
// opens a few words back: "survived a no-confidence vote late on Monday",
// "a state visit".
func (p *parser) modifiedNoun(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if p.determiner(j) {
			return j < k-1
		}
		if t := p.t(j); !(t.kind == tWord && !t.cap && t.lx.cls == cNone || p.punct(j, '-') && p.adj(j)) {
			return false
		}
	}
	return false
}

// possessedNoun reports a word at k that ends a noun phrase a possessive
// opens a few words back: "its annual profit forecast".
func (p *parser) possessedNoun(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.possessive(j) {
			return true
		}
		if t := p.t(j); !(t.kind == tWord && !t.cap || p.punct(j, '-') && p.adj(j)) {
			return false
		}
	}
	return false
}

// thatAfter reports "that" opening a clause within a few tokens from k,
// past the date between: "forecast in October that".
func (p *parser) thatAfter(k int) bool {
	for j := k; j <= k+4 && p.real(j) && !p.sentenceEnd(j); j++ {
		if p.is(j, "that") {
			return true
		}
	}
	return false
}

// forecasting reports a verb whose object lies ahead: "the meteorological
// department forecast more rain from Wednesday".
func forecasting(w string) bool {
	switch w {
	case "forecast", "forecasts", "forecasting", "predicts", "predicting", "expects", "anticipates":
		return true
	}
	return false
}

// noticeEnds reports that the sentence of a name at i ends with it: "Closed
// on Christmas Day." ends at "Day".
func (p *parser) noticeEnds(i int) bool {
	for k := i; k <= i+3; k++ {
		if p.sentenceEnd(k) || !p.real(k) {
			return true
		}
		if t := p.t(k); t.kind != tWord || !t.cap {
			return false
		}
	}
	return false
}

// commaClauseAhead reports a comma and a conjunction that opens another
// clause within n tokens after i: "proposals closed on 15 October, and the
// winners will be told in March" keeps the future to its own clause.
func (p *parser) commaClauseAhead(i, n int) bool {
	for k := i + 1; k < i+n && p.real(k) && !p.sentenceEnd(k); k++ {
		if p.punct(k, ',') && p.isAny(k+1, "and", "but", "while") {
			return true
		}
	}
	return false
}

// unAdjective reports a negated participle that is an adjective and no
// verb: "unchanged", "undisclosed"; not "unveiled" or "uncovered".
func unAdjective(w string) bool {
	switch strings.ToLower(w) {
	case "unchanged", "unexpected", "unnamed", "undisclosed", "unidentified", "unconfirmed", "unspecified",
		"unopposed", "unaffected", "unscheduled", "unannounced", "unresolved", "unemployed", "untested",
		"unused", "unharmed", "unmatched", "unprecedented", "unrelated", "unexplained", "undecided",
		"unfinished", "unsolved", "unaccompanied", "unvaccinated", "unlimited", "unmanned", "untouched",
		"unchecked", "uncontested", "undeterred", "unabated", "unanswered", "unclaimed", "uninsured",
		"unoccupied", "unpublished", "unregistered", "unreported", "unspent", "unsupported", "unwanted":
		return true
	}
	return false
}

// directive reports a verb that orders or asks for something still to be done:
// "ordered him to surrender his passport by Friday".
func directive(w string) bool {
	switch w {
	case "ordered", "told", "asked", "urged", "instructed", "directed", "required", "invited",
		"allowed", "authorized", "authorised", "summoned", "called", "pressed", "warned", "advised", "reminded", "encouraged", "requested":
		return true
	}
	return false
}

// hypothetical reports a past form at k in an "if" clause after "could
// not" or "would": a condition, not a time gone ("could not be met if
// the bill waited until the autumn").
func (p *parser) hypothetical(k int) bool {
	j := k - 1
	for ; j >= k-4 && j >= 0; j-- {
		if p.is(j, "if") {
			break
		}
		if p.t(j).kind != tWord {
			return false
		}
	}
	if j < k-4 || j < 0 || !p.is(j, "if") || p.isAny(k, "was", "were", "had") {
		return false
	}
	for m := j - 1; m >= 0 && m >= j-12 && !p.sentenceEnd(m); m-- {
		if p.isAny(m, "would", "could", "might") {
			return true
		}
	}
	return false
}

// demandBack reports "wanted" or "demanded" at k or before it, back to
// token lo, in the same sentence: what they want by a day is still ahead.
func (p *parser) demandBack(k, lo int) bool {
	for j := k; j >= lo && j >= 0; j-- {
		if p.isAny(j, "wanted", "demanded", "demanding", "demands") {
			return true
		}
		if p.sentenceEnd(j) || p.punct(j, ',') || p.isAny(j, "was", "were", "had") {
			break
		}
	}
	return false
}

// infinitiveBetween reports "to" and a verb between tokens k and i: the object of
// a directive ("told them to leave on Monday").
func (p *parser) infinitiveBetween(k, i int) bool {
	for j := k + 1; j < i-1; j++ {
		if p.is(j, "to") && p.t(j+1).kind == tWord && !p.t(j+1).cap && p.t(j+1).lx.cls == cNone && !p.determiner(j+1) {
			return true
		}
	}
	return false
}

// unreachable reports the reporter's failed attempt a negated "could" at k
// tells: "could not be reached for comment", "Neither he nor his wife could
// be located", "could not say whether": the day of it is past, unlike the
// possibility of "the vote could come Wednesday".
func (p *parser) unreachable(k int) bool {
	j := k + 1
	neg := p.is(j, "not")
	if neg {
		j++
	}
	if !neg {
		for b := k - 1; b >= 0 && b > k-12 && !p.sentenceEnd(b); b-- {
			if p.isAny(b, "neither", "nor", "nobody", "no") {
				neg = true
				break
			}
		}
	}
	if !neg {
		return false
	}
	if p.isAny(j, "immediately", "independently") {
		j++
	}
	if p.is(j, "be") {
		return p.isAny(j+1, "reached", "located", "contacted", "found", "identified", "verified", "confirmed")
	}
	return p.isAny(j, "say", "confirm", "comment", "explain", "verify", "identify", "find")
}

// weekdayTold reports that the weekday at i was told a few sentences
// before, bare: the text speaks of that day again.
func (p *parser) weekdayTold(i int) bool {
	if p.wdOut == 0 || p.wdEnd == 0 || i-p.wdEnd > 60 {
		return false
	}
	t := p.t(i)
	return strings.EqualFold(p.out[p.wdOut-1].Text, p.text[t.start:t.end])
}

// habitAfter reports a frequency right after a present verb at k, which
// then tells a habit rather than an event scheduled: "whose committee meets
// every two months".
func (p *parser) habitAfter(k int) bool {
	return p.key(k+1, kEvery) || p.key(k+1, kEach) || p.key(k+1, kDaily) || p.key(k+1, kWeekly) || p.key(k+1, kMonthly) || p.key(k+1, kAnnually) ||
		p.isAny(k+1, "twice", "once", "regularly", "often", "rarely", "seldom")
}

// pastBefore reports a past verb, not a present perfect, before token k
// in its sentence.
func (p *parser) pastBefore(k int) bool {
	for j := k - 1; j >= 0 && j > k-30 && !p.sentenceEnd(j); j-- {
		if p.is(j, "had") {
			return true
		}
		if v := p.tenseOf(j, false); v < 0 && !p.presentPerfect(j) {
			return true
		}
	}
	return false
}

// mainWill reports that the clause after the condition holding token i
// speaks of the future: "[if ... i ...], the system will cope".
func (p *parser) mainWill(i int) bool {
	for j := i + 1; j < i+24 && p.real(j) && !p.sentenceEnd(j); j++ {
		if !p.punct(j, ',') {
			continue
		}
		for m := j + 1; m <= j+6 && p.real(m) && !p.sentenceEnd(m); m++ {
			if p.willWord(m) {
				return true
			}
			if (p.isAny(m, "am", "is", "are") || p.punct(m-1, '\'') && p.isAny(m, "m", "re", "s")) && strings.HasSuffix(p.word(m+1), "ing") && len(p.word(m+1)) > 4 {
				return true // "If they let us in on Saturday, I am taking the albums"
			}
			if p.tenseOf(m, true) != 0 || p.punct(m, ',') {
				return false
			}
		}
		return false
	}
	return false
}

// postponedTo reports a date at i that something is put back to: "IRS
// pushes tax deadline to Oct. 15", "delayed the vote until March", "does
// not push the deadline past Oct. 15". The new date lies ahead.
func (p *parser) postponedTo(i int) bool {
	k := i - 1
	if p.is(k, "on") || p.key(k, kThe) {
		k--
	}
	if !p.isAny(k, "to", "until", "till", "past") {
		return false
	}
	if _, _, _, ok := p.clockAt(i); ok {
		return false // a clock time keeps the day told: "was pushed forward to 11am"
	}
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if p.punct(j, '\'') && p.is(j+1, "s") && p.adj(j) {
			continue // "moved the family's flight to Monday"
		}
		if p.sentenceEnd(j) || p.punct(j, ',') || p.t(j).kind != tWord {
			return false
		}
		w := p.word(j)
		if len(w) < 4 {
			continue
		}
		switch strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "ed"), "es"), "s")) {
		case "push", "postpon", "postpone", "delay", "defer", "deferr", "extend", "move", "mov", "shift", "reschedul", "reschedule":
			return !p.is(j-1, "had") && !p.pastPerfect(j)
		}
	}
	return false
}

// saidBefore reports a reporting verb among the few words up to k, whose
// clause may tell a deadline still ahead: "said the report was due Friday".
func (p *parser) saidBefore(k int) bool {
	for j := k; j >= 0 && j > k-6 && !p.sentenceEnd(j); j-- {
		if p.reporting(j) {
			return true
		}
	}
	return false
}

// planList reports a list item ending at the semicolon k in a list that a
// plan opens with a colon: "the cabinet wants to: collect grey bins every
// three weeks; ...".
func (p *parser) planList(k int) bool {
	for j := k - 1; j >= 0 && j > k-80; j-- {
		if t := p.t(j); t.kind == tPunct && (t.c == '.' && p.sentenceEnd(j) || t.c == '!' || t.c == '?') {
			return false
		}
		if p.punct(j, ':') {
			return p.is(j-1, "to") && p.intends(j-2) || p.willWord(j-1)
		}
	}
	return false
}

// forNounPhrase reports "for" opening the noun phrase that ends at k:
// "for a high-speed seat", "for two tickets".
func (p *parser) forNounPhrase(k int) bool {
	for j := k; j >= 0 && j > k-6; j-- {
		if p.is(j, "for") {
			return true
		}
		if t := p.t(j); t.kind == tPunct && t.c != '-' || t.kind == tWord && p.tenseOf(j, false) != 0 {
			return false
		}
	}
	return false
}

// sinceEvent reports "since" opening the noun phrase that ends at k:
// "since the last strike".
func (p *parser) sinceEvent(k int) bool {
	for j := k; j >= 0 && j > k-5; j-- {
		if p.is(j, "since") {
			return j < k
		}
		if t := p.t(j); t.kind != tWord || p.tenseOf(j, false) != 0 {
			return false
		}
	}
	return false
}

// actionFrom reports a day at i from which an industrial action, a
// closure or an alert that a verb just announced runs: "the union
// confirmed a strike from 00:01 on Monday", "called a 48-hour walkout from
// Friday", "placed 16 departments on orange alert from midday on Tuesday".
func (p *parser) actionFrom(i int) bool {
	k := i - 1
	for k > i-5 && !p.is(k, "from") {
		if p.sentenceEnd(k) || p.t(k).kind == tWord && !p.is(k, "on") && !p.ampmAt(k) && !p.cls(k, cPart) {
			return false
		}
		k--
	}
	if !p.is(k, "from") || !p.isAny(k-1, "strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages", "closure", "shutdown", "lockdown", "curfew", "ban", "boycott", "alert", "alerts", "warning", "warnings") {
		return false
	}
	for j := k - 2; j >= k-6 && j >= 0 && !p.sentenceEnd(j); j-- {
		if p.isAny(j, "confirmed", "announced", "called", "declared", "ordered", "imposed", "approved", "voted", "placed", "issued") {
			return true
		}
	}
	return false
}

// seesAhead reports a date at i in what forecasters "see": "Most now see a
// cut in February", "analysts see another hike by June".
func (p *parser) seesAhead(i int) bool {
	k := i - 1
	if !p.isAny(k, "in", "by") {
		return false
	}
	k -= 2 // the noun and its article: "a cut"
	if !p.isAny(k, "a", "an", "another", "further", "more", "no") {
		k++ // "see cuts in February"
	}
	k--
	return p.isAny(k, "see", "sees") && !p.isAny(k-1, "to", "will", "would", "could", "can", "did", "not") && !(p.isAny(k-1, "t", "ll") && p.punct(k-2, '\''))
}

// riskOf reports a date at i that a risk or a prospect a few words back
// is of: "adding to the risk of a recession over the winter", "the
// threat of strikes in March". Not a risk the sentence tells as past
// ("there was a risk of frost in May").
func (p *parser) riskOf(i int) bool {
	if !p.isAny(i-1, "over", "in", "during", "by", "before", "through", "this", "next") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-7; j-- {
		if p.t(j).kind != tWord {
			return false
		}
		if p.isAny(j, "risk", "risks", "threat", "threats", "danger", "prospect", "prospects", "likelihood", "possibility") && p.is(j+1, "of") {
			for k := j + 2; k < i-1; k++ {
				if p.tenseOf(k, false) != 0 {
					return false
				}
			}
			return !p.isAny(j-1, "was", "were", "had") && !p.isAny(j-2, "was", "were", "had")
		}
	}
	return false
}

// newDeadline reports a day at i that a new or extended deadline falls on:
// "voted to reopen applications, with a new deadline at 11:59 p.m. Friday".
func (p *parser) newDeadline(i int) bool {
	for k := i - 1; k >= 0 && k > i-10; k-- {
		t := p.t(k)
		if t.kind == tPunct && (t.c == '.' && !p.clockPart(k) || t.c == ',' || t.c == ';') {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if p.is(k, "deadline") {
			return p.isAny(k-1, "new", "extended", "revised", "later", "fresh")
		}
		if t.end-t.start > 8 || !p.clockPart(k) && !p.isAny(k, "at", "on", "of", "by", "is", "set", "for", "until") {
			return false
		}
	}
	return false
}

// warnedFor reports a day at i that a warning, an alert or a forecast is
// issued for: "issued a heat warning for the weekend", "a red alert is in
// place for the district for Wednesday and Thursday".
func (p *parser) warnedFor(i int) bool {
	k := i - 1
	if p.key(k, kThe) {
		k--
	}
	if p.cls(i, cWeekday) && p.is(k, "on") {
		// "the metro warned of severe disruption from 7 p.m. on
		// Wednesday": what a warning is of is to come.
		for j := k - 1; j >= 1 && j > k-20 && !p.sentenceEnd(j) && !p.punct(j, ';'); j-- {
			if p.is(j, "of") && p.isAny(j-1, "warned", "warns", "warning", "warn") {
				return true
			}
		}
	}
	if !p.is(k, "for") {
		return false
	}
	for j := k - 1; j >= 0 && j > k-10; j-- {
		if p.sentenceEnd(j) || p.punct(j, ';') {
			return false
		}
		if p.isAny(j, "warning", "warnings", "alert", "alerts", "watch", "advisory", "forecast", "outlook") && !p.key(j-1, kThe) {
			// ... not "Storms were forecast for the afternoon" of a day gone
			return !(p.is(j, "forecast") && p.isAny(j-1, "was", "were", "had"))
		}
	}
	return false
}

// presentDayEvent reports a weekday at i whose event is the subject of a
// present "is": "which is why Sunday's race is the 40th"; not "a share
// before Friday's purchases is far below".
func (p *parser) presentDayEvent(i int) bool {
	if !p.cls(i, cWeekday) || !p.punct(i+1, '\'') || !p.is(i+2, "s") || p.t(i+3).kind != tWord || p.t(i+3).lx.cls != cNone {
		return false
	}
	if p.isAny(i-1, "on", "to") && (p.isAny(i-2, "is", "are", "turns", "turn", "focus", "focuses", "shifts") || p.is(i-2, "now") && p.isAny(i-3, "is", "are")) {
		return true // "attention is now on Monday's consecration", "all eyes turn to Sunday's final"
	}
	return p.isAny(i+4, "is", "are") && !p.isAny(i+5, "expected", "due", "set", "scheduled") && (p.opensSentence(i) || p.punct(i-1, ',') || p.isAny(i-1, "why", "that", "because", "and", "but"))
}

// imperativeOpens reports a day at i in a clause a command opens: a verb
// of its bare form first in its sentence or quotation, a few words before
// the day ("Ask me Friday", "Call us on Monday", "Come back Tuesday").
func (p *parser) imperativeOpens(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if p.sentenceEnd(j) || p.punct(j, '"') || p.punct(j, ',') {
			return false
		}
		if (j == 0 || p.sentenceEnd(j-1) || p.punct(j-1, '"') || p.t(j).nl) && p.t(j).cap && p.isAny(j, "ask", "call", "come", "check", "join", "watch", "meet", "ring", "email", "phone", "visit", "tune", "wait", "go", "head", "look") &&
			(j+1 == i || p.isAny(j+1, "me", "us", "him", "her", "them", "back", "again", "in", "on", "by", "until", "out", "up", "down")) {
			return true
		}
	}
	return false
}

// minutesOf reports the date at i in the phrase of a meeting's minutes:
// "the minutes of its meeting of 29 October", "minutes of the Jan. 27-28
// meeting"; not a count of minutes ("90 minutes of talks").
func (p *parser) minutesOf(i int) bool {
	j := i - 1
	for j >= 0 && j > i-4 && p.isAny(j, "of", "on", "the", "its", "their", "held") {
		j--
	}
	if !p.isAny(j, "minutes", "meeting", "session", "sitting") {
		return false // not "publishes the minutes of this week's meeting at 8 a.m."
	}
	for k := i - 1; k >= 0 && k >= i-10 && !p.sentenceEnd(k); k-- {
		if p.is(k, "minutes") && p.is(k+1, "of") {
			t := p.t(k - 1)
			return t.kind != tNum && t.lx.cls != cNumber && !p.isAny(k-1, "few", "several", "many", "last", "final", "first", "closing", "opening")
		}
	}
	return false
}

// headlineInfinitive reports a day at i in a headline clause that an
// infinitive opens after a comma or at the line's start: "..., to fly home
// Thursday", "Minister to resign on Friday".
func (p *parser) headlineInfinitive(i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if p.t(k).kind == tPunct {
			return false
		}
		if p.is(k, "to") && p.t(k+1).kind == tWord && !p.t(k+1).cap && p.t(k+1).lx.cls == cNone && (p.punct(k-1, ',') || p.t(k-1).kind == tWord && p.t(k-1).cap && !p.isAny(k-1, "due", "going", "have", "has", "had", "used", "set")) {
			return p.headline(i)
		}
	}
	return false
}

// labelNotice reports a day at i on a bulletin's line that a label and a
// colon open, followed by a closure's word: "High Street: closed from 9am
// to 4pm on Thursday", "Oakley Road: shut overnight on Friday".
func (p *parser) labelNotice(i int) bool {
	for k := i - 1; k >= 1 && k >= i-14 && !p.sentenceEnd(k); k-- {
		if p.punct(k, ':') {
			if !p.isAny(k+1, "closed", "shut", "open", "reopens", "reopening", "closing", "closes", "restricted", "diverted", "suspended") {
				return false
			}
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if p.t(j).nl || j == 0 {
					return p.t(j).cap
				}
			}
			return false
		}
		if p.t(k).nl {
			return false
		}
	}
	return false
}

// noticeCommand reports a day at i in a sentence that a command opens,
// as notices and guides give them: "Fill jugs on Tuesday afternoon",
// "Bring photo ID on Monday". The verb opens the sentence or line,
// capitalized, and no tensed verb was read around the day.
func (p *parser) noticeCommand(i int) bool {
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		if p.sentenceEnd(j) || p.punct(j, '"') || p.punct(j, ';') {
			return false
		}
		if (j == 0 || p.sentenceEnd(j-1) || p.t(j).nl) && p.t(j).cap {
			return p.isAny(j, "fill", "book", "bring", "register", "apply", "allow", "avoid", "arrive", "collect", "remember", "keep", "take", "store", "stock", "charge", "buy", "order", "submit", "vote", "leave", "park", "contact", "sign", "pick", "drop", "turn", "switch", "boil", "expect", "plan", "please", "make", "put", "do", "get")
		}
	}
	return false
}

// dateInPlace reports that tokens from k to the date at i are at most a
// determiner: "on the Nov. 4 ballot", "on Nov. 4".
func (p *parser) dateInPlace(k, i int) bool {
	return k == i || k == i-1 && (p.key(k, kThe) || p.isAny(k, "its", "their", "his", "her", "next", "this"))
}

// clauseWordBetween reports a word that opens another clause ("as",
// "while", "when", "because", "after", "before") between tokens a and i.
func (p *parser) clauseWordBetween(a, i int) bool {
	for k := a + 1; k < i; k++ {
		if p.isAny(k, "as", "while", "when", "because", "after", "before", "since", "until") {
			return true
		}
	}
	return false
}

// planProgressive reports a first person's present progressive earlier in
// the clause of the date at i, which tells a plan: "I'm doing a proper tour
// in the spring", "we are playing Leeds on Saturday".
func (p *parser) planProgressive(i int) bool {
	for k := i - 1; k >= 1 && k > i-14 && !p.sentenceEnd(k) && !p.punct(k, ','); k-- {
		t := p.t(k)
		if t.kind != tWord || t.cap || t.end-t.start < 5 || p.text[t.end-3:t.end] != "ing" || p.is(k, "being") {
			continue
		}
		be := k - 1
		if p.isAny(be, "m", "re") && p.punct(be-1, '\'') && p.isAny(be-2, "i", "we") {
			return true
		}
		if p.is(be, "am") && p.is(be-1, "i") || p.is(be, "are") && p.is(be-1, "we") {
			return true
		}
		return false // another participle: not the plan's
	}
	return false
}

// causativeBefore reports "let", "make" or "saw" a few words before the
// bare verb at k, in its clause: "let the ground offensive begin".
func (p *parser) causativeBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && p.t(j).kind == tWord; j-- {
		if p.isAny(j, "let", "lets", "letting", "make", "makes", "made", "saw", "see", "watched", "helped", "help") {
			return true
		}
	}
	return false
}
