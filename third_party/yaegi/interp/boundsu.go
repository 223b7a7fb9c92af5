// gonotes patch (s12-goroot): this file.

package interp

import (
	"reflect"
	"unsafe"
)

// An index or slice bound of an unsigned type is held by the interpreter
// as an int: a value of 1<<63 or more is a negative int there, and the
// panic of an out-of-range index named it so ("index out of range [-1]"),
// where Go names the unsigned value and the length ("index out of range
// [18446744073709551615] with length 3"). The index and slice execs of an
// expression with unsigned bounds tell the checks which bounds are such
// (a bit a bound), and the checks fail as Go does for them, with the
// bound given natively as a uint64 so that the runtime writes the message.

// unsignedIndex reports whether the value of n, an index or a slice
// bound, is of an unsigned integer type (constants are checked at compile
// time: only a variable bound can be 1<<63 or more).
func unsignedIndex(n *node) bool {
	if n == nil || n.typ == nil || n.rval.IsValid() {
		return false
	}
	return isUint(n.typ.TypeOf())
}

// unsignedBounds returns the bits of the unsigned bounds among bounds (bit
// 0 for the first): see bigBounds.
func unsignedBounds(bounds []*node) uint8 {
	var m uint8
	for k, b := range bounds {
		if unsignedIndex(b) {
			m |= 1 << k
		}
	}
	return m
}

// bigBounds returns the bits of the bounds xs, among those of unsigned
// types (mask), whose value is 1<<63 or more (a negative int).
func bigBounds(mask uint8, xs ...int) uint8 {
	var big uint8
	for k, x := range xs {
		if mask&(1<<k) != 0 && x < 0 {
			big |= 1 << k
		}
	}
	return big
}

// panicIndexU panics as Go does for x[u] where len(x) is n and u, of an
// unsigned type, is out of range.
func panicIndexU(u uint64, n int) {
	s := make([]struct{}, n)
	_ = s[u]
	panic(runtimeError("index out of range")) // not reached
}

// checkIndexU is checkIndex for an index i of an unsigned type (i < 0 is
// a value of 1<<63 or more, named as such).
func checkIndexU(v reflect.Value, i int) {
	if i < 0 {
		panicIndexU(uint64(i), v.Len())
	}
	checkIndex(v, i)
}

// checkSliceU panics as Go does for v[lo:hi] (three false) or
// v[lo:hi:max] if a bound of an unsigned type (mask: bits 0, 1, 2 for lo,
// hi, max) is 1<<63 or more; checkSlice or checkSlice3 is called after it
// for the other bounds.
func checkSliceU(v reflect.Value, lo, hi, max int, three bool, mask uint8) {
	big := bigBounds(mask, lo, hi, max)
	if big == 0 {
		return // checkSlice or checkSlice3 follows
	}
	switch v.Kind() {
	case reflect.Slice:
		s := make([]struct{}, v.Len(), v.Cap())
		if three {
			slice3U(s, lo, hi, max, big)
		} else {
			slice2U(s, lo, hi, big)
		}
	case reflect.String, reflect.Array:
		// Arrays fail with the messages of strings ("with length").
		n := v.Len()
		if !three {
			stringSlice2U(unsafe.String(&zeroBytes[0], n), lo, hi, big)
			break
		}
		panicSlice3String(n, lo, hi, max, big)
	}
	panic(runtimeError("slice bounds out of range")) // not reached
}

// bound returns x as the runtime names a slice bound: unsigned if big.
func bound(x int, big bool) string {
	if big {
		return utoa(uint64(x))
	}
	return itoa(x)
}

// panicSlice3String panics as Go does for s[lo:hi:max] of a string or
// array of length n (Go has no 3-index slice of strings: the message is
// built), the bounds in big being unsigned values of 1<<63 or more.
func panicSlice3String(n, lo, hi, max int, big uint8) {
	bl, bh, bm := big&1 != 0, big&2 != 0, big&4 != 0
	switch {
	case max < 0 && !bm:
		panic(runtimeError("slice bounds out of range [::" + itoa(max) + "]"))
	case uint(max) > uint(n):
		panic(runtimeError("slice bounds out of range [::" + bound(max, bm) + "] with length " + itoa(n)))
	case hi < 0 && !bh:
		panic(runtimeError("slice bounds out of range [:" + itoa(hi) + ":]"))
	case uint(hi) > uint(max):
		panic(runtimeError("slice bounds out of range [:" + bound(hi, bh) + ":" + bound(max, bm) + "]"))
	case lo < 0 && !bl:
		panic(runtimeError("slice bounds out of range [" + itoa(lo) + "::]"))
	case uint(lo) > uint(hi):
		panic(runtimeError("slice bounds out of range [" + bound(lo, bl) + ":" + bound(hi, bh) + ":]"))
	}
}

// boundInt is the type of a slice bound given natively: int, or uint64
// for an unsigned bound of 1<<63 or more.
type boundInt interface{ int | uint64 }

func sliceOf2[L, H boundInt](s []struct{}, lo L, hi H) { _ = s[lo:hi] }

func sliceOf3[L, H, M boundInt](s []struct{}, lo L, hi H, max M) { _ = s[lo:hi:max] }

func stringOf2[L, H boundInt](s string, lo L, hi H) { _ = s[lo:hi] }

// slice2U slices s[lo:hi] natively, the bounds in big as uint64.
func slice2U(s []struct{}, lo, hi int, big uint8) {
	switch big & 3 {
	case 0:
		sliceOf2(s, lo, hi)
	case 1:
		sliceOf2(s, uint64(lo), hi)
	case 2:
		sliceOf2(s, lo, uint64(hi))
	default:
		sliceOf2(s, uint64(lo), uint64(hi))
	}
}

// stringSlice2U slices s[lo:hi] natively, the bounds in big as uint64.
func stringSlice2U(s string, lo, hi int, big uint8) {
	switch big & 3 {
	case 0:
		stringOf2(s, lo, hi)
	case 1:
		stringOf2(s, uint64(lo), hi)
	case 2:
		stringOf2(s, lo, uint64(hi))
	default:
		stringOf2(s, uint64(lo), uint64(hi))
	}
}

// slice3U slices s[lo:hi:max] natively, the bounds in big as uint64.
func slice3U(s []struct{}, lo, hi, max int, big uint8) {
	switch big & 7 {
	case 0:
		sliceOf3(s, lo, hi, max)
	case 1:
		sliceOf3(s, uint64(lo), hi, max)
	case 2:
		sliceOf3(s, lo, uint64(hi), max)
	case 3:
		sliceOf3(s, uint64(lo), uint64(hi), max)
	case 4:
		sliceOf3(s, lo, hi, uint64(max))
	case 5:
		sliceOf3(s, uint64(lo), hi, uint64(max))
	case 6:
		sliceOf3(s, lo, uint64(hi), uint64(max))
	default:
		sliceOf3(s, uint64(lo), uint64(hi), uint64(max))
	}
}
