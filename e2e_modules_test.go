package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/internal/testutil"
)

// A cell imports a third-party package from a module proxy (a local one,
// served from a directory: no network); a multiprocessing child and the
// interpreter that replaces a killed one see the same package, at the
// version recorded in the go.mod beside the notebook.
func TestThirdPartyPackageFromCells(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	thirdPartyFromCells(t)
}

// The same without the go command on PATH (the Docker image): gonotes
// fetches the modules itself.
func TestThirdPartyPackageWithoutGo(t *testing.T) {
	bin := t.TempDir()
	kill, err := exec.LookPath("kill")
	if err != nil {
		t.Skip("no kill command")
	}
	if err := os.Symlink(kill, filepath.Join(bin, "kill")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	thirdPartyFromCells(t)
}

func thirdPartyFromCells(t *testing.T) {
	nb := t.TempDir()
	t.Setenv("GONOTES_MODDIR", nb)
	t.Setenv("GOPROXY", testutil.ModuleProxy(t, testutil.TestModules))
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GONOSUMDB", "gonotes.test")
	t.Setenv("GOFLAGS", "-modcacherw")
	t.Setenv("GOTOOLCHAIN", "local")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	c := startKernel(t)
	r := exec1(t, c, `import (
	"gonotes.test/greet"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)
fmt.Println(greet.Hello("world"))`)
	mustOK(t, r)
	if r.stdout != "Hello, World (words 1.1.0)\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	if b, _ := os.ReadFile(filepath.Join(nb, "go.mod")); !strings.Contains(string(b), "gonotes.test/greet v1.0.0") {
		t.Errorf("go.mod beside the notebook:\n%s", b)
	}

	r = exec1(t, c, `func hello(name string, q *multiprocessing.Queue) { q.Put(greet.Hello(name)) }
q := multiprocessing.NewQueue()
p := &multiprocessing.Process{Target: hello, Args: []any{"child", q}}
p.Start()
fmt.Println(q.Get())
p.Join()`)
	mustOK(t, r)
	if r.stdout != "Hello, Child (words 1.1.0)\n" {
		t.Errorf("from a child process: %q (stderr %q)", r.stdout, r.stderr)
	}

	r = exec1(t, c, `import "gonotes.test/cgolib"`)
	if r.status != "error" || r.ename != "ImportError" || !strings.Contains(r.evalue, "package gonotes.test/cgolib needs cgo") {
		t.Errorf("cgo: %+v", r)
	}

	if os.Getenv("GONOTES_SINGLE_PROCESS") != "" {
		return
	}
	r = exec1(t, c, `exec.Command("kill", "-KILL", fmt.Sprint(os.Getpid())).Run()
time.Sleep(10 * time.Second)`)
	if r.status != "error" {
		t.Fatalf("killed interpreter: %+v", r)
	}
	r = exec1(t, c, `fmt.Println(greet.Hello("again"))`)
	mustOK(t, r)
	if r.stdout != "Hello, Again (words 1.1.0)\n" {
		t.Errorf("after the replay: %q", r.stdout)
	}
}
