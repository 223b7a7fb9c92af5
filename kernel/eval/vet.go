package eval

import (
	"go/ast"
	"go/token"
	"sort"
)

// The checks of the gc compiler that yaegi does not make, so that a cell is
// rejected where `go build` rejects the same program: a local variable
// declared and not used, a label defined and not used, a missing return.
// They work on the cell's AST before any rewrite, without types: a
// variable counts as used when unsure (a composite literal key that may be
// a field name), so that a valid program is never rejected. The variables
// declared directly at the top level of a cell are globals (a later cell
// may use them) and are not checked.

// vetError is one finding, at a position of the unit's file set.
type vetError struct {
	pos token.Pos
	msg string
	at  token.Pos // a position the message names (" at L:C"), or NoPos
	// suffix follows the position at ("multiple defaults (first at
	// L:C)").
	suffix string
}

// vetUnit checks a unit: an *ast.File of declarations, or the
// *ast.BlockStmt of a cell's top-level statements.
func vetUnit(n ast.Node) []vetError {
	v := &vetter{}
	switch n := n.(type) {
	case *ast.File:
		for _, d := range n.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil {
					v.function(d.Recv, d.Type, d.Body)
				}
			case *ast.GenDecl:
				// Func literals in package-level initialisers.
				v.push()
				for _, sp := range d.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok {
						for _, x := range vs.Values {
							v.expr(x)
						}
					}
				}
				v.pop()
			}
		}
	case *ast.BlockStmt:
		// The top level: its own declarations are globals, everything
		// nested is checked. Labels of the top level are checked too.
		v.push()
		v.top = v.scopes[0]
		v.labels = map[string]*labelInfo{}
		v.collectLabels(n.List)
		v.stmtList(n.List)
		v.reportLabels()
		v.pop()
	}
	v.errs = append(v.errs, branchErrors(n)...)
	v.errs = append(v.errs, gotoErrors(n)...)
	v.errs = append(v.errs, recursiveTypeErrors(n)...)
	v.errs = append(v.errs, declErrors(n)...)
	v.errs = append(v.errs, syntaxTypeErrors(n)...)
	v.errs = append(v.errs, incomparableParamErrors(n)...)
	v.errs = append(v.errs, resultScopeErrors(n)...)
	v.errs = append(v.errs, vet19Errors(n)...)
	sort.SliceStable(v.errs, func(i, j int) bool { return v.errs[i].pos < v.errs[j].pos })
	return v.errs
}

// branchErrors reports, as gc does, an unlabeled break outside a loop,
// switch or select, an unlabeled continue outside a loop, and a constant
// case listed twice in an expression switch (yaegi ran these programs).
func branchErrors(n ast.Node) []vetError {
	var errs []vetError
	var walk func(n ast.Node, inLoop, inBreakable bool)
	walk = func(n ast.Node, inLoop, inBreakable bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				walk(m.Body, false, false)
				return false
			case *ast.FuncDecl:
				if m.Body != nil {
					walk(m.Body, false, false)
				}
				return false
			case *ast.ForStmt:
				walk(m.Body, true, true)
				for _, x := range []ast.Node{m.Init, m.Cond, m.Post} {
					if x != nil {
						walk(x, inLoop, inBreakable)
					}
				}
				return false
			case *ast.RangeStmt:
				walk(m.X, inLoop, inBreakable)
				walk(m.Body, true, true)
				return false
			case *ast.SwitchStmt:
				walk(m.Body, inLoop, true)
				return false
			case *ast.TypeSwitchStmt:
				walk(m.Body, inLoop, true)
				return false
			case *ast.SelectStmt:
				walk(m.Body, inLoop, true)
				return false
			case *ast.BranchStmt:
				switch {
				case m.Label != nil:
				case m.Tok == token.BREAK && !inBreakable:
					errs = append(errs, vetError{pos: m.Pos(), msg: "break is not in a loop, switch, or select"})
				case m.Tok == token.CONTINUE && !inLoop:
					errs = append(errs, vetError{pos: m.Pos(), msg: "continue is not in a loop"})
				}
			}
			return true
		})
	}
	walk(n, false, false)
	return errs
}

type varInfo struct {
	id   *ast.Ident
	used bool
	free bool // not checked (a parameter, a global of the cell)
}

type labelInfo struct {
	id   *ast.Ident
	used bool
}

