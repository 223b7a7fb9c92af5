package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// make install (the README's quick start) on a machine without a C
// compiler: gonotes and its kernelspec are installed, and gonotes-race,
// which needs cgo, is left out with a message saying why and how to get it,
// not with the failed build's errors.
func TestMakeInstallWithoutCCompiler(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gonotes")
	}
	path := t.TempDir() // a PATH with go, make and sh, and no C compiler
	for _, name := range []string{"go", "make", "sh"} {
		p, err := exec.LookPath(name)
		if err != nil {
			t.Skipf("no %s command", name)
		}
		if err := os.Symlink(p, filepath.Join(path, name)); err != nil {
			t.Fatal(err)
		}
	}
	goCmd, _ := exec.LookPath("go")
	cc, err := exec.Command(goCmd, "env", "CC").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(cc), "/") {
		t.Skipf("go env CC is a path (%s): removing the compiler from PATH does not hide it", strings.TrimSpace(string(cc)))
	}
	// The Makefile runs ./$(BIN): BIN relative to the repository.
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := filepath.Rel(wd, filepath.Join(t.TempDir(), "gonotes"))
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	cmd := exec.Command("make", "--no-print-directory", "install", "BIN="+bin)
	cmd.Env = append(os.Environ(), "PATH="+path, "JUPYTER_DATA_DIR="+data, "HOME="+t.TempDir(),
		"GOCACHE="+goEnv(t, goCmd, "GOCACHE"), "GOMODCACHE="+goEnv(t, goCmd, "GOMODCACHE"), "GOFLAGS=-buildvcs=false")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("make install: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "gonotes-race not built: Go's race detector needs cgo and a C compiler") ||
		!strings.Contains(string(out), "make build-race") {
		t.Errorf("no message saying why gonotes-race was not built and how to build it:\n%s", out)
	}
	if strings.Contains(string(out), "Error") || strings.Contains(string(out), "cgo:") {
		t.Errorf("the output shows a failed build:\n%s", out)
	}
	if _, err := os.Stat(bin + "-race"); err == nil {
		t.Errorf("%s-race was built without a C compiler", bin)
	}
	if _, err := os.Stat(filepath.Join(data, "kernels", "gonotes", "kernel.json")); err != nil {
		t.Errorf("the kernelspec was not installed: %v\n%s", err, out)
	}
}

func goEnv(t *testing.T, goCmd, name string) string {
	t.Helper()
	out, err := exec.Command(goCmd, "env", name).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}
