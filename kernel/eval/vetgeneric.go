package eval

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter checks a generic func's body only once instantiated, with
// the type arguments in place of its type parameters: a + b on a T
// constrained by any ran with ints. genericErrors reports, in gc's words,
// what the body of a generic func does with a value of a type parameter
// constrained by any (or comparable) that no such type parameter allows,
// and type arguments given to a func or type that takes fewer (or none).
// It works on the syntax, with the parser's resolution of names: a name is
// a parameter of type T only where the parser resolves it to that
// parameter, so a shadowing declaration is never mistaken for it.

// genDecls are a session's top-level funcs and types, by name, for the
// type arguments of a later cell (split mode: the declarations and their
// use are in cells of their own). A name declared otherwise is removed.
type genDecls map[string]ast.Node

// note records the top-level declarations of a unit.
func (g genDecls) note(n ast.Node) {
	switch n := n.(type) {
	case *ast.File:
		for _, d := range n.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					g[d.Name.Name] = d
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						g[sp.Name.Name] = sp
					case *ast.ValueSpec:
						for _, id := range sp.Names {
							delete(g, id.Name)
						}
					}
				}
			}
		}
	case *ast.BlockStmt:
		for _, st := range n.List {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok == token.DEFINE {
					for _, x := range st.Lhs {
						if id, ok := x.(*ast.Ident); ok {
							delete(g, id.Name)
						}
					}
				}
			case *ast.DeclStmt:
				if gd, ok := st.Decl.(*ast.GenDecl); ok {
					for _, sp := range gd.Specs {
						switch sp := sp.(type) {
						case *ast.TypeSpec:
							delete(g, sp.Name.Name)
						case *ast.ValueSpec:
							for _, id := range sp.Names {
								delete(g, id.Name)
							}
						}
					}
				}
			}
		}
	}
}

// genVetter holds what genericErrors knows of one generic func.
type genVetter struct {
	errs []vetError
	// tparams: the objects of type parameters constrained by any or
	// comparable, and that constraint's name.
	tparams map[*ast.Object]string
	// typed: the objects of variables (parameters, var T) declared with
	// such a type parameter's name.
	typed map[*ast.Object]*ast.Ident
	// methods: the methods of the constraint of a type parameter
	// constrained by an interface or struct type of the unit
	// (constraintMethods).
	methods map[*ast.Object]map[string]bool
}

// constraintMethods returns the methods of the type that obj declares if
// it is an interface of methods only, none (an empty set) if it is a
// struct type, or nil if it is neither or not known.
func constraintMethods(obj *ast.Object) map[string]bool {
	ts, ok := obj.Decl.(*ast.TypeSpec)
	if !ok || obj.Kind != ast.Typ || ts.TypeParams != nil || ts.Assign.IsValid() {
		return nil
	}
	switch t := ts.Type.(type) {
	case *ast.InterfaceType:
		m := map[string]bool{}
		if t.Methods == nil {
			return nil
		}
		for _, f := range t.Methods.List {
			if len(f.Names) == 0 {
				return nil // an embedded interface or a type term
			}
			for _, id := range f.Names {
				m[id.Name] = true
			}
		}
		if len(m) == 0 {
			return nil
		}
		return m
	case *ast.StructType:
		return map[string]bool{}
	}
	return nil
}

func (g *genVetter) add(pos token.Pos, format string, args ...any) {
	g.errs = append(g.errs, vetError{pos: pos, msg: fmt.Sprintf(format, args...)})
}

// genericErrors checks a unit; decls are the session's earlier top-level
// declarations (nil: none).
func genericErrors(n ast.Node, decls genDecls) []vetError {
	g := &genVetter{}
	if f, ok := n.(*ast.File); ok {
		g.errs = append(g.errs, constraintUseErrors(f)...)
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && fd.Body != nil {
				g.function(fd)
			}
		}
	}
	g.typeArgs(n, decls)
	return g.errs
}

