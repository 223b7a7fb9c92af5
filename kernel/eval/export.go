package eval

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Export turns the code cells of a notebook, in order, into one Go
// program (package main) that `go run` runs, as the engine runs the cells:
//
//   - the imports of every cell are merged (those left unused are dropped);
//   - declarations (types, funcs, methods, consts, vars) go to the package
//     level, in cell order, except a var whose initialiser uses a variable
//     made by a cell's statements, which runs in main where it was, and a
//     func that uses one (or such a func), which becomes a func variable of
//     main (declared at the start of its cell, assigned after the
//     variables it uses); a method that uses one does not compile;
//   - the statements of every cell go to main, in cell order; the final
//     expression of a cell is printed (the cell's result), unless it is a
//     call;
//   - a name defined again by a later cell (a notebook's redefinition of a
//     func, a variable made again with :=) becomes a new name, name_2,
//     name_3..., and the later cells use it; a variable of main that
//     nothing uses gets `_ = name`;
//   - as the kernel, where the newest declaration wins everywhere, the
//     funcs, types and methods that use a name declared again are declared
//     again too, with the new names (see refresh in export_redefine.go): a
//     method declared more than once on a type calls a func variable that
//     each of its declarations sets;
//   - magic and shell lines (%time, %%timeit, !ls) become comments, and a
//     cell that does not parse is kept as a comment, with the reason;
//   - a program that imports lib/multiprocessing registers its top-level
//     funcs as process targets with multiprocessing.Main, first in main.
//
// name is the notebook's file name, for the header comment.
func Export(name string, cells []string) ([]byte, error) {
	broken := map[string]bool{}
	for round := 0; ; round++ {
		// A first pass finds the methods declared more than once on a
		// type (again by a later cell, or again for a name they use): the
		// second one dispatches them through a func variable (see
		// exporter.method).
		first := newExporter(nil, broken)
		for i, src := range cells {
			first.cell(i+1, src)
		}
		dispatch := map[string]bool{}
		for key, n := range first.methodCount {
			if n > 1 {
				dispatch[key] = true
			}
		}
		x := newExporter(dispatch, broken)
		for i, src := range cells {
			x.cell(i+1, src)
		}
		out, err := x.program(name)
		if err != nil || len(x.redone) == 0 || round == 3 {
			return out, err
		}
		// What the kernel could not compile again (a method of a type
		// declared again without the field it uses) is left out too.
		more := false
		for _, id := range brokenRedone(out, x.redone) {
			more = more || !broken[id]
			broken[id] = true
		}
		if !more {
			return out, nil
		}
	}
}

// newExporter returns an exporter; dispatch holds the methods (spelled
// "Type.Method") to declare through a func variable, broken the
// declarations not to declare again (see refresh).
func newExporter(dispatch, broken map[string]bool) *exporter {
	return &exporter{env: map[string]string{}, taken: map[string]bool{"main": true}, mainVars: map[string]bool{}, uses: map[string]int{},
		recs: map[string]*defRec{}, methodCount: map[string]int{}, dispatch: dispatch, dispatchVar: map[string]string{}, dispatchSig: map[string]string{}, broken: broken}
}

// exporter assembles the program.
type exporter struct {
	imports  []importSpec
	decls    []string // package-level declarations, in order
	stmts    []string // main's statements, in order
	env      map[string]string
	taken    map[string]bool // every name defined so far (either scope)
	mainVars map[string]bool // names (as spelled) defined in main
	pkgFuncs []string        // top-level funcs, for multiprocessing.Main
	uses     map[string]int  // uses of each spelled name
	defsAt   map[string]int  // spelled main var -> index in stmts of its definition
	needFmt  bool
	declCell string // the header of the cell of the last declaration

	// The notebook's current funcs, types and methods, for declaring
	// again those that use a name a later cell declares again.
	recs     map[string]*defRec // by name ("Type.Method" for a method)
	recOrder []string           // keys of recs, in order of first declaration
	// methodCount counts the declarations of each method ("Type.Method",
	// spelled); dispatch holds those declared through a func variable,
	// dispatchVar their variables.
	methodCount map[string]int
	dispatch    map[string]bool
	dispatchVar map[string]string
	dispatchSig map[string]string // typeOnly of the func variable's type
	// refreshes counts the calls of refresh that declare something again;
	// redone lists what they declared, broken what they must not (the
	// kernel could not compile it again), as "refresh key".
	refreshes int
	redone    []redoneDecl
	broken    map[string]bool
}

