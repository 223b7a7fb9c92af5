package eval

import (
	"go/ast"
	"go/token"
	"strconv"
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
	// race asks for the positions of the statements that may start a
	// thread (race mode: see race.go).
	race    bool
	atStmts map[ast.Stmt]bool // the statements already preceded by At
	// vetConc asks for the concurrency warnings of vetconc.go, gathered in
	// concWarns at the lines of cell.
	vetConc bool
	// cellUnit: the units compiled are the cell's own code, not
	// declarations of earlier cells compiled again.
	cellUnit bool
	cell     int64
	// cellPieces are the cell's pieces in compile order, and cellNames
	// what stackbufcell.go read of them.
	cellPieces []piece
	cellNames  *cellNames
	concWarns  []string
	conc       *concVetter // what the session's declarations and the cell's units vetted so far spell out

	// definesMain reports that a `func main` was declared (and renamed).
	definesMain bool
	n           int

	// userFunc reports whether the notebook defines a func of that name
	// (min, max and clear are then left alone).
	userFunc func(name string) bool
	// localFuncs holds the funcs the cell declares (in this unit or an
	// earlier one).
	localFuncs map[string]bool

	// noCheck leaves out the interrupt checks (benchmarks).
	noCheck bool
	// declKind returns the kind of the notebook's latest declaration of a
	// name ("const", "var", "func", "type"), or "".
	declKind func(name string) string
	// isPackage reports whether a name is a package usable in cells.
	isPackage func(name string) bool
	// isMP reports whether a name refers to lib/multiprocessing
	// ("multiprocessing", or the name of an import such as
	// `import mp ".../lib/multiprocessing"`); nil means the default name only.
	isMP func(name string) bool
	// isThreading is isMP for lib/threading.
	isThreading func(name string) bool
	// cellKinds holds the kinds of the names declared by the units of the
	// cell rewritten so far (as declKind).
	cellKinds map[string]string
	// procRecv tells whether a global is a process pool (1), something else
	// (-1) or unknown (0).
	procRecv func(name string) int
	// procLocal holds the unit's variables made by the multiprocessing
	// package or as a ProcessPoolExecutor (true), or by threading (false).
	procLocal map[string]bool
}

func ident(name string) *ast.Ident { return &ast.Ident{Name: name} }

// isOSStd reports whether s is os.Stdout or os.Stderr.
func isOSStd(s *ast.SelectorExpr) bool {
	x, ok := s.X.(*ast.Ident)
	return ok && x.Name == "os" && (s.Sel.Name == "Stdout" || s.Sel.Name == "Stderr")
}

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
	if r.procLocal == nil {
		r.procLocal = map[string]bool{}
	}
	for name, proc := range procLocals(n, r.mp) {
		r.procLocal[name] = proc
	}
	r.recordKinds(n)
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
			if std, ok := n.X.(*ast.SelectorExpr); ok && keep[std] && isOSStd(std) {
				// os.Stdout.Write and WriteString write through the
				// cell's routing, as fmt.Print does, so that their text
				// keeps its place among the cell's other output (on the
				// file itself it reached the notebook after it).
				switch n.Sel.Name {
				case "Write":
					std.X = ident(rtName)
				case "WriteString":
					n.X, n.Sel = ident(rtName), ident(std.Sel.Name+"WriteString")
				}
			}
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
			if !r.noCheck {
				n.Body.List = append([]ast.Stmt{r.check()}, n.Body.List...)
			}
		case *ast.RangeStmt:
			if !r.noCheck {
				n.Body.List = append([]ast.Stmt{r.check()}, n.Body.List...)
			}
		case *ast.CallExpr:
			r.nameTarget(n)
		case *ast.CompositeLit:
			r.nameProcess(n)
			r.nameThread(n)
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
	if r.race {
		list = r.atStarts(list)
	}
	for i, s := range list {
		list[i] = r.stmt(s)
	}
	return list
}

