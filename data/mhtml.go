package data

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
)

// isMHTML reports whether b starts like a page saved as a single file
// (MHTML, .mht or .mhtml): MIME headers announcing a multipart/related body.
func isMHTML(b []byte) bool {
	head := b[:min(len(b), 4096)]
	end := bytes.Index(head, []byte("\n\r\n"))
	if e := bytes.Index(head, []byte("\n\n")); e >= 0 && (end < 0 || e < end) {
		end = e
	}
	if end < 0 {
		return false
	}
	var buf [4096]byte
	headers := asciiLower(buf[:0], head[:end])
	return bytes.Contains(headers, []byte("mime-version:")) && bytes.Contains(headers, []byte("multipart/related"))
}

// parseMHTML finds the HTML page inside an MHTML file and extracts its
// article; the snapshot's address becomes the page URL.
func parseMHTML(in input) (Article, error) {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(in.data)))
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return Article{}, fmt.Errorf("not a readable saved page (MHTML): %w", err)
	}
	mt, params, err := mime.ParseMediaType(hdr.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return Article{}, errors.New("not a readable saved page (MHTML): no multipart boundary")
	}
	mr := multipart.NewReader(tp.R, params["boundary"])
	for {
		part, err := mr.NextRawPart()
		if err != nil {
			return Article{}, fmt.Errorf("%w: the saved page (MHTML) holds no HTML part", ErrNoText)
		}
		pt, pp, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if pt != "text/html" {
			continue
		}
		var r io.Reader = part
		switch strings.ToLower(strings.TrimSpace(part.Header.Get("Content-Transfer-Encoding"))) {
		case "quoted-printable":
			r = quotedprintable.NewReader(part)
		case "base64":
			r = base64.NewDecoder(base64.StdEncoding, newlineStripper{part})
		}
		page, err := io.ReadAll(r)
		if err != nil {
			return Article{}, fmt.Errorf("saved page (MHTML): cannot decode its HTML: %w", err)
		}
		html := input{path: in.path, data: page, url: in.url}
		if cs := pp["charset"]; cs != "" {
			html.contentType = "text/html; charset=" + cs
		}
		if html.url == "" {
			html.url = absURL(firstNonEmpty(hdr.Get("Snapshot-Content-Location"), part.Header.Get("Content-Location")), "")
		}
		return parseHTML(html)
	}
}

// newlineStripper drops line breaks from base64 text.
type newlineStripper struct{ r io.Reader }

func (s newlineStripper) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	j := 0
	for _, c := range p[:n] {
		if c != '\n' && c != '\r' {
			p[j] = c
			j++
		}
	}
	return j, err
}
