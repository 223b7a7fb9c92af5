package eval

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// mainRename is the name a cell's `func main` is given: yaegi would run a
// function named main again after every later cell (notes §1), so cells never
// define one. A cell that declares func main runs it once at its end.
const mainRename = "__gonotesMain"

// builtins are the predeclared functions that cannot be stored in a
// variable (a `go` statement calling one keeps it inline).
var builtins = map[string]bool{
	"append": true, "cap": true, "clear": true, "close": true, "complex": true, "copy": true,
	"delete": true, "imag": true, "len": true, "make": true, "max": true, "min": true, "new": true,
	"panic": true, "print": true, "println": true, "real": true, "recover": true,
}

// rewriter transforms a cell's AST before yaegi compiles it.
type rewriter struct {
	// inlineGoArgs evaluates a `go f(a, b)` call's arguments in the new
	// goroutine instead of at the go statement (a fallback for the rare
	// cells where temporaries do not compile, notes §3).
	inlineGoArgs bool
	// definesMain reports that a `func main` was declared (and renamed).
	definesMain bool
	n           int

	// isInt reports whether a global of the session has an integer type
	// (for `for i := range n`); nil means none does.
	isInt func(name string) bool
	// isGlobal reports whether a global of that name exists (an earlier
	// cell's top-level loop variable, say).
	isGlobal func(name string) bool
	// userFunc reports whether the notebook defines a func of that name
	// (min, max and clear are then left alone).
	userFunc func(name string) bool
	// allRanges rewrites every range whose operand might be an integer (a
	// retry after a compile failure).
	allRanges bool
	// ints holds the names the unit defines as integers.
	ints map[string]bool
	// localFuncs holds the funcs the cell declares (in this unit or an
	// earlier one).
	localFuncs map[string]bool

	// noCheck leaves out the interrupt checks (benchmarks).
	noCheck bool
	// noNaming turns off the naming of multiprocessing targets (a retry).
	noNaming bool
	// procRecv tells whether a global is a process pool (1), something else
	// (-1) or unknown (0).
	procRecv func(name string) int
	// procLocal holds the unit's variables made by the multiprocessing
	// package or as a ProcessPoolExecutor (true), or by threading (false).
	procLocal map[string]bool
}

func ident(name string) *ast.Ident { return &ast.Ident{Name: name} }

func rtSel(name string) *ast.SelectorExpr {
	return &ast.SelectorExpr{X: ident(rtName), Sel: ident(name)}
}

func rtCall(name string, args ...ast.Expr) *ast.CallExpr {
	return &ast.CallExpr{Fun: rtSel(name), Args: args}
}

// rewrite applies every transformation to n (an *ast.File or a block).
func (r *rewriter) rewrite(n ast.Node) {
	// Selectors that are the operand of another selector (os.Stdout.Write)
	// keep their *os.File type.
	keep := map[*ast.SelectorExpr]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := s.X.(*ast.SelectorExpr); ok {
				keep[x] = true
			}
		}
		return true
	})
	var pkgName *ast.Ident
	if f, ok := n.(*ast.File); ok {
		pkgName = f.Name
	}
	r.ints = intNames(n)
	if b, ok := n.(*ast.BlockStmt); ok {
		b.List = r.hoist(b.List, false)
		for i, st := range b.List {
			b.List[i] = wrapCompound(st)
		}
	}
	// The funcs of every unit of the cell so far: a statement may use a
	// func declared above it in the same cell (as a process target, say).
	if r.localFuncs == nil {
		r.localFuncs = map[string]bool{}
	}
	r.procLocal = procLocals(n)
	if f, ok := n.(*ast.File); ok {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				r.localFuncs[fd.Name.Name] = true
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if n == pkgName {
				break
			}
			if n.Name == "main" {
				n.Name = mainRename
			}
		case *ast.FuncDecl:
			if n.Recv == nil && n.Name.Name == "main" {
				r.definesMain = true
			}
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && x.Name == "os" && !keep[n] {
				switch n.Sel.Name {
				case "Stdin", "Stdout", "Stderr":
					n.X = ident(rtName)
				}
			}
		case *ast.BlockStmt:
			n.List = r.stmts(n.List)
		case *ast.CaseClause:
			n.Body = r.stmts(n.Body)
		case *ast.CommClause:
			n.Body = r.stmts(n.Body)
		case *ast.ForStmt:
			r.loopVar(n)
			if !r.noCheck {
				n.Body.List = append([]ast.Stmt{r.check()}, n.Body.List...)
			}
		case *ast.RangeStmt:
			r.rangeVar(n)
			if !r.noCheck {
				n.Body.List = append([]ast.Stmt{r.check()}, n.Body.List...)
			}
		case *ast.CallExpr:
			r.builtin(n)
			r.nameTarget(n)
		case *ast.CompositeLit:
			r.nameProcess(n)
		}
		return true
	})
}

