package interp

// gonotes patch: calls of declared functions as steps of fused programs
// (see PATCHES.md, "Calls inside fused programs").
//
// A call f(x, y) of a declared interpreted function whose frames are reused
// (fastcall.go), with arguments and results of the kinds of the fast paths
// (numbers, bool, string) in frame slots or constants, is a step of the
// caller's fused program (fastops.go): the step takes the frame that the
// caller keeps for the callee, copies the arguments straight from the
// caller's slots into the fields of the callee's slot struct, runs the
// callee's body (the loop of runCfg, without what a function
// with deferred calls or recover needs), and copies the results into the
// caller's slots. So fib's body, `if n < 2 { return n }; return fib(n-1) +
// fib(n-2)`, is one program, which calls itself, instead of three programs
// and two generic call execs per call. `return x` is a step as well.
//
// When the call cannot be done so (the global frame, which keeps no
// frames, a callee whose frame is not reused, a slot of an unexpected
// type), the step hands over to the generic exec of the call, as other
// steps do.

import (
	"reflect"
	"sync/atomic"
	"unsafe"
)

// fastCallStep is what a call step knows when it is compiled.
type fastCallStep struct {
	def   *node
	site  int              // callSite of the call in the caller
	nret  int              // the callee's results
	args  []int            // the indices in the step's locs of the arguments, -1 for a constant
	konst []unsafe.Pointer // the constant arguments (nil for the others)
	kinds []reflect.Kind   // the kinds of the arguments
	res   []int            // the indices in the step's locs of the results' destinations, -1: discarded
	info  atomic.Pointer[fastCallee]
	// recv is the index in the step's locs of the pointer receiver of a
	// method call, or of the interface value of a call through an
	// interface (dyn), or -1; recvType is the receiver's type (gonotes
	// patch, s11-speed).
	recv      int
	recvType  reflect.Type
	recvPlain bool // recvType is a struct of numbers and bools (plainStruct)
	valueRecv bool // recv is the slot of a struct value, copied (not a pointer)
	// derefType: recv is the slot of a pointer to a struct of this type,
	// and the method may have a value receiver (callee tells): the value
	// pointed to is copied (deref in fastCallee).
	derefType reflect.Type
	dyn       *fastDynCall
	at        *node // gonotes patch (s17-caller): the call's node (frame.fromAt)
}

// plainStruct reports whether t is a struct whose fields are numbers and
// bools: a value copied as memory. gonotes patch (s11-speed).
func plainStruct(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	for i := 0; i < t.NumField(); i++ {
		switch t.Field(i).Type.Kind() {
		case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
			reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		default:
			return false
		}
	}
	return true
}

// fastCallee is what a call step learns of its callee at its first call
// (the body of a recursive function is compiled after its calls).
type fastCallee struct {
	ok      bool // the step can make the call
	n       int  // len(def.types) when computed
	r       *reuseInfo
	start   *node
	argOff  []uintptr        // the offset in the slot struct of each parameter
	resType []unsafe.Pointer // the type word of each result
	resSize []uint8          // fastMove's size code of each result
	// prog is the program that starts the body, when its slots are
	// fields of the reused frame's struct, at offsets progOff: at the
	// start of a call every slot holds its own field (reuseFrame), so
	// the call gives the program their addresses instead of having it
	// check each slot's reflect.Value.
	prog    *fastProg
	progOff []uintptr
	// resOff: the offsets in the slot struct of the results, when no
	// exec of the body replaces a slot's value (reuseInfo.stable): the
	// results are read there (gonotes patch, speed).
	resOff []uintptr
	// inline: a call step may prepare the call in its program's loop
	// (fastProg.exec): the body starts with a program, the results are
	// read at resOff, the slot struct is at most 64 bytes of words
	// without pointers (gonotes patch, speed).
	inline bool
	// recvOff is the offset in the slot struct of a method's receiver;
	// deref: the call's receiver is a pointer to it (derefType), copied
	// (as memory if derefPlain) (gonotes patch, s11-speed).
	recvOff    uintptr
	deref      bool
	derefPlain bool
}

// fastCallInstr is a call step in a program: the offsets in the program's
// slot table of its operands.
type fastCallInstr struct {
	*fastCallStep
	args []uint8
	res  []uint8
	recv uint8   // the receiver of a method call (gonotes patch, s11-speed), or fastNoSlot
	size []uint8 // fastMove's size code of each argument
	// words: every argument is a slot of 8 bytes (gonotes patch, speed)
	words bool
}

