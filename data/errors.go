package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"
)

// Errors an input can be rejected with; callers may branch on them with errors.Is.
var (
	ErrEmpty    = errors.New("file is empty")
	ErrBinary   = errors.New("file looks binary, not text")
	ErrTooLarge = errors.New("too large")
	ErrNoText   = errors.New("no article text found")
)

// FileError reports why one input (or one line or item of it) could not be loaded.
type FileError struct {
	Input string // the path, URL or "-" as given or found in a folder
	Line  int    // 1-based line of a JSON lines record; 0 for the whole input
	Err   error
}

// Error implements error: "input: reason" or "input: line N: reason".
// Control characters (from a file name or a file's content) are shown as
// "?", so printing the message cannot drive the terminal.
func (e *FileError) Error() string {
	if e.Line > 0 {
		return printable(fmt.Sprintf("%s: line %d: %v", e.Input, e.Line, e.Err))
	}
	return printable(fmt.Sprintf("%s: %v", e.Input, e.Err))
}

// printable replaces control characters, bidi overrides and invalid UTF-8 with "?".
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == utf8.RuneError ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			return '?'
		}
		return r
	}, s)
}

// Unwrap returns the cause.
func (e *FileError) Unwrap() error { return e.Err }

// ErrorList collects per-input errors; Err returns nil when it is empty.
type ErrorList []*FileError

// Error implements error, naming the first problem and counting the rest.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// osReason rewrites an error from the file system in words a user can act
// on, without repeating the path that FileError already names.
func osReason(err error) error {
	var pe *fs.PathError
	cause := err
	if errors.As(err, &pe) {
		cause = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no such file or folder: %w", fs.ErrNotExist)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("permission denied: check that you may read it: %w", fs.ErrPermission)
	case errors.Is(err, syscall.EISDIR):
		return fmt.Errorf("is a folder, not a file: %w", cause)
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("symbolic link loop: %w", cause)
	}
	return fmt.Errorf("cannot read: %w", cause)
}

// danglingLink reports whether path is a symbolic link whose target is missing.
func danglingLink(path string) (string, bool) {
	st, err := os.Lstat(path)
	if err != nil || st.Mode()&fs.ModeSymlink == 0 {
		return "", false
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return "", false
	}
	target, _ := os.Readlink(path)
	return target, true
}