// tparamOf returns the type parameter (constrained by any or comparable)
// that x names, or nil.
func (g *genVetter) tparamOf(x ast.Expr) *ast.Ident {
	id, ok := x.(*ast.Ident)
	if !ok || id.Obj == nil {
		return nil
	}
	if _, ok := g.tparams[id.Obj]; ok {
		return id
	}
	return nil
}

// varOf returns the type parameter of the variable x names, or nil.
func (g *genVetter) varOf(x ast.Expr) *ast.Ident {
	id, ok := x.(*ast.Ident)
	if !ok || id.Obj == nil {
		return nil
	}
	return g.typed[id.Obj]
}

// desc is go/types' description of the variable x of type parameter t.
func (g *genVetter) desc(x ast.Expr, t *ast.Ident) string {
	return fmt.Sprintf("%s (variable of type %s constrained by %s)", types.ExprString(x), t.Name, g.tparams[t.Obj])
}

func (g *genVetter) function(fd *ast.FuncDecl) {
	g.tparams = map[*ast.Object]string{}
	g.typed = map[*ast.Object]*ast.Ident{}
	g.methods = map[*ast.Object]map[string]bool{}
	for _, f := range fd.Type.TypeParams.List {
		c, ok := f.Type.(*ast.Ident)
		if !ok {
			continue
		}
		// s19-errwords19: and a type parameter constrained by an
		// interface of the unit that has only methods, or by a struct
		// type of the unit: its methods are the interface's (none for
		// the struct), and it has no fields.
		var methods map[string]bool
		switch {
		case c.Obj == nil && (c.Name == "any" || c.Name == "comparable"):
		case c.Obj != nil:
			methods = constraintMethods(c.Obj)
			if methods == nil {
				continue
			}
		default:
			continue
		}
		for _, id := range f.Names {
			if id.Obj != nil {
				g.tparams[id.Obj] = c.Name
				if methods != nil {
					g.methods[id.Obj] = methods
				}
			}
		}
	}
	if len(g.tparams) == 0 {
		return
	}
	declare := func(names []*ast.Ident, typ ast.Expr) {
		if t := g.tparamOf(typ); t != nil {
			for _, id := range names {
				if id.Obj != nil {
					g.typed[id.Obj] = t
				}
			}
		}
	}
	slices := map[*ast.Object]*ast.Ident{} // parameters of type []T
	for _, f := range fd.Type.Params.List {
		declare(f.Names, f.Type)
		if st, ok := f.Type.(*ast.ArrayType); ok && st.Len == nil {
			if t := g.tparamOf(st.Elt); t != nil {
				for _, id := range f.Names {
					if id.Obj != nil {
						slices[id.Obj] = t
					}
				}
			}
		}
	}
	var results []ast.Expr
	if fd.Type.Results != nil {
		for _, f := range fd.Type.Results.List {
			declare(f.Names, f.Type)
			for range max(1, len(f.Names)) {
				results = append(results, f.Type)
			}
		}
	}
	ast.Inspect(fd.Body, func(m ast.Node) bool {
		if vs, ok := m.(*ast.ValueSpec); ok && vs.Type != nil {
			declare(vs.Names, vs.Type)
		}
		if rs, ok := m.(*ast.RangeStmt); ok && rs.Tok == token.DEFINE {
			if x, ok := rs.X.(*ast.Ident); ok && x.Obj != nil && slices[x.Obj] != nil {
				if v, ok := rs.Value.(*ast.Ident); ok && v.Obj != nil {
					g.typed[v.Obj] = slices[x.Obj]
				}
			}
		}
		return true
	})
	// The return statements of func literals return the literals' results.
	inLit := map[*ast.ReturnStmt]bool{}
	ast.Inspect(fd.Body, func(m ast.Node) bool {
		if fl, ok := m.(*ast.FuncLit); ok {
			ast.Inspect(fl.Body, func(k ast.Node) bool {
				if r, ok := k.(*ast.ReturnStmt); ok {
					inLit[r] = true
				}
				return true
			})
		}
		return true
	})
	ast.Inspect(fd, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.MapType:
			if t := g.tparamOf(m.Key); t != nil && g.tparams[t.Obj] == "any" {
				g.add(m.Key.Pos(), "invalid map key type %s (missing comparable constraint)", t.Name)
			}
		case *ast.BinaryExpr:
			g.binary(m)
		case *ast.CallExpr:
			g.call(m)
		case *ast.IndexExpr:
			if t := g.varOf(m.X); t != nil && g.tparams[t.Obj] == "any" {
				g.add(m.X.Pos(), "cannot index %s", g.desc(m.X, t))
			}
		case *ast.SelectorExpr:
			if t := g.varOf(m.X); t != nil && !g.methods[t.Obj][m.Sel.Name] {
				g.add(m.Sel.Pos(), "%s undefined (type %s has no field or method %s)", types.ExprString(m), t.Name, m.Sel.Name)
			}
		case *ast.TypeSwitchStmt:
			var x ast.Expr
			switch a := m.Assign.(type) {
			case *ast.ExprStmt:
				x = a.X
			case *ast.AssignStmt:
				if len(a.Rhs) == 1 {
					x = a.Rhs[0]
				}
			}
			if ta, ok := x.(*ast.TypeAssertExpr); ok {
				if t := g.varOf(ta.X); t != nil {
					g.add(ta.X.Pos(), "cannot use type switch on type parameter value %s", g.desc(ta.X, t))
				}
				ast.Inspect(m.Body, func(k ast.Node) bool { return g.visitAssert(k) })
				return false
			}
		case *ast.TypeAssertExpr:
			return g.visitAssert(m)
		case *ast.ValueSpec:
			if t := g.tparamOf(m.Type); t != nil && g.tparams[t.Obj] == "any" && len(m.Values) == len(m.Names) {
				for _, v := range m.Values {
					g.untypedTo(v, t, "variable declaration")
				}
			}
			// var n int = x, x of a type parameter (s19-errwords19).
			if id, ok := m.Type.(*ast.Ident); ok && id.Obj == nil && predeclaredBasic[id.Name] && len(m.Values) == len(m.Names) {
				for _, v := range m.Values {
					if t := g.varOf(v); t != nil {
						g.add(v.Pos(), "cannot use %s as %s value in variable declaration", g.desc(v, t), id.Name)
					}
				}
			}
		case *ast.ReturnStmt:
			if !inLit[m] && len(m.Results) == len(results) {
				for i, r := range m.Results {
					if t := g.tparamOf(results[i]); t != nil && g.tparams[t.Obj] == "any" {
						g.untypedTo(r, t, "return statement")
					}
				}
			}
		}
		return true
	})
}

