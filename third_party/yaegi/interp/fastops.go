package interp

// gonotes patch: typed fast paths for common nodes (see PATCHES.md, "Typed
// fast paths").
//
// Once the generic exec closure of a node is made (setExec), fastExecNode
// may give the node a fast step: the same operation specialised for its
// operand kinds, reading and writing frame slots through typed pointers
// instead of reflect's Int/SetInt/SetBool (int, float64, string, bool
// variables and constants; x++, x op= y, x = y op z, x = y, comparisons,
// slice elements, struct fields, range over a slice). The node's exec then
// becomes a program (fastProg): its step and those of the nodes after it
// that have one, following branches and loops, skipping the nodes that do
// nothing (the end of an if, of a block); a loop made of fast steps runs in
// one exec, checking the run's stop flag at each back edge as runCfg would.
//
// A frame slot is an addressable reflect.Value (reflect.New(t).Elem()); a
// program takes the addresses of its slots when it starts, since frames
// are per call. When a slot is not what a step expects (not addressable,
// another kind, a frame not filled because its run was stopped) or when
// the operation would panic (integer division by zero, index out of
// range), the program calls the node's generic exec, which then does
// exactly what it did before.

import (
	"reflect"
	"strconv"
	"sync/atomic"
	"unsafe"
)

type fastInt interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type fastNum interface {
	fastInt | ~float64
}

type fastOrd interface {
	fastNum | ~string
}

// fastLoc is the frame slot of a value: global, or level frames up from
// the current one.
type fastLoc struct {
	global bool
	raw    bool // the address is that of the reflect.Value itself, checked at each use
	level  int
	index  int
	flag   uintptr // the kind of the value, and fastFlagAddr
	mask   uintptr // the flags checked
}

func (l *fastLoc) setKind(k reflect.Kind) { l.flag, l.mask = uintptr(k)|fastFlagAddr, fastFlagMask }

// setSlice makes l the slot of a slice, which need not be addressable.
func (l *fastLoc) setSlice() {
	l.flag, l.mask = uintptr(reflect.Slice)|fastFlagIndir, fastFlagKind|fastFlagIndir
}

// ptr returns the address of the slot's value, or nil if the slot is not
// an addressable value of the expected kind.
func (l *fastLoc) ptr(f *frame) unsafe.Pointer {
	if l.global {
		f = f.globals() // gonotes patch: see globals
	} else if l.level > 0 {
		f = fastUp(f, l.level)
	}
	if uint(l.index) >= uint(len(f.data)) {
		return nil
	}
	if l.raw {
		return unsafe.Pointer(&f.data[l.index])
	}
	v := (*fastValue)(unsafe.Pointer(&f.data[l.index]))
	if v.flag&l.mask != l.flag {
		return nil
	}
	return v.ptr
}

func fastUp(f *frame, level int) *frame {
	for ; level > 0; level-- {
		f = f.anc
	}
	return f
}

// fastValue is the layout of a reflect.Value: reading its kind, whether it
// is addressable and its address without calls matters for the fast paths
// (v.Kind(), v.CanAddr() and v.UnsafeAddr() cost about 3 ns together).
// fastLayoutOK checks at init that the layout is what it expects, else
// fast paths are off.
type fastValue struct {
	typ  unsafe.Pointer
	ptr  unsafe.Pointer
	flag uintptr
}

// fastSlice is the layout of a slice.
type fastSlice struct {
	data     unsafe.Pointer
	len, cap int
}

const (
	fastFlagKind  = 1<<5 - 1 // reflect's flagKindMask
	fastFlagRO    = 3 << 5   // reflect's flagStickyRO | flagEmbedRO
	fastFlagIndir = 1 << 7   // reflect's flagIndir
	fastFlagAddr  = 1 << 8   // reflect's flagAddr
	fastFlagMask  = fastFlagKind | fastFlagAddr
)

func fastLayoutOK() bool {
	if unsafe.Sizeof(reflect.Value{}) != unsafe.Sizeof(fastValue{}) {
		return false
	}
	for _, x := range []any{int(1), int8(2), uint16(3), int32(4), 5.0, "s", true, uintptr(6)} {
		t := reflect.TypeOf(x)
		v := reflect.New(t).Elem()
		v.Set(reflect.ValueOf(x))
		fv := (*fastValue)(unsafe.Pointer(&v))
		if fv.flag&fastFlagMask != uintptr(t.Kind())|fastFlagAddr || fv.ptr != unsafe.Pointer(v.UnsafeAddr()) {
			return false
		}
		u := reflect.ValueOf(x) // not addressable
		if fu := (*fastValue)(unsafe.Pointer(&u)); fu.flag&fastFlagAddr != 0 {
			return false
		}
		if fv.flag&(fastFlagRO|fastFlagIndir) != fastFlagIndir {
			return false
		}
	}
	ro := reflect.ValueOf(struct{ a int }{}).Field(0)
	if fr := (*fastValue)(unsafe.Pointer(&ro)); fr.flag&fastFlagRO == 0 {
		return false
	}
	type pt struct{ X, Y int }
	sl := reflect.ValueOf([]pt{{1, 2}, {3, 4}})
	e := sl.Index(1)
	fe, fs := (*fastValue)(unsafe.Pointer(&e)), (*fastValue)(unsafe.Pointer(&sl))
	if fe.ptr != unsafe.Add((*fastSlice)(fs.ptr).data, unsafe.Sizeof(pt{})) || fe.flag != uintptr(reflect.Struct)|fastFlagIndir|fastFlagAddr {
		return false
	}
	for j := 0; j < 2; j++ {
		fy := e.Field(j)
		if ff := (*fastValue)(unsafe.Pointer(&fy)); ff.ptr != unsafe.Add(fe.ptr, e.Type().Field(j).Offset) || ff.flag != uintptr(reflect.Int)|fastFlagIndir|fastFlagAddr {
			return false
		}
	}
	return true
}

// fastKindOf returns the kind of values of type t handled by fast paths, or
// Invalid.
func fastKindOf(t *itype) reflect.Kind {
	if t == nil || t.untyped {
		return reflect.Invalid
	}
	rt := t.TypeOf()
	if rt == nil {
		return reflect.Invalid
	}
	switch k := rt.Kind(); k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float64, reflect.String, reflect.Bool:
		return k
	}
	return reflect.Invalid
}

// fastLocOf returns the slot in which genValue(n) finds n's value, as
// genValue does; ok is false for a constant or anything else.
func fastLocOf(n *node) (l fastLoc, ok bool) {
	for n.kind != basicLit && n.kind != funcDecl && !n.rval.IsValid() {
		if n.sym != nil {
			i := n.sym.index
			if i < 0 && n != n.sym.node && n.sym.node != nil {
				n = n.sym.node
				continue
			}
			if i < 0 {
				return l, false
			}
			if n.sym.global {
				return fastLoc{global: true, index: i}, true
			}
			return fastLoc{level: n.level, index: i}, n.level >= 0
		}
		if n.findex == notInFrame || n.findex < 0 {
			return l, false
		}
		if n.level == globalFrame {
			return fastLoc{global: true, index: n.findex}, true
		}
		return fastLoc{level: n.level, index: n.findex}, n.level >= 0
	}
	return l, false
}

// fastConstOf returns the value of a constant operand converted to kind k,
// if n is one and the conversion is exact.
func fastConstOf(n *node, k reflect.Kind) (reflect.Value, bool) {
	if n.kind == basicLit {
		convertConstantValue(n)
	} else if n.rval.IsValid() {
		convertConstantValue(n)
	}
	v := n.rval
	if !v.IsValid() || n.kind == funcDecl {
		return v, false
	}
	defer func() { _ = recover() }() // an odd constant: no fast path
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i := vInt(v)
		r := reflect.New(kindType[k]).Elem()
		r.SetInt(i)
		if r.Int() != i || vFloat(v) != float64(i) {
			return v, false
		}
		return r, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		i := vUint(v)
		r := reflect.New(kindType[k]).Elem()
		r.SetUint(i)
		if r.Uint() != i || vFloat(v) != float64(i) {
			return v, false
		}
		return r, true
	case reflect.Float64:
		return reflect.ValueOf(vFloat(v)), true
	case reflect.String:
		if vConstantValue(v) == nil && v.Kind() != reflect.String {
			return v, false
		}
		return reflect.ValueOf(vString(v)), true
	case reflect.Bool:
		if c := vConstantValue(v); c != nil {
			return v, false
		}
		if v.Kind() != reflect.Bool {
			return v, false
		}
		return reflect.ValueOf(v.Bool()), true
	}
	return v, false
}

var kindType = map[reflect.Kind]reflect.Type{
	reflect.Int: reflect.TypeOf(int(0)), reflect.Int8: reflect.TypeOf(int8(0)),
	reflect.Int16: reflect.TypeOf(int16(0)), reflect.Int32: reflect.TypeOf(int32(0)),
	reflect.Int64: reflect.TypeOf(int64(0)), reflect.Uint: reflect.TypeOf(uint(0)),
	reflect.Uint8: reflect.TypeOf(uint8(0)), reflect.Uint16: reflect.TypeOf(uint16(0)),
	reflect.Uint32: reflect.TypeOf(uint32(0)), reflect.Uint64: reflect.TypeOf(uint64(0)),
	reflect.Uintptr: reflect.TypeOf(uintptr(0)), reflect.Float64: reflect.TypeOf(float64(0)),
	reflect.String: reflect.TypeOf(""), reflect.Bool: reflect.TypeOf(false),
}

// A fastStep is the fast form of one node: an operation on up to three
// slots (a and b read, d written), either simple (op) or a branch (cond),
// whose successors are tnext and, for a branch, fnext.
type fastStep struct {
	locs    []fastLoc                         // the slots it uses
	a, b, d int                               // the indices in locs of its operands, of its result
	op      func(a, b, d unsafe.Pointer) bool // false: the generic exec must do it (division by zero)
	cond    func(a, b, d unsafe.Pointer) bool
	tnext   *node
	fnext   *node
	orig    bltn // the generic exec
	store   bool // a comparison that stores its result
	// indMask and indWant are, for the operands a, b and d (result) whose
	// slot holds a reflect.Value made anew by its node (an element, a field),
	// the flags to check: their slot is raw, the value's address is taken
	// at each use (0: a plain slot).
	indMask, indWant [3]uintptr
	code             fastCode
	c                int64         // the constant operand b of code
	call             *fastCallStep // gonotes patch: a call (fastcallstep.go)
	prog             *fastProg     // gonotes patch: the program starting at the node, its exec
	multi            *fastMulti    // gonotes patch (speed8): a parallel assignment (fastmulti.go)
}

func (st *fastStep) addLoc(l fastLoc) int {
	for i, m := range st.locs {
		if m == l {
			return i
		}
	}
	st.locs = append(st.locs, l)
	return len(st.locs) - 1
}

// fastOpd is an operand: a constant, or the value at the address given.
type fastOpd[T any] struct {
	c     T
	konst bool
}

func (o *fastOpd[T]) get(p unsafe.Pointer) T {
	if o.konst {
		return o.c
	}
	return *(*T)(p)
}

// fastOpdOf returns operand n of kind k of step st, and the index of its
// slot (0 for a constant).
func fastOpdOf[T any](st *fastStep, n *node, k reflect.Kind, pos int) (o fastOpd[T], i int, ok bool) {
	if c, ok := fastConstOf(n, k); ok {
		o.konst = true
		o.c = c.Interface().(T)
		return o, 0, true
	}
	if fastKindOf(n.typ) != k {
		return o, 0, false
	}
	i, ok = st.addOpd(n, k, pos, false)
	return o, i, ok
}

