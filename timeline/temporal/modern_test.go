package temporal

import (
	"path/filepath"
	"testing"
)

// Floors for the hand-annotated modern news set (testdata/modern): 14
// original articles in 2019-2026 wire, British, US, business, live-blog,
// feature and day-first numeric styles, annotated blind to the tagger.
// Floors sit about 1.5 points under the measured scores; raise them as the
// tagger improves.
const (
	floorModernStrict  = 97.5
	floorModernRelaxed = 98.5
	floorModernType    = 98.0
	floorModernValue   = 95.0
)

func TestModernNews(t *testing.T) {
	s := evalDirs(t, false, filepath.Join("testdata", "modern"))
	t.Logf("modern: %s", s)
	if s.gold != 438 {
		t.Errorf("read %d gold timexes, want 438", s.gold)
	}
	checkFloors(t, s, floorModernStrict, floorModernRelaxed, floorModernType, floorModernValue)
}
