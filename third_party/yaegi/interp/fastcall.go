package interp

// gonotes patch: frames of interpreted calls reused by their caller (see
// PATCHES.md, "Cheaper calls of interpreted functions").
//
// Upstream, each call of an interpreted function allocates a frame, its
// slice of values and one value per slot (reflect.New). A frame now
// keeps the frame of its last call of each function (frame.kids) and
// reuses it for its next call of the same function, when nothing can refer
// to the callee's frame or to its slots once the call has returned: its
// body has no func literal, no defer, no go statement, no recover, no
// address-of operator, no value with methods, and its slots are of kinds
// whose values cannot be addressed through the slot (numbers, bool,
// string, pointers, slices, maps, channels, funcs). The frame's slots live in one
// struct (a layout made once per function), which is zeroed before each
// call, and the slot values are put back from a template, since some
// operations replace a slot's value (an element of a slice, a
// dereferenced pointer).
//
// A frame runs on one goroutine at a time and makes one call at a time, so
// the frame it keeps for a function is free whenever it calls that
// function again. The global frame, which goroutines abandoned by a hard
// stop may still use, never caches.

import (
	"reflect"
	"strconv"
	"sync/atomic"
	"unsafe"
)

// fastCopyOK tells whether fastCopy may read reflect.Value's words.
var fastCopyOK = fastLayoutOK()

// fastCopy does dst.Set(src) for values of the same type of a kind held
// in memory (numbers, bool, string) when dst is an assignable address,
// without reflect's checks and calls; it returns false, having done
// nothing, in any other case.
func fastCopy(dst, src *reflect.Value) bool {
	d, s := (*fastValue)(unsafe.Pointer(dst)), (*fastValue)(unsafe.Pointer(src))
	if !fastCopyOK || d.typ != s.typ || d.flag&(fastFlagAddr|fastFlagRO|fastFlagIndir) != fastFlagAddr|fastFlagIndir || s.flag&fastFlagIndir == 0 {
		return false
	}
	switch reflect.Kind(d.flag & fastFlagKind) {
	case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64, reflect.Uintptr, reflect.Float64:
		*(*uint64)(d.ptr) = *(*uint64)(s.ptr)
	case reflect.Int32, reflect.Uint32, reflect.Float32:
		*(*uint32)(d.ptr) = *(*uint32)(s.ptr)
	case reflect.Int16, reflect.Uint16:
		*(*uint16)(d.ptr) = *(*uint16)(s.ptr)
	case reflect.Int8, reflect.Uint8, reflect.Bool:
		*(*uint8)(d.ptr) = *(*uint8)(s.ptr)
	case reflect.String:
		*(*string)(d.ptr) = *(*string)(s.ptr)
	default:
		return false
	}
	return true
}

// reuseInfo tells whether the frames of a function can be reused, and how
// its slots are laid out then.
type reuseInfo struct {
	ok    bool
	st    reflect.Type // a struct holding every slot
	field []int        // the field of st holding slot i
	plain bool         // st holds no pointers
	n     int          // the number of slots it was computed for
	// stable: no exec of the function replaces the reflect.Value of a
	// slot, so a reused frame's slots need not be put back (gonotes
	// patch, calls).
	stable bool
}

// frameReuse returns the reuse information of def, computed once.
func frameReuse(def *node) *reuseInfo {
	// gonotes patch: def.reuse is published atomically, once computed;
	// goroutines calling the function for the first time at once compute
	// it each (the same result) instead of reading one half made.
	if r := (*reuseInfo)(atomic.LoadPointer(&def.reuse)); r != nil && r.n == len(def.types) {
		return r
	}
	r := computeReuse(def, false)
	atomic.StorePointer(&def.reuse, unsafe.Pointer(r))
	return r
}

