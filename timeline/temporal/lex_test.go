package temporal

import (
	"fmt"
	"go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// refLexicon is the lexicon as a plain map, for the reference scanner.
var refLexicon = buildLexicon()

// refLookup looks word w up in refLexicon, ignoring ASCII case.
func refLookup(w string) lexeme {
	if len(w) > maxWord {
		return lexeme{}
	}
	b := []byte(w)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return refLexicon[string(b)]
}

// refUniPunct reads the UTF-8 punctuation at text[i] as uniPunct does: the
// ASCII byte the rules see and the length of the sequence, or 0, 0.
func refUniPunct(text string, i int) (byte, int) {
	switch {
	case strings.HasPrefix(text[i:], "\u00a0"): // no-break space
		return ' ', 2
	case strings.HasPrefix(text[i:], "‘"), strings.HasPrefix(text[i:], "’"):
		return '\'', 3
	case strings.HasPrefix(text[i:], "“"), strings.HasPrefix(text[i:], "”"):
		return '"', 3
	case strings.HasPrefix(text[i:], "…"):
		return '.', 3
	}
	for r := '\u2010'; r <= '\u2014'; r++ { // hyphens, en and em dashes
		if strings.HasPrefix(text[i:], string(r)) {
			return '-', 3
		}
	}
	return 0, 0
}

// refScan is the reference scanner: a direct, unoptimized statement of
// what the scanner produces. It returns every token of text and the
// indices of the tokens that trigger the rules.
func refScan(text string) (toks []token, queue []int32) {
	nl := false
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '\n':
			nl = true
			i++
			continue
		}
		pc, k := refUniPunct(text, i)
		if pc == ' ' {
			i += k
			continue
		}
		t := token{start: int32(i), c: c, nl: nl}
		nl = false
		switch {
		case k > 0: // a UTF-8 punctuation mark
			t.c, t.kind = pc, tPunct
			i += k
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			// Letters and non-ASCII bytes, up to anything else or a UTF-8
			// punctuation mark.
			j := i + 1
			for j < len(text) {
				b := text[j]
				if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80) {
					break
				}
				if _, k := refUniPunct(text, j); k > 0 {
					break
				}
				j++
			}
			t.kind, t.cap = tWord, c >= 'A' && c <= 'Z'
			t.lx = refLookup(text[i:j])
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && isDigit(text[j]) {
				if j-i < 9 {
					t.num = t.num*10 + int32(text[j]-'0')
				}
				j++
			}
			t.kind, t.ndig = tNum, uint8(min(j-i, 255))
			// Thousands groups "12,000" and decimals "3.5" stay one token.
			for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && isDigit(text[j+1]) {
				k := j + 1
				for k < len(text) && isDigit(text[k]) {
					k++
				}
				if text[j] == ',' && k-j-1 != 3 {
					break
				}
				t.sep = true
				j = k
			}
			i = j
		default:
			t.kind = tPunct
			i++
		}
		t.end = int32(i)
		if t.trigger() {
			queue = append(queue, int32(len(toks)))
		}
		toks = append(toks, t)
	}
	return toks, queue
}

// scanAll runs the scanner over text, filling step tokens at a time, and
// returns every token and the trigger queue.
func scanAll(text string, step int) (toks []token, queue []int32) {
	var s scanner
	s.text = text
	for !s.done {
		s.fill(s.n + step)
		for i := len(toks); i < s.n; i++ {
			toks = append(toks, *s.t(i))
		}
		for ; s.qHead < s.qTail; s.qHead++ {
			queue = append(queue, s.queue[s.qHead&queueMask])
		}
	}
	return toks, queue
}

// diffScan compares the scanner with the reference on text and describes
// the first difference.
func diffScan(text string, step int) string {
	want, wantQ := refScan(text)
	got, gotQ := scanAll(text, step)
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("token %d %q: got %+v, want %+v", i, text[want[i].start:want[i].end], got[i], want[i])
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("got %d tokens, want %d", len(got), len(want))
	}
	if fmt.Sprint(gotQ) != fmt.Sprint(wantQ) {
		return fmt.Sprintf("queue: got %v, want %v", gotQ, wantQ)
	}
	return ""
}