// atStarts precedes each statement of list that may start a thread with
// __gonotes.At(pos), so that the thread tracer learns where the thread was
// started (race mode). It is a statement of its own, before s: a block
// around s would hide the variables that s declares.
func (r *rewriter) atStarts(list []ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for i, s := range list {
		if r.atStmts[s] || !startsThread(s) {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]ast.Stmt, 0, len(list)+1), list[:i]...)
		}
		if r.atStmts == nil {
			r.atStmts = map[ast.Stmt]bool{}
		}
		r.atStmts[s] = true
		out = append(out, &ast.ExprStmt{X: rtCall("At", posLit(s.Pos()))}, s)
	}
	if out == nil {
		return list
	}
	return out
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
	}
	return s
}

// goStmt rewrites a go statement so that the new goroutine is bound to the
// scope of the goroutine running the go statement, and a panic in it is
// recovered by an interpreted recover and reported to that scope (notes §3).
func (r *rewriter) goStmt(g *ast.GoStmt) ast.Stmt {
	if conversionLike(g.Call.Fun) {
		// go int(1): a conversion, which Go refuses; the interpreter
		// words the error (a rewritten statement would call a variable).
		return g
	}
	r.n++
	gs := "__gs" + strconv.Itoa(r.n)
	// The goroutine runs its call under __gonotes.Go, which binds it to the
	// scope and recovers a panic in compiled code: a recover deferred in an
	// interpreted frame would not run for os.Exit, which skips deferred
	// calls (exitPanic.SkipsDeferred).
	prologue := func(call ast.Stmt) *ast.BlockStmt {
		return &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: rtCall("Go", ident(gs), posLit(g.Go), &ast.FuncLit{
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
		// inner keeps the literal's position: it is the program's func
		// literal (runtime.Caller names it main.main.func1), where the
		// literals added here have none (yaegi's callers.go).
		inner := &ast.FuncLit{Type: &ast.FuncType{Func: lit.Type.Func, Params: &ast.FieldList{}, Results: lit.Type.Results}, Body: lit.Body}
		outer := &ast.FuncLit{
			Type: &ast.FuncType{Params: &ast.FieldList{List: params}},
			Body: prologue(&ast.ExprStmt{X: &ast.CallExpr{Fun: inner}}),
		}
		args := append([]ast.Expr{rtCall("Scope")}, call.Args...)
		return &ast.GoStmt{Go: g.Go, Call: &ast.CallExpr{Fun: outer, Args: args, Ellipsis: call.Ellipsis, Lparen: call.Lparen, Rparen: call.Rparen}}
	}

	// go f(a, b) => { __gf, __ga0, __ga1 := f, a, b; go func(__gs any) { ...; __gf(__ga0, __ga1) }(scope) }
	// The func and the arguments are evaluated at the go statement, as Go
	// does, except those that cannot change: a declared func, a constant.
	// A constant stays inline because its type may come from the
	// parameter (const N = 4; go half(N) with half(float64)), which a
	// temporary would lose.
	var lhs, rhs []ast.Expr
	fun := call.Fun
	if !r.fixedFunc(fun) {
		name := ident("__gf" + strconv.Itoa(r.n))
		lhs, rhs = append(lhs, name), append(rhs, fun)
		fun = ident(name.Name)
	}
	args := make([]ast.Expr, len(call.Args))
	for i, a := range call.Args {
		if r.constant(a) {
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

// posLit is the literal of a position, for the runtime's helpers.
func posLit(p token.Pos) ast.Expr {
	return &ast.BasicLit{Kind: token.INT, Value: strconv.Itoa(int(p))}
}

// threadStarters are the methods of the library that may start a
// threading.Thread (a pool starts its workers as tasks arrive).
var threadStarters = map[string]bool{"Start": true, "Submit": true, "SubmitFunc": true, "Map": true, "MapFunc": true}

// startsThread reports whether statement s (an expression, assignment or
// declaration) calls a method that may start a thread, outside func
// literals.
func startsThread(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt:
	default:
		return false
	}
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && threadStarters[sel.Sel.Name] {
				found = true
			}
		}
		return !found
	})
	return found && s.Pos().IsValid()
}

// renameIn renames the identifiers name to to in n.
func renameIn(n ast.Node, name, to string) {
	if n == nil {
		return
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			// x.name: the field or method keeps its name.
			renameIn(sel.X, name, to)
			return false
		}
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			id.Name = to
		}
		return true
	})
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
// executor.Submit(work, x), multiprocessing.Pool{Initializer: setup}), the
// rewriter passes
// multiprocessing.Named("work", work) instead.

