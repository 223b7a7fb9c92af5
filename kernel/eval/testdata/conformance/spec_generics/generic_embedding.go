package main

import "fmt"

type Box[T any] struct {
	Val T
}

func (b *Box[T]) Set(v T) { b.Val = v }
func (b Box[T]) Get() T   { return b.Val }

type Named struct {
	Box[int]
	Name string
}

type Tagged[T any] struct {
	*Box[T]
	Tags []string
}

func main() {
	n := Named{Box[int]{1}, "n"}
	n.Set(5)
	fmt.Println(n.Get(), n.Val, n.Name)
	t := Tagged[string]{&Box[string]{"x"}, []string{"a"}}
	t.Set("y")
	fmt.Println(t.Get(), t.Box.Val, len(t.Tags))
	fmt.Printf("%+v\n", n)
}
