package eval

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/traefik/yaegi/stdlib"
)

// Every exported generic function and generic type (with its exported
// methods) of the standard library packages that cells can import is usable
// from a cell (issue 11). The list is that of the toolchain running the test:
// the declarations are found in the sources of $(go env GOROOT)/src, for
// the packages of the session's symbol tables (stdlib.Symbols).
func TestGenericStdlibComplete(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks standard library packages from source")
	}
	var paths []string
	for key := range stdlib.Symbols {
		p := path.Dir(key)
		if genstdExcluded(p) {
			continue
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)

	// Packages with exported generic declarations, found by parsing (cheap);
	// only those are type-checked.
	var generic []string
	for _, p := range paths {
		if hasExportedGeneric(t, p) {
			generic = append(generic, p)
		}
	}
	if len(generic) == 0 {
		t.Fatal("no package with generic declarations: the enumeration is broken")
	}

	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
	// The candidate type arguments, tried in this order for each type
	// parameter until the instantiation is valid.
	hash, err := imp.Import("hash")
	if err != nil {
		t.Fatal(err)
	}
	candidates := []types.Type{
		types.Typ[types.Int], types.Typ[types.String], types.Universe.Lookup("error").Type(),
		hash.Scope().Lookup("Hash").Type(), types.NewSlice(types.Typ[types.Int]),
		types.NewMap(types.Typ[types.Int], types.Typ[types.Int]), types.Universe.Lookup("any").Type(),
	}

	type check struct{ name, cell string }
	var checks []check
	for _, p := range generic {
		pkg, err := imp.Import(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, name := range pkg.Scope().Names() {
			obj := pkg.Scope().Lookup(name)
			if !obj.Exported() {
				continue
			}
			var tparams *types.TypeParamList
			switch o := obj.(type) {
			case *types.Func:
				tparams = o.Type().(*types.Signature).TypeParams()
			case *types.TypeName:
				if n, ok := o.Type().(*types.Named); ok && !o.IsAlias() {
					tparams = n.TypeParams()
				}
			}
			if tparams.Len() == 0 {
				continue
			}
			targs := instantiation(obj.Type(), tparams, candidates)
			qname := p + "." + name
			if targs == nil {
				t.Errorf("%s: no instantiation with the candidate types (add one)", qname)
				continue
			}
			inst, err := types.Instantiate(nil, obj.Type(), targs, true)
			if err != nil {
				t.Fatalf("%s: %v", qname, err)
			}
			c := newCellWriter(pkg)
			if _, ok := obj.(*types.Func); ok {
				c.call(pkg.Name()+"."+name+c.targs(targs), inst.(*types.Signature))
				checks = append(checks, check{qname, c.String()})
				// The instance as a value.
				c = newCellWriter(pkg)
				c.line("f := %s.%s%s", pkg.Name(), name, c.targs(targs))
				c.line("var g = %s.%s%s", pkg.Name(), name, c.targs(targs))
				c.line("_, _ = f, g")
				checks = append(checks, check{qname + " (value)", c.String()})
				continue
			}
			// A variable of the type, and a call of each exported method.
			named := inst.(*types.Named)
			c.line("var v %s", c.typ(named))
			c.line("_ = v")
			checks = append(checks, check{qname, c.String()})
			for i := 0; i < named.NumMethods(); i++ {
				m := named.Method(i)
				if !m.Exported() {
					continue
				}
				c := newCellWriter(pkg)
				c.line("var v %s", c.typ(named))
				c.call("v."+m.Name(), m.Type().(*types.Signature))
				checks = append(checks, check{qname + "." + m.Name(), c.String()})
				// The method value and the method expression.
				c = newCellWriter(pkg)
				recv := c.typ(named)
				if _, ptr := m.Type().(*types.Signature).Recv().Type().(*types.Pointer); ptr {
					recv = "(*" + recv + ")"
				}
				c.line("var v %s", c.typ(named))
				c.line("mv := v.%s", m.Name())
				c.line("me := %s.%s", recv, m.Name())
				c.line("_, _ = mv, me")
				checks = append(checks, check{qname + "." + m.Name() + " (value)", c.String()})
			}
		}
	}

	// Each cell is valid Go (type-checked here), then compiled by a session.
	ts := newSession(t)
	var missing []string
	for i, ch := range checks {
		src := ch.cell
		if err := typeCheckCell(imp, fset, i, src); err != nil {
			t.Errorf("%s: the test's cell is not valid Go: %v\n%s", ch.name, err, src)
			continue
		}
		r := ts.run(src)
		switch reason, known := genstdKnown[ch.name]; {
		case r.err != nil && !known:
			missing = append(missing, fmt.Sprintf("%s: %v", ch.name, firstLine(r.err.Error())))
		case r.err == nil && known:
			t.Errorf("%s works now: remove it from genstdKnown (%s)", ch.name, reason)
		}
	}
	t.Logf("%d generic declarations and methods checked in %d packages (%d known gaps)", len(checks), len(generic), len(genstdKnown))
	if len(missing) > 0 {
		t.Errorf("%d of %d not usable from a cell:\n%s", len(missing), len(checks), strings.Join(missing, "\n"))
	}
}

// genstdKnown lists the generic declarations of the standard library that
// cells cannot use yet, with the reason. One that works fails the test.
var genstdKnown = map[string]string{}

// genstdExcluded reports whether the generic declarations of the package at
// path p are out of the scope of TestGenericStdlibComplete.
func genstdExcluded(p string) bool {
	switch {
	case strings.Contains(p, "."): // not the standard library
		return true
	case p == "testing" || strings.HasPrefix(p, "testing/"):
		// The testing framework is not for cells (no test runner).
		return true
	}
	return false
}

// hasExportedGeneric reports whether package p has an exported generic
// function or type, by parsing the files of the current build context.
func hasExportedGeneric(t *testing.T, p string) bool {
	bp, err := build.Default.Import(p, "", 0)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	fset := token.NewFileSet()
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() && d.Type.TypeParams != nil {
					return true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.IsExported() && ts.TypeParams != nil {
						return true
					}
				}
			}
		}
	}
	return false
}

