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
	"runtime/debug"
	"sort"
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

// run executes one command line and returns the exit code. Results go to
// stdout; errors, warnings and progress go to stderr.
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
		fmt.Fprintln(stdout, versionLine())
	case "help", "-h", "-help", "--help":
		err = runHelp(args[1:], stdout)
	default:
		if err = checkCommand(cmd); err == nil {
			err = runTUI(args, stdin, stderr)
		}
	}
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "dateline: %s\n", ue.msg)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailure
	}
}

// checkCommand rejects a first argument that looks like a mistyped command
// rather than a file: a bare word that names no file or folder.
func checkCommand(arg string) error {
	if arg == "" || arg == "-" || strings.HasPrefix(arg, "-") || strings.ContainsAny(arg, `/\.`) {
		return nil
	}
	if _, err := os.Stat(arg); err == nil {
		return nil
	}
	return usageError{fmt.Sprintf("%q is neither a command (export, tag, actors, help, version) nor a file or folder (see 'dateline --help')", arg)}
}

// runHelp prints the usage of dateline or of one command.
func runHelp(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stdout, mainUsage)
		return nil
	}
	switch args[0] {
	case "export", "tag", "actors":
		run([]string{args[0], "--help"}, nil, stdout, io.Discard) // prints the command's help; cannot fail
		return nil
	}
	return usageError{fmt.Sprintf("help: unknown command %q: use export, tag or actors", args[0])}
}

// versionLine is "dateline VERSION", with the commit when the binary was
// built from a checkout.
func versionLine() string {
	s := "dateline " + version
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev, dirty string
		for _, kv := range bi.Settings {
			switch kv.Key {
			case "vcs.revision":
				rev = kv.Value
			case "vcs.modified":
				if kv.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			s += " (" + rev + dirty + ")"
		}
		s += " " + bi.GoVersion
	}
	return s
}

