package main

import (
	"fmt"
	"unsafe"
)

type header struct {
	off  uintptr
	size uintptr
}

func walk(n int) uintptr {
	var p uintptr = 10
	for i := 0; i < n; i++ {
		p++
	}
	p--
	return p
}

func main() {
	var u uintptr = 1
	u--
	fmt.Println("after u--:", u)
	u--
	fmt.Println("wraps:", u == ^uintptr(0))
	u++
	u++
	fmt.Println("after u++ twice:", u)
	h := header{off: 8, size: unsafe.Sizeof(int64(0))}
	h.off++
	h.size--
	fmt.Println(h.off, h.size)
	hs := []header{{1, 2}}
	hs[0].off--
	m := map[string]uintptr{"a": 5}
	m["a"]++
	ptr := &h.size
	*ptr++
	fmt.Println(hs, m["a"], h.size, walk(3))
	fmt.Println("the statements after each ++ and -- ran")
}
