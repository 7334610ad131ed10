package temporal

import (
	"fmt"
	"testing"
)

// TestHolidayDates checks the computed and tabled holidays against their
// published dates.
func TestHolidayDates(t *testing.T) {
	for _, c := range []struct {
		h, y int
		want string
	}{
		{hVictoria, 2024, "05-20"},
		{hVictoria, 2025, "05-19"},
		{hVictoria, 2021, "05-24"},
		{hFreedom, 2026, "04-27"},
		{hTax, 2026, "04-15"},
		{hMLK, 2024, "01-15"},
		{hMLK, 2025, "01-20"},
		{hBlack, 2024, "11-29"},
		{hBlack, 2025, "11-28"},
		{hCyber, 2024, "12-02"},
		{hCyber, 2025, "12-01"},
		{hVE, 1945, "05-08"},
		{hVJ, 1945, "08-15"},
		{hDiwali, 2023, "11-12"},
		{hDiwali, 2025, "10-20"},
		{hDhanteras, 2023, "11-10"},
		{hDiwali, 2031, "00-00"}, // past the table
		{hEidFitr, 1970, "11-30"},
		{hEidFitr, 2000, "01-08"}, // the first of the year's two
		{hEidFitr, 2023, "04-21"},
		{hEidFitr, 2024, "04-10"},
		{hEidFitr, 2025, "03-30"},
		{hEidFitr, 2060, "03-04"},
		{hEidFitr, 2061, "00-00"}, // past the table
		{hEidFitr, 1969, "00-00"},
		{hEidAdha, 1970, "02-16"},
		{hEidAdha, 2006, "01-10"},
		{hEidAdha, 2023, "06-28"},
		{hEidAdha, 2024, "06-16"},
		{hEidAdha, 2025, "06-06"},
		{hEidAdha, 2060, "05-10"},
		{hEid, 2024, "00-00"},
		{hNowruz, 2016, "03-20"},
		{hNowruz, 2019, "03-21"},
		{hNowruz, 2020, "03-20"},
		{hNowruz, 2025, "03-21"},
		{hRosh, 2000, "09-30"},
		{hRosh, 2023, "09-16"},
		{hRosh, 2024, "10-03"},
		{hRosh, 2025, "09-23"},
		{hYomKippur, 1973, "10-06"},
		{hYomKippur, 2023, "09-25"},
		{hPassover, 2019, "04-20"},
		{hPassover, 2023, "04-06"},
		{hPassover, 2024, "04-23"},
		{hPassover, 2025, "04-13"},
		{hLunar, 2024, "02-10"},
		{hEaster, 2024, "03-31"},
		{hGood, 2024, "03-29"},
		{hPentecost, 2014, "06-08"},
		{hWhitMonday, 2014, "06-09"},
		{hWhitMonday, 2024, "05-20"},
		{hAscension, 2024, "05-09"},
		{hCorpus, 2024, "05-30"},
		{hCorpus, 2027, "05-27"},
		{hAshWed, 2024, "02-14"},
		{hPalm, 2024, "03-24"},
		{hMaundy, 2024, "03-28"},
		{hThanksgiving, 2024, "11-28"},
		// Ramadan's first day is 29 days before Eid al-Fitr (a day later
		// than the calendar's when the month has 30 days): 23 March 2023, 1
		// March 2025; the one that ends in January 2032 begins in 2031.
		{hRamadan, 2023, "03-23"},
		{hRamadan, 2025, "03-01"},
		{hRamadan, 2026, "02-19"},
		{hRamadan, 2031, "12-16"},
		{hRamadan, 2032, "12-04"},
		{hRamadan, 2070, "00-00"}, // past the table
		// Orthodox Easter, by the Julian calendar.
		{hOrthodox, 2024, "05-05"},
		{hOrthodox, 2025, "04-20"},
		{hOrthodox, 2026, "04-12"},
		{hLent, 2026, "02-18"},
		// The Mid-Autumn Festival (Chuseok), 15th day of the eighth lunar
		// month.
		{hChuseok, 2021, "09-21"},
		{hChuseok, 2022, "09-10"},
		{hChuseok, 2023, "09-29"},
		{hChuseok, 2024, "09-17"},
		{hChuseok, 2025, "10-06"},
		{hChuseok, 2026, "09-25"},
		{hChuseok, 2101, "00-00"}, // past the table
		{hFoundation, 2025, "10-03"},
		// Jewish holidays from Rosh Hashanah.
		{hHanukkah, 2023, "12-08"},
		{hHanukkah, 2024, "12-26"},
		{hHanukkah, 2025, "12-15"},
		{hPurim, 2024, "03-24"},
		{hPurim, 2025, "03-14"},
		{hShavuot, 2025, "06-02"},
		{hSukkot, 2025, "10-07"},
		{hLantern, 2026, "03-03"},
		{hShrove, 2026, "02-17"},
		{hMothering, 2026, "03-15"},
		{hMother, 2026, "05-10"},
		{hFather, 2025, "06-15"},
		{hRemembSun, 2025, "11-09"},
		{hColumbus, 2025, "10-13"},
		{hPresidents, 2026, "02-16"},
		{hHangeul, 2025, "10-09"},
	} {
		m, d := holidayDate(c.h, c.y)
		if got := fmt.Sprintf("%02d-%02d", m, d); got != c.want {
			t.Errorf("holidayDate(%d, %d) = %s, want %s", c.h, c.y, got, c.want)
		}
	}
}

