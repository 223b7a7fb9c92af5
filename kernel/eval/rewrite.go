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
	// inlineGoArgs evaluates a `go f(a, b)` call's arguments in the new
	// goroutine instead of at the go statement (a fallback for the rare
	// cells where temporaries do not compile, notes §3).
	inlineGoArgs bool
	// definesMain reports that a `func main` was declared (and renamed).
	definesMain bool
	n           int
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
			n.Body.List = append([]ast.Stmt{r.check()}, n.Body.List...)
		case *ast.RangeStmt:
			n.Body.List = append([]ast.Stmt{r.check()}, n.Body.List...)
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
	}
	return s
}

// goStmt rewrites a go statement so that the new goroutine is bound to the
// scope of the goroutine running the go statement, and a panic in it is
// recovered by an interpreted recover and reported to that scope (notes §3).
func (r *rewriter) goStmt(g *ast.GoStmt) ast.Stmt {
	r.n++
	gs := "__gs" + strconv.Itoa(r.n)
	prologue := func(call ast.Stmt) *ast.BlockStmt {
		gu := "__gu" + strconv.Itoa(r.n)
		rv := "__gr" + strconv.Itoa(r.n)
		return &ast.BlockStmt{List: []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{ident(gu)}, Tok: token.DEFINE, Rhs: []ast.Expr{rtCall("Bind", ident(gs))}},
			&ast.DeferStmt{Call: &ast.CallExpr{Fun: ident(gu)}},
			&ast.DeferStmt{Call: &ast.CallExpr{Fun: &ast.FuncLit{
				Type: &ast.FuncType{Params: &ast.FieldList{}},
				Body: &ast.BlockStmt{List: []ast.Stmt{&ast.IfStmt{
					Init: &ast.AssignStmt{Lhs: []ast.Expr{ident(rv)}, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.CallExpr{Fun: ident("recover")}}},
					Cond: &ast.BinaryExpr{X: ident(rv), Op: token.NEQ, Y: ident("nil")},
					Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: rtCall("GoPanic", ident(gs), ident(rv))}}},
				}}},
			}}},
			call,
		}}
	}
	scopeParam := &ast.Field{Names: []*ast.Ident{ident(gs)}, Type: ident("any")}
	call := g.Call

	if lit, ok := call.Fun.(*ast.FuncLit); ok {
		// go func(params) results { body }(args)
		// => go func(__gs any, params) { bind; defer recover; func() results { body }() }(scope, args)
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
