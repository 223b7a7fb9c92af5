package eval

// TestConformance is a differential conformance suite: every program of
// testdata/conformance/<section>/<name>.go is built and run with the Go
// toolchain, and run as notebook cells in a fresh Session, and the two must
// agree exactly. The expected output is always the toolchain's, produced
// when the test runs; nothing expected is stored.
//
// Each program runs as cells in two modes:
//
//   - split, as a user would type it: a cell with the imports, a cell with
//     the other top-level declarations except func main (in source order),
//     then a cell with the body of main as top-level statements. Skipped
//     when main's body returns (a return is not a top-level statement), or
//     when it declares at its top level a name also declared at package
//     level (at a cell's top level that would redefine the package-level
//     name instead of shadowing it).
//   - whole: the file without its package clause as one cell (the session
//     runs func main at the end of a cell that declares it).
//
// The rules of the comparison (both modes):
//
//   - A program the compiler rejects must be meant to (in compile_errors/,
//     named neg_*, or marked "// conformance: compile error"), and the
//     cell must fail with a
//     CompileError. For the checks the engine makes as gc does (declared
//     and not used, label defined and not used, missing return: vet.go;
//     constant overflow, division by zero, constant index out of range:
//     yaegi's constcheck.go) its message without the position ("3:5: ")
//     must equal the compiler's first error without its position, as must
//     that of every rejected program of the sections written to pin gc's
//     words (confGcWordsSections: lang16); other messages are yaegi's own
//     words (the report shows both).
//   - stdout must be equal, byte for byte.
//   - exit 0: the cell ends without an error (or with SystemExit code 0:
//     os.Exit(0)), stderr equal.
//   - A panic (exit 2, a line "panic: MSG" on stderr): the cell fails with
//     an Error named "panic" whose Value is MSG, where MSG is the message
//     of the last panic of Go's chain ("panic: a [recovered]\n\tpanic: b"
//     gives b) without a " [recovered...]" suffix; stderr before Go's
//     "panic:" line must equal the cell's stderr.
//   - Go's "fatal error: MSG" (exit 2): the cell fails with an Error whose
//     text contains MSG.
//   - Any other exit code n (os.Exit(n), log.Fatal): the cell fails with
//     SystemExit, Code n, and stderr equal.
//   - A cell running longer than 10 s is interrupted and fails.
//
// A program that Go ends with "all goroutines are asleep - deadlock!" runs
// its cells in a process of its own (the test binary, re-run with
// GONOTES_CONFORMANCE_ALONE naming the cells): the deadlock detector
// (deadlock.go) rightly reports nothing while goroutines it does not know
// run, and other programs leave goroutines blocked, or timers that may
// still fire, in the test's process. So does, in each mode, a program
// that registers types with encoding/gob (gob.Register, gob.RegisterName):
// gob's registry lasts as long as the process, as in a kernel, which runs
// one session (one interpreter) in its process; this test runs two
// sessions of each program and many programs, whose types of one name
// (main.Point) are different types. Likewise a program that imports
// expvar: a name published twice (by the two modes) panics; and a program
// that changes the working directory (os.Chdir), the process's.
//
// A known-unsupported program is listed in testdata/conformance/UNSUPPORTED
// as "<section>/<name>.go: <substring>  # reason": it must fail in every
// mode with an error whose text contains the substring. A known bug is
// listed as "~wrong" and a difference made on purpose as "~design" (see
// the file's header); they are counted in the table's "known" column and
// named in the report. A listed program that passes fails the test too, so
// that the list shrinks.
//
// The cells run in a bare Session, without the kernel's capture of file
// descriptors 1 and 2: a method called on os.Stdout itself
// (os.Stdout.Write) writes to the test's own stdout, as the session leaves
// it to that capture. The corpus writes with fmt and io instead.
//
// GONOTES_CONFORMANCE_REPORT=path writes the table and every failure (want
// and got, both modes) to path; `make conformance` does that.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/cellsplit"
	"github.com/gonotes/gonotes/lib/hook"
)

const (
	confDir = "testdata/conformance"
	// confTimeout tells a hung program or cell from a slow one. A cell of
	// the corpus runs in well under a second on an idle machine; on a
	// loaded two-core machine a cell that forces a full collection
	// (debug.FreeOSMemory in the test process's large heap) took over 10s.
	confTimeout     = 30 * time.Second
	confModulePath  = "conf"
	confReportEnv   = "GONOTES_CONFORMANCE_REPORT"
	confUnsupported = "UNSUPPORTED"
)

