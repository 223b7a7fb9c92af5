package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
)

// gonotes build --with compiles a module's package into a new gonotes
// (from a local module proxy: no network); cells of its kernel import the
// package compiled, with neither the go command nor a proxy at hand, with
// the interpreter in a child process and in the kernel's process
// (GONOTES_SINGLE_PROCESS): both here, so that make unit's second run of
// the end-to-end tests, in that mode, need not build the binary again.
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
	jupyter := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", jupyter)
	start := time.Now()
	out, err := exec.Command(gonotesBin, "build", "--with", "gonotes.test/greet@v1.0.0", "-o", bin, "--src", ".", "--install").CombinedOutput()
	t.Logf("gonotes build: %v", time.Since(start))
	if err != nil {
		t.Fatalf("gonotes build: %v\n%s", err, out)
	}
	if out, _ := exec.Command(bin, "version").Output(); !strings.Contains(string(out), "compiled in: gonotes.test/greet") {
		t.Errorf("version of the new binary: %s", out)
	}
	// --install: a kernelspec of its own that runs the new binary.
	var spec struct {
		Argv        []string `json:"argv"`
		DisplayName string   `json:"display_name"`
	}
	b, err := os.ReadFile(filepath.Join(jupyter, "kernels", "gonotes-with-greet", "kernel.json"))
	if err == nil {
		err = json.Unmarshal(b, &spec)
	}
	if err != nil || len(spec.Argv) == 0 || spec.Argv[0] != bin || spec.DisplayName != "Go (gonotes + gonotes.test/greet)" {
		t.Errorf("kernelspec: %v %+v", err, spec)
	}

	t.Setenv("PATH", t.TempDir())
	t.Setenv("GOPROXY", "off")
	t.Setenv("GONOTES_MODDIR", t.TempDir())
	saved := gonotesBin
	gonotesBin = bin // startKernel's binary
	t.Cleanup(func() { gonotesBin = saved })
	for _, mode := range []struct{ name, env string }{{"child process", ""}, {"single process", "1"}} {
		t.Setenv("GONOTES_SINGLE_PROCESS", mode.env)
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
			t.Errorf("%s: stdout = %q", mode.name, r.stdout)
		}
	}
}

// The gonum/plot example (docs/examples/plot.ipynb) runs in a gonotes
// built with gonum.org/v1/plot compiled in: an SVG, a PNG and an
// image.Image result. GONOTES_NET=1 only (it downloads gonum from the
// module proxy); GONOTES_PLOT_BIN names an already built binary.
func TestBuildWithPlot(t *testing.T) {
	if os.Getenv("GONOTES_NET") == "" {
		t.Skip("set GONOTES_NET=1 to download gonum/plot")
	}
	bin := os.Getenv("GONOTES_PLOT_BIN")
	if bin == "" {
		if _, err := exec.LookPath("go"); err != nil {
			t.Skip("no go command")
		}
		bin = filepath.Join(t.TempDir(), "gonotes-plot")
		start := time.Now()
		out, err := exec.Command(gonotesBin, "build", "--with", "gonum.org/v1/plot/...", "-o", bin, "--src", ".").CombinedOutput()
		t.Logf("gonotes build --with gonum.org/v1/plot/...: %v", time.Since(start))
		if err != nil {
			t.Fatalf("gonotes build: %v\n%s", err, out)
		}
	}
	b, err := os.ReadFile("docs/examples/plot.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var nb struct {
		Cells []struct {
			Type   string   `json:"cell_type"`
			Source []string `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatal(err)
	}
	saved := gonotesBin
	gonotesBin = bin
	t.Cleanup(func() { gonotesBin = saved })
	c := startKernel(t)
	var results []map[string]any
	var metas []map[string]map[string]any
	for _, cell := range nb.Cells {
		if cell.Type != "code" {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		res, err := c.Execute(ctx, strings.Join(cell.Source, ""))
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		mustOK(t, toCell(t, res))
		for _, m := range res.IOPub {
			if m.Header.MsgType == "execute_result" {
				var content struct {
					Data     map[string]any            `json:"data"`
					Metadata map[string]map[string]any `json:"metadata"`
				}
				if err := json.Unmarshal(m.Content, &content); err != nil {
					t.Fatal(err)
				}
				results = append(results, content.Data)
				metas = append(metas, content.Metadata)
			}
		}
	}
	if len(results) != 3 {
		t.Fatalf("%d results, want 3 (SVG, PNG, image)", len(results))
	}
	if svg, _ := results[0]["image/svg+xml"].(string); !strings.Contains(svg, "<svg") || !strings.Contains(svg, "sin and cos") {
		t.Errorf("SVG result: %.200q", svg)
	}
	// 5×3 in at gonum's 96 dpi, 4×4 in.
	checkPNG(t, "PNG", results[1], metas[1], 480, 288)
	checkPNG(t, "image.Image", results[2], metas[2], 384, 384)
}
