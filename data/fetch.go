package data

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// DefaultTimeout bounds one URL fetch (connection, redirects and body) unless told otherwise.
const DefaultTimeout = 30 * time.Second

// DefaultUserAgent names dateline to the sites it fetches.
const DefaultUserAgent = "dateline/1 (news timeline reader)"

// maxRedirects is how many redirects a fetch follows.
const maxRedirects = 10

// newClient returns an HTTP client that follows up to maxRedirects
// redirects, only to http and https, and gives up after timeout.
func newClient(timeout time.Duration) *http.Client {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirected to a %s URL, only http and https are fetched", req.URL.Scheme)
			}
			return nil
		},
	}
}

// fetcher downloads URLs.
type fetcher struct {
	client    *http.Client
	userAgent string
	maxBytes  int64
}

// fetch downloads one page or feed. Its errors name the status or the
// reason, never only "failed".
func (f fetcher) fetch(ctx context.Context, url string) (input, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return input{}, fmt.Errorf("not a valid URL: %w", err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return input{}, fetchReason(err, f.client.Timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return input{}, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > f.maxBytes {
		return input{}, tooLarge(resp.ContentLength, f.maxBytes)
	}
	in, err := readAll(resp.Body, f.maxBytes)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return input{}, err
		}
		return input{}, fmt.Errorf("reading the response: %w", fetchReason(err, f.client.Timeout))
	}
	in.contentType = resp.Header.Get("Content-Type")
	in.url = resp.Request.URL.String()
	return in, nil
}

// fetchReason turns a client error into words: a timeout says how long
// was waited, a DNS failure says the host is unknown.
func fetchReason(err error, timeout time.Duration) error {
	var dnsErr *net.DNSError
	var netErr net.Error
	var opErr *net.OpError
	switch {
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("cancelled: %w", context.Canceled)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &netErr) && netErr.Timeout():
		if timeout > 0 {
			return fmt.Errorf("timed out: no complete response within %v", timeout)
		}
		return fmt.Errorf("timed out: %w", context.DeadlineExceeded)
	case errors.As(err, &dnsErr):
		return fmt.Errorf("unknown host %s: check the address and the network", dnsErr.Name)
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return fmt.Errorf("cannot connect to %s: %w", opErr.Addr, opErr.Err)
	}
	// Drop the `Get "url":` prefix: FileError names the URL already.
	msg := err.Error()
	if i := strings.Index(msg, `": `); i >= 0 && strings.HasPrefix(msg, "Get ") {
		msg = msg[i+3:]
	}
	return errors.New(msg)
}