// fastSizeCode returns how fastMove copies a value of kind k: its size, or
// 0 for a string, fastSliceSize for a slice.
func fastSizeCode(k reflect.Kind) uint8 {
	switch k {
	case reflect.String:
		return 0
	case reflect.Slice:
		return fastSliceSize
	}
	return uint8(kindType[k].Size())
}

// fastMove copies the value at s to d, of the size code sz.
func fastMove(sz uint8, d, s unsafe.Pointer) {
	switch sz {
	case 8:
		*(*uint64)(d) = *(*uint64)(s)
	case 0:
		*(*string)(d) = *(*string)(s)
	case fastSliceSize: // the element type does not matter: a pointer, len and cap
		*(*[]byte)(d) = *(*[]byte)(s)
	case 4:
		*(*uint32)(d) = *(*uint32)(s)
	case 2:
		*(*uint16)(d) = *(*uint16)(s)
	default:
		*(*uint8)(d) = *(*uint8)(s)
	}
}

// fastCall makes the step of the call n, if it is a call of a declared
// function that a step can do.
func fastCall(n *node, st *fastStep) bool {
	if n.action != aCall || n.fnext != nil || n.anc == nil || len(n.child) == 0 {
		return false
	}
	switch n.anc.kind {
	case goStmt, deferStmt:
		return false
	}
	c0 := n.child[0]
	def := declaredCallee(c0)
	recv := -1
	valueRecv, derefRecv := false, false
	var dyn *fastDynCall
	if def == nil && fastClosureCall(n) {
		// gonotes patch (s11-speed): a call of a func value that may be a
		// closure or a declared function's value (closurecall.go): the
		// callee is found at each call.
		sites := n.interp.dynCallSites(n, "")
		if sites == nil {
			return false
		}
		var ok bool
		if recv, ok = st.addValueOpd(c0); !ok {
			return false
		}
		dyn = &fastDynCall{sites: sites, closure: true}
		def = &node{} // checked below; the step's def stays nil
	} else if def == nil && directIfaceMethodOK(n) {
		// gonotes patch (s11-speed): a call through an interpreted
		// interface (ifacecall.go): the callee is found at each call.
		sites := n.interp.dynCallSites(n, c0.child[1].ident)
		if sites == nil {
			return false
		}
		var ok bool
		if recv, ok = st.addValueOpd(c0.child[0]); !ok {
			return false
		}
		dyn = &fastDynCall{name: c0.child[1].ident, sites: sites}
		def = &node{} // checked below; the step's def stays nil
	} else if def == nil {
		// gonotes patch (s11-speed): a direct call of a pointer method on
		// a pointer variable (directMethod) passes the pointer as the
		// receiver.
		if def = directMethodDef(n); def == nil || len(c0.recv.index) > 0 {
			return false
		}
		rn := c0.recv.node
		if rn.typ == nil || rn.typ.TypeOf() == nil {
			return false
		}
		switch rt := rn.typ.TypeOf(); {
		case rt.Kind() == reflect.Ptr && !fastIndirect(rn):
			l, ok := fastLocOf(rn)
			if !ok {
				return false
			}
			l.setKind(reflect.Ptr)
			recv = st.addLoc(l)
			// A value-receiver method called on a pointer: the step
			// copies the value pointed to (callee checks which).
			derefRecv = rt.Elem().Kind() == reflect.Struct
		case rt.Kind() == reflect.Struct:
			// a value receiver: the step copies the value (its slot's
			// reflect.Value is read at each call)
			var ok bool
			if recv, ok = st.addValueOpd(rn); !ok {
				return false
			}
			valueRecv = true
		default:
			return false
		}
	}
	if def == nil || c0.typ == nil || c0.typ.cat != funcT || variadicPos(n) >= 0 {
		return false
	}
	args := n.child[1:]
	if len(args) != len(c0.typ.arg) {
		return false // f(g()) with g returning several values
	}
	cs := &fastCallStep{def: def, nret: len(c0.typ.ret), recv: recv, dyn: dyn, at: n} // gonotes patch (s17-caller): at
	if dyn != nil {
		cs.def = nil
	} else if recv >= 0 {
		cs.recvType = c0.recv.node.typ.TypeOf()
		cs.valueRecv = valueRecv
		cs.recvPlain = plainStruct(cs.recvType)
		if derefRecv {
			cs.derefType = cs.recvType.Elem()
		}
	}
	for i, c := range args {
		t := c0.typ.arg[i]
		k := fastKindOf(t)
		if rt := t.TypeOf(); k == reflect.Invalid && rt != nil && rt.Kind() == reflect.Slice && rt.Name() == "" {
			k = reflect.Slice // the slice header is copied
		}
		if k == reflect.Invalid || t.TypeOf().PkgPath() != "" {
			return false
		}
		cs.kinds = append(cs.kinds, k)
		if c.kind == basicLit || c.rval.IsValid() {
			if k == reflect.Slice {
				return false
			}
			v, ok := fastConstOf(c, k)
			if !ok {
				return false
			}
			p := reflect.New(kindType[k])
			p.Elem().Set(v)
			cs.args = append(cs.args, -1)
			cs.konst = append(cs.konst, p.UnsafePointer())
			continue
		}
		if c.typ == nil || c.typ.TypeOf() != t.TypeOf() || fastIndirect(c) {
			return false
		}
		l, ok := fastLocOf(c)
		if !ok {
			return false
		}
		if k == reflect.Slice {
			l.setSlice()
		} else {
			l.setKind(k)
		}
		cs.args = append(cs.args, st.addLoc(l))
		cs.konst = append(cs.konst, nil)
	}
	for i, t := range c0.typ.ret {
		k := fastKindOf(t)
		if k == reflect.Invalid || t.TypeOf().PkgPath() != "" {
			return false
		}
		var l fastLoc
		switch n.anc.kind {
		case defineXStmt, assignXStmt:
			if i >= len(n.anc.child) {
				return false
			}
			d := n.anc.child[i]
			if d.ident == "_" {
				cs.res = append(cs.res, -1)
				continue
			}
			if isInterfaceSrc(d.typ) {
				return false
			}
			if n.level == globalFrame {
				l = fastLoc{global: true, index: n.findex + i}
			} else {
				l = fastLoc{level: n.level, index: n.findex + i}
			}
		default:
			if len(c0.typ.ret) != 1 {
				return false
			}
			var ok bool
			if l, ok = fastOutLoc(n); !ok || n.anc.kind == returnStmt && (n.level != 0 || l.global) {
				return false
			}
		}
		if l.level < 0 {
			return false
		}
		l.setKind(k)
		cs.res = append(cs.res, st.addLoc(l))
	}
	if dyn == nil {
		cs.site = callSite(n, def)
		if cs.site < 0 {
			return false
		}
	}
	st.call = cs
	return true
}