// TestRamadan: Ramadan is valued by the smallest calendar unit that holds the
// whole month, the year chosen as for other holidays that move, or given by
// a Gregorian or Hijri year; "the holy month" is Ramadan in a text that names
// it.
func TestRamadan(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 16), "Employees will work shorter days during the holy month, officials said, as the country prepares for Ramadan.",
			"the holy month|DATE|2026-Q1|;Ramadan|DATE|2026-Q1|"},
		{tt(2026, 2, 16), "The crescent that opens Ramadan 1447 AH will be hard to see. During last year's Ramadan, 14 people died.",
			"Ramadan 1447 AH|DATE|2026-Q1|;last year|DATE|2025|;Ramadan|DATE|2025-03|"},
		{tt(2024, 7, 24), "Attacks rose during the Muslim holy month of Ramadan, as in Ramadan 2023.",
			"the Muslim holy month of Ramadan|DATE|2024-SP|;Ramadan 2023|DATE|2023-SP|"},
		// Not the month: a war and an operation named after it; "holy month"
		// in a text that does not name Ramadan.
		{tt(2024, 7, 24), "The Ramadan War began in 1973. Operation Ramadan failed.", "1973|DATE|1973|"},
		{tt(2024, 7, 24), "Lent is the holy month for some.", "Lent|DATE|2024-Q1|"},
		// Lent, from Ash Wednesday to Holy Saturday, is valued the same way;
		// not the verb.
		{tt(2026, 3, 31), "Lent ends this week; Orthodox Easter and Easter differ. She lent him money. In Lent 2024 he fasted.",
			"Lent|DATE|2026-H1|;this week|DATE|2026-W14|;Orthodox Easter|DATE|2026-04-12|;Easter|DATE|2026-04-05|;Lent 2024|DATE|2024-Q1|"},
	})
}

