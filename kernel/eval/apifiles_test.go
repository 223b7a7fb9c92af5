package eval

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	goruntime "runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/traefik/yaegi/stdlib/generic"
)

// notExposed lists the packages of the standard library that a cell cannot
// import, each with the reason. Every other package that `go list std` lists
// (but internal and vendored ones) must be importable, and every symbol that
// the toolchain's api files list for it must be reachable.
var notExposed = map[string]string{
	"plugin":                 "loads compiled Go plugins into the process: a cell is interpreted, and gonotes builds without cgo",
	"runtime/cgo":            "has no API of its own: it is the support code of cgo, which interpreted code cannot use",
	"runtime/coverage":       "writes the coverage counters of a binary built with -cover; a cell's code is not instrumented",
	"runtime/race":           "has no API: it is linked in by -race",
	"syscall/js":             "exists only on js/wasm",
	"time/tzdata":            "has no API: its import embeds the time zone database, which the kernel's binary already has or not",
	"crypto/mlkem/mlkemtest": "test vectors helpers for FIPS testing, built only with the GOEXPERIMENT that enables them",
	"testing/cryptotest":     "test helpers of the crypto packages' own tests",
}

// withheldSyscalls are the functions of package syscall that a cell does not
// get, by prefix of their name: those that end or replace the kernel's
// process (Exit, Exec, ForkExec, StartProcess: os.Exit and os/exec do it the
// kernel's way), reboot the machine, trace processes (Ptrace*, PtraceRegs),
// or make raw system calls with untyped uintptr arguments (Syscall*,
// RawSyscall*, AllThreadsSyscall*), which can corrupt the kernel's memory.
// yaegi's restricted syscall table leaves them out (stdlib/syscall's
// go:generate line).
var withheldSyscalls = []string{"Exit", "Exec", "ForkExec", "StartProcess", "Reboot", "Ptrace", "Syscall", "RawSyscall", "AllThreadsSyscall"}

// withheld reports whether the entry e of an api file is one that gonotes
// deliberately does not give a cell (withheldSyscalls).
func withheld(e apiEntry) bool {
	if e.pkg != "syscall" {
		return false
	}
	kind, rest, _ := strings.Cut(e.line, " ")
	switch kind {
	case "func", "type":
	case "method": // by its receiver's type
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "("), "*")
	default:
		return false
	}
	for _, p := range withheldSyscalls {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// readKnownMissing reads testdata/api_known_missing.txt: the entries of the
// api files known not to be reachable from a cell, each line
// "pkg <path>, <entry>\t# <reason>" (the generic declarations that stdlib/generic
// does not have yet).
func readKnownMissing(t *testing.T) map[string]string {
	b, err := os.ReadFile(filepath.Join("testdata", "api_known_missing.txt"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		entry, reason, _ := strings.Cut(l, "\t# ")
		if reason == "" {
			t.Errorf("api_known_missing.txt: no reason for %q", l)
		}
		known[strings.TrimPrefix(entry, "pkg ")] = reason
	}
	return known
}

// apiEntry is one line of an api file: a symbol of a package.
type apiEntry struct {
	pkg     string // import path
	line    string // the line without "pkg path, "
	release string // go1.21 ... go1.26, or "go1.0–1.20"
}

// readAPIFiles reads $GOROOT/api/go1*.txt of the toolchain that runs the
// tests: the entries that hold on this platform and were not withdrawn
// (except.txt), each with the release that added it.
func readAPIFiles(t *testing.T) []apiEntry {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "api")
	except := map[string]bool{}
	if b, err := os.ReadFile(filepath.Join(dir, "except.txt")); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			except[strings.TrimSpace(l)] = true
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "go1*.txt"))
	if len(files) == 0 {
		t.Fatalf("no api files in %s", dir)
	}
	minor := func(f string) int {
		b := strings.TrimSuffix(filepath.Base(f), ".txt")
		if b == "go1" {
			return 0
		}
		n, _ := strconv.Atoi(strings.TrimPrefix(b, "go1."))
		return n
	}
	sort.Slice(files, func(i, j int) bool { return minor(files[i]) < minor(files[j]) })
	platform := goruntime.GOOS + "-" + goruntime.GOARCH
	seen := map[string]bool{}
	var entries []apiEntry
	for _, f := range files {
		rel := "go1.0–1.20"
		if m := minor(f); m >= 21 {
			rel = "go1." + strconv.Itoa(m)
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			l := sc.Text()
			if except[l] || !strings.HasPrefix(l, "pkg ") {
				continue
			}
			head, entry, ok := strings.Cut(l[len("pkg "):], ", ")
			if !ok {
				continue
			}
			pkg, ctx, hasCtx := strings.Cut(head, " ")
			if hasCtx {
				ctx = strings.Trim(ctx, "()")
				if ctx != platform && !strings.HasPrefix(ctx, platform+"-") {
					continue
				}
			}
			// Lines of go1.19 on end with the proposal's issue: " #12345".
			if i := strings.LastIndex(entry, " #"); i >= 0 {
				if _, err := strconv.Atoi(entry[i+2:]); err == nil {
					entry = entry[:i]
				}
			}
			key := pkg + ", " + entry
			if seen[key] {
				continue
			}
			seen[key] = true
			entries = append(entries, apiEntry{pkg: pkg, line: entry, release: rel})
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return entries
}

// srcDecls is what the source complement of a package (stdlib/generic)
// declares: top-level names, methods by "Type.Method", fields and interface
// methods by "Type.Name".
type srcDecls map[string]bool

func genericDecls(path string) srcDecls {
	d := srcDecls{}
	ents, err := fs.ReadDir(generic.FS, path)
	if err != nil {
		return d
	}
	fset := token.NewFileSet()
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".go.txt") {
			continue
		}
		b, err := fs.ReadFile(generic.FS, path+"/"+e.Name())
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), b, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Recv == nil {
					d[decl.Name.Name] = true
					continue
				}
				rt := decl.Recv.List[0].Type
				if s, ok := rt.(*ast.StarExpr); ok {
					rt = s.X
				}
				switch x := rt.(type) {
				case *ast.IndexExpr:
					rt = x.X
				case *ast.IndexListExpr:
					rt = x.X
				}
				if id, ok := rt.(*ast.Ident); ok {
					d[id.Name+"."+decl.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range decl.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						for _, n := range s.Names {
							d[n.Name] = true
						}
					case *ast.TypeSpec:
						d[s.Name.Name] = true
						var list *ast.FieldList
						switch tt := s.Type.(type) {
						case *ast.StructType:
							list = tt.Fields
						case *ast.InterfaceType:
							list = tt.Methods
						}
						if list == nil {
							continue
						}
						for _, fl := range list.List {
							for _, n := range fl.Names {
								d[s.Name.Name+"."+n.Name] = true
							}
							if len(fl.Names) == 0 {
								t := fl.Type
								if st, ok := t.(*ast.StarExpr); ok {
									t = st.X
								}
								switch x := t.(type) {
								case *ast.Ident:
									d[s.Name.Name+"."+x.Name] = true
								case *ast.SelectorExpr:
									d[s.Name.Name+"."+x.Sel.Name] = true
								}
							}
						}
					}
				}
			}
		}
	}
	return d
}

