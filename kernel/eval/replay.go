package eval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"strings"
)

// # Replaying declarations
//
// The notebook's declarations are run again in two places: in a new
// interpreter after the old one died of a fatal error (the kernel's
// restart), and in every multiprocessing child (a `gonotes worker`). Imports,
// constants, types, funcs and methods have no effects, and are replayed as
// written. A variable's initialiser may have effects — `var f, _ =
// os.Create("results.csv")` truncates the file again, `var p =
// multiprocessing.NewPool(4)` starts four more processes — so the rule is:
//
//   - A var declaration whose initialisers are pure is replayed as written.
//     Pure means built only from literals, names (constants, variables,
//     funcs), composite literals, operators (but not a channel receive),
//     conversions, func literals (not called), and calls of functions that
//     compute a value from their arguments and touch nothing else: the
//     builtins make, new, len, cap, append, min, max, complex, real and
//     imag; the standard library's strings, strconv, bytes, unicode, math
//     (not math/rand), path, errors, fmt.Sprint*/Errorf, time.Date and
//     time.Parse*, regexp.Compile, slices and maps without mutation...
//     (pureFuncs); and the constructors (New...) of the gonotes library's
//     queue and threading packages.
//   - Any other var declaration — a call of a notebook func, of a method,
//     of os.Create, time.Now, rand.Intn, multiprocessing.NewPool, a receive
//     from a channel — is not run again: its variables are declared with
//     their zero value (nil, 0, "" ...) instead, of the type they had when
//     the cell ran. A kernel restart names them ("not run again, because
//     their initialisers have effects: f (cell[3]: os.Create)"), so that
//     the student runs that cell again if needed; a worker has them as zero
//     values (pass what a child needs in its Args).
//   - A variable made by a top-level `x := expr` statement is replayed, as
//     `var x = expr`, only when expr is pure; otherwise (data := load()) it
//     is a zero value, as for a var declaration. When expr reads the x it
//     declares again (`x := x + 1`), the earlier x's initialiser takes its
//     place (`var x = (1) + 1`: defineDecls); when there is none to take,
//     or the text would pass 4 KB, x is a zero value too. (Until s15 such
//     variables were left out, and with them every func using them: a
//     Process target using data was "no func work in the notebook".)
//
// Python's spawn start method re-imports the main module, which runs its
// top-level code again; a notebook cannot be re-imported, and running a
// cell's effects again behind the student's back is what this rule avoids.

// replaySpec is one spec of a var declaration that does not replay as
// written.
type replaySpec struct {
	text   string   // a pure spec: its source, replayed as "var " + text
	names  []string // an impure spec: its variables (blank ones left out)
	types  []string // their types: the spec's own, or found when the cell ran ("" while unknown)
	effect string   // the call that may have effects, for messages
	// why, when set, says why it is not run again in place of "effect
	// has effects" (a statement reading the variable it declares again,
	// whose replay text would be too long). noticedb (s15).
	why string
}

// reason returns why the spec's variables are not run again.
func (rs *replaySpec) reason() string {
	if rs.why != "" {
		return rs.why
	}
	return rs.effect + " has effects and is not run again"
}

// pureFuncs lists, by import path, the functions whose calls an initialiser
// may make and still be replayed ("*": every function of the package).
var pureFuncs = map[string][]string{
	"strings":      {"*"},
	"strconv":      {"*"},
	"bytes":        {"*"},
	"unicode":      {"*"},
	"unicode/utf8": {"*"},
	"math":         {"*"},
	"math/bits":    {"*"},
	"math/cmplx":   {"*"},
	"path":         {"*"},
	"path/filepath": {"Base", "Clean", "Dir", "Ext", "FromSlash", "IsAbs", "Join", "Match", "Rel", "Split",
		"SplitList", "ToSlash", "VolumeName"},
	"errors":          {"New", "Join", "Is", "Unwrap"},
	"fmt":             {"Sprint", "Sprintf", "Sprintln", "Errorf", "Append", "Appendf", "Appendln"},
	"time":            {"Date", "Unix", "UnixMilli", "UnixMicro", "Parse", "ParseDuration", "ParseInLocation", "FixedZone"},
	"regexp":          {"Compile", "MustCompile", "QuoteMeta", "MatchString"},
	"math/big":        {"NewInt", "NewFloat", "NewRat"},
	"container/list":  {"New"},
	"container/ring":  {"New"},
	"context":         {"Background", "TODO"},
	"sync":            {"NewCond", "OnceFunc", "OnceValue", "OnceValues"},
	"encoding/hex":    {"EncodeToString", "DecodeString"},
	"encoding/json":   {"Marshal", "MarshalIndent", "Valid"},
	"unicode/utf16":   {"*"},
	"html":            {"EscapeString", "UnescapeString"},
	"slices":          {"Clone", "Collect", "Compare", "Concat", "Contains", "ContainsFunc", "Equal", "Index", "IndexFunc", "IsSorted", "Max", "Min", "Repeat", "Sorted", "Values", "BinarySearch"},
	"maps":            {"Clone", "Collect", "Equal", "Keys", "Values"},
	"cmp":             {"Compare", "Less", "Or"},
	libPath + "queue": {"New*"},
	// threading objects are made idle: a Thread or a Timer starts with
	// Start, never when it is made.
	libPath + "threading": {"New*"},
}

