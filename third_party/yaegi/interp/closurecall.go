package interp

// gonotes patch: direct calls of closures (see PATCHES.md, "Direct calls
// of closures").
//
// A func literal evaluates to a func value made by reflect.MakeFunc
// (getFunc), so that compiled code can call it; upstream, interpreted code
// called it the same way, through reflect.Value.Call and reflect's
// callReflect. A frame now notes the last closure that each func literal
// run in it made (with the frame the closure runs on), and a call from
// that frame of a func value that is one of them runs the literal's body
// directly, as a call of a declared function does.

import (
	"reflect"
	"sync/atomic"
	"unsafe"
	"weak"
)

// closureEntry is a closure made by a func literal in a frame.
type closureEntry struct {
	lit  *node          // the func literal
	fct  reflect.Value  // the closure (kept: its word identifies it)
	word unsafe.Pointer // its func value's word
	fr   *frame         // the frame its body's frames descend from
}

// funcWord returns the word of the func value v (its closure pointer),
// or nil.
func funcWord(v *reflect.Value) unsafe.Pointer {
	if !fastCopyOK || v.Kind() != reflect.Func {
		return nil
	}
	fv := (*fastValue)(unsafe.Pointer(v))
	if fv.flag&fastFlagIndir != 0 {
		return *(*unsafe.Pointer)(fv.ptr)
	}
	return fv.ptr
}

// noteClosure records that lit made the closure fct, running on fr, in f.
func (f *frame) noteClosure(lit *node, fct reflect.Value, fr *frame) {
	w := funcWord(&fct)
	if w == nil {
		return
	}
	for i := range f.closures {
		if f.closures[i].lit == lit {
			f.closures[i] = closureEntry{lit: lit, fct: fct, word: w, fr: fr}
			return
		}
	}
	f.closures = append(f.closures, closureEntry{lit: lit, fct: fct, word: w, fr: fr})
}

// closureOf returns the entry of f of the closure v, or nil.
func (f *frame) closureOf(v *reflect.Value) *closureEntry {
	w := funcWord(v)
	if w == nil {
		return nil
	}
	for i := range f.closures {
		if e := &f.closures[i]; e.word == w {
			return e
		}
	}
	return nil
}

// gonotes patch: closures called from anywhere (see PATCHES.md, "Direct
// calls of closure values held anywhere").
//
// A closure that leaves the frame it was made in (returned by a call, kept
// in a global, a struct field, a slice or a map, passed as an argument) is
// not in the closures of the frame that calls it. Every closure made by a
// func literal is also published in closureTable, a fixed table indexed by
// its func value's word; a call of a func value found there runs the
// literal's body directly too.
//
// The table keeps nothing alive: an entry holds a weak pointer to the
// closure's closureInfo, which only the closure references (its body uses
// it), and the info holds the closure's word, so while the info is alive
// no other func value can have that word. An entry replaced by another
// closure of the same index, or whose closure was collected, is a miss:
// the call goes through the func value, as before.

// calledLit reports whether n is a func literal called where it is
// written, `func(...) {...}(...)`, in a go statement too, but not in a
// defer statement: call runs its body directly, and getFunc makes no func
// value for it.
func calledLit(n *node) bool {
	if n.kind != funcLit || n.anc == nil || n.anc.kind != callExpr || len(n.anc.child) == 0 || n.anc.child[0] != n {
		return false
	}
	a := n.anc.anc
	return a == nil || a.kind != deferStmt
}

// closureInfo is what a direct call of a closure needs.
type closureInfo struct {
	lit  *node          // the func literal
	fr   *frame         // the frame its body's frames descend from
	word unsafe.Pointer // the closure's func value's word
}

const closureTableBits = 12

var closureTable [1 << closureTableBits]atomic.Pointer[weak.Pointer[closureInfo]]

func closureIndex(w unsafe.Pointer) uintptr {
	h := uintptr(w) >> 4
	return (h ^ h>>closureTableBits ^ h>>(2*closureTableBits)) & (1<<closureTableBits - 1)
}

// publishClosure sets the word of info to that of fct, the closure, and
// publishes info in closureTable.
func publishClosure(info *closureInfo, fct reflect.Value) {
	w := funcWord(&fct)
	if w == nil {
		return
	}
	info.word = w
	wp := weak.Make(info)
	closureTable[closureIndex(w)].Store(&wp)
}

// lookupClosure returns the info of the closure v, or nil.
func lookupClosure(v *reflect.Value) *closureInfo {
	w := funcWord(v)
	if w == nil {
		return nil
	}
	wp := closureTable[closureIndex(w)].Load()
	if wp == nil {
		return nil
	}
	if info := wp.Value(); info != nil && info.word == w {
		return info
	}
	return nil
}
