package interp

// gonotes patch (whole file): see PATCHES.md, "The arity of a final
// expression".

// LastResults reports how many values the last statement of a compiled
// statement list produces, when it is an expression statement: the number
// of results of a function or method call (0 for a call without results),
// and 1 for any other expression (a conversion, a builtin with a result, a
// value). ok is false when the program does not end with an expression
// statement. A REPL can then show the value of a final expression by
// wrapping it in the right form, without compiling every form to see which
// one is accepted.
func (p *Program) LastResults() (n int, ok bool) {
	r := p.root
	if r == nil || r.kind != blockStmt || len(r.child) == 0 {
		return 0, false
	}
	last := r.lastChild()
	if last.kind != exprStmt || len(last.child) == 0 {
		return 0, false
	}
	x := last.child[0]
	for x.kind == parenExpr && len(x.child) > 0 {
		x = x.child[0]
	}
	if !isCall(x) || len(x.child) == 0 {
		return 1, true
	}
	c0 := x.child[0]
	if c0.typ == nil {
		return 0, false
	}
	if c0.typ.cat == builtinT {
		if x.typ == nil || x.typ.cat == builtinT {
			return 0, true
		}
		return 1, true
	}
	return c0.typ.numOut(), true
}