// check returns `if __gonotesIntr != 0 { __gonotes.Check() }`.
func (r *rewriter) check() ast.Stmt {
	return &ast.IfStmt{
		Cond: &ast.BinaryExpr{X: ident(intrVar), Op: token.NEQ, Y: &ast.BasicLit{Kind: token.INT, Value: "0"}},
		Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: rtCall("Check")}}},
	}
}

// stmts rewrites the statements of a list that must be replaced whole.
func (r *rewriter) stmts(list []ast.Stmt) []ast.Stmt {
	for i, s := range list {
		list[i] = r.stmt(s)
	}
	return list
}

func (r *rewriter) stmt(s ast.Stmt) ast.Stmt {
	switch s := s.(type) {
	case *ast.GoStmt:
		return r.goStmt(s)
	case *ast.LabeledStmt:
		s.Stmt = r.stmt(s.Stmt)
	case *ast.SelectStmt:
		if len(s.Body.List) == 0 { // select {}: block, interruptibly
			return &ast.ExprStmt{X: rtCall("Block")}
		}
	case *ast.RangeStmt:
		if f := r.rangeInt(s); f != nil {
			return f
		}
	}
	return s
}

// goStmt rewrites a go statement so that the new goroutine is bound to the
// scope of the goroutine running the go statement, and a panic in it is
// recovered by an interpreted recover and reported to that scope (notes §3).
func (r *rewriter) goStmt(g *ast.GoStmt) ast.Stmt {
	r.n++
	gs := "__gs" + strconv.Itoa(r.n)
	// The goroutine runs its call under __gonotes.Go, which binds it to the
	// scope and recovers a panic in compiled code: a recover deferred in an
	// interpreted frame would not run for os.Exit, which skips deferred
	// calls (exitPanic.SkipsDeferred).
	prologue := func(call ast.Stmt) *ast.BlockStmt {
		return &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: rtCall("Go", ident(gs), &ast.FuncLit{
			Type: &ast.FuncType{Params: &ast.FieldList{}},
			Body: &ast.BlockStmt{List: []ast.Stmt{call}},
		})}}}
	}
	scopeParam := &ast.Field{Names: []*ast.Ident{ident(gs)}, Type: ident("any")}
	call := g.Call

	if lit, ok := call.Fun.(*ast.FuncLit); ok {
		// go func(params) results { body }(args)
		// => go func(__gs any, params) { Go(__gs, func() { func() results { body }() }) }(scope, args)
		params := []*ast.Field{scopeParam}
		for _, f := range lit.Type.Params.List {
			if len(f.Names) == 0 {
				f.Names = []*ast.Ident{ident("_")}
			}
			params = append(params, f)
		}
		inner := &ast.FuncLit{Type: &ast.FuncType{Params: &ast.FieldList{}, Results: lit.Type.Results}, Body: lit.Body}
		outer := &ast.FuncLit{
			Type: &ast.FuncType{Params: &ast.FieldList{List: params}},
			Body: prologue(&ast.ExprStmt{X: &ast.CallExpr{Fun: inner}}),
		}
		args := append([]ast.Expr{rtCall("Scope")}, call.Args...)
		return &ast.GoStmt{Go: g.Go, Call: &ast.CallExpr{Fun: outer, Args: args, Ellipsis: call.Ellipsis, Lparen: call.Lparen, Rparen: call.Rparen}}
	}

	// go f(a, b) => { __gf, __ga0, __ga1 := f, a, b; go func(__gs any) { ...; __gf(__ga0, __ga1) }(scope) }
	var lhs, rhs []ast.Expr
	fun := call.Fun
	if id, ok := fun.(*ast.Ident); !r.inlineGoArgs && !(ok && builtins[id.Name]) {
		name := ident("__gf" + strconv.Itoa(r.n))
		lhs, rhs = append(lhs, name), append(rhs, fun)
		fun = ident(name.Name)
	}
	args := make([]ast.Expr, len(call.Args))
	for i, a := range call.Args {
		if _, lit := a.(*ast.BasicLit); lit || r.inlineGoArgs {
			args[i] = a
			continue
		}
		name := "__ga" + strconv.Itoa(r.n) + "_" + strconv.Itoa(i)
		lhs, rhs = append(lhs, ident(name)), append(rhs, a)
		args[i] = ident(name)
	}
	inner := &ast.CallExpr{Fun: fun, Args: args, Ellipsis: call.Ellipsis}
	goStmt := &ast.GoStmt{Go: g.Go, Call: &ast.CallExpr{
		Fun:  &ast.FuncLit{Type: &ast.FuncType{Params: &ast.FieldList{List: []*ast.Field{scopeParam}}}, Body: prologue(&ast.ExprStmt{X: inner})},
		Args: []ast.Expr{rtCall("Scope")},
	}}
	if len(lhs) == 0 {
		return goStmt
	}
	return &ast.BlockStmt{List: []ast.Stmt{
		&ast.AssignStmt{Lhs: lhs, Tok: token.DEFINE, Rhs: rhs},
		goStmt,
	}}
}