// TestNationalDays: "Independence Day" and "National Day" are the country's
// that the text names before them or, failing that, in its opening lines;
// a bare "Independence Day" is July 4, a bare "National Day" no date.
func TestNationalDays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 8, 25), "Kyiv marked Ukraine's Independence Day with a parade. Kenyan Independence Day is in December.",
			"Independence Day|DATE|2025-08-24|;Independence Day|DATE|2025-12-12|;December|DATE|2025-12|"},
		{tt(2025, 8, 12), "NEW DELHI (Reuters) - India is preparing for Independence Day on Friday.",
			"Independence Day|DATE|2025-08-15|;Friday|DATE|2025-08-15|"},
		{tt(2025, 7, 1), "Fireworks are planned for Independence Day across the country.",
			"Independence Day|DATE|2025-07-04|"},
		// A US state in the headline is not the country Georgia.
		{tt(2025, 7, 1), "ATLANTA, Georgia - Fireworks are planned for Independence Day.",
			"Independence Day|DATE|2025-07-04|"},
		{tt(2025, 9, 20), "Trains fill up before China's National Day. National Day parades vary.",
			"National Day|DATE|2025-10-01|;National Day|DATE|2025-10-01|"},
		{tt(2025, 9, 20), "National Day parades vary from country to country.", ""},
		{tt(2025, 9, 20), "In Seoul, National Foundation Day and Hangeul Day bracket the break.",
			"National Foundation Day|DATE|2025-10-03|;Hangeul Day|DATE|2025-10-09|"},
	})
}

// TestMidAutumn: Chuseok and the Mid-Autumn Festival from the lunar table;
// "the eve of" a holiday is the day before it; "mid-autumn" in lower case is
// the middle of the season.
func TestMidAutumn(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 10, 2), "Families left Seoul ahead of Chuseok. The holiday runs from the eve of Chuseok to Tuesday.",
			"Chuseok|DATE|2025-10-06|;the eve of Chuseok|DATE|2025-10-05|;Tuesday|DATE|2025-10-07|"},
		{tt(2024, 9, 10), "Mooncake sales peak before the Mid-Autumn Festival. In mid-autumn the leaves turn.",
			"the Mid-Autumn Festival|DATE|2024-09-17|;mid-autumn|DATE|2024-FA|MID"},
		{tt(2025, 9, 20), "Shops shut for the Mid-Autumn holiday. On the eve of Diwali 2023, prices rose.",
			"the Mid-Autumn holiday|DATE|2025-10-06|;the eve of Diwali 2023|DATE|2023-11-11|"},
	})
}

// TestWeekNumbers: calendar weeks by number, when the text says they are
// ("epidemiological week 37", "calendar week 17", a year after them, or a
// text that counts calendar weeks), and ISO week dates; not a week of a
// trial or a season.
func TestWeekNumbers(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2025, 9, 20), "Cases rose in epidemiological week 37. Week 42 of 2024 was worse.",
			"epidemiological week 37|DATE|2025-W37|;Week 42 of 2024|DATE|2024-W42|"},
		{tt(2025, 3, 12), "The team plans by calendar week: the release is due in week 17 and the summit is in week 42.",
			"week 17|DATE|2025-W17|;week 42|DATE|2025-W42|"},
		{tt(2025, 12, 20), "Planning uses the ISO week number. Week 2 will be quiet.",
			"Week 2|DATE|2026-W02|"},
		{tt(2025, 3, 12), "In week 3 of the trial, doses rose. At week 12, HbA1c fell. The Chiefs won in Week 3.", ""},
		{tt(2025, 3, 12), "Builds ship in 2025-W42 and 2025-W42-3; 2021-W53 does not exist.",
			"2025-W42|DATE|2025-W42|;2025-W42-3|DATE|2025-W42-3|;2021|DATE|2021|"},
	})
}

