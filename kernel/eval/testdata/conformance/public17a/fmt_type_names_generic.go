package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }
type List[E any] struct{ items []E }
type Pair[K comparable, V any] struct {
	K K
	V V
}
type Fn func(T) error
type Num interface{ ~int | ~float64 }

func Name[X any]() string {
	var x X
	return fmt.Sprintf("%T", x)
}

func main() {
	fmt.Printf("%T|%T|%T\n", T{}, []T{}, map[string]*T{})
	fmt.Printf("%T|%T\n", func(T) error { return nil }, Fn(nil))
	fmt.Printf("%T|%T\n", make(chan<- T), make(<-chan []T))
	fmt.Printf("%T\n", struct {
		X T
		y []int
	}{})
	fmt.Printf("%T|%T\n", List[int]{}, &List[T]{})
	fmt.Printf("%T\n", Pair[string, T]{})
	fmt.Printf("%T\n", Pair[string, List[Pair[int, bool]]]{})
	fmt.Println(Name[List[string]](), Name[[]Pair[int, T]](), Name[*T]())
	fmt.Println(reflect.TypeOf(List[int]{}).Name(), reflect.TypeOf(Pair[string, T]{}).String())
	fmt.Printf("%T|%T\n", [3]T{}, [2][]map[int]T{})
	var e error
	var s fmt.Stringer
	fmt.Printf("%T|%T|%T\n", e, s, &e)
	fmt.Printf("%T\n", func(...int) (T, error) { return T{}, nil })
	fmt.Printf("%T\n", List[func(int) T]{})
}