// addOpd adds the slot of operand n (pos 0: a, 1: b, 2: d) of kind k.
func (st *fastStep) addOpd(n *node, k reflect.Kind, pos int, write bool) (int, bool) {
	l, ok := fastLocOf(n)
	if !ok {
		return 0, false
	}
	switch {
	case fastIndirect(n) && k == reflect.Slice:
		l.raw = true
		st.indMask[pos] = fastFlagKind | fastFlagIndir
		st.indWant[pos] = uintptr(k) | fastFlagIndir
	case fastIndirect(n) && !write:
		// gonotes patch (s12-wrap): a value read needs only to be held
		// indirectly (its ptr points to it), not to be addressable: the
		// byte of a string (s[i]), a map's element.
		l.raw = true
		st.indMask[pos] = fastFlagKind | fastFlagIndir
		st.indWant[pos] = uintptr(k) | fastFlagIndir
	case fastIndirect(n):
		l.raw = true
		st.indMask[pos] = fastFlagKind | fastFlagAddr | fastFlagRO
		st.indWant[pos] = uintptr(k) | fastFlagAddr
	case k == reflect.Slice:
		l.setSlice()
	default:
		l.setKind(k)
	}
	return st.addLoc(l), true
}

// fastIndirect reports whether the slot of n's value holds a reflect.Value
// that n's exec replaces (it is not a variable nor the result of a
// generator that sets its value in place).
func fastIndirect(n *node) bool {
	for n.sym != nil && n.sym.index < 0 && n != n.sym.node && n.sym.node != nil {
		n = n.sym.node
	}
	if n.sym != nil {
		return false
	}
	if _, ok := fastGens[n.action]; ok && fastGen(n) {
		return false
	}
	if n.action == aCall && fastGenPtr(n) == fastCallPtr { // gonotes patch: results are set in place
		return false
	}
	return true
}

// fastGens holds the code pointers of the generators whose execs have fast
// paths, and fastNopPtr that of nop (set by init: builtin refers to
// generators that may call fastExec).
var (
	fastGens   map[action]uintptr
	fastNopPtr uintptr
	// the generators of element and field selections
	fastIndexPtr, fastFieldPtr uintptr
	fastPtrFieldPtr            uintptr // gonotes patch (s11-speed)
	fastRangePtr               uintptr
	fastConvertPtr, fastLenPtr uintptr
	fastMapPtr, fastAssignPtr  uintptr
	fastCallPtr, fastReturnPtr uintptr // gonotes patch (calls): fastcallstep.go
	fastLandPtr, fastLorPtr    uintptr // gonotes patch (speed8): fastmulti.go
	fastAppendPtr              uintptr // gonotes patch (s12-wrap)
)

func fastGenPtr(n *node) uintptr {
	if n.gen == nil {
		return 0
	}
	return reflect.ValueOf(n.gen).Pointer()
}

func init() {
	if fastLayoutOK() {
		fastExecFn = fastExecNode
	}
	fastNopPtr = reflect.ValueOf(nop).Pointer()
	fastIndexPtr = reflect.ValueOf(getIndexArray).Pointer()
	fastFieldPtr = reflect.ValueOf(getIndexSeq).Pointer()
	fastPtrFieldPtr = reflect.ValueOf(getPtrIndexSeq).Pointer() // gonotes patch (s11-speed)
	fastRangePtr = reflect.ValueOf(_range).Pointer()
	fastConvertPtr = reflect.ValueOf(convert).Pointer()
	fastLenPtr = reflect.ValueOf(_len).Pointer()
	fastMapPtr = reflect.ValueOf(getIndexMap).Pointer()
	fastAssignPtr = reflect.ValueOf(assign).Pointer()
	fastCallPtr = reflect.ValueOf(call).Pointer()      // gonotes patch (calls)
	fastReturnPtr = reflect.ValueOf(_return).Pointer() // gonotes patch (calls)
	fastLandPtr = reflect.ValueOf(land).Pointer()      // gonotes patch (speed8)
	fastLorPtr = reflect.ValueOf(lor).Pointer()        // gonotes patch (speed8)
	fastAppendPtr = reflect.ValueOf(_append).Pointer() // gonotes patch (s12-wrap)
	fastGens = map[action]uintptr{}
	for _, a := range []action{
		aInc, aDec,
		aAddAssign, aSubAssign, aMulAssign, aQuoAssign, aRemAssign, aAndAssign, aOrAssign, aXorAssign, aAndNotAssign,
		aAdd, aSub, aMul, aQuo, aRem, aAnd, aOr, aXor, aAndNot,
		aLower, aLowerEqual, aGreater, aGreaterEqual, aEqual, aNotEqual,
		aAssign,
	} {
		fastGens[a] = reflect.ValueOf(builtin[a]).Pointer()
	}
}

// fastGen reports whether n's exec was made by the generic generator of
// its action, whose semantics the fast paths reproduce.
func fastGen(n *node) bool {
	p, ok := fastGens[n.action]
	return ok && n.gen != nil && reflect.ValueOf(n.gen).Pointer() == p
}

// fastNext returns the exec of n, skipping the nodes that only go on to
// their successor.
func fastNext(n *node) *node {
	for i := 0; i < 16 && n != nil && n.gen != nil && n.fnext == nil &&
		reflect.ValueOf(n.gen).Pointer() == fastNopPtr &&
		n.tnext != nil && n.tnext.exec != nil && !fastRangeFuncExit(n); i++ {
		n = n.tnext
	}
	if n == nil {
		return fastEnd
	}
	return n
}

// fastEnd stands for no successor: its exec is nil.
var fastEnd = &node{}

// fastOutLoc returns the slot into which the generic exec of n writes its
// result (genValueOutput), if it writes there plainly.
func fastOutLoc(n *node) (fastLoc, bool) {
	if n.anc == nil {
		return fastLoc{}, false
	}
	if n.anc.action == aAssign && n.anc.typ != nil && n.anc.typ.cat == interfaceT {
		return fastLoc{}, false
	}
	if n.anc.kind == returnStmt {
		fn, ok := n.anc.val.(*node)
		if !ok || fn.typ == nil || len(fn.typ.ret) == 0 || fn.typ.ret[0].cat == interfaceT {
			return fastLoc{}, false
		}
	}
	if n.sym != nil {
		return fastLoc{}, false
	}
	if n.anc.action == aAssign {
		// The result may go straight to the assigned location (see the
		// assignment optimisations of cfg): only a variable's slot is
		// stable, an element's or a field's is replaced at each selection.
		// gonotes patch (speed8): not in a parallel assignment (cfg
		// gives each of its operands its own slot).
		for _, c := range n.anc.child {
			if c == n || n.anc.nleft > 1 {
				break
			}
			if c.kind != identExpr {
				return fastLoc{}, false
			}
		}
	}
	return fastLocOf(n)
}

// fastIsCond reports whether n is the condition of an if or for statement,
// so that nothing reads the boolean it stores.
func fastIsCond(n *node) bool {
	if n.anc == nil || n.fnext == nil {
		return false
	}
	switch n.anc.kind {
	case forStmt2, forStmt3, forStmt5, forStmt7, ifStmt0, ifStmt1, ifStmt2, ifStmt3:
		return true
	}
	return false
}

// fastExec replaces the exec of n by a fast path when there is one. It is
// called through fastExecFn, set by init, which breaks the initialisation
// cycle builtin -> generators -> setExec -> fastExec -> types -> cfg.
func fastExec(n *node) {
	if fastExecFn != nil {
		fastExecFn(n)
	}
}

var fastExecFn func(*node)

func fastExecNode(n *node) {
	if n.exec == nil || n.rval.IsValid() || n.interp != nil && n.interp.debugger != nil || n.stackMove != nil { // gonotes patch (s18-misc18): stackMove
		return
	}
	if n.lhsLate || n.kind == assignStmt && hasLHSLate(n) { // gonotes patch (s13-goroot9): evalorder.go
		return
	}
	st := &fastStep{orig: n.exec, tnext: fastNext(n.tnext)}
	var ok bool
	if g := fastGenPtr(n); g == fastRangePtr {
		ok = fastRange(n, st)
	} else if g == fastIndexPtr || g == fastFieldPtr || g == fastPtrFieldPtr {
		if n.fnext == nil && len(n.child) > 0 {
			switch g {
			case fastIndexPtr:
				ok = fastIndex(n, st)
			case fastFieldPtr:
				ok = fastField(n, st)
			default:
				ok = fastPtrField(n, st)
			}
		}
	} else if g == fastConvertPtr || g == fastLenPtr {
		if n.fnext == nil && len(n.child) == 2 {
			if g == fastConvertPtr {
				ok = fastConvert(n, st)
			} else {
				ok = fastLen(n, st)
			}
		}
	} else if g == fastCallPtr || n.kind == returnStmt && g == fastReturnPtr {
		// gonotes patch: calls and returns (fastcallstep.go)
		if g == fastCallPtr {
			ok = fastCall(n, st)
		} else {
			ok = fastReturn(n, st)
		}
		if !ok || len(st.locs) > fastMaxSlots {
			return
		}
		n.fast = st
		if pg := fastProgram(n); pg != nil {
			n.exec = pg.run
		}
		return
	} else if (g == getMethodPtr || g == getMethodByNamePtr) && n.fnext == nil && fastDirectSelector(n) {
		// gonotes patch (s11-speed): the selector of a direct method call
		// does nothing (methodcall.go): a step that does nothing, so that
		// a program goes on to the call.
		st.op = func(_, _, _ unsafe.Pointer) bool { return true }
		ok = true
	} else if g == fastLandPtr || g == fastLorPtr { // gonotes patch (speed8)
		ok = fastLogical(n, st)
	} else if g == fastAppendPtr { // gonotes patch (s12-wrap)
		if n.fnext == nil && len(n.child) == 3 && n.action != aCallSlice {
			ok = fastAppend(n, st)
		}
	} else if g == fastMapPtr {
		if n.fnext == nil && len(n.child) == 2 {
			ok = fastMapIndex(n, st)
		}
	} else if g == fastAssignPtr && n.kind == assignStmt && n.nleft == 1 && len(n.child) == 2 && isMapEntry(n.child[0]) {
		ok = fastMapAssign(n, st)
		if !ok || len(st.locs) > fastMaxSlots {
			return
		}
		n.fast = st
		if pg := fastProgram(n); pg != nil {
			n.exec = pg.run
		}
		return
	} else if !fastGen(n) {
		return
	}
	switch n.action {
	case aInc, aDec:
		ok = fastIncDec(n, st)
	case aAddAssign, aSubAssign, aMulAssign, aQuoAssign, aRemAssign, aAndAssign, aOrAssign, aXorAssign, aAndNotAssign:
		ok = fastOpAssign(n, st)
	case aAdd, aSub, aMul, aQuo, aRem, aAnd, aOr, aXor, aAndNot:
		ok = fastBinary(n, st)
	case aLower, aLowerEqual, aGreater, aGreaterEqual, aEqual, aNotEqual:
		ok = fastCompare(n, st)
	case aAssign:
		if n.nleft > 1 { // gonotes patch (speed8)
			ok = fastMultiAssign(n, st)
		} else {
			ok = fastAssign(n, st)
		}
	}
	if !ok || len(st.locs) > fastMaxSlots {
		return
	}
	fastSetCode(n, st)
	n.fast = st
	if pg := fastProgram(n); pg != nil {
		n.exec = pg.run
	}
}

const (
	fastMaxSlots = 16 // slots of a program (a power of 2)
	fastMaxInstr = 32 // steps of a program
	// fastMaxInline: calls nested in one exec of a program (gonotes
	// patch, speed: deeper ones are Go calls, which the Go stack's growth
	// handles)
	fastMaxInline = 1 << 20
)

// A fastProg runs a sequence of fast steps, starting at the node whose exec
// it is and going on while the next node has a fast step, including around
// loops, so that a loop made of fast steps runs in one exec. It takes the
// addresses of the slots that its steps use once, when it starts; its
// steps cannot change what a slot holds (only the generic execs of some
// other nodes do, and the program returns before running any of them).
//
// Its instructions are the steps (the first one, at index 0, is the
// node's) followed by pseudo-instructions that the steps jump to: an exit
// (fcExit: return the exec of a node without a fast step) and a back edge
// (fcBack: check the run's stop flag, then go on at an earlier step), so
// that the loop of run tests neither. A step x++ or x-- whose successor is
// a back edge to an int comparison (the post statement and the condition
// of a for loop) is fused with both (fcIntIncLt...).
type fastProg struct {
	steps []fastInstr
	locs  []fastLoc
	nodes []*node // the node of each step
	exits []*node // the nodes, without a fast step, at which it returns
	// local: every slot is a plain slot of the frame itself (not global,
	// not raw, level 0), the common case, resolved by a shorter loop
	// (gonotes patch, calls: a program runs at each call of a function).
	local bool
	calls bool // gonotes patch (calls): it has call steps (see execCalls)
}