// callee returns what the step needs of its callee; not ok if its frames
// are not reused or its slots are not what the step expects.
func (cs *fastCallStep) callee() *fastCallee {
	r := frameReuse(cs.def)
	if ce := cs.info.Load(); ce != nil && ce.r == r {
		return ce
	}
	def := cs.def
	ce := &fastCallee{r: r, n: len(def.types), start: def.child[3].start}
	first := cs.nret // the first parameter's slot
	if cs.recv >= 0 {
		first++
	}
	if !r.ok || ce.start == nil || len(def.types) < first+len(cs.args) {
		cs.info.Store(ce)
		return ce
	}
	if cs.recv >= 0 {
		if t := def.types[cs.nret]; cs.derefType != nil && t == cs.derefType {
			ce.deref, ce.derefPlain = true, plainStruct(t)
		} else if t != cs.recvType {
			cs.info.Store(ce)
			return ce
		}
		if r.field[cs.nret] < 0 {
			cs.info.Store(ce)
			return ce
		}
		ce.recvOff = r.st.Field(r.field[cs.nret]).Offset
	}
	for i, k := range cs.kinds {
		j := first + i
		if def.types[j].Kind() != k {
			cs.info.Store(ce)
			return ce
		}
		ce.argOff = append(ce.argOff, r.st.Field(r.field[j]).Offset)
	}
	for i := 0; i < cs.nret; i++ {
		t := def.types[i]
		if fastKindOf(&itype{cat: valueT, rtype: t}) == reflect.Invalid {
			cs.info.Store(ce)
			return ce
		}
		ce.resType = append(ce.resType, fastTypeWord(t))
		ce.resSize = append(ce.resSize, fastSizeCode(t.Kind()))
	}
	ce.prog, ce.progOff = fastBodyProg(ce.start, def, r)
	if r.stable {
		for i := 0; i < cs.nret; i++ {
			ce.resOff = append(ce.resOff, r.st.Field(r.field[i]).Offset)
		}
	}
	ce.ok = true
	if sz := r.st.Size(); ce.prog != nil && ce.resOff != nil && r.plain && sz > 0 && sz <= 64 && sz%8 == 0 {
		ce.inline = true
	}
	cs.info.Store(ce)
	return ce
}

