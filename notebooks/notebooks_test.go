package notebooks

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/kernel"
)

// cellMeta is a cell's "gonotes" metadata (see cmd/mknb).
type cellMeta struct {
	Seed    string `json:"seed"`
	Added   string `json:"added"`
	Compare string `json:"compare"`
	Pattern string `json:"pattern"`
	Mask    string `json:"mask"`
}

// notebookFiles lists the course notebooks, in order.
func notebookFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("[0-9][0-9]-*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) != 5 {
		t.Fatalf("found %d notebooks %v, want 5 (one per seed)", len(files), files)
	}
	return files
}

func readNotebook(t *testing.T, path string) *kernel.Notebook {
	t.Helper()
	nb, err := kernel.ReadNotebook(path)
	if err != nil {
		t.Fatal(err)
	}
	return nb
}

func metaOf(cell map[string]any) cellMeta {
	var m cellMeta
	md, _ := cell["metadata"].(map[string]any)
	b, _ := json.Marshal(md["gonotes"])
	_ = json.Unmarshal(b, &m)
	if m.Compare == "" {
		m.Compare = "exact"
	}
	return m
}

// seedCodeCells returns the names of the code cells of a seed document, in
// order, as the notebooks' "seed" metadata names them:
//   - an exported notebook (000, 001, 003) has "In [n]:" headers: the K-th is
//     "NNN cell K In [n]";
//   - a blog post with fenced code ({% highlight %} or ```, 004) or, with
//     no fences at all, with code whose indentation was lost (002), where
//     each block starts with its run of import lines: "NNN code block K".
func seedCodeCells(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	id := filepath.Base(path)[:3]
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	inRE := regexp.MustCompile(`^In \[([^\]]*)\]:\s*$`)
	fenceRE := regexp.MustCompile("^(\\{% highlight|```)")
	importRE := regexp.MustCompile(`^(import|from) \S+`)
	var names []string
	for _, l := range lines {
		if m := inRE.FindStringSubmatch(l); m != nil {
			names = append(names, fmt.Sprintf("%s cell %d In [%s]", id, len(names)+1, m[1]))
		}
	}
	if len(names) > 0 {
		return names
	}
	fenced := false
	for _, l := range lines {
		if fenceRE.MatchString(l) {
			fenced = true
		}
	}
	open, prevImport := false, false
	for _, l := range lines {
		switch {
		case fenced && strings.HasPrefix(l, "{% highlight"):
			names = append(names, fmt.Sprintf("%s code block %d", id, len(names)+1))
		case fenced && strings.HasPrefix(l, "```"):
			if !open {
				names = append(names, fmt.Sprintf("%s code block %d", id, len(names)+1))
			}
			open = !open
		case !fenced:
			isImport := importRE.MatchString(l)
			if isImport && !prevImport {
				names = append(names, fmt.Sprintf("%s code block %d", id, len(names)+1))
			}
			prevImport = isImport
		}
	}
	return names
}