type importSpec struct{ name, path string }

// cell adds one code cell.
func (x *exporter) cell(n int, src string) {
	header := fmt.Sprintf("// cell %d", n)
	goText := src
	if mc, ok := splitMagics(src); ok {
		goText = commentMagics(src, mc)
	}
	pieces, err := splitCell(goText)
	if err != nil {
		x.stmts = append(x.stmts, header+": not Go ("+err.Error()+"), kept as a comment\n"+commentOut(src))
		return
	}
	if len(pieces) == 0 { // only comments (and magics, made comments)
		if t := strings.TrimSpace(goText); t != "" {
			x.stmts = append(x.stmts, header+"\n"+t)
		}
		return
	}
	// In the kernel's order: the declarations that statements above them
	// use come first (hoist.go).
	pieces, _ = hoist(pieces, func(name string) bool { _, ok := x.env[name]; return ok })
	// The cell's own declarations are known to all its pieces (a func
	// may call one declared below it).
	var ps []parsedPiece
	var comments []string
	newNames := map[string]string{}
	for _, p := range pieces {
		if p.isImport {
			x.addImports(p.text)
			// The comments before the import stay with the cell.
			if i := strings.Index(p.text, "import"); i > 0 && strings.TrimSpace(p.text[:i]) != "" {
				comments = append(comments, strings.TrimSpace(p.text[:i]))
			}
			continue
		}
		pre, suf := "package p\n", ""
		if p.kind == stmtPiece {
			pre, suf = "package p\nfunc _() {\n", "\n}"
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", pre+p.text+suf, parser.ParseComments)
		if err != nil {
			x.stmts = append(x.stmts, header+": not Go ("+err.Error()+"), kept as a comment\n"+commentOut(p.text))
			continue
		}
		ps = append(ps, parsedPiece{p, f, len(pre)})
		if p.kind == declPiece {
			for _, name := range declNames(f) {
				newNames[name] = x.fresh(name)
			}
		}
	}
	// Names the cell declares again: the notebook's funcs, types and
	// methods that use them are declared again too (see refresh), except
	// those the cell declares itself.
	again := map[string]bool{}
	before := map[string]string{} // the spelling of every name before the cell
	for k, v := range x.env {
		before[k] = v
	}
	for name, spelled := range newNames {
		if _, had := x.env[name]; had {
			again[name] = true
		}
		x.env[name] = spelled
	}
	own := map[string]bool{}
	for _, pd := range ps {
		if pd.p.kind != declPiece {
			continue
		}
		for _, d := range pd.file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && len(fd.Recv.List) == 1 {
				own[recvName(fd.Recv.List[0].Type)+"."+fd.Name.Name] = true
			}
		}
	}
	x.stmts = append(x.stmts, strings.Join(append([]string{header}, comments...), "\n"))
	x.refresh(again, own)
	// The statements above the first declaration of the cell that declares
	// a name again see the names as they were, as in the notebook, which
	// runs a cell's parts in order.
	firstAgain := len(ps)
	for i, pd := range ps {
		if pd.p.kind == declPiece && i < firstAgain {
			for _, name := range declNames(pd.file) {
				if again[name] {
					firstAgain = i
				}
			}
		}
	}
	olds := map[string]string{} // names redeclared (or declared again by refresh) -> old spelling
	for k, v := range before {
		if x.env[k] != v {
			olds[k] = v
		}
	}

	// A func that uses a variable of main (made by a statement of this
	// cell or an earlier one), or such a func of this cell, must live in
	// main too: it becomes a func variable there, after the statement that
	// makes the last variable of this cell it uses.
	stmtDefs := map[string]int{} // variables this cell's statements make -> piece index
	for i, pd := range ps {
		if pd.p.kind == stmtPiece {
			for _, name := range definedNames(pd.file) {
				if _, ok := stmtDefs[name]; !ok {
					stmtDefs[name] = i
				}
			}
		}
	}
	moved := map[int]bool{}
	at := map[int]int{} // moved piece -> index of the piece it follows (-1: none)
	for changed := true; changed; {
		changed = false
		for i, pd := range ps {
			fd := movableFunc(pd)
			if fd == nil || moved[i] {
				continue
			}
			after, uses := -1, false
			for _, name := range freeNames(pd.file) {
				if _, pkg := newNames[name]; pkg {
					// A func of this cell: main's if moved.
					for j, other := range ps {
						if fn := movableFunc(other); fn != nil && moved[j] && fn.Name.Name == name {
							uses = true
						}
					}
					continue
				}
				if j, ok := stmtDefs[name]; ok {
					uses = true
					after = max(after, j)
				} else if x.mainVars[x.env[name]] {
					uses = true
				}
			}
			if uses {
				moved[i], at[i], changed = true, after, true
			}
		}
	}
	order := make([]int, 0, len(ps))
	for i := range ps {
		if !moved[i] {
			order = append(order, i)
		}
	}
	for i := range ps {
		if moved[i] {
			// After its last dependency and the funcs moved before it, else
			// where it was.
			k := 0
			for k < len(order) && (order[k] <= at[i] || order[k] < i) {
				k++
			}
			order = append(order[:k], append([]int{i}, order[k:]...)...)
		}
	}

	definesMain := false
	hdr := len(x.stmts) - 1
	var funcVars []string
	for _, i := range order {
		pd := ps[i]
		last := i == len(ps)-1
		if moved[i] {
			if v := x.funcInMain(pd.p, pd.file, pd.off); v != "" {
				funcVars = append(funcVars, v)
			}
			continue
		}
		if pd.p.kind == declPiece {
			x.decl(header, pd.p, pd.file, pd.off)
			for _, d := range pd.file.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
					definesMain = true
				}
			}
			continue
		}
		if i < firstAgain && len(olds) > 0 {
			newer := map[string]string{}
			for k, v := range olds {
				newer[k] = x.env[k]
				x.env[k] = v
			}
			x.stmt(pd.p, pd.file, pd.off, last)
			for k, v := range newer {
				if x.env[k] == olds[k] { // not made again by the statement
					x.env[k] = v
				}
			}
			continue
		}
		x.stmt(pd.p, pd.file, pd.off, last)
	}
	if len(funcVars) > 0 {
		x.stmts[hdr] += "\n// funcs of the notebook that use variables of main\n" + strings.Join(funcVars, "\n")
	}
	if definesMain {
		// The cell's func main runs after the cell, as the engine (and go
		// run) runs it.
		x.stmts = append(x.stmts, x.env["main"]+"() // the cell's func main")
		x.uses[x.env["main"]]++
	}
}