var poolMethods = map[string]bool{
	"Map": true, "MapAsync": true, "Starmap": true, "StarmapAsync": true, "Apply": true,
	"ApplyAsync": true, "Imap": true, "ImapUnordered": true, "Submit": true, "MapTimeout": true,
}

// notebookFunc reports whether name is a func declared by a cell.
func (r *rewriter) notebookFunc(name string) bool {
	return r.localFuncs[name] || r.userFunc != nil && r.userFunc(name)
}

// named returns multiprocessing.Named("name", name) for a notebook func
// ident, or nil.
func (r *rewriter) named(x ast.Expr) ast.Expr {
	id, ok := x.(*ast.Ident)
	if !ok || id.Obj != nil && id.Obj.Kind != ast.Fun || !r.notebookFunc(id.Name) {
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
	// Only the receivers known to be process pools, by their definition in
	// the cell or their type: a func given to another Map (a thread pool's,
	// the user's own) keeps its type.
	proc, known := r.procLocal[recv.Name]
	if !known {
		proc = r.procRecv != nil && r.procRecv(recv.Name) > 0
	}
	if !proc {
		return
	}
	if n := r.named(c.Args[0]); n != nil {
		c.Args[0] = n
	}
}

// nameProcess names the Target of a multiprocessing.Process literal, also
// of the elements of []*multiprocessing.Process{{Target: work}} (the form
// gofmt -s makes), whose type is elided.
func (r *rewriter) nameProcess(c *ast.CompositeLit) {
	if elt := eltType(c.Type); elt != nil && r.processType(elt) {
		for _, inner := range elidedElts(c) {
			r.nameProcessFields(inner)
		}
		return
	}
	if r.processType(c.Type) {
		r.nameProcessFields(c)
	}
	if r.procPoolType(c.Type) {
		r.nameFields(c, "Initializer")
	}
}

// procPoolType reports whether x is the type multiprocessing.Pool or
// futures.ProcessPoolExecutor, whose Initializer runs in child processes
// (a ThreadPoolExecutor's stays a func).
func (r *rewriter) procPoolType(x ast.Expr) bool {
	t, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := t.X.(*ast.Ident)
	if !ok || pkg.Obj != nil {
		return false
	}
	return t.Sel.Name == "Pool" && r.mp(pkg.Name) || t.Sel.Name == "ProcessPoolExecutor"
}

// processType reports whether x is the type multiprocessing.Process.
func (r *rewriter) processType(x ast.Expr) bool {
	t, ok := x.(*ast.SelectorExpr)
	if !ok || t.Sel.Name != "Process" {
		return false
	}
	pkg, ok := t.X.(*ast.Ident)
	return ok && r.mp(pkg.Name) && pkg.Obj == nil
}

// nameProcessFields names the Target field of a Process literal.
func (r *rewriter) nameProcessFields(c *ast.CompositeLit) { r.nameFields(c, "Target") }

// nameFields names the notebook func given to the field key of a literal.
func (r *rewriter) nameFields(c *ast.CompositeLit, key string) {
	for _, e := range c.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == key {
				if n := r.named(kv.Value); n != nil {
					kv.Value = n
				}
			}
		}
	}
}

// eltType returns the element type of a slice, array or map literal's type
// (without a pointer's star), or nil.
func eltType(t ast.Expr) ast.Expr {
	var elt ast.Expr
	switch t := t.(type) {
	case *ast.ArrayType:
		elt = t.Elt
	case *ast.MapType:
		elt = t.Value
	}
	if st, ok := elt.(*ast.StarExpr); ok {
		elt = st.X
	}
	return elt
}

// elidedElts returns the element literals of c whose type is elided
// ({...} or &{...}, as values of a slice or map literal).
func elidedElts(c *ast.CompositeLit) []*ast.CompositeLit {
	var out []*ast.CompositeLit
	for _, e := range c.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = u.X
		}
		if inner, ok := e.(*ast.CompositeLit); ok && inner.Type == nil {
			out = append(out, inner)
		}
	}
	return out
}

