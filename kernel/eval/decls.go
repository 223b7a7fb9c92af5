package eval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"slices"
	"sort"
	"strings"
)

// decl is one top-level declaration of a cell that ran: the session's
// memory of the notebook's definitions, for redefinitions, Declarations,
// completion and inspection.
type decl struct {
	kind  string   // "import", "const", "var", "type", "func" or "method"
	names []string // declared names ("T.M" for a method, "name path" for an import)
	text  string   // source text, as written in the cell
	cell  int64    // scope ID of the cell
	vline int      // virtual line of text[0]
	col   int
	refs  map[string]bool // identifiers the declaration uses
	// free, for a func, method or type, holds the identifiers it uses that
	// it does not declare itself (parameters, locals, a struct's fields):
	// the package-level names it may refer to.
	free map[string]bool
	// fromStmt marks a variable defined by a top-level x := expr statement,
	// replayed as var x = expr.
	fromStmt bool
	// stmtOnly marks a variable of a top-level := statement that is not
	// replayed (x := f(), see replay.go; text is the statement): it
	// replaces the earlier declarations of its names, and Declarations
	// leaves it out.
	stmtOnly bool
	// broken is set when a redefinition of a name it uses made it fail to
	// compile: the interpreter keeps the old version, a replay cannot.
	broken bool
	// replay, for a var declaration with an initialiser that may have
	// effects, says how to replay it instead (see replay.go); nil when it
	// replays as written.
	replay []replaySpec
}

// key names a declaration for redefinition: the kind and its names.
func (d *decl) keys() []string {
	out := make([]string, len(d.names))
	for i, n := range d.names {
		k := d.kind
		if k == "const" || k == "var" {
			k = "value" // var x then const x: the same name
		}
		out[i] = k + " " + n
	}
	return out
}

// declsOf parses the pieces of a declaration unit into decls; pur learns
// the unit's imports and types, and marks its var declarations whose
// initialisers may have effects.
func declsOf(u *unit, base int, cell int64, pur *purity) []*decl {
	var out []*decl
	for _, p := range u.pieces {
		src := "package p;" + p.text
		// With the parser's object resolution: it tells a function's own
		// names (parameters, locals, labels) from the names it does not
		// declare (freeNames, below).
		f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ParseComments)
		if err != nil || len(f.Decls) != 1 {
			continue
		}
		d := &decl{text: strings.TrimSpace(p.text), cell: cell, vline: base + p.line - 1, col: p.col, refs: map[string]bool{}}
		switch x := f.Decls[0].(type) {
		case *ast.FuncDecl:
			d.kind = "func"
			d.names = []string{x.Name.Name}
			if x.Recv != nil && len(x.Recv.List) > 0 {
				d.kind = "method"
				d.names = []string{recvName(x.Recv.List[0].Type) + "." + x.Name.Name}
			}
		case *ast.GenDecl:
			d.kind = x.Tok.String()
			for _, sp := range x.Specs {
				switch sp := sp.(type) {
				case *ast.ImportSpec:
					name := ""
					if sp.Name != nil {
						name = sp.Name.Name
					}
					d.names = append(d.names, name+" "+sp.Path.Value)
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						d.names = append(d.names, n.Name)
					}
				case *ast.TypeSpec:
					d.names = append(d.names, sp.Name.Name)
				}
			}
		}
		ast.Inspect(f.Decls[0], func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				d.refs[id.Name] = true
			}
			return true
		})
		for _, n := range d.names {
			delete(d.refs, n)
		}
		if d.kind == "func" || d.kind == "method" || d.kind == "type" {
			d.free = map[string]bool{}
			for _, n := range freeNames(f) {
				d.free[n] = true
			}
		}
		if g, ok := f.Decls[0].(*ast.GenDecl); ok {
			pur.markEffects(d, g, src)
		}
		pur.learn(d)
		out = append(out, d)
	}
	return out
}