// TestEverySeedCellTranslated checks that each code cell (or code block) of
// every seed document has its Go cell, in the seed's order, in the notebook
// made from that seed, and that no cell claims a seed cell that does not
// exist.
func TestEverySeedCellTranslated(t *testing.T) {
	seeds, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v, want 5 files", seeds, err)
	}
	bySeed := map[string]*kernel.Notebook{}
	names := map[string]string{}
	for _, path := range notebookFiles(t) {
		nb := readNotebook(t, path)
		md, _ := nb.Metadata["gonotes"].(map[string]any)
		seed, _ := md["seed"].(string)
		if seed == "" {
			t.Errorf("%s: no metadata.gonotes.seed", path)
			continue
		}
		bySeed[seed] = nb
		names[seed] = path
	}
	for _, sp := range seeds {
		base := filepath.Base(sp)
		nb := bySeed[base]
		if nb == nil {
			t.Errorf("seed %s has no notebook", base)
			continue
		}
		want := seedCodeCells(t, sp)
		if len(want) == 0 {
			t.Errorf("seed %s: found no code cells (parser broken?)", base)
		}
		var got []string // seed names of the translated (not added) code cells, in order
		for _, c := range nb.Cells {
			m := metaOf(c)
			if c["cell_type"] == "code" && m.Added == "" {
				got = append(got, m.Seed)
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s (seed %s): translated code cells\n  %s\nwant, in the seed's order,\n  %s",
				names[base], base, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
	}
}

// goMinor returns "1.26" for "1.26.8".
func goMinor(v string) string {
	if i := strings.Index(v, "."); i >= 0 {
		if j := strings.Index(v[i+1:], "."); j >= 0 {
			return v[:i+1+j]
		}
	}
	return v
}

// TestStoredOutputsNeutral checks that no stored output shows the machine
// the notebooks were run on: the folder of this checkout, a developer's
// home or working folder, or uid 0 (make notebooks-run runs them in
// /tmp/gonotes-course as uid 1000).
func TestStoredOutputsNeutral(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Dir(wd)
	for _, path := range notebookFiles(t) {
		nb := readNotebook(t, path)
		for i, c := range nb.Cells {
			if c["cell_type"] != "code" {
				continue
			}
			for name, text := range streamsOf(c) {
				for _, bad := range []string{root, "/work/", "/root", "/home/"} {
					if strings.Contains(text, bad) {
						t.Errorf("%s cell %d %s shows %q:\n%s", path, i, name, bad, text)
					}
				}
				if strings.Contains(kernel.CellSource(c), "os.Getuid()") && strings.HasPrefix(strings.SplitN(text, "\n", 3)[1], "0") {
					t.Errorf("%s cell %d: the stored output was made as root (uid 0):\n%s", path, i, text)
				}
			}
		}
	}
}

// TestGeneratedNotebooksUpToDate checks that the notebooks match their
// translation sources in src/ (go generate ./notebooks was run).
func TestGeneratedNotebooksUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/mknb")
	}
	out, err := exec.Command("go", "run", "../cmd/mknb", "-check", "-src", "src", "-out", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("mknb -check: %v\n%s", err, out)
	}
}

// TestNotebooksRerun re-executes every notebook in a fresh gonotes kernel
// and compares each code cell's new output with the stored one, as its
// "compare" metadata says. Set GONOTES_BIN to use an already built binary.
func TestNotebooksRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every notebook (about a minute)")
	}
	bin := gonotesBinary(t)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range notebookFiles(t) {
		t.Run(strings.TrimSuffix(path, ".ipynb"), func(t *testing.T) {
			stored := readNotebook(t, path)
			fresh := readNotebook(t, path)
			for _, c := range fresh.Cells {
				if c["cell_type"] == "code" {
					c["outputs"], c["execution_count"] = []any{}, nil
				}
			}
			logs, err := os.Create(filepath.Join(t.TempDir(), "kernel.log"))
			if err != nil {
				t.Fatal(err)
			}
			defer logs.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			c, err := kernel.StartKernel(ctx, kernel.StartOptions{
				Argv: []string{bin, "kernel"}, ConnDir: t.TempDir(), Dir: wd, Stderr: logs,
			})
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			runErr := kernel.RunNotebook(ctx, c, fresh, kernel.RunOptions{CellTimeout: 2 * time.Minute, KeepGoing: true})
			if runErr != nil {
				t.Errorf("run: %v", runErr)
			}
			// Read the run's outputs back as JSON, as a stored notebook is.
			data, err := fresh.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			var back kernel.Notebook
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			compareNotebooks(t, stored, &back)
			// Jupyter replaces the stored language_info with the kernel's
			// when it opens a notebook and then calls it changed if they
			// differ: the stored one must be what the kernel reports.
			// The version is the Go release of the kernel's build: another
			// patch release than the one that stored the notebook (CI pins
			// it) is only logged.
			got, _ := stored.Metadata["language_info"].(map[string]any)
			want, _ := back.Metadata["language_info"].(map[string]any)
			gv, _ := got["version"].(string)
			wv, _ := want["version"].(string)
			if gv != wv && goMinor(gv) == goMinor(wv) && gv != "" {
				t.Logf("stored language_info.version %s, this kernel's Go is %s (the notebook opens as changed here)", gv, wv)
				got = maps.Clone(got)
				got["version"] = wv
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("stored language_info %v, the kernel reports %v (the notebook would open as changed)", got, want)
			}
			if t.Failed() {
				b, _ := os.ReadFile(logs.Name())
				t.Logf("kernel log:\n%s", b)
			}
		})
	}
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// gonotesBinary returns $GONOTES_BIN, or a gonotes binary built once for
// the tests of this package.
func gonotesBinary(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("GONOTES_BIN"); bin != "" {
		return bin
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gonotes-nbtest-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "gonotes")
		if out, err := exec.Command("go", "build", "-o", binPath, "..").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("build gonotes: %v\n%s", err, out)
			return
		}
		// Notebook 03 turns the race detector on (%race on): gonotes-race
		// next to gonotes, as make install puts it.
		race := exec.Command("go", "build", "-race", "-o", binPath+"-race", "..")
		race.Env = append(os.Environ(), "CGO_ENABLED=1")
		if out, err := race.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("build gonotes-race (the race detector needs cgo and a C compiler): %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// TestNotebooksInJupyter executes every notebook with Jupyter itself
// (jupyter nbconvert --execute, which fails on any error output) through
// the installed gonotes kernelspec. It is skipped when jupyter is missing.
func TestNotebooksInJupyter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every notebook in Jupyter")
	}
	jupyter, err := exec.LookPath("jupyter")
	if err != nil {
		t.Skip("jupyter is not installed")
	}
	bin := gonotesBinary(t)
	prefix := t.TempDir()
	if out, err := exec.Command(bin, "install", "--prefix", prefix).CombinedOutput(); err != nil {
		t.Fatalf("gonotes install: %v\n%s", err, out)
	}
	outDir := t.TempDir()
	for _, path := range notebookFiles(t) {
		t.Run(strings.TrimSuffix(path, ".ipynb"), func(t *testing.T) {
			cmd := exec.Command(jupyter, "nbconvert", "--to", "notebook", "--execute",
				"--ExecutePreprocessor.timeout=300", "--output-dir", outDir, path)
			cmd.Env = append(os.Environ(), "JUPYTER_PATH="+filepath.Join(prefix, "share", "jupyter"))
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("nbconvert --execute: %v\n%s", err, out)
			}
			nb := readNotebook(t, filepath.Join(outDir, path))
			for i, c := range nb.Cells {
				if c["cell_type"] != "code" {
					continue
				}
				if e := streamsOf(c)["error"]; e != "" {
					t.Errorf("cell %d (%v): error output:\n%s", i, c["id"], e)
				}
			}
		})
	}
}

