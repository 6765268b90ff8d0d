package cli

import (
	"certpath/content"
	"certpath/postings"
	"certpath/report"
	"fmt"

	"github.com/spf13/cobra"
)

func newAnalyzeCmd(s *settings) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "analyze [FILE...|-]",
		Short: "Read job postings and show which role they describe, and why",
		Long: "Finds the phrases that signal each role (backlog refinement, retrospectives, PI Planning,\n" +
			"funding value streams, risk registers...) in one or more postings and ranks the role\n" +
			"profiles. With several files it shows each one and all of them together. - or no file\n" +
			"reads standard input. Files over 1 MiB are read up to their first MiB.",
		Example: "  certpath analyze posting.txt\n  certpath analyze a.txt b.txt --format json\n  pbpaste | certpath analyze -",
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" && format != "markdown" {
				return usagef("--format %q is not known; use text, json or markdown", format)
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			var texts []postings.Text
			for _, path := range args {
				var p postings.Text
				var note string
				var err error
				if path == "-" {
					p, note, err = postings.Read("standard input", cmd.InOrStdin())
				} else {
					p, note, err = postings.ReadFile(path)
				}
				if note != "" {
					fmt.Fprintln(cmd.ErrOrStderr(), "certpath: "+note)
				}
				if err != nil {
					// The other files are still analysed.
					fmt.Fprintln(cmd.ErrOrStderr(), "certpath: "+err.Error())
					continue
				}
				texts = append(texts, p)
			}
			if len(texts) == 0 {
				return usagef("nothing could be analysed; give one or more text files with job postings, or - for standard input")
			}
			lib, err := s.library()
			if err != nil {
				return err
			}
			rep := postings.NewAnalyzer(postings.Lexicon()).AnalyzeAll(texts)
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), rep)
			}
			return printDoc(cmd.OutOrStdout(), report.PostingsMarkdown(rep, lib.Catalog())+"\n"+lib.SourcesMarkdown(&content.Cites{}), format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text, json or markdown")
	return cmd
}
