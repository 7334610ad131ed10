package data

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPrintable8 checks the word test against the byte test for every byte at
// every place among printable bytes, and for random words.
func TestPrintable8(t *testing.T) {
	naive := func(s string) bool {
		for i := range 8 {
			if s[i] < 0x20 || s[i] > 0x7e {
				return false
			}
		}
		return true
	}
	for _, fill := range []byte{' ', 'a', '~', '\x7f', '\x1f', 0x80, 0xff, 0} {
		for pos := range 8 {
			for c := range 256 {
				b := []byte(strings.Repeat(string(rune(fill))[:1], 8))
				if fill >= 0x80 {
					b = []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				}
				b[pos] = byte(c)
				if got, want := printable8(string(b)), naive(string(b)); got != want {
					t.Fatalf("printable8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b [8]byte
		for i := range b {
			b[i] = byte(r.IntN(0x90)) // mostly ASCII, some high bytes
		}
		if got, want := printable8(string(b[:])), naive(string(b[:])); got != want {
			t.Fatalf("printable8(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestIsTidy checks that isTidy holds exactly for the texts tidyLines leaves as they are.
func TestIsTidy(t *testing.T) {
	for _, s := range []string{
		"", "a", "a\nb", "a\n\nb", "a\n\n\nb", "\na", "a\n", "a \nb", "a\t", " a", " a\n b",
		"a\n \nb", "a\n\t\nb", "a\n\u00a0\nb", "a\n\r\nb", "a\r\nb", "\u00a0a", "a\u00a0", "a\n\n", "\n", "\n\n",
		"a\n\v\nb", "a\n\f", " ", "\u3000", "x\n\u2028\ny", "\n\na\n\nb\n\n", "\n \na", "a \t\n \n\t\n",
		"  a\n", "\n\n  a  \n", "a\n\u00a0\n",
	} {
		if got, want := isTidy(s), retidy(s) == s; got != want {
			t.Errorf("isTidy(%q) = %v, want %v", s, got, want)
		}
		if got, want := tidyLines(s), retidy(s); got != want {
			t.Errorf("tidyLines(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzTidyLines(f *testing.F) {
	for _, s := range []string{"a\n\nb", "a \n\n\n b\t\n", "\u00a0\n\r\n", "x\n\v\ny"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tidy := retidy(s)
		if got := tidyLines(s); got != tidy {
			t.Fatalf("tidyLines(%q) = %q, want %q", s, got, tidy)
		}
		if got, want := isTidy(s), tidy == s; got != want {
			t.Fatalf("isTidy(%q) = %v, but tidyLines gives %q", s, got, tidy)
		}
		if !isTidy(tidy) || tidyLines(tidy) != tidy {
			t.Fatalf("tidyLines(%q) = %q is not tidy", s, tidy)
		}
	})
}

// TestLooksBinaryWords checks the word-at-a-time count of control bytes against a byte
// loop, on texts with more and fewer control and high bytes than the threshold allows.
func TestLooksBinaryWords(t *testing.T) {
	naive := func(b []byte) bool {
		head := b[:min(len(b), 8000)]
		ctl := 0
		for _, c := range head {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctl++
			}
		}
		return ctl*20 > len(head)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		b := make([]byte, 1+r.IntN(9000))
		p := r.IntN(12) // in 100: how many control bytes
		for i := range b {
			switch k := r.IntN(100); {
			case k < p:
				b[i] = byte(r.IntN(0x20))
			case k < 2*p:
				b[i] = 0x80 + byte(r.IntN(0x80))
			default:
				b[i] = 'a' + byte(r.IntN(26))
			}
		}
		b[0] = 'x' // no magic number
		if got, want := looksBinary(b), naive(b); got != want {
			t.Fatalf("looksBinary(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestReadFile reads files of sizes around the size limit and the read sizes whole, and
// refuses the ones over the limit.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	const limit = 10000
	for _, n := range []int{1, 7, 8, 4095, 4096, 4097, limit - 1, limit, limit + 1} {
		want := strings.Repeat("abcdefg\n", n/8+1)[:n]
		path := filepath.Join(dir, fmt.Sprintf("f%d.txt", n))
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		in, err := readFile(path, limit)
		switch {
		case n > limit:
			if !errors.Is(err, ErrTooLarge) {
				t.Errorf("size %d: got %v, want ErrTooLarge", n, err)
			}
		case err != nil:
			t.Errorf("size %d: %v", n, err)
		case string(in.data) != want:
			t.Errorf("size %d: read %d bytes, want %d", n, len(in.data), n)
		}
	}
	if _, err := readFile(filepath.Join(dir, "missing.txt"), limit); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: got %v, want ErrNotExist", err)
	}
	if _, err := readFile(dir, limit); err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("folder: got %v, want a folder error", err)
	}
}
