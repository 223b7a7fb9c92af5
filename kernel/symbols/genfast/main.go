// Command genfast writes the fast callers (interp.FastCalls, a gonotes
// patch of yaegi) of the exported functions and methods of Go packages: a
// typed Go function per function or method, which calls it without
// reflect.Value.Call. Interpreted notebook cells call the library through
// these, about ten times faster for short calls such as Lock.Acquire.
//
// Usage:
//
//	genfast -o FILE -pkg NAME [-var Fast] [-only A,B] [-variadic] IMPORTPATH...
//
// A function or method is left out (and keeps the reflect call) when it is
// generic, variadic (unless -variadic), or when its signature names a type
// the output package cannot name (unexported, or in an internal package).
// With -variadic, the caller of a variadic function converts each argument
// given for its last parameter (a call spreading a slice, f(xs...), keeps
// the reflect call).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"go/importer"
	"go/token"
	"go/types"
	"log"
	"os"
	"os/exec"
	"path"
	"sort"
	"strings"
)

func main() {
	out := flag.String("o", "", "output file")
	pkgName := flag.String("pkg", "", "package name of the output file")
	varName := flag.String("var", "Fast", "name of the generated interp.FastCalls variable")
	only := flag.String("only", "", "comma-separated names: generate only these types and functions")
	variadic := flag.Bool("variadic", false, "generate callers of variadic functions too")
	flag.Parse()
	if *out == "" || *pkgName == "" || flag.NArg() == 0 {
		log.Fatal("usage: genfast -o FILE -pkg NAME [-var Fast] [-only A,B] IMPORTPATH...")
	}
	self, err := currentImportPath()
	if err != nil {
		log.Fatal(err)
	}
	g := newGen(self, *only)
	g.variadic = *variadic
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	for _, p := range flag.Args() {
		pkg, err := imp.Import(p)
		if err != nil {
			log.Fatalf("genfast: import %s: %v", p, err)
		}
		g.pkg(pkg)
	}
	src, err := g.file(*pkgName, *varName)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// currentImportPath is the import path of the package in the current
// directory (the output package).
func currentImportPath() (string, error) {
	b, err := exec.Command("go", "list", ".").Output()
	if err != nil {
		return "", fmt.Errorf("go list .: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

type gen struct {
	self    string          // import path of the output package
	only    map[string]bool // if not empty, the names to generate
	imports map[string]string
	names   map[string]string // alias -> import path
	funcs   []string
	methods map[string][]string // receiver type expression -> entries
	// variadic: generate callers of variadic functions and methods.
	variadic bool
}

func newGen(self, only string) *gen {
	g := &gen{
		self:    self,
		imports: map[string]string{},
		names:   map[string]string{},
		methods: map[string][]string{},
	}
	if only != "" {
		g.only = map[string]bool{}
		for _, n := range strings.Split(only, ",") {
			g.only[strings.TrimSpace(n)] = true
		}
	}
	g.qualify("reflect")
	g.qualify("github.com/traefik/yaegi/interp")
	return g
}

// qualify returns the name under which the output file refers to the
// package with import path p ("" for the output package itself).
func (g *gen) qualify(p string) string {
	if p == g.self {
		return ""
	}
	if a, ok := g.imports[p]; ok {
		return a
	}
	a := path.Base(p)
	for i := 2; g.names[a] != ""; i++ {
		a = fmt.Sprintf("%s%d", path.Base(p), i)
	}
	g.imports[p], g.names[a] = a, p
	return a
}

func (g *gen) qualifier(p *types.Package) string { return g.qualify(p.Path()) }

// nameable reports whether the output package can spell type t.
func (g *gen) nameable(t types.Type) bool {
	ok := true
	var walk func(t types.Type)
	seen := map[types.Type]bool{}
	walk = func(t types.Type) {
		if !ok || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Basic:
			if t.Kind() == types.UnsafePointer || t.Info()&types.IsUntyped != 0 {
				ok = false
			}
		case *types.Named:
			obj := t.Obj()
			if obj.Pkg() == nil {
				return // error, comparable
			}
			if !obj.Exported() && obj.Pkg().Path() != g.self {
				ok = false
				return
			}
			if p := obj.Pkg().Path(); p != g.self && (strings.Contains(p, "/internal/") || strings.HasSuffix(p, "/internal") || strings.HasPrefix(p, "internal/") || p == "main") {
				ok = false
				return
			}
			if args := t.TypeArgs(); args != nil {
				for i := 0; i < args.Len(); i++ {
					walk(args.At(i))
				}
			}
		case *types.Alias:
			walk(types.Unalias(t))
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			if t.TypeParams() != nil {
				ok = false
				return
			}
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type())
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				if !t.Field(i).Exported() {
					ok = false
				}
				walk(t.Field(i).Type())
			}
		case *types.Interface:
			for i := 0; i < t.NumMethods(); i++ {
				if !t.Method(i).Exported() {
					ok = false
				}
				walk(t.Method(i).Type())
			}
		default:
			ok = false
		}
	}
	walk(t)
	return ok
}

// usable reports whether a call of sig can be generated.
func (g *gen) usable(sig *types.Signature) bool {
	if (sig.Variadic() && !g.variadic) || sig.TypeParams() != nil || sig.RecvTypeParams() != nil {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if !g.nameable(sig.Params().At(i).Type()) {
			return false
		}
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if !g.nameable(sig.Results().At(i).Type()) {
			return false
		}
	}
	return true
}

func (g *gen) typ(t types.Type) string { return types.TypeString(t, g.qualifier) }

// call writes the body of a FastCall: convert in[first:] to the
// parameters, call callee, return the results.
func (g *gen) call(b *bytes.Buffer, callee string, sig *types.Signature, first int) {
	np := sig.Params().Len()
	minIn := first + np // the fewest arguments in a call
	if sig.Variadic() {
		// The arguments of the last parameter come one by one.
		minIn--
		fmt.Fprintf(b, "if len(in) < %d { return nil, false }\n", minIn)
	} else {
		fmt.Fprintf(b, "if len(in) != %d { return nil, false }\n", minIn)
	}
	var args []string
	for i := 0; i < np; i++ {
		a := fmt.Sprintf("a%d", i)
		if sig.Variadic() && i == np-1 {
			elem := g.typ(sig.Params().At(i).Type().(*types.Slice).Elem())
			fmt.Fprintf(b, "%s := make([]%s, len(in)-%d)\nfor i := range %s {\nv, ok := interp.FastArg[%s](in[%d+i])\nif !ok { return nil, false }\n%s[i] = v\n}\n",
				a, elem, minIn, a, elem, minIn, a)
			args = append(args, a+"...")
			continue
		}
		fmt.Fprintf(b, "%s, ok := interp.FastArg[%s](in[%d])\nif !ok { return nil, false }\n", a, g.typ(sig.Params().At(i).Type()), first+i)
		args = append(args, a)
	}
	c := fmt.Sprintf("%s(%s)", callee, strings.Join(args, ", "))
	nr := sig.Results().Len()
	if nr == 0 {
		fmt.Fprintf(b, "%s\nreturn nil, true\n", c)
		return
	}
	var rs, vs []string
	for i := 0; i < nr; i++ {
		r := fmt.Sprintf("r%d", i)
		rs = append(rs, r)
		rt := sig.Results().At(i).Type()
		if types.IsInterface(rt) {
			vs = append(vs, fmt.Sprintf("interp.FastIface[%s](%s)", g.typ(rt), r))
		} else {
			vs = append(vs, fmt.Sprintf("reflect.ValueOf(%s)", r))
		}
	}
	fmt.Fprintf(b, "%s := %s\n", strings.Join(rs, ", "), c)
	if nr <= minIn {
		// The arguments are spent: the results reuse their slice.
		for i, v := range vs {
			fmt.Fprintf(b, "in[%d] = %s\n", i, v)
		}
		fmt.Fprintf(b, "return in[:%d], true\n", nr)
		return
	}
	fmt.Fprintf(b, "return []reflect.Value{%s}, true\n", strings.Join(vs, ", "))
}

func (g *gen) pkg(pkg *types.Package) {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if !token.IsExported(name) || (g.only != nil && !g.only[name]) {
			continue
		}
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			sig := obj.Type().(*types.Signature)
			if !g.usable(sig) {
				continue
			}
			callee := g.qualifiedName(pkg, name)
			var b bytes.Buffer
			fmt.Fprintf(&b, "reflect.ValueOf(%s).Pointer(): func(in []reflect.Value) ([]reflect.Value, bool) {\n", callee)
			g.call(&b, callee, sig, 0)
			b.WriteString("},\n")
			g.funcs = append(g.funcs, b.String())
		case *types.TypeName:
			if obj.IsAlias() {
				continue
			}
			named, ok := obj.Type().(*types.Named)
			if !ok || named.TypeParams() != nil || types.IsInterface(named) {
				continue
			}
			for _, recv := range []types.Type{named, types.NewPointer(named)} {
				g.methodSet(recv)
			}
		}
	}
}