// nameThread gives a threading.Thread literal whose Target is a notebook
// func (Target: worker) or a method value (Target: w.Work) its TargetName,
// so that its default name is Python's "Thread-1 (worker)": an interpreted
// func reaches the library without its name.
func (r *rewriter) nameThread(c *ast.CompositeLit) {
	// []*threading.Thread{{Target: worker}}: the elements' type is elided.
	if elt := eltType(c.Type); elt != nil && r.threadType(elt) {
		for _, inner := range elidedElts(c) {
			r.nameThreadFields(inner)
		}
		return
	}
	if r.threadType(c.Type) {
		r.nameThreadFields(c)
	}
}

// threadType reports whether x is the type threading.Thread.
func (r *rewriter) threadType(x ast.Expr) bool {
	t, ok := x.(*ast.SelectorExpr)
	if !ok || t.Sel.Name != "Thread" {
		return false
	}
	pkg, ok := t.X.(*ast.Ident)
	if !ok || pkg.Obj != nil {
		return false
	}
	if r.isThreading != nil {
		return r.isThreading(pkg.Name)
	}
	return pkg.Name == "threading"
}

// nameThreadFields adds TargetName to the fields of a Thread literal.
func (r *rewriter) nameThreadFields(c *ast.CompositeLit) {
	name := ""
	for _, e := range c.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return // positional fields: leave it alone
		}
		k, _ := kv.Key.(*ast.Ident)
		switch {
		case k == nil:
		case k.Name == "TargetName":
			return
		case k.Name == "Target":
			switch v := kv.Value.(type) {
			case *ast.Ident:
				if (v.Obj == nil || v.Obj.Kind == ast.Fun) && r.notebookFunc(v.Name) {
					name = v.Name
				}
			case *ast.SelectorExpr:
				// A method named Run is a Thread subclass's run(), which
				// Python names "Thread-N" (lib/threading does the same).
				if v.Sel.Name != "Run" {
					name = v.Sel.Name
				}
			}
		}
	}
	if name != "" {
		c.Elts = append(c.Elts, &ast.KeyValueExpr{Key: ident("TargetName"), Value: &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(name)}})
	}
}

// mp reports whether name refers to lib/multiprocessing.
func (r *rewriter) mp(name string) bool {
	if r.isMP != nil {
		return r.isMP(name)
	}
	return name == "multiprocessing"
}

// procLocals finds the unit's variables that are process pools (true) or
// thread pools and other values (false), by their definitions.
func procLocals(n ast.Node, isMP func(string) bool) map[string]bool {
	out := map[string]bool{}
	mark := func(name string, x ast.Expr) {
		proc, other := false, false
		ast.Inspect(x, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok {
					proc = proc || isMP(id.Name) || n.Sel.Name == "ProcessPoolExecutor"
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
			for i, l := range n.Lhs {
				id, ok := l.(*ast.Ident)
				switch {
				case !ok:
				case len(n.Lhs) == len(n.Rhs):
					mark(id.Name, n.Rhs[i])
				case len(n.Rhs) == 1 && i == 0: // pool, err := multiprocessing.NewPool(2)
					mark(id.Name, n.Rhs[0])
				}
			}
		case *ast.Field:
			for _, id := range n.Names {
				mark(id.Name, n.Type)
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
	// A loop always runs in a func: its variables and the temporaries of
	// its body are then slots of a small frame, and a closure made in the
	// loop (a goroutine's func) copies that frame, not the global frame,
	// whose size grows with the notebook.
	loop := st
	if l, ok := st.(*ast.LabeledStmt); ok {
		loop = l.Stmt
	}
	switch loop.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
		defines = true
	}
	if !defines || escapes {
		return st
	}
	// The func literal has no position: yaegi's stack buffer analysis
	// (stackbuf.go isToolLit) takes its body as part of the cell's.
	return &ast.ExprStmt{X: &ast.CallExpr{Fun: &ast.FuncLit{
		Type: &ast.FuncType{Params: &ast.FieldList{}},
		Body: &ast.BlockStmt{List: []ast.Stmt{st}},
	}}}
}

// recordKinds records the kinds of the names that n (a unit) declares at
// its top level, for the later units of the cell.
func (r *rewriter) recordKinds(n ast.Node) {
	if r.cellKinds == nil {
		r.cellKinds = map[string]string{}
	}
	switch n := n.(type) {
	case *ast.File:
		for _, d := range n.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					r.cellKinds[d.Name.Name] = "func"
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.ValueSpec:
						for _, id := range sp.Names {
							r.cellKinds[id.Name] = d.Tok.String()
						}
					case *ast.TypeSpec:
						r.cellKinds[sp.Name.Name] = "type"
					}
				}
			}
		}
	case *ast.BlockStmt:
		for _, st := range n.List {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok == token.DEFINE {
					for _, l := range st.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							r.cellKinds[id.Name] = "var"
						}
					}
				}
			case *ast.DeclStmt:
				r.recordKinds(&ast.File{Decls: []ast.Decl{st.Decl}})
			}
		}
	}
}

