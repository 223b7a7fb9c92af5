package main

// Comparing two interface values holding arrays or structs compares their
// elements and fields in order, as == of the arrays or structs does: an
// interface element holding an uncomparable value (a func, a slice) makes
// the comparison panic once it is reached, and equal elements of one type
// compare equal.

import "fmt"

type Handler struct {
	fn   any
	rank int
}

type Pair [2]any

type Tagged struct {
	tag  any
	size int
}

func compare(name string, a, b any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, a == b)
}

func main() {
	h1 := Handler{func() {}, 0}
	h2 := Handler{func() {}, 1}
	compare("pairs of handlers", Pair{h1, h2}, Pair{h2, h1})
	compare("handlers", h1, h2)
	compare("unnamed arrays", [2]any{h1, 1}, [2]any{h2, 1})
	compare("first element differs", Pair{1, []int{1}}, Pair{2, []int{1}})
	compare("slice element reached", Pair{[]int{1}, 1}, Pair{[]int{1}, 2})
	compare("equal pairs", Pair{1, "a"}, Pair{1, "a"})
	compare("equal tagged", Tagged{"x", 2}, Tagged{"x", 2})
	compare("tags differ", Tagged{"x", 2}, Tagged{"y", 2})
	compare("tag types differ", Tagged{1, 2}, Tagged{int64(1), 2})
	compare("nested", Pair{Pair{1, 2}, 3}, Pair{Pair{1, 2}, 3})
	m := map[any]int{Pair{1, "a"}: 1}
	m[Pair{1, "a"}]++
	fmt.Println(len(m), m[Pair{1, "a"}])
}
