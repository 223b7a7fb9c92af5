package main

// TestPyCompat is a differential suite of the library against CPython: every
// pair lib/testdata/pycompat/<area>/<name>.py + <name>.go (the Go program a
// line-by-line translation of the Python one, as the course notebooks
// translate) is run three ways, and the outputs must agree exactly:
//
//   - python3 on the .py: the expected output, produced when the test runs
//     (nothing expected is stored);
//   - the .go compiled: every program of the corpus is linked into one
//     binary (its package renamed, its main renamed Main), which runs one
//     program per process, chosen by GONOTES_PYCOMPAT_PROG (a
//     multiprocessing child inherits the variable, so it runs the same
//     program's Main, whose multiprocessing.Main serves the child);
//   - the .go as notebook cells, what a student sees: a fresh process (this
//     test binary, re-executed) runs a fresh eval.Session with the program
//     split as a user types it (a cell of imports, a cell of declarations,
//     a cell of main's body; the whole file as one cell when main's body
//     returns), its multiprocessing children being `gonotes worker`, as in
//     the kernel.
//
// Compared: stdout, byte for byte, and the exit code. Stderr is compared
// only for a pair whose .py has the line "# pycompat: stderr" (a program
// about what goes to stderr), after pycompatNormStderr.
//
// A pair that differs on purpose is listed in lib/testdata/pycompat/KNOWN as
// "<area>/<name>: ~design  # reason", a real bug not fixed yet as
// "~wrong"; both are counted in the table's "known" column and still run.
// A listed pair that agrees in every mode fails the test, so that the list
// shrinks.
//
// `make pycompat` runs it and prints the per-area table.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/cellsplit"
	"github.com/gonotes/gonotes/kernel/eval"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

const (
	pcDir     = "lib/testdata/pycompat"
	pcTimeout = 30 * time.Second
	// pcCellsEnv makes this test binary run one program as cells (the file
	// it names) and exit, instead of running the tests.
	pcCellsEnv  = "GONOTES_PYCOMPAT_CELLS"
	pcWorkerEnv = "GONOTES_PYCOMPAT_WORKER"
	pcProgEnv   = "GONOTES_PYCOMPAT_PROG"
)

// pcPair is one pair of the corpus and its three outcomes.
type pcPair struct {
	area, name string
	py, gosrc  []byte
	stderr     bool   // compare stderr
	known      string // "~design" or "~wrong" from KNOWN, or ""

	want, compiled, cells pcOutcome
}

type pcOutcome struct {
	stdout, stderr string
	exit           int
	failure        string // could not run at all
}

func (p *pcPair) id() string { return p.area + "/" + p.name }

