package interp

// gonotes patch (whole file): Go 1.22 loops — a variable per iteration for
// the variables declared by a for or range clause, and range over an
// integer. See PATCHES.md, "Go 1.22 loops".

import (
	"go/constant"
	"reflect"
)

// loopVars returns the frame indexes of the variables declared by the for
// or range clause of loop node n (a forStmt or a rangeStmt), blank ones
// excluded.
func loopVars(n *node) map[int]bool {
	vars := map[int]bool{}
	switch n.kind {
	case forStmt1, forStmt3, forStmt6, forStmt7:
		init := n.child[0]
		if init.kind != defineStmt {
			return nil
		}
		for _, c := range init.child[:init.nleft] {
			if c.kind == identExpr && c.ident != "_" {
				vars[c.findex] = true
			}
		}
	case rangeStmt:
		k := n.child[0]
		if k.kind == identExpr && k.ident != "_" {
			vars[k.findex] = true
		}
		if len(n.child) == 4 {
			if v := n.child[1]; v.kind == identExpr && v.ident != "_" {
				vars[v.findex] = true
			}
		}
	}
	return vars
}

// loopVarsEscape reports whether a variable of vars (indexes in the frame
// of the loop) may outlive its iteration: it is used by a func literal, its
// address is taken (&v, v.f, v[i] of an array), it is the receiver of a
// method value or call (which may take its address), or an array variable
// is sliced. Only then does the loop need a new variable per iteration.
func loopVarsEscape(vars map[int]bool, nodes ...*node) bool {
	found := false
	var refs func(m *node) bool
	refs = func(m *node) bool { // m is, or selects or indexes, a loop variable
		switch m.kind {
		case identExpr:
			return m.level == 0 && vars[m.findex]
		case selectorExpr, indexExpr, parenExpr:
			return refs(m.child[0])
		}
		return false
	}
	var walk func(m *node, depth int)
	seen := map[*node]bool{} // gonotes patch: a node met twice (the AST of some statements is not a tree) is walked once
	walk = func(m *node, depth int) {
		if found || m == nil || seen[m] || m.kind == funcDecl {
			// A funcDecl in a body is a generic func's instance that
			// replaced its name (it refers to no loop variable, and a
			// recursive one contains itself).
			return
		}
		seen[m] = true
		switch {
		case m.kind == funcLit:
			depth++
		case depth > 0:
			found = m.kind == identExpr && m.level == depth && vars[m.findex]
		case m.kind == addressExpr:
			found = refs(m.child[0])
		case m.kind == selectorExpr:
			// A method value or call: the method may take the address,
			// unless its receiver is a value (gonotes patch, s12-wrap:
			// the method gets a copy).
			found = refs(m.child[0]) && (m.recv != nil || m.typ != nil && m.typ.TypeOf() != nil && m.typ.TypeOf().Kind() == reflect.Func) &&
				!valueRecvSelector(m)
		case m.kind == sliceExpr:
			found = refs(m.child[0]) && m.child[0].typ != nil && m.child[0].typ.TypeOf() != nil && m.child[0].typ.TypeOf().Kind() == reflect.Array
		}
		for _, c := range m.child {
			walk(c, depth)
		}
	}
	for _, n := range nodes {
		walk(n, 0)
	}
	return found
}

// perIteration gives loop node n a new variable per iteration for those of
// its clause that escape (see loopVarsEscape). body is the loop body,
// through which every iteration ends (a continue jumps to it too): its
// action becomes a copy of each escaping variable into a new location of
// the frame, so that a closure or pointer made in the iteration keeps the
// old one, and the post statement or the next range step then updates the
// copy, as the Go 1.22 specification says. Loops whose variables do not
// escape are left as they are, at no cost.
func perIteration(n, body *node, others ...*node) {
	vars := loopVars(n)
	if len(vars) == 0 || !loopVarsEscape(vars, append(others, body)...) {
		return
	}
	index := make([]int, 0, len(vars))
	for i := range vars {
		index = append(index, i)
	}
	n.iterVars = index
	body.gen = func(b *node) {
		next := getExec(b.tnext)
		b.exec = func(f *frame) bltn {
			for _, i := range index {
				old := f.data[i]
				v := reflect.New(old.Type()).Elem()
				v.Set(old)
				f.data[i] = v
			}
			return next
		}
	}
}

