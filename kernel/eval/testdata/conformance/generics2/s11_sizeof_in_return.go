// A constant builtin call (unsafe.Sizeof, unsafe.Alignof, len of an
// array) returned as it is from a function, generic or not.
package main

import (
	"fmt"
	"unsafe"
)

func sizeOf[T any](x T) uintptr  { return unsafe.Sizeof(x) }
func alignOf[T any](x T) uintptr { return unsafe.Alignof(x) }
func zeroSize[T any]() uintptr   { var z T; return unsafe.Sizeof(z) }

type rec[T any] struct {
	a T
	b int64
}

func (r *rec[T]) offsetB() uintptr { return unsafe.Offsetof(r.b) }

func intSize(x int) uintptr { return unsafe.Sizeof(x) }
func arrayLen() int         { var a [5]byte; return len(a) }

func main() {
	fmt.Println(sizeOf(1), sizeOf("s"), sizeOf(struct{ a, b int32 }{}), sizeOf([]int{}))
	fmt.Println(alignOf(int8(1)), alignOf(1.5), zeroSize[complex128](), zeroSize[[3]int16]())
	fmt.Println((&rec[byte]{}).offsetB(), (&rec[[3]int64]{}).offsetB())
	fmt.Println(intSize(0), arrayLen())
}
