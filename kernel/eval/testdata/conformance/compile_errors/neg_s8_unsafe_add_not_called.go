package main

import (
	"fmt"
	"unsafe"
)

func main() {
	add := unsafe.Add
	fmt.Println(add != nil)
}
