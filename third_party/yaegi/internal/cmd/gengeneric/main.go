// Command gengeneric copies, from the sources of the Go toolchain in use
// ($(go env GOROOT)/src), the declarations of standard library packages that
// a symbol table of compiled code cannot hold: exported generic functions and
// types (with their methods), exported constraint interfaces, and the
// unexported declarations that they use. The interpreter compiles them on
// first use of the package, next to the package's compiled symbols (see
// interp.binSrcPkg).
//
// Usage (from stdlib/generic, see its go:generate line):
//
//	gengeneric -o dir importpath...
//
// For each import path, it writes dir/<importpath>/go1_N.go.txt. A reference
// to an exported non-generic name of the package (one that the symbol table
// has) becomes a qualified reference through an import of the package itself.
// Hand-written replacements, for declarations that the interpreter cannot
// compile (bodiless functions implemented by the runtime, unsafe code), are
// the other *.go.txt files of dir/<importpath>: the declarations they name
// are not copied, and the names they use are copied.
//
// gonotes patch (see PATCHES.md).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"log"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

func main() {
	out := flag.String("o", "src", "output directory")
	flag.Parse()
	version := runtime.Version()
	parts := strings.SplitN(strings.TrimPrefix(version, "go"), ".", 3)
	if len(parts) < 2 || strings.HasPrefix(version, "devel") {
		log.Fatalf("unsupported Go version %s", version)
	}
	prefix := "go" + parts[0] + "_" + parts[1]
	for _, p := range flag.Args() {
		if err := gen(*out, prefix, version, p); err != nil {
			log.Fatalf("%s: %v", p, err)
		}
	}
}

// decl is a top-level declaration of the package: a func (or a method, then
// recv is its receiver type name), or one spec of a type, var or const
// declaration.
type decl struct {
	name, recv string
	node       ast.Node // *ast.FuncDecl or *ast.GenDecl with this spec only
	file       *ast.File
}

