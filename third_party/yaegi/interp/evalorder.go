// gonotes patch (s13-goroot9): this file.

package interp

import "reflect"

// opAssignOrder orders the evaluation of an operation assignment whose
// right operand calls a function or receives (x[k] += f(), *p -= <-c)
// and whose left operand does not: the right operand is evaluated first,
// then the left operand's map, slice, pointer and index, once, for both
// the load and the store, as gc does. The left operand was evaluated
// first (its value loaded), and the store read the map and the key again
// after the call: with f setting x to another map, x[0] += f() stored
// into the other map the sum of the first's entry (golang/go#21687); the
// specification orders the calls only, and evaluates x once.
func opAssignOrder(n *node) {
	if n.kind != assignStmt || n.action == aAssign || n.nleft != 1 || len(n.child) != 2 {
		return
	}
	c0, c1 := n.child[0], n.child[1]
	switch c0.kind {
	case indexExpr, starExpr, selectorExpr:
	default:
		return
	}
	if !callsOrReceives(c1) || callsOrReceives(c0) || c1.start == nil || c0.start == nil {
		return
	}
	n.start = c1.start
	c1.tnext = c0.start
	c0.tnext = n
}

// callsOrReceives reports whether the expression n calls a function
// (a conversion is no call) or receives from a channel.
func callsOrReceives(n *node) bool {
	found := false
	n.Walk(func(c *node) bool {
		switch {
		case found:
			return false
		case c.kind == funcLit:
			return false // its body runs where it is called
		case c.kind == callExpr && c.action == aCall, c.action == aCallSlice, c.action == aRecv:
			found = true
			return false
		}
		return true
	}, nil)
	return found
}

// A tuple assignment evaluates the operands of its left index
// expressions and pointer indirections, then assigns from left to right
// (the specification's two phases): m[2], *p = 42, 2 with p nil sets
// m[2], then panics; so does m[2], s[1] = 2, 2 with s too short. The
// interpreter made the left operand (the pointed-to variable, the
// element) when it evaluated it, and panicked then, with nothing
// assigned (golang/go#23017). markLHSLate marks the left operands after
// the first that can panic so (lhsLate): their exec recovers the panic
// and keeps it in the operand's frame slot (lhsLateExec), and the
// assignment panics with it when it reaches the operand (lhsLateValue).

// lhsPanic is the panic of a left operand, in its frame slot.
type lhsPanic struct{ r any }

var lhsPanicType = reflect.TypeOf((*lhsPanic)(nil))

// markLHSLate marks the left operands of the tuple assignment n that
// come after another one and may panic when evaluated.
func markLHSLate(n *node) {
	if n.kind != assignStmt || n.action != aAssign || n.nleft < 2 {
		return
	}
	first := true
	for _, c := range n.child[:n.nleft] {
		if c.ident == "_" {
			continue
		}
		if !first && !isMapEntry(c) && !sameOnRight(n, c) {
			switch c.kind {
			case starExpr, indexExpr, selectorExpr:
				c.lhsLate = true
			}
		}
		first = false
	}
}

// sameOnRight reports whether the right side of the assignment n has the
// expression c, a left operand: then its panic happens at the evaluation
// of the right side, before any assignment (a swap, s[i], s[j] = s[j],
// s[i]), and c is evaluated as it was (the fast paths of swaps).
func sameOnRight(n *node, c *node) bool {
	for _, r := range n.child[n.nleft:] {
		if sameExpr(r, c) {
			return true
		}
	}
	return false
}

// sameExpr reports whether a and b are the same expression made of
// identifiers, literals, selectors, index expressions and indirections.
func sameExpr(a, b *node) bool {
	if a.kind != b.kind || len(a.child) != len(b.child) {
		return false
	}
	switch a.kind {
	case identExpr, basicLit:
		return a.ident == b.ident && a.ident != ""
	case selectorExpr, indexExpr, starExpr, parenExpr:
		for i := range a.child {
			if !sameExpr(a.child[i], b.child[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// hasLHSLate reports whether a left operand of the assignment n is
// marked by markLHSLate.
func hasLHSLate(n *node) bool {
	for _, c := range n.child[:n.nleft] {
		if c.lhsLate {
			return true
		}
	}
	return false
}

// lhsLateExec makes the exec of n, a left operand marked by markLHSLate,
// keep its panic in its frame slot.
func lhsLateExec(n *node) {
	exec := n.exec
	next := getExec(n.tnext)
	i, l := n.findex, n.level
	if i < 0 {
		return
	}
	n.exec = func(f *frame) (b bltn) {
		defer func() {
			if r := recover(); r != nil {
				getFrame(f, l).data[i] = reflect.ValueOf(&lhsPanic{r})
				b = next
			}
		}()
		return exec(f)
	}
}

// lhsLateValue returns v, the value of a left operand marked by
// markLHSLate, or panics with the panic kept in its place.
func lhsLateValue(v reflect.Value) reflect.Value {
	if v.IsValid() && v.Type() == lhsPanicType {
		panic(v.Interface().(*lhsPanic).r)
	}
	return v
}
