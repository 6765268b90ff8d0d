package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// writeJSON prints v as indented JSON, the form every --format json uses.
// A list is always an array, [] when empty, never null: a reader iterates
// it without checking first (see emptyLists). Null stays for what is
// absent by design, such as close_call.
//
// C1 controls and format characters (bidi overrides, zero-width ones) are
// written as \u escapes, as encoding/json does for C0: a JSON reader gets
// the same strings, and a terminal showing the JSON is not acted on.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	var err error
	if v == nil {
		err = enc.Encode(nil)
	} else {
		err = enc.Encode(emptyLists(reflect.ValueOf(v)).Interface())
	}
	if err != nil {
		return err
	}
	_, err = w.Write(escapeUnsafe(buf.Bytes()))
	return err
}

// escapeUnsafe writes C1 controls and format characters in encoded JSON as
// \u escapes. Outside strings JSON is ASCII, so every such rune is inside
// one, where an escape means the same.
func escapeUnsafe(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x80 && r < 0xa0 || unicode.Is(unicode.Cf, r) {
			out = append(out, b[last:i]...)
			if r > 0xffff {
				r1, r2 := utf16.EncodeRune(r)
				out = fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
			} else {
				out = fmt.Appendf(out, `\u%04x`, r)
			}
			last = i + size
		}
		i += size
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// emptyLists returns a copy of v in which every nil slice, at any depth, is
// an empty one. Go's encoder writes a nil slice as null, and the types
// printed here are built by several packages, where a list left unset is
// the natural zero; fixing the output in one place keeps every command's
// JSON the same shape. Byte slices (base64 strings) are left alone.
func emptyLists(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(emptyLists(v.Index(i)))
		}
		return out
	case reflect.Array:
		out := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			out.Index(i).Set(emptyLists(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), emptyLists(it.Value()))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(emptyLists(v.Elem()))
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(emptyLists(v.Elem()))
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		for i := range v.NumField() {
			if f := out.Field(i); f.CanSet() {
				f.Set(emptyLists(v.Field(i)))
			}
		}
		return out
	}
	return v
}
