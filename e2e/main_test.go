package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestBinaryHelpVersionMan(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	run := func(env []string, args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), env...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		}
		return out.String(), errOut.String(), code
	}
	if out, _, code := run(nil, "--help"); code != 0 || !strings.Contains(out, "certs") || !strings.Contains(out, "EXAMPLES") && !strings.Contains(strings.ToUpper(out), "EXAMPLES") {
		t.Errorf("--help: %d\n%s", code, out)
	}
	if out, _, code := run(nil, "--version"); code != 0 || strings.TrimSpace(out) == "" {
		t.Errorf("--version: %d %q", code, out)
	}
	if out, _, code := run(nil, "man"); code != 0 || !strings.Contains(out, ".TH") {
		t.Errorf("man: %d %q", code, out[:min(len(out), 80)])
	}
	if _, errOut, code := run(nil, "--colour"); code != 2 || strings.Count(strings.TrimSpace(errOut), "\n") != 1 || !strings.Contains(errOut, "unknown flag: --colour") {
		t.Errorf("a bad flag must be one clear line plus the usage hint, exit 2; got %d %q", code, errOut)
	}
	for _, env := range [][]string{{"NO_COLOR=1"}, nil} {
		out, _, code := run(env, "certs", "show", "popm")
		if code != 0 || strings.Contains(out, "\x1b") {
			t.Errorf("certs show piped (%v) must have no escape sequence", env)
		}
	}
	if out, _, _ := run([]string{"TERM=dumb"}, "--help"); strings.Contains(out, "\x1b[") {
		t.Error("TERM=dumb: help must be plain")
	}
}

func TestReleaseConfig(t *testing.T) {
	t.Parallel()
	var cfg struct {
		Builds []struct {
			Goos    []string
			Goarch  []string
			Flags   []string
			Ldflags []string
		}
	}
	data, err := os.ReadFile("../.goreleaser.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &cfg); err != nil || len(cfg.Builds) != 1 {
		t.Fatalf("parse: %v", err)
	}
	b := cfg.Builds[0]
	for _, os := range []string{"linux", "darwin", "windows"} {
		if !slices.Contains(b.Goos, os) {
			t.Errorf("no %s build", os)
		}
	}
	if !slices.Contains(b.Goarch, "amd64") || !slices.Contains(b.Goarch, "arm64") || !slices.Contains(b.Flags, "-trimpath") ||
		len(b.Ldflags) == 0 || !strings.Contains(b.Ldflags[0], "-X main.version=") {
		t.Errorf("release build: %+v", b)
	}
}
