package testutil

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/mod/module"
)

// RealModules reads the go.mod and go.sum of the realmods module (the directory
// internal/testutil/realmods, whose go.mod pins the real modules that the
// e2e tests import from cells) and returns its requirements as a go.mod
// require block and its go.sum, for a work module beside a notebook. A
// go.sum entry for every module lets the go command and gonotes' own
// resolver verify the downloads offline, with no checksum database.
func RealModules(t testing.TB) (require, sum string) {
	t.Helper()
	dir := realmodsDir(t)
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	gosum, err := os.ReadFile(filepath.Join(dir, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	_, req, ok := strings.Cut(string(gomod), "require (")
	if !ok {
		t.Fatalf("realmods/go.mod has no require block")
	}
	return "require (" + req, string(gosum)
}

func realmodsDir(t testing.TB) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller")
	}
	return filepath.Join(filepath.Dir(file), "realmods")
}

// RealModuleProxy lays out a GOPROXY directory in a temporary directory of
// t with the modules of realmods' go.sum, copied from the module cache
// ($(go env GOMODCACHE)/cache/download, which has the proxy's layout:
// `go mod download` in internal/testutil/realmods fills it, as .ci/run
// does), and returns its file:// URL. Only those versions are served, so
// the test sees nothing else of the machine's cache. It skips t when the
// go command or one of the files is missing.
func RealModuleProxy(t testing.TB) string {
	t.Helper()
	gomodcache := os.Getenv("GOMODCACHE")
	if gomodcache == "" {
		out, err := exec.Command("go", "env", "GOMODCACHE").Output()
		if err != nil {
			t.Skipf("no module cache: go env GOMODCACHE: %v", err)
		}
		gomodcache = strings.TrimSpace(string(out))
	}
	src := filepath.Join(gomodcache, "cache", "download")
	_, sum := RealModules(t)
	dst := t.TempDir()
	// module → whether the build needs its zip (go.sum has its h1: line)
	// or only its go.mod.
	need := map[module.Version]bool{}
	var order []module.Version
	sc := bufio.NewScanner(strings.NewReader(sum))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			continue
		}
		v, modOnly := strings.CutSuffix(f[1], "/go.mod")
		mv := module.Version{Path: f[0], Version: v}
		if _, seen := need[mv]; !seen {
			order = append(order, mv)
		}
		need[mv] = need[mv] || !modOnly
	}
	for _, mv := range order {
		esc, err := module.EscapePath(mv.Path)
		if err != nil {
			t.Fatal(err)
		}
		ver, err := module.EscapeVersion(mv.Version)
		if err != nil {
			t.Fatal(err)
		}
		from := filepath.Join(src, filepath.FromSlash(esc), "@v")
		to := filepath.Join(dst, filepath.FromSlash(esc), "@v")
		if err := os.MkdirAll(to, 0o755); err != nil {
			t.Fatal(err)
		}
		exts := []string{".mod"}
		if need[mv] {
			exts = append(exts, ".zip")
		}
		for _, ext := range exts {
			b, err := os.ReadFile(filepath.Join(from, ver+ext))
			if err != nil {
				t.Skipf("the module cache lacks %s@%s (run `go mod download` in internal/testutil/realmods): %v", mv.Path, mv.Version, err)
			}
			if err := os.WriteFile(filepath.Join(to, ver+ext), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		info, err := os.ReadFile(filepath.Join(from, ver+".info"))
		if err != nil {
			// The cache keeps no .info for some modules; the proxy
			// protocol needs one: the version alone will do.
			info = fmt.Appendf(nil, "{\"Version\":%q}\n", mv.Version)
		}
		if err := os.WriteFile(filepath.Join(to, ver+".info"), info, 0o644); err != nil {
			t.Fatal(err)
		}
		list := filepath.Join(to, "list")
		old, _ := os.ReadFile(list)
		if !bytes.Contains(old, []byte(mv.Version+"\n")) {
			if err := os.WriteFile(list, append(old, mv.Version+"\n"...), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return "file://" + filepath.ToSlash(dst)
}
