package notebooks

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// exportModule exports every course notebook with `gonotes export` into a
// module of its own (package NN/main.go each) that uses this repository's
// library, and returns the module's folder and the notebooks' folder names.
func exportModule(t *testing.T) (string, []string) {
	t.Helper()
	bin := gonotesBinary(t)
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// The module requires gonotes from this checkout, with its replaces
	// (a dependency's replaces do not apply to the main module).
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mod := "module exported\n\ngo 1.26.0\n\nrequire github.com/gonotes/gonotes v0.0.0\n\nreplace github.com/gonotes/gonotes => " + root + "\n"
	for _, m := range regexp.MustCompile(`(?m)^replace (\S+) => \./(\S+)$`).FindAllStringSubmatch(string(gomod), -1) {
		mod += "replace " + m[1] + " => " + filepath.Join(root, m[2]) + "\n"
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, nb := range notebookFiles(t) {
		name := strings.TrimSuffix(nb, ".ipynb")
		if err := os.Mkdir(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(bin, "export", nb, "-o", filepath.Join(dir, name, "main.go")).CombinedOutput(); err != nil {
			t.Fatalf("gonotes export %s: %v\n%s", nb, err, out)
		}
		names = append(names, name)
	}
	return dir, names
}

func goCmd(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod -buildvcs=false")
	return cmd
}

// TestExportedNotebooks exports the five course notebooks as programs,
// checks that `go vet` passes on them (they build), then runs each one
// (not with -short) and checks that it succeeds and prints, somewhere,
// the stored output of every cell whose output is exact.
func TestExportedNotebooks(t *testing.T) {
	dir, names := exportModule(t)
	if out, err := goCmd(dir, "vet", "./...").CombinedOutput(); err != nil {
		t.Fatalf("go vet of the exported notebooks: %v\n%s", err, out)
	}
	if testing.Short() {
		return
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			exe := filepath.Join(dir, name, "prog")
			if out, err := goCmd(dir, "build", "-o", exe, "./"+name).CombinedOutput(); err != nil {
				t.Fatalf("go build: %v\n%s", err, out)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, exe)
			cmd.Dir = t.TempDir()
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("the exported program failed: %v\nstderr:\n%s", err, stderr.String())
			}
			nb := readNotebook(t, name+".ipynb")
			checked := 0
			for i, c := range nb.Cells {
				m := metaOf(c)
				if c["cell_type"] != "code" || m.Compare != "exact" || m.Mask != "" {
					continue
				}
				want := streamsOf(c)["stdout"]
				if want == "" {
					continue
				}
				checked++
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("cell %d printed in the notebook:\n%s\nnot in the program's output:\n%s", i, want, stdout.String())
				}
			}
			t.Logf("the output of %d exact cells found in the program's", checked)
		})
	}
}
