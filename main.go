// Command dateline reads news articles, extracts every dated event with its
// actors and sources, merges what several outlets report, and shows the
// chronology in an interactive terminal timeline or exports it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"dateline/data"
	"dateline/timeline"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var err error
	cmd := ""
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "export":
		err = runExport(args[1:], stdin, stdout, stderr)
	case "tag":
		err = runTag(args[1:], stdin, stdout)
	case "actors":
		err = runActors(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "dateline", version)
	case "help":
		fmt.Fprint(stdout, mainUsage)
	default:
		err = runTUI(args, stdin, stderr)
	}
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "dateline: %s (see 'dateline --help')\n", ue.msg)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailure
	}
}

const mainUsage = `dateline: a terminal timeline reader for news articles

Usage:
  dateline [flags] [PATH|DIR|-]...        interactive timeline (no PATH: the embedded sample articles)
  dateline export [flags] [PATH...]       write the timeline: -f md|json, -o FILE (default stdout)
  dateline tag [--dct YYYY-MM-DD] [FILE|-] print the temporal expressions of one text as JSON lines
  dateline actors [PATH...]               list actors with their event counts
  dateline --version

Filters (interactive and export):
  --actor NAME   keep events with this actor (repeatable; all must match)
  --from DATE    keep events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE      keep events on or before DATE
  --query TEXT   search words and qualifiers (actor:, from:, to:, source:)

Examples:
  dateline                                   browse the sample articles
  dateline ~/articles                        browse every article in a folder
  dateline export -f md --actor erdogan -o erdogan.md
  echo "Talks resumed on 15 July." | dateline tag --dct 2024-07-25
`

// filterFlags are the filters every timeline command accepts.
type filterFlags struct {
	actors   stringList
	from, to string
	query    string
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func (ff *filterFlags) register(fs *flag.FlagSet) {
	fs.Var(&ff.actors, "actor", "keep events with this `NAME`d actor (repeatable; all must match)")
	fs.StringVar(&ff.from, "from", "", "keep events on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&ff.to, "to", "", "keep events on or before `DATE`")
	fs.StringVar(&ff.query, "query", "", "search `TEXT`: words and actor:, from:, to:, source: qualifiers")
}

// filter turns the flags into a timeline.Filter.
func (ff *filterFlags) filter() (timeline.Filter, error) {
	f, err := timeline.ParseQuery(ff.query)
	if err != nil {
		return f, usageError{"--query: " + err.Error()}
	}
	f.Actors = append(f.Actors, ff.actors...)
	for _, b := range []struct {
		name, val string
		dst       *timeline.Date
	}{{"--from", ff.from, &f.From}, {"--to", ff.to, &f.To}} {
		if b.val == "" {
			continue
		}
		d, err := timeline.ParseDate(b.val)
		if err != nil {
			return f, usageError{fmt.Sprintf("%s %q is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", b.name, b.val)}
		}
		*b.dst = d
	}
	return f, nil
}

// parse parses flags that may come before, between or after the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// helpFlag prints a subcommand's usage to w when -h or --help is given.
func withHelp(fs *flag.FlagSet, w io.Writer, usage string) {
	fs.Usage = func() {}
	fs.BoolFunc("help", "show this help", func(string) error {
		fmt.Fprint(w, usage)
		fs.SetOutput(w)
		fs.PrintDefaults()
		return flag.ErrHelp
	})
}

// loadTimeline loads the inputs (the samples when there are none), reports
// per-file problems on stderr and builds the timeline.
func loadTimeline(inputs []string, stdin io.Reader, stderr io.Writer) (*timeline.Timeline, error) {
	var arts []data.Article
	if len(inputs) == 0 {
		s, err := data.Samples()
		if err != nil {
			return nil, err
		}
		arts = s
	} else {
		var errs data.ErrorList
		arts, errs = data.Load(context.Background(), inputs, data.Options{Stdin: stdin})
		for _, e := range errs {
			fmt.Fprintf(stderr, "dateline: skipped %v\n", e)
		}
		if len(arts) == 0 {
			return nil, fmt.Errorf("no article could be loaded from %s: check the paths and that the files are text, Markdown or HTML", strings.Join(inputs, ", "))
		}
	}
	return timeline.Build(arts), nil
}
