package eval

// TestGoRootPrograms measures the engine against the Go project's own test
// programs, those the Go distribution ships in $GOROOT/test: every program
// there that `go run` runs as it is (first line exactly "// run", one file,
// no build constraint that excludes linux/amd64 with the gc toolchain) is
// built and run with the toolchain, and run as one notebook cell (the file
// without its package clause: TestConformance's whole mode) in a fresh
// Session; the comparison is TestConformance's (stdout, stderr, panics,
// exit codes). The programs are read from goruntime.GOROOT()/test when the
// test runs; none is stored in this repository, and the expected output is
// always the toolchain's of the moment.
//
// The folders: test/ itself, ken/, chan/, interface/ and typeparam/ always
// (348 programs with Go 1.26); fixedbugs/ (616 more) when
// GONOTES_GOROOT_ALL=1 (`make goroot` sets it). Measured on the two-core
// development machine under load, with empty caches (GOCACHE and the
// conformance binaries' cache): the default set takes about 65 s (53 s of
// it building the programs), the whole set about 4 min 15 s (3 min 40 s of
// building); with the caches warm, about 1 min 15 s for the whole set.
//
// The cells run in child processes (the test binary again, TestGoRootBatch,
// a batch of programs each), so that a program that crashes the
// interpreter's process (a fatal error, a stack overflow) is reported as
// such and the others still run; a program that Go ends with a deadlock
// runs in a child of its own, as in TestConformance, and so does one that
// sets finalizers or cleanups (a finalizer that Go never runs, the program
// having exited, runs once the cell's values are collected, and would
// write into the next program's cell).
//
// Known failures are listed in testdata/goroot_known.txt, one a line:
//
//	<path under test/>: ~wrong # reason   (runs with another result: a defect)
//	<path>: ~slow # reason                (runs too long in the interpreter: not run)
//	<path>: ~design # reason              (what the interpreter cannot honour, and why)
//	<path>: <substring> # reason          (fails with a clear error holding the substring)
//
// A listed program that passes fails the test, so that the list shrinks;
// a ~slow one is not run (whether it ends within gorootTimeout depends on
// the machine's load), and the test logs the slowest cells of each run.
// GONOTES_CONFORMANCE_REPORT=path writes the table and every failure.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/build/constraint"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/cellsplit"
)

const (
	gorootKnownFile = "testdata/goroot_known.txt"
	gorootAllEnv    = "GONOTES_GOROOT_ALL"
	gorootBatchEnv  = "GONOTES_GOROOT_BATCH"
	// gorootTimeout is the time a program's cell may run: the programs
	// of $GOROOT/test run in well under a second when compiled, and a
	// cell that runs 20 s is listed as ~slow.
	gorootTimeout = 20 * time.Second
	// gorootBatch is the number of programs a child process runs.
	gorootBatch = 40
)

// gorootFolders are the folders of $GOROOT/test the test reads ("" is
// test/ itself), and whether each is read by default.
var gorootFolders = []struct {
	dir     string
	always  bool
	section string
}{
	{"", true, "test"},
	{"ken", true, "ken"},
	{"chan", true, "chan"},
	{"interface", true, "interface"},
	{"typeparam", true, "typeparam"},
	{"fixedbugs", false, "fixedbugs"},
}

// gorootPath is a program's path under $GOROOT/test, the key of
// goroot_known.txt.
func gorootPath(p *confProg) string {
	if p.section == "test" {
		return p.file
	}
	return p.section + "/" + p.file
}

