package field

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/questions"
	"certpath/words"
)

// Allocation spreads 100 percent across a question's options with the arrow
// keys. The total can never pass 100, and it is always shown.
type Allocation struct {
	Base
	cursor int
	shares map[string]int
	// bars caches styled bars by filled and total width: styling is most
	// of the cost of a frame, and there are only a few distinct bars.
	bars map[[2]int]string
	// typed is the number being typed into the highlighted line.
	typed string
	// full is set when the last key could not add to a full week.
	full bool
	// asked is how many activities accessible mode has asked for a share,
	// in order; a full week needs no more.
	asked int
	// drafted says a share was changed since the last Reset.
	drafted bool
}

// Drafted says the person changed a share since the widget was last reset
// to a committed answer.
func (a *Allocation) Drafted() bool { return a.drafted }

func (a *Allocation) bar(filled, width int) string {
	k := [2]int{filled, width}
	if b, ok := a.bars[k]; ok {
		return b
	}
	if a.bars == nil {
		a.bars = map[[2]int]string{}
	}
	b := a.st.Bar.Render(strings.Repeat("█", filled)) + a.st.BarEmpty.Render(strings.Repeat("░", width-filled))
	a.bars[k] = b
	return b
}

func (a *Allocation) total() int { return questions.AllocationSum(a.shares) }

// Update moves between activities and changes the focused share in steps.
func (a *Allocation) Update(m tea.Msg) tea.Cmd {
	msg, ok := m.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	if a.shares == nil {
		a.shares = map[string]int{}
	}
	id := a.q.Options[a.cursor].ID
	if MoveCursor(a.keys, msg, &a.cursor, len(a.q.Options)) {
		a.typed, a.full = "", false
		return nil
	}
	if d := msg.Text; len(d) == 1 && d[0] >= '0' && d[0] <= '9' {
		a.typeDigit(id, d[0])
		a.drafted = true
		return nil
	}
	a.typed, a.full = "", false
	before := a.total()
	defer func() { a.drafted = a.drafted || a.total() != before }()
	switch {
	case key.Matches(msg, a.keys.Balance):
		a.balance()
	case key.Matches(msg, a.keys.Left):
		a.shares[id] = max(0, a.shares[id]-questions.AllocationStep)
	case key.Matches(msg, a.keys.Right), key.Matches(msg, a.keys.Fill):
		room := questions.AllocationTotal - a.total()
		// A key that can add nothing says why, rather than do nothing.
		a.full = room == 0
		if key.Matches(msg, a.keys.Right) {
			room = min(questions.AllocationStep, room)
		}
		a.shares[id] += room
	}
	return nil
}

// typeDigit types a percentage into the highlighted line: digits build the
// number (4 then 0 is 40%), 0 on its own clears the line, and the share never
// takes the week past 100%.
func (a *Allocation) typeDigit(id string, d byte) {
	a.typed += string(d)
	v := 0
	for _, c := range a.typed {
		v = v*10 + int(c-'0')
	}
	if v > questions.AllocationTotal {
		a.typed, v = string(d), int(d-'0')
	}
	room := questions.AllocationTotal - a.total() + a.shares[id]
	a.full = v > room
	a.shares[id] = min(v, room)
}

// balance spreads what is left of the week evenly over the activities still
// at 0% (over every activity when none is), in whole percents.
func (a *Allocation) balance() {
	left := questions.AllocationTotal - a.total()
	if left <= 0 {
		return
	}
	var targets []string
	for _, o := range a.q.Options {
		if a.shares[o.ID] == 0 {
			targets = append(targets, o.ID)
		}
	}
	if len(targets) == 0 {
		for _, o := range a.q.Options {
			targets = append(targets, o.ID)
		}
	}
	each, extra := left/len(targets), left%len(targets)
	for i, id := range targets {
		a.shares[id] += each
		if i < extra {
			a.shares[id]++
		}
	}
}

// Answer returns the shares once they reach exactly 100 percent.
func (a *Allocation) Answer() (questions.Answer, error) {
	if t := a.total(); t != questions.AllocationTotal {
		return questions.Answer{}, fmt.Errorf("the week adds up to %d%%; spread %d%% more with → or digits, f gives the rest to the highlighted line, = spreads it evenly", t, questions.AllocationTotal-t)
	}
	out := map[string]int{}
	for id, v := range a.shares {
		if v > 0 {
			out[id] = v
		}
	}
	return questions.Answer{Allocation: out}, nil
}

// Reset restores committed shares.
func (a *Allocation) Reset(ans questions.Answer, answered bool) {
	a.shares, a.asked, a.drafted = map[string]int{}, 0, false
	if answered {
		a.asked = len(a.q.Options)
		for id, v := range ans.Allocation {
			a.shares[id] = v
		}
	}
}

// Bindings are the keys this widget uses, short form.
func (a *Allocation) Bindings() []key.Binding {
	return []key.Binding{a.keys.Move, a.keys.Adjust, a.keys.Digits, a.keys.Fill}
}

