package main

import "fmt"

type P struct {
	a int
	s string
}

type I interface{ M() }
type T1 struct{ x int }

func (T1) M() {}

type T2 struct{ x int }

func (T2) M() {}

func main() {
	fmt.Println(P{1, "a"} == P{1, "a"}, P{1, "a"} != P{1, "b"})
	fmt.Println([2]int{1, 2} == [2]int{1, 2})
	var i1, i2 I = T1{1}, T1{1}
	var i3 I = T2{1}
	fmt.Println(i1 == i2, i1 == i3)
	var e1 interface{} = 3
	var e2 interface{} = int64(3)
	fmt.Println(e1 == e2, e1 == 3)
	p1, p2 := &P{}, &P{}
	fmt.Println(p1 == p2, p1 == p1)
	ch := make(chan int)
	var ch2 <-chan int = ch
	fmt.Println(ch == ch2)
	var ni I
	fmt.Println(ni == nil)
	var tp *T1
	ni = tp
	fmt.Println(ni == nil, ni != nil)
	defer func() { fmt.Println("panic:", recover()) }()
	var a, b interface{} = []int{1}, []int{1}
	fmt.Println(a == b)
}
