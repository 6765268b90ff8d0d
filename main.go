// Command certpath helps people on agile teams choose their next
// certification: a guided quiz, a recommended path, and the summaries behind it.
package main

import (
	"context"
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"certpath/content"
	"certpath/model"
	"certpath/questions"
)

func main() {
	if err := fang.Execute(context.Background(), newRootCmd()); err != nil {
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "certpath",
		Short: "Find your next agile certification",
		Long: "certpath asks what the job postings you aim for ask for and where your week really goes,\n" +
			"then recommends an ordered certification path across Scaled Agile, Scrum.org,\n" +
			"Scrum Alliance and PMI, and explains why.",
		Example: "  # Take the guided quiz\n  certpath",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runQuiz(cmd.Context())
		},
	}
}

func runQuiz(ctx context.Context) error {
	bank := questions.DefaultBank()
	if err := bank.Validate(); err != nil {
		return fmt.Errorf("the question bank is broken: %w", err)
	}
	lib, err := content.Load(content.Embedded())
	if err != nil {
		return err
	}
	m := model.New(bank, lib, model.Options{GlamourStyle: os.Getenv("GLAMOUR_STYLE")})
	_, err = tea.NewProgram(m, tea.WithContext(ctx)).Run()
	return err
}
