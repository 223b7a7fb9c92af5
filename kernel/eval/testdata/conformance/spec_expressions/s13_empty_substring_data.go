package main

import (
	"fmt"
	"unsafe"
)

// The data pointer of a substring stays within its string, also for an
// empty substring at the end (s[len(s):]): Go's slicing keeps the
// string's base there rather than a nil pointer.

func offset(sub, s string) uintptr {
	return uintptr(unsafe.Pointer(unsafe.StringData(sub))) - uintptr(unsafe.Pointer(unsafe.StringData(s)))
}

type name string

func main() {
	s := "hello, world"
	n := len(s)
	five := 5
	for _, sub := range []string{s[2:], s[n:], s[five:five], s[1:][3:][8:], s[:0]} {
		fmt.Println(len(sub), unsafe.StringData(sub) != nil, offset(sub, s) <= uintptr(len(s)))
	}
	var t name = "gopher"
	e := t[len(t):]
	fmt.Printf("%T %d %v\n", e, len(e), unsafe.StringData(string(e)) != nil)
}