const mainUsage = `dateline: a terminal timeline reader for news articles

Usage:
  dateline [flags] [PATH|DIR|URL|-]...         interactive timeline (no PATH: the embedded sample articles)
  dateline export [flags] [PATH|DIR|URL|-]...  write the timeline: -f md|json|csv|timelinejs, -o FILE (default stdout)
  dateline actors [flags] [PATH|DIR|URL|-]...  list actors: kind, events, first and last date
  dateline tag [--dct DATE] [FILE|-]           print the temporal expressions of one text as JSON lines
  dateline help [COMMAND]                      show help (also: dateline COMMAND --help)
  dateline --version                           print the version

Filters (interactive, export and actors):
  --actor NAME   keep events with this actor (repeatable; all must match; case and accents ignored)
  --from DATE    keep events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE      keep events that start on or before DATE
  --query TEXT   search words and qualifiers (actor:, from:, to:, source:)

Exit status: 0 ok, 1 runtime failure (unreadable input, unwritable output),
2 usage error (unknown command, flag or format; bad date).

Examples:
  dateline                                   browse the sample articles
  dateline ~/articles                        browse every article in a folder
  dateline export -f md --actor erdogan -o erdogan.md
  dateline export -f csv --from 2015 --to 2016-06 ~/articles > events.csv
  dateline actors -f json ~/articles | jq '.[0]'
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
	fs.Var(&ff.actors, "actor", "keep events with the actor `NAME` (repeatable; all must match; case and accents ignored)")
	fs.StringVar(&ff.from, "from", "", "keep events that end on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&ff.to, "to", "", "keep events that start on or before `DATE`")
	fs.StringVar(&ff.query, "query", "", "search `TEXT`: words and actor:, from:, to:, source: qualifiers")
}

// filter turns the flags into a timeline.Filter.
func (ff *filterFlags) filter() (timeline.Filter, error) {
	f, err := timeline.ParseQuery(ff.query)
	if err != nil {
		return f, usageError{"--query: " + err.Error()}
	}
	for _, a := range ff.actors {
		if strings.TrimSpace(a) == "" {
			return f, usageError{"--actor needs a NAME, e.g. --actor putin"}
		}
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
		if err != nil || !validFilterDate(b.val) {
			return f, usageError{fmt.Sprintf("%s %q is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", b.name, b.val)}
		}
		*b.dst = d
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Last().Before(f.From.Start()) {
		return f, usageError{fmt.Sprintf("--to %s is before --from %s", f.To.Value, f.From.Value)}
	}
	return f, nil
}

// validFilterDate accepts the date forms the filters document: YYYY,
// YYYY-MM and YYYY-MM-DD (ParseDate also reads quarters, weeks and decades).
func validFilterDate(s string) bool {
	switch len(s) {
	case 4, 7, 10:
	default:
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parse parses flags that may come before, between or after the positional
// arguments; "--" ends the flags. Mistakes become one-line usage errors that
// list the valid flags.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			// A "help" flag of its own that returns flag.ErrHelp comes back
			// wrapped with %v: "invalid boolean flag help: flag: help requested".
			// -h, which no command defines, also means help.
			if errors.Is(err, flag.ErrHelp) {
				if h := fs.Lookup("help"); h != nil {
					h.Value.Set("true") // prints the help
				}
				return nil, flag.ErrHelp
			}
			if strings.HasSuffix(err.Error(), flag.ErrHelp.Error()) {
				return nil, flag.ErrHelp
			}
			return nil, flagError(fs, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil // "--" ends the flags
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError rewrites an error of the flag package as a usage error naming
// the command and its valid flags.
func flagError(fs *flag.FlagSet, err error) error {
	cmd := ""
	if fs.Name() != "dateline" {
		cmd = fs.Name() + ": "
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return usageError{fmt.Sprintf("%sunknown flag %s; valid flags: %s", cmd, dashed(strings.TrimLeft(name, "-")), flagNames(fs))}
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return usageError{fmt.Sprintf("%s%s needs a value (see 'dateline %s--help')", cmd, dashed(strings.TrimLeft(name, "-")), cmd[:max(0, len(cmd)-2)]+" ")}
	}
	return usageError{cmd + msg}
}

// flagNames lists the flags of fs the way help prints them: "-f, -o, --actor".
func flagNames(fs *flag.FlagSet) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, dashed(f.Name)) })
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) == 2 && len(names[j]) != 2 })
	return strings.Join(names, ", ")
}

func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// withHelp makes -h and --help print usage and the flags of fs to w.
func withHelp(fs *flag.FlagSet, w io.Writer, usage string) {
	fs.Usage = func() {} // parse reports errors; help is the flag below
	fs.BoolFunc("help", "show this help", func(string) error {
		fmt.Fprint(w, usage)
		printFlags(w, fs)
		return flag.ErrHelp
	})
}

// printFlags prints the flags of fs, one-letter flags first, with their
// argument names and defaults.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	var short, long []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == "help" {
			return
		}
		if len(f.Name) == 1 {
			short = append(short, f)
		} else {
			long = append(long, f)
		}
	})
	fmt.Fprintln(w, "\nFlags (-h or --help shows this help):")
	for _, f := range append(short, long...) {
		arg, usage := flag.UnquoteUsage(f)
		left := dashed(f.Name)
		if arg != "" {
			left += " " + arg
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "  %-16s %s\n", left, usage)
	}
}

// loadTimeline loads the inputs (the samples when there are none), reports
// per-file problems on stderr and builds the timeline. When stderr is a
// terminal it shows progress there, on one line it clears when done.
func loadTimeline(inputs []string, stdin io.Reader, stderr io.Writer) (*timeline.Timeline, error) {
	if len(inputs) == 0 {
		arts, err := data.Samples()
		if err != nil {
			return nil, err
		}
		return timeline.Build(arts), nil
	}
	opt := data.Options{Stdin: stdin}
	progress := isTerminal(stderr)
	if progress {
		opt.Progress = func(done, total int) {
			if step := max(1, total/100); done%step == 0 || done == total {
				fmt.Fprintf(stderr, "\rdateline: loading %d/%d files", done, total)
			}
		}
	}
	arts, errs := data.Load(context.Background(), inputs, opt)
	if progress {
		fmt.Fprint(stderr, "\r\033[K")
	}
	for _, e := range errs {
		fmt.Fprintf(stderr, "dateline: skipped %v\n", e)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no article could be loaded from %s: check the paths, and that the files are text, Markdown, HTML, RSS/Atom or JSON lines", strings.Join(inputs, ", "))
	}
	if progress {
		fmt.Fprintf(stderr, "dateline: extracting events from %d articles", len(arts))
	}
	tl := timeline.Build(arts)
	if progress {
		fmt.Fprint(stderr, "\r\033[K")
	}
	return tl, nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
