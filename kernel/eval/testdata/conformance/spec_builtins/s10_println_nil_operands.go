package main

import (
	"fmt"
	"unsafe"
)

// print and println write nil pointers, maps, channels, funcs and
// unsafe.Pointers as 0x0, a nil slice as [0/0]0x0 and a nil interface
// value as (0x0,0x0), as Go's runtime does (not as fmt's %v does).

type Shape interface{ Area() float64 }

func main() {
	var p *int
	var up unsafe.Pointer
	var m map[string]int
	var c chan bool
	var f func(int) int
	var s []string
	var a any
	var e error
	var sh Shape
	var st fmt.Stringer
	println(p, up, m, c, f, s)
	println(a, e, sh, st)
	print(p, " ", s, " ", a, "\n")
	s = make([]string, 0, 3)
	println(len(s), cap(s), 2.5, 'x', "done", true)
}
