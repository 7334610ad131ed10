package export

import (
	"io"
	"strconv"
	"testing"

	"dateline/data"
	"dateline/timeline"
)

// bigTimeline has n events over 200 articles, each with two sources.
func bigTimeline(n int) *timeline.Timeline {
	var arts []data.Article
	for i := range 200 {
		arts = append(arts, data.Article{ID: "a" + strconv.Itoa(i), Outlet: "Outlet " + strconv.Itoa(i%20), Title: "Title of article " + strconv.Itoa(i),
			URL: "https://news.example/" + strconv.Itoa(i), Published: tt(2024, 1+i%12, 1+i%28)})
	}
	dates := []string{"2011", "2015-09", "2024-07-24", "2013-Q1", "2024-W29"}
	sentence := "Russia’s Vladimir Putin hosted Bashar al-Assad, the Syrian leader whom he has propped up since 2011, in Moscow on Wednesday."
	t := &timeline.Timeline{Articles: arts}
	for i := range n {
		a, b := arts[i%200], arts[(i*7+3)%200]
		t.Events = append(t.Events, timeline.Event{ID: strconv.Itoa(i), Date: timeline.MustDate(dates[i%len(dates)]),
			Summary: sentence[:80], Actors: []string{"Vladimir Putin", "Bashar al-Assad", "Russia"}, Place: "Moscow",
			Sources: []timeline.Source{src(a, sentence, "Wednesday"), src(b, sentence, "since 2011")}})
	}
	t.Actors = []timeline.Actor{{Name: "Vladimir Putin", Kind: "person", Events: n}, {Name: "Bashar al-Assad", Kind: "person", Events: n}, {Name: "Russia", Kind: "country", Events: n}}
	return t
}

// countWriter counts bytes written.
type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkWrite reports each format's throughput in MB/s of output for a
// view of 10,000 events.
func BenchmarkWrite(b *testing.B) {
	tl := bigTimeline(10000)
	v := View{Timeline: tl, Events: all(tl)}
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			var cw countWriter
			if err := Write(&cw, f, v); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(cw.n)
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, f, v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
