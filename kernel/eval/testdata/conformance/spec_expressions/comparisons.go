package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	fmt.Println(P{1, "a"} == P{1, "a"}, P{1, "a"} == P{2, "a"})
	fmt.Println([2]int{1, 2} == [2]int{1, 2})
	var i1, i2 any = 1, 1
	var i3 any = int64(1)
	fmt.Println(i1 == i2, i1 == i3)
	p1, p2 := &P{}, &P{}
	fmt.Println(p1 == p2, p1 == p1)
	ch := make(chan int)
	ch2 := ch
	fmt.Println(ch == ch2)
	var e1, e2 error
	fmt.Println(e1 == e2)
	fmt.Println(0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
}
