package main

import (
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return p.Name + "/" + fmt.Sprint(p.Age) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	people := []Person{{"Ann", 31}, {"Bob", 17}, {"Cid", 45}}
	adults := Filter(people, func(p Person) bool { return p.Age >= 18 })
	fmt.Println(adults)
	names := Map(adults, func(p Person) string { return strings.ToUpper(p.Name) })
	fmt.Println(names)
	total := Reduce(people, 0, func(a int, p Person) int { return a + p.Age })
	fmt.Println(total)
	slices.SortFunc(people, func(a, b Person) int { return b.Age - a.Age })
	fmt.Println(people, slices.IndexFunc(people, func(p Person) bool { return p.Name == "Bob" }))
	ptrs := Map(people, func(p Person) *Person { return &p })
	fmt.Println(ptrs[0].Name, len(ptrs))
}
