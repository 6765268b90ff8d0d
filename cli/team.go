package cli

import (
	"bytes"
	"certpath/model"
	"certpath/questions"
	"certpath/team"
	"certpath/termtext"
	"certpath/words"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// MaxTeamFiles caps the answers files one team plan reads: a release
// train is under 150 people, and past the cap the rest are left out with
// one line. Each file is capped as any answers file (MaxAnswersBytes).
const MaxTeamFiles = 500

// maxBudgetUSD caps --budget: larger figures are typing mistakes.
const maxBudgetUSD = 100_000_000

func newTeamCmd(s *settings) *cobra.Command {
	var format, budget string
	var months int
	var print bool
	cmd := &cobra.Command{
		Use:   "team FILE|DIR ...",
		Short: "Plan a team's certifications by quarter, within a budget",
		Long: "Reads several people's answers files (a folder reads every .yaml, .yml and .json file in it), " +
			"runs each through the same planner as the quiz, and writes one plan: each person's role and " +
			"first step, the courses two or more share, who takes what in which quarter (a step no sooner " +
			"than it opens), and with --budget what fits, in US dollars. Prices that are not confirmed are " +
			"listed apart, never added up. On a terminal the plan opens in the results' pager; --print or a " +
			"pipe prints it.",
		Example: "  certpath team alice.yaml bob.yaml carol.yaml\n  certpath team team/ --budget 8000\n  certpath team team/ --months 18 --format json",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("team needs answers files or a folder of them")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opt, err := teamOptions(months, budget)
			if err != nil {
				return err
			}
			if format != "" && format != "markdown" && format != "json" && format != "text" {
				return usagef("--format %q is not known; use markdown, json or text", format)
			}
			lib, bank, err := s.bank()
			if err != nil {
				return err
			}
			read := readTeam(cmd.InOrStdin(), bank, args)
			if len(read.members) == 0 {
				read.warn(cmd.ErrOrStderr())
				return inputf("no answers file could be read (above); give answers files certpath quiz --answers reads, or a folder of them")
			}
			plan := team.Build(lib, bank, read.members, opt)
			plan.LeftOut, plan.Notes = append(plan.LeftOut, read.leftOut...), append(plan.Notes, read.notes...)
			if format == "" && !print && onTerminal(cmd) {
				s.document, s.docTitle = team.Markdown(plan), "Team plan"
				if err := runTUI(cmd.Context(), *s, model.StartDocument); err != nil {
					return err
				}
			} else if err := printTeam(cmd.OutOrStdout(), plan, docFormat(cmd.OutOrStdout(), format)); err != nil {
				return err
			}
			read.warn(cmd.ErrOrStderr())
			if n := read.files; n > 0 {
				return inputf("%s left out of the plan (above); it covers the other %s", words.Count(n, "file"), team.CountPeople(len(read.members)))
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&months, "months", team.DefaultMonths, fmt.Sprintf("plan this many months ahead, 1 to %d, by quarter", team.MaxMonths))
	cmd.Flags().StringVar(&budget, "budget", "", "the budget for the plan in US dollars (USD), whole dollars: 8000, 8,000 or $8000")
	cmd.Flags().StringVar(&format, "format", "", "markdown, json or text (default: the pager on a terminal, markdown otherwise)")
	cmd.Flags().BoolVar(&print, "print", false, "print the plan (text on a terminal) instead of opening it in the pager")
	s.contentFlag(cmd)
	return cmd
}

// onTerminal reports whether the command's input and output are a
// terminal the screens can use.
func onTerminal(cmd *cobra.Command) bool {
	in, ok := cmd.InOrStdin().(*os.File)
	_, out := terminal(cmd.OutOrStdout())
	return ok && isTerminal(in) && out && os.Getenv("TERM") != "dumb"
}

// teamOptions reads --months and --budget.
func teamOptions(months int, budget string) (team.Options, error) {
	if months < 1 || months > team.MaxMonths {
		return team.Options{}, inputf("--months %d is out of range; give 1 to %d", months, team.MaxMonths)
	}
	opt := team.Options{Months: months}
	if budget == "" {
		return opt, nil
	}
	n, err := strconv.Atoi(strings.NewReplacer(",", "", "_", "").Replace(strings.TrimPrefix(strings.TrimSpace(budget), "$")))
	if err != nil || n <= 0 || n > maxBudgetUSD {
		return team.Options{}, inputf("--budget %s is not an amount certpath reads; give whole US dollars from 1 to %d, such as 8000, 8,000 or $8000", words.Literal(budget), maxBudgetUSD)
	}
	opt.BudgetUSD = n
	return opt, nil
}

// teamRead is what reading a team's files gave: the people, the files left
// out with their problems, and notes on people named twice.
type teamRead struct {
	members []team.Member
	leftOut []team.LeftOut
	notes   []string
	// files counts the files left out: a line for those past the cap
	// stands for them all.
	files int
}

// warn writes each file left out, with its problems, and each note.
func (r teamRead) warn(w io.Writer) {
	for _, l := range r.leftOut {
		fmt.Fprintf(w, "certpath: %s\n", termtext.Sanitize(strings.Join(append([]string{l.File + ": " + l.Problems[0]}, l.Problems[1:]...), "\n  ")))
	}
	for _, n := range r.notes {
		fmt.Fprintf(w, "certpath: %s\n", termtext.Sanitize(n))
	}
}

// readTeam reads every answers file the arguments name, a folder's in
// name order, up to MaxTeamFiles; the same file named twice is read once.
func readTeam(stdin io.Reader, bank questions.Bank, args []string) teamRead {
	var r teamRead
	paths := teamPaths(args, &r)
	var seen []os.FileInfo
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil {
			if i := slices.IndexFunc(seen, func(x os.FileInfo) bool { return x != nil && os.SameFile(x, info) }); i >= 0 {
				r.notes = append(r.notes, fmt.Sprintf("%s is the same file as %s, named twice: read once", words.Literal(p), words.Literal(paths[i])))
				seen = append(seen, nil)
				continue
			}
			seen = append(seen, info)
		} else {
			seen = append(seen, nil)
		}
		data, err := readInput(stdin, p)
		if err != nil {
			r.leftOut = append(r.leftOut, team.LeftOut{File: words.Literal(p), Problems: []string{err.Error()}})
			r.files++
			continue
		}
		f, err := questions.ReadAnswersFile(bank, data)
		if err != nil {
			problems := strings.Split(err.Error(), "\n  ")
			if ae := (*questions.AnswersError)(nil); errors.As(err, &ae) && len(ae.Problems) == 1 {
				// One problem is one line.
				problems = ae.Problems
			}
			r.leftOut = append(r.leftOut, team.LeftOut{File: words.Literal(p), Problems: problems})
			r.files++
			continue
		}
		name := f.Name
		switch {
		case name != "":
		case p == "-":
			name = "standard input"
		default:
			name = strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		}
		r.members = append(r.members, team.Member{Name: name, File: p, Answers: f.Answers})
	}
	r.notes = append(r.notes, sameNames(r.members)...)
	return r
}

// sameNames tells apart people of the same name, by their file, and says so.
func sameNames(members []team.Member) []string {
	files := map[string][]int{}
	var order []string
	for i, m := range members {
		if files[m.Name] == nil {
			order = append(order, m.Name)
		}
		files[m.Name] = append(files[m.Name], i)
	}
	var notes []string
	for _, name := range order {
		at := files[name]
		if len(at) < 2 {
			continue
		}
		var which []string
		for _, i := range at {
			which = append(which, words.Literal(members[i].File))
			members[i].Name = fmt.Sprintf("%s (%s)", name, filepath.Base(members[i].File))
		}
		notes = append(notes, fmt.Sprintf("%s is the name of %s: %s; each is planned, named with their file. If they are one person, leave one file out", words.Literal(name), team.CountPeople(len(at)), words.List(which)))
	}
	return notes
}

// teamPaths lists the files the arguments name: a file as given, a
// folder's answers files (.yaml, .yml, .json, not hidden) in name order.
// Past MaxTeamFiles the rest are left out, with one line.
func teamPaths(args []string, r *teamRead) []string {
	var paths []string
	over := 0
	add := func(p string) {
		if len(paths) < MaxTeamFiles {
			paths = append(paths, p)
		} else {
			over++
		}
	}
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil || !info.IsDir() {
			add(a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			r.leftOut = append(r.leftOut, team.LeftOut{File: words.Literal(a), Problems: []string{fmt.Sprintf("the folder cannot be read: %v", err)}})
			r.files++
			continue
		}
		for _, e := range entries {
			ext := strings.ToLower(filepath.Ext(e.Name()))
			if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") && (ext == ".yaml" || ext == ".yml" || ext == ".json") {
				add(filepath.Join(a, e.Name()))
			}
		}
	}
	if over > 0 {
		r.leftOut = append(r.leftOut, team.LeftOut{File: words.Count(over, "more file"), Problems: []string{fmt.Sprintf("a team plan reads at most %d answers files; plan the rest in another run", MaxTeamFiles)}})
		r.files += over
	}
	return paths
}

// printTeam prints the plan as markdown, text or JSON.
func printTeam(w io.Writer, plan team.Plan, format string) error {
	if format == "json" {
		return writeJSON(w, plan)
	}
	var out bytes.Buffer
	if err := printDoc(&out, team.Markdown(plan), format); err != nil {
		return err
	}
	_, err := w.Write(out.Bytes())
	return err
}
