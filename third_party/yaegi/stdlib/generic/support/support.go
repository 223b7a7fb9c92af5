// Package support holds the compiled helpers of the hand-written
// replacements of stdlib/generic (src/<path>/replace.go.txt): functions of
// the standard library that only compiled code can implement (weak
// pointers, cleanups) or that call internal packages (crypto/hkdf,
// crypto/pbkdf2), for arguments of any type. The replacements, interpreted
// generic code, reach them through the symbol table that stdlib registers
// for this package. gonotes patch (see PATCHES.md).
package support

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"hash"
	"reflect"
	"runtime"
	"unsafe"
	"weak"
)

// Weak is a weak pointer to the object at an address, whatever its type:
// the weak pointer of weak.Pointer[T] for any T (the runtime's weak handle
// depends on the address only).
type Weak = weak.Pointer[byte]

// MakeWeak returns a weak pointer to the object at p (weak.Make).
func MakeWeak(p unsafe.Pointer) Weak { return weak.Make((*byte)(p)) }

// WeakValue returns the address that w was made from, or nil if the object
// has been reclaimed (weak.Pointer.Value).
func WeakValue(w Weak) unsafe.Pointer { return unsafe.Pointer(w.Value()) }

// AddCleanup is runtime.AddCleanup for the object at ptr, whatever its type,
// with cleanup(arg) run after the object becomes unreachable.
func AddCleanup(ptr unsafe.Pointer, cleanup func(any), arg any) runtime.Cleanup {
	if ptr == nil {
		panic("runtime.AddCleanup: ptr is nil")
	}
	// The check of runtime.AddCleanup, which sees arg as an interface.
	if v := reflect.ValueOf(arg); v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.UnsafePointer) && v.UnsafePointer() == ptr {
		panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
	}
	return runtime.AddCleanup((*byte)(ptr), cleanup, arg)
}

// HKDFKey is crypto/hkdf.Key for any hash.Hash.
func HKDFKey(h func() hash.Hash, secret, salt []byte, info string, keyLength int) ([]byte, error) {
	return hkdf.Key(h, secret, salt, info, keyLength)
}

// HKDFExtract is crypto/hkdf.Extract for any hash.Hash.
func HKDFExtract(h func() hash.Hash, secret, salt []byte) ([]byte, error) {
	return hkdf.Extract(h, secret, salt)
}

// HKDFExpand is crypto/hkdf.Expand for any hash.Hash.
func HKDFExpand(h func() hash.Hash, pseudorandomKey []byte, info string, keyLength int) ([]byte, error) {
	return hkdf.Expand(h, pseudorandomKey, info, keyLength)
}

// PBKDF2Key is crypto/pbkdf2.Key for any hash.Hash.
func PBKDF2Key(h func() hash.Hash, password string, salt []byte, iter, keyLength int) ([]byte, error) {
	return pbkdf2.Key(h, password, salt, iter, keyLength)
}
