package temporal

import "strings"

// National days: "Independence Day" and "National Day" fall on a different
// date in each country, so the country the text names decides which.

// nation is a country's names and the dates of its national days; a zero
// month means the country keeps no such day under that name.
type nation struct {
	names []string // the country's name (its last word), then adjectives
	ind   [2]int8  // Independence Day
	nat   [2]int8  // National Day
}

// nations holds the days as the countries keep them now. The United States
// comes first: a bare "Independence Day" in a text that names no other
// country is July 4.
var nations = []nation{
	{names: []string{"US", "U.S.", "America", "American", "States", "United States"}, ind: [2]int8{7, 4}},
	{names: []string{"India", "Indian"}, ind: [2]int8{8, 15}},
	{names: []string{"Pakistan", "Pakistani"}, ind: [2]int8{8, 14}},
	{names: []string{"Bangladesh", "Bangladeshi"}, ind: [2]int8{3, 26}},
	{names: []string{"Lanka", "Lankan"}, ind: [2]int8{2, 4}},
	{names: []string{"Indonesia", "Indonesian"}, ind: [2]int8{8, 17}},
	{names: []string{"Philippines", "Philippine", "Filipino"}, ind: [2]int8{6, 12}},
	{names: []string{"Malaysia", "Malaysian"}, ind: [2]int8{8, 31}, nat: [2]int8{8, 31}},
	{names: []string{"Myanmar", "Burma"}, ind: [2]int8{1, 4}},
	{names: []string{"Vietnam", "Vietnamese"}, nat: [2]int8{9, 2}},
	{names: []string{"China", "Chinese"}, nat: [2]int8{10, 1}},
	{names: []string{"Singapore", "Singaporean"}, nat: [2]int8{8, 9}},
	{names: []string{"Ukraine", "Ukrainian"}, ind: [2]int8{8, 24}},
	{names: []string{"Belarus", "Belarusian"}, ind: [2]int8{7, 3}},
	{names: []string{"Moldova", "Moldovan"}, ind: [2]int8{8, 27}},
	{names: []string{"Georgia", "Georgian"}, ind: [2]int8{5, 26}},
	{names: []string{"Armenia", "Armenian"}, ind: [2]int8{9, 21}},
	{names: []string{"Kazakhstan", "Kazakh"}, ind: [2]int8{12, 16}},
	{names: []string{"Uzbekistan", "Uzbek"}, ind: [2]int8{9, 1}},
	{names: []string{"Kyrgyzstan", "Kyrgyz"}, ind: [2]int8{8, 31}},
	{names: []string{"Tajikistan", "Tajik"}, ind: [2]int8{9, 9}},
	{names: []string{"Turkmenistan", "Turkmen"}, ind: [2]int8{9, 27}},
	{names: []string{"Estonia", "Estonian"}, ind: [2]int8{2, 24}},
	{names: []string{"Latvia", "Latvian"}, ind: [2]int8{11, 18}},
	{names: []string{"Poland", "Polish"}, ind: [2]int8{11, 11}},
	{names: []string{"Finland", "Finnish"}, ind: [2]int8{12, 6}},
	{names: []string{"Greece", "Greek"}, ind: [2]int8{3, 25}},
	{names: []string{"Kosovo"}, ind: [2]int8{2, 17}},
	{names: []string{"Mexico", "Mexican"}, ind: [2]int8{9, 16}},
	{names: []string{"Brazil", "Brazilian"}, ind: [2]int8{9, 7}},
	{names: []string{"Argentina", "Argentine", "Argentinian"}, ind: [2]int8{7, 9}},
	{names: []string{"Chile", "Chilean"}, ind: [2]int8{9, 18}},
	{names: []string{"Colombia", "Colombian"}, ind: [2]int8{7, 20}},
	{names: []string{"Peru", "Peruvian"}, ind: [2]int8{7, 28}},
	{names: []string{"Venezuela", "Venezuelan"}, ind: [2]int8{7, 5}},
	{names: []string{"Ecuador", "Ecuadorian"}, ind: [2]int8{8, 10}},
	{names: []string{"Bolivia", "Bolivian"}, ind: [2]int8{8, 6}},
	{names: []string{"Paraguay", "Paraguayan"}, ind: [2]int8{5, 15}},
	{names: []string{"Uruguay", "Uruguayan"}, ind: [2]int8{8, 25}},
	{names: []string{"Guatemala", "Guatemalan", "Honduras", "Honduran", "Salvador", "Salvadoran", "Nicaragua", "Nicaraguan", "Rica", "Costa"}, ind: [2]int8{9, 15}},
	{names: []string{"Haiti", "Haitian"}, ind: [2]int8{1, 1}},
	{names: []string{"Jamaica", "Jamaican"}, ind: [2]int8{8, 6}},
	{names: []string{"Algeria", "Algerian"}, ind: [2]int8{7, 5}},
	{names: []string{"Morocco", "Moroccan"}, ind: [2]int8{11, 18}},
	{names: []string{"Tunisia", "Tunisian"}, ind: [2]int8{3, 20}},
	{names: []string{"Libya", "Libyan"}, ind: [2]int8{12, 24}},
	{names: []string{"Nigeria", "Nigerian"}, ind: [2]int8{10, 1}},
	{names: []string{"Ghana", "Ghanaian"}, ind: [2]int8{3, 6}},
	{names: []string{"Kenya", "Kenyan"}, ind: [2]int8{12, 12}},
	{names: []string{"Tanzania", "Tanzanian"}, ind: [2]int8{12, 9}},
	{names: []string{"Uganda", "Ugandan"}, ind: [2]int8{10, 9}},
	{names: []string{"Rwanda", "Rwandan", "Burundi", "Burundian", "Somalia", "Somali"}, ind: [2]int8{7, 1}},
	{names: []string{"Congo", "Congolese"}, ind: [2]int8{6, 30}},
	{names: []string{"Eritrea", "Eritrean"}, ind: [2]int8{5, 24}},
	{names: []string{"Zimbabwe", "Zimbabwean"}, ind: [2]int8{4, 18}},
	{names: []string{"Zambia", "Zambian"}, ind: [2]int8{10, 24}},
	{names: []string{"Malawi", "Malawian"}, ind: [2]int8{7, 6}},
	{names: []string{"Mozambique", "Mozambican"}, ind: [2]int8{6, 25}},
	{names: []string{"Angola", "Angolan"}, ind: [2]int8{11, 11}},
	{names: []string{"Namibia", "Namibian"}, ind: [2]int8{3, 21}},
	{names: []string{"Botswana"}, ind: [2]int8{9, 30}},
	{names: []string{"Senegal", "Senegalese"}, ind: [2]int8{4, 4}},
	{names: []string{"Mali", "Malian"}, ind: [2]int8{9, 22}},
	{names: []string{"Lebanon", "Lebanese"}, ind: [2]int8{11, 22}},
	{names: []string{"Jordan", "Jordanian"}, ind: [2]int8{5, 25}},
	{names: []string{"Iraq", "Iraqi"}, nat: [2]int8{10, 3}},
	{names: []string{"Emirates", "UAE", "Emirati"}, nat: [2]int8{12, 2}},
	{names: []string{"Saudi"}, nat: [2]int8{9, 23}},
	{names: []string{"Qatar", "Qatari"}, nat: [2]int8{12, 18}},
	{names: []string{"Kuwait", "Kuwaiti"}, nat: [2]int8{2, 25}},
	{names: []string{"Bahrain", "Bahraini"}, nat: [2]int8{12, 16}},
	{names: []string{"Switzerland", "Swiss"}, nat: [2]int8{8, 1}},
	{names: []string{"Belgium", "Belgian"}, nat: [2]int8{7, 21}},
	{names: []string{"Spain", "Spanish"}, nat: [2]int8{10, 12}},
	{names: []string{"Austria", "Austrian"}, nat: [2]int8{10, 26}},
}

