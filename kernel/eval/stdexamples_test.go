//go:build unix

package eval

// TestStdlibExamples runs the runnable examples of the standard library as
// notebook cells: the Example functions with an "Output:" comment in the
// _test.go files of a list of standard packages, read at test time from the
// GOROOT of the toolchain that runs the test (nothing of them is stored in
// the repository).
//
// Each example becomes a program the way `go doc` and pkg.go.dev make one
// (go/doc's Example.Play: package main, the imports the example uses, the
// declarations of its file it needs, func main with its body). Go's output
// for it is produced at test time: the examples of a standard package are
// the files of one main package (a few when their names clash), whose
// binary runs the example an environment variable names, and an example
// whose run there is not what its Output comment says is built and run
// again as a program of its own (stdexBuildAndRun); binaries are cached by
// the hash of the toolchain and the programs, as TestConformance does. The
// program then
// runs as cells in a fresh Session, in two modes (cellsplit, as in
// TestConformance): split (imports, declarations, main's body as
// top-level statements) and whole (the program as one cell), and the
// cells' stdout must equal Go's byte for byte ("Unordered output": the
// sorted lines must be equal), without an error.
//
// An example is skipped, and counted as such, when:
//
//   - go/doc makes no program of it (it uses a name of the package under
//     test, or of another file of its test package);
//   - it imports a package for the network, processes or signals
//     (stdexSkipImports);
//   - Go's run of it does not print what its Output comment says (output
//     that depends on the clock, the machine or randomness), or it fails.
//
// The cells' standard output is file descriptor 1, redirected to a pipe
// while they run, as the kernel does (kernel/capture.go): the examples
// write with os.Stdout.Write, and hand os.Stdout to compiled code.
//
// Known failures are listed in testdata/stdexamples/KNOWN as
// "<import path>.<ExampleName>: <substring>  # reason" with the format of
// testdata/conformance/UNSUPPORTED (~wrong: a known bug, ~design). An
// unlisted failure fails the test, and so does a listed example that
// passes.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/doc"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"

	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/cellsplit"
	"github.com/gonotes/gonotes/lib/hook"
	"golang.org/x/sys/unix"
)

// stdexPackages are the standard packages whose examples run.
var stdexPackages = []string{
	"strings", "strconv", "bytes", "fmt", "errors", "sort", "slices", "maps", "cmp",
	"unicode", "unicode/utf8", "unicode/utf16",
	"math", "math/bits", "math/big", "math/cmplx",
	"container/heap", "container/list", "container/ring",
	"time", "regexp", "text/template", "text/tabwriter", "bufio", "io",
	"encoding/json", "encoding/hex", "encoding/base64", "encoding/base32", "encoding/binary", "encoding/csv", "encoding/xml", "encoding/pem",
	"hash/crc32", "hash/fnv", "crypto/sha256", "crypto/md5", "crypto/sha1",
	"path", "path/filepath", "net/url", "html", "html/template",
	"iter", "sync", "sync/atomic", "context", "log", "log/slog",
	"flag", "os", "reflect", "go/ast", "go/parser", "go/token", "go/format", "go/scanner", "go/constant",
	"mime", "unique", "bufio", "text/scanner", "index/suffixarray", "archive/tar", "archive/zip", "compress/gzip",
	"encoding/gob", "net/mail", "mime/multipart", "mime/quotedprintable", "compress/flate", "compress/zlib", "image",
	"io/fs", "math/rand/v2", "math/rand", "runtime", "hash", "testing/iotest", "testing/slogtest", "io/ioutil", "go/doc",
	"crypto/cipher", "crypto/hkdf",
}

// stdexSkipImports are packages whose examples are skipped: they need the
// network, other processes or signals.
var stdexSkipImports = map[string]bool{
	"net": true, "net/http": true, "net/http/httptest": true, "net/rpc": true, "net/smtp": true, "net/mail": false,
	"os/exec": true, "os/signal": true, "syscall": true, "plugin": true, "runtime/pprof": true,
}

const stdexKnownFile = "testdata/stdexamples/KNOWN"

type stdexExample struct {
	pkg, name string // import path, function name (ExampleX_y)
	src       []byte // the program
	output    string // the Output comment
	unordered bool
	testPkg   string // the package name of its file (strings_test)
	skip      string // why it does not run

	stdout, stderr string // Go's run
	failure        string

	known string // the KNOWN entry, or ""
}

func (e *stdexExample) id() string { return e.pkg + "." + e.name }

