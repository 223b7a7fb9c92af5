// gonotes patch (s13-stubs): this file.

package interp

// Typed stubs for the methods compiled code calls most through an
// interface: sort.Interface's Len, Less and Swap, heap.Interface's Push
// and Pop, fmt.Stringer's String, error's Error.
//
// A method stub (rtmethods.go) jumps to the code of the func value that
// methodStubTable holds, with the caller's argument registers: the
// receiver as one word, then the arguments. The func was made by
// reflect.MakeFunc, whose code (reflect.makeFuncStub, callReflect) looks
// up the func's frame layout, allocates a reflect.Value for each argument
// and a slice of results, and checks each result's type: most of what a
// call of a one-line Less costs. For the signatures below, the func is a
// Go func literal whose parameters are those registers (the receiver word
// as an unsafe.Pointer: a pointer to the value, or the pointer of a
// pointer receiver), which sets the method's slots and reads its result
// itself.

import (
	"reflect"
	"unsafe"
)

var (
	sigLen     = reflect.TypeFor[func() int]()
	sigLess    = reflect.TypeFor[func(int, int) bool]()
	sigSwap    = reflect.TypeFor[func(int, int)]()
	sigString  = reflect.TypeFor[func() string]()
	sigPushAny = reflect.TypeFor[func(any)]()
	sigPopAny  = reflect.TypeFor[func() any]()
)

// typedMethodStub returns the typed func of the stub of m called through
// an interface (its receiver as one word), or false if m has no typed
// stub: a compiled or promoted method, a signature not listed above or
// naming types of the notebook (mt is not m.typ), a value receiver of a
// pointer-shaped type (whose word is the value itself).
func typedMethodStub(m rtMethodSpec, mt, under reflect.Type) (reflect.Value, bool) {
	r := m.run
	if r == nil || mt != m.typ {
		return reflect.Value{}, false
	}
	var recv func(p unsafe.Pointer) reflect.Value
	switch {
	case m.ptr:
		recv = func(p unsafe.Pointer) reflect.Value { return reflect.NewAt(under, p) }
	case !pointerShaped(under):
		recv = func(p unsafe.Pointer) reflect.Value { return reflect.NewAt(under, p).Elem() }
	default:
		return reflect.Value{}, false
	}
	slot := r.numRet // the receiver's slot; the arguments follow
	switch mt {
	case sigLen:
		return reflect.ValueOf(func(p unsafe.Pointer) int {
			defer leaveClosure(enterClosure())
			w, fr, reused := r.begin()
			fr.data[slot].Set(recv(p))
			w.run(fr)
			v := int(fr.data[0].Int())
			w.release(fr, reused)
			return v
		}), true
	case sigString:
		return reflect.ValueOf(func(p unsafe.Pointer) string {
			defer leaveClosure(enterClosure())
			w, fr, reused := r.begin()
			fr.data[slot].Set(recv(p))
			w.run(fr)
			v := fr.data[0].String()
			w.release(fr, reused)
			return v
		}), true
	case sigLess:
		return reflect.ValueOf(func(p unsafe.Pointer, i, j int) bool {
			defer leaveClosure(enterClosure())
			w, fr, reused := r.begin()
			fr.data[slot].Set(recv(p))
			setIntArgs(fr, slot, i, j)
			w.run(fr)
			v := fr.data[0].Bool()
			w.release(fr, reused)
			return v
		}), true
	case sigSwap:
		return reflect.ValueOf(func(p unsafe.Pointer, i, j int) {
			defer leaveClosure(enterClosure())
			w, fr, reused := r.begin()
			fr.data[slot].Set(recv(p))
			setIntArgs(fr, slot, i, j)
			w.run(fr)
			w.release(fr, reused)
		}), true
	case sigPushAny:
		if !isEmptyInterface(r.def.typ.arg[0]) {
			return reflect.Value{}, false
		}
		return reflect.ValueOf(func(p unsafe.Pointer, x any) {
			defer leaveClosure(enterClosure())
			w, fr, reused := r.begin()
			fr.data[slot].Set(recv(p))
			if slot+1 < len(fr.data) { // an unused parameter may have no slot
				fr.data[slot+1].Set(reflect.ValueOf(&x).Elem())
			}
			w.run(fr)
			w.release(fr, reused)
		}), true
	case sigPopAny:
		return reflect.ValueOf(func(p unsafe.Pointer) any {
			defer leaveClosure(enterClosure())
			w, fr, reused := r.begin()
			fr.data[slot].Set(recv(p))
			w.run(fr)
			v := r.interp.namedResult(fr.data[0]).Interface()
			w.release(fr, reused)
			return v
		}), true
	}
	return reflect.Value{}, false
}

// setIntArgs sets the int arguments of a call on fr after the receiver's
// slot; an unused parameter may have no slot.
func setIntArgs(fr *frame, slot int, args ...int) {
	for k, a := range args {
		if i := slot + 1 + k; i < len(fr.data) {
			fr.data[i].SetInt(int64(a))
		}
	}
}

// pointerShaped reports whether a value of t is stored in an interface's
// word itself (internal/abi.TFlagDirectIface): a pointer, map, chan, func
// or unsafe.Pointer, or a struct or array of exactly one such element.
func pointerShaped(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return true
	case reflect.Struct:
		return t.NumField() == 1 && pointerShaped(t.Field(0).Type)
	case reflect.Array:
		return t.Len() == 1 && pointerShaped(t.Elem())
	}
	return false
}
