package data

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

//go:embed samples/*.txt
var samples embed.FS

// DefaultMaxBytes is the largest input (file, page or stdin) Load accepts unless told otherwise.
const DefaultMaxBytes = 32 << 20

// Options tune Load. The zero value is ready to use.
type Options struct {
	MaxBytes  int64                 // per-input size limit; 0 means DefaultMaxBytes
	Stdin     io.Reader             // read for the input "-"; nil means os.Stdin
	Progress  func(done, total int) // called as each input completes, never concurrently; may be nil
	Client    *http.Client          // fetches URLs; nil means a client with Timeout
	Timeout   time.Duration         // per URL when Client is nil; 0 means DefaultTimeout
	UserAgent string                // sent with every request; "" means DefaultUserAgent
	Workers   int                   // inputs loaded at once; 0 means GOMAXPROCS
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

// source is one thing to read: a file, stdin or a URL.
type source struct {
	name string // as reported: the path, "-" or the URL
	kind int
	err  error // why a path could not be listed (kind fromError)
}

const (
	fromFile = iota
	fromStdin
	fromURL
	fromError
)

// result is what loading one source produced.
type result struct {
	arts []Article
	errs []*FileError
}

// Load reads every input (file, directory, http or https URL, or "-" for
// stdin) and returns the articles it could load, in input order and, within
// a directory, in path order. A feed or a JSON lines file yields several
// articles; an article met twice (same URL and text) is returned once.
// Problems with single inputs (or single lines) are collected in
// the returned ErrorList and never stop the rest from loading.
func Load(ctx context.Context, inputs []string, opt Options) ([]Article, ErrorList) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var errs ErrorList
	srcs := collect(inputs)
	results := make([]result, len(srcs))
	f := fetcher{client: opt.Client, userAgent: opt.UserAgent, maxBytes: opt.MaxBytes}
	if f.client == nil {
		f.client = newClient(opt.Timeout)
	}
	if f.userAgent == "" {
		f.userAgent = DefaultUserAgent
	}

	var (
		mu   sync.Mutex
		done int
		wg   sync.WaitGroup
		next = make(chan int)
	)
	for range min(workers, len(srcs)) {
		wg.Go(func() {
			for i := range next {
				results[i] = loadSource(ctx, srcs[i], opt, f)
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(srcs))
					mu.Unlock()
				}
			}
		})
	}
	for i := range srcs {
		if ctx.Err() != nil {
			errs = append(errs, &FileError{Input: srcs[i].name, Err: fmt.Errorf("not loaded: %w (%d inputs left)", ctx.Err(), len(srcs)-i)})
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()

	var arts []Article
	seen := map[string]bool{}
	for _, r := range results {
		for _, a := range r.arts {
			if !seen[a.ID] { // the same article twice (a page saved and fetched) is kept once
				seen[a.ID] = true
				arts = append(arts, a)
			}
		}
		errs = append(errs, r.errs...)
	}
	return arts, errs
}

// collect turns the inputs into sources: URLs and "-" as they are, folders
// expanded, each path once; a path that cannot be listed keeps its place
// as an error source, so errors come out in input order too.
func collect(inputs []string) []source {
	var srcs []source
	seen := map[string]bool{}
	add := func(s source) {
		if !seen[s.name] {
			seen[s.name] = true
			srcs = append(srcs, s)
		}
	}
	for _, in := range inputs {
		switch {
		case in == "-":
			add(source{name: in, kind: fromStdin})
		case isURL(in):
			add(source{name: in, kind: fromURL})
		default:
			paths, err := expand(in)
			for _, p := range paths {
				add(source{name: p, kind: fromFile})
			}
			if err != nil {
				srcs = append(srcs, source{name: in, kind: fromError, err: err})
			}
		}
	}
	return srcs
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// expand turns a directory into the article files below it, skipping hidden
// entries and files that are obviously not articles; a plain path is
// returned as is.
func expand(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		if target, ok := danglingLink(path); ok {
			return nil, fmt.Errorf("broken symbolic link: its target %s does not exist", target)
		}
		return nil, osReason(err)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == path {
				return err
			}
			out = append(out, p) // loading it reports the problem by name
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != path && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != path && d.IsDir() && strings.HasSuffix(name, "_files") {
			return filepath.SkipDir // the images and scripts of a page saved from a browser
		}
		if d.IsDir() || skipName(name) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				return nil // linked folders are not followed: they may loop
			}
		} else if !d.Type().IsRegular() {
			return nil // sockets, devices and pipes
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return out, osReason(err)
	}
	if len(out) == 0 {
		return nil, errors.New("folder holds no article files (text, Markdown, HTML, feeds or JSON lines)")
	}
	return out, nil
}