// defineDecls returns the top-level `x := expr` statements of a statement
// unit whose values can be computed again without effects (see replay.go),
// as `var x = expr` declarations; the others as stmtOnly declarations of
// their names.
//
// A statement whose right side reads the variable it declares again (`x
// := x + 1`, `s := append(s, 4)`, `a, b := b, a`) reads the earlier one
// (see splitAtRedefines); as a declaration, `var x = x + 1` would read
// itself. Its declaration gets the earlier declaration's initialiser in
// place of the name, `var x = (1) + 1`, found by prev (the latest
// declaration of a name, nil if none); when there is none to take (the
// earlier x was made by a call with effects, or the name is used in a
// func literal or as a key, where it may not be the variable), the
// statement is not replayed, as any other that cannot be.
func defineDecls(u *unit, base int, cell int64, pur *purity, prev func(string) *decl) []*decl {
	var out []*decl
	for _, p := range u.pieces {
		if !strings.Contains(p.text, ":=") {
			continue // no define statement: no parse
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;func _(){"+p.text+"\n}", parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		body := f.Decls[0].(*ast.FuncDecl).Body.List
		if len(body) != 1 {
			continue
		}
		as, ok := body[0].(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			continue
		}
		d := &decl{kind: "var", cell: cell, vline: base + p.line - 1, col: p.col, refs: map[string]bool{}, fromStmt: true}
		good := len(as.Lhs) == len(as.Rhs)
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
				d.names = append(d.names, id.Name)
			} else {
				good = false
			}
		}
		effect := ""
		for _, r := range as.Rhs {
			if e := pur.effect(r); e != "" && effect == "" {
				effect = e
			}
		}
		good = good && effect == ""
		off := len("package p;func _(){")
		rhsStart := int(as.Rhs[0].Pos()) - 1 - off
		rhs := p.text[rhsStart : int(as.Rhs[len(as.Rhs)-1].End())-1-off]
		if good {
			rhs, good = selfFree(as, d.names, rhs, rhsStart+off+1, prev)
		}
		if !good {
			if len(d.names) > 0 {
				// Not replayed: it still replaces the earlier declarations
				// of its names, which no longer tell their values.
				d.text = strings.TrimSpace(p.text)
				// Made by a call with effects (data := load()), or
				// reading the variable it declares again with no
				// earlier initialiser to take (or too long a one): its
				// variables are zero values in a replay, as those of
				// `var data = load()` are, so that the funcs using them
				// load in a worker (noticedb, s15).
				if len(d.names) == len(as.Lhs) {
					rs := replaySpec{names: d.names, types: make([]string, len(d.names)), effect: effect}
					if effect == "" {
						rs.why = fmt.Sprintf("%s reads the earlier %s and is not run again", shortStmt(d.text), strings.Join(d.names, ", "))
					}
					d.replay = []replaySpec{rs}
				} else {
					d.stmtOnly = true
				}
				out = append(out, d)
			}
			continue
		}
		d.text = "var " + strings.Join(d.names, ", ") + " = " + rhs
		if e, err := parser.ParseExpr("[]any{" + rhs + "}"); err == nil {
			ast.Inspect(e, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					d.refs[id.Name] = true
				}
				return true
			})
		}
		for _, n := range d.names {
			delete(d.refs, n)
		}
		out = append(out, d)
	}
	return out
}

