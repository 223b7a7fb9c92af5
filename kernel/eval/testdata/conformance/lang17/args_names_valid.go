package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Celsius float64

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func zero[T any]() T {
	var z T
	return z
}

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	p := new(Point)
	xs := make([]int, 2, 4)
	c := Celsius(3)
	fmt.Println(*p, xs, c, int(c), []byte("hi"))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(zero[int](), zero[string]() == "", apply(strings.ToUpper, "ab"))
	fmt.Println(len([]string{"a"}), cap(make(chan Point, 3)))
	{
		strings := []string{"b", "a"}
		sort.Strings(strings)
		fmt.Println(strings)
	}
	{
		Point := 5
		fmt.Println(Point)
	}
	fmt.Println((Point{1, 2}), (Celsius)(1.5))
	fmt.Printf("%T %T\n", Point{}, (*Point)(nil))
}
