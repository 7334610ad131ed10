package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"time"
	"unicode/utf8"

	"dateline/data"
	"dateline/timeline/temporal"
)

const tagUsage = `Usage: dateline tag [--dct YYYY-MM-DD[THH:MM]] [--narrative] [FILE|-]

Prints the temporal expressions of one text as JSON lines with UTF-8 byte
offsets into the input as given:
  {"start":B,"end":B,"text":"...","type":"DATE","value":"2024-07-24"}
"mod" is added when the text hedges or bounds the date (APPROX, BEFORE,
AFTER, START, MID, END, ...). Relative expressions ("on Wednesday", "last
year") resolve against --dct, or else the publication date the article
loader finds (a header, front matter, HTML metadata or a dateline);
without either they stay unresolved. With --narrative (history text)
they resolve against the last date the text mentioned instead: "in
August" after "On 6 June 1944" is 1944-08. The input must be UTF-8.

Examples:
  echo "Talks resumed on 15 July." | dateline tag --dct 2024-07-25
  dateline tag article.txt | jq -r 'select(.type == "DATE") | .value'
  dateline tag --narrative history.txt
`

// timexJSON is one line of `dateline tag` output.
type timexJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

func runTag(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	dct := fs.String("dct", "", "reference (publication) `DATE`, YYYY-MM-DD or YYYY-MM-DDTHH:MM")
	narrative := fs.Bool("narrative", false, "resolve relative dates against the last date mentioned (history text)")
	withHelp(fs, stdout, tagUsage)
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) > 1 {
		return usageError{fmt.Sprintf("tag: reads one FILE or - (stdin), got %d: tag each file separately", len(files))}
	}
	ref := temporal.Ref{Narrative: *narrative}
	if *dct != "" {
		t, err := time.Parse("2006-01-02", *dct)
		if err != nil {
			// A publication time with its clock: "2022-11-08T23:40".
			t, err = time.Parse("2006-01-02T15:04", *dct)
		}
		if err != nil {
			return usageError{fmt.Sprintf("tag: --dct %q is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM", *dct)}
		}
		ref.DCT = t
	}
	name, r := "-", stdin
	if len(files) == 1 && files[0] != "-" {
		name = files[0]
		f, err := os.Open(name)
		if err != nil {
			var pe *iofs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is said once
			}
			return fmt.Errorf("cannot open %s: %w", name, err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, data.DefaultMaxBytes+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > data.DefaultMaxBytes {
		return fmt.Errorf("%s is larger than the %d MiB limit", name, data.DefaultMaxBytes>>20)
	}
	if !utf8.Valid(b) {
		return fmt.Errorf("%s is not valid UTF-8: convert it first (e.g. iconv -f latin1 -t utf-8)", name)
	}
	text := string(b)
	if ref.DCT.IsZero() {
		ref.DCT = publication(name, b)
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, x := range temporal.Tag(text, ref) {
		if err := enc.Encode(timexJSON{x.Start, x.End, x.Text, string(x.Type), x.Value, x.Mod}); err != nil {
			return fmt.Errorf("write stdout: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}

// publication returns the publication date the article loader finds in the
// input (a header, front matter, HTML metadata, a feed date or a dateline),
// or the zero time.
func publication(name string, b []byte) time.Time {
	arts, _ := data.Load(context.Background(), []string{name}, data.Options{Stdin: bytes.NewReader(b)})
	if len(arts) == 0 {
		return time.Time{}
	}
	return arts[0].Published
}
