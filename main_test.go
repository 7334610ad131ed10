package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"dateline/timeline"
)

// result is what one in-process run of dateline produced.
type result struct {
	code           int
	stdout, stderr string
}

func runArgs(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func TestExitCodesAndMessages(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.md")
	if err := os.WriteFile(existing, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	aFile := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(aFile, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // substring of stdout ("" = stdout must be empty)
		stderr string // substring of stderr ("" = stderr must be empty)
	}{
		{"version", []string{"--version"}, 0, "dateline ", ""},
		{"version word", []string{"version"}, 0, "dateline ", ""},
		{"help", []string{"help"}, 0, "dateline export [flags]", ""},
		{"--help", []string{"--help"}, 0, "Exit status", ""},
		{"-h", []string{"-h"}, 0, "Usage:", ""},
		{"help export", []string{"help", "export"}, 0, "--force", ""},
		{"export --help", []string{"export", "--help"}, 0, "Examples:", ""},
		{"export -h", []string{"export", "-h"}, 0, "timelinejs", ""},
		{"tag --help", []string{"tag", "--help"}, 0, "--dct DATE", ""},
		{"actors --help", []string{"actors", "--help"}, 0, "most events first", ""},
		{"unknown format", []string{"export", "-f", "pdf"}, 2, "", `dateline: export: unknown format "pdf" for -f: use md, json, csv or timelinejs` + "\n"},
		{"unknown flag", []string{"export", "--bogus"}, 2, "", "unknown flag --bogus; valid flags: -f, -o, --actor"},
		{"flag without value", []string{"export", "-f"}, 2, "", "-f needs a value"},
		{"bad --from", []string{"export", "--from", "2015-13"}, 2, "", `--from "2015-13" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`},
		{"quarter is not a filter date", []string{"export", "--to", "2015-Q1"}, 2, "", "is not a date"},
		{"to before from", []string{"export", "--from", "2016", "--to", "2015"}, 2, "", "--to 2015 is before --from 2016"},
		{"bad query date", []string{"export", "--query", "from:soon"}, 2, "", "from:soon is not a date"},
		{"empty actor", []string{"export", "--actor", ""}, 2, "", "--actor needs a NAME"},
		{"actors bad format", []string{"actors", "-f", "xml"}, 2, "", "use table or json"},
		{"tag bad dct", []string{"tag", "--dct", "24/07/2024"}, 2, "", "use YYYY-MM-DD"},
		{"tag two files", []string{"tag", "a", "b"}, 2, "", "reads one FILE"},
		{"mistyped command", []string{"exprot"}, 2, "", `"exprot" is neither a command`},
		{"help unknown", []string{"help", "nope"}, 2, "", `unknown command "nope"`},
		{"tui unknown flag", []string{"--bogus"}, 2, "", "unknown flag --bogus"},
		{"missing folder", []string{"export", "-o", filepath.Join(dir, "missing", "x.md")}, 1, "", "cannot write " + filepath.Join(dir, "missing", "x.md") + ": folder " + filepath.Join(dir, "missing") + ": no such file or directory"},
		{"folder is a file", []string{"export", "-o", filepath.Join(aFile, "x.md")}, 1, "", "cannot write " + filepath.Join(aFile, "x.md")},
		{"output is a folder", []string{"export", "-o", dir}, 1, "", "cannot write " + dir + ": it is a directory"},
		{"no clobber", []string{"export", "-o", existing}, 1, "", existing + " exists: use --force to replace it"},
		{"missing input", []string{"export", filepath.Join(dir, "nope.txt")}, 1, "", "skipped " + filepath.Join(dir, "nope.txt")},
		{"tag missing file", []string{"tag", filepath.Join(dir, "nope.txt")}, 1, "", "cannot open " + filepath.Join(dir, "nope.txt")},
		{"export samples", []string{"export"}, 0, "# Timeline\n", ""},
		{"export -o -", []string{"export", "-f", "csv", "-o", "-"}, 0, "date,precision,summary", ""},
		{"no such actor", []string{"export", "--actor", "nobody"}, 0, "0 of ", `dateline: no actor matches "nobody": 'dateline actors' lists them`},
		{"no event", []string{"export", "-f", "csv", "--from", "1900", "--to", "1901"}, 0, "date,", "dateline: no event matches from:1900 to:1901 (of "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(t, "", tc.args...)
			if r.code != tc.code {
				t.Errorf("dateline %s: got exit %d, want %d (stderr %q)", strings.Join(tc.args, " "), r.code, tc.code, r.stderr)
			}
			check := func(stream, got, want string) {
				switch {
				case want == "" && got != "":
					t.Errorf("%s: got %q, want nothing", stream, got)
				case !strings.Contains(got, want):
					t.Errorf("%s: got %q, want it to contain %q", stream, got, want)
				}
			}
			check("stdout", r.stdout, tc.stdout)
			check("stderr", r.stderr, tc.stderr)
			if tc.code == 2 && (!strings.HasPrefix(r.stderr, "dateline: ") || strings.Count(r.stderr, "\n") != 1) {
				t.Errorf("stderr %q: want one line starting with 'dateline: '", r.stderr)
			}
			for _, line := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n") {
				if tc.code != 0 && !strings.HasPrefix(line, "dateline: ") {
					t.Errorf("stderr line %q does not start with 'dateline: '", line)
				}
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "keep me\n" {
		t.Errorf("an export without --force changed %s: %q", existing, b)
	}
}

func TestExportToFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "events.csv")
	if r := runArgs(t, "", "export", "-o", out); r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("export -o %s: got %+v, want exit 0 and no output", out, r)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "date,precision,summary") {
		t.Errorf("-o events.csv without -f: got %.40q, want CSV (the format follows the extension)", b)
	}
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", st.Mode().Perm())
	}
	if r := runArgs(t, "", "export", "-f", "md", "--force", "-o", out); r.code != 0 {
		t.Fatalf("export --force: got %+v", r)
	}
	if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "# Timeline") {
		t.Errorf("--force did not replace the file: %.40q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// exportAll runs one export of the sample articles and the adversarial article.
func exportAll(t *testing.T, args ...string) string {
	t.Helper()
	return exportOf(t, "data/samples", args...)
}

// exportOf runs one export of the articles in dir and the adversarial article.
func exportOf(t *testing.T, dir string, args ...string) string {
	t.Helper()
	args = append(append([]string{"export"}, args...), dir, "testdata/adversarial.txt")
	r := runArgs(t, "", args...)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("dateline %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

type jsonExport struct {
	Events []struct {
		Date, End, Summary string
		Sources            []struct{ Outlet, Sentence string }
	}
	Actors []struct {
		Name        string
		Events      int
		First, Last string
	}
	Articles []struct{ Path, Outlet string }
}

// TestExportSeedsAndAdversarialArticle exports the embedded samples and, when
// ../shared is there, the specification seeds, each with the adversarial
// article, to every format.
func TestExportSeedsAndAdversarialArticle(t *testing.T) {
	corpora := []string{"data/samples"}
	if _, err := os.Stat("../shared/seeds"); err == nil {
		corpora = append(corpora, "../shared/seeds")
	}
	for _, dir := range corpora {
		t.Run(dir, func(t *testing.T) { testExportCorpus(t, dir) })
	}
}

func testExportCorpus(t *testing.T, dir string) {
	exportAll := func(t *testing.T, args ...string) string { t.Helper(); return exportOf(t, dir, args...) }
	var doc jsonExport
	if err := json.Unmarshal([]byte(exportAll(t, "-f", "json")), &doc); err != nil {
		t.Fatalf("JSON export does not parse: %v", err)
	}
	if len(doc.Articles) != 3 || len(doc.Events) < 5 {
		t.Fatalf("got %d articles and %d events, want 3 articles and several events", len(doc.Articles), len(doc.Events))
	}

	md := exportAll(t, "-f", "md")
	if n := len(regexp.MustCompile(`(?m)^## \d{4}$`).FindAllString(md, -1)); n < 3 {
		t.Errorf("Markdown has %d year headings, want several:\n%s", n, md)
	}
	for _, want := range []string{"## Sources", "Euronews", "=HYPERLINK", "HYPERLINK(\"http\\://evil.example/x\",\"click\") \\| Evil \\`Times\\`"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown does not name %q", want)
		}
	}
	// The adversarial article has no http(s) URL: nothing may be a link.
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`(^|[^\\])\]\(`), regexp.MustCompile(`(^|[^\\])<[a-zA-Z/!]`), regexp.MustCompile(`(^|[^\\])\[[^\\]`),
		regexp.MustCompile(`[^\\]://`), regexp.MustCompile("\x1b|\a"),
	} {
		if m := bad.FindString(md); m != "" {
			t.Errorf("Markdown has live markup %q", m)
		}
	}

	rows, err := csv.NewReader(strings.NewReader(exportAll(t, "-f", "csv"))).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not reparse: %v", err)
	}
	if len(rows) != len(doc.Events)+1 {
		t.Errorf("CSV has %d rows, want a header and %d events", len(rows), len(doc.Events))
	}
	formulas := 0
	for _, row := range rows {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("CSV cell %q would run as a formula", cell)
			}
			if strings.HasPrefix(cell, "'=") || strings.HasPrefix(cell, "'+") || strings.HasPrefix(cell, "'@") {
				formulas++
			}
		}
	}
	if formulas == 0 {
		t.Error("no neutralised formula cell: the adversarial article did not reach the CSV")
	}

	var tjs struct {
		Title  struct{ Text struct{ Headline string } }
		Events []struct {
			StartDate struct{ Year int } `json:"start_date"`
			Text      struct{ Headline, Text string }
		}
	}
	if err := json.Unmarshal([]byte(exportAll(t, "-f", "timelinejs")), &tjs); err != nil {
		t.Fatalf("TimelineJS export does not parse: %v", err)
	}
	if len(tjs.Events) != len(doc.Events) || tjs.Title.Text.Headline == "" {
		t.Errorf("TimelineJS has %d slides and title %q, want %d slides and a title", len(tjs.Events), tjs.Title.Text.Headline, len(doc.Events))
	}
	for _, s := range tjs.Events {
		if s.StartDate.Year == 0 || strings.Contains(s.Text.Text, "<script") || strings.Contains(s.Text.Headline, "<") {
			t.Errorf("slide %+v: want a start year and escaped HTML", s)
		}
	}
}