func TestGoRootPrograms(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("goroot: the go command is not on PATH, so there is nothing to compare against")
	}
	root := filepath.Join(goruntime.GOROOT(), "test")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("goroot: %s is not there (%v)", root, err)
	}
	start := time.Now()
	known, err := gorootReadKnown()
	if err != nil {
		t.Fatal(err)
	}
	progs, err := gorootLoad(root, known)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Skip("goroot: no program matches -run")
	}
	confBuildAndRun(t, goBin, progs)
	t.Logf("goroot: %d programs built and run with %s in %v", len(progs), goBin, time.Since(start).Round(time.Millisecond))

	outs := gorootRunAll(t, progs)

	type row struct{ programs, passed, known, failed int }
	rows := map[string]*row{}
	var sections []string
	bySection := map[string][]*confProg{}
	for _, p := range progs {
		if bySection[p.section] == nil {
			sections = append(sections, p.section)
			rows[p.section] = &row{}
		}
		bySection[p.section] = append(bySection[p.section], p)
	}
	var failures []string
	for _, sec := range sections {
		r := rows[sec]
		t.Run(sec, func(t *testing.T) {
			for _, p := range bySection[sec] {
				t.Run(strings.TrimSuffix(p.file, ".go"), func(t *testing.T) {
					r.programs++
					var report strings.Builder
					switch {
					case p.unsupported == "~slow":
						r.known++ // not run
					case p.goFailure != "":
						fmt.Fprintf(&report, "  the toolchain failed: %s\n", p.goFailure)
					case p.compileErr != "":
						fmt.Fprintf(&report, "  go build rejects it: %s\n", p.compileErr)
					default:
						o := outs[p]
						diffs := confCompare(p, o)
						switch {
						case len(diffs) == 0 && p.unsupported != "":
							fmt.Fprintf(&report, "  listed in %s (%q) but it now passes: remove its line\n", gorootKnownFile, p.unsupported)
						case len(diffs) == 0:
							r.passed++
						case confKnownDiff(p.unsupported):
							r.known++
						case p.unsupported != "" && o.err != nil && strings.Contains(o.err.Error(), p.unsupported):
							r.known++
						default:
							if p.unsupported != "" {
								fmt.Fprintf(&report, "  listed in %s (%q), but the cell did not fail with that text:\n", gorootKnownFile, p.unsupported)
							}
							confDescribe(&report, p, o, diffs)
							if o.err != nil {
								fmt.Fprintf(&report, "    error: %s\n", firstLines(o.err.Error(), 5))
							}
						}
					}
					if report.Len() > 0 {
						r.failed++
						msg := fmt.Sprintf("%s:\n%s", gorootPath(p), report.String())
						failures = append(failures, msg)
						t.Error(msg)
					}
				})
			}
		})
	}

	var tab strings.Builder
	fmt.Fprintf(&tab, "%-12s %8s %7s %6s %7s\n", "folder", "programs", "passed", "known", "failed")
	var tot row
	for _, sec := range sections {
		r := rows[sec]
		fmt.Fprintf(&tab, "%-12s %8d %7d %6d %7d\n", sec, r.programs, r.passed, r.known, r.failed)
		tot.programs += r.programs
		tot.passed += r.passed
		tot.known += r.known
		tot.failed += r.failed
	}
	fmt.Fprintf(&tab, "%-12s %8d %7d %6d %7d\n", "TOTAL", tot.programs, tot.passed, tot.known, tot.failed)
	t.Logf("goroot (%v):\n%s", time.Since(start).Round(time.Millisecond), tab.String())
	if path := os.Getenv(confReportEnv); path != "" {
		var rep strings.Builder
		rep.WriteString(tab.String())
		fmt.Fprintf(&rep, "\n%d failing programs\n", len(failures))
		for _, f := range failures {
			rep.WriteString("\n")
			rep.WriteString(f)
		}
		if err := os.WriteFile(path, []byte(rep.String()), 0o644); err != nil {
			t.Errorf("writing the report: %v", err)
		}
	}
}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// gorootLoad selects the programs of root (see TestGoRootPrograms) that -run
// selects, and checks that every program goroot_known.txt lists is one.
func gorootLoad(root string, known map[string]string) ([]*confProg, error) {
	secFilter, nameFilter := confRunFilter()
	all := os.Getenv(gorootAllEnv) != ""
	var progs []*confProg
	seen := map[string]bool{}
	for _, f := range gorootFolders {
		files, err := filepath.Glob(filepath.Join(root, f.dir, "*.go"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				return nil, err
			}
			if !gorootSelected(src) {
				continue
			}
			p := &confProg{section: f.section, file: filepath.Base(file), src: src}
			p.name = strings.NewReplacer(".go", "", "-", "_", ".", "_").Replace(p.file)
			seen[gorootPath(p)] = true
			if !(f.always || all) || !secFilter(f.section) || !nameFilter(strings.TrimSuffix(p.file, ".go")) {
				continue
			}
			p.unsupported = known[gorootPath(p)]
			progs = append(progs, p)
		}
	}
	var unknown []string
	for path := range known {
		if !seen[path] {
			unknown = append(unknown, path)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("%s lists programs that are not selected programs of %s: %s", gorootKnownFile, root, strings.Join(unknown, ", "))
	}
	return progs, nil
}

// gorootSelected reports whether a file of $GOROOT/test is a program the
// test runs: "// run" exactly as its first line, and its build constraint
// (if any) satisfied on linux/amd64 with gc and without cgo.
func gorootSelected(src []byte) bool {
	first, rest, _ := bytes.Cut(src, []byte("\n"))
	if string(bytes.TrimRight(first, "\r")) != "// run" {
		return false
	}
	sc := bufio.NewScanner(bytes.NewReader(rest))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "package ") {
			break
		}
		if !constraint.IsGoBuild(line) && !constraint.IsPlusBuild(line) {
			continue
		}
		expr, err := constraint.Parse(line)
		if err != nil {
			return false
		}
		ok := expr.Eval(func(tag string) bool {
			switch tag {
			case "linux", "amd64", "gc", "unix":
				return true
			}
			var minor int
			if n, _ := fmt.Sscanf(tag, "go1.%d", &minor); n == 1 {
				return minor <= gorootGoMinor()
			}
			return false
		})
		if !ok {
			return false
		}
	}
	return true
}