func TestStdlibExamples(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	start := time.Now()
	cmd := exec.Command(goBin, "env", "GOROOT")
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(out))
	known, err := stdexReadKnown()
	if err != nil {
		t.Fatal(err)
	}
	pkgFilter, nameFilter := confRunFilter()
	var pkgs []string
	seenPkg := map[string]bool{}
	for _, p := range stdexPackages {
		if !seenPkg[p] && pkgFilter(stdexTestName(p)) {
			pkgs = append(pkgs, p)
		}
		seenPkg[p] = true
	}
	byPkg := map[string][]*stdexExample{}
	var all []*stdexExample
	for _, p := range pkgs {
		exs, err := stdexLoad(goroot, p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, e := range exs {
			if !nameFilter(e.name) {
				continue
			}
			e.known = known[e.id()]
			byPkg[p] = append(byPkg[p], e)
			all = append(all, e)
		}
	}
	seen := map[string]bool{}
	for _, e := range all {
		seen[e.id()] = true
	}
	for id := range known {
		if !seen[id] && pkgFilter(stdexTestName(id[:strings.LastIndex(id, ".")])) && nameFilter(id[strings.LastIndex(id, ".")+1:]) {
			t.Errorf("KNOWN lists %s, which is not an example of this toolchain (or is skipped)", id)
		}
	}
	nBins, nAlone := stdexBuildAndRun(t, goBin, pkgs, byPkg)
	t.Logf("stdlib examples: %d examples of %d packages built (%d binaries of several examples, %d examples again alone) and run with %s in %v", len(all), len(pkgs), nBins, nAlone, goBin, time.Since(start).Round(time.Millisecond))

	type row struct{ examples, passed, known, skipped, failed int }
	rows := map[string]*row{}
	skips := map[string]int{}
	for _, p := range pkgs {
		r := &row{}
		rows[p] = r
		t.Run(stdexTestName(p), func(t *testing.T) {
			for _, e := range byPkg[p] {
				t.Run(e.name, func(t *testing.T) {
					r.examples++
					if e.skip == "" {
						e.skip = stdexGoSkip(e)
					}
					if e.skip != "" {
						if testing.Verbose() {
							t.Logf("skipped: %s\ngo run:\n%s%s\nOutput comment:\n%s", e.skip, e.stdout, e.stderr, e.output)
						}
						r.skipped++
						skips[e.skip]++
						if e.known != "" {
							t.Errorf("%s: listed in KNOWN, but it is skipped (%s): remove it", e.id(), e.skip)
						}
						return
					}
					report, passed := stdexCheck(e)
					switch {
					case passed && e.known != "":
						r.failed++
						t.Errorf("%s: listed in KNOWN (%q) but it now passes: remove it from KNOWN", e.id(), e.known)
					case passed:
						r.passed++
					case e.known != "" && report == "":
						r.known++
					default:
						r.failed++
						t.Errorf("%s:\n%s", e.id(), report)
					}
				})
			}
		})
	}
	var tab strings.Builder
	fmt.Fprintf(&tab, "%-20s %8s %6s %5s %7s %6s\n", "package", "examples", "passed", "known", "skipped", "failed")
	var tot row
	for _, p := range pkgs {
		r := rows[p]
		fmt.Fprintf(&tab, "%-20s %8d %6d %5d %7d %6d\n", p, r.examples, r.passed, r.known, r.skipped, r.failed)
		tot.examples += r.examples
		tot.passed += r.passed
		tot.known += r.known
		tot.skipped += r.skipped
		tot.failed += r.failed
	}
	fmt.Fprintf(&tab, "%-20s %8d %6d %5d %7d %6d\n", "TOTAL", tot.examples, tot.passed, tot.known, tot.skipped, tot.failed)
	var reasons []string
	for why := range skips {
		reasons = append(reasons, why)
	}
	sort.Strings(reasons)
	for _, why := range reasons {
		fmt.Fprintf(&tab, "skipped: %3d %s\n", skips[why], why)
	}
	t.Logf("stdlib examples (%v):\n%s", time.Since(start).Round(time.Millisecond), tab.String())
}

// stdexTestName is the subtest name of a package ("/" would nest).
func stdexTestName(pkg string) string { return strings.ReplaceAll(pkg, "/", "_") }

// stdexReadKnown parses KNOWN: "<import path>.<ExampleName>: <substring>  # reason".
func stdexReadKnown() (map[string]string, error) {
	m := map[string]string{}
	data, err := os.ReadFile(stdexKnownFile)
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
		if !ok || strings.TrimSpace(sub) == "" || !strings.Contains(id, ".Example") {
			return nil, fmt.Errorf("%s:%d: want \"<import path>.<ExampleName>: <substring>  # reason\"", stdexKnownFile, i+1)
		}
		m[strings.TrimSpace(id)] = strings.TrimSpace(sub)
	}
	return m, nil
}