// Go 1.22 semantics that yaegi v0.16.1 lacks (notes §5): per-iteration loop
// variables, range over an integer, and the min, max and clear builtins.

// captures reports whether a loop body may capture its variables: it holds a
// func literal, a go statement or takes an address.
func captures(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			found = true
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				found = true
			}
		}
		return !found
	})
	return found
}

// assigns reports whether body assigns to name.
func assigns(body ast.Node, name string) bool {
	found := false
	is := func(x ast.Expr) bool { id, ok := x.(*ast.Ident); return ok && id.Name == name }
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					found = found || is(l)
				}
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		}
		return !found
	})
	return found
}

// renameIn renames the identifiers name to to in n.
func renameIn(n ast.Node, name, to string) {
	if n == nil {
		return
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			id.Name = to
		}
		return true
	})
}

// loopVar gives `for i := a; cond; post { body }` a variable per iteration
// when the body may capture it and does not assign it:
// for __lv1 := a; cond'; post' { i := __lv1; body }. (A fresh name is
// needed: yaegi mishandles `i := i` in a loop at the top level of a cell.)
func (r *rewriter) loopVar(f *ast.ForStmt) {
	init, ok := f.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || !captures(f.Body) {
		return
	}
	var copyL, copyR []ast.Expr
	for _, l := range init.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" || strings.HasPrefix(id.Name, "__") {
			continue
		}
		if assigns(f.Body, id.Name) {
			return
		}
	}
	for _, l := range init.Lhs {
		id := l.(*ast.Ident)
		if id.Name == "_" || strings.HasPrefix(id.Name, "__") {
			continue
		}
		r.n++
		fresh := "__lv" + strconv.Itoa(r.n)
		renameIn(f.Cond, id.Name, fresh)
		renameIn(f.Post, id.Name, fresh)
		copyL = append(copyL, ident(r.iterName(f.Body, id.Name)))
		copyR = append(copyR, ident(fresh))
		id.Name = fresh
	}
	if len(copyL) > 0 {
		f.Body.List = append([]ast.Stmt{&ast.AssignStmt{Lhs: copyL, Tok: token.DEFINE, Rhs: copyR}}, f.Body.List...)
	}
}

