package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
)

// gonotes build --with compiles a module's package into a new gonotes
// (from a local module proxy: no network); cells of its kernel import the
// package compiled, with neither the go command nor a proxy at hand.
func TestBuildWith(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a gonotes binary")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cache, err := exec.Command(goCmd, "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	// gonotes' own dependencies come from the module cache's downloads
	// (a proxy directory too), the test module from the test's proxy.
	t.Setenv("GOPROXY", testutil.ModuleProxy(t, testutil.TestModules)+",file://"+filepath.ToSlash(filepath.Join(strings.TrimSpace(string(cache)), "cache", "download")))
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GONOSUMDB", "gonotes.test")
	t.Setenv("GOFLAGS", "-modcacherw -trimpath")
	bin := filepath.Join(t.TempDir(), "gonotes-greet")
	start := time.Now()
	out, err := exec.Command(gonotesBin, "build", "--with", "gonotes.test/greet@v1.0.0", "-o", bin, "--src", ".").CombinedOutput()
	t.Logf("gonotes build: %v", time.Since(start))
	if err != nil {
		t.Fatalf("gonotes build: %v\n%s", err, out)
	}
	if out, _ := exec.Command(bin, "version").Output(); !strings.Contains(string(out), "compiled in: gonotes.test/greet") {
		t.Errorf("version of the new binary: %s", out)
	}

	t.Setenv("PATH", t.TempDir())
	t.Setenv("GOPROXY", "off")
	t.Setenv("GONOTES_MODDIR", t.TempDir())
	saved := gonotesBin
	gonotesBin = bin // startKernel's binary
	t.Cleanup(func() { gonotesBin = saved })
	c := startKernel(t)
	r := exec1(t, c, `import (
	"gonotes.test/greet"
	"reflect"
	"runtime"
)
fmt.Println(greet.Hello("compiled"))
fmt.Println(runtime.FuncForPC(reflect.ValueOf(greet.Hello).Pointer()).Name())`)
	mustOK(t, r)
	if r.stdout != "Hello, Compiled (words 1.1.0)\ngonotes.test/greet.Hello\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
}