// stdexLoad reads the examples with an Output comment of the standard
// package pkg.
func stdexLoad(goroot, pkg string) ([]*stdexExample, error) {
	dir := filepath.Join(goroot, "src", filepath.FromSlash(pkg))
	names, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var exs []*stdexExample
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if !bytes.Contains(src, []byte("func Example")) {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, filepath.Base(name)); err != nil || !ok {
			continue // excluded by its build constraints (the other half of a GOEXPERIMENT)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		for _, d := range doc.Examples(f) {
			if d.Output == "" && !d.EmptyOutput {
				continue // compiled by go test, never run
			}
			e := &stdexExample{pkg: pkg, name: "Example" + d.Name, output: d.Output, unordered: d.Unordered, testPkg: f.Name.Name}
			exs = append(exs, e)
			if d.Play == nil {
				e.skip = "go/doc makes no program of it (a name of the package or of another test file)"
				continue
			}
			for _, im := range d.Play.Imports {
				if p, _ := strconv.Unquote(im.Path.Value); stdexSkipImports[p] {
					e.skip = "imports " + p + " (network, processes, signals)"
				}
			}
			var b bytes.Buffer
			if err := format.Node(&b, fset, d.Play); err != nil {
				return nil, fmt.Errorf("%s: printing the program: %v", e.id(), err)
			}
			e.src = b.Bytes()
		}
	}
	return exs, nil
}

// stdexGoSkip returns why Go's run makes e not a test: it failed, or it did
// not print what the Output comment says.
func stdexGoSkip(e *stdexExample) string {
	if e.failure != "" {
		return "Go's run fails"
	}
	if !stdexSameOutput(e, e.stdout) {
		return "Go's output differs from the Output comment (clock, time zone, files, randomness)"
	}
	return ""
}

// stdexSameOutput reports whether out is what e's Output comment says, as
// go test compares them (surrounding space trimmed; sorted lines for
// unordered output), with the test package's name "main" ("main.T" for
// errors_test.T).
func stdexSameOutput(e *stdexExample, out string) bool {
	norm := func(s string) string {
		lines := strings.Split(strings.TrimSpace(s), "\n")
		for i := range lines {
			lines[i] = strings.TrimRight(lines[i], " \t\r")
			if e.unordered {
				lines[i] = strings.TrimSpace(lines[i])
			}
		}
		if e.unordered {
			sort.Strings(lines)
		}
		return strings.Join(lines, "\n")
	}
	want := e.output
	if e.testPkg != "" {
		want = strings.ReplaceAll(want, e.testPkg+".", "main.")
	}
	return norm(out) == norm(want)
}

// stdexFile is an example's program as a file of a main package shared
// with other examples of its package: its func main and init functions
// are renamed, and run is the function that runs it (its inits, then its
// main), so that an example's init runs only when it runs.
type stdexFile struct {
	e     *stdexExample
	src   string
	run   string          // the function that runs the example
	decls map[string]bool // the names it declares at package level
	names map[string]bool // the names its imports declare in its file
	dot   bool            // it has a dot import
}

// stdexProgramFile makes e's file of the main package in which it is the
// i-th example.
func stdexProgramFile(e *stdexExample, i int) (*stdexFile, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", e.src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	// A build constraint of the example's file would exclude the file.
	var comments []*ast.CommentGroup
	for _, c := range f.Comments {
		if !strings.HasPrefix(c.Text(), "go:build") && !strings.Contains(c.List[0].Text, "//go:build") {
			comments = append(comments, c)
		}
	}
	f.Comments = comments
	sf := &stdexFile{e: e, run: fmt.Sprintf("stdexRun%d", i), decls: map[string]bool{}, names: map[string]bool{}}
	var inits []string
	var mainObj *ast.Object
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			switch {
			case d.Recv != nil:
			case d.Name.Name == "init":
				d.Name.Name = fmt.Sprintf("stdexInit%d_%d", i, len(inits))
				inits = append(inits, d.Name.Name+"()")
			case d.Name.Name == "main":
				mainObj = d.Name.Obj
				d.Name.Name = fmt.Sprintf("stdexMain%d", i)
			}
			if d.Recv == nil {
				sf.decls[d.Name.Name] = true
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.ImportSpec:
					path, _ := strconv.Unquote(s.Path.Value)
					switch {
					case s.Name == nil:
						sf.names[stdexImportName(path)] = true
					case s.Name.Name == ".":
						sf.dot = true
					case s.Name.Name != "_":
						sf.names[s.Name.Name] = true
					}
				case *ast.TypeSpec:
					sf.decls[s.Name.Name] = true
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.Name != "_" {
							sf.decls[n.Name] = true
						}
					}
				}
			}
		}
	}
	if mainObj == nil {
		return nil, errors.New("no func main")
	}
	// A call of main (a recursive main).
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Obj == mainObj {
			id.Name = fmt.Sprintf("stdexMain%d", i)
		}
		return true
	})
	var b bytes.Buffer
	if err := format.Node(&b, fset, f); err != nil {
		return nil, err
	}
	fmt.Fprintf(&b, "\nfunc %s() { %s }\n", sf.run, strings.Join(append(inits, fmt.Sprintf("stdexMain%d()", i)), "; "))
	sf.decls[sf.run] = true
	sf.src = b.String()
	return sf, nil
}

