package questions

import (
	"certpath/internal/yamlbudget"
	"certpath/words"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// AnswersError lists every problem found in an answers file, so a person can
// fix them all in one go.
type AnswersError struct {
	Problems []string
}

func (e *AnswersError) Error() string {
	shown := e.Problems
	more := ""
	if len(shown) > maxShownProblems {
		shown = shown[:maxShownProblems]
		more = "\n  … and " + words.Count(len(e.Problems)-maxShownProblems, "more problem")
	}
	return fmt.Sprintf("the answers file has %s:\n  %s%s", words.Count(len(e.Problems), "problem"), strings.Join(shown, "\n  "), more)
}

// maxShownProblems is how many problems of an answers file are listed; a
// file of thousands of bad lines gets a message a person can read.
const maxShownProblems = 20

// maxShownKeys is how many unknown keys one problem names.
const maxShownKeys = 10

// keyList names keys for a message, at most maxShownKeys of them.
func keyList(ids []string) string {
	names := make([]string, 0, min(len(ids), maxShownKeys))
	for _, id := range ids[:min(len(ids), maxShownKeys)] {
		names = append(names, KeyName(id))
	}
	list := strings.Join(names, ", ")
	if len(ids) > maxShownKeys {
		list += fmt.Sprintf(" and %s more", words.Number(len(ids)-maxShownKeys))
	}
	return list
}

// ParseAnswers reads an answers file: YAML or JSON mapping each question ID
// to an option ID (single choice), a list of option IDs (multi choice), a
// level ID or number 0-5 (scale), or a map of option IDs to percentages
// (allocation). Every question must be answered. The file may also be the
// saved answers certpath keeps between runs (see SavedFormat).
func ParseAnswers(b Bank, data []byte) (Answers, error) {
	f, err := ReadAnswersFile(b, data)
	return f.Answers, err
}

// NameKey is the answers file's optional key that says whose answers they
// are: `name: Dana Lee`. It is no question of the bank.
const NameKey = "name"

// MaxNameRunes caps the name an answers file gives.
const MaxNameRunes = 80

// AnswersFile is an answers file read whole: the answers, and the name of
// the person they are for ("" when the file gives none).
type AnswersFile struct {
	Name    string
	Answers Answers
}

// ReadAnswersFile is ParseAnswers with the file's name field: every
// problem of the file, the name's too, is in one AnswersError.
func ReadAnswersFile(b Bank, data []byte) (AnswersFile, error) {
	if strings.TrimSpace(string(data)) == "" {
		return AnswersFile{}, &AnswersError{[]string{"the file is empty; it must map question IDs to answers (see certpath questions)"}}
	}
	if err := yamlbudget.Check(data); err != nil {
		return AnswersFile{}, &AnswersError{[]string{err.Error() + "; an answers file has one key per question (see certpath questions)"}}
	}
	var raw any
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return AnswersFile{}, &AnswersError{[]string{"the file is neither YAML nor JSON: " + err.Error()}}
	}
	top, ok := raw.(map[string]any)
	if !ok {
		return AnswersFile{}, &AnswersError{[]string{fmt.Sprintf("the file must be a mapping of question IDs to answers, not %s", describeYAML(raw))}}
	}
	top, err := unwrapSaved(b, top)
	if err != nil {
		return AnswersFile{}, &AnswersError{[]string{err.Error()}}
	}
	top, name, nameProblem := takeName(top)
	answers, problems, unknown := decodeAll(b, top)
	if nameProblem != "" {
		problems = append([]string{nameProblem}, problems...)
	}
	if len(unknown) > 0 {
		noun := "unknown question"
		if len(unknown) > 1 {
			noun = fmt.Sprintf("%s unknown questions", words.Number(len(unknown)))
		}
		problems = append([]string{fmt.Sprintf("%s: %s; the questions are %s", keyList(unknown), noun, strings.Join(questionIDs(b), ", "))}, problems...)
	}
	for _, q := range b.Questions {
		if _, ok := answered(top, q); !ok && !q.Optional {
			problems = append(problems, fmt.Sprintf("%s: missing (%s); %s", q.ID, q.Prompt, expects(q)))
		}
	}
	if len(problems) > 0 {
		return AnswersFile{}, &AnswersError{problems}
	}
	return AnswersFile{Name: name, Answers: answers}, nil
}