func TestPyCompat(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("pycompat: no python3 on PATH, so there is nothing to compare against")
	}
	// The interpreter itself, not a shim (pyenv's python3 is a shell
	// script that costs more than most programs of the corpus).
	if out, err := exec.Command(python, "-c", "import sys; print(sys.executable)").Output(); err == nil && len(bytes.TrimSpace(out)) > 0 {
		python = string(bytes.TrimSpace(out))
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("pycompat: no go command on PATH")
	}
	start := time.Now()
	pairs := pcLoad(t)
	abs, err := filepath.Abs(pcDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) == 0 {
		t.Skip("pycompat: no pair matches -run")
	}
	tmp := t.TempDir()

	var wg sync.WaitGroup
	wg.Add(1)
	var exe string
	var buildErr error
	go func() {
		defer wg.Done()
		exe, buildErr = pcBuild(goBin, tmp, pairs)
	}()
	// CPython while the binary links.
	pcEach(pairs, func(p *pcPair) {
		p.want = pcRun(exec.Command(python, "-X", "utf8", filepath.Join(abs, p.area, p.name+".py")), tmp, "PYTHONHASHSEED=0")
	})
	wg.Wait()
	if buildErr != nil {
		t.Fatalf("building the compiled programs: %v", buildErr)
	}
	t.Logf("pycompat: python3 and the build in %v", time.Since(start).Round(time.Millisecond))
	pcEach(pairs, func(p *pcPair) {
		p.compiled = pcRun(exec.Command(exe), tmp, pcProgEnv+"="+p.id())
	})
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	pcEach(pairs, func(p *pcPair) {
		cmd := exec.Command(self)
		p.cells = pcRun(cmd, tmp, pcCellsEnv+"="+filepath.Join(abs, p.area, p.name+".go"), pcWorkerEnv+"="+gonotesBin)
	})

	type row struct{ pairs, compiled, cells, known, failed int }
	rows := map[string]*row{}
	var areas []string
	for _, p := range pairs {
		if rows[p.area] == nil {
			rows[p.area] = &row{}
			areas = append(areas, p.area)
		}
	}
	var report strings.Builder
	for _, p := range pairs {
		r := rows[p.area]
		r.pairs++
		dc := pcCompare(p, &p.compiled)
		dn := pcCompare(p, &p.cells)
		if len(dc) == 0 {
			r.compiled++
		}
		if len(dn) == 0 {
			r.cells++
		}
		t.Run(p.area+"/"+p.name, func(t *testing.T) {
			switch {
			case p.known != "" && len(dc) == 0 && len(dn) == 0:
				r.failed++
				t.Errorf("%s is listed in KNOWN (%s) but agrees with CPython in both modes: remove it from KNOWN", p.id(), p.known)
			case p.known != "":
				r.known++
				t.Logf("%s: known (%s)\n%s", p.id(), p.known, pcDescribe(p, dc, dn))
			case len(dc) > 0 || len(dn) > 0:
				r.failed++
				msg := pcDescribe(p, dc, dn)
				fmt.Fprintf(&report, "%s:\n%s\n", p.id(), msg)
				t.Errorf("%s differs from CPython:\n%s", p.id(), msg)
			}
		})
	}
	var tab strings.Builder
	fmt.Fprintf(&tab, "%-16s %6s %9s %6s %6s %7s\n", "area", "pairs", "compiled", "cells", "known", "failed")
	var tot row
	for _, a := range areas {
		r := rows[a]
		fmt.Fprintf(&tab, "%-16s %6d %9d %6d %6d %7d\n", a, r.pairs, r.compiled, r.cells, r.known, r.failed)
		tot.pairs += r.pairs
		tot.compiled += r.compiled
		tot.cells += r.cells
		tot.known += r.known
		tot.failed += r.failed
	}
	fmt.Fprintf(&tab, "%-16s %6d %9d %6d %6d %7d\n", "TOTAL", tot.pairs, tot.compiled, tot.cells, tot.known, tot.failed)
	t.Logf("pycompat (%v; compiled/cells: pairs agreeing with CPython):\n%s", time.Since(start).Round(time.Millisecond), tab.String())
	if path := os.Getenv("GONOTES_PYCOMPAT_REPORT"); path != "" {
		os.WriteFile(path, []byte(tab.String()+"\n"+report.String()), 0o644)
	}
}

var pcNameRe = regexp.MustCompile(`^[a-z0-9_]+$`)

// pcLoad reads the corpus (the pairs selected by -run) and KNOWN.
func pcLoad(t *testing.T) []*pcPair {
	files, err := filepath.Glob(filepath.Join(pcDir, "*", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	known := map[string]string{}
	if data, err := os.ReadFile(filepath.Join(pcDir, "KNOWN")); err == nil {
		for i, line := range strings.Split(string(data), "\n") {
			line, _, _ = strings.Cut(line, "#")
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			id, kind, ok := strings.Cut(line, ": ")
			if kind = strings.TrimSpace(kind); !ok || (kind != "~design" && kind != "~wrong") {
				t.Fatalf("KNOWN:%d: want \"<area>/<name>: ~design|~wrong  # reason\"", i+1)
			}
			known[strings.TrimSpace(id)] = kind
		}
	}
	filter := func(string) bool { return true }
	if f := strings.Split(runFlag(), "/"); len(f) > 1 && f[1] != "" {
		if re, err := regexp.Compile(strings.Join(f[1:], "/")); err == nil {
			filter = re.MatchString
		}
	}
	var pairs []*pcPair
	seen := map[string]bool{}
	for _, f := range files {
		p := &pcPair{area: filepath.Base(filepath.Dir(f)), name: strings.TrimSuffix(filepath.Base(f), ".py")}
		if !pcNameRe.MatchString(p.area) || !pcNameRe.MatchString(p.name) {
			t.Fatalf("%s: area and name must match %s", f, pcNameRe)
		}
		seen[p.id()] = true
		if !filter(p.id()) {
			continue
		}
		if p.py, err = os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
		if p.gosrc, err = os.ReadFile(strings.TrimSuffix(f, ".py") + ".go"); err != nil {
			t.Fatalf("%s has no Go translation: %v", f, err)
		}
		p.stderr = bytes.Contains(p.py, []byte("\n# pycompat: stderr\n"))
		p.known = known[p.id()]
		pairs = append(pairs, p)
	}
	for id := range known {
		if !seen[id] {
			t.Errorf("KNOWN lists %s, which is not in the corpus", id)
		}
	}
	return pairs
}

func runFlag() string {
	for i, a := range os.Args {
		if v, ok := strings.CutPrefix(a, "-test.run="); ok {
			return v
		}
		if a == "-test.run" && i+1 < len(os.Args) {
			return os.Args[i+1]
		}
	}
	return ""
}

// pcEach runs f for every pair, two at a time (the machine is shared).
func pcEach(pairs []*pcPair, f func(p *pcPair)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, p := range pairs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			f(p)
		}()
	}
	wg.Wait()
}