// visitAssert reports a type assertion x.(U) of a type parameter's value.
func (g *genVetter) visitAssert(m ast.Node) bool {
	if ta, ok := m.(*ast.TypeAssertExpr); ok && ta.Type != nil {
		if t := g.varOf(ta.X); t != nil {
			g.add(ta.X.Pos(), "invalid operation: cannot use type assertion on type parameter value %s", g.desc(ta.X, t))
		}
	}
	return true
}

// untypedLitType returns the type of x if it is an untyped constant
// literal ("untyped int"), else "".
func untypedLitType(x ast.Expr) string {
	if v, ok := x.(*ast.BasicLit); ok {
		if kind := map[token.Token]string{token.INT: "int", token.FLOAT: "float", token.IMAG: "complex", token.CHAR: "rune", token.STRING: "string"}[v.Kind]; kind != "" {
			return "untyped " + kind
		}
	}
	return ""
}

// untypedTo reports an untyped constant literal or nil given as a value of
// type parameter t (constrained by any).
func (g *genVetter) untypedTo(v ast.Expr, t *ast.Ident, context string) {
	switch v := v.(type) {
	case *ast.BasicLit:
		kind := map[token.Token]string{token.INT: "int", token.FLOAT: "float", token.IMAG: "complex", token.CHAR: "rune", token.STRING: "string"}[v.Kind]
		g.add(v.Pos(), "cannot use %s (untyped %s constant) as %s value in %s", v.Value, kind, t.Name, context)
	case *ast.Ident:
		if v.Name == "nil" && v.Obj == nil {
			g.add(v.Pos(), "cannot use nil as %s value in %s", t.Name, context)
		}
	}
}

