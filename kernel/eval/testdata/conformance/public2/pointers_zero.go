package main

import "fmt"

func zeroval(ival int) {
	ival = 0
}

func zeroptr(iptr *int) {
	*iptr = 0
}

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := &i
	fmt.Println("pointer is nil:", p == nil)
	type pair struct{ a, b int }
	pp := &pair{1, 2}
	pp.b = 5
	fmt.Println(*pp, pp.a)
}
