package main

import "fmt"

// any is an alias of interface{}: types made of one are identical to the
// same types made of the other, and their values compare.

var shared any = "shared"

func main() {
	var a any = 1
	var b interface{} = 1
	pa, pb := &a, &b
	fmt.Println(pa == pb, pa == &a, *pa == *pb)
	var p *interface{} = &shared
	fmt.Println(p == &shared, *p)
	arr1 := [2]any{1, "x"}
	arr2 := [2]interface{}{1, "x"}
	fmt.Println(arr1 == arr2)
	ch := make(chan any, 1)
	var ch2 chan interface{} = ch
	fmt.Println(ch == ch2)
	ch2 <- 42
	fmt.Println(<-ch)
	fmt.Printf("%T %T\n", pa, pb)
}