// fastBodyProg returns the program that is the exec of start, the first
// node of the body of def, and the offsets of its slots in the struct of
// def's reused frames, or nil.
func fastBodyProg(start *node, def *node, r *reuseInfo) (*fastProg, []uintptr) {
	if start == nil || start.fast == nil || start.fast.prog == nil || start.exec == nil ||
		reflect.ValueOf(start.exec).Pointer() != reflect.ValueOf((&fastProg{}).run).Pointer() {
		return nil, nil
	}
	pg := start.fast.prog
	for _, l := range pg.locs { // the frame's own slots (raw ones too: see below)
		if l.global || l.level != 0 {
			return nil, nil
		}
	}
	off := make([]uintptr, len(pg.locs))
	for i, l := range pg.locs {
		if l.index < 0 || l.index >= len(r.field) {
			return nil, nil
		}
		if l.raw && l.level == 0 && !l.global {
			// gonotes patch (s11-speed): a slot read as a reflect.Value
			// (a struct, a field's base): its address in the frame's
			// data, which a reused frame keeps (slotTable).
			off[i] = fastRawOff | uintptr(l.index)
			continue
		}
		t := def.types[l.index]
		if uintptr(t.Kind())|fastFlagAddr != l.flag&l.mask || l.mask&^fastFlagMask != 0 {
			return nil, nil
		}
		off[i] = r.st.Field(r.field[l.index]).Offset
	}
	return pg, off
}

// prepare prepares the call from frame f, whose program's slot table is
// p: the callee's frame nf, its arguments set, noted as f.callee. It
// returns a nil frame, having done nothing, when the generic exec must
// make the call.
func (ci *fastCallInstr) prepare(f *frame, p *[fastMaxSlots]unsafe.Pointer) (*frame, *fastCallee) {
	if ci.dyn != nil {
		if ci.dyn.closure {
			return ci.prepareClosure(f, p)
		}
		return ci.prepareDyn(f, p)
	}
	def := ci.def
	ce := ci.info.Load()
	if ce == nil || ce.n != len(def.types) {
		ce = ci.callee()
	}
	if !ce.ok || f == f.root {
		return nil, nil
	}
	var src reflect.Value
	if ci.valueRecv {
		if src = *(*reflect.Value)(fastAt(p, ci.recv)); !src.IsValid() || src.Type() != ci.recvType {
			return nil, nil
		}
	}
	if ce.deref && *(*unsafe.Pointer)(fastAt(p, ci.recv)) == nil {
		return nil, nil // the generic exec panics as Go does
	}
	nf := ci.enter(f, p, def, ci.site, ce)
	if ce.deref {
		// a value receiver of a method called on a pointer: a copy of
		// the value pointed to
		ptr := *(*unsafe.Pointer)(fastAt(p, ci.recv))
		addr := unsafe.Add((*fastValue)(unsafe.Pointer(&nf.blk)).ptr, ce.recvOff)
		if ce.derefPlain {
			n := ci.derefType.Size()
			copy(unsafe.Slice((*byte)(addr), n), unsafe.Slice((*byte)(ptr), n))
		} else {
			nf.data[ci.nret].Set(reflect.NewAt(ci.derefType, ptr).Elem())
		}
	} else if ci.recv != fastNoSlot {
		// gonotes patch (s11-speed): the receiver.
		ci.fastCallStep.storeRecv(nf, ce, src, (*unsafe.Pointer)(fastAt(p, ci.recv)))
	}
	// The body runs without runCfg (its frame is reused: no defer, no
	// recover) and without a deferred function of its own: a panic going
	// through it prints its line when it reaches the program that started
	// the chain of calls (execCalls), which finds nf through f.callee.
	f.callee = nf
	return nf, ce
}

