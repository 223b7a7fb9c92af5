package main

import (
	"errors"
	"fmt"
)

type T struct {
	A *int
	B []string
	C map[string]int
	D error
	E any
	F func()
}

func main() {
	var p *int
	var s []int
	var m map[string]int
	var e error
	var a any
	var f func()
	fmt.Println(p, s, m, e, a, f == nil)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, e, a)
	fmt.Printf("%d %s %q %x\n", s, s, []string(nil), []byte(nil))
	fmt.Printf("%+v\n", T{})
	fmt.Printf("%#v %#v %#v\n", s, m, e)
	fmt.Printf("%T %T %T %T %T\n", p, s, m, e, a)
	fmt.Printf("%T %T %T\n", f, make(chan int), struct{ X int }{})
	fmt.Printf("%v|%s|%d\n", errors.New("x"), []error{nil}, []any{1, "a", nil})
	n := 3
	fmt.Printf("%v %+v\n", T{A: &n}.A != nil, struct {
		P *int
		Q string
	}{nil, "q"})
	fmt.Printf("%5v|%-5v|%05d|%x|%X\n", true, nil, -42, "Hi", []byte{1, 171})
	fmt.Printf("%6.2f|%-8.3e|%g|%G\n", 3.14159, 1234.5678, 1e-7, 1e21)
	fmt.Printf("%c%c %U %#x %#o %b\n", 'G', 'o', '⌘', 255, 8, -5)
	fmt.Printf("%t %v %08b %3c|\n", false, 'x', 5, 'y')
	fmt.Printf("%!d %z\n", 1)
}