type fastInstr struct {
	code    fastCode // what the instruction does; fcOp, fcCond: call op or cond
	a, b, d uint8    // the offsets (index * pointer size) in the program's slot table of the operands and result
	t, f    int32    // next instruction, and for a branch the one if false
	c       int64    // the constant operand b of code
	x       *fastExtra
}

// fastExtra holds what an instruction needs when it is not done inline.
type fastExtra struct {
	op, cond func(a, b, d unsafe.Pointer) bool
	orig     bltn           // the generic exec
	node     *node          // fcExit: the node to go on with; fcBack and the fused steps: the target step's node
	call     *fastCallInstr // gonotes patch (calls): fcCall
	multi    *fastMulti     // gonotes patch (speed8): fcMulti
	indMask  [3]uintptr
	indWant  [3]uintptr
	self     *node // the step's node, for the line of a panic (gonotes patch, s11-lines)
}

// fallback runs the step's generic exec, noting in f the step whose exec
// runs, so that a panic there is reported at its line (frame.panicAt).
// gonotes patch (s11-lines).
func (in *fastInstr) fallback(f *frame) bltn {
	f.panicAt = in
	next := in.x.orig(f)
	f.panicAt = nil
	return next
}

// fastAt returns the slot address at offset off of table p.
func fastAt(p *[fastMaxSlots]unsafe.Pointer, off uint8) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(p), uintptr(off)))
}

// fastProgram makes the program starting at n.
func fastProgram(n *node) *fastProg {
	pg := &fastProg{}
	index := map[*node]int{}
	locIx := map[fastLoc]int{}
	exit := func(m *node) int {
		for i, e := range pg.exits {
			if e == m {
				return ^i
			}
		}
		pg.exits = append(pg.exits, m)
		return ^(len(pg.exits) - 1)
	}
	var visit func(m *node) int
	visit = func(m *node) int {
		if i, ok := index[m]; ok {
			return i
		}
		st := m.fast
		if st == nil || len(pg.steps) >= fastMaxInstr {
			return exit(m)
		}
		added := 0
		for _, l := range st.locs {
			if _, ok := locIx[l]; !ok {
				added++
			}
		}
		if len(pg.locs)+added > fastMaxSlots {
			return exit(m)
		}
		ix := make([]int, len(st.locs))
		for i, l := range st.locs {
			j, ok := locIx[l]
			if !ok {
				j = len(pg.locs)
				locIx[l] = j
				pg.locs = append(pg.locs, l)
			}
			ix[i] = j
		}
		i := len(pg.steps)
		index[m] = i
		in := fastInstr{code: st.code, c: st.c, x: &fastExtra{op: st.op, cond: st.cond, orig: st.orig,
			indMask: st.indMask, indWant: st.indWant, self: m}}
		switch {
		case st.code == fcRangeSlice: // gonotes patch: inline, checks the stop flag (see link)
			in.x.node = m
		case st.call != nil: // gonotes patch (calls): fastcallstep.go
			in.code = fcCall
			pg.calls = true
			in.x.node = st.tnext
			in.x.call = &fastCallInstr{fastCallStep: st.call, recv: fastNoSlot}
			if st.call.recv >= 0 { // gonotes patch (s11-speed)
				in.x.call.recv = uint8(ix[st.call.recv]) * uint8(unsafe.Sizeof(unsafe.Pointer(nil)))
			}
			for i, a := range st.call.args {
				off := uint8(fastNoSlot)
				if a >= 0 {
					off = uint8(ix[a]) * uint8(unsafe.Sizeof(unsafe.Pointer(nil)))
				}
				in.x.call.args = append(in.x.call.args, off)
				in.x.call.size = append(in.x.call.size, fastSizeCode(st.call.kinds[i]))
			}
			for _, a := range st.call.res {
				off := uint8(fastNoSlot)
				if a >= 0 {
					off = uint8(ix[a]) * uint8(unsafe.Sizeof(unsafe.Pointer(nil)))
				}
				in.x.call.res = append(in.x.call.res, off)
			}
			in.x.call.words = true
			for i, a := range st.call.args {
				if a < 0 || in.x.call.size[i] != 8 {
					in.x.call.words = false
				}
			}
		case st.multi != nil: // gonotes patch (speed8): fastmulti.go
			in.code = fcMulti
			in.x.multi = st.multi.link(ix)
		case st.indMask != [3]uintptr{}:
			in.code = fcInd
		case st.code != fcNone:
		case st.cond != nil:
			in.code = fcCond
		default:
			in.code = fcOp
		}
		if len(ix) > 0 {
			const ps = uint8(unsafe.Sizeof(unsafe.Pointer(nil)))
			in.a, in.b, in.d = uint8(ix[st.a])*ps, uint8(ix[st.b])*ps, uint8(ix[st.d])*ps
		}
		pg.steps = append(pg.steps, in)
		pg.nodes = append(pg.nodes, m)
		t := visit(st.tnext)
		f := 0
		if st.cond != nil {
			f = visit(st.fnext)
		}
		pg.steps[i].t, pg.steps[i].f = int32(t), int32(f)
		return i
	}
	visit(n)
	if len(pg.steps) == 0 {
		return nil
	}
	if n.fast != nil {
		n.fast.prog = pg // gonotes patch (calls): see fastCallee.prog
	}
	pg.local = true // gonotes patch (calls)
	for _, l := range pg.locs {
		if l.global || l.raw || l.level != 0 {
			pg.local = false
		}
	}
	pg.link()
	return pg
}

// link adds the exit and back edge instructions after the steps, makes the
// steps jump to them, and fuses x++ or x-- with a back edge to a
// comparison.
func (pg *fastProg) link() {
	nsteps := len(pg.steps)
	exitIx := make([]int32, len(pg.exits))
	for i, e := range pg.exits {
		exitIx[i] = int32(len(pg.steps))
		pg.steps = append(pg.steps, fastInstr{code: fcExit, x: &fastExtra{node: e}})
	}
	backIx := map[int32]int32{}
	target := func(from int, to int32) int32 {
		if to < 0 {
			return exitIx[^to]
		}
		if int(to) > from {
			return to
		}
		if pg.steps[to].code == fcRangeSlice {
			// gonotes patch: the iteration step of a range over a slice
			// checks the stop flag itself: no fcBack (one dispatch less
			// per iteration).
			return to
		}
		if j, ok := backIx[to]; ok {
			return j
		}
		j := int32(len(pg.steps))
		backIx[to] = j
		pg.steps = append(pg.steps, fastInstr{code: fcBack, t: to, x: &fastExtra{node: pg.nodes[to]}})
		return j
	}
	for i := 0; i < nsteps; i++ {
		in := pg.steps[i] // target appends to pg.steps
		t, f := target(i, in.t), in.f
		if in.code == fcCond || in.code == fcInd && in.x.cond != nil || in.code.isCond() || in.code == fcRangeSlice {
			f = target(i, in.f)
		}
		pg.steps[i].t, pg.steps[i].f = t, f
	}
	for i := 0; i < nsteps; i++ {
		in := &pg.steps[i]
		if in.code != fcIntInc && in.code != fcIntDec || pg.steps[in.t].code != fcBack {
			continue
		}
		to := pg.steps[in.t].t
		cmp := &pg.steps[to]
		fused := fcNone
		switch {
		case in.code == fcIntInc && cmp.code == fcIntLt:
			fused = fcIntIncLt
		case in.code == fcIntInc && cmp.code == fcIntLtC:
			fused = fcIntIncLtC
		case in.code == fcIntInc && cmp.code == fcIntLe:
			fused = fcIntIncLe
		case in.code == fcIntInc && cmp.code == fcIntLeC:
			fused = fcIntIncLeC
		case in.code == fcIntDec && cmp.code == fcIntGt:
			fused = fcIntDecGt
		case in.code == fcIntDec && cmp.code == fcIntGtC:
			fused = fcIntDecGtC
		case in.code == fcIntDec && cmp.code == fcIntGe:
			fused = fcIntDecGe
		case in.code == fcIntDec && cmp.code == fcIntGeC:
			fused = fcIntDecGeC
		}
		if fused == fcNone {
			continue
		}
		in.code, in.a, in.b, in.c, in.t, in.f = fused, cmp.a, cmp.b, cmp.c, cmp.t, cmp.f
		in.x.node = pg.nodes[to]
	}
}

func (pg *fastProg) run(f *frame) bltn {
	var p [fastMaxSlots]unsafe.Pointer
	if pg.local { // gonotes patch (calls): see local
		data := f.data
		for i := range pg.locs {
			l := &pg.locs[i]
			if uint(l.index) >= uint(len(data)) {
				return pg.steps[0].x.orig(f)
			}
			v := (*fastValue)(unsafe.Pointer(&data[l.index]))
			if v.flag&l.mask != l.flag {
				return pg.steps[0].x.orig(f)
			}
			p[i] = v.ptr
		}
	} else {
		for i := range pg.locs {
			q := pg.locs[i].ptr(f)
			if q == nil {
				return pg.steps[0].x.orig(f)
			}
			p[i] = q
		}
	}
	if pg.calls { // gonotes patch (calls): see execCalls
		return pg.execCalls(f, &p)
	}
	return pg.exec(f, &p)
}

