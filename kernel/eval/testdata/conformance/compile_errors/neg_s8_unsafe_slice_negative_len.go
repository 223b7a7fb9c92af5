package main

import (
	"fmt"
	"unsafe"
)

func main() {
	x := 1
	fmt.Println(unsafe.Slice(&x, -1))
}
