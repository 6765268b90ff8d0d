package testbank

import (
	"os"
	"path/filepath"
	"testing"

	"certpath/questions"
)

// Person is one answers file of the planner's people: its file name, its
// text (whose comments say what its writer expects) and its answers.
type Person struct {
	File    string
	Data    []byte
	Answers questions.Answers
}

// People reads every answers file in dir (the planner's
// testdata/people), failing the test on a file that does not parse or
// when there are fewer than 30.
func People(t testing.TB, b questions.Bank, dir string) []Person {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil || len(files) < 30 {
		t.Fatalf("want at least 30 people in %s, found %d (%v)", dir, len(files), err)
	}
	var out []Person
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := questions.ParseAnswers(b, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, Person{File: filepath.Base(f), Data: data, Answers: a})
	}
	return out
}
