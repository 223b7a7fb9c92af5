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
	"unsafe"
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
