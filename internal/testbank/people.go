package testbank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/questions"
)

// Person is one answers file of the planner's people: its file name, its
// text (whose comments say what its writer expects), the name it gives
// (else the file's name without its extension) and its answers.
type Person struct {
	File    string
	Data    []byte
	Name    string
	Answers questions.Answers
}

// People reads every answers file in dir (the planner's
// testdata/people), failing the test on a file that does not parse or
// when there are fewer than 30.
func People(t testing.TB, b questions.Bank, dir string) []Person {
	t.Helper()
	return Folder(t, b, dir, 30)
}

// Folder reads every answers file in dir, failing the test on a file that
// does not parse or when there are fewer than least.
func Folder(t testing.TB, b questions.Bank, dir string, least int) []Person {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil || len(files) < least {
		t.Fatalf("want at least %d people in %s, found %d (%v)", least, dir, len(files), err)
	}
	var out []Person
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file, err := questions.ReadAnswersFile(b, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := file.Name
		if name == "" {
			name = strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		}
		out = append(out, Person{File: filepath.Base(f), Data: data, Name: name, Answers: file.Answers})
	}
	return out
}