// computeReuse computes the reuse information of def (gonotes patch).
// With valueRecv, the receiver of a method may also be of a defined type
// of a slice, map or basic kind (recvValueKind) that the body only
// indexes or gives to len or cap (recvPlainUse): the receiver is a copy
// that nothing can take the address of (s12-wrap; methods called by
// compiled code: sort.Interface's and heap.Interface's Len, Less, Swap).
func computeReuse(def *node, valueRecv bool) *reuseInfo {
	r := &reuseInfo{n: len(def.types)}
	// gonotes patch (s9-speed): a func literal's frame too (its captured
	// variables are in the frame it was made in, the frame's anc).
	if def.hasClears { // gonotes patch (s9-live2): a drop replaces a slot's reflect.Value (liveclear.go)
		return r
	}
	if (def.kind != funcDecl && def.kind != funcLit) || len(def.child) < 4 || def.child[3] == nil || (len(def.types) == 0 && def.kind == funcDecl) {
		return r
	}
	fields := make([]reflect.StructField, 0, len(def.types))
	r.field = make([]int, len(def.types))
	recvSlot := -1 // gonotes patch (s9-speed): the slot of a method's receiver
	if def.kind == funcDecl && len(def.child[0].child) > 0 && def.typ != nil {
		recvSlot = len(def.typ.ret)
	}
	relaxed := valueRecv && recvSlot >= 0 && recvValueKind(def)
	for i, t := range def.types {
		if !reusableType(t) && (i != recvSlot || !reusableRecvType(t) && !relaxed) {
			r.field = nil
			return r
		}
		r.field[i] = len(fields)
		fields = append(fields, reflect.StructField{Name: "F" + strconv.Itoa(i), Type: t})
	}
	ok := true
	stable := true
	seen := map[*node]bool{} // gonotes patch (s9-speed): some bodies' trees share subtrees, in cycles
	def.child[3].Walk(func(n *node) bool {
		if !ok {
			return false
		}
		if seen[n] {
			ok = false
			return false
		}
		seen[n] = true
		if stable && n.gen != nil && !inPlaceGen(n) {
			stable = false
		}
		switch n.kind {
		case funcLit, deferStmt, goStmt:
			ok = false
		case identExpr:
			if n.ident == bltnRecover {
				ok = false
			}
		}
		if n.action == aAddr || n.rf != nil {
			ok = false
		}
		recvIdent := relaxed && n.kind == identExpr && n.level == 0 && n.findex == recvSlot
		if recvIdent && !recvPlainUse(n) {
			ok = false
			return false
		}
		if t := n.typ; t != nil && (len(t.method) > 0 || t.cat == valueT && t.rtype != nil && t.rtype.Kind() != reflect.Interface && t.rtype.Kind() != reflect.Func && reflect.PointerTo(t.rtype).NumMethod() > 0) &&
			!fieldOperand(n) && !directRecv(n) && !recvIdent { // gonotes patch (s9-speed)
			ok = false
		}
		if n.kind == identExpr && recvSlot >= 0 && n.findex == recvSlot && n.level == 0 && def.types[recvSlot].Kind() == reflect.Struct && !fieldOperand(n) {
			ok = false // gonotes patch (s9-speed): a struct receiver is only read by fields
		}
		return ok
	}, nil)
	if !ok {
		r.field = nil
		return r
	}
	func() {
		defer func() {
			if recover() != nil {
				r.st = nil
			}
		}()
		r.st = reflect.StructOf(fields)
	}()
	if r.st == nil {
		r.field = nil
		return r
	}
	r.plain = true
	for _, t := range def.types {
		switch t.Kind() {
		case reflect.String, reflect.Ptr, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.Struct:
			r.plain = false
		}
	}
	r.ok = true
	r.stable = stable
	return r
}

// inPlaceGen reports whether the exec that n's generator makes sets the
// values of frame slots in place, never replacing a slot's reflect.Value
// (as the selection of an element or a field, or a define, do).
func inPlaceGen(n *node) bool {
	p := reflect.ValueOf(n.gen).Pointer()
	switch p {
	case fastNopPtr, fastCallPtr, fastReturnPtr:
		return true
	case fastAssignPtr:
		return n.kind == assignStmt && n.nleft == 1
	}
	if n.action == aAssign {
		return false
	}
	q, ok := fastGens[n.action]
	return ok && p == q
}