func TestScanner(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens as text/kind, separated by spaces; see tokenString
	}{
		{"", ""},
		{"   \t\r\n ", ""},
		{"Wednesday, July 24, 2024.", "Wednesday/w* ,/p July/w* 24/n* ,/p 2024/n* ./p"},
		{"the past three months", "the/w* past/w* three/w* months/w*"},
		{"12,000 3.5 1,23 1.2.3 123456789012", "12,000/n* 3.5/n* 1/n* ,/p 23/n* 1.2.3/n* 123456789012/n*"},
		{"'90s mid-1990s", "'/p* 90/n* s/w mid/w* -/p 1990/n* s/w"},
		{"Syria’s “Wednesday” 1861–1865 … ok", "Syria/w '/p* s/w \"/p Wednesday/w* \"/p 1861/n* -/p 1865/n* ./p ok/w"},
		{"a\u00a0b\u00a0\u00a0c", "a/w* b/w c/w"},
		{"café Zürich naïve", "café/w Zürich/w naïve/w"},
		{"\u00c2\u00e2 \xc2 \xe2\x80 \xe2", "\u00c2\u00e2/w \xc2/w \xe2\x80/w \xe2/w"},
		{"MONDAY Monday monday mOnDaY", "MONDAY/w* Monday/w* monday/w mOnDaY/w"},
		{"abcdefghijklmnop Independence", "abcdefghijklmnop/w Independence/w*"},
		{"x\ny\n\nz", "x/w y/w z/w"},
		{"3pm 5:30 a.m.", "3/n* pm/w 5/n* :/p 30/n* a/w* ./p m/w ./p"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks, queue := scanAll(tt.text, 64)
			if got := tokenString(tt.text, toks, queue); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, step := range []int{1, 3, 64} {
				if d := diffScan(tt.text, step); d != "" {
					t.Errorf("step %d: %s", step, d)
				}
			}
		})
	}
}

// tokenString writes tokens as text/kind (w word, n number, p punctuation),
// with * on trigger tokens.
func tokenString(text string, toks []token, queue []int32) string {
	trig := map[int32]bool{}
	for _, i := range queue {
		trig[i] = true
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		s := text[t.start:t.end]
		if t.kind == tPunct && len(s) > 1 {
			s = string(t.c) // UTF-8 punctuation reads as ASCII
		}
		b.WriteString(s + "/" + string("?wnp"[t.kind]))
		if trig[int32(i)] {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// TestScannerCorpus compares the scanner with the reference on the test
// texts and, when present, the TimeML corpora.
func TestScannerCorpus(t *testing.T) {
	names, _ := filepath.Glob("testdata/*.txt")
	for _, g := range []string{"tbaq/*/*.tml", "wikiwars-train/*.tml"} {
		m, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "tempeval", g))
		names = append(names, m...)
	}
	if len(names) == 0 {
		t.Fatal("no texts")
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if d := diffScan(string(b), 64); d != "" {
			t.Errorf("%s: %s", name, d)
		}
	}
}

func TestWordTable(t *testing.T) {
	if len(refLexicon) < 250 {
		t.Fatalf("lexicon has %d words", len(refLexicon))
	}
	for w, want := range refLexicon {
		if want == (lexeme{}) {
			t.Errorf("%q has an empty entry", w)
		}
		forms := []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]}
		for _, f := range forms {
			if got := lexicon.lookup(f); got != want {
				t.Errorf("lookup(%q) = %+v, want %+v", f, got, want)
			}
		}
		// Near misses: other letters, lengths and bytes.
		misses := []string{w + "x", w[1:], w[:len(w)-1], "x" + w, w + w, w[:len(w)-1] + "\x80", "\xc3" + w[1:]}
		for k := range len(w) {
			for _, c := range []byte{'a', 'q', 'Z', '@', '[', '`', '{', 0xE1} {
				misses = append(misses, w[:k]+string(c)+w[k+1:])
			}
		}
		for _, m := range misses {
			if got, want := lexicon.lookup(m), refLookup(m); got != want {
				t.Errorf("lookup(%q) = %+v, want %+v", m, got, want)
			}
		}
	}
	for _, w := range []string{"", "x", "thee", "monthly1", "Wednesdays", "abcdefghijklmnopq"} {
		if got, want := lexicon.lookup(w), refLookup(w); got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
}

