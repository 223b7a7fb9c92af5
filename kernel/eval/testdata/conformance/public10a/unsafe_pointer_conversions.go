package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	A uint32
	B uint16
	C uint8
	D uint8
}

func main() {
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	third := *(*int32)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	fmt.Println(third)
	s := unsafe.Slice(&arr[1], 2)
	fmt.Println(s, len(s), cap(s))
	str := "hello"
	b := unsafe.Slice(unsafe.StringData(str), len(str))
	fmt.Println(b[1], unsafe.String(&b[0], 3))
	h := Header{1, 2, 3, 4}
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.C), unsafe.Offsetof(h.D))
	pc := (*uint8)(unsafe.Add(unsafe.Pointer(&h), unsafe.Offsetof(h.C)))
	*pc = 33
	fmt.Println(h)
	fmt.Println(uintptr(unsafe.Pointer(nil)), unsafe.Pointer(nil) == nil)
}
