package eval

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Checks of gc that the interpreter did not make, in gc's words
// (s19-errwords19).

// vet19Errors reports a func type given as a value (f := func(x int) int,
// a func literal without its body, ran as a value of the type) and a
// constant declaration with fewer or more values than names (const a, b
// int = 1).
func vet19Errors(n ast.Node) []vetError {
	var errs []vetError
	typeValue := func(x ast.Expr) {
		if ft, ok := x.(*ast.FuncType); ok {
			errs = append(errs, vetError{pos: ft.Pos(), msg: types.ExprString(ft) + " (type) is not an expression"})
		}
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.GoStmt:
			// go len(s): the rewrite of go statements (rewrite.go)
			// moved the argument, and the interpreter named the
			// temporary.
			if id, ok := m.Call.Fun.(*ast.Ident); ok && id.Obj == nil && (id.Name == "len" || id.Name == "cap") {
				errs = append(errs, vetError{pos: m.Call.Pos(), msg: "go discards result of " + types.ExprString(m.Call) + " (value of type int)"})
			}
		case *ast.TypeSpec:
			errs = append(errs, typeParamUseErrors(m.TypeParams, m.Type)...)
		case *ast.FuncDecl:
			errs = append(errs, typeParamUseErrors(m.Type.TypeParams, nil)...)
		case *ast.AssignStmt:
			for _, x := range m.Rhs {
				typeValue(x)
			}
		case *ast.ReturnStmt:
			for _, x := range m.Results {
				typeValue(x)
			}
		case *ast.GenDecl:
			for _, sp := range m.Specs {
				vs, ok := sp.(*ast.ValueSpec)
				if !ok {
					continue
				}
				for _, x := range vs.Values {
					typeValue(x)
				}
				if m.Tok != token.CONST || len(vs.Values) == 0 {
					continue
				}
				switch {
				case len(vs.Values) < len(vs.Names):
					id := vs.Names[len(vs.Values)]
					errs = append(errs, vetError{pos: id.Pos(), msg: "missing init expr for " + id.Name})
				case len(vs.Values) > len(vs.Names):
					errs = append(errs, vetError{pos: vs.Values[len(vs.Names)].Pos(), msg: "extra init expr " + types.ExprString(vs.Values[len(vs.Names)])})
				}
			}
		}
		return true
	})
	return errs
}

// typeParamUseErrors reports a type parameter of the list tps embedded in
// a struct (typ, the generic type's) or used as a term of a constraint
// of the list (U interface{ T }), which gc refuses and the interpreter
// ran.
func typeParamUseErrors(tps *ast.FieldList, typ ast.Expr) []vetError {
	if tps == nil {
		return nil
	}
	params := map[string]bool{}
	for _, f := range tps.List {
		for _, nm := range f.Names {
			params[nm.Name] = true
		}
	}
	isParam := func(x ast.Expr) bool {
		id, ok := x.(*ast.Ident)
		return ok && params[id.Name]
	}
	var errs []vetError
	if st, ok := typ.(*ast.StructType); ok && st.Fields != nil {
		for _, f := range st.Fields.List {
			if len(f.Names) > 0 {
				continue
			}
			t := f.Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			if isParam(t) {
				errs = append(errs, vetError{pos: f.Type.Pos(), msg: "embedded field type cannot be a (pointer to a) type parameter"})
			}
		}
	}
	var terms func(x ast.Expr)
	terms = func(x ast.Expr) {
		switch x := x.(type) {
		case *ast.BinaryExpr:
			if x.Op == token.OR {
				terms(x.X)
				terms(x.Y)
			}
		default:
			if isParam(x) {
				errs = append(errs, vetError{pos: x.Pos(), msg: "term cannot be a type parameter"})
			}
		}
	}
	for _, f := range tps.List {
		it, ok := f.Type.(*ast.InterfaceType)
		if !ok || it.Methods == nil {
			continue
		}
		for _, m := range it.Methods.List {
			if len(m.Names) == 0 {
				terms(m.Type)
			}
		}
	}
	return errs
}
