package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// writeJSON prints v as indented JSON, the form every --format json uses.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// readInput reads a named file, or standard input for "-".
func readInput(stdin io.Reader, path string) ([]byte, error) {
	if path == "-" {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return data, nil
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, usagef("cannot read %s: %v", path, errors.Unwrap(err))
	case info.IsDir():
		return nil, usagef("%s is a folder; give an answers file", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("cannot read %s: %v", path, err)
	}
	return data, nil
}
