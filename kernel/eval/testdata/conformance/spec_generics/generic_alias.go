package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type Pair[A, B any] struct {
	First  A
	Second B
}

type IntPair[B any] = Pair[int, B]

func main() {
	s := Set[string]{}
	s["a"] = struct{}{}
	s["b"] = struct{}{}
	_, ok := s["a"]
	fmt.Println(len(s), ok)
	p := IntPair[string]{1, "one"}
	fmt.Printf("%+v %T\n", p, p)
}
