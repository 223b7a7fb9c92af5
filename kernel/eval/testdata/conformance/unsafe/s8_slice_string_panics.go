package main

import (
	"fmt"
	"unsafe"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	f()
}

func main() {
	var p *int
	n := -1
	try(func() { _ = unsafe.Slice(p, 1) })
	x := 5
	try(func() { _ = unsafe.Slice(&x, n) })
	try(func() { _ = unsafe.String(nil, 1) })
	b := byte(1)
	try(func() { _ = unsafe.String(&b, n) })
	try(func() { fmt.Println(unsafe.Slice(p, 0) == nil) })
	try(func() { fmt.Println(unsafe.String(nil, 0) == "") })
	var big uint64 = 1 << 62
	try(func() { _ = unsafe.Slice(&x, big) })
	fmt.Println(unsafe.SliceData([]int(nil)) == nil, unsafe.StringData("") == nil)
	s := unsafe.Slice(&x, 1)
	fmt.Println(len(s), cap(s))
}
