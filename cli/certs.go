package cli

import (
	"certpath/catalog"
	"certpath/content"
	"certpath/content/page"
	"certpath/model"
	"certpath/render"
	"certpath/termtext"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

func newCertsCmd(s *settings) *cobra.Command {
	certs := &cobra.Command{
		Use:   "certs",
		Short: "Browse, read and compare the certification summaries",
		Long: "Opens the list of certifications. Enter reads a summary, / filters, " +
			"c marks two certifications to compare side by side.",
		Example: "  certpath certs\n  certpath certs list --format json\n  certpath certs show popm\n  certpath certs compare psm-i csm",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), *s, model.StartBrowser)
		},
	}
	var listFormat string
	list := &cobra.Command{
		Use:     "list",
		Short:   "Print every certification",
		Example: "  certpath certs list\n  certpath certs list --format json",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), lib, listFormat)
		},
	}
	list.Flags().StringVar(&listFormat, "format", "text", "text or json")
	s.contentFlag(certs)
	s.contentFlag(list)
	show := newDocCmd(s, "show ID", "Print one certification's summary",
		"  certpath certs show popm\n  certpath certs show psm-i --format text", 1,
		func(lib *content.Library, c []content.Cert, _ bool) string { return page.Summary(lib, c[0]) },
		func(lib *content.Library, c []content.Cert) any { return lib.View(c[0]) })
	compare := newDocCmd(s, "compare ID ID", "Print two certifications side by side",
		"  certpath certs compare popm pspo-i", 2,
		func(lib *content.Library, c []content.Cert, narrow bool) string {
			if narrow {
				// Two columns of plain text would wrap every cell: one
				// certification after the other reads whole.
				return page.CompareStacked(lib, c[0], c[1])
			}
			return page.Compare(lib, c[0], c[1])
		},
		func(lib *content.Library, c []content.Cert) any {
			return map[string]any{"which_first": lib.WhichFirst(c[0], c[1]), "certifications": []content.CertView{lib.View(c[0]), lib.View(c[1])}}
		})
	certs.AddCommand(list, show, compare)
	return certs
}

// newDocCmd builds a command that prints a document about the
// certifications named by its arguments, as markdown, plain text (wrapped
// to the terminal, or to 80 columns on a pipe) or JSON. doc is told when
// the text is narrower than wideText.
func newDocCmd(s *settings, use, short, example string, n int, doc func(lib *content.Library, certs []content.Cert, narrow bool) string, data func(*content.Library, []content.Cert) any) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     use,
		Short:   short,
		Example: example,
		Args:    exactArgs(n),
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
			if len(certs) == 2 && certs[0].ID == certs[1].ID {
				return inputf("certs compare needs two different certifications, and %s was named twice; to read one, run certpath certs show %s", certs[0].ID, certs[0].ID)
			}
			format := docFormat(cmd.OutOrStdout(), format)
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), data(lib, certs))
			}
			narrow := format == "text" && outputWidth(cmd.OutOrStdout()) < wideText
			return printDoc(cmd.OutOrStdout(), doc(lib, certs, narrow), format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "markdown, text or json (default text on a terminal, markdown otherwise)")
	s.contentFlag(cmd)
	return cmd
}

func findCert(lib *content.Library, id string) (content.Cert, error) {
	if c, ok := lib.Cert(catalog.CertID(strings.ToLower(id))); ok {
		return c, nil
	}
	var ids []string
	for _, c := range lib.Certs() {
		ids = append(ids, string(c.ID))
	}
	return content.Cert{}, inputf("unknown certification %q; known IDs: %s", id, strings.Join(ids, ", "))
}

func printList(w io.Writer, lib *content.Library, format string) error {
	type row struct {
		ID           catalog.CertID      `json:"id"`
		Short        string              `json:"short"`
		Name         string              `json:"name"`
		Issuer       string              `json:"issuer"`
		Profiles     []catalog.ProfileID `json:"profiles"`
		OfficialPage string              `json:"official_page"`
	}
	switch format {
	case "json":
		rows := []row{}
		for _, c := range lib.Certs() {
			rows = append(rows, row{c.ID, c.Short, c.Name, c.Issuer, c.Profiles, c.OfficialPage})
		}
		return writeJSON(w, rows)
	case "text":
		issuer := ""
		for _, c := range lib.Certs() {
			if c.Issuer != issuer {
				if issuer != "" {
					fmt.Fprintln(w)
				}
				issuer = c.Issuer
				fmt.Fprintln(w, termtext.Sanitize(issuer))
			}
			fmt.Fprintf(w, "  %-13s %s\n", termtext.Sanitize(string(c.ID)), termtext.Sanitize(c.Name))
		}
		return nil
	}
	return usagef("--format %q is not known; use text or json", format)
}

// wideText is the width from which plain text can hold a two-column table
// without wrapping most cells.
const wideText = 120

// docFormat is the format asked for, or where none was: wrapped text on a
// terminal, where markdown's marks would show raw, and markdown on a pipe or
// in a file.
func docFormat(w io.Writer, given string) string {
	if given != "" {
		return given
	}
	if _, ok := terminal(w); ok {
		return "text"
	}
	return "markdown"
}

func printDoc(w io.Writer, doc, format string) error {
	// Everything printed passes the sanitizer, whatever content or postings
	// it came from: no escape sequence, C1 control or bidi override reaches
	// the terminal.
	switch format {
	case "markdown":
		_, err := io.WriteString(w, termtext.Sanitize(doc))
		return err
	case "text":
		out, err := render.Plain(termtext.Sanitize(doc), outputWidth(w))
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, termtext.Sanitize(out))
		return err
	}
	return usagef("--format %q is not known; use markdown, text or json", format)
}
