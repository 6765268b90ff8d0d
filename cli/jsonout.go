package cli

import (
	"encoding/json"
	"io"
	"reflect"
)

// writeJSON prints v as indented JSON, the form every --format json uses.
// A list is always an array, [] when empty, never null: a reader iterates
// it without checking first (see emptyLists). Null stays for what is
// absent by design, such as close_call.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if v == nil {
		return enc.Encode(nil)
	}
	return enc.Encode(emptyLists(reflect.ValueOf(v)).Interface())
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
