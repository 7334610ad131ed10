package actors

import (
	"slices"
	"strings"
)

// titleDots adds the spellings of the title phrases with their abbreviations' dots in any
// combination: "Maj Gen." and "Maj. Gen" beside "Maj. Gen." and "Maj Gen". The
// abbreviations are the words the data file writes both with and without a dot ("Gen",
// "Gen."); "Sen." keeps its dot, since "Sen" is a name. A spelling that drops a dot needs
// a capital, as "Gen" does.
func (g *gazetteer) titleDots() {
	dotted, bare := map[string]bool{}, map[string]bool{}
	seen := map[string]bool{}
	key := func(toks []string, upper bool) string {
		if upper {
			return "^" + strings.Join(toks, " ")
		}
		return strings.Join(toks, " ")
	}
	for _, a := range g.aliases {
		if a.kind != titleAlias {
			continue
		}
		seen[key(a.toks, a.upper)] = true
		for k, w := range a.toks {
			if k+1 < len(a.toks) && a.toks[k+1] == "." {
				dotted[w] = true
			} else if w != "." {
				bare[w] = true
			}
		}
	}
	for id, n := 0, len(g.aliases); id < n; id++ {
		a := g.aliases[id]
		if a.kind != titleAlias {
			continue
		}
		var words []string // the phrase without its dots
		var abbr []int     // positions in words of its abbreviations
		var had []bool     // whether each abbreviation has its dot in the phrase
		for k, w := range a.toks {
			if w == "." {
				continue
			}
			if dotted[w] && bare[w] {
				abbr = append(abbr, len(words))
				had = append(had, k+1 < len(a.toks) && a.toks[k+1] == ".")
			}
			words = append(words, w)
		}
		if len(abbr) == 0 || len(abbr) > 3 {
			continue
		}
		for mask := range 1 << len(abbr) {
			toks := make([]string, 0, len(words)+len(abbr))
			upper := a.upper
			for k, w := range words {
				toks = append(toks, w)
				if i := slices.Index(abbr, k); i >= 0 {
					if mask&(1<<i) != 0 {
						toks = append(toks, ".")
					} else if had[i] {
						upper = true
					}
				}
			}
			if seen[key(toks, upper)] {
				continue
			}
			seen[key(toks, upper)] = true
			v := a
			v.toks, v.upper = toks, upper
			g.index[toks[0]] = append(g.index[toks[0]], int32(len(g.aliases)))
			g.aliases = append(g.aliases, v)
		}
	}
}