// AllBindings are every key this widget uses.
func (a *Allocation) AllBindings() []key.Binding {
	return []key.Binding{a.keys.Up, a.keys.Down, a.keys.Left, a.keys.Right, a.keys.Digits, a.keys.Fill, a.keys.Balance}
}

// View draws one row per activity with a bar, then the running total.
func (a *Allocation) View(width, height int) string {
	// Labels and bars stay together on wide windows: past about 72 columns
	// the eye loses the line between them.
	width = min(width, maxAllocationWidth)
	n := len(a.q.Options)
	full := ""
	if label := a.q.Options[a.cursor].Label; ansi.StringWidth(label) > a.labelWidth(width) && height >= 5 {
		// The highlighted activity's whole label, wrapped under the list.
		full = a.st.Cursor.Render(lipgloss.NewStyle().Width(max(1, width-2)).PaddingLeft(2).Render(label))
		height -= lipgloss.Height(full)
	}
	rows := max(1, height-1) // the total takes the last row
	if n > rows {
		rows = max(1, rows-1) // and a "more" marker
	}
	start, end := window(n, a.cursor, rows)
	barWidth, labelWidth := a.barWidth(width), a.labelWidth(width)
	var b strings.Builder
	for i := start; i < end; i++ {
		o := a.q.Options[i]
		v := a.shares[o.ID]
		filled := v * barWidth / questions.AllocationTotal
		bar := a.bar(filled, barWidth)
		pointer := "  "
		label := ansi.Truncate(o.Label, labelWidth, "…")
		label += strings.Repeat(" ", labelWidth-ansi.StringWidth(label))
		if i == a.cursor {
			pointer = "> "
			label = a.st.Cursor.Render(label)
		}
		fmt.Fprintf(&b, "%s%s %s %3d%%\n", pointer, label, bar, v)
	}
	if n > rows {
		b.WriteString(a.st.Muted.Render(ansi.Truncate("  "+words.Shown(start, end, n), width, "…")) + "\n")
	}
	if full != "" {
		b.WriteString(full + "\n")
	}
	t := a.total()
	status := fmt.Sprintf("Total %d%% of 100%%", t)
	if t < questions.AllocationTotal {
		status += fmt.Sprintf(", %d%% left", questions.AllocationTotal-t)
		b.WriteString(a.st.Muted.Render(ansi.Truncate(status, width, "…")))
	} else {
		status += " ✓"
		if a.full {
			status += "; lower another activity to add here"
		}
		b.WriteString(a.st.Selected.Render(ansi.Truncate(status, width, "…")))
	}
	return b.String()
}

// maxAllocationWidth keeps the week's labels near their bars.
const maxAllocationWidth = 74

func (a *Allocation) barWidth(width int) int {
	if width >= 70 {
		return 20
	}
	return 10
}

func (a *Allocation) labelWidth(width int) int { return max(4, width-a.barWidth(width)-9) }

// RunAccessible asks for each activity's share in turn, and stops when the
// week is full; a share that does not fit is asked again on its own. When
// the shares fall short of 100%, what was typed is kept and only the rest
// is asked for (fixShares). The shares stay in the widget, so leaving the
// question (back, review) and coming to it again keeps them.
func (a *Allocation) RunAccessible(p Prompter) (questions.Answer, bool, error) {
	if a.shares == nil {
		a.shares = map[string]int{}
	}
	if a.asked < len(a.q.Options) && a.total() < questions.AllocationTotal {
		if err := a.askRows(p); err != nil {
			return questions.Answer{}, false, err
		}
		t := a.total()
		if t == questions.AllocationTotal {
			return a.accessibleAnswer()
		}
		p.Say(fmt.Sprintf("Your shares add up to %d%%, not 100%%. What you typed is kept: only the %d%% left is asked for.", t, questions.AllocationTotal-t))
	}
	return a.fixShares(p)
}

// AccessibleHelp says what the week's prompts take, for ? in accessible
// mode.
func (a *Allocation) AccessibleHelp() string {
	return "Type the percent of your week the activity named takes, a whole number; enter alone is 0%. When the shares are listed, type an activity's number and its share, such as 3 20, its number alone to give it what is left, or = to spread what is left evenly"
}

// accessibleAnswer is the full week as an answer.
func (a *Allocation) accessibleAnswer() (questions.Answer, bool, error) {
	ans, err := a.Answer()
	return ans, false, err
}

// askRows asks the activities not asked yet, one by one, until the week is
// full.
func (a *Allocation) askRows(p Prompter) error {
	opts := a.q.Options
	if a.asked == 0 {
		p.Say("Type the percentage of your week for each activity, in whole numbers; enter alone is 0%. They must add up to 100.")
	} else {
		for _, l := range a.keptSoFar() {
			p.Say(l)
		}
	}
	for ; a.asked < len(opts); a.asked++ {
		if a.total() == questions.AllocationTotal {
			rest := fmt.Sprintf("the other %s get", words.Count(len(opts)-a.asked, "activity"))
			if a.asked == len(opts)-1 {
				rest = "the last activity (" + opts[a.asked].Label + ") gets"
			}
			p.Say(fmt.Sprintf("That makes %d%%, so %s 0%%.", questions.AllocationTotal, rest))
			a.asked = len(opts)
			return nil
		}
		o := opts[a.asked]
		v, err := askShare(p, fmt.Sprintf("%d. %s", a.asked+1, o.Label), questions.AllocationTotal-a.total()+a.shares[o.ID])
		if err != nil {
			return err
		}
		a.shares[o.ID] = v
	}
	return nil
}