// parsedPiece is a piece of a cell and its syntax tree, parsed in a
// wrapper (a file, or a func body for statements) of off bytes before it.
type parsedPiece struct {
	p    piece
	file *ast.File
	off  int
}

// movableFunc returns the func a declaration piece declares if it can
// become a func variable in main: no receiver, no type parameters.
func movableFunc(pd parsedPiece) *ast.FuncDecl {
	if pd.p.kind != declPiece || len(pd.file.Decls) != 1 {
		return nil
	}
	fd, ok := pd.file.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Recv != nil || fd.Type.TypeParams != nil || fd.Name.Name == "main" || fd.Name.Name == "init" {
		return nil
	}
	return fd
}

// definedNames returns the variables a statement piece makes with :=.
func definedNames(f *ast.File) []string {
	var out []string
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) == 1 {
		if as, ok := body[0].(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					out = append(out, id.Name)
				}
			}
		}
	}
	return out
}

// freeNames returns the names a piece uses without declaring them.
func freeNames(f *ast.File) []string {
	skip := map[*ast.Ident]bool{f.Name: true} // the wrapper's package clause
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			skip[n.Sel] = true
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						skip[id] = true
					}
				}
			}
		case *ast.Ident:
			if n.Obj == nil && !skip[n] {
				out = append(out, n.Name)
			}
		}
		return true
	})
	return out
}