func (g *genVetter) binary(m *ast.BinaryExpr) {
	tx, ty := g.varOf(m.X), g.varOf(m.Y)
	// A value of the type parameter and an untyped constant, which no
	// type of any converts (x == 0, x + 1): s19-errwords19.
	if (tx == nil) != (ty == nil) && m.Op != token.SHL && m.Op != token.SHR && m.Op != token.LAND && m.Op != token.LOR {
		l, r := "", ""
		if tx != nil {
			l, r = tx.Name, untypedLitType(m.Y)
		} else {
			l, r = untypedLitType(m.X), ty.Name
		}
		if l != "" && r != "" {
			g.add(m.X.Pos(), "invalid operation: %s (mismatched types %s and %s)", types.ExprString(m), l, r)
			return
		}
	}
	if tx == nil || ty == nil || tx.Obj != ty.Obj {
		return
	}
	c := g.tparams[tx.Obj]
	switch m.Op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.AND_NOT:
		g.add(m.X.Pos(), "invalid operation: operator %s not defined on %s", m.Op, g.desc(m.X, tx))
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
		g.add(m.X.Pos(), "invalid operation: %s (type parameter %s cannot use operator %s)", types.ExprString(m), tx.Name, m.Op)
	case token.EQL, token.NEQ:
		if c == "any" {
			g.add(m.X.Pos(), "invalid operation: %s (incomparable types in type set)", types.ExprString(m))
		}
	}
}

func (g *genVetter) call(m *ast.CallExpr) {
	if t := g.varOf(m.Fun); t != nil {
		g.add(m.Fun.Pos(), "invalid operation: cannot call %s: no specific type", g.desc(m.Fun, t))
		return
	}
	// string(x), x of a type parameter constrained by any
	// (s19-errwords19).
	if id, ok := m.Fun.(*ast.Ident); ok && id.Obj == nil && predeclaredBasic[id.Name] && len(m.Args) == 1 {
		if t := g.varOf(m.Args[0]); t != nil && g.tparams[t.Obj] == "any" {
			g.add(m.Args[0].Pos(), "cannot convert %s to type %s", g.desc(m.Args[0], t), id.Name)
			return
		}
	}
	if id, ok := m.Fun.(*ast.Ident); ok && id.Obj == nil && (id.Name == "len" || id.Name == "cap") && len(m.Args) == 1 {
		if t := g.varOf(m.Args[0]); t != nil && g.tparams[t.Obj] == "any" {
			g.add(m.Args[0].Pos(), "invalid argument: %s for built-in %s", g.desc(m.Args[0], t), id.Name)
		}
	}
}