// confProg is one program of the corpus and Go's outcome for it.
type confProg struct {
	section, name string // name without ".go"
	src           []byte
	file          string // the file's name in the build ("main.go" if empty)

	// Go's outcome.
	compileErr     string // the compiler's first error without position; "" if it compiled
	stdout, stderr string
	exit           int
	goFailure      string // the toolchain could not run it (a harness problem)

	unsupported string // the substring from UNSUPPORTED, or ""
}

func (p *confProg) id() string  { return p.section + "/" + p.name + ".go" }
func (p *confProg) dir() string { return p.section + "__" + p.name }

// fileName is the name of p's file in the build: runtime.Caller and
// panics' tracebacks show it.
func (p *confProg) fileName() string {
	if p.file == "" {
		return "main.go"
	}
	return p.file
}

// confNoCompileMark in a program's source says that the compiler must
// reject it (a program outside compile_errors/ whose name does not start
// with neg_), so that a program that stopped compiling by accident (an API
// the toolchain lacks, a typo) is not taken for a compile-error test.
const confNoCompileMark = "// conformance: compile error"

// confMeantNotToCompile reports whether the corpus means p to be rejected
// by the compiler.
func confMeantNotToCompile(p *confProg) bool {
	return p.section == "compile_errors" || strings.HasPrefix(p.name, "neg_") || bytes.Contains(p.src, []byte(confNoCompileMark))
}

// confOutcome is what the cells of one mode did.
type confOutcome struct {
	mode string
	// file and lines, if set, give runtime.Caller's positions as go run's:
	// the program's file, and the program's line of each cell's lines
	// (cellsplit.Lines), which the cells' positions are mapped to.
	file           string
	lines          [][]int
	skipped        string // why the mode does not apply
	stdout, stderr string
	err            error
	hung           bool
}

func TestConformance(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("conformance: the go command is not on PATH, so there is nothing to compare against")
	}
	start := time.Now()
	progs, err := confLoad(t)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Skip("conformance: no program matches -run")
	}
	confBuildAndRun(t, goBin, progs)
	t.Logf("conformance: %d programs built and run with %s in %v", len(progs), goBin, time.Since(start).Round(time.Millisecond))

	type row struct {
		programs, split, splitRun, whole, unsupported, known, failed int
	}
	rows := map[string]*row{}
	var sections []string
	var failures []string
	bySection := map[string][]*confProg{}
	for _, p := range progs {
		if bySection[p.section] == nil {
			sections = append(sections, p.section)
		}
		bySection[p.section] = append(bySection[p.section], p)
	}
	for _, sec := range sections {
		r := &row{}
		rows[sec] = r
		t.Run(sec, func(t *testing.T) {
			for _, p := range bySection[sec] {
				t.Run(p.name, func(t *testing.T) {
					r.programs++
					if p.goFailure != "" {
						r.failed++
						msg := fmt.Sprintf("%s: the toolchain failed: %s", p.id(), p.goFailure)
						failures = append(failures, msg)
						t.Error(msg)
						return
					}
					if p.compileErr != "" && !confMeantNotToCompile(p) {
						r.failed++
						msg := fmt.Sprintf("%s: go build rejects it (%s): a program outside compile_errors/ must compile, unless its name starts with neg_ or its source says %q", p.id(), p.compileErr, confNoCompileMark)
						failures = append(failures, msg)
						t.Error(msg)
						return
					}
					split, whole, _ := cellsplit.Split(p.src)
					splitLines, wholeLines := cellsplit.Lines(p.src)
					var outs []confOutcome
					for _, m := range []struct {
						name  string
						cells []string
						lines [][]int
						why   string
					}{{"split", split, splitLines, "main's body returns or shadows a package-level name"}, {"whole", whole, wholeLines, ""}} {
						o := confOutcome{mode: m.name, file: p.fileName(), lines: m.lines}
						switch {
						case m.cells == nil:
							o.skipped = m.why
						case confDeadlocks(p), confProcessWide(p):
							confRunCellsAlone(m.cells, &o)
						default:
							confRunCells(m.cells, &o)
						}
						outs = append(outs, o)
					}
					var report strings.Builder
					passed := map[string]bool{}
					unsupportedOK := true
					for _, o := range outs {
						if o.skipped != "" {
							continue
						}
						diffs := confCompare(p, &o)
						passed[o.mode] = len(diffs) == 0
						if p.unsupported != "" {
							if len(diffs) > 0 && !confKnownDiff(p.unsupported) && !(o.err != nil && strings.Contains(o.err.Error(), p.unsupported)) {
								unsupportedOK = false
								fmt.Fprintf(&report, "  mode %s: listed in UNSUPPORTED (%q), but the cell did not fail with that text:\n", o.mode, p.unsupported)
								confDescribe(&report, p, &o, diffs)
							}
							continue
						}
						if len(diffs) > 0 {
							fmt.Fprintf(&report, "  mode %s:\n", o.mode)
							confDescribe(&report, p, &o, diffs)
						}
					}
					if passed["split"] {
						r.split++
					}
					if outs[0].skipped == "" {
						r.splitRun++
					}
					if passed["whole"] {
						r.whole++
					}
					if p.unsupported != "" {
						allPass := passed["whole"] && (outs[0].skipped != "" || passed["split"])
						switch {
						case allPass:
							report.Reset()
							fmt.Fprintf(&report, "  listed in UNSUPPORTED but it now passes: remove it from UNSUPPORTED\n")
						case confKnownDiff(p.unsupported):
							r.known++
						case unsupportedOK:
							r.unsupported++
						}
					}
					if report.Len() > 0 {
						r.failed++
						msg := fmt.Sprintf("%s:\n%s", p.id(), report.String())
						failures = append(failures, msg)
						t.Error(msg)
					}
				})
			}
		})
	}

	var tab strings.Builder
	fmt.Fprintf(&tab, "%-22s %8s %12s %12s %11s %6s %7s\n", "section", "programs", "passed split", "passed whole", "unsupported", "known", "failed")
	var tot row
	for _, sec := range sections {
		r := rows[sec]
		fmt.Fprintf(&tab, "%-22s %8d %12s %12d %11d %6d %7d\n", sec, r.programs, fmt.Sprintf("%d/%d", r.split, r.splitRun), r.whole, r.unsupported, r.known, r.failed)
		tot.programs += r.programs
		tot.split += r.split
		tot.splitRun += r.splitRun
		tot.whole += r.whole
		tot.unsupported += r.unsupported
		tot.known += r.known
		tot.failed += r.failed
	}
	fmt.Fprintf(&tab, "%-22s %8d %12s %12d %11d %6d %7d\n", "TOTAL", tot.programs, fmt.Sprintf("%d/%d", tot.split, tot.splitRun), tot.whole, tot.unsupported, tot.known, tot.failed)
	t.Logf("conformance (%v):\n%s", time.Since(start).Round(time.Millisecond), tab.String())
	t.Logf("left in the process: %s", leftGoroutines())
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

