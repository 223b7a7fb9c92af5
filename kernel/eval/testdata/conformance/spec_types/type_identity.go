package main

import "fmt"

type A []int
type B = []int
type C A

func main() {
	var a A = []int{1}
	var b B = a
	var c C = C(a)
	fmt.Printf("%T %T %T\n", a, b, c)
	var x any = b
	_, isA := x.(A)
	_, isS := x.([]int)
	fmt.Println(isA, isS)
	type local struct{ v int }
	fmt.Printf("%T\n", local{1})
}