// compareNotebooks compares the outputs of every code cell.
func compareNotebooks(t *testing.T, stored, fresh *kernel.Notebook) {
	t.Helper()
	if len(stored.Cells) != len(fresh.Cells) {
		t.Fatalf("%d cells stored, %d after the run", len(stored.Cells), len(fresh.Cells))
	}
	for i, sc := range stored.Cells {
		if sc["cell_type"] != "code" {
			continue
		}
		fc := fresh.Cells[i]
		m := metaOf(sc)
		name := fmt.Sprintf("cell %d (%v, %s%s)", i, sc["id"], m.Seed, map[bool]string{true: " " + m.Added}[m.Added != ""])
		if sc["execution_count"] == nil {
			t.Errorf("%s: no stored output: run `gonotes run NOTEBOOK --inplace` and commit", name)
			continue
		}
		if fc["execution_count"] == nil {
			t.Errorf("%s: missing from the re-run (the run stopped before it)", name)
			continue
		}
		so, fo := streamsOf(sc), streamsOf(fc)
		if fo["error"] != "" {
			t.Errorf("%s: error output in the re-run:\n%s", name, fo["error"])
			continue
		}
		if so["error"] != "" {
			t.Errorf("%s: error output stored:\n%s", name, so["error"])
			continue
		}
		if err := compareCell(m, so, fo); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// streamsOf collects a code cell's outputs by kind: "stdout", "stderr",
// "result" (text/plain of execute_result and display_data) and "error".
func streamsOf(cell map[string]any) map[string]string {
	res := map[string]string{}
	outs, _ := cell["outputs"].([]any)
	for _, o := range outs {
		om, _ := o.(map[string]any)
		switch om["output_type"] {
		case "stream":
			name, _ := om["name"].(string)
			res[name] += joinText(om["text"])
		case "execute_result", "display_data":
			data, _ := om["data"].(map[string]any)
			res["result"] += joinText(data["text/plain"]) + "\n"
		case "error":
			tb := joinText(om["traceback"])
			res["error"] += fmt.Sprintf("%v: %v\n%s", om["ename"], om["evalue"], tb)
		}
	}
	return res
}

// joinText reads a multi-line string stored as a string or a list of lines.
func joinText(v any) string {
	switch s := v.(type) {
	case string:
		return s
	case []any:
		var b strings.Builder
		for _, l := range s {
			str, _ := l.(string)
			b.WriteString(str)
		}
		return b.String()
	}
	return ""
}

// compareCell compares stored and fresh outputs of one cell, stream by
// stream, in the cell's compare mode.
func compareCell(m cellMeta, stored, fresh map[string]string) error {
	if m.Compare == "none" {
		return nil
	}
	var mask, pattern *regexp.Regexp
	var err error
	if m.Mask != "" {
		if mask, err = regexp.Compile(m.Mask); err != nil {
			return fmt.Errorf("bad mask: %w", err)
		}
	}
	if m.Compare == "pattern" {
		if pattern, err = regexp.Compile(`^(?:` + m.Pattern + `)$`); err != nil {
			return fmt.Errorf("bad pattern: %w", err)
		}
	}
	var problems []string
	for _, kind := range []string{"stdout", "stderr", "result"} {
		s, f := stored[kind], fresh[kind]
		if mask != nil {
			s, f = mask.ReplaceAllString(s, "…"), mask.ReplaceAllString(f, "…")
		}
		switch m.Compare {
		case "exact":
			if s != f {
				problems = append(problems, fmt.Sprintf("%s differs:\n--- stored\n%s\n--- fresh\n%s", kind, s, f))
			}
		case "lines-any-order":
			if a, b := sortedLines(s), sortedLines(f); a != b {
				problems = append(problems, fmt.Sprintf("%s lines differ (any order):\n--- stored\n%s\n--- fresh\n%s", kind, a, b))
			}
		case "pattern":
			if (s == "") != (f == "") {
				problems = append(problems, fmt.Sprintf("%s: stored %q, fresh %q (one is empty)", kind, s, f))
				continue
			}
			for _, side := range []struct{ name, text string }{{"stored", s}, {"fresh", f}} {
				for _, l := range strings.Split(strings.TrimSuffix(side.text, "\n"), "\n") {
					if side.text != "" && !pattern.MatchString(l) {
						problems = append(problems, fmt.Sprintf("%s %s line %q does not match %s", side.name, kind, l, m.Pattern))
					}
				}
			}
		default:
			return fmt.Errorf("unknown compare mode %q", m.Compare)
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return nil
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestCompareCell(t *testing.T) {
	for _, tc := range []struct {
		m             cellMeta
		stored, fresh string
		ok            bool
	}{
		{cellMeta{Compare: "exact"}, "a\nb\n", "a\nb\n", true},
		{cellMeta{Compare: "exact"}, "a\nb\n", "b\na\n", false},
		{cellMeta{Compare: "lines-any-order"}, "a\nb\n", "b\na\n", true},
		{cellMeta{Compare: "lines-any-order"}, "a\nb\n", "b\nb\n", false},
		{cellMeta{Compare: "lines-any-order", Mask: `스레드 \d+`}, "스레드 1 : 0\n스레드 2 : 1\n", "스레드 5 : 1\n스레드 5 : 0\n", true},
		{cellMeta{Compare: "exact", Mask: `\d+ms`}, "took 12ms\n", "took 40ms\n", true},
		{cellMeta{Compare: "pattern", Pattern: `\d+`}, "1\n2\n", "3\n4\n5\n", true},
		{cellMeta{Compare: "pattern", Pattern: `\d+`}, "1\n", "x\n", false},
		{cellMeta{Compare: "pattern", Pattern: `\d+`}, "1\n", "", false},
		{cellMeta{Compare: "none"}, "1\n", "2\n", true},
	} {
		err := compareCell(tc.m, map[string]string{"stdout": tc.stored}, map[string]string{"stdout": tc.fresh})
		if (err == nil) != tc.ok {
			t.Errorf("compareCell(%+v, %q, %q) = %v, want ok=%v", tc.m, tc.stored, tc.fresh, err, tc.ok)
		}
	}
}
