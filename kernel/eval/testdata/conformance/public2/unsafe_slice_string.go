package main

import (
	"fmt"
	"unsafe"
)

func main() {
	s := "hello"
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	fmt.Println(string(b[1:3]))
	arr := []byte("world")
	str := unsafe.String(&arr[0], 3)
	fmt.Println(str, *unsafe.SliceData(arr) == 'w')
}