type scope struct {
	vars map[string]*varInfo
}

type vetter struct {
	scopes []*scope
	top    *scope // the top level of a cell: its declarations are free
	labels map[string]*labelInfo
	errs   []vetError
	// tsVars maps the per-clause variables of a type switch to the one of
	// its header.
	tsVars map[*varInfo]*varInfo
}

func (v *vetter) push() { v.scopes = append(v.scopes, &scope{vars: map[string]*varInfo{}}) }

// pop reports the unused variables of the innermost scope.
func (v *vetter) pop() {
	s := v.scopes[len(v.scopes)-1]
	v.scopes = v.scopes[:len(v.scopes)-1]
	if s == v.top {
		return
	}
	for _, vi := range s.vars {
		if !vi.used && !vi.free && v.tsVars[vi] == nil {
			v.errs = append(v.errs, vetError{pos: vi.id.Pos(), msg: "declared and not used: " + vi.id.Name})
		}
	}
}

func (v *vetter) declare(id *ast.Ident, free bool) *varInfo {
	if id == nil || id.Name == "_" {
		return nil
	}
	s := v.scopes[len(v.scopes)-1]
	vi := &varInfo{id: id, free: free || s == v.top}
	s.vars[id.Name] = vi
	return vi
}

// declareOther declares a name that is not a variable (a constant, a
// type, a func): it shadows outer variables and is never reported.
func (v *vetter) declareOther(id *ast.Ident) { v.declare(id, true) }

func (v *vetter) lookup(name string) *varInfo {
	for i := len(v.scopes) - 1; i >= 0; i-- {
		if vi, ok := v.scopes[i].vars[name]; ok {
			return vi
		}
	}
	return nil
}

func (v *vetter) use(id *ast.Ident) {
	if vi := v.lookup(id.Name); vi != nil {
		vi.used = true
		if h := v.tsVars[vi]; h != nil {
			h.used = true
		}
	}
}

// function checks a func declaration or literal.
func (v *vetter) function(recv *ast.FieldList, typ *ast.FuncType, body *ast.BlockStmt) {
	outer := v.labels
	v.labels = map[string]*labelInfo{}
	v.push()
	for _, fl := range []*ast.FieldList{recv, typ.TypeParams, typ.Params, typ.Results} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			v.expr(f.Type)
			for _, id := range f.Names {
				v.declare(id, true)
			}
		}
	}
	// The parameters and the body share a scope.
	v.collectLabels(body.List)
	v.stmtList(body.List)
	v.pop()
	v.reportLabels()
	v.labels = outer
	if typ.Results != nil && len(typ.Results.List) > 0 && !v.terminatingList(body.List) {
		v.errs = append(v.errs, vetError{pos: body.Rbrace, msg: "missing return"})
	}
}

// collectLabels records the labels of a function body (at any depth, not in
// nested func literals).
func (v *vetter) collectLabels(list []ast.Stmt) {
	for _, st := range list {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.LabeledStmt:
				if n.Label.Name != "_" {
					v.labels[n.Label.Name] = &labelInfo{id: n.Label}
				}
			}
			return true
		})
	}
}

func (v *vetter) reportLabels() {
	for _, l := range v.labels {
		if !l.used {
			v.errs = append(v.errs, vetError{pos: l.id.Pos(), msg: "label " + l.id.Name + " defined and not used"})
		}
	}
}

func (v *vetter) stmtList(list []ast.Stmt) {
	for _, st := range list {
		v.stmt(st)
	}
}

func (v *vetter) block(b *ast.BlockStmt) {
	if b == nil {
		return
	}
	v.push()
	v.stmtList(b.List)
	v.pop()
}