// stdexImportName is the name an import of the standard package path
// declares: its last element ("rand" for math/rand/v2).
func stdexImportName(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = elems[len(elems)-2]
	}
	return last
}

// stdexConflict reports whether two examples' files cannot be in one
// package: a name declared at package level by both, or by one and by an
// import of the other (Go forbids a name in both a file's block and the
// package block), or a dot import.
func stdexConflict(a, b *stdexFile) bool {
	if a.dot || b.dot {
		return true
	}
	for n := range a.decls {
		if b.decls[n] || b.names[n] {
			return true
		}
	}
	for n := range b.decls {
		if a.names[n] {
			return true
		}
	}
	return false
}

// stdexEnv is the variable that names the example a package's binary runs.
const stdexEnv = "GONOTES_STDEX_EXAMPLE"

// stdexDispatch is the file of a package's binary that runs the example
// stdexEnv names (exit code 3 for an unknown name).
var stdexDispatch = &stdexFile{decls: map[string]bool{"main": true}, names: map[string]bool{"os": true}}

// stdexGroups makes the main packages of a package's examples: each file
// goes to the first package where none of its names conflict, so that
// most packages' examples are one binary.
func stdexGroups(files []*stdexFile) [][]*stdexFile {
	var groups [][]*stdexFile
next:
	for _, f := range files {
		for i, g := range groups {
			ok := true
			for _, o := range g {
				if stdexConflict(f, o) {
					ok = false
					break
				}
			}
			if ok {
				groups[i] = append(g, f)
				continue next
			}
		}
		groups = append(groups, []*stdexFile{stdexDispatch, f})
	}
	return groups
}

// stdexBinary is a main package of the module the examples are built in.
type stdexBinary struct {
	dir   string      // in the module
	files [][2]string // path in the module, content
	exe   string
}

// stdexBuildAndRun produces Go's output of every example. The examples of
// a package are files of as few main packages as their names allow (most
// packages: one), each a binary that runs the example stdexEnv names: a
// compile and a link per package, not per example. An example whose run
// there fails or does not print what its Output comment says (its types
// are named in the output, its file's name or lines are printed, another
// example's package-level variables changed what it sees) is built again
// as a program of its own, and run: what counts is then that program's
// run, as if every example were built alone. It returns the number of
// binaries of several examples, and of examples built again alone.
func stdexBuildAndRun(t *testing.T, goBin string, pkgs []string, byPkg map[string][]*stdexExample) (nBins, nAlone int) {
	tmp := t.TempDir()
	mod, bin := filepath.Join(tmp, "mod"), filepath.Join(tmp, "bin")
	for _, d := range []string{mod, bin} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module stdex\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The flags and environment of TestConformance's build (no -trimpath):
	// the standard packages compiled for one are in the build cache for
	// the other, and for the test binaries.
	env := append(os.Environ(), "GOFLAGS=-buildvcs=false", "GOWORK=off", "GOTOOLCHAIN=local", "GO111MODULE=on", "CGO_ENABLED=0")
	cache := stdexCacheDir(goBin, env)
	used := map[string]bool{}
	var bins []*stdexBinary
	binOf := map[*stdexExample]*stdexBinary{}
	var all []*stdexExample
	for _, p := range pkgs {
		var files []*stdexFile
		for i, e := range byPkg[p] {
			if e.skip != "" {
				continue
			}
			sf, err := stdexProgramFile(e, i)
			if err != nil {
				e.skip = "its program does not parse: " + err.Error()
				continue
			}
			files = append(files, sf)
			all = append(all, e)
		}
		for gi, g := range stdexGroups(files) {
			b := &stdexBinary{dir: fmt.Sprintf("%s__%d", stdexTestName(p), gi)}
			var main strings.Builder
			fmt.Fprintf(&main, "package main\n\nimport \"os\"\n\nfunc main() {\n\tswitch os.Getenv(%q) {\n", stdexEnv)
			for _, f := range g[1:] {
				b.files = append(b.files, [2]string{filepath.Join(b.dir, f.run+".go"), f.src})
				fmt.Fprintf(&main, "\tcase %q:\n\t\t%s()\n", f.e.name, f.run)
				binOf[f.e] = b
			}
			main.WriteString("\tdefault:\n\t\tos.Exit(3)\n\t}\n}\n")
			b.files = append(b.files, [2]string{filepath.Join(b.dir, "main.go"), main.String()})
			bins = append(bins, b)
		}
	}
	nBins = len(bins)
	failed := stdexBuild(t, goBin, env, cache, mod, bin, bins, used, false)
	var runs []*stdexExample
	for _, e := range all {
		if failed[binOf[e]] {
			e.failure = "its package's binary did not build"
			continue
		}
		runs = append(runs, e)
	}
	stdexRun(tmp, runs, func(e *stdexExample) (string, []string) {
		return binOf[e].exe, []string{stdexEnv + "=" + e.name}
	})

	// Again, each as a program of its own.
	bins = nil
	again := map[*stdexExample]*stdexBinary{}
	var rerun []*stdexExample
	for _, e := range all {
		if e.failure != "" || !stdexSameOutput(e, e.stdout) {
			b := &stdexBinary{dir: stdexTestName(e.pkg) + "__" + e.name}
			b.files = [][2]string{{filepath.Join(b.dir, "main.go"), string(e.src)}}
			bins = append(bins, b)
			again[e] = b
			rerun = append(rerun, e)
		}
	}
	stdexBuild(t, goBin, env, cache, mod, bin, bins, used, true)
	stdexRun(tmp, rerun, func(e *stdexExample) (string, []string) { return again[e].exe, nil })
	if cache != "" {
		stdexPruneCache(cache, used)
	}
	return nBins, len(rerun)
}