// funcInMain adds a func declaration piece to main as the assignment of a
// func variable, `f = func(sig) {...}`, and returns its declaration,
// `var f func(sig)`, which the cell puts before its statements (so that
// the funcs may call each other and themselves).
func (x *exporter) funcInMain(p piece, f *ast.File, off int) string {
	fd := f.Decls[0].(*ast.FuncDecl)
	spelled := x.env[fd.Name.Name]
	text := x.rename(f, off, p.text, map[*ast.Object]string{fd.Name.Obj: spelled}, map[*ast.Ident]bool{fd.Name: true})
	// Find the signature and the body in the renamed text.
	const pre = "package p\n"
	g, err := parser.ParseFile(token.NewFileSet(), "", pre+text, parser.ParseComments)
	if err != nil || len(g.Decls) != 1 {
		x.stmts = append(x.stmts, text) // cannot happen: keep it as it is
		return ""
	}
	gd := g.Decls[0].(*ast.FuncDecl)
	pos := func(p token.Pos) int { return int(p) - 1 - len(pre) }
	sig := text[pos(gd.Type.Params.Pos()):pos(gd.Type.End())]
	x.stmts = append(x.stmts, text[:pos(gd.Type.Func)]+spelled+" = func"+sig+" "+text[pos(gd.Body.Pos()):])
	x.mainVars[spelled] = true
	x.noteDef(spelled)
	x.record(&defRec{key: fd.Name.Name, kind: "func", p: p, file: f, off: off, free: freeSet(f), inMain: true})
	return "var " + spelled + " func" + sig
}

// fresh returns the name a new definition of name gets: name itself the
// first time, else name_2, name_3...
func (x *exporter) fresh(name string) string {
	if name == "_" {
		return name
	}
	spelled := name
	for k := 2; x.taken[spelled]; k++ {
		spelled = name + "_" + strconv.Itoa(k)
	}
	x.taken[spelled] = true
	return spelled
}

// declNames returns the package-level names a declaration defines (not
// methods, which belong to their type).
func declNames(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name != "init" {
				out = append(out, d.Name.Name) // main too: the program's is another
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					out = append(out, sp.Name.Name)
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						if id.Name != "_" {
							out = append(out, id.Name)
						}
					}
				}
			}
		}
	}
	return out
}

// rename returns text with the identifiers of f (parsed from wrapper+text,
// text starting at off) renamed: free names to their current spelling in
// env, and the names defined by the piece itself (defs: the objects) to
// their new spelling. It counts the uses of each spelled name.
func (x *exporter) rename(f *ast.File, off int, text string, defs map[*ast.Object]string, defIdents map[*ast.Ident]bool) string {
	type edit struct {
		at, end int
		to      string
	}
	var edits []edit
	skip := map[*ast.Ident]bool{f.Name: true} // the wrapper's package clause
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			skip[n.Sel] = true
		case *ast.FuncDecl:
			if n.Recv != nil {
				skip[n.Name] = true
			}
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Obj == nil {
						skip[id] = true // a struct field's name
					}
				}
			}
		case *ast.Ident:
			if skip[n] || n.Name == "_" {
				return true
			}
			to := ""
			if n.Obj != nil {
				if s, ok := defs[n.Obj]; ok {
					to = s
				}
			} else if s, ok := x.env[n.Name]; ok {
				to = s
			}
			if to == "" {
				return true
			}
			if !defIdents[n] {
				x.uses[to]++
			}
			if to != n.Name {
				at := int(n.Pos()) - 1 - off
				if at >= 0 && at+len(n.Name) <= len(text) {
					edits = append(edits, edit{at, at + len(n.Name), to})
				}
			}
		}
		return true
	})
	sort.Slice(edits, func(i, j int) bool { return edits[i].at > edits[j].at })
	for _, e := range edits {
		text = text[:e.at] + e.to + text[e.end:]
	}
	return text
}

