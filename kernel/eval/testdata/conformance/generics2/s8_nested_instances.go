package main

import "fmt"

// Nested instances: Box[Box[int]], Pair[List[int], string], a map of
// instances to instances, an instance of an instance's method result.

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Pair[A, B any] struct {
	A A
	B B
}

type List[T any] []T

func (l List[T]) Head() T { return l[0] }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func main() {
	bb := Box[Box[int]]{Box[int]{3}}
	fmt.Println(bb.Get().Get(), bb)
	w := Wrap(Wrap("x"))
	fmt.Printf("%v %T\n", w, w)
	p := Pair[List[int], string]{List[int]{4, 5}, "s"}
	fmt.Println(p.A.Head(), p.B, len(p.A))
	m := map[Box[string]]List[Box[int]]{{"k"}: {{1}, {2}}}
	fmt.Println(m[Box[string]{"k"}].Head().Get(), len(m))
	pp := Pair[Pair[int, bool], Box[List[string]]]{Pair[int, bool]{1, true}, Box[List[string]]{List[string]{"z"}}}
	fmt.Printf("%v %T\n", pp, pp.B)
	fmt.Println(pp.B.Get().Head())
}
