package main

// A generic type declared in a generic function may name its type
// parameters as the function names its own: inside the type's declaration
// the names are the type's parameters, outside it the function's.

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	type pair[T, U any] struct {
		in  T
		out U
	}
	var ps []pair[T, U]
	for _, x := range xs {
		ps = append(ps, pair[T, U]{x, f(x)})
	}
	var out []U
	for _, p := range ps {
		out = append(out, p.out)
	}
	fmt.Printf("%v %T\n", ps, ps[0].in)
	return out
}

func Swap[K, V comparable](m map[K]V) any {
	type entry[K comparable, V any] struct {
		key K
		val V
	}
	type flipped[V comparable, K any] map[V]K // the names in another order
	var es []entry[V, K]
	for k, v := range m {
		es = append(es, entry[V, K]{v, k})
	}
	return len(es)
}

func main() {
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Swap(map[string]int{"a": 1}))
}