// gorootGoMinor is the minor version of the running Go (26 for go1.26.8).
func gorootGoMinor() int {
	var minor int
	fmt.Sscanf(goruntime.Version(), "go1.%d", &minor)
	return minor
}

// gorootReadKnown parses goroot_known.txt: "<path>: <entry> # reason".
func gorootReadKnown() (map[string]string, error) {
	m := map[string]string{}
	data, err := os.ReadFile(gorootKnownFile)
	if errors.Is(err, os.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line, reason, _ := strings.Cut(line, " #")
		path, entry, ok := strings.Cut(line, ": ")
		entry = strings.TrimSpace(entry)
		if !ok || entry == "" || strings.TrimSpace(reason) == "" {
			return nil, fmt.Errorf("%s:%d: want \"<path>: <entry> # reason\"", gorootKnownFile, i+1)
		}
		switch {
		case !strings.HasPrefix(entry, "~"):
		case entry == "~wrong", entry == "~slow", entry == "~design":
		default:
			return nil, fmt.Errorf("%s:%d: %q: a known difference is ~wrong, ~slow or ~design", gorootKnownFile, i+1, entry)
		}
		if _, dup := m[strings.TrimSpace(path)]; dup {
			return nil, fmt.Errorf("%s:%d: %s is listed twice", gorootKnownFile, i+1, path)
		}
		m[strings.TrimSpace(path)] = entry
	}
	return m, nil
}

// gorootJob is one program's cell, given to a child process.
type gorootJob struct {
	ID    int
	Cells []string
}

// gorootResult is what the child reports of one job (one JSON line each).
type gorootResult struct {
	ID      int
	Elapsed time.Duration
	confAloneOutcome
}

// gorootRunAll runs every program's cell (whole mode) in child processes.
func gorootRunAll(t *testing.T, progs []*confProg) map[*confProg]*confOutcome {
	outs := map[*confProg]*confOutcome{}
	elapsed := map[*confProg]time.Duration{}
	var batch, alone []gorootJob
	for i, p := range progs {
		if p.goFailure != "" || p.compileErr != "" {
			continue
		}
		_, whole, _ := cellsplit.Split(p.src)
		j := gorootJob{ID: i, Cells: whole}
		if p.unsupported == "~slow" {
			continue // not run: see TestGoRootPrograms
		}
		if confDeadlocks(p) || bytes.Contains(p.src, []byte("runtime.SetFinalizer")) || bytes.Contains(p.src, []byte("runtime.AddCleanup")) {
			alone = append(alone, j)
		} else {
			batch = append(batch, j)
		}
	}
	var batches [][]gorootJob
	for len(batch) > 0 {
		n := min(gorootBatch, len(batch))
		batches = append(batches, batch[:n])
		batch = batch[n:]
	}
	for _, j := range alone {
		batches = append(batches, []gorootJob{j})
	}
	for _, b := range batches {
		for id, o := range gorootRunBatch(t, b, elapsed, progs) {
			outs[progs[id]] = o
		}
	}
	// The slowest cells, for the ~slow entries of goroot_known.txt.
	var slow []*confProg
	for p := range elapsed {
		slow = append(slow, p)
	}
	sort.Slice(slow, func(i, j int) bool { return elapsed[slow[i]] > elapsed[slow[j]] })
	var b strings.Builder
	for _, p := range slow[:min(10, len(slow))] {
		fmt.Fprintf(&b, " %s %v;", gorootPath(p), elapsed[p].Round(time.Millisecond))
	}
	t.Logf("goroot: the slowest cells:%s", b.String())
	return outs
}