// typeArgs reports type arguments given to a func or type of the unit, or
// of an earlier cell (decls), that takes fewer or none.
func (g *genVetter) typeArgs(n ast.Node, decls genDecls) {
	declOf := func(id *ast.Ident) ast.Node {
		if id.Obj != nil {
			if d, ok := id.Obj.Decl.(ast.Node); ok && id.Obj.Kind != ast.Var {
				return d
			}
			return nil
		}
		return decls[id.Name]
	}
	check := func(x ast.Expr, indices []ast.Expr, pos token.Pos, whole ast.Expr) {
		id, ok := x.(*ast.Ident)
		if !ok {
			return
		}
		switch d := declOf(id).(type) {
		case *ast.FuncDecl:
			if d.Recv != nil || d.Name.Name != id.Name {
				return
			}
			if d.Type.TypeParams == nil {
				if len(indices) == 1 {
					g.add(pos, "cannot index %s (value of type %s)", id.Name, types.ExprString(d.Type))
				}
				return
			}
			if want := d.Type.TypeParams.NumFields(); len(indices) > want {
				g.add(indices[want].Pos(), "got %d type arguments but want %d", len(indices), want)
			}
		case *ast.TypeSpec:
			if d.Name.Name != id.Name {
				return
			}
			if d.TypeParams == nil {
				g.add(pos, "invalid operation: %s (%s is not a generic type)", types.ExprString(whole), id.Name)
			} else if want := d.TypeParams.NumFields(); len(indices) < want {
				g.add(pos, "not enough type arguments for type %s: have %d, want %d", id.Name, len(indices), want)
			}
		}
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.ValueSpec:
			// var l List, List generic.
			if id, ok := m.Type.(*ast.Ident); ok {
				if d, ok := declOf(id).(*ast.TypeSpec); ok && d.Name.Name == id.Name && d.TypeParams != nil {
					g.add(id.Pos(), "cannot use generic type %s%s without instantiation", id.Name, fieldsString(d.TypeParams))
				}
			}
		case *ast.IndexListExpr:
			check(m.X, m.Indices, m.X.Pos(), m)
		case *ast.IndexExpr:
			if id, ok := m.X.(*ast.Ident); ok {
				switch declOf(id).(type) {
				case *ast.FuncDecl, *ast.TypeSpec:
					check(m.X, []ast.Expr{m.Index}, m.X.Pos(), m)
				}
			}
		}
		return true
	})
}

// fieldsString is go/types' text of a type parameter list: [K comparable, V any].
func fieldsString(l *ast.FieldList) string {
	b := []byte{'['}
	for i, f := range l.List {
		if i > 0 {
			b = append(b, ", "...)
		}
		for j, id := range f.Names {
			if j > 0 {
				b = append(b, ", "...)
			}
			b = append(b, id.Name...)
		}
		b = append(b, ' ')
		b = append(b, types.ExprString(f.Type)...)
	}
	return string(append(b, ']'))
}

// constraintUseErrors reports a use, outside a type parameter's
// constraint or an interface's embedded elements, of an interface type of
// the unit with type terms (type Number interface{ int | float64 }) as a
// parameter's, a result's or a field's type.
func constraintUseErrors(f *ast.File) []vetError {
	constraints := map[*ast.Object]bool{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			it, ok := ts.Type.(*ast.InterfaceType)
			if !ok || ts.Name.Obj == nil || ts.Assign.IsValid() {
				continue
			}
			for _, m := range it.Methods.List {
				if len(m.Names) > 0 {
					continue
				}
				switch e := m.Type.(type) {
				case *ast.BinaryExpr:
					constraints[ts.Name.Obj] = e.Op == token.OR
				case *ast.UnaryExpr:
					constraints[ts.Name.Obj] = e.Op == token.TILDE
				}
			}
		}
	}
	if len(constraints) == 0 {
		return nil
	}
	var errs []vetError
	check := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, fd := range fl.List {
			if id, ok := fd.Type.(*ast.Ident); ok && id.Obj != nil && constraints[id.Obj] {
				errs = append(errs, vetError{pos: id.Pos(), msg: fmt.Sprintf("cannot use type %s outside a type constraint: interface contains type constraints", id.Name)})
			}
		}
	}
	ast.Inspect(f, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncType:
			check(m.Params)
			check(m.Results)
		case *ast.StructType:
			check(m.Fields)
		}
		return true
	})
	return errs
}

// predeclaredBasic are the names of the predeclared basic types.
var predeclaredBasic = map[string]bool{
	"bool": true, "string": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true, "byte": true, "rune": true,
}