var stdexPkgHeader = regexp.MustCompile(`^# stdex/(\S+)`)

// stdexBuild builds bins (those not in the cache) with one go build, and
// sets their exe. It returns the binaries that did not build (their
// package failed to compile); it fails the test when mustBuild.
func stdexBuild(t *testing.T, goBin string, env []string, cache, mod, bin string, bins []*stdexBinary, used map[string]bool, mustBuild bool) map[*stdexBinary]bool {
	var toBuild []*stdexBinary
	for _, b := range bins {
		if cache == "" {
			b.exe = filepath.Join(bin, b.dir)
		} else {
			h := sha256.New()
			h.Write([]byte(cache + "\x00"))
			for _, f := range b.files {
				fmt.Fprintf(h, "%s\x00%d\x00%s", f[0], len(f[1]), f[1])
			}
			b.exe = filepath.Join(cache, hex.EncodeToString(h.Sum(nil)[:16]))
			used[filepath.Base(b.exe)] = true
			if _, err := os.Stat(b.exe); err == nil {
				now := time.Now()
				os.Chtimes(b.exe, now, now) // used: not pruned for a day
				continue
			}
		}
		for _, f := range b.files {
			path := filepath.Join(mod, f[0])
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(f[1]), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		toBuild = append(toBuild, b)
	}
	failed := map[*stdexBinary]bool{}
	build := func(bins []*stdexBinary) (string, error) {
		args := []string{"build", "-ldflags=-s -w", "-o", bin + string(filepath.Separator)}
		for _, b := range bins {
			args = append(args, "./"+b.dir)
		}
		cmd := exec.Command(goBin, args...)
		cmd.Dir = mod
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if len(toBuild) == 0 {
		return failed
	}
	out, err := build(toBuild)
	if err != nil && mustBuild {
		t.Fatalf("go build of the examples failed: %v\n%s", err, out)
	}
	if err != nil {
		// The packages that failed to compile, and the others again (go
		// build may have stopped before linking them).
		byDir := map[string]*stdexBinary{}
		for _, b := range toBuild {
			byDir[b.dir] = b
		}
		for _, line := range strings.Split(out, "\n") {
			if m := stdexPkgHeader.FindStringSubmatch(line); m != nil && byDir[m[1]] != nil {
				failed[byDir[m[1]]] = true
			}
		}
		var rest []*stdexBinary
		for _, b := range toBuild {
			if _, err := os.Stat(filepath.Join(bin, b.dir)); err != nil && !failed[b] {
				rest = append(rest, b)
			}
		}
		if len(failed) == 0 {
			t.Fatalf("go build of the examples failed, and names no package that failed: %v\n%s", err, out)
		}
		t.Logf("go build of the examples' packages: these are built example by example:\n%s", out)
		if len(rest) > 0 {
			if out, err := build(rest); err != nil {
				t.Fatalf("go build of the examples failed again: %v\n%s", err, out)
			}
		}
	}
	for _, b := range toBuild {
		if failed[b] {
			continue
		}
		if cache == "" {
			continue
		}
		if err := confMove(filepath.Join(bin, b.dir), b.exe); err != nil {
			t.Fatalf("caching %s: %v", b.dir, err)
		}
	}
	return failed
}

// stdexRun runs the examples, two at a time, with the executable and
// extra environment run gives, and records their outcome.
func stdexRun(dir string, exs []*stdexExample, run func(*stdexExample) (exe string, env []string)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, e := range exs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			ctx, cancel := context.WithTimeout(context.Background(), confTimeout)
			defer cancel()
			exe, env := run(e)
			cmd := exec.CommandContext(ctx, exe)
			cmd.Dir = dir
			if env != nil {
				cmd.Env = append(os.Environ(), env...)
			}
			var so, se bytes.Buffer
			cmd.Stdout, cmd.Stderr = &so, &se
			err := cmd.Run()
			e.stdout, e.stderr, e.failure = so.String(), se.String(), ""
			if err != nil {
				e.failure = err.Error()
			}
		}()
	}
	wg.Wait()
}