const libPath = "github.com/gonotes/gonotes/lib/"

// pureBuiltins are the builtins whose calls have no effect.
var pureBuiltins = map[string]bool{
	"make": true, "new": true, "len": true, "cap": true, "append": true, "min": true, "max": true,
	"complex": true, "real": true, "imag": true,
}

// predeclaredTypes are the predeclared type names (conversions).
var predeclaredTypes = map[string]bool{
	"bool": true, "string": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"byte": true, "rune": true, "float32": true, "float64": true, "complex64": true, "complex128": true,
	"any": true, "error": true,
}

// purity decides whether initialisers can be replayed.
type purity struct {
	base  map[string]string // pre-imported package names -> import paths (shared, read only)
	pkgs  map[string]string // the notebook's imports: names -> import paths, before base
	types map[string]bool   // type names declared by the notebook
}

// newPurity returns the purity checker of a cell about to be prepared.
func (s *Session) newPurity() *purity {
	p := &purity{base: basePackageNames(), pkgs: map[string]string{}, types: map[string]bool{}}
	s.declMu.Lock()
	defer s.declMu.Unlock()
	for _, d := range s.decls {
		p.learn(d)
	}
	return p
}

// learn records the names a declaration of the running cell defines.
func (p *purity) learn(d *decl) {
	switch d.kind {
	case "type":
		for _, n := range d.names {
			p.types[n] = true
		}
	case "import":
		for _, n := range d.names {
			name, quoted, _ := strings.Cut(n, " ")
			path := strings.Trim(quoted, `"`)
			if name == "" {
				name = pathImportName(path)
			}
			if name != "_" && name != "." {
				p.pkgs[name] = path
			}
		}
	}
}

// effect returns "" when x can be evaluated again without effects, else
// what may have effects: the function called ("os.Create"), or "<-" for a
// receive.
func (p *purity) effect(x ast.Expr) string {
	found := ""
	ast.Inspect(x, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // not called here
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				found = "<-"
			}
		case *ast.CallExpr:
			if !p.pureCall(n) {
				found = types.ExprString(n.Fun)
			}
		}
		return found == ""
	})
	return found
}

func (p *purity) pureCall(c *ast.CallExpr) bool {
	fun := ast.Unparen(c.Fun)
	switch f := fun.(type) {
	case *ast.Ident:
		return pureBuiltins[f.Name] || predeclaredTypes[f.Name] || p.types[f.Name]
	case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType, *ast.StarExpr:
		return true // a conversion
	case *ast.SelectorExpr:
		pkg, ok := f.X.(*ast.Ident)
		if !ok {
			return false // a method
		}
		path, ok := p.pkgs[pkg.Name]
		if !ok {
			path, ok = p.base[pkg.Name]
		}
		if !ok {
			return false
		}
		if v, ok := packages()[path][f.Sel.Name]; ok && v.Kind() == reflect.Pointer && v.IsNil() {
			return true // a conversion to a package's type (time.Duration(5))
		}
		for _, name := range pureFuncs[path] {
			if name == "*" || name == f.Sel.Name ||
				strings.HasSuffix(name, "*") && strings.HasPrefix(f.Sel.Name, strings.TrimSuffix(name, "*")) {
				return true
			}
		}
	}
	return false
}