// enter takes the frame that f keeps for its calls of def at site, made
// ready for a call whose callee is ce, with the call's arguments (from
// the slot table p) in their fields.
func (ci *fastCallInstr) enter(f *frame, p *[fastMaxSlots]unsafe.Pointer, def *node, site int, ce *fastCallee) *frame {
	var nf *frame
	if uint(site) < uint(len(f.kids)) {
		nf = f.kids[site]
	}
	if nf != nil && nf.def == def && len(nf.data) == len(def.types) {
		if sz := nf.blkPlain; nf.anc == f && nf.tmpl == nil && sz > 0 && sz <= 64 && sz%8 == 0 &&
			nf.runid() == f.runid() && nf.loadCtl() == f.loadCtl() {
			// the common case of reuseCallFrame, inline
			base := (*fastValue)(unsafe.Pointer(&nf.blk)).ptr
			for i := 0; i < sz; i += 8 {
				*(*uint64)(unsafe.Add(base, i)) = 0
			}
		} else {
			reuseCallFrame(nf, f)
		}
	} else {
		nf = newReusedFrame(ce.r, def, f)
		f.setKid(site, nf)
	}
	nf.depth = f.depth + 1
	nf.from, nf.fromAt = f, ci.at // gonotes patch (s17-caller)
	if nf.depth > MaxCallDepth {
		panic(RecursionError{Depth: MaxCallDepth})
	}
	base := (*fastValue)(unsafe.Pointer(&nf.blk)).ptr
	if ci.words {
		for i, off := range ci.args {
			*(*uint64)(unsafe.Add(base, ce.argOff[i])) = *(*uint64)(fastAt(p, off))
		}
	} else {
		for i, off := range ci.args {
			src := ci.konst[i]
			if src == nil {
				src = fastAt(p, off)
			}
			fastMove(ci.size[i], unsafe.Add(base, ce.argOff[i]), src)
		}
	}
	return nf
}

// fastDynCall is what a call step of a method through an interpreted
// interface (ifacecall.go) knows: the method's name and the frames kept
// for its callees; the callees seen last, by dynamic type. gonotes patch
// (s11-speed).
type fastDynCall struct {
	name    string
	sites   *dynSites
	closure bool // a call of a func value (closure or declared function), not of a method
	last    [4]atomic.Pointer[fastDynTarget]
	next    atomic.Uint32
}

// fastDynTarget is the method of a dynamic type, or the function of a
// func value (lit), as a call step of its own (cs, nil when the step
// cannot call it).
type fastDynTarget struct {
	typ *itype
	lit *node
	cs  *fastCallStep
}

// fastClosureCall reports whether the call n calls a func value that call
// would look up as a closure (closurecall.go): not a declared function, a
// method, a func literal called where it is written.
func fastClosureCall(n *node) bool {
	c0 := n.child[0]
	return c0.typ != nil && isFuncSrc(c0.typ) && c0.kind != funcLit && !calledLit(c0) && declaredCallee(c0) == nil &&
		directMethodDef(n) == nil && !directIfaceMethodOK(n) && c0.action != aGetMethod && c0.action != aMethod &&
		fastGenPtr(c0) != getMethodPtr && fastGenPtr(c0) != getMethodByNamePtr
}

// targetLit returns the step that calls lit, the function of a func
// value, made from the call's step cs.
func (d *fastDynCall) targetLit(lit *node, cs *fastCallStep) *fastCallStep {
	for i := range d.last {
		if l := d.last[i].Load(); l != nil && l.lit == lit {
			return l.cs
		}
	}
	var tcs *fastCallStep
	if lit.typ != nil && len(lit.typ.arg) == len(cs.args) && len(lit.typ.ret) == cs.nret && len(lit.child) >= 4 && lit.child[3] != nil {
		tcs = &fastCallStep{def: lit, nret: cs.nret, args: cs.args, konst: cs.konst, kinds: cs.kinds, res: cs.res, recv: -1, at: cs.at} // gonotes patch (s17-caller): at
	}
	d.last[(d.next.Add(1)-1)%uint32(len(d.last))].Store(&fastDynTarget{lit: lit, cs: tcs})
	return tcs
}

