package main

import (
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
)

const actorsUsage = `Usage: dateline actors [PATH|DIR|-]...

Lists the actors of the timeline (the embedded samples when no PATH is
given) with their kind and event counts, most frequent first.

Flags:
`

func runActors(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors", flag.ContinueOnError)
	withHelp(fs, stdout, actorsUsage)
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	tl, err := loadTimeline(inputs, stdin, stderr)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tKIND\tEVENTS")
	for _, a := range tl.Actors {
		fmt.Fprintf(tw, "%s\t%s\t%d\n", a.Name, a.Kind, a.Events)
	}
	return tw.Flush()
}
