package temporal

import (
	"path/filepath"
	"testing"
)

// TestNewsSets scores Tag on the news sets annotated for this project and
// fails below each set's floors. Every set was written and annotated before
// the tagger first ran on it; the first, blind scores are kept with it. Raise
// the floors as the tagger improves.
func TestNewsSets(t *testing.T) {
	for _, set := range []struct {
		dir                         string
		gold                        int
		strict, relaxed, typ, value float64
	}{
		// The development set (testdata/modern): 14 original articles in
		// 2019-2026 wire, British, US, business, live-blog, feature and day-first
		// numeric styles. Its first, blind run scored strict 93.66, relaxed
		// 98.04, type 95.73, value 90.20; the tagger was tuned on it since.
		{"modern", 438, 97.5, 98.5, 98.0, 95.0},
		// The first held-out set (testdata/heldout): 12 original articles
		// dated 2018-2026 in wire, British broadsheet, US politics, earnings,
		// sports, science, live-blog, long-read, obituary, court, weather and
		// health/economics styles. The gold was written and annotated before the
		// tagger was ever run on these texts. The first, blind run scored strict
		// 95.05, relaxed 97.19, type 94.78, value 89.16 (two annotation slips were
		// corrected after it). Rules for the error classes it showed (sets, spans,
		// game periods, the tense of spans and orders) were added since, so the set
		// is no longer blind; the floors sit about 1.5 points under the scores now.
		{"heldout", 374, 95.5, 97.0, 97.0, 93.0},
		// The second held-out set (testdata/heldout2): 10 original
		// articles dated 2017-2026 in Reuters wire, Indian business, Australian
		// regional, corporate press release, local council, election night,
		// timeline explainer, opinion column, interview transcript and markets
		// report styles, with traps such as "24/7", "9/11", model numbers,
		// addresses, ages, phone numbers and "May"/"March" as verbs. The gold was
		// written and annotated before the tagger was ever run on these texts;
		// fiscal periods carry their fiscal-year label ("Q2FY24" is 2024-Q2, "the
		// 2018-19 financial year" is 2019), as TimeBank values "fiscal 1989" as
		// 1989. The first, blind run scored strict 86.66, relaxed 94.82, type
		// 94.82, value 80.69, with no gold corrections after it. Rules for the
		// error classes it showed (fiscal periods, written-out time zones, the day
		// of a clock time, spans ending on a weekday) were added since, so the set
		// is no longer blind; the floors sit about 1.5 points under the scores now.
		{"heldout2", 319, 94.0, 97.0, 97.0, 90.5},
		// The third held-out set (testdata/heldout3): 10 original
		// articles dated 2015-2025 for analysts following conflicts and diplomacy
		// (a summit wire story, a war update, ceasefire talks, a Sahel coup, an
		// election, an ICC story, sanctions and the economy, a humanitarian report,
		// a historical explainer and a live blog with GMT, EDT and Moscow clock
		// times), with traps such as "Resolution 2254", "Su-35", "S-400", "Flight
		// MH17", "Route 1", "Article 5", "G20", "the 2,000-strong force", ages,
		// scores, phone numbers and "May" as a verb. The gold was written and
		// annotated before the tagger was ever run on these texts. The first, blind
		// run scored strict 96.04, relaxed 97.80, type 97.50, value 93.10 on 341
		// gold timexes. Eight annotation slips were corrected after it (five
		// headline or in-text timexes left untagged, a missing "the" in an extent,
		// and "PXH" for "PTXH"), giving 347 gold timexes and strict 97.23, relaxed
		// 98.69, type 98.11, value 94.03. Four rules for its error classes were
		// added since ("May Day", "about half an hour", "between June and August
		// last year", "the previous quarter" of a report); the floors sit about 1.5
		// points under the scores now.
		{"heldout3", 347, 96.0, 97.0, 96.5, 93.5},
		// The fourth held-out set (testdata/heldout4): 10 original articles
		// dated 2016-2026 for a news analyst (one state visit reported by a US
		// wire on the day and a British paper the day after, Arab diplomacy,
		// Sudan after Bashir, an EU gas price cap, a Supreme Court nomination,
		// Taiwan Strait drills, AI Act deadlines, a Welsh lockdown update and
		// an Olympic boycott), with traps such as "Resolution 2231", "F-35B",
		// "G7", "COVID-19", "2,000 troops", scores, ages, phone numbers, "May"
		// as a verb and "the 1967 lines". The gold was written, annotated and
		// committed before the tagger was ever run on these texts. The first,
		// blind run scored strict 96.55, relaxed 99.14, type 98.28, value 94.54
		// on 349 gold timexes, with no gold corrections after it. Three rules
		// for its error classes came after ("this summer" said in February, the
		// December that names a winter, "from November" after a past verb), so
		// it is no longer blind; the floors are still the first run's.
		{"heldout4", 349, 94.5, 97.0, 96.0, 92.5},
		// The fifth held-out set (testdata/heldout5): 8 original articles dated
		// 2017-2026 for a world-affairs analyst (a foreign minister's visit
		// reported by a wire on the day and a British paper the day after, a
		// Colombian runoff, Pakistan floods, an OPEC+ meeting, an EU court
		// ruling, an al-Shabab attack in Kenya and a private space station
		// mission), with traps such as "Resolution 2401", "Article 50", "A320",
		// "COP28", "2,000 troops", "C-547/15", scores, phone numbers ("1700"),
		// "May" as a verb and "Theresa May". The gold was written, annotated and
		// committed before the tagger was ever run on these texts. The first,
		// blind run scored strict 95.38, relaxed 97.58, type 97.58, value 90.99
		// on 223 gold timexes. Five annotation slips were corrected after it
		// (three headline timexes, a possessive "Tuesday's" and a "now" left
		// untagged), giving 228 gold timexes and strict 96.52, relaxed 98.70,
		// type 98.70, value 91.74. Rules for its error classes came after
		// (present-tense schedules, "should", forecasts, "next Wednesday" said on
		// a Tuesday, helpline numbers, "about" in clock times), so it is no longer
		// blind; the floors sit about 1.5 points under the scores now.
		{"heldout5", 228, 96.0, 97.5, 97.5, 94.5},
		// The sixth held-out set (testdata/heldout6): 8 original articles dated
		// 2015-2026 (a Yemen truce wire story, a British election analysis, an
		// Indian rate decision, a live blog with BST, ET and GMT times, a Nile
		// dam explainer back to the 19th century, an Argentine debt court
		// story, a Kenyan sports page and a Rohingya monsoon health report),
		// with traps such as race times, jersey numbers, "Boeing 737", "A350",
		// "Resolution 2216", "24/7", phone numbers and "May" as a name. The
		// gold was written, annotated and committed before the tagger was ever
		// run on these texts (after the holiday and zone work of its session).
		// The first, blind run scored strict 96.68, relaxed 97.95, type 97.31,
		// value 91.94 on 314 gold timexes, with no gold corrections after it.
		// Rules for its error classes came after (zone names in clock extents,
		// race times, "until the weekend", "another decade", page-header
		// timestamps, past midnight, "the current financial year", the reach of
		// a clause's verb), so it is no longer blind; the floors sit about 2
		// points under the first scores.
		{"heldout6", 314, 94.5, 96.0, 95.5, 90.0},
		// The seventh held-out set (testdata/heldout7): 8 original articles
		// dated 2014-2025 (a NATO summit wire story, a US school budget with a
		// July fiscal year, a Japanese earnings report with fiscal labels, a
		// Chilean runoff, a German storm live blog in CEST, a launch scrub, a
		// fraud trial and a Paris liberation anniversary feature told in 1944),
		// with traps such as "2000 police officers", "ICE 2014", "HX-2000",
		// scores and ages. The gold was written, annotated and committed before
		// the tagger was ever run on these texts. The first, blind run scored
		// strict 94.93, relaxed 97.39, type 96.77, value 90.02 on 327 gold
		// timexes. Rules for its error classes came after (a deadline set in
		// the past names a day ahead, "before the Lunar New Year" told in the
		// present, "reports on Thursday", "its May forecast"), so it is no
		// longer blind; the floors sit about 2 points under the scores now.
		{"heldout7", 327, 96.5, 97.0, 97.0, 92.0},
		// The eighth held-out set (testdata/heldout8): 8 original articles
		// dated 2019-2025 in styles the earlier sets lack (a Baghdad wire
		// story with a backstory over years, a Sydney bills explainer with
		// Australian financial years and AEST/AEDT times, a CDN outage
		// post-mortem in UTC with version numbers, a seismologist's
		// obituary, a Fed decision, a weekly health surveillance report, a
		// podcast transcript and a Tour de France and Wimbledon page). The
		// gold was written, annotated and committed before the tagger was
		// ever run on these texts. The first, blind run scored strict 87.48,
		// relaxed 95.03, type 92.62, value 79.59 on 294 gold timexes. Rules
		// for its error classes came after (more zones, Australian quarters,
		// "the long weekend", a season with its year as an anchor, "the
		// night before", "six in the morning", "a week on Sunday", "next
		// Thursday" as next week's, "the same day" after a month, "right
		// now", "any day now", "the other day", race times, counts such as
		// "2000 people"), so it is no longer blind; the floors sit about 2
		// points under the scores now.
		{"heldout8", 294, 95.0, 96.5, 95.0, 90.0},
		// The ninth held-out set (testdata/heldout9): 8 original articles
		// dated 2025 (a US ice storm warning in CST, a British rail strike
		// notice on the 24-hour clock, a Court of Appeal tax ruling, a VE Day
		// feature told in 1945, an Indian IT results story with fiscal
		// labels, an archaeology story with BC dates, a US streaming review
		// and a Bristol stabbing court report). The gold was written,
		// annotated and committed before the tagger was ever run on these
		// texts. The first, blind run scored strict 88.11, relaxed 95.48, type
		// 93.80, value 79.06 on 302 gold timexes. Rules for its error classes
		// came after (MLK Day, Black Friday, VE Day, Diwali, bank holidays, a
		// weekday next to a day of the same weekday, "80 years ago today",
		// "this day in 1945", a story told by its weekdays, "8 p.m. tonight",
		// "the previous evening ... at 23:40", fiscal labels such as "last
		// fiscal" and a bare "Q3" in a Q2FY26 text, "12,000 years ago",
		// "the 2022-23 dispute", citations and numbered samples), so it is no
		// longer blind; the floors sit about 2 points under the scores now.
		{"heldout9", 302, 94.0, 96.5, 95.5, 93.5},
		// The tenth held-out set (testdata/heldout10): 8 original articles
		// dated 2025-2026 (a Canadian wildfire evacuation in MDT, an aviation
		// incident report with Zulu times, an oil market report with contract
		// months, a South African vote count, a Japanese budget story with
		// Golden Week and an imperial-era year, clinical trial results, a US
		// school calendar dispute and a US tax deadline explainer). The gold
		// was written, annotated and committed before the tagger was ever run
		// on these texts. The first, blind run scored strict 91.03, relaxed
		// 94.68, type 93.02, value 85.38 on 310 gold timexes. Rules for its
		// error classes came after (Zulu times, clock times of a day long
		// past told minute by minute, "about 90 seconds later", Victoria Day,
		// Freedom Day, Tax Day, Golden Week, Obon, "Reiwa 7", "the week to
		// Nov. 7" as a span, "the year to date", "a week from today",
		// "overnight Tuesday", "the week before", decimal counts), so it is
		// no longer blind; the floors sit about 2 points under the scores
		// now.
		{"heldout10", 310, 95.5, 96.5, 96.0, 92.0},
		// The eleventh held-out set (testdata/heldout11): 8 original articles
		// dated 2024-2026 (a football transfer deadline day, an Australian
		// heatwave in AEDT, an EU budget summit, a Mars rover milestone, a
		// Chinese economy story, a Gulf story around Ramadan, a restaurant
		// feature and a musician's obituary). The gold was written, annotated
		// and committed before the tagger was ever run on these texts. The
		// first, blind run scored strict 89.64, relaxed 94.28, type 92.74,
		// value 81.30 on 332 gold timexes. Rules for its error classes came
		// after (seasons that last to their solstice, "the past week" as a
		// span, "that autumn", "every Christmas", the Spring Festival, Double
		// 11, China's Golden Week, "June" as a first name, clock times after
		// a SET, "England play Andorra on Saturday", "29 or 30 days"), so it
		// is no longer blind; the floors sit about 2 points under the scores
		// now.
		{"heldout11", 332, 94.0, 96.5, 95.5, 91.0},
		// The twelfth held-out set (testdata/heldout12): 8 original articles
		// dated 2025-2026 (Easter and Passover travel, a cricket Test in
		// Galle, the Singapore night race, software release notes, a typhoon
		// in PHT, JST and UTC, a British sentencing, the Chuseok exodus in
		// KST and a mortgage-rate explainer). The gold was written, annotated
		// and committed before the tagger was ever run on these texts. The
		// first, blind run scored strict 91.72, relaxed 94.79, type 94.48,
		// value 84.36 on 333 gold timexes. Rules for its error classes came
		// after (Lent, Orthodox Easter, "the 2021 season", "8pm local (1200
		// GMT) on Sunday", "suspended for Tuesday", Chuseok, calendar weeks,
		// the typhoon's clock times), so it is no longer blind; the floors
		// sit about 2 points under the scores now.
		{"heldout12", 333, 94.5, 95.5, 95.0, 91.5},
		// The thirteenth held-out set (testdata/heldout13): 8 original
		// articles dated 2025-2026 (China's Spring Festival travel rush, a
		// Tour de France mountain stage, the total solar eclipse of 12
		// August 2026, the end of a US Supreme Court term, Diwali retail in
		// India, a museum exhibition review, an airline summer schedule and
		// a weekly stock market wrap). The gold was written, annotated and
		// committed before the tagger was ever run on these texts. The
		// first, blind run scored strict 91.46, relaxed 94.77, type 93.39,
		// value 80.99 on 372 gold timexes. Rules for its error classes came
		// after (the Lantern Festival, the Assumption and other holidays, the
		// Chinese zodiac, an explainer's clock times of a day ahead,
		// timetables, opening hours, phone numbers, "the final day,
		// Friday"), so it is no longer blind; the floors sit about 2 points
		// under the scores now.
		{"heldout13", 372, 94.0, 96.0, 95.0, 88.5},
		// The fourteenth held-out set (testdata/heldout14): 8 original
		// articles dated 2025-2026 (Rio's Carnival, a British bill's
		// timetable, an NFL Draft night, a Berlin Wall anniversary, a
		// Bordeaux harvest, a Nigerian election tribunal, a crewed space
		// launch and a state pension explainer). The gold was written,
		// annotated and committed before the tagger was ever run on these
		// texts. The first, blind run scored strict 94.29, relaxed 96.41,
		// type 94.82, value 86.59 on 378 gold timexes. Rules for its error
		// classes came after (spans of years, months and days, slashed tax
		// years, birth dates, Carnival, spoken times, a story decades old,
		// an aside's own day), so it is no longer blind; the floors sit
		// about 2 points under the scores now.
		{"heldout14", 378, 95.5, 96.5, 95.0, 91.5},
		// The fifteenth held-out set (testdata/heldout15): 8 original
		// articles dated 2025-2026 (the Hajj, Thanksgiving travel and sales,
		// a Japanese earthquake's aftershocks, a fiscal-September earnings
		// report, a US federal sentencing, a climate summit's last weekend,
		// Australian school results and a festival's ticket sale). The gold
		// was written, annotated and committed before the tagger was ever
		// run on these texts. The first, blind run scored strict 92.40,
		// relaxed 96.49, type 94.74, value 82.75 on 346 gold timexes. Rules
		// for its error classes came after ("the Sunday after Thanksgiving",
		// the Day of Arafat, "the last weekend of June", "every fifth year"),
		// so it is no longer blind; the floors sit about 2 points under the
		// scores now.
		{"heldout15", 346, 96.5, 97.5, 95.5, 90.5},
		// The sixteenth held-out set (testdata/heldout16): 8 original
		// articles dated 2025-2026 (a Kyiv air raid, a British heat alert,
		// US midterm election night, a Champions League report, a Hong Kong
		// listing, an obituary, a food recall and Pakistan's monsoon). The
		// gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 96.99, relaxed 97.35, type 94.51, value
		// 84.25 on 286 gold timexes. Rules for its error classes came
		// after (a warning "valid from" a day, "declared Thursday a public
		// holiday" after Thursday was told, "her final years", ranges of
		// hours kept every day), so it is no longer blind; the floors sit
		// about 2 points under the scores now.
		{"heldout16", 286, 96.5, 97.0, 95.0, 92.5},
		// The seventeenth held-out set (testdata/heldout17): 8 original
		// articles dated 2025-2026 (an ECB decision, the New York marathon,
		// a prisoner exchange, a box-office weekend, a French confidence
		// vote, an Australian annual meeting, a hurricane advisory and a
		// viaduct closure). The gold was committed before the tagger ever
		// ran on it; its first, blind run scored strict 95.71, relaxed
		// 96.29, type 95.14, value 88.00 on 346 gold timexes (the tagger as
		// it stood at the start of that session scored value 87.84). Rules
		// for its error classes came after, so it is no longer blind; the
		// floors sit about 2 points under the scores now.
		{"heldout17", 346, 97.0, 97.0, 97.0, 95.0},
		// The eighteenth held-out set (testdata/heldout18): 8 original
		// articles dated 2026 (an Irish airline strike call, Kenya's budget,
		// a wine auctioneer's obituary, a rail timetable change, a wildfire
		// smoke advisory, the monsoon's onset, a patent verdict and school
		// term dates). The gold was committed before the tagger ever ran on
		// it; its first, blind run scored strict 96.03, relaxed 98.51, type
		// 97.52, value 90.82 on 405 gold timexes (the tagger as it stood at
		// the start of that session scored value 90.07). Rules for its error
		// classes came after (months of a habit, bank holidays, "the
		// Friday", four-digit clock times before a zone written out, "the
		// financial year that ends on June 30"), so it is no longer blind;
		// the floors sit about 2 points under the scores now.
		{"heldout18", 405, 96.0, 97.5, 96.5, 94.5},
		// The nineteenth held-out set (testdata/heldout19): 8 original
		// articles dated 2026-2027 in styles unlike each other (a Tokyo
		// exchange outage, a chess championship feature, a strike Q&A, an
		// eruption live blog, an extradition appeal, a Japanese retailer's
		// results, a rugby preview and a clock-change explainer). The gold
		// was committed before the tagger ever ran on it; its first, blind
		// run scored strict 96.93, relaxed 97.95, type 96.68, value 85.93
		// on 395 gold timexes (the tagger as it stood at the start of that
		// session scored value 84.65). Rules for its error classes came
		// after (a live blog's day header, "this Sunday", "National
		// Foundation Day" in Japan, "In the 2020 breakdown, on Oct. 1"), so
		// it is no longer blind; the floors sit about 2 points under the
		// scores now.
		{"heldout19", 395, 96.0, 96.5, 96.0, 89.0},
		// The twentieth held-out set (testdata/heldout20): 8 original
		// articles dated 2026-2027 in new styles (an agency flash on an
		// emergency rate cut, an Alpine rescue told hour by hour, a
		// festival profile, a port strike bulletin, an outage post-mortem,
		// a measles notice, a Moon landing anniversary feature and a cricket
		// auction). The gold was committed before the tagger ever ran on
		// it; its first, blind run scored strict 96.69, relaxed 97.91, type
		// 97.67, value 88.83 on 412 gold timexes, the same as the tagger as
		// it stood at the start of that session (its gains on two articles
		// were offset by a warning "valid from" a day read as ahead in a
		// story told in the past). Rules for its error classes came after
		// (that warning, a timeline's stamps before a dash, "the next
		// scheduled review in mid-December", a clock time before a list's
		// colon), so it is no longer blind; the floors sit about 2 points
		// under the scores now.
		{"heldout20", 412, 95.5, 96.5, 96.0, 92.0},
		// The twenty-first held-out set (testdata/heldout21): 8 original
		// articles dated 2026-2027 in new styles (a state visit wire with a
		// background chronology, a "what we know" explainer, a takeover
		// saga's dated list, a parliamentary hearing, a markets week ahead,
		// a treaty anniversary, a murder trial's night and a doping ban).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 93.96, relaxed 97.50, type 96.61,
		// value 83.36 on 346 gold timexes, the same as the tagger as it
		// stood at the start of that session. Rules for its error classes
		// came after (an agenda's days, a story decades old told inside
		// news, spoken clock times, "the Monday" of a story told in the
		// past, "on the sixth", "Tuesday week"), so it is no longer blind;
		// the floors sit about 2 points under the scores now.
		{"heldout21", 346, 95.0, 96.5, 96.0, 94.5},
		// The twenty-second held-out set (testdata/heldout22): 8 original
		// articles dated 2026-2027 in new styles (a war's 100th day, an
		// annual climate review, a college admissions calendar, a summit
		// communique, a fixture release, a drug approval, a comet's return
		// and an election calendar). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 93.14,
		// relaxed 97.52, type 96.93, value 85.55 on 344 gold timexes, the
		// same as the tagger as it stood at the start of that session.
		// Rules for its error classes came after (a war's count of days, an
		// annual review in January, a fixture list's "Tuesday 29 and
		// Wednesday 30 December", an election's "That Sunday", a calendar of
		// what is ahead), so it is no longer blind; the floors sit about 2
		// points under the scores now.
		{"heldout22", 344, 94.5, 97.0, 96.5, 93.5},
		// The twenty-third held-out set (testdata/heldout23): 8 original
		// articles dated 2026-2027 in new styles (a hostage release, a
		// central bank's minutes, a bird migration, a data breach, a border
		// reopening, a Grand Slam final, a pension vote and a museum heist).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 94.81, relaxed 97.98, type 96.83,
		// value 90.20 on 351 gold timexes, the same as the tagger as it
		// stood at the start of that session. Rules for its error classes
		// came after (the small hours of "early on Sunday", a span and its
		// rate, "the June debate", a headline's "to follow from Monday"),
		// so it is no longer blind; the floors sit about 2 points under the
		// scores now.
		{"heldout23", 351, 94.5, 96.5, 96.5, 94.0},
		// The twenty-fourth held-out set (testdata/heldout24): 8 original
		// articles dated 2026-2027 in new styles (a GDP release, a state
		// funeral's schedule, a retailer's January fiscal year, a weekly
		// weather outlook, a new air route, an election court ruling, a
		// product launch and an injury update). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored
		// strict 96.24, relaxed 98.55, type 98.27, value 86.42 on 345 gold
		// timexes (the tagger as it stood at the start of that session
		// scored value 86.29). Rules for its error classes came after (a
		// weekly forecast's entries, "that October", a participle set off
		// by commas, "the April-June period of 2025"), so it is no longer
		// blind; the floors sit about 2 points under the scores now.
		{"heldout24", 345, 95.0, 96.5, 96.5, 91.0},
		// The twenty-fifth held-out set (testdata/heldout25): 8 original
		// articles dated 2026-2027 in new styles (peace talks, an oil spill,
		// a stock split, a refugee camp at ten, a Himalayan summit, a union
		// contract, a derailment report and a festival lineup). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 98.70, relaxed 99.57, type 98.12, value 87.41 on 347
		// gold timexes (the tagger as it stood at the start of that session
		// scored value 86.54). Rules for its error classes came after
		// (clock times to the second, the small hours of "the early hours
		// of Sunday", a count's rate, a span of days far ahead), so it is no
		// longer blind; the floors sit about 2 points under the scores now.
		{"heldout25", 347, 97.0, 97.5, 97.0, 89.5},
		// The twenty-sixth held-out set (testdata/heldout26): 8 original
		// articles dated 2027 in new styles (a minister's resignation, an
		// ash cloud, a court nomination, a harvest report, hospital waits, a
		// Grand Tour route, a tax season and declassified 1962 files). The
		// gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 95.68, relaxed 97.41, type 96.54, value
		// 89.63 on 348 gold timexes (the tagger as it stood at the start of
		// that session scored value 89.47). One rule for its errors came
		// after (Britain's spring bank holiday); the floors sit about 2
		// points under the scores now.
		{"heldout26", 348, 93.5, 95.5, 94.5, 87.5},
		// The twenty-seventh held-out set (testdata/heldout27): 8 original
		// articles dated 2027-2028 in new styles (a summit, an earthquake's
		// fifth anniversary, a rate rise flash, an album review, a ferry
		// inquiry, a city budget, a telescope discovery and holiday sales).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 95.45, relaxed 98.79, type 97.27,
		// value 90.61 on 330 gold timexes (the tagger as it stood at the
		// start of that session scored value 89.36).
		{"heldout27", 330, 93.5, 96.5, 95.5, 88.5},
		// The twenty-eighth held-out set (testdata/heldout28): 8 original
		// articles dated 2027-2028 in new styles (coalition talks, a heat
		// alert, a CEO succession, exam results day, a bridge trial, a
		// launch preview, migration statistics and a chess round). The gold
		// was committed before the tagger ever ran on it; its first, blind
		// run scored strict 97.19, relaxed 98.37, type 98.07, value 89.19 on
		// 340 gold timexes (the tagger as it stood at the start of that
		// session scored value 88.89). Rules for its errors came after (a
		// headline's "Ariane 6 to launch ... on Friday", "Friday's flight
		// will be", "5 o'clock"); the floors sit about 2 points under the
		// scores now.
		{"heldout28", 340, 95.0, 96.5, 96.0, 88.0},
		// The twenty-ninth held-out set (testdata/heldout29): 8 original
		// articles dated 2025-2028 in new styles (a strike ballot, an
		// obituary, a river-gauge flood update, a sentencing, a marathon, a
		// bond auction, a clock-change explainer and a royal engagement).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 95.69, relaxed 97.41, type 96.26,
		// value 91.38 on 349 gold timexes (the same as the tagger at the
		// start of that session). Rules for its errors came after ("a
		// little over", "another 16 years", "rose", "3cm an hour", "In 2015
		// ... on Boxing Day", "seven weeks earlier this year", "next year's
		// race ... on Sept. 26", "fiscal 2027 ends on Sept. 30", "on a
		// Saturday", "on Sunday, the last Sunday of October", "the Summer
		// Time Act"); the floors sit about 2 points under the scores now.
		// Its annotator tagged race times ("2:04:37") as durations, which
		// held-out 8 and 17 leave untagged; the tagger keeps the older
		// convention.
		{"heldout29", 349, 95.0, 95.5, 95.5, 93.0},
		// The thirtieth held-out set (testdata/heldout30): 8 original
		// articles dated 2026-2032 (a budget day, an extradition ruling,
		// transfer deadline day, school term dates, a product recall, a
		// probe flyby, a wine harvest and a census release). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 96.70, relaxed 97.90, type 97.60, value 91.59 on 334
		// gold timexes (the tagger at the start of that session scored
		// value 91.29). Rules for its errors came after ("adjourned ... in
		// February 2024 until May 13", "an extra two hours", "had hoped
		// to", "moved a week later", "five school days", "shuts at 11pm
		// tonight. He landed at 6.40am", "Easter falls late next year, on
		// 16 April"); the floors sit about 2 points under the scores now.
		// Its part A values school years by their end year, where held-out
		// 22 and 26 value such periods by their start; the tagger keeps the
		// start.
		{"heldout30", 334, 96.0, 96.0, 96.0, 92.5},
		// The thirty-first held-out set (testdata/heldout31): 8 original
		// articles dated 2025-2027 (an IPO debut, a hurricane outlook, a
		// jury verdict, a summer recess, retail earnings, a museum
		// reopening, a hosepipe ban and a crew launch). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 98.85, relaxed 99.14, type 98.85, value 92.55 on 347
		// gold timexes (the tagger at the start of that session scored
		// value 92.55 too). Rules for its errors came after ("The 2022 ban
		// began on 23 August", "Hosepipe ban from Friday", "at 6 a.m. on
		// Black Friday", "if the bill waited until the autumn", "between
		// June 9 and Aug. 30, 2024 ... on July 27", "the first Sunday of
		// every month"); the floors sit about 2 points under the scores now.
		{"heldout31", 347, 97.5, 97.5, 97.5, 93.5},
		// The thirty-second held-out set (testdata/heldout32): 8 original
		// articles dated 2026-2027 (a planning inquiry, a Nobel prize, a
		// grant scheme, a manager's sacking, a bank-holiday travel warning,
		// a vaccine rollout, a ship refloated and a local election count).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 96.90, relaxed 98.38, type 97.78,
		// value 95.72 on 336 gold timexes (the tagger at the start of that
		// session scored value 94.97). Rules for its errors came after ("the
		// August bank holiday weekend", "from Saturday to Monday", "one
		// minute past midnight", "the next spring tide", "in April or
		// later", "nearly a quarter of a century"); the floors sit about 2
		// points under the scores now.
		{"heldout32", 336, 96.0, 96.5, 96.0, 94.5},
		// The thirty-third held-out set (testdata/heldout33): 8 original
		// articles dated 2026-2027 (a wildfire update, a layoffs memo, a
		// cathedral reopening, debt talks, a runway closure, an athlete's
		// retirement, an inflation release and an aurora alert). The gold
		// was committed before the tagger ever ran on it; its first, blind
		// run scored strict 98.55, relaxed 99.13, type 98.55, value 89.86 on
		// 345 gold timexes (the tagger at the start of that session scored
		// value 89.44). Rules for its errors came after ("by next weekend,
		// Cal Fire said on Friday", "were due to open on Aug. 12", "That
		// summer, ... It ignited on July 27", "In November,", "will be open
		// Monday to Saturday", "gas thrown off by the Sun on Tuesday"); the
		// floors sit about 2 points under the scores now.
		{"heldout33", 345, 96.5, 97.0, 97.0, 90.5},
		// The thirty-fourth held-out set (testdata/heldout34): 8 original
		// articles dated 2026-2027 (a bridge reopening, a ceasefire wire, a
		// theatre review, a pension-age explainer, a tanker attack, a
		// marking boycott, a snowstorm and a 3G switch-off). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 98.83, relaxed 99.12, type 98.53, value 92.67 on 340
		// gold timexes (the tagger at the start of that session scored
		// value 92.38). Rules for its errors came after ("rising from 66 to
		// 67 on Wednesday", "a ceasefire starting at midnight Friday",
		// "Residents can walk the deck ... Saturday", "(2340 GMT on
		// Saturday)", "unless Thursday's snow", "a Sunday schedule", "170
		// cm of snow a year"); the floors sit about 2 points under the
		// scores now.
		{"heldout34", 340, 97.0, 97.5, 97.5, 93.0},
		// The thirty-fifth held-out set (testdata/heldout35): 8 original
		// articles dated 2026-2027 (a French strike, a merger ruling, a
		// glacier study, a restaurant closing, a drug shortage, a torch
		// relay, an eviction ruling and a panda birth). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 97.61, relaxed 98.73, type 98.45, value 94.23 on 353
		// gold timexes (the tagger at the start of that session scored
		// value 93.11). Rules for its errors came after ("two weeks later,
		// on Wednesday 8 December", "That July", "his wife, June,", "1214 N.
		// Calvert St.", "longer than a week", "the summer of 2022. ... in
		// March", "began on 5 December 2019, ran through Christmas and New
		// Year"); the floors sit about 2 points under the scores now.
		{"heldout35", 353, 96.5, 97.0, 96.5, 94.5},
		// The thirty-sixth held-out set (testdata/heldout36): 8 original
		// articles dated 2026-2027 (a cruise-ship outbreak, housing starts, a
		// pass reopening, a war memorial, a ransomware attack, a golf final
		// round, a rent-control vote and bird-flu orders). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 97.80, relaxed 98.10, type 97.80, value 90.48 on 341
		// gold timexes (the tagger at the start of that session scored
		// value 89.18). Rules for its errors came after ("fell more than
		// expected in September", "fiscal 2027, which began on Oct. 1",
		// "Eight months earlier", "the following spring", "(0141 GMT
		// Monday)", "This winter brought", "demanding ... by midnight
		// Friday"); the floors sit about 2 points under the scores now.
		{"heldout36", 341, 96.0, 96.5, 96.0, 91.0},
		// The thirty-seventh held-out set (testdata/heldout37): 8 original
		// articles dated 2026-2027 (a pilots' strike, an Eid holiday, a
		// patch-day advisory, a shipwreck find, a by-election, a race
		// weekend, fiscal first-quarter earnings and a cold case). The gold
		// was committed before the tagger ever ran on it; its first, blind
		// run scored strict 94.99, relaxed 97.28, type 97.28, value 86.41 on
		// 343 gold timexes (the tagger at the start of that session scored
		// value 86.41). Rules for its errors came after ("raises fiscal 2027
		// outlook ... fiscal first-quarter", "Eid Al Fitr falls on
		// Wednesday", "28 Ramadan to 8 Shawwal", "will not call off
		// Thursday's strike", "Final practice on Saturday is at 12:30",
		// "Eleven years later, on 7 September 1838", "Windows Server 2016");
		// the floors sit about 2 points under the scores now.
		{"heldout37", 343, 95.5, 96.0, 96.0, 92.5},
		// The thirty-eighth held-out set (testdata/heldout38): 8 original
		// articles dated 2026-2027 (an ice-storm blackout, an election
		// postponed, a loan exhibition, a tidal bore, a bank's half-year
		// results, an asteroid's approach, teachers' pay talks and a
		// restaurant review). The gold was committed before the tagger ever
		// ran on it; its first, blind run scored strict 96.36, relaxed 97.82,
		// type 97.23, value 91.41 on 344 gold timexes (the tagger at the
		// start of that session scored value 91.41). Rules for its errors
		// came after ("a minimum of six months", "At 7.42am on Tuesday, if
		// the tables are right, a wave will come", "the equinox", "Family
		// Day", "the same period last year", "it could be weeks", "a day
		// camp", "half past six in the morning"); the floors sit about 2
		// points under the scores now.
		{"heldout38", 344, 96.5, 97.0, 97.0, 93.0},
		// The thirty-ninth held-out set (testdata/heldout39): 8 original
		// articles dated 2026-2027 (a salmonella recall, a no-confidence
		// vote, a bird count, a metro opening, an esports final, a river
		// cruise, water restrictions and an appeal court's schedule). The
		// gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 97.02, relaxed 98.59, type 97.96, value
		// 88.85 on 321 gold timexes (the tagger at the start of that session
		// scored value 88.85). Rules for its errors came after ("between 8
		// a.m. and 6 p.m. Eastern, Monday through Friday", "KILMARA,
		// Victoria -", "has not ruled out Stage 4 before winter", "a year or
		// more", "per person a day", "free for the first week"); the floors
		// sit about 2 points under the scores now.
		{"heldout39", 321, 95.5, 96.5, 96.0, 89.0},
		// The fortieth held-out set (testdata/heldout40): 8 original
		// articles dated 2026-2027 (a snap election, a mine rescue, a
		// fashion week, a pension fund's report, a hurricane live blog, a
		// holiday box office, fire-season park closures and an app shut
		// down). The gold was committed before the tagger ever ran on it;
		// its first, blind run scored strict 97.04, relaxed 98.60, type
		// 98.28, value 92.67 on 321 gold timexes (the tagger at the start of
		// that session scored value 92.67). Rules for its errors came after
		// ("next Sunday evening", "with the last a week before the vote",
		// "That collapse came on Aug. 5", "assets of £8.3 billion on 31
		// March, up from £7.9 billion a year earlier", "From Friday to
		// Sunday, ...", "through at least Labor Day", "the Fourth of July
		// weekend", "Larkspur Will Shut Down Quillnote in March", "Reader in
		// 2013, announced in March"); the floors sit about 2 points under
		// the scores now.
		{"heldout40", 321, 96.5, 97.0, 97.0, 93.5},
		// The forty-first held-out set (testdata/heldout41): 8 original
		// articles dated 2026-2027 (an OPEC+ meeting, a university ranking,
		// a refinery fire, a coronation anniversary, labour data, a lunar
		// splashdown, a festival called off and a jazz obituary). The gold
		// was committed before the tagger ever ran on it; its first, blind
		// run scored strict 95.14, relaxed 97.57, type 96.96, value 92.10 on
		// 328 gold timexes (the tagger at the start of that session scored
		// value 91.96). Rules for its errors came after ("Back in the spring
		// most of us thought", "to end-March", "16- to 24-year-olds", "more
		// than half a century ago", ", followed by a picnic on Sunday
		// afternoon", "the July-to-September period", "the best part of two
		// years", "By the end of the decade" in a 1950s story); the floors
		// sit about 2 points under the scores now.
		{"heldout41", 328, 94.5, 96.0, 96.0, 91.5},
		// The forty-second held-out set (testdata/heldout42): 8 original
		// articles dated 2026-2027 (a yen intervention, a ferry timetable, a
		// bird-flu case, a re-entry, the UN's high-level week, a minimum
		// wage rise, a chess prodigy and an eruption halting flights). The
		// gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 95.71, relaxed 97.30, type 96.98, value
		// 92.53 on 314 gold timexes (the tagger at the start of that session
		// scored value 91.65). Rules for its errors came after ("at 12 years,
		// 4 months and 25 days", "Monday afternoon Tokyo time", "three
		// sources said on Tuesday. The yen jumped shortly after 2:30 p.m.",
		// "in April and May 2024, including ... on April 29", "which helps,
		// but January and February were", "listed to speak", "goes back
		// decades", "Nearly three decades on, the adult rate is"); the
		// floors sit about 2 points under the scores now.
		{"heldout42", 314, 95.0, 96.5, 96.5, 93.5},
		// The forty-third held-out set (testdata/heldout43): 8 original
		// articles dated 2026-2027 (a dam release, a stadium naming deal, a
		// manuscript auction, a rail strike, a house price index, smoke
		// closing schools, a dinosaur unveiled and a mayoral runoff). The
		// gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 97.87, relaxed 98.78, type 98.78, value
		// 93.01 on 329 gold timexes (the tagger at the start of that session
		// scored value 93.01). Rules for its errors came after ("from about
		// 1405 to 1420", "six centuries ago", "well over a century", "150
		// million years old", "released shortly before midnight", "9 May
		// Square", "September 2020, when ... the Labor Day fires"); the
		// floors sit about 2 points under the scores now.
		{"heldout43", 329, 96.5, 97.0, 97.0, 94.0},
		// The forty-fourth held-out set (testdata/heldout44): 8 original
		// articles dated 2026-2027 (bank branch closures, an earthquake's
		// tenth anniversary, Chinese activity data, summer childcare costs,
		// an airline's quarterly results, a heat record, a royal assent and
		// a Channel swim). The gold was committed before the tagger ever ran
		// on it; its first, blind run scored strict 96.53, relaxed 98.64,
		// type 98.34, value 90.80 on 335 gold timexes (the tagger at the
		// start of that session scored value 90.50). Rules for its errors
		// came after ("A decade on,", "will be said at 10 a.m. on Monday",
		// "the 14th-century Basilica", "a day of silence", "this Spring
		// Festival", "five consecutive nights", "That summer went on",
		// "clubs run from 8am to 6pm", "in first two months"); the floors
		// sit about 2 points under the scores now.
		{"heldout44", 335, 96.0, 97.0, 97.0, 91.0},
		// The forty-fifth held-out set (testdata/heldout45): 8 original
		// articles dated 2026-2027 (a cyclone, an IPO lock-up, an orchestra
		// season, a prison escape, a bells appeal, a battery plant, a siege
		// and a lunar eclipse guide). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 97.32,
		// relaxed 98.90, type 97.95, value 86.93 on 316 gold timexes (the
		// tagger at the start of that session scored value 86.61). Rules
		// for its errors came after ("every hour through Wednesday night",
		// "was months behind", "ISO 1600", "opening on 3 October", "Sunday's
		// total lunar eclipse: ... how to watch", "from 9:27 to 10:31 p.m.
		// CDT", "before the end of 2032 earns"); the floors sit about 2
		// points under the scores now.
		{"heldout45", 316, 96.0, 97.0, 96.5, 86.0},
		// The forty-sixth held-out set (testdata/heldout46): 8 original
		// articles dated 2026-2027 (a teachers' strike day, a canal
		// blockage, a food festival, a governor's speech, a corruption
		// verdict, a lockdown anniversary, an air-quality alert and a
		// funding round). The gold was committed before the tagger ever ran
		// on it; its first, blind run scored strict 96.79, relaxed 98.93,
		// type 98.63, value 90.69 on 329 gold timexes (the tagger at the
		// start of that session scored the same). A rule for one of its
		// errors came after ("its worst level of the summer", said in
		// August); the floors sit about 2 points under the scores now.
		{"heldout46", 329, 95.0, 97.0, 96.5, 89.0},
		// The forty-seventh held-out set (testdata/heldout47): 8 original
		// articles dated 2026-2027 (a landslide evacuation, a museum
		// director, chip export rules, a cricket club's centenary, a rugby
		// squad, a winter gas price outlook, a time capsule and a climate
		// ruling). The gold was committed before the tagger ever ran on it;
		// its first, blind run scored strict 97.66, relaxed 98.28, type
		// 97.97, value 91.42 on 322 gold timexes (the tagger at the start of
		// that session scored the same). Rules for its error classes came
		// after ("the year 2000", a price's "a year", a headline's future
		// kept to its line, a condition of what will be); the floors sit
		// about 2 points under the scores now.
		{"heldout47", 322, 96.5, 96.5, 96.0, 93.5},
		// The forty-eighth held-out set (testdata/heldout48): 8 original
		// articles dated 2026-2028 (an ice-hockey playoff series, a
		// clinical trial, a tax deadline extension, a Bronze Age dig, a
		// clock-change explainer, a band's tour, an inquest and a GDP
		// revision). The gold was committed before the tagger ever ran on
		// it; its first, blind run scored strict 96.29, relaxed 97.77, type
		// 96.58, value 88.86 on 336 gold timexes (the tagger at the start of
		// that session scored value 88.46). Rules for its error classes came
		// after (a date put back to, game clocks, "that Saturday night" of a
		// story, "was due", BC ranges); the floors sit about 2 points under
		// the scores now.
		{"heldout48", 336, 95.0, 96.5, 95.5, 91.0},
		// The forty-ninth held-out set (testdata/heldout49): 8 original
		// articles dated 2026-2028 (ski resorts opening, an antitrust
		// trial's schedule, a solar record, a veteran's 100th birthday, a
		// measles outbreak, an airport strike at Easter, a central bank's
		// hold and a lighthouse's history). The gold was committed before
		// the tagger ever ran on it; its first, blind run scored strict
		// 97.77, relaxed 98.37, type 97.77, value 88.56 on 339 gold timexes
		// (the tagger at the start of that session scored value 88.43).
		// Rules for its error classes came after ("V-E Day", "every
		// fortnight", "Courtroom 1925", "Winter Storm Uri", "the fiscal year
		// ending March 2028", what forecasters "see", a headline's "to
		// start Monday"); the floors sit about 2 points under the scores now.
		{"heldout49", 339, 96.0, 97.0, 96.5, 89.0},
		// The fiftieth held-out set (testdata/heldout50): 8 original
		// articles dated 2026-2028 (a school admissions lottery, a railway
		// reopening after a flood, a cricket Test's fourth day, a drug's
		// patent expiry, a mountain rescue, a city budget vote, a film
		// festival's awards and a long-term health study). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 96.83, relaxed 97.14, type 97.14, value 91.11 on 316
		// gold timexes (the tagger at the start of that session scored the
		// same). Rules for its error classes came after (a quoted title,
		// "at 11:40 that night", a new deadline, a rescue's Saturday, "the
		// first half of" a thing); the floors sit about 2 points under the
		// scores now.
		{"heldout50", 316, 96.0, 96.0, 96.0, 91.5},
		// The fifty-first held-out set (testdata/heldout51): 8 original
		// articles dated 2026-2028 (tracked storks, a leaked Budget's
		// inquiry, an exchange's new hours, a restored clock, an election
		// recount, a satellite outage, snow days and an architect's
		// obituary). The gold was committed before the tagger ever ran on
		// it; its first, blind run scored strict 98.47, relaxed 99.08, type
		// 98.16, value 91.72 on 327 gold timexes (the tagger at the start of
		// that session scored the same). Rules for its error classes came
		// after ("recent years" as a span, "the 1922 Committee"); the floors
		// sit about 2 points under the scores now.
		{"heldout51", 327, 96.5, 97.0, 96.5, 90.0},
		// The fifty-second held-out set (testdata/heldout52): 8 original
		// articles dated 2026-2028 (a bridge toll rise, a royal visit's
		// itinerary, a vineyard frost, a retailer's fiscal quarter, marathon
		// road closures, a reactor restart, a library book returned 64
		// years late and a telescope's first images). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored
		// strict 97.04, relaxed 97.93, type 97.34, value 88.76 on 340 gold
		// timexes (the tagger at the start of that session scored the same).
		// Rules for its error classes came after (a warning for a day, an
		// itinerary in the present, "Sunday's race is the 40th"); the floors
		// sit about 2 points under the scores now.
		{"heldout52", 340, 95.0, 96.0, 95.5, 88.0},
		// The fifty-third held-out set (testdata/heldout53): 8 original
		// articles dated 2022-2027 (a boil-water notice, a new government's
		// recess dates, a coffee futures weekly, a shipwreck found in the
		// Antarctic, Hajj logistics with Islamic calendar days, a tax filing
		// season, a transfer deadline day live blog and a Japanese
		// drugmaker's half-year). The gold was committed before the tagger
		// ever ran on it; its first, blind run scored strict 96.99, relaxed
		// 98.13, type 97.85, value 89.53 on 353 gold timexes (the tagger at
		// the start of that session scored the same). Rules for its error
		// classes came after (days of Dhul Hijja, attributive seasons,
		// commodity contract months, a fronted forecast's future, a year
		// ending a sentence's opening clause); the floors sit about 2 points
		// under the scores now.
		{"heldout53", 353, 97.0, 97.5, 97.0, 93.0},
		// The fifty-fourth held-out set (testdata/heldout54): 8 original
		// articles dated 2023-2027 (a sentencing hearing, a winter bird count,
		// a gas pipeline, a diner closing after 61 years, India's election
		// schedule, a hurricane season outlook, a Grand Slam day report and
		// France's pension reform). The gold was committed before the tagger
		// ever ran on it; its first, blind run scored strict 96.73, relaxed
		// 98.29, type 97.67, value 89.27 on 322 gold timexes (the tagger at
		// the start of that session scored the same). Rules for its error
		// classes came after (a year ending an opening phrase, "that
		// morning" of the last day gone, a pace not a habit, "by the
		// evening", a clause told from "now"); the floors sit about 2 points
		// under the scores now.
		{"heldout54", 322, 95.5, 97.0, 96.5, 91.0},
		// The fifty-fifth held-out set (testdata/heldout55): 8 original
		// articles dated 2023-2027 (an airline's new route, a museum's
		// attendance record, a Mars rover's milestone, bin collection
		// changes, Black Monday's 40th anniversary, a migrant boat disaster
		// told hour by hour, a composer's centenary and an Australian bank's
		// full year). The gold was committed before the tagger ever ran on
		// it; its first, blind run scored strict 95.69, relaxed 98.37, type
		// 96.88, value 89.45 on 339 gold timexes (the tagger at the start of
		// that session scored value 89.15). Rules for its error classes came
		// after ("Black Monday", a dateline's date, "Friday's round on
		// Saturday 8 May", "the calendar year"); the floors sit about 2
		// points under the scores now.
		{"heldout55", 339, 95.5, 96.5, 95.5, 90.0},
		// The fifty-sixth held-out set (testdata/heldout56): 8 original
		// articles dated 2023-2027 (a US election night, a glacial lake
		// flood warning, holiday retail sales, a stamp price rise, a village
		// rugby derby, an Icelandic eruption update, a container freight
		// weekly and a cathedral reopening after a fire). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 95.38, relaxed 98.27, type 96.24, value 85.84 on 345
		// gold timexes (the tagger at the start of that session scored value
		// 85.67). Rules for its error classes came after ("the night of
		// 15-16 April", "the weekend of 14-15 October", a fronted day past an
		// aside, a long clause's future, "Super Saturday"); the floors sit
		// about 2 points under the scores now.
		{"heldout56", 345, 94.5, 96.5, 95.0, 87.5},
		// The fifty-seventh held-out set (testdata/heldout57): 8 original
		// articles dated 2023-2027 (a kidnapping verdict, a heatwave's power
		// grid, a football club takeover, a passport backlog, an Alpine
		// economic forum, Thanksgiving travel, a whale stranding and tech
		// layoffs). The gold was committed before the tagger ever ran on it;
		// its first, blind run scored strict 97.44, relaxed 98.65, type
		// 98.65, value 89.92 on 332 gold timexes (the tagger at the start of
		// that session scored value 90.06). Rules for its error classes came
		// after ("had forecast", "above forecasts", "signed heads of
		// terms"); the floors sit about 2 points under the scores now.
		{"heldout57", 332, 95.5, 96.5, 96.5, 89.0},
		// The fifty-eighth held-out set (testdata/heldout58): 8 original
		// articles dated 2023-2027 (a bail hearing adjourned, baseball's
		// opening day, a UK energy price cap, a Roman coin hoard, a bank
		// earnings preview, China's National Day travel, a missing hiker and
		// German trade figures). The gold was committed before the tagger
		// ever ran on it; its first, blind run scored strict 96.39, relaxed
		// 97.65, type 97.33, value 91.05 on 323 gold timexes (the tagger at
		// the start of that session, the same). Rules for its error classes
		// came after ("sold his house on June 14", "per day", "has set the
		// trial for the fall", "from noon until midnight tonight", "AD 79",
		// "the winter months"); the floors sit about 2 points under the
		// scores now.
		{"heldout58", 323, 96.0, 96.5, 96.5, 95.0},
		// The fifty-ninth held-out set (testdata/heldout59): 8 original
		// articles dated 2024-2027 (an Alpine avalanche warning, Fourth of
		// July fireworks rules, a car software recall, an Easter weekend
		// forecast, early voting before US midterms, the Nobel ceremony, a
		// company's annual meeting notice and the solstice at Stonehenge).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 95.31, relaxed 97.07, type 96.48,
		// value 86.22 on 334 gold timexes (the tagger at the start of that
		// session, the same). Rules for its error classes came after ("On
		// Feb. 23," fronted, "July 4 four years ago", "the Fourth", "every
		// Fourth of July", "before the Nov. 3 elections", a street address,
		// "2013, when Easter Day"); the floors sit about 2 points under the
		// scores now.
		{"heldout59", 334, 94.5, 95.5, 95.0, 88.5},
		// The sixtieth held-out set (testdata/heldout60): 8 original
		// articles dated 2024-2027 (the day after the Iberian blackout, a
		// tour operator's collapse, UK cold weather payments, the space
		// station's retirement plan, a Tokyo market holiday, the eve of the
		// Winter Olympics, a rent rise notice and a college football
		// weekend). The gold was committed before the tagger ever ran on
		// it; its first, blind run scored strict 95.54, relaxed 98.51, type
		// 97.02, value 89.58 on 336 gold timexes (the tagger at the start of
		// that session scored value 89.29). Rules for its error classes came
		// after (Japan's holidays, "a week from tomorrow", "the second half
		// of December", "late on Sunday" then "6am", "this winter's scheme",
		// "the weekend" on a Friday); the floors sit about 2 points under
		// the scores now.
		{"heldout60", 336, 95.0, 97.0, 96.5, 91.5},
		// The sixty-first held-out set (testdata/heldout61): 8 original
		// articles dated 2024-2027 (Canada's Parliament prorogued, a bridge
		// closed after an inspection, a wine tariff dispute, the European
		// Night of Museums, the end of a hurricane season, an immigration
		// appeal deadline, a developer keynote and a trout season's
		// opening). The gold was committed before the tagger ever ran on it;
		// its first, blind run scored strict 95.96, relaxed 97.76, type
		// 97.16, value 89.69 on 335 gold timexes (the tagger at the start of
		// that session, the same). Rules for its error classes came after (a
		// record told beaten, "The 2024 season, which runs from", "That
		// bridge gave way at 6:05 p.m.", "12:01 a.m. next Thursday", "every
		// half hour"); the floors sit about 2 points under the scores now.
		{"heldout61", 335, 94.5, 96.0, 95.5, 91.5},
		// The sixty-second held-out set (testdata/heldout62): 8 original
		// articles dated 2024-2027 (Christmas Eve snow and travel, a Nordic
		// central bank preview, a markets wrap the Saturday after Easter, a
		// Paris Olympics day report, a drought limiting canal transits, a
		// teachers' strike in South Australia, an economics Nobel and
		// India's parliament calendar). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 97.05,
		// relaxed 97.64, type 97.64, value 89.97 on 338 gold timexes (the
		// tagger at the start of that session, the same). Rules for its
		// error classes came after ("a week ago yesterday", "shuts", "the
		// third quarter" said in June); the floors sit about 2 points under
		// the scores now.
		{"heldout62", 338, 95.5, 95.5, 95.5, 89.0},
		// The sixty-third held-out set (testdata/heldout63): 8 original
		// articles dated 2024-2026 (an Eid moon sighting in Oman, rolling
		// airport walkouts, Japan's fourth-quarter GDP, a jazz pianist's
		// obituary, the Supreme Court's end of term, a wildfire live blog,
		// an IPL auction preview and China's Lunar New Year travel rush).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 95.56, relaxed 97.78, type 97.14,
		// value 91.11 on 311 gold timexes (the tagger at the start of that
		// session, the same). Rules for its error classes came after ("at
		// 10 last night", "every Monday and Friday", "In the 2019 dispute,",
		// "until after 2 a.m."); the floors sit about 2 points under the
		// scores now.
		{"heldout63", 311, 95.5, 96.5, 96.0, 93.0},
		// The sixty-fourth held-out set (testdata/heldout64): 8 original
		// articles dated 2024-2027 (the D-Day anniversary, a rail timetable
		// change, the monsoon's onset over Kerala, a retailer's Chapter 11
		// filing, a Japanese earthquake's aftershocks, midterm
		// certification deadlines, a European summer heat record and a
		// commencement over Memorial Day weekend). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored
		// strict 96.64, relaxed 97.55, type 96.64, value 89.30 on 330 gold
		// timexes (the tagger at the start of that session, the same).
		// Rules for its error classes came after ("D-Day", "the night
		// before", "the Uniform Monday Holiday Act", "The following days"
		// carrying a story on, "daily" as an adjective); the floors sit
		// about 2 points under the scores now.
		{"heldout64", 330, 95.5, 96.5, 95.5, 93.0},
		// The sixty-fifth held-out set (testdata/heldout65): 8 original
		// articles dated 2024-2042 (an NBA trade deadline, health insurance
		// open enrollment, an Antarctic expedition's diary, a lottery
		// rollover, a king's abdication, a papal conclave, a city council's
		// minutes and a results-date press release). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored
		// strict 95.45, relaxed 96.55, type 94.34, value 87.45 on 358 gold
		// timexes (the tagger at the start of that session, the same). Rules
		// for its error classes came after (document numbers, a latitude's
		// minutes, hours spread over many days, a meeting's minutes, "Day 41"
		// in apposition, a quarter paired with a year); the floors sit about
		// 2 points under the scores now.
		{"heldout65", 358, 96.0, 96.5, 94.5, 92.5},
		// The sixty-sixth held-out set (testdata/heldout66): 8 original
		// articles dated 2025-2027 (a Grand Slam order of play, a childhood
		// vaccine schedule, a Kentucky Derby preview, Yom Kippur in Israel,
		// a quarterly options expiry, a Perseid meteor shower, a wartime
		// diary's publication and a library fine amnesty). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 96.45, relaxed 97.30, type 95.89, value 85.67 on 349
		// gold timexes (the tagger at the start of that session, the same).
		// Rules for its error classes came after (ages, a running span, a
		// day's possessive that looks ahead, a count "an hour", a diary
		// entry quoted after a colon); the floors sit about 2 points under
		// the scores now.
		{"heldout66", 349, 96.0, 96.5, 96.5, 90.0},
		// The sixty-seventh held-out set (testdata/heldout67): 8 original
		// articles dated 2025-2027 (a snooker final's sessions, a jobs report
		// preview, an evening art sale, a tsunami warning, a student loan
		// explainer, a music chart week, a spacewalk and the return of looted
		// artifacts). The gold was committed before the tagger ever ran on
		// it; its first, blind run scored strict 97.31, relaxed 98.16, type
		// 97.88, value 93.35 on 352 gold timexes (the tagger at the start of
		// that session, the same). Rules for its error classes came after
		// (a day's possessive with a present verb, "weekdays" after hours,
		// "the week ending Thursday", a suit's number, "a day like today");
		// the floors sit about 2 points under the scores now.
		{"heldout67", 352, 96.0, 97.0, 97.0, 95.0},
		// The sixty-eighth held-out set (testdata/heldout68): 8 original
		// articles dated 2025-2027 (a hurricane season recap, a question
		// time transcript, a heat pump review, a refugee convoy, a bail
		// hearing's adjournment, a spring frost in a wine region, a game's
		// delay notice and a polar explorer's obituary). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 98.27, relaxed 99.14, type 99.14, value 93.95 on 346
		// gold timexes (the tagger at the start of that session: 98.13,
		// 98.99, 98.99, 93.81). Rules for its error classes came after (a
		// transcript's speaker stamps, page numbers, a hearing listed, a
		// quarter with its year as anchor); the floors sit about 2 points
		// under the scores now.
		{"heldout68", 346, 96.5, 97.5, 97.5, 94.5},
		// The sixty-ninth held-out set (testdata/heldout69): 8 original
		// articles dated 2025-2029 (an election night live report, a bridge
		// milestone, a city's snowfall records, a chief executive's Q&A, a
		// launch preview, a fishing season opening, a restaurant inspection
		// and a class action notice). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 97.97,
		// relaxed 99.13, type 98.26, value 92.75 on 345 gold timexes (the
		// tagger at the start of that session: the same but type 97.97).
		// Rules for its error classes came after (live-blog stamps past
		// midnight, "overnight into Wednesday", "weekdays from 9 a.m.", a
		// named event's which-clause); the floors sit about 2 points under
		// the scores now.
		{"heldout69", 345, 96.0, 97.0, 96.5, 93.5},
		// The seventieth held-out set (testdata/heldout70): 8 original
		// articles dated 2025-2027 (ceasefire talks before Eid, a school
		// calendar change, an IPO lockup expiry, a ferry sinking's
		// anniversary, a doping suspension, a marathon's weather delay, a
		// museum heist trial and a pension cost-of-living adjustment). The
		// gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 94.56, relaxed 97.21, type 95.62, value
		// 86.32 on 373 gold timexes (the tagger at the start of that
		// session: 94.02, 96.68, 95.09, 85.52). Rules for its error classes
		// came after (a calendar ahead past a span, "paid on the 3rd of the
		// month", "that Sunday" of a night told); the floors sit about 2
		// points under the scores now.
		{"heldout70", 373, 92.5, 95.0, 93.5, 86.5},
		// The seventy-first held-out set (testdata/heldout71): 8 original
		// articles dated 2025-2027 (an Arctic sea-ice minimum, a city
		// congestion charge, a crypto exchange collapse, a steam
		// locomotive's return, an exam-day flight ban, an EU data fine
		// appeal, a multi-day ultramarathon and a drug price cap rule). The
		// gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 97.77, relaxed 98.82, type 98.29, value
		// 93.82 on 383 gold timexes (the tagger at the start of that
		// session scored the same). Rules for its error classes came after
		// (a weekday a sentence after the story's day, "the usual 9 a.m.",
		// "an hour" after an amount, a "when" clause of a past year, a day
		// something "is on"); the floors sit about 2 points under the scores
		// now.
		{"heldout71", 383, 96.0, 97.0, 97.0, 94.5},
		// The seventy-second held-out set (testdata/heldout72): 8 original
		// articles dated 2025-2027 (Asian port congestion, a British school
		// inspection, a satellite's collision avoidance, a centenary bakery,
		// stock exchange holiday hours, a Tokyo disaster drill, an ocean
		// race leg and a jury selection). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 97.02,
		// relaxed 98.83, type 98.57, value 91.57 on 386 gold timexes (the
		// tagger at the start of that session: 97.28, 98.83, 98.57, 91.57).
		// Rules for its error classes came after ("4.5 days" in whole
		// units, a move "from September to June", "beat ... 4-1 on
		// Saturday", "the 0600 UTC report", "In 2026," dating its clause,
		// nouns in -ly); the floors sit about 2 points under the scores now.
		{"heldout72", 386, 95.5, 97.0, 97.0, 94.5},
		// The seventy-third held-out set (testdata/heldout73): 8 original
		// articles dated 2025-2027 (a coral bleaching survey, a pub's late
		// licence, airline strike talks, a lighthouse keeper's memoir, a
		// monsoon rice harvest, a pension fund's quarter, a World Cup
		// qualifier preview and a tax law's effective dates). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 96.61, relaxed 98.96, type 98.96, value 90.34 on 381
		// gold timexes (the tagger at the start of that session: 97.13,
		// 98.96, 98.96, 89.82). Rules for its error classes came after
		// ("12:01 a.m. Eastern on Friday", "Thursday is about ...", "the
		// clocks go forward", "set in May." closing a sentence, "H.R.
		// 2026"); the floors sit about 2 points under the scores now.
		{"heldout73", 381, 96.0, 97.0, 97.0, 91.5},
		// The seventy-fourth held-out set (testdata/heldout74): 8 original
		// articles dated 2025-2027 (a desalination plant, a city marathon, a
		// chip factory's delay, a veteran's centenary, a school's heat
		// closure, a recall petition, a comet guide and a factory closure).
		// The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 96.39, relaxed 98.53, type 97.19,
		// value 89.96 on 373 gold timexes (the tagger at the start of that
		// session scored the same). Rules for its error classes came after
		// (race times, "Local 1987", "St George's Day", "the Recall of MPs
		// Act 2015 requires", "every clear night", a shift "on Friday,
		// which runs from 6 a.m."); the floors sit about 2 points under the
		// scores now.
		{"heldout74", 373, 95.0, 97.0, 96.0, 90.5},
		// The seventy-fifth held-out set (testdata/heldout75): 8 original
		// articles dated 2025-2027 (a Black Sea grain corridor, hospital
		// strike dates, a museum returning bronzes, a Japanese retailer's
		// earnings, a wildfire evacuation lifted, a launch scrub, an esports
		// final and a fraud case adjourned). The gold was committed before
		// the tagger ever ran on it; its first, blind run scored strict
		// 97.93, relaxed 98.71, type 98.71, value 94.32 on 391 gold timexes
		// (the tagger at the start of that session scored the same). Rules
		// for its error classes came after (", and on 23 December the union
		// announced", "(2031.T)", "February loading", "Forecasters see",
		// a clause after ", but"); the floors sit about 2 points under the
		// scores now.
		{"heldout75", 391, 96.0, 97.0, 97.0, 93.0},
		// The seventy-sixth held-out set (testdata/heldout76): 8 original
		// articles (a Swedish central bank's minutes, Scottish term dates, a
		// jazz obituary, a crypto exchange outage, a county recount, drought
		// water rules, a transfer deadline day and an archaeological dig). The
		// gold was committed before the tagger ever ran on it; its first, blind
		// run scored strict 97.72, relaxed 98.79, type 98.79, value 93.96 on 376
		// gold timexes (the tagger at the start of that session). Rules for its
		// error classes came after ("the mid-Seventies", "a further year",
		// "nightly", clock times a later statement reports, "three months
		// earlier" after a month compared); the floors sit about 2 points under
		// the scores now.
		{"heldout76", 376, 97.0, 97.5, 97.5, 95.5},
		// The seventy-seventh held-out set (testdata/heldout77): 8 original
		// articles (a French airline strike, a New Zealand budget, an Indian
		// heatwave, a podcast review, a German rail closure, a murder verdict, a
		// marathon and a flu vaccine rollout). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 97.11,
		// relaxed 98.49, type 98.21, value 87.21 on 362 gold timexes (the tagger
		// at the start of that session). Rules for its error classes came after
		// ("the 2025/26 year" in a Budget's text, hours "until the alert is
		// lifted", "I start at 5 am", "That weekend", "to have had ... by mid-
		// December"); the floors sit about 2 points under the scores now.
		{"heldout77", 362, 96.5, 97.5, 97.0, 92.0},
		// The seventy-eighth held-out set (testdata/heldout78): 8 original
		// articles (an Australian port strike, a festival line-up, an earthquake
		// anniversary, a Brazilian rate decision, a shutdown deadline, a cherry
		// blossom forecast, a chess olympiad and storm insurance claims). The
		// gold was committed before the tagger ever ran on it; its first, blind
		// run scored strict 97.77, relaxed 99.08, type 98.56, value 91.74 on 380
		// gold timexes (the tagger at the start of that session scored the
		// same). Rules for its error classes came after ("the Monday" of a
		// festival's span, "album 2041", "at the time" in news, "five years on
		// it must", "53% a year"); the floors sit about 2 points under the
		// scores now.
		{"heldout78", 380, 96.5, 97.0, 97.0, 91.5},
		// The seventy-ninth held-out set (testdata/heldout79): 8 original
		// articles (a German election, a bridge collapse inquiry, waiting-list
		// statistics, a ski season opening, a resupply launch, the tax filing
		// season, a wine harvest and a Dutch timetable change). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 98.88, relaxed 99.38, type 99.38, value 92.15 on 403
		// gold timexes (the tagger at the start of that session: 98.75, 99.25,
		// 99.25, 91.77). Rules for its error classes came after (the polls'
		// clock times, "Thirty years ago we opened in mid-December", "That
		// year", "covering October", King's Day); the floors sit about 2 points
		// under the scores now.
		{"heldout79", 403, 97.0, 97.5, 97.5, 92.5},
		// The eightieth held-out set (testdata/heldout80): 8 original articles
		// (an OPEC cut, a river flood warning, a playwright's profile, export
		// rules, a cricket Test, Eid travel in Indonesia, drug trial results and
		// a city budget vote). The gold was committed before the tagger ever ran
		// on it; its first, blind run scored strict 97.35, relaxed 98.19, type
		// 97.91, value 92.89 on 363 gold timexes (the tagger at the start of
		// that session: value 92.61). Rules for its error classes came after (a
		// weekday's past ", when" clause, "beyond March", "Half Past Nine" as a
		// title, Lebaran, "until midnight" after a day); the floors sit about 2
		// points under the scores now.
		{"heldout80", 363, 96.0, 97.0, 96.5, 92.5},
		// The eighty-first held-out set (testdata/heldout81): 8 original
		// articles (an eruption live blog, a pension strike, a keynote preview,
		// holiday retail sales, a mountain rescue, gold reserves, a World Cup
		// qualifier and school heating repairs). The gold was committed before
		// the tagger ever ran on it; its first, blind run scored strict 98.08,
		// relaxed 98.85, type 98.34, value 92.21 on 392 gold timexes (the tagger
		// at the start of that session scored the same). Rules for its error
		// classes came after ("before Tuesday's qualifier", "until at least
		// Tuesday", "bill No. 2031", "each weekday", "normal hours, 9am to
		// 6pm"); the floors sit about 2 points under the scores now.
		{"heldout81", 392, 96.0, 97.0, 96.5, 92.5},
		// The eighty-second held-out set (testdata/heldout82): 8 original
		// articles (ferry cancellations, a Japanese bank's earnings, a lost
		// manuscript, a hurricane landfall, a strike ballot, a car recall, a
		// tennis final and a housing report). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 98.01,
		// relaxed 99.07, type 98.01, value 94.83 on 378 gold timexes (the tagger
		// at the start of that session scored the same). Rules for its error
		// classes came after ("should have left Sunday", "business daily", "each
		// quarter-point", "said at a 9 a.m. news conference"); the floors sit
		// about 2 points under the scores now.
		{"heldout82", 378, 96.0, 97.0, 96.0, 93.5},
		// The eighty-third held-out set (testdata/heldout83): 8 original
		// articles (a fraud sentencing, a fire season outlook, a marathon
		// record, an airport terminal opening, a budget debate, an opera season,
		// a hospital cyberattack and a lunar eclipse guide). The gold was
		// committed before the tagger ever ran on it; its first, blind run
		// scored strict 98.79, relaxed 99.33, type 99.06, value 92.87 on 374
		// gold timexes (the tagger at the start of that session scored the
		// same). Rules for its error classes came after ("February 1, a Sunday,
		// when"); the floors sit about 2 points under the scores now.
		{"heldout83", 374, 96.5, 97.0, 97.0, 91.0},
		// The eighty-fourth held-out set (testdata/heldout84): 8 original articles
		// (a Welsh livestock outbreak, a Test's fourth day, a fiscal year change,
		// a trial retrospective, an election-night live blog, Eid al-Adha travel,
		// a space budget request and a restaurant review). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored strict
		// 97.72, relaxed 98.48, type 96.95, value 86.80 on 396 gold timexes (the
		// tagger at the start of that session scored the same). Rules for its
		// error classes came after; the floors sit about 2 points under the scores
		// now.
		{"heldout84", 396, 96.5, 96.5, 95.5, 90.0},
		// The eighty-fifth held-out set (testdata/heldout85): 8 original articles
		// (a marine insurer's results, a coroner's inquest, a basketball playoff,
		// monsoon statistics, a heritage railway, a trading halt, a school
		// calendar reform and a climate pledge). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 98.54, relaxed
		// 98.80, type 98.80, value 92.41 on 376 gold timexes (the tagger at the
		// start of that session scored the same). Rules for its error classes came
		// after; the floors sit about 2 points under the scores now.
		{"heldout85", 376, 96.5, 96.5, 96.5, 93.0},
		// The eighty-sixth held-out set (testdata/heldout86): 8 original articles
		// (a ferry winter timetable, a booster campaign, a Test rain delay, a bank
		// merger, an evacuee reunion, a tax return deadline, a typhoon warning and
		// a confirmation hearing). The gold was committed before the tagger ever
		// ran on it; its first, blind run scored strict 98.39, relaxed 98.92, type
		// 98.39, value 90.32 on 376 gold timexes (frozen after 17 of that
		// session's rules, which did not change it). Rules for its error classes
		// came after; the floors sit about 2 points under the scores now.
		{"heldout86", 376, 97.0, 97.0, 97.0, 90.5},
		// The eighty-seventh held-out set (testdata/heldout87): 8 original
		// articles (a solar farm appeal, an NHL trade deadline, an ancient
		// calendar find, a Texas outage, an election campaign launch, a museum
		// closure, a drug trial and a fire brigade centenary). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored
		// strict 98.53, relaxed 99.06, type 98.80, value 95.58 on 373 gold timexes
		// (the tagger at the start of that session scored the same). Rules for its
		// error classes came after; the floors sit about 2 points under the scores
		// now.
		{"heldout87", 373, 96.5, 97.0, 96.5, 95.5},
		// The eighty-eighth held-out set (testdata/heldout88): 8 original articles
		// (a quashed conviction, a ski snow report, a GDP release, King's Day,
		// heat deaths, a chess championship game, a rate cut and a pilgrimage
		// route). The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 96.62, relaxed 98.70, type 97.92, value
		// 90.39 on 389 gold timexes (frozen after 21 of that session's rules,
		// which did not change it). Rules for its error classes came after; the
		// floors sit about 2 points under the scores now.
		{"heldout88", 389, 95.0, 96.5, 96.0, 90.5},
		// The eighty-ninth held-out set (testdata/heldout89): 8 original articles
		// (a factory fire, a developer conference, a relegation, water
		// restrictions, an exhibition opening, a doctors' strike ballot, an
		// astronaut landing and a village fete). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 97.76, relaxed
		// 98.81, type 98.29, value 92.23 on 379 gold timexes (frozen after 22 of
		// that session's rules, which did not change it). Rules for its error
		// classes came after; the floors sit about 2 points under the scores now.
		{"heldout89", 379, 96.0, 96.5, 96.5, 92.0},
		// The ninetieth held-out set (testdata/heldout90): 8 original articles (a
		// cyclist's inquest, a grain harvest forecast, an orchestra tour, an
		// earthquake warning drill, a takeover deadline, a hurricane season recap,
		// a 3G switch-off and a Channel swim). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 98.06, relaxed
		// 99.17, type 99.17, value 93.06 on 359 gold timexes (frozen after 33 of
		// that session's rules; the tagger at its start scored value 92.78). Rules
		// for its error classes came after; the floors sit about 2 points under
		// the scores now.
		{"heldout90", 359, 96.5, 97.0, 97.0, 91.0},
		// The ninety-first held-out set (testdata/heldout91): 8 original articles
		// (a prorogation, a wine vintage, an early release scheme, a lunar
		// landing, a bike share launch, an organ restoration, a teachers' pay
		// offer and a meteor shower guide). The gold was committed before the
		// tagger ever ran on it; its first, blind run scored strict 96.87, relaxed
		// 98.96, type 97.91, value 91.64 on 383 gold timexes (frozen after 33 of
		// that session's rules; the tagger at its start scored value 91.38). Rules
		// for its error classes came after; the floors sit about 2 points under
		// the scores now.
		{"heldout91", 383, 95.0, 97.0, 96.0, 91.0},
		// The held-out set 92 (testdata/heldout92): eight original articles (an
		// overnight wildfire evacuation, a museum reopening, a sentencing reported
		// the next morning, Japanese annual results, a football week-ahead column,
		// an obituary, a transit strike and a scrubbed rocket launch). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored
		// strict 97.11, relaxed 98.69, type 98.16, value 93.44 on 382 gold timexes
		// (frozen after four fixes of word lists that changed no output, so the
		// tagger at that session's start scored the same). Rules for its error
		// classes came after; the floors sit about 2 points under the scores now.
		{"heldout92", 382, 96.0, 97.0, 96.5, 93.5},
		// The held-out set 93 (testdata/heldout93): eight original articles (Eid
		// al-Adha travel advice, an election-night live page, a flood's twentieth
		// anniversary, an Australian budget night, a festival line-up, waiting-time
		// figures, a ferry timetable and a weekly diary column). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored
		// strict 96.79, relaxed 98.02, type 97.53, value 88.89 on 404 gold timexes
		// (frozen with held-out 92; the tagger at that session's start scored the
		// same). Rules for its error classes came after; the floors sit about 2
		// points under the scores now.
		{"heldout93", 404, 96.5, 97.0, 97.0, 95.0},
		// The held-out set 94 (testdata/heldout94): eight original articles (a
		// hurricane landfall, a fraud verdict, school term dates, an Indian rate
		// decision, a marathon report, a heist thirty years on, a product recall and
		// a council budget consultation). The gold was committed before the tagger
		// ever ran on it; its first, blind run scored strict 98.03, relaxed 99.08,
		// type 98.82, value 91.22 on 383 gold timexes (frozen after 31 of that
		// session's rules; the tagger at its start scored the same). Rules for its
		// error classes came after; the floors sit about 2 points under the scores
		// now.
		{"heldout94", 383, 96.0, 97.0, 96.5, 93.0},
		// The held-out set 95 (testdata/heldout95): eight original articles (a state
		// funeral's schedule, a footballer's obituary, a weather week ahead, a
		// retailer's fiscal results, a keynote recap, an orchard harvest, a cabin
		// crew strike and the Lunar New Year rush). The gold was committed before
		// the tagger ever ran on it; its first, blind run scored strict 97.69,
		// relaxed 98.91, type 98.66, value 95.26 on 414 gold timexes (frozen after
		// 31 of that session's rules; the tagger at its start scored the same).
		// Rules for its error classes came after; the floors sit about 2 points
		// under the scores now.
		{"heldout95", 414, 96.0, 97.0, 97.0, 95.5},
		// The held-out set 96 (testdata/heldout96): eight original articles (an
		// earthquake across midnight, a late Commons vote, a football season
		// preview, a benefits explainer, a space probe fifty years on, a restaurant
		// review, an adjourned appeal and a flood warning). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored strict
		// 98.53, relaxed 99.51, type 98.77, value 95.83 on 407 gold timexes (frozen
		// after 45 of that session's rules; the tagger at its start scored value
		// 95.34). Rules for its error classes came after; the floors sit about 2
		// points under the scores now.
		{"heldout96", 407, 96.5, 97.5, 97.0, 94.5},
		// The held-out set 97 (testdata/heldout97): eight original articles (a bank
		// holiday's travel disruption, an exchange outage told minute by minute, a
		// wildfire a year on, a round of trade talks, a debate schedule, a 1912
		// shipwreck, Black Friday sales and a doctors' strike). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored
		// strict 96.47, relaxed 99.08, type 97.78, value 88.89 on 383 gold timexes
		// (frozen after 45 of that session's rules; the tagger at its start scored
		// strict 96.21, type 97.52, value 88.63). Rules for its error classes came
		// after; the floors sit about 2 points under the scores now.
		{"heldout97", 383, 94.5, 97.0, 96.0, 93.0},
		// The held-out set 98 (testdata/heldout98): eight original articles (a
		// heatwave, a bridge closure, central bank minutes, film festival awards, a
		// mountain rescue, a tax deadline, an exhibition preview and marathon road
		// closures). The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 97.89, relaxed 98.63, type 97.89, value
		// 90.93 on 403 gold timexes (frozen after 53 of that session's rules; the
		// tagger at its start scored the same). Rules for its error classes came
		// after; the floors sit about 2 points under the scores now.
		{"heldout98", 403, 95.5, 96.5, 95.5, 90.0},
		// The held-out set 99 (testdata/heldout99): eight original articles (a
		// ceasefire deadline, a supermarket price war, flights cancelled by an
		// eruption, a university results day, a tennis final, a pension fund's
		// report, a comet guide and a council meeting). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored strict
		// 97.64, relaxed 98.95, type 98.16, value 93.44 on 380 gold timexes (frozen
		// after 53 of that session's rules; the tagger at its start scored value
		// 93.18). Rules for its error classes came after; the floors sit about 2
		// points under the scores now.
		{"heldout99", 380, 95.5, 96.5, 96.0, 91.5},
		// The held-out set 100 (testdata/heldout100): eight original articles (a live
		// page of a storm, an airline's quarterly results, a court ruling reported the
		// day after, an alcohol ban on election days, a rail crash one year on, a
		// satellite launch told across time zones, a political memoir's review and a
		// school strike's weekday schedule). The gold was committed before the tagger
		// ever ran on it; its first, blind run scored strict 97.03, relaxed 98.32, type
		// 97.55, value 86.19 on 387 gold timexes (frozen after 6 of that session's
		// rules; the tagger at its start scored strict 96.39, value 85.82). Rules for
		// its error classes came after; the floors sit about 2 points under the scores
		// now.
		{"heldout100", 387, 95.5, 96, 95.5, 89},
		// The held-out set 101 (testdata/heldout101): eight original articles (a
		// referendum result's reactions, a central bank's annual report, a cruise ship's
		// outbreak, a bird migration feature, an AI law's deadlines, a stadium tour's
		// dates, hospital waiting-list figures and a jazz musician's obituary). The gold
		// was committed before the tagger ever ran on it; its first, blind run scored
		// strict 97.48, relaxed 97.75, type 97.22, value 89.54 on 373 gold timexes
		// (frozen after 6 of that session's rules; the tagger at its start scored strict
		// 97.09, value 89.15). Rules for its error classes came after; the floors sit
		// about 2 points under the scores now.
		{"heldout101", 373, 95, 95.5, 95, 89.5},
		// The held-out set 102 (testdata/heldout102): eight original articles (a port
		// strike's shipping delays, a royal wedding's plans, a city's water rationing,
		// tech layoffs with quarterly earnings, a missing hiker found alive, monthly
		// housing starts, a film's release date moved and a ferry sinking's
		// anniversary). The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 98.13, relaxed 99.13, type 98.88, value 87.92
		// on 402 gold timexes (frozen after 17 of that session's rules; the tagger at
		// its start scored strict 97.76, value 87.31). Rules for its error classes came
		// after; the floors sit about 2 points under the scores now.
		{"heldout102", 402, 96.5, 97, 97, 89.5},
		// The held-out set 103 (testdata/heldout103): eight original articles (a
		// parliament vote's live blog, coffee prices at harvest, a school shooting
		// trial's verdict, the clock change, a rugby world cup pool preview, a minimum
		// wage rise, an art auction's record and a nurses' strike dates). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored strict
		// 96.34, relaxed 97.35, type 97.10, value 94.33 on 402 gold timexes (frozen
		// after 17 of that session's rules; the tagger at its start scored strict 95.97,
		// value 93.70). Rules for its error classes came after; the floors sit about 2
		// points under the scores now.
		{"heldout103", 402, 97, 97, 97, 94.5},
		// The held-out set 104 (testdata/heldout104): eight original articles (wildfire
		// smoke's air quality, a bank holiday weekend's weather, pharmacy closures, a
		// chess olympiad round, a spacewalk's timeline, council tax bills, a jazz
		// festival's line-up and a landslide's evacuation). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored strict 97.52,
		// relaxed 98.83, type 98.83, value 90.74 on 381 gold timexes (frozen after 34 of
		// that session's rules; the tagger at its start scored strict 96.75, value
		// 89.99). Rules for its error classes came after; the floors sit about 2 points
		// under the scores now.
		{"heldout104", 381, 96, 97, 97, 93},
		// The held-out set 105 (testdata/heldout105): eight original articles (a
		// transfer deadline day live page, a Diwali shopping rush, a bridge collapse
		// inquiry's final report, a stock market debut, a hurricane season outlook, a TV
		// drama's release schedule, a law coming into force in stages and a Himalayan
		// summit report). The gold was committed before the tagger ever ran on it; its
		// first, blind run scored strict 97.45, relaxed 98.42, type 98.18, value 92.85
		// on 412 gold timexes (frozen after 7 of that session's rules; the tagger at its
		// start scored the same). Rules for its error classes came after; the floors sit
		// about 2 points under the scores now.
		{"heldout105", 412, 96, 97, 96.5, 92.5},
		// The held-out set 106 (testdata/heldout106): eight original articles (a
		// snowstorm's school closings, an early-voting explainer, a pay revolt at an
		// annual meeting, a tornado fifty years on, a rail timetable change, a grand
		// prix weekend preview, a study under embargo and a charity fun run's results).
		// The gold was committed before the tagger ever ran on it; its first, blind run
		// scored strict 95.50, relaxed 96.75, type 96.00, value 87.00 on 399 gold
		// timexes (frozen after 7 of that session's rules; the tagger at its start
		// scored the same). Rules for its error classes came after; the floors sit about
		// 2 points under the scores now.
		{"heldout106", 399, 96, 96.5, 96.5, 89.5},
		// The held-out set 107 (testdata/heldout107): eight original articles (a bail
		// hearing adjourned, a hospital's winter situation report, a telescope's first
		// images, a county show's timetable, a scientist's obituary, a quarterly
		// property report, a Hanukkah events calendar and a cycling stage report). The
		// gold was committed before the tagger ever ran on it; its first, blind run
		// scored strict 97.01, relaxed 97.76, type 97.76, value 89.78 on 397 gold
		// timexes (frozen after 25 of that session's rules; the tagger at its start
		// scored strict 96.75, value 89.50). Rules for its error classes came after; the
		// floors sit about 2 points under the scores now.
		{"heldout107", 397, 96.5, 97, 97, 89},
		// The held-out set 108 (testdata/heldout108): eight original articles (a budget
		// day live page, a container shipping reliability report, a missing aircraft
		// search, a tenancy law explainer, a school offers day, supermarket Christmas
		// opening hours, a novelist's interview and a bird flu housing order). The gold
		// was committed before the tagger ever ran on it; its first, blind run scored
		// strict 96.87, relaxed 97.87, type 97.12, value 93.37 on 402 gold timexes
		// (frozen after 25 of that session's rules; the tagger at its start scored
		// strict 96.75, value 93.00). Rules for its error classes came after; the floors
		// sit about 2 points under the scores now.
		{"heldout108", 402, 97.5, 97.5, 97.5, 94.5},
		// The held-out set 109 (testdata/heldout109): eight original articles (a central
		// bank's rate hold, a bridge repair closure, a marathon world record, a new
		// public holiday explainer, an outage post-mortem, a theatre revival review, a
		// vaccine rollout timetable and a rain-hit cricket match). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored strict
		// 96.77, relaxed 98.51, type 97.77, value 89.33 on 398 gold timexes (frozen
		// after 51 of that session's rules; the tagger at its start scored strict 96.65,
		// value 89.19). Rules for its error classes came after; the floors sit about 2
		// points under the scores now.
		{"heldout109", 398, 96, 96.5, 96, 87.5},
		// The held-out set 110 (testdata/heldout110): eight original articles (a
		// sentencing told the morning after, a Christmas trading update, a lunar eclipse
		// guide, monthly jobs figures, a night train's relaunch, a bird's first breeding
		// in 200 years, a leadership contest timetable and flight delay compensation).
		// The gold was committed before the tagger ever ran on it; its first, blind run
		// scored strict 97.90, relaxed 98.89, type 98.64, value 87.76 on 402 gold
		// timexes (frozen after 51 of that session's rules; the tagger at its start
		// scored the same). Rules for its error classes came after; the floors sit about
		// 2 points under the scores now.
		{"heldout110", 402, 96, 97, 97, 87},
		// The held-out set 111 (testdata/heldout111): eight original articles (a US
		// local TV story on staggered school bell times, an Australian miner's half-year
		// results, a colliery disaster forty years on, a cup final live blog, a monsoon
		// onset and sowing wire, a painter's retrospective review, a top court's coming
		// term and a Canadian winter storm). The gold was committed before the tagger
		// ever ran on it; its first, blind run scored strict 96.92, relaxed 98.82, type
		// 98.58, value 89.34 on 421 gold timexes (frozen after 6 of that session's
		// rules; the tagger at its start scored the same). Rules for its error classes
		// came after; the floors sit about 2 points under the scores now.
		{"heldout111", 421, 95.5, 97, 96.5, 90.5},
		// The held-out set 112 (testdata/heldout112): eight original articles (an oil
		// output meeting wire, an architect's obituary, a New Zealand parliamentary
		// calendar explainer, a software end-of-life press release, a gym contract
		// consumer column, a war anniversary told from a diary, a rocket launch scrub
		// and an A-level results day). The gold was committed before the tagger ever ran
		// on it; its first, blind run scored strict 96.31, relaxed 98.03, type 97.54,
		// value 88.18 on 406 gold timexes (frozen after 6 of that session's rules; the
		// tagger at its start scored the same). Rules for its error classes came after;
		// the floors sit about 2 points under the scores now.
		{"heldout112", 406, 95, 96.5, 96.5, 92.5},
		// The held-out set 113 (testdata/heldout113): eight original articles (an
		// Easter getaway traffic story, a chipmaker's plant delay wire from Taipei, a
		// referendum count live page, a centenarian's profile, a hosepipe ban, a day's
		// report of a cricket Test, a health insurance enrollment explainer and an
		// earthquake aftershock update). The gold was committed before the tagger ever
		// ran on it; its first, blind run scored strict 97.70, relaxed 98.98, type
		// 98.21, value 93.37 on 394 gold timexes (frozen after 29 of that session's
		// rules; the tagger at its start scored strict 97.70, value 93.11). Rules for
		// its error classes came after; the floors sit about 2 points under the scores
		// now.
		{"heldout113", 394, 96.5, 97.5, 96.5, 95},
		// The held-out set 114 (testdata/heldout114): eight original articles (central
		// bank minutes, a festival line-up announcement, hospital strike dates, an
		// asteroid flyby explainer, a diner reopening after a fire, transfer deadline
		// day, a climate report's decade review and a care-home inspection). The gold
		// was committed before the tagger ever ran on it; its first, blind run scored
		// strict 97.35, relaxed 99.04, type 98.07, value 92.77 on 415 gold timexes
		// (frozen after 29 of that session's rules; the tagger at its start scored the
		// same). Rules for its error classes came after; the floors sit about 2 points
		// under the scores now.
		{"heldout114", 415, 96.5, 97.5, 97, 94.5},
		// The held-out set 115 (testdata/heldout115): eight original articles (a
		// wildfire evacuation order, a quarterly GDP release, a fraud sentencing, a
		// summer childcare feature, a Grand Prix weekend preview, a museum's return of a
		// looted bronze, a snowstorm's flight cancellations and a product recall). The
		// gold was committed before the tagger ever ran on it; its first, blind run
		// scored strict 99.01, relaxed 99.26, type 99.26, value 90.86 on 407 gold
		// timexes (frozen after about 44 of that session's rules; the tagger at its
		// start scored the same). Rules for its error classes came after; the floors sit
		// about 2 points under the scores now.
		{"heldout115", 407, 97, 97, 97, 93.5},
		// The held-out set 116 (testdata/heldout116): eight original articles (a pension
		// age explainer, a city marathon report, layoffs announced with fiscal results,
		// a heritage railway's reopening, Ramadan timings in the Gulf, a bridge collapse
		// inquiry's report, a council election results page and a space telescope's
		// fifth anniversary). The gold was committed before the tagger ever ran on it;
		// its first, blind run scored strict 98.11, relaxed 98.36, type 98.11, value
		// 88.78 on 394 gold timexes (frozen after about 44 of that session's rules; the
		// tagger at its start scored value 88.38). Rules for its error classes came
		// after; the floors sit about 2 points under the scores now.
		{"heldout116", 394, 96.5, 97, 96.5, 90.5},
		// The held-out set 117 (testdata/heldout117): eight original articles (a UN
		// General Assembly week preview, a murder trial verdict live blog, a port
		// congestion report, a village harvest festival, a drug trial press release, a
		// city budget vote, a tennis quarter-final and a travel advisory). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored strict
		// 98.34, relaxed 98.85, type 98.85, value 93.47 on 394 gold timexes (frozen
		// after about 59 of that session's rules; the tagger at its start scored value
		// 92.96). Rules for its error classes came after; the floors sit about 2 points
		// under the scores now.
		{"heldout117", 394, 96.5, 96.5, 96.5, 92.5},
		// The held-out set 118 (testdata/heldout118): eight original articles (a Chuseok
		// holiday exodus, a space debris re-entry alert, a royal visit itinerary, a
		// weekly markets wrap, a water shut-off notice, an autumn film calendar, a polar
		// expedition diary and a bus drivers' strike timeline). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored strict 97.12,
		// relaxed 97.84, type 97.60, value 84.86 on 414 gold timexes (frozen after about
		// 59 of that session's rules; the tagger at its start scored value 84.38). Rules
		// for its error classes came after; the floors sit about 2 points under the
		// scores now.
		{"heldout118", 414, 95.5, 96.5, 96, 89},
		// The held-out set 119 (testdata/heldout119): eight original articles (a court
		// sentencing wire, a product recall notice, a ski-season opening feature, an
		// earnings-call summary, a hurricane advisory log, a head teacher's term letter,
		// an archaeology report and a cycling stage report). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored strict 98.13,
		// relaxed 99.13, type 98.63, value 91.41 on 402 gold timexes (frozen after about
		// 7 of that session's rules; the tagger at its start scored the same). Rules for
		// its error classes came after; the floors sit about 2 points under the scores
		// now.
		{"heldout119", 402, 96.5, 97, 96.5, 90},
		// The held-out set 120 (testdata/heldout120): eight original articles (a
		// diplomat's obituary, a central bank's minutes, a concert tour announcement, a
		// rail timetable notice, a wildfire live blog, a flood anniversary piece, a
		// cruise itinerary and a planning dispute report). The gold was committed before
		// the tagger ever ran on it; its first, blind run scored strict 97.88, relaxed
		// 98.35, type 97.64, value 86.56 on 430 gold timexes (frozen after about 7 of
		// that session's rules; the tagger at its start scored the same). Rules for its
		// error classes came after; the floors sit about 2 points under the scores now.
		{"heldout120", 430, 97, 97.5, 97.5, 91.5},
		// The held-out set 121 (testdata/heldout121): eight original articles (a
		// coalition collapse wire, a roadworks bulletin, a Test match day report, an
		// exhibition review, an air-traffic failure live blog, a quarterly house-price
		// report, a chef's profile and an appeal ruling report). The gold was committed
		// before the tagger ever ran on it; its first, blind run scored strict 98.04,
		// relaxed 98.78, type 98.29, value 90.22 on 413 gold timexes (frozen after about
		// 20 of that session's rules; the tagger at its start scored the same). Rules
		// for its error classes came after; the floors sit about 2 points under the
		// scores now.
		{"heldout121", 413, 96, 97, 97, 90},
		// The held-out set 122 (testdata/heldout122): eight original articles (a storm
		// warning story, an acquisition press release, a transfer deadline-day report, a
		// fifty-years-on feature, a strike explainer in questions and answers, a by-
		// election night piece, a launch countdown report and a festival listings
		// column). The gold was committed before the tagger ever ran on it; its first,
		// blind run scored strict 97.81, relaxed 99.03, type 98.30, value 89.78 on 409
		// gold timexes (frozen after about 20 of that session's rules; the tagger at its
		// start scored the same). Rules for its error classes came after; the floors sit
		// about 2 points under the scores now.
		{"heldout122", 409, 97, 97, 96.5, 92.5},
		// The held-out set 123 (testdata/heldout123): eight original articles (a hostage
		// release wire, a supermarket's half-year results, a marathon race-day preview,
		// a tax deadline explainer, a volcano live blog, a theatre season announcement,
		// a hospital strike explainer and a scientist's centenary feature). The gold was
		// committed before the tagger ever ran on it; its first, blind run scored strict
		// 98.58, relaxed 99.29, type 99.29, value 91.98 on 423 gold timexes (frozen
		// after 38 of that session's rules; the tagger at its start scored the same
		// value). Rules for its error classes came after; the floors sit about 2 points
		// under the scores now.
		{"heldout123", 423, 97, 97, 97, 92.5},
		// The held-out set 124 (testdata/heldout124): eight original articles (a fraud
		// trial opening report, a TV week-ahead column, a hosepipe ban story, a product
		// launch report, a Ramadan and Eid community story, a round-the-world race
		// update, a local election candidates guide and a footballer's obituary). The
		// gold was committed before the tagger ever ran on it; its first, blind run
		// scored strict 98.43, relaxed 98.67, type 98.67, value 89.00 on 413 gold
		// timexes (frozen after 38 of that session's rules; the tagger at its start
		// scored the same). Rules for its error classes came after; the floors sit about
		// 2 points under the scores now.
		{"heldout124", 413, 96.5, 96.5, 96.5, 90},
	} {
		t.Run(set.dir, func(t *testing.T) {
			s := evalDirs(t, false, filepath.Join("testdata", set.dir))
			t.Logf("%s: %s", set.dir, s)
			if s.gold != set.gold {
				t.Errorf("read %d gold timexes, want %d", s.gold, set.gold)
			}
			checkFloors(t, s, set.strict, set.relaxed, set.typ, set.value)
		})
	}
}

// BenchmarkTagNewsSets tags every article of the project's annotated news
// sets (testdata/modern and the held-out sets): recent news, each article
// once per round, about four times as dense in dates as TimeBank. It needs
// nothing outside the repository.
func BenchmarkTagNewsSets(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.tml"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no annotated articles in testdata: %v", err)
	}
	benchTagFiles(b, files)
}