// shortStmt returns the statement text s on one line, cut to 40 bytes.
func shortStmt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// selfFree returns rhs, the right side of a define statement as (whose
// text starts at position pos), with each use of one of the names it
// declares replaced by the earlier value of that name, parenthesised (and
// converted to the type an earlier var declaration gives it); false when
// a use cannot be replaced (see defineDecls).
func selfFree(as *ast.AssignStmt, names []string, rhs string, pos int, prev func(string) *decl) (string, bool) {
	declared := map[string]bool{}
	for _, n := range names {
		declared[n] = true
	}
	type use struct {
		at, end int
		name    string
	}
	var uses []use
	good := true
	for _, r := range as.Rhs {
		var stack []ast.Node
		ast.Inspect(r, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			parent := ast.Node(nil)
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, n)
			id, ok := n.(*ast.Ident)
			if !ok || !declared[id.Name] {
				return true
			}
			switch pn := parent.(type) {
			case *ast.SelectorExpr:
				if pn.Sel == id {
					return true // a field or method, not the variable
				}
			case *ast.KeyValueExpr:
				if pn.Key == id {
					good = false // a field name or a map key: not told apart here
				}
			}
			for _, a := range stack {
				if _, ok := a.(*ast.FuncLit); ok {
					good = false // its own names may hide the variable
				}
			}
			uses = append(uses, use{int(id.Pos()) - pos, int(id.End()) - pos, id.Name})
			return true
		})
	}
	if !good {
		return "", false
	}
	if len(uses) == 0 {
		return rhs, true
	}
	var b strings.Builder
	last := 0
	for _, u := range uses {
		v, ok := earlierValue(prev(u.name), u.name)
		if !ok {
			return "", false
		}
		b.WriteString(rhs[last:u.at])
		b.WriteString(v)
		last = u.end
	}
	b.WriteString(rhs[last:])
	// x := x + x, run again and again, would double its text each time.
	if b.Len() > maxReplayText {
		return "", false
	}
	return b.String(), true
}

// maxReplayText bounds the initialiser that selfFree builds.
const maxReplayText = 4096

// earlierValue returns the initialiser of name in d, an earlier
// declaration replayed as written, as a parenthesised expression: "(1)",
// or "(int64)(1)" for `var x int64 = 1`.
func earlierValue(d *decl, name string) (string, bool) {
	if d == nil || d.broken || d.stmtOnly || d.replay != nil || d.kind != "var" && d.kind != "const" {
		return "", false
	}
	src := "package p;" + d.text
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return "", false
	}
	g, ok := f.Decls[0].(*ast.GenDecl)
	if !ok || len(g.Specs) != 1 {
		return "", false
	}
	vs, ok := g.Specs[0].(*ast.ValueSpec)
	if !ok || len(vs.Values) != len(vs.Names) {
		return "", false // var x int (zero), var a, b = f(), or an iota constant
	}
	text := func(n ast.Node) string { return src[int(n.Pos())-1 : int(n.End())-1] }
	for i, n := range vs.Names {
		if n.Name != name {
			continue
		}
		v := "(" + text(vs.Values[i]) + ")"
		if vs.Type != nil {
			v = "(" + text(vs.Type) + ")" + v
		}
		return v, true
	}
	return "", false
}

// recvName returns the type name of a method receiver.
func recvName(x ast.Expr) string {
	for {
		switch t := x.(type) {
		case *ast.StarExpr:
			x = t.X
		case *ast.IndexExpr:
			x = t.X
		case *ast.IndexListExpr:
			x = t.X
		case *ast.ParenExpr:
			x = t.X
		case *ast.Ident:
			return t.Name
		default:
			return "?"
		}
	}
}