func (g *gen) qualifiedName(pkg *types.Package, name string) string {
	if q := g.qualify(pkg.Path()); q != "" {
		return q + "." + name
	}
	return name
}

func (g *gen) methodSet(recv types.Type) {
	ms := types.NewMethodSet(recv)
	rt := g.typ(recv)
	for i := 0; i < ms.Len(); i++ {
		sel := ms.At(i)
		fn := sel.Obj().(*types.Func)
		if !fn.Exported() {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if !g.usable(sig) {
			continue
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "%q: func(in []reflect.Value) ([]reflect.Value, bool) {\n", fn.Name())
		fmt.Fprintf(&b, "if len(in) == 0 { return nil, false }\nrecv, ok := interp.FastArg[%s](in[0])\nif !ok { return nil, false }\n", rt)
		g.call(&b, "recv."+fn.Name(), sig, 1)
		b.WriteString("},\n")
		g.methods[rt] = append(g.methods[rt], b.String())
	}
}

func (g *gen) file(pkgName, varName string) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by genfast; DO NOT EDIT.\n\npackage %s\n\nimport (\n", pkgName)
	var paths []string
	for p := range g.imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if a := g.imports[p]; a != path.Base(p) {
			fmt.Fprintf(&b, "%s %q\n", a, p)
		} else {
			fmt.Fprintf(&b, "%q\n", p)
		}
	}
	b.WriteString(")\n\n")
	fmt.Fprintf(&b, "// %s holds the fast callers of the exported functions and methods of\n// the packages above, for interp.Interpreter.UseFast.\n", varName)
	fmt.Fprintf(&b, "var %s = interp.FastCalls{\nFuncs: map[uintptr]interp.FastCall{\n", varName)
	for _, f := range g.funcs {
		b.WriteString(f)
	}
	b.WriteString("},\nMethods: map[reflect.Type]map[string]interp.FastCall{\n")
	var recvs []string
	for r := range g.methods {
		recvs = append(recvs, r)
	}
	sort.Strings(recvs)
	for _, r := range recvs {
		fmt.Fprintf(&b, "reflect.TypeFor[%s](): {\n", r)
		for _, m := range g.methods[r] {
			b.WriteString(m)
		}
		b.WriteString("},\n")
	}
	b.WriteString("},\n}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return b.Bytes(), fmt.Errorf("genfast: format: %w", err)
	}
	return src, nil
}
