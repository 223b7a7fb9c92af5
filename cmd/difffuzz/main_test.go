package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestDeterministic: a kind and a seed always give the same program, and
// different seeds different ones.
func TestDeterministic(t *testing.T) {
	for _, k := range kindNames() {
		a, err := program(k, 7)
		if err != nil {
			t.Fatal(err)
		}
		b, err := program(k, 7)
		if err != nil {
			t.Fatal(err)
		}
		c, err := program(k, 8)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: seed 7 gave two different programs", k)
		}
		if bytes.Equal(a, c) {
			t.Errorf("%s: seeds 7 and 8 gave the same program", k)
		}
	}
}

// TestProgramsBuild: the programs of every kind (two seeds each) are
// accepted by go build (no unused variable, label or import; constants
// representable) and gofmt'ed (program returns format.Source's output).
func TestProgramsBuild(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module fz\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, k := range kindNames() {
		for seed := range 2 {
			src, err := program(k, seed)
			if err != nil {
				t.Fatal(err)
			}
			d := filepath.Join(dir, fmt.Sprintf("fz_%s_%d", k, seed))
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, "main.go"), src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cmd := exec.Command(goBin, "build", "-o", filepath.Join(dir, "bin")+string(filepath.Separator), "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
}
