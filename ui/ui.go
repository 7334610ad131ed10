// Package ui is dateline's interactive terminal interface: a Bubble Tea
// program that shows a timeline as a list grouped by year beside a detail
// pane with every source, with incremental search, an actor picker, help,
// clipboard copy and Markdown export.
package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"dateline/timeline"
)

// Loader loads and builds the timeline, calling progress after each input
// file. It returns the per-file problems beside the timeline; a nil
// timeline means nothing could be loaded.
type Loader func(progress func(done, total int)) (*timeline.Timeline, []error)

// Options are the start-up settings that come from the environment.
type Options struct {
	NoColor bool // NO_COLOR is set: emphasis only, no colours
}

// focus is the pane that takes movement keys.
type focus int

const (
	focusList focus = iota
	focusDetail
)

// mode is what takes the keyboard.
type mode int

const (
	modeBrowse  mode = iota
	modeSearch       // the search line is open
	modePicker       // the actor picker is open
	modeExport       // the export path prompt is open
	modeConfirm      // asking whether to overwrite an existing file
)

// Model is the root model: it routes keys and sizes to the list, detail,
// search line, actor picker and export prompt, and owns the filter.
type Model struct {
	load     Loader
	loadProg *progress
	loading  bool
	progress progressMsg
	err      error // set when nothing could be loaded

	tl     *timeline.Timeline
	idx    *index
	base   timeline.Filter // filters from the command line
	query  timeline.Filter // the search line
	picked []string        // actors chosen in the picker
	filter timeline.Filter // base, query and picked together
	view   []int           // event indices shown, in order
	nsrc   int             // sources of the events shown

	width, height int
	isDark        bool
	noColor       bool
	styles        *styles
	keys          KeyMap
	help          help.Model
	showHelp      bool
	panes         panes

	list      list
	detail    detail
	focus     focus
	mode      mode
	search    textinput.Model
	searchErr string
	picker    picker
	prompt    prompt
	status    string
	statusErr bool
	browse    func(url string) error // opens a link: the system browser
}

// New returns the root model. The timeline comes from load, run in the
// background when the program starts; f is the filter it opens with.
func New(load Loader, f timeline.Filter, o Options) Model {
	m := Model{
		load: load, loadProg: newProgress(), loading: true,
		base: f, filter: f, isDark: true, noColor: o.NoColor,
		keys: newKeyMap(), help: help.New(), browse: startBrowser,
	}
	m.search = textinput.New()
	m.search.Prompt = "/"
	m.search.Placeholder = "words, actor:NAME, from:2015, to:2023-06, source:NAME"
	m.picker = newPicker()
	m.prompt = newPrompt()
	m.restyle()
	return m
}

// Err returns why the program could not show a timeline, after it quits.
func (m Model) Err() error { return m.err }

// Init implements tea.Model: it asks the terminal for its background
// colour and starts loading.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, loadCmd(m.load, m.loadProg), waitProgress(m.loadProg))
}

// Update implements tea.Model. Global messages first, then the key or
// mouse goes to whatever has the keyboard.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.restyle()
	case progressMsg:
		m.progress = msg
		return m, waitProgress(m.loadProg)
	case loadedMsg:
		return m.loaded(msg)
	case openedMsg, copiedMsg, exportedMsg, existsMsg:
		return m.result(msg)
	case tea.KeyPressMsg:
		if m.loading && !key.Matches(msg, m.keys.Quit) {
			return m, nil
		}
		return m.updateKey(msg)
	case tea.PasteMsg:
		return m.paste(msg)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		if m.mode == modeBrowse && !m.loading {
			m.mouse(msg.(tea.MouseMsg))
		}
	}
	return m, nil
}

// updateKey sends a key to whatever has the keyboard.
func (m Model) updateKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Interrupt) {
		return m, tea.Quit
	}
	switch m.mode {
	case modeSearch:
		return m.updateSearch(msg)
	case modePicker:
		return m.updatePicker(msg)
	case modeExport, modeConfirm:
		return m.updatePrompt(msg)
	}
	return m.updateBrowse(msg)
}

// updateBrowse handles a key press when no text input is open.
func (m Model) updateBrowse(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		m.layout()
	case key.Matches(msg, k.Search):
		m.mode = modeSearch
		m.layout()
		return m, m.search.Focus()
	case key.Matches(msg, k.Actors):
		m.mode = modePicker
		m.picker.open(m.tl, m.idx, m.picked, m.idx.query(m.base.And(m.query)))
		m.layout()
		return m, m.picker.input.Focus()
	case key.Matches(msg, k.Export):
		m.mode, m.status = modeExport, ""
		m.prompt.open(defaultExportPath(m.filter))
		m.layout()
		return m, m.prompt.input.Focus()
	case key.Matches(msg, k.Clear):
		m.clear()
	case key.Matches(msg, k.Focus):
		m.setFocus(1 - m.focus)
	case key.Matches(msg, k.Open):
		return m, m.openLink()
	case key.Matches(msg, k.Copy):
		return m, m.copyEvent()
	case m.focus == focusDetail && !key.Matches(msg, k.PrevYear, k.NextYear):
		m.detail, _ = m.detail.update(msg, k)
	default:
		m.list, _ = m.list.update(msg, k)
		m.syncDetail()
	}
	return m, nil
}