// prepareClosure is prepare for a call of a func value: a closure made by
// a func literal (its body runs on a frame whose parent is the closure's
// frame) or a declared function's value. Any other func value (compiled,
// a method value) goes to the generic exec.
func (ci *fastCallInstr) prepareClosure(f *frame, p *[fastMaxSlots]unsafe.Pointer) (*frame, *fastCallee) {
	if f == f.root {
		return nil, nil
	}
	v := *(*reflect.Value)(fastAt(p, ci.recv))
	if !v.IsValid() || v.Kind() != reflect.Func {
		return nil, nil
	}
	var lit *node
	var clo *frame
	if len(f.closures) > 0 {
		if e := f.closureOf(&v); e != nil {
			lit, clo = e.lit, e.fr
		}
	}
	if lit == nil {
		c := lookupClosure(&v)
		if c == nil {
			return nil, nil
		}
		lit, clo = c.lit, c.fr
	}
	tcs := ci.dyn.targetLit(lit, ci.fastCallStep)
	if tcs == nil {
		return nil, nil
	}
	ce := tcs.info.Load()
	if ce == nil || ce.n != len(lit.types) {
		ce = tcs.callee()
	}
	if !ce.ok {
		return nil, nil
	}
	nf := ci.enter(f, p, lit, ci.dyn.sites.site(f, lit), ce)
	if clo != nil { // a closure's body runs on its frame
		nf.anc = clo
		nf.root = clo.root
	}
	f.callee = nf
	return nf, ce
}

// target returns the step that calls the method of the dynamic type t,
// made from the interface call's step cs, or nil.
func (d *fastDynCall) target(t *itype, cs *fastCallStep) *fastCallStep {
	for i := range d.last {
		if l := d.last[i].Load(); l != nil && l.typ == t {
			return l.cs
		}
	}
	var tcs *fastCallStep
	m, li := t.lookupMethod(d.name)
	if m != nil && len(li) == 0 && m.kind == funcDecl && len(m.child) >= 4 && m.child[3] != nil && m.child[3].start != nil &&
		m.typ != nil && len(m.typ.arg) == len(cs.args) && len(m.typ.ret) == cs.nret && len(m.types) > cs.nret {
		tcs = &fastCallStep{def: m, nret: cs.nret, args: cs.args, konst: cs.konst, kinds: cs.kinds, res: cs.res, recv: cs.recv, recvType: m.types[cs.nret], at: cs.at} // gonotes patch (s17-caller): at
		tcs.recvPlain = plainStruct(tcs.recvType)
	}
	d.last[(d.next.Add(1)-1)%uint32(len(d.last))].Store(&fastDynTarget{typ: t, cs: tcs})
	return tcs
}

// valueInterfaceWord is the type word of the reflect.Values of type
// valueInterface.
var valueInterfaceWord = fastTypeWord(valueInterfaceType)

// prepareDyn is prepare for a call through an interface: the method is
// that of the dynamic type of the interface value (slot ci.recv), its
// receiver that value (a pointer, or a copy of the value). Anything that
// ifaceCall.resolve would not call directly goes to the generic exec.
func (ci *fastCallInstr) prepareDyn(f *frame, p *[fastMaxSlots]unsafe.Pointer) (*frame, *fastCallee) {
	if f == f.root {
		return nil, nil
	}
	sv := (*fastValue)(fastAt(p, ci.recv))
	if sv.typ != valueInterfaceWord || sv.flag&fastFlagIndir == 0 {
		return nil, nil
	}
	vi := (*valueInterface)(sv.ptr)
	if vi.node == nil || vi.node.typ == nil || !vi.value.IsValid() {
		return nil, nil // a nil interface value panics in the generic exec
	}
	src := vi.value
	if src.Type() == valueInterfaceType {
		return nil, nil // nested: the generic exec unwraps it
	}
	tcs := ci.dyn.target(vi.node.typ, ci.fastCallStep)
	if tcs == nil {
		return nil, nil
	}
	def := tcs.def
	ce := tcs.info.Load()
	if ce == nil || ce.n != len(def.types) {
		ce = tcs.callee()
	}
	if !ce.ok {
		return nil, nil
	}
	rt := tcs.recvType
	switch sk, dk := src.Kind(), rt.Kind(); {
	case sk == reflect.Ptr && dk != reflect.Ptr:
		if src.IsNil() {
			return nil, nil
		}
		src = src.Elem()
	case sk != reflect.Ptr && dk == reflect.Ptr:
		return nil, nil
	}
	if src.Type() != rt {
		return nil, nil
	}
	nf := ci.enter(f, p, def, ci.dyn.sites.site(f, def), ce)
	var ptr unsafe.Pointer
	if rt.Kind() == reflect.Ptr {
		ptr = src.UnsafePointer()
	}
	tcs.storeRecv(nf, ce, src, &ptr)
	f.callee = nf
	return nf, ce
}

