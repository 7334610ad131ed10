package data

import (
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed samples/*.txt
var samples embed.FS

// DefaultMaxBytes is the largest input file Load accepts unless told otherwise.
const DefaultMaxBytes = 32 << 20

// Options tune Load.
type Options struct {
	MaxBytes int64                 // per-file size limit; 0 means DefaultMaxBytes
	Stdin    io.Reader             // read for the input "-"; nil means os.Stdin
	Progress func(done, total int) // called after each file, may be nil
}

// Samples returns the embedded sample articles.
func Samples() ([]Article, error) {
	names, err := fs.Glob(samples, "samples/*.txt")
	if err != nil {
		return nil, fmt.Errorf("list samples: %w", err)
	}
	var out []Article
	for _, n := range names {
		b, err := samples.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read sample %s: %w", n, err)
		}
		a, err := ParseText(n, b)
		if err != nil {
			return nil, fmt.Errorf("parse sample %s: %w", n, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// Load reads every input (file, directory, or "-" for stdin) and returns the
// articles it could load. Problems with single inputs are collected in the
// returned ErrorList and never stop the rest from loading.
func Load(ctx context.Context, inputs []string, opt Options) ([]Article, ErrorList) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	var errs ErrorList
	var files []string
	for _, in := range inputs {
		if in == "-" {
			files = append(files, in)
			continue
		}
		fs, err := expand(in)
		if err != nil {
			errs = append(errs, &FileError{Input: in, Err: err})
		}
		files = append(files, fs...)
	}
	var arts []Article
	for i, f := range files {
		if ctx.Err() != nil {
			errs = append(errs, &FileError{Input: f, Err: ctx.Err()})
			break
		}
		a, err := loadFile(f, opt)
		if err != nil {
			errs = append(errs, &FileError{Input: f, Err: err})
		} else {
			arts = append(arts, a)
		}
		if opt.Progress != nil {
			opt.Progress(i+1, len(files))
		}
	}
	return arts, errs
}

// expand turns a directory into the article files below it, skipping hidden
// entries; a plain path is returned as is.
func expand(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open: %w", err)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable entries are skipped; the rest still load
		}
		name := d.Name()
		if p != path && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && isArticleName(name) {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func isArticleName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown", "":
		return true
	}
	return false
}

func loadFile(path string, opt Options) (Article, error) {
	var r io.Reader
	if path == "-" {
		r = opt.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return Article{}, fmt.Errorf("cannot open: %w", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, opt.MaxBytes+1))
	if err != nil {
		return Article{}, fmt.Errorf("cannot read: %w", err)
	}
	if int64(len(b)) > opt.MaxBytes {
		return Article{}, fmt.Errorf("larger than the %d MiB limit", opt.MaxBytes>>20)
	}
	return ParseText(path, b)
}
