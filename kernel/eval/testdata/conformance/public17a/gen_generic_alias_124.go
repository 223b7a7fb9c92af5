package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

type StrPair[B any] = Pair[string, B]

type Set[T comparable] = map[T]bool

type IntList = []int

func Describe[B any](p StrPair[B]) string {
	return fmt.Sprintf("%s=%v", p.First, p.Second)
}

func main() {
	p := StrPair[int]{"a", 1}
	var q Pair[string, int] = p
	fmt.Println(Describe(q), p == q)
	fmt.Printf("%T\n", p)
	s := Set[string]{"x": true}
	s["y"] = true
	fmt.Println(len(s), s["x"], s["z"])
	fmt.Printf("%T\n", s)
	var l IntList = []int{1, 2}
	fmt.Printf("%T %v\n", l, l)
}