// storeRecv stores the receiver of the call prepared on nf: the pointer
// at ptr for a pointer receiver (a pointer store, with the write barrier
// that a slot struct with pointers needs), else a copy of the value src.
func (cs *fastCallStep) storeRecv(nf *frame, ce *fastCallee, src reflect.Value, ptr *unsafe.Pointer) {
	addr := unsafe.Add((*fastValue)(unsafe.Pointer(&nf.blk)).ptr, ce.recvOff)
	if cs.recvType.Kind() == reflect.Ptr {
		*(*unsafe.Pointer)(addr) = *ptr
		return
	}
	if sv := (*fastValue)(unsafe.Pointer(&src)); cs.recvPlain && sv.flag&fastFlagIndir != 0 {
		// a value without pointers, copied as memory
		n := cs.recvType.Size()
		copy(unsafe.Slice((*byte)(addr), n), unsafe.Slice((*byte)(sv.ptr), n))
		return
	}
	nf.data[cs.nret].Set(src)
}

// slotTable returns the slot table of the program pg that starts the body
// of nf's function: the addresses of the fields of nf's slot struct, which
// stays the same for all its calls.
func (nf *frame) slotTable(pg *fastProg, ce *fastCallee) *[fastMaxSlots]unsafe.Pointer {
	if nf.ptabOf == pg {
		return nf.ptab
	}
	base := (*fastValue)(unsafe.Pointer(&nf.blk)).ptr
	t := new([fastMaxSlots]unsafe.Pointer)
	for i, off := range ce.progOff {
		if off&fastRawOff != 0 {
			t[i] = unsafe.Pointer(&nf.data[off&^fastRawOff])
			continue
		}
		t[i] = unsafe.Add(base, off)
	}
	nf.ptab, nf.ptabOf = t, pg
	return t
}

// body runs the body of the call prepared on nf (a Go call: see exec for
// the calls made in its loop), on a run whose stop flag is stop.
func (ci *fastCallInstr) body(nf *frame, ce *fastCallee, stop *uint32) {
	exec := ce.start.exec
	if pg := ce.prog; pg != nil && atomic.LoadUint32(stop) == 0 {
		exec = pg.exec(nf, nf.slotTable(pg, ce))
	}
	for exec != nil && atomic.LoadUint32(stop) == 0 {
		nf.runAt = exec // gonotes patch (s11-lines): for the line of a panic
		exec = exec(nf)
	}
	nf.runAt = nil
}

// finish ends the call from f to nf, whose body has run: its results are
// copied to the caller's slots (table p). It returns false when the run
// was stopped (nothing is copied).
func (ci *fastCallInstr) finish(f *frame, p *[fastMaxSlots]unsafe.Pointer, nf *frame, ce *fastCallee, stop *uint32) bool {
	f.callee = nil
	if atomic.LoadUint32(stop) != 0 {
		return false // the caller's run stops too
	}
	if ce.resOff != nil {
		base := (*fastValue)(unsafe.Pointer(&nf.blk)).ptr
		for i, off := range ci.res {
			if off != fastNoSlot {
				fastMove(ce.resSize[i], fastAt(p, off), unsafe.Add(base, ce.resOff[i]))
			}
		}
		return true
	}
	def := nf.def // ci.def, or the dynamic callee of an interface call
	for i, off := range ci.res {
		if off == fastNoSlot {
			continue
		}
		v := (*fastValue)(unsafe.Pointer(&nf.data[i]))
		if v.typ == ce.resType[i] && v.flag&fastFlagIndir != 0 {
			fastMove(ce.resSize[i], fastAt(p, off), v.ptr)
			continue
		}
		reflect.NewAt(def.types[i], fastAt(p, off)).Elem().Set(nf.data[i])
	}
	return true
}

// fastRawOff marks an offset of a body program's slot (fastBodyProg) that
// is the index of a frame slot read as a reflect.Value, not an offset in
// the slot struct.
const fastRawOff = uintptr(1) << (8*unsafe.Sizeof(uintptr(0)) - 1)

// fastSliceSize is the size code of a slice for fastMove.
const fastSliceSize = 24

// fastNoSlot is the offset of an operand not in the slot table.
const fastNoSlot = 0xff

// execCalls runs pg, which has call steps, on frame f: when a panic goes
// through it, it prints the traceback line of each call made by a call
// step that the panic ends (the frames f.callee, f.callee.callee...,
// deepest first), as runCfg prints the line of the functions it runs.
// Call steps have no deferred function of their own (a defer per call
// costs), and every chain of them starts at a program entered by run.
func (pg *fastProg) execCalls(f *frame, p *[fastMaxSlots]unsafe.Pointer) bltn {
	done := false
	defer func() {
		if !done {
			unwindCalls(f)
		}
	}()
	next := pg.exec(f, p)
	done = true
	return next
}

