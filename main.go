// Command certpath helps people on agile teams choose their next
// certification: a guided quiz, a recommended path, and the summaries behind it.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"certpath/content"
	"certpath/model"
	"certpath/questions"
)

// Exit statuses.
const (
	exitError = 1
	exitUsage = 2
)

// usageError carries exit status 2: the command, a flag or its input was wrong.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

func main() {
	if err := fang.Execute(context.Background(), newRootCmd()); err != nil {
		var u usageError
		if errors.As(err, &u) {
			os.Exit(exitUsage)
		}
		os.Exit(exitError)
	}
}

// settings are the flags every command shares.
type settings struct {
	contentDir string
}

func newRootCmd() *cobra.Command {
	var s settings
	root := &cobra.Command{
		Use:   "certpath",
		Short: "Find your next agile certification",
		Long: "certpath asks what the job postings you aim for ask for and where your week really goes,\n" +
			"then recommends an ordered certification path across Scaled Agile, Scrum.org,\n" +
			"Scrum Alliance and PMI, and explains why.",
		Example: "  # Take the guided quiz\n  certpath\n\n  # Read and compare the certification summaries\n  certpath certs",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), s, model.StartQuiz)
		},
	}
	root.PersistentFlags().StringVar(&s.contentDir, "content", "", "read summaries and facts from this folder instead of the built-in ones")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newCertsCmd(&s), newValidateCmd(&s))
	return root
}

// library loads the built-in content, or the folder given with --content.
func (s settings) library() (*content.Library, error) {
	if s.contentDir == "" {
		return content.Load(content.Embedded())
	}
	info, err := os.Stat(s.contentDir)
	if err != nil || !info.IsDir() {
		return nil, usagef("content folder %q (from --content) does not exist or is not a folder; give the path of a copy of certpath's content/ folder", s.contentDir)
	}
	lib, err := content.Load(os.DirFS(s.contentDir))
	if err != nil {
		return nil, usageError{fmt.Errorf("%s: %w", s.contentDir, err)}
	}
	return lib, nil
}

func runTUI(ctx context.Context, s settings, start model.Start) error {
	bank := questions.DefaultBank()
	if err := bank.Validate(); err != nil {
		return fmt.Errorf("the question bank is broken: %w", err)
	}
	lib, err := s.library()
	if err != nil {
		return err
	}
	m := model.New(bank, lib, model.Options{GlamourStyle: os.Getenv("GLAMOUR_STYLE"), Start: start})
	_, err = tea.NewProgram(m, tea.WithContext(ctx)).Run()
	return err
}

func newCertsCmd(s *settings) *cobra.Command {
	certs := &cobra.Command{
		Use:   "certs",
		Short: "Browse, read and compare the certification summaries",
		Long: "Opens the list of certifications. Enter reads a summary, / filters,\n" +
			"c marks two certifications to compare side by side.",
		Example: "  certpath certs\n  certpath certs list --format json\n  certpath certs show popm\n  certpath certs compare psm-i csm",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), *s, model.StartBrowser)
		},
	}
	var listFormat string
	list := &cobra.Command{
		Use:     "list",
		Short:   "Print every certification",
		Example: "  certpath certs list\n  certpath certs list --format json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), lib, listFormat)
		},
	}
	list.Flags().StringVar(&listFormat, "format", "text", "text or json")
	show := newDocCmd(s, "show ID", "Print one certification's summary",
		"  certpath certs show popm\n  certpath certs show psm-i --format text", 1,
		func(lib *content.Library, c []content.Cert) string { return lib.Summary(c[0]) })
	compare := newDocCmd(s, "compare ID ID", "Print two certifications side by side",
		"  certpath certs compare popm pspo-i", 2,
		func(lib *content.Library, c []content.Cert) string { return lib.Compare(c[0], c[1]) })
	certs.AddCommand(list, show, compare)
	return certs
}

// newDocCmd builds a command that prints a document about the
// certifications named by its arguments, as markdown or plain text.
func newDocCmd(s *settings, use, short, example string, n int, doc func(*content.Library, []content.Cert) string) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     use,
		Short:   short,
		Example: example,
		Args:    cobra.ExactArgs(n),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			certs := make([]content.Cert, len(args))
			for i, id := range args {
				if certs[i], err = findCert(lib, id); err != nil {
					return err
				}
			}
			return printDoc(cmd.OutOrStdout(), doc(lib, certs), format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "markdown", "markdown or text")
	return cmd
}

func findCert(lib *content.Library, id string) (content.Cert, error) {
	if c, ok := lib.Cert(questions.CertID(strings.ToLower(id))); ok {
		return c, nil
	}
	var ids []string
	for _, c := range lib.Certs() {
		ids = append(ids, string(c.ID))
	}
	return content.Cert{}, usagef("unknown certification %q; known IDs: %s", id, strings.Join(ids, ", "))
}

func printList(w io.Writer, lib *content.Library, format string) error {
	type row struct {
		ID           questions.CertID      `json:"id"`
		Short        string                `json:"short"`
		Name         string                `json:"name"`
		Issuer       string                `json:"issuer"`
		Profiles     []questions.ProfileID `json:"profiles"`
		OfficialPage string                `json:"official_page"`
	}
	switch format {
	case "json":
		rows := []row{}
		for _, c := range lib.Certs() {
			rows = append(rows, row{c.ID, c.Short, c.Name, c.Issuer, c.Profiles, c.OfficialPage})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "text":
		issuer := ""
		for _, c := range lib.Certs() {
			if c.Issuer != issuer {
				if issuer != "" {
					fmt.Fprintln(w)
				}
				issuer = c.Issuer
				fmt.Fprintln(w, issuer)
			}
			fmt.Fprintf(w, "  %-13s %s\n", c.ID, c.Name)
		}
		return nil
	}
	return usagef("--format %q is not known; use text or json", format)
}

func printDoc(w io.Writer, doc, format string) error {
	switch format {
	case "markdown":
		_, err := io.WriteString(w, doc)
		return err
	case "text":
		out, err := model.RenderPlain(doc, 80)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, out)
		return err
	}
	return usagef("--format %q is not known; use markdown or text", format)
}

func newValidateCmd(s *settings) *cobra.Command {
	return &cobra.Command{
		Use:   "validate",
		Short: "Check a content folder: front matter, IDs, dates and sources of every figure",
		Long: "Checks the built-in content, or the folder given with --content: every file's front\n" +
			"matter parses, IDs are unique and known, every figure has as_of and a source from\n" +
			"sources.yaml, every cross-reference names a real certification.",
		Example: "  certpath validate\n  certpath validate --content ./my-content",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			where := "built-in content"
			if s.contentDir != "" {
				where = s.contentDir
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is valid: %d certifications, %d role profiles.\n", where, len(lib.Certs()), len(questions.Profiles()))
			return nil
		},
	}
}