// exec runs the program on frame f, whose slot addresses are in p
// (gonotes patch, calls: a call step resolves them itself, see fastCallInstr.run).
func (pg *fastProg) exec(f *frame, p *[fastMaxSlots]unsafe.Pointer) bltn {
	stop := f.loadCtl().stop             // gonotes patch: see runCtl
	code := unsafe.Pointer(&pg.steps[0]) // the targets of the instructions are in pg.steps
	pc := int32(0)
	// gonotes patch (speed): a call step whose callee's body starts with
	// a program runs that program in this loop (no Go call): f, p and
	// code become the callee's, and depth counts the calls so made. When
	// the callee's program ends (ret: the exec to go on with, nil at its
	// end), the rest of its body runs as in runCfg, and the caller goes
	// on: its frame is the callee's anc, its program and instruction are
	// kept in the callee's frame, its slot table is p0 for the program
	// this exec started with, else the caller's own slot table (ptab).
	p0 := p
	depth := 0
	var ret bltn
	for {
	run:
		for {
			in := (*fastInstr)(unsafe.Add(code, uintptr(pc)*unsafe.Sizeof(fastInstr{})))
			switch in.code {
			case fcIntInc:
				*(*int)(fastAt(p, in.d))++
			case fcIntDec:
				*(*int)(fastAt(p, in.d))--
			case fcIntAdd:
				*(*int)(fastAt(p, in.d)) = *(*int)(fastAt(p, in.a)) + *(*int)(fastAt(p, in.b))
			case fcIntAddC:
				*(*int)(fastAt(p, in.d)) = *(*int)(fastAt(p, in.a)) + int(in.c)
			case fcIntSub:
				*(*int)(fastAt(p, in.d)) = *(*int)(fastAt(p, in.a)) - *(*int)(fastAt(p, in.b))
			case fcIntSubC:
				*(*int)(fastAt(p, in.d)) = *(*int)(fastAt(p, in.a)) - int(in.c)
			case fcIntLt:
				if *(*int)(fastAt(p, in.a)) >= *(*int)(fastAt(p, in.b)) {
					pc = in.f
					continue
				}
			case fcIntLtC:
				if *(*int)(fastAt(p, in.a)) >= int(in.c) {
					pc = in.f
					continue
				}
			case fcIntLe:
				if *(*int)(fastAt(p, in.a)) > *(*int)(fastAt(p, in.b)) {
					pc = in.f
					continue
				}
			case fcIntLeC:
				if *(*int)(fastAt(p, in.a)) > int(in.c) {
					pc = in.f
					continue
				}
			case fcIntGt:
				if *(*int)(fastAt(p, in.a)) <= *(*int)(fastAt(p, in.b)) {
					pc = in.f
					continue
				}
			case fcIntGtC:
				if *(*int)(fastAt(p, in.a)) <= int(in.c) {
					pc = in.f
					continue
				}
			case fcIntGe:
				if *(*int)(fastAt(p, in.a)) < *(*int)(fastAt(p, in.b)) {
					pc = in.f
					continue
				}
			case fcIntGeC:
				if *(*int)(fastAt(p, in.a)) < int(in.c) {
					pc = in.f
					continue
				}
			case fcIntEq:
				if *(*int)(fastAt(p, in.a)) != *(*int)(fastAt(p, in.b)) {
					pc = in.f
					continue
				}
			case fcIntEqC:
				if *(*int)(fastAt(p, in.a)) != int(in.c) {
					pc = in.f
					continue
				}
			case fcIntNe:
				if *(*int)(fastAt(p, in.a)) == *(*int)(fastAt(p, in.b)) {
					pc = in.f
					continue
				}
			case fcIntNeC:
				if *(*int)(fastAt(p, in.a)) == int(in.c) {
					pc = in.f
					continue
				}
			case fcInt32EqC:
				// gonotes patch: an atomic load (a plain load on amd64 and
				// arm64), as int32 flags such as an interrupt flag are set by
				// other goroutines (with atomic.StoreInt32).
				if atomic.LoadInt32((*int32)(fastAt(p, in.a))) != int32(in.c) {
					pc = in.f
					continue
				}
			case fcInt32NeC:
				if atomic.LoadInt32((*int32)(fastAt(p, in.a))) == int32(in.c) { // gonotes patch: see fcInt32EqC
					pc = in.f
					continue
				}
			// x++ or x--, then the back edge (stop?), then the comparison.
			case fcIntIncLt:
				*(*int)(fastAt(p, in.d))++
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) < *(*int)(fastAt(p, in.b)) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcIntIncLtC:
				*(*int)(fastAt(p, in.d))++
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) < int(in.c) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcIntIncLe:
				*(*int)(fastAt(p, in.d))++
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) <= *(*int)(fastAt(p, in.b)) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcIntIncLeC:
				*(*int)(fastAt(p, in.d))++
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) <= int(in.c) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcIntDecGt:
				*(*int)(fastAt(p, in.d))--
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) > *(*int)(fastAt(p, in.b)) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcIntDecGtC:
				*(*int)(fastAt(p, in.d))--
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) > int(in.c) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcIntDecGe:
				*(*int)(fastAt(p, in.d))--
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) >= *(*int)(fastAt(p, in.b)) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcIntDecGeC:
				*(*int)(fastAt(p, in.d))--
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as runCfg does (it checks again before going on)
					break run
				}
				if *(*int)(fastAt(p, in.a)) >= int(in.c) {
					pc = in.t
				} else {
					pc = in.f
				}
				continue
			case fcSliceLen:
				*(*int)(fastAt(p, in.d)) = (*fastSlice)(fastAt(p, in.a)).len
			case fcIntMov: // gonotes patch (calls): return x, which ends the program (fastEnd)
				*(*int)(fastAt(p, in.d)) = *(*int)(fastAt(p, in.a))
				ret = nil // gonotes patch (speed): no dispatch of the exit to fastEnd, whose exec is nil
				break run
			case fcRangeSlice: // gonotes patch: the next iteration of `for i := range s`
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // stop as fcBack does
					break run
				}
				v := (*fastValue)(fastAt(p, in.b)) // the range's copy of the slice
				if v.flag&(fastFlagKind|fastFlagIndir) != uintptr(reflect.Slice)|fastFlagIndir {
					ret = in.fallback(f)
					break run
				}
				i := (*int)(fastAt(p, in.a))
				*i++
				if *i >= (*fastSlice)(v.ptr).len {
					pc = in.f
					continue
				}
			case fcBack:
				if atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec
					break run
				}
			case fcExit:
				ret = in.x.node.exec
				break run
			case fcCall: // gonotes patch: fastcallstep.go
				ci := in.x.call
				if ce := ci.info.Load(); ce != nil && ce.inline && ci.words && ci.recv == fastNoSlot && ci.dyn == nil && ce.n == len(ci.def.types) &&
					uint(ci.site) < uint(len(f.kids)) && depth < fastMaxInline && f.depth < MaxCallDepth {
					// prepare's common case, inline: f's frame for the
					// callee was last used by f in this run.
					if nf := f.kids[ci.site]; nf != nil && nf.def == ci.def && nf.anc == f && nf.ptabOf == ce.prog &&
						len(nf.data) == ce.n && nf.tmpl == nil && nf.runid() == f.runid() && nf.loadCtl() == f.loadCtl() &&
						atomic.LoadUint32(stop) == 0 {
						base := (*fastValue)(unsafe.Pointer(&nf.blk)).ptr
						for i := 0; i < nf.blkPlain; i += 8 {
							*(*uint64)(unsafe.Add(base, i)) = 0
						}
						for i, off := range ci.args {
							*(*uint64)(unsafe.Add(base, ce.argOff[i])) = *(*uint64)(fastAt(p, off))
						}
						nf.depth = f.depth + 1
						f.callee = nf // its retIn is the call's step, for the line of a panic (unwindCalls)
						nf.retIn, nf.retCode, nf.retCe, nf.retF = in, code, ce, f
						nf.from, nf.fromAt = f, ci.at // gonotes patch (s17-caller)
						depth++
						f, p, code, pc = nf, nf.ptab, unsafe.Pointer(&ce.prog.steps[0]), 0
						continue
					}
				}
				nf, ce := ci.prepare(f, p)
				if nf == nil {
					ret = in.fallback(f)
					break run
				}
				if cp := ce.prog; cp != nil && depth < fastMaxInline && atomic.LoadUint32(stop) == 0 {
					nf.retIn, nf.retCode, nf.retCe, nf.retF = in, code, ce, f
					depth++
					f, p, code, pc = nf, nf.slotTable(cp, ce), unsafe.Pointer(&cp.steps[0]), 0
					continue
				}
				// gonotes patch (s13-misc): a Go call takes Go stack
				// (about 600 bytes a level): it counts as such (depth.go).
				if w := stackCallWeight(); w > 1 {
					if nf.depth += w - 1; nf.depth > MaxCallDepth {
						panic(stackDepthError())
					}
				}
				f.callAt = in // a Go call: no retIn (see unwindCalls)
				ci.body(nf, ce, stop)
				f.callAt = nil
				if !ci.finish(f, p, nf, ce, stop) || atomic.LoadUint32(stop) != 0 {
					ret = in.x.node.exec // the run was stopped during the call
					break run
				}
			case fcMulti: // gonotes patch (speed8): fastmulti.go
				if !in.x.multi.run(p) {
					ret = in.fallback(f)
					break run
				}
			case fcCond:
				if !in.x.cond(fastAt(p, in.a), fastAt(p, in.b), fastAt(p, in.d)) {
					pc = in.f
					continue
				}
			case fcInd:
				a, b, d, ok := in.indirect(fastAt(p, in.a), fastAt(p, in.b), fastAt(p, in.d))
				if !ok {
					ret = in.fallback(f)
					break run
				}
				if in.x.cond != nil {
					if !in.x.cond(a, b, d) {
						pc = in.f
						continue
					}
				} else if !in.x.op(a, b, d) {
					ret = in.fallback(f)
					break run
				}
			default: // fcOp
				if !in.x.op(fastAt(p, in.a), fastAt(p, in.b), fastAt(p, in.d)) {
					ret = in.fallback(f)
					break run
				}
			}
			pc = in.t
		}
		for {
			if depth == 0 {
				return ret
			}
			// the end of the program of a call made in this loop
			for ret != nil && atomic.LoadUint32(stop) == 0 {
				f.runAt = ret // gonotes patch (s11-lines): for the line of a panic
				ret = ret(f)
			}
			f.runAt = nil
			depth--
			nf := f
			in, ce := nf.retIn, nf.retCe
			nf.retIn, nf.retCode, nf.retCe, nf.retF, f, code = nil, nil, nil, nil, nf.retF, nf.retCode
			if depth == 0 {
				p = p0
			} else {
				p = f.ptab
			}
			ci := in.x.call
			if ce.resOff != nil && atomic.LoadUint32(stop) == 0 {
				// finish's common case, inline
				f.callee = nil
				for i, off := range ci.res {
					if off != fastNoSlot {
						fastMove(ce.resSize[i], fastAt(p, off), unsafe.Add((*fastValue)(unsafe.Pointer(&nf.blk)).ptr, ce.resOff[i]))
					}
				}
			} else if !ci.finish(f, p, nf, ce, stop) || atomic.LoadUint32(stop) != 0 {
				ret = in.x.node.exec // the run was stopped during the call: the caller ends too
				continue
			}
			pc = in.t
			break
		}
	}
}

// indirect returns the addresses of the values held by the slots at a, b
// and d that are indirect operands, or false if one is not what is expected.
func (in *fastInstr) indirect(a, b, d unsafe.Pointer) (unsafe.Pointer, unsafe.Pointer, unsafe.Pointer, bool) {
	ops := [3]unsafe.Pointer{a, b, d}
	for j, m := range in.x.indMask {
		if m != 0 {
			v := (*fastValue)(ops[j])
			if v.flag&m != in.x.indWant[j] {
				return a, b, d, false
			}
			ops[j] = v.ptr
		}
	}
	return ops[0], ops[1], ops[2], true
}

// A fastCode is a step that the program does inline rather than by calling
// its op or cond: the commonest ones, on int (operands a and b, or a and
// the constant c; result d) and the comparison of an int32 with a
// constant. The comparisons are branches that store nothing.
type fastCode uint8

const (
	fcNone fastCode = iota
	fcIntInc
	fcIntDec
	fcIntAdd
	fcIntAddC
	fcIntSub
	fcIntSubC
	fcIntLt
	fcIntLtC
	fcIntLe
	fcIntLeC
	fcIntGt
	fcIntGtC
	fcIntGe
	fcIntGeC
	fcIntEq
	fcIntEqC
	fcIntNe
	fcIntNeC
	fcInt32EqC
	fcInt32NeC
	fcSliceLen // d = len of the slice at a
	fcIntIncLt // x++, back edge, x < y
	fcIntIncLtC
	fcIntIncLe
	fcIntIncLeC
	fcIntDecGt // x--, back edge, x > y
	fcIntDecGtC
	fcIntDecGe
	fcIntDecGeC
	fcIntMov // gonotes patch (calls): d = a (return x)
	fcOp     // call op
	fcCond   // call cond
	fcInd    // an operand is indirect: call op or cond on the addresses it holds
	fcBack   // a back edge: stop?
	fcExit   // return the exec of a node without a fast step
	fcCall   // gonotes patch: call a declared function (fastcallstep.go)
	// gonotes patch: i++, i < len(s) of `for i := range s`, s a slice (b:
	// the range's raw slot of s), after the loop's stop check; back
	// edges jump to it directly.
	fcRangeSlice
	fcMulti // gonotes patch (speed8): a parallel assignment (fastmulti.go)
)

// isCond reports whether code is an inline comparison (a branch).
func (c fastCode) isCond() bool { return c >= fcIntLt && c <= fcInt32NeC }

