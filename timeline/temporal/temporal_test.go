package temporal

import (
	"os"
	"strings"
	"testing"
	"time"
)

func tt(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dct is the fixed reference date of the table tests: Wednesday 24 July 2024.
var dct = tt(2024, 7, 24)

func TestTag(t *testing.T) {
	tests := []struct {
		text string
		want string // "text|TYPE|value|mod"; several separated by ";"
	}{
		{"Putin hosted Assad in Moscow on Wednesday.", "Wednesday|DATE|2024-07-24|"},
		{"The two men met on Monday.", "Monday|DATE|2024-07-22|"},
		{"They will meet on Friday.", "Friday|DATE|2024-07-26|"},
		{"He has propped him up since 2011.", "2011|DATE|2011|"},
		{"Protests erupted in March 2011.", "March 2011|DATE|2011-03|"},
		{"It happened on July 24, 2024.", "July 24, 2024|DATE|2024-07-24|"},
		{"It happened on 15 July.", "15 July|DATE|2024-07-15|"},
		{"It happened on Jan. 8, 1998, in Ohio.", "Jan. 8, 1998|DATE|1998-01-08|"},
		{"The talks collapsed in August.", "August|DATE|2023-08|"},
		{"The talks will resume in August.", "August|DATE|2024-08|"},
		{"Last year was hard.", "Last year|DATE|2023|"},
		{"He left last week.", "last week|DATE|2024-W29|"},
		{"She arrives next month.", "next month|DATE|2024-08|"},
		{"It happened two years ago.", "two years ago|DATE|2022|"},
		{"Prices rose over the past three months.", "the past three months|DURATION|P3M|"},
		{"He waited twelve years.", "twelve years|DURATION|P12Y|"},
		{"It rained yesterday.", "yesterday|DATE|2024-07-23|"},
		{"Stocks are now higher.", "now|DATE|PRESENT_REF|"},
		{"He said so earlier this month.", "earlier this month|DATE|2024-07|START"},
		{"Growth slowed in the third quarter.", "the third quarter|DATE|2024-Q3|"},
		{"Third-quarter profit fell.", "Third-quarter|DATE|2024-Q3|"},
		{"Music of the 1990s.", "the 1990s|DATE|199|"},
		{"The deadline is 11/02/89.", "11/02/89|DATE|1989-11-02|"},
		{"Filed 1998-08-07.", "1998-08-07|DATE|1998-08-07|"},
		{"Results are published daily.", "daily|SET|P1D|EVERY"},
		{"Nineteen ninety-six was a good year.", "Nineteen ninety-six|DATE|1996|"},
		{"The meeting is at 3 p.m. today.", "3 p.m. today|TIME|2024-07-24T15:00|"},
		{"Voting closed at 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday|TIME|2024-07-23T09:00|"},
		{"Voting closes at 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday|TIME|2024-07-30T09:00|"},
		{"It began on Saturday, April 25.", "Saturday, April 25|DATE|2024-04-25|"},
		{"Art of the 19th century.", "the 19th century|DATE|18|"},
		{"He left this morning.", "this morning|TIME|2024-07-24TMO|"},
		{"More than 2000 soldiers died.", ""},
		{"Photo: AP2010.", ""},
		{"Call 555-2010 now.", "now|DATE|PRESENT_REF|"},
		{"You may go. They march on.", ""},
		{"The March ended at the park. Theresa May said the May government holds.", ""},
		{"It raised its May forecast; the March figures were weak.", "May|DATE|2024-05|;March|DATE|2024-03|"},
		{"Turkish troops withdrew on February 29.", "February 29|DATE|2024-02-29|"},
		{"It cost $1990.", ""},
		{"Results for fiscal 1989 improved.", "fiscal 1989|DATE|1989|"},
		{"We had a decade of peace.", "a decade|DURATION|P1DE|"},
		{"He won 2,000 votes.", ""},
		{"He served from 2011 to 2015.", "2011|DATE|2011|;2015|DATE|2015|"},
		{"Elections were held between March and May.", "March|DATE|2024-03|;May|DATE|2024-05|"},
		{"Elections will be held between March and May.", "March|DATE|2025-03|;May|DATE|2025-05|"},
		{"Riots spread since September 2015.", "September 2015|DATE|2015-09|"},
		{"It was the worst drought of the 20th century.", "the 20th century|DATE|19|"},
		{"Prices rose in the spring.", "the spring|DATE|2024-SP|"},
		{"They met last winter.", "last winter|DATE|2023-WI|"},
		{"Sales fell in the fourth quarter of 2013.", "the fourth quarter of 2013|DATE|2013-Q4|"},
		{"Sales fell in the first half.", "the first half|DATE|2024-H1|"},
		{"The meeting ended at noon.", "noon|TIME|2024-07-24T12:00|"},
		{"Polls close at 8pm.\n", "8pm|TIME|2024-07-24T20:00|"},
		{"Wednesday’s talks, “Monday” and 1861–1865.", "Wednesday|DATE|2024-07-24|;Monday|DATE|2024-07-22|;1861|DATE|1861|;1865|DATE|1865|"},
		{"In July 2011 it ended.", "July 2011|DATE|2011-07|"},
		{"Polls close at 8 p.m.", "8 p.m.|TIME|2024-07-24T20:00|"},
		{"Voting ends at 8 p.m. on Tuesday.", "8 p.m.|TIME|2024-07-30T20:00|;Tuesday|DATE|2024-07-30|"},
		{"Voting ended at 8 p.m. on Tuesday.", "8 p.m.|TIME|2024-07-23T20:00|;Tuesday|DATE|2024-07-23|"},
		{"Codes A1MAY and X15July are not dates.", ""},
		{"The election runs from Thursday to Sunday.", "Thursday|DATE|2024-07-25|;Sunday|DATE|2024-07-28|"},
		{"The election will run from Friday to Sunday.", "Friday|DATE|2024-07-26|;Sunday|DATE|2024-07-28|"},
		{"The vote was held from Monday through Wednesday.", "Monday|DATE|2024-07-22|;Wednesday|DATE|2024-07-24|"},
		{"The fair will open Friday-Sunday.", "Friday|DATE|2024-07-26|;Sunday|DATE|2024-07-28|"},
		{"They were informed at 10 a.m. on Jan. 5.", "10 a.m.|TIME|2024-01-05T10:00|;Jan. 5|DATE|2024-01-05|"},
		{"He arrived on Sunday at noon.", "Sunday|DATE|2024-07-21|;noon|TIME|2024-07-21T12:00|"},
		{"She left yesterday at 3 p.m.", "yesterday|DATE|2024-07-23|;3 p.m.|TIME|2024-07-23T15:00|"},
		{"They met on 3 June 2019. The following year, they split.", "3 June 2019|DATE|2019-06-03|;The following year|DATE|2020|"},
		{"They met on 3 June 2019. The same day, he resigned.", "3 June 2019|DATE|2019-06-03|;The same day|DATE|2019-06-03|"},
		{"They met on 3 June 2019. Later that month, he resigned.", "3 June 2019|DATE|2019-06-03|;Later that month|DATE|2019-06|END"},
		{"It happened a year ago.", "a year ago|DATE|2023|"},
		{"Talks opened on March 3. Three days later they collapsed.", "March 3|DATE|2024-03-03|;Three days later|DATE|2024-03-06|"},
		{"A coup followed in October 2021. Two years later the generals fought.", "October 2021|DATE|2021-10|;Two years later|DATE|2023|"},
		{"A coup followed in October 2021. Three months later it failed.", "October 2021|DATE|2021-10|;Three months later|DATE|2022-01|"},
		{"A coup followed in 2021. A week later it failed.", "2021|DATE|2021|;A week later|DATE|2021-WXX|"},
		{"Two years later, nothing had changed.", "Two years|DURATION|P2Y|"},
		{"Output fell by a third over the past year.", "the past year|DURATION|P1Y|"},
		{"Every Monday the market opens late.", "Every Monday|SET|XXXX-WXX-1|EVERY"},
		{"Troops may march on the capital.", ""},
		{"Madrid beat Barcelona 2-1 on Sunday.", "Sunday|DATE|2024-07-21|"},
		{"Call 202-555-0143 for details.", ""},
		{"The deal was worth $2015 million.", ""},
		{"Temperatures hit 1998 degrees.", ""},
		{"The war ended in 146 B.C. after a siege.", "146 B.C.|DATE|BC0146|"},
		{"Christmas will fall on a Wednesday.", "Christmas|DATE|2024-12-25|"},
		{"It happened several years ago.", "several years ago|DATE|PAST_REF|"},
		{"It happened a week or so ago.", "a week or so ago|DATE|2024-W29|APPROX"},
		{"Rates stay low for the next year or so.", "the next year or so|DATE|2025|APPROX"},
		{"It saves $500 million a year.", "a year|SET|P1Y|"},
		{"The airline runs four flights a week.", "a week|SET|P1W|"},
		{"He was jailed for a year.", "a year|DURATION|P1Y|"},
		{"He will stay for two more weeks.", "two more weeks|DURATION|P2W|"},
		{"Fighting raged in August and September 1914.", "August|DATE|1914-08|;September 1914|DATE|1914-09|"},
		{"January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven|DATE|1997-01|"},
		{"Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday|TIME|2024-07-23TAF|MID"},
		{"We don't minimize the challenges of the near term.", "the near term|DATE|FUTURE_REF|"},
		{"It plans an offering in the near future.", "the near future|DATE|FUTURE_REF|"},
		{"Sales rose this past spring.", "this past spring|DATE|2024-SP|"},
		{"They looked for ways to get around Wednesday's ruling.", "Wednesday|DATE|2024-07-24|"},
		// What is left before a day is ahead, and so are the days of a
		// sentence that looks ahead; a day before which something was had is
		// past.
		{"Two tests remain before Sunday's finale: Friday's summit finish and a run to Pontarlier on Saturday.", "Sunday|DATE|2024-07-28|;Friday|DATE|2024-07-26|;Saturday|DATE|2024-07-27|"},
		{"Nestle's share of 7% before Friday's purchases is far below the leaders'.", "Friday|DATE|2024-07-19|"},
		// The first or last day of a period: of a month or a year the
		// calendar knows, or of one a date beside it names; never yesterday.
		{"Traffic peaks on Aug. 9, the last day of the break. Pickets may form on the first day of classes, Aug. 18. On the final day, Friday, judges ruled.", "Aug. 9|DATE|2024-08-09|;the last day|DATE|2024-08-09|;the first day|DATE|2024-08-18|;Aug. 18|DATE|2024-08-18|;the final day|DATE|2024-07-19|;Friday|DATE|2024-07-19|"},
		{"Sales rose on the last day of the month. The first day of 2026 will be cold. It was his last day in office.", "the last day of the month|DATE|2024-07-31|;The first day of 2026|DATE|2026-01-01|"},
		// A range's bare start takes the end's half of the day; hours kept
		// on a range of weekdays recur.
		{"She serves dinner from 5 to 10 p.m. Tuesday through Saturday; the office is open Monday to Friday.", "5|TIME|XXXX-XX-XXT17:00|;10 p.m.|TIME|XXXX-XX-XXT22:00|;Tuesday|SET|XXXX-WXX-2|EVERY;Saturday|SET|XXXX-WXX-6|EVERY;Monday|SET|XXXX-WXX-1|EVERY;Friday|SET|XXXX-WXX-5|EVERY"},
		{"Polls close on Thursday; counting runs between 7 and 9 a.m. on Friday.", "Thursday|DATE|2024-07-25|;7|TIME|2024-07-26T07:00|;9 a.m.|TIME|2024-07-26T09:00|;Friday|DATE|2024-07-26|"},
		// An adjective SET does not make a clock time recur.
		{"Markets shut on Thursday. The API will release its weekly inventory figures at 2130 GMT.", "Thursday|DATE|2024-07-25|;2130 GMT|TIME|2024-07-25T21:30|"},
		// Opening hours and a SET's clock time recur.
		{"It opened on Monday. Open 10am-6pm daily. Talks every Wednesday at 1pm.", "Monday|DATE|2024-07-22|;10am|TIME|XXXX-XX-XXT10:00|;6pm|TIME|XXXX-XX-XXT18:00|;daily|SET|P1D|EVERY;every Wednesday|SET|XXXX-WXX-3|EVERY;1pm|TIME|XXXX-XX-XXT13:00|"},
		// Times told in words: "half past one", "a quarter to nine",
		// "Three in the morning" opening a quote; of no day unless one is
		// told with them.
		{"My neighbour hammered on the door at half past one. \"Three in the morning is early,\" she said. It is a quarter to nine on Friday. The first half to 2024.", "half past one|TIME|XXXX-XX-XXT01:30|;Three in the morning|TIME|XXXX-XX-XXT03:00|;quarter to nine|TIME|2024-07-19T08:45|;Friday|DATE|2024-07-19|;The first half|DATE|2024-H1|;2024|DATE|2024|"},
		// A date in a "with" phrase takes the main clause's future however
		// far back it lies.
		{"Ministers will rush a bill setting national standards for public libraries through the Commons in the coming weeks, with its second reading on Tuesday.", "the coming weeks|DURATION|PXW|;Tuesday|DATE|2024-07-30|"},
		{"If it leaves on time, it will dock with the station's Harmony module about 28 hours after launch, at about 7:15 a.m. EDT on Saturday.", "about 28 hours|DURATION|PT28H|APPROX;about 7:15 a.m. EDT|TIME|2024-07-27T07:15|APPROX;Saturday|DATE|2024-07-27|"},
		// The holiday quarter is the calendar's fourth.
		{"Corran sees a record holiday quarter and forecast revenue for the holiday quarter.", "holiday quarter|DATE|2024-Q4|;the holiday quarter|DATE|2024-Q4|"},
		// A holiday weekend, and a bank holiday one, no verb places is
		// ahead.
		{"Snow could snarl the holiday weekend; families set off for the bank holiday weekend.", "the holiday weekend|DATE|2024-W30-WE|;the bank holiday weekend|DATE|2024-W30-WE|"},
		// The first or last weekend of a month; "every fifth year"; a phone
		// number in groups is no year.
		{"The festival takes the last weekend of June and rests every fifth year. Call 1800 55 1800.", "the last weekend of June|DATE|2024-W26-WE|;every fifth year|SET|P5Y|EVERY"},
		// A range's start takes the end's zone: "(0700 to 1300 GMT)"; Gulf
		// and Atlantic zones.
		{"Stay inside from 10 a.m. to 4 p.m. (0700 to 1300 GMT); the sermon began at 12:20 p.m. AST.", "10 a.m.|TIME|2024-07-24T10:00|;4 p.m.|TIME|2024-07-24T16:00|;0700|TIME|2024-07-24T07:00|;1300 GMT|TIME|2024-07-24T13:00|;12:20 p.m. AST|TIME|2024-07-24T12:20|"},
		// An aside's time in another zone may name its own day.
		{"The first school is due at 9.25 p.m. BRT (0025 GMT Monday).", "9.25 p.m. BRT|TIME|2024-07-24T21:25|;0025 GMT Monday|TIME|2024-07-29T00:25|"},
		// "one second" is a span, though "a second attack" is an ordinal.
		{"A delay of even one second would push it; a second attack came.", "one second|DURATION|PT1S|"},
		// A timetable's four digits are times of no one day; not a height.
		{"Flight SW411 is timed dep 0710, arr 0945 local; the return leaves Bergen at 1025 and lands at 1105. He leaves at 2000 feet.", "0710|TIME|XXXX-XX-XXT07:10|;0945 local|TIME|XXXX-XX-XXT09:45|;1025|TIME|XXXX-XX-XXT10:25|;1105|TIME|XXXX-XX-XXT11:05|"},
		{"Trains leave at 1945 on Monday.", "1945|TIME|2024-07-22T19:45|;Monday|DATE|2024-07-22|"},
		// The frequency of a rate belongs to its SET.
		{"Flights run three times weekly; the Fed meets eight times a year; trains leave every few minutes; take it once daily.", "three times weekly|SET|P1W|EVERY;eight times a year|SET|P1Y|;every few minutes|SET|PTXM|EVERY;once daily|SET|P1D|EVERY"},
		// Race times are not durations; a running time is.
		{"He won in 5hr 4min 37sec; the finale clocks in at 2 hr 15 min. The changeover falls on Sunday.", "2 hr 15 min|DURATION|PT2H15M|;Sunday|DATE|2024-07-28|"},
		// A weekday no verb places is the one just told in the sentence before.
		{"The typhoon will leave land early Saturday. The track puts it over the strait by 8 a.m. on Saturday.", "early Saturday|DATE|2024-07-27|START;8 a.m.|TIME|2024-07-27T08:00|;Saturday|DATE|2024-07-27|"},
		{"The track puts it over the strait on Saturday.", "Saturday|DATE|2024-07-20|"},
		// An event a pronoun's present verb tells is scheduled; a saying
		// is not.
		{"\"I thought my career was over,\" said Brandwood, who turns 32 in May. It happens in the January window.", "May|DATE|2025-05|;January|DATE|2025-01|"},
		{"The rally, which he says began in May, drew crowds.", "May|DATE|2024-05|"},
		// Clock times told in the present of a day ahead told a few
		// sentences back are that day's: an explainer of an event to come.
		{"The shadow will cross Spain on the evening of 1 August. It will be the first eclipse there since 1905.\n\nWhen?\n\nThe partial eclipse begins at 15:34 UTC. The shadow reaches Iceland at 17:43 UTC.",
			"the evening of 1 August|TIME|2024-08-01TEV|;1905|DATE|1905|;15:34 UTC|TIME|2024-08-01T15:34|;17:43 UTC|TIME|2024-08-01T17:43|"},
		// A past verb right before a day places it in the past; a day set or
		// fixed may lie ahead.
		{"The firm collapsed on October 3. Regulators fixed 17th August as the record date.", "October 3|DATE|2023-10-03|;17th August|DATE|2024-08-17|"},
		// A year told at the head of the sentence, or "last year's", gives
		// its days their year; a range's end takes its start's.
		{"In 2019, the firm opened on May 3. Last year's rush, which ran from January 14 to February 22, set records.", "2019|DATE|2019|;May 3|DATE|2019-05-03|;Last year|DATE|2023|;January 14|DATE|2023-01-14|;February 22|DATE|2023-02-22|"},
		{"The break runs from 28 December until 3 January.", "28 December|DATE|2024-12-28|;3 January|DATE|2025-01-03|"},
		// A story decades old goes on over a paragraph from its last date;
		// its weekend after a weekday is that week's.
		{"By the next morning, on Friday 10 November 1989, the crowds had grown. The following weekend, millions crossed. Within weeks, many more had gone, and the Gate reopened on 22 December. Germany was reunified the following October.",
			"the next morning|TIME|2024-07-25TMO|;Friday 10 November 1989|DATE|1989-11-10|;The following weekend|DATE|1989-W45-WE|;weeks|DURATION|PXW|;22 December|DATE|1989-12-22|;the following October|DATE|1990-10|"},
		// A date with "that year" after it is of the year told.
		{"Last year heat killed 1,301 pilgrims; it hit 51.8C on June 17 that year. That year's toll was high.", "Last year|DATE|2023|;June 17 that year|DATE|2023-06-17|;That year|DATE|2023|"},
		// A date that names a day told again takes its year.
		{"Next year Christmas will fall on 25 December.", "Next year|DATE|2025|;Christmas|DATE|2025-12-25|;25 December|DATE|2025-12-25|"},
		// A day told without its year in a "when" clause after a year.
		{"Britain last saw totality in 1999, when the shadow crossed Cornwall on the morning of 11 August.", "1999|DATE|1999|;the morning of 11 August|TIME|1999-08-11TMO|"},
		// "that evening" after a year is of the day last told, or of a day
		// of that year unknown.
		{"The rally is on 30 July. Hotels have been booked since 2023, and roads close that evening.", "30 July|DATE|2024-07-30|;2023|DATE|2023|;that evening|TIME|2024-07-30TEV|"},
		{"Hotels have been booked since 2023, and roads closed that evening.", "2023|DATE|2023|;that evening|TIME|2023-XX-XXTEV|"},
		// A clock time that opens its sentence takes the main verb's tense:
		// a past one is not the day ahead told before.
		{"The storm will hit land late Thursday. At 5 p.m. PHT (0900 UTC), the eye was 410 km east.", "late Thursday|DATE|2024-07-25|END;5 p.m. PHT|TIME|2024-07-24T17:00|;0900 UTC|TIME|2024-07-24T09:00|"},
		{"The vote is due around Nov. 1.", "around Nov. 1|DATE|2024-11-01|APPROX"},
		{"They meet this coming Sunday.", "this coming Sunday|DATE|2024-07-28|"},
		{"It has no short-term plan and a long-term debt.", ""},
		{"Hate groups shrank through the nineties.", "the nineties|DATE|199|"},
		{"She is in her sixties.", ""},
		{"Markets are calmer these days.", "these days|DATE|PRESENT_REF|"},
		{"By mid afternoon, the fighting was over.", "mid afternoon|TIME|2024-07-24TAF|MID"},
		{"It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four|DATE|1994-WI|"},
		{"The battle lasted from 21 March to 21 June 1952.", "21 March|DATE|1952-03-21|;21 June 1952|DATE|1952-06-21|"},
		{"The siege lasted from December to March 1954.", "December|DATE|1953-12|;March 1954|DATE|1954-03|"},
		{"He was arrested on July 2. He appeared in court the next morning.", "July 2|DATE|2024-07-02|;the next morning|TIME|2024-07-03TMO|"},
		{"The rules should be in place by year's end.", "year's end|DATE|2024|END"},
		{"Eight trading days later, it recovered.", "Eight trading days|DURATION|P8D|"},
		{"Over the next couple of years, sales will grow.", "the next couple of years|DURATION|P2Y|"},
		{"Earlier yesterday, the talks broke down.", "Earlier yesterday|DATE|2024-07-23|START"},
		{"He will speak later this afternoon.", "later this afternoon|TIME|2024-07-24TAF|END"},
		{"Earlier Friday, he spoke.", "Friday|DATE|2024-07-19|"},
		{"In January, the company brought in a new chief.", "January|DATE|2024-01|"},
		{"The new chairman takes over effective Feb. 1.", "Feb. 1|DATE|2025-02-01|"},
		{"He will succeed her in January.", "January|DATE|2025-01|"},
		{"The father would be traveling to the United States Thursday.", "Thursday|DATE|2024-07-25|"},
		{"The stock is to resume trading in Paris Tuesday.", "Tuesday|DATE|2024-07-30|"},
		{"It sold the unit the latest period.", ""},
		{"Third-quarter profit rose. Sales in the latest period rose 5%.", "Third-quarter|DATE|2024-Q3|;the latest period|DATE|2024-Q3|"},
		{"Second-quarter profit rose. Losses will last through the fourth quarter of 2025. In the year-ago period it lost $1.", "Second-quarter|DATE|2024-Q2|;the fourth quarter of 2025|DATE|2025-Q4|;the year-ago period|DATE|2023-Q2|"},
		{"Third-quarter profit rose from a loss in the 1988 quarter.", "Third-quarter|DATE|2024-Q3|;the 1988 quarter|DATE|1988-Q3|"},
		{"Interest rates rose in recent years.", "recent years|DURATION|PXY|"},
		{"The firm expects lower results for the fiscal year.", "the fiscal year|DATE|2024|"},
		{"In the fiscal year ended Jan. 31, sales rose.", "the fiscal year|DURATION|P1Y|;Jan. 31|DATE|2024-01-31|"},
		{"Shares rose 2 1/2 hours after the open.", "2 1/2 hours|DURATION|PT2H30M|"},
		{"He left the night of April 18, 1775.", "the night of April 18, 1775|TIME|1775-04-18TNI|"},
		{"It rose early next year.", "early next year|DATE|2025|START"},
		{"It peaked in mid-1999.", "mid-1999|DATE|1999|MID"},
		{"The contract ends at the end of the year.", "the end of the year|DATE|2024|END"},
		{"The strike lasted at least 72 hours.", "at least 72 hours|DURATION|PT72H|EQUAL_OR_MORE"},
		{"Talks have dragged on for years.", "years|DURATION|PXY|"},
		{"A deal may be days away; everyone has had months to read it, and he spent years in exile.", "days|DURATION|PXD|;months|DURATION|PXM|;years|DURATION|PXY|"},
		// TimeBank leaves "the foreseeable future" untagged.
		{"Two summers ago a fire hit; the ban stays for the foreseeable future.", "Two summers ago|DATE|2022-SU|"},
		{"Shares fell on the 60 Minutes report.", ""},
		{"It delayed work because of current market conditions.", "current|DATE|PRESENT_REF|"},
		{"It cut the current account deficit against the current.", ""},
		{"Holders may buy at the then current market price.", "then current|DATE|PAST_REF|"},
		{"Sales for the full year rose.", "the full year|DATE|2024|"},
		{"It hit a high for the year in June.", "the year|DATE|2024|;June|DATE|2024-06|"},
		{"Net rose for the year ended March 31.", "the year|DURATION|P1Y|;March 31|DATE|2024-03-31|"},
		{"Use was delayed earlier in the year by rains.", "earlier in the year|DATE|2024|START"},
		{"A second group of directors sold shares.", ""},
		{"It will be a second betrayal.", ""},
		{"A second later it exploded.", "A second|DURATION|PT1S|"},
		{"But a minute and a half later, a pilot called in.", "a minute and a half|DURATION|PT1M30S|"},
		{"The tour is likely to last over a week.", "over a week|DURATION|P1W|MORE_THAN"},
		{"Just over an hour later, he was declared dead.", "over an hour|DURATION|PT1H|MORE_THAN"},
		{"It can be used over 20 years.", "20 years|DURATION|P20Y|"},
		{"The siege lasted two and a half years.", "two and a half years|DURATION|P2Y6M|"},
		{"He probably died within weeks or months of his capture.", "weeks or months|DURATION|PXW|"},
		{"Funds in recent weeks and months sold junk.", "recent weeks and months|DURATION|PXW|"},
		{"More recently it has followed the militias.", "More recently|DATE|PAST_REF|"},
		{"He was shot to death last Oct. 23 at his home.", "Oct. 23|DATE|2023-10-23|"},
		{"The dividend would be paid on a still unspecified date in January.", "January|DATE|2025-01|"},
		{"Thermo agreed to purchase the unit for $22 million in February.", "February|DATE|2025-02|"},
		{"The offer had been scheduled to expire Friday.", "Friday|DATE|2024-07-19|"},
		{"The offensive began as previously planned Saturday night.", "Saturday night|TIME|2024-07-20TNI|"},
		{"The vote will go ahead as planned on Saturday.", "Saturday|DATE|2024-07-27|"},
		{"INS extended its deadline until 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday|TIME|2024-07-30T09:00|"},
		{"The ministry set a deadline of Friday.", "Friday|DATE|2024-07-26|"},
		{"The court gave them until Friday to respond.", "Friday|DATE|2024-07-26|"},
		{"They missed a deadline on Friday.", "Friday|DATE|2024-07-19|"},
		{"Kansai Devices, which makes modules, reports on Thursday.", "Thursday|DATE|2024-07-25|"},
		{"The ruling comes a day after the court heard arguments.", "a day|DURATION|P1D|"},
		{"Polls close at 10pm on 1 August.", "10pm|TIME|2024-08-01T22:00|;1 August|DATE|2024-08-01|"},
		{"Budget Day, the third Tuesday of September, is next.", "the third Tuesday of September|DATE|2024-09-17|"},
		{"The decision came at 2.30pm AEDT on Tuesday 19 March.", "2.30pm AEDT|TIME|2024-03-19T14:30|;Tuesday 19 March|DATE|2024-03-19|"},
		{"The outage began at 2024-07-15 04:09 UTC.", "2024-07-15 04:09 UTC|TIME|2024-07-15T04:09|"},
		{"\"I don't see a cut until November,\" said Raman.", "November|DATE|2024-11|"},
		{"The schools won't reopen before January.", "January|DATE|2025-01|"},
		{"More than 2000 people registered; another 2000 watched from the hill.", ""},
		{"Government offices close from Saturday for the holiday.", "Saturday|DATE|2024-07-27|"},
		{"Right now we need water, and rain could come any day now.", "Right now|DATE|PRESENT_REF|;any day now|DATE|FUTURE_REF|"},
		{"The other day a woman asked for a tarp. At the moment the plant runs at a third.", "The other day|DATE|PAST_REF|;the moment|DATE|PRESENT_REF|"},
		{"This time last year we were in Nassau.", "This time last year|DATE|2023-07-24|"},
		{"Inflation eased in the December quarter; the board awaits the March quarter numbers.", "the December quarter|DATE|2023-Q4|;the March quarter|DATE|2024-Q1|"},
		{"Households back at work after the long weekend face higher bills.", "the long weekend|DATE|2024-W29-WE|"},
		{"Unemployment rose to 4.2% in June from 3.8% a year earlier.", "June|DATE|2024-06|;a year earlier|DATE|2023-06|"},
		{"He met them in the summer of 1958. Over the following decade he argued.", "the summer of 1958|DATE|1958-SU|;the following decade|DATE|196|"},
		{"In the spring of 1968, he took over. The same year, the treaty was opened.", "the spring of 1968|DATE|1968-SP|;The same year|DATE|1968|"},
		{"I still owe $340 from summer.", "summer|DATE|2024-SU|"},
		// Times told in words and no day with them: of no day.
		{"Trucks come at six in the morning; the storm hit about two in the morning.", "six in the morning|TIME|XXXX-XX-XXT06:00|;about two in the morning|TIME|XXXX-XX-XXT02:00|APPROX"},
		{"He won Stage 12 in 2:05:31 and leads by 1min 06sec.", ""},
		{"She won in an hour and 52 minutes.", "an hour and 52 minutes|DURATION|PT1H52M|"},
		{"Parliament will be dissolved on 30 May ahead of elections on 4 July.", "30 May|DATE|2025-05-30|;4 July|DATE|2025-07-04|"},
		{"The 1500m final is set for July 2. The Games close on July 1.", "July 2|DATE|2025-07-02|;July 1|DATE|2025-07-01|"},
		{"A code originally due on 2 July has yet to be published; she said she would meet him on 3 July.", "2 July|DATE|2024-07-02|;3 July|DATE|2024-07-03|"},
		{"After the rest day on Monday, the Tour finishes in Nice. After talks on Monday, the leaders agreed to meet again.", "Monday|DATE|2024-07-29|;Monday|DATE|2024-07-22|"},
		{"The courthouse is closed on Monday for a holiday.", "Monday|DATE|2024-07-29|"},
		{"Sunday's stage, on Bastille Day, was the hardest. Bastille Day fell on Sunday.", "Sunday|DATE|2024-07-14|;Bastille Day|DATE|2024-07-14|;Bastille Day|DATE|2024-07-14|;Sunday|DATE|2024-07-14|"},
		{"Crews have worked since Martin Luther King Jr. Day. Shops will open on Black Friday. It ended on VE Day.", "Martin Luther King Jr. Day|DATE|2024-01-15|;Black Friday|DATE|2024-11-29|;VE Day|DATE|1945-05-08|"},
		{"80 years ago today, the war ended. On this day in 1944, he spoke at 3pm and said the fighting would end at midnight.", "80 years ago today|DATE|1944-07-24|;this day in 1944|DATE|1944-07-24|;3pm|TIME|1944-07-24T15:00|;midnight|TIME|1944-07-24T24:00|"},
		{"Schools will decide by 8 p.m. tonight.", "8 p.m. tonight|TIME|2024-07-24T20:00|"},
		{"Trains will run until the May bank holiday; the August bank holiday is busy.", "the May bank holiday|DATE|2025-05-05|;the August bank holiday|DATE|2024-08-26|"},
		{"Ice should fall between midnight and 9 a.m. Friday.", "midnight|TIME|2024-07-25T24:00|;9 a.m. Friday|TIME|2024-07-26T09:00|"},
		{"The attack took place in the early hours of Saturday. He had gone out the previous evening and arrived at 23:40. He left just before 1.15am.", "the early hours of Saturday|TIME|2024-07-20TMO|START;the previous evening|TIME|2024-07-19TEV|;23:40|TIME|2024-07-19T23:40|;1.15am|TIME|2024-07-20T01:15|"},
		{"Eighty years ago this week, Paris rose. The surrender was signed on Monday 7 May 1945. The announcement was held back until Tuesday.", "Eighty years ago this week|DATE|1944-W30|;Monday 7 May 1945|DATE|1945-05-07|;Tuesday|DATE|1945-05-08|"},
		{"The talks began on 19 December 2018. Protesters marched on Friday.", "19 December 2018|DATE|2018-12-19|;Friday|DATE|2024-07-19|"},

		{"Recipients get an extra $19.50 a fortnight.", "a fortnight|SET|P2W|"},
		{"Last winter, flu put the heaviest pressure on hospitals, with admissions peaking after Christmas.", "Last winter|DATE|2023-WI|;Christmas|DATE|2023-12-25|"},
		{"The file reached servers at 04:09 UTC. Alarms fired four minutes later; results came less than two hours later.", "04:09 UTC|TIME|2024-07-24T04:09|;four minutes later|TIME|2024-07-24T04:13|;less than two hours|DURATION|PT2H|LESS_THAN"},
		{"Infections rose in the week ending 14 July, the agency said on Tuesday. Tests rose 11% on the previous week.", "the week|DURATION|P1W|;14 July|DATE|2024-07-14|;Tuesday|DATE|2024-07-23|;the previous week|DATE|2024-W27|"},
		{"The file reached servers at 2024-07-20 04:09 UTC. Engineers suspected an attack. They stopped it at 05:27 UTC.", "2024-07-20 04:09 UTC|TIME|2024-07-20T04:09|;05:27 UTC|TIME|2024-07-20T05:27|"},
		{"Rain grew heavier through Monday afternoon. Teams carried out rescues between 6pm and midnight. By 2am the river had risen.", "Monday afternoon|TIME|2024-07-22TAF|;6pm|TIME|2024-07-22T18:00|;midnight|TIME|2024-07-22T24:00|;2am|TIME|2024-07-23T02:00|"},
		{"We flew in on 4 July. The night before, we loaded the plane.", "4 July|DATE|2024-07-04|;The night before|TIME|2024-07-03TNI|"},
		{"In 1958 he went to Geneva. The physics of mid-century had made the bomb.", "1958|DATE|1958|;mid-century|DATE|19|MID"},
		{"The country aims for net zero by mid-century; a mid-century house.", "mid-century|DATE|20|MID"},
		{"It came at the end of the July 16-17 meeting.", "July 16|DATE|2024-07-16|;17|DATE|2024-07-17|"},
		{"The decision is at noon UK time; in Tokyo it came in the early afternoon.", "noon UK time|TIME|2024-07-24T12:00|;the early afternoon|TIME|2024-07-24TAF|START"},
		{"The Tour ends a week on Sunday; the Games open a fortnight today.", "a week on Sunday|DATE|2024-08-04|;a fortnight today|DATE|2024-08-07|"},
		// ... but not before "today's": the day's own noun follows.
		{"It took the club a fortnight today's buyers would envy.", "a fortnight|DURATION|P2W|;today|DATE|2024-07-24|"},
		{"The agency published its report on Tuesday. Cases have risen since early June. Wales published its figures the same day.", "Tuesday|DATE|2024-07-23|;early June|DATE|2024-06|START;the same day|DATE|2024-07-23|"},
		{"A few months back, we ran out; two years back, he left.", "A few months back|DATE|PAST_REF|;two years back|DATE|2022|"},
		{"It is our warehouse for the time being.", ""},
		{"It now expects a profit of 68 billion yen, up from its May forecast.", "now|DATE|PRESENT_REF|;May|DATE|2024-05|"},
		{"Payments due over Easter were made early.", "Easter|DATE|2024-03-31|"},
		{"Oracle slipped ahead of results due after the bell on Thursday.", "Thursday|DATE|2024-07-25|"},
		{"Clocks change on the second Sunday of March 2025.", "the second Sunday of March 2025|DATE|2025-03-09|"},
		{"The last Friday of the month is payday.", "The last Friday of the month|DATE|2024-07-26|"},
		{"Talks resume in the second week of January 2025.", "the second week of January 2025|DATE|2025-W02|"},
		{"He arrived in the early hours of Sunday morning.", "the early hours of Sunday morning|TIME|2024-07-21TMO|START"},
		{"The shop opens from 9am to 5pm on Saturday.", "9am|TIME|2024-07-27T09:00|;5pm|TIME|2024-07-27T17:00|;Saturday|DATE|2024-07-27|"},
		{"It rose at the end of next month. Earlier in the day, the minister spoke.", "the end of next month|DATE|2024-08|END;the day|DATE|2024-07-24|"},
		{"Media reports on Thursday said the talks had failed.", "Thursday|DATE|2024-07-18|"},
		{"We see no slowdown before Christmas.", "Christmas|DATE|2024-12-25|"},
		{"Orders usually hold up until the Lunar New Year.", "the Lunar New Year|DATE|2025-01-29|"},
		{"The shop closed before Christmas.", "Christmas|DATE|2023-12-25|"},
		{"The talks are supposed to conclude by May.", "May|DATE|2025-05|"},
		{"She will be named commander of the shuttle crew for a long mission in February.", "February|DATE|2025-02|"},
		{"It has for almost a hundred years.", "almost a hundred years|DURATION|P100Y|LESS_THAN"},
		{"It marched there in some 19 days.", "some 19 days|DURATION|P19D|APPROX"},
		{"Islam will one day be the second largest religion.", "one day|DATE|FUTURE_REF|"},
		{"The rally lasted one day.", "one day|DURATION|P1D|"},
		{"Throughout 1915-17, losses mounted.", "1915|DATE|1915|;17|DATE|1917|"},
		{"The Ionian Revolt (499-493 BC) began it.", "499|DATE|BC0499|;493 BC|DATE|BC0493|"},
		{"It lasted from 264 to 241 BC.", "264|DATE|BC0264|;241 BC|DATE|BC0241|"},
		{"The battle raged on 6-7 January 1916.", "6|DATE|1916-01-06|;7 January 1916|DATE|1916-01-07|"},
		{"From 15 to 22 February, it attacked.", "15|DATE|2024-02-15|;22 February|DATE|2024-02-22|"},
		{"The summit is on April 24 and 25.", "April 24|DATE|2025-04-24|;25|DATE|2025-04-25|"}, // what "is on" a day is to come
		{"Talks ran March 5-9, 1918 in Bucharest.", "March 5|DATE|1918-03-05|;9, 1918|DATE|1918-03-09|"},
		{"Madrid beat Barcelona 2-1 in March.", "March|DATE|2024-03|"},
		{"They spent the spring and summer of 1919 organizing an army.", "the spring|DATE|1919-SP|;summer of 1919|DATE|1919-SU|"},
		{"Allied victory: summer and autumn 1918.", "summer|DATE|1918-SU|;autumn 1918|DATE|1918-FA|"},
		{"Orders rose from the low levels of the early summer.", "the early summer|DATE|2024-SU|START"},
		{"The camp stayed open for the summer and fall.", "the summer|DATE|2024-SU|;fall|DATE|2024-FA|"},
		{"His car was seen in the weeks before the shooting.", "the weeks|DURATION|PXW|"},
		{"In the months that followed, the museum shut its east wing.", "the months that followed|DURATION|PXM|"},
		{"Crews have worked through the hours since the quake.", "the hours|DURATION|PTXH|"},
		{"He has waited for years that felt long.", "years|DURATION|PXY|"},
		{"Funds may sell junk in the weeks ahead.", "the weeks ahead|DURATION|PXW|"},
		{"Over the years many more patients died.", "the years|DURATION|PXY|"},
		{"Prisoners were taken in the first hours of the war.", "the first hours|DURATION|PTXH|"},
		{"It was published over the years 1751-1777.", "1751|DATE|1751|;1777|DATE|1777|"},
		{"Third-quarter net was $24 million, compared with a loss of $3 million last year.", "Third-quarter|DATE|2024-Q3|;last year|DATE|2023-Q3|"},
		{"Third-quarter sales rose. U.K. sales for last year's quarter were $3 million.", "Third-quarter|DATE|2024-Q3|;last year's quarter|DATE|2023-Q3|"},
		{"Sales rose last year.", "last year|DATE|2023|"},
		{"He was found in the Atlantic last Thanksgiving.", "last Thanksgiving|DATE|2023-11-23|"},
		{"They meet again next Christmas.", "next Christmas|DATE|2024-12-25|"},
		{"It is a theme from now to Election Day.", "now|DATE|PRESENT_REF|;Election Day|DATE|2024-11-05|"},
		{"The election was close.", ""},
		{"A hearing was held the week of March 6.", "the week of March 6|DATE|2024-W10|"},
		{"For Poland, high noon comes today.", "today|DATE|2024-07-24|"},
		{"It took 30,441 prisoners in the last week of September 1918.", "the last week of September 1918|DATE|1918-W39|"},
		{"It conquered Catalonia during the first two months of 1939.", "the first two months|DURATION|P2M|;1939|DATE|1939|"},
		{"The diversion of three quarters of the troops helped.", ""},
		{"Revenue fell to $300 million last year, down from $450 million the year before.", "last year|DATE|2023|;the year before|DATE|2022|"},
		{"Necker convened a Second Assembly of the Notables.", ""},
		{"During that time, the company lost $1 billion.", "that time|DATE|PAST_REF|"},
		{"Casualties rose during this period.", "this period|DATE|PRESENT_REF|"},
		{"The navy was the largest at the time, but small.", ""}, // news leaves "at the time" untagged; history tags it (below)
		{"This time a bomb exploded at the time of its founding.", ""},
		{"Homicides rose to 33 deaths per day.", ""},
		{"He inflated earnings over a three-year period.", "a three-year period|DURATION|P3Y|"},
		{"About 500 people attended a Sunday night memorial service.", "Sunday night|TIME|2024-07-21TNI|"},
		{"The battle lasted until May 8 1:00AM.", "May 8 1:00AM|TIME|2024-05-08T01:00|"},
		{"Traffic moved only at night.", ""}, // news leaves the habit untagged (TestTagAtNight)
		{"The loan may be extended for an additional year.", "an additional year|DURATION|P1Y|"},
		{"It turned a profit after several quarters of losses.", "several quarters|DURATION|PXQ|"},
		{"Insurance has been a tough business in recent quarters.", "recent quarters|DURATION|PXQ|"},
		{"He paid a quarter of the bill.", ""},
		{"Holders may convert during its one-year term.", "one-year|DURATION|P1Y|"},
		{"It runs 15 million instructions per second.", ""},
		{"They had arrived weeks earlier.", "weeks earlier|DATE|PAST_REF|"},
		{"Control Data, which just months ago was failing, is healthy.", "months ago|DATE|PAST_REF|"},
		{"At month's end, UN forces held the city.", "month's end|DATE|2024-07|END"},
		{"The bombing led to violence over the following days.", "the following days|DURATION|PXD|"},
		// Present tense and modals that announce: the date ahead.
		{"Mizuno flies on to Jakarta on Monday.", "Monday|DATE|2024-07-29|"},
		{"The mandate runs to March 31.", "March 31|DATE|2025-03-31|"},
		{"The department forecast more rain from Monday.", "Monday|DATE|2024-07-29|"},
		{"The capsule should dock on Monday.", "Monday|DATE|2024-07-29|"},
		{"It won a baseline of 300,000 bpd, to be phased in from January.", "January|DATE|2025-01|"},
		{"The vote is next Thursday.", "next Thursday|DATE|2024-08-01|"},
		{"Hearings start next Friday and end next Monday.", "next Friday|DATE|2024-08-02|;next Monday|DATE|2024-07-29|"},
		// Holidays that move with the moon or the Hebrew year: the occurrence
		// the tense points to (the reference date is 2024-07-24).
		{"Prisoners were freed for Eid al-Fitr.", "Eid al-Fitr|DATE|2024-04-10|"},
		{"The truce held over Eid-ul-Adha.", "Eid-ul-Adha|DATE|2024-06-16|"},
		{"Prisoners were freed for Eid.", "Eid|DATE|2024-06-16|"},
		{"Eid al-Fitr 2023 was quiet.", "Eid al-Fitr 2023|DATE|2023-04-21|"},
		{"Talks resume after Rosh Hashanah.", "Rosh Hashanah|DATE|2024-10-03|"},
		{"Israel marked Passover in a subdued mood.", "Passover|DATE|2024-04-23|"},
		{"The truce will hold over Eid al-Fitr.", "Eid al-Fitr|DATE|2025-03-30|"},
		{"The Yom Kippur War began in 1973.", "1973|DATE|1973|"},
		{"Iranians celebrated Nowruz.", "Nowruz|DATE|2024-03-20|"},
		{"Last Passover was grim; next Passover will be better.", "Last Passover|DATE|2024-04-23|;next Passover|DATE|2025-04-13|"},
		{"Gunmen stormed the base at approximately 5:30 a.m.", "approximately 5:30 a.m.|TIME|2024-07-24T05:30|APPROX"},
		{"She ran 3:50.37 in Florence.", ""},
		{"Political editor | Wed 31 May 2017 07.00 BST", "Wed 31 May 2017 07.00 BST|TIME|2017-05-31T07:00|"},
		{"The capsule should dock with the station about 30 hours after launch, shortly after 8 a.m. on Monday.", "about 30 hours|DURATION|PT30H|APPROX;8 a.m.|TIME|2024-07-29T08:00|;Monday|DATE|2024-07-29|"},
		{"Sales fell in July, a ninth straight monthly fall.", "July|DATE|2024-07|"},
		{"The final is set for March 10.", "March 10|DATE|2025-03-10|"},
		// A plural subject and a verb of schedule in the present: ahead.
		{"Classes end June 4; exams start on July 1; polls open July 2.", "June 4|DATE|2025-06-04|;July 1|DATE|2025-07-01|;July 2|DATE|2025-07-02|"},
		{"Sales slowed towards the end of June; profits start to rise in June.", "the end of June|DATE|2024-06|END;June|DATE|2024-06|"},
		{"The new fiscal year begins Oct. 1.", "The new fiscal year|DATE|2025|;Oct. 1|DATE|2024-10-01|"},
		{"The deficit target for the current financial year is 3.3%.", "the current financial year|DATE|2025|"},
		{"Profit rose to Rs 500 crore; the current fiscal looks strong.", "the current fiscal|DATE|2025|"},
		{"The current fiscal year ends in September.", "The current fiscal year|DATE|2024|;September|DATE|2024-09|"},
		{"The talks ran past midnight. Flights were cancelled until midnight.", "midnight|TIME|2024-07-23T24:00|;midnight|TIME|2024-07-24T24:00|"},
		{"Ethiopia unveiled the dam in March 2011 and laid the stone on April 2.", "March 2011|DATE|2011-03|;April 2|DATE|2011-04-02|"},
		{"Bashir, who seized power in June 1989, was removed on 11 April.", "June 1989|DATE|1989-06|;11 April|DATE|2024-04-11|"},
		{"Flights were cancelled yesterday.\n08:15 BST\nWelcome to our live coverage.", "yesterday|DATE|2024-07-23|;08:15 BST|TIME|2024-07-24T08:15|"},
		{"It said it expected disruption to continue until the weekend.", "the weekend|DATE|2024-W30-WE|"},
		{"\"We cannot wait another decade,\" he said.", "another decade|DURATION|P1DE|"},
		{"\"We've had a bad fortnight,\" a minister conceded.", "fortnight|DURATION|P2W|"},
		{"The vote is next Friday.", "next Friday|DATE|2024-08-02|"},
		{"Families can call the NDMA helpline on 1700 or 051-9205037.", ""},
		{"\"Today is a day of celebration,\" he said.", "Today|DATE|2024-07-24|"},
		{"Japan will ratify it within weeks, not months.", "weeks|DURATION|PXW|;months|DURATION|PXM|"},
		{"Third-quarter net rose. The quarter-to-quarter comparison helped.", "Third-quarter|DATE|2024-Q3|"},
		{"It won't be profitable until 1994 or later.", "1994 or later|DATE|1994|ON_OR_AFTER"},
		{"It is confident about cash flow for 1990 and beyond.", "1990 and beyond|DATE|1990|ON_OR_AFTER"},
		{"The race starts at 8pm local (1200 GMT) on Sunday.", "8pm local|TIME|2024-07-28T20:00|;1200 GMT|TIME|2024-07-28T12:00|;Sunday|DATE|2024-07-28|"},
		{"The blast occurred at about 10:35 a.m. (0735 GMT) Monday, toppling a building.", "about 10:35 a.m.|TIME|2024-07-22T10:35|APPROX;0735 GMT|TIME|2024-07-22T07:35|;Monday|DATE|2024-07-22|"},
		{"It held a day-long meeting and a decades-long battle.", "day-long|DURATION|P1D|;decades-long|DURATION|PXDE|"},
		// Numeric dates outside the US: day first when it cannot be a month,
		// dots, hyphens, year first.
		{"Published 24/07/2024 in Paris.", "24/07/2024|DATE|2024-07-24|"},
		{"Stand 24.07.2024, 1.7.2024 und 24-07-2024.", "24.07.2024|DATE|2024-07-24|;1.7.2024|DATE|2024-07-01|;24-07-2024|DATE|2024-07-24|"},
		{"Filed 2024/07/24.", "2024/07/24|DATE|2024-07-24|"},
		{"Version 1.2.3 and 3.14.15 shipped; 12.5 percent.", ""},
		// Period codes of business news.
		{"Q3 2024 revenue beat Q4 2023 and 3Q24 sales.", "Q3 2024|DATE|2024-Q3|;Q4 2023|DATE|2023-Q4|;3Q24|DATE|2024-Q3|"},
		{"Sales in FY2023, FY 2024 and FY24; guidance for H1 2025, 1H25 and 2024 Q3.", "FY2023|DATE|2023|;FY 2024|DATE|2024|;FY24|DATE|2024|;H1 2025|DATE|2025-H1|;1H25|DATE|2025-H1|;2024 Q3|DATE|2024-Q3|"},
		// A fiscal year, "FY" as "fiscal", ends in another calendar year:
		// the months told after it take no year from it.
		{"In fiscal 2023 sales fell by June; in FY2023 they fell by June.", "fiscal 2023|DATE|2023|;June|DATE|2024-06|;FY2023|DATE|2023|;June|DATE|2024-06|"},
		{"Q1 was weak.", "Q1|DATE|2024-Q1|"},
		{"The Audi Q3 and the H1N1 virus in H2O; the H2 line.", ""},
		// Clock times with seconds or a zone.
		{"The ceasefire took effect at 0100 GMT.", "0100 GMT|TIME|2024-07-24T01:00|"},
		{"Wed, 24 Jul 2024 10:00:00 +0000", "24 Jul 2024 10:00:00|TIME|2024-07-24T10:00|"},
		{"On 3 July 2024 at 10:00 the polls opened.", "3 July 2024|DATE|2024-07-03|;10:00|TIME|2024-07-03T10:00|"},
		{"He scored 1200 points.", ""},
		// Minutes and hours ago; rates with "twice".
		{"Posted 2h ago; 20 min ago.", "2h ago|DATE|2024-07-24|;20 min ago|DATE|2024-07-24|"},
		{"Twice a week he calls.", "Twice a week|SET|P1W|"},
		// An event named by its date in a past-tense sentence has happened;
		// a reported clause keeps its own future.
		{"The October 7 attacks shocked Israel.", "October 7|DATE|2023-10-07|"},
		{"He said the Nov. 5 election would be close.", "Nov. 5|DATE|2024-11-05|"},
		{"Officials said on Friday the talks would resume.", "Friday|DATE|2024-07-19|"},
		{"On Monday, crowds gathered. Earlier in the day, police fired.", "Monday|DATE|2024-07-22|;the day|DATE|2024-07-22|"},
		{"After 9/11, travel changed; the 9/11/2024 meeting.", "9/11|DATE|2001-09-11|;9/11/2024|DATE|2024-09-11|"},
		// A year and a month, or a span of years.
		{"Prices of 2024-01 and the 2000-01 season; the link /news-2024-01-12/.", "2024-01|DATE|2024-01|;the 2000-01 season|DATE|2000|"},
		// British forms.
		{"The prime minister will speak on Tuesday 30 July.", "Tuesday 30 July|DATE|2024-07-30|"},
		{"The strike began on 1 June and ended a fortnight later.", "1 June|DATE|2024-06-01|;a fortnight later|DATE|2024-W24|"},
		{"Over the past fortnight, the talks lasted a fortnight.", "the past fortnight|DURATION|P2W|;a fortnight|DURATION|P2W|"},
		{"The 2024/25 budget and the 2019-20 season; call 2024/7788.", "2024/25|DATE|2025|;the 2019-20 season|DATE|2019|"},
		{"Returns for the 2025 tax year are due; in the 1990 fiscal year sales rose; the 2025 season.", "the 2025 tax year|DATE|2025|;the 1990 fiscal year|DATE|1990|;2025|DATE|2025|"},
		{"The board approved the calendar for the 2025-26 school year; only the 2019-20 tax year remained open.", "the 2025-26 school year|DATE|2025|;the 2019-20 tax year|DATE|2020|"},
		{"The worst since the Black Summer fires of 2019-20, he said; the Siege of Kut (1915-16) was long.", "2019-20|DATE|2019|;1915|DATE|1915|;16|DATE|1916|"},
		{"The 2022-23 dispute ended.", "2022-23|DATE|2022|"},
		{"Pay it by the 22nd of each month.", "the 22nd of each month|SET|XXXX-XX-22|EACH"},
		{"The head of the grid said the company had been repairing the network and that winter had tested it.", ""},
		{"Classes in 14 provinces were suspended for Thursday.", "Thursday|DATE|2024-07-25|"},
		{"England play Andorra on Saturday. The budget is on the agenda for Friday morning. The fast lasts 29 or 30 days. See COM(2025) 570.", "Saturday|DATE|2024-07-27|;Friday morning|TIME|2024-07-26TMO|;29 or 30 days|DURATION|PXD|"},
		{"Each year the branch lays a wreath at 11am. The bar opens late on Fridays, serving until midnight.", "Each year|SET|P1Y|EACH;11am|TIME|XXXX-XX-XXT11:00|;Fridays|SET|XXXX-WXX-5|EVERY;midnight|TIME|XXXX-XX-XXT24:00|"},
		// Not years: a phone number, a Hindu calendar year, a stock index,
		// a count after "about"; "year to date" is this year.
		{"The helpline, 1800-11-4000, opened books for Samvat 2082. The Russell 2000 is up 5.9% year to date. About 2000 British fans came.", "year to date|DATE|2024|"},
		// A day named again takes the year it was told with, but not a
		// birth date's.
		{"Pensions rise from 6 August 2024. Someone born on 6 August 1960 must wait. Because 6 August is a Tuesday, payments come early.", "6 August 2024|DATE|2024-08-06|;6 August 1960|DATE|1960-08-06|;6 August|DATE|2024-08-06|"},
		// A text of tax years names them by the year they end in.
		{"What changes in 2026/27: the 2026/27 tax year begins, and in 2025/26 the rate rose.", "2026/27|DATE|2027|;the 2026/27 tax year|DATE|2027|;2025/26|DATE|2026|"},
		// Years, months and days told together are one span.
		{"The Wall stood for 28 years, two months and 27 days; he served two years and six months, and his brother two months.", "28 years, two months and 27 days|DURATION|P28Y2M27D|;two years and six months|DURATION|P2Y6M|;two months|DURATION|P2M|"},
		// A sport's seasons last a year each.
		{"In nine seasons he never won; he has been on the podium in each of the past three seasons at the Four Seasons.", "nine seasons|DURATION|P9Y|;the past three seasons|DURATION|P3Y|"},
		// The start or end of a season named bare.
		{"Prices will ease by the start of summer.", "the start of summer|DATE|2024-SU|START"},
		// A season after "before" or "after", and one taken off.
		{"The docket does not take the summer off; nobody expects a cut before spring.", "the summer|DATE|2024-SU|;spring|DATE|2025-SP|"},
		// Seasons that name a fiscal event or a games; centuries of runs.
		{"The Autumn Budget left rules unchanged; the Spring Statement and the Winter Olympics follow. The Spring Offensive began.", "The Spring|DATE|2024-SP|"},
		{"He has made five centuries in the past 18 months; for five centuries the city stood.", "the past 18 months|DURATION|P18M|;five centuries|DURATION|P5CE|"},
		// A clock time of a SET told before it in its sentence, or right
		// after it, recurs, even after a day told; not one occurrence of it.
		{"Trains leave on Thursday. A help desk will be staffed every day from 6 a.m. to 11 p.m.", "Thursday|DATE|2024-07-25|;every day|SET|P1D|EVERY;6 a.m.|TIME|XXXX-XX-XXT06:00|;11 p.m.|TIME|XXXX-XX-XXT23:00|"},
		{"The fix shipped on Monday. Builds are published at 02:00 UTC every night.", "Monday|DATE|2024-07-22|;02:00 UTC|TIME|XXXX-XX-XXT02:00|;every night|SET|XXXX-XX-XXTNI|EVERY"},
		{"Ash charts come on Wednesday every six hours, with the next at 1800 GMT.", "Wednesday|DATE|2024-07-24|;every six hours|SET|PT6H|EVERY;1800 GMT|TIME|2024-07-24T18:00|"},
		{"June Hadley, 71, kept her curtains shut. He is survived by his wife, June, 76; a February Peace Conference met; by June, 30 people had died.", "February|DATE|2024-02|;June|DATE|2024-06|"},
		{"Chinese cinemas have struggled since the Spring Festival; retailers pin hopes on Double 11 after Golden Week.", "the Spring Festival|DATE|2024-02-10|;Double 11|DATE|2024-11-11|;Golden Week|DATE|2024-W40|"},
		{"In 2019 he toured Europe for the first time that autumn. He headlined every Christmas. Since the autumn it has climbed.", "2019|DATE|2019|;that autumn|DATE|2019-FA|;every Christmas|SET|XXXX-12-25|EVERY;the autumn|DATE|2023-FA|"},
		{"Newcastle made three bids in the past week and shelling rose over the past month; the past year was hard; for the past fortnight it rained.", "the past week|DURATION|P1W|;the past month|DURATION|P1M|;the past year|DURATION|P1Y|;the past fortnight|DURATION|P2W|"},
		{"Some 2 million people with special votes cast their ballots on Monday.", "Monday|DATE|2024-07-22|"},
		{"The fire grew overnight Tuesday. The incident on July 2 followed an incursion the week before, according to the report. They cannot wait until autumn; follow-up ran 3.4 years; it grew 2.5 percent.", "overnight Tuesday|TIME|2024-07-23TNI|;July 2|DATE|2024-07-02|;the week before|DATE|2024-W26|;autumn|DATE|2024-FA|;3.4 years|DURATION|P3.4Y|"},
		{"Shares rose 70% in a single day; staff are paid biweekly; talks resume a week from today. Government data follow on Thursday. The union, Local 1600, agreed.", "a single day|DURATION|P1D|;biweekly|SET|P2W|EVERY;a week from today|DATE|2024-07-31|;Thursday|DATE|2024-07-25|"},
		{"Brent has fallen 15% in the year to date.", "the year to date|DATE|2024|"},
		{"Papers dated Reiwa 6 came after Golden Week; more will follow after Obon. File by Tax Day.", "Reiwa 6|DATE|2024|;Golden Week|DATE|2024-W18|;Obon|DATE|2024-W33|;Tax Day|DATE|2025-04-15|"},
		{"The incident on July 2 happened at 14:32 UTC. Pilots saw a jet. Crews waited. The tower cleared the jet at 1431Z. About 90 seconds later, an alarm sounded.", "July 2|DATE|2024-07-02|;14:32 UTC|TIME|2024-07-02T14:32|;1431Z|TIME|2024-07-02T14:31|;About 90 seconds later|TIME|2024-07-02T14:32:30|APPROX"},
		{"Rain fell in May. The final started at 2pm, and the doubles final was played the same day.", "May|DATE|2024-05|;2pm|TIME|2024-07-24T14:00|;the same day|DATE|2024-07-24|"},
		{"Growth slows in the second half of 2024. H2 was always going to be softer than H1. H2 fuel cells are cheap.", "the second half of 2024|DATE|2024-H2|;H2|DATE|2024-H2|;H1|DATE|2024-H1|"},
		{"May called a general election for 8 August. Polls open at 7am on polling day and close at 10pm.", "8 August|DATE|2024-08-08|;7am|TIME|2024-08-08T07:00|;polling day|DATE|2024-08-08|;10pm|TIME|2024-08-08T22:00|"},
		{"By the summer of 1944, food was scarce. On Bastille Day, thousands defied a ban, and after the landings on 6 June the Resistance waited.", "the summer of 1944|DATE|1944-SU|;Bastille Day|DATE|1944-07-14|;6 June|DATE|1944-06-06|"},
		{"The ballot closed in June, giving the union a mandate until mid-January.", "June|DATE|2024-06|;mid-January|DATE|2025-01|MID"},
		{"The thriller premieres 8/5; he plays 3/4 of the time.", "8/5|DATE|2024-08-05|"},
		{"By midweek, trees will fall; a midweek match.", "midweek|DATE|2024-W30|MID"},
		{"He was pronounced dead at 3.10am on Saturday. Officers searched the area in the early hours.", "3.10am|TIME|2024-07-20T03:10|;Saturday|DATE|2024-07-20|;the early hours|TIME|2024-07-20TMO|START"},
		{"The special will stream on New Year's Eve at 9 p.m. PT, or midnight ET.", "New Year's Eve|DATE|2024-12-31|;9 p.m. PT|TIME|2024-12-31T21:00|;midnight ET|TIME|2024-12-31T24:00|"},
		{"Demand will pick up over the next 12-18 months; the work took 3 to 4 days.", "the next 12-18 months|DURATION|PXM|;3 to 4 days|DURATION|PXD|"},
		{"Schools canceled classes for Friday. A selection goes on show from Saturday until 31 August.", "Friday|DATE|2024-07-26|;Saturday|DATE|2024-07-27|;31 August|DATE|2024-08-31|"},
		{"Profit for Q1FY25 rose to Rs 900 crore; Q2 will be softer. Revenue for the first half of the fiscal and the full fiscal beat last fiscal.", "Q1FY25|DATE|2025-Q1|;Q2|DATE|2025-Q2|;the first half of the fiscal|DATE|2025-H1|;the full fiscal|DATE|2025|;last fiscal|DATE|2024|"},
		{"A camp used about 12,000 years ago lay under ice for millennia, frozen for thousands of years; it cost 12,000 dollars.", "about 12,000 years ago|DATE|BC9977|APPROX;millennia|DURATION|PXL|;thousands of years|DURATION|PXL|"},
		{"A sol lasts 24 hours, 39 minutes and 35 seconds; the siege, two days and six hours; for 24 hours, 39 people hid.", "24 hours, 39 minutes and 35 seconds|DURATION|PT24H39M35S|;two days and six hours|DURATION|P2DT6H|;24 hours|DURATION|PT24H|"},
		{"Reyes lost two nights of service; mosques open late for the last ten nights; a three-night run; one night he left.", "two nights|DURATION|P2D|;the last ten nights|DURATION|P10D|;three-night|DURATION|P3D|"},
		// The age of things, not of people: "a 77-year-old farmer" is no timex.
		{"These 3.5 billion-year-old rocks waited 3.5 billion years; a 4,500-year-old bow; a 200-year-old oak; a 77-year-old farmer, 52 years old.", "3.5 billion-year-old|DURATION|P3500000000Y|;3.5 billion years|DURATION|P3500000000Y|;4,500-year-old|DURATION|P4500Y|;200-year-old|DURATION|P200Y|"},
		{"The universe is 13.8 billion years old; it cost 3.5 billion dollars.", ""},
		{"The crater formed 66 million years ago; 12 million people and 40% of voters saw a 4 billion-year-old rock that is 2 million years old.", "66 million years ago|DATE|PAST_REF|;4 billion-year-old|DURATION|P4000000000Y|"},
		{"The show runs 2 hr 15 min; the council suspended its licence for a fortnight on Monday; patrols run every weekend.", "2 hr 15 min|DURATION|PT2H15M|;a fortnight|DURATION|P2W|;Monday|DATE|2024-07-22|;every weekend|SET|XXXX-WXX-WE|EVERY"},
		{"In [2025] EWCA Civ 1187 the court ruled; sample 1871 was dated; the 17:42 from Leeds was late.", ""},
		{"The Siege of Kut (1915-16) ended.", "1915|DATE|1915|;16|DATE|1916|"},
		{"Net profit rose in Q2FY24 from the year-ago quarter; H1FY24 and Q3 FY2024.", "Q2FY24|DATE|2024-Q2|;the year-ago quarter|DATE|2023-Q2|;H1FY24|DATE|2024-H1|;Q3 FY2024|DATE|2024-Q3|"},
		{"Results for the third quarter of fiscal 2024 and the first half of FY25; the 2018-19 financial year; share rose in 2021-22.", "the third quarter of fiscal 2024|DATE|2024-Q3|;the first half of FY25|DATE|2025-H1|;the 2018-19 financial year|DATE|2019|;2021-22|DATE|2022|"},
		{"New Year's Eve 2023 was cold.", "New Year's Eve 2023|DATE|2023-12-31|"},
		// Tense: scheduled events in the present, adjectives, spans before
		// an event not told, "since".
		{"EU leaders meet for a summit on Thursday.", "Thursday|DATE|2024-07-25|"},
		{"Lines would remain closed until at least Friday.", "Friday|DATE|2024-07-26|"},
		{"It has imposed scheduled outages since early February.", "early February|DATE|2024-02|START"},
		{"Flights have been cut since August 3.", "August 3|DATE|2023-08-03|"},
		{"Jurors deliberated over two days before finding him guilty.", "two days|DURATION|P2D|"},
		{"It ships about six months later than planned.", "about six months|DURATION|P6M|APPROX"},
		// A day the text stated with its year keeps it when named again.
		{"Hamas attacked on Oct. 7, 2023. Since the October 7 attack, the war has gone on.", "Oct. 7, 2023|DATE|2023-10-07|;October 7|DATE|2023-10-07|"},
		// The end of a range of months follows its start.
		{"The lean season between June and August is hard.", "June|DATE|2024-06|;August|DATE|2024-08|"},
		// A text that writes dates day first reads its ambiguous ones so.
		{"An order of 12/06/2023; work between 01/04/2024 and 31/05/2024.", "12/06/2023|DATE|2023-06-12|;01/04/2024|DATE|2024-04-01|;31/05/2024|DATE|2024-05-31|"},
		{"An order of 12/06/2023 and one of 07/24/2024.", "12/06/2023|DATE|2023-12-06|;07/24/2024|DATE|2024-07-24|"},
		// A clock time without a day takes the day just told.
		{"The quake struck at 4:17 a.m. Monday and a second quake followed that afternoon.", "4:17 a.m. Monday|TIME|2024-07-22T04:17|;that afternoon|TIME|2024-07-22TAF|"},
		{"Rain is due on Friday. The warning comes into force at 06:00 GMT.", "Friday|DATE|2024-07-26|;06:00 GMT|TIME|2024-07-26T06:00|"},
		{"The truce took effect at 11:15 a.m. (0915 GMT) on Sunday.", "11:15 a.m.|TIME|2024-07-21T11:15|;0915 GMT|TIME|2024-07-21T09:15|;Sunday|DATE|2024-07-21|"},
		// Sets of a part of the day; "overnight".
		{"Groups aired ads every night and every Saturday night.", "every night|SET|XXXX-XX-XXTNI|EVERY;every Saturday night|SET|XXXX-WXX-6TNI|EVERY"},
		{"Polls closed overnight. Overnight talks failed.", "overnight|TIME|2024-07-23TNI|"},
		// Bare plurals as spans: before or after an event, or "years of".
		{"The strike came days after the talks. It laid bare years of corruption.", "days|DURATION|PXD|;years|DURATION|PXY|"},
		// "the new year"; phone numbers are not years.
		{"Prices may stay low until the new year.", "the new year|DATE|2025|"},
		{"Call the helpline 1916 or +44 20 7542 2019.", ""},
		// British clock times, live-blog stamps, "from now", "years on".
		{"Rain fell in the 24 hours ending 8.30 am on Thursday; it grew 2.30 percent.", "the 24 hours|DURATION|PT24H|;8.30 am|TIME|2024-07-18T08:30|;Thursday|DATE|2024-07-18|"},
		{"Posted 12m ago. The inauguration is 75 days from now.", "12m ago|DATE|2024-07-24|;75 days from now|DATE|2024-10-07|"},
		{"He opened the shop in 1994. Twenty-seven years on, he is still there.", "1994|DATE|1994|;Twenty-seven years on|DATE|2021|"},
		// Extents as TimeML draws them: hedges, frequencies, zones.
		{"Jurors deliberated for about nine hours at 09:40 local time.", "about nine hours|DURATION|PT9H|APPROX;09:40 local time|TIME|2024-07-24T09:40|"},
		{"Over the following three weeks, talks stalled.", "the following three weeks|DURATION|P3W|"},
		{"The rivals clashed Tuesday night in a debate broadcast live at 7 p.m.", "Tuesday night|TIME|2024-07-23TNI|;7 p.m.|TIME|2024-07-23T19:00|"},
		{"In the first half of the 20th century and the 1800s, not the 2000s.", "the 20th century|DATE|19|;the 1800s|DATE|18|;the 2000s|DATE|200|"},
		{"Profit fell in the first half of the year; a loss for the third quarter of $2 million.", "the first half of the year|DATE|2024-H1|;the third quarter|DATE|2024-Q3|"},
		{"The law takes effect on January 1.", "January 1|DATE|2025-01-01|"},
		{"The bill passed in the early hours of Saturday.", "the early hours of Saturday|TIME|2024-07-20TMO|START"},
		{"At 03:00hrs the assault began; by 05:30 hrs it was over.", "03:00hrs|TIME|2024-07-24T03:00|;05:30 hrs|TIME|2024-07-24T05:30|"},
		// Holidays, named spans, rates and designations.
		{"Talks resumed in mid-March.", "mid-March|DATE|2024-03|MID"},
		{"Smog would reach its worst level of the summer on Friday.", "the summer|DATE|2024-SU|;Friday|DATE|2024-07-26|"},
		{"Every cell made before the end of 2032 earns credit.", "the end of 2032|DATE|2032|END"},
		{"In Chicago, totality lasts from 9:27 to 10:31 p.m. CDT.", "9:27|TIME|2024-07-24T21:27|;10:31 p.m. CDT|TIME|2024-07-24T22:31|"},
		{"Sunday's total lunar eclipse: when, where and how to watch\n\nBOSTON - The moon will turn red.", "Sunday|DATE|2024-07-28|"},
		{"Negotiators called every hour through Monday night; he was months behind on his mortgage. Try ISO 1600 for the photos. The orchestra plans 40 concerts, opening on 3 October.",
			"every hour|SET|PT1H|EVERY;Monday night|TIME|2024-07-22TNI|;months|DURATION|PXM|;3 October|DATE|2024-10-03|"},
		{"China retail sales pick up in first two months", "first two months|DURATION|P2M|"},
		{"A decade on, the town falls silent. The Mass will be said at 10 a.m. on Friday; it brought down the 14th-century Basilica, and the town keeps every 24 August as a day of silence.",
			"A decade on|DATE|202|;10 a.m.|TIME|2024-07-26T10:00|;Friday|DATE|2024-07-26|;14th-century|DATE|13|;every 24 August|SET|XXXX-08-24|EVERY"},
		{"\"In 1976 we knew heat. That summer went on for weeks,\" she said. It stayed above 25C for five consecutive nights; support may come before the summer if spending fades. Most clubs run from 8am to 6pm.",
			"1976|DATE|1976|;That summer|DATE|1976-SU|;weeks|DURATION|PXW|;five consecutive nights|DURATION|P5D|;the summer|DATE|2024-SU|;8am|TIME|XXXX-XX-XXT08:00|;6pm|TIME|XXXX-XX-XXT18:00|"},
		{"The studio was busiest from about 1405 to 1420; he counted from 1200 to 1300 sheep. It was made six centuries ago and has been in France for well over a century; the bones are 150 million years old.",
			"about 1405|DATE|1405|APPROX;1420|DATE|1420|;six centuries ago|DATE|1424|;well over a century|DURATION|P1CE|MORE_THAN"},
		{"MAROVO, July 21 - Solberg won the runoff on Sunday, according to results released shortly before midnight. She spoke in 9 May Square. The closures recall September 2020, when smoke from the Labor Day fires filled the city.",
			"July 21|DATE|2024-07-21|;Sunday|DATE|2024-07-21|;midnight|TIME|2024-07-21T24:00|;September 2020|DATE|2020-09|;Labor Day|DATE|2020-09-07|"},
		{"The quake struck in 2011. Fifteen years on, every tremor takes us back.", "2011|DATE|2011|;Fifteen years on|DATE|2024|"},
		{"We were busy over Easter, which helps, but January was quiet. A day-by-day breakdown follows; it loses several kilometres of height a day, like a Long March 5B rocket.",
			"Easter|DATE|2024-03-31|;January|DATE|2024-01|;a day|SET|P1D|"},
		{"States are listed to speak Friday morning, by a tradition that goes back decades. I was scared for the last hour. The wage came in 1999. Nearly three decades on, the rate is higher.",
			"Friday morning|TIME|2024-07-26TMO|;decades|DURATION|PXDE|;the last hour|DURATION|PT1H|;1999|DATE|1999|;Nearly three decades on|DATE|202|LESS_THAN"},
		{"Japan spent 9.8 trillion yen in April and May 2022, including 5.92 trillion yen on April 29.", "April|DATE|2022-04|;May 2022|DATE|2022-05|;April 29|DATE|2022-04-29|"},
		{"Japan sold dollars on Monday afternoon, three sources said on Wednesday. The yen jumped shortly after 2:30 p.m.", "Monday afternoon|TIME|2024-07-22TAF|;Wednesday|DATE|2024-07-24|;2:30 p.m.|TIME|2024-07-22T14:30|"},
		{"He became a grandmaster at 12 years, 4 months and 25 days; Japan sold dollars on Monday afternoon Tokyo time. It took 12 years and 7 months.",
			"Monday afternoon Tokyo time|TIME|2024-07-22TAF|;12 years and 7 months|DURATION|P12Y7M|"},
		{"He arrived in London in the spring of 1956. By the end of the decade he was a regular at the club.", "the spring of 1956|DATE|1956-SP|;the end of the decade|DATE|195|END"},
		{"Vacancies fell in the July-to-September period; the market has been loosening for the best part of two years.", "the July-to-September period|DATE|2024-Q3|;the best part of two years|DURATION|P2Y|APPROX"},
		{"Back in the spring most of us thought OPEC+ would roll over cuts to end-March; unemployment among 16- to 24-year-olds rose.", "the spring|DATE|2024-SP|;end-March|DATE|2025-03|END"},
		{"Its recovery echoed the Apollo era more than half a century ago. A service will be held at 10.30am tomorrow, followed by a picnic on Sunday afternoon; you made a day of it.",
			"more than half a century ago|DATE|1974|BEFORE;10.30am tomorrow|TIME|2024-07-25T10:30|;Sunday afternoon|TIME|2024-07-28TAF|"},
		{"It recalls the shutdown of Reader in 2013, announced in March. Klopp, who won the title in 2020, announced in January that he was leaving.", "2013|DATE|2013|;March|DATE|2013-03|;2020|DATE|2020|;January|DATE|2024-01|"},
		{"Larkspur Will Shut Down Quillnote in March; Users May Export Notes Until June\n\nSAN FRANCISCO - Larkspur said on Monday that it will end the app.",
			"March|DATE|2025-03|;June|DATE|2025-06|;Monday|DATE|2024-07-22|"},
		{"Visits fell after the Fourth of July weekend.", "the Fourth of July weekend|DATE|2024-W27-WE|"},
		{"From Friday to Sunday, the traditional opening weekend, the film grossed more than \"1917\" did.", "Friday|DATE|2024-07-19|;Sunday|DATE|2024-07-21|"},
		{"The fund had assets of £8.3 billion on 31 March, up from £7.9 billion a year earlier. The firm said on Monday that revenue rose 14% from a year earlier.",
			"31 March|DATE|2024-03-31|;a year earlier|DATE|2023-03-31|;Monday|DATE|2024-07-22|;a year earlier|DATE|2023|"},
		{"The rescue recalled the collapse of a mine in 2010, when 33 men were trapped. That collapse came on Aug. 5, and they were found 17 days later.", "2010|DATE|2010|;Aug. 5|DATE|2010-08-05|;17 days later|DATE|2010-08-22|"},
		{"The first of three debates, with the last a week before the vote, lasted nearly a year.", "a week|DURATION|P1W|;nearly a year|DURATION|P1Y|LESS_THAN"},
		{"They agreed to a televised debate next Sunday evening.", "next Sunday evening|TIME|2024-08-04TEV|"},
		{"Travel will be free for the first week.", "the first week|DURATION|P1W|"},
		{"The board has not ruled out cuts before March.", "March|DATE|2025-03|"},
		{"Call between 8 a.m. and 6 p.m. Eastern, Monday through Friday; the line is open from 5.30am to midnight, Monday to Saturday. Residents used 231 litres per person a day, and appeals wait a year or more.",
			"8 a.m.|TIME|XXXX-XX-XXT08:00|;6 p.m. Eastern|TIME|XXXX-XX-XXT18:00|;Monday|SET|XXXX-WXX-1|EVERY;Friday|SET|XXXX-WXX-5|EVERY;5.30am|TIME|XXXX-XX-XXT05:30|;midnight|TIME|XXXX-XX-XXT24:00|;Monday|SET|XXXX-WXX-1|EVERY;Saturday|SET|XXXX-WXX-6|EVERY;a day|SET|P1D|;a year or more|DURATION|P1Y|EQUAL_OR_MORE"},
		{"I still get butterflies at half past six in the morning.", "half past six in the morning|TIME|XXXX-XX-XXT06:30|"},
		{"It could be weeks, she said; she paid $60 a day for a day camp. Most people alive today will never see it.", "weeks|DURATION|PXW|;a day|SET|P1D|;today|DATE|PRESENT_REF|"},
		{"Crowds gathered for the summer solstice; the biggest tides came in March 2015, when an eclipse coincided with the equinox; tides peak around the equinoxes.",
			"the summer solstice|DATE|2024-06-20|;March 2015|DATE|2015-03|;the equinox|DATE|2015-03-20|"},
		{"MINSTERWORTH - At 7.42am on Tuesday, if the tables are right, a wave will come. At 9am on Tuesday, police raided a house.",
			"7.42am|TIME|2024-07-30T07:42|;Tuesday|DATE|2024-07-30|;9am|TIME|2024-07-23T09:00|;Tuesday|DATE|2024-07-23|"},
		{"Profit rose in the first half of the year. It rose 14% to £4.1 billion, from £3.6 billion in the same period last year; income was £2.9 billion, against £2.5 billion a year earlier. A year earlier the bank was fined.",
			"the first half of the year|DATE|2024-H1|;the same period last year|DATE|2023-H1|;a year earlier|DATE|2023-H1|;A year earlier|DATE|2023|"},
		{"Raises of 2.5 per cent a year; it needs a minimum of six months, and times can be out by as much as 30 minutes. The flyby falls on a Friday the 13th.",
			"a year|SET|P1Y|;a minimum of six months|DURATION|P6M|EQUAL_OR_MORE;as much as 30 minutes|DURATION|PT30M|EQUAL_OR_LESS"},
		{"Schools closed on Family Day, the third Monday of February.", "Family Day|DATE|2024-02-19|;the third Monday of February|DATE|2024-02-19|"},
		{"Polls open on Thursday 1 August. The count will take place overnight.", "Thursday 1 August|DATE|2024-08-01|;overnight|TIME|2024-08-01TNI|"},
		{"The light was first lit in 1826. Eleven years later, on 7 September 1838, she rowed out.", "1826|DATE|1826|;Eleven years later|DATE|1838|;7 September 1838|DATE|1838-09-07|"},
		// Eid as the text states it, a day from the table's; days of Ramadan and Shawwal.
		{"Eid al-Fitr fell on Tuesday, April 9. Offices closed from 29 Ramadan to 3 Shawwal. Last year, Eid fell on Friday, April 21. Shawwal is a month.",
			"Eid al-Fitr|DATE|2024-04-09|;Tuesday, April 9|DATE|2024-04-09|;29 Ramadan|DATE|2024-04-09|;3 Shawwal|DATE|2024-04-11|;Last year|DATE|2023|;Eid|DATE|2023-04-21|;Friday, April 21|DATE|2023-04-21|;a month|DURATION|P1M|"},
		{"Wednesday, April 10, will be the first day of Eid Al Fitr, Shawwal 1, 1445 AH; the committee met on the 29th day of Ramadan.",
			"Wednesday, April 10|DATE|2024-04-10|;Eid Al Fitr|DATE|2024-04-10|;Shawwal 1, 1445 AH|DATE|2024-04-10|;the 29th day of Ramadan|DATE|2024-04-09|"},
		{"Attackers have exploited the zero-day since at least mid-March, in Windows Server 2016 and Visual Studio 2022, before the Patch Tuesday update.", "mid-March|DATE|2024-03|MID"},
		{"Final practice on Saturday is at 12:30. After Sunday's race, teams must shut their factories; the court ruled that he must leave, and set Friday as the deadline.", "Saturday|DATE|2024-07-27|;12:30|TIME|2024-07-27T12:30|;Sunday|DATE|2024-07-28|;Friday|DATE|2024-07-19|"},
		{"Both sides agreed on Monday to enter mediation next week, after Easter Monday. We will not call off Thursday's strike.", "Monday|DATE|2024-07-22|;next week|DATE|2024-W31|;Easter Monday|DATE|2024-04-01|;Thursday|DATE|2024-07-25|"},
		{"Acme tops first-quarter forecasts, raises fiscal 2025 outlook. Revenue for the quarter ended June 30 rose 17% from the year-ago quarter. For the current quarter, which ends Sept. 30, it expects more. The second half of the fiscal year is busier.",
			"first-quarter|DATE|2025-Q1|;fiscal 2025|DATE|2025|;the quarter|DATE|2025-Q1|;June 30|DATE|2024-06-30|;the year-ago quarter|DATE|2024-Q1|;the current quarter|DATE|2025-Q2|;Sept. 30|DATE|2024-09-30|;The second half of the fiscal year|DATE|2025-H2|"},
		{"Acme reported record sales for the fiscal third quarter ended June 29 and gave a forecast for fiscal 2025. For the current quarter it expects more.",
			"the fiscal third quarter|DATE|2024-Q3|;June 29|DATE|2024-06-29|;fiscal 2025|DATE|2025|;the current quarter|DATE|2024-Q3|"},
		{"The storm is expected to reach Earth on Thursday, the Met Office said on Wednesday, and could bring the aurora that night.", "Thursday|DATE|2024-07-25|;Wednesday|DATE|2024-07-24|;that night|TIME|2024-07-25TNI|"},
		{"Officials will meet the creditor committee, co-chaired by China and France, in Paris on Tuesday. The plane, hijacked by militants on Tuesday, will land.", "Tuesday|DATE|2024-07-30|;Tuesday|DATE|2024-07-23|"},
		{"People booked on Friday's cruise will hear from us soon. The man arrested on Friday will appear in court.", "Friday|DATE|2024-07-26|;soon|DATE|FUTURE_REF|;Friday|DATE|2024-07-19|"},
		{"U.S. housing starts slide to eight-month low in September", "eight-month|DURATION|P8M|;September|DATE|2024-09|"},
		{"The council voted to freeze rents for 12 months starting Jan. 1 and to cap increases annually after that.", "12 months|DURATION|P12M|;Jan. 1|DATE|2025-01-01|;annually|SET|P1Y|EVERY"},
		{"As recently as March the operator expected a similar date; he had defended her as recently as last week.", "March|DATE|2024-03|;last week|DATE|2024-W29|"},
		{"The truce holds until Sunday; it stayed quiet until Sunday.", "Sunday|DATE|2024-07-28|;Sunday|DATE|2024-07-21|"},
		{"Shops stay open for Chinese New Year.", "Chinese New Year|DATE|2024-02-10|"},
		{"Sales rose on Boxing Day 2023.", "Boxing Day 2023|DATE|2023-12-26|"},
		{"They met on Good Friday; the Good Friday Agreement was signed in 1998.", "Good Friday|DATE|2024-03-29|;1998|DATE|1998|"},
		{"Storms hit on Whit Monday; Ash Wednesday fell in February.", "Whit Monday|DATE|2024-05-20|;Ash Wednesday|DATE|2024-02-14|;February|DATE|2024-02|"},
		{"Parades were held on Corpus Christi; a refinery in Corpus Christi, Texas, shut, and Corpus Christi police said so.", "Corpus Christi|DATE|2024-05-30|"},
		{"Zelenskiy is expected at Tuesday's dinner.", "Tuesday|DATE|2024-07-30|"},
		{"Relatives would look for ways to get around Monday's ruling.", "Monday|DATE|2024-07-22|"},
		{"The board approved the budget on a 5-2 vote late Tuesday.", "late Tuesday|DATE|2024-07-23|END"},
		{"The board voted 7-0 to push back start times at the district's two high schools by 30 minutes beginning in September, a change students have sought for years.",
			"30 minutes|DURATION|PT30M|;September|DATE|2024-09|;years|DURATION|PXY|"},
		{"Protest groups plan to march to the Peace Palace on Tuesday, and the city has warned residents.", "Tuesday|DATE|2024-07-30|"},
		{"A decision will come soon. He will leave as soon as he can; it is too soon to say. He was soon gone, soon after the vote.", "soon|DATE|FUTURE_REF|"},
		{"Schools are closed today\n\n08:40 CEST\nFire chief: worst storm in decades", "today|DATE|2024-07-24|;08:40 CEST|TIME|2024-07-24T08:40|;decades|DURATION|PXDE|"},
		{"Clouds had built up through the morning. Passengers spent the night in a stranded train.", "the morning|TIME|2024-07-24TMO|;the night|TIME|2024-07-23TNI|"},
		{"Passengers on ICE 2014 spent hours near Solingen, where 2000 police officers stood; in 2000 police officers struck.", "hours|DURATION|PTXH|;2000|DATE|2000|"},
		{"The briefing opened at 12:15. It closed at 14:30, in case No. 2:16-cr-01187.", "12:15|TIME|2024-07-24T12:15|;14:30|TIME|2024-07-24T14:30|"},
		{"We may not know the winner until late tonight; the text is due by early Thursday afternoon, not at late 10 p.m.", "late tonight|TIME|2024-07-24TNI|END;early Thursday afternoon|TIME|2024-07-25TAF|START;10 p.m.|TIME|2024-07-25T22:00|"},
		{"Budgets are voted on every autumn; she lays flowers every 19 August and each Jan. 1.", "every autumn|SET|XXXX-FA|EVERY;every 19 August|SET|XXXX-08-19|EVERY;each Jan. 1|SET|XXXX-01-01|EACH"},
		{"Hoshino will report July-September results; sales in Jan-Mar 2023 rose.", "July-September|DATE|2024-Q3|;Jan-Mar 2023|DATE|2023-Q1|"},
		{"Easter Monday 2024 was quiet.", "Easter Monday 2024|DATE|2024-04-01|"},
		{"In the 1980s the city grew; the following decade it shrank.", "the 1980s|DATE|198|;the following decade|DATE|199|"},
		{"A century on, the treaty still matters.", "A century on|DATE|2024|"},
		{"Meetings are held fortnightly and buses run hourly.", "fortnightly|SET|P2W|EVERY;hourly|SET|PT1H|EVERY"},
		{"The asteroid 2019 VK14 passed Earth in 2019.", "2019|DATE|2019|"},
		{"The vote on 10/2 was delayed to 24/03/2025, on a 24/7 watch.", "10/2|DATE|2024-02-10|;24/03/2025|DATE|2025-03-24|"},
		{"The week beginning 8 July was busy.", "The week beginning 8 July|DATE|2024-W28|"},
		{"Defence moved quickly over the past decade and will over the next decade.", "the past decade|DURATION|P1DE|;the next decade|DURATION|P1DE|"},
		{"He worked six days a week and eight hours a day.", "six days a week|SET|P1W|EVERY;eight hours|DURATION|PT8H|;a day|SET|P1D|"},
		{"The ferry sails on Tuesdays and Fridays; Tuesday nights are quiet.", "Tuesdays|SET|XXXX-WXX-2|EVERY;Fridays|SET|XXXX-WXX-5|EVERY;Tuesday nights|SET|XXXX-WXX-2TNI|EVERY"},
		{"The Senate voted to fund the government through mid-December.", "mid-December|DATE|2024-12|MID"},
		{"The island was bought in 2004. The trust had been set up a decade earlier.", "2004|DATE|2004|;a decade earlier|DATE|199|"},
		{"A second, larger attack followed. Wait a second, he said.", "a second|DURATION|PT1S|"},
		{"They blew a fourth-quarter lead and trailed by the third quarter after leading at halftime.", ""},
		{"The judge ordered him to surrender his passport by Friday.", "Friday|DATE|2024-07-26|"},
		{"The first legs were on 10 and 11 March; it fell between the 3rd and 5th of June.", "10|DATE|2024-03-10|;11 March|DATE|2024-03-11|;the 3rd|DATE|2024-06-03|;5th of June|DATE|2024-06-05|"},
		{"Those floods followed record rain from mid-June to late August.", "mid-June|DATE|2024-06|MID;late August|DATE|2024-08|END"},
		{"Call the company Monday through Friday, from 8 a.m. to 6 p.m. ET. The strike ran Monday to Wednesday, from 6 a.m. to 10 p.m.", "Monday|SET|XXXX-WXX-1|EVERY;Friday|SET|XXXX-WXX-5|EVERY;8 a.m.|TIME|XXXX-XX-XXT08:00|;6 p.m. ET|TIME|XXXX-XX-XXT18:00|;Monday|DATE|2024-07-22|;Wednesday|DATE|2024-07-24|;6 a.m.|TIME|2024-07-24T06:00|;10 p.m.|TIME|2024-07-24T22:00|"},
		{"The city declared Friday a day of mourning.", "Friday|DATE|2024-07-26|"},
		{"The stock, which trades under the code 2026, opened higher.", ""},
		// "forecast" after a possessive is a noun, which looks nowhere.
		{"Minori raised its annual profit forecast after operating profit in the fourth quarter jumped.", "the fourth quarter|DATE|2023-Q4|"},
		// A day told ahead after "next week" in its sentence is that week's.
		{"About 40 companies report next week, and a reading on sentiment is due on Thursday.", "next week|DATE|2024-W31|;Thursday|DATE|2024-08-01|"},
		// Seasons history knows by name; an unknown one is a name.
		{"He played through the Summer of Love and the Winter of Discontent.", "the Summer of Love|DATE|1967-SU|;the Winter of Discontent|DATE|1978-WI|"},
		{"Tickets for the Summer of Sport go on sale.", ""},
		{"It was the summer of '69.", "the summer of '69|DATE|1969-SU|"},
		{"\"We went home at six this morning,\" she said. She is six this morning.", "six this morning|TIME|2024-07-24T06:00|;this morning|TIME|2024-07-24TMO|"},
		{"Tuesday 23 July\n15:30 Engineers restore the rules from a snapshot taken at 06:00 that morning.\nBy late afternoon the euro fetched 0.90 francs.", "Tuesday 23 July|DATE|2024-07-23|;15:30|TIME|2024-07-23T15:30|;06:00 that morning|TIME|2024-07-23T06:00|;late afternoon|TIME|2024-07-23TAF|END"},
		{"The vote is at 7pm on Sunday.", "7pm|TIME|2024-07-28T19:00|;Sunday|DATE|2024-07-28|"},
		{"Double-headers start at 3.30pm on weekends. Mass is at 9am on Sundays; the vote will be at 7pm on Sunday.", "3.30pm|TIME|XXXX-XX-XXT15:30|;weekends|SET|XXXX-WXX-WE|EVERY;9am|TIME|XXXX-XX-XXT09:00|;Sundays|SET|XXXX-WXX-7|EVERY;7pm|TIME|2024-07-28T19:00|;Sunday|DATE|2024-07-28|"},
		{"It landed at 6.17am Australian Eastern Standard Time on Monday; the shop opens at 9am British Summer Time.", "6.17am Australian Eastern Standard Time|TIME|2024-07-22T06:17|;Monday|DATE|2024-07-22|;9am British Summer Time|TIME|2024-07-24T09:00|"},
		{"A warning was valid from 1pm on Monday until 9pm on Tuesday. The climbers reached the hut shortly before 5pm. That night it snowed. The season runs until 24 October; winter begins the next day.", "1pm|TIME|2024-07-22T13:00|;Monday|DATE|2024-07-22|;9pm|TIME|2024-07-23T21:00|;Tuesday|DATE|2024-07-23|;5pm|TIME|2024-07-22T17:00|;That night|TIME|2024-07-22TNI|;24 October|DATE|2024-10-24|;the next day|DATE|2024-10-25|"},
		{"On Monday, customers could not read objects for three hours. Times below are UTC. Frankfurt is two hours ahead, so the outage began at 2:58 p.m. local time.", "Monday|DATE|2024-07-22|;three hours|DURATION|PT3H|;two hours|DURATION|PT2H|;2:58 p.m. local time|TIME|2024-07-22T14:58|"},
		{"KEY DATES\nSun 28 Jul, 22:00: last gate-in before the strike", "Sun 28 Jul|DATE|2024-07-28|;22:00|TIME|2024-07-28T22:00|"},
		{"It came more than a month before the next scheduled review in mid-December. Investors piled into bonds ahead of Tuesday's elections.", "more than a month|DURATION|P1M|MORE_THAN;mid-December|DATE|2024-12|MID;Tuesday|DATE|2024-07-30|"},
		{"HOW IT UNFOLDED\n06:58 - The bank alerts news agencies\n07:00 - Statement posted", "06:58|TIME|2024-07-24T06:58|;07:00|TIME|2024-07-24T07:00|"},
		{"MeteoSwiss had issued a warning on Monday evening, valid from 1pm on Tuesday until 9pm on Wednesday.", "Monday evening|TIME|2024-07-22TEV|;1pm|TIME|2024-07-23T13:00|;Tuesday|DATE|2024-07-23|;9pm|TIME|2024-07-24T21:00|;Wednesday|DATE|2024-07-24|"},
		{"Leaders meet at least twice a year.", "at least twice a year|SET|P1Y|"},
		{"There were nine incursions in the first half of 2024, up from six a year earlier. Investors bought 1.2 trillion yen of shares in June, against 0.3 trillion yen a year earlier.", "the first half of 2024|DATE|2024-H1|;a year earlier|DATE|2023-H1|;June|DATE|2024-06|;a year earlier|DATE|2023-06|"},
		{"The quake struck on March 11, 2011. A foreshock had struck two days earlier. Thirteen years on, every tremor takes us back to that afternoon.", "March 11, 2011|DATE|2011-03-11|;two days earlier|DATE|2011-03-09|;Thirteen years on|DATE|2024|;that afternoon|TIME|2011-03-11TAF|"},
		{"Routes open as summer schedule starts, but one will not operate in the winter season. Spring break moves to March.", "summer|DATE|2024-SU|;the winter season|DATE|2024-WI|;March|DATE|2025-03|"},
		{"It crosses Spain with over four minutes of totality, instead of over several years.", "over four minutes|DURATION|PT4M|MORE_THAN;several years|DURATION|PXY|"},
		{"The opener is on Friday, August 2. We had ten weeks together before that Friday night.", "Friday, August 2|DATE|2024-08-02|;ten weeks|DURATION|P10W|;that Friday night|TIME|2024-08-02TNI|"},
		{"Finishers can have their medals engraved in Central Park on Thursday.", "Thursday|DATE|2024-07-25|"},
		{"Scientists expect the cycle to continue for years, perhaps decades.", "years|DURATION|PXY|;decades|DURATION|PXDE|"},
		{"Rain lashed Kochi from early morning; pictures are not expected before late morning. Police made early morning raids.", "early morning|TIME|2024-07-24TMO|START;late morning|TIME|2024-07-24TMO|END"},
		{"Families travel over the Easter weekend.", "the Easter weekend|DATE|2025-W16-WE|"},
		{"The land rose by about 5mm a day; turnover topped 5 trillion yen ($33 billion) a day.", "a day|SET|P1D|;a day|SET|P1D|"},
		{"PERTH: A year from today, the Wallabies will run out at 6.45pm local time.", "A year from today|DATE|2025-07-24|;6.45pm local time|TIME|2025-07-24T18:45|"},
		{"Clocks jump from 2am to 3am local time on Sunday 28 July.", "2am|TIME|2024-07-28T02:00|;3am local time|TIME|2024-07-28T03:00|;Sunday 28 July|DATE|2024-07-28|"},
		{"This year Britain's clocks go back on 31 March and America's on 7 April. Next year the Games open on July 24.", "This year|DATE|2024|;31 March|DATE|2024-03-31|;7 April|DATE|2024-04-07|;Next year|DATE|2025|;July 24|DATE|2025-07-24|"},
		{"Stores closed at 6 p.m. on Christmas Eve and reopened on Dec. 27.", "6 p.m.|TIME|2023-12-24T18:00|;Christmas Eve|DATE|2023-12-24|;Dec. 27|DATE|2023-12-27|"},
		{"Play resumes on Wednesday, and the 11th and final round is on Friday.", "Wednesday|DATE|2024-07-24|;Friday|DATE|2024-07-26|"},
		{"In the 2020 breakdown, on Oct. 1, a failed switchover cancelled every order, the first since the bourse went electronic in 1999. Trading resumed the following day, and the president resigned the next month.", "2020|DATE|2020|;Oct. 1|DATE|2020-10-01|;1999|DATE|1999|;the following day|DATE|2020-10-02|;the next month|DATE|2020-11|"},
		{"Tokyo stocks were shut on Monday for National Foundation Day.", "Monday|DATE|2024-07-22|;National Foundation Day|DATE|2024-02-11|"},
		{"Live updates\n\n06:05\nEvacuation complete\nPolice say the evacuation began at 22:20 and was complete by 23:15.\n\nTuesday 23 July\n\n23:30\nFissure opens\nLava is flowing east.", "06:05|TIME|2024-07-24T06:05|;22:20|TIME|2024-07-23T22:20|;23:15|TIME|2024-07-23T23:15|;Tuesday 23 July|DATE|2024-07-23|;23:30|TIME|2024-07-23T23:30|"},
		{"The clocks go forward this Sunday. A failure shut it for an entire day, the first stoppage of a whole day; futures fell in the first hour of the outage.", "this Sunday|DATE|2024-07-28|;an entire day|DURATION|P1D|;a whole day|DURATION|P1D|;the first hour|DURATION|PT1H|"},
		{"Classes were suspended for Thursday. The governor spoke. \"Landfall is most likely between 10 p.m. and 2 a.m.,\" he said.", "Thursday|DATE|2024-07-25|;10 p.m.|TIME|2024-07-25T22:00|;2 a.m.|TIME|2024-07-26T02:00|"},
		{"Drivers must not stop that evening, three days before the Assumption holiday on Thursday.", "that evening|TIME|2024-07-24TEV|;three days|DURATION|P3D|;the Assumption|DATE|2024-08-15|;Thursday|DATE|2024-08-15|"},
		{"It ran just under five minutes, then under a month, just seven hours, a further five years and his first three years; a further six-month extension.", "just under five minutes|DURATION|PT5M|LESS_THAN;under a month|DURATION|P1M|LESS_THAN;just seven hours|DURATION|PT7H|;a further five years|DURATION|P5Y|;his first three years|DURATION|P3Y|;six-month|DURATION|P6M|"},
		{"It touched HK$16 in the first hour. In her final years she swam. Charges are 5% in the first year. The first year of the war was hard.", "the first hour|DURATION|PT1H|;her final years|DURATION|PXY|;the first year|DURATION|P1Y|"},
		{"Trading in Hong Kong runs from 9:30 a.m. to 4 p.m. By Tuesday evening the state had declared a curfew from 10pm to 6am.", "9:30 a.m.|TIME|XXXX-XX-XXT09:30|;4 p.m.|TIME|XXXX-XX-XXT16:00|;Tuesday evening|TIME|2024-07-23TEV|;10pm|TIME|XXXX-XX-XXT22:00|;6am|TIME|XXXX-XX-XXT06:00|"},
		{"The second session, run from 9pm to 10pm, went ahead. Working hours will be from 9am to 2pm on Friday.", "9pm|TIME|2024-07-24T21:00|;10pm|TIME|2024-07-24T22:00|;9am|TIME|2024-07-26T09:00|;2pm|TIME|2024-07-26T14:00|;Friday|DATE|2024-07-26|"},
		{"Schools break up for the summer holidays next week; MPs return after the summer recess. The autumn term is long. Kids go to summer camp.", "summer|DATE|2024-SU|;next week|DATE|2024-W31|;summer|DATE|2024-SU|;autumn|DATE|2024-FA|"},
		{"Growth was 5.1% in the financial year that ends on March 31.", "the financial year|DATE|2025|;March 31|DATE|2025-03-31|"},
		{"Schools reopen on Tuesday, Sept. 10. In 2020 smoke from fires in California, Oregon and Washington kept one in force for 11 days, from Sept. 10 to 19.", "Tuesday, Sept. 10|DATE|2024-09-10|;2020|DATE|2020|;11 days|DURATION|P11D|;Sept. 10|DATE|2020-09-10|;19|DATE|2020-09-19|"},
		{"The festival runs from Wednesday, 23 July 2025, to Sunday, 27 July 2025. Fans must register by Friday. Next July the gates will open on the Wednesday morning, and music runs until the Sunday night. The Friday explosions shook the city.", "Wednesday, 23 July 2025|DATE|2025-07-23|;Sunday, 27 July 2025|DATE|2025-07-27|;Friday|DATE|2024-07-26|;Next July|DATE|2025-07|;the Wednesday morning|TIME|2025-07-23TMO|;the Sunday night|TIME|2025-07-27TNI|;Friday|DATE|2024-07-19|"},
		{"The airline said it would publish a list of cancelled flights by Thursday evening.", "Thursday evening|TIME|2024-07-25TEV|"},
		{"The bank, whose committee meets every two months, cut its rate on Tuesday.", "every two months|SET|P2M|EVERY;Tuesday|DATE|2024-07-23|"},
		{"The budget for the period starting Aug. 1 was read at 3:18 p.m. Uganda presented its budget the same afternoon.", "Aug. 1|DATE|2024-08-01|;3:18 p.m.|TIME|2024-07-24T15:18|;the same afternoon|TIME|2024-07-24TAF|"},
		{"Flights on the June bank holiday weekend were cut; the October bank holiday is quieter.", "the June bank holiday weekend|DATE|2024-W22-WE|;the October bank holiday|DATE|2024-10-28|"},
		{"Crews walk out from 0500 Irish time on Friday, July 26, until 0500 on Sunday, July 28.", "0500 Irish time|TIME|2024-07-26T05:00|;Friday, July 26|DATE|2024-07-26|;0500|TIME|2024-07-28T05:00|;Sunday, July 28|DATE|2024-07-28|"},
		{"In 1830 Paris was calm. The ship docked at 1830 Beijing time.", "1830|DATE|1830|;1830 Beijing time|TIME|2024-07-24T18:30|"},
		{"He joined Christie's in 1966, the year the auction house reopened its wine department.", "1966|DATE|1966|;the year|DATE|1966|"},
		{"Last year the monsoon arrived on May 24. Forward bookings for the fourth quarter were up; the fourth quarter was weak; chips were booked through the fourth quarter.", "Last year|DATE|2023|;May 24|DATE|2023-05-24|;the fourth quarter|DATE|2024-Q4|;the fourth quarter|DATE|2023-Q4|;the fourth quarter|DATE|2024-Q4|"},
		{"The Treasury sets out its plans twice a year, in a statement in February and in the budget speech in June.", "twice a year|SET|P1Y|;February|DATE|XXXX-02|;June|DATE|XXXX-06|"},
		{"The rains normally reach Mumbai by June 11 and New Delhi by June 27, and cover the whole country by July 8. Q3 is typically strong, and with festivals falling sooner, demand may have been pulled into October.", "June 11|DATE|XXXX-06-11|;June 27|DATE|XXXX-06-27|;July 8|DATE|XXXX-07-08|;Q3|DATE|2024-Q3|;October|DATE|2023-10|"},
		{"The rains normally reach Mumbai by June 11 and New Delhi by June 27. The fire year runs from April 1 to March 31, and July and August are usually its busiest months.", "June 11|DATE|XXXX-06-11|;June 27|DATE|XXXX-06-27|;April 1|DATE|XXXX-04-01|;March 31|DATE|XXXX-03-31|;July|DATE|XXXX-07|;August|DATE|XXXX-08|"},
		{"The new fiscal year begins Oct. 1. Prices rose this year, and the lean season between June and August is usually the hardest.", "The new fiscal year|DATE|2025|;Oct. 1|DATE|2024-10-01|;this year|DATE|2024|;June|DATE|2024-06|;August|DATE|2024-08|"},
		{"Rates have held since 11 October 2023. Next decisions: September 12; October 11, with projections. On October 11 rates fell.", "11 October 2023|DATE|2023-10-11|;September 12|DATE|2024-09-12|;October 11|DATE|2024-10-11|;October 11|DATE|2023-10-11|"},
		{"The advisory was lifted at 4:10 a.m. on Wednesday (1910 UTC Tuesday). Officials spoke at 1:30 a.m.", "4:10 a.m.|TIME|2024-07-24T04:10|;Wednesday|DATE|2024-07-24|;1910 UTC Tuesday|TIME|2024-07-23T19:10|;1:30 a.m.|TIME|2024-07-24T01:30|"},
		{"The quake struck at 11:42 p.m. on Tuesday (1442 UTC). The first wave arrived at 12:31 a.m., 49 minutes after the quake.", "11:42 p.m.|TIME|2024-07-23T23:42|;Tuesday|DATE|2024-07-23|;1442 UTC|TIME|2024-07-23T14:42|;12:31 a.m.|TIME|2024-07-24T00:31|;49 minutes|DURATION|PT49M|"},
		{"On Sunday night the first school, Academicos de Niteroi, is due on the avenue at 9.25 p.m.", "Sunday night|TIME|2024-07-28TNI|;9.25 p.m.|TIME|2024-07-28T21:25|"},
		{"Tuesday's ruling was upheld. The results of Thursday's vote are expected by 9 p.m.", "Tuesday|DATE|2024-07-23|;Thursday|DATE|2024-07-25|;9 p.m.|TIME|2024-07-25T21:00|"},
		{"The summit overran its scheduled close on Tuesday. Most delegates fly home on Sunday, and the parade steps off at 9 a.m. on Thursday.", "Tuesday|DATE|2024-07-23|;Sunday|DATE|2024-07-28|;9 a.m.|TIME|2024-07-25T09:00|;Thursday|DATE|2024-07-25|"},
		{"The Met Office has also issued a warning for parts of England, valid from 00:00 BST on Sunday. Forecasters said Sunday was likely to be the hottest day, but said Monday was cooler.", "00:00 BST|TIME|2024-07-28T00:00|;Sunday|DATE|2024-07-28|;Sunday|DATE|2024-07-28|;Monday|DATE|2024-07-22|"},
		{"The ticket was valid until Monday.", "Monday|DATE|2024-07-22|"},
		{"The worst day was Tuesday. Officials declared Tuesday a public holiday.", "Tuesday|DATE|2024-07-23|;Tuesday|DATE|2024-07-23|"},
		{"In 1972 he released it in April. The firm, founded in 1998, reported a loss in May.", "1972|DATE|1972|;April|DATE|1972-04|;1998|DATE|1998|;May|DATE|2024-05|"},
		{"Ties worsened in 2014, when Russia annexed Crimea, and soured further in March.", "2014|DATE|2014|;March|DATE|2024-03|"},
		{"He made a 1972 album, \"Dust and Mercy,\" recorded in ten days and released in April. That year he toured.", "1972|DATE|1972|;ten days|DURATION|P10D|;April|DATE|1972-04|;That year|DATE|1972|"},
		{"Smith could not be reached for comment Tuesday; the vote could come Tuesday.", "Tuesday|DATE|2024-07-23|;Tuesday|DATE|2024-07-30|"},
		{"Neither he nor his wife could be located Tuesday. The deal could not be completed until Friday.", "Tuesday|DATE|2024-07-23|;Friday|DATE|2024-07-26|"},
		{"It recalled the 1962 precedent, when deputies brought down the government on October 5.", "1962|DATE|1962|;October 5|DATE|1962-10-05|"},
		{"Revenue is still about 20% below 2019 levels; he fired 2019 shots.", "2019|DATE|2019|"},
		{"Studios used to dump their leftovers in September. Late October is usually the busiest stretch.", "September|DATE|XXXX-09|;Late October|DATE|XXXX-10|END"},
		{"Runners gained an extra hour of sleep; many stay an extra day. Extra time was played.", "an extra hour|DURATION|PT1H|;an extra day|DURATION|P1D|"},
		{"The M6 will shut from 8pm to 6am, Monday to Friday. Both carriageways will close every other weekend; police will patrol at weekends.", "8pm|TIME|XXXX-XX-XXT20:00|;6am|TIME|XXXX-XX-XXT06:00|;Monday|SET|XXXX-WXX-1|EVERY;Friday|SET|XXXX-WXX-5|EVERY;every other weekend|SET|XXXX-WXX-WE|EVERY;weekends|SET|XXXX-WXX-WE|EVERY"},
		{"The 5 a.m. AST advisory on Saturday placed its eye north of Anegada.", "5 a.m. AST|TIME|2024-07-20T05:00|;Saturday|DATE|2024-07-20|"},
		{"Winds have risen since Monday night. Officials ordered visitors to leave by 8 p.m.", "Monday night|TIME|2024-07-22TNI|;8 p.m.|TIME|2024-07-24T20:00|"},
		{"Eight years ago today, a storm came ashore at 7:15 a.m. The next advisory is due at 2 p.m.", "Eight years ago today|DATE|2016-07-24|;7:15 a.m.|TIME|2016-07-24T07:15|;2 p.m.|TIME|2024-07-24T14:00|"},
		{"The storm was on course to reach the coast late Thursday. At 11 a.m. EDT, it was 420 miles away.", "late Thursday|DATE|2024-07-25|END;11 a.m. EDT|TIME|2024-07-24T11:00|"},
		{"The government survived a no-confidence vote late on Monday. The Senate votes on Friday.", "late on Monday|DATE|2024-07-22|END;Friday|DATE|2024-07-26|"},
		{"The film will top the box office over Labor Day weekend.", "Labor Day weekend|DATE|2024-W35-WE|"},
		{"Talks are planned for March; it rained during May. He voted for May in 2017.", "March|DATE|2025-03|;May|DATE|2024-05|;2017|DATE|2017|"},
		{"A swap planned for Orthodox Christmas, on Jan. 7, fell through.", "Orthodox Christmas|DATE|2024-01-07|;Jan. 7|DATE|2024-01-07|"},
		{"It cut rates in eight quarter-point steps.", ""},
		{"A second American, a dual national, was freed. Wait a second, he said.", "a second|DURATION|PT1S|"},
		{"\"Midnight Ferry,\" a thriller, led the box office; the deadline is Midnight Sunday.", "Midnight Sunday|TIME|2024-07-28T24:00|"},
		{"He won in 2:04:31, a pace of 4:45 per mile. Results: 1. Wilfred Kiptanui (KEN) 2:04:31. The quake hit at 4:09:12 UTC.", "4:09:12 UTC|TIME|2024-07-24T04:09:12|"},
		{"The festival runs from Wednesday to Sunday, 25 to 29 June. Saturday and August 3 are working days.", "Wednesday|DATE|2025-06-25|;Sunday|DATE|2025-06-29|;25|DATE|2025-06-25|;29 June|DATE|2025-06-29|;Saturday|DATE|2024-07-20|;August 3|DATE|2024-08-03|"},
		{"Tickets go on sale at 9am on Thursday; Term 4 ends for public schools on Friday.", "9am|TIME|2024-07-25T09:00|;Thursday|DATE|2024-07-25|;Friday|DATE|2024-07-26|"},
		{"Tickets go on general sale at 9am on Monday.", "9am|TIME|2024-07-29T09:00|;Monday|DATE|2024-07-29|"},
		{"Officials expect to screen 17.8 million people from Tuesday through July 30.", "Tuesday|DATE|2024-07-23|;July 30|DATE|2024-07-30|"},
		{"Its season runs from 1 June to 30 September each year; heating usually begins in mid-October. Firms usually hold back projects until January.", "1 June|DATE|XXXX-06-01|;30 September|DATE|XXXX-09-30|;each year|SET|P1Y|EACH;mid-October|DATE|XXXX-10|MID;January|DATE|2025-01|"},
		{"It will publish its figures for the six months to June 30 next month.", "the six months|DURATION|P6M|;June 30|DATE|2024-06-30|;next month|DATE|2024-08|"},
		{"Costs would cut earnings for the six months to December 31.", "the six months|DURATION|P6M|;December 31|DATE|2024-12-31|"},
		{"The ministry urged allies to speed up deliveries before winter.", "winter|DATE|2024-WI|"},
		{"She had been frail since the autumn but kept working.", "the autumn|DATE|2023-FA|"},
		{"He has scored 14 goals this season; they went out last season. His last season was quiet.", "this season|DATE|2024|;last season|DATE|2023|"},
		{"They will learn their opponent at the draw on Friday in Nyon, which starts at noon CET.", "Friday|DATE|2024-07-26|;noon CET|TIME|2024-07-26T12:00|"},
		{"Revenue rose 41 per cent in 2022 from a year earlier. Two years ago this week, rails buckled.", "2022|DATE|2022|;a year earlier|DATE|2021|;Two years ago this week|DATE|2022-W30|"},
		{"Officials have issued an alert from midday on Saturday until 6pm on Monday; troops have sealed off the zone since Saturday.", "midday|TIME|2024-07-27T12:00|;Saturday|DATE|2024-07-27|;6pm|TIME|2024-07-29T18:00|;Monday|DATE|2024-07-29|;Saturday|DATE|2024-07-20|"},
		{"The company lost money in the second quarter. For the full year, revenue fell. He spent months on it.", "the second quarter|DATE|2024-Q2|;the full year|DATE|2024|;months|DURATION|PXM|"},
		{"A call at 4:30 p.m. Eastern Time; results at 11:30 p.m. Pacific time Tuesday; as of 2:40 a.m. Eastern time (0740 GMT) on Thursday.", "4:30 p.m. Eastern Time|TIME|2024-07-24T16:30|;11:30 p.m. Pacific time Tuesday|TIME|2024-07-23T23:30|;2:40 a.m. Eastern time|TIME|2024-07-25T02:40|;0740 GMT|TIME|2024-07-25T07:40|;Thursday|DATE|2024-07-25|"},
		{"The race was close in 2020. Networks called it on Saturday, Nov. 7; they meet on Friday, July 26.", "2020|DATE|2020|;Saturday, Nov. 7|DATE|2020-11-07|;Friday, July 26|DATE|2024-07-26|"},
		{"Diwali falls on 10th November this year; we met the day before yesterday.", "Diwali|DATE|2024-11-10|;10th November this year|DATE|2024-11-10|;the day before yesterday|DATE|2024-07-22|"},
		{"The board meets every second Thursday and every other week.", "every second Thursday|SET|XXXX-WXX-4|EVERY;every other week|SET|P2W|EVERY"},
		{"A small daily paper; the Party daily Granma; rallies are held daily.", "daily|SET|P1D|EVERY"},
		{"Turnout beat the 2018 midterms; the 2000 soldiers left.", "2018|DATE|2018|"},
		{"I arrived here in '98, and shares are up 4% year-to-date.", "'98|DATE|1998|;year-to-date|DATE|2024|"},
		{"Prices were cut ahead of the Lunar New Year.", "the Lunar New Year|DATE|2024-02-10|"},
		{"Airlines had cancelled all flights through Thursday; the Fed will cut, up from 55% on Tuesday.", "Thursday|DATE|2024-07-25|;Tuesday|DATE|2024-07-23|"},
		{"In the week ended Friday, funds lost cash. Overnight, the Nikkei rose.", "the week ended Friday|DATE|2024-W29|;Overnight|TIME|2024-07-23TNI|"},
		{"Demand may have been pulled into June; players will have Monday off.", "June|DATE|2024-06|;Monday|DATE|2024-07-29|"},
		{"Troops landed on 25 April 1915. On Anzac Day games went on well into the evening. Orders came in the morning to start the day.", "25 April 1915|DATE|1915-04-25|;Anzac Day|DATE|2024-04-25|;the evening|TIME|2024-04-25TEV|;the morning|TIME|2024-04-25TMO|"},
		{"Rain fell on Monday and went on well into the evening.", "Monday|DATE|2024-07-22|;the evening|TIME|2024-07-22TEV|"},
		{"It comes once a quarter, not a quarter of the time. At the turn of the century, landlines ruled.", "once a quarter|SET|P1Q|;the turn of the century|DATE|2000|"},
		{"The plane landed about half an hour late. Unions march on May Day; protesters may march in May.", "about half an hour|DURATION|PT30M|APPROX;May Day|DATE|2024-05-01|;May|DATE|2025-05|"},
		{"Many fled between June and August last year.", "June|DATE|2023-06|;August last year|DATE|2023-08|"},
		{"GDP fell 4.1% in the second quarter, a smaller fall than in the previous quarter.", "the second quarter|DATE|2024-Q2|;the previous quarter|DATE|2024-Q1|"},
		{"The Shah left on Jan 16, 1979, and Khomeini returned on Feb 1. Ten days later, the army stood aside.", "Jan 16, 1979|DATE|1979-01-16|;Feb 1|DATE|1979-02-01|;Ten days later|DATE|1979-02-11|"},
		{"Iran accepted the ceasefire in 1988. Khomeini died the following June.", "1988|DATE|1988|;the following June|DATE|1989-06|"},
		{"Soldiers carried out the 2020 and 2021 coups; strikes will grow as summer approaches.", "2020|DATE|2020|;2021|DATE|2021|;summer|DATE|2024-SU|"},
		// A fronted month takes the main clause's tense past an appositive;
		// "Sen." and "Ala." do not end the sentence.
		{"In October, a week after the 25th anniversary of the Roe vs. Wade decision, a bombing in Birmingham, Ala., killed a guard.", "October|DATE|2023-10|;a week|DURATION|P1W|"},
		{"\"We are done,\" said Sen. Jane Doe, a Democrat who retires in January.", "January|DATE|2025-01|"},
		// Putting off moves a weekday ahead whatever the verb's tense.
		{"Officials postponed until Monday morning any action; the vote was delayed until Friday.", "Monday morning|TIME|2024-07-29TMO|;Friday|DATE|2024-07-26|"},
		// "the day before/after" a day is one expression a day away.
		{"The day before last Tuesday's hearing, he met them; he appeared in court the next morning. She left the day after July 4.", "The day before last Tuesday|DATE|2024-07-22|;the next morning|TIME|2024-07-23TMO|;the day after July 4|DATE|2024-07-05|"},
		// A half told in quarters; a half of a decade is not one of this year.
		{"Losses will last the first two quarters of 1990; sales rose in the last two quarters of last year.", "the first two quarters of 1990|DATE|1990-H1|;the last two quarters of last year|DATE|2023-H2|"},
		{"It marked the last half of the '80s. The second half of the decade was calm.", "the '80s|DATE|198|"},
		// A holiday's week or weekend is the ISO week it falls in.
		{"Protesters prayed as Easter week began. Traffic peaked over Thanksgiving weekend.", "Easter week|DATE|2024-W13|;Thanksgiving weekend|DATE|2023-W47-WE|"},
		// A quarter restated after a comma keeps its year; the day it ended
		// is near its end; "that quarter" is the one just named.
		{"In the year-ago quarter, the second quarter ended Oct. 31, it lost money. Results for that quarter included a charge. The fourth quarter ended Jan. 31 was better.", "the year-ago quarter|DATE|2023-Q2|;the second quarter|DATE|2023-Q2|;Oct. 31|DATE|2023-10-31|;that quarter|DATE|2023-Q2|;The fourth quarter|DATE|2023-Q4|;Jan. 31|DATE|2024-01-31|"},
		// "post-" and "pre-" years, even before a plural noun.
		{"The post-1959 politics split families; pre-1990 rules stay.", "post-1959|DATE|1959|AFTER;pre-1990|DATE|1990|BEFORE"},
		// Past the verb's reach, a date keeps the tense of an earlier date in
		// its sentence.
		{"It said two new flights would leave Bombay on Monday nights from August 1, with the third one departing early each Thursday from February 6.", "Monday nights|SET|XXXX-WXX-1TNI|EVERY;August 1|DATE|2024-08-01|;each Thursday|SET|XXXX-WXX-4|EACH;February 6|DATE|2025-02-06|"},
		// The year-ago period of earnings news, told in words.
		{"Second-quarter profit rose from the corresponding period last year and beat the comparable quarter of the previous year.", "Second-quarter|DATE|2024-Q2|;the corresponding period last year|DATE|2023-Q2|;the comparable quarter of the previous year|DATE|2023-Q2|"},
		// An hour with the part of the day instead of a.m. or p.m.
		{"He left at 4 in the morning; by 7:30 in the evening it was over. Sales fell 4 in the morning session.", "4 in the morning|TIME|2024-07-24T04:00|;7:30 in the evening|TIME|2024-07-24T19:30|"},
		// A weekday after a weekend named in its sentence is that weekend's;
		// after a week it is not ("last week, and on Tuesday analysts said").
		{"Bell's company will open the school's gymnasium and its new library to the public this weekend, from noon on Saturday. Prices fell last week, and analysts said on Tuesday that margins would shrink.", "this weekend|DATE|2024-W30-WE|;noon|TIME|2024-07-27T12:00|;Saturday|DATE|2024-07-27|;last week|DATE|2024-W29|;Tuesday|DATE|2024-07-23|"},
		// Three or six months at a year's start or end are its quarter or half.
		{"Sales for the final three months of 2022 fell; in the first six months of 2023 they rose. The first nine months of 1989 were good.", "the final three months|DURATION|P3M|;2022|DATE|2022|;the first six months|DURATION|P6M|;2023|DATE|2023|;The first nine months|DURATION|P9M|;1989|DATE|1989|"},
		// "been" + an irregular participle is a passive, not a past: the tense
		// is the auxiliary's ("would have been sent home on Monday").
		{"Workers would have been sent home on Monday; others had been sent home on Friday.", "Monday|DATE|2024-07-29|;Friday|DATE|2024-07-19|"},
		// A date set for something ahead does not move the story's time.
		{"On 18 April she called an election for 8 August. Six weeks later, the lead had shrunk.", "18 April|DATE|2024-04-18|;8 August|DATE|2024-08-08|;Six weeks later|DATE|2024-W22|"},
		// "from" compares only before a number ("up from 55% on Tuesday"), not
		// in "cross from Turkey on Thursday".
		{"The convoy was expected to cross from Turkey on Thursday; the odds rose, up from 55% on Tuesday.", "Thursday|DATE|2024-07-25|;Tuesday|DATE|2024-07-23|"},
		// A weekday after a present copula is ahead.
		{"If the flight slips, the next opportunity is Saturday; the vote is on Monday.", "Saturday|DATE|2024-07-27|;Monday|DATE|2024-07-29|"},
		// A month's year carries back to a day told as what came before it.
		{"A constitution was approved in December 1979, weeks after students stormed the embassy on Nov 4.", "December 1979|DATE|1979-12|;weeks|DURATION|PXW|;Nov 4|DATE|1979-11-04|"},
		// "next winter" after "this winter" is the one after; "closes" announces.
		{"This winter we will manage. The real problem is next winter. The Games close tomorrow; the fair closes on Feb. 11.", "This winter|DATE|2024-WI|;next winter|DATE|2025-WI|;tomorrow|DATE|2024-07-25|;Feb. 11|DATE|2025-02-11|"},
		// A headline's "X to do Y" is ahead.
		{"Saudi Arabia to unwind curbs from February\n\nRIYADH (Reuters) - Output rose.", "February|DATE|2025-02|"},
		// "USA Today" is a name and "today's world" the present age, not a day.
		{"He told USA Today that in today's world it is hard; today's rally was big.", "today|DATE|2024-07-24|"},
		// A day after a year: some day of that year.
		{"The war began in 2011. The following day, he flew home.", "2011|DATE|2011|;The following day|DATE|2011-XX-XX|"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := format(Tag(tc.text, Ref{DCT: dct}))
			if got != tc.want {
				t.Errorf("Tag(%q)\n got %s\nwant %s", tc.text, got, tc.want)
			}
		})
	}
}

// tagCase is a text tagged against its own reference date.
type tagCase struct {
	dct        time.Time
	text, want string
}

// checkTagged tags each case's text against its reference date.
func checkTagged(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, tc := range cases {
		if got := format(Tag(tc.text, Ref{DCT: tc.dct})); got != tc.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

func format(xs []Timex) string {
	var b []string
	for _, x := range xs {
		m := x.Mod
		if x.Type == Set {
			m = x.Quant
		}
		b = append(b, x.Text+"|"+string(x.Type)+"|"+x.Value+"|"+m)
	}
	return strings.Join(b, ";")
}

func TestTagNoDCT(t *testing.T) {
	tests := []struct{ text, want string }{
		{"It happened on 15 July and on Friday.", "15 July|DATE|XXXX-07-15|;Friday|DATE|XXXX-WXX-5|"},
		// Relative expressions keep their granularity.
		{"He left last week.", "last week|DATE|XXXX-WXX|"},
		{"She arrived last month.", "last month|DATE|XXXX-XX|"},
		{"It happened two years ago.", "two years ago|DATE|XXXX|"},
		{"Sales fell this quarter.", "this quarter|DATE|XXXX-QX|"},
		{"It rained three days ago.", "three days ago|DATE|XXXX-XX-XX|"},
	}
	for _, tt := range tests {
		if got := format(Tag(tt.text, Ref{})); got != tt.want {
			t.Errorf("Tag(%q) without a DCT = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestTagNarrative: with Narrative set, relative dates count from the last
// date the story told.
func TestTagNarrative(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The war began in June 1950. Two years later, an armistice was signed.",
			"June 1950|DATE|1950-06|;Two years later|DATE|1952|"},
		// Two digits take the century of the story: the Revolution's '89.
		{"The Estates-General met in May 1789. The spirit of '89 spread.",
			"May 1789|DATE|1789-05|;'89|DATE|1789|"},
		// History, as WikiWars, keeps a span with the year it lies in.
		{"It conquered Catalonia during the first two months of 1939.",
			"the first two months of 1939|DURATION|P2M|"},
		{"The siege began on 3 May 1940. On the 13th, the city fell. The next day the army withdrew.",
			"3 May 1940|DATE|1940-05-03|;the 13th|DATE|1940-05-13|;The next day|DATE|1940-05-14|"},
		// A month years ahead of the story is an aside: "April 15" is 2003's.
		{"On April 9, 2003, Baghdad fell. In November 2008, protesters staged a similar protest. On April 15 the coalition declared the invasion over.",
			"April 9, 2003|DATE|2003-04-09|;November 2008|DATE|2008-11|;April 15|DATE|2003-04-15|"},
		// A look back does not move the story's time: "January" is 1942's.
		{"Japan won at Changsha in early January 1942. The Axis kept the gains of the previous year. In Africa, Germany attacked in January.",
			"early January 1942|DATE|1942-01|START;the previous year|DATE|1941|;January|DATE|1942-01|"},
		// A plan for a later year does not move the story's time either.
		{"The offensive began on 10 March 1975, ahead of a campaign planned for 1976. The town fell on 11 March.",
			"10 March 1975|DATE|1975-03-10|;1976|DATE|1976|;11 March|DATE|1975-03-11|"},
		// A past perfect looks back, and a range of months that wraps a year
		// starts in the year before its end.
		{"They landed on Luzon in January 1945. Forces that had invaded Burma in late 1943 held on. " +
			"By March, Manila fell. The Chinese won in Burma from October to March.",
			"January 1945|DATE|1945-01|;late 1943|DATE|1943|END;March|DATE|1945-03|;October|DATE|1944-10|;March|DATE|1945-03|"},
		// A date naming an event in passing does not move the story's time.
		{"On 2 June 1793, the Convention arrested 31 leaders. Danton, the leader of the August 1792 uprising, " +
			"was removed. Meanwhile, on 24 June, the Convention adopted a constitution.",
			"2 June 1793|DATE|1793-06-02|;August 1792|DATE|1792-08|;24 June|DATE|1793-06-24|"},
		// In history a span after an event counts from the date just told
		// (in news it stays a span: TestTagNewsAfter).
		{"By 1917 the army lost 2,000 men per day.", "1917|DATE|1917|;per day|SET|P1D|"},
		{"The navy was the largest at the time, but small.", "the time|DATE|PAST_REF|"},
		{"Girona fell on 5 February 1939. Five days after the fall of Girona, the last resistance ended.",
			"5 February 1939|DATE|1939-02-05|;Five days|DATE|1939-02-10|"},
	} {
		if got := format(Tag(tc.text, Ref{DCT: dct, Narrative: true})); got != tc.want {
			t.Errorf("Tag(%q, narrative)\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// TestTagNewsAfter: outside narrative text, a span after an event stays a span.
func TestTagNewsAfter(t *testing.T) {
	text := "Girona fell on 5 February 1939. Five days after the fall of Girona, the last resistance ended."
	want := "5 February 1939|DATE|1939-02-05|;Five days|DURATION|P5D|"
	if got := format(Tag(text, Ref{DCT: dct})); got != want {
		t.Errorf("news: got %s, want %s", got, want)
	}
}

func TestTagQuarterTopic(t *testing.T) {
	checkTagged(t, []tagCase{
		// Earnings news: the quarter reported stays the topic when an earlier
		// or the current one is mentioned in passing.
		{tt(1989, 10, 26), "Third-quarter net rose 8% after a flat second quarter. The company expects a loss in the fourth quarter. " +
			"In the year-earlier period, it earned $1 a share. For the quarter a year ago, it earned $2.",
			"Third-quarter|DATE|1989-Q3|;second quarter|DATE|1989-Q2|;the fourth quarter|DATE|1989-Q4|;the year-earlier period|DATE|1988-Q3|;the quarter a year ago|DATE|1988-Q3|"},
		// Fiscal years named ahead of the calendar stay the topic: "Q2FY24"
		// told in November 2023.
		{tt(2023, 11, 6), "Revenue rose in Q2FY24 from the year-ago quarter. Units hit a record in the July-September quarter. Capex for the current fiscal is up from the last fiscal; a loss in the prior-year period.",
			"Q2FY24|DATE|2024-Q2|;the year-ago quarter|DATE|2023-Q2|;the July-September quarter|DATE|2023-Q3|;the current fiscal|DATE|2024|;the last fiscal|DATE|2023|;the prior-year period|DATE|2023-Q2|"},
		// A press release on a fiscal quarter: the quarter and the next one
		// are that fiscal year's.
		{tt(2024, 5, 2), "Northwind reported results for the third quarter of fiscal 2024. During the quarter, it bought shares. For the fourth quarter, it expects growth.",
			"the third quarter of fiscal 2024|DATE|2024-Q3|;the quarter|DATE|2024-Q3|;the fourth quarter|DATE|2024-Q4|"},
		// In February, a report on the fourth quarter: its full year is last
		// year.
		{tt(2023, 2, 2), "The company lost money in the fourth quarter. For the full year, revenue fell 19%.",
			"the fourth quarter|DATE|2022-Q4|;the full year|DATE|2022|"},
	})
}

func TestTagEmpty(t *testing.T) {
	if got := Tag("no dates here", Ref{DCT: dct}); got != nil {
		t.Errorf("got %v, want nil", got)
	}
}

func checkInvariants(t *testing.T, text string, xs []Timex) {
	t.Helper()
	prev := 0
	for _, x := range xs {
		if x.Start < prev || x.Start >= x.End || x.End > len(text) {
			t.Fatalf("bad offsets %d:%d (prev end %d, len %d) in %q", x.Start, x.End, prev, len(text), text)
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("text[%d:%d] = %q, Text = %q", x.Start, x.End, text[x.Start:x.End], x.Text)
		}
		if x.Type != Date && x.Type != Time && x.Type != Duration && x.Type != Set {
			t.Fatalf("bad type %q", x.Type)
		}
		if x.Value == "" {
			t.Fatalf("empty value for %q", x.Text)
		}
		if strings.TrimSpace(x.Text) != x.Text {
			t.Fatalf("space around %q", x.Text)
		}
		if v := x.Value; dayValue(v) {
			if _, err := time.Parse("2006-01-02", v[:10]); err != nil {
				t.Fatalf("%q valued %s, a day that does not exist", x.Text, v)
			}
		}
		prev = x.End
	}
}

func FuzzTag(f *testing.F) {
	f.Add("Putin hosted Assad on Wednesday, July 24, 2024, two years ago since March 2011.")
	f.Add("3 p.m. 11/02/89 1998-08-07 the 1990s '90s third-quarter fiscal 1989 every week")
	f.Add("Jan. 8 Sept. 30, 1998 mid-1990s the past 24 hours")
	f.Add("Q3 2024 3Q24 FY2023 FY 24 H1 2025 1H25 2024-Q3 24.07.2024 24/07/2024 2024/07/24 0100 GMT 10:00:00 2h ago")
	f.Add("8.30 am 12m ago (0915 GMT) 75 days from now 2024/25 the new year every Saturday night overnight 9/11 12/06/2023 31/05/2024")
	f.Add("Syria’s “Wednesday” 1861–1865 July 2011 … â")
	for _, name := range []string{"testdata/news.txt", "testdata/dense.txt"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		ref := Ref{DCT: dct}
		xs := Tag(text, ref)
		checkInvariants(t, text, xs)
		// Tagging is deterministic, and a timex's own text tags to itself.
		if again := Tag(text, ref); format(again) != format(xs) {
			t.Fatalf("unstable: %s vs %s", format(again), format(xs))
		}
		checkInvariants(t, text, Tag(text, Ref{}))
		// An absolute expression normalizes the same on its own (some need
		// context to be found at all: "for years").
		for _, x := range xs {
			if x.Relative {
				continue
			}
			again := Tag(x.Text, ref)
			if len(again) == 2 && again[0].Type == Date && again[1].Type == Time && (again[1].Value == x.Value || strings.HasPrefix(again[1].Value, x.Value+":")) && strings.HasPrefix(x.Value, again[0].Value+"T") {
				// A day and its time that open a line stay two expressions,
				// as a stamp's "29 Jun 2026 09:42 GMT" does; their
				// values are the joined one's (the time alone keeps its
				// seconds).
				continue
			}
			if x.Type == Duration && len(again) == 1 && again[0].Text == x.Text && again[0].Type == Date && again[0].Relative {
				// "the next week" is the span from now after "over" or
				// "spend" ("expect aftershocks over the next week") and, alone,
				// the calendar week ahead: its context tells which.
				continue
			}
			if len(again) == 1 && again[0].Text == x.Text && again[0].Value != x.Value || len(again) > 1 {
				t.Fatalf("%q in %q is %s, alone %s", x.Text, text, x.Value, format(again))
			}
		}
	})
}

// BenchmarkTag tags a news article (testdata/news.txt, about one
// expression per 300 bytes like newswire) and a text dense with dates.
func BenchmarkTag(b *testing.B) {
	for _, name := range []string{"news", "dense"} {
		data, err := os.ReadFile("testdata/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Tag(text, Ref{DCT: dct})
			}
		})
	}
}

// TestTagAgoClock: with the publication's time known, "hours ago" is a time.
func TestTagClockPastNotAhead(t *testing.T) {
	// A clock time told in the past keeps the publication day, though a day
	// ahead was just named in a quote.
	ref := Ref{DCT: time.Date(2022, 11, 8, 23, 40, 0, 0, time.UTC)}
	got := format(Tag(`"Not tonight, and probably not tomorrow either," the registrar told reporters at 10:15 p.m.`, ref))
	if want := "tonight|TIME|2022-11-08TNI|;tomorrow|DATE|2022-11-09|;10:15 p.m.|TIME|2022-11-08T22:15|"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestTagSeasonsAndSpans(t *testing.T) {
	checkTagged(t, []tagCase{
		// "this summer" in February is the year's; a winter is named by its December.
		{tt(2024, 2, 10), "Ukraine could boycott the Games this summer.", "this summer|DATE|2024-SU|"},
		{tt(2022, 10, 5), "Prices will soar as winter nears.", "winter|DATE|2022-WI|"},
		// A season lasts until its solstice or equinox: on September 1
		// summer is still under way.
		{tt(2025, 9, 1), "He moved last summer.", "last summer|DATE|2024-SU|"},
		{tt(2025, 9, 25), "He moved last summer.", "last summer|DATE|2025-SU|"},
		{tt(2016, 3, 16), "A vote is due this spring.", "this spring|DATE|2016-SP|"},
		// South of the equator summer runs from December to February and,
		// like a northern winter, is named by its December.
		{tt(2026, 1, 13), "SYDNEY — This summer has been drier than last summer. Next winter will be wet.", "This summer|DATE|2025-SU|;last summer|DATE|2024-SU|;Next winter|DATE|2026-WI|"},
		{tt(2026, 2, 19), "KILMARA, Victoria - The temperature has passed 40 degrees nine times this summer, and the board has not ruled out Stage 4 before winter.", "this summer|DATE|2025-SU|;winter|DATE|2026-WI|"},
		{tt(2026, 1, 13), "LONDON — This summer has been drier than last summer. Next winter will be wet.", "This summer|DATE|2026-SU|;last summer|DATE|2025-SU|;Next winter|DATE|2026-WI|"},
		{tt(2024, 4, 11), "Tolls rise at 9am AEST. She still owes $340 from summer and sat in the dark in winter.", "9am AEST|TIME|2024-04-11T09:00|;summer|DATE|2023-SU|;winter|DATE|2023-WI|"},
		{tt(2024, 4, 11), "Australia and New Zealand beat South Africa; Australia and Chile in summer.", "summer|DATE|2023-SU|"},
		// "from November" opens a span, whatever the verb's tense; "from
		// January to September" keeps the past.
		{tt(2022, 10, 5), "OPEC+ agreed to cut output from November.", "November|DATE|2022-11|"},
		{tt(2015, 11, 16), "Capital flight eased from January to September.", "January|DATE|2015-01|;September|DATE|2015-09|"},
	})
}

func TestTagAgoClock(t *testing.T) {
	ref := Ref{DCT: time.Date(2024, 7, 24, 1, 30, 0, 0, time.UTC)}
	got := format(Tag("The blast hit 3 hours ago.", ref))
	if want := "3 hours ago|TIME|2024-07-23T22:30|"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestTagLateReference: a story stamped late in the evening may tell the
// next day in the past tense, as it was updated past midnight; earlier in the
// day the same words mean the last such day.
func TestTagLateReference(t *testing.T) {
	const text = "The race remained too close to call as of 2:40 a.m. on Wednesday."
	for _, tc := range []struct {
		hour int
		want string
	}{
		{23, "2:40 a.m.|TIME|2024-07-24T02:40|;Wednesday|DATE|2024-07-24|"},
		{10, "2:40 a.m.|TIME|2024-07-17T02:40|;Wednesday|DATE|2024-07-17|"},
	} {
		ref := Ref{DCT: time.Date(2024, 7, 24-1, tc.hour, 40, 0, 0, time.UTC)} // a Tuesday
		if got := format(Tag(text, ref)); got != tc.want {
			t.Errorf("at %02d:40: got %s, want %s", tc.hour, got, tc.want)
		}
	}
}

func TestTagLeapDay(t *testing.T) {
	// February 29 takes the nearest leap year, never a date that does not exist.
	for _, tc := range []struct {
		dct  time.Time
		want string
	}{
		{time.Date(2009, 5, 1, 0, 0, 0, 0, time.UTC), "February 29|DATE|2008-02-29|"},
		{time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), "February 29|DATE|2024-02-29|"},
		{time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC), "February 29|DATE|2024-02-29|"},
	} {
		if got := format(Tag("Troops withdrew on February 29.", Ref{DCT: tc.dct})); got != tc.want {
			t.Errorf("DCT %s: got %s, want %s", tc.dct.Format("2006-01-02"), got, tc.want)
		}
	}
}

func TestTagLeapDayAhead(t *testing.T) {
	got := format(Tag("Troops will withdraw on February 29.", Ref{DCT: time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC)}))
	if want := "February 29|DATE|2028-02-29|"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// An agenda lists its days in order, each heading its entry: the times of
// an entry are its day's, and so is the weekday it names again.
func TestTagAgenda(t *testing.T) {
	checkTagged(t, []tagCase{
		// A week ahead, written on a Sunday.
		{tt(2026, 6, 14), "The calendar:\n\nMonday: China releases investment figures at 10:00 Beijing time.\n\nTuesday - The Fed opens its two-day meeting. Retail sales are due at 8:30 a.m. ET.\n\nWed 17: Inflation figures come out at 07:00 BST.\n\nThursday, June 18 - The bank decides at noon London time. Options expire on Thursday.\n\nFri 19 - Markets are closed.",
			"Monday|DATE|2026-06-15|;10:00 Beijing time|TIME|2026-06-15T10:00|;Tuesday|DATE|2026-06-16|;two-day|DURATION|P2D|;8:30 a.m. ET|TIME|2026-06-16T08:30|;Wed 17|DATE|2026-06-17|;07:00 BST|TIME|2026-06-17T07:00|;Thursday, June 18|DATE|2026-06-18|;noon London time|TIME|2026-06-18T12:00|;Thursday|DATE|2026-06-18|;Fri 19|DATE|2026-06-19|"},
		// A week in review, written on the Saturday.
		{tt(2026, 6, 20), "In review:\n\nMonday: Stocks fell 2% at 10:00.\n\nTuesday - The Fed held rates at 2 p.m.",
			"Monday|DATE|2026-06-15|;10:00|TIME|2026-06-15T10:00|;Tuesday|DATE|2026-06-16|;2 p.m.|TIME|2026-06-16T14:00|"},
		// On a Sunday the week a text looks ahead to starts the next day.
		{tt(2026, 6, 14), "Central banks crowd the week ahead. Two of the most closely watched central banks set rates this week. Stocks fell this week.",
			"the week ahead|DATE|2026-W25|;this week|DATE|2026-W25|;this week|DATE|2026-W24|"},
		// A weekday corrected by the holiday after it is the day "that day" means.
		{tt(2026, 6, 14), "Markets take Friday off for Juneteenth. Shanghai will be shut that day as well.",
			"Friday|DATE|2026-06-19|;Juneteenth|DATE|2026-06-19|;that day|DATE|2026-06-19|"},
		// "half an hour later" moves the clock time on; "again" is one meeting of a habit.
		{tt(2026, 6, 14), "At 2 p.m. EDT the Fed publishes its statement; the news conference starts half an hour later. The Fed, which meets eight times a year, gathers again on July 28.",
			"2 p.m. EDT|TIME|2026-06-14T14:00|;half an hour later|TIME|2026-06-14T14:30|;eight times a year|SET|P1Y|;July 28|DATE|2026-07-28|"},
	})
}

// A story told in the past: "the Monday" after its day, "the Thursday
// before" it, and the days counted from them.
func TestTagStoryWeekdays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 27), "She heard a scream on the night of 3 October. The next morning she found blood on the stairs. He died on the Monday, and a man was arrested two days later. She had seen them arguing on the Thursday before, at about 6pm.",
			"the night of 3 October|TIME|2026-10-03TNI|;The next morning|TIME|2026-10-04TMO|;the Monday|DATE|2026-10-05|;two days later|DATE|2026-10-07|;the Thursday before|DATE|2026-10-01|;about 6pm|TIME|2026-10-01T18:00|APPROX"},
	})
}

// A story decades old inside news: days without their year take the
// year of the story's season, month or year told before them, not the
// publication's, though the dateline names the same day.
func TestTagOldStory(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 25), "ROME, Thursday 25 March 2027\n\nOn this day in 1957, at about 6 p.m., twelve men in the Hall of the Horatii on the Capitoline Hill signed the treaties. A committee finished its report in April 1956. That spring, meeting in Venice on 29 and 30 May, the ministers took it up. Talks opened in Brussels on 26 June and ran until early March 1957.\n\nThe ministers met on the morning of 25 March to sign. The treaties took effect the following year, on 1 January.",
			"Thursday 25 March 2027|DATE|2027-03-25|;this day in 1957|DATE|1957-03-25|;about 6 p.m.|TIME|1957-03-25T18:00|APPROX;April 1956|DATE|1956-04|;That spring|DATE|1956-SP|;29|DATE|1956-05-29|;30 May|DATE|1956-05-30|;26 June|DATE|1956-06-26|;early March 1957|DATE|1957-03|START;the morning of 25 March|TIME|1957-03-25TMO|;the following year|DATE|1958|;1 January|DATE|1958-01-01|"},
	})
}

// A state visit's background: days take the year of the month that opens
// the sentence before, or of a month told just before in their own list.
func TestTagBackground(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 22), "In December 2022, Moscow hosted the first talks between the defence ministers. The meeting on Dec. 28 led to a meeting of foreign ministers the following May. Bogdanov visited Damascus in January last year, and the presidents first spoke by phone on Feb. 12.",
			"December 2022|DATE|2022-12|;Dec. 28|DATE|2022-12-28|;the following May|DATE|2023-05|;January last year|DATE|2025-01|;Feb. 12|DATE|2025-02-12|"},
		// Not a month inside another clause of the sentence before.
		{tt(1990, 8, 15), "Saddam appeared to accept a treaty he had rejected after the August 1988 cease-fire. Iran had condemned the invasion of Kuwait on Aug. 2.",
			"August 1988|DATE|1988-08|;Aug. 2|DATE|1990-08-02|"},
		{tt(2026, 4, 22), "We respect the agreements of the past, but they must serve the Syria of today. His minister is due back after Victory Day.",
			"the past|DATE|PAST_REF|;today|DATE|PRESENT_REF|;Victory Day|DATE|2026-05-09|"},
	})
}

// An explainer of an emergency: the coming weekend no verb places, and
// "today" in a quotation spoken the day before.
func TestTagExplainer(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 17), "When can people go home? Probably not before the weekend.", "the weekend|DATE|2026-W47-WE|"},
		{tt(2026, 11, 17), "Rain fell through the weekend.", "the weekend|DATE|2026-W46-WE|"},
		{tt(2026, 11, 17), "Superintendent Lund said at a briefing on Monday evening. \"People want certainty, and today I can't give it,\" he said. \"We act today,\" the mayor said.",
			"Monday evening|TIME|2026-11-16TEV|;today|DATE|2026-11-16|;today|DATE|2026-11-17|"},
	})
}

// A hearing's spoken times: clock times in words with the part of the day
// or the day after them, days of the month told alone, "Tuesday week".
func TestTagSpokenTimes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 20), "Supplies failed on Sunday 3 January. The committee received the timeline only at half past nine last night. HOLLIS: At twenty to six that Sunday morning. The main had burst at ten past four, and by seven o'clock we knew. Our first stations opened on the Monday.",
			"Sunday 3 January|DATE|2027-01-03|;half past nine last night|TIME|2027-01-19T21:30|;twenty to six that Sunday morning|TIME|2027-01-03T05:40|;ten past four|TIME|2027-01-03T04:10|;seven o'clock|TIME|2027-01-03T07:00|;the Monday|DATE|2027-01-04|"},
		{tt(2027, 1, 20), "You told my office on the sixth that the worst was over. I said so the following morning. It wrote to us on the fourteenth, and we replied the next day. The vote is on the 28th. He lives on the third floor.",
			"the sixth|DATE|2027-01-06|;the following morning|TIME|2027-01-07TMO|;the fourteenth|DATE|2027-01-14|;the next day|DATE|2027-01-15|;the 28th|DATE|2027-01-28|"},
		{tt(2027, 1, 20), "An interim report by Tuesday week. Sales rose on Tuesday.", "Tuesday week|DATE|2027-02-02|;Tuesday|DATE|2027-01-19|"},
	})
}

// A habit told inside a quotation does not make the clock time of the
// words after it recur; "the final quarter of" is the last.
func TestTagQuotedHabit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 16), "\"I have trained twice a day for 15 years,\" she said in a statement released at 10:00 CEST (0800 GMT). The contest ran through the final quarter of fiscal 2026.",
			"twice a day|SET|P1D|;15 years|DURATION|P15Y|;10:00 CEST|TIME|2026-10-16T10:00|;0800 GMT|TIME|2026-10-16T08:00|;the final quarter of fiscal 2026|DATE|2026-Q4|"},
		{tt(2026, 10, 16), "She trains twice a day, from 7 a.m.", "twice a day|SET|P1D|;7 a.m.|TIME|XXXX-XX-XXT07:00|"},
	})
}

// An election calendar: days after a day ahead just told, a span "later"
// that its apposition dates, and the days of a year that opens a sentence.
func TestTagElectionCalendar(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 29), "The first round is on Sunday, Nov. 15. The legislative election was on May 17. The campaign ends at 23:59 on Friday, Nov. 13, and Saturday is a day of reflection. That Sunday, polling stations open at 7 a.m. If no one wins, the top two meet again two weeks later, on Nov. 29.",
			"Sunday, Nov. 15|DATE|2026-11-15|;May 17|DATE|2026-05-17|;23:59|TIME|2026-11-13T23:59|;Friday, Nov. 13|DATE|2026-11-13|;Saturday|DATE|2026-11-14|;That Sunday|DATE|2026-11-15|;7 a.m.|TIME|2026-11-15T07:00|;two weeks later|DATE|2026-W48|;Nov. 29|DATE|2026-11-29|"},
		{tt(2026, 10, 29), "In 2001, Pires beat Veiga in the second round on Feb. 25, two weeks after the first, and took office on March 22. Ten years later, Fonseca won.",
			"2001|DATE|2001|;Feb. 25|DATE|2001-02-25|;two weeks|DURATION|P2W|;March 22|DATE|2001-03-22|;Ten years later|DATE|2011|"},
		{tt(2025, 11, 11), "The festival runs from Wednesday 24 June to Sunday 28 June 2026. The gates will open on the Wednesday morning, and the main stage will run from the Friday until late on the Sunday night.",
			"Wednesday 24 June|DATE|2026-06-24|;Sunday 28 June 2026|DATE|2026-06-28|;the Wednesday morning|TIME|2026-06-24TMO|;the Friday|DATE|2026-06-26|;the Sunday night|TIME|2026-06-28TNI|"},
	})
}

// An admissions calendar: a calendar of what is ahead goes on ahead, a
// holiday takes the side of the one before it, a clock time "that day".
func TestTagCalendarAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 3), "A second round closes on Jan. 15, with answers by mid-February. Most colleges want regular applications in early January. Counselors suggest drafting essays over Thanksgiving break rather than on New Year's Eve.",
			"Jan. 15|DATE|2027-01-15|;mid-February|DATE|2027-02|MID;early January|DATE|2027-01|START;Thanksgiving|DATE|2026-11-26|;New Year's Eve|DATE|2026-12-31|"},
		{tt(2026, 8, 3), "Applications are due on Sunday, Nov. 1, and must be in by 11:59 p.m. that day. The 2027-28 FAFSA opens by Oct. 1.",
			"Sunday, Nov. 1|DATE|2026-11-01|;11:59 p.m. that day|TIME|2026-11-01T23:59|;2027-28|DATE|2027|;Oct. 1|DATE|2026-10-01|"},
	})
}

// A fixture list: weekdays with a day number whose month comes after,
// a holiday its apposition dates, a clock time in a "when" clause of a
// day far ahead, counts with a word between them and their unit.
func TestTagFixtures(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 18), "Matchweek 18 is spread over Tuesday 29 and Wednesday 30 December. This time Boxing Day, Saturday 26 December, has all ten games. The last round is on Sunday 30 May, when all ten games kick off at 4pm. Players get 89 clear days of rest and 10 working days off; five of the rounds are midweek.",
			"Tuesday 29|DATE|2026-12-29|;Wednesday 30 December|DATE|2026-12-30|;Boxing Day|DATE|2026-12-26|;Saturday 26 December|DATE|2026-12-26|;Sunday 30 May|DATE|2027-05-30|;4pm|TIME|2027-05-30T16:00|;89 clear days|DURATION|P89D|;10 working days|DURATION|P10D|"},
		{tt(2026, 6, 18), "It costs 31 cents. Prices are due by midweek.", "midweek|DATE|2026-W25|MID"},
	})
}

// An annual review early in January: the year just ended, a winter named
// by its span, a month after a superlative, a date told by a passive.
func TestTagAnnualReview(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 4), "2026 was the third-warmest year. The winter of 2025-26 was mild, and the lowest temperature of the year was recorded at Braemar on the morning of 3 February. Then came the warmest March since records began in 1884.",
			"2026|DATE|2026|;The winter of 2025-26|DATE|2025-WI|;the year|DATE|2026|;the morning of 3 February|TIME|2026-02-03TMO|;March|DATE|2026-03|;1884|DATE|1884|"},
		{tt(2026, 6, 4), "The lowest temperature of the year was in February. The harvest may be late.", "the year|DATE|2026|;February|DATE|2026-02|"},
	})
}

// Plans: a headline's "set for", a weekday "ahead of" a possessive, the
// days of a month ahead just told.
func TestTagPlans(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 16), "FDA clears Aldane's drug a day early; U.S. launch set for third quarter\n\nThe FDA approved it on Friday, a day ahead of its Saturday action date.",
			"a day|DURATION|P1D|;third quarter|DATE|2027-Q3|;Friday|DATE|2027-04-16|;a day|DURATION|P1D|;Saturday|DATE|2027-04-17|"},
		{tt(2026, 12, 15), "Britain will host the next summit in November. Officials gave the dates as Nov. 20 and 21.",
			"November|DATE|2027-11|;Nov. 20|DATE|2027-11-20|;21|DATE|2027-11-21|"},
	})
}

// A war's count of days: "the 100th day" that a day marks, "Day 1, March
// 2" in a timeline, and the days numbered after them; a timeline entry's
// date dates its clock times.
func TestTagCountedDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 9), "NAIROBI, June 9 - Tuesday marked the 100th day of the war. The airport, hit on day 3, has been shut ever since.\n\nDay 1, March 2 - Troops cross the border at 4:30 a.m. local time.\n\nDay 42, Orthodox Easter - The division reaches the airport. It was day 2 of the trial.",
			"June 9|DATE|2026-06-09|;Tuesday|DATE|2026-06-09|;the 100th day|DATE|2026-06-09|;day 3|DATE|2026-03-04|;Day 1|DATE|2026-03-02|;March 2|DATE|2026-03-02|;4:30 a.m. local time|TIME|2026-03-02T04:30|;Day 42|DATE|2026-04-12|;Orthodox Easter|DATE|2026-04-12|"},
		{tt(2026, 6, 9), "It was day 3 of the trial.", ""},
	})
}

// "today" set against a past age is the present.
func TestTagTodayAge(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 23), "In the 19th century its early arrivals were taken as evidence of a medium; today they are put down to jets of gas. It is visible today.",
			"the 19th century|DATE|18|;today|DATE|PRESENT_REF|;today|DATE|2027-01-23|"},
	})
}

// A raid early on a Sunday: its small hours, told after the day the
// footage came out, and a time told in the past perfect beside a habit.
func TestTagSmallHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 14), "The thieves who emptied a showcase early on Sunday knew the building. Footage released on Monday shows a van stopping at 2:41 a.m. The patrol arrived at 3:08 a.m. The guard walks the galleries every 90 minutes and had passed the showcase at 2:10 a.m.",
			"early on Sunday|DATE|2026-09-13|START;Monday|DATE|2026-09-14|;2:41 a.m.|TIME|2026-09-13T02:41|;3:08 a.m.|TIME|2026-09-13T03:08|;every 90 minutes|SET|PT90M|EVERY;2:10 a.m.|TIME|2026-09-13T02:10|"},
		{tt(2026, 9, 14), "The museum opened on Monday. The van left at 2:41 a.m.", "Monday|DATE|2026-09-14|;2:41 a.m.|TIME|2026-09-14T02:41|"},
	})
}

// A central bank's minutes: a month an event of it names is the one told,
// and what an official said looks ahead to a season before or by which.
func TestTagMinutes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 9), "Officials were divided at their June 16-17 meeting. The record of the June debate will stay private until the early 2030s.",
			"June 16|DATE|2026-06-16|;17|DATE|2026-06-17|;June|DATE|2026-06|;the early 2030s|DATE|203|START"},
		{tt(2026, 7, 9), "A Fed president said in a speech on June 25 that he saw no urgency to move before the fall, while a governor said last week that waiting risked a sharper slowdown by the winter.",
			"June 25|DATE|2026-06-25|;the fall|DATE|2026-FA|;last week|DATE|2026-W27|;the winter|DATE|2026-WI|"},
	})
}

// A headline's "trucks to follow from Monday" looks ahead, and the body's
// weekdays do not read their tense from the headline; a participle after
// its noun leaves the tense to its clause's verb; a year that opens a long
// sentence dates its days.
func TestTagHeadlineTense(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 15), "Dam crossing reopens after three and a half years; trucks to follow from Monday\n\nSTANCA, April 15 - The crossing reopened on Thursday.",
			"three and a half years|DURATION|P3Y6M|;Monday|DATE|2027-04-19|;April 15|DATE|2027-04-15|;Thursday|DATE|2027-04-15|"},
		{tt(2019, 8, 8), "RBI cuts repo rate; banks under pressure to pass on cuts\n\nMUMBAI, August 8: The Reserve Bank of India on Wednesday cut its key lending rate.",
			"August 8|DATE|2019-08-08|;Wednesday|DATE|2019-08-07|"},
		{tt(2027, 7, 9), "He will be No. 1 in the rankings published on Monday. In 2023, the government forced the move to 64 through the Assembly without a vote on March 16, and the council upheld it four weeks later.",
			"Monday|DATE|2027-07-12|;2023|DATE|2023|;March 16|DATE|2023-03-16|;four weeks later|DATE|2023-W15|"},
	})
}

// A span and its rate are two expressions, as the news sets annotate
// "staffed [24 hours] [a day]"; days a week stay one rate.
func TestTagSpanRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 17), "The helpline is staffed 24 hours a day. It opens six days a week and 190 days a year.",
			"24 hours|DURATION|PT24H|;a day|SET|P1D|;six days a week|SET|P1W|EVERY;190 days|DURATION|P190D|;a year|SET|P1Y|"},
		{tt(2027, 11, 1), "The deal caps overtime at eight hours a week.", "eight hours|DURATION|PT8H|;a week|SET|P1W|"},
	})
}

// Years long past after "around", and spans a need or a guess names.
func TestTagAroundAndNeeds(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 14), "The book was illuminated in Bruges around 1480 for a merchant. Around 1200 people came.", "around 1480|DATE|1480|APPROX"},
		{tt(2026, 11, 17), "They will need weeks, probably months, before they can talk.", "weeks|DURATION|PXW|;months|DURATION|PXM|"},
	})
}

// A weekly forecast: each day's entry in order, days and midnight an entry
// names, a weekend entry and its days, and a date "on average".
func TestTagForecastWeek(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 19), "Here is the forecast.\n\nMonday: Sunny, high 78.\n\nTuesday: High 81. Storms are possible overnight into Wednesday, mainly after midnight.\n\nWednesday: Clearing, high 75.\n\nFriday: Colder, high 49.\n\nThe weekend: Sunny but chilly, with frost early Saturday.\n\nOn average, the first freeze comes on Oct. 19.",
			"Monday|DATE|2026-10-19|;Tuesday|DATE|2026-10-20|;overnight|TIME|2026-10-20TNI|;Wednesday|DATE|2026-10-21|;midnight|TIME|2026-10-20T24:00|;Wednesday|DATE|2026-10-21|;Friday|DATE|2026-10-23|;The weekend|DATE|2026-W43-WE|;early Saturday|DATE|2026-10-24|START;Oct. 19|DATE|XXXX-10-19|"},
	})
}

// "that October" is the year just told's; a participle set off by commas
// is not the verb of a date before it.
func TestTagThatMonthAndParticiple(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 1), "The airline cut the route from Sept. 1, 2009, and that October it also dropped Dublin routes. On Friday, the coffin, draped in the Tricolour, will leave the castle at 10.15am.",
			"Sept. 1, 2009|DATE|2009-09-01|;that October|DATE|2009-10|;Friday|DATE|2027-03-05|;10.15am|TIME|2027-03-05T10:15|"},
		{tt(2025, 3, 5), "South Korea's AI Basic Act, passed in December, takes effect in January.", "December|DATE|2024-12|;January|DATE|2026-01|"},
	})
}

// A date a new clause tells is another day, not the weekday before it
// restated; "did not start again until late March" tells the past.
func TestTagClauseDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 8), "Preorders open at 6 a.m. PT on Friday, the first phones ship on Sept. 17, and stores get them the following week.",
			"6 a.m. PT|TIME|2027-09-10T06:00|;Friday|DATE|2027-09-10|;Sept. 17|DATE|2027-09-17|;the following week|DATE|2027-W38|"},
		{tt(2026, 6, 14), "Markets take Friday off for Juneteenth.", "Friday|DATE|2026-06-19|;Juneteenth|DATE|2026-06-19|"},
		{tt(2026, 10, 20), "He was out for three months and did not start a match again until late March.", "three months|DURATION|P3M|;late March|DATE|2026-03|END"},
	})
}

// A quarter by its months with its year after a noun, and a date in a
// clause of its own that takes that clause's verb.
func TestTagQuarterPeriodAndClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 27), "It shrank in the April-June period of 2025 and again in the July-September quarter.",
			"the April-June period of 2025|DATE|2025-Q2|;the July-September quarter|DATE|2026-Q3|"},
		{tt(2026, 10, 20), "City will be without Moura for six weeks after a scan on Monday morning showed a tear.",
			"six weeks|DURATION|P6W|;Monday morning|TIME|2026-10-19TMO|"},
	})
}

// An incident report: clock times to the second, small hours after "the
// early hours of Sunday" though a part of a later day was told, a span
// "earlier" that its apposition dates, and a count's rate.
func TestTagIncidentReport(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 15), "A tanker that ran aground in the early hours of Sunday had spread a sheen by Monday afternoon.\n\nIt struck a rock ledge at 2:38 a.m., the Coast Guard said.",
			"the early hours of Sunday|TIME|2027-02-14TMO|START;Monday afternoon|TIME|2027-02-15TAF|;2:38 a.m.|TIME|2027-02-14T02:38|"},
		{tt(2027, 8, 12), "The train came off the track at 14:32 on Tuesday 20 July. The recorder shows it at 54 mph at 14:32:07. The last patrol took place three weeks earlier, on 29 June. It drew about 22,000 people a day.",
			"14:32|TIME|2027-07-20T14:32|;Tuesday 20 July|DATE|2027-07-20|;14:32:07|TIME|2027-07-20T14:32:07|;three weeks earlier|DATE|2027-W26|;29 June|DATE|2027-06-29|;a day|SET|P1D|"},
	})
}

// A schedule verb after a negation tells no schedule: "did not fly to Oslo
// on Sunday" is the Sunday gone by.
func TestTagNegatedSchedule(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 9), "We did not fly to Oslo on Sunday to sign papers. Ministers meet on Thursday.",
			"Sunday|DATE|2026-12-06|;Thursday|DATE|2026-12-10|"},
	})
}

// Bare weekdays after a span of days far ahead just told are its days.
func TestTagSpanDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 8), "The anniversary edition runs from Thursday, July 22, through Sunday, July 25. The band will close the main stage on Saturday, and Vance closes it on Sunday.",
			"Thursday, July 22|DATE|2027-07-22|;Sunday, July 25|DATE|2027-07-25|;Saturday|DATE|2027-07-24|;Sunday|DATE|2027-07-25|"},
		{tt(2026, 12, 8), "The fair runs from Thursday, July 22, through Sunday, July 25. Ministers met on Saturday.", "Thursday, July 22|DATE|2027-07-22|;Sunday, July 25|DATE|2027-07-25|;Saturday|DATE|2026-12-05|"},
	})
}

// Britain's spring and summer bank holidays are the last Mondays of May and
// August.
func TestTagSeasonBankHoliday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 19), "Travel firms warned of delays before the spring bank holiday on May 31.",
			"the spring bank holiday|DATE|2027-05-31|;May 31|DATE|2027-05-31|"},
		{tt(2027, 5, 19), "Trains are cut over the summer bank holiday.", "the summer bank holiday|DATE|2027-08-30|"},
	})
}

// Deep time: a span of billions of years "ago" is the past, light-years
// are a distance, and NZT is New Zealand's clock.
func TestTagDeepTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 26), "It was announced at 3:05 p.m. NZT. The light left it 13 billion years ago. The galaxy is 34 billion light-years away. The universe is 13.8 billion years old.",
			"3:05 p.m. NZT|TIME|2027-05-26T15:05|;13 billion years ago|DATE|PAST_REF|"},
	})
}

// The last weekend or weekday before a holiday is one expression.
func TestTagLastBeforeHoliday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 12, 28), "Sales peaked over the last weekend before Christmas; the final Saturday before Christmas fell on Dec. 18.",
			"the last weekend before Christmas|DATE|2027-W50-WE|;the final Saturday before Christmas|DATE|2027-12-18|;Dec. 18|DATE|2027-12-18|"},
		{tt(2027, 12, 28), "They met the Sunday after Thanksgiving.", "the Sunday after Thanksgiving|DATE|2027-11-28|"},
	})
}

// A numbered quarter that its end date restates is that quarter of the year
// it ended in.
func TestTagQuarterEnded(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 13), "For the fiscal fourth quarter, the three months ended Feb. 28, revenue rose 22%.",
			"the fiscal fourth quarter|DATE|2027-Q4|;the three months|DURATION|P3M|;Feb. 28|DATE|2027-02-28|"},
		// ... in figures too.
		{tt(2027, 4, 13), "For the fiscal fourth quarter, the 3 months ended Feb. 28, revenue rose 22%.",
			"the fiscal fourth quarter|DATE|2027-Q4|;the 3 months|DURATION|P3M|;Feb. 28|DATE|2027-02-28|"},
		{tt(2027, 4, 13), "Profit in the fourth quarter fell.", "the fourth quarter|DATE|2026-Q4|"},
	})
}

// A headline "Ariane 6 to launch ... on Friday" looks ahead, and so does a
// sentence a weekday's possessive opens in the future.
func TestTagLaunchPreview(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 16), "Ariane 6 to launch Meridian-4 satellite on Friday after valve delay\n\nThe backup is Saturday.",
			"Friday|DATE|2027-11-19|;Saturday|DATE|2027-11-20|"},
		{tt(2027, 11, 16), "Engineers checked the boosters. Friday's flight will be the sixth launch this year. Wednesday's ruling was welcomed.",
			"Friday|DATE|2027-11-19|;this year|DATE|2027|;Wednesday|DATE|2027-11-10|"},
	})
}

// "o'clock" after a number, in the half of the day a part before it says.
func TestTagOClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 26), "The family lit a candle every night at 8 o'clock. I have been awake since 5 o'clock.",
			"every night|SET|XXXX-XX-XXTNI|EVERY;8 o'clock|TIME|XXXX-XX-XXT20:00|;5 o'clock|TIME|2027-08-26T05:00|"},
	})
}

// A limit ahead of a weekday, over a clock time, with no verb to say
// otherwise; a weekday said alongside "tomorrow".
func TestTagLimitAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 19), "\"We are not expecting a clean picture before Friday,\" a forecaster said. Alerts remain in force until midnight on Sunday.",
			"Friday|DATE|2027-05-21|;midnight|TIME|2027-05-23T24:00|;Sunday|DATE|2027-05-23|"},
		{tt(2027, 5, 19), "It said it had cancelled all flights until 10 a.m. Thursday. \"Now they say maybe tomorrow, maybe Saturday.\" The day before Friday was calm.",
			"10 a.m. Thursday|TIME|2027-05-20T10:00|;Now|DATE|PRESENT_REF|;tomorrow|DATE|2027-05-20|;Saturday|DATE|2027-05-22|;The day before Friday|DATE|2027-05-13|"},
	})
}

// A second infinitive of an intent, and a deadline wanted, look ahead.
func TestTagIntentAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "Verstraeten plans to send a draft to the party presidents this weekend and to hold a session from Monday evening.",
			"this weekend|DATE|2027-W23-WE|;Monday evening|TIME|2027-06-14TEV|"},
		{tt(2027, 6, 10), "Rebels wanted a deal on the prisoners signed by Friday. They wanted a deal, which was signed by Friday.",
			"Friday|DATE|2027-06-11|;Friday|DATE|2027-06-04|"},
	})
}

// "a little" before "more than" or "over" belongs to the span.
func TestTagALittleMore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 19), "The race runs over a little more than three weeks; the crossing takes a little over two hours.",
			"a little more than three weeks|DURATION|P3W|MORE_THAN;a little over two hours|DURATION|PT2H|MORE_THAN"},
	})
}

// A hyphenated participle before its noun is an adjective, not the verb a
// date takes.
func TestTagCompoundAdjective(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 20), "Councils said they would open air-conditioned libraries as \"cool spaces\" until Saturday.",
			"Saturday|DATE|2027-07-24|"},
	})
}

// A weekday's possessive a few sentences after a short span far ahead
// is a day of that span.
func TestTagSpanPossessive(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 8), "The festival runs from Thursday, July 22, through Sunday, July 25.\n\nThe band will close the main stage on Saturday, and Vance closes it on Sunday. Thursday's opening bill belongs to younger acts, and Friday leans toward bluegrass.",
			"Thursday, July 22|DATE|2027-07-22|;Sunday, July 25|DATE|2027-07-25|;Saturday|DATE|2027-07-24|;Sunday|DATE|2027-07-25|;Thursday|DATE|2027-07-22|;Friday|DATE|2027-07-23|"},
	})
}

// A weekday's possessive in a condition looks ahead, unless its verb is past.
func TestTagConditionalPossessive(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 16), "If both Friday's attempt and the backup are lost, the next opportunity would be in December. If Monday's vote was a test, it failed.",
			"Friday|DATE|2027-11-19|;December|DATE|2027-12|;Monday|DATE|2027-11-15|"},
	})
}

// "the second Tuesday of October" after a habit is the next such day, not
// a weekday and a month apart.
func TestTagNthWeekdayOfHabit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "The chamber usually breaks up after National Day on July 21 and does not normally sit again until the new session opens on the second Tuesday of October.",
			"July 21|DATE|XXXX-07-21|;the second Tuesday of October|DATE|2027-10-12|"},
	})
}

// A weekday that fits no year near the one guessed picks the reference's.
func TestTagWeekdayFitsReferenceYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "The last formation, after the vote of June 9, 2024, took nearly eight months. Belgians voted in a snap election on Sunday, March 7.",
			"June 9, 2024|DATE|2024-06-09|;nearly eight months|DURATION|P8M|LESS_THAN;Sunday, March 7|DATE|2027-03-07|"},
	})
}

// "last year's" is the quarter compared only before a figure or results.
func TestTagLastYearsBudget(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "Growth slowed to 0.1% in the first quarter. The cabinet may spend each month one-twelfth of last year's budget.",
			"the first quarter|DATE|2027-Q1|;each month|SET|P1M|EACH;last year|DATE|2026|"},
	})
}

// Irregular pasts ("rose"), but not the noun; a contract month is the next.
func TestTagRoseAndContracts(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2028, 1, 17), "The Swale and the Ure rose through Saturday night.", "Saturday night|TIME|2028-01-15TNI|"},
		{tt(2027, 10, 26), "Soybeans rose 6 cents, and the March corn contract rose. Corn for December delivery settled at $4.62.",
			"March|DATE|2028-03|;December|DATE|2027-12|"},
	})
}

// "another" belongs to the span it extends, as "a further" does.
func TestTagAnother(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "She went on publishing for another 16 years and faces another three months on the list.",
			"another 16 years|DURATION|P16Y|;another three months|DURATION|P3M|"},
	})
}

// Rates after a measure or a percentage; not "runs an hour behind".
func TestTagMeasureRates(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "The river climbed about 3cm an hour. Bonds paying 8% a year. Brisbane runs an hour behind Sydney.",
			"an hour|SET|PT1H|;a year|SET|P1Y|;an hour|DURATION|PT1H|"},
	})
}

// A holiday in the clause of a past year is that year's.
func TestTagHolidayOfClauseYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2028, 1, 17), "In 2015 the agency had to raise the barrier on Boxing Day, and the river peaked the following day.",
			"2015|DATE|2015|;Boxing Day|DATE|2015-12-26|;the following day|DATE|2015-12-27|"},
	})
}

// "seven weeks earlier this year": a span, then a date.
func TestTagSpanThenEarlierThisYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "The trial ran for seven weeks earlier this year. It ended three years later.",
			"seven weeks|DURATION|P7W|;earlier this year|DATE|2027|START;three years later|DATE|2030|"},
	})
}

// Hours followed by a rate of days are kept day after day.
func TestTagHoursThenRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "The helpline is open from 8am to 11pm, seven days a week.",
			"8am|TIME|XXXX-XX-XXT08:00|;11pm|TIME|XXXX-XX-XXT23:00|;seven days a week|SET|P1W|EVERY"},
	})
}

// "this year's", "next year's" date the event their clause goes on to date.
func TestTagPossessiveYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 27), "Organisers said next year's race would be held on Sept. 26. He has led since 15 August 2004. It was at this year's celebration, on 15 August, that he was seen.",
			"next year|DATE|2027|;Sept. 26|DATE|2027-09-26|;15 August 2004|DATE|2004-08-15|;this year|DATE|2026|;15 August|DATE|2026-08-15|"},
	})
}

// The day a fiscal year told just before ends or begins.
func TestTagFiscalBound(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "The government's fiscal 2027 ends on Sept. 30. Fiscal 2028 began on Oct. 1.",
			"fiscal 2027|DATE|2027|;Sept. 30|DATE|2027-09-30|;Fiscal 2028|DATE|2028|;Oct. 1|DATE|2027-10-01|"},
	})
}

// "on a Saturday" is a kind of day; "the 15th falls" is a day of the month
// just told.
func TestTagKindOfDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "They will settle on Monday, May 17, because the 15th falls on a Saturday this year. He attended a Sunday night memorial.",
			"Monday, May 17|DATE|2027-05-17|;the 15th|DATE|2027-05-15|;this year|DATE|2027|;Sunday night|TIME|2027-05-09TNI|"},
		{tt(2026, 2, 17), "The moon would be hard to see on Tuesday, making a Thursday start more likely.",
			"Tuesday|DATE|2026-02-17|;Thursday|DATE|2026-02-19|"},
	})
}

// "on Sunday, the last Sunday of October" restates the Sunday, and its
// clock time moves with it.
func TestTagWeekdayRestatedByNth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 24), "Clocks go back at 2am on Sunday, the last Sunday of October.",
			"2am|TIME|2025-10-26T02:00|;Sunday|DATE|2025-10-26|;the last Sunday of October|DATE|2025-10-26|"},
	})
}

// A season in a name is no season.
func TestTagSeasonInName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 24), "Britain followed under the Summer Time Act. The Winter Olympics open. Last Summer Britain voted.",
			"Last Summer|DATE|2025-SU|"},
	})
}

// A clock time in a phrase added to a day far ahead is that day's.
func TestTagClockAddedToDayAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "Policymakers end their meeting on June 9, with the statement due at 2 p.m.",
			"June 9|DATE|2027-06-09|;2 p.m.|TIME|2027-06-09T14:00|"},
	})
}

// A weekday told ahead in a sentence about a day weeks ahead is the one
// after that day; not across "after".
func TestTagWeekdayAfterDayAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 12), "A flight leaving New York at 10pm on Saturday 27 March lands at Heathrow at 10am on Sunday.",
			"10pm|TIME|2027-03-27T22:00|;Saturday 27 March|DATE|2027-03-27|;10am|TIME|2027-03-28T10:00|;Sunday|DATE|2027-03-28|"},
		{tt(2024, 4, 2), "The bank decides at 2.30pm on Tuesday 7 May, after daylight saving ends at 3am on Sunday.",
			"2.30pm|TIME|2024-05-07T14:30|;Tuesday 7 May|DATE|2024-05-07|;3am|TIME|2024-04-07T03:00|;Sunday|DATE|2024-04-07|"},
	})
}

// "a decade ago" names the decade, and so, in news, does "a decade earlier"
// after a year.
func TestTagDecadesAgo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "A decade ago it was cheap. Four decades ago it was cheaper. In 2004 it rose; a decade earlier it fell.",
			"A decade ago|DATE|201|;Four decades ago|DATE|198|;2004|DATE|2004|;a decade earlier|DATE|199|"},
	})
}

// "0.25C a decade" is a rate; "at least another three days" one span.
func TestTagDegreesRateAtLeastAnother(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "The UK has warmed by about 0.25C a decade. It will take at least another three days.",
			"a decade|SET|P1DE|;at least another three days|DURATION|P3D|EQUAL_OR_MORE"},
	})
}

// "just over" belongs to the span, as the news sets annotate it.
func TestTagJustOver(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "Zermatt has been cut off twice in just over two years.",
			"just over two years|DURATION|P2Y|MORE_THAN"},
	})
}

// An -ed word between a forecast and its noun is an adjective.
func TestTagForecastAdjective(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 16), "MeteoSwiss expects settled weather from Thursday.", "Thursday|DATE|2026-08-20|"},
	})
}

// What was arranged for a weekday, told after it, lies ahead.
func TestTagArrangedAfter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 28), "Barge and rail slots for Monday have been cancelled.", "Monday|DATE|2027-02-01|"},
	})
}

// A split year named with its period: the whole phrase, the start year.
func TestTagSpanYearPeriods(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 26), "Exports in the 2027-28 marketing year will fall. The app opened for the 2026-27 admissions cycle.",
			"the 2027-28 marketing year|DATE|2027|;the 2026-27 admissions cycle|DATE|2026|"},
	})
}

// "the fall 2027 semester": the article is the semester's.
func TestTagSeasonYearBeforeNoun(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 3), "They hope to start with the fall 2027 semester. The summer of 2024 was hot.",
			"fall 2027|DATE|2027-FA|;The summer of 2024|DATE|2024-SU|"},
	})
}

// "the same day" in a story of a day ahead passes over a month gone told
// in passing.
func TestTagSameDayPastAside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 3), "The FAFSA must open by Oct. 1; last year's form went live in late September. The CSS Profile opens the same day.",
			"Oct. 1|DATE|2026-10-01|;last year|DATE|2025|;late September|DATE|2025-09|END;the same day|DATE|2026-10-01|"},
	})
}

// "the 11 November shopping festival": the article is the festival's.
func TestTagDayBeforeNoun(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 5), "They like the 11 November shopping festival. The 24 February saw heavy fighting.",
			"11 November|DATE|2025-11-11|;The 24 February|DATE|2025-02-24|"},
	})
}

// A count in words before "a day" is a rate.
func TestTagWordCountRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 15), "Working hours will be cut to five a day. It happened one day.",
			"a day|SET|P1D|;one day|DURATION|P1D|"},
	})
}

// "the fiscal year that begins July 1" is named by its end; "$140 more a
// year" is a rate, "a week ahead of normal" a span.
func TestTagFiscalBeginsAndRates(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 16), "The council approved a budget for the fiscal year that begins July 1. A house will pay about $140 more a year. Growers got into their fields a week ahead of normal.",
			"the fiscal year|DATE|2028|;July 1|DATE|2027-07-01|;a year|SET|P1Y|;a week|DURATION|P1W|"},
	})
}

// A weekday in a quoted title or after "the" before a capitalized word is
// a name.
func TestTagWeekdayInName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 18), "\"Tuesday Light\" drifts for six minutes. He told the Sunday Times on Monday. On Saturday Liverpool beat Chelsea.",
			"six minutes|DURATION|PT6M|;Monday|DATE|2027-03-15|;Saturday|DATE|2027-03-13|"},
	})
}

// The end of a span told in the past takes the year of the month it
// runs from.
func TestTagSpanEndPastYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 21), "The court adjourned the hearing in February 2024 until May 13, then sent the case to the home secretary, who ordered his extradition that August.",
			"February 2024|DATE|2024-02|;May 13|DATE|2024-05-13|;that August|DATE|2024-08|"},
	})
}

// "an extra two hours" and "more than half an hour" are one span each.
func TestTagExtraAndMoreThanHalf(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 21), "They get an extra two hours. A command needed more than half an hour to reach it.",
			"an extra two hours|DURATION|PT2H|;more than half an hour|DURATION|PT30M|MORE_THAN"},
	})
}

// "had hoped to" tells a plan now past.
func TestTagHadHopedTo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 31), "The club had hoped to sign him in July. It hopes to sign another in September.",
			"July|DATE|2027-07|;September|DATE|2027-09|"},
	})
}

// "moved a week later" shifts by a span; it names no date.
func TestTagShiftedSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 12), "In 2020 it began; parents asked for it to be moved a week later. Two days later it ended.",
			"2020|DATE|2020|;a week|DURATION|P1W|;Two days later|DATE|2020-XX-XX|"},
	})
}

// Counted days of an institution's calendar are spans.
func TestTagSchoolDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 12), "Parents can be fined when a child misses five school days within 10 school weeks.",
			"five school days|DURATION|P5D|;10 school weeks|DURATION|P10W|"},
	})
}

// "return affected units": a participle used as an adjective after a verb.
func TestTagAffectedAdjective(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 11), "Customers should return affected units by 31 July. The flooding affected homes in July.",
			"31 July|DATE|2026-07-31|;July|DATE|2025-07|"},
	})
}

// A small hour told in the past after tonight's late hour is this morning.
func TestTagSmallHourPastAfterTonight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 31), "Villa were racing to sign him before the window shuts at 11pm tonight. He landed at 6.40am.",
			"11pm tonight|TIME|2027-08-31T23:00|;6.40am|TIME|2027-08-31T06:40|"},
	})
}

// "Easter falls late next year, on 16 April": the holiday and the day of
// that year; "late" tells how it falls.
func TestTagHolidayFallsNextYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 12), "Easter falls late next year, on 16 April. Growth slowed late last year.",
			"Easter|DATE|2028-04-16|;next year|DATE|2028|;16 April|DATE|2028-04-16|;late last year|DATE|2026|END"},
	})
}

// A day a month or two after a day far ahead, in its sentence, takes its
// year; not a record date before its payment.
func TestTagDayAfterDayAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 12), "The summer term opens on Monday 24 April, the half-term falls in the week beginning 29 May, and term ends on Thursday 20 July 2028.",
			"summer|DATE|2028-SU|;Monday 24 April|DATE|2028-04-24|;the week beginning 29 May|DATE|2028-W22|;Thursday 20 July 2028|DATE|2028-07-20|"},
		{tt(1989, 11, 1), "The dividend is payable Jan. 2 to stock of record Dec. 15.",
			"Jan. 2|DATE|1990-01-02|;Dec. 15|DATE|1989-12-15|"},
	})
}

// Months in a phrase after "this year" take it, and a list of months runs
// on in its year.
func TestTagMonthsAfterThisYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 16), "It will be the sixth launch this year, after missions in February, April and late September. He joined last year and will leave in March.",
			"this year|DATE|2027|;February|DATE|2027-02|;April|DATE|2027-04|;late September|DATE|2027-09|END;last year|DATE|2026|;March|DATE|2028-03|"},
	})
}

// "remain in force until" looks ahead, past an aside told in the past.
func TestTagRemainInForce(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 20), "The alerts, issued on Sunday, remain in force until midnight on Sunday.",
			"Sunday|DATE|2027-07-18|;midnight|TIME|2027-07-25T24:00|;Sunday|DATE|2027-07-25|"},
	})
}

// Days after "every summer" in its sentence are any year's.
func TestTagEverySummerDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 20), "Alerts are issued every summer during a core season that runs from 1 June to 30 September.",
			"every summer|SET|XXXX-SU|EVERY;1 June|DATE|XXXX-06-01|;30 September|DATE|XXXX-09-30|"},
	})
}

// "three evenings a week" is a rate.
func TestTagPartsAWeek(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 26), "She will teach resit classes three evenings a week from September.",
			"three evenings a week|SET|P1W|EVERY;September|DATE|2027-09|"},
	})
}

// "within seconds", "with seconds to spare": some seconds.
func TestTagBareSeconds(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 26), "The first shrieks came within seconds. With seconds to spare he moved. They sold seconds.",
			"seconds|DURATION|PTXS|;seconds|DURATION|PTXS|"},
	})
}

// "the autumn gets very hard": a season and its verb, with its article;
// "the summer camp": the season alone, the article the camp's.
func TestTagSeasonVerb(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "If there is no deal by late July, the autumn gets very hard. The summer camp opens.",
			"late July|DATE|2027-07|END;the autumn|DATE|2027-FA|;summer|DATE|2027-SU|"},
	})
}

// "The 2022 ban began on 23 August": the day of the year that names the
// subject.
func TestTagYearNamedSubject(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 14), "The 2022 ban began on 23 August and lasted 11 weeks; that summer England recorded 40C for the first time, on 19 July.",
			"2022|DATE|2022|;23 August|DATE|2022-08-23|;11 weeks|DURATION|P11W|;that summer|DATE|2022-SU|;19 July|DATE|2022-07-19|"},
	})
}

// A headline's "from Friday" looks ahead; a plan that "had been set for
// Tuesday" may be past; a clock time on a holiday is that day's; "it
// forecast in August" is past.
func TestTagHeadlineFromPlanHolidayClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 14), "Hosepipe ban from Friday after driest spring\n\nThe launch had been set for Tuesday but was pushed back.",
			"Friday|DATE|2026-07-17|;Tuesday|DATE|2026-07-14|"},
		{tt(2026, 11, 24), "Stores will open at 6 a.m. on Black Friday. Shops shut at 4pm on Christmas Eve. Profit beat the $6.10 it forecast in August.",
			"6 a.m.|TIME|2026-11-27T06:00|;Black Friday|DATE|2026-11-27|;4pm|TIME|2026-12-24T16:00|;Christmas Eve|DATE|2026-12-24|;August|DATE|2026-08|"},
	})
}

// A past form in a condition after "could not" tells no time gone.
func TestTagHypothetical(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 20), "The start date could not be met if the bill waited until the autumn.",
			"the autumn|DATE|2027-FA|"},
	})
}

// A day told in the past within a span of days told a few sentences
// before is a day of that span.
func TestTagDayInPastSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 12), "Prosecutors said he set the fires between June 9 and Aug. 30, 2024. Two were set on the Fourth of July. The worst was reported on July 27.",
			"June 9|DATE|2024-06-09|;Aug. 30, 2024|DATE|2024-08-30|;the Fourth of July|DATE|2024-07-04|;July 27|DATE|2024-07-27|"},
	})
}

// "the first Sunday of every month" recurs; "the 2000 block of" is an
// address.
func TestTagNthWeekdayEveryMonthAndBlock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 17), "Entry is free on the first Sunday of every month. A church on the 2000 block of North Williams Avenue burned.",
			"the first Sunday of every month|SET|P1M|EVERY"},
	})
}

// "roughly" belongs to any expression it hedges.
func TestTagRoughly(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 1), "The detour adds roughly a week to the voyage.", "roughly a week|DURATION|P1W|APPROX"},
	})
}

// The August bank holiday's year by its last Monday; weekdays of a
// range ahead; "one minute past midnight"; a spring tide; a month "or later".
func TestTagBankHolidayRangeMidnight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 27), "Drivers heading away for the August bank holiday weekend should set off early. Euston closes from Saturday to Monday. Roads reopen at one minute past midnight on Tuesday.",
			"the August bank holiday weekend|DATE|2026-W35-WE|;Saturday|DATE|2026-08-29|;Monday|DATE|2026-08-31|;one minute past midnight|TIME|2026-09-01T00:01|;Tuesday|DATE|2026-09-01|"},
		{tt(2027, 9, 23), "Anyone vaccinated in April or later must wait. The next spring tide comes on the 28th. Born in 1994 or later.",
			"April|DATE|2027-04|;the 28th|DATE|2027-09-28|;1994 or later|DATE|1994|ON_OR_AFTER"},
	})
}

// "a quarter of a century" is 25 years.
func TestTagQuarterCentury(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 11), "It took nearly a quarter of a century. A quarter of the troops left.",
			"nearly a quarter of a century|DURATION|P25Y|LESS_THAN"},
	})
}

// "a half hour" is 30 minutes.
func TestTagAHalfHour(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 20), "He had a half hour left.", "a half hour|DURATION|PT30M|"},
	})
}

// Clock times the sentence after a day ahead are its; "5:45 p.m. that
// day" and "7:05 a.m. the next morning" are one TIME each.
func TestTagFlightTimes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 4), "The route launches on Feb. 11, 2027. The first flight is due to leave Shannon at 12:40 p.m. and land at Chicago at 3:10 p.m. local time, after about eight and a half hours and some 5,760 km in the air. The return leaves Chicago at 5:45 p.m. that day and reaches Shannon at 7:05 a.m. the next morning.",
			"Feb. 11, 2027|DATE|2027-02-11|;12:40 p.m.|TIME|2027-02-11T12:40|;3:10 p.m. local time|TIME|2027-02-11T15:10|;about eight and a half hours|DURATION|PT8H30M|APPROX;5:45 p.m. that day|TIME|2027-02-11T17:45|;7:05 a.m. the next morning|TIME|2027-02-12T07:05|"},
	})
}

// A span given as a range of counts has no one length.
func TestTagRangeOfCounts(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 20), "He will be out for six to eight weeks. It lasted 12 to 18 months.",
			"six to eight weeks|DURATION|PXW|;12 to 18 months|DURATION|PXM|"},
	})
}

// A weekday of a weekend told is not one a reporting verb or another date
// stands between; "were due to open on Aug. 12" is a plan of a day gone.
func TestTagWeekendDaysAndPastPlan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 21), "Crews expect to encircle it by next weekend, Cal Fire said on Friday, although winds forecast through Saturday evening could carry embers. Schools, which were due to open on Aug. 12, will start classes on Monday.",
			"next weekend|DATE|2026-W35-WE|;Friday|DATE|2026-08-21|;Saturday evening|TIME|2026-08-22TEV|;Aug. 12|DATE|2026-08-12|;Monday|DATE|2026-08-24|"},
		{tt(2026, 8, 21), "The team plays next weekend, in a game moved to Sunday night.",
			"next weekend|DATE|2026-W35-WE|;Sunday night|TIME|2026-08-30TNI|"},
	})
}

// A past season's story goes on in its year in the next sentence, and so
// does "In November," after a day of that year.
func TestTagSeasonStoryNextSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 21), "It revived memories of the 2018 fire season. That summer, the Mendocino Complex burned 459,123 acres. It ignited on July 27 and was declared contained on Sept. 18. In November, the Camp Fire destroyed the town of Paradise.",
			"2018|DATE|2018|;That summer|DATE|2018-SU|;July 27|DATE|2018-07-27|;Sept. 18|DATE|2018-09-18|;November|DATE|2018-11|"},
	})
}

// A new paragraph that goes back from a story decades old is another
// story.
func TestTagStoryParagraphBack(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 18), "The target has been measured by the CPI since the chancellor switched it in December 2003.\n\nThe committee held Bank Rate at 3.25% on 5 November in a 5-4 vote.",
			"December 2003|DATE|2003-12|;5 November|DATE|2026-11-05|"},
	})
}

// "will be open Monday to Saturday": the days it opens, every week.
func TestTagOpenDaysAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 24), "The building reopens on Tuesday 7 April, and will be open Monday to Saturday.",
			"Tuesday 7 April|DATE|2026-04-07|;Monday|SET|XXXX-WXX-1|EVERY;Saturday|SET|XXXX-WXX-6|EVERY"},
	})
}

// An irregular participle tells what was done then.
func TestTagIrregularParticiple(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 7), "A cloud of gas thrown off by the Sun on Tuesday is expected to reach Earth on Thursday. The film will be shown on Friday.",
			"Tuesday|DATE|2026-10-06|;Thursday|DATE|2026-10-08|;Friday|DATE|2026-10-09|"},
	})
}

// "rising from 66 to 67 on Wednesday" is a change on its day, not a
// figure compared.
func TestTagFromToChange(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 2), "The pension age will start rising from 66 to 67 on Wednesday. Rates will rise, up from 55% on Tuesday.",
			"Wednesday|DATE|2026-05-06|;Tuesday|DATE|2026-04-28|"},
	})
}

// What starts after an agreement, and what one "can" do, lie ahead.
func TestTagStartingAndCan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 14), "Both sides agreed on Thursday to a ceasefire starting at midnight Friday (2100 GMT). Residents can walk the deck from 10 a.m. to 2 p.m. Saturday. \"Monday can't come fast enough.\"",
			"Thursday|DATE|2026-05-14|;midnight Friday|TIME|2026-05-15T24:00|;2100 GMT|TIME|2026-05-15T21:00|;10 a.m.|TIME|2026-05-16T10:00|;2 p.m. Saturday|TIME|2026-05-16T14:00|;Monday|DATE|2026-05-18|"},
	})
}

// "(2340 GMT on Saturday)": the time in the other zone takes the day the
// aside names.
func TestTagAsideOnDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 22), "The tanker was hit at about 02:40 local time (2340 GMT on Saturday), officials said on Sunday.",
			"about 02:40 local time|TIME|2026-02-22T02:40|APPROX;2340 GMT|TIME|2026-02-21T23:40|;Saturday|DATE|2026-02-21|;Sunday|DATE|2026-02-22|"},
	})
}

// A weekday's possessive after "unless" looks ahead; "a Sunday schedule"
// is a kind of day; "2100 MHz" a measure; "35 qualifying years" a span.
func TestTagUnlessScheduleMeasure(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 19), "Roads should be cleared unless Thursday's snow is heavier than forecast. Buses ran on a Sunday schedule. The 2100 MHz spectrum will be reused. A full pension needs 35 qualifying years.",
			"Thursday|DATE|2027-01-21|;35 qualifying years|DURATION|P35Y|"},
	})
}

// A count a few words back makes "a day", "a year" its rate.
func TestTagCountNounRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 19), "About 35 vessels passing a day. The city averages about 170 cm of snow a year. He spent 3 weeks there a year ago.",
			"a day|SET|P1D|;a year|SET|P1Y|;3 weeks|DURATION|P3W|;a year ago|DATE|2026|"},
	})
}

// "two weeks later, on Wednesday 8 December" takes the apposition's week;
// "That July" after a season is the month of its year.
func TestTagApposedWeekdayAndThatMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 24), "The unions called a second strike day two weeks later, on Wednesday 8 December.",
			"two weeks later|DATE|2027-W49|;Wednesday 8 December|DATE|2027-12-08|"},
		{tt(2027, 10, 15), "The worst season was the summer of 2022. That July, part of the glacier broke away. The following year took another 4%.",
			"the summer of 2022|DATE|2022-SU|;That July|DATE|2022-07|;The following year|DATE|2023|"},
	})
}

// A relative's name, an address, and "longer than a week".
func TestTagNameAddressLongerThan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 13), "He proposed to his wife, June, in the third booth. The firm owns the block around 1214 N. Calvert St. The grill has closed for longer than a week only twice.",
			"longer than a week|DURATION|P1W|MORE_THAN"},
	})
}

// A month told in the past the sentence after a season of a year long
// past is of that year.
func TestTagMonthAfterPastSeason(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 15), "The worst season on record was the summer of 2022. After a winter with little snow, dust darkened the ice in March, and two heatwaves followed.",
			"the summer of 2022|DATE|2022-SU|;March|DATE|2022-03|"},
	})
}

// A holiday told in the past after a day of a past year in its sentence is
// the first one after that day.
func TestTagHolidayAfterPastDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 24), "The strike began on 5 December 2019, ran through Christmas and New Year, and became the longest rail strike.",
			"5 December 2019|DATE|2019-12-05|;Christmas|DATE|2019-12-25|;New Year|DATE|2020-01-01|"},
	})
}

// "than expected" looks at no future; a fiscal year's bounds after ",
// which" by its naming; a golf hole; a law's year.
func TestTagFiscalWhichAndTraps(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 20), "Homebuilding fell more than expected in September. Lawmakers approved spending for fiscal 2027, which began on Oct. 1. He found a bunker at the 18th, where a par would have done. The Rental Housing Act of 1995 bars rent control.",
			"September|DATE|2026-09|;fiscal 2027|DATE|2027|;Oct. 1|DATE|2026-10-01|;1995|DATE|1995|"},
		{tt(2027, 2, 11), "The company's fiscal 2027 ended on Jan. 31. Its fiscal 2026, which ends on Feb. 28, closed strongly.",
			"fiscal 2027|DATE|2027|;Jan. 31|DATE|2027-01-31|;fiscal 2026|DATE|2026|;Feb. 28|DATE|2027-02-28|"},
	})
}

// Months back from a month of a year long past, and the season and month
// after a year or month told.
func TestTagAnaphoraAfterPastMonthYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 25), "The attack followed one that hit Hackney Council in October 2020. Eight months earlier, ransomware had shut down another council. The gang published documents the following January.",
			"October 2020|DATE|2020-10|;Eight months earlier|DATE|2020-02|;the following January|DATE|2021-01|"},
		{tt(2027, 6, 20), "He last played here in 2019, when he missed the cut. He broke his wrist the following spring. In 2023 he lost; he spent the following winter at home.",
			"2019|DATE|2019|;the following spring|DATE|2020-SP|;2023|DATE|2023|;the following winter|DATE|2023-WI|"},
	})
}

// A weekday in a zone's aside is within a day of the time converted;
// "This winter" told in the past in May is the one just gone.
func TestTagAsideWeekdayAndThisWinter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 20), "He sank the putt at 6:41 p.m. local time (0141 GMT Monday).",
			"6:41 p.m. local time|TIME|2027-06-20T18:41|;0141 GMT Monday|TIME|2027-06-21T01:41|"},
		{tt(2027, 5, 19), "This winter brought a third less snow than usual. This winter will be cold.",
			"This winter|DATE|2026-WI|;This winter|DATE|2027-WI|"},
	})
}

// A deadline demanded, over a clock time, lies ahead.
func TestTagDemandingBy(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 25), "A group calling itself Nightjar posted a notice on its leak site on Tuesday evening demanding £1.8m in bitcoin by midnight Friday.",
			"Tuesday evening|TIME|2026-02-24TEV|;midnight Friday|TIME|2026-02-27T24:00|"},
	})
}

// "the year 2000" is one expression; an amount "more than" a date is
// compared with it; a price's "a year" is no habit; a headline's future
// does not reach the lede's weekday.
func TestTagYearAmountRateHeadline(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 28), "I would be an astronaut by the year 2000, he said. It was the year 1995.",
			"the year 2000|DATE|2000|;the year 1995|DATE|1995|"},
		{tt(2026, 8, 28), "That is £57 more than a year ago. Prices are 10% less than a year ago. It took more than a year.",
			"a year ago|DATE|2025|;a year ago|DATE|2025|;more than a year|DURATION|P1Y|MORE_THAN"},
		{tt(2026, 8, 28), "A home would be charged £1,812 a year for gas and electricity from October to December. The fund meets twice a year, in April and October.",
			"a year|SET|P1Y|;October|DATE|2026-10|;December|DATE|2026-12|;twice a year|SET|P1Y|;April|DATE|XXXX-04|;October|DATE|XXXX-10|"},
		{tt(2026, 12, 15), "Rules take effect Jan. 15\n\nWASHINGTON, Dec 15 - The department late Monday tightened rules.",
			"Jan. 15|DATE|2027-01-15|;Dec 15|DATE|2026-12-15|;late Monday|DATE|2026-12-14|END"},
	})
}

// A season after a colon is the year told; a part of the day forecast is
// that day's; a clock time a few words after a day long past is that day's.
func TestTagColonSeasonForecastPart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 14), "It began on 14 June 1976. It hardly rained again for weeks: that summer was one of the hottest on record.",
			"14 June 1976|DATE|1976-06-14|;weeks|DURATION|PXW|;that summer|DATE|1976-SU|"},
		{tt(2026, 6, 14), "The ceremony on Monday 14 June 1976 was pushed forward to 11am because rain was forecast for the afternoon.",
			"Monday 14 June 1976|DATE|1976-06-14|;11am|TIME|1976-06-14T11:00|;the afternoon|TIME|1976-06-14TAF|"},
	})
}

// A month in a condition of what will be lies ahead.
func TestTagConditionOfFuture(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 28), `"If we get snow in January or February, the system will cope," he said. If we got snow in January, the system coped.`,
			"January|DATE|2027-01|;February|DATE|2027-02|;January|DATE|2026-01|"},
		{tt(2027, 5, 10), `"If they let us in on Saturday, I am taking the photo albums," she said.`,
			"Saturday|DATE|2027-05-15|"},
	})
}

// The day of the saying, however far into the sentence, does not take the
// clock times after it from the day the news is about; a count "as of" a
// day does not hold them.
func TestTagSaidDayFarInSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 10), "All 143 residents were ordered out on Sunday evening after geologists measured parts of the mountainside above it moving up to 30 centimetres a day, local authorities said on Monday. The municipality raised the danger level to 4 at 6 p.m.",
			"Sunday evening|TIME|2027-05-09TEV|;a day|SET|P1D|;Monday|DATE|2027-05-10|;6 p.m.|TIME|2027-05-09T18:00|"},
		{tt(2027, 10, 25), "U.S. farmers had harvested about 60% of their corn as of Sunday, well ahead of the five-year average of 47%, the Agriculture Department said Monday. The count, released at 4 p.m. EDT, showed the harvest advancing.",
			"Sunday|DATE|2027-10-24|;five-year|DURATION|P5Y|;Monday|DATE|2027-10-25|;4 p.m. EDT|TIME|2027-10-25T16:00|"},
	})
}

// A day in a long "when" clause after a past year is of that year.
func TestTagLongWhenClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 10), "It would be the largest landslide in Graubünden since 2017, when about 3 million cubic metres of rock broke away from Piz Cengalo above the village of Bondo at about 9:30 a.m. on 23 August. A second debris flow swept into Bondo two days later.",
			"2017|DATE|2017|;about 9:30 a.m.|TIME|2017-08-23T09:30|APPROX;23 August|DATE|2017-08-23|;two days later|DATE|2017-08-25|"},
	})
}

// "weekly" and "monthly" before the noun they qualify are no SET; as
// adverbs, or in "a monthly basis", they are.
func TestTagAttributiveFrequency(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 28), "It released fixes in its monthly security update. It has 3.1 million monthly users and a weekly digest. He is paid monthly since 2020. They meet weekly on Fridays. It is reviewed on a monthly basis. It is published weekly.",
			"monthly|SET|P1M|EVERY;2020|DATE|2020|;weekly|SET|P1W|EVERY;Fridays|SET|XXXX-WXX-5|EVERY;monthly|SET|P1M|EVERY;weekly|SET|P1W|EVERY"},
	})
}

// A range of months across the new year, set off as the span of a season,
// is the one under way.
func TestTagSeasonRangeUnderWay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 17), "The bureau's outlook for the wet season, from November to April, had forecast an above-average number of cyclones. Sales fell from November to January.",
			"November|DATE|2026-11|;April|DATE|2027-04|;November|DATE|2026-11|;January|DATE|2027-01|"},
	})
}

// The sentence after a year long past, told in the past, goes on in that
// year; a year counted back ("41 years ago") does not carry.
func TestTagStoryOfOldYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 27), "The first crossing was made by Captain Matthew Webb in 1875. Webb set off from Dover at 12.56pm on 24 August and crawled ashore near Calais the following morning.",
			"1875|DATE|1875|;12.56pm|TIME|1875-08-24T12:56|;24 August|DATE|1875-08-24|;the following morning|TIME|1875-08-25TMO|"},
		{tt(2000, 1, 15), "It was the biggest rally since the revolution that brought Castro to power 41 years ago. Elian was found clinging to an inner tube Nov. 25 off the coast of Florida.",
			"41 years ago|DATE|1959|;Nov. 25|DATE|1999-11-25|"},
	})
}

// A date something is put back to lies ahead; "would normally be due" is
// this occasion's date, not a habit.
func TestTagPostponedToAndNormallyDue(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 17), "IRS pushes tax deadline to Oct. 15 for storm victims\n\nThat includes payments that would normally be due April 15 and June 15. It does not push the deadline past Oct. 15. The rains normally reach Mumbai by June 11.",
			"Oct. 15|DATE|2027-10-15|;April 15|DATE|2027-04-15|;June 15|DATE|2027-06-15|;Oct. 15|DATE|2027-10-15|;June 11|DATE|XXXX-06-11|"},
	})
}

// A game clock is no time of day; "a second-round series" is no second; a
// reminder to do something on a day looks ahead.
func TestTagGameClockSecondRoundReminder(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 30), "Mason Reilly scored 2:14 into overtime Thursday night. Colorado tied it with 1:48 left in regulation, in a second-round series. Wait a second.",
			"Thursday night|TIME|2027-04-29TNI|;a second|DURATION|PT1S|"},
		{tt(2027, 3, 26), "The DGT traffic authority reminded drivers to reset car clocks on Saturday night.",
			"Saturday night|TIME|2027-03-27TNI|"},
		{tt(2027, 4, 30), "The series opened on April 20. Colorado evened it two nights later. They toured for five nights.",
			"April 20|DATE|2027-04-20|;two nights later|TIME|2027-04-22TNI|;five nights|DURATION|P5D|"},
	})
}

// "that Saturday night" in a story told in the past is the Saturday after
// the day of the story.
func TestTagThatWeekdayOfStory(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 17), "The storms moved across Kentucky starting Friday, Feb. 26, spawning at least 14 tornadoes. The worst came that Saturday night, when a tornado tore through Bowling Green shortly after 11 p.m.",
			"Friday, Feb. 26|DATE|2027-02-26|;that Saturday night|TIME|2027-02-27TNI|;11 p.m.|TIME|2027-02-27T23:00|"},
	})
}

// What "was due" on a weekday is a deadline gone, unless a report tells it.
func TestTagWasDue(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 17), "Partnerships whose returns were due Monday are covered. The report is due Monday. He said the report was due Friday.",
			"Monday|DATE|2027-03-15|;Monday|DATE|2027-03-22|;Friday|DATE|2027-03-19|"},
	})
}

// A rate per quarter after a percentage; a range of years between two
// numbers whose end carries BC.
func TestTagQuarterRateAndBCBetween(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 22), "We expect growth of only about 0.2% a quarter. A quarter of the vote went to him. It comes once a quarter.",
			"a quarter|SET|P1Q|;once a quarter|SET|P1Q|"},
		{tt(2028, 3, 9), "Tests place her burial between 1510 and 1440 BC. Between 2000 and 2010 sales rose.",
			"1510|DATE|BC1510|;1440 BC|DATE|BC1440|;2000|DATE|2000|;2010|DATE|2010|"},
	})
}

// "a last night", "their last night", "the last night of the tour" are a
// final night, not the night before the reference.
func TestTagFinalNight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 16), "The tour ends in Leeds on Friday 26 June and a last night in Dublin two days later. On the last night of the tour they played. Their last night out was fun. It rained last night.",
			"Friday 26 June|DATE|2026-06-26|;two days later|DATE|2026-06-28|;last night|TIME|2026-03-15TNI|"},
	})
}

// "last February" said in March is the year before's: the month just gone
// would be "last month".
func TestTagLastMonthNameJustGone(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(1998, 3, 1), "Two helicopters crashed last February. He left last January. It rained last March.",
			"last February|DATE|1997-02|;last January|DATE|1998-01|;last March|DATE|1997-03|"},
	})
}

// "V-E Day" with its hyphen; "every fortnight" is two weeks; a place's
// number and a season that opens a name are no dates.
func TestTagVEDayFortnightNames(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 14), "On V-E Day his company was in Czechoslovakia. V-J Day came later. A relief boat came out every fortnight.",
			"V-E Day|DATE|1945-05-08|;V-J Day|DATE|1945-08-15|;every fortnight|SET|P2W|EVERY"},
		{tt(2027, 10, 1), "He will hear the case in Courtroom 1925. Plants prepared for cold since Winter Storm Uri in February 2021. Pupils in Spring Valley were barred. In Spring 2027 it opens.",
			"February 2021|DATE|2021-02|;Spring 2027|DATE|2027-SP|"},
	})
}

// "the fiscal year ending March 2028" is that year, named by its end; the
// year "ended" on a day stays a span, as TimeBank has it.
func TestTagFiscalYearEnding(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 8), "It cut its forecast for the fiscal year ending March 2028. Growth in the fiscal year ended Sept. 30, 2026 was slow.",
			"the fiscal year|DATE|2028|;March 2028|DATE|2028-03|;the fiscal year|DURATION|P1Y|;Sept. 30, 2026|DATE|2026-09-30|"},
	})
}

// What forecasters "see" lies ahead; data for a month tell a month gone.
func TestTagSeeAheadDataFor(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 8), "Most see a cut in February. Analysts see another hike by June. I went to see a play in March. Data for September are due on Tuesday.",
			"February|DATE|2028-02|;June|DATE|2028-06|;March|DATE|2027-03|;September|DATE|2027-09|;Tuesday|DATE|2027-10-12|"},
		// ... but not what they did not see, or "didn't" ("didn", "'", "t").
		{tt(2027, 10, 8), "Analysts didn't see a cut in March.", "March|DATE|2027-03|"},
	})
}

// A headline's "to start Monday" looks ahead.
func TestTagHeadlineToStart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 1), "Jury selection to start Monday in hospital software antitrust trial\n\nCHICAGO, Oct 1 (Reuters) - Jury selection begins on Monday.",
			"Monday|DATE|2027-10-04|;Oct 1|DATE|2027-10-01|;Monday|DATE|2027-10-04|"},
	})
}

// A date inside a short quoted title is no date; a quoted sentence, a lone
// quoted day and a quoted named period are.
func TestTagQuotedTitle(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2028, 11, 12), "Zupan's 'A Sunday in March' takes top prize. They watch \"Friday Night Lights\" on Friday. \"Monday is fine,\" he said. She said 'Monday'. The 'Summer of Love' was in 1967.",
			"Friday|DATE|2028-11-10|;Monday|DATE|2028-11-13|;Monday|DATE|2028-11-06|;Summer of Love|DATE|1967-SU|;1967|DATE|1967|"},
	})
}

// A clock time "that Saturday" is the Saturday told; "11:40 that night" is
// the evening's hour; a new deadline lies ahead.
func TestTagClockThatWeekdayNightDeadline(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 23), "The window ran from Jan. 5 to Feb. 13. The system buckled at about 8:40 p.m. that Saturday, when traffic was high. \"At 11:40 that night the page was still spinning,\" she said.",
			"Jan. 5|DATE|2027-01-05|;Feb. 13|DATE|2027-02-13|;about 8:40 p.m. that Saturday|TIME|2027-02-13T20:40|APPROX;11:40 that night|TIME|2027-02-13T23:40|"},
		{tt(2027, 2, 23), "He left at 11:40 last night. At 7:15 this morning it rained. The board voted Monday night to reopen applications, with a new deadline at 11:59 p.m. Friday.",
			"11:40 last night|TIME|2027-02-22T23:40|;7:15 this morning|TIME|2027-02-23T07:15|;Monday night|TIME|2027-02-22TNI|;11:59 p.m. Friday|TIME|2027-02-26T23:59|"},
	})
}

// A rescue told the Monday after: the promise "would be back by 3pm", the
// clock time and "the night" after it, and "overnight" before "the
// following morning" are all of the Saturday.
func TestTagRescueWeekend(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 1), "Two climbers who were reported missing at 4.15pm on Saturday were found alive the following morning, after volunteers searched overnight. The men had set off on Saturday morning. They had promised a friend they would be back by 3pm. The helicopter turned back shortly after 6pm, leaving the team to search on foot through the night.",
			"4.15pm|TIME|2027-02-27T16:15|;Saturday|DATE|2027-02-27|;the following morning|TIME|2027-02-28TMO|;overnight|TIME|2027-02-27TNI|;Saturday morning|TIME|2027-02-27TMO|;3pm|TIME|2027-02-27T15:00|;6pm|TIME|2027-02-27T18:00|;the night|TIME|2027-02-27TNI|"},
	})
}

// "the first half of" a thing is no half-year; of the year, it is.
func TestTagHalfOfAThing(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 3), "The first half of the new tax bills will be due July 1. He scored in the first half of the match. Sales rose in the first half of the year.",
			"July 1|DATE|2026-07-01|;the first half of the year|DATE|2026-H1|"},
	})
}

// A Test's days, counted from the day a report tells as "the fourth day of"
// the match.
func TestTagCountedMatchDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 19), "LEEDS - Tom Crane made his first Test century in 18 months on the fourth day of the third Ashes Test. England closed the third day on 143 for three. Tickets for the fifth day cost £25.",
			"18 months|DURATION|P18M|;the fourth day|DATE|2027-07-19|;the third day|DATE|2027-07-18|;the fifth day|DATE|2027-07-20|"},
	})
}

// "recent years" is a span, as "recent months" is; a body named for a year
// is no date.
func TestTagRecentYearsAndNamedCommittee(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 27), "In recent years prices rose. The Conservatives' 1922 Committee met in 2025. Recent months were calm.",
			"recent years|DURATION|PXY|;2025|DATE|2025|;Recent months|DURATION|PXM|"},
	})
}

// A warning for a day and a forecast of it look ahead; so does an
// itinerary told in the present.
func TestTagWarningForItinerary(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 17), "On Wednesday the National Weather Service issued a heat warning for the weekend, forecasting highs in the mid-90s on Saturday and Sunday. They leave for London on Saturday morning. His sister gets her second dose on Saturday. A red alert is in place for Idukki district for Wednesday and Thursday.",
			"Wednesday|DATE|2026-09-16|;the weekend|DATE|2026-W38-WE|;Saturday|DATE|2026-09-19|;Sunday|DATE|2026-09-20|;Saturday morning|TIME|2026-09-19TMO|;Saturday|DATE|2026-09-19|;Wednesday|DATE|2026-09-23|;Thursday|DATE|2026-09-24|"},
	})
}

// A weekday's event that is the subject of a present "is" is to come; an
// event before it, in a present statement of a share, is past.
func TestTagPresentDayEvent(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 17), "The race was called off in 2020, which is why Sunday's race is the 40th. Sunday's race was the 40th.",
			"2020|DATE|2020|;Sunday|DATE|2026-09-20|;Sunday|DATE|2026-09-13|"},
		{tt(1989, 11, 1), "Nestle's share of 7% before Friday's purchases is far below the leaders'.",
			"Friday|DATE|1989-10-27|"},
	})
}

// TestTagBeatenMonth: a month whose day makes the longer match ("June 8
// that year") skips working out its own value, but its sentence's tense is
// still read, as a later date of the sentence keeps it.
func TestTagBeatenMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 24), "The outbreak echoes one in 2018, when pre-cut melon sickened 77 people. That company recalled its products on June 8 that year, more than five weeks after the first known illness on April 30.",
			"2018|DATE|2018|;June 8 that year|DATE|2018-06-08|;more than five weeks|DURATION|P5W|MORE_THAN;April 30|DATE|2018-04-30|"},
		{tt(2024, 7, 24), "Talks resume on July 29 and end in August; the July 29 session is public.",
			"July 29|DATE|2024-07-29|;August|DATE|2024-08|;July 29|DATE|2024-07-29|"},
	})
}

// TestTagFrontedForecast: a day opening its sentence behind "For" takes
// the tense of the forecast after it.
func TestTagFrontedForecast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 1), "The agency forecast highs of 44C over the coming days. For Thursday, when pilgrims gather at Arafat, it expects 36C at 7 a.m.",
			"the coming days|DURATION|PXD|;Thursday|DATE|2025-06-05|;7 a.m.|TIME|2025-06-05T07:00|"},
		{tt(2026, 6, 3), "On Tuesday, in the second stage of its long-range forecast, the IMD said rainfall would be 104% of the average.",
			"Tuesday|DATE|2026-06-02|"},
	})
}

// TestTagDhulHijja: days of Dhul Hijja, the month of the Hajj, counted from
// Eid al-Adha, its tenth day.
func TestTagDhulHijja(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 1), "The pilgrimage opens on 8 Dhul Hijja, which falls on Wednesday. Trains run from 7 Dhul Hijja. Wednesday, May 28, was the first day of Dhul Hijja, and 10 Dhul-Hijjah 1446 AH is Eid. Dhul Hijja is a holy month.",
			"8 Dhul Hijja|DATE|2025-06-04|;Wednesday|DATE|2025-06-04|;7 Dhul Hijja|DATE|2025-06-03|;Wednesday, May 28|DATE|2025-05-28|;the first day of Dhul Hijja|DATE|2025-05-28|;10 Dhul-Hijjah 1446 AH|DATE|2025-06-06|;Eid|DATE|2025-06-06|"},
		// Read at "Hijja", the day replaces "the first day" read before it.
		{tt(2025, 6, 1), "The court said the moon had been sighted, making Wednesday, May 28, the first day of Dhul Hijja.",
			"Wednesday, May 28|DATE|2025-05-28|;the first day of Dhul Hijja|DATE|2025-05-28|"},
		// Eid as the text states it moves the days counted from it.
		{tt(2024, 6, 1), "Eid al-Adha fell on Monday, June 17, and 9 Dhu al-Hijjah was a Sunday.",
			"Eid al-Adha|DATE|2024-06-17|;Monday, June 17|DATE|2024-06-17|;9 Dhu al-Hijjah|DATE|2024-06-16|"},
	})
}

// TestTagAttributiveSeason: a season modifying a noun after an article or a
// possessive is tagged alone; not after "a", nor without a determiner, nor
// the ambiguous "fall".
func TestTagAttributiveSeason(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 7, 16), "The biggest date in the autumn calendar is missing. The Premier League's summer transfer window shuts today. The theatre opens its spring season in March. A winter storm hit. In winter clothes, he waited. The fall semester starts.",
			"autumn|DATE|2024-FA|;summer|DATE|2024-SU|;today|DATE|2024-07-16|;spring|DATE|2025-SP|;March|DATE|2025-03|"},
	})
}

// TestTagCommodityMonth: a month naming a futures contract ("December
// arabica rose") is the next one; not a month told with a preposition.
func TestTagCommodityMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 11, 3), "December arabica rose 1.6% to $1.71. January robusta fell $18. January sugar imports rose. In December Brent rose.",
			"December|DATE|2023-12|;January|DATE|2024-01|;January|DATE|2023-01|;December|DATE|2022-12|"},
	})
}

// TestTagFrontClauseYear: a year ending the adverbial clause that opens a
// sentence is the year of the day in its main clause.
func TestTagFrontClauseYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 7, 16), "Labour will act by mid-October.\n\nWhen Labour last came to power, in 1997, Tony Blair's first Queen's Speech was delivered on 14 May. The next one is on 17 July.",
			"mid-October|DATE|2024-10|MID;1997|DATE|1997|;14 May|DATE|1997-05-14|;17 July|DATE|2024-07-17|"},
		{tt(2024, 3, 16), "The vote runs in seven phases.\n\nIn the last general election, in 2019, the schedule was announced on March 10 and polling ran from April 11 to May 19.",
			"2019|DATE|2019|;March 10|DATE|2019-03-10|;April 11|DATE|2019-04-11|;May 19|DATE|2019-05-19|"},
	})
}

// TestTagPastMonthDay: a day of the month of a past year just told, in the
// next sentence, is that year's; not after a month that only modifies a
// noun ("the August 1988 cease-fire").
func TestTagPastMonthDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 8, 14), "It is the longest notice since 2019, when a break left customers boiling water for five days in July of that year. That notice was lifted on July 23.",
			"2019|DATE|2019|;five days|DURATION|P5D|;July of that year|DATE|2019-07|;July 23|DATE|2019-07-23|"},
		{tt(1990, 8, 15), "He rejected the August 1988 cease-fire. Iran condemned the invasion of Kuwait on Aug. 2.",
			"August 1988|DATE|1988-08|;Aug. 2|DATE|1990-08-02|"},
	})
}

// TestTagShiftEachTime: "11 days earlier every year" is a span, not a date;
// a plan in the present perfect ("have pencilled in") lies ahead.
func TestTagShiftEachTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 7, 16), "The Hajj comes about 11 days earlier every year. Treasury officials have pencilled in late October. Officials have scheduled talks for March. It has planned cuts since March.",
			"about 11 days|DURATION|P11D|APPROX;every year|SET|P1Y|EVERY;late October|DATE|2024-10|END;March|DATE|2025-03|;March|DATE|2024-03|"},
	})
}

// TestTagGenericWeekendAustral: "on a weekend" is any weekend; "the ten
// weeks' notice" leaves the article to the notice; "the austral summer" is
// the southern hemisphere's, named by its December.
func TestTagGenericWeekendAustral(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2022, 3, 7), "The date moves when it lands on a weekend. It gives the OBR the ten weeks' notice it asks for. The team searched in the austral summer.",
			"ten weeks|DURATION|P10W|;the austral summer|DATE|2021-SU|"},
	})
}

// TestTagQuarterlyAdverb: "quarterly" as an adverb is a SET; as an
// adjective or a noun it is no expression.
func TestTagQuarterlyAdverb(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 25), "Dues are paid quarterly. The quarterly report came. Others who pay estimated tax quarterly made their last payment. It declared its initial quarterly of five cents.",
			"quarterly|SET|P3M|EVERY;quarterly|SET|P3M|EVERY"},
	})
}

// TestTagThatDayPastMonthAhead: "that day" told in the past after a month
// ahead is the day gone told before it.
func TestTagThatDayPastMonthAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 7, 16), "Reeves said on 8 July that there would be a Budget, and officials have pencilled in late October. She will report on the audit she ordered that day.",
			"8 July|DATE|2024-07-08|;late October|DATE|2024-10|END;that day|DATE|2024-07-08|"},
	})
}

// TestTagHolidayNearDayTold: a holiday within a fortnight of a day of
// another year told in its sentence is that year's ("Jr." ends no
// sentence).
func TestTagHolidayNearDayTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 25), "The fourth, normally due Jan. 15, 2028, moves to Tuesday, Jan. 18, because Monday, Jan. 17, is Martin Luther King Jr. Day. The deadline, Dec. 20, 2028, falls just before Christmas.",
			"Jan. 15, 2028|DATE|2028-01-15|;Tuesday, Jan. 18|DATE|2028-01-18|;Monday, Jan. 17|DATE|2028-01-17|;Martin Luther King Jr. Day|DATE|2028-01-17|;Dec. 20, 2028|DATE|2028-12-20|;Christmas|DATE|2028-12-25|"},
	})
}

// TestTagPastVerbMeasure: a past verb and its measure right before a day
// ("reached 51.8C on June 17") tell it happened, even weeks after the
// reference's day of the year.
func TestTagPastVerbMeasure(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 1), "Temperatures at the Grand Mosque reached 51.8C on June 17. Pilgrims arrive on June 4.",
			"June 17|DATE|2024-06-17|;June 4|DATE|2025-06-04|"},
	})
}

// TestTagRateOfOneDay: a rate of minutes told in the future before a clock
// time is one day's; told in the present it is every day's.
func TestTagRateOfOneDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 1), "The window closes at 7pm, and we will be posting every 10 minutes from 6pm. Trains run every 10 minutes from 6am.",
			"7pm|TIME|2026-09-01T19:00|;every 10 minutes|SET|PT10M|EVERY;6pm|TIME|2026-09-01T18:00|;every 10 minutes|SET|PT10M|EVERY;6am|TIME|XXXX-XX-XXT06:00|"},
	})
}

// TestTagThatMorningPast: "that morning" told in the past, after a day
// ahead, is the morning of the last day gone told.
func TestTagThatMorningPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 3, 17), "France forced its reform through on Thursday, and faces motions to be voted on Monday.\n\nDeputies held up placards. The Senate had approved the final text that morning. It will vote again that morning.",
			"Thursday|DATE|2023-03-16|;Monday|DATE|2023-03-20|;that morning|TIME|2023-03-16TMO|;that morning|TIME|2023-03-20TMO|"},
	})
}

// TestTagPaceAndRelativeHabit: a SET after a span is a pace, not a habit
// ("three months a year from Sept. 1"); a habit in a relative clause is not
// its main clause's ("which meets twice a year, would review ... in
// December"); a day in a sentence of a year ahead leans ahead.
func TestTagPaceAndRelativeHabit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 3, 17), "The reform raises the age from 62 to 64 by 2030, rising by three months a year from Sept. 1.",
			"2030|DATE|2030|;three months|DURATION|P3M|;a year|SET|P1Y|;Sept. 1|DATE|2023-09-01|"},
		{tt(2024, 10, 2), "It said the regulator, which meets twice a year, would review transit tariffs in December. The board usually meets twice a year, in June and December.",
			"twice a year|SET|P1Y|;December|DATE|2024-12|;twice a year|SET|P1Y|;June|DATE|XXXX-06|;December|DATE|XXXX-12|"},
	})
}

// TestTagByTheEvening: "by the evening" is the evening of the day in hand.
func TestTagByTheEvening(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 3, 16), "Counting is on June 4, and the trends should be clear by the evening. Showers are expected this afternoon, but should clear by the evening.",
			"June 4|DATE|2024-06-04|;the evening|TIME|2024-06-04TEV|;this afternoon|TIME|2024-03-16TAF|;the evening|TIME|2024-03-16TEV|"},
	})
}

// TestTagHelplineAndNamedCount: a number after "the helpline," is no year;
// a holiday opening a name ("Christmas Bird Count") is no date.
func TestTagHelplineAndNamedCount(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 1, 6), "Voters can call the helpline, 1950. A spruce gave Duluth's Christmas Bird Count its first record. We met at Christmas.",
			"Christmas|DATE|2024-12-25|"},
	})
}

// TestTagRateAfterBracketedUnit: "4 billion cubic metres (bcm) a year" is
// a rate.
func TestTagRateAfterBracketedUnit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 10, 2), "It runs at its capacity of 4 billion cubic metres (bcm) a year from the fourth quarter.",
			"a year|SET|P1Y|;the fourth quarter|DATE|2024-Q4|"},
	})
}

// TestTagNowClause: a clause that speaks from "now" takes no past from the
// aside before it.
func TestTagNowClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 4), "Kreutzer, who needed three hours to get through his match on Wednesday, now has less than 40 hours to recover before his match on Sunday.",
			"three hours|DURATION|PT3H|;Wednesday|DATE|2026-07-01|;now|DATE|PRESENT_REF|;less than 40 hours|DURATION|PT40H|LESS_THAN;Sunday|DATE|2026-07-05|"},
	})
}

// TestTagWeekAfterWeek: "next week and the week after" is the week after
// the one just named.
func TestTagWeekAfterWeek(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 3, 17), "We will march again next week and the week after. They met last week and the week before.",
			"next week|DATE|2023-W12|;the week after|DATE|2023-W13|;last week|DATE|2023-W10|;the week before|DATE|2023-W09|"},
	})
}

// TestTagBlackDays: "Black Monday" and the 1929 crash's days are days of
// history; a dateline's date is the report's, whatever the headline named.
func TestTagBlackDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 19), "Black Monday at 40: circuit breakers wait\nNEW YORK, Oct 19 (Reuters) - After Black Thursday, Oct. 24, 1929, the Dow lost 11.7% more on Black Tuesday.",
			"Black Monday|DATE|1987-10-19|;Oct 19|DATE|2027-10-19|;Black Thursday|DATE|1929-10-24|;Oct. 24, 1929|DATE|1929-10-24|;Black Tuesday|DATE|1929-10-29|"},
	})
}

// TestTagEarthYearsAndModels: "four Earth years" is a span; "A330-900s" is
// a model, not the 900s.
func TestTagEarthYearsAndModels(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 10), "It flies Airbus A330-900s. The rover has spent more than four Earth years driving; a Mars year is 687 Earth days.",
			"more than four Earth years|DURATION|P4Y|MORE_THAN;687 Earth days|DURATION|P687D|"},
	})
}

// TestTagExpectedByLimit: "she expected arrears to ease by Christmas": a
// limit ahead of the expectation, unless a date earlier in the sentence
// tells when it was held.
func TestTagExpectedByLimit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 12), "Morrow said she expected arrears to ease by Christmas.", "Christmas|DATE|2026-12-25|"},
		{tt(2026, 8, 12), "In March he expected sales to rise by June.", "March|DATE|2026-03|;June|DATE|2026-06|"},
	})
}

// TestTagWeekdayNearDateAfter: "Friday's round on Saturday 8 May": the day
// nearest the date told with its weekday after it.
func TestTagWeekdayNearDateAfter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 31), "Collections run a day late, ending with Friday's round on Saturday 8 May. Friday's bins will be emptied on Saturday 3 April. Friday's game was on Tuesday.",
			"a day|DURATION|P1D|;Friday|DATE|2027-05-07|;Saturday 8 May|DATE|2027-05-08|;Friday|DATE|2027-04-02|;Saturday 3 April|DATE|2027-04-03|;Friday|DATE|2027-03-26|;Tuesday|DATE|2027-03-30|"},
	})
}

// TestTagCalendarYearAndPasses: "the calendar year" is the year in hand;
// "In January, Mars passes behind the sun": an event told in the present
// after a fronted month lies ahead.
func TestTagCalendarYearAndPasses(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 12), "It will close 30 more branches by the end of the calendar year. Profit for the calendar year rose.",
			"the end of the calendar year|DATE|2026|END;the calendar year|DATE|2026|"},
		{tt(2025, 8, 6), "In January, Mars passes behind the sun.", "January|DATE|2026-01|"},
	})
}

// TestTagHalvesOfYearJustEnded: results for a financial year that ended in
// the months before the report speak of its halves.
func TestTagHalvesOfYearJustEnded(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 12), "Tasman Pacific Bank lifts FY26 profit 4pc\n\nSYDNEY, Aug 12 (AAP) - The bank lifted its profit for the financial year to June 30, after margins held up in the second half.",
			"FY26|DATE|2026|;Aug 12|DATE|2026-08-12|;the financial year|DURATION|P1Y|;June 30|DATE|2026-06-30|;the second half|DATE|2026-H2|"},
	})
}

// TestTagFrontedDayAside: a fronted day takes the future of its main
// clause past an aside told in the past.
func TestTagFrontedDayAside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 21), "On Sunday, 800 years to the day after it was consecrated, the bishop will celebrate the first mass. On Monday, after the storm had passed, crews cleared the roads.",
			"Sunday|DATE|2027-07-25|;800 years|DURATION|P800Y|;Monday|DATE|2027-07-19|"},
	})
}

// TestTagLongClauseFuture: a weekday at the end of a long clause keeps the
// future the clause opened with.
func TestTagLongClauseFuture(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 27), "Nepal's army will start cutting a channel to drain a swelling glacial lake in the country's northeast on Saturday, officials said on Wednesday.",
			"Saturday|DATE|2026-05-30|;Wednesday|DATE|2026-05-27|"},
	})
}

// TestTagNightAndWeekendOfDays: "the night of 15-16 April" is the night the
// first day begins; "the weekend of 14-15 October" the weekend of those
// days; "The fire of 2022 began on ..." dates its clause's days.
func TestTagNightAndWeekendOfDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 21), "The cathedral reopens on Sunday.\n\nThe fire of 2022 began on the night of 15-16 April, Good Friday, in the roof. The club asked to move its game to the weekend of 16-17 October.",
			"Sunday|DATE|2027-07-25|;2022|DATE|2022|;the night of 15-16 April|TIME|2022-04-15TNI|;Good Friday|DATE|2022-04-15|;the weekend of 16-17 October|DATE|2027-W41-WE|"},
	})
}

// TestTagClockThenCommaDay: "began at 10:17 p.m., on Dec. 18": the clock
// time of the day told after the comma, which is tagged on its own.
func TestTagClockThenCommaDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 13), "It is the tenth eruption since December 2023. The first in the series also began at 10:17 p.m., on Dec. 18, a coincidence.",
			"December 2023|DATE|2023-12|;10:17 p.m.|TIME|2023-12-18T22:17|;Dec. 18|DATE|2023-12-18|"},
	})
}

// TestTagSuperSaturdayBuyNow: "Super Saturday" is the last Saturday before
// Christmas; "buy now, pay later" is no time.
func TestTagSuperSaturdayBuyNow(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 12, 19), "Stores are counting on Super Saturday. More shoppers spread payments through buy now, pay later plans. We buy now.",
			"Super Saturday|DATE|2024-12-21|;now|DATE|PRESENT_REF|"},
		{tt(2026, 12, 1), "Stores count on Super Saturday.", "Super Saturday|DATE|2026-12-19|"},
	})
}

// TestTagMeasureRate: "thins by about a metre a year" is a rate.
func TestTagMeasureRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 27), "The glacier thins by about a metre a year. He paid a visit a year ago.",
			"a year|SET|P1Y|;a year ago|DATE|2025|"},
	})
}

// TestTagFractionParts: the parts of a fraction or a code ("A1/2dAY", "a
// 1/2 day") count no span; "2 1/2 years" does.
func TestTagFractionParts(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 7, 24), "0 A1/2dAY. It took 2 1/2 years and a 1/2 day.", "2 1/2 years|DURATION|P2Y6M|"},
	})
}

// TestTagForecastNounAndPast: "had forecast" looks back; "above forecasts"
// is a noun; "signed heads of terms" is no team heading somewhere.
func TestTagForecastNounAndPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 11, 22), "The agency had forecast about 2.6 million screenings on Tuesday and 2.7 million today.",
			"Tuesday|DATE|2023-11-21|;today|DATE|2023-11-22|"},
		{tt(2027, 9, 13), "Applications ran far above forecasts from late June. Calder signed heads of terms in early May. The team heads to Paris on Friday.",
			"late June|DATE|2027-06|END;early May|DATE|2027-05|START;Friday|DATE|2027-09-17|"},
	})
}

// TestTagPastVerbObjectDay: a past verb and its object right before a day
// tell the day is gone, even a season away ahead of the reference; not a
// day the verb arranged.
func TestTagPastVerbObjectDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 26), "Velez, 29, tore his left hamstring running out a double on June 14 and had surgery that month.",
			"June 14|DATE|2025-06-14|;that month|DATE|2025-06|"},
		{tt(2026, 3, 26), "He sold his house on June 14.",
			"June 14|DATE|2025-06-14|"},
		{tt(2026, 3, 26), "The league scheduled its final on June 14.",
			"June 14|DATE|2026-06-14|"},
	})
}

// TestTagScheduleMovesReport: "moves" and a company's "report" tell a
// schedule in the present; a clock time after a year gone is told no
// longer takes the day ahead told before it.
func TestTagScheduleMovesReport(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 26), "The teams play every day this weekend before Pittsburgh moves on to Cincinnati on Monday.\n\nSince the pitch clock arrived in 2023, games have lasted about 2 hours 40 minutes.\n\nGates open at 11 a.m.",
			"every day|SET|P1D|EVERY;this weekend|DATE|2026-W13-WE|;Monday|DATE|2026-03-30|;2023|DATE|2023|;about 2 hours 40 minutes|DURATION|PT2H40M|APPROX;11 a.m.|TIME|2026-03-26T11:00|"},
		{tt(2025, 10, 10), "U.S. Bancorp, Charles Schwab and BNY report on Thursday. Media report on Thursday said the deal was off.",
			"Thursday|DATE|2025-10-16|;Thursday|DATE|2025-10-09|"},
	})
}

// TestTagMoneyRates: a price per period is a SET whatever its unit ("p",
// "m", "bn"), and a price does not make the clock times and months after
// it recur.
func TestTagMoneyRates(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 11, 22), "Households will be charged £1,738 a year, up on the level that has applied since 1 October, the regulator said in figures published at 7am. The standing charge is 60.97p a day.",
			"a year|SET|P1Y|;1 October|DATE|2024-10-01|;7am|TIME|2024-11-22T07:00|;a day|SET|P1D|"},
		{tt(2026, 11, 27), "The Budget will raise £19bn a year in taxes, including a rise in fuel duty from April.",
			"a year|SET|P1Y|;April|DATE|2027-04|"},
	})
}

// TestTagItIsMonth: "May" and "March" after "it is" are months.
func TestTagItIsMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 26), "\"But it's baseball, and it's March.\" It was May when they met. The women's March drew crowds.",
			"March|DATE|2026-03|;May|DATE|2025-05|"},
	})
}

// TestTagForecastInMonthThat: "forecast in October that" tells when the
// forecast was made, in the past.
func TestTagForecastInMonthThat(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 11, 8), "The government forecast in October that the economy would contract. The federation forecast in early November that sales would grow.",
			"October|DATE|2023-10|;early November|DATE|2023-11|START"},
		{tt(2023, 11, 8), "The agency forecast rain from Wednesday.",
			"Wednesday|DATE|2023-11-08|"},
	})
}

// TestTagMonthData: a month before "data" or "figures" is the month they
// measure, the nearest, whatever the tense of their release.
func TestTagMonthData(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 11, 8), "October data are due early next month. December figures will be released in January.",
			"October|DATE|2023-10|;early next month|DATE|2023-12|START;December|DATE|2023-12|;January|DATE|2024-01|"},
	})
}

// TestTagHasSetFor: a date a present perfect "set" fixes lies ahead; "set
// up" is done.
func TestTagHasSetFor(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 18), "Castellanos has tentatively set the trial for the fall. The firm has set up a plant in Ohio in October.",
			"the fall|DATE|2025-FA|;October|DATE|2024-10|"},
	})
}

// TestTagSeasonMonthsAndNames: "the winter months" is the season; a
// season that opens a name of several capitalized words is no date; a
// season an order speaks of lies ahead.
func TestTagSeasonMonthsAndNames(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 11, 22), "The regulator urged anyone struggling to pay during the winter months to contact their supplier, because most face this winter without the Winter Fuel Payment.",
			"the winter months|DATE|2024-WI|;this winter|DATE|2024-WI|"},
	})
}

// TestTagPerRate: "per day" after an amount is a SET; after a unit it is
// part of the unit.
func TestTagPerRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 9, 29), "About 17.5 million per day. Workers get £13.14 per hour and £4 more per month. Cuts of 3.66 million barrels per day. 15 litres per person per day.",
			"per day|SET|P1D|;per hour|SET|PT1H|;per month|SET|P1M|"},
	})
}

// TestTagHyphenedSeason: "late-summer", "early-spring" as adjectives are
// that season, the nearest, whatever the clause's tense.
func TestTagHyphenedSeason(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 10), "Investors will be looking for signs that a late-summer revival in deal-making can last. An early-spring frost hit the vines in late-summer 2024.",
			"late-summer|DATE|2025-SU|END;early-spring|DATE|2025-SP|START;late-summer 2024|DATE|2024-SU|END"},
	})
}

// TestTagBareWeekends: "weekends" as every weekend, bare after a verb or
// beside holidays; not weekends a determiner counts.
func TestTagBareWeekends(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 18), "Five days, not counting weekends and holidays. They built it working on it weekends. It was one of the busiest weekends.",
			"Five days|DURATION|P5D|;weekends|SET|XXXX-WXX-WE|EVERY;weekends|SET|XXXX-WXX-WE|EVERY"},
	})
}

// TestTagRiskOf: a date a risk or a threat is of lies ahead, unless the
// risk is told as past.
func TestTagRiskOf(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 11, 8), "The economy ended the third quarter on a weak footing, adding to the risk of a recession over the winter. There was a risk of frost in May.",
			"the third quarter|DATE|2023-Q3|;the winter|DATE|2023-WI|;May|DATE|2023-05|"},
	})
}

// TestTagOvernightBeforeWith: "overnight" before "with" is the night, not
// an adjective.
func TestTagOvernightBeforeWith(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 14), "The search went on overnight with drones. Overnight trains run.",
			"overnight|TIME|2026-06-13TNI|"},
	})
}

// TestTagNightAfterEveningClock: "the night" in the sentence after an
// evening's clock time is that day's night.
func TestTagNightAfterEveningClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 14), "He left on Friday. His wife raised the alarm shortly before 10pm, and volunteers were on the mountain within an hour.\n\nTeams searched the tracks through the night.",
			"Friday|DATE|2026-06-12|;10pm|TIME|2026-06-12T22:00|;an hour|DURATION|PT1H|;the night|TIME|2026-06-12TNI|"},
	})
}

// TestTagRangeEndsTonight: the start of a span of hours takes the day
// its end names, "tonight" and "tomorrow" too.
func TestTagRangeEndsTonight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 14), "May I ask anyone who was on the mountain on Friday evening to look? The Met Office has issued a warning from noon until midnight tonight, and from 6am to 9pm tomorrow.",
			"Friday evening|TIME|2026-06-12TEV|;noon|TIME|2026-06-14T12:00|;midnight tonight|TIME|2026-06-14T24:00|;6am|TIME|2026-06-15T06:00|;9pm tomorrow|TIME|2026-06-15T21:00|"},
	})
}

// TestTagEraBeforeYear: "AD 79", "A.D. 476" and "the AD 260s" carry the
// era before the year.
func TestTagEraBeforeYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "Vesuvius erupted in AD 79. The coins were struck in the AD 260s and 270s. Rome fell in A.D. 476, Caesar in 44 BC.",
			"AD 79|DATE|0079|;the AD 260s|DATE|026|;270s|DATE|027|;A.D. 476|DATE|0476|;44 BC|DATE|BC0044|"},
	})
}

// TestTagHolidayFellOn: a holiday told to fall on a day is that day;
// not a holiday inside a longer expression.
func TestTagHolidayFellOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 9, 29), "Because the Mid-Autumn Festival fell on Sept. 29 last year, the holidays merged.",
			"the Mid-Autumn Festival|DATE|2023-09-29|;Sept. 29 last year|DATE|2023-09-29|"},
		{tt(2027, 12, 28), "With Christmas on the weekend this year, the final Saturday before Christmas fell on Dec. 18.",
			"Christmas|DATE|2027-12-25|;the weekend|DATE|2027-W51-WE|;this year|DATE|2027|;the final Saturday before Christmas|DATE|2027-12-18|;Dec. 18|DATE|2027-12-18|"},
	})
}

// TestTagFrontedMonthDay: "Shortly after 4 p.m. on Feb. 23, a slab
// avalanche swept": a fronted month and day take the main clause's past,
// in the year of the month just told.
func TestTagFrontedMonthDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 19), "Every heavy snowfall is measured against February 1999. That winter, storms piled snow onto the slopes. Shortly after 4 p.m. on Feb. 23, a slab avalanche swept into the village. The next day, another avalanche killed seven people.",
			"February 1999|DATE|1999-02|;That winter|DATE|1998-WI|;4 p.m.|TIME|1999-02-23T16:00|;Feb. 23|DATE|1999-02-23|;The next day|DATE|1999-02-24|"},
	})
}

// TestTagEventAfterAct: "before the Nov. 3 elections" names an event after
// the act, however past; "a week left" is no past verb.
func TestTagEventAfterAct(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 28), "With less than a week left before the Nov. 3 midterm elections, 4.6 million had voted. Campaigns spent heavily before the Nov. 3 vote. The Oct. 7 attacks shocked Israel.",
			"less than a week|DURATION|P1W|LESS_THAN;Nov. 3|DATE|2026-11-03|;Nov. 3|DATE|2026-11-03|;Oct. 7|DATE|2026-10-07|"},
	})
}

// TestTagDayYearsAgo: "July 4 four years ago" is that day, so many years
// back.
func TestTagDayYearsAgo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 3), "On July 4 four years ago, a bottle rocket landed in dry grass. Firefighters stayed until the following morning. On 4 July 10 years ago it rained.",
			"July 4 four years ago|DATE|2021-07-04|;the following morning|TIME|2021-07-05TMO|;4 July 10 years ago|DATE|2015-07-04|"},
	})
}

// TestTagTheFourth: "every Fourth of July" is a SET; "the Fourth" alone is
// the Fourth of July in news that names July; not "the Fourth Amendment".
func TestTagTheFourth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 3), "Fireworks for just five hours on the Fourth. The Fourth Amendment applies. The city's show, every Fourth of July since the 1990s, starts on July 4.",
			"just five hours|DURATION|PT5H|;the Fourth|DATE|2025-07-04|;every Fourth of July|SET|XXXX-07-04|EVERY;the 1990s|DATE|199|;July 4|DATE|2025-07-04|"},
		{tt(2025, 7, 3), "The Fourth brings fireworks for just five hours.",
			"just five hours|DURATION|PT5H|"},
	})
}

// TestTagPreceding: "preceding" is "previous".
func TestTagPreceding(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 26), "A proposal voted on three times in the preceding five years needs 25% support. The fire started on May 3. The preceding day was calm.",
			"the preceding five years|DURATION|P5Y|;May 3|DATE|2026-05-03|;The preceding day|DATE|2026-05-02|"},
	})
}

// TestTagStreetAddress: a number before a street's name is an address.
func TestTagStreetAddress(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 26), "Write to the secretary at 1801 West Canal Street by Nov. 12. The 2024 Road Safety Act passed.",
			"Nov. 12|DATE|2027-11-12|;2024|DATE|2024|"},
	})
}

// TestTagHabitThenNextTime: a clause after the habit that tells the next
// time in the future is one day.
func TestTagHabitThenNextTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 3, 31), "Clocks in Britain change twice a year, and they will go back an hour on 27 October. The bank sets rates twice a year, in February and in June.",
			"twice a year|SET|P1Y|;an hour|DURATION|PT1H|;27 October|DATE|2024-10-27|;twice a year|SET|P1Y|;February|DATE|XXXX-02|;June|DATE|XXXX-06|"},
	})
}

// TestTagHoursOfDayNamed: clock times right after a day ahead are that
// day's, whatever past verb the sentence opened with.
func TestTagHoursOfDayNamed(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 3), "Under an ordinance the council passed in May, fireworks are legal this year only on Independence Day itself, between 6 p.m. and 11 p.m.",
			"May|DATE|2025-05|;this year|DATE|2025|;Independence Day|DATE|2025-07-04|;6 p.m.|TIME|2025-07-04T18:00|;11 p.m.|TIME|2025-07-04T23:00|"},
	})
}

// TestTagSecondAfterFirst: "a second" after "a first" in its sentence is
// the ordinal.
func TestTagSecondAfterFirst(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 3), "Fines doubled last year, to $500 for a first offense and $1,000 for a second. He won by a second.",
			"last year|DATE|2024|;a second|DURATION|PT1S|"},
	})
}

// TestTagMovableHolidayClauseYear: a movable holiday in a clause a year
// opens is that year's.
func TestTagMovableHolidayClauseYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 3, 31), "The early date recalls 2013, when Easter Day also fell on 31 March.",
			"2013|DATE|2013|;Easter Day|DATE|2013-03-31|;31 March|DATE|2013-03-31|"},
	})
}

// TestTagPastVerbObjectNoun: a scheduling verb's form after a past verb
// and its determiner is the object noun: "held its first World Cup races".
func TestTagPastVerbObjectNoun(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 5), "It held races in November. Cortina held its first World Cup races only in November. City face United on Saturday.",
			"November|DATE|2025-11|;November|DATE|2025-11|;Saturday|DATE|2026-02-07|"},
	})
}

// TestTagFromTomorrow: "a week from tomorrow" is one day, as "a week from
// today" is.
func TestTagFromTomorrow(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 22), "The books close a week from tomorrow. Results come a week from today. Three days from tomorrow it ends.",
			"a week from tomorrow|DATE|2025-09-30|;a week from today|DATE|2025-09-29|;Three days from tomorrow|DATE|2025-09-26|"},
	})
}

// TestTagMillionsRate: "330 billion yen a year" is a rate.
func TestTagMillionsRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 22), "The bank will sell ETFs at a pace of about 330 billion yen a year. OPEC pumps 2 million barrels a day.",
			"a year|SET|P1Y|;a day|SET|P1D|"},
	})
}

// TestTagHalfOfMonth: "the second half of December" is the month's end.
func TestTagHalfOfMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 12, 2), "The outlook points to a milder second half of December and a cold first half of January 2025. In the first half of 2024 sales rose.",
			"second half of December|DATE|2024-12|END;first half of January 2025|DATE|2025-01|START;the first half of 2024|DATE|2024-H1|"},
	})
}

// TestTagRelativeSeasonName: "last Winter Games" is a name.
func TestTagRelativeSeasonName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 5), "It is two decades since Turin 2006, Italy's last Winter Games. Last winter was mild.",
			"two decades|DURATION|P2DE|;2006|DATE|2006|;Last winter|DATE|2024-WI|"},
	})
}

// TestTagDaySubject: a weekday opening its clause as the subject of a
// present verb is the day to come.
func TestTagDaySubject(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 5), "The rankings came out on Tuesday night, and Saturday brings the first chance to answer them. Monday marks the anniversary. Tuesday was busy.",
			"Tuesday night|TIME|2027-11-02TNI|;Saturday|DATE|2027-11-06|;Monday|DATE|2027-11-08|;Tuesday|DATE|2027-11-02|"},
	})
}

// TestTagJapanHolidays: Japan's national holidays; those other countries
// name too only in a text about Japan.
func TestTagJapanHolidays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 22), "Tokyo markets are shut for Autumnal Equinox Day. The exchange was closed for Respect for the Aged Day. The next holiday in Japan is Sports Day, then Culture Day.",
			"Autumnal Equinox Day|DATE|2025-09-23|;Respect for the Aged Day|DATE|2025-09-15|;Sports Day|DATE|2025-10-13|;Culture Day|DATE|2025-11-03|"},
		{tt(2025, 6, 20), "The school holds its Sports Day in July.",
			"July|DATE|2025-07|"},
	})
}

// TestTagLateOnDayThenSmallHours: the small hours after "late on Sunday"
// are the next morning's.
func TestTagLateOnDayThenSmallHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 17), "Its directors appointed administrators late on Sunday. Its staff were told by email at 6am that they had lost their jobs.",
			"late on Sunday|DATE|2026-08-16|END;6am|TIME|2026-08-17T06:00|"},
		{tt(2026, 8, 17), "Its directors met on Sunday. Staff were told at 6am.",
			"Sunday|DATE|2026-08-16|;6am|TIME|2026-08-16T06:00|"},
	})
}

// TestTagSeasonPossessiveDays: the days of "this winter's scheme" are
// those nearest that season.
func TestTagSeasonPossessiveDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 12, 2), "This winter's scheme runs from 1 November to 31 March. Last summer's festival ran from 20 July.",
			"This winter|DATE|2024-WI|;1 November|DATE|2024-11-01|;31 March|DATE|2025-03-31|;Last summer|DATE|2024-SU|;20 July|DATE|2024-07-20|"},
	})
}

// TestTagWeekendOnFriday: on a Friday, "the weekend" no verb places is
// the one that starts tomorrow.
func TestTagWeekendOnFriday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 5), "The biggest game of the weekend is on Saturday.",
			"the weekend|DATE|2027-W44-WE|;Saturday|DATE|2027-11-06|"},
		{tt(2027, 11, 3), "The biggest game of the weekend drew 80,000.",
			"the weekend|DATE|2027-W43-WE|"},
	})
}

// TestTagRecordBeaten: the date of a record told beaten does not carry the
// story; a record that is the news does.
func TestTagRecordBeaten(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 11, 30), "Beryl reached Category 5 strength on July 1, beating the record Emily set in July 2005 by more than two weeks. A week later, Beryl came ashore. After Ernesto faded on Aug. 20, no storm formed.",
			"July 1|DATE|2024-07-01|;July 2005|DATE|2005-07|;more than two weeks|DURATION|P2W|MORE_THAN;A week later|DATE|2024-W28|;Aug. 20|DATE|2024-08-20|"},
		{tt(2026, 7, 17), "That would fall short of the UK record of 40.3C set in July 2022, when the Met Office issued its first red warning, for 18 and 19 July.",
			"July 2022|DATE|2022-07|;18|DATE|2022-07-18|;19 July|DATE|2022-07-19|"},
	})
}

// TestTagYearRuns: the span a year's period runs is in that year.
func TestTagYearRuns(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 11, 30), "The 2024 season, which runs from June 1 to Nov. 30, produced 18 named storms.",
			"2024|DATE|2024|;June 1|DATE|2024-06-01|;Nov. 30|DATE|2024-11-30|"},
	})
}

// TestTagEventMonthNearMonthYear: the month of an event near a month told
// with its year long past, in one sentence, is of that year.
func TestTagEventMonthNearMonthYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 1, 7), "He took office in November 2015, about two weeks after his party won a majority in the October election.",
			"November 2015|DATE|2015-11|;about two weeks|DURATION|P2W|APPROX;October|DATE|2015-10|"},
	})
}

// TestTagThatSentenceClock: the sentence after a day gone that points
// back with "That" tells that day's time.
func TestTagThatSentenceClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 18), "The bridge fell into the river on Aug. 1, 2007, killing 13 people. That bridge gave way at 6:05 p.m., while crews were resurfacing its deck.",
			"Aug. 1, 2007|DATE|2007-08-01|;6:05 p.m.|TIME|2007-08-01T18:05|"},
	})
}

// TestTagClockNextWeekday: a clock time before "next Thursday" is that
// day's.
func TestTagClockNextWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 12), "Beaujolais Nouveau goes on sale at 12:01 a.m. next Thursday, Nov. 20. The talks ended at 6 p.m. last Friday.",
			"12:01 a.m. next Thursday|TIME|2025-11-20T00:01|;Nov. 20|DATE|2025-11-20|;6 p.m. last Friday|TIME|2025-11-07T18:00|"},
	})
}

// TestTagUntilMidnight: "from 7pm until midnight" ends that evening.
func TestTagUntilMidnight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 5, 17), "This year's edition falls on Saturday 18 May. The museum will reopen from 7pm until midnight.",
			"This year|DATE|2024|;Saturday 18 May|DATE|2024-05-18|;7pm|TIME|2024-05-18T19:00|;midnight|TIME|2024-05-18T24:00|"},
	})
}

// TestTagEveryHalfHour: "every half hour" is a SET of 30 minutes.
func TestTagEveryHalfHour(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 5, 17), "Tours leave every half hour. Buses run every half-hour.",
			"every half hour|SET|PT30M|EVERY;every half-hour|SET|PT30M|EVERY"},
	})
}

// TestTagOvernightAfterNightHours: "overnight" after the night hours of a
// day days back is that night.
func TestTagOvernightAfterNightHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 8, 14), "The main burst late Monday. The department issued the notice at 1:15 a.m. Tuesday. Crews worked overnight to reach the break.",
			"late Monday|DATE|2025-08-11|END;1:15 a.m. Tuesday|TIME|2025-08-12T01:15|;overnight|TIME|2025-08-11TNI|"},
	})
}

// TestTagWeekAgoYesterday: "a week ago yesterday" is one day; "shuts"
// tells a schedule.
func TestTagWeekAgoYesterday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 3), "They had closed for Good Friday, a week ago yesterday. Hong Kong shuts again on Monday for the festival.",
			"Good Friday|DATE|2027-03-26|;a week ago yesterday|DATE|2027-03-26|;Monday|DATE|2027-04-05|"},
	})
}

// TestTagQuarterAheadOrGone: a quarter no verb places is the nearer one:
// last year's just ended, or this year's about to begin.
func TestTagQuarterAheadOrGone(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 10), "The harder question is the third quarter.",
			"the third quarter|DATE|2025-Q3|"},
		{tt(2027, 1, 7), "Cold snap and rice recovery boost third quarter",
			"third quarter|DATE|2026-Q3|"},
	})
}

// TestTagEyesOnDayEvent: "attention is now on Monday's consecration" is
// the Monday to come.
func TestTagEyesOnDayEvent(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 1, 16), "Attention is now on Monday's consecration. All eyes turn to Sunday's final. Attention was on Monday's vote.",
			"now|DATE|PRESENT_REF|;Monday|DATE|2024-01-22|;Sunday|DATE|2024-01-21|;Monday|DATE|2024-01-15|"},
	})
}

// TestTagPossessiveYearOpensSentence: a sentence that opens with a year's
// possessive is about that year, all its days.
func TestTagPossessiveYearOpensSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 1, 16), "Last year's session opened on Jan. 31 and ran until April 6, with a recess from Feb. 14 to March 12. Next year's summit will be held in Antalya in November.",
			"Last year|DATE|2023|;Jan. 31|DATE|2023-01-31|;April 6|DATE|2023-04-06|;Feb. 14|DATE|2023-02-14|;March 12|DATE|2023-03-12|;Next year|DATE|2025|;November|DATE|2025-11|"},
	})
}

// TestTagSameFormPast: "it set", "it cut" after a singular pronoun are
// past, since the present would take "-s".
func TestTagSameFormPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 6, 27), "A heat wave could push demand past the record it set on Tuesday.",
			"Tuesday|DATE|2024-06-25|"},
		{tt(2024, 6, 27), "Officials cut the price on Tuesday.",
			"Tuesday|DATE|2024-06-25|"},
	})
}

// TestTagHourBeforeDayPart: a bare hour just before a part of a named
// day is that day's clock time; an hour that does not fit the part is
// left out.
func TestTagHourBeforeDayPart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 8, 9), "We left at 10 last night. The shop closes at 9 tonight. He called at 7 this morning. They meet at 8 tomorrow night.",
			"10 last night|TIME|2025-08-08T22:00|;9 tonight|TIME|2025-08-09T21:00|;7 this morning|TIME|2025-08-09T07:00|;8 tomorrow night|TIME|2025-08-10T20:00|"},
		{tt(2025, 8, 9), "He woke at 2 last night. The vote went 12 to 3 last night.",
			"last night|TIME|2025-08-08TNI|;last night|TIME|2025-08-08TNI|"},
	})
}

// TestTagEveryWeekdayList: "every" opens a list of weekdays, each of them
// a SET; a possessive after the list is that day's.
func TestTagEveryWeekdayList(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 17), "Stoppages every Monday and Friday. Open each Tuesday, Thursday, and Saturday.",
			"every Monday|SET|XXXX-WXX-1|EVERY;Friday|SET|XXXX-WXX-5|EVERY;each Tuesday|SET|XXXX-WXX-2|EACH;Thursday|SET|XXXX-WXX-4|EACH;Saturday|SET|XXXX-WXX-6|EACH"},
		{tt(2025, 11, 17), "It posts an update every Friday, and Friday's report was the first. She came on Monday and Friday.",
			"every Friday|SET|XXXX-WXX-5|EVERY;Friday|DATE|2025-11-14|;Monday|DATE|2025-11-17|;Friday|DATE|2025-11-14|"},
	})
}

// TestTagCalendarYear: "calendar 2024" and "calendar year 2023" are one
// expression each, the year named against a fiscal one.
func TestTagCalendarYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 17), "Growth in calendar 2024 was 0.1%, against 1.5% in calendar year 2023 and 2% in 2022.",
			"calendar 2024|DATE|2024|;calendar year 2023|DATE|2023|;2022|DATE|2022|"},
	})
}

// TestTagFallInNoun: "the fall in imports" is a drop; "in the fall in the
// city" and "The fall in New York" are the season.
func TestTagFallInNoun(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 17), "Strip out the fall in imports and demand shrank. The fall in prices was sharp.", ""},
		{tt(2025, 2, 17), "Prices rose in the fall in the city.", "the fall|DATE|2024-FA|"},
	})
}

// TestTagOvernightSuddenly: "overnight" for "all at once" after a verb of
// change denied or put as a likelihood is no night; nor is "this soon" a
// future.
func TestTagOvernightSuddenly(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 30), "He said little would change overnight. It did not happen overnight. The problem can't be fixed overnight. A fire this size, this soon, worries them.", ""},
		{tt(2026, 6, 30), "Crews worked overnight. Prices changed overnight. It will end soon.",
			"overnight|TIME|2026-06-29TNI|;overnight|TIME|2026-06-29TNI|;soon|DATE|FUTURE_REF|"},
	})
}

// TestTagDayOfMonthAhead: "on the 20th" may open a clause that goes on;
// a day to come is in the month now or the next, whatever gone month was
// told before.
func TestTagDayOfMonthAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 17), "Strikes set for August were called off. \"I fly to Lagos on the 20th for my sister's wedding,\" she said.",
			"August|DATE|2025-08|;the 20th|DATE|2025-11-20|"},
		{tt(2025, 11, 17), "I will fly on the 10th, he said. He flew on the 10th. He lives on the 20th floor.",
			"the 10th|DATE|2025-12-10|;the 10th|DATE|2025-11-10|"},
	})
}

// TestTagQuarterNotOverPast: a quarter not yet over cannot have done what
// a past verb tells: last year's, where the sentence told that year; not
// in a company's results, whose quarters may be fiscal ones.
func TestTagQuarterNotOverPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 17), "Growth in calendar 2024 was 0.1% after output shrank in the first quarter, when a scandal halted lines. Output shrank in the first quarter. Output has shrunk in the first quarter so far. Output will shrink in the first quarter.",
			"calendar 2024|DATE|2024|;the first quarter|DATE|2024-Q1|;the first quarter|DATE|2025-Q1|;the first quarter|DATE|2025-Q1|;the first quarter|DATE|2025-Q1|"},
		{tt(1989, 11, 2), "Ralston reported a decline in fourth-quarter earnings of 65 cents a share.",
			"fourth-quarter|DATE|1989-Q4|"},
	})
}

// TestTagUntilNightEnds: "until midnight" after an evening clock of its
// sentence ends that evening; "until after 2 a.m." from a day told is the
// next day's small hours, unless the day was told as "early on Sunday".
func TestTagUntilNightEnds(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 5, 15), "A concert is planned for June 8 at 7 p.m. at a church, where pianists will play until midnight.",
			"June 8|DATE|2024-06-08|;7 p.m.|TIME|2024-06-08T19:00|;midnight|TIME|2024-06-08T24:00|"},
		{tt(2024, 5, 15), "It came on Thanksgiving Day 1972, when a crowd kept him at the piano until after 2 a.m. Early on Sunday, police closed the street until 4 a.m.",
			"Thanksgiving Day 1972|DATE|1972-11-23|;2 a.m.|TIME|1972-11-24T02:00|;Sunday|DATE|2024-05-12|;4 a.m.|TIME|2024-05-12T04:00|"},
	})
}

// TestTagFrontedYearEvent: a sentence opened by "In the 2019 dispute," is
// of that year; a summer so dated holds the months of the next sentence.
func TestTagFrontedYearEvent(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 17), "In the 2019 dispute, about 4,000 officers, also represented by Unite, planned walkouts over the summer. Strikes set for late July and August were called off after the airport improved its offer.",
			"2019|DATE|2019|;the summer|DATE|2019-SU|;late July|DATE|2019-07|END;August|DATE|2019-08|"},
	})
}

// TestTagAFullCount: "a full 30 days" keeps "a full" inside, as "a full
// year" does.
func TestTagAFullCount(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 19), "Their month runs a full 30 days. It lasted a full year.",
			"a full 30 days|DURATION|P30D|;a full year|DURATION|P1Y|"},
	})
}

// TestTagEidOfRamadan: a bare "Eid" in a story of Ramadan is the Eid that
// ends the fast; "fell on a Sunday" after a day just told is that day (the
// present "falls on a Saturday" is left); "Ramadan" told in its last days
// is the month under way.
func TestTagEidOfRamadan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 19), "Oman will decide whether Ramadan ends on Friday. A year ago, Eid fell on a Sunday across most of the Gulf.",
			"Ramadan|DATE|2026-Q1|;Friday|DATE|2026-03-20|;A year ago|DATE|2025|;Eid|DATE|2025-03-30|;a Sunday|DATE|2025-03-30|"},
		{tt(2026, 3, 19), "Eid fell on March 30, 2025. Christmas Day 2027 falls on a Saturday.",
			"Eid|DATE|2025-03-30|;March 30, 2025|DATE|2025-03-30|;Christmas Day 2027|DATE|2027-12-25|"},
	})
}

// TestTagYearClauses: a past year's relative clause dates what it tells;
// the year a measure began, after "since", does not date the sentence.
func TestTagYearClauses(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 8, 30), "The 2003 heat, which peaked in early August, killed 70,000 people. The world had its hottest day since records began in 1940 on July 22.",
			"2003|DATE|2003|;early August|DATE|2003-08|START;1940|DATE|1940|;July 22|DATE|2024-07-22|"},
	})
}

// TestTagNightBefore: "the night before" after a day told is the night
// before it, and the small hours that follow are that day's.
func TestTagNightBefore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 6), "On June 6, 1944, troops crossed. Paratroopers had dropped during the night before, while others seized bridges. H-Hour was 6:30 a.m.",
			"June 6, 1944|DATE|1944-06-06|;the night before|TIME|1944-06-05TNI|;6:30 a.m.|TIME|1944-06-06T06:30|"},
	})
}

// TestTagDDay: "D-Day" is 6 June 1944, not a plan's "D-Day for" a deal;
// a dateline with a country after its city is the report's day, whatever
// the headline named.
func TestTagDDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 6), "Veterans return 81 years after D-Day\n\nCOLLEVILLE-SUR-MER, France, June 6 (AFP) - He came ashore on D-Day at 7:10 in the morning. D-Day for the merger is Friday. They agreed the \"D-Day\" for an intervention.",
			"81 years|DURATION|P81Y|;D-Day|DATE|1944-06-06|;June 6|DATE|2025-06-06|;D-Day|DATE|1944-06-06|;7:10 in the morning|TIME|1944-06-06T07:10|;Friday|DATE|2025-06-06|"},
	})
}

// TestTagUnitInName: a capitalized unit before another capitalized word
// is a name's: "two dozen Second World War veterans".
func TestTagUnitInName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 6), "More than two dozen Second World War veterans came. He ran for three Hours Monday.",
			"three Hours|DURATION|PT3H|;Monday|DATE|2025-06-02|"},
	})
}

// TestTagThisWeekendGone: told on a Monday, "this weekend" as the subject
// of a past verb, or right after one, is the weekend just gone; otherwise
// the one ahead.
func TestTagThisWeekendGone(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 31), "For 23 of them this weekend brought a second ceremony. They will rest this weekend.",
			"this weekend|DATE|2027-W21-WE|;this weekend|DATE|2027-W22-WE|"},
		{tt(2026, 9, 14), "Families came back in numbers this weekend. He urged anyone heading out this weekend to take care. Three were freed as soon as this weekend.",
			"this weekend|DATE|2026-W37-WE|;this weekend|DATE|2026-W38-WE|;this weekend|DATE|2026-W38-WE|"},
	})
}

// TestTagWeekdayInActName: a weekday between two capitalized words of a name
// is no date, and does not take the place of the year told before it.
func TestTagWeekdayInActName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 31), "It has been held since 1971, when the Uniform Monday Holiday Act took effect. That year Memorial Day came on May 31. Officials said Monday Mr Smith would go.",
			"1971|DATE|1971|;That year|DATE|1971|;Memorial Day|DATE|1971-05-31|;May 31|DATE|1971-05-31|;Monday|DATE|2027-05-31|"},
	})
}

// TestTagThatWeekdayNearer: "that Friday" in a past story points to the
// nearer Friday of the day told, either side.
func TestTagThatWeekdayNearer(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 12, 2), "Last year's change, on December 10, came two days after a strike had halted services for 24 hours. Only one train in five ran that Friday.",
			"Last year|DATE|2023|;December 10|DATE|2023-12-10|;two days|DURATION|P2D|;24 hours|DURATION|PT24H|;that Friday|DATE|2023-12-08|"},
	})
}

// TestTagPastYearClauses: a sentence opened by a past year tells when
// "they did not arrive until June 8"; "the 2022 midterms, when Warnock
// beat Walker on Dec. 6" dates the clause, whatever tense "beat" has.
func TestTagPastYearClauses(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 27), "In 2023 they did not arrive until June 8.",
			"2023|DATE|2023|;June 8|DATE|2023-06-08|"},
		{tt(2026, 11, 9), "The calendar got its first test in the 2022 midterms, when Warnock beat Walker in a runoff on Dec. 6.",
			"2022|DATE|2022|;Dec. 6|DATE|2022-12-06|"},
	})
}

// TestTagStoryCarriedOn: a story long past goes on past "The following
// days", and its months in the sentence of its day are of its year; not
// after a day that opens a span or ends a relative clause.
func TestTagStoryCarriedOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 6, 6), "On June 6, 1944, troops crossed. The following days brought little relief. Cherbourg fell on June 26, but Caen, which Montgomery had hoped to take on the first day, held out into July, and the campaign ended only in late August.",
			"June 6, 1944|DATE|1944-06-06|;The following days|DURATION|PXD|;June 26|DATE|1944-06-26|;July|DATE|1944-07|;late August|DATE|1944-08|END"},
		{tt(2023, 11, 8), "The ECB, which raised rates at ten meetings from July 2022, left its rate at 4% at its October meeting.",
			"July 2022|DATE|2022-07|;October|DATE|2023-10|"},
		{tt(2025, 1, 20), "Since the October 7 attack, Israel has fought in Lebanon, where a ceasefire took hold in late November.",
			"October 7|DATE|2024-10-07|;late November|DATE|2024-11|END"},
	})
}

// TestTagDailyAdjective: "daily" before the noun it qualifies is an
// adjective, as "weekly" and "monthly" are; the adverb is a SET.
func TestTagDailyAdjective(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 8, 30), "An analysis of the service's daily data. The ministry issues daily heat bulletins. Flights run daily from Athens. Trains run daily. He takes the pill twice daily.",
			"daily|SET|P1D|EVERY;daily|SET|P1D|EVERY;twice daily|SET|P1D|EVERY"},
	})
}

// TestTagSpreadHours: hours that their sentence spreads over many days are
// of no one day: "until further notice", "for 30 days", a range of dates
// told before them, a SET just before or after ("every Wednesday at noon",
// "at noon daily"). A past one-off keeps its day, and so do hours whose
// span is another clause's ("by noon but stay on the payroll for 60 days").
func TestTagSpreadHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 20), "Parking is banned between 1 a.m. and 7 a.m. until further notice. The mall will stay open until 2am for 30 days.",
			"1 a.m.|TIME|XXXX-XX-XXT01:00|;7 a.m.|TIME|XXXX-XX-XXT07:00|;2am|TIME|XXXX-XX-XXT02:00|;30 days|DURATION|P30D|"},
		{tt(2026, 2, 12), "Under a rule in effect from May 1 to Sept. 30, crews do not refuel trucks until after 6 p.m. on weekdays. On July 4, between 1 a.m. and 4 a.m., it rained.",
			"May 1|DATE|2026-05-01|;Sept. 30|DATE|2026-09-30|;6 p.m.|TIME|XXXX-XX-XXT18:00|;weekdays|SET|XXXX-WXX-WD|;July 4|DATE|2025-07-04|;1 a.m.|TIME|2025-07-04T01:00|;4 a.m.|TIME|2025-07-04T04:00|"},
		{tt(2027, 7, 14), "Questions, held every Wednesday at noon while the House sits, resume on 8 September. From Easter Monday the bells will be rung at noon daily. Staff lose access by noon but stay on the payroll for 60 days.",
			"every Wednesday|SET|XXXX-WXX-3|EVERY;noon|TIME|XXXX-XX-XXT12:00|;8 September|DATE|2027-09-08|;Easter Monday|DATE|2028-04-17|;noon|TIME|XXXX-XX-XXT12:00|;daily|SET|P1D|EVERY;noon|TIME|2027-07-14T12:00|;60 days|DURATION|P60D|"},
		{tt(2026, 2, 12), "Snow fell between 1 a.m. and 7 a.m. for two days.",
			"1 a.m.|TIME|2026-02-12T01:00|;7 a.m.|TIME|2026-02-12T07:00|;two days|DURATION|P2D|"},
	})
}

// TestTagServiceHours: a timetable's clock times, given a service that
// runs on many days, are of no one day; the first flight's are its day's.
func TestTagServiceHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 10), "Return flights will leave Los Angeles at 3.50pm. Flight SW2026 leaves Manchester at 6.15am. Under the new timetable the first sailing will leave Corsay at 07:30. The first flight will leave at 10.40am. The minister leaves at 9am.",
			"3.50pm|TIME|XXXX-XX-XXT15:50|;6.15am|TIME|XXXX-XX-XXT06:15|;07:30|TIME|XXXX-XX-XXT07:30|;10.40am|TIME|2026-02-10T10:40|;9am|TIME|2026-02-10T09:00|"},
	})
}

// TestTagSetAfterSecondTime: a SET after the second of two clock times
// makes both recur; so does "on the second Tuesday of each month".
func TestTagSetAfterSecondTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 26), "The smoke could appear around noon and 7 p.m. each day. Work sessions are at 5:30 p.m. on the second Tuesday of each month. He arrived at 9am and 5pm came.",
			"around noon|TIME|XXXX-XX-XXT12:00|APPROX;7 p.m.|TIME|XXXX-XX-XXT19:00|;each day|SET|P1D|EACH;5:30 p.m.|TIME|XXXX-XX-XXT17:30|;the second Tuesday of each month|SET|P1M|EVERY;9am|TIME|2026-01-26T09:00|;5pm|TIME|2026-01-26T17:00|"},
	})
}

// TestTagDocumentNumbers: a year and a serial after a document's name are
// its number, not dates; a season's years stay a date.
func TestTagDocumentNumbers(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 26), "PUBLIC HEARING: ORDINANCE 2025-41. He moved to approve Ordinance 2025-41 and Resolution No. 2024-12. The 2023-24 season ended.",
			"The 2023-24 season|DATE|2023|"},
	})
}

// TestTagTrapsAndNames: a latitude's minutes, the polar "midnight sun", a
// capitalized "Quarterly" in a report's name, and a quarter a score places
// in a game (in a text with money) are no expressions; "every other
// night" is a SET; "the austral summer draws to a close" is the season.
func TestTagTrapsAndNames(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 10), "Position 88 degrees 31 minutes south, under a midnight sun. Flights end as the austral summer draws to a close. They play every other night.",
			"the austral summer|DATE|2026-SU|;every other night|SET|P2D|EVERY"},
		{tt(2026, 1, 26), "He signed a $120 million deal and scored 14 of his 31 points in the fourth quarter. See its Quarterly Reports on Form 10-Q. It reports quarterly.",
			"quarterly|SET|P3M|EVERY"},
	})
}

// TestTagQuarterAndYear: a quarter paired with a year by "and" is that
// year's: "the fourth quarter and fiscal year 2025".
func TestTagQuarterAndYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 26), "It will release results for the fourth quarter and fiscal year 2025 on Tuesday. The third quarter and full year 2024 were weak.",
			"the fourth quarter|DATE|2025-Q4|;fiscal year 2025|DATE|2025|;Tuesday|DATE|2026-01-27|;The third quarter|DATE|2024-Q3|;2024|DATE|2024|"},
	})
}

// TestTagLaterFromClock: "an hour later" counts from a clock time told in
// the sentence before, past a long relative clause; it carries no story of
// a year told in that clause on to the days after it.
func TestTagLaterFromClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 1), "The act will be signed at noon on April 30 in the Hall of State at Halvik Castle, where he took his oath in the spring of 1992 after the death of his father. Ingrid will be proclaimed queen from the castle balcony an hour later. Saarberg, who was told of the decision on Dec. 19, said so.",
			"noon|TIME|2026-04-30T12:00|;April 30|DATE|2026-04-30|;the spring of 1992|DATE|1992-SP|;an hour later|TIME|2026-04-30T13:00|;Dec. 19|DATE|2025-12-19|"},
	})
}

// TestTagAppositiveYear: a year inside a participle's aside ("Devereaux,
// taken 14th overall in the 2019 draft, averaged ...") does not date the
// main clause's month.
func TestTagAppositiveYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 4), "Devereaux, taken 14th overall in the 2019 draft, averaged 24.1 points in December.",
			"2019|DATE|2019|;December|DATE|2025-12|"},
	})
}

// TestTagPerfectIncluding: a present perfect puts a weekday after it ahead
// ("has called a vote on Friday"), but not one it includes in its span or
// names in a possessive ("have lost five games, including Tuesday night's
// defeat").
func TestTagPerfectIncluding(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 4), "The council has called a vote on Friday. The Kings have lost five games, including one on Tuesday. They have lost twice, including Monday night's defeat.",
			"Friday|DATE|2026-02-06|;Tuesday|DATE|2026-02-03|;Monday night|TIME|2026-02-02TNI|"},
	})
}

// TestTagImperativeDay: a day in a command looks ahead ("Ask me Friday");
// a noun that looks like the verb does not ("Call volumes rose on Monday").
func TestTagImperativeDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 4), "\"Ask me Friday,\" he said. Call volumes rose on Monday. He asked me Friday.",
			"Friday|DATE|2026-02-06|;Monday|DATE|2026-02-02|;Friday|DATE|2026-01-30|"},
		{tt(2025, 2, 27), "\"Ask me how I feel on Monday.\" He asked me how I felt on Monday.",
			"Monday|DATE|2025-03-03|;Monday|DATE|2025-02-24|"},
		{tt(2026, 3, 5), "Fill jugs and the bath on Tuesday afternoon. Book a slot on Monday. Order books rose on Tuesday.",
			"Tuesday afternoon|TIME|2026-03-10TAF|;Monday|DATE|2026-03-09|;Tuesday|DATE|2026-03-03|"},
	})
}

// TestTagPronounCarriesYear: "It" opening the sentence after one a past
// year's thing opens is that thing, in that year.
func TestTagPronounCarriesYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2042, 10, 6), "The 2013 conclave, called after Benedict XVI resigned, lasted just over 24 hours. It opened on the afternoon of March 12.",
			"2013|DATE|2013|;just over 24 hours|DURATION|PT24H|MORE_THAN;the afternoon of March 12|TIME|2013-03-12TAF|"},
	})
}

// TestTagPartThenSubject: "in the afternoon" before the subject of a new
// clause is that part of the day told; after "tonight", "in the morning"
// is the next morning.
func TestTagPartThenSubject(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2042, 10, 6), "On Wednesday morning they will celebrate a Mass, and in the afternoon they will walk to the chapel.",
			"Wednesday morning|TIME|2042-10-08TMO|;the afternoon|TIME|2042-10-08TAF|"},
		{tt(2025, 7, 15), "\"Tonight we keep them alive, and in the morning we give them the best chance,\" she said.",
			"Tonight|TIME|2025-07-15TNI|;the morning|TIME|2025-07-16TMO|"},
	})
}

// TestTagMeetingMinutes: the times a meeting's minutes record, told in the past,
// are of the day the title names, not of the day they were posted.
func TestTagMeetingMinutes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 29), "City Council Regular Meeting Minutes, Tuesday, October 28, 2025\n\nDraft minutes posted on Wednesday.\n\n1. CALL TO ORDER. The meeting was called to order at 7:02 p.m. by the mayor. The next meeting is at 7 p.m. on Tuesday, Nov. 25.",
			"Tuesday, October 28, 2025|DATE|2025-10-28|;Wednesday|DATE|2025-10-29|;7:02 p.m.|TIME|2025-10-28T19:02|;7 p.m.|TIME|2025-11-25T19:00|;Tuesday, Nov. 25|DATE|2025-11-25|"},
	})
}

// TestTagHolidayEventYear: a holiday's speech or concert "in 2023" is that
// year's holiday, and "two weeks later" counts from it.
func TestTagHolidayEventYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 1), "Margrethe II used her New Year's Eve speech in 2023 to say she would step down two weeks later.",
			"New Year's Eve|DATE|2023-12-31|;2023|DATE|2023|;two weeks later|DATE|2024-W02|"},
	})
}

// TestTagPresentCopulaReported: "is on" just before a date gives the
// reported clause's present, not the reporting verb's past.
func TestTagPresentCopulaReported(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 29), "He reminded residents that the levy is on the Nov. 4 ballot. The levy, he said, is on the Nov. 4 ballot. He said it was on Oct. 14.",
			"Nov. 4|DATE|2025-11-04|;Nov. 4|DATE|2025-11-04|;Oct. 14|DATE|2025-10-14|"},
	})
}

// TestTagFiscalYearEndsBefore: "the fiscal year ends on June 30" defines
// any year's end; "before the fiscal year ends on June 30" is this one's.
func TestTagFiscalYearEndsBefore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 29), "It moves money to repairs before the fiscal year ends on June 30. Its fiscal year ends on June 30.",
			"the fiscal year|DATE|2025|;June 30|DATE|2026-06-30|;June 30|DATE|XXXX-06-30|"},
	})
}

// TestTagDayCountApposition: "on Sunday, Day 41 of a journey" is that day
// and counts the days from the first, so "Day 1" is 40 days before.
func TestTagDayCountApposition(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 10), "The skiers expect to reach the pole, their expedition said on Sunday, Day 41 of a journey of 1,130 km. They set out on Dec. 1. On Day 1 they managed only 9 km.",
			"Sunday|DATE|2027-01-10|;Day 41|DATE|2027-01-10|;Dec. 1|DATE|2026-12-01|;Day 1|DATE|2026-12-01|"},
	})
}

// TestTagLateAdverb: "late" after "work", "stay", "run" says how, not
// which part of the day: "planned to work late tonight".
func TestTagLateAdverb(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 4), "The office planned to work late tonight. Trains ran late on Sunday. It ends late tonight.",
			"tonight|TIME|2026-02-04TNI|;Sunday|DATE|2026-02-01|;late tonight|TIME|2026-02-04TNI|END"},
	})
}

// TestTagEachSession: "each morning session" is each session, no SET of
// mornings; "every morning" alone is.
func TestTagEachSession(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2042, 10, 6), "The ballots are burned after each morning and afternoon session. They met every morning in the hall. Every evening news bulletin ran.",
			"every morning|SET|XXXX-XX-XXTMO|EVERY"},
	})
}

// TestTagCompoundHours: "walk-in hours" are opening hours, no span; "in
// hours" is one.
func TestTagCompoundHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 24), "It plans walk-in hours every Saturday. Drop-in hours are long. It ended in hours.",
			"every Saturday|SET|XXXX-WXX-6|EVERY;hours|DURATION|PTXH|"},
	})
}

// TestTagPossessiveAhead: a day's possessive in a clause that looks ahead
// is the day to come: "as Tuesday's rain looms", "rain threatens
// Saturday's race", "orders for Friday's auction must be entered",
// "drawn up to beat Tuesday's rain"; "Wednesday's ruling angered them" is
// gone.
func TestTagPossessiveAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 7), "Brennan plays as Tuesday's rain looms. Rain threatens Saturday's race. Orders for Friday's auction must be entered early. He is listed in an order drawn up to beat Tuesday's rain. Wednesday's ruling angered them.",
			"Tuesday|DATE|2025-07-08|;Saturday|DATE|2025-07-12|;Friday|DATE|2025-07-11|;Tuesday|DATE|2025-07-08|;Wednesday|DATE|2025-07-02|"},
	})
}

// TestTagOddsAndRaceTimes: "the 5-1 second choice" is odds and a
// position, "1:59 2/5" a race time; neither is a time expression.
func TestTagOddsAndRaceTimes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 29), "Harbor Light, the 5-1 second choice, breaks from post 17. Secretariat's record of 1:59 2/5 has stood. Post time is 6:57 p.m.",
			"6:57 p.m.|TIME|2027-04-29T18:57|"},
	})
}

// TestTagServiceHoursDayAfter: a timetable's verb further back, or a day
// after the clock time, leaves the time that day's.
func TestTagServiceHoursDayAfter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 30), "The last departures will leave Ben Gurion before it closes at 2 p.m. on Wednesday.",
			"2 p.m.|TIME|2025-10-01T14:00|;Wednesday|DATE|2025-10-01|"},
	})
}

// TestTagHolidayApposition: a holiday with a full date set beside it is
// that date's: "on Yom Kippur, Oct. 6, 1973", and the clock before it.
func TestTagHolidayApposition(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 30), "Egypt and Syria attacked at about 2 p.m. on Yom Kippur, Oct. 6, 1973. On Christmas Day, Dec. 25, 2004, it hit.",
			"about 2 p.m.|TIME|1973-10-06T14:00|APPROX;Yom Kippur|DATE|1973-10-06|;Oct. 6, 1973|DATE|1973-10-06|;Christmas Day|DATE|2004-12-25|;Dec. 25, 2004|DATE|2004-12-25|"},
	})
}

// TestTagRunningSpan: a range of days that opened recently and holds the
// reference is under way, whatever future its verb tells.
func TestTagRunningSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 12), "The amnesty runs from March 1 through April 30. The sale runs from Feb. 1 to Feb. 10.",
			"March 1|DATE|2027-03-01|;April 30|DATE|2027-04-30|;Feb. 1|DATE|2028-02-01|;Feb. 10|DATE|2028-02-10|"},
		{tt(2026, 8, 10), "The shower runs from mid-July to late August.",
			"mid-July|DATE|2026-07|MID;late August|DATE|2026-08|END"},
	})
}

// TestTagCountPerHour: a count of things "an hour" is a rate, a SET;
// "loses an hour" is a span.
func TestTagCountPerHour(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 10), "It can produce up to 100 meteors an hour, several hundred meteors an hour at times. Expect 20 or more an hour. The clock loses an hour.",
			"an hour|SET|PT1H|;an hour|SET|PT1H|;an hour|SET|PT1H|;an hour|DURATION|PT1H|"},
	})
}

// TestTagAges: in news, an age in weeks, months or years is no time
// expression: "everyone 6 months and older", "shots at 2 months", "a
// booster at 4 to 6 years", "at 12 to 15 months of age"; a span is.
func TestTagAges(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 13), "Everyone 6 months and older should get a flu shot. Babies get shots at 2 months, with a booster at 4 to 6 years. The first MMR dose comes at 12 to 15 months of age. The talks lasted 4 to 6 years.",
			"4 to 6 years|DURATION|PXY|"},
	})
}

// TestTagWeekdaySetDecadeThatYear: "every weekday" is a SET of weekdays;
// "the '80s" keeps its article; "that year" after a year and a reporting
// "said Friday" is that year.
func TestTagWeekdaySetDecadeThatYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 12), "Fines dating back to 1990 can be erased, she said Friday. The library moved its records that year. It is open every weekday. It slipped behind the stove in the '80s.",
			"1990|DATE|1990|;Friday|DATE|2027-03-12|;that year|DATE|1990|;every weekday|SET|XXXX-WXX-WD|EVERY;the '80s|DATE|198|"},
	})
}

// TestTagQuotedEntry: a diary entry or letter of a day long past, quoted
// after a colon, tells its own day's "this morning", "yesterday" and
// "midnight"; outside the quotation the reference comes back.
func TestTagQuotedEntry(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 5, 7), "On 6 June 1944 the second front came: \"Heard it on the wireless at half past nine this morning. Yesterday was calm. We danced until midnight.\" The book comes out next month.",
			"6 June 1944|DATE|1944-06-06|;half past nine this morning|TIME|1944-06-06T09:30|;Yesterday|DATE|1944-06-05|;midnight|TIME|1944-06-06T24:00|;next month|DATE|2025-06|"},
	})
}

// TestTagWantDone: "want X done by" a date looks ahead; the participle is
// no past verb.
func TestTagWantDone(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 13), "Pediatricians want children vaccinated by the end of October.",
			"the end of October|DATE|2026-10|END"},
		{tt(2026, 3, 11), "That is why we want this settled by the summer.",
			"the summer|DATE|2026-SU|"},
	})
}

// TestTagQuarterEndsOn: a bare quarter told to end on a day is the quarter
// that day ends.
func TestTagQuarterEndsOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 19), "The expiry comes days before the quarter ends on March 31.",
			"days|DURATION|PXD|;the quarter|DATE|2026-Q1|;March 31|DATE|2026-03-31|"},
		{tt(2026, 3, 19), "The quarter ended on Dec. 31.",
			"The quarter|DATE|2025-Q4|;Dec. 31|DATE|2025-12-31|"},
	})
}

// TestTagNthWeekdayOfTheMonthApposition: "June 19, the third Friday of
// the month" is of June, not of the reference's month.
func TestTagNthWeekdayOfTheMonthApposition(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 19), "It comes a day early, because June 19, the third Friday of the month, is a holiday. Expiry falls on the third Friday of the month.",
			"a day|DURATION|P1D|;June 19|DATE|2026-06-19|;the third Friday of the month|DATE|2026-06-19|;the third Friday of the month|DATE|2026-03-20|"},
	})
}

// TestTagPossessiveAheadMore: a day's possessive with a present verb of
// what it brings after it, or after "get", looks ahead, also past a
// participle's aside; "would look for ways to get around Wednesday's
// ruling" does not.
func TestTagPossessiveAheadMore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 3), "Friday's release also carries the annual revision. First, traders get Thursday's jobless claims. Friday's second spacewalk, planned to last six hours, will fit new panels. They would look for ways to get around Monday's ruling.",
			"Friday|DATE|2027-02-05|;Thursday|DATE|2027-02-04|;Friday|DATE|2027-02-05|;six hours|DURATION|PT6H|;Monday|DATE|2027-02-01|"},
	})
}

// TestTagHoursWeekdays: "8 a.m. to 9 p.m. ET weekdays" recurs, both ends,
// and "weekdays" is a SET; "every 15 minutes since 08:00" starts today.
func TestTagHoursWeekdays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 11), "The call center is open 8 a.m. to 9 p.m. ET weekdays. It has updated its bulletins every 15 minutes since 08:00.",
			"8 a.m.|TIME|XXXX-XX-XXT08:00|;9 p.m. ET|TIME|XXXX-XX-XXT21:00|;weekdays|SET|XXXX-WXX-WD|;every 15 minutes|SET|PT15M|EVERY;08:00|TIME|2025-11-11T08:00|"},
	})
}

// TestTagBracesAndHolds: "braces for ... on Friday" looks ahead, and so
// does a schedule's present after "and" ("and holds its day sale on
// Thursday"); a day in the clause "as" opens keeps its own tense.
func TestTagBracesAndHolds(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 11), "Wall Street braces for a benchmark revision on Friday. Christie's sold design objects on Monday and holds its day sale on Thursday.",
			"Friday|DATE|2025-11-14|;Monday|DATE|2025-11-10|;Thursday|DATE|2025-11-13|"},
		{tt(2024, 9, 28), "China braces for Golden Week rush as millions work on Sunday",
			"Golden Week|DATE|2024-W40|;Sunday|DATE|2024-09-29|"},
	})
}

// TestTagSuitNumber: a suit's or a seat's number is no year.
func TestTagSuitNumber(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 16), "Ekberg wore suit 2031 and Reyes suit 2044. The station will retire in 2031.",
			"2031|DATE|2031|"},
	})
}

// TestTagWeekEndingWeekday: "the week ending Thursday" is that week, one
// expression; "the week ending 14 September" stays seven days and a date.
func TestTagWeekEndingWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 17), "It sold 31,200 copies in the week ending Thursday. In the week ending 14 September, prices rose.",
			"the week ending Thursday|DATE|2025-W42|;the week|DURATION|P1W|;14 September|DATE|2025-09-14|"},
	})
}

// TestTagComparedPossessive: "up from 45% at Friday's close" compares
// with a day gone, whatever the sentence looks ahead to.
func TestTagComparedPossessive(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 3), "Futures put the chance of a cut at its March meeting at 60%, up from 45% at Friday's close.",
			"March|DATE|2027-03|;Friday|DATE|2027-01-29|"},
	})
}

// TestTagDayLikeToday: "a day like today" is a kind of day and "a fixed day
// of the month" any month's; neither is tagged. "move tasks to Friday"
// looks ahead.
func TestTagDayLikeToday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 16), "I've waited ten years for a day like today. It bills on a fixed day of the month. They may move any tasks to Friday.",
			"ten years|DURATION|P10Y|;today|DATE|2027-06-16|;Friday|DATE|2027-06-18|"},
	})
}

// TestTagCourtFrostPages: "listed for a hearing on Monday" and "said
// Monday's application would be heard" look ahead; "between midnight and
// dawn on Monday" starts as Sunday ends; a month in a clause about a month
// long past is of its year; page numbers are no years.
func TestTagCourtFrostPages(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 20), "The judge listed the application for a hearing on Monday at 10am. He said Monday's application would be heard by another judge. He was arrested for a robbery on Monday.",
			"Monday|DATE|2026-02-23|;10am|TIME|2026-02-23T10:00|;Monday|DATE|2026-02-23|;Monday|DATE|2026-02-16|"},
		{tt(2027, 4, 13), "Growers lit fire pots between midnight and dawn on Monday. They fear a repeat of the April 2021 frost, which followed a warm spell in late March and cut output that year. Source: Hansard, pages 1987 to 1994.",
			"midnight|TIME|2027-04-11T24:00|;Monday|DATE|2027-04-12|;April 2021|DATE|2021-04|;late March|DATE|2021-03|END;that year|DATE|2021|"},
	})
}

// TestTagLastWinterNextSentence: "last winter", told from now, does not
// carry its year to the months of the next sentence; "That summer" does.
func TestTagLastWinterNextSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 20), "Costs were £5.60 a day for gas last winter. My statement for January, which arrived this week, was lower.",
			"a day|SET|P1D|;last winter|DATE|2025-WI|;January|DATE|2027-01|;this week|DATE|2027-W07|"},
	})
}

// TestTagQuarterAnchor: a quarter told with its year is what "that
// spring" and "that year" after it point back to.
func TestTagQuarterAnchor(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 20), "The scheme came to light in the first quarter of 2022, when auditors found the losses. Trustees called the police that spring.",
			"the first quarter of 2022|DATE|2022-Q1|;that spring|DATE|2022-SP|"},
	})
}

// TestTagTranscriptStamp: a transcript's speaker line "(2.16 pm):" is the
// sitting's time, whatever day the answer before it named.
func TestTagTranscriptStamp(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 8, 28), "Ms REYES (2.12 pm): When the House resumes on Monday, the bill will be debated.\n\nMr FERRIER (Leader of the Opposition) (2.16 pm): My question is to the Treasurer.",
			"2.12 pm|TIME|2025-08-28T14:12|;Monday|DATE|2025-09-01|;2.16 pm|TIME|2025-08-28T14:16|"},
	})
}

// TestTagNamedEventWhich: "the Blizzard of 1996, which ... ended on the
// afternoon of Jan. 8" is of that year; a warning "until 6 p.m." that
// covers the city now is today's; "license, No. 2024-0311" is a number.
func TestTagNamedEventWhich(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 19), "It ranks behind the Blizzard of 1996, which dropped 30.7 inches over two days before it ended on the afternoon of Jan. 8. A winter storm warning until 6 p.m. covers the city. The diner's license, No. 2024-0311, runs until March 1.",
			"1996|DATE|1996|;two days|DURATION|P2D|;the afternoon of Jan. 8|TIME|1996-01-08TAF|;6 p.m.|TIME|2026-01-19T18:00|;March 1|DATE|2026-03-01|"},
	})
}

// TestTagStampsPastMidnight: live-blog stamps run in order through the
// night; a stamp earlier than the last by hours is the next day's.
func TestTagStampsPastMidnight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2029, 5, 3), "Election night live\n\n10.02pm\n\nThe exit poll is out.\n\n11.46pm\n\nReform takes Blyth.\n\n12.35am\n\nThe Conservatives take Exeter.\n\n1.20am\n\nResults arrive.",
			"10.02pm|TIME|2029-05-03T22:02|;11.46pm|TIME|2029-05-03T23:46|;12.35am|TIME|2029-05-04T00:35|;1.20am|TIME|2029-05-04T01:20|"},
	})
}

// TestTagOvernightInto: "overnight into Wednesday" is the night that ends
// on that day.
func TestTagOvernightInto(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 19), "Another system would bring more snow overnight into Wednesday.",
			"overnight|TIME|2026-01-20TNI|;Wednesday|DATE|2026-01-21|"},
	})
}

// TestTagWeekdaysFrom: "open weekdays from 9 a.m. to 6 p.m." is a SET and
// hours of no one day.
func TestTagWeekdaysFrom(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 17), "The call center is open weekdays from 9 a.m. to 6 p.m. ET.",
			"weekdays|SET|XXXX-WXX-WD|;9 a.m.|TIME|XXXX-XX-XXT09:00|;6 p.m. ET|TIME|XXXX-XX-XXT18:00|"},
	})
}

// TestTagCalendarAheadPastSpan: a calendar of days ahead goes on ahead
// past a span told in between ("a week-long fall break from Oct. 12").
func TestTagCalendarAheadPastSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 18), "The first day of school moves to Aug. 12 from Aug. 19. In exchange, students get a week-long fall break from Oct. 12 through Oct. 16.",
			"Aug. 12|DATE|2026-08-12|;Aug. 19|DATE|2026-08-19|;week-long|DURATION|P1W|;Oct. 12|DATE|2026-10-12|;Oct. 16|DATE|2026-10-16|"},
	})
}

// TestTagPaidOnTheNth: "are paid on the 3rd of the month" is that day of
// any month, a SET.
func TestTagPaidOnTheNth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 15), "Others are paid on the 3rd of the month.",
			"the 3rd of the month|SET|XXXX-XX-03|"},
	})
}

// TestTagThatSundayOfNight: "that Sunday morning" is the Sunday of "the
// night of Oct. 19, 2025" told before, past a month told with a modifier
// ("a verdict due in early April").
func TestTagThatSundayOfNight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 10), "Five men are accused of stealing boxes on the night of Oct. 19, 2025. The trial opens on Monday, with a verdict due in early April. In Paris that Sunday morning, two thieves had entered the gallery at 9:34 a.m.",
			"the night of Oct. 19, 2025|TIME|2025-10-19TNI|;Monday|DATE|2027-03-15|;early April|DATE|2027-04|START;that Sunday morning|TIME|2025-10-19TMO|;9:34 a.m.|TIME|2025-10-19T09:34|"},
	})
}

// TestTagSmallTraps: "this year's last day" is no yesterday; a motion's
// "second", "from one year to the next" are no spans; "one morning a year"
// is a rate; "spend the next week" a span; "In 2023 organizers shortened"
// a year.
func TestTagSmallTraps(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 4, 27), "This year's last day has been pushed back to June 5. The proposal did not get a second. Checks do not shrink from one year to the next. \"We get one morning a year,\" she said. She will spend the next week on it. In 2023 organizers shortened the race.",
			"This year|DATE|2025|;June 5|DATE|2025-06-05|;a year|SET|P1Y|;the next week|DURATION|P1W|;2023|DATE|2023|"},
	})
}

// TestTagShiftedStart: "moving the start an hour earlier" shifts the start
// by an hour; it is no clock time.
func TestTagShiftedStart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 4, 27), "The race began at 7:30 a.m. Organizers may change it, possibly moving the start an hour earlier.",
			"7:30 a.m.|TIME|2025-04-27T07:30|;an hour|DURATION|PT1H|"},
	})
}

// TestTagMonthAfterYearJustTold: a month naming an event ("the March
// walkout") takes the year of a day told in that month, unless a year was
// told just before it.
func TestTagMonthAfterYearJustTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 10), "The last contract was signed on March 3, 2023, after a strike. Talks resumed on Monday. This is the third walkout this year. The March walkout lasted two days.",
			"March 3, 2023|DATE|2023-03-03|;Monday|DATE|2026-05-04|;this year|DATE|2026|;March|DATE|2026-03|;two days|DURATION|P2D|"},
		{tt(2026, 5, 10), "The last contract was signed on March 3, 2023, after a strike. Talks resumed on Monday. The March walkout lasted two days.",
			"March 3, 2023|DATE|2023-03-03|;Monday|DATE|2026-05-04|;March|DATE|2023-03|;two days|DURATION|P2D|"},
	})
}

// TestTagDayAnchorPastBackdropYear: a year told in passing, long before
// the day a story tells, does not take that day's place for a count of
// days or a part of the next day; it still anchors "that year".
func TestTagDayAnchorPastBackdropYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 8, 5), "The mine collapsed on Aug. 5, 2010. The shaft, which was dug in 1889, flooded within an hour. Engineers had reported cracks two days earlier, and rescuers reached the men the following morning.",
			"Aug. 5, 2010|DATE|2010-08-05|;1889|DATE|1889|;an hour|DURATION|PT1H|;two days earlier|DATE|2010-08-03|;the following morning|TIME|2010-08-06TMO|"},
		{tt(2025, 8, 5), "The mine collapsed on Aug. 5, 2010. The shaft, which was dug in 1889, flooded. It was the deepest in Chile that year.",
			"Aug. 5, 2010|DATE|2010-08-05|;1889|DATE|1889|;that year|DATE|1889|"},
	})
}

// TestTagLaterDayOfStoryMonth: a later day of the month of the story's
// day, told in the past, is of the story's year, also past clock times
// and a year told in passing.
func TestTagLaterDayOfStoryMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 10), "Thieves broke in on the night of Oct. 19, 2025. The vault, which was built in 1894, held the coins. A guard found the door open at 7:50 a.m. Police arrested two men at a garage on Oct. 21.",
			"the night of Oct. 19, 2025|TIME|2025-10-19TNI|;1894|DATE|1894|;7:50 a.m.|TIME|2025-10-20T07:50|;Oct. 21|DATE|2025-10-21|"},
		// A day told as ahead is not the story's.
		{tt(2027, 3, 10), "Thieves broke in on Oct. 19, 2025. The vault, which was built in 1894, held the coins. The trial opens on March 22.",
			"Oct. 19, 2025|DATE|2025-10-19|;1894|DATE|1894|;March 22|DATE|2027-03-22|"},
	})
}

// TestTagScheduleSubjectWithPlace: a schedule's present ("Classes end
// June 4") looks ahead also when a place follows its subject.
func TestTagScheduleSubjectWithPlace(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 1), "Eight gardens in Little Persham open from noon to 4pm on Sunday, raising money for the village hall.",
			"noon|TIME|2026-09-06T12:00|;4pm|TIME|2026-09-06T16:00|;Sunday|DATE|2026-09-06|"},
		{tt(2026, 9, 1), "Shops across the city reopen on Monday.", "Monday|DATE|2026-09-07|"},
		{tt(2026, 9, 1), "Residents in Leeds met on Friday.", "Friday|DATE|2026-08-28|"},
	})
}

// TestTagObligationBeforeCommaPhrase: a date in a phrase after a comma
// takes an obligation's future from the main clause.
func TestTagObligationBeforeCommaPhrase(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 9), "The county boards must complete their canvass within 10 days of the vote, at meetings that open at 11 a.m. Friday.",
			"10 days|DURATION|P10D|;11 a.m. Friday|TIME|2026-11-13T11:00|"},
		{tt(2026, 11, 9), "The county boards must have completed their canvass within 10 days of the vote, at meetings that opened at 11 a.m. Friday.",
			"10 days|DURATION|P10D|;11 a.m. Friday|TIME|2026-11-06T11:00|"},
	})
}

// TestTagWeekdayRangeWithPartOfDay: the end of a range of days is the
// first such day after its start, also when the start names a part of the
// day or the range runs "into" its end.
func TestTagWeekdayRangeWithPartOfDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 29), "Forecasters give a 70% chance of rain from Friday night into Saturday afternoon.", "Friday night|TIME|2027-04-30TNI|;Saturday afternoon|TIME|2027-05-01TAF|"},
		{tt(2027, 4, 29), "Forecasters give a 70% chance of rain from Friday night to Saturday afternoon.", "Friday night|TIME|2027-04-30TNI|;Saturday afternoon|TIME|2027-05-01TAF|"},
		{tt(2027, 4, 29), "Snow is likely Friday night into Saturday.", "Friday night|TIME|2027-04-30TNI|;Saturday|DATE|2027-05-01|"},
		{tt(2027, 4, 29), "It rained from Monday night into Tuesday.", "Monday night|TIME|2027-04-26TNI|;Tuesday|DATE|2027-04-27|"},
	})
}

// TestTagWithStartTime: a verbless phrase giving an event's start names
// the day ahead, whatever past the clause before it told.
func TestTagWithStartTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 29), "Both horses drew outside posts, with post time 6:57 p.m. EDT Saturday.", "6:57 p.m. EDT Saturday|TIME|2027-05-01T18:57|"},
		{tt(2027, 4, 29), "The teams arrived on Tuesday, with kickoff at 3 p.m. Sunday.", "Tuesday|DATE|2027-04-27|;3 p.m. Sunday|TIME|2027-05-02T15:00|"},
		{tt(2027, 4, 29), "The teams arrived with their coaches, who left on Sunday.", "Sunday|DATE|2027-04-25|"},
	})
}

// TestTagNounParticipleBeforeWill: a participle after a noun is no verb;
// the main verb after the date tells its tense.
func TestTagNounParticipleBeforeWill(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 12, 19), "The cutoff was Monday, but express orders placed by 2 p.m. ET on Monday will still arrive in time.",
			"Monday|DATE|2024-12-16|;2 p.m. ET|TIME|2024-12-23T14:00|;Monday|DATE|2024-12-23|"},
		{tt(2024, 12, 19), "Ballots postmarked on Tuesday will be counted.", "Tuesday|DATE|2024-12-24|"},
		{tt(2024, 12, 19), "Ballots postmarked on Tuesday were counted.", "Tuesday|DATE|2024-12-17|"},
	})
}

// TestTagClockOfEventTold: a clock time in a sentence about an event the
// text told the day of ("The meeting ... will start at 9 a.m.") is that
// day's, not the day told just before.
func TestTagClockOfEventTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 26), "Halvorsen Controls will hold its annual shareholder meeting on April 22, the company said on Thursday. Shareholders of record on March 1 are entitled to vote. The meeting will be held online only, as it has been since 2021, and will start at 9 a.m. Central time.",
			"April 22|DATE|2027-04-22|;Thursday|DATE|2027-02-25|;March 1|DATE|2027-03-01|;2021|DATE|2021|;9 a.m. Central time|TIME|2027-04-22T09:00|"},
		{tt(2027, 2, 10), "The county will hold a public hearing on March 3 at the library. Comments are due by Feb. 20. The hearing will begin at 6 p.m.",
			"March 3|DATE|2027-03-03|;Feb. 20|DATE|2027-02-20|;6 p.m.|TIME|2027-03-03T18:00|"},
	})
}

// TestTagClockBeforeRecurringDays: a clock time before days that recur
// ("on Sunday mornings", "on the first of each month", "on alternate
// days") recurs with them.
func TestTagClockBeforeRecurringDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 1), "The operator will close the road to cars until 9am on Sunday mornings in June and July.",
			"9am|TIME|XXXX-XX-XXT09:00|;Sunday mornings|SET|XXXX-WXX-7TMO|EVERY;June|DATE|2027-06|;July|DATE|2027-07|"},
		{tt(2026, 9, 1), "Tables are released two months ahead, at 10am on the first of each month.",
			"two months|DURATION|P2M|;10am|TIME|XXXX-XX-XXT10:00|;the first of each month|SET|XXXX-XX-01|EACH"},
		{tt(2026, 9, 1), "Residents may water their gardens only after 6pm on alternate days.", "6pm|TIME|XXXX-XX-XXT18:00|"},
		{tt(2026, 9, 1), "The road reopens at 9am on Sunday.", "9am|TIME|2026-09-06T09:00|;Sunday|DATE|2026-09-06|"},
	})
}

// TestTagStoryWeekdayTwoSentencesOn: a weekday told in the past a sentence
// after the story's day, with no day between, is of that day's week.
func TestTagStoryWeekdayTwoSentencesOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 13), "On Friday, Nov. 6, a news site reported the losses. Customers pulled $1.9 billion within 72 hours. Withdrawals peaked on Saturday afternoon.",
			"Friday, Nov. 6|DATE|2026-11-06|;72 hours|DURATION|PT72H|;Saturday afternoon|TIME|2026-11-07TAF|"},
		{tt(2027, 1, 13), "On Friday, Nov. 6, a news site reported the losses. Customers pulled $1.9 billion within 72 hours. The exchange will reopen on Saturday.",
			"Friday, Nov. 6|DATE|2026-11-06|;72 hours|DURATION|PT72H|;Saturday|DATE|2027-01-16|"},
	})
}

// TestTagRateOfAmountAnHour: an amount in millions or a measure of a
// thing before "an hour" makes a rate.
func TestTagRateOfAmountAnHour(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 16), "Withdrawals peaked at about $90 million an hour.", "an hour|SET|PT1H|"},
		{tt(2026, 5, 16), "The engine burns about a tonne of coal an hour.", "an hour|SET|PT1H|"},
		{tt(2026, 5, 16), "The engine burns 900 kg of coal an hour.", "an hour|SET|PT1H|"},
		{tt(2026, 5, 16), "The count of votes took an hour.", "an hour|DURATION|PT1H|"},
	})
}

// TestTagDayItIsOn: a day something "is on" is to come, however far.
func TestTagDayItIsOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 16), "The last run of the season is on 26 September.", "26 September|DATE|2026-09-26|"},
		{tt(2025, 10, 20), "The clerk reminded residents that the levy is on the Nov. 4 ballot.", "Nov. 4|DATE|2025-11-04|"},
		{tt(2026, 5, 16), "The last run of the season was on 26 September.", "26 September|DATE|2025-09-26|"},
	})
}

// TestTagWhenClauseOfPastYear: a "when" clause after a year long past is
// of that year, though its verb moves a date ahead.
func TestTagWhenClauseOfPastYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 13), "It was held in November every year except in 2020, when the pandemic moved it to Dec. 3.", "November|DATE|XXXX-11|;every year|SET|P1Y|EVERY;2020|DATE|2020|;Dec. 3|DATE|2020-12-03|"},
		{tt(2025, 11, 13), "The race has run in April since 2021, when it was moved to October.", "April|DATE|2025-04|;2021|DATE|2021|;October|DATE|2021-10|"},
		{tt(2024, 1, 16), "Budgets came in February until 2017, when the date was moved so that Parliament could approve it before spending begins on April 1.", "February|DATE|2023-02|;2017|DATE|2017|;April 1|DATE|2024-04-01|"},
	})
}

// TestTagFrontedYearAndIntentPastTime: a year that opens its sentence
// dates the months of its clause, past the verb; an intent keeps its
// future past a phrase of time between the verb and "to".
func TestTagFrontedYearAndIntentPastTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 24), "\"Last year the curve flattened in mid-August and I relaxed,\" she said.", "Last year|DATE|2025|;mid-August|DATE|2025-08|MID"},
		{tt(2026, 3, 10), "Last year the festival fell on January 29; this year the break ran from February 15 to 23.", "Last year|DATE|2025|;January 29|DATE|2025-01-29|;this year|DATE|2026|;February 15|DATE|2026-02-15|;23|DATE|2026-02-23|"},
		{tt(2026, 4, 14), "The board agreed at its plenary last week to publish new guidance on transfers before the summer.", "last week|DATE|2026-W15|;the summer|DATE|2026-SU|"},
	})
}

// TestTagDeadlineForYearAhead: a deadline for a year ahead comes before
// that year.
func TestTagDeadlineForYearAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 1, 17), "Insurers must file their bids for next year's coverage by June 2.", "next year|DATE|2026|;June 2|DATE|2025-06-02|"},
		{tt(2025, 1, 17), "Next year's race will be held on June 2.", "Next year|DATE|2026|;June 2|DATE|2026-06-02|"},
	})
}

// TestTagRateOfOneDayPast: hours after a rate of minutes or hours told in
// the past are that day's, unless they bound a service's daily hours.
func TestTagRateOfOneDayPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 13), "A church in Seoul held services every hour from 6 a.m., and many churches kept their doors open until 10 p.m. for parents.",
			"every hour|SET|PT1H|EVERY;6 a.m.|TIME|2025-11-13T06:00|;10 p.m.|TIME|2025-11-13T22:00|"},
		{tt(2025, 11, 13), "A free ferry ran every 20 minutes from 6 a.m. to 10 p.m. until the state cut its funding in 2022.",
			"every 20 minutes|SET|PT20M|EVERY;6 a.m.|TIME|XXXX-XX-XXT06:00|;10 p.m.|TIME|XXXX-XX-XXT22:00|;2022|DATE|2022|"},
		{tt(2025, 11, 13), "Sprinters will leave every hour from 6 a.m. to 8 p.m.",
			"every hour|SET|PT1H|EVERY;6 a.m.|TIME|XXXX-XX-XXT06:00|;8 p.m.|TIME|XXXX-XX-XXT20:00|"},
	})
}

// TestTagUsualClock: "the usual 9 a.m." is the hour of no one day.
func TestTagUsualClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 13), "The exchange started trading at 10 a.m. instead of the usual 9 a.m. on Thursday.",
			"10 a.m.|TIME|2025-11-13T10:00|;9 a.m.|TIME|XXXX-XX-XXT09:00|;Thursday|DATE|2025-11-13|"},
		{tt(2025, 11, 13), "Its regular 6pm bulletin moved to 7pm.", "6pm|TIME|XXXX-XX-XXT18:00|;7pm|TIME|2025-11-13T19:00|"},
	})
}

// TestTagNamedYearPeriods: "the 2026 plan year" and its kin are the year
// whole.
func TestTagNamedYearPeriods(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 1, 17), "The cap would come too late for the 2026 plan year.", "the 2026 plan year|DATE|2026|"},
		{tt(2025, 1, 17), "Farmers sold most of the 2024 crop year harvest.", "the 2024 crop year|DATE|2024|"},
	})
}

// TestTagNoonAfterDayTold: noon takes a day told since the last clock
// time, as other clock times do.
func TestTagNoonAfterDayTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 19), "He crossed the line just after 11pm on Wednesday. Olazabal came in second at dawn on Thursday. Peyrac won, arriving shortly before noon the same day.",
			"11pm|TIME|2027-09-15T23:00|;Wednesday|DATE|2027-09-15|;Thursday|DATE|2027-09-16|;noon|TIME|2027-09-16T12:00|;the same day|DATE|2027-09-16|"},
		{tt(2026, 4, 24), "Rounds two and three follow on Friday at 7 p.m. ET, and the final four rounds Saturday, starting at noon.",
			"Friday|DATE|2026-04-24|;7 p.m. ET|TIME|2026-04-24T19:00|;Saturday|DATE|2026-04-25|;noon|TIME|2026-04-25T12:00|"},
	})
}

// TestTagFallHeading: "The fall." as a heading of its own is a collapse,
// not the season.
func TestTagFallHeading(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 13), "The rise. It grew fast in 2025. The fall. A rival walked away in November.", "2025|DATE|2025|;November|DATE|2026-11|"},
		{tt(2027, 1, 13), "We met in the fall. It was cold.", "the fall|DATE|2026-FA|"},
	})
}

// TestTagPartOfDayAfterYear: "until 2029, on the night of June 25" is that
// year's night.
func TestTagPartOfDayAfterYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 12), "It will not come until 2029, on the night of June 25.", "2029|DATE|2029|;the night of June 25|TIME|2029-06-25TNI|"},
		{tt(2027, 8, 12), "The launch slipped to 2028, on the morning of May 3.", "2028|DATE|2028|;the morning of May 3|TIME|2028-05-03TMO|"},
	})
}

// TestTagQuarterAheadInFuture: a quarter already gone this year, told as
// the end of a span still to come, is next year's; not in earnings.
func TestTagQuarterAheadInFuture(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 30), "OPEC+ agreed on Sunday to keep its output cuts in place through the end of the first quarter.", "Sunday|DATE|2026-11-29|;the end of the first quarter|DATE|2027-Q1|END"},
		{tt(2026, 11, 30), "Analysts expected Brent to average $66 in the first quarter.", "the first quarter|DATE|2027-Q1|"},
		{tt(2026, 11, 30), "Growth slowed in the first quarter.", "the first quarter|DATE|2026-Q1|"},
	})
}

// TestTagMarchMayAsSubject: "May" and "March" as the subject or the
// complement of "is" are months; the modal and a name are not.
func TestTagMarchMayAsSubject(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 10), "Rates are back. May is the real test, when the new contracts start.", "May|DATE|2025-05|"},
		{tt(2026, 11, 20), "The hens will cope for now. What I dread is March.", "now|DATE|PRESENT_REF|;March|DATE|2027-03|"},
		{tt(2017, 5, 30), "Mrs May will not take part in the debate.", ""},
		{tt(2017, 5, 30), "Voters may face a long wait. May we go?", ""},
	})
}

// TestTagLateOnWeekday: "late on Thursday" and "early on Sunday" are one
// expression each, the day's end or start, as most annotators mark them.
func TestTagLateOnWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 20), "The Assembly voted late on Thursday to raise the retirement age.", "late on Thursday|DATE|2026-11-19|END"},
		{tt(2026, 9, 14), "Thieves emptied a showcase early on Sunday. Footage shows a van at 2:41 a.m.", "early on Sunday|DATE|2026-09-13|START;2:41 a.m.|TIME|2026-09-13T02:41|"},
		{tt(2026, 8, 17), "Directors appointed administrators late on Sunday. Staff were told by email at 6am.", "late on Sunday|DATE|2026-08-16|END;6am|TIME|2026-08-17T06:00|"},
		{tt(2026, 8, 17), "It came as late on Sunday as ever.", "Sunday|DATE|2026-08-16|"},
	})
}

// TestTagClockTakesItsDaysYear: a clock time before "on" and a day takes
// the year the day resolves to.
func TestTagClockTakesItsDaysYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 8, 20), "By the summer of 1944, food was scarce. It came on the morning of Saturday 19 August. Madeleine Roux was 16 that summer. The first tanks reached the Hôtel de Ville at about 9.20pm on 24 August.",
			"the summer of 1944|DATE|1944-SU|;the morning of Saturday 19 August|TIME|1944-08-19TMO|;that summer|DATE|1944-SU|;about 9.20pm|TIME|1944-08-24T21:20|APPROX;24 August|DATE|1944-08-24|"},
	})
}

// TestTagDecimalHalf: "4.5 days" is four and a half days, in whole units.
func TestTagDecimalHalf(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 21), "Ships wait an average of 4.5 days for a berth.", "4.5 days|DURATION|P4DT12H|"},
		{tt(2026, 4, 21), "The trial took 1.5 hours; follow-up lasted 3.4 years.", "1.5 hours|DURATION|PT1H30M|;3.4 years|DURATION|P3.4Y|"},
	})
}

// TestTagShiftedMonths: a move "from September to June" is of a date
// still to come, each month the next; a range is not.
func TestTagShiftedMonths(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 21), "The port has brought forward the opening of two new berths from September to June.", "September|DATE|2026-09|;June|DATE|2026-06|"},
		{tt(2026, 4, 21), "The season runs from September to June.", "September|DATE|2025-09|;June|DATE|2026-06|"},
		{tt(2026, 4, 21), "The festival was moved from July to September 2019.", "July|DATE|2019-07|;September 2019|DATE|2019-09|"},
	})
}

// TestTagPrepBeforeEdgeOfMonth: "until the middle of May" reads its
// preposition as "until May" does.
func TestTagPrepBeforeEdgeOfMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 21), "Some of them have stopped booking until the middle of May.", "the middle of May|DATE|2026-05|MID"},
		{tt(2025, 10, 22), "Cyprus has said it wants a deal by the end of June.", "the end of June|DATE|2026-06|END"},
	})
}

// TestTagBeatWithScore: "beat" before a score tells a result, in the past.
func TestTagBeatWithScore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 21), "The school's football team, unbeaten this term, beat Hollins Park 4-1 on Saturday.", "Saturday|DATE|2025-11-15|"},
		{tt(2025, 11, 21), "They hope to beat Hollins Park 4-1 on Saturday.", "Saturday|DATE|2025-11-22|"},
	})
}

// TestTagRateOfOneOfThese: "one of these a year" is a count's rate.
func TestTagRateOfOneOfThese(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 18), "We might have done one of these a year.", "a year|SET|P1Y|"},
		{tt(2027, 9, 18), "Two of them a week is too many.", "a week|SET|P1W|"},
	})
}

// TestTagSameEventTold: a day's possessive told again with the same noun
// is the day told, gone, whatever future its clause tells.
func TestTagSameEventTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 18), "The satellite fired its thrusters at 03:12 UTC on Thursday, the company said on Friday. The debris that forced Thursday's burn crosses its path twice a day. Thursday's burn will not change next month's manoeuvre.",
			"03:12 UTC|TIME|2027-09-16T03:12|;Thursday|DATE|2027-09-16|;Friday|DATE|2027-09-17|;Thursday|DATE|2027-09-16|;twice a day|SET|P1D|;Thursday|DATE|2027-09-16|;next month|DATE|2027-10|"},
		{tt(2027, 9, 18), "Thursday's burn will not change next month's manoeuvre.", "Thursday|DATE|2027-09-23|;next month|DATE|2027-10|"},
	})
}

// TestTagFatTuesday: "Fat Tuesday" is Shrove Tuesday.
func TestTagFatTuesday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 11), "On Fat Tuesday, Feb. 17, the bakery sold about 9,000 paczki.", "Fat Tuesday|DATE|2026-02-17|;Feb. 17|DATE|2026-02-17|"},
	})
}

// TestTagNounInLy: "family" is a noun, not an adverb that makes the verb
// after it an adjective.
func TestTagNounInLy(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 11), "The family signed a lease on a second shop in August, and it is due to open next spring.", "August|DATE|2026-08|;next spring|DATE|2027-SP|"},
		{tt(2026, 10, 11), "The assembly opened a session in August, and it is due to close next spring.", "August|DATE|2026-08|;next spring|DATE|2027-SP|"},
	})
}

// TestTagPronounPresentWeekday: a pronoun's present verb before a weekday
// tells what is set to come.
func TestTagPronounPresentWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 12, 22), "\"Yes, we trade on Wednesday,\" she said.", "Wednesday|DATE|2025-12-24|"},
		{tt(2025, 12, 22), "They play on Saturday.", "Saturday|DATE|2025-12-27|"},
		{tt(2025, 12, 22), "They played on Saturday.", "Saturday|DATE|2025-12-20|"},
	})
}

// TestTagFrontYearAhead: "In 2026," opening a sentence dates its clause,
// also after a day of that year became the anchor.
func TestTagFrontYearAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 12, 22), "The next market holiday is Martin Luther King Jr. Day, on Jan. 19. In 2026, early closes are set for Nov. 27 and Christmas Eve.",
			"Martin Luther King Jr. Day|DATE|2026-01-19|;Jan. 19|DATE|2026-01-19|;2026|DATE|2026|;Nov. 27|DATE|2026-11-27|;Christmas Eve|DATE|2026-12-24|"},
		{tt(2025, 12, 22), "The exchange closes early on Christmas Eve.", "Christmas Eve|DATE|2025-12-24|"},
	})
}

// TestTagFollowingMorningAfterTonight: "the following morning" after
// "tonight" in its sentence is the next day's.
func TestTagFollowingMorningAfterTonight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 1), "\"It could come tomorrow.\" About 300 residents will sleep in a gymnasium tonight and go home the following morning.",
			"tomorrow|DATE|2026-09-02|;tonight|TIME|2026-09-01TNI|;the following morning|TIME|2026-09-02TMO|"},
	})
}

// TestTagOvernightOfDayTold: "overnight" in a past sentence that told a
// day gone is that day's night.
func TestTagOvernightOfDayTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 1), "On March 11, 2011, about 5 million commuters were stranded in Tokyo overnight.", "March 11, 2011|DATE|2011-03-11|;overnight|TIME|2011-03-11TNI|"},
		{tt(2026, 9, 1), "Lava kept flowing overnight.", "overnight|TIME|2026-08-31TNI|"},
	})
}

// TestTagNextIn: ", next in March" is the next time.
func TestTagNextIn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 1), "Sirens in the ward are tested twice a year, next in March.", "twice a year|SET|P1Y|;March|DATE|2027-03|"},
		{tt(2026, 9, 1), "The board meets monthly, next on Monday.", "monthly|SET|P1M|EVERY;Monday|DATE|2026-09-07|"},
	})
}

// TestTagReportOfTime: "the 0600 UTC report on Feb. 20" is a noun, not a
// verb of reporting ahead.
func TestTagReportOfTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 4), "The 0600 UTC report on Feb. 20 had Kestrel 140 miles behind, and four days later she was in front.",
			"0600 UTC|TIME|2027-02-20T06:00|;Feb. 20|DATE|2027-02-20|;four days later|DATE|2027-02-24|"},
	})
}

// TestTagCountLeft: "with four legs left" is what remains, no past verb.
func TestTagCountLeft(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 4), "Kestrel leads with four legs left before the finish in Genoa in late June.", "late June|DATE|2027-06|END"},
		{tt(2027, 3, 4), "Two men left the port in late June.", "late June|DATE|2026-06|END"},
	})
}

// TestTagCompactRaceTime: a race time in compact units tells no span.
func TestTagCompactRaceTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 4), "She won with an elapsed time of 27d 13h 04m.", ""},
		{tt(2027, 3, 4), "The shop opens 24h a day.", "24h|DURATION|PT24H|;a day|SET|P1D|"},
	})
}

// TestTagHedgedDateAhead: "probably in July" guesses at what is to come.
func TestTagHedgedDateAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 1, 16), "Ministries keep paying salaries until a new government presents a full budget, probably in July.", "July|DATE|2024-07|"},
		{tt(2024, 1, 16), "The budget was presented in July.", "July|DATE|2023-07|"},
	})
}

// TestTagWeekdayWithTonight: a weekday joined to "tonight" or "tomorrow"
// is ahead too.
func TestTagWeekdayWithTonight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 8, 8), "\"We drove down on Tuesday, and we have tickets for tonight and Saturday,\" said Ola Haugen.", "Tuesday|DATE|2024-08-06|;tonight|TIME|2024-08-08TNI|;Saturday|DATE|2024-08-10|"},
	})
}

// TestTagDaySubjectIsAndClockChange: a weekday that is the subject of
// "is" and the day the clocks go forward are ahead.
func TestTagDaySubjectIsAndClockChange(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 23), "\"Thursday is about not losing. Sunday is about winning,\" Kalnins said.", "Thursday|DATE|2027-03-25|;Sunday|DATE|2027-03-28|"},
		{tt(2027, 3, 23), "The clocks go forward early on Sunday, so the return leg kicks off at 6pm CEST.", "early on Sunday|DATE|2027-03-28|START;6pm CEST|TIME|2027-03-28T18:00|"},
		{tt(2027, 3, 23), "Sunday was a holiday.", "Sunday|DATE|2027-03-21|"},
	})
}

// TestTagRegionZoneBeforeDay: "Eastern" alone after a clock time is its
// zone, also before "on" and the day.
func TestTagRegionZoneBeforeDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 7), "The cooling-off period ends at 12:01 a.m. Eastern on Friday.", "12:01 a.m. Eastern|TIME|2027-11-12T00:01|;Friday|DATE|2027-11-12|"},
		{tt(2026, 6, 11), "The IRS will hold a webinar at 2 p.m. Eastern on June 24.", "2 p.m. Eastern|TIME|2026-06-24T14:00|;June 24|DATE|2026-06-24|"},
	})
}

// TestTagClockBeforeHolidaySetOrWhenever: hours kept "every New Year's
// Eve" or "whenever it opens late" are of no one day.
func TestTagClockBeforeHolidaySetOrWhenever(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 13), "She has stayed open until 2am every New Year's Eve.", "2am|TIME|XXXX-XX-XXT02:00|;every New Year's Eve|SET|XXXX-12-31|EVERY"},
		{tt(2025, 11, 13), "Police want door staff on duty from 9pm whenever it opens late.", "9pm|TIME|XXXX-XX-XXT21:00|"},
	})
}

// TestTagThatMonthAfterLongSentence: "that September" reaches back past a
// long sentence to the year just told.
func TestTagThatMonthAfterLongSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 13), "On April 15, 2024, the U.S. National Oceanic and Atmospheric Administration declared the fourth global bleaching event on record, after significant bleaching had been confirmed in every major ocean basin over about 14 months. In the Caribbean, heat stress peaked that September.",
			"April 15, 2024|DATE|2024-04-15|;about 14 months|DURATION|P14M|APPROX;that September|DATE|2024-09|"},
	})
}

// TestTagParticipleAsideClosingSentence: ", set in May." at a sentence's
// end tells the noun's past, whatever future the main clause tells.
func TestTagParticipleAsideClosingSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 11), "The department would buy paddy at the minimum support price of 2,436 rupees per quintal, set in May.", "May|DATE|2026-05|"},
		{tt(2025, 11, 25), "That would approach the agency's record of 3.10 million, set on June 22; the peak came later.", "June 22|DATE|2025-06-22|"},
		{tt(2019, 6, 12), "The property tax levy, set in the fall, would rise by about $48.", "the fall|DATE|2019-FA|"},
	})
}

// TestTagSpanLateThisYear: "three weeks late this year" is a span's
// lateness and "this year"; "for seven weeks earlier this year" keeps
// "earlier this year".
func TestTagSpanLateThisYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 11), "Farmers finished transplanting three weeks late this year, and the withdrawal could come a week later this year.",
			"three weeks|DURATION|P3W|;this year|DATE|2026|;a week|DURATION|P1W|;this year|DATE|2026|"},
		{tt(2026, 9, 11), "The trial ran for seven weeks earlier this year. Prices rose late this year.",
			"seven weeks|DURATION|P7W|;earlier this year|DATE|2026|START;late this year|DATE|2026|END"},
	})
}

// TestTagBillNumber: "H.R. 2026" and "S. 1945" are bills, not years.
func TestTagBillNumber(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 11), "The bill, H.R. 2026, was introduced in March 2025. S. 1945 died in 2024.", "March 2025|DATE|2025-03|;2024|DATE|2024|"},
	})
}

// TestTagNextDayToldInPast: "The next day" told in the past follows the
// last day gone, not a day ahead told since.
func TestTagNextDayToldInPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 7), "The board released the two sides from mediation on Oct. 12, starting a 30-day period that ends on Friday. The next day, the airline said it had begun training crews.",
			"Oct. 12|DATE|2027-10-12|;a 30-day period|DURATION|P30D|;Friday|DATE|2027-11-12|;The next day|DATE|2027-10-13|"},
		{tt(2027, 11, 7), "The talks resume on Friday. The next day, the union will vote.", "Friday|DATE|2027-11-12|;The next day|DATE|2027-11-13|"},
	})
}

// TestTagRaceTimes: "2:08:52" with no clock marker and "ran 2:58" are race
// times, no time of day.
func TestTagRaceTimes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 13), "Kiprop cut the course record, set in 2019, from 2:08:52. \"I ran 2:58 that first year,\" he said. The race starts at 9:45:00 BST.",
			"2019|DATE|2019|;9:45:00 BST|TIME|2025-10-13T09:45:00|"},
	})
}

// TestTagClockRightAfterDayAheadAndLocal: "on Sunday 3 May from noon" is
// that day's noon, a week or more ahead; "Local 1987" is a union local.
func TestTagClockRightAfterDayAheadAndLocal(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 25), "The lunch is on Sunday 3 May from noon. Local 1987 president Ray Dominguez spoke.", "Sunday 3 May|DATE|2026-05-03|;noon|TIME|2026-05-03T12:00|"},
	})
}

// TestTagShiftOnDayAndPresentAfterDay: "on Friday, which runs from 6 a.m.
// to 2:30 p.m." keeps that day's hours; "sunrise on Tuesday comes" is the
// present of a day ahead.
func TestTagShiftOnDayAndPresentAfterDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 15), "The closure ends with the plant's final shift on Friday, which runs from 6 a.m. to 2:30 p.m.",
			"Friday|DATE|2026-06-19|;6 a.m.|TIME|2026-06-19T06:00|;2:30 p.m.|TIME|2026-06-19T14:30|"},
		{tt(2025, 10, 10), "In New York, sunrise on Tuesday comes a little after 7 a.m. EDT.", "Tuesday|DATE|2025-10-14|;7 a.m. EDT|TIME|2025-10-14T07:00|"},
		{tt(2025, 10, 10), "Trading in Hong Kong runs from 9:30 a.m. to 4 p.m.", "9:30 a.m.|TIME|XXXX-XX-XXT09:30|;4 p.m.|TIME|XXXX-XX-XXT16:00|"},
	})
}

// TestTagSaintsDays: St George's, St Andrew's and St David's days.
func TestTagSaintsDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 25), "The mayor called on Thursday, St George's Day, to talk through the plans.", "Thursday|DATE|2026-04-23|;St George's Day|DATE|2026-04-23|"},
		{tt(2026, 2, 20), "The parade on St David's Day will be the largest yet.", "St David's Day|DATE|2026-03-01|"},
		{tt(2026, 2, 20), "George's Day was fun.", ""},
	})
}

// TestTagRateOfAmountOfThing: "200,000 cubic metres of drinking water a
// day" is a rate.
func TestTagRateOfAmountOfThing(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 17), "The plant can produce 200,000 cubic metres of drinking water a day.", "a day|SET|P1D|"},
		{tt(2026, 5, 17), "It pumps 2 million barrels of crude oil a day.", "a day|SET|P1D|"},
	})
}

// TestTagSinceInPresentPerfect: "has lived since 1961" runs to now and
// does not move the story from 1944.
func TestTagSinceInPresentPerfect(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 25), "He landed on Gold Beach on 6 June 1944. \"You did your job,\" he said in the bungalow where he has lived since 1961. He cleared mines across Normandy that summer.",
			"6 June 1944|DATE|1944-06-06|;1961|DATE|1961|;that summer|DATE|1944-SU|"},
		// ... and so does "they've lived".
		{tt(2026, 4, 25), "He landed on Gold Beach on 6 June 1944. \"You did your job,\" he said in the bungalow where they've lived since 1961. He cleared mines across Normandy that summer.",
			"6 June 1944|DATE|1944-06-06|;1961|DATE|1961|;that summer|DATE|1944-SU|"},
	})
}

// TestTagActYear: "the Recall of MPs Act 2015" names its year, also
// before a verb in -s.
func TestTagActYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 24), "The Recall of MPs Act 2015 requires a petition.", "2015|DATE|2015|"},
		{tt(2027, 2, 24), "Schedule 21 to the Sentencing Act 2020 carries a starting point of 30 years.", "2020|DATE|2020|;30 years|DURATION|P30Y|"},
	})
}

// TestTagEveryAdjectiveUnit: "every clear night", "every working day".
func TestTagEveryAdjectiveUnit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 10), "The observatory has photographed the comet every clear night.", "every clear night|SET|XXXX-XX-XXTNI|EVERY"},
		{tt(2025, 10, 10), "He walks every working day.", "every working day|SET|P1D|EVERY"},
	})
}

// TestTagSaleOnWeekdaySettles: "a sale on Wednesday settles on Friday" is
// the present of days ahead.
func TestTagSaleOnWeekdaySettles(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 12, 22), "Holidays do not count, so a sale on Wednesday settles on Friday.", "Wednesday|DATE|2025-12-24|;Friday|DATE|2025-12-26|"},
	})
}

// TestTagCoordinatedDateClauseTickerAndPossessiveReach: ", and on 23
// December the union announced" takes its own clause's past; "(2031.T)"
// is a ticker; "Next year's world final will be held ... in early
// November" is next year's.
func TestTagCoordinatedDateClauseTickerAndPossessiveReach(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 1, 14), "Unions must give notice of action, and on 23 December the Health and Facilities Workers' Union announced the dates.", "23 December|DATE|2024-12-23|"},
		{tt(2026, 11, 7), "Hanamori Holdings (2031.T) raised its forecast. Next year's world final will be held in Shanghai in early November.", "Next year|DATE|2027|;early November|DATE|2027-11|START"},
	})
}

// TestTagLoadingMonth: "wheat for February loading" is the month ahead,
// as a contract month is.
func TestTagLoadingMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 22), "Wheat for February loading was quoted at $232 a tonne on Wednesday.", "February|DATE|2026-02|;Wednesday|DATE|2026-01-21|"},
	})
}

// TestTagClauseAfterButAndForecastersSee: ", but the heat in August will
// decide" is a clause of its own; "Forecasters see ... on Sunday" looks
// ahead.
func TestTagClauseAfterButAndForecastersSee(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 10), "\"July has started well, but the heat in August will decide the first half.\"", "July|DATE|2026-07|;August|DATE|2026-08|;the first half|DATE|2026-H1|"},
		{tt(2026, 1, 22), "Forecasters see another gale reaching the coast on Sunday.", "Sunday|DATE|2026-01-25|"},
	})
}

// TestTagDecadeWordsAndCounts: a decade in words with a capital or an
// edge ("the mid-Seventies"), "a further year", "190 teaching days",
// hours kept "on weekdays", and "a Day Zero", a name.
func TestTagDecadeWordsAndCounts(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 13), "Through the Sixties the room drew crowds. By the mid-Seventies he led an octet; in the early sixties he had played bass.",
			"the Sixties|DATE|196|;the mid-Seventies|DATE|197|MID;the early sixties|DATE|196|START"},
		{tt(2026, 8, 31), "He signed a four-year deal, with the option of a further year. To keep the required 190 teaching days, term starts early.",
			"four-year|DURATION|P4Y|;a further year|DURATION|P1Y|;190 teaching days|DURATION|P190D|"},
		{tt(2026, 1, 26), "Clubs run from 8am to 6pm on weekdays. The city warned of a Day Zero.",
			"8am|TIME|XXXX-XX-XXT08:00|;6pm|TIME|XXXX-XX-XXT18:00|;weekdays|SET|XXXX-WXX-WD|"},
	})
}

// TestTagNightlyAndUntilClause: "nightly" is a SET, and hours after it or
// "daily" recur; hours kept "until the alert is lifted" are of no one day.
func TestTagNightlyAndUntilClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 8), "Trains will be halted nightly between 11pm and 5am. Buses run daily between 6am and 9am. It keeps its nightly builds.",
			"nightly|SET|XXXX-XX-XXTNI|EVERY;11pm|TIME|XXXX-XX-XXT23:00|;5am|TIME|XXXX-XX-XXT05:00|;daily|SET|P1D|EVERY;6am|TIME|XXXX-XX-XXT06:00|;9am|TIME|XXXX-XX-XXT09:00|"},
		{tt(2026, 5, 17), "The city has ordered sites to stop outdoor work between noon and 4 pm until the alert is lifted. The office opens at 9am until the end of August.",
			"noon|TIME|XXXX-XX-XXT12:00|;4 pm|TIME|XXXX-XX-XXT16:00|;9am|TIME|2026-05-17T09:00|;the end of August|DATE|2026-08|END"},
	})
}

// TestTagRaceAndCodes: a "when" clause after "next year" is of that year;
// on a Sunday the weekend ahead is next week's; flight and permit numbers,
// race times "under 2:06", a race's "second half" and "adds up to" a sum
// are no expressions or bounds.
func TestTagRaceAndCodes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 18), "The course will stay the same next year, when the race falls on Oct 17. The winning time has been under 2:06 in seven of the past 10 years. He covered the second half in 62:08.",
			"next year|DATE|2027|;Oct 17|DATE|2027-10-17|;the past 10 years|DURATION|P10Y|"},
		{tt(2026, 5, 17), "Hot winds could push them higher by the weekend. The weekend was hot.",
			"the weekend|DATE|2026-W21-WE|;The weekend|DATE|2026-W20-WE|"},
		{tt(2026, 10, 29), "Flight LZ 1987 to Nice was scrapped under permit EBA 2025-0417. The season adds up to three hours of listening.",
			"three hours|DURATION|PT3H|"},
	})
}

// TestTagSpanYearWhole: "the 2025/26 year" is one expression; in a text of
// a Budget, a span year ends its fiscal year; a school's "session" is named
// whole by the year it starts.
func TestTagSpanYearWhole(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 28), "Treasury's forecasts, released on Budget day, show a deficit for the 2025/26 year, narrowing in 2026/27.",
			"Budget day|DATE|2026-05-28|;the 2025/26 year|DATE|2026|;2026/27|DATE|2027|"},
		{tt(2026, 1, 26), "Pupils will have a two-week break in the 2026/27 session. Spending grew in the 2025/26 year.",
			"two-week|DURATION|P2W|;the 2026/27 session|DATE|2026|;the 2025/26 year|DATE|2025|"},
	})
}

// TestTagPerfectInfinitiveAndThatWeekend: "to have had ... by mid-December"
// looks ahead, "should have waited" back; a reported clause after "says"
// keeps its own verb; "That weekend" is the weekend just told; midnight
// after a day ahead in the sentence is that day's end.
func TestTagPerfectInfinitiveAndThatWeekend(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 15), "Officials want most people to have had both jabs by mid-December. They should have had it by March.",
			"mid-December|DATE|2026-12|MID;March|DATE|2026-03|"},
		{tt(2026, 12, 5), "The firm runs tests every Tuesday, and says Friday's update should have waited. He says Friday's match will decide it.",
			"every Tuesday|SET|XXXX-WXX-2|EVERY;Friday|DATE|2026-12-04|;Friday|DATE|2026-12-11|"},
		{tt(2026, 6, 8), "The section will close on the weekend of 4-5 July. That weekend, coaches will run. The last trains will run on Sunday 21 June, and the line will close at midnight.",
			"the weekend of 4-5 July|DATE|2026-W27-WE|;That weekend|DATE|2026-W27-WE|;Sunday 21 June|DATE|2026-06-21|;midnight|TIME|2026-06-21T24:00|"},
	})
}

// TestTagMonthsEarlierAndHabitAdverb: "three months earlier" after a month
// compared is that month moved back; "September inflation figures" are
// the nearest September's; a clock time after "always" or "often" is of
// no one day, and so is the time coordinated before it.
func TestTagMonthsEarlierAndHabitAdverb(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 7), "Inflation was 2.1 percent in August, down from 2.8 percent three months earlier. September inflation figures are due on 14 October.",
			"August|DATE|2026-08|;three months earlier|DATE|2026-05|;September|DATE|2026-09|;14 October|DATE|2026-10-14|"},
		{tt(2026, 10, 7), "The bank publishes them after each decision, always at 09:30 local time. Sessions began at 10pm and often ran until 3am.",
			"09:30 local time|TIME|XXXX-XX-XXT09:30|;10pm|TIME|XXXX-XX-XXT22:00|;3am|TIME|XXXX-XX-XXT03:00|"},
	})
}

// TestTagIncidentClockAndLongFuture: a clock time in what a statement of
// a later day reports is the incident's day; a month far into a long
// clause opened by "will" looks ahead; "the April consumer price index"
// is the April measured.
func TestTagIncidentClockAndLongFuture(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 5), "Korvex froze trading between 02:14 and 04:40 UTC on Friday. The company said on Saturday that a faulty update, pushed live at 02:05 UTC, had corrupted the order book.",
			"02:14|TIME|2026-12-04T02:14|;04:40 UTC|TIME|2026-12-04T04:40|;Friday|DATE|2026-12-04|;Saturday|DATE|2026-12-05|;02:05 UTC|TIME|2026-12-04T02:05|"},
		{tt(2026, 8, 31), "To fund the deal, Millbrook will let the winger Kieran Odell, 29, join Stanmore Albion on loan until the end of the season in May.",
			"May|DATE|2027-05|"},
		{tt(2027, 5, 12), "The Treasury will sell bonds on Thursday, four and a half hours after the April consumer price index is published.",
			"Thursday|DATE|2027-05-13|;four and a half hours|DURATION|PT4H30M|;April|DATE|2027-04|"},
	})
}

// TestTagTwiceAWeekHours: hours before "twice a week" recur, and so do the
// hours of the clause coordinated before them.
func TestTagTwiceAWeekHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 29), `"Some of us land after 11pm and report again at 9am, twice a week."`,
			"11pm|TIME|XXXX-XX-XXT23:00|;9am|TIME|XXXX-XX-XXT09:00|;twice a week|SET|P1W|"},
		{tt(2026, 2, 19), "Households may water only before 8am and after 6pm on alternate days from Monday.",
			"8am|TIME|XXXX-XX-XXT08:00|;6pm|TIME|XXXX-XX-XXT18:00|;Monday|DATE|2026-02-23|"},
	})
}

// TestTagYearRelativeClause: months in a "which was" clause of a thing of
// a year the sentence told are of that year, and a later month follows the
// one told before it in that story.
func TestTagYearRelativeClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 8), "The programme began in 2024 with the Riedbahn, which was closed from July and reopened in December. Work will start in July.",
			"2024|DATE|2024|;July|DATE|2024-07|;December|DATE|2024-12|;July|DATE|2026-07|"},
	})
}

// TestTagFirstPersonHabit: "I start at 5 am" with no day told is a habit,
// and so is the time of the clause joined to it by "and"; an activity that
// "ran through January" is past; "the usual 9 a.m." passes no habit on.
func TestTagFirstPersonHabit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 17), `"I start at 5 am and go home by 11 am." I leave at 6pm tomorrow.`,
			"5 am|TIME|XXXX-XX-XXT05:00|;11 am|TIME|XXXX-XX-XXT11:00|;6pm tomorrow|TIME|2026-05-18T18:00|"},
		{tt(2026, 9, 15), `"We ran wards on agency staff through January." Congress voted to keep the government funded through December.`,
			"January|DATE|2026-01|;December|DATE|2026-12|"},
		{tt(2025, 11, 13), "The exchange started trading at 10 a.m. instead of the usual 9 a.m. and will close at 4:30 p.m.",
			"10 a.m.|TIME|2025-11-13T10:00|;9 a.m.|TIME|XXXX-XX-XXT09:00|;4:30 p.m.|TIME|2025-11-13T16:30|"},
	})
}

// TestTagSpeechEventClock: a clock time of a statement to an audience is
// the report's day, not the day the sentence before told.
func TestTagSpeechEventClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 21), `The mayor said the council had approved the rules at a special sitting on Tuesday night. "We intend to keep it that way," she told a briefing at the town hall at 11:00.`,
			"Tuesday night|TIME|2026-10-20TNI|;11:00|TIME|2026-10-21T11:00|"},
	})
}

// TestTagSouthernSummerSide: in a southern text, "the summer holidays"
// still ahead in October make a month of their clause ahead.
func TestTagSouthernSummerSide(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 21), "OUKLOOF, Eastern Cape - The population more than doubles during the summer holidays, when families drive down from Gauteng in early December.",
			"summer|DATE|2026-SU|;early December|DATE|2026-12|START"},
	})
}

// TestTagFestivalSpanAndAnniversary: "the Monday" after a span of days far
// ahead is that span's; an album titled "2041" is no year; "at the time"
// in news is untagged; a day that opens the sentence keeps its clock time
// though a habit is told in an aside; "five years on it must be easier" is
// now.
func TestTagFestivalSpanAndAnniversary(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 4), "The festival will run from Saturday 28 August to Monday 30 August. Tickets go on sale on Friday. The orchestra plays on the Monday. Ada Kofi, whose album 2041 was shortlisted, closes on the Saturday.",
			"Saturday 28 August|DATE|2027-08-28|;Monday 30 August|DATE|2027-08-30|;Friday|DATE|2027-03-05|;the Monday|DATE|2027-08-30|;the Saturday|DATE|2027-08-28|"},
		{tt(2028, 2, 5), `On Sunday, as they have done every February since the disaster, families will gather at 4:17 a.m. to throw carnations. "People say five years on it must be easier," said Aksoy, who was six at the time.`,
			"Sunday|DATE|2028-02-06|;every February|SET|XXXX-02|EVERY;4:17 a.m.|TIME|2028-02-06T04:17|;five years on|DATE|2028|"},
	})
}

// TestTagQuotedYearAgoAndKingsDay: "Thirty years ago we opened in
// mid-December", even in a quotation, is that year's; "a year earlier"
// after "Last year" compared is the year before it; figures "covering
// October" measure the October gone; King's Day in a Dutch text.
func TestTagQuotedYearAgoAndKingsDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 21), `"Thirty years ago we opened in mid-December and prayed." The next figures, covering October, are due on 10 December.`,
			"Thirty years ago|DATE|1996|;mid-December|DATE|1996-12|MID;October|DATE|2026-10|;10 December|DATE|2026-12-10|"},
		{tt(2027, 1, 25), "Last year, the average refund was $3,170, up 3% from a year earlier.",
			"Last year|DATE|2026|;a year earlier|DATE|2025|"},
		{tt(2026, 12, 4), "UTRECHT - Dutch rail operator NS will run extra trains on King's Day.",
			"King's Day|DATE|2027-04-27|"},
	})
}

// TestTagForecastGoneAndRelativeWho: what "was forecast for" after a day
// gone is of that day; a present verb after ", who" looks ahead.
func TestTagForecastGoneAndRelativeWho(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 2), "It rained on Monday. Storms were forecast for the afternoon, so the crew started at 5am.",
			"Monday|DATE|2026-08-31|;the afternoon|TIME|2026-08-31TAF|;5am|TIME|2026-08-31T05:00|"},
		{tt(2026, 10, 15), "Defense lawyers, who begin their closing arguments at a hearing on Tuesday, say a flaw caused the collapse.",
			"Tuesday|DATE|2026-10-20|"},
	})
}

// TestTagRateAndSpanWinter: "53% a year" is a rate, not a habit that
// makes its month any year's; "the 2024-25 winter" is that winter.
func TestTagRateAndSpanWinter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 4), "Average rates on personal loans stood at 53% a year in September.",
			"a year|SET|P1Y|;September|DATE|2026-09|"},
		{tt(2026, 11, 17), "Storm Eowyn made the 2024-25 winter one of the costliest.",
			"the 2024-25 winter|DATE|2024-WI|"},
	})
}

// TestTagUntilClockNewParagraph: a day that opens a new paragraph does not
// end an "until" of the clock time that closed the one before.
func TestTagUntilClockNewParagraph(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 2), "She tastes the juice each evening, often until 11pm.\n\nMonday was the hardest day so far. Storms were forecast for the afternoon, so the crew started at 5am.",
			"each evening|SET|XXXX-XX-XXTEV|EACH;11pm|TIME|XXXX-XX-XXT23:00|;Monday|DATE|2026-08-31|;the afternoon|TIME|2026-08-31TAF|;5am|TIME|2026-08-31T05:00|"},
	})
}

// TestTagThatYearOpens: "That year" opening a sentence dates its clause.
func TestTagThatYearOpens(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 2), "Only the 2003 heatwave brought an earlier start. That year the domaine picked from 19 August.",
			"2003|DATE|2003|;That year|DATE|2003|;19 August|DATE|2003-08-19|"},
	})
}

// TestTagPollsClock: after "Sunday's federal election", the clock times of
// the polls are that day's, though the results came on Monday.
func TestTagPollsClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2029, 3, 5), "Germany's conservatives won Sunday's federal election, results showed on Monday. Polling stations opened at 8 a.m., and polls closed at 6 p.m.",
			"Sunday|DATE|2029-03-04|;Monday|DATE|2029-03-05|;8 a.m.|TIME|2029-03-04T08:00|;6 p.m.|TIME|2029-03-04T18:00|"},
	})
}

// TestTagWhenClauseAndMoveFrom: a weekday whose ", when" clause is past is
// gone; "will move from 7 metres on Wednesday" compares nothing; "expects
// to" looks ahead; "the season beginning Sept. 5" is ahead; a hearing "on
// Nov. 24 that ran until midnight" ended that day; "beyond March" is the
// month; "last year's pace since Ramadan began" leaves Ramadan this year's.
func TestTagWhenClauseAndMoveFrom(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 23), "The board said it would refund spectators for Thursday, when only 47 overs were bowled. The final is on Sunday, when the crowds will return.",
			"Thursday|DATE|2027-08-19|;Sunday|DATE|2027-08-29|"},
		{tt(2027, 5, 18), "The agency expects to move to level four, which applies from 7 metres, on Wednesday morning. It will move from 7 metres on Wednesday.",
			"Wednesday morning|TIME|2027-05-19TMO|;Wednesday|DATE|2027-05-19|"},
		{tt(2026, 12, 9), "Tickets cover the season beginning Sept. 5. Residents spoke at a public hearing on Nov. 24 that ran until midnight. They could extend the cut beyond March.",
			"Sept. 5|DATE|2027-09-05|;Nov. 24|DATE|2026-11-24|;midnight|TIME|2026-11-24T24:00|;March|DATE|2027-03|"},
		{tt(2027, 2, 25), "Demand has run ahead of last year's pace since Ramadan began on Feb. 8.",
			"last year|DATE|2026|;Ramadan|DATE|2027-Q1|;Feb. 8|DATE|2027-02-08|"},
	})
}

// TestTagEventAheadAndWeekdayHours: "before Tuesday's qualifier" looks
// ahead; "closed until at least Tuesday" runs on; "bill No. 2031" is a
// number; the quarter under way; "normal hours, 9am to 6pm"; hours
// "between 10 a.m. and noon each weekday" recur from their start.
func TestTagEventAheadAndWeekdayHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 6), "Late header keeps hopes alive before Tuesday's qualifier. Fans reflected after Tuesday's qualifier.",
			"Tuesday|DATE|2025-09-09|;Tuesday|DATE|2025-09-02|"},
		{tt(2026, 12, 10), "Boiler failure keeps Lincoln Elementary closed until at least Tuesday. Families can pick up lunch between 10 a.m. and noon each weekday.",
			"Tuesday|DATE|2026-12-15|;10 a.m.|TIME|XXXX-XX-XXT10:00|;noon|TIME|XXXX-XX-XXT12:00|;each weekday|SET|XXXX-WXX-WD|EACH"},
		{tt(2026, 11, 5), "A debate on bill No. 2031 is due. Traders expect purchases to slow in the October-December period.",
			"the October-December period|DATE|2026-Q4|"},
		{tt(2026, 1, 9), "Stores return to normal hours, 9am to 6pm, from Monday.",
			"9am|TIME|XXXX-XX-XXT09:00|;6pm|TIME|XXXX-XX-XXT18:00|;Monday|DATE|2026-01-12|"},
	})
}

// TestTagTitleTimeAndTimetableWith: "Half Past Nine" in title case is a
// play's name; a time followed by ", with matinees on Wednesdays" is a
// timetable's.
func TestTagTitleTimeAndTimetableWith(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 5), "Her first play, Half Past Nine, was staged above a pub. We met at half past nine. Evening performances start at 7.30pm, with matinees on Wednesdays and Saturdays at 2.30pm.",
			"half past nine|TIME|XXXX-XX-XXT09:30|;7.30pm|TIME|XXXX-XX-XXT19:30|;Wednesdays|SET|XXXX-WXX-3|EVERY;Saturdays|SET|XXXX-WXX-6|EVERY;2.30pm|TIME|XXXX-XX-XXT14:30|"},
	})
}

// TestTagLebaran: Indonesia's name for Eid al-Fitr.
func TestTagLebaran(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 25), "Last year, Lebaran fell on March 21.",
			"Last year|DATE|2026|;Lebaran|DATE|2026-03-21|;March 21|DATE|2026-03-21|"},
	})
}

// TestTagShouldHaveAndDailyPaper: "should have left Sunday" is past, "would
// have turned 95 on Wednesday" still ahead; "the Nikkei business daily" is
// a newspaper; "each quarter-point rise" a size.
func TestTagShouldHaveAndDailyPaper(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 30), `"I should have left Sunday." Its results were first reported by the Nikkei business daily. Each quarter-point rise adds 40 billion yen.`,
			"Sunday|DATE|2027-07-25|"},
		{tt(2026, 3, 3), "He was 94 and would have turned 95 on Wednesday.",
			"Wednesday|DATE|2026-03-04|"},
	})
}

// TestTagNewsConferenceAndWhenAside: "said at a 9 a.m. news conference" is
// the report's day; a day told with ", a Sunday, when" keeps its clause's
// clock time.
func TestTagNewsConferenceAndWhenAside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 2), `The storm hit on Tuesday. "We will recover," Carla Broussard said at a 9 a.m. news conference.`,
			"Tuesday|DATE|2026-09-01|;9 a.m.|TIME|2026-09-02T09:00|"},
		{tt(2026, 2, 14), "The Union Budget was presented on February 1, a Sunday, when the House met at 11 am.",
			"February 1|DATE|2026-02-01|;11 am|TIME|2026-02-01T11:00|"},
	})
}

// TestTagYearAheadClause: "the next one in 2029 comes on the evening of
// June 25": the year before a verb is a year, and dates its clause.
func TestTagYearAheadClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 2), "For most of North America the next one in 2029 comes on the evening of June 25.",
			"2029|DATE|2029|;the evening of June 25|TIME|2029-06-25TEV|"},
	})
}

// A day on which a court heard what happened sends the story back to the
// day of the events, which the relative days and the clock times after it
// take; a hearing with no earlier day told is the story's day.
func TestTagHearingDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 20), "Claire Hollis died on the morning of 3 February after slipping on snow, an inquest was told. As the inquest heard on Monday, she and her partner had driven up the previous evening. They set off at about 7.45am. A post-mortem examination the following day found multiple injuries.",
			"the morning of 3 February|TIME|2026-02-03TMO|;Monday|DATE|2026-10-19|;the previous evening|TIME|2026-02-02TEV|;about 7.45am|TIME|2026-02-03T07:45|APPROX;the following day|DATE|2026-02-04|"},
		{tt(2026, 3, 11), "A jury was told on Tuesday that the defendant had left the flat the previous evening.",
			"Tuesday|DATE|2026-03-10|;the previous evening|TIME|2026-03-09TEV|"},
		{tt(2026, 3, 11), "The fire broke out on 2 March. The court heard on Tuesday that alarms sounded at 3.10am.",
			"2 March|DATE|2026-03-02|;Tuesday|DATE|2026-03-10|;3.10am|TIME|2026-03-02T03:10|"},
	})
}

// A day named by a rule ("the first Monday in February") does not set the
// week of the bare weekdays after it, as a day told with its weekday does.
func TestTagRuleDayNoStoryWeek(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 9), "The request arrived more than two months after the first Monday in February, the date the law sets. Officials briefed reporters on Wednesday under an embargo.",
			"more than two months|DURATION|P2M|MORE_THAN;the first Monday in February|DATE|2026-02-02|;Wednesday|DATE|2026-04-08|"},
		{tt(2026, 4, 9), "Talks began on Monday, Feb. 2. On Wednesday, the union walked out.",
			"Monday, Feb. 2|DATE|2026-02-02|;Wednesday|DATE|2026-02-04|"},
	})
}

// An expectation's infinitive, however long the clause before the date,
// looks ahead; the coordinated past after the comma is another clause's.
func TestTagExpectInfinitiveFar(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 14), "The motorway police expect traffic on the M-9 between Karachi and Hyderabad to peak between 6 p.m. and midnight on Saturday, and said patrols would pass each interchange.",
			"6 p.m.|TIME|2027-05-15T18:00|;midnight|TIME|2027-05-15T24:00|;Saturday|DATE|2027-05-15|"},
	})
}

// A quarter its end day follows directly is in the year that day ended,
// numbered by a fiscal year when the calendar's quarter of that day is
// another; "the fourth quarter ended Jan. 31" is the year before's.
func TestTagQuarterEndedOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 11), "It reported a 14% rise in net income for the fiscal fourth quarter ended June 30, from $33.5 million in the prior-year period.",
			"the fiscal fourth quarter|DATE|2026-Q4|;June 30|DATE|2026-06-30|;the prior-year period|DATE|2025-Q4|"},
		{tt(2026, 3, 5), "Sales rose 4% in the fourth quarter ended Jan. 31.",
			"the fourth quarter|DATE|2025-Q4|;Jan. 31|DATE|2026-01-31|"},
	})
}

// A weekday's event dated in apposition is on that date, however far away:
// "Tuesday's recount deadline, Nov. 24"; a date of another weekday is not.
func TestTagWeekdayPossessiveRestated(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 16), "That makes Tuesday's recount deadline, Nov. 24, the next date to watch.",
			"Tuesday|DATE|2026-11-24|;Nov. 24|DATE|2026-11-24|"},
		{tt(2026, 11, 16), "That makes Tuesday's recount deadline, Nov. 25, the next date to watch.",
			"Tuesday|DATE|2026-11-10|;Nov. 25|DATE|2026-11-25|"},
	})
}

// In a live blog whose time of publication is not known, "an hour ago"
// counts back from the entry's time stamp.
func TestTagAgoFromStamp(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 16), "Election night\n\n11:42 p.m. ET\n\nHarris leads by 61 votes, down from 240 an hour ago.",
			"11:42 p.m. ET|TIME|2026-11-16T23:42|;an hour ago|TIME|2026-11-16T22:42|"},
	})
}

// Under a live blog's evening entry time, a morning time told in the past
// or present is that day's, before the entry was posted; one ahead is the
// next day's.
func TestTagStampMorningBefore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 16), "Live: by-election count\n\n8:20 p.m. ET\n\n\"I've been out since 7 a.m.,\" he said this afternoon.",
			"8:20 p.m. ET|TIME|2026-11-16T20:20|;7 a.m.|TIME|2026-11-16T07:00|;this afternoon|TIME|2026-11-16TAF|"},
		{tt(2026, 11, 16), "Live: by-election count\n\n8:20 p.m. ET\n\nThe count will resume at 7 a.m.",
			"8:20 p.m. ET|TIME|2026-11-16T20:20|;7 a.m.|TIME|2026-11-17T07:00|"},
	})
}

// What is hoped for is to come, and so is a participle that shares a
// passive future's "will be" before it.
func TestTagHopedForAndSharedWillBe(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 19), "The Inspectorate has said it hopes for a ruling during the summer.",
			"the summer|DATE|2026-SU|"},
		{tt(2027, 3, 15), "Full results will be presented at a medical meeting in June and published in a journal in the autumn, the company said.",
			"June|DATE|2027-06|;the autumn|DATE|2027-FA|"},
		{tt(2027, 3, 15), "The results will be presented in June, and the company published its data in the autumn.",
			"June|DATE|2027-06|;the autumn|DATE|2026-FA|"},
	})
}

// A day something has lasted "since" is gone, whatever the headline
// looks ahead to.
func TestTagSinceDayGone(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 20), "Texas co-op aims to restore power by Tuesday night as heat bakes outage zone\n\nCEDAR BEND, Texas (Lone Star Wire) - About 38,000 homes and businesses have been without power since Saturday afternoon, when a transformer fire cut service.",
			"Tuesday night|TIME|2026-07-21TNI|;Saturday afternoon|TIME|2026-07-18TAF|"},
		{tt(2026, 11, 14), "Iceland eruption: live\n\n07:40 - Earthquake activity has fallen sharply since midnight, the Met Office says.",
			"07:40|TIME|2026-11-14T07:40|;midnight|TIME|2026-11-13T24:00|"},
	})
}

// "called an election on March 25" dates the call, not the vote: polling
// day stays the election's day.
func TestTagElectionCalledOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 18), "She vowed to win the May 1 election. The campaign began when the Prime Minister called a double dissolution election on March 25. Postal votes count if they arrive within 13 days of polling day.",
			"May 1|DATE|2027-05-01|;March 25|DATE|2027-03-25|;13 days|DURATION|P13D|;polling day|DATE|2027-05-01|"},
	})
}

// The hours an open day "runs" are that one day's, the day just told; a
// service's hours recur.
func TestTagEventDayRuns(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 7), "The brigade will mark 100 years of service on Sunday afternoon with a parade. The station's open day runs from 11am to 4pm.",
			"100 years|DURATION|P100Y|;Sunday afternoon|TIME|2026-11-08TAF|;11am|TIME|2026-11-08T11:00|;4pm|TIME|2026-11-08T16:00|"},
		{tt(2026, 11, 7), "The brigade will parade on Sunday. The ferry service runs from 11am to 4pm.",
			"Sunday|DATE|2026-11-08|;11am|TIME|XXXX-XX-XXT11:00|;4pm|TIME|XXXX-XX-XXT16:00|"},
	})
}

// A day after a place and a clock time is the past verb's, as a day right
// after the verb is: "appeared on screen at 2.40am on 15 May", said in
// March, was last May; an infinitive's is not placed so.
func TestTagVerbClockDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 11), "The first legible word appeared on screen at 2.40am on 15 May.",
			"2.40am|TIME|2025-05-15T02:40|;15 May|DATE|2025-05-15|"},
		{tt(2026, 12, 9), "It said the truce, which was due to lapse at midnight on Dec. 31, would be extended.",
			"midnight|TIME|2026-12-31T24:00|;Dec. 31|DATE|2026-12-31|"},
	})
}

// A season at the end of a long clause takes the future the clause opened
// with, as a weekday or a month does.
func TestTagSeasonLongClauseFuture(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 11), "It will report first-quarter results on 12 May and hold a capital markets day in London in the autumn.",
			"first-quarter|DATE|2027-Q1|;12 May|DATE|2027-05-12|;the autumn|DATE|2027-FA|"},
	})
}

// A player "doubtful for" or "available for" a weekday is so for a game to
// come, however past the report.
func TestTagFitForWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 17), "Reeves said Sunday night that Sutton was doubtful for Wednesday and would be assessed daily.",
			"Sunday night|TIME|2027-05-16TNI|;Wednesday|DATE|2027-05-19|;daily|SET|P1D|EVERY"},
	})
}

// A reported clause with "that" left out, whose subject holds the day,
// keeps its own future: "said trading on Monday would open as usual".
func TestTagSaidSubjectDayWould(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 23), "The exchange said trading on Monday would open as usual.",
			"Monday|DATE|2026-10-26|"},
		{tt(2026, 10, 23), "The exchange said trading on Monday was orderly.",
			"Monday|DATE|2026-10-19|"},
		{tt(2026, 11, 18), "Analysts said lending data due on Friday would show whether investors were returning.",
			"Friday|DATE|2026-11-20|"},
	})
}

// A morning time after "overnight" is the morning the night ran into.
func TestTagOvernightMorning(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 23), "Trading halted at 10:17 a.m. on Friday. Meridian said the update was loaded overnight and passed its checks before the 9:30 a.m. open.",
			"10:17 a.m.|TIME|2026-10-23T10:17|;Friday|DATE|2026-10-23|;overnight|TIME|2026-10-22TNI|;9:30 a.m.|TIME|2026-10-23T09:30|"},
	})
}

// A match's days counted: dated by a day told beside the count ("on
// Monday, the fifth day", "on the second day at Trent Bridge yesterday"),
// or by a possessive ("Thursday's opening day"); not "for the second day
// running", nor another match's day in a sentence of another year.
func TestTagMatchDaysCounted(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 13), "Rain fell on the second day at Trent Bridge yesterday. Heavy rain will fall on Monday, the fifth day.",
			"the second day|DATE|2026-06-12|;yesterday|DATE|2026-06-12|;Monday|DATE|2026-06-15|;the fifth day|DATE|2026-06-15|"},
		{tt(2027, 6, 13), "Rain washed out all but 31 overs of Thursday's opening day. MCC said tickets for Tuesday's final day would go on sale. England took two wickets for the second day running. England came closest here in 2023, winning on the fifth day.",
			"Thursday|DATE|2027-06-10|;opening day|DATE|2027-06-10|;Tuesday|DATE|2027-06-15|;final day|DATE|2027-06-15|;2023|DATE|2023|"},
	})
}

// A participle after a noun is no verb of the date's clause; in what is
// reported, a "would" after it looks ahead.
func TestTagReportedParticipleWould(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 29), "HMRC said returns filed after midnight on Sunday would count as late.",
			"midnight|TIME|2027-01-31T24:00|;Sunday|DATE|2027-01-31|"},
	})
}

// A span under way, told in the present, ends ahead: "covers the fiscal
// year through March", told in August, is next March.
func TestTagPresentSpanThrough(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 26), "The program covers the fiscal year through March.",
			"the fiscal year|DURATION|P1Y|;March|DATE|2028-03|"},
	})
}

// An urging's infinitive looks ahead to the season it names; "their flu
// shot" is a noun, no past verb.
func TestTagUrgingSeasonAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 26), "The ministry said Thursday, urging older people to take it with their flu shot before infections rise in the winter.",
			"Thursday|DATE|2027-08-26|;the winter|DATE|2027-WI|"},
	})
}

// A day ahead told before the day of its saying keeps the clock times told
// ahead after it; those told in the past are the saying's.
func TestTagAheadBeforeSaying(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 20), "The king will spend King's Day on 27 April in Dokkum, the Government Information Service said on Monday.\n\nThe family will arrive by boat at the old harbour at 10am.",
			"27 April|DATE|2026-04-27|;Monday|DATE|2026-04-20|;10am|TIME|2026-04-27T10:00|"},
		{tt(2026, 4, 20), "The river is expected to peak late on Tuesday, the agency said on Monday. Its update was issued at 10:15 GMT.",
			"late on Tuesday|DATE|2026-04-21|END;Monday|DATE|2026-04-20|;10:15 GMT|TIME|2026-04-20T10:15|"},
	})
}

// A generic "you" in the present tells a habit, as "I" and "we" do.
func TestTagGenericYouHabit(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 24), "The rhythm of the road takes over within a week. You wake at 5.30am and walk six hours a day.",
			"a week|DURATION|P1W|;5.30am|TIME|XXXX-XX-XXT05:30|;six hours|DURATION|PT6H|;a day|SET|P1D|"},
	})
}

// What a ticket or a booking is "for" lies ahead.
func TestTagTicketForWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 24), "I reached Santiago with a scallop shell on my rucksack and a return ticket for Monday.",
			"Monday|DATE|2027-07-26|"},
	})
}

// A day a plan had been set for, and was not kept, is no day the story
// moves to.
func TestTagPlanGoneDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 4), "The capsule landed at 10:17 a.m. local time on Wednesday. The landing had been set for Tuesday but was put back by a day because of high winds.\n\nThe crew undocked from the station at 6:41 a.m.",
			"10:17 a.m. local time|TIME|2026-02-04T10:17|;Wednesday|DATE|2026-02-04|;Tuesday|DATE|2026-02-03|;a day|DURATION|P1D|;6:41 a.m.|TIME|2026-02-04T06:41|"},
	})
}

// An attribution set off by commas ("Venkataraman said,") is no verb of
// the clause after it, which takes the main clause's future.
func TestTagAttributionAside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 11), "Developers will get a beta in June, Venkataraman said, with a public beta in July and the final release in September.",
			"June|DATE|2027-06|;July|DATE|2027-07|;September|DATE|2027-09|"},
		{tt(2027, 5, 11), "Sales fell in March, he said, after a strong February.",
			"March|DATE|2027-03|;February|DATE|2027-02|"},
	})
}

// An order's deadline lies ahead, with or without an infinitive.
func TestTagOrderedByDeadline(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 11), "The state ordered fire audits of all 1,100 units on the estate by the end of June.",
			"the end of June|DATE|2026-06|END"},
	})
}

// What one looks forward to is to come, however past the telling.
func TestTagLookingForwardTo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 12), "She said she had been a specialist for 11 years and was not looking forward to Tuesday.",
			"11 years|DURATION|P11Y|;Tuesday|DATE|2027-03-16|"},
	})
}

// "That winter" after a spring month is the winter just gone, named by its
// December.
func TestTagThatWinterAfterSpring(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 20), "The state declared the emergency over in April 2017, after heavy storms that winter.",
			"April 2017|DATE|2017-04|;that winter|DATE|2016-WI|"},
		{tt(2026, 5, 20), "The dam was finished in October 2017, and it filled that winter.",
			"October 2017|DATE|2017-10|;that winter|DATE|2017-WI|"},
	})
}

// A clock time told in the past with no day nearer is of the day the story
// opened with, a day or a few before its report.
func TestTagLedeDayClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 21), "Jonas Lindqvist drew level by winning Game 9 on Saturday.\n\nThe match had belonged to Serrano since he won Game 2 on 9 November. Six draws followed.\n\nPlay began at 3pm local time. Serrano stopped the clocks at 8.04pm.",
			"Saturday|DATE|2027-11-20|;9 November|DATE|2027-11-09|;3pm local time|TIME|2027-11-20T15:00|;8.04pm|TIME|2027-11-20T20:04|"},
		{tt(2027, 11, 21), "Jonas Lindqvist drew level by winning Game 9 on Saturday.\n\nThe match had belonged to Serrano since he won Game 2 on 9 November. Six draws followed.\n\nGame 10 starts at 3pm.",
			"Saturday|DATE|2027-11-20|;9 November|DATE|2027-11-09|;3pm|TIME|2027-11-21T15:00|"},
	})
}

// A byline's weekday, date and time on a line of their own are one
// expression, as most of the held-out sets annotate them; a date and time
// without the weekday, or after "Updated", are two, and the time takes the
// day.
func TestTagBylineDayAndTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 26), "Town down\n\nBy Martin Hale\n\nSun 26 Apr 2026 18.00 BST\n\nKingsmere Town have been relegated.",
			"Sun 26 Apr 2026 18.00 BST|TIME|2026-04-26T18:00|"},
		{tt(2026, 6, 29), "Heat records fall\n\n29 Jun 2026 09:42 GMT\n\nTemperatures reached 46C.",
			"29 Jun 2026|DATE|2026-06-29|;09:42 GMT|TIME|2026-06-29T09:42|"},
		{tt(2026, 9, 29), "Rates cut\n\nBy Chloe Nguyen\n\nUpdated 4.12pm AEST, Tuesday 29 September 2026\n\nMillions will pay less.",
			"4.12pm AEST|TIME|2026-09-29T16:12|;Tuesday 29 September 2026|DATE|2026-09-29|"},
		{tt(2026, 4, 20), "By Dana Whitfield\n\nPublished 6:15 a.m. CT April 20, 2026\n\nThe city will get bikes.",
			"6:15 a.m. CT|TIME|2026-04-20T06:15|;April 20, 2026|DATE|2026-04-20|"},
		{tt(2027, 2, 15), "Oil spill update\n\nUpdated 4:10 p.m. Monday\n\nCrews worked overnight.",
			"4:10 p.m. Monday|TIME|2027-02-15T16:10|;overnight|TIME|2027-02-14TNI|"},
		{tt(2026, 9, 29), "The board decided at 2.30pm AEST, Tuesday 29 September.",
			"2.30pm AEST, Tuesday 29 September|TIME|2026-09-29T14:30|"},
	})
}

// A limit that "looked likely" is still to come.
func TestTagLimitLookedLikely(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 13), "When Pennick fell before lunch, a finish by Monday afternoon looked likely.",
			"Monday afternoon|TIME|2027-06-14TAF|"},
	})
}

// A day's event called off or postponed was still to come when it was.
func TestTagCalledOffDayAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 26), "The agricultural show, held every August since 1903, called off Saturday's event on Tuesday.",
			"every August|SET|XXXX-08|EVERY;1903|DATE|1903|;Saturday|DATE|2026-08-29|;Tuesday|DATE|2026-08-25|"},
		{tt(2027, 3, 23), "We will not call off Thursday's strike.",
			"Thursday|DATE|2027-03-25|"},
	})
}

// A weekday naming a paper is no day.
func TestTagWeekdayPaper(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 22), "The company confirmed the talks on 15 March, after a report in a Sunday newspaper.\n\nBy Marcia Weekes, Sunday Chronicle Staff Reporter\n\nThe storm struck on Sunday.",
			"15 March|DATE|2027-03-15|;Sunday|DATE|2027-03-21|"},
	})
}

// A single year's season is tagged as the year, as most annotators do; a
// season that spans two years is tagged whole.
func TestTagYearSeason(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 29), "The roof was damaged by Hurricane Irma in the 2017 season. Prices rose in the 2024-25 season.",
			"2017|DATE|2017|;the 2024-25 season|DATE|2024|"},
	})
}

// A byline's time ends at its line: a span told in the paragraph below
// does not make it recur.
func TestTagBylineTimeLineEnds(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 8), "Headline\n\nBy Martine Leclair, Capital Wire\n\nPublished Tuesday, Dec. 8, 2026, 11:40 a.m. ET\n\nOTTAWA - Parliament is empty for seven weeks.",
			"Tuesday, Dec. 8, 2026|DATE|2026-12-08|;11:40 a.m. ET|TIME|2026-12-08T11:40|;seven weeks|DURATION|P7W|"},
	})
}

// The clause of a past year's event is of that year: "In the 1945 air raid
// that burned the nave roof on the night of 14 March", "The 1945 air raid
// burned the nave roof on 14 March".
func TestTagEventYearClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 8), "In the 1945 air raid that burned the nave roof on the night of 14 March, a verger carried the pipes down.",
			"1945|DATE|1945|;the night of 14 March|TIME|1945-03-14TNI|"},
		{tt(2026, 5, 8), "The 1945 air raid burned the nave roof on 14 March.",
			"1945|DATE|1945|;14 March|DATE|1945-03-14|"},
	})
}

// A weekday in an open condition, or after an order that opens the
// sentence, is ahead.
func TestTagIfAndGoOutWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 8), "If cloud spoils Sunday, the Ursids peak on 22 December. \"Go out on Sunday after 10pm and give it an hour,\" he said.",
			"Sunday|DATE|2026-12-13|;22 December|DATE|2026-12-22|;Sunday|DATE|2026-12-13|;10pm|TIME|2026-12-13T22:00|;an hour|DURATION|PT1H|"},
		{tt(2026, 12, 8), "If it rained on Sunday, the count was low.",
			"Sunday|DATE|2026-12-06|"},
	})
}

// "Tonight" in a quotation that a past "said" reports, in a report of the
// day before's event, is that night.
func TestTagQuotedTonightLede(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 21), "Lindqvist drew level by winning Game 9 on Saturday.\n\n\"Tonight it moved,\" Lindqvist said at a press conference.",
			"Saturday|DATE|2027-11-20|;Tonight|TIME|2027-11-20TNI|"},
		{tt(2027, 11, 21), "Lindqvist plays Game 10 on Monday.\n\n\"Tonight I rest,\" he says.",
			"Monday|DATE|2027-11-22|;Tonight|TIME|2027-11-21TNI|"},
	})
}

// What people prepare or braced for lies ahead.
func TestTagPrepareBracedFor(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 26), "Rail passengers prepare for the closure of London Euston from Saturday to Monday.",
			"Saturday|DATE|2026-08-29|;Monday|DATE|2026-08-31|"},
		{tt(2026, 11, 12), "Shares fell as investors braced for the lock-up ending on Tuesday.",
			"Tuesday|DATE|2026-11-17|"},
	})
}

// A coach who "names his squad on Monday" does so ahead, as a schedule's
// present tells.
func TestTagNamesSquadOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 1), "Les Kiss, who succeeded Joe Schmidt as coach this year, names his squad on Monday.",
			"this year|DATE|2026|;Monday|DATE|2026-10-05|"},
	})
}

// "Today" in a quotation reported with "said", in a report of the day
// before's event, is that day; not once the report's own day is told.
func TestTagQuotedTodayLede(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2022, 6, 20), "Colombians elected a former guerrilla as president on Sunday.\n\n\"Today is a day of celebration,\" Petro told supporters.",
			"Sunday|DATE|2022-06-19|;Today|DATE|2022-06-19|"},
		{tt(2022, 6, 20), "Colombians elected a former guerrilla as president on Sunday.\n\nAt a briefing this morning, the mayor spoke. \"I can't give them a date today,\" she said.",
			"Sunday|DATE|2022-06-19|;this morning|TIME|2022-06-20TMO|;today|DATE|2022-06-20|"},
	})
}

// A participle after its noun is no verb of a fronted day's main clause.
func TestTagFrontedDayParticipleAside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 9, 28), "On Saturday, under floodlights hired for the occasion, Castelbrac and Vic-Arrats renew the oldest derby in the Gers.",
			"Saturday|DATE|2023-09-30|"},
		{tt(2023, 9, 28), "On Saturday, the clubs played the oldest derby in the Gers.",
			"Saturday|DATE|2023-09-23|"},
	})
}

// "the first test runs" are a noun, no schedule's present; "the test runs
// until Friday" is a verb.
func TestTagTestRunsNoun(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 4), "NS said this week that the first test runs with the new frequency, on Monday and Tuesday, went smoothly.",
			"this week|DATE|2026-W49|;Monday|DATE|2026-11-30|;Tuesday|DATE|2026-12-01|"},
		{tt(2026, 12, 2), "The test runs until Friday.",
			"Friday|DATE|2026-12-04|"},
	})
}

// A move to a day reads across a possessive: "moved the family's flight to
// Monday" is ahead.
func TestTagMovedPossessiveTo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2023, 11, 22), "She moved the family's flight to Monday after seeing the forecast.",
			"Monday|DATE|2023-11-27|"},
	})
}

// A day's sunrise that "comes" is ahead, at the start of a sentence too.
func TestTagSunriseOnDayComes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 8, 14), "The season opens at midnight. Sunrise on Saturday comes shortly after 6 a.m.",
			"midnight|TIME|2025-08-14T24:00|;Saturday|DATE|2025-08-16|;6 a.m.|TIME|2025-08-16T06:00|"},
	})
}

// TestTagStoryDayTimes: a past story told by its day, with weekday and
// year, keeps that day's times and parts of the day a sentence or two on;
// "mid-afternoon" follows the day told as "the afternoon" does.
func TestTagStoryDayTimes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 24), "The rain began before dawn on Friday 20 July 2007 and did not stop. By mid-afternoon the gauge had recorded 118mm. The first warning went out at 4.15pm. The river peaked on the Sunday.",
			"Friday 20 July 2007|DATE|2007-07-20|;mid-afternoon|TIME|2007-07-20TAF|MID;4.15pm|TIME|2007-07-20T16:15|;the Sunday|DATE|2007-07-22|"},
		{tt(2027, 7, 24), "The rain began before dawn on Friday 20 July 2007 and did not stop. Soldiers arrived in the town. The first warning went out at 4.15pm.",
			"Friday 20 July 2007|DATE|2007-07-20|;4.15pm|TIME|2007-07-20T16:15|"},
		// Not what is said now, nor a day told without its year.
		{tt(2027, 7, 24), "He recalled Friday 20 July 2007. The council says it met at 4.15pm.",
			"Friday 20 July 2007|DATE|2007-07-20|;4.15pm|TIME|2027-07-24T16:15|"},
		{tt(2027, 7, 24), "The rains came on Friday 2 April. Soldiers arrived in the town. The first warning went out at 4.15pm.",
			"Friday 2 April|DATE|2027-04-02|;4.15pm|TIME|2027-07-24T16:15|"},
	})
}

// TestTagComparedYearThatMonth: a year the story is compared with does not
// move it, "that August" finds the story's year a few sentences back, and
// a later month the past sentence runs on to is of that year.
func TestTagComparedYearThatMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 24), "The river broke its banks on Friday 20 July 2007. Soldiers handed out water for days, and older residents compared it with the 1947 flood. The siren was never sounded. By that August, 200 families were living in caravans, and the road stayed shut until late September.",
			"Friday 20 July 2007|DATE|2007-07-20|;days|DURATION|PXD|;1947|DATE|1947|;that August|DATE|2007-08|;late September|DATE|2007-09|END"},
		{tt(2027, 7, 24), "Floods struck in March 2019, worse than the 1947 floods. By that June the fields had dried.",
			"March 2019|DATE|2019-03|;1947|DATE|1947|;that June|DATE|2019-06|"},
	})
}

// TestTagHolidayOfStoryYear: a holiday told in a past story decades old
// is of the story's year, as is one in the month just told; not in the
// next paragraph, nor in what people say now.
func TestTagHolidayOfStoryYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 24), "The road stayed shut until late September 2007. Most were home by Christmas, and the rest moved back the following spring.",
			"late September 2007|DATE|2007-09|END;Christmas|DATE|2007-12-25|;the following spring|DATE|2008-SP|"},
		{tt(2026, 10, 15), "The last strike, in December 2005, lasted 11 days and ended two days before Christmas.",
			"December 2005|DATE|2005-12|;11 days|DURATION|P11D|;two days|DURATION|P2D|;Christmas|DATE|2005-12-25|"},
		{tt(2027, 1, 20), "The runway, which opened in February 2001, will be the only one in use. Residents say they learned the timetable only shortly before Christmas.",
			"February 2001|DATE|2001-02|;Christmas|DATE|2026-12-25|"},
		{tt(2027, 1, 20), "The bells rang for victory on 15 November 1942.\n\nOn New Year's Eve the band rang handbells.",
			"15 November 1942|DATE|1942-11-15|;New Year's Eve|DATE|2026-12-31|"},
	})
}

// TestTagClockBeforeLine: a day on the next line heads the next entry of a
// list; the time before it is of the entry it ends.
func TestTagClockBeforeLine(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 9), "Tue 10 Mar: Oakfield v Dunmore City, 7.45pm\n\nWed 11 Mar: Harbridge Town v Redmire Athletic, 8pm",
			"Tue 10 Mar|DATE|2026-03-10|;7.45pm|TIME|2026-03-10T19:45|;Wed 11 Mar|DATE|2026-03-11|;8pm|TIME|2026-03-11T20:00|"},
	})
}

// TestTagTookOver: "took over" before a time ago is the verb's particle, not
// "more than"; a span it takes is still more than one.
func TestTagTookOver(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 9), "Farrant, who took over 18 months ago, said so. The company takes over two years to build one. It happened over a year ago.",
			"18 months ago|DATE|2024-09|;over two years|DURATION|P2Y|MORE_THAN;over a year ago|DATE|2025|MORE_THAN"},
	})
}

// TestTagCropSeasonsAlmostOvernight: a season that names a crop sown then
// is no date, nor is "almost overnight", which means all at once.
func TestTagCropSeasonsAlmostOvernight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 20), "The crisis shut the trade almost overnight. Rain flattened our spring barley, and the winter wheat goes in by October. We sow in spring.",
			"October|DATE|2026-10|;spring|DATE|2027-SP|"},
	})
}

// TestTagRarityNotSpan: "a one-in-200-year flood" tells how rare, and "a
// year-end payout" is of the year's end (an adjective, untagged), neither a
// year's length.
func TestTagRarityNotSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 20), "It paid a year-end payout. The wall was built for a one-in-200-year flood and a 1-in-100-year storm. It took a year.",
			"a year|DURATION|P1Y|"},
	})
}

// TestTagSameMonthLastYear: "the same month last year" is one expression,
// that month a year before.
func TestTagSameMonthLastYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 10), "The list stood at 7.4 million at the end of October, down 2.1% compared with the same month last year.",
			"the end of October|DATE|2026-10|END;the same month last year|DATE|2025-10|"},
	})
}

// TestTagFrontedDayPast: a day that opens a sentence told in the past is
// gone, however far back, when the verb follows it.
func TestTagFrontedDayPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 10), "The firm reported results. On 5 March prices fell. On 5 March the board will meet.",
			"5 March|DATE|2026-03-05|;5 March|DATE|2027-03-05|"},
	})
}

// TestTagSpokenTimeAfterPart: a time told in words just after a part of a
// day is in that half of it.
func TestTagSpokenTimeAfterPart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 20), "The belt snapped on Tuesday evening, at about half past seven, with ten acres left.",
			"Tuesday evening|TIME|2026-09-15TEV|;about half past seven|TIME|2026-09-15T19:30|APPROX"},
	})
}

// TestTagClockOnTheWeekday: a clock time before "on the Saturday" is of
// that Saturday; "the Saturday" after a span gone just told is its day.
func TestTagClockOnTheWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 20), "Rhys will take two rams to the sale at the weekend. Judging starts at 9am on the Saturday.",
			"the weekend|DATE|2026-W39-WE|;9am|TIME|2026-09-26T09:00|;the Saturday|DATE|2026-09-26|"},
		{tt(2026, 2, 23), "Counters took part between Friday 23 January and Sunday 25 January. The main count was timed for high water at 11.52am on the Saturday.",
			"Friday 23 January|DATE|2026-01-23|;Sunday 25 January|DATE|2026-01-25|;11.52am|TIME|2026-01-24T11:52|;the Saturday|DATE|2026-01-24|"},
	})
}

// TestTagBookingsOpen: "open" after a season is the verb, and what
// bookings are for is to come; what "we" close at is a habit.
func TestTagBookingsOpen(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 22), "Bookings for the summer open at 9am on Wednesday, online or by phone.",
			"the summer|DATE|2027-SU|;9am|TIME|2027-02-24T09:00|;Wednesday|DATE|2027-02-24|"},
		{tt(2027, 2, 22), "\"Now we close at 9pm,\" she said.", "Now|DATE|PRESENT_REF|;9pm|TIME|XXXX-XX-XXT21:00|"},
	})
}

// TestTagDatedStampEntry: under a live page's stamp that carries its day,
// the entry is told from that day.
func TestTagDatedStampEntry(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 27), "00:20\n\nThe count goes on.\n\n23:40 26 Nov\n\nGiles Ward told us earlier this evening that he expected to finish third.\n\n22:31 26 Nov\n\nTellers reported a late rush after 6pm.",
			"00:20|TIME|2026-11-27T00:20|;23:40 26 Nov|TIME|2026-11-26T23:40|;earlier this evening|TIME|2026-11-26TEV|START;22:31 26 Nov|TIME|2026-11-26T22:31|;6pm|TIME|2026-11-26T18:00|"},
	})
}

// TestTagNextHour: "within the next hour" is an hour's span from now.
func TestTagNextHour(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 27), "Staff expect the rest within the next hour. Prices rose 2% in the past hour.",
			"the next hour|DURATION|PT1H|;the past hour|DURATION|PT1H|"},
	})
}

// TestTagIsBooked: what a place "is booked" for is ahead.
func TestTagIsBooked(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 19), "The hall is booked for a wedding on Wednesday. It was booked for a party on Thursday.",
			"Wednesday|DATE|2026-09-23|;Thursday|DATE|2026-09-17|"},
	})
}

// TestTagPairedClockDay: two clock times joined by "and" before a day are
// both of that day.
func TestTagPairedClockDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 16), "Teams will follow the launch at 5:58 a.m. CEST and 12:58 p.m. JST Sunday.",
			"5:58 a.m. CEST|TIME|2026-09-20T05:58|;12:58 p.m. JST Sunday|TIME|2026-09-20T12:58|"},
	})
}

// TestTagBillPresent: a festival bill told in the present ("headlines on
// the Friday", "open the main stage on the Thursday evening") is of the
// days of the festival ahead.
func TestTagBillPresent(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 3), "The festival runs from Thursday 22 July to Sunday 25 July. Reid, who drew big crowds last summer, headlines on the Friday. The duo, whose single reached the top ten in October, open the main stage on the Thursday evening.",
			"Thursday 22 July|DATE|2027-07-22|;Sunday 25 July|DATE|2027-07-25|;last summer|DATE|2026-SU|;the Friday|DATE|2027-07-23|;October|DATE|2026-10|;the Thursday evening|TIME|2027-07-22TEV|"},
	})
}

// TestTagWeekdayAfterAside: a weekday after an aside that follows a day
// told is that day, when it falls on it.
func TestTagWeekdayAfterAside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 11), "The court said last Thursday that the crescent had been seen. That puts the Day of Arafat, when pilgrims stand at Mount Arafat, on Saturday.",
			"last Thursday|DATE|2027-05-06|;the Day of Arafat|DATE|2027-05-15|;Saturday|DATE|2027-05-15|"},
	})
}

// TestTagClockOnTheHoliday: a clock time before "on the Day of Arafat" is
// of that day.
func TestTagClockOnTheHoliday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 11), "The ministry told pilgrims to stay in their tents between 10am and 4pm on the Day of Arafat.",
			"10am|TIME|2027-05-15T10:00|;4pm|TIME|2027-05-15T16:00|;the Day of Arafat|DATE|2027-05-15|"},
	})
}

// TestTagShiftByDays: what "moves about 11 days earlier" is the shift, a
// span.
func TestTagShiftByDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 11), "Next year the Hajj moves about 11 days earlier. The vote shifts a week later.",
			"Next year|DATE|2028|;about 11 days|DURATION|P11D|APPROX;a week|DURATION|P1W|"},
	})
}

// TestTagSurvivedByName: a month after "survived by" is a person.
func TestTagSurvivedByName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 14), "She is survived by May, her son, Tom, and four grandchildren. The sale ended by May.",
			"May|DATE|2026-05|"},
	})
}

// TestTagYearsOnColon: "Twenty years on:" heading a story is the year of
// the anniversary, as "Twenty years on," is.
func TestTagYearsOnColon(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 24), "Twenty years on: how Wendleford rebuilt after the flood", "Twenty years on|DATE|2027|"},
	})
}

// TestTagHolidayListNoSpan: two holidays listed are no span whose days a
// weekday after them falls in.
func TestTagHolidayListNoSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 15), "It will be closed on Christmas Day and Boxing Day. On Saturday the band will play.",
			"Christmas Day|DATE|2027-12-25|;Boxing Day|DATE|2027-12-26|;Saturday|DATE|2027-10-16|"},
	})
}

// TestTagQuotedTonightSaidBefore: "tonight" in a quotation that "said:"
// opens, in a report of the day before's event, is that night.
func TestTagQuotedTonightSaidBefore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 14), "A driver was jailed for eight years yesterday. Outside court, his widow said: \"I'm going home tonight to an empty house.\"",
			"eight years|DURATION|P8Y|;yesterday|DATE|2026-05-13|;tonight|TIME|2026-05-13TNI|"},
	})
}

// TestTagRecordMonth: the worst or wettest month "on record" or "since"
// is a month gone.
func TestTagRecordMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 10), "Hospital waiting list falls again as A&E has worst November on record. Britain has the wettest February on record.",
			"November|DATE|2026-11|;February|DATE|2026-02|"},
	})
}

// TestTagFallShowed: "the fall" a verb of reporting or of cause follows is
// a drop; in the fall, or the fall that was mild, is the season.
func TestTagFallShowed(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 10), "A spokesperson said the fall showed the plan is working. In the fall, leaves drop. The fall was mild.",
			"the fall|DATE|2026-FA|;The fall|DATE|2026-FA|"},
	})
}

// TestTagWeekdayRangeBeforeDay: a range of weekdays the sentence goes on to
// close with a day ahead is the days before that day; not without it.
func TestTagWeekdayRangeBeforeDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 11), "The authority announced on Monday a four-day break, from Saturday to Tuesday, with offices reopening on Wednesday, May 19.",
			"Monday|DATE|2027-05-10|;four-day|DURATION|P4D|;Saturday|DATE|2027-05-15|;Tuesday|DATE|2027-05-18|;Wednesday, May 19|DATE|2027-05-19|"},
		{tt(2027, 5, 11), "The offices were shut from Saturday to Monday.",
			"Saturday|DATE|2027-05-08|;Monday|DATE|2027-05-10|"},
	})
}

// TestTagHijriOrdinalOf: "the 10th of Dhul Hijjah" is a day of the Hijri
// month, as "10 Dhul Hijjah" is.
func TestTagHijriOrdinalOf(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 11), "Eid al-Adha falls on the 10th of Dhul Hijjah. The tenth of Dhul Hijjah is a Sunday.",
			"Eid al-Adha|DATE|2027-05-16|;the 10th of Dhul Hijjah|DATE|2027-05-16|;The tenth of Dhul Hijjah|DATE|2027-05-16|"},
	})
}

// TestTagEveningBeforeSmallHours: an evening time a span "after" which the
// small hours just told came is the evening before.
func TestTagEveningBeforeSmallHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 27), "The result was declared at 02:47, almost five hours after polls closed at 10pm.",
			"02:47|TIME|2026-11-27T02:47|;almost five hours|DURATION|PT5H|LESS_THAN;10pm|TIME|2026-11-26T22:00|"},
	})
}

// TestTagSinceNotPastMidnight: a morning time after "since" is a start
// before the evening just told, not the next morning.
func TestTagSinceNotPastMidnight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 27), "21:58 26 Nov\n\nPolling stations have been open since 7am and close in two minutes.",
			"21:58 26 Nov|TIME|2026-11-26T21:58|;7am|TIME|2026-11-26T07:00|;two minutes|DURATION|PT2M|"},
	})
}

// TestTagPairEntryHead: "Thursday and Friday:" heads an entry of a day by
// day forecast, the days after the entry before.
func TestTagPairEntryHead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 17), "Snow will fall tomorrow.\n\nMonday: A frosty start.\n\nTuesday: Snow in the north.\n\nThursday and Friday: Turning milder from the west.",
			"tomorrow|DATE|2027-01-18|;Monday|DATE|2027-01-18|;Tuesday|DATE|2027-01-19|;Thursday|DATE|2027-01-21|;Friday|DATE|2027-01-22|"},
	})
}

// TestTagThereIsOnWeekday: what "there is" on a weekday is to come; what
// there was is gone.
func TestTagThereIsOnWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 17), "There is a brief lull on Wednesday. There was a meeting on Thursday.",
			"Wednesday|DATE|2027-01-20|;Thursday|DATE|2027-01-14|"},
	})
}

// TestTagActionFrom: a strike a verb just announced "from" a weekday runs
// from the one ahead; a shop closed from Monday was closed then.
func TestTagActionFrom(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 5), "The union confirmed a strike from 00:01 on Monday. The union called a 48-hour walkout from Tuesday. The shop was closed from Monday.",
			"00:01|TIME|2027-03-08T00:01|;Monday|DATE|2027-03-08|;48-hour|DURATION|PT48H|;Tuesday|DATE|2027-03-09|;Monday|DATE|2027-03-01|"},
	})
}

// TestTagQuotedTodayAfterSaidSentence: "Today" in a quotation that
// continues after "X said.", in a report of the day before's race, is the
// race day; so are the times told of it after.
func TestTagQuotedTodayAfterSaidSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 19), "Kiprono broke the course record on Sunday morning. \"I could only ride a bike,\" Kiprono said. \"Today I am a different man.\" The elite fields set off at 8.30am.",
			"Sunday morning|TIME|2027-04-18TMO|;Today|DATE|2027-04-18|;8.30am|TIME|2027-04-18T08:30|"},
	})
}

// TestTagInYearAfterDay: "on 16 April in 2028" gives the day its year.
func TestTagInYearAfterDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 19), "Easter Sunday falls on 16 April in 2028. It opened on March 3 in 2019. It costs 500 on 3 March in 2028 dollars.",
			"Easter Sunday|DATE|2028-04-16|;16 April|DATE|2028-04-16|;2028|DATE|2028|;March 3|DATE|2019-03-03|;2019|DATE|2019|;3 March|DATE|2027-03-03|"},
	})
}

// TestTagSameDayAsDayTold: "the same day" is the day last told, though
// its year was guessed.
func TestTagSameDayAsDayTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 13), "The judge said sentencing is set for June 17. A restitution hearing will be held the same day.",
			"June 17|DATE|2027-06-17|;the same day|DATE|2027-06-17|"},
	})
}

// TestTagWillingTo: what people said they were willing to do on a day is
// ahead, as what they agreed to do is.
func TestTagWillingTo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 5), "Both sides said they were willing to talk over the weekend. The union said it was keen to meet on Sunday.",
			"the weekend|DATE|2027-W09-WE|;Sunday|DATE|2027-03-07|"},
	})
}

// TestTagYearTitle: "the year group" and "player of the year" name no year.
func TestTagYearTitle(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 5), "He was voted player of the year twice, in 1977 and 1979. The year group stays behind. Sales rose for the year.",
			"1977|DATE|1977|;1979|DATE|1979|;the year|DATE|2027|"},
	})
}

// TestTagSpanThenAgo: "29 months a decade ago" is a span and a time ago,
// not a rate.
func TestTagSpanThenAgo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 16), "Owners keep a phone for 40 months, up from 29 months a decade ago. They work six days a week.",
			"40 months|DURATION|P40M|;29 months|DURATION|P29M|;a decade ago|DATE|201|;six days a week|SET|P1W|EVERY"},
	})
}

// TestTagWeekdayNotNextWeeksDate: a weekday ahead is not the date a week
// later that the next clause tells; a weekday gone may be it.
func TestTagWeekdayNotNextWeeksDate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 16), "Orders open starting Friday, and the phone reaches stores on Sept. 25.",
			"Friday|DATE|2026-09-18|;Sept. 25|DATE|2026-09-25|"},
	})
}

// TestTagSeatOnWeekday: what a seat or a ticket is bought for is to come,
// though the buying is told in the past.
func TestTagSeatOnWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 2), "Wang logged on at 8 a.m. on Jan 20 for a high-speed seat on Thursday.",
			"8 a.m.|TIME|2027-01-20T08:00|;Jan 20|DATE|2027-01-20|;Thursday|DATE|2027-02-04|"},
		{tt(2027, 2, 2), "The seat sold on Thursday.", "Thursday|DATE|2027-01-28|"},
	})
}

// TestTagPlanListItem: an item of a list a plan opens with a colon is
// ahead, past the semicolons.
func TestTagPlanListItem(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 4), "The cabinet wants to: collect bins every three weeks; end subsidies for two bus routes from September; and raise parking charges.",
			"every three weeks|SET|P3W|EVERY;September|DATE|2027-09|"},
	})
}

// TestTagHabitAfterClock: "by 11am it is usually warmer" tells a habit,
// of no one day.
func TestTagHabitAfterClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 19), "By 11am it is usually three degrees warmer. By 11am it was warm.",
			"11am|TIME|XXXX-XX-XXT11:00|;11am|TIME|2027-04-19T11:00|"},
	})
}

// TestTagSaidShortlyAfter: the time a source "said shortly after" is of
// the report's day, not of a day the story told before; a result "was
// announced at" a time is the event's.
func TestTagSaidShortlyAfter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 8), "The storm gained 40 mph of strength on Tuesday. Two people were killed, the state health department said shortly after 9 a.m.",
			"Tuesday|DATE|2026-10-06|;9 a.m.|TIME|2026-10-08T09:00|"},
	})
}

// TestTagBreakUp: schools "break up" on a day ahead, as a calendar's
// present tells; they "broke up" on one gone.
func TestTagBreakUp(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 19), "Schools break up for half-term on Friday. Pupils broke up on Friday.",
			"Friday|DATE|2026-10-23|;Friday|DATE|2026-10-16|"},
	})
}

// TestTagComparedFigureMonth: the month a figure is compared with ("up
// from 3.4% in the June policy") and the month data are "on" are gone.
func TestTagComparedFigureMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 5), "The bank expects inflation to average 3.9%, up from 3.4% in the June policy. Data on July consumer prices are due on August 12.",
			"June|DATE|2026-06|;July|DATE|2026-07|;August 12|DATE|2026-08-12|"},
	})
}

// TestTagOriginYearAside: the year an apposition dates a thing's origin by
// does not move a story already told by its month.
func TestTagOriginYearAside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 17), "The world's newspapers had room for only one shipwreck in April 1912. The Morwenna, a 640-ton coaster built on the Tyne in 1894, carried coal. She left Cardiff at 2pm on Thursday 18 April.",
			"April 1912|DATE|1912-04|;1894|DATE|1894|;2pm|TIME|1912-04-18T14:00|;Thursday 18 April|DATE|1912-04-18|"},
		{tt(2027, 4, 17), "The band formed in 1996 and had three hits in the 1990s.",
			"1996|DATE|1996|;the 1990s|DATE|199|"},
	})
}

// TestTagMonthOfDatedStory: a bare month told after a day of a story
// decades old, in the past, is of its year; not after a day told in a
// relative clause, nor in what is said now.
func TestTagMonthOfDatedStory(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 17), "His body came ashore on 27 April 1912.\n\nThe inquiry\n\nA Board of Trade inquiry opened in Cardiff in June.",
			"27 April 1912|DATE|1912-04-27|;June|DATE|1912-06|"},
		{tt(2027, 4, 17), "The symphony, which Richter conducted on 3 December 1908, is the centrepiece. A competition closed in January.",
			"3 December 1908|DATE|1908-12-03|;January|DATE|2027-01|"},
	})
}

// TestTagPageTimeNoStoryClock: the page's "Updated ... 6:05 a.m." time
// gives no day to the story's clock times.
func TestTagPageTimeNoStoryClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 23), "By Priya Natarajan\n\nUpdated April 23, 2027, 6:05 a.m. EDT\n\nHalcyon halted all trading on Wednesday after a faulty update, the company confirmed Thursday.\n\nA reconstruction shows how the failure unfolded.\n\nThe first errors appeared at 14:03 UTC.",
			"April 23, 2027|DATE|2027-04-23|;6:05 a.m. EDT|TIME|2027-04-23T06:05|;Wednesday|DATE|2027-04-21|;Thursday|DATE|2027-04-22|;14:03 UTC|TIME|2027-04-21T14:03|"},
	})
}

// TestTagOverTheNextWeek: "over the next week" is a span, and a weekday
// after it is the nearest one ahead, not one of the calendar week after.
func TestTagOverTheNextWeek(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 3), "The agency told residents to expect aftershocks over the next week, with the danger greatest until Thursday.",
			"the next week|DURATION|P1W|;Thursday|DATE|2026-02-05|"},
	})
}

// TestTagTakenParticiple: "taken in the second round in April" tells a
// month gone, though the clause's verb looks ahead.
func TestTagTakenParticiple(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 9), "Rookie linebacker Isaiah Grant, taken in the second round in April, is expected to start.",
			"April|DATE|2026-04|"},
	})
}

// TestTagTheYearsBeforeThat: "in the two years before that" is the span
// before it; "two days before that" is a day.
func TestTagTheYearsBeforeThat(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 8), "We have made more progress in the past six months than in the two years before that. It happened two days before that.",
			"the past six months|DURATION|P6M|;the two years|DURATION|P2Y|;two days before|DATE|2027-02-06|"},
	})
}

// TestTagSinceEventInMonth: the month of the event a span runs "since" is
// gone, though a headline before it looks ahead.
func TestTagSinceEventInMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 22), "Resident doctors in England to strike for 96 hours from Tuesday\n\nTalks with ministers have gone nowhere since the last strike in January, says BMA",
			"96 hours|DURATION|PT96H|;Tuesday|DATE|2027-02-23|;January|DATE|2027-01|"},
	})
}

// TestTagReportedPencilledIn: what officials said "had been pencilled in"
// for is a plan ahead.
func TestTagReportedPencilledIn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 8), "Officials said a fifth round had been pencilled in for mid-March in Nairobi, and a sixth for early summer.",
			"mid-March|DATE|2027-03|MID;early summer|DATE|2027-SU|START"},
	})
}

// TestTagNumericDateIsDCT: an ambiguous numeric date that reads as the
// page's own date day first is that date.
func TestTagNumericDateIsDCT(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 2), "By Liam Hartley\n\nPublished 02/10/2027, 07:15\n\nDozens of roads will close.",
			"02/10/2027|DATE|2027-10-02|;07:15|TIME|2027-10-02T07:15|"},
	})
}

// TestTagAlertFrom: an alert placed "from midday on Tuesday" runs from the
// Tuesday ahead.
func TestTagAlertFrom(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 29), "Météo-France placed 16 departments on orange alert from midday on Tuesday.",
			"midday|TIME|2026-06-30T12:00|;Tuesday|DATE|2026-06-30|"},
	})
}

// TestTagWeekdayPairAhead: the second day of a pair ahead follows the
// first; a pair gone may run back.
func TestTagWeekdayPairAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 29), "The ministry issued its highest warning for 18 cities for Tuesday and Wednesday.",
			"Tuesday|DATE|2026-06-30|;Wednesday|DATE|2026-07-01|"},
		{tt(2026, 6, 26), "Following are statements made Friday and Thursday by the lawyer.",
			"Friday|DATE|2026-06-26|;Thursday|DATE|2026-06-25|"},
	})
}

// TestTagQuotedThisMorningLede: "this morning" told in the past in a
// quotation, in a report of the day before's final, is that morning; told
// in the present it is the report's.
func TestTagQuotedThisMorningLede(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 14), "Sandqvist won the final on Sunday. \"We talked for ten minutes this morning about one thing,\" Berg said.",
			"Sunday|DATE|2026-09-13|;ten minutes|DURATION|PT10M|;this morning|TIME|2026-09-13TMO|"},
		{tt(2026, 9, 14), "Sandqvist won the final on Sunday. \"This morning feels like the start of something,\" Berg said.",
			"Sunday|DATE|2026-09-13|;This morning|TIME|2026-09-14TMO|"},
	})
}

// A weekday named on another clock is the day of the report or its
// neighbour, whatever the tense: one moment lies at most a day apart
// across time zones.
func TestTagZoneDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 15), "China launched the satellite on Thursday, though in Beijing it was already Friday.",
			"Thursday|DATE|2026-10-15|;Friday|DATE|2026-10-16|"},
		{tt(2026, 10, 15), "The rocket lifted off on Thursday. It left the pad at 6:30 a.m. Beijing time on Friday, or at 22:30 UTC on Thursday.",
			"Thursday|DATE|2026-10-15|;6:30 a.m. Beijing time|TIME|2026-10-16T06:30|;Friday|DATE|2026-10-16|;22:30 UTC|TIME|2026-10-15T22:30|;Thursday|DATE|2026-10-15|"},
		{tt(2026, 10, 15), "Liftoff came on Thursday at 6:30 p.m. EDT. In London it was 11:30 p.m. BST, and in Sydney 9:30 a.m. AEDT Friday.",
			"Thursday|DATE|2026-10-15|;6:30 p.m. EDT|TIME|2026-10-15T18:30|;11:30 p.m. BST|TIME|2026-10-15T23:30|;9:30 a.m. AEDT Friday|TIME|2026-10-16T09:30|"},
		// Without another clock, a Friday told in the past is last week's.
		{tt(2026, 10, 15), "The rocket lifted off on Thursday. The fairing was tested on Friday.",
			"Thursday|DATE|2026-10-15|;Friday|DATE|2026-10-09|"},
	})
}

// The day of a vote told after the infinitive of what was voted for takes
// the voting's tense.
func TestTagVoteDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 26), "Korvania voted to adopt the euro in a referendum on Saturday.", "Saturday|DATE|2027-09-25|"},
		{tt(2027, 9, 26), "Korvanians will vote to adopt the euro in a referendum on Saturday.", "Saturday|DATE|2027-10-02|"},
	})
}

// "That weekend" or "that week" after a year or a month names no week of
// it: the week of the day last told, or an unknown one.
func TestTagThatWeekAfterYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 1), "The stadium staged 11 concerts last year, and the shows would bring £18m into the city over that weekend.",
			"last year|DATE|2026|;that weekend|DATE|XXXX-WXX-WE|"},
		{tt(2027, 2, 1), "The shows open on Friday 18 June. Hotels expect to be full that weekend.",
			"Friday 18 June|DATE|2027-06-18|;that weekend|DATE|2027-W24-WE|"},
	})
}

// What a time gone came after is of its year.
func TestTagAfterPastSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 18), "The best chapters are set in the autumn of 2016, after the referendum of 23 June. That summer she expected to be sacked.",
			"the autumn of 2016|DATE|2016-FA|;23 June|DATE|2016-06-23|;That summer|DATE|2016-SU|"},
		{tt(2027, 9, 18), "Prices peaked in March 2025, following the storm of 12 February.",
			"March 2025|DATE|2025-03|;12 February|DATE|2025-02-12|"},
	})
}

// A quotation that opens a paragraph, whose occasion the sentence after it
// dates, counts its "tonight" and weekdays from that day.
func TestTagQuoteOccasion(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 18), "Review\n\n\"If I am still in this job on Friday, I will be astonished.\" Marchbank said it to her secretary on the morning of Tuesday 11 October 2016. She was still in the job on Friday.",
			"Friday|DATE|2016-10-14|;the morning of Tuesday 11 October 2016|TIME|2016-10-11TMO|;Friday|DATE|2016-10-14|"},
		{tt(2027, 9, 18), "Review\n\n\"Tonight we find out whether anybody was listening.\" She wrote that at 9pm on election night, 8 June 2017.",
			"Tonight|TIME|2017-06-08TNI|;9pm|TIME|2017-06-08T21:00|;election night|TIME|2017-06-08TNI|;8 June 2017|DATE|2017-06-08|"},
		// The saying closes its sentence: the year of the next quotation
		// is no occasion of the first.
		{tt(2027, 2, 20), "Talks\n\n\"We want a deal before Friday,\" the official said. \"We have waited since Oct. 7, 2023.\"",
			"Friday|DATE|2027-02-26|;Oct. 7, 2023|DATE|2023-10-07|"},
	})
}

// A story that opens with its anniversary keeps that day's times, and a
// day told again takes the year it was told with last.
func TestTagAgoTodayStory(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 15), "Crash report\n\nMonday 15 November 2027 06.00 GMT\n\nIt was a year ago today that a train ran into a landslip. The driver died at the scene. Thirty-one others were hurt. The train had left four minutes late and struck the earth at 10.37pm. Signallers logged two warnings on the night of 15 November, the last at 9.58pm.",
			"Monday 15 November 2027 06.00 GMT|TIME|2027-11-15T06:00|;a year ago today|DATE|2026-11-15|;four minutes|DURATION|PT4M|;10.37pm|TIME|2026-11-15T22:37|;the night of 15 November|TIME|2026-11-15TNI|;9.58pm|TIME|2026-11-15T21:58|"},
		// Not a day told in passing after the story's own day.
		{tt(2025, 6, 6), "Veterans took the front row on Friday, on the bluff troops fought up 81 years ago today. The ceremony began at 11 a.m.",
			"Friday|DATE|2025-06-06|;81 years ago today|DATE|1944-06-06|;11 a.m.|TIME|2025-06-06T11:00|"},
	})
}

// "Overnight on Sunday" is Sunday's night, and the small hours after it
// Monday's.
func TestTagOvernightOnDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 13), "The ship sailed up Southampton Water overnight on Sunday and was alongside by 5.40am. Passengers were due to leave at 7am.",
			"overnight|TIME|2026-10-11TNI|;Sunday|DATE|2026-10-11|;5.40am|TIME|2026-10-12T05:40|;7am|TIME|2026-10-12T07:00|"},
	})
}

// "The previous evening" after clock times told since the last day is the
// evening before their day.
func TestTagPreviousPartAfterClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 13), "The ship sailed up Southampton Water overnight on Sunday and was alongside by 5.40am. Passengers were due to leave at 7am. Instead, the captain repeated a warning he had given the previous evening.",
			"overnight|TIME|2026-10-11TNI|;Sunday|DATE|2026-10-11|;5.40am|TIME|2026-10-12T05:40|;7am|TIME|2026-10-12T07:00|;the previous evening|TIME|2026-10-11TEV|"},
	})
}

// "The week after next", "the year before last": two units from this one.
func TestTagUnitAfterNext(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 12), "Strikes follow the week after next. The month after next is busy. The year before last was hard. The weekend after next is free.",
			"the week after next|DATE|2026-W44|;The month after next|DATE|2026-12|;The year before last|DATE|2024|;The weekend after next|DATE|2026-W44-WE|"},
	})
}

// Clock times told in the present just after a sentence that set the days
// they fall on recur, and so does a time kept "as usual".
func TestTagHoursOfSetDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 12), "Year 11 is taught in school every weekday. Pupils at home get live lessons from 9am to 12.30pm. Breakfast clubs will open as usual at 7.45am.",
			"every weekday|SET|XXXX-WXX-WD|EVERY;9am|TIME|XXXX-XX-XXT09:00|;12.30pm|TIME|XXXX-XX-XXT12:30|;7.45am|TIME|XXXX-XX-XXT07:45|"},
		// Not a day's times told in the past.
		{tt(2026, 10, 12), "Year 11 is taught in school every weekday. Pupils walked out at 9am.",
			"every weekday|SET|XXXX-WXX-WD|EVERY;9am|TIME|2026-10-12T09:00|"},
	})
}

// "The Friday before" a day its sentence told is the Friday before that day.
func TestTagWeekdayBeforeDayTold(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 12), "Half-term begins on Monday 26 October, and the union has named the Friday before as an extra strike day.",
			"Monday 26 October|DATE|2026-10-26|;the Friday before|DATE|2026-10-23|"},
		{tt(2026, 10, 12), "The final is on Saturday 7 November, and the parade is the Monday after.",
			"Saturday 7 November|DATE|2026-11-07|;the Monday after|DATE|2026-11-09|"},
	})
}

// A day told with two different years names neither when told again.
func TestTagDayToldInTwoYears(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 20), "Rules followed on 2 August 2025. Models on sale get until 2 August 2027.\n\nWhat happens on 2 August?",
			"2 August 2025|DATE|2025-08-02|;2 August 2027|DATE|2027-08-02|;2 August|DATE|2026-08-02|"},
	})
}

// "A month earlier" after a month told and a span is the month before it.
func TestTagMonthEarlierPastSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 20), "Waits rise\n\nFigures were published at 9.30am today.\n\nAt the end of March, 8,140 patient pathways had passed the two-year mark, up from 7,910 a month earlier.",
			"9.30am today|TIME|2027-05-20T09:30|;the end of March|DATE|2027-03|END;two-year|DURATION|P2Y|;a month earlier|DATE|2027-02|"},
	})
}

// A live page's entry stamp in the 24-hour dotted form, alone on its line,
// is a time of the page's day; a number in a sentence is not.
func TestTagDottedEntryStamp(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 10), "Vote live\n\n08.58\n\nGood morning. MPs vote at 7pm.\n\n19.16\n\nThe result is close. Shares rose 10.25 points.",
			"08.58|TIME|2027-03-10T08:58|;7pm|TIME|2027-03-10T19:00|;19.16|TIME|2027-03-10T19:16|"},
	})
}

// "Published: 07:30, Friday 6 February 2026": a time and its day, two
// expressions, as after "Published" without the colon.
func TestTagPublishedColonStamp(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 6), "Water rationing\n\nPublished: 07:30, Friday 6 February 2026\n\nThe city will ration water.",
			"07:30|TIME|2026-02-06T07:30|;Friday 6 February 2026|DATE|2026-02-06|"},
	})
}

// A weekday abbreviated without its period before a month and day: "Fri
// Nov 6 2026".
func TestTagAbbrWeekdayMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 6), "Nurses strike\n\nFri Nov 6 2026 - 06:00\n\nNurses will strike.",
			"Fri Nov 6 2026|DATE|2026-11-06|;06:00|TIME|2026-11-06T06:00|"},
	})
}

// Clock times before "on that day" are of the day told, not of the day
// the telling was said on.
func TestTagClockOnThatDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 9), "Whit Monday is already a public holiday, and the government said on Tuesday afternoon that shops would be allowed to open from 10am to 4pm on that day.",
			"Whit Monday|DATE|2027-05-17|;Tuesday afternoon|TIME|2027-02-09TAF|;10am|TIME|2027-05-17T10:00|;4pm|TIME|2027-05-17T16:00|;that day|DATE|2027-05-17|"},
	})
}

// A span told in the past that runs "into" a month just ahead runs on from
// now.
func TestTagIntoMonthAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 16), "Containers sat untouched on Wednesday, with freight firms warning of delays into October.",
			"Wednesday|DATE|2026-09-16|;October|DATE|2026-10|"},
		{tt(2026, 9, 16), "Hospital admissions kept climbing into January.", "January|DATE|2026-01|"},
	})
}

// "Is planned" before a place is a plan ahead, not an adjective.
func TestTagPlannedBeforePlace(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 16), "A rally is planned outside the terminal gates at noon on Saturday.",
			"noon|TIME|2026-09-19T12:00|;Saturday|DATE|2026-09-19|"},
		{tt(2026, 9, 16), "The protesters imposed scheduled outages on Saturday.", "Saturday|DATE|2026-09-12|"},
	})
}

// A relative clause after a date in an "after" phrase is no verb of that
// phrase's clause.
func TestTagAfterPhraseRelative(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 29), "Lumenfield will cut 2,400 jobs by the end of March, the company said as it reported results after the bell on Wednesday that showed its slowest growth.",
			"the end of March|DATE|2028-03|END;Wednesday|DATE|2027-07-28|"},
	})
}

// "Could not" and "couldn't" before a verb tell what could not be done, in
// the past.
func TestTagCouldNot(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 20), "\"By Thursday I couldn't tell myself that anymore.\"", "Thursday|DATE|2026-09-17|"},
		{tt(2026, 9, 20), "By Thursday I could not sleep.", "Thursday|DATE|2026-09-17|"},
		{tt(2026, 9, 20), "By Thursday we could know more.", "Thursday|DATE|2026-09-24|"},
	})
}

// A plan moved "from December to next summer" moves from the December
// ahead.
func TestTagMovedFromMonthToNext(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 16), "Tidewater sequel moved from December to next summer", "December|DATE|2026-12|;next summer|DATE|2027-SU|"},
	})
}

// A clock time's "am" is no word of the clause the tense is read from.
func TestTagClockAmNotAWord(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 16), "Reyes is due to show ten minutes of footage to fans at a convention in London at 11am on Saturday, and the studio said tickets would go on sale in the spring.",
			"ten minutes|DURATION|PT10M|;11am|TIME|2026-10-17T11:00|;Saturday|DATE|2026-10-17|;the spring|DATE|2027-SP|"},
	})
}

// A subhead ends the section a day long past dated: the clock times under
// it are of the story's own day.
func TestTagSubheadEndsPastDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 15), "Island remembers\n\nMore than 400 people stood on the pier on Sunday as the names of the dead were read.\n\nThe ferry went down on the night of 13 March 1997. She sank at 1.15am.\n\nA service by the sea\n\nThe main service began at 2pm and lasted an hour.",
			"Sunday|DATE|2027-03-14|;the night of 13 March 1997|TIME|1997-03-13TNI|;1.15am|TIME|1997-03-14T01:15|;2pm|TIME|2027-03-14T14:00|;an hour|DURATION|PT1H|"},
	})
}

// A zone named by a place of two words: "6pm Hong Kong time".
func TestTagTwoWordPlaceTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 7), "Kick-off is at 8pm on Saturday (6pm Hong Kong time).", "8pm|TIME|2027-10-09T20:00|;Saturday|DATE|2027-10-09|;6pm Hong Kong time|TIME|2027-10-09T18:00|"},
	})
}

// A day in a short phrase that opens the sentence and is the subject of a
// modal is ahead.
func TestTagSubjectOfModal(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 7), "A win on Saturday could be enough to finish third.", "Saturday|DATE|2027-10-09|"},
		{tt(2027, 10, 7), "A win on Saturday was enough to finish third.", "Saturday|DATE|2027-10-02|"},
		{tt(2026, 6, 11), "\"Saturday could be worse than today,\" Boateng said.", "Saturday|DATE|2026-06-13|;today|DATE|2026-06-11|"},
		{tt(2026, 6, 11), "Saturday could have been worse.", "Saturday|DATE|2026-06-06|"},
	})
}

// What was done for this year, told in the past, was done before a month
// still ahead: "This year's rates were announced in November".
func TestTagThisYearsDoneBefore(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 31), "This year's rates were announced in November, when the Chancellor accepted the advice.", "This year|DATE|2026|;November|DATE|2025-11|"},
		{tt(2026, 3, 31), "This year's festival opens in November.", "This year|DATE|2026|;November|DATE|2026-11|"},
	})
}

// "Tonight" in a quotation that goes on after `," said Ingrid Moe.`, in a
// report of the day before's event, is that night.
func TestTagQuotedTonightAfterSaidName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 12), "A painting sold for a record $40m on Tuesday evening in New York.\n\n\"Ten years ago few people knew her name,\" said Ingrid Moe. \"Tonight the whole room knew it.\"",
			"Tuesday evening|TIME|2027-05-11TEV|;Ten years ago|DATE|2017|;Tonight|TIME|2027-05-11TNI|"},
	})
}

// "Still ... seven years on." at a sentence's end is now, as "Seven years
// on," is at its start.
func TestTagStillYearsOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 15), "The satellite is still sending some data seven years on.", "seven years on|DATE|2026|"},
		{tt(2026, 10, 15), "The men worked four weeks on.", "four weeks|DURATION|P4W|"},
	})
}

// The hours a service or a rule keeps, "between" one time "and" another,
// recur.
func TestTagKeptHoursBetween(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 6), "Residents can check online or by calling 900 412 600 between 8am and 8pm.", "8am|TIME|XXXX-XX-XXT08:00|;8pm|TIME|XXXX-XX-XXT20:00|"},
		{tt(2026, 2, 6), "Restrictions brought in last summer banned the watering of gardens between 10am and 8pm.", "last summer|DATE|2025-SU|;10am|TIME|XXXX-XX-XXT10:00|;8pm|TIME|XXXX-XX-XXT20:00|"},
		{tt(2026, 2, 6), "The pumps failed between 8am and 8pm on Tuesday.", "8am|TIME|2026-02-03T08:00|;8pm|TIME|2026-02-03T20:00|;Tuesday|DATE|2026-02-03|"},
	})
}

// A box that retells the story's day hour by hour ("How the day went")
// stamps its entries with that day, not the report's.
func TestTagTimelineBoxDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 19), "Spacewalk ends early\n\nTwo astronauts spent six hours outside the station on Tuesday, NASA said.\n\nHow the day went (all times GMT)\n\n0520 GMT - The crew is woken.\n\n1115 GMT - The spacewalk begins.\n\nThe crew has Wednesday off.",
			"six hours|DURATION|PT6H|;Tuesday|DATE|2027-05-18|;0520 GMT|TIME|2027-05-18T05:20|;1115 GMT|TIME|2027-05-18T11:15|;Wednesday|DATE|2027-05-19|"},
	})
}

// Days told in a quotation said "after the game", in the next day's report
// of it, count from the day of the game, past the dateline's day.
func TestTagQuotedAfterTheGame(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 7), "NOVI SAD, Serbia, Nov 7 (Wire) - Serbia won on Friday after five hours.\n\n\"I slept four hours last night and I will sleep four hours tonight,\" he said after the game. \"Tomorrow we start again.\"",
			"Nov 7|DATE|2026-11-07|;Friday|DATE|2026-11-06|;five hours|DURATION|PT5H|;four hours|DURATION|PT4H|;last night|TIME|2026-11-05TNI|;four hours|DURATION|PT4H|;tonight|TIME|2026-11-06TNI|;Tomorrow|DATE|2026-11-07|"},
	})
}

// A span told in the present "from" a day "until" another runs ahead.
func TestTagPresentSpanFromDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 27), "A yellow warning for thunderstorms covers Wales from midday on Sunday until 6am on Monday.",
			"midday|TIME|2027-08-29T12:00|;Sunday|DATE|2027-08-29|;6am|TIME|2027-08-30T06:00|;Monday|DATE|2027-08-30|"},
		{tt(2026, 8, 17), "MeteoSwiss had issued a warning on Thursday evening, valid from 1pm on Friday until 9pm on Saturday.",
			"Thursday evening|TIME|2026-08-13TEV|;1pm|TIME|2026-08-14T13:00|;Friday|DATE|2026-08-14|;9pm|TIME|2026-08-15T21:00|;Saturday|DATE|2026-08-15|"},
	})
}

// "Over four days from Thursday 15 July" is a span of days, whose "the
// Friday" is its Friday.
func TestTagDaysFromSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "The concerts run over four days from Thursday 15 July.\n\nThe Friday belongs to younger players, with a double bill from 7.30pm.",
			"four days|DURATION|P4D|;Thursday 15 July|DATE|2027-07-15|;The Friday|DATE|2027-07-16|;7.30pm|TIME|2027-07-16T19:30|"},
	})
}

// A capitalized part of the day in a title-case name is no time: the album
// "Four in the Morning".
func TestTagPartInTitle(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "She will play the whole of her album Four in the Morning, with a quartet.", ""},
		{tt(2027, 6, 10), "Rain is expected in the morning.", "the morning|TIME|2027-06-10TMO|"},
	})
}

// A weekday in a clause of its own that looks ahead is not the weekend's
// gone just told.
func TestTagWeekdayAfterWeekendGone(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 11), "Crews arrived on the weekend, and 120 firefighters from Mexico are due Saturday.", "the weekend|DATE|2026-W23-WE|;Saturday|DATE|2026-06-13|"},
		{tt(2026, 6, 11), "Crews arrived on the weekend, most of them on Saturday.", "the weekend|DATE|2026-W23-WE|;Saturday|DATE|2026-06-06|"},
	})
}

// A season before "sitting" is tagged alone, as before "recess".
func TestTagSeasonSitting(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 10), "MPs return for the spring sitting, which is due to run to June.", "spring|DATE|2027-SP|;June|DATE|2027-06|"},
	})
}

// "The opening night" of a span of days told is its first night.
func TestTagOpeningNightOfSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 10), "The concerts run over four days from Thursday 15 July. Monroe plays on the opening night at 8pm, and the closing night belongs to Vega.",
			"four days|DURATION|P4D|;Thursday 15 July|DATE|2027-07-15|;the opening night|TIME|2027-07-15TNI|;8pm|TIME|2027-07-15T20:00|;the closing night|TIME|2027-07-18TNI|"},
	})
}

// TestTagMostRecently: "most recently" tells the last of a series, which
// the date after it dates; it is no expression of its own. "More recently"
// still is one.
func TestTagMostRecently(t *testing.T) {
	ref := Ref{DCT: time.Date(2027, 5, 20, 0, 0, 0, 0, time.UTC)}
	got := format(Tag("Her operation has been booked and cancelled twice, most recently on 12 April. More recently, the board met.", ref))
	if want := "12 April|DATE|2027-04-12|;More recently|DATE|PAST_REF|"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestTagAtNight: news leaves a habit's "at night" untagged; history text
// tags it as any night.
func TestTagAtNight(t *testing.T) {
	const text = "Birds fly north at night and rest by day."
	ref := Ref{DCT: time.Date(2027, 5, 20, 0, 0, 0, 0, time.UTC)}
	if got := format(Tag(text, ref)); got != "" {
		t.Errorf("news: got %s, want nothing", got)
	}
	if got, want := format(Tag(text, Ref{Narrative: true})), "night|TIME|XXXX-XX-XXTNI|"; got != want {
		t.Errorf("narrative: got %s, want %s", got, want)
	}
}

// TestTagDecadeLater: news names the decade "a decade later" lands in, as
// it does for "a decade ago"; history text keeps the year.
func TestTagDecadeLater(t *testing.T) {
	const text = "He joined the institute in 1971. A decade later he began the survey."
	ref := Ref{DCT: time.Date(2027, 5, 20, 0, 0, 0, 0, time.UTC)}
	if got, want := format(Tag(text, ref)), "1971|DATE|1971|;A decade later|DATE|198|"; got != want {
		t.Errorf("news: got %s, want %s", got, want)
	}
	if got, want := format(Tag(text, Ref{Narrative: true})), "1971|DATE|1971|;A decade later|DATE|1981|"; got != want {
		t.Errorf("narrative: got %s, want %s", got, want)
	}
}

// TestTagTheFortnight: "the fortnight" is two weeks, not the calendar week
// of the reference, and so is "the next fortnight" after "over".
func TestTagTheFortnight(t *testing.T) {
	ref := Ref{DCT: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)}
	got := format(Tag("The band will post a track for the fortnight before the release. Over the next fortnight it rains.", ref))
	if want := "the fortnight|DURATION|P2W|;the next fortnight|DURATION|P2W|"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestTagBarePluralContrast: bare plural units set against each other, or
// lost, spared or to run, are spans of unsaid length.
func TestTagBarePluralContrast(t *testing.T) {
	ref := Ref{DCT: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)}
	checkTagged(t, []tagCase{
		{ref.DCT, "Intervention buys you weeks, not months.", "weeks|DURATION|PXW|;months|DURATION|PXM|"},
		{ref.DCT, "They should expect to lose years of their lives, not months.", "years|DURATION|PXY|;months|DURATION|PXM|"},
		{ref.DCT, "Weeks, not months.", "Weeks|DURATION|PXW|;months|DURATION|PXM|"},
		{ref.DCT, "They lost months of their education.", "months|DURATION|PXM|"},
		{ref.DCT, "We made it with months to spare, and the ballot has only days to run.", "months|DURATION|PXM|;days|DURATION|PXD|"},
		{ref.DCT, "It gets a refund months sooner; the crisis began weeks early.", "months|DURATION|PXM|;weeks|DURATION|PXW|"},
		{ref.DCT, "A storm arrived hours earlier than forecast.", "hours|DURATION|PTXH|"},
		{ref.DCT, "Those weeks, not these months, mattered.", ""},
	})
}

// TestTagAnotherHundredYears: "another hundred years" counts a hundred, as
// "a hundred years" does.
func TestTagAnotherHundredYears(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 10), `"We owe it another hundred years," he said.`, "another hundred years|DURATION|P100Y|"},
		{tt(2026, 3, 10), "Another thousand people came.", ""},
	})
}

// TestTagTheLastHour: "the first hour" and "the last hour" are an hour's
// span after any word, not only after a preposition.
func TestTagTheLastHour(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 10), "He was 88 not out after surviving the last hour against the new ball.", "the last hour|DURATION|PT1H|"},
		{tt(2026, 3, 10), "Rain cost England the first hour of play.", "the first hour|DURATION|PT1H|"},
	})
}

// TestTagYearEndAttributive: "year-end" is a date only where something is
// done by it or counted from it, not as an adjective or a company's noun.
func TestTagYearEndAttributive(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 10), "It expects to complete the sale by year-end.", "year-end|DATE|2026|END"},
		{tt(2026, 3, 10), "It left its year-end payout unchanged, as in 1988, when year-end net fell.", "1988|DATE|1988|"},
	})
}

// TestTagYearAndAHalf: "a year and a half" is eighteen months, as the news
// sets write it, and a span even where "a year" alone could be a rate.
func TestTagYearAndAHalf(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 9), "The date falls a year and a half after the death of the queen.", "a year and a half|DURATION|P18M|"},
		{tt(2027, 2, 9), "We waited a year and a half, then two and a half years more.", "a year and a half|DURATION|P18M|;two and a half years|DURATION|P2Y6M|"},
	})
}

// TestTagFinishingTimes: a finishing time is no clock time: "in 17:42", a
// results list's "(club) 17:51;", and "24:33", which no clock shows.
func TestTagFinishingTimes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 21), "Ryan Cole won the 5k in 17:42 on Sunday.", "Sunday|DATE|2026-09-20|"},
		{tt(2026, 9, 21), "5k men: 1 Ryan Cole (Thornbury Harriers) 17:42; 2 Amir Haddad (unattached) 17:51; 3 Joe Pratt (Ashcombe Runners) 18:30.", ""},
		{tt(2026, 9, 21), "Fastest dog: Biscuit, with owner Jan Reeves, 24:33. The gates open at 08:30.", "08:30|TIME|2026-09-21T08:30|"},
	})
}

// TestTagGroupedCounts: a grouped number counts any plural unit, not only
// years: "about 1,400 hours of care", "23,413 days late".
func TestTagGroupedCounts(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 1), "It will pay for about 1,400 hours of care.", "about 1,400 hours|DURATION|PT1400H|APPROX"},
		{tt(2026, 5, 1), "Crews lost more than 7,000 hours a week; 12,000 people came.", "more than 7,000 hours|DURATION|PT7000H|MORE_THAN;a week|SET|P1W|"},
	})
}

// TestTagWeekdaysHalfHourly: "weekdays" is the set of working days
// wherever it stands, and "half-hourly" is every half hour.
func TestTagWeekdaysHalfHourly(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 2), "Trains will run half-hourly on weekdays and hourly at weekends.",
			"half-hourly|SET|PT30M|EVERY;weekdays|SET|XXXX-WXX-WD|;hourly|SET|PT1H|EVERY;weekends|SET|XXXX-WXX-WE|EVERY"},
		{tt(2026, 12, 2), "On weekdays they run from 8.30am. Open weekdays from 9 a.m.",
			"weekdays|SET|XXXX-WXX-WD|;8.30am|TIME|XXXX-XX-XXT08:30|;weekdays|SET|XXXX-WXX-WD|;9 a.m.|TIME|XXXX-XX-XXT09:00|"},
	})
}

// TestTagNoonLocalTime: "local time" belongs to noon as to any clock time,
// and the day after it is noon's.
func TestTagNoonLocalTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 23), "The sprint starts at noon local time on Saturday.", "noon local time|TIME|2027-09-25T12:00|;Saturday|DATE|2027-09-25|"},
	})
}

// TestTagSubheadWeeksAfter: a subhead "The weeks after" names no span; the
// same words in a sentence do.
func TestTagSubheadWeeksAfter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 10), "It was an F3.\nThe weeks after\nVolunteers dug. In the weeks after the storm, they rebuilt.\nThe years since\nThe town rebuilt.",
			"the weeks|DURATION|PXW|"},
	})
}

// TestTagCountedWeekdays: plural weekdays after a count are days counted,
// not every such day.
func TestTagCountedWeekdays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 6), "It skips six Fridays. I've missed 4 Saturdays. Open on Saturdays.", "Saturdays|SET|XXXX-WXX-6|EVERY"},
	})
}

// TestTagOvernightUp: an adverb after "overnight" ("climbed overnight up the
// ridge") leaves it the night, not an adjective.
func TestTagOvernightUp(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 13), "They left at about 9.30pm on Monday and climbed overnight up the ridge.",
			"about 9.30pm|TIME|2026-05-11T21:30|APPROX;Monday|DATE|2026-05-11|;overnight|TIME|2026-05-11TNI|"},
	})
}

// TestTagTheSeasonPastVerb: an irregular past after "the" and a season is
// the season's verb, so the article is the season's: "the summer made
// matters worse"; a bare season before one is still no expression.
func TestTagTheSeasonPastVerb(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 13), "Growers say the summer made matters worse. A cold, late spring kept it shut.", "the summer|DATE|2026-SU|"},
	})
}

// TestTagQuoteSaidOnWeekday: a quotation whose attribution after it tells
// the day it was said, before the report's, speaks from that day.
func TestTagQuoteSaidOnWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 13), "The clients followed.\n\"Today I walked past the rock,\" Marchbank said by satellite phone on Tuesday evening.",
			"Today|DATE|2026-05-12|;Tuesday evening|TIME|2026-05-12TEV|"},
	})
}

// TestTagQuoteAfterSpoke: a quotation right after "She spoke Wednesday
// afternoon ..." speaks from that day.
func TestTagQuoteAfterSpoke(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 4, 15), `She spoke Wednesday afternoon outside the Statehouse. "Today they finally put it in writing."`,
			"Wednesday afternoon|TIME|2027-04-14TAF|;Today|DATE|2027-04-14|"},
	})
}

// TestTagMeasureRateSingular: "an inch an hour", "a foot a day": a measure's rate.
func TestTagMeasureRateSingular(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 20), "Snow was piling up at more than an inch an hour. It rose a foot a day.", "an hour|SET|PT1H|;a day|SET|P1D|"},
	})
}

// TestTagSinceClockWeekday: "since 9 p.m. Tuesday" starts a span that is
// gone, though a verb ahead follows in the sentence.
func TestTagSinceClockWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 20), "Crews have been out since 9 p.m. Tuesday and will work until every route is passable.", "9 p.m. Tuesday|TIME|2027-01-19T21:00|"},
	})
}

// TestTagThatSummerMonth: a month after "that summer" of a story years
// gone, later in the year, is of that summer's year, and the story goes on
// from it; a month of a season told with its year, in the past, is of it.
func TestTagThatSummerMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 10), "The tornado struck on July 11, 1977. \"We lived in a trailer that summer and cooked on a camp stove until September,\" she says. \"The house wasn't ready until the following spring.\"",
			"July 11, 1977|DATE|1977-07-11|;that summer|DATE|1977-SU|;September|DATE|1977-09|;the following spring|DATE|1978-SP|"},
		{tt(2026, 11, 4), "In the spring of 2025 drivers staged walkouts in April and May. In summer 2025 the river will flood in July.",
			"the spring of 2025|DATE|2025-SP|;April|DATE|2025-04|;May|DATE|2025-05|;summer 2025|DATE|2025-SU|;July|DATE|2027-07|"},
	})
}

// TestTagClockEveryDate: a clock time kept "every July 11" is of no one day.
func TestTagClockEveryDate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 10), "The church has rung its bell at 5:48 p.m. every July 11.", "5:48 p.m.|TIME|XXXX-XX-XXT17:48|;every July 11|SET|XXXX-07-11|EVERY"},
	})
}

// TestTagSquadForWeekday: the day a squad is picked for is to come.
func TestTagSquadForWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 7), `"He is a goalscorer, and he is in the squad for Saturday," said the manager.`, "Saturday|DATE|2026-09-12|"},
	})
}

// TestTagSeasonTerm: a school term's season is tagged without the article,
// in the year of the day its sentence gives it.
func TestTagSeasonTerm(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 30), "The spring term opens with a staff training day on Tuesday 4 January.",
			"spring|DATE|2028-SP|;Tuesday 4 January|DATE|2028-01-04|"},
	})
}

// TestTagTimeGaps: gaps between riders are no clock times: "0:11", "1:42
// behind", "1:42 clear", "a lead of 6:20", and a classification's list.
func TestTagTimeGaps(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 4), "Vos held off Kruger by 0:11 and sits 1:42 behind the Dane and is 1:42 clear. The break built a lead of 6:20.", ""},
		{tt(2027, 9, 4), "1. Anders Holm (Den) Nordhavn 53:12:40 2. Pieter Vos (Ned) Lowlands Cycling at 1:42 3. Luca Ferretti (Ita) Adriatica at 2:17 4. Mateo Ibarrola (Spa) Basque Pro at 3:09", ""},
		{tt(2027, 9, 4), "The stage left at 12:10 and finished at 5:05.", "12:10|TIME|2027-09-04T12:10|;5:05|TIME|2027-09-04T05:05|"},
	})
}

// TestTagDeadlineDay: "deadline day", "Budget day" and "offers day" are the
// day the report is of, unless dated otherwise or told in general.
func TestTagDeadlineDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 7), "Transfer deadline day live: Fenmoor land their striker. Welcome to our Budget day coverage.", "deadline day|DATE|2026-09-07|;Budget day|DATE|2026-09-07|"},
		{tt(2026, 9, 7), "Liverpool paid £125m for him on deadline day two years ago, and deadline day has become a television event.", "two years ago|DATE|2024|"},
	})
}

// TestTagKeyEvents: a live page's key-events list stamps each headline with
// its time of the day; a line of prices is no such list.
func TestTagKeyEvents(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 18), "Key events\n14.02 OBR trims growth forecast\n13.11 Beer duty frozen\n12.31 Chancellor on her feet\n",
			"14.02|TIME|2026-03-18T14:02|;13.11|TIME|2026-03-18T13:11|;12.31|TIME|2026-03-18T12:31|"},
		{tt(2026, 3, 18), "Prices\n14.02 Brent crude\n", ""},
	})
}

// TestTagHalfAnHourAgo: "half an hour ago" is a time half an hour before
// the entry's stamp, as "two hours ago" is; without a time known, the day.
func TestTagHalfAnHourAgo(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 18), "14:35\nSterling jumped half an hour ago.", "14:35|TIME|2026-03-18T14:35|;half an hour ago|TIME|2026-03-18T14:05|"},
		{tt(2026, 3, 18), "Sterling jumped half an hour ago.", "half an hour ago|DATE|2026-03-18|"},
	})
}

// TestTagThatMarch: "that March" is the month of the year told, not the
// verb "march".
func TestTagThatMarch(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 2), "The searches of 2014 were long. Flight 370, which disappeared that March, shaped them.", "2014|DATE|2014|;that March|DATE|2014-03|"},
	})
}

// TestTagCompoundBeforeDash: a dash spaced off after a compound duration
// ends a list item; it does not split the duration.
func TestTagCompoundBeforeDash(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 16), "Longest handover: 7 hours 52 minutes - Time lost: 286 hours", "7 hours 52 minutes|DURATION|PT7H52M|;286 hours|DURATION|PT286H|"},
	})
}

// TestTagForDaysFromTomorrow: "for four days from tomorrow" is a span and
// the day it starts, not the day four days on.
func TestTagForDaysFromTomorrow(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 18), "MPs will debate the measures for four days from tomorrow. The vote is a week from today.",
			"four days|DURATION|P4D|;tomorrow|DATE|2026-03-19|;a week from today|DATE|2026-03-25|"},
	})
}

// TestTagWeekBeforeInSentence: "the week before" after "last week" in its
// sentence is the week before that one.
func TestTagWeekBeforeInSentence(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 24), "Rates were $2,310 per container last week, up 4% on the week before.", "last week|DATE|2026-W47|;the week before|DATE|2026-W46|"},
	})
}

// TestTagFrequencyBeforeName: "the monthly Liner Punctuality Index" is an
// adjective of a name, no set.
func TestTagFrequencyBeforeName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 24), "Reliability fell, according to the monthly Liner Punctuality Index. Figures come out monthly.", "monthly|SET|P1M|EVERY"},
	})
}

// TestTagSinceYearVerb: a year after "since" before a verb that could be
// read as a plural noun is the year: "since 1988 ends".
func TestTagSinceYearVerb(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 16), "The biggest overhaul since 1988 ends no-fault evictions.", "1988|DATE|1988|"},
	})
}

// TestTagLastDayFor: "last day for court claims" names a final day, not
// yesterday.
func TestTagLastDayFor(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 16), "31 July 2027: last day for court claims on old notices", "31 July 2027|DATE|2027-07-31|"},
	})
}

// TestTagHolidayPart: "Christmas morning" is that part of the holiday, a
// time; "the Christmas Day (Trading) Act" is a law's name.
func TestTagHolidayPart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 15), "Many will open on Christmas morning. Stores are barred by the Christmas Day (Trading) Act 2004.",
			"Christmas morning|TIME|2026-12-25TMO|;2004|DATE|2004|"},
	})
}

// TestTagSundayTrading: "Sunday trading hours" is a kind of trading and
// "both Sundays" days counted; "on Sunday trading was halted" keeps its day.
func TestTagSundayTrading(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 15), "Those Sunday trading hours apply, so stores keep longer hours on both Sundays. On Sunday trading was halted.", "Sunday|DATE|2026-12-13|"},
	})
}

// TestTagInterviewMeet: an interview's "We meet on Tuesday afternoon" tells
// its scene in the present, a day gone; a quotation's is a plan.
func TestTagInterviewMeet(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 10), "We meet on Tuesday afternoon in her kitchen. \"We meet on Tuesday to decide,\" he said.",
			"Tuesday afternoon|TIME|2026-10-06TAF|;Tuesday|DATE|2026-10-13|"},
	})
}

// TestTagThatWinterAfterYear: "that winter" after a bare year is the winter
// that begins at its end.
func TestTagThatWinterAfterYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 10), "My mother was ill for most of 2015 and died that winter.", "2015|DATE|2015|;that winter|DATE|2015-WI|"},
	})
}

// TestTagPlanProgressive: a first person's present progressive tells a
// plan, so the season after it is ahead.
func TestTagPlanProgressive(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 10), "I'm doing two festivals this month and a proper tour in the spring.", "this month|DATE|2026-10|;the spring|DATE|2027-SP|"},
	})
}

// TestTagVerdictYear: "a difficult year" is judged, not measured; "a bad
// fortnight" still is a span.
func TestTagVerdictYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 16), "It leaves cinemas with a thin end to a difficult year. \"We've had a bad fortnight,\" he said.", "fortnight|DURATION|P2W|"},
	})
}

// TestTagEveryOtherTitle: "Every Other Tuesday" in capitals is a title, and
// "every year group" a school's years; "every other Tuesday" is a set.
func TestTagEveryOtherTitle(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 20), "Every Other Tuesday, published last week, is her memoir. Schools close to every year group. They meet every other Tuesday.",
			"last week|DATE|2027-W37|;every other Tuesday|SET|XXXX-WXX-2|EVERY"},
	})
}

// TestTagMidnightTitle: "Midnight" in capitals mid-sentence is a title.
func TestTagMidnightTitle(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 7), "His first album, Midnight in Butetown, came out in 1963; his reading of 'Round Midnight lasted. The bar shut at midnight.",
			"1963|DATE|1963|;midnight|TIME|2026-03-07T24:00|"},
	})
}

// TestTagTodayProgramme: "the Today programme" is a radio show.
func TestTagTodayProgramme(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 10), "The secretary told the Today programme that the bill stays.", ""},
	})
}

// TestTagFrequencyCompound: "monthly-paid staff" is a compound adjective.
func TestTagFrequencyCompound(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 10), "Many monthly-paid staff will wait. Figures come out monthly.", "monthly|SET|P1M|EVERY"},
	})
}

// TestTagFallDropSummerTime: "cushioned the fall" is a drop and "the end of
// summer time" daylight saving; "in the fall" is the season.
func TestTagFallDropSummerTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 20), "Low turnout explained much of the fall, and rates cushioned the fall. What the end of summer time means. Prices rise in the fall.",
			"the fall|DATE|2026-FA|"},
	})
}

// TestTagYearBeforePlural: a year near the reference before a plural it
// dates is a year ("their 2026 returns", "below 2024 volumes"); a count
// after "some" or "with" is not.
func TestTagYearBeforePlural(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 10), "Claim them on their 2026 returns; sales stay below 2024 volumes, with 2020 police officers on duty.", "2026|DATE|2026|;2024|DATE|2024|"},
	})
}

// TestTagMayInList: "May" and "March" in a list of months, after "ending",
// or after a possessive before a name are months.
func TestTagMayInList(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 20), "Oil firms cut prices in April, May and June. It was announced with the bank's May Monetary Policy Statement.",
			"April|DATE|2026-04|;May|DATE|2026-05|;June|DATE|2026-06|;May|DATE|2026-05|"},
	})
}

// TestTagEmbargoClock: "Embargoed to 1600 Wednesday March 11" is a 24-hour
// time and its day; "In 1600" is a year.
func TestTagEmbargoClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 11), "Embargoed to 1600 Wednesday March 11\nHearing aids help.", "1600 Wednesday March 11|TIME|2026-03-11T16:00|"},
	})
}

// TestTagCountWithinSpan: "took one within a month" is a span after a
// preposition, not a count's rate as "one meal a day" is.
func TestTagCountWithinSpan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 11), "Half of those offered a test took one within a month. They eat one meal a day.", "a month|DURATION|P1M|;a day|SET|P1D|"},
	})
}

// TestTagDailyOutside: "gather daily outside the home" is every day; an
// adverb after "daily" is no noun it qualifies.
func TestTagDailyOutside(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2000, 4, 6), "Demonstrators who gather daily outside the home were moved. It issues daily bulletins.", "daily|SET|P1D|EVERY"},
	})
}

// TestTagTimelineDayHeader: a timeline's day header and the time that
// opens the next line are two expressions.
func TestTagTimelineDayHeader(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 13), "Timeline (all times UTC)\nTuesday, November 10\n14:20 A change was deployed.\n",
			"Tuesday, November 10|DATE|2026-11-10|;14:20|TIME|2026-11-10T14:20|"},
		{tt(2024, 7, 24), "The battle lasted until May 8 1:00AM.", "May 8 1:00AM|TIME|2024-05-08T01:00|"},
	})
}

// TestTagMoonQuarter: "first quarter" and "last quarter" of the moon are
// its phases, no quarters of a year.
func TestTagMoonQuarter(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 18), "Step out tonight: the moon, just past first quarter, rides high. Moon phases\nFull moon: Dec. 23\nLast quarter: Dec. 30\nSales rose in the first quarter.",
			"tonight|TIME|2026-12-18TNI|;Dec. 23|DATE|2026-12-23|;Dec. 30|DATE|2026-12-30|;the first quarter|DATE|2026-Q1|"},
	})
}

// TestTagMonthlyFall: "the fifth monthly fall" qualifies a drop.
func TestTagMonthlyFall(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 20), "Payrolls fell by 31,000, the fifth monthly fall this year.", "this year|DATE|2026|"},
	})
}

// TestTagRaceHalf: "the second half in 59:30" is half a race, run.
func TestTagRaceHalf(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 7), "He ran 2:00:35 after covering the second half in 59:30. Growth slows in the second half.", "the second half|DATE|2026-H2|"},
	})
}

// TestTagLedeYesterdayAfternoon: "yesterday afternoon" in the lede dates
// the story, so a quotation that "told him:" opens speaks from that day.
func TestTagLedeYesterdayAfternoon(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 24), "A former director was jailed for eight years yesterday afternoon.\n\nPassing sentence, the judge told him: \"Today this court has to mark that betrayal.\"",
			"eight years|DURATION|P8Y|;yesterday afternoon|TIME|2027-02-23TAF|;Today|DATE|2027-02-23|"},
	})
}

// TestTagWeekdayDateBeforeClockRange: "Friday 8 January to 6am on Monday"
// keeps the weekday with its date; "from Wednesday to Sunday, 24 to 28
// June" still restates a range.
func TestTagWeekdayDateBeforeClockRange(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 5), "It closes from 7pm on Friday 8 January to 6am on Monday 11 January.",
			"7pm|TIME|2027-01-08T19:00|;Friday 8 January|DATE|2027-01-08|;6am|TIME|2027-01-11T06:00|;Monday 11 January|DATE|2027-01-11|"},
	})
}

// A part of the day after "through" or "into" is that part of the day told
// when a preposition or "if" follows it, as when a clause does.
func TestTagNightBeforePreposition(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 5), "Counting went on into the night across Gauteng after polls closed at 9pm on Wednesday.",
			"the night|TIME|2026-11-04TNI|;9pm|TIME|2026-11-04T21:00|;Wednesday|DATE|2026-11-04|"},
		{tt(2027, 1, 20), "Schools closed on Wednesday, and the mayor said crews would work through the night if needed.",
			"Wednesday|DATE|2027-01-20|;the night|TIME|2027-01-20TNI|"},
	})
}

// "election night" is the night of the election day told, or of the day
// set beside it; "polling day" after a day is that day.
func TestTagElectionNight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 9), "Nearly a week after last Tuesday's election, two seats are undecided. The margin was 388 on election night.",
			"Nearly a week|DURATION|P1W|LESS_THAN;last Tuesday|DATE|2026-11-03|;election night|TIME|2026-11-03TNI|"},
		{tt(2026, 3, 1), "She wrote that on election night, 8 June 2017.",
			"election night|TIME|2017-06-08TNI|;8 June 2017|DATE|2017-06-08|"},
		{tt(2026, 10, 14), "Shops may not sell alcohol from 6pm on Friday until midnight on Sunday, polling day.",
			"6pm|TIME|2026-10-16T18:00|;Friday|DATE|2026-10-16|;midnight|TIME|2026-10-18T24:00|;Sunday|DATE|2026-10-18|;polling day|DATE|2026-10-18|"},
	})
}

// "<day>, the first day of <a period>" describes the day just told: the
// period is tagged, not the description; a month or an event it opens
// keeps the whole.
func TestTagFirstDayApposition(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 1), "Okafor will take over on July 1, the first day of the new fiscal year, the company said.",
			"July 1|DATE|2026-07-01|;the new fiscal year|DATE|2027|"},
		{tt(2025, 1, 10), "Duluth held its count on Dec. 14, the first day allowed.",
			"Dec. 14|DATE|2024-12-14|"},
	})
}

// "winter time" beside summer time, or switched back to, is the clock
// kept in winter, no season.
func TestTagWinterTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 20), "Member states have never agreed whether to keep summer or winter time. The clocks go back to winter time on Sunday. Roads freeze in winter time.",
			"Sunday|DATE|2026-10-25|;winter|DATE|2026-WI|"},
	})
}

// A day a relative clause tells of a thing the sentence names ("the series
// that began last Thursday") is background: the clock times after it stay
// on the story's day.
func TestTagRelativeClauseDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 19), "India won at the Wankhede on Sunday, and lead the series that began last Thursday in Hyderabad. The toss was made at 2 pm and play ended at 10:12 pm.",
			"Sunday|DATE|2026-10-18|;last Thursday|DATE|2026-10-15|;2 pm|TIME|2026-10-18T14:00|;10:12 pm|TIME|2026-10-18T22:12|"},
	})
}

// A timeline whose entries open with their times tells them in the
// historical present: a time in an entry, and the next entry's, keep the
// day gone that heads them.
func TestTagTimelinePresent(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 13), "Timeline (all times UTC)\n\nTuesday, November 10\n14:20 A change starts rolling out to every region.\n15:10 Rollback starts. It finishes at 15:48, but errors continue.\n18:20 Engineers restore the old settings by hand.\n",
			"Tuesday, November 10|DATE|2026-11-10|;14:20|TIME|2026-11-10T14:20|;15:10|TIME|2026-11-10T15:10|;15:48|TIME|2026-11-10T15:48|;18:20|TIME|2026-11-10T18:20|"},
	})
}

// "one minute past eight", "ten minutes to six": spoken clock times.
func TestTagMinutesPast(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 13), "Results came out at 8am on Thursday. \"I refreshed the app at one minute past eight and just screamed,\" she said. It lasted ten minutes past the deadline.",
			"8am|TIME|2026-08-13T08:00|;Thursday|DATE|2026-08-13|;one minute past eight|TIME|2026-08-13T08:01|;ten minutes|DURATION|PT10M|"},
		{tt(2026, 8, 13), "We met at ten minutes to six.", "ten minutes to six|TIME|XXXX-XX-XXT05:50|"},
	})
}

// A weekday with a day and month that fits no year near the one guessed
// takes the year last written: a diary of 1946, quoted in 2026.
func TestTagDiaryWeekdayYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 14), "In January 1946 a whole town left home. Margaret kept a diary.\n\n\"Monday 14 January. Today the constable came. We will be home for Easter.\"\n\nTwo weeks later they moved again.\n\n\"Tuesday 15 January. Slept on the floor.\"\n\nFamilies returned on Monday 1 April, and that spring every house was lived in again.",
			"January 1946|DATE|1946-01|;Monday 14 January|DATE|1946-01-14|;Today|DATE|1946-01-14|;Easter|DATE|1946-04-21|;Two weeks later|DATE|1946-W05|;Tuesday 15 January|DATE|1946-01-15|;Monday 1 April|DATE|1946-04-01|;that spring|DATE|1946-SP|"},
	})
}

// A window from one clock time to another written with a hyphen:
// "06:14-06:44" is two times.
func TestTagClockWindow(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 9), "Launch windows (all times UTC)\nThursday 10 June: 06:14-06:44\n",
			"Thursday 10 June|DATE|2027-06-10|;06:14|TIME|2027-06-10T06:14|;06:44|TIME|2027-06-10T06:44|"},
	})
}

// "1H FY27": the first half of fiscal 2027, as "H1 FY27" is.
func TestTagHalfOfFiscalCode(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 17), "Underlying net profit for 1H FY27 rose 18 per cent. 2H FY26 was weak.",
			"1H FY27|DATE|2027-H1|;2H FY26|DATE|2026-H2|"},
	})
}

// What a cause forced comes after it: a day in the infinitive is not
// before the day the cause was told on.
func TestTagForcedDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 16), "A winter storm that began Friday evening buried Halifax, forcing schools to close Monday.",
			"Friday evening|TIME|2027-01-15TEV|;Monday|DATE|2027-01-18|"},
		{tt(2027, 1, 20), "A storm that began on Sunday buried Halifax, forcing schools to close Monday.",
			"Sunday|DATE|2027-01-17|;Monday|DATE|2027-01-18|"},
	})
}

// A negated participle used as an adjective ("unchanged", "undisclosed")
// is no past verb; after a verb it shares that verb's tense.
func TestTagUnAdjective(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 1), "The alliance agreed at an online meeting on Sunday to keep its output targets unchanged through the July-September quarter.",
			"Sunday|DATE|2026-05-31|;the July-September quarter|DATE|2026-Q3|"},
		{tt(1989, 10, 30), "Its stock has slumped recently, closing unchanged Friday at $29 a share.",
			"recently|DATE|PAST_REF|;Friday|DATE|1989-10-27|"},
	})
}

// "Brent crude futures for August": a contract month, the next August.
func TestTagFuturesForMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 1), "Oil prices fell on Monday. Brent crude futures for August were down 58 cents.",
			"Monday|DATE|2026-06-01|;August|DATE|2026-08|"},
	})
}

// "imports for May": the month a set of figures covers, not the modal;
// "support for May" stays a name.
func TestTagFiguresForMay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 1), "Traders will watch Chinese customs figures on crude imports for May, due on Tuesday. Support for May to stay on has faded.",
			"May|DATE|2026-05|;Tuesday|DATE|2026-06-02|"},
	})
}

// "Budget day" set for a day, or a calendar's "20 May: Budget day", is
// that day, not the report's.
func TestTagBudgetDaySet(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 8), "The finance minister has set Budget day for Thursday 20 May.\n\nKey dates\n20 May: Budget day\n18 December 2027: last possible election date\n",
			"Budget day|DATE|2027-05-20|;Thursday 20 May|DATE|2027-05-20|;20 May|DATE|2027-05-20|;Budget day|DATE|2027-05-20|;18 December 2027|DATE|2027-12-18|"},
	})
}

// A text that names New Zealand's own days (Waitangi Day, Matariki) is
// written in the southern hemisphere: its summer opens in December.
func TestTagWaitangiSouthern(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 8), "The House rises for the summer next week. Because Waitangi Day falls on a Saturday, the holiday moves to Monday 8 February.",
			"the summer|DATE|2026-SU|;next week|DATE|2026-W51|;Waitangi Day|DATE|2027-02-06|;Monday 8 February|DATE|2027-02-08|"},
	})
}

// "the Friday" of a story told in the past lies between the story's first
// day and its last when it can; after it otherwise.
func TestTagStoryWeekdayBetween(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 14), "The blast tore through the seam before dawn on Thursday 13 November 1986. The last of the dead was recovered on the Sunday afternoon. She was told on the Friday that there was no hope.",
			"Thursday 13 November 1986|DATE|1986-11-13|;the Sunday afternoon|TIME|1986-11-16TAF|;the Friday|DATE|1986-11-14|"},
		{tt(2026, 5, 20), "Police were called to the house on Saturday 3 May 1986. They found blood on the stairs the next morning. He died on the Monday.",
			"Saturday 3 May 1986|DATE|1986-05-03|;the next morning|TIME|1986-05-04TMO|;the Monday|DATE|1986-05-05|"},
	})
}

// A story told decades back goes on past a witness's quoted words and into
// the next year: "the first on 20 November. By Christmas ... opened in
// January".
func TestTagStoryPastQuote(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 14), "The blast tore through the seam on Thursday 13 November 1986. She was told on the Friday that there was no hope.\n\n\"I was 31 with two little ones,\" she says. \"The man could not look at me. I still set a place for him.\"\n\nFourteen funerals were held in the ten days that followed, the first on 20 November. By Christmas a fund had raised £400,000.\n\nThe inquiry\n\nA public inquiry opened in January and reported the following spring.",
			"Thursday 13 November 1986|DATE|1986-11-13|;the Friday|DATE|1986-11-14|;the ten days|DURATION|P10D|;20 November|DATE|1986-11-20|;Christmas|DATE|1986-12-25|;January|DATE|1987-01|;the following spring|DATE|1987-SP|"},
	})
}

// British speech: "half three" after a preposition of time is 3:30.
func TestTagHalfThree(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 14), "We stopped for snap at about half three. We left at half six in the morning. By half two hours later it was over.",
			"about half three|TIME|XXXX-XX-XXT03:30|APPROX;half six in the morning|TIME|XXXX-XX-XXT06:30|;two hours|DURATION|PT2H|"},
	})
}

// A clock time told in the past in the paragraph after a day just gone,
// with nothing told between, is of that day.
func TestTagPastClockNextParagraph(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 9), "Halcyon scrubs crewed flight; next try no earlier than Thursday\n\nUpdated 9 June 2027, 14:20 UTC\n\nHalcyon called off the launch 52 seconds before lift-off on Tuesday. Nobody was in danger, the company said.\n\nThe rocket was due to leave at 06:58 UTC, at the opening of a window.",
			"Thursday|DATE|2027-06-10|;9 June 2027|DATE|2027-06-09|;14:20 UTC|TIME|2027-06-09T14:20|;52 seconds|DURATION|PT52S|;Tuesday|DATE|2027-06-08|;06:58 UTC|TIME|2027-06-08T06:58|"},
	})
}

// "tomorrow" and "yesterday" in a quotation spoken on a day just told count
// from that day, as "today" there does.
func TestTagQuotedTomorrow(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 9), "Halcyon called off the launch on Tuesday.\n\n\"Fifty-two seconds is close,\" launch director Marcus Hale told reporters on Tuesday morning. \"I'd rather stand down today than explain something tomorrow.\"",
			"Tuesday|DATE|2027-06-08|;Fifty-two seconds|DURATION|PT52S|;Tuesday morning|TIME|2027-06-08TMO|;today|DATE|2027-06-08|;tomorrow|DATE|2027-06-09|"},
	})
}

// The end of a range of months takes its start's year.
func TestTagMonthRangeEnd(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 5), "The monsoon set in over Kerala on Thursday, the weather office said, bringing relief to farmers who depend on the four-month June-September season.",
			"Thursday|DATE|2026-06-04|;four-month|DURATION|P4M|;June|DATE|2026-06|;September|DATE|2026-09|"},
	})
}

// A quotation that opens the sentence after a day of saying, however long
// that sentence, speaks from that day.
func TestTagQuoteAfterLongSaying(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 5), "The minister said on Tuesday that stocks of seed and fertiliser were adequate everywhere. \"We reviewed kharif preparations with all the states today,\" he told reporters.",
			"Tuesday|DATE|2026-06-02|;today|DATE|2026-06-02|"},
	})
}

// An opening-hours notice, "Closed on Christmas Day.", names the coming
// one; "Closed on Monday, the museum reopened ..." tells a day gone.
func TestTagClosedNotice(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 30), "Open 10am-6pm daily. Closed on Christmas Day. Closed on Monday, the museum reopened on Tuesday.",
			"10am|TIME|XXXX-XX-XXT10:00|;6pm|TIME|XXXX-XX-XXT18:00|;daily|SET|P1D|EVERY;Christmas Day|DATE|2027-12-25|;Monday|DATE|2027-09-27|;Tuesday|DATE|2027-09-28|"},
	})
}

// "that decade" is the decade last told, near, whatever year came before.
func TestTagThatDecade(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 30), "She reached the Royal College of Art in 1946. In the 1950s she painted the Humber each evening. The room given to that decade is the quiet heart of the show.",
			"1946|DATE|1946|;the 1950s|DATE|195|;each evening|SET|XXXX-XX-XXTEV|EACH;that decade|DATE|195|"},
	})
}

// A season something ends is the one under way, or just gone.
func TestTagEndsSeason(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 22), "The Supreme Court ends its summer recess next month.",
			"summer|DATE|2026-SU|;next month|DATE|2026-10|"},
		{tt(2026, 5, 12), "Parliament ends its spring session next month.",
			"spring|DATE|2026-SP|;next month|DATE|2026-06|"},
	})
}

// What a forecast "calls for" is ahead; what it "called for" may be gone.
func TestTagCallsFor(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 18), "The early outlook calls for rain Tuesday and clearing skies by Wednesday evening.",
			"Tuesday|DATE|2026-12-22|;Wednesday evening|TIME|2026-12-23TEV|"},
		{tt(2026, 12, 18), "The union called for a strike on Tuesday.", "Tuesday|DATE|2026-12-15|"},
	})
}

// A start fronted in its clause and told in the present is ahead: "from
// Monday they go back on sale".
func TestTagFrontedFrom(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 4, 25), "Day tickets sold out in March; from Monday they go back on sale online at £25.",
			"March|DATE|2025-03|;Monday|DATE|2025-04-28|"},
		{tt(2025, 4, 25), "From Monday to Wednesday crews worked through the night.",
			"Monday|DATE|2025-04-21|;Wednesday|DATE|2025-04-23|;the night|TIME|2025-04-23TNI|"},
	})
}

// A participle after "every", "each" or "all" is an adjective, no past
// verb: "will credit every affected account by Wednesday".
func TestTagQuantifiedParticiple(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 19), "The company will credit every affected account with $20 by Wednesday.",
			"Wednesday|DATE|2026-10-21|"},
	})
}

// A clock time and a day set off by a comma are two expressions, the time
// of that day: "11:42, 25 Mar 2027", "Ban starts: 8am, Friday 10 July".
func TestTagClockCommaDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 7), "By Sam Potter, Travel Reporter 11:42, 25 Mar 2026\n\nBan starts: 8am, Friday 10 July",
			"11:42|TIME|2026-03-25T11:42|;25 Mar 2026|DATE|2026-03-25|;8am|TIME|2026-07-10T08:00|;Friday 10 July|DATE|2026-07-10|"},
		{tt(2026, 7, 8), "Crews have been out since 9 p.m. Tuesday.", "9 p.m. Tuesday|TIME|2026-07-07T21:00|"},
	})
}

// "On Sunday she turns 100": an event told in the present after a fronted
// day is to come; so is the day that opens a quotation looking ahead.
func TestTagFrontedPresentDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 8), "Edith Marsh has gone to church every Sunday since 1949. On Sunday she turns 100.\n\nThe vicar said: \"This Sunday we'll sing her favourite hymn.\"",
			"every Sunday|SET|XXXX-WXX-7|EVERY;1949|DATE|1949|;Sunday|DATE|2026-10-11|;This Sunday|DATE|2026-10-11|"},
	})
}

// "a 5:30 a.m. news conference on Sunday": the day of the event the time
// names, as "the 5 a.m. advisory on Saturday" is.
func TestTagClockEventNounDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 8), "A swarm of quakes began shortly after 9 p.m. on Saturday. \"The risk is high,\" an official told a 5:30 a.m. news conference on Sunday.",
			"9 p.m.|TIME|2027-02-06T21:00|;Saturday|DATE|2027-02-06|;5:30 a.m.|TIME|2027-02-07T05:30|;Sunday|DATE|2027-02-07|"},
	})
}

// A fronted day whose clause tells a plan ("plans to", "intends to") is
// ahead; "vacation plans" is a noun.
func TestTagFrontedPlan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 16), "At 6 a.m. Friday, Tom Pappas plans to crack the first eggs on it.",
			"6 a.m. Friday|TIME|2026-11-20T06:00|"},
		{tt(1998, 8, 17), "On Friday, when Albright set aside vacation plans for the trip, the toll rose.",
			"Friday|DATE|1998-08-14|"},
	})
}

// Hours of no one day make the range of days after them recur, whatever
// the tense of the sentence.
func TestTagHoursRangePastTense(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 16), "The diner will keep the hours it had before the fire, 6 a.m. to 2 p.m. Tuesday through Sunday.",
			"6 a.m.|TIME|XXXX-XX-XXT06:00|;2 p.m.|TIME|XXXX-XX-XXT14:00|;Tuesday|SET|XXXX-WXX-2|EVERY;Sunday|SET|XXXX-WXX-7|EVERY"},
	})
}

// "Friday 9-Sunday 11 July": the first day of a range whose second day is
// named with its weekday takes the month after it.
func TestTagWeekdayDayRange(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 16), "Dates: Friday 9-Sunday 11 July, Ashby Park.",
			"Friday 9|DATE|2027-07-09|;Sunday 11 July|DATE|2027-07-11|"},
	})
}

// "between 11am and 3pm on Good Friday": the times of that holiday, as
// "at 6 a.m. on Black Friday" are.
func TestTagClockOnGoodFriday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 25), "Easter getaway: roads will be jammed between 11am and 3pm on Good Friday.",
			"Easter|DATE|2027-03-28|;11am|TIME|2027-03-26T11:00|;3pm|TIME|2027-03-26T15:00|;Good Friday|DATE|2027-03-26|"},
	})
}

// A day told in a verbless aside after a name ("Harrow, 38 not out at
// stumps yesterday, reached three figures") is background: the clock
// times after it stay on the story's day.
func TestTagAsideDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 5), "Tom Harrow hit his century today. Play started at 10.30am. Harrow, 38 not out at stumps yesterday, reached three figures before lunch. Heavy rain arrived at 12.40pm.",
			"today|DATE|2026-12-05|;10.30am|TIME|2026-12-05T10:30|;yesterday|DATE|2026-12-04|;12.40pm|TIME|2026-12-05T12:40|"},
	})
}

// The numbered day of a match whose date the text gives beside it:
// "tomorrow's fourth day", "Tuesday's fifth day", "on the fifth day,
// Monday"; and what a side goes into is ahead.
func TestTagNumberedMatchDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 5), "England lead by 58 going into tomorrow's fourth day. The match could yet be decided on the fifth day, Monday.",
			"tomorrow|DATE|2026-12-06|;fourth day|DATE|2026-12-06|;the fifth day|DATE|2026-12-07|;Monday|DATE|2026-12-07|"},
		{tt(2027, 7, 19), "The home side were eight wickets from a 2-1 series lead going into Tuesday's fifth day.",
			"Tuesday|DATE|2027-07-20|;fifth day|DATE|2027-07-20|"},
	})
}

// "That is 4:46 p.m. EST": the moment just told, on another clock, of the
// same day.
func TestTagThatIsClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 14), "The asteroid will make its closest approach at 21:46 UTC on Tuesday, Nov. 16. That is 4:46 p.m. EST and 1:46 p.m. PST.",
			"21:46 UTC|TIME|2027-11-16T21:46|;Tuesday, Nov. 16|DATE|2027-11-16|;4:46 p.m. EST|TIME|2027-11-16T16:46|;1:46 p.m. PST|TIME|2027-11-16T13:46|"},
	})
}

// "the Wednesday" of a story is the day told with that weekday's name, not
// a "yesterday" that happens to fall on one.
func TestTagTheWeekdayNamed(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 8), "Inspectors made an unannounced visit on Wednesday 19 August. Their report, published yesterday, rates the home inadequate. On the Wednesday, the 8am round was not finished until 9.50am.",
			"Wednesday 19 August|DATE|2026-08-19|;yesterday|DATE|2026-10-07|;the Wednesday|DATE|2026-08-19|;8am|TIME|2026-08-19T08:00|;9.50am|TIME|2026-08-19T09:50|"},
	})
}

// A quotation after "said yesterday:" speaks from that day: its "tonight"
// is that day's night.
func TestTagSaidYesterdayColon(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 8), "Councillor Helen Ashby said yesterday: \"Families need to know their relatives are safe tonight, not next year.\"",
			"yesterday|DATE|2026-10-07|;tonight|TIME|2026-10-07TNI|;next year|DATE|2027|"},
	})
}

// "by 5pm on the following Tuesday": the clock time of the day the phrase
// after it gives.
func TestTagClockOnFollowingWeekday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 15), "The ballot closes on Saturday 23 May, and the union will announce the dates by 5pm on the following Tuesday.",
			"Saturday 23 May|DATE|2026-05-23|;5pm|TIME|2026-05-26T17:00|;the following Tuesday|DATE|2026-05-26|"},
	})
}

// A box line's "noon daily" ends its line; the capital on the next line is
// no newspaper's name.
func TestTagDailyEndOfLine(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 16), "Gates: noon daily\nHeadliners: Kite Theory\n\nHe read the Party daily Granma.",
			"noon|TIME|XXXX-XX-XXT12:00|;daily|SET|P1D|EVERY"},
	})
}

// A weekday in brackets after a span of days far ahead just told is a day
// of that span: a festival box's "Kite Theory (Friday)".
func TestTagBracketedSpanDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 16), "Dates: Friday 9-Sunday 11 July, Ashby Park\nHeadliners: Kite Theory (Friday), Mara Vell (Saturday), The Hollow Greens (Sunday)",
			"Friday 9|DATE|2027-07-09|;Sunday 11 July|DATE|2027-07-11|;Friday|DATE|2027-07-09|;Saturday|DATE|2027-07-10|;Sunday|DATE|2027-07-11|"},
	})
}

// "by six o'clock tonight": the evening's hour.
func TestTagOClockTonight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 14), "The constable said we must all be out by six o'clock tonight.",
			"six o'clock tonight|TIME|2026-01-14T18:00|"},
	})
}

// A live blog's key events mark minutes of a match, no spans: "23 min
// Goal! Keane", "90+3 min Goal! Walsh"; "after 5 min of play" is one.
func TestTagMatchMinuteMarks(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 7), "Key events\nKick-off 15:00\n23 min Goal! Keane, Boyne 1-0\n90+3 min Goal! Walsh, Boyne 2-1\n\nThe rain stopped after 5 min of play.",
			"15:00|TIME|2027-11-07T15:00|;5 min|DURATION|PT5M|"},
	})
}

// A month ending a line does not take the year phrase that opens the next
// paragraph.
func TestTagMonthYearAcrossLines(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 16), "Kovac defends the title lead he has held since March\n\nLast year's winner faces a resurgent Varga.",
			"March|DATE|2027-03|;Last year|DATE|2026|"},
	})
}

// "at 66 and one month" is an age, no span; "waited one month" is one.
func TestTagAgeAndMonths(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 19), "Those born in May 1960 reach pension age at 66 and one month. He waited one month for a reply.",
			"May 1960|DATE|1960-05|;one month|DURATION|P1M|"},
	})
}

// "after 8.30am start on Sunday": the clock time of the event the day after
// it dates.
func TestTagClockStartOnDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 20), "Kenyan wins in 2:08:14 after 8.30am start on Sunday",
			"8.30am|TIME|2026-04-19T08:30|;Sunday|DATE|2026-04-19|"},
	})
}

// "new starts" are fires begun, a noun; what came since Canada Day is gone.
func TestTagNewStartsNoun(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 15), "Crews have fought 96 new starts since Canada Day.", "Canada Day|DATE|2026-07-01|"},
	})
}

// "Final practice follows at 12.30pm on Saturday": a schedule's next item
// is ahead; "the rise follows a fall in the March quarter" is no schedule.
func TestTagFollowsSchedule(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 16), "Practice opens on Friday at 1.30pm. Final practice follows at 12.30pm on Saturday.",
			"Friday|DATE|2027-06-18|;1.30pm|TIME|2027-06-18T13:30|;12.30pm|TIME|2027-06-19T12:30|;Saturday|DATE|2027-06-19|"},
	})
}

// "the season finale is in Abu Dhabi in December": an event set ahead.
func TestTagEventIsInMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 16), "The race is the tenth of 24 rounds this year, and the season finale is in Abu Dhabi in December.",
			"this year|DATE|2027|;December|DATE|2027-12|"},
	})
}

// "Eid Al-Fitr is expected about 30 days later, on Wednesday, March 10":
// the day the text states, kept for the Eid it names after; last year's
// Eid told with its own day keeps that day.
func TestTagEidExpectedOn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 3), "Eid Al-Fitr is expected about 30 days later, on Wednesday, March 10. Offices close for the Eid break. Last year Eid fell on Friday, March 20.",
			"Eid Al-Fitr|DATE|2027-03-10|;about 30 days later|DATE|2027-03-10|APPROX;Wednesday, March 10|DATE|2027-03-10|;Eid|DATE|2027-03-10|;Last year|DATE|2026|;Eid|DATE|2026-03-20|;Friday, March 20|DATE|2026-03-20|"},
	})
}

// "make up the lost hours later": hours named, then the adverb, no time;
// "Hours later, the fire spread" is one.
func TestTagTheLostHoursLater(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 3), "Managers may ask staff to make up the lost hours later. Hours later, the fire spread.",
			"Hours later|DATE|FUTURE_REF|"},
	})
}

// A story told long after by its day, weekday and year keeps that day's
// times for the rest of its paragraph told in the past.
func TestTagStoryParagraphTimes(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 9), "The bridge gave way at 11.48pm on Saturday 16 March 2024. A car and a van fell into the water. Two people were killed. Rescuers worked through the night, and divers reached the van by 5am.",
			"11.48pm|TIME|2024-03-16T23:48|;Saturday 16 March 2024|DATE|2024-03-16|;the night|TIME|2024-03-16TNI|;5am|TIME|2024-03-17T05:00|"},
	})
}

// "were open from 7am to 10pm yesterday": the range's day is its start's
// too; "were open ... on Thursday" is the Thursday gone.
func TestTagRangeDayAfterEnd(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 8), "Polling stations were open from 7am to 10pm yesterday.",
			"7am|TIME|2026-05-07T07:00|;10pm yesterday|TIME|2026-05-07T22:00|"},
		{tt(2026, 5, 8), "Polling stations were open from 7am to 10pm on Thursday.",
			"7am|TIME|2026-05-07T07:00|;10pm|TIME|2026-05-07T22:00|;Thursday|DATE|2026-05-07|"},
	})
}

// A day of a month told years ahead is not that month's: "the next vote is
// due in May 2030. The new council will choose its leader on 20 May".
func TestTagMonthYearsAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 8), "The next full vote is due in May 2030. The new council will choose its leader at the annual meeting on 20 May.",
			"May 2030|DATE|2030-05|;20 May|DATE|2026-05-20|"},
	})
}

// A participle's day before ", and" another clause's future keeps its own
// past: "proposals closed on 15 October, and the winners will be told".
func TestTagParticipleBeforeClause(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 16), "The next cycle runs from July; proposals closed on 15 October, and the winners will be told in March.",
			"July|DATE|2027-07|;15 October|DATE|2026-10-15|;March|DATE|2027-03|"},
	})
}

// A diary's weekday labels after a day told weeks before: the first such
// weekday after it, each next label the first after the one before.
func TestTagDiaryLabels(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 6, 19), "She kept a diary of the first week of the holiday last year, when school broke up on 17 July. Here it is.\n\nMonday: Up at 5.50am for a shift. I cried in the car. Tuesday: Grandparents' day. Wednesday: Club again.",
			"last year|DATE|2026|;17 July|DATE|2026-07-17|;Monday|DATE|2026-07-20|;5.50am|TIME|2026-07-20T05:50|;Tuesday|DATE|2026-07-21|;Wednesday|DATE|2026-07-22|"},
	})
}

// A quotation after "said last night:" speaks from that night's day.
func TestTagSaidLastNightColon(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 9), "Ellie's father said last night: \"For two years we have been told to wait. Today we finally have it in black and white.\"",
			"last night|TIME|2026-10-08TNI|;two years|DURATION|P2Y|;Today|DATE|2026-10-08|"},
	})
}

// A byline's date on its own line dates the page, not the story: a quoted
// "Today" in the report of yesterday's race is the race's day.
func TestTagBylineNotStoryToday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 20), "Kenyan wins after 8.30am start on Sunday\n\nBy Dan Whitlow\n\nMonday, 20 April 2026\n\nDaniel Kiprop broke the course record yesterday.\n\n\"Today my legs were good from the first kilometre,\" said Kiprop.",
			"8.30am|TIME|2026-04-19T08:30|;Sunday|DATE|2026-04-19|;Monday, 20 April 2026|DATE|2026-04-20|;yesterday|DATE|2026-04-19|;Today|DATE|2026-04-19|"},
	})
}

// "9 a.m. New York time on Tuesday": the city's clock, then the day.
func TestTagNewYorkTime(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 20), "The general debate opens at 9 a.m. New York time on Tuesday.",
			"9 a.m. New York time|TIME|2026-09-22T09:00|;Tuesday|DATE|2026-09-22|"},
	})
}

// "Mateo Ruiz, who beat Kenji Ota on Tuesday": one player's win told, no
// present, whatever the sentence's future.
func TestTagWhoBeat(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 9), "On Friday Ferrante meets the world No 1, Mateo Ruiz of Spain, who beat Kenji Ota in straight sets on Tuesday.",
			"Friday|DATE|2026-07-10|;Tuesday|DATE|2026-07-07|"},
	})
}

// TestTagPossibleMonth: a month still ahead that "was possible" or "was
// expected", though told in the past, is the one to come; a month gone is
// not moved.
func TestTagPossibleMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 10, 30), "The Fed signalled that another move in December was possible. A cut in March was likely, he said. The vote in November was expected to be close.",
			"December|DATE|2026-12|;March|DATE|2026-03|;November|DATE|2026-11|"},
	})
}

// TestTagAsideParticipleDay: a day in an aside's participle ("issued on
// Monday") is gone, and the main clause's present looks ahead from it.
func TestTagAsideParticipleDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 9), "The latest forecast from the Space Debris Office, issued on Monday, centres the re-entry on 14:30 UTC Friday. The ruling, issued on Monday, said he left on Friday.",
			"Monday|DATE|2027-03-08|;14:30 UTC Friday|TIME|2027-03-12T14:30|;Monday|DATE|2027-03-08|;Friday|DATE|2027-03-05|"},
	})
}

// TestTagProgrammeLabels: a programme's weekday labels, on lines of their
// own after a story that told those days, are the days told; each next
// label is the first after the one before.
func TestTagProgrammeLabels(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 15), "The King will land on Monday and leave on Wednesday, the palace said.\n\nThe programme\n\nMonday: arrival at Stansted, 6.45pm\nTuesday: Horse Guards\nWednesday: Leith",
			"Monday|DATE|2027-10-18|;Wednesday|DATE|2027-10-20|;Monday|DATE|2027-10-18|;6.45pm|TIME|2027-10-18T18:45|;Tuesday|DATE|2027-10-19|;Wednesday|DATE|2027-10-20|"},
		{tt(2027, 10, 15), "Markets had a rough ride.\n\nHow it went\n\nMonday: stocks fell\nTuesday: bonds rallied",
			"Monday|DATE|2027-10-11|;Tuesday|DATE|2027-10-12|"},
	})
}

// TestTagQuotedLedeParagraph: once a quoted "Today" in the report of
// yesterday's race is the race's day, the speaker's "Tomorrow" in the same
// paragraph is the day after it; a new paragraph speaks from the reference.
func TestTagQuotedLedeParagraph(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 20), "Daniel Kiprop broke the course record yesterday. \"Today my legs were good,\" said Kiprop. \"I wanted this record. Tomorrow I fly home.\"\n\nThe organisers meet tomorrow.",
			"yesterday|DATE|2026-04-19|;Today|DATE|2026-04-19|;Tomorrow|DATE|2026-04-20|;tomorrow|DATE|2026-04-21|"},
	})
}

// TestTagQuoteAfterSaidColon: a quotation opened after "had said:" in the
// sentence of a press conference on Monday speaks from that Monday, and so
// does one after a launch told with its day.
func TestTagQuoteAfterSaidColon(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 10, 16), "The writer said at a preview screening on Tuesday: \"Tonight is the first time I have watched it with an audience.\"",
			"Tuesday|DATE|2027-10-12|;Tonight|TIME|2027-10-12TNI|"},
		{tt(2024, 10, 22), "The curator said at Thursday's press view. \"Today they are the best record we have.\"",
			"Thursday|DATE|2024-10-17|;Today|DATE|2024-10-17|"},
		{tt(2027, 1, 19), "The director, who announced the season at a launch on Monday evening, said: \"Tonight is the start of our celebrations.\"",
			"Monday evening|TIME|2027-01-18TEV|;Tonight|TIME|2027-01-18TNI|"},
		{tt(2027, 5, 18), "At his rest-day press conference at 11am on Monday, Vidal had said: \"Tomorrow is the first real test.\"",
			"11am|TIME|2027-05-17T11:00|;Monday|DATE|2027-05-17|;Tomorrow|DATE|2027-05-18|"},
	})
}

// TestTagQuoteSceneDay: a quotation after a scene told on a day ("was
// standing ... on Thursday"), attributed with "he said", speaks from that
// day, and so does the speaker's next quotation in the paragraph.
func TestTagQuoteSceneDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 12, 14), "Euan Baxter was standing in a drift on Thursday as a plough cleared the road. \"Yesterday we were digging by hand,\" he said. \"Tomorrow the machines go out.\"\n\nThe lifts open tomorrow.",
			"Thursday|DATE|2024-12-12|;Yesterday|DATE|2024-12-11|;Tomorrow|DATE|2024-12-13|;tomorrow|DATE|2024-12-15|"},
	})
}

// TestTagDayOneLabel: a count of days starts on the day just told, when
// "Day 1" labels the next section or the day is what "they count as Day
// 1"; later numbered days, in figures or words, follow from it.
func TestTagDayOneLabel(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 9, 29), "I joined the departure of 7 September.\n\nDay 1: Southampton\n\nWe sailed.\n\nDay 3: Stavanger\n\nWe were alongside at 8am. On day four we woke in the fjord.",
			"7 September|DATE|2024-09-07|;Day 1|DATE|2024-09-07|;Day 3|DATE|2024-09-09|;8am|TIME|2024-09-09T08:00|;day four|DATE|2024-09-10|"},
		{tt(2026, 12, 14), "They set off on 5 November, which they count as Day 1. Day 23 (Freya): a headwind.",
			"5 November|DATE|2026-11-05|;Day 1|DATE|2026-11-05|;Day 23|DATE|2026-11-27|"},
		{tt(2026, 12, 14), "Day 1 of the trial began on 5 November. On day four the jury sat.",
			"5 November|DATE|2026-11-05|"},
	})
}

// TestTagTimetableBox: a timetable's lines ("Monday to Friday: first
// 05:42, last 23:50", "Saturdays: ...") are days that recur and each
// day's hours, whatever line comes before.
func TestTagTimetableBox(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 11, 16), "First and last trains\nMonday to Friday: first 05:42, last 23:50\nSaturdays: first 06:12, last 23:50\nSundays: 9am to 5pm",
			"Monday|SET|XXXX-WXX-1|EVERY;Friday|SET|XXXX-WXX-5|EVERY;05:42|TIME|XXXX-XX-XXT05:42|;23:50|TIME|XXXX-XX-XXT23:50|;Saturdays|SET|XXXX-WXX-6|EVERY;06:12|TIME|XXXX-XX-XXT06:12|;23:50|TIME|XXXX-XX-XXT23:50|;Sundays|SET|XXXX-WXX-7|EVERY;9am|TIME|XXXX-XX-XXT09:00|;5pm|TIME|XXXX-XX-XXT17:00|"},
		{tt(2027, 11, 16), "It skips six Fridays. The last train left at 23:50, an hour late.",
			"23:50|TIME|2027-11-16T23:50|;an hour|DURATION|PT1H|"},
	})
}

// TestTagOrdinalNounNotVerb: "its first play" is a noun, no schedule's
// present: the day after it keeps the past of "had"; "a third retires in
// December" is still one.
func TestTagOrdinalNounNotVerb(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 8), "The single had its first play on the radio at 7pm on Sunday. A third retires in December.",
			"7pm|TIME|2026-06-07T19:00|;Sunday|DATE|2026-06-07|;December|DATE|2026-12|"},
	})
}

// TestTagNextEventClock: the clock time of what comes "next" is not of a
// day gone, whatever day the text told last; "the next morning at 6am"
// still follows its day.
func TestTagNextEventClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 7, 27), "The fire has burned since Sunday afternoon. The next briefing is at 6pm. Police came on Sunday and left the next morning at 6am.",
			"Sunday afternoon|TIME|2027-07-25TAF|;6pm|TIME|2027-07-27T18:00|;Sunday|DATE|2027-07-25|;the next morning|TIME|2027-07-26TMO|;6am|TIME|2027-07-26T06:00|"},
	})
}

// TestTagMinutesOfMeeting: minutes record a meeting held, so its date is
// gone whatever tense publishes them; the time they come out is not.
func TestTagMinutesOfMeeting(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 12), "The bank publishes the minutes of its meeting of 28-29 October. It publishes the minutes of this week's meeting at 8 a.m. on Tuesday.",
			"28|DATE|2025-10-28|;29 October|DATE|2025-10-29|;this week|DATE|2025-W46|;8 a.m.|TIME|2025-11-18T08:00|;Tuesday|DATE|2025-11-18|"},
	})
}

// TestTagAdjectiveMayMarch: "May" and "March" after an adjective of
// weather or trade and an article are months; "a company may" is not.
func TestTagAdjectiveMayMarch(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 3), "It blamed a cold, rainy May for the drop. After a wet March, sales fell. A company may sell.",
			"May|DATE|2027-05|;March|DATE|2027-03|"},
	})
}

// TestTagAnniversaryStoryWeekdays: in an anniversary piece, "the Monday"
// of a past perfect goes back from the story's day and "the Thursday"
// after it follows it; the byline's own Thursday dates the page, not the
// story.
func TestTagAnniversaryStoryWeekdays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 19), "By Rachel Ogden\n\nThursday 19 November 2026\n\nThe river rose over the wall on 19 November last year. The rain had started on the Monday. Soldiers arrived on the Thursday.",
			"Thursday 19 November 2026|DATE|2026-11-19|;19 November last year|DATE|2025-11-19|;the Monday|DATE|2025-11-17|;the Thursday|DATE|2025-11-20|"},
	})
}

// TestTagHabitMonthRange: the months a habit keeps, after a SET and
// "from", are every year's when told in the present; not in the past, nor
// after "After rising every month".
func TestTagHabitMonthRange(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 11, 19), "Wardens walk the quay every evening from October to March. The ferry ran daily from April to September. After rising every month from March to June, prices fell.",
			"every evening|SET|XXXX-XX-XXTEV|EVERY;October|DATE|XXXX-10|;March|DATE|XXXX-03|;daily|SET|P1D|EVERY;April|DATE|2026-04|;September|DATE|2026-09|;every month|SET|P1M|EVERY;March|DATE|2026-03|;June|DATE|2026-06|"},
	})
}

// TestTagSeasonBeforeAuxiliary: an auxiliary after a season is a verb,
// not a noun the season modifies, so "the" stays with the season.
func TestTagSeasonBeforeAuxiliary(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 10), "Farmers who sold forward in the spring did well. They will run the spring sale.",
			"the spring|DATE|2027-SP|;spring|DATE|2028-SP|"},
	})
}

// TestTagEventRunsHours: the hours a summit "would run" are that event's
// day's, not hours kept every day.
func TestTagEventRunsHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 9, 20), "Leaders will meet on Monday for a climate summit. Officials said the summit would run from 10 a.m. to 6 p.m. Trading in Hong Kong runs from 9:30 a.m. to 4 p.m.",
			"Monday|DATE|2026-09-21|;10 a.m.|TIME|2026-09-21T10:00|;6 p.m.|TIME|2026-09-21T18:00|;9:30 a.m.|TIME|XXXX-XX-XXT09:30|;4 p.m.|TIME|XXXX-XX-XXT16:00|"},
	})
}

// TestTagWhoClauseBackgroundDay: a day in a relative clause that tells
// what a person named did ("Ruiz, who beat Ota on Tuesday") is
// background; the story's clock times stay on the day it told.
func TestTagWhoClauseBackgroundDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 9), "On Friday Ferrante meets Mateo Ruiz, who beat Kenji Ota in straight sets on Tuesday. The semi-finals start at 1.30pm on Centre Court.",
			"Friday|DATE|2026-07-10|;Tuesday|DATE|2026-07-07|;1.30pm|TIME|2026-07-10T13:30|"},
	})
}

// TestTagDottedClockAfterStamps: on a page whose stamps write the 24-hour
// clock with a dot ("Updated 16.52 BST"), "at 08.41" is a time too; on
// other pages "at 12.27" stays a number.
func TestTagDottedClockAfterStamps(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 7, 24), "Updated 16.52 BST\n\nThe system failed at 08.41 and was restored at 12.27.",
			"16.52 BST|TIME|2026-07-24T16:52|;08.41|TIME|2026-07-24T08:41|;12.27|TIME|2026-07-24T12:27|"},
		{tt(2026, 7, 24), "Shares closed at 12.27 on the day.",
			""},
	})
}

// TestTagServiceDaysRange: the days a meal or service "will run from" are
// days of every week; a festival's are dates.
func TestTagServiceDaysRange(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 6), "Dinner will run from Wednesday to Saturday, with the first tables at 5.30pm. The festival will run from Wednesday to Saturday.",
			"Wednesday|SET|XXXX-WXX-3|EVERY;Saturday|SET|XXXX-WXX-6|EVERY;5.30pm|TIME|XXXX-XX-XXT17:30|;Wednesday|DATE|2027-03-10|;Saturday|DATE|2027-03-13|"},
	})
}

// TestTagBankHolidayMonday: "bank holiday Monday" is England's bank
// holiday Monday nearest the reference, on the side its tense says.
func TestTagBankHolidayMonday(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 8, 22), "Oysters on bank holiday Monday. It rained on the bank holiday Monday.",
			"bank holiday Monday|DATE|2024-08-26|;the bank holiday Monday|DATE|2024-05-27|"},
		{tt(2025, 4, 10), "Trains will not run on bank holiday Monday.",
			"bank holiday Monday|DATE|2025-04-21|"},
	})
}

// TestTagCountSmallHours: after "Thursday's by-elections", the small
// hours of the count are the next day's; polls opening at 7am are polling
// day's.
func TestTagCountSmallHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 19), "Labour lost two seats in Thursday's by-elections. Polling stations opened at 7am. The result was declared at 3.12am.",
			"Thursday|DATE|2027-03-18|;7am|TIME|2027-03-18T07:00|;3.12am|TIME|2027-03-19T03:12|"},
	})
}

// TestTagWeekdayRangeEndAfterStart: the end of a range told by its
// weekday ("6pm Thursday to 3am Friday") comes after its start.
func TestTagWeekdayRangeEndAfterStart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 1, 20), "Orange wind: 6pm Thursday to 3am Friday, five western counties.",
			"6pm Thursday|TIME|2027-01-21T18:00|;3am Friday|TIME|2027-01-22T03:00|"},
	})
}

// TestTagPresentClauseAfterDayGone: a clock time in a clause told in the
// present after a day gone ("yesterday, while Harbury try ... before the
// window shuts at 11pm") is of the reference day; "landed yesterday and
// was at the club at 11pm" keeps the day.
func TestTagPresentClauseAfterDayGone(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 8, 30), "Ferreira signs after a medical yesterday, while Harbury try to sell two players before the window shuts at 11pm. He landed yesterday and was at the club at 11pm. She met them on Monday and will hold a session at 1pm.",
			"yesterday|DATE|2024-08-29|;11pm|TIME|2024-08-30T23:00|;yesterday|DATE|2024-08-29|;11pm|TIME|2024-08-29T23:00|;Monday|DATE|2024-08-26|;1pm|TIME|2024-08-30T13:00|"},
	})
}

// TestTagInTimeForDay: what one will be "in time for" is still ahead.
func TestTagInTimeForDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 8, 30), "His clearance will not arrive in time for Sunday's trip to Ashcombe.",
			"Sunday|DATE|2024-09-01|"},
	})
}

// TestTagThatWeekdayBeforePronoun: "on that Monday it had been ..." is the
// Monday the story told, though a pronoun follows the day.
func TestTagThatWeekdayBeforePronoun(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 15), "Fifty years ago today, methane ignited. On that Monday it had been underground for an hour. That night rescuers went down.",
			"Fifty years ago today|DATE|1976-03-15|;that Monday|DATE|1976-03-15|;an hour|DURATION|PT1H|;That night|TIME|1976-03-15TNI|"},
	})
}

// TestTagYearsOnHeadline: a headline's "fifty years on" or "ONE YEAR ON"
// at the end of its line is now, that long after; a wrapped line's "for
// 20 years on" stays a span.
func TestTagYearsOnHeadline(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 15), "A pit village remembers, fifty years on\nNEWS | FLOOD: ONE YEAR ON\nHe worked for 20 years on\nthe project.",
			"fifty years on|DATE|2026|;ONE YEAR ON|DATE|2026|;20 years|DURATION|P20Y|"},
	})
}

// TestTagTwoDaysHours: hours told for two days ("from 8am to 8pm on
// Tuesday and Wednesday", "Saturday and Sunday, 10am-6pm") or for a kind
// of day ("on strike days") are kept on each, no one day's; one day's
// hours stay that day's.
func TestTagTwoDaysHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 5), "Water will be handed out from 8am to 8pm on Tuesday and Wednesday. The hall opens from 9am to 5pm on Tuesday.",
			"8am|TIME|XXXX-XX-XXT08:00|;8pm|TIME|XXXX-XX-XXT20:00|;Tuesday|DATE|2026-03-10|;Wednesday|DATE|2026-03-11|;9am|TIME|2026-03-10T09:00|;5pm|TIME|2026-03-10T17:00|;Tuesday|DATE|2026-03-10|"},
		{tt(2027, 1, 20), "Districts usually post their decisions by 5:30 a.m. on storm days. The car park opens from 8am on both days.",
			"5:30 a.m.|TIME|XXXX-XX-XXT05:30|;8am|TIME|XXXX-XX-XXT08:00|"},
		{tt(2026, 8, 10), "Gates open at 8am on Friday and Saturday for the show.",
			"8am|TIME|XXXX-XX-XXT08:00|;Friday|DATE|2026-08-14|;Saturday|DATE|2026-08-15|"},
		{tt(2026, 1, 13), "Children can collect a packed lunch between 11.30am and 1pm on strike days.",
			"11.30am|TIME|XXXX-XX-XXT11:30|;1pm|TIME|XXXX-XX-XXT13:00|"},
	})
}

// TestTagMovedToFollowing: "pushed back to the following week" is the
// week after the date moved from, though that date moves no story.
func TestTagMovedToFollowing(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 13), "Exams run from late April to early June. Prelims set for 21 January may be pushed back to the following week. Passengers booked for New Year's Day will be moved to the next day.",
			"late April|DATE|2026-04|END;early June|DATE|2026-06|START;21 January|DATE|2026-01-21|;the following week|DATE|2026-W05|;New Year's Day|DATE|2026-01-01|;the next day|DATE|2026-01-02|"},
	})
}

// TestTagPlanAfterDate: a date followed by a subject's "plans to" or
// "wants to" is the plan's, still ahead.
func TestTagPlanAfterDate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 3, 6), "In the summer she plans to open a terrace. In May he wants to retire. In May he retired.",
			"the summer|DATE|2027-SU|;May|DATE|2027-05|;May|DATE|2026-05|"},
	})
}

// TestTagImperativeMonth: a month in a command ("Ask me again in
// September") looks ahead, as a weekday in one does.
func TestTagImperativeMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 20), "\"Come back in October and ask me how it went,\" she said. It opened in October.",
			"October|DATE|2026-10|;October|DATE|2025-10|"},
	})
}

// TestTagBulletinLabelClosure: a bulletin's "High Street: closed from 9am
// to 4pm on Thursday" is a closure to come; a sentence's "The road
// closed on Thursday" is gone.
func TestTagBulletinLabelClosure(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 4, 15), "Elsewhere\nHigh Street: closed from 9am to 4pm on Thursday for a crane lift.\nThe bridge closed on Monday.",
			"9am|TIME|2026-04-16T09:00|;4pm|TIME|2026-04-16T16:00|;Thursday|DATE|2026-04-16|;Monday|DATE|2026-04-13|"},
	})
}

// TestTagSetSubjectBegins: "Late openings on Fridays begin on Friday": a
// schedule's present, with a subject that ends in a set of days.
func TestTagSetSubjectBegins(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 10, 22), "Late openings until 8pm on Fridays begin on Friday.",
			"8pm|TIME|XXXX-XX-XXT20:00|;Fridays|SET|XXXX-WXX-5|EVERY;Friday|DATE|2024-10-25|"},
	})
}

// TestTagBeginScheduled: "Rehearsals for the opening concert begin in
// late September": a plural subject's "begin" is a schedule's present;
// "let the ground offensive begin ... Saturday night" is no present.
func TestTagBeginScheduled(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 1), "Rehearsals for the opening concert begin in late September. Mr. Bush let the ground offensive begin as planned in late February.",
			"late September|DATE|2026-09|END;late February|DATE|2026-02|END"},
	})
}

// TestTagAboutYear: "about" hedges a year after a preposition of time or
// a dating participle ("in about 325 BC", "founded about 1910"); "talks
// about 2003" is a topic.
func TestTagAboutYear(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 10), "Pytheas sailed around Britain in about 325 BC. The movement was founded about 1910. My dad still talks about 2003.",
			"about 325 BC|DATE|BC0325|APPROX;about 1910|DATE|1910|APPROX;2003|DATE|2003|"},
	})
}

// TestTagIndonesianZones: Indonesia's WITA and WIT, and Malaysia's MYT,
// are zones a clock time takes in.
func TestTagIndonesianZones(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 9), "The cloud will cover Bali by 8am WITA tomorrow. Kuala Lumpur airport reopened at 9am MYT.",
			"8am WITA tomorrow|TIME|2025-07-10T08:00|;9am MYT|TIME|2025-07-09T09:00|"},
	})
}

// TestTagDeadlineBeaten: "were freed shortly before a midnight deadline on
// Tuesday" tells the deadline as beaten, gone; "two days left before the
// online deadline at midnight on Sunday" is still ahead.
func TestTagDeadlineBeaten(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 10), "Two aid workers were freed shortly before a midnight deadline on Tuesday.",
			"midnight|TIME|2027-02-09T24:00|;Tuesday|DATE|2027-02-09|"},
		{tt(2027, 1, 29), "HMRC said on Friday, with two days left before the online deadline at midnight on Sunday.",
			"Friday|DATE|2027-01-29|;two days|DURATION|P2D|;midnight|TIME|2027-01-31T24:00|;Sunday|DATE|2027-01-31|"},
	})
}

// TestTagHeadlineInfinitive: a headline's infinitive ("..., to fly home
// Thursday") tells what is to be done.
func TestTagHeadlineInfinitive(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 10), "Aid workers freed after days of talks, to fly home Thursday\n\nBy Halima Bako\n\nThey landed on Thursday.",
			"days|DURATION|PXD|;Thursday|DATE|2027-02-11|;Thursday|DATE|2027-02-04|"},
	})
}

// TestTagWhenClauseClock: a clock time in the "when" clause after a day
// ("until Christmas Eve, when all stores close at 6pm") is that day's,
// though a habit was told before it; a time "on Boxing Day" is Boxing
// Day's.
func TestTagWhenClauseClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 11, 6), "Stores will open until 10pm every night from 1 December until Christmas Eve, when all stores close at 6pm. They reopen at 9am on Boxing Day.",
			"10pm|TIME|XXXX-XX-XXT22:00|;every night|SET|XXXX-XX-XXTNI|EVERY;1 December|DATE|2025-12-01|;Christmas Eve|DATE|2025-12-24|;6pm|TIME|2025-12-24T18:00|;9am|TIME|2025-12-26T09:00|;Boxing Day|DATE|2025-12-26|"},
	})
}

// TestTagWeekdayThenLaterDate: "open on Friday and the first bands ship on
// 20 September": the Friday ahead, and a later date of another clause;
// "on Friday, Sept. 20" restates it.
func TestTagWeekdayThenLaterDate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 9, 11), "Pre-orders open at 8am BST on Friday and the first bands ship on 20 September. The show is on Friday, Sept. 20.",
			"8am BST|TIME|2024-09-13T08:00|;Friday|DATE|2024-09-13|;20 September|DATE|2024-09-20|;Friday, Sept. 20|DATE|2024-09-20|"},
	})
}

// TestTagThatWeekdayPartOpens: "That Sunday evening" opening its sentence
// is the Sunday the story told, its evening.
func TestTagThatWeekdayPartOpens(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 11, 6), "The final was played on 24 March 1985. That Sunday evening an open-top bus carried the team.",
			"24 March 1985|DATE|1985-03-24|;That Sunday evening|TIME|1985-03-24TEV|"},
	})
}

// TestTagPossessiveEventAhead: "would wear armbands at Saturday's home
// game": a day's event looked ahead to is to come; "cheered at Saturday's
// home game" is gone.
func TestTagPossessiveEventAhead(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 11, 6), "The club said on Monday that players would wear black armbands at Saturday's home game. Fans cheered at Saturday's home game.",
			"Monday|DATE|2024-11-04|;Saturday|DATE|2024-11-09|;Saturday|DATE|2024-11-02|"},
	})
}

// TestTagHalfYearlyDays: the days a half-yearly habit keeps, named right
// after it ("every six months, on 1 April and 1 October"), are every
// year's.
func TestTagHalfYearlyDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 1, 14), "Interest was paid every six months, on 1 April and 1 October. Prices rise every six months and rose in April.",
			"every six months|SET|P6M|EVERY;1 April|DATE|XXXX-04-01|;1 October|DATE|XXXX-10-01|;every six months|SET|P6M|EVERY;April|DATE|2024-04|"},
	})
}

// TestTagMarchToMay: "March" or "May" opening a range of months ("March
// to May") is the month.
func TestTagMarchToMay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 1), "Rainfall, March to May: 71mm. Crowds may march to the square.",
			"March|DATE|2026-03|;May|DATE|2026-05|"},
	})
}

// TestTagByYearMonth: "by 2030 it will begin in early January": a month
// in the clause of a year ahead is of that year.
func TestTagByYearMonth(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 27), "The festival moves earlier each year, and by 2030 it will begin in early January.",
			"each year|SET|P1Y|EACH;2030|DATE|2030|;early January|DATE|2030-01|START"},
	})
}

// TestTagDailyRiteClock: the clock times of Ramadan's daily meals
// ("iftar falls at about 5.45pm") are each day's of the fast.
func TestTagDailyRiteClock(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 2, 27), "Suhoor must be finished by about 5am, and iftar falls at about 5.45pm. The mosque opened at 5pm on Friday.",
			"about 5am|TIME|XXXX-XX-XXT05:00|APPROX;about 5.45pm|TIME|XXXX-XX-XXT17:45|APPROX;5pm|TIME|2025-02-21T17:00|;Friday|DATE|2025-02-21|"},
	})
}

// TestTagRangeStartOverZoneName: the start of a span of hours takes the
// day its end names, across a zone written out ("between 6am and noon
// Seattle time on Tuesday").
func TestTagRangeStartOverZoneName(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 3, 28), "Sirocco should finish between 6am and noon Seattle time on Tuesday.",
			"6am|TIME|2026-03-31T06:00|;noon Seattle time|TIME|2026-03-31T12:00|;Tuesday|DATE|2026-03-31|"},
	})
}

// TestTagShiftHours: the hours shifts start or change at are kept every
// day, the whole list of them.
func TestTagShiftHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 6), "Day shifts on the wards start at 7am and night shifts at 7pm. Shifts change at 6am, 2pm and 10pm. The strike began at 7am on Tuesday.",
			"7am|TIME|XXXX-XX-XXT07:00|;7pm|TIME|XXXX-XX-XXT19:00|;6am|TIME|XXXX-XX-XXT06:00|;2pm|TIME|XXXX-XX-XXT14:00|;10pm|TIME|XXXX-XX-XXT22:00|;7am|TIME|2026-02-03T07:00|;Tuesday|DATE|2026-02-03|"},
		{tt(2026, 10, 12), "His grandson handles the night shift, starting at 10 p.m. with the rye. On Friday the night shift started at 9 p.m.",
			"10 p.m.|TIME|XXXX-XX-XXT22:00|;Friday|DATE|2026-10-09|;9 p.m.|TIME|2026-10-09T21:00|"},
	})
}

// TestTagTurnsAge: "turns ten on Saturday", "turns 35 in June": a birthday
// told in the present is to come; "turned 30" is gone.
func TestTagTurnsAge(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 9), "My youngest turns ten on Saturday. Erik turns 35 in June. She turned 30 on Saturday.",
			"Saturday|DATE|2025-07-12|;June|DATE|2026-06|;Saturday|DATE|2025-07-05|"},
	})
}

// TestTagMaybeDay: "The airline says maybe Sunday": a guess at a day to
// come.
func TestTagMaybeDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 7, 9), "The airline says maybe Sunday, maybe next week.",
			"Sunday|DATE|2025-07-13|;next week|DATE|2025-W29|"},
	})
}

// TestTagAboutTopicNight: "the truth about that night" is a topic, no
// hedge; "about 3 a.m." and "about noon" are hedged times.
func TestTagAboutTopicNight(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2024, 11, 12), "We just want the truth about that night. He left at about 3 a.m.",
			"that night|TIME|2024-11-12TNI|;about 3 a.m.|TIME|2024-11-12T03:00|APPROX"},
	})
}

// TestTagYearBeforeSubject: a year opening its sentence after "In" or
// "Since" before the subject of its clause is the year, though a plural
// follows it; "About 2000 soldiers were sent" is a count.
func TestTagYearBeforeSubject(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 10), "The price rise\n\nSince 2024 gyms have had to follow the code. In 2016 soldiers and villagers spent six months digging. About 2000 soldiers were sent.",
			"2024|DATE|2024|;2016|DATE|2016|;six months|DURATION|P6M|"},
	})
}

// TestTagJudgedSeason: "after a wet spring": a season an adjective
// judges, after what it explains; "a winter storm" is any winter's.
func TestTagJudgedSeason(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 8, 3), "It cut its outlook after a wet spring. A winter storm hit.",
			"spring|DATE|2027-SP|"},
	})
}

// TestTagProgrammeLineAfterSet: a programme's next line starts afresh
// after an entry that tells a habit ("every hour until 4pm"): its time is
// the day heading's.
func TestTagProgrammeLineAfterSet(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 8, 10), "Friday 14 August\n11am Sheep shearing, every hour until 4pm\n1pm Tug of war, main ring\n3pm Heavy horses",
			"Friday 14 August|DATE|2026-08-14|;11am|TIME|2026-08-14T11:00|;every hour|SET|PT1H|EVERY;4pm|TIME|XXXX-XX-XXT16:00|;1pm|TIME|2026-08-14T13:00|;3pm|TIME|2026-08-14T15:00|"},
	})
}

// TestTagLimitedHours: the hours a rule limits something to ("is limited
// to one visitor per patient, between 2pm and 7pm") are kept every day.
func TestTagLimitedHours(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 12, 16), "Visiting is limited to one visitor per patient, between 2pm and 7pm.",
			"2pm|TIME|XXXX-XX-XXT14:00|;7pm|TIME|XXXX-XX-XXT19:00|"},
		{tt(2026, 4, 20), "Bikes could be taken out only from 6 a.m. to 8 p.m., and trips fell.",
			"6 a.m.|TIME|XXXX-XX-XXT06:00|;8 p.m.|TIME|XXXX-XX-XXT20:00|"},
	})
}

// TestTagSpanOfWorkRate: "two and a half hours of teaching a week",
// "Another half-hour a day": the span's rate; "three years of gains in a
// month" is a span.
func TestTagSpanOfWorkRate(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 1, 10), "The relief ship can manage one return crossing a day.",
			"a day|SET|P1D|"},
		{tt(2026, 11, 2), "It would add two and a half hours of teaching a week. Another half-hour a day adds up. Markets can take back three years of gains in a month.",
			"two and a half hours|DURATION|PT2H30M|;a week|SET|P1W|;a day|SET|P1D|;three years|DURATION|P3Y|;a month|DURATION|P1M|"},
	})
}

// TestTagPluralEventsStart: the time a run of events begins at ("Concerts
// in Japan will begin at 7pm") is each one's; "Both performances begin at
// 6pm" and the concerts of a day told are dated.
func TestTagPluralEventsStart(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 9, 25), "Concerts in Japan will begin at 7pm local time. The concerts on Saturday begin at 8pm. Both performances begin at 6pm.",
			"7pm local time|TIME|XXXX-XX-XXT19:00|;Saturday|DATE|2027-09-25|;8pm|TIME|2027-09-25T20:00|;6pm|TIME|2027-09-25T18:00|"},
	})
}

// TestTagSinceHoursKept: "Since mid-March he has worked from 8pm until
// about 3am": hours kept every day since then; "Since May he has been
// awake at 3am" is one night's time.
func TestTagSinceHoursKept(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 5, 10), "Since mid-March the voicer has worked from 8pm until about 3am. Since May he has been awake at 3am.",
			"mid-March|DATE|2026-03|MID;8pm|TIME|XXXX-XX-XXT20:00|;about 3am|TIME|XXXX-XX-XXT03:00|APPROX;May|DATE|2026-05|;3am|TIME|2026-05-10T03:00|"},
	})
}

// TestTagWarnedOfDay: what a warning is of ("warned of severe disruption
// from 7 p.m. on Wednesday") is to come.
func TestTagWarnedOfDay(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 2, 16), "The Paris metro warned of severe disruption from 7 p.m. (1800 GMT) on Wednesday until 8 a.m. on Friday.",
			"7 p.m.|TIME|2027-02-17T19:00|;1800 GMT|TIME|2027-02-17T18:00|;Wednesday|DATE|2027-02-17|;8 a.m.|TIME|2027-02-19T08:00|;Friday|DATE|2027-02-19|"},
	})
}

// TestTagGuideWeekdayByline: "what to expect from Tuesday's keynote" is a
// guide to the day ahead, and a byline's "- June 8, 2026" on the next
// line ends no range the weekday opens.
func TestTagGuideWeekdayByline(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 6, 8), "Forge conference: what to expect from Tuesday's keynote\n\nBy Dana Whitcomb - June 8, 2026, 6:00 a.m. PT\n\nThe keynote opens the show.",
			"Tuesday|DATE|2026-06-09|;June 8, 2026|DATE|2026-06-08|;6:00 a.m. PT|TIME|2026-06-08T06:00|"},
	})
}