func (v *vetter) stmt(st ast.Stmt) {
	switch s := st.(type) {
	case nil:
	case *ast.BlockStmt:
		v.block(s)
	case *ast.ExprStmt:
		v.expr(s.X)
	case *ast.SendStmt:
		v.expr(s.Chan)
		v.expr(s.Value)
	case *ast.IncDecStmt:
		v.expr(s.X) // x++ counts as a use, as x += 1 does
	case *ast.AssignStmt:
		for _, x := range s.Rhs {
			v.expr(x)
		}
		if s.Tok == token.DEFINE {
			cur := v.scopes[len(v.scopes)-1]
			for _, l := range s.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					v.expr(l)
					continue
				}
				if _, redecl := cur.vars[id.Name]; redecl {
					continue // assigned, not declared again
				}
				v.declare(id, false)
			}
			return
		}
		for _, l := range s.Lhs {
			if s.Tok == token.ASSIGN {
				v.assignTarget(l)
			} else {
				v.expr(l) // x += 1 reads x
			}
		}
	case *ast.DeclStmt:
		v.decl(s.Decl)
	case *ast.GoStmt:
		v.expr(s.Call)
	case *ast.DeferStmt:
		v.expr(s.Call)
	case *ast.ReturnStmt:
		for _, x := range s.Results {
			v.expr(x)
		}
	case *ast.BranchStmt:
		if s.Label != nil {
			if l := v.labels[s.Label.Name]; l != nil {
				l.used = true
			}
		}
	case *ast.LabeledStmt:
		v.stmt(s.Stmt)
	case *ast.IfStmt:
		v.push()
		v.stmt(s.Init)
		v.expr(s.Cond)
		v.block(s.Body)
		v.stmt(s.Else)
		v.pop()
	case *ast.ForStmt:
		v.push()
		v.stmt(s.Init)
		v.expr(s.Cond)
		v.stmt(s.Post)
		v.block(s.Body)
		v.pop()
	case *ast.RangeStmt:
		v.expr(s.X)
		v.push()
		if s.Tok == token.DEFINE {
			for _, x := range []ast.Expr{s.Key, s.Value} {
				if id, ok := x.(*ast.Ident); ok {
					v.declare(id, false)
				}
			}
		} else {
			for _, x := range []ast.Expr{s.Key, s.Value} {
				if x != nil {
					v.assignTarget(x)
				}
			}
		}
		v.block(s.Body)
		v.pop()
	case *ast.SwitchStmt:
		v.push()
		v.stmt(s.Init)
		v.expr(s.Tag)
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			for _, x := range cc.List {
				v.expr(x)
			}
			v.push()
			v.stmtList(cc.Body)
			v.pop()
		}
		v.pop()
	case *ast.TypeSwitchStmt:
		v.push()
		v.stmt(s.Init)
		var header *ast.Ident
		switch a := s.Assign.(type) {
		case *ast.AssignStmt: // x := y.(type)
			header = a.Lhs[0].(*ast.Ident)
			for _, x := range a.Rhs {
				v.expr(x)
			}
		case *ast.ExprStmt:
			v.expr(a.X)
		}
		var hv *varInfo
		if header != nil && header.Name != "_" {
			hv = &varInfo{id: header}
		}
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			for _, x := range cc.List {
				v.expr(x)
			}
			v.push()
			if hv != nil {
				cv := v.declare(header, true)
				if v.tsVars == nil {
					v.tsVars = map[*varInfo]*varInfo{}
				}
				v.tsVars[cv] = hv
			}
			v.stmtList(cc.Body)
			v.pop()
		}
		if hv != nil && !hv.used {
			v.errs = append(v.errs, vetError{pos: header.Pos(), msg: header.Name + " declared and not used"})
		}
		v.pop()
	case *ast.SelectStmt:
		for _, c := range s.Body.List {
			cc := c.(*ast.CommClause)
			v.push()
			v.stmt(cc.Comm)
			v.stmtList(cc.Body)
			v.pop()
		}
	}
}

// assignTarget handles the left side of an assignment: assigning to a
// variable is not a use of it, but the operands of x.f, x[i], *p are used.
func (v *vetter) assignTarget(x ast.Expr) {
	switch x := x.(type) {
	case *ast.Ident:
		// Not a use.
	case *ast.ParenExpr:
		v.assignTarget(x.X)
	default:
		v.expr(x)
	}
}

func (v *vetter) decl(d ast.Decl) {
	g, ok := d.(*ast.GenDecl)
	if !ok {
		return
	}
	for _, sp := range g.Specs {
		switch sp := sp.(type) {
		case *ast.ValueSpec:
			v.expr(sp.Type)
			for _, x := range sp.Values {
				v.expr(x)
			}
			for _, id := range sp.Names {
				if v.redeclared(id) {
					continue
				}
				if g.Tok == token.VAR {
					v.declare(id, false)
				} else {
					v.declareOther(id)
				}
			}
		case *ast.TypeSpec:
			if !v.redeclared(sp.Name) {
				v.declareOther(sp.Name)
			}
			v.expr(sp.Type)
		}
	}
}