// takeName takes the name field out of a file's mapping: the name, and a
// problem when it is not one line of text of at most MaxNameRunes.
func takeName(top map[string]any) (rest map[string]any, name, problem string) {
	v, ok := top[NameKey]
	if !ok {
		return top, "", ""
	}
	rest = make(map[string]any, len(top)-1)
	for k, x := range top {
		if k != NameKey {
			rest[k] = x
		}
	}
	s, isText := v.(string)
	if !isText || strings.TrimSpace(s) == "" {
		return rest, "", fmt.Sprintf("%s: got %s; the name is the person's name as text (name: Dana Lee), or leave the key out", NameKey, describeYAML(v))
	}
	name, err := CheckName(s)
	if err != nil {
		return rest, "", fmt.Sprintf("%s: %v", NameKey, err)
	}
	return rest, name, ""
}

// CheckName checks a person's name as an answers file or --name gives it:
// one line of at most MaxNameRunes characters, trimmed.
func CheckName(s string) (string, error) {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > MaxNameRunes || strings.ContainsFunc(s, unicode.IsControl) {
		return "", fmt.Errorf("a name is one line of at most %d characters, with no tabs or line breaks", MaxNameRunes)
	}
	return s, nil
}

func questionIDs(b Bank) []string {
	ids := make([]string, len(b.Questions))
	for i, q := range b.Questions {
		ids[i] = q.ID
	}
	return ids
}

// decodeAnswer reads one answer with its question's kind.
func decodeAnswer(q Question, v any) (Answer, error) { return q.Kind.Decode(q, v) }

// wrongShape reports a value of the wrong shape for a question.
func wrongShape(q Question, v any) error {
	return fmt.Errorf("%s: got %s; %s", q.ID, describeYAML(v), expects(q))
}

// describeYAML names the shape of a decoded value for error messages.
func describeYAML(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("the text %q", x)
	case int, float64:
		return fmt.Sprintf("the number %v", x)
	case bool:
		return fmt.Sprintf("%v", x)
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}

// AnswersNode is the answers in the answers-file format, in bank order, so
// that a saved file reads like the quiz: a YAML mapping built node by node,
// for the YAML library's encoder to write.
func AnswersNode(b Bank, a Answers) (*yaml.Node, error) {
	doc := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for _, q := range b.Questions {
		ans, ok := a[q.ID]
		if !ok {
			continue
		}
		val, err := q.Kind.Encode(q, ans)
		if err != nil {
			return nil, err
		}
		if val == nil {
			continue
		}
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: q.ID}, val)
	}
	return doc, nil
}

// MarshalAnswers writes answers in the answers-file format (see AnswersNode).
func MarshalAnswers(b Bank, a Answers) ([]byte, error) {
	return MarshalAnswersFile(b, AnswersFile{Answers: a})
}

// MarshalAnswersFile writes an answers file with its name field first,
// when it has a name.
func MarshalAnswersFile(b Bank, f AnswersFile) ([]byte, error) {
	doc, err := AnswersFileNode(b, f)
	if err != nil {
		return nil, err
	}
	return yaml.Marshal(doc)
}

// AnswersFileNode is AnswersNode with the file's name field first, when it
// has a name: the mapping an answers file, or a saved file's answers, holds.
func AnswersFileNode(b Bank, f AnswersFile) (*yaml.Node, error) {
	doc, err := AnswersNode(b, f.Answers)
	if err != nil {
		return nil, err
	}
	if f.Name != "" {
		doc.Content = append([]*yaml.Node{{Kind: yaml.ScalarNode, Value: NameKey}, TextNode(f.Name)}, doc.Content...)
	}
	return doc, nil
}

// SavedFormat is the version of the saved-answers document certpath keeps
// between runs: a mapping of version, saved (when) and answers, an answers
// file. An answers file may be such a document, so the state file can be
// given to certpath quiz --answers as it is.
const SavedFormat = 1

// savedKeys are the keys of the saved-answers document.
var savedKeys = []string{"version", "saved", "answers"}

