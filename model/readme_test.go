package model

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"certpath/questions"
	"certpath/store"
)

// The README's captures are screens of the running program at 80x24. Each
// sits in a ```text block after a line <!-- capture: NAME -->; this test
// draws NAME again and fails when the README shows something else.
// Regenerate with go test ./model -run TestREADMECapturesAreCurrent -update.
var readmeCaptures = map[string]func(t *testing.T) *Model{
	// The week question, part way through spreading the week.
	"week": func(t *testing.T) *Model {
		return press(t, goTo(t, questions.QWeekTime, Options{}), "right", "right", "right", "right", "down", "down", "down", "right", "right")
	},
	// The results of the person in examples/answers.yaml.
	"results": func(t *testing.T) *Model {
		m := press(t, exampleResumed(t), "enter")
		mustContain(t, m, "Recommended path")
		return m
	},
	// The what-if view over the same results: POPM held as well as CSM.
	"whatif": func(t *testing.T) *Model {
		m := press(t, press(t, exampleResumed(t), "enter"), tryKeys(t, questions.QHeldCerts, "csm", "popm")...)
		mustContain(t, m, "With the change")
		return m
	},
	// The first certification summary the results offer.
	"summary": func(t *testing.T) *Model {
		m := press(t, exampleResumed(t), "enter", "o", "enter")
		mustContain(t, m, "summary")
		return m
	},
	// certpath team over the blind test team, in the pager.
	"team": func(t *testing.T) *Model {
		m := teamPager(t, 80, 24)
		mustContain(t, m, "Team plan", "Ten people")
		return m
	},
}

// exampleResumed resumes the answers of examples/answers.yaml; with every
// question answered, that opens the review.
func exampleResumed(t *testing.T) *Model {
	t.Helper()
	data, err := os.ReadFile("../examples/answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := questions.ParseAnswers(testBank(t), data)
	if err != nil {
		t.Fatal(err)
	}
	m := press(t, newModelWith(t, 80, 24, Options{Resume: store.Loaded{Answers: a}}), "enter")
	mustContain(t, m, "Review your answers")
	return m
}

var captureBlock = regexp.MustCompile("(?s)(<!-- capture: ([a-z]+) -->\n```text\n)(.*?)(```)")

func TestREADMECapturesAreCurrent(t *testing.T) {
	t.Parallel()
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	update := flag.Lookup("update") != nil && flag.Lookup("update").Value.String() == "true"
	seen := map[string]bool{}
	out := captureBlock.ReplaceAllStringFunc(string(data), func(block string) string {
		m := captureBlock.FindStringSubmatch(block)
		name, shown := m[2], m[3]
		draw, ok := readmeCaptures[name]
		if !ok {
			t.Errorf("README: no capture is named %q; known: week, results, whatif, summary", name)
			return block
		}
		seen[name] = true
		want := capture(visible(draw(t)))
		if update {
			return m[1] + want + m[4]
		}
		if shown != want {
			t.Errorf("README's %q capture is not what the program shows now; run go test ./model -run TestREADMECapturesAreCurrent -update and read the diff.\nREADME:\n%s\nprogram:\n%s", name, shown, want)
		}
		return block
	})
	for name := range readmeCaptures {
		if !seen[name] {
			t.Errorf("README has no <!-- capture: %s --> block", name)
		}
	}
	if update && out != string(data) {
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// capture is a screen as the README shows it: trailing blanks dropped, as
// tmux capture-pane prints it, ending in a line break.
func capture(screen string) string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}
