package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"

	"dateline/data"
	"dateline/timeline"
	"dateline/ui"
)

// runTUI parses the interactive command line and runs the terminal
// interface; loading happens inside it, with progress on screen.
func runTUI(args []string, stdin io.Reader, stderr io.Writer) error {
	fs := flag.NewFlagSet("dateline", flag.ContinueOnError)
	var ff filterFlags
	ff.register(fs)
	fs.Usage = func() {}
	fs.BoolFunc("help", "show help", func(string) error { fmt.Fprint(os.Stdout, mainUsage); return flag.ErrHelp })
	fs.BoolFunc("version", "print the version", func(string) error { fmt.Println("dateline", version); return flag.ErrHelp })
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	opts := ui.Options{NoColor: os.Getenv("NO_COLOR") != ""}
	// With articles on stdin ("-"), Bubble Tea reads keys from the terminal itself.
	final, err := tea.NewProgram(ui.New(tuiLoader(inputs, stdin), f, opts)).Run()
	if err != nil {
		return fmt.Errorf("terminal interface: %w", err)
	}
	if m, ok := final.(ui.Model); ok && m.Err() != nil {
		return m.Err()
	}
	return nil
}

// tuiLoader loads the inputs (the embedded samples when there are none)
// and builds the timeline, reporting progress per file.
func tuiLoader(inputs []string, stdin io.Reader) ui.Loader {
	return func(progress func(done, total int)) (*timeline.Timeline, []error) {
		if len(inputs) == 0 {
			arts, err := data.Samples()
			if err != nil {
				return nil, []error{err}
			}
			return timeline.Build(arts), nil
		}
		arts, errs := data.Load(context.Background(), inputs, data.Options{Stdin: stdin, Progress: progress})
		var out []error
		for _, e := range errs {
			out = append(out, e)
		}
		if len(arts) == 0 {
			return nil, out
		}
		return timeline.Build(arts), out
	}
}