var confNameRe = regexp.MustCompile(`^[a-z0-9_]+$`)

// confLoad reads the corpus (the programs selected by -run) and UNSUPPORTED.
func confLoad(t *testing.T) ([]*confProg, error) {
	secFilter, nameFilter := confRunFilter()
	files, err := filepath.Glob(filepath.Join(confDir, "*", "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	unsup, err := confReadUnsupported()
	if err != nil {
		return nil, err
	}
	var progs []*confProg
	seen := map[string]bool{}
	for _, f := range files {
		sec := filepath.Base(filepath.Dir(f))
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		if !confNameRe.MatchString(sec) || !confNameRe.MatchString(name) {
			return nil, fmt.Errorf("%s: section and program names must match %s", f, confNameRe)
		}
		p := &confProg{section: sec, name: name}
		seen[p.id()] = true
		if !secFilter(sec) || !nameFilter(name) {
			continue
		}
		if p.src, err = os.ReadFile(f); err != nil {
			return nil, err
		}
		p.unsupported = unsup[p.id()]
		progs = append(progs, p)
	}
	for id := range unsup {
		if !seen[id] {
			t.Errorf("UNSUPPORTED lists %s, which is not in the corpus", id)
		}
	}
	return progs, nil
}

// confRunFilter returns matchers for the section and program levels of
// -run (TestConformance/section/name), so that only the selected programs
// are built.
func confRunFilter() (sec, name func(string) bool) {
	all := func(string) bool { return true }
	sec, name = all, all
	f := flag.Lookup("test.run")
	if f == nil {
		return
	}
	parts := strings.Split(f.Value.String(), "/")
	mk := func(pat string) func(string) bool {
		re, err := regexp.Compile(pat)
		if err != nil || pat == "" {
			return all
		}
		return re.MatchString
	}
	if len(parts) > 1 {
		sec = mk(parts[1])
	}
	if len(parts) > 2 {
		name = mk(parts[2])
	}
	return
}

// confReadUnsupported parses UNSUPPORTED: "<section>/<name>.go: <substring>  # reason".
func confReadUnsupported() (map[string]string, error) {
	m := map[string]string{}
	data, err := os.ReadFile(filepath.Join(confDir, confUnsupported))
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
		if j := strings.Index(line, "  #"); j >= 0 {
			line = strings.TrimSpace(line[:j])
		}
		id, sub, ok := strings.Cut(line, ": ")
		if !ok || strings.TrimSpace(sub) == "" {
			return nil, fmt.Errorf("%s:%d: want \"<section>/<name>.go: <substring>  # reason\"", confUnsupported, i+1)
		}
		m[strings.TrimSpace(id)] = strings.TrimSpace(sub)
	}
	return m, nil
}

var (
	confPkgHeader = regexp.MustCompile(`^# ` + confModulePath + `/(\S+)`)
	confGoPos     = regexp.MustCompile(`^\S+\.go:\d+(?::\d+)?: `)
)

// confBuildAndRun builds every program with one go build, and runs the
// binaries; it fills in Go's outcome of each program.
func confBuildAndRun(t *testing.T, goBin string, progs []*confProg) {
	tmp := t.TempDir()
	mod, bin := filepath.Join(tmp, "mod"), filepath.Join(tmp, "bin")
	for _, d := range []string{mod, bin} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module "+confModulePath+"\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "GOFLAGS=-buildvcs=false", "GOWORK=off", "GOTOOLCHAIN=local", "GO111MODULE=on", "CGO_ENABLED=0")
	// Binaries are cached by the hash of the toolchain's version and the
	// program's source (linking 200 binaries takes a minute on 2 cores),
	// and so is the compiler's first error for a program it rejects
	// (exe+".err"; the compile_errors section would otherwise be compiled
	// again at every run); the outputs are never cached: every binary runs
	// at every test.
	cache := confCacheDir(goBin, env)
	exes := map[*confProg]string{}
	byDir := map[string]*confProg{}
	var toBuild []string
	for _, p := range progs {
		if cache != "" {
			key := cache + "\x00"
			if p.file != "" {
				key += p.file + "\x00"
			}
			sum := sha256.Sum256(append([]byte(key), p.src...))
			exes[p] = filepath.Join(cache, hex.EncodeToString(sum[:16]))
			if _, err := os.Stat(exes[p]); err == nil {
				now := time.Now()
				os.Chtimes(exes[p], now, now) // used: not pruned for a day
				continue
			}
			if msg, err := os.ReadFile(exes[p] + confErrSuffix); err == nil && len(msg) > 0 {
				p.compileErr = string(msg)
				now := time.Now()
				os.Chtimes(exes[p]+confErrSuffix, now, now)
				continue
			}
		} else {
			exes[p] = filepath.Join(bin, p.dir())
		}
		toBuild = append(toBuild, "./"+p.dir())
		d := filepath.Join(mod, p.dir())
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, p.fileName()), p.src, 0o644); err != nil {
			t.Fatal(err)
		}
		byDir[p.dir()] = p
	}
	build := func(pkgs ...string) (string, error) {
		cmd := exec.Command(goBin, append([]string{"build", "-ldflags=-s -w", "-o", bin + string(filepath.Separator)}, pkgs...)...)
		cmd.Dir = mod
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	var out string
	var err error
	if len(toBuild) > 0 {
		out, err = build(toBuild...)
	}
	if err != nil {
		// Record the compile errors of the failing packages, and build the
		// others again (go build may have stopped before linking them).
		var cur *confProg
		for _, line := range strings.Split(out, "\n") {
			if m := confPkgHeader.FindStringSubmatch(line); m != nil {
				cur = byDir[m[1]]
				continue
			}
			if cur != nil && cur.compileErr == "" && confGoPos.MatchString(line) {
				cur.compileErr = confGoPos.ReplaceAllString(line, "")
			}
		}
		var rest []string
		for _, d := range toBuild {
			if p := byDir[strings.TrimPrefix(d, "./")]; p.compileErr == "" {
				if _, err := os.Stat(filepath.Join(bin, p.dir())); err != nil {
					rest = append(rest, "./"+p.dir())
				}
			}
		}
		if len(rest) > 0 {
			if out2, err := build(rest...); err != nil {
				t.Logf("go build of the programs that compile failed again:\n%s", out2)
			}
		}
	}
	for _, d := range toBuild {
		p := byDir[strings.TrimPrefix(d, "./")]
		if cache == "" {
			continue
		}
		if p.compileErr != "" {
			if err := confWriteAtomic(exes[p]+confErrSuffix, []byte(p.compileErr), 0o644); err != nil {
				t.Logf("caching %s: %v", p.id(), err)
			}
			continue
		}
		if err := confMove(filepath.Join(bin, p.dir()), exes[p]); err != nil {
			t.Logf("caching %s: %v", p.id(), err)
		}
	}
	if cache != "" {
		confPruneCache(cache, exes)
	}
	// Run the binaries, two at a time.
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, p := range progs {
		if p.compileErr != "" {
			continue
		}
		exe := exes[p]
		if _, err := os.Stat(exe); err != nil {
			p.goFailure = "no binary: " + strings.TrimSpace(out)
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			ctx, cancel := context.WithTimeout(context.Background(), confTimeout)
			defer cancel()
			cmd := exec.CommandContext(ctx, exe)
			cmd.Dir = tmp
			var so, se bytes.Buffer
			cmd.Stdout, cmd.Stderr = &so, &se
			err := cmd.Run()
			p.stdout, p.stderr = so.String(), se.String()
			var ee *exec.ExitError
			switch {
			case ctx.Err() != nil:
				p.goFailure = "the program ran longer than " + confTimeout.String()
			case errors.As(err, &ee):
				p.exit = ee.ExitCode()
			case err != nil:
				p.goFailure = err.Error()
			}
		}()
	}
	wg.Wait()
}

