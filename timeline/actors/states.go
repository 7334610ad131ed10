package actors

import (
	"slices"
	"strings"
)

// A place followed by its American state is in the United States: "Birmingham, Ala.",
// "Buffalo, N.Y.".

// usStates holds the names of the states of the United States, and their abbreviations in
// the news ("Ala.", "N.Y."), as folded tokens, by first token.
var usStates = func() map[string][][]string {
	m := map[string][][]string{}
	for _, st := range strings.Split(`Alabama, Ala., Alaska, Arizona, Ariz., Arkansas, Ark.,
		California, Calif., Colorado, Colo., Connecticut, Conn., Delaware, Del., Florida, Fla.,
		Georgia, Ga., Hawaii, Idaho, Illinois, Ill., Indiana, Ind., Iowa, Kansas, Kan.,
		Kentucky, Ky., Louisiana, La., Maine, Maryland, Md., Massachusetts, Mass., Michigan,
		Mich., Minnesota, Minn., Mississippi, Miss., Missouri, Mo., Montana, Mont., Nebraska,
		Neb., Nevada, Nev., New Hampshire, N.H., New Jersey, N.J., New Mexico, N.M., New York,
		N.Y., North Carolina, N.C., North Dakota, N.D., Ohio, Oklahoma, Okla., Oregon, Ore.,
		Pennsylvania, Pa., Rhode Island, R.I., South Carolina, S.C., South Dakota, S.D.,
		Tennessee, Tenn., Texas, Tex., Utah, Vermont, Vt., Virginia, Va., Washington, Wash.,
		West Virginia, W.Va., Wisconsin, Wis., Wyoming, Wyo., D.C.`, ",") {
		toks := tokenize(strings.TrimSpace(st))
		m[toks[0]] = append(m[toks[0]], toks)
	}
	return m
}()

// isUSState reports whether the folded tokens name a state: "Arizona, Wyoming" lists two.
func isUSState(toks []string) bool {
	for _, st := range usStates[toks[0]] {
		if slices.Equal(st, toks) {
			return true
		}
	}
	return false
}

// usState returns the token after ", State" at token i ("Birmingham, Ala.", "Buffalo,
// N.Y."), or -1. A state written in full ("Paris, Texas") counts only when full is true and
// punctuation follows it: "in London, New York and Paris" lists cities.
func (s *scanner) usState(i int, full bool) int {
	toks := s.z.toks
	if !s.is(i, ",") || i+1 >= len(toks) || !toks[i+1].upper {
		return -1
	}
	best := -1
next:
	for _, st := range usStates[s.fold(i+1)] {
		e := i + 1 + len(st)
		if e > len(toks) || e <= best {
			continue
		}
		for k := 1; k < len(st); k++ {
			if s.fold(i+1+k) != st[k] {
				continue next
			}
		}
		if st[len(st)-1] != "." && (!full || e < len(toks) && toks[e].word) {
			continue
		}
		best = e
	}
	return best
}