// isLoopInit reports whether n is the init statement of a for clause.
func isLoopInit(n *node) bool {
	switch n.anc.kind {
	case forStmt1, forStmt3, forStmt6, forStmt7:
		return n.anc.child[0] == n
	}
	return false
}

// rangeIntType returns the type of the iteration variable of a range over
// the integer operand o (the default type for an untyped constant), and
// adds the frame locations of the bound and the counter, just before the
// variable's (see rangeInt).
func (s *scope) rangeIntType(o, v *node) (*itype, error) {
	if v != nil {
		return nil, v.cfgErrorf("range over %s permits only one iteration variable", describeOperand(o))
	}
	t := o.typ
	if t.untyped {
		if t.cat == int32T {
			t = s.getType("rune")
		} else {
			t = s.getType("int")
		}
	}
	s.add(t) // bound
	s.add(t) // counter
	return t, nil
}

// isRangeInt reports whether t is an integer type, to range over.
func isRangeInt(t *itype) bool {
	switch t.cat {
	case intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT:
		return true
	case valueT, linkedT:
		rt := t.TypeOf()
		return rt != nil && (isInt(rt) || isUint(rt))
	}
	return false
}

// rangeInt runs `for i := range n`: the values 0 to n-1, from a counter of
// its own (an assignment to i in the body does not change the iteration).
func rangeInt(n *node) {
	index0 := n.child[0].findex // iteration variable
	index1 := index0 - 1        // counter
	index2 := index0 - 2        // bound
	value := genValue(n.child[1])
	fnext := getExec(n.fnext)
	tnext := getExec(n.tnext)

	if isUint(n.child[0].typ.TypeOf()) {
		n.exec = func(f *frame) bltn {
			c := f.data[index1]
			i := c.Uint()
			if i >= f.data[index2].Uint() {
				return fnext
			}
			f.data[index0].SetUint(i)
			c.SetUint(i + 1)
			return tnext
		}
		next := n.exec
		n.child[0].exec = func(f *frame) bltn {
			f.data[index2].SetUint(vUint(value(f)))
			f.data[index1].SetUint(0)
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		c := f.data[index1]
		i := c.Int()
		if i >= f.data[index2].Int() {
			return fnext
		}
		f.data[index0].SetInt(i)
		c.SetInt(i + 1)
		return tnext
	}
	next := n.exec
	n.child[0].exec = func(f *frame) bltn {
		f.data[index2].SetInt(vInt(value(f)))
		f.data[index1].SetInt(0)
		return next
	}
}

// describeOperand describes o for an error message, as gc does: "n
// (variable of type int)", "3 (untyped int constant)", "1e3 (untyped float
// constant 1000)".
func describeOperand(o *node) string {
	if o.rval.IsValid() && o.typ.untyped {
		if c, ok := o.rval.Interface().(constant.Value); ok {
			if v := c.String(); v != o.ident {
				return o.ident + " (" + o.typ.id() + " constant " + v + ")"
			}
		}
		return o.ident + " (" + o.typ.id() + " constant)"
	}
	if o.ident == "" {
		return "value of type " + o.typ.id()
	}
	return o.ident + " (variable of type " + o.typ.id() + ")"
}

// valueRecvSelector reports whether the selector m is a method of a value
// receiver (or of an interface), which cannot take the address of its
// operand: a method declared in the notebook whose receiver is not a
// pointer, a method of a compiled type in the method set of its value
// type, a method of an interface value. A func field, or anything not
// known, gives false. gonotes patch (s12-wrap).
func valueRecvSelector(m *node) bool {
	if len(m.child) != 2 || m.child[0].typ == nil {
		return false
	}
	if md, ok := m.val.(*node); ok && md != nil && md.kind == funcDecl {
		if len(md.child) == 0 || len(md.child[0].child) == 0 {
			return false
		}
		f := md.child[0].child[0] // the receiver's field
		if len(f.child) == 0 {
			return false
		}
		rt := f.lastChild().typ
		return rt != nil && rt.cat != ptrT
	}
	ot := m.child[0].typ
	if isInterface(ot) {
		return true
	}
	if ot.cat != valueT {
		return false
	}
	t := ot.TypeOf()
	if t == nil || t.Kind() == reflect.Ptr || t.Kind() == reflect.Interface {
		return false
	}
	_, ok := t.MethodByName(m.child[1].ident)
	return ok
}

// continueTarget returns the node a continue statement whose loop restarts
// at t goes to. gonotes patch (s16-fuzz16): a range loop (over an integer,
// a slice, an array, a string, a map or a channel) restarts at its range
// node, and a continue went there directly, past the end of the body,
// where perIteration copies the variables that escape: a closure or a
// pointer made in an iteration ended by continue shared the variable with
// the next iteration (`for i := range 3 { fs = append(fs, func() int {
// return i }); continue }` gave 2 2 2). It goes through the body now, as
// in a three-clause loop, whose restart is its body. A range over a
// function (rangefunc.go) ends its body's iterations itself.
func continueTarget(t *node) *node {
	if t == nil || t.kind != rangeStmt || t.rf != nil || len(t.child) == 0 {
		return t
	}
	// The range statement's post-order (cfg.go), after its body's, wires
	// its last child, the body, to go back to it.
	if body := t.lastChild(); body.kind == blockStmt {
		return body
	}
	return t
}

// exitLoops makes branch statement n (a break, or a labelled continue)
// copy the variables of the loops it leaves, between n and stop (the
// first ancestor not left), as the end of their bodies does
// (perIteration). gonotes patch (s16-lead): the copy was made only at the
// end of a body, so an iteration a break (or a continue of an outer loop)
// ended kept its variable in the frame, and the loop's next execution
// (in the next iteration of an outer loop) wrote its first value into the
// variable a closure of that iteration had captured: `for j := 0; j < 2;
// j++ { for i := range 3 { fs = append(fs, func() int { return i }); if
// i == 1 { break } } }` gave 0 0 0 1, not 0 1 0 1. The loops' variables are
// known once their own wiring is done, after n's: they are read when n's
// code is generated.
func exitLoops(n, stop *node) {
	var loops []*node
	for a := n.anc; a != nil && a != stop; a = a.anc {
		switch a.kind {
		case funcLit, funcDecl:
			return
		case forStmt0, forStmt1, forStmt2, forStmt3, forStmt4, forStmt5, forStmt6, forStmt7, rangeStmt:
			if a.rf == nil {
				loops = append(loops, a)
			}
		}
	}
	if len(loops) == 0 {
		return
	}
	n.gen = func(b *node) {
		var index []int
		for _, l := range loops {
			index = append(index, l.iterVars...)
		}
		next := getExec(b.tnext)
		if len(index) == 0 {
			b.exec = func(f *frame) bltn { return next }
			return
		}
		b.exec = func(f *frame) bltn {
			for _, i := range index {
				old := f.data[i]
				v := reflect.New(old.Type()).Elem()
				v.Set(old)
				f.data[i] = v
			}
			return next
		}
	}
}

// gotoExitLoops makes goto statement n, whose label is label, copy the
// variables of the loops it leaves (the loops around n that are not
// around label), as exitLoops does for a break. gonotes patch
// (s17-misc17): `for i := range 3 { fs = append(fs, func() int { return
// i }); if i == 1 { goto out } }; out:` left the variable of the last
// iteration in the frame, which the loop's next run wrote into.
func gotoExitLoops(n, label *node) {
	if n == nil || label == nil || fastRangeFuncExit(n) {
		return
	}
	around := map[*node]bool{}
	for a := label.anc; a != nil; a = a.anc {
		around[a] = true
	}
	for a := n.anc; a != nil; a = a.anc {
		if around[a] {
			exitLoops(n, a)
			return
		}
	}
}