// instantiation returns type arguments from candidates that instantiate
// typ, the first valid combination, or nil.
func instantiation(typ types.Type, tparams *types.TypeParamList, candidates []types.Type) []types.Type {
	n := tparams.Len()
	idx := make([]int, n)
	for {
		targs := make([]types.Type, n)
		for i, j := range idx {
			targs[i] = candidates[j]
		}
		if _, err := types.Instantiate(nil, typ, targs, true); err == nil {
			return targs
		}
		i := 0
		for ; i < n; i++ {
			idx[i]++
			if idx[i] < len(candidates) {
				break
			}
			idx[i] = 0
		}
		if i == n {
			return nil
		}
	}
}

// cellWriter writes the source of a cell that refers to declarations of a
// package, with the imports that it needs.
type cellWriter struct {
	pkg     *types.Package
	imports map[string]string // name -> path
	body    strings.Builder
}

func newCellWriter(pkg *types.Package) *cellWriter {
	return &cellWriter{pkg: pkg, imports: map[string]string{pkg.Name(): pkg.Path()}}
}

func (c *cellWriter) typ(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		c.imports[p.Name()] = p.Path()
		return p.Name()
	})
}

func (c *cellWriter) targs(targs []types.Type) string {
	var s []string
	for _, t := range targs {
		s = append(s, c.typ(t))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func (c *cellWriter) line(format string, args ...any) {
	fmt.Fprintf(&c.body, format+"\n", args...)
}

// call writes a call of fn with zero values as arguments, in the body of a
// function that is never called: the cell compiles it and runs nothing.
func (c *cellWriter) call(fn string, sig *types.Signature) {
	var args []string
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		if sig.Variadic() && i == params.Len()-1 {
			break
		}
		args = append(args, "*new("+c.typ(params.At(i).Type())+")")
	}
	call := fn + "(" + strings.Join(args, ", ") + ")"
	if n := sig.Results().Len(); n > 0 {
		call = strings.Repeat("_, ", n-1) + "_ = " + call
	}
	c.line("_ = func() {")
	c.line("\t%s", call)
	c.line("}")
}

func (c *cellWriter) String() string {
	var b strings.Builder
	var names []string
	for n := range c.imports {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := c.imports[n]
		if path.Base(p) == n {
			fmt.Fprintf(&b, "import %q\n", p)
		} else {
			fmt.Fprintf(&b, "import %s %q\n", n, p)
		}
	}
	return b.String() + c.body.String()
}

// typeCheckCell type-checks the cell src as the body of a package main.
func typeCheckCell(imp types.ImporterFrom, fset *token.FileSet, i int, src string) error {
	var imports, body []string
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, "import ") {
			imports = append(imports, l)
		} else {
			body = append(body, l)
		}
	}
	file := "package main\n" + strings.Join(imports, "\n") + "\nfunc main() {\n" + strings.Join(body, "\n") + "\n}\n"
	f, err := parser.ParseFile(fset, fmt.Sprintf("cell%d.go", i), file, 0)
	if err != nil {
		return err
	}
	_, err = (&types.Config{Importer: imp}).Check("main", fset, []*ast.File{f}, nil)
	return err
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
