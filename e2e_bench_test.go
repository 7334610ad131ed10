package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// The synthetic corpus of the end-to-end benchmark: the articles of timeline's
// benchArticles (same pools, same seed, so the same texts), each written to a file as
// a plain-text article with a header block, as a user's folder of saved articles.
var (
	benchPeople = []string{"Vladimir Putin", "Bashar al-Assad", "Recep Tayyip Erdoğan", "Volodymyr Zelensky",
		"Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Benjamin Netanyahu", "Xi Jinping", "Narendra Modi",
		"António Guterres", "Jens Stoltenberg", "Abdel Fattah al-Burhan", "Kim Jong Un", "Ebrahim Raisi"}
	benchCountries = []string{"Russia", "Syria", "Turkey", "Ukraine", "the United States", "France", "Germany",
		"Israel", "China", "India", "Iran", "Sudan", "Egypt", "Qatar", "Saudi Arabia", "Poland"}
	benchDemonyms = []string{"Russian", "Syrian", "Turkish", "Ukrainian", "American", "French", "German",
		"Israeli", "Chinese", "Indian", "Iranian", "Sudanese", "Egyptian", "Qatari", "Saudi", "Polish"}
	benchCities = []string{"Moscow", "Damascus", "Ankara", "Kyiv", "Washington", "Paris", "Berlin", "Jerusalem",
		"Beijing", "New Delhi", "Tehran", "Khartoum", "Cairo", "Doha", "Riyadh", "Warsaw", "Geneva", "Aleppo"}
	benchGroups   = []string{"Hamas", "Hezbollah", "the Syrian Democratic Forces", "the Islamic State group", "the Rapid Support Forces", "the Houthis", "NATO", "the European Union", "the United Nations"}
	benchOutlets  = []string{"Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Euronews", "The Guardian", "France 24", "DW", "CNN"}
	benchMonths   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	benchWeekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	benchVerbs    = []string{"held talks", "signed an agreement", "discussed a ceasefire", "agreed to exchange prisoners", "met to discuss security", "announced new sanctions", "opened a border crossing", "resumed negotiations"}
	benchFiller   = []string{
		"The situation on the ground remained tense, according to local officials.",
		"Analysts said the move could reshape the balance of power in the region.",
		"Humanitarian groups have warned of worsening conditions for civilians.",
		"The statement gave no further details about the talks.",
		"Diplomats described the atmosphere as constructive but cautious.",
		"Prices for fuel and bread have risen sharply across the country.",
		"The ministry did not respond to a request for comment.",
		"Thousands of people have fled the fighting, aid agencies say.",
	}
)

// benchEvent is a happening that several synthetic articles report.
type benchEvent struct {
	day        time.Time
	a, b       int // people
	c1, c2     int // countries
	city, verb int
	precision  int // 0 day, 1 month, 2 year
	group      int
}

