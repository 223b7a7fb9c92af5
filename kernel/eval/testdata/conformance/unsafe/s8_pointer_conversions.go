package main

import (
	"fmt"
	"math"
	"unsafe"
)

type header struct {
	tag  uint16
	size uint16
	crc  uint32
}

type node struct {
	val  int
	next *node
}

func float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

func main() {
	fmt.Printf("%#x %#x\n", float32bits(1.0), math.Float32bits(-2.5))
	f := 3.75
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Println(bits == math.Float64bits(f))

	h := header{tag: 0x1234, size: 8, crc: 0xdeadbeef}
	raw := (*[8]byte)(unsafe.Pointer(&h))
	fmt.Println(len(raw), raw[4] == byte(h.crc) || raw[7] == byte(h.crc))
	words := (*[2]uint16)(unsafe.Pointer(&h))
	fmt.Printf("%#x %d\n", words[0], words[1])
	pcrc := (*uint32)(unsafe.Add(unsafe.Pointer(&h), unsafe.Offsetof(h.crc)))
	*pcrc = 7
	fmt.Println(h.crc)

	n2 := &node{val: 2}
	n1 := &node{val: 1, next: n2}
	p := unsafe.Pointer(n1)
	next := *(**node)(unsafe.Add(p, unsafe.Offsetof(n1.next)))
	fmt.Println(next.val, next == n2)

	xs := []int32{10, 20, 30}
	base := unsafe.Pointer(&xs[0])
	for i := range xs {
		v := *(*int32)(unsafe.Pointer(uintptr(base) + uintptr(i)*unsafe.Sizeof(xs[0])))
		fmt.Print(v, " ")
	}
	fmt.Println()

	var up unsafe.Pointer
	fmt.Println(up == nil, uintptr(up))
	up = unsafe.Pointer(&xs[1])
	ip := (*int32)(up)
	*ip = 99
	fmt.Println(xs, unsafe.Pointer(ip) == up)
	type myPtr unsafe.Pointer
	mp := myPtr(&xs[2])
	fmt.Println(*(*int32)(mp))
	fmt.Printf("%T %T\n", up, mp)
}
