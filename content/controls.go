package content

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"certpath/termtext"
	"certpath/words"
)

// unsafeRune reports a character that acts on a terminal or reorders the
// text around it: a C0 control but tab and line break, DEL, a C1 control,
// or a format character (bidi overrides and isolates, zero-width ones).
func unsafeRune(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 || unicode.Is(unicode.Cf, r)
}

// checkControls names every field of v, after YAML decoding, that holds an
// unsafe character: a YAML escape ("\e", "\x9b", "\u202e") makes one from
// plain text, so the raw file's bytes tell nothing. Fields are named as the
// file names them (exam.questions, tiers[1].price). A content folder that
// holds one is refused: what it says reaches screens, exports and JSON.
func checkControls(file string, v any) []string {
	var out []string
	report := func(path, s string) {
		if i := strings.IndexFunc(s, unsafeRune); i >= 0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			out = append(out, fmt.Sprintf("%s: %s holds a control or bidi character (U+%04X); content is plain text, remove it", words.Literal(file), path, r))
		}
	}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case reflect.String:
			report(path, v.String())
		case reflect.Struct:
			for i := range v.NumField() {
				f := v.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
				switch {
				case name == "-" && f.Name == "Body":
					name = "the text after the front matter"
				case name == "-":
					continue
				case name == "" && f.Anonymous:
					walk(path, v.Field(i))
					continue
				case name == "":
					name = strings.ToLower(f.Name)
				}
				walk(join(path, name), v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			if v.Type().Elem().Kind() == reflect.Uint8 {
				return
			}
			for i := range v.Len() {
				walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
			}
		case reflect.Map:
			keys := v.MapKeys()
			sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
			for _, k := range keys {
				key := fmt.Sprint(k.Interface())
				if strings.IndexFunc(key, unsafeRune) >= 0 {
					report(join(path, fmt.Sprintf("the key %q", termtext.Sanitize(key))), key)
					continue
				}
				walk(join(path, key), v.MapIndex(k))
			}
		}
	}
	walk("", reflect.ValueOf(v))
	return out
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}