func TestExportDateRange(t *testing.T) {
	for _, tc := range []struct{ from, to string }{{"2015", "2015"}, {"2023-03", "2024-07"}, {"2024-07-24", "2024-07-24"}} {
		var doc jsonExport
		if err := json.Unmarshal([]byte(exportAll(t, "-f", "json", "--from", tc.from, "--to", tc.to)), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) == 0 {
			t.Errorf("--from %s --to %s: no events", tc.from, tc.to)
		}
		from, to := timeline.MustDate(tc.from), timeline.MustDate(tc.to)
		for _, e := range doc.Events {
			d := timeline.MustDate(e.Date)
			last := d.Last()
			switch e.End {
			case "":
			case "..":
				last = timeline.MustDate("9999").Last()
			default:
				last = timeline.MustDate(e.End).Last()
			}
			if d.Start().After(to.Last()) || last.Before(from.Start()) {
				t.Errorf("--from %s --to %s kept %s/%s %q", tc.from, tc.to, e.Date, e.End, e.Summary)
			}
		}
	}
}

func TestActors(t *testing.T) {
	r := runArgs(t, "", "actors")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("actors: %+v", r)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if !regexp.MustCompile(`^ACTOR\s+KIND\s+EVENTS\s+FIRST\s+LAST$`).MatchString(lines[0]) || len(lines) < 4 {
		t.Errorf("actors table:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "Bashar al-Assad") || !strings.Contains(r.stdout, "Vladimir Putin") {
		t.Errorf("actors table lacks Assad or Putin:\n%s", r.stdout)
	}
	r = runArgs(t, "", "actors", "-f", "json", "--actor", "putin")
	var rows []struct {
		Name        string
		Events      int
		First, Last string
	}
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("actors -f json: %v\n%s", err, r.stdout)
	}
	for _, a := range rows {
		if a.Events == 0 || a.First == "" || a.Last == "" {
			t.Errorf("actor %+v: want events and first and last dates", a)
		}
	}
	for _, a := range rows {
		if a.Name == "Vladimir Putin" && a.Events != rows[0].Events {
			t.Errorf("actors --actor putin: Putin has %d events, want the most (%d): every event names him", a.Events, rows[0].Events)
		}
	}
}