// TestMoreHolidays: possessive days, feasts named by one word and the
// Chinese zodiac's years.
func TestMoreHolidays(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2026, 2, 13), "Parades on St Patrick's Day and St. Patrick's Day; All Saints' Day; International Women's Day and Mother's Day.",
			"St Patrick's Day|DATE|2026-03-17|;St. Patrick's Day|DATE|2026-03-17|;All Saints' Day|DATE|2025-11-01|;International Women's Day|DATE|2026-03-08|;Mother's Day|DATE|2026-05-10|"},
		{tt(2026, 2, 13), "Guy Fawkes Night and Bonfire Night; Mardi Gras, Shrove Tuesday and Pancake Day; Presidents' Day; Mothering Sunday.",
			"Guy Fawkes Night|DATE|2025-11-05|;Bonfire Night|DATE|2025-11-05|;Mardi Gras|DATE|2026-02-17|;Shrove Tuesday|DATE|2026-02-17|;Pancake Day|DATE|2026-02-17|;Presidents' Day|DATE|2026-02-16|;Mothering Sunday|DATE|2026-03-15|"},
		{tt(2026, 2, 13), "China heads home for the Year of the Horse, which ends after the Lantern Festival; Hanukkah and Purim.",
			"the Year of the Horse|DATE|2026|;the Lantern Festival|DATE|2026-03-03|;Hanukkah|DATE|2025-12-15|;Purim|DATE|2026-03-03|"},
		// Carnival where it moves with Easter; a holiday takes the year told
		// just before it, and a date restating it its year.
		{tt(2026, 2, 13), "RIO DE JANEIRO - Rio opened its Carnival on Friday. Next year Carnival Tuesday is 9 February. Carnival Cruise Line sailed.",
			"Carnival|DATE|2026-02|;Friday|DATE|2026-02-13|;Next year|DATE|2027|;Carnival Tuesday|DATE|2027-02-09|;9 February|DATE|2027-02-09|"},
		{tt(2026, 6, 4), "Rallies are called for next Friday, Democracy Day, June 12. In 2019, Christmas fell on a Wednesday.",
			"next Friday|DATE|2026-06-12|;Democracy Day|DATE|2026-06-12|;June 12|DATE|2026-06-12|;2019|DATE|2019|;Christmas|DATE|2019-12-25|;a Wednesday|DATE|2019-12-25|"},
		// A weekday after a holiday, a holiday of last year, and days named
		// from others: Small Business Saturday, the Day of Arafat, Japan's
		// Labour Thanksgiving Day.
		{tt(2025, 11, 25), "Millions will fly on the Sunday after Thanksgiving. The Sunday after Thanksgiving last year drew 3.09 million; gas cost $3.06 on Thanksgiving Day last year. Small Business Saturday follows.",
			"the Sunday after Thanksgiving|DATE|2025-11-30|;The Sunday after Thanksgiving last year|DATE|2024-12-01|;Thanksgiving Day last year|DATE|2024-11-28|;Small Business Saturday|DATE|2025-11-29|"},
		{tt(2025, 6, 5), "Pilgrims prayed on the plain of Arafat on the Day of Arafat, after the Day of Tarwiyah. Yasser Arafat was not there.",
			"the Day of Arafat|DATE|2025-06-05|;the Day of Tarwiyah|DATE|2025-06-04|"},
		{tt(2026, 11, 24), "Offices were shut for Labour Thanksgiving Day.", "Labour Thanksgiving Day|DATE|2026-11-23|"},
		// Not the feasts: an assumption, an epiphany, a bonfire.
		{tt(2026, 8, 5), "Drivers must not stop, three days before the Assumption. The assumption that it rains; an epiphany; a bonfire night.",
			"three days|DURATION|P3D|;the Assumption|DATE|2026-08-15|"},
	})
}

// An Eid whose day the text states after a comma ("which falls on
// Monday") is that day, and so is the same Eid named before it, in the
// headline.
func TestTagEidStatedAfterWhich(t *testing.T) {
	checkTagged(t, []tagCase{
		{tt(2027, 5, 14), "Millions leave cities as Eid al-Adha travel rush peaks\n\nStations were crowded on Friday as people left for Eid al-Adha, which falls on Monday. Markets close on the eve of Eid.",
			"Eid al-Adha|DATE|2027-05-17|;Friday|DATE|2027-05-14|;Eid al-Adha|DATE|2027-05-17|;Monday|DATE|2027-05-17|;the eve of Eid|DATE|2027-05-16|"},
	})
}
