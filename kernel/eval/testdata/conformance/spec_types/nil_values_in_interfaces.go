package main

import "fmt"

func main() {
	var m map[string]int
	var s []int
	var f func()
	var p *int
	var ch chan int
	var i1 any = m
	var i2 any = s
	var i3 any = f
	var i4 any = p
	var i5 any = ch
	fmt.Println(i1 == nil, i2 == nil, i3 == nil, i4 == nil, i5 == nil)
	fmt.Printf("%v %v %v %v\n", i1, i2, i4, i5)
	fmt.Printf("%T %T %T %T %T\n", i1, i2, i3, i4, i5)
	var e any
	fmt.Printf("%v %T\n", e, e)
}
