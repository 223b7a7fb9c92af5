package eval

import (
	"go/ast"
	"go/token"
)

// Two more checks of gc that yaegi does not make (see vet.go), found by
// public18b's rejected programs; both work on the AST without types and
// report only what is certain:
//
//   - == or != between two parameters of a generic function whose type is
//     a type parameter constrained by any (or interface{}): gc's
//     "invalid operation: a == b (incomparable types in type set)"; yaegi
//     compiled the function for each instantiation, with comparable
//     types, and ran it;
//   - a bare return in a function with named results, where a block
//     around it declares one of the results' names again: gc's "result
//     parameter x not in scope at return"; yaegi returned the outer x.

// incomparableParamErrors reports == and != between parameters of a type
// parameter constrained by any, in the generic funcs of n.
func incomparableParamErrors(n ast.Node) []vetError {
	var errs []vetError
	ast.Inspect(n, func(m ast.Node) bool {
		fd, ok := m.(*ast.FuncDecl)
		if !ok || fd.Body == nil || fd.Type.TypeParams == nil {
			return true
		}
		anyParams := map[string]bool{}
		for _, f := range fd.Type.TypeParams.List {
			if isAnyConstraint(f.Type) {
				for _, id := range f.Names {
					anyParams[id.Name] = true
				}
			}
		}
		if len(anyParams) == 0 {
			return false
		}
		// The parameters whose type is such a type parameter, unless the
		// body declares their name again (they may then be others).
		vals := map[string]bool{}
		for _, f := range fd.Type.Params.List {
			if id, ok := f.Type.(*ast.Ident); ok && anyParams[id.Name] {
				for _, p := range f.Names {
					vals[p.Name] = true
				}
			}
		}
		for name := range declaredIn(fd.Body) {
			delete(vals, name)
		}
		ast.Inspect(fd.Body, func(m ast.Node) bool {
			be, ok := m.(*ast.BinaryExpr)
			if !ok || be.Op != token.EQL && be.Op != token.NEQ {
				return true
			}
			x, ok1 := be.X.(*ast.Ident)
			y, ok2 := be.Y.(*ast.Ident)
			if ok1 && ok2 && vals[x.Name] && vals[y.Name] {
				errs = append(errs, vetError{pos: be.Pos(),
					msg: "invalid operation: " + x.Name + " " + be.Op.String() + " " + y.Name + " (incomparable types in type set)"})
			}
			return true
		})
		return false
	})
	return errs
}

// isAnyConstraint reports whether t is any or interface{}.
func isAnyConstraint(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		return t.Name == "any"
	case *ast.InterfaceType:
		return t.Methods == nil || len(t.Methods.List) == 0
	}
	return false
}

// declaredIn returns the names that n declares anywhere (variables,
// constants, types, parameters of func literals, range and type switch
// variables, labels excepted).
func declaredIn(n ast.Node) map[string]bool {
	names := map[string]bool{}
	add := func(x ast.Expr) {
		if id, ok := x.(*ast.Ident); ok {
			names[id.Name] = true
		}
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			if m.Tok == token.DEFINE {
				for _, l := range m.Lhs {
					add(l)
				}
			}
		case *ast.RangeStmt:
			if m.Tok == token.DEFINE {
				add(m.Key)
				add(m.Value)
			}
		case *ast.ValueSpec:
			for _, id := range m.Names {
				add(id)
			}
		case *ast.TypeSpec:
			add(m.Name)
		case *ast.Field:
			for _, id := range m.Names {
				add(id)
			}
		}
		return true
	})
	return names
}