// skipExt lists extensions of files that are obviously not articles; a
// folder walk passes them over silently.
var skipExt = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true, ".ico": true,
	".bmp": true, ".tif": true, ".tiff": true, ".avif": true, ".heic": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".wav": true, ".ogg": true, ".webm": true, ".mov": true, ".avi": true, ".mkv": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	".css": true, ".js": true, ".mjs": true, ".map": true, ".wasm": true,
	".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".zst": true, ".7z": true, ".rar": true, ".tar": true,
	".exe": true, ".dll": true, ".so": true, ".dylib": true, ".o": true, ".a": true, ".pyc": true, ".class": true, ".jar": true,
	".db": true, ".sqlite": true, ".lock": true, ".swp": true, ".tmp": true, ".part": true, ".crdownload": true,
}

// skipName reports whether a file found in a folder is obviously not an article.
func skipName(name string) bool {
	if strings.HasSuffix(name, "~") || name == "Thumbs.db" || name == "desktop.ini" {
		return true
	}
	return skipExt[strings.ToLower(filepath.Ext(name))]
}

// loadSource reads and parses one source, naming it in every error.
func loadSource(ctx context.Context, s source, opt Options, f fetcher) result {
	var (
		in  input
		err error
	)
	switch s.kind {
	case fromStdin:
		r := opt.Stdin
		if r == nil {
			r = os.Stdin
		}
		in, err = readAll(r, opt.MaxBytes)
	case fromURL:
		in, err = f.fetch(ctx, s.name)
	case fromError:
		err = s.err
	default:
		in, err = readFile(s.name, opt.MaxBytes)
	}
	if err != nil {
		return result{errs: []*FileError{{Input: s.name, Err: err}}}
	}
	in.path = s.name
	arts, errs := safeParse(in)
	for _, e := range errs {
		e.Input = s.name
	}
	return result{arts: arts, errs: errs}
}

// safeParse is parse with a guard: should a parser (ours or a library's)
// panic on some input, that input is reported and the batch goes on.
func safeParse(in input) (arts []Article, errs []*FileError) {
	defer func() {
		if r := recover(); r != nil {
			arts, errs = nil, []*FileError{{Err: fmt.Errorf("could not be read (internal error: %v); please report this file", r)}}
		}
	}()
	return parse(in)
}

// readFile reads a whole file, refusing one over maxBytes before reading it.
func readFile(path string, maxBytes int64) (input, error) {
	f, err := openFile(path)
	if err != nil {
		if target, ok := danglingLink(path); ok {
			return input{}, fmt.Errorf("broken symbolic link: its target %s does not exist", target)
		}
		return input{}, osReason(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return input{}, fmt.Errorf("is a folder, not a file")
		}
		if st.Mode().IsRegular() && st.Size() > maxBytes {
			return input{}, tooLarge(st.Size(), maxBytes)
		}
		if st.Mode().IsRegular() && st.Size() > 0 {
			// Ask for the stated size and a byte more, into one buffer: a
			// read of the size exactly has met the end of the file. Otherwise
			// read up to the size, then make sure nothing was appended meanwhile.
			size := int(st.Size())
			b := make([]byte, size+1)
			n, err := f.Read(b)
			if err != nil && err != io.EOF {
				return input{}, osReason(err)
			}
			if n == size {
				return input{data: b[:n]}, nil
			}
			if n < size {
				k, err := io.ReadFull(f, b[n:size])
				if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF { // EOF: the file shrank
					return input{}, osReason(err)
				}
				n += k
			}
			if rest, err := readAll(f, maxBytes-int64(n)); err != nil {
				return input{}, err
			} else if len(rest.data) > 0 {
				return input{data: append(b[:n], rest.data...)}, nil
			}
			return input{data: b[:n]}, nil
		}
	}
	return readAll(f, maxBytes)
}

// readAll reads r up to maxBytes.
func readAll(r io.Reader, maxBytes int64) (input, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return input{}, osReason(err)
	}
	if int64(len(b)) > maxBytes {
		return input{}, tooLarge(-1, maxBytes)
	}
	return input{data: b}, nil
}

func tooLarge(size, limit int64) error {
	if size >= 0 {
		return fmt.Errorf("%w: %s is over the %s limit", ErrTooLarge, byteSize(size), byteSize(limit))
	}
	return fmt.Errorf("%w: over the %s limit", ErrTooLarge, byteSize(limit))
}

// byteSize prints n as a short human size.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
