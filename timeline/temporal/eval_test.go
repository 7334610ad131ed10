package temporal

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// This file scores Tag on TimeML gold data with the TempEval-3 Task A rules
// (../shared/tempeval/README.md, tools/te3eval.py).

// goldTimex is one gold TIMEX3 with byte offsets into the raw text.
type goldTimex struct {
	start, end int
	text       string
	typ, value string
}

// goldDoc is one TimeML file: its DCT, raw text and gold timexes.
type goldDoc struct {
	name string
	dct  time.Time
	text string
	gold []goldTimex
}

// readTML parses a TimeML file as te3eval.py does: the raw input is TEXT
// with all tags stripped; the DCT timex and empty timexes are not scored.
func readTML(path string) (goldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return goldDoc{}, err
	}
	defer f.Close()
	doc := goldDoc{name: filepath.Base(path)}
	dec := xml.NewDecoder(f)
	dec.Strict = false
	var buf strings.Builder
	inText := false
	type open struct {
		start      int
		typ, value string
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return goldDoc{}, fmt.Errorf("parse %s: %w", path, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "TEXT" {
				inText = true
				continue
			}
			if t.Name.Local != "TIMEX3" {
				continue
			}
			o := open{start: buf.Len()}
			fn := ""
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "type":
					o.typ = a.Value
				case "value":
					o.value = a.Value
				case "functionInDocument":
					fn = a.Value
				}
			}
			if fn == "CREATION_TIME" && doc.dct.IsZero() {
				// The publication time, with its clock when the gold gives one
				// ("2018-10-29T16:20"), as the loader hands it to the tagger.
				v := o.value
				if d, err := time.Parse("2006-01-02T15:04", v); err == nil {
					doc.dct = d
				} else if len(v) >= 10 {
					if d, err := time.Parse("2006-01-02", v[:10]); err == nil {
						doc.dct = d
					}
				}
			}
			stack = append(stack, o)
		case xml.EndElement:
			if t.Name.Local == "TEXT" {
				inText = false
			}
			if t.Name.Local != "TIMEX3" || len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !inText {
				continue
			}
			s := buf.String()[o.start:]
			if strings.TrimSpace(s) != "" {
				doc.gold = append(doc.gold, goldTimex{start: o.start, end: buf.Len(), text: s, typ: o.typ, value: o.value})
			}
		case xml.CharData:
			if inText {
				buf.Write(t)
			}
		}
	}
	doc.text = buf.String()
	sort.SliceStable(doc.gold, func(a, b int) bool { return doc.gold[a].start < doc.gold[b].start })
	return doc, nil
}

// scores are summed counts over a corpus.
type scores struct {
	gold, sys, relaxed, strict, typ, value int
}

func (s scores) f1(m int) float64 {
	if s.gold+s.sys == 0 {
		return 0
	}
	return 200 * float64(m) / float64(s.gold+s.sys)
}

func (s scores) String() string {
	return fmt.Sprintf("gold=%d system=%d strict F1=%.2f relaxed F1=%.2f type F1=%.2f value F1=%.2f",
		s.gold, s.sys, s.f1(s.strict), s.f1(s.relaxed), s.f1(s.typ), s.f1(s.value))
}

// score matches system timexes to gold ones as the official scorer does:
// overlap, one-to-one, greedy in text order. It returns the counts and a
// line per error.
func score(text string, gold []goldTimex, sys []Timex) (scores, []string) {
	s := scores{gold: len(gold), sys: len(sys)}
	var errs []string
	used := make([]bool, len(gold))
	matched := make([]bool, len(sys))
	last := -1
	for si, x := range sys {
		for gi := last + 1; gi < len(gold); gi++ {
			g := gold[gi]
			if used[gi] {
				continue
			}
			if g.start < x.End && x.Start < g.end {
				used[gi], matched[si], last = true, true, gi
				s.relaxed++
				if g.text == x.Text {
					s.strict++
				}
				if g.typ == string(x.Type) {
					s.typ++
				}
				if g.value == x.Value {
					s.value++
				}
				if g.text != x.Text || g.value != x.Value || g.typ != string(x.Type) {
					errs = append(errs, fmt.Sprintf("DIFF\tgold %q %s %s\tsys %q %s %s\t%s", g.text, g.typ, g.value, x.Text, x.Type, x.Value, around(text, g.start, g.end)))
				} else if os.Getenv("DATELINE_TEMPEVAL_OK") != "" {
					errs = append(errs, fmt.Sprintf("OK\tgold %q %s %s\tsys %q %s %s\t%s", g.text, g.typ, g.value, x.Text, x.Type, x.Value, around(text, g.start, g.end)))
				}
				break
			}
			if g.start >= x.End {
				break
			}
		}
	}
	for gi, g := range gold {
		if !used[gi] {
			errs = append(errs, fmt.Sprintf("MISS\tgold %q %s %s\t%s", g.text, g.typ, g.value, around(text, g.start, g.end)))
		}
	}
	for si, x := range sys {
		if !matched[si] {
			errs = append(errs, fmt.Sprintf("EXTRA\tsys %q %s %s\t%s", x.Text, x.Type, x.Value, around(text, x.Start, x.End)))
		}
	}
	return s, errs
}

// around quotes text[start:end] in brackets with some context either side,
// on one line, for the error file.
func around(text string, start, end int) string {
	const n = 60
	a, b := max(start-n, 0), min(end+n, len(text))
	s := text[a:start] + "[" + text[start:end] + "]" + text[end:b]
	return strings.Join(strings.Fields(s), " ")
}

