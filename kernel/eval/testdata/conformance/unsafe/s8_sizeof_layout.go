package main

import (
	"fmt"
	"unsafe"
)

type Shape interface{ Area() float64 }

type Inner struct {
	A byte
	B int32
}

type Outer struct {
	X int8
	Inner
	S  Shape
	F  func()
	M  map[string]int
	E  any
	C  chan int
	Ar [3]int16
	Z  struct{}
}

type Small struct {
	a bool
	b int16
}

type Named int32

const (
	szOuter = unsafe.Sizeof(Outer{})
	alOuter = unsafe.Alignof(Outer{})
	offB    = unsafe.Offsetof(Outer{}.B)
	offS    = unsafe.Offsetof(Outer{}.S)
)

var arr [unsafe.Sizeof(Small{})]byte

func main() {
	var o Outer
	var s Shape
	var n Named
	fmt.Println(szOuter, alOuter, offB, offS, len(arr))
	fmt.Println(unsafe.Sizeof(o), unsafe.Sizeof(s), unsafe.Sizeof(n), unsafe.Alignof(n))
	fmt.Println(unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.B), unsafe.Offsetof(o.A), unsafe.Offsetof(o.F), unsafe.Offsetof(o.M), unsafe.Offsetof(o.E), unsafe.Offsetof(o.C), unsafe.Offsetof(o.Ar), unsafe.Offsetof(o.Z))
	fmt.Println(unsafe.Sizeof(o.Z), unsafe.Alignof(o.Ar), unsafe.Sizeof(o.Ar), unsafe.Alignof(o.Inner))
	fmt.Println(unsafe.Sizeof(Small{}), unsafe.Alignof(Small{}), unsafe.Offsetof(Small{}.b))
	fmt.Printf("%T %T %T\n", unsafe.Sizeof(o), unsafe.Alignof(o), unsafe.Offsetof(o.B))
	const k = unsafe.Alignof(o.B) * 2
	fmt.Println(k)
	var ptr unsafe.Pointer = unsafe.Pointer(&o)
	pb := (*int32)(unsafe.Add(ptr, unsafe.Offsetof(o.B)))
	*pb = 42
	fmt.Println(o.B)
	var off uintptr = 8
	fmt.Println(*(*int32)(unsafe.Add(ptr, off)))
	fmt.Println(*(*int32)(unsafe.Pointer(uintptr(ptr) + unsafe.Offsetof(o.B))))
	var nilp unsafe.Pointer
	fmt.Println(nilp == nil, ptr != nil)
	fmt.Println(unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof("x"), unsafe.Sizeof(1i), unsafe.Sizeof('x'), unsafe.Sizeof(true))
	fmt.Println(unsafe.Sizeof([]int{}), unsafe.Sizeof(&o), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(ptr))
}