// gorootRunBatch runs jobs in a child process, and again in another
// process from the job after one that killed its process.
func gorootRunBatch(t *testing.T, jobs []gorootJob, elapsed map[*confProg]time.Duration, progs []*confProg) map[int]*confOutcome {
	outs := map[int]*confOutcome{}
	dir := t.TempDir()
	for len(jobs) > 0 {
		in, out := filepath.Join(dir, "jobs.json"), filepath.Join(dir, "results.jsonl")
		b, _ := json.Marshal(jobs)
		if err := os.WriteFile(in, b, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(out)
		cmd := exec.Command(os.Args[0], "-test.run=^TestGoRootBatch$", "-test.count=1", "-test.timeout=0")
		cmd.Env = append(os.Environ(), gorootBatchEnv+"="+in+string(os.PathListSeparator)+out)
		msg, runErr := cmd.CombinedOutput()
		done := map[int]bool{}
		if data, err := os.ReadFile(out); err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				var r gorootResult
				if line == "" || json.Unmarshal([]byte(line), &r) != nil {
					continue
				}
				o := &confOutcome{mode: "whole", stdout: r.Stdout, stderr: r.Stderr, hung: r.Hung}
				if r.Err != "" {
					o.err = &confAloneErr{r.Err, r.Cell}
				}
				outs[r.ID] = o
				done[r.ID] = true
				elapsed[progs[r.ID]] = r.Elapsed
			}
		}
		var rest []gorootJob
		for _, j := range jobs {
			if !done[j.ID] {
				rest = append(rest, j)
			}
		}
		if len(rest) == len(jobs) || runErr != nil && len(rest) > 0 {
			// The first job without a result killed the process.
			outs[rest[0].ID] = &confOutcome{mode: "whole", err: fmt.Errorf("the interpreter's process died (%v): %s", runErr, gorootCrashText(string(msg)))}
			rest = rest[1:]
		}
		jobs = rest
	}
	return outs
}

// gorootCrashText returns the lines that say why a process died: from Go's
// "fatal error:" or "panic:" line, or the output's last lines.
func gorootCrashText(out string) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		for _, w := range []string{"fatal error: ", "runtime: ", "panic: ", "SIG", "unexpected "} {
			if strings.HasPrefix(l, w) {
				return strings.Join(lines[i:min(i+8, len(lines))], "\n")
			}
		}
	}
	return strings.Join(lines[max(0, len(lines)-6):], "\n")
}

// TestGoRootBatch is the child process of gorootRunBatch: it runs the jobs
// named by GONOTES_GOROOT_BATCH one after the other, each in a fresh
// Session, and appends each one's outcome to the results file as it ends.
func TestGoRootBatch(t *testing.T) {
	env := os.Getenv(gorootBatchEnv)
	if env == "" {
		t.Skip("run by TestGoRootPrograms in a process of its own")
	}
	in, out, _ := strings.Cut(env, string(os.PathListSeparator))
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	var jobs []gorootJob
	if err := json.Unmarshal(b, &jobs); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(out, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The goroutine of confRunCellsFor waits for the cells: the engine's.
	prev := engineFrame
	engineFrame = func(f string) bool { return prev(f) || strings.HasPrefix(f, evalPkg+"confRunCells") }
	defer func() { engineFrame = prev }()
	for _, j := range jobs {
		var o confOutcome
		start := time.Now()
		confRunCellsFor(j.Cells, &o, gorootTimeout)
		res := gorootResult{ID: j.ID, Elapsed: time.Since(start), confAloneOutcome: confAloneOutcome{Stdout: o.stdout, Stderr: o.stderr, Hung: o.hung}}
		if o.err != nil {
			res.Err = o.err.Error()
			errors.As(o.err, &res.Cell)
		}
		line, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(append(line, '\n')); err != nil {
			t.Fatal(err)
		}
	}
}
