package eval

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// The kernel follows "the newest declaration wins everywhere": when a
// cell declares again a func, a type, a method, a constant or a variable
// (also a variable of main made again with :=), the notebook's funcs,
// methods and types that use it are compiled again and use the new one
// from then on (see Session.redefined). Export renames a name declared
// again (name_2), so it declares again, under new names too, the funcs
// and types that use it, transitively, and the later cells use those
// (refresh). A method cannot be declared twice on a type: a method
// declared more than once calls a func variable that each of its
// declarations sets, where the notebook ran it (method).
//
// As in the kernel, a func value or a closure made before the
// redeclaration keeps the old funcs, and a package-level var's initialiser
// is not computed again. What stays different: a method declared again
// with another signature, or on a generic type, cannot be declared again
// (a NOT EXACT comment in the program says so where the notebook declared
// it); a declaration piece holding several funcs or types (type ( A ...;
// B ... )) is not declared again; a method declared again for a name a
// cell declares again gets its new body at the start of that cell, so a
// statement of the cell above the declaration already sees it.

// defRec is a func, type or method of the notebook as last declared: its
// piece, to declare it again with the names of the moment.
type defRec struct {
	key    string // its name; "Type.Method" for a method (Type as written)
	kind   string // "func", "type" or "method"
	p      piece
	file   *ast.File
	off    int
	free   map[string]bool // names it uses that it does not declare
	inMain bool            // a func variable of main
}

// name returns the name the record declares (not for a method).
func (r *defRec) name() string { return r.key }

// record keeps r as the current declaration of its key.
func (x *exporter) record(r *defRec) {
	if _, ok := x.recs[r.key]; !ok {
		x.recOrder = append(x.recOrder, r.key)
	}
	x.recs[r.key] = r
}

// freeSet returns freeNames(f) as a set.
func freeSet(f *ast.File) map[string]bool {
	out := map[string]bool{}
	for _, n := range freeNames(f) {
		out[n] = true
	}
	return out
}

// refresh declares again, under new names, the recorded funcs and types
// that use a name of changed (names declared again), transitively, and
// the methods that use one (own: methods the cell declares itself, which
// are not). Funcs that use a variable of main become func variables of
// main, at this point of main; the others go to the package level.
func (x *exporter) refresh(changed, own map[string]bool) {
	if len(changed) == 0 {
		return
	}
	var why []string
	for n := range changed {
		why = append(why, x.env[n])
	}
	sort.Strings(why)
	var todo []*defRec
	in := map[*defRec]bool{}
	for grew := true; grew; {
		grew = false
		for _, k := range x.recOrder {
			r := x.recs[k]
			if in[r] || own[k] || r.kind != "method" && changed[r.name()] {
				continue
			}
			uses := false
			for n := range r.free {
				uses = uses || changed[n]
			}
			if !uses {
				continue
			}
			in[r], grew = true, true
			todo = append(todo, r)
			if r.kind != "method" {
				changed[r.name()] = true
			}
		}
	}
	if len(todo) == 0 {
		return
	}
	x.refreshes++
	kept := todo[:0]
	for _, r := range todo {
		id := fmt.Sprint(x.refreshes, " ", r.key)
		if x.broken[id] {
			// The kernel keeps the old version, not called by the others.
			x.decls = append(x.decls, fmt.Sprintf("// %s %s does not compile with the new %s: the notebook keeps the one before", r.kind, r.key, strings.Join(why, ", ")))
			continue
		}
		kept = append(kept, r)
		if r.kind != "method" {
			x.env[r.name()] = x.fresh(r.name())
			x.redone = append(x.redone, redoneDecl{id, x.env[r.name()]})
		} else {
			fd := r.file.Decls[0].(*ast.FuncDecl)
			typ := recvName(fd.Recv.List[0].Type)
			if s, ok := x.env[typ]; ok {
				typ = s
			}
			x.redone = append(x.redone, redoneDecl{id, typ + "." + fd.Name.Name})
		}
	}
	todo = kept
	// Funcs that use a variable of main (or such a func) live in main.
	for grew := true; grew; {
		grew = false
		for _, r := range todo {
			if r.kind != "func" || r.inMain || r.file.Decls[0].(*ast.FuncDecl).Type.TypeParams != nil {
				continue
			}
			for n := range r.free {
				if x.mainVars[x.env[n]] {
					r.inMain, grew = true, true
					x.mainVars[x.env[r.name()]] = true
					break
				}
			}
		}
	}
	note := "// declared again for the new " + strings.Join(why, ", ") + ", as the notebook does"
	varAt := -1
	var varDecls []string
	for _, r := range todo {
		if r.inMain {
			if varAt < 0 {
				varAt = len(x.stmts)
				x.stmts = append(x.stmts, "")
			}
			if v := x.funcInMain(r.p, r.file, r.off); v != "" {
				varDecls = append(varDecls, v)
			}
			continue
		}
		n := len(x.decls)
		x.decl("", r.p, r.file, r.off)
		if len(x.decls) > n {
			x.decls[n] = note + "\n" + x.decls[n]
		}
	}
	if varAt >= 0 {
		x.stmts[varAt] = note + "\n" + strings.Join(varDecls, "\n")
	}
}

