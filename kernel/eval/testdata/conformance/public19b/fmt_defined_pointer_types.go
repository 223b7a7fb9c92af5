package main

import "fmt"

type P *int
type Q *struct{ A int }
type R struct{ N int }
type RP *R

func main() {
	var p P
	fmt.Printf("%#v %T %v\n", p, p, p)
	fmt.Printf("%#v %T\n", Q(nil), Q(nil))
	fmt.Printf("%#v %T\n", RP(nil), RP(nil))
	x := 5
	p = &x
	*p = 9
	fmt.Printf("%T %v %v\n", p, *p, x)
	rp := RP(&R{3})
	fmt.Printf("%T %v %+v %v\n", rp, rp, rp, rp.N)
	fmt.Printf("%#v\n", []P{nil})
	fmt.Printf("%#v\n", struct{ F P }{})
}
