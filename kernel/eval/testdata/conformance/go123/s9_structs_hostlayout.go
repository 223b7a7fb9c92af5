package main

import (
	"fmt"
	"reflect"
	"structs"
	"unsafe"
)

type cHeader struct {
	_     structs.HostLayout
	Tag   uint8
	Value uint32
	Len   uint16
}

func main() {
	var h cHeader
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.Value), unsafe.Offsetof(h.Len))
	t := reflect.TypeOf(h)
	fmt.Println(t.NumField(), t.Field(0).Type, t.Field(0).Type.Size())
	h.Tag, h.Value, h.Len = 1, 2, 3
	fmt.Printf("%+v\n", h)
}