// resultScopeErrors reports a bare return where a block around it
// declares one of the function's named results again.
func resultScopeErrors(n ast.Node) []vetError {
	var errs []vetError
	check := func(typ *ast.FuncType, body *ast.BlockStmt) {
		if body == nil || typ.Results == nil {
			return
		}
		results := map[string]bool{}
		for _, f := range typ.Results.List {
			for _, id := range f.Names {
				if id.Name != "_" {
					results[id.Name] = true
				}
			}
		}
		if len(results) == 0 {
			return
		}
		// shadowed holds, for each nested block, the result names it
		// declares (in source order, up to the statement visited).
		var walk func(list []ast.Stmt, shadowed map[string]bool)
		var stmt func(st ast.Stmt, shadowed map[string]bool)
		nested := func(list []ast.Stmt, shadowed map[string]bool) {
			inner := map[string]bool{}
			for k := range shadowed {
				inner[k] = true
			}
			walk(list, inner)
		}
		stmt = func(st ast.Stmt, shadowed map[string]bool) {
			switch st := st.(type) {
			case *ast.ReturnStmt:
				if len(st.Results) == 0 {
					for _, f := range typ.Results.List {
						for _, id := range f.Names {
							if shadowed[id.Name] {
								errs = append(errs, vetError{pos: st.Pos(), msg: "result parameter " + id.Name + " not in scope at return"})
								return
							}
						}
					}
				}
			case *ast.BlockStmt:
				nested(st.List, shadowed)
			case *ast.IfStmt:
				inner := copySet(shadowed)
				declares(st.Init, results, inner)
				nested(st.Body.List, inner)
				if st.Else != nil {
					stmt(st.Else, inner)
				}
			case *ast.ForStmt:
				inner := copySet(shadowed)
				declares(st.Init, results, inner)
				nested(st.Body.List, inner)
			case *ast.RangeStmt:
				inner := copySet(shadowed)
				if st.Tok == token.DEFINE {
					for _, x := range []ast.Expr{st.Key, st.Value} {
						if id, ok := x.(*ast.Ident); ok && results[id.Name] {
							inner[id.Name] = true
						}
					}
				}
				nested(st.Body.List, inner)
			case *ast.SwitchStmt:
				inner := copySet(shadowed)
				declares(st.Init, results, inner)
				for _, c := range st.Body.List {
					nested(c.(*ast.CaseClause).Body, inner)
				}
			case *ast.TypeSwitchStmt:
				inner := copySet(shadowed)
				declares(st.Init, results, inner)
				declares(st.Assign, results, inner)
				for _, c := range st.Body.List {
					nested(c.(*ast.CaseClause).Body, inner)
				}
			case *ast.SelectStmt:
				for _, c := range st.Body.List {
					cc := c.(*ast.CommClause)
					inner := copySet(shadowed)
					declares(cc.Comm, results, inner)
					nested(cc.Body, inner)
				}
			case *ast.LabeledStmt:
				stmt(st.Stmt, shadowed)
			}
		}
		walk = func(list []ast.Stmt, shadowed map[string]bool) {
			for _, st := range list {
				declares(st, results, shadowed)
				stmt(st, shadowed)
			}
		}
		// The function's own block: a result declared again there is
		// "redeclared" (another check); only nested blocks shadow.
		for _, st := range body.List {
			stmt(st, map[string]bool{})
		}
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncDecl:
			check(m.Type, m.Body)
		case *ast.FuncLit:
			check(m.Type, m.Body)
		}
		return true
	})
	return errs
}

// declares adds to set the names of results that st declares (a define or
// a var or const declaration).
func declares(st ast.Stmt, results, set map[string]bool) {
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok == token.DEFINE {
			for _, l := range st.Lhs {
				if id, ok := l.(*ast.Ident); ok && results[id.Name] {
					set[id.Name] = true
				}
			}
		}
	case *ast.DeclStmt:
		if gd, ok := st.Decl.(*ast.GenDecl); ok {
			for _, sp := range gd.Specs {
				if vs, ok := sp.(*ast.ValueSpec); ok {
					for _, id := range vs.Names {
						if results[id.Name] {
							set[id.Name] = true
						}
					}
				}
			}
		}
	}
}

func copySet(s map[string]bool) map[string]bool {
	c := make(map[string]bool, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}
