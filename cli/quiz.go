package cli

import (
	"bytes"
	"certpath/content"
	"certpath/files"
	"certpath/planner"
	"certpath/questions"
	"certpath/report"
	"certpath/words"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/spf13/cobra"
)

func newQuizCmd(s *settings) *cobra.Command {
	var answersPath, format, output string
	var whatIfs []string
	var details bool
	cmd := &cobra.Command{
		Use:   "quiz",
		Short: "Score an answers file without the terminal interface",
		Long: "Reads answers from a YAML or JSON file (or - for standard input) and prints the " +
			"recommended path. It uses the same scoring as the interactive quiz. " +
			"certpath questions lists the question and option IDs the file uses.",
		Example: "  certpath quiz --answers examples/answers.yaml\n  certpath quiz --answers answers.json --format json\n  certpath quiz --answers answers.yaml --output results.md\n  cat answers.yaml | certpath quiz --answers -\n  certpath quiz --answers examples/answers.yaml --what-if week.org_safe=starting --what-if week.held_certs=csm,popm",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if answersPath == "" && s.accessible {
				// The quiz with plain prompts, as certpath --accessible.
				return runAccessible(cmd, *s)
			}
			if answersPath == "" {
				return usagef("quiz needs --answers FILE (or - for standard input); run certpath without arguments for the interactive quiz")
			}
			if output == "" {
				format = docFormat(cmd.OutOrStdout(), format)
			} else if format == "" {
				format = "markdown"
			}
			if format != "markdown" && format != "json" && format != "text" {
				return usagef("--format %q is not known; use markdown, json or text", format)
			}
			if err := checkOutput(output); err != nil {
				return err
			}
			if err := checkNotInput(output, cmd.InOrStdin(), answersPath, s.contentDir); err != nil {
				return err
			}
			lib, bank, err := s.bank()
			if err != nil {
				return err
			}
			data, err := readInput(cmd.InOrStdin(), answersPath)
			if err != nil {
				return err
			}
			answers, err := questions.ParseAnswers(bank, data)
			if err != nil {
				return usageError{err: fmt.Errorf("%s: %w", answersPath, err), input: true}
			}
			var out bytes.Buffer
			narrow := output == "" && outputWidth(cmd.OutOrStdout()) < wideText
			if err := writeQuiz(&out, lib, bank, answers, quizOutput{format: format, details: details, whatIfs: whatIfs, narrow: narrow}); err != nil {
				return err
			}
			if output == "" {
				_, err = cmd.OutOrStdout().Write(out.Bytes())
				return err
			}
			written, err := files.WriteOutput(output, out.Bytes())
			if err != nil {
				return fmt.Errorf("could not write %s: %w", words.Literal(output), err)
			}
			// The path written may come from a symlink's target: it is shown
			// as words.Literal shows a name, never obeyed by the terminal.
			fmt.Fprintf(cmd.ErrOrStderr(), "Results saved to %s\n", words.Literal(written))
			return nil
		},
	}
	cmd.Flags().StringVar(&output, "output", "", "write the results to this file instead of standard output as a shell redirect would: a symlink is followed, /dev/stdout, /dev/fd/N and devices are written in place (so >> and 3>> append), a read-only file is refused, a file is otherwise replaced atomically; the folder must exist")
	cmd.Flags().StringVar(&answersPath, "answers", "", "answers file, YAML or JSON; - reads standard input")
	cmd.Flags().StringVar(&format, "format", "", "markdown, json or text (default text on a terminal, markdown otherwise)")
	s.contentFlag(cmd)
	cmd.Flags().StringArrayVar(&whatIfs, "what-if", nil, "QUESTION=VALUE: print the path with this answer changed beside the path as answered, and what came, went and moved (repeatable; a list as option IDs joined by commas, such as week.held_certs=csm,popm)")
	cmd.Flags().BoolVar(&details, "details", false, "print the full results: each step's facts with their sources, every profile and the answers behind them")
	cmd.Flags().BoolVar(&s.accessible, "accessible", os.Getenv("ACCESSIBLE") != "", "without --answers: the quiz with plain numbered prompts, as certpath --accessible")
	return cmd
}

// quizOutput is how the quiz's results are printed: the format, whether
// in full, the --what-if changes, and whether the text is narrow (a what-if
// then prints its paths one after the other).
type quizOutput struct {
	format          string
	details, narrow bool
	whatIfs         []string
}