func TestTag(t *testing.T) {
	text := "Talks resumed on 15 July. Putin met Assad on Wednesday, a year after March 2023."
	r := runArgs(t, text, "tag", "--dct", "2024-07-25")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("tag: %+v", r)
	}
	var values []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var x struct {
			Start, End        int
			Text, Type, Value string
		}
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if x.Start < 0 || x.End > len(text) || x.Start >= x.End || text[x.Start:x.End] != x.Text {
			t.Errorf("line %q: offsets do not give the text", line)
		}
		values = append(values, x.Value)
	}
	if got := strings.Join(values, " "); !strings.Contains(got, "2024-07-15") || !strings.Contains(got, "2024-07-24") || !strings.Contains(got, "2023-03") {
		t.Errorf("tag values %q, want 2024-07-15, 2024-07-24 and 2023-03", got)
	}

	// Without --dct, the publication date of the article header anchors "Wednesday".
	article := "Title: Talks\nPublished: 2024-07-25\n\nPutin met Assad on Wednesday.\n"
	r = runArgs(t, article, "tag", "-")
	if !strings.Contains(r.stdout, `"value":"2024-07-24"`) {
		t.Errorf("tag without --dct: got %q, want Wednesday resolved against the header date to 2024-07-24", r.stdout)
	}
	frontMatter := "---\ntitle: Talks\ndate: 2024-07-25\n---\n\nPutin met Assad on Wednesday.\n"
	r = runArgs(t, frontMatter, "tag")
	if want := `{"start":58,"end":67,"text":"Wednesday","type":"DATE","value":"2024-07-24"}`; !strings.Contains(r.stdout, want+"\n") {
		t.Errorf("tag of Markdown with front matter: got %q, want the line %s (offsets into the input as given)", r.stdout, want)
	}
}