// reusableType reports whether a slot of type t cannot be referred to once
// its frame has returned (no array or struct, whose parts may be addressed,
// no interface, which may hold interpreted values that refer to it, no
// named type, which may have methods with pointer receivers).
func reusableType(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return t.PkgPath() == ""
	case reflect.Ptr, reflect.Slice, reflect.Map, reflect.Chan:
		return t.Name() == ""
	case reflect.Func:
		// gonotes patch (calls): a func value refers to the frame it is
		// made in only as a closure or a method value, which frameReuse
		// excludes (a func literal, a type with methods); such slots hold
		// compiled functions (the interrupt check of a loop) or func
		// values made elsewhere.
		return t.Name() == ""
	}
	return false
}

// recvPlainUse reports whether the receiver identifier n is indexed
// (r[i], also assigned to) or given to len or cap, which cannot take its
// address (gonotes patch, s12-wrap).
func recvPlainUse(n *node) bool {
	a := n.anc
	if a == nil {
		return false
	}
	switch {
	case a.kind == indexExpr && len(a.child) == 2 && a.child[0] == n:
		return true
	case a.kind == callExpr && len(a.child) == 2 && a.child[1] == n && a.child[0].kind == identExpr:
		switch a.child[0].ident {
		case bltnLen, bltnCap:
			return a.child[0].sym != nil && a.child[0].sym.kind == bltnSym
		}
	}
	return false
}

// recvValueKind reports whether the method def has a receiver of a
// defined type (not a pointer) of a slice, map or basic kind (gonotes
// patch, s12-wrap).
func recvValueKind(def *node) bool {
	if def.kind != funcDecl || len(def.child) == 0 || len(def.child[0].child) == 0 {
		return false
	}
	f := def.child[0].child[0]
	if len(f.child) == 0 {
		return false
	}
	t := f.lastChild().typ
	if t == nil || t.cat == ptrT || t.cat == interfaceT || t.incomplete {
		return false
	}
	// The receiver's slot type (its itype may be a generic one, whose
	// TypeOf panics).
	slot := len(def.typ.ret)
	if slot >= len(def.types) {
		return false
	}
	rt := def.types[slot]
	switch rt.Kind() {
	case reflect.Slice, reflect.Map, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.String:
	default:
		return false
	}
	return true
}

// reusableRecvType reports whether t, the type of a method's receiver slot,
// may be that of a reused frame: a struct of fields that reusableType
// accepts (computeReuse then checks that the body only reads or writes
// the receiver's fields). gonotes patch (s9-speed).
func reusableRecvType(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.Name() != "" {
		return false
	}
	for i := 0; i < t.NumField(); i++ {
		if !reusableType(t.Field(i).Type) {
			return false
		}
	}
	return true
}

// fieldOperand reports whether n is an identifier whose only use is the
// selection of one of its fields of a type that reusableType accepts
// (p.x, p.x = v, p.x++): it refers to its slot only while the selection
// runs. gonotes patch (s9-speed).
func fieldOperand(n *node) bool {
	a := n.anc
	if n.kind != identExpr || a == nil || a.kind != selectorExpr || len(a.child) != 2 || a.child[0] != n ||
		a.recv != nil || a.action == aGetMethod || a.action == aMethod || a.typ == nil || len(a.typ.method) > 0 {
		return false
	}
	if _, ok := a.val.([]int); !ok {
		return false
	}
	switch fastGenPtr(a) {
	case fieldSeqPtr, ptrFieldSeqPtr:
	default:
		return false
	}
	t := a.typ.TypeOf()
	return t != nil && reusableType(t)
}

// directRecv reports whether n is a pointer identifier that is the
// receiver of a direct call of an interpreted method (methodcall.go): the
// call copies the pointer. gonotes patch (s9-speed).
func directRecv(n *node) bool {
	a := n.anc
	return n.kind == identExpr && n.typ != nil && n.typ.cat == ptrT && a != nil && a.kind == selectorExpr &&
		len(a.child) == 2 && a.child[0] == n && a.directCall && fastGenPtr(a) == getMethodPtr
}

var fieldSeqPtr, ptrFieldSeqPtr uintptr

func init() {
	fieldSeqPtr = reflect.ValueOf(getIndexSeq).Pointer()
	ptrFieldSeqPtr = reflect.ValueOf(getPtrIndexSeq).Pointer()
}