// writeQuiz writes the results of answers, or a what-if over them.
func writeQuiz(out io.Writer, lib *content.Library, bank questions.Bank, answers questions.Answers, q quizOutput) error {
	outcome := planner.Evaluate(bank, answers)
	switch {
	case len(q.whatIfs) > 0:
		w, err := whatIf(bank, answers, outcome, q.whatIfs)
		if err != nil {
			return err
		}
		return printWhatIf(out, lib, bank, w, q.format, q.narrow)
	case q.format == "json":
		return writeJSON(out, quizJSON(lib, bank, answers, outcome, q.details))
	case q.details:
		return printDoc(out, report.Details(lib, bank, answers, outcome), q.format)
	}
	return printDoc(out, report.Report(lib, bank, answers, outcome), q.format)
}

// whatIf reads each --what-if and makes the changes on a copy of the
// answers; a bad question or value is refused, with the message an answers
// file gets, before anything is written.
func whatIf(bank questions.Bank, answers questions.Answers, outcome planner.Outcome, specs []string) (report.WhatIf, error) {
	w := report.WhatIf{Before: answers, After: answers.Clone(), OBefore: outcome}
	for _, spec := range specs {
		id, a, err := questions.ParseOverride(bank, spec)
		if err != nil {
			return report.WhatIf{}, inputf("--what-if %s", err)
		}
		if !slices.Contains(w.Changed, id) {
			w.Changed = append(w.Changed, id)
		}
		w.After[id] = a
	}
	w.OAfter = planner.Evaluate(bank, w.After)
	return w, nil
}

// printWhatIf prints a what-if: both paths and their differences.
func printWhatIf(out io.Writer, lib *content.Library, bank questions.Bank, w report.WhatIf, format string, narrow bool) error {
	if format == "json" {
		return writeJSON(out, report.WhatIfJSON(lib, bank, w))
	}
	return printDoc(out, report.WhatIfMarkdown(lib, bank, w, format == "text" && narrow), format)
}

// quizJSON is the quiz's JSON: with --details, each step's facts too.
func quizJSON(lib *content.Library, bank questions.Bank, answers questions.Answers, outcome planner.Outcome, details bool) report.Data {
	if details {
		return report.DetailsJSON(lib, bank, answers, outcome)
	}
	return report.JSON(lib, bank, answers, outcome)
}

func newQuestionsCmd(s *settings) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "questions",
		Short:   "List the question bank: IDs, prompts, kinds and option IDs",
		Long:    "Lists every question with the IDs an answers file uses.",
		Example: "  certpath questions\n  certpath questions --format json",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, bank, err := s.bank()
			if err != nil {
				return err
			}
			return printQuestions(cmd.OutOrStdout(), bank, format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	s.contentFlag(cmd)
	return cmd
}

func printQuestions(w io.Writer, bank questions.Bank, format string) error {
	type option struct {
		ID    string `json:"id"`
		Label string `json:"label"`
	}
	type question struct {
		ID      string            `json:"id"`
		Section questions.Section `json:"section"`
		Kind    string            `json:"kind"`
		Shape   string            `json:"-"`
		Prompt  string            `json:"prompt"`
		Options []option          `json:"options"`
	}
	var qs []question
	for _, q := range bank.Questions {
		x := question{ID: q.ID, Section: q.Section, Kind: q.Kind.Name(), Shape: q.Kind.Shape(), Prompt: q.Prompt}
		for _, c := range q.Kind.Choices(q) {
			x.Options = append(x.Options, option{c.ID, c.Label})
		}
		qs = append(qs, x)
	}
	switch format {
	case "json":
		return writeJSON(w, qs)
	case "text":
		for i, q := range qs {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "%s (%s: %s)\n  %s\n", q.ID, q.Kind, q.Shape, q.Prompt)
			// The labels of one question start in one column, past its
			// longest option ID.
			idW := 0
			for _, o := range q.Options {
				idW = max(idW, len(o.ID))
			}
			for _, o := range q.Options {
				fmt.Fprintf(w, "    %-*s  %s\n", idW, o.ID, o.Label)
			}
		}
		return nil
	}
	return usagef("--format %q is not known; use text or json", format)
}

// bank loads the content and builds the question bank over its catalogue.
func (s settings) bank() (*content.Library, questions.Bank, error) {
	lib, err := s.library()
	if err != nil {
		return nil, questions.Bank{}, err
	}
	bank, err := loadBank(lib)
	return lib, bank, err
}

// loadBank builds the question bank over a library's catalogue and checks it.
func loadBank(lib *content.Library) (questions.Bank, error) {
	bank := questions.DefaultBank(lib.Catalog())
	if err := bank.Validate(); err != nil {
		return questions.Bank{}, fmt.Errorf("the question bank is broken: %w", err)
	}
	if err := planner.Check(bank); err != nil {
		return questions.Bank{}, fmt.Errorf("the content and the question bank disagree: %w", err)
	}
	return bank, nil
}
