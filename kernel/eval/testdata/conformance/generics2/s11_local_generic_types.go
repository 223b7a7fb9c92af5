// Generic types declared inside a function body (a local Pair[K, V] and
// a local Box[T] slice type), instantiated there with several type
// arguments.
package main

import "fmt"

func pairs() {
	type Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	q := Pair[int, bool]{7, true}
	fmt.Println(ps, q, len(ps))
	fmt.Printf("%T %+v\n", q, ps[0])
}

func boxes() {
	type Box[T any] []T
	b := Box[float64]{1.5}
	b = append(b, 2)
	fmt.Println(b, len(b))
}

func main() {
	pairs()
	boxes()
}
