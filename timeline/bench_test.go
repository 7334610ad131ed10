package timeline

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"dateline/data"
)

// Pools the synthetic articles draw from.
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

// benchArticles generates n realistic articles of about 4 KB (boilerplate, captions and
// credits, quotes, relative and absolute dates) that report events from a shared pool,
// so that merging has work to do. About 16 dated statements an article: the density of
// the seed articles (8 in 2.7 KB, 13 in 3.7 KB).
func benchArticles(n int) []data.Article {
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
	arts := make([]data.Article, n)
	var b strings.Builder
	for i := range arts {
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
		text := strings.Clone(b.String())
		arts[i] = data.Article{ID: fmt.Sprintf("a%05d", i), Path: fmt.Sprintf("bench/%05d.txt", i), Outlet: outlet,
			Title: firstLine(text), Published: pub, PublishedFrom: data.FromHeader, Text: text}
	}
	return arts
}

// BenchmarkBuild builds the timeline of 10,000 synthetic articles (about 40 MB) on all
// cores. It reports MB/s, the CPU seconds per Build (all cores) and, as multiples of the
// input text size, the heap allocated for the articles alone, at its peak during Build
// and after Build and a collection (see buildMemory). On Linux it also reports the
// resident memory of the whole process (heap, free heap the runtime has not yet returned,
// stacks, runtime and program; see buildMemory), as a multiple of the input text size:
// before Build, with the articles loaded (input-rss/input), and at its peak during Build
// (peak-rss/input).
func BenchmarkBuild(b *testing.B) {
	arts := benchArticles(10000)
	size := 0
	for i := range arts {
		size += len(arts[i].Text)
	}
	b.SetBytes(int64(size))
	events := 0
	cpu0 := cpuTime()
	for b.Loop() {
		events = len(Build(arts).Events)
	}
	cpu := cpuTime() - cpu0
	b.StopTimer()
	m := buildMemory(arts)
	in := float64(size)
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(m.base)/in, "input-heap/input")
	b.ReportMetric(float64(m.peak)/in, "peak-heap/input")
	b.ReportMetric(float64(m.retained)/in, "retained-heap/input")
	if m.peakRSS > 0 {
		b.ReportMetric(float64(m.baseRSS)/in, "input-rss/input")
		b.ReportMetric(float64(m.peakRSS)/in, "peak-rss/input")
	}
	b.ReportMetric(float64(events), "events")
}

// memory is what buildMemory measures, in bytes.
type memory struct {
	base, peak, retained uint64 // heap allocated: articles alone, peak during Build, after
	baseRSS, peakRSS     uint64 // process resident set: before Build, peak during Build (0: unknown)
}

// buildMemory builds the timeline of arts once and measures the heap allocated before
// (the articles alone), the peak heap allocated while building (sampled every 5 ms; input
// and garbage not yet collected included) and the heap allocated after a collection with
// the input and the timeline alive.
//
// On Linux it also measures the resident set size of the process (VmRSS) just before
// Build, after a collection that returns all free heap to the system, and its exact peak
// (VmHWM, which the kernel keeps and /proc/self/clear_refs resets) during Build. Both
// count everything the process holds in memory: the articles, the live heap and garbage
// not yet collected, heap the runtime keeps after collecting it, goroutine stacks, the
// runtime's own memory and the program's code and data pages touched. The peak is 0
// (unknown) when the kernel does not let the process reset VmHWM, since it would then be
// the peak of the whole benchmark run, not of Build.
func buildMemory(arts []data.Article) memory {
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	var out memory
	var max atomic.Uint64
	out.base = m.HeapAlloc
	max.Store(out.base)
	if resetPeakRSS() {
		out.baseRSS, _ = residentSet()
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var m runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				runtime.ReadMemStats(&m)
				if m.HeapAlloc > max.Load() {
					max.Store(m.HeapAlloc)
				}
			}
		}
	}()
	tl := Build(arts)
	close(stop)
	<-done
	if out.baseRSS > 0 {
		_, out.peakRSS = residentSet()
	}
	out.peak = max.Load()
	runtime.GC()
	runtime.ReadMemStats(&m)
	out.retained = m.HeapAlloc
	runtime.KeepAlive(tl)
	runtime.KeepAlive(arts)
	return out
}

// BenchmarkSegment splits 100 synthetic articles into sentences.
func BenchmarkSegment(b *testing.B) {
	arts := benchArticles(100)
	size := 0
	for i := range arts {
		size += len(arts[i].Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i := range arts {
			segment(arts[i].Text)
		}
	}
}
