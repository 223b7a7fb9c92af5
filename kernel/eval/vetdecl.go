package eval

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// declErrors reports, in gc's words, the errors of a unit that its syntax
// shows without types and that the interpreter let run (or reported in
// words of its own): a count of values that does not match the variables
// (a, b := 1, 2, 3), a label defined twice or not defined, two defaults in
// a switch or select, a fallthrough in the final case, an init or main
// func with parameters or results, a parameter declared twice, a method
// declared twice, a method on a
// pointer or interface type, an embedded pointer type, a call assigned to,
// init referred to.
func declErrors(n ast.Node) []vetError {
	d := &declVetter{types: map[string]*ast.TypeSpec{}}
	if f, ok := n.(*ast.File); ok {
		d.initNotFunc(f)
		for _, sp := range typeSpecsOfDecls(f.Decls) {
			d.types[sp.Name.Name] = sp
		}
		d.methods(f)
	}
	if b, ok := n.(*ast.BlockStmt); ok {
		d.labels(b)
		for _, sp := range typeSpecsOfStmts(b.List) {
			d.types[sp.Name.Name] = sp
		}
	}
	initDeclared := false
	ast.Inspect(n, func(m ast.Node) bool {
		if _, isFunc := m.(*ast.FuncDecl); !isFunc && declaresName(m, "init") {
			initDeclared = true
		}
		switch m := m.(type) {
		case *ast.FuncDecl:
			if m.Recv == nil && (m.Name.Name == "init" || m.Name.Name == "main") && (m.Type.Params.NumFields() > 0 || m.Type.Results.NumFields() > 0) {
				d.add(m.Name.Pos(), "func %s must have no arguments and no return values", m.Name.Name)
			}
			d.params(m.Recv, m.Type)
			if m.Body != nil {
				d.labels(m.Body)
			}
		case *ast.FuncLit:
			d.params(nil, m.Type)
			d.labels(m.Body)
		case *ast.AssignStmt:
			d.assign(m)
		case *ast.GenDecl:
			if m.Tok == token.VAR {
				for _, sp := range m.Specs {
					d.valueSpec(sp.(*ast.ValueSpec))
				}
			}
			if m.Tok == token.CONST {
				d.constDecl(m)
			}
		case *ast.SwitchStmt:
			d.defaults(m.Body)
			if l := len(m.Body.List); l > 0 {
				if c, ok := m.Body.List[l-1].(*ast.CaseClause); ok && len(c.Body) > 0 {
					if b, ok := c.Body[len(c.Body)-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
						d.add(b.Pos(), "cannot fallthrough final case in switch")
					}
				}
			}
		case *ast.TypeSwitchStmt:
			d.defaults(m.Body)
		case *ast.SelectStmt:
			d.defaults(m.Body)
		case *ast.StructType:
			d.embedded(m)
			d.fieldsTwice(m)
		case *ast.MapType:
			switch k := m.Key.(type) {
			case *ast.ArrayType:
				if k.Len == nil {
					d.add(k.Pos(), "invalid map key type %s", types.ExprString(k))
				}
			case *ast.MapType:
				d.add(k.Pos(), "invalid map key type %s", types.ExprString(k))
			case *ast.FuncType:
				d.add(k.Params.Pos(), "invalid map key type %s", types.ExprString(k)) // gc's position: the parameters
			}
		case *ast.CompositeLit:
			if id, ok := m.Type.(*ast.Ident); ok && basicTypeNames[id.Name] && !unitDeclaresType(n, id.Name) {
				d.add(id.Pos(), "invalid composite literal type %s", id.Name)
			}
		}
		return true
	})
	// iota outside a constant declaration is the interpreter's check (a
	// variable named iota may be a global of an earlier cell). No
	// package-level name can be init: in declarations, init is a func
	// that cannot be referred to.
	if _, ok := n.(*ast.File); ok && !initDeclared {
		d.predeclaredUse(n, "init", "undefined: init")
	}
	return d.errs
}