// pcRun runs cmd in dir with extra environment variables.
func pcRun(cmd *exec.Cmd, dir string, env ...string) pcOutcome {
	var o pcOutcome
	var so, se bytes.Buffer
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = &so, &se
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		o.failure = err.Error()
		return o
	}
	timer := time.AfterFunc(pcTimeout, func() { cmd.Process.Kill() })
	err := cmd.Wait()
	o.stdout, o.stderr = so.String(), se.String()
	var ee *exec.ExitError
	switch {
	case !timer.Stop():
		o.failure = "ran longer than " + pcTimeout.String()
	case errors.As(err, &ee):
		o.exit = ee.ExitCode()
	case errors.Is(err, exec.ErrWaitDelay):
		// The program ended, but a grandchild it left running (sleep,
		// after its shell was killed) still held the output pipe: what
		// the program wrote is all there.
	case err != nil:
		o.failure = err.Error()
	}
	return o
}

// pcBuild links every Go program into one binary in a module that requires
// gonotes from this checkout, and returns its path.
func pcBuild(goBin, tmp string, pairs []*pcPair) (string, error) {
	root, err := os.Getwd()
	if err != nil {
		return "", err
	}
	mod := filepath.Join(tmp, "mod")
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		return "", err
	}
	m := "module pycompat\n\ngo 1.26.0\n\nrequire github.com/gonotes/gonotes v0.0.0\n\nreplace github.com/gonotes/gonotes => " + root + "\n"
	// A dependency's replaces do not apply to the main module.
	for _, r := range regexp.MustCompile(`(?m)^replace (\S+) => \./(\S+)$`).FindAllStringSubmatch(string(gomod), -1) {
		m += "replace " + r[1] + " => " + filepath.Join(root, r[2]) + "\n"
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		return "", err
	}
	var main strings.Builder
	main.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n")
	var cases strings.Builder
	for i, p := range pairs {
		pkg := fmt.Sprintf("p%03d", i)
		dir := filepath.Join(mod, "progs", pkg)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		src, err := pcAsPackage(p.gosrc, pkg)
		if err != nil {
			return "", fmt.Errorf("%s.go: %w", p.id(), err)
		}
		if err := os.WriteFile(filepath.Join(dir, "prog.go"), src, 0o644); err != nil {
			return "", err
		}
		fmt.Fprintf(&main, "\t%s \"pycompat/progs/%s\"\n", pkg, pkg)
		fmt.Fprintf(&cases, "\tcase %q:\n\t\t%s.Main()\n", p.id(), pkg)
	}
	fmt.Fprintf(&main, ")\n\nfunc main() {\n\tswitch prog := os.Getenv(%q); prog {\n%s\tdefault:\n\t\tfmt.Fprintln(os.Stderr, \"no program\", prog)\n\t\tos.Exit(3)\n\t}\n}\n", pcProgEnv, cases.String())
	for name, data := range map[string][]byte{"go.mod": []byte(m), "go.sum": sum, "main.go": []byte(main.String())} {
		if err := os.WriteFile(filepath.Join(mod, name), data, 0o644); err != nil {
			return "", err
		}
	}
	exe := filepath.Join(tmp, "pycompat")
	cmd := exec.Command(goBin, "build", "-o", exe, ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod -buildvcs=false", "GOWORK=off", "GOTOOLCHAIN=local", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%v\n%s", err, out)
	}
	return exe, nil
}

// pcAsPackage renames a program's package to pkg and its func main to Main.
func pcAsPackage(src []byte, pkg string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		return nil, err
	}
	var main *ast.FuncDecl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			main = fd
		}
	}
	if main == nil {
		return nil, errors.New("no func main")
	}
	off := func(pos token.Pos) int { return fset.Position(pos).Offset }
	var b bytes.Buffer
	b.Write(src[:off(f.Name.Pos())])
	b.WriteString(pkg)
	b.Write(src[off(f.Name.End()):off(main.Name.Pos())])
	b.WriteString("Main")
	b.Write(src[off(main.Name.End()):])
	return b.Bytes(), nil
}