// decl adds a declaration piece, and records it if it is one func,
// method or type (for refresh).
func (x *exporter) decl(header string, p piece, f *ast.File, off int) {
	if len(f.Decls) == 1 {
		switch d := f.Decls[0].(type) {
		case *ast.FuncDecl:
			if d.Recv != nil && len(d.Recv.List) == 1 {
				x.method(header, p, f, off)
				return
			}
			if d.Recv == nil && d.Name.Name != "main" && d.Name.Name != "init" {
				x.record(&defRec{key: d.Name.Name, kind: "func", p: p, file: f, off: off, free: freeSet(f)})
			}
		case *ast.GenDecl:
			if d.Tok == token.TYPE && len(d.Specs) == 1 {
				x.record(&defRec{key: d.Specs[0].(*ast.TypeSpec).Name.Name, kind: "type", p: p, file: f, off: off, free: freeSet(f)})
			}
		}
	}
	x.declAsIs(header, p, f, off)
}

// declAsIs adds a declaration piece as it is, renamed.
func (x *exporter) declAsIs(header string, p piece, f *ast.File, off int) {
	defs := map[*ast.Object]string{}
	defIdents := map[*ast.Ident]bool{}
	inMain := false
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Obj != nil {
				defs[d.Name.Obj] = x.env[d.Name.Name]
				defIdents[d.Name] = true
				if d.Type.TypeParams == nil && d.Name.Name != "init" && d.Name.Name != "main" {
					x.pkgFuncs = append(x.pkgFuncs, x.env[d.Name.Name])
				}
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					defs[sp.Name.Obj] = x.env[sp.Name.Name]
					defIdents[sp.Name] = true
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						if id.Obj != nil && id.Name != "_" {
							defs[id.Obj] = x.env[id.Name]
							defIdents[id] = true
						}
					}
					// A var whose value uses a variable of main's runs in
					// main.
					if d.Tok == token.VAR {
						for _, v := range sp.Values {
							ast.Inspect(v, func(n ast.Node) bool {
								if id, ok := n.(*ast.Ident); ok && id.Obj == nil && x.mainVars[x.env[id.Name]] {
									inMain = true
								}
								return true
							})
						}
					}
				}
			}
		}
	}
	text := x.rename(f, off, p.text, defs, defIdents)
	if !inMain {
		if header != "" && x.declCell != header {
			x.declCell = header
			text = header + "\n" + text
		}
		x.decls = append(x.decls, text)
		return
	}
	x.stmts = append(x.stmts, text)
	for id := range defIdents {
		s := defs[id.Obj]
		x.mainVars[s] = true
		x.noteDef(s)
	}
}

// noteDef records that main variable s is defined by the last statement
// added, for `_ = s` after it if nothing uses it.
func (x *exporter) noteDef(s string) {
	if x.defsAt == nil {
		x.defsAt = map[string]int{}
	}
	x.defsAt[s] = len(x.stmts) - 1
}

