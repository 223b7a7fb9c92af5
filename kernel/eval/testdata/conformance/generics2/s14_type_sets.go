package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Stringish interface {
	~string
	Len() int
}

type Meters float64

type Name string

func (n Name) Len() int { return len(n) }

func Sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Total[S Stringish](xs []S) int {
	n := 0
	for _, x := range xs {
		n += x.Len()
	}
	return n
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Index map[string]int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(Meters(1.5), 2), Sum[int64](4, 5))
	fmt.Printf("%T\n", Sum(Meters(1)))
	fmt.Println(Total([]Name{"ab", "cde"}))
	fmt.Println(Keys(Index{"a": 1}), Keys(map[int]bool{1: true, 2: false}))
}