// kindOf returns the kind of the notebook's declaration of name, seen from
// a unit where the parser did not resolve it: of this cell's earlier units,
// else of the notebook.
func (r *rewriter) kindOf(name string) string {
	if k, ok := r.cellKinds[name]; ok {
		return k
	}
	if r.declKind != nil {
		return r.declKind(name)
	}
	return ""
}

var basicTypes = map[string]bool{
	"bool": true, "string": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"byte": true, "rune": true, "float32": true, "float64": true, "complex64": true, "complex128": true,
}

// constant reports whether x is a constant expression (a literal, a
// constant, nil, operators and basic conversions of those, a package's
// exported name), whose value is the same at a go statement and in the
// goroutine it starts.
func (r *rewriter) constant(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		if x.Obj != nil {
			return x.Obj.Kind == ast.Con
		}
		switch k := r.kindOf(x.Name); {
		case k != "":
			return k == "const"
		}
		switch x.Name {
		case "true", "false", "nil", "iota":
			return true
		}
	case *ast.ParenExpr:
		return r.constant(x.X)
	case *ast.UnaryExpr:
		return x.Op != token.AND && x.Op != token.ARROW && r.constant(x.X)
	case *ast.BinaryExpr:
		return r.constant(x.X) && r.constant(x.Y)
	case *ast.CallExpr:
		id, ok := x.Fun.(*ast.Ident)
		return ok && id.Obj == nil && basicTypes[id.Name] && r.kindOf(id.Name) == "" && len(x.Args) == 1 && r.constant(x.Args[0])
	case *ast.SelectorExpr:
		// math.Pi, time.Second: a package's name (mostly constants; a
		// package variable is read when the goroutine starts).
		return r.packageName(x.X)
	}
	return false
}

// packageName reports whether x names a package (not a variable that
// shadows it).
func (r *rewriter) packageName(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Obj == nil && r.kindOf(id.Name) == "" && r.isPackage != nil && r.isPackage(id.Name)
}

// fixedFunc reports whether the func of a go statement's call cannot
// change before the goroutine starts: a builtin, a declared func (of the
// notebook or a package), or a conversion.
func (r *rewriter) fixedFunc(fun ast.Expr) bool {
	switch f := fun.(type) {
	case *ast.Ident:
		if f.Obj != nil {
			return f.Obj.Kind == ast.Fun
		}
		if k := r.kindOf(f.Name); k != "" {
			return k == "func" || r.localFuncs[f.Name]
		}
		return builtins[f.Name] || r.localFuncs[f.Name]
	case *ast.SelectorExpr:
		return r.packageName(f.X)
	case *ast.IndexExpr: // a generic func's instance
		return r.fixedFunc(f.X)
	case *ast.IndexListExpr:
		return r.fixedFunc(f.X)
	case *ast.ParenExpr:
		return r.fixedFunc(f.X)
	}
	return false
}

// conversionLike reports whether the called expression fun of a go
// statement is written as a type: a predeclared type's name or a type
// literal.
func conversionLike(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return predeclaredTypes[f.Name]
	case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType:
		return true
	}
	return false
}
