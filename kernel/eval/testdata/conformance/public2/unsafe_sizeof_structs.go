package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	b int64
	a bool
	c bool
}

type C struct {
	s []int
	m map[string]int
	p *int
	i any
	f func()
}

func main() {
	fmt.Println(unsafe.Sizeof(A{}), unsafe.Sizeof(B{}), unsafe.Alignof(A{}.b), unsafe.Offsetof(A{}.c))
	fmt.Println(unsafe.Sizeof(C{}), unsafe.Sizeof(""), unsafe.Sizeof([3]int16{}))
	var x struct{}
	fmt.Println(unsafe.Sizeof(x), unsafe.Sizeof([0]int{}))
}