// declVetter gathers the findings of declErrors, with the types the unit
// declares.
type declVetter struct {
	types map[string]*ast.TypeSpec
	errs  []vetError
}

func (d *declVetter) add(pos token.Pos, format string, args ...any) {
	d.errs = append(d.errs, vetError{pos: pos, msg: fmt.Sprintf(format, args...)})
}

// countWord returns "n word" or "n words".
func countWord(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// singleValued reports whether x surely has one value, and no comma-ok
// form (a literal, an operation other than a receive, a name).
func singleValued(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit, *ast.CompositeLit, *ast.FuncLit, *ast.BinaryExpr, *ast.Ident:
		return true
	case *ast.UnaryExpr:
		return x.Op != token.ARROW
	}
	return false
}

// assign checks the count of an assignment's values, and that no call is
// assigned to.
func (d *declVetter) assign(s *ast.AssignStmt) {
	nl, nr := len(s.Lhs), len(s.Rhs)
	if (s.Tok == token.DEFINE || s.Tok == token.ASSIGN) && nl != nr && (nr > 1 || nr == 1 && singleValued(s.Rhs[0])) {
		d.add(s.Rhs[0].Pos(), "assignment mismatch: %s but %s", countWord(nl, "variable"), countWord(nr, "value"))
		return
	}
	if s.Tok == token.DEFINE {
		return
	}
	for _, l := range s.Lhs {
		if c, ok := ast.Unparen(l).(*ast.CallExpr); ok {
			d.add(l.Pos(), "cannot assign to %s (neither addressable nor a map index expression)", types.ExprString(c))
			return
		}
	}
}

// valueSpec checks the count of a var declaration's values.
func (d *declVetter) valueSpec(sp *ast.ValueSpec) {
	nl, nr := len(sp.Names), len(sp.Values)
	switch {
	case nr == 0 || nl == nr:
	case nr > nl:
		d.add(sp.Values[nl].Pos(), "extra init expr %s", types.ExprString(sp.Values[nl]))
	case nr > 1:
		d.add(sp.Names[nr].Pos(), "missing init expr for %s", sp.Names[nr].Name)
	case singleValued(sp.Values[0]):
		d.add(sp.Values[0].Pos(), "assignment mismatch: %s but 1 value", countWord(nl, "variable"))
	}
}

// params reports a name declared twice among a func's receiver,
// parameters and results.
func (d *declVetter) params(recv *ast.FieldList, ft *ast.FuncType) {
	seen := map[string]bool{}
	for _, l := range []*ast.FieldList{recv, ft.Params, ft.Results} {
		if l == nil {
			continue
		}
		for _, f := range l.List {
			for _, id := range f.Names {
				if id.Name == "_" {
					continue
				}
				if seen[id.Name] {
					d.add(id.Pos(), "%s redeclared in this block", id.Name)
					return
				}
				seen[id.Name] = true
			}
		}
	}
}

// defaults reports a second default clause.
func (d *declVetter) defaults(body *ast.BlockStmt) {
	var first token.Pos
	for _, c := range body.List {
		isDefault := false
		switch c := c.(type) {
		case *ast.CaseClause:
			isDefault = c.List == nil
		case *ast.CommClause:
			isDefault = c.Comm == nil
		}
		if !isDefault {
			continue
		}
		if first.IsValid() {
			d.errs = append(d.errs, vetError{pos: c.Pos(), msg: "multiple defaults (first", at: first, suffix: ")"})
			return
		}
		first = c.Pos()
	}
}