// method adds a method declaration piece. A method declared more than
// once on a type (x.dispatch, found by a first pass) is declared once, as
// a call of a func variable, and each of its declarations assigns the
// variable in main, where the notebook ran it.
func (x *exporter) method(header string, p piece, f *ast.File, off int) {
	fd := f.Decls[0].(*ast.FuncDecl)
	typ := recvName(fd.Recv.List[0].Type)
	x.record(&defRec{key: typ + "." + fd.Name.Name, kind: "method", p: p, file: f, off: off, free: freeSet(f)})
	spelled := typ
	if s, ok := x.env[typ]; ok {
		spelled = s
	}
	key := spelled + "." + fd.Name.Name
	x.methodCount[key]++
	generic := false
	ast.Inspect(fd.Recv, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			generic = true
		}
		return !generic
	})
	if generic && x.methodCount[key] > 1 {
		// No func variable can hold a method of a generic type.
		x.stmts = append(x.stmts, fmt.Sprintf("// NOT EXACT: %s, a method of a generic type, is declared again here (or\n// again for a name it uses): the program keeps the one before:\n%s", key, commentOut(x.rename(f, off, p.text, nil, nil))))
		return
	}
	if !x.dispatch[key] || generic {
		x.declAsIs(header, p, f, off)
		return
	}
	text := x.rename(f, off, p.text, nil, nil)
	const pre = "package p\n"
	g, err := parser.ParseFile(token.NewFileSet(), "", pre+text, parser.ParseComments)
	if err != nil || len(g.Decls) != 1 {
		x.declAsIs(header, p, f, off) // cannot happen: keep it as it is
		return
	}
	gd := g.Decls[0].(*ast.FuncDecl)
	src := func(n ast.Node) string { return text[int(n.Pos())-1-len(pre) : int(n.End())-1-len(pre)] }
	// The func literal's parameters: the receiver, then the method's, all
	// named (_ for those without a name).
	var lit, fwd, params []string
	fields := append([]*ast.Field{gd.Recv.List[0]}, gd.Type.Params.List...)
	for i, fl := range fields {
		names := "_"
		if len(fl.Names) > 0 {
			var ns []string
			for _, id := range fl.Names {
				ns = append(ns, id.Name)
			}
			names = strings.Join(ns, ", ")
		}
		lit = append(lit, names+" "+src(fl.Type))
		if i == 0 {
			fwd = append(fwd, "recv")
			continue
		}
		for j := 0; j < max(1, len(fl.Names)); j++ {
			a := fmt.Sprintf("a%d", len(params))
			params = append(params, a+" "+src(fl.Type))
			if _, dots := fl.Type.(*ast.Ellipsis); dots {
				a += "..."
			}
			fwd = append(fwd, a)
		}
	}
	results := ""
	if gd.Type.Results != nil {
		results = " " + src(gd.Type.Results)
	}
	sig := "(" + strings.Join(lit, ", ") + ")" + results
	v, ok := x.dispatchVar[key]
	if ok && x.dispatchSig[key] != typeOnly(sig) {
		x.stmts = append(x.stmts, fmt.Sprintf("// NOT EXACT: %s is declared again here with another signature, func%s; a Go\n// type cannot have both methods, so the program keeps the one before:\n%s", key, sig, commentOut(text)))
		return
	}
	if !ok {
		x.dispatchSig[key] = typeOnly(sig)
		v = x.fresh(strings.ReplaceAll(key, ".", "_"))
		x.dispatchVar[key] = v
		call := v + "(" + strings.Join(fwd, ", ") + ")"
		if results != "" {
			call = "return " + call
		}
		hdr := ""
		if header != "" && x.declCell != header {
			hdr, x.declCell = header+"\n", header
		}
		x.decls = append(x.decls, fmt.Sprintf("%s// %s is declared again by the notebook: it calls %s, which each of its\n// declarations sets in main, where the notebook ran it.\nvar %s func%s\n\nfunc (recv %s) %s(%s)%s { %s }",
			hdr, key, v, v, sig, src(gd.Recv.List[0].Type), gd.Name.Name, strings.Join(params, ", "), results, call))
	}
	lead := strings.TrimSpace(text[:int(gd.Type.Func)-1-len(pre)])
	if lead != "" {
		lead += "\n"
	}
	x.stmts = append(x.stmts, fmt.Sprintf("%s%s = func%s %s // %s", lead, v, sig, src(gd.Body), key))
}