// pcCellsMain runs the program named by GONOTES_PYCOMPAT_CELLS as cells in
// a fresh session, writing what the cells write to this process's stdout and
// stderr, and returns the exit code: 0, the code of os.Exit (SystemExit), or
// 99 with the error on stderr when a cell fails otherwise.
func pcCellsMain() int {
	src, err := os.ReadFile(os.Getenv(pcCellsEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 98
	}
	// The cells a user would type: split when that is the same program,
	// else the whole file as one cell.
	cells, whole, err := cellsplit.Split(src)
	if cells == nil {
		cells = whole
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 98
	}
	s, err := eval.New(eval.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 98
	}
	worker := os.Getenv(pcWorkerEnv)
	multiprocessing.SetSpawner(func(string) (*exec.Cmd, error) {
		cmd := exec.Command(worker, "worker")
		cmd.Stdin = strings.NewReader(s.Declarations())
		return cmd, nil
	})
	code := 0
	for i, c := range cells {
		scope := hook.NewScope(int64(i+1), os.Stdout, os.Stderr)
		_, err := s.Execute(context.Background(), scope, c)
		scope.End()
		var e *eval.Error
		if errors.As(err, &e) && e.Name == "SystemExit" {
			code = e.Code
			break
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "CELL %d FAILED: %v\n", i+1, err)
			code = 99
			break
		}
	}
	multiprocessing.Shutdown()
	return code
}

// pcTraceback matches the frames of a Python traceback (the "Traceback"
// header, and the indented "File ..., line N" and source lines).
var pcTraceback = regexp.MustCompile(`(?m)^Traceback \(most recent call last\):\n(?:[ \t]+.*\n)*`)

// pcGoFrames matches the user frames that the library prints after a
// panic in a thread or process ("goroutine N [running]:" and the indented
// function and file:line lines).
var pcGoFrames = regexp.MustCompile(`(?m)^(?:goroutine \d+ \[.*\]:\n)?(?:[^\n]*\n\t[^\n]*:\d+[^\n]*\n)+`)

// pcGoPanic matches the "panic: " that the library writes before a panic's
// value where Python writes the exception line ("ValueError: boom").
var pcGoPanic = regexp.MustCompile(`(?m)^panic: `)

// pcNormStderr normalises stderr for comparison. Tracebacks name files and
// lines of the interpreter's own modules (threading.py, process.py) and of
// the program, which the two languages cannot share, so Python's traceback
// frames and Go's stack frames are dropped, with the blank lines around
// them; Go has no exception classes, so a panic's value stands for the
// exception line, and the "panic: " before it is dropped (a Go program
// writes the class in the value: panic("ValueError: boom")). What the user
// reads around them ("Exception in thread NAME:", "Process Process-1:",
// the exception's text) must be equal.
func pcNormStderr(s string, python bool) string {
	if python {
		s = pcTraceback.ReplaceAllString(s, "")
	} else {
		s = pcGoPanic.ReplaceAllString(pcGoFrames.ReplaceAllString(s, ""), "")
	}
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// pcCompare returns how an outcome differs from CPython's.
func pcCompare(p *pcPair, o *pcOutcome) []string {
	var d []string
	if p.want.failure != "" {
		return []string{"python3 failed: " + p.want.failure}
	}
	if o.failure != "" {
		return []string{"failed: " + o.failure}
	}
	if o.stdout != p.want.stdout {
		d = append(d, "stdout")
	}
	if o.exit != p.want.exit {
		d = append(d, fmt.Sprintf("exit code %d, CPython's %d", o.exit, p.want.exit))
	}
	if p.stderr && pcNormStderr(o.stderr, false) != pcNormStderr(p.want.stderr, true) {
		d = append(d, "stderr")
	}
	return d
}

func pcDescribe(p *pcPair, dc, dn []string) string {
	var b strings.Builder
	show := func(label string, o *pcOutcome) {
		fmt.Fprintf(&b, "  --- %s: stdout\n%s", label, pcIndent(o.stdout))
		if o.stderr != "" {
			fmt.Fprintf(&b, "  --- %s: stderr\n%s", label, pcIndent(o.stderr))
		}
		if o.exit != 0 || o.failure != "" {
			fmt.Fprintf(&b, "  --- %s: exit %d %s\n", label, o.exit, o.failure)
		}
	}
	show("CPython", &p.want)
	if len(dc) > 0 {
		fmt.Fprintf(&b, "  compiled differs: %s\n", strings.Join(dc, ", "))
		show("compiled", &p.compiled)
	}
	if len(dn) > 0 {
		fmt.Fprintf(&b, "  cells differ: %s\n", strings.Join(dn, ", "))
		show("cells", &p.cells)
	}
	return b.String()
}

func pcIndent(s string) string {
	if s == "" {
		return ""
	}
	return "    " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n    ") + "\n"
}
