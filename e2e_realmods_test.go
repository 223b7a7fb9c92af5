package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/internal/testutil"
)

// realCells use real modules from the Go ecosystem: errgroup and semaphore
// (golang.org/x/sync), uuid and yaml.v3 (which has a transitive
// requirement, gopkg.in/check.v1). Each prints only what is the same on
// every run, so that the kernel's output can be compared with `go run`'s.
var realCells = []string{
	`var g errgroup.Group
squares := make([]int, 5)
for i := range 5 {
	g.Go(func() error { squares[i] = i * i; return nil })
}
fmt.Println(g.Wait(), squares)
var g2 errgroup.Group
for i := range 3 {
	g2.Go(func() error {
		if i == 1 {
			return errors.New("task 1 failed")
		}
		return nil
	})
}
fmt.Println(g2.Wait())`,
	`sem := semaphore.NewWeighted(2)
var mu sync.Mutex
active, peak := 0, 0
var g3 errgroup.Group
for range 6 {
	g3.Go(func() error {
		if err := sem.Acquire(context.Background(), 1); err != nil {
			return err
		}
		defer sem.Release(1)
		mu.Lock()
		active++
		peak = max(peak, active)
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		mu.Lock()
		active--
		mu.Unlock()
		return nil
	})
}
fmt.Println(g3.Wait(), peak <= 2, sem.TryAcquire(2), sem.TryAcquire(1))`,
	`u := uuid.NewSHA1(uuid.NameSpaceDNS, []byte("go.dev"))
fmt.Println(u, u.Version(), u.Variant())
p, err := uuid.Parse(strings.ToUpper(u.String()))
fmt.Println(p == u, err)
_, err = uuid.Parse("not-a-uuid")
fmt.Println(err)`,
	`type Config struct {
	Name    string         ` + "`yaml:\"name\"`" + `
	Workers int            ` + "`yaml:\"workers\"`" + `
	Tags    []string       ` + "`yaml:\"tags,omitempty\"`" + `
	Limits  map[string]int ` + "`yaml:\"limits\"`" + `
}
out, err := yaml.Marshal(Config{Name: "pool", Workers: 4, Tags: []string{"a", "b"}, Limits: map[string]int{"mem": 512, "cpu": 2}})
fmt.Print(string(out))
fmt.Println(err)
var back Config
fmt.Println(yaml.Unmarshal(out, &back))
fmt.Printf("%+v\n", back)
var doc map[string]any
fmt.Println(yaml.Unmarshal([]byte("a: 1\nb: [x, y]\nc: {d: true}\n"), &doc), doc)
fmt.Println(yaml.Unmarshal([]byte("a: [1"), &doc) != nil)`,
}

const realImports = `"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
	"gopkg.in/yaml.v3"
`

// Cells import errgroup, semaphore, uuid and yaml.v3 (with its transitive
// requirement) through a module proxy that the test serves from a
// directory (the modules copied from the module cache: no network), at the
// versions of a go.mod and go.sum beside the notebook, and print what
// `go run` prints for the same code.
func TestRealModulesFromCells(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	realModulesFromCells(t, false)
}

// The same without the go command on PATH (the Docker image): gonotes
// fetches the modules itself (golang.org/x/mod) and checks them against
// the go.sum.
func TestRealModulesWithoutGo(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command (it computes the expected output)")
	}
	realModulesFromCells(t, true)
}

func realModulesFromCells(t *testing.T, noGo bool) {
	proxy := testutil.RealModuleProxy(t) // skips when the cache lacks them
	require, sum := testutil.RealModules(t)
	want := goRunReal(t, require, sum)

	nb := t.TempDir()
	gomod := "module notebook\n\ngo 1.24\n\n" + require
	if err := os.WriteFile(filepath.Join(nb, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(nb, "go.sum"), []byte(sum), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GONOTES_MODDIR", nb)
	t.Setenv("GOPROXY", proxy)
	t.Setenv("GOMODCACHE", t.TempDir())
	// Verification works offline: every module is in the go.sum beside the
	// notebook, so neither the go command nor gonotes asks the checksum
	// database (GOSUMDB stays at its default; a module missing from go.sum
	// would fail the test, not pass unverified).
	t.Setenv("GOFLAGS", "-modcacherw")
	t.Setenv("GOTOOLCHAIN", "local")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	if noGo {
		t.Setenv("PATH", t.TempDir())
	}
	c := startKernel(t)
	r := exec1(t, c, "import (\n\t"+realImports+")")
	mustOK(t, r)
	var got strings.Builder
	for _, cell := range realCells {
		r := exec1(t, c, cell)
		mustOK(t, r)
		got.WriteString(r.stdout)
	}
	if got.String() != want {
		t.Errorf("cells printed:\n%s\ngo run printed:\n%s", got.String(), want)
	}
	if b, _ := os.ReadFile(filepath.Join(nb, "go.mod")); string(b) != gomod {
		t.Errorf("the pinned go.mod changed:\n%s", b)
	}
}

// goRunReal runs realCells as one program with `go run`, in a module with
// realmods' requirements (no network: GOPROXY=off, the machine's module
// cache), and returns what it prints.
func goRunReal(t *testing.T, require, sum string) string {
	t.Helper()
	dir := t.TempDir()
	var prog strings.Builder
	prog.WriteString("package main\n\nimport (\n\t" + realImports + ")\n\nfunc main() {\n")
	for _, cell := range realCells {
		prog.WriteString("{\n" + cell + "\n}\n")
	}
	prog.WriteString("}\n")
	files := map[string]string{
		"go.mod":  "module realrun\n\ngo 1.24\n\n" + require,
		"go.sum":  sum,
		"main.go": prog.String(),
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("go", "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	return string(out)
}