func TestTagDCTClock(t *testing.T) {
	// A publication time with its clock places "2h ago" on it.
	r := runArgs(t, "Polls closed 2h ago.", "tag", "--dct", "2022-11-08T23:40")
	if want := `"text":"2h ago","type":"TIME","value":"2022-11-08T21:40"`; r.code != 0 || !strings.Contains(r.stdout, want) {
		t.Errorf("tag --dct with a clock: got %+v, want a line with %s", r, want)
	}
}

func TestTagNarrative(t *testing.T) {
	// News reads "In August" from the report's day; history from the
	// story's last date.
	text := "Veterans marked the landings of June 1944 this week. In August they will visit Paris."
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"tag", "--dct", "2024-07-25"}, `"text":"August","type":"DATE","value":"2024-08"`},
		{[]string{"tag", "--narrative", "--dct", "2024-07-25"}, `"text":"August","type":"DATE","value":"1944-08"`},
	} {
		r := runArgs(t, text, tc.args...)
		if r.code != 0 || !strings.Contains(r.stdout, tc.want) {
			t.Errorf("dateline %s: got %+v, want a line with %s", strings.Join(tc.args, " "), r, tc.want)
		}
	}
	if r := runArgs(t, "", "tag", "--help"); !strings.Contains(r.stdout, "--narrative") {
		t.Errorf("tag --help: got %q, want the --narrative flag", r.stdout)
	}
}

func TestExportStdin(t *testing.T) {
	article := "Title: Talks\nOutlet: Wire\nPublished: 2024-07-25\n\nVladimir Putin met Bashar al-Assad in Moscow on Wednesday.\n"
	r := runArgs(t, article, "export", "-f", "csv", "-")
	if r.code != 0 || strings.Count(r.stdout, "\n") != 2 || !strings.Contains(r.stdout, "2024-07-24,day,") {
		t.Errorf("export - with one article on stdin: got %+v, want a header and one row dated 2024-07-24", r)
	}
}

func TestIsTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, tc := range []struct {
		name string
		w    io.Writer
	}{{"buffer", &bytes.Buffer{}}, {"pipe", w}} {
		if isTerminal(tc.w) {
			t.Errorf("isTerminal(%s) = true, want false: progress would go into a pipe", tc.name)
		}
	}
}

func TestExportForceThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target, link := filepath.Join(dir, "report.md"), filepath.Join(dir, "latest.md")
	if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("report.md", link); err != nil {
		t.Fatal(err)
	}
	if r := runArgs(t, "", "export", "-o", link); r.code != 1 || !strings.Contains(r.stderr, link+" exists") {
		t.Errorf("export -o LINK without --force: got %+v, want exit 1 and 'exists'", r)
	}
	if r := runArgs(t, "", "export", "--force", "-o", link); r.code != 0 {
		t.Fatalf("export --force -o LINK: %+v", r)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("%s is no longer a symbolic link", link)
	}
	b, _ := os.ReadFile(target)
	if !strings.HasPrefix(string(b), "# Timeline") {
		t.Errorf("the link's target was not replaced: %q", b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o600 {
		t.Errorf("replaced file has mode %v, want the old file's 0600", st.Mode().Perm())
	}
}