// fastSetCode gives step st of n its code, if it has one.
func fastSetCode(n *node, st *fastStep) {
	switch n.action {
	case aInc, aDec:
		if fastKindOf(n.typ) == reflect.Int && !isMapEntry(n.child[0]) {
			st.code = fcIntDec
			if n.action == aInc {
				st.code = fcIntInc
			}
		}
		return
	}
	if len(n.child) != 2 {
		return
	}
	a, b := n.child[0], n.child[1]
	if _, konst := fastConstOf(a, reflect.Int); konst || a.rval.IsValid() {
		return
	}
	var c int64
	bc := false
	if v, konst := fastConstOf(b, reflect.Int); konst {
		c, bc = v.Int(), true
	} else if b.rval.IsValid() {
		return
	}
	pick := func(ss, sc fastCode) fastCode {
		if bc {
			return sc
		}
		return ss
	}
	var code fastCode
	switch n.action {
	case aAdd, aAddAssign:
		code = pick(fcIntAdd, fcIntAddC)
	case aSub, aSubAssign:
		code = pick(fcIntSub, fcIntSubC)
	case aLower:
		code = pick(fcIntLt, fcIntLtC)
	case aLowerEqual:
		code = pick(fcIntLe, fcIntLeC)
	case aGreater:
		code = pick(fcIntGt, fcIntGtC)
	case aGreaterEqual:
		code = pick(fcIntGe, fcIntGeC)
	case aEqual:
		code = pick(fcIntEq, fcIntEqC)
	case aNotEqual:
		code = pick(fcIntNe, fcIntNeC)
	}
	switch n.action {
	case aAdd, aAddAssign, aSub, aSubAssign:
		if fastKindOf(n.typ) != reflect.Int || fastKindOf(a.typ) != reflect.Int {
			return
		}
	default: // comparisons
		if st.cond == nil || st.store {
			return
		}
		switch fastKindOf(a.typ) {
		case reflect.Int:
		case reflect.Int32:
			if !bc || int64(int32(c)) != c {
				return
			}
			switch n.action {
			case aEqual:
				code = fcInt32EqC
			case aNotEqual:
				code = fcInt32NeC
			default:
				return
			}
		default:
			return
		}
	}
	st.code, st.c = code, c
}

// fastIncDec makes the fast step of x++ and x-- for a variable x.
func fastIncDec(n *node, st *fastStep) bool {
	c0 := n.child[0]
	if len(n.child) == 1 && isMapEntry(c0) {
		return fastMapIncDec(n, st)
	}
	if len(n.child) != 1 || !fastDest(c0) {
		return false
	}
	k := fastKindOf(n.typ)
	if fastKindOf(c0.typ) != k {
		return false
	}
	var ok bool
	if st.d, ok = st.addOpd(c0, k, 2, true); !ok {
		return false
	}
	inc := n.action == aInc
	switch k {
	case reflect.Int:
		return fastIncDecT[int](st, inc)
	case reflect.Int8:
		return fastIncDecT[int8](st, inc)
	case reflect.Int16:
		return fastIncDecT[int16](st, inc)
	case reflect.Int32:
		return fastIncDecT[int32](st, inc)
	case reflect.Int64:
		return fastIncDecT[int64](st, inc)
	case reflect.Uint:
		return fastIncDecT[uint](st, inc)
	case reflect.Uint8:
		return fastIncDecT[uint8](st, inc)
	case reflect.Uint16:
		return fastIncDecT[uint16](st, inc)
	case reflect.Uint32:
		return fastIncDecT[uint32](st, inc)
	case reflect.Uint64:
		return fastIncDecT[uint64](st, inc)
	case reflect.Uintptr:
		return fastIncDecT[uintptr](st, inc)
	case reflect.Float64:
		return fastIncDecT[float64](st, inc)
	}
	return false
}

func fastIncDecT[T fastNum](st *fastStep, inc bool) bool {
	if inc {
		st.op = func(_, _, d unsafe.Pointer) bool { *(*T)(d)++; return true }
	} else {
		st.op = func(_, _, d unsafe.Pointer) bool { *(*T)(d)--; return true }
	}
	return true
}

// fastOpAssign makes the fast step of x op= y for a variable x.
func fastOpAssign(n *node, st *fastStep) bool {
	if len(n.child) != 2 || !fastDest(n.child[0]) {
		return false
	}
	k := fastKindOf(n.typ)
	if k == reflect.Bool || k == reflect.Invalid {
		return false
	}
	var ok bool
	if st.d, ok = st.addOpd(n.child[0], k, 2, true); !ok {
		return false
	}
	return fastArith(n, n.child[0], n.child[1], st)
}

// fastDest reports whether n, assigned to by x++ or x op= y, is a
// variable or an element or field (not a map entry).
func fastDest(n *node) bool {
	if n.kind == identExpr {
		return true
	}
	return !isMapEntry(n) && (n.kind == indexExpr || n.kind == selectorExpr) && fastIndirect(n)
}

// fastBinary makes the fast step of x op y whose result goes to a slot.
func fastBinary(n *node, st *fastStep) bool {
	if len(n.child) != 2 {
		return false
	}
	d, ok := fastOutLoc(n)
	if !ok {
		return false
	}
	k := fastKindOf(n.typ)
	if k == reflect.Bool || k == reflect.Invalid {
		return false
	}
	d.setKind(k)
	st.d = st.addLoc(d)
	return fastArith(n, n.child[0], n.child[1], st)
}

// fastArith makes the fast step of d = a op b.
func fastArith(n, a, b *node, st *fastStep) bool {
	k := fastKindOf(n.typ)
	op := n.action
	switch k {
	case reflect.Int:
		return fastArithInt[int](st, op, a, b, k)
	case reflect.Int8:
		return fastArithInt[int8](st, op, a, b, k)
	case reflect.Int16:
		return fastArithInt[int16](st, op, a, b, k)
	case reflect.Int32:
		return fastArithInt[int32](st, op, a, b, k)
	case reflect.Int64:
		return fastArithInt[int64](st, op, a, b, k)
	case reflect.Uint:
		return fastArithInt[uint](st, op, a, b, k)
	case reflect.Uint8:
		return fastArithInt[uint8](st, op, a, b, k)
	case reflect.Uint16:
		return fastArithInt[uint16](st, op, a, b, k)
	case reflect.Uint32:
		return fastArithInt[uint32](st, op, a, b, k)
	case reflect.Uint64:
		return fastArithInt[uint64](st, op, a, b, k)
	case reflect.Uintptr:
		return fastArithInt[uintptr](st, op, a, b, k)
	case reflect.Float64:
		return fastArithNum[float64](st, op, a, b, k)
	case reflect.String:
		return fastArithStr(st, op, a, b)
	}
	return false
}

func fastArithStr(st *fastStep, op action, a, b *node) bool {
	if op != aAdd && op != aAddAssign {
		return false
	}
	x, ia, ok1 := fastOpdOf[string](st, a, reflect.String, 0)
	y, ib, ok2 := fastOpdOf[string](st, b, reflect.String, 1)
	if !ok1 || !ok2 {
		return false
	}
	st.a, st.b = ia, ib
	st.op = func(a, b, d unsafe.Pointer) bool { *(*string)(d) = x.get(a) + y.get(b); return true }
	return true
}

func fastArithNum[T fastNum](st *fastStep, op action, a, b *node, k reflect.Kind) bool {
	x, ia, ok1 := fastOpdOf[T](st, a, k, 0)
	y, ib, ok2 := fastOpdOf[T](st, b, k, 1)
	if !ok1 || !ok2 {
		return false
	}
	st.a, st.b = ia, ib
	switch op {
	case aAdd, aAddAssign:
		st.op = func(a, b, d unsafe.Pointer) bool { *(*T)(d) = x.get(a) + y.get(b); return true }
	case aSub, aSubAssign:
		st.op = func(a, b, d unsafe.Pointer) bool { *(*T)(d) = x.get(a) - y.get(b); return true }
	case aMul, aMulAssign:
		st.op = func(a, b, d unsafe.Pointer) bool { *(*T)(d) = x.get(a) * y.get(b); return true }
	case aQuo, aQuoAssign:
		st.op = func(a, b, d unsafe.Pointer) bool {
			v := y.get(b)
			if v == 0 { // the generic exec panics, or gives ±Inf or NaN
				return false
			}
			*(*T)(d) = x.get(a) / v
			return true
		}
	default:
		return false
	}
	return true
}

func fastArithInt[T fastInt](st *fastStep, op action, a, b *node, k reflect.Kind) bool {
	switch op {
	case aRem, aRemAssign, aAnd, aAndAssign, aOr, aOrAssign, aXor, aXorAssign, aAndNot, aAndNotAssign:
	default:
		return fastArithNum[T](st, op, a, b, k)
	}
	x, ia, ok1 := fastOpdOf[T](st, a, k, 0)
	y, ib, ok2 := fastOpdOf[T](st, b, k, 1)
	if !ok1 || !ok2 {
		return false
	}
	st.a, st.b = ia, ib
	switch op {
	case aRem, aRemAssign:
		st.op = func(a, b, d unsafe.Pointer) bool {
			v := y.get(b)
			if v == 0 {
				return false
			}
			*(*T)(d) = x.get(a) % v
			return true
		}
	case aAnd, aAndAssign:
		st.op = func(a, b, d unsafe.Pointer) bool { *(*T)(d) = x.get(a) & y.get(b); return true }
	case aOr, aOrAssign:
		st.op = func(a, b, d unsafe.Pointer) bool { *(*T)(d) = x.get(a) | y.get(b); return true }
	case aXor, aXorAssign:
		st.op = func(a, b, d unsafe.Pointer) bool { *(*T)(d) = x.get(a) ^ y.get(b); return true }
	case aAndNot, aAndNotAssign:
		st.op = func(a, b, d unsafe.Pointer) bool { *(*T)(d) = x.get(a) &^ y.get(b); return true }
	}
	return true
}

// fastCompare makes the fast step of a comparison: a branch when it is a
// condition, storing its result unless nothing reads it.
func fastCompare(n *node, st *fastStep) bool {
	if len(n.child) != 2 || fastKindOf(n.typ) != reflect.Bool {
		return false
	}
	a, b := n.child[0], n.child[1]
	k := fastKindOf(a.typ)
	if a.rval.IsValid() {
		k = fastKindOf(b.typ)
	}
	if k == reflect.Bool || k == reflect.Invalid {
		return false
	}
	store := !fastIsCond(n)
	st.store = store
	if store {
		d, ok := fastOutLoc(n)
		if !ok {
			return false
		}
		d.setKind(reflect.Bool)
		st.d = st.addLoc(d)
	}
	if n.fnext != nil {
		st.fnext = fastNext(n.fnext)
	}
	op := n.action
	switch k {
	case reflect.Int:
		return fastCompareT[int](st, op, a, b, k, store)
	case reflect.Int8:
		return fastCompareT[int8](st, op, a, b, k, store)
	case reflect.Int16:
		return fastCompareT[int16](st, op, a, b, k, store)
	case reflect.Int32:
		return fastCompareT[int32](st, op, a, b, k, store)
	case reflect.Int64:
		return fastCompareT[int64](st, op, a, b, k, store)
	case reflect.Uint:
		return fastCompareT[uint](st, op, a, b, k, store)
	case reflect.Uint8:
		return fastCompareT[uint8](st, op, a, b, k, store)
	case reflect.Uint16:
		return fastCompareT[uint16](st, op, a, b, k, store)
	case reflect.Uint32:
		return fastCompareT[uint32](st, op, a, b, k, store)
	case reflect.Uint64:
		return fastCompareT[uint64](st, op, a, b, k, store)
	case reflect.Uintptr:
		return fastCompareT[uintptr](st, op, a, b, k, store)
	case reflect.Float64:
		return fastCompareT[float64](st, op, a, b, k, store)
	case reflect.String:
		return fastCompareT[string](st, op, a, b, k, store)
	}
	return false
}

