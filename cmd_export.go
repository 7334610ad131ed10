package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"dateline/timeline/export"
)

const exportUsage = `Usage: dateline export [flags] [PATH|DIR|-]...

Writes the timeline of the articles (the embedded samples when no PATH is
given), filtered, to stdout or to -o FILE.

Examples:
  dateline export -f md > timeline.md
  dateline export -f json --actor putin --from 2015 articles/

Flags:
`

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var ff filterFlags
	ff.register(fs)
	format := fs.String("f", "md", "output `FORMAT`: md or json")
	out := fs.String("o", "", "write to `FILE` instead of stdout (atomically)")
	withHelp(fs, stdout, exportUsage)
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	fm, err := export.ParseFormat(*format)
	if err != nil {
		return usageError{"-f: " + err.Error()}
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	tl, err := loadTimeline(inputs, stdin, stderr)
	if err != nil {
		return err
	}
	v := export.View{Timeline: tl, Events: tl.Query(f), Filter: f}
	if *out == "" || *out == "-" {
		return export.Write(stdout, fm, v)
	}
	return writeFileAtomic(*out, func(w io.Writer) error { return export.Write(w, fm, v) })
}

// writeFileAtomic writes path through a temporary file in the same folder
// and a rename, so readers never see a half-written file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