// stmt adds a statement piece; last says whether it ends its cell.
func (x *exporter) stmt(p piece, f *ast.File, off int, last bool) {
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	defs := map[*ast.Object]string{}
	defIdents := map[*ast.Ident]bool{}
	if len(body) == 1 {
		if as, ok := body[0].(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" && id.Obj != nil {
					s := x.fresh(id.Name)
					defs[id.Obj] = s
					defIdents[id] = true
				}
			}
		}
	}
	text := x.rename(f, off, p.text, defs, defIdents)
	again := map[string]bool{}
	for id := range defIdents {
		s := defs[id.Obj]
		if _, had := x.env[id.Name]; had {
			again[id.Name] = true
		}
		x.env[id.Name] = s
		x.mainVars[s] = true
	}
	if p.isExpr {
		e := body[0].(*ast.ExprStmt)
		if _, call := ast.Unparen(e.X).(*ast.CallExpr); !call {
			// The comments before the expression stay before it.
			lead := ""
			if i := strings.LastIndex(text[:min(int(e.Pos())-1-off, len(text))], "\n"); i >= 0 && int(e.Pos())-1-off > 0 {
				lead, text = text[:i+1], text[i+1:]
			}
			expr, comment := splitTrailingComment(text)
			if last {
				x.needFmt = true
				text = lead + "fmt.Println(" + expr + ")" + comment // the cell's result
			} else {
				text = lead + "_ = " + expr + comment
			}
		}
	}
	x.stmts = append(x.stmts, text)
	for id := range defIdents {
		x.noteDef(defs[id.Obj])
	}
	// The funcs that use a variable made again use the new one from here.
	x.refresh(again, nil)
}

// splitTrailingComment cuts a final // comment off an expression's text
// (the text of one expression statement: its only // outside strings that
// ends it).
func splitTrailingComment(text string) (expr, comment string) {
	text = strings.TrimRight(text, " \t\n;")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p;var _ = "+text, parser.ParseComments)
	if err != nil || len(f.Comments) == 0 {
		return text, ""
	}
	vs := f.Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec)
	end := int(vs.Values[0].End()) - 1 - len("package p;var _ = ")
	if end <= 0 || end > len(text) {
		return text, ""
	}
	return text[:end], text[end:]
}

// addImports adds the specs of an import declaration.
func (x *exporter) addImports(text string) {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+text, parser.ImportsOnly)
	if err != nil {
		return
	}
	for _, sp := range f.Imports {
		path, _ := strconv.Unquote(sp.Path.Value)
		name := ""
		if sp.Name != nil {
			name = sp.Name.Name
		}
		spec := importSpec{name, path}
		dup := false
		for _, have := range x.imports {
			if have == spec {
				dup = true
			}
		}
		if !dup {
			x.imports = append(x.imports, spec)
			x.taken[importName(spec)] = true
		}
	}
}

// importName returns the name an import binds: its explicit name, else
// the name its path conventionally gives (pathImportName).
func importName(sp importSpec) string {
	if sp.name != "" {
		return sp.name
	}
	return pathImportName(sp.path)
}

var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

// pathImportName returns the package name an import path conventionally
// binds: its last element without a major-version suffix
// ("gopkg.in/yaml.v3" and "example.com/m/v2" bind yaml and m) or a "go-"
// prefix ("github.com/mattn/go-runewidth" binds runewidth).
func pathImportName(p string) string {
	elems := strings.Split(p, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && majorVersion.MatchString(last) {
		last = elems[len(elems)-2]
	}
	if i := strings.Index(last, ".v"); i > 0 {
		last = last[:i]
	}
	return strings.TrimPrefix(last, "go-")
}

// commentMagics returns src with its magic and shell lines made comments
// (the Go lines stay where they are, so that positions are kept).
func commentMagics(src string, mc magicCell) string {
	lines := strings.SplitAfter(src, "\n")
	if mc.cell != "" {
		for i, l := range lines {
			if t := strings.TrimSpace(l); strings.HasPrefix(t, "%%") {
				lines[i] = "// " + t + " (a notebook magic: not run)\n"
				break
			}
		}
		return strings.Join(lines, "")
	}
	var lx goLexer
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if lx.atStatementStart() && (strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!")) {
			nl := ""
			if strings.HasSuffix(l, "\n") {
				nl = "\n"
			}
			lines[i] = "// " + t + " (a notebook " + map[bool]string{true: "shell line", false: "magic"}[strings.HasPrefix(t, "!")] + ": not run)" + nl
			continue
		}
		lx.line(l)
	}
	return strings.Join(lines, "")
}

