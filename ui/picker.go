package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"dateline/timeline"
)

// picker chooses actors: typing narrows the list (ignoring case and
// diacritics), space toggles the actor under the cursor, enter applies.
type picker struct {
	st            *styles
	tl            *timeline.Timeline
	idx           *index
	input         textinput.Model
	shown         []int           // indices into tl.Actors matching the input
	rank          []int           // actors with events, most events in view first
	inView        []int32         // per actor: its events in the view the picker narrows
	on            map[string]bool // chosen canonical names
	order         []string        // chosen names in the order they were chosen
	toggled       bool            // space was pressed since the picker opened
	cursor        int
	offset        int
	width, height int
}

func newPicker() picker {
	in := textinput.New()
	in.Prompt = "Actor: "
	in.Placeholder = "type to narrow"
	return picker{input: in}
}

// open resets the picker to every actor with the current choice ticked;
// view is what the other filters select, which the counts are taken in.
func (p *picker) open(tl *timeline.Timeline, idx *index, chosen []string, view []int) {
	p.tl, p.idx = tl, idx
	p.inView = idx.actorCounts(view)
	p.rank = p.rank[:0:0] // a new slice: an earlier copy of the model may still read the old one
	for a, ev := range idx.actorEvents {
		if len(ev) > 0 {
			p.rank = append(p.rank, a)
		}
	}
	slices.SortStableFunc(p.rank, func(a, b int) int {
		if d := cmp.Compare(p.inView[b], p.inView[a]); d != 0 {
			return d
		}
		return cmp.Compare(len(idx.actorEvents[b]), len(idx.actorEvents[a]))
	})
	p.on = map[string]bool{}
	p.order = append([]string(nil), chosen...)
	for _, n := range chosen {
		p.on[n] = true
	}
	p.input.SetValue("")
	p.toggled = false
	p.narrow()
}

// chosen returns the ticked actors in the order they were ticked. When
// nothing is ticked and nothing was toggled, enter means the actor under
// the cursor: a, type a name, enter.
func (p picker) chosen() []string {
	if !p.toggled && len(p.order) == 0 && p.cursor < len(p.shown) {
		return []string{p.tl.Actors[p.shown[p.cursor]].Name}
	}
	var out []string
	for _, n := range p.order {
		if p.on[n] {
			out = append(out, n)
		}
	}
	return out
}

// narrow lists the actors matching the input that take part in an event
// (the others would only empty the list): the chosen ones first, then by
// their events in view, most first, so that those with none in view sink
// to the bottom.
func (p *picker) narrow() {
	match := make([]bool, len(p.tl.Actors))
	for _, a := range p.idx.actorsMatching(p.input.Value()) {
		match[a] = true
	}
	var chosen, rest []int
	for _, a := range p.rank {
		switch {
		case !match[a]:
		case p.on[p.tl.Actors[a].Name]:
			chosen = append(chosen, a)
		default:
			rest = append(rest, a)
		}
	}
	p.shown = append(chosen, rest...)
	p.cursor, p.offset = 0, 0
}

func (p *picker) resize(w, h int) {
	p.width, p.height = max(1, w), max(1, h)
	p.input.SetWidth(max(1, w-len(p.input.Prompt)-1))
	p.scroll()
}

// update handles a key press: movement, toggling, or typing.
func (p picker) update(msg tea.KeyPressMsg, k KeyMap) (picker, tea.Cmd) {
	switch {
	case key.Matches(msg, k.PickUp):
		p.cursor--
	case key.Matches(msg, k.PickDown):
		p.cursor++
	case key.Matches(msg, k.PageUp):
		p.cursor -= p.rows()
	case key.Matches(msg, k.PageDown):
		p.cursor += p.rows()
	case key.Matches(msg, k.Toggle):
		if p.cursor < len(p.shown) {
			n := p.tl.Actors[p.shown[p.cursor]].Name
			p.on[n] = !p.on[n]
			p.toggled = true
			if p.on[n] {
				p.order = append(p.order, n)
			}
		}
	default:
		var cmd tea.Cmd
		before := p.input.Value()
		p.input, cmd = p.input.Update(msg)
		if p.input.Value() != before {
			p.narrow()
		}
		return p, cmd
	}
	p.scroll()
	return p, nil
}

// paste types pasted text into the input.
func (p picker) paste(msg tea.PasteMsg) (picker, tea.Cmd) {
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	p.narrow()
	return p, cmd
}

// rows is the number of actor lines that fit under the input line.
func (p picker) rows() int { return max(1, p.height-1) }

func (p *picker) scroll() {
	p.cursor = max(0, min(p.cursor, len(p.shown)-1))
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+p.rows() {
		p.offset = p.cursor - p.rows() + 1
	}
}

// view draws the input line and the visible window of actors.
func (p picker) view() string {
	st := p.st
	lines := make([]string, 0, p.height)
	lines = append(lines, truncate(p.input.View(), p.width))
	if len(p.shown) == 0 {
		lines = append(lines, st.muted.Render(truncate("No actor matches.", p.width)))
	}
	for i := p.offset; i < len(p.shown) && len(lines) < p.height; i++ {
		a := &p.tl.Actors[p.shown[i]]
		box := "[ ] "
		if p.on[a.Name] {
			box = "[x] "
		}
		in := p.inView[p.shown[i]]
		count := fmt.Sprintf(" %d/%d", in, len(p.idx.actorEvents[p.shown[i]]))
		name := truncate(clean(a.Name), p.width-len(box)-len(count)-1)
		pad := strings.Repeat(" ", max(0, p.width-len(box)-width(name)-len(count)))
		if i == p.cursor {
			lines = append(lines, st.selected.Render(box+name+pad+count))
			continue
		}
		b := st.muted.Render(box)
		if p.on[a.Name] {
			b = st.check.Render(box)
		}
		ns := st.actor
		if in == 0 {
			ns = st.muted
		}
		lines = append(lines, b+ns.Render(name)+pad+st.muted.Render(count))
	}
	for len(lines) < p.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