// closing returns the index in s of the "]" that closes the "[" that s
// starts with.
func closing(s string) int {
	depth := 0
	for i, c := range s {
		switch c {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(s) - 1
}

// apiName returns the identifier that starts s (up to "[", "(", " " or ",").
func apiName(s string) string {
	if i := strings.IndexAny(s, "[( ,"); i >= 0 {
		return s[:i]
	}
	return s
}

// reachable reports whether the entry e of an api file is reachable from a
// cell, given the package's symbol table bin (nil if it has none) and the
// declarations of its source complement src. generic tells whether the
// entry is a generic function or a member of a generic type.
func reachable(e apiEntry, bin map[string]reflect.Value, src srcDecls) (ok, generic bool) {
	kind, rest, _ := strings.Cut(e.line, " ")
	switch kind {
	case "const", "var":
		n := apiName(rest)
		_, inBin := bin[n]
		return inBin || src[n], false
	case "func":
		n := apiName(rest)
		generic = strings.HasPrefix(rest[len(n):], "[")
		_, inBin := bin[n]
		return inBin || src[n], generic
	case "type":
		n := apiName(rest)
		after := rest[len(n):]
		generic = strings.HasPrefix(after, "[")
		if generic {
			after = after[closing(after)+1:]
		}
		// Only a struct or interface line names a member; a func
		// type's ", " are its parameters'.
		member, isMember := "", false
		for _, k := range []string{" struct, ", " interface, "} {
			if strings.HasPrefix(after, k) {
				member, isMember = after[len(k):], true
			}
		}
		v, inBin := bin[n]
		if !isMember {
			return inBin || src[n], generic
		}
		// A field of a struct, a method of an interface, or
		// "embedded T", or "unexported methods".
		if member == "unexported methods" {
			return inBin || src[n], generic
		}
		m := apiName(member)
		if m == "embedded" {
			x := strings.TrimPrefix(strings.TrimPrefix(member, "embedded "), "*")
			if i := strings.LastIndex(x, "."); i >= 0 {
				x = x[i+1:]
			}
			m = apiName(x)
		}
		if inBin && v.IsValid() && v.Kind() == reflect.Ptr && v.IsNil() {
			rt := v.Type().Elem()
			switch rt.Kind() {
			case reflect.Struct:
				_, has := rt.FieldByName(m)
				return has, generic
			case reflect.Interface:
				_, has := rt.MethodByName(m)
				return has, generic
			}
		}
		return src[n+"."+m], generic
	case "method":
		// method (R) M(...) or method (*R) M(...), R maybe R[K, V].
		recv, after, _ := strings.Cut(strings.TrimPrefix(rest, "("), ") ")
		ptr := strings.HasPrefix(recv, "*")
		recv = strings.TrimPrefix(recv, "*")
		tn := apiName(recv)
		generic = strings.HasPrefix(recv[len(tn):], "[")
		m := apiName(after)
		if v, inBin := bin[tn]; inBin && v.IsValid() && v.Kind() == reflect.Ptr && v.IsNil() {
			rt := v.Type().Elem()
			if ptr || rt.Kind() == reflect.Interface {
				rt = reflect.PointerTo(rt)
				if v.Type().Elem().Kind() == reflect.Interface {
					rt = v.Type().Elem()
				}
			}
			if _, has := rt.MethodByName(m); has {
				return true, generic
			}
		}
		return src[tn+"."+m], generic
	}
	return false, false
}

// TestStdAPIIsReachable checks that every exported API of the standard
// library that the toolchain's api files list ($GOROOT/api/go1*.txt) is
// reachable from a cell: the package is importable, its funcs, vars,
// consts and types are in the session's symbol tables (or the source
// complement of the generic declarations), struct fields and methods are
// on the types. It prints a table per release.
func TestStdAPIIsReachable(t *testing.T) {
	entries := readAPIFiles(t)
	knownMissingAPI := readKnownMissing(t)
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	bins := s.i.Symbols("")

	// The importable set: every package of `go list std` but internal and
	// vendored ones, and those of notExposed.
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Fatalf("go list std: %v", err)
	}
	srcs := map[string]srcDecls{}
	for _, p := range strings.Fields(string(out)) {
		if strings.Contains(p, "internal") || strings.HasPrefix(p, "vendor/") || notExposed[p] != "" {
			continue
		}
		_, inBin := bins[p]
		_, err := fs.Stat(generic.FS, p)
		if !inBin && err != nil {
			t.Errorf("package %s is not importable from a cell (and not listed in notExposed)", p)
		}
	}

	type row struct{ total, ok, missing, generic, known int }
	rows := map[string]*row{}
	var missing []string
	for _, e := range entries {
		if notExposed[e.pkg] != "" || strings.Contains(e.pkg, "internal") || withheld(e) {
			continue
		}
		r := rows[e.release]
		if r == nil {
			r = &row{}
			rows[e.release] = r
		}
		src, ok := srcs[e.pkg]
		if !ok {
			src = genericDecls(e.pkg)
			srcs[e.pkg] = src
		}
		r.total++
		ok, gen := reachable(e, bins[e.pkg], src)
		if ok {
			r.ok++
			if knownMissingAPI[e.pkg+", "+e.line] != "" {
				t.Errorf("reachable now, remove it from api_known_missing.txt: %s, %s", e.pkg, e.line)
			}
			continue
		}
		r.missing++
		key := e.pkg + ", " + e.line
		if gen {
			r.generic++
		}
		if knownMissingAPI[key] != "" {
			r.known++
			continue
		}
		missing = append(missing, fmt.Sprintf("%s (%s)", key, e.release))
	}
	releases := []string{"go1.0–1.20"}
	for m := 21; ; m++ {
		rel := "go1." + strconv.Itoa(m)
		if rows[rel] == nil {
			break
		}
		releases = append(releases, rel)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s %8s %10s %8s %8s %8s\n", "release", "symbols", "reachable", "missing", "generic", "known")
	for _, rel := range releases {
		r := rows[rel]
		if r == nil {
			continue
		}
		fmt.Fprintf(&b, "%-12s %8d %10d %8d %8d %8d\n", rel, r.total, r.ok, r.missing, r.generic, r.known)
	}
	t.Logf("standard library API reachable from a cell, by release (%s):\n%s", goruntime.Version(), b.String())
	for _, m := range missing {
		t.Errorf("not reachable from a cell: %s", m)
	}
}

// TestStdAPICheckerRejects checks the checker of TestStdAPIIsReachable: an
// entry that no table has is not reachable, each kind of line.
func TestStdAPICheckerRejects(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	bins := s.i.Symbols("")
	for _, c := range []struct {
		pkg, line string
		want      bool
	}{
		{"strings", "func CutPrefix(string, string) (string, bool)", true},
		{"strings", "func NoSuchFunc(string) string", false},
		{"sync", "method (*Map) Clear()", true},
		{"sync", "method (*Map) NoSuchMethod()", false},
		{"time", "method (Time) Compare(Time) int", true},
		{"net/http", "type Request struct, Pattern string", true},
		{"net/http", "type Request struct, NoSuchField string", false},
		{"io", "type Reader interface, Read([]uint8) (int, error)", true},
		{"io", "type Reader interface, Peek(int) ([]uint8, error)", false},
		{"bufio", "type SplitFunc func([]uint8, bool) (int, []uint8, error)", true},
		{"slices", "func Sorted[$0 interface{}](iter.Seq[$0]) []$0", true},
		{"slices", "func NoSuchGeneric[$0 interface{}]($0) $0", false},
		{"iter", "type Seq2[$0 interface{}, $1 interface{}] func(func($0, $1) bool)", true},
		{"math", "const MaxInt64 = 9223372036854775807", true},
		{"os", "var ErrProcessDone error", true},
	} {
		e := apiEntry{pkg: c.pkg, line: c.line}
		if got, _ := reachable(e, bins[c.pkg], genericDecls(c.pkg)); got != c.want {
			t.Errorf("reachable(%s, %s) = %v, want %v", c.pkg, c.line, got, c.want)
		}
	}
}