// keptSoFar says the shares typed before the person left the question
// (back, review), when they come to it again in the middle of the week:
// one line each, numbered as the week's list is, so commas in a label are
// never read as a new share.
func (a *Allocation) keptSoFar() []string {
	left := questions.AllocationTotal - a.total()
	lines := []string{fmt.Sprintf("Kept from before, with %d%% left:", left)}
	for i, o := range a.q.Options[:a.asked] {
		lines = append(lines, fmt.Sprintf("%d. %s: %d%%", i+1, o.Label, a.shares[o.ID]))
	}
	return lines
}

// fixShares lists the shares as they stand and takes changes to one share
// at a time until the week adds up to 100%: the shares already right are
// never asked again. On a week that is already full, enter keeps it.
func (a *Allocation) fixShares(p Prompter) (questions.Answer, bool, error) {
	p.Say("Your week as it stands:")
	for i, o := range a.q.Options {
		p.Say(fmt.Sprintf("%d. %s: %d%%", i+1, o.Label, a.shares[o.ID]))
	}
	for {
		left := questions.AllocationTotal - a.total()
		prompt := fmt.Sprintf("Type an activity's number and its share, such as 3 20, or its number alone to give it the %d%% left; = spreads it evenly: ", left)
		if left == 0 {
			prompt = "Type an activity's number and its new share, such as 3 20, or press enter to keep these shares: "
		}
		text, err := p.Line(prompt)
		if err != nil {
			return questions.Answer{}, false, err
		}
		said, problem := a.edit(text)
		if problem != "" {
			p.Say(problem)
			if err := p.Miss(); err != nil {
				return questions.Answer{}, false, err
			}
			continue
		}
		p.Fit()
		if a.total() == questions.AllocationTotal {
			return a.accessibleAnswer()
		}
		p.Say(said)
	}
}

// edit applies one change typed at fixShares: "3 20" sets activity 3 to
// 20%, "3" gives it what is left, "=" spreads what is left evenly (as = does
// on the screens), enter keeps a full week. It says what changed, or the
// problem.
func (a *Allocation) edit(text string) (said, problem string) {
	left := questions.AllocationTotal - a.total()
	fields := strings.Fields(text)
	switch {
	case text == "" && left == 0:
		return "", ""
	case text == "":
		return "", Empty(fmt.Sprintf("%d%% is left: type an activity's number and its share, such as 3 20", left))
	case text == "=":
		a.balance()
		return "", ""
	case len(fields) > 2:
		return "", fmt.Sprintf("%q: type an activity's number and one share, such as 3 20.", text)
	}
	n, err := strconv.Atoi(fields[0])
	if err != nil || n < 1 || n > len(a.q.Options) {
		return "", fmt.Sprintf("%q: start with an activity's number, from 1 to %d.", text, len(a.q.Options))
	}
	o := a.q.Options[n-1]
	room := left + a.shares[o.ID]
	v := room
	if len(fields) == 1 && left == 0 {
		return "", "The week is already full: type the activity's number and its new share, such as 3 20."
	}
	if len(fields) == 2 {
		v, err = strconv.Atoi(strings.TrimSuffix(fields[1], "%"))
		if err == nil && v > 0 && room == 0 {
			return "", fmt.Sprintf("%q: the week is already full; lower another share first (such as 1 20), then give %s the rest.", text, o.Label)
		}
		if err != nil || v < 0 || v > room {
			return "", fmt.Sprintf("%q: %s can take a whole number from 0 to %d%% while the others keep theirs.", text, o.Label, room)
		}
	}
	a.shares[o.ID] = v
	t := a.total()
	return fmt.Sprintf("%s now has %d%%; the week adds up to %d%%, %d%% left.", o.Label, v, t, questions.AllocationTotal-t), ""
}

// askShare asks for one activity's share, up to what is left; enter alone
// is 0.
func askShare(p Prompter, activity string, left int) (int, error) {
	for {
		text, err := p.Line(fmt.Sprintf("%s. Type its share of your week in percent; %d%% is left: ", activity, left))
		if err != nil {
			return 0, err
		}
		if text == "" {
			text = "0"
		}
		v, err := strconv.Atoi(strings.TrimSuffix(text, "%"))
		if err == nil && v >= 0 && v <= left {
			return v, nil
		}
		p.Say(fmt.Sprintf("%q: type a whole number from 0 to %d.", text, left))
		if err := p.Miss(); err != nil {
			return 0, err
		}
	}
}
