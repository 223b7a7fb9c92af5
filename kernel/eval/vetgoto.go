package eval

import (
	"go/ast"
	"go/token"
	"strings"
)

// gotoErrors reports, as gc does, a goto that jumps into a block, or
// forward over a variable declaration of the label's block (the spec's
// "Goto statements": executing it must not bring variables into scope that
// were not in scope at the goto). Yaegi ran both. Each function body (of a
// func declaration or literal, and the top level of a cell, whose labels
// are its own) is checked alone: labels do not cross function boundaries.
func gotoErrors(n ast.Node) []vetError {
	var errs []vetError
	if b, ok := n.(*ast.BlockStmt); ok {
		errs = append(errs, gotoBodyErrors(b)...)
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncDecl:
			if m.Body != nil {
				errs = append(errs, gotoBodyErrors(m.Body)...)
			}
		case *ast.FuncLit:
			errs = append(errs, gotoBodyErrors(m.Body)...)
		}
		return true
	})
	return errs
}

// gotoFrame is a statement's place: the statement list it is in (named by
// the node that owns the list) and its index there.
type gotoFrame struct {
	owner ast.Node
	index int
}

// gotoBodyErrors checks the gotos of one function body.
func gotoBodyErrors(body *ast.BlockStmt) []vetError {
	type gotoUse struct {
		stmt  *ast.BranchStmt
		chain []gotoFrame
	}
	lists := map[ast.Node][]ast.Stmt{}
	labels := map[string]gotoFrame{}
	labelChains := map[string][]gotoFrame{}
	var gotos []gotoUse
	var list func(owner ast.Node, stmts []ast.Stmt, chain []gotoFrame)
	var stmt func(s ast.Stmt, chain []gotoFrame)
	list = func(owner ast.Node, stmts []ast.Stmt, chain []gotoFrame) {
		lists[owner] = stmts
		for i, s := range stmts {
			c := append(chain[:len(chain):len(chain)], gotoFrame{owner, i})
			stmt(s, c)
		}
	}
	stmt = func(s ast.Stmt, chain []gotoFrame) {
		switch s := s.(type) {
		case *ast.LabeledStmt:
			// A label defined again is gc's error (vetdecl.go); a goto
			// names the first one (s19-errwords19).
			if _, dup := labels[s.Label.Name]; !dup {
				labels[s.Label.Name] = chain[len(chain)-1]
				labelChains[s.Label.Name] = chain
			}
			stmt(s.Stmt, chain)
		case *ast.BranchStmt:
			if s.Tok == token.GOTO && s.Label != nil {
				gotos = append(gotos, gotoUse{s, chain})
			}
		case *ast.BlockStmt:
			list(s, s.List, chain)
		case *ast.IfStmt:
			list(s.Body, s.Body.List, chain)
			if s.Else != nil {
				stmt(s.Else, chain)
			}
		case *ast.ForStmt:
			list(s.Body, s.Body.List, chain)
		case *ast.RangeStmt:
			list(s.Body, s.Body.List, chain)
		case *ast.SwitchStmt:
			clauses(s.Body, chain, list)
		case *ast.TypeSwitchStmt:
			clauses(s.Body, chain, list)
		case *ast.SelectStmt:
			clauses(s.Body, chain, list)
		}
	}
	list(body, body.List, nil)

	var errs []vetError
	for _, g := range gotos {
		l, ok := labels[g.stmt.Label.Name]
		if !ok {
			continue // an undefined label: the interpreter's own error
		}
		at := -1
		for _, f := range g.chain {
			if f.owner == l.owner {
				at = f.index
			}
		}
		if at < 0 {
			// gc names the outermost block entered: the first of the
			// label's blocks that the goto is not in.
			in := map[ast.Node]bool{}
			for _, f := range g.chain {
				in[f.owner] = true
			}
			var entered ast.Node
			for _, f := range labelChains[g.stmt.Label.Name] {
				if !in[f.owner] {
					entered = f.owner
					break
				}
			}
			errs = append(errs, vetError{pos: g.stmt.Label.Pos(), msg: "goto " + g.stmt.Label.Name + " jumps into block starting", at: blockStart(entered)})
			continue
		}
		stmts := lists[l.owner]
		for i := at + 1; i < l.index; i++ {
			if name, pos := declaredVar(stmts[i]); name != "" {
				errs = append(errs, vetError{pos: g.stmt.Label.Pos(), msg: "goto " + g.stmt.Label.Name + " jumps over declaration of " + name, at: pos})
				break
			}
		}
	}
	return errs
}

// clauses walks the statement lists of the case or comm clauses of body.
func clauses(body *ast.BlockStmt, chain []gotoFrame, list func(ast.Node, []ast.Stmt, []gotoFrame)) {
	for _, c := range body.List {
		switch c := c.(type) {
		case *ast.CaseClause:
			list(c, c.Body, chain)
		case *ast.CommClause:
			list(c, c.Body, chain)
		}
	}
}

// blockStart returns where gc says a block starts: the brace of a block,
// the case keyword of a clause.
func blockStart(n ast.Node) token.Pos {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.Lbrace
	case nil:
		return token.NoPos
	}
	return n.Pos()
}

// declaredVar returns the variables the statement s declares in its
// block as gc names them in a goto's error, and where: the first name of
// a var declaration at that name, the left side of := at its operator
// ("" for none).
func declaredVar(s ast.Stmt) (string, token.Pos) {
	for {
		l, ok := s.(*ast.LabeledStmt)
		if !ok {
			break
		}
		s = l.Stmt
	}
	switch s := s.(type) {
	case *ast.DeclStmt:
		if d, ok := s.Decl.(*ast.GenDecl); ok && d.Tok == token.VAR {
			for _, sp := range d.Specs {
				for _, id := range sp.(*ast.ValueSpec).Names {
					if id.Name != "_" {
						return id.Name, id.Pos()
					}
				}
			}
		}
	case *ast.AssignStmt:
		if s.Tok == token.DEFINE {
			var names []string
			for _, x := range s.Lhs {
				if id, ok := x.(*ast.Ident); ok {
					names = append(names, id.Name)
				}
			}
			return strings.Join(names, ", "), s.TokPos
		}
	}
	return "", token.NoPos
}