func gen(out, prefix, version, importPath string) error {
	bp, err := build.Default.Import(importPath, "", 0)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files = append(files, f)
	}

	// The names that hand-written replacements declare, and use.
	dir := filepath.Join(out, filepath.FromSlash(importPath))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	outName := prefix + ".go.txt"
	replaced := map[string]bool{}
	var replFiles []*ast.File
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".go.txt") || e.Name() == outName || strings.HasPrefix(e.Name(), "go1_") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		replFiles = append(replFiles, f)
		for _, d := range split(f) {
			replaced[key(d)] = true
		}
	}

	// Index of top-level declarations.
	byName := map[string][]*decl{} // a type name indexes its methods too
	var all []*decl
	for _, f := range files {
		for _, d := range split(f) {
			all = append(all, d)
			byName[d.name] = append(byName[d.name], d)
			if d.recv != "" {
				byName[d.recv] = append(byName[d.recv], d)
			}
		}
	}

	// Roots: exported generic functions, types and their methods, and
	// exported constraint interfaces.
	selected := map[*decl]bool{}
	var queue []*decl
	from := map[*decl]*decl{} // for the error message
	var cur *decl
	add := func(d *decl) {
		if d.name != "_" && !selected[d] && !replaced[key(d)] {
			from[d] = cur
			selected[d] = true
			queue = append(queue, d)
		}
	}
	for _, d := range all {
		if d.recv == "" && ast.IsExported(d.name) && isGeneric(d) {
			for _, d2 := range byName[d.name] {
				add(d2)
			}
		}
	}
	// Exported names used by the copied code: the compiled package has them.
	qualify := map[string]bool{}
	var visit func(n ast.Node)
	visitX := func(n ast.Node) { visit(n) }
	visit = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				// Only the left part may be a reference.
				if id, ok := n.X.(*ast.Ident); ok {
					ref(id, byName, qualify, add)
					return false
				}
				visitX(n.X)
				return false
			case *ast.KeyValueExpr:
				// A struct literal field name is not a reference (it may
				// also be a map key: then it is one, we take it).
			case *ast.Field:
				// Field and parameter names are not references.
				if n.Type != nil {
					walkRefs(n.Type, func(id *ast.Ident) { ref(id, byName, qualify, add) })
				}
				return false
			case *ast.Ident:
				ref(n, byName, qualify, add)
			}
			return true
		})
	}
	for _, f := range replFiles {
		for _, d := range split(f) {
			visit(d.node)
		}
	}
	for len(queue) > 0 {
		d := queue[0]
		queue = queue[1:]
		cur = d
		if fd, ok := d.node.(*ast.FuncDecl); ok && fd.Body == nil {
			chain := key(d)
			for x := from[d]; x != nil; x = from[x] {
				chain += " <- " + key(x)
			}
			return fmt.Errorf("%s has no body (implemented by the runtime): write a replacement in %s", chain, dir)
		}
		visit(d.node)
	}
	if len(selected) == 0 && len(replFiles) == 0 {
		return fmt.Errorf("no generic declarations")
	}

	// Qualify the references to exported compiled names.
	pkgName := bp.Name
	for d := range selected {
		qualifyRefs(d.node, pkgName, qualify)
	}

	// Output, in source order, with the imports that the code uses.
	var kept []*decl
	for _, d := range all {
		if selected[d] {
			kept = append(kept, d)
		}
	}
	imports := map[string]string{} // name -> path
	for _, f := range files {
		for _, is := range f.Imports {
			p, _ := strconv.Unquote(is.Path.Value)
			name := path.Base(p)
			if is.Name != nil {
				name = is.Name.Name
			}
			imports[name] = p
		}
	}
	if len(qualify) > 0 {
		imports[pkgName] = importPath
	}
	used := map[string]bool{}
	for _, d := range kept {
		ast.Inspect(d.node, func(n ast.Node) bool {
			if se, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := se.X.(*ast.Ident); ok && imports[id.Name] != "" {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by gengeneric from the sources of %s (%s). DO NOT EDIT.\n\n", version, importPath)
	fmt.Fprintf(&b, "// Copyright The Go Authors. All rights reserved.\n// Use of this source code is governed by a BSD-style\n// license that can be found in the LICENSE file.\n\n")
	fmt.Fprintf(&b, "package %s\n\n", pkgName)
	var names []string
	for n := range used {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) > 0 {
		b.WriteString("import (\n")
		for _, n := range names {
			if p := imports[n]; path.Base(p) == n {
				fmt.Fprintf(&b, "\t%q\n", p)
			} else {
				fmt.Fprintf(&b, "\t%s %q\n", n, p)
			}
		}
		b.WriteString(")\n\n")
	}
	printed := map[ast.Node]bool{}
	for _, d := range kept {
		if printed[d.node] {
			continue
		}
		printed[d.node] = true
		if err := printer.Fprint(&b, fset, d.node); err != nil {
			return err
		}
		b.WriteString("\n\n")
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("formatting: %v\n%s", err, b.Bytes())
	}
	return os.WriteFile(filepath.Join(dir, outName), src, 0o644)
}

func key(d *decl) string {
	if d.recv != "" {
		return d.recv + "." + d.name
	}
	return d.name
}

func isIdent(n ast.Expr) bool { _, ok := n.(*ast.Ident); return ok }

// ref handles a reference to a name: a declaration of the package to copy,
// or an exported compiled name to qualify.
func ref(id *ast.Ident, byName map[string][]*decl, qualify map[string]bool, add func(*decl)) {
	ds := byName[id.Name]
	if len(ds) == 0 {
		return
	}
	if ast.IsExported(id.Name) && !isGeneric(ds[0]) && !isConstraint(ds[0]) {
		qualify[id.Name] = true
		return
	}
	for _, d := range ds {
		// An identifier names a top-level declaration, or a type whose
		// methods come with it; never a method (a method is reached
		// through its type).
		if d.recv == "" && d.name == id.Name || d.recv == id.Name {
			add(d)
		}
	}
}

// walkRefs calls f for the identifiers of a type expression.
func walkRefs(n ast.Node, f func(*ast.Ident)) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			return false
		case *ast.Field:
			if n.Type != nil {
				walkRefs(n.Type, f)
			}
			return false
		case *ast.Ident:
			f(n)
		}
		return true
	})
}