// rangeVar gives `for k, v := range x { body }` variables per iteration when
// the body may capture them: for __lv1, __lv2 := range x { k, v := __lv1, __lv2; body }.
func (r *rewriter) rangeVar(f *ast.RangeStmt) {
	if f.Tok != token.DEFINE || !captures(f.Body) {
		return
	}
	var copyL, copyR []ast.Expr
	for _, x := range []ast.Expr{f.Key, f.Value} {
		id, ok := x.(*ast.Ident)
		if !ok || id.Name == "_" || strings.HasPrefix(id.Name, "__") {
			continue
		}
		r.n++
		fresh := "__lv" + strconv.Itoa(r.n)
		copyL = append(copyL, ident(r.iterName(f.Body, id.Name)))
		copyR = append(copyR, ident(fresh))
		id.Name = fresh
	}
	if len(copyL) > 0 {
		f.Body.List = append([]ast.Stmt{&ast.AssignStmt{Lhs: copyL, Tok: token.DEFINE, Rhs: copyR}}, f.Body.List...)
	}
}

// iterName returns the name of the per-iteration copy of loop variable
// name in body. At the top level of a cell, yaegi binds a closure in the
// body to an existing global of the same name (an earlier cell's top-level
// loop variable, say) rather than to the copy, so every goroutine would see
// the last value; then the copy gets a fresh name, renamed in the body.
func (r *rewriter) iterName(body *ast.BlockStmt, name string) string {
	if r.isGlobal == nil || !r.isGlobal(name) || redeclares(body, name) {
		return name
	}
	r.n++
	fresh := name + "__it" + strconv.Itoa(r.n)
	renameRefs(body, name, fresh)
	return fresh
}

// redeclares reports whether body declares name again (a := or var, a
// func parameter or result), where a plain rename would change meaning.
func redeclares(body ast.Node, name string) bool {
	found := false
	is := func(x ast.Expr) bool { id, ok := x.(*ast.Ident); return ok && id.Name == name }
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					found = found || is(l)
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				found = found || id.Name == name
			}
		case *ast.Field:
			for _, id := range n.Names {
				found = found || id.Name == name
			}
		case *ast.RangeStmt:
			found = found || is(n.Key) || is(n.Value)
		}
		return !found
	})
	return found
}

// renameRefs renames the references to the variable name in n to to:
// every identifier name except selected fields and methods (x.name) and
// composite literal keys (T{name: v}).
func renameRefs(n ast.Node, name, to string) {
	skip := map[*ast.Ident]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
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
			if n.Name == name && !skip[n] {
				n.Name = to
			}
		}
		return true
	})
}

// rangeInt rewrites `for i := range n` (n an integer) as
// `for i, __rn1 := n-n, n; i < __rn1; i++`, which yaegi v0.16.1 lacks (it
// panics with "nil type"). Without types, n counts as an integer when it
// obviously is one (see intExpr); r.allRanges also takes every operand that
// might be one.
func (r *rewriter) rangeInt(f *ast.RangeStmt) *ast.ForStmt {
	if f.Tok == token.ASSIGN || !pure(f.X) || !(r.intExpr(f.X) || r.allRanges && maybeInt(f.X)) {
		return nil
	}
	if f.Value != nil {
		return nil
	}
	r.n++
	bound := "__rn" + strconv.Itoa(r.n)
	key := "__ri" + strconv.Itoa(r.n)
	if id, ok := f.Key.(*ast.Ident); ok && id.Name != "_" {
		key = id.Name
	}
	zero := &ast.BinaryExpr{X: f.X, Op: token.SUB, Y: f.X}
	return &ast.ForStmt{
		For:  f.For,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{ident(key), ident(bound)}, Tok: token.DEFINE, Rhs: []ast.Expr{zero, f.X}},
		Cond: &ast.BinaryExpr{X: ident(key), Op: token.LSS, Y: ident(bound)},
		Post: &ast.IncDecStmt{X: ident(key), Tok: token.INC},
		Body: f.Body,
	}
}

var intTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true, "uint": true, "uint8": true,
	"uint16": true, "uint32": true, "uint64": true, "uintptr": true, "byte": true, "rune": true,
}

// pure reports whether evaluating x twice is harmless.
func pure(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return pure(x.X)
	case *ast.SelectorExpr:
		return pure(x.X)
	case *ast.BinaryExpr:
		return pure(x.X) && pure(x.Y)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && pure(x.X)
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok && (id.Name == "len" || id.Name == "cap" || intTypes[id.Name]) && len(x.Args) == 1 {
			return pure(x.Args[0])
		}
	}
	return false
}

// intExpr reports whether x is obviously an integer.
func (r *rewriter) intExpr(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BasicLit:
		return x.Kind == token.INT
	case *ast.ParenExpr:
		return r.intExpr(x.X)
	case *ast.Ident:
		return r.ints[x.Name] || r.isInt != nil && r.isInt(x.Name)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.SHL, token.SHR, token.AND, token.OR, token.XOR:
			return r.intExpr(x.X) || r.intExpr(x.Y)
		}
	case *ast.UnaryExpr:
		return x.Op == token.SUB && r.intExpr(x.X)
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok {
			return id.Name == "len" || id.Name == "cap" || intTypes[id.Name]
		}
	}
	return false
}

// maybeInt reports whether x might be an integer: not a literal of
// another kind.
func maybeInt(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.CompositeLit, *ast.FuncLit:
		return false
	case *ast.BasicLit:
		return x.Kind == token.INT
	}
	return true
}

// intNames returns the names that n defines as obvious integers: `x := 3`,
// `var x int`, `x int` parameters, `const x = 3`.
func intNames(n ast.Node) map[string]bool {
	ints := map[string]bool{}
	probe := &rewriter{ints: ints}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && probe.intExpr(n.Rhs[i]) {
						ints[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			t, _ := n.Type.(*ast.Ident)
			for i, id := range n.Names {
				if t != nil && intTypes[t.Name] || t == nil && i < len(n.Values) && probe.intExpr(n.Values[i]) {
					ints[id.Name] = true
				}
			}
		case *ast.Field:
			if t, ok := n.Type.(*ast.Ident); ok && intTypes[t.Name] {
				for _, id := range n.Names {
					ints[id.Name] = true
				}
			}
		}
		return true
	})
	return ints
}

// builtin rewrites calls of the Go 1.21 builtins min, max and clear, which
// yaegi v0.16.1 lacks: min(a, b, c) becomes __gonotesMin(__gonotesMin(a, b), c)
// (a generic func of the prelude), clear(x) a call of a compiled helper.
func (r *rewriter) builtin(c *ast.CallExpr) {
	id, ok := c.Fun.(*ast.Ident)
	if !ok || r.localFuncs[id.Name] || r.userFunc != nil && r.userFunc(id.Name) {
		return
	}
	switch id.Name {
	case "min", "max":
		if len(c.Args) < 2 || c.Ellipsis.IsValid() {
			return
		}
		fn := minFunc
		if id.Name == "max" {
			fn = maxFunc
		}
		// yaegi infers T from the first argument: put typed operands first
		// (min and max are commutative) and make int literals float literals
		// when a float literal is among them.
		var typed, lits []ast.Expr
		hasFloat := false
		for _, a := range c.Args {
			if l := literal(a); l != nil {
				hasFloat = hasFloat || l.Kind == token.FLOAT
				lits = append(lits, a)
			} else {
				typed = append(typed, a)
			}
		}
		if hasFloat {
			for _, a := range lits {
				if l := literal(a); l.Kind == token.INT && !strings.ContainsAny(l.Value, "xXoObB_") {
					l.Kind, l.Value = token.FLOAT, l.Value+".0"
				}
			}
		}
		c.Args = append(typed, lits...)
		acc := &ast.CallExpr{Fun: ident(fn), Args: []ast.Expr{c.Args[0], c.Args[1]}}
		for _, a := range c.Args[2:] {
			acc = &ast.CallExpr{Fun: ident(fn), Args: []ast.Expr{acc, a}}
		}
		c.Fun, c.Args = acc.Fun, acc.Args
	case "clear":
		if len(c.Args) == 1 {
			c.Fun = rtSel("Clear")
		}
	}
}

