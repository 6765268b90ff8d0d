package model

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"charm.land/bubbles/v2/key"

	"certpath/model/field"
	"certpath/postings"
	"certpath/questions"
)

// readmeKeyNames are the README's names for keys that Bubble Tea names
// otherwise.
var readmeKeyNames = map[string][]string{
	"↑": {"up"}, "↓": {"down"}, "←": {"left"}, "→": {"right"}, "pgdn": {"pgdown"},
}

// readmeKeys are the keys the README's table of keys names, each in its
// own backticks in the first column.
func readmeKeys(t *testing.T) map[string]bool {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(data), "| key | what it does |")
	if !ok {
		t.Fatal("README has no table of keys (| key | what it does |)")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	keys := map[string]bool{}
	for _, row := range strings.Split(table, "\n")[2:] {
		cells := strings.Split(row, "|")
		if len(cells) < 3 {
			continue
		}
		// A range of digits, `0`–`9`, names every digit in it.
		for _, m := range regexp.MustCompile("`([0-9])`–`([0-9])`").FindAllStringSubmatch(cells[1], -1) {
			for d := m[1][0]; d <= m[2][0]; d++ {
				keys[string(d)] = true
			}
		}
		for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(cells[1], -1) {
			names, ok := readmeKeyNames[m[1]]
			if !ok {
				names = []string{m[1]}
			}
			for _, n := range names {
				keys[n] = true
			}
		}
	}
	return keys
}

// keymapBindings are every binding certpath answers to: the keymap's, and
// every question widget's (the postings step's ctrl+s, tab, ctrl+v, ctrl+x).
func keymapBindings(t *testing.T) []key.Binding {
	t.Helper()
	var out []key.Binding
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if b, ok := v.Interface().(key.Binding); ok {
			out = append(out, b)
			return
		}
		if v.Kind() == reflect.Struct {
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(newKeyMap()))
	st := newTheme(true, "")
	for _, q := range testBank(t).Questions {
		f, err := field.New(q, field.NewKeyMap(), &st.Styles, field.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(append(out, f.Bindings()...), f.AllBindings()...)
		if _, ok := q.Kind.(questions.Postings); ok {
			// With postings kept from a file, back from what was found:
			// ctrl+x forgets them.
			f.Reset(questions.Answer{Postings: []postings.Text{{Name: "job.txt", Text: "Scrum Master"}}}, true)
			f.StepBack()
			out = append(out, f.AllBindings()...)
		}
	}
	return out
}

// The README and the keymap agree: every key the README's table names is a
// key certpath answers to, and every key certpath answers to is in the
// table (an upper-case letter bound beside its lower-case one, as y and Y,
// is documented by the lower-case one).
func TestREADMENamesEveryKey(t *testing.T) {
	t.Parallel()
	documented := readmeKeys(t)
	bound := map[string]bool{}
	for _, b := range keymapBindings(t) {
		for _, k := range b.Keys() {
			bound[k] = true
			lower := strings.ToLower(k)
			alias := len(k) == 1 && unicode.IsUpper(rune(k[0])) && documented[lower] && contains(b.Keys(), lower)
			if !documented[k] && !alias && !bound["reported "+k] {
				bound["reported "+k] = true
				t.Errorf("README's table of keys lacks %q (%s)", k, b.Help().Desc)
			}
		}
	}
	for k := range documented {
		if !bound[k] {
			t.Errorf("README's table of keys names %q, which certpath does not answer to", k)
		}
	}
}

func contains(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}
