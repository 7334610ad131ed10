package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchParagraph is a news paragraph of the size articles have.
const benchParagraph = "Russian President Vladimir Putin met Syrian President Bashar al-Assad in Moscow on Wednesday, " +
	"the Kremlin said on Thursday, as tensions in the Middle East rose after the attack of 7 October 2023. "

// writeBenchFiles writes n articles of about 4 KB to dir, cycling through
// the formats with the given weights, and returns their total size.
func writeBenchFiles(b *testing.B, dir string, n int, formats []string) int64 {
	b.Helper()
	body := strings.Repeat(benchParagraph, 3)
	var total int64
	for i := range n {
		var name, s string
		paras := make([]string, 7)
		for j := range paras {
			paras[j] = fmt.Sprintf("%s Paragraph %d of article %d.", body, j, i)
		}
		switch formats[i%len(formats)] {
		case "txt":
			name = fmt.Sprintf("a%05d.txt", i)
			s = fmt.Sprintf("Title: Article %d\nDate: 2024-07-25\nSource: Wire\n\n%s\n", i, strings.Join(paras, "\n\n"))
		case "md":
			name = fmt.Sprintf("a%05d.md", i)
			s = fmt.Sprintf("---\ntitle: Article %d\ndate: 2024-07-25\nsource: Wire\n---\n\n# Article %d\n\n%s\n", i, i, strings.Join(paras, "\n\n**Update:**\n\n"))
		case "html":
			name = fmt.Sprintf("a%05d.html", i)
			s = fmt.Sprintf(`<!DOCTYPE html><html><head><title>Article %d | Wire</title><meta property="article:published_time" content="2024-07-25T10:00:00Z"><meta property="og:site_name" content="Wire"></head>`+
				`<body><header><nav><a href="/">Home</a><a href="/world">World</a></nav></header><main><article><h1>Article %d</h1><p>%s</p></article>`+
				`<aside><a href="/x">Related story from 2019</a></aside></main><footer>(c) 2024 Wire</footer><script>track()</script></body></html>`, i, i, strings.Join(paras, "</p><p>"))
		case "jsonl":
			name = fmt.Sprintf("a%05d.jsonl", i)
			s = fmt.Sprintf(`{"title":"Article %d","published":"2024-07-25","outlet":"Wire","url":"https://wire.example/%d","text":%q}`+"\n", i, i, strings.Join(paras, "\n\n"))
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(s))
	}
	return total
}

func benchmarkLoad(b *testing.B, formats []string) {
	dir := b.TempDir()
	const n = 2000
	size := writeBenchFiles(b, dir, n, formats)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		arts, errs := Load(context.Background(), []string{dir}, Options{})
		if len(arts) != n || errs.Err() != nil {
			b.Fatalf("got %d articles and %v, want %d", len(arts), errs, n)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkLoad2000Text loads 2,000 plain-text articles (about 4 KB each).
func BenchmarkLoad2000Text(b *testing.B) { benchmarkLoad(b, []string{"txt"}) }

// BenchmarkLoad2000Mixed loads 2,000 articles: text, Markdown, HTML and JSON lines.
func BenchmarkLoad2000Mixed(b *testing.B) {
	benchmarkLoad(b, []string{"txt", "html", "md", "txt", "jsonl", "html"})
}

// BenchmarkLoad2000HTML loads 2,000 web pages through the article extractor.
func BenchmarkLoad2000HTML(b *testing.B) { benchmarkLoad(b, []string{"html"}) }

// BenchmarkParse measures each format's parser on a fixture held in memory.
func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"plain.txt", "latin1.txt", "yaml-front.md", "boilerplate.html", "no-meta-page.htm", "world.rss", "wire.atom", "wire.jsonl"} {
		data, err := os.ReadFile(filepath.Join("testdata", "corpus", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if arts, _ := parse(input{path: name, data: data}); len(arts) == 0 {
					b.Fatal("no article")
				}
			}
		})
	}
}
