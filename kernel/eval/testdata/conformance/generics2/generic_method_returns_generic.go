package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b Box[T]) Pair(x T) Pair[T, T] { return MakePair(b.v, x) }

func Wrap[T any](b Box[T]) Box[Box[T]] { return Box[Box[T]]{b} }

func (b Box[T]) Slice(n int) []Box[T] {
	out := make([]Box[T], n)
	for i := range out {
		out[i] = b
	}
	return out
}

func main() {
	p := MakePair("x", 1)
	fmt.Printf("%+v %+v\n", p, p.Swap())
	fmt.Printf("%T\n", p.Swap())
	b := Box[int]{7}
	fmt.Println(b.Pair(8), Wrap(b).Get().Get(), len(b.Slice(3)))
	fmt.Printf("%v %T\n", Wrap(b), Wrap(b))
}