// typeOnly returns a func literal's signature without its parameter
// names, to compare two (a parse error gives sig itself).
func typeOnly(sig string) string {
	e, err := parser.ParseExpr("func" + sig + " {}")
	lit, ok := e.(*ast.FuncLit)
	if err != nil || !ok {
		return sig
	}
	var b strings.Builder
	for _, fl := range lit.Type.Params.List {
		for range max(1, len(fl.Names)) {
			fmt.Fprintf(&b, "%s,", sig[int(fl.Type.Pos())-1-len("func"):int(fl.Type.End())-1-len("func")])
		}
	}
	if r := lit.Type.Results; r != nil {
		b.WriteString(")")
		for _, fl := range r.List {
			for range max(1, len(fl.Names)) {
				fmt.Fprintf(&b, "%s,", sig[int(fl.Type.Pos())-1-len("func"):int(fl.Type.End())-1-len("func")])
			}
		}
	}
	return b.String()
}

// redoneDecl is a declaration refresh made: its id ("refresh key") and
// its name in the program ("Type.Method" for a method).
type redoneDecl struct{ id, spelled string }

// stdOnly imports the standard library only.
type stdOnly struct{ types.Importer }

// Import imports a package of the standard library.
func (s stdOnly) Import(path string) (*types.Package, error) {
	if strings.Contains(strings.Split(path, "/")[0], ".") {
		return nil, fmt.Errorf("export: %s is not in the standard library", path)
	}
	return s.Importer.Import(path)
}

// brokenRedone type-checks an exported program and returns the ids of the
// declarations of redone that do not compile: the kernel, which compiles
// again the funcs that use a name declared again, leaves out those that
// no longer compile. Packages outside the standard library are not
// imported (what uses them is not checked).
func brokenRedone(src []byte, redone []redoneDecl) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		return nil
	}
	byName := map[string]string{}
	for _, r := range redone {
		byName[r.spelled] = r.id
	}
	type span struct {
		from, to token.Pos
		id       string
	}
	var spans []span
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			name := d.Name.Name
			if d.Recv != nil && len(d.Recv.List) == 1 {
				name = recvName(d.Recv.List[0].Type) + "." + name
			}
			if id, ok := byName[name]; ok {
				spans = append(spans, span{d.Pos(), d.End(), id})
			}
			if name != "main" || d.Body == nil {
				continue
			}
			// Funcs of main: `f_2 = func(...) {...}`.
			for _, st := range d.Body.List {
				if as, ok := st.(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
					if lhs, ok := as.Lhs[0].(*ast.Ident); ok {
						if id, ok := byName[lhs.Name]; ok {
							spans = append(spans, span{as.Pos(), as.End(), id})
						}
					}
				}
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					if id, ok := byName[ts.Name.Name]; ok {
						spans = append(spans, span{d.Pos(), d.End(), id})
					}
				}
			}
		}
	}
	if len(spans) == 0 {
		return nil
	}
	var out []string
	conf := types.Config{
		Importer: stdOnly{importer.ForCompiler(fset, "source", nil)},
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				for _, s := range spans {
					if te.Pos >= s.from && te.Pos < s.to {
						out = append(out, s.id)
					}
				}
			}
		},
	}
	_, _ = conf.Check("main", fset, []*ast.File{f}, nil)
	return out
}
