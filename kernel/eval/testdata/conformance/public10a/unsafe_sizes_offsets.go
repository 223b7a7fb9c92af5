package main

import (
	"fmt"
	"unsafe"
)

type Padded struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Mixed struct {
	x  int8
	y  int16
	z  int32
	s  string
	sl []int
	i  interface{}
	p  *int
	e  struct{}
}

func main() {
	fmt.Println(unsafe.Sizeof(Padded{}), unsafe.Sizeof(Packed{}))
	fmt.Println(unsafe.Alignof(Padded{}), unsafe.Offsetof(Padded{}.c), unsafe.Offsetof(Packed{}.c))
	var m Mixed
	fmt.Println(unsafe.Sizeof(m), unsafe.Offsetof(m.y), unsafe.Offsetof(m.z), unsafe.Offsetof(m.s),
		unsafe.Offsetof(m.sl), unsafe.Offsetof(m.i), unsafe.Offsetof(m.p), unsafe.Offsetof(m.e))
	fmt.Println(unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([3]int16{}))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]byte(nil)), unsafe.Sizeof(map[int]int(nil)), unsafe.Sizeof(any(nil)))
	fmt.Println(unsafe.Alignof(int8(0)), unsafe.Alignof(int16(0)), unsafe.Alignof(complex128(0)), unsafe.Alignof(m.e))
	const sz = unsafe.Sizeof(int32(0)) * 2
	var arr [sz]byte
	fmt.Println(len(arr))
	type Tail struct {
		n int32
		e struct{}
	}
	fmt.Println(unsafe.Sizeof(Tail{}))
}
