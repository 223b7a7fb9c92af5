package eval

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// requirements reads go.mod with golang.org/x/mod/modfile (blocks,
// comments, quoted paths), once per session while go.mod's size and time
// stay the same, and again after %go get or a change; a replace makes the
// import cache unusable.
func TestGoModRequirementsCached(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "go.mod")
	const gomod = "module notebook\n\ngo 1.26\n\nrequire (\n\texample.com/a v1.2.3 // indirect\n\t\"example.com/b\" v0.1.0\n)\n\nrequire example.com/c v1.0.0 // a comment\n"
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(gomod)
	m := newModules(dir, append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod"), func(string) bool { return false })
	reqs := func() (map[string]string, bool) {
		m.mu.Lock()
		defer m.mu.Unlock()
		return m.requirements()
	}
	want := map[string]string{"example.com/a": "v1.2.3", "example.com/b": "v0.1.0", "example.com/c": "v1.0.0"}
	if got, ok := reqs(); !ok || !reflect.DeepEqual(got, want) {
		t.Fatalf("requirements = %v, %v; want %v", got, ok, want)
	}

	// The same size and time: go.mod is not read again.
	fi, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	write(strings.Replace(gomod, "v1.2.3", "v1.2.4", 1))
	if err := os.Chtimes(file, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if got, _ := reqs(); got["example.com/a"] != "v1.2.3" {
		t.Errorf("go.mod was read again although its size and time did not change: a = %s", got["example.com/a"])
	}

	// %go get reads it again, even when it failed.
	if _, err := exec.LookPath("go"); err == nil {
		_ = m.get([]string{"example.com/nothing@v1.0.0"}, io.Discard) // GOPROXY=off: fails at once
		if got, _ := reqs(); got["example.com/a"] != "v1.2.4" {
			t.Errorf("after %%go get: a = %s, want v1.2.4", got["example.com/a"])
		}
	}

	// Another size: read again.
	write(gomod + "require example.com/d/v2 v2.0.0\n")
	if got, ok := reqs(); !ok || got["example.com/d/v2"] != "v2.0.0" || got["example.com/a"] != "v1.2.3" {
		t.Errorf("after go.mod grew: %v, %v", got, ok)
	}

	// A replace or a go.mod that does not parse: the cache cannot tell.
	write(gomod + "replace example.com/a => ../a\n")
	if got, ok := reqs(); ok {
		t.Errorf("with a replace: %v, true; want false", got)
	}
	write(gomod + "require (\n")
	if got, ok := reqs(); ok {
		t.Errorf("with a broken go.mod: %v, true; want false", got)
	}
}
