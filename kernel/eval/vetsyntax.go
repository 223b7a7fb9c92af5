package eval

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/stdlib"
)

// syntaxTypeErrors reports, in gc's words, mistakes that the syntax shows
// without types and that the interpreter ran, or failed on with an
// internal error: nil compared with nil or converted to a basic type,
// nil given as the value of x := nil or var x = nil or to new, a
// func without results returning values, an array length given as a
// float or string literal, new() and append() without arguments,
// x.(type) outside a type switch, [...]T outside a composite literal, a
// literal case of a switch without a tag (a bool switch). A predeclared
// name counts only where the parser found no declaration of it in the
// unit (Obj nil).
func syntaxTypeErrors(n ast.Node) []vetError {
	var errs []vetError
	add := func(pos token.Pos, format string, args ...any) {
		errs = append(errs, vetError{pos: pos, msg: fmt.Sprintf(format, args...)})
	}
	predeclared := func(x ast.Expr, name string) bool {
		id, ok := x.(*ast.Ident)
		return ok && id.Obj == nil && id.Name == name
	}
	isNil := func(x ast.Expr) bool { return predeclared(x, "nil") }
	basic := map[string]bool{"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
		"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
		"float32": true, "float64": true, "complex64": true, "complex128": true, "string": true,
		"bool": true, "byte": true, "rune": true}
	litKind := map[token.Token]string{token.INT: "int", token.FLOAT: "float", token.IMAG: "complex", token.CHAR: "rune", token.STRING: "string"}
	// Type switch guards and composite literal types are where x.(type)
	// and [...]T belong.
	allowed := map[ast.Node]bool{}
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.TypeSwitchStmt:
			ast.Inspect(m.Assign, func(k ast.Node) bool {
				if ta, ok := k.(*ast.TypeAssertExpr); ok && ta.Type == nil {
					allowed[ta] = true
				}
				return true
			})
		case *ast.CompositeLit:
			if at, ok := m.Type.(*ast.ArrayType); ok {
				allowed[at] = true
			}
		}
		return true
	})
	// The variables declared at the package level of a unit of
	// declarations: the others (in funcs, at a cell's top level, which is
	// main's body typed as a cell) are local.
	pkgVars := map[any]bool{}
	if f, ok := n.(*ast.File); ok {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					pkgVars[sp] = true
				}
			}
		}
	}
	var results []*ast.FieldList // the results of the enclosing funcs
	var visit func(m ast.Node) bool
	visit = func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncDecl:
			if m.Body != nil {
				results = append(results, m.Type.Results)
				ast.Inspect(m.Body, visit)
				results = results[:len(results)-1]
			}
			return false
		case *ast.FuncLit:
			results = append(results, m.Type.Results)
			ast.Inspect(m.Body, visit)
			results = results[:len(results)-1]
			return false
		case *ast.ReturnStmt:
			if l := len(results); l > 0 && results[l-1].NumFields() == 0 && len(m.Results) > 0 {
				if _, call := m.Results[0].(*ast.CallExpr); !call {
					add(m.Results[0].Pos(), "too many return values")
				}
			}
		case *ast.BinaryExpr:
			if (m.Op == token.EQL || m.Op == token.NEQ) && isNil(m.X) && isNil(m.Y) {
				add(m.X.Pos(), "invalid operation: %s (operator %s not defined on untyped nil)", types.ExprString(m), m.Op)
			}
		case *ast.CallExpr:
			if id, ok := m.Fun.(*ast.Ident); ok && id.Obj == nil {
				switch {
				case basic[id.Name] && len(m.Args) == 1 && isNil(m.Args[0]):
					add(m.Args[0].Pos(), "cannot convert nil to type %s", id.Name)
				case (id.Name == "new" || id.Name == "append") && len(m.Args) == 0 && !m.Ellipsis.IsValid():
					add(m.Rparen, "invalid operation: not enough arguments for %s() (expected 1, found 0)", id.Name)
				case id.Name == "new" && len(m.Args) == 1 && isNil(m.Args[0]):
					add(m.Args[0].Pos(), "use of untyped nil in argument to new")
				}
			}
		case *ast.AssignStmt:
			if m.Tok == token.DEFINE {
				blank := true
				for _, x := range m.Lhs {
					id, ok := x.(*ast.Ident)
					if !ok {
						add(x.Pos(), "non-name %s on left side of :=", types.ExprString(x))
						blank = false
						break
					}
					blank = blank && id.Name == "_"
				}
				if blank {
					add(m.TokPos, "no new variables on left side of :=")
				}
			}
			if len(m.Lhs) > 2 && len(m.Rhs) == 1 {
				// An index, an assertion or a receive gives one value (or
				// two, with ok).
				switch r := m.Rhs[0].(type) {
				case *ast.IndexExpr, *ast.TypeAssertExpr:
					add(m.Lhs[0].Pos(), "assignment mismatch: %d variables but 1 value", len(m.Lhs))
				case *ast.UnaryExpr:
					if r.Op == token.ARROW {
						add(m.Lhs[0].Pos(), "assignment mismatch: %d variables but 1 value", len(m.Lhs))
					}
				}
			}
			if m.Tok == token.DEFINE && len(m.Lhs) == len(m.Rhs) {
				for _, r := range m.Rhs {
					if isNil(r) {
						add(r.Pos(), "use of untyped nil in assignment")
					}
				}
			}
		case *ast.ValueSpec:
			if id, ok := m.Type.(*ast.Ident); ok && id.Obj != nil && id.Obj.Kind == ast.Var && !pkgVars[id.Obj.Decl] {
				switch id.Obj.Decl.(type) {
				case *ast.AssignStmt, *ast.ValueSpec:
					add(id.Pos(), "%s (local variable) is not a type", id.Name)
				}
			}
			if m.Type == nil && len(m.Names) == len(m.Values) {
				for _, v := range m.Values {
					if isNil(v) {
						add(v.Pos(), "use of untyped nil in variable declaration")
					}
				}
			}
		case *ast.ArrayType:
			if lit, ok := m.Len.(*ast.BasicLit); ok && (lit.Kind == token.FLOAT && !integral(lit) || lit.Kind == token.STRING) {
				add(lit.Pos(), "array length %s (untyped %s constant) must be integer", lit.Value, litKind[lit.Kind])
			}
			if _, dots := m.Len.(*ast.Ellipsis); dots && !allowed[m] {
				add(m.Pos(), "invalid use of [...] array (outside a composite literal)")
			}
		case *ast.TypeAssertExpr:
			if m.Type == nil && !allowed[m] {
				add(m.Pos(), "invalid syntax tree: use of .(type) outside type switch")
			}
		case *ast.StructType:
			for _, f := range m.Fields.List {
				if st, ok := f.Type.(*ast.StarExpr); ok && len(f.Names) == 0 && pointsToInterface(st.X) {
					add(st.Pos(), "embedded field type cannot be a pointer to an interface")
				}
			}
		case *ast.SwitchStmt:
			if m.Tag == nil {
				for _, c := range m.Body.List {
					for _, x := range c.(*ast.CaseClause).List {
						if lit, ok := x.(*ast.BasicLit); ok {
							add(lit.Pos(), "cannot convert %s (untyped %s constant) to type bool", lit.Value, litKind[lit.Kind])
						}
					}
				}
			}
		}
		return true
	}
	ast.Inspect(n, visit)
	return errs
}