// stdexCacheDir returns the directory of the cached binaries for this
// toolchain, or "" (GONOTES_CONFORMANCE_NOCACHE=1, or no user cache
// directory).
func stdexCacheDir(goBin string, env []string) string {
	if os.Getenv("GONOTES_CONFORMANCE_NOCACHE") != "" {
		return ""
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	cmd := exec.Command(goBin, "env", "GOVERSION", "GOOS", "GOARCH", "GOAMD64", "GOARM64", "GOROOT")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(out)
	dir := filepath.Join(base, "gonotes-stdexamples", hex.EncodeToString(sum[:8]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ""
	}
	return dir
}

// stdexPruneCache removes the binaries that no run used for a day.
func stdexPruneCache(dir string, used map[string]bool) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if info, err := e.Info(); !used[e.Name()] && err == nil && time.Since(info.ModTime()) > 24*time.Hour {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// stdexCheck runs e as cells in both modes; report is empty when e passes,
// or fails as its KNOWN entry says.
func stdexCheck(e *stdexExample) (report string, passed bool) {
	split, whole, _ := cellsplit.Split(e.src)
	var rep strings.Builder
	passed = true
	want := e.stdout
	norm := func(s string) string { return s }
	if e.unordered {
		norm = func(s string) string {
			lines := strings.Split(s, "\n")
			sort.Strings(lines)
			return strings.Join(lines, "\n")
		}
	}
	for _, m := range []struct {
		name  string
		cells []string
	}{{"split", split}, {"whole", whole}} {
		if m.cells == nil {
			continue
		}
		var o confOutcome
		limit := confTimeout
		if e.known != "" {
			// A known failure may be a hang (runtime.ExampleAddCleanup):
			// it need not wait as long as a slow example.
			limit = 5 * time.Second
		}
		if bytes.Contains(e.src, []byte("gob.Register")) {
			// gob's registry is process-wide: one process per mode, as
			// TestConformance runs such programs (confRegistersGob).
			confRunCellsAlone(m.cells, &o)
		} else {
			stdexRunCells(m.cells, &o, limit)
		}
		var diffs []string
		if o.hung {
			diffs = append(diffs, "the cell hung")
		}
		if o.err != nil {
			diffs = append(diffs, "error: "+ansiT.ReplaceAllString(o.err.Error(), ""))
		}
		if norm(o.stdout) != norm(want) {
			diffs = append(diffs, "stdout differs")
		}
		if len(diffs) == 0 {
			continue
		}
		passed = false
		if e.known != "" && (confKnownDiff(e.known) || (o.err != nil && strings.Contains(o.err.Error(), e.known))) {
			continue
		}
		fmt.Fprintf(&rep, "  mode %s:\n", m.name)
		for _, d := range diffs {
			fmt.Fprintf(&rep, "    %s\n", d)
		}
		if o.stdout != want {
			var w strings.Builder
			confDescribe(&w, &confProg{stdout: want}, &confOutcome{stdout: o.stdout}, nil)
			rep.WriteString(w.String())
		}
	}
	if !passed && rep.Len() > 0 {
		fmt.Fprintf(&rep, "  program:\n%s", stdexIndent(string(e.src)))
	}
	return rep.String(), passed
}

// stdexRunCells runs cells as confRunCells does, with the cells' stdout
// (their scope's and file descriptor 1) written to one pipe, in the order
// of the writes; a cell running longer than limit is interrupted.
func stdexRunCells(cells []string, o *confOutcome, limit time.Duration) {
	r, w, err := os.Pipe()
	if err != nil {
		o.err = err
		return
	}
	defer r.Close()
	saved, err := unix.Dup(1)
	if err != nil {
		w.Close()
		o.err = err
		return
	}
	var out bytes.Buffer
	copied := make(chan struct{})
	go func() { io.Copy(&out, r); close(copied) }()
	unix.Dup2(int(w.Fd()), 1)
	defer func() {
		unix.Dup2(saved, 1)
		unix.Close(saved)
		w.Close()
		<-copied
		o.stdout = out.String()
	}()
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		o.err = err
		return
	}
	defer s.Shutdown()
	var stderr buf
	for i, code := range cells {
		scope := hook.NewScope(int64(i+1), w, &stderr)
		done := make(chan error, 1)
		go func() {
			_, err := s.Execute(context.Background(), scope, code)
			done <- err
		}()
		timer := time.NewTimer(limit)
		select {
		case err = <-done:
		case <-timer.C:
			o.hung = true
			s.Interrupt()
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				err = errors.New("the cell did not stop after an interrupt")
			}
			err = fmt.Errorf("the cell ran longer than %v and was interrupted: %w", limit, err)
		}
		timer.Stop()
		if err != nil {
			o.err = err
			break
		}
	}
	o.stderr = stderr.String()
}

func stdexIndent(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString("    | ")
		b.WriteString(l)
		b.WriteString("\n")
	}
	return b.String()
}

