// gonotes patch: this file.

package unsafe2

import (
	"reflect"
	"unsafe"
)

// value mirrors the layout of reflect.Value (src/reflect/value.go).
type value struct {
	_    unsafe.Pointer
	_    unsafe.Pointer
	flag uintptr
}

// flagRO is reflect's flagStickyRO|flagEmbedRO: the value was reached
// through an unexported struct field.
const flagRO = 1<<5 | 1<<6

// layoutOK is true when the layout of reflect.Value is the one above,
// checked once on a struct with an unexported field.
var layoutOK = func() bool {
	t := reflect.StructOf([]reflect.StructField{{Name: "x", PkgPath: "unsafe2", Type: reflect.TypeOf(0)}})
	s := reflect.New(t).Elem()
	f := s.Field(0)
	if f.CanInterface() || f.CanSet() {
		return false
	}
	(*value)(unsafe.Pointer(&f)).flag &^= flagRO
	if !f.CanInterface() || !f.CanSet() {
		return false
	}
	f.SetInt(42)
	return s.Field(0).Int() == 42 && f.Interface() == 42
}()

// Exported returns v usable as if it had been reached through exported
// struct fields only: reflect forbids Interface, Set and Call on a value
// obtained through an unexported field (a field of an interpreted struct
// whose name is not capitalized). Addressability is unchanged.
func Exported(v reflect.Value) reflect.Value {
	if layoutOK {
		(*value)(unsafe.Pointer(&v)).flag &^= flagRO
		return v
	}
	return exportedAt(v)
}

// exportedAt is the slower fallback: a view of the same memory, possible
// only for an addressable value.
func exportedAt(v reflect.Value) reflect.Value {
	if v.CanAddr() && !v.CanInterface() {
		return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	return v
}
