package interp

// gonotes patch: the right side of a top-level `x := expr` that declares
// again a global of an earlier input reads the earlier x.
//
// At the top level of an input (a REPL line, a notebook cell), GTA gives
// every `x := expr` statement its symbol before CFG compiles any right
// side. When x was a global of an earlier input and the statement makes a
// new one (no other new variable on its left, or a value of another type),
// `x := x + 1`, `s := append(s, 4)` or `x := strconv.Itoa(x)` read the new
// variable, a zero value: x became 1, s [4], and the last one failed at run
// time. As `x := x + 1` in an inner block of a function reads the outer x,
// the right side now reads the earlier variable: GTA records the symbols
// the statement replaces (shadow), and CFG puts them back in the scope
// while it compiles the statement's right side (swapShadowed, in pre-order
// and again in post-order, before the left side is bound to the new
// symbols).
//
// Only the symbols of earlier inputs are recorded: two statements of one
// input that define x share the newer symbol, as before.
//
// So for a predeclared name (len, max, int, true, ...): `len := len(xs)`
// or `max := max(a, b)` at the top level of an input gave "too many
// arguments", the right side calling the new variable. Such a name is not
// in the package scope but in the universe, its ancestor: the record is a
// nil symbol, and while the right side is compiled the name is taken out
// of the package scope, so that it is found in the universe.

// shadowedSyms holds the symbols that a top-level := statement declares
// again, by name, and the scope they are in. A nil symbol stands for a
// name the scope did not hold (a predeclared name, found in an ancestor).
type shadowedSyms struct {
	sc      *scope
	syms    map[string]*symbol
	swapped bool // the earlier symbols are in the scope (between the orders)
}

// shadow records, for a := statement n at the top level of an input, the
// symbol of name in sc before n declares it again, if it was declared by
// an earlier input.
func (n *node) shadow(sc *scope, name string) {
	if n.kind != defineStmt && n.kind != defineXStmt || n.anc == nil || n.anc.kind == varDecl || n.anc.kind == constDecl || name == "_" || name == "" {
		return
	}
	old := sc.sym[name]
	if old == nil {
		// A predeclared name, which the universe holds, is recorded
		// by a nil symbol (the package scope held none).
		if sc.anc == nil || !sc.anc.predeclared(name) {
			return
		}
	} else if old.kind == pkgSym || sameInput(old.node, n) {
		return
	}
	if n.shadows == nil {
		n.shadows = &shadowedSyms{sc: sc, syms: map[string]*symbol{}}
	}
	if _, ok := n.shadows.syms[name]; !ok {
		// A second GTA pass (revisit) finds the symbol of the first.
		n.shadows.syms[name] = old
	}
}

// unshadowKept forgets the names that n assigns in place (a, err := f()
// with a of the same type and err new): they keep their symbol.
func (n *node) unshadowKept(sc *scope) {
	if n.shadows == nil {
		return
	}
	for name, old := range n.shadows.syms {
		if sc.sym[name] == old {
			delete(n.shadows.syms, name)
		}
	}
	if len(n.shadows.syms) == 0 {
		n.shadows = nil
	}
}

// swapShadowed exchanges the symbols that n declares again with the ones
// in its scope: the first call puts the earlier ones in the scope, the
// second the new ones back (then CFG drops the record: a node kept by
// the compiled code must not keep the earlier symbols and their inputs).
func (n *node) swapShadowed() {
	sh := n.shadows
	if sh == nil {
		return
	}
	for name, s := range sh.syms {
		cur := sh.sc.sym[name]
		if s == nil {
			delete(sh.sc.sym, name) // found in the universe
		} else {
			sh.sc.sym[name] = s
		}
		sh.syms[name] = cur
	}
	sh.swapped = !sh.swapped
}

// sameInput reports whether nodes a and b are of one syntax tree.
func sameInput(a, b *node) bool {
	if a == nil || b == nil {
		return false
	}
	for a.anc != nil {
		a = a.anc
	}
	for b.anc != nil {
		b = b.anc
	}
	return a == b
}
