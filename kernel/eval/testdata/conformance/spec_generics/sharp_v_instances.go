package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Wrapper[T any] struct {
	Inner T
	Tags  []string
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%#v\n", p)
	w := Wrapper[Pair[string, int]]{p, []string{"x"}}
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v\n", []Pair[int, bool]{{1, true}})
	ptr := &Pair[string, float64]{"pi", 3.14}
	fmt.Printf("%+v %T\n", ptr, ptr)
	m := map[string]Pair[int, int]{"k": {1, 2}}
	fmt.Printf("%v %T\n", m, m)
}