// TestStdexRuneGlobal: a package-level variable (a cell's top-level
// `r := '世'`) initialized by a rune literal is an int32, as in Go; it was
// an int (the literal's type was worked out twice, and the second time
// it looked like an integer literal), so utf8.EncodeRune(buf, r) failed
// with "cannot use type int as type int32" (unicode/utf8.ExampleEncodeRune
// in split mode).
func TestStdexRuneGlobal(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"unicode/utf8"
)`)
	c := ts.ok(`var g = 'x'

const c = 'y'

var h = c
r := '世'
fmt.Printf("%T %d %T %T %T\n", r, utf8.RuneLen(r), g, h, c+1)`)
	if got, want := c.stdout.String(), "int32 3 int32 int32 int32\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestStdexCallResultAsCompiledIface: the result of a call of an
// interpreted function, of an interpreted type, given directly as the
// argument of a compiled interface parameter, of a compiled function
// (slog.New(NewLH(h))) or of an interpreted one (wrap(NewR()), wrap taking
// an io.Reader), is wrapped with its methods as a variable is; it was given
// as is ("reflect: Call using *struct {...} as type slog.Handler", from
// log/slog.ExampleHandler_levelHandler).
func TestStdexCallResultAsCompiledIface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
)`)
	ts.ok(`type R struct{ done bool }

func (r *R) Read(p []byte) (int, error) {
	if r.done {
		return 0, io.EOF
	}
	r.done = true
	return copy(p, "hi"), nil
}

func NewR() *R                   { return &R{} }
func wrap(r io.Reader) io.Reader { return r }

type LH struct{ h slog.Handler }

func NewLH(h slog.Handler) *LH                                { return &LH{h} }
func (h *LH) Enabled(_ context.Context, l slog.Level) bool    { return l >= slog.LevelWarn }
func (h *LH) Handle(ctx context.Context, r slog.Record) error { return h.h.Handle(ctx, r) }
func (h *LH) WithAttrs(as []slog.Attr) slog.Handler           { return NewLH(h.h.WithAttrs(as)) }
func (h *LH) WithGroup(name string) slog.Handler              { return NewLH(h.h.WithGroup(name)) }`)
	c := ts.ok(`b, err := io.ReadAll(NewR())
fmt.Println(string(b), err)
b, err = io.ReadAll(wrap(NewR()))
fmt.Println(string(b), err)
noTime := func(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
logger := slog.New(NewLH(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime})))
logger.Info("not printed")
logger.With("k", 1).Warn("printed")`)
	if got, want := c.stdout.String(), "hi <nil>\nhi <nil>\nlevel=WARN msg=printed k=1\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestStdexStdLoggerAndSlog: a cell's log package functions act on the log
// package's standard logger, which slog's default handler writes through
// and slog.SetDefault redirects, as in Go (log/slog's
// ExampleSetLogLoggerLevel_log and _slog): log.SetOutput and log.SetFlags
// apply to slog.Info, and log.Print reaches the handler given to
// slog.SetDefault. A new session starts with a program's settings again.
func TestStdexStdLoggerAndSlog(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"log"
	"log/slog"
	"os"
)`)
	c := ts.ok(`log.SetFlags(0)
log.SetOutput(os.Stdout)
log.Print("log")
slog.Info("info")
slog.Debug("hidden")
slog.SetLogLoggerLevel(slog.LevelDebug)
slog.Debug("debug")
noTime := func(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
slog.SetLogLoggerLevel(slog.LevelInfo)
slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime})))
log.Print("through slog")
log.Default().Print("default")`)
	if got, want := c.stdout.String(), "log\nINFO info\nDEBUG debug\nlevel=INFO msg=\"through slog\"\nlevel=INFO msg=default\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	ts = newSession(t)
	ts.ok(`import (
	"log"
	"log/slog"
)`)
	c = ts.ok(`log.Print("fresh")