func fastCompareT[T fastOrd](st *fastStep, op action, a, b *node, k reflect.Kind, store bool) bool {
	x, ia, ok1 := fastOpdOf[T](st, a, k, 0)
	y, ib, ok2 := fastOpdOf[T](st, b, k, 1)
	if !ok1 || !ok2 {
		return false
	}
	st.a, st.b = ia, ib
	var cond func(a, b, d unsafe.Pointer) bool
	switch {
	case op == aLower && !store:
		cond = func(a, b, _ unsafe.Pointer) bool { return x.get(a) < y.get(b) }
	case op == aLowerEqual && !store:
		cond = func(a, b, _ unsafe.Pointer) bool { return x.get(a) <= y.get(b) }
	case op == aGreater && !store:
		cond = func(a, b, _ unsafe.Pointer) bool { return x.get(a) > y.get(b) }
	case op == aGreaterEqual && !store:
		cond = func(a, b, _ unsafe.Pointer) bool { return x.get(a) >= y.get(b) }
	case op == aEqual && !store:
		cond = func(a, b, _ unsafe.Pointer) bool { return x.get(a) == y.get(b) }
	case op == aNotEqual && !store:
		cond = func(a, b, _ unsafe.Pointer) bool { return x.get(a) != y.get(b) }
	case op == aLower:
		cond = func(a, b, d unsafe.Pointer) bool { r := x.get(a) < y.get(b); *(*bool)(d) = r; return r }
	case op == aLowerEqual:
		cond = func(a, b, d unsafe.Pointer) bool { r := x.get(a) <= y.get(b); *(*bool)(d) = r; return r }
	case op == aGreater:
		cond = func(a, b, d unsafe.Pointer) bool { r := x.get(a) > y.get(b); *(*bool)(d) = r; return r }
	case op == aGreaterEqual:
		cond = func(a, b, d unsafe.Pointer) bool { r := x.get(a) >= y.get(b); *(*bool)(d) = r; return r }
	case op == aEqual:
		cond = func(a, b, d unsafe.Pointer) bool { r := x.get(a) == y.get(b); *(*bool)(d) = r; return r }
	case op == aNotEqual:
		cond = func(a, b, d unsafe.Pointer) bool { r := x.get(a) != y.get(b); *(*bool)(d) = r; return r }
	default:
		return false
	}
	if st.fnext == nil { // not a branch: only stores
		st.op = func(a, b, d unsafe.Pointer) bool { cond(a, b, d); return true }
	} else {
		st.cond = cond
	}
	return true
}

// fastSlots sets data[i] to a new zero value of types[i], as call did with
// one reflect.New each; the values of small types without pointers (bool,
// numbers) share one allocation, a struct whose layout is made once per
// function.
func fastSlots(def *node, data []reflect.Value, types []reflect.Type) {
	// gonotes patch: the layout is kept by the function node itself (it
	// was in a global sync.Map keyed by the node, which kept every
	// function ever called alive, with its whole syntax tree, after the
	// REPL redefined or forgot it).
	lp := (*unsafe.Pointer)(unsafe.Pointer(&def.slots))
	l := (*fastFrameLayout)(atomic.LoadPointer(lp))
	if l == nil || len(l.field) != len(types) {
		l = newFastFrameLayout(types)
		atomic.StorePointer(lp, unsafe.Pointer(l))
	}
	var blk reflect.Value
	if l.st != nil {
		blk = reflect.New(l.st).Elem()
	}
	for i, t := range types {
		if j := l.field[i]; j >= 0 {
			data[i] = blk.Field(j)
		} else {
			data[i] = reflect.New(t).Elem()
		}
	}
}

type fastFrameLayout struct {
	st    reflect.Type // the struct of the shared values, or nil
	field []int        // the field of st holding value i, or -1
}

func newFastFrameLayout(types []reflect.Type) *fastFrameLayout {
	l := &fastFrameLayout{field: make([]int, len(types))}
	var fields []reflect.StructField
	for i, t := range types {
		l.field[i] = -1
		switch t.Kind() {
		case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
			reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
			l.field[i] = len(fields)
			fields = append(fields, reflect.StructField{Name: "F" + strconv.Itoa(i), Type: t})
		}
	}
	if len(fields) < 2 {
		for i := range l.field {
			l.field[i] = -1
		}
		return l
	}
	func() {
		defer func() {
			if recover() != nil { // not a struct field type after all
				l.st = nil
				for i := range l.field {
					l.field[i] = -1
				}
			}
		}()
		l.st = reflect.StructOf(fields)
	}()
	return l
}

// fastIndex makes the fast step of s[i] for a slice s and an int i, which
// sets the slot of its result to the element as getIndexArray does.
func fastIndex(n *node, st *fastStep) bool {
	s, i := n.child[0], n.child[1]
	if len(n.child) != 2 || s.typ == nil || fastKindOf(i.typ) != reflect.Int && !i.rval.IsValid() {
		return false
	}
	rt := s.typ.TypeOf()
	if rt != nil && (rt.Kind() == reflect.Array || rt.Kind() == reflect.Ptr && rt.Elem().Kind() == reflect.Array) {
		return fastIndexArray(n, st, rt) // gonotes patch (speed8)
	}
	if rt != nil && rt.Kind() == reflect.String {
		return fastIndexString(n, st, rt) // gonotes patch (s12-wrap)
	}
	if rt == nil || rt.Kind() != reflect.Slice || n.typ == nil || n.typ.TypeOf() != rt.Elem() {
		return false
	}
	styp, x, ok := fastIndexOpds(n, st, rt)
	if !ok {
		return false
	}
	et := rt.Elem()
	size := et.Size()
	z := reflect.New(et).Elem()
	tmpl := *(*fastValue)(unsafe.Pointer(&z))
	tmpl.ptr = nil
	st.op = func(a, b, d unsafe.Pointer) bool {
		sv := (*fastValue)(a)
		if sv.typ != styp || sv.flag&(fastFlagKind|fastFlagIndir|fastFlagRO) != uintptr(reflect.Slice)|fastFlagIndir {
			return false
		}
		h := (*fastSlice)(sv.ptr)
		j := x.get(b)
		if uint(j) >= uint(h.len) { // the generic exec panics
			return false
		}
		v := tmpl
		v.ptr = unsafe.Add(h.data, uintptr(j)*size)
		*(*fastValue)(d) = v
		return true
	}
	return true
}

// fastAppend makes the fast step of append(s, e) for a slice s of unnamed
// ints, strings, float64s or bytes (as fastAppend1) and one element e of
// that type: Go's append on the slots, the result set in place (gonotes
// patch, s12-wrap).
func fastAppend(n *node, st *fastStep) bool {
	s, e := n.child[1], n.child[2]
	if s.typ == nil || n.typ == nil || s.rval.IsValid() || n.stackBuf != nil && n.stackBuf.k == 0 { // gonotes patch (s17-misc17, s18-misc18): stackbuf.go
		return false
	}
	rt := n.typ.TypeOf()
	if rt == nil || s.typ.TypeOf() != rt || fastAppend1(rt) == nil || wantEmptyInterface(n) {
		return false
	}
	d, ok := fastOutLoc(n)
	if !ok || d.raw {
		return false
	}
	d.setKind(reflect.Slice)
	st.d = st.addLoc(d)
	if st.a, ok = st.addOpd(s, reflect.Slice, 0, false); !ok {
		return false
	}
	switch rt.Elem().Kind() {
	case reflect.Int:
		return fastAppendT[int](st, e, reflect.Int, n.stackBuf)
	case reflect.String:
		return fastAppendT[string](st, e, reflect.String, n.stackBuf)
	case reflect.Float64:
		return fastAppendT[float64](st, e, reflect.Float64, n.stackBuf)
	case reflect.Uint8:
		return fastAppendT[uint8](st, e, reflect.Uint8, n.stackBuf)
	}
	return false
}

func fastAppendT[T any](st *fastStep, e *node, k reflect.Kind, sb *stackBuf) bool {
	y, ib, ok := fastOpdOf[T](st, e, k, 1)
	if !ok {
		return false
	}
	st.b = ib
	if sb != nil { // gonotes patch (s18-misc18): an append that may take gc's stack buffer is the node's own (stackbuf.go)
		st.op = func(a, b, d unsafe.Pointer) bool {
			s := *(*[]T)(a)
			if l := len(s) + 1; l > cap(s) && l <= sb.k && (len(s) == 0 || sb.mode == stackBufGrow) {
				return false
			}
			*(*[]T)(d) = append(s, y.get(b))
			return true
		}
		return true
	}
	st.op = func(a, b, d unsafe.Pointer) bool {
		*(*[]T)(d) = append(*(*[]T)(a), y.get(b))
		return true
	}
	return true
}

// fastIndexOpds sets the operands of the fast step of the index n, s[i]
// of s of type rt (a raw value) and an int i, and its raw result slot; it
// returns the type word of rt's values and i's operand.
func fastIndexOpds(n *node, st *fastStep, rt reflect.Type) (unsafe.Pointer, fastOpd[int], bool) {
	s, i := n.child[0], n.child[1]
	var ok bool
	if st.a, ok = st.addValueOpd(s); !ok {
		return nil, fastOpd[int]{}, false
	}
	styp := fastTypeWord(rt)
	x, ib, ok := fastOpdOf[int](st, i, reflect.Int, 1)
	if !ok {
		return nil, fastOpd[int]{}, false
	}
	st.b = ib
	l, ok := fastOutLoc(n)
	if !ok || l.global {
		return nil, fastOpd[int]{}, false
	}
	l.raw = true
	st.d = st.addLoc(l)
	return styp, x, true
}

// fastIndexString makes the fast step of s[i] for a string s (of type rt)
// and an int i, which sets the slot of its result to the byte as
// getIndexArray does (reflect's Index of a string: a uint8 value held in
// the string's bytes, not addressable). An index out of range and a value
// that is not what the step expects are left to the generic exec
// (gonotes patch, s12-wrap).
func fastIndexString(n *node, st *fastStep, rt reflect.Type) bool {
	if n.typ == nil || n.typ.TypeOf() != reflect.TypeOf(byte(0)) {
		return false
	}
	styp, x, ok := fastIndexOpds(n, st, rt)
	if !ok {
		return false
	}
	z := reflect.ValueOf("x").Index(0)
	tmpl := *(*fastValue)(unsafe.Pointer(&z))
	tmpl.ptr = nil
	st.op = func(a, b, d unsafe.Pointer) bool {
		sv := (*fastValue)(a)
		if sv.typ != styp || sv.flag&(fastFlagKind|fastFlagIndir) != uintptr(reflect.String)|fastFlagIndir {
			return false
		}
		str := *(*string)(sv.ptr)
		j := x.get(b)
		if uint(j) >= uint(len(str)) { // the generic exec panics
			return false
		}
		v := tmpl
		v.flag |= sv.flag & fastFlagRO // as reflect's Index
		v.ptr = unsafe.Pointer(unsafe.StringData(str[j:]))
		*(*fastValue)(d) = v
		return true
	}
	return true
}

// fastIndexArray makes the fast step of a[i] for an array a or a pointer
// a to an array (rt), and an int i, which sets the slot of its result to
// the element as getIndexArray does: the element's reflect.Value has the
// flags that reflect's Elem and Index give it (addressable if the array
// is, always through a pointer). A nil pointer, an index out of range and
// an array value that is not what the step expects (read-only, not held
// indirectly) are left to the generic exec (gonotes patch, speed8).
func fastIndexArray(n *node, st *fastStep, rt reflect.Type) bool {
	ptr := rt.Kind() == reflect.Ptr
	at := rt
	if ptr {
		at = rt.Elem()
	}
	if n.typ == nil || n.typ.TypeOf() != at.Elem() {
		return false
	}
	styp, x, ok := fastIndexOpds(n, st, rt)
	if !ok {
		return false
	}
	et := at.Elem()
	size := et.Size()
	alen := at.Len()
	z := reflect.New(et).Elem()
	tmpl := *(*fastValue)(unsafe.Pointer(&z))
	tmpl.ptr = nil
	if ptr {
		st.op = func(a, b, d unsafe.Pointer) bool {
			sv := (*fastValue)(a)
			if sv.typ != styp || sv.flag&(fastFlagKind|fastFlagRO) != uintptr(reflect.Ptr) {
				return false
			}
			p := sv.ptr
			if sv.flag&fastFlagIndir != 0 {
				p = *(*unsafe.Pointer)(p)
			}
			j := x.get(b)
			if p == nil || uint(j) >= uint(alen) { // the generic exec panics
				return false
			}
			v := tmpl
			v.ptr = unsafe.Add(p, uintptr(j)*size)
			*(*fastValue)(d) = v
			return true
		}
		return true
	}
	tmpl.flag &^= fastFlagAddr
	st.op = func(a, b, d unsafe.Pointer) bool {
		sv := (*fastValue)(a)
		if sv.typ != styp || sv.flag&(fastFlagKind|fastFlagIndir|fastFlagRO) != uintptr(reflect.Array)|fastFlagIndir {
			return false
		}
		j := x.get(b)
		if uint(j) >= uint(alen) { // the generic exec panics
			return false
		}
		v := tmpl
		v.flag |= sv.flag & fastFlagAddr // addressable if the array is, as reflect's Index
		v.ptr = unsafe.Add(sv.ptr, uintptr(j)*size)
		*(*fastValue)(d) = v
		return true
	}
	return true
}

