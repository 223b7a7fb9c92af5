package main

import (
	"fmt"
	"io"
)

type Fn func()
type M map[string]int
type S []int
type P *int
type Ch chan int

func main() {
	var f Fn = nil
	var m M = nil
	var s S = nil
	var p P = nil
	var c Ch = nil
	var r io.Reader = nil
	var e error = nil
	fmt.Println(f == nil, m == nil, s == nil, p == nil, c == nil, r == nil, e == nil)
	var a any = s
	fmt.Println(a == nil, a.(S) == nil)
	var a2 any = r
	fmt.Println(a2 == nil)
	var ip *int
	var e2 any = ip
	fmt.Println(e2 == nil, e2.(*int) == nil)
	fmt.Printf("%T %T %v\n", a, e2, a2)
}
