package main

import "fmt"

// Instances of generic types compared with ==, used as map keys, in
// arrays, in interfaces compared with ==, and in switch cases.

type Pair[A, B comparable] struct {
	A A
	B B
}

type ID[T any] struct{ n int }

func Key[A, B comparable](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func main() {
	seen := map[Pair[string, int]]bool{}
	for _, p := range []Pair[string, int]{{"a", 1}, {"b", 2}, {"a", 1}} {
		if seen[p] {
			fmt.Println("dup", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen), Key("x", 1) == Pair[string, int]{"x", 1})
	var x, y any = ID[int]{1}, ID[string]{1}
	fmt.Println(x == y, x == any(ID[int]{1}))
	arr := [2]Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(arr == [2]Pair[int, bool]{{1, true}, {2, false}})
	switch Key(1, "one") {
	case Pair[int, string]{1, "uno"}:
		fmt.Println("uno")
	case Pair[int, string]{1, "one"}:
		fmt.Println("one")
	}
	m := map[any]string{ID[int]{1}: "int", ID[bool]{1}: "bool"}
	fmt.Println(len(m), m[ID[bool]{1}])
}