const (
	minFunc = "__gonotesMin"
	maxFunc = "__gonotesMax"
	// ordered is cmp.Ordered, spelled out.
	ordered = "~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string"
	// minMaxSrc is part of the prelude.
	minMaxSrc = "func " + minFunc + "[T " + ordered + "](a, b T) T { if b < a { return b }; return a }\n" +
		"func " + maxFunc + "[T " + ordered + "](a, b T) T { if b > a { return b }; return a }\n"
)

// literal returns the numeric literal x (possibly negated), or nil.
func literal(x ast.Expr) *ast.BasicLit {
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind == token.INT || x.Kind == token.FLOAT {
			return x
		}
	case *ast.UnaryExpr:
		if x.Op == token.SUB || x.Op == token.ADD {
			return literal(x.X)
		}
	case *ast.ParenExpr:
		return literal(x.X)
	}
	return nil
}

// hoist works around a yaegi bug at the top level of a cell: a func literal
// passed straight to compiled code (wg.Go(func() {...}),
// &threading.Thread{Target: func() {...}}) captures the cell's live frame
// instead of a snapshot, so in a loop every such closure sees the variables'
// last values. A func literal stored in a variable first is captured
// correctly, so inside loop bodies of the top level each func literal of a
// simple statement is stored in a variable just before the statement.
// list is a statement list of the top level (not inside a func literal).
func (r *rewriter) hoist(list []ast.Stmt, inLoop bool) []ast.Stmt {
	var out []ast.Stmt
	for _, st := range list {
		switch x := st.(type) {
		case *ast.BlockStmt:
			x.List = r.hoist(x.List, inLoop)
		case *ast.IfStmt:
			x.Body.List = r.hoist(x.Body.List, inLoop)
			if x.Else != nil {
				r.hoist([]ast.Stmt{x.Else}, inLoop)
			}
		case *ast.ForStmt:
			x.Body.List = r.hoist(x.Body.List, true)
		case *ast.RangeStmt:
			x.Body.List = r.hoist(x.Body.List, true)
		case *ast.SwitchStmt:
			r.hoist(x.Body.List, inLoop)
		case *ast.TypeSwitchStmt:
			r.typeSwitch(x)
			r.hoist(x.Body.List, inLoop)
		case *ast.SelectStmt:
			r.hoist(x.Body.List, inLoop)
		case *ast.CaseClause:
			x.Body = r.hoist(x.Body, inLoop)
		case *ast.CommClause:
			x.Body = r.hoist(x.Body, inLoop)
		case *ast.LabeledStmt:
			if res := r.hoist([]ast.Stmt{x.Stmt}, inLoop); len(res) == 1 {
				x.Stmt = res[0]
			}
		case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.SendStmt, *ast.ReturnStmt:
			if inLoop {
				out = append(out, r.hoistLits(st)...)
			}
		}
		out = append(out, st)
	}
	return out
}