// qualifyRefs replaces the references to names of qualify by pkg.Name.
func qualifyRefs(n ast.Node, pkg string, qualify map[string]bool) {
	var fix func(p *ast.Expr)
	fix = func(p *ast.Expr) {
		if id, ok := (*p).(*ast.Ident); ok && qualify[id.Name] {
			*p = &ast.SelectorExpr{X: ast.NewIdent(pkg), Sel: ast.NewIdent(id.Name)}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			fix(&n.X)
			return !isIdent(n.X)
		case *ast.Field:
			fix(&n.Type)
		case *ast.CallExpr:
			fix(&n.Fun)
			for i := range n.Args {
				fix(&n.Args[i])
			}
		case *ast.CompositeLit:
			fix(&n.Type)
		case *ast.StarExpr:
			fix(&n.X)
		case *ast.ArrayType:
			fix(&n.Elt)
		case *ast.MapType:
			fix(&n.Key)
			fix(&n.Value)
		case *ast.ChanType:
			fix(&n.Value)
		case *ast.ValueSpec:
			fix(&n.Type)
			for i := range n.Values {
				fix(&n.Values[i])
			}
		case *ast.IndexExpr:
			fix(&n.X)
			fix(&n.Index)
		case *ast.IndexListExpr:
			fix(&n.X)
			for i := range n.Indices {
				fix(&n.Indices[i])
			}
		case *ast.TypeAssertExpr:
			fix(&n.Type)
		case *ast.AssignStmt:
			for i := range n.Rhs {
				fix(&n.Rhs[i])
			}
		case *ast.ReturnStmt:
			for i := range n.Results {
				fix(&n.Results[i])
			}
		case *ast.BinaryExpr:
			fix(&n.X)
			fix(&n.Y)
		case *ast.UnaryExpr:
			fix(&n.X)
		case *ast.ParenExpr:
			fix(&n.X)
		case *ast.KeyValueExpr:
			fix(&n.Value)
		case *ast.CaseClause:
			for i := range n.List {
				fix(&n.List[i])
			}
		}
		return true
	})
}

func isGeneric(d *decl) bool {
	switch n := d.node.(type) {
	case *ast.FuncDecl:
		return n.Type.TypeParams != nil && len(n.Type.TypeParams.List) > 0
	case *ast.GenDecl:
		if ts, ok := n.Specs[0].(*ast.TypeSpec); ok {
			return ts.TypeParams != nil && len(ts.TypeParams.List) > 0 || isConstraint(d)
		}
	}
	return false
}

// isConstraint reports whether d is an interface with type terms, which
// only constraints can be (the symbol tables do not have them).
func isConstraint(d *decl) bool {
	gd, ok := d.node.(*ast.GenDecl)
	if !ok {
		return false
	}
	ts, ok := gd.Specs[0].(*ast.TypeSpec)
	if !ok {
		return false
	}
	it, ok := ts.Type.(*ast.InterfaceType)
	if !ok {
		return false
	}
	for _, m := range it.Methods.List {
		if len(m.Names) == 0 {
			switch m.Type.(type) {
			case *ast.BinaryExpr, *ast.UnaryExpr:
				return true
			}
		}
	}
	return false
}

// split returns the top-level declarations of f, one per name.
func split(f *ast.File) []*decl {
	var ds []*decl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			x := &decl{name: d.Name.Name, node: d, file: f}
			if d.Recv != nil && len(d.Recv.List) > 0 {
				x.recv = recvName(d.Recv.List[0].Type)
			}
			d.Doc = nil
			ds = append(ds, x)
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			group := &ast.GenDecl{Tok: d.Tok, Lparen: 1, Rparen: 1, Specs: d.Specs}
			for _, s := range d.Specs {
				g := &ast.GenDecl{Tok: d.Tok, Specs: []ast.Spec{s}}
				if d.Tok == token.CONST && d.Lparen.IsValid() {
					g = group // keep iota groups together
				}
				switch s := s.(type) {
				case *ast.TypeSpec:
					s.Doc, s.Comment = nil, nil
					ds = append(ds, &decl{name: s.Name.Name, node: g, file: f})
				case *ast.ValueSpec:
					s.Doc, s.Comment = nil, nil
					for _, n := range s.Names {
						ds = append(ds, &decl{name: n.Name, node: g, file: f})
					}
				}
			}
		}
	}
	return ds
}

func recvName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
