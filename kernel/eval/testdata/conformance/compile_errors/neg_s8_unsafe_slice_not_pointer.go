package main

import (
	"fmt"
	"unsafe"
)

func main() {
	x := 5
	s := unsafe.Slice(x, 1)
	fmt.Println(s)
}