// redeclared reports, in gc's words, a var, const or type declared in a
// block (a func's parameters and body are one block) that already
// declares its name; the name keeps its first declaration, as in gc. The
// top level of a cell is not checked: there a declaration of a name again
// redefines it (the notebook's feature).
func (v *vetter) redeclared(id *ast.Ident) bool {
	s := v.scopes[len(v.scopes)-1]
	if id == nil || id.Name == "_" || s == v.top {
		return false
	}
	if _, ok := s.vars[id.Name]; !ok {
		return false
	}
	v.errs = append(v.errs, vetError{pos: id.Pos(), msg: id.Name + " redeclared in this block"})
	return true
}

// expr marks the variables that x uses.
func (v *vetter) expr(x ast.Node) {
	if x == nil {
		return
	}
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			v.use(n)
		case *ast.SelectorExpr:
			v.expr(n.X) // n.Sel is a field or method
			return false
		case *ast.FuncLit:
			v.function(nil, n.Type, n.Body)
			return false
		case *ast.KeyValueExpr:
			// A key may be a field name or a map key: a use either way.
			v.expr(n.Key)
			v.expr(n.Value)
			return false
		}
		return true
	})
}

// Terminating statements, as the specification defines them.

func (v *vetter) terminatingList(list []ast.Stmt) bool {
	for i := len(list) - 1; i >= 0; i-- {
		if _, empty := list[i].(*ast.EmptyStmt); empty {
			continue
		}
		return terminating(list[i], "")
	}
	return false
}

//nolint:gocyclo // one case per kind of statement
func terminating(st ast.Stmt, label string) bool {
	switch s := st.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.GOTO || s.Tok == token.FALLTHROUGH
	case *ast.ExprStmt:
		if c, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	case *ast.BlockStmt:
		return listTerminating(s.List)
	case *ast.IfStmt:
		return s.Else != nil && listTerminating(s.Body.List) && terminating(s.Else, "")
	case *ast.ForStmt:
		return s.Cond == nil && !hasBreak(s.Body, label, true)
	case *ast.LabeledStmt:
		return terminating(s.Stmt, s.Label.Name)
	case *ast.SwitchStmt:
		return clausesTerminate(s.Body, label, true)
	case *ast.TypeSwitchStmt:
		return clausesTerminate(s.Body, label, true)
	case *ast.SelectStmt:
		if hasBreak(s.Body, label, true) {
			return false
		}
		for _, c := range s.Body.List {
			if !listTerminating(c.(*ast.CommClause).Body) {
				return false
			}
		}
		return true
	}
	return false
}

func listTerminating(list []ast.Stmt) bool {
	for i := len(list) - 1; i >= 0; i-- {
		if _, empty := list[i].(*ast.EmptyStmt); empty {
			continue
		}
		return terminating(list[i], "")
	}
	return false
}

// clausesTerminate: no break refers to the switch, there is a default, and
// every clause ends in a terminating statement (or a fallthrough).
func clausesTerminate(body *ast.BlockStmt, label string, _ bool) bool {
	if hasBreak(body, label, true) {
		return false
	}
	def := false
	for _, c := range body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = true
		}
		if !listTerminating(cc.Body) {
			return false
		}
	}
	return def
}

// hasBreak reports whether n holds a break that refers to the statement
// whose body n is: an unlabeled break not inside a nested for, switch or
// select, or a break with its label.
func hasBreak(n ast.Node, label string, top bool) bool {
	found := false
	var walk func(n ast.Node, nested bool)
	walk = func(n ast.Node, nested bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if found {
				return false
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				if m.Tok == token.BREAK && (m.Label == nil && !nested || m.Label != nil && m.Label.Name == label && label != "") {
					found = true
				}
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				if m != n {
					var body ast.Node
					switch m := m.(type) {
					case *ast.ForStmt:
						body = m.Body
					case *ast.RangeStmt:
						body = m.Body
					case *ast.SwitchStmt:
						body = m.Body
					case *ast.TypeSwitchStmt:
						body = m.Body
					case *ast.SelectStmt:
						body = m.Body
					}
					walk(body, true)
					return false
				}
			}
			return true
		})
	}
	walk(n, false)
	return found
}