// TestWordTableKeys checks that keys no word can match are left out
// rather than folded wrongly.
func TestWordTableKeys(t *testing.T) {
	wt := newWordTable(map[string]lexeme{"mid": {cls: cKey, v: kMid}, "o'clock": {cls: cKey, v: kNow}, "Jan": {cls: cMonth, v: 1}, "ab1": {cls: cNumber, v: 1}})
	for w, want := range map[string]lexeme{"MID": {cls: cKey, v: kMid}, "o'clock": {}, "oAclock": {}, "jan": {}, "Jan": {}, "ab1": {}, "abq": {}} {
		if got := wt.lookup(w); got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
}

// TestFoldKey checks that foldKey reads a word the same wherever it lies:
// with room for eight bytes after its start, only before its end, or
// neither.
func TestFoldKey(t *testing.T) {
	for _, w := range []string{"a", "AM", "the", "Wed", "sept", "March", "MONDAY", "tonight", "thousand", "SEPTEMBER", "thanksgiving", "abcdefghijklmno", "\xe9t\xe9", "[@`{"} {
		wantLo, wantHi := foldKey(w, 0, len(w))
		for _, pad := range []string{"", " ", "12345678", "123456789012345"} {
			for _, text := range []string{pad + w, w + pad, pad + w + pad} {
				i := strings.Index(text, w)
				if lo, hi := foldKey(text, i, i+len(w)); lo != wantLo || hi != wantHi {
					t.Errorf("foldKey(%q, %d, %d) = %x, %x, want %x, %x", text, i, i+len(w), lo, hi, wantLo, wantHi)
				}
			}
		}
	}
}

func FuzzScanner(f *testing.F) {
	f.Add("Putin hosted Assad on Wednesday, July 24, 2024, two years ago since March 2011.")
	f.Add("3 p.m. 11/02/89 1998-08-07 the 1990s '90s 12,000 3.5 1,23 fiscal 1989 every week")
	f.Add("Syria’s “Wednesday” 1861–1865 … â \xc2\xa0 \xe2\x80 \xc2")
	for _, name := range []string{"testdata/news.txt", "testdata/dense.txt"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, step := range []int{1, 7, 64} {
			if d := diffScan(text, step); d != "" {
				t.Fatalf("step %d: %s", step, d)
			}
		}
	})
}

// BenchmarkScan scans texts without running the rules.
func BenchmarkScan(b *testing.B) {
	texts := map[string]string{}
	for _, name := range []string{"news", "dense"} {
		data, err := os.ReadFile("testdata/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		texts[name] = string(data)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "tempeval", "tbaq", "*", "*.tml"))
	var tbaq strings.Builder
	for _, f := range files {
		d, err := readTML(f)
		if err != nil {
			b.Fatal(err)
		}
		tbaq.WriteString(d.text)
	}
	if tbaq.Len() > 0 {
		texts["tbaq"] = tbaq.String()
	}
	for _, name := range []string{"news", "dense", "tbaq"} {
		text, ok := texts[name]
		if !ok {
			continue
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			var s scanner
			for b.Loop() {
				s = scanner{text: text}
				for !s.done {
					s.fill(s.n + ringSize/2)
					s.qHead = s.qTail
				}
			}
		})
	}
}

// TestWordListsMatchTokens: every word the rules compare a token to with is
// or isAny must be able to match one, that is be one word as the scanner
// cuts it, in lower case. "FY", "didn't" or "3" never match, and the check
// they stand in silently never holds.
func TestWordListsMatchTokens(t *testing.T) {
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "is" && sel.Sel.Name != "isAny" {
				return true
			}
			calls++
			for _, a := range call.Args[1:] {
				lit, ok := a.(*ast.BasicLit)
				if !ok || lit.Kind != gotoken.STRING {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				var s scanner
				s.text = w
				s.fill(2)
				if s.n != 1 || s.ring[0].kind != tWord || strings.ToLower(w) != w {
					t.Errorf("%s: %s(..., %q) can never match a word token", fset.Position(lit.Pos()), sel.Sel.Name, w)
				}
			}
			return true
		})
	}
	if calls < 1000 {
		t.Fatalf("found only %d calls of is and isAny; the check reads the wrong files", calls)
	}
}