// fastField makes the fast step of x.f for a struct x and an exported
// field f (not embedded), which sets the slot of its result to the field
// as getIndexSeq does.
func fastField(n *node, st *fastStep) bool {
	x := n.child[0]
	index, ok := n.val.([]int)
	if !ok || len(index) != 1 || x.typ == nil {
		return false
	}
	rt := x.typ.TypeOf()
	if rt == nil || rt.Kind() != reflect.Struct || index[0] >= rt.NumField() {
		return false
	}
	sf := rt.Field(index[0])
	// An unexported field of an interpreted struct is read and written as
	// an exported one (the interpreter lifts reflect's read-only flag for
	// it, see unsafe2.Exported); one of a compiled struct is not ours.
	if sf.PkgPath != "" && (x.typ.cat != structT && !(x.typ.cat == ptrT && x.typ.val != nil && x.typ.val.cat == structT)) || sf.Anonymous || n.typ == nil || n.typ.TypeOf() != sf.Type {
		return false
	}
	tmpl, ok := fastFieldOut(n, x, st, sf.Type)
	if !ok {
		return false
	}
	styp := fastTypeWord(rt)
	off := sf.Offset
	st.op = func(a, _, d unsafe.Pointer) bool {
		sv := (*fastValue)(a)
		if sv.typ != styp || sv.flag&(fastFlagKind|fastFlagIndir|fastFlagAddr|fastFlagRO) != uintptr(reflect.Struct)|fastFlagIndir|fastFlagAddr {
			return false
		}
		v := tmpl
		v.ptr = unsafe.Add(sv.ptr, off)
		*(*fastValue)(d) = v
		return true
	}
	return true
}

// fastDirectSelector reports whether n is the selector x.M of a call that
// calls the method directly (directMethod), whose exec does nothing.
// gonotes patch (s11-speed).
func fastDirectSelector(n *node) bool {
	a := n.anc
	if a == nil || a.kind != callExpr || len(a.child) == 0 || a.child[0] != n || fastGenPtr(a) != fastCallPtr {
		return false
	}
	if fastGenPtr(n) == getMethodByNamePtr {
		return declaredCallee(n) == nil && directIfaceMethodOK(a)
	}
	return directMethodDef(a) != nil
}

// fastFieldOut sets the operand of a field selection step (the slot of x,
// read as a reflect.Value) and its result slot (that of n), and returns the
// template of the reflect.Value of a field of type ft (addressable).
func fastFieldOut(n, x *node, st *fastStep, ft reflect.Type) (fastValue, bool) {
	var ok bool
	if st.a, ok = st.addValueOpd(x); !ok {
		return fastValue{}, false
	}
	l, ok := fastOutLoc(n)
	if !ok || l.global {
		return fastValue{}, false
	}
	l.raw = true
	st.d = st.addLoc(l)
	z := reflect.New(ft).Elem()
	tmpl := *(*fastValue)(unsafe.Pointer(&z))
	tmpl.ptr = nil
	return tmpl, true
}

// fastPtrField makes the fast step of p.f for a pointer p to a struct and
// a field f of it (not embedded), which sets the slot of its result to the
// field as getPtrIndexSeq does: addressable, and writable also when f is
// unexported in an interpreted struct (unsafe2.Exported). A nil p is left
// to the generic exec, which panics. gonotes patch (s11-speed).
func fastPtrField(n *node, st *fastStep) bool {
	x := n.child[0]
	index, ok := n.val.([]int)
	if !ok || len(index) != 1 || x.typ == nil {
		return false
	}
	pt := x.typ.TypeOf()
	if pt == nil || pt.Kind() != reflect.Ptr || pt.Elem().Kind() != reflect.Struct || index[0] >= pt.Elem().NumField() {
		return false
	}
	sf := pt.Elem().Field(index[0])
	interpreted := x.typ.cat == ptrT && x.typ.val != nil && x.typ.val.cat == structT
	if sf.PkgPath != "" && !interpreted || sf.Anonymous || n.typ == nil || n.typ.TypeOf() != sf.Type {
		return false
	}
	tmpl, ok := fastFieldOut(n, x, st, sf.Type)
	if !ok {
		return false
	}
	ptyp := fastTypeWord(pt)
	off := sf.Offset
	st.op = func(a, _, d unsafe.Pointer) bool {
		sv := (*fastValue)(a)
		if sv.typ != ptyp || sv.flag&(fastFlagKind|fastFlagRO) != uintptr(reflect.Ptr) {
			return false
		}
		p := sv.ptr
		if sv.flag&fastFlagIndir != 0 {
			p = *(*unsafe.Pointer)(p)
		}
		if p == nil { // the generic exec panics
			return false
		}
		v := tmpl
		v.ptr = unsafe.Add(p, off)
		*(*fastValue)(d) = v
		return true
	}
	return true
}

// fastRange makes the fast step of the iteration of `for i := range s` for
// a slice s, as _range does it: increment i, go on while it is less than
// the length of the slice that the range statement's init stored.
func fastRange(n *node, st *fastStep) bool {
	if len(n.child) != 3 || n.child[0].kind != identExpr || n.fnext == nil {
		return false
	}
	an := n.child[1]
	if an.typ == nil || an.typ.TypeOf() == nil || an.typ.TypeOf().Kind() != reflect.Slice {
		return false
	}
	index0 := n.child[0].findex
	if index0 < 2 {
		return false
	}
	i := fastLoc{index: index0}
	i.setKind(reflect.Int)
	st.a = st.addLoc(i)
	st.b = st.addLoc(fastLoc{index: index0 - 1, raw: true})
	st.indMask[1] = fastFlagKind | fastFlagIndir
	st.indWant[1] = uintptr(reflect.Slice) | fastFlagIndir
	st.fnext = fastNext(n.fnext)
	st.cond = func(a, b, _ unsafe.Pointer) bool {
		j := *(*int)(a) + 1
		*(*int)(a) = j
		return j < (*fastSlice)(b).len
	}
	st.code = fcRangeSlice // gonotes patch: done inline, with the loop's stop check
	return true
}

// fastAssign makes the fast step of x = y (not a definition, which makes a
// new variable) for a value of a basic type.
func fastAssign(n *node, st *fastStep) bool {
	if n.kind != assignStmt && (n.kind != defineStmt || !fastDefineOK(n)) || n.nleft != 1 || len(n.child) != 2 {
		return false
	}
	dst, src := n.child[0], n.child[1]
	if dst.ident == "_" || !fastDest(dst) || isNamedFuncSrc(src.typ) {
		return false
	}
	k := fastKindOf(dst.typ)
	if k == reflect.Invalid || dst.typ.TypeOf() != n.typ.TypeOf() {
		return false
	}
	var ok bool
	if st.d, ok = st.addOpd(dst, k, 2, true); !ok {
		return false
	}
	switch k {
	case reflect.Int:
		return fastAssignT[int](st, src, k)
	case reflect.Int8:
		return fastAssignT[int8](st, src, k)
	case reflect.Int16:
		return fastAssignT[int16](st, src, k)
	case reflect.Int32:
		return fastAssignT[int32](st, src, k)
	case reflect.Int64:
		return fastAssignT[int64](st, src, k)
	case reflect.Uint:
		return fastAssignT[uint](st, src, k)
	case reflect.Uint8:
		return fastAssignT[uint8](st, src, k)
	case reflect.Uint16:
		return fastAssignT[uint16](st, src, k)
	case reflect.Uint32:
		return fastAssignT[uint32](st, src, k)
	case reflect.Uint64:
		return fastAssignT[uint64](st, src, k)
	case reflect.Uintptr:
		return fastAssignT[uintptr](st, src, k)
	case reflect.Float64:
		return fastAssignT[float64](st, src, k)
	case reflect.String:
		return fastAssignT[string](st, src, k)
	case reflect.Bool:
		return fastAssignT[bool](st, src, k)
	}
	return false
}

func fastAssignT[T any](st *fastStep, src *node, k reflect.Kind) bool {
	x, ia, ok := fastOpdOf[T](st, src, k, 0)
	if !ok {
		return false
	}
	st.a = ia
	st.op = func(a, _, d unsafe.Pointer) bool { *(*T)(d) = x.get(a); return true }
	return true
}

// addValueOpd adds the slot of operand n as a raw slot: the step gets the
// address of the reflect.Value and checks its type and flags itself.
func (st *fastStep) addValueOpd(n *node) (int, bool) {
	l, ok := fastLocOf(n)
	if !ok {
		return 0, false
	}
	l.raw = true
	return st.addLoc(l), true
}

// fastTypeWord returns the type word of the reflect.Values of type t.
func fastTypeWord(t reflect.Type) unsafe.Pointer {
	z := reflect.New(t).Elem()
	return (*fastValue)(unsafe.Pointer(&z)).typ
}

// fastRangeFuncExit reports whether n is a branch statement in the body of
// a range-over-func loop: its exec, set by the loop (rangeFunc.mark), ends
// the iteration (the body runs as the yield function, one iteration per
// call), so a program must not skip it to its target. The end of the body
// has no successor: a program stops there.
func fastRangeFuncExit(n *node) bool {
	switch n.kind {
	case breakStmt, continueStmt, gotoStmt:
		for a := n; a != nil; a = a.anc {
			if a.rf != nil {
				return true
			}
		}
	}
	return false
}

// fastConvert makes the fast step of T(x) for numeric types (int and uint
// of every size, float64), which computes what reflect's Convert does: an
// integer is converted as in Go, a float64 to an integer type goes through
// int64 (signed) or uint64 (unsigned), as reflect does.
func fastConvert(n *node, st *fastStep) bool {
	c := n.child[1]
	ks, kd := fastKindOf(c.typ), fastKindOf(n.typ)
	if ks == reflect.Invalid || ks == reflect.String || ks == reflect.Bool ||
		kd == reflect.Invalid || kd == reflect.String || kd == reflect.Bool ||
		n.child[0].typ == nil || n.child[0].typ.TypeOf() != n.typ.TypeOf() || n.interp == nil {
		return false
	}
	for _, con := range n.interp.hooks.convert {
		if c.typ.rtype != nil && con(c.typ.rtype, n.typ.TypeOf()) != nil {
			return false
		}
	}
	d, ok := fastOutLoc(n)
	if !ok {
		return false
	}
	d.setKind(kd)
	st.d = st.addLoc(d)
	switch ks {
	case reflect.Int:
		return fastConvFrom[int](st, c, ks, kd)
	case reflect.Int8:
		return fastConvFrom[int8](st, c, ks, kd)
	case reflect.Int16:
		return fastConvFrom[int16](st, c, ks, kd)
	case reflect.Int32:
		return fastConvFrom[int32](st, c, ks, kd)
	case reflect.Int64:
		return fastConvFrom[int64](st, c, ks, kd)
	case reflect.Uint:
		return fastConvFrom[uint](st, c, ks, kd)
	case reflect.Uint8:
		return fastConvFrom[uint8](st, c, ks, kd)
	case reflect.Uint16:
		return fastConvFrom[uint16](st, c, ks, kd)
	case reflect.Uint32:
		return fastConvFrom[uint32](st, c, ks, kd)
	case reflect.Uint64:
		return fastConvFrom[uint64](st, c, ks, kd)
	case reflect.Uintptr:
		return fastConvFrom[uintptr](st, c, ks, kd)
	case reflect.Float64:
		return fastConvFloat(st, c, kd)
	}
	return false
}