// writeBenchCorpus writes the n articles of timeline's benchArticles(n) to dir as
// 00000.txt, 00001.txt ...: "Published: YYYY-MM-DD\nSource: OUTLET\n\n" and the text.
// It returns the total size of the files.
func writeBenchCorpus(dir string, n int) (int64, error) {
	r := rand.New(rand.NewPCG(1, 2))
	events := make([]benchEvent, max(1, n/5))
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range events {
		events[i] = benchEvent{
			day: base.AddDate(0, 0, r.IntN(3650)), a: r.IntN(len(benchPeople)), b: r.IntN(len(benchPeople)),
			c1: r.IntN(len(benchCountries)), c2: r.IntN(len(benchCountries)), city: r.IntN(len(benchCities)),
			verb: r.IntN(len(benchVerbs)), precision: r.IntN(3), group: r.IntN(len(benchGroups)),
		}
	}
	var total int64
	var b strings.Builder
	for i := range n {
		b.Reset()
		pub := base.AddDate(0, 0, r.IntN(3650))
		outlet := benchOutlets[r.IntN(len(benchOutlets))]
		fmt.Fprintf(&b, "%s meets %s as talks on %s continue\n\n", benchPeople[r.IntN(len(benchPeople))], benchPeople[r.IntN(len(benchPeople))], benchCountries[r.IntN(len(benchCountries))])
		for b.Len() < 3900 {
			e := events[r.IntN(len(events))]
			switch r.IntN(13) {
			case 0:
				fmt.Fprintf(&b, "%s met %s in %s on %s %d, %d, and the two %s.\n\n", benchPeople[e.a], benchPeople[e.b], benchCities[e.city], benchMonths[e.day.Month()-1], e.day.Day(), e.day.Year(), benchVerbs[e.verb])
			case 1:
				fmt.Fprintf(&b, "In %s %d, %s and %s %s in %s, officials said.\n\n", benchMonths[e.day.Month()-1], e.day.Year(), benchCountries[e.c1], benchCountries[e.c2], benchVerbs[e.verb], benchCities[e.city])
			case 2:
				fmt.Fprintf(&b, "%s President %s said on %s that %s had %s with %s. “We will not accept threats, today or tomorrow,” he told reporters.\n\n", benchDemonyms[e.c1], benchPeople[e.a], benchWeekdays[pub.Weekday()], benchCountries[e.c1], benchVerbs[e.verb], benchGroups[e.group])
			case 3:
				fmt.Fprintf(&b, "%s has controlled parts of %s since %s %d, and for years the fighting has displaced civilians. %s\n\n", benchGroups[e.group], benchCountries[e.c2], benchMonths[e.day.Month()-1], e.day.Year(), benchFiller[r.IntN(len(benchFiller))])
			case 4:
				fmt.Fprintf(&b, "ADVERTISEMENT\n\n%s %s\n\n", benchFiller[r.IntN(len(benchFiller))], benchFiller[r.IntN(len(benchFiller))])
			case 5:
				fmt.Fprintf(&b, "%s, left, speaks with %s during their meeting in %s, %s %d, %d. Photo Agency/%s%d\n\n", benchPeople[e.a], benchPeople[e.b], benchCities[e.city], benchMonths[e.day.Month()-1], e.day.Day(), e.day.Year(), outlet, e.day.Year())
			case 6:
				fmt.Fprintf(&b, "The %s foreign minister, Karim Haddad%d, said last week that talks with %s would resume in %d. Haddad%d added that the U.S. and Dr. Lee were informed at 10 a.m. on Jan. 5.\n\n", benchDemonyms[e.c1], e.c1, benchCountries[e.c2], e.day.Year(), e.c1)
			case 7:
				fmt.Fprintf(&b, "Read more: %s and %s after the talks https://example.org/%d/%d\n\n", benchPeople[e.a], benchPeople[e.b], e.day.Year(), i)
			case 8:
				fmt.Fprintf(&b, "%s %s The ministry of %s confirmed on %s that %s %s.\n\n", benchFiller[r.IntN(len(benchFiller))], benchFiller[r.IntN(len(benchFiller))], benchCountries[e.c2], benchWeekdays[r.IntN(7)], benchGroups[e.group], benchVerbs[e.verb])
			default: // undated paragraphs: most of a news article dates nothing
				fmt.Fprintf(&b, "%s %s %s “The priority is to protect civilians,” %s said. %s\n\n", benchFiller[r.IntN(len(benchFiller))], benchFiller[r.IntN(len(benchFiller))], benchFiller[r.IntN(len(benchFiller))], benchPeople[e.a], benchFiller[r.IntN(len(benchFiller))])
			}
		}
		file := fmt.Sprintf("Published: %s\nSource: %s\n\n%s", pub.Format("2006-01-02"), outlet, b.String())
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), []byte(file), 0o644); err != nil {
			return 0, err
		}
		total += int64(len(file))
	}
	return total, nil
}

// TestWriteBenchCorpus writes the end-to-end benchmark's corpus of 10,000 articles
// (about 40 MB) to the folder DATELINE_BENCH_CORPUS names, to time the command on it:
//
//	DATELINE_BENCH_CORPUS=/tmp/big go test -run TestWriteBenchCorpus .
//	/usr/bin/time -f "%e s %M KB" ./dateline export -f json -o /tmp/x.json --force /tmp/big
func TestWriteBenchCorpus(t *testing.T) {
	dir := os.Getenv("DATELINE_BENCH_CORPUS")
	if dir == "" {
		t.Skip("set DATELINE_BENCH_CORPUS to a folder to write the corpus to")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	size, err := writeBenchCorpus(dir, 10000)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote 10000 articles, %d bytes, to %s", size, dir)
}

// BenchmarkExport runs `dateline export -f json -o FILE --force DIR` in process on a
// folder of 10,000 synthetic plain-text articles (about 40 MB; see writeBenchCorpus):
// loading, extracting, merging and writing the JSON export, what a user waits for. It
// reports MB/s of input files, the CPU seconds per run (all cores) and, on Linux, the
// resident memory of the process as a multiple of the input size: before the run
// (start-rss/input: the test binary, after returning free memory to the system) and at
// its peak during the run (peak-rss/input, the kernel's VmHWM, reset before each run;
// the largest of the runs). DESIGN.md's bar: under 2 s on 2 cores, under 3x the input.
func BenchmarkExport(b *testing.B) {
	dir := b.TempDir()
	size, err := writeBenchCorpus(dir, 10000)
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "timeline.json")
	args := []string{"export", "-f", "json", "-o", out, "--force", dir}
	b.SetBytes(size)
	var startRSS, peakRSS uint64
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		debug.FreeOSMemory()
		reset := resetPeakRSS()
		var rss uint64
		if reset {
			rss, _ = residentSet()
		}
		cpu0 := cpuTime()
		b.StartTimer()
		var stderr strings.Builder
		if code := run(args, nil, io.Discard, &stderr); code != 0 {
			b.Fatalf("exit %d: %s", code, stderr.String())
		}
		b.StopTimer()
		cpu += cpuTime() - cpu0
		if reset {
			_, peak := residentSet()
			startRSS, peakRSS = max(startRSS, rss), max(peakRSS, peak)
		}
		b.StartTimer()
	}
	in := float64(size)
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	if peakRSS > 0 {
		b.ReportMetric(float64(startRSS)/in, "start-rss/input")
		b.ReportMetric(float64(peakRSS)/in, "peak-rss/input")
	}
	runtime.KeepAlive(args)
}
