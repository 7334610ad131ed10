package data

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// newSite serves the boilerplate page and the failure cases a fetch meets.
func newSite(t *testing.T) (*httptest.Server, chan struct{}) {
	t.Helper()
	page, err := os.ReadFile("testdata/corpus/boilerplate.html")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile("testdata/corpus/world.rss")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "dateline/") {
			http.Error(w, "bad agent "+ua, http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/noext", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Talks resumed on 15 July 2024."))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/plain", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("Talks went on. ", 1000)))
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 100 {
			w.Write([]byte(strings.Repeat("Talks went on. ", 10)))
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { close(release); srv.Close() })
	return srv, release
}

func TestLoadURLs(t *testing.T) {
	srv, _ := newSite(t)
	u := srv.URL
	arts, errs := Load(context.Background(), []string{
		u + "/article", u + "/missing", u + "/moved", u + "/big", u + "/bigchunked", u + "/loop", u + "/noext",
	}, Options{MaxBytes: 8192})
	if len(arts) != 4 {
		t.Fatalf("got %d articles, want 4 (page, redirect target, two feed items)", len(arts))
	}
	if a := arts[0]; a.Outlet != "Global Ledger" || a.PublishedFrom != FromHTMLMeta || !strings.HasPrefix(a.Text, "Russian President") {
		t.Errorf("page: got outlet %q from %q text %.40q", a.Outlet, a.PublishedFrom, a.Text)
	}
	if a := arts[1]; a.URL != u+"/plain" || !strings.HasPrefix(a.Text, "Talks resumed") {
		t.Errorf("redirect: got url %q text %q, want the final URL %s/plain", a.URL, a.Text, u)
	}
	if a := arts[2]; a.PublishedFrom != FromFeed || a.Outlet != "Harbour Post" {
		t.Errorf("feed by content type: got outlet %q from %q", a.Outlet, a.PublishedFrom)
	}
	want := map[string]string{
		u + "/missing":    "HTTP 404 Not Found",
		u + "/big":        "over the 8 KiB limit",
		u + "/bigchunked": "over the 8 KiB limit",
		u + "/loop":       "stopped after 10 redirects",
	}
	if len(errs) != len(want) {
		t.Errorf("got %d errors, want %d: %v", len(errs), len(want), errs)
	}
	for _, e := range errs {
		if frag, ok := want[e.Input]; !ok || !strings.Contains(e.Error(), frag) || !strings.HasPrefix(e.Error(), e.Input+": ") {
			t.Errorf("got error %q, want it to name %s and contain %q", e, e.Input, frag)
		}
	}
}

func TestFetchTimeout(t *testing.T) {
	srv, _ := newSite(t)
	// /slow never answers: any timeout expires, however busy the machine.
	_, errs := Load(context.Background(), []string{srv.URL + "/slow"}, Options{Timeout: 100 * time.Millisecond})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "timed out: no complete response within 100ms") || errs[0].Input != srv.URL+"/slow" {
		t.Errorf("got %v, want one timeout error naming the URL", errs)
	}
}

func TestFetchUnknownHost(t *testing.T) {
	_, errs := Load(context.Background(), []string{"http://no-such-host.invalid/a"}, Options{Timeout: 2 * time.Second})
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "http://no-such-host.invalid/a: ") {
		t.Errorf("got %v, want one error naming the URL", errs)
	}
}