// labels checks the labels of one function body: each defined once, and
// every goto, break and continue naming one that is defined.
func (d *declVetter) labels(body *ast.BlockStmt) {
	defined := map[string]token.Pos{}
	var branches []*ast.BranchStmt
	// The labeled statements enclosing the node visited, and the branch
	// statements whose label names none of the right kind.
	var enclosing []*ast.LabeledStmt
	invalid := map[*ast.BranchStmt]bool{}
	later := map[*ast.BranchStmt]bool{}
	var stack []ast.Node
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == nil {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if l, ok := top.(*ast.LabeledStmt); ok && len(enclosing) > 0 && enclosing[len(enclosing)-1] == l {
					enclosing = enclosing[:len(enclosing)-1]
				}
				return false
			}
			if _, ok := m.(*ast.FuncLit); ok {
				return false // a body of its own
			}
			stack = append(stack, m)
			switch m := m.(type) {
			case *ast.LabeledStmt:
				enclosing = append(enclosing, m)
				if m.Label.Name == "_" {
					break
				}
				if first, ok := defined[m.Label.Name]; ok {
					d.errs = append(d.errs, vetError{pos: m.Label.Pos(), msg: "label " + m.Label.Name + " already defined", at: first})
				} else {
					defined[m.Label.Name] = m.Label.Pos()
				}
			case *ast.BranchStmt:
				if m.Label != nil {
					branches = append(branches, m)
					if m.Tok == token.BREAK || m.Tok == token.CONTINUE {
						invalid[m] = !labelsLoop(enclosing, m)
						// gc's "break label not defined: L" for a label
						// defined only after the branch (s19-errwords19).
						if _, ok := defined[m.Label.Name]; !ok {
							later[m] = true
						}
					}
				}
			}
			return true
		})
	}
	walk(body)
	for _, b := range branches {
		if _, ok := defined[b.Label.Name]; ok && !later[b] {
			if invalid[b] {
				d.add(b.Label.Pos(), "invalid %s label %s", b.Tok, b.Label.Name)
			}
			continue
		}
		switch b.Tok {
		case token.GOTO:
			d.add(b.Label.Pos(), "label %s not defined", b.Label.Name)
		case token.BREAK:
			d.add(b.Label.Pos(), "break label not defined: %s", b.Label.Name)
		case token.CONTINUE:
			d.add(b.Label.Pos(), "continue label not defined: %s", b.Label.Name)
		}
	}
}

// methods reports a method declared twice for a type, and a method of a
// type the unit declares as a pointer or interface type.
func (d *declVetter) methods(f *ast.File) {
	first := map[string]token.Pos{}
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		// gc's errors for a receiver list without one receiver
		// (func () M(), func (a, b T) M()), which go/parser accepts
		// (s19-errwords19).
		if ok && fd.Recv != nil {
			switch n := fd.Recv.NumFields(); {
			case n == 0:
				d.add(fd.Recv.Pos(), "method has no receiver")
				continue
			case n > 1:
				d.add(fd.Recv.Pos(), "method has multiple receivers")
				continue
			}
		}
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Name.Name == "_" {
			continue
		}
		rt := fd.Recv.List[0].Type
		if s, ok := rt.(*ast.StarExpr); ok {
			rt = s.X
		}
		switch x := rt.(type) {
		case *ast.IndexExpr:
			rt = x.X
		case *ast.IndexListExpr:
			rt = x.X
		}
		base, ok := rt.(*ast.Ident)
		if !ok {
			continue
		}
		if ts := d.types[base.Name]; ts != nil && !ts.Assign.IsValid() {
			switch ts.Type.(type) {
			case *ast.InterfaceType, *ast.StarExpr:
				d.add(base.Pos(), "invalid receiver type %s (pointer or interface type)", base.Name)
				continue
			}
		}
		key := base.Name + "." + fd.Name.Name
		if p, ok := first[key]; ok {
			d.errs = append(d.errs, vetError{pos: fd.Name.Pos(), msg: "method " + key + " already declared", at: p})
			continue
		}
		first[key] = fd.Name.Pos()
	}
}

