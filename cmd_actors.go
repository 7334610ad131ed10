package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"dateline/timeline/export"
)

const actorsUsage = `Usage: dateline actors [flags] [PATH|DIR|URL|-]...

Lists the actors of the timeline (the embedded samples when no PATH is
given): name, kind, how many events name them and the dates of the first
and last of those, most events first. The filters narrow the events that
are counted.

Examples:
  dateline actors ~/articles/syria
  dateline actors --from 2020 ~/articles/syria
  dateline actors -f json ~/articles/syria | jq -r '.[] | select(.kind == "person") | .name'
`

func runActors(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors", flag.ContinueOnError)
	format := fs.String("f", "table", "output `FORMAT`: table or json")
	var ff filterFlags
	ff.register(fs)
	withHelp(fs, stdout, actorsUsage)
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *format != "table" && *format != "json" {
		return usageError{fmt.Sprintf("actors: unknown format %q for -f: use table or json", *format)}
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	tl, err := loadTimeline(inputs, stdin, stderr)
	if err != nil {
		return err
	}
	rows := export.Actors(export.View{Timeline: tl, Events: tl.Query(f), Filter: f})
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rows); err != nil {
			return fmt.Errorf("write stdout: %w", err)
		}
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tKIND\tEVENTS\tFIRST\tLAST")
	for _, a := range rows {
		kind := a.Kind
		if kind == "" {
			kind = "-"
		}
		first, last := a.FirstDate.Label(), a.LastDate.Label()
		if a.Events == 0 {
			first, last = "-", "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", a.Name, kind, a.Events, first, last)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}
