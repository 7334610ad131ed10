package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"dateline/timeline"
	"dateline/timeline/export"
)

// prompt asks for the path the export goes to, then, when that file
// exists, whether to overwrite it.
type prompt struct {
	input textinput.Model
	path  string // the path asked about while confirming
}

func newPrompt() prompt {
	in := textinput.New()
	in.Prompt = "Export Markdown to: "
	return prompt{input: in}
}

func (p *prompt) open(path string) {
	p.input.Reset()
	p.input.SetValue(path)
	p.input.CursorEnd()
	p.path = ""
}

// updatePrompt handles a key press while the export prompt or the
// overwrite question is open.
func (m Model) updatePrompt(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	if m.mode == modeConfirm {
		m.mode = modeExport
		if key.Matches(msg, k.Yes) {
			m.status = "writing " + m.prompt.path + "…"
			return m, exportCmd(m.exportView(), m.prompt.path, true)
		}
		m.status, m.statusErr = "not overwritten: choose another path", false
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Cancel):
		m.mode = modeBrowse
		m.prompt.input.Blur()
		m.layout()
		return m, nil
	case key.Matches(msg, k.Accept):
		path := strings.TrimSpace(m.prompt.input.Value())
		if path == "" {
			m.status, m.statusErr = "type a file name for the export", true
			return m, nil
		}
		return m, exportCmd(m.exportView(), path, false)
	}
	var cmd tea.Cmd
	m.prompt.input, cmd = m.prompt.input.Update(msg)
	return m, cmd
}

// exportView is exactly what the list shows.
func (m Model) exportView() export.View {
	return export.View{Timeline: m.tl, Events: m.view, Filter: m.filter}
}

// exportedMsg reports a finished export: the absolute path written and the
// number of events, or the error.
type exportedMsg struct {
	path   string
	events int
	err    error
}

// existsMsg reports that the export path exists and nothing was written.
type existsMsg struct{ path string }

// exportCmd writes v as Markdown to path atomically: into a temporary file
// beside it, then renamed into place. Without overwrite an existing file is
// left alone and existsMsg asks first.
func exportCmd(v export.View, path string, overwrite bool) tea.Cmd {
	return func() tea.Msg {
		path = expandHome(path)
		abs, err := filepath.Abs(path)
		if err != nil {
			return exportedMsg{err: fmt.Errorf("export %s: %w", path, err)}
		}
		if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
			// A folder: the export goes inside it under the default name.
			abs = filepath.Join(abs, defaultExportPath(v.Filter))
			path = abs
		}
		if !overwrite {
			if _, err := os.Lstat(abs); err == nil {
				return existsMsg{path: path}
			}
		}
		if err := writeAtomic(abs, v, overwrite); errors.Is(err, fs.ErrExist) {
			return existsMsg{path: path}
		} else if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) { // the temporary file's name says nothing useful
				err = pe.Err
			}
			return exportedMsg{err: fmt.Errorf("export %s: %w", path, err)}
		}
		return exportedMsg{path: abs, events: len(v.Events)}
	}
}

// writeAtomic renders v, writes it to a temporary file in path's directory
// and moves it into place: with a rename when overwriting, otherwise with a
// hard link, which fails if path has appeared meanwhile.
func writeAtomic(path string, v export.View, overwrite bool) error {
	var buf bytes.Buffer
	if err := export.Write(&buf, export.Markdown, v); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) //nolint:errcheck // gone after a rename; cleanup otherwise
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	if overwrite {
		return os.Rename(tmp, path)
	}
	err = os.Link(tmp, path) // fails if path exists, unlike a rename
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	// No hard links on this file system: check, then rename.
	if _, err := os.Lstat(path); err == nil {
		return fs.ErrExist
	}
	return os.Rename(tmp, path)
}

func expandHome(p string) string {
	if rest, ok := strings.CutPrefix(p, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return p
}

// defaultExportPath names the export after the filter: timeline.md, or
// timeline-erdogan-2015.md for a filtered view.
func defaultExportPath(f timeline.Filter) string {
	var sb strings.Builder
	dash := true
	for _, r := range timeline.Fold(f.String()) {
		ok := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case ok:
			sb.WriteRune(r)
			dash = false
		case !dash:
			sb.WriteByte('-')
			dash = true
		}
		if sb.Len() >= 40 {
			break
		}
	}
	slug := strings.Trim(sb.String(), "-")
	for _, q := range []string{"actor-", "source-"} {
		slug = strings.ReplaceAll(slug, q, "")
	}
	if slug == "" {
		return "timeline.md"
	}
	return "timeline-" + slug + ".md"
}

// view draws the prompt line, or the overwrite question.
func (p prompt) view(st *styles, confirm bool, w int) string {
	if confirm {
		return truncate(st.errLine.Render(clean(p.path)+" exists. Overwrite it? ")+st.prompt.Render("y")+st.muted.Render(" yes · any other key: no"), w)
	}
	return p.input.View()
}