// embedded reports an embedded field of a pointer type the unit declares,
// or a pointer to an interface type it declares.
func (d *declVetter) embedded(st *ast.StructType) {
	for _, f := range st.Fields.List {
		if len(f.Names) > 0 {
			continue
		}
		switch t := f.Type.(type) {
		case *ast.Ident:
			if ts := d.types[t.Name]; ts != nil && !ts.Assign.IsValid() {
				if _, ok := ts.Type.(*ast.StarExpr); ok {
					d.add(f.Type.Pos(), "embedded field type cannot be a pointer")
				}
			}
		case *ast.StarExpr:
			if id, ok := t.X.(*ast.Ident); ok {
				if ts := d.types[id.Name]; ts != nil && !ts.Assign.IsValid() {
					switch ts.Type.(type) {
					case *ast.InterfaceType:
						d.add(f.Type.Pos(), "embedded field type cannot be a pointer to an interface")
					case *ast.StarExpr:
						d.add(f.Type.Pos(), "embedded field type cannot be a pointer")
					}
				}
			}
		}
	}
}

// predeclaredUse reports each use of the name iota outside a constant
// declaration, or of init (a func init cannot be referred to), when the
// unit declares no variable of that name.
func (d *declVetter) predeclaredUse(n ast.Node, name, msg string) {
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.GenDecl:
				if m.Tok == token.CONST && name == "iota" {
					return false
				}
			case *ast.FuncDecl:
				for _, x := range []ast.Node{m.Recv, m.Type, m.Body} {
					if x != nil && !reflectNil(x) {
						walk(x)
					}
				}
				return false
			case *ast.Field:
				walk(m.Type)
				return false
			case *ast.SelectorExpr:
				walk(m.X)
				return false
			case *ast.KeyValueExpr:
				if _, ok := m.Key.(*ast.Ident); !ok {
					walk(m.Key)
				}
				walk(m.Value)
				return false
			case *ast.Ident:
				if m.Name == name {
					d.add(m.Pos(), "%s", msg)
				}
			}
			return true
		})
	}
	walk(n)
}

// reflectNil reports whether the node x is a typed nil (a FuncDecl's Recv
// or Body left out).
func reflectNil(x ast.Node) bool {
	switch x := x.(type) {
	case *ast.FieldList:
		return x == nil
	case *ast.BlockStmt:
		return x == nil
	case *ast.FuncType:
		return x == nil
	}
	return false
}

// declaresName reports whether the node m declares name.
func declaresName(m ast.Node, name string) bool {
	var names []*ast.Ident
	switch m := m.(type) {
	case *ast.ValueSpec:
		names = m.Names
	case *ast.Field:
		names = m.Names
	case *ast.TypeSpec:
		names = []*ast.Ident{m.Name}
	case *ast.FuncDecl:
		names = []*ast.Ident{m.Name}
	case *ast.AssignStmt:
		if m.Tok == token.DEFINE {
			for _, l := range m.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					names = append(names, id)
				}
			}
		}
	}
	for _, id := range names {
		if id.Name == name {
			return true
		}
	}
	return false
}

// basicTypeNames are the predeclared types whose values a composite
// literal cannot make.
var basicTypeNames = map[string]bool{
	"bool": true, "string": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true, "byte": true, "rune": true,
}

// fieldsTwice reports a field name declared twice in a struct type.
func (d *declVetter) fieldsTwice(st *ast.StructType) {
	seen := map[string]bool{}
	for _, f := range st.Fields.List {
		names := f.Names
		if len(names) == 0 {
			// An embedded field is named by its type name.
			t := f.Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			switch x := t.(type) {
			case *ast.Ident:
				names = []*ast.Ident{x}
			case *ast.SelectorExpr:
				names = []*ast.Ident{x.Sel}
			}
		}
		for _, id := range names {
			if id.Name == "_" {
				continue
			}
			if seen[id.Name] {
				d.add(id.Pos(), "%s redeclared", id.Name)
				return
			}
			seen[id.Name] = true
		}
	}
}