func fastConvFrom[S fastInt](st *fastStep, c *node, ks, kd reflect.Kind) bool {
	switch kd {
	case reflect.Int:
		return fastConvT[S, int](st, c, ks)
	case reflect.Int8:
		return fastConvT[S, int8](st, c, ks)
	case reflect.Int16:
		return fastConvT[S, int16](st, c, ks)
	case reflect.Int32:
		return fastConvT[S, int32](st, c, ks)
	case reflect.Int64:
		return fastConvT[S, int64](st, c, ks)
	case reflect.Uint:
		return fastConvT[S, uint](st, c, ks)
	case reflect.Uint8:
		return fastConvT[S, uint8](st, c, ks)
	case reflect.Uint16:
		return fastConvT[S, uint16](st, c, ks)
	case reflect.Uint32:
		return fastConvT[S, uint32](st, c, ks)
	case reflect.Uint64:
		return fastConvT[S, uint64](st, c, ks)
	case reflect.Uintptr:
		return fastConvT[S, uintptr](st, c, ks)
	case reflect.Float64:
		return fastConvT[S, float64](st, c, ks)
	}
	return false
}

func fastConvT[S fastInt, D fastNum](st *fastStep, c *node, ks reflect.Kind) bool {
	x, ia, ok := fastOpdOf[S](st, c, ks, 0)
	if !ok {
		return false
	}
	st.a = ia
	st.op = func(a, _, d unsafe.Pointer) bool { *(*D)(d) = D(x.get(a)); return true }
	return true
}

func fastConvFloat(st *fastStep, c *node, kd reflect.Kind) bool {
	x, ia, ok := fastOpdOf[float64](st, c, reflect.Float64, 0)
	if !ok {
		return false
	}
	st.a = ia
	switch kd {
	case reflect.Int:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*int)(d) = int(int64(x.get(a))); return true }
	case reflect.Int8:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*int8)(d) = int8(int64(x.get(a))); return true }
	case reflect.Int16:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*int16)(d) = int16(int64(x.get(a))); return true }
	case reflect.Int32:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*int32)(d) = int32(int64(x.get(a))); return true }
	case reflect.Int64:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*int64)(d) = int64(x.get(a)); return true }
	case reflect.Uint:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*uint)(d) = uint(uint64(x.get(a))); return true }
	case reflect.Uint8:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*uint8)(d) = uint8(uint64(x.get(a))); return true }
	case reflect.Uint16:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*uint16)(d) = uint16(uint64(x.get(a))); return true }
	case reflect.Uint32:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*uint32)(d) = uint32(uint64(x.get(a))); return true }
	case reflect.Uint64:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*uint64)(d) = uint64(x.get(a)); return true }
	case reflect.Uintptr:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*uintptr)(d) = uintptr(uint64(x.get(a))); return true }
	case reflect.Float64:
		st.op = func(a, _, d unsafe.Pointer) bool { *(*float64)(d) = x.get(a); return true }
	default:
		return false
	}
	return true
}

// fastLen makes the fast step of len(x) for a slice or a string x (not a
// pointer to an array, a map or a channel).
func fastLen(n *node, st *fastStep) bool {
	x := n.child[1]
	if x.typ == nil || isPtr(x.typ) || wantEmptyInterface(n) || fastKindOf(n.typ) != reflect.Int {
		return false
	}
	rt := x.typ.TypeOf()
	if rt == nil || rt.Kind() != reflect.Slice && rt.Kind() != reflect.String || x.rval.IsValid() {
		return false
	}
	d, ok := fastOutLoc(n)
	if !ok {
		return false
	}
	d.setKind(reflect.Int)
	st.d = st.addLoc(d)
	if st.a, ok = st.addOpd(x, rt.Kind(), 0, false); !ok {
		return false
	}
	if rt.Kind() == reflect.String {
		st.op = func(a, _, d unsafe.Pointer) bool { *(*int)(d) = len(*(*string)(a)); return true }
		return true
	}
	st.code = fcSliceLen
	st.op = func(a, _, d unsafe.Pointer) bool { *(*int)(d) = (*fastSlice)(a).len; return true }
	return true
}

// fastDefineOK reports whether the variable defined by n (x := y) may be
// set in place rather than made anew: nothing can see the variable of an
// earlier execution (no func literal uses it, its address is not taken,
// see loopVarsEscape), in the function that declares it.
func fastDefineOK(n *node) bool {
	dst := n.child[0]
	if dst.kind != identExpr || dst.level != 0 || n.level != 0 || dst.findex != n.findex || dst.sym != nil && dst.sym.global {
		return false
	}
	var body *node
	for a := n.anc; a != nil; a = a.anc {
		if a.kind == funcDecl || a.kind == funcLit {
			if len(a.child) > 0 {
				body = a.lastChild()
			}
			break
		}
	}
	if body == nil || body.kind != blockStmt {
		return false
	}
	return !loopVarsEscape(map[int]bool{dst.findex: true}, body)
}

// fastMapKV returns the key and element kinds of rt if it is one of the
// map types that have fast steps: map[K]V (not a named type) for K int or
// string and V int, float64, string or bool.
func fastMapKV(t *itype) (reflect.Kind, reflect.Kind, bool) {
	if t == nil || t.cat == linkedT {
		return 0, 0, false
	}
	rt := t.TypeOf()
	if rt == nil || rt.Kind() != reflect.Map || rt.Name() != "" || t.frameType() != rt {
		return 0, 0, false
	}
	k, v := rt.Key(), rt.Elem()
	if k.Name() != k.Kind().String() || v.Name() != v.Kind().String() { // named types: not ours
		return 0, 0, false
	}
	switch k.Kind() {
	case reflect.Int, reflect.String:
	default:
		return 0, 0, false
	}
	switch v.Kind() {
	case reflect.Int, reflect.Float64, reflect.String, reflect.Bool:
	default:
		return 0, 0, false
	}
	return k.Kind(), v.Kind(), true
}

// fastMapIndex makes the fast step of m[k] (one result) for the map types
// of fastMapKV: the element, or the zero value, goes to the node's slot
// as getIndexMap does.
func fastMapIndex(n *node, st *fastStep) bool {
	kk, kv, ok := fastMapKV(n.child[0].typ)
	if !ok || fastKindOf(n.typ) != kv {
		return false
	}
	d, ok := fastOutLoc(n)
	if !ok {
		return false
	}
	d.setKind(kv)
	st.d = st.addLoc(d)
	if st.a, ok = st.addOpd(n.child[0], reflect.Map, 0, false); !ok {
		return false
	}
	switch {
	case kk == reflect.Int && kv == reflect.Int:
		return fastMapIndexT[int, int](st, n.child[1], kk)
	case kk == reflect.Int && kv == reflect.Float64:
		return fastMapIndexT[int, float64](st, n.child[1], kk)
	case kk == reflect.Int && kv == reflect.String:
		return fastMapIndexT[int, string](st, n.child[1], kk)
	case kk == reflect.Int && kv == reflect.Bool:
		return fastMapIndexT[int, bool](st, n.child[1], kk)
	case kk == reflect.String && kv == reflect.Int:
		return fastMapIndexT[string, int](st, n.child[1], kk)
	case kk == reflect.String && kv == reflect.Float64:
		return fastMapIndexT[string, float64](st, n.child[1], kk)
	case kk == reflect.String && kv == reflect.String:
		return fastMapIndexT[string, string](st, n.child[1], kk)
	case kk == reflect.String && kv == reflect.Bool:
		return fastMapIndexT[string, bool](st, n.child[1], kk)
	}
	return false
}

func fastMapIndexT[K comparable, V any](st *fastStep, key *node, kk reflect.Kind) bool {
	x, ib, ok := fastOpdOf[K](st, key, kk, 1)
	if !ok {
		return false
	}
	st.b = ib
	st.op = func(a, b, d unsafe.Pointer) bool { *(*V)(d) = (*(*map[K]V)(a))[x.get(b)]; return true }
	return true
}

// fastMapAssign makes the fast step of m[k] = v for the map types of
// fastMapKV; a nil map is left to the generic exec (which panics).
func fastMapAssign(n *node, st *fastStep) bool {
	dst, src := n.child[0], n.child[1]
	kk, kv, ok := fastMapKV(dst.child[0].typ)
	if !ok || isNamedFuncSrc(src.typ) {
		return false
	}
	if st.d, ok = st.addOpd(dst.child[0], reflect.Map, 2, false); !ok {
		return false
	}
	switch {
	case kk == reflect.Int && kv == reflect.Int:
		return fastMapAssignT[int, int](st, dst.child[1], src, kk, kv)
	case kk == reflect.Int && kv == reflect.Float64:
		return fastMapAssignT[int, float64](st, dst.child[1], src, kk, kv)
	case kk == reflect.Int && kv == reflect.String:
		return fastMapAssignT[int, string](st, dst.child[1], src, kk, kv)
	case kk == reflect.Int && kv == reflect.Bool:
		return fastMapAssignT[int, bool](st, dst.child[1], src, kk, kv)
	case kk == reflect.String && kv == reflect.Int:
		return fastMapAssignT[string, int](st, dst.child[1], src, kk, kv)
	case kk == reflect.String && kv == reflect.Float64:
		return fastMapAssignT[string, float64](st, dst.child[1], src, kk, kv)
	case kk == reflect.String && kv == reflect.String:
		return fastMapAssignT[string, string](st, dst.child[1], src, kk, kv)
	case kk == reflect.String && kv == reflect.Bool:
		return fastMapAssignT[string, bool](st, dst.child[1], src, kk, kv)
	}
	return false
}

func fastMapAssignT[K comparable, V any](st *fastStep, key, src *node, kk, kv reflect.Kind) bool {
	x, ib, ok1 := fastOpdOf[K](st, key, kk, 1)
	y, ia, ok2 := fastOpdOf[V](st, src, kv, 0)
	if !ok1 || !ok2 {
		return false
	}
	st.a, st.b = ia, ib
	st.op = func(a, b, d unsafe.Pointer) bool {
		m := *(*map[K]V)(d)
		if m == nil { // the generic exec panics
			return false
		}
		m[x.get(b)] = y.get(a)
		return true
	}
	return true
}

// fastMapIncDec makes the fast step of m[k]++ and m[k]-- for the map types
// of fastMapKV with int elements: as inc and dec do, the element that the
// index node stored in its slot is incremented and stored back into the
// map; a nil map is left to the generic exec (which panics).
func fastMapIncDec(n *node, st *fastStep) bool {
	c0 := n.child[0]
	kk, kv, ok := fastMapKV(c0.child[0].typ)
	if !ok || kv != reflect.Int || fastKindOf(n.typ) != reflect.Int || fastGenPtr(c0) != fastMapPtr {
		return false
	}
	l, ok := fastLocOf(c0)
	if !ok {
		return false
	}
	l.setKind(reflect.Int)
	st.d = st.addLoc(l)
	if st.a, ok = st.addOpd(c0.child[0], reflect.Map, 0, false); !ok {
		return false
	}
	delta := 1
	if n.action == aDec {
		delta = -1
	}
	switch kk {
	case reflect.Int:
		return fastMapIncDecT[int](st, c0.child[1], kk, delta)
	case reflect.String:
		return fastMapIncDecT[string](st, c0.child[1], kk, delta)
	}
	return false
}

func fastMapIncDecT[K comparable](st *fastStep, key *node, kk reflect.Kind, delta int) bool {
	x, ib, ok := fastOpdOf[K](st, key, kk, 1)
	if !ok {
		return false
	}
	st.b = ib
	st.op = func(a, b, d unsafe.Pointer) bool {
		m := *(*map[K]int)(a)
		if m == nil {
			return false
		}
		v := *(*int)(d) + delta
		*(*int)(d) = v
		m[x.get(b)] = v
		return true
	}
	return true
}