// markEffects sets d.replay for a var declaration with an initialiser that
// may have effects; src is the text d was parsed from (positions are
// offsets in it, plus 1).
func (p *purity) markEffects(d *decl, g *ast.GenDecl, src string) {
	const off = 0
	if d.kind != "var" {
		return
	}
	var specs []replaySpec
	impure := false
	for _, sp := range g.Specs {
		vs, ok := sp.(*ast.ValueSpec)
		if !ok {
			continue
		}
		effect := ""
		for _, v := range vs.Values {
			if effect = p.effect(v); effect != "" {
				break
			}
		}
		if effect == "" {
			specs = append(specs, replaySpec{text: src[int(vs.Pos())-1-off : int(vs.End())-1-off]})
			continue
		}
		impure = true
		rs := replaySpec{effect: effect}
		typ := ""
		if vs.Type != nil {
			typ = src[int(vs.Type.Pos())-1-off : int(vs.Type.End())-1-off]
		}
		for _, n := range vs.Names {
			if n.Name != "_" {
				rs.names = append(rs.names, n.Name)
				rs.types = append(rs.types, typ)
			}
		}
		specs = append(specs, rs)
	}
	if impure {
		d.replay = specs
	}
}

// mainQual matches the package qualifier fmt's %T gives notebook types.
var mainQual = regexp.MustCompile(`\bmain\.`)

// nameZeroTypes finds the types of the variables of the cell's
// declarations that are replayed as zero values, once the declarations
// have run: fmt's %T in the interpreter (which knows the notebook's type
// names) for a variable of a concrete type, the static type for an
// interface. A type it cannot name stays "" (the variable is then left out
// of a replay).
func (s *Session) nameZeroTypes(pending []*decl) {
	type slot struct {
		spec *replaySpec
		i    int
	}
	var slots []slot
	var exprs []string
	for _, d := range pending {
		for k := range d.replay {
			rs := &d.replay[k]
			for i, n := range rs.names {
				if rs.types[i] == "" {
					slots = append(slots, slot{rs, i})
					exprs = append(exprs, fmt.Sprintf("fmt.Sprintf(%q, %s)", "%T", n))
				}
			}
		}
	}
	if len(slots) == 0 {
		return
	}
	x, err := parser.ParseExprFrom(s.i.FileSet(), "_.go", "[]string{"+strings.Join(exprs, ", ")+"}", 0)
	if err != nil {
		return
	}
	prog, err := s.compile(&ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: rtCall("Capture", x)}}})
	if err != nil {
		return
	}
	if _, err := s.i.Execute(prog); err != nil {
		return
	}
	s.rt.mu.Lock()
	names, _ := s.rt.captured.([]string)
	s.rt.captured = nil
	s.rt.mu.Unlock()
	if len(names) != len(slots) {
		return
	}
	globals := s.globals()
	s.declMu.Lock()
	defer s.declMu.Unlock()
	for k, sl := range slots {
		typ := mainQual.ReplaceAllString(names[k], "")
		if v, ok := globals[sl.spec.names[sl.i]]; ok && v.IsValid() && v.Kind() == reflect.Interface {
			// The static type: %T gives the dynamic one.
			switch t := v.Type(); {
			case t.NumMethod() == 0:
				typ = "any"
			case t.Name() != "":
				typ = t.String()
			default:
				typ = ""
			}
		}
		if typ == "<nil>" || strings.Contains(typ, "struct {") {
			typ = "" // a type the interpreter cannot name
		}
		sl.spec.types[sl.i] = typ
	}
}

// replayText writes the replay of a var declaration that has effects.
func (d *decl) replayText(b *strings.Builder) {
	for _, rs := range d.replay {
		if rs.names == nil && rs.text != "" {
			fmt.Fprintf(b, "var %s\n", rs.text)
			continue
		}
		for i, n := range rs.names {
			if rs.types[i] == "" {
				fmt.Fprintf(b, "// %s is left out: %s, and its type is unknown\n", n, rs.reason())
				continue
			}
			fmt.Fprintf(b, "// %s is a zero value: %s\nvar %s %s\n", n, rs.reason(), n, rs.types[i])
		}
	}
}

// ReplayNotes returns, for the message of a kernel restart, the variables
// that a replay of Declarations does not compute (see the rule above):
// nil when there are none.
func (s *Session) ReplayNotes() []string {
	s.declMu.Lock()
	defer s.declMu.Unlock()
	var vars []string
	for _, d := range s.decls {
		if d.broken {
			continue
		}
		for _, rs := range d.replay {
			for _, n := range rs.names {
				what := rs.effect
				if what == "" {
					what = rs.why
				}
				vars = append(vars, fmt.Sprintf("%s (%s: %s)", n, cellName(d.cell), what))
			}
		}
	}
	if len(vars) == 0 {
		return nil
	}
	return []string{
		"Not run again, because their initializers have effects: " + strings.Join(vars, ", ") + ".",
		"They are zero values now: run those cells again if you need them.",
	}
}