// unitDeclaresType reports whether the unit n declares a type named name (in
// any scope).
func unitDeclaresType(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if ts, ok := m.(*ast.TypeSpec); ok && ts.Name.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// packageRedeclErrors reports, in gc's words, a func, type or constant of
// a cell's declarations whose name an earlier one of them (a func, type
// or constant) declares: `func f() {}` twice in one cell. Declaring a name
// again in a later cell redefines it (the notebook's feature), and so does,
// at a cell's top level, a variable (`x := 1` then `var x = 2`), which is
// not checked.
func packageRedeclErrors(f *ast.File) []vetError {
	seen := map[string]bool{}
	var errs []vetError
	check := func(id *ast.Ident) {
		if id == nil || id.Name == "_" {
			return
		}
		if seen[id.Name] {
			errs = append(errs, vetError{pos: id.Pos(), msg: id.Name + " redeclared in this block"})
			return
		}
		seen[id.Name] = true
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name != "init" {
				check(d.Name)
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					if d.Tok == token.TYPE {
						check(sp.Name)
					}
				case *ast.ValueSpec:
					if d.Tok == token.CONST {
						for _, id := range sp.Names {
							check(id)
						}
					}
				}
			}
		}
	}
	return errs
}

// labelsLoop reports whether the label of b (a break or continue) names
// one of the enclosing labeled statements, and that it labels a loop (a
// continue) or a loop, switch or select (a break).
func labelsLoop(enclosing []*ast.LabeledStmt, b *ast.BranchStmt) bool {
	for i := len(enclosing) - 1; i >= 0; i-- {
		l := enclosing[i]
		if l.Label.Name != b.Label.Name {
			continue
		}
		switch l.Stmt.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return b.Tok == token.BREAK
		}
		return false
	}
	return false
}

// constDecl reports, in gc's words, a constant declared without a value
// (const x int; the first of a group without values), and a composite
// literal of an array, slice or map type given as a constant's value.
func (d *declVetter) constDecl(g *ast.GenDecl) {
	for i, spec := range g.Specs {
		sp, ok := spec.(*ast.ValueSpec)
		if !ok || len(sp.Names) == 0 {
			continue
		}
		if len(sp.Values) == 0 && (i == 0 || sp.Type != nil) {
			d.add(sp.Names[0].Pos(), "missing init expr for %s", sp.Names[0].Name)
			continue
		}
		for _, x := range sp.Values {
			c, ok := ast.Unparen(x).(*ast.CompositeLit)
			if !ok || c.Type == nil {
				continue
			}
			switch t := c.Type.(type) {
			case *ast.ArrayType:
				if _, dots := t.Len.(*ast.Ellipsis); dots {
					continue
				}
			case *ast.MapType:
			default:
				continue
			}
			d.add(x.Pos(), "%s{…} (value of type %s) is not constant", types.ExprString(c.Type), types.ExprString(c.Type))
		}
	}
}

// initNotFunc reports a package-level variable, constant or type named
// init: gc's "cannot declare init - must be func". A variable or constant
// only in a unit that declares func main (a whole program typed as a
// cell): a cell's top-level `var init []int` is what main's body typed as
// a cell declares, a local variable in Go, which a notebook keeps for the
// next cells as a package-level one.
func (d *declVetter) initNotFunc(f *ast.File) {
	program := false
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && (fd.Name.Name == "main" || fd.Name.Name == mainRename) {
			program = true
		}
	}
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range g.Specs {
			var names []*ast.Ident
			switch sp := spec.(type) {
			case *ast.ValueSpec:
				if !program {
					continue
				}
				names = sp.Names
			case *ast.TypeSpec:
				names = []*ast.Ident{sp.Name}
			}
			for _, id := range names {
				if id.Name == "init" {
					d.add(id.Pos(), "cannot declare init - must be func")
				}
			}
		}
	}
}
