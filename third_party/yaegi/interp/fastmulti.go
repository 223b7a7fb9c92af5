package interp

// gonotes patch (speed8): fast steps of parallel assignments of basic
// values, `a, b = x, y` and `a, b := x, y` (see PATCHES.md, "Array
// elements and parallel assignments as fast steps").

import (
	"reflect"
	"unsafe"
)

// fastMultiMax is the largest number of values of a parallel assignment
// done by a fast step.
const fastMultiMax = 4

// fastMultiOpd is an operand of a parallel assignment: a slot (its index in
// the step's locs, then its offset in the program's slot table), or a
// constant (konst, the address of its value). An indirect operand (an
// element or a field: the slot holds a reflect.Value made by its node) has
// the flags its value must have (mask, want), else it is a plain slot.
type fastMultiOpd struct {
	loc        int
	off        uint8
	konst      unsafe.Pointer
	mask, want uintptr
}

// fastMulti is the step of a parallel assignment: every source is read
// into a temporary before any destination is written, as Go assigns
// (a swap `a, b = b, a` works); a destination nil (`_`) is skipped.
type fastMulti struct {
	src, dst []fastMultiOpd
	size     []uint8 // fastMove's size code of each value
	skip     []bool  // the destination is _
}

// addr returns the address of the value of operand o in slot table p, or
// nil if an indirect operand is not what the step expects.
func (o *fastMultiOpd) addr(p *[fastMaxSlots]unsafe.Pointer) unsafe.Pointer {
	if o.konst != nil {
		return o.konst
	}
	q := fastAt(p, o.off)
	if o.mask != 0 {
		v := (*fastValue)(q)
		if v.flag&o.mask != o.want {
			return nil
		}
		q = v.ptr
	}
	return q
}

// run does the assignment; false (nothing written) if an operand is not
// what the step expects: the generic exec must do it.
func (m *fastMulti) run(p *[fastMaxSlots]unsafe.Pointer) bool {
	var src, dst [fastMultiMax]unsafe.Pointer
	for i := range m.src {
		if src[i] = m.src[i].addr(p); src[i] == nil {
			return false
		}
		if !m.skip[i] {
			if dst[i] = m.dst[i].addr(p); dst[i] == nil {
				return false
			}
		}
	}
	var w [fastMultiMax]uint64
	var s [fastMultiMax]string
	for i, q := range src[:len(m.src)] {
		if m.size[i] == 0 {
			s[i] = *(*string)(q)
		} else {
			fastMove(m.size[i], unsafe.Pointer(&w[i]), q)
		}
	}
	for i, q := range dst[:len(m.src)] {
		if m.skip[i] {
			continue
		}
		if m.size[i] == 0 {
			*(*string)(q) = s[i]
		} else {
			fastMove(m.size[i], q, unsafe.Pointer(&w[i]))
		}
	}
	return true
}

// fastMultiAssign makes the step of n, `a, b = x, y` or `a, b := x, y`,
// when every value is of a basic type (a number, bool or string) and each
// destination has its source's type: variables (a defined variable only
// when it may be set in place, see fastDefineOK), elements and fields
// (not map entries); sources in slots or constants.
func fastMultiAssign(n *node, st *fastStep) bool {
	nl := n.nleft
	if nl < 2 || nl > fastMultiMax || n.nright != nl || len(n.child) != 2*nl {
		return false
	}
	var body *node
	if n.kind == defineStmt {
		if body = fastFuncBody(n); body == nil || n.level != 0 {
			return false
		}
	} else if n.kind != assignStmt {
		return false
	}
	m := &fastMulti{src: make([]fastMultiOpd, nl), dst: make([]fastMultiOpd, nl), size: make([]uint8, nl), skip: make([]bool, nl)}
	for i := 0; i < nl; i++ {
		dst, src := n.child[i], n.child[nl+i]
		k := fastKindOf(src.typ)
		if src.rval.IsValid() || src.kind == basicLit {
			k = fastKindOf(dst.typ)
		}
		if k == reflect.Invalid || isNamedFuncSrc(src.typ) {
			return false
		}
		m.size[i] = fastSizeCode(k)
		if dst.ident == "_" {
			m.skip[i] = true
		} else {
			if !fastDest(dst) || fastKindOf(dst.typ) != k || dst.typ.TypeOf() == nil {
				return false
			}
			if n.kind == defineStmt && (dst.kind != identExpr || dst.level != 0 || dst.sym != nil && dst.sym.global ||
				loopVarsEscape(map[int]bool{dst.findex: true}, body)) {
				return false
			}
			o, ok := fastMultiOpdOf(st, dst, k, true)
			if !ok {
				return false
			}
			m.dst[i] = o
		}
		if c, ok := fastConstOf(src, k); ok {
			if m.skip[i] {
				continue
			}
			v := reflect.New(c.Type())
			v.Elem().Set(c)
			m.src[i] = fastMultiOpd{loc: -1, konst: v.UnsafePointer()}
			continue
		}
		if !m.skip[i] && src.typ.TypeOf() != dst.typ.TypeOf() {
			return false
		}
		o, ok := fastMultiOpdOf(st, src, k, false)
		if !ok {
			return false
		}
		m.src[i] = o
	}
	st.multi = m
	return true
}