// confMove moves a file, also across file systems (the write is atomic).
func confMove(from, to string) error {
	if os.Rename(from, to) == nil {
		return nil
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return confWriteAtomic(to, data, 0o755)
}

// confErrSuffix names the cached compile error of a program next to where
// its binary would be.
const confErrSuffix = ".err"

// confWriteAtomic writes a file of the cache, which another test run may
// be reading: under a name of its own, then renamed.
func confWriteAtomic(path string, data []byte, perm os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), perm)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// confCacheDir returns the directory of cached binaries for this
// toolchain, or "" (no cache: GONOTES_CONFORMANCE_NOCACHE=1, or no user
// cache directory).
func confCacheDir(goBin string, env []string) string {
	if os.Getenv("GONOTES_CONFORMANCE_NOCACHE") != "" {
		return ""
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	cmd := exec.Command(goBin, "env", "GOVERSION", "GOOS", "GOARCH", "GOAMD64", "GOARM64")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(out)
	dir := filepath.Join(base, "gonotes-conformance", hex.EncodeToString(sum[:8]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ""
	}
	return dir
}

// confPruneCache removes the cached binaries of programs that changed or
// went away (only when the whole corpus was selected) and that no run used
// for a day: other checkouts of the repository (a branch with programs of
// its own) share the cache and may be running at the same moment.
func confPruneCache(dir string, keep map[*confProg]string) {
	if sec, name := confRunFilter(); !sec("\x00none") || !name("\x00none") {
		return
	}
	used := map[string]bool{}
	for _, exe := range keep {
		used[filepath.Base(exe)] = true
		used[filepath.Base(exe)+confErrSuffix] = true
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if info, err := e.Info(); !used[e.Name()] && err == nil && time.Since(info.ModTime()) > 24*time.Hour {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// confRunCells runs cells in a fresh session and records the outcome; it
// stops at the first failing cell, and interrupts a cell that runs longer
// than confTimeout.
func confRunCells(cells []string, o *confOutcome) { confRunCellsFor(cells, o, confTimeout) }

// confRunCellsFor is confRunCells with the time a cell may run.
func confRunCellsFor(cells []string, o *confOutcome, timeout time.Duration) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		o.err = err
		return
	}
	defer s.Shutdown()
	if o.lines != nil {
		s.callerPos = func(cell int64, line int) (string, int) {
			if i := int(cell) - 1; i >= 0 && i < len(o.lines) && line >= 1 && line <= len(o.lines[i]) && o.lines[i][line-1] > 0 {
				return o.file, o.lines[i][line-1]
			}
			return cellName(cell), line
		}
	}
	var stdout, stderr buf
	for i, code := range cells {
		scope := hook.NewScope(int64(i+1), &stdout, &stderr)
		done := make(chan error, 1)
		go func() {
			_, err := s.Execute(context.Background(), scope, code)
			done <- err
		}()
		timer := time.NewTimer(timeout)
		select {
		case err = <-done:
		case <-timer.C:
			o.hung = true
			s.Interrupt()
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				err = fmt.Errorf("the cell did not stop after an interrupt; its goroutine:\n%s", sessionStacks())
			}
			err = fmt.Errorf("the cell ran longer than %v and was interrupted: %w", timeout, err)
		}
		timer.Stop()
		if err != nil {
			o.err = err
			break
		}
	}
	// Let goroutines' last writes land (a program joins its goroutines, but
	// output may be routed asynchronously).
	o.stdout, o.stderr = stdout.String(), stderr.String()
}

const (
	confAloneEnv = "GONOTES_CONFORMANCE_ALONE"
	confDeadlock = "fatal error: all goroutines are asleep - deadlock!"
)

// confDeadlocks reports whether Go ended p with a deadlock.
func confDeadlocks(p *confProg) bool {
	return p.exit == 2 && strings.Contains(p.stderr, confDeadlock)
}

// confProcessWide reports whether p changes what is process-wide: it
// registers types with encoding/gob, or publishes variables with expvar
// (expvar.Publish panics on a name published before, by the other mode),
// or changes the working directory (in a kernel as in the test:
// path/filepath's Walk example changes to a temporary directory it
// removes, and the programs run after it lost theirs).
func confProcessWide(p *confProg) bool {
	return bytes.Contains(p.src, []byte("gob.Register")) || bytes.Contains(p.src, []byte("\"expvar\"")) ||
		bytes.Contains(p.src, []byte("os.Chdir"))
}

// confAloneOutcome is what a child process (TestConformanceAlone) reports
// of its cells' run.
type confAloneOutcome struct {
	Stdout, Stderr string
	Hung           bool
	Err            string // the error's text, "" if none
	Cell           *Error // the error, if it is an *Error
}

// confAloneErr is an error reported by the child process.
type confAloneErr struct {
	text string
	cell *Error
}

func (e *confAloneErr) Error() string { return e.text }
func (e *confAloneErr) Unwrap() error {
	if e.cell == nil {
		return nil
	}
	return e.cell
}

// confRunCellsAlone runs cells as confRunCells does, in a process of their
// own (see TestConformance).
func confRunCellsAlone(cells []string, o *confOutcome) {
	dir, err := os.MkdirTemp("", "gonotes-conf-alone")
	if err != nil {
		o.err = err
		return
	}
	defer os.RemoveAll(dir)
	in, out := filepath.Join(dir, "cells.json"), filepath.Join(dir, "outcome.json")
	b, _ := json.Marshal(cells)
	if err := os.WriteFile(in, b, 0o644); err != nil {
		o.err = err
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestConformanceAlone$", "-test.count=1", "-test.timeout=5m")
	cmd.Env = append(os.Environ(), confAloneEnv+"="+in+string(os.PathListSeparator)+out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		o.err = fmt.Errorf("the cells' process failed: %v\n%s", err, msg)
		return
	}
	var res confAloneOutcome
	if b, err = os.ReadFile(out); err == nil {
		err = json.Unmarshal(b, &res)
	}
	if err != nil {
		o.err = fmt.Errorf("the cells' process: %v", err)
		return
	}
	o.stdout, o.stderr, o.hung = res.Stdout, res.Stderr, res.Hung
	if res.Err != "" {
		o.err = &confAloneErr{res.Err, res.Cell}
	}
}

// TestConformanceAlone is the child process of confRunCellsAlone: it runs
// the cells named by GONOTES_CONFORMANCE_ALONE and writes the outcome.
func TestConformanceAlone(t *testing.T) {
	env := os.Getenv(confAloneEnv)
	if env == "" {
		t.Skip("run by TestConformance in a process of its own")
	}
	in, out, _ := strings.Cut(env, string(os.PathListSeparator))
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	if err := json.Unmarshal(b, &cells); err != nil {
		t.Fatal(err)
	}
	// The goroutine of confRunCells waits for the cells: the engine's.
	prev := engineFrame
	engineFrame = func(f string) bool { return prev(f) || strings.HasPrefix(f, evalPkg+"confRunCells") }
	defer func() { engineFrame = prev }()
	var o confOutcome
	confRunCells(cells, &o)
	res := confAloneOutcome{Stdout: o.stdout, Stderr: o.stderr, Hung: o.hung}
	if o.err != nil {
		res.Err = o.err.Error()
		errors.As(o.err, &res.Cell)
	}
	if b, err = json.Marshal(res); err == nil {
		err = os.WriteFile(out, b, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// confGcWords matches the compile errors whose words a cell must give as gc
// does: the checks of vet.go, and the checks of constant expressions
// (yaegi's constcheck.go: overflow, truncation, division by zero, constant
// indices), the count of a return statement's values (returncount.go), and
// a value of an interface type, a composite literal or a func not
// assignable to a type (ifaceOrLitAssignError, funcAssignError), a goto
// into a block or over a declaration (vetgoto.go), a type that contains
// itself (vetcycle.go), and the errors that name the operand as go/types
// does (gcexpr.go: selectors, mismatched types, comparisons, struct
// literals, conditions, shifts, operators, argument counts).
var confGcWords = regexp.MustCompile(`declared and not used|defined and not used|^missing return|overflows|\(truncated\)|division by zero|out of bounds|must not be negative|length and capacity swapped|^cannot convert .* constant\) to type|^(?:too many|not enough) return values$|: need type assertion$|^cannot use [\w.\[\]]+\{…\} \(value of type |^cannot use (?:func\(.*\{…?\}|\w+) \((?:value|variable) of type func\(|^goto \w+ jumps (?:into|over) |^invalid recursive type|^\S+ undefined \(type |\(mismatched types \S+ and [^)]+\)$|can only be compared to nil\)$|in struct literal of type |^non-boolean condition in |^invalid operation: shifted operand |^invalid operation: operator \S+ not defined on \S+ \(|^(?:not enough|too many) arguments in call to `)

// confGcWordsSections are the sections whose rejected programs were all
// written to pin gc's words: a cell's compile error must give the
// compiler's first error, whatever check makes it.
var confGcWordsSections = map[string]bool{"lang16": true, "lang17": true, "lang18": true, "lang19": true, "lead20": true}

var confCellPos = regexp.MustCompile(`^(?:cell\[\d+\]:|gonotes:)?\d+:\d+: `)

// confInnerPos matches a position inside a compile error's message, after
// "at" as go/types writes it ("(first at ./main.go:7:2)").
var confInnerPos = regexp.MustCompile(`\bat (?:(?:[\w./-]+\.go|cell\[\d+\]|gonotes):)?\d+:\d+`)

// confGoPanic returns the message of the panic that ended Go's run.
func confGoPanic(stderr string) (before, msg string, ok bool) {
	lines := strings.SplitAfter(stderr, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "panic: ") {
			continue
		}
		before = strings.Join(lines[:i], "")
		msg = strings.TrimSuffix(strings.TrimPrefix(l, "panic: "), "\n")
		for _, next := range lines[i+1:] {
			// A message of several lines (an errors.Join), and a panic
			// raised while others unwound the stack ("first
			// [recovered]\n\tpanic: second"): Go indents the lines after
			// the first with a tab, and so does the cell's error.
			if !strings.HasPrefix(next, "\t") {
				break
			}
			msg += "\n" + strings.TrimSuffix(next, "\n")
		}
		return before, msg, true
	}
	return "", "", false
}

// confWantStderr returns the stderr the cells must write: Go's, without
// the report of a panic or fatal error that ended the program.
func confWantStderr(p *confProg) string {
	if p.exit != 2 {
		return p.stderr
	}
	if before, _, ok := confGoPanic(p.stderr); ok {
		return before
	}
	if i := strings.Index(p.stderr, "fatal error: "); i >= 0 && (i == 0 || p.stderr[i-1] == '\n') {
		return p.stderr[:i]
	}
	return p.stderr
}

// confCompare returns the differences between Go's outcome and the cells'.
func confCompare(p *confProg, o *confOutcome) []string {
	var diffs []string
	var e *Error
	isErr := errors.As(o.err, &e)
	errText := "no error"
	if o.err != nil {
		errText = fmt.Sprintf("%T %q", o.err, o.err.Error())
		if isErr {
			errText = fmt.Sprintf("%s: %q (code %d)", e.Name, e.Value, e.Code)
		}
	}
	if o.hung {
		diffs = append(diffs, "the cell hung: "+o.err.Error())
	}
	if p.compileErr != "" {
		if !isErr || e.Name != "CompileError" {
			return append(diffs, fmt.Sprintf("error: want CompileError %q, got %s", p.compileErr, errText))
		}
		// The checks the engine makes as gc does (vet.go) must give gc's
		// words, as must every program of confGcWordsSections; for the others, yaegi's type checker words its own
		// message, and a rejected program is what counts.
		got := confCellPos.ReplaceAllString(e.Value, "")
		// A position inside the message ("goto L jumps over declaration of
		// x at ./main.go:7:4"; a cell names its own lines 7:4, another
		// cell's cell[N]:7:4) is compared without its file and numbers: a
		// cell's lines are not the file's in split mode.
		sameWords := confInnerPos.ReplaceAllString(got, "<pos>") == confInnerPos.ReplaceAllString(p.compileErr, "<pos>")
		if !sameWords && (confGcWords.MatchString(p.compileErr) || confGcWordsSections[p.section]) {
			diffs = append(diffs, fmt.Sprintf("error: want CompileError %q, got %q", p.compileErr, got))
		}
		return diffs
	}
	if o.stdout != p.stdout {
		diffs = append(diffs, "stdout differs")
	}
	wantStderr := confWantStderr(p)
	switch {
	case p.exit == 0:
		// os.Exit(0) ends the cell with SystemExit code 0.
		if o.err != nil && !(isErr && e.Name == "SystemExit" && e.Code == 0) {
			diffs = append(diffs, "error: want none, got "+errText)
		}
	case p.exit == 2 && strings.Contains(p.stderr, "panic: "):
		_, msg, _ := confGoPanic(p.stderr)
		if !isErr || e.Name != "panic" || e.Value != msg {
			diffs = append(diffs, fmt.Sprintf("error: want panic %q, got %s", msg, errText))
		}
	case p.exit == 2 && strings.Contains(p.stderr, "fatal error: "):
		i := strings.Index(p.stderr, "fatal error: ")
		msg, _, _ := strings.Cut(p.stderr[i+len("fatal error: "):], "\n")
		if o.err == nil || !strings.Contains(o.err.Error(), msg) {
			diffs = append(diffs, fmt.Sprintf("error: want a fatal error %q, got %s", msg, errText))
		}
	default:
		if !isErr || e.Name != "SystemExit" || e.Code != p.exit {
			diffs = append(diffs, fmt.Sprintf("error: want SystemExit code %d, got %s", p.exit, errText))
		}
	}
	if o.stderr != wantStderr {
		diffs = append(diffs, "stderr differs")
	}
	return diffs
}

// confDescribe writes one mode's differences, with want and got.
func confDescribe(w *strings.Builder, p *confProg, o *confOutcome, diffs []string) {
	for _, d := range diffs {
		fmt.Fprintf(w, "    %s\n", d)
	}
	show := func(what, want, got string) {
		if want == got {
			return
		}
		fmt.Fprintf(w, "    %s: want (toolchain) | got (cells)\n", what)
		wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
		n := max(len(wl), len(gl))
		for i := 0; i < n && i < 40; i++ {
			var a, b string
			if i < len(wl) {
				a = wl[i]
			}
			if i < len(gl) {
				b = gl[i]
			}
			mark := " "
			if a != b || (i >= len(wl)) != (i >= len(gl)) {
				mark = "!"
			}
			fmt.Fprintf(w, "     %s %-40q | %q\n", mark, a, b)
		}
		if n > 40 {
			fmt.Fprintf(w, "       ... (%d lines)\n", n)
		}
	}
	if p.compileErr == "" {
		show("stdout", p.stdout, o.stdout)
		show("stderr", confWantStderr(p), o.stderr)
	}
	if o.err != nil {
		var e *Error
		if errors.As(o.err, &e) && len(e.Trace) > 0 {
			fmt.Fprintf(w, "    cell traceback:\n")
			for _, l := range e.Trace {
				fmt.Fprintf(w, "      %s\n", ansiT.ReplaceAllString(l, ""))
			}
		}
	}
}

// confKnownDiff reports whether an UNSUPPORTED entry is a known divergence
// ("~wrong": the engine runs the program with a different result, a bug
// to fix, listed so that the suite passes while it is open; "~design": the
// cell differs from go run on purpose, e.g. a cell's top-level imports and
// variables are never "unused"). The program must still differ: once it
// passes, the entry must go.
func confKnownDiff(entry string) bool { return strings.HasPrefix(entry, "~") }

// sessionStacks returns the stacks of the goroutines running a Session's
// Execute, to tell where a cell that does not stop hangs, and the first
// frames of those running or runnable beside it (a busy loop an earlier
// program left behind takes the CPU from the cell).
func sessionStacks() string {
	all := goroutineStacks()
	var out []string
	for _, g := range all {
		if strings.Contains(g, "eval.(*Session).Execute") || strings.Contains(g, "(*Interpreter).ExecuteWithContext") {
			out = append(out, g)
		}
	}
	busy := busyGoroutines(all, 10, 12)
	return fmt.Sprintf("%s\n\n%d goroutines in the process; running or runnable beside the cell:\n%s", strings.Join(out, "\n\n"), len(all), strings.Join(busy, "\n\n"))
}

// leftGoroutines tells how many goroutines the programs left in the test's
// process, and those running or runnable.
func leftGoroutines() string {
	all := goroutineStacks()
	busy := busyGoroutines(all, len(all), 6)
	return fmt.Sprintf("%d goroutines, %d running or runnable:\n%s", len(all), len(busy), strings.Join(busy, "\n\n"))
}

// goroutineStacks returns the stack of every goroutine of the process.
func goroutineStacks() []string {
	buf := make([]byte, 1<<22)
	return strings.Split(string(buf[:goruntime.Stack(buf, true)]), "\n\n")
}

// busyGoroutines returns the first lines of at most max of the stacks of
// running or runnable goroutines.
func busyGoroutines(stacks []string, max, lines int) []string {
	var busy []string
	for _, g := range stacks {
		if len(busy) < max && (strings.Contains(g, " [running]:") || strings.Contains(g, " [runnable]:")) {
			l := strings.SplitN(g, "\n", lines+1)
			busy = append(busy, strings.Join(l[:min(len(l), lines)], "\n"))
		}
	}
	return busy
}
