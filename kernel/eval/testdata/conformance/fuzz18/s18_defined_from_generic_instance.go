package main

import "fmt"

// A defined type whose underlying type is an instance of a generic struct
// (type Named Pair[string, int]) is a new type: it has none of the
// instance's methods (only the promoted ones of its embedded fields), and
// the instance keeps its own name and methods. The engine renamed the
// instance in place: Pair[string, int] became main.Named, the two types
// were one (an assertion to Named matched a Pair) and Named had Describe.
type Box[T any] struct{ V T }

func (b Box[T]) Get() T         { return b.V }
func (b *Box[T]) Set(v T)       { b.V = v }
func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type Pair[K comparable, V any] struct {
	Box[V]
	Key K
}

func (p Pair[K, V]) Describe() string { return fmt.Sprint(p.Key, "=", p.Get()) }

type Two[A, B any] struct {
	A A
	B B
}

func (t Two[A, B]) Swap() Two[B, A] { return Two[B, A]{t.B, t.A} }

type Named Pair[string, int]

type NT Two[int, string]

func main() {
	n := Named{Box[int]{2}, "a"}
	n.Set(5)
	var x any = n
	_, isD := x.(interface{ Describe() string })
	_, isS := x.(fmt.Stringer)
	fmt.Println(isD, isS, n, n.Get(), n.Key)
	p := Pair[string, int]{Box[int]{3}, "b"}
	fmt.Printf("%T %T %v %s\n", p, n, p.Describe(), Pair[string, int](n).Describe())
	var y any = p
	_, ok := y.(Named)
	_, ok2 := y.(Pair[string, int])
	fmt.Println(ok, ok2)

	t := NT{1, "x"}
	_, hasSwap := any(t).(interface{ Swap() Two[string, int] })
	fmt.Printf("%T %v %v %T\n", t, t, hasSwap, Two[int, string](t).Swap())

	type Local Pair[int, bool]
	l := Local{Box[bool]{true}, 7}
	_, lD := any(l).(interface{ Describe() string })
	q := Pair[int, bool]{Box[bool]{false}, 8}
	fmt.Printf("%T %T %v %v %v\n", l, q, lD, q.Describe(), l)
}