// fastFuncBody returns the body of the function that n is in, if it is a
// block.
func fastFuncBody(n *node) *node {
	for a := n.anc; a != nil; a = a.anc {
		if a.kind == funcDecl || a.kind == funcLit {
			if len(a.child) > 0 && a.lastChild().kind == blockStmt {
				return a.lastChild()
			}
			return nil
		}
	}
	return nil
}

// fastMultiOpdOf returns the operand of slot n, of kind k (write: a
// destination), adding its slot to st.
func fastMultiOpdOf(st *fastStep, n *node, k reflect.Kind, write bool) (o fastMultiOpd, ok bool) {
	l, ok := fastLocOf(n)
	if !ok {
		return o, false
	}
	if fastIndirect(n) {
		l.raw = true
		o.mask = fastFlagKind | fastFlagAddr
		if write {
			o.mask |= fastFlagRO
		}
		o.want = uintptr(k) | fastFlagAddr
	} else {
		l.setKind(k)
	}
	o.loc = st.addLoc(l)
	return o, true
}

// link gives the operands their offsets in the slot table (ix: the index
// in the table of each of the step's locs).
func (m *fastMulti) link(ix []int) *fastMulti {
	const ps = uint8(unsafe.Sizeof(unsafe.Pointer(nil)))
	c := *m
	c.src = append([]fastMultiOpd(nil), m.src...)
	c.dst = append([]fastMultiOpd(nil), m.dst...)
	for i := range c.src {
		if c.src[i].konst == nil {
			c.src[i].off = uint8(ix[c.src[i].loc]) * ps
		}
		if !c.skip[i] {
			c.dst[i].off = uint8(ix[c.dst[i].loc]) * ps
		}
	}
	return &c
}

// fastLogical makes the step of x && y or x || y of bools, as land and lor
// do it: the operands were computed by the steps before (y only if x
// did not decide), the result is stored, and is a branch when the node
// has a false successor.
func fastLogical(n *node, st *fastStep) bool {
	if len(n.child) != 2 || n.typ == nil || n.typ.TypeOf() == nil || n.typ.TypeOf().Kind() != reflect.Bool {
		return false
	}
	x, ia, ok := fastBoolOpd(st, n.child[0], 0)
	if !ok {
		return false
	}
	y, ib, ok := fastBoolOpd(st, n.child[1], 1)
	if !ok {
		return false
	}
	d, ok := fastOutLoc(n)
	if !ok {
		return false
	}
	d.setKind(reflect.Bool)
	st.a, st.b, st.d = ia, ib, st.addLoc(d)
	var f func(a, b, d unsafe.Pointer) bool
	if n.action == aLand {
		f = func(a, b, d unsafe.Pointer) bool {
			r := x.get(a) && y.get(b)
			*(*bool)(d) = r
			return r
		}
	} else {
		f = func(a, b, d unsafe.Pointer) bool {
			r := x.get(a) || y.get(b)
			*(*bool)(d) = r
			return r
		}
	}
	if n.fnext != nil {
		st.cond = f
		st.fnext = fastNext(n.fnext)
		return true
	}
	st.op = func(a, b, d unsafe.Pointer) bool { f(a, b, d); return true }
	return true
}

// fastBoolOpd returns operand n, a bool, of a step.
func fastBoolOpd(st *fastStep, n *node, pos int) (o fastOpd[bool], i int, ok bool) {
	if c, ok := fastConstOf(n, reflect.Bool); ok {
		o.konst = true
		o.c = c.Bool()
		return o, 0, true
	}
	if n.typ == nil || n.typ.TypeOf() == nil || n.typ.TypeOf().Kind() != reflect.Bool || n.typ.cat == interfaceT {
		return o, 0, false
	}
	i, ok = st.addOpd(n, reflect.Bool, pos, false)
	return o, i, ok
}
