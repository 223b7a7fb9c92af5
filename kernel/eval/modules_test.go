package eval

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
	"github.com/gonotes/gonotes/lib/hook"
)

// moduleEnv is the go command's environment for a test: the local proxy
// only, a fresh module cache, no checksum database for gonotes.test.
func moduleEnv(t *testing.T, proxy, cache string) []string {
	return append(os.Environ(),
		"GOPROXY="+proxy,
		"GOMODCACHE="+cache,
		"GONOSUMDB=gonotes.test",
		"GOFLAGS=-modcacherw",
		"GOTOOLCHAIN=local",
		"XDG_CACHE_HOME="+t.TempDir(),
	)
}

func envValue(env []string, key string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == key {
			return v
		}
	}
	return ""
}

func newModSession(t *testing.T, env []string, modDir string) *tsession {
	t.Helper()
	hook.Reset()
	s, err := New(Options{Env: env, ModDir: modDir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return &tsession{t: t, s: s}
}

func needGo(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
}

func TestThirdPartyImport(t *testing.T) {
	needGo(t)
	env := moduleEnv(t, testutil.ModuleProxy(t, testutil.TestModules), t.TempDir())
	modDir := t.TempDir()
	ts := newModSession(t, env, modDir)
	start := time.Now()
	c := ts.ok(`import "gonotes.test/greet"
fmt.Println(greet.Hello("world"))`)
	t.Logf("first import (cold cache): %v", time.Since(start))
	if got := c.stdout.String(); got != "Hello, World (words 1.1.0)\n" {
		t.Errorf("stdout = %q", got)
	}
	// Recorded beside the notebook: greet at its version, words as greet asks.
	gomod, _ := os.ReadFile(filepath.Join(modDir, "go.mod"))
	if !strings.Contains(string(gomod), "gonotes.test/greet v1.0.0") {
		t.Errorf("go.mod does not record greet:\n%s", gomod)
	}
	if sum, _ := os.ReadFile(filepath.Join(modDir, "go.sum")); !strings.Contains(string(sum), "gonotes.test/words v1.1.0 h1:") {
		t.Errorf("go.sum does not record words:\n%s", sum)
	}
	// The dependency itself, in a later cell.
	c = ts.ok(`import "gonotes.test/words"
words.Version`)
	if c.text() != `"1.1.0"` {
		t.Errorf("words.Version = %s", c.text())
	}

	// A replay (interpreter restart, multiprocessing child): the same
	// packages at the same versions.
	start = time.Now()
	ts2 := newModSession(t, env, modDir)
	if err := ts2.s.Load(ts.s.Declarations()); err != nil {
		t.Fatal(err)
	}
	t.Logf("replay (warm cache): %v", time.Since(start))
	c = ts2.ok(`greet.Hello("again")`)
	if c.text() != `"Hello, Again (words 1.1.0)"` {
		t.Errorf("after the replay: %s", c.text())
	}
	// What go list said is cached: the replay did not need it.
	cached, _ := filepath.Glob(filepath.Join(envValue(env, "XDG_CACHE_HOME"), "gonotes", "imports", "*.json"))
	if len(cached) == 0 {
		t.Errorf("nothing cached")
	}
	// The cached answer is used: the go command is not asked (it would
	// need the module download cache, removed here, and the proxy, off).
	modcache := envValue(env, "GOMODCACHE")
	if err := os.RemoveAll(filepath.Join(modcache, "cache", "download")); err != nil {
		t.Fatal(err)
	}
	ts4 := newModSession(t, append(env[:len(env):len(env)], "GOPROXY=off"), modDir)
	c = ts4.ok(`import "gonotes.test/greet"
greet.Hello("cached")`)
	if c.text() != `"Hello, Cached (words 1.1.0)"` {
		t.Errorf("from the cache: %s", c.text())
	}
	// A cached answer whose directories are gone (a cleaned module cache)
	// is not used: the go command downloads the modules again.
	if err := os.RemoveAll(modcache); err != nil {
		t.Fatal(err)
	}
	ts3 := newModSession(t, env, modDir)
	c = ts3.ok(`import "gonotes.test/greet"
greet.Hello("anew")`)
	if c.text() != `"Hello, Anew (words 1.1.0)"` {
		t.Errorf("after cleaning the module cache: %s", c.text())
	}
}

func TestThirdPartyVersions(t *testing.T) {
	needGo(t)
	env := moduleEnv(t, testutil.ModuleProxy(t, testutil.TestModules), t.TempDir())
	// No go.mod: the latest version.
	ts := newModSession(t, env, t.TempDir())
	if c := ts.ok(`import "gonotes.test/words"
words.Version`); c.text() != `"1.2.0"` {
		t.Errorf("latest: words.Version = %s", c.text())
	}
	// A %go get line pins it, then the cell imports it.
	modDir := t.TempDir()
	ts = newModSession(t, env, modDir)
	c := ts.ok(`%go get gonotes.test/words@v1.1.0
import "gonotes.test/words"
words.Version`)
	if c.text() != `"1.1.0"` {
		t.Errorf("%%go get: words.Version = %s (stderr %q)", c.text(), c.stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(modDir, "go.mod")); !strings.Contains(string(b), "gonotes.test/words v1.1.0") {
		t.Errorf("%%go get: go.mod:\n%s", b)
	}
	// Once imported, a package keeps its version in the session: the
	// kernel says so.
	c = ts.ok(`%go get gonotes.test/words@v1.2.0`)
	if !strings.Contains(c.stderr.String(), "already uses gonotes.test/words v1.1.0; restart the kernel") {
		t.Errorf("%%go get after an import: stderr %q", c.stderr)
	}
	_, e := ts.fails(`%go mod tidy`)
	if e.Name != "UsageError" {
		t.Errorf("%%go mod tidy: %s: %s", e.Name, e.Value)
	}

	// A go.mod beside the notebook pins it.
	pinned := t.TempDir()
	os.WriteFile(filepath.Join(pinned, "go.mod"), []byte("module nb\n\ngo 1.21\n\nrequire gonotes.test/words v1.1.0\n"), 0o644)
	ts = newModSession(t, env, pinned)
	if c := ts.ok(`import "gonotes.test/words"
words.Version`); c.text() != `"1.1.0"` {
		t.Errorf("pinned: words.Version = %s", c.text())
	}
	// Another version in go.mod (the user ran go get): the next session
	// has it, not what an earlier one cached.
	os.WriteFile(filepath.Join(pinned, "go.mod"), []byte("module nb\n\ngo 1.21\n\nrequire gonotes.test/words v1.2.0\n"), 0o644)
	ts = newModSession(t, env, pinned)
	if c := ts.ok(`import "gonotes.test/words"
words.Version`); c.text() != `"1.2.0"` {
		t.Errorf("pinned again: words.Version = %s", c.text())
	}
}

func TestThirdPartyErrors(t *testing.T) {
	needGo(t)
	proxy := testutil.ModuleProxy(t, testutil.TestModules)
	env := moduleEnv(t, proxy, t.TempDir())
	ts := newModSession(t, env, t.TempDir())

	_, e := ts.fails(`import "gonotes.test/cgolib"`)
	t.Logf("cgo: %s", e.Value)
	if e.Name != "ImportError" || !strings.Contains(e.Value, "package gonotes.test/cgolib needs cgo (c.go imports \"C\")") {
		t.Errorf("cgo: %s: %s", e.Name, e.Value)
	}
	_, e = ts.fails(`import "gonotes.test/nope"`)
	t.Logf("unknown module: %s", e.Value)
	if !strings.Contains(e.Value, "cannot find module providing package gonotes.test/nope") {
		t.Errorf("unknown module: %s", e.Value)
	}
	// A package with a file for when there is no cgo is fine.
	if c := ts.ok(`import "gonotes.test/fallback"
fallback.Answer()`); c.text() != "42" {
		t.Errorf("cgo fallback: %s", c.text())
	}
	// So is one with assembly and a pure-Go alternative (the noasm tag),
	// and a cgo file that a build tag leaves out.
	if c := ts.ok(`import "gonotes.test/fast"
fast.Sum([]int{1, 2, 3})`); c.text() != "6" {
		t.Errorf("assembly: %s", c.text())
	}
	// The session goes on.
	if c := ts.ok(`import "gonotes.test/words"
words.Title("ok")`); c.text() != `"Ok"` {
		t.Errorf("after the errors: %s", c.text())
	}

	// A proxy that does not answer.
	ts = newModSession(t, moduleEnv(t, "http://127.0.0.1:1", t.TempDir()), t.TempDir())
	_, e = ts.fails(`import "gonotes.test/words"`)
	t.Logf("no network: %s", strings.Join(traceback(e), "\n"))
	if !strings.Contains(e.Value, "cannot download gonotes.test/words: the module proxy (GOPROXY=http://127.0.0.1:1) is unreachable") {
		t.Errorf("no network: %s", e.Value)
	}
}

// TestRealProxy imports from proxy.golang.org (GONOTES_NET=1 only: CI
// needs no network).
// With the go command and without it (PATH without go: gonotes fetches
// and checks the modules itself, sum.golang.org included).
func TestRealProxy(t *testing.T) {
	if os.Getenv("GONOTES_NET") == "" {
		t.Skip("set GONOTES_NET=1 to use the real module proxy")
	}
	t.Run("go", func(t *testing.T) {
		needGo(t)
		realProxy(t)
	})
	t.Run("nogo", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		realProxy(t)
	})
}

func realProxy(t *testing.T) {
	cache := os.Getenv("GONOTES_NET_MODCACHE")
	if cache == "" {
		cache = t.TempDir()
	}
	env := append(os.Environ(), "GOMODCACHE="+cache, "GOFLAGS=-modcacherw", "XDG_CACHE_HOME="+t.TempDir())
	modDir := t.TempDir()
	ts := newModSession(t, env, modDir)
	start := time.Now()
	c := ts.ok(`import (
	"context"
	"golang.org/x/sync/errgroup"
)
g, ctx := errgroup.WithContext(context.Background())
g.SetLimit(2)
var mu sync.Mutex
total := 0
for i := 1; i <= 10; i++ {
	g.Go(func() error {
		mu.Lock()
		total += i
		mu.Unlock()
		return ctx.Err()
	})
}
fmt.Println(g.Wait(), total)`)
	t.Logf("errgroup first import: %v", time.Since(start))
	if got := c.stdout.String(); got != "<nil> 55\n" {
		t.Errorf("errgroup: %q", got)
	}
	start = time.Now()
	c = ts.ok(`import "golang.org/x/sync/semaphore"
sem := semaphore.NewWeighted(2)
fmt.Println(sem.TryAcquire(2), sem.TryAcquire(1))`)
	t.Logf("semaphore import: %v", time.Since(start))
	if got := c.stdout.String(); got != "true false\n" {
		t.Errorf("semaphore: %q", got)
	}
	start = time.Now()
	c = ts.ok(`import "github.com/google/uuid"
u := uuid.New()
v := u.Version()
fmt.Println(len(u.String()), v)`)
	t.Logf("uuid import: %v", time.Since(start))
	if got := c.stdout.String(); got != "36 VERSION_4\n" {
		t.Errorf("uuid: %q", got)
	}

	// A larger module (10,000 lines; its go.mod requires check.v1, in
	// the module graph but not loaded). (cobra, logrus, testify, gjson,
	// toml and tablewriter resolve but the interpreter fails on them;
	// gonum's BLAS too.)
	start = time.Now()
	c = ts.ok(`import "gopkg.in/yaml.v3"
var doc struct {
	Name  string
	Tags  []string
	Sizes map[string]int
}
err := yaml.Unmarshal([]byte("name: gonotes\ntags: [go, jupyter]\nsizes: {a: 1, b: 2}\n"), &doc)
out, _ := yaml.Marshal(doc.Sizes)
fmt.Printf("%v %+v %s", err, doc, out)`)
	t.Logf("yaml.v3 import: %v", time.Since(start))
	if got := c.stdout.String(); got != "<nil> {Name:gonotes Tags:[go jupyter] Sizes:map[a:1 b:2]} a: 1\nb: 2\n" {
		t.Errorf("yaml: %q", got)
	}
	if b, _ := os.ReadFile(filepath.Join(modDir, "go.sum")); !strings.Contains(string(b), "gopkg.in/check.v1") {
		t.Errorf("go.sum does not record yaml's dependency check.v1:\n%s", b)
	}

	// The notebook again (its go.mod records the versions): a warm start.
	ts = newModSession(t, env, modDir)
	start = time.Now()
	c = ts.ok(`import "golang.org/x/sync/errgroup"
var g errgroup.Group
g.Go(func() error { return nil })
g.Wait()`)
	t.Logf("errgroup import, notebook run again: %v", time.Since(start))
}

// Package unsafe can be imported (third-party packages often do), as in Go.
func TestUnsafeImport(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import "unsafe"
b := []byte("hi")
s := *(*string)(unsafe.Pointer(&b))
fmt.Println(s, unsafe.Sizeof(int64(0)))`)
	if got := c.stdout.String(); got != "hi 8\n" {
		t.Errorf("stdout = %q", got)
	}
}

// Without the go command (the Docker image), gonotes fetches the modules
// from the proxy itself: the same imports, versions and records.
func TestThirdPartyWithoutGo(t *testing.T) {
	goCmd, _ := exec.LookPath("go")
	env := moduleEnv(t, testutil.ModuleProxy(t, testutil.TestModules), t.TempDir())
	t.Setenv("PATH", t.TempDir())
	modDir := t.TempDir()
	ts := newModSession(t, env, modDir)
	start := time.Now()
	c := ts.ok(`import "gonotes.test/greet"
fmt.Println(greet.Hello("world"))`)
	t.Logf("first import (cold cache): %v", time.Since(start))
	if got := c.stdout.String(); got != "Hello, World (words 1.1.0)\n" {
		t.Errorf("stdout = %q", got)
	}
	gomod, _ := os.ReadFile(filepath.Join(modDir, "go.mod"))
	if !strings.Contains(string(gomod), "gonotes.test/greet v1.0.0") || !strings.Contains(string(gomod), "gonotes.test/words v1.1.0 // indirect") {
		t.Errorf("go.mod does not record greet and words:\n%s", gomod)
	}
	sum, _ := os.ReadFile(filepath.Join(modDir, "go.sum"))
	for _, want := range []string{"gonotes.test/words v1.1.0 h1:", "gonotes.test/words v1.1.0/go.mod h1:", "gonotes.test/greet v1.0.0 h1:"} {
		if !strings.Contains(string(sum), want) {
			t.Errorf("go.sum has no %q:\n%s", want, sum)
		}
	}
	c = ts.ok(`import "gonotes.test/words"
words.Version`)
	if c.text() != `"1.1.0"` {
		t.Errorf("words.Version = %s", c.text())
	}
	// The go command accepts what was recorded (and finds the same
	// checksums in the shared module cache).
	if goCmd != "" {
		cmd := exec.Command(goCmd, "mod", "verify")
		cmd.Dir, cmd.Env = modDir, append(env, "PATH="+filepath.Dir(goCmd))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go mod verify: %v\n%s", err, out)
		}
	}

	// A replay, offline: the module cache and go.sum are enough.
	start = time.Now()
	off := append(env[:len(env):len(env)], "GOPROXY=off")
	ts2 := newModSession(t, off, modDir)
	if err := ts2.s.Load(ts.s.Declarations()); err != nil {
		t.Fatal(err)
	}
	t.Logf("replay (warm cache, offline): %v", time.Since(start))
	if c := ts2.ok(`greet.Hello("again")`); c.text() != `"Hello, Again (words 1.1.0)"` {
		t.Errorf("after the replay: %s", c.text())
	}

	// The latest version without a go.mod; %go get pins one.
	ts = newModSession(t, env, t.TempDir())
	if c := ts.ok(`import "gonotes.test/words"
words.Version`); c.text() != `"1.2.0"` {
		t.Errorf("latest: words.Version = %s", c.text())
	}
	pinned := t.TempDir()
	ts = newModSession(t, env, pinned)
	c = ts.ok(`%go get gonotes.test/words@v1.1.0
import "gonotes.test/words"
words.Version`)
	if c.text() != `"1.1.0"` || !strings.Contains(c.stderr.String(), "go: added gonotes.test/words v1.1.0") {
		t.Errorf("%%go get: words.Version = %s (stderr %q)", c.text(), c.stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(pinned, "go.mod")); !strings.Contains(string(b), "gonotes.test/words v1.1.0") {
		t.Errorf("%%go get: go.mod:\n%s", b)
	}

	// Errors a user understands.
	_, e := ts.fails(`import "gonotes.test/cgolib"`)
	if e.Name != "ImportError" || !strings.Contains(e.Value, "package gonotes.test/cgolib needs cgo (c.go imports \"C\")") {
		t.Errorf("cgo: %s: %s", e.Name, e.Value)
	}
	_, e = ts.fails(`import "gonotes.test/nope"`)
	if !strings.Contains(e.Value, "cannot find module providing package gonotes.test/nope") {
		t.Errorf("unknown module: %s", e.Value)
	}
	_, e = ts.fails(`%go get gonotes.test/words@v9.9.9`)
	t.Logf("unknown version: %s", e.Value)
	if e.Name != "ImportError" || !strings.Contains(e.Value, "gonotes.test/words@v9.9.9") {
		t.Errorf("unknown version: %s: %s", e.Name, e.Value)
	}
	if c := ts.ok(`import "gonotes.test/fallback"
fallback.Answer()`); c.text() != "42" {
		t.Errorf("cgo fallback: %s", c.text())
	}
	if c := ts.ok(`import "gonotes.test/fast"
fast.Sum([]int{1, 2, 3})`); c.text() != "6" {
		t.Errorf("assembly: %s", c.text())
	}
	ts = newModSession(t, moduleEnv(t, "http://127.0.0.1:1", t.TempDir()), t.TempDir())
	_, e = ts.fails(`import "gonotes.test/words"`)
	t.Logf("no network: %s", strings.Join(traceback(e), "\n"))
	if !strings.Contains(e.Value, "cannot download gonotes.test/words: the module proxy (GOPROXY=http://127.0.0.1:1) is unreachable") {
		t.Errorf("no network: %s", e.Value)
	}
	// A module that is not what go.sum says is refused.
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "go.mod"), gomod, 0o644)
	os.WriteFile(filepath.Join(bad, "go.sum"), []byte(strings.Replace(string(sum), "gonotes.test/words v1.1.0 h1:", "gonotes.test/words v1.1.0 h1:AAAA", 1)), 0o644)
	ts = newModSession(t, env, bad)
	_, e = ts.fails(`import "gonotes.test/greet"`)
	t.Logf("checksum mismatch: %s", strings.Join(traceback(e), "\n"))
	if !strings.Contains(strings.Join(traceback(e), "\n"), "SECURITY ERROR") {
		t.Errorf("checksum mismatch: %s", e.Value)
	}
}
