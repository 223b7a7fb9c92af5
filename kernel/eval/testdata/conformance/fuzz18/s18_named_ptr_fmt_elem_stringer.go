package main

import "fmt"

// fmt and a defined pointer type (type IP *Inner) whose pointee has a
// String method: IP has no methods, so fmt prints & and then the pointee,
// with its String method (&inner3). The engine prints &{3}.
type Inner struct{ n int }

func (i Inner) String() string { return fmt.Sprint("inner", i.n) }

type IP *Inner

func main() {
	p := IP(&Inner{3})
	fmt.Println(p, *p)
	var x any = p
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
	fmt.Printf("%v %s %T\n", x, x, x)
}
