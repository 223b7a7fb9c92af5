package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Box struct {
	S    Shape
	Tags map[string]any
}

func main() {
	b := Box{S: Sq{2}, Tags: map[string]any{"n": 1}}
	fmt.Println(b.S.Area(), b.Tags["n"])
	b.S = Sq{3}
	fmt.Println(b.S.Area())
	var empty Box
	fmt.Println(empty.S == nil, empty.Tags == nil)
	if q, ok := b.S.(Sq); ok {
		fmt.Println("square", q.s)
	}
}