// clear dismisses the status line first, then the search and the picked
// actors, and when nothing else is left the command-line filters.
func (m *Model) clear() {
	switch {
	case m.status != "":
		m.status, m.statusErr = "", false
		m.layout()
		return
	case m.search.Value() != "" || len(m.picked) > 0:
		m.search.SetValue("")
		m.query, m.searchErr, m.picked = timeline.Filter{}, "", nil
	case !m.base.IsZero():
		m.base = timeline.Filter{}
	default:
		return
	}
	m.applyFilter()
}

// updateSearch handles a key press while the search line is open: the
// view narrows as the query changes; enter keeps it, esc clears it.
func (m Model) updateSearch(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Accept):
		m.mode = modeBrowse
		m.search.Blur()
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.Clear):
		m.mode = modeBrowse
		m.search.Blur()
		m.search.SetValue("")
		m.query, m.searchErr = timeline.Filter{}, ""
		m.applyFilter()
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.PickUp):
		m.list.move(-1)
		m.syncDetail()
		return m, nil
	case key.Matches(msg, m.keys.PickDown):
		m.list.move(1)
		m.syncDetail()
		return m, nil
	}
	var cmd tea.Cmd
	before := m.search.Value()
	m.search, cmd = m.search.Update(msg)
	if q := m.search.Value(); q != before {
		m.setQuery(q)
	}
	return m, cmd
}

// setQuery parses the search line and re-filters. A line that does not
// parse yet (from:20 while typing a year) keeps the last good filter.
func (m *Model) setQuery(q string) {
	f, err := timeline.ParseQuery(q)
	if err != nil {
		m.searchErr = err.Error()
		return
	}
	m.searchErr = ""
	m.query = f
	m.applyFilter()
}

// updatePicker handles a key press while the actor picker is open.
func (m Model) updatePicker(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.mode = modeBrowse
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.Accept):
		m.mode = modeBrowse
		m.picked = m.picker.chosen()
		m.applyFilter()
		m.layout()
		return m, nil
	}
	var cmd tea.Cmd
	m.picker, cmd = m.picker.update(msg, m.keys)
	return m, cmd
}

// paste sends pasted text to the open input line, if any.
func (m Model) paste(msg tea.PasteMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.mode {
	case modeSearch:
		before := m.search.Value()
		m.search, cmd = m.search.Update(msg)
		if q := m.search.Value(); q != before {
			m.setQuery(q)
		}
	case modePicker:
		m.picker, cmd = m.picker.paste(msg)
	case modeExport:
		m.prompt.input, cmd = m.prompt.input.Update(msg)
	}
	return m, cmd
}

// applyFilter re-filters the timeline and keeps the selection where it can.
func (m *Model) applyFilter() {
	f := m.base.And(m.query)
	if len(m.picked) > 0 {
		f = f.And(timeline.Filter{Actors: m.picked})
	}
	m.filter = f
	m.list.words = searchWords(f)
	m.detail.words = m.list.words
	if m.tl == nil {
		return
	}
	m.view = m.idx.query(f)
	m.nsrc = 0
	for _, i := range m.view {
		m.nsrc += int(m.idx.sources[i])
	}
	m.list.setEvents(m.tl, m.idx.year, m.view)
	m.syncDetail()
}

// syncDetail shows the selected event in the detail pane.
func (m *Model) syncDetail() {
	if i, ok := m.list.current(); ok {
		m.detail.setEvent(&m.tl.Events[i])
	} else {
		m.detail.setEvent(nil)
	}
}

// setFocus gives the movement keys to the list or the detail pane.
func (m *Model) setFocus(f focus) {
	m.focus = f
	m.detail.setFocused(f == focusDetail)
}

// current returns the selected event, or nil.
func (m Model) current() *timeline.Event {
	if i, ok := m.list.current(); ok {
		return &m.tl.Events[i]
	}
	return nil
}

// restyle rebuilds the styles for the background and shares them.
func (m *Model) restyle() {
	st := newStyles(m.isDark, m.noColor)
	m.styles = &st
	m.help.Styles = st.help
	m.search.SetStyles(st.input)
	m.picker.input.SetStyles(st.input)
	m.prompt.input.SetStyles(st.input)
	m.list.st, m.detail.st, m.picker.st = m.styles, m.styles, m.styles
	m.detail.render()
}