// hoistLits replaces the func literals of st (outside other func literals,
// and except one assigned directly to a variable) by variables, and returns
// their definitions.
func (r *rewriter) hoistLits(st ast.Stmt) []ast.Stmt {
	direct := map[*ast.FuncLit]bool{}
	if a, ok := st.(*ast.AssignStmt); ok {
		for _, x := range a.Rhs {
			if fl, ok := x.(*ast.FuncLit); ok {
				direct[fl] = true
			}
		}
	}
	var defs []ast.Stmt
	replace := func(x ast.Expr) ast.Expr {
		fl, ok := x.(*ast.FuncLit)
		if !ok || direct[fl] {
			return x
		}
		r.n++
		name := "__fl" + strconv.Itoa(r.n)
		defs = append(defs, &ast.AssignStmt{Lhs: []ast.Expr{ident(name)}, Tok: token.DEFINE, Rhs: []ast.Expr{fl}})
		return ident(name)
	}
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its body is a func: not the top level
		case *ast.CallExpr:
			for i, a := range n.Args {
				n.Args[i] = replace(a)
			}
		case *ast.CompositeLit:
			for i, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					kv.Value = replace(kv.Value)
				} else {
					n.Elts[i] = replace(e)
				}
			}
		}
		return true
	})
	return defs
}

// Targets of child processes. A notebook func loses its name when it
// reaches compiled code (notes §9), and a child process finds its target by
// name: so where a notebook func is the target of a process
// (multiprocessing.Process{Target: work}, pool.Map(work, xs),
// executor.Submit(work, x)), the rewriter passes
// multiprocessing.Named("work", work) instead.

var poolMethods = map[string]bool{
	"Map": true, "MapAsync": true, "Starmap": true, "StarmapAsync": true, "Apply": true,
	"ApplyAsync": true, "Imap": true, "ImapUnordered": true, "Submit": true,
}

// notebookFunc reports whether name is a func declared by a cell.
func (r *rewriter) notebookFunc(name string) bool {
	return r.localFuncs[name] || r.userFunc != nil && r.userFunc(name)
}

// named returns multiprocessing.Named("name", name) for a notebook func
// ident, or nil.
func (r *rewriter) named(x ast.Expr) ast.Expr {
	id, ok := x.(*ast.Ident)
	if !ok || r.noNaming || !r.notebookFunc(id.Name) {
		return nil
	}
	return rtCall("Named", &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(id.Name)}, ident(id.Name))
}

// nameTarget names the func passed to a pool method of a process pool.
func (r *rewriter) nameTarget(c *ast.CallExpr) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || !poolMethods[sel.Sel.Name] || len(c.Args) == 0 {
		return
	}
	recv, ok := sel.X.(*ast.Ident)
	if !ok {
		return
	}
	if proc, known := r.procLocal[recv.Name]; known && !proc {
		return
	}
	if _, known := r.procLocal[recv.Name]; !known && r.procRecv != nil && r.procRecv(recv.Name) < 0 {
		return
	}
	if n := r.named(c.Args[0]); n != nil {
		c.Args[0] = n
	}
}

// nameProcess names the Target of a multiprocessing.Process literal.
func (r *rewriter) nameProcess(c *ast.CompositeLit) {
	t, ok := c.Type.(*ast.SelectorExpr)
	if !ok || t.Sel.Name != "Process" {
		return
	}
	for _, e := range c.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Target" {
				if n := r.named(kv.Value); n != nil {
					kv.Value = n
				}
			}
		}
	}
}

// procLocals finds the unit's variables that are process pools (true) or
// thread pools and other values (false), by their definitions.
func procLocals(n ast.Node) map[string]bool {
	out := map[string]bool{}
	mark := func(name string, x ast.Expr) {
		proc, other := false, false
		ast.Inspect(x, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok {
					proc = proc || id.Name == "multiprocessing" || n.Sel.Name == "ProcessPoolExecutor"
					other = other || n.Sel.Name == "ThreadPoolExecutor" || id.Name == "threading"
				}
			}
			return true
		})
		if proc || other {
			out[name] = proc && !other
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						mark(id.Name, n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if i < len(n.Values) {
					mark(id.Name, n.Values[i])
				} else if n.Type != nil {
					mark(id.Name, n.Type)
				}
			}
		}
		return true
	})
	return out
}

