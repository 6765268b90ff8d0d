package cli

import (
	"certpath/catalog"
	"fmt"

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
			where := "built-in content"
			if s.contentDir != "" {
				where = s.contentDir
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is valid: %d certifications, %d role profiles.\n", where, len(lib.Certs()), len(catalog.Profiles()))
			return nil
		},
	}
	s.contentFlag(cmd)
	return cmd
}