// shortName is the name a declaration is referred to by: f for a func, M
// for a method (calls are selectors), T for a type.
func shortName(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// redefined returns the committed declarations that must be compiled again
// because declarations of the running cell (pending) replace funcs, methods,
// types, constants or variables they use: yaegi binds a call to the
// function that existed when the caller was compiled (notes §1), so callers
// of a redefined func would keep the old one, and a function would keep
// reading a variable or constant declared again (`var results []int` run
// again to start afresh, `const N = 5` edited). The result is transitive
// and in notebook order. Only pending[from:], the declarations of the unit
// just compiled, make names change: a func compiled again for an earlier
// unit of the cell is compiled again if a later one changes another name
// it uses, and so is a func that an earlier unit of the cell declared
// (`n := 4`, func sq using n, `n := 5`: sq reads the new n after it).
func (s *Session) redefined(pending []*decl, from int) []*decl {
	// Only the keys of pending[from:] can be committed ones: a cell that
	// declares nothing (most) costs nothing, whatever the notebook holds.
	committed := map[string]bool{}
	for _, d := range pending[from:] {
		for _, k := range d.keys() {
			committed[k] = false
		}
	}
	if len(committed) == 0 {
		return nil
	}
	for _, d := range append(s.decls[:len(s.decls):len(s.decls)], pending[:from]...) {
		for _, k := range d.keys() {
			if _, ok := committed[k]; ok {
				committed[k] = true
			}
		}
	}
	// A variable that a statement made with effects (rows := load()) is
	// not among the declarations; it is a global all the same.
	for _, d := range pending[from:] {
		if d.kind == "var" {
			for i, k := range d.keys() {
				if !committed[k] && s.globalBefore(d.names[i]).IsValid() {
					committed[k] = true
				}
			}
		}
	}
	changed := map[string]bool{}  // short names of replaced funcs, methods, types
	changedV := map[string]bool{} // names of replaced constants and variables
	newKeys := map[string]bool{}  // of the cell: the notebook's declarations they replace are not compiled again
	unitKeys := map[string]bool{} // of pending[from:]: the cell's declarations they replace are not either
	for j, d := range pending {
		for i, k := range d.keys() {
			newKeys[k] = true
			unitKeys[k] = unitKeys[k] || j >= from
			switch {
			case j < from || !committed[k]:
			case d.kind == "func" || d.kind == "method" || d.kind == "type":
				changed[shortName(d.names[i])] = true
			case d.kind == "const" || d.kind == "var":
				changedV[d.names[i]] = true
			}
		}
	}
	if len(changed) == 0 && len(changedV) == 0 {
		return nil
	}
	var out []*decl
	done := map[*decl]bool{}
	// The notebook's declarations, and the cell's of the units before
	// (a func declared between `n := 4` and `n := 5`).
	cands := append(s.decls[:len(s.decls):len(s.decls)], pending[:from]...)
	for grew := true; grew; {
		grew = false
		for ci, d := range cands {
			if done[d] || (d.kind != "func" && d.kind != "method" && d.kind != "type") {
				continue
			}
			replaced := false
			for _, k := range d.keys() {
				replaced = replaced || ci < len(s.decls) && newKeys[k] || unitKeys[k]
			}
			if replaced {
				continue
			}
			uses := false
			for r := range d.refs {
				// A func's own variable of a replaced name is not the
				// package-level one (d.free), nor is a struct's field
				// (type failAfter struct{ n int; err error } does not use
				// a variable err a cell declares again); an array length
				// is.
				uses = uses || changed[r] || changedV[r] && (d.free == nil || d.free[r])
			}
			if uses {
				done[d] = true
				grew = true
				for _, n := range d.names {
					changed[shortName(n)] = true
				}
			}
		}
	}
	for _, d := range cands {
		if done[d] {
			out = append(out, d)
		}
	}
	return out
}

// splitAtRedefines returns the statement unit u cut after each of its
// statements that declares again (`x := expr` at the cell's top level) a
// variable that a func of the notebook (or of the cell's earlier units,
// pending) uses: that func is compiled again (redefined) before the
// statements that follow, which may call it, are compiled. Other units are
// returned as they are.
//
// The unit is also cut before a statement that defines a predeclared name
// or the name of a package (`max := xs[0]`, `len := 3`, `true := false`,
// `url := u.String()`): such a name becomes a global of the notebook, which
// the interpreter would resolve in the whole unit, so that the statements
// before it (`max(a, b)`, `f(true)`, `url.Parse(s)`) would use the
// variable, where in a function body they use the builtin or the package.
//
// It is cut, too, before a statement that declares again a variable or
// constant of the notebook (vars: declared by an earlier cell or an
// earlier unit of this one) or of an earlier statement of the unit (`s :=
// 5` where s was "str", `v, err := f()`): the statements before it use the
// variable as it was (gonotes s13: they read the new one, a zero value).
// Not in a unit with a goto, whose label may be on either side.
func (s *Session) splitAtRedefines(u *unit, pur *purity, pending []*decl, vars map[string]bool) []*unit {
	if u.kind != stmtPiece {
		return []*unit{u}
	}
	split := !u.result && len(u.pieces) > 1
	shadows := func(name string) bool {
		return predeclaredNames[name] || pur.pkgs[name] != "" || pur.base[name] != ""
	}
	known := func(name string) bool { return vars[name] }
	for _, p := range u.pieces {
		if strings.Contains(p.text, "goto") {
			shadows = func(string) bool { return false }
			known = shadows
			break
		}
	}
	var out []*unit
	start := 0
	for i := range u.pieces {
		names := u.pieces[i].defines() // one parse of each statement
		if split && i > start && (anyName(names, shadows) || redefines(names, known)) {
			out = append(out, &unit{kind: stmtPiece, pieces: u.pieces[start:i]})
			start = i
		}
		for _, name := range names {
			vars[name] = true
		}
		if !split || len(names) == 0 || i == len(u.pieces)-1 {
			continue
		}
		probe := append(pending[:len(pending):len(pending)], &decl{kind: "var", names: names})
		if len(s.redefined(probe, len(pending))) == 0 {
			continue
		}
		out = append(out, &unit{kind: stmtPiece, pieces: u.pieces[start : i+1]})
		start = i + 1
	}
	if start == 0 {
		return []*unit{u}
	}
	return append(out, &unit{kind: stmtPiece, pieces: u.pieces[start:]})
}

// predeclaredNames holds the names of the universe scope (see complete.go).
var predeclaredNames = func() map[string]bool {
	m := make(map[string]bool, len(predeclared))
	for _, n := range predeclared {
		m[n] = true
	}
	return m
}()

// anyName reports whether match is true for one of names.
func anyName(names []string, match func(string) bool) bool {
	for _, n := range names {
		if match(n) {
			return true
		}
	}
	return false
}

// defineNames returns the names on the left of a statement `a, b := ...`
// (not _), or nothing for another statement.
func defineNames(text string) (names []string) {
	if !strings.Contains(text, ":=") {
		return nil
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;func _(){"+text+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) != 1 {
		return nil
	}
	as, ok := body[0].(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return nil
	}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	return names
}

// defines returns the names that a statement piece `a, b := ...` defines
// (defineNames), parsed once: splitAtRedefines, prepare and hoist ask.
func (p *piece) defines() []string {
	if !p.defParsed {
		p.defNames, p.defParsed = defineNames(p.text), true
	}
	return p.defNames
}

// redefines reports whether a statement `a, b := ...` (its names, from
// defineNames) declares again a name for which known is true. Its right
// side may mention the name (`x := x + 1`, `t, err := t.Parse(s)`): the
// interpreter compiles it with the earlier variable (third_party/yaegi
// PATCHES.md, "The right side of a top-level := ... reads the earlier
// variable"), so the cut is made before it as for any other.
func redefines(names []string, known func(string) bool) bool {
	for _, n := range names {
		if known(n) {
			return true
		}
	}
	return false
}

// commit records the declarations of a cell that ran: a declaration replaces
// the earlier ones of all its names.
func (s *Session) commit(pending []*decl) {
	s.declMu.Lock()
	defer s.declMu.Unlock()
	s.cellDecls = nil
	s.decls = merge(s.decls, pending)
}

// merge returns decls with pending added, replacing the earlier
// declarations of the same names.
func merge(decls, pending []*decl) []*decl {
	if len(pending) == 0 {
		return decls
	}
	// A declaration of the cell replaces the cell's earlier ones too
	// (`n := n * 2` then `n := n + 1`).
	live := map[string]bool{}
	var last []*decl
	for i := len(pending) - 1; i >= 0; i-- {
		d := pending[i]
		if !replaced(d, live) {
			last = append(last, d)
		}
		for _, k := range d.keys() {
			live[k] = true
		}
		live[blankKey(d)] = true
	}
	pending = pending[:0:0]
	for i := len(last) - 1; i >= 0; i-- {
		pending = append(pending, last[i])
	}
	kept := decls[:0:0]
	for _, d := range decls {
		if !replaced(d, live) {
			kept = append(kept, d)
		}
	}
	return append(kept, pending...)
}

// replaced reports whether the keys of live declare again all the names
// of d; a declaration of blank names only (var _ = f()) is replaced only
// by the same declaration (its cell run again), not by another.
func replaced(d *decl, live map[string]bool) bool {
	n := 0
	for i, k := range d.keys() {
		if d.names[i] == "_" {
			continue
		}
		if !live[k] {
			return false
		}
		n++
	}
	return n > 0 || len(d.names) > 0 && live[blankKey(d)]
}

// blankKey identifies a declaration by its kind and text, for replaced.
func blankKey(d *decl) string { return "text " + d.kind + " " + d.text }

// fromStmtMark labels, in Declarations, a var declaration made from a
// cell's `x := expr` statement.
const fromStmtMark = "(from a := statement)"

// Declarations returns the source of the declarations (imports, consts,
// types, funcs, methods and vars) of the cells that ran successfully, in
// notebook order, as one Go file of package main; a later declaration of a
// name replaces the earlier one. A var keeps its initialiser only when that
// can be computed again without effects (see replay.go): otherwise it is
// declared with the zero value of its type (var f *os.File), with a comment
// naming the call not run again. Top-level statements never appear, with
// one exception: a variable defined by `x := expr` whose expr is pure in
// the same sense appears as `var x = expr`; variables made otherwise
// (x := f()) are left out, and so are the earlier declarations of their
// names (a variable assigned later keeps its declaration's initialiser).
// A worker process that replays the declarations (see
// [Session.Load] and [Session.Call]) so knows every func and type, and the
// variables recomputed from their initialisers: like Python's spawn, which
// re-imports the module's definitions but not the state that statements
// built since.
func (s *Session) Declarations() string {
	s.declMu.Lock()
	defer s.declMu.Unlock()
	// The running cell's declarations count too: a child process started by
	// a cell knows the funcs that cell declared above the Start.
	decls := merge(s.decls, s.cellDecls)
	var b strings.Builder
	b.WriteString("package main\n")
	imports := map[string]bool{}
	var specs []string
	for _, d := range decls {
		if d.kind == "import" {
			for _, n := range d.names {
				if !imports[n] {
					imports[n] = true
					specs = append(specs, n)
				}
			}
		}
	}
	sort.Strings(specs)
	if len(specs) > 0 {
		b.WriteString("\nimport (\n")
		for _, sp := range specs {
			fmt.Fprintf(&b, "\t%s\n", strings.TrimSpace(sp))
		}
		b.WriteString(")\n")
	}
	for _, d := range decls {
		if d.kind == "import" || d.kind == "func" && d.names[0] == "main" || d.stmtOnly {
			continue // a notebook's func main runs in its cell, not in a worker; a statement is not replayed
		}
		if d.broken {
			fmt.Fprintf(&b, "\n// %s %s (cell[%d]) is left out: it no longer compiles.\n", d.kind, strings.Join(d.names, ", "), d.cell)
			continue
		}
		mark := ""
		if d.fromStmt {
			// A worker skips it quietly if it does not compile there.
			mark = " " + fromStmtMark
		}
		if d.replay != nil {
			fmt.Fprintf(&b, "\n// cell[%d]\n", d.cell)
			d.replayText(&b)
			continue
		}
		fmt.Fprintf(&b, "\n// cell[%d]%s\n%s\n", d.cell, mark, d.text)
	}
	return b.String()
}

// warnf writes a kernel note to w.
func warnf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format+"\n", args...)
	}
}

// declaresType reports whether ds declare the type name.
func declaresType(ds []*decl, name string) bool {
	for _, d := range ds {
		if d.kind == "type" && slices.Contains(d.names, name) {
			return true
		}
	}
	return false
}
