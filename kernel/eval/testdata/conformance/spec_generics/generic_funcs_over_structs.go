package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var r []T
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

func main() {
	people := []Person{{"Ann", 31}, {"Bob", 17}, {"Cid", 45}, {"Dee", 17}}
	names := Map(people, func(p Person) string { return p.Name })
	adults := Filter(people, func(p Person) bool { return p.Age >= 18 })
	total := Reduce(people, 0, func(a int, p Person) int { return a + p.Age })
	fmt.Println(names, adults, total)
	groups := GroupBy(people, func(p Person) int { return p.Age })
	ages := make([]int, 0)
	for a := range groups {
		ages = append(ages, a)
	}
	sort.Ints(ages)
	for _, a := range ages {
		fmt.Println(a, groups[a])
	}
	ptrs := Map(people, func(p Person) *Person { return &p })
	fmt.Println(ptrs[0].Name, len(ptrs))
}