// unwrapSaved returns the answers of a saved-answers document, and top
// itself when it is not one: a mapping with a version and answers and no
// other key but saved, none of them a question of the bank.
func unwrapSaved(b Bank, top map[string]any) (map[string]any, error) {
	_, hasVersion := top["version"]
	_, hasAnswers := top["answers"]
	if !hasVersion || !hasAnswers {
		return top, nil
	}
	for k := range top {
		if _, isQuestion := b.Question(k); isQuestion || !slices.Contains(savedKeys, k) {
			return top, nil
		}
	}
	if v, ok := top["version"].(int); !ok || v != SavedFormat {
		return nil, fmt.Errorf("saved answers of format version %v; this certpath reads version %d", top["version"], SavedFormat)
	}
	switch inner := top["answers"].(type) {
	case nil:
		return map[string]any{}, nil
	case map[string]any:
		return inner, nil
	default:
		return nil, fmt.Errorf("the saved answers must map question IDs to answers, not %s", describeYAML(inner))
	}
}

// ParseAnswersLenient reads what it can of an answers file: answers that fit
// the bank are kept, and each one that does not (a question removed from the
// bank, an option renamed) is reported instead of failing the whole file.
// Missing answers are not problems. Saved state uses it, so a newer question
// bank keeps every answer that still means something.
func ParseAnswersLenient(b Bank, data []byte) (Answers, []string, error) {
	if err := yamlbudget.Check(data); err != nil {
		return nil, nil, err
	}
	var raw any
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, nil, fmt.Errorf("not YAML: %v", err)
	}
	return AnswersFromValue(b, raw)
}

// AnswersFromValue is ParseAnswersLenient for a value already parsed out of
// YAML (a mapping of question IDs to answers, or nothing).
func AnswersFromValue(b Bank, raw any) (Answers, []string, error) {
	if raw == nil {
		return Answers{}, nil, nil
	}
	top, ok := raw.(map[string]any)
	if !ok {
		return nil, nil, fmt.Errorf("not a mapping of question IDs to answers but %s", describeYAML(raw))
	}
	// The name is no answer: it is kept by who reads the file whole
	// (NameFromValue).
	top, _, _ = takeName(top)
	answers, dropped, unknown := decodeAll(b, top)
	if len(unknown) > 0 {
		dropped = append([]string{keyList(unknown) + ": no longer asked"}, dropped...)
	}
	return answers, dropped, nil
}

// NameFromValue is the name a parsed answers mapping gives, "" when it
// gives none or one that is not a name.
func NameFromValue(raw any) string {
	top, ok := raw.(map[string]any)
	if !ok {
		return ""
	}
	_, name, _ := takeName(top)
	return name
}

// decodeAll decodes and checks every answer of a parsed file, in question
// ID order, keeping those that fit and describing those that do not; the
// keys that are no question of the bank are returned apart, so that a
// thousand of them make one line.
func decodeAll(b Bank, top map[string]any) (answers Answers, problems, unknown []string) {
	answers = Answers{}
	keys := make([]string, 0, len(top))
	for k := range top {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, id := range keys {
		q, ok := b.Question(id)
		if !ok {
			if q, ok = b.replacing(id); !ok {
				unknown = append(unknown, id)
				continue
			}
			if _, both := top[q.ID]; both {
				// The answer under today's ID wins.
				continue
			}
		}
		a, err := decodeAnswer(q, top[id])
		if err == nil {
			err = q.Check(a)
		}
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		answers[q.ID] = a
	}
	return answers, problems, unknown
}

// answered is the key a file gives question q under: its ID, or the ID it
// replaced.
func answered(top map[string]any, q Question) (string, bool) {
	if _, ok := top[q.ID]; ok {
		return q.ID, true
	}
	if _, ok := top[q.Replaces]; ok && q.Replaces != "" {
		return q.Replaces, true
	}
	return "", false
}

// replacing is the question that replaced an earlier question ID.
func (b Bank) replacing(id string) (Question, bool) {
	for _, q := range b.Questions {
		if q.Replaces != "" && q.Replaces == id {
			return q, true
		}
	}
	return Question{}, false
}

// KeyName shows a key from an answers file in a message: as it is when it
// is a plain name (letters, digits, _ - .), quoted with Go's escapes
// otherwise, so a key made of control characters is seen, never obeyed.
func KeyName(k string) string {
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			return fmt.Sprintf("%q", k)
		}
	}
	if k == "" {
		return `""`
	}
	return k
}
