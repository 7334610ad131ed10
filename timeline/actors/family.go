package actors

import "strings"

// Korean and Chinese names put the family name first and write the two syllables of the
// given name joined by a hyphen, apart or together: "Moon Jae-in", "Yoon Suk Yeol", "Tsai
// Ing-wen". A later "Moon" or "Tsai" is the family name, not the last word.

// familyNames are Korean and Chinese family names as news outlets romanize them.
var familyNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang
		lim im han oh seo suh shin kwon hwang ahn song yoo ryu hong jeon chun ko moon mun
		yang son sohn bae baek paik heo huh nam noh roh ha kwak sung cha joo woo min jin
		chae won bang gong hyun ham yeo choo ri ryang pyon kye
		tsai lai hsiao hou chu wu lin chen wang huang liu li hsu cheng kuo lu su hsieh tseng
		chiu liao lo kao yeh chou fu ma chiang tang tung leung lam tam wong ho chan cheung
		lau tse chow yip lui kwok fung teng tsao pan wei chao sun hu kuan yen shih ting hung
		hui mak tsang ng yuen ip zhang zhao zhou xu zhu guo gao luo zheng liang xie feng
		deng cao peng xiao tian dong yuan cai jiang du ren shen yao cui zhong qin xi mao bai
		wen xue yan tan shi qian meng lei duan hao xing
	`) {
		m[w] = true
	}
	return m
}()

// familyFirstCountries are the countries whose people are named family name first even
// when the given name is one word: "Guo Jiakun", "Li Qiang".
var familyFirstCountries = map[string]bool{
	"China": true, "Taiwan": true, "North Korea": true, "South Korea": true,
}

// notGiven are words that follow a hyphen after a name but are no syllable of it:
// "Yang Wang-led".
var notGiven = map[string]bool{
	"led": true, "run": true, "born": true, "held": true, "style": true, "type": true,
	"class": true, "bound": true, "free": true, "long": true, "term": true, "era": true,
}

// syllable reports whether the folded word w may be one syllable of a romanized Korean or
// Chinese given name: a few letters around one group of vowels ("jae", "yeol", "myung").
func syllable(w string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	groups, vowel := 0, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false
		}
		v := c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
		if v && !vowel {
			groups++
		}
		vowel = v
	}
	return groups == 1
}

// hyphenName returns the end of a Korean or Chinese name with a hyphenated given name at
// token i ("Moon Jae-in", "Kim Keun-sik", "Hsiao Bi-khim"), or i.
func (s *scanner) hyphenName(i int) int {
	toks := s.z.toks
	if i+3 >= len(toks) || !s.is(i+2, "-") {
		return i
	}
	g1, h, g2 := toks[i+1], toks[i+2], toks[i+3]
	if !g1.word || !g1.upper || !g1.space || h.space || !g2.word || g2.space {
		return i
	}
	if i+4 < len(toks) && !toks[i+4].space && (s.is(i+4, "-") || toks[i+4].word) {
		return i // "Ma Ying-jeou-era"
	}
	if !familyNames[s.fold(i)] || !syllable(s.fold(i+1)) || !syllable(s.fold(i+3)) || notGiven[s.fold(i+3)] {
		return i
	}
	return i + 4
}

// namePerson records tokens [i, end) as a person the gazetteer lacks, affiliated with the
// country right before it ("South Korea's Cho Hyun").
func (s *scanner) namePerson(i, end int) {
	affil := ""
	if p := s.prevAdjacent(i); p >= 0 && s.isCountry(s.items[p]) {
		affil = s.g.actors[s.items[p].actor].Name
	}
	s.add(item{start: i, end: end, kind: akaAlias, actor: -1, person: s.person(i, end, affil, "")})
}

// familyFirst reports whether the person named by tokens [i, end), affiliated with affil,
// writes the family name first: before a hyphenated given name ("Chang Ho-jin", "Moon
// Jae-In"), or as a Chinese or Korean family name in a name of two words from a country
// that does so ("Chinese spokesperson Guo Jiakun").
func (s *scanner) familyFirst(i, end int, affil string) bool {
	if end-i >= 3 && s.is(end-2, "-") {
		return !s.z.toks[end-1].upper || familyNames[s.fold(i)]
	}
	return end-i == 2 && familyFirstCountries[affil] && familyNames[s.fold(i)]
}

// givenNames adds the other spelling of the Korean and Chinese names of people: "Yoon
// Suk-yeol" for "Yoon Suk Yeol", "Lee Jae Myung" for "Lee Jae-myung". It names the person
// in text and for Lookup, but is not listed among the aliases.
func (g *gazetteer) givenNames() {
	for id, n := 0, len(g.aliases); id < n; id++ {
		a := g.aliases[id]
		if a.actor < 0 || a.kind != akaAlias && a.kind != lateAlias || g.actors[a.actor].Kind != Person || !familyNames[a.toks[0]] {
			continue
		}
		var toks []string
		switch t := a.toks; {
		case len(t) == 3 && syllable(t[1]) && syllable(t[2]):
			toks = []string{t[0], t[1], "-", t[2]}
		case len(t) == 4 && t[2] == "-" && syllable(t[1]) && syllable(t[3]):
			toks = []string{t[0], t[1], t[3]}
		default:
			continue
		}
		key := strings.Join(toks, " ")
		if _, taken := g.byName[key]; taken {
			continue
		}
		g.byName[key] = a.actor
		a.toks = toks
		g.index[toks[0]] = append(g.index[toks[0]], int32(len(g.aliases)))
		g.aliases = append(g.aliases, a)
	}
}

// familyAliases gives the Chinese and Korean people of the gazetteer their family name as a
// late alias ("Ko" for Ko Wen-je) when the data file gives none and nobody else has it.
// Like givenNames, it is not listed among the aliases.
func (g *gazetteer) familyAliases() {
	count := map[string]int{}
	family := func(e *entry) string {
		first, _, _ := strings.Cut(e.Name, " ")
		if e.Kind != Person || !familyFirstCountries[e.Affiliation] || !familyNames[Fold(first)] {
			return ""
		}
		return first
	}
	for i := range g.actors {
		if f := family(&g.actors[i]); f != "" {
			count[Fold(f)]++
		}
	}
	for i := range g.actors {
		f := family(&g.actors[i])
		if f == "" || count[Fold(f)] > 1 {
			continue
		}
		if _, taken := g.byName[Fold(f)]; taken {
			continue // "Kim", "Wang", "Lai": in the data file
		}
		g.add(f, lateAlias, int32(i), -1, -1)
	}
}