// pointsToInterface reports whether x, the type of an embedded pointer
// field, surely names an interface type: one the unit declares as an
// interface, error, or an interface type of the standard library package
// of that name (io.Reader).
func pointsToInterface(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		if x.Obj == nil {
			return x.Name == "error" || x.Name == "any"
		}
		if ts, ok := x.Obj.Decl.(*ast.TypeSpec); ok {
			_, iface := ts.Type.(*ast.InterfaceType)
			return iface
		}
	case *ast.SelectorExpr:
		pkg, ok := x.X.(*ast.Ident)
		if !ok || pkg.Obj != nil {
			return false
		}
		found := false
		for path, syms := range stdlib.Symbols {
			if !strings.HasSuffix(path, "/"+pkg.Name) {
				continue
			}
			v, ok := syms[x.Sel.Name]
			if !ok {
				continue
			}
			if v.Kind() != reflect.Ptr || v.Type().Elem().Kind() != reflect.Interface || !v.IsNil() {
				return false
			}
			found = true
		}
		return found
	}
	return false
}

// integral reports whether the float literal lit has an integer value
// ([1e3]int and [2.0]int are arrays of Go, [2.5]int is not).
func integral(lit *ast.BasicLit) bool {
	c := constant.MakeFromLiteral(lit.Value, lit.Kind, 0)
	return constant.ToInt(c).Kind() == constant.Int
}