// unwindCalls prints the traceback lines of the calls under f that a
// panic ends, deepest first, and forgets them.
func unwindCalls(f *frame) {
	var chain []*frame
	// A frame's call in progress is its callee's retIn when the callee
	// runs in the caller's loop, else its callAt (gonotes patch,
	// s11-lines): noted here, before the chain is forgotten.
	for c, g := f.callee, f; c != nil; c, g = c.callee, c {
		chain = append(chain, c)
		if g.callAt == nil && c.retIn != nil {
			g.callAt = c.retIn
		}
	}
	f.callee = nil
	for i := len(chain) - 1; i >= 0; i-- {
		c := chain[i]
		c.callee = nil
		writePanicLine(c.lineNode(c.def.child[3].start, nil)) // gonotes patch (speed8, s11-lines)
	}
}

// fastReturn makes the step of `return x`, one result of a fast kind (the
// generic exec copies x into the frame's first slot).
func fastReturn(n *node, st *fastStep) bool {
	if n.exec == nil || len(n.child) != 1 || n.fnext != nil {
		return false
	}
	for a := n.anc; a != nil && a.kind != funcDecl && a.kind != funcLit; a = a.anc {
		if a.rf != nil {
			return false // its exec ends the loop's iteration (rangeFunc.mark)
		}
	}
	def, ok := n.val.(*node)
	if !ok || def == nil || def.typ == nil || len(def.typ.ret) != 1 {
		return false
	}
	c, t := n.child[0], def.typ.ret[0]
	k := fastKindOf(t)
	if k == reflect.Invalid || t.cat == valueT && t.rtype.Kind() == reflect.Interface || isInterfaceSrc(t) {
		return false
	}
	if d, ok := c.val.(*node); ok && d != nil && d.kind == funcDecl {
		return false
	}
	if !c.rval.IsValid() && c.kind != basicLit && (c.typ == nil || c.typ.TypeOf() != t.TypeOf()) {
		return false
	}
	l := fastLoc{index: 0}
	l.setKind(k)
	st.d = st.addLoc(l)
	st.tnext = fastEnd
	switch k {
	case reflect.Int:
		if !fastAssignT[int](st, c, k) {
			return false
		}
		if _, konst := fastConstOf(c, k); !konst && st.indMask == [3]uintptr{} {
			st.code = fcIntMov
		}
		return true
	case reflect.Int8:
		return fastAssignT[int8](st, c, k)
	case reflect.Int16:
		return fastAssignT[int16](st, c, k)
	case reflect.Int32:
		return fastAssignT[int32](st, c, k)
	case reflect.Int64:
		return fastAssignT[int64](st, c, k)
	case reflect.Uint:
		return fastAssignT[uint](st, c, k)
	case reflect.Uint8:
		return fastAssignT[uint8](st, c, k)
	case reflect.Uint16:
		return fastAssignT[uint16](st, c, k)
	case reflect.Uint32:
		return fastAssignT[uint32](st, c, k)
	case reflect.Uint64:
		return fastAssignT[uint64](st, c, k)
	case reflect.Uintptr:
		return fastAssignT[uintptr](st, c, k)
	case reflect.Float64:
		return fastAssignT[float64](st, c, k)
	case reflect.String:
		return fastAssignT[string](st, c, k)
	case reflect.Bool:
		return fastAssignT[bool](st, c, k)
	}
	return false
}

// reuseCallFrame is reuseFrame for a call step: the callee has no
// deferred call and recovers nothing, and a small slot struct without
// pointers is cleared inline.
func reuseCallFrame(nf, f *frame) {
	if id := f.runid(); nf.runid() != id {
		nf.setrunid(id)
	}
	if nf.anc != f {
		nf.anc = f
		nf.root = f.root
	}
	if c := f.loadCtl(); nf.loadCtl() != c { // gonotes patch: see runCtl
		nf.storeCtl(c)
	}
	if sz := nf.blkPlain; sz > 0 && sz <= 64 && sz%8 == 0 {
		base := (*fastValue)(unsafe.Pointer(&nf.blk)).ptr
		for i := 0; i < sz; i += 8 {
			*(*uint64)(unsafe.Add(base, i)) = 0
		}
		if nf.tmpl == nil {
			return
		}
	}
	reuseFrame(nf, f)
}