// typeSwitch rewrites a type switch with a binding at the top level of a
// cell, where yaegi's compiler panics ("index out of range"), into one
// without: switch v := x.(type) { case T: ... } becomes
// switch x.(type) { case T: v1 := x.(T); _ = v1; ... } (v1 := x in clauses
// with several types, nil or default, as Go gives v the type of x there),
// where v1 is a fresh name per clause that replaces v in its body.
func (r *rewriter) typeSwitch(ts *ast.TypeSwitchStmt) {
	as, ok := ts.Assign.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	ta, ok := as.Rhs[0].(*ast.TypeAssertExpr)
	v, ok2 := as.Lhs[0].(*ast.Ident)
	if !ok || !ok2 {
		return
	}
	x := ta.X
	if _, isIdent := x.(*ast.Ident); !isIdent {
		if ts.Init != nil {
			return
		}
		r.n++
		name := "__ts" + strconv.Itoa(r.n)
		ts.Init = &ast.AssignStmt{Lhs: []ast.Expr{ident(name)}, Tok: token.DEFINE, Rhs: []ast.Expr{x}}
		x = ident(name)
	}
	ts.Assign = &ast.ExprStmt{X: &ast.TypeAssertExpr{X: x}}
	for _, c := range ts.Body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			continue
		}
		var rhs = x
		if len(cc.List) == 1 {
			if id, ok := cc.List[0].(*ast.Ident); !ok || id.Name != "nil" {
				rhs = &ast.TypeAssertExpr{X: x, Type: cc.List[0]}
			}
		}
		// A name per clause: at the top level, clauses share one scope.
		r.n++
		name := "__tv" + strconv.Itoa(r.n)
		for _, st := range cc.Body {
			renameIn(st, v.Name, name)
		}
		cc.Body = append([]ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{ident(name)}, Tok: token.DEFINE, Rhs: []ast.Expr{rhs}},
			&ast.AssignStmt{Lhs: []ast.Expr{ident("_")}, Tok: token.ASSIGN, Rhs: []ast.Expr{ident(name)}},
		}, cc.Body...)
	}
}

// wrapCompound runs a compound statement of the top level of a cell (a
// loop, if, switch or select) that defines variables in its blocks inside a
// func literal: func() { stmt }(). At the top level, yaegi gives the
// variables of sibling blocks the same slots of the global frame whatever
// their types ("reflect: call of reflect.Value.SetInt on string Value" when
// two switch cases define a variable each), while inside a func it is
// correct. Go scopes those variables to the statement anyway, and
// assignments to the cell's variables still reach them (the func literal
// captures them). A statement with return, defer or goto stays as it is.
func wrapCompound(st ast.Stmt) ast.Stmt {
	switch st.(type) {
	case *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
		*ast.SelectStmt, *ast.BlockStmt, *ast.LabeledStmt:
	default:
		return st
	}
	defines, escapes := false, false
	depth := 0
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.DeferStmt:
			escapes = true
		case *ast.BranchStmt:
			escapes = escapes || n.Tok == token.GOTO
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			depth++
			ast.Inspect(n, func(m ast.Node) bool {
				if m == n {
					return true
				}
				return visit(m)
			})
			depth--
			return false
		case *ast.AssignStmt:
			defines = defines || depth > 0 && n.Tok == token.DEFINE
		case *ast.DeclStmt:
			defines = defines || depth > 0
		case *ast.RangeStmt:
			defines = defines || n.Tok == token.DEFINE
		case *ast.TypeSwitchStmt:
			defines = true
		}
		return true
	}
	ast.Inspect(st, visit)
	if !defines || escapes {
		return st
	}
	return &ast.ExprStmt{X: &ast.CallExpr{Fun: &ast.FuncLit{
		Type: &ast.FuncType{Params: &ast.FieldList{}},
		Body: &ast.BlockStmt{List: []ast.Stmt{st}},
	}}}
}
