package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	Head *Node[T]
	Size int
}

type Node[T any] struct {
	V    T
	Next *Node[T]
}

type Celsius float64
type Tagged[T any] struct {
	Tag  string
	Data []T
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%#v\n", p)
	q := Pair[Celsius, []Pair[int, bool]]{21.5, []Pair[int, bool]{{1, true}}}
	fmt.Printf("%v\n%+v\n%T\n", q, q, q)
	l := List[int]{Head: &Node[int]{1, &Node[int]{2, nil}}, Size: 2}
	fmt.Printf("%T %T %v\n", l, l.Head, l.Head.Next.V)
	t := Tagged[map[string]int]{"m", []map[string]int{{"b": 2, "a": 1}}}
	fmt.Printf("%v %+v %T\n", t, t, t)
	var anyv any = Pair[int, any]{1, nil}
	fmt.Printf("%v %T\n", anyv, anyv)
	fmt.Printf("%#v\n", Tagged[int]{"i", []int{1, 2}})
	fmt.Printf("%v %d %x\n", []Pair[string, int]{{"x", 10}}, Pair[int, int]{255, 16}, Pair[int, string]{255, "hi"})
}