slog.Info("fresh")
slog.Debug("hidden")`)
	re := regexp.MustCompile(`^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d fresh\n\d{4}/\d\d/\d\d \d\d:\d\d:\d\d INFO fresh\n$`)
	if c.stdout.String() != "" || !re.MatchString(c.stderr.String()) {
		t.Errorf("a new session: stdout %q, stderr %q; want the standard logger's lines on stderr", c.stdout, c.stderr)
	}
}

// TestStdexUnsafeStringData: unsafe.StringData and unsafe.String (Go
// 1.20) are provided (strings.ExampleClone failed with "package unsafe
// has no symbol StringData").
func TestStdexUnsafeStringData(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"strings"
	"unsafe"
)`)
	c := ts.ok(`s := "abc"
clone := strings.Clone(s)
fmt.Println(s == clone)
fmt.Println(unsafe.StringData(s) == unsafe.StringData(clone), unsafe.StringData(s) == unsafe.StringData(s))
arr := []byte("world")
str := unsafe.String(&arr[0], 3)
fmt.Println(str, *unsafe.StringData(str))
t := s[1:]
fmt.Println(unsafe.StringData(t) == unsafe.StringData(s[1:]))`)
	if got, want := c.stdout.String(), "true\nfalse true\nwor 119\ntrue\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestStdexGroups: examples share a main package unless a name of one is
// declared at package level by another, or by an import of another (Go
// forbids a name in both a file's block and the package block), or one has
// a dot import; func main and init functions are renamed, so they never
// clash, and a call of main calls the renamed function.
func TestStdexGroups(t *testing.T) {
	srcs := []string{
		"package main\n\nimport \"fmt\"\n\ntype T int\n\nfunc init() { fmt.Println(T(1)) }\n\nfunc main() { fmt.Println(T(2)) }\n",
		"package main\n\nimport \"fmt\"\n\nfunc init() {}\n\nfunc main() { fmt.Println(3) }\n",
		"package main\n\nimport \"fmt\"\n\ntype T string\n\nfunc main() { fmt.Println(T(\"x\")) }\n",
		"package main\n\nimport \"math/rand/v2\"\n\nvar fmt = 1\n\nfunc main() { _ = rand.N(fmt + 1) }\n",
		"package main\n\nimport . \"fmt\"\n\nfunc main() { Println() }\n",
		"package main\n\nvar rand = 2\n\nvar n int\n\nfunc main() {\n\tif n++; n < 2 {\n\t\tmain()\n\t}\n}\n",
	}
	var files []*stdexFile
	for i, src := range srcs {
		f, err := stdexProgramFile(&stdexExample{name: fmt.Sprint("Example", i), src: []byte(src)}, i)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		files = append(files, f)
	}
	var got []string
	for _, g := range stdexGroups(files) {
		var names []string
		for _, f := range g {
			if f.e == nil {
				names = append(names, "dispatch")
				continue
			}
			names = append(names, f.e.name)
		}
		got = append(got, strings.Join(names, " "))
	}
	want := []string{
		"dispatch Example0 Example1 Example5", // Example5's rand: an import of Example3, in another package
		"dispatch Example2",                   // its T clashes with Example0's
		"dispatch Example3",                   // its variable fmt clashes with the others' import of fmt
		"dispatch Example4",                   // a dot import
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("groups:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if src := files[0].src; !strings.Contains(src, "func stdexInit0_0()") || !strings.Contains(src, "func stdexMain0()") ||
		!strings.Contains(src, "func stdexRun0() { stdexInit0_0(); stdexMain0() }") {
		t.Errorf("example 0's file:\n%s", src)
	}
	if src := files[5].src; !strings.Contains(src, "\t\tstdexMain5()\n") {
		t.Errorf("example 5's call of main is not renamed:\n%s", src)
	}
}

// TestStdexBuildFallback: an example whose package does not build (here
// its variable os clashes with the import of the file that runs the
// examples), or whose run there is not its Output comment, is built and run
// as a program of its own; the others run in their package's binary.
func TestStdexBuildFallback(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	t.Setenv("GONOTES_CONFORMANCE_NOCACHE", "1")
	exs := []*stdexExample{
		{pkg: "p", name: "ExampleA", output: "a", src: []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"a\") }\n")},
		{pkg: "p", name: "ExampleB", output: "b", src: []byte("package main\n\nimport \"fmt\"\n\nvar os = \"b\"\n\nfunc main() { fmt.Println(os) }\n")},
		{pkg: "p", name: "ExampleC", output: "[]", src: []byte("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() { fmt.Println(os.Args[1:]) }\n")},
		{pkg: "p", name: "ExampleD", output: "d", src: []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"not d\") }\n")},
	}
	nBins, nAlone := stdexBuildAndRun(t, goBin, []string{"p"}, map[string][]*stdexExample{"p": exs})
	if nBins != 2 || nAlone != 2 {
		t.Errorf("%d binaries of several examples, %d examples alone; want 2 and 2 (B, D)", nBins, nAlone)
	}
	for _, e := range exs {
		want := e.output + "\n"
		if e.name == "ExampleD" {
			want = "not d\n"
		}
		if e.stdout != want || e.failure != "" {
			t.Errorf("%s: stdout %q, failure %q; want %q", e.name, e.stdout, e.failure, want)
		}
	}
}
