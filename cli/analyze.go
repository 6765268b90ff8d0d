package cli

import (
	"certpath/postings"
	"certpath/report"
	"certpath/termtext"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func newAnalyzeCmd(s *settings) *cobra.Command {
	var format string
	var clip bool
	cmd := &cobra.Command{
		Use:   "analyze [FILE|LINK...|-]",
		Short: "Read job postings and show which role they describe, and why",
		Long: "Finds the phrases that signal each role (backlog refinement, retrospectives, PI Planning, " +
			"funding value streams, risk registers...) in one or more postings and ranks the role " +
			"profiles. With several postings it shows each one and all of them together. It reads " +
			"text files, saved web pages (.html) reduced to the posting's text, PDFs with a text " +
			"layer, and http(s) links (one request each, 10 s, 1 MiB; --offline refuses them); " +
			"--clipboard reads the clipboard; - or nothing reads standard input. Anything over " +
			"1 MiB is read up to its first MiB.",
		Example: "  certpath analyze posting.txt\n  certpath analyze saved-page.html posting.pdf\n  certpath analyze https://example.com/jobs/123\n  certpath analyze --clipboard\n  pbpaste | certpath analyze -",
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" && format != "markdown" {
				return usagef("--format %q is not known; use text, json or markdown", format)
			}
			if len(args) == 0 && !clip {
				args = []string{"-"}
			}
			texts, problems := postings.Gather(cmd.Context(), args, postings.Sources{Offline: s.offline, Stdin: cmd.InOrStdin(), Clipboard: clip})
			unreachable := false
			for _, p := range problems {
				// The other inputs are still analysed.
				fmt.Fprintln(cmd.ErrOrStderr(), "certpath: "+termtext.Sanitize(p.Message))
				unreachable = unreachable || p.Unreachable
			}
			if len(texts) == 0 && unreachable {
				// Not a mistake in the command: the site or the network
				// failed, and the lines above say how.
				return fmt.Errorf("nothing could be analysed: %s (above); a posting saved from the browser (certpath analyze page.html) or its text pasted (certpath analyze -) always can be", postings.Unread(problems))
			}
			if len(texts) == 0 {
				return inputf("nothing could be analysed (above); give text, HTML or PDF files with job postings, links, --clipboard, or - for standard input")
			}
			lib, err := s.library()
			if err != nil {
				return err
			}
			rep := postings.ForCatalog(lib.Catalog()).Analyzer().AnalyzeAll(texts)
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), rep)
			}
			// No Sources section: the analysis cites no source.
			return printDoc(cmd.OutOrStdout(), strings.TrimRight(report.PostingsMarkdown(rep, lib.Catalog()), "\n")+"\n", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text, json or markdown")
	cmd.Flags().BoolVar(&clip, "clipboard", false, "also read a posting from the clipboard")
	s.contentFlag(cmd)
	s.offlineFlag(cmd)
	return cmd
}
