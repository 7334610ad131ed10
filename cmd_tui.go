package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"

	"dateline/ui"
)

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
	tl, err := loadTimeline(inputs, stdin, stderr)
	if err != nil {
		return err
	}
	if _, err := tea.NewProgram(ui.New(tl, f)).Run(); err != nil {
		return fmt.Errorf("terminal interface: %w", err)
	}
	return nil
}