func (s *scores) add(o scores) {
	s.gold += o.gold
	s.sys += o.sys
	s.relaxed += o.relaxed
	s.strict += o.strict
	s.typ += o.typ
	s.value += o.value
}

// tempevalDir locates ../shared/tempeval from the module root, or
// $DATELINE_TEMPEVAL.
func tempevalDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("DATELINE_TEMPEVAL")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "tempeval")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no TimeML gold data at %s (set DATELINE_TEMPEVAL)", dir)
	}
	return dir
}

// evalDirs scores Tag on every .tml file under dirs. With
// DATELINE_TEMPEVAL_ERRORS set, error lines are written to that file (and,
// with DATELINE_TEMPEVAL_OK also set, the correct matches as OK lines).
func evalDirs(t *testing.T, narrative bool, dirs ...string) scores {
	t.Helper()
	var total scores
	var errs []string
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no .tml files in %s", dir)
		}
		for _, f := range files {
			doc, err := readTML(f)
			if err != nil {
				t.Fatal(err)
			}
			sys := Tag(doc.text, Ref{DCT: doc.dct, Narrative: narrative})
			checkInvariants(t, doc.text, sys)
			s, e := score(doc.text, doc.gold, sys)
			total.add(s)
			for _, line := range e {
				errs = append(errs, doc.name+"\t"+line)
			}
		}
	}
	if out := os.Getenv("DATELINE_TEMPEVAL_ERRORS"); out != "" {
		name := out + "." + filepath.Base(dirs[0])
		if err := os.WriteFile(name, []byte(strings.Join(errs, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return total
}

// checkFloors fails t when an F1 score of s lies under its floor.
func checkFloors(t *testing.T, s scores, strict, relaxed, typ, value float64) {
	t.Helper()
	for _, c := range []struct {
		name  string
		got   float64
		floor float64
	}{
		{"strict", s.f1(s.strict), strict},
		{"relaxed", s.f1(s.relaxed), relaxed},
		{"type", s.f1(s.typ), typ},
		{"value", s.f1(s.value), value},
	} {
		if c.got < c.floor {
			t.Errorf("%s F1 = %.2f, want >= %.1f", c.name, c.got, c.floor)
		}
	}
}

// Floors for TBAQ; raised as the tagger improves. The value floor came
// down from 83.0 to 82.9 once: AQUAINT leaves "the sites struck overnight
// with the embassy attacks" (APW19980820.1428) untagged, and the tagger
// now tags it. The strict floor came down from 90.0 to 89.7 once: one
// AQUAINT story, told in five files, leaves "the" out of "in the weeks
// before the shooting", where TimeBank and the held-out news gold take it
// in, and the tagger now does. The value floor came down again, to 82.8:
// TimeBank has "the past year" as that year twice in three, the held-out
// news gold as a span eight times in eight, and the tagger now follows the
// news.
const (
	floorStrict  = 89.7
	floorRelaxed = 94.6
	floorValue   = 82.8
)

func TestTempEvalTBAQ(t *testing.T) {
	dir := tempevalDir(t)
	tb := evalDirs(t, false, filepath.Join(dir, "tbaq", "TimeBank"))
	aq := evalDirs(t, false, filepath.Join(dir, "tbaq", "AQUAINT"))
	t.Logf("TimeBank: %s", tb)
	t.Logf("AQUAINT:  %s", aq)
	s := tb
	s.add(aq)
	t.Logf("TBAQ:     %s", s)
	if s.gold < 1800 {
		t.Errorf("read %d gold timexes, want about 1,822", s.gold)
	}
	if f := s.f1(s.strict); f < floorStrict {
		t.Errorf("strict F1 = %.2f, want >= %.1f", f, floorStrict)
	}
	if f := s.f1(s.relaxed); f < floorRelaxed {
		t.Errorf("relaxed F1 = %.2f, want >= %.1f", f, floorRelaxed)
	}
	if f := s.f1(s.value); f < floorValue {
		t.Errorf("value F1 = %.2f, want >= %.1f", f, floorValue)
	}
}

func TestTempEvalWikiWars(t *testing.T) {
	dir := tempevalDir(t)
	s := evalDirs(t, true, filepath.Join(dir, "wikiwars-train"))
	t.Logf("WikiWars: %s", s)
	// WikiWars types every timex DATE, so only extent and value count.
	if f := s.f1(s.relaxed); f < 93.9 {
		t.Errorf("relaxed F1 = %.2f, want >= 93.9", f)
	}
	if f := s.f1(s.value); f < 86.8 {
		t.Errorf("value F1 = %.2f, want >= 86.8", f)
	}
}

// BenchmarkTagTBAQ tags the raw texts of the TBAQ corpus (real newswire).
func BenchmarkTagTBAQ(b *testing.B) {
	dir := os.Getenv("DATELINE_TEMPEVAL")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "tempeval")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "tbaq", "*", "*.tml"))
	if len(files) == 0 {
		b.Skipf("no TimeML gold data at %s", dir)
	}
	benchTagFiles(b, files)
}

// benchTagFiles tags the raw texts of the TimeML files each round,
// reporting MB/s and the gold expressions per KB of text.
func benchTagFiles(b *testing.B, files []string) {
	var docs []goldDoc
	size, gold := 0, 0
	for _, f := range files {
		d, err := readTML(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.text)
		gold += len(d.gold)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			Tag(d.text, Ref{DCT: d.dct})
		}
	}
	b.ReportMetric(float64(gold)/float64(size)*1024, "timex/KB")
}
