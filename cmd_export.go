package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"dateline/timeline/export"
)

const exportUsage = `Usage: dateline export [flags] [PATH|DIR|URL|-]...

Writes the timeline of the articles (the embedded samples when no PATH is
given; - reads one article from stdin), filtered, to stdout or to -o FILE.

Formats:
  md          Markdown report: a heading per year, each event with its date,
              summary, actors, quoted evidence and numbered source links
  json        one object: events, actors, articles (the schema in README.md)
  csv         a header row, then one row per event
  timelinejs  the JSON that TimelineJS3 loads: a title slide, one slide per event

Without -f the format follows the -o extension (.md, .json, .csv), else md.
-o writes through a temporary file and a rename, so readers never see half a
file; an existing FILE is never replaced unless --force is given.

Examples:
  dateline export > timeline.md
  dateline export -f json --actor putin --from 2015 articles/ | jq '.events | length'
  dateline export -o erdogan.csv --actor erdogan --to 2023-06 articles/
  dateline export -f timelinejs -o timeline.json --query 'source:euronews' articles/
  dateline export --force -o report.md --actor putin --actor assad articles/
`

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("f", "", "output `FORMAT`: "+export.FormatNames()+" (default md, or from the -o extension)")
	out := fs.String("o", "", "write to `FILE` instead of stdout (atomically; - is stdout)")
	force := fs.Bool("force", false, "replace -o FILE if it exists")
	title := fs.String("title", "", "document `TITLE` (default \"Timeline\")")
	var ff filterFlags
	ff.register(fs)
	withHelp(fs, stdout, exportUsage)
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	fm, err := exportFormat(*format, *out)
	if err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	toFile := *out != "" && *out != "-"
	if toFile {
		if err := checkOutput(*out, *force); err != nil {
			return err
		}
	}
	tl, err := loadTimeline(inputs, stdin, stderr)
	if err != nil {
		return err
	}
	v := export.View{Timeline: tl, Events: tl.Query(f), Filter: f, Title: *title}
	warnEmpty(stderr, v)
	if !toFile {
		if err := writeBuffered(stdout, fm, v); err != nil {
			return fmt.Errorf("write stdout: %w", err)
		}
		return nil
	}
	return writeOutput(*out, *force, func(w io.Writer) error { return writeBuffered(w, fm, v) })
}

// writeBuffered writes the export through a buffer of 256 KiB: a large
// export takes a few hundred system calls rather than one per 4 KiB (the
// exporters' own buffers reuse a larger one they are given).
func writeBuffered(w io.Writer, fm export.Format, v export.View) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	if err := export.Write(bw, fm, v); err != nil {
		return err
	}
	return bw.Flush()
}

// warnEmpty says on stderr why a filtered view has no events. The export
// is still written: an empty chronology is a result, not a failure.
func warnEmpty(stderr io.Writer, v export.View) {
	if len(v.Events) > 0 || v.Filter.IsZero() {
		return
	}
	for _, a := range v.Filter.Actors {
		if len(v.Timeline.ActorsMatching(a)) == 0 {
			fmt.Fprintf(stderr, "dateline: no actor matches %q: 'dateline actors' lists them\n", a)
			return
		}
	}
	fmt.Fprintf(stderr, "dateline: no event matches %s (of %d events)\n", v.Filter, len(v.Timeline.Events))
}

// exportFormat picks the format: -f when given, else the extension of the
// output file, else Markdown.
func exportFormat(name, out string) (export.Format, error) {
	if name == "" {
		switch strings.ToLower(filepath.Ext(out)) {
		case ".json":
			return export.JSON, nil
		case ".csv":
			return export.CSV, nil
		}
		return export.Markdown, nil
	}
	fm, err := export.ParseFormat(name)
	if err != nil {
		return "", usageError{fmt.Sprintf("export: unknown format %q for -f: use %s", name, export.FormatNames())}
	}
	return fm, nil
}

// errExists is returned when -o names an existing file and --force is not given.
var errExists = errors.New("exists: use --force to replace it, or choose another -o FILE")

// checkOutput fails early, before any work, when path cannot be written.
func checkOutput(path string, force bool) error {
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("cannot write %s: it is a directory: give a file name, e.g. -o %s", path, filepath.Join(path, "timeline.md"))
	case err == nil && !st.Mode().IsRegular():
		return nil // a device or a pipe: written in place
	case err == nil && !force:
		return fmt.Errorf("%s %w", path, errExists)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	dir := filepath.Dir(path)
	st, err = os.Stat(dir)
	switch {
	case err != nil:
		return fmt.Errorf("cannot write %s: folder %s: %w", path, dir, reason(err))
	case !st.IsDir():
		return fmt.Errorf("cannot write %s: %s is not a folder", path, dir)
	}
	return nil
}

// writeOutput writes the export to path: in place when path is a device or
// a pipe (-o /dev/stdout), else atomically (writeFileAtomic).
func writeOutput(path string, force bool, write func(io.Writer) error) error {
	st, err := os.Stat(path)
	if err != nil || st.Mode().IsRegular() {
		if target, err := filepath.EvalSymlinks(path); err == nil {
			path = target // replace the file a link points to, not the link
		}
		return writeFileAtomic(path, force, write)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	return nil
}

// reason strips the paths from a file system error so messages name the
// path once, as the user gave it.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// writeFileAtomic writes path through a temporary file in the same folder,
// synced and then renamed over path, so readers never see a half-written
// file. Unless force is set it never replaces an existing file, even one
// created while the export ran. The file gets mode 0644, or the mode of the
// file it replaces.
func writeFileAtomic(path string, force bool, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), mode)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	if !force {
		// A hard link fails if path exists: no window in which another
		// file could be clobbered. Fall back to a rename where the file
		// system has no hard links.
		switch err := os.Link(tmp.Name(), path); {
		case err == nil:
			return nil
		case errors.Is(err, fs.ErrExist):
			return fmt.Errorf("%s %w", path, errExists)
		}
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s %w", path, errExists)
		}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	return nil
}