// nationWord returns the index in nations of the country word w names, or
// -1. "States" counts only as "United States".
func nationWord(w string) int {
	for n, c := range nations {
		for _, name := range c.names {
			if w == name {
				return n
			}
		}
	}
	return -1
}

// nationBefore returns the country named just before the holiday's first
// token k, possessive or adjective ("Ukraine's Independence Day", "Kenyan
// Independence Day", "Sri Lanka's National Day"), or -1.
func (p *parser) nationBefore(k int) int {
	if p.punct(k-2, '\'') && p.is(k-1, "s") {
		k -= 2
	}
	t := p.t(k - 1)
	if t.kind != tWord || !t.cap {
		return -1
	}
	w := p.text[t.start:t.end]
	if w == "S" && p.punct(k-2, '.') {
		w = "U.S." // "the U.S. Independence Day": "U", ".", "S", "."
	}
	n := nationWord(w)
	if n == 0 && w == "States" && !p.is(k-2, "united") {
		return -1
	}
	return n
}

// textNation returns the one country the start of the text (headline,
// dateline, lede) names, or -1 when it names none or several. It is read
// once, when a holiday that needs it is found.
func (p *parser) textNation() int {
	if p.nation == 0 {
		p.nation = -1
		head := p.text[:min(len(p.text), southHead)]
		found := -1
		for n, c := range nations {
			for _, name := range c.names {
				if len(name) < 3 || ambiguousNation(name) || !containsWord(head, name) {
					continue
				}
				if found >= 0 && found != n {
					return -1
				}
				found = n
				break
			}
		}
		p.nation = found + 1
	}
	return p.nation - 1
}

// ambiguousNation reports a country word that in a headline more often
// names something else: a US state, a person, half a name.
func ambiguousNation(w string) bool {
	switch w {
	case "States", "Georgia", "Georgian", "Jordan", "Salvador", "Costa", "Rica":
		return true
	}
	return false
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		k += off
		e := k + len(w)
		if (k == 0 || !isLetter(s[k-1])) && (e == len(s) || !isLetter(s[e])) {
			return true
		}
		off = k + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// nationalDay returns the month and day of holiday h (hIndependence or
// hNational) in the country named before token k or, failing that, in the
// text; 0, 0 when no country says.
func (p *parser) nationalDay(k, h int) (int, int) {
	n := p.nationBefore(k)
	if n < 0 {
		n = p.textNation()
	}
	if n < 0 {
		if h == hIndependence {
			n = 0 // the United States'
		} else {
			return 0, 0
		}
	}
	d := nations[n].ind
	if h == hNational {
		d = nations[n].nat
	}
	return int(d[0]), int(d[1])
}
