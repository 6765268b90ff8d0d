package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// In `questions --format text` the labels of a question start in one
// column, however long its option IDs (portfolio_funding is 17 letters).
func TestQuestionsTextLabelsAlign(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "questions", "--format", "text")
	if err != nil {
		t.Fatal(err)
	}
	for _, block := range strings.Split(out, "\n\n") {
		col := -1
		for _, l := range strings.Split(block, "\n") {
			if !strings.HasPrefix(l, "    ") {
				continue
			}
			id := strings.Fields(l)[0]
			rest := l[4+len(id):]
			if !strings.HasPrefix(rest, "  ") {
				t.Fatalf("option %s has no two spaces before its label: %q", id, l)
			}
			at := 4 + len(id) + len(rest) - len(strings.TrimLeft(rest, " "))
			if col >= 0 && at != col {
				t.Fatalf("label of %s starts at column %d, the others at %d:\n%s", id, at, col, block)
			}
			col = at
		}
	}
}

// An answers file whose organization does not run SAFe but whose work
// reads as SAFe gets a headline that says "point to" once, not twice
// over ("…point to Release Train Engineer…, in SAFe, which your answers
// point to").
func TestHeadlineSaysWhereSAFeComesFromOnce(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "answers.yaml")
	answers := `postings.focus: [backlog, pi_planning]
postings.certs: [none]
postings.safe: unsure
postings.span: train
week.time: {backlog: 45, stakeholders: 20, discovery: 10, cross_team: 10, delivery: 15}
week.team_events: sprint
week.refinement: daily
week.cross_team: monthly
week.reporting: yearly
week.coaching: never
week.partners: customers
week.teams_per_product: train
week.org_safe: "no"
week.safe_vocabulary: use
week.agile_months: 12to23
week.held_certs: [csm]
`
	if err := os.WriteFile(path, []byte(answers), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := execute(t, "quiz", "--answers", path, "--format", "text")
	if err != nil {
		t.Fatal(err)
	}
	headline := strings.Join(strings.Fields(strings.Split(strings.TrimSpace(strings.SplitN(out, "Recommended path", 2)[1]), "\n\n")[0]), " ")
	if !strings.Contains(headline, "SAFe") {
		t.Fatalf("the headline should name SAFe: %q", headline)
	}
	if n := strings.Count(headline, "point to"); n > 1 {
		t.Fatalf("the headline says \"point to\" %d times: %q", n, headline)
	}
}

// `certpath --help` lists the man command the README names (fang's own
// was hidden), and it writes a man page.
func TestHelpListsMan(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	code, out, _ := runCLI(t, "--help")
	if code != 0 || !regexp.MustCompile(`(?m)^\s+man\s+\S`).MatchString(out) {
		t.Fatalf("--help does not list man (status %d):\n%s", code, out)
	}
	if code, out, errOut := runCLI(t, "man"); code != 0 || !strings.Contains(out, ".TH CERTPATH 1") {
		t.Fatalf("man: status %d, %s\n%.200s", code, errOut, out)
	}
}