// newReusedFrame makes a frame for def whose slots are the fields of one
// struct, keeping the template to reset them (see reuseFrame).
func newReusedFrame(r *reuseInfo, def *node, anc *frame) *frame {
	nf := newFrame(anc, len(def.types), anc.runid())
	nf.def = def
	nf.blk = reflect.New(r.st).Elem()
	if r.plain {
		nf.blkPlain = int(r.st.Size())
	}
	nf.tmpl = make([]reflect.Value, len(def.types))
	for i, j := range r.field {
		nf.tmpl[i] = nf.blk.Field(j)
	}
	copy(nf.data, nf.tmpl)
	if r.stable {
		nf.tmpl = nil // nothing to put back (see reuseFrame)
	}
	return nf
}

// reuseFrame prepares the frame nf, kept by frame f for its calls of a function, for
// a new call: its slots are zero values of their own, as in a new frame.
func reuseFrame(nf, f *frame) {
	reuseFrameOf(nf, f)
	clearReused(nf)
}

// reuseFrameOf makes the frame nf, kept for calls of a function, a frame
// of a call from f, its slots as they are (gonotes patch, s12-wrap: a
// wrapper's frame is cleared when it is given back, see wrapCall.release).
func reuseFrameOf(nf, f *frame) {
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
	nf.recovered = nil
	nf.deferred = nil
}

// clearReused gives the slots of the reused frame nf zero values of their
// own, as in a new frame.
func clearReused(nf *frame) {
	if nf.blkPlain > 0 && fastCopyOK {
		// no pointers: cleared as memory, without write barriers
		clear(unsafe.Slice((*byte)((*fastValue)(unsafe.Pointer(&nf.blk)).ptr), nf.blkPlain))
	} else {
		nf.blk.SetZero()
	}
	if fastCopyOK {
		// Most slots still hold their own value: compare the addresses
		// before writing (a write of a reflect.Value has write barriers).
		for i := range nf.tmpl {
			d, t := (*fastValue)(unsafe.Pointer(&nf.data[i])), (*fastValue)(unsafe.Pointer(&nf.tmpl[i]))
			if d.ptr != t.ptr || d.typ != t.typ || d.flag != t.flag {
				nf.data[i] = nf.tmpl[i]
			}
		}
	} else {
		copy(nf.data, nf.tmpl)
	}
}

// kid returns the frame f keeps for its calls of def (index i), or nil.
func (f *frame) kid(i int, def *node) *frame {
	if i < len(f.kids) {
		if k := f.kids[i]; k != nil && k.def == def && len(k.data) == len(def.types) {
			return k
		}
	}
	return nil
}

// setKid keeps nf as the frame of f for its calls of function i.
func (f *frame) setKid(i int, nf *frame) {
	if i >= len(f.kids) {
		k := make([]*frame, i+1)
		copy(k, f.kids)
		f.kids = k
	}
	f.kids[i] = nf
}

// callSite returns the index of the function def among those that the
// function of the call n calls (for frame.kids: the calls of one function
// from one frame share a frame, which a recursion needs: fib calls fib
// twice), or -1 at the top level.
func callSite(n, def *node) int {
	for a := n.anc; a != nil; a = a.anc {
		switch a.kind {
		case funcDecl, funcLit:
			if i, ok := a.callSites[def]; ok {
				return i
			}
			if a.callSites == nil {
				a.callSites = map[*node]int{}
			}
			i := len(a.callSites)
			a.callSites[def] = i
			return i
		}
	}
	return -1
}

// declaredCallee returns the declared function that the callee node c0 of
// a call names, or nil (a func value, a method, a compiled function).
func declaredCallee(c0 *node) *node {
	if c0.kind == identExpr && !c0.rval.IsValid() && c0.sym != nil && c0.sym.index < 0 && c0.sym.node != nil && c0 != c0.sym.node && c0.sym.node.kind == funcDecl {
		if d, ok := genValue(c0.sym.node)(nil).Interface().(*node); ok && !d.rval.IsValid() {
			return d
		}
	}
	return nil
}