// commentOut makes every line of src a comment.
func commentOut(src string) string {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "// " + l
	}
	return strings.Join(lines, "\n")
}

const mpPath = "github.com/gonotes/gonotes/lib/multiprocessing"

// program assembles and formats the program.
func (x *exporter) program(name string) ([]byte, error) {
	// Unused variables of main get `_ = name` after their definition.
	after := map[int][]string{}
	for s, at := range x.defsAt {
		if x.uses[s] == 0 {
			after[at] = append(after[at], s)
		}
	}
	var main strings.Builder
	var mpName string
	for _, sp := range x.imports {
		if sp.path == mpPath {
			mpName = importName(sp)
		}
	}
	if mpName != "" && len(x.pkgFuncs) > 0 {
		fmt.Fprintf(&main, "\t// Child processes run their target here (see multiprocessing.Main).\n\t%s.Main(%s)\n\n", mpName, strings.Join(x.pkgFuncs, ", "))
	}
	for i, s := range x.stmts {
		main.WriteString(s)
		main.WriteString("\n")
		names := after[i]
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(&main, "_ = %s\n", n)
		}
		if i+1 < len(x.stmts) && strings.HasPrefix(x.stmts[i+1], "// cell ") {
			main.WriteString("\n")
		}
	}
	// Drop imports that nothing uses (their only use was a magic line).
	used := map[string]bool{}
	if f, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc _() {\n"+main.String()+"\n}\n"+strings.Join(x.decls, "\n\n"), 0); err == nil {
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && id.Obj == nil {
					used[id.Name] = true
				}
			}
			return true
		})
	} else {
		for _, sp := range x.imports {
			used[importName(sp)] = true
		}
	}
	imports := x.imports
	if x.needFmt {
		has := false
		for _, sp := range imports {
			if sp.path == "fmt" && sp.name == "" {
				has = true
			}
		}
		if !has {
			imports = append(imports, importSpec{"", "fmt"})
		}
		used["fmt"] = true
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Command exported by `gonotes export` from %s: its code cells in\n// order, declarations at the package level and statements in main.\npackage main\n\n", name)
	// The standard library first, then the others, as goimports groups them.
	sort.SliceStable(imports, func(i, j int) bool {
		si, sj := !strings.Contains(strings.Split(imports[i].path, "/")[0], "."), !strings.Contains(strings.Split(imports[j].path, "/")[0], ".")
		if si != sj {
			return si
		}
		return imports[i].path < imports[j].path
	})
	if len(imports) > 0 {
		b.WriteString("import (\n")
		std := true
		for _, sp := range imports {
			n := importName(sp)
			if sp.name != "_" && sp.name != "." && !used[n] {
				continue
			}
			if isStd := !strings.Contains(strings.Split(sp.path, "/")[0], "."); std && !isStd {
				b.WriteString("\n")
				std = false
			}
			if sp.name != "" {
				fmt.Fprintf(&b, "\t%s %q\n", sp.name, sp.path)
			} else {
				fmt.Fprintf(&b, "\t%q\n", sp.path)
			}
		}
		b.WriteString(")\n\n")
	}
	for _, d := range x.decls {
		b.WriteString(d)
		b.WriteString("\n\n")
	}
	b.WriteString("func main() {\n")
	b.WriteString(main.String())
	b.WriteString("}\n")
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		return []byte(b.String()), fmt.Errorf("export: the program does not parse: %w", err)
	}
	return out, nil
}
