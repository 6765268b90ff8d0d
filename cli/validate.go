package cli

import (
	"certpath/catalog"
	"certpath/termtext"
	"certpath/words"
	"fmt"
	"slices"

	"github.com/spf13/cobra"
)

func newValidateCmd(s *settings) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check a content folder: front matter, IDs, dates and sources of every figure",
		Long: "Checks the built-in content, or the folder given with --content: every file's front " +
			"matter parses, IDs are unique and known, every figure has as_of and a source from " +
			"sources.yaml, every cross-reference names a real certification.",
		Example: "  certpath validate\n  certpath validate --content ./my-content",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			// The content's conditions must name what the question bank
			// can show: the quiz would refuse to start otherwise.
			if _, err := loadBank(lib); err != nil {
				return usageError{err: err, input: true}
			}
			long, err := checkPageWords(lib)
			if err != nil {
				return usageError{err: err, input: true}
			}
			where := "built-in content"
			if s.contentDir != "" {
				where = s.contentDir
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is valid: %d certifications, %d role profiles, %d named outside the catalogue.\n", where, len(lib.Certs()), len(catalog.Profiles()), len(lib.Catalog().Outside()))
			// Warnings do not fail the check: the content loads as it is.
			for _, w := range slices.Concat(lib.Warnings(), long) {
				fmt.Fprintln(cmd.ErrOrStderr(), "warning: "+termtext.Sanitize(w))
			}
			if n := len(lib.Warnings()); n > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s; the content loads, but these figures cannot be checked with certpath sources check.\n", words.Count(n, "warning"))
			}
			return nil
		},
	}
	s.contentFlag(cmd)
	return cmd
}
